//===- Passes.td - wasm2native conversion passes -----------*- tablegen -*-===//

#ifndef W2N_CONVERSION_PASSES_TD
#define W2N_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ConvertWasmToStd : Pass<"convert-wasm-to-std", "::mlir::ModuleOp"> {
  let summary = "Lower wasm function bodies to func, arith, math, cf and llvm";
  let description = [{
    Turns every `wasm.func` into a `func.func` whose first argument is the
    instance pointer (see runtime/include/w2n/abi.h), followed by the Wasm
    parameters. Structured control flow becomes `cf` branches between
    blocks; locals become stack slots that LLVM promotes to registers.

    Every Wasm trap is an explicit guard that branches to a block calling
    the runtime's `w2n_trap` (never LLVM undefined behaviour): integer
    division and remainder by zero and `INT_MIN / -1`, float-to-integer
    truncation of NaN and out-of-range values, `unreachable`, call stack
    exhaustion, and, with `bounds-checks=explicit`, out-of-bounds memory
    accesses. With `bounds-checks=guard` the runtime reserves enough address
    space that every `addr + offset + size` lands in it, and a fault in the
    guard region becomes the trap.

    Module-level definitions become code for the runtime (see
    docs/runtime-abi.md): `<prefix>describe(mb)` reports types, imports,
    definitions and exports to the runtime's module builder;
    `<prefix>init(inst)` evaluates global initializers, initialises element
    and data segments and calls the start function; and one trampoline per
    function lets hosts call it with arguments in 16-byte cells. Function
    bodies are renamed `<prefix>f<index>` and made private.
  }];
  let dependentDialects = [
    "::mlir::func::FuncDialect", "::mlir::arith::ArithDialect",
    "::mlir::math::MathDialect", "::mlir::cf::ControlFlowDialect",
    "::mlir::LLVM::LLVMDialect"
  ];
  let options = [
    Option<"boundsChecks", "bounds-checks", "std::string", "\"explicit\"",
           "How memory accesses are kept in bounds: 'explicit' compares "
           "each access with the memory size; 'guard' relies on a guard "
           "region reserved by the runtime (64-bit hosts)">,
    Option<"symbolPrefix", "symbol-prefix", "std::string", "\"w2n_\"",
           "Prefix of the symbols the object defines (<prefix>describe)">,
    Option<"stackCheck", "stack-check", "bool", "true",
           "Check the native stack against the instance's limit on entry to "
           "each function, trapping with 'call stack exhausted'">
  ];
}

#endif // W2N_CONVERSION_PASSES_TD
