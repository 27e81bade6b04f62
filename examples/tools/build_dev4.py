#!/usr/bin/env python3
"""Builds the dev4 example corpus and its gold annotations (fifth writer).

Usage: python3 examples/tools/build_dev4.py        (writes examples/corpus/dev4/ and
       examples/gold/dev4.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev4.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev4_velora  # noqa: E402
import dev4_keldra  # noqa: E402
import dev4_gramser  # noqa: E402
import dev4_feldalp  # noqa: E402
import dev4_halvena  # noqa: E402

STORIES = [dev4_velora, dev4_keldra, dev4_gramser, dev4_feldalp, dev4_halvena]

if __name__ == "__main__":
    sys.exit(run_split("dev4", STORIES, sys.argv))
