#!/usr/bin/env python3
"""Builds and validates the real-text claims gold of the held-out split `heldout-real5` (a fifth annotator).

Usage: python3 examples/tools/build_heldout_real5.py          (writes examples/gold/heldout-real5.json from
       heldout_real5_claims.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_heldout_real5.py --check  (validates the committed gold only)

HELD OUT: never read while tuning; only scored through `parallax eval` in aggregate.

The articles are real 10kGNAD test articles (derStandard), read from ../shared/corpora/10kgnad-test.jsonl,
which never enters the repository; the gold holds only short claim spans. Validation is build_real.py's (its
functions are imported, through real_gold.py): fields, labels, value/low/high, time; with ../shared present
also that every article id exists, every `text` occurs verbatim in its article, and the articles are
heldout_real5_select.py's positions 160, 161, ... in order (skipping ids earlier gold uses). Without ../shared
the spans and ids are not checked against the corpus. Conventions: examples/real.md, examples/real2.md and
examples/heldout-real5.md.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402
import real_gold  # noqa: E402

SPLIT = "heldout-real5"
GOLD = os.path.join(build_real.GOLD_DIR, "heldout-real5.json")

# Counted nouns beyond build_real.py's list: real2's (examples/real2.md) and none of this split's own so far
# (examples/heldout-real5.md, "Conventions").
REAL2_COUNTED_UNITS = {"bond", "fund", "loan", "pillar", "recommendation", "ruling", "slogan", "trip"}
HELDOUT_REAL5_COUNTED_UNITS = set()
build_real.UNITS = build_real.UNITS | REAL2_COUNTED_UNITS | HELDOUT_REAL5_COUNTED_UNITS

# Articles of the selection whose figures are all dates, ages, years or identifiers: kept with no claim, so
# that any quantity claim found in them counts against precision (as real2 keeps 10kgnad-test-751).
EMPTY_OK = {"10kgnad-test-311", "10kgnad-test-24"}


def build():
    return real_gold.build_flat_split(SPLIT, os.path.join(HERE, "heldout_real5_claims.py"),
                                      shared_corpus=build_real.SHARED_CORPUS, language="de")


def validate(gold, texts):
    problems = []
    build_real.validate(SPLIT, gold, texts, problems, {})
    prefix = f"{SPLIT}/10kgnad-test.jsonl#"
    ids = [a.get("input", "")[len(prefix):] for a in gold.get("articles", [])]
    problems = [p for p in problems
                if not (p.endswith(": no claims") and any(p.endswith(f"#{aid}: no claims") for aid in EMPTY_OK))]
    if texts is not None:
        import heldout_real5_select
        expected = [aid for _, aid in heldout_real5_select.select(build_real.CORPUS, take=len(ids))]
        if ids != expected:
            problems.append(f"{SPLIT}.json: articles must be heldout_real5_select.py's positions 160.. in order: "
                            f"{expected}")
    return problems


def main(argv):
    return real_gold.run_claims_split("build_heldout_real5", SPLIT, GOLD, argv, load_corpus=build_real.load_corpus,
                                      build=build, validate=validate)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
