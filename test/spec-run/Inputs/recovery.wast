;; A command that hangs must not hide the others: with --timeout the runner
;; records it as a failure and carries on after it (recovery.test).
(module
  (global $n (mut i32) (i32.const 0))
  (func (export "spin") (loop (br 0)))
  (func (export "bump") (result i32)
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (global.get $n)))
(assert_return (invoke "bump") (i32.const 1))
(invoke "spin")
(assert_return (invoke "bump") (i32.const 2))
(assert_return (invoke "bump") (i32.const 4))
(assert_return (invoke "bump") (i32.const 4))
