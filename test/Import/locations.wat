;; With --print-locations every op carries loc("<file>":0:<byte offset>):
;; line 0 and the decimal byte offset from the start of the file as the
;; column. Instructions that can trap, branch, call or touch memory and
;; tables point at their opcode (the offsets wasm-objdump -d prints, in
;; hex); the other instructions of a function body (constants, locals,
;; arithmetic that cannot trap) share their function's location, which keeps
;; the number of distinct locations small. Instructions of constant
;; expressions keep their own. The implicit wasm.yield of a region is at its
;; `end`,
;; functions at their code entry's size field, imports, exports, globals,
;; tables, memories and segments at their section entry, the start op at
;; the start section's function index, and the module at 0.

;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o m.wasm
;; RUN: wasm-objdump -d m.wasm | FileCheck %s --check-prefix=OBJDUMP
;; RUN: wasm2native m.wasm --emit=mlir --print-locations | FileCheck %s
;; Without the flag there are no locations.
;; RUN: wasm2native m.wasm --emit=mlir | FileCheck %s --check-prefix=NOLOC

;; The instruction offsets below, as wasm-objdump shows them.
;; OBJDUMP:      func[1] <run>:
;; OBJDUMP-NEXT:  000054: 20 00 | local.get 0
;; OBJDUMP-NEXT:  000056: 02 7f | block i32
;; OBJDUMP-NEXT:  000058: 41 01 |   i32.const 1
;; OBJDUMP-NEXT:  00005a: 0b    | end
;; OBJDUMP-NEXT:  00005b: 6a    | i32.add
;; OBJDUMP-NEXT:  00005c: 0b    | end

;; NOLOC-NOT: loc(

(module
  (import "env" "f" (func $f (param i32)))
  (table 1 funcref)
  (memory 1)
  (global (mut i32) (i32.const 7))
  (export "run" (func $run))
  (start $init)
  (elem (i32.const 0) func $run)
  (func $run (param i32) (result i32)
    local.get 0
    (block (result i32)
      i32.const 1)
    i32.add)
  (func $init
    i32.const 5
    call $f)
  (data (i32.const 0) "x")
)

;; CHECK:      module {
;; CHECK-NEXT:   wasm.import_func @func_0 from "env" "f" : (i32) -> () loc([[IMPORT:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.memory @mem_0 min 1 loc([[MEMORY:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.table @table_0 : !wasm.funcref min 1 loc([[TABLE:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.global @global_0 : mut i32 {
;; CHECK-NEXT:     wasm.const 7 : i32 loc([[GCONST:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.yield %{{.*}} : i32 loc([[GEND:#loc[0-9]+]])
;; CHECK-NEXT:   } loc([[GLOBAL:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.func @func_1 : (i32) -> i32 {
;; CHECK-NEXT:     wasm.local.get 0 : i32 loc([[GET:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.block : () -> i32 {
;; CHECK-NEXT:       wasm.const 1 : i32 loc([[GET]])
;; CHECK-NEXT:       wasm.yield %{{.*}} : i32 loc([[BLOCKEND:#loc[0-9]+]])
;; CHECK-NEXT:     } loc([[BLOCK:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.add %{{.*}}, %{{.*}} : i32 loc([[GET]])
;; CHECK-NEXT:     wasm.yield %{{.*}} : i32 loc([[FUNCEND:#loc[0-9]+]])
;; CHECK-NEXT:   } loc([[GET]])
;; CHECK-NEXT:   wasm.func @func_2 : () -> () {
;; CHECK-NEXT:     wasm.const 5 : i32 loc([[CONST5:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.call @func_0(%{{.*}}) : (i32) -> () loc([[CALL:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.yield loc([[FUNC2END:#loc[0-9]+]])
;; CHECK-NEXT:   } loc([[CONST5]])
;; CHECK-NEXT:   wasm.export "run" func @func_1 loc([[EXPORT:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.start @func_2 loc([[START:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.elem @elem_0 active table @table_0 : !wasm.funcref offset {
;; CHECK-NEXT:     wasm.const 0 : i32 loc([[EOFF:#loc[0-9]+]])
;; CHECK:        } loc([[ELEM:#loc[0-9]+]])
;; CHECK-NEXT:   wasm.data @data_0 active memory @mem_0 "x" offset {
;; CHECK-NEXT:     wasm.const 0 : i32 loc([[DOFF:#loc[0-9]+]])
;; CHECK-NEXT:     wasm.yield %{{.*}} : i32 loc({{#loc[0-9]+}})
;; CHECK-NEXT:   } loc([[DATA:#loc[0-9]+]])
;; CHECK-NEXT: } loc([[MODULE:#loc[0-9]*]])

;; CHECK-DAG: [[MODULE]] = loc("m.wasm":0:0)
;; Import entry at 0x1a, table entry at 0x2a, memory entry at 0x30.
;; CHECK-DAG: [[IMPORT]] = loc("m.wasm":0:26)
;; CHECK-DAG: [[TABLE]] = loc("m.wasm":0:42)
;; CHECK-DAG: [[MEMORY]] = loc("m.wasm":0:48)
;; Global entry at 0x35, its i32.const at 0x37 and end at 0x39.
;; CHECK-DAG: [[GLOBAL]] = loc("m.wasm":0:53)
;; CHECK-DAG: [[GCONST]] = loc("m.wasm":0:55)
;; CHECK-DAG: [[GEND]] = loc("m.wasm":0:57)
;; Export entry at 0x3d, start function index at 0x45.
;; CHECK-DAG: [[EXPORT]] = loc("m.wasm":0:61)
;; CHECK-DAG: [[START]] = loc("m.wasm":0:69)
;; Element segment at 0x49, its offset expression at 0x4a.
;; CHECK-DAG: [[ELEM]] = loc("m.wasm":0:73)
;; CHECK-DAG: [[EOFF]] = loc("m.wasm":0:74)
;; Function 1: code entry at 0x52, instructions as in OBJDUMP above.
;; local.get, i32.const and i32.add share the function's location.
;; CHECK-DAG: [[GET]] = loc("m.wasm":0:82)
;; CHECK-DAG: [[BLOCK]] = loc("m.wasm":0:86)
;; CHECK-DAG: [[BLOCKEND]] = loc("m.wasm":0:90)
;; CHECK-DAG: [[FUNCEND]] = loc("m.wasm":0:92)
;; Function 2: code entry at 0x5d (shared by its i32.const), call at 0x61,
;; end at 0x63.
;; CHECK-DAG: [[CONST5]] = loc("m.wasm":0:93)
;; CHECK-DAG: [[CALL]] = loc("m.wasm":0:97)
;; CHECK-DAG: [[FUNC2END]] = loc("m.wasm":0:99)
;; Data segment at 0x67, its offset expression at 0x68.
;; CHECK-DAG: [[DATA]] = loc("m.wasm":0:103)
;; CHECK-DAG: [[DOFF]] = loc("m.wasm":0:104)
