; DropUnusedInstancePass: a body whose instance argument is only passed on
; to bodies that do not use it either loses the argument. Its code moves to
; <name>.noinst, defined right after the original (trap locations map code
; addresses to the nearest registered function start below), direct calls
; (recursion, trampolines) call it, and the original stays as a wrapper for
; function objects.
; RUN: w2n-llvm-opt -passes=w2n-drop-unused-instance %s | FileCheck %s

; CHECK-LABEL: define internal i32 @w2n_f0(ptr %inst, i32 %0)
; CHECK-SAME:    #[[ATTRS:[0-9]+]] {
; CHECK-NEXT:    %[[R:.*]] = call i32 @w2n_f0.noinst(i32 %0) #[[NOINLINE:[0-9]+]]
; CHECK-NEXT:    ret i32 %[[R]]
; CHECK-NEXT:  }
; CHECK-EMPTY:
; CHECK-NEXT:  ; Function Attrs: nounwind
; CHECK-NEXT:  define internal i32 @w2n_f0.noinst(i32 %n) #[[ATTRS]] {
; CHECK:         call i32 @w2n_f0.noinst(i32 %m)
define internal i32 @w2n_f0(ptr %inst, i32 %n) #0 {
entry:
  %small = icmp ult i32 %n, 2
  br i1 %small, label %done, label %rec
rec:
  %m = sub i32 %n, 1
  %r = call i32 @w2n_f0(ptr %inst, i32 %m)
  ret i32 %r
done:
  ret i32 %n
}

; Reads the instance (a memory base, say): keeps it.
; CHECK-LABEL: define internal i32 @w2n_f1(ptr %inst, i32 %n)
; CHECK:         load i32, ptr %inst
define internal i32 @w2n_f1(ptr %inst, i32 %n) #0 {
  %v = load i32, ptr %inst
  %r = add i32 %v, %n
  ret i32 %r
}

; Passes it to a body that uses it: keeps it.
; CHECK-LABEL: define internal i32 @w2n_f2(ptr %inst, i32 %n)
; CHECK:         call i32 @w2n_f1(ptr %inst, i32 %n)
define internal i32 @w2n_f2(ptr %inst, i32 %n) #0 {
  %r = call i32 @w2n_f1(ptr %inst, i32 %n)
  ret i32 %r
}

; The trampoline calls the new body directly.
; CHECK-LABEL: define internal void @w2n_f0_t(
; CHECK:         call i32 @w2n_f0.noinst(i32 %n)
define internal void @w2n_f0_t(ptr %inst, ptr %cells) {
  %n = load i32, ptr %cells
  %r = call i32 @w2n_f0(ptr %inst, i32 %n)
  store i32 %r, ptr %cells
  ret void
}

; The runtime still gets the original's address.
@w2n_funcs = internal global [3 x ptr] [ptr @w2n_f0, ptr @w2n_f1, ptr @w2n_f2]

attributes #0 = { nounwind "disable-tail-calls"="true" }
; CHECK: attributes #[[ATTRS]] = { nounwind "disable-tail-calls"="true" }
; CHECK: attributes #[[NOINLINE]] = { noinline }
