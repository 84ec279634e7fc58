/* A small file-system workout for test/Programs/c-files.test: the program
 * works inside the directory named by argv[1] (a real path when built
 * natively, a granted guest directory under wasm2native) and prints only
 * facts that do not depend on the platform: names, sizes, contents,
 * checksums, file types and errno names. The tree it leaves behind is
 * compared too. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static const char *errname(int e) {
  switch (e) {
  case 0: return "OK";
  case ENOENT: return "ENOENT";
  case EEXIST: return "EEXIST";
  case ENOTDIR: return "ENOTDIR";
  case EISDIR: return "EISDIR";
  case ENOTEMPTY: return "ENOTEMPTY";
  case EBADF: return "EBADF";
  case EINVAL: return "EINVAL";
  case EACCES: return "EACCES";
  case EPERM: return "EPERM";
  case ELOOP: return "ELOOP";
  default: return "E?";
  }
}

/* Prints "what: OK" or "what: ENAME" for a call that returns 0 or -1. */
static void check(const char *what, int r) {
  printf("%s: %s\n", what, r == 0 ? "OK" : errname(errno));
}

static uint32_t fnv(const unsigned char *p, size_t n, uint32_t h) {
  for (size_t i = 0; i < n; ++i)
    h = (h ^ p[i]) * 16777619u;
  return h;
}

/* Size and FNV-1a of a whole file read with stdio in odd-sized chunks. */
static void sum_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    printf("sum %s: %s\n", path, errname(errno));
    return;
  }
  unsigned char buf[777];
  size_t total = 0, n;
  uint32_t h = 2166136261u;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
    h = fnv(buf, n, h);
    total += n;
  }
  fclose(f);
  printf("sum %s: %zu bytes fnv %08x\n", path, total, (unsigned)h);
}

