;; Memory definitions with their limits in 64 KiB pages, up to the 4 GiB
;; maximum of 65536 pages. A module has at most one memory, so each case is
;; its own module.

;; RUN: rm -rf %t && split-file %s %t
;; RUN: wat2wasm %t/min.wat -o %t/min.wasm
;; RUN: wasm2native %t/min.wasm --emit=mlir | FileCheck %s --check-prefix=MIN
;; RUN: wasm2native %t/min.wasm --emit=mlir | w2n-opt | FileCheck %s --check-prefix=MIN
;; RUN: wat2wasm %t/minmax.wat -o %t/minmax.wasm
;; RUN: wasm2native %t/minmax.wasm --emit=mlir | FileCheck %s --check-prefix=MINMAX
;; RUN: wasm2native %t/minmax.wasm --emit=mlir | w2n-opt | FileCheck %s --check-prefix=MINMAX
;; RUN: wat2wasm %t/largest.wat -o %t/largest.wasm
;; RUN: wasm2native %t/largest.wasm --emit=mlir | FileCheck %s --check-prefix=LARGEST
;; RUN: wasm2native %t/largest.wasm --emit=mlir | w2n-opt | FileCheck %s --check-prefix=LARGEST

;; MIN:      module {
;; MIN-NEXT:   wasm.memory @mem_0 min 0{{$}}
;; MIN-NEXT: }

;; MINMAX:      module {
;; MINMAX-NEXT:   wasm.memory @mem_0 min 1 max 2{{$}}
;; MINMAX-NEXT: }

;; LARGEST:      module {
;; LARGEST-NEXT:   wasm.memory @mem_0 min 65536 max 65536{{$}}
;; LARGEST-NEXT: }

;--- min.wat
(module (memory 0))
;--- minmax.wat
(module (memory 1 2))
;--- largest.wat
(module (memory 65536 65536))
