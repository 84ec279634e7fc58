;; `return` becomes wasm.return with the function's results, from any depth;
;; `unreachable` becomes wasm.unreachable. Both end their region.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; Multi-value return from inside a loop inside a block.
  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> (i32, f64) {
  ;; CHECK-NEXT:    wasm.block : () -> () {
  ;; CHECK-NEXT:      wasm.loop : () -> () {
  ;; CHECK-NEXT:        %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:        %[[B:.*]] = wasm.const 2.000000e+00 : f64
  ;; CHECK-NEXT:        wasm.return %[[A]], %[[B]] : i32, f64
  ;; CHECK-NEXT:      }
  ;; CHECK-NEXT:      wasm.yield{{$}}
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 1.000000e+00 : f64
  ;; CHECK-NEXT:    wasm.yield %[[C]], %[[D]] : i32, f64
  (func (param i32) (result i32 f64)
    (block
      (loop
        local.get 0
        f64.const 2
        return))
    i32.const 0
    f64.const 1)

  ;; Return without values ends the body: no wasm.yield.
  ;; CHECK-LABEL: wasm.func @func_1 : () -> () {
  ;; CHECK-NEXT:    wasm.return{{$}}
  ;; CHECK-NEXT:  }
  (func
    return)

  ;; Return takes the top values; deeper ones are discarded.
  ;; CHECK-LABEL: wasm.func @func_2 : () -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:    wasm.return %[[B]] : i32
  ;; CHECK-NEXT:  }
  (func (result i32)
    i32.const 1
    i32.const 2
    return)

  ;; unreachable inside an if without else.
  ;; CHECK-LABEL: wasm.func @func_3 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.if %[[C]] : () -> () {
  ;; CHECK-NEXT:      wasm.unreachable
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func (param i32) (result i32)
    local.get 0
    if
      unreachable
    end
    local.get 0)
)
