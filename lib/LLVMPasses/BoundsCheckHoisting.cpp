//===- BoundsCheckHoisting.cpp - One range check before a loop ------------===//
//
// See Passes.h. For an innermost loop, each explicit bounds check
//
//   %end = <address + offset + size>           (i64)
//   %oob = icmp ugt i64 %end, %memsize          (%memsize loop-invariant)
//   br i1 %oob, label %trap, label %next        (%trap calls w2n_trap)
//
// whose %end is an affine recurrence of the loop without unsigned wrap takes
// its largest value in the first or the last iteration the loop can run (the
// symbolic maximum of its trip count, which only over-approximates). The
// loop is cloned: the preheader compares those largest values with the
// memory sizes once and enters the copy without checks when all accesses
// fit; otherwise it runs the original, which traps exactly where Wasm says.
//
//===----------------------------------------------------------------------===//

#include "w2n/LLVMPasses/Passes.h"

#include "PassUtils.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Statistic.h"
#include "llvm/Analysis/AssumptionCache.h"
#include "llvm/Analysis/LoopInfo.h"
#include "llvm/Analysis/OptimizationRemarkEmitter.h"
#include "llvm/Analysis/ScalarEvolution.h"
#include "llvm/Analysis/ScalarEvolutionExpressions.h"
#include "llvm/IR/Dominators.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/PatternMatch.h"
#include "llvm/Transforms/Utils/BasicBlockUtils.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Utils/Local.h"
#include "llvm/Transforms/Utils/LoopUtils.h"
#include "llvm/Transforms/Utils/ScalarEvolutionExpander.h"
#include "llvm/Transforms/Utils/ValueMapper.h"

#include <optional>

using namespace llvm;
using namespace llvm::PatternMatch;

#define DEBUG_TYPE "w2n-bounds-checks"

STATISTIC(numHoistedChecks, "Bounds checks moved out of loops");
STATISTIC(numVersionedLoops, "Loops given a copy without bounds checks");

