;; Bulk memory instructions: memory.fill (dest, value, size), memory.copy
;; (dest, src, size), memory.init of a passive data segment (dest, src,
;; size) and data.drop.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (memory 1)
  (data (i32.const 0) "active")
  (data "passive")

  ;; CHECK-LABEL: wasm.func @func_0 : (i32, i32, i32) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 2 : i32
  ;; CHECK-NEXT:    wasm.memory.fill %[[A]], %[[B]], %[[C]]{{$}}
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.local.get 2 : i32
  ;; CHECK-NEXT:    %[[E:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.memory.copy %[[D]], %[[E]], %[[F]]{{$}}
  ;; CHECK-NEXT:    %[[G:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[H:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[I:.*]] = wasm.local.get 2 : i32
  ;; CHECK-NEXT:    wasm.memory.init @data_1, %[[G]], %[[H]], %[[I]]{{$}}
  ;; CHECK-NEXT:    wasm.data.drop @data_1
  ;; CHECK-NEXT:    wasm.data.drop @data_0
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func (param i32 i32 i32)
    (memory.fill (local.get 0) (local.get 1) (local.get 2))
    (memory.copy (local.get 2) (local.get 1) (local.get 0))
    (memory.init 1 (local.get 1) (local.get 0) (local.get 2))
    (data.drop 1)
    (data.drop 0))
)
