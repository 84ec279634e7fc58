//===- AddressNoWrap.cpp - No-wrap facts for wasm address arithmetic -----===//
//
// See Passes.h for the proof this pass relies on.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "PassUtils.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Operator.h"
#include "llvm/Passes/PassBuilder.h"

using namespace llvm;

#define DEBUG_TYPE "w2n-address-nowrap"

STATISTIC(numNoWrapAdds, "Address additions marked nuw");

bool w2n::isLinearMemoryAccess(const Instruction &inst) {
  const MDNode *tag = inst.getMetadata(LLVMContext::MD_tbaa);
  if (!tag || tag->getNumOperands() < 1)
    return false;
  const auto *type = dyn_cast<MDNode>(tag->getOperand(0));
  if (!type || type->getNumOperands() < 1)
    return false;
  const auto *name = dyn_cast<MDString>(type->getOperand(0));
  return name && name->getString() == w2n::kLinearMemoryTbaaName;
}

namespace {

/// The i32 wasm address an access pointer is computed from: the pointer is
/// `gep i8, %base, (zext i32 %p)` plus non-negative constant offsets.
Value *wasmAddress(Value *ptr, const DataLayout &dl) {
  APInt offset(dl.getIndexTypeSizeInBits(ptr->getType()), 0);
  Value *stripped = ptr->stripAndAccumulateConstantOffsets(
      dl, offset, /*AllowNonInbounds=*/true);
  if (offset.isNegative())
    return nullptr;
  auto *gep = dyn_cast<GEPOperator>(stripped);
  if (!gep || gep->getNumIndices() != 1 ||
      !gep->getSourceElementType()->isIntegerTy(8))
    return nullptr;
  auto *ext = dyn_cast<ZExtInst>(gep->getOperand(1));
  if (!ext || !ext->getSrcTy()->isIntegerTy(32))
    return nullptr;
  return ext->getOperand(0);
}

} // namespace

PreservedAnalyses w2n::AddressNoWrapPass::run(Function &f,
                                              FunctionAnalysisManager &fam) {
  const DataLayout &dl = f.getDataLayout();
  // Wasm addresses used by completed linear-memory accesses.
  DenseMap<Value *, SmallVector<Instruction *, 2>> accesses;
  for (Instruction &inst : instructions(f)) {
    Value *ptr;
    if (auto *load = dyn_cast<LoadInst>(&inst))
      ptr = load->getPointerOperand();
    else if (auto *store = dyn_cast<StoreInst>(&inst))
      ptr = store->getPointerOperand();
    else
      continue;
    if (!w2n::isLinearMemoryAccess(inst))
      continue;
    if (Value *addr = wasmAddress(ptr, dl))
      if (!isa<Constant>(addr))
        accesses[addr].push_back(&inst);
  }
  if (accesses.empty())
    return PreservedAnalyses::all();

  DominatorTree &dt = fam.getResult<DominatorTreeAnalysis>(f);
  bool changed = false;
  for (auto &[addr, insts] : accesses) {
    for (User *user : addr->users()) {
      auto *add = dyn_cast<BinaryOperator>(user);
      if (!add || add->getOpcode() != Instruction::Add ||
          add->hasNoUnsignedWrap() || !add->getType()->isIntegerTy(32))
        continue;
      Value *other = add->getOperand(0) == addr ? add->getOperand(1)
                                                : add->getOperand(0);
      auto *constant = dyn_cast<ConstantInt>(other);
      if (!constant || constant->isZero() ||
          constant->getValue().ugt(kAddressNoWrapLimit))
        continue;
      bool proven = llvm::any_of(insts, [&](Instruction *access) {
        return dt.dominates(access, add);
      });
      if (!proven)
        continue;
      add->setHasNoUnsignedWrap(true);
      ++numNoWrapAdds;
      changed = true;
    }
  }
  return preservedCFGUnless(changed);
}
