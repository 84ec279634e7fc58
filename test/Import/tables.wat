;; Table definitions: element type and limits in elements.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (table 0 funcref)
  (table 10 20 funcref)
  (table 1 externref)
  (table 0 0xffffffff externref)
)

;; CHECK:      module {
;; CHECK-NEXT:   wasm.table @table_0 : !wasm.funcref min 0{{$}}
;; CHECK-NEXT:   wasm.table @table_1 : !wasm.funcref min 10 max 20{{$}}
;; CHECK-NEXT:   wasm.table @table_2 : !wasm.externref min 1{{$}}
;; CHECK-NEXT:   wasm.table @table_3 : !wasm.externref min 0 max 4294967295{{$}}
;; CHECK-NEXT: }
