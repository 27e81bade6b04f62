#!/usr/bin/env python3
"""Builds the example split dev13 (by a seventeenth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev13.py        (writes examples/corpus/dev13/ and
       examples/gold/dev13.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev13.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev13_hollmersfeld  # noqa: E402
import dev13_varnholm  # noqa: E402
import dev13_lindhausen  # noqa: E402
import dev13_orsee  # noqa: E402
import dev13_weilsee  # noqa: E402

STORIES = [dev13_hollmersfeld, dev13_varnholm, dev13_lindhausen, dev13_orsee, dev13_weilsee]

if __name__ == "__main__":
    sys.exit(run_split("dev13", STORIES, sys.argv))
