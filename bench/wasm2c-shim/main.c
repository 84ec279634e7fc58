/* Minimal host for a wasm2c-translated WASI command (wabt 1.0.32 ABI).
 *
 * The benchmark script runs `wasm2c -n app prog.wasm -o app.c`, then builds
 *   clang -O2 -I<dir of app.h> -I/usr/src/wasm2c app.c main.c wasi.c \
 *         /usr/src/wasm2c/wasm-rt-impl.c -lm
 * This file instantiates the module, points the WASI shim (wasi.c) at its
 * linear memory and runs `_start`, turning traps into exit status 134.
 */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "wasm-rt-impl.h"
#include "wasi.h"

int main(int argc, char** argv) {
  static Z_app_instance_t app;
  static struct Z_wasi_snapshot_preview1_instance_t wasi;

  wasi.argc = argc;
  wasi.argv = argv;
  wasm_rt_init();
  Z_app_init_module();
  Z_app_instantiate(&app, &wasi);
  wasi.memory = Z_appZ_memory(&app);

  wasm_rt_trap_t trap = wasm_rt_impl_try();
  if (trap != WASM_RT_TRAP_NONE) {
    fflush(stdout);
    fprintf(stderr, "wasm trap: %s\n", wasm_rt_strerror(trap));
    return 134;
  }
  Z_appZ__start(&app);
  fflush(stdout);
  Z_app_free(&app);
  wasm_rt_free();
  return 0;
}
