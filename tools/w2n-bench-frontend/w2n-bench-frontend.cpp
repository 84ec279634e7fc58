//===- w2n-bench-frontend.cpp - Front-end throughput and memory bench -----===//
//
// A benchmark, not a test: it measures how fast the front end turns .wasm
// bytes into the wasm dialect, and how much memory that takes.
//
// Timing mode (default):
//   w2n-bench-frontend [--reps=N] [--min-seconds=S] [--verify] [--tsv]
//                      a.wasm b.wasm ...
// Every file is read into memory once. Each repetition then decodes,
// validates and imports it (and, with --verify, runs the MLIR verifier on the
// result); every phase is timed on its own, by default in CPU time of the
// thread (user + system, so page faults count; --clock=wall for elapsed
// time, which a busy machine inflates). Each
// repetition imports into a fresh MLIRContext (created, and destroyed with
// the module, outside the timed regions) so uniqued attributes and locations
// do not carry over from one repetition to the next. The report gives the
// median time of each phase over the repetitions and the throughput it
// implies, module bytes / median time, in MB/s (1 MB = 10^6 bytes). The
// decode+validate column is the median of the per-repetition sums. A module
// gets at least N repetitions and, with --min-seconds, as many more as fit in
// S seconds (small modules need many for a stable median).
//
// Memory mode:
//   w2n-bench-frontend --once --phase=P [file.wasm]
// Runs the pipeline once, up to and including phase P (none, read, decode,
// validate, import, verify), and prints the process's peak resident set
// size (getrusage ru_maxrss) at exit. `--phase=none` reads no file: it is the
// baseline of an empty run (the process, libMLIR, a context with the wasm
// dialect loaded), which the bench script subtracts. One process per module
// per measurement: a peak cannot be attributed to a module any other way.
//
// MLIR multithreading is disabled throughout (the importer is
// single-threaded and the verifier's parallelism would make the numbers
// depend on the machine's load).
//
//===----------------------------------------------------------------------===//

#include "w2n/Binary/Decoder.h"
#include "w2n/Binary/Error.h"
#include "w2n/Binary/Module.h"
#include "w2n/Import/Importer.h"

#include "Wasm/WasmDialect.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/IR/Verifier.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

using namespace w2n;
namespace cl = llvm::cl;

static cl::list<std::string> InputFiles(cl::Positional,
                                        cl::desc("<file.wasm>..."));
static cl::opt<unsigned> Reps("reps", cl::desc("Repetitions per module"),
                              cl::init(5));
static cl::opt<double>
    MinSeconds("min-seconds",
               cl::desc("Keep repeating until the repetitions of a module "
                        "took at least this long in total"),
               cl::init(0));
static cl::opt<std::string>
    ClockOpt("clock",
             cl::desc("cpu: this thread's CPU time, user + system (default; "
                      "robust on a loaded machine); wall: elapsed time"),
             cl::init("cpu"));
static cl::opt<bool>
    NoImport("no-import",
             cl::desc("Time decode and validate only (for profiling them)"));
static cl::opt<bool>
    OpStats("op-stats",
            cl::desc("Print how many ops of each kind the import created "
                     "(to stderr)"));
static cl::opt<bool> Verify("verify",
                            cl::desc("Also time mlir::verify on the import"));
static cl::opt<bool> Tsv("tsv", cl::desc("Tab-separated output with a header"));
static cl::opt<bool> Once("once",
                          cl::desc("Run once up to --phase and print the "
                                   "peak RSS (ru_maxrss) in KiB"));
static cl::opt<std::string>
    PhaseOpt("phase",
             cl::desc("With --once: none, read, decode, validate, import "
                      "or verify (default import)"),
             cl::init("import"));

