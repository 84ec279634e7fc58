//===- w2n-spec-run.cpp - Run the spec suite on natively compiled code ----===//
//
// Usage: w2n-spec-run [-O0..-O3] [--bounds-checks=guard|explicit] [-v]
//                     [--xfail FILE] [-j N] file.json...
//
// Each .json file is `wast2json` output; the .wasm files it names are read
// from next to it. Every script runs in a forked child process that reports
// each command's outcome through a pipe, so a crash (or a hang, stopped by
// --timeout) costs only the command that caused it: the parent records it
// as a failure and starts a new child that replays the script up to that
// command (without reporting) and continues after it.
//
// Output: one line per script,
//   <name>.wast: N passed, M failed (K expected failures)
// then `N passed, M failed` alone on the last line. M counts unexpected
// failures and unexpected passes (expected failures that now pass). The
// exit status is 1 if M > 0.
//
// Expected failures (--xfail): one `<file>.wast:<line> <reason>` per line;
// `#` starts a comment.
//
//===----------------------------------------------------------------------===//

#include "ScriptRunner.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <csignal>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;
using namespace w2n::specrun;

static cl::OptionCategory category("w2n-spec-run options");
static cl::list<std::string> inputFiles(cl::Positional,
                                        cl::desc("<file.json>..."),
                                        cl::OneOrMore, cl::cat(category));
static cl::opt<unsigned> optLevel("O", cl::Prefix, cl::init(2),
                                  cl::desc("Optimisation level 0..3"),
                                  cl::cat(category));
static cl::opt<std::string>
    boundsChecks("bounds-checks", cl::init("explicit"),
                 cl::desc("Memory bounds checks: explicit or guard"),
                 cl::cat(category));
static cl::opt<bool> verbose("v", cl::desc("Print every failure"),
                             cl::cat(category));
static cl::opt<std::string> xfailFile("xfail",
                                      cl::desc("Expected-failures file"),
                                      cl::value_desc("file"),
                                      cl::cat(category));
static cl::opt<std::string> listFailures(
    "list-failures",
    cl::desc("Write every failing command as `<file>.wast:<line> <message>` "
             "(to regenerate the expected-failures file)"),
    cl::value_desc("file"), cl::cat(category));
static cl::opt<unsigned> jobs("j", cl::Prefix, cl::init(1),
                              cl::desc("Scripts run in parallel"),
                              cl::cat(category));
static cl::opt<unsigned> timeout(
    "timeout", cl::init(10),
    cl::desc("CPU seconds one command (compile + run) may take; five times "
             "that in wall-clock time (0: no limit)"),
    cl::cat(category));
static cl::opt<bool> noFork("no-fork",
                            cl::desc("Run in-process (for debugging; a crash "
                                     "ends the run)"),
                            cl::cat(category));
static cl::opt<bool> jitPerModule(
    "jit-per-module",
    cl::desc("A fresh LLJIT per module instead of a fresh JITDylib"),
    cl::cat(category));
static cl::opt<bool> showTime("time", cl::desc("Print each script's run time"),
                              cl::cat(category));
static cl::opt<unsigned>
    maxCrashes("max-crashes", cl::init(50),
               cl::desc("Crashes per script before giving up on it"),
               cl::cat(category));

//===----------------------------------------------------------------------===//
// Child → parent protocol: one record per line,
//   B <index> <line>     about to run command <index>
//   P <index>            passed
//   F <index> <message>  failed (message with \n and \\ escaped)
//   S <index>            skipped (text module)
//   E <message>          problem with the script itself
//   D                    ran to the end
//===----------------------------------------------------------------------===//

static std::string escape(StringRef s) {
  std::string out;
  for (char c : s) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else
      out += c;
  }
  return out;
}

static std::string unescape(StringRef s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      ++i;
      out += s[i] == 'n' ? '\n' : s[i];
    } else {
      out += s[i];
    }
  }
  return out;
}

namespace {

/// Writes records to a file descriptor, unbuffered: what was written before
/// a crash survives it.
class FdReporter : public Reporter {
public:
  explicit FdReporter(int fd) : fd(fd) {}
  void begin(size_t index, unsigned line) override {
    put("B " + std::to_string(index) + " " + std::to_string(line));
  }
  void pass(size_t index) override { put("P " + std::to_string(index)); }
  void fail(size_t index, StringRef message) override {
    put("F " + std::to_string(index) + " " + escape(message));
  }
  void skipText(size_t index) override { put("S " + std::to_string(index)); }
  void fileError(StringRef message) override { put("E " + escape(message)); }
  void done() override { put("D"); }

private:
  void put(std::string record) {
    record += '\n';
    const char *p = record.data();
    size_t left = record.size();
    while (left) {
      ssize_t n = ::write(fd, p, left);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        _exit(3);
      }
      p += n;
      left -= size_t(n);
    }
  }
  int fd;
};

