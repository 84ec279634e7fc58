;; The start section becomes wasm.start naming the function, which may be
;; imported.

;; RUN: rm -rf %t && split-file %s %t
;; RUN: wat2wasm %t/defined.wat -o %t/defined.wasm
;; RUN: wasm2native %t/defined.wasm --emit=mlir | FileCheck %s --check-prefix=DEFINED
;; RUN: wasm2native %t/defined.wasm --emit=mlir | w2n-opt | FileCheck %s --check-prefix=DEFINED
;; RUN: wat2wasm %t/imported.wat -o %t/imported.wasm
;; RUN: wasm2native %t/imported.wasm --emit=mlir | FileCheck %s --check-prefix=IMPORTED
;; RUN: wasm2native %t/imported.wasm --emit=mlir | w2n-opt | FileCheck %s --check-prefix=IMPORTED
;; RUN: wat2wasm %t/none.wat -o %t/none.wasm
;; RUN: wasm2native %t/none.wasm --emit=mlir | FileCheck %s --check-prefix=NONE

;; DEFINED:      wasm.import_func @func_0 from "env" "g" : () -> ()
;; DEFINED:      wasm.func @func_1 : () -> () {
;; DEFINED:      wasm.func @func_2 : () -> () {
;; DEFINED:      wasm.start @func_2
;; DEFINED-NEXT: }

;; IMPORTED:      wasm.import_func @func_0 from "env" "init" : () -> ()
;; IMPORTED:      wasm.start @func_0
;; IMPORTED-NEXT: }

;; NONE:     wasm.export "main" func @func_0
;; NONE-NOT: wasm.start

;--- defined.wat
(module
  (import "env" "g" (func))
  (func)
  (func $init call 0)
  (start $init))
;--- imported.wat
(module
  (import "env" "init" (func $init))
  (func)
  (start $init))
;--- none.wat
(module
  (func (export "main")))
