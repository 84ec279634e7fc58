/*===- test_wasi_path.c - The path_* functions (both resolvers) ------------===*/

#include "wasi_test.h"

#include <limits.h>

static uint8_t stat_type(void) { return r8(A_STAT + 16); }

static void open_basic(void) {
  i32 fd;
  char buf[64];
  CHECK_EQ(p_open_ro(PRE, "file.txt", &fd), 0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  CHECK_EQ(p_open_ro(PRE, "./dir/./inner.txt", &fd), 0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "inner");
  CHECK_EQ(p_open_ro(PRE, "dir//inner.txt", &fd), 0);
  CHECK_EQ(p_open_ro(PRE, "dir/../file.txt", &fd), 0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  CHECK_EQ(p_open_ro(PRE, "missing", &fd), WASI_ENOENT);
  CHECK_EQ(fd, -1);
  CHECK_EQ(p_open_ro(PRE, "missing/x", &fd), WASI_ENOENT);
  CHECK_EQ(p_open_ro(PRE, "file.txt/x", &fd), WASI_ENOTDIR);
  CHECK_EQ(p_open_ro(PRE, "file.txt/", &fd), WASI_ENOTDIR);
  CHECK_EQ(p_open_ro(PRE, "", &fd), WASI_ENOENT);
  /* "." is the directory itself. */
  CHECK_EQ(p_open_ro(PRE, ".", &fd), 0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r8(A_STAT), WASI_FILETYPE_DIRECTORY);
  CHECK_EQ(r64(A_STAT + 8), RIGHTS_RO & WASI_RIGHTS_DIRECTORY);
  CHECK_EQ(r64(A_STAT + 16), WASI_RIGHTS_DIRECTORY_INHERITING);
  CHECK_EQ(p_open_ro(PRE, "dir/", &fd), 0);
  CHECK_EQ(p_open(PRE, 0, "file.txt", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0, 0,
                  &fd),
           WASI_ENOTDIR);
}

static void open_flags(void) {
  i32 fd;
  /* CREAT */
  CHECK_EQ(p_open(PRE, 0, "new.txt", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, &fd),
           0);
  uint32_t n;
  CHECK_EQ(g_write(fd, "data", &n), 0);
  CHECK_STR(read_file(SB("new.txt")), "data");
  struct stat st;
  CHECK(stat(SB("new.txt"), &st) == 0);
  mode_t um = umask(0);
  umask(um);
  CHECK_EQ(st.st_mode & 0777, 0666 & ~um);
  /* CREAT on an existing file without EXCL: opens it. */
  CHECK_EQ(p_open(PRE, 0, "new.txt", WASI_OFLAG_CREAT, RIGHTS_RO, 0, 0, &fd),
           0);
  /* EXCL */
  CHECK_EQ(p_open(PRE, 0, "new.txt", WASI_OFLAG_CREAT | WASI_OFLAG_EXCL,
                  RIGHTS_RW, 0, 0, &fd),
           WASI_EEXIST);
  /* TRUNC */
  CHECK_EQ(p_open(PRE, 0, "new.txt", WASI_OFLAG_TRUNC, RIGHTS_RW, 0, 0, &fd),
           0);
  CHECK_STR(read_file(SB("new.txt")), "");
  /* CREAT with a trailing slash. */
  CHECK_EQ(p_open(PRE, 0, "newdir/", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, &fd),
           WASI_EISDIR);
  CHECK(!host_exists(SB("newdir")));
  /* APPEND, NONBLOCK */
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RW, 0,
                  WASI_FDFLAG_APPEND | WASI_FDFLAG_NONBLOCK, &fd),
           0);
  CHECK_EQ(x_fd_fdstat_get(fd, A_STAT), 0);
  CHECK_EQ(r16(A_STAT + 2), WASI_FDFLAG_APPEND | WASI_FDFLAG_NONBLOCK);
  CHECK_EQ(g_write(fd, "+", &n), 0);
  CHECK_STR(read_file(SB("file.txt")), "hello world+");
  /* Write-only: no reading. */
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, WASI_RIGHT_FD_WRITE, 0, 0, &fd), 0);
  CHECK_EQ(g_read(fd, 10, NULL), WASI_ENOTCAPABLE);
  CHECK_EQ(g_write(fd, "H", &n), 0);
  CHECK_STR(read_file(SB("file.txt")), "Hello world+");
  /* Invalid flags. */
  CHECK_EQ(p_open(PRE, 0, "file.txt", 16, RIGHTS_RO, 0, 0, &fd), WASI_EINVAL);
  CHECK_EQ(p_open(PRE, 0, "file.txt", 0, RIGHTS_RO, 0, 32, &fd), WASI_EINVAL);
  CHECK_EQ(p_open(PRE, 2, "file.txt", 0, RIGHTS_RO, 0, 0, &fd), WASI_EINVAL);
  /* Not a directory descriptor, bad descriptor. */
  CHECK_EQ(p_open_ro(PRE, "file.txt", &fd), 0);
  CHECK_EQ(p_open_ro(fd, "x", NULL), WASI_ENOTDIR);
  CHECK_EQ(p_open_ro(123, "x", NULL), WASI_EBADF);
}

