// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// f32x4.min: llvm.minimum orders -0 below +0 and propagates NaN, but
// passes a NaN operand through unquieted; lanes with a NaN operand take
// the quieted sum instead.
// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         %[[MIN:.*]] = llvm.call_intrinsic "llvm.minimum.v4f32"(%{{.*}}, %{{.*}}) : (vector<4xf32>, vector<4xf32>) -> vector<4xf32>
// CHECK:         %[[NAN:.*]] = arith.cmpf uno, %{{.*}}, %{{.*}} : vector<4xf32>
// CHECK:         %[[SUM:.*]] = arith.addf
// CHECK:         %[[Q:.*]] = llvm.call_intrinsic "llvm.canonicalize.v4f32"(%[[SUM]])
// CHECK:         %[[R:.*]] = arith.select %[[NAN]], %[[Q]], %[[MIN]] : vector<4xi1>, vector<4xf32>
// CHECK:         llvm.bitcast %[[R]] : vector<4xf32> to vector<16xi8>
wasm.func @min : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  %0 = wasm.local.get 0 : !wasm.v128
  %1 = wasm.local.get 1 : !wasm.v128
  %2 = wasm.simd "f32x4.min" %0, %1 : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield %2 : !wasm.v128
}
