/*===- path.c - The path_* functions of wasi_snapshot_preview1 ------------===*
 *
 * Every path goes through wasi_resolve / wasi_open_beneath (resolve.c),
 * which keep it beneath the directory descriptor it is relative to; the
 * operation itself is an *at call on the resolved parent directory and last
 * component that never follows a symlink there.
 *
 * Checks, in order: the descriptor (BADF), that it is a directory (NOTDIR),
 * its rights (NOTCAPABLE), flags (INVAL), guest pointers (FAULT), then the
 * path.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* The directory descriptor `fd` with `rights`. */
static wasi_fd *dir_fd(w2n_wasi *c, int32_t fd, uint64_t rights,
                       int32_t *err) {
  wasi_fd *f = wasi_fd_get(c, fd, 0, err);
  if (!f)
    return NULL;
  if (f->type != WASI_FILETYPE_DIRECTORY) {
    *err = WASI_ENOTDIR;
    return NULL;
  }
  if ((f->base & rights) != rights) {
    *err = WASI_ENOTCAPABLE;
    return NULL;
  }
  return f;
}

/* Resolves the guest path [ptr, ptr + len) beneath directory descriptor f. */
static int32_t resolve_guest(w2n_wasi *c, wasi_fd *f, uint32_t ptr,
                             uint32_t len, unsigned flags, wasi_path *out) {
  out->dir = -1;
  out->dir_owned = 0;
  out->buf = NULL;
  char *s;
  int32_t err = wasi_guest_string(wasi_mem(c), ptr, len, &s);
  if (err)
    return err;
  err = wasi_resolve(c, f->host, s, flags, out);
  free(s);
  return err;
}

/* The last component of a path with a trailing slash must be a directory:
 * NOTDIR otherwise (ENOENT etc. if it does not exist). */
static int32_t must_be_dir(const wasi_path *p) {
  struct stat st;
  if (fstatat(p->dir, p->name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    return wasi_errno(errno);
  return S_ISDIR(st.st_mode) ? WASI_ESUCCESS : WASI_ENOTDIR;
}

int32_t wasi_path_create_directory(w2n_instance *inst, int32_t fd,
                                   int32_t path, int32_t path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_CREATE_DIRECTORY, &err);
  if (!f)
    return err;
  wasi_path p;
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len, 0, &p)))
    return err;
  err = mkdirat(p.dir, p.name, 0777) ? wasi_errno(errno) : WASI_ESUCCESS;
  wasi_path_free(&p);
  return err;
}

int32_t wasi_path_filestat_get(w2n_instance *inst, int32_t fd, int32_t flags,
                               int32_t path, int32_t path_len, int32_t buf) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_FILESTAT_GET, &err);
  if (!f)
    return err;
  if ((uint32_t)flags & ~WASI_LOOKUP_SYMLINK_FOLLOW)
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)buf, WASI_FILESTAT_SIZE))
    return WASI_EFAULT;
  wasi_path p;
  unsigned rf = WASI_RES_LOOKUP |
                ((flags & WASI_LOOKUP_SYMLINK_FOLLOW) ? WASI_RES_FOLLOW : 0);
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len, rf, &p)))
    return err;
  struct stat st;
  if (fstatat(p.dir, p.name, &st, AT_SYMLINK_NOFOLLOW) != 0)
    err = wasi_errno(errno);
  else if (p.trailing_slash && !S_ISDIR(st.st_mode))
    err = WASI_ENOTDIR;
  wasi_path_free(&p);
  if (err)
    return err;
  m = wasi_mem(c);
  wasi_store_filestat(wmem_at(m, (uint32_t)buf), &st, wasi_filetype(-1, &st));
  return WASI_ESUCCESS;
}