static void open_faults(void) {
  uint32_t end = msize();
  /* Result pointer out of bounds: nothing is created. */
  uint32_t n = wstr(A_PATH, "created");
  CHECK_EQ(x_path_open(PRE, 0, A_PATH, (i32)n, WASI_OFLAG_CREAT,
                       (i64)RIGHTS_RW, 0, 0, (i32)end - 2),
           WASI_EFAULT);
  CHECK(!host_exists(SB("created")));
  /* Path out of bounds or wrapping. */
  CHECK_EQ(x_path_open(PRE, 0, (i32)end - 3, 4, 0, (i64)RIGHTS_RO, 0, 0,
                       A_OUT),
           WASI_EFAULT);
  CHECK_EQ(x_path_open(PRE, 0, (i32)0xFFFFFFFF, 2, 0, (i64)RIGHTS_RO, 0, 0,
                       A_OUT),
           WASI_EFAULT);
  CHECK_EQ(x_path_open(PRE, 0, A_PATH, -1, 0, (i64)RIGHTS_RO, 0, 0, A_OUT),
           WASI_EFAULT);
  /* A path ending exactly at the end of memory. */
  memcpy(G(end - 8), "file.txt", 8);
  CHECK_EQ(x_path_open(PRE, 0, (i32)end - 8, 8, 0, (i64)RIGHTS_RO, 0, 0,
                       A_OUT),
           0);
  /* Embedded NUL. */
  memcpy(G(A_PATH), "file.txt\0x", 10);
  CHECK_EQ(x_path_open(PRE, 0, A_PATH, 10, 0, (i64)RIGHTS_RO, 0, 0, A_OUT),
           WASI_EINVAL);
  /* Too long: a path, a component. */
  memset(G(A_BUF), 'a', PATH_MAX);
  CHECK_EQ(x_path_open(PRE, 0, A_BUF, PATH_MAX, 0, (i64)RIGHTS_RO, 0, 0,
                       A_OUT),
           WASI_ENAMETOOLONG);
  CHECK_EQ(x_path_open(PRE, 0, A_BUF, 300, 0, (i64)RIGHTS_RO, 0, 0, A_OUT),
           WASI_ENAMETOOLONG);
}

