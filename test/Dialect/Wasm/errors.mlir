// RUN: w2n-opt %s -split-input-file -verify-diagnostics

// One case per diagnostic of the wasm dialect's verifiers.

//===----------------------------------------------------------------------===//
// Limits and definitions
//===----------------------------------------------------------------------===//

// expected-error @+1 {{'wasm.memory' op minimum 3 exceeds maximum 2}}
wasm.memory @mem min 3 max 2

// -----

// expected-error @+1 {{'wasm.memory' op minimum 65537 exceeds 65536}}
wasm.memory @mem min 65537

// -----

// expected-error @+1 {{'wasm.memory' op maximum 65537 exceeds 65536}}
wasm.memory @mem min 1 max 65537

// -----

// expected-error @+1 {{'wasm.import_memory' op maximum 100000 exceeds 65536}}
wasm.import_memory @mem from "env" "m" min 0 max 100000

// -----

// expected-error @+1 {{'wasm.import_memory' op minimum 5 exceeds maximum 4}}
wasm.import_memory @mem from "env" "m" min 5 max 4

// -----

// expected-error @+1 {{'wasm.table' op maximum 4294967296 exceeds 4294967295}}
wasm.table @tab : !wasm.funcref min 0 max 4294967296

// -----

// expected-error @+1 {{'wasm.import_table' op minimum 2 exceeds maximum 1}}
wasm.import_table @tab from "env" "t" : !wasm.externref min 2 max 1

// -----

// expected-error @+1 {{'wasm.table' op element type must be a reference type}}
wasm.table @tab : i32 min 0

// -----

// expected-error @+1 {{'wasm.import_table' op element type must be a reference type}}
wasm.import_table @tab from "env" "t" : !wasm.v128 min 0

// -----

// expected-error @+1 {{'wasm.import_global' op type must be a Wasm value type}}
wasm.import_global @g from "env" "g" : i16

// -----

