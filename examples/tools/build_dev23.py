#!/usr/bin/env python3
"""Builds the example split dev23 (by a twenty-seventh writer, written without knowledge of the extractor; round 28's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev23.py        (writes examples/corpus/dev23/ and
       examples/gold/dev23.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev23.py --check (validates the committed gold only)

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
import dev23_varesk  # noqa: E402
import dev23_halmer  # noqa: E402
import dev23_sarnau  # noqa: E402
import dev23_brennau  # noqa: E402
import dev23_lindtal  # noqa: E402

STORIES = [dev23_varesk, dev23_halmer, dev23_sarnau, dev23_brennau, dev23_lindtal]

UNITS = {None, "person", "metre", "centimetre", "kilometre", "mile", "hectare", "acre", "kilometre per hour",
         "mile per hour", "tonne", "eur", "usd", "percent", "month", "week", "hour", "minute", "contract"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "infected", "deployed", "evacuated", "destroyed", "affected",
            "pledged", "sold", "cost", "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev23", STORIES, sys.argv, UNITS, MEASURES))
