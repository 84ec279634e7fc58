// RUN: w2n-opt %s --convert-wasm-to-std="symbol-prefix=m_" | FileCheck %s

// Module definitions become code for the runtime: a describe function that
// reports them to the module builder, an init function for globals,
// segments and start, and a trampoline per function.

wasm.import_func @print from "env" "print" : (i32) -> ()
wasm.memory @mem_0 min 1 max 2
wasm.global @g : mut i32 {
  %0 = wasm.const 42 : i32
  wasm.yield %0 : i32
}
wasm.func @main : () -> () {
  %0 = wasm.global.get @g : i32
  wasm.call @print(%0) : (i32) -> ()
  wasm.yield
}
wasm.export "main" func @main
wasm.start @main
wasm.data @data_0 active memory @mem_0 "hi" offset {
  %0 = wasm.const 16 : i32
  wasm.yield %0 : i32
}

// Bodies are renamed by function index and take the instance first; the
// stack check compares the stack pointer with slot 5 (byte 40).
// CHECK-LABEL: func.func private @m_f1(%{{.*}}: !llvm.ptr)
// CHECK-SAME:    attributes {llvm.linkage = #llvm.linkage<internal>, passthrough = {{\[}}["disable-tail-calls", "true"], ["probe-stack", "inline-asm"]]}
// CHECK:         llvm.intr.stacksave
// CHECK:         llvm.getelementptr %{{.*}}[40]
// CHECK:         arith.constant 10 : i32
// The import is called through its function object (slot 3).
// CHECK:         llvm.getelementptr %{{.*}}[24]
// CHECK:         llvm.call %{{.*}}(%{{.*}}, %{{.*}}) : !llvm.ptr, (!llvm.ptr, i32) -> ()

// CHECK-LABEL: func.func private @m_f1_t(%{{.*}}: !llvm.ptr, %{{.*}}: !llvm.ptr)
// CHECK:         call @m_f1(

// CHECK-LABEL: func.func private @m_init(
// CHECK-SAME:    %[[INST:.*]]: !llvm.ptr)
// CHECK:         %[[C42:.*]] = arith.constant 42 : i32
// CHECK:         llvm.store %[[C42]]
// CHECK:         llvm.call @w2n_data_segment(%[[INST]], %{{.*}}, %{{.*}}, %{{.*}})
// CHECK:         %[[OFF:.*]] = arith.constant 16 : i32
// CHECK:         llvm.call @w2n_memory_init(%[[INST]], %{{.*}}, %[[OFF]],
// CHECK:         llvm.call @w2n_data_drop(
// CHECK:         call @m_f1(%[[INST]])

// CHECK-LABEL: func.func @m_describe(
// CHECK-SAME:    %[[MB:.*]]: !llvm.ptr)
// CHECK:         llvm.call @w2n_mb_bounds_checks(%[[MB]]
// CHECK:         llvm.call @w2n_mb_type(
// CHECK:         llvm.call @w2n_mb_import_func(
// CHECK:         constant @m_f1
// CHECK:         constant @m_f1_t
// CHECK:         llvm.call @w2n_mb_func(
// CHECK:         llvm.call @w2n_mb_memory(
// CHECK:         llvm.call @w2n_mb_global(
// CHECK:         llvm.call @w2n_mb_export_n(
// CHECK:         llvm.call @w2n_mb_segments(
// CHECK:         constant @m_init
// CHECK:         llvm.call @w2n_mb_init(
// CHECK-NOT:     wasm.
