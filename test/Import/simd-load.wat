;; Every SIMD load other than plain v128.load (see memory-load.wat) becomes
;; wasm.simd.load named by the instruction, with offset and alignment in
;; bytes: extending loads, splat loads, zero-extending loads, and lane loads,
;; which also take the vector to insert into and a lane index. Each is shown
;; with its natural alignment and then with an offset and alignment 1.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (memory 1)

  ;; CHECK-LABEL: wasm.func @v128.load8x8_s : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load8x8_s" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load8x8_s" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load8x8_s (param i32) (result v128 v128)
    local.get 0
    v128.load8x8_s
    local.get 0
    v128.load8x8_s offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load8x8_u : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load8x8_u" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load8x8_u" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load8x8_u (param i32) (result v128 v128)
    local.get 0
    v128.load8x8_u
    local.get 0
    v128.load8x8_u offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load16x4_s : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load16x4_s" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load16x4_s" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load16x4_s (param i32) (result v128 v128)
    local.get 0
    v128.load16x4_s
    local.get 0
    v128.load16x4_s offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load16x4_u : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load16x4_u" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load16x4_u" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load16x4_u (param i32) (result v128 v128)
    local.get 0
    v128.load16x4_u
    local.get 0
    v128.load16x4_u offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load32x2_s : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load32x2_s" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load32x2_s" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load32x2_s (param i32) (result v128 v128)
    local.get 0
    v128.load32x2_s
    local.get 0
    v128.load32x2_s offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load32x2_u : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load32x2_u" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load32x2_u" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load32x2_u (param i32) (result v128 v128)
    local.get 0
    v128.load32x2_u
    local.get 0
    v128.load32x2_u offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load8_splat : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load8_splat" %[[A]] offset 0 align 1{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load8_splat" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load8_splat (param i32) (result v128 v128)
    local.get 0
    v128.load8_splat
    local.get 0
    v128.load8_splat offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load16_splat : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load16_splat" %[[A]] offset 0 align 2{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load16_splat" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load16_splat (param i32) (result v128 v128)
    local.get 0
    v128.load16_splat
    local.get 0
    v128.load16_splat offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load32_splat : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load32_splat" %[[A]] offset 0 align 4{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load32_splat" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load32_splat (param i32) (result v128 v128)
    local.get 0
    v128.load32_splat
    local.get 0
    v128.load32_splat offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load64_splat : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load64_splat" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load64_splat" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load64_splat (param i32) (result v128 v128)
    local.get 0
    v128.load64_splat
    local.get 0
    v128.load64_splat offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load32_zero : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load32_zero" %[[A]] offset 0 align 4{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load32_zero" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load32_zero (param i32) (result v128 v128)
    local.get 0
    v128.load32_zero
    local.get 0
    v128.load32_zero offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load64_zero : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load64_zero" %[[A]] offset 0 align 8{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load64_zero" %[[B]] offset 100 align 1{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load64_zero (param i32) (result v128 v128)
    local.get 0
    v128.load64_zero
    local.get 0
    v128.load64_zero offset=100 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load8_lane : (i32, !wasm.v128) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load8_lane" %[[A]], %[[V]] offset 0 align 1 lane 15{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load8_lane" %[[B]], %[[W]] offset 100 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load8_lane (param i32 v128) (result v128 v128)
    local.get 0
    local.get 1
    v128.load8_lane 15
    local.get 0
    local.get 1
    v128.load8_lane offset=100 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.load16_lane : (i32, !wasm.v128) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load16_lane" %[[A]], %[[V]] offset 0 align 2 lane 7{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load16_lane" %[[B]], %[[W]] offset 100 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load16_lane (param i32 v128) (result v128 v128)
    local.get 0
    local.get 1
    v128.load16_lane 7
    local.get 0
    local.get 1
    v128.load16_lane offset=100 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.load32_lane : (i32, !wasm.v128) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load32_lane" %[[A]], %[[V]] offset 0 align 4 lane 3{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load32_lane" %[[B]], %[[W]] offset 100 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load32_lane (param i32 v128) (result v128 v128)
    local.get 0
    local.get 1
    v128.load32_lane 3
    local.get 0
    local.get 1
    v128.load32_lane offset=100 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.load64_lane : (i32, !wasm.v128) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.simd.load "v128.load64_lane" %[[A]], %[[V]] offset 0 align 8 lane 1{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.simd.load "v128.load64_lane" %[[B]], %[[W]] offset 100 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load64_lane (param i32 v128) (result v128 v128)
    local.get 0
    local.get 1
    v128.load64_lane 1
    local.get 0
    local.get 1
    v128.load64_lane offset=100 align=1 0)
)
