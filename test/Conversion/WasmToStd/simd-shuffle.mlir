// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// i8x16.shuffle is one LLVM shufflevector of the two byte vectors.
// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         %[[R:.*]] = llvm.shufflevector %{{.*}}, %{{.*}} [31, 0, 30, 1, 29, 2, 28, 3, 27, 4, 26, 5, 25, 6, 24, 7] : vector<16xi8>
// CHECK:         return %[[R]] : vector<16xi8>
wasm.func @shuffle : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  %0 = wasm.local.get 0 : !wasm.v128
  %1 = wasm.local.get 1 : !wasm.v128
  %2 = wasm.simd "i8x16.shuffle" %0, %1 shuffle [31, 0, 30, 1, 29, 2, 28, 3, 27, 4, 26, 5, 25, 6, 24, 7] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield %2 : !wasm.v128
}
