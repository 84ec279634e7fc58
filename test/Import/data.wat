;; Data segments, active and passive, and the data count section (which
;; wat2wasm writes when code uses memory.init or data.drop). The bytes are
;; kept exactly, non-printable ones escaped in the string attribute.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm-objdump -h %t.wasm | FileCheck %s --check-prefix=SECTIONS
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

;; SECTIONS: DataCount start={{.*}} count: 4
;; SECTIONS: Data start={{.*}} count: 4

(module
  (import "env" "base" (global $base i32))
  (memory 1)

  ;; CHECK-LABEL: wasm.func @func_0 : () -> () {
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:    wasm.memory.init @data_1, %[[D]], %[[S]], %[[N]]{{$}}
  ;; CHECK-NEXT:    wasm.data.drop @data_1
  (func
    (memory.init 1 (i32.const 0) (i32.const 1) (i32.const 2))
    (data.drop 1))

  ;; CHECK-LABEL: wasm.data @data_0 active memory @mem_0 "hello" offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.const 16 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  }
  (data (i32.const 16) "hello")

  ;; CHECK-NEXT:  wasm.data @data_1 passive "\00\01\FF\22\\\0A"{{$}}
  (data "\00\01\ff\"\\\n")

  ;; CHECK-NEXT:  wasm.data @data_2 active memory @mem_0 "" offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.global.get @global_0 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  }
  (data (global.get $base) "")

  ;; CHECK-NEXT:  wasm.data @data_3 passive ""{{$}}
  ;; CHECK-NEXT: }
  (data "")
)
