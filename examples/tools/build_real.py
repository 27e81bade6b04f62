#!/usr/bin/env python3
"""Builds and validates the real-text claims gold: splits `real` and `real3`
(`real3` was held out as `heldout-real` until 2026-11-22 and is studied since).

Usage: python3 examples/tools/build_real.py          (writes examples/gold/real.json and
       examples/gold/real3.json from real_claims.py and real3_claims.py, then
       validates them; exit status 1 on a problem)
       python3 examples/tools/build_real.py --check  (validates the committed gold only)

The articles are real: 10kGNAD test articles (derStandard), read from
../shared/corpora/10kgnad-test.jsonl, which never enters the repository. The gold holds only short
claim spans. Without ../shared the check validates everything but the spans and the article ids'
existence. Selection: real_select.py; conventions: examples/real.md.
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
SPLITS = {"real": "real_claims.py", "real3": "real3_claims.py"}

QUALIFIERS = {"exact", "about", "at-least", "more-than", "up-to", "less-than", "range"}

# docs/VOCABULARY.md
VOCAB_UNITS = {
    "soldier", "person", "civilian", "child", "refugee", "worker", "vote", "seat", "household", "house",
    "building", "vehicle", "tank", "aircraft", "drone", "missile", "shell", "job", "case", "animal", "tree",
    "patient", "bed", "flight", "passenger", "square mile", "square kilometre", "square metre", "hectare",
    "kilometre", "mile", "metre", "tonne", "litre", "barrel", "megawatt", "percent", "year", "day", "hour",
    "second", "eur", "usd", "gbp", "chf", "acre", "firefighter", "sailor", "ship", "polling station", "boat",
    "container", "week", "month", "minute", "degree", "millimetre", "centimetre", "knot", "gigawatt",
    "kilowatt hour",
}
# Added for real text (examples/real.md, "Units"): measurement units the vocabulary lacks, and
# counted nouns the vocabulary lacks, in English singular as the brief asks.
REAL_MEASURE_UNITS = {"percentage point", "kilometre per hour", "per mille", "kilogram", "point"}
REAL_COUNTED_UNITS = {
    "accommodation", "agreement", "alliance", "amendment", "apprehension", "asylum application", "attacker",
    "bank", "binder", "business", "candidate", "chamber", "change", "click", "complaint", "country", "debate",
    "distribution centre", "district", "division", "divorce", "egg", "fare", "finger", "fire brigade",
    "group", "hospital", "hut", "interview", "law", "medical facility", "motion", "no-confidence motion",
    "offence", "operation", "overnight stay", "page", "party", "phone call", "position", "postal ballot",
    "president", "product group", "provider", "question", "report", "resolution", "school", "section",
    "session", "sibling", "signature", "smuggler", "state", "statement", "suspect", "text message", "tour",
    "treaty", "volume", "weather system", "workshop",
}
UNITS = VOCAB_UNITS | REAL_MEASURE_UNITS | REAL_COUNTED_UNITS

MEASURES = {
    "deployed", "killed", "wounded", "killed or wounded", "missing", "captured", "evacuated", "displaced",
    "rescued", "arrested", "affected", "destroyed", "damaged", "controlled", "burned", "flooded", "cost",
    "pledged", "paid", "raised", "cut", "employed", "infected", "vaccinated", "voted", "won", "turnout",
    "delivered", "produced", "sold", "increase", "decrease", "duration", "distance", "size", "fined",
    "embezzled",
}

ID_RE = re.compile(r"^10kgnad-test-\d+$")
LABEL_RE = re.compile(r"^[^A-ZÄÖÜ\s][^A-ZÄÖÜ]*[^A-ZÄÖÜ\s]$")
CLAIM_KEYS = ["kind", "text", "value", "low", "high", "qualifier", "unit", "measure", "time", "subject",
              "source", "hedged", "group"]


def build(split):
    return real_gold.build_flat_split(split, os.path.join(HERE, SPLITS[split]), shared_corpus=SHARED_CORPUS,
                                      language="de")


def gold_path(split):
    return os.path.join(GOLD_DIR, f"{split}.json")


def load_corpus():
    return real_gold.load_corpus(CORPUS)


def check_claim(where, c, text, problems):
    # UNITS is read at call time: build_real2.py adds its units to it.
    real_gold.check_quantity_claim(where, c, text, problems, keys=CLAIM_KEYS, span_found=lambda span, text: span in text,
                                   qualifiers=QUALIFIERS, units=UNITS, measures=MEASURES, label_re=LABEL_RE)


def validate(split, gold, texts, problems, seen_ids):
    def check_article(where, aid, art, text):
        if not art.get("claims"):
            problems.append(f"{where}: no claims")
        for c in art.get("claims", []):
            check_claim(where, c, text, problems)

    real_gold.check_articles(split, gold, texts, problems, seen_ids, shared_corpus=SHARED_CORPUS, language="de",
                             keys=("input", "language", "claims"), id_re=ID_RE, check_article=check_article)


def main(argv):
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print("build_real: ../shared/corpora/10kgnad-test.jsonl not present; spans and ids not checked against it")
    golds = {split: real_gold.read_or_build(gold_path(split), check_only, lambda split=split: build(split))
             for split in SPLITS}
    problems, seen = [], {}
    for split, gold in golds.items():
        validate(split, gold, texts, problems, seen)
    if len(golds["real"]["articles"]) != len(golds["real3"]["articles"]):
        problems.append("the two splits must hold equally many articles")
    for p in problems:
        print("build_real:", p)
    counts = ", ".join(
        f"{s}: {len(g['articles'])} articles, {sum(len(a['claims']) for a in g['articles'])} quantity claims"
        for s, g in golds.items())
    print(f"build_real: {'FAILED' if problems else 'ok'} ({counts})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
