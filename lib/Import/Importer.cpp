//===- Importer.cpp - Decoded Wasm module to the wasm dialect -------------===//
//
// The importer replays each function body on an abstract operand stack of
// SSA values. Structured instructions open a frame whose op owns a region;
// `end` closes it with a `wasm.yield` and pushes the op's results. Code after
// an unconditional branch is dead and ends its region with that branch, so
// the importer skips it up to the matching `else`/`end` (the validator has
// already typed it).
//
// Every definition becomes a symbol. Symbols take the name section's
// function names when they are unique, and `func_N`, `global_N`, `mem_N`,
// `table_N`, `elem_N`, `data_N` otherwise.
//
//===----------------------------------------------------------------------===//

#include "w2n/Import/Importer.h"

#include "Wasm/WasmOps.h"
#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Instr.h"
#include "w2n/Binary/Module.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace w2n;
namespace wd = w2n::wasm;

namespace {

/// An open structured instruction (or the function body itself).
struct Frame {
  Operation *op = nullptr; // null for the function body
  SmallVector<Type, 2> params, results;
  size_t height = 0;        // operand stack height below the frame's values
  bool unreachable = false; // the rest of the current region is dead
  SmallVector<Value, 2> ifInputs; // an if's inputs, reused by its else arm
};

class Importer {
public:
  Importer(const Module &module, MLIRContext &ctx, StringRef fileName)
      : m(module), ctx(ctx), b(&ctx),
        file(StringAttr::get(&ctx, fileName)) {
    i32 = b.getI32Type();
    i64 = b.getI64Type();
    f32 = b.getF32Type();
    f64 = b.getF64Type();
    v128 = wd::V128Type::get(&ctx);
    funcref = wd::FuncRefType::get(&ctx);
    externref = wd::ExternRefType::get(&ctx);
  }

  OwningOpRef<ModuleOp> run();

private:
  Location loc(size_t offset) { return FileLineColLoc::get(file, 0, offset); }
  Type type(ValType t);
  SmallVector<Type> types(ArrayRef<ValType> ts);
  FunctionType funcType(const FuncType &t) {
    return b.getFunctionType(types(t.params), types(t.results));
  }
  FlatSymbolRefAttr sym(const std::vector<std::string> &names, uint32_t i) {
    return FlatSymbolRefAttr::get(&ctx, names[i]);
  }

  void assignSymbols();
  void importDefinitions(ModuleOp module);
  LogicalResult importConstExpr(Region &region, ConstExpr expr);
  /// Whether an instruction's op gets its own byte-offset location (see
  /// importInstr).
  static bool needsOwnLocation(Opcode op);
  LogicalResult importFunction(wd::FuncOp func, const Function &f,
                               uint32_t funcIndex);
  LogicalResult importInstr(const Instr &in);
  LogicalResult fail(size_t offset, const Twine &msg) {
    return emitError(loc(offset)) << msg;
  }

  // Function-body state.
  Value pop() { return stack.pop_back_val(); }
  SmallVector<Value> popN(size_t n) {
    SmallVector<Value> vals(stack.end() - n, stack.end());
    stack.resize(stack.size() - n);
    return vals;
  }
  void push(ValueRange vals) { stack.append(vals.begin(), vals.end()); }
  /// Types a branch to `depth` carries.
  ArrayRef<Type> labelTypes(uint32_t depth) {
    Frame &f = frames[frames.size() - 1 - depth];
    return isa_and_nonnull<wd::LoopOp>(f.op) ? f.params : f.results;
  }
  void blockTypeOf(const BlockType &bt, SmallVectorImpl<Type> &params,
                   SmallVectorImpl<Type> &results);
  void openFrame(Operation *op, Region &region, ArrayRef<Type> params,
                 ArrayRef<Type> results, ValueRange inputs, size_t offset);
  void closeRegion(size_t offset);
  void markUnreachable() { frames.back().unreachable = true; }
  /// Text-format name of an opcode without its type prefix, turned into the
  /// mnemonic of the matching `wasm` op (`i64.extend_i32_s` -> `extend_s`).
  OperationName numericOpName(Opcode op);

  const Module &m;
  MLIRContext &ctx;
  OpBuilder b;
  StringAttr file;
  Type i32, i64, f32, f64, v128, funcref, externref;