static void open_symlinks(void) {
  CHECK(symlink("file.txt", SB("link")) == 0);
  CHECK(symlink("dir", SB("dlink")) == 0);
  CHECK(symlink("dir/../dlink/inner.txt", SB("chain")) == 0);
  CHECK(symlink("nothere", SB("dangling")) == 0);
  CHECK(symlink("loop2", SB("loop1")) == 0);
  CHECK(symlink("loop1", SB("loop2")) == 0);
  i32 fd;
  char buf[64];
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "link", 0, RIGHTS_RO, 0, 0,
                  &fd),
           0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "hello world");
  /* Not following a symlink in the last component: LOOP. */
  CHECK_EQ(p_open(PRE, 0, "link", 0, RIGHTS_RO, 0, 0, &fd), WASI_ELOOP);
  /* Symlinks before the last component are always followed. */
  CHECK_EQ(p_open(PRE, 0, "dlink/inner.txt", 0, RIGHTS_RO, 0, 0, &fd), 0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "inner");
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "chain", 0, RIGHTS_RO, 0, 0,
                  &fd),
           0);
  CHECK_EQ(g_read(fd, 63, buf), 0);
  CHECK_STR(buf, "inner");
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "dlink/", 0, RIGHTS_RO, 0,
                  0, &fd),
           0);
  /* CREAT through a dangling link creates its target. */
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "dangling",
                  WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, &fd),
           0);
  CHECK(host_exists(SB("nothere")));
  /* CREAT|EXCL never follows. */
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "link",
                  WASI_OFLAG_CREAT | WASI_OFLAG_EXCL, RIGHTS_RW, 0, 0, &fd),
           WASI_EEXIST);
  /* Loops. */
  CHECK_EQ(p_open(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "loop1", 0, RIGHTS_RO, 0,
                  0, &fd),
           WASI_ELOOP);
  CHECK_EQ(p_open(PRE, 0, "loop1/x", 0, RIGHTS_RO, 0, 0, &fd), WASI_ELOOP);
}

static void create_remove_directory(void) {
  CHECK_EQ(p_mkdir(PRE, "newdir"), 0);
  struct stat st;
  CHECK(stat(SB("newdir"), &st) == 0 && S_ISDIR(st.st_mode));
  CHECK_EQ(p_mkdir(PRE, "newdir"), WASI_EEXIST);
  CHECK_EQ(p_mkdir(PRE, "file.txt"), WASI_EEXIST);
  CHECK_EQ(p_mkdir(PRE, "a/b"), WASI_ENOENT);
  CHECK_EQ(p_mkdir(PRE, "newdir/sub/"), 0);
  CHECK(host_exists(SB("newdir/sub")));
  CHECK_EQ(p_mkdir(PRE, "."), WASI_EEXIST);
  CHECK_EQ(p_mkdir(PRE, "dir/.."), WASI_EEXIST);
  CHECK_EQ(p_mkdir(PRE, ""), WASI_ENOENT);
  CHECK_EQ(x_path_create_directory(PRE, (i32)msize() - 1, 2), WASI_EFAULT);

  CHECK_EQ(p_rmdir(PRE, "newdir"), WASI_ENOTEMPTY);
  CHECK_EQ(p_rmdir(PRE, "newdir/sub/"), 0);
  CHECK(!host_exists(SB("newdir/sub")));
  CHECK_EQ(p_rmdir(PRE, "newdir"), 0);
  CHECK_EQ(p_rmdir(PRE, "newdir"), WASI_ENOENT);
  CHECK_EQ(p_rmdir(PRE, "file.txt"), WASI_ENOTDIR);
  CHECK(symlink("dir", SB("dlink")) == 0);
  CHECK_EQ(p_rmdir(PRE, "dlink"), WASI_ENOTDIR);
  CHECK_EQ(p_rmdir(PRE, "dlink/"), WASI_ENOTDIR);
  CHECK(host_exists(SB("dir")));
  CHECK(p_rmdir(PRE, ".") != 0);
  CHECK(host_exists(T.sandbox));
}

