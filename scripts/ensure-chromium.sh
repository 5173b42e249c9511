#!/bin/sh
# Headless Chromium for the HTML report's browser tests and `npm run bench:report`
# (docs/benchmarks.md). Exits 0 at once when it is installed; otherwise installs Debian's
# package with apt-get (as root, or through sudo). CI runs this before the tests: a fresh
# machine has no browser, and the browser tests fail loudly without one when CI=true.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "ensure-chromium: $CHROMIUM is missing and this user cannot install it (not root, no sudo)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Chromium and set CHROMIUM_PATH" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Debian's package is `chromium`; Ubuntu's runners ship `chromium-browser` as a snap stub, so
# try the Debian name first and report clearly when neither gives a binary.
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null || $SUDO apt-get install -y -qq chromium-browser >/dev/null || true
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
for alt in /usr/bin/chromium-browser /snap/bin/chromium; do
  if [ -x "$alt" ]; then
    echo "ensure-chromium: installed at $alt; set CHROMIUM_PATH=$alt" >&2
    exit 0
  fi
done
echo "ensure-chromium: could not install Chromium" >&2
exit 1
