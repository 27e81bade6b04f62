#!/usr/bin/env python3
"""Builds the held-out split heldout3 (twelfth writer) and its gold annotations.

Usage: python3 examples/tools/build_heldout3.py         (writes examples/corpus/heldout3/ and
       examples/gold/heldout3.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout3.py --check (validates the committed gold only)

All stories, outlets, people, places and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import heldout3_tannenhof  # noqa: E402
import heldout3_bellamar  # noqa: E402
import heldout3_gefluegel  # noqa: E402
import heldout3_marisol  # noqa: E402

STORIES = [heldout3_tannenhof, heldout3_bellamar, heldout3_gefluegel, heldout3_marisol]

if __name__ == "__main__":
    sys.exit(run_split("heldout3", STORIES, sys.argv))
