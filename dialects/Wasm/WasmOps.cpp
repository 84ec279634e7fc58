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
#include "llvm/ADT/StringExtras.h"
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

/// A constant expression (a global's initializer, a segment's offset or
/// items) may only hold the constant instructions of Wasm 2.0.
static LogicalResult verifyConstExpr(Operation *op, Region &region,
                                     StringRef what) {
  for (Block &block : region) {
    if (block.getNumArguments() != 0)
      return op->emitOpError() << what << " must not have arguments";
    for (Operation &inner : block)
      if (!isa<ConstOp, V128ConstOp, RefNullOp, RefFuncOp, GlobalGetOp,
               YieldOp>(inner))
        return inner.emitOpError("is not allowed in a constant expression (")
               << what << " of " << op->getName() << ")";
  }
  return success();
}

/// True if `op` is part of a constant expression rather than of a function
/// body.
static bool isInConstExpr(Operation *op) {
  return isa<GlobalOp, ElemOp, DataOp>(op->getParentOp());
}

LogicalResult GlobalOp::verify() {
  if (!isValueType(getType()))
    return emitOpError("type must be a Wasm value type");
  return verifyConstExpr(*this, getInit(), "initializer");
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

/// Parameters and results of functions must be Wasm value types.
static LogicalResult verifyFunctionType(Operation *op, FunctionType type) {
  for (Type t : type.getInputs())
    if (!isValueType(t))
      return op->emitOpError()
             << "parameter type " << t << " is not a Wasm value type";
  for (Type t : type.getResults())
    if (!isValueType(t))
      return op->emitOpError()
             << "result type " << t << " is not a Wasm value type";
  return success();
}

LogicalResult ImportFuncOp::verify() {
  return verifyFunctionType(*this, getFunctionType());
}

LogicalResult FuncOp::verify() {
  if (failed(verifyFunctionType(*this, getFunctionType())))
    return failure();
  if (auto locals = getLocals())
    for (Attribute a : *locals)
      if (Type t = cast<TypeAttr>(a).getValue(); !isValueType(t))
        return emitOpError() << "local type " << t
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
  if (failed(verifySegment(*this, getMode(), getTable().has_value(),
                           getOffset(), "table")) ||
      failed(verifyConstExpr(*this, getOffset(), "offset")))
    return failure();
  return verifyConstExpr(*this, getItems(), "segment item");
}

LogicalResult DataOp::verify() {
  if (getMode() == wasm::SegmentMode::declarative)
    return emitOpError("data segments are active or passive");
  if (failed(verifySegment(*this, getMode(), getMemory().has_value(),
                           getOffset(), "memory")))
    return failure();
  return verifyConstExpr(*this, getOffset(), "offset");
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
    op->emitOpError() << "'" << sym.getValue() << "' does not name "
                      << what;
    return nullptr;
  }
  return def;
}

/// Type of a `wasm.func` or `wasm.import_func`.
static FunctionType getFunctionTypeOf(Operation *def) {
  if (auto f = dyn_cast<FuncOp>(def))
    return f.getFunctionType();
  return cast<ImportFuncOp>(def).getFunctionType();
}

LogicalResult CallOp::verifySymbolUses(SymbolTableCollection &tables) {
  Operation *def =
      lookupDef<FuncOp, ImportFuncOp>(*this, tables, getCalleeAttr(),
                                      "a function");
  if (!def)
    return failure();
  FunctionType type = getFunctionTypeOf(def);
  if (failed(checkTypes(*this, getArgs().getTypes(), type.getInputs(),
                        "arguments")))
    return failure();
  return checkTypes(*this, getResultTypes(), type.getResults(), "results");
}

