#!/usr/bin/env bash
# Builds the w2n-fuzz libFuzzer target (ASan + UBSan) in its own build
# directory and fuzzes decode -> validate -> import -> verify -> print/parse
# for SECONDS seconds (default 60): half on whole modules seeded with the
# spec suite's modules, half on function bodies inside a fixed module.
#
#   scripts/fuzz.sh [SECONDS]
#
# Environment:
#   W2N_FUZZ_BUILD_DIR  build directory (default: <repo>/build-fuzz)
#   W2N_TESTSUITE_DIR   spec test suite (default: <repo>/../shared/testsuite)
#   W2N_FUZZ_JOBS       parallel compile jobs for the build (default: 2)
#   W2N_FUZZ_ARGS       extra libFuzzer flags, e.g. "-seed=1"
#
# Everything the run produces stays in the build directory:
#   fuzz/corpus/{modules,bodies}/  inputs found so far (kept between runs)
#   fuzz/seeds/{modules,bodies}/   seeds, regenerated every run
#   fuzz/artifacts/                crash-*, timeout-*, leak-*, oom-* inputs
#   fuzz/fuzz-{modules,bodies}.log the fuzzer's output
# Exits non-zero if the build fails or the fuzzer finds a crash, hang
# (> 10 s on one input), leak, out-of-memory or sanitizer report.
# Reproduce an artifact with: <build>/bin/w2n-fuzz <artifact>
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-60}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: $0 [SECONDS]   (SECONDS must be a positive integer)" >&2
  exit 2
fi
build="${W2N_FUZZ_BUILD_DIR:-$root/build-fuzz}"
testsuite="${W2N_TESTSUITE_DIR:-$root/../shared/testsuite}"
jobs="${W2N_FUZZ_JOBS:-2}"
# Inputs above this are truncated; the largest spec-suite module is ~27 KiB.
max_len=32768

log() { echo "fuzz: $*"; }

# --- Build ------------------------------------------------------------------
# RelWithDebInfo at -O1 without -DNDEBUG: assertions stay on, stack traces
# are readable and the sanitizers stay reasonably fast.
if [ ! -f "$build/build.ninja" ] ||
   ! grep -q '^W2N_ENABLE_FUZZER:BOOL=ON' "$build/CMakeCache.txt" 2>/dev/null; then
  log "configuring $build"
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir \
    -DW2N_TESTSUITE_DIR="$testsuite" \
    -DW2N_ENABLE_FUZZER=ON >/dev/null
fi
log "building w2n-fuzz in $build"
cmake --build "$build" --target w2n-fuzz -- -j "$jobs"
fuzzer="$build/bin/w2n-fuzz"

# --- Seed corpora -----------------------------------------------------------
# The target takes two shapes of input (see tools/w2n-fuzz/w2n-fuzz.cpp):
# whole modules (starting with "\0asm") and function bodies placed in a
# fixed module. The time is split between two runs, one seeded with the
# spec suite's modules and one with a few bodies; mutated modules rarely
# stay valid, so the body run is what exercises the importer in depth.
work="$build/fuzz"
artifacts="$work/artifacts"
mkdir -p "$work/corpus/modules" "$work/corpus/bodies" "$artifacts"
rm -rf "$work/seeds"
mkdir -p "$work/seeds/modules" "$work/seeds/bodies"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

