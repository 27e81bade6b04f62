#!/usr/bin/env python3
"""Builds the example split dev30 (by a thirty-fourth writer, written without knowledge of the extractor; an unseen
yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev30.py        (writes examples/corpus/dev30/ and
       examples/gold/dev30.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev30.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: waechter.rss (the right-wing blog's items of the bridge and the verdict stories) and newsline.jsonl (an
aggregator's dump: Process Industry Weekly's HTML item of the spill story and Meridian Wire's text item of the verdict story)
are written by dev30_marsand.py; rbw-english.atom (the broadcaster's English entries of the heatwave and the cyberattack
stories) by dev30_hitze.py. The writer's conventions are in examples/dev30.md.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev30_hitze  # noqa: E402
import dev30_kvn  # noqa: E402
import dev30_marsand  # noqa: E402
import dev30_sauva  # noqa: E402
import dev30_sellin  # noqa: E402

STORIES = [dev30_sauva, dev30_sellin, dev30_marsand, dev30_kvn, dev30_hitze]

UNITS = {None, "person", "worker", "patient", "vehicle", "country", "litre", "cubic metre", "tonne", "kilometre", "mile",
         "metre", "foot", "millimetre", "percent", "degree", "eur", "usd", "year", "day"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "missing", "deployed", "affected", "employed", "distance", "size", "duration",
            "decrease", "increase", "fined", "paid", "cost"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev30", STORIES, sys.argv, UNITS, MEASURES))
