//===- WasmOps.td - Operations of the wasm dialect ---------*- tablegen -*-===//

#ifndef W2N_WASM_OPS_TD
#define W2N_WASM_OPS_TD

include "Wasm/WasmDialect.td"
include "Wasm/WasmTypes.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/IR/EnumAttr.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/IR/OpBase.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

//===----------------------------------------------------------------------===//
// Enums
//===----------------------------------------------------------------------===//

def Wasm_ExternKind : I32EnumAttr<"ExternKind", "kind of an export", [
    I32EnumAttrCase<"func", 0>, I32EnumAttrCase<"table", 1>,
    I32EnumAttrCase<"memory", 2>, I32EnumAttrCase<"global", 3>]> {
  let cppNamespace = "::w2n::wasm";
}

def Wasm_SegmentMode : I32EnumAttr<"SegmentMode", "mode of a segment", [
    I32EnumAttrCase<"active", 0>, I32EnumAttrCase<"passive", 1>,
    I32EnumAttrCase<"declarative", 2>]> {
  let cppNamespace = "::w2n::wasm";
}

//===----------------------------------------------------------------------===//
// Module-level definitions
//===----------------------------------------------------------------------===//

def Wasm_FuncOp : Wasm_Op<"func", [Symbol, IsolatedFromAbove]> {
  let summary = "A function defined by the module";
  let description = [{
    A function of the module's function index space. Its parameters and the
    locals in `locals` together form the local index space (parameters
    first); locals start at zero. The body is the function's outermost
    label: falling off its end (`wasm.yield`) or branching to it returns.

    ```mlir
    wasm.func @add : (i32, i32) -> i32 locals [i64] {
      %0 = wasm.local.get 0 : i32
      %1 = wasm.local.get 1 : i32
      %2 = wasm.add %0, %1 : i32
      wasm.yield %2 : i32
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                       TypeAttrOf<FunctionType>:$function_type,
                       OptionalAttr<TypeArrayAttr>:$locals);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    $sym_name `:` $function_type (`locals` $locals^)? attr-dict-with-keyword
    $body
  }];
  let hasVerifier = 1;
  let extraClassDeclaration = [{
    /// Number of locals including parameters.
    unsigned getNumLocalsAndParams();
    /// Type of local `index` (parameters first), or null if out of range.
    ::mlir::Type getLocalType(unsigned index);
  }];
}

def Wasm_ImportFuncOp : Wasm_Op<"import_func", [Symbol]> {
  let summary = "A function imported from the host or another module";
  let description = [{
    ```mlir
    wasm.import_func @print from "env" "print" : (i32) -> ()
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$module_name,
                       StrAttr:$import_name,
                       TypeAttrOf<FunctionType>:$function_type);
  let assemblyFormat = [{
    $sym_name `from` $module_name $import_name `:` $function_type attr-dict
  }];
}

def Wasm_ImportGlobalOp : Wasm_Op<"import_global", [Symbol]> {
  let summary = "An imported global";
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$module_name,
                       StrAttr:$import_name, TypeAttr:$type,
                       UnitAttr:$is_mutable);
  let assemblyFormat = [{
    $sym_name `from` $module_name $import_name `:` (`mut` $is_mutable^)?
    $type attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_ImportMemoryOp : Wasm_Op<"import_memory", [Symbol]> {
  let summary = "An imported linear memory (limits in 64 KiB pages)";
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$module_name,
                       StrAttr:$import_name, I64Attr:$min,
                       OptionalAttr<I64Attr>:$max);
  let assemblyFormat = [{
    $sym_name `from` $module_name $import_name `min` $min (`max` $max^)?
    attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_ImportTableOp : Wasm_Op<"import_table", [Symbol]> {
  let summary = "An imported table";
  let arguments = (ins SymbolNameAttr:$sym_name, StrAttr:$module_name,
                       StrAttr:$import_name, TypeAttr:$elem_type,
                       I64Attr:$min, OptionalAttr<I64Attr>:$max);
  let assemblyFormat = [{
    $sym_name `from` $module_name $import_name `:` $elem_type `min` $min
    (`max` $max^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_MemoryOp : Wasm_Op<"memory", [Symbol]> {
  let summary = "A linear memory defined by the module (limits in pages)";
  let description = [{
    ```mlir
    wasm.memory @mem_0 min 1 max 16
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, I64Attr:$min,
                       OptionalAttr<I64Attr>:$max);
  let assemblyFormat = "$sym_name `min` $min (`max` $max^)? attr-dict";
  let hasVerifier = 1;
}

def Wasm_TableOp : Wasm_Op<"table", [Symbol]> {
  let summary = "A table defined by the module";
  let arguments = (ins SymbolNameAttr:$sym_name, TypeAttr:$elem_type,
                       I64Attr:$min, OptionalAttr<I64Attr>:$max);
  let assemblyFormat = [{
    $sym_name `:` $elem_type `min` $min (`max` $max^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_GlobalOp : Wasm_Op<"global", [Symbol, IsolatedFromAbove]> {
  let summary = "A global defined by the module, with its initializer";
  let description = [{
    The initializer region is a constant expression ending in a
    `wasm.yield` of one value of the global's type.

    ```mlir
    wasm.global @counter : mut i32 {
      %0 = wasm.const 0 : i32
      wasm.yield %0 : i32
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, TypeAttr:$type,
                       UnitAttr:$is_mutable);
  let regions = (region SizedRegion<1>:$init);
  let assemblyFormat = [{
    $sym_name `:` (`mut` $is_mutable^)? $type attr-dict-with-keyword $init
  }];
  let hasVerifier = 1;
}

def Wasm_ExportOp : Wasm_Op<"export"> {
  let summary = "Exports a definition under a name";
  let description = [{
    ```mlir
    wasm.export "add" func @add
    ```
  }];
  let arguments = (ins StrAttr:$export_name, Wasm_ExternKind:$kind,
                       FlatSymbolRefAttr:$target);
  let assemblyFormat = "$export_name $kind $target attr-dict";
}

def Wasm_StartOp : Wasm_Op<"start"> {
  let summary = "Names the start function, run at instantiation";
  let arguments = (ins FlatSymbolRefAttr:$function);
  let assemblyFormat = "$function attr-dict";
}

def Wasm_ElemOp : Wasm_Op<"elem", [Symbol, IsolatedFromAbove]> {
  let summary = "An element segment";
  let description = [{
    An element segment in any of the binary format's eight forms. `items`
    is a constant-expression region that yields the segment's references in
    order; an active segment also has a `table` and an `offset` region that
    yields the i32 start index.

    ```mlir
    wasm.elem @elem_0 active table @table_0 : !wasm.funcref offset {
      %0 = wasm.const 0 : i32
      wasm.yield %0 : i32
    } items {
      %0 = wasm.ref.func @f
      wasm.yield %0 : !wasm.funcref
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Wasm_SegmentMode:$mode,
                       OptionalAttr<FlatSymbolRefAttr>:$table,
                       TypeAttr:$elem_type);
  let regions = (region AnyRegion:$offset, SizedRegion<1>:$items);
  let assemblyFormat = [{
    $sym_name $mode (`table` $table^)? `:` $elem_type attr-dict-with-keyword
    (`offset` $offset^)? `items` $items
  }];
  let hasVerifier = 1;
}

def Wasm_DataOp : Wasm_Op<"data", [Symbol, IsolatedFromAbove]> {
  let summary = "A data segment";
  let description = [{
    A data segment with its bytes. An active segment names its memory and
    has an `offset` region yielding the i32 start address.

    ```mlir
    wasm.data @data_0 active memory @mem_0 "hello" offset {
      %0 = wasm.const 16 : i32
      wasm.yield %0 : i32
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, Wasm_SegmentMode:$mode,
                       OptionalAttr<FlatSymbolRefAttr>:$memory,
                       StrAttr:$init);
  let regions = (region AnyRegion:$offset);
  let assemblyFormat = [{
    $sym_name $mode (`memory` $memory^)? $init attr-dict-with-keyword
    (`offset` $offset^)?
  }];
  let hasVerifier = 1;
}

//===----------------------------------------------------------------------===//
// Structured control flow
//===----------------------------------------------------------------------===//

class Wasm_LabelOp<string mnemonic, string desc> : Wasm_Op<mnemonic> {
  let description = desc;
  let arguments = (ins Variadic<Wasm_ValType>:$inputs);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = [{
    (`(` $inputs^ `)`)? `:` functional-type($inputs, $results)
    attr-dict-with-keyword $body
  }];
  let hasVerifier = 1;
}

def Wasm_BlockOp : Wasm_LabelOp<"block", [{
    A Wasm `block`. The inputs are the block type's parameters and become
    the arguments of the body's entry block. A branch to this label leaves
    the block with the label's result values; so does falling off the end
    of the body (`wasm.yield`).
  }]> {
  let summary = "A block whose label is at its end";
}

def Wasm_LoopOp : Wasm_LabelOp<"loop", [{
    A Wasm `loop`. Its label is at its start: a branch to it passes the
    loop's parameter values to the body's entry block and runs the body
    again. Falling off the end of the body (`wasm.yield`) leaves the loop
    with its results.
  }]> {
  let summary = "A loop whose label is at its start";
}

def Wasm_IfOp : Wasm_Op<"if"> {
  let summary = "Two-armed conditional with a label at its end";
  let description = [{
    Runs `then` if the condition is non-zero, else `else`. Both regions take
    the parameters as entry block arguments. An empty `else` region stands
    for the binary format's `if` without `else`, which is only valid when
    parameters and results have the same types: it passes them through.
  }];
  let arguments = (ins I32:$condition, Variadic<Wasm_ValType>:$inputs);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let regions = (region SizedRegion<1>:$thenRegion, AnyRegion:$elseRegion);
  let assemblyFormat = [{
    $condition (`(` $inputs^ `)`)? `:` functional-type($inputs, $results)
    attr-dict-with-keyword $thenRegion (`else` $elseRegion^)?
  }];
  let hasVerifier = 1;
}

def Wasm_YieldOp : Wasm_Op<"yield", [Terminator]> {
  let summary = "Falls off the end of a region with its result values";
  let description = [{
    The implicit `end` of a block, loop, if arm or function body, and the
    result of a constant expression.
  }];
  let arguments = (ins Variadic<Wasm_ValType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Wasm_BrOp : Wasm_Op<"br", [Terminator]> {
  let summary = "Unconditional branch to an enclosing label";
  let description = [{
    Branches to the label `depth` levels out (0 = innermost). The values
    are the label's arity: a loop's parameters, or a block's, if's or the
    function's results.
  }];
  let arguments = (ins I32Attr:$depth, Variadic<Wasm_ValType>:$values);
  let assemblyFormat = [{
    $depth (`(` $values^ `:` type($values) `)`)? attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_BrIfOp : Wasm_Op<"br_if"> {
  let summary = "Conditional branch to an enclosing label";
  let description = [{
    Branches like `wasm.br` if the condition is non-zero; otherwise
    continues with the values unchanged as its results.
  }];
  let arguments = (ins I32:$condition, I32Attr:$depth,
                       Variadic<Wasm_ValType>:$values);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let assemblyFormat = [{
    $condition `,` $depth (`(` $values^ `)`)? `:`
    functional-type($values, $results) attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_BrTableOp : Wasm_Op<"br_table", [Terminator]> {
  let summary = "Indexed branch to one of several enclosing labels";
  let description = [{
    Branches to `targets[index]`, or to `default` when the unsigned index is
    out of range. All targets must take the same value types.
  }];
  let arguments = (ins I32:$index, DenseI32ArrayAttr:$targets,
                       I32Attr:$default_target,
                       Variadic<Wasm_ValType>:$values);
  let assemblyFormat = [{
    $index $targets `default` $default_target
    (`(` $values^ `:` type($values) `)`)? attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_ReturnOp : Wasm_Op<"return", [Terminator]> {
  let summary = "Returns from the function";
  let arguments = (ins Variadic<Wasm_ValType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Wasm_UnreachableOp : Wasm_Op<"unreachable", [Terminator]> {
  let summary = "Traps unconditionally";
  let description = [{ Always traps with kind `unreachable`. }];
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

def Wasm_CallOp : Wasm_Op<"call",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Direct call";
  let description = [{
    Calls a defined or imported function. Traps with `call stack exhausted`
    when the native stack limit is reached.
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee,
                       Variadic<Wasm_ValType>:$args);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let assemblyFormat = [{
    $callee `(` $args `)` attr-dict `:` functional-type($args, $results)
  }];
}

def Wasm_CallIndirectOp : Wasm_Op<"call_indirect"> {
  let summary = "Call through a table";
  let description = [{
    Calls the function stored at `index` in `table`. Traps if the index is
    out of the table's bounds (`undefined element`), if the entry is null
    (`uninitialized element`), or if the function's type is not
    structurally equal to the expected type
    (`indirect call type mismatch`).
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$index,
                       Variadic<Wasm_ValType>:$args);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let assemblyFormat = [{
    $table `[` $index `]` `(` $args `)` attr-dict `:`
    functional-type($args, $results)
  }];
}

//===----------------------------------------------------------------------===//
// Parametric, variable and reference instructions
//===----------------------------------------------------------------------===//

def Wasm_DropOp : Wasm_Op<"drop"> {
  let summary = "Discards a value";
  let arguments = (ins Wasm_ValType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

def Wasm_SelectOp : Wasm_Op<"select",
    [Pure, AllTypesMatch<["true_value", "false_value", "result"]>]> {
  let summary = "Chooses one of two values";
  let description = [{
    Returns `true_value` if the condition is non-zero, else `false_value`.
    Both are evaluated before.
  }];
  let arguments = (ins I32:$condition, Wasm_ValType:$true_value,
                       Wasm_ValType:$false_value);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = [{
    $condition `,` $true_value `,` $false_value attr-dict `:` type($result)
  }];
}

def Wasm_LocalGetOp : Wasm_Op<"local.get"> {
  let summary = "Reads a local (parameters first)";
  let arguments = (ins I32Attr:$index);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$index attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Wasm_LocalSetOp : Wasm_Op<"local.set"> {
  let summary = "Writes a local";
  let arguments = (ins I32Attr:$index, Wasm_ValType:$value);
  let assemblyFormat = "$index `,` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

def Wasm_LocalTeeOp : Wasm_Op<"local.tee",
    [AllTypesMatch<["value", "result"]>]> {
  let summary = "Writes a local and returns the value";
  let arguments = (ins I32Attr:$index, Wasm_ValType:$value);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$index `,` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

def Wasm_GlobalGetOp : Wasm_Op<"global.get",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Reads a global";
  let arguments = (ins FlatSymbolRefAttr:$global);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$global attr-dict `:` type($result)";
}

def Wasm_GlobalSetOp : Wasm_Op<"global.set",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Writes a mutable global";
  let arguments = (ins FlatSymbolRefAttr:$global, Wasm_ValType:$value);
  let assemblyFormat = "$global `,` $value attr-dict `:` type($value)";
}

def Wasm_RefNullOp : Wasm_Op<"ref.null", [Pure]> {
  let summary = "The null reference of a reference type";
  let results = (outs Wasm_RefType:$result);
  let assemblyFormat = "attr-dict `:` type($result)";
}

def Wasm_RefIsNullOp : Wasm_Op<"ref.is_null", [Pure]> {
  let summary = "1 if the reference is null, else 0";
  let arguments = (ins Wasm_RefType:$ref);
  let results = (outs I32:$result);
  let assemblyFormat = "$ref attr-dict `:` type($ref)";
}

def Wasm_RefFuncOp : Wasm_Op<"ref.func", [Pure]> {
  let summary = "A reference to a function";
  let description = [{
    In a function body, the function must be declared by an element
    segment, an export or a global initializer (checked at validation).
  }];
  let arguments = (ins FlatSymbolRefAttr:$function);
  let results = (outs Wasm_FuncRefType:$result);
  let assemblyFormat = "$function attr-dict";
}

//===----------------------------------------------------------------------===//
// Constants and numeric instructions
//===----------------------------------------------------------------------===//

def Wasm_ConstOp : Wasm_Op<"const",
    [ConstantLike, Pure, AllTypesMatch<["value", "result"]>]> {
  let summary = "An i32, i64, f32 or f64 constant";
  let description = [{
    Float constants keep their exact bit pattern, NaN payloads included
    (NaNs print in hexadecimal form).
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs Wasm_NumType:$result);
  let assemblyFormat = "$value attr-dict";
  let hasVerifier = 1;
}

def Wasm_V128ConstOp : Wasm_Op<"v128.const", [ConstantLike, Pure]> {
  let summary = "A 128-bit vector constant, as 16 bytes in memory order";
  let arguments = (ins DenseI8ArrayAttr:$value);
  let results = (outs Wasm_V128Type:$result);
  let assemblyFormat = "$value attr-dict";
  let hasVerifier = 1;
}

class Wasm_BinaryOp<string mnemonic, Type type, string summ, string desc,
                    list<Trait> traits = [Pure]>
    : Wasm_Op<mnemonic, !listconcat(traits, [SameOperandsAndResultType])> {
  let summary = summ;
  let description = desc;
  let arguments = (ins type:$lhs, type:$rhs);
  let results = (outs type:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
}

class Wasm_UnaryOp<string mnemonic, Type type, string summ, string desc>
    : Wasm_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let summary = summ;
  let description = desc;
  let arguments = (ins type:$input);
  let results = (outs type:$result);
  let assemblyFormat = "$input attr-dict `:` type($result)";
}

class Wasm_CompareOp<string mnemonic, Type type, string summ, string desc>
    : Wasm_Op<mnemonic, [Pure, AllTypesMatch<["lhs", "rhs"]>]> {
  let summary = summ;
  let description = desc;
  let arguments = (ins type:$lhs, type:$rhs);
  let results = (outs I32:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs)";
}

class Wasm_ConvertOp<string mnemonic, Type from, Type to, string summ,
                     string desc, list<Trait> traits = [Pure]>
    : Wasm_Op<mnemonic, traits> {
  let summary = summ;
  let description = desc;
  let arguments = (ins from:$input);
  let results = (outs to:$result);
  let assemblyFormat = "$input attr-dict `:` type($input) `to` type($result)";
  let hasVerifier = 1;
}

// Integer arithmetic. Integers are bit patterns; `_s`/`_u` name how an
// instruction interprets them. All results wrap modulo 2^N.
def Wasm_AddOp : Wasm_BinaryOp<"add", Wasm_NumType, "Addition",
  [{Integers: wrapping addition. Floats: IEEE 754 addition, round to nearest
    even; a NaN result is a canonical NaN if no input is a NaN, otherwise an
    arithmetic NaN.}]>;
def Wasm_SubOp : Wasm_BinaryOp<"sub", Wasm_NumType, "Subtraction",
  [{Integers: wrapping subtraction. Floats: IEEE 754 subtraction with the
    NaN rule of `wasm.add`.}]>;
def Wasm_MulOp : Wasm_BinaryOp<"mul", Wasm_NumType, "Multiplication",
  [{Integers: the low N bits of the product. Floats: IEEE 754
    multiplication with the NaN rule of `wasm.add`.}]>;
def Wasm_DivSOp : Wasm_BinaryOp<"div_s", Wasm_IntType, "Signed division",
  [{Signed division rounding toward zero. Traps with `integer divide by
    zero` when the divisor is 0 and with `integer overflow` for
    INT_MIN / -1.}], []>;
def Wasm_DivUOp : Wasm_BinaryOp<"div_u", Wasm_IntType, "Unsigned division",
  [{Unsigned division. Traps with `integer divide by zero` when the divisor
    is 0.}], []>;
def Wasm_RemSOp : Wasm_BinaryOp<"rem_s", Wasm_IntType, "Signed remainder",
  [{Remainder with the sign of the dividend. Traps with `integer divide by
    zero` when the divisor is 0. INT_MIN rem_s -1 is 0 (no trap).}], []>;
def Wasm_RemUOp : Wasm_BinaryOp<"rem_u", Wasm_IntType, "Unsigned remainder",
  [{Unsigned remainder. Traps with `integer divide by zero` when the
    divisor is 0.}], []>;
def Wasm_AndOp : Wasm_BinaryOp<"and", Wasm_IntType, "Bitwise and", "">;
def Wasm_OrOp : Wasm_BinaryOp<"or", Wasm_IntType, "Bitwise or", "">;
def Wasm_XorOp : Wasm_BinaryOp<"xor", Wasm_IntType, "Bitwise xor", "">;
def Wasm_ShlOp : Wasm_BinaryOp<"shl", Wasm_IntType, "Shift left",
  [{Shifts left by the count modulo N (the bit width); never traps.}]>;
def Wasm_ShrSOp : Wasm_BinaryOp<"shr_s", Wasm_IntType,
  "Arithmetic shift right", [{The count is taken modulo N.}]>;
def Wasm_ShrUOp : Wasm_BinaryOp<"shr_u", Wasm_IntType,
  "Logical shift right", [{The count is taken modulo N.}]>;
def Wasm_RotlOp : Wasm_BinaryOp<"rotl", Wasm_IntType, "Rotate left",
  [{The count is taken modulo N.}]>;
def Wasm_RotrOp : Wasm_BinaryOp<"rotr", Wasm_IntType, "Rotate right",
  [{The count is taken modulo N.}]>;
def Wasm_ClzOp : Wasm_UnaryOp<"clz", Wasm_IntType, "Count leading zeros",
  [{Returns N for 0.}]>;
def Wasm_CtzOp : Wasm_UnaryOp<"ctz", Wasm_IntType, "Count trailing zeros",
  [{Returns N for 0.}]>;
def Wasm_PopcntOp : Wasm_UnaryOp<"popcnt", Wasm_IntType,
  "Count set bits", "">;
def Wasm_Extend8SOp : Wasm_UnaryOp<"extend8_s", Wasm_IntType,
  "Sign-extends the low 8 bits", "">;
def Wasm_Extend16SOp : Wasm_UnaryOp<"extend16_s", Wasm_IntType,
  "Sign-extends the low 16 bits", "">;
def Wasm_Extend32SOp : Wasm_UnaryOp<"extend32_s", I64,
  "Sign-extends the low 32 bits of an i64", "">;
def Wasm_EqzOp : Wasm_Op<"eqz", [Pure]> {
  let summary = "1 if the integer is zero, else 0";
  let arguments = (ins Wasm_IntType:$input);
  let results = (outs I32:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

// Comparisons (result i32: 1 or 0).
def Wasm_EqOp : Wasm_CompareOp<"eq", Wasm_NumType, "Equal",
  [{Floats: IEEE equality; false if either input is a NaN; -0 == +0.}]>;
def Wasm_NeOp : Wasm_CompareOp<"ne", Wasm_NumType, "Not equal",
  [{Floats: true if either input is a NaN.}]>;
def Wasm_LtSOp : Wasm_CompareOp<"lt_s", Wasm_IntType, "Signed less than", "">;
def Wasm_LtUOp : Wasm_CompareOp<"lt_u", Wasm_IntType, "Unsigned less than", "">;
def Wasm_GtSOp : Wasm_CompareOp<"gt_s", Wasm_IntType, "Signed greater than", "">;
def Wasm_GtUOp : Wasm_CompareOp<"gt_u", Wasm_IntType, "Unsigned greater than", "">;
def Wasm_LeSOp : Wasm_CompareOp<"le_s", Wasm_IntType, "Signed less or equal", "">;
def Wasm_LeUOp : Wasm_CompareOp<"le_u", Wasm_IntType, "Unsigned less or equal", "">;
def Wasm_GeSOp : Wasm_CompareOp<"ge_s", Wasm_IntType, "Signed greater or equal", "">;
def Wasm_GeUOp : Wasm_CompareOp<"ge_u", Wasm_IntType, "Unsigned greater or equal", "">;
def Wasm_LtOp : Wasm_CompareOp<"lt", Wasm_FloatType, "Float less than",
  [{Ordered: false if either input is a NaN.}]>;
def Wasm_GtOp : Wasm_CompareOp<"gt", Wasm_FloatType, "Float greater than",
  [{Ordered: false if either input is a NaN.}]>;
def Wasm_LeOp : Wasm_CompareOp<"le", Wasm_FloatType, "Float less or equal",
  [{Ordered: false if either input is a NaN.}]>;
def Wasm_GeOp : Wasm_CompareOp<"ge", Wasm_FloatType,
  "Float greater or equal", [{Ordered: false if either input is a NaN.}]>;

// Float arithmetic.
def Wasm_DivOp : Wasm_BinaryOp<"div", Wasm_FloatType, "Float division",
  [{IEEE 754 division (x/0 is ±inf, 0/0 is NaN); never traps. NaN rule of
    `wasm.add`.}]>;
def Wasm_MinOp : Wasm_BinaryOp<"min", Wasm_FloatType, "Float minimum",
  [{NaN if either input is a NaN (canonical if no input is a NaN,
    otherwise arithmetic); -0 is smaller than +0.}]>;
def Wasm_MaxOp : Wasm_BinaryOp<"max", Wasm_FloatType, "Float maximum",
  [{NaN if either input is a NaN; +0 is larger than -0.}]>;
def Wasm_CopysignOp : Wasm_BinaryOp<"copysign", Wasm_FloatType,
  "Magnitude of lhs with the sign bit of rhs",
  [{A pure bit operation: NaN payloads pass through unchanged.}]>;
def Wasm_AbsOp : Wasm_UnaryOp<"abs", Wasm_FloatType, "Clears the sign bit",
  [{A bit operation: NaNs keep their payload.}]>;
def Wasm_NegOp : Wasm_UnaryOp<"neg", Wasm_FloatType, "Flips the sign bit",
  [{A bit operation: NaNs keep their payload.}]>;
def Wasm_SqrtOp : Wasm_UnaryOp<"sqrt", Wasm_FloatType, "Square root",
  [{IEEE 754 square root; negative inputs give a canonical NaN.}]>;
def Wasm_CeilOp : Wasm_UnaryOp<"ceil", Wasm_FloatType, "Round up",
  [{NaN inputs give an arithmetic NaN.}]>;
def Wasm_FloorOp : Wasm_UnaryOp<"floor", Wasm_FloatType, "Round down",
  [{NaN inputs give an arithmetic NaN.}]>;
def Wasm_TruncOp : Wasm_UnaryOp<"trunc", Wasm_FloatType,
  "Round toward zero", [{NaN inputs give an arithmetic NaN.}]>;
def Wasm_NearestOp : Wasm_UnaryOp<"nearest", Wasm_FloatType,
  "Round to nearest integer, ties to even",
  [{NaN inputs give an arithmetic NaN.}]>;

// Conversions.
def Wasm_WrapOp : Wasm_ConvertOp<"wrap", I64, I32,
  "i32.wrap_i64: keeps the low 32 bits", "">;
def Wasm_ExtendSOp : Wasm_ConvertOp<"extend_s", I32, I64,
  "i64.extend_i32_s: sign extension", "">;
def Wasm_ExtendUOp : Wasm_ConvertOp<"extend_u", I32, I64,
  "i64.extend_i32_u: zero extension", "">;
def Wasm_TruncSOp : Wasm_ConvertOp<"trunc_s", Wasm_FloatType, Wasm_IntType,
  "Float to signed integer, rounding toward zero",
  [{Traps with `invalid conversion to integer` for a NaN input and with
    `integer overflow` when the truncated value is not representable.}],
  []>;
def Wasm_TruncUOp : Wasm_ConvertOp<"trunc_u", Wasm_FloatType, Wasm_IntType,
  "Float to unsigned integer, rounding toward zero",
  [{Traps with `invalid conversion to integer` for a NaN input and with
    `integer overflow` when the truncated value is not representable
    (values in (-1, 0] give 0).}], []>;
def Wasm_TruncSatSOp : Wasm_ConvertOp<"trunc_sat_s", Wasm_FloatType,
  Wasm_IntType, "Saturating float to signed integer",
  [{NaN gives 0; out-of-range values give the minimum or maximum. Never
    traps.}]>;
def Wasm_TruncSatUOp : Wasm_ConvertOp<"trunc_sat_u", Wasm_FloatType,
  Wasm_IntType, "Saturating float to unsigned integer",
  [{NaN and negative values give 0; too large values give the maximum.
    Never traps.}]>;
def Wasm_ConvertSOp : Wasm_ConvertOp<"convert_s", Wasm_IntType,
  Wasm_FloatType, "Signed integer to float",
  [{Rounds to nearest, ties to even.}]>;
def Wasm_ConvertUOp : Wasm_ConvertOp<"convert_u", Wasm_IntType,
  Wasm_FloatType, "Unsigned integer to float",
  [{Rounds to nearest, ties to even.}]>;
def Wasm_DemoteOp : Wasm_ConvertOp<"demote", F64, F32,
  "f32.demote_f64", [{Rounds to nearest even; a NaN input gives a NaN
    (canonical if the input is canonical, otherwise arithmetic).}]>;
def Wasm_PromoteOp : Wasm_ConvertOp<"promote", F32, F64,
  "f64.promote_f32", [{Exact; a NaN input gives a NaN as for demote.}]>;
def Wasm_ReinterpretOp : Wasm_ConvertOp<"reinterpret", Wasm_NumType,
  Wasm_NumType, "Reinterprets the bits between an integer and a float "
  "type of the same width", [{Bit-exact, NaN payloads included.}]>;

//===----------------------------------------------------------------------===//
// Linear memory
//===----------------------------------------------------------------------===//

def Wasm_LoadOp : Wasm_Op<"load"> {
  let summary = "Loads from linear memory";
  let description = [{
    Reads `size` bytes (little endian) at the effective address
    `addr + offset`, computed without wrapping (33 bits and more), and
    extends them to the result type (with `sign_extend`, as signed; else
    with zeros) when `size` is smaller. `align` is the alignment hint in
    bytes; it never changes the semantics. Traps with
    `out of bounds memory access` if any byte lies beyond the current
    memory size.

    ```mlir
    %v = wasm.load %addr offset 8 size 1 align 1 sign_extend : i32
    ```
  }];
  let arguments = (ins I32:$addr, I64Attr:$offset, I32Attr:$size,
                       I32Attr:$align, UnitAttr:$sign_extend);
  let results = (outs Wasm_NumOrVecType:$result);
  let assemblyFormat = [{
    $addr `offset` $offset `size` $size `align` $align
    (`sign_extend` $sign_extend^)? attr-dict `:` type($result)
  }];
  let hasVerifier = 1;
}

def Wasm_StoreOp : Wasm_Op<"store"> {
  let summary = "Stores to linear memory";
  let description = [{
    Writes the low `size` bytes of the value (little endian) at the
    effective address `addr + offset`, computed without wrapping. Traps with
    `out of bounds memory access`, before writing anything, if any byte lies
    beyond the current memory size.
  }];
  let arguments = (ins I32:$addr, Wasm_NumOrVecType:$value, I64Attr:$offset,
                       I32Attr:$size, I32Attr:$align);
  let assemblyFormat = [{
    $addr `,` $value `offset` $offset `size` $size `align` $align attr-dict
    `:` type($value)
  }];
  let hasVerifier = 1;
}

def Wasm_MemorySizeOp : Wasm_Op<"memory.size"> {
  let summary = "Current memory size in 64 KiB pages";
  let results = (outs I32:$result);
  let assemblyFormat = "attr-dict";
}

def Wasm_MemoryGrowOp : Wasm_Op<"memory.grow"> {
  let summary = "Grows memory by a number of pages";
  let description = [{
    Returns the previous size in pages, or -1 (and leaves memory unchanged)
    if the new size would exceed the maximum or the host refuses. New pages
    are zero.
  }];
  let arguments = (ins I32:$delta);
  let results = (outs I32:$result);
  let assemblyFormat = "$delta attr-dict";
}

def Wasm_MemoryFillOp : Wasm_Op<"memory.fill"> {
  let summary = "Sets a range of memory to a byte value";
  let description = [{
    Traps with `out of bounds memory access` before writing anything if
    `dest + size` exceeds the memory size (even when `size` is 0 and only
    `dest` is out of bounds).
  }];
  let arguments = (ins I32:$dest, I32:$value, I32:$size);
  let assemblyFormat = "$dest `,` $value `,` $size attr-dict";
}

def Wasm_MemoryCopyOp : Wasm_Op<"memory.copy"> {
  let summary = "Copies a range of memory (ranges may overlap)";
  let description = [{
    Traps before copying anything if either range is out of bounds.
  }];
  let arguments = (ins I32:$dest, I32:$src, I32:$size);
  let assemblyFormat = "$dest `,` $src `,` $size attr-dict";
}

def Wasm_MemoryInitOp : Wasm_Op<"memory.init",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Copies bytes from a passive data segment into memory";
  let description = [{
    Traps before copying anything if `src + size` exceeds the segment's
    length (0 once dropped) or `dest + size` exceeds the memory size.
  }];
  let arguments = (ins FlatSymbolRefAttr:$segment, I32:$dest, I32:$src,
                       I32:$size);
  let assemblyFormat = "$segment `,` $dest `,` $src `,` $size attr-dict";
}

def Wasm_DataDropOp : Wasm_Op<"data.drop",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Drops a data segment (its length becomes 0)";
  let arguments = (ins FlatSymbolRefAttr:$segment);
  let assemblyFormat = "$segment attr-dict";
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

def Wasm_TableGetOp : Wasm_Op<"table.get"> {
  let summary = "Reads a table element";
  let description = [{
    Traps with `out of bounds table access` if the index is not below the
    table size.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$index);
  let results = (outs Wasm_RefType:$result);
  let assemblyFormat = "$table `[` $index `]` attr-dict `:` type($result)";
}

def Wasm_TableSetOp : Wasm_Op<"table.set"> {
  let summary = "Writes a table element";
  let description = [{ Traps like `wasm.table.get`. }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$index,
                       Wasm_RefType:$value);
  let assemblyFormat = [{
    $table `[` $index `]` `,` $value attr-dict `:` type($value)
  }];
}

def Wasm_TableSizeOp : Wasm_Op<"table.size"> {
  let summary = "Current number of table elements";
  let arguments = (ins FlatSymbolRefAttr:$table);
  let results = (outs I32:$result);
  let assemblyFormat = "$table attr-dict";
}

def Wasm_TableGrowOp : Wasm_Op<"table.grow"> {
  let summary = "Grows a table, filling new slots with a value";
  let description = [{ Returns the previous size, or -1 on failure. }];
  let arguments = (ins FlatSymbolRefAttr:$table, Wasm_RefType:$init,
                       I32:$delta);
  let results = (outs I32:$result);
  let assemblyFormat = "$table `,` $init `,` $delta attr-dict `:` type($init)";
}

def Wasm_TableFillOp : Wasm_Op<"table.fill"> {
  let summary = "Sets a range of table elements to a value";
  let description = [{ Traps before writing if the range is out of bounds. }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$dest,
                       Wasm_RefType:$value, I32:$size);
  let assemblyFormat = [{
    $table `,` $dest `,` $value `,` $size attr-dict `:` type($value)
  }];
}

def Wasm_TableCopyOp : Wasm_Op<"table.copy"> {
  let summary = "Copies a range of elements between tables (may overlap)";
  let description = [{ Traps before copying if either range is out of bounds. }];
  let arguments = (ins FlatSymbolRefAttr:$dest_table,
                       FlatSymbolRefAttr:$src_table, I32:$dest, I32:$src,
                       I32:$size);
  let assemblyFormat = [{
    $dest_table `,` $src_table `,` $dest `,` $src `,` $size attr-dict
  }];
}

def Wasm_TableInitOp : Wasm_Op<"table.init",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Copies references from an element segment into a table";
  let description = [{
    Traps before copying if either range is out of bounds (a dropped
    segment has length 0).
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, FlatSymbolRefAttr:$segment,
                       I32:$dest, I32:$src, I32:$size);
  let assemblyFormat = [{
    $table `,` $segment `,` $dest `,` $src `,` $size attr-dict
  }];
}

def Wasm_ElemDropOp : Wasm_Op<"elem.drop",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Drops an element segment (its length becomes 0)";
  let arguments = (ins FlatSymbolRefAttr:$segment);
  let assemblyFormat = "$segment attr-dict";
}

//===----------------------------------------------------------------------===//
// SIMD128
//===----------------------------------------------------------------------===//

def Wasm_SimdOp : Wasm_Op<"simd"> {
  let summary = "A SIMD128 instruction, named by its text-format name";
  let description = [{
    Every non-memory instruction of the SIMD128 proposal (part of Wasm 2.0)
    in one op; `opcode` is the instruction's text-format name
    (`"i32x4.add"`, `"f32x4.min"`, `"i8x16.extract_lane_s"`, ...). The
    verifier checks the operand and result types against the instruction's
    signature, and the `lane` and `shuffle` immediates against its lanes.
    The semantics are the spec's, instruction by instruction; in particular
    float lane operations follow the scalar NaN rules and integer lane
    operations never trap. Native code generation for SIMD comes with a
    later lowering.

    ```mlir
    %r = wasm.simd "i32x4.add" %a, %b : (!wasm.v128, !wasm.v128) -> !wasm.v128
    %x = wasm.simd "i8x16.extract_lane_u" %a lane 3 : (!wasm.v128) -> i32
    ```
  }];
  let arguments = (ins StrAttr:$opcode, Variadic<Wasm_NumOrVecType>:$operands,
                       OptionalAttr<I32Attr>:$lane,
                       OptionalAttr<DenseI8ArrayAttr>:$shuffle);
  let results = (outs Wasm_NumOrVecType:$result);
  let assemblyFormat = [{
    $opcode $operands (`lane` $lane^)? (`shuffle` $shuffle^)? attr-dict `:`
    functional-type($operands, $result)
  }];
  let hasVerifier = 1;
}

def Wasm_SimdLoadOp : Wasm_Op<"simd.load"> {
  let summary = "A SIMD128 load other than plain v128.load";
  let description = [{
    `v128.load8x8_s` and friends, `v128.loadN_splat`, `v128.loadN_zero` and
    `v128.loadN_lane` (which also takes the vector to insert into and a
    lane). Effective address and trapping as for `wasm.load`.
  }];
  let arguments = (ins StrAttr:$opcode, I32:$addr,
                       Optional<Wasm_V128Type>:$vector, I64Attr:$offset,
                       I32Attr:$align, OptionalAttr<I32Attr>:$lane);
  let results = (outs Wasm_V128Type:$result);
  let assemblyFormat = [{
    $opcode $addr (`,` $vector^)? `offset` $offset `align` $align
    (`lane` $lane^)? attr-dict
  }];
  let hasVerifier = 1;
}

def Wasm_SimdStoreLaneOp : Wasm_Op<"simd.store_lane"> {
  let summary = "v128.storeN_lane: stores one lane";
  let arguments = (ins StrAttr:$opcode, I32:$addr, Wasm_V128Type:$vector,
                       I64Attr:$offset, I32Attr:$align, I32Attr:$lane);
  let assemblyFormat = [{
    $opcode $addr `,` $vector `offset` $offset `align` $align `lane` $lane
    attr-dict
  }];
  let hasVerifier = 1;
}

#endif // W2N_WASM_OPS_TD
