#!/usr/bin/env bash
# Builds the WASI library, the runtime it links against and the WASI tests,
# and runs them.
#
#   runtime/test/wasi/run.sh [-v] [config...]
#
# Configurations (default: release asan):
#   release  -O2 -Wall -Wextra -Werror
#   debug    -O0 -g -Wall -Wextra -Werror
#   asan     -O1 -fsanitize=address,undefined (halts on the first report)
#
# The path and sandbox tests run twice: with the openat2(RESOLVE_BENEATH)
# resolver and with the component-walk fallback (the openat2 run prints
# SKIP on kernels without it).
#
# Environment: CC (default clang-22), W2N_WASI_TEST_DIR (build directory;
# default: a fresh temporary directory, removed afterwards).
#
# The last line is "N passed, M failed"; the exit status is non-zero if any
# test failed, crashed or did not build.

set -u

here=$(cd "$(dirname "$0")" && pwd)
rt=$(cd "$here/../.." && pwd)
CC=${CC:-clang-22}
if ! command -v "$CC" >/dev/null 2>&1; then
  CC=clang
fi

verbose=0
configs=()
for arg in "$@"; do
  case "$arg" in
    -v) verbose=1 ;;
    release|debug|asan) configs+=("$arg") ;;
    *) echo "usage: $0 [-v] [release|debug|asan]..." >&2
       exit 2 ;;
  esac
done
if [ ${#configs[@]} -eq 0 ]; then
  configs=(release asan)
fi

if [ -n "${W2N_WASI_TEST_DIR:-}" ]; then
  out=$W2N_WASI_TEST_DIR
  mkdir -p "$out"
else
  out=$(mktemp -d "${TMPDIR:-/tmp}/w2n-wasi-test.XXXXXX")
  trap 'rm -rf "$out"' EXIT
fi

warn="-Wall -Wextra -Werror"
# test program -> resolver modes it runs in
tests=(test_wasi_core test_wasi_fd test_wasi_path test_wasi_sandbox
       test_wasi_poll_sock)
modes_for() {
  case "$1" in
    test_wasi_path|test_wasi_sandbox) echo "walk openat2" ;;
    *) echo "auto" ;;
  esac
}

passed=0
failed=0
fail() {
  echo "FAIL $1"
  failed=$((failed + 1))
}

for config in "${configs[@]}"; do
  env_vars=()
  case "$config" in
    release) cflags="-O2 $warn" ;;
    debug) cflags="-O0 -g $warn" ;;
    asan)
      cflags="-O1 -g -fno-omit-frame-pointer $warn -fsanitize=address,undefined -fno-sanitize-recover=all"
      # The runtime's own fault handler stays in charge of SIGSEGV.
      env_vars=("ASAN_OPTIONS=handle_segv=0:handle_sigbus=0:detect_stack_use_after_return=0:detect_leaks=1"
                "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1") ;;
  esac
  dir="$out/$config"
  mkdir -p "$dir"
  echo "== $config: $CC $cflags"

  objs=()
  build_ok=1
  for src in "$rt"/src/*.c "$rt"/wasi/*.c; do
    name=$(basename "$(dirname "$src")")_$(basename "$src" .c)
    if ! $CC -std=c11 -fPIC $cflags -I"$rt/include" -c "$src" \
        -o "$dir/$name.o" 2>"$dir/$name.log"; then
      cat "$dir/$name.log"
      build_ok=0
    fi
    objs+=("$dir/$name.o")
  done
  if [ $build_ok -eq 0 ]; then
    fail "$config: runtime or WASI library does not build"
    continue
  fi

  for t in "${tests[@]}"; do
    if ! $CC -std=c11 $cflags -I"$rt/include" "$here/$t.c" "${objs[@]}" \
        -o "$dir/$t" -pthread 2>"$dir/$t.build.log"; then
      cat "$dir/$t.build.log"
      fail "$config/$t: does not build"
      continue
    fi
    for mode in $(modes_for "$t"); do
      log="$dir/$t.$mode"
      (cd "$dir" && env "${env_vars[@]}" timeout 300 "$dir/$t" "$mode") \
        >"$log.out" 2>"$log.err" </dev/null
      status=$?
      p=$(grep -c '^PASS ' "$log.out")
      f=$(grep -c '^FAIL ' "$log.out")
      passed=$((passed + p))
      failed=$((failed + f))
      if [ $verbose -eq 1 ]; then
        sed "s|^|  $config/$t: |" "$log.out"
      else
        grep -E '^(FAIL|SKIP) ' "$log.out" | sed "s|^|  $config/$t: |"
      fi
      if [ "$f" -gt 0 ] || [ $status -ne 0 ]; then
        grep -v '^-- ' "$log.err" | sed "s|^|  $config/$t stderr: |" | head -60
      fi
      if [ $status -ne 0 ]; then
        fail "$config/$t $mode: exited with status $status after $((p + f)) tests"
      fi
    done
  done
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
