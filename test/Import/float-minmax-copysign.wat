;; min, max and copysign of f32 and f64.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @f32.min : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.min %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.min (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.min)

  ;; CHECK-LABEL: wasm.func @f32.max : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.max %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.max (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.max)

  ;; CHECK-LABEL: wasm.func @f32.copysign : (f32, f32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.copysign %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.copysign (param f32 f32) (result f32)
    local.get 0 local.get 1
    f32.copysign)

  ;; CHECK-LABEL: wasm.func @f64.min : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.min %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.min (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.min)

  ;; CHECK-LABEL: wasm.func @f64.max : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.max %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.max (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.max)

  ;; CHECK-LABEL: wasm.func @f64.copysign : (f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.copysign %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.copysign (param f64 f64) (result f64)
    local.get 0 local.get 1
    f64.copysign)
)
