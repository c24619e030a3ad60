#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite offscreen.
# The first run on a machine sets up the build environment (see packaging/devenv.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
packaging/node-modules.sh
exec packaging/devenv.sh packaging/build.sh --test
