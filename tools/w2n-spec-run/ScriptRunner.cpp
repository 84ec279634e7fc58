//===- ScriptRunner.cpp - Executes one wast2json script -------------------===//
//
// Command semantics follow the reference interpreter's script runner
// (spec/interpreter/script/run.ml):
//
//   module                 compile, link, instantiate; becomes the current
//                          module (and the named one, if it has a name)
//   register               makes an instance's exports importable as "as"
//   action                 invoke/get; must not trap
//   assert_return          results compared bit for bit (floats: except
//                          nan:canonical / nan:arithmetic)
//   assert_trap,
//   assert_exhaustion      must trap; the expected text is a prefix of the
//                          trap message
//   assert_invalid,
//   assert_malformed       binary: the decoder/validator must reject the
//                          module; text (.wat): skipped
//   assert_unlinkable      linking must fail ("unknown import",
//                          "incompatible import type"), prefix match
//   assert_uninstantiable  instantiation must trap, prefix match
//
//===----------------------------------------------------------------------===//

#include "ScriptRunner.h"

#include "w2n/Binary/Error.h"
#include "w2n/Compiler/Compiler.h"
#include "w2n/runtime.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ExecutionEngine/Orc/AbsoluteSymbols.h"
#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"

#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <vector>

#include <sys/time.h>
#include <unistd.h>

using namespace llvm;
using namespace llvm::orc;
using namespace w2n;
using namespace w2n::specrun;

Reporter::~Reporter() = default;

void w2n::specrun::initializeProcess() {
  InitializeNativeTarget();
  InitializeNativeTargetAsmPrinter();
  InitializeNativeTargetAsmParser();
}

//===----------------------------------------------------------------------===//
// Runtime symbols for the JIT
//===----------------------------------------------------------------------===//

// Everything generated code may call. Taking the addresses here also makes
// the linker keep these functions even when the runtime is a static archive;
// libc/libm and anything else come from the process (see makeJit).
#define W2N_RT(name) {#name, reinterpret_cast<void *>(&name)}
static const struct {
  const char *name;
  void *address;
} runtimeSymbols[] = {
    W2N_RT(w2n_mb_type),
    W2N_RT(w2n_mb_import_func),
    W2N_RT(w2n_mb_import_global),
    W2N_RT(w2n_mb_import_memory),
    W2N_RT(w2n_mb_import_table),
    W2N_RT(w2n_mb_func),
    W2N_RT(w2n_mb_memory),
    W2N_RT(w2n_mb_table),
    W2N_RT(w2n_mb_global),
    W2N_RT(w2n_mb_export),
    W2N_RT(w2n_mb_segments),
    W2N_RT(w2n_mb_init),
    W2N_RT(w2n_mb_bounds_checks),
    W2N_RT(w2n_trap),
    W2N_RT(w2n_memory_grow),
    W2N_RT(w2n_memory_fill),
    W2N_RT(w2n_memory_copy),
    W2N_RT(w2n_memory_init),
    W2N_RT(w2n_data_drop),
    W2N_RT(w2n_data_segment),
    W2N_RT(w2n_elem_segment),
    W2N_RT(w2n_table_get),
    W2N_RT(w2n_table_set),
    W2N_RT(w2n_table_size),
    W2N_RT(w2n_table_grow),
    W2N_RT(w2n_table_fill),
    W2N_RT(w2n_table_copy),
    W2N_RT(w2n_table_init),
    W2N_RT(w2n_elem_drop),
    W2N_RT(w2n_call_indirect_target),
};
#undef W2N_RT

//===----------------------------------------------------------------------===//
// The spectest host module
//===----------------------------------------------------------------------===//

