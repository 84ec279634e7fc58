;; Integer arithmetic: add, sub, mul, div_s/u and rem_s/u of i32 and i64
;; map onto the type-generic ops; operand order is (lhs, rhs).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.add : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.add %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.add (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.add)

  ;; CHECK-LABEL: wasm.func @i32.sub : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sub %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.sub (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.sub)

  ;; CHECK-LABEL: wasm.func @i32.mul : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.mul %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.mul (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.mul)

  ;; CHECK-LABEL: wasm.func @i32.div_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.div_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.div_s)

  ;; CHECK-LABEL: wasm.func @i32.div_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.div_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.div_u)

  ;; CHECK-LABEL: wasm.func @i32.rem_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rem_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.rem_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.rem_s)

  ;; CHECK-LABEL: wasm.func @i32.rem_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rem_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.rem_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.rem_u)

  ;; CHECK-LABEL: wasm.func @i64.add : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.add %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.add (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.add)

  ;; CHECK-LABEL: wasm.func @i64.sub : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sub %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.sub (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.sub)

  ;; CHECK-LABEL: wasm.func @i64.mul : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.mul %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.mul (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.mul)

  ;; CHECK-LABEL: wasm.func @i64.div_s : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.div_s (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.div_s)

  ;; CHECK-LABEL: wasm.func @i64.div_u : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.div_u (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.div_u)

  ;; CHECK-LABEL: wasm.func @i64.rem_s : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rem_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.rem_s (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.rem_s)

  ;; CHECK-LABEL: wasm.func @i64.rem_u : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rem_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.rem_u (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.rem_u)
)
