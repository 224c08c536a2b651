#!/usr/bin/env bash
# Installs the Debian 12 packages Prilavok needs to build, test and run; installs nothing when all
# are present. Idempotent: safe to run before every build.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config dpkg-dev file
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-serialport-dev qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libboost-dev libzxing-dev libsqlite3-dev libsodium-dev libcurl4-openssl-dev libpq-dev libssl-dev zlib1g-dev libgtest-dev
    libcli11-dev libxlsxwriter-dev libzip-dev libexpat1-dev
    libxkbcommon-dev libgl1-mesa-dev
    xvfb xauth socat fonts-dejavu-core clang-format
    unzip poppler-utils
    postgresql
    chromium chromium-driver
)

# The web cabinet (cabinet/web) builds with Node.js and npm. A Node.js installed another way (for
# example NodeSource's, which carries its own npm) is used as it is: Debian's npm would conflict with it.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: node is installed but npm is not; install npm the way node was installed" >&2
    exit 1
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "install-deps: this script expects Debian 12 (apt and dpkg); install the packages by hand:" >&2
    echo "  ${packages[*]}" >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are present"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-deps: run as root or install sudo; missing: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
