/*===- wasi_internal.h - Private parts of the WASI implementation --------===*
 *
 * Included first by every file of runtime/wasi (it selects the GNU feature
 * macros before any system header).
 *
 * Guest memory: every pointer and length the guest passes is checked
 * against the memory's current size (wmem_ok) before the host touches the
 * bytes; multi-byte values are stored little-endian with memcpy (guest
 * pointers need not be aligned).
 *
 *===----------------------------------------------------------------------===*/

#ifndef W2N_WASI_INTERNAL_H
#define W2N_WASI_INTERNAL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif

#include "w2n/wasi.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <time.h>

/*===--- WASI preview 1 constants (witx numbering) -------------------------===*/

enum {
  WASI_ESUCCESS = 0, WASI_E2BIG = 1, WASI_EACCES = 2, WASI_EADDRINUSE = 3,
  WASI_EADDRNOTAVAIL = 4, WASI_EAFNOSUPPORT = 5, WASI_EAGAIN = 6,
  WASI_EALREADY = 7, WASI_EBADF = 8, WASI_EBADMSG = 9, WASI_EBUSY = 10,
  WASI_ECANCELED = 11, WASI_ECHILD = 12, WASI_ECONNABORTED = 13,
  WASI_ECONNREFUSED = 14, WASI_ECONNRESET = 15, WASI_EDEADLK = 16,
  WASI_EDESTADDRREQ = 17, WASI_EDOM = 18, WASI_EDQUOT = 19,
  WASI_EEXIST = 20, WASI_EFAULT = 21, WASI_EFBIG = 22,
  WASI_EHOSTUNREACH = 23, WASI_EIDRM = 24, WASI_EILSEQ = 25,
  WASI_EINPROGRESS = 26, WASI_EINTR = 27, WASI_EINVAL = 28, WASI_EIO = 29,
  WASI_EISCONN = 30, WASI_EISDIR = 31, WASI_ELOOP = 32, WASI_EMFILE = 33,
  WASI_EMLINK = 34, WASI_EMSGSIZE = 35, WASI_EMULTIHOP = 36,
  WASI_ENAMETOOLONG = 37, WASI_ENETDOWN = 38, WASI_ENETRESET = 39,
  WASI_ENETUNREACH = 40, WASI_ENFILE = 41, WASI_ENOBUFS = 42,
  WASI_ENODEV = 43, WASI_ENOENT = 44, WASI_ENOEXEC = 45, WASI_ENOLCK = 46,
  WASI_ENOLINK = 47, WASI_ENOMEM = 48, WASI_ENOMSG = 49,
  WASI_ENOPROTOOPT = 50, WASI_ENOSPC = 51, WASI_ENOSYS = 52,
  WASI_ENOTCONN = 53, WASI_ENOTDIR = 54, WASI_ENOTEMPTY = 55,
  WASI_ENOTRECOVERABLE = 56, WASI_ENOTSOCK = 57, WASI_ENOTSUP = 58,
  WASI_ENOTTY = 59, WASI_ENXIO = 60, WASI_EOVERFLOW = 61,
  WASI_EOWNERDEAD = 62, WASI_EPERM = 63, WASI_EPIPE = 64, WASI_EPROTO = 65,
  WASI_EPROTONOSUPPORT = 66, WASI_EPROTOTYPE = 67, WASI_ERANGE = 68,
  WASI_EROFS = 69, WASI_ESPIPE = 70, WASI_ESRCH = 71, WASI_ESTALE = 72,
  WASI_ETIMEDOUT = 73, WASI_ETXTBSY = 74, WASI_EXDEV = 75,
  WASI_ENOTCAPABLE = 76
};