enum class Outcome { Pass, Fail, SkipText };

struct CommandResult {
  unsigned line = 0;
  Outcome outcome = Outcome::Pass;
  std::string message;
};

struct FileState {
  std::string jsonPath;
  std::string wastName;
  std::map<size_t, CommandResult> results;
  std::set<size_t> skip;
  size_t resumeFrom = 0;
  unsigned crashes = 0;
  std::vector<std::string> fileErrors;
  bool finished = false;
  double seconds = 0;
};

struct Running {
  pid_t pid;
  int fd;
  size_t file;
  std::string output;
  std::chrono::steady_clock::time_point start;
};

} // namespace

static std::string wastNameFor(StringRef jsonPath) {
  // wast2json records the source; fall back to the json file's stem.
  if (auto buf = MemoryBuffer::getFile(jsonPath)) {
    StringRef text = (*buf)->getBuffer().take_front(4096);
    StringRef key = "\"source_filename\": \"";
    size_t at = text.find(key);
    if (at != StringRef::npos) {
      StringRef rest = text.drop_front(at + key.size());
      StringRef src = rest.take_until([](char c) { return c == '"'; });
      if (!src.empty())
        return sys::path::filename(src).str();
    }
  }
  return (sys::path::stem(jsonPath) + ".wast").str();
}

static std::string describeStatus(int status) {
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGPROF)
      return "timeout (more than " + std::to_string(timeout) +
             " s of CPU time)";
    if (sig == SIGALRM)
      return "timeout (more than " + std::to_string(5 * timeout) +
             " s of wall-clock time)";
    const char *name = strsignal(sig);
    return "crashed: signal " + std::to_string(sig) + " (" +
           (name ? name : "?") + ")";
  }
  if (WIFEXITED(status))
    return "runner exited with status " + std::to_string(WEXITSTATUS(status));
  return "runner ended abnormally";
}

/// Folds a child's records (and how it ended) into the file's state.
/// Returns true if the file must run again (resuming after a crash).
static bool absorb(FileState &fs, StringRef output, bool exitedCleanly,
                   const std::string &how) {
  bool done = false;
  std::optional<std::pair<size_t, unsigned>> pending;
  SmallVector<StringRef, 0> lines;
  output.split(lines, '\n', -1, /*KeepEmpty=*/false);
  for (StringRef l : lines) {
    char tag = l[0];
    StringRef rest = l.size() > 2 ? l.drop_front(2) : StringRef();
    auto [first, tail] = rest.split(' ');
    size_t index = 0;
    first.getAsInteger(10, index);
    switch (tag) {
    case 'B': {
      unsigned line = 0;
      tail.getAsInteger(10, line);
      pending = {index, line};
      break;
    }
    case 'P':
    case 'F':
    case 'S': {
      CommandResult r;
      r.line = pending && pending->first == index ? pending->second : 0;
      r.outcome = tag == 'P'   ? Outcome::Pass
                  : tag == 'F' ? Outcome::Fail
                               : Outcome::SkipText;
      if (tag == 'F')
        r.message = unescape(tail);
      fs.results[index] = std::move(r);
      pending.reset();
      break;
    }
    case 'E':
      fs.fileErrors.push_back(unescape(rest));
      break;
    case 'D':
      done = true;
      break;
    default:
      break;
    }
  }
  if (done && exitedCleanly)
    return false;
  if (!pending) {
    fs.fileErrors.push_back("the runner died outside any command: " + how);
    return false;
  }
  auto [index, line] = *pending;
  fs.skip.insert(index);
  if (index >= fs.resumeFrom) {
    CommandResult r;
    r.line = line;
    r.outcome = Outcome::Fail;
    r.message = how;
    fs.results[index] = std::move(r);
    fs.resumeFrom = index + 1;
  }
  if (++fs.crashes >= maxCrashes) {
    fs.fileErrors.push_back("gave up after " + std::to_string(fs.crashes) +
                            " crashes");
    return false;
  }
  return true;
}

static RunOptions runOptions() {
  RunOptions o;
  o.optLevel = optLevel;
  o.guardPages = boundsChecks == "guard";
  o.timeoutSeconds = timeout;
  o.jitPerModule = jitPerModule;
  return o;
}

