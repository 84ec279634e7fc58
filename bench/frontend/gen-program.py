#!/usr/bin/env python3
"""Generates a large, realistic-looking C program for the front-end bench.

The program is split into translation units (so clang can compile it in
pieces) and is deterministic for a given --seed. Every generated function has
the signature `uint64_t fn_N(uint64_t a, int32_t b, double c)` and sits in a
function-pointer table; its body strings together a few randomly chosen
"blocks", each one a typical piece of compiled C:

  * integer loops (32- and 64-bit arithmetic, shifts, rotates, compares)
  * dense switches (br_table) and sparse switches (if chains)
  * floating point (f32 and f64, math.h calls, int <-> float conversions)
  * memory traffic on global arrays of several element widths, memcpy and
    memset, pointer walks
  * structs (a vec3 type and a record type with mixed field widths), small
    sorts over arrays of structs
  * calls through the function-pointer table (guarded by a depth counter)
  * a byte-at-a-time tokenizer (a state machine over a char buffer)
  * bounded recursion through typed helper functions

main() calls every table entry and prints a checksum, so all functions are
reachable and the linker keeps them.

Usage: gen-program.py --out DIR --functions N [--per-file K] [--seed S]
Writes DIR/common.h, DIR/main.c and DIR/part_*.c.
"""

import argparse
import os
import random

COMMON_H = r"""
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { double x, y, z; } vec3;
typedef struct {
  int32_t id;
  int64_t key;
  float weight;
  double value;
  uint8_t tag;
  int16_t small;
  char name[12];
} record;

typedef uint64_t (*fn_t)(uint64_t, int32_t, double);

#define ARR 4096
extern uint8_t g_bytes[ARR];
extern int16_t g_shorts[ARR];
extern uint32_t g_words[ARR];
extern uint64_t g_quads[ARR];
extern float g_floats[ARR];
extern double g_doubles[ARR];
extern record g_records[256];
extern vec3 g_points[256];
extern char g_text[1024];
extern int g_depth;
extern const fn_t g_table[];
extern const unsigned g_table_size;

static inline uint32_t rotl32(uint32_t x, unsigned r) {
  return (x << (r & 31)) | (x >> ((32 - r) & 31));
}
static inline uint64_t rotl64(uint64_t x, unsigned r) {
  return (x << (r & 63)) | (x >> ((64 - r) & 63));
}
static inline vec3 v3add(vec3 a, vec3 b) {
  vec3 r = {a.x + b.x, a.y + b.y, a.z + b.z};
  return r;
}
static inline vec3 v3scale(vec3 a, double s) {
  vec3 r = {a.x * s, a.y * s, a.z * s};
  return r;
}
static inline double v3dot(vec3 a, vec3 b) {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}
static inline vec3 v3cross(vec3 a, vec3 b) {
  vec3 r = {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z,
            a.x * b.y - a.y * b.x};
  return r;
}
#endif
"""


