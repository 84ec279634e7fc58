/*===- wasi.c - WASI context, descriptor table, linking, process calls ---===*
 *
 * The context (struct w2n_wasi, wasi_internal.h) owns a table of guest
 * descriptors, each a host descriptor plus its WASI type and rights, and one
 * host function object per WASI function whose `inst` is the context.
 * This file also has the functions that touch no file: args, environ,
 * clocks, random_get, proc_exit, proc_raise, sched_yield.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <unistd.h>

/*===--- errno ---------------------------------------------------------------===*/

int32_t wasi_errno(int e) {
  switch (e) {
  case 0: return WASI_ESUCCESS;
  case E2BIG: return WASI_E2BIG;
  case EACCES: return WASI_EACCES;
  case EADDRINUSE: return WASI_EADDRINUSE;
  case EADDRNOTAVAIL: return WASI_EADDRNOTAVAIL;
  case EAFNOSUPPORT: return WASI_EAFNOSUPPORT;
  case EAGAIN: return WASI_EAGAIN;
#if EWOULDBLOCK != EAGAIN
  case EWOULDBLOCK: return WASI_EAGAIN;
#endif
  case EALREADY: return WASI_EALREADY;
  case EBADF: return WASI_EBADF;
  case EBADMSG: return WASI_EBADMSG;
  case EBUSY: return WASI_EBUSY;
  case ECANCELED: return WASI_ECANCELED;
  case ECHILD: return WASI_ECHILD;
  case ECONNABORTED: return WASI_ECONNABORTED;
  case ECONNREFUSED: return WASI_ECONNREFUSED;
  case ECONNRESET: return WASI_ECONNRESET;
  case EDEADLK: return WASI_EDEADLK;
  case EDESTADDRREQ: return WASI_EDESTADDRREQ;
  case EDOM: return WASI_EDOM;
  case EDQUOT: return WASI_EDQUOT;
  case EEXIST: return WASI_EEXIST;
  case EFAULT: return WASI_EFAULT;
  case EFBIG: return WASI_EFBIG;
  case EHOSTUNREACH: return WASI_EHOSTUNREACH;
  case EIDRM: return WASI_EIDRM;
  case EILSEQ: return WASI_EILSEQ;
  case EINPROGRESS: return WASI_EINPROGRESS;
  case EINTR: return WASI_EINTR;
  case EINVAL: return WASI_EINVAL;
  case EIO: return WASI_EIO;
  case EISCONN: return WASI_EISCONN;
  case EISDIR: return WASI_EISDIR;
  case ELOOP: return WASI_ELOOP;
  case EMFILE: return WASI_EMFILE;
  case EMLINK: return WASI_EMLINK;
  case EMSGSIZE: return WASI_EMSGSIZE;
  case EMULTIHOP: return WASI_EMULTIHOP;
  case ENAMETOOLONG: return WASI_ENAMETOOLONG;
  case ENETDOWN: return WASI_ENETDOWN;
  case ENETRESET: return WASI_ENETRESET;
  case ENETUNREACH: return WASI_ENETUNREACH;
  case ENFILE: return WASI_ENFILE;
  case ENOBUFS: return WASI_ENOBUFS;
  case ENODEV: return WASI_ENODEV;
  case ENOENT: return WASI_ENOENT;
  case ENOEXEC: return WASI_ENOEXEC;
  case ENOLCK: return WASI_ENOLCK;
  case ENOLINK: return WASI_ENOLINK;
  case ENOMEM: return WASI_ENOMEM;
  case ENOMSG: return WASI_ENOMSG;
  case ENOPROTOOPT: return WASI_ENOPROTOOPT;
  case ENOSPC: return WASI_ENOSPC;
  case ENOSYS: return WASI_ENOSYS;
  case ENOTCONN: return WASI_ENOTCONN;
  case ENOTDIR: return WASI_ENOTDIR;
  case ENOTEMPTY: return WASI_ENOTEMPTY;
  case ENOTRECOVERABLE: return WASI_ENOTRECOVERABLE;
  case ENOTSOCK: return WASI_ENOTSOCK;
  case ENOTSUP: return WASI_ENOTSUP;
#if EOPNOTSUPP != ENOTSUP
  case EOPNOTSUPP: return WASI_ENOTSUP;
#endif
  case ENOTTY: return WASI_ENOTTY;
  case ENXIO: return WASI_ENXIO;
  case EOVERFLOW: return WASI_EOVERFLOW;
  case EOWNERDEAD: return WASI_EOWNERDEAD;
  case EPERM: return WASI_EPERM;
  case EPIPE: return WASI_EPIPE;
  case EPROTO: return WASI_EPROTO;
  case EPROTONOSUPPORT: return WASI_EPROTONOSUPPORT;
  case EPROTOTYPE: return WASI_EPROTOTYPE;
  case ERANGE: return WASI_ERANGE;
  case EROFS: return WASI_EROFS;
  case ESPIPE: return WASI_ESPIPE;
  case ESRCH: return WASI_ESRCH;
  case ESTALE: return WASI_ESTALE;
  case ETIMEDOUT: return WASI_ETIMEDOUT;
  case ETXTBSY: return WASI_ETXTBSY;
  case EXDEV: return WASI_EXDEV;
  default: return WASI_EIO;
  }
}

