;; Reference instructions: ref.null of both reference types, ref.is_null
;; of both, and ref.func of defined and imported functions (declared by an
;; export, a declarative segment or a global initializer).

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (import "env" "imp" (func $imp))
  (global funcref (ref.func $g))
  (elem declare func $imp)

  ;; CHECK-LABEL: wasm.func @func_1 : (!wasm.externref) -> (i32, i32, !wasm.funcref, !wasm.funcref, !wasm.funcref) {
  ;; CHECK-NEXT:    %[[E:.*]] = wasm.ref.null : !wasm.externref
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.is_null %[[E]] : !wasm.externref
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.is_null %[[F]] : !wasm.funcref
  ;; CHECK-NEXT:    %[[P:.*]] = wasm.local.get 0 : !wasm.externref
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.ref.is_null %[[P]] : !wasm.externref
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.add %[[B]], %[[C]] : i32
  ;; CHECK-NEXT:    %[[R1:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    %[[R2:.*]] = wasm.ref.func @func_1
  ;; CHECK-NEXT:    %[[R3:.*]] = wasm.ref.func @func_2
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[S]], %[[R1]], %[[R2]], %[[R3]] : i32, i32, !wasm.funcref, !wasm.funcref, !wasm.funcref
  (func $f (export "f") (param externref)
        (result i32 i32 funcref funcref funcref)
    ref.null extern
    ref.is_null
    ref.null func
    ref.is_null
    local.get 0
    ref.is_null
    i32.add
    ref.func $imp
    ref.func $f
    ref.func $g)

  ;; CHECK-LABEL: wasm.func @func_2 : () -> () {
  (func $g)
)
