/*===- test_wasi_sandbox.c - Escape attempts (both resolvers) ------------===*
 *
 * The sandbox is <root>/sandbox (guest fd 3); <root>/outside/secret must
 * stay unreachable: every attempt must fail with NOTCAPABLE (or another
 * error), and afterwards the outside directory must be exactly as before.
 *
 *===----------------------------------------------------------------------===*/

#include "wasi_test.h"

#include <dirent.h>

#define NC WASI_ENOTCAPABLE
#define FOLLOW WASI_LOOKUP_SYMLINK_FOLLOW

/* Marks the outside so that any change shows. */
static void outside_mark(void) {
  struct timespec ts[2] = {{1234, 0}, {5678, 0}};
  utimensat(AT_FDCWD, OUT("secret"), ts, 0);
}

/* The outside directory holds exactly "secret", unchanged. */
static void outside_intact(void) {
  /* (stat before reading: reading may update atime) */
  struct stat st;
  CHECK(stat(OUT("secret"), &st) == 0);
  CHECK_EQ(st.st_nlink, 1);
  CHECK_EQ(st.st_atim.tv_sec, 1234);
  CHECK_EQ(st.st_mtim.tv_sec, 5678);
  CHECK_EQ(st.st_size, 6);
  CHECK_STR(read_file(OUT("secret")), "SECRET");
  DIR *d = opendir(T.outside);
  CHECK(d != NULL);
  int n = 0;
  struct dirent *e;
  while (d && (e = readdir(d))) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
      continue;
    ++n;
    CHECK_STR(e->d_name, "secret");
  }
  if (d)
    closedir(d);
  CHECK_EQ(n, 1);
  /* The root beside the sandbox gained nothing either. */
  CHECK(!host_exists(hpath(T.root, "stolen")));
  CHECK(!host_exists(hpath(T.root, "new")));
}

/* Every path function on `path` (beneath PRE) must fail with `want`. */
static void all_fail(const char *path, i32 want) {
  i32 fd = 123;
  CHECK_EQ(p_open(PRE, FOLLOW, path, 0, RIGHTS_RO, 0, 0, &fd), want);
  CHECK_EQ(fd, -1);
  CHECK_EQ(p_open(PRE, 0, path, 0, RIGHTS_RO, 0, 0, &fd), want);
  CHECK_EQ(p_open(PRE, FOLLOW, path, WASI_OFLAG_CREAT | WASI_OFLAG_TRUNC,
                  RIGHTS_RW, 0, 0, &fd),
           want);
  CHECK_EQ(p_open(PRE, FOLLOW, path, WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0, 0,
                  &fd),
           want);
  CHECK_EQ(p_stat(PRE, FOLLOW, path), want);
  CHECK_EQ(p_stat(PRE, 0, path), want);
  CHECK_EQ(p_utimes(PRE, FOLLOW, path, 0, 0, WASI_FSTFLAG_MTIM_NOW), want);
  CHECK_EQ(p_utimes(PRE, 0, path, 0, 0, WASI_FSTFLAG_ATIM_NOW), want);
  CHECK_EQ(p_readlink(PRE, path, 100, NULL), want);
  CHECK_EQ(p_mkdir(PRE, path), want);
  CHECK_EQ(p_rmdir(PRE, path), want);
  CHECK_EQ(p_unlink(PRE, path), want);
  CHECK_EQ(p_rename(PRE, path, PRE, "stolen"), want);
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, path), want);
  CHECK_EQ(p_link(PRE, FOLLOW, path, PRE, "stolen"), want);
  CHECK_EQ(p_link(PRE, 0, path, PRE, "stolen"), want);
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, path), want);
  CHECK_EQ(p_symlink("file.txt", PRE, path), want);
  CHECK(!host_exists(SB("stolen")));
  CHECK_STR(read_file(SB("file.txt")), "hello world");
}