/*===--- Guest memory helpers ----------------------------------------------===*/

/* Largest total a single read/write moves (Linux's own limit, below 2^31,
 * so the u32 result the guest gets is exact). */
#define WASI_MAX_RW 0x7FFFF000u

int32_t wasi_iovs_get(wmem m, uint32_t iovs, uint32_t iovs_len,
                      wasi_iovs *out) {
  out->iov = out->inline_iov;
  out->heap = NULL;
  out->count = 0;
  if (!wmem_ok(m, iovs, (uint64_t)iovs_len * WASI_IOVEC_SIZE))
    return WASI_EFAULT;
  const uint8_t *p = wmem_at(m, iovs);
  /* Every buffer is checked, even those beyond the ones used. */
  for (uint32_t i = 0; i < iovs_len; ++i)
    if (!wmem_ok(m, ld32(p + 8 * i), ld32(p + 8 * i + 4)))
      return WASI_EFAULT;
  uint32_t n = iovs_len > IOV_MAX ? IOV_MAX : iovs_len;
  if (n > sizeof out->inline_iov / sizeof out->inline_iov[0]) {
    out->heap = malloc(n * sizeof *out->heap);
    if (!out->heap)
      return WASI_ENOMEM;
    out->iov = out->heap;
  }
  uint64_t total = 0;
  for (uint32_t i = 0; i < n && total < WASI_MAX_RW; ++i) {
    uint32_t buf = ld32(p + 8 * i), len = ld32(p + 8 * i + 4);
    if (len > WASI_MAX_RW - total)
      len = (uint32_t)(WASI_MAX_RW - total);
    out->iov[out->count].iov_base = len ? (void *)wmem_at(m, buf) : NULL;
    out->iov[out->count].iov_len = len;
    out->count++;
    total += len;
  }
  return WASI_ESUCCESS;
}

void wasi_iovs_free(wasi_iovs *v) {
  free(v->heap);
  v->heap = NULL;
}

int32_t wasi_guest_string(wmem m, uint32_t ptr, uint32_t len, char **out) {
  *out = NULL;
  if (!wmem_ok(m, ptr, len))
    return WASI_EFAULT;
  if (len >= PATH_MAX)
    return WASI_ENAMETOOLONG;
  char *s = malloc((size_t)len + 1);
  if (!s)
    return WASI_ENOMEM;
  if (len)
    memcpy(s, wmem_at(m, ptr), len);
  s[len] = '\0';
  if (strlen(s) != len) {
    free(s);
    return WASI_EINVAL;
  }
  *out = s;
  return WASI_ESUCCESS;
}

/*===--- Descriptors ---------------------------------------------------------===*/

wasi_fd *wasi_fd_get(w2n_wasi *c, int32_t fd, uint64_t rights, int32_t *err) {
  if (fd < 0 || (uint32_t)fd >= c->num_fds || c->fds[fd].host < 0) {
    *err = WASI_EBADF;
    return NULL;
  }
  wasi_fd *f = &c->fds[fd];
  if ((f->base & rights) != rights) {
    *err = WASI_ENOTCAPABLE;
    return NULL;
  }
  *err = WASI_ESUCCESS;
  return f;
}

static int fds_reserve(w2n_wasi *c, uint32_t n) {
  if (n <= c->num_fds)
    return 1;
  uint32_t cap = c->num_fds ? c->num_fds : 8;
  while (cap < n) {
    if (cap > (uint32_t)INT32_MAX / 2)
      return 0;
    cap *= 2;
  }
  wasi_fd *fds = realloc(c->fds, (size_t)cap * sizeof *fds);
  if (!fds)
    return 0;
  for (uint32_t i = c->num_fds; i < cap; ++i) {
    memset(&fds[i], 0, sizeof fds[i]);
    fds[i].host = -1;
  }
  c->fds = fds;
  c->num_fds = cap;
  return 1;
}

static void fd_init(wasi_fd *f, int host, uint8_t type, uint64_t base,
                   uint64_t inheriting) {
  memset(f, 0, sizeof *f);
  f->host = host;
  f->type = type;
  f->base = base;
  f->inheriting = inheriting;
}

