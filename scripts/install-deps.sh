#!/usr/bin/env bash
# Installs the system packages Parallax builds against (libxml2 and zlib development files) when they are
# missing. Safe to run again: it does nothing when everything is there.
set -euo pipefail
missing=()
pkg-config --exists libxml-2.0 || missing+=(libxml2-dev)
pkg-config --exists zlib || missing+=(zlib1g-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
