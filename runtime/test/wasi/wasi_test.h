/*===- wasi_test.h - Harness for the WASI tests ---------------------------===*
 *
 * Each test calls the WASI host functions the way generated code calls an
 * import: through the function object's code pointer, code(inst, args...),
 * with the object's own inst (the context). Guest memory is a real
 * w2n_memory (w2n_memory_new) set on the context.
 *
 * A fixture makes a fresh temporary directory:
 *   <root>/sandbox/             preopened as guest fd 3, named "/sandbox"
 *     file.txt                  "hello world"
 *     dir/inner.txt             "inner"
 *   <root>/outside/secret       "SECRET" (must stay unreachable)
 *
 * Every test prints "PASS name" or "FAIL name"; run.sh counts them. The
 * resolver (walk / openat2 / auto) comes from argv[1] and prefixes names.
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_WASI_TEST_H
#define W2N_WASI_TEST_H

#define _GNU_SOURCE 1

/* WASI constants (errno numbers, rights, flags, struct offsets). */
#include "../../wasi/wasi_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

static int test_failed;
static const char *mode_name = "auto";
static uint32_t mode_resolver = W2N_WASI_RESOLVE_AUTO;

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

#define CHECK_STR(a, b)                                                       \
  do {                                                                        \
    const char *a_ = (a), *b_ = (b);                                          \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                  \
      fprintf(stderr, "  %s:%d: check failed: %s == \"%s\" (got \"%s\")\n",   \
              __FILE__, __LINE__, #a, b_ ? b_ : "(null)",                     \
              a_ ? a_ : "(null)");                                            \
      test_failed = 1;                                                        \
    }                                                                         \
  } while (0)

static void fx_setup(void);
static void fx_teardown(void);

/* Runs fn with a fresh fixture. */
#define RUN(fn)                                                               \
  do {                                                                        \
    test_failed = 0;                                                          \
    fprintf(stderr, "-- %s/%s\n", mode_name, #fn);                            \
    fx_setup();                                                               \
    fn();                                                                     \
    fx_teardown();                                                            \
    printf("%s %s/%s\n", test_failed ? "FAIL" : "PASS", mode_name, #fn);      \
    fflush(stdout);                                                           \
  } while (0)

/* Parses argv[1] (walk | openat2 | auto); returns 0 to skip the program
 * (openat2 asked for but missing: prints a SKIP line). */
static inline int parse_mode(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "walk") == 0) {
    mode_name = "walk";
    mode_resolver = W2N_WASI_RESOLVE_WALK;
  } else if (argc > 1 && strcmp(argv[1], "openat2") == 0) {
    mode_name = "openat2";
    mode_resolver = W2N_WASI_RESOLVE_OPENAT2;
    if (!wasi_have_openat2()) {
      printf("SKIP openat2: not available on this kernel\n");
      return 0;
    }
  }
  return 1;
}

/*===--- Fixture -------------------------------------------------------------===*/

static struct {
  char root[256];
  char sandbox[300];
  char outside[300];
  w2n_wasi *ctx;
  w2n_memory *mem;
} T;

static inline void write_file(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    perror(path);
    abort();
  }
  size_t n = strlen(text);
  if (write(fd, text, n) != (ssize_t)n)
    abort();
  close(fd);
}

/* The contents of a host file ("" if missing), in a static buffer. */
static inline const char *read_file(const char *path) {
  static char buf[4096];
  buf[0] = '\0';
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return "<missing>";
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  buf[n > 0 ? n : 0] = '\0';
  return buf;
}

static inline const char *hpath(const char *base, const char *rel) {
  static char bufs[4][600];
  static int k;
  char *b = bufs[k++ & 3];
  snprintf(b, 600, "%s/%s", base, rel);
  return b;
}
#define SB(rel) hpath(T.sandbox, rel)
#define OUT(rel) hpath(T.outside, rel)

static inline int host_exists(const char *path) {
  struct stat st;
  return lstat(path, &st) == 0;
}

static inline w2n_wasi *make_ctx(const w2n_wasi_config *cfg) {
  char err[512];
  w2n_wasi *c = w2n_wasi_new(cfg, err, sizeof err);
  if (!c) {
    fprintf(stderr, "w2n_wasi_new: %s\n", err);
    abort();
  }
  return c;
}

/* Extra hooks a test file may set before RUN. */
static const char *const *fx_argv;
static int fx_argc;
static const char *const *fx_env;