int32_t wasi_fd_add(w2n_wasi *c, int host, uint8_t type, uint64_t base,
                    uint64_t inheriting) {
  uint32_t i = 0;
  while (i < c->num_fds && c->fds[i].host >= 0)
    ++i;
  if (i == c->num_fds && !fds_reserve(c, i + 1))
    return -1;
  fd_init(&c->fds[i], host, type, base, inheriting);
  return (int32_t)i;
}

uint8_t wasi_filetype(int fd, const struct stat *st) {
  switch (st->st_mode & S_IFMT) {
  case S_IFBLK: return WASI_FILETYPE_BLOCK_DEVICE;
  case S_IFCHR: return WASI_FILETYPE_CHARACTER_DEVICE;
  case S_IFDIR: return WASI_FILETYPE_DIRECTORY;
  case S_IFREG: return WASI_FILETYPE_REGULAR_FILE;
  case S_IFLNK: return WASI_FILETYPE_SYMBOLIC_LINK;
  case S_IFSOCK: {
    int type = 0;
    socklen_t len = sizeof type;
    if (fd >= 0 && getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) == 0 &&
        type == SOCK_DGRAM)
      return WASI_FILETYPE_SOCKET_DGRAM;
    return WASI_FILETYPE_SOCKET_STREAM;
  }
  default: return WASI_FILETYPE_UNKNOWN; /* FIFOs */
  }
}

uint64_t wasi_max_rights(uint8_t type, int fd) {
  switch (type) {
  case WASI_FILETYPE_DIRECTORY: return WASI_RIGHTS_DIRECTORY;
  case WASI_FILETYPE_REGULAR_FILE:
  case WASI_FILETYPE_BLOCK_DEVICE: return WASI_RIGHTS_REGULAR_FILE;
  case WASI_FILETYPE_CHARACTER_DEVICE:
    return isatty(fd) ? WASI_RIGHTS_TTY : WASI_RIGHTS_CHAR_DEVICE;
  case WASI_FILETYPE_SOCKET_DGRAM:
  case WASI_FILETYPE_SOCKET_STREAM: return WASI_RIGHTS_SOCKET;
  default: return WASI_RIGHTS_PIPE;
  }
}

static uint64_t ts_ns(struct timespec ts) {
  return (uint64_t)ts.tv_sec * UINT64_C(1000000000) + (uint64_t)ts.tv_nsec;
}

void wasi_store_filestat(uint8_t *p, const struct stat *st, uint8_t type) {
  memset(p, 0, WASI_FILESTAT_SIZE);
  st64(p + 0, (uint64_t)st->st_dev);
  st64(p + 8, (uint64_t)st->st_ino);
  st8(p + 16, type);
  st64(p + 24, (uint64_t)st->st_nlink);
  st64(p + 32, (uint64_t)st->st_size);
  st64(p + 40, ts_ns(st->st_atim));
  st64(p + 48, ts_ns(st->st_mtim));
  st64(p + 56, ts_ns(st->st_ctim));
}

int32_t wasi_times(uint64_t atim, uint64_t mtim, uint32_t fst,
                   struct timespec ts[2]) {
  if (fst & ~UINT32_C(15))
    return WASI_EINVAL;
  if ((fst & WASI_FSTFLAG_ATIM) && (fst & WASI_FSTFLAG_ATIM_NOW))
    return WASI_EINVAL;
  if ((fst & WASI_FSTFLAG_MTIM) && (fst & WASI_FSTFLAG_MTIM_NOW))
    return WASI_EINVAL;
  uint64_t t[2] = {atim, mtim};
  uint32_t set[2] = {WASI_FSTFLAG_ATIM, WASI_FSTFLAG_MTIM};
  uint32_t now[2] = {WASI_FSTFLAG_ATIM_NOW, WASI_FSTFLAG_MTIM_NOW};
  for (int i = 0; i < 2; ++i) {
    if (fst & now[i]) {
      ts[i].tv_sec = 0;
      ts[i].tv_nsec = UTIME_NOW;
    } else if (fst & set[i]) {
      ts[i].tv_sec = (time_t)(t[i] / UINT64_C(1000000000));
      ts[i].tv_nsec = (long)(t[i] % UINT64_C(1000000000));
    } else {
      ts[i].tv_sec = 0;
      ts[i].tv_nsec = UTIME_OMIT;
    }
  }
  return WASI_ESUCCESS;
}

uint16_t wasi_fdflags(const wasi_fd *f) {
  int fl = fcntl(f->host, F_GETFL);
  if (fl < 0)
    return 0;
  uint16_t r = 0;
  if (fl & O_APPEND)
    r |= WASI_FDFLAG_APPEND;
  if (fl & O_NONBLOCK)
    r |= WASI_FDFLAG_NONBLOCK;
  if ((fl & O_SYNC) == O_SYNC) {
    r |= WASI_FDFLAG_SYNC;
    if (f->rsync)
      r |= WASI_FDFLAG_RSYNC;
  } else if (fl & O_DSYNC) {
    r |= WASI_FDFLAG_DSYNC;
  }
  return r;
}

