"""Straightforward MinHash-LSH near-duplicate detection with datasketch, for comparison with Parallax.

Reads a JSON Lines corpus written by `parallax-bench stories --write-jsonl`, builds word-pair shingles
of the lower-cased title and text, a 64-permutation MinHash per article (datasketch's `bulk`), and an
LSH index with 16 bands of 4 rows; counts pairs whose estimated Jaccard is at least 0.5 — the same
parameters as `parallax-bench stories --dedup-only`. Prints the time and the pairs found.
Written by the Parallax team.
"""
import json
import re
import sys
import time

from datasketch import MinHash, MinHashLSH

WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text):
    words = WORD.findall(text.lower())
    if len(words) < 2:
        return [w.encode("utf-8") for w in words]
    return [(words[i] + " " + words[i + 1]).encode("utf-8") for i in range(len(words) - 1)]


def main(path):
    items = [json.loads(line) for line in open(path, encoding="utf-8")]
    start = time.perf_counter()
    sets = [shingles(item["title"] + " " + item["text"]) for item in items]
    sketches = MinHash.bulk(sets, num_perm=64)
    lsh = MinHashLSH(num_perm=64, params=(16, 4))
    pairs = 0
    for number, sketch in enumerate(sketches):
        for other in lsh.query(sketch):
            if sketch.jaccard(sketches[other]) >= 0.5:
                pairs += 1
        lsh.insert(number, sketch)
    seconds = time.perf_counter() - start
    print(f"dedup: datasketch {len(items)} articles in {seconds:.2f} s ({len(items) / seconds:.0f} articles/s), {pairs} near-duplicate pairs")
    return seconds


if __name__ == "__main__":
    main(sys.argv[1])
