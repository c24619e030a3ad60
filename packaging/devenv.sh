#!/usr/bin/env bash
# Runs a command in ClaimLedger's build environment:  packaging/devenv.sh CMD [ARG...]
#
# ClaimLedger needs Qt >= 6.8 and KF6 SyntaxHighlighting, which Debian packages from
# Debian 13 (trixie) on. On such a host the packages listed in packaging/build-deps.txt
# are installed natively and CMD runs as it is. On an older host (Debian 12) a Debian 13
# root is created once with debootstrap, kept outside the checkout, and CMD runs inside
# it with bubblewrap, seeing the checkout, ../shared (when present) and $HOME at their
# own absolute paths, plus the desktop's display sockets, fonts and locale.
#
# Environment:
#   CLAIMLEDGER_CACHE   cache folder for the root and ccache
#                       (default: ${XDG_CACHE_HOME:-$HOME/.cache}/claimledger)
#   CLAIMLEDGER_DEVENV  force "native" or "root" instead of detecting the host
#   DEBIAN_MIRROR       mirror for debootstrap (default: debootstrap's own)
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
DEPS_FILE=$SRC/packaging/build-deps.txt
SUITE=trixie
CACHE=${CLAIMLEDGER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/claimledger}
ROOT=$CACHE/$SUITE-root
CCACHE_FOLDER=$CACHE/ccache
READY_STAMP=.claimledger-ready

SETUP_LOG=$CACHE/setup.log

log() { printf 'devenv: %s\n' "$*" >&2; }

# Runs a setup step with its output in $SETUP_LOG; shows the log's end if it fails.
logged() {
    local what=$1
    shift
    log "$what"
    mkdir -p "$CACHE" 2>/dev/null || as_root mkdir -p "$CACHE"
    printf '\n== %s: %s\n' "$(date -u +%FT%TZ)" "$what" | as_root tee -a "$SETUP_LOG" >/dev/null
    if ! "$@" 2>&1 | as_root tee -a "$SETUP_LOG" >/dev/null; then
        tail -n 30 "$SETUP_LOG" >&2
        die "$what failed; the full log is $SETUP_LOG"
    fi
}
die() { printf 'devenv: error: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$DEPS_FILE" | grep -v '^$'; }

# The ready stamp records which package list the root was completed with, so editing
# build-deps.txt brings an existing root up to date instead of rebuilding it.
deps_digest() { { echo "$SUITE"; packages | LC_ALL=C sort; } | sha256sum | cut -c1-16; }

as_root() {
    if [ "$(id -u)" = 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "root rights are needed to run: $*"
    fi
}

host_is_native() {
    case "${CLAIMLEDGER_DEVENV:-}" in
        native) return 0 ;;
        root) return 1 ;;
        "") ;;
        *) die "CLAIMLEDGER_DEVENV must be 'native' or 'root', not '$CLAIMLEDGER_DEVENV'" ;;
    esac
    [ -r /etc/os-release ] || return 1
    local id version codename
    id=$(. /etc/os-release && echo "${ID:-}")
    version=$(. /etc/os-release && echo "${VERSION_ID:-}")
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    [ "$id" = debian ] || return 1
    # testing and unstable carry no VERSION_ID; their codename is not bookworm or older
    if [ -z "$version" ]; then
        case "$codename" in buster | bullseye | bookworm) return 1 ;; *) return 0 ;; esac
    fi
    [ "${version%%.*}" -ge 13 ]
}

missing_native_packages() {
    local pkg
    for pkg in $(packages); do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' \
            || echo "$pkg"
    done
}

ensure_native() {
    local missing
    missing=$(missing_native_packages)
    [ -z "$missing" ] && return 0
    logged "updating the package lists" as_root apt-get update
    # shellcheck disable=SC2086
    logged "installing missing packages: $(echo $missing)" \
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
}

