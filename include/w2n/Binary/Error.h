//===- Error.h - Decoder and validator diagnostics --------------*- C++ -*-===//
//
// Errors from the binary front end carry the byte offset where they were
// found, the function they are in (if any) and whether the module is
// malformed (a decoding error) or invalid (a validation error), the two
// classes the spec distinguishes.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_BINARY_ERROR_H
#define W2N_BINARY_ERROR_H

#include "llvm/Support/Error.h"

#include <optional>
#include <string>

namespace w2n {

struct Module;

class WasmError : public llvm::ErrorInfo<WasmError> {
public:
  enum Kind { Malformed, Invalid };
  static char ID;

  WasmError(Kind kind, size_t offset, std::string message,
            std::optional<uint32_t> funcIndex = std::nullopt)
      : kind(kind), offset(offset), message(std::move(message)),
        funcIndex(funcIndex) {}

  Kind kind;
  size_t offset;
  std::string message;
  std::optional<uint32_t> funcIndex;
  /// "$name" of the function, filled in by the validator from the name
  /// section when known.
  std::string funcName;

  /// "function 7 ($parse): type mismatch: expected i32, got f64" (no file or
  /// offset: the caller adds `file:0x1a3: error: `).
  void log(llvm::raw_ostream &os) const override;
  std::error_code convertToErrorCode() const override;
};

inline llvm::Error makeMalformed(size_t offset, const llvm::Twine &msg) {
  return llvm::make_error<WasmError>(WasmError::Malformed, offset, msg.str());
}
inline llvm::Error makeInvalid(size_t offset, const llvm::Twine &msg,
                               std::optional<uint32_t> func = std::nullopt) {
  return llvm::make_error<WasmError>(WasmError::Invalid, offset, msg.str(),
                                     func);
}

/// Renders any error from the front end as
/// `<file>:0x<offset>: error: <message>` lines.
void printError(llvm::raw_ostream &os, llvm::StringRef file, llvm::Error err);

} // namespace w2n

#endif // W2N_BINARY_ERROR_H
