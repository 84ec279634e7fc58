//===- WasmOps.h - Operations and types of the wasm dialect -----*- C++ -*-===//
#ifndef W2N_DIALECTS_WASM_WASMOPS_H
#define W2N_DIALECTS_WASM_WASMOPS_H

#include "Wasm/WasmDialect.h"

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "Wasm/WasmOpsEnums.h.inc"

#define GET_TYPEDEF_CLASSES
#include "Wasm/WasmOpsTypes.h.inc"

#define GET_OP_CLASSES
#include "Wasm/WasmOps.h.inc"

namespace w2n::wasm {
/// True for the types a Wasm value can have.
bool isValueType(mlir::Type type);
} // namespace w2n::wasm

#endif // W2N_DIALECTS_WASM_WASMOPS_H
