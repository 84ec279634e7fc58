// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Integer lane shifts: the count is taken modulo the lane width (15 for
// i16x8), narrowed to the lane type and splatted; the v128 operand is
// bitcast to the lane shape and the result back to vector<16xi8>.
// CHECK-LABEL: func.func private @w2n_f0(
// CHECK-SAME:    %{{.*}}: vector<16xi8>, %{{.*}}: i32) -> vector<16xi8>
// CHECK:         %[[M:.*]] = arith.constant 15 : i32
// CHECK:         %[[N:.*]] = arith.andi %{{.*}}, %[[M]] : i32
// CHECK:         %[[T:.*]] = arith.trunci %[[N]] : i32 to i16
// CHECK:         %[[I:.*]] = llvm.insertelement %[[T]]
// CHECK:         %[[S:.*]] = llvm.shufflevector %[[I]], %[[I]] [0, 0, 0, 0, 0, 0, 0, 0] : vector<8xi16>
// CHECK:         %[[A:.*]] = llvm.bitcast %{{.*}} : vector<16xi8> to vector<8xi16>
// CHECK:         %[[R:.*]] = arith.shli %[[A]], %[[S]] : vector<8xi16>
// CHECK:         %[[B:.*]] = llvm.bitcast %[[R]] : vector<8xi16> to vector<16xi8>
// CHECK:         return %[[B]] : vector<16xi8>
wasm.func @shl : (!wasm.v128, i32) -> !wasm.v128 {
  %0 = wasm.local.get 0 : !wasm.v128
  %1 = wasm.local.get 1 : i32
  %2 = wasm.simd "i16x8.shl" %0, %1 : (!wasm.v128, i32) -> !wasm.v128
  wasm.yield %2 : !wasm.v128
}
