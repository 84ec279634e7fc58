// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Table instructions on defined and imported tables of both reference
// types, and elem.drop.

wasm.import_table @itab from "env" "t" : !wasm.funcref min 1
wasm.table @ftab : !wasm.funcref min 1 max 8
wasm.table @xtab : !wasm.externref min 0
wasm.elem @fseg passive : !wasm.funcref items {
  %0 = wasm.ref.null : !wasm.funcref
  wasm.yield %0 : !wasm.funcref
}
wasm.elem @xseg passive : !wasm.externref items {
  wasm.yield
}

// CHECK-LABEL: wasm.func @access
// CHECK:         %[[I:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[X:.*]] = wasm.local.get 1 : !wasm.externref
// CHECK-NEXT:    %[[F:.*]] = wasm.table.get @ftab[%[[I]]] : !wasm.funcref
// CHECK-NEXT:    %{{.*}} = wasm.table.get @xtab[%[[I]]] : !wasm.externref
// CHECK-NEXT:    %{{.*}} = wasm.table.get @itab[%[[I]]] : !wasm.funcref
// CHECK-NEXT:    wasm.table.set @ftab[%[[I]]], %[[F]] : !wasm.funcref
// CHECK-NEXT:    wasm.table.set @xtab[%[[I]]], %[[X]] : !wasm.externref
// CHECK-NEXT:    wasm.table.set @itab[%[[I]]], %[[F]] : !wasm.funcref
// CHECK-NEXT:    wasm.yield
wasm.func @access : (i32, !wasm.externref) -> () {
  %i = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : !wasm.externref
  %f = wasm.table.get @ftab[%i] : !wasm.funcref
  %y = wasm.table.get @xtab[%i] : !wasm.externref
  %g = wasm.table.get @itab[%i] : !wasm.funcref
  wasm.table.set @ftab[%i], %f : !wasm.funcref
  wasm.table.set @xtab[%i], %x : !wasm.externref
  wasm.table.set @itab[%i], %f : !wasm.funcref
  wasm.yield
}

// CHECK-LABEL: wasm.func @bulk
// CHECK:         %[[N:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[X:.*]] = wasm.local.get 1 : !wasm.externref
// CHECK-NEXT:    %[[NULL:.*]] = wasm.ref.null : !wasm.funcref
// CHECK-NEXT:    %[[S0:.*]] = wasm.table.size @ftab{{$}}
// CHECK-NEXT:    %[[S1:.*]] = wasm.table.size @itab{{$}}
// CHECK-NEXT:    %{{.*}} = wasm.table.grow @ftab, %[[NULL]], %[[N]] : !wasm.funcref
// CHECK-NEXT:    %{{.*}} = wasm.table.grow @xtab, %[[X]], %[[S0]] : !wasm.externref
// CHECK-NEXT:    wasm.table.fill @ftab, %[[N]], %[[NULL]], %[[S1]] : !wasm.funcref
// CHECK-NEXT:    wasm.table.fill @xtab, %[[N]], %[[X]], %[[S1]] : !wasm.externref
// CHECK-NEXT:    wasm.table.copy @ftab, @itab, %[[N]], %[[S0]], %[[S1]]{{$}}
// CHECK-NEXT:    wasm.table.copy @xtab, @xtab, %[[S0]], %[[N]], %[[S1]]{{$}}
// CHECK-NEXT:    wasm.table.init @ftab, @fseg, %[[N]], %[[S0]], %[[S1]]{{$}}
// CHECK-NEXT:    wasm.table.init @xtab, @xseg, %[[N]], %[[N]], %[[N]]{{$}}
// CHECK-NEXT:    wasm.elem.drop @fseg{{$}}
// CHECK-NEXT:    wasm.elem.drop @xseg{{$}}
// CHECK-NEXT:    wasm.yield
wasm.func @bulk : (i32, !wasm.externref) -> () {
  %n = wasm.local.get 0 : i32
  %x = wasm.local.get 1 : !wasm.externref
  %null = wasm.ref.null : !wasm.funcref
  %s0 = wasm.table.size @ftab
  %s1 = wasm.table.size @itab
  %g0 = wasm.table.grow @ftab, %null, %n : !wasm.funcref
  %g1 = wasm.table.grow @xtab, %x, %s0 : !wasm.externref
  wasm.table.fill @ftab, %n, %null, %s1 : !wasm.funcref
  wasm.table.fill @xtab, %n, %x, %s1 : !wasm.externref
  wasm.table.copy @ftab, @itab, %n, %s0, %s1
  wasm.table.copy @xtab, @xtab, %s0, %n, %s1
  wasm.table.init @ftab, @fseg, %n, %s0, %s1
  wasm.table.init @xtab, @xseg, %n, %n, %n
  wasm.elem.drop @fseg
  wasm.elem.drop @xseg
  wasm.yield
}