static FailureOr<std::pair<Type, bool>>
getGlobalType(Operation *op, SymbolTableCollection &tables,
              FlatSymbolRefAttr sym) {
  Operation *def =
      lookupDef<GlobalOp, ImportGlobalOp>(op, tables, sym, "a global");
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
  if (type->second && isInConstExpr(*this))
    return emitOpError("constant expressions may only read immutable "
                       "globals");
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

/// Element type of the table `sym` names, or failure after a diagnostic.
static FailureOr<Type> getTableElemType(Operation *op,
                                        SymbolTableCollection &tables,
                                        FlatSymbolRefAttr sym) {
  Operation *def =
      lookupDef<TableOp, ImportTableOp>(op, tables, sym, "a table");
  if (!def)
    return failure();
  if (auto t = dyn_cast<TableOp>(def))
    return t.getElemType();
  return cast<ImportTableOp>(def).getElemType();
}

/// Checks that the table `sym` names holds references of type `type`.
static LogicalResult checkTableElemType(Operation *op,
                                        SymbolTableCollection &tables,
                                        FlatSymbolRefAttr sym, Type type,
                                        StringRef what) {
  FailureOr<Type> elemType = getTableElemType(op, tables, sym);
  if (failed(elemType))
    return failure();
  if (*elemType != type)
    return op->emitOpError()
           << what << " has type " << type << ", but table '"
           << sym.getValue() << "' holds " << *elemType;
  return success();
}

LogicalResult ExportOp::verifySymbolUses(SymbolTableCollection &tables) {
  FlatSymbolRefAttr sym = getTargetAttr();
  Operation *def = nullptr;
  switch (getKind()) {
  case ExternKind::func:
    def = lookupDef<FuncOp, ImportFuncOp>(*this, tables, sym, "a function");
    break;
  case ExternKind::table:
    def = lookupDef<TableOp, ImportTableOp>(*this, tables, sym, "a table");
    break;
  case ExternKind::memory:
    def =
        lookupDef<MemoryOp, ImportMemoryOp>(*this, tables, sym, "a memory");
    break;
  case ExternKind::global:
    def = lookupDef<GlobalOp, ImportGlobalOp>(*this, tables, sym, "a global");
    break;
  }
  return success(def != nullptr);
}

LogicalResult StartOp::verifySymbolUses(SymbolTableCollection &tables) {
  Operation *def = lookupDef<FuncOp, ImportFuncOp>(
      *this, tables, getFunctionAttr(), "a function");
  if (!def)
    return failure();
  FunctionType type = getFunctionTypeOf(def);
  if (type.getNumInputs() != 0 || type.getNumResults() != 0)
    return emitOpError() << "start function must have type () -> (), got "
                         << type;
  return success();
}

LogicalResult RefFuncOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<FuncOp, ImportFuncOp>(*this, tables,
                                                 getFunctionAttr(),
                                                 "a function") != nullptr);
}

LogicalResult
CallIndirectOp::verifySymbolUses(SymbolTableCollection &tables) {
  return checkTableElemType(*this, tables, getTableAttr(),
                            FuncRefType::get(getContext()), "callee");
}

LogicalResult ElemOp::verifySymbolUses(SymbolTableCollection &tables) {
  if (!getTableAttr())
    return success();
  return checkTableElemType(*this, tables, getTableAttr(), getElemType(),
                            "segment");
}

LogicalResult DataOp::verifySymbolUses(SymbolTableCollection &tables) {
  if (!getMemoryAttr())
    return success();
  return success(lookupDef<MemoryOp, ImportMemoryOp>(
                     *this, tables, getMemoryAttr(), "a memory") != nullptr);
}

LogicalResult TableGetOp::verifySymbolUses(SymbolTableCollection &tables) {
  return checkTableElemType(*this, tables, getTableAttr(), getType(),
                            "result");
}
LogicalResult TableSetOp::verifySymbolUses(SymbolTableCollection &tables) {
  return checkTableElemType(*this, tables, getTableAttr(),
                            getValue().getType(), "value");
}
LogicalResult TableSizeOp::verifySymbolUses(SymbolTableCollection &tables) {
  return getTableElemType(*this, tables, getTableAttr());
}
LogicalResult TableGrowOp::verifySymbolUses(SymbolTableCollection &tables) {
  return checkTableElemType(*this, tables, getTableAttr(),
                            getInit().getType(), "init value");
}
LogicalResult TableFillOp::verifySymbolUses(SymbolTableCollection &tables) {
  return checkTableElemType(*this, tables, getTableAttr(),
                            getValue().getType(), "value");
}
LogicalResult TableCopyOp::verifySymbolUses(SymbolTableCollection &tables) {
  FailureOr<Type> srcType = getTableElemType(*this, tables, getSrcTableAttr());
  if (failed(srcType))
    return failure();
  return checkTableElemType(*this, tables, getDestTableAttr(), *srcType,
                            "source table");
}

