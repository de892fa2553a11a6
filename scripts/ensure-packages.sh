#!/usr/bin/env bash
# Installs the Debian packages given as arguments when some are missing.
# As root it runs apt-get itself; with passwordless sudo it uses sudo; otherwise it prints the command to run.
set -euo pipefail
missing=()
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "cvtrack needs these packages, and this system has no apt-get: ${missing[*]}" >&2
    echo "Install their equivalents (libgit2, cmark-gfm, libxml2, hunspell, libstemmer) with your package manager." >&2
    exit 2
fi
echo "Installing missing packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo)
else
    echo "Missing packages. Run this, then try again:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
