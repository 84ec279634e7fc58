;; Float comparisons of f32 and f64 (eq/ne shared with the integers; lt, gt,
;; le, ge without a signedness suffix). The result is i32.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @f32.eq : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eq %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.eq (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.eq)

  ;; CHECK-LABEL: wasm.func @f32.ne : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ne %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.ne (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.ne)

  ;; CHECK-LABEL: wasm.func @f32.lt : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.lt (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.lt)

  ;; CHECK-LABEL: wasm.func @f32.gt : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.gt (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.gt)

  ;; CHECK-LABEL: wasm.func @f32.le : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.le (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.le)

  ;; CHECK-LABEL: wasm.func @f32.ge : (f32, f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge %[[A]], %[[B]] : f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f32.ge (param f32 f32) (result i32)
    local.get 0 local.get 1
    f32.ge)

  ;; CHECK-LABEL: wasm.func @f64.eq : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.eq %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.eq (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.eq)

  ;; CHECK-LABEL: wasm.func @f64.ne : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ne %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.ne (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.ne)

  ;; CHECK-LABEL: wasm.func @f64.lt : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.lt %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.lt (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.lt)

  ;; CHECK-LABEL: wasm.func @f64.gt : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.gt %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.gt (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.gt)

  ;; CHECK-LABEL: wasm.func @f64.le : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.le %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.le (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.le)

  ;; CHECK-LABEL: wasm.func @f64.ge : (f64, f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ge %[[A]], %[[B]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $f64.ge (param f64 f64) (result i32)
    local.get 0 local.get 1
    f64.ge)
)
