// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Integer division traps explicitly instead of relying on LLVM's undefined
// behaviour: by zero (kind 3) and INT_MIN / -1 (kind 4).

// CHECK-LABEL: func.func private @w2n_f0(
// CHECK-SAME:    %[[INST:.*]]: !llvm.ptr, %[[A:.*]]: i32, %[[B:.*]]: i32) -> i32
// CHECK:         %[[ZERO:.*]] = arith.constant 0 : i32
// CHECK:         %[[ISZERO:.*]] = arith.cmpi eq, %[[RHS:.*]], %[[ZERO]] : i32
// CHECK:         cf.cond_br %[[ISZERO]], ^[[DIV0:.*]], ^[[NEXT:.*]]
// CHECK:       ^[[DIV0]]:
// CHECK:         %[[K3:.*]] = arith.constant 3 : i32
// CHECK:         llvm.call @w2n_trap(%[[INST]], %[[K3]])
// CHECK-NEXT:    llvm.unreachable
// CHECK:       ^[[NEXT]]:
// CHECK:         %[[MIN:.*]] = arith.constant -2147483648 : i32
// CHECK:         %[[LHSMIN:.*]] = arith.cmpi eq, %[[LHS:.*]], %[[MIN]] : i32
// CHECK:         %[[RHSM1:.*]] = arith.cmpi eq, %[[RHS]], %{{.*}} : i32
// CHECK:         %[[OVF:.*]] = arith.andi %[[LHSMIN]], %[[RHSM1]] : i1
// CHECK:         cf.cond_br %[[OVF]], ^[[OVFB:.*]], ^[[DIVB:.*]]
// CHECK:       ^[[OVFB]]:
// CHECK:         arith.constant 4 : i32
// CHECK:         llvm.call @w2n_trap
// CHECK:       ^[[DIVB]]:
// CHECK:         arith.divsi %[[LHS]], %[[RHS]] : i32
wasm.func @div_s : (i32, i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : i32
  %2 = wasm.div_s %0, %1 : i32
  wasm.yield %2 : i32
}

// rem_s never overflows: x rem -1 is computed as x rem 1.
// CHECK-LABEL: func.func private @w2n_f1(
// CHECK:         arith.cmpi eq, %{{.*}}, %{{.*}} : i64
// CHECK:         cf.cond_br
// CHECK:         llvm.call @w2n_trap
// CHECK:         %[[M1:.*]] = arith.cmpi eq, %[[R:.*]], %{{.*}} : i64
// CHECK:         %[[SAFE:.*]] = arith.select %[[M1]], %{{.*}}, %[[R]] : i64
// CHECK:         arith.remsi %{{.*}}, %[[SAFE]] : i64
// CHECK-NOT:     arith.constant 4 : i32
wasm.func @rem_s : (i64, i64) -> i64 {
  %0 = wasm.local.get 0 : i64
  %1 = wasm.local.get 1 : i64
  %2 = wasm.rem_s %0, %1 : i64
  wasm.yield %2 : i64
}

// CHECK-LABEL: func.func private @w2n_f2(
// CHECK:         arith.cmpi eq
// CHECK:         llvm.call @w2n_trap
// CHECK:         arith.divui
wasm.func @div_u : (i32, i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : i32
  %2 = wasm.div_u %0, %1 : i32
  wasm.yield %2 : i32
}
