;; Shifts and rotates of i32 and i64: the shift count is the second
;; operand, of the same type.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.shl : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shl %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.shl (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.shl)

  ;; CHECK-LABEL: wasm.func @i32.shr_s : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shr_s %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.shr_s (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.shr_s)

  ;; CHECK-LABEL: wasm.func @i32.shr_u : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shr_u %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.shr_u (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.shr_u)

  ;; CHECK-LABEL: wasm.func @i32.rotl : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rotl %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.rotl (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.rotl)

  ;; CHECK-LABEL: wasm.func @i32.rotr : (i32, i32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rotr %[[A]], %[[B]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.rotr (param i32 i32) (result i32)
    local.get 0 local.get 1
    i32.rotr)

  ;; CHECK-LABEL: wasm.func @i64.shl : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shl %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.shl (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.shl)

  ;; CHECK-LABEL: wasm.func @i64.shr_s : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shr_s %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.shr_s (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.shr_s)

  ;; CHECK-LABEL: wasm.func @i64.shr_u : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.shr_u %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.shr_u (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.shr_u)

  ;; CHECK-LABEL: wasm.func @i64.rotl : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rotl %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.rotl (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.rotl)

  ;; CHECK-LABEL: wasm.func @i64.rotr : (i64, i64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.rotr %[[A]], %[[B]] : i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.rotr (param i64 i64) (result i64)
    local.get 0 local.get 1
    i64.rotr)
)
