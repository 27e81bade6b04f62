#!/usr/bin/env python3
"""Builds the example split dev20 (by a twenty-fourth writer, written without knowledge of the extractor; round 25's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev20.py        (writes examples/corpus/dev20/ and
       examples/gold/dev20.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev20.py --check (validates the committed gold only)

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
import dev20_glimmstein  # noqa: E402
import dev20_ravelsund  # noqa: E402
import dev20_halmstein  # noqa: E402
import dev20_korlev  # noqa: E402
import dev20_ostrand  # noqa: E402

STORIES = [dev20_glimmstein, dev20_ravelsund, dev20_halmstein, dev20_korlev, dev20_ostrand]

UNITS = {None, "person", "passenger", "suspect", "sailor", "boat", "ship", "vehicle", "year", "flight", "metre", "kilometre", "mile", "centimetre",
         "square kilometre", "square mile", "eur", "usd", "percent", "month", "hour", "minute", "second"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "deployed", "arrested", "missing", "damaged", "cost",
            "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev20", STORIES, sys.argv, UNITS, MEASURES))
