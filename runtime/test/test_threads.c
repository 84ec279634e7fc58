/*===- test_threads.c - Instances on several threads at once -------------===*/

#include "harness.h"

#include <pthread.h>

/*===--- Module W: memory + global work, traps ----------------------------===*/

static int32_t w_store(w2n_instance *inst, int32_t addr, int32_t v) {
  store32(explicit_addr(inst, addr, 0, 4), v);
  return 0;
}
static int32_t w_load(w2n_instance *inst, int32_t addr) {
  return load32(guard_addr(inst, addr, 0));
}
static int32_t w_div(w2n_instance *inst, int32_t a, int32_t b) {
  if (b == 0)
    w2n_trap(inst, W2N_TRAP_INT_DIV_BY_ZERO);
  return a / b;
}
static int32_t w_grow(w2n_instance *inst, int32_t d) {
  return w2n_memory_grow(inst, d);
}
static int32_t w_add_g(w2n_instance *inst, int32_t d) {
  return GLOBAL(inst, 0)->i32 += d;
}
static void tw_store(w2n_instance *i, w2n_value *c) { c[0].i32 = w_store(i, c[0].i32, c[1].i32); }
static void tw_load(w2n_instance *i, w2n_value *c) { c[0].i32 = w_load(i, c[0].i32); }
static void tw_div(w2n_instance *i, w2n_value *c) { c[0].i32 = w_div(i, c[0].i32, c[1].i32); }
static void tw_grow(w2n_instance *i, w2n_value *c) { c[0].i32 = w_grow(i, c[0].i32); }
static void tw_add_g(w2n_instance *i, w2n_value *c) { c[0].i32 = w_add_g(i, c[0].i32); }

static void w_init(w2n_instance *inst) { GLOBAL(inst, 0)->i32 = 0; }

static void w_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 1);
  w2n_mb_type(mb, "ii", "i");
  w2n_mb_type(mb, "i", "i");
  w2n_mb_func(mb, 0, (void *)w_store, tw_store);
  w2n_mb_func(mb, 1, (void *)w_load, tw_load);
  w2n_mb_func(mb, 0, (void *)w_div, tw_div);
  w2n_mb_func(mb, 1, (void *)w_grow, tw_grow);
  w2n_mb_func(mb, 1, (void *)w_add_g, tw_add_g);
  w2n_mb_memory(mb, 1, 8);
  w2n_mb_global(mb, 'i', 1);
  w2n_mb_export(mb, "store", W2N_EXTERN_FUNC, 0);
  w2n_mb_export(mb, "load", W2N_EXTERN_FUNC, 1);
  w2n_mb_export(mb, "div", W2N_EXTERN_FUNC, 2);
  w2n_mb_export(mb, "grow", W2N_EXTERN_FUNC, 3);
  w2n_mb_export(mb, "add_g", W2N_EXTERN_FUNC, 4);
  w2n_mb_init(mb, w_init);
}

static w2n_module *mod_w;

enum { NTHREADS = 4, ITERS = 3000 };

static int thread_errors[NTHREADS];

#define TCHECK(id, cond)                                                      \
  do {                                                                        \
    if (!(cond))                                                              \
      thread_errors[id]++;                                                    \
  } while (0)