  std::vector<std::string> funcNames, globalNames, memNames, tableNames,
      elemNames, dataNames;

  /// The function being imported's location, shared by its ops that cannot
  /// trap; unset for constant expressions.
  std::optional<Location> bodyLoc;
  SmallVector<Value, 64> stack;
  SmallVector<Frame, 16> frames;
  SmallVector<Type, 32> localTypes;
  DenseMap<unsigned, OperationName> numericNames;
};

} // namespace

Type Importer::type(ValType t) {
  switch (t) {
  case ValType::I32:
    return i32;
  case ValType::I64:
    return i64;
  case ValType::F32:
    return f32;
  case ValType::F64:
    return f64;
  case ValType::V128:
    return v128;
  case ValType::FuncRef:
    return funcref;
  case ValType::ExternRef:
    return externref;
  }
  llvm_unreachable("unknown value type");
}

SmallVector<Type> Importer::types(ArrayRef<ValType> ts) {
  SmallVector<Type> out;
  out.reserve(ts.size());
  for (ValType t : ts)
    out.push_back(type(t));
  return out;
}

void Importer::assignSymbols() {
  llvm::StringSet<> used;
  auto uniqueName = [&](std::string name, StringRef fallback, uint32_t i) {
    if (name.empty() || used.contains(name))
      name = (fallback + "_" + Twine(i)).str();
    // A name-section name may have taken the fallback spelling already.
    for (unsigned n = 1; used.contains(name); ++n)
      name = (fallback + "_" + Twine(i) + "_" + Twine(n)).str();
    used.insert(name);
    return name;
  };
  for (uint32_t i = 0, e = m.numFuncs(); i < e; ++i)
    funcNames.push_back(uniqueName(m.funcName(i).str(), "func", i));
  for (uint32_t i = 0, e = m.numGlobals(); i < e; ++i)
    globalNames.push_back(uniqueName("", "global", i));
  for (uint32_t i = 0, e = m.numMemories(); i < e; ++i)
    memNames.push_back(uniqueName("", "mem", i));
  for (uint32_t i = 0, e = m.numTables(); i < e; ++i)
    tableNames.push_back(uniqueName("", "table", i));
  for (uint32_t i = 0, e = m.elems.size(); i < e; ++i)
    elemNames.push_back(uniqueName("", "elem", i));
  for (uint32_t i = 0, e = m.datas.size(); i < e; ++i)
    dataNames.push_back(uniqueName("", "data", i));
}

static IntegerAttr optionalMax(OpBuilder &b, const Limits &l) {
  return l.max ? b.getI64IntegerAttr(*l.max) : IntegerAttr();
}

