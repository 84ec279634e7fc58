//===- Compiler.cpp - From a wasm binary to native code -------------------===//
//
// The pipeline, phase by phase:
//
//   Import  wasm dialect (lib/Import)
//   Std     convert-wasm-to-std: func/arith/math/cf + llvm for memory,
//           runtime calls and the module descriptor
//   LLVM    upstream *-to-llvm conversions
//   then    translation to LLVM IR, LLVM's O0..O3 pipeline, and code
//           generation through TargetMachine for opts.triple
//
//===----------------------------------------------------------------------===//

#include "w2n/Compiler/Compiler.h"

#include "w2n/Conversion/Passes.h"
#include "w2n/Import/Importer.h"
#include "w2n/LLVMPasses/Passes.h"

#include "mlir/Conversion/ArithToLLVM/ArithToLLVM.h"
#include "mlir/Conversion/ControlFlowToLLVM/ControlFlowToLLVM.h"
#include "mlir/Conversion/FuncToLLVM/ConvertFuncToLLVM.h"
#include "mlir/Conversion/MathToLLVM/MathToLLVM.h"
#include "mlir/Conversion/Passes.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Target/LLVMIR/Dialect/Builtin/BuiltinToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Dialect/LLVMIR/LLVMToLLVMIRTranslation.h"
#include "mlir/Target/LLVMIR/Export.h"
#include "llvm/IR/DiagnosticHandler.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/SubtargetFeature.h"

#include "lld/Common/Driver.h"

#include <cstdlib>
#include <mutex>

LLD_HAS_DRIVER(elf)

using namespace llvm;
using namespace w2n;

std::optional<Phase> w2n::parsePhase(StringRef name) {
  return StringSwitch<std::optional<Phase>>(name)
      .Case("import", Phase::Import)
      .Case("std", Phase::Std)
      .Case("llvm", Phase::LLVM)
      .Default(std::nullopt);
}

StringRef w2n::phaseName(Phase phase) {
  switch (phase) {
  case Phase::Import:
    return "import";
  case Phase::Std:
    return "std";
  case Phase::LLVM:
    return "llvm";
  }
  llvm_unreachable("unknown phase");
}

/// Collects the diagnostics of a failed pass pipeline into an Error.
static Error runPipeline(mlir::ModuleOp module, mlir::PassManager &pm) {
  std::string messages;
  {
    mlir::ScopedDiagnosticHandler handler(
        module.getContext(), [&](mlir::Diagnostic &diag) {
          llvm::raw_string_ostream os(messages);
          os << diag.getLocation() << ": " << diag << "\n";
          return mlir::success();
        });
    if (succeeded(pm.run(module)))
      return Error::success();
  }
  return createStringError(inconvertibleErrorCode(),
                           messages.empty() ? "lowering failed" : messages);
}

void w2n::buildLoweringPipeline(mlir::OpPassManager &pm,
                                const CompileOptions &opts, Phase stopAfter) {
  if (stopAfter == Phase::Import)
    return;
  ConvertWasmToStdOptions convOpts;
  convOpts.boundsChecks = opts.guardPages ? "guard" : "explicit";
  convOpts.stackCheck = opts.stackCheck;
  convOpts.symbolPrefix = opts.symbolPrefix;
  pm.addPass(createConvertWasmToStd(convOpts));
  if (stopAfter == Phase::Std)
    return;
  // One conversion for func, arith, math and cf (through their
  // ConvertToLLVMPatternInterface, see registerLoweringInterfaces): a pass
  // per dialect walked every op five times.
  pm.addPass(mlir::createConvertToLLVMPass());
  pm.addPass(mlir::createReconcileUnrealizedCastsPass());
}

void w2n::registerLoweringInterfaces(mlir::DialectRegistry &registry) {
  mlir::arith::registerConvertArithToLLVMInterface(registry);
  mlir::cf::registerConvertControlFlowToLLVMInterface(registry);
  mlir::registerConvertFuncToLLVMInterface(registry);
  mlir::registerConvertMathToLLVMInterface(registry);
}

