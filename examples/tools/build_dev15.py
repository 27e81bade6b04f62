#!/usr/bin/env python3
"""Builds the example split dev15 (by a nineteenth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev15.py        (writes examples/corpus/dev15/ and
       examples/gold/dev15.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev15.py --check (validates the committed gold only)

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev15_harzlingen  # noqa: E402
import dev15_dravnik  # noqa: E402
import dev15_tensalin  # noqa: E402
import dev15_altavia  # noqa: E402
import dev15_salzbrueck  # noqa: E402

STORIES = [dev15_harzlingen, dev15_dravnik, dev15_tensalin, dev15_altavia, dev15_salzbrueck]

if __name__ == "__main__":
    sys.exit(run_split("dev15", STORIES, sys.argv))
