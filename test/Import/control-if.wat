;; `if` becomes wasm.if with the condition as first operand. Both arms take
;; the block type's parameters as entry block arguments. An `if` without
;; `else` has an empty else region.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> f32 {
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.if %[[C]] : () -> f32 {
  ;; CHECK-NEXT:      %[[A:.*]] = wasm.const 1.000000e+00 : f32
  ;; CHECK-NEXT:      wasm.yield %[[A]] : f32
  ;; CHECK-NEXT:    } else {
  ;; CHECK-NEXT:      %[[B:.*]] = wasm.const 2.000000e+00 : f32
  ;; CHECK-NEXT:      wasm.yield %[[B]] : f32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  (func (param i32) (result f32)
    local.get 0
    (if (result f32) (then f32.const 1) (else f32.const 2)))

  ;; No else, no values.
  ;; CHECK-LABEL: wasm.func @func_1 : (i32) -> () {
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.if %[[C]] : () -> () {
  ;; CHECK-NEXT:      %[[D:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:      wasm.call @func_1(%[[D]]) : (i32) -> ()
  ;; CHECK-NEXT:      wasm.yield{{$}}
  ;; CHECK-NEXT:    }{{$}}
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func (param i32)
    local.get 0
    (if (then (call 1 (local.get 0)))))

  ;; No else with a parameter that is passed through unchanged when the
  ;; condition is false.
  ;; CHECK-LABEL: wasm.func @func_2 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[P:.*]] = wasm.const 5 : i32
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.if %[[C]](%[[P]]) : (i32) -> i32 {
  ;; CHECK-NEXT:    ^bb0(%[[ARG:.*]]: i32):
  ;; CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[SUM:.*]] = wasm.add %[[ARG]], %[[ONE]] : i32
  ;; CHECK-NEXT:      wasm.yield %[[SUM]] : i32
  ;; CHECK-NEXT:    }{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func (param i32) (result i32)
    i32.const 5
    local.get 0
    if (param i32) (result i32)
      i32.const 1
      i32.add
    end)

  ;; Multi-value parameters and results in both arms.
  ;; CHECK-LABEL: wasm.func @func_3 : (i32, i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]]:2 = wasm.if %[[C]](%[[A]], %[[B]]) : (i32, i32) -> (i32, i32) {
  ;; CHECK-NEXT:    ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i32):
  ;; CHECK-NEXT:      %[[S:.*]] = wasm.add %[[X]], %[[Y]] : i32
  ;; CHECK-NEXT:      %[[Z:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:      wasm.yield %[[S]], %[[Z]] : i32, i32
  ;; CHECK-NEXT:    } else {
  ;; CHECK-NEXT:    ^bb0(%[[X2:.*]]: i32, %[[Y2:.*]]: i32):
  ;; CHECK-NEXT:      %[[D:.*]] = wasm.sub %[[X2]], %[[Y2]] : i32
  ;; CHECK-NEXT:      %[[O:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      wasm.yield %[[D]], %[[O]] : i32, i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]]#0, %[[R]]#1 : i32, i32
  (func (param i32 i32) (result i32 i32)
    local.get 0
    local.get 1
    local.get 0
    if (param i32 i32) (result i32 i32)
      i32.add
      i32.const 0
    else
      i32.sub
      i32.const 1
    end)
)
