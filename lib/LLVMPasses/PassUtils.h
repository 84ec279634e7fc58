//===- PassUtils.h - Helpers shared by wasm2native's LLVM passes -*- C++ -*-===//
//
// Internal to lib/LLVMPasses.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_LIB_LLVMPASSES_PASSUTILS_H
#define W2N_LIB_LLVMPASSES_PASSUTILS_H

#include "llvm/ADT/DepthFirstIterator.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/IR/Analysis.h"

namespace w2n {

/// The innermost loops of a function, outer loops first.
inline llvm::SmallVector<llvm::Loop *, 8>
innermostLoops(llvm::LoopInfo &loopInfo) {
  llvm::SmallVector<llvm::Loop *, 8> loops;
  for (llvm::Loop *top : loopInfo)
    for (llvm::Loop *loop : llvm::depth_first(top))
      if (loop->isInnermost())
        loops.push_back(loop);
  return loops;
}

/// What a pass that changes instructions but not the CFG preserves.
inline llvm::PreservedAnalyses preservedCFGUnless(bool changed) {
  if (!changed)
    return llvm::PreservedAnalyses::all();
  llvm::PreservedAnalyses preserved;
  preserved.preserveSet<llvm::CFGAnalyses>();
  return preserved;
}

} // namespace w2n

#endif // W2N_LIB_LLVMPASSES_PASSUTILS_H