OwningOpRef<ModuleOp> Importer::run() {
  OwningOpRef<ModuleOp> module = ModuleOp::create(loc(0));
  if (m.names.moduleName)
    module->setSymName(*m.names.moduleName);
  assignSymbols();
  b.setInsertionPointToEnd(module->getBody());
  importDefinitions(*module);

  // Function bodies, in function index order.
  uint32_t funcIndex = m.numImportedFuncs;
  for (const Function &f : m.functions) {
    auto func = wd::FuncOp::create(b, loc(f.offset), funcNames[funcIndex],
                                   funcType(m.types[f.typeIndex]),
                                   ArrayAttr());
    if (failed(importFunction(func, f, funcIndex)))
      return nullptr;
    b.setInsertionPointToEnd(module->getBody());
    ++funcIndex;
  }

  for (const Export &e : m.exports) {
    const std::vector<std::string> *names = nullptr;
    wd::ExternKind kind;
    switch (e.kind) {
    case ExternKind::Func:
      names = &funcNames, kind = wd::ExternKind::func;
      break;
    case ExternKind::Table:
      names = &tableNames, kind = wd::ExternKind::table;
      break;
    case ExternKind::Memory:
      names = &memNames, kind = wd::ExternKind::memory;
      break;
    case ExternKind::Global:
      names = &globalNames, kind = wd::ExternKind::global;
      break;
    }
    wd::ExportOp::create(b, loc(e.offset), b.getStringAttr(e.name),
                         wd::ExternKindAttr::get(&ctx, kind),
                         sym(*names, e.index));
  }
  if (m.start)
    wd::StartOp::create(b, loc(m.startOffset), sym(funcNames, *m.start));

  for (auto [i, seg] : llvm::enumerate(m.elems)) {
    wd::SegmentMode mode = seg.mode == SegmentMode::Active
                               ? wd::SegmentMode::active
                           : seg.mode == SegmentMode::Passive
                               ? wd::SegmentMode::passive
                               : wd::SegmentMode::declarative;
    FlatSymbolRefAttr table;
    if (seg.mode == SegmentMode::Active)
      table = sym(tableNames, seg.tableIndex);
    auto op = wd::ElemOp::create(b, loc(seg.offset), elemNames[i], mode,
                                 table, type(seg.elemType));
    if (seg.mode == SegmentMode::Active &&
        failed(importConstExpr(op.getOffset(), seg.offsetExpr)))
      return nullptr;
    Block *items = b.createBlock(&op.getItems());
    SmallVector<Value> refs;
    if (seg.usesFuncIndices) {
      for (uint32_t fi : seg.funcIndices)
        refs.push_back(
            wd::RefFuncOp::create(b, loc(seg.offset), funcref,
                                  sym(funcNames, fi)));
    } else {
      for (ConstExpr expr : seg.exprs) {
        // Each item is its own constant expression; import it into a
        // scratch region and move its ops before the final yield.
        Region scratch;
        if (failed(importConstExpr(scratch, expr)))
          return nullptr;
        Block &blk = scratch.front();
        auto yield = cast<wd::YieldOp>(blk.getTerminator());
        refs.push_back(yield.getValues()[0]);
        yield.erase();
        items->getOperations().splice(items->end(), blk.getOperations());
      }
    }
    b.setInsertionPointToEnd(items);
    wd::YieldOp::create(b, loc(seg.offset), refs);
    b.setInsertionPointToEnd(module->getBody());
  }

  for (auto [i, seg] : llvm::enumerate(m.datas)) {
    bool active = seg.mode == SegmentMode::Active;
    StringRef bytes(reinterpret_cast<const char *>(m.bytes.data()) +
                        seg.init.begin,
                    seg.init.size());
    auto op = wd::DataOp::create(
        b, loc(seg.offset), dataNames[i],
        active ? wd::SegmentMode::active : wd::SegmentMode::passive,
        active ? sym(memNames, seg.memoryIndex) : FlatSymbolRefAttr(),
        b.getStringAttr(bytes));
    if (active && failed(importConstExpr(op.getOffset(), seg.offsetExpr)))
      return nullptr;
    b.setInsertionPointToEnd(module->getBody());
  }
  return module;
}

void Importer::importDefinitions(ModuleOp module) {
  uint32_t fi = 0, gi = 0, mi = 0, ti = 0;
  for (const Import &imp : m.imports) {
    Location l = loc(imp.offset);
    switch (imp.kind) {
    case ExternKind::Func:
      wd::ImportFuncOp::create(b, l, funcNames[fi++], imp.module, imp.name,
                               funcType(m.types[imp.funcTypeIndex]));
      break;
    case ExternKind::Global:
      wd::ImportGlobalOp::create(b, l, globalNames[gi++], imp.module,
                                 imp.name, type(imp.global.type),
                                 imp.global.isMutable);
      break;
    case ExternKind::Memory:
      wd::ImportMemoryOp::create(b, l, b.getStringAttr(memNames[mi++]),
                                 b.getStringAttr(imp.module),
                                 b.getStringAttr(imp.name),
                                 b.getI64IntegerAttr(imp.memory.limits.min),
                                 optionalMax(b, imp.memory.limits));
      break;
    case ExternKind::Table:
      wd::ImportTableOp::create(b, l, b.getStringAttr(tableNames[ti++]),
                                b.getStringAttr(imp.module),
                                b.getStringAttr(imp.name),
                                TypeAttr::get(type(imp.table.elemType)),
                                b.getI64IntegerAttr(imp.table.limits.min),
                                optionalMax(b, imp.table.limits));
      break;
    }
  }
  // Offsets of the memory and table entries, when the decoder recorded them.
  auto offsetOf = [](const std::vector<size_t> &offsets, size_t i) {
    return i < offsets.size() ? offsets[i] : 0;
  };
  for (auto [i, mem] : llvm::enumerate(m.memories))
    wd::MemoryOp::create(b, loc(offsetOf(m.memoryOffsets, i)),
                         b.getStringAttr(memNames[mi++]),
                         b.getI64IntegerAttr(mem.limits.min),
                         optionalMax(b, mem.limits));
  for (auto [i, t] : llvm::enumerate(m.tables))
    wd::TableOp::create(b, loc(offsetOf(m.tableOffsets, i)),
                        b.getStringAttr(tableNames[ti++]),
                        TypeAttr::get(type(t.elemType)),
                        b.getI64IntegerAttr(t.limits.min),
                        optionalMax(b, t.limits));
  for (const Global &g : m.globals) {
    auto op = wd::GlobalOp::create(b, loc(g.offset), globalNames[gi++],
                                   type(g.type.type), g.type.isMutable);
    (void)importConstExpr(op.getInit(), g.init);
    b.setInsertionPointToEnd(module.getBody());
  }
}

