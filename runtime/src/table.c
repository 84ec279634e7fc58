/*===- table.c - Tables, element segments, call_indirect -----------------===*
 *
 * Generated code reaches tables only through these functions, so a table's
 * element array may move when it grows. Every operation checks its bounds
 * before writing anything and traps with "out of bounds table access".
 *
 *===----------------------------------------------------------------------===*/

#include "internal.h"

#include <stdlib.h>
#include <string.h>

w2n_table *w2n_rt_table_create(char elemtype, uint64_t min, uint64_t max) {
  if ((elemtype != 'F' && elemtype != 'E') || min > W2N_MAX_TABLE_ELEMS ||
      (max != W2N_NO_MAX && max < min))
    return NULL;
  w2n_table *t = calloc(1, sizeof *t);
  if (!t)
    return NULL;
  /* Never size 0, so elems is never NULL. */
  t->elems = calloc((size_t)(min ? min : 1), sizeof *t->elems);
  if (!t->elems) {
    free(t);
    return NULL;
  }
  t->size = min;
  t->max = max;
  t->elemtype = elemtype;
  atomic_init(&t->refs, 1);
  return t;
}

void w2n_rt_table_retain(w2n_table *t) {
  atomic_fetch_add_explicit(&t->refs, 1, memory_order_relaxed);
}

void w2n_rt_table_release(w2n_table *t) {
  if (!t ||
      atomic_fetch_sub_explicit(&t->refs, 1, memory_order_acq_rel) != 1)
    return;
  free(t->elems);
  free(t);
}

static inline w2n_table *table_of(w2n_instance *inst, uint32_t table) {
  return inst->tables[table];
}

static inline bool in_bounds(uint32_t start, uint32_t n, uint64_t size) {
  return (uint64_t)start + n <= size;
}

/*===--- Called by generated code ----------------------------------------===*/

void *w2n_table_get(w2n_instance *inst, uint32_t table, int32_t index) {
  w2n_table *t = table_of(inst, table);
  if ((uint32_t)index >= t->size)
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_TABLE_OOB);
  return t->elems[(uint32_t)index];
}

void w2n_table_set(w2n_instance *inst, uint32_t table, int32_t index,
                   void *ref) {
  w2n_table *t = table_of(inst, table);
  if ((uint32_t)index >= t->size)
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_TABLE_OOB);
  t->elems[(uint32_t)index] = ref;
}

int32_t w2n_table_size(w2n_instance *inst, uint32_t table) {
  return (int32_t)(uint32_t)table_of(inst, table)->size;
}

int32_t w2n_table_grow(w2n_instance *inst, uint32_t table, void *init,
                       int32_t delta) {
  w2n_table *t = table_of(inst, table);
  uint64_t old = t->size;
  uint64_t max = t->max == W2N_NO_MAX ? UINT64_C(0xFFFFFFFF) : t->max;
  if (max > W2N_MAX_TABLE_ELEMS)
    max = W2N_MAX_TABLE_ELEMS;
  uint64_t n = (uint32_t)delta;
  if (n > max || old > max - n)
    return -1;
  if (n == 0)
    return (int32_t)(uint32_t)old;
  void **e = realloc(t->elems, (size_t)(old + n) * sizeof *e);
  if (!e)
    return -1;
  for (uint64_t i = old; i < old + n; ++i)
    e[i] = init;
  t->elems = e;
  t->size = old + n;
  return (int32_t)(uint32_t)old;
}

void w2n_table_fill(w2n_instance *inst, uint32_t table, int32_t dst,
                    void *ref, int32_t n) {
  w2n_table *t = table_of(inst, table);
  if (!in_bounds((uint32_t)dst, (uint32_t)n, t->size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_TABLE_OOB);
  for (uint32_t i = 0; i < (uint32_t)n; ++i)
    t->elems[(uint32_t)dst + i] = ref;
}

void w2n_table_copy(w2n_instance *inst, uint32_t dst_table,
                    uint32_t src_table, int32_t dst, int32_t src, int32_t n) {
  w2n_table *d = table_of(inst, dst_table), *s = table_of(inst, src_table);
  if (!in_bounds((uint32_t)dst, (uint32_t)n, d->size) ||
      !in_bounds((uint32_t)src, (uint32_t)n, s->size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_TABLE_OOB);
  if (n)
    memmove(d->elems + (uint32_t)dst, s->elems + (uint32_t)src,
            (size_t)(uint32_t)n * sizeof(void *));
}

void w2n_elem_segment(w2n_instance *inst, uint32_t seg, void *const *items,
                      uint32_t count) {
  if (seg >= inst->module->num_elem)
    return;
  free(inst->elems[seg]);
  inst->elems[seg] = NULL;
  inst->elem_len[seg] = 0;
  if (!count || !items)
    return;
  void **copy = malloc((size_t)count * sizeof *copy);
  if (!copy) /* cannot report OOM to init: behave as a dropped segment */
    return;
  memcpy(copy, items, (size_t)count * sizeof *copy);
  inst->elems[seg] = copy;
  inst->elem_len[seg] = count;
}

void w2n_table_init(w2n_instance *inst, uint32_t table, uint32_t seg,
                    int32_t dst, int32_t src, int32_t n) {
  w2n_table *t = table_of(inst, table);
  uint32_t len = seg < inst->module->num_elem ? inst->elem_len[seg] : 0;
  if (!in_bounds((uint32_t)src, (uint32_t)n, len) ||
      !in_bounds((uint32_t)dst, (uint32_t)n, t->size))
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_TABLE_OOB);
  if (n)
    memcpy(t->elems + (uint32_t)dst, inst->elems[seg] + (uint32_t)src,
           (size_t)(uint32_t)n * sizeof(void *));
}

void w2n_elem_drop(w2n_instance *inst, uint32_t seg) {
  if (seg >= inst->module->num_elem)
    return;
  free(inst->elems[seg]);
  inst->elems[seg] = NULL;
  inst->elem_len[seg] = 0;
}

w2n_func *w2n_call_indirect_target(w2n_instance *inst, uint32_t table,
                                   int32_t index, uint32_t type_index) {
  w2n_table *t = table_of(inst, table);
  if ((uint32_t)index >= t->size)
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_UNDEFINED_ELEMENT);
  w2n_func *f = t->elems[(uint32_t)index];
  if (!f)
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_UNINITIALIZED_ELEMENT);
  if (type_index >= inst->module->num_types ||
      f->type_id != inst->module->type_ids[type_index])
    W2N_TRAP_FOR_CALLER(inst, W2N_TRAP_INDIRECT_CALL_MISMATCH);
  /* A call into another instance runs on this thread's stack: give it the
   * caller's stack limit (see trap.c). */
  if (f->inst != inst && (f->pad & W2N_FUNC_FLAG_WASM))
    w2n_rt_set_stack_limit(f->inst,
                           (uintptr_t)inst->slots[W2N_SLOT_STACK_LIMIT]);
  return f;
}

/*===--- Host API -----------------------------------------------------------===*/

w2n_table *w2n_table_new(char elemtype, uint64_t min, uint64_t max) {
  return w2n_rt_table_create(elemtype, min, max);
}

void w2n_table_free(w2n_table *table) { w2n_rt_table_release(table); }
