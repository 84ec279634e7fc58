#!/usr/bin/env bash
# Quick start: set up, build, and run wasm2native on the bundled example.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
out="$build/examples"
mkdir -p "$out"
wat2wasm "$root/examples/fib.wat" -o "$out/fib.wasm"
echo "== wasm2native $out/fib.wasm --emit=mlir"
"$build/bin/wasm2native" "$out/fib.wasm" --emit=mlir -o "$out/fib.mlir"
cat "$out/fib.mlir"
