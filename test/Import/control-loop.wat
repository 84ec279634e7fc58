;; `loop` becomes wasm.loop. Its label is at the start, so a branch to it
;; carries the loop's parameters (not its results).

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.loop(%[[N]]) : (i32) -> i32 {
  ;; CHECK-NEXT:    ^bb0(%[[I:.*]]: i32):
  ;; CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[DEC:.*]] = wasm.sub %[[I]], %[[ONE]] : i32
  ;; CHECK-NEXT:      %[[T:.*]] = wasm.local.tee 0, %[[DEC]] : i32
  ;; CHECK-NEXT:      %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:      %[[B:.*]] = wasm.br_if %[[C]], 0(%[[T]]) : (i32) -> i32
  ;; CHECK-NEXT:      wasm.yield %[[B]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func (param i32) (result i32)
    local.get 0
    (loop (param i32) (result i32)
      i32.const 1
      i32.sub
      local.tee 0
      local.get 0
      br_if 0))

  ;; A loop without parameters whose result differs from them: the branch
  ;; carries nothing.
  ;; CHECK-LABEL: wasm.func @func_1 : () -> f64 {
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.loop : () -> f64 {
  ;; CHECK-NEXT:      %[[C:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:      wasm.br_if %[[C]], 0 : () -> ()
  ;; CHECK-NEXT:      %[[V:.*]] = wasm.const 1.000000e+00 : f64
  ;; CHECK-NEXT:      wasm.yield %[[V]] : f64
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  (func (result f64)
    (loop (result f64)
      i32.const 0
      br_if 0
      f64.const 1))

  ;; Unconditional branch back to the loop header with two values.
  ;; CHECK-LABEL: wasm.func @func_2 : () -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.const 2 : i64
  ;; CHECK-NEXT:    wasm.loop(%[[A]], %[[B]]) : (i32, i64) -> () {
  ;; CHECK-NEXT:    ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i64):
  ;; CHECK-NEXT:      wasm.br 0(%[[X]], %[[Y]] : i32, i64)
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func
    i32.const 1
    i64.const 2
    (loop (param i32 i64)
      br 0))
)
