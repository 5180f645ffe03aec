#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` CMake preset,
# g++) and runs it. Any sanitizer report fails the test that triggered it (leaks included).
#   scripts/test-asan.sh           every test except two slow ones that sanitizers add nothing to: the PDF
#                                  rendering test (5+ minutes under ASan) and the .deb packaging test (5 minutes)
#   scripts/test-asan.sh --full    every test
# Environment: BUILD_DIR (default build/asan), JOBS (default: the number of CPUs).
# Wall time on the 2-core build machine: see docs/PERFORMANCE.md ("Sanitizers").
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build/asan}
JOBS=${JOBS:-$(nproc)}
EXCLUDE='^(test_pdfreport|test_debpackage)$'
[ "${1:-}" = "--full" ] && EXCLUDE='^$'

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan -B "$BUILD_DIR" "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" -j "$JOBS"

# Fail on the first report, with a stack; leak checking is on (LeakSanitizer comes with ASan on Linux).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 900 -E "$EXCLUDE"