static void *worker(void *p) {
  int id = (int)(intptr_t)p;
  char params[8];
  for (int it = 0; it < ITERS; ++it) {
    /* A fresh instance now and then: concurrent reservations, frees. */
    w2n_instance *inst = w2n_instantiate(mod_w, NULL, NULL, NULL);
    TCHECK(id, inst != NULL);
    if (!inst)
      return NULL;
    int32_t r = 0;
    for (int k = 0; k < 10; ++k) {
      int32_t v = id * 1000000 + it * 10 + k;
      TCHECK(id, call_i32(inst, "store", 2, 4 * k, v, 0, &r) == 0);
      TCHECK(id, call_i32(inst, "store", 2, 65534, v, 0, &r) ==
                     W2N_TRAP_MEMORY_OOB);
      TCHECK(id, call_i32(inst, "load", 1, 4 * k, 0, 0, &r) == 0 && r == v);
      TCHECK(id, call_i32(inst, "load", 1, 65536 + k, 0, 0, &r) ==
                     W2N_TRAP_MEMORY_OOB);
      TCHECK(id, call_i32(inst, "div", 2, v, 0, 0, &r) ==
                     W2N_TRAP_INT_DIV_BY_ZERO);
      TCHECK(id, call_i32(inst, "div", 2, v, 2, 0, &r) == 0 && r == v / 2);
      TCHECK(id, call_i32(inst, "add_g", 1, 1, 0, 0, &r) == 0 && r == k + 1);
    }
    if (it % 100 == 0) {
      TCHECK(id, call_i32(inst, "grow", 1, 7, 0, 0, &r) == 0 && r == 1);
      TCHECK(id, call_i32(inst, "load", 1, 65536 * 8 - 4, 0, 0, &r) == 0);
      TCHECK(id, call_i32(inst, "grow", 1, 1, 0, 0, &r) == 0 && r == -1);
      /* Interning from several threads. */
      snprintf(params, sizeof params, "%c%c%c", "ilfd"[id], "ilfd"[it % 4],
               "ilfd"[(it / 4) % 4]);
      uint32_t t1 = w2n_intern_type(params, "E");
      TCHECK(id, t1 == w2n_intern_type(params, "E"));
    }
    w2n_instance_free(inst);
  }
  return NULL;
}

static void test_parallel_instances(void) {
  pthread_t t[NTHREADS];
  for (int i = 0; i < NTHREADS; ++i)
    CHECK(pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) == 0);
  for (int i = 0; i < NTHREADS; ++i)
    pthread_join(t[i], NULL);
  for (int i = 0; i < NTHREADS; ++i) {
    if (thread_errors[i])
      fprintf(stderr, "  thread %d: %d errors\n", i, thread_errors[i]);
    CHECK_EQ(thread_errors[i], 0);
  }
}

/*===--- Stack limits across instances and threads -------------------------===*/

/* A: inc with a stack check; B calls it directly (import) and through its
 * table (call_indirect). Both are created on the main thread, whose stack
 * lies above the worker threads' stacks: if A's limit slot still held the
 * main thread's limit, the worker's calls into A would trap spuriously. */

static int32_t a_inc(w2n_instance *inst, int32_t x) {
  STACK_CHECK(inst);
  return x + 1;
}
static void ta_inc(w2n_instance *i, w2n_value *c) { c[0].i32 = a_inc(i, c[0].i32); }

static void a_init(w2n_instance *inst) {
  void *items[1] = {FUNC(inst, 0)};
  w2n_elem_segment(inst, 0, items, 1);
  w2n_table_init(inst, 0, 0, 0, 0, 1);
  w2n_elem_drop(inst, 0);
}

static void a_describe(w2n_module_builder *mb) {
  w2n_mb_type(mb, "i", "i");
  w2n_mb_func(mb, 0, (void *)a_inc, ta_inc);
  w2n_mb_table(mb, 'F', 1, 1);
  w2n_mb_export(mb, "inc", W2N_EXTERN_FUNC, 0);
  w2n_mb_export(mb, "tab", W2N_EXTERN_TABLE, 0);
  w2n_mb_segments(mb, 1, 0);
  w2n_mb_init(mb, a_init);
}

