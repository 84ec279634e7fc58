#!/usr/bin/env bash
# Set up, build, and run every test: lit (which includes the spec-suite
# check and the fuzz smoke run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${W2N_BUILD_DIR:-$root/build}"
"$root/scripts/setup.sh"
cmake --build "$build" --target check-w2n
