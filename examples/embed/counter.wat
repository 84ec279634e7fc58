;; A module for the embedding example: it imports a host function and a
;; global, exports a memory, a mutable global and functions.
(module
  (import "host" "log" (func $log (param i32)))
  (import "host" "base" (global $base i32))
  (memory (export "memory") 1)
  (global $count (export "count") (mut i32) (i32.const 0))
  (func (export "bump") (param $by i32) (result i32)
    (global.set $count
      (i32.add (global.get $count) (i32.add (local.get $by) (global.get $base))))
    (call $log (global.get $count))
    (i32.store (i32.const 0) (global.get $count))
    (global.get $count))
  (func (export "divide") (param i32 i32) (result i32 i32)
    (i32.div_s (local.get 0) (local.get 1))
    (i32.rem_s (local.get 0) (local.get 1))))
