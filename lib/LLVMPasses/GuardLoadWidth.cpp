//===- GuardLoadWidth.cpp - Keep guard-checked loads at full width --------===//
//
// See Passes.h.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "PassUtils.h"

#include "llvm/ADT/Statistic.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"

using namespace llvm;

#define DEBUG_TYPE "w2n-guard-load-width"

STATISTIC(numPinnedLoads, "Guard-checked loads kept at full width");

namespace {

/// True if the code generator could replace `load` by a narrower (or
/// offset) load because of how `user` consumes its value.
bool mayNarrow(const User *user) {
  if (isa<TruncInst, ExtractElementInst, ShuffleVectorInst>(user))
    return true;
  if (const auto *op = dyn_cast<BinaryOperator>(user)) {
    switch (op->getOpcode()) {
    case Instruction::And:
    case Instruction::LShr:
    case Instruction::AShr:
    case Instruction::Shl:
      return true;
    default:
      return false;
    }
  }
  return false;
}

} // namespace

PreservedAnalyses w2n::GuardLoadWidthPass::run(Function &f,
                                               FunctionAnalysisManager &) {
  bool changed = false;
  for (Instruction &inst : instructions(f)) {
    auto *load = dyn_cast<LoadInst>(&inst);
    if (!load || load->isVolatile() || !load->isUnordered() ||
        !isLinearMemoryAccess(*load))
      continue;
    if (llvm::none_of(load->users(), mayNarrow))
      continue;
    load->setVolatile(true);
    ++numPinnedLoads;
    changed = true;
  }
  return preservedCFGUnless(changed);
}