LogicalResult MemoryInitOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<DataOp>(*this, tables, getSegmentAttr(),
                                   "a data segment") != nullptr);
}
LogicalResult DataDropOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<DataOp>(*this, tables, getSegmentAttr(),
                                   "a data segment") != nullptr);
}
LogicalResult TableInitOp::verifySymbolUses(SymbolTableCollection &tables) {
  Operation *def = lookupDef<ElemOp>(*this, tables, getSegmentAttr(),
                                     "an element segment");
  if (!def)
    return failure();
  return checkTableElemType(*this, tables, getTableAttr(),
                            cast<ElemOp>(def).getElemType(), "segment");
}
LogicalResult ElemDropOp::verifySymbolUses(SymbolTableCollection &tables) {
  return success(lookupDef<ElemOp>(*this, tables, getSegmentAttr(),
                                   "an element segment") != nullptr);
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

/// The static offset of a memory access is a u32 in Wasm 2.0.
static LogicalResult verifyOffset(Operation *op, IntegerAttr offset) {
  const APInt &value = offset.getValue();
  if (value.isNegative() || value.getActiveBits() > 32)
    return op->emitOpError() << "offset " << value.getSExtValue()
                             << " is not a 32-bit unsigned integer";
  return success();
}

/// The alignment hint of an access of `size` bytes is a power of two no
/// larger than `size`.
static LogicalResult verifyAlign(Operation *op, uint32_t align,
                                 uint32_t size) {
  if (!llvm::isPowerOf2_32(align) || align > size)
    return op->emitOpError() << "alignment " << align
                             << " must be a power of two at most the access "
                                "size "
                             << size;
  return success();
}

/// Access size must fit the value type, extension only for narrow integer
/// accesses, alignment a power of two no larger than the access.
static LogicalResult verifyAccess(Operation *op, IntegerAttr offset,
                                  Type type, uint32_t size, uint32_t align,
                                  bool signExtend, bool isLoad) {
  if (failed(verifyOffset(op, offset)))
    return failure();
  unsigned width = bitWidth(type) / 8;
  if (!llvm::isPowerOf2_32(size) || size > width)
    return op->emitOpError() << "access size " << size
                             << " does not fit type " << type;
  if (size < width && !type.isInteger())
    return op->emitOpError() << "partial accesses need an integer type";
  if (signExtend && (!isLoad || size == width))
    return op->emitOpError("sign_extend needs a narrowing integer load");
  return verifyAlign(op, align, size);
}

LogicalResult LoadOp::verify() {
  return verifyAccess(*this, getOffsetAttr(), getType(), getSize(),
                      getAlign(), getSignExtend(), /*isLoad=*/true);
}
LogicalResult StoreOp::verify() {
  return verifyAccess(*this, getOffsetAttr(), getValue().getType(),
                      getSize(), getAlign(), /*signExtend=*/false,
                      /*isLoad=*/false);
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

/// Bytes a SIMD load or lane store reads or writes:
/// `v128.load8x8_s` reads 8, `v128.load16_splat` 2, `v128.store32_lane` 4.
static uint32_t simdAccessSize(StringRef name) {
  if (name.contains("x")) // v128.loadAxB_{s,u}: always 64 bits
    return 8;
  StringRef digits = name.drop_front(strlen("v128.load"));
  if (name.starts_with("v128.store"))
    digits = name.drop_front(strlen("v128.store"));
  unsigned bits = 0;
  digits.take_while([](char c) { return llvm::isDigit(c); })
      .getAsInteger(10, bits);
  return bits / 8;
}

static FailureOr<Opcode> verifySimdName(Operation *op, StringRef name) {
  std::optional<Opcode> opc = lookupSimdOpcode(name);
  if (!opc)
    return op->emitOpError() << "unknown SIMD instruction '" << name << "'";
  return *opc;
}

LogicalResult SimdOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode());
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
    ArrayRef<int8_t> shuffle = *getShuffle();
    if (shuffle.size() != 16)
      return emitOpError("shuffle needs 16 lane indices");
    for (int8_t l : shuffle)
      if (l < 0 || l >= 32)
        return emitOpError() << "shuffle lane index " << int(l)
                             << " out of range";
  }
  return success();
}

LogicalResult SimdLoadOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode());
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
  if (failed(verifyOffset(*this, getOffsetAttr())))
    return failure();
  return verifyAlign(*this, getAlign(), simdAccessSize(name));
}

LogicalResult SimdStoreLaneOp::verify() {
  FailureOr<Opcode> opc = verifySimdName(*this, getOpcode());
  if (failed(opc))
    return failure();
  StringRef name = getOpcode();
  if (getOpcodeInfo(*opc).imm != Imm::MemArgLane || !name.contains("store"))
    return emitOpError() << "'" << name << "' is not a lane store";
  if (getLane() >= laneCount(name))
    return emitOpError() << "lane " << getLane() << " out of range";
  if (failed(verifyOffset(*this, getOffsetAttr())))
    return failure();
  return verifyAlign(*this, getAlign(), simdAccessSize(name));
}
