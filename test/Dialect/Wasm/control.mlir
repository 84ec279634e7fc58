// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Structured control flow and branches: block, loop and if with and
// without parameters and results, if without else, and br, br_if,
// br_table, return and unreachable at various label depths.

// CHECK-LABEL: wasm.func @empty_block
// CHECK:         wasm.block : () -> () {
// CHECK-NEXT:      wasm.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    wasm.loop : () -> () {
// CHECK-NEXT:      wasm.yield
// CHECK-NEXT:    }
wasm.func @empty_block : () -> () {
  wasm.block : () -> () {
    wasm.yield
  }
  wasm.loop : () -> () {
    wasm.yield
  }
  wasm.yield
}

// A block with parameters and several results; the parameters are the
// entry block's arguments.
// CHECK-LABEL: wasm.func @block_params
// CHECK:         %[[X:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[Y:.*]] = wasm.local.get 1 : f64
// CHECK-NEXT:    %[[R:.*]]:2 = wasm.block(%[[X]], %[[Y]]) : (i32, f64) -> (f64, i32) {
// CHECK-NEXT:    ^bb0(%[[A:.*]]: i32, %[[B:.*]]: f64):
// CHECK-NEXT:      wasm.yield %[[B]], %[[A]] : f64, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    wasm.yield %[[R]]#0, %[[R]]#1 : f64, i32
wasm.func @block_params : (i32, f64) -> (f64, i32) {
  %x = wasm.local.get 0 : i32
  %y = wasm.local.get 1 : f64
  %r:2 = wasm.block (%x, %y) : (i32, f64) -> (f64, i32) {
  ^bb0(%a: i32, %b: f64):
    wasm.yield %b, %a : f64, i32
  }
  wasm.yield %r#0, %r#1 : f64, i32
}

// A counting loop: br_if 0 jumps back to the loop header with the loop's
// parameter, the fallthrough leaves the loop with its result.
// CHECK-LABEL: wasm.func @loop_params
// CHECK:         %[[N:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[R:.*]] = wasm.loop(%[[N]]) : (i32) -> i64 {
// CHECK-NEXT:    ^bb0(%[[I:.*]]: i32):
// CHECK-NEXT:      %[[ONE:.*]] = wasm.const 1 : i32
// CHECK-NEXT:      %[[NEXT:.*]] = wasm.sub %[[I]], %[[ONE]] : i32
// CHECK-NEXT:      %[[AGAIN:.*]] = wasm.br_if %[[NEXT]], 0(%[[NEXT]]) : (i32) -> i32
// CHECK-NEXT:      %[[EXT:.*]] = wasm.extend_u %[[AGAIN]] : i32 to i64
// CHECK-NEXT:      wasm.yield %[[EXT]] : i64
// CHECK-NEXT:    }
wasm.func @loop_params : (i32) -> i64 {
  %n = wasm.local.get 0 : i32
  %r = wasm.loop (%n) : (i32) -> i64 {
  ^bb0(%i: i32):
    %one = wasm.const 1 : i32
    %next = wasm.sub %i, %one : i32
    %again = wasm.br_if %next, 0 (%next) : (i32) -> i32
    %ext = wasm.extend_u %again : i32 to i64
    wasm.yield %ext : i64
  }
  wasm.yield %r : i64
}

// if with both arms, with parameters and results.
// CHECK-LABEL: wasm.func @if_else
// CHECK:         %[[R:.*]] = wasm.if %[[C:.*]](%[[V:.*]]) : (f32) -> f32 {
// CHECK-NEXT:    ^bb0(%[[T:.*]]: f32):
// CHECK-NEXT:      %[[NEG:.*]] = wasm.neg %[[T]] : f32
// CHECK-NEXT:      wasm.yield %[[NEG]] : f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:    ^bb0(%[[E:.*]]: f32):
// CHECK-NEXT:      wasm.yield %[[E]] : f32
// CHECK-NEXT:    }
wasm.func @if_else : (i32, f32) -> f32 {
  %c = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : f32
  %r = wasm.if %c (%v) : (f32) -> f32 {
  ^bb0(%t: f32):
    %neg = wasm.neg %t : f32
    wasm.yield %neg : f32
  } else {
  ^bb0(%e: f32):
    wasm.yield %e : f32
  }
  wasm.yield %r : f32
}

// if without else: no results, and parameters equal to results (the
// missing else passes them through).
// CHECK-LABEL: wasm.func @if_no_else
// CHECK:         wasm.if %[[C:.*]] : () -> () {
// CHECK-NEXT:      wasm.unreachable
// CHECK-NEXT:    }{{$}}
// CHECK-NEXT:    %[[R:.*]]:2 = wasm.if %[[C]](%[[A:.*]], %[[B:.*]]) : (i64, i64) -> (i64, i64) {
// CHECK-NEXT:    ^bb0(%[[X:.*]]: i64, %[[Y:.*]]: i64):
// CHECK-NEXT:      wasm.yield %[[Y]], %[[X]] : i64, i64
// CHECK-NEXT:    }{{$}}
// CHECK-NOT:     else
wasm.func @if_no_else : (i32, i64) -> (i64, i64) {
  %c = wasm.local.get 0 : i32
  %a = wasm.local.get 1 : i64
  wasm.if %c : () -> () {
    wasm.unreachable
  }
  %r:2 = wasm.if %c (%a, %a) : (i64, i64) -> (i64, i64) {
  ^bb0(%x: i64, %y: i64):
    wasm.yield %y, %x : i64, i64
  }
  wasm.yield %r#0, %r#1 : i64, i64
}

