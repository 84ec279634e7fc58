// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Module-level definitions: imports of every kind, memories, tables,
// globals, functions, exports, the start function, and element and data
// segments in every mode.

// CHECK-LABEL: wasm.import_func @print from "env" "print" : (i32) -> ()
wasm.import_func @print from "env" "print" : (i32) -> ()

// CHECK-LABEL: wasm.import_func @multi from "env" "multi"
// CHECK-SAME:    : (i64, f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref) -> (i32, i64)
wasm.import_func @multi from "env" "multi" : (i64, f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref) -> (i32, i64)

// CHECK-LABEL: wasm.import_func @tick from "env" "tick" : () -> ()
wasm.import_func @tick from "env" "tick" : () -> ()

// CHECK-LABEL: wasm.import_global @g_imm from "env" "g" : i32{{$}}
wasm.import_global @g_imm from "env" "g" : i32

// CHECK-LABEL: wasm.import_global @g_mut from "env" "gm" : mut f64
wasm.import_global @g_mut from "env" "gm" : mut f64

// CHECK-LABEL: wasm.import_global @g_ref from "host" "ref" : !wasm.externref
wasm.import_global @g_ref from "host" "ref" : !wasm.externref

// Memory and table limits: min only, min and max, and the largest values.
// CHECK-LABEL: wasm.import_memory @imem from "env" "memory" min 1{{$}}
wasm.import_memory @imem from "env" "memory" min 1

// CHECK-LABEL: wasm.import_table @itab from "env" "table" : !wasm.funcref min 2 max 10{{$}}
wasm.import_table @itab from "env" "table" : !wasm.funcref min 2 max 10

// CHECK-LABEL: wasm.import_table @itab2 from "env" "t2" : !wasm.externref min 0{{$}}
wasm.import_table @itab2 from "env" "t2" : !wasm.externref min 0

// CHECK-LABEL: wasm.memory @mem min 0 max 65536{{$}}
wasm.memory @mem min 0 max 65536

// CHECK-LABEL: wasm.table @tab : !wasm.funcref min 4 max 4294967295{{$}}
wasm.table @tab : !wasm.funcref min 4 max 4294967295

// CHECK-LABEL: wasm.table @xtab : !wasm.externref min 0{{$}}
wasm.table @xtab : !wasm.externref min 0

// CHECK-LABEL: wasm.global @counter : mut i32 {
// CHECK-NEXT:    %[[C:.*]] = wasm.const 7 : i32
// CHECK-NEXT:    wasm.yield %[[C]] : i32
// CHECK-NEXT:  }
wasm.global @counter : mut i32 {
  %0 = wasm.const 7 : i32
  wasm.yield %0 : i32
}

// A global initialized from an imported immutable global.
// CHECK-LABEL: wasm.global @copy : i32 {
// CHECK-NEXT:    %[[G:.*]] = wasm.global.get @g_imm : i32
// CHECK-NEXT:    wasm.yield %[[G]] : i32
wasm.global @copy : i32 {
  %0 = wasm.global.get @g_imm : i32
  wasm.yield %0 : i32
}

