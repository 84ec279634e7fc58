//===- WasmToStd.cpp - wasm function bodies to func/arith/math/cf/llvm ----===//
//
//   wasm.func  ──►  func.func @f(%inst: !llvm.ptr, params...) -> results
//   block/loop/if/br*  ──►  cf.br / cf.cond_br / cf.switch between blocks
//   locals  ──►  llvm.alloca slots (promoted by LLVM's SROA/mem2reg)
//   numeric ops  ──►  arith / math, with explicit trap guards
//   memory, globals, tables, calls through imports  ──►  llvm ops on the
//                     instance (runtime/include/w2n/abi.h) and runtime calls
//
// The lowering walks each body in order instead of using pattern rewrites:
// Wasm's structured control flow maps onto blocks most directly when the
// enclosing labels are known, which a recursive walk provides.
//
//===----------------------------------------------------------------------===//

#include "w2n/Conversion/Passes.h"

#include "Wasm/WasmOps.h"
#include "w2n/abi.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/TypeSwitch.h"

namespace w2n {
#define GEN_PASS_DEF_CONVERTWASMTOSTD
#include "w2n/Conversion/Passes.h.inc"
} // namespace w2n

using namespace mlir;
using namespace w2n;
namespace wd = w2n::wasm;

namespace {

/// Indices of the module's definitions in their index spaces, and the
/// runtime functions declared so far.
struct ModuleInfo {
  DenseMap<StringAttr, unsigned> funcIndex, globalIndex, tableIndex,
      elemIndex, dataIndex;
  DenseMap<StringAttr, Type> globalType;
  DenseSet<StringAttr> importedFuncs;
  /// New names of defined functions: <prefix>f<index>.
  DenseMap<StringAttr, std::string> funcNewName;
  /// The module's function types, deduplicated, in first-use order.
  SmallVector<FunctionType> types;
  DenseMap<FunctionType, unsigned> typeIndex;

  unsigned getTypeIndex(FunctionType t) {
    auto [it, inserted] = typeIndex.try_emplace(t, types.size());
    if (inserted)
      types.push_back(t);
    return it->second;
  }
};

/// A branch target: where `br` to this label goes.
struct Label {
  Block *target;
};

class BodyLowering {
public:
  BodyLowering(ModuleOp module, ModuleInfo &info, bool explicitChecks,
               bool stackCheck)
      : module(module), info(info), b(module.getContext()),
        explicitChecks(explicitChecks), stackCheck(stackCheck) {
    ptrTy = LLVM::LLVMPointerType::get(module.getContext());
  }

  LogicalResult lower(wd::FuncOp src, func::FuncOp dst);
  /// Starts lowering straight-line code into `fn` (the init function).
  void beginInit(func::FuncOp fn);
  /// Lowers a constant-expression region at the insertion point and returns
  /// the values it yields.
  FailureOr<SmallVector<Value>> lowerConstExpr(Region &region);
  OpBuilder &builder() { return b; }
  Value instance() { return inst; }
  Value callRuntime(Location loc, StringRef name, Type result,
                    ArrayRef<Value> args, bool noReturn = false);
  Value constInt(Location loc, Type t, int64_t v) {
    return arith::ConstantOp::create(b, loc, b.getIntegerAttr(t, v));
  }
  Value slotArrayElement(Location loc, unsigned slot, unsigned index);
  Type convertType(Type t);
  /// Calls a function object's code with its own instance.
  /// The function object call_indirect calls: read inline from the table
  /// when the element is in range, set, of the expected type and of this
  /// instance; anything else (traps, calls into other instances) goes
  /// through w2n_call_indirect_target.
  Value callIndirectTarget(Location loc, unsigned table, Value index,
                           unsigned typeIdx);
  SmallVector<Value> callFuncObject(Location loc, Value funcObj,
                                    ValueRange args, TypeRange results);

private:
  // Helpers.
  Value constFloat(Location loc, Type t, double v) {
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(t, v));
  }
  Value i32Bool(Location loc, Value i1) {
    return arith::ExtUIOp::create(b, loc, b.getI32Type(), i1);
  }
  Value isNonZero(Location loc, Value v) {
    return arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ne, v,
                                 constInt(loc, v.getType(), 0));
  }
  Value lookup(Value v) { return map.lookup(v); }
  SmallVector<Value> lookup(ValueRange vs) {
    SmallVector<Value> out;
    for (Value v : vs)
      out.push_back(map.lookup(v));
    return out;
  }
  /// A new block at the end of the function, taking values of the given
  /// (wasm or already converted) types.
  Block *newBlock(TypeRange types, Location loc) {
    SmallVector<Location> locs(types.size(), loc);
    SmallVector<Type> converted;
    for (Type t : types)
      converted.push_back(convertType(t));
    OpBuilder::InsertionGuard g(b);
    return b.createBlock(&dst.getBody(), dst.getBody().end(), converted,
                         locs);
  }
  LLVM::LLVMFuncOp runtimeFunc(StringRef name, Type result,
                               ArrayRef<Type> params, bool noReturn = false);
  /// Loads slot `slot` of the instance header.
  Value loadSlot(Location loc, unsigned slot, Type type);
  Value i32Const(Location loc, int64_t v) {
    return constInt(loc, b.getI32Type(), v);
  }
  unsigned tableIdx(FlatSymbolRefAttr sym) {
    return info.tableIndex.lookup(sym.getAttr());
  }
  /// Branches to a trap of `kind` when `cond` is true.
  void trapIf(Location loc, Value cond, w2n_trap_kind kind);
  Block *trapBlock(w2n_trap_kind kind, Location loc);
  /// Effective address as a pointer into linear memory, after the bounds
  /// check of the configured strategy.
  Value memoryAddress(Location loc, Value addr, uint64_t offset,
                      uint64_t size);
  void branchTo(Location loc, uint32_t depth, ValueRange values);

  LogicalResult lowerBlock(Block &block);
  LogicalResult lowerOp(Operation *op);
  LogicalResult lowerNumeric(Operation *op);
  /// SIMD128 (`wasm.simd`); v128 values are vector<16xi8>, each op
  /// bitcasts to its lane shape. Unsupported opcodes fail cleanly.
  LogicalResult lowerSimd(Operation *op);
  /// Quiets a signalling NaN (llvm.canonicalize): Wasm requires arithmetic
  /// results to be quiet NaNs, and LLVM may fold an operation away (x*1,
  /// x-0, demote(promote x)) and pass a signalling NaN through.
  Value quietNaN(Location loc, Value v);
  /// Whether `v` is a constant LLVM could fold an arithmetic op with
  /// (±0, ±1) into one of its operands or a negation.
  static bool isFoldableIdentity(Value v);
  LogicalResult lowerDivRem(Operation *op);
  LogicalResult lowerTrunc(Operation *op, bool isSigned, bool saturating);
  LogicalResult lowerCall(Operation *op, StringAttr callee, ValueRange args,
                          TypeRange results);

  /// Type-based alias tags: linear memory, the instance's runtime state and
  /// global cells never alias each other, so stores to linear memory do not
  /// force LLVM to reload the memory base, size or globals.
  ArrayAttr tbaaTag(StringRef name);
  template <typename OpT> OpT tag(OpT op, StringRef name) {
    op.setTbaaAttr(tbaaTag(name));
    return op;
  }

  ModuleOp module;
  ModuleInfo &info;
  OpBuilder b;
  bool explicitChecks, stackCheck;
  /// Whether the function being lowered calls code outside Wasm (an
  /// import, call_indirect, a runtime function that may take a lock): with
  /// guard pages only such functions need the entry stack check.
  bool callsOutside = false;
  Type ptrTy;
  llvm::StringMap<ArrayAttr> tbaaTags;

  func::FuncOp dst;
  Value inst;
  IRMapping map;
  SmallVector<Value> localSlots;
  SmallVector<Type> localTypes;
  SmallVector<Label> labels;
  /// Where falling off the end of each block/loop/if region goes.
  DenseMap<Operation *, Block *> continuations;
  DenseMap<unsigned, Block *> trapBlocks;
};

} // namespace

ArrayAttr BodyLowering::tbaaTag(StringRef name) {
  ArrayAttr &attr = tbaaTags[name];
  if (!attr) {
    MLIRContext *ctx = b.getContext();
    auto root = LLVM::TBAARootAttr::get(ctx, b.getStringAttr("wasm2native"));
    auto desc = LLVM::TBAATypeDescriptorAttr::get(
        ctx, name, {LLVM::TBAAMemberAttr::get(root, 0)});
    attr = b.getArrayAttr({LLVM::TBAATagAttr::get(desc, desc, 0)});
  }
  return attr;
}

Type BodyLowering::convertType(Type t) {
  if (isa<wd::FuncRefType, wd::ExternRefType>(t))
    return ptrTy;
  if (isa<wd::V128Type>(t))
    return VectorType::get({16}, b.getI8Type());
  return t;
}

LLVM::LLVMFuncOp BodyLowering::runtimeFunc(StringRef name, Type result,
                                           ArrayRef<Type> params,
                                           bool noReturn) {
  if (auto f = module.lookupSymbol<LLVM::LLVMFuncOp>(name))
    return f;
  OpBuilder::InsertionGuard g(b);
  b.setInsertionPointToEnd(module.getBody());
  Type ret = result ? result : LLVM::LLVMVoidType::get(b.getContext());
  auto f = LLVM::LLVMFuncOp::create(b, module.getLoc(), name,
                                    LLVM::LLVMFunctionType::get(ret, params));
  if (noReturn)
    f->setAttr("passthrough", b.getArrayAttr({b.getStringAttr("noreturn"),
                                              b.getStringAttr("cold")}));
  return f;
}

Value BodyLowering::callRuntime(Location loc, StringRef name, Type result,
                                ArrayRef<Value> args, bool noReturn) {
  SmallVector<Type> params;
  for (Value a : args)
    params.push_back(a.getType());
  LLVM::LLVMFuncOp f = runtimeFunc(name, result, params, noReturn);
  // w2n_trap unwinds at once and w2n_call_indirect_target takes no lock:
  // a stack overflow fault inside either can be unwound like one in Wasm.
  if (name != "w2n_trap" && name != "w2n_call_indirect_target")
    callsOutside = true;
  auto call = LLVM::CallOp::create(b, loc, f, args);
  return result ? call.getResult() : Value();
}

Value BodyLowering::loadSlot(Location loc, unsigned slot, Type type) {
  Value addr = LLVM::GEPOp::create(b, loc, ptrTy, b.getI8Type(), inst,
                                   ArrayRef<LLVM::GEPArg>{int32_t(slot * 8)});
  return tag(LLVM::LoadOp::create(b, loc, type, addr, /*alignment=*/8),
             "wasm instance");
}

Value BodyLowering::slotArrayElement(Location loc, unsigned slot,
                                     unsigned index) {
  Value array = loadSlot(loc, slot, ptrTy);
  Value elemAddr = LLVM::GEPOp::create(b, loc, ptrTy, ptrTy, array,
                                       ArrayRef<LLVM::GEPArg>{int32_t(index)});
  return tag(LLVM::LoadOp::create(b, loc, ptrTy, elemAddr, /*alignment=*/8),
             "wasm instance");
}

Block *BodyLowering::trapBlock(w2n_trap_kind kind, Location loc) {
  auto it = trapBlocks.find(kind);
  if (it != trapBlocks.end())
    return it->second;
  Block *blk = newBlock({}, loc);
  OpBuilder::InsertionGuard g(b);
  b.setInsertionPointToEnd(blk);
  callRuntime(loc, "w2n_trap", Type(),
              {inst, constInt(loc, b.getI32Type(), kind)}, /*noReturn=*/true);
  LLVM::UnreachableOp::create(b, loc);
  trapBlocks[kind] = blk;
  return blk;
}

void BodyLowering::trapIf(Location loc, Value cond, w2n_trap_kind kind) {
  Block *trap = trapBlock(kind, loc);
  Block *next = newBlock({}, loc);
  cf::CondBranchOp::create(b, loc, cond, trap, ValueRange(), next,
                           ValueRange());
  b.setInsertionPointToEnd(next);
}