// Host functions follow the generated-code convention: code(inst, params...)
// plus a trampoline(inst, cells). They print nothing (the reference
// interpreter prints; the output is not part of any assertion).
namespace {
void specPrint(w2n_instance *) {}
void specPrintI32(w2n_instance *, int32_t) {}
void specPrintI64(w2n_instance *, int64_t) {}
void specPrintF32(w2n_instance *, float) {}
void specPrintF64(w2n_instance *, double) {}
void specPrintI32F32(w2n_instance *, int32_t, float) {}
void specPrintF64F64(w2n_instance *, double, double) {}

void trampPrint(w2n_instance *inst, w2n_value *) { specPrint(inst); }
void trampPrintI32(w2n_instance *inst, w2n_value *c) {
  specPrintI32(inst, c[0].i32);
}
void trampPrintI64(w2n_instance *inst, w2n_value *c) {
  specPrintI64(inst, c[0].i64);
}
void trampPrintF32(w2n_instance *inst, w2n_value *c) {
  specPrintF32(inst, c[0].f32);
}
void trampPrintF64(w2n_instance *inst, w2n_value *c) {
  specPrintF64(inst, c[0].f64);
}
void trampPrintI32F32(w2n_instance *inst, w2n_value *c) {
  specPrintI32F32(inst, c[0].i32, c[1].f32);
}
void trampPrintF64F64(w2n_instance *inst, w2n_value *c) {
  specPrintF64F64(inst, c[0].f64, c[1].f64);
}

std::map<std::string, w2n_extern> makeSpectest() {
  std::map<std::string, w2n_extern> exports;
  auto func = [&](const char *name, const char *params, void *code,
                  void (*tramp)(w2n_instance *, w2n_value *)) {
    w2n_extern e{};
    e.kind = W2N_EXTERN_FUNC;
    e.u.func = w2n_host_func(params, "", code, tramp, nullptr);
    exports[name] = e;
  };
  func("print", "", reinterpret_cast<void *>(&specPrint), trampPrint);
  func("print_i32", "i", reinterpret_cast<void *>(&specPrintI32),
       trampPrintI32);
  func("print_i64", "l", reinterpret_cast<void *>(&specPrintI64),
       trampPrintI64);
  func("print_f32", "f", reinterpret_cast<void *>(&specPrintF32),
       trampPrintF32);
  func("print_f64", "d", reinterpret_cast<void *>(&specPrintF64),
       trampPrintF64);
  func("print_i32_f32", "if", reinterpret_cast<void *>(&specPrintI32F32),
       trampPrintI32F32);
  func("print_f64_f64", "dd", reinterpret_cast<void *>(&specPrintF64F64),
       trampPrintF64F64);

  auto global = [&](const char *name, char type, w2n_value init) {
    w2n_extern e{};
    e.kind = W2N_EXTERN_GLOBAL;
    e.u.global.cell = w2n_global_new(type, init);
    e.u.global.valtype = type;
    e.u.global.is_mutable = 0;
    exports[name] = e;
  };
  w2n_value v;
  std::memset(&v, 0, sizeof v);
  v.i32 = 666;
  global("global_i32", 'i', v);
  std::memset(&v, 0, sizeof v);
  v.i64 = 666;
  global("global_i64", 'l', v);
  std::memset(&v, 0, sizeof v);
  v.f32 = 666.0f;
  global("global_f32", 'f', v);
  std::memset(&v, 0, sizeof v);
  v.f64 = 666.0;
  global("global_f64", 'd', v);

  w2n_extern t{};
  t.kind = W2N_EXTERN_TABLE;
  t.u.table = w2n_table_new('F', 10, 20);
  exports["table"] = t;

  w2n_extern m{};
  m.kind = W2N_EXTERN_MEMORY;
  m.u.memory = w2n_memory_new(1, 2);
  exports["memory"] = m;
  return exports;
}

//===----------------------------------------------------------------------===//
// Values
//===----------------------------------------------------------------------===//

std::optional<char> typeLetter(StringRef type) {
  return StringSwitch<std::optional<char>>(type)
      .Case("i32", 'i')
      .Case("i64", 'l')
      .Case("f32", 'f')
      .Case("f64", 'd')
      .Case("v128", 'v')
      .Case("funcref", 'F')
      .Case("externref", 'E')
      .Default(std::nullopt);
}

const char *typeName(char letter) {
  switch (letter) {
  case 'i':
    return "i32";
  case 'l':
    return "i64";
  case 'f':
    return "f32";
  case 'd':
    return "f64";
  case 'v':
    return "v128";
  case 'F':
    return "funcref";
  case 'E':
    return "externref";
  }
  return "?";
}

unsigned laneBytes(StringRef laneType) {
  return StringSwitch<unsigned>(laneType)
      .Case("i8", 1)
      .Case("i16", 2)
      .Case("i32", 4)
      .Case("f32", 4)
      .Case("i64", 8)
      .Case("f64", 8)
      .Default(0);
}

bool parseBits(StringRef text, uint64_t &bits) {
  return !text.getAsInteger(10, bits);
}

/// Host externref values: `ref.extern N` is the non-null pointer N+1.
void *externRef(uint64_t n) { return reinterpret_cast<void *>(n + 1); }

uint64_t loadLane(const uint8_t *bytes, unsigned width) {
  uint64_t v = 0;
  for (unsigned i = 0; i < width; ++i)
    v |= uint64_t(bytes[i]) << (8 * i);
  return v;
}

void storeLane(uint8_t *bytes, unsigned width, uint64_t v) {
  for (unsigned i = 0; i < width; ++i)
    bytes[i] = uint8_t(v >> (8 * i));
}

/// Parses one argument of type `want` into `out`.
bool parseArg(const json::Object &arg, char want, w2n_value &out,
              std::string &error) {
  std::memset(&out, 0, sizeof out);
  StringRef type = arg.getString("type").value_or("");
  std::optional<char> letter = typeLetter(type);
  if (!letter) {
    error = ("unknown argument type '" + type + "'").str();
    return false;
  }
  if (*letter != want) {
    error = (Twine("argument type ") + type + " does not match parameter " +
             typeName(want))
                .str();
    return false;
  }
  if (*letter == 'v') {
    StringRef laneType = arg.getString("lane_type").value_or("");
    unsigned width = laneBytes(laneType);
    const json::Array *lanes = arg.getArray("value");
    if (!width || !lanes || lanes->size() * width != 16) {
      error = "malformed v128 argument";
      return false;
    }
    for (size_t i = 0; i < lanes->size(); ++i) {
      uint64_t bits;
      std::optional<StringRef> s = (*lanes)[i].getAsString();
      if (!s || !parseBits(*s, bits)) {
        error = "malformed v128 lane";
        return false;
      }
      storeLane(out.v128 + i * width, width, bits);
    }
    return true;
  }
  StringRef value = arg.getString("value").value_or("");
  if (*letter == 'F' || *letter == 'E') {
    if (value == "null") {
      out.ref = nullptr;
      return true;
    }
    uint64_t n;
    if (*letter == 'E' && parseBits(value, n)) {
      out.ref = externRef(n);
      return true;
    }
    error = ("unsupported reference argument '" + value + "'").str();
    return false;
  }
  uint64_t bits;
  if (!parseBits(value, bits)) {
    error = ("malformed value '" + value + "'").str();
    return false;
  }
  switch (*letter) {
  case 'i':
  case 'f': {
    uint32_t b = uint32_t(bits);
    std::memcpy(&out, &b, 4);
    break;
  }
  default:
    std::memcpy(&out, &bits, 8);
    break;
  }
  return true;
}

/// Does a lane of `laneType` with raw `bits` match the expected text
/// (decimal bit pattern, or nan:canonical / nan:arithmetic)?
bool matchLane(StringRef laneType, StringRef expected, uint64_t bits) {
  if (expected == "nan:canonical" || expected == "nan:arithmetic") {
    bool canonical = expected == "nan:canonical";
    if (laneType == "f32") {
      uint32_t b = uint32_t(bits) & 0x7fffffffu;
      return canonical ? b == 0x7fc00000u
                       : (b & 0x7fc00000u) == 0x7fc00000u;
    }
    if (laneType == "f64") {
      uint64_t b = bits & 0x7fffffffffffffffull;
      return canonical ? b == 0x7ff8000000000000ull
                       : (b & 0x7ff8000000000000ull) == 0x7ff8000000000000ull;
    }
    return false;
  }
  uint64_t want;
  if (!parseBits(expected, want))
    return false;
  unsigned width = laneBytes(laneType);
  uint64_t mask = width == 8 ? ~0ull : ((1ull << (8 * width)) - 1);
  return (want & mask) == (bits & mask);
}

std::string formatFloatBits(char type, uint64_t bits) {
  std::string s;
  raw_string_ostream os(s);
  if (type == 'f') {
    uint32_t b = uint32_t(bits);
    float f;
    std::memcpy(&f, &b, 4);
    os << "f32:" << format_hex(b, 10);
    if (std::isnan(f))
      os << " (nan)";
    else
      os << " (" << format("%.9g", double(f)) << ")";
  } else {
    double d;
    std::memcpy(&d, &bits, 8);
    os << "f64:" << format_hex(bits, 18);
    if (std::isnan(d))
      os << " (nan)";
    else
      os << " (" << format("%.17g", d) << ")";
  }
  return s;
}

std::string formatValue(char type, const w2n_value &v) {
  std::string s;
  raw_string_ostream os(s);
  switch (type) {
  case 'i':
    os << "i32:" << uint32_t(v.i32);
    if (v.i32 < 0)
      os << " (" << v.i32 << ")";
    break;
  case 'l':
    os << "i64:" << uint64_t(v.i64);
    if (v.i64 < 0)
      os << " (" << v.i64 << ")";
    break;
  case 'f': {
    uint32_t b;
    std::memcpy(&b, &v, 4);
    os << formatFloatBits('f', b);
    break;
  }
  case 'd': {
    uint64_t b;
    std::memcpy(&b, &v, 8);
    os << formatFloatBits('d', b);
    break;
  }
  case 'v':
    os << "v128:";
    for (int i = 0; i < 16; ++i)
      os << (i ? " " : "") << format_hex_no_prefix(v.v128[i], 2);
    break;
  case 'F':
    os << "funcref:" << (v.ref ? "non-null" : "null");
    break;
  case 'E':
    if (!v.ref)
      os << "externref:null";
    else
      os << "externref:" << (reinterpret_cast<uintptr_t>(v.ref) - 1);
    break;
  default:
    os << "?";
  }
  return s;
}

std::string formatExpected(const json::Object &e) {
  std::string s;
  raw_string_ostream os(s);
  StringRef type = e.getString("type").value_or("?");
  os << type;
  if (const json::Array *lanes = e.getArray("value")) {
    os << ":" << e.getString("lane_type").value_or("?") << "[";
    for (size_t i = 0; i < lanes->size(); ++i)
      os << (i ? " " : "") << (*lanes)[i].getAsString().value_or("?");
    os << "]";
  } else if (std::optional<StringRef> v = e.getString("value")) {
    os << ":" << *v;
    uint64_t bits;
    std::optional<char> letter = typeLetter(type);
    if (letter && (*letter == 'f' || *letter == 'd') && parseBits(*v, bits))
      os << " [" << formatFloatBits(*letter, bits) << "]";
  }
  return s;
}

/// Compares one result against its expectation; empty string if it matches.
std::string compareResult(const json::Object &expected, char gotType,
                          const w2n_value &got) {
  StringRef type = expected.getString("type").value_or("");
  std::optional<char> letter = typeLetter(type);
  auto mismatch = [&] {
    return "expected " + formatExpected(expected) + ", got " +
           formatValue(gotType, got);
  };
  if (!letter)
    return ("unknown expected type '" + type + "'").str();
  if (*letter != gotType)
    return mismatch() + " (type differs)";
  switch (*letter) {
  case 'F':
  case 'E': {
    std::optional<StringRef> value = expected.getString("value");
    if (!value || *value != "null") {
      if (*letter == 'F') // ref.func: any non-null function
        return got.ref ? "" : mismatch();
      uint64_t n;
      if (!parseBits(*value, n))
        return "malformed expected externref";
      return got.ref == externRef(n) ? "" : mismatch();
    }
    return got.ref == nullptr ? "" : mismatch();
  }
  case 'v': {
    StringRef laneType = expected.getString("lane_type").value_or("");
    unsigned width = laneBytes(laneType);
    const json::Array *lanes = expected.getArray("value");
    if (!width || !lanes || lanes->size() * width != 16)
      return "malformed expected v128";
    for (size_t i = 0; i < lanes->size(); ++i) {
      std::optional<StringRef> s = (*lanes)[i].getAsString();
      if (!s || !matchLane(laneType, *s, loadLane(got.v128 + i * width, width)))
        return mismatch();
    }
    return "";
  }
  default: {
    std::optional<StringRef> value = expected.getString("value");
    if (!value)
      return "expected value missing";
    uint64_t bits = 0;
    std::memcpy(&bits, &got, (*letter == 'i' || *letter == 'f') ? 4 : 8);
    return matchLane(type, *value, bits) ? "" : mismatch();
  }
  }
}

/// Text of an error, consumed; `isWasmError` says whether it came from the
/// decoder/validator (w2n::WasmError) or a later stage.
std::string errorText(Error err, bool *isWasmError = nullptr) {
  bool wasm = false;
  std::string text;
  handleAllErrors(std::move(err), [&](const ErrorInfoBase &info) {
    if (info.isA<WasmError>())
      wasm = true;
    if (!text.empty())
      text += "; ";
    text += info.message();
  });
  if (isWasmError)
    *isWasmError = wasm;
  while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
    text.pop_back();
  return text;
}

/// Does a trap or link error message match the script's text? Like the
/// reference interpreter: the text is a prefix of the message. Except that
/// the interpreter appends an element index to some messages
/// ("uninitialized element 2"); the runtime's fixed messages have none, so a
/// text that is the message plus " <number>" matches too.
bool startsWith(StringRef message, StringRef expected) {
  if (message.starts_with(expected))
    return true;
  if (message.empty() || !expected.starts_with(message))
    return false;
  StringRef rest = expected.drop_front(message.size());
  return rest.consume_front(" ") && !rest.empty() &&
         rest.find_first_not_of("0123456789") == StringRef::npos;
}

/// Limits the next command to `seconds` of CPU time (SIGPROF) and, against
/// deadlocks, five times that of wall-clock time (SIGALRM); both signals
/// end the process, and the parent names the command. 0 disarms both.
void armTimeout(unsigned seconds) {
  itimerval cpu{};
  cpu.it_value.tv_sec = seconds;
  setitimer(ITIMER_PROF, &cpu, nullptr);
  alarm(seconds * 5);
}

//===----------------------------------------------------------------------===//
// The script
//===----------------------------------------------------------------------===//

/// Where an import's module name resolves to: a registered instance or the
/// spectest host module.
struct Provider {
  w2n_instance *inst = nullptr; // null: spectest
};

/// The outcome of one stage of loading a module.
enum class Stage { Ok, Compile, Load, Link, Instantiate };

struct LoadResult {
  Stage failedAt = Stage::Ok;
  std::string message;      // error text for the failing stage
  bool wasmError = false;   // compile failure came from decoder/validator
  uint32_t trap = W2N_TRAP_NONE; // Instantiate: the trap, if it trapped
  w2n_instance *inst = nullptr;
};

struct ActionResult {
  std::string error;   // host-side problem (no such export, bad args...)
  uint32_t trap = W2N_TRAP_NONE;
  std::string types;   // result type letters
  std::vector<w2n_value> values;
};

class Script {
public:
  Script(StringRef jsonPath, const RunOptions &options, Reporter &reporter)
      : jsonPath(jsonPath), dir(sys::path::parent_path(jsonPath)),
        options(options), reporter(reporter) {}