// expected-error @+1 {{'wasm.global' op type must be a Wasm value type}}
wasm.global @g : index {
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.global' op initializer must not have arguments}}
wasm.global @g : i32 {
^bb0(%a: i32):
  wasm.yield %a : i32
}

// -----

wasm.global @g : i32 {
  %0 = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.add' op is not allowed in a constant expression (initializer of wasm.global)}}
  %1 = wasm.add %0, %0 : i32
  wasm.yield %1 : i32
}

// -----

wasm.global @g : i64 {
  %0 = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.yield' op initializer value must have types (i64), got (i32)}}
  wasm.yield %0 : i32
}

// -----

wasm.import_global @m from "env" "m" : mut i32
wasm.global @g : i32 {
  // expected-error @+1 {{'wasm.global.get' op constant expressions may only read immutable globals}}
  %0 = wasm.global.get @m : i32
  wasm.yield %0 : i32
}

// -----

// expected-error @+1 {{'wasm.import_func' op parameter type 'i8' is not a Wasm value type}}
wasm.import_func @f from "env" "f" : (i8) -> ()

// -----

// expected-error @+1 {{'wasm.import_func' op result type 'index' is not a Wasm value type}}
wasm.import_func @f from "env" "f" : () -> index

// -----

// expected-error @+1 {{'wasm.func' op parameter type 'f16' is not a Wasm value type}}
wasm.func @f : (f16) -> () {
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.func' op result type 'vector<4xi32>' is not a Wasm value type}}
wasm.func @f : () -> vector<4xi32> {
  wasm.unreachable
}

// -----

// expected-error @+1 {{'wasm.func' op local type 'i1' is not a Wasm value type}}
wasm.func @f : () -> () locals [i32, i1] {
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.func' op body must not have block arguments; parameters are read with wasm.local.get}}
wasm.func @f : (i32) -> () {
^bb0(%a: i32):
  wasm.yield
}

//===----------------------------------------------------------------------===//
// Exports and the start function
//===----------------------------------------------------------------------===//

// -----

wasm.global @g : i32 {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}
// expected-error @+1 {{'wasm.export' op 'g' does not name a function}}
wasm.export "g" func @g

// -----

wasm.memory @mem min 1
// expected-error @+1 {{'wasm.export' op 'mem' does not name a table}}
wasm.export "t" table @mem

// -----

wasm.table @tab : !wasm.funcref min 1
// expected-error @+1 {{'wasm.export' op 'tab' does not name a memory}}
wasm.export "m" memory @tab

// -----

wasm.import_func @f from "env" "f" : () -> ()
// expected-error @+1 {{'wasm.export' op 'f' does not name a global}}
wasm.export "g" global @f

// -----

// expected-error @+1 {{'wasm.export' op 'missing' does not name a function}}
wasm.export "x" func @missing

// -----

wasm.func @f : (i32) -> () {
  wasm.yield
}
// expected-error @+1 {{'wasm.start' op start function must have type () -> (), got '(i32) -> ()'}}
wasm.start @f

// -----

wasm.memory @mem min 1
// expected-error @+1 {{'wasm.start' op 'mem' does not name a function}}
wasm.start @mem

//===----------------------------------------------------------------------===//
// Segments
//===----------------------------------------------------------------------===//

// -----

// expected-error @+1 {{'wasm.elem' op active segment needs a table}}
wasm.elem @e active : !wasm.funcref offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
} items {
  wasm.yield
}

// -----

wasm.table @tab : !wasm.funcref min 1
// expected-error @+1 {{'wasm.elem' op only active segments have a table}}
wasm.elem @e passive table @tab : !wasm.funcref items {
  wasm.yield
}

// -----

wasm.table @tab : !wasm.funcref min 1
// expected-error @+1 {{'wasm.elem' op active segment needs an offset}}
wasm.elem @e active table @tab : !wasm.funcref items {
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.elem' op only active segments have an offset}}
wasm.elem @e declarative : !wasm.funcref offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
} items {
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.elem' op element type must be a reference type}}
wasm.elem @e passive : i32 items {
  wasm.yield
}

// -----

wasm.elem @e passive : !wasm.funcref items {
  %0 = wasm.ref.null : !wasm.externref
  // expected-error @+1 {{'wasm.yield' op element of type '!wasm.externref' in a segment of '!wasm.funcref'}}
  wasm.yield %0 : !wasm.externref
}

// -----

wasm.table @tab : !wasm.funcref min 1
wasm.elem @e active table @tab : !wasm.funcref offset {
  %0 = wasm.const 0 : i64
  // expected-error @+1 {{'wasm.yield' op offset must have types (i32), got (i64)}}
  wasm.yield %0 : i64
} items {
  wasm.yield
}

// -----

wasm.table @tab : !wasm.externref min 1
// expected-error @+1 {{'wasm.elem' op segment has type '!wasm.funcref', but table 'tab' holds '!wasm.externref'}}
wasm.elem @e active table @tab : !wasm.funcref offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
} items {
  wasm.yield
}

// -----

wasm.memory @mem min 1
// expected-error @+1 {{'wasm.elem' op 'mem' does not name a table}}
wasm.elem @e active table @mem : !wasm.funcref offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
} items {
  wasm.yield
}

// -----

wasm.elem @e passive : !wasm.funcref items {
  %0 = wasm.const 0 : i32
  // expected-error @+1 {{'wasm.local.get' op is not allowed in a constant expression (segment item of wasm.elem)}}
  %1 = wasm.local.get 0 : i32
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.data' op data segments are active or passive}}
wasm.data @d declarative "x"

// -----

// expected-error @+1 {{'wasm.data' op active segment needs a memory}}
wasm.data @d active "x" offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}

// -----

wasm.memory @mem min 1
// expected-error @+1 {{'wasm.data' op only active segments have a memory}}
wasm.data @d passive memory @mem "x"

// -----

wasm.memory @mem min 1
// expected-error @+1 {{'wasm.data' op active segment needs an offset}}
wasm.data @d active memory @mem "x"

// -----

// expected-error @+1 {{'wasm.data' op only active segments have an offset}}
wasm.data @d passive "x" offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}

// -----

