//===- Run.cpp - `wasm2native run`: compile, load and call a module -------===//
//
// Like `wasmtime run`: the module is compiled to a shared library (cached on
// disk under a key made of the module's hash, the options and the compiler
// version), loaded with dlopen, instantiated by the runtime linked into this
// executable, and the requested export is called with arguments parsed by
// its parameter types. Results print one per line.
//
//===----------------------------------------------------------------------===//

#include "Run.h"

#include "w2n/Binary/Error.h"
#include "w2n/Compiler/Compiler.h"
#include "w2n/runtime.h"
#include "w2n/wasi.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/SHA256.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <cinttypes>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>

extern char **environ;

using namespace llvm;

namespace {

/// Directory of the compilation cache: $W2N_CACHE_DIR, else
/// $XDG_CACHE_HOME/wasm2native, else ~/.cache/wasm2native.
std::string cacheDir() {
  if (auto dir = sys::Process::GetEnv("W2N_CACHE_DIR"))
    return *dir;
  SmallString<128> path;
  if (auto xdg = sys::Process::GetEnv("XDG_CACHE_HOME"))
    path = *xdg;
  else if (!sys::path::home_directory(path))
    return "";
  else
    sys::path::append(path, ".cache");
  sys::path::append(path, "wasm2native");
  return std::string(path);
}

/// Compiles `bytes` to a shared library in the cache, unless it is there.
Expected<std::string> compileCached(ArrayRef<uint8_t> bytes,
                                    const w2n::CompileOptions &opts,
                                    StringRef displayName, bool useCache) {
  SHA256 hash;
  hash.update(bytes);
  std::string key = formatv("|{0}|{1}|{2}|{3}|{4}|{5}", W2N_VERSION " LLVM " LLVM_VERSION_STRING,
                            opts.triple, opts.cpu, opts.optLevel,
                            opts.guardPages, opts.symbolPrefix);
  hash.update(key);
  // The compiler's identity: a rebuilt compiler must not reuse old code.
  static int anchor;
  std::string self = sys::fs::getMainExecutable("wasm2native", &anchor);
  sys::fs::file_status st;
  if (!sys::fs::status(self, st))
    hash.update(formatv("|{0}|{1}", st.getSize(),
                        st.getLastModificationTime().time_since_epoch().count())
                    .str());
  std::string digest = toHex(hash.final(), /*LowerCase=*/true);

  std::string dir = cacheDir();
  SmallString<256> soPath;
  if (useCache && !dir.empty() && !sys::fs::create_directories(dir)) {
    soPath = dir;
    sys::path::append(soPath, digest + ".so");
    if (sys::fs::exists(soPath))
      return std::string(soPath);
  } else {
    useCache = false;
  }

  auto object = w2n::compileToObject(bytes, opts, displayName);
  if (!object)
    return object.takeError();
  SmallString<128> objPath, tmpSo;
  int fd;
  if (std::error_code ec =
          sys::fs::createTemporaryFile("wasm2native", "o", fd, objPath))
    return errorCodeToError(ec);
  FileRemover removeObj(objPath);
  {
    raw_fd_ostream os(fd, /*shouldClose=*/true);
    os.write(object->data(), object->size());
  }
  if (!useCache) {
    if (std::error_code ec =
            sys::fs::createTemporaryFile("wasm2native", "so", tmpSo))
      return errorCodeToError(ec);
    if (Error err = w2n::linkShared({std::string(objPath)}, tmpSo))
      return std::move(err);
    return std::string(tmpSo);
  }
  // Link beside the final name and rename, so concurrent runs never see a
  // half-written library.
  tmpSo = soPath;
  tmpSo += formatv(".tmp{0}", sys::Process::getProcessId()).str();
  if (Error err = w2n::linkShared({std::string(objPath)}, tmpSo))
    return std::move(err);
  if (std::error_code ec = sys::fs::rename(tmpSo, soPath))
    return errorCodeToError(ec);
  return std::string(soPath);
}

/// Parses `[-]nan:0xPAYLOAD` (the form results print in) for a float type
/// with `mantBits` mantissa bits.
std::optional<uint64_t> parseNaN(StringRef text, unsigned mantBits) {
  bool negative = text.consume_front("-");
  if (!text.consume_front("nan:0x"))
    return std::nullopt;
  uint64_t payload;
  if (text.getAsInteger(16, payload) || payload == 0 ||
      payload >= (uint64_t(1) << mantBits))
    return std::nullopt;
  unsigned expBits = mantBits == 23 ? 8 : 11;
  uint64_t bits = ((uint64_t(1) << expBits) - 1) << mantBits | payload;
  if (negative)
    bits |= uint64_t(1) << (mantBits + expBits);
  return bits;
}

/// Parses a command-line argument as a value of type `t`.
bool parseArg(char t, StringRef text, w2n_value &out) {
  std::memset(&out, 0, sizeof(out));
  if (t == 'f' || t == 'd') {
    if (auto bits = parseNaN(text, t == 'f' ? 23 : 52)) {
      if (t == 'f') {
        uint32_t b32 = uint32_t(*bits);
        std::memcpy(&out.f32, &b32, 4);
      } else {
        std::memcpy(&out.f64, &*bits, 8);
      }
      return true;
    }
  }
  std::string s = text.str();
  char *end = nullptr;
  errno = 0;
  switch (t) {
  case 'i': {
    long long v = std::strtoll(s.c_str(), &end, 0);
    if (errno || *end || v < INT32_MIN || v > (long long)UINT32_MAX)
      return false;
    out.i32 = int32_t(uint32_t(v));
    return true;
  }
  case 'l': {
    if (!s.empty() && s[0] != '-') {
      unsigned long long v = std::strtoull(s.c_str(), &end, 0);
      if (errno || *end)
        return false;
      out.i64 = int64_t(v);
      return true;
    }
    long long v = std::strtoll(s.c_str(), &end, 0);
    if (errno || *end)
      return false;
    out.i64 = v;
    return true;
  }
  case 'f':
    out.f32 = std::strtof(s.c_str(), &end);
    return end && !*end && !s.empty();
  case 'd':
    out.f64 = std::strtod(s.c_str(), &end);
    return end && !*end && !s.empty();
  default:
    return false;
  }
}

/// Shortest decimal text that reads back to exactly `v`.
template <typename T> std::string shortestFloat(T v, int maxDigits) {
  for (int digits = 1; digits <= maxDigits; ++digits) {
    std::string s = formatv("{0}", format("%.*g", digits, double(v))).str();
    T back = sizeof(T) == 4 ? T(std::strtof(s.c_str(), nullptr))
                            : T(std::strtod(s.c_str(), nullptr));
    if (back == v)
      return s;
  }
  return formatv("{0}", format("%.*g", maxDigits, double(v))).str();
}

/// NaNs print with their sign and payload: `nan`, `-nan:0x200000`.
std::string printNaN(bool negative, uint64_t payload, uint64_t canonical) {
  std::string s = negative ? "-nan" : "nan";
  if (payload != canonical)
    s += ":0x" + utohexstr(payload, /*LowerCase=*/true);
  return s;
}

void printResult(raw_ostream &os, char t, const w2n_value &v) {
  switch (t) {
  case 'i':
    os << v.i32 << "\n";
    return;
  case 'l':
    os << v.i64 << "\n";
    return;
  case 'f': {
    if (std::isnan(v.f32)) {
      uint32_t bits;
      std::memcpy(&bits, &v.f32, 4);
      os << printNaN(bits >> 31, bits & 0x7FFFFF, 0x400000) << "\n";
      return;
    }
    if (std::isinf(v.f32)) {
      os << (v.f32 < 0 ? "-inf" : "inf") << "\n";
      return;
    }
    os << shortestFloat(v.f32, 9) << "\n";
    return;
  }
  case 'd': {
    if (std::isnan(v.f64)) {
      uint64_t bits;
      std::memcpy(&bits, &v.f64, 8);
      os << printNaN(bits >> 63, bits & 0xFFFFFFFFFFFFFull,
                     0x8000000000000ull)
         << "\n";
      return;
    }
    if (std::isinf(v.f64)) {
      os << (v.f64 < 0 ? "-inf" : "inf") << "\n";
      return;
    }
    os << shortestFloat(v.f64, 17) << "\n";
    return;
  }
  case 'F':
  case 'E':
    if (!v.ref)
      os << "null\n";
    else
      os << (t == 'F' ? "funcref\n" : "externref\n");
    return;
  default:
    os << "v128\n";
  }
}

} // namespace

