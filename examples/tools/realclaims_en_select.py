#!/usr/bin/env python3
"""Selects the NewsWCL50 articles of the English real-text claims splits `realclaims-en` and
`heldout-realclaims-en`.

Usage: python3 examples/tools/realclaims_en_select.py [path/to/newswcl50.jsonl]

It reads only the `id` of each of the 50 articles of ../shared/corpora/newswcl50.jsonl, removes the 12
ids of `heldout-real-en` (the held-out split of the loaded-language gold, which must never be studied),
sorts the remaining 38, shuffles them with random.Random(2027), takes the first 20 and assigns them
alternately: positions 0, 2, 4, ... to `realclaims-en`, 1, 3, 5, ... to `heldout-realclaims-en`. It
prints both lists in annotation order. The selection was run once, before any article was read.
"""

import json
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newswcl50.jsonl")

# The articles of heldout-real-en: never studied, so never annotated here.
EXCLUDED = {"4_R", "4_RR", "2_R", "8_M", "0_RR", "3_RR", "9_LL", "0_M", "3_R", "1_R", "8_RR", "5_L"}
SEED = 2027
TAKE = 20


def select(path=DEFAULT):
    ids = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.append(json.loads(line)["id"])
    pool = sorted(i for i in ids if i not in EXCLUDED)
    random.Random(SEED).shuffle(pool)
    chosen = pool[:TAKE]
    return chosen[0::2], chosen[1::2], len(pool)


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT
    if not os.path.exists(path):
        print(f"realclaims_en_select: {path} not found (../shared/corpora is not present)")
        return 1
    dev, heldout, pool = select(path)
    print(f"pool: {pool} articles; order of annotation alternates realclaims-en / heldout-realclaims-en")
    for i, (a, b) in enumerate(zip(dev, heldout)):
        print(f"{i:2d}  realclaims-en {a:6s}  heldout-realclaims-en {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
