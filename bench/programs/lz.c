/* LZ77-style compressor (greedy, 64Ki-entry hash of 4-byte prefixes,
 * LZ4-like token format) and decompressor, round-tripping a generated
 * text-like buffer. Usage: lz [MiB]   (default 24) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HASH_BITS 16
#define MIN_MATCH 4
#define MAX_OFFSET 65535

static uint32_t load32(const uint8_t* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}
static uint32_t hash4(uint32_t v) { return (v * 2654435761u) >> (32 - HASH_BITS); }

static uint8_t* put_len(uint8_t* op, size_t len) { /* LZ4 length continuation */
  for (; len >= 255; len -= 255) *op++ = 255;
  *op++ = (uint8_t)len;
  return op;
}

/* Token: high nibble literal count, low nibble match length - 4; then extra
 * literal-length bytes, literals, 2-byte offset, extra match-length bytes. */
static size_t compress(const uint8_t* in, size_t n, uint8_t* out) {
  static uint32_t table[1 << HASH_BITS];
  memset(table, 0, sizeof table);
  const uint8_t* ip = in;
  const uint8_t* anchor = in;
  const uint8_t* limit = in + n - 8; /* leave room for a safe final copy */
  uint8_t* op = out;
  while (n >= 12 && ip < limit) {
    uint32_t v = load32(ip);
    uint32_t h = hash4(v);
    const uint8_t* ref = in + table[h];
    table[h] = (uint32_t)(ip - in);
    if (ref >= ip || ip - ref > MAX_OFFSET || load32(ref) != v) {
      ip++;
      continue;
    }
    size_t mlen = MIN_MATCH;
    while (ip + mlen < limit && ip[mlen] == ref[mlen]) mlen++;
    size_t lit = (size_t)(ip - anchor);
    uint8_t* token = op++;
    *token = (uint8_t)((lit >= 15 ? 15 : lit) << 4);
    if (lit >= 15) op = put_len(op, lit - 15);
    memcpy(op, anchor, lit);
    op += lit;
    uint16_t off = (uint16_t)(ip - ref);
    *op++ = (uint8_t)off;
    *op++ = (uint8_t)(off >> 8);
    size_t ml = mlen - MIN_MATCH;
    *token |= (uint8_t)(ml >= 15 ? 15 : ml);
    if (ml >= 15) op = put_len(op, ml - 15);
    ip += mlen;
    anchor = ip;
  }
  size_t lit = (size_t)(in + n - anchor); /* last literals, no match */
  uint8_t* token = op++;
  *token = (uint8_t)((lit >= 15 ? 15 : lit) << 4);
  if (lit >= 15) op = put_len(op, lit - 15);
  memcpy(op, anchor, lit);
  op += lit;
  return (size_t)(op - out);
}

static size_t decompress(const uint8_t* in, size_t n, uint8_t* out) {
  const uint8_t* ip = in;
  const uint8_t* end = in + n;
  uint8_t* op = out;
  for (;;) {
    uint8_t token = *ip++;
    size_t lit = token >> 4;
    if (lit == 15) {
      uint8_t b;
      do lit += (b = *ip++); while (b == 255);
    }
    memcpy(op, ip, lit);
    op += lit, ip += lit;
    if (ip >= end) break;
    size_t off = ip[0] | (size_t)ip[1] << 8;
    ip += 2;
    size_t ml = token & 15;
    if (ml == 15) {
      uint8_t b;
      do ml += (b = *ip++); while (b == 255);
    }
    ml += MIN_MATCH;
    const uint8_t* ref = op - off;
    for (size_t i = 0; i < ml; i++) op[i] = ref[i]; /* may overlap */
    op += ml;
  }
  return (size_t)(op - out);
}

int main(int argc, char** argv) {
  int mib = argc > 1 ? atoi(argv[1]) : 24;
  size_t n = (size_t)mib << 20;
  static const char* words[] = {
    "the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog ",
    "wasm ", "native ", "compiler ", "memory ", "bounds ", "check ", "guard ",
    "page ", "module ", "function ", "table ", "import ", "export ", "loop ",
    "block ", "branch ", "i32.add ", "f64.mul ", "local.get ", "call ",
    "\n", ", ", ". ", "0123456789 "};
  uint8_t* in = malloc(n + 64);
  uint8_t* comp = malloc(n + n / 255 + 64);
  uint8_t* back = malloc(n + 64);
  if (!in || !comp || !back) return 1;
  uint32_t x = 2463534242u; /* xorshift32 */
  size_t pos = 0;
  while (pos < n) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    const char* w = words[x % 32];
    size_t len = strlen(w);
    if ((x >> 8) % 16 == 0) { /* sprinkle incompressible bytes */
      for (size_t i = 0; i < 8 && pos < n; i++) in[pos++] = (uint8_t)(x >> (i * 3));
      continue;
    }
    for (size_t i = 0; i < len && pos < n; i++) in[pos++] = (uint8_t)w[i];
  }
  uint64_t total = 0, sum = 0;
  for (int round = 0; round < 3; round++) {
    in[round * 977] ^= 0x5a; /* each round compresses slightly different data */
    size_t clen = compress(in, n, comp);
    size_t dlen = decompress(comp, clen, back);
    if (dlen != n || memcmp(in, back, n) != 0) {
      printf("lz roundtrip FAILED in round %d\n", round);
      return 1;
    }
    total += clen;
    for (size_t i = 0; i < clen; i += 4093) sum = sum * 31 + comp[i];
  }
  printf("lz MiB=%d checksum: %llu %llu\n", mib, (unsigned long long)total,
         (unsigned long long)sum);
  free(in), free(comp), free(back);
  return 0;
}
