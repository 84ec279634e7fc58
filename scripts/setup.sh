#!/usr/bin/env bash
# Installs the Debian 12 packages wasm2native needs (only those missing),
# then configures and builds into ./build. Safe to run again.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"

packages=(
  cmake ninja-build ccache python3 git
  llvm-22-dev libmlir-22-dev mlir-22-tools clang-22 lld-22 llvm-22-tools
  liblld-22-dev libclang-rt-22-dev
  libcli11-dev libgtest-dev wabt
  clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32 hyperfine
  # test/Programs: C++ for wasm32-wasi, and Rust for wasm32-wasi, whose
  # linker /usr/bin/rust-lld is a link to lld-14 (only a Recommends).
  libc++-19-dev-wasm32 libc++abi-19-dev-wasm32
  rustc libstd-rust-dev-wasm32 lld-14
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DMLIR_DIR=/usr/lib/llvm-22/lib/cmake/mlir
fi
cmake --build "$build"