LogicalResult Importer::importConstExpr(Region &region, ConstExpr expr) {
  OpBuilder::InsertionGuard guard(b);
  b.createBlock(&region);
  frames.clear();
  stack.clear();
  frames.push_back(Frame());
  InstrReader reader(m.bytes, expr);
  Instr in;
  while (!reader.atEnd()) {
    if (llvm::Error err = reader.next(in)) {
      size_t off = reader.offset();
      llvm::consumeError(std::move(err));
      return fail(off, "malformed constant expression");
    }
    if (in.op == Opcode::End) {
      wd::YieldOp::create(b, loc(in.offset), stack);
      return success();
    }
    if (failed(importInstr(in)))
      return failure();
  }
  return fail(expr.end, "constant expression without end");
}

void Importer::blockTypeOf(const BlockType &bt, SmallVectorImpl<Type> &params,
                           SmallVectorImpl<Type> &results) {
  switch (bt.kind) {
  case BlockType::Empty:
    break;
  case BlockType::Value:
    results.push_back(type(bt.value));
    break;
  case BlockType::TypeIndex: {
    const FuncType &ft = m.types[bt.typeIndex];
    for (ValType t : ft.params)
      params.push_back(type(t));
    for (ValType t : ft.results)
      results.push_back(type(t));
    break;
  }
  }
}

void Importer::openFrame(Operation *op, Region &region, ArrayRef<Type> params,
                         ArrayRef<Type> results, ValueRange inputs,
                         size_t offset) {
  Frame f;
  f.op = op;
  f.params.assign(params.begin(), params.end());
  f.results.assign(results.begin(), results.end());
  f.height = stack.size();
  if (isa<wd::IfOp>(op))
    f.ifInputs.assign(inputs.begin(), inputs.end());
  SmallVector<Location> locs(params.size(), loc(offset));
  Block *blk = b.createBlock(&region, {}, params, locs);
  push(blk->getArguments());
  frames.push_back(std::move(f));
}

/// Ends the current region: yields the frame's results unless the region
/// already ended with a branch.
void Importer::closeRegion(size_t offset) {
  Frame &f = frames.back();
  if (!f.unreachable)
    wd::YieldOp::create(b, loc(offset), popN(f.results.size()));
  stack.resize(f.height);
}

