/*===- instance.c - Instantiation, exports, host objects -----------------===*/

#include "internal.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* The layouts generated code relies on (abi.h), on every target. */
_Static_assert(offsetof(w2n_instance, slots) == 0, "slots first");
_Static_assert(sizeof(((w2n_instance *)0)->slots) == W2N_NUM_SLOTS * 8,
               "8-byte slots");
_Static_assert(offsetof(w2n_func, code) == W2N_FUNC_CODE_OFFSET, "code");
_Static_assert(offsetof(w2n_func, inst) == W2N_FUNC_INST_OFFSET, "inst");
_Static_assert(offsetof(w2n_func, type_id) == W2N_FUNC_TYPE_OFFSET, "type");
_Static_assert(offsetof(w2n_func, trampoline) == W2N_FUNC_TRAMPOLINE_OFFSET,
               "trampoline");
_Static_assert(offsetof(w2n_table, elems) == W2N_TABLE_ELEMS_OFFSET, "elems");
_Static_assert(offsetof(w2n_table, size) == W2N_TABLE_SIZE_OFFSET, "size");
_Static_assert(sizeof(w2n_value) == W2N_VALUE_SIZE, "value cell");
_Static_assert(sizeof(w2n_value) == W2N_GLOBAL_CELL_SIZE, "global cell");

static const char *const err_incompatible = "incompatible import type";
static const char *const err_oom = "out of memory";
static const char *const err_memory = "cannot allocate memory";
static const char *const err_table = "cannot allocate table";
static const char *const err_guard =
    "module compiled with guard-page bounds checks needs a 64-bit host";
static const char *const err_imports = "missing imports";

/* Limits subtyping (spec "Import subtyping"): the provided object's current
 * size and maximum must fit the declared limits. */
static bool limits_match(uint64_t size, uint64_t max, uint64_t decl_min,
                         uint64_t decl_max) {
  if (size < decl_min)
    return false;
  if (decl_max == W2N_NO_MAX)
    return true;
  return max != W2N_NO_MAX && max <= decl_max;
}

static bool import_matches(const w2n_module *m, const w2n_import_decl *d,
                           const w2n_extern *e) {
  if (e->kind != d->kind)
    return false;
  switch (d->kind) {
  case W2N_EXTERN_FUNC:
    return e->u.func && e->u.func->type_id == m->type_ids[d->type_index];
  case W2N_EXTERN_GLOBAL:
    return e->u.global.cell && e->u.global.valtype == d->valtype &&
           (e->u.global.is_mutable != 0) == (d->is_mutable != 0);
  case W2N_EXTERN_MEMORY: {
    w2n_memory *mem = e->u.memory;
    return mem && limits_match(mem->region.size / W2N_PAGE_SIZE,
                               mem->max_pages, d->min, d->max);
  }
  case W2N_EXTERN_TABLE: {
    w2n_table *t = e->u.table;
    return t && t->elemtype == d->elemtype &&
           limits_match(t->size, t->max, d->min, d->max);
  }
  }
  return false;
}

/* Adds `x` to inst->linked unless present (capacity checked by caller). */
static void link_add(w2n_instance *inst, w2n_instance *x, uint32_t cap) {
  if (x == inst)
    return;
  for (uint32_t i = 0; i < inst->num_linked; ++i)
    if (inst->linked[i] == x)
      return;
  if (inst->num_linked < cap)
    inst->linked[inst->num_linked++] = x;
}

static bool compute_links(w2n_instance *inst) {
  const w2n_module *m = inst->module;
  uint32_t cap = 0;
  for (uint32_t i = 0; i < m->num_imported_funcs; ++i) {
    w2n_func *f = inst->funcs[i];
    if ((f->pad & W2N_FUNC_FLAG_WASM) && f->inst != inst)
      cap += 1 + f->inst->num_linked;
  }
  if (!cap)
    return true;
  inst->linked = malloc(cap * sizeof *inst->linked);
  if (!inst->linked)
    return false;
  for (uint32_t i = 0; i < m->num_imported_funcs; ++i) {
    w2n_func *f = inst->funcs[i];
    if (!(f->pad & W2N_FUNC_FLAG_WASM) || f->inst == inst)
      continue;
    link_add(inst, f->inst, cap);
    for (uint32_t j = 0; j < f->inst->num_linked; ++j)
      link_add(inst, f->inst->linked[j], cap);
  }
  return true;
}

static void destroy(w2n_instance *inst) {
  const w2n_module *m = inst->module;
  if (inst->memory) {
    w2n_rt_memory_remove_user(inst->memory, inst);
    w2n_rt_memory_release(inst->memory);
  }
  if (inst->tables)
    for (uint32_t i = 0; i < inst->num_tables; ++i)
      w2n_rt_table_release(inst->tables[i]);
  if (inst->elems)
    for (uint32_t i = 0; i < m->num_elem; ++i)
      free(inst->elems[i]);
  free(inst->tables);
  free(inst->globals);
  free(inst->own_globals);
  free(inst->funcs);
  free(inst->own_funcs);
  free(inst->data);
  free(inst->data_len);
  free(inst->elems);
  free(inst->elem_len);
  free(inst->linked);
  inst->magic = 0;
  free(inst);
}

