//===- WasmDialect.h - The wasm dialect -------------------------*- C++ -*-===//
#ifndef W2N_DIALECTS_WASM_WASMDIALECT_H
#define W2N_DIALECTS_WASM_WASMDIALECT_H

#include "mlir/IR/Dialect.h"

#include "Wasm/WasmOpsDialect.h.inc"

#endif // W2N_DIALECTS_WASM_WASMDIALECT_H
