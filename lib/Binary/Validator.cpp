//===- Validator.cpp - Wasm 2.0 module validation -------------------------===//
//
// Implements the validation rules of the spec (chapter 3) for a decoded
// module. Function bodies are checked with the algorithm of the spec's
// appendix "Validation Algorithm": an operand stack of value types, where
// `Unknown` stands for any type below a stack-polymorphic instruction, and
// a control stack of frames for the enclosing blocks.
//
// The decoder has already proven that every instruction sequence is well
// formed (see Decoder.cpp), so this file only reports invalid modules.
// Scratch vectors live in the Validator object and are reused across
// functions so that validating an instruction never allocates.
//
//===----------------------------------------------------------------------===//

#include "OpcodeTables.h"

#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Error.h"
#include "w2n/Binary/Instr.h"

#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"

#include <algorithm>

using namespace w2n;
using namespace w2n::detail;
using llvm::ArrayRef;
using llvm::Error;
using llvm::Twine;

namespace {

/// The "Unknown" operand type of the validation algorithm: what a pop from
/// the polymorphic stack below an `unreachable`/`br`/... returns.
constexpr ValType Unknown = static_cast<ValType>(0);

/// Storage for one-element result lists of `block t` block types.
const ValType SingleTypes[] = {
    ValType::I32,  ValType::I64,     ValType::F32,      ValType::F64,
    ValType::V128, ValType::FuncRef, ValType::ExternRef};

ArrayRef<ValType> single(ValType t) {
  for (const ValType &s : SingleTypes)
    if (s == t)
      return ArrayRef<ValType>(&s, 1);
  return {};
}

llvm::StringRef typeName(ValType t) {
  return t == Unknown ? llvm::StringRef("unknown") : toString(t);
}

bool isNum(ValType t) {
  return t == ValType::I32 || t == ValType::I64 || t == ValType::F32 ||
         t == ValType::F64 || t == Unknown;
}
bool isVec(ValType t) { return t == ValType::V128 || t == Unknown; }
bool isRef(ValType t) { return isRefType(t) || t == Unknown; }

/// Control frame of the validation algorithm.
struct CtrlFrame {
  Opcode op; // Block (also the function body), Loop, If or Else
  ArrayRef<ValType> params, results;
  size_t height;
  bool unreachable;
  ArrayRef<ValType> labelTypes() const {
    return op == Opcode::Loop ? params : results;
  }
};

/// Facts about a load or store: its natural alignment (log2 of the access
/// size), the value type moved and whether it is a store.
struct MemAccess {
  uint8_t maxAlign;
  ValType type;
  bool isStore;
};

MemAccess memAccess(Opcode op) {
  using O = Opcode;
  const ValType i = ValType::I32, l = ValType::I64, f = ValType::F32,
                d = ValType::F64, v = ValType::V128;
  // clang-format off
  switch (op) {
  case O::I32Load: return {2, i, false};
  case O::I64Load: return {3, l, false};
  case O::F32Load: return {2, f, false};
  case O::F64Load: return {3, d, false};
  case O::I32Load8S: case O::I32Load8U: return {0, i, false};
  case O::I32Load16S: case O::I32Load16U: return {1, i, false};
  case O::I64Load8S: case O::I64Load8U: return {0, l, false};
  case O::I64Load16S: case O::I64Load16U: return {1, l, false};
  case O::I64Load32S: case O::I64Load32U: return {2, l, false};
  case O::I32Store: return {2, i, true};
  case O::I64Store: return {3, l, true};
  case O::F32Store: return {2, f, true};
  case O::F64Store: return {3, d, true};
  case O::I32Store8: return {0, i, true};
  case O::I32Store16: return {1, i, true};
  case O::I64Store8: return {0, l, true};
  case O::I64Store16: return {1, l, true};
  case O::I64Store32: return {2, l, true};
  case O::V128Load: return {4, v, false};
  case O::V128Load8x8S: case O::V128Load8x8U:
  case O::V128Load16x4S: case O::V128Load16x4U:
  case O::V128Load32x2S: case O::V128Load32x2U: return {3, v, false};
  case O::V128Load8Splat: return {0, v, false};
  case O::V128Load16Splat: return {1, v, false};
  case O::V128Load32Splat: return {2, v, false};
  case O::V128Load64Splat: return {3, v, false};
  case O::V128Load32Zero: return {2, v, false};
  case O::V128Load64Zero: return {3, v, false};
  case O::V128Store: return {4, v, true};
  case O::V128Load8Lane: return {0, v, false};
  case O::V128Load16Lane: return {1, v, false};
  case O::V128Load32Lane: return {2, v, false};
  case O::V128Load64Lane: return {3, v, false};
  case O::V128Store8Lane: return {0, v, true};
  case O::V128Store16Lane: return {1, v, true};
  case O::V128Store32Lane: return {2, v, true};
  case O::V128Store64Lane: return {3, v, true};
  default: llvm_unreachable("not a memory access");
  }
  // clang-format on
}

/// Number of lanes addressed by a lane immediate of `op`.
unsigned laneCount(Opcode op) {
  using O = Opcode;
  switch (op) {
  case O::I8x16ExtractLaneS:
  case O::I8x16ExtractLaneU:
  case O::I8x16ReplaceLane:
  case O::V128Load8Lane:
  case O::V128Store8Lane:
    return 16;
  case O::I16x8ExtractLaneS:
  case O::I16x8ExtractLaneU:
  case O::I16x8ReplaceLane:
  case O::V128Load16Lane:
  case O::V128Store16Lane:
    return 8;
  case O::I32x4ExtractLane:
  case O::I32x4ReplaceLane:
  case O::F32x4ExtractLane:
  case O::F32x4ReplaceLane:
  case O::V128Load32Lane:
  case O::V128Store32Lane:
    return 4;
  default:
    return 2;
  }
}

class Validator {
public:
  explicit Validator(const Module &m) : m(m) {}
  Error run();

private:
  const Module &m;