static void dotdot(void) {
  outside_mark();
  all_fail("../outside/secret", NC);
  all_fail("../outside/new", NC);
  all_fail("dir/../../outside/secret", NC);
  all_fail("./dir/./../../outside", NC);
  all_fail("../outside", NC);
  outside_intact();
}

static void dotdot_only(void) {
  outside_mark();
  /* The preopen's parent and its parent. */
  all_fail("..", NC);
  all_fail("../", NC);
  all_fail("dir/../..", NC);
  all_fail("../..", NC);
  /* Going above and coming back is refused too (as RESOLVE_BENEATH). */
  i32 fd;
  CHECK_EQ(p_open_ro(PRE, "../sandbox/file.txt", &fd), NC);
  CHECK_EQ(p_stat(PRE, 0, "dir/../../sandbox"), NC);
  /* Staying inside is fine. */
  CHECK_EQ(p_open_ro(PRE, "dir/..", &fd), 0);
  CHECK_EQ(p_stat(PRE, 0, "dir/../dir/../file.txt"), 0);
  outside_intact();
}

static void preopen_parent(void) {
  outside_mark();
  i32 fd;
  CHECK_EQ(p_open(PRE, 0, "..", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &fd),
           NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "../", WASI_OFLAG_DIRECTORY,
                  WASI_RIGHTS_DIRECTORY, WASI_RIGHTS_ALL, 0, &fd),
           NC);
  /* A directory descriptor is a root of its own: its ".." is refused
   * even though it is still inside the preopen. */
  i32 d;
  CHECK_EQ(p_open(PRE, 0, "dir", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &d),
           0);
  CHECK_EQ(p_open(d, 0, "..", WASI_OFLAG_DIRECTORY, WASI_RIGHTS_DIRECTORY,
                  WASI_RIGHTS_ALL, 0, &fd),
           NC);
  CHECK_EQ(p_open_ro(d, "../file.txt", &fd), NC);
  CHECK_EQ(p_open_ro(d, "../../outside/secret", &fd), NC);
  CHECK_EQ(p_stat(d, 0, ".."), NC);
  CHECK_EQ(p_mkdir(d, "../new"), NC);
  CHECK_EQ(p_open_ro(d, "inner.txt", &fd), 0);
  outside_intact();
}

static void absolute(void) {
  outside_mark();
  all_fail("/etc/passwd", NC);
  all_fail(OUT("secret"), NC);
  all_fail(SB("file.txt"), NC); /* even the sandbox's own host path */
  all_fail("/", NC);
  all_fail("/sandbox/file.txt", NC); /* the guest name of the preopen */
  all_fail("//file.txt", NC);
  outside_intact();
}

static void symlink_absolute_outside(void) {
  outside_mark();
  CHECK(symlink(OUT("secret"), SB("abs")) == 0);
  CHECK(symlink(T.outside, SB("absdir")) == 0);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "abs", 0, RIGHTS_RO, 0, 0, &fd), NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "abs", WASI_OFLAG_CREAT | WASI_OFLAG_TRUNC,
                  RIGHTS_RW, 0, 0, &fd),
           NC);
  CHECK_EQ(p_open(PRE, 0, "abs", 0, RIGHTS_RO, 0, 0, &fd), WASI_ELOOP);
  CHECK_EQ(p_stat(PRE, FOLLOW, "abs"), NC);
  CHECK_EQ(p_utimes(PRE, FOLLOW, "abs", 0, 0, WASI_FSTFLAG_MTIM_NOW), NC);
  CHECK_EQ(p_link(PRE, FOLLOW, "abs", PRE, "stolen"), NC);
  CHECK_EQ(p_stat(PRE, FOLLOW, "abs/"), NC);
  all_fail("absdir/secret", NC);
  all_fail("absdir/new", NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "absdir", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0,
                  0, &fd),
           NC);
  /* The links themselves are inside and may be looked at. */
  CHECK_EQ(p_stat(PRE, 0, "abs"), 0);
  CHECK_EQ(r8(A_STAT + 16), WASI_FILETYPE_SYMBOLIC_LINK);
  /* Removing the link removes the link, not what it points to. */
  CHECK_EQ(p_unlink(PRE, "abs"), 0);
  CHECK_EQ(p_rmdir(PRE, "absdir"), WASI_ENOTDIR);
  CHECK_EQ(p_rmdir(PRE, "absdir/"), WASI_ENOTDIR);
  CHECK_EQ(p_unlink(PRE, "absdir/"), WASI_ENOTDIR);
  outside_intact();
}