wasm.memory @mem min 1
wasm.data @d active memory @mem "x" offset {
  %0 = wasm.const 0.0 : f32
  // expected-error @+1 {{'wasm.yield' op offset must have types (i32), got (f32)}}
  wasm.yield %0 : f32
}

// -----

wasm.memory @mem min 1
wasm.data @d active memory @mem "x" offset {
  %0 = wasm.memory.size
  // expected-error @-1 {{'wasm.memory.size' op is not allowed in a constant expression (offset of wasm.data)}}
  wasm.yield %0 : i32
}

// -----

wasm.table @tab : !wasm.funcref min 1
// expected-error @+1 {{'wasm.data' op 'tab' does not name a memory}}
wasm.data @d active memory @tab "x" offset {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}

//===----------------------------------------------------------------------===//
// Structured control flow
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : (i32) -> () {
  %x = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.block' op region arguments must have types (i32), got ()}}
  wasm.block (%x) : (i32) -> () {
    wasm.yield
  }
  wasm.yield
}

// -----

wasm.func @f : (i64) -> () {
  %x = wasm.local.get 0 : i64
  // expected-error @+1 {{'wasm.loop' op region arguments must have types (i64), got (i32)}}
  wasm.loop (%x) : (i64) -> () {
  ^bb0(%a: i32):
    wasm.yield
  }
  wasm.yield
}

// -----

wasm.func @f : (i32, f32) -> () {
  %c = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : f32
  // expected-error @+1 {{'wasm.if' op region arguments must have types (f32), got ()}}
  %r = wasm.if %c (%x) : (f32) -> f32 {
  ^bb0(%a: f32):
    wasm.yield %a : f32
  } else {
    %k = wasm.const 1.0 : f32
    wasm.yield %k : f32
  }
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.if' op without an else region, parameter and result types must be equal}}
  %r = wasm.if %c : () -> i32 {
    %k = wasm.const 1 : i32
    wasm.yield %k : i32
  }
  wasm.yield
}

// -----

wasm.func @f : (i32, i32) -> () {
  %c = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : i32
  // expected-error @+1 {{'wasm.if' op without an else region, parameter and result types must be equal}}
  %r = wasm.if %c (%x) : (i32) -> i64 {
  ^bb0(%a: i32):
    %e = wasm.extend_s %a : i32 to i64
    wasm.yield %e : i64
  }
  wasm.yield
}

// -----

wasm.func @f : () -> () {
  %r = wasm.block : () -> i32 {
    %k = wasm.const 1 : i64
    // expected-error @+1 {{'wasm.yield' op yielded values must have types (i32), got (i64)}}
    wasm.yield %k : i64
  }
  wasm.yield
}

// -----

