;; Functions, their types and their declared locals. Parameters are not
;; block arguments: they are locals 0..n-1 read with wasm.local.get, and
;; the declared locals follow in the `locals` list, one entry per local
;; (runs of the binary's local declarations are expanded).

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; No parameters, results or locals: no `locals` keyword.
  ;; CHECK-LABEL: wasm.func @func_0 : () -> () {
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (func)

  ;; CHECK-LABEL: wasm.func @func_1 : (i32, i64, f32, f64) -> f64 {
  ;; CHECK-NEXT:    %[[P3:.*]] = wasm.local.get 3 : f64
  ;; CHECK-NEXT:    wasm.yield %[[P3]] : f64
  (func (param i32 i64 f32 f64) (result f64)
    local.get 3)

  ;; Runs of locals of every value type. wat2wasm groups equal adjacent
  ;; types into one run; the importer expands each run.
  ;; CHECK-LABEL: wasm.func @func_2 : (i32) -> (i32, i64) locals [i32, i32, i32, i64, f32, f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref, i32] {
  ;; CHECK-NEXT:    %[[L10:.*]] = wasm.local.get 10 : !wasm.externref
  ;; CHECK-NEXT:    wasm.drop %[[L10]] : !wasm.externref
  ;; CHECK-NEXT:    %[[L11:.*]] = wasm.local.get 11 : i32
  ;; CHECK-NEXT:    %[[L4:.*]] = wasm.local.get 4 : i64
  ;; CHECK-NEXT:    wasm.yield %[[L11]], %[[L4]] : i32, i64
  (func (param i32) (result i32 i64)
    (local i32 i32 i32 i64 f32 f32 f64 v128 funcref externref i32)
    local.get 10
    drop
    local.get 11
    local.get 4)

  ;; Multiple results of a function body.
  ;; CHECK-LABEL: wasm.func @func_3 : () -> (f32, !wasm.externref) {
  ;; CHECK-NEXT:    %[[F:.*]] = wasm.const 1.000000e+00 : f32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ref.null : !wasm.externref
  ;; CHECK-NEXT:    wasm.yield %[[F]], %[[R]] : f32, !wasm.externref
  ;; CHECK-NEXT:  }
  (func (result f32 externref)
    f32.const 1
    ref.null extern)
)
