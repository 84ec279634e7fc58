;; Float constants keep their exact bits: the sign of zero, infinities,
;; subnormals, canonical and non-canonical NaNs, signalling NaNs and NaN
;; payloads. NaNs and infinities always print as hexadecimal bit patterns,
;; other values in decimal when that reads back to the same bits.

;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasm2native %t.wasm --emit=mlir | FileCheck %s
;; RUN: wasm2native %t.wasm --emit=mlir | w2n-opt | FileCheck %s

(module
  ;; CHECK-LABEL: wasm.func @f32 : () -> () {
  ;; +0 and -0 differ.
  ;; CHECK-NEXT:    %[[C0:.*]] = wasm.const 0.000000e+00 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C0]] : f32
  ;; CHECK-NEXT:    %[[C1:.*]] = wasm.const -0.000000e+00 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C1]] : f32
  ;; CHECK-NEXT:    %[[C2:.*]] = wasm.const 1.500000e+00 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C2]] : f32
  ;; CHECK-NEXT:    %[[C3:.*]] = wasm.const 1.000000e-01 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C3]] : f32
  ;; Infinities.
  ;; CHECK-NEXT:    %[[C4:.*]] = wasm.const 0x7F800000 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C4]] : f32
  ;; CHECK-NEXT:    %[[C5:.*]] = wasm.const 0xFF800000 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C5]] : f32
  ;; Canonical NaNs of both signs.
  ;; CHECK-NEXT:    %[[C6:.*]] = wasm.const 0x7FC00000 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C6]] : f32
  ;; CHECK-NEXT:    %[[C7:.*]] = wasm.const 0xFFC00000 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C7]] : f32
  ;; Signalling NaN with the smallest payload.
  ;; CHECK-NEXT:    %[[C8:.*]] = wasm.const 0x7F800001 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C8]] : f32
  ;; Signalling NaN with another payload.
  ;; CHECK-NEXT:    %[[C9:.*]] = wasm.const 0x7FA00000 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C9]] : f32
  ;; Quiet negative NaN with every payload bit set.
  ;; CHECK-NEXT:    %[[C10:.*]] = wasm.const 0xFFFFFFFF : f32
  ;; CHECK-NEXT:    wasm.drop %[[C10]] : f32
  ;; Smallest subnormal and largest finite value.
  ;; CHECK-NEXT:    %[[C11:.*]] = wasm.const 1.401300e-45 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C11]] : f32
  ;; CHECK-NEXT:    %[[C12:.*]] = wasm.const 3.40282347E+38 : f32
  ;; CHECK-NEXT:    wasm.drop %[[C12]] : f32
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (func $f32
    f32.const 0 drop
    f32.const -0 drop
    f32.const 1.5 drop
    f32.const 0.1 drop
    f32.const inf drop
    f32.const -inf drop
    f32.const nan drop
    f32.const -nan drop
    f32.const nan:0x1 drop
    f32.const nan:0x200000 drop
    f32.const -nan:0x7fffff drop
    f32.const 0x1p-149 drop
    f32.const 0x1.fffffep127 drop)

  ;; CHECK-LABEL: wasm.func @f64 : () -> () {
  ;; +0 and -0 differ.
  ;; CHECK-NEXT:    %[[C0:.*]] = wasm.const 0.000000e+00 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C0]] : f64
  ;; CHECK-NEXT:    %[[C1:.*]] = wasm.const -0.000000e+00 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C1]] : f64
  ;; CHECK-NEXT:    %[[C2:.*]] = wasm.const 1.000000e-01 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C2]] : f64
  ;; Infinities.
  ;; CHECK-NEXT:    %[[C3:.*]] = wasm.const 0x7FF0000000000000 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C3]] : f64
  ;; CHECK-NEXT:    %[[C4:.*]] = wasm.const 0xFFF0000000000000 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C4]] : f64
  ;; Canonical NaNs of both signs.
  ;; CHECK-NEXT:    %[[C5:.*]] = wasm.const 0x7FF8000000000000 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C5]] : f64
  ;; CHECK-NEXT:    %[[C6:.*]] = wasm.const 0xFFF8000000000000 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C6]] : f64
  ;; Signalling NaN with the smallest payload.
  ;; CHECK-NEXT:    %[[C7:.*]] = wasm.const 0x7FF0000000000001 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C7]] : f64
  ;; Negative signalling NaN.
  ;; CHECK-NEXT:    %[[C8:.*]] = wasm.const 0xFFF4000000000000 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C8]] : f64
  ;; Every payload bit set.
  ;; CHECK-NEXT:    %[[C9:.*]] = wasm.const 0x7FFFFFFFFFFFFFFF : f64
  ;; CHECK-NEXT:    wasm.drop %[[C9]] : f64
  ;; Smallest subnormal.
  ;; CHECK-NEXT:    %[[C10:.*]] = wasm.const 4.940660e-324 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C10]] : f64
  ;; CHECK-NEXT:    %[[C11:.*]] = wasm.const 1.000000e+300 : f64
  ;; CHECK-NEXT:    wasm.drop %[[C11]] : f64
  ;; CHECK-NEXT:    wasm.yield{{$}}
  ;; CHECK-NEXT:  }
  (func $f64
    f64.const 0 drop
    f64.const -0 drop
    f64.const 0.1 drop
    f64.const inf drop
    f64.const -inf drop
    f64.const nan drop
    f64.const -nan drop
    f64.const nan:0x1 drop
    f64.const -nan:0x4000000000000 drop
    f64.const nan:0xfffffffffffff drop
    f64.const 0x0.0000000000001p-1022 drop
    f64.const 1e300 drop)
)
