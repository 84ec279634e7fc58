;; clz, ctz, popcnt (same type in and out) and eqz (an i32 result) of i32
;; and i64.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.clz : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.clz %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.clz (param i32) (result i32)
    local.get 0
    i32.clz)

  ;; CHECK-LABEL: wasm.func @i32.ctz : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ctz %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.ctz (param i32) (result i32)
    local.get 0
    i32.ctz)

  ;; CHECK-LABEL: wasm.func @i32.popcnt : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.popcnt %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.popcnt (param i32) (result i32)
    local.get 0
    i32.popcnt)

  ;; CHECK-LABEL: wasm.func @i64.clz : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.clz %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.clz (param i64) (result i64)
    local.get 0
    i64.clz)

  ;; CHECK-LABEL: wasm.func @i64.ctz : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ctz %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.ctz (param i64) (result i64)
    local.get 0
    i64.ctz)

  ;; CHECK-LABEL: wasm.func @i64.popcnt : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.popcnt %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.popcnt (param i64) (result i64)
    local.get 0
    i64.popcnt)

  ;; CHECK-LABEL: wasm.func @i32.eqz : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eqz %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.eqz (param i32) (result i32)
    local.get 0
    i32.eqz)

  ;; CHECK-LABEL: wasm.func @i64.eqz : (i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eqz %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.eqz (param i64) (result i32)
    local.get 0
    i64.eqz)
)