namespace {
/// Options of the registered pipelines, as in wasm2native's flags.
struct PipelineOptions : mlir::PassPipelineOptions<PipelineOptions> {
  Option<std::string> boundsChecks{
      *this, "bounds-checks",
      llvm::cl::desc("'explicit' or 'guard' (see convert-wasm-to-std)"),
      llvm::cl::init("explicit")};
  Option<bool> stackCheck{*this, "stack-check",
                          llvm::cl::desc("Check the native stack on entry"),
                          llvm::cl::init(true)};
  Option<std::string> symbolPrefix{*this, "symbol-prefix",
                                   llvm::cl::desc("Prefix of symbols"),
                                   llvm::cl::init("w2n_")};
  CompileOptions toCompileOptions() const {
    CompileOptions opts;
    opts.guardPages = boundsChecks == "guard";
    opts.stackCheck = stackCheck;
    opts.symbolPrefix = symbolPrefix;
    return opts;
  }
};
} // namespace

void w2n::registerPipelines() {
  mlir::PassPipelineRegistration<PipelineOptions>(
      "wasm-lower-to-std",
      "The wasm2native pipeline up to the std phase (func/arith/math/cf)",
      [](mlir::OpPassManager &pm, const PipelineOptions &o) {
        buildLoweringPipeline(pm, o.toCompileOptions(), Phase::Std);
      });
  mlir::PassPipelineRegistration<PipelineOptions>(
      "wasm-lower-to-llvm",
      "The wasm2native pipeline up to the LLVM dialect, as wasm2native "
      "runs it before translating to LLVM IR",
      [](mlir::OpPassManager &pm, const PipelineOptions &o) {
        buildLoweringPipeline(pm, o.toCompileOptions(), Phase::LLVM);
      });
}

Error w2n::lowerModule(mlir::ModuleOp module, const CompileOptions &opts,
                       Phase stopAfter) {
  mlir::DialectRegistry registry;
  registerLoweringInterfaces(registry);
  module.getContext()->appendDialectRegistry(registry);
  mlir::PassManager pm(module.getContext());
  buildLoweringPipeline(pm, opts, stopAfter);
  return runPipeline(module, pm);
}

static void initializeTargets() {
  static std::once_flag once;
  std::call_once(once, [] {
    InitializeAllTargetInfos();
    InitializeAllTargets();
    InitializeAllTargetMCs();
    InitializeAllAsmPrinters();
    InitializeAllAsmParsers();
  });
}

static Expected<std::unique_ptr<TargetMachine>>
createTargetMachine(const CompileOptions &opts) {
  initializeTargets();
  Triple triple(opts.triple.empty() ? sys::getDefaultTargetTriple()
                                    : opts.triple);
  std::string error;
  const Target *target = TargetRegistry::lookupTarget(triple, error);
  if (!target)
    return createStringError(inconvertibleErrorCode(),
                             "unknown target '" + triple.str() + "': " + error);
  std::string cpu = opts.cpu == "native" ? sys::getHostCPUName().str()
                                         : opts.cpu;
  std::string features;
  if (opts.cpu == "native") {
    llvm::SubtargetFeatures f;
    for (auto &feature : sys::getHostCPUFeatures())
      f.AddFeature(feature.first(), feature.second);
    features = f.getString();
  }
  TargetOptions targetOpts;
  CodeGenOptLevel level = opts.optLevel == 0   ? CodeGenOptLevel::None
                          : opts.optLevel == 1 ? CodeGenOptLevel::Less
                          : opts.optLevel == 2 ? CodeGenOptLevel::Default
                                               : CodeGenOptLevel::Aggressive;
  std::unique_ptr<TargetMachine> tm(target->createTargetMachine(
      triple, cpu, features, targetOpts, Reloc::PIC_, std::nullopt, level));
  if (!tm)
    return createStringError(inconvertibleErrorCode(),
                             "cannot create a target machine for " +
                                 triple.str());
  return std::move(tm);
}

