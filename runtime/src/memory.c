/*===- memory.c - Linear memories, data segments, bulk memory ops --------===*
 *
 * A memory knows the instances whose W2N_SLOT_MEM_BASE/W2N_SLOT_MEM_SIZE
 * slots show it (its defining instance and every importer): memory.grow,
 * from whichever instance, rewrites the slots of all of them.
 *
 *===----------------------------------------------------------------------===*/

#include "internal.h"

#include <stdlib.h>
#include <string.h>

w2n_memory *w2n_rt_memory_create(uint64_t min_pages, uint64_t max_pages) {
  if (min_pages > W2N_MAX_PAGES ||
      (max_pages != W2N_NO_MAX && max_pages < min_pages))
    return NULL;
  w2n_memory *mem = calloc(1, sizeof *mem);
  if (!mem)
    return NULL;
  if (w2n_os_region_init(&mem->region, min_pages * W2N_PAGE_SIZE) != 0) {
    free(mem);
    return NULL;
  }
  mem->max_pages = max_pages;
  atomic_init(&mem->refs, 1);
  pthread_mutex_init(&mem->lock, NULL);
  return mem;
}

void w2n_rt_memory_retain(w2n_memory *mem) {
  atomic_fetch_add_explicit(&mem->refs, 1, memory_order_relaxed);
}

void w2n_rt_memory_release(w2n_memory *mem) {
  if (!mem || atomic_fetch_sub_explicit(&mem->refs, 1,
                                        memory_order_acq_rel) != 1)
    return;
  w2n_os_region_free(&mem->region);
  pthread_mutex_destroy(&mem->lock);
  free(mem->users);
  free(mem);
}

static void show(w2n_instance *inst, const w2n_memory *mem) {
  w2n_set_slot_ptr(inst, W2N_SLOT_MEM_BASE, mem->region.base);
  w2n_set_slot_u64(inst, W2N_SLOT_MEM_SIZE, mem->region.size);
}

bool w2n_rt_memory_add_user(w2n_memory *mem, w2n_instance *inst) {
  pthread_mutex_lock(&mem->lock);
  if (mem->num_users == mem->cap_users) {
    size_t cap = mem->cap_users ? mem->cap_users * 2 : 4;
    w2n_instance **u = realloc(mem->users, cap * sizeof *u);
    if (!u) {
      pthread_mutex_unlock(&mem->lock);
      return false;
    }
    mem->users = u;
    mem->cap_users = cap;
  }
  mem->users[mem->num_users++] = inst;
  show(inst, mem);
  pthread_mutex_unlock(&mem->lock);
  return true;
}

void w2n_rt_memory_remove_user(w2n_memory *mem, w2n_instance *inst) {
  pthread_mutex_lock(&mem->lock);
  for (size_t i = 0; i < mem->num_users; ++i)
    if (mem->users[i] == inst) {
      mem->users[i] = mem->users[--mem->num_users];
      break;
    }
  pthread_mutex_unlock(&mem->lock);
}

int64_t w2n_rt_memory_grow(w2n_memory *mem, uint64_t delta_pages) {
  pthread_mutex_lock(&mem->lock);
  uint64_t old_pages = mem->region.size / W2N_PAGE_SIZE;
  uint64_t max = mem->max_pages == W2N_NO_MAX ? W2N_MAX_PAGES : mem->max_pages;
  if (max > W2N_MAX_PAGES)
    max = W2N_MAX_PAGES;
  int64_t result = -1;
  if (delta_pages <= max - old_pages &&
      w2n_os_region_grow(&mem->region,
                         (old_pages + delta_pages) * W2N_PAGE_SIZE) == 0) {
    for (size_t i = 0; i < mem->num_users; ++i)
      show(mem->users[i], mem);
    result = (int64_t)old_pages;
  }
  pthread_mutex_unlock(&mem->lock);
  return result;
}

/*===--- Called by generated code ----------------------------------------===*/

int32_t w2n_memory_grow(w2n_instance *inst, int32_t delta_pages) {
  if (!inst->memory)
    return -1;
  return (int32_t)w2n_rt_memory_grow(inst->memory, (uint32_t)delta_pages);
}

/* True iff [start, start + n) is inside [0, size): n == 0 at exactly `size`
 * is in bounds. */
static inline bool in_bounds(uint32_t start, uint32_t n, uint64_t size) {
  return (uint64_t)start + n <= size;
}

void w2n_memory_fill(w2n_instance *inst, int32_t dst, int32_t value,
                     int32_t n) {
  w2n_memory *mem = inst->memory;
  if (!mem || !in_bounds((uint32_t)dst, (uint32_t)n, mem->region.size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_MEMORY_OOB);
  if (n)
    memset(mem->region.base + (uint32_t)dst, (uint8_t)value, (uint32_t)n);
}

void w2n_memory_copy(w2n_instance *inst, int32_t dst, int32_t src,
                     int32_t n) {
  w2n_memory *mem = inst->memory;
  if (!mem || !in_bounds((uint32_t)dst, (uint32_t)n, mem->region.size) ||
      !in_bounds((uint32_t)src, (uint32_t)n, mem->region.size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_MEMORY_OOB);
  if (n)
    memmove(mem->region.base + (uint32_t)dst, mem->region.base + (uint32_t)src,
            (uint32_t)n);
}

void w2n_data_segment(w2n_instance *inst, uint32_t seg, const uint8_t *bytes,
                      uint32_t len) {
  if (seg >= inst->module->num_data)
    return;
  inst->data[seg] = bytes;
  inst->data_len[seg] = bytes ? len : 0;
}

void w2n_memory_init(w2n_instance *inst, uint32_t seg, int32_t dst,
                     int32_t src, int32_t n) {
  w2n_memory *mem = inst->memory;
  uint32_t len = seg < inst->module->num_data ? inst->data_len[seg] : 0;
  if (!mem || !in_bounds((uint32_t)src, (uint32_t)n, len) ||
      !in_bounds((uint32_t)dst, (uint32_t)n, mem->region.size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_MEMORY_OOB);
  if (n)
    memcpy(mem->region.base + (uint32_t)dst, inst->data[seg] + (uint32_t)src,
           (uint32_t)n);
}

void w2n_data_drop(w2n_instance *inst, uint32_t seg) {
  if (seg >= inst->module->num_data)
    return;
  inst->data[seg] = NULL;
  inst->data_len[seg] = 0;
}

/*===--- Host API -----------------------------------------------------------===*/

w2n_memory *w2n_memory_new(uint64_t min_pages, uint64_t max_pages) {
  if (max_pages != W2N_NO_MAX && max_pages > W2N_MAX_PAGES)
    return NULL;
  return w2n_rt_memory_create(min_pages, max_pages);
}

uint8_t *w2n_memory_data(w2n_memory *mem) { return mem->region.base; }

uint64_t w2n_memory_size(w2n_memory *mem) { return mem->region.size; }

void w2n_memory_free(w2n_memory *mem) { w2n_rt_memory_release(mem); }