/* Rights. */
#define R(n) (UINT64_C(1) << (n))
#define WASI_RIGHT_FD_DATASYNC R(0)
#define WASI_RIGHT_FD_READ R(1)
#define WASI_RIGHT_FD_SEEK R(2)
#define WASI_RIGHT_FD_FDSTAT_SET_FLAGS R(3)
#define WASI_RIGHT_FD_SYNC R(4)
#define WASI_RIGHT_FD_TELL R(5)
#define WASI_RIGHT_FD_WRITE R(6)
#define WASI_RIGHT_FD_ADVISE R(7)
#define WASI_RIGHT_FD_ALLOCATE R(8)
#define WASI_RIGHT_PATH_CREATE_DIRECTORY R(9)
#define WASI_RIGHT_PATH_CREATE_FILE R(10)
#define WASI_RIGHT_PATH_LINK_SOURCE R(11)
#define WASI_RIGHT_PATH_LINK_TARGET R(12)
#define WASI_RIGHT_PATH_OPEN R(13)
#define WASI_RIGHT_FD_READDIR R(14)
#define WASI_RIGHT_PATH_READLINK R(15)
#define WASI_RIGHT_PATH_RENAME_SOURCE R(16)
#define WASI_RIGHT_PATH_RENAME_TARGET R(17)
#define WASI_RIGHT_PATH_FILESTAT_GET R(18)
#define WASI_RIGHT_PATH_FILESTAT_SET_SIZE R(19)
#define WASI_RIGHT_PATH_FILESTAT_SET_TIMES R(20)
#define WASI_RIGHT_FD_FILESTAT_GET R(21)
#define WASI_RIGHT_FD_FILESTAT_SET_SIZE R(22)
#define WASI_RIGHT_FD_FILESTAT_SET_TIMES R(23)
#define WASI_RIGHT_PATH_SYMLINK R(24)
#define WASI_RIGHT_PATH_REMOVE_DIRECTORY R(25)
#define WASI_RIGHT_PATH_UNLINK_FILE R(26)
#define WASI_RIGHT_POLL_FD_READWRITE R(27)
#define WASI_RIGHT_SOCK_SHUTDOWN R(28)
#define WASI_RIGHT_SOCK_ACCEPT R(29)
#define WASI_RIGHTS_ALL (R(30) - 1)

/* Rights each kind of descriptor can have at most. */
#define WASI_RIGHTS_REGULAR_FILE                                             \
  (WASI_RIGHT_FD_DATASYNC | WASI_RIGHT_FD_READ | WASI_RIGHT_FD_SEEK |        \
   WASI_RIGHT_FD_FDSTAT_SET_FLAGS | WASI_RIGHT_FD_SYNC | WASI_RIGHT_FD_TELL | \
   WASI_RIGHT_FD_WRITE | WASI_RIGHT_FD_ADVISE | WASI_RIGHT_FD_ALLOCATE |     \
   WASI_RIGHT_FD_FILESTAT_GET | WASI_RIGHT_FD_FILESTAT_SET_SIZE |            \
   WASI_RIGHT_FD_FILESTAT_SET_TIMES | WASI_RIGHT_POLL_FD_READWRITE)
#define WASI_RIGHTS_DIRECTORY                                                \
  (WASI_RIGHT_FD_DATASYNC | WASI_RIGHT_FD_FDSTAT_SET_FLAGS |                 \
   WASI_RIGHT_FD_SYNC | WASI_RIGHT_PATH_CREATE_DIRECTORY |                   \
   WASI_RIGHT_PATH_CREATE_FILE | WASI_RIGHT_PATH_LINK_SOURCE |               \
   WASI_RIGHT_PATH_LINK_TARGET | WASI_RIGHT_PATH_OPEN |                      \
   WASI_RIGHT_FD_READDIR | WASI_RIGHT_PATH_READLINK |                        \
   WASI_RIGHT_PATH_RENAME_SOURCE | WASI_RIGHT_PATH_RENAME_TARGET |           \
   WASI_RIGHT_PATH_FILESTAT_GET | WASI_RIGHT_PATH_FILESTAT_SET_SIZE |        \
   WASI_RIGHT_PATH_FILESTAT_SET_TIMES | WASI_RIGHT_FD_FILESTAT_GET |         \
   WASI_RIGHT_FD_FILESTAT_SET_TIMES | WASI_RIGHT_PATH_SYMLINK |              \
   WASI_RIGHT_PATH_REMOVE_DIRECTORY | WASI_RIGHT_PATH_UNLINK_FILE |          \
   WASI_RIGHT_POLL_FD_READWRITE)
#define WASI_RIGHTS_DIRECTORY_INHERITING                                     \
  (WASI_RIGHTS_DIRECTORY | WASI_RIGHTS_REGULAR_FILE)
/* Terminals: no seek/tell (that is how wasi-libc's isatty recognises one). */
#define WASI_RIGHTS_TTY                                                      \
  (WASI_RIGHT_FD_READ | WASI_RIGHT_FD_FDSTAT_SET_FLAGS | WASI_RIGHT_FD_WRITE | \
   WASI_RIGHT_FD_FILESTAT_GET | WASI_RIGHT_POLL_FD_READWRITE)
