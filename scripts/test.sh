#!/usr/bin/env bash
# Set up, build, and run every test:
#   1. lit: dialect, importer, binary, driver, lowering, embedding, `run`,
#      the spec-suite front-end check and the spec suite executed natively
#      in four configurations (-O0/-O2 x guard/explicit);
#   2. the runtime's own C tests (runtime/test/run.sh);
#   3. in CI (CI=true) or with W2N_SMOKE=1: short fuzzing and benchmark
#      smoke runs (the speed smoke twice: scalar wasm and -msimd128 wasm,
#      every wasm2native output checked against native).
# Ends with one line "N passed, M failed" over all of them.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh" || exit 1

passed=0
failed=0
log="$build/test-results"
mkdir -p "$log"

# lit: count its tests individually.
lit=/usr/lib/llvm-22/bin/lit
"$lit" -sv "$build/test" 2>&1 | tee "$log/lit.txt"
lit_status=${PIPESTATUS[0]}
lit_passed=$(sed -n 's/^ *Passed *: *\([0-9]*\).*/\1/p' "$log/lit.txt" | tail -1)
lit_xfail=$(sed -n 's/^ *Expectedly Failed *: *\([0-9]*\).*/\1/p' "$log/lit.txt" | tail -1)
lit_failed=$(awk -F: '/^ *(Failed|Unexpectedly Passed|Timed Out|Unresolved) *:/ {
  split($2, n, " "); s += n[1] } END { print s + 0 }' "$log/lit.txt")
passed=$((passed + ${lit_passed:-0} + ${lit_xfail:-0}))
failed=$((failed + ${lit_failed:-0}))
if [ "$lit_status" -ne 0 ] && [ "${lit_failed:-0}" -eq 0 ]; then
  failed=$((failed + 1))
fi

# Other suites count as one test each.
run_suite() {
  local name=$1
  shift
  echo "== $name: $*"
  if "$@" > "$log/$name.txt" 2>&1; then
    passed=$((passed + 1))
    tail -3 "$log/$name.txt"
  else
    failed=$((failed + 1))
    tail -40 "$log/$name.txt"
    echo "== $name FAILED (full log: $log/$name.txt)"
  fi
}

run_suite runtime "$root/runtime/test/run.sh"
run_suite wasi "$root/runtime/test/wasi/run.sh"

if [ "${CI:-}" = "true" ] || [ "${W2N_SMOKE:-}" = "1" ]; then
  run_suite fuzz "$root/scripts/fuzz.sh" 60
  run_suite bench-frontend env W2N_BUILD_DIR="$build" "$root/bench/frontend.sh" --smoke
  run_suite bench-compile env W2N_BUILD_DIR="$build" "$root/bench/compile.py" --smoke
  run_suite bench-speed env W2N_BUILD_DIR="$build" "$root/bench/speed.sh" --smoke --require-wasm2native
  # The same programs compiled with wasm SIMD: every output must match native.
  run_suite bench-speed-simd env W2N_BUILD_DIR="$build" \
    W2N_BENCH_DIR="$build/bench-speed-simd" WASM_CFLAGS=-msimd128 \
    "$root/bench/speed.sh" --smoke --require-wasm2native --no-wasm2c
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
