//===- ByteReader.h - Bounded reader of binary-format primitives -*- C++
//-*-===//
//
// Internal to W2NBinary. Reads bytes, LEB128 integers, names and value types
// from a window [pos, end) of the module buffer, enforcing the exact rules of
// the Wasm binary format: an N-bit LEB128 number takes at most ceil(N/7)
// bytes, and the unused bits of its last byte must be zero (unsigned) or a
// sign extension (signed). Every error is a WasmError::Malformed whose
// offset is that of the offending byte.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_LIB_BINARY_BYTEREADER_H
#define W2N_LIB_BINARY_BYTEREADER_H

#include "w2n/Binary/Error.h"
#include "w2n/Binary/Module.h"

#include "llvm/Support/Compiler.h"
#include "llvm/Support/LEB128.h"

#include <cstdint>
#include <string>

namespace w2n {
namespace detail {

/// True if [p, p+n) is well-formed UTF-8 (no overlong forms, surrogates or
/// code points above U+10FFFF).
bool isValidUTF8(const uint8_t *p, size_t n);

/// True if `b` encodes a value type (number, vector or reference type).
inline bool isValTypeByte(uint8_t b) {
  return (b >= 0x7B && b <= 0x7F) || b == 0x70 || b == 0x6F;
}

class ByteReader {
public:
  ByteReader(const uint8_t *base, size_t pos, size_t end,
             const char *eofMessage = "unexpected end")
      : base(base), pos(pos), end(end), eofMessage(eofMessage) {}

  const uint8_t *base;
  size_t pos;
  size_t end;
  /// What running off the end of the window is called: "unexpected end" at
  /// the top level, "unexpected end of section or function" inside one.
  const char *eofMessage;

  bool atEnd() const { return pos >= end; }
  size_t remaining() const { return pos < end ? end - pos : 0; }

  llvm::Error eof() const { return makeMalformed(pos, eofMessage); }

  llvm::Error readByte(uint8_t &b) {
    if (LLVM_UNLIKELY(pos >= end))
      return eof();
    b = base[pos++];
    return llvm::Error::success();
  }

  llvm::Error readU32(uint32_t &v) {
    if (LLVM_LIKELY(pos < end && base[pos] < 0x80)) {
      v = base[pos++];
      return llvm::Error::success();
    }
    uint64_t wide;
    if (llvm::Error e = readLEB(32, false, wide))
      return e;
    v = static_cast<uint32_t>(wide);
    return llvm::Error::success();
  }

  llvm::Error readU64(uint64_t &v) { return readLEB(64, false, v); }

  llvm::Error readS32(int32_t &v) {
    if (LLVM_LIKELY(pos < end && base[pos] < 0x80)) {
      // One byte: bit 6 is the sign.
      v = static_cast<int32_t>(static_cast<int8_t>(base[pos++] << 1) >> 1);
      return llvm::Error::success();
    }
    uint64_t wide;
    if (llvm::Error e = readLEB(32, true, wide))
      return e;
    v = static_cast<int32_t>(static_cast<int64_t>(wide));
    return llvm::Error::success();
  }

  llvm::Error readS64(int64_t &v) {
    uint64_t wide;
    if (llvm::Error e = readLEB(64, true, wide))
      return e;
    v = static_cast<int64_t>(wide);
    return llvm::Error::success();
  }

  llvm::Error readS33(int64_t &v) {
    uint64_t wide;
    if (llvm::Error e = readLEB(33, true, wide))
      return e;
    v = static_cast<int64_t>(wide);
    return llvm::Error::success();
  }

  /// A vector length: a u32 that can not exceed the bytes left, since every
  /// element takes at least `minElemSize` bytes. This keeps a corrupt count
  /// from triggering a huge allocation.
  llvm::Error readCount(uint32_t &n, size_t minElemSize = 1) {
    size_t at = pos;
    if (llvm::Error e = readU32(n))
      return e;
    if (LLVM_UNLIKELY(minElemSize && n > remaining() / minElemSize))
      return makeMalformed(at,
                           pos >= end ? eofMessage : "length out of bounds");
    return llvm::Error::success();
  }

  /// A byte vector (u32 length then bytes) as a range of the buffer.
  llvm::Error readByteVec(ByteRange &r) {
    uint32_t n;
    size_t at = pos;
    if (llvm::Error e = readU32(n))
      return e;
    if (n > remaining())
      return makeMalformed(at, "length out of bounds");
    r.begin = pos;
    r.end = pos + n;
    pos += n;
    return llvm::Error::success();
  }

  /// A name: a UTF-8 byte vector.
  llvm::Error readName(std::string &s) {
    ByteRange r;
    if (llvm::Error e = readByteVec(r))
      return e;
    if (!isValidUTF8(base + r.begin, r.size()))
      return makeMalformed(r.begin, "malformed UTF-8 encoding");
    s.assign(reinterpret_cast<const char *>(base + r.begin), r.size());
    return llvm::Error::success();
  }

  llvm::Error readValType(ValType &t) {
    size_t at = pos;
    uint8_t b;
    if (llvm::Error e = readByte(b))
      return e;
    if (!isValTypeByte(b))
      return makeMalformed(at, "malformed value type");
    t = static_cast<ValType>(b);
    return llvm::Error::success();
  }

  llvm::Error readRefType(ValType &t) {
    size_t at = pos;
    uint8_t b;
    if (llvm::Error e = readByte(b))
      return e;
    if (b != 0x70 && b != 0x6F)
      return makeMalformed(at, "malformed reference type");
    t = static_cast<ValType>(b);
    return llvm::Error::success();
  }

  /// The general LEB128 path: `bits` is 32, 33 or 64.
  llvm::Error readLEB(unsigned bits, bool isSigned, uint64_t &v) {
    const unsigned maxBytes = (bits + 6) / 7;
    size_t n = 0;
    uint8_t last;
    for (;;) {
      if (pos + n >= end)
        return makeMalformed(pos + n, eofMessage);
      last = base[pos + n++];
      if (!(last & 0x80))
        break;
      if (n == maxBytes)
        return makeMalformed(pos + n - 1, "integer representation too long");
    }
    if (n == maxBytes) {
      // Only `used` bits of the final byte carry the value.
      const unsigned used = bits - 7 * (maxBytes - 1);
      const uint8_t unusedMask = 0x7F & ~((1u << used) - 1);
      const uint8_t unusedBits = last & unusedMask;
      bool ok;
      if (isSigned)
        ok = (last & (1u << (used - 1))) ? unusedBits == unusedMask
                                         : unusedBits == 0;
      else
        ok = unusedBits == 0;
      if (!ok)
        return makeMalformed(pos + n - 1, "integer too large");
    }
    const uint8_t *p = base + pos;
    if (isSigned)
      v = static_cast<uint64_t>(llvm::decodeSLEB128(p, nullptr, p + n));
    else
      v = llvm::decodeULEB128(p, nullptr, p + n);
    pos += n;
    return llvm::Error::success();
  }
};

} // namespace detail
} // namespace w2n

#endif // W2N_LIB_BINARY_BYTEREADER_H
