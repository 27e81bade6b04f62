#!/usr/bin/env python3
"""Builds and validates the German real-text loaded-language gold: splits `realframing-de` and
`heldout-realframing-de`.

Usage: python3 examples/tools/build_realframing_de.py          (writes examples/gold/realframing-de.json and
       examples/gold/heldout-realframing-de.json from realframing_de_loaded.py and
       heldout-realframing_de_loaded.py, then validates them; exit status 1 on a problem)
       python3 examples/tools/build_realframing_de.py --check  (validates the committed gold only)

The articles are real: derStandard articles of the 10kGNAD test part, read from
../shared/corpora/10kgnad-test.jsonl, which never enters the repository. The gold holds only short
loaded-term spans. Checks: the header, each article's fields, categories and usages from the allowed sets,
spans of 1-4 words, no term listed twice with one usage in an article, the articles are the selection's
(SELECTION below, the output of realframing_de_select.py) in order, and - only when ../shared is present - that
each id exists, each span occurs verbatim in its article and realframing_de_select.py still yields SELECTION.
Selection: realframing_de_select.py; conventions: examples/realframing-de.md.
"""

import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_gold  # noqa: E402

GOLD_DIR = os.path.join(HERE, "..", "gold")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "10kgnad-test.jsonl")
SHARED_CORPUS = "corpora/10kgnad-test.jsonl"
SPLITS = {"realframing-de": "realframing_de_loaded.py",
          "heldout-realframing-de": "heldout-realframing_de_loaded.py"}

ID_RE = re.compile(r"^10kgnad-test-\d+$")
MAX_WORDS = 4

# The output of realframing_de_select.py (run once, before any article was read), in annotation order:
# positions 0, 2, 4, ... realframing-de, 1, 3, 5, ... heldout-realframing-de.
SELECTION = [
    "10kgnad-test-579", "10kgnad-test-275", "10kgnad-test-233", "10kgnad-test-479",
    "10kgnad-test-684", "10kgnad-test-282", "10kgnad-test-647", "10kgnad-test-465",
    "10kgnad-test-527", "10kgnad-test-711", "10kgnad-test-401", "10kgnad-test-875",
    "10kgnad-test-225", "10kgnad-test-395", "10kgnad-test-809", "10kgnad-test-232",
    "10kgnad-test-281", "10kgnad-test-285", "10kgnad-test-769", "10kgnad-test-747",
    "10kgnad-test-935", "10kgnad-test-665", "10kgnad-test-905", "10kgnad-test-388",
]


def build(split):
    return real_gold.build_flat_split(split, os.path.join(HERE, SPLITS[split]), shared_corpus=SHARED_CORPUS,
                                      language="de", field="loaded",
                                      entry=lambda term: {"text": term[0], "category": term[1], "usage": term[2]})


def gold_path(split):
    return os.path.join(GOLD_DIR, f"{split}.json")


def word_count(text):
    """Words of a span: whitespace tokens with a letter or digit (a compound or hyphenated word is one)."""
    return sum(1 for tok in text.split() if re.search(r"\w", tok))


def validate(split, gold, texts, problems, seen_ids):
    def check_article(where, aid, art, text):
        if not isinstance(art.get("loaded"), list):
            problems.append(f"{where}: loaded must be a list")
            return
        real_gold.check_loaded_terms(where, art["loaded"], text, problems, word_count=word_count, max_words=MAX_WORDS)

    real_gold.check_articles(split, gold, texts, problems, seen_ids, shared_corpus=SHARED_CORPUS, language="de",
                             keys=("input", "language", "loaded"), id_re=ID_RE, check_article=check_article)
    # the selection's articles, in order
    names = list(SPLITS)
    expected = [aid for i, aid in enumerate(SELECTION) if names[i % 2] == split]
    prefix = f"{split}/{os.path.basename(SHARED_CORPUS)}#"
    got = [a.get("input", "")[len(prefix):] for a in gold.get("articles", [])]
    if got != expected[:len(got)] or not got:
        problems.append(f"{split}.json: the articles are not the selection's in order (realframing_de_select.py)")


def check_selection(problems):
    """With ../shared present: realframing_de_select.py still yields SELECTION."""
    import realframing_de_select
    chosen = [aid for _, aid, _ in realframing_de_select.select(CORPUS)]
    if chosen != SELECTION:
        problems.append("realframing_de_select.py no longer yields SELECTION")


def main(argv):
    check_only = "--check" in argv[1:]
    texts = real_gold.load_corpus(CORPUS)
    if texts is None:
        print(f"build_realframing_de: ../shared/{SHARED_CORPUS} not present; spans, ids and the selection "
              "not checked against it")
    golds = {split: real_gold.read_or_build(gold_path(split), check_only, lambda split=split: build(split))
             for split in SPLITS}
    problems, seen = [], {}
    for split, gold in golds.items():
        validate(split, gold, texts, problems, seen)
    if texts is not None:
        check_selection(problems)
    if len(golds["realframing-de"]["articles"]) != len(golds["heldout-realframing-de"]["articles"]):
        problems.append("the two splits must hold equally many articles")
    for p in problems:
        print("build_realframing_de:", p)
    for s, g in golds.items():
        n = sum(len(a["loaded"]) for a in g["articles"])
        print(f"build_realframing_de: {s}: {len(g['articles'])} articles, {n} loaded terms "
              f"(usage: {real_gold.count_loaded(g, 'usage')}; category: {real_gold.count_loaded(g, 'category')})")
    print(f"build_realframing_de: {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
