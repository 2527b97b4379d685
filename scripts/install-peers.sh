#!/usr/bin/env bash
# Installs the real peers the browser, testssl and benchmark tests drive (PEERS.md): Debian's
# Chromium, testssl.sh, wrk and iproute2 (ip netns), Node.js with npm, and playwright-core in
# tests/Browser/node_modules from its committed package-lock.json (never a browser download:
# Playwright drives /usr/bin/chromium). Quick and silent when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-packages.sh chromium testssl.sh wrk iproute2

# Node.js: the machine's own when it is recent enough (playwright-core 1.61 needs 18 or later),
# otherwise Debian's nodejs and npm.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 18 ] || ! command -v npm >/dev/null; then
  scripts/install-packages.sh nodejs npm
fi

# playwright-core, exactly as locked; reinstalled only when the lock file changed since.
browser=tests/Browser
installed_lock=$browser/node_modules/.package-lock.json
if [ ! -f "$browser/node_modules/playwright-core/package.json" ] || [ "$browser/package-lock.json" -nt "$installed_lock" ]; then
  echo "Installing playwright-core into $browser/node_modules"
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error)
  touch "$installed_lock"
fi