int w2n::runModule(const RunOptions &ropts) {
  StringRef displayName = ropts.input;
  auto buffer = MemoryBuffer::getFile(ropts.input, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!buffer) {
    errs() << displayName << ": error: cannot read file: "
           << buffer.getError().message() << "\n";
    return 1;
  }
  ArrayRef<uint8_t> bytes(
      reinterpret_cast<const uint8_t *>((*buffer)->getBufferStart()),
      (*buffer)->getBufferSize());

  auto soPath = compileCached(bytes, ropts.compile, displayName,
                              ropts.useCache);
  if (!soPath) {
    w2n::printError(errs(), displayName, soPath.takeError());
    return 1;
  }
  std::unique_ptr<FileRemover> removeSo;
  if (!ropts.useCache)
    removeSo = std::make_unique<FileRemover>(*soPath);

  void *handle = dlopen(soPath->c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle) {
    errs() << displayName << ": error: cannot load compiled module: "
           << dlerror() << "\n";
    return 1;
  }
  auto describe = reinterpret_cast<w2n_describe_fn>(
      dlsym(handle, (ropts.compile.symbolPrefix + "describe").c_str()));
  if (!describe) {
    errs() << displayName << ": error: compiled module has no describe "
           << "function\n";
    return 1;
  }
  w2n_module *module = w2n_module_load(describe);
  if (!module) {
    errs() << displayName << ": error: the compiled module is inconsistent\n";
    return 1;
  }

  // WASI: argv is the module's name and the arguments after it (unless a
  // function is invoked); nothing of the host is visible unless granted.
  std::vector<std::string> argStore{sys::path::filename(ropts.input).str()};
  if (ropts.invoke.empty())
    argStore.insert(argStore.end(), ropts.args.begin(), ropts.args.end());
  std::vector<const char *> argv;
  for (const std::string &a : argStore)
    argv.push_back(a.c_str());
  std::vector<std::string> envStore;
  if (ropts.inheritEnv)
    for (char **e = environ; *e; ++e)
      envStore.push_back(*e);
  envStore.insert(envStore.end(), ropts.envs.begin(), ropts.envs.end());
  std::vector<const char *> envp;
  for (const std::string &e : envStore)
    envp.push_back(e.c_str());
  envp.push_back(nullptr);
  std::vector<std::pair<std::string, std::string>> dirStore;
  for (const std::string &d : ropts.dirs) {
    auto [host, guest] = StringRef(d).split("::");
    dirStore.push_back({host.str(), (guest.empty() ? host : guest).str()});
  }
  std::vector<w2n_wasi_preopen> preopens;
  for (auto &[host, guest] : dirStore)
    preopens.push_back({host.c_str(), guest.c_str()});
  w2n_wasi_config cfg;
  w2n_wasi_config_init(&cfg);
  cfg.argc = int(argv.size());
  cfg.argv = argv.data();
  cfg.environ = envp.data();
  cfg.preopens = preopens.data();
  cfg.num_preopens = uint32_t(preopens.size());
  char wasiError[256] = "";
  w2n_wasi *wasi = w2n_wasi_new(&cfg, wasiError, sizeof wasiError);
  if (!wasi) {
    errs() << displayName << ": error: " << wasiError << "\n";
    return 1;
  }
  std::vector<w2n_extern> imports(w2n_module_num_imports(module) + 1);
  if (const char *linkError = w2n_wasi_link(wasi, module, imports.data())) {
    errs() << displayName << ": error: " << linkError << "\n";
    return 1;
  }
  const char *error = nullptr;
  w2n_trap_info trap{W2N_TRAP_NONE, nullptr};
  w2n_instance *inst =
      w2n_instantiate(module, imports.data(), &error, &trap);
  if (!inst) {
    if (trap.kind != W2N_TRAP_NONE)
      errs() << "wasm trap: " << trap.message << "\n";
    else
      errs() << displayName << ": error: " << (error ? error : "unknown")
             << "\n";
    return trap.kind != W2N_TRAP_NONE ? 134 : 1;
  }

  w2n_wasi_bind_instance(wasi, inst);
  if (ropts.invoke.empty()) {
    // A WASI command: run _start; the exit status is proc_exit's.
    uint32_t exitCode = 0;
    uint32_t kind = w2n_wasi_start(wasi, inst, &exitCode);
    outs().flush();
    if (kind == W2N_WASI_NO_START) {
      errs() << displayName << ": error: no exported function '_start' "
             << "(use --invoke NAME)\n";
      return 1;
    }
    if (kind != W2N_TRAP_NONE) {
      errs() << "wasm trap: " << w2n_trap_message(kind) << "\n";
      uint32_t funcIndex;
      const char *funcName = nullptr;
      if (w2n_trap_location(inst, &funcIndex, &funcName))
        errs() << "  in function " << funcIndex
               << (funcName ? " ($" + std::string(funcName) + ")" : "")
               << "\n";
      return 134;
    }
    w2n_instance_free(inst);
    w2n_wasi_free(wasi);
    w2n_module_free(module);
    return int(exitCode & 0xFF);
  }

  std::string invoke = ropts.invoke;
  w2n_extern ext;
  if (!w2n_instance_export(inst, invoke.c_str(), &ext) ||
      ext.kind != W2N_EXTERN_FUNC) {
    errs() << displayName << ": error: no exported function '" << invoke
           << "'\n";
    return 1;
  }
  const char *params, *results;
  w2n_func_type(ext.u.func, &params, &results);
  size_t numParams = std::strlen(params), numResults = std::strlen(results);
  if (ropts.args.size() != numParams) {
    errs() << displayName << ": error: '" << invoke << "' takes "
           << numParams << " argument(s), got " << ropts.args.size() << "\n";
    return 1;
  }
  std::vector<w2n_value> cells(std::max(numParams, numResults) + 1);
  for (size_t i = 0; i < numParams; ++i)
    if (!parseArg(params[i], ropts.args[i], cells[i])) {
      errs() << displayName << ": error: argument " << (i + 1) << " ('"
             << ropts.args[i] << "') is not a valid value of its type\n";
      return 1;
    }
  uint32_t kind = w2n_call(ext.u.func, cells.data());
  if (kind != W2N_TRAP_NONE) {
    outs().flush();
    errs() << "wasm trap: " << w2n_trap_message(kind) << "\n";
    uint32_t funcIndex;
    const char *funcName = nullptr;
    if (w2n_trap_location(inst, &funcIndex, &funcName))
      errs() << "  in function " << funcIndex
             << (funcName ? " ($" + std::string(funcName) + ")" : "")
             << ", called from '" << invoke << "'\n";
    else
      errs() << "  in a call of '" << invoke << "'\n";
    return 134;
  }
  for (size_t i = 0; i < numResults; ++i)
    printResult(outs(), results[i], cells[i]);
  outs().flush();
  w2n_instance_free(inst);
  w2n_wasi_free(wasi);
  w2n_module_free(module);
  return 0;
}
