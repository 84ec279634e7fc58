// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Linear memory: loads and stores of every type and access size (with and
// without sign extension, at natural and smaller alignments), the largest
// static offset, and the memory.* and data.drop instructions.

wasm.memory @mem min 1 max 2
wasm.data @seg passive "abc"

// CHECK-LABEL: wasm.func @loads
// CHECK:         %[[P:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 4 align 4 : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 4 align 1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 1 align 1 sign_extend : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 1 align 1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 2 align 2 sign_extend : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 2 align 1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 8 align 8 : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 8 align 2 : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 1 align 1 sign_extend : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 1 align 1 : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 2 align 2 sign_extend : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 2 align 2 : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 4 align 4 sign_extend : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 4 align 4 : i64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 4 align 4 : f32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 4 align 2 : f32
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 8 align 8 : f64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 4294967295 size 8 align 4 : f64
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 0 size 16 align 16 : !wasm.v128
// CHECK-NEXT:    %{{.*}} = wasm.load %[[P]] offset 1 size 16 align 1 : !wasm.v128
wasm.func @loads : (i32) -> () {
  %p = wasm.local.get 0 : i32
  %l0 = wasm.load %p offset 0 size 4 align 4 : i32
  %l1 = wasm.load %p offset 1 size 4 align 1 : i32
  %l2 = wasm.load %p offset 4294967295 size 1 align 1 sign_extend : i32
  %l3 = wasm.load %p offset 0 size 1 align 1 : i32
  %l4 = wasm.load %p offset 1 size 2 align 2 sign_extend : i32
  %l5 = wasm.load %p offset 4294967295 size 2 align 1 : i32
  %l6 = wasm.load %p offset 0 size 8 align 8 : i64
  %l7 = wasm.load %p offset 1 size 8 align 2 : i64
  %l8 = wasm.load %p offset 4294967295 size 1 align 1 sign_extend : i64
  %l9 = wasm.load %p offset 0 size 1 align 1 : i64
  %l10 = wasm.load %p offset 1 size 2 align 2 sign_extend : i64
  %l11 = wasm.load %p offset 4294967295 size 2 align 2 : i64
  %l12 = wasm.load %p offset 0 size 4 align 4 sign_extend : i64
  %l13 = wasm.load %p offset 1 size 4 align 4 : i64
  %l14 = wasm.load %p offset 4294967295 size 4 align 4 : f32
  %l15 = wasm.load %p offset 0 size 4 align 2 : f32
  %l16 = wasm.load %p offset 1 size 8 align 8 : f64
  %l17 = wasm.load %p offset 4294967295 size 8 align 4 : f64
  %l18 = wasm.load %p offset 0 size 16 align 16 : !wasm.v128
  %l19 = wasm.load %p offset 1 size 16 align 1 : !wasm.v128
  wasm.yield
}

// CHECK-LABEL: wasm.func @stores
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
// CHECK-NEXT:    %[[C:.*]] = wasm.local.get 2 : f32
// CHECK-NEXT:    %[[D:.*]] = wasm.local.get 3 : f64
// CHECK-NEXT:    %[[E:.*]] = wasm.local.get 4 : !wasm.v128
// CHECK-NEXT:    wasm.store %[[A]], %[[A]] offset 0 size 4 align 4 : i32
// CHECK-NEXT:    wasm.store %[[A]], %[[A]] offset 1 size 1 align 1 : i32
// CHECK-NEXT:    wasm.store %[[A]], %[[A]] offset 4294967295 size 2 align 1 : i32
// CHECK-NEXT:    wasm.store %[[A]], %[[B]] offset 0 size 8 align 8 : i64
// CHECK-NEXT:    wasm.store %[[A]], %[[B]] offset 1 size 1 align 1 : i64
// CHECK-NEXT:    wasm.store %[[A]], %[[B]] offset 4294967295 size 2 align 2 : i64
// CHECK-NEXT:    wasm.store %[[A]], %[[B]] offset 0 size 4 align 2 : i64
// CHECK-NEXT:    wasm.store %[[A]], %[[C]] offset 1 size 4 align 4 : f32
// CHECK-NEXT:    wasm.store %[[A]], %[[D]] offset 4294967295 size 8 align 1 : f64
// CHECK-NEXT:    wasm.store %[[A]], %[[E]] offset 0 size 16 align 8 : !wasm.v128
// CHECK-NEXT:    wasm.yield
wasm.func @stores : (i32, i64, f32, f64, !wasm.v128) -> () {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i64
  %c = wasm.local.get 2 : f32
  %d = wasm.local.get 3 : f64
  %e = wasm.local.get 4 : !wasm.v128
  wasm.store %a, %a offset 0 size 4 align 4 : i32
  wasm.store %a, %a offset 1 size 1 align 1 : i32
  wasm.store %a, %a offset 4294967295 size 2 align 1 : i32
  wasm.store %a, %b offset 0 size 8 align 8 : i64
  wasm.store %a, %b offset 1 size 1 align 1 : i64
  wasm.store %a, %b offset 4294967295 size 2 align 2 : i64
  wasm.store %a, %b offset 0 size 4 align 2 : i64
  wasm.store %a, %c offset 1 size 4 align 4 : f32
  wasm.store %a, %d offset 4294967295 size 8 align 1 : f64
  wasm.store %a, %e offset 0 size 16 align 8 : !wasm.v128
  wasm.yield
}

// CHECK-LABEL: wasm.func @bulk
// CHECK:         %[[N:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[SIZE:.*]] = wasm.memory.size{{$}}
// CHECK-NEXT:    %[[OLD:.*]] = wasm.memory.grow %[[N]]{{$}}
// CHECK-NEXT:    wasm.memory.fill %[[N]], %[[SIZE]], %[[OLD]]{{$}}
// CHECK-NEXT:    wasm.memory.copy %[[OLD]], %[[N]], %[[SIZE]]{{$}}
// CHECK-NEXT:    wasm.memory.init @seg, %[[N]], %[[OLD]], %[[SIZE]]{{$}}
// CHECK-NEXT:    wasm.data.drop @seg{{$}}
// CHECK-NEXT:    wasm.yield %[[SIZE]] : i32
wasm.func @bulk : (i32) -> i32 {
  %n = wasm.local.get 0 : i32
  %size = wasm.memory.size
  %old = wasm.memory.grow %n
  wasm.memory.fill %n, %size, %old
  wasm.memory.copy %old, %n, %size
  wasm.memory.init @seg, %n, %old, %size
  wasm.data.drop @seg
  wasm.yield %size : i32
}
