;; Float arithmetic: add, sub, mul, div of f32 and f64 (add/sub/mul share
;; the type-generic ops with the integers; div is float-only).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @f32.add : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.add %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.add (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.add)

  ;; CHECK-LABEL: wasm.func @f32.sub : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sub %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.sub (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.sub)

  ;; CHECK-LABEL: wasm.func @f32.mul : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.mul %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.mul (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.mul)

  ;; CHECK-LABEL: wasm.func @f32.div : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.div (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.div)

  ;; CHECK-LABEL: wasm.func @f64.add : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.add %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.add (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.add)

  ;; CHECK-LABEL: wasm.func @f64.sub : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sub %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.sub (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.sub)

  ;; CHECK-LABEL: wasm.func @f64.mul : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.mul %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.mul (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.mul)

  ;; CHECK-LABEL: wasm.func @f64.div : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.div %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.div (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.div)
)
