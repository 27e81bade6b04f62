#!/usr/bin/env python3
"""Builds and validates the held-out real-text claims gold of split `heldout-real3`.

Usage: python3 examples/tools/build_heldout_real3.py          (writes examples/gold/heldout-real3.json
       from heldout_real3_claims.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_heldout_real3.py --check  (validates the committed gold only)

HELD OUT: the gold is only scored through `parallax eval`; never read it while tuning.

The articles are real 10kGNAD test articles (derStandard), read from
../shared/corpora/10kgnad-test.jsonl, which never enters the repository; the gold holds only short
claim spans. Validation is build_real.py's (its functions are imported): fields, labels,
value/low/high, time; with ../shared present also that every article id exists, every `text` occurs
verbatim in its article, and the articles are positions 87, 88, ... of heldout_real3_select.py's order
(so none of them is in `real`, `heldout-real` or `real2`). Without ../shared the spans and ids are not
checked against the corpus. Selection: heldout_real3_select.py; conventions: examples/real.md,
examples/real2.md and examples/heldout-real3.md.
"""

import importlib.util
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402
import build_real2  # noqa: E402  (adds real2's counted nouns to build_real.UNITS)
import real_gold  # noqa: E402

SPLIT = "heldout-real3"
GOLD = os.path.join(build_real.GOLD_DIR, "heldout-real3.json")

# Labels of docs/VOCABULARY.md's round-11 list that build_real.py does not list, and counted nouns
# and measurement units this split needed beyond real.md and real2.md (examples/heldout-real3.md), in
# English singular; `aud` is the ISO 4217 code of the Australian dollar.
HELDOUT_REAL3_UNITS = {
    "company", "letter",
    "attack", "banknote", "benefit", "branch", "explosion", "government", "name", "picture",
    "registration centre", "result", "room", "safe", "star", "team", "weapon",
    "milligram", "aud",
}
build_real.UNITS = build_real.UNITS | HELDOUT_REAL3_UNITS

# An article of the selection whose figures are all dates and clock times: kept with no claim, so that
# any quantity claim found in it counts against precision.
EMPTY_OK = {"10kgnad-test-450"}


def build():
    spec = importlib.util.spec_from_file_location("heldout_real3_claims",
                                                  os.path.join(HERE, "heldout_real3_claims.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
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
    if len(set(ids)) != len(ids):
        problems.append(f"{SPLIT}.json: an article is listed twice")
    if texts is not None:
        import heldout_real3_select
        expected, _ = heldout_real3_select.select(build_real.CORPUS, take=len(ids))
        if ids != expected:
            problems.append(f"{SPLIT}.json: articles must be heldout_real3_select.py's positions 87.. in order: "
                            f"{expected}")
    return problems


def main(argv):
    return real_gold.run_claims_split("build_heldout_real3", SPLIT, GOLD, argv, load_corpus=build_real.load_corpus, build=build,
                                      validate=validate)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
