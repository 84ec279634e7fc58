// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Direct calls to defined and imported functions, and indirect calls
// through defined and imported tables.

wasm.import_func @host_add from "env" "add" : (i64, i64) -> i64
wasm.import_table @itab from "env" "table" : !wasm.funcref min 1
wasm.table @tab : !wasm.funcref min 1

wasm.func @nothing : () -> () {
  wasm.yield
}

wasm.func @pair : (f32) -> (f32, i32) {
  %0 = wasm.local.get 0 : f32
  %1 = wasm.const 0 : i32
  wasm.yield %0, %1 : f32, i32
}

// CHECK-LABEL: wasm.func @direct
// CHECK:         wasm.call @nothing() : () -> ()
// CHECK-NEXT:    %[[R:.*]]:2 = wasm.call @pair(%[[X:.*]]) : (f32) -> (f32, i32)
// CHECK-NEXT:    %[[S:.*]] = wasm.call @host_add(%[[A:.*]], %[[A]]) : (i64, i64) -> i64
// CHECK-NEXT:    %[[SELF:.*]] = wasm.call @direct(%[[X]], %[[S]]) : (f32, i64) -> i64
wasm.func @direct : (f32, i64) -> i64 {
  %x = wasm.local.get 0 : f32
  %a = wasm.local.get 1 : i64
  wasm.call @nothing() : () -> ()
  %r:2 = wasm.call @pair(%x) : (f32) -> (f32, i32)
  %s = wasm.call @host_add(%a, %a) : (i64, i64) -> i64
  %self = wasm.call @direct(%x, %s) : (f32, i64) -> i64
  wasm.yield %self : i64
}

// CHECK-LABEL: wasm.func @indirect
// CHECK:         wasm.call_indirect @tab[%[[I:.*]]] () : () -> ()
// CHECK-NEXT:    %[[R:.*]]:2 = wasm.call_indirect @itab[%[[I]]] (%[[X:.*]]) : (f32) -> (f32, i32)
// CHECK-NEXT:    %[[V:.*]] = wasm.call_indirect @tab[%[[R]]#1] (%[[V0:.*]], %[[V0]]) : (!wasm.v128, !wasm.v128) -> !wasm.externref
wasm.func @indirect : (i32, f32, !wasm.v128) -> !wasm.externref {
  %i = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : f32
  %v0 = wasm.local.get 2 : !wasm.v128
  wasm.call_indirect @tab[%i] () : () -> ()
  %r:2 = wasm.call_indirect @itab[%i] (%x) : (f32) -> (f32, i32)
  %v = wasm.call_indirect @tab[%r#1] (%v0, %v0) : (!wasm.v128, !wasm.v128) -> !wasm.externref
  wasm.yield %v : !wasm.externref
}
