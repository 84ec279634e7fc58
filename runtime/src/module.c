/*===- module.c - Module builder (called by <P>describe) and queries -----===*/

#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Appends room for one element to *arr (count *count, capacity caps[cap]);
 * returns the new element (zeroed) or NULL on failure. */
static void *push(w2n_module_builder *mb, void **arr, uint32_t *count,
                  unsigned cap, size_t elem_size) {
  if (mb->failed)
    return NULL;
  if (*count == mb->caps[cap]) {
    uint32_t n = mb->caps[cap] ? mb->caps[cap] * 2 : 8;
    void *a = realloc(*arr, (size_t)n * elem_size);
    if (!a) {
      mb->failed = true;
      return NULL;
    }
    *arr = a;
    mb->caps[cap] = n;
  }
  void *e = (char *)*arr + (size_t)(*count)++ * elem_size;
  memset(e, 0, elem_size);
  return e;
}

#define PUSH(mb, field, count, cap)                                           \
  push((mb), (void **)&(mb)->m->field, &(mb)->m->count, (cap),                \
       sizeof *(mb)->m->field)

static char *copy_string(w2n_module_builder *mb, const char *s) {
  if (!s)
    s = "";
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (!d) {
    mb->failed = true;
    return NULL;
  }
  memcpy(d, s, n);
  return d;
}

void w2n_mb_type(w2n_module_builder *mb, const char *params,
                 const char *results) {
  if (!w2n_rt_valid_type_string(params ? params : "") ||
      !w2n_rt_valid_type_string(results ? results : "")) {
    mb->failed = true;
    return;
  }
  uint32_t *id = PUSH(mb, type_ids, num_types, W2N_CAP_TYPES);
  if (id)
    *id = w2n_intern_type(params, results);
}

static w2n_import_decl *add_import(w2n_module_builder *mb, const char *module,
                                   const char *name, uint32_t kind) {
  w2n_import_decl *d = PUSH(mb, imports, num_imports, W2N_CAP_IMPORTS);
  if (!d)
    return NULL;
  d->kind = kind;
  d->module = copy_string(mb, module);
  d->name = copy_string(mb, name);
  return mb->failed ? NULL : d;
}

void w2n_mb_import_func(w2n_module_builder *mb, const char *module,
                        const char *name, uint32_t type_index) {
  if (type_index >= mb->m->num_types)
    mb->failed = true;
  w2n_import_decl *d = add_import(mb, module, name, W2N_EXTERN_FUNC);
  if (d) {
    d->type_index = type_index;
    mb->m->num_imported_funcs++;
  }
}

void w2n_mb_import_global(w2n_module_builder *mb, const char *module,
                          const char *name, char valtype,
                          uint32_t is_mutable) {
  if (!w2n_rt_valid_valtype(valtype))
    mb->failed = true;
  w2n_import_decl *d = add_import(mb, module, name, W2N_EXTERN_GLOBAL);
  if (d) {
    d->valtype = valtype;
    d->is_mutable = is_mutable != 0;
    mb->m->num_imported_globals++;
  }
}

void w2n_mb_import_memory(w2n_module_builder *mb, const char *module,
                          const char *name, uint64_t min_pages,
                          uint64_t max_pages) {
  w2n_import_decl *d = add_import(mb, module, name, W2N_EXTERN_MEMORY);
  if (d) {
    d->min = min_pages;
    d->max = max_pages;
    mb->m->num_imported_memories++;
  }
}

void w2n_mb_import_table(w2n_module_builder *mb, const char *module,
                         const char *name, char elemtype, uint64_t min,
                         uint64_t max) {
  if (elemtype != 'F' && elemtype != 'E')
    mb->failed = true;
  w2n_import_decl *d = add_import(mb, module, name, W2N_EXTERN_TABLE);
  if (d) {
    d->elemtype = elemtype;
    d->min = min;
    d->max = max;
    mb->m->num_imported_tables++;
  }
}

void w2n_mb_func(w2n_module_builder *mb, uint32_t type_index, void *code,
                 void (*trampoline)(w2n_instance *, w2n_value *)) {
  if (type_index >= mb->m->num_types || !code)
    mb->failed = true;
  w2n_func_decl *d = PUSH(mb, funcs, num_funcs, W2N_CAP_FUNCS);
  if (d) {
    d->type_index = type_index;
    d->code = code;
    d->trampoline = trampoline;
  }
}

void w2n_mb_func_name(w2n_module_builder *mb, uint32_t func_index,
                      const char *name) {
  uint32_t imported = mb->m->num_imported_funcs;
  if (func_index < imported || func_index - imported >= mb->m->num_funcs)
    return; /* names of imports are not kept */
  w2n_func_decl *d = &mb->m->funcs[func_index - imported];
  free(d->name);
  d->name = copy_string(mb, name);
}

void w2n_mb_memory(w2n_module_builder *mb, uint64_t min_pages,
                   uint64_t max_pages) {
  w2n_limits_decl *d = PUSH(mb, memories, num_memories, W2N_CAP_MEMORIES);
  if (d) {
    d->min = min_pages;
    d->max = max_pages;
  }
}

