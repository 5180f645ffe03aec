#!/usr/bin/env bash
# Configures and builds Rebound in build/<preset> (default: release). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
