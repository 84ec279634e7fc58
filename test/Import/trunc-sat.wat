;; The eight saturating truncations (0xFC 0..7).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.trunc_sat_f32_s : (f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_s %[[A]] : f32 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_sat_f32_s (param f32) (result i32)
    local.get 0
    i32.trunc_sat_f32_s)

  ;; CHECK-LABEL: wasm.func @i32.trunc_sat_f32_u : (f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_u %[[A]] : f32 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_sat_f32_u (param f32) (result i32)
    local.get 0
    i32.trunc_sat_f32_u)

  ;; CHECK-LABEL: wasm.func @i32.trunc_sat_f64_s : (f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_s %[[A]] : f64 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_sat_f64_s (param f64) (result i32)
    local.get 0
    i32.trunc_sat_f64_s)

  ;; CHECK-LABEL: wasm.func @i32.trunc_sat_f64_u : (f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_u %[[A]] : f64 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_sat_f64_u (param f64) (result i32)
    local.get 0
    i32.trunc_sat_f64_u)

  ;; CHECK-LABEL: wasm.func @i64.trunc_sat_f32_s : (f32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_s %[[A]] : f32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_sat_f32_s (param f32) (result i64)
    local.get 0
    i64.trunc_sat_f32_s)

  ;; CHECK-LABEL: wasm.func @i64.trunc_sat_f32_u : (f32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_u %[[A]] : f32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_sat_f32_u (param f32) (result i64)
    local.get 0
    i64.trunc_sat_f32_u)

  ;; CHECK-LABEL: wasm.func @i64.trunc_sat_f64_s : (f64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_s %[[A]] : f64 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_sat_f64_s (param f64) (result i64)
    local.get 0
    i64.trunc_sat_f64_s)

  ;; CHECK-LABEL: wasm.func @i64.trunc_sat_f64_u : (f64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_sat_u %[[A]] : f64 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_sat_f64_u (param f64) (result i64)
    local.get 0
    i64.trunc_sat_f64_u)
)
