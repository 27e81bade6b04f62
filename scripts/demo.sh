#!/usr/bin/env bash
# Sets up and runs the demo: analyses the bundled example corpus and prints the Markdown report.
# Extra arguments go to `parallax demo` (e.g. --format html).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product parallax
.build/release/parallax demo "$@"