// CHECK-LABEL: wasm.global @vec : !wasm.v128 {
// CHECK-NEXT:    %[[V:.*]] = wasm.v128.const [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
// CHECK-NEXT:    wasm.yield %[[V]] : !wasm.v128
wasm.global @vec : !wasm.v128 {
  %0 = wasm.v128.const [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
  wasm.yield %0 : !wasm.v128
}

// CHECK-LABEL: wasm.global @fref : !wasm.funcref {
// CHECK-NEXT:    %[[F:.*]] = wasm.ref.func @main
// CHECK-NEXT:    wasm.yield %[[F]] : !wasm.funcref
wasm.global @fref : !wasm.funcref {
  %0 = wasm.ref.func @main
  wasm.yield %0 : !wasm.funcref
}

// CHECK-LABEL: wasm.global @xnull : mut !wasm.externref {
// CHECK-NEXT:    %[[N:.*]] = wasm.ref.null : !wasm.externref
// CHECK-NEXT:    wasm.yield %[[N]] : !wasm.externref
wasm.global @xnull : mut !wasm.externref {
  %0 = wasm.ref.null : !wasm.externref
  wasm.yield %0 : !wasm.externref
}

// A function without parameters, results or locals.
// CHECK-LABEL: wasm.func @main : () -> () {
// CHECK-NEXT:    wasm.yield
// CHECK-NEXT:  }
wasm.func @main : () -> () {
  wasm.yield
}

// Parameters, multiple results and locals of every value type.
// CHECK-LABEL: wasm.func @locals : (i32, i64) -> (f32, f64)
// CHECK-SAME:    locals [f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref, i32] {
// CHECK-NEXT:    %[[A:.*]] = wasm.local.get 2 : f32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 3 : f64
// CHECK-NEXT:    wasm.yield %[[A]], %[[B]] : f32, f64
wasm.func @locals : (i32, i64) -> (f32, f64) locals [f32, f64, !wasm.v128, !wasm.funcref, !wasm.externref, i32] {
  %0 = wasm.local.get 2 : f32
  %1 = wasm.local.get 3 : f64
  wasm.yield %0, %1 : f32, f64
}

// Exports of every kind, naming definitions and imports.
// CHECK-LABEL: wasm.export "main" func @main
// CHECK-NEXT:  wasm.export "print" func @print
// CHECK-NEXT:  wasm.export "tab" table @tab
// CHECK-NEXT:  wasm.export "itab" table @itab
// CHECK-NEXT:  wasm.export "mem" memory @mem
// CHECK-NEXT:  wasm.export "imem" memory @imem
// CHECK-NEXT:  wasm.export "counter" global @counter
// CHECK-NEXT:  wasm.export "g" global @g_imm
// CHECK-NEXT:  wasm.export "" func @tick
// CHECK-NEXT:  wasm.export "\E2\98\83 \22q\22" func @locals
wasm.export "main" func @main
wasm.export "print" func @print
wasm.export "tab" table @tab
wasm.export "itab" table @itab
wasm.export "mem" memory @mem
wasm.export "imem" memory @imem
wasm.export "counter" global @counter
wasm.export "g" global @g_imm
wasm.export "" func @tick
wasm.export "\E2\98\83 \22q\22" func @locals

// CHECK-LABEL: wasm.start @main
wasm.start @main

// Element segments: active with function references and an offset from a
// global, passive with null and function references, declarative, empty,
// and an externref segment.
// CHECK-LABEL: wasm.elem @e_active active table @tab : !wasm.funcref offset {
// CHECK-NEXT:    %[[O:.*]] = wasm.const 1 : i32
// CHECK-NEXT:    wasm.yield %[[O]] : i32
// CHECK-NEXT:  } items {
// CHECK-NEXT:    %[[F0:.*]] = wasm.ref.func @main
// CHECK-NEXT:    %[[F1:.*]] = wasm.ref.func @print
// CHECK-NEXT:    wasm.yield %[[F0]], %[[F1]] : !wasm.funcref, !wasm.funcref
// CHECK-NEXT:  }
wasm.elem @e_active active table @tab : !wasm.funcref offset {
  %0 = wasm.const 1 : i32
  wasm.yield %0 : i32
} items {
  %0 = wasm.ref.func @main
  %1 = wasm.ref.func @print
  wasm.yield %0, %1 : !wasm.funcref, !wasm.funcref
}

// CHECK-LABEL: wasm.elem @e_imported active table @itab : !wasm.funcref offset {
// CHECK-NEXT:    %[[G:.*]] = wasm.global.get @g_imm : i32
// CHECK-NEXT:    wasm.yield %[[G]] : i32
// CHECK-NEXT:  } items {
// CHECK-NEXT:    wasm.yield
wasm.elem @e_imported active table @itab : !wasm.funcref offset {
  %0 = wasm.global.get @g_imm : i32
  wasm.yield %0 : i32
} items {
  wasm.yield
}

// CHECK-LABEL: wasm.elem @e_passive passive : !wasm.funcref items {
// CHECK-NEXT:    %[[N:.*]] = wasm.ref.null : !wasm.funcref
// CHECK-NEXT:    %[[F:.*]] = wasm.ref.func @locals
// CHECK-NEXT:    wasm.yield %[[N]], %[[F]] : !wasm.funcref, !wasm.funcref
wasm.elem @e_passive passive : !wasm.funcref items {
  %0 = wasm.ref.null : !wasm.funcref
  %1 = wasm.ref.func @locals
  wasm.yield %0, %1 : !wasm.funcref, !wasm.funcref
}

// CHECK-LABEL: wasm.elem @e_decl declarative : !wasm.funcref items {
// CHECK-NEXT:    %[[F:.*]] = wasm.ref.func @tick
// CHECK-NEXT:    wasm.yield %[[F]] : !wasm.funcref
wasm.elem @e_decl declarative : !wasm.funcref items {
  %0 = wasm.ref.func @tick
  wasm.yield %0 : !wasm.funcref
}

// CHECK-LABEL: wasm.elem @e_extern passive : !wasm.externref items {
// CHECK-NEXT:    %[[N:.*]] = wasm.ref.null : !wasm.externref
// CHECK-NEXT:    %[[G:.*]] = wasm.global.get @g_ref : !wasm.externref
// CHECK-NEXT:    wasm.yield %[[N]], %[[G]] : !wasm.externref, !wasm.externref
wasm.elem @e_extern passive : !wasm.externref items {
  %0 = wasm.ref.null : !wasm.externref
  %1 = wasm.global.get @g_ref : !wasm.externref
  wasm.yield %0, %1 : !wasm.externref, !wasm.externref
}

// CHECK-LABEL: wasm.elem @e_xactive active table @xtab : !wasm.externref offset {
// CHECK:       } items {
// CHECK-NEXT:    %[[N:.*]] = wasm.ref.null : !wasm.externref
// CHECK-NEXT:    wasm.yield %[[N]] : !wasm.externref
wasm.elem @e_xactive active table @xtab : !wasm.externref offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
} items {
  %0 = wasm.ref.null : !wasm.externref
  wasm.yield %0 : !wasm.externref
}

// Data segments: active in a defined and in an imported memory, passive,
// empty, and with bytes that need escaping.
// CHECK-LABEL: wasm.data @d_active active memory @mem "hello" offset {
// CHECK-NEXT:    %[[O:.*]] = wasm.const 16 : i32
// CHECK-NEXT:    wasm.yield %[[O]] : i32
// CHECK-NEXT:  }
wasm.data @d_active active memory @mem "hello" offset {
  %0 = wasm.const 16 : i32
  wasm.yield %0 : i32
}

// CHECK-LABEL: wasm.data @d_imported active memory @imem "\00\01\FF\0A\22" offset {
// CHECK-NEXT:    %[[G:.*]] = wasm.global.get @g_imm : i32
// CHECK-NEXT:    wasm.yield %[[G]] : i32
wasm.data @d_imported active memory @imem "\00\01\FF\0A\22" offset {
  %0 = wasm.global.get @g_imm : i32
  wasm.yield %0 : i32
}

// CHECK-LABEL: wasm.data @d_passive passive "xyz"{{$}}
wasm.data @d_passive passive "xyz"

// CHECK-LABEL: wasm.data @d_empty passive ""{{$}}
wasm.data @d_empty passive ""
