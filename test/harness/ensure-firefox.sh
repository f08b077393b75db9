#!/bin/sh
# Installs Debian's Firefox ESR for the Firefox browser tests when it is missing.
# Nothing downloads a browser of its own: puppeteer-core drives /usr/bin/firefox-esr over WebDriver BiDi.
set -e
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
echo "Installing Firefox ESR from Debian's packages (needs root or sudo)…" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
/usr/bin/firefox-esr --version >&2
