#!/usr/bin/env python3
"""Compile-speed benchmark: how fast wasm2native turns wasm into objects.

Prints a table of MB of wasm compiled per second and peak memory for
`wasm2native -c` at -O0 and -O2 on generated C programs (built for
wasm32-wasi with clang-19) and, for comparison on the same modules,
`wasm2c` followed by `clang -O2 -c`. Then the wall time to compile every
valid module of the spec suite's core folder with `wasm2native -c -O2`.

  bench/compile.py [--smoke] [--functions N] [--build DIR] [--suite DIR]

Each measurement is one process; its peak RSS comes from getrusage. The
median of --reps runs is reported.
"""

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_measured(cmd, cwd=None):
    """Runs cmd in a fresh child; returns (seconds, peak RSS in MiB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, err = proc.communicate()
    # wait4 gives the rusage of exactly this child.
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit("command failed: %s\n%s" % (" ".join(cmd), err.decode()))
    return elapsed


def peak_rss_mib(cmd, cwd=None):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        if cwd:
            os.chdir(cwd)
        os.execvp(cmd[0], cmd)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit("command failed: %s" % " ".join(cmd))
    return usage.ru_maxrss / 1024.0


def build_program(work, functions, wasm_cc):
    src = os.path.join(work, "src")
    subprocess.check_call([sys.executable,
                           os.path.join(ROOT, "bench/frontend/gen-program.py"),
                           "--out", src, "--functions", str(functions)])
    sources = sorted(os.path.join(src, f) for f in os.listdir(src)
                     if f.endswith(".c"))
    out = os.path.join(work, "gen%d-O2.wasm" % functions)
    subprocess.check_call([wasm_cc, "--target=wasm32-wasi", "--sysroot=/usr",
                           "-O2", "-w"] + sources +
                          ["-lm", "-Wl,--strip-debug", "-o", out])
    return out


def measure(label, cmds, size, reps, cwd):
    times = []
    for _ in range(reps):
        t = 0.0
        for c in cmds:
            t += run_measured(c, cwd)
        times.append(t)
    rss = max(peak_rss_mib(c, cwd) for c in cmds)
    med = statistics.median(times)
    return (label, size / 1e6, med, size / 1e6 / med, rss)


def spec_modules(suite, work):
    """Valid modules of every core .wast, via wast2json."""
    wasts = [os.path.join(suite, f) for f in sorted(os.listdir(suite))
             if f.endswith(".wast")]
    simd = os.path.join(suite, "simd")
    if os.path.isdir(simd):
        wasts += [os.path.join(simd, f) for f in sorted(os.listdir(simd))
                  if f.endswith(".wast")]
    modules = []
    for w in wasts:
        name = os.path.splitext(os.path.basename(w))[0]
        d = os.path.join(work, "spec", name)
        os.makedirs(d, exist_ok=True)
        js = os.path.join(d, name + ".json")
        subprocess.check_call(["wast2json", w, "-o", js])
        with open(js) as f:
            for cmd in json.load(f)["commands"]:
                if cmd["type"] == "module" and "filename" in cmd:
                    modules.append(os.path.join(d, cmd["filename"]))
    return modules


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--functions", type=int, default=2000)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--build", default=os.environ.get(
        "W2N_BUILD_DIR", os.path.join(ROOT, "build")))
    ap.add_argument("--suite", default=os.path.join(
        ROOT, "..", "shared", "testsuite", "core"))
    args = ap.parse_args()
    if args.smoke:
        args.functions, args.reps = 20, 1

    w2n = os.path.join(args.build, "bin", "wasm2native")
    wasm_cc = os.environ.get("W2N_WASM_CC", "clang-19")
    cc = os.environ.get("CC", "clang-19")
    work = tempfile.mkdtemp(prefix="w2n-compile-bench-")
    try:
        rows = []
        wasm = build_program(work, args.functions, wasm_cc)
        size = os.path.getsize(wasm)
        for opt in ("-O0", "-O2"):
            rows.append(measure("wasm2native -c %s" % opt,
                                [[w2n, wasm, "-c", opt, "-o", "m.o"]],
                                size, args.reps, work))
        if shutil.which("wasm2c"):
            rows.append(measure(
                "wasm2c + %s -O2 -c" % cc,
                [["wasm2c", wasm, "-o", "w2c.c"],
                 [cc, "-O2", "-c", "w2c.c", "-o", "w2c.o", "-w"]],
                size, args.reps, work))
        print("module: %s (%.2f MB, %d generated functions)" %
              (os.path.basename(wasm), size / 1e6, args.functions))
        print("%-28s %9s %9s %9s %12s" % ("compiler", "MB", "seconds",
                                          "MB/s", "peak RSS MiB"))
        for label, mb, sec, rate, rss in rows:
            print("%-28s %9.2f %9.2f %9.2f %12.1f" % (label, mb, sec, rate,
                                                     rss))

        if os.path.isdir(args.suite):
            modules = spec_modules(args.suite, work)
            if args.smoke:
                modules = modules[:20]
            total = sum(os.path.getsize(m) for m in modules)

            def compile_one(m):
                subprocess.check_call([w2n, m, "-c", "-O2", "-o",
                                       m + ".o", "--no-header"])

            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
                list(pool.map(compile_one, modules))
            wall = time.perf_counter() - start
            print("spec suite: %d valid modules (%.2f MB) compiled with "
                  "wasm2native -c -O2 in %.1f s wall (%d jobs, one process "
                  "per module)" % (len(modules), total / 1e6, wall,
                                   os.cpu_count() or 2))
        else:
            print("spec suite not found at %s: skipped" % args.suite)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
