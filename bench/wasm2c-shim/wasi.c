/* A minimal wasi_snapshot_preview1 for wasm2c (wabt 1.0.32) output: only
 * the calls the speed benchmarks (and wasi-libc's start-up code) make.
 * The environment is empty (as in bench/run-node.mjs), there are no
 * preopened directories, stdin reads EOF. Every pointer the guest passes is
 * checked against the memory size; a bad one returns EFAULT.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "wasi.h"

typedef struct Z_wasi_snapshot_preview1_instance_t wasi_t;

enum {
  WASI_ESUCCESS = 0,
  WASI_EBADF = 8,
  WASI_EFAULT = 21,
  WASI_EINVAL = 28,
  WASI_EIO = 29,
  WASI_ENOSYS = 52,
  WASI_ESPIPE = 70,
};

/* Returns a host pointer to [addr, addr+len) or NULL when out of bounds. */
static uint8_t* mem(wasi_t* w, uint32_t addr, uint64_t len) {
  if ((uint64_t)addr + len > w->memory->size) return NULL;
  return w->memory->data + addr;
}
static int put32(wasi_t* w, uint32_t addr, uint32_t v) {
  uint8_t* p = mem(w, addr, 4);
  if (!p) return 0;
  memcpy(p, &v, 4);
  return 1;
}
static int put64(wasi_t* w, uint32_t addr, uint64_t v) {
  uint8_t* p = mem(w, addr, 8);
  if (!p) return 0;
  memcpy(p, &v, 8);
  return 1;
}

uint32_t Z_wasi_snapshot_preview1Z_args_sizes_get(wasi_t* w, uint32_t argc_p,
                                                  uint32_t size_p) {
  uint32_t size = 0;
  for (int i = 0; i < w->argc; i++) size += strlen(w->argv[i]) + 1;
  if (!put32(w, argc_p, w->argc) || !put32(w, size_p, size)) return WASI_EFAULT;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_args_get(wasi_t* w, uint32_t argv_p,
                                            uint32_t buf_p) {
  for (int i = 0; i < w->argc; i++) {
    size_t n = strlen(w->argv[i]) + 1;
    uint8_t* dst = mem(w, buf_p, n);
    if (!dst || !put32(w, argv_p + 4 * i, buf_p)) return WASI_EFAULT;
    memcpy(dst, w->argv[i], n);
    buf_p += n;
  }
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_environ_sizes_get(wasi_t* w, uint32_t cnt_p,
                                                     uint32_t size_p) {
  if (!put32(w, cnt_p, 0) || !put32(w, size_p, 0)) return WASI_EFAULT;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_environ_get(wasi_t* w, uint32_t env_p,
                                               uint32_t buf_p) {
  (void)w, (void)env_p, (void)buf_p;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_write(wasi_t* w, uint32_t fd, uint32_t iovs,
                                            uint32_t n, uint32_t nwritten_p) {
  if (fd != 1 && fd != 2) return WASI_EBADF;
  const uint8_t* v = mem(w, iovs, (uint64_t)n * 8);
  if (!v) return WASI_EFAULT;
  uint32_t total = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t base, len;
    memcpy(&base, v + 8 * i, 4);
    memcpy(&len, v + 8 * i + 4, 4);
    const uint8_t* p = mem(w, base, len);
    if (!p) return WASI_EFAULT;
    while (len > 0) {
      ssize_t r = write((int)fd, p, len);
      if (r < 0) {
        if (errno == EINTR) continue;
        return WASI_EIO;
      }
      p += r, len -= r, total += r;
    }
  }
  if (!put32(w, nwritten_p, total)) return WASI_EFAULT;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_read(wasi_t* w, uint32_t fd, uint32_t iovs,
                                           uint32_t n, uint32_t nread_p) {
  (void)iovs, (void)n;
  if (fd != 0) return WASI_EBADF;
  if (!put32(w, nread_p, 0)) return WASI_EFAULT; /* stdin: always EOF */
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_close(wasi_t* w, uint32_t fd) {
  (void)w;
  return fd <= 2 ? WASI_ESUCCESS : WASI_EBADF;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_seek(wasi_t* w, uint32_t fd, uint64_t off,
                                           uint32_t whence, uint32_t newoff_p) {
  (void)w, (void)off, (void)whence, (void)newoff_p;
  return fd <= 2 ? WASI_ESPIPE : WASI_EBADF;
}

/* fdstat: u8 filetype @0, u16 flags @2, u64 rights_base @8,
 * u64 rights_inheriting @16. A character device without seek/tell rights is
 * what wasi-libc's isatty() looks for (line-buffered stdout). */
uint32_t Z_wasi_snapshot_preview1Z_fd_fdstat_get(wasi_t* w, uint32_t fd,
                                                 uint32_t buf_p) {
  if (fd > 2) return WASI_EBADF;
  uint8_t* p = mem(w, buf_p, 24);
  if (!p) return WASI_EFAULT;
  struct stat st;
  uint8_t type = 0; /* unknown (pipes, sockets) */
  uint64_t rights = ~(uint64_t)0;
  if (fstat((int)fd, &st) == 0) {
    if (S_ISCHR(st.st_mode)) type = 2;
    else if (S_ISREG(st.st_mode)) type = 4;
  }
  if (type == 2 && isatty((int)fd)) rights &= ~((1u << 2) | (1u << 5)); /* seek, tell */
  memset(p, 0, 24);
  p[0] = type;
  memcpy(p + 8, &rights, 8);
  memcpy(p + 16, &rights, 8);
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_prestat_get(wasi_t* w, uint32_t fd,
                                                  uint32_t buf_p) {
  (void)w, (void)fd, (void)buf_p;
  return WASI_EBADF; /* no preopened directories */
}

uint32_t Z_wasi_snapshot_preview1Z_fd_prestat_dir_name(wasi_t* w, uint32_t fd,
                                                       uint32_t path, uint32_t len) {
  (void)w, (void)fd, (void)path, (void)len;
  return WASI_EBADF;
}

uint32_t Z_wasi_snapshot_preview1Z_clock_time_get(wasi_t* w, uint32_t id,
                                                  uint64_t precision,
                                                  uint32_t time_p) {
  (void)precision;
  static const clockid_t ids[] = {CLOCK_REALTIME, CLOCK_MONOTONIC,
                                  CLOCK_PROCESS_CPUTIME_ID,
                                  CLOCK_THREAD_CPUTIME_ID};
  if (id > 3) return WASI_EINVAL;
  struct timespec ts;
  if (clock_gettime(ids[id], &ts) != 0) return WASI_EINVAL;
  if (!put64(w, time_p, (uint64_t)ts.tv_sec * 1000000000u + ts.tv_nsec))
    return WASI_EFAULT;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_clock_res_get(wasi_t* w, uint32_t id,
                                                 uint32_t res_p) {
  if (id > 3) return WASI_EINVAL;
  if (!put64(w, res_p, 1)) return WASI_EFAULT;
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_random_get(wasi_t* w, uint32_t buf_p,
                                              uint32_t len) {
  uint8_t* p = mem(w, buf_p, len);
  if (!p) return WASI_EFAULT;
  while (len > 0) {
    ssize_t r = getrandom(p, len, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      return WASI_EIO;
    }
    p += r, len -= r;
  }
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_sched_yield(wasi_t* w) {
  (void)w;
  return WASI_ESUCCESS;
}

void Z_wasi_snapshot_preview1Z_proc_exit(wasi_t* w, uint32_t code) {
  (void)w;
  fflush(stdout);
  _exit((int)code);
}
