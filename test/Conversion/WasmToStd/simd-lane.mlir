// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Lane access: extract_lane_s sign-extends the lane; replace_lane narrows
// the i32 operand to the lane type; all_true compares every lane with 0
// and checks the mask is all ones.
// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         %[[C15:.*]] = arith.constant 15 : i32
// CHECK:         %[[E:.*]] = llvm.extractelement %{{.*}}[%[[C15]] : i32] : vector<16xi8>
// CHECK:         %[[X:.*]] = arith.extsi %[[E]] : i8 to i32
// CHECK:         %[[C3:.*]] = arith.constant 3 : i32
// CHECK:         %[[T:.*]] = arith.trunci %{{.*}} : i32 to i16
// CHECK:         %[[V:.*]] = llvm.bitcast %{{.*}} : vector<16xi8> to vector<8xi16>
// CHECK:         %[[INS:.*]] = llvm.insertelement %[[T]], %[[V]][%[[C3]] : i32] : vector<8xi16>
// CHECK:         %[[W:.*]] = llvm.bitcast %{{.*}} : vector<16xi8> to vector<4xi32>
// CHECK:         %[[NZ:.*]] = arith.cmpi ne, %[[W]], %{{.*}} : vector<4xi32>
// CHECK:         %[[MASK:.*]] = llvm.bitcast %[[NZ]] : vector<4xi1> to i4
// CHECK:         arith.cmpi eq, %[[MASK]], %{{.*}} : i4
wasm.func @lane : (!wasm.v128) -> i32 {
  %0 = wasm.local.get 0 : !wasm.v128
  %1 = wasm.simd "i8x16.extract_lane_s" %0 lane 15 : (!wasm.v128) -> i32
  %c = wasm.const 7 : i32
  %2 = wasm.simd "i16x8.replace_lane" %0, %c lane 3 : (!wasm.v128, i32) -> !wasm.v128
  %3 = wasm.simd "i32x4.all_true" %2 : (!wasm.v128) -> i32
  %4 = wasm.add %1, %3 : i32
  wasm.yield %4 : i32
}
