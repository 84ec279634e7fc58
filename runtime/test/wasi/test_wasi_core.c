/*===- test_wasi_core.c - Context, linking, args/env, clocks, random, proc -===*/

#include "wasi_test.h"

#include <signal.h>

/*===--- The function table ---------------------------------------------------===*/

static const struct {
  const char *name, *params, *results;
} expected_funcs[] = {
    {"args_get", "ii", "i"},
    {"args_sizes_get", "ii", "i"},
    {"clock_res_get", "ii", "i"},
    {"clock_time_get", "ili", "i"},
    {"environ_get", "ii", "i"},
    {"environ_sizes_get", "ii", "i"},
    {"fd_advise", "illi", "i"},
    {"fd_allocate", "ill", "i"},
    {"fd_close", "i", "i"},
    {"fd_datasync", "i", "i"},
    {"fd_fdstat_get", "ii", "i"},
    {"fd_fdstat_set_flags", "ii", "i"},
    {"fd_fdstat_set_rights", "ill", "i"},
    {"fd_filestat_get", "ii", "i"},
    {"fd_filestat_set_size", "il", "i"},
    {"fd_filestat_set_times", "illi", "i"},
    {"fd_pread", "iiili", "i"},
    {"fd_prestat_dir_name", "iii", "i"},
    {"fd_prestat_get", "ii", "i"},
    {"fd_pwrite", "iiili", "i"},
    {"fd_read", "iiii", "i"},
    {"fd_readdir", "iiili", "i"},
    {"fd_renumber", "ii", "i"},
    {"fd_seek", "ilii", "i"},
    {"fd_sync", "i", "i"},
    {"fd_tell", "ii", "i"},
    {"fd_write", "iiii", "i"},
    {"path_create_directory", "iii", "i"},
    {"path_filestat_get", "iiiii", "i"},
    {"path_filestat_set_times", "iiiilli", "i"},
    {"path_link", "iiiiiii", "i"},
    {"path_open", "iiiiillii", "i"},
    {"path_readlink", "iiiiii", "i"},
    {"path_remove_directory", "iii", "i"},
    {"path_rename", "iiiiii", "i"},
    {"path_symlink", "iiiii", "i"},
    {"path_unlink_file", "iii", "i"},
    {"poll_oneoff", "iiii", "i"},
    {"proc_exit", "i", ""},
    {"proc_raise", "i", "i"},
    {"random_get", "ii", "i"},
    {"sched_yield", "", "i"},
    {"sock_accept", "iii", "i"},
    {"sock_recv", "iiiiii", "i"},
    {"sock_send", "iiiii", "i"},
    {"sock_shutdown", "ii", "i"},
};
#define NUM_EXPECTED (sizeof expected_funcs / sizeof expected_funcs[0])

static void func_table(void) {
  CHECK_EQ(w2n_wasi_num_funcs(), NUM_EXPECTED);
  for (size_t i = 0; i < NUM_EXPECTED; ++i) {
    w2n_func *f = w2n_wasi_func(T.ctx, expected_funcs[i].name);
    CHECK(f != NULL);
    if (!f)
      continue;
    CHECK(f->code != NULL);
    CHECK(f->trampoline != NULL);
    CHECK(f->inst == (w2n_instance *)(void *)T.ctx);
    const char *p = NULL, *r = NULL;
    w2n_func_type(f, &p, &r);
    CHECK_STR(p, expected_funcs[i].params);
    CHECK_STR(r, expected_funcs[i].results);
    CHECK_EQ(f->type_id, w2n_intern_type(expected_funcs[i].params,
                                         expected_funcs[i].results));
    CHECK_STR(w2n_wasi_func_name((uint32_t)i), expected_funcs[i].name);
  }
  CHECK(w2n_wasi_func(T.ctx, "fd_frobnicate") == NULL);
  CHECK(w2n_wasi_func(T.ctx, "") == NULL);
  CHECK(w2n_wasi_func_name(NUM_EXPECTED) == NULL);
}

/*===--- A hand-written WASI command module -----------------------------------===*/

#define SLOT(inst, s) (((uint64_t *)(void *)(inst))[s])
#define MEM_BASE(inst) ((uint8_t *)(uintptr_t)SLOT(inst, W2N_SLOT_MEM_BASE))
#define FUNC(inst, i)                                                         \
  (((w2n_func **)(uintptr_t)SLOT(inst, W2N_SLOT_FUNCS))[i])

