//===- Decoder.cpp - Wasm 2.0 binary module decoder -----------------------===//
//
// Turns the bytes of a module into a w2n::Module, checking everything the
// binary format (spec chapter 5) requires: section order and sizes, LEB128
// encodings, UTF-8 names, the flag forms of segments and the structure of
// every instruction sequence. Function bodies and constant expressions are
// walked once here to prove they are well formed (so that the validator and
// the importer can assume it), but they are kept as byte ranges.
//
// Anything the spec classifies as a validation rule (index bounds, types,
// limits ranges, alignment) is left to Validator.cpp.
//
//===----------------------------------------------------------------------===//

#include "ByteReader.h"

#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Instr.h"

#include "llvm/ADT/Twine.h"

#include <cstring>

using namespace w2n;
using namespace w2n::detail;
using llvm::Error;

namespace {

enum SectionId : uint8_t {
  CustomId = 0,
  TypeId = 1,
  ImportId = 2,
  FunctionId = 3,
  TableId = 4,
  MemoryId = 5,
  GlobalId = 6,
  ExportId = 7,
  StartId = 8,
  ElementId = 9,
  CodeId = 10,
  DataId = 11,
  DataCountId = 12,
};

/// Position of each non-custom section in the required order. The data
/// count section (id 12) sits between the element and code sections.
constexpr uint8_t sectionRank(uint8_t id) {
  constexpr uint8_t ranks[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 10};
  return ranks[id];
}

const char *const SectionEof = "unexpected end of section or function";

class ModuleDecoder {
public:
  ModuleDecoder(llvm::ArrayRef<uint8_t> bytes, Module &m)
      : bytes(bytes), m(m) {}

  Error decode();

private:
  llvm::ArrayRef<uint8_t> bytes;
  Module &m;
  /// Scratch state reused for every instruction sequence.
  Instr instr;
  llvm::SmallVector<uint8_t, 32> blocks;
  bool sawCode = false;

  Error decodeSection(uint8_t id, ByteReader &r);
  Error decodeTypes(ByteReader &r);
  Error decodeImports(ByteReader &r);
  Error decodeFunctions(ByteReader &r);
  Error decodeTables(ByteReader &r);
  Error decodeMemories(ByteReader &r);
  Error decodeGlobals(ByteReader &r);
  Error decodeExports(ByteReader &r);
  Error decodeStart(ByteReader &r);
  Error decodeElems(ByteReader &r);
  Error decodeDataCount(ByteReader &r);
  Error decodeCode(ByteReader &r);
  Error decodeDatas(ByteReader &r);
  Error decodeCustom(ByteReader &r, size_t sectionOffset);

  Error readLimits(ByteReader &r, Limits &l);
  Error readTableType(ByteReader &r, TableType &t);
  Error readGlobalType(ByteReader &r, GlobalType &t);
  Error readConstExpr(ByteReader &r, ConstExpr &e);
  /// Checks that [begin, limit) starts with a well-formed instruction
  /// sequence closed by a matching `end`; returns the offset just past it.
  Error readInstrSeq(size_t begin, size_t limit, bool isBody, size_t &endPos);
};

} // namespace

//===----------------------------------------------------------------------===//
// Top level
//===----------------------------------------------------------------------===//

Error ModuleDecoder::decode() {
  ByteReader r(bytes.data(), 0, bytes.size());
  static const uint8_t magic[4] = {0x00, 0x61, 0x73, 0x6D};
  static const uint8_t version[4] = {0x01, 0x00, 0x00, 0x00};
  if (bytes.size() < 4)
    return makeMalformed(bytes.size(), "unexpected end");
  if (std::memcmp(bytes.data(), magic, 4) != 0)
    return makeMalformed(0, "magic header not detected");
  if (bytes.size() < 8)
    return makeMalformed(bytes.size(), "unexpected end");
  if (std::memcmp(bytes.data() + 4, version, 4) != 0)
    return makeMalformed(4, "unknown binary version");
  r.pos = 8;

  uint8_t lastRank = 0;
  while (!r.atEnd()) {
    size_t sectionOffset = r.pos;
    uint8_t id = r.base[r.pos++];
    if (id > DataCountId)
      return makeMalformed(sectionOffset, "malformed section id");
    size_t sizeOffset = r.pos;
    uint32_t size;
    if (Error e = r.readU32(size))
      return e;
    if (size > r.remaining())
      return makeMalformed(sizeOffset, "length out of bounds");
    if (id != CustomId) {
      uint8_t rank = sectionRank(id);
      // A repeated or out-of-order section: the module's section sequence
      // already ended, so this is content after the last section.
      if (rank <= lastRank)
        return makeMalformed(sectionOffset,
                             "unexpected content after last section");
      lastRank = rank;
    }
    ByteReader section(r.base, r.pos, r.pos + size, SectionEof);
    if (id == CustomId) {
      if (Error e = decodeCustom(section, sectionOffset))
        return e;
    } else {
      if (Error e = decodeSection(id, section))
        return e;
      if (section.pos != section.end)
        return makeMalformed(section.pos, "section size mismatch");
    }
    r.pos += size;
  }

  if (!sawCode && !m.functions.empty())
    return makeMalformed(bytes.size(),
                         "function and code section have inconsistent lengths");
  if (m.dataCount && *m.dataCount != m.datas.size())
    return makeMalformed(
        bytes.size(), "data count and data section have inconsistent lengths");
  return Error::success();
}

