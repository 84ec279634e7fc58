/*===- test_basic.c - Module, traps, globals, memory, bulk memory --------===*/

#include "harness.h"

#include <limits.h>

/*===--- The hand-written module (explicit checks and guard accesses) -----===*/

static int32_t f_div_s(w2n_instance *inst, int32_t a, int32_t b) {
  if (b == 0)
    w2n_trap(inst, W2N_TRAP_INT_DIV_BY_ZERO);
  if (a == INT32_MIN && b == -1)
    w2n_trap(inst, W2N_TRAP_INT_OVERFLOW);
  return a / b;
}
static int32_t f_load_explicit(w2n_instance *inst, int32_t addr) {
  return load32(explicit_addr(inst, addr, 0, 4));
}
static int32_t f_load_guard(w2n_instance *inst, int32_t addr) {
  return load32(guard_addr(inst, addr, 0));
}
static int32_t f_load_guard_maxoff(w2n_instance *inst, int32_t addr) {
  return load32(guard_addr(inst, addr, 0xFFFFFFFFu));
}
static int32_t f_grow(w2n_instance *inst, int32_t delta) {
  return w2n_memory_grow(inst, delta);
}
static int32_t f_size(w2n_instance *inst) {
  return (int32_t)(MEM_SIZE(inst) >> 16);
}
static void f_fill(w2n_instance *inst, int32_t d, int32_t v, int32_t n) {
  w2n_memory_fill(inst, d, v, n);
}
static void f_copy(w2n_instance *inst, int32_t d, int32_t s, int32_t n) {
  w2n_memory_copy(inst, d, s, n);
}
static void f_init1(w2n_instance *inst, int32_t d, int32_t s, int32_t n) {
  w2n_memory_init(inst, 1, d, s, n);
}
static void f_drop1(w2n_instance *inst) { w2n_data_drop(inst, 1); }
static void f_unreachable(w2n_instance *inst) {
  w2n_trap(inst, W2N_TRAP_UNREACHABLE);
}
static int32_t f_get_global(w2n_instance *inst) {
  return GLOBAL(inst, 0)->i32;
}
static int32_t f_store_explicit(w2n_instance *inst, int32_t addr,
                                int32_t v) {
  store32(explicit_addr(inst, addr, 0, 4), v);
  return 0;
}
static int32_t f_crash(w2n_instance *inst, int32_t x) {
  (void)inst;
  /* A bug outside any memory: not a trap, must crash. */
  volatile int32_t *p = (volatile int32_t *)(uintptr_t)(64 + (x & 0));
  return *p;
}

/* Trampolines. */
static void t_ii_i(w2n_instance *inst, w2n_value *c, fn_ii_i f) {
  c[0].i32 = f(inst, c[0].i32, c[1].i32);
}
static void t_div_s(w2n_instance *i, w2n_value *c) { t_ii_i(i, c, f_div_s); }
static void t_store_explicit(w2n_instance *i, w2n_value *c) {
  t_ii_i(i, c, f_store_explicit);
}
static void t_load_explicit(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_load_explicit(i, c[0].i32);
}
static void t_load_guard(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_load_guard(i, c[0].i32);
}
static void t_load_guard_maxoff(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_load_guard_maxoff(i, c[0].i32);
}
static void t_grow(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_grow(i, c[0].i32);
}
static void t_size(w2n_instance *i, w2n_value *c) { c[0].i32 = f_size(i); }
static void t_fill(w2n_instance *i, w2n_value *c) {
  f_fill(i, c[0].i32, c[1].i32, c[2].i32);
}
static void t_copy(w2n_instance *i, w2n_value *c) {
  f_copy(i, c[0].i32, c[1].i32, c[2].i32);
}
static void t_init1(w2n_instance *i, w2n_value *c) {
  f_init1(i, c[0].i32, c[1].i32, c[2].i32);
}
static void t_drop1(w2n_instance *i, w2n_value *c) {
  (void)c;
  f_drop1(i);
}
static void t_unreachable(w2n_instance *i, w2n_value *c) {
  (void)c;
  f_unreachable(i);
}
static void t_get_global(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_get_global(i);
}
static void t_crash(w2n_instance *i, w2n_value *c) {
  c[0].i32 = f_crash(i, c[0].i32);
}

static void basic_init(w2n_instance *inst) {
  GLOBAL(inst, 0)->i32 = 42;
  static const uint8_t seg0[] = "hello", seg1[] = "wasm!";
  w2n_data_segment(inst, 0, seg0, 5);
  w2n_memory_init(inst, 0, 16, 0, 5);
  w2n_data_drop(inst, 0);
  w2n_data_segment(inst, 1, seg1, 5);
}

