; ExpandFloatMinMaxPass: on 32-bit ARM, whose LLVM 22 code generator cannot
; select llvm.minimum/maximum of f64, they become compares and selects with
; the same semantics (NaN if either is NaN, -0 below +0: equal operands
; or-ed for min, and-ed for max). Other targets keep the intrinsics.
; RUN: w2n-llvm-opt -passes='function(w2n-expand-float-minmax)' %s | FileCheck %s
; RUN: sed 's/armv7-unknown-linux-gnueabihf/x86_64-unknown-linux-gnu/' %s | w2n-llvm-opt -passes='function(w2n-expand-float-minmax)' | FileCheck %s --check-prefix=X86
; And the ARM code generator takes the result:
; RUN: w2n-llvm-opt -passes='function(w2n-expand-float-minmax)' %s | llc -O2 -o /dev/null
; RUN: wat2wasm %S/Inputs/f64-minmax.wat -o %t.wasm
; RUN: wasm2native %t.wasm -c -O2 --target=armv7-linux-gnueabihf -o %t.o
; RUN: wasm2native %t.wasm -c -O0 --target=armv7-linux-gnueabihf -o %t.o

target triple = "armv7-unknown-linux-gnueabihf"

; CHECK-LABEL: define double @min(
; CHECK-NOT:     llvm.minimum
; CHECK-DAG:     %[[A:.*]] = bitcast double %a to i64
; CHECK-DAG:     %[[B:.*]] = bitcast double %b to i64
; CHECK:         %[[OR:.*]] = or i64 %[[A]], %[[B]]
; CHECK:         %[[EQ:.*]] = bitcast i64 %[[OR]] to double
; CHECK:         %[[ALT:.*]] = fcmp olt double %a, %b
; CHECK:         %[[BLT:.*]] = fcmp olt double %b, %a
; CHECK:         %[[R1:.*]] = select i1 %[[BLT]], double %b, double %[[EQ]]
; CHECK:         %[[R2:.*]] = select i1 %[[ALT]], double %a, double %[[R1]]
; CHECK:         %[[NAN:.*]] = fcmp uno double %a, %b
; CHECK:         %[[Q:.*]] = fadd double %a, %b
; CHECK:         select i1 %[[NAN]], double %[[Q]], double %[[R2]]
; X86-LABEL: define double @min(
; X86:         call double @llvm.minimum.f64
define double @min(double %a, double %b) {
  %r = call double @llvm.minimum.f64(double %a, double %b)
  ret double %r
}

; CHECK-LABEL: define <2 x double> @vmax(
; CHECK-NOT:     llvm.maximum
; CHECK:         and <2 x i64>
; CHECK:         fcmp ogt <2 x double>
; CHECK:         fcmp uno <2 x double>
define <2 x double> @vmax(<2 x double> %a, <2 x double> %b) {
  %r = call <2 x double> @llvm.maximum.v2f64(<2 x double> %a, <2 x double> %b)
  ret <2 x double> %r
}

declare double @llvm.minimum.f64(double, double)
declare <2 x double> @llvm.maximum.v2f64(<2 x double>, <2 x double>)