static int32_t cmd_out_fd;   /* guest fd _start writes to */
static int32_t cmd_exit = 7; /* what it passes to proc_exit; <0: returns */

/* _start: fd_write(cmd_out_fd, "hi"), then proc_exit(cmd_exit). */
static void cmd_start(w2n_instance *inst) {
  w2n_func *fw = FUNC(inst, 0), *pe = FUNC(inst, 1);
  uint8_t *mem = MEM_BASE(inst);
  memcpy(mem + 100, "hi", 2);
  st32(mem + 200, 100);
  st32(mem + 204, 2);
  int32_t r = ((i32(*)(w2n_instance *, i32, i32, i32, i32))fw->code)(
      fw->inst, cmd_out_fd, 200, 1, 300);
  st32(mem + 304, (uint32_t)r);
  if (cmd_exit < 0)
    return;
  ((void (*)(w2n_instance *, i32))pe->code)(pe->inst, cmd_exit);
  w2n_trap(inst, W2N_TRAP_UNREACHABLE); /* not reached */
}
static void t_cmd_start(w2n_instance *inst, w2n_value *c) {
  (void)c;
  cmd_start(inst);
}

static const char *cmd_fd_write_params = "iiii";

static void cmd_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_type(mb, cmd_fd_write_params, "i"); /* 0 */
  w2n_mb_type(mb, "i", "");                   /* 1 */
  w2n_mb_type(mb, "", "");                    /* 2 */
  w2n_mb_import_func(mb, W2N_WASI_MODULE, "fd_write", 0);
  w2n_mb_import_func(mb, W2N_WASI_MODULE, "proc_exit", 1);
  w2n_mb_import_func(mb, "env", "other", 2);
  w2n_mb_func(mb, 2, (void *)cmd_start, t_cmd_start);
  w2n_mb_memory(mb, 1, 2);
  w2n_mb_export(mb, "_start", W2N_EXTERN_FUNC, 3);
  w2n_mb_export(mb, "memory", W2N_EXTERN_MEMORY, 0);
  w2n_mb_segments(mb, 0, 0);
  w2n_mb_init(mb, NULL);
}

static void host_other(w2n_instance *inst) { (void)inst; }
static void t_host_other(w2n_instance *inst, w2n_value *c) {
  (void)c;
  host_other(inst);
}

static void link_and_run(void) {
  int p[2];
  CHECK(pipe(p) == 0);
  cmd_out_fd = w2n_wasi_insert_fd(T.ctx, p[1]);
  close(p[1]);
  CHECK(cmd_out_fd >= 0);
  cmd_exit = 7;

  w2n_module *m = w2n_module_load(cmd_describe);
  CHECK(m != NULL);
  w2n_func *other = w2n_host_func("", "", (void *)host_other, t_host_other,
                                  NULL);
  w2n_extern imports[3];
  memset(imports, 0, sizeof imports);
  imports[2].kind = W2N_EXTERN_FUNC;
  imports[2].u.func = other;
  const char *err = w2n_wasi_link(T.ctx, m, imports);
  CHECK(err == NULL);
  CHECK(imports[0].kind == W2N_EXTERN_FUNC);
  CHECK(imports[0].u.func == w2n_wasi_func(T.ctx, "fd_write"));
  CHECK(imports[1].u.func == w2n_wasi_func(T.ctx, "proc_exit"));
  CHECK(imports[2].u.func == other); /* not WASI: untouched */

  const char *error = NULL;
  w2n_trap_info trap;
  w2n_instance *inst = w2n_instantiate(m, imports, &error, &trap);
  CHECK(inst != NULL);
  if (inst) {
    CHECK_EQ(w2n_wasi_bind_instance(T.ctx, inst), 1);
    uint32_t code = 12345;
    CHECK_EQ(w2n_wasi_exited(T.ctx, NULL), 0);
    CHECK_EQ(w2n_wasi_start(T.ctx, inst, &code), W2N_TRAP_NONE);
    CHECK_EQ(code, 7);
    uint32_t c2 = 0;
    CHECK_EQ(w2n_wasi_exited(T.ctx, &c2), 1);
    CHECK_EQ(c2, 7);
    char buf[16] = {0};
    CHECK_EQ(read(p[0], buf, sizeof buf - 1), 2);
    CHECK_STR(buf, "hi");
    /* fd_write's errno was stored by the module at 304. */
    w2n_extern e;
    CHECK(w2n_instance_export(inst, "memory", &e));
    CHECK_EQ(ld32(w2n_memory_data(e.u.memory) + 304), 0);
    CHECK_EQ(ld32(w2n_memory_data(e.u.memory) + 300), 2);

    /* A _start that returns: exit code 0. */
    cmd_exit = -1;
    code = 99;
    CHECK_EQ(w2n_wasi_start(T.ctx, inst, &code), W2N_TRAP_NONE);
    CHECK_EQ(code, 0);
    CHECK_EQ(w2n_wasi_exited(T.ctx, NULL), 0);
    w2n_instance_free(inst);
  }
  w2n_wasi_set_memory(T.ctx, T.mem);
  w2n_module_free(m);
  w2n_func_free(other);
  close(p[0]);
}

