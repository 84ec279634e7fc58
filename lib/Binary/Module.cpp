//===- Module.cpp - Index-space helpers of w2n::Module --------------------===//
//
// The index spaces of functions, tables, memories and globals put imports
// first; these helpers map an index to the import or definition it names.
//
//===----------------------------------------------------------------------===//

#include "w2n/Binary/Module.h"

#include <cassert>

using namespace w2n;

llvm::StringRef w2n::toString(ValType t) {
  switch (t) {
  case ValType::I32:
    return "i32";
  case ValType::I64:
    return "i64";
  case ValType::F32:
    return "f32";
  case ValType::F64:
    return "f64";
  case ValType::V128:
    return "v128";
  case ValType::FuncRef:
    return "funcref";
  case ValType::ExternRef:
    return "externref";
  }
  return "<unknown>";
}

/// Finds the `index`-th import of `kind`: directly through the decoder's
/// per-kind lists, or by a scan for modules built by other means.
static const Import &nthImport(const Module &m, ExternKind kind,
                               uint32_t index) {
  const std::vector<uint32_t> &byKind =
      m.importsByKind[static_cast<unsigned>(kind)];
  if (index < byKind.size())
    return m.imports[byKind[index]];
  for (const Import &imp : m.imports)
    if (imp.kind == kind && index-- == 0)
      return imp;
  assert(false && "import index out of range");
  return m.imports.front();
}

uint32_t Module::funcTypeIndex(uint32_t funcIndex) const {
  if (funcIndex < numImportedFuncs)
    return nthImport(*this, ExternKind::Func, funcIndex).funcTypeIndex;
  return functions[funcIndex - numImportedFuncs].typeIndex;
}

const FuncType &Module::funcType(uint32_t funcIndex) const {
  return types[funcTypeIndex(funcIndex)];
}

TableType Module::tableType(uint32_t tableIndex) const {
  if (tableIndex < numImportedTables)
    return nthImport(*this, ExternKind::Table, tableIndex).table;
  return tables[tableIndex - numImportedTables];
}

MemoryType Module::memoryType(uint32_t memIndex) const {
  if (memIndex < numImportedMemories)
    return nthImport(*this, ExternKind::Memory, memIndex).memory;
  return memories[memIndex - numImportedMemories];
}

GlobalType Module::globalType(uint32_t globalIndex) const {
  if (globalIndex < numImportedGlobals)
    return nthImport(*this, ExternKind::Global, globalIndex).global;
  return globals[globalIndex - numImportedGlobals].type;
}

llvm::StringRef Module::funcName(uint32_t funcIndex) const {
  if (funcIndex >= 0xFFFFFFFEu) // reserved DenseMap keys, never stored
    return {};
  auto it = names.functionNames.find(funcIndex);
  if (it == names.functionNames.end())
    return {};
  return it->second;
}
