//===- ExpandFloatMinMax.cpp - llvm.minimum/maximum as selects for ARM ----===//
//
// See Passes.h.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "PassUtils.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"

using namespace llvm;

namespace {

/// IEEE 754-2019 minimum/maximum, as Wasm's f64.min/max want them: NaN if
/// either operand is NaN, otherwise the smaller (larger) value, with -0
/// below +0 (for equal operands, or-ing the bits gives min(-0, +0) = -0,
/// and-ing them max(-0, +0) = +0).
Value *expand(IRBuilder<> &b, Intrinsic::ID id, Value *x, Value *y) {
  bool isMin = id == Intrinsic::minimum;
  Type *type = x->getType();
  Type *intType = type->getWithNewType(
      b.getIntNTy(type->getScalarSizeInBits()));
  Value *xi = b.CreateBitCast(x, intType), *yi = b.CreateBitCast(y, intType);
  Value *equal = b.CreateBitCast(isMin ? b.CreateOr(xi, yi)
                                       : b.CreateAnd(xi, yi),
                                 type);
  Value *xFirst = isMin ? b.CreateFCmpOLT(x, y) : b.CreateFCmpOGT(x, y);
  Value *yFirst = isMin ? b.CreateFCmpOLT(y, x) : b.CreateFCmpOGT(y, x);
  Value *r = b.CreateSelect(yFirst, y, equal);
  r = b.CreateSelect(xFirst, x, r);
  // Unordered: a NaN, quieted by the addition.
  return b.CreateSelect(b.CreateFCmpUNO(x, y), b.CreateFAdd(x, y), r);
}

} // namespace

PreservedAnalyses w2n::ExpandFloatMinMaxPass::run(Function &f,
                                                  FunctionAnalysisManager &) {
  if (!f.getParent()->getTargetTriple().isARM())
    return PreservedAnalyses::all();
  SmallVector<IntrinsicInst *, 8> calls;
  for (Instruction &inst : instructions(f))
    if (auto *call = dyn_cast<IntrinsicInst>(&inst))
      if ((call->getIntrinsicID() == Intrinsic::minimum ||
           call->getIntrinsicID() == Intrinsic::maximum) &&
          call->getType()->getScalarType()->isDoubleTy())
        calls.push_back(call);
  for (IntrinsicInst *call : calls) {
    IRBuilder<> b(call);
    call->replaceAllUsesWith(expand(b, call->getIntrinsicID(),
                                    call->getArgOperand(0),
                                    call->getArgOperand(1)));
    call->eraseFromParent();
  }
  return preservedCFGUnless(!calls.empty());
}