Value BodyLowering::memoryAddress(Location loc, Value addr, uint64_t offset,
                                  uint64_t size) {
  Type i64 = b.getI64Type();
  Value ea = arith::ExtUIOp::create(b, loc, i64, addr);
  if (offset)
    ea = arith::AddIOp::create(b, loc, ea, constInt(loc, i64, offset));
  if (explicitChecks) {
    // addr < 2^32 and offset < 2^32, so ea + size cannot wrap in 64 bits.
    Value end = arith::AddIOp::create(b, loc, ea, constInt(loc, i64, size));
    Value memSize = loadSlot(loc, W2N_SLOT_MEM_SIZE, i64);
    Value oob = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ugt, end,
                                      memSize);
    trapIf(loc, oob, W2N_TRAP_MEMORY_OOB);
  }
  Value base = loadSlot(loc, W2N_SLOT_MEM_BASE, ptrTy);
  // base + ea, with ea < 2^33, cannot wrap as an unsigned or a signed
  // addition: the flags let LLVM's loop access analysis compute strides and
  // dependence distances between accesses to linear memory.
  return LLVM::GEPOp::create(b, loc, ptrTy, b.getI8Type(), base,
                             ArrayRef<LLVM::GEPArg>{ea},
                             LLVM::GEPNoWrapFlags::nusw |
                                 LLVM::GEPNoWrapFlags::nuw);
}

void BodyLowering::branchTo(Location loc, uint32_t depth, ValueRange values) {
  if (depth == labels.size()) {
    func::ReturnOp::create(b, loc, values);
    return;
  }
  cf::BranchOp::create(b, loc, labels[labels.size() - 1 - depth].target,
                       values);
}

LogicalResult BodyLowering::lower(wd::FuncOp src, func::FuncOp fn) {
  dst = fn;
  map.clear();
  labels.clear();
  continuations.clear();
  trapBlocks.clear();
  localSlots.clear();
  localTypes.clear();

  Location loc = src.getLoc();
  Block *entry = &fn.getBody().front();
  b.setInsertionPointToStart(entry);
  inst = entry->getArgument(0);

  callsOutside = false;
  SmallVector<Operation *, 5> checkOps;
  if (stackCheck) {
    // The native stack grows down; below the instance's limit the next call
    // could overflow it, so trap first.
    auto sp = LLVM::StackSaveOp::create(b, loc, ptrTy);
    auto spInt = LLVM::PtrToIntOp::create(b, loc, b.getI64Type(), sp);
    Value limit = loadSlot(loc, W2N_SLOT_STACK_LIMIT, b.getI64Type());
    auto below = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                       spInt, limit);
    trapIf(loc, below, W2N_TRAP_STACK_EXHAUSTED);
    checkOps = {entry->getTerminator(), below, limit.getDefiningOp(),
                limit.getDefiningOp()->getOperand(0).getDefiningOp(), spInt,
                sp};
  }

  // Locals live in stack slots: parameters are stored on entry, declared
  // locals start at zero.
  unsigned numParams = src.getFunctionType().getNumInputs();
  for (unsigned i = 0, e = src.getNumLocalsAndParams(); i < e; ++i) {
    Type t = convertType(src.getLocalType(i));
    Value slot;
    {
      OpBuilder::InsertionGuard g(b);
      b.setInsertionPointToStart(entry);
      Value c1 = LLVM::ConstantOp::create(b, loc, b.getI64Type(),
                                          b.getI64IntegerAttr(1));
      slot = LLVM::AllocaOp::create(b, loc, ptrTy, t, c1);
    }
    Value init;
    if (i < numParams)
      init = entry->getArgument(1 + i);
    else if (isa<LLVM::LLVMPointerType>(t))
      init = LLVM::ZeroOp::create(b, loc, t);
    else
      init = arith::ConstantOp::create(b, loc, b.getZeroAttr(t));
    LLVM::StoreOp::create(b, loc, init, slot);
    localSlots.push_back(slot);
    localTypes.push_back(t);
  }
  if (failed(lowerBlock(src.getBody().front())))
    return failure();
  // With guard pages, a function that stays inside Wasm needs no check: if
  // it overflows the stack, it faults on the guard page below the stack and
  // the runtime's fault handler reports `call stack exhausted` (the fault
  // cannot interrupt host code holding a lock). Functions that call out
  // keep the check, so that host code always has the margin below the limit.
  if (!checkOps.empty() && !explicitChecks && !callsOutside) {
    auto branch = cast<cf::CondBranchOp>(checkOps[0]);
    OpBuilder::InsertionGuard g(b);
    b.setInsertionPoint(branch);
    // The check was also the function's one observable effect when it has
    // no other: LLVM would infer memory(none), and its code generator drops
    // calls to such functions whose results are unused, so that infinite
    // recursion "returns". llvm.sideeffect keeps every call (and emits no
    // code).
    LLVM::CallIntrinsicOp::create(b, branch.getLoc(),
                                  b.getStringAttr("llvm.sideeffect"),
                                  ValueRange());
    cf::BranchOp::create(b, branch.getLoc(), branch.getFalseDest());
    for (Operation *op : checkOps)
      op->erase();
  }
  // Labels nobody branches to leave blocks without predecessors; the LLVM
  // conversions skip unreachable blocks, so drop them here.
  IRRewriter rewriter(b.getContext());
  (void)eraseUnreachableBlocks(rewriter, fn->getRegions());
  return success();
}

LogicalResult BodyLowering::lowerBlock(Block &block) {
  for (Operation &op : block)
    if (failed(lowerOp(&op)))
      return failure();
  return success();
}

Value BodyLowering::callIndirectTarget(Location loc, unsigned table,
                                       Value index, unsigned typeIdx) {
  Type i32 = b.getI32Type(), i64 = b.getI64Type();
  auto load = [&](Type type, Value base, int32_t offset, unsigned align) {
    Value addr = offset ? LLVM::GEPOp::create(b, loc, ptrTy, b.getI8Type(),
                                              base,
                                              ArrayRef<LLVM::GEPArg>{offset})
                              .getResult()
                        : base;
    return tag(LLVM::LoadOp::create(b, loc, type, addr, align),
               "wasm table");
  };
  Block *slow = newBlock({}, loc);
  Block *join = newBlock({ptrTy}, loc);
  Block *present = newBlock({}, loc);
  Block *set = newBlock({}, loc);

  Value tablePtr = slotArrayElement(loc, W2N_SLOT_TABLES, table);
  Value size = load(i64, tablePtr, W2N_TABLE_SIZE_OFFSET, 8);
  Value index64 = arith::ExtUIOp::create(b, loc, i64, index);
  Value inRange = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                        index64, size);
  cf::CondBranchOp::create(b, loc, inRange, present, ValueRange(), slow,
                           ValueRange());

  b.setInsertionPointToEnd(present);
  Value elems = load(ptrTy, tablePtr, W2N_TABLE_ELEMS_OFFSET, 8);
  Value slot = LLVM::GEPOp::create(b, loc, ptrTy, ptrTy, elems,
                                   ArrayRef<LLVM::GEPArg>{index64});
  Value func = load(ptrTy, slot, 0, 8);
  Value null = LLVM::ZeroOp::create(b, loc, ptrTy);
  Value isSet = LLVM::ICmpOp::create(b, loc, LLVM::ICmpPredicate::ne, func,
                                     null);
  cf::CondBranchOp::create(b, loc, isSet, set, ValueRange(), slow,
                           ValueRange());

  b.setInsertionPointToEnd(set);
  Value typeIds = loadSlot(loc, W2N_SLOT_TYPE_IDS, ptrTy);
  Value expectedAddr =
      LLVM::GEPOp::create(b, loc, ptrTy, i32, typeIds,
                          ArrayRef<LLVM::GEPArg>{int32_t(typeIdx)});
  Value expected = load(i32, expectedAddr, 0, 4);
  Value actual = load(i32, func, W2N_FUNC_TYPE_OFFSET, 4);
  Value funcInst = load(ptrTy, func, W2N_FUNC_INST_OFFSET, 8);
  Value sameType = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                         actual, expected);
  Value sameInst = LLVM::ICmpOp::create(b, loc, LLVM::ICmpPredicate::eq,
                                        funcInst, inst);
  Value fast = arith::AndIOp::create(b, loc, sameType, sameInst);
  cf::CondBranchOp::create(b, loc, fast, join, ValueRange{func}, slow,
                           ValueRange());

  b.setInsertionPointToEnd(slow);
  Value checked = callRuntime(loc, "w2n_call_indirect_target", ptrTy,
                              {inst, i32Const(loc, table), index,
                               i32Const(loc, typeIdx)});
  cf::BranchOp::create(b, loc, join, ValueRange{checked});

  b.setInsertionPointToEnd(join);
  return join->getArgument(0);
}

SmallVector<Value> BodyLowering::callFuncObject(Location loc, Value funcObj,
                                                ValueRange args,
                                                TypeRange results) {
  callsOutside = true; // the callee may be a host function
  Value code = LLVM::LoadOp::create(b, loc, ptrTy, funcObj, 8);
  Value instAddr =
      LLVM::GEPOp::create(b, loc, ptrTy, b.getI8Type(), funcObj,
                          ArrayRef<LLVM::GEPArg>{W2N_FUNC_INST_OFFSET});
  SmallVector<Value> operands{code,
                              LLVM::LoadOp::create(b, loc, ptrTy, instAddr, 8)};
  llvm::append_range(operands, args);
  SmallVector<Type> paramTypes;
  for (Value v : ArrayRef<Value>(operands).drop_front())
    paramTypes.push_back(v.getType());
  Type ret = results.empty()
                 ? LLVM::LLVMVoidType::get(b.getContext())
                 : results.size() == 1
                       ? results[0]
                       : LLVM::LLVMStructType::getLiteral(
                             b.getContext(), SmallVector<Type>(results));
  auto fnTy = LLVM::LLVMFunctionType::get(ret, paramTypes);
  auto call = LLVM::CallOp::create(b, loc, fnTy, operands);
  SmallVector<Value> out;
  if (results.size() == 1)
    out.push_back(call.getResult());
  else
    for (unsigned i = 0; i < results.size(); ++i)
      out.push_back(LLVM::ExtractValueOp::create(
          b, loc, call.getResult(), ArrayRef<int64_t>{int64_t(i)}));
  return out;
}

LogicalResult BodyLowering::lowerCall(Operation *op, StringAttr callee,
                                      ValueRange args, TypeRange results) {
  Location loc = op->getLoc();
  SmallVector<Type> resultTypes;
  for (Type t : results)
    resultTypes.push_back(convertType(t));
  SmallVector<Value> values;
  if (!info.importedFuncs.contains(callee)) {
    SmallVector<Value> operands{inst};
    llvm::append_range(operands, lookup(args));
    auto call = func::CallOp::create(b, loc, info.funcNewName.lookup(callee),
                                     resultTypes, operands);
    llvm::append_range(values, call.getResults());
  } else {
    // An import: call the function object's code with the exporter's
    // instance.
    Value funcObj = slotArrayElement(loc, W2N_SLOT_FUNCS,
                                     info.funcIndex.lookup(callee));
    values = callFuncObject(loc, funcObj, lookup(args), resultTypes);
  }
  for (auto [from, to] : llvm::zip(op->getResults(), values))
    map.map(from, to);
  return success();
}

