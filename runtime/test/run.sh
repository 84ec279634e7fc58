#!/usr/bin/env bash
# Builds the runtime and its C unit tests (hand-written "generated" modules,
# no compiler involved) in several configurations and runs them.
#
#   runtime/test/run.sh [-v] [config...]
#
# Configurations (default: all):
#   release  -O2 -Wall -Wextra -Werror
#   debug    -O0 -g -Wall -Wextra -Werror
#   asan     -O1 -fsanitize=address,undefined. ASan's own SIGSEGV handling
#            would take the faults the guard-page tests rely on, so it runs
#            with ASAN_OPTIONS=handle_segv=0:handle_sigbus=0 (the runtime's
#            handler stays in charge; ASan still checks every access) and
#            detect_stack_use_after_return=0 (locals on the real stack, which
#            the stack-limit tests measure).
#   asan-chain  the asan build with ASan's own SEGV handler left on (its
#            default): the runtime installs its handler over ASan's and hands
#            it every fault that is not a trap (the crash tests then get
#            ASan's report).
#   tsan     -O1 -fsanitize=thread, threads test only.
#
# Environment: CC (default clang-22), W2N_RUNTIME_TEST_DIR (build directory;
# default: a fresh temporary directory, removed afterwards).
#
# The last line is "N passed, M failed"; the exit status is non-zero if any
# test failed, crashed or did not build.

set -u

here=$(cd "$(dirname "$0")" && pwd)
rt=$(dirname "$here")
CC=${CC:-clang-22}
if ! command -v "$CC" >/dev/null 2>&1; then
  CC=clang
fi

verbose=0
configs=()
for arg in "$@"; do
  case "$arg" in
    -v) verbose=1 ;;
    release|debug|asan|asan-chain|tsan) configs+=("$arg") ;;
    *) echo "usage: $0 [-v] [release|debug|asan|asan-chain|tsan]..." >&2
       exit 2 ;;
  esac
done
if [ ${#configs[@]} -eq 0 ]; then
  configs=(release debug asan asan-chain tsan)
fi

if [ -n "${W2N_RUNTIME_TEST_DIR:-}" ]; then
  out=$W2N_RUNTIME_TEST_DIR
  mkdir -p "$out"
else
  out=$(mktemp -d "${TMPDIR:-/tmp}/w2n-runtime-test.XXXXXX")
  trap 'rm -rf "$out"' EXIT
fi

warn="-Wall -Wextra -Werror"
sources=(instance memory module os_posix table trap types)
tests=(test_basic test_tables test_link test_stack test_threads)

passed=0
failed=0

fail() {
  echo "FAIL $1"
  failed=$((failed + 1))
}

for config in "${configs[@]}"; do
  env_vars=()
  config_tests=("${tests[@]}")
  case "$config" in
    release) cflags="-O2 $warn" ;;
    debug) cflags="-O0 -g $warn" ;;
    asan)
      cflags="-O1 -g -fno-omit-frame-pointer $warn -fsanitize=address,undefined -fno-sanitize-recover=all"
      env_vars=("ASAN_OPTIONS=handle_segv=0:handle_sigbus=0:detect_stack_use_after_return=0:detect_leaks=0"
                "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1") ;;
    asan-chain)
      cflags="-O1 -g -fno-omit-frame-pointer $warn -fsanitize=address,undefined -fno-sanitize-recover=all"
      env_vars=("ASAN_OPTIONS=detect_stack_use_after_return=0:detect_leaks=0"
                "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1") ;;
    tsan)
      cflags="-O1 -g $warn -fsanitize=thread"
      env_vars=("TSAN_OPTIONS=halt_on_error=1")
      config_tests=(test_threads) ;;
  esac
  dir="$out/$config"
  mkdir -p "$dir"
  echo "== $config: $CC $cflags"

  objs=()
  build_ok=1
  for s in "${sources[@]}"; do
    if ! $CC -std=c11 -fPIC $cflags -I"$rt/include" -c "$rt/src/$s.c" \
        -o "$dir/$s.o" 2>"$dir/$s.log"; then
      cat "$dir/$s.log"
      build_ok=0
    fi
    objs+=("$dir/$s.o")
  done
  if [ $build_ok -eq 0 ]; then
    fail "$config: runtime does not build"
    continue
  fi

  for t in "${config_tests[@]}"; do
    if ! $CC -std=c11 $cflags -I"$rt/include" "$here/$t.c" "${objs[@]}" \
        -o "$dir/$t" -pthread 2>"$dir/$t.build.log"; then
      cat "$dir/$t.build.log"
      fail "$config/$t: does not build"
      continue
    fi
    env "${env_vars[@]}" timeout 300 "$dir/$t" >"$dir/$t.out" 2>"$dir/$t.err"
    status=$?
    p=$(grep -c '^PASS ' "$dir/$t.out")
    f=$(grep -c '^FAIL ' "$dir/$t.out")
    passed=$((passed + p))
    failed=$((failed + f))
    if [ $verbose -eq 1 ]; then
      sed "s|^|  $config/$t: |" "$dir/$t.out"
    else
      grep '^FAIL ' "$dir/$t.out" | sed "s|^FAIL |FAIL $config/$t: |"
    fi
    if [ "$f" -gt 0 ] || [ $status -ne 0 ]; then
      sed "s|^|  $config/$t stderr: |" "$dir/$t.err" | head -40
    fi
    if [ $status -ne 0 ]; then
      fail "$config/$t: exited with status $status after $((p + f)) tests"
    fi
  done
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
