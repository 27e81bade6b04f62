#!/usr/bin/env bash
# Sets up and runs the demo: analyses the bundled example corpus and prints the Markdown report.
# Extra arguments go to `parallax demo` (e.g. --format html). Set-up and build messages go to standard
# error, so standard output is the report alone.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh >&2
swift build -c release --product parallax >&2
.build/release/parallax demo "$@"
