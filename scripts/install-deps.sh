#!/usr/bin/env bash
# Installs the system packages Parallax builds against (libxml2 and zlib development files) when they are
# missing, plus any extra Debian packages named as arguments. Does nothing when everything is there.
set -euo pipefail
missing=()
command -v pkg-config >/dev/null || missing+=(pkg-config)
if command -v pkg-config >/dev/null; then
  pkg-config --exists libxml-2.0 || missing+=(libxml2-dev)
  pkg-config --exists zlib || missing+=(zlib1g-dev)
else
  missing+=(libxml2-dev zlib1g-dev)
fi
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || missing+=("$extra")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
