;; With a name section (wat2wasm --debug-names), the module name becomes the
;; builtin.module's symbol name and function names become the symbols of
;; wasm.func and wasm.import_func. Symbol references (calls, exports,
;; ref.func, the start function) use them too. Names that are not valid
;; bare identifiers are printed quoted. An unnamed function whose fallback
;; name func_N was already taken by a name-section name gets func_N_1.
;; Local names are accepted; locals are still addressed by index.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

;; CHECK-LABEL: module @the_module {
(module $the_module
  ;; CHECK: wasm.import_func @log from "env" "log" : (i32) -> ()
  (import "env" "log" (func $log (param i32)))

  ;; Function 1 is named like the fallback name of function 3.
  ;; CHECK-LABEL: wasm.func @func_3 : (i32) -> () locals [i64] {
  ;; CHECK-NEXT:    %[[X:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    wasm.call @log(%[[X]]) : (i32) -> ()
  (func $func_3 (export "f") (param $x i32) (local $tmp i64)
    local.get $x
    call $log)

  ;; CHECK-LABEL: wasm.func @"my-func.v2" : () -> () {
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    wasm.call @func_3(%[[C]]) : (i32) -> ()
  ;; CHECK-NEXT:    wasm.call @func_3_1() : () -> ()
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.ref.func @log
  (func $my-func.v2
    i32.const 1
    call $func_3
    call 3
    ref.func $log
    drop)

  ;; CHECK-LABEL: wasm.func @func_3_1 : () -> () {
  (func)

  ;; CHECK-LABEL: wasm.func @_start : () -> () {
  (func $_start)
  (start $_start)
  (elem declare func $log)

  ;; CHECK: wasm.export "f" func @func_3
  ;; CHECK: wasm.start @_start
  ;; CHECK: wasm.elem @elem_0 declarative : !wasm.funcref items {
  ;; CHECK-NEXT: wasm.ref.func @log
)
