//===- WasmDialect.cpp - The wasm dialect ---------------------------------===//

#include "Wasm/WasmDialect.h"
#include "Wasm/WasmOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace w2n::wasm;

#include "Wasm/WasmOpsDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "Wasm/WasmOpsTypes.cpp.inc"

void WasmDialect::initialize() {
  addTypes<
#define GET_TYPEDEF_LIST
#include "Wasm/WasmOpsTypes.cpp.inc"
      >();
  addOperations<
#define GET_OP_LIST
#include "Wasm/WasmOps.cpp.inc"
      >();
}
