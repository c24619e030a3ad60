#!/usr/bin/env bash
# Configures and builds ClaimLedger into build/ (binaries in build/bin/). Runs inside
# the build environment: call it through packaging/devenv.sh.
#   packaging/build.sh            builds everything
#   packaging/build.sh --test     builds everything and runs the whole test suite offscreen
#   packaging/build.sh --app      builds only the two executables (what run.sh needs)
# Under CI (CI=true) the "ci" preset makes warnings errors; otherwise "dev" is used.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset=dev
[ "${CI:-}" = true ] && preset=ci

run_tests=false
targets=()
for arg in "$@"; do
    case "$arg" in
        --test) run_tests=true ;;
        --app) targets=(--target claimledger claimledger-cli) ;;
        *) echo "build.sh: unknown argument '$arg'" >&2; exit 2 ;;
    esac
done

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "${targets[@]}"
if "$run_tests"; then
    ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 300
fi
