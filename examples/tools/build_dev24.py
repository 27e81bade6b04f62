#!/usr/bin/env python3
"""Builds the example split dev24 (by a twenty-eighth writer, written without knowledge of the extractor; round 29's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev24.py        (writes examples/corpus/dev24/ and
       examples/gold/dev24.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev24.py --check (validates the committed gold only)

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
import dev24_pelnitz  # noqa: E402
import dev24_hovelund  # noqa: E402
import dev24_elmar  # noqa: E402
import dev24_ossmark  # noqa: E402
import dev24_brakel  # noqa: E402

STORIES = [dev24_pelnitz, dev24_hovelund, dev24_elmar, dev24_ossmark, dev24_brakel]

UNITS = {None, "person", "child", "firefighter", "worker", "household", "vehicle", "ship", "metre", "centimetre",
         "kilometre", "mile", "eur", "usd", "percent", "year", "month", "week", "day"}
MEASURES = {None, "wounded", "evacuated", "deployed", "affected", "damaged", "pledged", "cost", "duration", "distance",
            "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev24", STORIES, sys.argv, UNITS, MEASURES))
