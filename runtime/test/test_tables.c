/*===- test_tables.c - Tables, element segments, call_indirect -----------===*/

#include "harness.h"

/* Table 0: funcref, min 4, no max; table 1: funcref, min 2, max 5.
 * Elem 0: active at 0 of table 0 = [f0, f1, f2]; elem 1: passive =
 * [f1, f0, null]; elem 2: declarative [f2]. */

static void *func_or_null(w2n_instance *inst, int32_t fi) {
  return fi < 0 ? NULL : FUNC(inst, (uint32_t)fi);
}

static int32_t f_add1(w2n_instance *inst, int32_t x) {
  (void)inst;
  return x + 1;
}
static int32_t f_mul2(w2n_instance *inst, int32_t x) {
  (void)inst;
  return x * 2;
}
static int32_t f_const7(w2n_instance *inst) {
  (void)inst;
  return 7;
}
static int32_t f_call_ind(w2n_instance *inst, int32_t x, int32_t idx) {
  w2n_func *f = w2n_call_indirect_target(inst, 0, idx, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static int32_t f_call_ind_v(w2n_instance *inst, int32_t idx) {
  w2n_func *f = w2n_call_indirect_target(inst, 0, idx, 2);
  return ((fn_v_i)f->code)(f->inst);
}
static int32_t f_tsize(w2n_instance *inst) { return w2n_table_size(inst, 0); }
static int32_t f_tgrow(w2n_instance *inst, int32_t delta, int32_t fi) {
  return w2n_table_grow(inst, 0, func_or_null(inst, fi), delta);
}
/* Index of the function at table[idx] in this instance, -1 for null. */
static int32_t f_tget(w2n_instance *inst, int32_t idx) {
  void *r = w2n_table_get(inst, 0, idx);
  if (!r)
    return -1;
  for (int32_t i = 0; i < 16; ++i)
    if (FUNC(inst, (uint32_t)i) == r)
      return i;
  return -2;
}
static void f_tset(w2n_instance *inst, int32_t idx, int32_t fi) {
  w2n_table_set(inst, 0, idx, func_or_null(inst, fi));
}
static void f_tfill(w2n_instance *inst, int32_t dst, int32_t fi, int32_t n) {
  w2n_table_fill(inst, 0, dst, func_or_null(inst, fi), n);
}
static void f_tcopy(w2n_instance *inst, int32_t dst, int32_t src, int32_t n) {
  w2n_table_copy(inst, 0, 0, dst, src, n);
}
static void f_tinit(w2n_instance *inst, int32_t dst, int32_t src, int32_t n) {
  w2n_table_init(inst, 0, 1, dst, src, n);
}
static void f_edrop(w2n_instance *inst) { w2n_elem_drop(inst, 1); }
static void f_tcopy10(w2n_instance *inst, int32_t dst, int32_t src,
                      int32_t n) {
  w2n_table_copy(inst, 1, 0, dst, src, n);
}
static int32_t f_tgrow1(w2n_instance *inst, int32_t delta) {
  return w2n_table_grow(inst, 1, NULL, delta);
}
static int32_t f_tsize1(w2n_instance *inst) { return w2n_table_size(inst, 1); }
static void f_tinit0(w2n_instance *inst, int32_t dst, int32_t src,
                     int32_t n) {
  w2n_table_init(inst, 0, 0, dst, src, n);
}

static void f_tset_ref(w2n_instance *inst, int32_t idx, void *ref) {
  w2n_table_set(inst, 0, idx, ref);
}

static void t_i_i(w2n_instance *i, w2n_value *c, fn_i_i f) {
  c[0].i32 = f(i, c[0].i32);
}
static void t_ii_i(w2n_instance *i, w2n_value *c, fn_ii_i f) {
  c[0].i32 = f(i, c[0].i32, c[1].i32);
}
typedef void (*fn_iii)(w2n_instance *, int32_t, int32_t, int32_t);
static void t_iii(w2n_instance *i, w2n_value *c, fn_iii f) {
  f(i, c[0].i32, c[1].i32, c[2].i32);
}
static void t_add1(w2n_instance *i, w2n_value *c) { t_i_i(i, c, f_add1); }
static void t_mul2(w2n_instance *i, w2n_value *c) { t_i_i(i, c, f_mul2); }
static void t_const7(w2n_instance *i, w2n_value *c) { c[0].i32 = f_const7(i); }
static void t_call_ind(w2n_instance *i, w2n_value *c) {
  t_ii_i(i, c, f_call_ind);
}
static void t_call_ind_v(w2n_instance *i, w2n_value *c) {
  t_i_i(i, c, f_call_ind_v);
}
static void t_tsize(w2n_instance *i, w2n_value *c) { c[0].i32 = f_tsize(i); }
static void t_tgrow(w2n_instance *i, w2n_value *c) { t_ii_i(i, c, f_tgrow); }
static void t_tget(w2n_instance *i, w2n_value *c) { t_i_i(i, c, f_tget); }
static void t_tset(w2n_instance *i, w2n_value *c) {
  f_tset(i, c[0].i32, c[1].i32);
}
static void t_tfill(w2n_instance *i, w2n_value *c) { t_iii(i, c, f_tfill); }
static void t_tcopy(w2n_instance *i, w2n_value *c) { t_iii(i, c, f_tcopy); }
static void t_tinit(w2n_instance *i, w2n_value *c) { t_iii(i, c, f_tinit); }
static void t_edrop(w2n_instance *i, w2n_value *c) {
  (void)c;
  f_edrop(i);
}
static void t_tcopy10(w2n_instance *i, w2n_value *c) {
  t_iii(i, c, f_tcopy10);
}
static void t_tgrow1(w2n_instance *i, w2n_value *c) { t_i_i(i, c, f_tgrow1); }
static void t_tsize1(w2n_instance *i, w2n_value *c) { c[0].i32 = f_tsize1(i); }
static void t_tinit0(w2n_instance *i, w2n_value *c) { t_iii(i, c, f_tinit0); }
static void t_tset_ref(w2n_instance *i, w2n_value *c) {
  f_tset_ref(i, c[0].i32, c[1].ref);
}

static void tables_init(w2n_instance *inst) {
  void *items0[3] = {FUNC(inst, 0), FUNC(inst, 1), FUNC(inst, 2)};
  w2n_elem_segment(inst, 0, items0, 3);
  w2n_table_init(inst, 0, 0, 0, 0, 3);
  w2n_elem_drop(inst, 0);
  void *items1[3] = {FUNC(inst, 1), FUNC(inst, 0), NULL};
  w2n_elem_segment(inst, 1, items1, 3);
  void *items2[1] = {FUNC(inst, 2)};
  w2n_elem_segment(inst, 2, items2, 1);
  w2n_elem_drop(inst, 2);
}

static void tables_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 1);
  w2n_mb_type(mb, "i", "i");   /* 0 */
  w2n_mb_type(mb, "ii", "i");  /* 1 */
  w2n_mb_type(mb, "", "i");    /* 2 */
  w2n_mb_type(mb, "iii", "");  /* 3 */
  w2n_mb_type(mb, "ii", "");   /* 4 */
  w2n_mb_type(mb, "", "");     /* 5 */
  w2n_mb_type(mb, "iF", "");   /* 6 */
  w2n_mb_func(mb, 0, (void *)f_add1, t_add1);             /* 0 */
  w2n_mb_func(mb, 0, (void *)f_mul2, t_mul2);             /* 1 */
  w2n_mb_func(mb, 2, (void *)f_const7, t_const7);         /* 2 */
  w2n_mb_func(mb, 1, (void *)f_call_ind, t_call_ind);     /* 3 */
  w2n_mb_func(mb, 0, (void *)f_call_ind_v, t_call_ind_v); /* 4 */
  w2n_mb_func(mb, 2, (void *)f_tsize, t_tsize);           /* 5 */
  w2n_mb_func(mb, 1, (void *)f_tgrow, t_tgrow);           /* 6 */
  w2n_mb_func(mb, 0, (void *)f_tget, t_tget);             /* 7 */
  w2n_mb_func(mb, 4, (void *)f_tset, t_tset);             /* 8 */
  w2n_mb_func(mb, 3, (void *)f_tfill, t_tfill);           /* 9 */
  w2n_mb_func(mb, 3, (void *)f_tcopy, t_tcopy);           /* 10 */
  w2n_mb_func(mb, 3, (void *)f_tinit, t_tinit);           /* 11 */
  w2n_mb_func(mb, 5, (void *)f_edrop, t_edrop);           /* 12 */
  w2n_mb_func(mb, 3, (void *)f_tcopy10, t_tcopy10);       /* 13 */
  w2n_mb_func(mb, 0, (void *)f_tgrow1, t_tgrow1);         /* 14 */
  w2n_mb_func(mb, 2, (void *)f_tsize1, t_tsize1);         /* 15 */
  w2n_mb_func(mb, 3, (void *)f_tinit0, t_tinit0);         /* 16 */
  w2n_mb_func(mb, 6, (void *)f_tset_ref, t_tset_ref);     /* 17 */
  w2n_mb_table(mb, 'F', 4, W2N_NO_MAX);
  w2n_mb_table(mb, 'F', 2, 5);
  static const char *const names[] = {
      "add1",  "mul2",  "const7", "call_ind", "call_ind_v", "tsize",
      "tgrow", "tget",  "tset",   "tfill",    "tcopy",      "tinit",
      "edrop", "tcopy10", "tgrow1", "tsize1", "tinit0", "tset_ref"};
  for (uint32_t i = 0; i < sizeof names / sizeof *names; ++i)
    w2n_mb_export(mb, names[i], W2N_EXTERN_FUNC, i);
  w2n_mb_export(mb, "tab", W2N_EXTERN_TABLE, 0);
  w2n_mb_segments(mb, 3, 0);
  w2n_mb_init(mb, tables_init);
}

