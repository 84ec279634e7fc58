// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false bounds-checks=explicit" | FileCheck %s --check-prefix=EXPLICIT
// RUN: w2n-opt %s --convert-wasm-to-std="stack-check=false bounds-checks=guard" | FileCheck %s --check-prefix=GUARD

wasm.memory @mem_0 min 1

// v128 values are vector<16xi8>. v128.load/store are checked like scalar
// accesses, with an access size of 16 bytes; the alignment hint is ignored.
// EXPLICIT-LABEL: func.func private @w2n_f0(
// EXPLICIT-SAME:    %[[INST:.*]]: !llvm.ptr, %{{.*}}: i32, %{{.*}}: i32)
// EXPLICIT:         %[[EXT:.*]] = arith.extui %{{.*}} : i32 to i64
// EXPLICIT:         %[[OFF:.*]] = arith.constant 16 : i64
// EXPLICIT:         %[[EA:.*]] = arith.addi %[[EXT]], %[[OFF]] : i64
// EXPLICIT:         %[[SIZE:.*]] = arith.constant 16 : i64
// EXPLICIT:         %[[END:.*]] = arith.addi %[[EA]], %[[SIZE]] : i64
// EXPLICIT:         %[[OOB:.*]] = arith.cmpi ugt, %[[END]], %{{.*}} : i64
// EXPLICIT:         cf.cond_br %[[OOB]]
// EXPLICIT:         %[[PTR:.*]] = llvm.getelementptr nusw|nuw %{{.*}}[%[[EA]]]
// EXPLICIT:         %[[V:.*]] = llvm.load %[[PTR]] {alignment = 1 : i64, tbaa = [#{{.*}}]} : !llvm.ptr -> vector<16xi8>
// EXPLICIT:         arith.cmpi ugt
// EXPLICIT:         cf.cond_br
// EXPLICIT:         llvm.store %[[V]], %{{.*}} {alignment = 1 : i64, tbaa = [#{{.*}}]} : vector<16xi8>, !llvm.ptr

// GUARD-LABEL: func.func private @w2n_f0(
// GUARD-NOT:     arith.cmpi
// GUARD:         llvm.load %{{.*}} {alignment = 1 : i64, tbaa = [#{{.*}}]} : !llvm.ptr -> vector<16xi8>
// GUARD-NOT:     arith.cmpi
// GUARD:         llvm.store %{{.*}}, %{{.*}} {alignment = 1 : i64, tbaa = [#{{.*}}]} : vector<16xi8>, !llvm.ptr
wasm.func @copy : (i32, i32) -> () {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : i32
  %2 = wasm.load %1 offset 16 size 16 align 16 : !wasm.v128
  wasm.store %0, %2 offset 0 size 16 align 1 : !wasm.v128
  wasm.yield
}

// Lane loads check the lane's size, then insert into the lane shape; lane
// stores extract the lane and store it.
// EXPLICIT-LABEL: func.func private @w2n_f1(
// EXPLICIT-SAME:    %{{.*}}: i32, %{{.*}}: vector<16xi8>) -> vector<16xi8>
// EXPLICIT:         arith.constant 2 : i64
// EXPLICIT:         %[[SIZE:.*]] = arith.constant 2 : i64
// EXPLICIT:         arith.addi %{{.*}}, %[[SIZE]] : i64
// EXPLICIT:         arith.cmpi ugt
// EXPLICIT:         %[[L:.*]] = llvm.load %{{.*}} {alignment = 1 : i64, tbaa = [#{{.*}}]} : !llvm.ptr -> i16
// EXPLICIT:         %[[V8:.*]] = llvm.bitcast %{{.*}} : vector<16xi8> to vector<8xi16>
// EXPLICIT:         %[[C7:.*]] = arith.constant 7 : i32
// EXPLICIT:         %[[INS:.*]] = llvm.insertelement %[[L]], %[[V8]][%[[C7]] : i32] : vector<8xi16>
// EXPLICIT:         %[[R:.*]] = llvm.bitcast %[[INS]] : vector<8xi16> to vector<16xi8>
// EXPLICIT:         arith.constant 4 : i64
// EXPLICIT:         arith.cmpi ugt
// EXPLICIT:         %[[V4:.*]] = llvm.bitcast %[[R]] : vector<16xi8> to vector<4xi32>
// EXPLICIT:         %[[E:.*]] = llvm.extractelement %[[V4]][%{{.*}} : i32] : vector<4xi32>
// EXPLICIT:         llvm.store %[[E]], %{{.*}} : i32, !llvm.ptr
// EXPLICIT:         return %[[R]] : vector<16xi8>
wasm.func @lane : (i32, !wasm.v128) -> !wasm.v128 {
  %0 = wasm.local.get 0 : i32
  %1 = wasm.local.get 1 : !wasm.v128
  %2 = wasm.simd.load "v128.load16_lane" %0, %1 offset 2 align 2 lane 7
  wasm.simd.store_lane "v128.store32_lane" %0, %2 offset 4 align 4 lane 3
  wasm.yield %2 : !wasm.v128
}
