/*===- abi.h - The contract between generated code and the runtime -------===*
 *
 * Shared by the compiler (C++) and the runtime (C11). Generated code reaches
 * its instance through the first argument of every function, a pointer to a
 * `w2n_instance` whose leading part is an array of 8-byte slots. Slots have
 * the same offsets on every target (pointers are stored zero-extended in a
 * 64-bit slot on 32-bit targets), so the compiler needs no target-specific
 * layout.
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_ABI_H
#define W2N_ABI_H

#include <stdint.h>

/* Slot indices of the instance header (byte offset = index * 8). */
enum w2n_instance_slot {
  W2N_SLOT_MEM_BASE = 0,   /* uint8_t *: base of memory 0                  */
  W2N_SLOT_MEM_SIZE = 1,   /* uint64_t: size of memory 0 in bytes          */
  W2N_SLOT_GLOBALS = 2,    /* w2n_value **: one cell pointer per global    */
  W2N_SLOT_FUNCS = 3,      /* w2n_func **: one object per function         */
  W2N_SLOT_TABLES = 4,     /* w2n_table **: one pointer per table          */
  W2N_SLOT_STACK_LIMIT = 5,/* uintptr_t: lowest usable native stack address */
  W2N_SLOT_RUNTIME = 6,    /* runtime-private state                        */
  W2N_SLOT_TYPE_IDS = 7,   /* const uint32_t *: interned id per type index */
  W2N_NUM_SLOTS = 8
};

/* Trap kinds, passed to w2n_trap. Messages are the spec's. */
enum w2n_trap_kind {
  W2N_TRAP_NONE = 0,
  W2N_TRAP_UNREACHABLE = 1,          /* "unreachable"                    */
  W2N_TRAP_MEMORY_OOB = 2,           /* "out of bounds memory access"    */
  W2N_TRAP_INT_DIV_BY_ZERO = 3,      /* "integer divide by zero"         */
  W2N_TRAP_INT_OVERFLOW = 4,         /* "integer overflow"               */
  W2N_TRAP_INVALID_CONVERSION = 5,   /* "invalid conversion to integer"  */
  W2N_TRAP_TABLE_OOB = 6,            /* "out of bounds table access"     */
  W2N_TRAP_UNDEFINED_ELEMENT = 7,    /* "undefined element"              */
  W2N_TRAP_UNINITIALIZED_ELEMENT = 8,/* "uninitialized element"          */
  W2N_TRAP_INDIRECT_CALL_MISMATCH = 9,/* "indirect call type mismatch"   */
  W2N_TRAP_STACK_EXHAUSTED = 10,     /* "call stack exhausted"           */
  /* Not a Wasm trap: a host function ended the program (WASI proc_exit).
   * The host that raised it keeps the exit code (see w2n/wasi.h). */
  W2N_TRAP_EXIT = 11,                /* "exit"                           */
  W2N_NUM_TRAP_KINDS = 12
};

/* A function object: what funcref values and imports point to. Calling
 * `code` takes `inst` as its first argument, then the Wasm parameters. */
#define W2N_FUNC_CODE_OFFSET 0
#define W2N_FUNC_INST_OFFSET 8
#define W2N_FUNC_TYPE_OFFSET 16
#define W2N_FUNC_TRAMPOLINE_OFFSET 24

/* w2n_table as generated code reads it for call_indirect's fast path:
 * void **elems at 0, uint64_t size at 8. */
#define W2N_TABLE_ELEMS_OFFSET 0
#define W2N_TABLE_SIZE_OFFSET 8

/* Bytes of one argument/result cell of a trampoline (w2n_value). */
#define W2N_VALUE_SIZE 16

/* Value type letters used in type strings passed to the module builder:
 * i = i32, l = i64, f = f32, d = f64, v = v128, F = funcref, E = externref. */

/* Export/import kinds. */
enum w2n_extern_kind {
  W2N_EXTERN_FUNC = 0,
  W2N_EXTERN_TABLE = 1,
  W2N_EXTERN_MEMORY = 2,
  W2N_EXTERN_GLOBAL = 3
};

/* "No maximum" in limits passed to the module builder. */
#define W2N_NO_MAX UINT64_C(0xFFFFFFFFFFFFFFFF)

/* Bytes of a global's cell: large enough for a v128. */
#define W2N_GLOBAL_CELL_SIZE 16

#endif /* W2N_ABI_H */
