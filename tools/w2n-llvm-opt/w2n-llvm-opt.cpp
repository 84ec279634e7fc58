//===- w2n-llvm-opt.cpp - Run LLVM passes, ours included, on IR ----------===//
//
// `opt` for wasm2native's LLVM passes: reads LLVM IR (text or bitcode), runs
// a new-pass-manager pipeline in which the passes of w2n/LLVMPasses are
// known by name, and prints the result as text. For lit tests and for
// studying what a pass does:
//
//   w2n-llvm-opt -passes='function(w2n-address-nowrap)' in.ll
//   wasm2native app.wasm --emit=llvm -O0 -o - | w2n-llvm-opt -passes='default<O2>'
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Target/TargetMachine.h"

using namespace llvm;

static cl::opt<std::string> inputFile(cl::Positional, cl::init("-"),
                                      cl::desc("<input .ll or .bc>"));
static cl::opt<std::string> outputFile("o", cl::init("-"),
                                       cl::desc("output file"),
                                       cl::value_desc("file"));
static cl::opt<std::string>
    pipeline("passes", cl::Required,
             cl::desc("pass pipeline, e.g. 'function(w2n-address-nowrap)'"));

int main(int argc, char **argv) {
  InitLLVM init(argc, argv);
  InitializeAllTargetInfos();
  InitializeAllTargets();
  InitializeAllTargetMCs();
  cl::ParseCommandLineOptions(argc, argv, "wasm2native LLVM pass runner\n");

  LLVMContext context;
  SMDiagnostic diag;
  std::unique_ptr<Module> module = parseIRFile(inputFile, diag, context);
  if (!module) {
    diag.print(argv[0], errs());
    return 1;
  }

  // The module's target, when it names one, for cost models.
  std::unique_ptr<TargetMachine> tm;
  std::string error;
  const Triple &triple = module->getTargetTriple();
  if (!triple.str().empty())
    if (const Target *target = TargetRegistry::lookupTarget(triple, error))
      tm.reset(target->createTargetMachine(triple, "", "", TargetOptions(),
                                           std::nullopt));

  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PassBuilder pb(tm.get());
  w2n::registerWasmLLVMPasses(pb);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  ModulePassManager mpm;
  if (Error err = pb.parsePassPipeline(mpm, pipeline)) {
    errs() << argv[0] << ": " << toString(std::move(err)) << "\n";
    return 1;
  }
  mpm.run(*module, mam);
  if (verifyModule(*module, &errs())) {
    errs() << argv[0] << ": the result does not verify\n";
    return 1;
  }

  std::error_code ec;
  ToolOutputFile out(outputFile, ec, sys::fs::OF_Text);
  if (ec) {
    errs() << argv[0] << ": " << outputFile << ": " << ec.message() << "\n";
    return 1;
  }
  module->print(out.os(), nullptr);
  out.keep();
  return 0;
}