namespace {

/// A point in time on the clock chosen with --clock.
struct Clock {
  using time_point = double; // seconds
  static bool cpu;
  static time_point now() {
    struct timespec ts;
    clock_gettime(cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  }
};
bool Clock::cpu = true;

double secondsSince(Clock::time_point start) { return Clock::now() - start; }

double median(std::vector<double> v) {
  if (v.empty())
    return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/// Reads a whole file into a heap buffer. (MemoryBuffer would mmap large
/// files; mapped pages count towards RSS only as they are touched, which
/// would blur the memory measurement.)
bool readFile(const std::string &path, std::vector<uint8_t> &out) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) {
    llvm::errs() << path << ": error: cannot open\n";
    return false;
  }
  // One allocation of the exact size, so that reading adds the module's size
  // to the peak RSS and nothing more.
  long size = -1;
  if (std::fseek(f, 0, SEEK_END) == 0)
    size = std::ftell(f);
  std::rewind(f);
  bool ok = size >= 0;
  if (ok) {
    out.assign(size_t(size), 0);
    ok = std::fread(out.data(), 1, out.size(), f) == out.size();
  }
  std::fclose(f);
  if (!ok)
    llvm::errs() << path << ": error: read failed\n";
  return ok;
}

std::unique_ptr<mlir::MLIRContext> makeContext() {
  auto ctx = std::make_unique<mlir::MLIRContext>(
      mlir::MLIRContext::Threading::DISABLED);
  ctx->loadDialect<w2n::wasm::WasmDialect>();
  return ctx;
}

/// Prints a front-end error and returns false.
bool report(const std::string &path, llvm::Error err) {
  if (!err)
    return true;
  printError(llvm::errs(), path, std::move(err));
  return false;
}

long maxRssKiB() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss; // KiB on Linux
}

enum class Phase { None, Read, Decode, Validate, Import, Verify };

/// --once: the pipeline up to `last`, then the peak RSS.
int runOnce(Phase last, const std::string &path) {
  // The context exists in every phase, the baseline included, so that the
  // difference to the baseline is the front end's own memory.
  std::unique_ptr<mlir::MLIRContext> ctx = makeContext();
  std::vector<uint8_t> bytes;
  std::unique_ptr<Module> module;
  mlir::OwningOpRef<mlir::ModuleOp> op;
  if (last >= Phase::Read && !readFile(path, bytes))
    return 1;
  if (last >= Phase::Decode) {
    auto decoded = decodeModule(bytes);
    if (!decoded)
      return report(path, decoded.takeError()), 1;
    module = std::move(*decoded);
  }
  if (last >= Phase::Validate && !report(path, validateModule(*module)))
    return 1;
  if (last >= Phase::Import) {
    op = importModule(*module, *ctx, path);
    if (!op)
      return 1;
  }
  if (last >= Phase::Verify && mlir::failed(mlir::verify(*op)))
    return 1;
  llvm::outs() << "maxrss_kib\t" << maxRssKiB() << "\n";
  llvm::outs().flush();
  // The peak is taken; skip the teardown.
  std::_Exit(0);
}

struct Result {
  std::string name;
  size_t bytes = 0;
  size_t funcs = 0, codeBytes = 0, ops = 0, reps = 0;
  double decode = 0, validate = 0, decodeValidate = 0, import = 0,
         verify = 0; // median seconds
};

bool benchFile(const std::string &path, Result &r) {
  std::vector<uint8_t> bytes;
  if (!readFile(path, bytes))
    return false;
  r.name = llvm::sys::path::filename(path).str();
  r.bytes = bytes.size();
  std::vector<double> dec, val, dv, imp, ver;
  Clock::time_point start = Clock::now();
  for (unsigned rep = 0;
       rep < std::max(1u, unsigned(Reps)) || secondsSince(start) < MinSeconds;
       ++rep) {
    std::unique_ptr<mlir::MLIRContext> ctx = makeContext();

    Clock::time_point t = Clock::now();
    auto decoded = decodeModule(bytes);
    double tDecode = secondsSince(t);
    if (!decoded)
      return report(path, decoded.takeError());
    std::unique_ptr<Module> module = std::move(*decoded);

    t = Clock::now();
    llvm::Error err = validateModule(*module);
    double tValidate = secondsSince(t);
    if (!report(path, std::move(err)))
      return false;

    dec.push_back(tDecode);
    val.push_back(tValidate);
    dv.push_back(tDecode + tValidate);
    if (rep == 0) {
      r.funcs = module->functions.size();
      r.codeBytes = 0;
      for (const Function &f : module->functions)
        r.codeBytes += f.body.size();
    }
    if (NoImport)
      continue;

    t = Clock::now();
    mlir::OwningOpRef<mlir::ModuleOp> op = importModule(*module, *ctx, path);
    imp.push_back(secondsSince(t));
    if (!op) {
      llvm::errs() << path << ": error: import failed\n";
      return false;
    }

    if (Verify) {
      t = Clock::now();
      bool ok = mlir::succeeded(mlir::verify(*op));
      ver.push_back(secondsSince(t));
      if (!ok) {
        llvm::errs() << path << ": error: verification failed\n";
        return false;
      }
    }
    if (rep == 0) {
      r.ops = 0;
      llvm::StringMap<size_t> kinds;
      op->walk([&](mlir::Operation *o) {
        ++r.ops;
        if (OpStats)
          ++kinds[o->getName().getStringRef()];
      });
      if (OpStats) {
        std::vector<std::pair<size_t, std::string>> sorted;
        for (const auto &k : kinds)
          sorted.emplace_back(k.second, k.first().str());
        std::sort(sorted.rbegin(), sorted.rend());
        llvm::errs() << r.name << ": " << r.ops << " ops\n";
        for (const auto &[n, name] : sorted)
          llvm::errs() << llvm::format("  %-24s %9zu %5.1f%%\n", name.c_str(),
                                       n, 100.0 * n / r.ops);
      }
    }
    // The module and the context go away here, outside the timed regions.
  }
  r.reps = dec.size();
  r.decode = median(dec);
  r.validate = median(val);
  r.decodeValidate = median(dv);
  r.import = median(imp);
  r.verify = median(ver);
  return true;
}