static void write_pattern(const char *path, size_t n, unsigned seed) {
  FILE *f = fopen(path, "wb");
  if (!f) {
    printf("create %s: %s\n", path, errname(errno));
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    seed = seed * 1103515245u + 12345u;
    fputc((int)(seed >> 16) & 0xFF, f);
  }
  printf("wrote %s: %s\n", path, fclose(f) == 0 ? "OK" : errname(errno));
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char type_of(mode_t m) {
  return S_ISDIR(m) ? 'd' : S_ISREG(m) ? 'f' : S_ISLNK(m) ? 'l' : '?';
}

/* Lists a directory in name order with the type and size of each entry;
 * "." and ".." are counted, not listed. Recurses into subdirectories. */
static void list(const char *dir, int depth) {
  DIR *d = opendir(dir);
  if (!d) {
    printf("opendir %s: %s\n", dir, errname(errno));
    return;
  }
  char *names[256];
  int n = 0, dots = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
      ++dots;
      continue;
    }
    if (n < 256)
      names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, cmp_str);
  printf("%*s%s/ (%d entries, %d dot entries)\n", depth * 2, "", dir, n,
         dots);
  for (int i = 0; i < n; ++i) {
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    struct stat st;
    if (lstat(path, &st) != 0) {
      printf("%*s%s: lstat %s\n", depth * 2 + 2, "", names[i],
             errname(errno));
    } else if (S_ISDIR(st.st_mode)) {
      list(path, depth + 1);
    } else if (S_ISLNK(st.st_mode)) {
      char target[256];
      ssize_t len = readlink(path, target, sizeof target - 1);
      target[len < 0 ? 0 : len] = 0;
      printf("%*s%s -> %s\n", depth * 2 + 2, "", names[i], target);
    } else {
      printf("%*s%s %c %lld\n", depth * 2 + 2, "", names[i],
             type_of(st.st_mode), (long long)st.st_size);
    }
    free(names[i]);
  }
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  /* Everything below uses paths relative to the working directory. */
  check("chdir", chdir(argv[1]));

  /* The input the test put there. */
  sum_file("seed.txt");
  FILE *seed = fopen("seed.txt", "r");
  char line[128];
  int lines = 0;
  while (seed && fgets(line, sizeof line, seed))
    if (++lines == 2)
      printf("seed line 2: %s", line);
  if (seed)
    fclose(seed);
  printf("seed lines: %d\n", lines);

  /* Directories. */
  check("mkdir tree", mkdir("tree", 0755));
  check("mkdir tree/sub", mkdir("tree/sub", 0755));
  check("mkdir tree/sub/deeper", mkdir("tree/sub/deeper", 0755));
  check("mkdir tree again", mkdir("tree", 0755));
  check("mkdir missing/parent", mkdir("missing/parent", 0755));

  /* Files of several sizes through stdio. */
  write_pattern("tree/empty.bin", 0, 1);
  write_pattern("tree/one.bin", 1, 2);
  write_pattern("tree/page.bin", 4096, 3);
  write_pattern("tree/sub/big.bin", 200000, 4);
  sum_file("tree/empty.bin");
  sum_file("tree/one.bin");
  sum_file("tree/page.bin");
  sum_file("tree/sub/big.bin");

  /* POSIX descriptors: exclusive create, pwrite/pread, lseek, append,
   * truncate. */
  int fd = open("tree/posix.txt", O_CREAT | O_EXCL | O_WRONLY, 0644);
  printf("open excl: %s\n", fd >= 0 ? "OK" : errname(errno));
  int fd2 = open("tree/posix.txt", O_CREAT | O_EXCL | O_WRONLY, 0644);
  printf("open excl again: %s\n", fd2 >= 0 ? "OK" : errname(errno));
  printf("write: %zd\n", write(fd, "hello, world\n", 13));
  printf("pwrite: %zd\n", pwrite(fd, "HELLO", 5, 0));
  printf("lseek end: %lld\n", (long long)lseek(fd, 0, SEEK_END));
  printf("lseek past: %lld\n", (long long)lseek(fd, 4, SEEK_CUR));
  printf("write after hole: %zd\n", write(fd, "tail\n", 5));
  check("close", close(fd));
  printf("close again: %s\n", close(fd) == 0 ? "OK" : errname(errno));

  fd = open("tree/posix.txt", O_RDONLY);
  char buf[64] = {0};
  printf("pread: %zd\n", pread(fd, buf, 5, 7));
  printf("pread data: [%s]\n", buf);
  printf("write to read-only: %s\n",
         write(fd, "x", 1) < 0 ? errname(errno) : "wrote");
  struct stat st;
  check("fstat", fstat(fd, &st));
  printf("fstat size %lld type %c\n", (long long)st.st_size,
         type_of(st.st_mode));
  memset(buf, 0, sizeof buf);
  ssize_t got = read(fd, buf, sizeof buf - 1);
  printf("read: %zd, hole bytes zero: %s\n", got,
         got == 22 && buf[13] == 0 && buf[16] == 0 ? "yes" : "no");
  close(fd);

  fd = open("tree/posix.txt", O_WRONLY | O_APPEND);
  lseek(fd, 0, SEEK_SET);
  printf("append: %zd\n", write(fd, "appended\n", 9));
  close(fd);
  check("truncate", truncate("tree/posix.txt", 12));
  fd = open("tree/posix.txt", O_RDWR);
  check("ftruncate", ftruncate(fd, 30));
  check("fsync", fsync(fd));
  close(fd);
  sum_file("tree/posix.txt");

  /* stat and friends. */
  check("stat tree", stat("tree", &st));
  printf("tree type %c\n", type_of(st.st_mode));
  check("stat page.bin", stat("tree/page.bin", &st));
  printf("page.bin type %c size %lld\n", type_of(st.st_mode),
         (long long)st.st_size);
  printf("stat nothing: %s\n",
         stat("tree/nothing", &st) == 0 ? "OK" : errname(errno));
  printf("stat file/child: %s\n",
         stat("tree/page.bin/x", &st) == 0 ? "OK" : errname(errno));
  printf("access R_OK: %s\n",
         access("tree/page.bin", R_OK) == 0 ? "OK" : errname(errno));
  printf("open dir for write: %s\n",
         open("tree", O_WRONLY) >= 0 ? "OK" : errname(errno));

  /* Timestamps set explicitly read back exactly. */
  struct timespec times[2] = {{1000000000, 0}, {1234567890, 500000000}};
  check("utimensat", utimensat(AT_FDCWD, "tree/one.bin", times, 0));
  check("stat one.bin", stat("tree/one.bin", &st));
  printf("one.bin mtime %lld.%09ld atime %lld\n", (long long)st.st_mtim.tv_sec,
         st.st_mtim.tv_nsec, (long long)st.st_atim.tv_sec);

  /* Symbolic links inside the tree. */
  check("symlink", symlink("posix.txt", "tree/link"));
  check("lstat link", lstat("tree/link", &st));
  printf("link type %c\n", type_of(st.st_mode));
  check("stat link", stat("tree/link", &st));
  printf("link target type %c size %lld\n", type_of(st.st_mode),
         (long long)st.st_size);
  check("symlink dangling", symlink("gone", "tree/dangling"));
  printf("open dangling: %s\n",
         open("tree/dangling", O_RDONLY) >= 0 ? "OK" : errname(errno));
  check("unlink dangling", unlink("tree/dangling"));

  /* Renames: a file, over an existing file, a directory. */
  check("rename one->uno", rename("tree/one.bin", "tree/uno.bin"));
  check("rename missing", rename("tree/one.bin", "tree/x.bin"));
  write_pattern("tree/victim.bin", 10, 9);
  check("rename over", rename("tree/page.bin", "tree/victim.bin"));
  sum_file("tree/victim.bin");
  check("rename dir", rename("tree/sub/deeper", "tree/deep"));
  check("rmdir nonempty", rmdir("tree/sub"));
  check("unlink dir", unlink("tree/sub"));
  check("rmdir file", rmdir("tree/uno.bin"));

  /* Removal. */
  write_pattern("tree/sub/tmp.bin", 3, 5);
  check("unlink tmp", unlink("tree/sub/tmp.bin"));
  check("unlink tmp again", unlink("tree/sub/tmp.bin"));
  check("mkdir gone", mkdir("tree/gone", 0755));
  check("rmdir gone", rmdir("tree/gone"));

  list("tree", 0);
  return 0;
}
