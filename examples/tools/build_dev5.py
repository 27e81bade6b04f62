#!/usr/bin/env python3
"""Builds the dev5 example corpus and its gold annotations (sixth writer).

Usage: python3 examples/tools/build_dev5.py        (writes examples/corpus/dev5/ and
       examples/gold/dev5.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev5.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev5_lesca  # noqa: E402
import dev5_brenndorf  # noqa: E402
import dev5_gravenport  # noqa: E402
import dev5_skarnholm  # noqa: E402

STORIES = [dev5_lesca, dev5_brenndorf, dev5_gravenport, dev5_skarnholm]

if __name__ == "__main__":
    sys.exit(run_split("dev5", STORIES, sys.argv))