static void fx_setup(void) {
  const char *tmp = getenv("TMPDIR");
  snprintf(T.root, sizeof T.root, "%s/w2n-wasi-XXXXXX", tmp ? tmp : "/tmp");
  if (!mkdtemp(T.root)) {
    perror("mkdtemp");
    abort();
  }
  snprintf(T.sandbox, sizeof T.sandbox, "%s/sandbox", T.root);
  snprintf(T.outside, sizeof T.outside, "%s/outside", T.root);
  mkdir(T.sandbox, 0755);
  mkdir(T.outside, 0755);
  mkdir(SB("dir"), 0755);
  write_file(SB("file.txt"), "hello world");
  write_file(SB("dir/inner.txt"), "inner");
  write_file(OUT("secret"), "SECRET");

  w2n_wasi_config cfg;
  w2n_wasi_config_init(&cfg);
  cfg.stdin_fd = cfg.stdout_fd = cfg.stderr_fd = -1;
  w2n_wasi_preopen pre = {T.sandbox, "/sandbox"};
  cfg.preopens = &pre;
  cfg.num_preopens = 1;
  cfg.argc = fx_argc;
  cfg.argv = fx_argv;
  cfg.environ = fx_env;
  cfg.resolver = mode_resolver;
  T.ctx = make_ctx(&cfg);
  T.mem = w2n_memory_new(1, 4);
  if (!T.mem)
    abort();
  w2n_wasi_set_memory(T.ctx, T.mem);
}

static int rm_one(const char *path, const struct stat *st, int flag,
                  struct FTW *ftw) {
  (void)st;
  (void)ftw;
  if (flag == FTW_DP)
    rmdir(path);
  else
    unlink(path);
  return 0;
}

static void fx_teardown(void) {
  w2n_wasi_free(T.ctx);
  w2n_memory_free(T.mem);
  T.ctx = NULL;
  T.mem = NULL;
  nftw(T.root, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/*===--- Guest memory ----------------------------------------------------------===*/

static inline uint8_t *G(uint32_t addr) {
  return w2n_memory_data(T.mem) + addr;
}
static inline uint32_t msize(void) {
  return (uint32_t)w2n_memory_size(T.mem);
}
static inline uint8_t r8(uint32_t a) { return *G(a); }
static inline uint16_t r16(uint32_t a) { return ld16(G(a)); }
static inline uint32_t r32(uint32_t a) { return ld32(G(a)); }
static inline uint64_t r64(uint32_t a) { return ld64(G(a)); }
static inline void w8(uint32_t a, uint8_t v) { *G(a) = v; }
static inline void w16(uint32_t a, uint16_t v) { st16(G(a), v); }
static inline void w32(uint32_t a, uint32_t v) { st32(G(a), v); }
static inline void w64(uint32_t a, uint64_t v) { st64(G(a), v); }
/* Copies s (without NUL) to guest address a; returns its length. */
static inline uint32_t wstr(uint32_t a, const char *s) {
  uint32_t n = (uint32_t)strlen(s);
  memcpy(G(a), s, n);
  return n;
}
/* An iovec at `at` for the buffer [buf, buf + len). */
static inline void wiov(uint32_t at, uint32_t buf, uint32_t len) {
  w32(at, buf);
  w32(at + 4, len);
}

/* Scratch addresses. */
enum {
  A_OUT = 64,     /* results (8 bytes each at 64, 72, 80, ...) */
  A_IOV = 256,    /* iovec arrays */
  A_STAT = 512,   /* filestat / fdstat / prestat / events */
  A_PATH = 4096,  /* first path string */
  A_PATH2 = 8192, /* second path string */
  A_BUF = 16384,  /* data buffers */
  A_BUF2 = 32768
};

/*===--- Calling the host functions through their code pointers --------------===*/

static inline w2n_func *F_(const char *name) {
  w2n_func *f = w2n_wasi_func(T.ctx, name);
  if (!f) {
    fprintf(stderr, "no WASI function %s\n", name);
    abort();
  }
  return f;
}

typedef int32_t i32;
typedef int64_t i64;
#define CODE(name, ...) ((i32(*)(w2n_instance *, __VA_ARGS__))F_(#name)->code)
#define INST(name) F_(#name)->inst
#define WRAP1(n, A) \
  static inline i32 x_##n(A a) { return CODE(n, A)(INST(n), a); }
#define WRAP2(n, A, B) \
  static inline i32 x_##n(A a, B b) { return CODE(n, A, B)(INST(n), a, b); }
#define WRAP3(n, A, B, C)                                                     \
  static inline i32 x_##n(A a, B b, C c) {                                    \
    return CODE(n, A, B, C)(INST(n), a, b, c);                                \
  }
#define WRAP4(n, A, B, C, D)                                                  \
  static inline i32 x_##n(A a, B b, C c, D d) {                               \
    return CODE(n, A, B, C, D)(INST(n), a, b, c, d);                          \
  }
#define WRAP5(n, A, B, C, D, E)                                               \
  static inline i32 x_##n(A a, B b, C c, D d, E e) {                          \
    return CODE(n, A, B, C, D, E)(INST(n), a, b, c, d, e);                    \
  }
