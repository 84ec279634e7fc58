/*===- test_wasi_fd.c - The fd_* functions ---------------------------------===*/

#include "wasi_test.h"

#include <pthread.h>
#include <signal.h>

static i32 open_rw(const char *path) {
  i32 fd = -1;
  CHECK_EQ(p_open(PRE, 0, path, 0, RIGHTS_RW, 0, 0, &fd), 0);
  return fd;
}

static i32 open_ro(const char *path) {
  i32 fd = -1;
  CHECK_EQ(p_open(PRE, 0, path, 0, RIGHTS_RO, 0, 0, &fd), 0);
  return fd;
}

static uint64_t tell(i32 fd) {
  w64(A_OUT + 32, 0xdead);
  CHECK_EQ(x_fd_tell(fd, A_OUT + 32), 0);
  return r64(A_OUT + 32);
}

static void read_write(void) {
  i32 fd = open_rw("file.txt");
  char buf[64];
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  CHECK_EQ(g_read(fd, 63, buf), 0); /* EOF */
  CHECK_STR(buf, "");
  CHECK_EQ(x_fd_seek(fd, 0, WASI_WHENCE_SET, A_OUT), 0);
  uint32_t n = 0;
  CHECK_EQ(g_write(fd, "HELLO", &n), 0);
  CHECK_EQ(n, 5);
  CHECK_STR(read_file(SB("file.txt")), "HELLO world");

  /* Scatter read into two buffers, gather write from three. */
  CHECK_EQ(x_fd_seek(fd, 0, WASI_WHENCE_SET, A_OUT), 0);
  wiov(A_IOV, A_BUF, 3);
  wiov(A_IOV + 8, A_BUF + 100, 100);
  CHECK_EQ(x_fd_read(fd, A_IOV, 2, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 11);
  CHECK(memcmp(G(A_BUF), "HEL", 3) == 0);
  CHECK(memcmp(G(A_BUF + 100), "LO world", 8) == 0);
  wstr(A_BUF, "ab");
  wstr(A_BUF + 50, "cd");
  wiov(A_IOV, A_BUF, 2);
  wiov(A_IOV + 8, A_BUF, 0);
  wiov(A_IOV + 16, A_BUF + 50, 2);
  CHECK_EQ(x_fd_write(fd, A_IOV, 3, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 4);
  CHECK_STR(read_file(SB("file.txt")), "HELLO worldabcd");
  /* No iovecs at all. */
  CHECK_EQ(x_fd_write(fd, A_IOV, 0, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 0);

  /* Bad descriptors. */
  CHECK_EQ(x_fd_read(99, A_IOV, 1, A_OUT), WASI_EBADF);
  CHECK_EQ(x_fd_write(-1, A_IOV, 1, A_OUT), WASI_EBADF);
  CHECK_EQ(x_fd_read(PRE, A_IOV, 1, A_OUT), WASI_ENOTCAPABLE); /* a dir */
  x_fd_close(fd);
}

static void read_write_faults(void) {
  i32 fd = open_rw("file.txt");
  uint32_t end = msize();
  /* Result pointer out of bounds: nothing is read (offset unchanged). */
  wiov(A_IOV, A_BUF, 5);
  CHECK_EQ(x_fd_read(fd, A_IOV, 1, (i32)end - 3), WASI_EFAULT);
  CHECK_EQ(tell(fd), 0);
  /* A buffer out of bounds, even one beyond a valid one. */
  wiov(A_IOV, A_BUF, 5);
  wiov(A_IOV + 8, end - 4, 5);
  CHECK_EQ(x_fd_read(fd, A_IOV, 2, A_OUT), WASI_EFAULT);
  CHECK_EQ(tell(fd), 0);
  CHECK_EQ(x_fd_write(fd, A_IOV, 2, A_OUT), WASI_EFAULT);
  CHECK_STR(read_file(SB("file.txt")), "hello world");
  /* Buffer wrapping around 2^32. */
  wiov(A_IOV, 0xFFFFFFF0u, 0x20);
  CHECK_EQ(x_fd_read(fd, A_IOV, 1, A_OUT), WASI_EFAULT);
  /* The iovec array out of bounds, or its length overflowing. */
  CHECK_EQ(x_fd_read(fd, (i32)end - 4, 1, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_fd_read(fd, A_IOV, 0x20000001, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_fd_write(fd, A_IOV, -1, A_OUT), WASI_EFAULT);
  /* Exactly up to the end is fine; an empty buffer at the end too. */
  wiov(A_IOV, end - 5, 5);
  wiov(A_IOV + 8, end, 0);
  CHECK_EQ(x_fd_read(fd, A_IOV, 2, (i32)end - 4 - 8 - 5), 0);
  CHECK(memcmp(G(end - 5), "hello", 5) == 0);
  CHECK_EQ(x_fd_pread(fd, A_IOV, 1, 0, (i32)end), WASI_EFAULT);
  CHECK_EQ(x_fd_pwrite(fd, (i32)end, 1, 0, A_OUT), WASI_EFAULT);
  x_fd_close(fd);
}

static void many_iovecs(void) {
  /* More than IOV_MAX iovecs: a shorter read, never an error. */
  char big[3000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  write_file(SB("big"), big);
  i32 fd = open_rw("big");
  for (uint32_t i = 0; i < 2000; ++i)
    wiov(A_BUF + 8 * i, A_BUF2 + i, 1);
  CHECK_EQ(x_fd_read(fd, A_BUF, 2000, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 1024);
  x_fd_close(fd);
}

static void pread_pwrite(void) {
  i32 fd = open_rw("file.txt");
  wiov(A_IOV, A_BUF, 5);
  CHECK_EQ(x_fd_pread(fd, A_IOV, 1, 6, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 5);
  CHECK(memcmp(G(A_BUF), "world", 5) == 0);
  CHECK_EQ(tell(fd), 0);
  wstr(A_BUF, "J");
  wiov(A_IOV, A_BUF, 1);
  CHECK_EQ(x_fd_pwrite(fd, A_IOV, 1, 0, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 1);
  CHECK_EQ(tell(fd), 0);
  CHECK_STR(read_file(SB("file.txt")), "Jello world");
  CHECK_EQ(x_fd_pread(fd, A_IOV, 1, -1, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_fd_pwrite(fd, A_IOV, 1, INT64_MIN, A_OUT), WASI_EINVAL);
  /* Past the end: 0 bytes. */
  CHECK_EQ(x_fd_pread(fd, A_IOV, 1, 1000, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 0);
  /* Needs FD_SEEK too. */
  CHECK_EQ(x_fd_fdstat_set_rights(fd, (i64)(RIGHTS_RW & ~WASI_RIGHT_FD_SEEK),
                                  0),
           0);
  CHECK_EQ(x_fd_pread(fd, A_IOV, 1, 0, A_OUT), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_pwrite(fd, A_IOV, 1, 0, A_OUT), WASI_ENOTCAPABLE);
  x_fd_close(fd);
}

static void seek_tell(void) {
  i32 fd = open_rw("file.txt");
  CHECK_EQ(x_fd_seek(fd, 3, WASI_WHENCE_SET, A_OUT), 0);
  CHECK_EQ(r64(A_OUT), 3);
  CHECK_EQ(x_fd_seek(fd, 2, WASI_WHENCE_CUR, A_OUT), 0);
  CHECK_EQ(r64(A_OUT), 5);
  CHECK_EQ(x_fd_seek(fd, -1, WASI_WHENCE_END, A_OUT), 0);
  CHECK_EQ(r64(A_OUT), 10);
  CHECK_EQ(tell(fd), 10);
  CHECK_EQ(x_fd_seek(fd, -100, WASI_WHENCE_CUR, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_fd_seek(fd, 0, 3, A_OUT), WASI_EINVAL);
  CHECK_EQ(x_fd_seek(fd, 0, WASI_WHENCE_SET, (i32)msize() - 7), WASI_EFAULT);
  CHECK_EQ(x_fd_tell(fd, (i32)msize() - 4), WASI_EFAULT);
  CHECK_EQ(tell(fd), 10);
  /* Beyond the end is allowed (a later write makes a hole). */
  CHECK_EQ(x_fd_seek(fd, 100, WASI_WHENCE_SET, A_OUT), 0);
  CHECK_EQ(r64(A_OUT), 100);
  /* Directories cannot seek; a tell-only descriptor can only tell. */
  CHECK_EQ(x_fd_seek(PRE, 0, WASI_WHENCE_SET, A_OUT), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_fdstat_set_rights(fd, (i64)WASI_RIGHT_FD_TELL, 0), 0);
  CHECK_EQ(x_fd_seek(fd, 0, WASI_WHENCE_CUR, A_OUT), 0);
  CHECK_EQ(r64(A_OUT), 100);
  CHECK_EQ(x_fd_seek(fd, 1, WASI_WHENCE_CUR, A_OUT), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_seek(99, 0, WASI_WHENCE_SET, A_OUT), WASI_EBADF);
  x_fd_close(fd);
}

static void close_renumber(void) {
  i32 a = open_ro("file.txt");
  i32 b = open_ro("dir/inner.txt");
  CHECK(a >= 0 && b > a);
  CHECK_EQ(x_fd_renumber(a, a), 0);
  CHECK_EQ(x_fd_renumber(a, b), 0);
  char buf[64];
  CHECK_EQ(g_read(b, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  CHECK_EQ(g_read(a, 63, buf), WASI_EBADF);
  CHECK_EQ(x_fd_renumber(b, 77), WASI_EBADF); /* target must be open */
  CHECK_EQ(x_fd_renumber(77, b), WASI_EBADF);
  CHECK_EQ(x_fd_close(b), 0);
  CHECK_EQ(x_fd_close(b), WASI_EBADF);
  CHECK_EQ(x_fd_close(-5), WASI_EBADF);
  /* Freed numbers are reused, lowest first. */
  i32 c = open_ro("file.txt");
  CHECK_EQ(c, 0); /* this fixture has no stdio */
  x_fd_close(c);
  /* Renumbering a preopen moves its prestat. */
  i32 d = open_ro("dir");
  CHECK_EQ(x_fd_renumber(PRE, d), 0);
  CHECK_EQ(x_fd_prestat_get(d, A_STAT), 0);
  CHECK_EQ(x_fd_prestat_get(PRE, A_STAT), WASI_EBADF);
}

static void fdstat(void) {
  CHECK_EQ(x_fd_fdstat_get(PRE, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_DIRECTORY);
  CHECK_EQ(r16(A_STAT + 2), 0);
  CHECK_EQ(r64(A_STAT + 8), WASI_RIGHTS_DIRECTORY);
  CHECK_EQ(r64(A_STAT + 16), WASI_RIGHTS_DIRECTORY_INHERITING);

  i32 fd = -1;
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, 0,
                  WASI_FDFLAG_APPEND, &fd),
           0);
  memset(G(A_STAT), 0xAA, WASI_FDSTAT_SIZE);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_REGULAR_FILE);
  CHECK_EQ(r8(A_STAT + 1), 0); /* padding cleared */
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_APPEND);
  CHECK_EQ(r32(A_STAT + 4), 0);
  CHECK_EQ(r64(A_STAT + 8), RIGHTS_RW);
  CHECK_EQ(r64(A_STAT + 16), 0);
  uint32_t n;
  CHECK_EQ(g_write(fd, "!", &n), 0);
  CHECK_STR(read_file(SB("file.txt")), "hello world!");

  CHECK_EQ(x_fd_fdstat_set_flags(fd, WASI_FDFLAG_NONBLOCK), 0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_NONBLOCK);
  CHECK_EQ(x_fd_fdstat_set_flags(fd, WASI_FDFLAG_SYNC), WASI_ENOTSUP);
  CHECK_EQ(x_fd_fdstat_set_flags(fd, 32), WASI_EINVAL);
  CHECK_EQ(x_fd_fdstat_get(fd, (i32)msize() - 23), WASI_EFAULT);
  CHECK_EQ(x_fd_fdstat_get(42, A_STAT), WASI_EBADF);
  x_fd_close(fd);

  /* Sync flags from path_open are reported and cannot be changed. */
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, 0,
                  WASI_FDFLAG_DSYNC, &fd),
           0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_DSYNC);
  CHECK_EQ(x_fd_fdstat_set_flags(fd, WASI_FDFLAG_DSYNC | WASI_FDFLAG_APPEND),
           0);
  CHECK_EQ(x_fd_fdstat_set_flags(fd, 0), WASI_ENOTSUP);
  x_fd_close(fd);
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, 0,
                  WASI_FDFLAG_SYNC | WASI_FDFLAG_RSYNC, &fd),
           0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_SYNC | WASI_FDFLAG_RSYNC);
  x_fd_close(fd);
}

static void rights(void) {
  i32 fd = open_ro("file.txt");
  CHECK_EQ(g_write(fd, "x", NULL), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_filestat_set_size(fd, 0), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_allocate(fd, 0, 10), WASI_ENOTCAPABLE);
  /* Dropping rights works, adding them back does not. */
  CHECK_EQ(x_fd_fdstat_set_rights(fd, (i64)WASI_RIGHT_FD_SEEK, 0), 0);
  CHECK_EQ(g_read(fd, 10, NULL), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_fdstat_set_rights(fd, (i64)WASI_RIGHT_FD_READ, 0),
           WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_fdstat_set_rights(fd, 0, 1), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r64(A_STAT + 8), WASI_RIGHT_FD_SEEK);
  x_fd_close(fd);

  /* A directory passes on at most its inheriting rights. */
  CHECK_EQ(x_fd_fdstat_set_rights(
               PRE, (i64)WASI_RIGHTS_DIRECTORY,
               (i64)(WASI_RIGHTS_DIRECTORY_INHERITING & ~WASI_RIGHT_FD_WRITE)),
           0);
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, WASI_RIGHTS_ALL, 0, &fd),
           0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r64(A_STAT + 8), RIGHTS_RW & ~WASI_RIGHT_FD_WRITE);
  CHECK_EQ(r64(A_STAT + 16), 0); /* files inherit nothing */
  CHECK_EQ(g_write(fd, "x", NULL), WASI_ENOTCAPABLE);
  x_fd_close(fd);
  /* Without PATH_OPEN nothing opens. */
  CHECK_EQ(x_fd_fdstat_set_rights(
               PRE, (i64)(WASI_RIGHTS_DIRECTORY & ~WASI_RIGHT_PATH_OPEN), 0),
           0);
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RO, 0, 0, &fd),
           WASI_ENOTCAPABLE);
}

static void filestat(void) {
  i32 fd = open_rw("file.txt");
  memset(G(A_STAT), 0xAA, WASI_FILESTAT_SIZE);
  CHECK_EQ(x_fd_filestat_get(fd, A_STAT), 0);
  struct stat st;
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(r64(A_STAT + 0), st.st_dev);
  CHECK_EQ(r64(A_STAT + 8), st.st_ino);
  CHECK_EQ(r8(A_STAT + 16), WASI_FILETYPE_REGULAR_FILE);
  CHECK_EQ(r8(A_STAT + 17), 0);
  CHECK_EQ(r64(A_STAT + 24), 1);
  CHECK_EQ(r64(A_STAT + 32), 11);
  CHECK_EQ(r64(A_STAT + 48),
           (uint64_t)st.st_mtim.tv_sec * 1000000000u +
               (uint64_t)st.st_mtim.tv_nsec);
  CHECK_EQ(x_fd_filestat_get(PRE, A_STAT), 0);
  CHECK_EQ(r8(A_STAT + 16), WASI_FILETYPE_DIRECTORY);
  CHECK_EQ(x_fd_filestat_get(fd, (i32)msize() - 63), WASI_EFAULT);

  CHECK_EQ(x_fd_filestat_set_size(fd, 5), 0);
  CHECK_STR(read_file(SB("file.txt")), "hello");
  CHECK_EQ(x_fd_filestat_set_size(fd, 20), 0);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_size, 20);
  CHECK_EQ(x_fd_filestat_set_size(fd, -1), WASI_EINVAL);

  uint64_t at = UINT64_C(1000000000) * 1000 + 5;
  uint64_t mt = UINT64_C(1000000000) * 2000 + 7;
  CHECK_EQ(x_fd_filestat_set_times(fd, (i64)at, (i64)mt,
                                   WASI_FSTFLAG_ATIM | WASI_FSTFLAG_MTIM),
           0);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_atim.tv_sec, 1000);
  CHECK_EQ(st.st_atim.tv_nsec, 5);
  CHECK_EQ(st.st_mtim.tv_sec, 2000);
  CHECK_EQ(st.st_mtim.tv_nsec, 7);
  /* Only mtime to now; atime untouched. */
  CHECK_EQ(x_fd_filestat_set_times(fd, 0, 0, WASI_FSTFLAG_MTIM_NOW), 0);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_atim.tv_sec, 1000);
  CHECK(st.st_mtim.tv_sec > 1000000000);
  CHECK_EQ(x_fd_filestat_set_times(fd, 0, 0,
                                   WASI_FSTFLAG_ATIM | WASI_FSTFLAG_ATIM_NOW),
           WASI_EINVAL);
  CHECK_EQ(x_fd_filestat_set_times(fd, 0, 0,
                                   WASI_FSTFLAG_MTIM | WASI_FSTFLAG_MTIM_NOW),
           WASI_EINVAL);
  CHECK_EQ(x_fd_filestat_set_times(fd, 0, 0, 16), WASI_EINVAL);
  x_fd_close(fd);
}

