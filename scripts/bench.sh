#!/usr/bin/env bash
# Builds the release preset and runs every benchmark under bench/, printing each one's figures.
# Method and recorded results: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
# A benchmark that asserts targets (bench_blocklist, bench_diagnosis) exits 1 when one is missed: the
# others still run, and the script names the misses and fails at the end.
missed=()
for b in build/release/bench/bench_*; do
    [ -x "$b" ] || continue
    echo "== $(basename "$b")"
    "$b" || missed+=("$(basename "$b")")
done
if [ ${#missed[@]} -gt 0 ]; then
    echo "targets missed: ${missed[*]}" >&2
    exit 1
fi
