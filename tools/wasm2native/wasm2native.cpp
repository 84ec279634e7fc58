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
#include "w2n/Compiler/Compiler.h"
#include "w2n/Import/Importer.h"

#include "Run.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/thread.h"
#include "llvm/Support/raw_ostream.h"

#include <CLI/CLI.hpp>

#include <cstdlib>

#include <string>
#include <vector>

#ifndef W2N_VERSION
#define W2N_VERSION "0.1.0"
#endif

using namespace llvm;

namespace {

struct Options {
  std::string input;
  std::string output;
  std::string emit = "exe";
  // Grants recorded in executables (see runtime/exe/main.c).
  std::vector<std::string> dirs, envs;
  bool inheritEnv = false;
  std::string compileTo = "import";
  std::string boundsChecks = "explicit";
  std::string target;
  std::string cpu = "generic";
  std::string prefix = "w2n_";
  bool header = true;
  unsigned optLevel = 2;
  bool printLocations = false;
  bool reportBoundsChecks = false;
  bool verify = true;
};

/// Prints `file: error: message` and returns the exit code for errors.
int reportError(StringRef file, const Twine &msg) {
  errs() << file << ": error: " << msg << "\n";
  return 1;
}

/// Compiles to a temporary object and links it into a shared library or,
/// with `exe`, a program.
int emitLinked(mlir::ModuleOp module, const w2n::CompileOptions &copts,
               StringRef displayName, StringRef outputName, bool exe) {
  LLVMContext llvmContext;
  auto llvmModule = w2n::translateAndOptimize(module, llvmContext, copts);
  if (!llvmModule) {
    errs() << displayName << ": error: " << toString(llvmModule.takeError())
           << "\n";
    return 1;
  }
  SmallString<128> objPath;
  int fd;
  if (std::error_code ec =
          sys::fs::createTemporaryFile("wasm2native", "o", fd, objPath))
    return reportError(displayName, "cannot create a temporary file: " +
                                        ec.message());
  FileRemover removeObj(objPath);
  {
    raw_fd_ostream os(fd, /*shouldClose=*/true);
    if (Error err = w2n::emitCode(**llvmModule, copts, os, false)) {
      errs() << displayName << ": error: " << toString(std::move(err))
             << "\n";
      return 1;
    }
  }
  Error linked = Error::success();
  if (exe) {
    static int anchor;
    SmallString<256> libDir(sys::path::parent_path(
        sys::fs::getMainExecutable("wasm2native", &anchor)));
    sys::path::append(libDir, "..", "lib");
    linked = w2n::linkExecutable({std::string(objPath)}, outputName, libDir);
  } else {
    linked = w2n::linkShared({std::string(objPath)}, outputName);
  }
  if (Error err = std::move(linked)) {
    sys::fs::remove(outputName);
    errs() << displayName << ": error: " << toString(std::move(err)) << "\n";
    return 1;
  }
  return 0;
}

int run(const Options &opts) {
  StringRef displayName =
      opts.input == "-" ? StringRef("<stdin>") : StringRef(opts.input);
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

  w2n::CompileOptions copts;
  copts.symbolPrefix = opts.prefix;
  copts.triple = opts.target;
  copts.cpu = opts.cpu;
  copts.optLevel = opts.optLevel;
  copts.guardPages = opts.boundsChecks == "guard";
  copts.reportBoundsChecks = opts.reportBoundsChecks;
  // Objects come with their C header, written from the wasm dialect before
  // it is lowered.
  std::string headerText;
  if (opts.emit == "obj" && opts.header) {
    raw_string_ostream hos(headerText);
    SmallString<64> guard(sys::path::stem(opts.output.empty() ? opts.input
                                                              : opts.output));
    guard += "_H";
    w2n::writeCHeader(*op, opts.prefix, guard, hos);
  }

  w2n::Phase stopAfter = opts.emit == "mlir"
                             ? *w2n::parsePhase(opts.compileTo)
                             : w2n::Phase::LLVM;
  if (Error err = w2n::lowerModule(*op, copts, stopAfter)) {
    errs() << displayName << ": error: " << toString(std::move(err)) << "\n";
    return 1;
  }

  std::string outputName = opts.output;
  if (outputName.empty()) {
    if (opts.emit == "exe") {
      outputName = "a.out";
    } else if ((opts.emit == "obj" || opts.emit == "shared") &&
               opts.input != "-") {
      SmallString<128> name(sys::path::filename(opts.input));
      sys::path::replace_extension(name, opts.emit == "obj" ? "o" : "so");
      outputName = std::string(name);
    } else {
      outputName = "-";
    }
  }
  if (opts.emit == "exe") {
    // The grants main() applies: "--dir\0HOST::GUEST\0...\0\0".
    std::string grants;
    for (const std::string &d : opts.dirs)
      grants += "--dir" + std::string(1, '\0') + d + std::string(1, '\0');
    for (const std::string &e : opts.envs)
      grants += "--env" + std::string(1, '\0') + e + std::string(1, '\0');
    if (opts.inheritEnv)
      grants += "--inherit-env" + std::string(1, '\0') + std::string(1, '\0');
    grants.push_back('\0');
    mlir::OpBuilder b(op->getContext());
    b.setInsertionPointToEnd(op->getBody());
    auto type = mlir::LLVM::LLVMArrayType::get(b.getI8Type(), grants.size());
    mlir::LLVM::GlobalOp::create(b, op->getLoc(), type, /*isConstant=*/true,
                                 mlir::LLVM::Linkage::External,
                                 "w2n_exe_grants", b.getStringAttr(grants));
  }
  if (opts.emit == "shared" || opts.emit == "exe")
    return emitLinked(*op, copts, displayName, outputName,
                      opts.emit == "exe");

  // ToolOutputFile removes the file unless keep() is called, so a failure
  // while writing leaves nothing behind.
  std::error_code ec;
  auto out = std::make_unique<ToolOutputFile>(
      outputName, ec,
      opts.emit == "obj" ? sys::fs::OF_None : sys::fs::OF_Text);
  if (ec)
    return reportError(outputName, "cannot open output: " + ec.message());

  if (opts.emit == "mlir") {
    mlir::OpPrintingFlags flags;
    if (opts.printLocations)
      flags.enableDebugInfo(/*enable=*/true, /*prettyForm=*/false);
    op->print(out->os(), flags);
    out->os() << "\n";
  } else {
    LLVMContext llvmContext;
    auto llvmModule = w2n::translateAndOptimize(*op, llvmContext, copts);
    if (!llvmModule) {
      errs() << displayName << ": error: "
             << toString(llvmModule.takeError()) << "\n";
      return 1;
    }
    if (opts.emit == "llvm") {
      (*llvmModule)->print(out->os(), nullptr);
    } else if (Error err = w2n::emitCode(**llvmModule, copts, out->os(),
                                         opts.emit == "asm")) {
      errs() << displayName << ": error: " << toString(std::move(err))
             << "\n";
      return 1;
    }
  }
  out->os().flush();
  if (out->os().has_error()) {
    out->os().clear_error();
    return reportError(outputName, "write failed");
  }
  if (!headerText.empty() && outputName != "-") {
    SmallString<128> headerPath(outputName);
    sys::path::replace_extension(headerPath, "h");
    std::error_code hec;
    ToolOutputFile headerOut(headerPath, hec, sys::fs::OF_Text);
    if (hec)
      return reportError(headerPath, "cannot open output: " + hec.message());
    headerOut.os() << headerText;
    headerOut.keep();
  }
  out->keep();
  return 0;
}

} // namespace

