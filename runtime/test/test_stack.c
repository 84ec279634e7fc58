/*===- test_stack.c - Stack exhaustion: limit slot and guard-page backstop ===*/

#include "harness.h"

#include <pthread.h>

/* Checked recursion: the prologue compares the stack pointer against the
 * instance's stack limit slot, as code compiled with stack checks does. */
static int32_t rec_checked(w2n_instance *inst, int32_t n) {
  STACK_CHECK(inst);
  volatile char buf[64];
  buf[n & 63] = (char)n;
  if (n == 0)
    return 0;
  int32_t r = rec_checked(inst, n - 1);
  return r + 1 + (buf[n & 63] - (char)n);
}

/* Unchecked recursion: only the guard page below the stack stops it; the
 * fault handler (on the alternate signal stack) turns that into a trap. */
static int32_t rec_unchecked(w2n_instance *inst, int32_t n) {
  volatile char buf[256];
  buf[n & 255] = (char)n;
  if (n == 0)
    return 0;
  int32_t r = rec_unchecked(inst, n - 1);
  return r + 1 + (buf[n & 255] - (char)n);
}

/* Checked recursion through a host function each level: host frames
 * between Wasm frames (the margin covers them). */
static int32_t rec_via_host(w2n_instance *inst, int32_t n);
static w2n_func *host_rec;
static void t_rec_via_host(w2n_instance *i, w2n_value *c);
static int32_t host_rec_code(w2n_instance *inst, int32_t n) {
  return rec_via_host(inst, n);
}

static int32_t rec_via_host(w2n_instance *inst, int32_t n) {
  STACK_CHECK(inst);
  if (n == 0)
    return 0;
  w2n_func *f = FUNC(inst, 0); /* the imported host function */
  char big[2048];              /* a host-sized frame */
  memset(big, n & 0xff, sizeof big);
  return ((fn_i_i)f->code)((w2n_instance *)inst, n - 1) + 1 +
         (big[n % 2048] - (char)(n & 0xff));
}

static void t_rec_checked(w2n_instance *i, w2n_value *c) {
  c[0].i32 = rec_checked(i, c[0].i32);
}
static void t_rec_unchecked(w2n_instance *i, w2n_value *c) {
  c[0].i32 = rec_unchecked(i, c[0].i32);
}
static void t_rec_via_host(w2n_instance *i, w2n_value *c) {
  c[0].i32 = rec_via_host(i, c[0].i32);
}
static void t_host_rec(w2n_instance *i, w2n_value *c) {
  c[0].i32 = host_rec_code(i, c[0].i32);
}

static void stack_describe(w2n_module_builder *mb) {
  w2n_mb_type(mb, "i", "i");
  w2n_mb_import_func(mb, "host", "rec", 0);
  w2n_mb_func(mb, 0, (void *)rec_checked, t_rec_checked);
  w2n_mb_func(mb, 0, (void *)rec_unchecked, t_rec_unchecked);
  w2n_mb_func(mb, 0, (void *)rec_via_host, t_rec_via_host);
  w2n_mb_export(mb, "rec_checked", W2N_EXTERN_FUNC, 1);
  w2n_mb_export(mb, "rec_unchecked", W2N_EXTERN_FUNC, 2);
  w2n_mb_export(mb, "rec_via_host", W2N_EXTERN_FUNC, 3);
}

static w2n_module *stack_module;

static w2n_instance *new_stack_instance(void) {
  w2n_extern imp;
  imp.kind = W2N_EXTERN_FUNC;
  imp.u.func = host_rec;
  w2n_instance *inst = w2n_instantiate(stack_module, &imp, NULL, NULL);
  CHECK(inst != NULL);
  /* The host function's instance is the Wasm instance itself here. */
  host_rec->inst = inst;
  return inst;
}

static void exhaust(w2n_instance *inst, int unchecked_too) {
  int32_t r = 0;
  CHECK_EQ(call_i32(inst, "rec_checked", 1, 200, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 200);
  for (int i = 0; i < 3; ++i)
    CHECK_EQ(call_i32(inst, "rec_checked", 1, INT32_MAX, 0, 0, &r),
             W2N_TRAP_STACK_EXHAUSTED);
  CHECK_EQ(call_i32(inst, "rec_via_host", 1, 50, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 50);
  CHECK_EQ(call_i32(inst, "rec_via_host", 1, INT32_MAX, 0, 0, &r),
           W2N_TRAP_STACK_EXHAUSTED);
  if (unchecked_too)
    for (int i = 0; i < 3; ++i)
      CHECK_EQ(call_i32(inst, "rec_unchecked", 1, INT32_MAX, 0, 0, &r),
               W2N_TRAP_STACK_EXHAUSTED);
  CHECK_EQ(call_i32(inst, "rec_checked", 1, 200, 0, 0, &r), W2N_TRAP_NONE);
  CHECK_EQ(r, 200);
}

static void test_main_thread(void) {
  w2n_instance *inst = new_stack_instance();
  exhaust(inst, 1);
  w2n_instance_free(inst);
}

typedef struct {
  w2n_instance *inst; /* NULL: create one on the thread */
  int unchecked;
  int32_t depth; /* > 0: a checked recursion of this depth must succeed */
} thread_arg;

static void *thread_main(void *p) {
  thread_arg *a = p;
  w2n_instance *inst = a->inst ? a->inst : new_stack_instance();
  if (a->depth > 0) {
    int32_t r = 0;
    CHECK_EQ(call_i32(inst, "rec_checked", 1, a->depth, 0, 0, &r),
             W2N_TRAP_NONE);
    CHECK_EQ(r, a->depth);
  } else {
    exhaust(inst, a->unchecked);
  }
  if (!a->inst)
    w2n_instance_free(inst);
  return NULL;
}

static void run_thread(size_t stack_size, thread_arg *arg) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, stack_size);
  pthread_t t;
  CHECK(pthread_create(&t, &attr, thread_main, arg) == 0);
  pthread_join(t, NULL);
  pthread_attr_destroy(&attr);
}

static void test_small_thread_stacks(void) {
  thread_arg arg = {NULL, 1, 0};
  run_thread(256 * 1024, &arg);
  run_thread(1024 * 1024, &arg);
  run_thread(4 * 1024 * 1024, &arg);
}

static void test_big_thread_stack(void) {
  /* Deep but legal recursion on a 64 MiB stack: no spurious trap. */
  thread_arg arg = {NULL, 0, 200000};
  run_thread(64 * 1024 * 1024, &arg);
}

/* An instance made on the main thread, run on other threads: the stack
 * limit follows the calling thread. */
static void test_instance_moves_between_threads(void) {
  w2n_instance *inst = new_stack_instance();
  thread_arg deep = {inst, 0, 100000};
  run_thread(32 * 1024 * 1024, &deep);
  thread_arg small = {inst, 1, 0};
  run_thread(512 * 1024, &small);
  exhaust(inst, 0); /* back on the main thread */
  w2n_instance_free(inst);
}

int main(void) {
  host_rec = w2n_host_func("i", "i", (void *)host_rec_code, t_host_rec, NULL);
  stack_module = w2n_module_load(stack_describe);
  if (!stack_module || !host_rec) {
    puts("FAIL load_stack_module");
    return 1;
  }
  RUN(test_main_thread);
  RUN(test_small_thread_stacks);
  RUN(test_big_thread_stack);
  RUN(test_instance_moves_between_threads);
  w2n_module_free(stack_module);
  w2n_func_free(host_rec);
  return 0;
}
