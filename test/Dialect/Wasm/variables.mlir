// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Locals (parameters first, then declared locals) and globals (defined and
// imported, mutable and immutable).

wasm.import_global @ig from "env" "ig" : mut i64
wasm.import_global @iconst from "env" "iconst" : f32
wasm.global @g : mut !wasm.v128 {
  %0 = wasm.v128.const [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  wasm.yield %0 : !wasm.v128
}
wasm.global @gref : mut !wasm.funcref {
  %0 = wasm.ref.null : !wasm.funcref
  wasm.yield %0 : !wasm.funcref
}

// CHECK-LABEL: wasm.func @locals
// CHECK-SAME:    locals [f32, !wasm.externref, i64] {
// CHECK-NEXT:    %[[P0:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[P1:.*]] = wasm.local.get 1 : f64
// CHECK-NEXT:    %[[L0:.*]] = wasm.local.get 2 : f32
// CHECK-NEXT:    %[[L1:.*]] = wasm.local.get 3 : !wasm.externref
// CHECK-NEXT:    wasm.local.set 0, %[[P0]] : i32
// CHECK-NEXT:    wasm.local.set 2, %[[L0]] : f32
// CHECK-NEXT:    wasm.local.set 3, %[[L1]] : !wasm.externref
// CHECK-NEXT:    %[[C:.*]] = wasm.const -5 : i64
// CHECK-NEXT:    %[[T:.*]] = wasm.local.tee 4, %[[C]] : i64
// CHECK-NEXT:    %[[T2:.*]] = wasm.local.tee 1, %[[P1]] : f64
// CHECK-NEXT:    wasm.yield %[[T]] : i64
wasm.func @locals : (i32, f64) -> i64 locals [f32, !wasm.externref, i64] {
  %p0 = wasm.local.get 0 : i32
  %p1 = wasm.local.get 1 : f64
  %l0 = wasm.local.get 2 : f32
  %l1 = wasm.local.get 3 : !wasm.externref
  wasm.local.set 0, %p0 : i32
  wasm.local.set 2, %l0 : f32
  wasm.local.set 3, %l1 : !wasm.externref
  %c = wasm.const -5 : i64
  %t = wasm.local.tee 4, %c : i64
  %t2 = wasm.local.tee 1, %p1 : f64
  wasm.yield %t : i64
}

// CHECK-LABEL: wasm.func @globals
// CHECK-NEXT:    %[[A:.*]] = wasm.global.get @ig : i64
// CHECK-NEXT:    %[[B:.*]] = wasm.global.get @iconst : f32
// CHECK-NEXT:    %[[V:.*]] = wasm.global.get @g : !wasm.v128
// CHECK-NEXT:    %[[R:.*]] = wasm.global.get @gref : !wasm.funcref
// CHECK-NEXT:    wasm.global.set @ig, %[[A]] : i64
// CHECK-NEXT:    wasm.global.set @g, %[[V]] : !wasm.v128
// CHECK-NEXT:    wasm.global.set @gref, %[[R]] : !wasm.funcref
// CHECK-NEXT:    wasm.yield %[[B]] : f32
wasm.func @globals : () -> f32 {
  %a = wasm.global.get @ig : i64
  %b = wasm.global.get @iconst : f32
  %v = wasm.global.get @g : !wasm.v128
  %r = wasm.global.get @gref : !wasm.funcref
  wasm.global.set @ig, %a : i64
  wasm.global.set @g, %v : !wasm.v128
  wasm.global.set @gref, %r : !wasm.funcref
  wasm.yield %b : f32
}
