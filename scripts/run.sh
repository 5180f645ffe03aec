#!/usr/bin/env bash
# Installs what Rebound needs, builds it and starts the desktop app.
# With arguments, runs rebound-cli with them instead: scripts/run.sh diagnose bounce.eml --json
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh release
if [ $# -gt 0 ]; then
    exec build/release/app/rebound-cli "$@"
fi
exec build/release/app/rebound
