#!/usr/bin/env python3
"""Builds the example split heldout2 (a held-out split by a ninth writer) and its gold annotations.

Usage: python3 examples/tools/build_heldout2.py        (writes examples/corpus/heldout2/ and
       examples/gold/heldout2.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout2.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import heldout2_tessenau  # noqa: E402
import heldout2_grauhofen  # noqa: E402
import heldout2_fennbrueck  # noqa: E402
import heldout2_karbenfeld  # noqa: E402
import heldout2_starnwitz  # noqa: E402

STORIES = [heldout2_tessenau, heldout2_grauhofen, heldout2_fennbrueck, heldout2_karbenfeld, heldout2_starnwitz]

if __name__ == "__main__":
    sys.exit(run_split("heldout2", STORIES, sys.argv))
