;; Every scalar store width, and v128.store, become wasm.store of the value
;; with the access size in bytes (the low bytes of the value are written),
;; the offset and the alignment in bytes. Operands are (address, value).

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (memory 1)

  ;; CHECK-LABEL: wasm.func @i32.store : (i32, i32) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 4 align 4 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 20 size 4 align 2 : i32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i32.store (param i32 i32)
    local.get 0
    local.get 1
    i32.store
    local.get 0
    local.get 1
    i32.store offset=20 align=2)

  ;; CHECK-LABEL: wasm.func @i64.store : (i32, i64) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 8 align 8 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 40 size 8 align 4 : i64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i64.store (param i32 i64)
    local.get 0
    local.get 1
    i64.store
    local.get 0
    local.get 1
    i64.store offset=40 align=4)

  ;; CHECK-LABEL: wasm.func @f32.store : (i32, f32) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 4 align 4 : f32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : f32
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 20 size 4 align 2 : f32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $f32.store (param i32 f32)
    local.get 0
    local.get 1
    f32.store
    local.get 0
    local.get 1
    f32.store offset=20 align=2)

  ;; CHECK-LABEL: wasm.func @f64.store : (i32, f64) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 8 align 8 : f64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 40 size 8 align 4 : f64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $f64.store (param i32 f64)
    local.get 0
    local.get 1
    f64.store
    local.get 0
    local.get 1
    f64.store offset=40 align=4)

  ;; CHECK-LABEL: wasm.func @i32.store8 : (i32, i32) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 1 align 1 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 5 size 1 align 1 : i32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i32.store8 (param i32 i32)
    local.get 0
    local.get 1
    i32.store8
    local.get 0
    local.get 1
    i32.store8 offset=5 align=1)

  ;; CHECK-LABEL: wasm.func @i32.store16 : (i32, i32) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 2 align 2 : i32
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i32
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 10 size 2 align 1 : i32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i32.store16 (param i32 i32)
    local.get 0
    local.get 1
    i32.store16
    local.get 0
    local.get 1
    i32.store16 offset=10 align=1)

  ;; CHECK-LABEL: wasm.func @i64.store8 : (i32, i64) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 1 align 1 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 5 size 1 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i64.store8 (param i32 i64)
    local.get 0
    local.get 1
    i64.store8
    local.get 0
    local.get 1
    i64.store8 offset=5 align=1)

  ;; CHECK-LABEL: wasm.func @i64.store16 : (i32, i64) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 2 align 2 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 10 size 2 align 1 : i64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i64.store16 (param i32 i64)
    local.get 0
    local.get 1
    i64.store16
    local.get 0
    local.get 1
    i64.store16 offset=10 align=1)

  ;; CHECK-LABEL: wasm.func @i64.store32 : (i32, i64) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 4 align 4 : i64
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : i64
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 20 size 4 align 2 : i64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $i64.store32 (param i32 i64)
    local.get 0
    local.get 1
    i64.store32
    local.get 0
    local.get 1
    i64.store32 offset=20 align=2)

  ;; CHECK-LABEL: wasm.func @v128.store : (i32, !wasm.v128) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.store %[[A]], %[[V]] offset 0 size 16 align 16 : !wasm.v128
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.store %[[B]], %[[W]] offset 80 size 16 align 8 : !wasm.v128
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $v128.store (param i32 v128)
    local.get 0
    local.get 1
    v128.store
    local.get 0
    local.get 1
    v128.store offset=80 align=8)
)
