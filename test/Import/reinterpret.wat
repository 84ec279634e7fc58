;; The four reinterpretations all become wasm.reinterpret.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.reinterpret_f32 : (f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.reinterpret %[[A]] : f32 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.reinterpret_f32 (param f32) (result i32)
    local.get 0
    i32.reinterpret_f32)

  ;; CHECK-LABEL: wasm.func @i64.reinterpret_f64 : (f64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.reinterpret %[[A]] : f64 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.reinterpret_f64 (param f64) (result i64)
    local.get 0
    i64.reinterpret_f64)

  ;; CHECK-LABEL: wasm.func @f32.reinterpret_i32 : (i32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.reinterpret %[[A]] : i32 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.reinterpret_i32 (param i32) (result f32)
    local.get 0
    f32.reinterpret_i32)

  ;; CHECK-LABEL: wasm.func @f64.reinterpret_i64 : (i64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.reinterpret %[[A]] : i64 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.reinterpret_i64 (param i64) (result f64)
    local.get 0
    f64.reinterpret_i64)
)
