/* Exit statuses for test/Programs/c-exit.test. argv[1] picks how the
 * program ends; output buffered in stdio must be flushed by every normal
 * end, atexit handlers run in reverse order (not for _Exit). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void first(void) { printf("atexit: first registered, last run\n"); }
static void second(void) { printf("atexit: second registered, first run\n"); }

static int depth_reached;

/* exit() from deep inside a recursion. */
static int dive(int depth, int status) {
  depth_reached = depth;
  if (depth == 50) {
    printf("exiting with %d at depth %d", status, depth_reached);
    exit(status);
  }
  return dive(depth + 1, status) + 1;
}

int main(int argc, char **argv) {
  const char *how = argc > 1 ? argv[1] : "return0";
  atexit(first);
  atexit(second);
  /* No newline: only a flush at exit writes this out. */
  printf("mode %s; ", how);
  if (strcmp(how, "return0") == 0)
    return 0;
  if (strcmp(how, "return3") == 0)
    return 3;
  if (strcmp(how, "return255") == 0)
    return 255;
  if (strcmp(how, "return256") == 0)
    return 256; /* The status is the low 8 bits: 0. */
  if (strcmp(how, "return300") == 0)
    return 300; /* 44 */
  if (strcmp(how, "return-1") == 0)
    return -1; /* 255 */
  if (strcmp(how, "exit-nested") == 0)
    return dive(0, 42);
  if (strcmp(how, "exit-failure") == 0)
    exit(EXIT_FAILURE);
  if (strcmp(how, "_Exit") == 0) {
    /* _Exit skips atexit handlers and the stdio flush. */
    fflush(stdout);
    _Exit(9);
  }
  if (strcmp(how, "_exit") == 0) {
    fflush(stdout);
    _exit(17);
  }
  if (strcmp(how, "stderr") == 0) {
    fprintf(stderr, "message on stderr\n");
    return 5;
  }
  printf("unknown\n");
  return 2;
}
