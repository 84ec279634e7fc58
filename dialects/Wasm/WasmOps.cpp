//===- WasmOps.cpp - Verifiers of the wasm dialect ------------------------===//
//
// ODS states the type constraints each op can express alone; the checks
// here need context: the enclosing function's locals, the types of the label
// a branch targets, the definitions a symbol names, and the signatures of
// the SIMD instructions.
//
//===----------------------------------------------------------------------===//

#include "Wasm/WasmOps.h"

#include "w2n/Binary/Instr.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"
#include "llvm/ADT/StringMap.h"

using namespace mlir;
using namespace w2n;
using namespace w2n::wasm;

#include "Wasm/WasmOpsEnums.cpp.inc"

#define GET_OP_CLASSES
#include "Wasm/WasmOps.cpp.inc"

bool w2n::wasm::isValueType(Type type) {
  return type.isInteger(32) || type.isInteger(64) || type.isF32() ||
         type.isF64() || isa<V128Type, FuncRefType, ExternRefType>(type);
}

static std::string typesToString(TypeRange types) {
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "(";
  llvm::interleaveComma(types, os);
  os << ")";
  return s;
}

/// Checks that `values` have exactly the types `expected`.
static LogicalResult checkTypes(Operation *op, TypeRange actual,
                                TypeRange expected, StringRef what) {
  if (actual == expected)
    return success();
  return op->emitOpError() << what << " must have types "
                           << typesToString(expected) << ", got "
                           << typesToString(actual);
}

//===----------------------------------------------------------------------===//
// Limits and definitions
//===----------------------------------------------------------------------===//

static LogicalResult verifyLimits(Operation *op, uint64_t min,
                                  std::optional<uint64_t> max,
                                  uint64_t bound) {
  if (min > bound)
    return op->emitOpError() << "minimum " << min << " exceeds " << bound;
  if (max && *max > bound)
    return op->emitOpError() << "maximum " << *max << " exceeds " << bound;
  if (max && min > *max)
    return op->emitOpError() << "minimum " << min << " exceeds maximum "
                             << *max;
  return success();
}

static constexpr uint64_t kMaxPages = 65536;
static constexpr uint64_t kMaxTableSize = 0xFFFFFFFFull;

LogicalResult ImportMemoryOp::verify() {
  return verifyLimits(*this, getMin(), getMax(), kMaxPages);
}
LogicalResult MemoryOp::verify() {
  return verifyLimits(*this, getMin(), getMax(), kMaxPages);
}
LogicalResult ImportTableOp::verify() {
  if (!isa<FuncRefType, ExternRefType>(getElemType()))
    return emitOpError("element type must be a reference type");
  return verifyLimits(*this, getMin(), getMax(), kMaxTableSize);
}
LogicalResult TableOp::verify() {
  if (!isa<FuncRefType, ExternRefType>(getElemType()))
    return emitOpError("element type must be a reference type");
  return verifyLimits(*this, getMin(), getMax(), kMaxTableSize);
}

LogicalResult ImportGlobalOp::verify() {
  if (!isValueType(getType()))
    return emitOpError("type must be a Wasm value type");
  return success();
}

LogicalResult GlobalOp::verify() {
  if (!isValueType(getType()))
    return emitOpError("type must be a Wasm value type");
  if (getInit().front().getNumArguments() != 0)
    return emitOpError("initializer must not have arguments");
  return success();
}

unsigned FuncOp::getNumLocalsAndParams() {
  return getFunctionType().getNumInputs() +
         (getLocals() ? getLocals()->size() : 0);
}

Type FuncOp::getLocalType(unsigned index) {
  FunctionType type = getFunctionType();
  if (index < type.getNumInputs())
    return type.getInput(index);
  index -= type.getNumInputs();
  if (auto locals = getLocals())
    if (index < locals->size())
      return cast<TypeAttr>((*locals)[index]).getValue();
  return {};
}

LogicalResult FuncOp::verify() {
  for (Type t : getFunctionType().getInputs())
    if (!isValueType(t))
      return emitOpError() << "parameter type " << t
                           << " is not a Wasm value type";
  for (Type t : getFunctionType().getResults())
    if (!isValueType(t))
      return emitOpError() << "result type " << t
                           << " is not a Wasm value type";
  if (auto locals = getLocals())
    for (Attribute a : *locals)
      if (!isValueType(cast<TypeAttr>(a).getValue()))
        return emitOpError() << "local type " << a
                             << " is not a Wasm value type";
  if (getBody().front().getNumArguments() != 0)
    return emitOpError("body must not have block arguments; parameters are "
                       "read with wasm.local.get");
  return success();
}

