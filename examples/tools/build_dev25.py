#!/usr/bin/env python3
"""Builds the example split dev25 (by a twenty-ninth writer, written without knowledge of the extractor; round 30's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev25.py        (writes examples/corpus/dev25/ and
       examples/gold/dev25.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev25.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: apr-english.atom (the broadcaster's items of the Harvesund, Kärnwald and Orbeck stories) is written by
dev25_orbeck.py; newsdrift.jsonl (one item) by dev25_harvesund.py.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev25_harvesund  # noqa: E402
import dev25_ostwalden  # noqa: E402
import dev25_kaernwald  # noqa: E402
import dev25_gravelin  # noqa: E402
import dev25_orbeck  # noqa: E402

STORIES = [dev25_harvesund, dev25_ostwalden, dev25_kaernwald, dev25_gravelin, dev25_orbeck]

UNITS = {None, "person", "child", "worker", "suspect", "passenger", "flight", "drone", "building", "tree", "metre",
         "kilometre", "mile", "foot", "square metre", "square foot", "hectare", "acre", "cubic metre", "eur", "usd",
         "percent", "year", "month", "week", "hour", "minute"}
MEASURES = {None, "wounded", "deployed", "affected or killed", "affected", "arrested", "damaged", "killed", "decrease", "pledged", "paid", "cost",
            "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev25", STORIES, sys.argv, UNITS, MEASURES))