LogicalResult BodyLowering::lowerOp(Operation *op) {
  Location loc = op->getLoc();
  return TypeSwitch<Operation *, LogicalResult>(op)
      // Structured control flow.
      .Case([&](wd::BlockOp blk) {
        Block *cont = newBlock(blk.getResultTypes(), loc);
        continuations[blk] = cont;
        Block &body = blk.getBody().front();
        for (auto [arg, in] : llvm::zip(body.getArguments(), blk.getInputs()))
          map.map(arg, lookup(in));
        labels.push_back({cont});
        if (failed(lowerBlock(body)))
          return failure();
        labels.pop_back();
        b.setInsertionPointToEnd(cont);
        for (auto [r, a] : llvm::zip(blk.getResults(), cont->getArguments()))
          map.map(r, a);
        return success();
      })
      .Case([&](wd::LoopOp loop) {
        Block &body = loop.getBody().front();
        Block *header = newBlock(body.getArgumentTypes(), loc);
        Block *cont = newBlock(loop.getResultTypes(), loc);
        continuations[loop] = cont;
        cf::BranchOp::create(b, loc, header, lookup(loop.getInputs()));
        b.setInsertionPointToEnd(header);
        for (auto [arg, h] : llvm::zip(body.getArguments(),
                                       header->getArguments()))
          map.map(arg, h);
        labels.push_back({header});
        if (failed(lowerBlock(body)))
          return failure();
        labels.pop_back();
        b.setInsertionPointToEnd(cont);
        for (auto [r, a] : llvm::zip(loop.getResults(), cont->getArguments()))
          map.map(r, a);
        return success();
      })
      .Case([&](wd::IfOp ifOp) {
        TypeRange params = ifOp.getInputs().getTypes();
        Block *thenB = newBlock(params, loc);
        Block *elseB = newBlock(params, loc);
        Block *cont = newBlock(ifOp.getResultTypes(), loc);
        continuations[ifOp] = cont;
        SmallVector<Value> inputs = lookup(ifOp.getInputs());
        cf::CondBranchOp::create(b, loc,
                                 isNonZero(loc, lookup(ifOp.getCondition())),
                                 thenB, inputs, elseB, inputs);
        labels.push_back({cont});
        auto lowerArm = [&](Region &region, Block *into) -> LogicalResult {
          b.setInsertionPointToEnd(into);
          if (region.empty()) {
            cf::BranchOp::create(b, loc, cont, into->getArguments());
            return success();
          }
          Block &body = region.front();
          for (auto [arg, a] : llvm::zip(body.getArguments(),
                                         into->getArguments()))
            map.map(arg, a);
          return lowerBlock(body);
        };
        if (failed(lowerArm(ifOp.getThenRegion(), thenB)) ||
            failed(lowerArm(ifOp.getElseRegion(), elseB)))
          return failure();
        labels.pop_back();
        b.setInsertionPointToEnd(cont);
        for (auto [r, a] : llvm::zip(ifOp.getResults(), cont->getArguments()))
          map.map(r, a);
        return success();
      })
      .Case([&](wd::YieldOp y) {
        Operation *parent = y->getParentOp();
        SmallVector<Value> vals = lookup(y.getValues());
        if (isa<wd::FuncOp>(parent))
          func::ReturnOp::create(b, loc, vals);
        else
          cf::BranchOp::create(b, loc, continuations.lookup(parent), vals);
        return success();
      })
      .Case([&](wd::BrOp br) {
        branchTo(loc, br.getDepth(), lookup(br.getValues()));
        return success();
      })
      .Case([&](wd::BrIfOp br) {
        SmallVector<Value> vals = lookup(br.getValues());
        Block *next = newBlock({}, loc);
        Value cond = isNonZero(loc, lookup(br.getCondition()));
        uint32_t depth = br.getDepth();
        if (depth == labels.size()) {
          // A conditional return: branch to a block that returns.
          Block *ret = newBlock({}, loc);
          cf::CondBranchOp::create(b, loc, cond, ret, ValueRange(), next,
                                   ValueRange());
          b.setInsertionPointToEnd(ret);
          func::ReturnOp::create(b, loc, vals);
        } else {
          cf::CondBranchOp::create(b, loc, cond,
                                   labels[labels.size() - 1 - depth].target,
                                   vals, next, ValueRange());
        }
        b.setInsertionPointToEnd(next);
        for (auto [r, v] : llvm::zip(br.getResults(), vals))
          map.map(r, v);
        return success();
      })
      .Case([&](wd::BrTableOp br) {
        SmallVector<Value> vals = lookup(br.getValues());
        // Returns need a block of their own: cf.switch only branches.
        Block *retBlock = nullptr;
        auto target = [&](uint32_t depth) -> Block * {
          if (depth < labels.size())
            return labels[labels.size() - 1 - depth].target;
          if (!retBlock) {
            retBlock = newBlock(ValueRange(vals).getTypes(), loc);
            OpBuilder::InsertionGuard g(b);
            b.setInsertionPointToEnd(retBlock);
            func::ReturnOp::create(b, loc, retBlock->getArguments());
          }
          return retBlock;
        };
        if (br.getTargets().empty()) {
          // Only a default label: an unconditional branch (an LLVM switch
          // without cases cannot carry block arguments).
          branchTo(loc, br.getDefaultTarget(), vals);
          return success();
        }
        SmallVector<Block *> dests;
        SmallVector<ValueRange> operands;
        SmallVector<int32_t> caseValues;
        for (auto [i, t] : llvm::enumerate(br.getTargets())) {
          dests.push_back(target(t));
          operands.push_back(vals);
          caseValues.push_back(i);
        }
        cf::SwitchOp::create(b, loc, lookup(br.getIndex()),
                             target(br.getDefaultTarget()), vals, caseValues,
                             dests, operands);
        return success();
      })
      .Case([&](wd::ReturnOp r) {
        func::ReturnOp::create(b, loc, lookup(r.getValues()));
        return success();
      })
      .Case([&](wd::UnreachableOp) {
        cf::BranchOp::create(b, loc, trapBlock(W2N_TRAP_UNREACHABLE, loc),
                             ValueRange());
        return success();
      })
      // Calls.
      .Case([&](wd::CallOp call) {
        return lowerCall(call, call.getCalleeAttr().getAttr(),
                         call.getArgs(), call.getResultTypes());
      })
      // Parametric and variables.
      .Case([&](wd::DropOp) { return success(); })
      .Case([&](wd::SelectOp s) {
        map.map(s.getResult(),
                arith::SelectOp::create(
                    b, loc, isNonZero(loc, lookup(s.getCondition())),
                    lookup(s.getTrueValue()), lookup(s.getFalseValue())));
        return success();
      })
      .Case([&](wd::LocalGetOp g) {
        unsigned i = g.getIndex();
        map.map(g.getResult(), LLVM::LoadOp::create(b, loc, localTypes[i],
                                                    localSlots[i]));
        return success();
      })
      .Case([&](wd::LocalSetOp s) {
        LLVM::StoreOp::create(b, loc, lookup(s.getValue()),
                              localSlots[s.getIndex()]);
        return success();
      })
      .Case([&](wd::LocalTeeOp t) {
        Value v = lookup(t.getValue());
        LLVM::StoreOp::create(b, loc, v, localSlots[t.getIndex()]);
        map.map(t.getResult(), v);
        return success();
      })
      .Case([&](wd::GlobalGetOp g) {
        StringAttr name = g.getGlobalAttr().getAttr();
        Value cell = slotArrayElement(loc, W2N_SLOT_GLOBALS,
                                      info.globalIndex.lookup(name));
        map.map(g.getResult(),
                tag(LLVM::LoadOp::create(b, loc, convertType(g.getType()),
                                         cell),
                    "wasm global"));
        return success();
      })
      .Case([&](wd::GlobalSetOp s) {
        StringAttr name = s.getGlobalAttr().getAttr();
        Value cell = slotArrayElement(loc, W2N_SLOT_GLOBALS,
                                      info.globalIndex.lookup(name));
        tag(LLVM::StoreOp::create(b, loc, lookup(s.getValue()), cell),
            "wasm global");
        return success();
      })
      // Constants.
      .Case([&](wd::ConstOp c) {
        map.map(c.getResult(),
                arith::ConstantOp::create(b, loc, cast<TypedAttr>(c.getValue())));
        return success();
      })
      .Case([&](wd::V128ConstOp c) {
        SmallVector<int8_t> bytes(c.getValue());
        auto ty = VectorType::get({16}, b.getI8Type());
        map.map(c.getResult(),
                arith::ConstantOp::create(
                    b, loc, DenseElementsAttr::get(ty, ArrayRef<int8_t>(bytes))));
        return success();
      })
      .Case([&](wd::SimdOp) { return lowerSimd(op); })
      .Case([&](wd::SimdLoadOp ld) -> LogicalResult {
        // v128.load8x8_s, v128.load32_splat, v128.load64_zero,
        // v128.load16_lane, ...
        StringRef inst = ld.getOpcode().drop_front(9); // "v128.load"
        auto v16i8 = VectorType::get({16}, b.getI8Type());
        unsigned bits = 0;
        inst.consumeInteger(10, bits);
        unsigned size = inst.starts_with("x") ? 8 : bits / 8;
        Value ptr = memoryAddress(loc, lookup(ld.getAddr()), ld.getOffset(),
                                  size);
        bool unused = llvm::all_of(ld->getUsers(), [](Operation *user) {
          return isa<wd::DropOp>(user);
        });
        bool isVolatile = !explicitChecks && unused;
        auto bcv = [&](Value v, Type to) -> Value {
          return v.getType() == to ? v
                                   : LLVM::BitcastOp::create(b, loc, to, v);
        };
        Type i32 = b.getI32Type();
        if (inst.starts_with("x")) {
          // load8x8_s: 8 bytes, lanes of `bits` extended to twice that.
          unsigned n = 64 / bits;
          auto narrow = VectorType::get({n}, b.getIntegerType(bits));
          auto wide = VectorType::get({n}, b.getIntegerType(bits * 2));
          Value v = tag(LLVM::LoadOp::create(b, loc, narrow, ptr, 1,
                                             isVolatile),
                        "wasm memory");
          v = inst.ends_with("_s")
                  ? Value(arith::ExtSIOp::create(b, loc, wide, v))
                  : Value(arith::ExtUIOp::create(b, loc, wide, v));
          map.map(ld.getResult(), bcv(v, v16i8));
          return success();
        }
        Type laneTy = b.getIntegerType(bits);
        auto vt = VectorType::get({128 / bits}, laneTy);
        Value s = tag(LLVM::LoadOp::create(b, loc, laneTy, ptr, 1, isVolatile),
                      "wasm memory");
        Value result;
        if (inst == "_splat") {
          Value one = LLVM::InsertElementOp::create(
              b, loc, vt, LLVM::PoisonOp::create(b, loc, vt), s,
              constInt(loc, i32, 0));
          SmallVector<int32_t> mask(128 / bits, 0);
          result = LLVM::ShuffleVectorOp::create(b, loc, one, one,
                                                 b.getDenseI32ArrayAttr(mask));
        } else if (inst == "_zero") {
          result = LLVM::InsertElementOp::create(
              b, loc, vt, arith::ConstantOp::create(b, loc, b.getZeroAttr(vt)),
              s, constInt(loc, i32, 0));
        } else if (inst == "_lane") {
          result = LLVM::InsertElementOp::create(
              b, loc, vt, bcv(lookup(ld.getVector()), vt), s,
              constInt(loc, i32, *ld.getLane()));
        } else {
          return ld.emitOpError("has no native lowering yet");
        }
        map.map(ld.getResult(), bcv(result, v16i8));
        return success();
      })
      .Case([&](wd::SimdStoreLaneOp st) -> LogicalResult {
        StringRef inst = st.getOpcode().drop_front(10); // "v128.store"
        unsigned bits = 0;
        if (inst.consumeInteger(10, bits) || inst != "_lane")
          return st.emitOpError("has no native lowering yet");
        Value ptr = memoryAddress(loc, lookup(st.getAddr()), st.getOffset(),
                                  bits / 8);
        auto vt = VectorType::get({128 / bits}, b.getIntegerType(bits));
        Value v = LLVM::BitcastOp::create(b, loc, vt, lookup(st.getVector()));
        Value e = LLVM::ExtractElementOp::create(
            b, loc, v, constInt(loc, b.getI32Type(), st.getLane()));
        tag(LLVM::StoreOp::create(b, loc, e, ptr, /*alignment=*/1),
            "wasm memory");
        return success();
      })
      // Memory.
      .Case([&](wd::LoadOp ld) -> LogicalResult {
        Type resultTy = ld.getType();
        Value ptr = memoryAddress(loc, lookup(ld.getAddr()), ld.getOffset(),
                                  ld.getSize());
        unsigned bits = ld.getSize() * 8;
        if (isa<wd::V128Type>(resultTy))
          resultTy = convertType(resultTy);
        Type memTy = resultTy.isInteger() ? b.getIntegerType(bits) : resultTy;
        // Wasm allows any alignment: the hint is not a promise. With guard
        // pages the load itself is the bounds check, so a load whose value
        // is dropped must not be deleted: make it volatile.
        bool unused = llvm::all_of(ld->getUsers(), [](Operation *user) {
          return isa<wd::DropOp>(user);
        });
        auto load = LLVM::LoadOp::create(b, loc, memTy, ptr, /*alignment=*/1,
                                         /*isVolatile=*/!explicitChecks &&
                                             unused);
        Value v = tag(load, "wasm memory");
        if (memTy != resultTy)
          v = ld.getSignExtend()
                  ? Value(arith::ExtSIOp::create(b, loc, resultTy, v))
                  : Value(arith::ExtUIOp::create(b, loc, resultTy, v));
        map.map(ld.getResult(), v);
        return success();
      })
      .Case([&](wd::StoreOp st) -> LogicalResult {
        Type valueTy = st.getValue().getType();
        Value v = lookup(st.getValue());
        Value ptr = memoryAddress(loc, lookup(st.getAddr()), st.getOffset(),
                                  st.getSize());
        unsigned bits = st.getSize() * 8;
        if (valueTy.isInteger() && valueTy.getIntOrFloatBitWidth() != bits)
          v = arith::TruncIOp::create(b, loc, b.getIntegerType(bits), v);
        tag(LLVM::StoreOp::create(b, loc, v, ptr, /*alignment=*/1),
            "wasm memory");
        return success();
      })
      .Case([&](wd::MemorySizeOp s) {
        Value bytes = loadSlot(loc, W2N_SLOT_MEM_SIZE, b.getI64Type());
        Value pages = arith::ShRUIOp::create(
            b, loc, bytes, constInt(loc, b.getI64Type(), 16));
        map.map(s.getResult(),
                arith::TruncIOp::create(b, loc, b.getI32Type(), pages));
        return success();
      })
      .Case([&](wd::MemoryGrowOp g) {
        map.map(g.getResult(),
                callRuntime(loc, "w2n_memory_grow", b.getI32Type(),
                            {inst, lookup(g.getDelta())}));
        return success();
      })
      .Case([&](wd::MemoryFillOp f) {
        callRuntime(loc, "w2n_memory_fill", Type(),
                    {inst, lookup(f.getDest()), lookup(f.getValue()),
                     lookup(f.getSize())});
        return success();
      })
      .Case([&](wd::MemoryCopyOp c) {
        callRuntime(loc, "w2n_memory_copy", Type(),
                    {inst, lookup(c.getDest()), lookup(c.getSrc()),
                     lookup(c.getSize())});
        return success();
      })
      .Case([&](wd::MemoryInitOp m) {
        unsigned seg = info.dataIndex.lookup(m.getSegmentAttr().getAttr());
        callRuntime(loc, "w2n_memory_init", Type(),
                    {inst, constInt(loc, b.getI32Type(), seg),
                     lookup(m.getDest()), lookup(m.getSrc()),
                     lookup(m.getSize())});
        return success();
      })
      .Case([&](wd::DataDropOp d) {
        unsigned seg = info.dataIndex.lookup(d.getSegmentAttr().getAttr());
        callRuntime(loc, "w2n_data_drop", Type(),
                    {inst, constInt(loc, b.getI32Type(), seg)});
        return success();
      })
      // Tables.
      .Case([&](wd::CallIndirectOp call) {
        unsigned typeIdx = info.getTypeIndex(FunctionType::get(
            b.getContext(), call.getArgs().getTypes(), call.getResultTypes()));
        Value funcObj = callIndirectTarget(
            loc, tableIdx(call.getTableAttr()), lookup(call.getIndex()),
            typeIdx);
        SmallVector<Type> resultTypes;
        for (Type t : call.getResultTypes())
          resultTypes.push_back(convertType(t));
        for (auto [from, to] :
             llvm::zip(call.getResults(),
                       callFuncObject(loc, funcObj, lookup(call.getArgs()),
                                      resultTypes)))
          map.map(from, to);
        return success();
      })
      .Case([&](wd::TableGetOp t) {
        map.map(t.getResult(),
                callRuntime(loc, "w2n_table_get", ptrTy,
                            {inst, i32Const(loc, tableIdx(t.getTableAttr())),
                             lookup(t.getIndex())}));
        return success();
      })
      .Case([&](wd::TableSetOp t) {
        callRuntime(loc, "w2n_table_set", Type(),
                    {inst, i32Const(loc, tableIdx(t.getTableAttr())),
                     lookup(t.getIndex()), lookup(t.getValue())});
        return success();
      })
      .Case([&](wd::TableSizeOp t) {
        map.map(t.getResult(),
                callRuntime(loc, "w2n_table_size", b.getI32Type(),
                            {inst, i32Const(loc, tableIdx(t.getTableAttr()))}));
        return success();
      })
      .Case([&](wd::TableGrowOp t) {
        map.map(t.getResult(),
                callRuntime(loc, "w2n_table_grow", b.getI32Type(),
                            {inst, i32Const(loc, tableIdx(t.getTableAttr())),
                             lookup(t.getInit()), lookup(t.getDelta())}));
        return success();
      })
      .Case([&](wd::TableFillOp t) {
        callRuntime(loc, "w2n_table_fill", Type(),
                    {inst, i32Const(loc, tableIdx(t.getTableAttr())),
                     lookup(t.getDest()), lookup(t.getValue()),
                     lookup(t.getSize())});
        return success();
      })
      .Case([&](wd::TableCopyOp t) {
        callRuntime(loc, "w2n_table_copy", Type(),
                    {inst, i32Const(loc, tableIdx(t.getDestTableAttr())),
                     i32Const(loc, tableIdx(t.getSrcTableAttr())),
                     lookup(t.getDest()), lookup(t.getSrc()),
                     lookup(t.getSize())});
        return success();
      })
      .Case([&](wd::TableInitOp t) {
        unsigned seg = info.elemIndex.lookup(t.getSegmentAttr().getAttr());
        callRuntime(loc, "w2n_table_init", Type(),
                    {inst, i32Const(loc, tableIdx(t.getTableAttr())),
                     i32Const(loc, seg), lookup(t.getDest()),
                     lookup(t.getSrc()), lookup(t.getSize())});
        return success();
      })
      .Case([&](wd::ElemDropOp e) {
        unsigned seg = info.elemIndex.lookup(e.getSegmentAttr().getAttr());
        callRuntime(loc, "w2n_elem_drop", Type(), {inst, i32Const(loc, seg)});
        return success();
      })
      .Default([&](Operation *op) { return lowerNumeric(op); });
}

