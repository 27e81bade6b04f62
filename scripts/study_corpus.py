#!/usr/bin/env python3
"""Writes copies of the shared real corpora without the articles of held-out and check splits.

Usage: python3 scripts/study_corpus.py OUTDIR [--also SPLIT,...]

Rules studied on real text (10kGNAD, NewsWCL50) are checked by diffing Parallax's output over the whole
corpus before and after a change. Those corpora also hold the articles of the real-text gold splits, so a
whole-corpus diff shows sentences of held-out articles to whoever reads it. This script reads only the
`input` ids of the gold files (examples/gold/*.json with a `sharedCorpus`) whose split name starts with
`heldout`, plus those of the splits named with `--also` (a round's check splits, e.g. `real2`), plus the
10kGNAD articles reserved for held-out gold (positions 87-199 of the shuffled pool of
examples/tools/real_select.py, after `real`, `real3` (once `heldout-real`) and `real2`), and writes OUTDIR/<corpus file
name> without those articles. It prints counts only, never ids or text.
"""

import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(ROOT, "..", "shared")


def excluded_ids(also):
    """The article ids, per shared corpus file, of the held-out splits and of the splits in `also`."""
    excluded = {}
    gold_dir = os.path.join(ROOT, "examples", "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        split = name[: -len(".json")]
        if not (split.startswith("heldout") or split in also):
            continue
        with open(os.path.join(gold_dir, name), encoding="utf-8") as f:
            gold = json.load(f)
        corpus = gold.get("sharedCorpus")
        if not corpus:
            continue
        ids = excluded.setdefault(os.path.basename(corpus), set())
        for article in gold.get("articles", []):
            ids.add(article["input"].split("#", 1)[1])
    return excluded


RESERVED_POSITIONS = range(87, 200)  # 87-119 heldout-real3, 120-159 heldout-real4, 160-199 heldout-real5


def reserved_ids():
    """The 10kGNAD ids at the reserved positions of the shuffled real-text pool (empty without ../shared)."""
    sys.path.insert(0, os.path.join(ROOT, "examples", "tools"))
    import real2_select  # noqa: E402
    path = os.path.join(SHARED, "corpora", "10kgnad-test.jsonl")
    if not os.path.exists(path):
        return set()
    pool = real2_select.shuffled_pool(path)
    return {str(pool[i]) for i in RESERVED_POSITIONS if i < len(pool)}


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out = argv[1]
    also = set()
    if "--also" in argv:
        also = set(argv[argv.index("--also") + 1].split(","))
    os.makedirs(out, exist_ok=True)
    excluded = excluded_ids(also)
    excluded.setdefault("10kgnad-test.jsonl", set()).update(reserved_ids())
    for corpus in ("10kgnad-test.jsonl", "newswcl50.jsonl"):
        source = os.path.join(SHARED, "corpora", corpus)
        if not os.path.exists(source):
            print(f"{corpus}: not found under ../shared/corpora, skipped")
            continue
        drop = excluded.get(corpus, set())
        kept = dropped = 0
        with open(source, encoding="utf-8") as f, open(os.path.join(out, corpus), "w", encoding="utf-8") as w:
            for line in f:
                if not line.strip():
                    continue
                if str(json.loads(line).get("id")) in drop:
                    dropped += 1
                    continue
                w.write(line)
                kept += 1
        print(f"{corpus}: kept {kept}, left out {dropped} articles of held-out or check splits")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
