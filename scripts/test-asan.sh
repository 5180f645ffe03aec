#!/usr/bin/env bash
# Builds the whole suite with AddressSanitizer + UndefinedBehaviorSanitizer (the `asan` CMake preset,
# g++) and runs it. Any sanitizer report fails the test that triggered it (leaks included).
#   scripts/test-asan.sh           every test except two slow ones that sanitizers add nothing to: the PDF
#                                  rendering test (5+ minutes under ASan) and the .deb packaging test (5 minutes)
#   scripts/test-asan.sh --full    every test
#   scripts/test-asan.sh --parsers the parsers of hostile input only (DNS messages, SPF, DMARC, DKIM, SMTP
#                                  replies, bounces, DMARC/TLS reports, MTA-STS policies and BIMI logos and
#                                  certificates fetched over HTTPS, the data-file loaders and the fuzz
#                                  regression replays):
#                                  what CI runs, built target by target (a few minutes)
# Environment: BUILD_DIR (default build/asan), JOBS (default: the number of CPUs).
# Wall time on the 2-core build machine: see docs/PERFORMANCE.md ("Sanitizers").
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build/asan}
JOBS=${JOBS:-$(nproc)}
EXCLUDE='^(test_pdfreport|test_debpackage)$'
[ "${1:-}" = "--full" ] && EXCLUDE='^$'
PARSERS=(test_ipaddress test_dnsmessage test_blocklist_catalog test_smtpreplyparser test_spfrecord test_dmarc
    test_dkimkey test_diagnosisengine test_inputdetector test_bounce_fixtures test_bounce_hostile
    test_bounce_knowledge test_fuzz_replay_bounce test_fuzz_replay_mime test_fuzz_replay_dnsmessage
    test_fuzz_replay_spf test_fuzz_replay_dmarc test_fuzz_replay_dkim test_fuzz_replay_smtpreply
    test_fuzz_replay_loaders test_bounce_charsets test_bounce_input test_message test_fuzz_replay_message
    test_reports_corpus test_reports_hostile test_fuzz_replay_reports test_mtasts test_bimi)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan -B "$BUILD_DIR" "${launcher[@]}" >/dev/null
if [ "${1:-}" = "--parsers" ]; then
    cmake --build "$BUILD_DIR" -j "$JOBS" --target rebound-cli "${PARSERS[@]}" # the CLI: tests that run it
else
    cmake --build "$BUILD_DIR" -j "$JOBS"
fi

# Fail on the first report, with a stack; leak checking is on (LeakSanitizer comes with ASan on Linux).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ "${1:-}" = "--parsers" ]; then
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 900 \
        -R "^($(IFS='|'; echo "${PARSERS[*]}"))\$"
else
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$JOBS" --timeout 900 -E "$EXCLUDE"
fi