#define WRAP6(n, A, B, C, D, E, F)                                            \
  static inline i32 x_##n(A a, B b, C c, D d, E e, F f) {                     \
    return CODE(n, A, B, C, D, E, F)(INST(n), a, b, c, d, e, f);              \
  }
#define WRAP7(n, A, B, C, D, E, F, G)                                         \
  static inline i32 x_##n(A a, B b, C c, D d, E e, F f, G g) {                \
    return CODE(n, A, B, C, D, E, F, G)(INST(n), a, b, c, d, e, f, g);        \
  }
#define WRAP9(n, A, B, C, D, E, F, G, H, I)                                   \
  static inline i32 x_##n(A a, B b, C c, D d, E e, F f, G g, H h, I i) {      \
    return CODE(n, A, B, C, D, E, F, G, H, I)(INST(n), a, b, c, d, e, f, g,   \
                                              h, i);                          \
  }

WRAP2(args_get, i32, i32)
WRAP2(args_sizes_get, i32, i32)
WRAP2(environ_get, i32, i32)
WRAP2(environ_sizes_get, i32, i32)
WRAP2(clock_res_get, i32, i32)
WRAP3(clock_time_get, i32, i64, i32)
WRAP4(fd_advise, i32, i64, i64, i32)
WRAP3(fd_allocate, i32, i64, i64)
WRAP1(fd_close, i32)
WRAP1(fd_datasync, i32)
WRAP2(fd_fdstat_get, i32, i32)
WRAP2(fd_fdstat_set_flags, i32, i32)
WRAP3(fd_fdstat_set_rights, i32, i64, i64)
WRAP2(fd_filestat_get, i32, i32)
WRAP2(fd_filestat_set_size, i32, i64)
WRAP4(fd_filestat_set_times, i32, i64, i64, i32)
WRAP5(fd_pread, i32, i32, i32, i64, i32)
WRAP2(fd_prestat_get, i32, i32)
WRAP3(fd_prestat_dir_name, i32, i32, i32)
WRAP5(fd_pwrite, i32, i32, i32, i64, i32)
WRAP4(fd_read, i32, i32, i32, i32)
WRAP5(fd_readdir, i32, i32, i32, i64, i32)
WRAP2(fd_renumber, i32, i32)
WRAP4(fd_seek, i32, i64, i32, i32)
WRAP1(fd_sync, i32)
WRAP2(fd_tell, i32, i32)
WRAP4(fd_write, i32, i32, i32, i32)
WRAP3(path_create_directory, i32, i32, i32)
WRAP5(path_filestat_get, i32, i32, i32, i32, i32)
WRAP7(path_filestat_set_times, i32, i32, i32, i32, i64, i64, i32)
WRAP7(path_link, i32, i32, i32, i32, i32, i32, i32)
WRAP9(path_open, i32, i32, i32, i32, i32, i64, i64, i32, i32)
WRAP6(path_readlink, i32, i32, i32, i32, i32, i32)
WRAP3(path_remove_directory, i32, i32, i32)
WRAP6(path_rename, i32, i32, i32, i32, i32, i32)
WRAP5(path_symlink, i32, i32, i32, i32, i32)
WRAP3(path_unlink_file, i32, i32, i32)
WRAP4(poll_oneoff, i32, i32, i32, i32)
WRAP1(proc_raise, i32)
WRAP2(random_get, i32, i32)
WRAP3(sock_accept, i32, i32, i32)
WRAP6(sock_recv, i32, i32, i32, i32, i32, i32)
WRAP5(sock_send, i32, i32, i32, i32, i32)
WRAP2(sock_shutdown, i32, i32)

static inline i32 x_sched_yield(void) {
  return ((i32(*)(w2n_instance *))F_("sched_yield")->code)(
      INST(sched_yield));
}

/*===--- Path conveniences (C strings placed at A_PATH / A_PATH2) -----------===*/

#define PRE 3 /* the sandbox preopen */

#define RIGHTS_RW                                                             \
  (WASI_RIGHT_FD_READ | WASI_RIGHT_FD_WRITE | WASI_RIGHT_FD_SEEK |            \
   WASI_RIGHT_FD_TELL | WASI_RIGHT_FD_FILESTAT_GET |                          \
   WASI_RIGHT_FD_FILESTAT_SET_SIZE | WASI_RIGHT_FD_FILESTAT_SET_TIMES |       \
   WASI_RIGHT_FD_ALLOCATE | WASI_RIGHT_FD_ADVISE | WASI_RIGHT_FD_SYNC |       \
   WASI_RIGHT_FD_DATASYNC | WASI_RIGHT_FD_FDSTAT_SET_FLAGS |                  \
   WASI_RIGHT_POLL_FD_READWRITE)
