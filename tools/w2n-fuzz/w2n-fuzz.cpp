//===- w2n-fuzz.cpp - libFuzzer target for the front end ------------------===//
//
// Each input is decoded and validated; errors are rendered (to exercise the
// diagnostic code) and dropped. A module that validates must import into
// the `wasm` dialect, pass `mlir::verify`, and survive a round trip through
// its textual form (print, parse, verify, print the same text again). If it
// does not, the front end accepted something the importer or the dialect
// cannot represent, which is a bug: the target aborts and libFuzzer saves
// the input as a crash artifact.
//
// Inputs come in two shapes:
//  - starting with the magic "\0asm": a whole module, used as is (the spec
//    suite's modules seed this shape);
//  - anything else: byte 0 picks a function type and the rest is the body
//    (instructions only; an `end` is appended) of a function placed into a
//    fixed module with imports, two tables, a memory, globals of every
//    type, element and data segments and helper functions. Mutations of
//    whole modules rarely stay valid; this shape keeps most of the module
//    valid so the validator and the importer see far more code.
//
// Build with -DW2N_ENABLE_FUZZER=ON (clang only) and run with
// scripts/fuzz.sh; the binary takes libFuzzer's usual arguments, e.g.
//   w2n-fuzz corpus-dir [-max_total_time=N]    or    w2n-fuzz crash-file
// With W2N_FUZZ_DUMP_MODULE=<path> set, the module each input stands for
// (the input itself, or the fixed module around a body) is written to
// <path>: that is the .wasm to give wasm2native when reproducing a crash.
//
//===----------------------------------------------------------------------===//

#include "Wasm/WasmDialect.h"
#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Error.h"
#include "w2n/Import/Importer.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Parser/Parser.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/thread.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace {

/// The context is reused across inputs: creating one and loading the
/// dialect costs far more than importing a small module. Uniqued attributes
/// and types accumulate in it, so it is recreated every `kContextLifetime`
/// inputs to keep memory bounded on long runs.
constexpr unsigned kContextLifetime = 20000;
/// Modules nested deeper than this skip the print/parse round trip.
constexpr unsigned kMaxPrintedDepth = 1000;
/// Stack of the thread each input runs on (reserved, not committed).
constexpr unsigned kStackSize = 32u << 20;

std::unique_ptr<mlir::MLIRContext> context;
std::unique_ptr<mlir::ScopedDiagnosticHandler> diagHandler;
unsigned contextUses = 0;
/// Diagnostics of the current input; printed only when it fails.
std::string diagnostics;

void createContext() {
  diagHandler.reset();
  context = std::make_unique<mlir::MLIRContext>(
      mlir::MLIRContext::Threading::DISABLED);
  context->loadDialect<w2n::wasm::WasmDialect>();
  diagHandler = std::make_unique<mlir::ScopedDiagnosticHandler>(
      context.get(), [](mlir::Diagnostic &diag) {
        llvm::raw_string_ostream os(diagnostics);
        os << diag.getLocation() << ": " << diag << "\n";
        for (mlir::Diagnostic &note : diag.getNotes())
          os << "  note: " << note.getLocation() << ": " << note << "\n";
        return mlir::success();
      });
  contextUses = 0;
}

//===----------------------------------------------------------------------===//
// Function-body inputs
//===----------------------------------------------------------------------===//

using Bytes = std::vector<uint8_t>;

void appendU32(Bytes &out, uint32_t v) {
  do {
    uint8_t byte = v & 0x7F;
    v >>= 7;
    out.push_back(v ? byte | 0x80 : byte);
  } while (v);
}

void appendSection(Bytes &out, uint8_t id, const Bytes &contents) {
  out.push_back(id);
  appendU32(out, contents.size());
  out.insert(out.end(), contents.begin(), contents.end());
}

/// Number of function types in the fixed module; byte 0 of a body input
/// picks one of them (mod this) for the fuzzed function.
constexpr uint8_t kNumTypes = 6;

/// Sections of the fixed module before and after the code section. Index
/// spaces: func 0 = import e.f (i32)->i32, 1 = the fuzzed function, 2 = ()
/// -> (), 3 = (i32 i32) -> (i32 i32); tables 0 funcref, 1 externref;
/// memory 0; globals 0 = imported i32, 1..7 mutable i32 i64 f32 f64 v128
/// funcref externref, 8 = immutable i32; elems 0 active, 1 passive funcref,
/// 2 declarative, 3 passive externref; datas 0 passive, 1 active.
struct Template {
  Bytes beforeCode[kNumTypes], afterCode;
};

