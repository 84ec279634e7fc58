/*===- fd.c - The fd_* functions of wasi_snapshot_preview1 ----------------===*
 *
 * Each function checks, in this order: the descriptor (BADF), its rights
 * (NOTCAPABLE), its other arguments (INVAL), then every guest pointer it
 * will read or write (FAULT), before any side effect.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#define CTX w2n_wasi *c = wasi_ctx(inst)
#define GET(f, fd, rights)                                                    \
  int32_t err_;                                                               \
  wasi_fd *f = wasi_fd_get(c, fd, rights, &err_);                             \
  if (!f)                                                                     \
  return err_

int32_t wasi_fd_advise(w2n_instance *inst, int32_t fd, int64_t offset,
                       int64_t len, int32_t advice) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_ADVISE);
  int adv;
  switch (advice) {
  case 0: adv = POSIX_FADV_NORMAL; break;
  case 1: adv = POSIX_FADV_SEQUENTIAL; break;
  case 2: adv = POSIX_FADV_RANDOM; break;
  case 3: adv = POSIX_FADV_WILLNEED; break;
  case 4: adv = POSIX_FADV_DONTNEED; break;
  case 5: adv = POSIX_FADV_NOREUSE; break;
  default: return WASI_EINVAL;
  }
  if (offset < 0 || len < 0)
    return WASI_EINVAL;
  int r = posix_fadvise(f->host, (off_t)offset, (off_t)len, adv);
  return r ? wasi_errno(r) : WASI_ESUCCESS;
}

int32_t wasi_fd_allocate(w2n_instance *inst, int32_t fd, int64_t offset,
                         int64_t len) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_ALLOCATE);
  if (offset < 0 || len <= 0)
    return WASI_EINVAL;
  if (offset > INT64_MAX - len)
    return WASI_EFBIG;
  int r;
  do
    r = posix_fallocate(f->host, (off_t)offset, (off_t)len);
  while (r == EINTR);
  return r ? wasi_errno(r) : WASI_ESUCCESS;
}

int32_t wasi_fd_close(w2n_instance *inst, int32_t fd) {
  CTX;
  GET(f, fd, 0);
  close(f->host); /* the descriptor is gone even if close reports EINTR */
  free(f->preopen);
  memset(f, 0, sizeof *f);
  f->host = -1;
  return WASI_ESUCCESS;
}

int32_t wasi_fd_datasync(w2n_instance *inst, int32_t fd) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_DATASYNC);
  return fdatasync(f->host) ? wasi_errno(errno) : WASI_ESUCCESS;
}

int32_t wasi_fd_sync(w2n_instance *inst, int32_t fd) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_SYNC);
  return fsync(f->host) ? wasi_errno(errno) : WASI_ESUCCESS;
}

int32_t wasi_fd_fdstat_get(w2n_instance *inst, int32_t fd, int32_t buf) {
  CTX;
  GET(f, fd, 0);
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)buf, WASI_FDSTAT_SIZE))
    return WASI_EFAULT;
  uint8_t *p = wmem_at(m, (uint32_t)buf);
  memset(p, 0, WASI_FDSTAT_SIZE);
  st8(p + 0, f->type);
  st16(p + 2, wasi_fdflags(f));
  st64(p + 8, f->base);
  st64(p + 16, f->inheriting);
  return WASI_ESUCCESS;
}

int32_t wasi_fd_fdstat_set_flags(w2n_instance *inst, int32_t fd,
                                 int32_t flags) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_FDSTAT_SET_FLAGS);
  uint32_t fl = (uint32_t)flags;
  if (fl & ~WASI_FDFLAGS_ALL)
    return WASI_EINVAL;
  /* Linux cannot change O_DSYNC/O_SYNC on an open descriptor. */
  const uint32_t sync = WASI_FDFLAG_DSYNC | WASI_FDFLAG_RSYNC |
                        WASI_FDFLAG_SYNC;
  if ((fl & sync) != (wasi_fdflags(f) & sync))
    return WASI_ENOTSUP;
  int cur = fcntl(f->host, F_GETFL);
  if (cur < 0)
    return wasi_errno(errno);
  int nfl = cur & ~(O_APPEND | O_NONBLOCK);
  if (fl & WASI_FDFLAG_APPEND)
    nfl |= O_APPEND;
  if (fl & WASI_FDFLAG_NONBLOCK)
    nfl |= O_NONBLOCK;
  if (fcntl(f->host, F_SETFL, nfl) != 0)
    return wasi_errno(errno);
  return WASI_ESUCCESS;
}

