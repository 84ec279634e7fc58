#!/usr/bin/env bash
# Speed benchmark: builds the C programs in bench/programs natively and to
# wasm32-wasi, runs them on every available engine, checks that each engine
# prints what the native build prints, and reports median times.
#
#   bench/speed.sh [--smoke] [--rounds N] [--only prog,prog] [--no-startup]
#
#   --smoke       tiny sizes, 1 round, no start-up table (for CI; fails on any
#                 mismatch or crash)
#   --rounds N    rounds (default 5); each round runs every engine once on
#                 each program, in a shuffled order
#   --only LIST   comma-separated subset of bench/programs (without .c)
#   --no-startup  skip the hello-world start-up measurement
#   --require-wasm2native  fail (exit 1) unless wasm2native produces working
#                 executables (CI passes it)
#   --no-wasm2c   leave out the wasm2c column (wabt 1.0.32's wasm2c aborts
#                 on SIMD modules, e.g. with WASM_CFLAGS=-msimd128)
#   --node-turbofan  add a column "node-tf": node with --no-liftoff (every
#                 function compiled by TurboFan up front; V8 has no on-stack
#                 replacement for wasm, so by default a hot loop in a function
#                 that is called once, like main, stays in Liftoff code)
#
# Engines:
#   native            clang -O2 (clang-22, else clang-19)
#   wasm2c            wabt's wasm2c + the same clang -O2, guard-page memory,
#                     with the WASI shim in bench/wasm2c-shim
#   node              Node's V8 through node:wasi (bench/run-node.mjs), with
#                     --no-turbo-fast-api-calls: Node 20's WASI fast calls can
#                     crash (SIGSEGV) after the module grows its memory
#                     (nodejs/node#46777, #51303); lz hits it ~1 run in 2
#   w2n-guard         wasm2native APP.wasm -o APP --bounds-checks=guard -O2
#   w2n-explicit      the same with --bounds-checks=explicit
# The wasm2native columns say "n/a" unless build/bin/wasm2native produces a
# working WASI executable (probed with a hello-world). If `-o EXE` does not
# work but `wasm2native run APP.wasm ARGS` runs the WASI command, that is used
# instead (the header says so: its times include loading the module from
# run's compile cache, which the untimed output check fills).
#
# Environment: W2N_BUILD_DIR (default ./build), W2N_BENCH_DIR (artifacts,
# default $W2N_BUILD_DIR/bench-speed), W2N_WASM2NATIVE, CC (native C
# compiler), WASM_CC (C compiler for wasm32-wasi, default clang-19),
# WASM_CFLAGS (extra flags for it), WASI_SYSROOT (default /usr).
# Artifacts are rebuilt when older than their sources; after changing CC,
# WASM_CC or WASM_CFLAGS, delete $W2N_BENCH_DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"
out="${W2N_BENCH_DIR:-$build/bench-speed}"
w2n="${W2N_WASM2NATIVE:-$build/bin/wasm2native}"
smoke=0
rounds=5
only=""
startup=1
node_tf=0
require_w2n=0
no_w2c=0
cmdline="bench/speed.sh${*:+ $*}"
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; rounds=1; startup=0 ;;
    --rounds) rounds="$2"; shift ;;
    --rounds=*) rounds="${1#*=}" ;;
    --only) only="$2"; shift ;;
    --only=*) only="${1#*=}" ;;
    --no-startup) startup=0 ;;
    --node-turbofan) node_tf=1 ;;
    --require-wasm2native) require_w2n=1 ;;
    --no-wasm2c) no_w2c=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "speed.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

die() { echo "speed.sh: $*" >&2; exit 1; }
first_tool() { for t in "$@"; do command -v "$t" >/dev/null 2>&1 && { echo "$t"; return 0; }; done; return 1; }

