//===- w2n-spec-check.cpp - Run spec-suite modules through the decoder ----===//
//
// Usage: w2n-spec-check [-v] file.json...
//
// Each .json file is the output of `wast2json` for one .wast script; the
// .wasm files it names are looked up next to it. For every command that
// carries a module:
//   module                    decode + validate + import into the wasm
//                             dialect + MLIR verification must succeed
//   assert_unlinkable,
//   assert_uninstantiable     likewise (the modules are valid, only linking
//                             or instantiation fails)
//   assert_malformed,
//   assert_invalid (binary)   decode or validate must fail
//   ... (text)                not run, counted as "skipped (text)"
// Other commands (actions, assert_return, ...) need an engine and are
// ignored.
//
//===----------------------------------------------------------------------===//

#include "SpecCheck.h"

#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Error.h"
#include "w2n/Import/Importer.h"

#include "Wasm/WasmDialect.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace w2n;
using llvm::Error;
using llvm::StringRef;

namespace {

enum class Expect { Valid, Malformed, Invalid };

StringRef describe(Expect e) {
  switch (e) {
  case Expect::Valid:
    return "valid module";
  case Expect::Malformed:
    return "malformed module";
  case Expect::Invalid:
    return "invalid module";
  }
  return "";
}

/// Renders an error from the front end as text (and consumes it).
std::string errorText(StringRef file, Error err) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printError(os, file, std::move(err));
  while (!text.empty() && text.back() == '\n')
    text.pop_back();
  return text;
}

} // namespace

/// ErrorInfoBase::getPtr is protected; pull the kind out by handling and
/// re-wrapping the error instead.
static WasmError::Kind errorKind(Error &err) {
  WasmError::Kind kind = WasmError::Invalid;
  err = llvm::handleErrors(std::move(err), [&](std::unique_ptr<WasmError> we) {
    kind = we->kind;
    return Error(std::move(we));
  });
  return kind;
}