  // Module context C, with imports first in every index space.
  std::vector<uint32_t> funcTypes;
  std::vector<TableType> tables;
  std::vector<MemoryType> memories;
  std::vector<GlobalType> globals;
  /// C.refs: functions that may be named by ref.func inside a function.
  std::vector<bool> declaredRefs;

  // Per-function state, reused.
  std::optional<uint32_t> curFunc;
  const FuncType *curType = nullptr;
  std::vector<ValType> vals;
  std::vector<CtrlFrame> ctrls;
  std::vector<ValType> localTypes;
  /// For functions with very many locals: end index (exclusive) and type of
  /// each run of locals, params included, searched by binary search.
  std::vector<std::pair<uint64_t, ValType>> localRuns;
  uint64_t numLocals = 0;
  llvm::SmallVector<ValType, 8> scratch;
  Instr instr;

  Error fail(size_t offset, const Twine &msg) {
    auto err = std::make_unique<WasmError>(WasmError::Invalid, offset,
                                           msg.str(), curFunc);
    if (curFunc) {
      llvm::StringRef name = m.funcName(*curFunc);
      if (!name.empty())
        err->funcName = ("$" + name).str();
    }
    return Error(std::move(err));
  }
  Error mismatch(ValType expected, ValType got) {
    return fail(instr.offset, "type mismatch: expected " + typeName(expected) +
                                  ", got " + typeName(got));
  }

  // Module-level checks.
  Error checkLimits(const Limits &l, uint64_t bound, size_t offset,
                    const char *what);
  Error checkConstExpr(const ConstExpr &e, ValType expected);
  void collectRefs(const ConstExpr &e);
  Error checkFunction(uint32_t definedIndex);

