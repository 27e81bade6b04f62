#!/usr/bin/env python3
"""Builds the example split dev21 (by a twenty-fifth writer, written without knowledge of the extractor; round 26's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev21.py        (writes examples/corpus/dev21/ and
       examples/gold/dev21.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev21.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev21_brannau  # noqa: E402
import dev21_tornelund  # noqa: E402
import dev21_marroe  # noqa: E402
import dev21_veltrup  # noqa: E402
import dev21_ardelsund  # noqa: E402

STORIES = [dev21_brannau, dev21_tornelund, dev21_marroe, dev21_veltrup, dev21_ardelsund]

UNITS = {None, "person", "animal", "aircraft", "container", "vehicle", "station", "metre", "kilometre", "mile",
         "square kilometre", "square mile", "hectare", "acre", "tonne", "litre", "degree", "kilometre per hour",
         "eur", "usd", "percent", "year", "day", "hour"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "captured", "deployed", "affected", "paid", "pledged",
            "cost", "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev21", STORIES, sys.argv, UNITS, MEASURES))