void BodyLowering::beginInit(func::FuncOp fn) {
  dst = fn;
  map.clear();
  labels.clear();
  continuations.clear();
  trapBlocks.clear();
  inst = fn.getBody().front().getArgument(0);
  b.setInsertionPointToEnd(&fn.getBody().front());
}

FailureOr<SmallVector<Value>> BodyLowering::lowerConstExpr(Region &region) {
  Block &blk = region.front();
  for (Operation &op : blk.without_terminator())
    if (failed(lowerOp(&op)))
      return failure();
  return lookup(cast<wd::YieldOp>(blk.getTerminator()).getValues());
}

LogicalResult BodyLowering::lowerDivRem(Operation *op) {
  Location loc = op->getLoc();
  Value lhs = lookup(op->getOperand(0)), rhs = lookup(op->getOperand(1));
  Type t = lhs.getType();
  unsigned width = t.getIntOrFloatBitWidth();
  Value zero = constInt(loc, t, 0);
  trapIf(loc,
         arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, zero),
         W2N_TRAP_INT_DIV_BY_ZERO);
  Value minusOne = constInt(loc, t, -1);
  Value result;
  if (isa<wd::DivSOp>(op)) {
    Value intMin = arith::ConstantOp::create(
        b, loc, b.getIntegerAttr(t, APInt::getSignedMinValue(width)));
    Value overflow = arith::AndIOp::create(
        b, loc,
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, lhs, intMin),
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs,
                              minusOne));
    trapIf(loc, overflow, W2N_TRAP_INT_OVERFLOW);
    result = arith::DivSIOp::create(b, loc, lhs, rhs);
  } else if (isa<wd::DivUOp>(op)) {
    result = arith::DivUIOp::create(b, loc, lhs, rhs);
  } else if (isa<wd::RemSOp>(op)) {
    // INT_MIN rem -1 is 0 in Wasm but undefined for LLVM's srem; any x
    // rem -1 is 0, so divide by 1 instead.
    Value isMinusOne =
        arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq, rhs, minusOne);
    Value safe = arith::SelectOp::create(b, loc, isMinusOne,
                                         constInt(loc, t, 1), rhs);
    result = arith::RemSIOp::create(b, loc, lhs, safe);
  } else {
    result = arith::RemUIOp::create(b, loc, lhs, rhs);
  }
  map.map(op->getResult(0), result);
  return success();
}

/// Float-to-integer truncation: trapping (`trunc_s`/`trunc_u`) or
/// saturating (`trunc_sat_s`/`trunc_sat_u`).
LogicalResult BodyLowering::lowerTrunc(Operation *op, bool isSigned,
                                       bool saturating) {
  Location loc = op->getLoc();
  Value x = lookup(op->getOperand(0));
  Type ft = x.getType(), it = op->getResult(0).getType();
  unsigned n = it.getIntOrFloatBitWidth();
  // Bounds of the representable range: valid iff lo < x < hi (lo and hi
  // exact in the float type) or lo <= x < hi where `loInclusive`.
  double hi = isSigned ? std::ldexp(1.0, n - 1) : std::ldexp(1.0, n);
  double lo;
  bool loInclusive;
  if (!isSigned) {
    lo = -1.0, loInclusive = false;
  } else if (ft.isF64() && n == 32) {
    lo = -2147483649.0, loInclusive = false;
  } else {
    lo = -std::ldexp(1.0, n - 1), loInclusive = true;
  }
  Value loC = constFloat(loc, ft, lo), hiC = constFloat(loc, ft, hi);
  auto cmp = [&](arith::CmpFPredicate p, Value a, Value c) {
    return arith::CmpFOp::create(b, loc, p, a, c);
  };
  if (!saturating) {
    trapIf(loc, cmp(arith::CmpFPredicate::UNO, x, x),
           W2N_TRAP_INVALID_CONVERSION);
    Value aboveLo = cmp(loInclusive ? arith::CmpFPredicate::OGE
                                    : arith::CmpFPredicate::OGT,
                        x, loC);
    Value belowHi = cmp(arith::CmpFPredicate::OLT, x, hiC);
    Value ok = arith::AndIOp::create(b, loc, aboveLo, belowHi);
    trapIf(loc,
           arith::XOrIOp::create(b, loc, ok,
                                 arith::ConstantOp::create(
                                     b, loc, b.getBoolAttr(true))),
           W2N_TRAP_INT_OVERFLOW);
    Value r = isSigned ? Value(arith::FPToSIOp::create(b, loc, it, x))
                       : Value(arith::FPToUIOp::create(b, loc, it, x));
    map.map(op->getResult(0), r);
    return success();
  }
  // Saturating: NaN -> 0, below range -> min, above -> max. The conversion
  // of an out-of-range value is poison, which the selects never pick.
  Value conv = isSigned ? Value(arith::FPToSIOp::create(b, loc, it, x))
                        : Value(arith::FPToUIOp::create(b, loc, it, x));
  APInt minV = isSigned ? APInt::getSignedMinValue(n) : APInt::getZero(n);
  APInt maxV = isSigned ? APInt::getSignedMaxValue(n) : APInt::getMaxValue(n);
  Value minC = arith::ConstantOp::create(b, loc, b.getIntegerAttr(it, minV));
  Value maxC = arith::ConstantOp::create(b, loc, b.getIntegerAttr(it, maxV));
  Value tooLow = cmp(arith::CmpFPredicate::OLT, x,
                     constFloat(loc, ft, isSigned ? -std::ldexp(1.0, n - 1)
                                                  : 0.0));
  Value tooHigh = cmp(arith::CmpFPredicate::OGE, x, hiC);
  Value r = arith::SelectOp::create(b, loc, tooLow, minC, conv);
  r = arith::SelectOp::create(b, loc, tooHigh, maxC, r);
  r = arith::SelectOp::create(b, loc, cmp(arith::CmpFPredicate::UNO, x, x),
                              constInt(loc, it, 0), r);
  map.map(op->getResult(0), r);
  return success();
}

Value BodyLowering::quietNaN(Location loc, Value v) {
  StringRef name = v.getType().isF32() ? "llvm.canonicalize.f32"
                                       : "llvm.canonicalize.f64";
  return LLVM::CallIntrinsicOp::create(b, loc, v.getType(),
                                       b.getStringAttr(name), ValueRange{v})
      .getResult(0);
}

