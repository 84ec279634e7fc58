// RUN: w2n-opt %s --wasm-lower-to-llvm | FileCheck %s
// RUN: w2n-opt %s --wasm-lower-to-std="bounds-checks=guard" | FileCheck %s --check-prefix=STD

// The registered pipelines are the phases wasm2native runs: up to the LLVM
// dialect nothing of func, arith, math or cf is left.

// CHECK-LABEL: llvm.func internal @w2n_f0(
// CHECK-SAME:    %{{.*}}: !llvm.ptr, %{{.*}}: i32) -> i32
// CHECK:         llvm.intr.ctlz
// CHECK-NOT:     func.
// CHECK-NOT:     arith.
// CHECK-NOT:     cf.
// CHECK:         llvm.func @w2n_describe(

// STD-LABEL: func.func private @w2n_f0(
// STD:         math.ctlz
// STD:       func.func @w2n_describe(
// STD:         %[[GUARD:.*]] = arith.constant 1 : i32
// STD-NEXT:    llvm.call @w2n_mb_bounds_checks(%{{.*}}, %[[GUARD]])
wasm.func @clz : (i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.clz %0 : i32
  wasm.yield %1 : i32
}
