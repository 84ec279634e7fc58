;; memory.size and memory.grow act on memory 0 (an imported memory here).

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (import "env" "mem" (memory 1 10))

  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.memory.size{{$}}
  ;; CHECK-NEXT:    wasm.drop %[[S]] : i32
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[G:.*]] = wasm.memory.grow %[[D]]{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[G]] : i32
  (func (param i32) (result i32)
    memory.size
    drop
    local.get 0
    memory.grow)
)
