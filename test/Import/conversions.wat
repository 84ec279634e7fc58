;; Every numeric conversion except reinterpretations and saturating
;; truncations (see reinterpret.wat and trunc-sat.wat): one op per operation,
;; the operand and result types telling the variants apart.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32.wrap_i64 : (i64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.wrap %[[A]] : i64 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.wrap_i64 (param i64) (result i32)
    local.get 0
    i32.wrap_i64)

  ;; CHECK-LABEL: wasm.func @i64.extend_i32_s : (i32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend_s %[[A]] : i32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.extend_i32_s (param i32) (result i64)
    local.get 0
    i64.extend_i32_s)

  ;; CHECK-LABEL: wasm.func @i64.extend_i32_u : (i32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.extend_u %[[A]] : i32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.extend_i32_u (param i32) (result i64)
    local.get 0
    i64.extend_i32_u)

  ;; CHECK-LABEL: wasm.func @i32.trunc_f32_s : (f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_s %[[A]] : f32 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_f32_s (param f32) (result i32)
    local.get 0
    i32.trunc_f32_s)

  ;; CHECK-LABEL: wasm.func @i32.trunc_f32_u : (f32) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_u %[[A]] : f32 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_f32_u (param f32) (result i32)
    local.get 0
    i32.trunc_f32_u)

  ;; CHECK-LABEL: wasm.func @i32.trunc_f64_s : (f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_s %[[A]] : f64 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_f64_s (param f64) (result i32)
    local.get 0
    i32.trunc_f64_s)

  ;; CHECK-LABEL: wasm.func @i32.trunc_f64_u : (f64) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_u %[[A]] : f64 to i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  ;; CHECK-NEXT:  }
  (func $i32.trunc_f64_u (param f64) (result i32)
    local.get 0
    i32.trunc_f64_u)

  ;; CHECK-LABEL: wasm.func @i64.trunc_f32_s : (f32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_s %[[A]] : f32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_f32_s (param f32) (result i64)
    local.get 0
    i64.trunc_f32_s)

  ;; CHECK-LABEL: wasm.func @i64.trunc_f32_u : (f32) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_u %[[A]] : f32 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_f32_u (param f32) (result i64)
    local.get 0
    i64.trunc_f32_u)

  ;; CHECK-LABEL: wasm.func @i64.trunc_f64_s : (f64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_s %[[A]] : f64 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_f64_s (param f64) (result i64)
    local.get 0
    i64.trunc_f64_s)

  ;; CHECK-LABEL: wasm.func @i64.trunc_f64_u : (f64) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.trunc_u %[[A]] : f64 to i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  ;; CHECK-NEXT:  }
  (func $i64.trunc_f64_u (param f64) (result i64)
    local.get 0
    i64.trunc_f64_u)

  ;; CHECK-LABEL: wasm.func @f32.convert_i32_s : (i32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_s %[[A]] : i32 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.convert_i32_s (param i32) (result f32)
    local.get 0
    f32.convert_i32_s)

  ;; CHECK-LABEL: wasm.func @f32.convert_i32_u : (i32) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_u %[[A]] : i32 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.convert_i32_u (param i32) (result f32)
    local.get 0
    f32.convert_i32_u)

  ;; CHECK-LABEL: wasm.func @f32.convert_i64_s : (i64) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_s %[[A]] : i64 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.convert_i64_s (param i64) (result f32)
    local.get 0
    f32.convert_i64_s)

  ;; CHECK-LABEL: wasm.func @f32.convert_i64_u : (i64) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_u %[[A]] : i64 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.convert_i64_u (param i64) (result f32)
    local.get 0
    f32.convert_i64_u)

  ;; CHECK-LABEL: wasm.func @f64.convert_i32_s : (i32) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_s %[[A]] : i32 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.convert_i32_s (param i32) (result f64)
    local.get 0
    f64.convert_i32_s)

  ;; CHECK-LABEL: wasm.func @f64.convert_i32_u : (i32) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_u %[[A]] : i32 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.convert_i32_u (param i32) (result f64)
    local.get 0
    f64.convert_i32_u)

  ;; CHECK-LABEL: wasm.func @f64.convert_i64_s : (i64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_s %[[A]] : i64 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.convert_i64_s (param i64) (result f64)
    local.get 0
    f64.convert_i64_s)

  ;; CHECK-LABEL: wasm.func @f64.convert_i64_u : (i64) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.convert_u %[[A]] : i64 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.convert_i64_u (param i64) (result f64)
    local.get 0
    f64.convert_i64_u)

  ;; CHECK-LABEL: wasm.func @f32.demote_f64 : (f64) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.demote %[[A]] : f64 to f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  ;; CHECK-NEXT:  }
  (func $f32.demote_f64 (param f64) (result f32)
    local.get 0
    f32.demote_f64)

  ;; CHECK-LABEL: wasm.func @f64.promote_f32 : (f32) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.promote %[[A]] : f32 to f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  ;; CHECK-NEXT:  }
  (func $f64.promote_f32 (param f32) (result f64)
    local.get 0
    f64.promote_f32)
)
