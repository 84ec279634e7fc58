;; Without a name section every definition gets a fallback symbol name from
;; its index: func_N, global_N, mem_N, table_N, elem_N, data_N. Function and
;; global indices count imports first.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s --implicit-check-not=ignored --implicit-check-not=first --implicit-check-not=second
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module $ignored
  (import "env" "imported" (func $imported))
  (import "env" "g" (global $g i32))
  (table $tab 2 funcref)
  (memory $mem 1)
  (global $h (mut i32) (i32.const 0))
  (func $first call $second)
  (func $second call $imported)
  (elem $e (i32.const 0) func $first $second)
  (elem $p func $first)
  (data $d (i32.const 0) "a")
  (data $q "b")
)

;; The text names ($ignored, $first, ...) are not in the binary, so neither
;; they nor a module symbol name appear.
;; CHECK:       module {
;; CHECK-NEXT:    wasm.import_func @func_0 from "env" "imported" : () -> ()
;; CHECK-NEXT:    wasm.import_global @global_0 from "env" "g" : i32
;; CHECK-NEXT:    wasm.memory @mem_0 min 1{{$}}
;; CHECK-NEXT:    wasm.table @table_0 : !wasm.funcref min 2{{$}}
;; CHECK-NEXT:    wasm.global @global_1 : mut i32 {
;; CHECK:       wasm.func @func_1 : () -> () {
;; CHECK-NEXT:    wasm.call @func_2() : () -> ()
;; CHECK:       wasm.func @func_2 : () -> () {
;; CHECK-NEXT:    wasm.call @func_0() : () -> ()
;; CHECK:       wasm.elem @elem_0 active table @table_0 : !wasm.funcref offset {
;; CHECK:       wasm.ref.func @func_1
;; CHECK:       wasm.ref.func @func_2
;; CHECK:       wasm.elem @elem_1 passive : !wasm.funcref items {
;; CHECK:       wasm.data @data_0 active memory @mem_0 "a" offset {
;; CHECK:       wasm.data @data_1 passive "b"
;; CHECK-NEXT:  }