cc="${CC:-$(first_tool clang-22 clang-19 clang || true)}"
[ -n "$cc" ] || die "no clang found (apt-get install clang-22 or clang-19)"
wasm_cc="${WASM_CC:-clang-19}"
sysroot="${WASI_SYSROOT:-/usr}"
command -v "$wasm_cc" >/dev/null || die "$wasm_cc not found (apt-get install clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32)"
command -v python3 >/dev/null || die "python3 not found"
# clang-19's default wasm features: mutable-globals, sign-ext, multivalue,
# reference-types (call_indirect's table index is then a 5-byte LEB).
# WASM_CFLAGS adds flags, e.g. -mcpu=mvp or -msimd128.
read -r -a extra_wasm_cflags <<<"${WASM_CFLAGS:-}"
wasm_cflags=(--target=wasm32-wasi "--sysroot=$sysroot" -O2 "${extra_wasm_cflags[@]}")

# wasm2c and its runtime sources (wabt 1.0.32 in Debian ships them in
# /usr/src/wasm2c and /usr/share/wabt/wasm2c).
wasm2c="$(first_tool wasm2c || true)"
[ "$no_w2c" = 1 ] && wasm2c=""
w2c_rt=""
for d in /usr/src/wasm2c /usr/share/wabt/wasm2c /usr/local/share/wabt/wasm2c; do
  if [ -f "$d/wasm-rt-impl.c" ]; then w2c_rt="$d"; break; fi
done
w2c_inc=()
if [ -n "$w2c_rt" ]; then
  w2c_inc=(-I"$w2c_rt")
  [ -f "$w2c_rt/wasm-rt.h" ] || w2c_inc+=(-I/usr/include)
fi
node="$(first_tool node nodejs || true)"
shim="$root/bench/wasm2c-shim"

programs=()
if [ -n "$only" ]; then
  IFS=, read -r -a programs <<<"$only"