Error ModuleDecoder::decodeSection(uint8_t id, ByteReader &r) {
  switch (id) {
  case TypeId:
    return decodeTypes(r);
  case ImportId:
    return decodeImports(r);
  case FunctionId:
    return decodeFunctions(r);
  case TableId:
    return decodeTables(r);
  case MemoryId:
    return decodeMemories(r);
  case GlobalId:
    return decodeGlobals(r);
  case ExportId:
    return decodeExports(r);
  case StartId:
    return decodeStart(r);
  case ElementId:
    return decodeElems(r);
  case CodeId:
    return decodeCode(r);
  case DataId:
    return decodeDatas(r);
  case DataCountId:
    return decodeDataCount(r);
  default:
    llvm_unreachable("custom sections are handled by the caller");
  }
}

//===----------------------------------------------------------------------===//
// Shared pieces
//===----------------------------------------------------------------------===//

Error ModuleDecoder::readLimits(ByteReader &r, Limits &l) {
  // The flag is a 1-bit unsigned LEB128 in Wasm 2.0: 0 = min only,
  // 1 = min and max.
  uint64_t flag;
  if (Error e = r.readLEB(1, false, flag))
    return e;
  uint32_t v;
  if (Error e = r.readU32(v))
    return e;
  l.min = v;
  l.max.reset();
  if (flag == 1) {
    if (Error e = r.readU32(v))
      return e;
    l.max = v;
  }
  return Error::success();
}

Error ModuleDecoder::readTableType(ByteReader &r, TableType &t) {
  if (Error e = r.readRefType(t.elemType))
    return e;
  return readLimits(r, t.limits);
}

Error ModuleDecoder::readGlobalType(ByteReader &r, GlobalType &t) {
  if (Error e = r.readValType(t.type))
    return e;
  size_t at = r.pos;
  uint8_t mut;
  if (Error e = r.readByte(mut))
    return e;
  if (mut > 1)
    return makeMalformed(at, "malformed mutability");
  t.isMutable = mut == 1;
  return Error::success();
}

Error ModuleDecoder::readConstExpr(ByteReader &r, ConstExpr &e) {
  size_t endPos;
  if (Error err = readInstrSeq(r.pos, r.end, /*isBody=*/false, endPos))
    return err;
  e.begin = r.pos;
  e.end = endPos;
  r.pos = endPos;
  return Error::success();
}

Error ModuleDecoder::readInstrSeq(size_t begin, size_t limit, bool isBody,
                                  size_t &endPos) {
  // Block nesting: 0 = block/loop, 1 = if, 2 = if after its else. Only the
  // structure is checked; the validator re-reads the sequence for typing.
  enum : uint8_t { Plain, IfNoElse, IfElse };
  InstrReader ir(bytes, ByteRange{begin, limit});
  blocks.clear();
  size_t depth = 1;
  for (;;) {
    if (ir.atEnd())
      return makeMalformed(ir.offset(),
                           isBody ? "END opcode expected" : SectionEof);
    if (Error e = ir.next(instr))
      return e;
    switch (instr.op) {
    case Opcode::Block:
    case Opcode::Loop:
      blocks.push_back(Plain);
      ++depth;
      break;
    case Opcode::If:
      blocks.push_back(IfNoElse);
      ++depth;
      break;
    case Opcode::Else:
      if (blocks.empty() || blocks.back() != IfNoElse)
        return makeMalformed(instr.offset, "END opcode expected");
      blocks.back() = IfElse;
      break;
    case Opcode::End:
      if (--depth == 0) {
        endPos = ir.offset();
        return Error::success();
      }
      blocks.pop_back();
      break;
    case Opcode::MemoryInit:
    case Opcode::DataDrop:
      if (!m.dataCount)
        return makeMalformed(instr.offset, "data count section required");
      break;
    default:
      break;
    }
  }
}

