; GuardLoadWidthPass: loads of linear memory whose value is only partly used
; become volatile, so that the code generator cannot narrow them below the
; access Wasm asked for (which must reach the guard page to trap). Loads used
; whole, and loads of anything but linear memory, are left alone.
; RUN: w2n-llvm-opt -passes='function(w2n-guard-load-width)' %s | FileCheck %s
; And the code generator keeps the whole 8-byte load:
; RUN: w2n-llvm-opt -passes='function(w2n-guard-load-width)' %s | llc -O2 | FileCheck %s --check-prefix=ASM

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define i32 @low32_of_load64(
; CHECK: load volatile i64
; ASM-LABEL: low32_of_load64:
; ASM: movq (%rdi,%rax), %rax
define i32 @low32_of_load64(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %v = load i64, ptr %a, align 1, !tbaa !3
  %r = trunc i64 %v to i32
  ret i32 %r
}

; CHECK-LABEL: define i32 @low8_of_load32(
; CHECK: load volatile i32
define i32 @low8_of_load32(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %v = load i32, ptr %a, align 1, !tbaa !3
  %r = and i32 %v, 255
  ret i32 %r
}

; CHECK-LABEL: define i32 @high8_of_load32(
; CHECK: load volatile i32
define i32 @high8_of_load32(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %v = load i32, ptr %a, align 1, !tbaa !3
  %r = lshr i32 %v, 24
  ret i32 %r
}

; CHECK-LABEL: define i32 @lane_of_vector(
; CHECK: load volatile <4 x i32>
define i32 @lane_of_vector(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %v = load <4 x i32>, ptr %a, align 1, !tbaa !3
  %r = extractelement <4 x i32> %v, i64 1
  ret i32 %r
}

; CHECK-LABEL: define i32 @whole(
; CHECK: load i32
; CHECK-NOT: volatile
define i32 @whole(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %v = load i32, ptr %a, align 1, !tbaa !3
  %r = add i32 %v, 1
  ret i32 %r
}

; The instance's state is not linear memory.
; CHECK-LABEL: define i32 @instance_state(
; CHECK: load i64
; CHECK-NOT: volatile
define i32 @instance_state(ptr %inst) {
  %v = load i64, ptr %inst, align 8, !tbaa !6
  %r = trunc i64 %v to i32
  ret i32 %r
}

!0 = !{!"wasm2native"}
!1 = !{!"wasm memory", !0, i64 0}
!3 = !{!1, !1, i64 0}
!5 = !{!"wasm instance", !0, i64 0}
!6 = !{!5, !5, i64 0}
