;; drop, select and typed select (`select (result t)`, required for
;; references). Both forms become wasm.select with (condition, true value,
;; false value) operands.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm-objdump -d %t.wasm | FileCheck %s --check-prefix=OPCODES
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

;; The untyped and typed encodings (0x1b and 0x1c) are both exercised.
;; OPCODES: 1b | select
;; OPCODES: 1c 01 7f | select i32
;; OPCODES: 1c 01 6f | select externref
;; OPCODES: 1c 01 70 | select funcref

(module
  ;; CHECK-LABEL: wasm.func @func_0 : (i32, f64, f64) -> f64 {
  ;; CHECK-NEXT:    %[[T:.*]] = wasm.local.get 1 : f64
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.local.get 2 : f64
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.select %[[C]], %[[T]], %[[F]] : f64
  ;; CHECK-NEXT:    wasm.yield %[[S]] : f64
  (func (param i32 f64 f64) (result f64)
    local.get 1
    local.get 2
    local.get 0
    select)

  ;; CHECK-LABEL: wasm.func @func_1 : (i32) -> i32 {
  ;; CHECK-NEXT:    %[[T:.*]] = wasm.const 10 : i32
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.const 20 : i32
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.select %[[C]], %[[T]], %[[F]] : i32
  ;; CHECK-NEXT:    wasm.yield %[[S]] : i32
  (func (param i32) (result i32)
    i32.const 10
    i32.const 20
    local.get 0
    select (result i32))

  ;; CHECK-LABEL: wasm.func @func_2 : (i32, !wasm.externref) -> !wasm.externref {
  ;; CHECK-NEXT:    %[[T:.*]] = wasm.local.get 1 : !wasm.externref
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.ref.null : !wasm.externref
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.select %[[C]], %[[T]], %[[F]] : !wasm.externref
  ;; CHECK-NEXT:    wasm.yield %[[S]] : !wasm.externref
  (func (param i32 externref) (result externref)
    local.get 1
    ref.null extern
    local.get 0
    select (result externref))

  ;; CHECK-LABEL: wasm.func @func_3 : (i32) -> () {
  ;; CHECK-NEXT:    %[[T:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.ref.func @func_3
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.select %[[C]], %[[T]], %[[F]] : !wasm.funcref
  ;; CHECK-NEXT:    wasm.drop %[[S]] : !wasm.funcref
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  ;; CHECK-NEXT:    wasm.drop %[[V]] : !wasm.v128
  ;; CHECK-NEXT:    wasm.yield{{$}}
  (func $f3 (param i32)
    ref.null func
    ref.func $f3
    local.get 0
    select (result funcref)
    drop
    v128.const i64x2 0 0
    drop)
  (elem declare func $f3)
)
