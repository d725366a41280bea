#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core (no browser download).
# Installs it when missing and we are root; otherwise says how.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  exit 0
fi
echo "The end-to-end tests need Chromium at /usr/bin/chromium (Debian/Ubuntu: sudo apt-get install chromium)." >&2
exit 1