static void advise_allocate_sync(void) {
  i32 fd = open_rw("file.txt");
  for (int a = 0; a <= 5; ++a)
    CHECK_EQ(x_fd_advise(fd, 0, 100, a), 0);
  CHECK_EQ(x_fd_advise(fd, 0, 100, 6), WASI_EINVAL);
  CHECK_EQ(x_fd_advise(fd, -1, 100, 0), WASI_EINVAL);
  CHECK_EQ(x_fd_allocate(fd, 0, 100), 0);
  struct stat st;
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_size, 100);
  CHECK_EQ(x_fd_allocate(fd, 10, 10), 0); /* inside: no change */
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_size, 100);
  CHECK_EQ(x_fd_allocate(fd, 0, 0), WASI_EINVAL);
  CHECK_EQ(x_fd_allocate(fd, INT64_MAX, 2), WASI_EFBIG);
  CHECK_EQ(x_fd_sync(fd), 0);
  CHECK_EQ(x_fd_datasync(fd), 0);
  CHECK_EQ(x_fd_sync(PRE), 0);
  CHECK_EQ(x_fd_advise(PRE, 0, 0, 0), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_sync(55), WASI_EBADF);
  x_fd_close(fd);
  int p[2];
  CHECK(pipe(p) == 0);
  i32 g = w2n_wasi_insert_fd(T.ctx, p[0]);
  CHECK_EQ(x_fd_sync(g), WASI_ENOTCAPABLE);
  CHECK_EQ(x_fd_datasync(g), WASI_ENOTCAPABLE);
  close(p[0]);
  close(p[1]);
}

