#!/usr/bin/env bash
# Makes sure Debian's chromium and its chromedriver are installed for the browser tests of system-tests.
# Idempotent: does nothing when both are there; installs them with apt-get when running as root; otherwise says what
# to install. Run by Maven (exec-maven-plugin) before the integration tests of system-tests.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver

if [[ -x "$CHROMIUM" && -x "$CHROMEDRIVER" ]]; then
  echo "ensure-chromium: $CHROMIUM and $CHROMEDRIVER are installed"
  exit 0
fi

if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: the browser tests need $CHROMIUM and $CHROMEDRIVER, and this script can only install them" \
    "as root with apt-get. Install Debian's 'chromium' and 'chromium-driver' packages" \
    "(sudo apt-get install chromium chromium-driver), or skip the tests with -DskipITs." >&2
  exit 1
fi

install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
}

echo "ensure-chromium: installing chromium and chromium-driver with apt-get"
if ! install; then
  echo "ensure-chromium: install failed; refreshing the package lists and trying once more"
  apt-get update
  install
fi

if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
  echo "ensure-chromium: apt-get finished but $CHROMIUM or $CHROMEDRIVER is still missing" >&2
  exit 1
fi
echo "ensure-chromium: installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)"
