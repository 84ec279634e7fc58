// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Reference instructions: ref.null of both reference types, ref.is_null,
// and ref.func of defined and imported functions.

wasm.import_func @imported from "env" "f" : () -> ()

// CHECK-LABEL: wasm.func @refs
// CHECK-NEXT:    %[[N:.*]] = wasm.ref.null : !wasm.funcref
// CHECK-NEXT:    %[[X:.*]] = wasm.ref.null : !wasm.externref
// CHECK-NEXT:    %{{.*}} = wasm.ref.is_null %[[N]] : !wasm.funcref
// CHECK-NEXT:    %{{.*}} = wasm.ref.is_null %[[X]] : !wasm.externref
// CHECK-NEXT:    %[[SELF:.*]] = wasm.ref.func @refs
// CHECK-NEXT:    %[[IMP:.*]] = wasm.ref.func @imported
// CHECK-NEXT:    %{{.*}} = wasm.ref.is_null %[[IMP]] : !wasm.funcref
// CHECK-NEXT:    wasm.yield %[[SELF]] : !wasm.funcref
wasm.func @refs : () -> !wasm.funcref {
  %n = wasm.ref.null : !wasm.funcref
  %x = wasm.ref.null : !wasm.externref
  %0 = wasm.ref.is_null %n : !wasm.funcref
  %1 = wasm.ref.is_null %x : !wasm.externref
  %self = wasm.ref.func @refs
  %imp = wasm.ref.func @imported
  %2 = wasm.ref.is_null %imp : !wasm.funcref
  wasm.yield %self : !wasm.funcref
}

// Declares the functions used by ref.func above, as validation requires.
wasm.elem @decl declarative : !wasm.funcref items {
  %0 = wasm.ref.func @refs
  %1 = wasm.ref.func @imported
  wasm.yield %0, %1 : !wasm.funcref, !wasm.funcref
}
