#!/usr/bin/env python3
"""Builds the example split dev18 (by a twenty-second writer, written without knowledge of the extractor; this round's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev18.py        (writes examples/corpus/dev18/ and
       examples/gold/dev18.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev18.py --check (validates the committed gold only)

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
import dev18_rabenfurt  # noqa: E402
import dev18_tolvik  # noqa: E402
import dev18_hochmarn  # noqa: E402
import dev18_pruefung  # noqa: E402
import dev18_luftraum  # noqa: E402

STORIES = [dev18_rabenfurt, dev18_tolvik, dev18_hochmarn, dev18_pruefung, dev18_luftraum]

UNITS = {None, "person", "animal", "flat", "report", "complaint", "household", "metre", "kilometre", "hectare", "acre",
         "square kilometre", "square mile", "eur", "usd", "percent", "year", "week", "day", "hour", "minute",
         "firefighter", "child", "flight", "passenger", "worker", "job", "airport"}
MEASURES = {None, "killed", "wounded", "rescued", "evacuated", "deployed", "affected", "missing", "size", "distance",
            "cost", "paid", "duration", "cut", "employed", "increase", "decrease", "arrested", "cancelled"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev18", STORIES, sys.argv, UNITS, MEASURES))