static void run_init(w2n_instance *inst, w2n_value *cells) {
  (void)cells;
  inst->module->init(inst);
}

#define FAIL(msg)                                                             \
  do {                                                                        \
    if (error)                                                                \
      *error = (msg);                                                         \
    if (inst)                                                                 \
      destroy(inst);                                                          \
    return NULL;                                                              \
  } while (0)

static void *alloc_array(size_t n, size_t size) {
  return calloc(n ? n : 1, size);
}

w2n_instance *w2n_instantiate(const w2n_module *m, const w2n_extern *imports,
                              const char **error, w2n_trap_info *trap) {
  w2n_instance *inst = NULL;
  if (error)
    *error = NULL;
  if (trap) {
    trap->kind = W2N_TRAP_NONE;
    trap->message = w2n_trap_message(W2N_TRAP_NONE);
  }
  if (m->guard && !w2n_os_guard_regions())
    FAIL(err_guard);
  if (m->num_imports && !imports)
    FAIL(err_imports);
  for (uint32_t i = 0; i < m->num_imports; ++i)
    if (!import_matches(m, &m->imports[i], &imports[i]))
      FAIL(err_incompatible);

  inst = calloc(1, sizeof *inst);
  if (!inst)
    FAIL(err_oom);
  inst->magic = W2N_INSTANCE_MAGIC;
  inst->module = m;
  uint32_t nfuncs = m->num_imported_funcs + m->num_funcs;
  uint32_t ntables = m->num_imported_tables + m->num_tables;
  uint32_t nglobals = m->num_imported_globals + m->num_globals;
  inst->num_tables = ntables;
  inst->tables = alloc_array(ntables, sizeof *inst->tables);
  inst->globals = alloc_array(nglobals, sizeof *inst->globals);
  inst->own_globals = alloc_array(m->num_globals, sizeof *inst->own_globals);
  inst->funcs = alloc_array(nfuncs, sizeof *inst->funcs);
  inst->own_funcs = alloc_array(m->num_funcs, sizeof *inst->own_funcs);
  inst->data = alloc_array(m->num_data, sizeof *inst->data);
  inst->data_len = alloc_array(m->num_data, sizeof *inst->data_len);
  inst->elems = alloc_array(m->num_elem, sizeof *inst->elems);
  inst->elem_len = alloc_array(m->num_elem, sizeof *inst->elem_len);
  if (!inst->tables || !inst->globals || !inst->own_globals ||
      !inst->funcs || !inst->own_funcs || !inst->data || !inst->data_len ||
      !inst->elems || !inst->elem_len)
    FAIL(err_oom);

  /* Imports, in order; each kind's index space starts with its imports. */
  uint32_t fi = 0, ti = 0, gi = 0;
  for (uint32_t i = 0; i < m->num_imports; ++i) {
    const w2n_extern *e = &imports[i];
    switch (m->imports[i].kind) {
    case W2N_EXTERN_FUNC:
      inst->funcs[fi++] = e->u.func;
      break;
    case W2N_EXTERN_TABLE:
      w2n_rt_table_retain(e->u.table);
      inst->tables[ti++] = e->u.table;
      break;
    case W2N_EXTERN_MEMORY:
      w2n_rt_memory_retain(e->u.memory);
      inst->memory = e->u.memory;
      break;
    case W2N_EXTERN_GLOBAL:
      inst->globals[gi++] = e->u.global.cell;
      break;
    }
  }
  /* Definitions. */
  for (uint32_t i = 0; i < m->num_memories; ++i) {
    inst->memory =
        w2n_rt_memory_create(m->memories[i].min, m->memories[i].max);
    if (!inst->memory)
      FAIL(err_memory);
  }
  /* (On failure destroy() removes a user never added: harmless.) */
  if (inst->memory && !w2n_rt_memory_add_user(inst->memory, inst))
    FAIL(err_oom);
  for (uint32_t i = 0; i < m->num_tables; ++i) {
    w2n_table *t = w2n_rt_table_create(m->tables[i].elemtype,
                                       m->tables[i].min, m->tables[i].max);
    if (!t)
      FAIL(err_table);
    inst->tables[ti++] = t;
  }
  for (uint32_t i = 0; i < m->num_globals; ++i)
    inst->globals[gi++] = &inst->own_globals[i];
  for (uint32_t i = 0; i < m->num_funcs; ++i) {
    w2n_func *f = &inst->own_funcs[i];
    f->code = m->funcs[i].code;
    f->inst = inst;
    f->type_id = m->type_ids[m->funcs[i].type_index];
    f->pad = W2N_FUNC_FLAG_WASM;
    f->trampoline = m->funcs[i].trampoline;
    inst->funcs[fi++] = f;
  }
  if (!compute_links(inst))
    FAIL(err_oom);

  w2n_set_slot_ptr(inst, W2N_SLOT_GLOBALS, inst->globals);
  w2n_set_slot_ptr(inst, W2N_SLOT_FUNCS, inst->funcs);
  w2n_set_slot_ptr(inst, W2N_SLOT_TABLES, inst->tables);
  w2n_set_slot_ptr(inst, W2N_SLOT_RUNTIME, inst);
  w2n_set_slot_ptr(inst, W2N_SLOT_TYPE_IDS, m->type_ids);
  /* Memory slots were set by w2n_rt_memory_add_user (0 without memory);
   * the stack limit is set by w2n_rt_protected below and by w2n_call. */

  if (m->init) {
    uint32_t kind = w2n_rt_protected(run_init, inst, NULL, true);
    if (kind != W2N_TRAP_NONE) {
      if (trap) {
        trap->kind = kind;
        trap->message = w2n_trap_message(kind);
      }
      if (error)
        *error = w2n_trap_message(kind);
      /* The spec keeps what init did to imported tables, memories and
       * globals, and an imported table (or a host function the start
       * function called, or an imported global) may now hold this
       * instance's functions, which must stay callable. Such an instance
       * is kept alive (leaked); one without imports cannot be reached. */
      if (m->num_imported_funcs || m->num_imported_tables ||
          m->num_imported_globals)
        return NULL;
      destroy(inst);
      return NULL;
    }
  } else {
    w2n_os_thread_prepare();
    w2n_rt_set_stack_limit(inst, w2n_os_stack_limit());
  }
  return inst;
}