SpecCheckCounts w2n::checkSpecJson(StringRef jsonPath,
                                   const SpecCheckOptions &options,
                                   llvm::raw_ostream &os) {
  SpecCheckCounts counts;
  auto fail = [&](const llvm::Twine &msg) {
    ++counts.failed;
    if (options.verbose)
      os << msg << "\n";
  };

  auto buf = llvm::MemoryBuffer::getFile(jsonPath);
  if (!buf) {
    fail(jsonPath + ": error: " + buf.getError().message());
    return counts;
  }
  llvm::Expected<llvm::json::Value> root =
      llvm::json::parse((*buf)->getBuffer());
  if (!root) {
    fail(jsonPath + ": error: bad JSON: " + llvm::toString(root.takeError()));
    return counts;
  }
  const llvm::json::Object *obj = root->getAsObject();
  const llvm::json::Array *commands = obj ? obj->getArray("commands") : nullptr;
  if (!commands) {
    fail(jsonPath + ": error: no \"commands\" array");
    return counts;
  }
  StringRef dir = llvm::sys::path::parent_path(jsonPath);

  for (const llvm::json::Value &cmdValue : *commands) {
    const llvm::json::Object *cmd = cmdValue.getAsObject();
    if (!cmd)
      continue;
    StringRef type = cmd->getString("type").value_or("");
    std::optional<StringRef> filename = cmd->getString("filename");
    if (!filename)
      continue;
    Expect expect;
    if (type == "module" || type == "assert_unlinkable" ||
        type == "assert_uninstantiable")
      expect = Expect::Valid;
    else if (type == "assert_malformed")
      expect = Expect::Malformed;
    else if (type == "assert_invalid")
      expect = Expect::Invalid;
    else
      continue;
    StringRef moduleType = cmd->getString("module_type").value_or("binary");
    if (moduleType != "binary") {
      ++counts.skippedText;
      continue;
    }
    int64_t line = cmd->getInteger("line").value_or(0);
    StringRef expectedText = cmd->getString("text").value_or("");

    llvm::SmallString<256> wasmPath(dir);
    llvm::sys::path::append(wasmPath, *filename);
    std::string where = (jsonPath + ":" + llvm::Twine(line) + " (" + *filename +
                         ", " + type + ")")
                            .str();

    auto wasm = llvm::MemoryBuffer::getFile(wasmPath, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
    if (!wasm) {
      fail(where + ": cannot read: " + wasm.getError().message());
      continue;
    }
    llvm::ArrayRef<uint8_t> bytes(
        reinterpret_cast<const uint8_t *>((*wasm)->getBufferStart()),
        (*wasm)->getBufferSize());

    // Decode, then validate; the first error decides the outcome.
    Error err = Error::success();
    std::unique_ptr<Module> module;
    if (auto decoded = decodeModule(bytes)) {
      module = std::move(*decoded);
      err = validateModule(*module);
    } else {
      err = decoded.takeError();
    }

    if (expect == Expect::Valid) {
      if (err) {
        fail(where + ": expected " + describe(expect) +
             ", got: " + errorText(wasmPath, std::move(err)));
        continue;
      }
      // ---- Extra per-module step (see SpecCheck.h) --------------------
      if (options.extraCheck) {
        if (Error extra = options.extraCheck(*module, wasmPath)) {
          fail(where + ": extra check failed: " +
               errorText(wasmPath, std::move(extra)));
          continue;
        }
      }
      ++counts.passed;
      continue;
    }

    if (!err) {
      fail(where + ": expected " + describe(expect) + " (\"" + expectedText +
           "\"), but it decoded and validated");
      continue;
    }
    bool malformed = errorKind(err) == WasmError::Malformed;
    std::string text = errorText(wasmPath, std::move(err));
    if (malformed != (expect == Expect::Malformed)) {
      ++counts.wrongClass;
      if (options.verbose)
        os << where << ": note: expected " << describe(expect) << " (\""
           << expectedText << "\"), rejected as "
           << (malformed ? "malformed" : "invalid") << ": " << text << "\n";
    }
    ++counts.passed;
  }
  return counts;
}

static llvm::cl::list<std::string> InputFiles(llvm::cl::Positional,
                                              llvm::cl::desc("<file.json>..."),
                                              llvm::cl::OneOrMore);
static llvm::cl::opt<bool> Verbose("v", llvm::cl::desc("Print every failure"));

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  llvm::cl::ParseCommandLineOptions(
      argc, argv, "Checks spec-suite modules against the w2n decoder\n");

  SpecCheckOptions options;
  options.verbose = Verbose;
  // Every valid module must also import into the wasm dialect and verify.
  // One context serves all modules; the diagnostics of a failure become the
  // error text.
  mlir::MLIRContext context;
  context.disableMultithreading();
  context.loadDialect<w2n::wasm::WasmDialect>();
  options.extraCheck = [&](const Module &module,
                           StringRef wasmPath) -> Error {
    std::string diags;
    mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
      llvm::raw_string_ostream os(diags);
      os << d.getLocation() << ": " << d << "\n";
      return mlir::success();
    });
    mlir::OwningOpRef<mlir::ModuleOp> op =
        importModule(module, context, wasmPath);
    if (!op || failed(mlir::verify(*op)))
      return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                     "import failed: " + diags);
    return Error::success();
  };

  SpecCheckCounts total;
  for (const std::string &file : InputFiles) {
    SpecCheckCounts c = checkSpecJson(file, options, llvm::outs());
    llvm::outs() << file << ": " << c.passed << " passed, " << c.failed
                 << " failed\n";
    total.passed += c.passed;
    total.failed += c.failed;
    total.skippedText += c.skippedText;
    total.wrongClass += c.wrongClass;
  }
  llvm::outs() << "skipped (text): " << total.skippedText << "\n";
  if (Verbose && total.wrongClass)
    llvm::outs() << "rejected with the other error class: " << total.wrongClass
                 << "\n";
  llvm::outs() << total.passed << " passed, " << total.failed << " failed\n";
  return total.failed ? 1 : 0;
}
