// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Trapping float-to-int truncation: NaN traps with kind 5 (invalid
// conversion), out-of-range with kind 4 (integer overflow).

// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         %[[LO:.*]] = arith.constant -2.14748365E+9 : f32
// CHECK:         %[[HI:.*]] = arith.constant 2.14748365E+9 : f32
// CHECK:         %[[NAN:.*]] = arith.cmpf uno, %[[X:.*]], %[[X]] : f32
// CHECK:         cf.cond_br %[[NAN]], ^[[T5:.*]], ^[[N1:.*]]
// CHECK:       ^[[T5]]:
// CHECK:         arith.constant 5 : i32
// CHECK:         llvm.call @w2n_trap
// CHECK:       ^[[N1]]:
// CHECK:         arith.cmpf oge, %[[X]], %[[LO]] : f32
// CHECK:         arith.cmpf olt, %[[X]], %[[HI]] : f32
// CHECK:         cf.cond_br %{{.*}}, ^[[T4:.*]], ^[[N2:.*]]
// CHECK:       ^[[T4]]:
// CHECK:         arith.constant 4 : i32
// CHECK:       ^[[N2]]:
// CHECK:         arith.fptosi %[[X]] : f32 to i32
wasm.func @trunc_s : (f32) -> i32 {
  %0 = wasm.local.get 0 : f32
  %1 = wasm.trunc_s %0 : f32 to i32
  wasm.yield %1 : i32
}

// f64 -> i32 signed: -2147483648.9 is still in range, so the lower bound is
// exclusive at -2^31 - 1.
// CHECK-LABEL: func.func private @w2n_f1(
// CHECK:         arith.constant 0xC1E0000000200000 : f64
// CHECK:         arith.cmpf ogt
wasm.func @trunc_s_f64 : (f64) -> i32 {
  %0 = wasm.local.get 0 : f64
  %1 = wasm.trunc_s %0 : f64 to i32
  wasm.yield %1 : i32
}

// Unsigned: valid iff -1 < x < 2^N.
// CHECK-LABEL: func.func private @w2n_f2(
// CHECK:         arith.constant -1.000000e+00 : f64
// CHECK:         arith.constant 1.8446744073709552E+19 : f64
// CHECK:         arith.fptoui %{{.*}} : f64 to i64
wasm.func @trunc_u : (f64) -> i64 {
  %0 = wasm.local.get 0 : f64
  %1 = wasm.trunc_u %0 : f64 to i64
  wasm.yield %1 : i64
}

// Saturating truncation never traps: NaN -> 0, low -> min, high -> max.
// CHECK-LABEL: func.func private @w2n_f3(
// CHECK-NOT:     llvm.call @w2n_trap
// CHECK:         %[[C:.*]] = arith.fptosi %[[X:.*]] : f32 to i32
// CHECK:         %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK:         %[[MAX:.*]] = arith.constant 2147483647 : i32
// CHECK:         %[[LOW:.*]] = arith.cmpf olt, %[[X]]
// CHECK:         %[[HIGH:.*]] = arith.cmpf oge, %[[X]]
// CHECK:         %[[R1:.*]] = arith.select %[[LOW]], %[[MIN]], %[[C]]
// CHECK:         %[[R2:.*]] = arith.select %[[HIGH]], %[[MAX]], %[[R1]]
// CHECK:         %[[ISNAN:.*]] = arith.cmpf uno, %[[X]], %[[X]]
// CHECK:         arith.select %[[ISNAN]], %{{.*}}, %[[R2]]
wasm.func @trunc_sat_s : (f32) -> i32 {
  %0 = wasm.local.get 0 : f32
  %1 = wasm.trunc_sat_s %0 : f32 to i32
  wasm.yield %1 : i32
}