  // Operand stack.
  void push(ValType t) { vals.push_back(t); }
  void push(ArrayRef<ValType> ts) {
    vals.insert(vals.end(), ts.begin(), ts.end());
  }
  Error popAny(ValType &actual) {
    const CtrlFrame &f = ctrls.back();
    if (vals.size() == f.height) {
      if (f.unreachable) {
        actual = Unknown;
        return Error::success();
      }
      return fail(instr.offset, "type mismatch: expected a value, got nothing");
    }
    actual = vals.back();
    vals.pop_back();
    return Error::success();
  }
  Error pop(ValType expect) {
    const CtrlFrame &f = ctrls.back();
    if (LLVM_LIKELY(vals.size() > f.height)) {
      ValType actual = vals.back();
      if (LLVM_UNLIKELY(actual != expect && actual != Unknown &&
                        expect != Unknown))
        return mismatch(expect, actual);
      vals.pop_back();
      return Error::success();
    }
    if (f.unreachable)
      return Error::success();
    return fail(instr.offset, "type mismatch: expected " + typeName(expect) +
                                  ", got nothing");
  }
  Error pop(ArrayRef<ValType> ts) {
    for (size_t i = ts.size(); i-- > 0;)
      if (Error e = pop(ts[i]))
        return e;
    return Error::success();
  }
  /// pop_vals that records the popped (possibly Unknown) types in `scratch`
  /// in stack order, for br_table's push_vals(pop_vals(...)).
  Error popInto(ArrayRef<ValType> ts) {
    scratch.assign(ts.size(), Unknown);
    for (size_t i = ts.size(); i-- > 0;) {
      ValType actual;
      const CtrlFrame &f = ctrls.back();
      if (vals.size() == f.height && f.unreachable) {
        actual = Unknown;
      } else {
        if (Error e = popAny(actual))
          return e;
        if (actual != ts[i] && actual != Unknown)
          return mismatch(ts[i], actual);
      }
      scratch[i] = actual;
    }
    return Error::success();
  }

  // Control stack.
  void pushCtrl(Opcode op, ArrayRef<ValType> params,
                ArrayRef<ValType> results) {
    ctrls.push_back({op, params, results, vals.size(), false});
    push(params);
  }
  Error popCtrl(CtrlFrame &out) {
    const CtrlFrame &f = ctrls.back();
    if (Error e = pop(f.results))
      return e;
    if (vals.size() != f.height)
      return fail(instr.offset,
                  "type mismatch: " + Twine(vals.size() - f.height) +
                      " value(s) left on the stack at the end of the block");
    out = f;
    ctrls.pop_back();
    return Error::success();
  }
  void setUnreachable() {
    vals.resize(ctrls.back().height);
    ctrls.back().unreachable = true;
  }

  Error blockSig(const BlockType &bt, ArrayRef<ValType> &params,
                 ArrayRef<ValType> &results);
  Error labelAt(uint32_t depth, const CtrlFrame *&frame) {
    if (depth >= ctrls.size())
      return fail(instr.offset, "unknown label " + Twine(depth));
    frame = &ctrls[ctrls.size() - 1 - depth];
    return Error::success();
  }
  ValType localType(uint32_t idx) const {
    if (!localTypes.empty() || localRuns.empty())
      return localTypes[idx];
    auto it =
        std::upper_bound(localRuns.begin(), localRuns.end(), uint64_t(idx),
                         [](uint64_t v, const std::pair<uint64_t, ValType> &r) {
                           return v < r.first;
                         });
    return it->second;
  }
  Error checkMemory() {
    if (memories.empty())
      return fail(instr.offset, "unknown memory 0");
    return Error::success();
  }
  Error checkTable(uint32_t idx) {
    if (idx >= tables.size())
      return fail(instr.offset, "unknown table " + Twine(idx));
    return Error::success();
  }
  Error checkMemAccess(const MemAccess &ma) {
    if (Error e = checkMemory())
      return e;
    if (instr.align > ma.maxAlign)
      return fail(instr.offset, "alignment must not be larger than natural");
    return Error::success();
  }

  Error step();
};

} // namespace

//===----------------------------------------------------------------------===//
// Module-level rules
//===----------------------------------------------------------------------===//

Error Validator::checkLimits(const Limits &l, uint64_t bound, size_t offset,
                             const char *what) {
  if (l.min > bound || (l.max && *l.max > bound)) {
    if (bound == 65536)
      return fail(offset, "memory size must be at most 65536 pages (4GiB)");
    return fail(offset, Twine(what) + " size must be at most " + Twine(bound));
  }
  if (l.max && l.min > *l.max)
    return fail(offset, "size minimum must not be greater than maximum");
  return Error::success();
}

/// Adds the functions named by ref.func in `e` to C.refs.
void Validator::collectRefs(const ConstExpr &e) {
  InstrReader ir(m.bytes, e);
  while (!ir.atEnd()) {
    if (Error err = ir.next(instr)) {
      llvm::consumeError(std::move(err));
      return;
    }
    if (instr.op == Opcode::RefFunc && instr.a < declaredRefs.size())
      declaredRefs[instr.a] = true;
  }
}

