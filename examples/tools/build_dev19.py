#!/usr/bin/env python3
"""Builds the example split dev19 (by a twenty-third writer, written without knowledge of the extractor; this round's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev19.py        (writes examples/corpus/dev19/ and
       examples/gold/dev19.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev19.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also makes sure that every status occurs at least twice in the
split, that labels come from docs/VOCABULARY.md's lists used here, that each denial shares its group with a claim it
denies, and that the input files exist.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev19_stellwand  # noqa: E402
import dev19_varnfjell  # noqa: E402
import dev19_skarre  # noqa: E402
import dev19_zement  # noqa: E402
import dev19_ottenwiel  # noqa: E402

STORIES = [dev19_stellwand, dev19_varnfjell, dev19_skarre, dev19_zement, dev19_ottenwiel]

UNITS = {None, "person", "passenger", "aircraft", "boat", "company", "flat", "household", "job", "worker", "metre",
         "kilometre", "mile", "hectare", "acre", "square kilometre", "square mile", "tonne", "cubic metre", "megawatt",
         "kilometre per hour", "mile per hour", "eur", "usd", "percent", "year", "month", "week", "hour"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "evacuated", "deployed", "affected", "size", "distance", "cost", "fined", "paid",
            "duration", "employed", "increase", "decrease"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev19", STORIES, sys.argv, UNITS, MEASURES))
