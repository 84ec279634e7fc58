; BoundsCheckHoistingPass on `for (i = 0; i < n; i++) s += mem[p + 4i]`
; with an explicit check (trap kind 2) on every access: one range check in
; the preheader selects the original loop with its check removed, or a clone
; that keeps it. The i32 address may wrap, so the bound is computed in 64
; bits: zext(p) + 4 * (n - 1) + 4 <= memory size. (The loop is entered even
; for n = 0, and then runs until the access traps: that must stay so.)
; RUN: w2n-llvm-opt -passes='function(w2n-bounds-check-hoisting)' -pass-remarks=w2n-bounds-checks %s 2>%t.remarks | FileCheck %s
; RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
; REMARK: remark: <unknown>:0:0: moved 1 of 1 bounds checks out of a loop

; CHECK-LABEL: define i32 @sum(
; CHECK:       entry:
; CHECK:         %[[P:.*]] = zext i32 %p to i64
; CHECK:         %[[FITS:w2n.bc.fits]] = icmp ule i64 %{{.*}}, %size
; The trip count (n - 1 backedges, 2^64 - 1 for n = 0 here, where the loop
; runs until the access traps) is capped so the bound cannot overflow:
; CHECK:         %[[COUNT:.*]] = add nsw i64 %wide.n, -1
; CHECK:         %w2n.bc.count = icmp ule i64 %[[COUNT]], 1152921504606846976
; CHECK:         %[[BOTH:.*]] = and i1 %[[FITS]], %w2n.bc.count
; CHECK:         br i1 %[[BOTH]], label %[[FAST:.*]], label %[[SLOW:.*]]
; The clone keeps the check:
; CHECK:       [[SLOW]]:
; CHECK:       loop.w2n.checked:
; CHECK:         icmp ugt i64 %{{.*}}, %size
; CHECK:         br i1 %{{.*}}, label %trap, label %body.w2n.checked
; The original loses it:
; CHECK:       loop:
; CHECK-NOT:     icmp ugt
; CHECK:         br label %body

; Data-dependent addresses (a load's result) cannot move.
; CHECK-LABEL: define i32 @gather(
; CHECK-NOT:     w2n.bc.fits
; CHECK:         ret i32

define i32 @sum(ptr %mem, i64 %size, i32 %p, i32 %n) {
entry:
  %wide.n = zext i32 %n to i64
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %i32 = trunc i64 %i to i32
  %off = shl i32 %i32, 2
  %addr = add i32 %p, %off
  %ea = zext i32 %addr to i64
  %end = add nuw nsw i64 %ea, 4
  %oob = icmp ugt i64 %end, %size
  br i1 %oob, label %trap, label %body

body:
  %ptr = getelementptr i8, ptr %mem, i64 %ea
  %v = load i32, ptr %ptr, align 1
  %s.next = add i32 %s, %v
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %wide.n
  br i1 %done, label %exit, label %loop

exit:
  ret i32 %s.next

trap:
  call void @w2n_trap(ptr %mem, i32 2)
  unreachable
}

define i32 @gather(ptr %mem, i64 %size, i32 %n) {
entry:
  %wide.n = zext i32 %n to i64
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %body ]
  %s = phi i32 [ 0, %entry ], [ %s.next, %body ]
  %x = phi i32 [ 0, %entry ], [ %v, %body ]
  %ea = zext i32 %x to i64
  %end = add nuw nsw i64 %ea, 4
  %oob = icmp ugt i64 %end, %size
  br i1 %oob, label %trap, label %body

body:
  %ptr = getelementptr i8, ptr %mem, i64 %ea
  %v = load i32, ptr %ptr, align 1
  %s.next = add i32 %s, %v
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %wide.n
  br i1 %done, label %exit, label %loop

exit:
  ret i32 %s.next

trap:
  call void @w2n_trap(ptr %mem, i32 2)
  unreachable
}

declare void @w2n_trap(ptr, i32)
