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
    first); declared locals start at zero (or null for references). The
    body is the function's outermost label: falling off its end
    (`wasm.yield`) or branching to it returns, with the function's result
    types. The body's entry block has no arguments: parameters are read
    with `wasm.local.get`.

    The verifier requires parameter, result and local types to be Wasm
    value types.

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
    A function import `(import "module_name" "import_name" (func ...))`.
    It takes the next index of the function index space, before all
    `wasm.func` definitions as in the binary format. Parameter and result
    types must be Wasm value types. The host supplies the function at
    instantiation; a call to it follows the same trapping rules as a call
    to a defined function.

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
  let hasVerifier = 1;
}

def Wasm_ImportGlobalOp : Wasm_Op<"import_global", [Symbol]> {
  let summary = "An imported global";
  let description = [{
    A global import of a Wasm value type, mutable if `mut` is given.
    Imported globals come first in the global index space. Constant
    expressions may read immutable ones with `wasm.global.get`.

    ```mlir
    wasm.import_global @g from "env" "g" : mut i64
    ```
  }];
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
  let description = [{
    A memory import with its limits in 64 KiB pages. The verifier requires
    `min <= max` and both at most 65536 (4 GiB). Wasm 2.0 allows one memory
    per module; the memory instructions act on it.

    ```mlir
    wasm.import_memory @mem from "env" "memory" min 1 max 256
    ```
  }];
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
  let description = [{
    A table import holding references of `elem_type` (`!wasm.funcref` or
    `!wasm.externref`), with limits in elements: `min <= max <= 2^32 - 1`.

    ```mlir
    wasm.import_table @tab from "env" "table" : !wasm.funcref min 10
    ```
  }];
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
    A memory defined by the module, with its limits in 64 KiB pages
    (`min <= max <= 65536`). Its initial contents are zero except where
    active data segments write at instantiation.

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
  let description = [{
    A table defined by the module, holding references of `elem_type`
    (`!wasm.funcref` or `!wasm.externref`), with limits in elements
    (`min <= max <= 2^32 - 1`). All elements start as null.

    ```mlir
    wasm.table @table_0 : !wasm.funcref min 4 max 4
    ```
  }];
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
    A global of a Wasm value type, mutable if `mut` is given. The
    initializer region is a constant expression: it may only hold
    `wasm.const`, `wasm.v128.const`, `wasm.ref.null`, `wasm.ref.func` and
    `wasm.global.get` of an immutable global, and ends in a `wasm.yield`
    of one value of the global's type.

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

def Wasm_ExportOp : Wasm_Op<"export",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Exports a definition under a name";
  let description = [{
    Exports a function, table, memory or global under `export_name`. The
    verifier checks that `target` names a definition or import of the
    given kind. (Wasm also requires export names to be unique in a module;
    the binary validator checks that, this verifier does not.)

    ```mlir
    wasm.export "add" func @add
    wasm.export "memory" memory @mem_0
    ```
  }];
  let arguments = (ins StrAttr:$export_name, Wasm_ExternKind:$kind,
                       FlatSymbolRefAttr:$target);
  let assemblyFormat = "$export_name $kind $target attr-dict";
}

