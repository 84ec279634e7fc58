//===- Run.h - `wasm2native run` --------------------------------*- C++ -*-===//
#ifndef W2N_TOOLS_WASM2NATIVE_RUN_H
#define W2N_TOOLS_WASM2NATIVE_RUN_H

#include "w2n/Compiler/Compiler.h"

#include <string>
#include <vector>

namespace w2n {

struct RunOptions {
  std::string input;
  std::string invoke; ///< empty: `_start`
  std::vector<std::string> args;
  CompileOptions compile;
  bool useCache = true;
  /// WASI grants, in wasmtime's vocabulary: `HOST[::GUEST]` directories,
  /// `NAME=VALUE` variables, and whether to pass the host environment.
  std::vector<std::string> dirs;
  std::vector<std::string> envs;
  bool inheritEnv = false;
};

/// Compiles (through the cache), instantiates and calls; returns the exit
/// status.
int runModule(const RunOptions &opts);

} // namespace w2n

#endif // W2N_TOOLS_WASM2NATIVE_RUN_H
