;; local.get/set/tee by index (parameters first) and global.get/set by
;; symbol, for imported and defined globals.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (import "env" "g" (global $ig (mut i64)))
  (import "env" "k" (global $ik f32))
  (global $g (mut externref) (ref.null extern))

  ;; CHECK-LABEL: wasm.func @func_0 : (i32) -> i32 locals [f64, i32] {
  ;; CHECK-NEXT:    %[[P:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.local.set 2, %[[P]] : i32
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 1.500000e+00 : f64
  ;; CHECK-NEXT:    %[[T:.*]] = wasm.local.tee 1, %[[D]] : f64
  ;; CHECK-NEXT:    wasm.drop %[[T]] : f64
  ;; CHECK-NEXT:    %[[L:.*]] = wasm.local.get 2 : i32
  ;; CHECK-NEXT:    wasm.yield %[[L]] : i32
  (func (param i32) (result i32) (local f64 i32)
    local.get 0
    local.set 2
    f64.const 1.5
    local.tee 1
    drop
    local.get 2)

  ;; CHECK-LABEL: wasm.func @func_1 : () -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.global.get @global_0 : i64
  ;; CHECK-NEXT:    wasm.global.set @global_0, %[[A]] : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.global.get @global_2 : !wasm.externref
  ;; CHECK-NEXT:    wasm.global.set @global_2, %[[R]] : !wasm.externref
  ;; CHECK-NEXT:    %[[K:.*]] = wasm.global.get @global_1 : f32
  ;; CHECK-NEXT:    wasm.yield %[[K]] : f32
  (func (result f32)
    global.get $ig
    global.set $ig
    global.get $g
    global.set $g
    global.get $ik)
)
