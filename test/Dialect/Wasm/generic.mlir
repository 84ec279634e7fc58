// The generic op form must round-trip too: print every round-trip test of
// this directory in generic form, parse it back, and check the custom form
// against that file's own CHECK lines.
// RUN: w2n-opt --mlir-print-op-generic %S/module.mlir | w2n-opt | FileCheck %S/module.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/control.mlir | w2n-opt | FileCheck %S/control.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/calls.mlir | w2n-opt | FileCheck %S/calls.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/variables.mlir | w2n-opt | FileCheck %S/variables.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/parametric.mlir | w2n-opt | FileCheck %S/parametric.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/reference.mlir | w2n-opt | FileCheck %S/reference.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/numeric.mlir | w2n-opt | FileCheck %S/numeric.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/memory.mlir | w2n-opt | FileCheck %S/memory.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/table.mlir | w2n-opt | FileCheck %S/table.mlir
// RUN: w2n-opt --mlir-print-op-generic %S/simd.mlir | w2n-opt | FileCheck %S/simd.mlir
//
// This file's own ops: the generic form is really printed (attributes as a
// property dictionary, regions in parentheses), and parses back.
// RUN: w2n-opt --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// RUN: w2n-opt --mlir-print-op-generic %s | w2n-opt --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: w2n-opt --mlir-print-op-generic %s | w2n-opt | FileCheck %s

// GENERIC-LABEL: "wasm.memory"() <{min = 1 : i64, sym_name = "mem"}> : () -> ()
// CHECK-LABEL:   wasm.memory @mem min 1{{$}}
wasm.memory @mem min 1

// GENERIC-LABEL: "wasm.import_global"()
// GENERIC-SAME:    <{import_name = "g", is_mutable, module_name = "env", sym_name = "g", type = i64}>
// CHECK-LABEL:   wasm.import_global @g from "env" "g" : mut i64
wasm.import_global @g from "env" "g" : mut i64

// GENERIC-LABEL: "wasm.func"() <{function_type = (i32) -> i32, locals = [!wasm.v128], sym_name = "f"}> ({
// GENERIC:         %[[C:.*]] = "wasm.local.get"() <{index = 0 : i32}> : () -> i32
// GENERIC:         "wasm.if"(%[[C]]) ({
// GENERIC:         }, {
// GENERIC-NEXT:    }) : (i32) -> ()
// GENERIC:         "wasm.load"(%[[C]]) <{align = 1 : i32, offset = 2 : i64, sign_extend, size = 1 : i32}> : (i32) -> i32
// GENERIC:         "wasm.simd"(%{{.*}}, %{{.*}}) <{opcode = "i8x16.shuffle", shuffle = array<i8: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15>}>
// GENERIC:         "wasm.simd.load"(%[[C]], %{{.*}}) <{align = 2 : i32, lane = 7 : i32, offset = 0 : i64, opcode = "v128.load16_lane"}>
// GENERIC:         "wasm.yield"(%{{.*}}) : (i32) -> ()
// CHECK-LABEL:   wasm.func @f : (i32) -> i32 locals [!wasm.v128] {
// CHECK:           wasm.if %[[C:.*]] : () -> () {
// CHECK-NEXT:        wasm.yield
// CHECK-NEXT:      }{{$}}
// CHECK-NEXT:      %{{.*}} = wasm.load %[[C]] offset 2 size 1 align 1 sign_extend : i32
// CHECK:           wasm.simd "i8x16.shuffle" {{.*}} shuffle [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]
// CHECK:           wasm.simd.load "v128.load16_lane" %[[C]], %{{.*}} offset 0 align 2 lane 7
wasm.func @f : (i32) -> i32 locals [!wasm.v128] {
  %c = wasm.local.get 0 : i32
  wasm.if %c : () -> () {
    wasm.yield
  }
  %l = wasm.load %c offset 2 size 1 align 1 sign_extend : i32
  %v = wasm.local.get 1 : !wasm.v128
  %s = wasm.simd "i8x16.shuffle" %v, %v shuffle [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  %w = wasm.simd.load "v128.load16_lane" %c, %s offset 0 align 2 lane 7
  wasm.yield %l : i32
}

// GENERIC-LABEL: "wasm.export"() <{export_name = "f", kind = 0 : i32, target = @f}> : () -> ()
// CHECK-LABEL:   wasm.export "f" func @f
wasm.export "f" func @f

// GENERIC-LABEL: "wasm.data"() <{init = "x", mode = 1 : i32, sym_name = "d"}> ({
// GENERIC-NEXT:  }) : () -> ()
// CHECK-LABEL:   wasm.data @d passive "x"{{$}}
wasm.data @d passive "x"
