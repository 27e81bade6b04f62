#!/usr/bin/env python3
"""Selects the NewsWCL50 articles of the loaded-language splits `real-en` and `heldout-real-en`.

Usage: python3 examples/tools/realframing_select.py [path/to/newswcl50.jsonl]

Reads only the `id` field of each line of ../shared/corpora/newswcl50.jsonl (50 real English
articles: 10 events x 5 US outlets), shuffles the ids with random.Random(2026), takes the first 24
and assigns them alternately: positions 0, 2, 4, ... to `real-en`, 1, 3, 5, ... to
`heldout-real-en`. It prints the list in annotation order (alternating between the splits). The
selection was run once, before any article was read.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newswcl50.jsonl")
SEED = 2026
TAKE = 24


def select(path):
    with open(path, encoding="utf-8") as f:
        ids = [json.loads(line)["id"] for line in f if line.strip()]
    random.Random(SEED).shuffle(ids)
    chosen = ids[:TAKE]
    return [(i, aid, "real-en" if i % 2 == 0 else "heldout-real-en") for i, aid in enumerate(chosen)]


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT
    for pos, aid, split in select(path):
        print(f"{pos:2d}  {split:16s} {aid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
