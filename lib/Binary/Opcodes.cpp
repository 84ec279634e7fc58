//===- Opcodes.cpp - Static opcode and signature tables -------------------===//
//
// Builds, at compile time, the per-opcode information table and the three
// byte -> opcode lookup tables (one-byte, 0xFC and 0xFD prefixed) that the
// instruction reader uses, all from Opcodes.def.
//
//===----------------------------------------------------------------------===//

#include "OpcodeTables.h"

#include "w2n/Binary/Instr.h"

using namespace w2n;

constexpr OpcodeInfo detail::OpcodeInfos[] = {
#define WASM_OP(Id, Name, Prefix, Code, ImmKind, SigKind)                      \
  {Name, Prefix, Code, Imm::ImmKind, Sig::SigKind},
#include "w2n/Binary/Opcodes.def"
};
static_assert(sizeof(detail::OpcodeInfos) / sizeof(detail::OpcodeInfos[0]) ==
                  static_cast<size_t>(Opcode::NumOpcodes),
              "Opcodes.def and Opcode disagree");

namespace {

constexpr detail::DecodeTables buildTables() {
  detail::DecodeTables t{};
  for (auto &e : t.prefixFC)
    e = detail::InvalidOp;
  for (auto &e : t.prefixFD)
    e = detail::InvalidOp;
  for (uint16_t i = 0; i < static_cast<uint16_t>(Opcode::NumOpcodes); ++i) {
    const OpcodeInfo &info = detail::OpcodeInfos[i];
    if (info.prefix == 0xFC) {
      t.prefixFC[info.code] = i;
    } else if (info.prefix == 0xFD) {
      t.prefixFD[info.code] = i;
    }
  }
  return t;
}

constexpr ValType letterType(char c) {
  switch (c) {
  case 'i':
    return ValType::I32;
  case 'l':
    return ValType::I64;
  case 'f':
    return ValType::F32;
  case 'd':
    return ValType::F64;
  default:
    return ValType::V128;
  }
}

constexpr detail::SigTypes parseSig(const char *name) {
  detail::SigTypes s{};
  const char *p = name;
  for (; *p != '_'; ++p)
    s.params[s.numParams++] = letterType(*p);
  for (++p; *p; ++p) {
    s.result = letterType(*p);
    s.numResults = 1;
  }
  return s;
}

} // namespace

constexpr detail::SigTypes detail::AllSigs[] = {
    detail::SigTypes{},
#define WASM_SIG(S) parseSig(#S),
#include "w2n/Binary/Sigs.def"
};

const detail::DecodeTables detail::Tables = buildTables();

namespace {
constexpr detail::OneByteTable buildOneByteOps() {
  detail::OneByteTable t{};
  for (auto &e : t.ops)
    e = {detail::InvalidOp, Imm::None};
  for (uint16_t i = 0; i < static_cast<uint16_t>(Opcode::NumOpcodes); ++i)
    if (detail::OpcodeInfos[i].prefix == 0)
      t.ops[detail::OpcodeInfos[i].code] = {i, detail::OpcodeInfos[i].imm};
  return t;
}
} // namespace

const detail::OneByteTable detail::OneByteOps = buildOneByteOps();

const OpcodeInfo &w2n::getOpcodeInfo(Opcode op) {
  return detail::OpcodeInfos[static_cast<size_t>(op)];
}

void w2n::getSigTypes(Sig sig, llvm::SmallVectorImpl<ValType> &params,
                      llvm::SmallVectorImpl<ValType> &results) {
  params.clear();
  results.clear();
  const detail::SigTypes &s = detail::sigTypes(sig);
  params.append(s.params, s.params + s.numParams);
  if (s.numResults)
    results.push_back(s.result);
}
