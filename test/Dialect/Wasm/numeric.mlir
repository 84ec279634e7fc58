// RUN: w2n-opt %s | w2n-opt | FileCheck %s

// Constants and every scalar numeric instruction for each of its types:
// integer and float arithmetic, bit operations, comparisons and all
// conversions.

// CHECK-LABEL: wasm.func @i32_arith
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.add %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.sub %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.mul %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.div_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.div_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.rem_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.rem_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.and %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.or %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.xor %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.shl %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.shr_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.shr_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.rotl %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.rotr %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.clz %[[A]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.ctz %[[A]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.popcnt %[[A]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.extend8_s %[[A]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.extend16_s %[[A]] : i32
// CHECK-NEXT:    wasm.yield
wasm.func @i32_arith : (i32, i32) -> () {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i32
  %add_i32 = wasm.add %a, %b : i32
  %sub_i32 = wasm.sub %a, %b : i32
  %mul_i32 = wasm.mul %a, %b : i32
  %div_s_i32 = wasm.div_s %a, %b : i32
  %div_u_i32 = wasm.div_u %a, %b : i32
  %rem_s_i32 = wasm.rem_s %a, %b : i32
  %rem_u_i32 = wasm.rem_u %a, %b : i32
  %and_i32 = wasm.and %a, %b : i32
  %or_i32 = wasm.or %a, %b : i32
  %xor_i32 = wasm.xor %a, %b : i32
  %shl_i32 = wasm.shl %a, %b : i32
  %shr_s_i32 = wasm.shr_s %a, %b : i32
  %shr_u_i32 = wasm.shr_u %a, %b : i32
  %rotl_i32 = wasm.rotl %a, %b : i32
  %rotr_i32 = wasm.rotr %a, %b : i32
  %clz_i32 = wasm.clz %a : i32
  %ctz_i32 = wasm.ctz %a : i32
  %popcnt_i32 = wasm.popcnt %a : i32
  %extend8_s_i32 = wasm.extend8_s %a : i32
  %extend16_s_i32 = wasm.extend16_s %a : i32
  wasm.yield
}

// CHECK-LABEL: wasm.func @i32_compare
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.eqz %[[A]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.eq %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.ne %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.lt_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.lt_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.gt_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.gt_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.le_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.le_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.ge_s %[[A]], %[[B]] : i32
// CHECK-NEXT:    %{{.*}} = wasm.ge_u %[[A]], %[[B]] : i32
// CHECK-NEXT:    wasm.yield
wasm.func @i32_compare : (i32, i32) -> () {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i32
  %eqz_i32 = wasm.eqz %a : i32
  %eq_i32 = wasm.eq %a, %b : i32
  %ne_i32 = wasm.ne %a, %b : i32
  %lt_s_i32 = wasm.lt_s %a, %b : i32
  %lt_u_i32 = wasm.lt_u %a, %b : i32
  %gt_s_i32 = wasm.gt_s %a, %b : i32
  %gt_u_i32 = wasm.gt_u %a, %b : i32
  %le_s_i32 = wasm.le_s %a, %b : i32
  %le_u_i32 = wasm.le_u %a, %b : i32
  %ge_s_i32 = wasm.ge_s %a, %b : i32
  %ge_u_i32 = wasm.ge_u %a, %b : i32
  wasm.yield
}

// CHECK-LABEL: wasm.func @i64_arith
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i64
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
// CHECK-NEXT:    %{{.*}} = wasm.add %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.sub %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.mul %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.div_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.div_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.rem_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.rem_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.and %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.or %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.xor %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.shl %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.shr_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.shr_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.rotl %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.rotr %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.clz %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.ctz %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.popcnt %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.extend8_s %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.extend16_s %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.extend32_s %[[A]] : i64
// CHECK-NEXT:    wasm.yield
wasm.func @i64_arith : (i64, i64) -> () {
  %a = wasm.local.get 0 : i64
  %b = wasm.local.get 1 : i64
  %add_i64 = wasm.add %a, %b : i64
  %sub_i64 = wasm.sub %a, %b : i64
  %mul_i64 = wasm.mul %a, %b : i64
  %div_s_i64 = wasm.div_s %a, %b : i64
  %div_u_i64 = wasm.div_u %a, %b : i64
  %rem_s_i64 = wasm.rem_s %a, %b : i64
  %rem_u_i64 = wasm.rem_u %a, %b : i64
  %and_i64 = wasm.and %a, %b : i64
  %or_i64 = wasm.or %a, %b : i64
  %xor_i64 = wasm.xor %a, %b : i64
  %shl_i64 = wasm.shl %a, %b : i64
  %shr_s_i64 = wasm.shr_s %a, %b : i64
  %shr_u_i64 = wasm.shr_u %a, %b : i64
  %rotl_i64 = wasm.rotl %a, %b : i64
  %rotr_i64 = wasm.rotr %a, %b : i64
  %clz_i64 = wasm.clz %a : i64
  %ctz_i64 = wasm.ctz %a : i64
  %popcnt_i64 = wasm.popcnt %a : i64
  %extend8_s_i64 = wasm.extend8_s %a : i64
  %extend16_s_i64 = wasm.extend16_s %a : i64
  %extend32_s_i64 = wasm.extend32_s %a : i64
  wasm.yield
}

// CHECK-LABEL: wasm.func @i64_compare
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i64
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
// CHECK-NEXT:    %{{.*}} = wasm.eqz %[[A]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.eq %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.ne %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.lt_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.lt_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.gt_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.gt_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.le_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.le_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.ge_s %[[A]], %[[B]] : i64
// CHECK-NEXT:    %{{.*}} = wasm.ge_u %[[A]], %[[B]] : i64
// CHECK-NEXT:    wasm.yield
wasm.func @i64_compare : (i64, i64) -> () {
  %a = wasm.local.get 0 : i64
  %b = wasm.local.get 1 : i64
  %eqz_i64 = wasm.eqz %a : i64
  %eq_i64 = wasm.eq %a, %b : i64
  %ne_i64 = wasm.ne %a, %b : i64
  %lt_s_i64 = wasm.lt_s %a, %b : i64
  %lt_u_i64 = wasm.lt_u %a, %b : i64
  %gt_s_i64 = wasm.gt_s %a, %b : i64
  %gt_u_i64 = wasm.gt_u %a, %b : i64
  %le_s_i64 = wasm.le_s %a, %b : i64
  %le_u_i64 = wasm.le_u %a, %b : i64
  %ge_s_i64 = wasm.ge_s %a, %b : i64
  %ge_u_i64 = wasm.ge_u %a, %b : i64
  wasm.yield
}

// CHECK-LABEL: wasm.func @f32_arith
// CHECK:         %[[A:.*]] = wasm.local.get 0 : f32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
// CHECK-NEXT:    %{{.*}} = wasm.add %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.sub %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.mul %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.div %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.min %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.max %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.copysign %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.abs %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.neg %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.sqrt %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.ceil %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.floor %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.trunc %[[A]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.nearest %[[A]] : f32
// CHECK-NEXT:    wasm.yield
wasm.func @f32_arith : (f32, f32) -> () {
  %a = wasm.local.get 0 : f32
  %b = wasm.local.get 1 : f32
  %add_f32 = wasm.add %a, %b : f32
  %sub_f32 = wasm.sub %a, %b : f32
  %mul_f32 = wasm.mul %a, %b : f32
  %div_f32 = wasm.div %a, %b : f32
  %min_f32 = wasm.min %a, %b : f32
  %max_f32 = wasm.max %a, %b : f32
  %copysign_f32 = wasm.copysign %a, %b : f32
  %abs_f32 = wasm.abs %a : f32
  %neg_f32 = wasm.neg %a : f32
  %sqrt_f32 = wasm.sqrt %a : f32
  %ceil_f32 = wasm.ceil %a : f32
  %floor_f32 = wasm.floor %a : f32
  %trunc_f32 = wasm.trunc %a : f32
  %nearest_f32 = wasm.nearest %a : f32
  wasm.yield
}

// CHECK-LABEL: wasm.func @f32_compare
// CHECK:         %[[A:.*]] = wasm.local.get 0 : f32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f32
// CHECK-NEXT:    %{{.*}} = wasm.eq %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.ne %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.lt %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.gt %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.le %[[A]], %[[B]] : f32
// CHECK-NEXT:    %{{.*}} = wasm.ge %[[A]], %[[B]] : f32
// CHECK-NEXT:    wasm.yield
wasm.func @f32_compare : (f32, f32) -> () {
  %a = wasm.local.get 0 : f32
  %b = wasm.local.get 1 : f32
  %eq_f32 = wasm.eq %a, %b : f32
  %ne_f32 = wasm.ne %a, %b : f32
  %lt_f32 = wasm.lt %a, %b : f32
  %gt_f32 = wasm.gt %a, %b : f32
  %le_f32 = wasm.le %a, %b : f32
  %ge_f32 = wasm.ge %a, %b : f32
  wasm.yield
}

// CHECK-LABEL: wasm.func @f64_arith
// CHECK:         %[[A:.*]] = wasm.local.get 0 : f64
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
// CHECK-NEXT:    %{{.*}} = wasm.add %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.sub %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.mul %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.div %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.min %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.max %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.copysign %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.abs %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.neg %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.sqrt %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.ceil %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.floor %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.trunc %[[A]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.nearest %[[A]] : f64
// CHECK-NEXT:    wasm.yield
wasm.func @f64_arith : (f64, f64) -> () {
  %a = wasm.local.get 0 : f64
  %b = wasm.local.get 1 : f64
  %add_f64 = wasm.add %a, %b : f64
  %sub_f64 = wasm.sub %a, %b : f64
  %mul_f64 = wasm.mul %a, %b : f64
  %div_f64 = wasm.div %a, %b : f64
  %min_f64 = wasm.min %a, %b : f64
  %max_f64 = wasm.max %a, %b : f64
  %copysign_f64 = wasm.copysign %a, %b : f64
  %abs_f64 = wasm.abs %a : f64
  %neg_f64 = wasm.neg %a : f64
  %sqrt_f64 = wasm.sqrt %a : f64
  %ceil_f64 = wasm.ceil %a : f64
  %floor_f64 = wasm.floor %a : f64
  %trunc_f64 = wasm.trunc %a : f64
  %nearest_f64 = wasm.nearest %a : f64
  wasm.yield
}

// CHECK-LABEL: wasm.func @f64_compare
// CHECK:         %[[A:.*]] = wasm.local.get 0 : f64
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : f64
// CHECK-NEXT:    %{{.*}} = wasm.eq %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.ne %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.lt %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.gt %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.le %[[A]], %[[B]] : f64
// CHECK-NEXT:    %{{.*}} = wasm.ge %[[A]], %[[B]] : f64
// CHECK-NEXT:    wasm.yield
wasm.func @f64_compare : (f64, f64) -> () {
  %a = wasm.local.get 0 : f64
  %b = wasm.local.get 1 : f64
  %eq_f64 = wasm.eq %a, %b : f64
  %ne_f64 = wasm.ne %a, %b : f64
  %lt_f64 = wasm.lt %a, %b : f64
  %gt_f64 = wasm.gt %a, %b : f64
  %le_f64 = wasm.le %a, %b : f64
  %ge_f64 = wasm.ge %a, %b : f64
  wasm.yield
}

// CHECK-LABEL: wasm.func @conversions
// CHECK:         %[[A:.*]] = wasm.local.get 0 : i32
// CHECK-NEXT:    %[[B:.*]] = wasm.local.get 1 : i64
// CHECK-NEXT:    %[[C:.*]] = wasm.local.get 2 : f32
// CHECK-NEXT:    %[[D:.*]] = wasm.local.get 3 : f64
// CHECK-NEXT:    %{{.*}} = wasm.wrap %[[B]] : i64 to i32
// CHECK-NEXT:    %{{.*}} = wasm.extend_s %[[A]] : i32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.extend_u %[[A]] : i32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_s %[[C]] : f32 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_s %[[C]] : f32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_s %[[D]] : f64 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_s %[[D]] : f64 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_u %[[C]] : f32 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_u %[[C]] : f32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_u %[[D]] : f64 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_u %[[D]] : f64 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_s %[[C]] : f32 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_s %[[C]] : f32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_s %[[D]] : f64 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_s %[[D]] : f64 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_u %[[C]] : f32 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_u %[[C]] : f32 to i64
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_u %[[D]] : f64 to i32
// CHECK-NEXT:    %{{.*}} = wasm.trunc_sat_u %[[D]] : f64 to i64
// CHECK-NEXT:    %{{.*}} = wasm.convert_s %[[A]] : i32 to f32
// CHECK-NEXT:    %{{.*}} = wasm.convert_s %[[A]] : i32 to f64
// CHECK-NEXT:    %{{.*}} = wasm.convert_s %[[B]] : i64 to f32
// CHECK-NEXT:    %{{.*}} = wasm.convert_s %[[B]] : i64 to f64
// CHECK-NEXT:    %{{.*}} = wasm.convert_u %[[A]] : i32 to f32
// CHECK-NEXT:    %{{.*}} = wasm.convert_u %[[A]] : i32 to f64
// CHECK-NEXT:    %{{.*}} = wasm.convert_u %[[B]] : i64 to f32
// CHECK-NEXT:    %{{.*}} = wasm.convert_u %[[B]] : i64 to f64
// CHECK-NEXT:    %{{.*}} = wasm.demote %[[D]] : f64 to f32
// CHECK-NEXT:    %{{.*}} = wasm.promote %[[C]] : f32 to f64
// CHECK-NEXT:    %{{.*}} = wasm.reinterpret %[[A]] : i32 to f32
// CHECK-NEXT:    %{{.*}} = wasm.reinterpret %[[B]] : i64 to f64
// CHECK-NEXT:    %{{.*}} = wasm.reinterpret %[[C]] : f32 to i32
// CHECK-NEXT:    %{{.*}} = wasm.reinterpret %[[D]] : f64 to i64
// CHECK-NEXT:    wasm.yield
wasm.func @conversions : (i32, i64, f32, f64) -> () {
  %a = wasm.local.get 0 : i32
  %b = wasm.local.get 1 : i64
  %c = wasm.local.get 2 : f32
  %d = wasm.local.get 3 : f64
  %wrap_i64_i32 = wasm.wrap %b : i64 to i32
  %extend_s_i32_i64 = wasm.extend_s %a : i32 to i64
  %extend_u_i32_i64 = wasm.extend_u %a : i32 to i64
  %trunc_s_f32_i32 = wasm.trunc_s %c : f32 to i32
  %trunc_s_f32_i64 = wasm.trunc_s %c : f32 to i64
  %trunc_s_f64_i32 = wasm.trunc_s %d : f64 to i32
  %trunc_s_f64_i64 = wasm.trunc_s %d : f64 to i64
  %trunc_u_f32_i32 = wasm.trunc_u %c : f32 to i32
  %trunc_u_f32_i64 = wasm.trunc_u %c : f32 to i64
  %trunc_u_f64_i32 = wasm.trunc_u %d : f64 to i32
  %trunc_u_f64_i64 = wasm.trunc_u %d : f64 to i64
  %trunc_sat_s_f32_i32 = wasm.trunc_sat_s %c : f32 to i32
  %trunc_sat_s_f32_i64 = wasm.trunc_sat_s %c : f32 to i64
  %trunc_sat_s_f64_i32 = wasm.trunc_sat_s %d : f64 to i32
  %trunc_sat_s_f64_i64 = wasm.trunc_sat_s %d : f64 to i64
  %trunc_sat_u_f32_i32 = wasm.trunc_sat_u %c : f32 to i32
  %trunc_sat_u_f32_i64 = wasm.trunc_sat_u %c : f32 to i64
  %trunc_sat_u_f64_i32 = wasm.trunc_sat_u %d : f64 to i32
  %trunc_sat_u_f64_i64 = wasm.trunc_sat_u %d : f64 to i64
  %convert_s_i32_f32 = wasm.convert_s %a : i32 to f32
  %convert_s_i32_f64 = wasm.convert_s %a : i32 to f64
  %convert_s_i64_f32 = wasm.convert_s %b : i64 to f32
  %convert_s_i64_f64 = wasm.convert_s %b : i64 to f64
  %convert_u_i32_f32 = wasm.convert_u %a : i32 to f32
  %convert_u_i32_f64 = wasm.convert_u %a : i32 to f64
  %convert_u_i64_f32 = wasm.convert_u %b : i64 to f32
  %convert_u_i64_f64 = wasm.convert_u %b : i64 to f64
  %demote_f64_f32 = wasm.demote %d : f64 to f32
  %promote_f32_f64 = wasm.promote %c : f32 to f64
  %reinterpret_i32_f32 = wasm.reinterpret %a : i32 to f32
  %reinterpret_i64_f64 = wasm.reinterpret %b : i64 to f64
  %reinterpret_f32_i32 = wasm.reinterpret %c : f32 to i32
  %reinterpret_f64_i64 = wasm.reinterpret %d : f64 to i64
  wasm.yield
}

// Integers print signed. Floats print in decimal when that reads back to
// the same bits, and as their hexadecimal bit pattern otherwise.
// CHECK-LABEL: wasm.func @constants
// CHECK-NEXT:    %{{.*}} = wasm.const 0 : i32
// CHECK-NEXT:    %{{.*}} = wasm.const -1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.const -1 : i32
// CHECK-NEXT:    %{{.*}} = wasm.const 2147483647 : i32
// CHECK-NEXT:    %{{.*}} = wasm.const -2147483648 : i32
// CHECK-NEXT:    %{{.*}} = wasm.const 9223372036854775807 : i64
// CHECK-NEXT:    %{{.*}} = wasm.const -9223372036854775808 : i64
// CHECK-NEXT:    %{{.*}} = wasm.const -1 : i64
// CHECK-NEXT:    %{{.*}} = wasm.const 1.500000e+00 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 1.000000e-01 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const -0.000000e+00 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 0x7F800000 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 0xFF800000 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 0x7FC00000 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 0xFFC00000 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 0x7FA00001 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 1.401300e-45 : f32
// CHECK-NEXT:    %{{.*}} = wasm.const 1.000000e-01 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const -0.000000e+00 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 0x7FF8000000000000 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 0x7FF0000000000001 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 0xFFF0000000000000 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 4.940660e-324 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 3.1415926535897931 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 2.2250738585072019E-308 : f64
// CHECK-NEXT:    %{{.*}} = wasm.const 0x4B800001 : f32
// CHECK-NEXT:    wasm.yield
wasm.func @constants : () -> () {
  %k0 = wasm.const 0 : i32
  %k1 = wasm.const -1 : i32
  %k2 = wasm.const 0xFFFFFFFF : i32
  %k3 = wasm.const 2147483647 : i32
  %k4 = wasm.const 2147483648 : i32
  %k5 = wasm.const 9223372036854775807 : i64
  %k6 = wasm.const -9223372036854775808 : i64
  %k7 = wasm.const 18446744073709551615 : i64
  %k8 = wasm.const 1.5 : f32
  %k9 = wasm.const 0.1 : f32
  %k10 = wasm.const -0.0 : f32
  %k11 = wasm.const 0x7F800000 : f32
  %k12 = wasm.const 0xFF800000 : f32
  %k13 = wasm.const 0x7FC00000 : f32
  %k14 = wasm.const 0xFFC00000 : f32
  %k15 = wasm.const 0x7FA00001 : f32
  %k16 = wasm.const 0x00000001 : f32
  %k17 = wasm.const 0.1 : f64
  %k18 = wasm.const -0.0 : f64
  %k19 = wasm.const 0x7FF8000000000000 : f64
  %k20 = wasm.const 0x7FF0000000000001 : f64
  %k21 = wasm.const 0xFFF0000000000000 : f64
  %k22 = wasm.const 0x0000000000000001 : f64
  %k23 = wasm.const 3.141592653589793 : f64
  %k24 = wasm.const 0x0010000000000001 : f64
  %k25 = wasm.const 0x4B800001 : f32
  wasm.yield
}