static w2n_module *tables_module;

static int32_t call(w2n_instance *inst, const char *name, int32_t a,
                    int32_t b, int32_t c, uint32_t expect_trap) {
  int32_t r = 0;
  uint32_t kind = call_i32(inst, name, 3, a, b, c, &r);
  if (kind != expect_trap) {
    fprintf(stderr, "  %s(%d, %d, %d): trap %u (%s), expected %u\n", name, a,
            b, c, kind, w2n_trap_message(kind), expect_trap);
    test_failed = 1;
  }
  return r;
}

static void test_call_indirect(void) {
  w2n_instance *inst = w2n_instantiate(tables_module, NULL, NULL, NULL);
  CHECK(inst != NULL);
  CHECK_EQ(call(inst, "call_ind", 5, 0, 0, 0), 6);
  CHECK_EQ(call(inst, "call_ind", 5, 1, 0, 0), 10);
  call(inst, "call_ind", 5, 2, 0, W2N_TRAP_INDIRECT_CALL_MISMATCH);
  call(inst, "call_ind", 5, 3, 0, W2N_TRAP_UNINITIALIZED_ELEMENT);
  call(inst, "call_ind", 5, 4, 0, W2N_TRAP_UNDEFINED_ELEMENT);
  call(inst, "call_ind", 5, -1, 0, W2N_TRAP_UNDEFINED_ELEMENT);
  CHECK_EQ(call(inst, "call_ind_v", 2, 0, 0, 0), 7);
  call(inst, "call_ind_v", 0, 0, 0, W2N_TRAP_INDIRECT_CALL_MISMATCH);
  /* A host function of the right type in the table is callable. */
  w2n_func *host = w2n_host_func("i", "i", (void *)f_mul2, t_mul2, NULL);
  w2n_extern tab;
  CHECK(w2n_instance_export(inst, "tab", &tab) && tab.kind == W2N_EXTERN_TABLE);
  call(inst, "tset", 3, -1, 0, 0);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), -1);
  w2n_value cells[2];
  memset(cells, 0, sizeof cells);
  cells[0].i32 = 3;
  cells[1].ref = host;
  CHECK_EQ(w2n_call(export_func(inst, "tset_ref"), cells), W2N_TRAP_NONE);
  CHECK_EQ(call(inst, "call_ind", 21, 3, 0, 0), 42);
  /* Host function of another type. */
  w2n_func *host2 = w2n_host_func("l", "i", (void *)f_mul2, t_mul2, NULL);
  cells[0].i32 = 3;
  cells[1].ref = host2;
  CHECK_EQ(w2n_call(export_func(inst, "tset_ref"), cells), W2N_TRAP_NONE);
  call(inst, "call_ind", 21, 3, 0, W2N_TRAP_INDIRECT_CALL_MISMATCH);
  w2n_func_free(host2);
  w2n_instance_free(inst);
  w2n_func_free(host);
}