/* Adds a duplicate of host descriptor `host` at guest descriptor `at`, or
 * at the lowest free one if at < 0. Returns the guest descriptor or -1
 * with a message in c->error. */
static int32_t insert_host_fd(w2n_wasi *c, int host, int32_t at) {
  struct stat st;
  if (fstat(host, &st) != 0) {
    snprintf(c->error, sizeof c->error, "host descriptor %d: %s", host,
             strerror(errno));
    return -1;
  }
  int dup = fcntl(host, F_DUPFD_CLOEXEC, 0);
  if (dup < 0) {
    snprintf(c->error, sizeof c->error, "cannot duplicate descriptor %d: %s",
             host, strerror(errno));
    return -1;
  }
  uint8_t type = wasi_filetype(dup, &st);
  uint64_t base = wasi_max_rights(type, dup);
  uint64_t inh = type == WASI_FILETYPE_DIRECTORY
                     ? WASI_RIGHTS_DIRECTORY_INHERITING
                     : 0;
  if (at >= 0) {
    if (!fds_reserve(c, (uint32_t)at + 1)) {
      close(dup);
      snprintf(c->error, sizeof c->error, "out of memory");
      return -1;
    }
    fd_init(&c->fds[at], dup, type, base, inh);
    return at;
  }
  int32_t fd = wasi_fd_add(c, dup, type, base, inh);
  if (fd < 0) {
    close(dup);
    snprintf(c->error, sizeof c->error, "out of memory");
  }
  return fd;
}

/*===--- Function table ------------------------------------------------------===*/

/* Trampolines: parameters from cells[0..n), the errno result to cells[0]. */
#define T(fn, ...)                                                            \
  static void t_##fn(w2n_instance *inst, w2n_value *c) {                      \
    c[0].i32 = wasi_##fn(inst, __VA_ARGS__);                                  \
  }
#define I(k) c[k].i32
#define L(k) c[k].i64
T(args_get, I(0), I(1))
T(args_sizes_get, I(0), I(1))
T(environ_get, I(0), I(1))
T(environ_sizes_get, I(0), I(1))
T(clock_res_get, I(0), I(1))
T(clock_time_get, I(0), L(1), I(2))
T(fd_advise, I(0), L(1), L(2), I(3))
T(fd_allocate, I(0), L(1), L(2))
T(fd_close, I(0))
T(fd_datasync, I(0))
T(fd_fdstat_get, I(0), I(1))
T(fd_fdstat_set_flags, I(0), I(1))
T(fd_fdstat_set_rights, I(0), L(1), L(2))
T(fd_filestat_get, I(0), I(1))
T(fd_filestat_set_size, I(0), L(1))
T(fd_filestat_set_times, I(0), L(1), L(2), I(3))
T(fd_pread, I(0), I(1), I(2), L(3), I(4))
T(fd_prestat_get, I(0), I(1))
T(fd_prestat_dir_name, I(0), I(1), I(2))
T(fd_pwrite, I(0), I(1), I(2), L(3), I(4))
T(fd_read, I(0), I(1), I(2), I(3))
T(fd_readdir, I(0), I(1), I(2), L(3), I(4))
T(fd_renumber, I(0), I(1))
T(fd_seek, I(0), L(1), I(2), I(3))
T(fd_sync, I(0))
T(fd_tell, I(0), I(1))
T(fd_write, I(0), I(1), I(2), I(3))
T(path_create_directory, I(0), I(1), I(2))
T(path_filestat_get, I(0), I(1), I(2), I(3), I(4))
T(path_filestat_set_times, I(0), I(1), I(2), I(3), L(4), L(5), I(6))
T(path_link, I(0), I(1), I(2), I(3), I(4), I(5), I(6))
T(path_open, I(0), I(1), I(2), I(3), I(4), L(5), L(6), I(7), I(8))
T(path_readlink, I(0), I(1), I(2), I(3), I(4), I(5))
T(path_remove_directory, I(0), I(1), I(2))
T(path_rename, I(0), I(1), I(2), I(3), I(4), I(5))
T(path_symlink, I(0), I(1), I(2), I(3), I(4))
T(path_unlink_file, I(0), I(1), I(2))
T(poll_oneoff, I(0), I(1), I(2), I(3))
T(proc_raise, I(0))
T(random_get, I(0), I(1))
T(sock_accept, I(0), I(1), I(2))
T(sock_recv, I(0), I(1), I(2), I(3), I(4), I(5))
T(sock_send, I(0), I(1), I(2), I(3), I(4))
T(sock_shutdown, I(0), I(1))
#undef I
#undef L
#undef T

