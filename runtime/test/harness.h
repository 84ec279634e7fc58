/*===- harness.h - Tiny test framework + helpers for hand-written modules -===*
 *
 * The tests exercise the runtime without the compiler: each test file writes
 * small "generated" modules by hand, exactly as the compiler would emit them
 * (a describe function calling w2n_mb_*, native bodies reading the instance
 * slots of abi.h, trampolines, an init function).
 *
 * Every test prints "PASS name" or "FAIL name"; run.sh counts them.
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_TEST_HARNESS_H
#define W2N_TEST_HARNESS_H

#define _GNU_SOURCE 1

#include "w2n/runtime.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int test_failed;

#define CHECK(cond)                                                           \
  do {                                                                        \
    if (!(cond)) {                                                            \
      fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__, __LINE__,      \
              #cond);                                                         \
      test_failed = 1;                                                        \
    }                                                                         \
  } while (0)

#define CHECK_EQ(a, b)                                                        \
  do {                                                                        \
    long long a_ = (long long)(a), b_ = (long long)(b);                       \
    if (a_ != b_) {                                                           \
      fprintf(stderr, "  %s:%d: check failed: %s == %s (%lld vs %lld)\n",     \
              __FILE__, __LINE__, #a, #b, a_, b_);                            \
      test_failed = 1;                                                        \
    }                                                                         \
  } while (0)

#define RUN(fn)                                                               \
  do {                                                                        \
    test_failed = 0;                                                          \
    fn();                                                                     \
    printf("%s %s\n", test_failed ? "FAIL" : "PASS", #fn);                    \
    fflush(stdout);                                                           \
  } while (0)

/*===--- What generated code does -----------------------------------------===*/

#define SLOT(inst, s) (((uint64_t *)(void *)(inst))[s])
#define MEM_BASE(inst) ((uint8_t *)(uintptr_t)SLOT(inst, W2N_SLOT_MEM_BASE))
#define MEM_SIZE(inst) SLOT(inst, W2N_SLOT_MEM_SIZE)
#define GLOBAL(inst, i)                                                       \
  (((w2n_value **)(uintptr_t)SLOT(inst, W2N_SLOT_GLOBALS))[i])
#define FUNC(inst, i) (((w2n_func **)(uintptr_t)SLOT(inst, W2N_SLOT_FUNCS))[i])

/* The prologue of a function compiled with stack checks. */
#define STACK_CHECK(inst)                                                     \
  do {                                                                        \
    if ((uintptr_t)__builtin_frame_address(0) <                               \
        SLOT(inst, W2N_SLOT_STACK_LIMIT))                                     \
      w2n_trap(inst, W2N_TRAP_STACK_EXHAUSTED);                               \
  } while (0)

/* An explicit-check access of `size` bytes at addr + offset. */
static inline uint8_t *explicit_addr(w2n_instance *inst, int32_t addr,
                                     uint32_t offset, uint32_t size) {
  uint64_t ea = (uint64_t)(uint32_t)addr + offset;
  if (ea + size > MEM_SIZE(inst))
    w2n_trap(inst, W2N_TRAP_MEMORY_OOB);
  return MEM_BASE(inst) + ea;
}

/* A guard-page access: no check at all. */
static inline uint8_t *guard_addr(w2n_instance *inst, int32_t addr,
                                  uint32_t offset) {
  return MEM_BASE(inst) + ((uint64_t)(uint32_t)addr + offset);
}

static inline int32_t load32(const uint8_t *p) {
  int32_t v;
  memcpy(&v, (const void *)p, 4);
  return v;
}

static inline void store32(uint8_t *p, int32_t v) {
  memcpy((void *)p, &v, 4);
}

/* Calls function object `f` of type (i32...) -> i32 as generated code
 * calls an import: code(f->inst, args). */
typedef int32_t (*fn_i_i)(w2n_instance *, int32_t);
typedef int32_t (*fn_ii_i)(w2n_instance *, int32_t, int32_t);
typedef int32_t (*fn_v_i)(w2n_instance *);

/*===--- Host-side helpers ------------------------------------------------===*/

static inline w2n_func *export_func(w2n_instance *inst, const char *name) {
  w2n_extern e;
  if (!w2n_instance_export(inst, name, &e) || e.kind != W2N_EXTERN_FUNC)
    return NULL;
  return e.u.func;
}

/* Calls export `name` with up to 3 i32 arguments; returns the trap kind and
 * stores the i32 result in *result. */
static inline uint32_t call_i32(w2n_instance *inst, const char *name,
                                int nargs, int32_t a, int32_t b, int32_t c,
                                int32_t *result) {
  w2n_func *f = export_func(inst, name);
  if (!f) {
    fprintf(stderr, "  no export %s\n", name);
    test_failed = 1;
    return 0xFFFFFFFFu;
  }
  w2n_value cells[4];
  memset(cells, 0, sizeof cells);
  cells[0].i32 = a;
  cells[1].i32 = b;
  cells[2].i32 = c;
  (void)nargs;
  uint32_t kind = w2n_call(f, cells);
  if (result)
    *result = cells[0].i32;
  return kind;
}

/* Runs fn in a child process; returns the terminating signal, 0 if it
 * exited with status 0, or -status if it exited with another status (a
 * sanitizer reporting the crash). */
static inline int child_signal(void (*fn)(void)) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    fn();
    _exit(0);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (WIFSIGNALED(status))
    return WTERMSIG(status);
  return -WEXITSTATUS(status);
}

/* A segmentation fault that killed the child, or that a sanitizer's own
 * SIGSEGV handler (to which the runtime chains) reported. */
static inline int crashed_on_fault(int sig) {
  return sig == SIGSEGV || sig == SIGBUS || sig < 0;
}

#endif /* W2N_TEST_HARNESS_H */
