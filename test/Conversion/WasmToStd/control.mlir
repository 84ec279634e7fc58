// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false" | FileCheck %s

// Structured control flow becomes cf branches. A block's label is its
// continuation, a loop's label its header, and values travel as block
// arguments.

// CHECK-LABEL: func.func private @w2n_f0(
// CHECK:         cf.br ^[[HEADER:.*]](%{{.*}} : i32)
// CHECK:       ^[[HEADER]](%[[I:.*]]: i32):
// CHECK:         %[[N:.*]] = arith.subi %[[I]], %{{.*}} : i32
// CHECK:         %[[NZ:.*]] = arith.cmpi ne, %[[N]], %{{.*}} : i32
// CHECK:         cf.cond_br %[[NZ]], ^[[HEADER]](%[[N]] : i32), ^[[NEXT:.*]]
// CHECK:       ^[[EXIT:.*]](%[[R:.*]]: i32):
// CHECK:         return %[[R]] : i32
// CHECK:       ^[[NEXT]]:
// CHECK:         cf.br ^[[EXIT]](%[[N]] : i32)
wasm.func @countdown : (i32) -> i32 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.loop (%0) : (i32) -> i32 {
  ^bb0(%i: i32):
    %one = wasm.const 1 : i32
    %n = wasm.sub %i, %one : i32
    %again = wasm.br_if %n, 0 (%n) : (i32) -> i32
    wasm.yield %again : i32
  }
  wasm.yield %1 : i32
}

// if/else with results; a branch out of the then arm to the block.
// CHECK-LABEL: func.func private @w2n_f1(
// CHECK:         cf.cond_br %{{.*}}, ^[[THEN:.*]], ^[[ELSE:.*]]
// CHECK:       ^[[BLOCKEND:.*]](%[[V:.*]]: i64):
// CHECK:         return %[[V]] : i64
// CHECK:       ^[[THEN]]:
// CHECK:         %[[TEN:.*]] = arith.constant 10 : i64
// CHECK:         cf.br ^[[BLOCKEND]](%[[TEN]] : i64)
// CHECK:       ^[[ELSE]]:
// CHECK:         %[[TWENTY:.*]] = arith.constant 20 : i64
// CHECK:         cf.br ^[[IFEND:.*]](%[[TWENTY]] : i64)
// CHECK:       ^[[IFEND]](%[[W:.*]]: i64):
// CHECK:         cf.br ^[[BLOCKEND]](%[[W]] : i64)
wasm.func @ifelse : (i32) -> i64 {
  %c = wasm.local.get 0 : i32
  %r = wasm.block : () -> i64 {
    %v = wasm.if %c : () -> i64 {
      %a = wasm.const 10 : i64
      wasm.br 1 (%a : i64)
    } else {
      %b = wasm.const 20 : i64
      wasm.yield %b : i64
    }
    wasm.yield %v : i64
  }
  wasm.yield %r : i64
}

// br_table becomes cf.switch; a target at the function's depth returns.
// CHECK-LABEL: func.func private @w2n_f2(
// CHECK:         cf.switch %{{.*}} : i32, [
// CHECK-NEXT:      default: ^[[RET:.*]](%{{.*}} : i32),
// CHECK-NEXT:      0: ^[[B0:.*]](%{{.*}} : i32),
// CHECK-NEXT:      1: ^[[RET]](%{{.*}} : i32)
// CHECK-NEXT:    ]
// CHECK:       ^[[B0]](%[[Y:.*]]: i32):
// CHECK-NEXT:    return %[[Y]] : i32
// CHECK:       ^[[RET]](%[[X:.*]]: i32):
// CHECK-NEXT:    return %[[X]] : i32
wasm.func @table : (i32) -> i32 {
  %r = wasm.block : () -> i32 {
    %i = wasm.local.get 0 : i32
    %k = wasm.const 7 : i32
    wasm.br_table %i [0, 1] default 1 (%k : i32)
  }
  wasm.yield %r : i32
}

// unreachable traps with kind 1.
// CHECK-LABEL: func.func private @w2n_f3(
// CHECK:         cf.br ^[[T:.*]]
// CHECK:       ^[[T]]:
// CHECK:         arith.constant 1 : i32
// CHECK:         llvm.call @w2n_trap
// CHECK-NEXT:    llvm.unreachable
wasm.func @trap : () -> () {
  wasm.unreachable
}