/// Starts a child for `fs`; returns false if fork/pipe failed.
static bool startChild(FileState &fs, size_t fileIndex,
                       std::vector<Running> &running) {
  int fds[2];
  if (pipe(fds) != 0) {
    perror("pipe");
    return false;
  }
  outs().flush();
  errs().flush();
  fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    perror("fork");
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    close(fds[0]);
    for (const Running &r : running)
      close(r.fd);
    FdReporter reporter(fds[1]);
    runScript(fs.jsonPath, runOptions(), reporter, fs.resumeFrom, fs.skip);
    fflush(nullptr);
    _exit(0);
  }
  close(fds[1]);
  running.push_back(
      Running{pid, fds[0], fileIndex, {}, std::chrono::steady_clock::now()});
  return true;
}

namespace {
/// Records written straight into a string (for --no-fork).
class BufferReporter : public Reporter {
public:
  std::string out;
  void begin(size_t index, unsigned line) override {
    out += "B " + std::to_string(index) + " " + std::to_string(line) + "\n";
  }
  void pass(size_t index) override {
    out += "P " + std::to_string(index) + "\n";
  }
  void fail(size_t index, StringRef message) override {
    out += "F " + std::to_string(index) + " " + escape(message) + "\n";
  }
  void skipText(size_t index) override {
    out += "S " + std::to_string(index) + "\n";
  }
  void fileError(StringRef message) override {
    out += "E " + escape(message) + "\n";
  }
  void done() override { out += "D\n"; }
};
} // namespace

/// Expected failures: "<file>.wast:<line>" -> reason.
static std::map<std::string, std::string> readXfails(StringRef path,
                                                     bool &ok) {
  std::map<std::string, std::string> entries;
  ok = true;
  if (path.empty())
    return entries;
  auto buf = MemoryBuffer::getFile(path);
  if (!buf) {
    errs() << "error: cannot read " << path << ": "
           << buf.getError().message() << "\n";
    ok = false;
    return entries;
  }
  SmallVector<StringRef, 0> lines;
  (*buf)->getBuffer().split(lines, '\n');
  for (StringRef l : lines) {
    l = l.trim();
    if (l.empty() || l.starts_with("#"))
      continue;
    auto [key, reason] = l.split(' ');
    entries[key.str()] = reason.trim().str();
  }
  return entries;
}

static std::string firstLine(StringRef s, size_t max) {
  StringRef l = s.take_until([](char c) { return c == '\n'; });
  if (l.size() > max)
    return (l.take_front(max) + "...").str();
  return l.str();
}

