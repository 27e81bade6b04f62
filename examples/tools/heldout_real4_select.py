#!/usr/bin/env python3
"""Selects the 10kGNAD articles of the held-out claims split `heldout-real4` (a fourth annotator).

Usage: python3 examples/tools/heldout_real4_select.py [path/to/10kgnad-test.jsonl]

The same pool, shuffle and seed as real_select.py / real2_select.py (`real2_select.shuffled_pool` is
imported): the articles of International, Inland, Panorama or Wirtschaft with at least three figures,
shuffled with random.Random(2026). Positions 0-86 are `real`, `real3` (formerly `heldout-real`) and
`real2`, 87-119 `heldout-real3`; positions 120-159 are reserved for `heldout-real4`, which takes 120, 121,
122, ... in that order, SKIPPING any id that a gold file on this corpus already uses (PRIOR_GOLD: every
examples/gold/*.json with "sharedCorpus": "corpora/10kgnad-test.jsonl" when the selection was run; only
their `input` fields are read, through `realframing_de_select.used_ids`). The printed order is the order
of annotation. The selection was run once, before any article was read.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_select  # noqa: E402
import reserved_select  # noqa: E402

FIRST = 120            # positions 120-159 of the shuffled pool are reserved for this split
LAST = 160
# The gold files on the corpus when the selection was run (2026-11-22); later gold files, this split's
# own included, must not change it.
PRIOR_GOLD = ("real", "real2", "real3", "heldout-real3", "realframing-de", "heldout-realframing-de")


def select(path=real_select.DEFAULT, take=LAST - FIRST):
    """[(shuffled position, id)] of the split in annotation order (at most `take`)."""
    return reserved_select.select(path, FIRST, LAST, PRIOR_GOLD, take)


def main(argv):
    return reserved_select.main(argv, script="heldout_real4_select", split="heldout-real4", first=FIRST, last=LAST,
                                prior_gold=PRIOR_GOLD, select_split=select)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
