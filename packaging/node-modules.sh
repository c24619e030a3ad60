#!/usr/bin/env bash
# Installs the npm packages the W3C Web Annotation validator needs (ajv-draft-04 and
# ajv-formats, see ../shared/corpus/README.md) into the cache, once:
#   ${CLAIMLEDGER_CACHE:-~/.cache/claimledger}/node/node_modules
# With the host's npm when it has one (it knows the host's certificates and proxies),
# else with the build environment's. A failure is reported and leaves the export test
# to say that the validator is missing.
set -uo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
CACHE=${CLAIMLEDGER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claimledger}
PREFIX=$CACHE/node
[ -d "$PREFIX/node_modules/ajv-formats" ] && [ -d "$PREFIX/node_modules/ajv-draft-04" ] && exit 0
mkdir -p "$PREFIX"
install=(npm install --silent --no-audit --no-fund --prefix "$PREFIX" ajv-draft-04@1 ajv-formats@2)
if command -v npm >/dev/null 2>&1; then
    timeout 300 "${install[@]}"
else
    timeout 300 "$SRC/packaging/devenv.sh" "${install[@]}"
fi || echo "node-modules: could not install ajv-draft-04 and ajv-formats into $PREFIX" >&2
exit 0
