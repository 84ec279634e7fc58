; AddressNoWrapPass: `add i32 %p, C` gets nuw when a linear-memory access at
; %p dominates it and 0 < C < 65536, and only then.
; RUN: w2n-llvm-opt -passes='function(w2n-address-nowrap)' %s | FileCheck %s

; CHECK-LABEL: define i64 @after_access(
; CHECK: %next = add nuw i32 %p, 8
; CHECK: %far = add nuw i32 %p, 65535
; CHECK: %too_far = add i32 %p, 65536
; CHECK: %back = add i32 %p, -8
define i64 @after_access(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %x = load i64, ptr %a, align 1, !tbaa !3
  %next = add i32 %p, 8
  %far = add i32 %p, 65535
  %too_far = add i32 %p, 65536
  %back = add i32 %p, -8
  %s1 = add i32 %next, %far
  %s2 = add i32 %too_far, %back
  %s3 = add i32 %s1, %s2
  %s4 = zext i32 %s3 to i64
  %r = add i64 %x, %s4
  ret i64 %r
}

; A store with a static offset (a second, constant GEP) counts too.
; CHECK-LABEL: define i32 @store_with_offset(
; CHECK: %next = add nuw i32 %p, 4
define i32 @store_with_offset(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %a16 = getelementptr i8, ptr %a, i64 16
  store i32 0, ptr %a16, align 1, !tbaa !3
  %next = add i32 %p, 4
  ret i32 %next
}

; The add comes first: nothing is known yet.
; CHECK-LABEL: define i32 @before_access(
; CHECK: %next = add i32 %p, 8
define i32 @before_access(ptr %base, i32 %p) {
  %next = add i32 %p, 8
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %x = load i32, ptr %a, align 1, !tbaa !3
  %r = add i32 %x, %next
  ret i32 %r
}

; The access is on one path only and does not dominate the add.
; CHECK-LABEL: define i32 @not_dominating(
; CHECK: %next = add i32 %p, 8
define i32 @not_dominating(ptr %base, i32 %p, i1 %c) {
entry:
  br i1 %c, label %then, label %join
then:
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %x = load i32, ptr %a, align 1, !tbaa !3
  br label %join
join:
  %next = add i32 %p, 8
  ret i32 %next
}

; Not linear memory (the instance's own state): no fact.
; CHECK-LABEL: define i32 @not_linear_memory(
; CHECK: %next = add i32 %p, 8
define i32 @not_linear_memory(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %x = load i32, ptr %a, align 1, !tbaa !6
  %next = add i32 %p, 8
  %r = add i32 %x, %next
  ret i32 %r
}

; A negative static offset: the access proves less than p itself.
; CHECK-LABEL: define i32 @negative_offset(
; CHECK: %next = add i32 %p, 8
define i32 @negative_offset(ptr %base, i32 %p) {
  %e = zext i32 %p to i64
  %a = getelementptr i8, ptr %base, i64 %e
  %am = getelementptr i8, ptr %a, i64 -8
  %x = load i32, ptr %am, align 1, !tbaa !3
  %next = add i32 %p, 8
  %r = add i32 %x, %next
  ret i32 %r
}

!0 = !{!"wasm2native"}
!1 = !{!"wasm memory", !0, i64 0}
!3 = !{!1, !1, i64 0}
!5 = !{!"wasm instance", !0, i64 0}
!6 = !{!5, !5, i64 0}
