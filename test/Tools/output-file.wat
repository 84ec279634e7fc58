;; -o writes the output to the file and nothing to stdout; without -o, MLIR
;; goes to stdout; `-o -` is stdout too. An existing output file is
;; replaced.

;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o m.wasm
;; RUN: wasm2native m.wasm --emit=mlir -o out.mlir | count 0
;; RUN: FileCheck %s < out.mlir
;; RUN: wasm2native m.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native m.wasm --emit=mlir -o - | FileCheck %s
;; RUN: wasm2native m.wasm --emit=mlir --output=long.mlir | count 0
;; RUN: FileCheck %s < long.mlir
;; RUN: echo stale > old.mlir
;; RUN: wasm2native m.wasm --emit=mlir -o old.mlir
;; RUN: FileCheck %s --implicit-check-not=stale < old.mlir

;; A failing run leaves an existing output file alone.
;; RUN: printf 'junk' > bad.wasm
;; RUN: not wasm2native bad.wasm --emit=mlir -o old.mlir
;; RUN: FileCheck %s < old.mlir

;; CHECK:      module {
;; CHECK-NEXT:   wasm.func @func_0 : () -> i32 {
;; CHECK-NEXT:     %[[C:.*]] = wasm.const 42 : i32
;; CHECK-NEXT:     wasm.yield %[[C]] : i32
;; CHECK-NEXT:   }
;; CHECK-NEXT:   wasm.export "answer" func @func_0
;; CHECK-NEXT: }

(module
  (func (export "answer") (result i32)
    i32.const 42))