const Template &getTemplate() {
  static const Template t = [] {
    Template t;
    auto sections = [](uint8_t fuzzedType) {
      Bytes m = {0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00};
      appendSection(m, 1, // types
                    {kNumTypes,
                     0x60, 0x00, 0x00,                         // () -> ()
                     0x60, 0x01, 0x7F, 0x01, 0x7F,             // i32 -> i32
                     0x60, 0x04, 0x7F, 0x7E, 0x7D, 0x7C, 0x01, 0x7C,
                     0x60, 0x00, 0x02, 0x7F, 0x7E,             // -> i32 i64
                     0x60, 0x03, 0x7B, 0x70, 0x6F, 0x01, 0x7B, // v128 ...
                     0x60, 0x02, 0x7F, 0x7F, 0x02, 0x7F, 0x7F});
      appendSection(m, 2, // imports
                    {0x02, 0x01, 'e', 0x01, 'f', 0x00, 0x01, 0x01, 'e', 0x01,
                     'g', 0x03, 0x7F, 0x00});
      appendSection(m, 3, {0x03, fuzzedType, 0x00, 0x05}); // functions
      appendSection(m, 4, // tables
                    {0x02, 0x70, 0x00, 0x01, 0x6F, 0x01, 0x01, 0x0A});
      appendSection(m, 5, {0x01, 0x01, 0x01, 0x02}); // memory 1..2 pages
      Bytes globals = {0x08,
                       0x7F, 0x01, 0x41, 0x00, 0x0B,
                       0x7E, 0x01, 0x42, 0x00, 0x0B,
                       0x7D, 0x01, 0x43, 0x00, 0x00, 0x00, 0x00, 0x0B,
                       0x7C, 0x01, 0x44};
      globals.insert(globals.end(), 8, 0x00);
      globals.insert(globals.end(), {0x0B, 0x7B, 0x01, 0xFD, 0x0C});
      globals.insert(globals.end(), 16, 0x00);
      globals.insert(globals.end(), {0x0B,
                                     0x70, 0x01, 0xD2, 0x01, 0x0B,
                                     0x6F, 0x01, 0xD0, 0x6F, 0x0B,
                                     0x7F, 0x00, 0x23, 0x00, 0x0B});
      appendSection(m, 6, globals);
      appendSection(m, 7, // exports
                    {0x02, 0x01, 'f', 0x00, 0x01, 0x01, 'm', 0x02, 0x00});
      appendSection(m, 9, // elems
                    {0x04,
                     0x00, 0x41, 0x00, 0x0B, 0x02, 0x01, 0x02,
                     0x05, 0x70, 0x02, 0xD2, 0x03, 0x0B, 0xD0, 0x70, 0x0B,
                     0x03, 0x00, 0x01, 0x03,
                     0x05, 0x6F, 0x01, 0xD0, 0x6F, 0x0B});
      appendSection(m, 12, {0x02}); // data count
      return m;
    };
    for (uint8_t i = 0; i < kNumTypes; ++i)
      t.beforeCode[i] = sections(i);
    appendSection(t.afterCode, 11, // datas
                  {0x02, 0x01, 0x03, 'a', 'b', 'c', 0x00, 0x41, 0x00, 0x0B,
                   0x02, 'x', 'y'});
    return t;
  }();
  return t;
}

/// The fixed module around a fuzzed function body.
Bytes wrapBody(const uint8_t *data, size_t size) {
  const Template &t = getTemplate();
  uint8_t type = size ? data[0] % kNumTypes : 0;
  const uint8_t *body = size ? data + 1 : data;
  size_t bodySize = size ? size - 1 : 0;
  // Two locals of every value type.
  static const uint8_t locals[] = {0x07, 0x02, 0x7F, 0x02, 0x7E, 0x02,
                                   0x7D, 0x02, 0x7C, 0x02, 0x7B, 0x02,
                                   0x70, 0x02, 0x6F};
  Bytes entry(std::begin(locals), std::end(locals));
  entry.insert(entry.end(), body, body + bodySize);
  entry.push_back(0x0B);

  Bytes code = {0x03};
  appendU32(code, entry.size());
  code.insert(code.end(), entry.begin(), entry.end());
  code.insert(code.end(), {0x02, 0x00, 0x0B, // () -> ()
                           // (i32 i32) -> (i32 i32): local.get 0, 1
                           0x06, 0x00, 0x20, 0x00, 0x20, 0x01, 0x0B});
  Bytes out = t.beforeCode[type];
  out.reserve(out.size() + code.size() + t.afterCode.size() + 8);
  appendSection(out, 10, code);
  out.insert(out.end(), t.afterCode.begin(), t.afterCode.end());
  return out;
}

