//===- Module.h - In-memory form of a decoded Wasm module -------*- C++ -*-===//
//
// The decoder turns the bytes of a .wasm file into a `w2n::Module`. Function
// bodies and constant expressions are not expanded into instruction lists:
// they stay byte ranges into the original buffer and are read one
// instruction at a time with `InstrReader` (Instr.h). The validator and the
// importer both walk them that way, which keeps memory use proportional to
// the module's index spaces rather than to its code size.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_BINARY_MODULE_H
#define W2N_BINARY_MODULE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace w2n {

/// Value types, with their binary encodings.
enum class ValType : uint8_t {
  I32 = 0x7F,
  I64 = 0x7E,
  F32 = 0x7D,
  F64 = 0x7C,
  V128 = 0x7B,
  FuncRef = 0x70,
  ExternRef = 0x6F,
};

/// Text-format spelling: "i32", "funcref", ...
llvm::StringRef toString(ValType t);
inline bool isRefType(ValType t) {
  return t == ValType::FuncRef || t == ValType::ExternRef;
}

struct FuncType {
  llvm::SmallVector<ValType, 4> params;
  llvm::SmallVector<ValType, 2> results;
  bool operator==(const FuncType &o) const {
    return params == o.params && results == o.results;
  }
};

struct Limits {
  uint64_t min = 0;
  std::optional<uint64_t> max;
};

struct TableType {
  ValType elemType = ValType::FuncRef;
  Limits limits;
};

struct MemoryType {
  Limits limits; // in 64 KiB pages
};

struct GlobalType {
  ValType type = ValType::I32;
  bool isMutable = false;
};

enum class ExternKind : uint8_t { Func = 0, Table = 1, Memory = 2, Global = 3 };

/// A half-open byte range [begin, end) into Module::bytes.
struct ByteRange {
  size_t begin = 0, end = 0;
  size_t size() const { return end - begin; }
};

/// A constant expression: the bytes of its instructions including the final
/// `end` opcode. Read it with InstrReader.
using ConstExpr = ByteRange;

struct Import {
  std::string module, name;
  ExternKind kind = ExternKind::Func;
  uint32_t funcTypeIndex = 0; // kind == Func
  TableType table;            // kind == Table
  MemoryType memory;          // kind == Memory
  GlobalType global;          // kind == Global
  size_t offset = 0;          // byte offset of the import entry
};

struct Export {
  std::string name;
  ExternKind kind = ExternKind::Func;
  uint32_t index = 0;
  size_t offset = 0;
};

struct Global {
  GlobalType type;
  ConstExpr init;
  size_t offset = 0;
};

enum class SegmentMode : uint8_t { Active, Passive, Declarative };

/// An element segment, any of the eight binary forms.
struct ElemSegment {
  SegmentMode mode = SegmentMode::Active;
  uint32_t tableIndex = 0;
  ConstExpr offsetExpr;          // mode == Active
  ValType elemType = ValType::FuncRef;
  /// Set for the forms that list function indices (flags 0..3).
  bool usesFuncIndices = true;
  std::vector<uint32_t> funcIndices; // usesFuncIndices
  std::vector<ConstExpr> exprs;      // !usesFuncIndices
  size_t offset = 0;
  size_t size() const {
    return usesFuncIndices ? funcIndices.size() : exprs.size();
  }
};

struct DataSegment {
  SegmentMode mode = SegmentMode::Active; // Active or Passive
  uint32_t memoryIndex = 0;
  ConstExpr offsetExpr; // mode == Active
  ByteRange init;       // the initializer bytes
  size_t offset = 0;
};

/// A run of locals of one type, as encoded in the code section.
struct LocalRun {
  uint32_t count = 0;
  ValType type = ValType::I32;
};

/// A defined function: its type and its code-section entry.
struct Function {
  uint32_t typeIndex = 0;
  llvm::SmallVector<LocalRun, 4> locals; // declared locals (not params)
  uint64_t numLocals = 0;                // sum of locals[i].count
  ByteRange body;    // instructions, from after the locals to the final end
                     // opcode inclusive
  size_t offset = 0; // offset of the code entry (its size field)
};

struct CustomSection {
  std::string name;
  ByteRange contents; // after the name
  size_t offset = 0;
};

/// Contents of the `name` custom section, when present and well formed.
struct NameSection {
  std::optional<std::string> moduleName;
  llvm::DenseMap<uint32_t, std::string> functionNames;
  llvm::DenseMap<uint32_t, llvm::DenseMap<uint32_t, std::string>> localNames;
};

struct Module {
  /// The whole file. The caller keeps the buffer alive.
  llvm::ArrayRef<uint8_t> bytes;

  std::vector<FuncType> types;
  std::vector<Import> imports;
  std::vector<Function> functions; // defined functions only
  std::vector<TableType> tables;   // defined tables only
  std::vector<MemoryType> memories; // defined memories only
  std::vector<Global> globals;      // defined globals only
  std::vector<Export> exports;
  std::optional<uint32_t> start;
  std::vector<ElemSegment> elems;
  std::optional<uint32_t> dataCount;
  std::vector<DataSegment> datas;
  std::vector<CustomSection> customs;
  NameSection names;

  /// Byte offsets, for diagnostics: of each entry of `tables` and
  /// `memories` (parallel vectors) and of the start section's index.
  std::vector<size_t> tableOffsets, memoryOffsets;
  size_t startOffset = 0;

  // Counts of imports per kind; index spaces put imports first.
  uint32_t numImportedFuncs = 0, numImportedTables = 0,
           numImportedMemories = 0, numImportedGlobals = 0;

  /// For each ExternKind, the positions in `imports` of the imports of that
  /// kind, in order (filled by the decoder; makes funcType() & co. O(1)).
  std::vector<uint32_t> importsByKind[4];

  uint32_t numFuncs() const { return numImportedFuncs + functions.size(); }
  uint32_t numTables() const { return numImportedTables + tables.size(); }
  uint32_t numMemories() const {
    return numImportedMemories + memories.size();
  }
  uint32_t numGlobals() const { return numImportedGlobals + globals.size(); }

  /// Type of function `funcIndex` in the function index space (imports
  /// first). Requires a validated or at least decoded module.
  const FuncType &funcType(uint32_t funcIndex) const;
  TableType tableType(uint32_t tableIndex) const;
  MemoryType memoryType(uint32_t memIndex) const;
  GlobalType globalType(uint32_t globalIndex) const;
  /// Type index of function `funcIndex`.
  uint32_t funcTypeIndex(uint32_t funcIndex) const;

  /// The function's name from the name section, or empty. This is the raw
  /// name, without the `$` the text format puts in front of it.
  llvm::StringRef funcName(uint32_t funcIndex) const;
};

} // namespace w2n

#endif // W2N_BINARY_MODULE_H
