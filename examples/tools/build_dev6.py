#!/usr/bin/env python3
"""Builds the dev6 example corpus and its gold annotations (seventh writer).

Usage: python3 examples/tools/build_dev6.py        (writes examples/corpus/dev6/ and
       examples/gold/dev6.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev6.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev6_oriana  # noqa: E402
import dev6_merren  # noqa: E402
import dev6_hollbrueck  # noqa: E402
import dev6_warnel  # noqa: E402

STORIES = [dev6_oriana, dev6_merren, dev6_hollbrueck, dev6_warnel]

if __name__ == "__main__":
    sys.exit(run_split("dev6", STORIES, sys.argv))