static int32_t b_direct(w2n_instance *inst, int32_t x) {
  STACK_CHECK(inst);
  w2n_func *f = FUNC(inst, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static int32_t b_indirect(w2n_instance *inst, int32_t x) {
  STACK_CHECK(inst);
  w2n_func *f = w2n_call_indirect_target(inst, 0, 0, 0);
  return ((fn_i_i)f->code)(f->inst, x);
}
static void tb_direct(w2n_instance *i, w2n_value *c) { c[0].i32 = b_direct(i, c[0].i32); }
static void tb_indirect(w2n_instance *i, w2n_value *c) { c[0].i32 = b_indirect(i, c[0].i32); }

static void b_describe(w2n_module_builder *mb) {
  w2n_mb_type(mb, "i", "i");
  w2n_mb_import_func(mb, "A", "inc", 0);
  w2n_mb_import_table(mb, "A", "tab", 'F', 1, W2N_NO_MAX);
  w2n_mb_func(mb, 0, (void *)b_direct, tb_direct);
  w2n_mb_func(mb, 0, (void *)b_indirect, tb_indirect);
  w2n_mb_export(mb, "direct", W2N_EXTERN_FUNC, 1);
  w2n_mb_export(mb, "indirect", W2N_EXTERN_FUNC, 2);
}

static w2n_instance *inst_a, *inst_b;
static w2n_instance *inst_a2, *inst_b2; /* for the indirect test */

static void *cross_worker(void *p) {
  (void)p;
  int32_t r = 0;
  for (int i = 0; i < 100; ++i) {
    CHECK_EQ(call_i32(inst_b, "direct", 1, i, 0, 0, &r), W2N_TRAP_NONE);
    CHECK_EQ(r, i + 1);
  }
  for (int i = 0; i < 100; ++i) {
    CHECK_EQ(call_i32(inst_b2, "indirect", 1, i, 0, 0, &r), W2N_TRAP_NONE);
    CHECK_EQ(r, i + 1);
  }
  return NULL;
}

static w2n_instance *make_b(w2n_module *mod_b, w2n_instance *a) {
  w2n_extern imp[2];
  CHECK(w2n_instance_export(a, "inc", &imp[0]));
  CHECK(w2n_instance_export(a, "tab", &imp[1]));
  const char *err = NULL;
  w2n_instance *b = w2n_instantiate(mod_b, imp, &err, NULL);
  if (!b)
    fprintf(stderr, "  instantiate B: %s\n", err ? err : "?");
  CHECK(b != NULL);
  return b;
}

static void test_stack_limit_follows_calls(void) {
  w2n_module *mod_a = w2n_module_load(a_describe);
  w2n_module *mod_b = w2n_module_load(b_describe);
  CHECK(mod_a && mod_b);
  inst_a = w2n_instantiate(mod_a, NULL, NULL, NULL);
  inst_b = make_b(mod_b, inst_a);
  inst_a2 = w2n_instantiate(mod_a, NULL, NULL, NULL);
  inst_b2 = make_b(mod_b, inst_a2);
  int32_t r;
  /* Enter A (and A2) on the main thread last: their slots hold its limit. */
  CHECK_EQ(call_i32(inst_a, "inc", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst_a2, "inc", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  int here;
  if ((uintptr_t)&here < (uintptr_t)0x100000000000u)
    fprintf(stderr, "  note: main stack is low; test may be vacuous\n");
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 1024 * 1024);
  pthread_t t;
  CHECK(pthread_create(&t, &attr, cross_worker, NULL) == 0);
  pthread_join(t, NULL);
  pthread_attr_destroy(&attr);
  /* And back on the main thread. */
  CHECK_EQ(call_i32(inst_b, "direct", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(call_i32(inst_b2, "indirect", 1, 1, 0, 0, &r), W2N_TRAP_NONE);
  w2n_instance_free(inst_b);
  w2n_instance_free(inst_b2);
  w2n_instance_free(inst_a);
  w2n_instance_free(inst_a2);
  w2n_module_free(mod_a);
  w2n_module_free(mod_b);
}

int main(void) {
  mod_w = w2n_module_load(w_describe);
  if (!mod_w) {
    puts("FAIL load_module");
    return 1;
  }
  RUN(test_parallel_instances);
  RUN(test_stack_limit_follows_calls);
  w2n_module_free(mod_w);
  return 0;
}
