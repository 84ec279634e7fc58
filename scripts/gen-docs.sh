#!/usr/bin/env bash
# Regenerates the reference of the wasm dialect from its ODS (target
# `mlir-doc`) and copies it to docs/dialects/wasm.md, the committed copy
# that test/Docs/dialect-docs.test compares against the generated file.
# Run it after changing a summary or description in dialects/Wasm/*.td.
#
# Usage: scripts/gen-docs.sh    (W2N_BUILD_DIR selects the build, ./build
#                                by default; it is configured if needed)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir
fi
cmake --build "$build" --target mlir-doc

generated="$build/docs/Dialects/WasmDialect.md"
committed="$root/docs/dialects/wasm.md"
mkdir -p "$(dirname "$committed")"
if cmp -s "$generated" "$committed"; then
  echo "gen-docs: $committed is up to date"
else
  cp "$generated" "$committed"
  echo "gen-docs: updated $committed"
fi
