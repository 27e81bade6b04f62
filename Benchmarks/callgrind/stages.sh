#!/bin/sh
# Instruction counts of the claims and framing stages, for comparing two release builds at a merge. Wall times on a
# shared 2-core host wander by 20–50 % from one minute to the next; instruction counts do not (round 22: a rule that
# made the claims stage 13 % dearer was invisible in five timed pairs and plain in one callgrind run).
#
# Usage (from the package directory): Benchmarks/callgrind/stages.sh [RELEASE_DIR …]
#   RELEASE_DIR: a directory with ParallaxBenchmarks and its Parallax_*.resources (default .build/release); give two to
#   compare an old and a new build side by side.
# Data: the first 150 articles of the 10kGNAD study copy (claims), the same plus the NewsWCL50 study copy (framing),
# made by scripts/study_corpus.py, so no held-out article is read. Prints one line per build and stage: the inclusive
# instructions of `ClaimExtractor.extract` (inside the claims benchmark's timed loop) and of `FramingAnalyzer.analyze`.
# Needs valgrind (`apt-get install valgrind`) and a C compiler for the sigsuspend shim (see run.sh).
set -e
here=$(cd "$(dirname "$0")" && pwd)
work=${TMPDIR:-/tmp}/parallax-stage-instructions
mkdir -p "$work"
[ "$#" -gt 0 ] || set -- .build/release
command -v valgrind > /dev/null || { echo "stages.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

if [ ! -s "$work/study/10kgnad-test.jsonl" ]; then
    python3 scripts/study_corpus.py "$work/study" > /dev/null
fi
head -150 "$work/study/10kgnad-test.jsonl" > "$work/claims.jsonl"
cat "$work/claims.jsonl" "$work/study/newswcl50.jsonl" > "$work/framing.jsonl"
shim=$work/sigsuspend-shim.so
cc -shared -fPIC -O2 -o "$shim" "$here/sigsuspend-shim.c"

claims_loop='$s18ParallaxBenchmarks15ClaimsBenchmarkO3runyySaySSGYaKFZyyXEfU1_'
claims_symbol='ClaimExtractorV7extract4from'
framing_symbol='$s15ParallaxFraming0B8AnalyzerV7analyze_6claims0A5Model7ArticleVAH_SayAF5ClaimVGtF'

inclusive() { # OUT SYMBOL-PATTERN: the inclusive count of the first function whose name contains the pattern
    callgrind_annotate --inclusive=yes "$1" 2> /dev/null | grep -F -- "$2" | head -1 | awk '{ print $1 }'
}

for build in "$@"; do
    [ -x "$build/ParallaxBenchmarks" ] || { echo "stages.sh: no ParallaxBenchmarks in $build" >&2; exit 1; }
    tag=$(echo "$build" | tr '/.' '__')
    LD_PRELOAD="$shim" valgrind --tool=callgrind --callgrind-out-file="$work/claims$tag.out" --collect-atstart=no \
        "--toggle-collect=$claims_loop" "$build/ParallaxBenchmarks" claims --corpus "$work/claims.jsonl" --rounds 1 \
        > "$work/claims$tag.log" 2>&1
    LD_PRELOAD="$shim" valgrind --tool=callgrind --callgrind-out-file="$work/framing$tag.out" --collect-atstart=no \
        "--toggle-collect=$framing_symbol" "$build/ParallaxBenchmarks" framing "$work/framing.jsonl" --repeat 1 \
        > "$work/framing$tag.log" 2>&1
    printf '%s\tclaims extract %s\tframing analyze %s\n' "$build" \
        "$(inclusive "$work/claims$tag.out" "$claims_symbol")" "$(inclusive "$work/framing$tag.out" "$framing_symbol")"
done
