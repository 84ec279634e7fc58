;; Integer comparisons of i32 and i64: the result is always i32 and the
;; printed type is the operands'.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.eq : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eq %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.eq (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.eq)

  ;; CHECK-LABEL: wasm.func @i32.ne : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ne %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.ne (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.ne)

  ;; CHECK-LABEL: wasm.func @i32.lt_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.lt_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.lt_s)

  ;; CHECK-LABEL: wasm.func @i32.lt_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.lt_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.lt_u)

  ;; CHECK-LABEL: wasm.func @i32.gt_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.gt_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.gt_s)

  ;; CHECK-LABEL: wasm.func @i32.gt_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.gt_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.gt_u)

  ;; CHECK-LABEL: wasm.func @i32.le_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.le_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.le_s)

  ;; CHECK-LABEL: wasm.func @i32.le_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.le_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.le_u)

  ;; CHECK-LABEL: wasm.func @i32.ge_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.ge_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.ge_s)

  ;; CHECK-LABEL: wasm.func @i32.ge_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.ge_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.ge_u)

  ;; CHECK-LABEL: wasm.func @i64.eq : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eq %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.eq (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.eq)

  ;; CHECK-LABEL: wasm.func @i64.ne : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ne %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.ne (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.ne)

  ;; CHECK-LABEL: wasm.func @i64.lt_s : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.lt_s (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.lt_s)

  ;; CHECK-LABEL: wasm.func @i64.lt_u : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.lt_u (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.lt_u)

  ;; CHECK-LABEL: wasm.func @i64.gt_s : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.gt_s (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.gt_s)

  ;; CHECK-LABEL: wasm.func @i64.gt_u : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.gt_u (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.gt_u)

  ;; CHECK-LABEL: wasm.func @i64.le_s : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.le_s (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.le_s)

  ;; CHECK-LABEL: wasm.func @i64.le_u : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.le_u (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.le_u)

  ;; CHECK-LABEL: wasm.func @i64.ge_s : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.ge_s (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.ge_s)

  ;; CHECK-LABEL: wasm.func @i64.ge_u : (i64, i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i64.ge_u (param i64 i64) (result i32)
    local.get 0 local.get 1
    i64.ge_u)
)
