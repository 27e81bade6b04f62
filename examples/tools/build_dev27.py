#!/usr/bin/env python3
"""Builds the example split dev27 (by a thirty-first writer, written without knowledge of the extractor; round 32's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev27.py        (writes examples/corpus/dev27/ and
       examples/gold/dev27.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev27.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: seravia-today-english.atom (the broadcaster's items of the Kallö, Schwarzkluft and Marbeck tax stories) is
written by dev27_grundsteuer.py; newsloop.jsonl (one item) by dev27_schwarzkluft.py; meeresruf.rss (one item) by
dev27_kalloe.py.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev27_marbeck  # noqa: E402
import dev27_kalloe  # noqa: E402
import dev27_schwarzkluft  # noqa: E402
import dev27_grundsteuer  # noqa: E402
import dev27_ostwinkel  # noqa: E402

STORIES = [dev27_marbeck, dev27_kalloe, dev27_schwarzkluft, dev27_grundsteuer, dev27_ostwinkel]

UNITS = {None, "person", "worker", "patient", "animal", "ship", "metre", "kilometre", "mile", "foot", "tonne",
         "kilometre per hour", "mile per hour", "eur", "usd", "week", "day", "hour", "minute"}
MEASURES = {None, "killed", "wounded", "evacuated", "deployed", "rescued", "affected", "employed", "cost", "paid",
            "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev27", STORIES, sys.argv, UNITS, MEASURES))
