//===- Passes.h - wasm2native conversion passes -----------------*- C++ -*-===//
#ifndef W2N_CONVERSION_PASSES_H
#define W2N_CONVERSION_PASSES_H

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/LLVMIR/LLVMDialect.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Pass/Pass.h"

namespace w2n {

#define GEN_PASS_DECL
#define GEN_PASS_REGISTRATION
#include "w2n/Conversion/Passes.h.inc"

} // namespace w2n

#endif // W2N_CONVERSION_PASSES_H