void w2n_mb_table(w2n_module_builder *mb, char elemtype, uint64_t min,
                  uint64_t max) {
  if (elemtype != 'F' && elemtype != 'E')
    mb->failed = true;
  w2n_limits_decl *d = PUSH(mb, tables, num_tables, W2N_CAP_TABLES);
  if (d) {
    d->elemtype = elemtype;
    d->min = min;
    d->max = max;
  }
}

void w2n_mb_global(w2n_module_builder *mb, char valtype, uint32_t is_mutable) {
  if (!w2n_rt_valid_valtype(valtype))
    mb->failed = true;
  w2n_global_decl *d = PUSH(mb, globals, num_globals, W2N_CAP_GLOBALS);
  if (d) {
    d->valtype = valtype;
    d->is_mutable = is_mutable != 0;
  }
}

void w2n_mb_export(w2n_module_builder *mb, const char *name, uint32_t kind,
                   uint32_t index) {
  w2n_mb_export_n(mb, name ? name : "", name ? (uint32_t)strlen(name) : 0,
                  kind, index);
}

void w2n_mb_export_n(w2n_module_builder *mb, const char *name, uint32_t len,
                     uint32_t kind, uint32_t index) {
  if (kind > W2N_EXTERN_GLOBAL)
    mb->failed = true;
  w2n_export_decl *d = PUSH(mb, exports, num_exports, W2N_CAP_EXPORTS);
  if (d) {
    d->name = malloc((size_t)len + 1);
    if (!d->name) {
      mb->failed = true;
      return;
    }
    memcpy(d->name, name, len);
    d->name[len] = 0;
    d->name_len = len;
    d->kind = kind;
    d->index = index;
  }
}

void w2n_mb_segments(w2n_module_builder *mb, uint32_t num_elem,
                     uint32_t num_data) {
  mb->m->num_elem = num_elem;
  mb->m->num_data = num_data;
}

void w2n_mb_init(w2n_module_builder *mb, w2n_init_fn init) {
  mb->m->init = init;
}

void w2n_mb_bounds_checks(w2n_module_builder *mb, uint32_t guard) {
  mb->m->guard = guard != 0;
}

/* Index-space sizes and export indices must agree with the declarations. */
static bool check_module(const w2n_module *m) {
  uint32_t funcs = m->num_imported_funcs + m->num_funcs;
  uint32_t tables = m->num_imported_tables + m->num_tables;
  uint32_t memories = m->num_imported_memories + m->num_memories;
  uint32_t globals = m->num_imported_globals + m->num_globals;
  if (memories > 1)
    return false; /* Wasm 2.0: one memory */
  for (uint32_t i = 0; i < m->num_exports; ++i) {
    const w2n_export_decl *e = &m->exports[i];
    uint32_t limit = e->kind == W2N_EXTERN_FUNC     ? funcs
                     : e->kind == W2N_EXTERN_TABLE  ? tables
                     : e->kind == W2N_EXTERN_MEMORY ? memories
                                                    : globals;
    if (e->index >= limit)
      return false;
  }
  for (uint32_t i = 0; i < m->num_memories; ++i)
    if (m->memories[i].min > W2N_MAX_PAGES ||
        (m->memories[i].max != W2N_NO_MAX &&
         m->memories[i].max < m->memories[i].min))
      return false;
  return true;
}

w2n_module *w2n_module_load(w2n_describe_fn describe) {
  if (!describe)
    return NULL;
  w2n_module_builder mb;
  memset(&mb, 0, sizeof mb);
  mb.m = calloc(1, sizeof *mb.m);
  if (!mb.m)
    return NULL;
  describe(&mb);
  if (mb.failed || !check_module(mb.m)) {
    w2n_module_free(mb.m);
    return NULL;
  }
  return mb.m;
}

void w2n_module_free(w2n_module *m) {
  if (!m)
    return;
  for (uint32_t i = 0; i < m->num_imports; ++i) {
    free(m->imports[i].module);
    free(m->imports[i].name);
  }
  for (uint32_t i = 0; i < m->num_exports; ++i)
    free(m->exports[i].name);
  for (uint32_t i = 0; i < m->num_funcs; ++i)
    free(m->funcs[i].name);
  free(m->type_ids);
  free(m->imports);
  free(m->funcs);
  free(m->memories);
  free(m->tables);
  free(m->globals);
  free(m->exports);
  free(m);
}

uint32_t w2n_module_num_imports(const w2n_module *m) {
  return m->num_imports;
}

void w2n_module_import(const w2n_module *m, uint32_t i, const char **module,
                       const char **name, uint32_t *kind) {
  const w2n_import_decl *d = i < m->num_imports ? &m->imports[i] : NULL;
  if (module)
    *module = d ? d->module : NULL;
  if (name)
    *name = d ? d->name : NULL;
  if (kind)
    *kind = d ? d->kind : UINT32_MAX;
}

uint32_t w2n_module_num_exports(const w2n_module *m) {
  return m->num_exports;
}

void w2n_module_export(const w2n_module *m, uint32_t i, const char **name,
                       uint32_t *kind) {
  const w2n_export_decl *d = i < m->num_exports ? &m->exports[i] : NULL;
  if (name)
    *name = d ? d->name : NULL;
  if (kind)
    *kind = d ? d->kind : UINT32_MAX;
}
