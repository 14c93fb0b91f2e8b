#!/usr/bin/env bash
# The browser tests drive Debian's chromium through its chromedriver. A fresh machine has
# neither; when the build runs as root (CI, containers) or with password-less sudo, install them.
set -euo pipefail
chromium=${1:-/usr/bin/chromium}
driver=${2:-/usr/bin/chromedriver}
[[ -x $chromium && -x $driver ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "Browser tests need $chromium and $driver: install the Debian packages chromium and chromium-driver." >&2
    exit 1
  fi
fi
echo "Installing chromium and chromium-driver for the browser tests (apt-get)"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
