/*===- types.c - Process-wide interning of function signatures -----------===*
 *
 * Signature ids are equal iff the (params, results) strings are equal, across
 * all modules and host functions of the process. This table and the signal
 * handler installation are the only process-wide mutable state; a mutex
 * protects the table. Entries are never removed, so the strings returned by
 * w2n_func_type stay valid for the life of the process.
 *
 *===----------------------------------------------------------------------===*/

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct type_entry {
  char *params;
  char *results;
  uint64_t hash;
} type_entry;

static pthread_mutex_t types_lock = PTHREAD_MUTEX_INITIALIZER;
static type_entry *entries;   /* entries[id - 1] */
static uint32_t num_entries, cap_entries;
static uint32_t *buckets;     /* open addressing: id or 0 */
static uint32_t num_buckets;  /* power of two */

bool w2n_rt_valid_valtype(char c) {
  return c == 'i' || c == 'l' || c == 'f' || c == 'd' || c == 'v' ||
         c == 'F' || c == 'E';
}

bool w2n_rt_valid_type_string(const char *s) {
  if (!s)
    return false;
  for (; *s; ++s)
    if (!w2n_rt_valid_valtype(*s))
      return false;
  return true;
}

static uint64_t hash_type(const char *params, const char *results) {
  uint64_t h = UINT64_C(14695981039346656037); /* FNV-1a */
  for (const char *p = params; *p; ++p)
    h = (h ^ (uint8_t)*p) * UINT64_C(1099511628211);
  h = (h ^ '>') * UINT64_C(1099511628211);
  for (const char *p = results; *p; ++p)
    h = (h ^ (uint8_t)*p) * UINT64_C(1099511628211);
  return h;
}

static char *dup_string(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d)
    memcpy(d, s, n);
  return d;
}

static _Noreturn void types_oom(void) {
  fputs("w2n runtime: out of memory interning a function type\n", stderr);
  abort();
}

static void rehash(uint32_t new_buckets) {
  uint32_t *b = calloc(new_buckets, sizeof *b);
  if (!b)
    types_oom();
  for (uint32_t id = 1; id <= num_entries; ++id) {
    uint32_t i = (uint32_t)entries[id - 1].hash & (new_buckets - 1);
    while (b[i])
      i = (i + 1) & (new_buckets - 1);
    b[i] = id;
  }
  free(buckets);
  buckets = b;
  num_buckets = new_buckets;
}

uint32_t w2n_intern_type(const char *params, const char *results) {
  if (!params)
    params = "";
  if (!results)
    results = "";
  uint64_t h = hash_type(params, results);
  pthread_mutex_lock(&types_lock);
  if (num_buckets == 0)
    rehash(64);
  uint32_t i = (uint32_t)h & (num_buckets - 1);
  for (; buckets[i]; i = (i + 1) & (num_buckets - 1)) {
    type_entry *e = &entries[buckets[i] - 1];
    if (e->hash == h && strcmp(e->params, params) == 0 &&
        strcmp(e->results, results) == 0) {
      uint32_t id = buckets[i];
      pthread_mutex_unlock(&types_lock);
      return id;
    }
  }
  if (num_entries == cap_entries) {
    uint32_t cap = cap_entries ? cap_entries * 2 : 64;
    type_entry *n = realloc(entries, cap * sizeof *n);
    if (!n)
      types_oom();
    entries = n;
    cap_entries = cap;
  }
  type_entry *e = &entries[num_entries];
  e->params = dup_string(params);
  e->results = dup_string(results);
  if (!e->params || !e->results)
    types_oom();
  e->hash = h;
  uint32_t id = ++num_entries;
  buckets[i] = id;
  if (num_entries * 2 > num_buckets)
    rehash(num_buckets * 2);
  pthread_mutex_unlock(&types_lock);
  return id;
}

void w2n_func_type(const w2n_func *f, const char **params,
                   const char **results) {
  const char *p = NULL, *r = NULL;
  pthread_mutex_lock(&types_lock);
  if (f && f->type_id >= 1 && f->type_id <= num_entries) {
    p = entries[f->type_id - 1].params;
    r = entries[f->type_id - 1].results;
  }
  pthread_mutex_unlock(&types_lock);
  if (params)
    *params = p;
  if (results)
    *results = r;
}
