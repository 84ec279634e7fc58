/*===- runtime.h - The wasm2native runtime: C11 API ----------------------===*
 *
 * Two audiences:
 *  1. Generated code. Every compiled module defines
 *       void <P>describe(w2n_module_builder *mb);
 *     which tells the runtime, through the w2n_mb_* calls below, the
 *     module's types, imports, definitions, exports and its generated init
 *     function. <P> is the symbol prefix given to the compiler ("w2n_" by
 *     default). Function bodies call w2n_trap, w2n_memory_*, w2n_table_*,
 *     etc. (see abi.h for the instance layout they read directly).
 *  2. Hosts (the embedding API, `wasm2native run`, the spec runner): load a
 *     module's description, link imports, instantiate, call exports.
 *
 * Errors are reported through return values; traps through w2n_trap_info.
 * There is no global mutable state except the per-thread pointer to the
 * innermost active call (for trap unwinding) and the one-time installation
 * of the signal handlers used by guard-page bounds checks.
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_RUNTIME_H
#define W2N_RUNTIME_H

#include "w2n/abi.h"

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct w2n_instance w2n_instance;
typedef struct w2n_module w2n_module;
typedef struct w2n_module_builder w2n_module_builder;
typedef struct w2n_memory w2n_memory;
typedef struct w2n_table w2n_table;

/* A 16-byte value cell: globals and trampoline arguments/results. */
typedef union w2n_value {
  int32_t i32;
  int64_t i64;
  float f32;
  double f64;
  void *ref; /* w2n_func * for funcref, host pointer for externref */
  uint8_t v128[16];
} w2n_value;

/* On 32-bit targets each pointer of w2n_func is followed by 4 bytes of
 * padding so that the abi.h offsets (0, 8, 16, 24) hold on every target
 * (little-endian: a pointer-sized load at the offset reads the pointer). */
#if UINTPTR_MAX == 0xFFFFFFFFu
#define W2N_PTR_PAD(name) uint32_t name;
#else
#define W2N_PTR_PAD(name)
#endif

/* A function object (layout fixed by abi.h offsets). */
typedef struct w2n_func {
  void *code;           /* code(inst, params...) -> results          */
  W2N_PTR_PAD(code_pad)
  w2n_instance *inst;   /* instance passed to code                   */
  W2N_PTR_PAD(inst_pad)
  uint32_t type_id;     /* interned signature (see w2n_intern_type)  */
  uint32_t pad;         /* runtime-private flags; 0 for host functions */
  /* trampoline(inst, cells): reads params from cells[0..n), calls code,
   * writes results to cells[0..m). Used by hosts to call any function. */
  void (*trampoline)(w2n_instance *inst, w2n_value *cells);
  W2N_PTR_PAD(trampoline_pad)
} w2n_func;

/* Generated init function: runs global initialisers, element and data
 * segment initialisation and the start function, in spec order. */
typedef void (*w2n_init_fn)(w2n_instance *inst);
typedef void (*w2n_describe_fn)(w2n_module_builder *mb);

/*===--- Module builder (called by generated <P>describe) ---------------===*/

/* Type strings use the letters of abi.h ("il" = (i32, i64)). */
void w2n_mb_type(w2n_module_builder *mb, const char *params,
                 const char *results);
void w2n_mb_import_func(w2n_module_builder *mb, const char *module,
                        const char *name, uint32_t type_index);
void w2n_mb_import_global(w2n_module_builder *mb, const char *module,
                          const char *name, char valtype, uint32_t is_mutable);
void w2n_mb_import_memory(w2n_module_builder *mb, const char *module,
                          const char *name, uint64_t min_pages,
                          uint64_t max_pages /* W2N_NO_MAX: none */);
void w2n_mb_import_table(w2n_module_builder *mb, const char *module,
                         const char *name, char elemtype, uint64_t min,
                         uint64_t max);
