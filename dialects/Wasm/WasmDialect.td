//===- WasmDialect.td - The wasm dialect -------------------*- tablegen -*-===//

#ifndef W2N_WASM_DIALECT_TD
#define W2N_WASM_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def Wasm_Dialect : Dialect {
  let name = "wasm";
  let cppNamespace = "::w2n::wasm";
  let summary = "A faithful representation of WebAssembly 2.0 modules";
  let description = [{
    The `wasm` dialect represents a validated WebAssembly module one to one:
    every definition of the module becomes a symbol-defining op in the
    builtin `module` (functions, imports, globals, memories, tables, element
    and data segments), and every instruction of a function body becomes an
    op. The operand stack of the binary format is replaced by SSA values; the
    structured control flow of Wasm (`block`, `loop`, `if`) becomes ops with
    regions, and branches name their target by label depth exactly as in the
    binary format (`0` is the innermost enclosing label; a depth equal to the
    number of enclosing `block`/`loop`/`if` ops targets the function body,
    i.e. returns).

    Index spaces are kept by order: the n-th `wasm.func`/`wasm.import_func`
    in the module is function n, and likewise for globals, memories, tables,
    element segments and data segments. References between definitions use
    symbols.

    Locals are not SSA values: `wasm.local.get`/`set`/`tee` name a local by
    its index (parameters first), as in Wasm. Promotion to SSA is the job of
    a later lowering.

    Memory accesses keep the dynamic address operand, the static offset, the
    access size and the alignment hint explicit, so that later passes can
    reason about the bounds check of each access.
  }];
  let useDefaultTypePrinterParser = 1;
}

class Wasm_Op<string mnemonic, list<Trait> traits = []>
    : Op<Wasm_Dialect, mnemonic, traits>;

#endif // W2N_WASM_DIALECT_TD
