#!/usr/bin/env bash
# Builds the release preset and runs every benchmark under bench/, printing each one's figures.
# Method and recorded results: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
for b in build/release/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b"
done