static void prestat(void) {
  memset(G(A_STAT), 0xAA, 8);
  CHECK_EQ(x_fd_prestat_get(PRE, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_PREOPENTYPE_DIR);
  CHECK_EQ(r8(A_STAT + 1), 0);
  CHECK_EQ(r32(A_STAT + 4), 8);
  memset(G(A_BUF), 0, 16);
  CHECK_EQ(x_fd_prestat_dir_name(PRE, A_BUF, 8), 0);
  CHECK_STR((const char *)G(A_BUF), "/sandbox");
  CHECK_EQ(x_fd_prestat_dir_name(PRE, A_BUF, 7), WASI_ENAMETOOLONG);
  CHECK_EQ(x_fd_prestat_dir_name(PRE, A_BUF, 100), 0);
  CHECK_EQ(x_fd_prestat_dir_name(PRE, (i32)msize() - 7, 8), WASI_EFAULT);
  CHECK_EQ(x_fd_prestat_get(PRE, (i32)msize() - 7), WASI_EFAULT);
  /* wasi-libc scans from 3 up to the first BADF. */
  CHECK_EQ(x_fd_prestat_get(PRE + 1, A_STAT), WASI_EBADF);
  i32 fd = open_ro("file.txt");
  CHECK_EQ(x_fd_prestat_get(fd, A_STAT), WASI_EBADF);
  CHECK_EQ(x_fd_prestat_dir_name(fd, A_BUF, 100), WASI_EBADF);
  CHECK_EQ(x_fd_prestat_get(-1, A_STAT), WASI_EBADF);
  x_fd_close(fd);
}

static void several_preopens(void) {
  w2n_wasi_config cfg;
  w2n_wasi_config_init(&cfg);
  cfg.stdin_fd = cfg.stdout_fd = cfg.stderr_fd = -1;
  w2n_wasi_preopen pre[2] = {{T.sandbox, "/a"}, {SB("dir"), "."}};
  cfg.preopens = pre;
  cfg.num_preopens = 2;
  cfg.resolver = mode_resolver;
  w2n_wasi_free(T.ctx);
  T.ctx = make_ctx(&cfg);
  w2n_wasi_set_memory(T.ctx, T.mem);
  CHECK_EQ(x_fd_prestat_get(3, A_STAT), 0);
  CHECK_EQ(r32(A_STAT + 4), 2);
  CHECK_EQ(x_fd_prestat_get(4, A_STAT), 0);
  CHECK_EQ(r32(A_STAT + 4), 1);
  CHECK_EQ(x_fd_prestat_dir_name(4, A_BUF, 1), 0);
  CHECK_EQ(r8(A_BUF), '.');
  CHECK_EQ(x_fd_prestat_get(5, A_STAT), WASI_EBADF);
  /* Descriptors 0-2 are free here, so inserted ones go there. */
  int p[2];
  CHECK(pipe(p) == 0);
  CHECK_EQ(w2n_wasi_insert_fd(T.ctx, p[0]), 0);
  close(p[0]);
  close(p[1]);
  i32 fd;
  CHECK_EQ(p_open_ro(4, "inner.txt", &fd), 0);
  char buf[32];
  CHECK_EQ(g_read(fd, 31, buf), 0);
  CHECK_STR(buf, "inner");
}

/* Reads the whole directory with buffers of `cap` bytes, continuing from
 * the d_next of the last complete entry; returns the names joined by '|'
 * in a static buffer, sorted is not guaranteed so callers search. */
static const char *readdir_all(i32 fd, uint32_t cap, int *calls) {
  static char names[65536];
  names[0] = '\0';
  size_t len = 0;
  uint64_t cookie = 0;
  *calls = 0;
  for (;;) {
    ++*calls;
    if (x_fd_readdir(fd, A_BUF, (i32)cap, (i64)cookie, A_OUT) != 0)
      return NULL;
    uint32_t used = r32(A_OUT), pos = 0;
    int complete = 0;
    while (pos + WASI_DIRENT_SIZE <= used) {
      uint32_t namlen = r32(A_BUF + pos + 16);
      if (pos + WASI_DIRENT_SIZE + namlen > used)
        break; /* cut */
      uint64_t next = r64(A_BUF + pos);
      memcpy(names + len, G(A_BUF + pos + WASI_DIRENT_SIZE), namlen);
      len += namlen;
      names[len++] = '|';
      names[len] = '\0';
      cookie = next;
      pos += WASI_DIRENT_SIZE + namlen;
      ++complete;
    }
    if (used < cap)
      return names;
    if (complete == 0)
      return NULL; /* buffer too small for one entry */
  }
}

static int has_name(const char *names, const char *name) {
  char want[300];
  snprintf(want, sizeof want, "|%s|", name);
  char hay[65600];
  snprintf(hay, sizeof hay, "|%s", names);
  return strstr(hay, want) != NULL;
}

static void readdir_(void) {
  symlink("file.txt", SB("link"));
  int calls;
  const char *names = readdir_all(PRE, 4096, &calls);
  CHECK(names != NULL);
  if (!names)
    return;
  CHECK_EQ(calls, 1);
  CHECK(has_name(names, "."));
  CHECK(has_name(names, ".."));
  CHECK(has_name(names, "file.txt"));
  CHECK(has_name(names, "dir"));
  CHECK(has_name(names, "link"));
  /* Types and inode numbers. */
  CHECK_EQ(x_fd_readdir(PRE, A_BUF, 4096, 0, A_OUT), 0);
  uint32_t used = r32(A_OUT);
  int seen = 0;
  for (uint32_t pos = 0; pos + WASI_DIRENT_SIZE <= used;) {
    uint32_t namlen = r32(A_BUF + pos + 16);
    char name[256];
    memcpy(name, G(A_BUF + pos + WASI_DIRENT_SIZE), namlen);
    name[namlen] = '\0';
    uint8_t type = r8(A_BUF + pos + 20);
    struct stat st;
    CHECK(lstat(SB(name), &st) == 0);
    CHECK_EQ(r64(A_BUF + pos + 8), st.st_ino);
    CHECK_EQ(r8(A_BUF + pos + 21), 0);
    if (strcmp(name, "file.txt") == 0) {
      seen |= 1;
      CHECK_EQ(type, WASI_FILETYPE_REGULAR_FILE);
    }
    if (strcmp(name, "dir") == 0) {
      seen |= 2;
      CHECK_EQ(type, WASI_FILETYPE_DIRECTORY);
    }
    if (strcmp(name, "link") == 0) {
      seen |= 4;
      CHECK_EQ(type, WASI_FILETYPE_SYMBOLIC_LINK);
    }
    pos += WASI_DIRENT_SIZE + namlen;
  }
  CHECK_EQ(seen, 7);

  /* Small buffers: cut entries, continued by cookie, same names. */
  char all[65536];
  snprintf(all, sizeof all, "%s", names);
  const char *small = readdir_all(PRE, 40, &calls);
  CHECK(small != NULL);
  CHECK(calls > 3);
  if (small) {
    CHECK_EQ(strlen(small), strlen(all));
    CHECK(has_name(small, "file.txt"));
    CHECK(has_name(small, "link"));
  }
  /* A buffer smaller than a header: exactly filled. */
  CHECK_EQ(x_fd_readdir(PRE, A_BUF, 10, 0, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 10);
  CHECK_EQ(x_fd_readdir(PRE, A_BUF, 0, 0, A_OUT), 0);
  CHECK_EQ(r32(A_OUT), 0);
  /* Faults, rights. */
  CHECK_EQ(x_fd_readdir(PRE, (i32)msize() - 100, 101, 0, A_OUT), WASI_EFAULT);
  CHECK_EQ(x_fd_readdir(PRE, A_BUF, 100, 0, (i32)msize()), WASI_EFAULT);
  i32 fd = open_ro("file.txt");
  CHECK_EQ(x_fd_readdir(fd, A_BUF, 100, 0, A_OUT), WASI_ENOTCAPABLE);
  x_fd_close(fd);
  /* A subdirectory opened with path_open. */
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0, 0, &fd),
           0);
  names = readdir_all(fd, 4096, &calls);
  CHECK(names && has_name(names, "inner.txt"));
}

