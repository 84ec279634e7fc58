//===- MemoryLoopVersioning.cpp - Version loops over linear memory -------===//
//
// See Passes.h. The versioning itself (run-time checks, cloning, alias
// scopes) is LLVM's LoopVersioning utility; this pass chooses the loops and
// the checks.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "PassUtils.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopAccessAnalysis.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/LoopVersioning.h"

using namespace llvm;

#define DEBUG_TYPE "w2n-memory-loop-versioning"

STATISTIC(numVersionedLoops, "Loops versioned by linear-memory streams");

namespace {

/// Most run-time checks a versioned loop may need (LLVM's loop vectoriser
/// allows 8 by default).
constexpr unsigned kMaxChecks = 8;
/// Largest loop body (instructions) worth duplicating.
constexpr unsigned kMaxLoopSize = 400;

/// True if the loop touches memory only through linear memory accesses.
bool onlyLinearMemory(const Loop &loop, unsigned &size) {
  size = 0;
  for (BasicBlock *block : loop.blocks())
    for (Instruction &inst : *block) {
      ++size;
      if (isa<LoadInst, StoreInst>(inst)) {
        if (!w2n::isLinearMemoryAccess(inst))
          return false;
      } else if (inst.mayReadOrWriteMemory()) {
        return false;
      }
    }
  return true;
}

/// True if the two groups start a constant number of bytes apart: two
/// accesses of one stream, which the dependence analysis can order itself
/// once other streams are known not to overlap them.
bool sameStream(const RuntimeCheckingPtrGroup &a,
                const RuntimeCheckingPtrGroup &b, ScalarEvolution &se) {
  if (a.Low->getType() != b.Low->getType())
    return false;
  return isa<SCEVConstant>(se.getMinusSCEV(a.Low, b.Low));
}

} // namespace

PreservedAnalyses
w2n::MemoryLoopVersioningPass::run(Function &f, FunctionAnalysisManager &fam) {
  auto &loopInfo = fam.getResult<LoopAnalysis>(f);
  if (loopInfo.empty())
    return PreservedAnalyses::all();
  auto &dt = fam.getResult<DominatorTreeAnalysis>(f);
  auto &se = fam.getResult<ScalarEvolutionAnalysis>(f);
  auto &ac = fam.getResult<AssumptionAnalysis>(f);
  auto &lais = fam.getResult<LoopAccessAnalysis>(f);


  bool changed = false;
  for (Loop *loop : innermostLoops(loopInfo)) {
    unsigned size;
    if (!onlyLinearMemory(*loop, size) || size > kMaxLoopSize ||
        findStringMetadataForLoop(loop, "llvm.loop.isvectorized"))
      continue;
    changed |= simplifyLoop(loop, &dt, &loopInfo, &se, &ac, nullptr, false);
    changed |= formLCSSARecursively(*loop, dt, &loopInfo, &se);
    if (!loop->isLoopSimplifyForm() || !loop->isRotatedForm() ||
        !loop->getExitingBlock())
      continue;
    const LoopAccessInfo &lai = lais.getInfo(*loop);
    const RuntimePointerChecking *checking = lai.getRuntimePointerChecking();
    if (!lai.canVectorizeMemory() || lai.hasConvergentOp() || !checking ||
        !checking->Need)
      continue;
    // Keep the checks between streams; drop those within one stream.
    SmallVector<RuntimePointerCheck, 4> checks;
    bool dropped = false;
    for (const RuntimePointerCheck &check : checking->getChecks()) {
      if (sameStream(*check.first, *check.second, se))
        dropped = true;
      else
        checks.push_back(check);
    }
    // Without a check that always fails the vectoriser does as well alone.
    if (!dropped || checks.empty() || checks.size() > kMaxChecks)
      continue;
    LoopVersioning versioning(lai, checks, loop, &loopInfo, &dt, &se);
    versioning.versionLoop();
    versioning.annotateLoopWithNoAlias();
    // The original runs only when streams overlap: leave it scalar.
    addStringMetadataToLoop(versioning.getNonVersionedLoop(),
                            "llvm.loop.isvectorized", 1);
    lais.clear();
    ++numVersionedLoops;
    changed = true;
  }
  if (!changed)
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}