static void mod_unknown_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_type(mb, "ii", "i");
  w2n_mb_import_func(mb, W2N_WASI_MODULE, "args_get", 0);
  w2n_mb_import_func(mb, W2N_WASI_MODULE, "fd_frobnicate", 0);
  w2n_mb_import_memory(mb, W2N_WASI_MODULE, "memory", 1, W2N_NO_MAX);
  w2n_mb_import_func(mb, "wasi_unstable", "fd_write", 0);
  w2n_mb_segments(mb, 0, 0);
  w2n_mb_init(mb, NULL);
}

static void link_unknown(void) {
  w2n_module *m = w2n_module_load(mod_unknown_describe);
  CHECK(m != NULL);
  w2n_extern imports[4];
  memset(imports, 0, sizeof imports);
  const char *err = w2n_wasi_link(T.ctx, m, imports);
  CHECK(err != NULL);
  if (err) {
    CHECK(strstr(err, "wasi_snapshot_preview1.fd_frobnicate") != NULL);
    CHECK(strstr(err, "unknown WASI function") != NULL);
    CHECK(strstr(err, "wasi_snapshot_preview1.memory (not a function)") !=
          NULL);
    CHECK(strstr(err, "args_get") == NULL);
    CHECK(strstr(err, "wasi_unstable") == NULL); /* another module */
  }
  /* The known one was still filled in. */
  CHECK(imports[0].u.func == w2n_wasi_func(T.ctx, "args_get"));
  w2n_module_free(m);
}

static void link_type_mismatch(void) {
  cmd_fd_write_params = "iii";
  w2n_module *m = w2n_module_load(cmd_describe);
  cmd_fd_write_params = "iiii";
  CHECK(m != NULL);
  w2n_func *other = w2n_host_func("", "", (void *)host_other, t_host_other,
                                  NULL);
  w2n_extern imports[3];
  memset(imports, 0, sizeof imports);
  imports[2].kind = W2N_EXTERN_FUNC;
  imports[2].u.func = other;
  CHECK(w2n_wasi_link(T.ctx, m, imports) == NULL);
  const char *error = NULL;
  w2n_trap_info trap;
  w2n_instance *inst = w2n_instantiate(m, imports, &error, &trap);
  CHECK(inst == NULL);
  CHECK_STR(error, "incompatible import type");
  w2n_module_free(m);
  w2n_func_free(other);
}

static void no_start_describe(w2n_module_builder *mb) {
  w2n_mb_bounds_checks(mb, 0);
  w2n_mb_memory(mb, 1, 1);
  w2n_mb_segments(mb, 0, 0);
  w2n_mb_init(mb, NULL);
}

static void start_missing(void) {
  w2n_module *m = w2n_module_load(no_start_describe);
  const char *error = NULL;
  w2n_instance *inst = w2n_instantiate(m, NULL, &error, NULL);
  CHECK(inst != NULL);
  uint32_t code = 5;
  CHECK_EQ(w2n_wasi_start(T.ctx, inst, &code), W2N_WASI_NO_START);
  CHECK_EQ(code, 5);
  CHECK_EQ(w2n_wasi_bind_instance(T.ctx, inst), 0); /* no "memory" export */
  w2n_instance_free(inst);
  w2n_module_free(m);
}

