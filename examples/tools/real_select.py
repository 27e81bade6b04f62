#!/usr/bin/env python3
"""Selects the 10kGNAD articles of the `real` and `heldout-real` claims splits.

Usage: python3 examples/tools/real_select.py [path/to/10kgnad-test.jsonl]

From ../shared/corpora/10kgnad-test.jsonl it takes the articles whose section (`label`) is
International, Inland, Panorama or Wirtschaft and whose text holds at least three figures (a run of
digits that is not a four-digit year 1800-2099, or a German number word such as "zwei", "Dutzende",
"Millionen"), shuffles them with random.Random(2026), takes the first 60 and assigns them
alternately: positions 0, 2, 4, ... to `real`, 1, 3, 5, ... to `heldout-real`. It prints both lists
in annotation order. The selection was run once, before any article was read.
"""

import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "10kgnad-test.jsonl")

LABELS = {"International", "Inland", "Panorama", "Wirtschaft"}
SEED = 2026
TAKE = 60

NUMBER_WORDS = {
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig",
    "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert",
    "tausend", "dutzend", "dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende",
    "million", "millionen", "milliarde", "milliarden", "billion", "billionen",
}
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")
YEAR = re.compile(r"(?:18|19|20)\d\d")


def figure_count(text):
    n = 0
    for m in DIGITS.finditer(text):
        if not YEAR.fullmatch(m.group(0)):
            n += 1
    for m in WORD.finditer(text):
        if m.group(0).lower() in NUMBER_WORDS:
            n += 1
    return n


def select(path=DEFAULT):
    pool = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            art = json.loads(line)
            if art["label"] in LABELS and figure_count(art["text"]) >= 3:
                pool.append(art["id"])
    random.Random(SEED).shuffle(pool)
    chosen = pool[:TAKE]
    return chosen[0::2], chosen[1::2], len(pool)


def main(argv):
    path = argv[1] if len(argv) > 1 else DEFAULT
    if not os.path.exists(path):
        print(f"real_select: {path} not found (../shared/corpora is not present)")
        return 1
    real, heldout, pool = select(path)
    print(f"pool: {pool} articles; order of annotation alternates real / heldout-real")
    for i, (a, b) in enumerate(zip(real, heldout)):
        print(f"{i:2d}  real {a:20s}  heldout-real {b}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