#define RIGHTS_RO                                                             \
  (WASI_RIGHT_FD_READ | WASI_RIGHT_FD_SEEK | WASI_RIGHT_FD_TELL |             \
   WASI_RIGHT_FD_FILESTAT_GET | WASI_RIGHT_FD_READDIR |                       \
   WASI_RIGHT_POLL_FD_READWRITE)

/* path_open; *fd is the new descriptor (or -1). */
static inline i32 p_open(i32 dir, uint32_t dirflags, const char *path,
                         uint32_t oflags, uint64_t base, uint64_t inh,
                         uint32_t fdflags, i32 *fd) {
  uint32_t n = wstr(A_PATH, path);
  w32(A_OUT, 0xFFFFFFFFu);
  i32 r = x_path_open(dir, (i32)dirflags, A_PATH, (i32)n, (i32)oflags,
                      (i64)base, (i64)inh, (i32)fdflags, A_OUT);
  if (fd)
    *fd = r == 0 ? (i32)r32(A_OUT) : -1;
  return r;
}
/* Opens for reading with all rights the directory passes on. */
static inline i32 p_open_ro(i32 dir, const char *path, i32 *fd) {
  return p_open(dir, WASI_LOOKUP_SYMLINK_FOLLOW, path, 0, RIGHTS_RO,
                WASI_RIGHTS_ALL, 0, fd);
}
static inline i32 p_mkdir(i32 dir, const char *path) {
  return x_path_create_directory(dir, A_PATH, (i32)wstr(A_PATH, path));
}
static inline i32 p_rmdir(i32 dir, const char *path) {
  return x_path_remove_directory(dir, A_PATH, (i32)wstr(A_PATH, path));
}
static inline i32 p_unlink(i32 dir, const char *path) {
  return x_path_unlink_file(dir, A_PATH, (i32)wstr(A_PATH, path));
}
static inline i32 p_stat(i32 dir, uint32_t flags, const char *path) {
  return x_path_filestat_get(dir, (i32)flags, A_PATH,
                             (i32)wstr(A_PATH, path), A_STAT);
}
static inline i32 p_symlink(const char *target, i32 dir, const char *path) {
  uint32_t a = wstr(A_PATH, target), b = wstr(A_PATH2, path);
  return x_path_symlink(A_PATH, (i32)a, dir, A_PATH2, (i32)b);
}
static inline i32 p_rename(i32 d1, const char *from, i32 d2, const char *to) {
  uint32_t a = wstr(A_PATH, from), b = wstr(A_PATH2, to);
  return x_path_rename(d1, A_PATH, (i32)a, d2, A_PATH2, (i32)b);
}
static inline i32 p_link(i32 d1, uint32_t flags, const char *from, i32 d2,
                         const char *to) {
  uint32_t a = wstr(A_PATH, from), b = wstr(A_PATH2, to);
  return x_path_link(d1, (i32)flags, A_PATH, (i32)a, d2, A_PATH2, (i32)b);
}
/* path_readlink into A_BUF (cap bytes); the target as a C string. */
static inline i32 p_readlink(i32 dir, const char *path, uint32_t cap,
                             char *out) {
  uint32_t n = wstr(A_PATH, path);
  i32 r = x_path_readlink(dir, A_PATH, (i32)n, A_BUF, (i32)cap, A_OUT);
  if (out) {
    out[0] = '\0';
    if (r == 0) {
      uint32_t k = r32(A_OUT);
      memcpy(out, G(A_BUF), k);
      out[k] = '\0';
    }
  }
  return r;
}
static inline i32 p_utimes(i32 dir, uint32_t flags, const char *path,
                           uint64_t atim, uint64_t mtim, uint32_t fst) {
  uint32_t n = wstr(A_PATH, path);
  return x_path_filestat_set_times(dir, (i32)flags, A_PATH, (i32)n,
                                   (i64)atim, (i64)mtim, (i32)fst);
}

/* Writes s to guest fd; returns errno, *written the count. */
static inline i32 g_write(i32 fd, const char *s, uint32_t *written) {
  uint32_t n = wstr(A_BUF, s);
  wiov(A_IOV, A_BUF, n);
  i32 r = x_fd_write(fd, A_IOV, 1, A_OUT);
  if (written)
    *written = r == 0 ? r32(A_OUT) : 0;
  return r;
}
/* Reads up to cap bytes from guest fd into out (NUL-terminated). */
static inline i32 g_read(i32 fd, uint32_t cap, char *out) {
  wiov(A_IOV, A_BUF2, cap);
  i32 r = x_fd_read(fd, A_IOV, 1, A_OUT);
  if (out) {
    out[0] = '\0';
    if (r == 0) {
      uint32_t k = r32(A_OUT);
      memcpy(out, G(A_BUF2), k);
      out[k] = '\0';
    }
  }
  return r;
}

#endif /* W2N_WASI_TEST_H */