int main(int argc, char **argv) {
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv, "Runs wast2json spec scripts on natively compiled code\n");
  if (optLevel > 3) {
    errs() << "error: -O must be 0..3\n";
    return 2;
  }
  if (boundsChecks != "guard" && boundsChecks != "explicit") {
    errs() << "error: --bounds-checks must be guard or explicit\n";
    return 2;
  }
  bool xfailOk;
  std::map<std::string, std::string> xfails = readXfails(xfailFile, xfailOk);
  if (!xfailOk)
    return 2;

  initializeProcess();

  std::vector<FileState> files(inputFiles.size());
  for (size_t i = 0; i < inputFiles.size(); ++i) {
    files[i].jsonPath = inputFiles[i];
    files[i].wastName = wastNameFor(inputFiles[i]);
  }

  auto runStart = std::chrono::steady_clock::now();
  uint64_t totalPassed = 0, totalFailed = 0, totalXfail = 0, totalSkipped = 0;
  std::set<std::string> xfailsSeen;
  std::vector<std::string> failureList;
  size_t nextToPrint = 0;

  auto printFinished = [&] {
    while (nextToPrint < files.size() && files[nextToPrint].finished) {
      FileState &fs = files[nextToPrint++];
      uint64_t passed = 0, failed = 0, xfailed = 0, skipped = 0;
      std::string details;
      raw_string_ostream d(details);
      for (auto &[index, r] : fs.results) {
        std::string key = fs.wastName + ":" + std::to_string(r.line);
        auto xf = xfails.find(key);
        bool expected = xf != xfails.end();
        if (expected)
          xfailsSeen.insert(key);
        switch (r.outcome) {
        case Outcome::SkipText:
          ++skipped;
          break;
        case Outcome::Pass:
          if (expected) {
            ++failed;
            d << "  " << key
              << ": unexpected pass: remove it from the list\n";
          } else {
            ++passed;
          }
          break;
        case Outcome::Fail:
          failureList.push_back(key + " " + firstLine(r.message, 200));
          if (expected) {
            ++xfailed;
          } else {
            ++failed;
            if (verbose)
              d << "  " << key << ": " << firstLine(r.message, 1000) << "\n";
          }
          break;
        }
      }
      for (const std::string &e : fs.fileErrors) {
        ++failed;
        d << "  " << fs.wastName << ": error: " << firstLine(e, 1000) << "\n";
        failureList.push_back(fs.wastName + ":0 " + firstLine(e, 200));
      }
      outs() << fs.wastName << ": " << passed << " passed, " << failed
             << " failed (" << xfailed << " expected failures)";
      if (showTime)
        outs() << format(" [%.2f s]", fs.seconds);
      outs() << "\n" << details;
      outs().flush();
      totalPassed += passed;
      totalFailed += failed;
      totalXfail += xfailed;
      totalSkipped += skipped;
    }
  };

  if (noFork) {
    for (FileState &fs : files) {
      auto start = std::chrono::steady_clock::now();
      BufferReporter reporter;
      runScript(fs.jsonPath, runOptions(), reporter, 0, {});
      absorb(fs, reporter.out, true, "");
      fs.seconds = std::chrono::duration<double>(
                       std::chrono::steady_clock::now() - start)
                       .count();
      fs.finished = true;
      printFinished();
    }
  } else {
    std::deque<size_t> queue;
    for (size_t i = 0; i < files.size(); ++i)
      queue.push_back(i);
    std::vector<Running> running;
    unsigned maxJobs = std::max(1u, unsigned(jobs));
    while (!queue.empty() || !running.empty()) {
      while (running.size() < maxJobs && !queue.empty()) {
        size_t f = queue.front();
        queue.pop_front();
        if (!startChild(files[f], f, running)) {
          files[f].fileErrors.push_back("cannot start a child process");
          files[f].finished = true;
        }
      }
      if (running.empty()) {
        printFinished();
        continue;
      }
      std::vector<pollfd> pfds;
      for (const Running &r : running)
        pfds.push_back(pollfd{r.fd, POLLIN, 0});
      int n = poll(pfds.data(), pfds.size(), -1);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        perror("poll");
        return 2;
      }
      for (size_t i = pfds.size(); i-- > 0;) {
        if (!(pfds[i].revents & (POLLIN | POLLHUP | POLLERR)))
          continue;
        Running &r = running[i];
        char buf[65536];
        ssize_t got = read(r.fd, buf, sizeof buf);
        if (got > 0) {
          r.output.append(buf, size_t(got));
          continue;
        }
        if (got < 0 && errno == EINTR)
          continue;
        // EOF: the child is done (or dead).
        close(r.fd);
        int status = 0;
        while (waitpid(r.pid, &status, 0) < 0 && errno == EINTR) {
        }
        FileState &fs = files[r.file];
        fs.seconds += std::chrono::duration<double>(
                          std::chrono::steady_clock::now() - r.start)
                          .count();
        bool clean = WIFEXITED(status) && WEXITSTATUS(status) == 0;
        bool again = absorb(fs, r.output, clean, describeStatus(status));
        size_t fileIndex = r.file;
        running.erase(running.begin() + i);
        if (again)
          queue.push_front(fileIndex);
        else
          fs.finished = true;
      }
      printFinished();
    }
  }

  // Entries for scripts that ran but name no command.
  std::set<std::string> ranScripts;
  for (const FileState &fs : files)
    ranScripts.insert(fs.wastName);
  for (const auto &[key, reason] : xfails) {
    StringRef script = StringRef(key).rsplit(':').first;
    if (ranScripts.count(script.str()) && !xfailsSeen.count(key))
      outs() << "warning: expected-failure entry " << key
             << " matches no command\n";
  }

  if (!listFailures.empty()) {
    std::error_code ec;
    raw_fd_ostream os(listFailures, ec);
    if (ec) {
      errs() << "error: cannot write " << listFailures << ": " << ec.message()
             << "\n";
    } else {
      for (const std::string &f : failureList)
        os << f << "\n";
    }
  }

  double total = std::chrono::duration<double>(
                     std::chrono::steady_clock::now() - runStart)
                     .count();
  outs() << "skipped (text modules): " << totalSkipped
         << ", expected failures: " << totalXfail;
  if (showTime)
    outs() << format(", %.1f s", total);
  outs() << "\n";
  outs() << totalPassed << " passed, " << totalFailed << " failed\n";
  outs().flush();
  return totalFailed ? 1 : 0;
}
