/* Programs that trap, for test/Programs/c-trap.test. argv[1] picks the
 * trap; before it, the program prints a line and flushes stdout, so the
 * test can check that output written before a trap is not lost. Built for
 * wasm32-wasi only: what these do natively is undefined behaviour or a
 * signal, not something to compare with. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int zero = 0;
static volatile int minus_one = -1;
static volatile int int_min = INT_MIN;

/* Recursion with an array on clang's shadow stack (in linear memory, below
 * the data with wasm-ld's default layout): runs off the bottom of memory. */
#pragma clang diagnostic ignored "-Winfinite-recursion"
__attribute__((noinline)) static int recurse(volatile int *p) {
  volatile int local[16];
  local[0] = *p + 1;
  return recurse(local) + local[0];
}

/* Recursion that keeps its state in Wasm locals, not in linear memory: it
 * exhausts the native stack rather than clang's shadow stack. */
static volatile unsigned sink;
__attribute__((noinline)) static unsigned deep(unsigned n) {
  unsigned r = n < 0xffffffffu ? deep(n + 1) : 0;
  sink += n;
  return r + 1;
}

__attribute__((noinline)) static int takes_int(int x) { return x + 1; }

int main(int argc, char **argv) {
  const char *what = argc > 1 ? argv[1] : "";
  printf("about to trap: %s\n", what);
  fflush(stdout);
  /* Buffered and never flushed: a trap ends the program without exit's
   * stdio flush, like a crash. */
  printf("lost line\n");

  if (strcmp(what, "builtin-trap") == 0)
    __builtin_trap();
  if (strcmp(what, "abort") == 0)
    abort();
  if (strcmp(what, "oob-load") == 0) {
    /* One past the end of linear memory. */
    uintptr_t end = __builtin_wasm_memory_size(0) * 65536;
    volatile int *p = (volatile int *)end;
    return *p;
  }
  if (strcmp(what, "oob-store-high") == 0) {
    volatile int *p = (volatile int *)(uintptr_t)0xfffffff0u;
    *p = 1;
    return 0;
  }
  if (strcmp(what, "oob-straddle") == 0) {
    /* An 8-byte load whose first byte is in bounds and last is not. */
    uintptr_t end = __builtin_wasm_memory_size(0) * 65536;
    volatile uint64_t *p = (volatile uint64_t *)(end - 4);
    return (int)*p;
  }
  if (strcmp(what, "div-zero") == 0)
    return 10 / zero;
  if (strcmp(what, "rem-zero") == 0)
    return 10 % zero;
  if (strcmp(what, "div-overflow") == 0)
    return int_min / minus_one;
  if (strcmp(what, "shadow-stack") == 0)
    return recurse(&zero);
  if (strcmp(what, "call-stack") == 0)
    return (int)deep(0);
  if (strcmp(what, "indirect-mismatch") == 0) {
    /* Calling through a pointer of the wrong type. */
    int (*volatile f)(int, int) = (int (*)(int, int))(void *)takes_int;
    return f(1, 2);
  }
  if (strcmp(what, "null-call") == 0) {
    void (*volatile f)(void) = 0;
    f();
    return 0;
  }
  if (strcmp(what, "table-oob") == 0) {
    void (*volatile f)(void) = (void (*)(void))(uintptr_t)0x7fffffff;
    f();
    return 0;
  }
  if (strcmp(what, "float-to-int") == 0) {
    volatile double big = 1e100;
    return __builtin_wasm_trunc_s_i32_f64(big);
  }
  if (strcmp(what, "nan-to-int") == 0) {
    volatile double nan = __builtin_nan("");
    return (int)__builtin_wasm_trunc_u_i32_f64(nan);
  }
  printf("no trap\n");
  return 0;
}
