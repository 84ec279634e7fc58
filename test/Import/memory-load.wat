;; Every scalar load width and signedness, and v128.load, become wasm.load
;; with the access size in bytes, `sign_extend` for the _s forms, the offset
;; and the alignment in bytes (the binary stores its log2). Each load is
;; shown with its natural alignment and offset 0, then with an offset and a
;; smaller alignment.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (memory 1)

  ;; CHECK-LABEL: wasm.func @i32.load : (i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 4 align 4 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 12 size 4 align 1 : i32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i32, i32
  (func $i32.load (param i32) (result i32 i32)
    local.get 0
    i32.load
    local.get 0
    i32.load offset=12 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 8 align 8 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 4294967295 size 8 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load (param i32) (result i64 i64)
    local.get 0
    i64.load
    local.get 0
    i64.load offset=4294967295 align=1)

  ;; CHECK-LABEL: wasm.func @f32.load : (i32) -> (f32, f32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 4 align 4 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 12 size 4 align 1 : f32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : f32, f32
  (func $f32.load (param i32) (result f32 f32)
    local.get 0
    f32.load
    local.get 0
    f32.load offset=12 align=1)

  ;; CHECK-LABEL: wasm.func @f64.load : (i32) -> (f64, f64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 8 align 8 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 24 size 8 align 1 : f64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : f64, f64
  (func $f64.load (param i32) (result f64 f64)
    local.get 0
    f64.load
    local.get 0
    f64.load offset=24 align=1)

  ;; CHECK-LABEL: wasm.func @i32.load8_s : (i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 1 align 1 sign_extend : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 3 size 1 align 1 sign_extend : i32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i32, i32
  (func $i32.load8_s (param i32) (result i32 i32)
    local.get 0
    i32.load8_s
    local.get 0
    i32.load8_s offset=3 align=1)

  ;; CHECK-LABEL: wasm.func @i32.load8_u : (i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 1 align 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 3 size 1 align 1 : i32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i32, i32
  (func $i32.load8_u (param i32) (result i32 i32)
    local.get 0
    i32.load8_u
    local.get 0
    i32.load8_u offset=3 align=1)

  ;; CHECK-LABEL: wasm.func @i32.load16_s : (i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 2 align 2 sign_extend : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 6 size 2 align 1 sign_extend : i32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i32, i32
  (func $i32.load16_s (param i32) (result i32 i32)
    local.get 0
    i32.load16_s
    local.get 0
    i32.load16_s offset=6 align=1)

  ;; CHECK-LABEL: wasm.func @i32.load16_u : (i32) -> (i32, i32) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 2 align 2 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 6 size 2 align 1 : i32
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i32, i32
  (func $i32.load16_u (param i32) (result i32 i32)
    local.get 0
    i32.load16_u
    local.get 0
    i32.load16_u offset=6 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load8_s : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 1 align 1 sign_extend : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 3 size 1 align 1 sign_extend : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load8_s (param i32) (result i64 i64)
    local.get 0
    i64.load8_s
    local.get 0
    i64.load8_s offset=3 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load8_u : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 1 align 1 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 3 size 1 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load8_u (param i32) (result i64 i64)
    local.get 0
    i64.load8_u
    local.get 0
    i64.load8_u offset=3 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load16_s : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 2 align 2 sign_extend : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 6 size 2 align 1 sign_extend : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load16_s (param i32) (result i64 i64)
    local.get 0
    i64.load16_s
    local.get 0
    i64.load16_s offset=6 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load16_u : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 2 align 2 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 6 size 2 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load16_u (param i32) (result i64 i64)
    local.get 0
    i64.load16_u
    local.get 0
    i64.load16_u offset=6 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load32_s : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 4 align 4 sign_extend : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 12 size 4 align 1 sign_extend : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load32_s (param i32) (result i64 i64)
    local.get 0
    i64.load32_s
    local.get 0
    i64.load32_s offset=12 align=1)

  ;; CHECK-LABEL: wasm.func @i64.load32_u : (i32) -> (i64, i64) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 4 align 4 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 12 size 4 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : i64, i64
  (func $i64.load32_u (param i32) (result i64 i64)
    local.get 0
    i64.load32_u
    local.get 0
    i64.load32_u offset=12 align=1)

  ;; CHECK-LABEL: wasm.func @v128.load : (i32) -> (!wasm.v128, !wasm.v128) {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.load %[[A]] offset 0 size 16 align 16 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[Y:.*]] = wasm.load %[[B]] offset 48 size 16 align 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.yield %[[X]], %[[Y]] : !wasm.v128, !wasm.v128
  (func $v128.load (param i32) (result v128 v128)
    local.get 0
    v128.load
    local.get 0
    v128.load offset=48 align=1)
)
