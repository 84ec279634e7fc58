/* Open-addressing hash map (uint32 -> uint32, linear probing, backward-shift
 * deletion, power-of-two capacity, grows at 1/2 load): a mix of inserts,
 * updates, lookups (hits and misses) and deletes over pseudo-random keys.
 * Usage: hashmap [ops]   (default 6000000) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  uint32_t* keys; /* 0 = empty; key 0 is mapped to a separate slot */
  uint32_t* vals;
  uint32_t cap, count;
  int has_zero;
  uint32_t zero_val;
} map;

static uint32_t hash(uint32_t k) {
  k ^= k >> 16, k *= 0x7feb352d, k ^= k >> 15, k *= 0x846ca68b, k ^= k >> 16;
  return k;
}

static void map_init(map* m, uint32_t cap) {
  m->keys = calloc(cap, sizeof(uint32_t));
  m->vals = calloc(cap, sizeof(uint32_t));
  m->cap = cap, m->count = 0, m->has_zero = 0;
  if (!m->keys || !m->vals) exit(1);
}

static void map_put(map* m, uint32_t k, uint32_t v);

static void grow(map* m) {
  map old = *m;
  map_init(m, old.cap * 2);
  m->has_zero = old.has_zero, m->zero_val = old.zero_val;
  for (uint32_t i = 0; i < old.cap; i++)
    if (old.keys[i]) map_put(m, old.keys[i], old.vals[i]);
  free(old.keys), free(old.vals);
}

static void map_put(map* m, uint32_t k, uint32_t v) {
  if (k == 0) {
    m->has_zero = 1, m->zero_val = v;
    return;
  }
  uint32_t mask = m->cap - 1;
  for (uint32_t i = hash(k) & mask;; i = (i + 1) & mask) {
    if (m->keys[i] == k) {
      m->vals[i] = v;
      return;
    }
    if (m->keys[i] == 0) {
      m->keys[i] = k, m->vals[i] = v;
      if (++m->count * 2 > m->cap) grow(m);
      return;
    }
  }
}

static int map_get(const map* m, uint32_t k, uint32_t* v) {
  if (k == 0) {
    *v = m->zero_val;
    return m->has_zero;
  }
  uint32_t mask = m->cap - 1;
  for (uint32_t i = hash(k) & mask;; i = (i + 1) & mask) {
    if (m->keys[i] == k) {
      *v = m->vals[i];
      return 1;
    }
    if (m->keys[i] == 0) return 0;
  }
}

static int map_del(map* m, uint32_t k) {
  if (k == 0) {
    int had = m->has_zero;
    m->has_zero = 0;
    return had;
  }
  uint32_t mask = m->cap - 1, i = hash(k) & mask;
  for (;; i = (i + 1) & mask) {
    if (m->keys[i] == k) break;
    if (m->keys[i] == 0) return 0;
  }
  /* Backward-shift: pull later entries of the cluster into the hole. */
  for (uint32_t j = i;;) {
    j = (j + 1) & mask;
    if (m->keys[j] == 0) break;
    uint32_t home = hash(m->keys[j]) & mask;
    if (((j - home) & mask) >= ((j - i) & mask)) {
      m->keys[i] = m->keys[j], m->vals[i] = m->vals[j];
      i = j;
    }
  }
  m->keys[i] = 0;
  m->count--;
  return 1;
}

int main(int argc, char** argv) {
  long ops = argc > 1 ? atol(argv[1]) : 6000000;
  uint32_t range = (uint32_t)(ops / 2 > 16 ? ops / 2 : 16); /* keys repeat */
  map m;
  map_init(&m, 16);
  uint32_t x = 123456789u; /* xorshift32 */
  uint64_t found = 0, sum = 0, deleted = 0;
  for (long i = 0; i < ops; i++) {
    x ^= x << 13, x ^= x >> 17, x ^= x << 5;
    uint32_t k = (x >> 4) % range * 2654435761u;
    uint32_t v;
    switch (x & 7) {
      case 0: case 1: case 2:
        map_put(&m, k, (uint32_t)i);
        break;
      case 3:
        deleted += map_del(&m, k);
        break;
      default:
        if (map_get(&m, k, &v)) found++, sum += v;
    }
  }
  printf("hashmap ops=%ld checksum: %llu %llu %llu size=%u\n", ops,
         (unsigned long long)found, (unsigned long long)sum,
         (unsigned long long)deleted, m.count);
  free(m.keys), free(m.vals);
  return 0;
}