  void run(size_t resumeFrom, const std::set<size_t> &skip);

private:
  // Commands; each returns an empty string on success, else the failure.
  std::string doModule(const json::Object &cmd);
  std::string doRegister(const json::Object &cmd);
  std::string doAction(const json::Object &cmd);
  std::string doAssertReturn(const json::Object &cmd);
  std::string doAssertTrap(const json::Object &cmd);
  std::string doAssertRejected(const json::Object &cmd);
  std::string doAssertUnlinkable(const json::Object &cmd);
  std::string doAssertUninstantiable(const json::Object &cmd);

  LoadResult load(StringRef filename, Stage stopAfter);
  ActionResult act(const json::Object &action);
  /// The instance an action or register refers to, or an error.
  w2n_instance *instanceFor(const json::Object &obj, std::string &error);
  bool lookupExport(const Provider &p, StringRef name, w2n_extern &out);
  Expected<LLJIT &> jitForNextModule();

  std::string jsonPath;
  std::string dir;
  const RunOptions &options;
  Reporter &reporter;

  std::vector<std::unique_ptr<LLJIT>> jits;
  unsigned numDylibs = 0;
  std::string jitErrors;

  std::map<std::string, w2n_extern> spectest;
  std::map<std::string, Provider> registry;
  std::map<std::string, w2n_instance *> named; // null: failed to load
  std::map<std::string, std::string> namedProblems; // why it failed
  w2n_instance *current = nullptr;
  std::string currentProblem = "no module defined yet";
};

} // namespace