#ifdef W2N_HAVE_RUNTIME
/// `wasm2native run [OPTIONS] FILE.wasm [ARGS...]`: options come before
/// the module, the function's arguments after it (they may look like
/// options: `-5`).
int runCommand(int argc, char **argv) {
  CLI::App app{"Compiles a module (cached), instantiates it and calls an "
               "exported function, printing its results",
               "wasm2native run"};
  w2n::RunOptions ropts;
  std::string boundsChecks = "explicit";
  bool noCache = false;
  app.add_option("module", ropts.input, "The .wasm module")->required();
  app.add_option("--invoke", ropts.invoke,
                 "Exported function to call (default: _start)");
  app.add_option("--bounds-checks", boundsChecks,
                 "'explicit' or 'guard' (see wasm2native --help)")
      ->check(CLI::IsMember({"explicit", "guard"}));
  app.add_option("-O", ropts.compile.optLevel, "Optimisation level 0..3")
      ->check(CLI::Range(0u, 3u));
  app.add_flag("--no-cache", noCache,
               "Compile afresh and leave nothing in the cache");
  app.add_option("--dir", ropts.dirs,
                 "Grant access to a host directory: HOST[::GUEST] (WASI)")
      ->allow_extra_args(false);
  app.add_option("--env", ropts.envs,
                 "Set an environment variable for the module: NAME=VALUE")
      ->allow_extra_args(false);
  app.add_flag("--inherit-env", ropts.inheritEnv,
               "Pass the whole host environment to the module");
  // Everything up to the first non-option word (the module) goes to CLI11.
  int split = 2;
  for (; split < argc; ++split) {
    StringRef a = argv[split];
    if (!a.starts_with("-"))
      break;
    if ((a == "--invoke" || a == "--bounds-checks" || a == "--dir" ||
         a == "--env") &&
        split + 1 < argc)
      ++split;
  }
  std::vector<std::string> args;
  for (int i = std::min(split, argc - 1); i >= 2; --i)
    args.push_back(argv[i]);
  try {
    app.parse(args);
  } catch (const CLI::ParseError &e) {
    return app.exit(e) == 0 ? 0 : 1;
  }
  int rest = split + 1;
  // wasmtime also accepts --invoke right after the module.
  if (rest + 1 < argc && StringRef(argv[rest]) == "--invoke") {
    ropts.invoke = argv[rest + 1];
    rest += 2;
  }
  // `--` may separate the function's arguments from the module.
  if (rest < argc && StringRef(argv[rest]) == "--")
    ++rest;
  for (int i = rest; i < argc; ++i)
    ropts.args.push_back(argv[i]);
  ropts.compile.guardPages = boundsChecks == "guard";
  ropts.useCache = !noCache;
  return w2n::runModule(ropts);
}
#endif

