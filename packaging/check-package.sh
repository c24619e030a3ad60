#!/usr/bin/env bash
# Builds ClaimLedger's Debian package and installs it into a clean Debian 13 root —
# debootstrap's minimal system and nothing else — with apt, which fetches the
# dependencies the package declares; then runs claimledger-cli --version, makes the
# sample project and exports it headless, and starts the window offscreen to print
# its version. Run by .ci/run after the tests; on its own:  packaging/check-package.sh
#
# The clean root is made once under the cache folder (as packaging/devenv.sh's build
# root is) and copied for every check, so each install starts from nothing. Downloaded
# packages are kept beside it.
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SUITE=trixie
CACHE=${CLAIMLEDGER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claimledger}
CLEAN=$CACHE/$SUITE-clean
ARCHIVES=$CACHE/apt-archives

log() { printf 'check-package: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

log "building the package"
"$SRC/packaging/devenv.sh" sh -c 'cmake --build build --target package >/dev/null'
deb=$(ls -t "$SRC"/build/package/claimledger_*.deb | head -n 1)
log "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

if [ ! -e "$CLEAN/.claimledger-clean" ]; then
    log "creating a clean Debian 13 root in $CLEAN (once)"
    as_root rm -rf "$CLEAN.partial"
    as_root debootstrap --variant=minbase "$SUITE" "$CLEAN.partial" ${DEBIAN_MIRROR:+"$DEBIAN_MIRROR"} >/dev/null
    as_root touch "$CLEAN.partial/.claimledger-clean"
    as_root mv "$CLEAN.partial" "$CLEAN"
fi

work=$(mktemp -d "$CACHE/package-check.XXXXXX")
trap 'as_root rm -rf "$work"' EXIT
as_root cp -a "$CLEAN/." "$work/"
as_root mkdir -p "$ARCHIVES/partial"

resolv=()
[ -e /etc/resolv.conf ] && resolv=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
log "installing it with apt into a copy of the clean root"
as_root env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    bwrap --bind "$work" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp "${resolv[@]}" \
    --bind "$ARCHIVES" /var/cache/apt/archives --ro-bind "$deb" /tmp/claimledger.deb --die-with-parent \
    sh -euc '
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends /tmp/claimledger.deb >/dev/null
        echo "installed: $(dpkg-query -W -f="\${Package} \${Version}" claimledger)"
        claimledger-cli --version
        claimledger-cli sample /tmp/Sample.claimledger >/dev/null
        claimledger-cli export /tmp/Sample.claimledger --format md > /tmp/report.md
        grep -q "3천억달러" /tmp/report.md
        echo "headless export: $(wc -l < /tmp/report.md) lines of Markdown"
        QT_QPA_PLATFORM=offscreen claimledger --version
        test -e /usr/share/mime/packages/org.example.claimledger.xml
        test -e /usr/share/applications/org.example.claimledger.desktop
    '
log "the package installs into a clean root and works"