LogicalResult BodyLowering::lowerSimd(Operation *op) {
  auto simd = cast<wd::SimdOp>(op);
  Location loc = op->getLoc();
  StringRef name = simd.getOpcode();
  auto [shape, inst] = name.split('.');
  SmallVector<Value> args = lookup(op->getOperands());
  auto unsupported = [&]() {
    return op->emitOpError("has no native lowering yet");
  };

  Type i8 = b.getI8Type();
  VectorType v16i8 = VectorType::get({16}, i8);
  Type laneTy;
  unsigned lanes = 0;
  if (shape == "i8x16" || shape == "v128")
    laneTy = i8, lanes = 16;
  else if (shape == "i16x8")
    laneTy = b.getI16Type(), lanes = 8;
  else if (shape == "i32x4")
    laneTy = b.getI32Type(), lanes = 4;
  else if (shape == "i64x2")
    laneTy = b.getI64Type(), lanes = 2;
  else if (shape == "f32x4")
    laneTy = b.getF32Type(), lanes = 4;
  else if (shape == "f64x2")
    laneTy = b.getF64Type(), lanes = 2;
  else
    return unsupported();
  VectorType vt = VectorType::get({(int64_t)lanes}, laneTy);
  bool isFloat = isa<FloatType>(laneTy);
  unsigned laneBits = laneTy.getIntOrFloatBitWidth();
  VectorType intVt =
      VectorType::get({(int64_t)lanes}, b.getIntegerType(laneBits));

  auto bc = [&](Value v, Type to) -> Value {
    if (v.getType() == to)
      return v;
    return LLVM::BitcastOp::create(b, loc, to, v);
  };
  auto arg = [&](unsigned i) { return bc(args[i], vt); };
  auto setVec = [&](Value v) {
    map.map(op->getResult(0), bc(v, v16i8));
    return success();
  };
  auto setScalar = [&](Value v) {
    map.map(op->getResult(0), v);
    return success();
  };
  auto splat = [&](Value scalar, VectorType ty) -> Value {
    Value undef = LLVM::PoisonOp::create(b, loc, ty);
    Value zero = constInt(loc, b.getI32Type(), 0);
    Value one = LLVM::InsertElementOp::create(b, loc, ty, undef, scalar, zero);
    SmallVector<int32_t> mask(ty.getNumElements(), 0);
    return LLVM::ShuffleVectorOp::create(b, loc, one, one,
                                         b.getDenseI32ArrayAttr(mask));
  };
  auto intrinsic = [&](StringRef base, ValueRange ops, Type ty) -> Value {
    auto vty = cast<VectorType>(ty);
    std::string mangled =
        (base + ".v" + Twine(vty.getNumElements()) +
         (isa<FloatType>(vty.getElementType()) ? "f" : "i") +
         Twine(vty.getElementType().getIntOrFloatBitWidth()))
            .str();
    return LLVM::CallIntrinsicOp::create(b, loc, ty, b.getStringAttr(mangled),
                                         ops)
        .getResult(0);
  };
  auto quiet = [&](Value r) -> Value {
    // A constant operand may let LLVM fold the op into a copy of the other
    // operand, passing a signalling NaN through: canonicalize then.
    bool anyConst = llvm::any_of(op->getOperands(), [](Value v) {
      return v.getDefiningOp() &&
             v.getDefiningOp()->hasTrait<OpTrait::ConstantLike>();
    });
    return anyConst ? intrinsic("llvm.canonicalize", {r}, r.getType()) : r;
  };
  auto cmpResult = [&](Value i1s) {
    return setVec(arith::ExtSIOp::create(b, loc, intVt, i1s));
  };
  auto icmp = [&](arith::CmpIPredicate p) {
    return cmpResult(arith::CmpIOp::create(b, loc, p, arg(0), arg(1)));
  };
  auto fcmp = [&](arith::CmpFPredicate p) {
    return cmpResult(arith::CmpFOp::create(b, loc, p, arg(0), arg(1)));
  };
  auto allOnes = [&](VectorType ty) -> Value {
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(
            ty, APInt::getAllOnes(ty.getElementTypeBitWidth())));
  };
  auto signMask = [&]() -> Value {
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(intVt, APInt::getSignMask(laneBits)));
  };

  // Vector of the lane shape named at the start of `s` ("i16x8...").
  auto shapeOf = [&](StringRef s) -> VectorType {
    for (auto [n, ty, c] :
         {std::tuple<StringRef, Type, int64_t>{"i8x16", b.getI8Type(), 16},
          {"i16x8", b.getI16Type(), 8}, {"i32x4", b.getI32Type(), 4},
          {"i64x2", b.getI64Type(), 2}, {"f32x4", b.getF32Type(), 4},
          {"f64x2", b.getF64Type(), 2}})
      if (s.starts_with(n))
        return VectorType::get({c}, ty);
    return {};
  };
  auto shuffle = [&](Value x, Value y, ArrayRef<int32_t> mask) -> Value {
    return LLVM::ShuffleVectorOp::create(b, loc, x, y,
                                         b.getDenseI32ArrayAttr(mask));
  };
  auto range = [](int32_t from, int32_t n, int32_t step = 1) {
    SmallVector<int32_t> m;
    for (int32_t i = 0; i < n; ++i)
      m.push_back(from + i * step);
    return m;
  };
  auto ext = [&](Value v, Type to, bool sign) -> Value {
    return sign ? Value(arith::ExtSIOp::create(b, loc, to, v))
                : Value(arith::ExtUIOp::create(b, loc, to, v));
  };
  auto splatConst = [&](VectorType ty, int64_t c) -> Value {
    return arith::ConstantOp::create(
        b, loc,
        DenseElementsAttr::get(
            ty, APInt(ty.getElementTypeBitWidth(), c, /*isSigned=*/true)));
  };
  // The low or high half of vector `v` of shape `src`, extended to `vt`.
  auto extendHalf = [&](Value v, VectorType src, bool high, bool sign) {
    int64_t n = src.getNumElements() / 2;
    Value half = shuffle(bc(v, src), bc(v, src), range(high ? n : 0, n));
    return ext(half, vt, sign);
  };

  // Bitwise operations on the whole vector.
  if (shape == "v128") {
    Value a = args.size() > 0 ? args[0] : Value();
    if (inst == "not")
      return setVec(arith::XOrIOp::create(b, loc, a, allOnes(v16i8)));
    if (inst == "and")
      return setVec(arith::AndIOp::create(b, loc, a, args[1]));
    if (inst == "or")
      return setVec(arith::OrIOp::create(b, loc, a, args[1]));
    if (inst == "xor")
      return setVec(arith::XOrIOp::create(b, loc, a, args[1]));
    if (inst == "andnot")
      return setVec(arith::AndIOp::create(
          b, loc, a, arith::XOrIOp::create(b, loc, args[1], allOnes(v16i8))));
    if (inst == "bitselect") {
      Value c = args[2];
      Value t = arith::AndIOp::create(b, loc, a, c);
      Value f = arith::AndIOp::create(
          b, loc, args[1], arith::XOrIOp::create(b, loc, c, allOnes(v16i8)));
      return setVec(arith::OrIOp::create(b, loc, t, f));
    }
    if (inst == "any_true") {
      Value wide = bc(a, b.getIntegerType(128));
      return setScalar(i32Bool(loc, isNonZero(loc, wide)));
    }
    return unsupported();
  }

  // Lane access.
  if (inst == "splat") {
    Value s = args[0];
    if (!isFloat && s.getType().getIntOrFloatBitWidth() > laneBits)
      s = arith::TruncIOp::create(b, loc, laneTy, s);
    return setVec(splat(s, vt));
  }
  if (inst.starts_with("extract_lane")) {
    Value idx = constInt(loc, b.getI32Type(), *simd.getLane());
    Value e = LLVM::ExtractElementOp::create(b, loc, arg(0), idx);
    Type resTy = op->getResult(0).getType();
    if (e.getType() != resTy)
      e = inst == "extract_lane_s"
              ? Value(arith::ExtSIOp::create(b, loc, resTy, e))
              : Value(arith::ExtUIOp::create(b, loc, resTy, e));
    return setScalar(e);
  }
  if (inst == "replace_lane") {
    Value idx = constInt(loc, b.getI32Type(), *simd.getLane());
    Value s = args[1];
    if (!isFloat && s.getType().getIntOrFloatBitWidth() > laneBits)
      s = arith::TruncIOp::create(b, loc, laneTy, s);
    return setVec(LLVM::InsertElementOp::create(b, loc, vt, arg(0), s, idx));
  }
  if (name == "i8x16.shuffle") {
    SmallVector<int32_t> mask;
    for (int8_t i : *simd.getShuffle())
      mask.push_back(i);
    return setVec(LLVM::ShuffleVectorOp::create(b, loc, args[0], args[1],
                                                b.getDenseI32ArrayAttr(mask)));
  }

  if (name == "i8x16.swizzle") {
    Value a = args[0], idx = args[1];
    Value out = arith::ConstantOp::create(b, loc, b.getZeroAttr(v16i8));
    Type i32 = b.getI32Type();
    Value zero8 = constInt(loc, i8, 0);
    for (int i = 0; i < 16; ++i) {
      Value pos = constInt(loc, i32, i);
      Value j = arith::ExtUIOp::create(
          b, loc, i32, LLVM::ExtractElementOp::create(b, loc, idx, pos));
      Value inRange = arith::CmpIOp::create(b, loc, arith::CmpIPredicate::ult,
                                            j, constInt(loc, i32, 16));
      Value jm = arith::AndIOp::create(b, loc, j, constInt(loc, i32, 15));
      Value e = LLVM::ExtractElementOp::create(b, loc, a, jm);
      Value sel = arith::SelectOp::create(b, loc, inRange, e, zero8);
      out = LLVM::InsertElementOp::create(b, loc, v16i8, out, sel, pos);
    }
    return setVec(out);
  }
  if (!isFloat) {
    if (inst == "abs") {
      Value a = arg(0);
      Value neg = arith::SubIOp::create(
          b, loc, arith::ConstantOp::create(b, loc, b.getZeroAttr(vt)), a);
      Value isNeg = arith::CmpIOp::create(
          b, loc, arith::CmpIPredicate::slt, a,
          arith::ConstantOp::create(b, loc, b.getZeroAttr(vt)));
      return setVec(arith::SelectOp::create(b, loc, isNeg, neg, a));
    }
    if (inst == "popcnt")
      return setVec(intrinsic("llvm.ctpop", {arg(0)}, vt));
    if (inst == "add_sat_s")
      return setVec(intrinsic("llvm.sadd.sat", {arg(0), arg(1)}, vt));
    if (inst == "add_sat_u")
      return setVec(intrinsic("llvm.uadd.sat", {arg(0), arg(1)}, vt));
    if (inst == "sub_sat_s")
      return setVec(intrinsic("llvm.ssub.sat", {arg(0), arg(1)}, vt));
    if (inst == "sub_sat_u")
      return setVec(intrinsic("llvm.usub.sat", {arg(0), arg(1)}, vt));
    if (inst == "avgr_u") {
      VectorType wide = VectorType::get(
          {(int64_t)lanes}, b.getIntegerType(laneBits * 2));
      Value s = arith::AddIOp::create(b, loc, ext(arg(0), wide, false),
                                      ext(arg(1), wide, false));
      s = arith::AddIOp::create(b, loc, s, splatConst(wide, 1));
      s = arith::ShRUIOp::create(b, loc, s, splatConst(wide, 1));
      return setVec(arith::TruncIOp::create(b, loc, vt, s));
    }
    if (inst == "bitmask" || inst == "all_true") {
      VectorType i1s = VectorType::get({(int64_t)lanes}, b.getI1Type());
      Value zero = arith::ConstantOp::create(b, loc, b.getZeroAttr(vt));
      Value bits = arith::CmpIOp::create(
          b, loc,
          inst == "bitmask" ? arith::CmpIPredicate::slt
                            : arith::CmpIPredicate::ne,
          arg(0), zero);
      (void)i1s;
      Value mask = bc(bits, b.getIntegerType(lanes));
      if (inst == "all_true")
        return setScalar(i32Bool(
            loc, arith::CmpIOp::create(
                     b, loc, arith::CmpIPredicate::eq, mask,
                     constInt(loc, b.getIntegerType(lanes), -1))));
      return setScalar(arith::ExtUIOp::create(b, loc, b.getI32Type(), mask));
    }
    if (inst.starts_with("narrow_")) {
      VectorType src = shapeOf(inst.drop_front(7));
      bool sign = inst.ends_with("_s");
      int64_t lo = sign ? -(int64_t(1) << (laneBits - 1)) : 0;
      int64_t hi = sign ? (int64_t(1) << (laneBits - 1)) - 1
                        : (int64_t(1) << laneBits) - 1;
      auto clamp = [&](Value v) -> Value {
        v = arith::MaxSIOp::create(b, loc, bc(v, src), splatConst(src, lo));
        v = arith::MinSIOp::create(b, loc, v, splatConst(src, hi));
        return arith::TruncIOp::create(
            b, loc, VectorType::get({src.getNumElements()}, laneTy), v);
      };
      return setVec(shuffle(clamp(args[0]), clamp(args[1]), range(0, lanes)));
    }
    if (inst.starts_with("extend_")) {
      // extend_low_i8x16_s
      StringRef rest = inst.drop_front(7);
      bool high = rest.starts_with("high");
      VectorType src = shapeOf(rest.drop_front(high ? 5 : 4));
      return setVec(extendHalf(args[0], src, high, inst.ends_with("_s")));
    }
    if (inst.starts_with("extmul_")) {
      StringRef rest = inst.drop_front(7);
      bool high = rest.starts_with("high");
      VectorType src = shapeOf(rest.drop_front(high ? 5 : 4));
      bool sign = inst.ends_with("_s");
      return setVec(arith::MulIOp::create(
          b, loc, extendHalf(args[0], src, high, sign),
          extendHalf(args[1], src, high, sign)));
    }
    if (inst.starts_with("extadd_pairwise_")) {
      VectorType src = shapeOf(inst.drop_front(16));
      VectorType wide =
          VectorType::get({src.getNumElements()}, laneTy);
      Value w = ext(bc(args[0], src), wide, inst.ends_with("_s"));
      return setVec(arith::AddIOp::create(b, loc, shuffle(w, w, range(0, lanes, 2)),
                                          shuffle(w, w, range(1, lanes, 2))));
    }
    if (name == "i32x4.dot_i16x8_s") {
      VectorType src = shapeOf("i16x8");
      VectorType wide = VectorType::get({8}, laneTy);
      Value p = arith::MulIOp::create(b, loc, ext(bc(args[0], src), wide, true),
                                      ext(bc(args[1], src), wide, true));
      return setVec(arith::AddIOp::create(b, loc, shuffle(p, p, range(0, 4, 2)),
                                          shuffle(p, p, range(1, 4, 2))));
    }
    if (name == "i16x8.q15mulr_sat_s") {
      VectorType wide = VectorType::get({8}, b.getI32Type());
      Value p = arith::MulIOp::create(b, loc, ext(arg(0), wide, true),
                                      ext(arg(1), wide, true));
      p = arith::AddIOp::create(b, loc, p, splatConst(wide, 0x4000));
      p = arith::ShRSIOp::create(b, loc, p, splatConst(wide, 15));
      p = arith::MinSIOp::create(b, loc, p, splatConst(wide, 0x7fff));
      return setVec(arith::TruncIOp::create(b, loc, vt, p));
    }
    if (inst.starts_with("trunc_sat_")) {
      // i32x4.trunc_sat_f32x4_s, i32x4.trunc_sat_f64x2_s_zero
      VectorType src = shapeOf(inst.drop_front(10));
      bool sign = inst.contains("_s");
      sign = inst.drop_front(15).starts_with("_s");
      VectorType res = VectorType::get({src.getNumElements()}, laneTy);
      std::string iname =
          (Twine(sign ? "llvm.fptosi.sat" : "llvm.fptoui.sat") + ".v" +
           Twine(src.getNumElements()) + "i32.v" +
           Twine(src.getNumElements()) + "f" +
           Twine(src.getElementTypeBitWidth()))
              .str();
      Value r = LLVM::CallIntrinsicOp::create(b, loc, res,
                                              b.getStringAttr(iname),
                                              ValueRange{bc(args[0], src)})
                    .getResult(0);
      if (src.getNumElements() == 2)
        r = shuffle(r, arith::ConstantOp::create(b, loc, b.getZeroAttr(res)),
                    {0, 1, 2, 3});
      return setVec(r);
    }
  }
  if (isFloat) {
    if (inst == "sqrt")
      return setVec(quiet(intrinsic("llvm.sqrt", {arg(0)}, vt)));
    if (inst == "ceil")
      return setVec(quiet(intrinsic("llvm.ceil", {arg(0)}, vt)));
    if (inst == "floor")
      return setVec(quiet(intrinsic("llvm.floor", {arg(0)}, vt)));
    if (inst == "trunc")
      return setVec(quiet(intrinsic("llvm.trunc", {arg(0)}, vt)));
    if (inst == "nearest")
      return setVec(quiet(intrinsic("llvm.roundeven", {arg(0)}, vt)));
    if (inst == "convert_i32x4_s" || inst == "convert_i32x4_u") {
      Value a = bc(args[0], shapeOf("i32x4"));
      return setVec(inst.ends_with("_s")
                        ? Value(arith::SIToFPOp::create(b, loc, vt, a))
                        : Value(arith::UIToFPOp::create(b, loc, vt, a)));
    }
    if (inst == "convert_low_i32x4_s" || inst == "convert_low_i32x4_u") {
      Value a = bc(args[0], shapeOf("i32x4"));
      Value lo = shuffle(a, a, {0, 1});
      return setVec(inst.ends_with("_s")
                        ? Value(arith::SIToFPOp::create(b, loc, vt, lo))
                        : Value(arith::UIToFPOp::create(b, loc, vt, lo)));
    }
    if (name == "f32x4.demote_f64x2_zero") {
      VectorType two = VectorType::get({2}, laneTy);
      Value r = arith::TruncFOp::create(b, loc, two,
                                        bc(args[0], shapeOf("f64x2")));
      // (Canonicalized as a whole vector: the x86 backend cannot select
      // llvm.canonicalize.v2f32.)
      r = shuffle(r, arith::ConstantOp::create(b, loc, b.getZeroAttr(two)),
                  {0, 1, 2, 3});
      return setVec(intrinsic("llvm.canonicalize", {r}, vt));
    }
    if (name == "f64x2.promote_low_f32x4") {
      Value a = bc(args[0], shapeOf("f32x4"));
      Value r = arith::ExtFOp::create(b, loc, vt, shuffle(a, a, {0, 1}));
      return setVec(intrinsic("llvm.canonicalize", {r}, vt));
    }
  }
  if (!isFloat) {
    if (inst == "add")
      return setVec(arith::AddIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "sub")
      return setVec(arith::SubIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "mul" && laneBits > 8)
      return setVec(arith::MulIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "neg")
      return setVec(arith::SubIOp::create(
          b, loc,
          arith::ConstantOp::create(b, loc, b.getZeroAttr(vt)), arg(0)));
    if (inst == "min_s")
      return setVec(arith::MinSIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "min_u")
      return setVec(arith::MinUIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "max_s")
      return setVec(arith::MaxSIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "max_u")
      return setVec(arith::MaxUIOp::create(b, loc, arg(0), arg(1)));
    if (inst == "shl" || inst == "shr_s" || inst == "shr_u") {
      Value n = arith::AndIOp::create(
          b, loc, args[1], constInt(loc, b.getI32Type(), laneBits - 1));
      if (laneBits < 32)
        n = arith::TruncIOp::create(b, loc, laneTy, n);
      else if (laneBits > 32)
        n = arith::ExtUIOp::create(b, loc, laneTy, n);
      Value count = splat(n, vt);
      if (inst == "shl")
        return setVec(arith::ShLIOp::create(b, loc, arg(0), count));
      if (inst == "shr_s")
        return setVec(arith::ShRSIOp::create(b, loc, arg(0), count));
      return setVec(arith::ShRUIOp::create(b, loc, arg(0), count));
    }
    using P = arith::CmpIPredicate;
    if (inst == "eq")
      return icmp(P::eq);
    if (inst == "ne")
      return icmp(P::ne);
    if (inst == "lt_s")
      return icmp(P::slt);
    if (inst == "lt_u")
      return icmp(P::ult);
    if (inst == "gt_s")
      return icmp(P::sgt);
    if (inst == "gt_u")
      return icmp(P::ugt);
    if (inst == "le_s")
      return icmp(P::sle);
    if (inst == "le_u")
      return icmp(P::ule);
    if (inst == "ge_s")
      return icmp(P::sge);
    if (inst == "ge_u")
      return icmp(P::uge);
    return unsupported();
  }

  // Float lanes.
  using F = arith::CmpFPredicate;
  if (inst == "eq")
    return fcmp(F::OEQ);
  if (inst == "ne")
    return fcmp(F::UNE);
  if (inst == "lt")
    return fcmp(F::OLT);
  if (inst == "gt")
    return fcmp(F::OGT);
  if (inst == "le")
    return fcmp(F::OLE);
  if (inst == "ge")
    return fcmp(F::OGE);
  if (inst == "add")
    return setVec(quiet(arith::AddFOp::create(b, loc, arg(0), arg(1))));
  if (inst == "sub")
    return setVec(quiet(arith::SubFOp::create(b, loc, arg(0), arg(1))));
  if (inst == "mul")
    return setVec(quiet(arith::MulFOp::create(b, loc, arg(0), arg(1))));
  if (inst == "div")
    return setVec(quiet(arith::DivFOp::create(b, loc, arg(0), arg(1))));
  if (inst == "abs")
    return setVec(arith::AndIOp::create(
        b, loc, bc(args[0], intVt),
        arith::XOrIOp::create(b, loc, signMask(), allOnes(intVt))));
  if (inst == "neg")
    return setVec(
        arith::XOrIOp::create(b, loc, bc(args[0], intVt), signMask()));
  if (inst == "min" || inst == "max") {
    Value r = intrinsic(inst == "min" ? "llvm.minimum" : "llvm.maximum",
                        {arg(0), arg(1)}, vt);
    // llvm.minimum/maximum pass a NaN operand through as it is; Wasm
    // wants a quiet one.
    Value anyNaN =
        arith::CmpFOp::create(b, loc, F::UNO, arg(0), arg(1));
    Value sum = intrinsic("llvm.canonicalize",
                          {arith::AddFOp::create(b, loc, arg(0), arg(1))}, vt);
    return setVec(arith::SelectOp::create(b, loc, anyNaN, sum, r));
  }
  if (inst == "pmin" || inst == "pmax") {
    Value a = arg(0), c = arg(1);
    Value lt = inst == "pmin" ? arith::CmpFOp::create(b, loc, F::OLT, c, a)
                              : arith::CmpFOp::create(b, loc, F::OLT, a, c);
    return setVec(arith::SelectOp::create(b, loc, lt, c, a));
  }
  return unsupported();
}

