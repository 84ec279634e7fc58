//===- Registration.cpp - wasm2native's LLVM passes in the pipelines ------===//
//
// Where each pass of Passes.h runs inside LLVM's default pipelines, and
// the names textual pipelines know them by.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "llvm/Passes/PassBuilder.h"

using namespace llvm;

namespace {
/// Adds a `PassT` to `pm` if `name` is `passName`.
template <typename PassT, typename PassManagerT>
bool addByName(PassManagerT &pm, StringRef name, StringRef passName) {
  if (name != passName)
    return false;
  pm.addPass(PassT());
  return true;
}
} // namespace

void w2n::registerWasmLLVMPasses(PassBuilder &pb, bool guardPages) {
  // By name, for pipelines given as text (w2n-llvm-opt -passes=...).
  pb.registerPipelineParsingCallback(
      [](StringRef name, FunctionPassManager &fpm,
         ArrayRef<PassBuilder::PipelineElement>) {
        return addByName<AddressNoWrapPass>(fpm, name, "w2n-address-nowrap") ||
               addByName<BoundsCheckHoistingPass>(
                   fpm, name, "w2n-bounds-check-hoisting") ||
               addByName<ExpandFloatMinMaxPass>(fpm, name,
                                                "w2n-expand-float-minmax") ||
               addByName<GuardLoadWidthPass>(fpm, name,
                                             "w2n-guard-load-width") ||
               addByName<MemoryLoopVersioningPass>(
                   fpm, name, "w2n-memory-loop-versioning");
      });
  pb.registerPipelineParsingCallback(
      [](StringRef name, ModulePassManager &mpm,
         ArrayRef<PassBuilder::PipelineElement>) {
        return addByName<DropUnusedInstancePass>(mpm, name,
                                                 "w2n-drop-unused-instance");
      });
  // After every InstCombine run of the function simplification pipeline, so
  // that IndVarSimplify, the loop passes and both vectorisers see the facts.
  pb.registerPeepholeEPCallback(
      [](FunctionPassManager &fpm, OptimizationLevel level) {
        if (level != OptimizationLevel::O0)
          fpm.addPass(AddressNoWrapPass());
      });
  // Before the inliner and LLVM's own dead argument elimination.
  pb.registerPipelineEarlySimplificationEPCallback(
      [](ModulePassManager &mpm, OptimizationLevel level, ThinOrFullLTOPhase) {
        if (level != OptimizationLevel::O0)
          mpm.addPass(DropUnusedInstancePass());
      });
  // After all IR optimisation, before the code generator.
  pb.registerOptimizerLastEPCallback(
      [](ModulePassManager &mpm, OptimizationLevel, ThinOrFullLTOPhase) {
        mpm.addPass(createModuleToFunctionPassAdaptor(ExpandFloatMinMaxPass()));
      });
  if (guardPages)
    pb.registerOptimizerLastEPCallback(
        [](ModulePassManager &mpm, OptimizationLevel, ThinOrFullLTOPhase) {
          mpm.addPass(createModuleToFunctionPassAdaptor(GuardLoadWidthPass()));
        });
  // Right before the loop vectoriser.
  pb.registerVectorizerStartEPCallback(
      [guardPages](FunctionPassManager &fpm, OptimizationLevel level) {
        if (level == OptimizationLevel::O0)
          return;
        if (!guardPages)
          fpm.addPass(BoundsCheckHoistingPass());
        fpm.addPass(MemoryLoopVersioningPass());
      });
}
