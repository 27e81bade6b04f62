#!/usr/bin/env python3
"""Builds the example split dev14 (by an eighteenth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev14.py        (writes examples/corpus/dev14/ and
       examples/gold/dev14.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev14.py --check (validates the committed gold only)

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev14_kessbach  # noqa: E402
import dev14_morrental  # noqa: E402
import dev14_goldanker  # noqa: E402
import dev14_selvenau  # noqa: E402
import dev14_kallmuende  # noqa: E402

STORIES = [dev14_kessbach, dev14_morrental, dev14_goldanker, dev14_selvenau, dev14_kallmuende]

if __name__ == "__main__":
    sys.exit(run_split("dev14", STORIES, sys.argv))
