/* A WASI command for the `wasm2native run` tests: arguments, environment,
 * files in a granted directory, an escape attempt, and the exit status. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  printf("argc=%d", argc);
  for (int i = 1; i < argc; ++i)
    printf(" [%s]", argv[i]);
  printf("\n");
  const char *g = getenv("GREETING");
  printf("GREETING=%s\n", g ? g : "(unset)");
  printf("pi=%.5f\n", 3.14159265);

  FILE *f = fopen("/data/note.txt", "w");
  if (!f) {
    printf("open /data/note.txt: %s\n", strerror(errno));
  } else {
    fputs("from wasm\n", f);
    fclose(f);
    f = fopen("/data/note.txt", "r");
    char line[64] = "";
    fgets(line, sizeof line, f);
    fclose(f);
    printf("read back: %s", line);
  }
  /* Leaving the granted directory is refused. */
  FILE *out = fopen("/data/../escape.txt", "w");
  printf("escape: %s\n", out ? "allowed" : "refused");
  return argc > 1 && strcmp(argv[1], "fail") == 0 ? 7 : 0;
}