static void test_table_get_set_grow(void) {
  w2n_instance *inst = w2n_instantiate(tables_module, NULL, NULL, NULL);
  CHECK_EQ(call(inst, "tget", 0, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), -1);
  call(inst, "tget", 4, 0, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tset", 4, 0, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tset", -1, 0, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tset", 3, 1, 0, 0);
  CHECK_EQ(call(inst, "call_ind", 4, 3, 0, 0), 8);
  CHECK_EQ(call(inst, "tsize", 0, 0, 0, 0), 4);
  CHECK_EQ(call(inst, "tgrow", 2, 0, 0, 0), 4); /* init = f0 */
  CHECK_EQ(call(inst, "tsize", 0, 0, 0, 0), 6);
  CHECK_EQ(call(inst, "tget", 5, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "call_ind", 1, 5, 0, 0), 2);
  CHECK_EQ(call(inst, "tgrow", 0, -1, 0, 0), 6);
  CHECK_EQ(call(inst, "tgrow", -1, -1, 0, 0), -1); /* 6 + 2^32-1 */
  CHECK_EQ(call(inst, "tgrow", -6, -1, 0, 0), -1); /* exactly 2^32 */
  CHECK_EQ(call(inst, "tsize", 0, 0, 0, 0), 6);
  /* Table 1: max 5. */
  CHECK_EQ(call(inst, "tsize1", 0, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tgrow1", 4, 0, 0, 0), -1);
  CHECK_EQ(call(inst, "tgrow1", 3, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tgrow1", 1, 0, 0, 0), -1);
  CHECK_EQ(call(inst, "tgrow1", 0, 0, 0, 0), 5);
  CHECK_EQ(call(inst, "tsize1", 0, 0, 0, 0), 5);
  w2n_instance_free(inst);
}

static void test_table_fill_copy(void) {
  w2n_instance *inst = w2n_instantiate(tables_module, NULL, NULL, NULL);
  call(inst, "tfill", 1, 2, 2, 0);
  CHECK_EQ(call(inst, "tget", 0, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 1, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), -1);
  call(inst, "tfill", 4, 1, 0, 0);                     /* n = 0 at the end */
  call(inst, "tfill", 5, 1, 0, W2N_TRAP_TABLE_OOB);     /* beyond */
  call(inst, "tfill", 3, 1, 2, W2N_TRAP_TABLE_OOB);     /* crosses the end */
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), -1);         /* nothing written */
  /* [f0, f2, f2, null] -> copy [0,3) to 1 (overlapping, backwards). */
  call(inst, "tcopy", 1, 0, 3, 0);
  CHECK_EQ(call(inst, "tget", 0, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 1, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), 2);
  call(inst, "tcopy", 0, 1, 3, 0); /* forwards */
  CHECK_EQ(call(inst, "tget", 0, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 1, 0, 0, 0), 2);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 2);
  call(inst, "tcopy", 4, 0, 0, 0);
  call(inst, "tcopy", 0, 4, 0, 0);
  call(inst, "tcopy", 5, 0, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tcopy", 0, 5, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tcopy", 3, 0, 2, W2N_TRAP_TABLE_OOB);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), 2);
  call(inst, "tcopy", 0, 3, 2, W2N_TRAP_TABLE_OOB);
  call(inst, "tcopy", -1, 0, 1, W2N_TRAP_TABLE_OOB);
  /* Across tables: table 1 (size 2) <- table 0. */
  call(inst, "tcopy10", 0, 0, 2, 0);
  call(inst, "tcopy10", 1, 0, 2, W2N_TRAP_TABLE_OOB);
  w2n_instance_free(inst);
}