int32_t wasi_fd_fdstat_set_rights(w2n_instance *inst, int32_t fd,
                                  int64_t base, int64_t inheriting) {
  CTX;
  GET(f, fd, 0);
  uint64_t b = (uint64_t)base, i = (uint64_t)inheriting;
  if ((b & ~f->base) || (i & ~f->inheriting))
    return WASI_ENOTCAPABLE;
  f->base = b;
  f->inheriting = i;
  return WASI_ESUCCESS;
}

int32_t wasi_fd_filestat_get(w2n_instance *inst, int32_t fd, int32_t buf) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_FILESTAT_GET);
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)buf, WASI_FILESTAT_SIZE))
    return WASI_EFAULT;
  struct stat st;
  if (fstat(f->host, &st) != 0)
    return wasi_errno(errno);
  wasi_store_filestat(wmem_at(m, (uint32_t)buf), &st,
                      wasi_filetype(f->host, &st));
  return WASI_ESUCCESS;
}

int32_t wasi_fd_filestat_set_size(w2n_instance *inst, int32_t fd,
                                  int64_t size) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_FILESTAT_SET_SIZE);
  if (size < 0)
    return WASI_EINVAL;
  int r;
  do
    r = ftruncate(f->host, (off_t)size);
  while (r != 0 && errno == EINTR);
  return r ? wasi_errno(errno) : WASI_ESUCCESS;
}

int32_t wasi_fd_filestat_set_times(w2n_instance *inst, int32_t fd,
                                   int64_t atim, int64_t mtim,
                                   int32_t fst_flags) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_FILESTAT_SET_TIMES);
  struct timespec ts[2];
  int32_t e = wasi_times((uint64_t)atim, (uint64_t)mtim, (uint32_t)fst_flags,
                         ts);
  if (e)
    return e;
  return futimens(f->host, ts) ? wasi_errno(errno) : WASI_ESUCCESS;
}

/* write(2) to a pipe or socket whose reader is gone raises SIGPIPE, whose
 * default action would end the host: the guest gets EPIPE instead. SIGPIPE
 * is blocked on this thread around the write and a SIGPIPE it caused is
 * consumed (one that was already pending is left alone). */
static ssize_t writev_no_sigpipe(int fd, const struct iovec *iov, int n) {
  sigset_t pipe_set, old, pending;
  sigemptyset(&pipe_set);
  sigaddset(&pipe_set, SIGPIPE);
  sigemptyset(&pending);
  sigpending(&pending);
  int was_pending = sigismember(&pending, SIGPIPE) == 1;
  pthread_sigmask(SIG_BLOCK, &pipe_set, &old);
  ssize_t r;
  do
    r = writev(fd, iov, n);
  while (r < 0 && errno == EINTR);
  int e = errno;
  if (r < 0 && e == EPIPE && !was_pending) {
    struct timespec zero = {0, 0};
    while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR)
      ;
  }
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  errno = e;
  return r;
}

static bool may_sigpipe(uint8_t type) {
  return type == WASI_FILETYPE_UNKNOWN ||
         type == WASI_FILETYPE_SOCKET_STREAM ||
         type == WASI_FILETYPE_SOCKET_DGRAM;
}

/* Common part of the read/write family: checks the result pointer and the
 * iovecs, runs op, stores the byte count. */
enum rw_op { RW_READ, RW_WRITE, RW_PREAD, RW_PWRITE };

static int32_t do_rw(w2n_wasi *c, wasi_fd *f, enum rw_op op, uint32_t iovs,
                     uint32_t iovs_len, int64_t offset, uint32_t result_ptr) {
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, result_ptr, 4))
    return WASI_EFAULT;
  wasi_iovs v;
  int32_t e = wasi_iovs_get(m, iovs, iovs_len, &v);
  if (e)
    return e;
  ssize_t n;
  do {
    switch (op) {
    case RW_READ: n = readv(f->host, v.iov, v.count); break;
    case RW_WRITE:
      n = may_sigpipe(f->type) ? writev_no_sigpipe(f->host, v.iov, v.count)
                               : writev(f->host, v.iov, v.count);
      break;
    case RW_PREAD: n = preadv(f->host, v.iov, v.count, (off_t)offset); break;
    default: n = pwritev(f->host, v.iov, v.count, (off_t)offset); break;
    }
  } while (n < 0 && errno == EINTR);
  int saved = errno;
  wasi_iovs_free(&v);
  if (n < 0)
    return wasi_errno(saved);
  st32(wmem_at(m, result_ptr), (uint32_t)n);
  return WASI_ESUCCESS;
}

