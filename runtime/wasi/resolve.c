/*===- resolve.c - Sandboxed path resolution beneath a directory --------===*
 *
 * Every path_* function resolves the guest's path relative to a directory
 * descriptor `root` and must never reach anything outside it:
 *
 *  - absolute paths are refused (NOTCAPABLE);
 *  - `..` may go up only as far as `root` itself (NOTCAPABLE beyond);
 *  - symbolic links are followed only if where they lead is still beneath
 *    `root` by the same rules (a link with an absolute target is refused);
 *    at most 40 links per resolution (LOOP).
 *
 * Two implementations, chosen per context (w2n_wasi_config.resolver):
 *
 *  openat2  openat2(2) with RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS (Linux
 *           5.6+): the kernel enforces the rules atomically. EXDEV (the
 *           kernel's "would leave root") becomes NOTCAPABLE; EAGAIN (a
 *           concurrent rename) is retried.
 *  walk     Component by component: each directory is opened with
 *           openat(O_PATH | O_DIRECTORY | O_NOFOLLOW) relative to the
 *           previous one, so no symlink is ever followed by the kernel; a
 *           component that is a symlink (ENOTDIR/ELOOP, confirmed by
 *           readlinkat) has its target spliced into the rest of the path;
 *           `..` pops the stack of descriptors opened so far (and fails at
 *           the bottom). Concurrent renames cannot make it escape: it only
 *           ever moves through descriptors it opened beneath root.
 *
 * The *at calls (mkdirat, unlinkat, renameat, linkat, symlinkat,
 * readlinkat, fstatat, utimensat) get the resolved parent directory and the
 * last component, and never follow a symlink in it (callers pass
 * AT_SYMLINK_NOFOLLOW or use calls that do not follow); when the WASI call
 * asks to follow it, wasi_resolve expands the link itself, by the same
 * rules, until the last component is not a symlink.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

#if defined(__linux__) && defined(SYS_openat2) && defined(__has_include)
#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#define WASI_HAVE_OPENAT2 1
#endif
#endif
#ifndef WASI_HAVE_OPENAT2
#define WASI_HAVE_OPENAT2 0
#endif

/* Longest path worked on after splicing in link targets. */
#define WASI_MAX_WORK_PATH (2 * PATH_MAX)
#define WASI_MAX_LINKS 40

/*===--- openat2 --------------------------------------------------------------===*/

#if WASI_HAVE_OPENAT2
/* openat2 beneath `root`; returns the descriptor or -1 with errno set. */
static int openat2_beneath(int root, const char *path, int flags,
                           mode_t mode) {
  struct open_how how;
  memset(&how, 0, sizeof how);
  how.flags = (uint64_t)(unsigned)(flags | O_CLOEXEC);
  /* O_TMPFILE includes O_DIRECTORY: test all of its bits. */
  bool creates = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE;
  how.mode = creates ? (uint64_t)mode : 0;
  how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
  for (int tries = 0;; ++tries) {
    long fd = syscall(SYS_openat2, root, path, &how, sizeof how);
    if (fd >= 0)
      return (int)fd;
    if ((errno == EAGAIN || errno == EINTR) && tries < 64)
      continue;
    return -1;
  }
}
#endif

int wasi_have_openat2(void) {
#if WASI_HAVE_OPENAT2
  /* 0: not probed yet, 1: works, 2: does not. */
  static atomic_int state;
  int s = atomic_load_explicit(&state, memory_order_relaxed);
  if (s == 0) {
    int fd = openat2_beneath(AT_FDCWD, "/", O_PATH | O_DIRECTORY, 0);
    /* "/" is absolute, so a working RESOLVE_BENEATH refuses it with EXDEV;
     * try a relative path too in case the kernel answers differently. */
    if (fd < 0 && errno == EXDEV) {
      int root = open("/", O_PATH | O_DIRECTORY | O_CLOEXEC);
      if (root >= 0) {
        fd = openat2_beneath(root, ".", O_PATH | O_DIRECTORY, 0);
        close(root);
      }
    }
    s = fd >= 0 ? 1 : 2;
    if (fd >= 0)
      close(fd);
    atomic_store_explicit(&state, s, memory_order_relaxed);
  }
  return s == 1;
#else
  return 0;
#endif
}

/* Host errno of a beneath-resolution -> WASI errno. */
static int32_t beneath_errno(int e) {
  return e == EXDEV ? WASI_ENOTCAPABLE : wasi_errno(e);
}

/*===--- The component walk ----------------------------------------------------===*/

typedef struct fd_stack {
  int *fds; /* fds[0] is root (not owned) */
  int depth;
  int cap;
} fd_stack;

static void stack_pop_all(fd_stack *s) {
  while (s->depth > 0)
    close(s->fds[s->depth--]);
  free(s->fds);
  s->fds = NULL;
}