//===----------------------------------------------------------------------===//
// Sections
//===----------------------------------------------------------------------===//

Error ModuleDecoder::decodeTypes(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.types.resize(n);
  for (FuncType &ft : m.types) {
    size_t at = r.pos;
    uint8_t form;
    if (Error e = r.readByte(form))
      return e;
    if (form != 0x60)
      return makeMalformed(at, "malformed function type");
    uint32_t np, nr;
    if (Error e = r.readCount(np))
      return e;
    ft.params.resize(np);
    for (ValType &t : ft.params)
      if (Error e = r.readValType(t))
        return e;
    if (Error e = r.readCount(nr))
      return e;
    ft.results.resize(nr);
    for (ValType &t : ft.results)
      if (Error e = r.readValType(t))
        return e;
  }
  return Error::success();
}

Error ModuleDecoder::decodeImports(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.imports.resize(n);
  for (Import &imp : m.imports) {
    const uint32_t position = &imp - m.imports.data();
    imp.offset = r.pos;
    if (Error e = r.readName(imp.module))
      return e;
    if (Error e = r.readName(imp.name))
      return e;
    size_t at = r.pos;
    uint8_t kind;
    if (Error e = r.readByte(kind))
      return e;
    switch (kind) {
    case 0:
      imp.kind = ExternKind::Func;
      if (Error e = r.readU32(imp.funcTypeIndex))
        return e;
      ++m.numImportedFuncs;
      break;
    case 1:
      imp.kind = ExternKind::Table;
      if (Error e = readTableType(r, imp.table))
        return e;
      ++m.numImportedTables;
      break;
    case 2:
      imp.kind = ExternKind::Memory;
      if (Error e = readLimits(r, imp.memory.limits))
        return e;
      ++m.numImportedMemories;
      break;
    case 3:
      imp.kind = ExternKind::Global;
      if (Error e = readGlobalType(r, imp.global))
        return e;
      ++m.numImportedGlobals;
      break;
    default:
      return makeMalformed(at, "malformed import kind");
    }
    m.importsByKind[kind].push_back(position);
  }
  return Error::success();
}

Error ModuleDecoder::decodeFunctions(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.functions.resize(n);
  for (Function &f : m.functions)
    if (Error e = r.readU32(f.typeIndex))
      return e;
  return Error::success();
}

Error ModuleDecoder::decodeTables(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.tables.resize(n);
  m.tableOffsets.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    m.tableOffsets[i] = r.pos;
    if (Error e = readTableType(r, m.tables[i]))
      return e;
  }
  return Error::success();
}

Error ModuleDecoder::decodeMemories(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.memories.resize(n);
  m.memoryOffsets.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    m.memoryOffsets[i] = r.pos;
    if (Error e = readLimits(r, m.memories[i].limits))
      return e;
  }
  return Error::success();
}

Error ModuleDecoder::decodeGlobals(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.globals.resize(n);
  for (Global &g : m.globals) {
    g.offset = r.pos;
    if (Error e = readGlobalType(r, g.type))
      return e;
    if (Error e = readConstExpr(r, g.init))
      return e;
  }
  return Error::success();
}

Error ModuleDecoder::decodeExports(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.exports.resize(n);
  for (Export &ex : m.exports) {
    ex.offset = r.pos;
    if (Error e = r.readName(ex.name))
      return e;
    size_t at = r.pos;
    uint8_t kind;
    if (Error e = r.readByte(kind))
      return e;
    if (kind > 3)
      return makeMalformed(at, "malformed export kind");
    ex.kind = static_cast<ExternKind>(kind);
    if (Error e = r.readU32(ex.index))
      return e;
  }
  return Error::success();
}

Error ModuleDecoder::decodeStart(ByteReader &r) {
  uint32_t idx;
  m.startOffset = r.pos;
  if (Error e = r.readU32(idx))
    return e;
  m.start = idx;
  return Error::success();
}