def Wasm_StartOp : Wasm_Op<"start",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Names the start function, run at instantiation";
  let description = [{
    The function run once at the end of instantiation, after the active
    segments have been applied. It must have type `() -> ()`.

    ```mlir
    wasm.start @init
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$function);
  let assemblyFormat = "$function attr-dict";
}

def Wasm_ElemOp : Wasm_Op<"elem", [Symbol, IsolatedFromAbove,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "An element segment";
  let description = [{
    An element segment in any of the binary format's eight forms. `items`
    is a constant-expression region that yields the segment's references
    in order, each of type `elem_type`. An `active` segment also names a
    `table` whose element type is `elem_type` and has an `offset` region
    yielding the i32 start index; it is copied into the table at
    instantiation (trapping with `out of bounds table access` if it does
    not fit) and then dropped. A `passive` segment is used by
    `wasm.table.init`; a `declarative` one only declares functions for
    `wasm.ref.func` and behaves as dropped.

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

def Wasm_DataOp : Wasm_Op<"data", [Symbol, IsolatedFromAbove,
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "A data segment";
  let description = [{
    A data segment with its bytes. An `active` segment names its memory and
    has an `offset` constant-expression region yielding the i32 start
    address; it is copied into memory at instantiation (trapping with
    `out of bounds memory access` if it does not fit) and then dropped. A
    `passive` segment is used by `wasm.memory.init`. Data segments cannot
    be `declarative`.

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
    A Wasm `if`: runs `then` if the i32 condition is non-zero, else
    `else`. Both regions take the parameters as entry block arguments and
    end in `wasm.yield` of the results, or in a branch. An empty `else`
    region stands for the binary format's `if` without `else`, which is only
    valid when parameter and result types are equal: it passes the
    parameters through. The label is at the end, like `wasm.block`'s.

    ```mlir
    %r = wasm.if %c (%x) : (f32) -> f32 {
    ^bb0(%a: f32):
      %n = wasm.neg %a : f32
      wasm.yield %n : f32
    } else {
    ^bb0(%a: f32):
      wasm.yield %a : f32
    }
    ```
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
    result of a constant expression. The values must have the types of the
    enclosing op's results (the function's results in a function body, the
    global's type in an initializer, i32 in a segment offset, the element
    type for each item of an element segment).
  }];
  let arguments = (ins Variadic<Wasm_ValType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Wasm_BrOp : Wasm_Op<"br", [Terminator]> {
  let summary = "Unconditional branch to an enclosing label";
  let description = [{
    Branches to the label `depth` levels out (0 is the innermost enclosing
    `wasm.block`, `wasm.loop` or `wasm.if`; the depth equal to the number of
    enclosing labels is the function body, i.e. a return). The values are
    the label's arity: a loop's parameters, or a block's, if's or the
    function's results. The verifier checks the depth and the value types.

    ```mlir
    wasm.br 1 (%k : i32)
    ```
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
    Branches like `wasm.br` if the i32 condition is non-zero; otherwise
    falls through, returning the branch values unchanged as its results.

    ```mlir
    %r = wasm.br_if %c, 0 (%v) : (i64) -> i64
    ```
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
    Branches to the label `targets[index]`, or to `default_target` when the
    index (read as unsigned) is not below the number of targets. Every
    target must take the branch values' types.

    ```mlir
    wasm.br_table %i [0, 1, 0] default 2
    ```
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
  let description = [{
    Returns from the enclosing `wasm.func` with its result values, from
    any nesting depth.
  }];
  let arguments = (ins Variadic<Wasm_ValType>:$values);
  let assemblyFormat = "($values^ `:` type($values))? attr-dict";
  let hasVerifier = 1;
}

def Wasm_UnreachableOp : Wasm_Op<"unreachable", [Terminator]> {
  let summary = "Traps unconditionally";
  let description = [{
    Traps with `unreachable`. Operations after it in the binary format are
    dead and have no counterpart in the dialect.
  }];
  let assemblyFormat = "attr-dict";
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

def Wasm_CallOp : Wasm_Op<"call",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Direct call";
  let description = [{
    Calls a `wasm.func` or `wasm.import_func`; the operand and result types
    must be the callee's. Traps with `call stack exhausted` when the
    native stack limit is reached, and propagates traps of the callee.

    ```mlir
    %r = wasm.call @add(%a, %b) : (i32, i32) -> i32
    ```
  }];
  let arguments = (ins FlatSymbolRefAttr:$callee,
                       Variadic<Wasm_ValType>:$args);
  let results = (outs Variadic<Wasm_ValType>:$results);
  let assemblyFormat = [{
    $callee `(` $args `)` attr-dict `:` functional-type($args, $results)
  }];
}

def Wasm_CallIndirectOp : Wasm_Op<"call_indirect",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Call through a table";
  let description = [{
    Calls the function stored at `index` in `table`, which must hold
    `!wasm.funcref`. The expected function type is the op's type. Traps
    with `undefined element` if the index is not below the table's size,
    with `uninitialized element` if the entry is null, and with
    `indirect call type mismatch` if the function's type is not
    structurally equal to the expected type; then behaves like
    `wasm.call`.

    ```mlir
    %r = wasm.call_indirect @table_0[%i] (%x) : (f32) -> i32
    ```
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
  let description = [{
    Evaluates and discards a value of any type. Never traps.
  }];
  let arguments = (ins Wasm_ValType:$value);
  let assemblyFormat = "$value attr-dict `:` type($value)";
}

def Wasm_SelectOp : Wasm_Op<"select",
    [Pure, AllTypesMatch<["true_value", "false_value", "result"]>]> {
  let summary = "Chooses one of two values";
  let description = [{
    `select` and `select t`: returns `true_value` if the i32 condition is
    non-zero, else `false_value`. Both values are already evaluated; the
    choice does not change any bits (NaN payloads are kept). Never traps.
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
  let description = [{
    Reads local `index` (parameters first, then the declared locals) of the
    enclosing `wasm.func`. The verifier checks the index and that the
    result type is the local's type.
  }];
  let arguments = (ins I32Attr:$index);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$index attr-dict `:` type($result)";
  let hasVerifier = 1;
}

def Wasm_LocalSetOp : Wasm_Op<"local.set"> {
  let summary = "Writes a local";
  let description = [{
    Writes local `index` of the enclosing `wasm.func`; the value must have
    the local's type.
  }];
  let arguments = (ins I32Attr:$index, Wasm_ValType:$value);
  let assemblyFormat = "$index `,` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

def Wasm_LocalTeeOp : Wasm_Op<"local.tee",
    [AllTypesMatch<["value", "result"]>]> {
  let summary = "Writes a local and returns the value";
  let description = [{
    Writes local `index` like `wasm.local.set` and returns the value.
  }];
  let arguments = (ins I32Attr:$index, Wasm_ValType:$value);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$index `,` $value attr-dict `:` type($value)";
  let hasVerifier = 1;
}

def Wasm_GlobalGetOp : Wasm_Op<"global.get",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Reads a global";
  let description = [{
    Reads a `wasm.global` or `wasm.import_global`; the result type must be
    the global's type. In a constant expression only immutable globals may
    be read.
  }];
  let arguments = (ins FlatSymbolRefAttr:$global);
  let results = (outs Wasm_ValType:$result);
  let assemblyFormat = "$global attr-dict `:` type($result)";
}

def Wasm_GlobalSetOp : Wasm_Op<"global.set",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Writes a mutable global";
  let description = [{
    Writes a mutable `wasm.global` or `wasm.import_global`; the value must
    have the global's type. Writing an immutable global is rejected by the
    verifier.
  }];
  let arguments = (ins FlatSymbolRefAttr:$global, Wasm_ValType:$value);
  let assemblyFormat = "$global `,` $value attr-dict `:` type($value)";
}

def Wasm_RefNullOp : Wasm_Op<"ref.null", [Pure]> {
  let summary = "The null reference of a reference type";
  let description = [{
    The null `!wasm.funcref` or `!wasm.externref`.
  }];
  let results = (outs Wasm_RefType:$result);
  let assemblyFormat = "attr-dict `:` type($result)";
}

def Wasm_RefIsNullOp : Wasm_Op<"ref.is_null", [Pure]> {
  let summary = "1 if the reference is null, else 0";
  let description = [{
    Returns i32 1 if the reference is null, else 0.
  }];
  let arguments = (ins Wasm_RefType:$ref);
  let results = (outs I32:$result);
  let assemblyFormat = "$ref attr-dict `:` type($ref)";
}

def Wasm_RefFuncOp : Wasm_Op<"ref.func",
    [Pure, DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "A reference to a function";
  let description = [{
    A non-null reference to a `wasm.func` or `wasm.import_func`. In a
    function body, the function must also be named by an element segment,
    an export or a global initializer; the binary validator checks this,
    the dialect verifier does not.
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
    `i32.const`, `i64.const`, `f32.const`, `f64.const`. Integers are N-bit
    patterns and print as signed values (`0xFFFFFFFF : i32` prints as
    `-1 : i32`). Float constants keep their exact bits, the sign of zero,
    signalling NaNs and NaN payloads included. The printer uses a decimal
    form only if it reads back to the same bits, and the hexadecimal bit
    pattern otherwise, always for NaNs and infinities.

    ```mlir
    %a = wasm.const -1 : i32
    %b = wasm.const 1.500000e+00 : f64
    %c = wasm.const 0x7FA00001 : f32
    ```
  }];
  let arguments = (ins TypedAttrInterface:$value);
  let results = (outs Wasm_NumType:$result);
  let assemblyFormat = "$value attr-dict";
  let hasVerifier = 1;
}

def Wasm_V128ConstOp : Wasm_Op<"v128.const", [ConstantLike, Pure]> {
  let summary = "A 128-bit vector constant, as 16 bytes in memory order";
  let description = [{
    `v128.const` as its 16 bytes in memory (little-endian) order: byte 0
    is lane 0 of the i8x16 view and the lowest byte of lane 0 in the wider
    views. Bytes print as signed 8-bit values (`-1` for 0xFF).

    ```mlir
    %v = wasm.v128.const [1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0]
    ```
  }];
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

// Integer and float arithmetic. Integers are N-bit patterns (N = 32 or 64);
// the `_s`/`_u` suffix says whether an instruction reads them as two's
// complement or unsigned. Float operations are those of IEEE 754-2019 with
// round to nearest, ties to even, and no exceptions or status flags; NaN
// results follow the rule spelled out in `wasm.add`.

def Wasm_AddOp : Wasm_BinaryOp<"add", Wasm_NumType, "Addition", [{
    `i32.add`, `i64.add`, `f32.add`, `f64.add`. Never traps.

    Integers: the sum modulo 2^N, which is the same bit pattern for signed
    and unsigned operands.

    Floats: IEEE 754 addition rounded to nearest, ties to even. Infinities
    of opposite signs give a NaN. The sum of two zeros is -0 only if both
    are -0; an exact zero sum of non-zero values is +0.

    *NaN rule* (shared by every float instruction that can produce a NaN
    by arithmetic). A *canonical NaN* has only the most significant
    fraction bit set (`0x7FC00000`/`0xFFC00000` for f32,
    `0x7FF8000000000000`/`0xFFF8000000000000` for f64); an *arithmetic NaN*
    is any NaN with that bit set (a quiet NaN). When the result is a NaN:
    if no operand is a NaN, or every NaN operand is canonical, the result is
    a canonical NaN; otherwise it is some arithmetic NaN. The sign of a NaN
    result is unspecified. So an implementation may return any quiet NaN
    once a non-canonical NaN came in, but must not leak a payload into the
    result of canonical or non-NaN inputs.
  }]>;

def Wasm_SubOp : Wasm_BinaryOp<"sub", Wasm_NumType, "Subtraction", [{
    `i32.sub`, `i64.sub`, `f32.sub`, `f64.sub`. Never traps.

    Integers: the difference modulo 2^N.

    Floats: IEEE 754 subtraction rounded to nearest, ties to even.
    Infinities of the same sign give a NaN; `x - x` is +0 for finite `x`,
    and `-0 - +0` is -0. NaN results follow the NaN rule of `wasm.add`.
  }]>;

def Wasm_MulOp : Wasm_BinaryOp<"mul", Wasm_NumType, "Multiplication", [{
    `i32.mul`, `i64.mul`, `f32.mul`, `f64.mul`. Never traps.

    Integers: the low N bits of the product, identical for signed and
    unsigned operands.

    Floats: IEEE 754 multiplication rounded to nearest, ties to even. The
    sign of a non-NaN result is the xor of the operands' signs, zeros and
    infinities included; zero times infinity gives a NaN. NaN results
    follow the NaN rule of `wasm.add`.
  }]>;

def Wasm_DivSOp : Wasm_BinaryOp<"div_s", Wasm_IntType, "Signed division", [{
    `i32.div_s`, `i64.div_s`: the quotient of two's complement operands,
    rounded toward zero.

    Traps with `integer divide by zero` when `rhs` is 0, and with
    `integer overflow` when `lhs` is -2^(N-1) and `rhs` is -1 (the quotient
    2^(N-1) is not representable). The op is not `Pure` because of these
    traps.
  }], []>;

def Wasm_DivUOp : Wasm_BinaryOp<"div_u", Wasm_IntType, "Unsigned division",
  [{
    `i32.div_u`, `i64.div_u`: the quotient of unsigned operands, rounded
    down. Traps with `integer divide by zero` when `rhs` is 0.
  }], []>;

def Wasm_RemSOp : Wasm_BinaryOp<"rem_s", Wasm_IntType, "Signed remainder", [{
    `i32.rem_s`, `i64.rem_s`: `lhs - rhs * q` where `q` is the quotient
    rounded toward zero, so a non-zero result has the sign of `lhs` and a
    magnitude below `|rhs|`.

    Traps with `integer divide by zero` when `rhs` is 0. Unlike `div_s`,
    `-2^(N-1) rem_s -1` does not trap: it is 0 (a lowering must not use a
    native instruction that faults on this case, such as x86 `idiv`,
    without a guard).
  }], []>;

def Wasm_RemUOp : Wasm_BinaryOp<"rem_u", Wasm_IntType, "Unsigned remainder",
  [{
    `i32.rem_u`, `i64.rem_u`: the remainder of unsigned division. Traps
    with `integer divide by zero` when `rhs` is 0.
  }], []>;

def Wasm_AndOp : Wasm_BinaryOp<"and", Wasm_IntType, "Bitwise and", [{
    `i32.and`, `i64.and`. Never traps.
  }]>;
def Wasm_OrOp : Wasm_BinaryOp<"or", Wasm_IntType, "Bitwise or", [{
    `i32.or`, `i64.or`. Never traps.
  }]>;
def Wasm_XorOp : Wasm_BinaryOp<"xor", Wasm_IntType, "Bitwise exclusive or",
  [{
    `i32.xor`, `i64.xor`. Never traps.
  }]>;

def Wasm_ShlOp : Wasm_BinaryOp<"shl", Wasm_IntType, "Shift left", [{
    `i32.shl`, `i64.shl`: shifts `lhs` left by `rhs` modulo N bits (only
    the low 5 or 6 bits of the count matter), filling with zeros. Never
    traps; a count of N or more is not undefined as it is in C or LLVM.
  }]>;
def Wasm_ShrSOp : Wasm_BinaryOp<"shr_s", Wasm_IntType,
  "Arithmetic shift right", [{
    `i32.shr_s`, `i64.shr_s`: shifts `lhs` right by `rhs` modulo N bits,
    filling with copies of the sign bit. Never traps.
  }]>;
def Wasm_ShrUOp : Wasm_BinaryOp<"shr_u", Wasm_IntType,
  "Logical shift right", [{
    `i32.shr_u`, `i64.shr_u`: shifts `lhs` right by `rhs` modulo N bits,
    filling with zeros. Never traps.
  }]>;
def Wasm_RotlOp : Wasm_BinaryOp<"rotl", Wasm_IntType, "Rotate left", [{
    `i32.rotl`, `i64.rotl`: rotates `lhs` left by `rhs` modulo N bits.
    Never traps.
  }]>;
def Wasm_RotrOp : Wasm_BinaryOp<"rotr", Wasm_IntType, "Rotate right", [{
    `i32.rotr`, `i64.rotr`: rotates `lhs` right by `rhs` modulo N bits.
    Never traps.
  }]>;

def Wasm_ClzOp : Wasm_UnaryOp<"clz", Wasm_IntType, "Count leading zeros", [{
    `i32.clz`, `i64.clz`: the number of zero bits above the most
    significant set bit; N for an input of 0. Never traps.
  }]>;
def Wasm_CtzOp : Wasm_UnaryOp<"ctz", Wasm_IntType, "Count trailing zeros",
  [{
    `i32.ctz`, `i64.ctz`: the number of zero bits below the least
    significant set bit; N for an input of 0. Never traps.
  }]>;
def Wasm_PopcntOp : Wasm_UnaryOp<"popcnt", Wasm_IntType, "Count set bits", [{
    `i32.popcnt`, `i64.popcnt`: the number of one bits. Never traps.
  }]>;
def Wasm_Extend8SOp : Wasm_UnaryOp<"extend8_s", Wasm_IntType,
  "Sign-extends the low 8 bits", [{
    `i32.extend8_s`, `i64.extend8_s`: reads the low 8 bits as a two's
    complement value and sign-extends it to N bits; the other input bits
    are ignored. Never traps.
  }]>;
def Wasm_Extend16SOp : Wasm_UnaryOp<"extend16_s", Wasm_IntType,
  "Sign-extends the low 16 bits", [{
    `i32.extend16_s`, `i64.extend16_s`: reads the low 16 bits as a two's
    complement value and sign-extends it to N bits. Never traps.
  }]>;
def Wasm_Extend32SOp : Wasm_UnaryOp<"extend32_s", I64,
  "Sign-extends the low 32 bits of an i64", [{
    `i64.extend32_s`: reads the low 32 bits as a two's complement value and
    sign-extends it to 64 bits. Never traps. (For an i32 operand use
    `wasm.extend_s`.)
  }]>;

def Wasm_EqzOp : Wasm_Op<"eqz", [Pure]> {
  let summary = "1 if the integer is zero, else 0";
  let description = [{
    `i32.eqz`, `i64.eqz`: the i32 result is 1 if the operand is 0 and 0
    otherwise. Never traps.
  }];
  let arguments = (ins Wasm_IntType:$input);
  let results = (outs I32:$result);
  let assemblyFormat = "$input attr-dict `:` type($input)";
}

// Comparisons: the result is an i32, 1 for true and 0 for false. None traps.
def Wasm_EqOp : Wasm_CompareOp<"eq", Wasm_NumType, "Equal", [{
    `i32.eq`, `i64.eq`, `f32.eq`, `f64.eq`: 1 if the operands are equal.

    Integers: bit equality. Floats: IEEE equality, so 0 whenever an operand
    is a NaN (even for two identical NaNs), and `+0 eq -0` is 1.
  }]>;
def Wasm_NeOp : Wasm_CompareOp<"ne", Wasm_NumType, "Not equal", [{
    `i32.ne`, `i64.ne`, `f32.ne`, `f64.ne`: the negation of `wasm.eq`. For
    floats it is 1 whenever an operand is a NaN, and `+0 ne -0` is 0.
  }]>;
def Wasm_LtSOp : Wasm_CompareOp<"lt_s", Wasm_IntType, "Signed less than", [{
    `i32.lt_s`, `i64.lt_s`: `lhs < rhs` as two's complement values.
  }]>;
def Wasm_LtUOp : Wasm_CompareOp<"lt_u", Wasm_IntType, "Unsigned less than",
  [{
    `i32.lt_u`, `i64.lt_u`: `lhs < rhs` as unsigned values.
  }]>;
def Wasm_GtSOp : Wasm_CompareOp<"gt_s", Wasm_IntType, "Signed greater than",
  [{
    `i32.gt_s`, `i64.gt_s`: `lhs > rhs` as two's complement values.
  }]>;
def Wasm_GtUOp : Wasm_CompareOp<"gt_u", Wasm_IntType,
  "Unsigned greater than", [{
    `i32.gt_u`, `i64.gt_u`: `lhs > rhs` as unsigned values.
  }]>;
def Wasm_LeSOp : Wasm_CompareOp<"le_s", Wasm_IntType,
  "Signed less or equal", [{
    `i32.le_s`, `i64.le_s`: `lhs <= rhs` as two's complement values.
  }]>;
def Wasm_LeUOp : Wasm_CompareOp<"le_u", Wasm_IntType,
  "Unsigned less or equal", [{
    `i32.le_u`, `i64.le_u`: `lhs <= rhs` as unsigned values.
  }]>;
def Wasm_GeSOp : Wasm_CompareOp<"ge_s", Wasm_IntType,
  "Signed greater or equal", [{
    `i32.ge_s`, `i64.ge_s`: `lhs >= rhs` as two's complement values.
  }]>;
def Wasm_GeUOp : Wasm_CompareOp<"ge_u", Wasm_IntType,
  "Unsigned greater or equal", [{
    `i32.ge_u`, `i64.ge_u`: `lhs >= rhs` as unsigned values.
  }]>;
def Wasm_LtOp : Wasm_CompareOp<"lt", Wasm_FloatType, "Float less than", [{
    `f32.lt`, `f64.lt`: IEEE ordered comparison. 0 if either operand is a
    NaN; -0 and +0 compare equal, so `-0 lt +0` is 0.
  }]>;
def Wasm_GtOp : Wasm_CompareOp<"gt", Wasm_FloatType, "Float greater than",
  [{
    `f32.gt`, `f64.gt`: IEEE ordered comparison. 0 if either operand is a
    NaN; -0 and +0 compare equal.
  }]>;
def Wasm_LeOp : Wasm_CompareOp<"le", Wasm_FloatType,
  "Float less or equal", [{
    `f32.le`, `f64.le`: IEEE ordered comparison. 0 if either operand is a
    NaN (so `le` is not the negation of `gt`); `-0 le +0` is 1.
  }]>;
def Wasm_GeOp : Wasm_CompareOp<"ge", Wasm_FloatType,
  "Float greater or equal", [{
    `f32.ge`, `f64.ge`: IEEE ordered comparison. 0 if either operand is a
    NaN; `+0 ge -0` is 1.
  }]>;

// Float-only arithmetic.
def Wasm_DivOp : Wasm_BinaryOp<"div", Wasm_FloatType, "Float division", [{
    `f32.div`, `f64.div`: IEEE 754 division rounded to nearest, ties to
    even. Never traps: a non-zero, non-NaN value divided by a zero is an
    infinity whose sign is the xor of the operands' signs; `0 / 0` and
    `inf / inf` give a NaN. NaN results follow the NaN rule of `wasm.add`.
  }]>;
def Wasm_MinOp : Wasm_BinaryOp<"min", Wasm_FloatType, "Float minimum", [{
    `f32.min`, `f64.min`: the smaller operand. If either operand is a NaN
    the result is a NaN, by the NaN rule of `wasm.add` (this is not IEEE
    `minNum` or C `fmin`, which return the other operand). -0 is smaller
    than +0, so `min(-0, +0)` is -0 in either order. Never traps.
  }]>;
def Wasm_MaxOp : Wasm_BinaryOp<"max", Wasm_FloatType, "Float maximum", [{
    `f32.max`, `f64.max`: the larger operand. If either operand is a NaN
    the result is a NaN, by the NaN rule of `wasm.add`. +0 is larger than
    -0, so `max(-0, +0)` is +0 in either order. Never traps.
  }]>;
def Wasm_CopysignOp : Wasm_BinaryOp<"copysign", Wasm_FloatType,
  "Magnitude of lhs with the sign of rhs", [{
    `f32.copysign`, `f64.copysign`: all bits of `lhs` but the sign bit,
    with the sign bit of `rhs`. A pure bit operation: NaNs are not special
    (the NaN rule does not apply), payloads pass through unchanged, and the
    sign of a NaN `rhs` is used as is. Never traps.
  }]>;
def Wasm_AbsOp : Wasm_UnaryOp<"abs", Wasm_FloatType, "Clears the sign bit", [{
    `f32.abs`, `f64.abs`: the operand with its sign bit cleared. A bit
    operation: a NaN keeps its payload (the NaN rule does not apply).
    Never traps.
  }]>;
def Wasm_NegOp : Wasm_UnaryOp<"neg", Wasm_FloatType, "Flips the sign bit", [{
    `f32.neg`, `f64.neg`: the operand with its sign bit flipped. A bit
    operation: a NaN keeps its payload, and `neg` is not `0 - x` (which
    would give +0 for +0). Never traps.
  }]>;
def Wasm_SqrtOp : Wasm_UnaryOp<"sqrt", Wasm_FloatType, "Square root", [{
    `f32.sqrt`, `f64.sqrt`: the IEEE 754 square root, correctly rounded to
    nearest, ties to even. `sqrt(-0)` is -0 and `sqrt(+inf)` is +inf; a
    negative non-zero operand (including -inf) gives a canonical NaN; a NaN
    operand gives a NaN by the NaN rule of `wasm.add`. Never traps.
  }]>;
def Wasm_CeilOp : Wasm_UnaryOp<"ceil", Wasm_FloatType,
  "Round toward positive infinity", [{
    `f32.ceil`, `f64.ceil`: the smallest integral value not below the
    operand. Zeros and infinities are returned unchanged and operands in
    (-1, 0) give -0. A NaN operand gives a NaN by the NaN rule of
    `wasm.add` (canonical if the operand is canonical). Never traps.
  }]>;
def Wasm_FloorOp : Wasm_UnaryOp<"floor", Wasm_FloatType,
  "Round toward negative infinity", [{
    `f32.floor`, `f64.floor`: the largest integral value not above the
    operand. Zeros and infinities are returned unchanged and operands in
    (0, 1) give +0. A NaN operand gives a NaN by the NaN rule of
    `wasm.add`. Never traps.
  }]>;
def Wasm_TruncOp : Wasm_UnaryOp<"trunc", Wasm_FloatType,
  "Round toward zero", [{
    `f32.trunc`, `f64.trunc`: the integral value with the largest magnitude
    not above the operand's, with the operand's sign: operands in (-1, 0)
    give -0 and operands in (0, 1) give +0. Zeros and infinities are
    unchanged. A NaN operand gives a NaN by the NaN rule of `wasm.add`.
    Never traps. (The result is still a float; see `wasm.trunc_s` for the
    conversion to an integer.)
  }]>;
def Wasm_NearestOp : Wasm_UnaryOp<"nearest", Wasm_FloatType,
  "Round to the nearest integral value, ties to even", [{
    `f32.nearest`, `f64.nearest`: IEEE `roundToIntegralTiesToEven`, so
    `nearest(2.5)` is 2 and `nearest(-0.5)` is -0 (C `round` rounds ties
    away from zero and is not a valid lowering). Zeros and infinities are
    unchanged; operands in [-0.5, 0) give -0 and operands in (0, 0.5] give
    +0. A NaN operand gives a NaN by the NaN rule of `wasm.add`. Never
    traps.
  }]>;

// Conversions. The text-format names are given because one op covers
// several instructions, told apart by the operand and result types.
def Wasm_WrapOp : Wasm_ConvertOp<"wrap", I64, I32,
  "Keeps the low 32 bits of an i64", [{
    `i32.wrap_i64`: the operand modulo 2^32. Never traps.
  }]>;
def Wasm_ExtendSOp : Wasm_ConvertOp<"extend_s", I32, I64,
  "Sign-extends an i32 to an i64", [{
    `i64.extend_i32_s`: reads the operand as a two's complement value.
    Never traps.
  }]>;
def Wasm_ExtendUOp : Wasm_ConvertOp<"extend_u", I32, I64,
  "Zero-extends an i32 to an i64", [{
    `i64.extend_i32_u`: reads the operand as an unsigned value. Never
    traps.
  }]>;
def Wasm_TruncSOp : Wasm_ConvertOp<"trunc_s", Wasm_FloatType, Wasm_IntType,
  "Float to signed integer, rounding toward zero", [{
    `i32.trunc_f32_s`, `i32.trunc_f64_s`, `i64.trunc_f32_s`,
    `i64.trunc_f64_s`: truncates the operand toward zero and returns it as
    a two's complement integer.

    Traps with `invalid conversion to integer` if the operand is a NaN, and
    with `integer overflow` if it is infinite or its truncation lies
    outside [-2^(N-1), 2^(N-1) - 1], that is unless
    -2^(N-1) - 1 < x < 2^(N-1). For example `i32.trunc_f64_s` accepts
    -2147483648.9 (giving -2147483648) but traps on 2147483648.0. The op
    is not `Pure` because of these traps.
  }], []>;
def Wasm_TruncUOp : Wasm_ConvertOp<"trunc_u", Wasm_FloatType, Wasm_IntType,
  "Float to unsigned integer, rounding toward zero", [{
    `i32.trunc_f32_u`, `i32.trunc_f64_u`, `i64.trunc_f32_u`,
    `i64.trunc_f64_u`: truncates the operand toward zero and returns it as
    an unsigned integer.

    Traps with `invalid conversion to integer` if the operand is a NaN, and
    with `integer overflow` if it is infinite or its truncation lies
    outside [0, 2^N - 1], that is unless -1 < x < 2^N. Operands in
    (-1, 0], -0 included, give 0 without trapping. The op is not `Pure`
    because of these traps.
  }], []>;
def Wasm_TruncSatSOp : Wasm_ConvertOp<"trunc_sat_s", Wasm_FloatType,
  Wasm_IntType, "Saturating float to signed integer", [{
    `i32.trunc_sat_f32_s`, `i32.trunc_sat_f64_s`, `i64.trunc_sat_f32_s`,
    `i64.trunc_sat_f64_s`: like `wasm.trunc_s`, but never traps. A NaN
    gives 0; operands whose truncation is below -2^(N-1) (-inf included)
    give -2^(N-1), and operands whose truncation is above 2^(N-1) - 1
    (+inf included) give 2^(N-1) - 1.
  }]>;
def Wasm_TruncSatUOp : Wasm_ConvertOp<"trunc_sat_u", Wasm_FloatType,
  Wasm_IntType, "Saturating float to unsigned integer", [{
    `i32.trunc_sat_f32_u`, `i32.trunc_sat_f64_u`, `i64.trunc_sat_f32_u`,
    `i64.trunc_sat_f64_u`: like `wasm.trunc_u`, but never traps. A NaN and
    every operand below 0 (-inf included) give 0; operands whose truncation
    is above 2^N - 1 (+inf included) give 2^N - 1 (all bits set).
  }]>;
def Wasm_ConvertSOp : Wasm_ConvertOp<"convert_s", Wasm_IntType,
  Wasm_FloatType, "Signed integer to float", [{
    `f32.convert_i32_s`, `f32.convert_i64_s`, `f64.convert_i32_s`,
    `f64.convert_i64_s`: the two's complement operand rounded to the
    nearest representable float, ties to even. Exact for i32 to f64; the
    other three may round. 0 gives +0. Never traps.
  }]>;
def Wasm_ConvertUOp : Wasm_ConvertOp<"convert_u", Wasm_IntType,
  Wasm_FloatType, "Unsigned integer to float", [{
    `f32.convert_i32_u`, `f32.convert_i64_u`, `f64.convert_i32_u`,
    `f64.convert_i64_u`: the unsigned operand rounded to the nearest
    representable float, ties to even, in a single rounding (converting
    i64 to f32 through f64 would round twice and is not a valid lowering).
    Exact for i32 to f64. Never traps.
  }]>;
def Wasm_DemoteOp : Wasm_ConvertOp<"demote", F64, F32,
  "Converts an f64 to f32, rounding to nearest", [{
    `f32.demote_f64`: IEEE 754 conversion rounded to nearest, ties to even.
    Values beyond the f32 range become infinities of the same sign, tiny
    values become f32 subnormals or zeros of the same sign, and infinities
    and zeros are kept. A NaN operand gives a NaN: a canonical one if the
    operand is canonical, otherwise an arithmetic NaN (the payload need
    not survive). Never traps.
  }]>;
def Wasm_PromoteOp : Wasm_ConvertOp<"promote", F32, F64,
  "Converts an f32 to f64 exactly", [{
    `f64.promote_f32`: exact for every non-NaN operand, subnormals, zeros
    and infinities included. A NaN operand gives a NaN: a canonical one if
    the operand is canonical, otherwise an arithmetic NaN. Never traps.
  }]>;
def Wasm_ReinterpretOp : Wasm_ConvertOp<"reinterpret", Wasm_NumType,
  Wasm_NumType, "Reinterprets bits as a type of the same width", [{
    `i32.reinterpret_f32`, `i64.reinterpret_f64`, `f32.reinterpret_i32`,
    `f64.reinterpret_i64`: the same bits under the other type. Bit-exact,
    the sign of zero, signalling NaNs and NaN payloads included, so a
    lowering must not route the value through an operation that quiets
    NaNs (such as an x87 load). The verifier requires one integer and one
    float type of the same width. Never traps.
  }]>;

//===----------------------------------------------------------------------===//
// Linear memory
//===----------------------------------------------------------------------===//

def Wasm_LoadOp : Wasm_Op<"load"> {
  let summary = "Loads from linear memory";
  let description = [{
    `i32.load`, `i64.load8_s`, `f32.load`, `v128.load` and the other plain
    loads of memory 0. Reads `size` bytes (little endian) at the effective
    address `addr + offset`, computed without wrapping (as a 33-bit sum),
    and extends them to the result type when `size` is smaller: as signed
    with `sign_extend`, else with zeros. `offset` is a u32. `align` is the
    alignment hint in bytes, a power of two at most `size`; it never
    changes the semantics, misaligned accesses are allowed. Traps with
    `out of bounds memory access` if any accessed byte lies at or beyond
    the current memory size.

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
    `i32.store`, `i64.store16`, `f64.store`, `v128.store` and the other
    plain stores to memory 0. Writes the low `size` bytes of the value
    (little endian) at the effective address `addr + offset`, computed
    without wrapping. Traps with `out of bounds memory access` if any byte
    lies at or beyond the current memory size, and then writes nothing.
    Offset and alignment as for `wasm.load`.

    ```mlir
    wasm.store %addr, %v offset 0 size 2 align 2 : i64
    ```
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
  let description = [{
    `memory.size`: the current size of memory 0 in 64 KiB pages. Never
    traps.
  }];
  let results = (outs I32:$result);
  let assemblyFormat = "attr-dict";
}

def Wasm_MemoryGrowOp : Wasm_Op<"memory.grow"> {
  let summary = "Grows memory by a number of pages";
  let description = [{
    `memory.grow`: grows memory 0 by `delta` pages (read as unsigned) and
    returns the previous size in pages; new pages are zero. Returns -1 and
    leaves the memory unchanged if the new size would exceed the maximum
    (65536 pages without one) or the host cannot provide the memory.
    Never traps.
  }];
  let arguments = (ins I32:$delta);
  let results = (outs I32:$result);
  let assemblyFormat = "$delta attr-dict";
}

def Wasm_MemoryFillOp : Wasm_Op<"memory.fill"> {
  let summary = "Sets a range of memory to a byte value";
  let description = [{
    `memory.fill`: sets `size` bytes from `dest` to the low 8 bits of
    `value`. Traps with `out of bounds memory access`, before writing
    anything, if `dest + size` exceeds the memory size; with `size` 0 it
    traps only if `dest` is beyond the end.
  }];
  let arguments = (ins I32:$dest, I32:$value, I32:$size);
  let assemblyFormat = "$dest `,` $value `,` $size attr-dict";
}

def Wasm_MemoryCopyOp : Wasm_Op<"memory.copy"> {
  let summary = "Copies a range of memory (ranges may overlap)";
  let description = [{
    `memory.copy`: copies `size` bytes from `src` to `dest` as if through
    a temporary buffer, so the ranges may overlap. Traps with
    `out of bounds memory access`, before copying anything, if either
    range exceeds the memory size.
  }];
  let arguments = (ins I32:$dest, I32:$src, I32:$size);
  let assemblyFormat = "$dest `,` $src `,` $size attr-dict";
}

def Wasm_MemoryInitOp : Wasm_Op<"memory.init",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Copies bytes from a passive data segment into memory";
  let description = [{
    `memory.init`: copies `size` bytes from offset `src` of a passive data
    segment to `dest` in memory. Traps with `out of bounds memory access`,
    before copying anything, if `src + size` exceeds the segment's length
    (0 once dropped) or `dest + size` exceeds the memory size.
  }];
  let arguments = (ins FlatSymbolRefAttr:$segment, I32:$dest, I32:$src,
                       I32:$size);
  let assemblyFormat = "$segment `,` $dest `,` $src `,` $size attr-dict";
}

def Wasm_DataDropOp : Wasm_Op<"data.drop",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Drops a data segment (its length becomes 0)";
  let description = [{
    `data.drop`: the segment's length becomes 0, so that later
    `wasm.memory.init` of a non-empty range traps. Never traps itself.
  }];
  let arguments = (ins FlatSymbolRefAttr:$segment);
  let assemblyFormat = "$segment attr-dict";
}

//===----------------------------------------------------------------------===//
// Tables
//===----------------------------------------------------------------------===//

def Wasm_TableGetOp : Wasm_Op<"table.get",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Reads a table element";
  let description = [{
    `table.get`: reads element `index`. Traps with
    `out of bounds table access` if the index is not below the table size.
    The result type must be the table's element type.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$index);
  let results = (outs Wasm_RefType:$result);
  let assemblyFormat = "$table `[` $index `]` attr-dict `:` type($result)";
}

def Wasm_TableSetOp : Wasm_Op<"table.set",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Writes a table element";
  let description = [{
    `table.set`: writes element `index`. Traps with
    `out of bounds table access` if the index is not below the table size.
    The value type must be the table's element type.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$index,
                       Wasm_RefType:$value);
  let assemblyFormat = [{
    $table `[` $index `]` `,` $value attr-dict `:` type($value)
  }];
}

def Wasm_TableSizeOp : Wasm_Op<"table.size",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Current number of table elements";
  let description = [{
    `table.size`: the current number of elements. Never traps.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table);
  let results = (outs I32:$result);
  let assemblyFormat = "$table attr-dict";
}

def Wasm_TableGrowOp : Wasm_Op<"table.grow",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Grows a table, filling new slots with a value";
  let description = [{
    `table.grow`: adds `delta` elements set to `init` and returns the
    previous size, or returns -1 and changes nothing if the new size would
    exceed the table's maximum (2^32 - 1 without one) or the host cannot
    provide the memory. Never traps.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, Wasm_RefType:$init,
                       I32:$delta);
  let results = (outs I32:$result);
  let assemblyFormat = "$table `,` $init `,` $delta attr-dict `:` type($init)";
}

def Wasm_TableFillOp : Wasm_Op<"table.fill",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Sets a range of table elements to a value";
  let description = [{
    `table.fill`: sets `size` elements from `dest` to `value`. Traps with
    `out of bounds table access`, before writing anything, if
    `dest + size` exceeds the table size.
  }];
  let arguments = (ins FlatSymbolRefAttr:$table, I32:$dest,
                       Wasm_RefType:$value, I32:$size);
  let assemblyFormat = [{
    $table `,` $dest `,` $value `,` $size attr-dict `:` type($value)
  }];
}

def Wasm_TableCopyOp : Wasm_Op<"table.copy",
    [DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Copies a range of elements between tables (may overlap)";
  let description = [{
    `table.copy`: copies `size` elements from `src` in `src_table` to
    `dest` in `dest_table`, as if through a temporary buffer (the ranges
    may overlap when the tables are the same). Both tables must have the
    same element type. Traps with `out of bounds table access`, before
    copying anything, if either range is out of bounds.
  }];
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
    `table.init`: copies `size` references from offset `src` of an element
    segment to `dest` in `table`, whose element type must be the
    segment's. Traps with `out of bounds table access`, before copying
    anything, if either range is out of bounds (a dropped, active or
    declarative segment has length 0).
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
  let description = [{
    `elem.drop`: the segment's length becomes 0. Never traps.
  }];
  let arguments = (ins FlatSymbolRefAttr:$segment);
  let assemblyFormat = "$segment attr-dict";
}

//===----------------------------------------------------------------------===//
// SIMD128
//===----------------------------------------------------------------------===//

def Wasm_SimdOp : Wasm_Op<"simd"> {
  let summary = "A SIMD128 instruction, named by its text-format name";
  let description = [{
    Every non-memory instruction of SIMD128 (part of Wasm 2.0) except
    `v128.const` in one op; `opcode` is the instruction's text-format name
    (`"i32x4.add"`, `"f32x4.min"`, `"i8x16.extract_lane_s"`, ...). The
    verifier checks the operand and result types against the instruction's
    signature, the `lane` immediate (present exactly for the
    extract/replace lane instructions, below the shape's lane count) and
    the `shuffle` immediate (present exactly for `i8x16.shuffle`, 16 lane
    indices below 32).

    The semantics are the spec's, instruction by instruction. No SIMD
    instruction traps. Float lane operations follow the scalar rules lane
    by lane (rounding, signed zeros and the NaN rule of `wasm.add`;
    `f32x4.min`/`max` are `wasm.min`/`wasm.max` per lane, while
    `pmin`/`pmax` are `b < a ? b : a` and `a < b ? b : a`). Integer lane
    arithmetic wraps, `_sat_` variants saturate, shift counts are taken
    modulo the lane width, and `trunc_sat` conversions saturate like
    `wasm.trunc_sat_s`/`u`.

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
    The SIMD loads other than plain `v128.load` (which is a `wasm.load` of
    `!wasm.v128`): `v128.load8x8_s` and the other extending loads (8
    bytes), `v128.loadN_splat`, `v128.loadN_zero`, and `v128.loadN_lane`,
    which also takes the vector to insert into and a `lane` below the lane
    count. `offset` is a u32; `align` is a power of two at most the number
    of bytes read. Effective address and trapping as for `wasm.load`.

    ```mlir
    %v = wasm.simd.load "v128.load32_splat" %addr offset 0 align 4
    %w = wasm.simd.load "v128.load16_lane" %addr, %v offset 2 align 2 lane 7
    ```
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
  let description = [{
    `v128.store8_lane`, `v128.store16_lane`, `v128.store32_lane`,
    `v128.store64_lane`: stores lane `lane` of the vector at
    `addr + offset`. Offset, alignment and trapping as for `wasm.store`.

    ```mlir
    wasm.simd.store_lane "v128.store32_lane" %addr, %v offset 0 align 4 lane 3
    ```
  }];
  let arguments = (ins StrAttr:$opcode, I32:$addr, Wasm_V128Type:$vector,
                       I64Attr:$offset, I32Attr:$align, I32Attr:$lane);
  let assemblyFormat = [{
    $opcode $addr `,` $vector `offset` $offset `align` $align `lane` $lane
    attr-dict
  }];
  let hasVerifier = 1;
}

#endif // W2N_WASM_OPS_TD
