/*===- internal.h - Private structures of the wasm2native runtime --------===*
 *
 * Included first by every runtime source file (it selects the POSIX/GNU
 * feature macros before any system header).
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_RUNTIME_INTERNAL_H
#define W2N_RUNTIME_INTERNAL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "w2n/runtime.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define W2N_PAGE_SIZE UINT64_C(65536)
#define W2N_MAX_PAGES UINT64_C(65535)
/* Largest table this runtime creates or grows to (the spec allows 2^32-1;
 * table.grow beyond this returns -1, like V8's limit). */
#define W2N_MAX_TABLE_ELEMS UINT64_C(10000000)

/* w2n_func.pad flags. */
#define W2N_FUNC_FLAG_WASM 1u /* inst is a w2n_instance made by the runtime */

/*===--- Module ------------------------------------------------------------===*/

typedef struct w2n_import_decl {
  char *module;
  char *name;
  uint32_t kind;
  uint32_t type_index; /* func */
  char valtype;        /* global */
  uint8_t is_mutable;  /* global */
  char elemtype;       /* table */
  uint64_t min, max;   /* memory, table */
} w2n_import_decl;

typedef struct w2n_func_decl {
  uint32_t type_index;
  char *name; /* from w2n_mb_func_name, or NULL */
  void *code;
  void (*trampoline)(w2n_instance *, w2n_value *);
} w2n_func_decl;

typedef struct w2n_limits_decl {
  char elemtype;
  uint64_t min, max;
} w2n_limits_decl;

typedef struct w2n_global_decl {
  char valtype;
  uint8_t is_mutable;
} w2n_global_decl;

typedef struct w2n_export_decl {
  char *name;        /* NUL-terminated copy; names may contain NUL bytes */
  uint32_t name_len; /* so compare with the length */
  uint32_t kind;
  uint32_t index;
} w2n_export_decl;

struct w2n_module {
  uint32_t *type_ids; /* interned id of each module type index */
  uint32_t num_types;
  w2n_import_decl *imports;
  uint32_t num_imports;
  uint32_t num_imported_funcs, num_imported_tables, num_imported_memories,
      num_imported_globals;
  w2n_func_decl *funcs; /* defined */
  uint32_t num_funcs;
  w2n_limits_decl *memories; /* defined */
  uint32_t num_memories;
  w2n_limits_decl *tables; /* defined */
  uint32_t num_tables;
  w2n_global_decl *globals; /* defined */
  uint32_t num_globals;
  w2n_export_decl *exports;
  uint32_t num_exports;
  uint32_t num_elem, num_data;
  w2n_init_fn init;
  uint32_t guard;
};

/* Capacities of the module's growing arrays, indexed by this enum. */
enum { W2N_CAP_TYPES, W2N_CAP_IMPORTS, W2N_CAP_FUNCS, W2N_CAP_MEMORIES,
       W2N_CAP_TABLES, W2N_CAP_GLOBALS, W2N_CAP_EXPORTS, W2N_NUM_CAPS };

struct w2n_module_builder {
  w2n_module *m;
  bool failed; /* out of memory or malformed description */
  uint32_t caps[W2N_NUM_CAPS];
};

/*===--- Memories, tables --------------------------------------------------===*/

/* An OS memory region (os_posix.c). On 64-bit hosts: a fixed reservation of
 * W2N_GUARD_RESERVATION bytes whose first `size` bytes are accessible; the
 * base never moves. On 32-bit hosts: a malloc'ed block that may move. */
typedef struct w2n_os_region {
  uint8_t *base;
  uint64_t size;     /* accessible bytes */
  uint64_t reserved; /* reserved bytes (== size for the malloc fallback) */
} w2n_os_region;

struct w2n_memory {
  w2n_os_region region;
  uint64_t max_pages;  /* declared maximum, or W2N_NO_MAX */
  atomic_uint refs;
  pthread_mutex_t lock; /* grows and the users list */
  w2n_instance **users; /* instances whose slots show this memory */
  size_t num_users, cap_users;
};

struct w2n_table {
  void **elems;
  uint64_t size;
  uint64_t max; /* declared maximum, or W2N_NO_MAX */
  char elemtype;
  atomic_uint refs;
};

w2n_memory *w2n_rt_memory_create(uint64_t min_pages, uint64_t max_pages);
void w2n_rt_memory_retain(w2n_memory *mem);
void w2n_rt_memory_release(w2n_memory *mem);
bool w2n_rt_memory_add_user(w2n_memory *mem, w2n_instance *inst);
void w2n_rt_memory_remove_user(w2n_memory *mem, w2n_instance *inst);
/* Old size in pages, or -1. */
int64_t w2n_rt_memory_grow(w2n_memory *mem, uint64_t delta_pages);

