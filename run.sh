#!/usr/bin/env bash
# Installs what is missing, builds, and opens ClaimLedger on the sample project.
#   ./run.sh                 the sample project (made on first use, then reopened as left)
#   ./run.sh FILE...         project files to open, or articles to import, instead
# Other arguments go to the application (./run.sh --help lists them).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(--sample)

launcher=()
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset);" \
        "starting ClaimLedger on a virtual X display (Xvfb) instead." >&2
    launcher=(xvfb-run -a -s "-screen 0 1400x900x24")
fi

exec packaging/devenv.sh sh -c 'packaging/build.sh --app && exec "$@"' sh \
    "${launcher[@]}" ./build/bin/claimledger "${args[@]}"
