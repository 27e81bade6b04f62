#!/usr/bin/env python3
"""Selects the 10kGNAD articles of the German loaded-language splits `realframing-de` and
`heldout-realframing-de`.

Usage: python3 examples/tools/realframing_de_select.py [path/to/10kgnad-test.jsonl]

Reads only the `id`, the `label` and the word count of each line of ../shared/corpora/10kgnad-test.jsonl.
The pool: the articles labelled Inland, International, Panorama, Wirtschaft, Etat or Kultur with at least
150 words (whitespace tokens), minus every id any gold file on this corpus already used (all
examples/gold/*.json with "sharedCorpus": "corpora/10kgnad-test.jsonl" at the time: real, heldout-real, real2,
heldout-real3 — PRIOR_GOLD; only their `input` fields are read)
and minus positions 87-119 of real2_select.shuffled_pool() (reserved). The remaining ids are sorted,
shuffled with random.Random(2028) and the first 24 taken; positions 0, 2, 4, ... go to `realframing-de`
(a study split), 1, 3, 5, ... to `heldout-realframing-de` (held out). It prints the list in annotation
order (alternating between the splits). The selection was run once, before any article was read.
"""

import glob
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real2_select  # noqa: E402

DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "10kgnad-test.jsonl")
GOLD_DIR = os.path.join(HERE, "..", "gold")
SHARED_CORPUS = "corpora/10kgnad-test.jsonl"
LABELS = {"Inland", "International", "Panorama", "Wirtschaft", "Etat", "Kultur"}
MIN_WORDS = 150
RESERVED = range(87, 120)   # positions 87-119 of real2_select.shuffled_pool(): reserved
SEED = 2028
TAKE = 24
SPLITS = ("realframing-de", "heldout-realframing-de")
# The gold files on the corpus when the selection was run (the only ones then): later gold files, this
# selection's own included, must not change it.
PRIOR_GOLD = ("real3", "heldout-real3", "real", "real2")  # real3 was named heldout-real then


def used_ids(names=PRIOR_GOLD):
    """Ids that the gold files on the corpus already used (their `input` fields only)."""
    ids = set()
    for path in sorted(glob.glob(os.path.join(GOLD_DIR, "*.json"))):
        if os.path.splitext(os.path.basename(path))[0] not in names:
            continue
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        if gold.get("sharedCorpus") != SHARED_CORPUS:
            continue
        for art in gold.get("articles", []):
            ids.add(art["input"].split("#", 1)[1])
    return ids


def select(path=DEFAULT):
    pool = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            art = json.loads(line)
            if art["label"] in LABELS and len(art["text"].split()) >= MIN_WORDS:
                pool.append(art["id"])
    shuffled = real2_select.shuffled_pool(path)
    reserved = {shuffled[i] for i in RESERVED if i < len(shuffled)}
    taken = used_ids()
    rest = sorted(aid for aid in pool if aid not in taken and aid not in reserved)
    random.Random(SEED).shuffle(rest)
    return [(i, aid, SPLITS[i % 2]) for i, aid in enumerate(rest[:TAKE])]


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT
    if not os.path.exists(path):
        print(f"realframing_de_select: {path} not found (../shared/corpora is not present)")
        return 1
    for pos, aid, split in select(path):
        print(f"{pos:2d}  {split:22s} {aid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
