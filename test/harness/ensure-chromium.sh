#!/bin/sh
# Installs Debian's Chromium for the browser tests and the demo when it is missing.
# Nothing downloads a browser of its own: playwright-core drives /usr/bin/chromium.
set -e
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Chromium from Debian's packages (needs root or sudo)…" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version >&2
