/* Call-heavy recursion: naive Fibonacci, Takeuchi's tak, Ackermann, and a
 * recursive walk that calls through a table of function pointers (wasm
 * call_indirect). Usage: recursion [n]   (default 40): fib(n),
 * tak(n-10, 2(n-10)/3, (n-10)/3), ack(2, 2^(n/4+1)) + ack(3, n/4), a walk of
 * depth n-16. Deepest recursion (ack) stays ~8k frames for node's stack. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static uint32_t fib(uint32_t n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) static int tak(int x, int y, int z) {
  return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}

__attribute__((noinline)) static uint32_t ack(uint32_t m, uint32_t n) {
  return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1));
}

typedef uint32_t (*node_fn)(uint32_t depth, uint32_t seed);
static uint32_t node_a(uint32_t d, uint32_t s);
static uint32_t node_b(uint32_t d, uint32_t s);
static uint32_t node_c(uint32_t d, uint32_t s);
static node_fn volatile table[4] = {node_a, node_b, node_c, node_a};

static uint32_t next(uint32_t d, uint32_t s) {
  return d == 0 ? s : table[s & 3](d - 1, s * 1103515245u + 12345u);
}
__attribute__((noinline)) static uint32_t node_a(uint32_t d, uint32_t s) {
  return next(d, s) + next(d, s >> 3);
}
__attribute__((noinline)) static uint32_t node_b(uint32_t d, uint32_t s) {
  return next(d, s ^ 0x9e37) ^ next(d, s + 7);
}
__attribute__((noinline)) static uint32_t node_c(uint32_t d, uint32_t s) {
  return next(d, s + d) * 3 + 1;
}

int main(int argc, char** argv) {
  int n = argc > 1 ? atoi(argv[1]) : 40;
  if (n < 16 || n > 44) return 1;
  uint32_t f = fib(n);
  int t = tak(n - 10, (n - 10) * 2 / 3, (n - 10) / 3);
  uint32_t a = ack(2, 1u << (n / 4 + 1)) + ack(3, n / 4);
  uint32_t w = table[0](n - 16, 1);
  printf("recursion n=%d checksum: %u %d %u %u\n", n, f, t, a, w);
  return 0;
}
