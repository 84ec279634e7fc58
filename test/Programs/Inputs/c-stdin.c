/* A stdin filter for test/Programs/c-stdin.test. Modes:
 *   wc      lines, words, bytes and the longest line, like `wc -lwcL`
 *   sort    the lines sorted bytewise, each with its count (`sort | uniq -c`)
 *   bytes   a histogram digest of raw bytes read with read(0, ...)
 *   rev     each line reversed, written back as soon as it is read
 * Lines may be of any length (getline). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int cmp_line(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int do_wc(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lines = 0, words = 0, bytes = 0, longest = 0;
  while ((len = getline(&line, &cap, stdin)) != -1) {
    bytes += len;
    int has_nl = len > 0 && line[len - 1] == '\n';
    lines += has_nl;
    long width = len - has_nl;
    if (width > longest)
      longest = width;
    int in_word = 0;
    for (ssize_t i = 0; i < len; ++i) {
      int space = line[i] == ' ' || line[i] == '\t' || line[i] == '\n' ||
                  line[i] == '\r' || line[i] == '\v' || line[i] == '\f';
      if (!space && !in_word)
        ++words;
      in_word = !space;
    }
  }
  free(line);
  printf("lines %ld words %ld bytes %ld longest %ld\n", lines, words, bytes,
         longest);
  return feof(stdin) && !ferror(stdin) ? 0 : 1;
}

static int do_sort(void) {
  size_t n = 0, cap = 16;
  char **lines = malloc(cap * sizeof *lines);
  char *line = NULL;
  size_t lcap = 0;
  ssize_t len;
  while ((len = getline(&line, &lcap, stdin)) != -1) {
    if (len > 0 && line[len - 1] == '\n')
      line[len - 1] = 0;
    if (n == cap)
      lines = realloc(lines, (cap *= 2) * sizeof *lines);
    lines[n++] = strdup(line);
  }
  free(line);
  qsort(lines, n, sizeof *lines, cmp_line);
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && strcmp(lines[i], lines[j]) == 0)
      ++j;
    printf("%4zu %s\n", j - i, lines[i]);
    i = j;
  }
  for (size_t i = 0; i < n; ++i)
    free(lines[i]);
  free(lines);
  printf("distinct of %zu\n", n);
  return 0;
}

static int do_bytes(void) {
  unsigned long hist[256] = {0};
  unsigned char buf[1000];
  ssize_t n;
  unsigned long total = 0, reads = 0;
  uint32_t h = 2166136261u;
  while ((n = read(0, buf, sizeof buf)) > 0) {
    ++reads;
    for (ssize_t i = 0; i < n; ++i) {
      hist[buf[i]]++;
      h = (h ^ buf[i]) * 16777619u;
    }
    total += (unsigned long)n;
  }
  printf("read returned %zd at the end, total %lu, fnv %08x\n", n, total,
         (unsigned)h);
  int shown = 0;
  for (int c = 0; c < 256 && shown < 8; ++c)
    if (hist[c]) {
      printf("  byte %3d: %lu\n", c, hist[c]);
      ++shown;
    }
  return reads > 0 ? 0 : 3;
}

static int do_rev(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, stdin)) != -1) {
    ssize_t end = len > 0 && line[len - 1] == '\n' ? len - 1 : len;
    for (ssize_t i = 0, j = end - 1; i < j; ++i, --j) {
      char t = line[i];
      line[i] = line[j];
      line[j] = t;
    }
    fwrite(line, 1, (size_t)len, stdout);
    fflush(stdout);
  }
  free(line);
  return 0;
}

int main(int argc, char **argv) {
  const char *mode = argc > 1 ? argv[1] : "wc";
  if (strcmp(mode, "wc") == 0)
    return do_wc();
  if (strcmp(mode, "sort") == 0)
    return do_sort();
  if (strcmp(mode, "bytes") == 0)
    return do_bytes();
  if (strcmp(mode, "rev") == 0)
    return do_rev();
  fprintf(stderr, "unknown mode %s\n", mode);
  return 2;
}
