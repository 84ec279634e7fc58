// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// call_indirect reads the table inline: w2n_table (elems at 0, size at 8)
// from instance slot 4, a range check, a null check, then the element's
// type id (offset 16) against this module's interned id for the type (the
// array in instance slot 7) and the element's instance (offset 8) against
// the caller's. Only when one of these fails does it call
// w2n_call_indirect_target, which traps or handles a call into another
// instance.

wasm.table @table_0 : !wasm.funcref min 2
wasm.func @func_0 : (i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  wasm.yield %0 : i32
}

// CHECK-LABEL: func.func private @w2n_f1(
// CHECK-SAME:    %[[INST:[^:]*]]: !llvm.ptr,
// CHECK:         %[[TSLOT:.*]] = llvm.getelementptr %[[INST]][32]
// CHECK:         %[[TABLES:.*]] = llvm.load %[[TSLOT]]
// CHECK:         %[[TPTR:.*]] = llvm.load %{{.*}} {{.*}}: !llvm.ptr -> !llvm.ptr
// CHECK:         %[[SIZEADDR:.*]] = llvm.getelementptr %[[TPTR]][8]
// CHECK:         %[[SIZE:.*]] = llvm.load %[[SIZEADDR]] {{.*}} -> i64
// CHECK:         %[[IDX64:.*]] = arith.extui %[[IDX:.*]] : i32 to i64
// CHECK:         %[[INRANGE:.*]] = arith.cmpi ult, %[[IDX64]], %[[SIZE]] : i64
// CHECK:         cf.cond_br %[[INRANGE]], ^[[PRESENT:.*]], ^[[SLOW:bb[0-9]+]]
// CHECK:       ^[[SLOW]]:
// CHECK:         %[[CHECKED:.*]] = llvm.call @w2n_call_indirect_target(%[[INST]], %{{.*}}, %[[IDX]], %{{.*}})
// CHECK:         cf.br ^[[JOIN:bb[0-9]+]](%[[CHECKED]] : !llvm.ptr)
// CHECK:       ^[[JOIN]](%[[FUNC:.*]]: !llvm.ptr):
// CHECK:         %[[CODE:.*]] = llvm.load %[[FUNC]]
// CHECK:         llvm.call %[[CODE]](
// CHECK:       ^[[PRESENT]]:
// CHECK:         %[[ELEMS:.*]] = llvm.load %[[TPTR]]
// CHECK:         %[[SLOT:.*]] = llvm.getelementptr %[[ELEMS]][%[[IDX64]]]
// CHECK:         %[[F:.*]] = llvm.load %[[SLOT]]
// CHECK:         %[[ISSET:.*]] = llvm.icmp "ne" %[[F]], %{{.*}}
// CHECK:         cf.cond_br %[[ISSET]], ^[[SET:.*]], ^[[SLOW]]
// CHECK:       ^[[SET]]:
// CHECK:         %[[IDSLOT:.*]] = llvm.getelementptr %[[INST]][56]
// CHECK:         %[[IDS:.*]] = llvm.load %[[IDSLOT]]
// CHECK:         %[[WANT:.*]] = llvm.load %{{.*}} {{.*}} -> i32
// CHECK:         %[[HAVEADDR:.*]] = llvm.getelementptr %[[F]][16]
// CHECK:         %[[HAVE:.*]] = llvm.load %[[HAVEADDR]] {{.*}} -> i32
// CHECK:         %[[FINSTADDR:.*]] = llvm.getelementptr %[[F]][8]
// CHECK:         %[[FINST:.*]] = llvm.load %[[FINSTADDR]]
// CHECK:         %[[SAMETYPE:.*]] = arith.cmpi eq, %[[HAVE]], %[[WANT]] : i32
// CHECK:         %[[SAMEINST:.*]] = llvm.icmp "eq" %[[FINST]], %[[INST]]
// CHECK:         %[[FAST:.*]] = arith.andi %[[SAMETYPE]], %[[SAMEINST]] : i1
// CHECK:         cf.cond_br %[[FAST]], ^[[JOIN]](%[[F]] : !llvm.ptr), ^[[SLOW]]
wasm.func @func_1 : (i32, i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : i32
  %2 = wasm.call_indirect @table_0[%1] (%0) : (i32) -> i32
  wasm.yield %2 : i32
}