//===----------------------------------------------------------------------===//
// The checks
//===----------------------------------------------------------------------===//

/// Renders a front-end error the way the driver does, then drops it.
void renderAndDrop(llvm::Error err) {
  std::string text;
  llvm::raw_string_ostream os(text);
  w2n::printError(os, "fuzz.wasm", std::move(err));
}

[[noreturn]] void fail(const char *what, mlir::Operation *module,
                       llvm::StringRef extra = "") {
  llvm::errs() << "w2n-fuzz: BUG: a module that validates " << what << "\n";
  if (!diagnostics.empty())
    llvm::errs() << diagnostics;
  if (module) {
    llvm::errs() << "--- imported module (generic form) ---\n";
    module->print(llvm::errs(), mlir::OpPrintingFlags()
                                    .printGenericOpForm()
                                    .assumeVerified()
                                    .elideLargeElementsAttrs(64));
    llvm::errs() << "\n";
  }
  if (!extra.empty())
    llvm::errs() << extra << "\n";
  llvm::errs().flush();
  std::abort();
}

std::string printModule(mlir::ModuleOp module) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, mlir::OpPrintingFlags().assumeVerified());
  return text;
}

/// Deepest nesting of ops inside `module`.
unsigned nestingDepth(mlir::ModuleOp module) {
  llvm::DenseMap<mlir::Operation *, unsigned> depth;
  unsigned deepest = 0;
  module->walk<mlir::WalkOrder::PreOrder>([&](mlir::Operation *op) {
    unsigned d = 0;
    if (mlir::Operation *parent = op->getParentOp()) {
      auto it = depth.find(parent);
      d = it == depth.end() ? 1 : it->second + 1;
    }
    if (op->getNumRegions())
      depth[op] = d;
    deepest = std::max(deepest, d);
  });
  return deepest;
}

void checkModule(llvm::ArrayRef<uint8_t> bytes) {
  if (const char *dump = std::getenv("W2N_FUZZ_DUMP_MODULE")) {
    std::error_code ec;
    llvm::raw_fd_ostream os(dump, ec);
    if (!ec)
      os.write(reinterpret_cast<const char *>(bytes.data()), bytes.size());
  }
  llvm::Expected<std::unique_ptr<w2n::Module>> module =
      w2n::decodeModule(bytes);
  if (!module) {
    renderAndDrop(module.takeError());
    return;
  }
  if (llvm::Error err = w2n::validateModule(**module)) {
    renderAndDrop(std::move(err));
    return;
  }

  // The module op is destroyed before the decoded module, whose bytes it
  // refers to.
  mlir::OwningOpRef<mlir::ModuleOp> op =
      w2n::importModule(**module, *context, "fuzz.wasm");
  if (!op)
    fail("fails to import", nullptr);
  if (mlir::failed(mlir::verify(*op)))
    fail("imports into a module that does not verify", *op);

  // What --emit=mlir writes must read back (w2n-opt) as the same module.
  // The text indents every level of nesting, so its size is quadratic in
  // the depth: deeply nested modules (which wasm2native handles, see
  // test/Fuzz/deep-nesting.test) are not printed here.
  if (nestingDepth(*op) > kMaxPrintedDepth)
    return;
  std::string text = printModule(*op);
  mlir::OwningOpRef<mlir::ModuleOp> parsed =
      mlir::parseSourceString<mlir::ModuleOp>(text, context.get(),
                                              "roundtrip.mlir");
  if (!parsed)
    fail("prints as text that does not parse", *op, "--- text ---\n" + text);
  if (mlir::failed(mlir::verify(*parsed)))
    fail("prints as text that parses but does not verify", *op,
         "--- text ---\n" + text);
  std::string again = printModule(*parsed);
  if (again != text)
    fail("prints differently after a round trip through text", *op,
         "--- first ---\n" + text + "--- after parsing ---\n" + again);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  createContext();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (++contextUses > kContextLifetime)
    createContext();
  diagnostics.clear();

  // Like the wasm2native driver, run on a thread with a large stack: wasm
  // nests blocks without bound and the MLIR printer and parser recurse once
  // per level.
  llvm::thread worker(std::optional<unsigned>(kStackSize), [&] {
    static const uint8_t magic[] = {0x00, 'a', 's', 'm'};
    if (size >= 4 && std::memcmp(data, magic, 4) == 0) {
      checkModule(llvm::ArrayRef<uint8_t>(data, size));
    } else {
      Bytes wrapped = wrapBody(data, size);
      checkModule(wrapped);
    }
  });
  worker.join();
  return 0;
}
