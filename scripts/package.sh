#!/usr/bin/env bash
# Builds Rebound's Debian package from a Release build and validates it (desktop file, AppStream
# metadata, lintian). With --install-check it also installs the package with apt-get, runs the
# installed programs, removes it with --purge and checks that nothing it installed is left: this
# changes the system, so it needs root and is meant for CI machines and throwaway containers.
#
#   bash scripts/package.sh [--install-check] [--build-dir DIR] [--reuse-build] [--out DIR]
#
# Defaults: a Release build in build/package, the .deb written to build/package/deb.
# --reuse-build packages an existing, already built tree as it is (for example CI's build/release
# after scripts/test.sh) instead of configuring and building. Exit status 0 when every check
# passed. docs/PACKAGING.md records a run.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD

install_check=0
reuse_build=0
build_dir=build/package
out_dir=
while [ $# -gt 0 ]; do
    case $1 in
        --install-check) install_check=1 ;;
        --reuse-build) reuse_build=1 ;;
        --build-dir) build_dir=$2; shift ;;
        --out) out_dir=$2; shift ;;
        -h | --help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "package.sh: unknown argument '$1'" >&2; exit 64 ;;
    esac
    shift
done
out_dir=${out_dir:-$build_dir/deb}
app_id=org.rebound.Rebound

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'package.sh: FAILED: %s\n' "$*" >&2; exit 1; }

if [ "$(id -u)" -eq 0 ]; then
    bash scripts/deps.sh
fi

if [ $reuse_build -eq 1 ]; then
    [ -f "$build_dir/CPackConfig.cmake" ] || fail "$build_dir is not a configured build tree"
    step "Packaging the existing build in $build_dir ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt"))"
else
    step "Release build in $build_dir (programs, icons, man pages; no tests)"
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREBOUND_BUILD_TESTS=OFF \
        -DREBOUND_BUILD_BENCH=OFF "${launcher[@]}" >/dev/null
    cmake --build "$build_dir" -j "$(nproc)"
fi

step "cpack -G DEB"
rm -rf "$out_dir"
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
(cd "$build_dir" && cpack -G DEB -B "$out_dir")
debs=("$out_dir"/rebound_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one rebound_*.deb in $out_dir"
deb=${debs[0]}
dpkg-deb --info "$deb"
echo "size: $(stat -c %s "$deb") bytes; installed size: $(dpkg-deb --field "$deb" Installed-Size) KiB"

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "packaging/$app_id.desktop" && echo "desktop file: valid"
appstreamcli validate --no-net "packaging/$app_id.metainfo.xml"

step "lintian"
lintian_out=$(lintian --tag-display-limit 0 --display-info --show-overrides "$deb" 2>&1) || true
printf '%s\n' "$lintian_out"
if grep -q '^[EW]: ' <<<"$lintian_out"; then
    fail "lintian reports errors or warnings"
fi
echo "lintian: no errors, no warnings"

if [ $install_check -eq 0 ]; then
    echo
    echo "package: $deb"
    exit 0
fi

step "install check: apt-get install $deb"
[ "$(id -u)" -eq 0 ] || fail "--install-check needs root (it installs and removes the package)"
if dpkg-query -W -f='${Status}' rebound 2>/dev/null | grep -q ' installed$'; then
    fail "a rebound package is already installed; remove it first, this check must not replace it"
fi
# Directories that exist before the installation are not the package's to remove.
existing_dirs=$(mktemp)
installed_files=$(mktemp)
home=$(mktemp -d)
trap 'rm -rf "$existing_dirs" "$installed_files" "$home"' EXIT
dpkg-deb --contents "$deb" | awk '$1 ~ /^d/ { sub(/^\./, "", $6); sub(/\/$/, "", $6); print $6 }' |
    while read -r dir; do
        if [ -n "$dir" ] && [ -d "$dir" ]; then echo "$dir"; fi
    done >"$existing_dirs"

export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$deb"
dpkg-query -W -f='${Status} ${Version}\n' rebound
dpkg -L rebound | tee "$installed_files"

step "installed programs"
[ "$(command -v rebound)" = /usr/bin/rebound ] || fail "rebound is not /usr/bin/rebound"
version=$(rebound-cli --version)
echo "$version"
[ "$version" = "rebound-cli $(dpkg-deb --field "$deb" Version | sed 's/-[^-]*$//')" ] ||
    fail "rebound-cli --version printed '$version'"
# Every command but bounce is in the commands module, which rebound-cli finds from its own path.
rebound-cli dns --help >/dev/null || fail "rebound-cli dns --help (the commands module) exited with $?"
echo "rebound-cli dns --help: exit 0 (the commands module was found)"
# A fresh HOME: the smoke test must not read or write anyone's settings and history.
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share QT_QPA_PLATFORM=offscreen \
    timeout 60 rebound --smoke-test || fail "rebound --smoke-test exited with $?"
echo "rebound --smoke-test: exit 0 (offscreen)"
man -w rebound rebound-cli
bash -c 'source /usr/share/bash-completion/bash_completion
    _completion_loader rebound-cli
    complete -p rebound-cli' || fail "bash does not load the rebound-cli completion"
desktop-file-validate "/usr/share/applications/$app_id.desktop" && echo "installed desktop file: valid"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml"
grep -q "message/rfc822=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null &&
    echo "mimeinfo.cache: message/rfc822 -> $app_id.desktop" ||
    echo "mimeinfo.cache: not updated (update-desktop-database not installed)"

step "apt-get remove --purge rebound"
apt-get remove --purge -y rebound
if dpkg-query -W -f='${Status}' rebound 2>/dev/null | grep -qv 'not-installed'; then
    fail "dpkg still knows rebound: $(dpkg-query -W -f='${Status}' rebound)"
fi
left=0
while read -r path; do
    [ "$path" = /. ] && continue
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        # A directory may stay when it existed before or another package owns it.
        if grep -qxF "$path" "$existing_dirs" || dpkg -S "$path" >/dev/null 2>&1; then
            continue
        fi
        echo "left behind: directory $path"
        left=1
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"
        left=1
    fi
done <"$installed_files"
[ $left -eq 0 ] || fail "files were left behind after purge"
echo "purged: none of the $(wc -l <"$installed_files") paths the package installed is left"
if grep -q "$app_id.desktop" /usr/share/applications/mimeinfo.cache 2>/dev/null; then
    fail "mimeinfo.cache still names $app_id.desktop"
fi

echo
echo "package: $deb (installed, ran and removed cleanly)"
