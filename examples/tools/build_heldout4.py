#!/usr/bin/env python3
"""Builds the held-out example split heldout4 and its gold annotations.

Usage: python3 examples/tools/build_heldout4.py        (writes examples/corpus/heldout4/ and
       examples/gold/heldout4.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout4.py --check (validates the committed gold only)

Written by a thirteenth writer, without knowledge of the extractor. All stories, outlets, people and
figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import heldout4_legionella  # noqa: E402
import heldout4_gondola  # noqa: E402
import heldout4_gondola_old  # noqa: E402
import heldout4_drought  # noqa: E402
import heldout4_toll  # noqa: E402

STORIES = [heldout4_legionella, heldout4_gondola, heldout4_gondola_old, heldout4_drought, heldout4_toll]

if __name__ == "__main__":
    sys.exit(run_split("heldout4", STORIES, sys.argv))
