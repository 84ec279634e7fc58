// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Wasm wants NaN results of arithmetic to be quiet. Hardware arithmetic
// quiets a signalling NaN operand, but MLIR and LLVM fold x/1, x*1, x*-1,
// x+-0, x-0 into a copy or negation of x that would pass a signalling NaN
// through, so those results go through llvm.canonicalize. Nothing else pays
// for it: 1/x cannot become a copy of x.

// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         %[[Q:.*]] = arith.divf %{{.*}}, %{{.*}} : f64
// CHECK:         llvm.call_intrinsic "llvm.canonicalize.f64"(%[[Q]])
wasm.func @func_0 : (f64) -> f64 {
  %0 = wasm.local.get 0 : f64
  %1 = wasm.const 1.000000e+00 : f64
  %2 = wasm.div %0, %1 : f64
  wasm.yield %2 : f64
}

// CHECK-LABEL: func.func private @w2n_f1(
// CHECK:         arith.divf
// CHECK-NOT:     canonicalize
// CHECK:         return
wasm.func @func_1 : (f64) -> f64 {
  %0 = wasm.const 1.000000e+00 : f64
  %1 = wasm.local.get 0 : f64
  %2 = wasm.div %0, %1 : f64
  wasm.yield %2 : f64
}

// CHECK-LABEL: func.func private @w2n_f2(
// CHECK:         %[[P:.*]] = arith.mulf %{{.*}}, %{{.*}} : f64
// CHECK:         llvm.call_intrinsic "llvm.canonicalize.f64"(%[[P]])
wasm.func @func_2 : (f64) -> f64 {
  %0 = wasm.const -1.000000e+00 : f64
  %1 = wasm.local.get 0 : f64
  %2 = wasm.mul %0, %1 : f64
  wasm.yield %2 : f64
}

// CHECK-LABEL: func.func private @w2n_f3(
// CHECK:         arith.addf
// CHECK-NOT:     canonicalize
// CHECK:         return
wasm.func @func_3 : (f64, f64) -> f64 {
  %0 = wasm.local.get 0 : f64
  %1 = wasm.local.get 1 : f64
  %2 = wasm.add %0, %1 : f64
  wasm.yield %2 : f64
}
