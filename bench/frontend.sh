#!/usr/bin/env bash
# Front-end benchmark: decode, validate and import throughput (MB/s) and the
# peak memory of an import, on the largest modules we can build here.
#
#   bench/frontend.sh [--smoke] [--reps N] [--functions N] [--clock cpu|wall]
#
# Inputs, built into $W2N_BUILD_DIR/bench-frontend (default build/):
#   gen<N>-O2, gen<N>-O0   a generated C program of N functions
#                          (bench/frontend/gen-program.py) compiled with
#                          clang-19 for wasm32-wasi at -O2 and -O0
#   gen<N/5>-O2            the same generator at a fifth of the size
#   spec-<name>            the three largest valid modules of the spec suite
#                          (wast2json of $W2N_TESTSUITE_DIR/core)
# Environment: W2N_BUILD_DIR, W2N_TESTSUITE_DIR (default ../shared/testsuite),
# W2N_WASM_CC (default clang-19).
# Throughput comes from one w2n-bench-frontend process for all modules
# (median of the repetitions); the peak RSS of each module from a process of
# its own (`--once --phase=import`: read + decode + validate + import), minus
# the peak RSS of an empty run (`--phase=none`).
#
# --smoke (CI): a 40-function program at -O2 and one spec module, one
# repetition; finishes in well under a minute once the tool is built.
# Not a test: it fails only if a step fails, never because of a number.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"
testsuite="${W2N_TESTSUITE_DIR:-$root/../shared/testsuite}"
wasm_cc="${W2N_WASM_CC:-clang-19}"

smoke=0
reps=5
functions=5000
clock=cpu
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --reps) reps="$2"; shift ;;
    --reps=*) reps="${1#*=}" ;;
    --functions) functions="$2"; shift ;;
    --functions=*) functions="${1#*=}" ;;
    --clock) clock="$2"; shift ;;
    --clock=*) clock="${1#*=}" ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "frontend.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
min_seconds=1
if [ "$smoke" = 1 ]; then
  reps=1 functions=40 min_seconds=0
  work="$build/bench-frontend-smoke"
else
  work="$build/bench-frontend"
fi
log() { echo "frontend.sh: $*" >&2; }

# --- The tool -----------------------------------------------------------------
if [ ! -f "$build/build.ninja" ]; then
  log "no configured build in $build (run scripts/setup.sh or set W2N_BUILD_DIR)"
  exit 1
fi
cmake --build "$build" --target w2n-bench-frontend >/dev/null
tool="$build/bin/w2n-bench-frontend"
mkdir -p "$work"