Error Validator::checkConstExpr(const ConstExpr &e, ValType expected) {
  // Constant expressions see only the imported globals (context C' of the
  // spec), and those must be immutable.
  scratch.clear();
  InstrReader ir(m.bytes, e);
  for (;;) {
    if (ir.atEnd())
      return fail(ir.offset(), "unexpected end of constant expression");
    if (Error err = ir.next(instr))
      return err;
    switch (instr.op) {
    case Opcode::I32Const:
      scratch.push_back(ValType::I32);
      break;
    case Opcode::I64Const:
      scratch.push_back(ValType::I64);
      break;
    case Opcode::F32Const:
      scratch.push_back(ValType::F32);
      break;
    case Opcode::F64Const:
      scratch.push_back(ValType::F64);
      break;
    case Opcode::V128Const:
      scratch.push_back(ValType::V128);
      break;
    case Opcode::RefNull:
      scratch.push_back(instr.type);
      break;
    case Opcode::RefFunc:
      if (instr.a >= funcTypes.size())
        return fail(instr.offset, "unknown function " + Twine(instr.a));
      scratch.push_back(ValType::FuncRef);
      break;
    case Opcode::GlobalGet:
      if (instr.a >= m.numImportedGlobals)
        return fail(instr.offset, "unknown global " + Twine(instr.a));
      if (globals[instr.a].isMutable)
        return fail(instr.offset, "constant expression required");
      scratch.push_back(globals[instr.a].type);
      break;
    case Opcode::End:
      if (scratch.size() != 1)
        return fail(instr.offset,
                    "type mismatch: constant expression must produce one " +
                        typeName(expected) + ", got " + Twine(scratch.size()) +
                        " values");
      if (scratch[0] != expected)
        return fail(instr.offset, "type mismatch: expected " +
                                      typeName(expected) + ", got " +
                                      typeName(scratch[0]));
      return Error::success();
    default:
      return fail(instr.offset, "constant expression required");
    }
  }
}

