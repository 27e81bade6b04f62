#!/usr/bin/env python3
"""Builds the dev7 example corpus and its gold annotations (an eighth writer).

Usage: python3 examples/tools/build_dev7.py        (writes examples/corpus/dev7/ and
       examples/gold/dev7.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev7.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev7_korvik  # noqa: E402
import dev7_seltau  # noqa: E402
import dev7_imara  # noqa: E402
import dev7_auental  # noqa: E402

STORIES = [dev7_korvik, dev7_seltau, dev7_imara, dev7_auental]

if __name__ == "__main__":
    sys.exit(run_split("dev7", STORIES, sys.argv))