int realMain(int argc, char **argv);

/// Wasm nests blocks without bound and parts of MLIR (the printer, the
/// verifier) and of the lowering recurse once per level, so the compiler
/// runs on a thread with a large stack (reserved, not committed).
/// LLVM reports some internal failures (a target that cannot select an
/// instruction, say) through report_fatal_error, which would abort. Make
/// them an error with exit status 1, and remove any output file that is
/// still being written (ToolOutputFile registers it for removal).
static void onFatalError(void *, const char *reason, bool) {
  WithColor::error(errs(), "wasm2native")
      << "internal compiler error in LLVM: " << reason << "\n";
  sys::RunInterruptHandlers();
  std::_Exit(1);
}

int main(int argc, char **argv) {
  install_fatal_error_handler(onFatalError);
  int status = 1;
  llvm::thread worker(std::optional<unsigned>(1u << 30),
                      [&] { status = realMain(argc, argv); });
  worker.join();
  return status;
}

int realMain(int argc, char **argv) {
#ifdef W2N_HAVE_RUNTIME
  if (argc >= 2 && StringRef(argv[1]) == "run")
    return runCommand(argc, argv);
#endif
  CLI::App app{"wasm2native: compiles WebAssembly modules to native code "
               "through MLIR and LLVM\n\n"
               "  wasm2native FILE.wasm [options]      compile\n"
               "  wasm2native run [options] FILE.wasm [--invoke NAME] "
               "[ARGS...]\n"
               "                                       compile, load and call "
               "(see run --help)",
               "wasm2native"};
  Options opts;
  app.set_version_flag("--version",
                       std::string("wasm2native ") + W2N_VERSION +
                           " (LLVM/MLIR " LLVM_VERSION_STRING ")");
  app.add_option("input", opts.input, "Input .wasm file ('-' for stdin)")
      ->required();
  app.add_option("-o,--output", opts.output,
                 "Output file ('-' for stdout; default: a.out for programs, "
                 "stdout for text, <input>.o/.so for objects and libraries)");
  app.add_option("--emit", opts.emit,
                 "What to produce: 'exe' (default: a program that runs the "
                 "module as a WASI command), 'obj', 'shared' (a shared "
                 "library "
                 "for hosts that load modules at run time), 'asm', 'llvm' "
                 "(LLVM IR), "
                 "'mlir' (at the --compile-to phase) or 'none' (only decode "
                 "and validate)")
      ->check(CLI::IsMember(
          {"exe", "obj", "shared", "asm", "llvm", "mlir", "none"}));
  app.add_option("--dir", opts.dirs,
                 "For executables: grant a host directory, HOST[::GUEST]")
      ->allow_extra_args(false);
  app.add_option("--env", opts.envs,
                 "For executables: set a variable, NAME=VALUE")
      ->allow_extra_args(false);
  app.add_flag("--inherit-env", opts.inheritEnv,
               "For executables: pass the whole host environment");
  bool emitObj = false, emitAsm = false;
  app.add_flag("-c", emitObj, "Emit an object file (same as --emit=obj)");
  app.add_flag("-S", emitAsm, "Emit assembly (same as --emit=asm)");
  app.add_option("--compile-to", opts.compileTo,
                 "With --emit=mlir, the last pipeline phase to run: 'import' "
                 "(the wasm dialect), 'std' (func/arith/math/cf) or 'llvm' "
                 "(the LLVM dialect)")
      ->check(CLI::IsMember({"import", "std", "llvm"}));
  app.add_option("--bounds-checks", opts.boundsChecks,
                 "Memory safety strategy: 'explicit' compares each access "
                 "with the memory size; 'guard' relies on guard pages "
                 "(64-bit hosts)")
      ->check(CLI::IsMember({"explicit", "guard"}));
  app.add_option("--target", opts.target,
                 "Target triple (default: the host), e.g. "
                 "aarch64-linux-gnu, riscv64-linux-gnu");
  app.add_option("--mcpu", opts.cpu,
                 "Target CPU, also spelled -mcpu= ('native' for the host)");
  app.add_option("-O", opts.optLevel, "Optimisation level: -O0 .. -O3 "
                                      "(default -O2)")
      ->check(CLI::Range(0u, 3u));
  app.add_option("--prefix", opts.prefix,
                 "Prefix of the symbols the object defines (default w2n_); "
                 "give each module of a program its own");
  app.add_flag("!--no-header", opts.header,
               "With -c, do not write the C header beside the object");
  app.add_flag("--report-bounds-checks", opts.reportBoundsChecks,
               "Report on stderr which bounds checks -O1..3 moved out of "
               "loops and which stayed (explicit checks)");
  app.add_flag("--print-locations", opts.printLocations,
               "Print byte-offset locations in MLIR output");
  app.add_flag("!--no-verify", opts.verify,
               "Skip running the MLIR verifier on the imported module");
  // clang spells the CPU option with one dash; CLI11 wants two.
  std::vector<std::string> args;
  for (int i = argc - 1; i > 0; --i) {
    std::string arg = argv[i];
    if (StringRef(arg).starts_with("-mcpu"))
      arg = "-" + arg;
    args.push_back(arg);
  }
  try {
    app.parse(args);
  } catch (const CLI::ParseError &e) {
    int code = app.exit(e);
    // --help and --version exit 0; usage errors exit 1 as other errors do.
    return code == 0 ? 0 : 1;
  }
  if (emitObj)
    opts.emit = "obj";
  if (emitAsm)
    opts.emit = "asm";
  return run(opts);
}
