;; The sign-extension operators (in-place extension of the low bits).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.extend8_s : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend8_s %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.extend8_s (param i32) (result i32)
    local.get 0
    i32.extend8_s)

  ;; CHECK-LABEL: wasm.func @i32.extend16_s : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend16_s %[[A]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.extend16_s (param i32) (result i32)
    local.get 0
    i32.extend16_s)

  ;; CHECK-LABEL: wasm.func @i64.extend8_s : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend8_s %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.extend8_s (param i64) (result i64)
    local.get 0
    i64.extend8_s)

  ;; CHECK-LABEL: wasm.func @i64.extend16_s : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend16_s %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.extend16_s (param i64) (result i64)
    local.get 0
    i64.extend16_s)

  ;; CHECK-LABEL: wasm.func @i64.extend32_s : (i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend32_s %[[A]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.extend32_s (param i64) (result i64)
    local.get 0
    i64.extend32_s)
)
