;; Global definitions: mutable and immutable, of every value type, with
;; their constant-expression initializers, including global.get of an
;; imported immutable global and ref.func/ref.null.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK: wasm.import_global @global_0 from "env" "base" : i32
  (import "env" "base" (global $base i32))
  ;; CHECK: wasm.import_global @global_1 from "env" "mut" : mut i64
  (import "env" "mut" (global $mutable (mut i64)))

  ;; CHECK-LABEL: wasm.global @global_2 : i32 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.const -1 : i32
  ;; CHECK-NEXT:    wasm.yield %[[V]] : i32
  ;; CHECK-NEXT:  }
  (global i32 (i32.const -1))
  ;; CHECK-LABEL: wasm.global @global_3 : mut i64 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.const 9223372036854775807 : i64
  ;; CHECK-NEXT:    wasm.yield %[[V]] : i64
  (global (mut i64) (i64.const 0x7fffffffffffffff))
  ;; CHECK-LABEL: wasm.global @global_4 : f32 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.const 1.500000e+00 : f32
  ;; CHECK-NEXT:    wasm.yield %[[V]] : f32
  (global f32 (f32.const 1.5))
  ;; CHECK-LABEL: wasm.global @global_5 : mut f64 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.const -2.500000e-01 : f64
  ;; CHECK-NEXT:    wasm.yield %[[V]] : f64
  (global (mut f64) (f64.const -0.25))
  ;; CHECK-LABEL: wasm.global @global_6 : !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, -1, -1, -1, -1]
  ;; CHECK-NEXT:    wasm.yield %[[V]] : !wasm.v128
  (global v128 (v128.const i32x4 1 2 3 -1))
  ;; CHECK-LABEL: wasm.global @global_7 : i32 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.global.get @global_0 : i32
  ;; CHECK-NEXT:    wasm.yield %[[V]] : i32
  (global i32 (global.get $base))
  ;; CHECK-LABEL: wasm.global @global_8 : mut !wasm.funcref {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    wasm.yield %[[V]] : !wasm.funcref
  (global (mut funcref) (ref.func $f))
  ;; CHECK-LABEL: wasm.global @global_9 : !wasm.funcref {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    wasm.yield %[[V]] : !wasm.funcref
  (global funcref (ref.null func))
  ;; CHECK-LABEL: wasm.global @global_10 : mut !wasm.externref {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.ref.null : !wasm.externref
  ;; CHECK-NEXT:    wasm.yield %[[V]] : !wasm.externref
  (global (mut externref) (ref.null extern))

  ;; CHECK-LABEL: wasm.func @func_0 : () -> () {
  (func $f)
)