int32_t wasi_path_filestat_set_times(w2n_instance *inst, int32_t fd,
                                     int32_t flags, int32_t path,
                                     int32_t path_len, int64_t atim,
                                     int64_t mtim, int32_t fst_flags) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_FILESTAT_SET_TIMES, &err);
  if (!f)
    return err;
  if ((uint32_t)flags & ~WASI_LOOKUP_SYMLINK_FOLLOW)
    return WASI_EINVAL;
  struct timespec ts[2];
  if ((err = wasi_times((uint64_t)atim, (uint64_t)mtim, (uint32_t)fst_flags,
                        ts)))
    return err;
  wasi_path p;
  unsigned rf = WASI_RES_LOOKUP |
                ((flags & WASI_LOOKUP_SYMLINK_FOLLOW) ? WASI_RES_FOLLOW : 0);
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len, rf, &p)))
    return err;
  if (p.trailing_slash)
    err = must_be_dir(&p);
  if (!err && utimensat(p.dir, p.name, ts, AT_SYMLINK_NOFOLLOW) != 0)
    err = wasi_errno(errno);
  wasi_path_free(&p);
  return err;
}

int32_t wasi_path_link(w2n_instance *inst, int32_t old_fd, int32_t old_flags,
                       int32_t old_path, int32_t old_path_len, int32_t new_fd,
                       int32_t new_path, int32_t new_path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *of = dir_fd(c, old_fd, WASI_RIGHT_PATH_LINK_SOURCE, &err);
  if (!of)
    return err;
  wasi_fd *nf = dir_fd(c, new_fd, WASI_RIGHT_PATH_LINK_TARGET, &err);
  if (!nf)
    return err;
  if ((uint32_t)old_flags & ~WASI_LOOKUP_SYMLINK_FOLLOW)
    return WASI_EINVAL;
  wasi_path op, np;
  unsigned rf =
      (old_flags & WASI_LOOKUP_SYMLINK_FOLLOW) ? WASI_RES_FOLLOW : 0;
  if ((err = resolve_guest(c, of, (uint32_t)old_path, (uint32_t)old_path_len,
                           rf, &op)))
    return err;
  if ((err = resolve_guest(c, nf, (uint32_t)new_path, (uint32_t)new_path_len,
                           0, &np))) {
    wasi_path_free(&op);
    return err;
  }
  if (op.trailing_slash || np.trailing_slash) {
    /* Only directories could match a trailing slash, and they cannot be
     * hard-linked. */
    err = must_be_dir(&op);
    if (!err)
      err = WASI_EPERM;
  } else if (linkat(op.dir, op.name, np.dir, np.name, 0) != 0) {
    err = wasi_errno(errno);
  }
  wasi_path_free(&op);
  wasi_path_free(&np);
  return err;
}

