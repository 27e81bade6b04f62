#!/usr/bin/env python3
"""Builds the held-out example corpus (the fourth writer's split) and its gold annotations.

Usage: python3 examples/tools/build_heldout.py        (writes examples/corpus/heldout/ and
       examples/gold/heldout.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
Held out: never read these articles or their gold while tuning.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import heldout_brennstedt  # noqa: E402
import heldout_kelland  # noqa: E402
import heldout_solven  # noqa: E402
import heldout_merze  # noqa: E402
import heldout_lindach  # noqa: E402

STORIES = [heldout_brennstedt, heldout_kelland, heldout_solven, heldout_merze, heldout_lindach]

if __name__ == "__main__":
    sys.exit(run_split("heldout", STORIES, sys.argv))
