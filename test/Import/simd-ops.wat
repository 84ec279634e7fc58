;; A sample of SIMD instructions of every shape (i8x16, i16x8, i32x4, i64x2,
;; f32x4, f64x2) and of the v128 bitwise group: arithmetic, saturating,
;; min/max, comparisons, shifts (scalar i32 count), reductions to i32,
;; conversions, narrowing/extension, dot and extmul. Each becomes
;; wasm.simd named by the instruction's text-format name, with operands in
;; stack order and the instruction's signature.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i8x16.add : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.add" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.add (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.add)

  ;; CHECK-LABEL: wasm.func @i8x16.sub_sat_u : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.sub_sat_u" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.sub_sat_u (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.sub_sat_u)

  ;; CHECK-LABEL: wasm.func @i8x16.min_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.min_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.min_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.min_s)

  ;; CHECK-LABEL: wasm.func @i8x16.avgr_u : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.avgr_u" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.avgr_u (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.avgr_u)

  ;; CHECK-LABEL: wasm.func @i8x16.neg : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.neg" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.neg (param v128) (result v128)
    local.get 0
    i8x16.neg)

  ;; CHECK-LABEL: wasm.func @i8x16.popcnt : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.popcnt" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.popcnt (param v128) (result v128)
    local.get 0
    i8x16.popcnt)

  ;; CHECK-LABEL: wasm.func @i8x16.narrow_i16x8_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.narrow_i16x8_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.narrow_i16x8_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.narrow_i16x8_s)

  ;; CHECK-LABEL: wasm.func @i8x16.eq : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.eq" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.eq (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.eq)

  ;; CHECK-LABEL: wasm.func @i8x16.all_true : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.all_true" %[[A]] : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i8x16.all_true (param v128) (result i32)
    local.get 0
    i8x16.all_true)

  ;; CHECK-LABEL: wasm.func @i8x16.bitmask : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.bitmask" %[[A]] : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i8x16.bitmask (param v128) (result i32)
    local.get 0
    i8x16.bitmask)

  ;; CHECK-LABEL: wasm.func @i8x16.shr_u : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.shr_u" %[[A]], %[[B]] : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.shr_u (param v128 i32) (result v128)
    local.get 0 local.get 1
    i8x16.shr_u)

  ;; CHECK-LABEL: wasm.func @i8x16.swizzle : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.swizzle" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.swizzle (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.swizzle)

  ;; CHECK-LABEL: wasm.func @i16x8.mul : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.mul" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.mul (param v128 v128) (result v128)
    local.get 0 local.get 1
    i16x8.mul)

  ;; CHECK-LABEL: wasm.func @i16x8.add_sat_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.add_sat_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.add_sat_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i16x8.add_sat_s)

  ;; CHECK-LABEL: wasm.func @i16x8.q15mulr_sat_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.q15mulr_sat_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.q15mulr_sat_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i16x8.q15mulr_sat_s)

  ;; CHECK-LABEL: wasm.func @i16x8.extmul_low_i8x16_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.extmul_low_i8x16_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.extmul_low_i8x16_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i16x8.extmul_low_i8x16_s)

  ;; CHECK-LABEL: wasm.func @i16x8.extadd_pairwise_i8x16_u : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.extadd_pairwise_i8x16_u" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.extadd_pairwise_i8x16_u (param v128) (result v128)
    local.get 0
    i16x8.extadd_pairwise_i8x16_u)

  ;; CHECK-LABEL: wasm.func @i16x8.extend_high_i8x16_u : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.extend_high_i8x16_u" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.extend_high_i8x16_u (param v128) (result v128)
    local.get 0
    i16x8.extend_high_i8x16_u)

  ;; CHECK-LABEL: wasm.func @i16x8.shl : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.shl" %[[A]], %[[B]] : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.shl (param v128 i32) (result v128)
    local.get 0 local.get 1
    i16x8.shl)

  ;; CHECK-LABEL: wasm.func @i16x8.gt_u : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.gt_u" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.gt_u (param v128 v128) (result v128)
    local.get 0 local.get 1
    i16x8.gt_u)

  ;; CHECK-LABEL: wasm.func @i32x4.sub : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.sub" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.sub (param v128 v128) (result v128)
    local.get 0 local.get 1
    i32x4.sub)

  ;; CHECK-LABEL: wasm.func @i32x4.max_u : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.max_u" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.max_u (param v128 v128) (result v128)
    local.get 0 local.get 1
    i32x4.max_u)

  ;; CHECK-LABEL: wasm.func @i32x4.dot_i16x8_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.dot_i16x8_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.dot_i16x8_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i32x4.dot_i16x8_s)

  ;; CHECK-LABEL: wasm.func @i32x4.abs : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.abs" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.abs (param v128) (result v128)
    local.get 0
    i32x4.abs)

  ;; CHECK-LABEL: wasm.func @i32x4.trunc_sat_f32x4_s : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.trunc_sat_f32x4_s" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.trunc_sat_f32x4_s (param v128) (result v128)
    local.get 0
    i32x4.trunc_sat_f32x4_s)

  ;; CHECK-LABEL: wasm.func @i32x4.trunc_sat_f64x2_u_zero : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.trunc_sat_f64x2_u_zero" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.trunc_sat_f64x2_u_zero (param v128) (result v128)
    local.get 0
    i32x4.trunc_sat_f64x2_u_zero)

  ;; CHECK-LABEL: wasm.func @i32x4.le_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.le_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.le_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i32x4.le_s)

  ;; CHECK-LABEL: wasm.func @i32x4.shr_s : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.shr_s" %[[A]], %[[B]] : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.shr_s (param v128 i32) (result v128)
    local.get 0 local.get 1
    i32x4.shr_s)

  ;; CHECK-LABEL: wasm.func @i64x2.add : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.add" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.add (param v128 v128) (result v128)
    local.get 0 local.get 1
    i64x2.add)

  ;; CHECK-LABEL: wasm.func @i64x2.mul : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.mul" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.mul (param v128 v128) (result v128)
    local.get 0 local.get 1
    i64x2.mul)

  ;; CHECK-LABEL: wasm.func @i64x2.neg : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.neg" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.neg (param v128) (result v128)
    local.get 0
    i64x2.neg)

  ;; CHECK-LABEL: wasm.func @i64x2.extend_low_i32x4_s : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.extend_low_i32x4_s" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.extend_low_i32x4_s (param v128) (result v128)
    local.get 0
    i64x2.extend_low_i32x4_s)

  ;; CHECK-LABEL: wasm.func @i64x2.extmul_high_i32x4_u : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.extmul_high_i32x4_u" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.extmul_high_i32x4_u (param v128 v128) (result v128)
    local.get 0 local.get 1
    i64x2.extmul_high_i32x4_u)

  ;; CHECK-LABEL: wasm.func @i64x2.ge_s : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.ge_s" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.ge_s (param v128 v128) (result v128)
    local.get 0 local.get 1
    i64x2.ge_s)

  ;; CHECK-LABEL: wasm.func @i64x2.all_true : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.all_true" %[[A]] : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i64x2.all_true (param v128) (result i32)
    local.get 0
    i64x2.all_true)

  ;; CHECK-LABEL: wasm.func @i64x2.shr_u : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.shr_u" %[[A]], %[[B]] : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.shr_u (param v128 i32) (result v128)
    local.get 0 local.get 1
    i64x2.shr_u)

  ;; CHECK-LABEL: wasm.func @f32x4.add : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.add" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.add (param v128 v128) (result v128)
    local.get 0 local.get 1
    f32x4.add)

  ;; CHECK-LABEL: wasm.func @f32x4.min : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.min" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.min (param v128 v128) (result v128)
    local.get 0 local.get 1
    f32x4.min)

  ;; CHECK-LABEL: wasm.func @f32x4.pmax : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.pmax" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.pmax (param v128 v128) (result v128)
    local.get 0 local.get 1
    f32x4.pmax)

  ;; CHECK-LABEL: wasm.func @f32x4.sqrt : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.sqrt" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.sqrt (param v128) (result v128)
    local.get 0
    f32x4.sqrt)

  ;; CHECK-LABEL: wasm.func @f32x4.nearest : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.nearest" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.nearest (param v128) (result v128)
    local.get 0
    f32x4.nearest)

  ;; CHECK-LABEL: wasm.func @f32x4.convert_i32x4_u : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.convert_i32x4_u" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.convert_i32x4_u (param v128) (result v128)
    local.get 0
    f32x4.convert_i32x4_u)

  ;; CHECK-LABEL: wasm.func @f32x4.demote_f64x2_zero : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.demote_f64x2_zero" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.demote_f64x2_zero (param v128) (result v128)
    local.get 0
    f32x4.demote_f64x2_zero)

  ;; CHECK-LABEL: wasm.func @f32x4.lt : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.lt" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.lt (param v128 v128) (result v128)
    local.get 0 local.get 1
    f32x4.lt)

  ;; CHECK-LABEL: wasm.func @f64x2.div : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.div" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.div (param v128 v128) (result v128)
    local.get 0 local.get 1
    f64x2.div)

  ;; CHECK-LABEL: wasm.func @f64x2.max : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.max" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.max (param v128 v128) (result v128)
    local.get 0 local.get 1
    f64x2.max)

  ;; CHECK-LABEL: wasm.func @f64x2.pmin : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.pmin" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.pmin (param v128 v128) (result v128)
    local.get 0 local.get 1
    f64x2.pmin)

  ;; CHECK-LABEL: wasm.func @f64x2.neg : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.neg" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.neg (param v128) (result v128)
    local.get 0
    f64x2.neg)

  ;; CHECK-LABEL: wasm.func @f64x2.floor : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.floor" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.floor (param v128) (result v128)
    local.get 0
    f64x2.floor)

  ;; CHECK-LABEL: wasm.func @f64x2.promote_low_f32x4 : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.promote_low_f32x4" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.promote_low_f32x4 (param v128) (result v128)
    local.get 0
    f64x2.promote_low_f32x4)

  ;; CHECK-LABEL: wasm.func @f64x2.convert_low_i32x4_s : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.convert_low_i32x4_s" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.convert_low_i32x4_s (param v128) (result v128)
    local.get 0
    f64x2.convert_low_i32x4_s)

  ;; CHECK-LABEL: wasm.func @f64x2.ne : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.ne" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.ne (param v128 v128) (result v128)
    local.get 0 local.get 1
    f64x2.ne)

  ;; CHECK-LABEL: wasm.func @v128.and : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "v128.and" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $v128.and (param v128 v128) (result v128)
    local.get 0 local.get 1
    v128.and)

  ;; CHECK-LABEL: wasm.func @v128.andnot : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "v128.andnot" %[[A]], %[[B]] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $v128.andnot (param v128 v128) (result v128)
    local.get 0 local.get 1
    v128.andnot)

  ;; CHECK-LABEL: wasm.func @v128.not : (!wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "v128.not" %[[A]] : (!wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $v128.not (param v128) (result v128)
    local.get 0
    v128.not)

  ;; CHECK-LABEL: wasm.func @v128.bitselect : (!wasm.v128, !wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 2 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "v128.bitselect" %[[A]], %[[B]], %[[C]] : (!wasm.v128, !wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $v128.bitselect (param v128 v128 v128) (result v128)
    local.get 0 local.get 1 local.get 2
    v128.bitselect)

  ;; CHECK-LABEL: wasm.func @v128.any_true : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "v128.any_true" %[[A]] : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $v128.any_true (param v128) (result i32)
    local.get 0
    v128.any_true)
)
