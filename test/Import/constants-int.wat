;; Integer constants are bit patterns printed as signed values: the
;; unsigned spellings 0x80000000 and 0xffffffffffffffff come out negative.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @i32 : () -> () {
  ;; CHECK-NEXT:    %[[C0:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:    wasm.drop %[[C0]] : i32
  ;; CHECK-NEXT:    %[[C1:.*]] = wasm.const -1 : i32
  ;; CHECK-NEXT:    wasm.drop %[[C1]] : i32
  ;; CHECK-NEXT:    %[[C2:.*]] = wasm.const 2147483647 : i32
  ;; CHECK-NEXT:    wasm.drop %[[C2]] : i32
  ;; CHECK-NEXT:    %[[C3:.*]] = wasm.const -2147483648 : i32
  ;; CHECK-NEXT:    wasm.drop %[[C3]] : i32
  ;; CHECK-NEXT:    %[[C4:.*]] = wasm.const -1 : i32
  ;; CHECK-NEXT:    wasm.drop %[[C4]] : i32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (func $i32
    i32.const 0 drop
    i32.const -1 drop
    i32.const 0x7fffffff drop
    i32.const 0x80000000 drop
    i32.const 0xffffffff drop)

  ;; CHECK-LABEL: wasm.func @i64 : () -> () {
  ;; CHECK-NEXT:    %[[C0:.*]] = wasm.const 0 : i64
  ;; CHECK-NEXT:    wasm.drop %[[C0]] : i64
  ;; CHECK-NEXT:    %[[C1:.*]] = wasm.const -9223372036854775808 : i64
  ;; CHECK-NEXT:    wasm.drop %[[C1]] : i64
  ;; CHECK-NEXT:    %[[C2:.*]] = wasm.const 9223372036854775807 : i64
  ;; CHECK-NEXT:    wasm.drop %[[C2]] : i64
  ;; CHECK-NEXT:    %[[C3:.*]] = wasm.const -1 : i64
  ;; CHECK-NEXT:    wasm.drop %[[C3]] : i64
  ;; CHECK-NEXT:    %[[C4:.*]] = wasm.const 4294967296 : i64
  ;; CHECK-NEXT:    wasm.drop %[[C4]] : i64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (func $i64
    i64.const 0 drop
    i64.const -9223372036854775808 drop
    i64.const 0x7fffffffffffffff drop
    i64.const 0xffffffffffffffff drop
    i64.const 4294967296 drop)
)