static void filestat_get(void) {
  CHECK(symlink("file.txt", SB("link")) == 0);
  memset(G(A_STAT), 0xAA, WASI_FILESTAT_SIZE);
  CHECK_EQ(p_stat(PRE, 0, "file.txt"), 0);
  struct stat st;
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(r64(A_STAT + 8), st.st_ino);
  CHECK_EQ(stat_type(), WASI_FILETYPE_REGULAR_FILE);
  CHECK_EQ(r8(A_STAT + 17), 0);
  CHECK_EQ(r64(A_STAT + 32), 11);
  CHECK_EQ(r64(A_STAT + 24), 1);
  CHECK_EQ(p_stat(PRE, 0, "dir"), 0);
  CHECK_EQ(stat_type(), WASI_FILETYPE_DIRECTORY);
  CHECK_EQ(p_stat(PRE, 0, "dir/"), 0);
  CHECK_EQ(p_stat(PRE, 0, "."), 0);
  CHECK_EQ(stat_type(), WASI_FILETYPE_DIRECTORY);
  CHECK(stat(T.sandbox, &st) == 0);
  CHECK_EQ(r64(A_STAT + 8), st.st_ino);
  CHECK_EQ(p_stat(PRE, 0, "link"), 0);
  CHECK_EQ(stat_type(), WASI_FILETYPE_SYMBOLIC_LINK);
  CHECK_EQ(r64(A_STAT + 32), 8);
  CHECK_EQ(p_stat(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "link"), 0);
  CHECK_EQ(stat_type(), WASI_FILETYPE_REGULAR_FILE);
  CHECK_EQ(r64(A_STAT + 32), 11);
  CHECK_EQ(p_stat(PRE, 0, "missing"), WASI_ENOENT);
  CHECK_EQ(p_stat(PRE, 0, "file.txt/"), WASI_ENOTDIR);
  CHECK_EQ(p_stat(PRE, 2, "file.txt"), WASI_EINVAL);
  uint32_t n = wstr(A_PATH, "file.txt");
  CHECK_EQ(x_path_filestat_get(PRE, 0, A_PATH, (i32)n, (i32)msize() - 63),
           WASI_EFAULT);
}

static void filestat_set_times(void) {
  CHECK(symlink("file.txt", SB("link")) == 0);
  uint64_t s = UINT64_C(1000000000);
  CHECK_EQ(p_utimes(PRE, 0, "file.txt", 100 * s, 200 * s + 3,
                    WASI_FSTFLAG_ATIM | WASI_FSTFLAG_MTIM),
           0);
  struct stat st;
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_atim.tv_sec, 100);
  CHECK_EQ(st.st_mtim.tv_sec, 200);
  CHECK_EQ(st.st_mtim.tv_nsec, 3);
  /* Without FOLLOW the link itself changes. */
  CHECK_EQ(p_utimes(PRE, 0, "link", 0, 300 * s, WASI_FSTFLAG_MTIM), 0);
  CHECK(lstat(SB("link"), &st) == 0);
  CHECK_EQ(st.st_mtim.tv_sec, 300);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_mtim.tv_sec, 200);
  /* With FOLLOW the target. */
  CHECK_EQ(p_utimes(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "link", 0, 400 * s,
                    WASI_FSTFLAG_MTIM),
           0);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK_EQ(st.st_mtim.tv_sec, 400);
  CHECK_EQ(st.st_atim.tv_sec, 100);
  CHECK_EQ(p_utimes(PRE, 0, "file.txt", 0, 0, WASI_FSTFLAG_ATIM_NOW), 0);
  CHECK(stat(SB("file.txt"), &st) == 0);
  CHECK(st.st_atim.tv_sec > 1000000000);
  CHECK_EQ(p_utimes(PRE, 0, "file.txt", 0, 0,
                    WASI_FSTFLAG_MTIM | WASI_FSTFLAG_MTIM_NOW),
           WASI_EINVAL);
  CHECK_EQ(p_utimes(PRE, 0, "missing", 0, 0, WASI_FSTFLAG_MTIM_NOW),
           WASI_ENOENT);
  CHECK_EQ(p_utimes(PRE, 0, "file.txt/", 0, 0, WASI_FSTFLAG_MTIM_NOW),
           WASI_ENOTDIR);
  CHECK_EQ(p_utimes(PRE, 0, "dir/", 0, 0, WASI_FSTFLAG_MTIM_NOW), 0);
}

