#!/usr/bin/env bash
# Installs what the test suite needs and a fresh machine may lack: PostgreSQL (pg_virtualenv), Debian's Chromium,
# Node.js/npm (the IDE page is built from npm packages). Uses the distribution's packages only.
set -euo pipefail
missing=()
command -v pg_virtualenv >/dev/null 2>&1 || missing+=(postgresql postgresql-common)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
