;; Element segments in all eight binary forms (the flags field 0..7; the
;; FORMS prefix checks that wat2wasm produced each of them). Function-index
;; forms (0-3) become one wasm.ref.func per index; expression forms (4-7)
;; keep each item's constant expression. Active segments name their table
;; and have an offset region.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm-objdump -x %t.wasm | FileCheck %s --check-prefix=FORMS
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

;; FORMS: segment[0] flags=0 table=0 count=2
;; FORMS: segment[1] flags=1 table=0 count=2
;; FORMS: segment[2] flags=2 table=1 count=1
;; FORMS: segment[3] flags=3 table=0 count=1
;; FORMS: segment[4] flags=4 table=0 count=2
;; FORMS: segment[5] flags=5 table=0 count=3
;; FORMS: segment[6] flags=6 table=2 count=1
;; FORMS: segment[7] flags=7 table=0 count=2
;; FORMS: segment[8] flags=0 table=0 count=0

(module
  (import "env" "g" (global $g i32))
  (table $t0 4 funcref)
  (table $t1 4 funcref)
  (table $t2 4 externref)
  (func $f)
  (func $h)

  ;; Form 0: active, table 0, function indices.
  ;; CHECK-LABEL: wasm.elem @elem_0 active table @table_0 : !wasm.funcref offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.const 0 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  } items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.func @func_1
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[B]] : !wasm.funcref, !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem (i32.const 0) func $f $h)

  ;; Form 1: passive, function indices.
  ;; CHECK-LABEL: wasm.elem @elem_1 passive : !wasm.funcref items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_1
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[B]] : !wasm.funcref, !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem func $h $f)

  ;; Form 2: active with an explicit table index, function indices.
  ;; CHECK-LABEL: wasm.elem @elem_2 active table @table_1 : !wasm.funcref offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.const 1 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  } items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    wasm.yield %[[A]] : !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem (table $t1) (i32.const 1) func $f)

  ;; Form 3: declarative, function indices.
  ;; CHECK-LABEL: wasm.elem @elem_3 declarative : !wasm.funcref items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_1
  ;; CHECK-NEXT:    wasm.yield %[[A]] : !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem declare func $h)

  ;; Form 4: active, table 0, expressions.
  ;; CHECK-LABEL: wasm.elem @elem_4 active table @table_0 : !wasm.funcref offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  } items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[B]] : !wasm.funcref, !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem (i32.const 2) funcref (ref.func $f) (ref.null func))

  ;; Form 5: passive, expressions.
  ;; CHECK-LABEL: wasm.elem @elem_5 passive : !wasm.funcref items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.func @func_1
  ;; CHECK-NEXT:    %[[C:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[B]], %[[C]] : !wasm.funcref, !wasm.funcref, !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem funcref (ref.null func) (ref.func $h) (ref.null func))

  ;; Form 6: active with an explicit table index, expressions; the offset
  ;; is a global.get.
  ;; CHECK-LABEL: wasm.elem @elem_6 active table @table_2 : !wasm.externref offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.global.get @global_0 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  } items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.null : !wasm.externref
  ;; CHECK-NEXT:    wasm.yield %[[A]] : !wasm.externref
  ;; CHECK-NEXT:  }
  (elem (table $t2) (global.get $g) externref (ref.null extern))

  ;; Form 7: declarative, expressions.
  ;; CHECK-LABEL: wasm.elem @elem_7 declarative : !wasm.funcref items {
  ;; CHECK-NEXT:    %[[A:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    %[[B:.*]] = wasm.ref.null : !wasm.funcref
  ;; CHECK-NEXT:    wasm.yield %[[A]], %[[B]] : !wasm.funcref, !wasm.funcref
  ;; CHECK-NEXT:  }
  (elem declare funcref (ref.func $f) (ref.null func))

  ;; An empty active segment yields no values.
  ;; CHECK-LABEL: wasm.elem @elem_8 active table @table_0 : !wasm.funcref offset {
  ;; CHECK-NEXT:    %[[O:.*]] = wasm.const 4 : i32
  ;; CHECK-NEXT:    wasm.yield %[[O]] : i32
  ;; CHECK-NEXT:  } items {
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (elem (i32.const 4))
)