// br out of nested labels: depth 0 is the innermost label, the depth equal
// to the number of enclosing labels is the function body.
// CHECK-LABEL: wasm.func @br_depths
// CHECK:         wasm.block : () -> i32 {
// CHECK:           wasm.loop : () -> () {
// CHECK:             wasm.if %{{.*}} : () -> () {
// CHECK-NEXT:          wasm.br 0{{$}}
// CHECK-NEXT:        } else {
// CHECK-NEXT:          wasm.br 1{{$}}
// CHECK-NEXT:        }
// CHECK-NEXT:        %[[K:.*]] = wasm.const 5 : i32
// CHECK-NEXT:        wasm.br 1(%[[K]] : i32)
// CHECK-NEXT:      }
// CHECK-NEXT:      %[[F:.*]] = wasm.const 9 : i32
// CHECK-NEXT:      wasm.br 1(%[[F]] : i32)
// CHECK-NEXT:    }
wasm.func @br_depths : (i32) -> i32 {
  %c = wasm.local.get 0 : i32
  %0 = wasm.block : () -> i32 {
    wasm.loop : () -> () {
      wasm.if %c : () -> () {
        wasm.br 0
      } else {
        wasm.br 1
      }
      %k = wasm.const 5 : i32
      wasm.br 1 (%k : i32)
    }
    %f = wasm.const 9 : i32
    wasm.br 1 (%f : i32)
  }
  wasm.yield %0 : i32
}

// br to the function body carries the function's results.
// CHECK-LABEL: wasm.func @br_function
// CHECK:         wasm.br 0(%{{.*}}, %{{.*}} : i32, f32)
wasm.func @br_function : () -> (i32, f32) {
  %a = wasm.const 1 : i32
  %b = wasm.const 2.5 : f32
  wasm.br 0 (%a, %b : i32, f32)
}

// br_if without values, and br_if to the function body.
// CHECK-LABEL: wasm.func @br_if_forms
// CHECK:         wasm.block : () -> () {
// CHECK-NEXT:      wasm.br_if %[[C:.*]], 0 : () -> ()
// CHECK-NEXT:      wasm.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    %[[R:.*]] = wasm.br_if %[[C]], 0(%[[V:.*]]) : (i64) -> i64
// CHECK-NEXT:    wasm.yield %[[R]] : i64
wasm.func @br_if_forms : (i32, i64) -> i64 {
  %c = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : i64
  wasm.block : () -> () {
    wasm.br_if %c, 0 : () -> ()
    wasm.yield
  }
  %r = wasm.br_if %c, 0 (%v) : (i64) -> i64
  wasm.yield %r : i64
}

// br_table with several targets, with an empty target list, and with
// values.
// CHECK-LABEL: wasm.func @br_table_forms
// CHECK:         wasm.br_table %[[I:.*]] [0, 1, 1, 0] default 1{{$}}
// CHECK:         wasm.br_table %[[I]] [] default 0{{$}}
// CHECK:         wasm.br_table %[[I]] [1, 0] default 1(%[[V:.*]] : i32)
wasm.func @br_table_forms : (i32) -> i32 {
  %i = wasm.local.get 0 : i32
  %r = wasm.block : () -> i32 {
    wasm.block : () -> () {
      wasm.block : () -> () {
        wasm.br_table %i [0, 1, 1, 0] default 1
      }
      wasm.block : () -> () {
        wasm.br_table %i [] default 0
      }
      wasm.yield
    }
    %v = wasm.const 3 : i32
    wasm.br_table %i [1, 0] default 1 (%v : i32)
  }
  wasm.yield %r : i32
}

// return with and without values, from nested labels.
// CHECK-LABEL: wasm.func @returns
// CHECK:         wasm.block : () -> () {
// CHECK-NEXT:      wasm.loop : () -> () {
// CHECK-NEXT:        wasm.return %[[A:.*]], %[[B:.*]] : i32, !wasm.externref
// CHECK-NEXT:      }
// CHECK-NEXT:      wasm.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    wasm.return %[[A]], %[[B]] : i32, !wasm.externref
wasm.func @returns : (i32, !wasm.externref) -> (i32, !wasm.externref) {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : !wasm.externref
  wasm.block : () -> () {
    wasm.loop : () -> () {
      wasm.return %a, %b : i32, !wasm.externref
    }
    wasm.yield
  }
  wasm.return %a, %b : i32, !wasm.externref
}

// CHECK-LABEL: wasm.func @return_void
// CHECK-NEXT:    wasm.return{{$}}
wasm.func @return_void : () -> () {
  wasm.return
}

// CHECK-LABEL: wasm.func @unreachable
// CHECK-NEXT:    wasm.unreachable
wasm.func @unreachable : () -> (i32, i64) {
  wasm.unreachable
}