namespace {
/// Prints the remarks of BoundsCheckHoistingPass ("w2n-bounds-checks") as
///   remark: function 12: moved 2 of 2 bounds checks out of a loop: ...
/// naming functions by their Wasm index (from the `<prefix>f<index>`
/// symbol); other diagnostics are handled as usual.
class BoundsCheckReport : public DiagnosticHandler {
public:
  explicit BoundsCheckReport(StringRef prefix) : prefix(prefix) {}
  bool isPassedOptRemarkEnabled(StringRef pass) const override {
    return pass == "w2n-bounds-checks";
  }
  bool isMissedOptRemarkEnabled(StringRef pass) const override {
    return pass == "w2n-bounds-checks";
  }
  bool isAnyRemarkEnabled() const override { return true; }
  bool handleDiagnostics(const DiagnosticInfo &info) override {
    const auto *remark = dyn_cast<DiagnosticInfoOptimizationBase>(&info);
    if (!remark || remark->getPassName() != "w2n-bounds-checks")
      return false;
    StringRef name = remark->getFunction().getName();
    std::string where = name.str();
    StringRef index = name;
    if (index.consume_front(prefix) && index.consume_front("f") &&
        !index.empty() && llvm::all_of(index, llvm::isDigit))
      where = ("function " + index).str();
    errs() << "remark: " << where << ": " << remark->getMsg() << "\n";
    return true;
  }

private:
  std::string prefix;
};
} // namespace

Expected<std::unique_ptr<llvm::Module>>
w2n::translateAndOptimize(mlir::ModuleOp module, LLVMContext &llvmContext,
                          const CompileOptions &opts) {
  mlir::registerBuiltinDialectTranslation(*module.getContext());
  mlir::registerLLVMDialectTranslation(*module.getContext());
  std::unique_ptr<llvm::Module> llvmModule =
      mlir::translateModuleToLLVMIR(module, llvmContext, "wasm");
  if (!llvmModule)
    return createStringError(inconvertibleErrorCode(),
                             "translation to LLVM IR failed");
  auto tm = createTargetMachine(opts);
  if (!tm)
    return tm.takeError();
  if (opts.reportBoundsChecks)
    llvmContext.setDiagnosticHandler(
        std::make_unique<BoundsCheckReport>(opts.symbolPrefix));
  llvmModule->setTargetTriple((*tm)->getTargetTriple());
  llvmModule->setDataLayout((*tm)->createDataLayout());

  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PassBuilder pb(tm->get());
  registerWasmLLVMPasses(pb, opts.guardPages);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  OptimizationLevel level = opts.optLevel == 0   ? OptimizationLevel::O0
                            : opts.optLevel == 1 ? OptimizationLevel::O1
                            : opts.optLevel == 2 ? OptimizationLevel::O2
                                                 : OptimizationLevel::O3;
  ModulePassManager mpm = level == OptimizationLevel::O0
                              ? pb.buildO0DefaultPipeline(level)
                              : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(*llvmModule, mam);
  return std::move(llvmModule);
}

Error w2n::emitCode(llvm::Module &module, const CompileOptions &opts,
                    raw_pwrite_stream &out, bool assembly) {
  // For tests of how tools handle LLVM's fatal errors (which have no
  // dependable trigger): fail here as LLVM's code generator would.
  if (std::getenv("W2N_TEST_LLVM_FATAL_ERROR"))
    report_fatal_error("injected by W2N_TEST_LLVM_FATAL_ERROR");
  auto tm = createTargetMachine(opts);
  if (!tm)
    return tm.takeError();
  legacy::PassManager pm;
  if ((*tm)->addPassesToEmitFile(pm, out, nullptr,
                                 assembly ? CodeGenFileType::AssemblyFile
                                          : CodeGenFileType::ObjectFile))
    return createStringError(inconvertibleErrorCode(),
                             "the target cannot emit this file type");
  pm.run(module);
  return Error::success();
}

Expected<SmallVector<char, 0>>
w2n::compileToObject(ArrayRef<uint8_t> wasm, const CompileOptions &opts,
                     StringRef fileName) {
  mlir::MLIRContext context;
  context.disableMultithreading();
  auto module = importWasmBinary(wasm, context, fileName);
  if (!module)
    return module.takeError();
  if (Error err = lowerModule(**module, opts, Phase::LLVM))
    return std::move(err);
  LLVMContext llvmContext;
  auto llvmModule = translateAndOptimize(**module, llvmContext, opts);
  if (!llvmModule)
    return llvmModule.takeError();
  SmallVector<char, 0> buffer;
  raw_svector_ostream os(buffer);
  if (Error err = emitCode(**llvmModule, opts, os, /*assembly=*/false))
    return std::move(err);
  return std::move(buffer);
}

