//===- Instr.h - Wasm instructions and a streaming reader -------*- C++ -*-===//
//
// Every instruction of Wasm 2.0 (MVP, sign extension, saturating truncation,
// multi-value, bulk memory, reference types, SIMD128) is listed once in
// Opcodes.def. `InstrReader` decodes one instruction at a time from a byte
// range of the module, so the validator and the importer share one decoder.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_BINARY_INSTR_H
#define W2N_BINARY_INSTR_H

#include "w2n/Binary/Module.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/Error.h"

#include <array>
#include <cstdint>

namespace w2n {

/// Kinds of immediate operands an instruction carries.
enum class Imm : uint8_t {
  None,
  BlockType,    // block, loop, if
  Label,        // br, br_if: a
  BrTable,      // labels + default (a)
  Func,         // call, ref.func: a
  CallIndirect, // a = type index, b = table index
  Local,        // a
  Global,       // a
  Table,        // table.get/set/size/grow/fill: a
  MemArg,       // align, offset, memory (a = memory index, always 0 in 2.0)
  Memory,       // memory.size/grow: a = memory index (a zero byte in 2.0)
  I32,          // value: sign-extended into `value`
  I64,          // value
  F32,          // value holds the raw bits
  F64,          // value holds the raw bits
  V128,         // bytes
  RefType,      // ref.null: type
  SelectT,      // select with a type vector: types (exactly one in 2.0)
  Data,         // data.drop: a
  Elem,         // elem.drop: a
  MemoryInit,   // a = data index, b = memory index
  MemoryCopy,   // a = dst memory, b = src memory
  TableInit,    // a = elem index, b = table index
  TableCopy,    // a = dst table, b = src table
  Lane,         // extract/replace lane: lane
  MemArgLane,   // load/store lane: memarg + lane
  Shuffle,      // i8x16.shuffle: bytes hold the 16 lane indices
};

/// Operand/result signature of "simple" instructions whose typing is fixed.
/// Letters: i = i32, l = i64, f = f32, d = f64, v = v128; before `_` are the
/// operands, after it the result. `Special` instructions (control, locals,
/// globals, memory, tables, references, parametric) are typed by the
/// validator case by case.
enum class Sig : uint8_t {
  Special,
#define WASM_SIG(S) S,
#include "w2n/Binary/Sigs.def"
};

/// Every instruction. The enumerator names are those of Opcodes.def.
enum class Opcode : uint16_t {
#define WASM_OP(Id, Name, Prefix, Code, ImmKind, SigKind) Id,
#include "w2n/Binary/Opcodes.def"
  NumOpcodes
};

/// Static facts about an opcode.
struct OpcodeInfo {
  const char *name; // text format, e.g. "i32.add"
  uint8_t prefix;   // 0 for one-byte opcodes, 0xFC or 0xFD
  uint32_t code;    // the opcode byte, or the sub-opcode after the prefix
  Imm imm;
  Sig sig;
};
const OpcodeInfo &getOpcodeInfo(Opcode op);
/// Operand types and result types of a non-Special signature.
void getSigTypes(Sig sig, llvm::SmallVectorImpl<ValType> &params,
                 llvm::SmallVectorImpl<ValType> &results);

/// A block type: empty, one value type, or a type index (multi-value).
struct BlockType {
  enum Kind : uint8_t { Empty, Value, TypeIndex } kind = Empty;
  ValType value = ValType::I32;
  uint32_t typeIndex = 0;
};

/// One decoded instruction. Only the fields that its Imm kind names are set.
struct Instr {
  Opcode op = Opcode::Unreachable;
  size_t offset = 0; // byte offset of the opcode in the file
  uint32_t a = 0, b = 0;
  uint64_t value = 0;  // constants; the memarg offset for MemArg/MemArgLane
  uint32_t align = 0;  // log2 alignment for MemArg/MemArgLane
  uint8_t lane = 0;
  BlockType blockType;
  ValType type = ValType::I32;             // RefType, SelectT
  std::array<uint8_t, 16> bytes{};         // V128, Shuffle
  llvm::SmallVector<uint32_t, 8> labels;   // BrTable targets (without default)
  bool hasSelectTypes = false;             // SelectT
  uint32_t numSelectTypes = 0; // SelectT: length of the type vector (the
                               // validator requires exactly 1)
};

namespace detail {
/// Opcode and immediate kind of every one-byte opcode (op is 0xFFFF for
/// unassigned bytes and the 0xFC/0xFD prefixes); used by the inline fast
/// path of InstrReader::next.
struct OneByteOp {
  uint16_t op;
  Imm imm;
};
struct OneByteTable {
  OneByteOp ops[256];
};
extern const OneByteTable OneByteOps;
} // namespace detail

/// Decodes instructions from [range.begin, range.end) of `bytes`.
class InstrReader {
public:
  InstrReader(llvm::ArrayRef<uint8_t> bytes, ByteRange range)
      : bytes(bytes), pos(range.begin), end(range.end) {}

  bool atEnd() const { return pos >= end; }
  size_t offset() const { return pos; }

  /// Decodes the next instruction into `out`. Returns a malformed-module
  /// error (see Error.h) for unknown opcodes, bad LEB128 and truncation.
  ///
  /// The common shapes (no immediate, or a single one-byte LEB128 index or
  /// constant) are decoded inline; everything else goes to nextSlow().
  llvm::Error next(Instr &out) {
    const uint8_t *data = bytes.data();
    if (LLVM_LIKELY(pos + 1 < end)) {
      const detail::OneByteOp &ob = detail::OneByteOps.ops[data[pos]];
      if (ob.imm == Imm::None && ob.op != 0xFFFF) {
        out.offset = pos++;
        out.op = static_cast<Opcode>(ob.op);
        out.hasSelectTypes = false; // plain `select` (0x1B) has none
        return llvm::Error::success();
      }
      uint8_t imm1 = data[pos + 1];
      if (imm1 < 0x80) {
        switch (ob.imm) {
        case Imm::Local:
        case Imm::Global:
        case Imm::Label:
        case Imm::Func:
          out.offset = pos;
          pos += 2;
          out.op = static_cast<Opcode>(ob.op);
          out.a = imm1;
          return llvm::Error::success();
        case Imm::I32:
          out.offset = pos;
          pos += 2;
          out.op = static_cast<Opcode>(ob.op);
          // A one-byte s32: bit 6 is the sign.
          out.value = static_cast<uint64_t>(
              static_cast<int64_t>(static_cast<int8_t>(imm1 << 1) >> 1));
          return llvm::Error::success();
        default:
          break;
        }
      }
    }
    return nextSlow(out);
  }

private:
  llvm::Error nextSlow(Instr &out);

  llvm::ArrayRef<uint8_t> bytes;
  size_t pos, end;
};

} // namespace w2n

#endif // W2N_BINARY_INSTR_H