wasm.func @f : () -> f64 {
  // expected-error @+1 {{'wasm.yield' op yielded values must have types (f64), got ()}}
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.yield' op unexpected parent builtin.module}}
wasm.yield

//===----------------------------------------------------------------------===//
// Branches
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : () -> () {
  wasm.block : () -> () {
    // expected-error @+1 {{'wasm.br' op branch depth exceeds the enclosing labels}}
    wasm.br 2
  }
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.br_if' op branch depth exceeds the enclosing labels}}
  wasm.br_if %c, 1 : () -> ()
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  wasm.block : () -> () {
    // expected-error @+1 {{'wasm.br_table' op branch depth exceeds the enclosing labels}}
    wasm.br_table %c [0, 3] default 0
  }
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.br_table' op branch depth exceeds the enclosing labels}}
  wasm.br_table %c [0] default 1
}

// -----

wasm.func @f : () -> () {
  %r = wasm.block : () -> i32 {
    %k = wasm.const 1.0 : f32
    // expected-error @+1 {{'wasm.br' op branch values must have types (i32), got (f32)}}
    wasm.br 0 (%k : f32)
  }
  wasm.yield
}

// -----

// A branch to a loop carries the loop's parameters, not its results.
wasm.func @f : (i32) -> () {
  %x = wasm.local.get 0 : i32
  %r = wasm.loop (%x) : (i32) -> i64 {
  ^bb0(%a: i32):
    %e = wasm.extend_u %a : i32 to i64
    // expected-error @+1 {{'wasm.br' op branch values must have types (i32), got (i64)}}
    wasm.br 0 (%e : i64)
  }
  wasm.yield
}

// -----

// A branch to the function body carries the function's results.
wasm.func @f : () -> (i32, i32) {
  %k = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.br' op branch values must have types (i32, i32), got (i32)}}
  wasm.br 0 (%k : i32)
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.br_if' op results must have the types of the branch values}}
  %r = wasm.br_if %c, 0 (%c) : (i32) -> i64
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %c = wasm.local.get 0 : i32
  %r = wasm.block : () -> i32 {
    // expected-error @+1 {{'wasm.br_if' op branch values must have types (i32), got ()}}
    wasm.br_if %c, 0 : () -> ()
    wasm.yield %c : i32
  }
  wasm.yield
}

// -----

// Every target of a br_table must take the branch values.
wasm.func @f : (i32) -> i32 {
  %c = wasm.local.get 0 : i32
  wasm.block : () -> () {
    // expected-error @+1 {{'wasm.br_table' op branch values must have types (), got (i32)}}
    wasm.br_table %c [1, 0] default 1 (%c : i32)
  }
  wasm.yield %c : i32
}

// -----

wasm.func @f : () -> i32 {
  %k = wasm.const 1 : i64
  // expected-error @+1 {{'wasm.return' op return values must have types (i32), got (i64)}}
  wasm.return %k : i64
}

// -----

// expected-error @+1 {{'wasm.return' op must be inside a wasm.func}}
wasm.return

//===----------------------------------------------------------------------===//
// Locals, globals and calls
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : (i32) -> () locals [i64] {
  // expected-error @+1 {{'wasm.local.get' op local index 2 out of range (2 locals)}}
  %0 = wasm.local.get 2 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () locals [i64] {
  // expected-error @+1 {{'wasm.local.get' op local 1 has type 'i64', not 'i32'}}
  %0 = wasm.local.get 1 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %k = wasm.const 1.0 : f64
  // expected-error @+1 {{'wasm.local.set' op local 0 has type 'i32', not 'f64'}}
  wasm.local.set 0, %k : f64
  wasm.yield
}

// -----

wasm.func @f : () -> () {
  %k = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.local.tee' op local index 0 out of range (0 locals)}}
  %t = wasm.local.tee 0, %k : i32
  wasm.yield
}

// -----

// expected-error @+1 {{'wasm.local.get' op must be inside a wasm.func}}
%0 = wasm.local.get 0 : i32

// -----

wasm.global @g : i32 {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}
wasm.func @f : () -> () {
  %k = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.global.set' op global is immutable}}
  wasm.global.set @g, %k : i32
  wasm.yield
}

// -----

wasm.import_global @g from "env" "g" : mut i64
wasm.func @f : () -> () {
  %k = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.global.set' op value must have types (i64), got (i32)}}
  wasm.global.set @g, %k : i32
  wasm.yield
}

// -----

wasm.import_global @g from "env" "g" : f32
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.global.get' op result must have types (f32), got (f64)}}
  %0 = wasm.global.get @g : f64
  wasm.yield
}

// -----

wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.global.get' op 'f' does not name a global}}
  %0 = wasm.global.get @f : i32
  wasm.yield
}

// -----

wasm.import_func @callee from "env" "c" : (i32, i64) -> f32
wasm.func @f : () -> () {
  %k = wasm.const 1 : i32
  // expected-error @+1 {{'wasm.call' op arguments must have types (i32, i64), got (i32, i32)}}
  %r = wasm.call @callee(%k, %k) : (i32, i32) -> f32
  wasm.yield
}

// -----

wasm.func @callee : () -> i32 {
  %k = wasm.const 1 : i32
  wasm.yield %k : i32
}
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.call' op results must have types (i32), got ()}}
  wasm.call @callee() : () -> ()
  wasm.yield
}

// -----

wasm.global @g : i32 {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.call' op 'g' does not name a function}}
  wasm.call @g() : () -> ()
  wasm.yield
}

// -----