class Gen:
    def __init__(self, rng, index):
        self.r = rng
        self.i = index
        self.helpers = []  # extra static functions emitted before fn_i
        self.var = 0

    def k(self, lo=1, hi=1 << 30):
        return self.r.randint(lo, hi)

    def name(self, base):
        self.var += 1
        return f"{base}{self.var}"

    def int_op(self, x, y, bits):
        ops = [f"{x} + {y}", f"{x} - {y}", f"{x} * {y}", f"{x} ^ {y}",
               f"{x} & {y}", f"{x} | {y}",
               f"{x} << ({y} & {bits - 1})", f"{x} >> ({y} & {bits - 1})",
               f"rotl{bits}({x}, (unsigned)({y}))",
               f"({y} ? {x} / ({y} | 1) : {x})",
               f"({y} ? {x} % ({y} | 1) : {x})",
               f"({x} < {y} ? {x} : {y})", f"({x} > {y} ? {x} - {y} : {y} - {x})"]
        return "(" + self.r.choice(ops) + ")"

    # --- blocks: each returns C statements that update `acc` (uint64_t) ---

    def block_int_loop(self):
        i, x, y = self.name("i"), self.name("x"), self.name("y")
        bits = self.r.choice([32, 64])
        t = "uint32_t" if bits == 32 else "uint64_t"
        n = self.k(8, 200)
        body = []
        for _ in range(self.r.randint(2, 6)):
            tgt = self.r.choice([x, y])
            src = self.r.choice([x, y, f"({t}){i}", f"({t}){self.k()}u", f"({t})a"])
            body.append(f"    {tgt} = {self.int_op(tgt, src, bits)};")
        if self.r.random() < 0.5:
            body.append(f"    if (({x} & {self.k(1, 255)}) == {self.k(0, 31)}) {y} += {self.k()}u;")
        if self.r.random() < 0.3:
            body.append(f"    if ({y} == {self.k()}u) break;")
        return (f"  {{ {t} {x} = ({t})a ^ {self.k()}u, {y} = ({t})b + {self.k()}u;\n"
                f"  for (int {i} = 0; {i} < {n} + (b & 7); ++{i}) {{\n"
                + "\n".join(body) + "\n  }\n"
                f"  acc += (uint64_t){x} * {self.k(3, 99)}u + {y}; }}\n")

    def block_switch_dense(self):
        v = self.name("s")
        n = self.r.randint(4, 24)
        cases = []
        for c in range(n):
            if self.r.random() < 0.15:
                continue  # a hole, still dense enough for a jump table
            expr = self.int_op("acc", f"(uint64_t){self.k()}u", 64)
            fall = self.r.random() < 0.15
            cases.append(f"    case {c}: acc = {expr};{'' if fall else ' break;'}")
        return (f"  {{ unsigned {v} = (unsigned)(a + (uint64_t)b) % {n + 2}u;\n"
                f"  switch ({v}) {{\n" + "\n".join(cases) +
                f"\n    default: acc += {self.k()}u; break;\n  }} }}\n")

    def block_switch_sparse(self):
        keys = sorted(self.r.sample(range(-100000, 100000), self.r.randint(3, 9)))
        cases = [f"    case {key}: acc = {self.int_op('acc', str(self.k()) + 'u', 64)}; break;"
                 for key in keys]
        return ("  switch (b) {\n" + "\n".join(cases) +
                f"\n    default: acc ^= {self.k()}u;\n  }}\n")

    def block_float(self):
        i, s, f = self.name("i"), self.name("d"), self.name("f")
        n = self.k(4, 64)
        fns = ["sqrt", "fabs", "floor", "ceil", "trunc", "sin", "cos", "exp", "log1p", "atan"]
        ffns = ["sqrtf", "fabsf", "floorf", "ceilf", "truncf", "fminf", "fmaxf"]
        lines = []
        for _ in range(self.r.randint(2, 5)):
            choice = self.r.random()
            if choice < 0.3:
                lines.append(f"    {s} = {s} * {self.r.uniform(0.5, 1.5):.6f} + {self.r.choice(fns)}({s} + {i});")
            elif choice < 0.5:
                ff = self.r.choice(ffns)
                args = f"{f}, (float){i}" if ff in ("fminf", "fmaxf") else f"{f} + {self.r.uniform(-2, 2):.4f}f"
                lines.append(f"    {f} = {ff}({args}) * {self.r.uniform(0.1, 0.9):.4f}f;")
            elif choice < 0.7:
                lines.append(f"    {s} += g_doubles[({i} * {self.k(1, 97)}) & (ARR - 1)] - (double){f};")
            elif choice < 0.85:
                lines.append(f"    if ({s} > {self.r.uniform(1, 1000):.3f}) {s} = fmod({s}, {self.r.uniform(2, 50):.3f});")
            else:
                lines.append(f"    g_floats[{i} & (ARR - 1)] = {f} + (float){s};")
        return (f"  {{ double {s} = c + {self.r.uniform(0, 10):.5f}; float {f} = (float)(b & 255);\n"
                f"  for (int {i} = 0; {i} < {n}; ++{i}) {{\n" + "\n".join(lines) +
                f"\n  }}\n  acc += (uint64_t)(int64_t)({s} * 1000.0) + (uint64_t)(int32_t){f}; }}\n")

    def block_memory(self):
        i, p, n = self.name("i"), self.name("p"), self.name("n")
        arr, t = self.r.choice([("g_bytes", "uint8_t"), ("g_shorts", "int16_t"),
                                ("g_words", "uint32_t"), ("g_quads", "uint64_t")])
        lines = [f"  {{ unsigned {n} = {self.k(16, 1024)}u + ((unsigned)b & 63);"]
        kind = self.r.randint(0, 4)
        if kind == 0:  # prefix sum
            lines.append(f"  for (unsigned {i} = 1; {i} < {n}; ++{i}) {arr}[{i}] = ({t})({arr}[{i}] + {arr}[{i} - 1]);")
        elif kind == 1:  # memcpy / memset
            off = self.k(0, 1024)
            lines.append(f"  memcpy(&{arr}[{off}], &{arr}[({off} + {n}) & 1023], {n} * sizeof({t}) / 4);")
            lines.append(f"  memset(g_bytes + ({n} & 511), (int)(a & 255), {n} / 8);")
        elif kind == 2:  # pointer walk
            lines.append(f"  const {t} *{p} = {arr}; {t} m{self.var} = 0;")
            lines.append(f"  while ({p} < {arr} + {n}) {{ m{self.var} ^= ({t})(*{p} * {self.k(3, 31)}); {p} += {self.k(1, 5)}; }}")
            lines.append(f"  acc += (uint64_t)m{self.var};")
        elif kind == 3:  # mixed-width loads and stores
            lines.append(f"  for (unsigned {i} = 0; {i} < {n}; ++{i}) {{")
            lines.append(f"    g_words[{i} & (ARR - 1)] += (uint32_t)g_bytes[({i} * 7) & (ARR - 1)];")
            lines.append(f"    g_quads[({i} + {self.k(0, 99)}) & (ARR - 1)] ^= (uint64_t)g_shorts[{i} & (ARR - 1)] << {self.k(0, 40)};")
            lines.append(f"    g_shorts[{i} & (ARR - 1)] = (int16_t)(g_words[{i} & (ARR - 1)] >> 3);")
            lines.append("  }")
        else:  # histogram
            h = self.name("h")
            lines.append(f"  unsigned {h}[16] = {{0}};")
            lines.append(f"  for (unsigned {i} = 0; {i} < {n}; ++{i}) {h}[{arr}[{i}] & 15]++;")
            lines.append(f"  for (unsigned {i} = 0; {i} < 16; ++{i}) acc = acc * 31 + {h}[{i}];")
        lines.append(f"  acc += {arr}[(a + {self.k(0, 999)}) & (ARR - 1)]; }}")
        return "\n".join(lines) + "\n"

    def block_struct(self):
        i, j, r = self.name("i"), self.name("j"), self.name("r")
        kind = self.r.randint(0, 2)
        if kind == 0:  # vec3 math
            v, w = self.name("v"), self.name("w")
            return (f"  {{ vec3 {v} = {{c, (double)b, {self.r.uniform(-5, 5):.4f}}}, {w} = g_points[a & 255];\n"
                    f"  for (int {i} = 0; {i} < {self.k(2, 16)}; ++{i}) {{\n"
                    f"    {v} = v3add({v}, v3scale(v3cross({v}, {w}), {self.r.uniform(0.01, 0.2):.4f}));\n"
                    f"    {w} = g_points[({i} + b) & 255];\n  }}\n"
                    f"  g_points[(a >> 3) & 255] = {v};\n"
                    f"  acc += (uint64_t)(int64_t)(v3dot({v}, {w}) * 16.0); }}\n")
        if kind == 1:  # insertion sort of a window of records by a field
            field = self.r.choice(["key", "id", "weight", "value", "small"])
            n = self.k(4, 24)
            return (f"  {{ record *{r} = &g_records[(a & 127)];\n"
                    f"  for (int {i} = 1; {i} < {n}; ++{i}) {{\n"
                    f"    record t = {r}[{i}]; int {j} = {i} - 1;\n"
                    f"    while ({j} >= 0 && {r}[{j}].{field} > t.{field}) {{ {r}[{j} + 1] = {r}[{j}]; --{j}; }}\n"
                    f"    {r}[{j} + 1] = t;\n  }}\n"
                    f"  acc += (uint64_t){r}[0].key + {r}[{n} - 1].tag; }}\n")
        return (f"  {{ record *{r} = &g_records[(b & 255)];\n"
                f"  {r}->id += (int32_t)(acc & 0xffff); {r}->key ^= (int64_t)a;\n"
                f"  {r}->weight = {r}->weight * {self.r.uniform(0.5, 1):.4f}f + (float)c;\n"
                f"  {r}->value += (double){r}->small * {self.r.uniform(0, 3):.4f};\n"
                f"  {r}->tag = (uint8_t)({r}->tag + {self.k(1, 200)});\n"
                f"  {r}->small = (int16_t)({r}->small - {self.k(1, 300)});\n"
                f"  {r}->name[(a & 7)] = (char)('a' + (b & 15));\n"
                f"  acc += (uint64_t){r}->key + (uint64_t){r}->tag + (uint64_t)strlen({r}->name); }}\n")

    def block_indirect(self):
        if self.i == 0:
            return self.block_int_loop()
        calls = []
        for _ in range(self.r.randint(1, 3)):
            calls.append(f"    acc += g_table[(unsigned)(a ^ {self.k()}u) % {self.i}u](acc, b + {self.k(1, 99)}, c * {self.r.uniform(0.5, 2):.3f});")
        return ("  if (g_depth < 2) {\n    ++g_depth;\n" + "\n".join(calls) +
                "\n    --g_depth;\n  }\n")

    def block_tokenizer(self):
        i, st, ch = self.name("i"), self.name("st"), self.name("ch")
        return (f"  {{ int {st} = 0; unsigned words = 0, digits = 0, other = 0;\n"
                f"  for (unsigned {i} = (unsigned)b & 255; {i} < {self.k(300, 1023)}u; ++{i}) {{\n"
                f"    char {ch} = g_text[{i}];\n"
                f"    if ({ch} == 0) break;\n"
                f"    switch ({st}) {{\n"
                f"    case 0:\n"
                f"      if (({ch} >= 'a' && {ch} <= 'z') || ({ch} >= 'A' && {ch} <= 'Z')) {{ {st} = 1; ++words; }}\n"
                f"      else if ({ch} >= '0' && {ch} <= '9') {{ {st} = 2; ++digits; }}\n"
                f"      else ++other;\n"
                f"      break;\n"
                f"    case 1:\n"
                f"      if ({ch} == ' ' || {ch} == ',') {st} = 0;\n"
                f"      else acc = acc * {self.k(3, 131)} + (uint64_t){ch};\n"
                f"      break;\n"
                f"    default:\n"
                f"      if ({ch} < '0' || {ch} > '9') {st} = 0;\n"
                f"      else acc = acc * 10 + (uint64_t)({ch} - '0');\n"
                f"    }}\n  }}\n"
                f"  acc += words * {self.k(1, 9)}u + digits + other; }}\n")

    def block_recursion(self):
        h = f"rec_{self.i}_{self.var}"
        self.var += 1
        t = self.r.choice(["int32_t", "int64_t", "double", "float"])
        op = self.r.choice(["+", "*", "-"])
        self.helpers.append(
            f"static {t} {h}({t} x, int depth) {{\n"
            f"  if (depth <= 0) return x;\n"
            f"  if (depth & 1) return {h}(x {op} ({t}){self.k(1, 9)}, depth - 1) + ({t})depth;\n"
            f"  return {h}(x, depth - 2) {op} {h}(x + ({t})1, depth / 3);\n}}\n")
        return f"  acc += (uint64_t)(int64_t){h}(({t})(b & 1023), (int)(a & 7) + 3);\n"

    BLOCKS = [
        (block_int_loop, 5), (block_switch_dense, 3), (block_switch_sparse, 1),
        (block_float, 3), (block_memory, 4), (block_struct, 3),
        (block_indirect, 2), (block_tokenizer, 1), (block_recursion, 1),
    ]

    def function(self):
        fns, weights = zip(*Gen.BLOCKS)
        parts = [f(self) for f in self.r.choices(fns, weights, k=self.r.randint(2, 5))]
        body = "".join(parts)
        return ("".join(self.helpers) +
                f"uint64_t fn_{self.i}(uint64_t a, int32_t b, double c) {{\n"
                f"  uint64_t acc = {self.k()}u;\n{body}  return acc;\n}}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--functions", type=int, required=True)
    ap.add_argument("--per-file", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)

    with open(os.path.join(args.out, "common.h"), "w") as f:
        f.write(COMMON_H.lstrip())

    n = args.functions
    for start in range(0, n, args.per_file):
        with open(os.path.join(args.out, f"part_{start // args.per_file:04d}.c"), "w") as f:
            f.write('#include "common.h"\n\n')
            for i in range(start, min(n, start + args.per_file)):
                f.write(Gen(rng, i).function())
                f.write("\n")

    with open(os.path.join(args.out, "main.c"), "w") as f:
        f.write('#include "common.h"\n\n')
        f.write("uint8_t g_bytes[ARR];\nint16_t g_shorts[ARR];\nuint32_t g_words[ARR];\n"
                "uint64_t g_quads[ARR];\nfloat g_floats[ARR];\ndouble g_doubles[ARR];\n"
                "record g_records[256];\nvec3 g_points[256];\nchar g_text[1024];\nint g_depth;\n\n")
        f.write("".join(f"uint64_t fn_{i}(uint64_t, int32_t, double);\n" for i in range(n)))
        f.write("\nconst fn_t g_table[] = {\n")
        f.write("".join(f"  fn_{i},\n" for i in range(n)))
        f.write(f"}};\nconst unsigned g_table_size = {n};\n\n")
        f.write(r"""int main(int argc, char **argv) {
  (void)argv;
  static const char words[] = "the quick brown fox 12 jumps over 345 lazy dogs, ";
  for (unsigned i = 0; i + 1 < sizeof g_text; ++i)
    g_text[i] = words[i % (sizeof words - 1)];
  for (unsigned i = 0; i < ARR; ++i) {
    g_bytes[i] = (uint8_t)(i * 13);
    g_shorts[i] = (int16_t)(i * 7 - 300);
    g_words[i] = i * 2654435761u;
    g_quads[i] = (uint64_t)i * 0x9E3779B97F4A7C15ull;
    g_floats[i] = (float)i / 7.0f;
    g_doubles[i] = (double)i / 3.0;
  }
  for (unsigned i = 0; i < 256; ++i) {
    g_records[i].id = (int32_t)i;
    g_records[i].key = (int64_t)(i * 7919 % 256);
    g_points[i].x = i;
    g_points[i].y = 1.0 / (i + 1);
    g_points[i].z = -(double)i;
  }
  uint64_t sum = 0;
  for (unsigned i = 0; i < g_table_size; ++i)
    sum += g_table[i](sum + i, argc + (int32_t)i, 0.5 * i);
  printf("checksum %llu\n", (unsigned long long)sum);
  return 0;
}
""")


if __name__ == "__main__":
    main()
