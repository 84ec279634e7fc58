/* Arguments and environment for test/Programs/c-args-env.test: every
 * argument after argv[0] with its length, a few lookups, the environment
 * in sorted order, and changes made with setenv/unsetenv/putenv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void dump_env(const char *when) {
  size_t n = 0;
  for (char **e = environ; *e; ++e)
    ++n;
  char **copy = malloc((n + 1) * sizeof *copy);
  memcpy(copy, environ, n * sizeof *copy);
  qsort(copy, n, sizeof *copy, cmp_str);
  printf("environment %s: %zu variables\n", when, n);
  for (size_t i = 0; i < n; ++i)
    printf("  %s\n", copy[i]);
  free(copy);
}

static void show(const char *name) {
  const char *v = getenv(name);
  printf("getenv(%s) = %s%s%s\n", name, v ? "[" : "", v ? v : "NULL",
         v ? "]" : "");
}

int main(int argc, char **argv) {
  printf("argc %d\n", argc);
  size_t total = 0;
  for (int i = 1; i < argc; ++i) {
    printf("argv[%d] (%zu bytes) [%s]\n", i, strlen(argv[i]), argv[i]);
    total += strlen(argv[i]);
  }
  printf("argv[argc] is %s\n", argv[argc] ? "not NULL" : "NULL");
  printf("argument bytes %zu\n", total);

  show("W2N_COLOR");
  show("W2N_EMPTY");
  show("W2N_EQUALS");
  show("W2N_MISSING");
  dump_env("at start");

  setenv("W2N_ADDED", "by setenv", 1);
  setenv("W2N_COLOR", "not replaced", 0);
  setenv("W2N_EMPTY", "replaced", 1);
  unsetenv("W2N_EQUALS");
  static char put[] = "W2N_PUT=by putenv";
  putenv(put);
  show("W2N_ADDED");
  show("W2N_COLOR");
  show("W2N_EMPTY");
  show("W2N_EQUALS");
  dump_env("after changes");
  return 0;
}