wasm.table @tab : !wasm.externref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.call_indirect' op callee has type '!wasm.funcref', but table 'tab' holds '!wasm.externref'}}
  wasm.call_indirect @tab[%i] () : () -> ()
  wasm.yield
}

// -----

wasm.memory @mem min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.call_indirect' op 'mem' does not name a table}}
  wasm.call_indirect @mem[%i] () : () -> ()
  wasm.yield
}

// -----

wasm.global @g : i32 {
  %0 = wasm.const 0 : i32
  wasm.yield %0 : i32
}
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.ref.func' op 'g' does not name a function}}
  %0 = wasm.ref.func @g
  wasm.yield
}

//===----------------------------------------------------------------------===//
// Constants and conversions
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.v128.const' op needs 16 bytes, got 15}}
  %0 = wasm.v128.const [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %x = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.reinterpret' op cannot reinterpret 'i32' as 'f64'}}
  %0 = wasm.reinterpret %x : i32 to f64
  wasm.yield
}

// -----

wasm.func @f : (i64) -> () {
  %x = wasm.local.get 0 : i64
  // expected-error @+1 {{'wasm.reinterpret' op cannot reinterpret 'i64' as 'i64'}}
  %0 = wasm.reinterpret %x : i64 to i64
  wasm.yield
}

// -----

wasm.func @f : (f32) -> () {
  %x = wasm.local.get 0 : f32
  // expected-error @+1 {{'wasm.reinterpret' op cannot reinterpret 'f32' as 'f64'}}
  %0 = wasm.reinterpret %x : f32 to f64
  wasm.yield
}

//===----------------------------------------------------------------------===//
// Memory accesses
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op access size 8 does not fit type 'i32'}}
  %0 = wasm.load %p offset 0 size 8 align 8 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op access size 3 does not fit type 'i64'}}
  %0 = wasm.load %p offset 0 size 3 align 1 : i64
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op partial accesses need an integer type}}
  %0 = wasm.load %p offset 0 size 4 align 4 : f64
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op sign_extend needs a narrowing integer load}}
  %0 = wasm.load %p offset 0 size 4 align 4 sign_extend : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op alignment 8 must be a power of two at most the access size 4}}
  %0 = wasm.load %p offset 0 size 4 align 8 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op alignment 3 must be a power of two at most the access size 8}}
  %0 = wasm.load %p offset 0 size 8 align 3 : i64
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.load' op offset 4294967296 is not a 32-bit unsigned integer}}
  %0 = wasm.load %p offset 4294967296 size 4 align 4 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.store' op offset -1 is not a 32-bit unsigned integer}}
  wasm.store %p, %p offset -1 size 4 align 4 : i32
  wasm.yield
}

// -----

wasm.func @f : (i32, f32) -> () {
  %p = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : f32
  // expected-error @+1 {{'wasm.store' op partial accesses need an integer type}}
  wasm.store %p, %x offset 0 size 2 align 2 : f32
  wasm.yield
}

// -----

wasm.func @f : (i32, i64) -> () {
  %p = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : i64
  // expected-error @+1 {{'wasm.store' op alignment 4 must be a power of two at most the access size 2}}
  wasm.store %p, %x offset 0 size 2 align 4 : i64
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.store' op access size 32 does not fit type '!wasm.v128'}}
  wasm.store %p, %x offset 0 size 32 align 16 : !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.memory.init' op 'nope' does not name a data segment}}
  wasm.memory.init @nope, %p, %p, %p
  wasm.yield
}

// -----

wasm.elem @e passive : !wasm.funcref items {
  wasm.yield
}
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.data.drop' op 'e' does not name a data segment}}
  wasm.data.drop @e
  wasm.yield
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

// -----

wasm.table @tab : !wasm.funcref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.table.get' op result has type '!wasm.externref', but table 'tab' holds '!wasm.funcref'}}
  %0 = wasm.table.get @tab[%i] : !wasm.externref
  wasm.yield
}

// -----

wasm.import_table @tab from "env" "t" : !wasm.externref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  %n = wasm.ref.null : !wasm.funcref
  // expected-error @+1 {{'wasm.table.set' op value has type '!wasm.funcref', but table 'tab' holds '!wasm.externref'}}
  wasm.table.set @tab[%i], %n : !wasm.funcref
  wasm.yield
}

