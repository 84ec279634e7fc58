//===- InstrReader.cpp - Decoding of single instructions ------------------===//
//
// InstrReader::next decodes one instruction and its immediates. It only
// checks well-formedness (the binary grammar); typing and index bounds are
// the validator's job, so e.g. a lane index of 200 or an alignment of 2^31
// decodes fine here and is rejected later as invalid.
//
//===----------------------------------------------------------------------===//

#include "ByteReader.h"
#include "OpcodeTables.h"

#include "w2n/Binary/Instr.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Endian.h"

#include <cstring>

using namespace w2n;
using namespace w2n::detail;
using llvm::Error;

static Error illegalOpcode(size_t offset, unsigned prefix, uint32_t code) {
  if (prefix)
    return makeMalformed(offset, "illegal opcode 0x" +
                                     llvm::Twine::utohexstr(prefix) + " " +
                                     llvm::Twine(code));
  return makeMalformed(offset,
                       "illegal opcode 0x" + llvm::Twine::utohexstr(code));
}

/// Reads the immediates of a memory instruction that in Wasm 2.0 carries a
/// reserved zero byte where later versions put a memory index.
static Error readZeroByte(ByteReader &r, uint32_t &memIndex) {
  size_t at = r.pos;
  uint8_t b;
  if (Error e = r.readByte(b))
    return e;
  if (b != 0)
    return makeMalformed(at, "zero byte expected");
  memIndex = 0;
  return Error::success();
}

static Error readMemArg(ByteReader &r, Instr &out) {
  uint32_t align, offset;
  if (Error e = r.readU32(align))
    return e;
  if (Error e = r.readU32(offset))
    return e;
  out.align = align;
  out.value = offset;
  out.a = 0;
  return Error::success();
}

static Error readBlockType(ByteReader &r, BlockType &bt) {
  if (LLVM_UNLIKELY(r.atEnd()))
    return r.eof();
  uint8_t b = r.base[r.pos];
  if (b == 0x40) {
    ++r.pos;
    bt.kind = BlockType::Empty;
    return Error::success();
  }
  if (isValTypeByte(b)) {
    ++r.pos;
    bt.kind = BlockType::Value;
    bt.value = static_cast<ValType>(b);
    return Error::success();
  }
  // Otherwise a type index, encoded as a positive s33 so that it can not be
  // confused with the one-byte negative type encodings above.
  size_t at = r.pos;
  int64_t idx;
  if (Error e = r.readS33(idx))
    return e;
  if (idx < 0)
    return makeMalformed(at, "malformed block type");
  bt.kind = BlockType::TypeIndex;
  bt.typeIndex = static_cast<uint32_t>(idx);
  return Error::success();
}

Error InstrReader::nextSlow(Instr &out) {
  out.offset = pos;
  const uint8_t *data = bytes.data();
  ByteReader r(data, pos, end, "unexpected end of section or function");
  if (LLVM_UNLIKELY(r.atEnd()))
    return r.eof();

  uint8_t first = r.base[r.pos++];
  uint16_t op = OneByteOps.ops[first].op;
  if (first == 0xFC || first == 0xFD) {
    uint32_t sub;
    if (Error e = r.readU32(sub))
      return e;
    if (first == 0xFC)
      op = sub < 32 ? Tables.prefixFC[sub] : InvalidOp;
    else
      op = sub < 256 ? Tables.prefixFD[sub] : InvalidOp;
    if (op == InvalidOp)
      return illegalOpcode(out.offset, first, sub);
  } else if (LLVM_UNLIKELY(op == InvalidOp)) {
    return illegalOpcode(out.offset, 0, first);
  }
  out.op = static_cast<Opcode>(op);

  switch (detail::info(out.op).imm) {
  case Imm::None:
    out.hasSelectTypes = false;
    break;
  case Imm::BlockType:
    if (Error e = readBlockType(r, out.blockType))
      return e;
    break;
  case Imm::Label:
  case Imm::Func:
  case Imm::Local:
  case Imm::Global:
  case Imm::Table:
  case Imm::Data:
  case Imm::Elem:
    if (Error e = r.readU32(out.a))
      return e;
    break;
  case Imm::BrTable: {
    uint32_t n;
    if (Error e = r.readCount(n))
      return e;
    out.labels.clear();
    out.labels.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      uint32_t l;
      if (Error e = r.readU32(l))
        return e;
      out.labels.push_back(l);
    }
    if (Error e = r.readU32(out.a))
      return e;
    break;
  }
  case Imm::CallIndirect:
    // Type index, then the table index (a u32 since reference types).
    if (Error e = r.readU32(out.a))
      return e;
    if (Error e = r.readU32(out.b))
      return e;
    break;
  case Imm::MemArg:
    if (Error e = readMemArg(r, out))
      return e;
    break;
  case Imm::Memory:
    if (Error e = readZeroByte(r, out.a))
      return e;
    break;
  case Imm::I32: {
    int32_t v;
    if (Error e = r.readS32(v))
      return e;
    out.value = static_cast<uint64_t>(static_cast<int64_t>(v));
    break;
  }
  case Imm::I64: {
    int64_t v;
    if (Error e = r.readS64(v))
      return e;
    out.value = static_cast<uint64_t>(v);
    break;
  }
  case Imm::F32: {
    if (r.remaining() < 4)
      return makeMalformed(r.end, r.eofMessage);
    uint32_t bits;
    std::memcpy(&bits, r.base + r.pos, 4);
    out.value =
        llvm::support::endian::byte_swap(bits, llvm::endianness::little);
    r.pos += 4;
    break;
  }
  case Imm::F64: {
    if (r.remaining() < 8)
      return makeMalformed(r.end, r.eofMessage);
    uint64_t bits;
    std::memcpy(&bits, r.base + r.pos, 8);
    out.value =
        llvm::support::endian::byte_swap(bits, llvm::endianness::little);
    r.pos += 8;
    break;
  }
  case Imm::V128:
  case Imm::Shuffle:
    if (r.remaining() < 16)
      return makeMalformed(r.end, r.eofMessage);
    std::memcpy(out.bytes.data(), r.base + r.pos, 16);
    r.pos += 16;
    break;
  case Imm::RefType:
    if (Error e = r.readRefType(out.type))
      return e;
    break;
  case Imm::SelectT: {
    uint32_t n;
    if (Error e = r.readCount(n))
      return e;
    out.hasSelectTypes = true;
    out.numSelectTypes = n;
    for (uint32_t i = 0; i < n; ++i) {
      ValType t;
      if (Error e = r.readValType(t))
        return e;
      if (i == 0)
        out.type = t;
    }
    break;
  }
  case Imm::MemoryInit:
    if (Error e = r.readU32(out.a))
      return e;
    if (Error e = readZeroByte(r, out.b))
      return e;
    break;
  case Imm::MemoryCopy:
    if (Error e = readZeroByte(r, out.a))
      return e;
    if (Error e = readZeroByte(r, out.b))
      return e;
    break;
  case Imm::TableInit:
  case Imm::TableCopy:
    if (Error e = r.readU32(out.a))
      return e;
    if (Error e = r.readU32(out.b))
      return e;
    break;
  case Imm::Lane:
    if (Error e = r.readByte(out.lane))
      return e;
    break;
  case Imm::MemArgLane:
    if (Error e = readMemArg(r, out))
      return e;
    if (Error e = r.readByte(out.lane))
      return e;
    break;
  }
  pos = r.pos;
  return Error::success();
}