else
  for f in "$root"/bench/programs/*.c; do
    p="$(basename "$f" .c)"
    [ "$p" = hello ] || programs+=("$p")
  done
fi

# Rebuild a target when it is missing or older than any dependency.
stale() {
  local target="$1"; shift
  [ -e "$target" ] || return 0
  for dep in "$@"; do [ "$dep" -nt "$target" ] && return 0; done
  return 1
}

# build PROG: native, wasm and wasm2c executables into $out/PROG/.
build_one() {
  local p="$1" src="$root/bench/programs/$1.c" d="$out/$1"
  [ -f "$src" ] || die "no such program: $src"
  mkdir -p "$d"
  if stale "$d/native" "$src"; then
    "$cc" -O2 "$src" -o "$d/native" -lm || die "native build of $p failed"
  fi
  if stale "$d/app.wasm" "$src"; then
    "$wasm_cc" "${wasm_cflags[@]}" "$src" -o "$d/app.wasm" -lm || die "wasm build of $p failed"
  fi
  if [ -n "$wasm2c" ] && [ -n "$w2c_rt" ] &&
     stale "$d/wasm2c" "$d/app.wasm" "$shim/main.c" "$shim/wasi.c" "$shim/wasi.h"; then
    "$wasm2c" -n app "$d/app.wasm" -o "$d/app.c" || die "wasm2c of $p failed"
    "$cc" -O2 -I"$d" "${w2c_inc[@]}" -I"$shim" "$d/app.c" "$shim/main.c" "$shim/wasi.c" \
      "$w2c_rt/wasm-rt-impl.c" -o "$d/wasm2c" -lm || die "wasm2c C build of $p failed"
  fi
  # wasm2native executables (only when the probe found that `-o EXE` works).
  if [ "$w2n_mode" = exe ]; then
    for bc in guard explicit; do
      if stale "$d/w2n-$bc" "$d/app.wasm" "$w2n"; then
        "$w2n" "$d/app.wasm" -o "$d/w2n-$bc" --bounds-checks=$bc -O2 >"$d/w2n-$bc.log" 2>&1 ||
          { rm -f "$d/w2n-$bc"; echo "speed.sh: wasm2native ($bc) failed on $p, see $d/w2n-$bc.log" >&2; }
      fi
    done
  fi
}

# Probe wasm2native on hello.wasm: w2n_mode = exe | run | none.
probe_w2n() {
  w2n_mode=none
  w2n_note="n/a (not built yet)"
  [ -x "$w2n" ] || return 0
  local d="$out/hello" want got
  want="$("$d/native" probe-arg 2>/dev/null)"
  rm -f "$d/w2n-probe"
  if "$w2n" "$d/app.wasm" -o "$d/w2n-probe" --bounds-checks=guard -O2 >"$d/w2n-probe.log" 2>&1 &&
     [ -x "$d/w2n-probe" ] &&
     got="$(timeout 20 "$d/w2n-probe" probe-arg 2>>"$d/w2n-probe.log")" && [ "$got" = "$want" ]; then
    w2n_mode=exe
    return 0
  fi
  if got="$(timeout 60 "$w2n" run --bounds-checks=guard -O2 "$d/app.wasm" probe-arg 2>>"$d/w2n-probe.log")" &&
     [ "$got" = "$want" ]; then
    w2n_mode=run
    return 0
  fi
  w2n_note="n/a (not built yet: no working WASI executable from $w2n, see $d/w2n-probe.log)"
}

mkdir -p "$out"
w2n_mode=none
build_one hello
probe_w2n
echo "speed.sh: wasm2native: ${w2n_mode/none/$w2n_note}" >&2
[ "$require_w2n" = 1 ] && [ "$w2n_mode" = none ] && die "--require-wasm2native: $w2n_note"
[ "$w2n_mode" = exe ] && build_one hello
for p in "${programs[@]}"; do
  echo "speed.sh: building $p" >&2
  build_one "$p"
done

export SPEED_ROOT="$root" SPEED_OUT="$out" SPEED_SMOKE="$smoke" SPEED_ROUNDS="$rounds" \
  SPEED_STARTUP="$startup" SPEED_NODE_TF="$node_tf" SPEED_CMDLINE="$cmdline" SPEED_CC="$cc" SPEED_WASM_CC="$wasm_cc" \
  SPEED_WASM_CFLAGS="${wasm_cflags[*]}" SPEED_WASM2C="$wasm2c" SPEED_W2C_RT="$w2c_rt" \
  SPEED_NODE="$node" SPEED_W2N="$w2n" SPEED_W2N_MODE="$w2n_mode" SPEED_W2N_NOTE="$w2n_note" \
  SPEED_PROGRAMS="${programs[*]}"
exec python3 - <<'PY'
import json, math, os, platform, random, resource, shutil, statistics, subprocess, sys, tempfile, time

E = os.environ
root, out = E["SPEED_ROOT"], E["SPEED_OUT"]
smoke = E["SPEED_SMOKE"] == "1"
rounds = int(E["SPEED_ROUNDS"])
programs = E["SPEED_PROGRAMS"].split()
w2n, w2n_mode, w2n_note = E["SPEED_W2N"], E["SPEED_W2N_MODE"], E["SPEED_W2N_NOTE"]
node = E["SPEED_NODE"]

SMOKE_ARGS = {"matmul": "48", "nbody": "1000", "fannkuch": "7", "spectralnorm": "100",
              "mandelbrot": "200", "sha256": "2", "lz": "1", "quicksort": "100000",
              "hashmap": "100000", "recursion": "20"}

def engines_for(p):
    """Engine name -> argv prefix (program args are appended), or a string
    saying why the engine is unavailable."""
    d = os.path.join(out, p)
    eng = {"native": [os.path.join(d, "native")]}
    w2c = os.path.join(d, "wasm2c")
    eng["wasm2c"] = [w2c] if os.path.exists(w2c) else "n/a (wasm2c or its runtime missing)"
    eng["node"] = ([node, "--no-warnings", "--no-turbo-fast-api-calls", os.path.join(root, "bench", "run-node.mjs"),
                    os.path.join(d, "app.wasm")] if node else "n/a (node not installed)")
    if isinstance(eng["node"], list):
        eng["node-tf"] = eng["node"][:1] + ["--no-liftoff"] + eng["node"][1:]
    else:
        eng["node-tf"] = eng["node"]
    for bc in ("guard", "explicit"):
        name = "w2n-" + bc
        if w2n_mode == "exe":
            exe = os.path.join(d, name)
            eng[name] = [exe] if os.path.exists(exe) else "FAIL (wasm2native did not compile it)"
        elif w2n_mode == "run":
            eng[name] = [w2n, "run", "--bounds-checks=" + bc, "-O2", os.path.join(d, "app.wasm")]
        else:
            eng[name] = w2n_note
    return eng

ENGINES = ["native", "wasm2c", "node"] + (["node-tf"] if E["SPEED_NODE_TF"] == "1" else []) + \
    ["w2n-guard", "w2n-explicit"]

last_cpu = [0.0]   # user+sys CPU seconds of the last run (all its threads)

def run(argv):
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=600)
    t = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    last_cpu[0] = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    return t, r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")

load_start = os.getloadavg()
times = {p: {e: [] for e in ENGINES} for p in programs}
cpu_times = {p: {e: [] for e in ENGINES} for p in programs}
status = {p: {} for p in programs}   # engine -> note when not timed
expected = {}
failures = []
rng = random.Random(20240531 if smoke else None)
engine_table = {p: engines_for(p) for p in programs}
def check(p, e, rc, so, se):
    """Records a failure (and stops timing the engine) unless the run exited 0
    and printed exactly what the native build printed."""
    if rc == 0 and so == expected.get(p):
        return True
    why = f"exit {rc}" if rc != 0 else "wrong output"
    status[p][e] = "FAIL"
    failures.append(f"{p} on {e}: {why}: got {so.strip()[:120]!r}, "
                    f"want {expected.get(p, '').strip()[:120]!r} {se.strip()[:300]}")
    return False

def args_for(p):
    return [SMOKE_ARGS[p]] if smoke and p in SMOKE_ARGS else []

# Untimed pass: native output is the reference, every engine must match it
# (this also warms the page cache).
for p in programs:
    t, rc, so, se = run(engine_table[p]["native"] + args_for(p))
    expected[p] = so
    if rc != 0:
        failures.append(f"{p}: native exited {rc}: {se.strip()[:200]}")
    for e in ENGINES:
        if e != "native" and isinstance(engine_table[p][e], list):
            check(p, e, *run(engine_table[p][e] + args_for(p))[1:])
print("speed.sh: outputs checked", file=sys.stderr)

for rnd in range(rounds):
    jobs = [(p, e) for p in programs for e in ENGINES
            if isinstance(engine_table[p][e], list) and e not in status[p]]
    rng.shuffle(jobs)
    for p, e in jobs:
        if e in status[p]:
            continue
        t, rc, so, se = run(engine_table[p][e] + args_for(p))
        if check(p, e, rc, so, se):
            times[p][e].append(t)
            cpu_times[p][e].append(last_cpu[0])
    print(f"speed.sh: round {rnd + 1}/{rounds} done", file=sys.stderr)

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              text=True).stdout.strip()
    except Exception:
        return "?"

cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip() or platform.processor()
wasi_libc = sh("dpkg-query -W -f='${Version}' wasi-libc")
osname = sh("grep -m1 PRETTY_NAME /etc/os-release | cut -d= -f2 | tr -d '\"'")
print()
print("## Speed benchmark" + (" (smoke sizes, not a measurement)" if smoke else ""))
print()
print(f"- command: `{E['SPEED_CMDLINE']}`" + ("" if smoke else f" ({rounds} rounds, interleaved, shuffled)"))
print(f"- machine: {cpu}, {os.cpu_count()} cores "
      f"({sh('nproc')} online), {platform.system()} {platform.release()}, "
      f"{osname}")
print(f"- native: `{E['SPEED_CC']} -O2 prog.c -lm` ({sh(E['SPEED_CC'] + ' --version | head -1')})")
print(f"- wasm: `{E['SPEED_WASM_CC']} {E['SPEED_WASM_CFLAGS']} prog.c -lm` "
      f"({sh(E['SPEED_WASM_CC'] + ' --version | head -1')}, wasi-libc {wasi_libc})")
if E["SPEED_WASM2C"]:
    print(f"- wasm2c: `wasm2c -n app app.wasm -o app.c && {E['SPEED_CC']} -O2 app.c "
          f"bench/wasm2c-shim/{{main,wasi}}.c {E['SPEED_W2C_RT']}/wasm-rt-impl.c` "
          f"(wabt {sh('wasm2c --version')}, guard-page memory)")
if node:
    print(f"- node: `node --no-warnings --no-turbo-fast-api-calls bench/run-node.mjs app.wasm` (Node {sh(node + ' --version')}, "
          f"V8 {sh(node + ' -p process.versions.v8')})"
          + ("; node-tf adds `--no-liftoff`" if "node-tf" in ENGINES else ""))
if w2n_mode == "exe":
    print(f"- wasm2native: `wasm2native app.wasm -o app --bounds-checks=guard|explicit -O2` "
          f"({sh(w2n + ' --version')})")
elif w2n_mode == "run":
    print("- wasm2native: `wasm2native run --bounds-checks=guard|explicit -O2 app.wasm` "
          "(no `-o EXE` yet: times include run's start-up and compile-cache lookup; "
          "the untimed output check filled the cache)")
else:
    print(f"- wasm2native: {w2n_note}")
print("- times: per process, start-up included; ratio = engine / native")
print()

def table(data):
    """Markdown table of median seconds with the ratio to native, and a
    geometric-mean row over the programs."""
    def cell(p, e):
        if e in status[p]:
            return status[p][e]
        if not isinstance(engine_table[p][e], list) or not data[p][e]:
            return "n/a"
        m = statistics.median(data[p][e])
        if e == "native" or not data[p]["native"]:
            return f"{m:.3f}"
        return f"{m:.3f} ({m / statistics.median(data[p]['native']):.2f}x)"
    print("| program | " + " | ".join(ENGINES) + " |")
    print("|---|" + "---:|" * len(ENGINES))
    for p in programs:
        print(f"| {p} | " + " | ".join(cell(p, e) for e in ENGINES) + " |")
    geo = []
    for e in ENGINES:
        ratios = [statistics.median(data[p][e]) / statistics.median(data[p]["native"])
                  for p in programs
                  if data[p][e] and data[p]["native"] and e not in status[p]]
        g = f"{math.exp(sum(map(math.log, ratios)) / len(ratios)):.2f}x" if ratios else "n/a"
        if e == "native":
            g = "1.00x"
        elif ratios and len(ratios) < len(programs):
            g += f" ({len(ratios)}/{len(programs)})"
        geo.append(g)
    print("| **geomean** | " + " | ".join(geo) + " |")

print("Wall-clock time, median seconds (ratio to native):")
print()
table(times)
if not smoke:
    # On a shared machine wall time also counts waiting for a core; CPU time
    # does not (but it includes node's compiler and GC threads).
    print()
    print("CPU time (user+sys of the process, all threads), median seconds (ratio to native):")
    print()
    table(cpu_times)
if w2n_mode == "none":
    print()
    print(f"wasm2native columns: {w2n_note}")

# Start-up: hello world, many runs per engine.
if E["SPEED_STARTUP"] == "1":
    hello = engines_for("hello")
    print()
    print("### Start-up (hello world, `bench/programs/hello.c`)")
    print()
    hf = shutil.which("hyperfine")
    rows = []
    for e in ENGINES:
        spec = hello[e]
        if not isinstance(spec, list):
            rows.append((e, "n/a", "", ""))
            continue
        argv = spec + ["x"]
        runs = 40 if e.startswith("node") else 300
        if hf:
            with tempfile.NamedTemporaryFile(suffix=".json") as tf:
                subprocess.run([hf, "-N", "--warmup", "5", "--runs", str(runs), "--style", "none",
                                "--export-json", tf.name, subprocess.list2cmdline(argv)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                res = json.load(open(tf.name))["results"][0]
            rows.append((e, f"{res['median'] * 1000:.1f}", f"{res['min'] * 1000:.1f}",
                         f"{res['user'] * 1000:.1f} / {res['system'] * 1000:.1f}"))
        else:
            ts = [run(argv)[0] for _ in range(runs)]
            rows.append((e, f"{statistics.median(ts) * 1000:.1f}", f"{min(ts) * 1000:.1f}", ""))
    how = ("`hyperfine -N --warmup 5 --runs N`" if hf else "N runs timed from Python") + \
        " (N = 300; 40 for node)"
    print(f"Measured with {how}.")
    print()
    print("| engine | median ms | min ms | user / sys ms |")
    print("|---|---:|---:|---:|")
    for r in rows:
        print("| " + " | ".join(r) + " |")

print()
print(f"Load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
      f"(at the start: {' '.join(f'{x:.2f}' for x in load_start)}).")

if failures:
    print()
    print("FAILURES:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
PY
