#!/usr/bin/env bash
# The server's browser tests drive Debian's Chromium through chromedriver (both from Debian, no download at run time).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
