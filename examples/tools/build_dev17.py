#!/usr/bin/env python3
"""Builds the example split dev17 (by a twenty-first writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev17.py        (writes examples/corpus/dev17/ and
       examples/gold/dev17.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev17.py --check (validates the committed gold only)

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev17_kestenberg  # noqa: E402
import dev17_dorvik  # noqa: E402
import dev17_selmsee  # noqa: E402
import dev17_nordkredit  # noqa: E402
import dev17_hitze  # noqa: E402

STORIES = [dev17_kestenberg, dev17_dorvik, dev17_selmsee, dev17_nordkredit, dev17_hitze]

if __name__ == "__main__":
    sys.exit(run_split("dev17", STORIES, sys.argv))
