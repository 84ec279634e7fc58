//===- wasm2native.cpp - The wasm2native compiler driver ------------------===//
//
// Reads a .wasm file, decodes and validates it, imports it into the `wasm`
// dialect and writes the requested output. Errors are printed as
// `<file>:0x<offset>: error: <message>`; the exit code is then 1 and no
// output file is left behind.
//
//===----------------------------------------------------------------------===//

#include "Wasm/WasmDialect.h"
#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Error.h"
#include "w2n/Import/Importer.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include <CLI/CLI.hpp>

#ifndef W2N_VERSION
#define W2N_VERSION "0.1.0"
#endif

using namespace llvm;

namespace {

struct Options {
  std::string input;
  std::string output = "-";
  std::string emit = "mlir";
  bool printLocations = false;
  bool verify = true;
};

/// Prints `file: error: message` and returns the exit code for errors.
int reportError(StringRef file, const Twine &msg) {
  errs() << file << ": error: " << msg << "\n";
  return 1;
}

int run(const Options &opts) {
  StringRef displayName = opts.input == "-" ? "<stdin>" : opts.input;
  ErrorOr<std::unique_ptr<MemoryBuffer>> buffer =
      MemoryBuffer::getFileOrSTDIN(opts.input, /*IsText=*/false,
                                   /*RequiresNullTerminator=*/false);
  if (!buffer)
    return reportError(displayName, "cannot read file: " +
                                        buffer.getError().message());
  ArrayRef<uint8_t> bytes(
      reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()),
      (*buffer)->getBufferSize());

  Expected<std::unique_ptr<w2n::Module>> module = w2n::decodeModule(bytes);
  if (!module) {
    w2n::printError(errs(), displayName, module.takeError());
    return 1;
  }
  if (Error err = w2n::validateModule(**module)) {
    w2n::printError(errs(), displayName, std::move(err));
    return 1;
  }
  if (opts.emit == "none")
    return 0;

  mlir::MLIRContext context;
  context.loadDialect<w2n::wasm::WasmDialect>();
  mlir::OwningOpRef<mlir::ModuleOp> op =
      w2n::importModule(**module, context, displayName);
  if (!op)
    return 1;
  if (opts.verify && failed(mlir::verify(*op)))
    return reportError(displayName, "internal error: the imported module "
                                    "does not verify");

  // ToolOutputFile removes the file unless keep() is called, so a failure
  // while writing leaves nothing behind.
  std::error_code ec;
  auto out = std::make_unique<ToolOutputFile>(opts.output, ec,
                                              sys::fs::OF_None);
  if (ec)
    return reportError(opts.output, "cannot open output: " + ec.message());
  mlir::OpPrintingFlags flags;
  if (opts.printLocations)
    flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
  op->print(out->os(), flags);
  out->os() << "\n";
  out->os().flush();
  if (out->os().has_error()) {
    out->os().clear_error();
    return reportError(opts.output, "write failed");
  }
  out->keep();
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  CLI::App app{"wasm2native: compiles WebAssembly modules to native code "
               "through MLIR and LLVM",
               "wasm2native"};
  Options opts;
  app.set_version_flag("--version",
                       std::string("wasm2native ") + W2N_VERSION +
                           " (LLVM/MLIR " LLVM_VERSION_STRING ")");
  app.add_option("input", opts.input, "Input .wasm file ('-' for stdin)")
      ->required();
  app.add_option("-o,--output", opts.output,
                 "Output file ('-' for stdout, the default)");
  app.add_option("--emit", opts.emit,
                 "What to produce: 'mlir' (the wasm dialect) or 'none' "
                 "(only decode and validate)")
      ->check(CLI::IsMember({"mlir", "none"}));
  app.add_flag("--print-locations", opts.printLocations,
               "Print byte-offset locations in MLIR output");
  app.add_flag("!--no-verify", opts.verify,
               "Skip running the MLIR verifier on the imported module");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError &e) {
    int code = app.exit(e);
    // --help and --version exit 0; usage errors exit 1 as other errors do.
    return code == 0 ? 0 : 1;
  }
  return run(opts);
}