/// Runs lld's ELF driver in process. lld keeps global state: one link at a
/// time per process.
static Error runLld(ArrayRef<std::string> argStore) {
  static std::mutex lldMutex;
  std::lock_guard<std::mutex> lock(lldMutex);
  std::vector<const char *> args;
  for (const std::string &a : argStore)
    args.push_back(a.c_str());
  std::string errors, outText;
  raw_string_ostream errOS(errors), outOS(outText);
  lld::Result result =
      lld::lldMain(args, outOS, errOS, {{lld::Gnu, &lld::elf::link}});
  if (result.retCode != 0)
    return createStringError(inconvertibleErrorCode(),
                             "linking failed: " + errors);
  return Error::success();
}

Error w2n::linkShared(ArrayRef<std::string> objects, StringRef output) {
  std::vector<std::string> args = {"ld.lld", "-shared", "-o", output.str()};
  args.insert(args.end(), objects.begin(), objects.end());
  return runLld(args);
}

/// The newest GCC support directory (crtbeginS.o, libgcc) for `multiarch`.
static std::string gccLibDir(StringRef multiarch) {
  std::string best;
  std::error_code ec;
  std::string root = ("/usr/lib/gcc/" + multiarch).str();
  for (sys::fs::directory_iterator it(root, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef version = sys::path::filename(it->path());
    if (sys::fs::exists(it->path() + "/crtbeginS.o") &&
        (best.empty() ||
         version.compare_numeric(sys::path::filename(best)) > 0))
      best = it->path();
  }
  return best;
}

Error w2n::linkExecutable(ArrayRef<std::string> objects, StringRef output,
                          StringRef runtimeLibDir) {
  // Executables are linked for the host (x86-64 or AArch64 Linux with
  // glibc): the C library's start files come from the system.
  Triple host(sys::getProcessTriple());
  std::string multiarch, loader;
  if (host.getArch() == Triple::x86_64) {
    multiarch = "x86_64-linux-gnu";
    loader = "/lib64/ld-linux-x86-64.so.2";
  } else if (host.getArch() == Triple::aarch64) {
    multiarch = "aarch64-linux-gnu";
    loader = "/lib/ld-linux-aarch64.so.1";
  } else {
    return createStringError(inconvertibleErrorCode(),
                             "executables can only be linked on x86-64 and "
                             "AArch64 Linux hosts; use -c");
  }
  std::string libc = "/usr/lib/" + multiarch;
  std::string gcc = gccLibDir(multiarch);
  for (const std::string &f :
       {libc + "/Scrt1.o", libc + "/crti.o", gcc + "/crtbeginS.o"})
    if (gcc.empty() || !sys::fs::exists(f))
      return createStringError(
          inconvertibleErrorCode(),
          "cannot find the C library's start files (" + f +
              "): install libc6-dev and gcc (docs/architecture.md)");
  std::string rt = runtimeLibDir.str();
  std::vector<std::string> argStore = {
      "ld.lld", "-pie", "--eh-frame-hdr", "-dynamic-linker", loader,
      "-o", output.str(), libc + "/Scrt1.o", libc + "/crti.o",
      gcc + "/crtbeginS.o"};
  argStore.insert(argStore.end(), objects.begin(), objects.end());
  for (const char *lib : {"libw2n_main.a", "libw2n_wasi.a", "libw2n_runtime.a"})
    argStore.push_back(rt + "/" + lib);
  for (const std::string &a :
       {"-L" + gcc, "-L" + libc, std::string("-L/lib/") + multiarch,
        std::string("-lm"), std::string("-lpthread"), std::string("-lc"),
        std::string("-lgcc"), std::string("--as-needed"),
        std::string("-lgcc_s"), std::string("--no-as-needed"),
        gcc + "/crtendS.o", libc + "/crtn.o"})
    argStore.push_back(a);
  return runLld(argStore);
}
