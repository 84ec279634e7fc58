//===- Decoder.h - Wasm binary decoder and validator ------------*- C++ -*-===//
#ifndef W2N_BINARY_DECODER_H
#define W2N_BINARY_DECODER_H

#include "w2n/Binary/Module.h"

#include "llvm/Support/Error.h"

#include <memory>

namespace w2n {

/// Decodes a whole Wasm 2.0 binary. Function bodies are checked for
/// well-formedness (every instruction decodes, the body ends with `end`)
/// but not typed. `bytes` must outlive the returned module.
llvm::Expected<std::unique_ptr<Module>> decodeModule(llvm::ArrayRef<uint8_t> bytes);

/// Validates a decoded module following the spec's validation algorithm.
llvm::Error validateModule(const Module &module);

} // namespace w2n

#endif // W2N_BINARY_DECODER_H