namespace {

/// Largest loop body (instructions) worth duplicating.
constexpr unsigned kMaxLoopSize = 1000;

/// One comparison "trap iff end > limit" of a bounds check.
struct Term {
  Value *cond;        ///< the i1 it is computed by
  Value *end;         ///< address + offset + size
  Value *limit;       ///< the memory size (or what it was folded into)
  const SCEV *maxEnd = nullptr; ///< largest `end` over the loop, or null
  /// For a downward i32 address: the fast path also needs
  /// noWrapLow <= noWrapHigh (the address does not go below zero).
  const SCEV *noWrapLow = nullptr, *noWrapHigh = nullptr;
  /// If set, the fast path also needs iterations <= maxIterations.
  std::optional<APInt> maxIterations;
};

/// A conditional branch to an out-of-bounds trap block. SimplifyCFG merges
/// consecutive checks into one branch on an `or` of their comparisons.
struct Check {
  BranchInst *branch;
  unsigned nextSucc; ///< successor taken when the accesses are in bounds
  SmallVector<Term, 2> terms;
};

/// True if `block` is a trap block for out-of-bounds accesses: a call to
/// w2n_trap(inst, W2N_TRAP_MEMORY_OOB = 2) followed by unreachable.
bool isOutOfBoundsTrap(const BasicBlock *block) {
  // Loop simplification gives loops dedicated exit blocks that just branch
  // on to the shared trap block.
  for (unsigned hops = 0; hops < 4 && block->size() == 1; ++hops) {
    const auto *br = dyn_cast<BranchInst>(block->getTerminator());
    if (!br || br->isConditional())
      break;
    block = br->getSuccessor(0);
  }
  if (!isa<UnreachableInst>(block->getTerminator()))
    return false;
  for (const Instruction &inst : *block)
    if (const auto *call = dyn_cast<CallInst>(&inst))
      if (const Function *callee = call->getCalledFunction())
        if (callee->getName() == "w2n_trap" && call->arg_size() == 2)
          if (const auto *kind = dyn_cast<ConstantInt>(call->getArgOperand(1)))
            return kind->equalsInt(2);
  return false;
}

/// Splits `cond` into the operands of a tree of logical ors (ands when
/// `isAnd`): `or i1`, `select i1 a, true, b` (`and i1`, `select a, b, false`).
void flatten(Value *cond, bool isAnd, SmallVectorImpl<Value *> &leaves) {
  Value *a, *b;
  if (isAnd ? match(cond, m_LogicalAnd(m_Value(a), m_Value(b)))
            : match(cond, m_LogicalOr(m_Value(a), m_Value(b)))) {
    flatten(a, isAnd, leaves);
    flatten(b, isAnd, leaves);
    return;
  }
  leaves.push_back(cond);
}

/// Matches a bounds check branch.
bool matchCheck(BranchInst *branch, Check &check) {
  if (!branch->isConditional())
    return false;
  unsigned trapSucc;
  if (isOutOfBoundsTrap(branch->getSuccessor(0)))
    trapSucc = 0;
  else if (isOutOfBoundsTrap(branch->getSuccessor(1)))
    trapSucc = 1;
  else
    return false;
  // Trapping on true: an or of "end > limit"; on false: an and of
  // "end <= limit".
  SmallVector<Value *, 4> leaves;
  flatten(branch->getCondition(), /*isAnd=*/trapSucc == 1, leaves);
  for (Value *leaf : leaves) {
    auto *cmp = dyn_cast<ICmpInst>(leaf);
    if (!cmp)
      return false;
    CmpInst::Predicate pred = cmp->getPredicate();
    if (trapSucc == 1)
      pred = CmpInst::getInversePredicate(pred);
    Value *lhs = cmp->getOperand(0), *rhs = cmp->getOperand(1);
    if (pred == CmpInst::ICMP_ULT)
      std::swap(lhs, rhs);
    else if (pred != CmpInst::ICMP_UGT)
      return false;
    Term &term = check.terms.emplace_back();
    term.cond = leaf;
    term.end = lhs;
    term.limit = rhs;
  }
  check.branch = branch;
  check.nextSucc = 1 - trapSucc;
  return true;
}

/// 2^62: every bound computed below stays under it, so that no 64-bit
/// arithmetic in the range check can overflow.
const APInt kLimit = APInt(64, 1).shl(62);

/// The largest value of `end` over the iterations of `loop` (as a function
/// of `iterations`, the number of backedges taken), or null.
///
/// Either `end` is an i64 affine recurrence without unsigned wrap, or it is
/// `zext(a) + C` with `a` an i32 recurrence {p,+,s} that may wrap: then the
/// bound is that of the 64-bit recurrence {zext(p),+,s} + C, and a range
/// check against a memory size (< 2^32) also proves that `a` did not wrap,
/// so that zext(a) took exactly those values (going down, `a` must also not
/// pass below zero: term.noWrapLow <= term.noWrapHigh). The trip count is
/// an unsigned value that may be huge (a loop `do ... while (++i != n)`
/// entered with n = 0): term.maxIterations caps it at run time, so that
/// the products cannot overflow.
const SCEV *maxOverLoop(Value *end, Loop *loop, ScalarEvolution &se,
                        const SCEV *iterations, Term &term) {
  const SCEV *s = se.getSCEV(end);
  if (se.isLoopInvariant(s, loop))
    return s;
  if (!iterations)
    return nullptr;
  Type *i64 = s->getType();

  if (auto *rec = dyn_cast<SCEVAddRecExpr>(s)) {
    if (rec->getLoop() != loop || !rec->isAffine() ||
        !rec->hasNoUnsignedWrap())
      return nullptr;
    auto *step = dyn_cast<SCEVConstant>(rec->getStepRecurrence(se));
    if (!step)
      return nullptr;
    if (step->getAPInt().isNegative())
      return rec->getStart();
    if (step->getAPInt().isZero())
      return rec->getStart();
    APInt startMax = se.getUnsignedRangeMax(rec->getStart());
    if (startMax.uge(kLimit))
      return nullptr;
    term.maxIterations = (kLimit - startMax).udiv(step->getAPInt());
    const SCEV *last = rec->evaluateAtIteration(iterations, se);
    return isa<SCEVCouldNotCompute>(last) ? nullptr : last;
  }

  // zext(a) + C, or zext(a).
  const SCEV *offset = se.getZero(i64);
  const SCEV *extended = s;
  if (auto *add = dyn_cast<SCEVAddExpr>(s)) {
    if (add->getNumOperands() != 2 || !isa<SCEVConstant>(add->getOperand(0)))
      return nullptr;
    offset = add->getOperand(0);
    extended = add->getOperand(1);
  }
  auto *ext = dyn_cast<SCEVZeroExtendExpr>(extended);
  if (!ext)
    return nullptr;
  auto *rec = dyn_cast<SCEVAddRecExpr>(ext->getOperand());
  if (!rec || rec->getLoop() != loop || !rec->isAffine() ||
      se.getTypeSizeInBits(rec->getType()) != 32)
    return nullptr;
  auto *step = dyn_cast<SCEVConstant>(rec->getStepRecurrence(se));
  if (!step || step->getAPInt().isZero())
    return nullptr;
  const APInt &c = cast<SCEVConstant>(offset)->getAPInt();
  if (c.isNegative() || c.getActiveBits() > 32)
    return nullptr;
  const SCEV *start = se.getZeroExtendExpr(rec->getStart(), i64);
  if (step->getAPInt().isNegative()) {
    // Downward: the largest address is the first, provided that
    // |step| * iterations <= zext(p), i.e. the address never wraps below
    // zero (where zext(a) would become huge).
    APInt down = (-step->getAPInt()).zext(64);
    term.maxIterations = kLimit.udiv(down);
    term.noWrapLow = se.getMulExpr(se.getConstant(down), iterations);
    term.noWrapHigh = start;
    return se.getAddExpr(start, offset);
  }
  // zext(p) < 2^32 and C < 2^32: zext(p) + step * iterations + C < 2^63.
  term.maxIterations = kLimit.udiv(step->getAPInt().zext(64));
  const SCEV *stepWide = se.getZeroExtendExpr(step, i64);
  SmallVector<const SCEV *, 3> terms{
      start, se.getMulExpr(stepWide, iterations), offset};
  return se.getAddExpr(terms);
}

/// Versions `loop` on the checks; returns true if it did.
bool hoist(Loop *loop, LoopInfo &loopInfo, DominatorTree &dt,
           ScalarEvolution &se, OptimizationRemarkEmitter &ore) {
  BasicBlock *preheader = loop->getLoopPreheader();
  if (!preheader)
    return false;
  unsigned size = 0;
  SmallVector<Check, 8> checks;
  for (BasicBlock *block : loop->blocks()) {
    size += block->size();
    if (auto *branch = dyn_cast<BranchInst>(block->getTerminator())) {
      Check check;
      if (matchCheck(branch, check))
        checks.push_back(check);
    }
    for (Instruction &inst : *block)
      if (isa<CallBase>(inst) && !isa<IntrinsicInst>(inst))
        return false; // a call may grow memory or never return
  }
  if (checks.empty() || size > kMaxLoopSize)
    return false;

  // Bound the iterations by the loop's own exits only: leaving through a
  // trap can only make the loop shorter.
  SmallVector<const SCEV *, 4> exitCounts;
  SmallVector<BasicBlock *, 4> exiting;
  loop->getExitingBlocks(exiting);
  for (BasicBlock *block : exiting) {
    bool toTrapOnly = llvm::all_of(successors(block), [&](BasicBlock *succ) {
      return loop->contains(succ) || isOutOfBoundsTrap(succ);
    });
    if (toTrapOnly)
      continue;
    const SCEV *count =
        se.getExitCount(loop, block, ScalarEvolution::SymbolicMaximum);
    if (!isa<SCEVCouldNotCompute>(count))
      exitCounts.push_back(count);
  }
  const SCEV *iterations = nullptr;
  if (!exitCounts.empty()) {
    const SCEV *count = se.getUMinFromMismatchedTypes(exitCounts);
    if (se.getTypeSizeInBits(count->getType()) <= 64)
      iterations =
          se.getNoopOrZeroExtend(count, Type::getInt64Ty(preheader->getContext()));
  }
  SCEVExpander expander(se, "w2n.bc");
  unsigned hoistable = 0, total = 0;
  for (Check &check : checks)
    for (Term &term : check.terms) {
      ++total;
      if (!loop->isLoopInvariant(term.limit))
        continue;
      const SCEV *maxEnd =
          maxOverLoop(term.end, loop, se, iterations, term);
      Instruction *at = preheader->getTerminator();
      if (maxEnd && expander.isSafeToExpandAt(maxEnd, at) &&
          (!term.maxIterations || expander.isSafeToExpandAt(iterations, at)) &&
          (!term.noWrapLow || (expander.isSafeToExpandAt(term.noWrapLow, at) &&
                               expander.isSafeToExpandAt(term.noWrapHigh, at))))
        term.maxEnd = maxEnd, ++hoistable;
    }
  if (hoistable == 0) {
    ore.emit([&] {
      return OptimizationRemarkMissed(DEBUG_TYPE, "NotHoisted",
                                      loop->getStartLoc(), loop->getHeader())
             << "kept " << ore::NV("Checks", total)
             << " bounds checks in a loop: no access address is an affine "
                "function of the iteration with a computable bound";
    });
    return false;
  }

  // The single range check: every hoisted access fits in its memory, and
  // the trip count is below the smallest cap any of them needs.
  Instruction *at = preheader->getTerminator();
  IRBuilder<> builder(at);
  Value *fits = nullptr;
  std::optional<APInt> countCap;
  for (Check &check : checks)
    for (Term &term : check.terms) {
      if (!term.maxEnd)
        continue;
      Type *i64 = term.end->getType();
      Value *maxEnd = expander.expandCodeFor(term.maxEnd, i64, at);
      Value *ok = builder.CreateICmpULE(maxEnd, term.limit, "w2n.bc.fits");
      fits = fits ? builder.CreateAnd(fits, ok) : ok;
      if (term.maxIterations && (!countCap || term.maxIterations->ult(*countCap)))
        countCap = term.maxIterations;
      if (term.noWrapLow) {
        Value *low = expander.expandCodeFor(term.noWrapLow, i64, at);
        Value *high = expander.expandCodeFor(term.noWrapHigh, i64, at);
        fits = builder.CreateAnd(
            fits, builder.CreateICmpULE(low, high, "w2n.bc.nowrap"));
      }
    }
  if (countCap) {
    Value *count = expander.expandCodeFor(iterations, builder.getInt64Ty(), at);
    fits = builder.CreateAnd(
        fits, builder.CreateICmpULE(
                  count, ConstantInt::get(count->getType(), *countCap),
                  "w2n.bc.count"));
  }

  // Clone the loop with its preheader; the clone keeps every check.
  BasicBlock *checkBlock = preheader;
  BasicBlock *newPreheader =
      SplitBlock(checkBlock, checkBlock->getTerminator(), &dt, &loopInfo,
                 nullptr, loop->getHeader()->getName() + ".ph");
  ValueToValueMapTy vmap;
  SmallVector<BasicBlock *, 16> cloneBlocks;
  Loop *checked = cloneLoopWithPreheader(newPreheader, checkBlock, loop, vmap,
                                         ".w2n.checked", &loopInfo, &dt,
                                         cloneBlocks);
  remapInstructionsInBlocks(cloneBlocks, vmap);
  // Exit blocks gain the clone's exiting blocks as predecessors.
  SmallVector<BasicBlock *, 4> exits;
  loop->getUniqueExitBlocks(exits);
  for (BasicBlock *exit : exits)
    for (PHINode &phi : exit->phis())
      for (unsigned i = 0, e = phi.getNumIncomingValues(); i != e; ++i) {
        BasicBlock *pred = phi.getIncomingBlock(i);
        if (!loop->contains(pred))
          continue;
        Value *value = phi.getIncomingValue(i);
        if (Value *mapped = vmap.lookup(value))
          value = mapped;
        phi.addIncoming(value, cast<BasicBlock>(vmap[pred]));
      }
  Instruction *oldTerm = checkBlock->getTerminator();
  BranchInst::Create(newPreheader, checked->getLoopPreheader(), fits,
                     oldTerm->getIterator());
  oldTerm->eraseFromParent();

  // In the original (now the unchecked copy), drop the hoisted checks.
  for (Check &check : checks) {
    // The comparisons left: trapping on true, an or of them; on false, an
    // and of their negations.
    bool trapOnTrue = check.nextSucc == 1;
    IRBuilder<> b(check.branch);
    Value *rest = nullptr;
    for (Term &term : check.terms)
      if (!term.maxEnd)
        rest = !rest ? term.cond
               : trapOnTrue ? b.CreateOr(rest, term.cond)
                            : b.CreateAnd(rest, term.cond);
    if (rest) {
      check.branch->setCondition(rest);
      continue;
    }
    BasicBlock *next = check.branch->getSuccessor(check.nextSucc);
    BasicBlock *trap = check.branch->getSuccessor(1 - check.nextSucc);
    Value *cond = check.branch->getCondition();
    trap->removePredecessor(check.branch->getParent());
    BranchInst::Create(next, check.branch->getIterator());
    check.branch->eraseFromParent();
    RecursivelyDeleteTriviallyDeadInstructions(cond);
  }
  addStringMetadataToLoop(checked, "llvm.loop.unroll.disable");
  dt.recalculate(*checkBlock->getParent());
  se.forgetLoop(loop);

  numHoistedChecks += hoistable;
  ++numVersionedLoops;
  ore.emit([&] {
    return OptimizationRemark(DEBUG_TYPE, "Hoisted", loop->getStartLoc(),
                              loop->getHeader())
           << "moved " << ore::NV("Hoisted", hoistable) << " of "
           << ore::NV("Checks", total)
           << " bounds checks out of a loop: one range check before it "
              "selects a copy without them";
  });
  return true;
}

} // namespace

PreservedAnalyses w2n::BoundsCheckHoistingPass::run(Function &f,
                                                    FunctionAnalysisManager &fam) {
  auto &loopInfo = fam.getResult<LoopAnalysis>(f);
  if (loopInfo.empty())
    return PreservedAnalyses::all();
  auto &dt = fam.getResult<DominatorTreeAnalysis>(f);
  auto &se = fam.getResult<ScalarEvolutionAnalysis>(f);
  auto &ac = fam.getResult<AssumptionAnalysis>(f);
  auto &ore = fam.getResult<OptimizationRemarkEmitterAnalysis>(f);


  bool changed = false;
  for (Loop *loop : innermostLoops(loopInfo)) {
    changed |= simplifyLoop(loop, &dt, &loopInfo, &se, &ac, nullptr, false);
    changed |= formLCSSARecursively(*loop, dt, &loopInfo, &se);
    changed |= hoist(loop, loopInfo, dt, se, ore);
  }
  if (!changed)
    return PreservedAnalyses::all();
  return PreservedAnalyses::none();
}
