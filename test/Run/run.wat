;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasm2native run --no-cache %t.wasm --invoke add 2 -5 | FileCheck %s --check-prefix=ADD
;; ADD: -3
;; RUN: wasm2native run --no-cache %t.wasm --invoke pair 1.5 nan:0x4 | FileCheck %s --check-prefix=PAIR
;; PAIR: nan:0x4
;; PAIR-NEXT: 1.5
;; RUN: wasm2native run --no-cache %t.wasm --invoke floats | FileCheck %s --check-prefix=FLOATS
;; FLOATS: 0.1
;; FLOATS-NEXT: -0
;; FLOATS-NEXT: -inf
;; FLOATS-NEXT: -nan
;; FLOATS-NEXT: 9223372036854775807
;; Traps exit non-zero and say what and where.
;; RUN: not wasm2native run --no-cache %t.wasm --invoke div 1 0 2>&1 | FileCheck %s --check-prefix=TRAP
;; TRAP: wasm trap: integer divide by zero
;; TRAP-NEXT: in function 3 ($func_3), called from 'div'
;; RUN: not wasm2native run --no-cache --bounds-checks=guard %t.wasm --invoke load 65535 2>&1 | FileCheck %s --check-prefix=OOB
;; OOB: wasm trap: out of bounds memory access
;; RUN: not wasm2native run --no-cache -O0 %t.wasm --invoke recurse 2>&1 | FileCheck %s --check-prefix=STACK
;; STACK: wasm trap: call stack exhausted
;; With guard pages the optimised recursion has no entry check: the guard
;; page below the stack catches it, and the call must not be optimised away.
;; RUN: not wasm2native run --no-cache -O2 --bounds-checks=guard %t.wasm --invoke recurse 2>&1 | FileCheck %s --check-prefix=STACK
;; Argument errors.
;; RUN: not wasm2native run --no-cache %t.wasm --invoke add 1 2>&1 | FileCheck %s --check-prefix=ARITY
;; ARITY: error: 'add' takes 2 argument(s), got 1
;; RUN: not wasm2native run --no-cache %t.wasm --invoke add 1 x 2>&1 | FileCheck %s --check-prefix=BADARG
;; BADARG: error: argument 2 ('x') is not a valid value of its type
;; RUN: not wasm2native run --no-cache %t.wasm 2>&1 | FileCheck %s --check-prefix=NOSTART
;; NOSTART: error: no exported function '_start'
;; The cache: a second run reuses the library compiled by the first.
;; RUN: rm -rf %t.cache
;; RUN: env W2N_CACHE_DIR=%t.cache wasm2native run %t.wasm --invoke add 1 1 | FileCheck %s --check-prefix=TWO
;; RUN: ls %t.cache | FileCheck %s --check-prefix=CACHED
;; RUN: env W2N_CACHE_DIR=%t.cache wasm2native run %t.wasm --invoke add 2 2 | FileCheck %s --check-prefix=FOUR
;; TWO: 2
;; CACHED: {{^[0-9a-f]{64}\.so$}}
;; FOUR: 4
(module
  (memory 1)
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "pair") (param f32 f64) (result f64 f32) (local.get 1) (local.get 0))
  (func (export "floats") (result f64 f32 f64 f32 i64)
    (f64.const 0.1) (f32.const -0) (f64.const -inf) (f32.const -nan) (i64.const 0x7fffffffffffffff))
  (func (export "div") (param i32 i32) (result i32) (i32.div_u (local.get 0) (local.get 1)))
  (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
  (func $r (export "recurse") (call $r)))