static void t_proc_exit(w2n_instance *inst, w2n_value *c) {
  wasi_proc_exit(inst, c[0].i32);
}
static void t_sched_yield(w2n_instance *inst, w2n_value *c) {
  c[0].i32 = wasi_sched_yield(inst);
}

typedef struct wasi_desc {
  const char *name, *params, *results;
  void *code;
  void (*trampoline)(w2n_instance *, w2n_value *);
} wasi_desc;

#define D(fn, params, results)                                                \
  {#fn, params, results, (void *)wasi_##fn, t_##fn}

/* Sorted by name. */
static const wasi_desc descs[WASI_NUM_FUNCS] = {
    D(args_get, "ii", "i"),
    D(args_sizes_get, "ii", "i"),
    D(clock_res_get, "ii", "i"),
    D(clock_time_get, "ili", "i"),
    D(environ_get, "ii", "i"),
    D(environ_sizes_get, "ii", "i"),
    D(fd_advise, "illi", "i"),
    D(fd_allocate, "ill", "i"),
    D(fd_close, "i", "i"),
    D(fd_datasync, "i", "i"),
    D(fd_fdstat_get, "ii", "i"),
    D(fd_fdstat_set_flags, "ii", "i"),
    D(fd_fdstat_set_rights, "ill", "i"),
    D(fd_filestat_get, "ii", "i"),
    D(fd_filestat_set_size, "il", "i"),
    D(fd_filestat_set_times, "illi", "i"),
    D(fd_pread, "iiili", "i"),
    D(fd_prestat_dir_name, "iii", "i"),
    D(fd_prestat_get, "ii", "i"),
    D(fd_pwrite, "iiili", "i"),
    D(fd_read, "iiii", "i"),
    D(fd_readdir, "iiili", "i"),
    D(fd_renumber, "ii", "i"),
    D(fd_seek, "ilii", "i"),
    D(fd_sync, "i", "i"),
    D(fd_tell, "ii", "i"),
    D(fd_write, "iiii", "i"),
    D(path_create_directory, "iii", "i"),
    D(path_filestat_get, "iiiii", "i"),
    D(path_filestat_set_times, "iiiilli", "i"),
    D(path_link, "iiiiiii", "i"),
    D(path_open, "iiiiillii", "i"),
    D(path_readlink, "iiiiii", "i"),
    D(path_remove_directory, "iii", "i"),
    D(path_rename, "iiiiii", "i"),
    D(path_symlink, "iiiii", "i"),
    D(path_unlink_file, "iii", "i"),
    D(poll_oneoff, "iiii", "i"),
    D(proc_exit, "i", ""),
    D(proc_raise, "i", "i"),
    D(random_get, "ii", "i"),
    D(sched_yield, "", "i"),
    D(sock_accept, "iii", "i"),
    D(sock_recv, "iiiiii", "i"),
    D(sock_send, "iiiii", "i"),
    D(sock_shutdown, "ii", "i"),
};
#undef D

static int find_desc(const char *name) {
  int lo = 0, hi = WASI_NUM_FUNCS - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    int r = strcmp(name, descs[mid].name);
    if (r == 0)
      return mid;
    if (r < 0)
      hi = mid - 1;
    else
      lo = mid + 1;
  }
  return -1;
}

uint32_t w2n_wasi_num_funcs(void) { return WASI_NUM_FUNCS; }

const char *w2n_wasi_func_name(uint32_t i) {
  return i < WASI_NUM_FUNCS ? descs[i].name : NULL;
}

w2n_func *w2n_wasi_func(w2n_wasi *c, const char *name) {
  int i = name ? find_desc(name) : -1;
  return i < 0 ? NULL : c->funcs[i];
}

/* Appends to c->error, keeping it NUL-terminated ("..." when full). */
static void error_append(w2n_wasi *c, const char *s) {
  size_t len = strlen(c->error), cap = sizeof c->error;
  size_t n = strlen(s);
  if (len + n + 4 >= cap) {
    if (len + 4 < cap && (len < 3 || strcmp(c->error + len - 3, "...") != 0))
      memcpy(c->error + len, "...", 4);
    return;
  }
  memcpy(c->error + len, s, n + 1);
}

