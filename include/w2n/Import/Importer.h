//===- Importer.h - Decoded Wasm module to the wasm dialect -----*- C++ -*-===//
//
// Turns a decoded and validated `w2n::Module` into a builtin `module` of
// `wasm` dialect ops. Locations are `file:0:<byte offset>` so every op can
// be traced back to the bytes it came from.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_IMPORT_IMPORTER_H
#define W2N_IMPORT_IMPORTER_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace w2n {

struct Module;

/// Builds the `wasm` dialect form of `module`, which must have passed
/// validateModule. `fileName` names the locations. Returns null after
/// emitting a diagnostic on failure.
mlir::OwningOpRef<mlir::ModuleOp> importModule(const Module &module,
                                               mlir::MLIRContext &context,
                                               llvm::StringRef fileName);

/// Decodes, validates and imports a .wasm buffer. Decoder and validator
/// errors come back as `WasmError`s (see Error.h); a failure of the importer
/// itself (a bug) as a string error after its diagnostic.
llvm::Expected<mlir::OwningOpRef<mlir::ModuleOp>>
importWasmBinary(llvm::ArrayRef<uint8_t> bytes, mlir::MLIRContext &context,
                 llvm::StringRef fileName);

} // namespace w2n

#endif // W2N_IMPORT_IMPORTER_H
