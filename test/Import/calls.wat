;; call and call_indirect: operands are the callee's parameters, results the
;; callee's results (multi-value included). call_indirect names its table
;; and takes the table index as an operand; its type is the type index's.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (import "env" "h" (func $h (param f32) (result f32 i32)))
  (type $t (func (param i32 i64) (result i32)))
  (type $v (func))
  (table $tab 2 funcref)
  (table $tab2 2 funcref)

  ;; CHECK-LABEL: wasm.func @func_1 : (i32, i64) -> i32 {
  (func $f (param i32 i64) (result i32) local.get 0)

  ;; CHECK-LABEL: wasm.func @func_2 : () -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.const 2 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.call @func_1(%[[A]], %[[B]]) : (i32, i64) -> i32
  ;; CHECK-NEXT:    wasm.drop %[[R]] : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.const 3.000000e+00 : f32
  ;; CHECK-NEXT:    %[[H:.*]]:2 = wasm.call @func_0(%[[X]]) : (f32) -> (f32, i32)
  ;; CHECK-NEXT:    wasm.drop %[[H]]#1 : i32
  ;; CHECK-NEXT:    wasm.drop %[[H]]#0 : f32
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.const 4 : i32
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 5 : i64
  ;; CHECK-NEXT:    %[[I:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:    %[[CI:.*]] = wasm.call_indirect @table_0[%[[I]]] (%[[C]], %[[D]]) : (i32, i64) -> i32
  ;; CHECK-NEXT:    %[[J:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    wasm.call_indirect @table_1[%[[J]]] () : () -> ()
  ;; CHECK-NEXT:    wasm.yield %[[CI]] : i32
  ;; CHECK-NEXT:  }
  (func (result i32)
    i32.const 1
    i64.const 2
    call $f
    drop
    f32.const 3
    call $h
    drop
    drop
    i32.const 4
    i64.const 5
    i32.const 0
    call_indirect $tab (type $t)
    i32.const 1
    call_indirect $tab2 (type $v))
)
