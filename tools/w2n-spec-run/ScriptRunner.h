//===- ScriptRunner.h - Executes one wast2json script --------------*- C++ -*-===//
//
// Runs the commands of one `wast2json` output file against natively
// compiled code: every module is compiled with w2n::compileToObject, loaded
// in-process with LLVM ORC, described to the runtime through its
// <prefix>describe function and instantiated with the runtime's host API.
//
// The runner is meant to run in a child process (see w2n-spec-run.cpp): it
// reports every command through a Reporter, one record at a time, so that a
// crash in generated code loses nothing but the command that crashed.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_SPEC_RUN_SCRIPTRUNNER_H
#define W2N_SPEC_RUN_SCRIPTRUNNER_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <set>
#include <string>

namespace w2n::specrun {

struct RunOptions {
  unsigned optLevel = 2;
  bool guardPages = true;
  std::string symbolPrefix = "w2n_";
  /// Seconds one command (compile + run) may take; 0: no limit.
  unsigned timeoutSeconds = 0;
  /// A fresh LLJIT per module instead of a fresh JITDylib in one LLJIT.
  bool jitPerModule = false;
};

/// Receives the outcome of each command. `index` is the command's position
/// in the script's "commands" array, `line` its line in the .wast file.
class Reporter {
public:
  virtual ~Reporter();
  /// About to run command `index` (lets a parent name the command that
  /// crashed the process).
  virtual void begin(size_t index, unsigned line) = 0;
  virtual void pass(size_t index) = 0;
  virtual void fail(size_t index, llvm::StringRef message) = 0;
  /// A command with a text module (assert_malformed/invalid in .wat form).
  virtual void skipText(size_t index) = 0;
  /// A problem with the script itself (unreadable, bad JSON).
  virtual void fileError(llvm::StringRef message) = 0;
  /// The script ran to its end.
  virtual void done() = 0;
};

/// Runs the script `jsonPath`. Commands with an index below `resumeFrom`
/// are executed (to rebuild the state) but not reported; commands in
/// `skip` are not executed at all (they crashed an earlier attempt).
void runScript(llvm::StringRef jsonPath, const RunOptions &options,
               Reporter &reporter, size_t resumeFrom = 0,
               const std::set<size_t> &skip = {});

/// One-time process setup before any fork: LLVM targets.
void initializeProcess();

} // namespace w2n::specrun

#endif // W2N_SPEC_RUN_SCRIPTRUNNER_H