LogicalResult Importer::importFunction(wd::FuncOp func, const Function &f,
                                       uint32_t funcIndex) {
  const FuncType &ft = m.types[f.typeIndex];
  localTypes.clear();
  for (ValType t : ft.params)
    localTypes.push_back(type(t));
  SmallVector<Attribute> locals;
  for (const LocalRun &run : f.locals) {
    TypeAttr t = TypeAttr::get(type(run.type));
    for (uint32_t i = 0; i < run.count; ++i) {
      locals.push_back(t);
      localTypes.push_back(t.getValue());
    }
  }
  if (!locals.empty())
    func.setLocalsAttr(b.getArrayAttr(locals));

  stack.clear();
  frames.clear();
  bodyLoc = func.getLoc();
  llvm::scope_exit resetBodyLoc([&] { bodyLoc.reset(); });
  Frame top;
  top.results.append(types(ft.results));
  frames.push_back(std::move(top));
  b.createBlock(&func.getBody());

  InstrReader reader(m.bytes, f.body);
  Instr in;
  unsigned skipDepth = 0; // nesting depth inside dead code
  while (!frames.empty()) {
    if (reader.atEnd())
      return fail(reader.offset(), "function body ends before its last end");
    if (llvm::Error err = reader.next(in)) {
      size_t off = reader.offset();
      llvm::consumeError(std::move(err));
      return fail(off, "malformed instruction in function " +
                           Twine(funcIndex));
    }
    if (frames.back().unreachable) {
      // Dead code: the validator typed it; only structure matters here.
      if (in.op == Opcode::Block || in.op == Opcode::Loop ||
          in.op == Opcode::If) {
        ++skipDepth;
        continue;
      }
      if (skipDepth > 0) {
        if (in.op == Opcode::End)
          --skipDepth;
        continue;
      }
      if (in.op != Opcode::End && in.op != Opcode::Else)
        continue;
    }
    if (failed(importInstr(in)))
      return failure();
  }
  return success();
}

OperationName Importer::numericOpName(Opcode op) {
  auto it = numericNames.find(unsigned(op));
  if (it != numericNames.end())
    return it->second;
  StringRef name = getOpcodeInfo(op).name;
  name = name.split('.').second;
  std::string mnemonic;
  // Drop the operand-type part of conversions: trunc_f32_s -> trunc_s.
  SmallVector<StringRef> parts;
  name.split(parts, '_');
  for (StringRef p : parts) {
    if (p == "i32" || p == "i64" || p == "f32" || p == "f64")
      continue;
    if (!mnemonic.empty())
      mnemonic += '_';
    mnemonic += p.str();
  }
  OperationName opName(("wasm." + mnemonic), &ctx);
  numericNames.try_emplace(unsigned(op), opName);
  return opName;
}

/// Size in bytes and signedness of a scalar memory access from its name:
/// `i64.load16_s` -> 2, signed; `f32.store` -> 4.
static std::pair<uint32_t, bool> accessOf(StringRef name, Type valueType) {
  StringRef op = name.split('.').second; // load16_s, store, load
  StringRef digits = op.drop_while([](char c) { return !isdigit(c); });
  digits = digits.take_while([](char c) { return isdigit(c); });
  uint32_t bits = 0;
  if (digits.empty() || digits.getAsInteger(10, bits))
    bits = isa<wd::V128Type>(valueType) ? 128
                                        : valueType.getIntOrFloatBitWidth();
  return {bits / 8, op.ends_with("_s")};
}

bool Importer::needsOwnLocation(Opcode op) {
  // One table for all opcodes, built once from the names.
  static const std::vector<bool> table = [] {
    std::vector<bool> t(static_cast<size_t>(Opcode::NumOpcodes));
    for (size_t i = 0; i < t.size(); ++i) {
      const OpcodeInfo &info = getOpcodeInfo(Opcode(i));
      StringRef name = info.name;
      bool isControl = info.sig == Sig::Special &&
                       (name == "block" || name == "loop" || name == "if" ||
                        name == "else" || name == "end" ||
                        name.starts_with("br") || name == "return" ||
                        name == "unreachable" || name.starts_with("call"));
      bool touchesState = info.imm == Imm::MemArg ||
                          info.imm == Imm::MemArgLane ||
                          name.starts_with("memory.") ||
                          name.starts_with("table.") ||
                          name.ends_with(".drop") ||
                          name.ends_with(".init");
      // Integer division and remainder, and the trapping float-to-int
      // truncations (not the saturating ones).
      bool mayTrap = (name.contains(".div_") || name.contains(".rem_")) ||
                     (name.contains(".trunc_f") && !name.contains("_sat"));
      t[i] = isControl || touchesState || mayTrap;
    }
    return t;
  }();
  return table[size_t(op)];
}