static void test_elem_segments(void) {
  w2n_instance *inst = w2n_instantiate(tables_module, NULL, NULL, NULL);
  /* Passive segment 1 = [f1, f0, null]. */
  call(inst, "tinit", 1, 0, 3, 0);
  CHECK_EQ(call(inst, "tget", 0, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 1, 0, 0, 0), 1);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 0);
  CHECK_EQ(call(inst, "tget", 3, 0, 0, 0), -1);
  call(inst, "tinit", 0, 3, 0, 0);
  call(inst, "tinit", 0, 4, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tinit", 4, 0, 0, 0);
  call(inst, "tinit", 5, 0, 0, W2N_TRAP_TABLE_OOB);
  call(inst, "tinit", 2, 0, 3, W2N_TRAP_TABLE_OOB);
  CHECK_EQ(call(inst, "tget", 2, 0, 0, 0), 0); /* nothing written */
  call(inst, "tinit", 0, 1, 3, W2N_TRAP_TABLE_OOB);
  /* Active segment 0 was dropped by init: length 0. */
  call(inst, "tinit0", 0, 0, 0, 0);
  call(inst, "tinit0", 0, 0, 1, W2N_TRAP_TABLE_OOB);
  call(inst, "edrop", 0, 0, 0, 0);
  call(inst, "edrop", 0, 0, 0, 0);
  call(inst, "tinit", 0, 0, 0, 0);
  call(inst, "tinit", 0, 0, 1, W2N_TRAP_TABLE_OOB);
  w2n_instance_free(inst);
}

static void test_host_tables(void) {
  w2n_table *t = w2n_table_new('F', 3, 10);
  CHECK(t != NULL);
  CHECK(w2n_table_new('F', 3, 2) == NULL);
  CHECK(w2n_table_new('x', 3, 4) == NULL);
  w2n_table *e = w2n_table_new('E', 0, W2N_NO_MAX);
  CHECK(e != NULL);
  w2n_table_free(t);
  w2n_table_free(e);
}

int main(void) {
  tables_module = w2n_module_load(tables_describe);
  if (!tables_module) {
    puts("FAIL load_tables_module");
    return 1;
  }
  RUN(test_call_indirect);
  RUN(test_table_get_set_grow);
  RUN(test_table_fill_copy);
  RUN(test_elem_segments);
  RUN(test_host_tables);
  w2n_module_free(tables_module);
  return 0;
}
