#!/usr/bin/env python3
"""Builds the example split dev29 (by a thirty-third writer, written without knowledge of the extractor; round 34's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev29.py        (writes examples/corpus/dev29/ and
       examples/gold/dev29.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev29.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also runs dev3_lib.label_checks: every status at least twice in the
split, labels from docs/VOCABULARY.md's lists used here, each denial with a denying party and beside a claim it denies,
every group with a denial `disputed`, every input file present.

Shared files: rki-english.atom (the broadcaster's English items of the Sarnwald fire and the Brannfeld mine stories) is
written by dev29_brannfeld.py; klartext.rss (the right-wing blog's items of the Velmar count and the Sarnwald fire) and
newsdeck.jsonl (a news aggregator's dump: Farm Week's HTML item of the bird-flu story and the Kelvaria Courier's text item of
the fire story) by dev29_sarnwald.py. The writer's conventions are in examples/dev29.md.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_checked_split  # noqa: E402
import dev29_bahnstreik  # noqa: E402
import dev29_brannfeld  # noqa: E402
import dev29_gefluegelpest  # noqa: E402
import dev29_sarnwald  # noqa: E402
import dev29_velmar  # noqa: E402

STORIES = [dev29_brannfeld, dev29_sarnwald, dev29_velmar, dev29_bahnstreik, dev29_gefluegelpest]

UNITS = {None, "person", "worker", "firefighter", "passenger", "animal", "business", "house", "vehicle", "aircraft", "vote",
         "postal ballot", "polling station", "job", "metre", "foot", "kilometre", "hectare", "acre", "percent", "degree",
         "kilometre per hour", "mile per hour", "eur", "year", "day", "hour"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "missing", "deployed", "employed", "evacuated", "displaced",
            "destroyed", "burned", "affected", "pledged", "cost", "won", "turnout", "cut", "increase", "duration", "size"}


if __name__ == "__main__":
    sys.exit(run_checked_split("dev29", STORIES, sys.argv, UNITS, MEASURES))
