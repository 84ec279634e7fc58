// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false bounds-checks=explicit" | FileCheck %s --check-prefix=EXPLICIT
// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false bounds-checks=guard" | FileCheck %s --check-prefix=GUARD

wasm.memory @mem_0 min 1

// Memory, instance state and globals carry distinct TBAA tags so that
// stores to linear memory do not force reloads of the memory base.
// EXPLICIT-DAG: #[[MEMDESC:.*]] = #llvm.tbaa_type_desc<id = "wasm memory", members = {<#{{.*}}, 0>}>
// EXPLICIT-DAG: #[[INSTDESC:.*]] = #llvm.tbaa_type_desc<id = "wasm instance", members = {<#{{.*}}, 0>}>
// EXPLICIT-DAG: #[[MEMTAG:.*]] = #llvm.tbaa_tag<base_type = #[[MEMDESC]], access_type = #[[MEMDESC]], offset = 0>
// EXPLICIT-DAG: #[[INSTTAG:.*]] = #llvm.tbaa_tag<base_type = #[[INSTDESC]], access_type = #[[INSTDESC]], offset = 0>

// The effective address is zext(addr) + offset in 64 bits. With explicit
// checks it is compared, plus the access size, against the memory size in
// instance slot 1 (byte offset 8); the trap kind is 2.

// EXPLICIT-LABEL: func.func private @w2n_f0(
// EXPLICIT-SAME:    %[[INST:.*]]: !llvm.ptr, %[[ADDR:.*]]: i32)
// EXPLICIT:         %[[EXT:.*]] = arith.extui %{{.*}} : i32 to i64
// EXPLICIT:         %[[OFF:.*]] = arith.constant 8 : i64
// EXPLICIT:         %[[EA:.*]] = arith.addi %[[EXT]], %[[OFF]] : i64
// EXPLICIT:         %[[SIZE:.*]] = arith.constant 2 : i64
// EXPLICIT:         %[[END:.*]] = arith.addi %[[EA]], %[[SIZE]] : i64
// EXPLICIT:         %[[SLOT:.*]] = llvm.getelementptr %[[INST]][8]
// EXPLICIT:         %[[MEMSIZE:.*]] = llvm.load %[[SLOT]] {alignment = 8 : i64, tbaa = [#[[INSTTAG]]]} : !llvm.ptr -> i64
// EXPLICIT:         %[[OOB:.*]] = arith.cmpi ugt, %[[END]], %[[MEMSIZE]] : i64
// EXPLICIT:         cf.cond_br %[[OOB]], ^[[TRAP:.*]], ^[[OK:.*]]
// EXPLICIT:       ^[[TRAP]]:
// EXPLICIT:         arith.constant 2 : i32
// EXPLICIT:         llvm.call @w2n_trap
// EXPLICIT:       ^[[OK]]:
// EXPLICIT:         %[[BASE:.*]] = llvm.load %{{.*}} {alignment = 8 : i64, tbaa = [#[[INSTTAG]]]} : !llvm.ptr -> !llvm.ptr
// EXPLICIT:         %[[PTR:.*]] = llvm.getelementptr nusw|nuw %[[BASE]][%[[EA]]]
// EXPLICIT:         %[[V:.*]] = llvm.load %[[PTR]] {alignment = 1 : i64, tbaa = [#[[MEMTAG]]]} : !llvm.ptr -> i16
// EXPLICIT:         arith.extsi %[[V]] : i16 to i32

// With guard pages there is no compare: the reservation covers every
// zext(addr) + offset + size.
// GUARD-LABEL: func.func private @w2n_f0(
// GUARD-NOT:     arith.cmpi
// GUARD-NOT:     llvm.call @w2n_trap
// GUARD:         llvm.load %{{.*}} {alignment = 1 : i64, tbaa = [#{{.*}}]} : !llvm.ptr -> i16
wasm.func @load16 : (i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.load %0 offset 8 size 2 align 2 sign_extend : i32
  wasm.yield %1 : i32
}

// Narrow stores truncate the value first.
// EXPLICIT-LABEL: func.func private @w2n_f1(
// EXPLICIT:         arith.cmpi ugt
// EXPLICIT:         %[[T:.*]] = arith.trunci %{{.*}} : i64 to i8
// EXPLICIT:         llvm.store %[[T]], %{{.*}} {alignment = 1 : i64, tbaa = [#[[MEMTAG]]]} : i8, !llvm.ptr
wasm.func @store8 : (i32, i64) -> () {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : i64
  wasm.store %0, %1 offset 0 size 1 align 1 : i64
  wasm.yield
}

// memory.grow is a runtime call; memory.size reads slot 1 in pages.
// EXPLICIT-LABEL: func.func private @w2n_f2(
// EXPLICIT:         llvm.call @w2n_memory_grow(%{{.*}}, %{{.*}}) : (!llvm.ptr, i32) -> i32
// EXPLICIT:         %[[BYTES:.*]] = llvm.load %{{.*}} : !llvm.ptr -> i64
// EXPLICIT:         arith.shrui %[[BYTES]], %{{.*}} : i64
wasm.func @grow : (i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.memory.grow %0
  wasm.drop %1 : i32
  %2 = wasm.memory.size
  wasm.yield %2 : i32
}
