;; v128.const in every text shape becomes wasm.v128.const with the 16 bytes
;; in memory (little-endian) order, printed as signed 8-bit values. Float
;; lanes keep their bits (-0, NaN payloads).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i8x16 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 127, -128, -1]
  ;; CHECK-NEXT:    wasm.yield %[[V]] : !wasm.v128
  (func $i8x16 (result v128)
    v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 127 128 255)

  ;; 0x7fff is ff 7f, 0x8000 is 00 80.
  ;; CHECK-LABEL: wasm.func @i16x8 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [1, 0, -1, -1, -1, 127, 0, -128, 52, 18, 0, 0, 0, 0, 0, 0]
  (func $i16x8 (result v128)
    v128.const i16x8 1 -1 0x7fff 0x8000 0x1234 0 0 0)

  ;; CHECK-LABEL: wasm.func @i32x4 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [120, 86, 52, 18, -1, -1, -1, -1, 0, 0, 0, -128, 1, 0, 0, 0]
  (func $i32x4 (result v128)
    v128.const i32x4 0x12345678 -1 0x80000000 1)

  ;; CHECK-LABEL: wasm.func @i64x2 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [8, 7, 6, 5, 4, 3, 2, 1, -1, -1, -1, -1, -1, -1, -1, -1]
  (func $i64x2 (result v128)
    v128.const i64x2 0x0102030405060708 -1)

  ;; 1.0 = 0x3f800000, -0.0 = 0x80000000, nan = 0x7fc00000,
  ;; -nan:0x1 = 0xff800001.
  ;; CHECK-LABEL: wasm.func @f32x4 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [0, 0, -128, 63, 0, 0, 0, -128, 0, 0, -64, 127, 1, 0, -128, -1]
  (func $f32x4 (result v128)
    v128.const f32x4 1.0 -0.0 nan -nan:0x1)

  ;; 0.5 = 0x3fe0000000000000, nan:0x1 = 0x7ff0000000000001.
  ;; CHECK-LABEL: wasm.func @f64x2 : () -> !wasm.v128 {
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [0, 0, 0, 0, 0, 0, -32, 63, 1, 0, 0, 0, 0, 0, -16, 127]
  (func $f64x2 (result v128)
    v128.const f64x2 0.5 nan:0x1)
)
