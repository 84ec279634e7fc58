;; Loops whose bounds checks BoundsCheckHoisting moves before the loop
;; (explicit checks, -O2): the copy without checks runs only when the whole
;; range fits; otherwise the loop must trap at the exact access, with the
;; stores of the earlier iterations done.
(module
  (memory 1)
  ;; mem[p + 4i] = i + 1 for i in [0, n)
  (func (export "fill") (param $p i32) (param $n i32)
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))
                   (i32.add (local.get $i) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l))))
  ;; sum of mem[p + 4i] for i in [0, n)
  (func (export "sum") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s)
          (i32.load offset=8 (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
  ;; A downward loop: mem[p - 4i] = 7 for i in [0, n)
  (func (export "fill_down") (param $p i32) (param $n i32)
    (local $i i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (i32.store (i32.sub (local.get $p) (i32.shl (local.get $i) (i32.const 2)))
                   (i32.const 7))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l))))
  ;; sum of mem[mem[p + 4i]] for i in [0, n): the inner address is
  ;; affine, the outer one is data, and its check stays in the loop.
  (func (export "gather") (param $p i32) (param $n i32) (result i32)
    (local $i i32) (local $s i32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.load (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $s))
  (func (export "load") (param $a i32) (result i32) (i32.load (local.get $a)))
  (func (export "store") (param $a i32) (param $v i32) (i32.store (local.get $a) (local.get $v))))

;; In bounds: the unchecked copy.
(assert_return (invoke "fill" (i32.const 0) (i32.const 16384)))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 16384))
(assert_return (invoke "sum" (i32.const 0) (i32.const 4)) (i32.const 18))

;; Crossing the end: traps at i = 3, after storing i = 0..2.
(assert_trap (invoke "fill" (i32.const 65520) (i32.const 0x7fffffff)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 65520)) (i32.const 1))
(assert_return (invoke "load" (i32.const 65528)) (i32.const 3))
(assert_return (invoke "load" (i32.const 65532)) (i32.const 4))
(assert_trap (invoke "sum" (i32.const 65520) (i32.const 3)) "out of bounds memory access")
(assert_return (invoke "sum" (i32.const 65512) (i32.const 3)) (i32.const 6))

;; The address wraps around 2^32 into low memory: Wasm computes the i32 sum,
;; so p = 0xfffffff8, n = 4 stores at 0xfffffff8 first, which is out of
;; bounds: trap at once, nothing written at 0..
(assert_return (invoke "fill" (i32.const 0) (i32.const 4)))
(assert_trap (invoke "fill" (i32.const 0xfffffff8) (i32.const 4)) "out of bounds memory access")
(assert_return (invoke "load" (i32.const 0)) (i32.const 1))

;; Downward, in bounds and crossing zero (p - 4i wraps to 0xfffffffc).
(assert_return (invoke "fill_down" (i32.const 12) (i32.const 4)))
(assert_return (invoke "load" (i32.const 0)) (i32.const 7))
(assert_trap (invoke "fill_down" (i32.const 4) (i32.const 3)) "out of bounds memory access")
;; Data-dependent addresses keep their check. mem[0..7] holds 7 0 0 0 7 0 0 0
;; (little-endian i32s) after the stores above.
(assert_return (invoke "fill" (i32.const 100) (i32.const 1)))
(assert_return (invoke "gather" (i32.const 100) (i32.const 1)) (i32.const 0x07000000))
(assert_return (invoke "store" (i32.const 200) (i32.const 65533)))
(assert_trap (invoke "gather" (i32.const 196) (i32.const 2)) "out of bounds memory access")