static void link_(void) {
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, "hard"), 0);
  struct stat st;
  CHECK(stat(SB("hard"), &st) == 0);
  CHECK_EQ(st.st_nlink, 2);
  CHECK_STR(read_file(SB("hard")), "hello world");
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, "hard"), WASI_EEXIST);
  CHECK_EQ(p_link(PRE, 0, "missing", PRE, "x"), WASI_ENOENT);
  CHECK_EQ(p_link(PRE, 0, "dir", PRE, "dirlink"), WASI_EPERM);
  CHECK_EQ(p_link(PRE, 0, "file.txt/", PRE, "x"), WASI_ENOTDIR);
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, "x/"), WASI_ENOTDIR);
  /* Through a subdirectory descriptor. */
  i32 d;
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &d),
           0);
  CHECK_EQ(p_link(d, 0, "inner.txt", PRE, "inner-link"), 0);
  CHECK_STR(read_file(SB("inner-link")), "inner");
  /* FOLLOW links the target; without it the symlink itself. */
  CHECK(symlink("file.txt", SB("sym")) == 0);
  CHECK_EQ(p_link(PRE, WASI_LOOKUP_SYMLINK_FOLLOW, "sym", PRE, "viafollow"),
           0);
  CHECK(lstat(SB("viafollow"), &st) == 0 && S_ISREG(st.st_mode));
  CHECK_EQ(p_link(PRE, 0, "sym", PRE, "nofollow"), 0);
  CHECK(lstat(SB("nofollow"), &st) == 0 && S_ISLNK(st.st_mode));
  CHECK_EQ(p_link(PRE, 2, "sym", PRE, "bad"), WASI_EINVAL);
}

static void readlink_(void) {
  CHECK(symlink("dir/inner.txt", SB("link")) == 0);
  char out[256];
  CHECK_EQ(p_readlink(PRE, "link", 100, out), 0);
  CHECK_STR(out, "dir/inner.txt");
  CHECK_EQ(p_readlink(PRE, "link", 3, out), 0); /* cut, like readlink(2) */
  CHECK_STR(out, "dir");
  CHECK_EQ(p_readlink(PRE, "link", 0, out), 0);
  CHECK_STR(out, "");
  CHECK_EQ(p_readlink(PRE, "file.txt", 100, out), WASI_EINVAL);
  CHECK_EQ(p_readlink(PRE, "missing", 100, out), WASI_ENOENT);
  CHECK_EQ(p_readlink(PRE, "dir", 100, out), WASI_EINVAL);
  uint32_t n = wstr(A_PATH, "link");
  CHECK_EQ(x_path_readlink(PRE, A_PATH, (i32)n, (i32)msize() - 10, 11,
                           A_OUT),
           WASI_EFAULT);
  CHECK_EQ(x_path_readlink(PRE, A_PATH, (i32)n, A_BUF, 10, (i32)msize() - 3),
           WASI_EFAULT);
  /* A link pointing outside can be read (it is only text). */
  CHECK(symlink("/etc/passwd", SB("abs")) == 0);
  CHECK_EQ(p_readlink(PRE, "abs", 100, out), 0);
  CHECK_STR(out, "/etc/passwd");
}

static void rename_(void) {
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, "renamed"), 0);
  CHECK(!host_exists(SB("file.txt")));
  CHECK_STR(read_file(SB("renamed")), "hello world");
  write_file(SB("other"), "other");
  CHECK_EQ(p_rename(PRE, "renamed", PRE, "other"), 0);
  CHECK_STR(read_file(SB("other")), "hello world");
  CHECK_EQ(p_rename(PRE, "other", PRE, "dir/moved"), 0);
  CHECK_STR(read_file(SB("dir/moved")), "hello world");
  CHECK_EQ(p_rename(PRE, "dir", PRE, "dir2"), 0);
  CHECK(host_exists(SB("dir2/inner.txt")));
  CHECK_EQ(p_rename(PRE, "missing", PRE, "x"), WASI_ENOENT);
  CHECK_EQ(p_rename(PRE, "dir2/moved", PRE, "nodir/x"), WASI_ENOENT);
  mkdir(SB("full"), 0755);
  write_file(SB("full/f"), "");
  mkdir(SB("empty"), 0755);
  CHECK_EQ(p_rename(PRE, "empty", PRE, "full"), WASI_ENOTEMPTY);
  CHECK_EQ(p_rename(PRE, "dir2/", PRE, "dir3/"), 0);
  CHECK_EQ(p_rename(PRE, "dir2/moved", PRE, "x/"), WASI_ENOENT);
  CHECK_EQ(p_rename(PRE, "dir3/moved/", PRE, "y"), WASI_ENOTDIR);
  CHECK_EQ(p_rename(PRE, "dir3/moved", PRE, "y/"), WASI_ENOTDIR);
  /* Between two directory descriptors. */
  i32 d;
  CHECK_EQ(p_open(PRE, 0, "dir3", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &d),
           0);
  CHECK_EQ(p_rename(d, "inner.txt", PRE, "top.txt"), 0);
  CHECK_STR(read_file(SB("top.txt")), "inner");
  CHECK_EQ(p_rename(PRE, "top.txt", d, "back.txt"), 0);
  CHECK_STR(read_file(SB("dir3/back.txt")), "inner");
}