int32_t wasi_fd_read(w2n_instance *inst, int32_t fd, int32_t iovs,
                     int32_t iovs_len, int32_t nread_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_READ);
  return do_rw(c, f, RW_READ, (uint32_t)iovs, (uint32_t)iovs_len, 0,
               (uint32_t)nread_ptr);
}

int32_t wasi_fd_write(w2n_instance *inst, int32_t fd, int32_t iovs,
                      int32_t iovs_len, int32_t nwritten_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_WRITE);
  return do_rw(c, f, RW_WRITE, (uint32_t)iovs, (uint32_t)iovs_len, 0,
               (uint32_t)nwritten_ptr);
}

int32_t wasi_fd_pread(w2n_instance *inst, int32_t fd, int32_t iovs,
                      int32_t iovs_len, int64_t offset, int32_t nread_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_READ | WASI_RIGHT_FD_SEEK);
  if (offset < 0)
    return WASI_EINVAL;
  return do_rw(c, f, RW_PREAD, (uint32_t)iovs, (uint32_t)iovs_len, offset,
               (uint32_t)nread_ptr);
}

int32_t wasi_fd_pwrite(w2n_instance *inst, int32_t fd, int32_t iovs,
                       int32_t iovs_len, int64_t offset,
                       int32_t nwritten_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_WRITE | WASI_RIGHT_FD_SEEK);
  if (offset < 0)
    return WASI_EINVAL;
  return do_rw(c, f, RW_PWRITE, (uint32_t)iovs, (uint32_t)iovs_len, offset,
               (uint32_t)nwritten_ptr);
}

int32_t wasi_fd_prestat_get(w2n_instance *inst, int32_t fd, int32_t buf) {
  CTX;
  GET(f, fd, 0);
  if (!f->preopen)
    return WASI_EBADF;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)buf, WASI_PRESTAT_SIZE))
    return WASI_EFAULT;
  uint8_t *p = wmem_at(m, (uint32_t)buf);
  memset(p, 0, WASI_PRESTAT_SIZE);
  st8(p, WASI_PREOPENTYPE_DIR);
  st32(p + 4, (uint32_t)strlen(f->preopen));
  return WASI_ESUCCESS;
}

int32_t wasi_fd_prestat_dir_name(w2n_instance *inst, int32_t fd, int32_t path,
                                 int32_t path_len) {
  CTX;
  GET(f, fd, 0);
  if (!f->preopen)
    return WASI_EBADF;
  size_t n = strlen(f->preopen);
  if ((uint32_t)path_len < n)
    return WASI_ENAMETOOLONG;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)path, n))
    return WASI_EFAULT;
  if (n)
    memcpy(wmem_at(m, (uint32_t)path), f->preopen, n);
  return WASI_ESUCCESS;
}

/* Linux's getdents64 record. */
struct linux_dirent64 {
  uint64_t d_ino;
  int64_t d_off;
  unsigned short d_reclen;
  unsigned char d_type;
  char d_name[];
};

static uint8_t dtype_to_wasi(int dir, const char *name, unsigned char t) {
  switch (t) {
  case DT_BLK: return WASI_FILETYPE_BLOCK_DEVICE;
  case DT_CHR: return WASI_FILETYPE_CHARACTER_DEVICE;
  case DT_DIR: return WASI_FILETYPE_DIRECTORY;
  case DT_REG: return WASI_FILETYPE_REGULAR_FILE;
  case DT_LNK: return WASI_FILETYPE_SYMBOLIC_LINK;
  case DT_SOCK: return WASI_FILETYPE_SOCKET_STREAM;
  case DT_FIFO: return WASI_FILETYPE_UNKNOWN;
  default: {
    struct stat st;
    if (fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0)
      return wasi_filetype(-1, &st);
    return WASI_FILETYPE_UNKNOWN;
  }
  }
}