/// Active segments need a target and an offset; others have neither.
static LogicalResult verifySegment(Operation *op, wasm::SegmentMode mode,
                                   bool hasTarget, Region &offset,
                                   StringRef target) {
  bool active = mode == wasm::SegmentMode::active;
  if (active != hasTarget)
    return op->emitOpError() << (active ? "active segment needs a "
                                        : "only active segments have a ")
                             << target;
  if (active != !offset.empty())
    return op->emitOpError() << (active ? "active segment needs an offset"
                                        : "only active segments have an "
                                          "offset");
  return success();
}

LogicalResult ElemOp::verify() {
  if (!isa<FuncRefType, ExternRefType>(getElemType()))
    return emitOpError("element type must be a reference type");
  return verifySegment(*this, getMode(), getTable().has_value(), getOffset(),
                       "table");
}

LogicalResult DataOp::verify() {
  if (getMode() == wasm::SegmentMode::declarative)
    return emitOpError("data segments are active or passive");
  return verifySegment(*this, getMode(), getMemory().has_value(), getOffset(),
                       "memory");
}

//===----------------------------------------------------------------------===//
// Structured control flow
//===----------------------------------------------------------------------===//

/// Checks that a region's entry block takes the label's parameters.
static LogicalResult verifyRegionParams(Operation *op, Region &region,
                                        TypeRange inputs) {
  if (region.empty())
    return success();
  return checkTypes(op, region.front().getArgumentTypes(), inputs,
                    "region arguments");
}

LogicalResult BlockOp::verify() {
  return verifyRegionParams(*this, getBody(), getInputs().getTypes());
}
LogicalResult LoopOp::verify() {
  return verifyRegionParams(*this, getBody(), getInputs().getTypes());
}
LogicalResult IfOp::verify() {
  if (failed(verifyRegionParams(*this, getThenRegion(),
                                getInputs().getTypes())))
    return failure();
  if (getElseRegion().empty()) {
    if (getInputs().getTypes() != getResultTypes())
      return emitOpError("without an else region, parameter and result "
                         "types must be equal");
    return success();
  }
  return verifyRegionParams(*this, getElseRegion(), getInputs().getTypes());
}

/// Types a branch to the label `depth` levels out of `op` must carry, or
/// failure if there is no such label.
static FailureOr<SmallVector<Type>> getLabelTypes(Operation *op,
                                                  uint32_t depth) {
  for (Operation *p = op->getParentOp(); p; p = p->getParentOp()) {
    if (auto func = dyn_cast<FuncOp>(p)) {
      if (depth != 0)
        break;
      return SmallVector<Type>(func.getFunctionType().getResults());
    }
    if (!isa<BlockOp, LoopOp, IfOp>(p))
      break;
    if (depth-- != 0)
      continue;
    if (auto loop = dyn_cast<LoopOp>(p))
      return SmallVector<Type>(loop.getInputs().getTypes());
    return SmallVector<Type>(p->getResultTypes());
  }
  op->emitOpError() << "branch depth exceeds the enclosing labels";
  return failure();
}

static LogicalResult verifyBranch(Operation *op, uint32_t depth,
                                  TypeRange values) {
  FailureOr<SmallVector<Type>> types = getLabelTypes(op, depth);
  if (failed(types))
    return failure();
  return checkTypes(op, values, *types, "branch values");
}

LogicalResult BrOp::verify() {
  return verifyBranch(*this, getDepth(), getValues().getTypes());
}

LogicalResult BrIfOp::verify() {
  if (getValues().getTypes() != getResultTypes())
    return emitOpError("results must have the types of the branch values");
  return verifyBranch(*this, getDepth(), getValues().getTypes());
}

LogicalResult BrTableOp::verify() {
  for (int32_t t : getTargets())
    if (failed(verifyBranch(*this, t, getValues().getTypes())))
      return failure();
  return verifyBranch(*this, getDefaultTarget(), getValues().getTypes());
}

LogicalResult ReturnOp::verify() {
  auto func = (*this)->getParentOfType<FuncOp>();
  if (!func)
    return emitOpError("must be inside a wasm.func");
  return checkTypes(*this, getValues().getTypes(),
                    func.getFunctionType().getResults(), "return values");
}

