;; Table instructions: table.get/set/size/grow/fill/copy/init and elem.drop.
;; table.copy names (destination, source) tables; table.init names the
;; table and then the element segment. Each instruction's operands are in
;; the binary's stack order.

;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  (table $t0 2 funcref)
  (table $t1 3 externref)
  (table $t2 2 funcref)
  (elem $e0 func $f)
  (elem $e1 externref (ref.null extern))

  ;; CHECK-LABEL: wasm.func @func_0 : (i32, !wasm.externref) -> () {
  ;; CHECK-NEXT:    %[[I:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[G:.*]] = wasm.table.get @table_0[%[[I]]] : !wasm.funcref
  ;; CHECK-NEXT:    wasm.drop %[[G]] : !wasm.funcref
  (func $f (param i32) (param externref)
    (drop (table.get $t0 (local.get 0)))

  ;; CHECK-NEXT:    %[[I:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[R:.*]] = wasm.local.get 1 : !wasm.externref
  ;; CHECK-NEXT:    wasm.table.set @table_1[%[[I]]], %[[R]] : !wasm.externref
    (table.set $t1 (local.get 0) (local.get 1))

  ;; CHECK-NEXT:    %[[S:.*]] = wasm.table.size @table_1{{$}}
  ;; CHECK-NEXT:    wasm.drop %[[S]] : i32
    (drop (table.size $t1))

  ;; CHECK-NEXT:    %[[R:.*]] = wasm.local.get 1 : !wasm.externref
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[OLD:.*]] = wasm.table.grow @table_1, %[[R]], %[[N]] : !wasm.externref
  ;; CHECK-NEXT:    wasm.drop %[[OLD]] : i32
    (drop (table.grow $t1 (local.get 1) (local.get 0)))

  ;; CHECK-NEXT:    %[[D:.*]] = wasm.local.get 0 : i32
  ;; CHECK-NEXT:    %[[V:.*]] = wasm.ref.func @func_0
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 2 : i32
  ;; CHECK-NEXT:    wasm.table.fill @table_0, %[[D]], %[[V]], %[[N]] : !wasm.funcref
    (table.fill $t0 (local.get 0) (ref.func $f) (i32.const 2))

  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 10 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.const 11 : i32
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 12 : i32
  ;; CHECK-NEXT:    wasm.table.copy @table_2, @table_0, %[[D]], %[[S]], %[[N]]{{$}}
    (table.copy $t2 $t0 (i32.const 10) (i32.const 11) (i32.const 12))

  ;; The abbreviation without table indices is table 0 to table 0.
  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 20 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.const 21 : i32
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 22 : i32
  ;; CHECK-NEXT:    wasm.table.copy @table_0, @table_0, %[[D]], %[[S]], %[[N]]{{$}}
    (table.copy (i32.const 20) (i32.const 21) (i32.const 22))

  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 30 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.const 31 : i32
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 32 : i32
  ;; CHECK-NEXT:    wasm.table.init @table_2, @elem_0, %[[D]], %[[S]], %[[N]]{{$}}
    (table.init $t2 $e0 (i32.const 30) (i32.const 31) (i32.const 32))

  ;; CHECK-NEXT:    %[[D:.*]] = wasm.const 40 : i32
  ;; CHECK-NEXT:    %[[S:.*]] = wasm.const 41 : i32
  ;; CHECK-NEXT:    %[[N:.*]] = wasm.const 42 : i32
  ;; CHECK-NEXT:    wasm.table.init @table_1, @elem_1, %[[D]], %[[S]], %[[N]]{{$}}
    (table.init $t1 $e1 (i32.const 40) (i32.const 41) (i32.const 42))

  ;; CHECK-NEXT:    wasm.elem.drop @elem_1
  ;; CHECK-NEXT:    wasm.elem.drop @elem_0
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
    (elem.drop $e1)
    (elem.drop $e0))
)