ensure_host_tools() {
    local need=()
    command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || need+=(debootstrap)
    command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
    command -v flock >/dev/null 2>&1 || need+=(util-linux)
    [ ${#need[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 \
        || die "this host has no apt-get; install ${need[*]} by hand, or run on Debian 13"
    logged "updating the host's package lists" as_root apt-get update
    logged "installing host tools: ${need[*]}" \
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
}

# bwrap into ROOT as root, for package management.
root_admin() {
    local resolv=()
    [ -e /etc/resolv.conf ] && resolv=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
    as_root env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive \
        bwrap --bind "$ROOT" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp "${resolv[@]}" \
        --die-with-parent "$@"
}

root_is_ready() { [ "$(cat "$ROOT/$READY_STAMP" 2>/dev/null)" = "$(deps_digest)" ]; }

create_root() {
    local partial=$ROOT.partial
    # A partial root is what an interrupted debootstrap left behind: start it again.
    as_root rm -rf "$partial"
    local mirror=()
    [ -n "${DEBIAN_MIRROR:-}" ] && mirror=("$DEBIAN_MIRROR")
    logged "creating a Debian 13 build root in $ROOT (once; about half a minute)" \
        as_root debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$partial" "${mirror[@]}"
    as_root mv "$partial" "$ROOT"
}

install_root_packages() {
    # dpkg --configure -a finishes whatever an interrupted earlier run left half done.
    logged "installing the build packages into the root (about a minute)" \
        root_admin sh -c 'dpkg --configure -a && apt-get update && apt-get install -y --no-install-recommends "$@"' \
        sh $(packages)
    deps_digest | as_root tee "$ROOT/$READY_STAMP.new" >/dev/null
    as_root mv "$ROOT/$READY_STAMP.new" "$ROOT/$READY_STAMP"
}

# Generates the caller's locale in the root so Qt sees the same language and encoding.
ensure_root_locale() {
    local wanted=${LC_ALL:-${LANG:-}}
    case "$wanted" in "" | C | C.* | POSIX) return 0 ;; esac
    local name=${wanted%%.*} charset=UTF-8
    [ "$wanted" != "$name" ] && charset=${wanted#*.}
    grep -qx "$name.$charset $charset" "$ROOT/etc/locale.gen" 2>/dev/null && return 0
    grep -q "^# *$name.$charset $charset\$" "$ROOT/usr/share/i18n/SUPPORTED" 2>/dev/null \
        || grep -qx "$name.$charset $charset" "$ROOT/usr/share/i18n/SUPPORTED" 2>/dev/null || return 0
    echo "$name.$charset $charset" | as_root tee -a "$ROOT/etc/locale.gen" >/dev/null
    # A missing locale is no reason to stop: Qt then runs in C.UTF-8.
    (logged "generating the locale $name.$charset in the root" root_admin locale-gen) \
        || log "continuing with C.UTF-8"
}

ensure_root() {
    root_is_ready && { ensure_root_locale; return 0; }
    mkdir -p "$CACHE" 2>/dev/null || as_root mkdir -p "$CACHE"
    exec 9>"$CACHE/.lock" || die "cannot write to $CACHE"
    flock -n 9 || { log "waiting for another devenv run to finish setting up..."; flock 9; }
    if ! root_is_ready; then
        ensure_host_tools
        [ -d "$ROOT" ] || create_root
        install_root_packages
    fi
    flock -u 9
    ensure_root_locale
}

run_in_root() {
    mkdir -p "$CCACHE_FOLDER"
    local args=(--bind "$ROOT" / --dev /dev --proc /proc --perms 1777 --tmpfs /tmp --die-with-parent)
    [ -e /etc/resolv.conf ] && args+=(--ro-bind /etc/resolv.conf /etc/resolv.conf)
    # Home holds the settings and recent files of the application run inside.
    [ -d "$HOME" ] && [ "$HOME" != / ] && args+=(--bind "$HOME" "$HOME")
    args+=(--bind "$SRC" "$SRC")
    [ -d "$SRC/../shared" ] && args+=(--ro-bind "$(cd "$SRC/../shared" && pwd -P)" "$(cd "$SRC/../shared" && pwd -P)")
    # Paths relative to the checkout in ccache's hashes, so every clone shares the cache.
    args+=(--bind "$CCACHE_FOLDER" "$CCACHE_FOLDER" --setenv CCACHE_DIR "$CCACHE_FOLDER"
        --setenv CCACHE_BASEDIR "$SRC" --setenv CCACHE_NOHASHDIR true)
    # The desktop: X11 and Wayland sockets, the X authority file, host fonts.
    [ -d /tmp/.X11-unix ] && args+=(--bind /tmp/.X11-unix /tmp/.X11-unix)
    [ -n "${XAUTHORITY:-}" ] && [ -e "$XAUTHORITY" ] && args+=(--ro-bind "$XAUTHORITY" "$XAUTHORITY")
    [ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] && args+=(--bind "$XDG_RUNTIME_DIR" "$XDG_RUNTIME_DIR")
    [ -d /usr/share/fonts ] && args+=(--ro-bind /usr/share/fonts /usr/local/share/fonts)
    local cwd=$PWD
    case "$cwd" in "$SRC" | "$SRC"/* | "$HOME" | "$HOME"/*) ;; *) cwd=$SRC ;; esac
    args+=(--chdir "$cwd" --setenv PATH /usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        --unsetenv LD_LIBRARY_PATH --unsetenv LD_PRELOAD --unsetenv QT_PLUGIN_PATH
        --setenv CLAIMLEDGER_DEVENV_ACTIVE root)
    local wanted=${LC_ALL:-${LANG:-}}
    if [ -n "$wanted" ] && ! grep -qx "${wanted%%.*}.* .*" "$ROOT/etc/locale.gen" 2>/dev/null; then
        case "$wanted" in C | C.* | POSIX) ;; *) args+=(--setenv LANG C.UTF-8 --unsetenv LC_ALL) ;; esac
    fi
    exec bwrap "${args[@]}" "$@"
}

main() {
    case "${1:-}" in
        -h | --help) usage; exit 0 ;;
        "") usage >&2; exit 2 ;;
    esac
    if [ -n "${CLAIMLEDGER_DEVENV_ACTIVE:-}" ]; then
        exec "$@"   # already inside the environment
    fi
    if host_is_native; then
        ensure_native
        export CCACHE_DIR=${CCACHE_DIR:-$CCACHE_FOLDER} CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SRC} \
            CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true} CLAIMLEDGER_DEVENV_ACTIVE=native
        exec "$@"
    fi
    ensure_root
    run_in_root "$@"
}

main "$@"