#define WASI_RIGHTS_CHAR_DEVICE                                              \
  (WASI_RIGHTS_TTY | WASI_RIGHT_FD_SEEK | WASI_RIGHT_FD_TELL)
#define WASI_RIGHTS_PIPE WASI_RIGHTS_TTY
#define WASI_RIGHTS_SOCKET                                                   \
  (WASI_RIGHTS_TTY | WASI_RIGHT_SOCK_SHUTDOWN | WASI_RIGHT_SOCK_ACCEPT)

enum {
  WASI_FILETYPE_UNKNOWN = 0, WASI_FILETYPE_BLOCK_DEVICE = 1,
  WASI_FILETYPE_CHARACTER_DEVICE = 2, WASI_FILETYPE_DIRECTORY = 3,
  WASI_FILETYPE_REGULAR_FILE = 4, WASI_FILETYPE_SOCKET_DGRAM = 5,
  WASI_FILETYPE_SOCKET_STREAM = 6, WASI_FILETYPE_SYMBOLIC_LINK = 7
};

#define WASI_FDFLAG_APPEND 1u
#define WASI_FDFLAG_DSYNC 2u
#define WASI_FDFLAG_NONBLOCK 4u
#define WASI_FDFLAG_RSYNC 8u
#define WASI_FDFLAG_SYNC 16u
#define WASI_FDFLAGS_ALL 31u

#define WASI_OFLAG_CREAT 1u
#define WASI_OFLAG_DIRECTORY 2u
#define WASI_OFLAG_EXCL 4u
#define WASI_OFLAG_TRUNC 8u

#define WASI_LOOKUP_SYMLINK_FOLLOW 1u

#define WASI_FSTFLAG_ATIM 1u
#define WASI_FSTFLAG_ATIM_NOW 2u
#define WASI_FSTFLAG_MTIM 4u
#define WASI_FSTFLAG_MTIM_NOW 8u

enum { WASI_WHENCE_SET = 0, WASI_WHENCE_CUR = 1, WASI_WHENCE_END = 2 };

enum {
  WASI_CLOCK_REALTIME = 0, WASI_CLOCK_MONOTONIC = 1,
  WASI_CLOCK_PROCESS_CPUTIME_ID = 2, WASI_CLOCK_THREAD_CPUTIME_ID = 3
};

enum { WASI_EVENTTYPE_CLOCK = 0, WASI_EVENTTYPE_FD_READ = 1,
       WASI_EVENTTYPE_FD_WRITE = 2 };
#define WASI_EVENTRWFLAGS_HANGUP 1u
#define WASI_SUBCLOCKFLAG_ABSTIME 1u

#define WASI_RIFLAG_RECV_PEEK 1u
#define WASI_RIFLAG_RECV_WAITALL 2u
#define WASI_ROFLAG_RECV_DATA_TRUNCATED 1u
#define WASI_SDFLAG_RD 1u
#define WASI_SDFLAG_WR 2u

#define WASI_PREOPENTYPE_DIR 0

/* Struct sizes and field offsets (wasm32). */
#define WASI_IOVEC_SIZE 8
#define WASI_FDSTAT_SIZE 24
#define WASI_FILESTAT_SIZE 64
#define WASI_PRESTAT_SIZE 8
#define WASI_DIRENT_SIZE 24
#define WASI_SUBSCRIPTION_SIZE 48
#define WASI_EVENT_SIZE 32

/*===--- The context --------------------------------------------------------===*/

typedef struct wasi_fd {
  int host;          /* host descriptor; -1: this guest descriptor is free */
  uint8_t type;      /* WASI_FILETYPE_* */
  uint8_t rsync;     /* opened with fdflags RSYNC (not visible in F_GETFL) */
  uint64_t base;     /* rights */
  uint64_t inheriting;
  char *preopen;     /* guest name of a preopened directory, else NULL */
} wasi_fd;

enum { WASI_NUM_FUNCS = 46 };

struct w2n_wasi {
  w2n_memory *memory;
  /* Arguments and environment: `count` NUL-terminated strings laid out in
   * `buf` (`buf_len` bytes) as args_get/environ_get copy them. */
  char *arg_buf;
  uint32_t arg_count, arg_buf_len;
  char *env_buf;
  uint32_t env_count, env_buf_len;
  wasi_fd *fds;
  uint32_t num_fds; /* capacity of fds */
  w2n_func *funcs[WASI_NUM_FUNCS];
  int exited;
  uint32_t exit_code;
  uint32_t resolver; /* W2N_WASI_RESOLVE_OPENAT2 or _WALK */
  char error[512];
};

