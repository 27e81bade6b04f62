#!/usr/bin/env python3
"""Selects the 10kGNAD articles of the `real2` claims split.

Usage: python3 examples/tools/real2_select.py [path/to/10kgnad-test.jsonl]

The same pool, shuffle and seed as real_select.py (its functions are imported): the articles of
International, Inland, Panorama or Wirtschaft with at least three figures, shuffled with
random.Random(2026). Positions 0-59 of the shuffled pool are `real` and `heldout-real`; `real2` takes
positions 60, 61, 62, ... in that order, which is the order of annotation. It prints the list.
"""

import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_select  # noqa: E402

FIRST = real_select.TAKE  # 60: the positions before are real and heldout-real
TAKE = 30                 # printed; annotated in order as far as the annotator got (examples/real2.md)


def shuffled_pool(path=real_select.DEFAULT):
    import json
    pool = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            art = json.loads(line)
            if art["label"] in real_select.LABELS and real_select.figure_count(art["text"]) >= 3:
                pool.append(art["id"])
    random.Random(real_select.SEED).shuffle(pool)
    return pool


def select(path=real_select.DEFAULT, take=TAKE):
    pool = shuffled_pool(path)
    # the same 60 as real_select.select(): real and heldout-real
    real, heldout, _ = real_select.select(path)
    assert set(pool[:FIRST]) == set(real) | set(heldout)
    return pool[FIRST:FIRST + take], len(pool)


def main(argv):
    path = argv[1] if len(argv) > 1 else real_select.DEFAULT
    if not os.path.exists(path):
        print(f"real2_select: {path} not found (../shared/corpora is not present)")
        return 1
    chosen, pool = select(path)
    print(f"pool: {pool} articles; real2 takes shuffled positions {FIRST}.. in annotation order")
    for i, aid in enumerate(chosen):
        print(f"{FIRST + i:3d}  real2 {aid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