/* A defined function: native entry and trampoline. */
void w2n_mb_func(w2n_module_builder *mb, uint32_t type_index, void *code,
                 void (*trampoline)(w2n_instance *, w2n_value *));
/* Names defined function `func_index` (index space with imports) for trap
 * reports. */
void w2n_mb_func_name(w2n_module_builder *mb, uint32_t func_index,
                      const char *name);
void w2n_mb_memory(w2n_module_builder *mb, uint64_t min_pages,
                   uint64_t max_pages);
void w2n_mb_table(w2n_module_builder *mb, char elemtype, uint64_t min,
                  uint64_t max);
void w2n_mb_global(w2n_module_builder *mb, char valtype, uint32_t is_mutable);
void w2n_mb_export(w2n_module_builder *mb, const char *name, uint32_t kind,
                   uint32_t index);
/* Same with an explicit length: Wasm names may contain NUL bytes. */
void w2n_mb_export_n(w2n_module_builder *mb, const char *name, uint32_t len,
                     uint32_t kind, uint32_t index);
void w2n_mb_segments(w2n_module_builder *mb, uint32_t num_elem,
                     uint32_t num_data);
void w2n_mb_init(w2n_module_builder *mb, w2n_init_fn init);
/* 1 when compiled with --bounds-checks=guard: memories need the guard
 * reservation. */
void w2n_mb_bounds_checks(w2n_module_builder *mb, uint32_t guard);

/*===--- Called by generated code ----------------------------------------===*/

_Noreturn void w2n_trap(w2n_instance *inst, uint32_t kind);
int32_t w2n_memory_grow(w2n_instance *inst, int32_t delta_pages);
void w2n_memory_fill(w2n_instance *inst, int32_t dst, int32_t value,
                     int32_t n);
void w2n_memory_copy(w2n_instance *inst, int32_t dst, int32_t src,
                     int32_t n);
void w2n_memory_init(w2n_instance *inst, uint32_t seg, int32_t dst,
                     int32_t src, int32_t n);
void w2n_data_drop(w2n_instance *inst, uint32_t seg);
/* Registers data segment `seg`'s bytes (called from init). */
void w2n_data_segment(w2n_instance *inst, uint32_t seg, const uint8_t *bytes,
                      uint32_t len);
/* Registers element segment `seg` (called from init); copies the items. */
void w2n_elem_segment(w2n_instance *inst, uint32_t seg, void *const *items,
                      uint32_t count);
void *w2n_table_get(w2n_instance *inst, uint32_t table, int32_t index);
void w2n_table_set(w2n_instance *inst, uint32_t table, int32_t index,
                   void *ref);
int32_t w2n_table_size(w2n_instance *inst, uint32_t table);
int32_t w2n_table_grow(w2n_instance *inst, uint32_t table, void *init,
                       int32_t delta);
void w2n_table_fill(w2n_instance *inst, uint32_t table, int32_t dst,
                    void *ref, int32_t n);
void w2n_table_copy(w2n_instance *inst, uint32_t dst_table,
                    uint32_t src_table, int32_t dst, int32_t src, int32_t n);
void w2n_table_init(w2n_instance *inst, uint32_t table, uint32_t seg,
                    int32_t dst, int32_t src, int32_t n);
void w2n_elem_drop(w2n_instance *inst, uint32_t seg);
/* call_indirect: the function object at `index` of `table`, after checking
 * bounds ("undefined element"), null ("uninitialized element") and the
 * signature against this module's type `type_index` ("indirect call type
 * mismatch"); traps otherwise. */
w2n_func *w2n_call_indirect_target(w2n_instance *inst, uint32_t table,
                                   int32_t index, uint32_t type_index);

/*===--- Host API ----------------------------------------------------------===*/

/* Builds a module from a compiled module's describe function. */
w2n_module *w2n_module_load(w2n_describe_fn describe);
void w2n_module_free(w2n_module *module);

