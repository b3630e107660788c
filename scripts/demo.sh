#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds both browsers' extensions and opens the reader on
# the bundled Urdu sample page in Chromium (see scripts/demo.ts). Works on a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then
  echo "Installing dependencies (npm ci)..."
  npm ci --no-audit --no-fund
fi
exec npx tsx scripts/demo.ts "$@"
