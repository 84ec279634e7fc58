/*===- test_link.c - Imports across instances, import checks, init traps --===*/

#include "harness.h"

/*===--- Module A: exports a function, memory, global and table -----------===*/

static int32_t a_inc(w2n_instance *inst, int32_t x) {
  STACK_CHECK(inst);
  return x + 1;
}
static int32_t a_get(w2n_instance *inst, int32_t addr) {
  return load32(explicit_addr(inst, addr, 0, 4));
}
static int32_t a_size(w2n_instance *inst) {
  return (int32_t)(MEM_SIZE(inst) >> 16);
}
static int32_t a_grow(w2n_instance *inst, int32_t d) {
  return w2n_memory_grow(inst, d);
}
static int32_t a_call_ind(w2n_instance *inst, int32_t x, int32_t idx) {
  w2n_func *f = w2n_call_indirect_target(inst, 0, idx, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static void ta_inc(w2n_instance *i, w2n_value *c) { c[0].i32 = a_inc(i, c[0].i32); }
static void ta_get(w2n_instance *i, w2n_value *c) { c[0].i32 = a_get(i, c[0].i32); }
static void ta_size(w2n_instance *i, w2n_value *c) { c[0].i32 = a_size(i); }
static void ta_grow(w2n_instance *i, w2n_value *c) { c[0].i32 = a_grow(i, c[0].i32); }
static void ta_call_ind(w2n_instance *i, w2n_value *c) {
  c[0].i32 = a_call_ind(i, c[0].i32, c[1].i32);
}

static void a_init(w2n_instance *inst) {
  GLOBAL(inst, 0)->i32 = 5;
  void *items[1] = {FUNC(inst, 0)};
  w2n_elem_segment(inst, 0, items, 1);
  w2n_table_init(inst, 0, 0, 0, 0, 1);
  w2n_elem_drop(inst, 0);
}

static void a_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_type(mb, "i", "i");  /* 0 */
  w2n_mb_type(mb, "", "i");   /* 1 */
  w2n_mb_type(mb, "ii", "i"); /* 2 */
  w2n_mb_func(mb, 0, (void *)a_inc, ta_inc);
  w2n_mb_func(mb, 0, (void *)a_get, ta_get);
  w2n_mb_func(mb, 1, (void *)a_size, ta_size);
  w2n_mb_func(mb, 0, (void *)a_grow, ta_grow);
  w2n_mb_func(mb, 2, (void *)a_call_ind, ta_call_ind);
  w2n_mb_memory(mb, 1, 10);
  w2n_mb_table(mb, 'F', 4, 10);
  w2n_mb_global(mb, 'i', 1);
  w2n_mb_export(mb, "inc", W2N_EXTERN_FUNC, 0);
  w2n_mb_export(mb, "get", W2N_EXTERN_FUNC, 1);
  w2n_mb_export(mb, "size", W2N_EXTERN_FUNC, 2);
  w2n_mb_export(mb, "grow", W2N_EXTERN_FUNC, 3);
  w2n_mb_export(mb, "call_ind", W2N_EXTERN_FUNC, 4);
  w2n_mb_export(mb, "mem", W2N_EXTERN_MEMORY, 0);
  w2n_mb_export(mb, "tab", W2N_EXTERN_TABLE, 0);
  w2n_mb_export(mb, "g", W2N_EXTERN_GLOBAL, 0);
  w2n_mb_segments(mb, 1, 0);
  w2n_mb_init(mb, a_init);
}

/*===--- Module B: imports all of them and a host function -----------------===*/

/* Import declarations, varied by the import-check test. */
static struct {
  const char *inc_params;
  char g_type;
  uint32_t g_mut;
  uint64_t mem_min, mem_max;
  char tab_type;
  uint64_t tab_min, tab_max;
} bdecl;

static void bdecl_default(void) {
  bdecl.inc_params = "i";
  bdecl.g_type = 'i';
  bdecl.g_mut = 1;
  bdecl.mem_min = 1;
  bdecl.mem_max = W2N_NO_MAX;
  bdecl.tab_type = 'F';
  bdecl.tab_min = 1;
  bdecl.tab_max = W2N_NO_MAX;
}

/* funcs: 0 = imported inc, 1 = imported host "cb" (ii -> i), then: */
static int32_t b_call_inc(w2n_instance *inst, int32_t x) {
  STACK_CHECK(inst);
  w2n_func *f = FUNC(inst, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static int32_t b_load(w2n_instance *inst, int32_t addr) {
  return load32(explicit_addr(inst, addr, 0, 4));
}
static int32_t b_store(w2n_instance *inst, int32_t addr, int32_t v) {
  store32(explicit_addr(inst, addr, 0, 4), v);
  return 0;
}
static int32_t b_grow(w2n_instance *inst, int32_t d) {
  return w2n_memory_grow(inst, d);
}
static int32_t b_size(w2n_instance *inst) {
  return (int32_t)(MEM_SIZE(inst) >> 16);
}
static int32_t b_get_g(w2n_instance *inst) { return GLOBAL(inst, 0)->i32; }
static int32_t b_set_g(w2n_instance *inst, int32_t v) {
  GLOBAL(inst, 0)->i32 = v;
  return 0;
}
static int32_t b_call_ind(w2n_instance *inst, int32_t x, int32_t idx) {
  w2n_func *f = w2n_call_indirect_target(inst, 0, idx, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static int32_t b_call_cb(w2n_instance *inst, int32_t a, int32_t b) {
  w2n_func *f = FUNC(inst, 1);
  int32_t r = ((fn_ii_i)f->code)(f->inst, a, b);
  /* The host may have grown memory: generated code reloads the slots. */
  return r + (int32_t)(MEM_SIZE(inst) >> 16) * 1000;
}
static int32_t b_div(w2n_instance *inst, int32_t a, int32_t b) {
  if (b == 0)
    w2n_trap(inst, W2N_TRAP_INT_DIV_BY_ZERO);
  return a / b;
}
static void tb_call_inc(w2n_instance *i, w2n_value *c) { c[0].i32 = b_call_inc(i, c[0].i32); }
static void tb_load(w2n_instance *i, w2n_value *c) { c[0].i32 = b_load(i, c[0].i32); }
static void tb_store(w2n_instance *i, w2n_value *c) { c[0].i32 = b_store(i, c[0].i32, c[1].i32); }
static void tb_grow(w2n_instance *i, w2n_value *c) { c[0].i32 = b_grow(i, c[0].i32); }
static void tb_size(w2n_instance *i, w2n_value *c) { c[0].i32 = b_size(i); }
static void tb_get_g(w2n_instance *i, w2n_value *c) { c[0].i32 = b_get_g(i); }
static void tb_set_g(w2n_instance *i, w2n_value *c) { c[0].i32 = b_set_g(i, c[0].i32); }
static void tb_call_ind(w2n_instance *i, w2n_value *c) { c[0].i32 = b_call_ind(i, c[0].i32, c[1].i32); }
static void tb_call_cb(w2n_instance *i, w2n_value *c) { c[0].i32 = b_call_cb(i, c[0].i32, c[1].i32); }
static void tb_div(w2n_instance *i, w2n_value *c) { c[0].i32 = b_div(i, c[0].i32, c[1].i32); }

static void b_init(w2n_instance *inst) {
  /* Active element segment into the imported table at 1: B's call_inc. */
  void *items[1] = {FUNC(inst, 2)};
  w2n_elem_segment(inst, 0, items, 1);
  w2n_table_init(inst, 0, 0, 1, 0, 1);
  w2n_elem_drop(inst, 0);
}

static void b_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_type(mb, "i", "i");                    /* 0 */
  w2n_mb_type(mb, "ii", "i");                   /* 1 */
  w2n_mb_type(mb, "", "i");                     /* 2 */
  w2n_mb_type(mb, bdecl.inc_params, "i");       /* 3 */
  w2n_mb_import_func(mb, "A", "inc", 3);
  w2n_mb_import_func(mb, "host", "cb", 1);
  w2n_mb_import_memory(mb, "A", "mem", bdecl.mem_min, bdecl.mem_max);
  w2n_mb_import_global(mb, "A", "g", bdecl.g_type, bdecl.g_mut);
  w2n_mb_import_table(mb, "A", "tab", bdecl.tab_type, bdecl.tab_min,
                      bdecl.tab_max);
  w2n_mb_func(mb, 0, (void *)b_call_inc, tb_call_inc); /* 2 */
  w2n_mb_func(mb, 0, (void *)b_load, tb_load);         /* 3 */
  w2n_mb_func(mb, 1, (void *)b_store, tb_store);       /* 4 */
  w2n_mb_func(mb, 0, (void *)b_grow, tb_grow);         /* 5 */
  w2n_mb_func(mb, 2, (void *)b_size, tb_size);         /* 6 */
  w2n_mb_func(mb, 2, (void *)b_get_g, tb_get_g);       /* 7 */
  w2n_mb_func(mb, 0, (void *)b_set_g, tb_set_g);       /* 8 */
  w2n_mb_func(mb, 1, (void *)b_call_ind, tb_call_ind); /* 9 */
  w2n_mb_func(mb, 1, (void *)b_call_cb, tb_call_cb);   /* 10 */
  w2n_mb_func(mb, 1, (void *)b_div, tb_div);           /* 11 */
  static const char *const names[] = {"call_inc", "load",  "store", "grow",
                                      "size",     "get_g", "set_g", "call_ind",
                                      "call_cb",  "div"};
  for (uint32_t i = 0; i < 10; ++i)
    w2n_mb_export(mb, names[i], W2N_EXTERN_FUNC, i + 2);
  w2n_mb_export(mb, "inc_reexport", W2N_EXTERN_FUNC, 0);
  w2n_mb_export(mb, "g", W2N_EXTERN_GLOBAL, 0);
  w2n_mb_segments(mb, 1, 0);
  w2n_mb_init(mb, b_init);
}

/*===--- The host function "cb": calls back into B, nested -----------------===*/

static w2n_instance *cb_target; /* B */
static int cb_mode;

/* cb(a, b): mode 0: returns B.div(a, b) through a nested w2n_call, or -1000
 * if it trapped; mode 1: a nested call traps, then the host traps itself;
 * mode 2: grows memory through B (the caller must see the new size). */
static int32_t host_cb(w2n_instance *host_inst, int32_t a, int32_t b) {
  CHECK(host_inst == (w2n_instance *)&cb_mode);
  int32_t r = 0;
  switch (cb_mode) {
  case 0: {
    uint32_t kind = call_i32(cb_target, "div", 2, a, b, 0, &r);
    return kind == W2N_TRAP_NONE ? r
           : kind == W2N_TRAP_INT_DIV_BY_ZERO ? -1000 : -2000;
  }
  case 1:
    CHECK_EQ(call_i32(cb_target, "div", 2, a, 0, 0, &r),
             W2N_TRAP_INT_DIV_BY_ZERO);
    w2n_trap(host_inst, W2N_TRAP_UNREACHABLE);
  default:
    CHECK_EQ(call_i32(cb_target, "grow", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
    return r;
  }
}
static void thost_cb(w2n_instance *i, w2n_value *c) {
  c[0].i32 = host_cb(i, c[0].i32, c[1].i32);
}

/*===--- Tests -------------------------------------------------------------===*/

static w2n_module *mod_a, *mod_b;
static w2n_func *cb_func;

static w2n_instance *instantiate_b(w2n_instance *a, const char **err) {
  w2n_extern imp[5];
  memset(imp, 0, sizeof imp);
  CHECK(w2n_instance_export(a, "inc", &imp[0]));
  imp[1].kind = W2N_EXTERN_FUNC;
  imp[1].u.func = cb_func;
  CHECK(w2n_instance_export(a, "mem", &imp[2]));
  CHECK(w2n_instance_export(a, "g", &imp[3]));
  CHECK(w2n_instance_export(a, "tab", &imp[4]));
  w2n_trap_info trap;
  return w2n_instantiate(mod_b, imp, err, &trap);
}

static void test_link(void) {
  w2n_instance *a = w2n_instantiate(mod_a, NULL, NULL, NULL);
  const char *err = NULL;
  w2n_instance *b = instantiate_b(a, &err);
  CHECK(a && b);
  if (!a || !b)
    return;
  int32_t r;
  /* Function import. */
  CHECK_EQ(call_i32(b, "call_inc", 1, 5, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 6);
  CHECK(export_func(b, "inc_reexport") == export_func(a, "inc"));
  /* Memory import: both see writes and grows from either side. */
  CHECK_EQ(call_i32(b, "store", 2, 100, 77, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(a, "get", 1, 100, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 77);
  CHECK_EQ(call_i32(a, "get", 1, 70000, 0, 0, &r), W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(call_i32(b, "grow", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 1);
  CHECK_EQ(call_i32(a, "size", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 2);
  CHECK_EQ(MEM_SIZE(a), 131072);
  CHECK(MEM_BASE(a) == MEM_BASE(b));
  CHECK_EQ(call_i32(a, "get", 1, 70000, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(a, "grow", 1, 2, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 2);
  CHECK_EQ(call_i32(b, "size", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 4);
  CHECK_EQ(call_i32(b, "grow", 1, 7, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1); /* A's max is 10 */
  /* Global import: the cell is shared. */
  CHECK_EQ(call_i32(b, "get_g", 0, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 5);
  CHECK_EQ(call_i32(b, "set_g", 1, 9, 0, 0, &r), W2N_TRAP_NONE);
  w2n_extern g;
  CHECK(w2n_instance_export(a, "g", &g) && g.u.global.cell->i32 == 9);
  CHECK(w2n_instance_export(b, "g", &g) && g.u.global.cell->i32 == 9 &&
        g.u.global.valtype == 'i' && g.u.global.is_mutable);
  /* Table import: call_indirect across instances, both ways. */
  CHECK_EQ(call_i32(b, "call_ind", 2, 5, 0, 0, &r), W2N_TRAP_NONE); /* A.inc */
  CHECK_EQ(r, 6);
  CHECK_EQ(call_i32(b, "call_ind", 2, 5, 1, 0, &r), W2N_TRAP_NONE); /* B */
  CHECK_EQ(r, 6);
  CHECK_EQ(call_i32(a, "call_ind", 2, 10, 1, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 11);
  CHECK_EQ(call_i32(a, "call_ind", 2, 10, 2, 0, &r),
           W2N_TRAP_UNINITIALIZED_ELEMENT);
  w2n_instance_free(b);
  w2n_instance_free(a);
}

static void test_nested_calls(void) {
  w2n_instance *a = w2n_instantiate(mod_a, NULL, NULL, NULL);
  w2n_instance *b = instantiate_b(a, NULL);
  CHECK(a && b);
  if (!a || !b)
    return;
  cb_target = b;
  int32_t r;
  cb_mode = 0;
  CHECK_EQ(call_i32(b, "call_cb", 2, 12, 4, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 3 + 1000);
  /* The inner call traps; the outer one continues. */
  CHECK_EQ(call_i32(b, "call_cb", 2, 12, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, -1000 + 1000);
  /* The inner call traps, then the host traps the outer call. */
  cb_mode = 1;
  CHECK_EQ(call_i32(b, "call_cb", 2, 12, 0, 0, &r), W2N_TRAP_UNREACHABLE);
  /* A host function that grows memory under its caller. */
  cb_mode = 2;
  CHECK_EQ(call_i32(b, "call_cb", 2, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 1 + 2000);
  /* Everything still works after the unwinding. */
  cb_mode = 0;
  CHECK_EQ(call_i32(b, "call_cb", 2, 9, 3, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 3 + 2000);
  w2n_instance_free(b);
  w2n_instance_free(a);
}

/* Instantiates B with one declaration changed; returns the error. */
static const char *try_b(w2n_instance *a) {
  w2n_module *m = w2n_module_load(b_describe);
  CHECK(m != NULL);
  w2n_module *saved = mod_b;
  mod_b = m;
  const char *err = NULL;
  w2n_instance *b = instantiate_b(a, &err);
  mod_b = saved;
  if (b)
    w2n_instance_free(b);
  w2n_module_free(m);
  bdecl_default();
  return b ? NULL : err ? err : "(no error)";
}

static int incompatible(const char *err) {
  return err && strcmp(err, "incompatible import type") == 0;
}

static void test_import_checks(void) {
  w2n_instance *a = w2n_instantiate(mod_a, NULL, NULL, NULL);
  /* A: memory 1 page (max 10), table 4 (max 10), global mut i32. */
  CHECK(try_b(a) == NULL);
  bdecl.inc_params = "l";
  CHECK(incompatible(try_b(a)));
  bdecl.g_type = 'l';
  CHECK(incompatible(try_b(a)));
  bdecl.g_mut = 0;
  CHECK(incompatible(try_b(a)));
  bdecl.mem_min = 2; /* A has 1 page */
  CHECK(incompatible(try_b(a)));
  bdecl.mem_max = 10;
  CHECK(try_b(a) == NULL);
  bdecl.mem_max = 20; /* provided max 10 <= 20 */
  CHECK(try_b(a) == NULL);
  bdecl.mem_max = 9; /* provided max 10 > 9 */
  CHECK(incompatible(try_b(a)));
  bdecl.tab_type = 'E';
  CHECK(incompatible(try_b(a)));
  bdecl.tab_min = 4;
  CHECK(try_b(a) == NULL);
  bdecl.tab_min = 5;
  CHECK(incompatible(try_b(a)));
  bdecl.tab_max = 10;
  CHECK(try_b(a) == NULL);
  bdecl.tab_max = 9;
  CHECK(incompatible(try_b(a)));
  /* A memory without a maximum does not match a declared maximum. */
  w2n_memory *mem = w2n_memory_new(1, W2N_NO_MAX);
  w2n_extern imp[5];
  memset(imp, 0, sizeof imp);
  w2n_instance_export(a, "inc", &imp[0]);
  imp[1].kind = W2N_EXTERN_FUNC;
  imp[1].u.func = cb_func;
  imp[2].kind = W2N_EXTERN_MEMORY;
  imp[2].u.memory = mem;
  w2n_instance_export(a, "g", &imp[3]);
  w2n_instance_export(a, "tab", &imp[4]);
  const char *err = NULL;
  w2n_instance *b = w2n_instantiate(mod_b, imp, &err, NULL);
  CHECK(b != NULL); /* B declares no maximum */
  w2n_instance_free(b);
  bdecl.mem_max = 100;
  w2n_module *m = w2n_module_load(b_describe);
  bdecl_default();
  CHECK(w2n_instantiate(m, imp, &err, NULL) == NULL && incompatible(err));
  /* Wrong kind. */
  imp[2] = imp[3];
  CHECK(w2n_instantiate(mod_b, imp, &err, NULL) == NULL && incompatible(err));
  w2n_module_free(m);
  w2n_memory_free(mem);
  w2n_instance_free(a);
}

/*===--- Module C: init traps after writing to imported table and memory ---===*/

static int32_t c_peek(w2n_instance *inst, int32_t x) {
  /* Reads its (imported) memory, after its instantiation failed. */
  return x + load32(explicit_addr(inst, 0, 0, 4));
}
static void tc_peek(w2n_instance *i, w2n_value *c) { c[0].i32 = c_peek(i, c[0].i32); }

static void c_init(w2n_instance *inst) {
  void *items[1] = {FUNC(inst, 0)};
  w2n_elem_segment(inst, 0, items, 1);
  w2n_table_init(inst, 0, 0, 3, 0, 1);
  w2n_elem_drop(inst, 0);
  static const uint8_t d0[] = {100, 0, 0, 0}, d1[] = "x";
  w2n_data_segment(inst, 0, d0, 4);
  w2n_memory_init(inst, 0, 0, 0, 4);
  w2n_data_drop(inst, 0);
  w2n_data_segment(inst, 1, d1, 1);
  w2n_memory_init(inst, 1, (int32_t)MEM_SIZE(inst), 0, 1); /* traps */
  w2n_data_drop(inst, 1);
}

static void c_describe(w2n_module_builder *mb) {
  w2n_mb_type(mb, "i", "i");
  w2n_mb_import_memory(mb, "A", "mem", 1, W2N_NO_MAX);
  w2n_mb_import_table(mb, "A", "tab", 'F', 1, W2N_NO_MAX);
  w2n_mb_func(mb, 0, (void *)c_peek, tc_peek);
  w2n_mb_segments(mb, 1, 2);
  w2n_mb_init(mb, c_init);
}

static void test_init_trap(void) {
  w2n_instance *a = w2n_instantiate(mod_a, NULL, NULL, NULL);
  w2n_module *c = w2n_module_load(c_describe);
  CHECK(a && c);
  w2n_extern imp[2];
  CHECK(w2n_instance_export(a, "mem", &imp[0]));
  CHECK(w2n_instance_export(a, "tab", &imp[1]));
  const char *err = NULL;
  w2n_trap_info trap;
  CHECK(w2n_instantiate(c, imp, &err, &trap) == NULL);
  CHECK_EQ(trap.kind, W2N_TRAP_MEMORY_OOB);
  CHECK(trap.message && strcmp(trap.message, "out of bounds memory access") == 0);
  /* Effects before the trap persist; C's function stays callable. */
  int32_t r;
  CHECK_EQ(call_i32(a, "get", 1, 0, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 100);
  CHECK_EQ(call_i32(a, "call_ind", 2, 5, 3, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 105);
  w2n_module_free(c);
  w2n_instance_free(a);
}

/* Host-created memory and table, released right after instantiation. */
static void test_host_objects_refcount(void) {
  w2n_memory *mem = w2n_memory_new(1, 10);
  w2n_table *tab = w2n_table_new('F', 5, W2N_NO_MAX);
  w2n_module *c = w2n_module_load(c_describe);
  w2n_extern imp[2];
  imp[0].kind = W2N_EXTERN_MEMORY;
  imp[0].u.memory = mem;
  imp[1].kind = W2N_EXTERN_TABLE;
  imp[1].u.table = tab;
  w2n_trap_info trap;
  CHECK(w2n_instantiate(c, imp, NULL, &trap) == NULL); /* C's init traps */
  CHECK_EQ(trap.kind, W2N_TRAP_MEMORY_OOB);
  CHECK_EQ(w2n_memory_data(mem)[0], 100);
  /* The failed instance (kept alive) holds references: freeing the host's
   * references must not free the objects. */
  w2n_memory_free(mem);
  w2n_table_free(tab);
  w2n_module_free(c);
}

int main(void) {
  bdecl_default();
  mod_a = w2n_module_load(a_describe);
  mod_b = w2n_module_load(b_describe);
  cb_func = w2n_host_func("ii", "i", (void *)host_cb, thost_cb,
                          (w2n_instance *)&cb_mode);
  if (!mod_a || !mod_b || !cb_func) {
    puts("FAIL load_modules");
    return 1;
  }
  RUN(test_link);
  RUN(test_nested_calls);
  RUN(test_import_checks);
  RUN(test_init_trap);
  RUN(test_host_objects_refcount);
  w2n_func_free(cb_func);
  w2n_module_free(mod_a);
  w2n_module_free(mod_b);
  return 0;
}
