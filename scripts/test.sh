#!/usr/bin/env bash
# Installs what the tests need, builds Rebound and runs every test (ctest over Qt Test executables,
# each starting its own DNS and SMTP servers on loopback).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/fetch-corpora.sh
bash scripts/build.sh release
cd build/release
ctest --output-on-failure -j "$(nproc)" --timeout 600
