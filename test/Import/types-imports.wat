;; Imports of all four kinds. Imported definitions come first in their
;; index spaces and take the fallback symbol names (func_N, table_N, mem_N,
;; global_N) when the module has no name section.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (type $binop (func (param i32 i32) (result i32)))
  (type $none (func))
  (type $multi (func (param f32 f64 i64) (result f64 i32)))
  (type $refs (func (param funcref externref) (result externref)))
  (type $vec (func (param v128) (result v128)))

  (import "env" "add" (func (type $binop)))
  (import "env" "nop" (func (type $none)))
  (import "env" "multi" (func (type $multi)))
  (import "env" "refs" (func (type $refs)))
  (import "env" "vec" (func (type $vec)))
  (import "host" "table" (table 4 funcref))
  (import "host" "ext" (table 0 16 externref))
  (import "host" "memory" (memory 1 256))
  (import "host" "const" (global i32))
  (import "host" "counter" (global (mut i64)))
  (import "host" "f" (global f32))
  (import "host" "d" (global (mut f64)))
  (import "host" "r" (global externref))
  (import "" "" (func (param i32)))

  ;; A defined function after the imports takes the next index.
  (func (result i32)
    i32.const 1
    i32.const 2
    call 0)
)

;; CHECK:      module {
;; CHECK-NEXT:   wasm.import_func @func_0 from "env" "add" : (i32, i32) -> i32
;; CHECK-NEXT:   wasm.import_func @func_1 from "env" "nop" : () -> ()
;; CHECK-NEXT:   wasm.import_func @func_2 from "env" "multi" : (f32, f64, i64) -> (f64, i32)
;; CHECK-NEXT:   wasm.import_func @func_3 from "env" "refs" : (!wasm.funcref, !wasm.externref) -> !wasm.externref
;; CHECK-NEXT:   wasm.import_func @func_4 from "env" "vec" : (!wasm.v128) -> !wasm.v128
;; CHECK-NEXT:   wasm.import_table @table_0 from "host" "table" : !wasm.funcref min 4{{$}}
;; CHECK-NEXT:   wasm.import_table @table_1 from "host" "ext" : !wasm.externref min 0 max 16
;; CHECK-NEXT:   wasm.import_memory @mem_0 from "host" "memory" min 1 max 256
;; CHECK-NEXT:   wasm.import_global @global_0 from "host" "const" : i32
;; CHECK-NEXT:   wasm.import_global @global_1 from "host" "counter" : mut i64
;; CHECK-NEXT:   wasm.import_global @global_2 from "host" "f" : f32
;; CHECK-NEXT:   wasm.import_global @global_3 from "host" "d" : mut f64
;; CHECK-NEXT:   wasm.import_global @global_4 from "host" "r" : !wasm.externref
;; CHECK-NEXT:   wasm.import_func @func_5 from "" "" : (i32) -> ()
;; CHECK-LABEL:  wasm.func @func_6 : () -> i32 {
;; CHECK-NEXT:     %[[A:.*]] = wasm.const 1 : i32
;; CHECK-NEXT:     %[[B:.*]] = wasm.const 2 : i32
;; CHECK-NEXT:     %[[R:.*]] = wasm.call @func_0(%[[A]], %[[B]]) : (i32, i32) -> i32
;; CHECK-NEXT:     wasm.yield %[[R]] : i32
;; CHECK-NEXT:   }
;; CHECK-NEXT: }
