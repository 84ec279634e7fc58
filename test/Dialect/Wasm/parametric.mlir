// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// drop and select on every value type.

// CHECK-LABEL: wasm.func @drop
// CHECK:         wasm.drop %[[A:.*]] : i32
// CHECK-NEXT:    wasm.drop %[[B:.*]] : i64
// CHECK-NEXT:    wasm.drop %[[C:.*]] : f32
// CHECK-NEXT:    wasm.drop %[[D:.*]] : f64
// CHECK-NEXT:    wasm.drop %[[E:.*]] : !wasm.v128
// CHECK-NEXT:    wasm.drop %[[F:.*]] : !wasm.funcref
// CHECK-NEXT:    wasm.drop %[[G:.*]] : !wasm.externref
wasm.func @drop : (i32, i64, f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref) -> () {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i64
  %c = wasm.local.get 2 : f32
  %d = wasm.local.get 3 : f64
  %e = wasm.local.get 4 : !wasm.v128
  %f = wasm.local.get 5 : !wasm.funcref
  %g = wasm.local.get 6 : !wasm.externref
  wasm.drop %a : i32
  wasm.drop %b : i64
  wasm.drop %c : f32
  wasm.drop %d : f64
  wasm.drop %e : !wasm.v128
  wasm.drop %f : !wasm.funcref
  wasm.drop %g : !wasm.externref
  wasm.yield
}

// CHECK-LABEL: wasm.func @select
// CHECK:         %{{.*}} = wasm.select %[[C:.*]], %[[C]], %[[C]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[B:.*]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[F:.*]], %[[F]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[D:.*]], %[[D]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[V:.*]], %[[V]] : !wasm.v128
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[R:.*]], %[[R]] : !wasm.funcref
// CHECK-NEXT:    %{{.*}} = wasm.select %[[C]], %[[X:.*]], %[[X]] : !wasm.externref
wasm.func @select : (i32, i64, f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref) -> () {
  %c = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i64
  %f = wasm.local.get 2 : f32
  %d = wasm.local.get 3 : f64
  %v = wasm.local.get 4 : !wasm.v128
  %r = wasm.local.get 5 : !wasm.funcref
  %x = wasm.local.get 6 : !wasm.externref
  %0 = wasm.select %c, %c, %c : i32
  %1 = wasm.select %c, %b, %b : i64
  %2 = wasm.select %c, %f, %f : f32
  %3 = wasm.select %c, %d, %d : f64
  %4 = wasm.select %c, %v, %v : !wasm.v128
  %5 = wasm.select %c, %r, %r : !wasm.funcref
  %6 = wasm.select %c, %x, %x : !wasm.externref
  wasm.yield
}
