#!/usr/bin/env bash
# Applies clang-format 14 to every C++ file in the project.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files -co --exclude-standard '*.cpp' '*.h' | xargs -r clang-format -i
