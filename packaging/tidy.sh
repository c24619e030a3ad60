#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy) over every source file of app/ and ui/,
# with the compile commands of a build folder (default: build, configured if absent).
# Any finding fails the run. Usage: packaging/tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
if [[ ! -f "$build/compile_commands.json" ]]; then
    cmake --preset dev -B "$build" >/dev/null
fi
# Generated headers (moc, version.h) must exist before the sources are parsed.
cmake --build "$build" --target claimledger_ui_autogen claimledger_domain >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! run-clang-tidy -p "$build" -quiet -j "$(nproc)" "$PWD/(app|ui)/.*\.cpp$" >"$log" 2>&1; then
    grep -E "(error|warning):" "$log" | grep -v "warnings generated" || tail -40 "$log"
    echo "clang-tidy: findings above (see .clang-tidy)" >&2
    exit 1
fi
echo "clang-tidy: no findings in $(grep -c '^\[' "$log") files"