static void symlink_relative_outside(void) {
  outside_mark();
  CHECK(symlink("../outside/secret", SB("rel")) == 0);
  CHECK(symlink("../outside", SB("reldir")) == 0);
  CHECK(symlink("../../outside/secret", SB("dir/deeper")) == 0);
  CHECK(symlink("..", SB("up")) == 0);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "rel", 0, RIGHTS_RO, 0, 0, &fd), NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "dir/deeper", 0, RIGHTS_RO, 0, 0, &fd), NC);
  CHECK_EQ(p_stat(PRE, FOLLOW, "rel"), NC);
  CHECK_EQ(p_utimes(PRE, FOLLOW, "rel", 0, 0, WASI_FSTFLAG_MTIM_NOW), NC);
  CHECK_EQ(p_link(PRE, FOLLOW, "rel", PRE, "stolen"), NC);
  all_fail("reldir/secret", NC);
  all_fail("up/outside/secret", NC);
  all_fail("dir/../up/outside", NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "up", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0, 0,
                  &fd),
           NC);
  CHECK_EQ(p_stat(PRE, FOLLOW, "up/"), NC);
  outside_intact();
}

static void symlink_chain(void) {
  outside_mark();
  /* chain1 -> chain2 -> dir/chain3 -> ../../outside/secret */
  CHECK(symlink("chain2", SB("chain1")) == 0);
  CHECK(symlink("dir/chain3", SB("chain2")) == 0);
  CHECK(symlink("../../outside/secret", SB("dir/chain3")) == 0);
  /* hop1 -> dir/hop2 (a directory link) -> .. -> .. (outside) */
  CHECK(symlink("dir/hop2", SB("hop1")) == 0);
  CHECK(symlink("../hop3", SB("dir/hop2")) == 0);
  CHECK(symlink("..", SB("hop3")) == 0);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "chain1", 0, RIGHTS_RO, 0, 0, &fd), NC);
  CHECK_EQ(p_stat(PRE, FOLLOW, "chain1"), NC);
  CHECK_EQ(p_link(PRE, FOLLOW, "chain1", PRE, "stolen"), NC);
  all_fail("hop1/outside/secret", NC);
  all_fail("hop1/outside", NC);
  /* A chain that stays inside works. */
  CHECK(symlink("../file.txt", SB("dir/ok")) == 0);
  CHECK(symlink("dir/ok", SB("ok1")) == 0);
  CHECK_EQ(p_open(PRE, FOLLOW, "ok1", 0, RIGHTS_RO, 0, 0, &fd), 0);
  char buf[32];
  CHECK_EQ(g_read(fd, 31, buf), 0);
  CHECK_STR(buf, "hello world");
  /* Loops end with LOOP, not a hang. */
  CHECK(symlink("loop2", SB("loop1")) == 0);
  CHECK(symlink("loop1", SB("loop2")) == 0);
  CHECK(symlink("self/x", SB("self")) == 0);
  CHECK_EQ(p_open(PRE, FOLLOW, "loop1", 0, RIGHTS_RO, 0, 0, &fd), WASI_ELOOP);
  CHECK_EQ(p_stat(PRE, FOLLOW, "loop1"), WASI_ELOOP);
  CHECK_EQ(p_open_ro(PRE, "self/y", &fd), WASI_ELOOP);
  CHECK_EQ(p_mkdir(PRE, "loop1/x"), WASI_ELOOP);
  outside_intact();
}