/*===--- Configuration --------------------------------------------------------===*/

static void config_errors(void) {
  char err[256];
  w2n_wasi_config cfg;

  w2n_wasi_config_init(&cfg);
  CHECK_EQ(cfg.stdin_fd, 0);
  CHECK_EQ(cfg.stdout_fd, 1);
  CHECK_EQ(cfg.stderr_fd, 2);
  w2n_wasi_preopen bad = {"/nonexistent/w2n-wasi-test", "/x"};
  cfg.preopens = &bad;
  cfg.num_preopens = 1;
  err[0] = '\0';
  CHECK(w2n_wasi_new(&cfg, err, sizeof err) == NULL);
  CHECK(strstr(err, "/nonexistent/w2n-wasi-test") != NULL);

  w2n_wasi_preopen file = {SB("file.txt"), "/f"};
  cfg.preopens = &file;
  CHECK(w2n_wasi_new(&cfg, err, sizeof err) == NULL);
  CHECK(strstr(err, "Not a directory") != NULL);

  w2n_wasi_config_init(&cfg);
  cfg.stdout_fd = 9999; /* not open */
  CHECK(w2n_wasi_new(&cfg, err, sizeof err) == NULL);
  CHECK(strstr(err, "9999") != NULL);

  w2n_wasi_config_init(&cfg);
  const char *argv[] = {"prog", NULL};
  cfg.argc = 2;
  cfg.argv = argv;
  CHECK(w2n_wasi_new(&cfg, err, sizeof err) == NULL);

  w2n_wasi_config_init(&cfg);
  cfg.resolver = 17;
  CHECK(w2n_wasi_new(&cfg, err, sizeof err) == NULL);

  /* NULL config: defaults (stdio 0/1/2). */
  w2n_wasi *c = w2n_wasi_new(NULL, err, sizeof err);
  CHECK(c != NULL);
  w2n_wasi_free(c);
  w2n_wasi_free(NULL);
}

