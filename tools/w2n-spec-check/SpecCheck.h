//===- SpecCheck.h - Spec-suite checker interface ---------------*- C++ -*-===//
//
// w2n-spec-check runs the module commands of `wast2json` output through the
// binary decoder and validator. Later stages can plug in here: a
// ModuleCheck runs on every module the suite says is valid, after it has
// decoded and validated, and its failure counts as a failed case.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_TOOLS_SPECCHECK_H
#define W2N_TOOLS_SPECCHECK_H

#include "w2n/Binary/Module.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <functional>

namespace w2n {

/// Extra work on a valid module, e.g. importing it into MLIR. `wasmPath` is
/// the .wasm file it came from.
using ModuleCheck =
    std::function<llvm::Error(const Module &module, llvm::StringRef wasmPath)>;

struct SpecCheckOptions {
  bool verbose = false;
  /// Optional; called for `module`, `assert_unlinkable` and
  /// `assert_uninstantiable` modules once they validate.
  ModuleCheck extraCheck;
};

struct SpecCheckCounts {
  unsigned passed = 0, failed = 0, skippedText = 0;
  /// assert_malformed rejected as invalid or assert_invalid rejected as
  /// malformed: still passes, but shown with -v.
  unsigned wrongClass = 0;
};

/// Runs every module command of one wast2json .json file; reports
/// failures (with -v) to `os`.
SpecCheckCounts checkSpecJson(llvm::StringRef jsonPath,
                              const SpecCheckOptions &options,
                              llvm::raw_ostream &os);

} // namespace w2n

#endif // W2N_TOOLS_SPECCHECK_H
