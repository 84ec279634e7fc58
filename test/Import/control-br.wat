;; br, br_if and br_table name their target by relative depth, exactly as in
;; the binary format, and carry the target label's values. br and br_table
;; end their region; br_if returns its values when it falls through. A
;; depth equal to the number of enclosing labels targets the function body.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; br out of two blocks with a value.
  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[OUTER:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:      %[[INNER:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:        %[[V:.*]] = wasm.const 7 : i32
  ;; CHECK-NEXT:        wasm.br 1(%[[V]] : i32)
  ;; CHECK-NEXT:      }
  ;; CHECK-NEXT:      wasm.drop %[[INNER]] : i32
  ;; CHECK-NEXT:      %[[E:.*]] = wasm.const 8 : i32
  ;; CHECK-NEXT:      wasm.yield %[[E]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[OUTER]] : i32
  (func (param i32) (result i32)
    (block (result i32)
      (block (result i32)
        i32.const 7
        br 1)
      drop
      i32.const 8))

  ;; br_if with two values, which it returns when not taken.
  ;; CHECK-LABEL: wasm.func @func_1 : (i32) -> (i32, i64) {
  ;; CHECK-NEXT:    %[[B:.*]]:2 = wasm.block : () -> (i32, i64) {
  ;; CHECK-NEXT:      %[[A1:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[A2:.*]] = wasm.const 2 : i64
  ;; CHECK-NEXT:      %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:      %[[R:.*]]:2 = wasm.br_if %[[C]], 0(%[[A1]], %[[A2]]) : (i32, i64) -> (i32, i64)
  ;; CHECK-NEXT:      wasm.drop %[[R]]#1 : i64
  ;; CHECK-NEXT:      wasm.drop %[[R]]#0 : i32
  ;; CHECK-NEXT:      %[[B1:.*]] = wasm.const 3 : i32
  ;; CHECK-NEXT:      %[[B2:.*]] = wasm.const 4 : i64
  ;; CHECK-NEXT:      wasm.yield %[[B1]], %[[B2]] : i32, i64
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[B]]#0, %[[B]]#1 : i32, i64
  (func (param i32) (result i32 i64)
    (block (result i32 i64)
      i32.const 1
      i64.const 2
      local.get 0
      br_if 0
      drop
      drop
      i32.const 3
      i64.const 4))

  ;; br_table with a value; the last label is the default.
  ;; CHECK-LABEL: wasm.func @func_2 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[B0:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:      %[[B1:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:        %[[B2:.*]] = wasm.block : () -> i32 {
  ;; CHECK-NEXT:          %[[V:.*]] = wasm.const 100 : i32
  ;; CHECK-NEXT:          %[[I:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:          wasm.br_table %[[I]] [0, 1, 0] default 2(%[[V]] : i32)
  ;; CHECK-NEXT:        }
  ;; CHECK-NEXT:        wasm.yield %[[B2]] : i32
  ;; CHECK-NEXT:      }
  ;; CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[S:.*]] = wasm.add %[[B1]], %[[ONE]] : i32
  ;; CHECK-NEXT:      wasm.yield %[[S]] : i32
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    wasm.yield %[[B0]] : i32
  (func (param i32) (result i32)
    (block (result i32)
      (block (result i32)
        (block (result i32)
          i32.const 100
          local.get 0
          br_table 0 1 0 2))
      i32.const 1
      i32.add))

  ;; br_table without values, default target the function body; and a
  ;; br_table with only a default.
  ;; CHECK-LABEL: wasm.func @func_3 : (i32) -> () {
  ;; CHECK-NEXT:    wasm.block : () -> () {
  ;; CHECK-NEXT:      %[[I:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:      wasm.br_table %[[I]] [0] default 1{{$}}
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[J:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.br_table %[[J]] [] default 0{{$}}
  ;; CHECK-NEXT:  }
  (func (param i32)
    (block
      local.get 0
      br_table 0 1)
    local.get 0
    br_table 0)

  ;; br to the function body carries the function's results.
  ;; CHECK-LABEL: wasm.func @func_4 : () -> i32 {
  ;; CHECK-NEXT:    wasm.block : () -> () {
  ;; CHECK-NEXT:      %[[V:.*]] = wasm.const 9 : i32
  ;; CHECK-NEXT:      wasm.br 1(%[[V]] : i32)
  ;; CHECK-NEXT:    }
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.const 10 : i32
  ;; CHECK-NEXT:    wasm.yield %[[W]] : i32
  (func (result i32)
    (block
      i32.const 9
      br 1)
    i32.const 10)

  ;; br_if to a loop carries the loop's parameters, and returns them.
  ;; CHECK-LABEL: wasm.func @func_5 : (f32) -> () {
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    wasm.loop(%[[X]]) : (f32) -> () {
  ;; CHECK-NEXT:    ^bb0(%[[P:.*]]: f32):
  ;; CHECK-NEXT:      %[[C:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:      %[[R:.*]] = wasm.br_if %[[C]], 0(%[[P]]) : (f32) -> f32
  ;; CHECK-NEXT:      wasm.drop %[[R]] : f32
  ;; CHECK-NEXT:      wasm.yield{{$}}
  ;; CHECK-NEXT:    }
  (func (param f32)
    local.get 0
    (loop (param f32)
      i32.const 1
      br_if 0
      drop))
)