// -----

wasm.memory @mem min 1
wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.table.size' op 'mem' does not name a table}}
  %0 = wasm.table.size @mem
  wasm.yield
}

// -----

wasm.table @tab : !wasm.funcref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  %n = wasm.ref.null : !wasm.externref
  // expected-error @+1 {{'wasm.table.grow' op init value has type '!wasm.externref', but table 'tab' holds '!wasm.funcref'}}
  %0 = wasm.table.grow @tab, %n, %i : !wasm.externref
  wasm.yield
}

// -----

wasm.table @tab : !wasm.externref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  %n = wasm.ref.null : !wasm.funcref
  // expected-error @+1 {{'wasm.table.fill' op value has type '!wasm.funcref', but table 'tab' holds '!wasm.externref'}}
  wasm.table.fill @tab, %i, %n, %i : !wasm.funcref
  wasm.yield
}

// -----

wasm.table @ftab : !wasm.funcref min 1
wasm.table @xtab : !wasm.externref min 1
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.table.copy' op source table has type '!wasm.externref', but table 'ftab' holds '!wasm.funcref'}}
  wasm.table.copy @ftab, @xtab, %i, %i, %i
  wasm.yield
}

// -----

wasm.table @xtab : !wasm.externref min 1
wasm.elem @e passive : !wasm.funcref items {
  wasm.yield
}
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.table.init' op segment has type '!wasm.funcref', but table 'xtab' holds '!wasm.externref'}}
  wasm.table.init @xtab, @e, %i, %i, %i
  wasm.yield
}

// -----

wasm.table @tab : !wasm.funcref min 1
wasm.data @d passive "x"
wasm.func @f : (i32) -> () {
  %i = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.table.init' op 'd' does not name an element segment}}
  wasm.table.init @tab, @d, %i, %i, %i
  wasm.yield
}

// -----

wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.elem.drop' op 'f' does not name an element segment}}
  wasm.elem.drop @f
  wasm.yield
}

