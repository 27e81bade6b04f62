#!/usr/bin/env python3
"""Builds the example split dev22 (by a twenty-sixth writer, written without knowledge of the extractor; round 27's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev22.py        (writes examples/corpus/dev22/ and
       examples/gold/dev22.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev22.py --check (validates the committed gold only)

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
import dev22_kravenau  # noqa: E402
import dev22_pellvik  # noqa: E402
import dev22_norlotto  # noqa: E402
import dev22_estbruck  # noqa: E402
import dev22_velocor  # noqa: E402

STORIES = [dev22_kravenau, dev22_pellvik, dev22_norlotto, dev22_estbruck, dev22_velocor]

UNITS = {None, "person", "worker", "vehicle", "phone call", "metre", "square metre", "hectare", "kilometre", "mile", "kilometre per hour",
         "mile per hour", "eur", "usd", "gbp", "percent", "week", "day", "hour", "minute"}
MEASURES = {None, "killed", "wounded", "deployed", "evacuated", "arrested", "paid", "cost", "increase", "duration",
            "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev22", STORIES, sys.argv, UNITS, MEASURES))