Error ModuleDecoder::decodeElems(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.elems.resize(n);
  for (ElemSegment &seg : m.elems) {
    seg.offset = r.pos;
    uint32_t flags;
    if (Error e = r.readU32(flags))
      return e;
    if (flags > 7)
      return makeMalformed(seg.offset, "malformed elements segment kind");
    // Bit 0: passive or declarative (else active); bit 1: explicit table
    // index (active) or declarative (not active); bit 2: expressions
    // instead of function indices.
    bool notActive = flags & 1;
    bool bit1 = flags & 2;
    seg.usesFuncIndices = !(flags & 4);
    seg.mode = notActive
                   ? (bit1 ? SegmentMode::Declarative : SegmentMode::Passive)
                   : SegmentMode::Active;
    seg.tableIndex = 0;
    if (!notActive) {
      if (bit1)
        if (Error e = r.readU32(seg.tableIndex))
          return e;
      if (Error e = readConstExpr(r, seg.offsetExpr))
        return e;
    }
    // Forms 0 and 4 imply funcref; the others name the kind or type.
    seg.elemType = ValType::FuncRef;
    if (notActive || bit1) {
      if (seg.usesFuncIndices) {
        size_t at = r.pos;
        uint8_t kind;
        if (Error e = r.readByte(kind))
          return e;
        if (kind != 0x00)
          return makeMalformed(at, "malformed element kind");
      } else if (Error e = r.readRefType(seg.elemType)) {
        return e;
      }
    }
    uint32_t count;
    if (Error e = r.readCount(count))
      return e;
    if (seg.usesFuncIndices) {
      seg.funcIndices.resize(count);
      for (uint32_t &f : seg.funcIndices)
        if (Error e = r.readU32(f))
          return e;
    } else {
      seg.exprs.resize(count);
      for (ConstExpr &ce : seg.exprs)
        if (Error e = readConstExpr(r, ce))
          return e;
    }
  }
  return Error::success();
}

Error ModuleDecoder::decodeDataCount(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readU32(n))
    return e;
  m.dataCount = n;
  return Error::success();
}

Error ModuleDecoder::decodeCode(ByteReader &r) {
  sawCode = true;
  size_t at = r.pos;
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  if (n != m.functions.size())
    return makeMalformed(at,
                         "function and code section have inconsistent lengths");
  for (uint32_t i = 0; i < n; ++i) {
    Function &f = m.functions[i];
    f.offset = r.pos;
    uint32_t size;
    if (Error e = r.readU32(size))
      return e;
    if (size > r.remaining())
      return makeMalformed(f.offset, "length out of bounds");
    size_t entryEnd = r.pos + size;
    ByteReader entry(r.base, r.pos, entryEnd, SectionEof);
    uint32_t runs;
    if (Error e = entry.readCount(runs, 2))
      return e;
    f.locals.resize(runs);
    uint64_t total = 0;
    for (LocalRun &run : f.locals) {
      if (Error e = entry.readU32(run.count))
        return e;
      total += run.count;
      if (total > 0xFFFFFFFFull)
        return makeMalformed(entry.pos, "too many locals");
      if (Error e = entry.readValType(run.type))
        return e;
    }
    f.numLocals = total;
    f.body.begin = entry.pos;
    f.body.end = entryEnd;
    size_t endPos;
    if (Error e = readInstrSeq(entry.pos, entryEnd, /*isBody=*/true, endPos))
      return e;
    if (endPos != entryEnd)
      return makeMalformed(endPos, "section size mismatch");
    r.pos = entryEnd;
  }
  return Error::success();
}

