#!/usr/bin/env python3
"""The selection shared by the held-out real-text splits that take reserved positions of the shuffled 10kGNAD pool.

A split owns positions FIRST..LAST-1 of `real2_select.shuffled_pool` (the pool, shuffle and seed of
real_select.py) and takes them in order, skipping every id a gold file on the corpus already used when the
selection was run (only the `input` fields of those gold files are read, through
`realframing_de_select.used_ids`). Used by heldout_real4_select.py and heldout_real5_select.py.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import real2_select  # noqa: E402
import realframing_de_select  # noqa: E402


def select(path, first, last, prior_gold, take):
    """[(shuffled position, id)] of the split in annotation order (at most `take`)."""
    pool = real2_select.shuffled_pool(path)
    used = realframing_de_select.used_ids(prior_gold)
    out = []
    for pos in range(first, min(last, len(pool))):
        if pool[pos] in used:
            continue
        out.append((pos, pool[pos]))
        if len(out) == take:
            break
    return out


def main(argv, *, script, split, first, last, prior_gold, select_split):
    """Prints the selection of `split` (`select_split(path)`), one line per article; 1 without the corpus."""
    import real_select
    path = argv[1] if len(argv) > 1 else real_select.DEFAULT
    if not os.path.exists(path):
        print(f"{script}: {path} not found (../shared/corpora is not present)")
        return 1
    chosen = select_split(path)
    print(f"{split} takes shuffled positions {first}..{last - 1}, skipping ids of {', '.join(prior_gold)}")
    for i, (pos, aid) in enumerate(chosen):
        print(f"{i:2d}  pos {pos:3d}  {split} {aid}")
    return 0