/* Imports and exports of a module, for linking by name. */
uint32_t w2n_module_num_imports(const w2n_module *m);
void w2n_module_import(const w2n_module *m, uint32_t i, const char **module,
                       const char **name, uint32_t *kind);
uint32_t w2n_module_num_exports(const w2n_module *m);
void w2n_module_export(const w2n_module *m, uint32_t i, const char **name,
                       uint32_t *kind);

/* An external value: what an export is and what an import takes. */
typedef struct w2n_extern {
  uint32_t kind; /* w2n_extern_kind */
  union {
    w2n_func *func;
    w2n_table *table;
    w2n_memory *memory;
    struct {
      w2n_value *cell;
      char valtype;
      uint8_t is_mutable;
    } global;
  } u;
} w2n_extern;

typedef struct w2n_trap_info {
  uint32_t kind;       /* w2n_trap_kind; W2N_TRAP_NONE if no trap */
  const char *message; /* the spec's message for kind               */
} w2n_trap_info;

/* Where this thread's last trap happened, if it was in a defined function
 * of `inst`: its function index and name (NULL if unnamed). Returns 0 if
 * unknown. */
int w2n_trap_location(w2n_instance *inst, uint32_t *func_index,
                      const char **func_name);

/* Message of a trap kind ("integer divide by zero", ...). */
const char *w2n_trap_message(uint32_t kind);

/* Instantiates with one w2n_extern per import, in import order. Checks the
 * imports' types ("incompatible import type", "unknown import" is the
 * host's job), allocates definitions, runs the init function (segments and
 * start). On failure returns NULL and sets *error (static string) or, for a
 * trap during init, *trap. */
w2n_instance *w2n_instantiate(const w2n_module *m, const w2n_extern *imports,
                              const char **error, w2n_trap_info *trap);
void w2n_instance_free(w2n_instance *inst);

/* The export named `name`, or 0 if none. */
int w2n_instance_export(w2n_instance *inst, const char *name,
                        w2n_extern *out);
/* Same with an explicit length (names may contain NUL bytes). */
int w2n_instance_export_n(w2n_instance *inst, const char *name, uint32_t len,
                          w2n_extern *out);

/* Calls a function object with arguments in cells[0..params) and results
 * written to cells[0..results). Returns the trap kind (W2N_TRAP_NONE on
 * success). Safe to nest (host → wasm → host → wasm). */
uint32_t w2n_call(w2n_func *func, w2n_value *cells);

/* Signature of a function object, as type strings. */
void w2n_func_type(const w2n_func *f, const char **params,
                   const char **results);

/* Interned signature id: equal ids iff equal (params, results) strings. */
uint32_t w2n_intern_type(const char *params, const char *results);

/* Host-created objects (e.g. the spec suite's `spectest` module). */
w2n_func *w2n_host_func(const char *params, const char *results, void *code,
                        void (*trampoline)(w2n_instance *, w2n_value *),
                        w2n_instance *inst);
w2n_memory *w2n_memory_new(uint64_t min_pages, uint64_t max_pages);
w2n_table *w2n_table_new(char elemtype, uint64_t min, uint64_t max);
w2n_value *w2n_global_new(char valtype, w2n_value init);
/* Memory contents, for hosts and WASI. */
uint8_t *w2n_memory_data(w2n_memory *mem);
uint64_t w2n_memory_size(w2n_memory *mem);

/* Release host-created objects. Memories and tables are reference-counted:
 * instances that import them keep them alive, so these may be called right
 * after instantiation. A host function or global must outlive every
 * instance (and table) that uses it. */
void w2n_memory_free(w2n_memory *mem);
void w2n_table_free(w2n_table *table);
void w2n_global_free(w2n_value *cell);
void w2n_func_free(w2n_func *func);

#ifdef __cplusplus
}
#endif

#endif /* W2N_RUNTIME_H */
