//===- WasmTypes.td - Types of the wasm dialect ------------*- tablegen -*-===//

#ifndef W2N_WASM_TYPES_TD
#define W2N_WASM_TYPES_TD

include "Wasm/WasmDialect.td"
include "mlir/IR/BuiltinTypes.td"

class Wasm_Type<string name, string typeMnemonic>
    : TypeDef<Wasm_Dialect, name> {
  let mnemonic = typeMnemonic;
}

def Wasm_FuncRefType : Wasm_Type<"FuncRef", "funcref"> {
  let summary = "A nullable reference to a function";
}
def Wasm_ExternRefType : Wasm_Type<"ExternRef", "externref"> {
  let summary = "A nullable reference to a host object";
}
def Wasm_V128Type : Wasm_Type<"V128", "v128"> {
  let summary = "A 128-bit SIMD vector, interpreted by each instruction";
}

def Wasm_NumType : AnyTypeOf<[I32, I64, F32, F64]>;
def Wasm_IntType : AnyTypeOf<[I32, I64]>;
def Wasm_FloatType : AnyTypeOf<[F32, F64]>;
def Wasm_RefType : AnyTypeOf<[Wasm_FuncRefType, Wasm_ExternRefType]>;
def Wasm_ValType : AnyTypeOf<[I32, I64, F32, F64, Wasm_V128Type,
                              Wasm_FuncRefType, Wasm_ExternRefType]>;
def Wasm_NumOrVecType : AnyTypeOf<[I32, I64, F32, F64, Wasm_V128Type]>;

#endif // W2N_WASM_TYPES_TD
