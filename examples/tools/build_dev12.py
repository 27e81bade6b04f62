#!/usr/bin/env python3
"""Builds the example split dev12 (by a sixteenth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev12.py        (writes examples/corpus/dev12/ and
       examples/gold/dev12.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev12.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev12_ostrahlen  # noqa: E402
import dev12_haverloh  # noqa: E402
import dev12_staatsbahn  # noqa: E402
import dev12_kellbrunn  # noqa: E402
import dev12_dorlach  # noqa: E402

STORIES = [dev12_ostrahlen, dev12_haverloh, dev12_staatsbahn, dev12_kellbrunn, dev12_dorlach]

if __name__ == "__main__":
    sys.exit(run_split("dev12", STORIES, sys.argv))
