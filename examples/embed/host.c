/* An embedding host: instantiates the compiled counter module with host
 * imports and calls its exports through the generated counter.h. Build:
 *   wat2wasm counter.wat -o counter.wasm
 *   wasm2native counter.wasm -c -o counter.o --prefix=counter_
 *   cc host.c counter.o -I<repo>/runtime/include <build>/lib/libw2n_runtime.a
 *      -lpthread -lm -o host
 */
#include "counter.h"

#include <stdio.h>

/* Host functions follow the generated code's convention: the first
 * argument is the `inst` pointer given to w2n_host_func. */
static void host_log(w2n_instance *ctx, int32_t value) {
  (void)ctx;
  printf("log: %d\n", value);
}

/* Lets the runtime call host_log with arguments in cells (w2n_call). */
static void host_log_trampoline(w2n_instance *ctx, w2n_value *cells) {
  host_log(ctx, cells[0].i32);
}

int main(void) {
  w2n_value base = {.i32 = 100};
  w2n_extern imports[2];
  imports[0].kind = W2N_EXTERN_FUNC;
  imports[0].u.func =
      w2n_host_func("i", "", (void *)host_log, host_log_trampoline, NULL);
  imports[1].kind = W2N_EXTERN_GLOBAL;
  imports[1].u.global.cell = w2n_global_new('i', base);
  imports[1].u.global.valtype = 'i';
  imports[1].u.global.is_mutable = 0;

  const char *error = NULL;
  w2n_trap_info trap = {0, NULL};
  w2n_instance *inst = counter_instantiate(imports, &error, &trap);
  if (!inst) {
    fprintf(stderr, "instantiate failed: %s\n", error ? error : trap.message);
    return 1;
  }

  int32_t result;
  if (counter_bump(inst, 1, &result) == W2N_TRAP_NONE)
    printf("bump(1) = %d\n", result);
  if (counter_bump(inst, 2, &result) == W2N_TRAP_NONE)
    printf("bump(2) = %d\n", result);

  w2n_extern mem, count;
  if (counter_memory(inst, &mem))
    printf("memory[0] = %u\n", (unsigned)w2n_memory_data(mem.u.memory)[0]);
  if (counter_count(inst, &count))
    printf("count = %d\n", count.u.global.cell->i32);

  int32_t q, r;
  if (counter_divide(inst, 17, 5, &q, &r) == W2N_TRAP_NONE)
    printf("divide(17, 5) = %d, %d\n", q, r);
  uint32_t kind = counter_divide(inst, 1, 0, &q, &r);
  printf("divide(1, 0) traps: %s\n", w2n_trap_message(kind));

  w2n_instance_free(inst);
  return 0;
}
