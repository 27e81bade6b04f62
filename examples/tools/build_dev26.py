#!/usr/bin/env python3
"""Builds the example split dev26 (by a thirtieth writer, written without knowledge of the extractor; round 31's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev26.py        (writes examples/corpus/dev26/ and
       examples/gold/dev26.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev26.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: nri-english.atom (the broadcaster's items of the Tamsfeld, Löhnsee and Brakhafen stories) is written by
dev26_brakhafen.py; feedwise.jsonl (one item) by dev26_tamsfeld.py; roter-faden.rss (one item) by dev26_marktwerk.py.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev26_hagenmoor  # noqa: E402
import dev26_tamsfeld  # noqa: E402
import dev26_loehnsee  # noqa: E402
import dev26_marktwerk  # noqa: E402
import dev26_brakhafen  # noqa: E402

STORIES = [dev26_hagenmoor, dev26_tamsfeld, dev26_loehnsee, dev26_marktwerk, dev26_brakhafen]

UNITS = {None, "person", "child", "worker", "suspect", "passenger", "offence", "branch", "container", "metre", "kilometre",
         "mile", "foot", "centimetre", "inch", "tonne", "kilometre per hour", "mile per hour", "eur", "usd", "percent",
         "week", "day", "hour", "minute"}
MEASURES = {None, "wounded", "killed", "killed or wounded", "rescued", "deployed", "affected", "arrested", "cost", "paid",
            "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev26", STORIES, sys.argv, UNITS, MEASURES))