const char *w2n_wasi_link(w2n_wasi *c, const w2n_module *m,
                          w2n_extern *imports) {
  c->error[0] = '\0';
  int bad = 0;
  uint32_t n = w2n_module_num_imports(m);
  for (uint32_t i = 0; i < n; ++i) {
    const char *module = NULL, *name = NULL;
    uint32_t kind = 0;
    w2n_module_import(m, i, &module, &name, &kind);
    if (!module || strcmp(module, W2N_WASI_MODULE) != 0)
      continue;
    int d = find_desc(name);
    if (d >= 0 && kind == W2N_EXTERN_FUNC) {
      imports[i].kind = W2N_EXTERN_FUNC;
      imports[i].u.func = c->funcs[d];
      continue;
    }
    error_append(c, bad ? "; " : "cannot link WASI imports: ");
    error_append(c, W2N_WASI_MODULE ".");
    error_append(c, name);
    error_append(c, kind != W2N_EXTERN_FUNC ? " (not a function)"
                                            : " (unknown WASI function)");
    bad = 1;
  }
  return bad ? c->error : NULL;
}

/*===--- Context -------------------------------------------------------------===*/

void w2n_wasi_config_init(w2n_wasi_config *cfg) {
  memset(cfg, 0, sizeof *cfg);
  cfg->stdin_fd = 0;
  cfg->stdout_fd = 1;
  cfg->stderr_fd = 2;
  cfg->resolver = W2N_WASI_RESOLVE_AUTO;
}

/* Lays out `count` strings NUL-terminated in a fresh buffer. */
static int pack_strings(const char *const *strs, uint32_t count, char **buf,
                        uint32_t *len) {
  uint64_t total = 0;
  for (uint32_t i = 0; i < count; ++i)
    total += strlen(strs[i]) + 1;
  if (total > UINT32_MAX)
    return 0;
  *buf = malloc(total ? total : 1);
  if (!*buf)
    return 0;
  char *p = *buf;
  for (uint32_t i = 0; i < count; ++i) {
    size_t n = strlen(strs[i]) + 1;
    memcpy(p, strs[i], n);
    p += n;
  }
  *len = (uint32_t)total;
  return 1;
}

w2n_wasi *w2n_wasi_new(const w2n_wasi_config *cfg, char *error,
                       size_t error_len) {
  w2n_wasi_config defaults;
  if (!cfg) {
    w2n_wasi_config_init(&defaults);
    cfg = &defaults;
  }
  w2n_wasi *c = calloc(1, sizeof *c);
  if (!c) {
    if (error && error_len)
      snprintf(error, error_len, "out of memory");
    return NULL;
  }
  const char *fail = NULL;
  if (cfg->argc < 0 || (cfg->argc > 0 && !cfg->argv)) {
    fail = "invalid argc/argv";
    goto out;
  }
  for (int i = 0; i < cfg->argc; ++i)
    if (!cfg->argv[i]) {
      fail = "argv has a NULL entry";
      goto out;
    }
  c->arg_count = (uint32_t)cfg->argc;
  if (!pack_strings(cfg->argv, c->arg_count, &c->arg_buf, &c->arg_buf_len)) {
    fail = "out of memory (arguments)";
    goto out;
  }
  uint32_t envc = 0;
  if (cfg->environ)
    while (cfg->environ[envc])
      ++envc;
  c->env_count = envc;
  if (!pack_strings(cfg->environ, envc, &c->env_buf, &c->env_buf_len)) {
    fail = "out of memory (environment)";
    goto out;
  }

  switch (cfg->resolver) {
  case W2N_WASI_RESOLVE_AUTO:
    c->resolver = wasi_have_openat2() ? W2N_WASI_RESOLVE_OPENAT2
                                      : W2N_WASI_RESOLVE_WALK;
    break;
  case W2N_WASI_RESOLVE_OPENAT2:
    if (!wasi_have_openat2()) {
      fail = "openat2(RESOLVE_BENEATH) is not available on this kernel";
      goto out;
    }
    c->resolver = W2N_WASI_RESOLVE_OPENAT2;
    break;
  case W2N_WASI_RESOLVE_WALK:
    c->resolver = W2N_WASI_RESOLVE_WALK;
    break;
  default:
    fail = "unknown resolver";
    goto out;
  }

  if (!fds_reserve(c, 3 + cfg->num_preopens)) {
    fail = "out of memory (descriptors)";
    goto out;
  }
  const int stdio[3] = {cfg->stdin_fd, cfg->stdout_fd, cfg->stderr_fd};
  for (int i = 0; i < 3; ++i)
    if (stdio[i] >= 0 && insert_host_fd(c, stdio[i], i) < 0) {
      fail = c->error;
      goto out;
    }
  for (uint32_t i = 0; i < cfg->num_preopens; ++i) {
    const w2n_wasi_preopen *p = &cfg->preopens[i];
    if (!p->host_path) {
      fail = "preopen without a host path";
      goto out;
    }
    const char *guest = p->guest_path ? p->guest_path : p->host_path;
    int dir = open(p->host_path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) {
      snprintf(c->error, sizeof c->error, "cannot preopen %s: %s",
               p->host_path, strerror(errno));
      fail = c->error;
      goto out;
    }
    wasi_fd *f = &c->fds[3 + i];
    fd_init(f, dir, WASI_FILETYPE_DIRECTORY, WASI_RIGHTS_DIRECTORY,
           WASI_RIGHTS_DIRECTORY_INHERITING);
    f->preopen = strdup(guest);
    if (!f->preopen) {
      fail = "out of memory";
      goto out;
    }
  }

  for (int i = 0; i < WASI_NUM_FUNCS; ++i) {
    c->funcs[i] = w2n_host_func(descs[i].params, descs[i].results,
                                descs[i].code, descs[i].trampoline,
                                (w2n_instance *)(void *)c);
    if (!c->funcs[i]) {
      fail = "cannot create host functions";
      goto out;
    }
  }
  c->error[0] = '\0';
  return c;

out:
  if (error && error_len)
    snprintf(error, error_len, "%s", fail);
  w2n_wasi_free(c);
  return NULL;
}