static void guest_made_links(void) {
  outside_mark();
  /* The guest cannot make absolute links. */
  CHECK_EQ(p_symlink(OUT("secret"), PRE, "g1"), NC);
  CHECK_EQ(p_symlink("/", PRE, "g1"), NC);
  CHECK(!host_exists(SB("g1")));
  /* Relative ones pointing outside can be made, never followed. */
  CHECK_EQ(p_symlink("../outside/secret", PRE, "g2"), 0);
  CHECK_EQ(p_symlink("../outside", PRE, "g3"), 0);
  CHECK_EQ(p_symlink("dir/../..", PRE, "g4"), 0);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "g2", 0, RIGHTS_RO, 0, 0, &fd), NC);
  all_fail("g3/secret", NC);
  all_fail("g4/outside/secret", NC);
  /* Nor can a link made inside a subdirectory reach up through it. */
  CHECK_EQ(p_symlink("../../outside", PRE, "dir/g5"), 0);
  all_fail("dir/g5/secret", NC);
  outside_intact();
}

static void rename_link_outside(void) {
  outside_mark();
  CHECK(symlink("../outside", SB("odir")) == 0);
  /* Into the outside. */
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, "../outside/stolen"), NC);
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, "../stolen"), NC);
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, "odir/stolen"), NC);
  CHECK_EQ(p_rename(PRE, "dir", PRE, "../outside/dir"), NC);
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, "../outside/hard"), NC);
  CHECK_EQ(p_link(PRE, 0, "file.txt", PRE, "odir/hard"), NC);
  /* From the outside. */
  CHECK_EQ(p_rename(PRE, "../outside/secret", PRE, "got"), NC);
  CHECK_EQ(p_rename(PRE, "odir/secret", PRE, "got"), NC);
  CHECK_EQ(p_link(PRE, 0, "../outside/secret", PRE, "got"), NC);
  CHECK_EQ(p_link(PRE, 0, "odir/secret", PRE, "got"), NC);
  CHECK(!host_exists(SB("got")));
  /* Renaming the link itself is fine: it stays a link. */
  CHECK_EQ(p_rename(PRE, "odir", PRE, "odir2"), 0);
  CHECK_EQ(p_stat(PRE, 0, "odir2"), 0);
  CHECK_EQ(r8(A_STAT + 16), WASI_FILETYPE_SYMBOLIC_LINK);
  all_fail("odir2/secret", NC);
  /* Moving the sandbox's content around inside still works. */
  CHECK_EQ(p_rename(PRE, "file.txt", PRE, "dir/file.txt"), 0);
  CHECK_STR(read_file(SB("dir/file.txt")), "hello world");
  outside_intact();
}

static void dangling_outside(void) {
  outside_mark();
  CHECK(symlink("../outside/created", SB("dang")) == 0);
  CHECK(symlink(OUT("created2"), SB("dang2")) == 0);
  CHECK(symlink("../new", SB("dang3")) == 0);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "dang", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0,
                  &fd),
           NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "dang2", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0,
                  &fd),
           NC);
  CHECK_EQ(p_open(PRE, FOLLOW, "dang3", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0,
                  &fd),
           NC);
  /* Without FOLLOW, CREAT on the link: LOOP, nothing created. */
  CHECK_EQ(p_open(PRE, 0, "dang", WASI_OFLAG_CREAT, RIGHTS_RW, 0, 0, &fd),
           WASI_ELOOP);
  CHECK_EQ(p_mkdir(PRE, "dang"), WASI_EEXIST);
  CHECK(!host_exists(OUT("created")));
  CHECK(!host_exists(OUT("created2")));
  outside_intact();
}

