;; Loads that must trap when any byte is out of bounds, even though only
;; part of the value (or none of it) is used. See c-trap-guard-narrow.test.
(module
  (memory 1)
  ;; An 8-byte load at 65532 reaches 4 bytes past the end.
  (func (export "low32_of_load64") (param i32) (result i32)
    local.get 0
    i64.load
    i32.wrap_i64)
  ;; A 4-byte load at 65535 reaches 3 bytes past the end.
  (func (export "low8_of_load32") (param i32) (result i32)
    local.get 0
    i32.load
    i32.const 255
    i32.and)
  ;; The value is dead once `and 0` is folded; the load must still trap.
  (func (export "and_zero") (param i32) (result i32)
    local.get 0
    i32.load
    i32.const 0
    i32.and))
