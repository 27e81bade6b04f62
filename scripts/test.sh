#!/usr/bin/env bash
# Sets up and runs the whole test suite. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# The HTML report is checked in a real browser: headless Chromium from Debian. Without it (no package
# source reachable) that one test skips with a message; everything else still runs.
if ! command -v chromium >/dev/null 2>&1; then
  scripts/install-deps.sh chromium || echo "chromium could not be installed; the browser check will skip" >&2
fi
# The example corpus's gold annotations are consistent with their articles (python3, no packages).
for builder in examples/tools/build_*.py; do python3 "$builder" --check; done
# Second annotations (examples/agreement/) name only articles of their split and parse as JSON Lines.
for second in examples/agreement/*.jsonl; do
  split=$(basename "$second" .jsonl); python3 examples/tools/agreement.py "${split%-*}" "$second" > /dev/null
done
python3 examples/tools/test_agreement.py
swift build --build-tests
swift test --skip-build