static void basic_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_type(mb, "ii", "i"); /* 0 */
  w2n_mb_type(mb, "i", "i");  /* 1 */
  w2n_mb_type(mb, "", "i");   /* 2 */
  w2n_mb_type(mb, "iii", ""); /* 3 */
  w2n_mb_type(mb, "", "");    /* 4 */
  w2n_mb_func(mb, 0, (void *)f_div_s, t_div_s);                         /* 0 */
  w2n_mb_func(mb, 1, (void *)f_load_explicit, t_load_explicit);         /* 1 */
  w2n_mb_func(mb, 1, (void *)f_load_guard, t_load_guard);               /* 2 */
  w2n_mb_func(mb, 1, (void *)f_load_guard_maxoff, t_load_guard_maxoff); /* 3 */
  w2n_mb_func(mb, 1, (void *)f_grow, t_grow);                           /* 4 */
  w2n_mb_func(mb, 2, (void *)f_size, t_size);                           /* 5 */
  w2n_mb_func(mb, 3, (void *)f_fill, t_fill);                           /* 6 */
  w2n_mb_func(mb, 3, (void *)f_copy, t_copy);                           /* 7 */
  w2n_mb_func(mb, 3, (void *)f_init1, t_init1);                         /* 8 */
  w2n_mb_func(mb, 4, (void *)f_drop1, t_drop1);                         /* 9 */
  w2n_mb_func(mb, 4, (void *)f_unreachable, t_unreachable);             /* 10 */
  w2n_mb_func(mb, 2, (void *)f_get_global, t_get_global);               /* 11 */
  w2n_mb_func(mb, 0, (void *)f_store_explicit, t_store_explicit);       /* 12 */
  w2n_mb_func(mb, 1, (void *)f_crash, t_crash);                         /* 13 */
  w2n_mb_memory(mb, 1, 4);
  w2n_mb_global(mb, 'i', 1);
  static const char *const names[] = {
      "div_s", "load_explicit", "load_guard", "load_guard_maxoff", "grow",
      "size",  "fill",          "copy",       "init1",             "drop1",
      "unreachable", "get_global", "store_explicit", "crash"};
  for (uint32_t i = 0; i < sizeof names / sizeof *names; ++i)
    w2n_mb_export(mb, names[i], W2N_EXTERN_FUNC, i);
  w2n_mb_export(mb, "mem", W2N_EXTERN_MEMORY, 0);
  w2n_mb_export(mb, "g", W2N_EXTERN_GLOBAL, 0);
  w2n_mb_segments(mb, 0, 2);
  w2n_mb_init(mb, basic_init);
}

static w2n_module *basic_module;

static w2n_instance *new_basic(void) {
  const char *err = NULL;
  w2n_trap_info trap;
  w2n_instance *inst = w2n_instantiate(basic_module, NULL, &err, &trap);
  if (!inst) {
    fprintf(stderr, "  instantiate failed: %s\n", err ? err : "?");
    test_failed = 1;
  }
  return inst;
}

/*===--- Tests -------------------------------------------------------------===*/

static void test_module_queries(void) {
  CHECK(basic_module != NULL);
  CHECK_EQ(w2n_module_num_imports(basic_module), 0);
  CHECK_EQ(w2n_module_num_exports(basic_module), 16);
  const char *name;
  uint32_t kind;
  w2n_module_export(basic_module, 0, &name, &kind);
  CHECK(strcmp(name, "div_s") == 0 && kind == W2N_EXTERN_FUNC);
  w2n_module_export(basic_module, 14, &name, &kind);
  CHECK(strcmp(name, "mem") == 0 && kind == W2N_EXTERN_MEMORY);
  w2n_instance *inst = new_basic();
  w2n_extern e;
  CHECK(!w2n_instance_export(inst, "nope", &e));
  CHECK(w2n_instance_export(inst, "mem", &e) && e.kind == W2N_EXTERN_MEMORY);
  CHECK(w2n_memory_size(e.u.memory) == 65536);
  CHECK(memcmp(w2n_memory_data(e.u.memory) + 16, "hello", 5) == 0);
  w2n_instance_free(inst);
}

static void bad_describe(w2n_module_builder *mb) {
  w2n_mb_type(mb, "ix", ""); /* bad letter */
}
static void bad_export_describe(w2n_module_builder *mb) {
  w2n_mb_export(mb, "f", W2N_EXTERN_FUNC, 0); /* no such function */
}

static void test_bad_modules(void) {
  CHECK(w2n_module_load(bad_describe) == NULL);
  CHECK(w2n_module_load(bad_export_describe) == NULL);
  CHECK(w2n_module_load(NULL) == NULL);
}

