#!/bin/sh
# Installs Debian's Chromium for the browser tests and the demo when it is missing, with what the
# UI-language tests need: chromium-l10n (Chromium's own translations: without them LANGUAGE=vi,
# zh_CN or fa leaves the browser, and so the extension's _locales choice, in English),
# fonts-wqy-microhei (Chinese text in screenshots) and fonts-dejavu-core (Vietnamese and Persian).
# Nothing downloads a browser of its own: playwright-core drives /usr/bin/chromium.
set -e
MISSING=""
[ -x /usr/bin/chromium ] || MISSING="$MISSING chromium"
[ -e /usr/lib/chromium/locales/fa.pak ] || MISSING="$MISSING chromium-l10n"
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || MISSING="$MISSING fonts-wqy-microhei"
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || MISSING="$MISSING fonts-dejavu-core"
if [ -z "$MISSING" ]; then exit 0; fi
echo "Installing from Debian's packages:$MISSING (needs root or sudo)…" >&2
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING >/dev/null
/usr/bin/chromium --version >&2
