#!/usr/bin/env bash
# npm test: every test the project has, in one command, on a fresh machine.
#   1. make sure Debian's Chromium and the CJK fonts are there (install them as root, else fail
#      with a one-line instruction: browser tests are never skipped silently);
#   2. build the datasets and the site (npm run build);
#   3. run the unit tests (vite.config.ts) and the browser tests (vitest.browser.config.ts);
#   4. print, as the very last line, "N passed, N failed" summed over both runs.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS=test-results
mkdir -p "$RESULTS"
rm -f "$RESULTS/unit.json" "$RESULTS/browser.json"

problems=()

if ! bash scripts/test/ensureBrowser.sh; then
  problems+=("browser dependencies missing: as root run: apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk")
fi

echo "== build"
if ! npm run -s build; then
  problems+=("npm run build failed (see above)")
fi

echo "== unit tests"
./node_modules/.bin/vitest run --config vite.config.ts \
  --reporter=default --reporter=json --outputFile.json="$RESULTS/unit.json" </dev/null

if [ ${#problems[@]} -eq 0 ]; then
  echo "== browser tests"
  ./node_modules/.bin/vitest run --config vitest.browser.config.ts \
    --reporter=default --reporter=json --outputFile.json="$RESULTS/browser.json" </dev/null
else
  echo "== browser tests not run: ${problems[*]}" >&2
fi

for p in "${problems[@]}"; do echo "test: $p" >&2; done
# Prints the closing line and exits non-zero on any failure, a missing run or zero tests.
./node_modules/.bin/tsx scripts/test/sumTestResults.ts "$RESULTS/unit.json" "$RESULTS/browser.json" -- "${problems[@]}"