void w2n_wasi_free(w2n_wasi *c) {
  if (!c)
    return;
  for (uint32_t i = 0; i < c->num_fds; ++i) {
    if (c->fds[i].host >= 0)
      close(c->fds[i].host);
    free(c->fds[i].preopen);
  }
  free(c->fds);
  for (int i = 0; i < WASI_NUM_FUNCS; ++i)
    if (c->funcs[i])
      w2n_func_free(c->funcs[i]);
  free(c->arg_buf);
  free(c->env_buf);
  free(c);
}

int32_t w2n_wasi_insert_fd(w2n_wasi *c, int host_fd) {
  return insert_host_fd(c, host_fd, -1);
}

void w2n_wasi_set_memory(w2n_wasi *c, w2n_memory *mem) { c->memory = mem; }

int w2n_wasi_bind_instance(w2n_wasi *c, w2n_instance *inst) {
  w2n_extern e;
  if (inst && w2n_instance_export(inst, "memory", &e) &&
      e.kind == W2N_EXTERN_MEMORY) {
    c->memory = e.u.memory;
    return 1;
  }
  c->memory = NULL;
  return 0;
}

int w2n_wasi_exited(const w2n_wasi *c, uint32_t *code) {
  if (c->exited && code)
    *code = c->exit_code;
  return c->exited;
}

uint32_t w2n_wasi_start(w2n_wasi *c, w2n_instance *inst,
                        uint32_t *exit_code) {
  w2n_extern e;
  if (!w2n_instance_export(inst, "_start", &e) || e.kind != W2N_EXTERN_FUNC)
    return W2N_WASI_NO_START;
  const char *params = NULL, *results = NULL;
  w2n_func_type(e.u.func, &params, &results);
  if (!params || !results || params[0] || results[0])
    return W2N_WASI_NO_START;
  c->exited = 0;
  w2n_value cells[1];
  memset(cells, 0, sizeof cells);
  uint32_t kind = w2n_call(e.u.func, cells);
  if (kind == W2N_TRAP_EXIT && c->exited) {
    *exit_code = c->exit_code;
    return W2N_TRAP_NONE;
  }
  if (kind == W2N_TRAP_NONE)
    *exit_code = 0;
  return kind;
}

/*===--- args, environ -------------------------------------------------------===*/

static int32_t strings_get(w2n_wasi *c, const char *buf, uint32_t count,
                           uint32_t buf_len, uint32_t ptrs, uint32_t dst) {
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, ptrs, (uint64_t)count * 4) || !wmem_ok(m, dst, buf_len))
    return WASI_EFAULT;
  if (buf_len)
    memmove(wmem_at(m, dst), buf, buf_len);
  uint32_t off = 0;
  for (uint32_t i = 0; i < count; ++i) {
    st32(wmem_at(m, ptrs + 4 * i), dst + off);
    off += (uint32_t)strlen(buf + off) + 1;
  }
  return WASI_ESUCCESS;
}

static int32_t sizes_get(w2n_wasi *c, uint32_t count, uint32_t len,
                         uint32_t count_ptr, uint32_t size_ptr) {
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, count_ptr, 4) || !wmem_ok(m, size_ptr, 4))
    return WASI_EFAULT;
  st32(wmem_at(m, count_ptr), count);
  st32(wmem_at(m, size_ptr), len);
  return WASI_ESUCCESS;
}

int32_t wasi_args_get(w2n_instance *inst, int32_t argv, int32_t argv_buf) {
  w2n_wasi *c = wasi_ctx(inst);
  return strings_get(c, c->arg_buf, c->arg_count, c->arg_buf_len,
                     (uint32_t)argv, (uint32_t)argv_buf);
}

int32_t wasi_args_sizes_get(w2n_instance *inst, int32_t argc_ptr,
                            int32_t size_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  return sizes_get(c, c->arg_count, c->arg_buf_len, (uint32_t)argc_ptr,
                   (uint32_t)size_ptr);
}

