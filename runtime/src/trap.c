/*===- trap.c - Calls into Wasm, trap unwinding, stack limits ------------===*
 *
 * w2n_call saves a sigjmp_buf in a w2n_call_ctx on its own stack frame and
 * makes it the thread's innermost context (a thread-local pointer; the
 * previous one is restored on return, so host -> Wasm -> host -> Wasm
 * nests). w2n_trap, and the fault handler in os_posix.c, siglongjmp to the
 * innermost context with the trap kind. No Wasm frame needs cleanup: the
 * generated code holds no resources.
 *
 * Stack limit: generated code traps with "call stack exhausted" when the
 * native stack pointer is below its instance's W2N_SLOT_STACK_LIMIT slot.
 * The slot holds the stack low bound of the thread that last entered the
 * instance, plus a margin (os_posix.c). It is set for the called instance
 * and every instance it calls directly (owners of its imported functions,
 * transitively) on each w2n_call and at instantiation, and for the target
 * instance on a cross-instance call_indirect. An instance must therefore not
 * run on two threads at the same time (Wasm 2.0 instances are not shared).
 *
 *===----------------------------------------------------------------------===*/

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

static _Thread_local w2n_call_ctx *current_call;

w2n_call_ctx *w2n_rt_current_call(void) { return current_call; }

static const char *const messages[W2N_NUM_TRAP_KINDS] = {
    [W2N_TRAP_NONE] = "",
    [W2N_TRAP_UNREACHABLE] = "unreachable",
    [W2N_TRAP_MEMORY_OOB] = "out of bounds memory access",
    [W2N_TRAP_INT_DIV_BY_ZERO] = "integer divide by zero",
    [W2N_TRAP_INT_OVERFLOW] = "integer overflow",
    [W2N_TRAP_INVALID_CONVERSION] = "invalid conversion to integer",
    [W2N_TRAP_TABLE_OOB] = "out of bounds table access",
    [W2N_TRAP_UNDEFINED_ELEMENT] = "undefined element",
    [W2N_TRAP_UNINITIALIZED_ELEMENT] = "uninitialized element",
    [W2N_TRAP_INDIRECT_CALL_MISMATCH] = "indirect call type mismatch",
    [W2N_TRAP_STACK_EXHAUSTED] = "call stack exhausted",
    [W2N_TRAP_EXIT] = "exit",
};

const char *w2n_trap_message(uint32_t kind) {
  return kind < W2N_NUM_TRAP_KINDS ? messages[kind] : "unknown trap";
}

/* Code address of this thread's last trap (for w2n_trap_location). */
static _Thread_local uintptr_t last_trap_pc;

_Noreturn void w2n_rt_unwind_at(w2n_call_ctx *ctx, uint32_t kind,
                                uintptr_t pc) {
  ctx->kind = kind;
  ctx->pc = pc;
  siglongjmp(ctx->env, 1);
}

_Noreturn void w2n_rt_unwind(w2n_call_ctx *ctx, uint32_t kind) {
  w2n_rt_unwind_at(ctx, kind, 0);
}

_Noreturn void w2n_rt_trap_at(w2n_instance *inst, uint32_t kind,
                              uintptr_t pc) {
  (void)inst;
  w2n_call_ctx *ctx = current_call;
  if (!ctx) {
    fprintf(stderr, "w2n runtime: trap outside of w2n_call: %s\n",
            w2n_trap_message(kind));
    abort();
  }
  w2n_rt_unwind_at(ctx, kind ? kind : W2N_TRAP_UNREACHABLE, pc);
}

_Noreturn void w2n_trap(w2n_instance *inst, uint32_t kind) {
  /* The return address lies in the trap block of the trapping function. */
  w2n_rt_trap_at(inst, kind, (uintptr_t)__builtin_return_address(0));
}

static inline void set_one(w2n_instance *inst, uint64_t limit) {
  if (inst->slots[W2N_SLOT_STACK_LIMIT] != limit)
    inst->slots[W2N_SLOT_STACK_LIMIT] = limit;
}

void w2n_rt_set_stack_limit(w2n_instance *inst, uintptr_t limit) {
  set_one(inst, limit);
  for (uint32_t i = 0; i < inst->num_linked; ++i)
    set_one(inst->linked[i], limit);
}

uint32_t w2n_rt_protected(void (*fn)(w2n_instance *, w2n_value *),
                          w2n_instance *inst, w2n_value *cells,
                          bool set_limit) {
  w2n_os_thread_prepare();
  if (set_limit)
    w2n_rt_set_stack_limit(inst, w2n_os_stack_limit());
  w2n_call_ctx ctx;
  ctx.prev = current_call;
  ctx.kind = W2N_TRAP_NONE;
  ctx.pc = 0;
  /* savemask = 0: no sigprocmask syscall per call. The fault handler
   * unblocks its signal itself before it unwinds to here. */
  if (sigsetjmp(ctx.env, 0) == 0) {
    current_call = &ctx;
    fn(inst, cells);
  }
  current_call = ctx.prev;
  if (ctx.kind != W2N_TRAP_NONE)
    last_trap_pc = ctx.pc;
  return ctx.kind;
}

int w2n_trap_location(w2n_instance *inst, uint32_t *func_index,
                      const char **func_name) {
  /* The defined function whose code starts closest below the trap's
   * address: functions of a module are laid out one after another. */
  const w2n_module *m = inst->module;
  /* A return address from a call to the noreturn w2n_trap may point just
   * past the function's last instruction, i.e. at the next function. */
  uintptr_t pc = last_trap_pc ? last_trap_pc - 1 : 0, best = 0;
  int found = 0;
  for (uint32_t i = 0; pc && i < m->num_funcs; ++i) {
    uintptr_t start = (uintptr_t)m->funcs[i].code;
    if (start <= pc && start >= best) {
      best = start;
      *func_index = m->num_imported_funcs + i;
      *func_name = m->funcs[i].name;
      found = 1;
    }
  }
  return found;
}

uint32_t w2n_call(w2n_func *func, w2n_value *cells) {
  if (!func || !func->trampoline)
    return W2N_TRAP_UNREACHABLE;
  return w2n_rt_protected(func->trampoline, func->inst, cells,
                          (func->pad & W2N_FUNC_FLAG_WASM) != 0);
}