static void readdir_many(void) {
  /* Enough entries for several getdents64 calls and a long cookie chain. */
  for (int i = 0; i < 600; ++i) {
    char name[64];
    snprintf(name, sizeof name, "dir/entry-with-a-longish-name-%04d", i);
    write_file(SB(name), "");
  }
  i32 fd;
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0, 0, &fd),
           0);
  int calls;
  const char *names = readdir_all(fd, 30000, &calls);
  CHECK(names != NULL);
  if (!names)
    return;
  int count = 0;
  for (const char *p = names; *p; ++p)
    count += *p == '|';
  CHECK_EQ(count, 600 + 3); /* ., .., inner.txt */
  CHECK(has_name(names, "entry-with-a-longish-name-0000"));
  CHECK(has_name(names, "entry-with-a-longish-name-0599"));
  names = readdir_all(fd, 100, &calls);
  count = 0;
  for (const char *p = names ? names : ""; *p; ++p)
    count += *p == '|';
  CHECK_EQ(count, 603);
}

static void broken_pipe(void) {
  /* The reader is gone: EPIPE, and the host process survives. */
  int p[2];
  CHECK(pipe(p) == 0);
  i32 w = w2n_wasi_insert_fd(T.ctx, p[1]);
  close(p[1]);
  close(p[0]);
  uint32_t n = 99;
  CHECK_EQ(g_write(w, "lost", &n), WASI_EPIPE);
  CHECK_EQ(g_write(w, "lost again", &n), WASI_EPIPE);
  /* No SIGPIPE left pending, and the mask is back as it was. */
  sigset_t pending, mask;
  sigpending(&pending);
  CHECK(!sigismember(&pending, SIGPIPE));
  pthread_sigmask(SIG_BLOCK, NULL, &mask);
  CHECK(!sigismember(&mask, SIGPIPE));
}

int main(int argc, char **argv) {
  if (!parse_mode(argc, argv))
    return 0;
  RUN(read_write);
  RUN(read_write_faults);
  RUN(many_iovecs);
  RUN(pread_pwrite);
  RUN(seek_tell);
  RUN(close_renumber);
  RUN(fdstat);
  RUN(rights);
  RUN(filestat);
  RUN(advise_allocate_sync);
  RUN(prestat);
  RUN(several_preopens);
  RUN(readdir_);
  RUN(readdir_many);
  RUN(broken_pipe);
  return 0;
}
