// RUN: w2n-opt %s --convert-wasm-to-std="bounds-checks=explicit" | FileCheck %s --check-prefix=EXPLICIT
// RUN: w2n-opt %s --convert-wasm-to-std="bounds-checks=guard" | FileCheck %s --check-prefix=GUARD

// The entry stack check compares the stack pointer with the instance's
// limit (slot 5, byte offset 40) and traps with kind 10. With explicit
// checks every function has it. With guard pages, a function that calls out
// of Wasm (an import, call_indirect, a runtime function) keeps it so that
// host code always has the margin below the limit; the others rely on the
// guard page below the stack and carry llvm.sideeffect instead, so that LLVM
// cannot delete a call to them.

wasm.import_func @func_0 from "env" "host" : () -> ()

// EXPLICIT-LABEL: func.func private @w2n_f1(
// EXPLICIT:         llvm.intr.stacksave
// EXPLICIT:         llvm.getelementptr %{{.*}}[40]
// EXPLICIT:         arith.cmpi ult
// EXPLICIT-NOT:     llvm.sideeffect
// EXPLICIT:         return
// GUARD-LABEL:    func.func private @w2n_f1(
// GUARD-NOT:        llvm.intr.stacksave
// GUARD:            llvm.call_intrinsic "llvm.sideeffect"()
// GUARD-NOT:        llvm.intr.stacksave
// GUARD:            call @w2n_f1(
// GUARD:            return
wasm.func @func_1 : () -> () {
  wasm.call @func_1() : () -> ()
  wasm.yield
}

// EXPLICIT-LABEL: func.func private @w2n_f2(
// EXPLICIT:         llvm.intr.stacksave
// GUARD-LABEL:    func.func private @w2n_f2(
// GUARD:            %[[SP:.*]] = llvm.intr.stacksave
// GUARD:            %[[SPI:.*]] = llvm.ptrtoint %[[SP]]
// GUARD:            %[[LIMADDR:.*]] = llvm.getelementptr %{{.*}}[40]
// GUARD:            %[[LIM:.*]] = llvm.load %[[LIMADDR]]
// GUARD:            %[[BELOW:.*]] = arith.cmpi ult, %[[SPI]], %[[LIM]] : i64
// GUARD:            cf.cond_br %[[BELOW]]
// GUARD-NOT:        llvm.sideeffect
// GUARD:            return
wasm.func @func_2 : () -> () {
  wasm.call @func_0() : () -> ()
  wasm.yield
}
