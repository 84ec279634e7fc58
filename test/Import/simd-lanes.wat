;; Lane instructions: extract_lane (with _s/_u for the narrow shapes) and
;; replace_lane of every shape carry their lane index as the `lane`
;; attribute; splat of every shape; i8x16.shuffle carries its 16 lane
;; indices as the `shuffle` attribute.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i8x16.extract_lane_s : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.extract_lane_s" %[[A]] lane 15 : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i8x16.extract_lane_s (param v128) (result i32)
    local.get 0
    i8x16.extract_lane_s 15)

  ;; CHECK-LABEL: wasm.func @i8x16.extract_lane_u : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.extract_lane_u" %[[A]] lane 0 : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i8x16.extract_lane_u (param v128) (result i32)
    local.get 0
    i8x16.extract_lane_u 0)

  ;; CHECK-LABEL: wasm.func @i16x8.extract_lane_s : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.extract_lane_s" %[[A]] lane 7 : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i16x8.extract_lane_s (param v128) (result i32)
    local.get 0
    i16x8.extract_lane_s 7)

  ;; CHECK-LABEL: wasm.func @i16x8.extract_lane_u : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.extract_lane_u" %[[A]] lane 3 : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i16x8.extract_lane_u (param v128) (result i32)
    local.get 0
    i16x8.extract_lane_u 3)

  ;; CHECK-LABEL: wasm.func @i32x4.extract_lane : (!wasm.v128) -> i32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.extract_lane" %[[A]] lane 3 : (!wasm.v128) -> i32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i32
  (func $i32x4.extract_lane (param v128) (result i32)
    local.get 0
    i32x4.extract_lane 3)

  ;; CHECK-LABEL: wasm.func @i64x2.extract_lane : (!wasm.v128) -> i64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.extract_lane" %[[A]] lane 1 : (!wasm.v128) -> i64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : i64
  (func $i64x2.extract_lane (param v128) (result i64)
    local.get 0
    i64x2.extract_lane 1)

  ;; CHECK-LABEL: wasm.func @f32x4.extract_lane : (!wasm.v128) -> f32 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.extract_lane" %[[A]] lane 2 : (!wasm.v128) -> f32
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f32
  (func $f32x4.extract_lane (param v128) (result f32)
    local.get 0
    f32x4.extract_lane 2)

  ;; CHECK-LABEL: wasm.func @f64x2.extract_lane : (!wasm.v128) -> f64 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.extract_lane" %[[A]] lane 1 : (!wasm.v128) -> f64
  ;; CHECK-NEXT:    wasm.yield %[[R]] : f64
  (func $f64x2.extract_lane (param v128) (result f64)
    local.get 0
    f64x2.extract_lane 1)

  ;; CHECK-LABEL: wasm.func @i8x16.replace_lane : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.replace_lane" %[[A]], %[[B]] lane 15 : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.replace_lane (param v128 i32) (result v128)
    local.get 0 local.get 1
    i8x16.replace_lane 15)

  ;; CHECK-LABEL: wasm.func @i16x8.replace_lane : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.replace_lane" %[[A]], %[[B]] lane 7 : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.replace_lane (param v128 i32) (result v128)
    local.get 0 local.get 1
    i16x8.replace_lane 7)

  ;; CHECK-LABEL: wasm.func @i32x4.replace_lane : (!wasm.v128, i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.replace_lane" %[[A]], %[[B]] lane 3 : (!wasm.v128, i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.replace_lane (param v128 i32) (result v128)
    local.get 0 local.get 1
    i32x4.replace_lane 3)

  ;; CHECK-LABEL: wasm.func @i64x2.replace_lane : (!wasm.v128, i64) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.replace_lane" %[[A]], %[[B]] lane 1 : (!wasm.v128, i64) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.replace_lane (param v128 i64) (result v128)
    local.get 0 local.get 1
    i64x2.replace_lane 1)

  ;; CHECK-LABEL: wasm.func @f32x4.replace_lane : (!wasm.v128, f32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.replace_lane" %[[A]], %[[B]] lane 3 : (!wasm.v128, f32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.replace_lane (param v128 f32) (result v128)
    local.get 0 local.get 1
    f32x4.replace_lane 3)

  ;; CHECK-LABEL: wasm.func @f64x2.replace_lane : (!wasm.v128, f64) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.replace_lane" %[[A]], %[[B]] lane 0 : (!wasm.v128, f64) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.replace_lane (param v128 f64) (result v128)
    local.get 0 local.get 1
    f64x2.replace_lane 0)

  ;; CHECK-LABEL: wasm.func @i8x16.splat : (i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.splat" %[[A]] : (i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.splat (param i32) (result v128)
    local.get 0
    i8x16.splat)

  ;; CHECK-LABEL: wasm.func @i16x8.splat : (i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i16x8.splat" %[[A]] : (i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i16x8.splat (param i32) (result v128)
    local.get 0
    i16x8.splat)

  ;; CHECK-LABEL: wasm.func @i32x4.splat : (i32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i32x4.splat" %[[A]] : (i32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i32x4.splat (param i32) (result v128)
    local.get 0
    i32x4.splat)

  ;; CHECK-LABEL: wasm.func @i64x2.splat : (i64) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i64x2.splat" %[[A]] : (i64) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i64x2.splat (param i64) (result v128)
    local.get 0
    i64x2.splat)

  ;; CHECK-LABEL: wasm.func @f32x4.splat : (f32) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f32x4.splat" %[[A]] : (f32) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f32x4.splat (param f32) (result v128)
    local.get 0
    f32x4.splat)

  ;; CHECK-LABEL: wasm.func @f64x2.splat : (f64) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : f64
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "f64x2.splat" %[[A]] : (f64) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $f64x2.splat (param f64) (result v128)
    local.get 0
    f64x2.splat)

  ;; CHECK-LABEL: wasm.func @i8x16.shuffle : (!wasm.v128, !wasm.v128) -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.simd "i8x16.shuffle" %[[A]], %[[B]] shuffle [0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 31, 30] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[R]] : !wasm.v128
  (func $i8x16.shuffle (param v128 v128) (result v128)
    local.get 0 local.get 1
    i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 31 30)
)