LogicalResult YieldOp::verify() {
  Operation *parent = (*this)->getParentOp();
  TypeRange values = getValues().getTypes();
  if (isa<BlockOp, LoopOp, IfOp>(parent))
    return checkTypes(*this, values, parent->getResultTypes(),
                      "yielded values");
  if (auto func = dyn_cast<FuncOp>(parent))
    return checkTypes(*this, values, func.getFunctionType().getResults(),
                      "yielded values");
  if (auto global = dyn_cast<GlobalOp>(parent))
    return checkTypes(*this, values, TypeRange(global.getType()),
                      "initializer value");
  Region *region = (*this)->getParentRegion();
  auto i32 = IntegerType::get(getContext(), 32);
  if (auto elem = dyn_cast<ElemOp>(parent)) {
    if (region == &elem.getOffset())
      return checkTypes(*this, values, TypeRange(i32), "offset");
    for (Type t : values)
      if (t != elem.getElemType())
        return emitOpError() << "element of type " << t
                             << " in a segment of " << elem.getElemType();
    return success();
  }
  if (isa<DataOp>(parent))
    return checkTypes(*this, values, TypeRange(i32), "offset");
  return emitOpError("unexpected parent ") << parent->getName();
}

//===----------------------------------------------------------------------===//
// Locals, globals and symbol users
//===----------------------------------------------------------------------===//

static LogicalResult verifyLocal(Operation *op, uint32_t index, Type type) {
  auto func = op->getParentOfType<FuncOp>();
  if (!func)
    return op->emitOpError("must be inside a wasm.func");
  Type localType = func.getLocalType(index);
  if (!localType)
    return op->emitOpError() << "local index " << index << " out of range ("
                             << func.getNumLocalsAndParams() << " locals)";
  if (localType != type)
    return op->emitOpError() << "local " << index << " has type "
                             << localType << ", not " << type;
  return success();
}

LogicalResult LocalGetOp::verify() {
  return verifyLocal(*this, getIndex(), getType());
}
LogicalResult LocalSetOp::verify() {
  return verifyLocal(*this, getIndex(), getValue().getType());
}
LogicalResult LocalTeeOp::verify() {
  return verifyLocal(*this, getIndex(), getValue().getType());
}

/// Finds the module-level definition a symbol of a wasm op names.
template <typename... Defs>
static Operation *lookupDef(Operation *op, SymbolTableCollection &tables,
                            FlatSymbolRefAttr sym, StringRef what) {
  Operation *def = tables.lookupNearestSymbolFrom(op, sym);
  if (!def || !isa<Defs...>(def)) {
    op->emitOpError() << "'" << sym.getValue() << "' does not name a "
                      << what;
    return nullptr;
  }
  return def;
}

LogicalResult CallOp::verifySymbolUses(SymbolTableCollection &tables) {
  Operation *def =
      lookupDef<FuncOp, ImportFuncOp>(*this, tables, getCalleeAttr(),
                                      "function");
  if (!def)
    return failure();
  FunctionType type = isa<FuncOp>(def)
                          ? cast<FuncOp>(def).getFunctionType()
                          : cast<ImportFuncOp>(def).getFunctionType();
  if (failed(checkTypes(*this, getArgs().getTypes(), type.getInputs(),
                        "arguments")))
    return failure();
  return checkTypes(*this, getResultTypes(), type.getResults(), "results");
}

static FailureOr<std::pair<Type, bool>>
getGlobalType(Operation *op, SymbolTableCollection &tables,
              FlatSymbolRefAttr sym) {
  Operation *def =
      lookupDef<GlobalOp, ImportGlobalOp>(op, tables, sym, "global");
  if (!def)
    return failure();
  if (auto g = dyn_cast<GlobalOp>(def))
    return std::make_pair(g.getType(), g.getIsMutable());
  auto g = cast<ImportGlobalOp>(def);
  return std::make_pair(g.getType(), g.getIsMutable());
}

LogicalResult GlobalGetOp::verifySymbolUses(SymbolTableCollection &tables) {
  auto type = getGlobalType(*this, tables, getGlobalAttr());
  if (failed(type))
    return failure();
  return checkTypes(*this, getType(), type->first, "result");
}

LogicalResult GlobalSetOp::verifySymbolUses(SymbolTableCollection &tables) {
  auto type = getGlobalType(*this, tables, getGlobalAttr());
  if (failed(type))
    return failure();
  if (!type->second)
    return emitOpError("global is immutable");
  return checkTypes(*this, getValue().getType(), type->first, "value");
}

LogicalResult MemoryInitOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<DataOp>(*this, tables, getSegmentAttr(),
                                   "data segment") != nullptr);
}
LogicalResult DataDropOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<DataOp>(*this, tables, getSegmentAttr(),
                                   "data segment") != nullptr);
}
LogicalResult TableInitOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<ElemOp>(*this, tables, getSegmentAttr(),
                                   "element segment") != nullptr);
}
LogicalResult ElemDropOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<ElemOp>(*this, tables, getSegmentAttr(),
                                   "element segment") != nullptr);
}

