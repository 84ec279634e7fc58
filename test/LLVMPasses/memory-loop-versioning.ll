; MemoryLoopVersioningPass on `c[j] += a * b[j]` unrolled by two (as clang
; emits it for wasm32 without SIMD): c and b are rows of linear memory. The
; loop is versioned with checks between the c stream and the b stream only;
; the c[j] / c[j+1] pair (a constant 8 bytes apart) is not checked, the
; versioned loop carries alias scopes and the original is left scalar.
; RUN: w2n-llvm-opt -passes='function(w2n-memory-loop-versioning)' %s | FileCheck %s
; The loop vectoriser then vectorises the checked copy without checks of its
; own. (Without the pass it vectorises too, behind checks that compare c[j]
; with c[j+1] and so always send execution to the scalar loop.)
; RUN: w2n-llvm-opt -passes='function(w2n-memory-loop-versioning,loop-vectorize)' %s | FileCheck %s --check-prefix=VEC

target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

; CHECK-LABEL: define void @axpy2(
; CHECK: lver.check:
; Four checks: c[j] and c[j+1] against b[j] and b[j+1], none within c.
; CHECK-COUNT-4: %found.conflict{{[0-9]*}} = and i1
; CHECK-NOT: %found.conflict{{[0-9]*}} = and
; CHECK: br i1 %{{.*}}, label %{{.*}}lver.orig, label %{{.*}}.ph
; CHECK: loop.lver.orig:
; CHECK: br i1 {{.*}}, !llvm.loop ![[ORIG:[0-9]+]]
; CHECK: loop:
; CHECK: load double, {{.*}} !alias.scope
; CHECK: store double {{.*}} !noalias
; CHECK-DAG: ![[ORIG]] = distinct !{![[ORIG]], ![[VECTORIZED:[0-9]+]]}
; CHECK-DAG: ![[VECTORIZED]] = !{!"llvm.loop.isvectorized", i32 1}

; VEC-LABEL: define void @axpy2(
; VEC-NOT: vector.memcheck
; VEC: vector.body:
; VEC: fmul <{{[0-9]+}} x double>
define void @axpy2(ptr %base, i32 %c, i32 %b, double %a, i32 %n) {
entry:
  %ce = zext i32 %c to i64
  %be = zext i32 %b to i64
  %wide = zext i32 %n to i64
  br label %loop

loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %off = shl nuw nsw i64 %i, 4
  %pc = add nuw nsw i64 %ce, %off
  %pb = add nuw nsw i64 %be, %off
  %ac0 = getelementptr nusw nuw i8, ptr %base, i64 %pc
  %ab0 = getelementptr nusw nuw i8, ptr %base, i64 %pb
  %ac1 = getelementptr nusw nuw i8, ptr %ac0, i64 8
  %ab1 = getelementptr nusw nuw i8, ptr %ab0, i64 8
  %b0 = load double, ptr %ab0, align 1, !tbaa !3
  %m0 = fmul double %a, %b0
  %c0 = load double, ptr %ac0, align 1, !tbaa !3
  %s0 = fadd double %m0, %c0
  store double %s0, ptr %ac0, align 1, !tbaa !3
  %b1 = load double, ptr %ab1, align 1, !tbaa !3
  %m1 = fmul double %a, %b1
  %c1 = load double, ptr %ac1, align 1, !tbaa !3
  %s1 = fadd double %m1, %c1
  store double %s1, ptr %ac1, align 1, !tbaa !3
  %i.next = add nuw nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %wide
  br i1 %done, label %exit, label %loop

exit:
  ret void
}

!0 = !{!"wasm2native"}
!1 = !{!"wasm memory", !0, i64 0}
!3 = !{!1, !1, i64 0}