int32_t wasi_fd_readdir(w2n_instance *inst, int32_t fd, int32_t buf,
                        int32_t buf_len, int64_t cookie,
                        int32_t bufused_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_READDIR);
  wmem m = wasi_mem(c);
  uint32_t cap = (uint32_t)buf_len;
  if (!wmem_ok(m, (uint32_t)buf, cap) || !wmem_ok(m, (uint32_t)bufused_ptr, 4))
    return WASI_EFAULT;
  /* Cookies are the d_off values getdents64 gives (0 = start), which
   * lseek on the directory accepts. */
  if (lseek(f->host, (off_t)cookie, SEEK_SET) < 0)
    return wasi_errno(errno);
  enum { KBUF = 32768 };
  char *kbuf = malloc(KBUF);
  if (!kbuf)
    return WASI_ENOMEM;
  uint8_t *out = cap ? wmem_at(m, (uint32_t)buf) : NULL;
  uint32_t used = 0;
  int32_t err = WASI_ESUCCESS;
  while (used < cap) {
    long n = syscall(SYS_getdents64, f->host, kbuf, (size_t)KBUF);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      err = wasi_errno(errno);
      break;
    }
    if (n == 0)
      break;
    for (long off = 0; off < n && used < cap;) {
      struct linux_dirent64 *d = (struct linux_dirent64 *)(void *)(kbuf + off);
      off += d->d_reclen;
      size_t namelen = strlen(d->d_name);
      uint8_t hdr[WASI_DIRENT_SIZE];
      memset(hdr, 0, sizeof hdr);
      st64(hdr + 0, (uint64_t)d->d_off);
      st64(hdr + 8, d->d_ino);
      st32(hdr + 16, (uint32_t)namelen);
      st8(hdr + 20, dtype_to_wasi(f->host, d->d_name, d->d_type));
      /* The last entry is cut at the end of the buffer (the guest then
       * retries with a larger one, from the previous entry's d_next). */
      uint32_t k = cap - used < WASI_DIRENT_SIZE ? cap - used
                                                  : WASI_DIRENT_SIZE;
      memcpy(out + used, hdr, k);
      used += k;
      uint32_t nk = cap - used < namelen ? cap - used : (uint32_t)namelen;
      if (nk)
        memcpy(out + used, d->d_name, nk);
      used += nk;
    }
  }
  free(kbuf);
  if (err)
    return err;
  st32(wmem_at(m, (uint32_t)bufused_ptr), used);
  return WASI_ESUCCESS;
}

int32_t wasi_fd_renumber(w2n_instance *inst, int32_t fd, int32_t to) {
  CTX;
  GET(f, fd, 0);
  int32_t e;
  wasi_fd *t = wasi_fd_get(c, to, 0, &e);
  if (!t)
    return e;
  if (f == t)
    return WASI_ESUCCESS;
  close(t->host);
  free(t->preopen);
  *t = *f;
  memset(f, 0, sizeof *f);
  f->host = -1;
  return WASI_ESUCCESS;
}

int32_t wasi_fd_seek(w2n_instance *inst, int32_t fd, int64_t offset,
                     int32_t whence, int32_t newoffset_ptr) {
  CTX;
  uint64_t rights = (offset == 0 && whence == WASI_WHENCE_CUR)
                        ? WASI_RIGHT_FD_TELL
                        : WASI_RIGHT_FD_SEEK;
  GET(f, fd, rights);
  int w;
  switch (whence) {
  case WASI_WHENCE_SET: w = SEEK_SET; break;
  case WASI_WHENCE_CUR: w = SEEK_CUR; break;
  case WASI_WHENCE_END: w = SEEK_END; break;
  default: return WASI_EINVAL;
  }
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)newoffset_ptr, 8))
    return WASI_EFAULT;
  off_t r = lseek(f->host, (off_t)offset, w);
  if (r < 0)
    return wasi_errno(errno);
  st64(wmem_at(m, (uint32_t)newoffset_ptr), (uint64_t)r);
  return WASI_ESUCCESS;
}

int32_t wasi_fd_tell(w2n_instance *inst, int32_t fd, int32_t offset_ptr) {
  CTX;
  GET(f, fd, WASI_RIGHT_FD_TELL);
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)offset_ptr, 8))
    return WASI_EFAULT;
  off_t r = lseek(f->host, 0, SEEK_CUR);
  if (r < 0)
    return wasi_errno(errno);
  st64(wmem_at(m, (uint32_t)offset_ptr), (uint64_t)r);
  return WASI_ESUCCESS;
}
