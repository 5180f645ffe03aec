#!/usr/bin/env bash
# Builds the release preset and runs every benchmark under bench/, printing each one's figures.
# Method and recorded results: docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh release
# A benchmark that asserts targets (bench_blocklist, bench_diagnosis) exits 1 when one is missed: the
# others still run, and the script names the misses and fails at the end.
missed=()
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for b in build/release/bench/bench_*; do
    # Executables only: the build also leaves bench_*_autogen directories here, and -x is true for them.
    [ -f "$b" ] && [ -x "$b" ] || continue
    name=$(basename "$b")
    echo "== $name (load average $(cut -d" " -f1-3 /proc/loadavg))"
    args=()
    if [ "$name" = bench_dkim ]; then
        # bench_dkim verifies the messages dkimpy signs (bench/message/dkimpy_bench.py make DIR), with
        # Debian's python3 (python3-dkim, python3-nacl), not whatever python3 comes first on PATH.
        if ! /usr/bin/python3 bench/message/dkimpy_bench.py make "$work/dkim" >/dev/null 2>&1; then
            echo "skipped: python3-dkim and python3-nacl are needed to prepare its messages"
            continue
        fi
        args=("$work/dkim")
    fi
    "$b" "${args[@]}" || missed+=("$name")
done
if [ ${#missed[@]} -gt 0 ]; then
    echo "targets missed: ${missed[*]}" >&2
    exit 1
fi
