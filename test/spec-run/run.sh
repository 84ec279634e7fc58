#!/usr/bin/env bash
# Runs the spec suite of SUITE_DIR on natively compiled code.
#
#   run.sh SUITE_DIR OUT_DIR RUNNER [runner args]
#
# Converts SUITE_DIR/*.wast (and SUITE_DIR/simd/*.wast, if that folder
# exists) with wast2json into OUT_DIR/<name>/<name>.json (a folder per
# script, so the generated .wasm files can not clash; up-to-date
# conversions are reused), then runs RUNNER (w2n-spec-run) once over all of
# them, JOBS (default 2) scripts at a time.
#
# Runner args are passed on, e.g. -O0 --bounds-checks=guard -v. The
# project's expected-failures list (test/expected-failures.txt) is passed
# with --xfail unless XFAIL is set (XFAIL= disables it).
#
# Environment: WAST2JSON (default wast2json), JOBS (default 2), XFAIL.
# Exits with the runner's status (1 on any unexpected failure or pass), or
# 2 if a script does not convert.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 SUITE_DIR OUT_DIR RUNNER [runner args]" >&2
  exit 2
fi
suite=$1
out=$2
runner=$3
shift 3

here=$(cd "$(dirname "$0")" && pwd)
WAST2JSON=${WAST2JSON:-wast2json}
JOBS=${JOBS:-2}
XFAIL=${XFAIL-$here/../expected-failures.txt}

shopt -s nullglob
wasts=("$suite"/*.wast)
if [ -d "$suite/simd" ]; then
  wasts+=("$suite"/simd/*.wast)
fi
if [ ${#wasts[@]} -eq 0 ]; then
  echo "error: no .wast files in $suite" >&2
  exit 2
fi

mkdir -p "$out"
# Convert in parallel. A script that wast2json rejects fails the run: its
# commands would otherwise silently disappear.
convert_failed=0
printf '%s\n' "${wasts[@]}" |
  xargs -P "$JOBS" -I{} sh -c '
    name=$(basename "$1" .wast)
    case "$1" in */simd/*) name="simd_$name" ;; esac
    json="$2/$name/$name.json"
    [ -f "$json" ] && [ "$json" -nt "$1" ] && exit 0
    rm -rf "$2/$name" && mkdir -p "$2/$name"
    if ! "$3" "$1" -o "$json" 2>"$2/$name/wast2json.log"; then
      rm -f "$json"
      echo "error: wast2json failed on $1 (see $2/$name/wast2json.log)" >&2
      exit 255
    fi' _ {} "$out" "$WAST2JSON" || convert_failed=1

jsons=()
for w in "${wasts[@]}"; do
  name=$(basename "$w" .wast)
  case "$w" in */simd/*) name="simd_$name" ;; esac
  [ -f "$out/$name/$name.json" ] && jsons+=("$out/$name/$name.json")
done

args=(-j "$JOBS")
if [ -n "$XFAIL" ]; then
  args+=(--xfail "$XFAIL")
fi

status=0
"$runner" "${args[@]}" "$@" "${jsons[@]}" || status=$?
if [ $convert_failed -ne 0 ]; then
  echo "error: some scripts did not convert" >&2
  exit 2
fi
exit $status