#undef FAIL

void w2n_instance_free(w2n_instance *inst) {
  if (inst)
    destroy(inst);
}

int w2n_instance_export(w2n_instance *inst, const char *name,
                        w2n_extern *out) {
  return w2n_instance_export_n(inst, name, (uint32_t)strlen(name), out);
}

int w2n_instance_export_n(w2n_instance *inst, const char *name, uint32_t len,
                          w2n_extern *out) {
  const w2n_module *m = inst->module;
  for (uint32_t i = 0; i < m->num_exports; ++i) {
    const w2n_export_decl *e = &m->exports[i];
    if (e->name_len != len || memcmp(e->name, name, len) != 0)
      continue;
    w2n_extern x;
    memset(&x, 0, sizeof x);
    x.kind = e->kind;
    switch (e->kind) {
    case W2N_EXTERN_FUNC:
      x.u.func = inst->funcs[e->index];
      break;
    case W2N_EXTERN_TABLE:
      x.u.table = inst->tables[e->index];
      break;
    case W2N_EXTERN_MEMORY:
      x.u.memory = inst->memory;
      break;
    case W2N_EXTERN_GLOBAL: {
      uint32_t gi = e->index;
      x.u.global.cell = inst->globals[gi];
      if (gi < m->num_imported_globals) {
        /* The gi-th global import. */
        for (uint32_t j = 0, k = 0; j < m->num_imports; ++j) {
          if (m->imports[j].kind != W2N_EXTERN_GLOBAL)
            continue;
          if (k++ == gi) {
            x.u.global.valtype = m->imports[j].valtype;
            x.u.global.is_mutable = m->imports[j].is_mutable;
            break;
          }
        }
      } else {
        const w2n_global_decl *d = &m->globals[gi - m->num_imported_globals];
        x.u.global.valtype = d->valtype;
        x.u.global.is_mutable = d->is_mutable;
      }
      break;
    }
    }
    if (out)
      *out = x;
    return 1;
  }
  return 0;
}

/*===--- Host objects -------------------------------------------------------===*/

w2n_func *w2n_host_func(const char *params, const char *results, void *code,
                        void (*trampoline)(w2n_instance *, w2n_value *),
                        w2n_instance *inst) {
  if (!w2n_rt_valid_type_string(params ? params : "") ||
      !w2n_rt_valid_type_string(results ? results : ""))
    return NULL;
  w2n_func *f = calloc(1, sizeof *f);
  if (!f)
    return NULL;
  f->code = code;
  f->inst = inst;
  f->type_id = w2n_intern_type(params, results);
  f->pad = 0;
  f->trampoline = trampoline;
  return f;
}

void w2n_func_free(w2n_func *func) { free(func); }

w2n_value *w2n_global_new(char valtype, w2n_value init) {
  if (!w2n_rt_valid_valtype(valtype))
    return NULL;
  w2n_value *cell = malloc(sizeof *cell);
  if (cell)
    *cell = init;
  return cell;
}

void w2n_global_free(w2n_value *cell) { free(cell); }