int32_t wasi_environ_get(w2n_instance *inst, int32_t env, int32_t env_buf) {
  w2n_wasi *c = wasi_ctx(inst);
  return strings_get(c, c->env_buf, c->env_count, c->env_buf_len,
                     (uint32_t)env, (uint32_t)env_buf);
}

int32_t wasi_environ_sizes_get(w2n_instance *inst, int32_t count_ptr,
                               int32_t size_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  return sizes_get(c, c->env_count, c->env_buf_len, (uint32_t)count_ptr,
                   (uint32_t)size_ptr);
}

/*===--- Clocks, random ------------------------------------------------------===*/

static int host_clock(int32_t id, clockid_t *out) {
  switch (id) {
  case WASI_CLOCK_REALTIME: *out = CLOCK_REALTIME; return 1;
  case WASI_CLOCK_MONOTONIC: *out = CLOCK_MONOTONIC; return 1;
  case WASI_CLOCK_PROCESS_CPUTIME_ID: *out = CLOCK_PROCESS_CPUTIME_ID; return 1;
  case WASI_CLOCK_THREAD_CPUTIME_ID: *out = CLOCK_THREAD_CPUTIME_ID; return 1;
  default: return 0;
  }
}

int32_t wasi_clock_res_get(w2n_instance *inst, int32_t id, int32_t res_ptr) {
  wmem m = wasi_mem(wasi_ctx(inst));
  clockid_t clk;
  if (!host_clock(id, &clk))
    return WASI_EINVAL;
  if (!wmem_ok(m, (uint32_t)res_ptr, 8))
    return WASI_EFAULT;
  struct timespec ts;
  if (clock_getres(clk, &ts) != 0)
    return wasi_errno(errno);
  uint64_t ns = ts_ns(ts);
  st64(wmem_at(m, (uint32_t)res_ptr), ns ? ns : 1);
  return WASI_ESUCCESS;
}

int32_t wasi_clock_time_get(w2n_instance *inst, int32_t id, int64_t precision,
                            int32_t time_ptr) {
  (void)precision;
  wmem m = wasi_mem(wasi_ctx(inst));
  clockid_t clk;
  if (!host_clock(id, &clk))
    return WASI_EINVAL;
  if (!wmem_ok(m, (uint32_t)time_ptr, 8))
    return WASI_EFAULT;
  struct timespec ts;
  if (clock_gettime(clk, &ts) != 0)
    return wasi_errno(errno);
  st64(wmem_at(m, (uint32_t)time_ptr), ts_ns(ts));
  return WASI_ESUCCESS;
}

int32_t wasi_random_get(w2n_instance *inst, int32_t buf, int32_t buf_len) {
  wmem m = wasi_mem(wasi_ctx(inst));
  uint32_t len = (uint32_t)buf_len;
  if (!wmem_ok(m, (uint32_t)buf, len))
    return WASI_EFAULT;
  uint8_t *p = wmem_at(m, (uint32_t)buf);
  while (len > 0) {
    size_t chunk = len > (1u << 25) ? (1u << 25) : len;
    ssize_t n = getrandom(p, chunk, 0);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return wasi_errno(errno);
    }
    p += n;
    len -= (uint32_t)n;
  }
  return WASI_ESUCCESS;
}

/*===--- Process -------------------------------------------------------------===*/

_Noreturn void wasi_exit(w2n_wasi *c, uint32_t code) {
  c->exited = 1;
  c->exit_code = code;
  w2n_trap((w2n_instance *)(void *)c, W2N_TRAP_EXIT);
}

void wasi_proc_exit(w2n_instance *inst, int32_t code) {
  wasi_exit(wasi_ctx(inst), (uint32_t)code);
}

int32_t wasi_proc_raise(w2n_instance *inst, int32_t sig) {
  switch (sig) {
  case 0:  /* NONE */
  case 13: /* PIPE: "Action: Ignored" in the witx spec */
  case 16: /* CHLD */
  case 17: /* CONT */
  case 22: /* URG */
  case 27: /* WINCH */
    return WASI_ESUCCESS;
  case 18: /* STOP */
  case 19: /* TSTP */
  case 20: /* TTIN */
  case 21: /* TTOU */
    return WASI_ENOTSUP;
  default:
    if (sig < 0 || sig > 30)
      return WASI_EINVAL;
    /* Default action "terminate": end the program like a shell reports a
     * process killed by a signal. */
    wasi_exit(wasi_ctx(inst), 128u + (uint32_t)sig);
  }
}

int32_t wasi_sched_yield(w2n_instance *inst) {
  (void)inst;
  sched_yield();
  return WASI_ESUCCESS;
}
