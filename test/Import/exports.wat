;; Exports of all four kinds, of defined and of imported definitions, in the
;; order of the export section. One definition may be exported under several
;; names.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (import "env" "f" (func $imp))
  (import "env" "g" (global $ig i32))
  (import "env" "t" (table $it 1 funcref))
  (func $f)
  (memory $m 1)
  (table $t 1 externref)
  (global $g (mut f32) (f32.const 0))

  (export "func" (func $f))
  (export "imported func" (func $imp))
  (export "memory" (memory $m))
  (export "table" (table $t))
  (export "imported table" (table $it))
  (export "global" (global $g))
  (export "imported global" (global $ig))
  (export "func again" (func $f))
  (export "" (func $f))
  (export "\e2\82\ac\"\\" (func $f))
)

;; CHECK-LABEL: wasm.func @func_1 : () -> () {
;; CHECK:      wasm.export "func" func @func_1
;; CHECK-NEXT: wasm.export "imported func" func @func_0
;; CHECK-NEXT: wasm.export "memory" memory @mem_0
;; CHECK-NEXT: wasm.export "table" table @table_1
;; CHECK-NEXT: wasm.export "imported table" table @table_0
;; CHECK-NEXT: wasm.export "global" global @global_1
;; CHECK-NEXT: wasm.export "imported global" global @global_0
;; CHECK-NEXT: wasm.export "func again" func @func_1
;; CHECK-NEXT: wasm.export "" func @func_1
;; CHECK-NEXT: wasm.export "\E2\82\AC\22\\" func @func_1
