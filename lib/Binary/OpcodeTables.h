//===- OpcodeTables.h - Private opcode lookup tables ------------*- C++ -*-===//
//
// Internal to W2NBinary: the byte -> Opcode tables used by the instruction
// reader and a non-allocating view of fixed signatures for the validator.
//
//===----------------------------------------------------------------------===//

#ifndef W2N_LIB_BINARY_OPCODETABLES_H
#define W2N_LIB_BINARY_OPCODETABLES_H

#include "w2n/Binary/Instr.h"

#include <cstdint>

namespace w2n {
namespace detail {

/// Marks an unassigned opcode byte (one-byte opcodes: see OneByteOps in
/// Instr.h).
constexpr uint16_t InvalidOp = 0xFFFF;

struct DecodeTables {
  uint16_t prefixFC[32];  // sub-opcodes 0..17 are used
  uint16_t prefixFD[256]; // sub-opcodes 0..255, with holes
};
extern const DecodeTables Tables;

/// The table behind getOpcodeInfo(), visible so hot loops can index it
/// directly.
extern const OpcodeInfo OpcodeInfos[static_cast<size_t>(Opcode::NumOpcodes)];
inline const OpcodeInfo &info(Opcode op) {
  return OpcodeInfos[static_cast<size_t>(op)];
}

/// Parameter and result lists of a Sig, decoded from its name.
struct SigTypes {
  ValType params[3];
  uint8_t numParams = 0;
  ValType result;
  uint8_t numResults = 0;
};
/// Indexed by Sig; entry 0 (Special) is empty.
extern const SigTypes AllSigs[];
inline const SigTypes &sigTypes(Sig sig) {
  return AllSigs[static_cast<size_t>(sig)];
}

} // namespace detail
} // namespace w2n

#endif // W2N_LIB_BINARY_OPCODETABLES_H
