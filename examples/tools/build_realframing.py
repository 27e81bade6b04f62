#!/usr/bin/env python3
"""Builds and validates the real-text loaded-language gold: splits `real-en` and `heldout-real-en`.

Usage: python3 examples/tools/build_realframing.py          (writes examples/gold/real-en.json and
       examples/gold/heldout-real-en.json from realframing_loaded.py and
       heldout-realframing_loaded.py, then validates them; exit status 1 on a problem)
       python3 examples/tools/build_realframing.py --check  (validates the committed gold only)

The articles are real: NewsWCL50 (10 events x 5 US outlets), read from
../shared/corpora/newswcl50.jsonl, which never enters the repository. The gold holds only short
loaded-term spans. Without ../shared the check validates everything but the spans and the article
ids' existence. Selection: realframing_select.py; conventions: examples/real-en.md.
"""

import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_gold  # noqa: E402

GOLD_DIR = os.path.join(HERE, "..", "gold")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newswcl50.jsonl")
SHARED_CORPUS = "corpora/newswcl50.jsonl"
FILE_NAME = "newswcl50.jsonl"
SPLITS = {"real-en": "realframing_loaded.py", "heldout-real-en": "heldout-realframing_loaded.py"}

ID_RE = re.compile(r"^\d+_(LL|L|M|R|RR)$")
MAX_WORDS = 4


def build(split):
    return real_gold.build_flat_split(split, os.path.join(HERE, SPLITS[split]), shared_corpus=SHARED_CORPUS,
                                      language="en", field="loaded",
                                      entry=lambda term: {"text": term[0], "category": term[1], "usage": term[2]})


def gold_path(split):
    return os.path.join(GOLD_DIR, f"{split}.json")


def word_count(text):
    """Words of a span: tokens with a letter or digit, hyphenated tokens (`so - called`) as one."""
    joined = re.sub(r"\s+-\s+", "-", text.strip())
    return sum(1 for tok in joined.split() if re.search(r"\w", tok))


def validate(split, gold, texts, problems, seen_ids):
    def check_article(where, aid, art, text):
        real_gold.check_loaded_terms(where, art.get("loaded", []), text, problems, word_count=word_count,
                                     max_words=MAX_WORDS)

    real_gold.check_articles(split, gold, texts, problems, seen_ids, shared_corpus=SHARED_CORPUS, language="en",
                             keys=("input", "language", "loaded"), id_re=ID_RE, check_article=check_article)


def main(argv):
    check_only = "--check" in argv[1:]
    texts = real_gold.load_corpus(CORPUS)
    if texts is None:
        print(f"build_realframing: ../shared/{SHARED_CORPUS} not present; spans and ids not checked against it")
    golds = {split: real_gold.read_or_build(gold_path(split), check_only, lambda split=split: build(split))
             for split in SPLITS}
    problems, seen = [], {}
    for split, gold in golds.items():
        validate(split, gold, texts, problems, seen)
    if len(golds["real-en"]["articles"]) != len(golds["heldout-real-en"]["articles"]):
        problems.append("the two splits must hold equally many articles")
    for p in problems:
        print("build_realframing:", p)
    for s, g in golds.items():
        n = sum(len(a["loaded"]) for a in g["articles"])
        print(f"build_realframing: {s}: {len(g['articles'])} articles, {n} loaded terms "
              f"(usage: {real_gold.count_loaded(g, 'usage')}; category: {real_gold.count_loaded(g, 'category')})")
    print(f"build_realframing: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