LogicalResult Importer::importInstr(const Instr &in) {
  // Ops that can trap, branch, call or touch memory and tables carry the
  // byte offset of their instruction; the others share the function's
  // location. One distinct location per instruction made location uniquing
  // most of the import time (docs/performance.md).
  Location l = !bodyLoc || needsOwnLocation(in.op) ? loc(in.offset)
                                                   : *bodyLoc;
  const OpcodeInfo &info = getOpcodeInfo(in.op);
  auto memAttrs = [&](uint32_t size) {
    return std::make_tuple(b.getI64IntegerAttr(in.value),
                           b.getI32IntegerAttr(size),
                           b.getI32IntegerAttr(1u << in.align));
  };

  switch (in.op) {
  // Control.
  case Opcode::Nop:
    return success();
  case Opcode::Unreachable:
    wd::UnreachableOp::create(b, l);
    markUnreachable();
    return success();
  case Opcode::Block:
  case Opcode::Loop:
  case Opcode::If: {
    SmallVector<Type> params, results;
    blockTypeOf(in.blockType, params, results);
    Value cond = in.op == Opcode::If ? pop() : Value();
    SmallVector<Value> inputs = popN(params.size());
    Operation *op;
    Region *region;
    if (in.op == Opcode::Block) {
      auto blk = wd::BlockOp::create(b, l, results, inputs);
      op = blk, region = &blk.getBody();
    } else if (in.op == Opcode::Loop) {
      auto loop = wd::LoopOp::create(b, l, results, inputs);
      op = loop, region = &loop.getBody();
    } else {
      auto ifOp = wd::IfOp::create(b, l, results, cond, inputs);
      op = ifOp, region = &ifOp.getThenRegion();
    }
    openFrame(op, *region, params, results, inputs, in.offset);
    return success();
  }
  case Opcode::Else: {
    closeRegion(in.offset);
    Frame &f = frames.back();
    auto ifOp = cast<wd::IfOp>(f.op);
    SmallVector<Location> locs(f.params.size(), l);
    Block *blk = b.createBlock(&ifOp.getElseRegion(), {}, f.params, locs);
    push(blk->getArguments());
    f.unreachable = false;
    return success();
  }
  case Opcode::End: {
    closeRegion(in.offset);
    Frame f = frames.pop_back_val();
    if (!f.op)
      return success(); // end of the function body
    if (auto ifOp = dyn_cast<wd::IfOp>(f.op);
        ifOp && ifOp.getElseRegion().empty() && f.params != f.results)
      return fail(in.offset, "if without else must not change types");
    b.setInsertionPointAfter(f.op);
    push(f.op->getResults());
    return success();
  }
  case Opcode::Br: {
    wd::BrOp::create(b, l, in.a, popN(labelTypes(in.a).size()));
    markUnreachable();
    return success();
  }
  case Opcode::BrIf: {
    Value cond = pop();
    ArrayRef<Type> ts = labelTypes(in.a);
    SmallVector<Value> vals = popN(ts.size());
    auto op = wd::BrIfOp::create(b, l, ts, cond, in.a, vals);
    push(op.getResults());
    return success();
  }
  case Opcode::BrTable: {
    Value index = pop();
    SmallVector<int32_t> targets(in.labels.begin(), in.labels.end());
    wd::BrTableOp::create(b, l, index, targets, in.a,
                          popN(labelTypes(in.a).size()));
    markUnreachable();
    return success();
  }
  case Opcode::Return:
    wd::ReturnOp::create(b, l, popN(frames.front().results.size()));
    markUnreachable();
    return success();
  case Opcode::Call: {
    const FuncType &ft = m.funcType(in.a);
    SmallVector<Value> args = popN(ft.params.size());
    auto call = wd::CallOp::create(b, l, types(ft.results),
                                   sym(funcNames, in.a), args);
    push(call.getResults());
    return success();
  }
  case Opcode::CallIndirect: {
    const FuncType &ft = m.types[in.a];
    Value index = pop();
    SmallVector<Value> args = popN(ft.params.size());
    auto call = wd::CallIndirectOp::create(
        b, l, types(ft.results), sym(tableNames, in.b), index, args);
    push(call.getResults());
    return success();
  }

  // Parametric.
  case Opcode::Drop:
    wd::DropOp::create(b, l, pop());
    return success();
  case Opcode::Select:
  case Opcode::SelectT: {
    Value cond = pop();
    Value f = pop(), t = pop();
    stack.push_back(wd::SelectOp::create(b, l, cond, t, f));
    return success();
  }

  // Variables.
  case Opcode::LocalGet:
    stack.push_back(wd::LocalGetOp::create(b, l, localTypes[in.a], in.a));
    return success();
  case Opcode::LocalSet:
    wd::LocalSetOp::create(b, l, in.a, pop());
    return success();
  case Opcode::LocalTee: {
    Value v = pop();
    stack.push_back(wd::LocalTeeOp::create(b, l, v.getType(), in.a, v));
    return success();
  }
  case Opcode::GlobalGet:
    stack.push_back(wd::GlobalGetOp::create(
        b, l, type(m.globalType(in.a).type), sym(globalNames, in.a)));
    return success();
  case Opcode::GlobalSet:
    wd::GlobalSetOp::create(b, l, sym(globalNames, in.a), pop());
    return success();

  // References.
  case Opcode::RefNull:
    stack.push_back(wd::RefNullOp::create(b, l, type(in.type)));
    return success();
  case Opcode::RefIsNull:
    stack.push_back(wd::RefIsNullOp::create(b, l, pop()));
    return success();
  case Opcode::RefFunc:
    stack.push_back(wd::RefFuncOp::create(b, l, funcref, sym(funcNames, in.a)));
    return success();

  // Constants.
  case Opcode::I32Const:
    stack.push_back(wd::ConstOp::create(
        b, l, b.getIntegerAttr(i32, APInt(32, uint32_t(in.value)))));
    return success();
  case Opcode::I64Const:
    stack.push_back(wd::ConstOp::create(
        b, l, b.getIntegerAttr(i64, APInt(64, in.value))));
    return success();
  case Opcode::F32Const:
    stack.push_back(wd::ConstOp::create(
        b, l,
        b.getFloatAttr(f32, APFloat(APFloat::IEEEsingle(),
                                    APInt(32, uint32_t(in.value))))));
    return success();
  case Opcode::F64Const:
    stack.push_back(wd::ConstOp::create(
        b, l,
        b.getFloatAttr(f64,
                       APFloat(APFloat::IEEEdouble(), APInt(64, in.value)))));
    return success();
  case Opcode::V128Const: {
    SmallVector<int8_t, 16> bytes(in.bytes.begin(), in.bytes.end());
    stack.push_back(wd::V128ConstOp::create(b, l, v128, bytes));
    return success();
  }

  // Memory.
  case Opcode::MemorySize:
    stack.push_back(wd::MemorySizeOp::create(b, l, i32));
    return success();
  case Opcode::MemoryGrow:
    stack.push_back(wd::MemoryGrowOp::create(b, l, i32, pop()));
    return success();
  case Opcode::MemoryFill: {
    SmallVector<Value> v = popN(3);
    wd::MemoryFillOp::create(b, l, v[0], v[1], v[2]);
    return success();
  }
  case Opcode::MemoryCopy: {
    SmallVector<Value> v = popN(3);
    wd::MemoryCopyOp::create(b, l, v[0], v[1], v[2]);
    return success();
  }
  case Opcode::MemoryInit: {
    SmallVector<Value> v = popN(3);
    wd::MemoryInitOp::create(b, l, sym(dataNames, in.a), v[0], v[1], v[2]);
    return success();
  }
  case Opcode::DataDrop:
    wd::DataDropOp::create(b, l, sym(dataNames, in.a));
    return success();

  // Tables.
  case Opcode::TableGet: {
    Type t = type(m.tableType(in.a).elemType);
    stack.push_back(
        wd::TableGetOp::create(b, l, t, sym(tableNames, in.a), pop()));
    return success();
  }
  case Opcode::TableSet: {
    SmallVector<Value> v = popN(2);
    wd::TableSetOp::create(b, l, sym(tableNames, in.a), v[0], v[1]);
    return success();
  }
  case Opcode::TableSize:
    stack.push_back(
        wd::TableSizeOp::create(b, l, i32, sym(tableNames, in.a)));
    return success();
  case Opcode::TableGrow: {
    SmallVector<Value> v = popN(2);
    stack.push_back(wd::TableGrowOp::create(b, l, i32, sym(tableNames, in.a),
                                            v[0], v[1]));
    return success();
  }
  case Opcode::TableFill: {
    SmallVector<Value> v = popN(3);
    wd::TableFillOp::create(b, l, sym(tableNames, in.a), v[0], v[1], v[2]);
    return success();
  }
  case Opcode::TableCopy: {
    SmallVector<Value> v = popN(3);
    wd::TableCopyOp::create(b, l, sym(tableNames, in.a),
                            sym(tableNames, in.b), v[0], v[1], v[2]);
    return success();
  }
  case Opcode::TableInit: {
    SmallVector<Value> v = popN(3);
    wd::TableInitOp::create(b, l, sym(tableNames, in.b), sym(elemNames, in.a),
                            v[0], v[1], v[2]);
    return success();
  }
  case Opcode::ElemDrop:
    wd::ElemDropOp::create(b, l, sym(elemNames, in.a));
    return success();
  default:
    break;
  }

  // Scalar and vector loads and stores.
  if (info.imm == Imm::MemArg || info.imm == Imm::MemArgLane) {
    StringRef name = info.name;
    bool isStore = name.contains("store");
    if (info.prefix == 0xFD && name != "v128.load" && name != "v128.store") {
      auto [offset, size, align] = memAttrs(0);
      (void)size;
      IntegerAttr lane = info.imm == Imm::MemArgLane
                             ? b.getI32IntegerAttr(in.lane)
                             : IntegerAttr();
      if (isStore) {
        Value vec = pop(), addr = pop();
        wd::SimdStoreLaneOp::create(b, l, b.getStringAttr(name), addr, vec, offset, align,
                                    lane);
      } else {
        Value vec = info.imm == Imm::MemArgLane ? pop() : Value();
        Value addr = pop();
        stack.push_back(wd::SimdLoadOp::create(b, l, v128, b.getStringAttr(name), addr, vec,
                                               offset, align, lane));
      }
      return success();
    }
    Type valueType = name.starts_with("i32")   ? i32
                     : name.starts_with("i64") ? i64
                     : name.starts_with("f32") ? f32
                     : name.starts_with("f64") ? f64
                                               : v128;
    auto [size, isSigned] = accessOf(name, valueType);
    auto [offset, sizeAttr, align] = memAttrs(size);
    if (isStore) {
      Value v = pop(), addr = pop();
      wd::StoreOp::create(b, l, addr, v, offset, sizeAttr, align);
    } else {
      stack.push_back(wd::LoadOp::create(b, l, valueType, pop(), offset,
                                         sizeAttr, align,
                                         isSigned ? b.getUnitAttr()
                                                  : UnitAttr()));
    }
    return success();
  }

  if (info.sig == Sig::Special)
    return fail(in.offset, Twine("cannot import instruction ") + info.name);

  SmallVector<ValType, 3> params, results;
  getSigTypes(info.sig, params, results);
  SmallVector<Value> operands = popN(params.size());

  // SIMD: one generic op named by the instruction.
  if (info.prefix == 0xFD) {
    IntegerAttr lane =
        info.imm == Imm::Lane ? b.getI32IntegerAttr(in.lane) : IntegerAttr();
    DenseI8ArrayAttr shuffle;
    if (info.imm == Imm::Shuffle)
      shuffle = b.getDenseI8ArrayAttr(SmallVector<int8_t, 16>(
          in.bytes.begin(), in.bytes.end()));
    stack.push_back(wd::SimdOp::create(b, l, type(results[0]), info.name,
                                       operands, lane, shuffle));
    return success();
  }

  // Scalar numeric instructions map onto type-generic ops.
  OperationState state(l, numericOpName(in.op));
  state.addOperands(operands);
  state.addTypes(type(results[0]));
  stack.push_back(b.create(state)->getResult(0));
  return success();
}

OwningOpRef<ModuleOp> w2n::importModule(const Module &module,
                                        MLIRContext &context,
                                        StringRef fileName) {
  context.loadDialect<wd::WasmDialect>();
  return Importer(module, context, fileName).run();
}

llvm::Expected<OwningOpRef<ModuleOp>>
w2n::importWasmBinary(ArrayRef<uint8_t> bytes, MLIRContext &context,
                      StringRef fileName) {
  auto module = decodeModule(bytes);
  if (!module)
    return module.takeError();
  if (llvm::Error err = validateModule(**module))
    return std::move(err);
  OwningOpRef<ModuleOp> op = importModule(**module, context, fileName);
  if (!op)
    return llvm::createStringError("failed to import the module");
  return std::move(op);
}
