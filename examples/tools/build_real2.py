#!/usr/bin/env python3
"""Builds and validates the real-text claims gold of split `real2`.

Usage: python3 examples/tools/build_real2.py          (writes examples/gold/real2.json from
       real2_claims.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_real2.py --check  (validates the committed gold only)

The articles are real 10kGNAD test articles (derStandard), read from
../shared/corpora/10kgnad-test.jsonl, which never enters the repository; the gold holds only short
claim spans. Validation is build_real.py's (its functions are imported): fields, labels,
value/low/high, time; with ../shared present also that every article id exists, every `text` occurs
verbatim in its article, and the articles are positions 60, 61, ... of real2_select.py's order (so
none of them is in `real` or `heldout-real`). Without ../shared the spans and ids are not checked
against the corpus. Selection: real2_select.py; conventions: examples/real.md and examples/real2.md.
"""

import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402
import real_gold  # noqa: E402

SPLIT = "real2"
GOLD = os.path.join(build_real.GOLD_DIR, "real2.json")

# Counted nouns real2 needed beyond build_real.py's list (examples/real2.md, "Conventions added"),
# in English singular as real.md asks.
REAL2_COUNTED_UNITS = {"bond", "fund", "loan", "pillar", "recommendation", "ruling", "slogan", "trip"}
build_real.UNITS = build_real.UNITS | REAL2_COUNTED_UNITS

# An article of the selection whose figures are all dates or names: kept with no claim, so that any
# quantity claim found in it counts against precision.
EMPTY_OK = {"10kgnad-test-751"}


def build():
    mod = real_gold.load_annotations(os.path.join(HERE, "real2_claims.py"), "real2_claims")
    return {
        "split": SPLIT,
        "sharedCorpus": build_real.SHARED_CORPUS,
        "articles": [
            {"input": f"{SPLIT}/10kgnad-test.jsonl#{aid}", "language": "de", "claims": claims}
            for aid, claims in mod.ARTICLES
        ],
        "stories": [], "groups": [], "rewrites": [],
    }


def validate(gold, texts):
    problems = []
    build_real.validate(SPLIT, gold, texts, problems, {})
    prefix = f"{SPLIT}/10kgnad-test.jsonl#"
    ids = [a.get("input", "")[len(prefix):] for a in gold.get("articles", [])]
    problems = [p for p in problems
                if not (p.endswith(": no claims") and any(p.endswith(f"#{aid}: no claims") for aid in EMPTY_OK))]
    if texts is not None:
        import real2_select
        expected, _ = real2_select.select(build_real.CORPUS, take=len(ids))
        if ids != expected:
            problems.append(f"{SPLIT}.json: articles must be real2_select.py's positions 60.. in order: {expected}")
    return problems


def main(argv):
    return real_gold.run_claims_split("build_real2", SPLIT, GOLD, argv, load_corpus=build_real.load_corpus, build=build,
                                      validate=validate)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
