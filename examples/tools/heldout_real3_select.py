#!/usr/bin/env python3
"""Selects the 10kGNAD articles of the held-out claims split `heldout-real3`.

Usage: python3 examples/tools/heldout_real3_select.py [path/to/10kgnad-test.jsonl]

The same pool, shuffle and seed as real_select.py and real2_select.py (real2_select.shuffled_pool is
imported): the articles of International, Inland, Panorama or Wirtschaft with at least three figures,
shuffled with random.Random(2026). Positions 0-59 are `real` and `heldout-real`, 60-86 `real2`;
`heldout-real3` takes positions 87, 88, 89, ... in that order, which is the order of annotation.
Positions 87-119 are reserved for it (left out of the study copies). It prints the list.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_select  # noqa: E402
import real2_select  # noqa: E402

FIRST = 87   # positions 60-86 are real2
LAST = 119   # positions 87-119 are reserved for this split
TAKE = LAST - FIRST + 1


def select(path=real_select.DEFAULT, take=TAKE):
    pool = real2_select.shuffled_pool(path)
    return pool[FIRST:FIRST + take], len(pool)


def main(argv):
    path = argv[1] if len(argv) > 1 else real_select.DEFAULT
    if not os.path.exists(path):
        print(f"heldout_real3_select: {path} not found (../shared/corpora is not present)")
        return 1
    chosen, pool = select(path)
    print(f"pool: {pool} articles; heldout-real3 takes shuffled positions {FIRST}.. in annotation order")
    for i, aid in enumerate(chosen):
        print(f"{FIRST + i:3d}  heldout-real3 {aid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
