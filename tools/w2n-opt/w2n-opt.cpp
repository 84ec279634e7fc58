//===- w2n-opt.cpp - wasm2native's optimizer driver -----------------------===//
//
// Runs any registered pass or pipeline on IR of the wasm2native dialects, as
// mlir-opt does for upstream ones.
//
//===----------------------------------------------------------------------===//

#include "Wasm/WasmDialect.h"
#include "w2n/Compiler/Compiler.h"
#include "w2n/Conversion/Passes.h"

#include "mlir/InitAllDialects.h"
#include "mlir/InitAllPasses.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "mlir/Transforms/Passes.h"

int main(int argc, char **argv) {
  mlir::registerAllPasses();
  w2n::registerW2NConversionPasses();
  w2n::registerPipelines();
  mlir::DialectRegistry registry;
  mlir::registerAllDialects(registry);
  w2n::registerLoweringInterfaces(registry);
  registry.insert<w2n::wasm::WasmDialect>();
  return mlir::asMainReturnCode(mlir::MlirOptMain(
      argc, argv, "wasm2native optimizer driver\n", registry));
}
