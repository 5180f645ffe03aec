#!/bin/bash
# Runs every libFuzzer target for SECONDS each (default 180) and prints time, coverage and the outcome.
#   scripts/fuzz-all.sh [SECONDS] [TARGET...]       targets: bounce mime dnsmessage spf dmarc dkim smtpreply loaders
# Environment: BUILD_DIR (default build-fuzz), PARALLEL (targets at once, default 1).
# Builds the targets with clang first. The growing corpus lives in $BUILD_DIR/fuzz-work/<target>, crash,
# leak and timeout inputs in $BUILD_DIR/fuzz-artifacts/<target>/; copy a fixed one into
# tests/fuzz/regressions/<target>/ so that test_fuzz_replay_<target> replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_EACH=${1:-180}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(bounce mime dnsmessage spf dmarc dkim smtpreply loaders)
BUILD_DIR=${BUILD_DIR:-$ROOT/build-fuzz}
PARALLEL=${PARALLEL:-1}

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DREBOUND_FUZZ=ON -DREBOUND_BUILD_BENCH=OFF
fi
cmake --build "$BUILD_DIR" -j"${BUILD_JOBS:-2}" --target "${TARGETS[@]/#/fuzz_}"

max_len() {
    case $1 in
    bounce | mime) echo 65536 ;;
    loaders) echo 131072 ;;
    dnsmessage) echo 65535 ;;
    smtpreply) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

run_one() {
    local name=$1 work="$BUILD_DIR/fuzz-work/$1" artifacts="$BUILD_DIR/fuzz-artifacts/$1"
    mkdir -p "$work" "$artifacts"
    local log="$BUILD_DIR/fuzz-artifacts/$name.log"
    local start=$SECONDS
    set +e
    "$BUILD_DIR/tests/fuzz/fuzz_$name" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$name")" \
        -timeout=10 -rss_limit_mb=1536 -malloc_limit_mb=512 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work" "$ROOT/tests/fuzz/corpus/$name" >"$log" 2>&1
    local rc=$?
    set -e
    local last
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -E 's/^#([0-9]+)\s+\S+\s+cov: ([0-9]+) ft: ([0-9]+).*/runs=\1 cov=\2 ft=\3/')
    local found plateau
    found=$(find "$artifacts" -type f | wc -l)
    # Plateau: the share of the run after which coverage (cov) last grew.
    plateau=$(awk '/^#[0-9]+/ { n = substr($1, 2) + 0; for (i = 1; i < NF; ++i) if ($i == "cov:") c = $(i + 1) + 0;
                   if (c > best) { best = c; at = n } total = n }
                   END { if (total > 0) printf "last-cov-growth=%d%%", 100 * at / total }' "$log")
    printf '%-11s %4ss %s %s corpus=%s rc=%s artifacts=%s\n' "$name" "$((SECONDS - start))" "$last" "$plateau" \
        "$(find "$work" -type f | wc -l)" "$rc" "$found"
    [ "$rc" -eq 0 ]
}
export -f run_one max_len
export BUILD_DIR SECONDS_EACH ROOT

printf '%s\n' "${TARGETS[@]}" | xargs -P "$PARALLEL" -I{} bash -c 'run_one {}'
