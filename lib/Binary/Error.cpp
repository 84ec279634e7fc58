//===- Error.cpp - Decoder and validator diagnostics ----------------------===//

#include "w2n/Binary/Error.h"

#include "llvm/Support/raw_ostream.h"

using namespace w2n;

char WasmError::ID = 0;

void WasmError::log(llvm::raw_ostream &os) const {
  if (funcIndex) {
    os << "function " << *funcIndex;
    if (!funcName.empty())
      os << " (" << funcName << ")";
    os << ": ";
  }
  os << message;
}

std::error_code WasmError::convertToErrorCode() const {
  return std::make_error_code(std::errc::invalid_argument);
}

void w2n::printError(llvm::raw_ostream &os, llvm::StringRef file,
                     llvm::Error err) {
  llvm::handleAllErrors(
      std::move(err),
      [&](const WasmError &we) {
        os << file << ":0x";
        os.write_hex(we.offset);
        os << ": error: ";
        we.log(os);
        os << "\n";
      },
      [&](const llvm::ErrorInfoBase &other) {
        // Errors from elsewhere (I/O, ...) have no offset.
        os << file << ": error: " << other.message() << "\n";
      });
}
