;; `block` becomes wasm.block: block-type parameters are operands and entry
;; block arguments, results are op results yielded by wasm.yield at `end`.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (type $two (func (param i32 i64) (result i64 i32)))

  ;; Empty block type, value block type and a parameter block (which needs
  ;; a type index).
  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[OUTER:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:      wasm.block : () -> () {
  ;; CHECK-NEXT:        %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:        wasm.br_if %[[C]], 0 : () -> ()
  ;; CHECK-NEXT:        wasm.yield{{$}}
  ;; CHECK-NEXT:      }
  ;; CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[INNER:.*]] = wasm.block(%[[ONE]]) : (i32) -> i32 {
  ;; CHECK-NEXT:      ^bb0(%[[ARG:.*]]: i32):
  ;; CHECK-NEXT:        %[[TWO:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:        %[[SUM:.*]] = wasm.add %[[ARG]], %[[TWO]] : i32
  ;; CHECK-NEXT:        wasm.yield %[[SUM]] : i32
  ;; CHECK-NEXT:      }
  ;; CHECK-NEXT:      wasm.yield %[[INNER]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[OUTER]] : i32
  ;; CHECK-NEXT:  }
  (func (param i32) (result i32)
    (block (result i32)
      (block
        local.get 0
        br_if 0)
      i32.const 1
      (block (param i32) (result i32)
        i32.const 2
        i32.add)))

  ;; Multi-value parameters and results.
  ;; CHECK-LABEL: wasm.func @func_1 : () -> (i64, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.const 2 : i64
  ;; CHECK-NEXT:    %[[R:.*]]:2 = wasm.block(%[[A]], %[[B]]) : (i32, i64) -> (i64, i32) {
  ;; CHECK-NEXT:    ^bb0(%[[X:.*]]: i32, %[[Y:.*]]: i64):
  ;; CHECK-NEXT:      wasm.drop %[[Y]] : i64
  ;; CHECK-NEXT:      %[[E:.*]] = wasm.extend_u %[[X]] : i32 to i64
  ;; CHECK-NEXT:      %[[T:.*]] = wasm.const 3 : i32
  ;; CHECK-NEXT:      wasm.yield %[[E]], %[[T]] : i64, i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]]#0, %[[R]]#1 : i64, i32
  ;; CHECK-NEXT:  }
  (func (result i64 i32)
    i32.const 1
    i64.const 2
    block (type $two)
      drop
      i64.extend_i32_u
      i32.const 3
    end)

  ;; Values below a block's parameters stay on the outer stack and are used
  ;; after it.
  ;; CHECK-LABEL: wasm.func @func_2 : () -> i32 {
  ;; CHECK-NEXT:    %[[BELOW:.*]] = wasm.const 10 : i32
  ;; CHECK-NEXT:    %[[P:.*]] = wasm.const 20 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.block(%[[P]]) : (i32) -> i32 {
  ;; CHECK-NEXT:    ^bb0(%[[ARG:.*]]: i32):
  ;; CHECK-NEXT:      wasm.yield %[[ARG]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.sub %[[BELOW]], %[[R]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[S]] : i32
  (func (result i32)
    i32.const 10
    i32.const 20
    (block (param i32) (result i32))
    i32.sub)
)
