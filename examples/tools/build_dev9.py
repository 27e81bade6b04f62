#!/usr/bin/env python3
"""Builds the development split dev9 (eleventh writer) and its gold annotations.

Usage: python3 examples/tools/build_dev9.py        (writes examples/corpus/dev9/ and
       examples/gold/dev9.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev9.py --check (validates the committed gold only)

Written by an eleventh writer without knowledge of the extractor. All stories, outlets, people and
figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev9_kirnau  # noqa: E402
import dev9_mertz  # noqa: E402
import dev9_harland  # noqa: E402
import dev9_lichtblick  # noqa: E402

STORIES = [dev9_kirnau, dev9_mertz, dev9_harland, dev9_lichtblick]

if __name__ == "__main__":
    sys.exit(run_split("dev9", STORIES, sys.argv))
