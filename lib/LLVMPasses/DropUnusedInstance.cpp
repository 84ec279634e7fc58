//===- DropUnusedInstance.cpp - Drop the instance argument where unused ---===//
//
// See Passes.h.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/IR/Attributes.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"

using namespace llvm;

#define DEBUG_TYPE "w2n-drop-unused-instance"

STATISTIC(numDropped, "Wasm functions whose body no longer takes the instance");

namespace {

/// A function body generated for a Wasm function: `<prefix>f<index>`, local
/// linkage, the instance as its first (pointer) parameter.
bool isWasmBody(const Function &f) {
  if (!f.hasLocalLinkage() || f.isDeclaration() || f.isVarArg() ||
      f.arg_empty() || !f.getArg(0)->getType()->isPointerTy())
    return false;
  StringRef name = f.getName();
  size_t digits = name.size();
  while (digits > 0 && isDigit(name[digits - 1]))
    --digits;
  return digits < name.size() && digits > 0 && name[digits - 1] == 'f';
}

/// The direct call `user` makes to a Wasm body, passing `arg` as the
/// instance only; null otherwise.
CallInst *instanceOnlyCall(User *user, Value *arg,
                           const DenseMap<Function *, bool> &dead) {
  auto *call = dyn_cast<CallInst>(user);
  if (!call)
    return nullptr;
  Function *callee = call->getCalledFunction();
  if (!callee || !dead.count(callee) || call->getArgOperand(0) != arg)
    return nullptr;
  for (unsigned i = 1; i < call->arg_size(); ++i)
    if (call->getArgOperand(i) == arg)
      return nullptr;
  return call;
}

/// `attrs` without those of the first parameter (of `numParams`).
AttributeList dropFirstParam(LLVMContext &ctx, AttributeList attrs,
                             unsigned numParams) {
  SmallVector<AttributeSet, 8> params;
  for (unsigned i = 1; i < numParams; ++i)
    params.push_back(attrs.getParamAttrs(i));
  return AttributeList::get(ctx, attrs.getFnAttrs(), attrs.getRetAttrs(),
                            params);
}

} // namespace

PreservedAnalyses w2n::DropUnusedInstancePass::run(Module &m,
                                                   ModuleAnalysisManager &) {
  // dead[f]: f's instance argument is only ever passed on as the instance
  // of direct calls to functions whose instance is dead too (a fixpoint).
  DenseMap<Function *, bool> dead;
  for (Function &f : m)
    if (isWasmBody(f))
      dead[&f] = true;
  bool again = true;
  while (again) {
    again = false;
    for (auto &[f, isDead] : dead) {
      if (!isDead)
        continue;
      Argument *inst = f->getArg(0);
      for (User *user : inst->users()) {
        CallInst *call = instanceOnlyCall(user, inst, dead);
        if (!call || !dead.lookup(call->getCalledFunction())) {
          isDead = false;
          again = true;
          break;
        }
      }
    }
  }

  // For each such f: the body moves to f.noinst (without the argument),
  // placed right after f so that code addresses still map to the right
  // function (w2n_trap_location), and f becomes a wrapper that calls it:
  // function objects, exports and tables keep the full signature.
  DenseMap<Function *, Function *> replacement;
  for (auto &[f, isDead] : dead) {
    if (!isDead)
      continue;
    FunctionType *type = f->getFunctionType();
    auto *newType = FunctionType::get(type->getReturnType(),
                                      type->params().drop_front(), false);
    Function *nf = Function::Create(newType, f->getLinkage(),
                                    f->getAddressSpace(),
                                    f->getName() + ".noinst");
    m.getFunctionList().insertAfter(f->getIterator(), nf);
    nf->copyAttributesFrom(f);
    nf->setAttributes(
        dropFirstParam(m.getContext(), f->getAttributes(), f->arg_size()));
    nf->splice(nf->begin(), f);
    for (unsigned i = 1; i < f->arg_size(); ++i) {
      f->getArg(i)->replaceAllUsesWith(nf->getArg(i - 1));
      nf->getArg(i - 1)->takeName(f->getArg(i));
    }
    replacement[f] = nf;
  }
  if (replacement.empty())
    return PreservedAnalyses::all();

  // Direct calls go straight to the new bodies. (Inside them the instance
  // argument was `f`'s; its remaining uses are exactly these calls.)
  for (auto &[f, nf] : replacement) {
    SmallVector<CallInst *, 8> calls;
    for (User *user : f->users())
      if (auto *call = dyn_cast<CallInst>(user))
        if (call->getCalledFunction() == f)
          calls.push_back(call);
    for (CallInst *call : calls) {
      SmallVector<Value *, 8> args(drop_begin(call->args()));
      auto *direct = CallInst::Create(nf, args, "", call->getIterator());
      direct->setCallingConv(call->getCallingConv());
      direct->setTailCallKind(call->getTailCallKind());
      direct->setDebugLoc(call->getDebugLoc());
      direct->setAttributes(dropFirstParam(
          m.getContext(), call->getAttributes(), call->arg_size()));
      direct->takeName(call);
      call->replaceAllUsesWith(direct);
      call->eraseFromParent();
    }
  }

  // The wrappers.
  for (auto &[f, nf] : replacement) {
    BasicBlock *entry = BasicBlock::Create(m.getContext(), "", f);
    IRBuilder<> b(entry);
    SmallVector<Value *, 8> args;
    for (unsigned i = 1; i < f->arg_size(); ++i)
      args.push_back(f->getArg(i));
    CallInst *call = b.CreateCall(nf, args);
    // Keep the body out of the wrapper: one copy of the code.
    call->addFnAttr(Attribute::NoInline);
    if (f->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(call);
    ++numDropped;
  }
  return PreservedAnalyses::none();
}