int32_t wasi_path_open(w2n_instance *inst, int32_t fd, int32_t dirflags,
                       int32_t path, int32_t path_len, int32_t oflags,
                       int64_t rights_base, int64_t rights_inheriting,
                       int32_t fdflags, int32_t fd_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  uint32_t of = (uint32_t)oflags, ff = (uint32_t)fdflags;
  uint64_t need = WASI_RIGHT_PATH_OPEN;
  if (of & WASI_OFLAG_CREAT)
    need |= WASI_RIGHT_PATH_CREATE_FILE;
  if (of & WASI_OFLAG_TRUNC)
    need |= WASI_RIGHT_PATH_FILESTAT_SET_SIZE;
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, need, &err);
  if (!f)
    return err;
  if ((uint32_t)dirflags & ~WASI_LOOKUP_SYMLINK_FOLLOW)
    return WASI_EINVAL;
  if (of & ~UINT32_C(15))
    return WASI_EINVAL;
  if (ff & ~WASI_FDFLAGS_ALL)
    return WASI_EINVAL;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)fd_ptr, 4))
    return WASI_EFAULT;
  char *s;
  if ((err = wasi_guest_string(m, (uint32_t)path, (uint32_t)path_len, &s)))
    return err;

  /* The new descriptor gets at most what the directory passes on. */
  uint64_t base = (uint64_t)rights_base & f->inheriting;
  uint64_t inheriting = (uint64_t)rights_inheriting & f->inheriting;
  int flags = O_NOCTTY;
  if (of & WASI_OFLAG_CREAT)
    flags |= O_CREAT;
  if (of & WASI_OFLAG_DIRECTORY)
    flags |= O_DIRECTORY;
  if (of & WASI_OFLAG_EXCL)
    flags |= O_EXCL;
  if (of & WASI_OFLAG_TRUNC)
    flags |= O_TRUNC;
  if (ff & WASI_FDFLAG_APPEND)
    flags |= O_APPEND;
  if (ff & WASI_FDFLAG_DSYNC)
    flags |= O_DSYNC;
  if (ff & WASI_FDFLAG_NONBLOCK)
    flags |= O_NONBLOCK;
  if (ff & WASI_FDFLAG_RSYNC)
    flags |= O_RSYNC;
  if (ff & WASI_FDFLAG_SYNC)
    flags |= O_SYNC;
  /* Access mode from the rights asked for (as wasi-libc computes them). */
  bool rd = (base & (WASI_RIGHT_FD_READ | WASI_RIGHT_FD_READDIR)) != 0;
  bool wr = (base & (WASI_RIGHT_FD_DATASYNC | WASI_RIGHT_FD_WRITE |
                     WASI_RIGHT_FD_ALLOCATE |
                     WASI_RIGHT_FD_FILESTAT_SET_SIZE)) != 0;
  /* A directory is only ever opened read-only (fd_datasync and fd_sync
   * work on it anyway); writing to anything else is EISDIR, as in POSIX. */
  if (of & WASI_OFLAG_DIRECTORY)
    wr = false;
  flags |= (rd && wr) ? O_RDWR : wr ? O_WRONLY : O_RDONLY;
  /* O_CREAT | O_EXCL never follows a symlink in the last component. */
  bool follow = (dirflags & WASI_LOOKUP_SYMLINK_FOLLOW) &&
                !((of & WASI_OFLAG_CREAT) && (of & WASI_OFLAG_EXCL));
  int host = -1;
  err = wasi_open_beneath(c, f->host, s, flags, 0666, follow, &host);
  free(s);
  if (err)
    return err;
  struct stat st;
  if (fstat(host, &st) != 0) {
    err = wasi_errno(errno);
    close(host);
    return err;
  }
  uint8_t type = wasi_filetype(host, &st);
  base &= wasi_max_rights(type, host);
  inheriting &= type == WASI_FILETYPE_DIRECTORY
                    ? WASI_RIGHTS_DIRECTORY_INHERITING
                    : 0;
  int32_t gfd = wasi_fd_add(c, host, type, base, inheriting);
  if (gfd < 0) {
    close(host);
    return WASI_ENOMEM;
  }
  c->fds[gfd].rsync = (ff & WASI_FDFLAG_RSYNC) != 0;
  m = wasi_mem(c);
  st32(wmem_at(m, (uint32_t)fd_ptr), (uint32_t)gfd);
  return WASI_ESUCCESS;
}

int32_t wasi_path_readlink(w2n_instance *inst, int32_t fd, int32_t path,
                           int32_t path_len, int32_t buf, int32_t buf_len,
                           int32_t bufused_ptr) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_READLINK, &err);
  if (!f)
    return err;
  wmem m = wasi_mem(c);
  if (!wmem_ok(m, (uint32_t)buf, (uint32_t)buf_len) ||
      !wmem_ok(m, (uint32_t)bufused_ptr, 4))
    return WASI_EFAULT;
  wasi_path p;
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len,
                           WASI_RES_LOOKUP, &p)))
    return err;
  char target[PATH_MAX];
  ssize_t n = readlinkat(p.dir, p.name, target, sizeof target);
  err = n < 0 ? wasi_errno(errno) : WASI_ESUCCESS;
  wasi_path_free(&p);
  if (err)
    return err;
  /* Like readlink(2): cut to the buffer, no NUL. */
  uint32_t k = (uint64_t)n < (uint32_t)buf_len ? (uint32_t)n
                                               : (uint32_t)buf_len;
  m = wasi_mem(c);
  if (k)
    memcpy(wmem_at(m, (uint32_t)buf), target, k);
  st32(wmem_at(m, (uint32_t)bufused_ptr), k);
  return WASI_ESUCCESS;
}