Expected<LLJIT &> Script::jitForNextModule() {
  if (!jits.empty() && !options.jitPerModule)
    return *jits.back();
  auto jit = LLJITBuilder().create();
  if (!jit)
    return jit.takeError();
  (*jit)->getExecutionSession().setErrorReporter([this](Error err) {
    if (!jitErrors.empty())
      jitErrors += "; ";
    jitErrors += errorText(std::move(err));
  });
  SymbolMap symbols;
  for (const auto &s : runtimeSymbols)
    symbols[(*jit)->mangleAndIntern(s.name)] = ExecutorSymbolDef(
        ExecutorAddr::fromPtr(s.address),
        JITSymbolFlags::Exported | JITSymbolFlags::Callable);
  JITDylibSP process = (*jit)->getProcessSymbolsJITDylib();
  if (!process)
    return createStringError(inconvertibleErrorCode(),
                             "LLJIT has no process-symbols JITDylib");
  if (Error err = process->define(absoluteSymbols(std::move(symbols))))
    return std::move(err);
  jits.push_back(std::move(*jit));
  return *jits.back();
}

LoadResult Script::load(StringRef filename, Stage stopAfter) {
  LoadResult r;
  SmallString<256> path(dir);
  sys::path::append(path, filename);
  auto file = MemoryBuffer::getFile(path, /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
  if (!file) {
    r.failedAt = Stage::Compile;
    r.message = "cannot read " + path.str().str() + ": " +
                file.getError().message();
    return r;
  }
  ArrayRef<uint8_t> bytes(
      reinterpret_cast<const uint8_t *>((*file)->getBufferStart()),
      (*file)->getBufferSize());

  CompileOptions copts;
  copts.optLevel = options.optLevel;
  copts.guardPages = options.guardPages;
  copts.symbolPrefix = options.symbolPrefix;
  auto object = compileToObject(bytes, copts, filename);
  if (!object) {
    r.failedAt = Stage::Compile;
    r.message = errorText(object.takeError(), &r.wasmError);
    return r;
  }
  if (stopAfter == Stage::Compile)
    return r;

  // Load the object into a fresh JITDylib.
  auto fail = [&](Stage stage, std::string message) {
    r.failedAt = stage;
    r.message = std::move(message);
    if (!jitErrors.empty())
      r.message += " [" + jitErrors + "]";
    jitErrors.clear();
    return r;
  };
  jitErrors.clear();
  auto jit = jitForNextModule();
  if (!jit)
    return fail(Stage::Load, "cannot create the JIT: " +
                                 errorText(jit.takeError()));
  auto jd = jit->createJITDylib("m" + std::to_string(numDylibs++));
  if (!jd)
    return fail(Stage::Load, errorText(jd.takeError()));
  auto buffer = MemoryBuffer::getMemBufferCopy(
      StringRef(object->data(), object->size()), filename);
  if (Error err = jit->addObjectFile(*jd, std::move(buffer)))
    return fail(Stage::Load, "adding the object failed: " +
                                 errorText(std::move(err)));
  std::string describeName = options.symbolPrefix + "describe";
  auto describe = jit->lookup(*jd, describeName);
  if (!describe)
    return fail(Stage::Load, "JIT link/lookup of " + describeName +
                                 " failed: " + errorText(describe.takeError()));
  w2n_module *module =
      w2n_module_load(describe->toPtr<w2n_describe_fn>());
  if (!module)
    return fail(Stage::Load, "w2n_module_load returned null");

  // Resolve imports by (module, name).
  std::vector<w2n_extern> imports;
  uint32_t numImports = w2n_module_num_imports(module);
  for (uint32_t i = 0; i < numImports; ++i) {
    const char *modName = nullptr, *name = nullptr;
    uint32_t kind = 0;
    w2n_module_import(module, i, &modName, &name, &kind);
    std::string what = std::string("\"") + (modName ? modName : "") +
                       "\" \"" + (name ? name : "") + "\"";
    auto it = registry.find(modName ? modName : "");
    w2n_extern ext{};
    if (it == registry.end() || !lookupExport(it->second, name ? name : "",
                                              ext))
      return fail(Stage::Link, "unknown import " + what);
    if (ext.kind != kind)
      return fail(Stage::Link, "incompatible import type " + what +
                                   " (kind " + std::to_string(ext.kind) +
                                   ", import wants kind " +
                                   std::to_string(kind) + ")");
    imports.push_back(ext);
  }

  const char *error = nullptr;
  w2n_trap_info trap{W2N_TRAP_NONE, nullptr};
  w2n_instance *inst = w2n_instantiate(
      module, imports.empty() ? nullptr : imports.data(), &error, &trap);
  if (!inst) {
    if (trap.kind != W2N_TRAP_NONE) {
      r.trap = trap.kind;
      return fail(Stage::Instantiate,
                  trap.message ? trap.message
                               : w2n_trap_message(trap.kind));
    }
    return fail(Stage::Link, error ? error : "instantiation failed (no message)");
  }
  r.inst = inst;
  return r;
}

bool Script::lookupExport(const Provider &p, StringRef name, w2n_extern &out) {
  if (!p.inst) {
    auto it = spectest.find(name.str());
    if (it == spectest.end())
      return false;
    out = it->second;
    return true;
  }
  return w2n_instance_export_n(p.inst, name.data(), uint32_t(name.size()),
                               &out) != 0;
}

w2n_instance *Script::instanceFor(const json::Object &obj,
                                  std::string &error) {
  if (std::optional<StringRef> name = obj.getString("module")) {
    auto it = named.find(name->str());
    if (it == named.end()) {
      error = ("unknown module " + *name).str();
      return nullptr;
    }
    if (!it->second)
      error = namedProblems.count(name->str())
                  ? namedProblems[name->str()]
                  : ("module " + *name + " is not available").str();
    return it->second;
  }
  if (!current)
    error = currentProblem;
  return current;
}

ActionResult Script::act(const json::Object &action) {
  ActionResult r;
  w2n_instance *inst = instanceFor(action, r.error);
  if (!inst)
    return r;
  StringRef type = action.getString("type").value_or("");
  std::string field = action.getString("field").value_or("").str();
  w2n_extern ext{};
  // Names may contain NUL bytes: always pass the length.
  if (!w2n_instance_export_n(inst, field.data(), uint32_t(field.size()),
                             &ext)) {
    r.error = "no export \"" + field + "\"";
    return r;
  }
  if (type == "get") {
    if (ext.kind != W2N_EXTERN_GLOBAL) {
      r.error = "export \"" + field + "\" is not a global";
      return r;
    }
    r.types = std::string(1, ext.u.global.valtype);
    r.values.push_back(*ext.u.global.cell);
    return r;
  }
  if (type != "invoke") {
    r.error = ("unknown action type '" + type + "'").str();
    return r;
  }
  if (ext.kind != W2N_EXTERN_FUNC) {
    r.error = "export \"" + field + "\" is not a function";
    return r;
  }
  const char *params = "", *results = "";
  w2n_func_type(ext.u.func, &params, &results);
  StringRef paramTypes(params ? params : ""), resultTypes(results ? results : "");
  const json::Array *args = action.getArray("args");
  size_t numArgs = args ? args->size() : 0;
  if (numArgs != paramTypes.size()) {
    r.error = "\"" + field + "\" takes " + std::to_string(paramTypes.size()) +
              " arguments, the script passes " + std::to_string(numArgs);
    return r;
  }
  std::vector<w2n_value> cells(std::max(paramTypes.size(), resultTypes.size()) +
                               1);
  for (size_t i = 0; i < numArgs; ++i) {
    const json::Object *arg = (*args)[i].getAsObject();
    if (!arg || !parseArg(*arg, paramTypes[i], cells[i], r.error))
      return r;
  }
  r.trap = w2n_call(ext.u.func, cells.data());
  if (r.trap != W2N_TRAP_NONE)
    return r;
  r.types = resultTypes.str();
  r.values.assign(cells.begin(), cells.begin() + resultTypes.size());
  return r;
}

static std::string trapText(uint32_t kind) {
  const char *m = w2n_trap_message(kind);
  return std::string(m ? m : "?") + " (trap kind " + std::to_string(kind) + ")";
}

std::string Script::doModule(const json::Object &cmd) {
  std::optional<StringRef> name = cmd.getString("name");
  StringRef filename = cmd.getString("filename").value_or("");
  LoadResult r = load(filename, Stage::Instantiate);
  current = r.inst;
  if (name)
    named[name->str()] = r.inst;
  if (r.inst)
    return "";
  std::string what;
  switch (r.failedAt) {
  case Stage::Compile:
    what = "failed to compile: ";
    break;
  case Stage::Load:
    what = "failed to load: ";
    break;
  case Stage::Link:
    what = "failed to link: ";
    break;
  case Stage::Instantiate:
    what = "trapped during instantiation: ";
    break;
  case Stage::Ok:
    break;
  }
  std::string failure = "module " + what + r.message;
  std::string problem = "the module of line " +
                        std::to_string(cmd.getInteger("line").value_or(0)) +
                        " (" + filename.str() + ") " + what + r.message;
  if (problem.size() > 300)
    problem = problem.substr(0, 300) + "...";
  currentProblem = problem;
  if (name)
    namedProblems[name->str()] = problem;
  return failure;
}

std::string Script::doRegister(const json::Object &cmd) {
  std::string error;
  w2n_instance *inst = nullptr;
  if (std::optional<StringRef> name = cmd.getString("name")) {
    auto it = named.find(name->str());
    if (it == named.end() || !it->second)
      return ("register: module " + *name + " is not available").str();
    inst = it->second;
  } else {
    if (!current)
      return "register: " + currentProblem;
    inst = current;
  }
  registry[cmd.getString("as").value_or("").str()] = Provider{inst};
  return "";
}

std::string Script::doAction(const json::Object &cmd) {
  const json::Object *action = cmd.getObject("action");
  if (!action)
    return "command without action";
  ActionResult r = act(*action);
  if (!r.error.empty())
    return r.error;
  if (r.trap != W2N_TRAP_NONE)
    return "trapped: " + trapText(r.trap);
  return "";
}

std::string Script::doAssertReturn(const json::Object &cmd) {
  const json::Object *action = cmd.getObject("action");
  if (!action)
    return "command without action";
  ActionResult r = act(*action);
  if (!r.error.empty())
    return r.error;
  if (r.trap != W2N_TRAP_NONE)
    return "trapped: " + trapText(r.trap);
  const json::Array *expected = cmd.getArray("expected");
  size_t numExpected = expected ? expected->size() : 0;
  if (numExpected != r.values.size())
    return "expected " + std::to_string(numExpected) + " results, got " +
           std::to_string(r.values.size());
  std::string message;
  for (size_t i = 0; i < numExpected; ++i) {
    const json::Object *e = (*expected)[i].getAsObject();
    if (!e)
      return "malformed expected value";
    std::string m = compareResult(*e, r.types[i], r.values[i]);
    if (!m.empty()) {
      if (!message.empty())
        message += "; ";
      if (numExpected > 1)
        message += "result " + std::to_string(i) + ": ";
      message += m;
    }
  }
  return message;
}

std::string Script::doAssertTrap(const json::Object &cmd) {
  const json::Object *action = cmd.getObject("action");
  if (!action)
    return "command without action";
  StringRef text = cmd.getString("text").value_or("");
  ActionResult r = act(*action);
  if (!r.error.empty())
    return r.error;
  if (r.trap == W2N_TRAP_NONE) {
    std::string got;
    for (size_t i = 0; i < r.values.size(); ++i)
      got += (i ? ", " : "") + formatValue(r.types[i], r.values[i]);
    return ("expected trap \"" + text + "\", returned normally (" + got + ")")
        .str();
  }
  const char *message = w2n_trap_message(r.trap);
  if (!startsWith(message ? message : "", text))
    return ("expected trap \"" + text + "\", got \"" + trapText(r.trap) + "\"")
        .str();
  return "";
}

std::string Script::doAssertRejected(const json::Object &cmd) {
  StringRef type = cmd.getString("type").value_or("");
  StringRef text = cmd.getString("text").value_or("");
  LoadResult r = load(cmd.getString("filename").value_or(""), Stage::Compile);
  if (r.failedAt == Stage::Ok)
    return ("expected " + type + " \"" + text + "\", but the module compiled")
        .str();
  if (!r.wasmError)
    return ("expected " + type + " \"" + text +
            "\": rejected by a later compile stage instead of the "
            "decoder/validator: " +
            r.message)
        .str();
  return "";
}

std::string Script::doAssertUnlinkable(const json::Object &cmd) {
  StringRef text = cmd.getString("text").value_or("");
  LoadResult r = load(cmd.getString("filename").value_or(""), Stage::Instantiate);
  std::string want = ("expected link error \"" + text + "\", ").str();
  switch (r.failedAt) {
  case Stage::Ok:
    return want + "but the module instantiated";
  case Stage::Compile:
    return want + "module failed to compile: " + r.message;
  case Stage::Load:
    return want + "module failed to load: " + r.message;
  case Stage::Instantiate:
    return want + "got trap: " + r.message;
  case Stage::Link:
    if (!startsWith(r.message, text))
      return want + "got \"" + r.message + "\"";
    return "";
  }
  return "";
}

std::string Script::doAssertUninstantiable(const json::Object &cmd) {
  StringRef text = cmd.getString("text").value_or("");
  LoadResult r = load(cmd.getString("filename").value_or(""), Stage::Instantiate);
  std::string want = ("expected instantiation trap \"" + text + "\", ").str();
  switch (r.failedAt) {
  case Stage::Ok:
    return want + "but the module instantiated";
  case Stage::Compile:
    return want + "module failed to compile: " + r.message;
  case Stage::Load:
    return want + "module failed to load: " + r.message;
  case Stage::Link:
    return want + "got link error: " + r.message;
  case Stage::Instantiate: {
    const char *message = w2n_trap_message(r.trap);
    if (!startsWith(message ? message : "", text))
      return want + "got \"" + trapText(r.trap) + "\"";
    return "";
  }
  }
  return "";
}

void Script::run(size_t resumeFrom, const std::set<size_t> &skip) {
  auto buf = MemoryBuffer::getFile(jsonPath);
  if (!buf) {
    reporter.fileError("cannot read " + jsonPath + ": " +
                       buf.getError().message());
    reporter.done();
    return;
  }
  Expected<json::Value> root = json::parse((*buf)->getBuffer());
  if (!root) {
    reporter.fileError("bad JSON in " + jsonPath + ": " +
                       toString(root.takeError()));
    reporter.done();
    return;
  }
  const json::Object *obj = root->getAsObject();
  const json::Array *commands = obj ? obj->getArray("commands") : nullptr;
  if (!commands) {
    reporter.fileError("no \"commands\" array in " + jsonPath);
    reporter.done();
    return;
  }

  spectest = makeSpectest();
  registry["spectest"] = Provider{nullptr};

  for (size_t index = 0; index < commands->size(); ++index) {
    const json::Object *cmd = (*commands)[index].getAsObject();
    if (!cmd)
      continue;
    StringRef type = cmd->getString("type").value_or("");
    unsigned line = unsigned(cmd->getInteger("line").value_or(0));
    bool report = index >= resumeFrom;

    if (skip.count(index)) {
      // It crashed an earlier attempt. A module that never loaded leaves
      // no current module behind.
      if (type == "module") {
        current = nullptr;
        currentProblem = "the module of line " + std::to_string(line) +
                         " crashed the runner";
        if (std::optional<StringRef> name = cmd->getString("name")) {
          named[name->str()] = nullptr;
          namedProblems[name->str()] = currentProblem;
        }
      }
      continue;
    }

    if (type == "register") {
      std::string failure = doRegister(*cmd);
      if (report && !failure.empty()) {
        reporter.begin(index, line);
        reporter.fail(index, failure);
      }
      continue;
    }

    if ((type == "assert_invalid" || type == "assert_malformed" ||
         type == "assert_unlinkable" || type == "assert_uninstantiable") &&
        cmd->getString("module_type").value_or("binary") != "binary") {
      if (report) {
        reporter.begin(index, line);
        reporter.skipText(index);
      }
      continue;
    }

    // Always announced, also when replaying: a crash is pinned on the
    // command that caused it.
    reporter.begin(index, line);
    if (options.timeoutSeconds)
      armTimeout(options.timeoutSeconds);
    std::string failure;
    if (type == "module")
      failure = doModule(*cmd);
    else if (type == "action")
      failure = doAction(*cmd);
    else if (type == "assert_return")
      failure = doAssertReturn(*cmd);
    else if (type == "assert_trap" || type == "assert_exhaustion")
      failure = doAssertTrap(*cmd);
    else if (type == "assert_invalid" || type == "assert_malformed")
      failure = doAssertRejected(*cmd);
    else if (type == "assert_unlinkable")
      failure = doAssertUnlinkable(*cmd);
    else if (type == "assert_uninstantiable")
      failure = doAssertUninstantiable(*cmd);
    else
      failure = ("unknown command type '" + type + "'").str();
    if (options.timeoutSeconds)
      armTimeout(0);
    if (!report)
      continue;
    if (failure.empty())
      reporter.pass(index);
    else
      reporter.fail(index, failure);
  }
  reporter.done();
}

void w2n::specrun::runScript(StringRef jsonPath, const RunOptions &options,
                             Reporter &reporter, size_t resumeFrom,
                             const std::set<size_t> &skip) {
  Script script(jsonPath, options, reporter);
  script.run(resumeFrom, skip);
}