# --- Generated C programs -----------------------------------------------------
inputs=()
# build_program NAME FUNCTIONS OPT: generates and compiles unless up to date.
build_program() {
  local name="$1" n="$2" opt="$3"
  local src="$work/src-$n" out="$work/$name.wasm"
  local gen_stamp stamp
  gen_stamp="$(cksum <"$root/bench/frontend/gen-program.py") $n"
  stamp="$gen_stamp $opt $("$wasm_cc" --version | head -1)"
  if [ -f "$out" ] && [ "$(cat "$out.stamp" 2>/dev/null)" = "$stamp" ]; then
    inputs+=("$out")
    return
  fi
  if [ "$(cat "$src/stamp" 2>/dev/null)" != "$gen_stamp" ]; then
    rm -rf "$src"
    python3 "$root/bench/frontend/gen-program.py" --out "$src" --functions "$n"
    echo "$gen_stamp" >"$src/stamp"
  fi
  log "compiling $name ($n functions, -$opt)"
  local objs=() c
  mkdir -p "$work/obj-$name"
  # One clang at a time: the machine is shared.
  for c in "$src"/*.c; do
    local o="$work/obj-$name/$(basename "$c" .c).o"
    "$wasm_cc" --target=wasm32-wasi --sysroot=/usr "-$opt" -w -c "$c" -o "$o"
    objs+=("$o")
  done
  # wasi-libc in Debian carries DWARF; strip it so the module is code, data
  # and the name section, like a release build.
  "$wasm_cc" --target=wasm32-wasi --sysroot=/usr "-$opt" "${objs[@]}" -lm \
    -Wl,--strip-debug -o "$out"
  rm -rf "$work/obj-$name"
  echo "$stamp" >"$out.stamp"
  inputs+=("$out")
}

if command -v "$wasm_cc" >/dev/null &&
   echo 'int main(void){return 0;}' |
     "$wasm_cc" --target=wasm32-wasi --sysroot=/usr -x c - -o "$work/probe.wasm" 2>/dev/null; then
  if [ "$smoke" = 1 ]; then
    build_program "gen$functions-O2" "$functions" O2
  else
    build_program "gen$functions-O2" "$functions" O2
    build_program "gen$functions-O0" "$functions" O0
    build_program "gen$((functions / 5))-O2" "$((functions / 5))" O2
  fi
else
  log "WARNING: $wasm_cc cannot build wasm32-wasi programs (apt: clang-19 lld-19"
  log "         wasi-libc libclang-rt-19-dev-wasm32); only spec modules are measured"
fi

# --- Spec-suite modules -------------------------------------------------------
if command -v wast2json >/dev/null && [ -d "$testsuite/core" ]; then
  spec="$work/spec"
  if [ "$smoke" = 1 ]; then
    wasts=("$testsuite/core/br_table.wast")
    count=1
  else
    wasts=("$testsuite"/core/*.wast)
    count=3
  fi
  if [ ! -f "$spec/stamp" ] || [ "$(cat "$spec/stamp")" != "${#wasts[@]}" ]; then
    rm -rf "$spec" && mkdir -p "$spec"
    for w in "${wasts[@]}"; do
      wast2json "$w" -o "$spec/$(basename "$w" .wast).json" >/dev/null 2>&1 ||
        log "note: wast2json cannot read $(basename "$w")"
    done
    echo "${#wasts[@]}" >"$spec/stamp"
  fi
  # The largest modules that the scripts declare valid (`module` commands).
  while IFS= read -r f; do
    cp "$spec/$f" "$work/spec-$f"
    inputs+=("$work/spec-$f")
  done < <(python3 - "$spec" "$count" <<'EOF'
import json, os, sys
d, count = sys.argv[1], int(sys.argv[2])
mods = set()
for j in os.listdir(d):
    if j.endswith(".json"):
        for c in json.load(open(os.path.join(d, j)))["commands"]:
            if c.get("type") == "module" and c.get("filename", "").endswith(".wasm"):
                mods.add(c["filename"])
for f in sorted(mods, key=lambda f: -os.path.getsize(os.path.join(d, f)))[:count]:
    print(f)
EOF
  )
else
  log "WARNING: wast2json or $testsuite/core missing; no spec modules"
fi

if [ "${#inputs[@]}" -eq 0 ]; then
  log "no inputs"
  exit 1
fi

# --- Measure --------------------------------------------------------------------
log "timing ${#inputs[@]} modules (reps >= $reps, >= ${min_seconds}s each, clock $clock)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
"$tool" --tsv --verify --clock="$clock" --reps="$reps" --min-seconds="$min_seconds" \
  "${inputs[@]}" >"$work/timing.tsv"
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

log "peak memory, one process per module"
baseline="$("$tool" --once --phase=none | cut -f2)"
: >"$work/rss.tsv"
for f in "${inputs[@]}"; do
  rss="$("$tool" --once --phase=import "$f" | cut -f2)"
  printf '%s\t%s\n' "$(basename "$f")" "$rss" >>"$work/rss.tsv"
done

# --- Report ---------------------------------------------------------------------
python3 - "$work/timing.tsv" "$work/rss.tsv" "$baseline" "$work/results.md" <<'EOF'
import csv, sys
timing, rss_file, baseline, md = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
rows = list(csv.DictReader(open(timing), delimiter="\t"))
rss = dict(l.rstrip("\n").split("\t") for l in open(rss_file) if l.strip())
head = ["module", "size MB", "ops", "decode MB/s", "validate MB/s",
        "dec+val MB/s", "import MB/s", "verify MB/s", "peak RSS MB", "RSS/size"]
table, misses = [], []
for r in rows:
    size = int(r["bytes"])
    peak = (int(rss[r["module"]]) - baseline) * 1024 / 1e6
    ratio = peak * 1e6 / size
    dv, imp = float(r["dv_mbs"]), float(r["import_mbs"])
    table.append([r["module"].removesuffix(".wasm"), f"{size / 1e6:.3f}", r["ops"],
                  r["decode_mbs"], r["validate_mbs"], r["dv_mbs"], r["import_mbs"],
                  r["verify_mbs"], f"{peak:.1f}", f"{ratio:.1f}"])
    if dv < 100: misses.append(f"{r['module']}: decode+validate {dv:.1f} MB/s < 100")
    if imp < 20: misses.append(f"{r['module']}: import {imp:.1f} MB/s < 20")
    if ratio >= 20: misses.append(f"{r['module']}: peak RSS {ratio:.1f}x size >= 20x")
widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(head)]
def line(cells):
    return "| " + " | ".join(c.rjust(w) if i else c.ljust(w)
                            for i, (c, w) in enumerate(zip(cells, widths))) + " |"
out = [line(head), "|" + "|".join(("-" * (w + 1) + ":") if i else "-" * (w + 2)
                                  for i, w in enumerate(widths)) + "|"]
out += [line(t) for t in table]
text = "\n".join(out)
print(text)
print(f"\npeak RSS: ru_maxrss of read+decode+validate+import minus the empty-run "
      f"baseline ({baseline / 1024:.1f} MiB); 1 MB = 10^6 bytes")
print("goals: decode+validate >= 100 MB/s, import >= 20 MB/s, peak RSS < 20x size")
print("\n".join("MISSED " + m for m in misses) if misses else "all goals met")
open(md, "w").write(text + "\n")
EOF
echo "load average before/after timing: $load_before / $load_after (nproc $(nproc))"
echo "results: $work/timing.tsv $work/rss.tsv $work/results.md"
