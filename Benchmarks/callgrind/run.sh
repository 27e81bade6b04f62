#!/bin/sh
# Instruction counts of one benchmark under callgrind (load-independent, unlike the timings on a shared host).
# valgrind 3.19 writes into the signal mask libdispatch passes to sigsuspend (read-only memory) and crashes on
# the benchmark's async main; the shim's sigsuspend copies the mask first.
# Usage: Benchmarks/callgrind/run.sh OUT.callgrind [callgrind options] -- BENCHMARK ARGS…
# e.g.   Benchmarks/callgrind/run.sh /tmp/f.out \
#          --collect-atstart=no '--toggle-collect=$s15ParallaxFraming0B8AnalyzerV7analyze_6claims0A5Model7ArticleVAH_SayAF5ClaimVGtF' \
#          -- framing /tmp/small.jsonl --repeat 1
set -e
here=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
options=""
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do options="$options $1"; shift; done
[ "$1" = "--" ] && shift
shim=${TMPDIR:-/tmp}/parallax-sigsuspend-shim.so
cc -shared -fPIC -O2 -o "$shim" "$here/sigsuspend-shim.c"
# shellcheck disable=SC2086
LD_PRELOAD="$shim" valgrind --tool=callgrind --callgrind-out-file="$out" $options .build/release/ParallaxBenchmarks "$@"