Error Validator::run() {
  const uint32_t numTypes = m.types.size();

  // Imports, building the import part of every index space.
  for (const Import &imp : m.imports) {
    switch (imp.kind) {
    case ExternKind::Func:
      if (imp.funcTypeIndex >= numTypes)
        return fail(imp.offset, "unknown type " + Twine(imp.funcTypeIndex));
      funcTypes.push_back(imp.funcTypeIndex);
      break;
    case ExternKind::Table:
      if (Error e =
              checkLimits(imp.table.limits, 0xFFFFFFFFull, imp.offset, "table"))
        return e;
      tables.push_back(imp.table);
      break;
    case ExternKind::Memory:
      if (Error e = checkLimits(imp.memory.limits, 65536, imp.offset, "memory"))
        return e;
      memories.push_back(imp.memory);
      break;
    case ExternKind::Global:
      globals.push_back(imp.global);
      break;
    }
  }

  // Definitions.
  for (const Function &f : m.functions) {
    if (f.typeIndex >= numTypes)
      return fail(f.offset, "unknown type " + Twine(f.typeIndex));
    funcTypes.push_back(f.typeIndex);
  }
  auto offsetOf = [](const std::vector<size_t> &offsets, size_t i) {
    return i < offsets.size() ? offsets[i] : 0;
  };
  for (size_t i = 0; i < m.tables.size(); ++i) {
    if (Error e = checkLimits(m.tables[i].limits, 0xFFFFFFFFull,
                              offsetOf(m.tableOffsets, i), "table"))
      return e;
    tables.push_back(m.tables[i]);
  }
  for (size_t i = 0; i < m.memories.size(); ++i) {
    if (Error e = checkLimits(m.memories[i].limits, 65536,
                              offsetOf(m.memoryOffsets, i), "memory"))
      return e;
    memories.push_back(m.memories[i]);
  }
  if (memories.size() > 1)
    return fail(m.memories.empty() ? 0 : offsetOf(m.memoryOffsets, 0),
                "multiple memories");
  for (const Global &g : m.globals)
    globals.push_back(g.type);

  // C.refs: every function index occurring outside function bodies and the
  // start section.
  declaredRefs.assign(funcTypes.size(), false);
  for (const Global &g : m.globals)
    collectRefs(g.init);
  for (const ElemSegment &seg : m.elems) {
    if (seg.mode == SegmentMode::Active)
      collectRefs(seg.offsetExpr);
    for (uint32_t f : seg.funcIndices)
      if (f < declaredRefs.size())
        declaredRefs[f] = true;
    for (const ConstExpr &ce : seg.exprs)
      collectRefs(ce);
  }
  for (const Export &ex : m.exports)
    if (ex.kind == ExternKind::Func && ex.index < declaredRefs.size())
      declaredRefs[ex.index] = true;

  for (const Global &g : m.globals)
    if (Error e = checkConstExpr(g.init, g.type.type))
      return e;

  for (const ElemSegment &seg : m.elems) {
    if (seg.mode == SegmentMode::Active) {
      if (seg.tableIndex >= tables.size())
        return fail(seg.offset, "unknown table " + Twine(seg.tableIndex));
      if (tables[seg.tableIndex].elemType != seg.elemType)
        return fail(seg.offset, "type mismatch: element segment of type " +
                                    typeName(seg.elemType) +
                                    " used with a table of " +
                                    typeName(tables[seg.tableIndex].elemType));
      if (Error e = checkConstExpr(seg.offsetExpr, ValType::I32))
        return e;
    }
    for (uint32_t f : seg.funcIndices)
      if (f >= funcTypes.size())
        return fail(seg.offset, "unknown function " + Twine(f));
    for (const ConstExpr &ce : seg.exprs)
      if (Error e = checkConstExpr(ce, seg.elemType))
        return e;
  }

  for (const DataSegment &seg : m.datas) {
    if (seg.mode != SegmentMode::Active)
      continue;
    if (seg.memoryIndex >= memories.size())
      return fail(seg.offset, "unknown memory " + Twine(seg.memoryIndex));
    if (Error e = checkConstExpr(seg.offsetExpr, ValType::I32))
      return e;
  }

  if (m.start) {
    if (*m.start >= funcTypes.size())
      return fail(m.startOffset, "unknown function " + Twine(*m.start));
    const FuncType &ft = m.types[funcTypes[*m.start]];
    if (!ft.params.empty() || !ft.results.empty())
      return fail(m.startOffset, "start function must have type [] -> []");
  }

  llvm::StringSet<> exportNames;
  for (const Export &ex : m.exports) {
    if (!exportNames.insert(ex.name).second)
      return fail(ex.offset, "duplicate export name \"" + ex.name + "\"");
    switch (ex.kind) {
    case ExternKind::Func:
      if (ex.index >= funcTypes.size())
        return fail(ex.offset, "unknown function " + Twine(ex.index));
      break;
    case ExternKind::Table:
      if (ex.index >= tables.size())
        return fail(ex.offset, "unknown table " + Twine(ex.index));
      break;
    case ExternKind::Memory:
      if (ex.index >= memories.size())
        return fail(ex.offset, "unknown memory " + Twine(ex.index));
      break;
    case ExternKind::Global:
      if (ex.index >= globals.size())
        return fail(ex.offset, "unknown global " + Twine(ex.index));
      break;
    }
  }

  for (uint32_t i = 0, e = m.functions.size(); i < e; ++i)
    if (Error err = checkFunction(i))
      return err;
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Function bodies
//===----------------------------------------------------------------------===//

Error Validator::blockSig(const BlockType &bt, ArrayRef<ValType> &params,
                          ArrayRef<ValType> &results) {
  switch (bt.kind) {
  case BlockType::Empty:
    params = results = {};
    return Error::success();
  case BlockType::Value:
    params = {};
    results = single(bt.value);
    return Error::success();
  case BlockType::TypeIndex:
    if (bt.typeIndex >= m.types.size())
      return fail(instr.offset, "unknown type " + Twine(bt.typeIndex));
    params = m.types[bt.typeIndex].params;
    results = m.types[bt.typeIndex].results;
    return Error::success();
  }
  llvm_unreachable("bad block type kind");
}

Error Validator::checkFunction(uint32_t definedIndex) {
  /// Above this many locals, local types are looked up by binary search
  /// over the runs instead of a flat table.
  constexpr uint64_t FlatLocalsLimit = 1u << 16;

  const Function &f = m.functions[definedIndex];
  curFunc = m.numImportedFuncs + definedIndex;
  curType = &m.types[f.typeIndex];

  numLocals = curType->params.size() + f.numLocals;
  // An implementation limit, as in V8 and wasmparser: the importer and the
  // lowering give every local its own slot.
  constexpr uint64_t MaxLocals = 50000;
  if (numLocals > MaxLocals)
    return fail(f.offset, "too many locals: " + Twine(numLocals) +
                              " (implementation limit " + Twine(MaxLocals) +
                              ")");
  localTypes.clear();
  localRuns.clear();
  if (numLocals <= FlatLocalsLimit) {
    localTypes.assign(curType->params.begin(), curType->params.end());
    for (const LocalRun &run : f.locals)
      localTypes.insert(localTypes.end(), run.count, run.type);
  } else {
    uint64_t end = 0;
    for (ValType t : curType->params)
      localRuns.push_back({++end, t});
    for (const LocalRun &run : f.locals)
      if (run.count)
        localRuns.push_back({end += run.count, run.type});
  }

  vals.clear();
  ctrls.clear();
  pushCtrl(Opcode::Block, {}, curType->results);
  InstrReader ir(m.bytes, f.body);
  while (!ir.atEnd()) {
    if (Error e = ir.next(instr))
      return e;
    if (Error e = step())
      return e;
    if (ctrls.empty())
      break;
  }
  if (!ctrls.empty() || !ir.atEnd())
    return fail(ir.offset(), "function body must end with its final end");
  curFunc.reset();
  return Error::success();
}

Error Validator::step() {
  using O = Opcode;
  const OpcodeInfo &oi = info(instr.op);

  // Fixed-signature instructions: numeric, vector and constants.
  if (oi.sig != Sig::Special) {
    if (LLVM_UNLIKELY(oi.imm == Imm::Lane)) {
      if (instr.lane >= laneCount(instr.op))
        return fail(instr.offset, "invalid lane index");
    } else if (LLVM_UNLIKELY(oi.imm == Imm::Shuffle)) {
      for (uint8_t b : instr.bytes)
        if (b >= 32)
          return fail(instr.offset, "invalid lane index");
    }
    const SigTypes &st = sigTypes(oi.sig);
    if (Error e = pop(ArrayRef<ValType>(st.params, st.numParams)))
      return e;
    if (st.numResults)
      push(st.result);
    return Error::success();
  }

  switch (instr.op) {
  case O::Unreachable:
    setUnreachable();
    return Error::success();
  case O::Nop:
    return Error::success();

  case O::Block:
  case O::Loop:
  case O::If: {
    ArrayRef<ValType> params, results;
    if (Error e = blockSig(instr.blockType, params, results))
      return e;
    if (instr.op == O::If)
      if (Error e = pop(ValType::I32))
        return e;
    if (Error e = pop(params))
      return e;
    pushCtrl(instr.op, params, results);
    return Error::success();
  }
  case O::Else: {
    if (ctrls.back().op != O::If)
      return fail(instr.offset, "else without a matching if");
    CtrlFrame f;
    if (Error e = popCtrl(f))
      return e;
    pushCtrl(O::Else, f.params, f.results);
    return Error::success();
  }
  case O::End: {
    CtrlFrame f;
    if (Error e = popCtrl(f))
      return e;
    // An if without else behaves as if its else branch were empty, which
    // only types when the block passes its parameters through.
    if (f.op == O::If && f.params != f.results)
      return fail(instr.offset,
                  "type mismatch: if without else must have matching "
                  "parameter and result types");
    if (!ctrls.empty())
      push(f.results);
    return Error::success();
  }

  case O::Br: {
    const CtrlFrame *target;
    if (Error e = labelAt(instr.a, target))
      return e;
    if (Error e = pop(target->labelTypes()))
      return e;
    setUnreachable();
    return Error::success();
  }
  case O::BrIf: {
    const CtrlFrame *target;
    if (Error e = labelAt(instr.a, target))
      return e;
    if (Error e = pop(ValType::I32))
      return e;
    ArrayRef<ValType> types = target->labelTypes();
    if (Error e = pop(types))
      return e;
    push(types);
    return Error::success();
  }
  case O::BrTable: {
    if (Error e = pop(ValType::I32))
      return e;
    const CtrlFrame *def;
    if (Error e = labelAt(instr.a, def))
      return e;
    size_t arity = def->labelTypes().size();
    for (uint32_t l : instr.labels) {
      const CtrlFrame *target;
      if (Error e = labelAt(l, target))
        return e;
      ArrayRef<ValType> types = target->labelTypes();
      if (types.size() != arity)
        return fail(instr.offset,
                    "type mismatch: br_table targets have different arities");
      if (Error e = popInto(types))
        return e;
      push(ArrayRef<ValType>(scratch));
    }
    if (Error e = pop(def->labelTypes()))
      return e;
    setUnreachable();
    return Error::success();
  }
  case O::Return:
    if (Error e = pop(curType->results))
      return e;
    setUnreachable();
    return Error::success();

  case O::Call: {
    if (instr.a >= funcTypes.size())
      return fail(instr.offset, "unknown function " + Twine(instr.a));
    const FuncType &ft = m.types[funcTypes[instr.a]];
    if (Error e = pop(ft.params))
      return e;
    push(ft.results);
    return Error::success();
  }
  case O::CallIndirect: {
    if (Error e = checkTable(instr.b))
      return e;
    if (tables[instr.b].elemType != ValType::FuncRef)
      return fail(instr.offset,
                  "type mismatch: call_indirect needs a funcref table");
    if (instr.a >= m.types.size())
      return fail(instr.offset, "unknown type " + Twine(instr.a));
    const FuncType &ft = m.types[instr.a];
    if (Error e = pop(ValType::I32))
      return e;
    if (Error e = pop(ft.params))
      return e;
    push(ft.results);
    return Error::success();
  }

  case O::Drop: {
    ValType t;
    return popAny(t);
  }
  case O::Select: {
    if (Error e = pop(ValType::I32))
      return e;
    ValType t1, t2;
    if (Error e = popAny(t1))
      return e;
    if (Error e = popAny(t2))
      return e;
    if (!((isNum(t1) && isNum(t2)) || (isVec(t1) && isVec(t2))))
      return fail(instr.offset, "type mismatch: select without a type "
                                "annotation needs numeric or vector operands");
    if (t1 != t2 && t1 != Unknown && t2 != Unknown)
      return mismatch(t1, t2);
    push(t1 == Unknown ? t2 : t1);
    return Error::success();
  }
  case O::SelectT: {
    if (instr.numSelectTypes != 1)
      return fail(instr.offset, "invalid result arity");
    ValType t = instr.type;
    if (Error e = pop(ValType::I32))
      return e;
    if (Error e = pop(t))
      return e;
    if (Error e = pop(t))
      return e;
    push(t);
    return Error::success();
  }

  case O::LocalGet:
  case O::LocalSet:
  case O::LocalTee: {
    if (instr.a >= numLocals)
      return fail(instr.offset, "unknown local " + Twine(instr.a));
    ValType t = localType(instr.a);
    if (instr.op != O::LocalGet)
      if (Error e = pop(t))
        return e;
    if (instr.op != O::LocalSet)
      push(t);
    return Error::success();
  }
  case O::GlobalGet:
    if (instr.a >= globals.size())
      return fail(instr.offset, "unknown global " + Twine(instr.a));
    push(globals[instr.a].type);
    return Error::success();
  case O::GlobalSet:
    if (instr.a >= globals.size())
      return fail(instr.offset, "unknown global " + Twine(instr.a));
    if (!globals[instr.a].isMutable)
      return fail(instr.offset, "global is immutable");
    return pop(globals[instr.a].type);

  case O::TableGet:
    if (Error e = checkTable(instr.a))
      return e;
    if (Error e = pop(ValType::I32))
      return e;
    push(tables[instr.a].elemType);
    return Error::success();
  case O::TableSet:
    if (Error e = checkTable(instr.a))
      return e;
    if (Error e = pop(tables[instr.a].elemType))
      return e;
    return pop(ValType::I32);
  case O::TableSize:
    if (Error e = checkTable(instr.a))
      return e;
    push(ValType::I32);
    return Error::success();
  case O::TableGrow:
    if (Error e = checkTable(instr.a))
      return e;
    if (Error e = pop(ValType::I32))
      return e;
    if (Error e = pop(tables[instr.a].elemType))
      return e;
    push(ValType::I32);
    return Error::success();
  case O::TableFill:
    if (Error e = checkTable(instr.a))
      return e;
    if (Error e = pop(ValType::I32))
      return e;
    if (Error e = pop(tables[instr.a].elemType))
      return e;
    return pop(ValType::I32);
  case O::TableCopy: {
    if (Error e = checkTable(instr.a))
      return e;
    if (Error e = checkTable(instr.b))
      return e;
    if (tables[instr.a].elemType != tables[instr.b].elemType)
      return fail(instr.offset, "type mismatch: table.copy between tables "
                                "of different element types");
    const ValType three[] = {ValType::I32, ValType::I32, ValType::I32};
    return pop(three);
  }
  case O::TableInit: {
    if (Error e = checkTable(instr.b))
      return e;
    if (instr.a >= m.elems.size())
      return fail(instr.offset, "unknown elem segment " + Twine(instr.a));
    if (tables[instr.b].elemType != m.elems[instr.a].elemType)
      return fail(instr.offset,
                  "type mismatch: table.init of a " +
                      typeName(m.elems[instr.a].elemType) + " segment into a " +
                      typeName(tables[instr.b].elemType) + " table");
    const ValType three[] = {ValType::I32, ValType::I32, ValType::I32};
    return pop(three);
  }
  case O::ElemDrop:
    if (instr.a >= m.elems.size())
      return fail(instr.offset, "unknown elem segment " + Twine(instr.a));
    return Error::success();

  case O::MemorySize:
    if (Error e = checkMemory())
      return e;
    push(ValType::I32);
    return Error::success();
  case O::MemoryGrow:
    if (Error e = checkMemory())
      return e;
    if (Error e = pop(ValType::I32))
      return e;
    push(ValType::I32);
    return Error::success();
  case O::MemoryFill:
  case O::MemoryCopy: {
    if (Error e = checkMemory())
      return e;
    const ValType three[] = {ValType::I32, ValType::I32, ValType::I32};
    return pop(three);
  }
  case O::MemoryInit: {
    if (Error e = checkMemory())
      return e;
    if (!m.dataCount || instr.a >= *m.dataCount)
      return fail(instr.offset, "unknown data segment " + Twine(instr.a));
    const ValType three[] = {ValType::I32, ValType::I32, ValType::I32};
    return pop(three);
  }
  case O::DataDrop:
    if (!m.dataCount || instr.a >= *m.dataCount)
      return fail(instr.offset, "unknown data segment " + Twine(instr.a));
    return Error::success();

  case O::RefNull:
    push(instr.type);
    return Error::success();
  case O::RefIsNull: {
    ValType t;
    if (Error e = popAny(t))
      return e;
    if (!isRef(t))
      return fail(instr.offset,
                  "type mismatch: expected a reference, got " + typeName(t));
    push(ValType::I32);
    return Error::success();
  }
  case O::RefFunc:
    if (instr.a >= funcTypes.size())
      return fail(instr.offset, "unknown function " + Twine(instr.a));
    if (!declaredRefs[instr.a])
      return fail(instr.offset, "undeclared function reference");
    push(ValType::FuncRef);
    return Error::success();

  default:
    break;
  }

  // What is left are the loads and stores, scalar and vector.
  if (oi.imm == Imm::MemArg || oi.imm == Imm::MemArgLane) {
    MemAccess ma = memAccess(instr.op);
    if (Error e = checkMemAccess(ma))
      return e;
    if (oi.imm == Imm::MemArgLane) {
      if (instr.lane >= laneCount(instr.op))
        return fail(instr.offset, "invalid lane index");
      if (Error e = pop(ValType::V128))
        return e;
      if (Error e = pop(ValType::I32))
        return e;
      if (!ma.isStore)
        push(ValType::V128);
      return Error::success();
    }
    if (ma.isStore) {
      if (Error e = pop(ma.type))
        return e;
      return pop(ValType::I32);
    }
    if (Error e = pop(ValType::I32))
      return e;
    push(ma.type);
    return Error::success();
  }
  llvm_unreachable("instruction without a validation rule");
}

Error w2n::validateModule(const Module &module) {
  Validator v(module);
  return v.run();
}
