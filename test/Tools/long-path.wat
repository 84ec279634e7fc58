;; The file name in diagnostics and in locations is the input path exactly
;; as given, however long (a path longer than std::string's small-buffer
;; size must not come out garbled).

;; RUN: rm -rf %t && mkdir -p %t/a-directory-with-a-rather-long-name
;; RUN: printf '\x00asn\x01\x00\x00\x00' > %t/a-directory-with-a-rather-long-name/bad.wasm
;; RUN: not wasm2native %t/a-directory-with-a-rather-long-name/bad.wasm --emit=mlir 2>&1 | FileCheck %s -DDIR=%t/a-directory-with-a-rather-long-name --check-prefix=ERROR --match-full-lines
;; RUN: wat2wasm %s -o %t/a-directory-with-a-rather-long-name/module-with-a-long-name.wasm
;; RUN: wasm2native %t/a-directory-with-a-rather-long-name/module-with-a-long-name.wasm --emit=mlir --print-locations | FileCheck %s -DDIR=%t/a-directory-with-a-rather-long-name --check-prefix=LOC

;; ERROR: [[DIR]]/bad.wasm:0x0: error: magic header not detected
;; LOC: #loc = loc("[[DIR]]/module-with-a-long-name.wasm":0:0)

(module)