static void trailing_slash_links(void) {
  outside_mark();
  CHECK(symlink("../outside", SB("odir")) == 0);
  i32 fd;
  CHECK_EQ(p_stat(PRE, 0, "odir/"), NC);
  CHECK_EQ(p_utimes(PRE, 0, "odir/", 0, 0, WASI_FSTFLAG_MTIM_NOW), NC);
  CHECK_EQ(p_open(PRE, 0, "odir/", 0, RIGHTS_RO, 0, 0, &fd), NC);
  CHECK_EQ(p_readlink(PRE, "odir/", 100, NULL), NC);
  CHECK_EQ(p_rmdir(PRE, "odir/"), WASI_ENOTDIR);
  CHECK_EQ(p_unlink(PRE, "odir/"), WASI_ENOTDIR);
  CHECK_EQ(p_rename(PRE, "odir/", PRE, "x"), WASI_ENOTDIR);
  CHECK_EQ(p_mkdir(PRE, "odir/"), WASI_EEXIST);
  CHECK(host_exists(SB("odir")));
  outside_intact();
}

static void magic_links(void) {
  outside_mark();
  /* /proc links are absolute, hence refused whichever way they are
   * reached. */
  CHECK(symlink("/proc/self/root", SB("procroot")) == 0);
  CHECK(symlink("/proc/self/cwd", SB("proccwd")) == 0);
  all_fail("procroot/etc/passwd", NC);
  all_fail("proccwd/x", NC);
  i32 fd;
  CHECK_EQ(p_open(PRE, FOLLOW, "procroot", WASI_OFLAG_DIRECTORY, RIGHTS_RO, 0,
                  0, &fd),
           NC);
  char fdlink[64];
  snprintf(fdlink, sizeof fdlink, "/proc/self/fd/%d", 0);
  CHECK(symlink(fdlink, SB("fdlink")) == 0);
  CHECK_EQ(p_open(PRE, FOLLOW, "fdlink", 0, RIGHTS_RO, 0, 0, &fd), NC);
  outside_intact();
}

static void inside_links_still_work(void) {
  /* Sanity: the resolver is not simply refusing all links. */
  CHECK(symlink("dir", SB("dlink")) == 0);
  CHECK(symlink("dlink/../file.txt", SB("f2")) == 0);
  i32 fd;
  char buf[32];
  CHECK_EQ(p_open(PRE, FOLLOW, "f2", 0, RIGHTS_RO, 0, 0, &fd), 0);
  CHECK_EQ(g_read(fd, 31, buf), 0);
  CHECK_STR(buf, "hello world");
  CHECK_EQ(p_stat(PRE, 0, "dlink/.."), 0);
  struct stat st;
  CHECK(stat(T.sandbox, &st) == 0);
  CHECK_EQ(r64(A_STAT + 8), st.st_ino);
  CHECK_EQ(p_mkdir(PRE, "dlink/made"), 0);
  CHECK(host_exists(SB("dir/made")));
  CHECK_EQ(p_rename(PRE, "dlink/made", PRE, "dlink/../made2"), 0);
  CHECK(host_exists(SB("made2")));
  /* ".." after a directory link goes to the link target's parent. */
  mkdir(SB("dir/a"), 0755);
  CHECK(symlink("dir/a", SB("alink")) == 0);
  CHECK_EQ(p_open_ro(PRE, "alink/../inner.txt", &fd), 0);
  CHECK_EQ(g_read(fd, 31, buf), 0);
  CHECK_STR(buf, "inner");
}

int main(int argc, char **argv) {
  if (!parse_mode(argc, argv))
    return 0;
  RUN(dotdot);
  RUN(dotdot_only);
  RUN(preopen_parent);
  RUN(absolute);
  RUN(symlink_absolute_outside);
  RUN(symlink_relative_outside);
  RUN(symlink_chain);
  RUN(guest_made_links);
  RUN(rename_link_outside);
  RUN(dangling_outside);
  RUN(trailing_slash_links);
  RUN(magic_links);
  RUN(inside_links_still_work);
  return 0;
}