wast_files=()
if [ -d "$testsuite/core" ]; then
  shopt -s nullglob
  wast_files=("$testsuite"/core/*.wast "$testsuite"/core/simd/*.wast)
  shopt -u nullglob
else
  log "WARNING: spec test suite not found at $testsuite/core;" \
      "set W2N_TESTSUITE_DIR. Fuzzing without spec-suite seeds."
fi
if [ "${#wast_files[@]}" -gt 0 ] && ! command -v wast2json >/dev/null; then
  log "WARNING: wast2json (wabt) not found; fuzzing without spec-suite seeds."
  wast_files=()
fi
failed=0
for wast in "${wast_files[@]}"; do
  name="$(basename "$wast" .wast)"
  mkdir -p "$tmp/$name"
  # Malformed and invalid modules make good seeds too; wast2json writes
  # every binary module of the script as its own .wasm file.
  if wast2json "$wast" -o "$tmp/$name/$name.json" >/dev/null 2>&1; then
    for w in "$tmp/$name"/*.wasm; do
      [ -e "$w" ] && mv "$w" "$work/seeds/modules/$(basename "$w")"
    done
  else
    failed=$((failed + 1))
  fi
  rm -rf "$tmp/$name"
done
nseeds="$(find "$work/seeds/modules" -name '*.wasm' | wc -l)"
# A minimal module keeps the corpus non-empty without the spec suite.
printf '\x00asm\x01\x00\x00\x00' >"$work/seeds/modules/empty-module.wasm"
# Bodies: byte 0 picks the function's type, the rest are instructions.
b="$work/seeds/bodies"
printf '\x00\x41\x01\x1a' >"$b/const-drop"
printf '\x01\x20\x00\x04\x7f\x41\x01\x05\x20\x00\x0b' >"$b/if-else"
printf '\x00\x02\x40\x03\x40\x20\x00\x0d\x01\x0c\x00\x0b\x0b' >"$b/block-loop"
printf '\x01\x41\x00\x28\x02\x00\x20\x00\x6a' >"$b/load-add"
printf '\x04\x20\x00\x20\x0b\xfd\x0d\x00\x01\x02\x03\x04\x05\x06\x07\x10\x11\x12\x13\x14\x15\x16\x17' >"$b/simd-shuffle"
printf '\x05\x20\x00\x20\x01\x10\x03' >"$b/call"
printf '\x03\x41\x00\x42\x01\x41\x00\x0e\x01\x00\x00' >"$b/br-table"
printf '\x05\x20\x00\x20\x01\x02\x05\x0b\x20\x00\x04\x05\x05\x0b\x1a\x1a\x20\x00\x20\x01' >"$b/block-params"
log "seeds: $nseeds modules from ${#wast_files[@]} .wast files" \
    "($failed could not be converted), $(ls "$b" | wc -l) bodies"

# --- Fuzz -------------------------------------------------------------------
symbolizer=/usr/lib/llvm-22/bin/llvm-symbolizer
[ -x "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# run_phase NAME SECONDS MAX_LEN: fuzzes corpus/NAME (new inputs are written
# there) plus seeds/NAME; sets rc, and the log is fuzz-NAME.log.
summary=()
run_phase() {
  local name="$1" secs="$2" len="$3"
  local flog="$work/fuzz-$name.log"
  local before after execs rate peak
  before="$(find "$artifacts" -type f | wc -l)"
  log "fuzzing $name for ${secs}s (max_len=$len, timeout 10s/input, rss limit 4096 MB)"
  set +e
  # shellcheck disable=SC2086 # W2N_FUZZ_ARGS is a list of flags
  (cd "$work" && "$fuzzer" "$work/corpus/$name" "$work/seeds/$name" \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
    -max_len="$len" -artifact_prefix="$artifacts/" \
    -print_final_stats=1 ${W2N_FUZZ_ARGS:-}) >"$flog" 2>&1
  rc=$?
  set -e
  after="$(find "$artifacts" -type f | wc -l)"
  execs="$(grep -m1 '^stat::number_of_executed_units:' "$flog" | awk '{print $2}')"
  rate="$(grep -m1 '^stat::average_exec_per_sec:' "$flog" | awk '{print $2}')"
  peak="$(grep -m1 '^stat::peak_rss_mb:' "$flog" | awk '{print $2}')"
  summary+=("$(printf '  %-8s %4ss  %9s execs  %6s exec/s  peak RSS %5s MB  corpus %5s' \
    "$name" "$secs" "${execs:-?}" "${rate:-?}" "${peak:-?}" \
    "$(find "$work/corpus/$name" -type f | wc -l)")")
  # A sanitizer report, or an artifact, fails the run even if the exit code
  # somehow does not say so.
  if [ "$rc" -eq 0 ] && { [ "$after" -gt "$before" ] ||
     grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)Sanitizer)|runtime error:|w2n-fuzz: BUG' "$flog"; }; then
    rc=1
  fi
  if [ "$rc" -ne 0 ]; then
    failed_log="$flog"
  fi
}

rc=0
failed_log=""
module_secs=$(( seconds / 2 > 0 ? seconds / 2 : 1 ))
body_secs=$(( seconds - module_secs ))
run_phase modules "$module_secs" "$max_len"
if [ "$rc" -eq 0 ] && [ "$body_secs" -gt 0 ]; then
  run_phase bodies "$body_secs" 4096
fi

# --- Summary ----------------------------------------------------------------
echo "================ w2n-fuzz summary ================"
printf '%s\n' "${summary[@]}"
echo "  logs:     $work/fuzz-*.log"
if [ "$rc" -ne 0 ]; then
  echo "  RESULT:   FAILED (libFuzzer exit code $rc; log $failed_log)"
  echo "--- report ---"
  grep -E -A40 -m1 '^(==[0-9]+==|w2n-fuzz: BUG|ERROR: libFuzzer|.*runtime error:)' "$failed_log" | head -80 || tail -40 "$failed_log"
  echo "--- newest artifacts ---"
  ls -t "$artifacts" | head -5 | sed "s|^|  $artifacts/|"
  echo "Reproduce with: $fuzzer <artifact>"
  echo "(W2N_FUZZ_DUMP_MODULE=out.wasm $fuzzer <artifact> writes the module it stands for)"
  echo "=================================================="
  exit "$rc"
fi
echo "  RESULT:   OK (no crash, hang, leak or sanitizer report)"
echo "=================================================="
