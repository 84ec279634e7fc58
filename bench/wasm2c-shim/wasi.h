/* The WASI "instance" the wasm2c module receives: just what wasi.c needs. */
#ifndef W2N_BENCH_WASI_H
#define W2N_BENCH_WASI_H
#include "wasm-rt.h"

struct Z_wasi_snapshot_preview1_instance_t {
  wasm_rt_memory_t* memory; /* the module's exported memory */
  int argc;
  char** argv;
};
#endif
