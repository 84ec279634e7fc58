;; `-` reads the module from stdin; diagnostics then name the file <stdin>.

;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o m.wasm
;; RUN: wasm2native - --emit=mlir < m.wasm | FileCheck %s
;; RUN: wasm2native - --emit=none < m.wasm 2>&1 | count 0
;; RUN: printf '\x00asm\x02\x00\x00\x00' > bad.wasm
;; RUN: not wasm2native - --emit=mlir -o out.mlir < bad.wasm 2>&1 | FileCheck %s --check-prefix=ERROR --match-full-lines
;; RUN: not test -e out.mlir
;; Locations name <stdin> as well.
;; RUN: wasm2native - --emit=mlir --print-locations < m.wasm | FileCheck %s --check-prefix=LOC

;; CHECK-LABEL: wasm.func @func_0 : (f32) -> f32 {
;; CHECK:         wasm.neg %{{.*}} : f32
;; ERROR: <stdin>:0x4: error: unknown binary version
;; LOC: loc("<stdin>":0:0)

(module
  (func (param f32) (result f32)
    local.get 0
    f32.neg))