//===----------------------------------------------------------------------===//
// SIMD
//===----------------------------------------------------------------------===//

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op unknown SIMD instruction 'i32x4.frobnicate'}}
  %0 = wasm.simd "i32x4.frobnicate" %v : (!wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (i32, i32) -> () {
  %a = wasm.local.get 0 : i32
  // A scalar instruction is not a SIMD instruction.
  // expected-error @+1 {{'wasm.simd' op unknown SIMD instruction 'i32.add'}}
  %0 = wasm.simd "i32.add" %a, %a : (i32, i32) -> i32
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd' op 'v128.load32_splat' is a memory instruction; use wasm.load, wasm.store or wasm.simd.load}}
  %0 = wasm.simd "v128.load32_splat" %p : (i32) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : () -> () {
  // expected-error @+1 {{'wasm.simd' op use wasm.v128.const for constants}}
  %0 = wasm.simd "v128.const" : () -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op operands must have types (!wasm.v128, !wasm.v128), got (!wasm.v128)}}
  %0 = wasm.simd "i32x4.add" %v : (!wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op result must have types (i64), got (i32)}}
  %0 = wasm.simd "i64x2.extract_lane" %v lane 0 : (!wasm.v128) -> i32
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op 'i16x8.extract_lane_u' needs lane immediate}}
  %0 = wasm.simd "i16x8.extract_lane_u" %v : (!wasm.v128) -> i32
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op 'f32x4.abs' takes no lane immediate}}
  %0 = wasm.simd "f32x4.abs" %v lane 0 : (!wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op lane 16 out of range}}
  %0 = wasm.simd "i8x16.extract_lane_s" %v lane 16 : (!wasm.v128) -> i32
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128, f32) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  %x = wasm.local.get 1 : f32
  // expected-error @+1 {{'wasm.simd' op lane 4 out of range}}
  %0 = wasm.simd "f32x4.replace_lane" %v, %x lane 4 : (!wasm.v128, f32) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op lane 2 out of range}}
  %0 = wasm.simd "f64x2.extract_lane" %v lane 2 : (!wasm.v128) -> f64
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op 'i8x16.shuffle' needs shuffle immediate}}
  %0 = wasm.simd "i8x16.shuffle" %v, %v : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op 'i8x16.swizzle' takes no shuffle immediate}}
  %0 = wasm.simd "i8x16.swizzle" %v, %v shuffle [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op shuffle needs 16 lane indices}}
  %0 = wasm.simd "i8x16.shuffle" %v, %v shuffle [0, 1, 2, 3] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op shuffle lane index 32 out of range}}
  %0 = wasm.simd "i8x16.shuffle" %v, %v shuffle [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 32] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (!wasm.v128) -> () {
  %v = wasm.local.get 0 : !wasm.v128
  // expected-error @+1 {{'wasm.simd' op shuffle lane index -1 out of range}}
  %0 = wasm.simd "i8x16.shuffle" %v, %v shuffle [-1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] : (!wasm.v128, !wasm.v128) -> !wasm.v128
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op unknown SIMD instruction 'v128.load128_splat'}}
  %0 = wasm.simd.load "v128.load128_splat" %p offset 0 align 1
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // Plain v128.load is a wasm.load of !wasm.v128.
  // expected-error @+1 {{'wasm.simd.load' op 'v128.load' is not a SIMD load variant}}
  %0 = wasm.simd.load "v128.load" %p offset 0 align 16
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.load' op 'v128.store8_lane' is not a SIMD load variant}}
  %0 = wasm.simd.load "v128.store8_lane" %p, %v offset 0 align 1 lane 0
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op lane loads, and only they, take a vector and a lane}}
  %0 = wasm.simd.load "v128.load8_lane" %p offset 0 align 1 lane 0
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.load' op lane loads, and only they, take a vector and a lane}}
  %0 = wasm.simd.load "v128.load32_zero" %p, %v offset 0 align 4
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.load' op lane 8 out of range}}
  %0 = wasm.simd.load "v128.load16_lane" %p, %v offset 0 align 2 lane 8
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op alignment 16 must be a power of two at most the access size 8}}
  %0 = wasm.simd.load "v128.load16x4_u" %p offset 0 align 16
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op alignment 2 must be a power of two at most the access size 1}}
  %0 = wasm.simd.load "v128.load8_splat" %p offset 0 align 2
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op alignment 3 must be a power of two at most the access size 4}}
  %0 = wasm.simd.load "v128.load32_zero" %p offset 0 align 3
  wasm.yield
}

// -----

wasm.func @f : (i32) -> () {
  %p = wasm.local.get 0 : i32
  // expected-error @+1 {{'wasm.simd.load' op offset 4294967296 is not a 32-bit unsigned integer}}
  %0 = wasm.simd.load "v128.load64_splat" %p offset 4294967296 align 8
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op unknown SIMD instruction 'v128.store128_lane'}}
  wasm.simd.store_lane "v128.store128_lane" %p, %v offset 0 align 1 lane 0
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op 'v128.load8_lane' is not a lane store}}
  wasm.simd.store_lane "v128.load8_lane" %p, %v offset 0 align 1 lane 0
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op 'v128.store' is not a lane store}}
  wasm.simd.store_lane "v128.store" %p, %v offset 0 align 1 lane 0
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op lane 4 out of range}}
  wasm.simd.store_lane "v128.store32_lane" %p, %v offset 0 align 4 lane 4
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op alignment 16 must be a power of two at most the access size 8}}
  wasm.simd.store_lane "v128.store64_lane" %p, %v offset 0 align 16 lane 1
  wasm.yield
}

// -----

wasm.func @f : (i32, !wasm.v128) -> () {
  %p = wasm.local.get 0 : i32
  %v = wasm.local.get 1 : !wasm.v128
  // expected-error @+1 {{'wasm.simd.store_lane' op offset -8 is not a 32-bit unsigned integer}}
  wasm.simd.store_lane "v128.store8_lane" %p, %v offset -8 align 1 lane 0
  wasm.yield
}
