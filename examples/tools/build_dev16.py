#!/usr/bin/env python3
"""Builds the example split dev16 (by a twentieth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev16.py        (writes examples/corpus/dev16/ and
       examples/gold/dev16.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev16.py --check (validates the committed gold only)

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev16_brisenhaven  # noqa: E402
import dev16_vedrin  # noqa: E402
import dev16_varenna  # noqa: E402
import dev16_stahlwinter  # noqa: E402
import dev16_lehrer  # noqa: E402

STORIES = [dev16_brisenhaven, dev16_vedrin, dev16_varenna, dev16_stahlwinter, dev16_lehrer]

if __name__ == "__main__":
    sys.exit(run_split("dev16", STORIES, sys.argv))
