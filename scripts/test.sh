#!/usr/bin/env bash
# The one command that runs every test: `npm test`.
# Installs Debian's chromium, firefox-esr, fonts-noto-core and epubcheck when missing and running as root; otherwise says
# exactly what to install. It never silently skips the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/lib/chromium/chromium ] || need+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || need+=(firefox-esr)
command -v fc-list >/dev/null 2>&1 && fc-list | grep -q "Noto Nastaliq" || need+=(fonts-noto-core)
# EPUBCheck validates the EPUB export (the unit test says plainly when it is missing).
command -v epubcheck >/dev/null 2>&1 || need+=(epubcheck)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${need[*]} (Debian packages) for the browser and export tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "The browser and export tests need: ${need[*]}" >&2
    echo "Install them with: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi

[ -d node_modules ] || npm ci --no-audit --no-fund

if [ -d "${SAAF_CORPUS:-../shared/corpus}" ]; then
  echo "Corpus found at ${SAAF_CORPUS:-../shared/corpus}: corpus-wide checks will run."
else
  echo "No corpus at ${SAAF_CORPUS:-../shared/corpus}: corpus-wide checks are skipped (the project's own fixtures still run)."
fi

echo "== typecheck"; npm run --silent typecheck
# The layer rule (who may import what) and the module-cycle check are part of lint: eslint.config.js.
echo "== lint (ESLint with the layer rule, no module cycles)"; npm run --silent lint
echo "== format check (Prettier)"; npm run --silent format:check
echo "== unit tests"; npx vitest run
echo "== build (production + e2e builds)"; npm run --silent build >/dev/null
npx wxt build -b chrome --mode e2e >/dev/null && npx wxt build -b firefox --mode e2e >/dev/null
# Mozilla's add-on linter on the production Firefox build: 0 errors and 0 manifest warnings.
echo "== web-ext lint (Firefox build)"; npx tsx scripts/lint-firefox.ts .output/firefox-mv3
# The built e2e extension in Debian's Chromium and Firefox ESR (tests/e2e/README.md). One browser
# only: npx vitest run --config tests/e2e/vitest.config.ts -t chromium
echo "== end-to-end tests (Chromium and Firefox ESR)"
npx vitest run --config tests/e2e/vitest.config.ts
