#!/usr/bin/env python3
"""Builds the held-out example corpus and its gold annotations.

Usage: python3 examples/tools/build_dev3.py        (writes examples/corpus/dev3/ and
       examples/gold/dev3.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev3.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev3_lusaria  # noqa: E402
import dev3_mervania  # noqa: E402
import dev3_sarnak  # noqa: E402
import dev3_aurelia  # noqa: E402

STORIES = [dev3_lusaria, dev3_mervania, dev3_sarnak, dev3_aurelia]

if __name__ == "__main__":
    sys.exit(run_split("dev3", STORIES, sys.argv))
