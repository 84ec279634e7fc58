;; v128.storeN_lane becomes wasm.simd.store_lane with (address, vector)
;; operands, offset and alignment in bytes, and the lane index.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (memory 1)

  ;; CHECK-LABEL: wasm.func @v128.store8_lane : (i32, !wasm.v128) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store8_lane" %[[A]], %[[V]] offset 0 align 1 lane 15{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store8_lane" %[[B]], %[[W]] offset 4096 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $v128.store8_lane (param i32 v128)
    local.get 0
    local.get 1
    v128.store8_lane 15
    local.get 0
    local.get 1
    v128.store8_lane offset=4096 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.store16_lane : (i32, !wasm.v128) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store16_lane" %[[A]], %[[V]] offset 0 align 2 lane 7{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store16_lane" %[[B]], %[[W]] offset 4096 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $v128.store16_lane (param i32 v128)
    local.get 0
    local.get 1
    v128.store16_lane 7
    local.get 0
    local.get 1
    v128.store16_lane offset=4096 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.store32_lane : (i32, !wasm.v128) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store32_lane" %[[A]], %[[V]] offset 0 align 4 lane 3{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store32_lane" %[[B]], %[[W]] offset 4096 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $v128.store32_lane (param i32 v128)
    local.get 0
    local.get 1
    v128.store32_lane 3
    local.get 0
    local.get 1
    v128.store32_lane offset=4096 align=1 0)

  ;; CHECK-LABEL: wasm.func @v128.store64_lane : (i32, !wasm.v128) -> () {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store64_lane" %[[A]], %[[V]] offset 0 align 8 lane 1{{$}}
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[W:.*]] = wasm.local.get 1 : !wasm.v128
  ;; CHECK-NEXT:    wasm.simd.store_lane "v128.store64_lane" %[[B]], %[[W]] offset 4096 align 1 lane 0{{$}}
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $v128.store64_lane (param i32 v128)
    local.get 0
    local.get 1
    v128.store64_lane 1
    local.get 0
    local.get 1
    v128.store64_lane offset=4096 align=1 0)
)
