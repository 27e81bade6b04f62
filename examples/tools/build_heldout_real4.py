#!/usr/bin/env python3
"""Builds and validates the held-out real-text claims gold of split `heldout-real4` (a fourth annotator).

Usage: python3 examples/tools/build_heldout_real4.py          (writes examples/gold/heldout-real4.json from
       heldout_real4_claims.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_heldout_real4.py --check  (validates the committed gold only)

HELD OUT: never read while tuning; only scored through `parallax eval` in aggregate.
The articles are real 10kGNAD test articles (derStandard), read from ../shared/corpora/10kgnad-test.jsonl,
which never enters the repository; the gold holds only short claim spans. Validation is build_real.py's
(its functions are imported): fields, labels, value/low/high, time; with ../shared present also that every
article id exists, every `text` occurs verbatim in its article, and the articles are
heldout_real4_select.py's selection in order. Without ../shared the spans and ids are not checked against
the corpus. Conventions: examples/real.md, examples/real2.md, examples/heldout-real4.md.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402
import build_real2  # noqa: E402  (adds real2's counted nouns to build_real.UNITS)
import real_gold  # noqa: E402

SPLIT = "heldout-real4"
GOLD = os.path.join(build_real.GOLD_DIR, f"{SPLIT}.json")

# Units this split needed beyond build_real.py's and build_real2.py's lists (examples/heldout-real4.md):
# `file`, `company` and `cubic metre` are docs/VOCABULARY.md labels (round 11) those lists lack;
# `apartment` (Wohnungen) is a counted noun in English singular as real.md asks.
HELDOUT_REAL4_UNITS = {"file", "company", "cubic metre", "apartment"}
build_real.UNITS = build_real.UNITS | build_real2.REAL2_COUNTED_UNITS | HELDOUT_REAL4_UNITS


def build():
    return real_gold.build_flat_split(SPLIT, os.path.join(HERE, "heldout_real4_claims.py"),
                                      shared_corpus=build_real.SHARED_CORPUS, language="de")


def validate(gold, texts):
    problems = []
    build_real.validate(SPLIT, gold, texts, problems, {})
    prefix = f"{SPLIT}/10kgnad-test.jsonl#"
    ids = [a.get("input", "")[len(prefix):] for a in gold.get("articles", [])]
    if texts is not None:
        import heldout_real4_select
        expected = [aid for _, aid in heldout_real4_select.select(build_real.CORPUS, take=len(ids))]
        if ids != expected:
            problems.append(f"{SPLIT}.json: articles must be heldout_real4_select.py's selection in order: {expected}")
    return problems


def main(argv):
    return real_gold.run_claims_split("build_heldout_real4", SPLIT, GOLD, argv, load_corpus=build_real.load_corpus, build=build,
                                      validate=validate)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