bool BodyLowering::isFoldableIdentity(Value v) {
  auto c = v.getDefiningOp<arith::ConstantOp>();
  if (!c)
    return false;
  auto f = dyn_cast<FloatAttr>(c.getValue());
  if (!f)
    return false;
  double d = f.getValueAsDouble();
  return d == 0.0 || d == 1.0 || d == -1.0;
}

LogicalResult BodyLowering::lowerNumeric(Operation *op) {
  Location loc = op->getLoc();
  if (isa<wd::DivSOp, wd::DivUOp, wd::RemSOp, wd::RemUOp>(op))
    return lowerDivRem(op);
  if (isa<wd::TruncSOp>(op))
    return lowerTrunc(op, true, false);
  if (isa<wd::TruncUOp>(op))
    return lowerTrunc(op, false, false);
  if (isa<wd::TruncSatSOp>(op))
    return lowerTrunc(op, true, true);
  if (isa<wd::TruncSatUOp>(op))
    return lowerTrunc(op, false, true);

  SmallVector<Value> args = lookup(op->getOperands());
  auto setResult = [&](Value v) {
    map.map(op->getResult(0), v);
    return success();
  };
  Type t = args.empty() ? Type() : args[0].getType();
  bool isFloat = t && isa<FloatType>(t);
  Type resultTy = op->getNumResults() ? op->getResult(0).getType() : Type();

  // Shift and rotate counts are taken modulo the bit width.
  auto maskedCount = [&]() {
    unsigned w = t.getIntOrFloatBitWidth();
    return arith::AndIOp::create(b, loc, args[1], constInt(loc, t, w - 1));
  };
  auto icmp = [&](arith::CmpIPredicate p) {
    return setResult(
        i32Bool(loc, arith::CmpIOp::create(b, loc, p, args[0], args[1])));
  };
  auto fcmp = [&](arith::CmpFPredicate p) {
    return setResult(
        i32Bool(loc, arith::CmpFOp::create(b, loc, p, args[0], args[1])));
  };
  // Float arithmetic with a ±0/±1 operand may be folded by MLIR or LLVM into
  // a copy or negation of the other operand, which would not quiet a
  // signalling NaN. A constant dividend cannot (1/x is not x): only the
  // divisor counts for division.
  auto floatArith = [&](Value r, bool lhsCounts = true) {
    if ((lhsCounts && isFoldableIdentity(args[0])) ||
        isFoldableIdentity(args[1]))
      r = quietNaN(loc, r);
    return setResult(r);
  };
  // min/max: llvm.minimum/maximum propagate a NaN operand as it is; Wasm
  // wants a quiet one.
  auto minMax = [&](Value r) {
    Value anyNaN = arith::CmpFOp::create(b, loc, arith::CmpFPredicate::UNO,
                                         args[0], args[1]);
    Value sum = arith::AddFOp::create(b, loc, args[0], args[1]);
    return setResult(arith::SelectOp::create(b, loc, anyNaN,
                                             quietNaN(loc, sum), r));
  };

  return TypeSwitch<Operation *, LogicalResult>(op)
      .Case([&](wd::AddOp) {
        if (isFloat)
          return floatArith(arith::AddFOp::create(b, loc, args[0], args[1]));
        return setResult(arith::AddIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::SubOp) {
        if (isFloat)
          return floatArith(arith::SubFOp::create(b, loc, args[0], args[1]));
        return setResult(arith::SubIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::MulOp) {
        if (isFloat)
          return floatArith(arith::MulFOp::create(b, loc, args[0], args[1]));
        return setResult(arith::MulIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::DivOp) {
        return floatArith(arith::DivFOp::create(b, loc, args[0], args[1]),
                          /*lhsCounts=*/false);
      })
      .Case([&](wd::AndOp) {
        return setResult(arith::AndIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::OrOp) {
        return setResult(arith::OrIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::XorOp) {
        return setResult(arith::XOrIOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::ShlOp) {
        return setResult(arith::ShLIOp::create(b, loc, args[0], maskedCount()));
      })
      .Case([&](wd::ShrSOp) {
        return setResult(
            arith::ShRSIOp::create(b, loc, args[0], maskedCount()));
      })
      .Case([&](wd::ShrUOp) {
        return setResult(
            arith::ShRUIOp::create(b, loc, args[0], maskedCount()));
      })
      .Case([&](wd::RotlOp) {
        // fshl(x, x, k) is a rotate; LLVM masks k modulo the width itself.
        return setResult(
            LLVM::FshlOp::create(b, loc, t, args[0], args[0], args[1]));
      })
      .Case([&](wd::RotrOp) {
        return setResult(
            LLVM::FshrOp::create(b, loc, t, args[0], args[0], args[1]));
      })
      .Case([&](wd::ClzOp) {
        return setResult(math::CountLeadingZerosOp::create(b, loc, args[0]));
      })
      .Case([&](wd::CtzOp) {
        return setResult(math::CountTrailingZerosOp::create(b, loc, args[0]));
      })
      .Case([&](wd::PopcntOp) {
        return setResult(math::CtPopOp::create(b, loc, args[0]));
      })
      .Case<wd::Extend8SOp, wd::Extend16SOp, wd::Extend32SOp>([&](Operation *) {
        unsigned bits = isa<wd::Extend8SOp>(op)    ? 8
                        : isa<wd::Extend16SOp>(op) ? 16
                                                   : 32;
        Value narrow =
            arith::TruncIOp::create(b, loc, b.getIntegerType(bits), args[0]);
        return setResult(arith::ExtSIOp::create(b, loc, t, narrow));
      })
      .Case([&](wd::EqzOp) {
        return setResult(i32Bool(
            loc, arith::CmpIOp::create(b, loc, arith::CmpIPredicate::eq,
                                       args[0], constInt(loc, t, 0))));
      })
      .Case([&](wd::EqOp) {
        return isFloat ? fcmp(arith::CmpFPredicate::OEQ)
                       : icmp(arith::CmpIPredicate::eq);
      })
      .Case([&](wd::NeOp) {
        return isFloat ? fcmp(arith::CmpFPredicate::UNE)
                       : icmp(arith::CmpIPredicate::ne);
      })
      .Case([&](wd::LtSOp) { return icmp(arith::CmpIPredicate::slt); })
      .Case([&](wd::LtUOp) { return icmp(arith::CmpIPredicate::ult); })
      .Case([&](wd::GtSOp) { return icmp(arith::CmpIPredicate::sgt); })
      .Case([&](wd::GtUOp) { return icmp(arith::CmpIPredicate::ugt); })
      .Case([&](wd::LeSOp) { return icmp(arith::CmpIPredicate::sle); })
      .Case([&](wd::LeUOp) { return icmp(arith::CmpIPredicate::ule); })
      .Case([&](wd::GeSOp) { return icmp(arith::CmpIPredicate::sge); })
      .Case([&](wd::GeUOp) { return icmp(arith::CmpIPredicate::uge); })
      .Case([&](wd::LtOp) { return fcmp(arith::CmpFPredicate::OLT); })
      .Case([&](wd::GtOp) { return fcmp(arith::CmpFPredicate::OGT); })
      .Case([&](wd::LeOp) { return fcmp(arith::CmpFPredicate::OLE); })
      .Case([&](wd::GeOp) { return fcmp(arith::CmpFPredicate::OGE); })
      .Case([&](wd::MinOp) {
        return minMax(arith::MinimumFOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::MaxOp) {
        return minMax(arith::MaximumFOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::CopysignOp) {
        return setResult(math::CopySignOp::create(b, loc, args[0], args[1]));
      })
      .Case([&](wd::AbsOp) {
        return setResult(math::AbsFOp::create(b, loc, args[0]));
      })
      .Case([&](wd::NegOp) {
        return setResult(arith::NegFOp::create(b, loc, args[0]));
      })
      .Case([&](wd::SqrtOp) {
        return setResult(math::SqrtOp::create(b, loc, args[0]));
      })
      .Case([&](wd::CeilOp) {
        return setResult(math::CeilOp::create(b, loc, args[0]));
      })
      .Case([&](wd::FloorOp) {
        return setResult(math::FloorOp::create(b, loc, args[0]));
      })
      .Case([&](wd::TruncOp) {
        return setResult(math::TruncOp::create(b, loc, args[0]));
      })
      .Case([&](wd::NearestOp) {
        return setResult(math::RoundEvenOp::create(b, loc, args[0]));
      })
      .Case([&](wd::WrapOp) {
        return setResult(arith::TruncIOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::ExtendSOp) {
        return setResult(arith::ExtSIOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::ExtendUOp) {
        return setResult(arith::ExtUIOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::ConvertSOp) {
        return setResult(arith::SIToFPOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::ConvertUOp) {
        return setResult(arith::UIToFPOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::DemoteOp) {
        // LLVM folds demote(promote x) to x, which must still quiet x.
        Value r = arith::TruncFOp::create(b, loc, resultTy, args[0]);
        if (op->getOperand(0).getDefiningOp<wd::PromoteOp>())
          r = quietNaN(loc, r);
        return setResult(r);
      })
      .Case([&](wd::PromoteOp) {
        return setResult(arith::ExtFOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::ReinterpretOp) {
        return setResult(arith::BitcastOp::create(b, loc, resultTy, args[0]));
      })
      .Case([&](wd::RefNullOp) {
        return setResult(LLVM::ZeroOp::create(b, loc, ptrTy));
      })
      .Case([&](wd::RefIsNullOp) {
        Value null = LLVM::ZeroOp::create(b, loc, ptrTy);
        return setResult(i32Bool(
            loc, LLVM::ICmpOp::create(b, loc, LLVM::ICmpPredicate::eq,
                                      args[0], null)));
      })
      .Case([&](wd::RefFuncOp r) {
        return setResult(slotArrayElement(
            loc, W2N_SLOT_FUNCS,
            info.funcIndex.lookup(r.getFunctionAttr().getAttr())));
      })
      .Default([&](Operation *op) -> LogicalResult {
        return op->emitOpError("has no native lowering yet");
      });
}

namespace {

/// Letter of a value type in the runtime's type strings (abi.h).
static char typeLetter(Type t) {
  if (t.isInteger(32))
    return 'i';
  if (t.isInteger(64))
    return 'l';
  if (t.isF32())
    return 'f';
  if (t.isF64())
    return 'd';
  if (isa<wd::V128Type>(t))
    return 'v';
  if (isa<wd::FuncRefType>(t))
    return 'F';
  return 'E';
}

static std::string typeString(TypeRange types) {
  std::string s;
  for (Type t : types)
    s += typeLetter(t);
  return s;
}

/// Builds the functions the runtime calls: trampolines, init and describe.
class ModuleLowering {
public:
  ModuleLowering(ModuleOp module, ModuleInfo &info, BodyLowering &bodies,
                 StringRef prefix, bool guard)
      : module(module), info(info), bodies(bodies), b(bodies.builder()),
        prefix(prefix.str()), guard(guard),
        ptrTy(LLVM::LLVMPointerType::get(module.getContext())) {}

  LogicalResult run(ArrayRef<std::pair<wd::FuncOp, func::FuncOp>> funcs);

private:
  /// Address of a private constant holding `bytes` (NUL-terminated when
  /// `cString`).
  Value constantBytes(Location loc, StringRef bytes, bool cString);
  Value funcPointer(Location loc, func::FuncOp f);
  func::FuncOp newFunc(StringRef name, TypeRange params,
                       TypeRange results = {});
  void emitTrampoline(func::FuncOp target, FunctionType wasmType,
                      StringRef name);
  LogicalResult emitInit(func::FuncOp init);
  void emitDescribe(func::FuncOp describe, func::FuncOp init,
                    ArrayRef<std::pair<func::FuncOp, func::FuncOp>> defined);

  ModuleOp module;
  ModuleInfo &info;
  BodyLowering &bodies;
  OpBuilder &b;
  std::string prefix;
  bool guard;
  Type ptrTy;
  llvm::StringMap<LLVM::GlobalOp> strings;
};

} // namespace

Value ModuleLowering::constantBytes(Location loc, StringRef bytes,
                                    bool cString) {
  std::string key = (cString ? "s:" : "b:") + bytes.str();
  LLVM::GlobalOp global = strings.lookup(key);
  if (!global) {
    OpBuilder::InsertionGuard g(b);
    b.setInsertionPointToStart(module.getBody());
    std::string data = bytes.str();
    if (cString)
      data.push_back('\0');
    auto type = LLVM::LLVMArrayType::get(b.getI8Type(), data.size());
    std::string name = prefix + "c" + std::to_string(strings.size());
    global = LLVM::GlobalOp::create(b, loc, type, /*isConstant=*/true,
                                    LLVM::Linkage::Private, name,
                                    b.getStringAttr(data));
    strings[key] = global;
  }
  return LLVM::AddressOfOp::create(b, loc, global);
}

Value ModuleLowering::funcPointer(Location loc, func::FuncOp f) {
  // func.constant becomes llvm.mlir.addressof in the LLVM lowering; the cast
  // to a pointer then folds away.
  Value fn = func::ConstantOp::create(b, loc, f.getFunctionType(),
                                      SymbolRefAttr::get(f));
  return UnrealizedConversionCastOp::create(b, loc, ptrTy, fn).getResult(0);
}

func::FuncOp ModuleLowering::newFunc(StringRef name, TypeRange params,
                                     TypeRange results) {
  OpBuilder::InsertionGuard g(b);
  b.setInsertionPointToEnd(module.getBody());
  auto f = func::FuncOp::create(b, module.getLoc(), name,
                                b.getFunctionType(params, results));
  f.addEntryBlock();
  return f;
}

void ModuleLowering::emitTrampoline(func::FuncOp target, FunctionType wasmType,
                                    StringRef name) {
  func::FuncOp t = newFunc(name, {ptrTy, ptrTy});
  t.setPrivate();
  t->setAttr("llvm.linkage",
             LLVM::LinkageAttr::get(b.getContext(), LLVM::Linkage::Internal));
  // Nothing is inlined into a trampoline, so a trap's code address always
  // lies in the function it happened in (w2n_trap_location).
  t->setAttr("passthrough", b.getArrayAttr({b.getStringAttr("noinline"),
                                            b.getStringAttr("optnone")}));
  OpBuilder::InsertionGuard g(b);
  Block &entry = t.getBody().front();
  b.setInsertionPointToEnd(&entry);
  Location loc = target.getLoc();
  Value inst = entry.getArgument(0), cells = entry.getArgument(1);
  auto cell = [&](unsigned i) {
    return LLVM::GEPOp::create(b, loc, ptrTy, b.getI8Type(), cells,
                               ArrayRef<LLVM::GEPArg>{
                                   int32_t(i * W2N_VALUE_SIZE)});
  };
  SmallVector<Value> args{inst};
  for (auto [i, t] : llvm::enumerate(wasmType.getInputs()))
    args.push_back(LLVM::LoadOp::create(b, loc, bodies.convertType(t),
                                        cell(i), 8));
  auto call = func::CallOp::create(b, loc, target, args);
  for (auto [i, r] : llvm::enumerate(call.getResults()))
    LLVM::StoreOp::create(b, loc, r, cell(i), 8);
  func::ReturnOp::create(b, loc);
}

LogicalResult ModuleLowering::emitInit(func::FuncOp init) {
  bodies.beginInit(init);
  Value inst = bodies.instance();
  Type i32 = b.getI32Type();
  Location loc = module.getLoc();

  // Globals, in index order; imports already hold their values.
  for (auto g : module.getOps<wd::GlobalOp>()) {
    auto vals = bodies.lowerConstExpr(g.getInit());
    if (failed(vals))
      return failure();
    Value cell = bodies.slotArrayElement(
        g.getLoc(), W2N_SLOT_GLOBALS, info.globalIndex.lookup(g.getSymNameAttr()));
    LLVM::StoreOp::create(b, g.getLoc(), (*vals)[0], cell, 8);
  }

  // Element segments: register the items, then run active segments'
  // table.init and drop active and declarative ones, in segment order.
  unsigned segIndex = 0;
  for (auto e : module.getOps<wd::ElemOp>()) {
    Location l = e.getLoc();
    Value offset;
    if (e.getMode() == wd::SegmentMode::active) {
      auto off = bodies.lowerConstExpr(e.getOffset());
      if (failed(off))
        return failure();
      offset = (*off)[0];
    }
    auto items = bodies.lowerConstExpr(e.getItems());
    if (failed(items))
      return failure();
    Value count = bodies.constInt(l, i32, items->size());
    Value array = LLVM::ZeroOp::create(b, l, ptrTy);
    if (!items->empty()) {
      Value n = bodies.constInt(l, b.getI64Type(), items->size());
      array = LLVM::AllocaOp::create(b, l, ptrTy, ptrTy, n);
      for (auto [i, v] : llvm::enumerate(*items)) {
        Value slot = LLVM::GEPOp::create(b, l, ptrTy, ptrTy, array,
                                         ArrayRef<LLVM::GEPArg>{int32_t(i)});
        LLVM::StoreOp::create(b, l, v, slot, 8);
      }
    }
    Value seg = bodies.constInt(l, i32, segIndex);
    bodies.callRuntime(l, "w2n_elem_segment", Type(),
                       {inst, seg, array, count});
    if (e.getMode() == wd::SegmentMode::active) {
      Value table = bodies.constInt(
          l, i32, info.tableIndex.lookup(e.getTableAttr().getAttr()));
      bodies.callRuntime(l, "w2n_table_init", Type(),
                         {inst, table, seg, offset, bodies.constInt(l, i32, 0),
                          count});
    }
    if (e.getMode() != wd::SegmentMode::passive)
      bodies.callRuntime(l, "w2n_elem_drop", Type(), {inst, seg});
    ++segIndex;
  }

  segIndex = 0;
  for (auto d : module.getOps<wd::DataOp>()) {
    Location l = d.getLoc();
    Value seg = bodies.constInt(l, i32, segIndex++);
    Value len = bodies.constInt(l, i32, d.getInit().size());
    Value bytes = d.getInit().empty()
                      ? Value(LLVM::ZeroOp::create(b, l, ptrTy))
                      : constantBytes(l, d.getInit(), /*cString=*/false);
    bodies.callRuntime(l, "w2n_data_segment", Type(), {inst, seg, bytes, len});
    if (d.getMode() == wd::SegmentMode::active) {
      auto off = bodies.lowerConstExpr(d.getOffset());
      if (failed(off))
        return failure();
      bodies.callRuntime(l, "w2n_memory_init", Type(),
                         {inst, seg, (*off)[0], bodies.constInt(l, i32, 0),
                          len});
      bodies.callRuntime(l, "w2n_data_drop", Type(), {inst, seg});
    }
  }

  for (auto start : module.getOps<wd::StartOp>()) {
    StringAttr callee = start.getFunctionAttr().getAttr();
    if (info.importedFuncs.contains(callee)) {
      Value funcObj = bodies.slotArrayElement(loc, W2N_SLOT_FUNCS,
                                              info.funcIndex.lookup(callee));
      bodies.callFuncObject(loc, funcObj, ValueRange(), TypeRange());
    } else {
      func::CallOp::create(b, loc, info.funcNewName.lookup(callee),
                           TypeRange(), ValueRange{inst});
    }
  }
  func::ReturnOp::create(b, loc);
  return success();
}

void ModuleLowering::emitDescribe(
    func::FuncOp describe, func::FuncOp init,
    ArrayRef<std::pair<func::FuncOp, func::FuncOp>> defined) {
  OpBuilder::InsertionGuard g(b);
  Block &entry = describe.getBody().front();
  b.setInsertionPointToEnd(&entry);
  Location loc = module.getLoc();
  Value mb = entry.getArgument(0);
  Type i32 = b.getI32Type(), i64 = b.getI64Type(), i8 = b.getI8Type();
  auto c32 = [&](int64_t v) { return bodies.constInt(loc, i32, v); };
  auto c64 = [&](uint64_t v) {
    return bodies.constInt(loc, i64, int64_t(v));
  };
  auto c8 = [&](char v) { return bodies.constInt(loc, i8, v); };
  auto str = [&](StringRef s) { return constantBytes(loc, s, true); };
  auto maxOf = [&](std::optional<uint64_t> max) {
    return c64(max ? *max : W2N_NO_MAX);
  };
  auto call = [&](StringRef name, ArrayRef<Value> args) {
    bodies.callRuntime(loc, name, Type(), args);
  };

  call("w2n_mb_bounds_checks", {mb, c32(guard ? 1 : 0)});
  // Every type was registered while lowering the bodies; the list goes out
  // before anything refers to it by index.
  for (FunctionType t : info.types)
    call("w2n_mb_type",
         {mb, str(typeString(t.getInputs())), str(typeString(t.getResults()))});
  for (Operation &op : module.getBody()->getOperations()) {
    if (auto f = dyn_cast<wd::ImportFuncOp>(op)) {
      call("w2n_mb_import_func",
           {mb, str(f.getModuleName()), str(f.getImportName()),
            c32(info.getTypeIndex(f.getFunctionType()))});
    } else if (auto gl = dyn_cast<wd::ImportGlobalOp>(op)) {
      call("w2n_mb_import_global",
           {mb, str(gl.getModuleName()), str(gl.getImportName()),
            c8(typeLetter(gl.getType())), c32(gl.getIsMutable())});
    } else if (auto m = dyn_cast<wd::ImportMemoryOp>(op)) {
      call("w2n_mb_import_memory",
           {mb, str(m.getModuleName()), str(m.getImportName()),
            c64(m.getMin()), maxOf(m.getMax())});
    } else if (auto t = dyn_cast<wd::ImportTableOp>(op)) {
      call("w2n_mb_import_table",
           {mb, str(t.getModuleName()), str(t.getImportName()),
            c8(typeLetter(t.getElemType())), c64(t.getMin()),
            maxOf(t.getMax())});
    }
  }
  SmallVector<unsigned> definedTypes;
  for (auto wf : module.getOps<wd::FuncOp>())
    definedTypes.push_back(info.getTypeIndex(wf.getFunctionType()));
  for (auto [i, pair] : llvm::enumerate(defined))
    call("w2n_mb_func", {mb, c32(definedTypes[i]), funcPointer(loc, pair.first),
                         funcPointer(loc, pair.second)});
  // Function names (the name section's, or func_N) for trap reports.
  for (auto wf : module.getOps<wd::FuncOp>())
    call("w2n_mb_func_name",
         {mb, c32(info.funcIndex.lookup(wf.getSymNameAttr())),
          str(wf.getSymName())});
  for (auto m : module.getOps<wd::MemoryOp>())
    call("w2n_mb_memory", {mb, c64(m.getMin()), maxOf(m.getMax())});
  for (auto t : module.getOps<wd::TableOp>())
    call("w2n_mb_table", {mb, c8(typeLetter(t.getElemType())),
                          c64(t.getMin()), maxOf(t.getMax())});
  for (auto gl : module.getOps<wd::GlobalOp>())
    call("w2n_mb_global",
         {mb, c8(typeLetter(gl.getType())), c32(gl.getIsMutable())});
  for (auto e : module.getOps<wd::ExportOp>()) {
    StringAttr target = e.getTargetAttr().getAttr();
    unsigned index = 0;
    switch (e.getKind()) {
    case wd::ExternKind::func:
      index = info.funcIndex.lookup(target);
      break;
    case wd::ExternKind::global:
      index = info.globalIndex.lookup(target);
      break;
    case wd::ExternKind::table:
      index = info.tableIndex.lookup(target);
      break;
    case wd::ExternKind::memory:
      index = 0;
      break;
    }
    // Export names may contain NUL bytes: pass the length.
    call("w2n_mb_export_n",
         {mb, str(e.getExportName()), c32(e.getExportName().size()),
          c32(uint32_t(e.getKind())), c32(index)});
  }
  unsigned numElem = llvm::range_size(module.getOps<wd::ElemOp>());
  unsigned numData = llvm::range_size(module.getOps<wd::DataOp>());
  call("w2n_mb_segments", {mb, c32(numElem), c32(numData)});
  call("w2n_mb_init", {mb, funcPointer(loc, init)});
  func::ReturnOp::create(b, loc);
}

LogicalResult ModuleLowering::run(
    ArrayRef<std::pair<wd::FuncOp, func::FuncOp>> funcs) {
  SmallVector<std::pair<func::FuncOp, func::FuncOp>> defined;
  for (auto [i, pair] : llvm::enumerate(funcs)) {
    auto [src, dst] = pair;
    std::string name = (dst.getSymName() + "_t").str();
    emitTrampoline(dst, src.getFunctionType(), name);
    defined.push_back(
        {dst, module.lookupSymbol<func::FuncOp>(name)});
  }
  func::FuncOp init = newFunc(prefix + "init", {ptrTy});
  init.setPrivate();
  init->setAttr("llvm.linkage", LLVM::LinkageAttr::get(
                                    b.getContext(), LLVM::Linkage::Internal));
  if (failed(emitInit(init)))
    return failure();
  func::FuncOp describe = newFunc(prefix + "describe", {ptrTy});
  emitDescribe(describe, init, defined);
  return success();
}

namespace {

struct ConvertWasmToStdPass
    : public w2n::impl::ConvertWasmToStdBase<ConvertWasmToStdPass> {
  using ConvertWasmToStdBase::ConvertWasmToStdBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    if (boundsChecks != "explicit" && boundsChecks != "guard") {
      module.emitError("bounds-checks must be 'explicit' or 'guard', not '")
          << boundsChecks << "'";
      return signalPassFailure();
    }
    ModuleInfo info;
    unsigned funcs = 0, globals = 0, tables = 0, elems = 0, datas = 0;
    for (Operation &op : module.getBody()->getOperations()) {
      TypeSwitch<Operation *>(&op)
          .Case([&](wd::ImportFuncOp f) {
            info.importedFuncs.insert(f.getSymNameAttr());
            info.funcIndex[f.getSymNameAttr()] = funcs++;
          })
          .Case([&](wd::FuncOp f) {
            info.funcNewName[f.getSymNameAttr()] =
                symbolPrefix + "f" + std::to_string(funcs);
            info.funcIndex[f.getSymNameAttr()] = funcs++;
          })
          .Case([&](wd::ImportGlobalOp g) {
            info.globalIndex[g.getSymNameAttr()] = globals++;
          })
          .Case([&](wd::GlobalOp g) {
            info.globalIndex[g.getSymNameAttr()] = globals++;
          })
          .Case<wd::ImportTableOp, wd::TableOp>([&](Operation *t) {
            info.tableIndex[SymbolTable::getSymbolName(t)] = tables++;
          })
          .Case([&](wd::ElemOp e) {
            info.elemIndex[e.getSymNameAttr()] = elems++;
          })
          .Case([&](wd::DataOp d) {
            info.dataIndex[d.getSymNameAttr()] = datas++;
          });
    }
    // Imported and defined function types come first in the type list, in
    // index order, so the runtime can intern them up front.
    for (auto f : module.getOps<wd::ImportFuncOp>())
      info.getTypeIndex(f.getFunctionType());
    for (auto f : module.getOps<wd::FuncOp>())
      info.getTypeIndex(f.getFunctionType());

    OpBuilder b(module.getContext());
    Type ptrTy = LLVM::LLVMPointerType::get(module.getContext());
    BodyLowering lowering(module, info, boundsChecks == "explicit",
                          stackCheck);
    SmallVector<std::pair<wd::FuncOp, func::FuncOp>> lowered;
    for (wd::FuncOp src : module.getOps<wd::FuncOp>()) {
      FunctionType ft = src.getFunctionType();
      SmallVector<Type> params{ptrTy}, results;
      for (Type t : ft.getInputs())
        params.push_back(lowering.convertType(t));
      for (Type t : ft.getResults())
        results.push_back(lowering.convertType(t));
      b.setInsertionPoint(src);
      auto dst = func::FuncOp::create(
          b, src.getLoc(), info.funcNewName.lookup(src.getSymNameAttr()),
          b.getFunctionType(params, results));
      dst.setPrivate();
      dst->setAttr("llvm.linkage", LLVM::LinkageAttr::get(
                                       b.getContext(), LLVM::Linkage::Internal));
      // Tail-recursion elimination would turn runaway recursion into an
      // endless loop instead of "call stack exhausted"; stack probes keep a
      // large frame from stepping over the guard page below the stack.
      auto kv = [&](StringRef k, StringRef v) {
        return b.getArrayAttr({b.getStringAttr(k), b.getStringAttr(v)});
      };
      dst->setAttr("passthrough",
                   b.getArrayAttr({kv("disable-tail-calls", "true"),
                                   kv("probe-stack", "inline-asm")}));
      dst.addEntryBlock();
      if (failed(lowering.lower(src, dst)))
        return signalPassFailure();
      lowered.push_back({src, dst});
    }

    ModuleLowering moduleLowering(module, info, lowering, symbolPrefix,
                                  boundsChecks == "guard");
    if (failed(moduleLowering.run(lowered)))
      return signalPassFailure();

    // Everything of the wasm dialect is now lowered.
    for (Operation &op :
         llvm::make_early_inc_range(module.getBody()->getOperations()))
      if (isa<wd::WasmDialect>(op.getDialect()))
        op.erase();
  }
};

} // namespace