static int stack_push(fd_stack *s, int fd) {
  if (s->depth + 1 >= s->cap) {
    int cap = s->cap * 2;
    int *n = realloc(s->fds, (size_t)cap * sizeof *n);
    if (!n)
      return 0;
    s->fds = n;
    s->cap = cap;
  }
  s->fds[++s->depth] = fd;
  return 1;
}

/* Replaces *work (whose unprocessed part starts at `rest`) with
 * target[0..n) + rest. */
static int32_t splice_target(char **work, const char *target, size_t n,
                      const char *rest) {
  size_t r = strlen(rest);
  if (n + r + 1 > WASI_MAX_WORK_PATH)
    return WASI_ENAMETOOLONG;
  char *w = malloc(n + r + 1);
  if (!w)
    return WASI_ENOMEM;
  memcpy(w, target, n);
  memcpy(w + n, rest, r + 1);
  free(*work);
  *work = w;
  return WASI_ESUCCESS;
}

/* Reads symlink `name` in `dir`: 1 (target in buf, n bytes) if it is one,
 * 0 if it is not (or does not exist), -1 with *err for other failures. */
static int read_link(int dir, const char *name, char *buf, size_t *n,
                     int32_t *err) {
  ssize_t t = readlinkat(dir, name, buf, PATH_MAX);
  if (t < 0) {
    if (errno == EINVAL || errno == ENOENT)
      return 0;
    *err = wasi_errno(errno);
    return -1;
  }
  if ((size_t)t >= PATH_MAX) {
    *err = WASI_ENAMETOOLONG;
    return -1;
  }
  buf[t] = '\0';
  *n = (size_t)t;
  return 1;
}

/* Checks a symlink target before following it. */
static int32_t check_target(const char *target, size_t n, int *links) {
  if (++*links > WASI_MAX_LINKS)
    return WASI_ELOOP;
  if (n == 0)
    return WASI_ENOENT;
  if (target[0] == '/')
    return WASI_ENOTCAPABLE;
  return WASI_ESUCCESS;
}

/* Opens directory path `path` beneath root by walking it; *out is root
 * itself (*owned = 0) or a new O_PATH descriptor (*owned = 1). */
static int32_t walk_dir(int root, const char *path, int *links, int *out,
                        int *owned) {
  fd_stack s = {malloc(8 * sizeof(int)), 0, 8};
  char *work = strdup(path);
  char *target = malloc(PATH_MAX);
  int32_t err = WASI_ESUCCESS;
  if (!s.fds || !work || !target) {
    err = WASI_ENOMEM;
    goto done;
  }
  s.fds[0] = root;
  char *p = work;
  for (;;) {
    while (*p == '/')
      ++p;
    if (!*p)
      break;
    size_t n = strcspn(p, "/");
    if (n > NAME_MAX) {
      err = WASI_ENAMETOOLONG;
      goto done;
    }
    char comp[NAME_MAX + 1];
    memcpy(comp, p, n);
    comp[n] = '\0';
    char *rest = p + n;
    if (strcmp(comp, ".") == 0) {
      p = rest;
      continue;
    }
    if (strcmp(comp, "..") == 0) {
      if (s.depth == 0) {
        err = WASI_ENOTCAPABLE;
        goto done;
      }
      close(s.fds[s.depth--]);
      p = rest;
      continue;
    }
    int top = s.fds[s.depth];
    int fd = openat(top, comp, O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
      if (!stack_push(&s, fd)) {
        close(fd);
        err = WASI_ENOMEM;
        goto done;
      }
      p = rest;
      continue;
    }
    int e = errno;
    if (e == ENOTDIR || e == ELOOP) {
      size_t tn = 0;
      int r = read_link(top, comp, target, &tn, &err);
      if (r < 0)
        goto done;
      if (r == 1) {
        if ((err = check_target(target, tn, links)) != WASI_ESUCCESS ||
            (err = splice_target(&work, target, tn, rest)) != WASI_ESUCCESS)
          goto done;
        p = work;
        continue;
      }
      e = ENOTDIR;
    }
    err = wasi_errno(e);
    goto done;
  }
  if (s.depth == 0) {
    *out = root;
    *owned = 0;
  } else {
    *out = s.fds[s.depth--];
    *owned = 1;
  }
done:
  if (s.fds)
    stack_pop_all(&s);
  free(work);
  free(target);
  return err;
}

/* Opens directory `dirpart` (relative, non-empty) beneath root. */
static int32_t open_dir(w2n_wasi *c, int root, const char *dirpart,
                        int *links, int *out, int *owned) {
#if WASI_HAVE_OPENAT2
  if (c->resolver == W2N_WASI_RESOLVE_OPENAT2) {
    int fd = openat2_beneath(root, dirpart, O_PATH | O_DIRECTORY, 0);
    if (fd < 0)
      return beneath_errno(errno);
    *out = fd;
    *owned = 1;
    return WASI_ESUCCESS;
  }
#else
  (void)c;
#endif
  return walk_dir(root, dirpart, links, out, owned);
}