static void symlink_(void) {
  CHECK_EQ(p_symlink("file.txt", PRE, "s1"), 0);
  char target[64] = {0};
  CHECK(readlink(SB("s1"), target, sizeof target - 1) == 8);
  CHECK_STR(target, "file.txt");
  CHECK_EQ(p_symlink("x", PRE, "s1"), WASI_EEXIST);
  CHECK_EQ(p_symlink("x", PRE, "file.txt"), WASI_EEXIST);
  CHECK_EQ(p_symlink("../../anything", PRE, "dir/s2"), 0); /* text only */
  CHECK_EQ(p_symlink("", PRE, "s3"), WASI_ENOENT);
  CHECK_EQ(p_symlink("x", PRE, "s4/"), WASI_ENOENT);
  CHECK_EQ(p_symlink("x", PRE, "dir/"), WASI_EEXIST);
  CHECK_EQ(p_symlink("x", PRE, "nodir/s5"), WASI_ENOENT);
  CHECK(!host_exists(SB("s4")));
  uint32_t n = wstr(A_PATH2, "s6");
  CHECK_EQ(x_path_symlink((i32)msize() - 1, 2, PRE, A_PATH2, (i32)n),
           WASI_EFAULT);
}

static void unlink_(void) {
  CHECK_EQ(p_unlink(PRE, "file.txt"), 0);
  CHECK(!host_exists(SB("file.txt")));
  CHECK_EQ(p_unlink(PRE, "file.txt"), WASI_ENOENT);
  CHECK_EQ(p_unlink(PRE, "dir"), WASI_EISDIR);
  CHECK_EQ(p_unlink(PRE, "dir/"), WASI_EISDIR);
  write_file(SB("f"), "");
  CHECK_EQ(p_unlink(PRE, "f/"), WASI_ENOTDIR);
  CHECK(host_exists(SB("f")));
  CHECK(symlink("dir", SB("dlink")) == 0);
  CHECK_EQ(p_unlink(PRE, "dlink"), 0); /* the link, not the directory */
  CHECK(!host_exists(SB("dlink")));
  CHECK(host_exists(SB("dir/inner.txt")));
  CHECK_EQ(p_unlink(PRE, "dir/inner.txt"), 0);
  CHECK_EQ(p_unlink(PRE, "."), WASI_EISDIR);
}

