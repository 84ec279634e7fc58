;; Code after an unconditional branch (br, br_table, return, unreachable) is
;; dead: the region ends with the branch and the importer skips the rest,
;; including nested structured instructions, up to the matching else/end.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; Dead code after br, with nested block/loop/if/else that must not close
  ;; the live block early.
  ;; CHECK-LABEL: wasm.func @func_0 : () -> i32 {
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:      %[[V:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      wasm.br 0(%[[V]] : i32)
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[B]] : i32
  ;; CHECK-NEXT:  }
  (func (result i32)
    (block (result i32)
      i32.const 1
      br 0
      i32.add
      (block (result f32)
        (loop (if (i32.const 0) (then nop) (else nop)))
        unreachable)
      drop
      i64.const 3
      drop))

  ;; Dead code after return in the then arm; the else arm is live again.
  ;; CHECK-LABEL: wasm.func @func_1 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.if %[[C]] : () -> i32 {
  ;; CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      wasm.return %[[ONE]] : i32
  ;; CHECK-NEXT:    } else {
  ;; CHECK-NEXT:      %[[TWO:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:      wasm.yield %[[TWO]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NOT:     wasm.const 5
  (func (param i32) (result i32)
    local.get 0
    (if (result i32)
      (then i32.const 1 return i32.const 5 drop)
      (else i32.const 2)))

  ;; Dead code after unreachable at the function level: no yield.
  ;; CHECK-LABEL: wasm.func @func_2 : () -> () {
  ;; CHECK-NEXT:    wasm.unreachable
  ;; CHECK-NEXT:  }
  (func
    unreachable
    i32.const 1
    drop
    call 0
    drop)

  ;; Dead code after br_table, then live code after the block.
  ;; CHECK-LABEL: wasm.func @func_3 : (i32) -> i32 {
  ;; CHECK-NEXT:    wasm.block : () -> () {
  ;; CHECK-NEXT:      %[[I:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:      wasm.br_table %[[I]] [0] default 0{{$}}
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[L:.*]] = wasm.loop : () -> i32 {
  ;; CHECK-NEXT:      wasm.unreachable
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[L]] : i32
  ;; CHECK-NEXT:  }
  (func (param i32) (result i32)
    (block
      local.get 0
      br_table 0 0
      (block (block))
      nop)
    (loop (result i32) unreachable))
)