static void test_intern_types(void) {
  uint32_t a = w2n_intern_type("ii", "i");
  CHECK_EQ(a, w2n_intern_type("ii", "i"));
  CHECK(a != w2n_intern_type("i", "ii"));
  CHECK(a != w2n_intern_type("ii", ""));
  CHECK(w2n_intern_type("", "") == w2n_intern_type(NULL, NULL));
  /* Many distinct types (forces rehashing). */
  char p[16];
  uint32_t first = 0;
  for (int i = 0; i < 500; ++i) {
    snprintf(p, sizeof p, "%c%c%c%c", "ilfd"[i % 4], "ilfd"[(i / 4) % 4],
             "ilfd"[(i / 16) % 4], "ilfdvFE"[(i / 64) % 7]);
    uint32_t id = w2n_intern_type(p, "l");
    if (i == 0)
      first = id;
    CHECK_EQ(id, w2n_intern_type(p, "l"));
  }
  CHECK_EQ(first, w2n_intern_type("iiii", "l"));
  w2n_instance *inst = new_basic();
  const char *params, *results;
  w2n_func_type(export_func(inst, "div_s"), &params, &results);
  CHECK(strcmp(params, "ii") == 0 && strcmp(results, "i") == 0);
  CHECK_EQ(export_func(inst, "div_s")->type_id, a);
  w2n_instance_free(inst);
}

static void test_traps(void) {
  w2n_instance *inst = new_basic();
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "div_s", 2, 7, 2, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 3);
  CHECK_EQ(call_i32(inst, "div_s", 2, 7, 0, 0, &r), W2N_TRAP_INT_DIV_BY_ZERO);
  CHECK_EQ(call_i32(inst, "div_s", 2, INT32_MIN, -1, 0, &r),
           W2N_TRAP_INT_OVERFLOW);
  CHECK_EQ(call_i32(inst, "unreachable", 0, 0, 0, 0, NULL),
           W2N_TRAP_UNREACHABLE);
  CHECK_EQ(call_i32(inst, "div_s", 2, -9, 3, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -3);
  CHECK(strcmp(w2n_trap_message(W2N_TRAP_INT_DIV_BY_ZERO),
               "integer divide by zero") == 0);
  CHECK(strcmp(w2n_trap_message(W2N_TRAP_STACK_EXHAUSTED),
               "call stack exhausted") == 0);
  CHECK(strcmp(w2n_trap_message(W2N_TRAP_INDIRECT_CALL_MISMATCH),
               "indirect call type mismatch") == 0);
  CHECK(strcmp(w2n_trap_message(W2N_TRAP_INVALID_CONVERSION),
               "invalid conversion to integer") == 0);
  CHECK(strcmp(w2n_trap_message(W2N_TRAP_MEMORY_OOB),
               "out of bounds memory access") == 0);
  w2n_instance_free(inst);
}

static void test_globals(void) {
  w2n_instance *inst = new_basic();
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "get_global", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 42);
  w2n_extern e;
  CHECK(w2n_instance_export(inst, "g", &e) && e.kind == W2N_EXTERN_GLOBAL);
  CHECK(e.u.global.valtype == 'i' && e.u.global.is_mutable == 1);
  CHECK_EQ(e.u.global.cell->i32, 42);
  e.u.global.cell->i32 = 7;
  CHECK_EQ(call_i32(inst, "get_global", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 7);
  w2n_instance_free(inst);
}