static inline w2n_wasi *wasi_ctx(w2n_instance *inst) {
  return (w2n_wasi *)(void *)inst;
}

/*===--- Guest memory -------------------------------------------------------===*/

typedef struct wmem {
  uint8_t *base;
  uint64_t size;
} wmem;

static inline wmem wasi_mem(w2n_wasi *c) {
  wmem m = {NULL, 0};
  if (c->memory) {
    m.base = w2n_memory_data(c->memory);
    m.size = w2n_memory_size(c->memory);
    if (!m.base)
      m.size = 0;
  }
  return m;
}

/* [ptr, ptr + len) lies inside the memory. */
static inline bool wmem_ok(wmem m, uint32_t ptr, uint64_t len) {
  return len <= m.size && (uint64_t)ptr <= m.size - len;
}

/* Host address of guest address ptr (after wmem_ok). No memory: NULL. */
static inline uint8_t *wmem_at(wmem m, uint32_t ptr) {
  return m.base ? m.base + ptr : NULL;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define WASI_BSWAP16(x) __builtin_bswap16(x)
#define WASI_BSWAP32(x) __builtin_bswap32(x)
#define WASI_BSWAP64(x) __builtin_bswap64(x)
#else
#define WASI_BSWAP16(x) (x)
#define WASI_BSWAP32(x) (x)
#define WASI_BSWAP64(x) (x)
#endif

static inline uint16_t ld16(const uint8_t *p) {
  uint16_t v;
  memcpy(&v, p, 2);
  return WASI_BSWAP16(v);
}
static inline uint32_t ld32(const uint8_t *p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return WASI_BSWAP32(v);
}
static inline uint64_t ld64(const uint8_t *p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return WASI_BSWAP64(v);
}
static inline void st8(uint8_t *p, uint8_t v) { *p = v; }
static inline void st16(uint8_t *p, uint16_t v) {
  v = WASI_BSWAP16(v);
  memcpy(p, &v, 2);
}
static inline void st32(uint8_t *p, uint32_t v) {
  v = WASI_BSWAP32(v);
  memcpy(p, &v, 4);
}
static inline void st64(uint8_t *p, uint64_t v) {
  v = WASI_BSWAP64(v);
  memcpy(p, &v, 8);
}

/* Writes a u32/u64 result to guest memory (FAULT if out of bounds). */
static inline int32_t wasi_put32(wmem m, uint32_t ptr, uint32_t v) {
  if (!wmem_ok(m, ptr, 4))
    return WASI_EFAULT;
  st32(wmem_at(m, ptr), v);
  return WASI_ESUCCESS;
}
static inline int32_t wasi_put64(wmem m, uint32_t ptr, uint64_t v) {
  if (!wmem_ok(m, ptr, 8))
    return WASI_EFAULT;
  st64(wmem_at(m, ptr), v);
  return WASI_ESUCCESS;
}

/* Host iovec array built from a guest iovec array (each buffer checked). At
 * most IOV_MAX (1024) entries are used (a shorter read/write), and the
 * total is kept below 2^31 bytes so results fit the guest's u32 size. */
typedef struct wasi_iovs {
  struct iovec *iov;
  int count;
  struct iovec *heap; /* malloc'ed when more than the inline array */
  struct iovec inline_iov[16];
} wasi_iovs;
int32_t wasi_iovs_get(wmem m, uint32_t iovs, uint32_t iovs_len,
                      wasi_iovs *out);
void wasi_iovs_free(wasi_iovs *v);

/* Copies the guest string [ptr, ptr + len) into a fresh NUL-terminated
 * host string. FAULT if out of bounds, INVAL if it contains a NUL byte,
 * NAMETOOLONG beyond PATH_MAX, NOMEM. */
int32_t wasi_guest_string(wmem m, uint32_t ptr, uint32_t len, char **out);

/*===--- Descriptors --------------------------------------------------------===*/

/* Linux errno -> WASI errno (IO for those WASI lacks). */
int32_t wasi_errno(int host_errno);

/* The open descriptor `fd` with all of `rights`; NULL with *err = BADF or
 * NOTCAPABLE otherwise. */
wasi_fd *wasi_fd_get(w2n_wasi *c, int32_t fd, uint64_t rights, int32_t *err);

/* Adds host descriptor `host` (taking ownership) as the lowest free guest
 * descriptor. Returns it, or -1 (host not closed) if out of memory. */
int32_t wasi_fd_add(w2n_wasi *c, int host, uint8_t type, uint64_t base,
                    uint64_t inheriting);

/* WASI file type of host descriptor `fd` (or -1 for a path) with status
 * `st`. */
uint8_t wasi_filetype(int fd, const struct stat *st);

/* Most rights a descriptor of this type (host descriptor fd) can have. */
uint64_t wasi_max_rights(uint8_t type, int fd);

/* Stores `st` as a WASI filestat at p (64 bytes). */
void wasi_store_filestat(uint8_t *p, const struct stat *st, uint8_t type);

/* Converts the guest's fst_flags and times to a timespec[2] for
 * utimensat/futimens. INVAL for contradictory or unknown flags. */
int32_t wasi_times(uint64_t atim, uint64_t mtim, uint32_t fst_flags,
                   struct timespec ts[2]);

/* fdflags of host descriptor `fd` as WASI fdflags. */
uint16_t wasi_fdflags(const wasi_fd *f);

/*===--- Path resolution (resolve.c) ----------------------------------------===*/

/* Resolution flags. */
#define WASI_RES_FOLLOW 1u /* follow a symlink in the last component     */
#define WASI_RES_LOOKUP 2u /* a trailing slash makes it follow too       */

/* Where a guest path leads: directory `dir` (beneath the guest's directory
 * descriptor) and a last component `name` to use with the *at calls with
 * AT_SYMLINK_NOFOLLOW semantics. `name` is "." when the path names a
 * directory itself ("." or ".." last). */
typedef struct wasi_path {
  int dir;
  int dir_owned;
  int trailing_slash; /* the guest path ended with '/' */
  const char *name;   /* points into buf, or "." */
  char *buf;
} wasi_path;

/* Resolves `path` (a host string from wasi_guest_string) relative to the
 * directory descriptor `root`, never leaving it: absolute paths, `..`
 * above root and symlinks leading outside give NOTCAPABLE. Returns a WASI
 * errno; on success release `out` with wasi_path_free. */
int32_t wasi_resolve(w2n_wasi *c, int root, const char *path, unsigned flags,
                     wasi_path *out);
void wasi_path_free(wasi_path *p);

/* Opens `path` beneath `root` with open(2) `oflags` (O_NOFOLLOW added
 * unless follow) and `mode`. Returns a WASI errno; *out is the new host
 * descriptor. */
int32_t wasi_open_beneath(w2n_wasi *c, int root, const char *path,
                          int oflags, mode_t mode, bool follow, int *out);

/* 1 if openat2(RESOLVE_BENEATH) works on this kernel (probed once). */
int wasi_have_openat2(void);

/*===--- The functions (wasm signatures; inst is the context) --------------===*/

#define W w2n_instance *inst
int32_t wasi_args_get(W, int32_t argv, int32_t argv_buf);
int32_t wasi_args_sizes_get(W, int32_t argc_ptr, int32_t size_ptr);
int32_t wasi_environ_get(W, int32_t env, int32_t env_buf);
int32_t wasi_environ_sizes_get(W, int32_t count_ptr, int32_t size_ptr);
int32_t wasi_clock_res_get(W, int32_t id, int32_t res_ptr);
int32_t wasi_clock_time_get(W, int32_t id, int64_t precision,
                            int32_t time_ptr);
int32_t wasi_fd_advise(W, int32_t fd, int64_t offset, int64_t len,
                       int32_t advice);
int32_t wasi_fd_allocate(W, int32_t fd, int64_t offset, int64_t len);
int32_t wasi_fd_close(W, int32_t fd);
int32_t wasi_fd_datasync(W, int32_t fd);
int32_t wasi_fd_fdstat_get(W, int32_t fd, int32_t buf);
int32_t wasi_fd_fdstat_set_flags(W, int32_t fd, int32_t flags);
int32_t wasi_fd_fdstat_set_rights(W, int32_t fd, int64_t base,
                                  int64_t inheriting);
int32_t wasi_fd_filestat_get(W, int32_t fd, int32_t buf);
int32_t wasi_fd_filestat_set_size(W, int32_t fd, int64_t size);
int32_t wasi_fd_filestat_set_times(W, int32_t fd, int64_t atim, int64_t mtim,
                                   int32_t fst_flags);
int32_t wasi_fd_pread(W, int32_t fd, int32_t iovs, int32_t iovs_len,
                      int64_t offset, int32_t nread_ptr);
int32_t wasi_fd_prestat_get(W, int32_t fd, int32_t buf);
int32_t wasi_fd_prestat_dir_name(W, int32_t fd, int32_t path,
                                 int32_t path_len);
int32_t wasi_fd_pwrite(W, int32_t fd, int32_t iovs, int32_t iovs_len,
                       int64_t offset, int32_t nwritten_ptr);
int32_t wasi_fd_read(W, int32_t fd, int32_t iovs, int32_t iovs_len,
                     int32_t nread_ptr);
int32_t wasi_fd_readdir(W, int32_t fd, int32_t buf, int32_t buf_len,
                        int64_t cookie, int32_t bufused_ptr);
int32_t wasi_fd_renumber(W, int32_t fd, int32_t to);
int32_t wasi_fd_seek(W, int32_t fd, int64_t offset, int32_t whence,
                     int32_t newoffset_ptr);
int32_t wasi_fd_sync(W, int32_t fd);
int32_t wasi_fd_tell(W, int32_t fd, int32_t offset_ptr);
int32_t wasi_fd_write(W, int32_t fd, int32_t iovs, int32_t iovs_len,
                      int32_t nwritten_ptr);
int32_t wasi_path_create_directory(W, int32_t fd, int32_t path,
                                   int32_t path_len);
int32_t wasi_path_filestat_get(W, int32_t fd, int32_t flags, int32_t path,
                               int32_t path_len, int32_t buf);
int32_t wasi_path_filestat_set_times(W, int32_t fd, int32_t flags,
                                     int32_t path, int32_t path_len,
                                     int64_t atim, int64_t mtim,
                                     int32_t fst_flags);
int32_t wasi_path_link(W, int32_t old_fd, int32_t old_flags,
                       int32_t old_path, int32_t old_path_len, int32_t new_fd,
                       int32_t new_path, int32_t new_path_len);
int32_t wasi_path_open(W, int32_t fd, int32_t dirflags, int32_t path,
                       int32_t path_len, int32_t oflags, int64_t rights_base,
                       int64_t rights_inheriting, int32_t fdflags,
                       int32_t fd_ptr);
int32_t wasi_path_readlink(W, int32_t fd, int32_t path, int32_t path_len,
                           int32_t buf, int32_t buf_len, int32_t bufused_ptr);
int32_t wasi_path_remove_directory(W, int32_t fd, int32_t path,
                                   int32_t path_len);
int32_t wasi_path_rename(W, int32_t fd, int32_t old_path,
                         int32_t old_path_len, int32_t new_fd,
                         int32_t new_path, int32_t new_path_len);
int32_t wasi_path_symlink(W, int32_t old_path, int32_t old_path_len,
                          int32_t fd, int32_t new_path, int32_t new_path_len);
int32_t wasi_path_unlink_file(W, int32_t fd, int32_t path, int32_t path_len);
int32_t wasi_poll_oneoff(W, int32_t in, int32_t out, int32_t nsubscriptions,
                         int32_t nevents_ptr);
void wasi_proc_exit(W, int32_t code);
int32_t wasi_proc_raise(W, int32_t sig);
int32_t wasi_sched_yield(W);
int32_t wasi_random_get(W, int32_t buf, int32_t buf_len);
int32_t wasi_sock_accept(W, int32_t fd, int32_t flags, int32_t fd_ptr);
int32_t wasi_sock_recv(W, int32_t fd, int32_t ri_data, int32_t ri_data_len,
                       int32_t ri_flags, int32_t ro_datalen_ptr,
                       int32_t ro_flags_ptr);
int32_t wasi_sock_send(W, int32_t fd, int32_t si_data, int32_t si_data_len,
                       int32_t si_flags, int32_t so_datalen_ptr);
int32_t wasi_sock_shutdown(W, int32_t fd, int32_t how);
#undef W

/* Ends the program with `code` (proc_exit): unwinds the active w2n_call
 * with W2N_TRAP_EXIT. */
_Noreturn void wasi_exit(w2n_wasi *c, uint32_t code);

#endif /* W2N_WASI_INTERNAL_H */
