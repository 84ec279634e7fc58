;; Unary float operations of f32 and f64: abs, neg, sqrt and the four
;; roundings ceil, floor, trunc, nearest.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @f32.abs : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.abs %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.abs (param f32) (result f32)
    local.get 0
    f32.abs)

  ;; CHECK-LABEL: wasm.func @f32.neg : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.neg %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.neg (param f32) (result f32)
    local.get 0
    f32.neg)

  ;; CHECK-LABEL: wasm.func @f32.sqrt : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sqrt %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.sqrt (param f32) (result f32)
    local.get 0
    f32.sqrt)

  ;; CHECK-LABEL: wasm.func @f32.ceil : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ceil %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.ceil (param f32) (result f32)
    local.get 0
    f32.ceil)

  ;; CHECK-LABEL: wasm.func @f32.floor : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.floor %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.floor (param f32) (result f32)
    local.get 0
    f32.floor)

  ;; CHECK-LABEL: wasm.func @f32.trunc : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.trunc (param f32) (result f32)
    local.get 0
    f32.trunc)

  ;; CHECK-LABEL: wasm.func @f32.nearest : (f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.nearest %[[A]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.nearest (param f32) (result f32)
    local.get 0
    f32.nearest)

  ;; CHECK-LABEL: wasm.func @f64.abs : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.abs %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.abs (param f64) (result f64)
    local.get 0
    f64.abs)

  ;; CHECK-LABEL: wasm.func @f64.neg : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.neg %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.neg (param f64) (result f64)
    local.get 0
    f64.neg)

  ;; CHECK-LABEL: wasm.func @f64.sqrt : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.sqrt %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.sqrt (param f64) (result f64)
    local.get 0
    f64.sqrt)

  ;; CHECK-LABEL: wasm.func @f64.ceil : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ceil %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.ceil (param f64) (result f64)
    local.get 0
    f64.ceil)

  ;; CHECK-LABEL: wasm.func @f64.floor : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.floor %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.floor (param f64) (result f64)
    local.get 0
    f64.floor)

  ;; CHECK-LABEL: wasm.func @f64.trunc : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.trunc (param f64) (result f64)
    local.get 0
    f64.trunc)

  ;; CHECK-LABEL: wasm.func @f64.nearest : (f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.nearest %[[A]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.nearest (param f64) (result f64)
    local.get 0
    f64.nearest)
)