void wasi_path_free(wasi_path *p) {
  if (p->dir_owned && p->dir >= 0)
    close(p->dir);
  p->dir = -1;
  p->dir_owned = 0;
  free(p->buf);
  p->buf = NULL;
  p->name = NULL;
}

int32_t wasi_resolve(w2n_wasi *c, int root, const char *path, unsigned flags,
                     wasi_path *out) {
  memset(out, 0, sizeof *out);
  out->dir = -1;
  if (!*path)
    return WASI_ENOENT;
  char *cur = strdup(path);
  char *target = malloc(PATH_MAX);
  int32_t err = WASI_ESUCCESS;
  int links = 0;
  if (!cur || !target) {
    err = WASI_ENOMEM;
    goto fail;
  }
  for (;;) {
    if (cur[0] == '/') {
      err = WASI_ENOTCAPABLE;
      goto fail;
    }
    size_t len = strlen(cur);
    int trailing = 0;
    while (len > 1 && cur[len - 1] == '/') {
      cur[--len] = '\0';
      trailing = 1;
    }
    char *slash = strrchr(cur, '/');
    const char *dirpart = slash ? cur : "";
    char *name = slash ? slash + 1 : cur;
    if (strlen(name) > NAME_MAX) {
      err = WASI_ENAMETOOLONG;
      goto fail;
    }
    int is_dot = strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
    if (is_dot) {
      /* The path names a directory itself: resolve all of it. */
      dirpart = cur;
    } else if (slash) {
      *slash = '\0';
    }
    int dir = root, owned = 0;
    if (*dirpart) {
      err = open_dir(c, root, dirpart, &links, &dir, &owned);
      if (err)
        goto fail;
    }
    if (is_dot) {
      out->dir = dir;
      out->dir_owned = owned;
      out->trailing_slash = trailing;
      out->name = ".";
      out->buf = cur;
      free(target);
      return WASI_ESUCCESS;
    }
    int follow = (flags & WASI_RES_FOLLOW) ||
                 ((flags & WASI_RES_LOOKUP) && trailing);
    size_t tn = 0;
    int r = follow ? read_link(dir, name, target, &tn, &err) : 0;
    if (r == 1) {
      /* Follow it: <dirpart>/<target>[/], resolved again from root. */
      if (owned)
        close(dir);
      if ((err = check_target(target, tn, &links)) != WASI_ESUCCESS)
        goto fail;
      size_t dl = strlen(dirpart);
      if (dl + 1 + tn + 2 > WASI_MAX_WORK_PATH) {
        err = WASI_ENAMETOOLONG;
        goto fail;
      }
      char *next = malloc(dl + 1 + tn + 2);
      if (!next) {
        err = WASI_ENOMEM;
        goto fail;
      }
      size_t k = 0;
      if (dl) {
        memcpy(next, dirpart, dl);
        next[dl] = '/';
        k = dl + 1;
      }
      memcpy(next + k, target, tn);
      k += tn;
      if (trailing)
        next[k++] = '/';
      next[k] = '\0';
      free(cur);
      cur = next;
      continue;
    }
    if (r < 0) {
      if (owned)
        close(dir);
      goto fail;
    }
    out->dir = dir;
    out->dir_owned = owned;
    out->trailing_slash = trailing;
    out->name = name;
    out->buf = cur;
    free(target);
    return WASI_ESUCCESS;
  }
fail:
  free(cur);
  free(target);
  out->dir = -1;
  return err;
}

int32_t wasi_open_beneath(w2n_wasi *c, int root, const char *path,
                          int oflags, mode_t mode, bool follow, int *out) {
  *out = -1;
  if (!*path)
    return WASI_ENOENT;
  if (path[0] == '/')
    return WASI_ENOTCAPABLE;
  oflags |= O_CLOEXEC;
#if WASI_HAVE_OPENAT2
  if (c->resolver == W2N_WASI_RESOLVE_OPENAT2) {
    int fd = openat2_beneath(root, path, oflags | (follow ? 0 : O_NOFOLLOW),
                             mode);
    if (fd < 0)
      return beneath_errno(errno);
    *out = fd;
    return WASI_ESUCCESS;
  }
#endif
  wasi_path p;
  int32_t err = wasi_resolve(
      c, root, path, (follow ? WASI_RES_FOLLOW : 0) | WASI_RES_LOOKUP, &p);
  if (err)
    return err;
  if (p.trailing_slash) {
    if (oflags & O_CREAT) {
      wasi_path_free(&p);
      return WASI_EISDIR;
    }
    oflags |= O_DIRECTORY;
  }
  int fd;
  do
    fd = openat(p.dir, p.name, oflags | O_NOFOLLOW, mode);
  while (fd < 0 && errno == EINTR);
  err = fd < 0 ? wasi_errno(errno) : WASI_ESUCCESS;
  wasi_path_free(&p);
  *out = fd;
  return err;
}