double mbps(size_t bytes, double seconds) {
  return seconds > 0 ? bytes / seconds / 1e6 : 0;
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  cl::ParseCommandLineOptions(
      argc, argv,
      "Measures decode, validate and import throughput of the w2n front end\n");

  if (Once) {
    auto phase = llvm::StringSwitch<std::optional<Phase>>(PhaseOpt)
                     .Case("none", Phase::None)
                     .Case("read", Phase::Read)
                     .Case("decode", Phase::Decode)
                     .Case("validate", Phase::Validate)
                     .Case("import", Phase::Import)
                     .Case("verify", Phase::Verify)
                     .Default(std::nullopt);
    if (!phase) {
      llvm::errs() << "error: unknown --phase=" << PhaseOpt << "\n";
      return 2;
    }
    if (*phase != Phase::None && InputFiles.size() != 1) {
      llvm::errs() << "error: --once needs exactly one input file\n";
      return 2;
    }
    return runOnce(*phase, InputFiles.empty() ? "" : InputFiles.front());
  }

  if (ClockOpt != "cpu" && ClockOpt != "wall") {
    llvm::errs() << "error: unknown --clock=" << ClockOpt << "\n";
    return 2;
  }
  Clock::cpu = ClockOpt == "cpu";
  if (InputFiles.empty()) {
    llvm::errs() << "error: no input files\n";
    return 2;
  }

  auto &os = llvm::outs();
  if (Tsv)
    os << "module\tbytes\tfuncs\tcode_bytes\tops\treps\tdecode_ms\tvalidate_ms\t"
          "dv_ms\timport_ms\tverify_ms\tdecode_mbs\tvalidate_mbs\tdv_mbs\t"
          "import_mbs\tverify_mbs\n";
  else
    os << llvm::format("%-28s %9s %9s %9s %9s %9s %9s %9s\n", "module",
                       "size MB", "ops", "decode", "validate", "dec+val",
                       "import", "verify")
       << llvm::format("%-28s %9s %9s %9s %9s %9s %9s %9s\n", "", "", "",
                       "MB/s", "MB/s", "MB/s", "MB/s", "MB/s");
  int status = 0;
  for (const std::string &path : InputFiles) {
    Result r;
    if (!benchFile(path, r)) {
      status = 1;
      continue;
    }
    if (Tsv) {
      os << r.name << '\t' << r.bytes << '\t' << r.funcs << '\t'
         << r.codeBytes << '\t' << r.ops << '\t' << r.reps;
      for (double s :
           {r.decode, r.validate, r.decodeValidate, r.import, r.verify})
        os << llvm::format("\t%.3f", s * 1e3);
      for (double s :
           {r.decode, r.validate, r.decodeValidate, r.import, r.verify})
        os << llvm::format("\t%.1f", mbps(r.bytes, s));
      os << '\n';
    } else {
      os << llvm::format("%-28s %9.3f %9zu %9.1f %9.1f %9.1f %9.1f %9.1f\n",
                         r.name.c_str(), r.bytes / 1e6, r.ops,
                         mbps(r.bytes, r.decode), mbps(r.bytes, r.validate),
                         mbps(r.bytes, r.decodeValidate),
                         mbps(r.bytes, r.import), mbps(r.bytes, r.verify));
    }
    os.flush();
  }
  return status;
}
