//===- Compiler.h - From a wasm binary to native code -----------*- C++ -*-===//
//
// The library behind `wasm2native`: the lowering pipeline as named phases,
// LLVM IR generation and optimisation, and object emission through
// TargetMachine. Shared by the driver, the spec runner and tests.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_COMPILER_COMPILER_H
#define W2N_COMPILER_COMPILER_H

#include "mlir/IR/BuiltinOps.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
} // namespace llvm
namespace mlir {
class DialectRegistry;
class OpPassManager;
} // namespace mlir

namespace w2n {

/// Pipeline phases, in order; `--compile-to=<name>` stops after one.
enum class Phase {
  Import, ///< the `wasm` dialect as imported
  Std,    ///< func/arith/math/cf (+llvm) after convert-wasm-to-std
  LLVM,   ///< the LLVM dialect
};
std::optional<Phase> parsePhase(llvm::StringRef name);
llvm::StringRef phaseName(Phase phase);

struct CompileOptions {
  std::string triple;         ///< empty: the host
  std::string cpu = "generic"; ///< -mcpu; "native" for the host CPU
  unsigned optLevel = 2;      ///< 0..3
  bool guardPages = false;    ///< --bounds-checks=guard (else explicit)
  std::string symbolPrefix = "w2n_"; ///< prefix of exported symbols
  bool stackCheck = true;
  /// Print, on stderr, which bounds checks the optimiser moved out of loops
  /// and why others stayed (LLVM remarks of BoundsCheckHoistingPass).
  bool reportBoundsChecks = false;
};

/// Adds the passes of the phases after Import up to `stopAfter` to `pm`:
/// the pipeline `wasm2native` runs and `w2n-opt` exposes.
void buildLoweringPipeline(mlir::OpPassManager &pm, const CompileOptions &opts,
                           Phase stopAfter);

/// Registers the dialect interfaces the LLVM phase's convert-to-llvm uses.
void registerLoweringInterfaces(mlir::DialectRegistry &registry);

/// Registers the pipelines `wasm-lower-to-std` and `wasm-lower-to-llvm`
/// (with options bounds-checks, stack-check, symbol-prefix) for w2n-opt.
void registerPipelines();

/// Runs the lowering pipeline on an imported module up to `stopAfter`.
llvm::Error lowerModule(mlir::ModuleOp module, const CompileOptions &opts,
                        Phase stopAfter);

/// Translates a module in the LLVM dialect to LLVM IR, set up for the
/// target, and runs LLVM's optimisation pipeline at opts.optLevel.
llvm::Expected<std::unique_ptr<llvm::Module>>
translateAndOptimize(mlir::ModuleOp module, llvm::LLVMContext &llvmContext,
                     const CompileOptions &opts);

/// Emits an object file (or assembly) for `module` via TargetMachine.
llvm::Error emitCode(llvm::Module &module, const CompileOptions &opts,
                     llvm::raw_pwrite_stream &out, bool assembly);

/// The whole pipeline: wasm bytes to an object file in memory. Decoder and
/// validator errors come back as w2n::WasmError.
llvm::Expected<llvm::SmallVector<char, 0>>
compileToObject(llvm::ArrayRef<uint8_t> wasm, const CompileOptions &opts,
                llvm::StringRef fileName = "<module>");

/// Writes the C embedding header of a module in the `wasm` dialect (before
/// lowering): instantiate, typed export wrappers, export accessors.
void writeCHeader(mlir::ModuleOp module, llvm::StringRef prefix,
                  llvm::StringRef guard, llvm::raw_ostream &os);

/// Links object files into a shared library with lld, in process. The
/// runtime's symbols stay undefined: the host that loads the library
/// provides them.
llvm::Error linkShared(llvm::ArrayRef<std::string> objects,
                       llvm::StringRef output);

/// Links a program for the host with lld, in process: the module's objects,
/// the runtime's main (runtime/exe), WASI and runtime libraries from
/// `runtimeLibDir`, and the system C library.
llvm::Error linkExecutable(llvm::ArrayRef<std::string> objects,
                           llvm::StringRef output,
                           llvm::StringRef runtimeLibDir);

} // namespace w2n

#endif // W2N_COMPILER_COMPILER_H