int32_t wasi_path_remove_directory(w2n_instance *inst, int32_t fd,
                                   int32_t path, int32_t path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_REMOVE_DIRECTORY, &err);
  if (!f)
    return err;
  wasi_path p;
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len, 0, &p)))
    return err;
  if (unlinkat(p.dir, p.name, AT_REMOVEDIR) != 0)
    err = errno == EEXIST ? WASI_ENOTEMPTY : wasi_errno(errno);
  wasi_path_free(&p);
  return err;
}

int32_t wasi_path_rename(w2n_instance *inst, int32_t fd, int32_t old_path,
                         int32_t old_path_len, int32_t new_fd,
                         int32_t new_path, int32_t new_path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *of = dir_fd(c, fd, WASI_RIGHT_PATH_RENAME_SOURCE, &err);
  if (!of)
    return err;
  wasi_fd *nf = dir_fd(c, new_fd, WASI_RIGHT_PATH_RENAME_TARGET, &err);
  if (!nf)
    return err;
  wasi_path op, np;
  if ((err = resolve_guest(c, of, (uint32_t)old_path, (uint32_t)old_path_len,
                           0, &op)))
    return err;
  if ((err = resolve_guest(c, nf, (uint32_t)new_path, (uint32_t)new_path_len,
                           0, &np))) {
    wasi_path_free(&op);
    return err;
  }
  if (op.trailing_slash || np.trailing_slash)
    err = must_be_dir(&op);
  if (!err && renameat(op.dir, op.name, np.dir, np.name) != 0)
    err = wasi_errno(errno);
  wasi_path_free(&op);
  wasi_path_free(&np);
  return err;
}

int32_t wasi_path_symlink(w2n_instance *inst, int32_t old_path,
                          int32_t old_path_len, int32_t fd, int32_t new_path,
                          int32_t new_path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_SYMLINK, &err);
  if (!f)
    return err;
  char *target;
  if ((err = wasi_guest_string(wasi_mem(c), (uint32_t)old_path,
                               (uint32_t)old_path_len, &target)))
    return err;
  /* A link to an absolute path could never be followed from inside the
   * sandbox, and would point the host's own tools outside it. */
  if (target[0] == '/') {
    free(target);
    return WASI_ENOTCAPABLE;
  }
  if (!target[0]) {
    free(target);
    return WASI_ENOENT;
  }
  wasi_path p;
  if ((err = resolve_guest(c, f, (uint32_t)new_path, (uint32_t)new_path_len,
                           0, &p))) {
    free(target);
    return err;
  }
  if (p.trailing_slash) {
    struct stat st;
    err = fstatat(p.dir, p.name, &st, AT_SYMLINK_NOFOLLOW) == 0
              ? WASI_EEXIST
              : WASI_ENOENT;
  } else if (symlinkat(target, p.dir, p.name) != 0) {
    err = wasi_errno(errno);
  }
  wasi_path_free(&p);
  free(target);
  return err;
}

int32_t wasi_path_unlink_file(w2n_instance *inst, int32_t fd, int32_t path,
                              int32_t path_len) {
  w2n_wasi *c = wasi_ctx(inst);
  int32_t err;
  wasi_fd *f = dir_fd(c, fd, WASI_RIGHT_PATH_UNLINK_FILE, &err);
  if (!f)
    return err;
  wasi_path p;
  if ((err = resolve_guest(c, f, (uint32_t)path, (uint32_t)path_len, 0, &p)))
    return err;
  if (p.trailing_slash) {
    struct stat st;
    if (fstatat(p.dir, p.name, &st, AT_SYMLINK_NOFOLLOW) != 0)
      err = wasi_errno(errno);
    else
      err = S_ISDIR(st.st_mode) ? WASI_EISDIR : WASI_ENOTDIR;
  } else if (unlinkat(p.dir, p.name, 0) != 0) {
    err = wasi_errno(errno);
  }
  wasi_path_free(&p);
  return err;
}
