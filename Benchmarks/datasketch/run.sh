#!/usr/bin/env bash
# Compares Parallax's MinHash-LSH deduplication (and its whole story clustering) with a
# straightforward datasketch implementation on the same synthetic corpus.
# Usage: Benchmarks/datasketch/run.sh [COUNT]   (default 100000), from anywhere in the repository.
# Creates its own virtual environment in Benchmarks/.venv-datasketch (git-ignored).
set -euo pipefail
count="${1:-100000}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/Benchmarks/.venv-datasketch"
corpus="${TMPDIR:-/tmp}/parallax-stories-$count.jsonl"

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --upgrade pip
    "$venv/bin/pip" install --quiet datasketch
fi

cd "$root"
swift build -c release --product ParallaxBenchmarks > /dev/null
bench="$(swift build -c release --show-bin-path)/ParallaxBenchmarks"
"$bench" stories --count "$count" --write-jsonl "$corpus"

parallax_line="$("$bench" stories --count "$count" --dedup-only)"
echo "$parallax_line"
python_line="$("$venv/bin/python" "$root/Benchmarks/datasketch/dedup.py" "$corpus")"
echo "$python_line"
"$bench" stories --count "$count" --threads 1

parallax_seconds="$(echo "$parallax_line" | sed -E 's/.* in ([0-9.]+) s .*/\1/')"
python_seconds="$(echo "$python_line" | sed -E 's/.* in ([0-9.]+) s .*/\1/')"
python3 -c "import sys; p, d = float(sys.argv[1]), float(sys.argv[2]); print(f'ratio: datasketch / parallax = {d / p:.1f}x (parallax {p:.2f} s, datasketch {d:.2f} s)')" "$parallax_seconds" "$python_seconds"
