;; Integer bitwise operations: and, or, xor of i32 and i64.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.and : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.and %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.and (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.and)

  ;; CHECK-LABEL: wasm.func @i32.or : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.or %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.or (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.or)

  ;; CHECK-LABEL: wasm.func @i32.xor : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.xor %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.xor (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.xor)

  ;; CHECK-LABEL: wasm.func @i64.and : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.and %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.and (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.and)

  ;; CHECK-LABEL: wasm.func @i64.or : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.or %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.or (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.or)

  ;; CHECK-LABEL: wasm.func @i64.xor : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.xor %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.xor (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.xor)
)