Error ModuleDecoder::decodeDatas(ByteReader &r) {
  uint32_t n;
  if (Error e = r.readCount(n))
    return e;
  m.datas.resize(n);
  for (DataSegment &seg : m.datas) {
    seg.offset = r.pos;
    uint32_t flags;
    if (Error e = r.readU32(flags))
      return e;
    seg.memoryIndex = 0;
    switch (flags) {
    case 0:
      seg.mode = SegmentMode::Active;
      if (Error e = readConstExpr(r, seg.offsetExpr))
        return e;
      break;
    case 1:
      seg.mode = SegmentMode::Passive;
      break;
    case 2:
      seg.mode = SegmentMode::Active;
      if (Error e = r.readU32(seg.memoryIndex))
        return e;
      if (Error e = readConstExpr(r, seg.offsetExpr))
        return e;
      break;
    default:
      return makeMalformed(seg.offset, "malformed data segment kind");
    }
    if (Error e = r.readByteVec(seg.init))
      return e;
  }
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Custom sections and the name section
//===----------------------------------------------------------------------===//

/// Parses the `name` section into `out`. Any error makes the caller drop
/// the whole section: engines ignore malformed name sections rather than
/// rejecting the module, and so do we.
static Error parseNameSection(ByteReader r, NameSection &out) {
  // DenseMap<uint32_t> reserves the two largest keys (empty and tombstone
  // markers). No module can have that many functions or locals, so names
  // for such indices are dropped.
  auto usableKey = [](uint32_t idx) { return idx < 0xFFFFFFFEu; };
  int lastId = -1;
  while (!r.atEnd()) {
    uint8_t id;
    if (Error e = r.readByte(id))
      return e;
    if (static_cast<int>(id) <= lastId)
      return makeMalformed(r.pos - 1, "name subsections out of order");
    lastId = id;
    uint32_t size;
    if (Error e = r.readU32(size))
      return e;
    if (size > r.remaining())
      return makeMalformed(r.pos, "length out of bounds");
    ByteReader sub(r.base, r.pos, r.pos + size, SectionEof);
    r.pos += size;
    auto readNameMap =
        [&](ByteReader &s,
            llvm::DenseMap<uint32_t, std::string> &map) -> Error {
      uint32_t count;
      if (Error e = s.readCount(count, 2))
        return e;
      for (uint32_t i = 0; i < count; ++i) {
        uint32_t idx;
        std::string name;
        if (Error e = s.readU32(idx))
          return e;
        if (Error e = s.readName(name))
          return e;
        if (usableKey(idx))
          map[idx] = std::move(name);
      }
      return Error::success();
    };
    switch (id) {
    case 0: {
      std::string name;
      if (Error e = sub.readName(name))
        return e;
      out.moduleName = std::move(name);
      break;
    }
    case 1:
      if (Error e = readNameMap(sub, out.functionNames))
        return e;
      break;
    case 2: {
      uint32_t count;
      if (Error e = sub.readCount(count, 2))
        return e;
      for (uint32_t i = 0; i < count; ++i) {
        uint32_t func;
        if (Error e = sub.readU32(func))
          return e;
        llvm::DenseMap<uint32_t, std::string> locals;
        if (Error e = readNameMap(sub, locals))
          return e;
        if (usableKey(func))
          out.localNames[func] = std::move(locals);
      }
      break;
    }
    default:
      // Subsections from later proposals (labels, types, ...): skip.
      sub.pos = sub.end;
      break;
    }
    if (sub.pos != sub.end)
      return makeMalformed(sub.pos, "name subsection size mismatch");
  }
  return Error::success();
}

Error ModuleDecoder::decodeCustom(ByteReader &r, size_t sectionOffset) {
  CustomSection cs;
  cs.offset = sectionOffset;
  if (Error e = r.readName(cs.name))
    return e;
  cs.contents = ByteRange{r.pos, r.end};
  if (cs.name == "name") {
    NameSection names;
    if (Error e = parseNameSection(ByteReader(r.base, r.pos, r.end), names))
      llvm::consumeError(std::move(e));
    else
      m.names = std::move(names);
  }
  m.customs.push_back(std::move(cs));
  r.pos = r.end;
  return Error::success();
}

//===----------------------------------------------------------------------===//
// Entry point
//===----------------------------------------------------------------------===//

llvm::Expected<std::unique_ptr<Module>>
w2n::decodeModule(llvm::ArrayRef<uint8_t> bytes) {
  auto m = std::make_unique<Module>();
  m->bytes = bytes;
  ModuleDecoder d(bytes, *m);
  if (Error e = d.decode())
    return std::move(e);
  return std::move(m);
}

//===----------------------------------------------------------------------===//
// UTF-8
//===----------------------------------------------------------------------===//

bool detail::isValidUTF8(const uint8_t *p, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint8_t c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    unsigned len;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false; // continuation byte, overlong 2-byte lead, or > U+10FFFF
    }
    if (n - i < len)
      return false;
    for (unsigned k = 1; k < len; ++k) {
      uint8_t cc = p[i + k];
      if ((cc & 0xC0) != 0x80)
        return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong forms, UTF-16 surrogates and out-of-range values.
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return false;
    i += len;
  }
  return true;
}