static void stdio_dup(void) {
  /* The context keeps duplicates: closing guest fd 1 leaves the host's. */
  int p[2];
  CHECK(pipe(p) == 0);
  w2n_wasi_config cfg;
  w2n_wasi_config_init(&cfg);
  cfg.stdin_fd = -1;
  cfg.stdout_fd = p[1];
  cfg.stderr_fd = -1;
  w2n_wasi *c = make_ctx(&cfg);
  w2n_wasi_free(T.ctx);
  T.ctx = c;
  w2n_wasi_set_memory(c, T.mem);
  uint32_t n = 0;
  CHECK_EQ(g_write(1, "out", &n), 0);
  CHECK_EQ(n, 3);
  CHECK_EQ(g_write(0, "x", NULL), WASI_EBADF);
  CHECK_EQ(g_write(2, "x", NULL), WASI_EBADF);
  CHECK_EQ(x_fd_close(1), 0);
  CHECK_EQ(g_write(1, "x", NULL), WASI_EBADF);
  CHECK_EQ(write(p[1], "host", 4), 4); /* still open on the host */
  char buf[16] = {0};
  CHECK_EQ(read(p[0], buf, sizeof buf - 1), 7);
  CHECK_STR(buf, "outhost");
  /* A pipe: UNKNOWN type, no seek/tell. */
  int32_t g = w2n_wasi_insert_fd(c, p[0]);
  CHECK(g >= 0);
  CHECK_EQ(x_fd_fdstat_get(g, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_UNKNOWN);
  CHECK_EQ(r64(A_STAT + 8) & WASI_RIGHT_FD_SEEK, 0);
  CHECK_EQ(w2n_wasi_insert_fd(c, 9999), -1);
  close(p[0]);
  close(p[1]);
}

/*===--- args / environ --------------------------------------------------------===*/

static const char *const test_argv[] = {"prog", "arg one", "", "ü"};
static const char *const test_env[] = {"A=1", "PATH=/bin", "EMPTY=", NULL};

static void args(void) {
  CHECK_EQ(x_args_sizes_get(A_OUT, A_OUT + 4), 0);
  CHECK_EQ(r32(A_OUT), 4);
  CHECK_EQ(r32(A_OUT + 4), 5 + 8 + 1 + 3);
  CHECK_EQ(x_args_get(A_IOV, A_BUF), 0);
  for (int i = 0; i < 4; ++i) {
    uint32_t p = r32(A_IOV + 4 * (uint32_t)i);
    CHECK(p >= A_BUF && p < A_BUF + 17);
    CHECK_STR((const char *)G(p), test_argv[i]);
  }
  /* Faults: argv array or buffer beyond the end, size results too. */
  CHECK_EQ(x_args_get(msize() - 12, A_BUF), WASI_EFAULT);
  CHECK_EQ(x_args_get(A_IOV, msize() - 16), WASI_EFAULT);
  CHECK_EQ(x_args_get(A_IOV, -1), WASI_EFAULT);
  CHECK_EQ(x_args_sizes_get(msize() - 2, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_args_sizes_get(A_OUT, msize()), WASI_EFAULT);
  /* Exactly at the end is fine. */
  CHECK_EQ(x_args_get(msize() - 16, msize() - 17), 0);
}

static void environ_(void) {
  CHECK_EQ(x_environ_sizes_get(A_OUT, A_OUT + 4), 0);
  CHECK_EQ(r32(A_OUT), 3);
  CHECK_EQ(r32(A_OUT + 4), 4 + 10 + 7);
  CHECK_EQ(x_environ_get(A_IOV, A_BUF), 0);
  for (int i = 0; i < 3; ++i)
    CHECK_STR((const char *)G(r32(A_IOV + 4 * (uint32_t)i)), test_env[i]);
  CHECK_EQ(x_environ_get(msize() - 8, A_BUF), WASI_EFAULT);
  CHECK_EQ(x_environ_get(A_IOV, msize() - 20), WASI_EFAULT);
  CHECK_EQ(x_environ_sizes_get(A_OUT, (i32)0xFFFFFFFE), WASI_EFAULT);
}

static void args_empty(void) {
  CHECK_EQ(x_args_sizes_get(A_OUT, A_OUT + 4), 0);
  CHECK_EQ(r32(A_OUT), 0);
  CHECK_EQ(r32(A_OUT + 4), 0);
  CHECK_EQ(x_args_get(A_IOV, A_BUF), 0);
  CHECK_EQ(x_environ_sizes_get(A_OUT, A_OUT + 4), 0);
  CHECK_EQ(r32(A_OUT), 0);
  CHECK_EQ(x_environ_get(msize(), msize()), 0); /* nothing to write */
}

/*===--- clocks, random, sched ---------------------------------------------------===*/

static void clocks(void) {
  for (int id = 0; id < 4; ++id) {
    w64(A_OUT, 0);
    CHECK_EQ(x_clock_res_get(id, A_OUT), 0);
    CHECK(r64(A_OUT) > 0);
    CHECK_EQ(x_clock_time_get(id, 1, A_OUT), 0);
  }
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t host = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  CHECK_EQ(x_clock_time_get(WASI_CLOCK_REALTIME, 0, A_OUT), 0);
  uint64_t g = r64(A_OUT);
  CHECK(g >= host && g - host < UINT64_C(5000000000));
  CHECK_EQ(x_clock_time_get(WASI_CLOCK_MONOTONIC, 0, A_OUT), 0);
  uint64_t m1 = r64(A_OUT);
  CHECK_EQ(x_clock_time_get(WASI_CLOCK_MONOTONIC, 0, A_OUT), 0);
  CHECK(r64(A_OUT) >= m1);
  CHECK_EQ(x_clock_time_get(4, 0, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_clock_time_get(-1, 0, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_clock_res_get(99, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_clock_time_get(0, 0, msize() - 7), WASI_EFAULT);
  CHECK_EQ(x_clock_res_get(1, msize() - 4), WASI_EFAULT);
  CHECK_EQ(x_clock_time_get(0, 0, msize() - 8), 0);
}

static void random_(void) {
  memset(G(A_BUF), 0, 256);
  CHECK_EQ(x_random_get(A_BUF, 256), 0);
  int nonzero = 0;
  for (int i = 0; i < 256; ++i)
    nonzero += r8(A_BUF + (uint32_t)i) != 0;
  CHECK(nonzero > 200);
  CHECK_EQ(x_random_get(A_BUF, 0), 0);
  CHECK_EQ(x_random_get((i32)msize(), 0), 0);
  CHECK_EQ(x_random_get((i32)msize(), 1), WASI_EFAULT);
  CHECK_EQ(x_random_get((i32)msize() - 10, 11), WASI_EFAULT);
  /* ptr + len wraps around 2^32: still a fault. */
  CHECK_EQ(x_random_get((i32)0xFFFFFFF0, 0x20), WASI_EFAULT);
  CHECK_EQ(x_random_get(0, -1), WASI_EFAULT);
  /* The whole memory. */
  CHECK_EQ(x_random_get(0, (i32)msize()), 0);
}

static void sched(void) { CHECK_EQ(x_sched_yield(), 0); }

/*===--- proc_exit, proc_raise ----------------------------------------------------===*/

static void proc_exit_(void) {
  w2n_func *f = w2n_wasi_func(T.ctx, "proc_exit");
  w2n_value cells[1];
  cells[0].i32 = 42;
  uint32_t code = 0;
  CHECK_EQ(w2n_wasi_exited(T.ctx, &code), 0);
  CHECK_EQ(w2n_call(f, cells), W2N_TRAP_EXIT);
  CHECK_EQ(w2n_wasi_exited(T.ctx, &code), 1);
  CHECK_EQ(code, 42);
  cells[0].i32 = -1;
  CHECK_EQ(w2n_call(f, cells), W2N_TRAP_EXIT);
  CHECK_EQ(w2n_wasi_exited(T.ctx, &code), 1);
  CHECK_EQ(code, 0xFFFFFFFFu);
}

static void proc_raise_(void) {
  CHECK_EQ(x_proc_raise(0), 0);
  CHECK_EQ(x_proc_raise(16), 0); /* CHLD: ignored */
  CHECK_EQ(x_proc_raise(27), 0); /* WINCH: ignored */
  CHECK_EQ(x_proc_raise(18), WASI_ENOTSUP); /* STOP */
  CHECK_EQ(x_proc_raise(31), WASI_EINVAL);
  CHECK_EQ(x_proc_raise(-1), WASI_EINVAL);
  CHECK_EQ(w2n_wasi_exited(T.ctx, NULL), 0);
  /* TERM: the program ends with 128 + 15. */
  w2n_func *f = w2n_wasi_func(T.ctx, "proc_raise");
  w2n_value cells[1];
  cells[0].i32 = 15;
  CHECK_EQ(w2n_call(f, cells), W2N_TRAP_EXIT);
  uint32_t code = 0;
  CHECK_EQ(w2n_wasi_exited(T.ctx, &code), 1);
  CHECK_EQ(code, 143);
}

/*===--- Trampolines, memory ------------------------------------------------------===*/

static void trampolines(void) {
  /* clock_time_get(i32, i64, i32) -> i32 through w2n_call. */
  w2n_value c[3];
  memset(c, 0, sizeof c);
  c[0].i32 = WASI_CLOCK_MONOTONIC;
  c[1].i64 = 1000;
  c[2].i32 = A_OUT;
  w64(A_OUT, 0);
  CHECK_EQ(w2n_call(w2n_wasi_func(T.ctx, "clock_time_get"), c), 0);
  CHECK_EQ(c[0].i32, 0);
  CHECK(r64(A_OUT) != 0);
  /* path_open's 9 parameters. */
  w2n_value p[9];
  memset(p, 0, sizeof p);
  p[0].i32 = PRE;
  p[1].i32 = 0;
  p[2].i32 = A_PATH;
  p[3].i32 = (i32)wstr(A_PATH, "file.txt");
  p[4].i32 = 0;
  p[5].i64 = (i64)RIGHTS_RO;
  p[6].i64 = 0;
  p[7].i32 = 0;
  p[8].i32 = A_OUT;
  CHECK_EQ(w2n_call(w2n_wasi_func(T.ctx, "path_open"), p), 0);
  CHECK_EQ(p[0].i32, 0);
  i32 fd = (i32)r32(A_OUT);
  char buf[64];
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  /* fd_seek's i64 offset. */
  w2n_value s[4];
  s[0].i32 = fd;
  s[1].i64 = -5;
  s[2].i32 = WASI_WHENCE_END;
  s[3].i32 = A_OUT;
  CHECK_EQ(w2n_call(w2n_wasi_func(T.ctx, "fd_seek"), s), 0);
  CHECK_EQ(s[0].i32, 0);
  CHECK_EQ(r64(A_OUT), 6);
  /* sched_yield: no parameters. */
  w2n_value y[1];
  y[0].i32 = 77;
  CHECK_EQ(w2n_call(w2n_wasi_func(T.ctx, "sched_yield"), y), 0);
  CHECK_EQ(y[0].i32, 0);
}

static void no_memory(void) {
  w2n_wasi_set_memory(T.ctx, NULL);
  CHECK_EQ(x_args_sizes_get(0, 4), WASI_EFAULT);
  CHECK_EQ(x_fd_write(PRE, 0, 0, 0), WASI_ENOTCAPABLE); /* rights first */
  CHECK_EQ(x_fd_fdstat_get(PRE, 0), WASI_EFAULT);
  CHECK_EQ(x_clock_time_get(0, 0, 0), WASI_EFAULT);
  CHECK_EQ(x_random_get(0, 0), 0); /* nothing to write */
  CHECK_EQ(x_random_get(0, 1), WASI_EFAULT);
  CHECK_EQ(x_path_create_directory(PRE, 0, 1), WASI_EFAULT);
  CHECK_EQ(x_fd_close(PRE), 0); /* no pointer: works */
}

static void memory_growth(void) {
  uint32_t old = msize();
  CHECK_EQ(x_random_get((i32)old, 16), WASI_EFAULT);
  /* Grow through an instance importing the memory. */
  w2n_memory *mem = T.mem;
  w2n_memory *big = w2n_memory_new(2, 2);
  w2n_wasi_set_memory(T.ctx, big);
  CHECK_EQ(x_random_get((i32)old, 16), 0);
  CHECK_EQ(x_random_get((i32)(2 * 65536 - 16), 17), WASI_EFAULT);
  w2n_wasi_set_memory(T.ctx, mem);
  w2n_memory_free(big);
}

static void errno_map(void) {
  CHECK_EQ(wasi_errno(0), WASI_ESUCCESS);
  CHECK_EQ(wasi_errno(ENOENT), 44);
  CHECK_EQ(wasi_errno(EACCES), 2);
  CHECK_EQ(wasi_errno(EBADF), 8);
  CHECK_EQ(wasi_errno(EEXIST), 20);
  CHECK_EQ(wasi_errno(EFAULT), 21);
  CHECK_EQ(wasi_errno(EINVAL), 28);
  CHECK_EQ(wasi_errno(EISDIR), 31);
  CHECK_EQ(wasi_errno(ELOOP), 32);
  CHECK_EQ(wasi_errno(ENOTDIR), 54);
  CHECK_EQ(wasi_errno(ENOTEMPTY), 55);
  CHECK_EQ(wasi_errno(EOPNOTSUPP), 58);
  CHECK_EQ(wasi_errno(EPERM), 63);
  CHECK_EQ(wasi_errno(EPIPE), 64);
  CHECK_EQ(wasi_errno(ESPIPE), 70);
  CHECK_EQ(wasi_errno(EXDEV), 75);
  CHECK_EQ(wasi_errno(EAGAIN), 6);
  CHECK_EQ(wasi_errno(ENAMETOOLONG), 37);
  CHECK_EQ(wasi_errno(ENOSPC), 51);
  CHECK_EQ(wasi_errno(EROFS), 69);
  CHECK_EQ(wasi_errno(ETXTBSY), 74);
  CHECK_EQ(wasi_errno(ECHRNG), WASI_EIO); /* no WASI equivalent */
}

int main(int argc, char **argv) {
  if (!parse_mode(argc, argv))
    return 0;
  RUN(func_table);
  RUN(link_and_run);
  RUN(link_unknown);
  RUN(link_type_mismatch);
  RUN(start_missing);
  RUN(config_errors);
  RUN(stdio_dup);
  fx_argv = test_argv;
  fx_argc = 4;
  fx_env = test_env;
  RUN(args);
  RUN(environ_);
  fx_argv = NULL;
  fx_argc = 0;
  fx_env = NULL;
  RUN(args_empty);
  RUN(clocks);
  RUN(random_);
  RUN(sched);
  RUN(proc_exit_);
  RUN(proc_raise_);
  RUN(trampolines);
  RUN(no_memory);
  RUN(memory_growth);
  RUN(errno_map);
  return 0;
}
