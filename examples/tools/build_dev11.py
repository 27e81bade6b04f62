#!/usr/bin/env python3
"""Builds the example split dev11 (by a fifteenth writer, written without knowledge of the extractor; a development split) and its gold annotations.

Usage: python3 examples/tools/build_dev11.py        (writes examples/corpus/dev11/ and
       examples/gold/dev11.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev11.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev11_wendelsrode  # noqa: E402
import dev11_karsholm  # noqa: E402
import dev11_quarzfeld  # noqa: E402
import dev11_lessach  # noqa: E402
import dev11_wilzenbach  # noqa: E402

STORIES = [dev11_wendelsrode, dev11_karsholm, dev11_quarzfeld, dev11_lessach, dev11_wilzenbach]

if __name__ == "__main__":
    sys.exit(run_split("dev11", STORIES, sys.argv))
