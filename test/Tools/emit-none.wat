;; --emit=none only decodes and validates: on a valid module it prints
;; nothing, writes no file (even with -o) and exits 0; on an invalid one it
;; reports the error and exits 1.

;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o m.wasm
;; RUN: wasm2native m.wasm --emit=none 2>&1 | count 0
;; RUN: wasm2native m.wasm --emit=none -o out.mlir 2>&1 | count 0
;; RUN: not test -e out.mlir

;; RUN: printf '\x00asm\x01\x00\x00\x00\x01\x05\x01\x60\x00\x01\x7f\x03\x02\x01\x00\x0a\x04\x01\x02\x00\x0b' > invalid.wasm
;; RUN: not wasm2native invalid.wasm --emit=none 2>&1 | FileCheck %s --match-full-lines
;; RUN: sh -c 'wasm2native invalid.wasm --emit=none 2>/dev/null; echo "exit=$?"' | FileCheck %s --check-prefix=STATUS --match-full-lines

;; (func (result i32)) with an empty body: the final end is at 0x18.
;; CHECK: invalid.wasm:0x18: error: function 0: type mismatch: expected i32, got nothing
;; STATUS: exit=1

(module
  (memory 1)
  (func (export "f") (param i32) (result i32)
    local.get 0
    i32.load))
