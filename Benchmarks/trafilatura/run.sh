#!/usr/bin/env bash
# Runs trafilatura 2.3.1 (fast mode) and parallax-bench html on html-eval, one core each, side by side.
# Usage: Benchmarks/trafilatura/run.sh [CORPUS_DIR] [SPLIT]   (defaults: ../shared/corpora/html-eval, all)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-$root/../shared/corpora/html-eval}"
split="${2:-all}"
venv="$root/Benchmarks/.venv-trafilatura"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "trafilatura==2.3.1" lxml_html_clean
fi
cd "$root"
swift build -c release --product ParallaxBenchmarks >/dev/null
echo "# one core (taskset -c 0), split $split, corpus $corpus"
taskset -c 0 "$venv/bin/python" "$root/Benchmarks/trafilatura/evaluate.py" "$corpus" --split "$split"
taskset -c 0 "$root/.build/release/ParallaxBenchmarks" html --corpus "$corpus" --split "$split"
