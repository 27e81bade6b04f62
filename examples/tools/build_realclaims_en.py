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

import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_real  # noqa: E402  (labels of the German real-text gold; not modified)
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
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}

ID_RE = re.compile(r"^\d_(LL|L|M|R|RR)$")
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LABEL_RE = re.compile(r"^[^A-Z\s][^A-Z]*[^A-Z\s]$")
CLAIM_KEYS = build_real.CLAIM_KEYS


def load_module(split):
    path = os.path.join(HERE, SPLITS[split])
    spec = importlib.util.spec_from_file_location(split.replace("-", "_") + "_claims", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.ARTICLES


def build(split):
    return {
        "split": split,
        "sharedCorpus": SHARED_CORPUS,
        "articles": [
            {"input": f"{split}/{CORPUS_FILE}#{aid}", "language": "en", "claims": claims}
            for aid, claims in load_module(split)
        ],
        "stories": [], "groups": [], "rewrites": [],
    }


def gold_path(split):
    return os.path.join(GOLD_DIR, f"{split}.json")


def load_corpus():
    if not os.path.exists(CORPUS):
        return None
    texts = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                art = json.loads(line)
                texts[art["id"]] = art["text"]
    return texts


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def check_claim(where, c, text, problems):
    def bad(msg):
        problems.append(f"{where}: {msg} ({c.get('text')!r})")

    if list(c.keys()) != CLAIM_KEYS:
        bad(f"fields {list(c.keys())}")
        return
    if c["kind"] != "quantity":
        bad("kind is not quantity")
    if not isinstance(c["text"], str) or not c["text"].strip() or len(c["text"].split()) > 12:
        bad("text must be a short span")
    elif text is not None:
        # a span lies inside one sentence: the corpus writes one sentence per line
        if not any(c["text"] in s for s in text.split("\n")):
            bad("text not found in one sentence of the article")
    if c["qualifier"] not in QUALIFIERS:
        bad(f"qualifier {c['qualifier']!r}")
    if c["qualifier"] == "range":
        if c["value"] is not None or not is_num(c["low"]) or not is_num(c["high"]) or not c["low"] < c["high"]:
            bad("a range has value null and low < high")
    else:
        if not is_num(c["value"]) or c["low"] is not None or c["high"] is not None:
            bad("a figure has a value and null low/high")
        elif c["value"] < 0:
            bad("negative value")
    if c["unit"] is not None and c["unit"] not in UNITS:
        bad(f"unit {c['unit']!r} is neither in docs/VOCABULARY.md nor a documented addition")
    if c["measure"] is not None and c["measure"] not in MEASURES:
        bad(f"measure {c['measure']!r}")
    if c["measure"] == "duration" and c["unit"] not in TIME_UNITS:
        bad("a duration needs a unit of time")
    t = c["time"]
    if t is not None:
        if not (isinstance(t, dict) and set(t) == {"start", "end"} and DAY_RE.match(t["start"] or "")
                and DAY_RE.match(t["end"] or "") and t["start"] <= t["end"]):
            bad(f"time {t!r}")
    for key in ("subject", "source"):
        v = c[key]
        if v is not None and (not isinstance(v, str) or not LABEL_RE.match(v)):
            bad(f"{key} {v!r} is not a lower-case label")
    if not isinstance(c["hedged"], bool):
        bad("hedged is not a boolean")
    if c["group"] is not None:
        bad("group must be null")


def validate(split, gold, texts, problems, seen_ids):
    where0 = f"{split}.json"
    if gold.get("split") != split or gold.get("sharedCorpus") != SHARED_CORPUS:
        problems.append(f"{where0}: split / sharedCorpus")
    if gold.get("stories") != [] or gold.get("groups") != [] or gold.get("rewrites") != []:
        problems.append(f"{where0}: stories, groups and rewrites must be empty")
    prefix = f"{split}/{CORPUS_FILE}#"
    for art in gold.get("articles", []):
        inp = art.get("input", "")
        aid = inp[len(prefix):] if inp.startswith(prefix) else None
        where = f"{where0} {inp}"
        if set(art.keys()) != {"input", "language", "claims"} or art.get("language") != "en":
            problems.append(f"{where}: an article has exactly input, language \"en\", claims")
        if aid is None or not ID_RE.match(aid):
            problems.append(f"{where}: input must be {prefix}<NewsWCL50 id>")
            continue
        if aid in EXCLUDED:
            problems.append(f"{where}: {aid} belongs to heldout-real-en and must not be annotated")
        if aid in seen_ids:
            problems.append(f"{where}: article {aid} annotated twice (also in {seen_ids[aid]})")
        seen_ids[aid] = split
        if not isinstance(art.get("claims"), list):
            problems.append(f"{where}: claims must be a list (empty when the article asserts no figure)")
            continue
        text = None
        if texts is not None:
            if aid not in texts:
                problems.append(f"{where}: no article {aid} in {CORPUS_FILE}")
                continue
            text = texts[aid]
        for c in art["claims"]:
            check_claim(where, c, text, problems)


def main(argv):
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print(f"build_realclaims_en: ../shared/corpora/{CORPUS_FILE} not present; spans and ids not checked against it")
    golds = {}
    for split in SPLITS:
        if check_only:
            with open(gold_path(split), encoding="utf-8") as f:
                golds[split] = json.load(f)
        else:
            golds[split] = build(split)
            with open(gold_path(split), "w", encoding="utf-8") as f:
                json.dump(golds[split], f, ensure_ascii=False, indent=1)
                f.write("\n")
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
