#!/usr/bin/env python3
"""Builds the held-out split heldout5 (by a fourteenth writer, written without knowledge of the extractor) and its
gold annotations. Held out: never read these articles or this gold while tuning Parallax.

Usage: python3 examples/tools/build_heldout5.py        (writes examples/corpus/heldout5/ and
       examples/gold/heldout5.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout5.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import heldout5_pellwitz  # noqa: E402
import heldout5_kaldonia  # noqa: E402
import heldout5_kessling  # noqa: E402
import heldout5_ebersau  # noqa: E402
import heldout5_haldeck  # noqa: E402

STORIES = [heldout5_pellwitz, heldout5_kaldonia, heldout5_kessling, heldout5_ebersau, heldout5_haldeck]

if __name__ == "__main__":
    sys.exit(run_split("heldout5", STORIES, sys.argv))
