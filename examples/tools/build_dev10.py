#!/usr/bin/env python3
"""Builds the example split dev10 (by a ninth writer; held out as heldout2 until 2026-11-22, now a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev10.py        (writes examples/corpus/dev10/ and
       examples/gold/dev10.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev10.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev10_tessenau  # noqa: E402
import dev10_grauhofen  # noqa: E402
import dev10_fennbrueck  # noqa: E402
import dev10_karbenfeld  # noqa: E402
import dev10_starnwitz  # noqa: E402

STORIES = [dev10_tessenau, dev10_grauhofen, dev10_fennbrueck, dev10_karbenfeld, dev10_starnwitz]

if __name__ == "__main__":
    sys.exit(run_split("dev10", STORIES, sys.argv))
