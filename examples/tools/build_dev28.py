#!/usr/bin/env python3
"""Builds the example split dev28 (by a thirty-second writer, written without knowledge of the extractor; round 33's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev28.py        (writes examples/corpus/dev28/ and
       examples/gold/dev28.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev28.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: lri-english.atom (the broadcaster's English items of the Dornegg bus and Selvtal hail stories) is written by
dev28_hagel.py; lavrenia-news.jsonl (a news aggregator's dump: the Harkenfeld Herald's item of the festival story and
Lavrenia Unspun's item of the pension story) by dev28_pensionskasse.py; buergerstimme.rss (one item) by dev28_hagel.py.
The writer's conventions are in examples/dev28.md.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev28_dornegg  # noqa: E402
import dev28_hagel  # noqa: E402
import dev28_harkenfeld  # noqa: E402
import dev28_pensionskasse  # noqa: E402
import dev28_quendal  # noqa: E402

STORIES = [dev28_dornegg, dev28_hagel, dev28_harkenfeld, dev28_pensionskasse, dev28_quendal]

UNITS = {None, "person", "child", "patient", "firefighter", "household", "house", "vehicle", "aircraft", "metre",
         "kilometre", "mile", "foot", "centimetre", "millimetre", "inch", "hectare", "acre", "litre", "percent",
         "kilometre per hour", "mile per hour", "eur", "year", "month", "week", "day", "hour", "minute"}
MEASURES = {None, "killed", "wounded", "deployed", "affected", "infected", "damaged", "cost", "paid", "pledged", "raised",
            "sold", "decrease", "increase", "duration", "distance", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev28", STORIES, sys.argv, UNITS, MEASURES))