w2n_table *w2n_rt_table_create(char elemtype, uint64_t min, uint64_t max);
void w2n_rt_table_retain(w2n_table *t);
void w2n_rt_table_release(w2n_table *t);

/*===--- Instances ---------------------------------------------------------===*/

#define W2N_INSTANCE_MAGIC 0x77326e49u /* "w2nI" */

struct w2n_instance {
  uint64_t slots[W2N_NUM_SLOTS]; /* must stay first (abi.h) */
  uint32_t magic;
  const w2n_module *module;
  w2n_memory *memory; /* memory 0, or NULL */
  w2n_table **tables;
  uint32_t num_tables;
  w2n_value **globals;
  w2n_value *own_globals;
  w2n_func **funcs;
  w2n_func *own_funcs;
  /* Segments registered by init; dropped ones have length 0. */
  const uint8_t **data;
  uint32_t *data_len;
  void ***elems;
  uint32_t *elem_len;
  /* Instances whose code this instance's code may call directly (owners of
   * imported functions, transitively): they get the caller's stack limit. */
  w2n_instance **linked;
  uint32_t num_linked;
};

/* Slots are 64-bit even on 32-bit targets (pointers zero-extended). */
static inline void w2n_set_slot_ptr(w2n_instance *inst, unsigned slot,
                                    const void *p) {
  inst->slots[slot] = (uint64_t)(uintptr_t)p;
}
static inline void w2n_set_slot_u64(w2n_instance *inst, unsigned slot,
                                    uint64_t v) {
  inst->slots[slot] = v;
}

/* Gives `inst` and the instances it calls directly the stack limit. */
void w2n_rt_set_stack_limit(w2n_instance *inst, uintptr_t limit);

/*===--- Traps (trap.c) -----------------------------------------------------===*/

typedef struct w2n_call_ctx {
  sigjmp_buf env;
  struct w2n_call_ctx *prev;
  volatile uint32_t kind;
  volatile uintptr_t pc; /* code address of the trap, 0 if unknown */
} w2n_call_ctx;

/* The innermost active call of this thread, or NULL. */
w2n_call_ctx *w2n_rt_current_call(void);
/* Unwinds to `ctx` with trap `kind` (also used by the signal handler). */
_Noreturn void w2n_rt_unwind(w2n_call_ctx *ctx, uint32_t kind);
/* Same, recording the code address where the trap happened. */
_Noreturn void w2n_rt_unwind_at(w2n_call_ctx *ctx, uint32_t kind,
                                uintptr_t pc);
/* Traps at code address `pc` (w2n_trap with an explicit location). */
_Noreturn void w2n_rt_trap_at(w2n_instance *inst, uint32_t kind,
                              uintptr_t pc);
/* Traps on behalf of the generated code that called the running runtime
 * function, so that w2n_trap_location names the Wasm function and not the
 * runtime. Only in functions that generated code calls directly (the
 * return address must be in generated code). */
#define W2N_TRAP_FOR_CALLER(inst, kind)                                     \
  w2n_rt_trap_at((inst), (kind), (uintptr_t)__builtin_return_address(0))
/* Runs fn(inst, cells) as a protected call (a trap unwinds to here) and
 * returns the trap kind; with set_limit, first gives inst (and the
 * instances it links to) this thread's stack limit. */
uint32_t w2n_rt_protected(void (*fn)(w2n_instance *, w2n_value *),
                          w2n_instance *inst, w2n_value *cells,
                          bool set_limit);

/*===--- Types (types.c) ----------------------------------------------------===*/

bool w2n_rt_valid_type_string(const char *s);
bool w2n_rt_valid_valtype(char c);

/*===--- OS layer (os_posix.c) ----------------------------------------------===*/

/* 1 when memories are reserved with guard regions (64-bit hosts). */
int w2n_os_guard_regions(void);
/* Allocates a region with `bytes` accessible (zeroed). 0 on success. */
int w2n_os_region_init(w2n_os_region *r, uint64_t bytes);
/* Makes `bytes` (>= r->size) accessible; new bytes are zero. May move the
 * base with the malloc fallback. 0 on success (r unchanged on failure). */
int w2n_os_region_grow(w2n_os_region *r, uint64_t bytes);
void w2n_os_region_free(w2n_os_region *r);
/* Prepares the calling thread to run Wasm code: installs the signal
 * handlers (once per process) and the thread's alternate signal stack, and
 * computes its stack bounds (once per thread). */
void w2n_os_thread_prepare(void);
/* Lowest stack address Wasm code may use on this thread (stack low bound +
 * safety margin), or 0 if unknown or if the caller is not running on the
 * thread's own stack. w2n_os_thread_prepare first. */
uintptr_t w2n_os_stack_limit(void);

#endif /* W2N_RUNTIME_INTERNAL_H */
