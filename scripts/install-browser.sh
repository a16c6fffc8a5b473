#!/usr/bin/env bash
# Debian's Chromium and ChromeDriver for the browser tests, at the version the suite was last run with.
# When the archive has moved past that version, the current one is taken with a warning rather than
# failing the set-up. Needs root, or sudo.
set -euo pipefail
PIN="156.0.8078.114-1~deb12u1"
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ]; then
    AS_ROOT=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null; then
    AS_ROOT=(sudo DEBIAN_FRONTEND=noninteractive)
else
    echo "browser tests need Debian's chromium and chromium-driver: as root, apt-get install chromium chromium-driver" >&2
    exit 1
fi
"${AS_ROOT[@]}" apt-get update -qq
if ! "${AS_ROOT[@]}" apt-get install -y -qq --no-install-recommends "chromium=$PIN" "chromium-driver=$PIN" >/dev/null; then
    echo "warning: chromium $PIN is no longer in the archive; installing the current version" >&2
    "${AS_ROOT[@]}" apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null
fi
