/* Start-up probe: the smallest WASI command that prints (the speed script
 * uses it to check that an engine works and to time start-up). */
#include <stdio.h>

int main(int argc, char** argv) {
  printf("hello, world: argc=%d argv[1]=%s\n", argc, argc > 1 ? argv[1] : "-");
  return 0;
}
