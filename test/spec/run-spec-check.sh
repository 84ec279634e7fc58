#!/usr/bin/env bash
# Converts the spec-suite scripts of SUITE_DIR (and SUITE_DIR/simd, if it
# exists) with wast2json and runs w2n-spec-check on the results.
#
#   run-spec-check.sh SUITE_DIR OUT_DIR SPEC_CHECK_BINARY [extra args]
#
# Each .wast gets its own folder OUT_DIR/<name>/ so that the generated
# .wasm files of different scripts can not clash. Extra arguments go to
# w2n-spec-check (e.g. -v). Exits with the checker's status.
set -euo pipefail

if [ $# -lt 3 ]; then
  echo "usage: $0 SUITE_DIR OUT_DIR SPEC_CHECK_BINARY [extra args]" >&2
  exit 2
fi
suite=$1
out=$2
checker=$3
shift 3

WAST2JSON=${WAST2JSON:-wast2json}
JOBS=${JOBS:-2}

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
# Convert in parallel; a script wast2json rejects is reported and fails the
# run (its cases would otherwise silently disappear).
convert_failed=0
printf '%s\n' "${wasts[@]}" |
  xargs -P "$JOBS" -I{} sh -c '
    name=$(basename "$1" .wast)
    case "$1" in */simd/*) name="simd_$name" ;; esac
    mkdir -p "$2/$name"
    if ! "$3" "$1" -o "$2/$name/$name.json" 2>"$2/$name/wast2json.log"; then
      echo "error: wast2json failed on $1 (see $2/$name/wast2json.log)" >&2
      exit 1
    fi' _ {} "$out" "$WAST2JSON" || convert_failed=1

jsons=()
for w in "${wasts[@]}"; do
  name=$(basename "$w" .wast)
  case "$w" in */simd/*) name="simd_$name" ;; esac
  [ -f "$out/$name/$name.json" ] && jsons+=("$out/$name/$name.json")
done

status=0
"$checker" "$@" "${jsons[@]}" || status=$?
if [ $convert_failed -ne 0 ] && [ $status -eq 0 ]; then
  status=1
fi
exit $status
