#!/usr/bin/env python3
"""Builds and validates the English real-text claims gold: splits `realclaims-en` and
`heldout-realclaims-en` (held out).

Usage: python3 examples/tools/build_realclaims_en.py          (writes examples/gold/realclaims-en.json
       and examples/gold/heldout-realclaims-en.json from realclaims_en_claims.py and
       heldout-realclaims_en_claims.py, then validates them; exit status 1 on a problem)
       python3 examples/tools/build_realclaims_en.py --check  (validates the committed gold only)

The articles are real: NewsWCL50 (10 events of April 2018 x 5 US outlets), read from
../shared/corpora/newswcl50.jsonl, which never enters the repository. The gold holds only short claim
spans. Without ../shared the check validates everything but the spans and the article ids' existence.
Selection: realclaims_en_select.py; conventions: examples/realclaims-en.md. The labels, qualifiers
and measures are those of build_real.py (docs/VOCABULARY.md and examples/real.md) plus the few
English additions below.
"""

import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402  (labels of the German real-text gold; not modified)
import real_gold  # noqa: E402
from realclaims_en_select import EXCLUDED  # noqa: E402

GOLD_DIR = os.path.join(HERE, "..", "gold")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newswcl50.jsonl")
SHARED_CORPUS = "corpora/newswcl50.jsonl"
CORPUS_FILE = "newswcl50.jsonl"
SPLITS = {"realclaims-en": "realclaims_en_claims.py", "heldout-realclaims-en": "heldout-realclaims_en_claims.py"}

QUALIFIERS = build_real.QUALIFIERS
MEASURES = build_real.MEASURES
# Counted nouns of the English articles that neither docs/VOCABULARY.md nor examples/real.md lists
# (English singular of the counted noun, examples/realclaims-en.md).
EN_COUNTED_UNITS = {"agency", "compact disc", "couple", "document", "file", "location", "meeting", "pillar"}
UNITS = build_real.UNITS | EN_COUNTED_UNITS
TIME_UNITS = real_gold.TIME_UNITS

ID_RE = re.compile(r"^\d_(LL|L|M|R|RR)$")
LABEL_RE = re.compile(r"^[^A-Z\s][^A-Z]*[^A-Z\s]$")
CLAIM_KEYS = build_real.CLAIM_KEYS


def build(split):
    return real_gold.build_flat_split(split, os.path.join(HERE, SPLITS[split]), shared_corpus=SHARED_CORPUS,
                                      language="en")


def gold_path(split):
    return os.path.join(GOLD_DIR, f"{split}.json")


def load_corpus():
    return real_gold.load_corpus(CORPUS)


def in_one_sentence(span, text):
    """A span lies inside one sentence: the corpus writes one sentence per line."""
    return any(span in line for line in text.split("\n"))


def check_claim(where, c, text, problems):
    real_gold.check_quantity_claim(where, c, text, problems, keys=CLAIM_KEYS, span_found=in_one_sentence,
                                   qualifiers=QUALIFIERS, units=UNITS, measures=MEASURES, label_re=LABEL_RE)


def validate(split, gold, texts, problems, seen_ids):
    def check_article(where, aid, art, text):
        if aid in EXCLUDED:
            problems.append(f"{where}: {aid} belongs to heldout-real-en and must not be annotated")
        if not isinstance(art.get("claims"), list):
            problems.append(f"{where}: claims must be a list (empty when the article asserts no figure)")
            return
        for c in art["claims"]:
            check_claim(where, c, text, problems)

    real_gold.check_articles(split, gold, texts, problems, seen_ids, shared_corpus=SHARED_CORPUS, language="en",
                             keys=("input", "language", "claims"), id_re=ID_RE, check_article=check_article)


def main(argv):
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print(f"build_realclaims_en: ../shared/corpora/{CORPUS_FILE} not present; spans and ids not checked against it")
    golds = {split: real_gold.read_or_build(gold_path(split), check_only, lambda split=split: build(split))
             for split in SPLITS}
    problems, seen = [], {}
    for split, gold in golds.items():
        validate(split, gold, texts, problems, seen)
    if len(golds["realclaims-en"]["articles"]) != len(golds["heldout-realclaims-en"]["articles"]):
        problems.append("the two splits must hold equally many articles")
    for p in problems:
        print("build_realclaims_en:", p)
    counts = ", ".join(
        f"{s}: {len(g['articles'])} articles, {sum(len(a['claims']) for a in g['articles'])} quantity claims"
        for s, g in golds.items())
    print(f"build_realclaims_en: {'FAILED' if problems else 'ok'} ({counts})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