/* Each path function without its right, on a file, on a bad descriptor. */
static void path_rights(void) {
  i32 file;
  CHECK_EQ(p_open_ro(PRE, "file.txt", &file), 0);
  struct {
    uint64_t right;
    int which;
  } cases[] = {
      {WASI_RIGHT_PATH_CREATE_DIRECTORY, 0}, {WASI_RIGHT_PATH_FILESTAT_GET, 1},
      {WASI_RIGHT_PATH_FILESTAT_SET_TIMES, 2}, {WASI_RIGHT_PATH_LINK_SOURCE, 3},
      {WASI_RIGHT_PATH_LINK_TARGET, 3},      {WASI_RIGHT_PATH_OPEN, 4},
      {WASI_RIGHT_PATH_READLINK, 5},         {WASI_RIGHT_PATH_REMOVE_DIRECTORY, 6},
      {WASI_RIGHT_PATH_RENAME_SOURCE, 7},    {WASI_RIGHT_PATH_RENAME_TARGET, 7},
      {WASI_RIGHT_PATH_SYMLINK, 8},          {WASI_RIGHT_PATH_UNLINK_FILE, 9},
      {WASI_RIGHT_PATH_CREATE_FILE, 10},     {WASI_RIGHT_PATH_FILESTAT_SET_SIZE, 11},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; ++i) {
    for (int variant = 0; variant < 3; ++variant) {
      i32 dir = variant == 1 ? file : 77;
      i32 want = variant == 0 ? WASI_ENOTCAPABLE
                 : variant == 1 ? WASI_ENOTDIR
                                : WASI_EBADF;
      if (variant == 0) /* the sandbox again, without that right */
        CHECK_EQ(p_open(PRE, 0, ".", WASI_OFLAG_DIRECTORY,
                        WASI_RIGHTS_DIRECTORY & ~cases[i].right,
                        WASI_RIGHTS_DIRECTORY_INHERITING, 0, &dir),
                 0);
      i32 r = -1;
      switch (cases[i].which) {
      case 0: r = p_mkdir(dir, "n"); break;
      case 1: r = p_stat(dir, 0, "file.txt"); break;
      case 2: r = p_utimes(dir, 0, "file.txt", 0, 0, 0); break;
      case 3: r = p_link(dir, 0, "file.txt", dir, "n"); break;
      case 4: r = p_open_ro(dir, "file.txt", NULL); break;
      case 5: r = p_readlink(dir, "file.txt", 10, NULL); break;
      case 6: r = p_rmdir(dir, "dir"); break;
      case 7: r = p_rename(dir, "file.txt", dir, "n"); break;
      case 8: r = p_symlink("x", dir, "n"); break;
      case 9: r = p_unlink(dir, "file.txt"); break;
      case 10:
        r = p_open(dir, 0, "n", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, NULL);
        break;
      case 11:
        r = p_open(dir, 0, "file.txt", WASI_OFLAG_TRUNC, RIGHTS_RW, 0, 0,
                   NULL);
        break;
      }
      if (r != want)
        fprintf(stderr, "  case %zu variant %d: %d\n", i, variant, r);
      CHECK_EQ(r, want);
      if (variant == 0)
        x_fd_close(dir);
    }
  }
  /* Nothing happened. */
  CHECK(!host_exists(SB("n")));
  CHECK_STR(read_file(SB("file.txt")), "hello world");
  CHECK(host_exists(SB("dir")));
  /* With all rights it works. */
  CHECK_EQ(p_mkdir(PRE, "n"), 0);
}

static void subdir_descriptor(void) {
  i32 d;
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &d),
           0);
  CHECK_EQ(x_fd_fdstat_get(d, A_STAT), 0);
  CHECK_EQ(r64(A_STAT + 16), WASI_RIGHTS_DIRECTORY_INHERITING);
  /* A directory opened without inheriting rights can open nothing
   * writable. */
  i32 weak;
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY,
                  RIGHTS_RO | WASI_RIGHT_PATH_OPEN, RIGHTS_RO, 0, &weak),
           0);
  i32 fd;
  CHECK_EQ(p_open(weak, 0, "inner.txt", 0, RIGHTS_RW, 0, 0, &fd), 0);
  CHECK_EQ(g_write(fd, "x", NULL), WASI_ENOTCAPABLE);
  char buf[32];
  CHECK_EQ(g_read(fd, 31, buf), 0);
  CHECK_STR(buf, "inner");
  CHECK_EQ(p_mkdir(weak, "x"), WASI_ENOTCAPABLE);
  /* The full one works relative to itself. */
  CHECK_EQ(p_mkdir(d, "sub"), 0);
  CHECK(host_exists(SB("dir/sub")));
  CHECK_EQ(p_open(d, 0, "sub/new", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, &fd),
           0);
  CHECK(host_exists(SB("dir/sub/new")));
  CHECK_EQ(p_stat(d, 0, "sub/../inner.txt"), 0);
  CHECK_EQ(r64(A_STAT + 32), 5);
}

int main(int argc, char **argv) {
  if (!parse_mode(argc, argv))
    return 0;
  RUN(open_basic);
  RUN(open_flags);
  RUN(open_faults);
  RUN(open_symlinks);
  RUN(create_remove_directory);
  RUN(filestat_get);
  RUN(filestat_set_times);
  RUN(link_);
  RUN(readlink_);
  RUN(rename_);
  RUN(symlink_);
  RUN(unlink_);
  RUN(path_rights);
  RUN(subdir_descriptor);
  return 0;
}
