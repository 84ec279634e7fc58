#!/usr/bin/env bash
# Builds expected-failures.txt from the failure lists of w2n-spec-run runs
# (--list-failures=FILE): only commands of simd_*.wast scripts that fail
# because SIMD code generation is missing. Give the lists of all four
# configurations; an entry is kept only if it fails in every one of them.
#
#   gen-expected-failures.sh FAILS...   (the SIMD part of test/expected-failures.txt)
set -euo pipefail
if [ $# -eq 0 ]; then
  echo "usage: $0 FAILURE_LIST..." >&2
  exit 2
fi
n=$#
for f in "$@"; do
  grep -E '^simd_[^ ]*\.wast:[0-9]+ ' "$f" |
    grep -E "no native lowering yet|SIMD code generation is not supported" |
    cut -d' ' -f1 | sort -u
done | sort | uniq -c | awk -v n="$n" '$1 == n { print $2 }' |
  sort -t: -k1,1 -k2,2n | sed 's/$/ SIMD codegen missing/'
