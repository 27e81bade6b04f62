#!/usr/bin/env python3
"""Builds the dev8 example corpus and its gold annotations.

Usage: python3 examples/tools/build_dev8.py        (writes examples/corpus/dev8/ and
       examples/gold/dev8.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev8.py --check (validates the committed gold only)

Written by a tenth writer who had not read the extractor. All stories, outlets, people and
figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev8_unterhollen  # noqa: E402
import dev8_kalmsried  # noqa: E402
import dev8_greyhollow  # noqa: E402
import dev8_kondora  # noqa: E402

STORIES = [dev8_unterhollen, dev8_kalmsried, dev8_greyhollow, dev8_kondora]

if __name__ == "__main__":
    sys.exit(run_split("dev8", STORIES, sys.argv))