static void test_memory_explicit(void) {
  w2n_instance *inst = new_basic();
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "load_explicit", 1, 16, 0, 0, &r), W2N_TRAP_NONE);
  CHECK(memcmp(&r, "hell", 4) == 0);
  CHECK_EQ(call_i32(inst, "load_explicit", 1, 65532, 0, 0, &r),
           W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_explicit", 1, 65533, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "load_explicit", 1, -1, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "store_explicit", 2, 65533, 1, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "size", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 1);
  CHECK_EQ(call_i32(inst, "grow", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 1);
  CHECK_EQ(call_i32(inst, "size", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 2);
  CHECK_EQ(call_i32(inst, "load_explicit", 1, 65533, 0, 0, &r),
           W2N_TRAP_NONE);
  CHECK_EQ(r, 0); /* new pages are zero */
  CHECK_EQ(call_i32(inst, "store_explicit", 2, 131068, 99, 0, &r),
           W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_explicit", 1, 131068, 0, 0, &r),
           W2N_TRAP_NONE);
  CHECK_EQ(r, 99);
  CHECK_EQ(call_i32(inst, "grow", 1, 3, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1); /* max 4 */
  CHECK_EQ(call_i32(inst, "grow", 1, 2, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 2);
  CHECK_EQ(call_i32(inst, "grow", 1, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 4);
  CHECK_EQ(call_i32(inst, "grow", 1, -1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1);
  CHECK_EQ(call_i32(inst, "size", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 4);
  w2n_instance_free(inst);
}

static void unbounded_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 1);
  w2n_mb_type(mb, "i", "i");
  w2n_mb_func(mb, 0, (void *)f_grow, t_grow);
  w2n_mb_func(mb, 0, (void *)f_load_guard, t_load_guard);
  w2n_mb_memory(mb, 0, W2N_NO_MAX);
  w2n_mb_export(mb, "grow", W2N_EXTERN_FUNC, 0);
  w2n_mb_export(mb, "load_guard", W2N_EXTERN_FUNC, 1);
}

static void test_memory_max(void) {
  w2n_module *m = w2n_module_load(unbounded_describe);
  CHECK(m != NULL);
  w2n_instance *inst = w2n_instantiate(m, NULL, NULL, NULL);
  CHECK(inst != NULL);
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "load_guard", 1, 0, 0, 0, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "grow", 1, 65537, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1);
  /* A memory stops one page short of 4 GiB (the compiler relies on it,
   * see docs/runtime-abi.md): growing to 65536 pages fails. */
  CHECK_EQ(call_i32(inst, "grow", 1, 65536, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1);
  CHECK_EQ(call_i32(inst, "grow", 1, 65535, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 0);
  CHECK_EQ(call_i32(inst, "grow", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1);
  CHECK_EQ(call_i32(inst, "load_guard", 1, -65540, 0, 0, &r),
           W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_guard", 1, -65539, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "load_guard", 1, -4, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  w2n_instance_free(inst);
  w2n_module_free(m);
}

static void test_memory_guard(void) {
  w2n_instance *inst = new_basic();
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "load_guard", 1, 16, 0, 0, &r), W2N_TRAP_NONE);
  CHECK(memcmp(&r, "hell", 4) == 0);
  CHECK_EQ(call_i32(inst, "load_guard", 1, 65532, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_guard", 1, 65533, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "load_guard", 1, -1, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  /* The farthest access: 0xFFFFFFFF + 0xFFFFFFFF + 4 bytes. */
  CHECK_EQ(call_i32(inst, "load_guard_maxoff", 1, -1, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "load_guard_maxoff", 1, 0, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  /* Traps repeatedly (the signal is not left blocked). */
  for (int i = 0; i < 100; ++i)
    CHECK_EQ(call_i32(inst, "load_guard", 1, 70000 + i, 0, 0, &r),
             W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "grow", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_guard", 1, 65533, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "load_guard", 1, 131069, 0, 0, &r),
           W2N_TRAP_MEMORY_OOB);
  w2n_instance_free(inst);
}

static void test_bulk_memory(void) {
  w2n_instance *inst = new_basic();
  uint8_t *mem = MEM_BASE(inst);
  int32_t r;
  CHECK_EQ(call_i32(inst, "fill", 3, 100, 0xAB, 10, &r), W2N_TRAP_NONE);
  CHECK(mem[100] == 0xAB && mem[109] == 0xAB && mem[110] == 0);
  /* n = 0 exactly at the end is fine, beyond traps. */
  CHECK_EQ(call_i32(inst, "fill", 3, 65536, 1, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "fill", 3, 65537, 1, 0, &r), W2N_TRAP_MEMORY_OOB);
  /* Out of bounds: nothing is written. */
  CHECK_EQ(call_i32(inst, "fill", 3, 65530, 7, 7, &r), W2N_TRAP_MEMORY_OOB);
  CHECK(mem[65530] == 0 && mem[65535] == 0);
  CHECK_EQ(call_i32(inst, "fill", 3, 1, 7, -1, &r), W2N_TRAP_MEMORY_OOB);
  /* Overlapping copies. */
  CHECK_EQ(call_i32(inst, "copy", 3, 18, 16, 5, &r), W2N_TRAP_NONE);
  CHECK(memcmp(mem + 16, "hehello", 7) == 0);
  CHECK_EQ(call_i32(inst, "copy", 3, 16, 18, 5, &r), W2N_TRAP_NONE);
  CHECK(memcmp(mem + 16, "hellolo", 7) == 0);
  CHECK_EQ(call_i32(inst, "copy", 3, 65536, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "copy", 3, 0, 65536, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "copy", 3, 0, 65537, 0, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "copy", 3, 65535, 0, 2, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(mem[65535], 0);
  CHECK_EQ(call_i32(inst, "copy", 3, 0, 65535, 2, &r), W2N_TRAP_MEMORY_OOB);
  /* Passive segment 1 = "wasm!". */
  CHECK_EQ(call_i32(inst, "init1", 3, 200, 1, 4, &r), W2N_TRAP_NONE);
  CHECK(memcmp(mem + 200, "asm!", 4) == 0);
  CHECK_EQ(call_i32(inst, "init1", 3, 300, 5, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "init1", 3, 300, 6, 0, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "init1", 3, 300, 2, 4, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(mem[300], 0);
  CHECK_EQ(call_i32(inst, "init1", 3, 65534, 0, 3, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(mem[65534], 0);
  CHECK_EQ(call_i32(inst, "init1", 3, 65536, 0, 0, &r), W2N_TRAP_NONE);
  /* Dropped: length 0. */
  CHECK_EQ(call_i32(inst, "drop1", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "drop1", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "init1", 3, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst, "init1", 3, 0, 0, 1, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(inst, "init1", 3, 0, 1, 0, &r), W2N_TRAP_MEMORY_OOB);
  w2n_instance_free(inst);
}

static void test_host_memory(void) {
  w2n_memory *mem = w2n_memory_new(2, 3);
  CHECK(mem != NULL);
  CHECK_EQ(w2n_memory_size(mem), 2 * 65536);
  w2n_memory_data(mem)[131071] = 5;
  CHECK(w2n_memory_new(2, 1) == NULL);
  CHECK(w2n_memory_new(65537, W2N_NO_MAX) == NULL);
  CHECK(w2n_memory_new(0, 65537) == NULL);
  w2n_memory_free(mem);
  w2n_value init;
  memset(&init, 0, sizeof init);
  init.f64 = 1.5;
  w2n_value *g = w2n_global_new('d', init);
  CHECK(g && g->f64 == 1.5);
  w2n_global_free(g);
  CHECK(w2n_global_new('x', init) == NULL);
}

/* Many instances at once: each reserves its own 8 GiB of address space. */
static void test_many_instances(void) {
  enum { N = 200 };
  w2n_instance *insts[N];
  for (int i = 0; i < N; ++i) {
    insts[i] = w2n_instantiate(basic_module, NULL, NULL, NULL);
    CHECK(insts[i] != NULL);
  }
  int32_t r;
  for (int i = 0; i < N; i += 37) {
    CHECK_EQ(call_i32(insts[i], "load_guard", 1, 65533, 0, 0, &r),
             W2N_TRAP_MEMORY_OOB);
    CHECK_EQ(call_i32(insts[i], "load_guard", 1, 16, 0, 0, &r),
             W2N_TRAP_NONE);
  }
  for (int i = 0; i < N; ++i)
    w2n_instance_free(insts[i]);
}

/*===--- Real crashes must still crash -------------------------------------===*/

static void crash_in_call(void) {
  w2n_instance *inst = w2n_instantiate(basic_module, NULL, NULL, NULL);
  int32_t r;
  call_i32(inst, "crash", 1, 0, 0, 0, &r);
}

static void fault_outside_call(void) {
  w2n_instance *inst = w2n_instantiate(basic_module, NULL, NULL, NULL);
  /* Warm up the handler, then touch the guard region from host code. */
  int32_t r;
  call_i32(inst, "load_guard", 1, 70000, 0, 0, &r);
  volatile uint8_t *p = MEM_BASE(inst) + 65536;
  (void)*p;
}

static void trap_outside_call(void) {
  w2n_instance *inst = w2n_instantiate(basic_module, NULL, NULL, NULL);
  fclose(stderr); /* quiet */
  w2n_trap(inst, W2N_TRAP_UNREACHABLE);
}

static void test_real_crashes(void) {
  CHECK(crashed_on_fault(child_signal(crash_in_call)));
  CHECK(crashed_on_fault(child_signal(fault_outside_call)));
  CHECK_EQ(child_signal(trap_outside_call), SIGABRT);
}

int main(void) {
  basic_module = w2n_module_load(basic_describe);
  if (!basic_module) {
    puts("FAIL load_basic_module");
    return 1;
  }
  RUN(test_module_queries);
  RUN(test_bad_modules);
  RUN(test_intern_types);
  RUN(test_traps);
  RUN(test_globals);
  RUN(test_memory_explicit);
  RUN(test_memory_max);
  RUN(test_memory_guard);
  RUN(test_bulk_memory);
  RUN(test_host_memory);
  RUN(test_many_instances);
  RUN(test_real_crashes);
  w2n_module_free(basic_module);
  return 0;
}