//===----------------------------------------------------------------------===//
// Constants, conversions and memory accesses
//===----------------------------------------------------------------------===//

LogicalResult ConstOp::verify() {
  Attribute value = getValue();
  if (!isa<IntegerAttr, FloatAttr>(value))
    return emitOpError("value must be an integer or float attribute");
  return success();
}

LogicalResult V128ConstOp::verify() {
  if (getValue().size() != 16)
    return emitOpError() << "needs 16 bytes, got " << getValue().size();
  return success();
}

static unsigned bitWidth(Type t) {
  if (isa<V128Type>(t))
    return 128;
  return t.getIntOrFloatBitWidth();
}

/// Integer-to-float, float-to-integer and reinterpret ops share one
/// verifier; ODS already fixed the operand and result families.
template <typename Op>
static LogicalResult verifyConvert(Op op) {
  Type in = op.getInput().getType(), out = op.getResult().getType();
  if constexpr (std::is_same_v<Op, ReinterpretOp>) {
    if (in.isInteger() == out.isInteger() || bitWidth(in) != bitWidth(out))
      return op.emitOpError() << "cannot reinterpret " << in << " as " << out;
  }
  return success();
}

LogicalResult WrapOp::verify() { return verifyConvert(*this); }
LogicalResult ExtendSOp::verify() { return verifyConvert(*this); }
LogicalResult ExtendUOp::verify() { return verifyConvert(*this); }
LogicalResult TruncSOp::verify() { return verifyConvert(*this); }
LogicalResult TruncUOp::verify() { return verifyConvert(*this); }
LogicalResult TruncSatSOp::verify() { return verifyConvert(*this); }
LogicalResult TruncSatUOp::verify() { return verifyConvert(*this); }
LogicalResult ConvertSOp::verify() { return verifyConvert(*this); }
LogicalResult ConvertUOp::verify() { return verifyConvert(*this); }
LogicalResult DemoteOp::verify() { return verifyConvert(*this); }
LogicalResult PromoteOp::verify() { return verifyConvert(*this); }
LogicalResult ReinterpretOp::verify() { return verifyConvert(*this); }

/// Access size must fit the value type, extension only for narrow integer
/// accesses, alignment a power of two no larger than the access.
static LogicalResult verifyAccess(Operation *op, Type type, uint32_t size,
                                  uint32_t align, bool signExtend,
                                  bool isLoad) {
  unsigned width = bitWidth(type) / 8;
  if (!llvm::isPowerOf2_32(size) || size > width)
    return op->emitOpError() << "access size " << size
                             << " does not fit type " << type;
  if (size < width && !type.isInteger())
    return op->emitOpError() << "partial accesses need an integer type";
  if (signExtend && (!isLoad || size == width))
    return op->emitOpError("sign_extend needs a narrowing integer load");
  if (!llvm::isPowerOf2_32(align) || align > size)
    return op->emitOpError() << "alignment " << align
                             << " must be a power of two at most the access "
                                "size "
                             << size;
  return success();
}

LogicalResult LoadOp::verify() {
  return verifyAccess(*this, getType(), getSize(), getAlign(),
                      getSignExtend(), /*isLoad=*/true);
}
LogicalResult StoreOp::verify() {
  return verifyAccess(*this, getValue().getType(), getSize(), getAlign(),
                      /*signExtend=*/false, /*isLoad=*/false);
}

//===----------------------------------------------------------------------===//
// SIMD
//===----------------------------------------------------------------------===//

/// Opcode of a SIMD instruction given its text name.
static std::optional<Opcode> lookupSimdOpcode(StringRef name) {
  static const llvm::StringMap<Opcode> table = [] {
    llvm::StringMap<Opcode> t;
    for (unsigned i = 0; i < unsigned(Opcode::NumOpcodes); ++i) {
      const OpcodeInfo &info = getOpcodeInfo(Opcode(i));
      if (info.prefix == 0xFD)
        t[info.name] = Opcode(i);
    }
    return t;
  }();
  auto it = table.find(name);
  if (it == table.end())
    return std::nullopt;
  return it->second;
}

static Type toMlirType(MLIRContext *ctx, ValType t) {
  switch (t) {
  case ValType::I32:
    return IntegerType::get(ctx, 32);
  case ValType::I64:
    return IntegerType::get(ctx, 64);
  case ValType::F32:
    return Float32Type::get(ctx);
  case ValType::F64:
    return Float64Type::get(ctx);
  case ValType::V128:
    return V128Type::get(ctx);
  case ValType::FuncRef:
    return FuncRefType::get(ctx);
  case ValType::ExternRef:
    return ExternRefType::get(ctx);
  }
  return {};
}

