#!/usr/bin/env python3
"""Builds and validates the real-text claims gold: splits `real` and `heldout-real`.

Usage: python3 examples/tools/build_real.py          (writes examples/gold/real.json and
       examples/gold/heldout-real.json from real_claims.py and heldout-real_claims.py, then
       validates them; exit status 1 on a problem)
       python3 examples/tools/build_real.py --check  (validates the committed gold only)

The articles are real: 10kGNAD test articles (derStandard), read from
../shared/corpora/10kgnad-test.jsonl, which never enters the repository. The gold holds only short
claim spans. Without ../shared the check validates everything but the spans and the article ids'
existence. Selection: real_select.py; conventions: examples/real.md.
"""

import importlib.util
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

GOLD_DIR = os.path.join(HERE, "..", "gold")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "10kgnad-test.jsonl")
SHARED_CORPUS = "corpora/10kgnad-test.jsonl"
SPLITS = {"real": "real_claims.py", "heldout-real": "heldout-real_claims.py"}

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
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LABEL_RE = re.compile(r"^[^A-ZÄÖÜ\s][^A-ZÄÖÜ]*[^A-ZÄÖÜ\s]$")
CLAIM_KEYS = ["kind", "text", "value", "low", "high", "qualifier", "unit", "measure", "time", "subject",
              "source", "hedged", "group"]


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
            {"input": f"{split}/10kgnad-test.jsonl#{aid}", "language": "de", "claims": claims}
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
    elif text is not None and c["text"] not in text:
        bad("text not found in the article")
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
    if c["measure"] == "duration" and c["unit"] not in {"year", "month", "week", "day", "hour", "minute", "second"}:
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
    prefix = f"{split}/10kgnad-test.jsonl#"
    for art in gold.get("articles", []):
        inp = art.get("input", "")
        aid = inp[len(prefix):] if inp.startswith(prefix) else None
        where = f"{where0} {inp}"
        if set(art.keys()) != {"input", "language", "claims"} or art.get("language") != "de":
            problems.append(f"{where}: an article has exactly input, language \"de\", claims")
        if aid is None or not ID_RE.match(aid):
            problems.append(f"{where}: input must be {prefix}<10kGNAD id>")
            continue
        if aid in seen_ids:
            problems.append(f"{where}: article {aid} annotated twice (also in {seen_ids[aid]})")
        seen_ids[aid] = split
        text = None
        if texts is not None:
            if aid not in texts:
                problems.append(f"{where}: no article {aid} in 10kgnad-test.jsonl")
                continue
            text = texts[aid]
        if not art.get("claims"):
            problems.append(f"{where}: no claims")
        for c in art.get("claims", []):
            check_claim(where, c, text, problems)


def main(argv):
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print("build_real: ../shared/corpora/10kgnad-test.jsonl not present; spans and ids not checked against it")
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
    if len(golds["real"]["articles"]) != len(golds["heldout-real"]["articles"]):
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