/// Number of lanes a lane immediate of `name` indexes, from its shape.
static unsigned laneCount(StringRef name) {
  if (name.starts_with("i8x16") || name.contains("load8_lane") ||
      name.contains("store8_lane"))
    return 16;
  if (name.starts_with("i16x8") || name.contains("16_lane"))
    return 8;
  if (name.starts_with("i32x4") || name.starts_with("f32x4") ||
      name.contains("32_lane"))
    return 4;
  return 2;
}

static FailureOr<Opcode> verifySimdName(Operation *op, StringRef name,
                                        Imm expectedImm) {
  std::optional<Opcode> opc = lookupSimdOpcode(name);
  if (!opc)
    return op->emitOpError() << "unknown SIMD instruction '" << name << "'";
  return *opc;
}

LogicalResult SimdOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode(), Imm::None);
  if (failed(opc))
    return failure();
  const OpcodeInfo &info = getOpcodeInfo(*opc);
  if (info.imm == Imm::MemArg || info.imm == Imm::MemArgLane)
    return emitOpError() << "'" << getOpcode()
                         << "' is a memory instruction; use wasm.load, "
                            "wasm.store or wasm.simd.load";
  if (info.sig == Sig::Special && info.imm != Imm::V128)
    return emitOpError() << "'" << getOpcode() << "' has no fixed signature";
  if (info.imm == Imm::V128)
    return emitOpError("use wasm.v128.const for constants");
  SmallVector<ValType> params, results;
  getSigTypes(info.sig, params, results);
  SmallVector<Type> paramTypes, resultTypes;
  for (ValType t : params)
    paramTypes.push_back(toMlirType(getContext(), t));
  for (ValType t : results)
    resultTypes.push_back(toMlirType(getContext(), t));
  if (failed(checkTypes(*this, getOperands().getTypes(), paramTypes,
                        "operands")) ||
      failed(checkTypes(*this, getResult().getType(), resultTypes, "result")))
    return failure();
  bool wantsLane = info.imm == Imm::Lane;
  if (wantsLane != getLane().has_value())
    return emitOpError() << "'" << getOpcode() << "' "
                         << (wantsLane ? "needs" : "takes no")
                         << " lane immediate";
  if (wantsLane && *getLane() >= laneCount(getOpcode()))
    return emitOpError() << "lane " << *getLane() << " out of range";
  bool wantsShuffle = info.imm == Imm::Shuffle;
  if (wantsShuffle != getShuffle().has_value())
    return emitOpError() << "'" << getOpcode() << "' "
                         << (wantsShuffle ? "needs" : "takes no")
                         << " shuffle immediate";
  if (wantsShuffle) {
    if (getShuffle()->size() != 16)
      return emitOpError("shuffle needs 16 lane indices");
    for (int8_t l : *getShuffle())
      if (l < 0 || l >= 32)
        return emitOpError() << "shuffle lane index " << int(l)
                             << " out of range";
  }
  return success();
}

LogicalResult SimdLoadOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode(), Imm::MemArg);
  if (failed(opc))
    return failure();
  const OpcodeInfo &info = getOpcodeInfo(*opc);
  StringRef name = getOpcode();
  bool isLaneLoad = info.imm == Imm::MemArgLane && name.contains("load");
  if (!(info.imm == Imm::MemArg && name.starts_with("v128.load") &&
        name != "v128.load") &&
      !isLaneLoad)
    return emitOpError() << "'" << name << "' is not a SIMD load variant";
  if (isLaneLoad != (getVector() != nullptr) ||
      isLaneLoad != getLane().has_value())
    return emitOpError() << "lane loads, and only they, take a vector and a "
                            "lane";
  if (isLaneLoad && *getLane() >= laneCount(name))
    return emitOpError() << "lane " << *getLane() << " out of range";
  if (!llvm::isPowerOf2_32(getAlign()))
    return emitOpError("alignment must be a power of two");
  return success();
}

LogicalResult SimdStoreLaneOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode(), Imm::MemArgLane);
  if (failed(opc))
    return failure();
  StringRef name = getOpcode();
  if (getOpcodeInfo(*opc).imm != Imm::MemArgLane || !name.contains("store"))
    return emitOpError() << "'" << name << "' is not a lane store";
  if (getLane() >= laneCount(name))
    return emitOpError() << "lane " << getLane() << " out of range";
  if (!llvm::isPowerOf2_32(getAlign()))
    return emitOpError("alignment must be a power of two");
  return success();
}
