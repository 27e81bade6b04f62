#!/usr/bin/env python3
"""Builds and validates the group gold on real English news: split `heldout-realgroups-en` (HELD OUT).

Usage: python3 examples/tools/build_realgroups_en.py          (writes examples/gold/heldout-realgroups-en.json
       from heldout-realgroups_en_gold.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_realgroups_en.py --check  (validates the committed gold only)

The articles are real: NewsWCL50 events 6 (the migrant caravan) and 7 (the steel and aluminum tariffs),
five US outlets each, read from ../shared/corpora/newswcl50.jsonl, which never enters the repository; the
gold holds only short claim spans. Without ../shared the check validates everything but the spans and the
article ids' existence. Conventions: examples/heldout-realgroups-en.md. Labels: those of
build_realclaims_en.py (docs/VOCABULARY.md, examples/real.md, examples/realclaims-en.md).

The quantity claims of these articles that realclaims-en / heldout-realclaims-en also annotate must be the
same claims (all fields but `group`), so the two gold files agree.
"""

import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_gold  # noqa: E402
from real_gold import is_num  # noqa: E402
import build_realclaims_en  # noqa: E402  (labels of the English claims gold; not modified)
from realclaims_en_select import EXCLUDED  # noqa: E402  (the articles of heldout-real-en)

SPLIT = "heldout-realgroups-en"
GOLD_DIR = os.path.join(HERE, "..", "gold")
GOLD = os.path.join(GOLD_DIR, f"{SPLIT}.json")
CORPUS = build_realclaims_en.CORPUS
SHARED_CORPUS = "corpora/newswcl50.jsonl"
CORPUS_FILE = "newswcl50.jsonl"
ANNOTATIONS = "heldout-realgroups_en_gold.py"
CLAIMS_GOLDS = ("realclaims-en.json", "heldout-realclaims-en.json")

ARTICLE_IDS = {f"{e}_{o}" for e in "67" for o in ("LL", "L", "M", "R", "RR")}
STORY_OF_EVENT = {"6": "st-caravan", "7": "st-tariffs"}
STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}
QUALIFIERS = build_realclaims_en.QUALIFIERS
MEASURES = build_realclaims_en.MEASURES
UNITS = build_realclaims_en.UNITS
TIME_UNITS = build_realclaims_en.TIME_UNITS
LABEL_RE = build_realclaims_en.LABEL_RE
QUANTITY_KEYS = build_realclaims_en.CLAIM_KEYS
STATEMENT_KEYS = ["kind", "text", "subject", "predicate", "object", "source", "hedged", "denial", "group"]
ARTICLE_KEYS = ["input", "language", "story", "event", "claims"]
GROUP_KEYS = ["id", "story", "status", "why"]
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MAX_WORDS = {"quantity": 12, "statement": 20}


def build():
    mod = real_gold.load_annotations(os.path.join(HERE, ANNOTATIONS), "heldout_realgroups_en_gold")
    return {
        "split": SPLIT,
        "sharedCorpus": SHARED_CORPUS,
        "articles": [
            {"input": f"{SPLIT}/{CORPUS_FILE}#{aid}", "language": "en", "story": story, "event": event,
             "claims": claims}
            for aid, story, event, claims in mod.ARTICLES
        ],
        "stories": mod.STORIES,
        "groups": [{"id": g, "story": st, "status": status, "why": why} for g, st, status, why in mod.GROUPS],
        "rewrites": [],
    }


def label_ok(v):
    return isinstance(v, str) and bool(LABEL_RE.match(v))


def check_claim(where, c, text, problems):
    def bad(msg):
        problems.append(f"{where}: {msg} ({c.get('text')!r})")

    kind = c.get("kind")
    if kind not in MAX_WORDS:
        bad(f"kind {kind!r}")
        return
    keys = QUANTITY_KEYS if kind == "quantity" else STATEMENT_KEYS
    if list(c.keys()) != keys:
        bad(f"fields {list(c.keys())}")
        return
    if not isinstance(c["text"], str) or not c["text"].strip() or len(c["text"].split()) > MAX_WORDS[kind]:
        bad(f"text must be a short span (at most {MAX_WORDS[kind]} words)")
    elif text is not None and not any(c["text"] in s for s in text.split("\n")):
        bad("text not found in one sentence (line) of the article")
    if not isinstance(c["hedged"], bool):
        bad("hedged is not a boolean")
    if c["source"] is not None and not label_ok(c["source"]):
        bad(f"source {c['source']!r} is not a lower-case label")
    if not isinstance(c["group"], str) or not c["group"]:
        bad("every claim has a group")
    if kind == "statement":
        for key in ("subject", "predicate"):
            if not label_ok(c[key]):
                bad(f"{key} {c[key]!r} is not a lower-case label")
        if c["object"] is not None and not label_ok(c["object"]):
            bad(f"object {c['object']!r} is not a lower-case label")
        if not isinstance(c["denial"], bool):
            bad("denial is not a boolean")
        return
    if c["qualifier"] not in QUALIFIERS:
        bad(f"qualifier {c['qualifier']!r}")
    if c["qualifier"] == "range":
        if c["value"] is not None or not is_num(c["low"]) or not is_num(c["high"]) or not c["low"] < c["high"]:
            bad("a range has value null and low < high")
    elif not is_num(c["value"]) or c["low"] is not None or c["high"] is not None:
        bad("a figure has a value and null low/high")
    elif c["value"] < 0:
        bad("negative value")
    if c["unit"] is not None and c["unit"] not in UNITS:
        bad(f"unit {c['unit']!r} is neither in docs/VOCABULARY.md nor a documented addition")
    if c["measure"] is not None and c["measure"] not in MEASURES:
        bad(f"measure {c['measure']!r}")
    if c["measure"] == "duration" and c["unit"] not in TIME_UNITS:
        bad("a duration needs a unit of time")
    if c["time"] is not None:
        bad("no claim of these articles has a time of its own (NewsWCL50 gives no dates)")
    if c["subject"] is not None and not label_ok(c["subject"]):
        bad(f"subject {c['subject']!r} is not a lower-case label")


def claims_gold_quantities():
    """Quantity claims the English claims gold gives for these articles: {id: [claim without group]}."""
    out = {}
    for name in CLAIMS_GOLDS:
        path = os.path.join(GOLD_DIR, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        for art in gold["articles"]:
            aid = art["input"].rsplit("#", 1)[1]
            if aid in ARTICLE_IDS:
                out[aid] = [{k: v for k, v in c.items() if k != "group"} for c in art["claims"]]
    return out


def validate(gold, texts):
    problems = []
    if list(gold.keys()) != ["split", "sharedCorpus", "articles", "stories", "groups", "rewrites"]:
        problems.append(f"top-level fields {list(gold.keys())}")
    if gold.get("split") != SPLIT or gold.get("sharedCorpus") != SHARED_CORPUS or gold.get("rewrites") != []:
        problems.append("split / sharedCorpus / rewrites")
    stories = {s["id"]: {e["id"] for e in s.get("events", [])} for s in gold.get("stories", [])}
    if set(stories) != set(STORY_OF_EVENT.values()):
        problems.append(f"stories {sorted(stories)}")
    groups = {}
    for g in gold.get("groups", []):
        if list(g.keys()) != GROUP_KEYS:
            problems.append(f"group fields {list(g.keys())}")
            continue
        if not ID_RE.match(g["id"]) or g["id"] in groups:
            problems.append(f"group id {g['id']!r} malformed or repeated")
        if g["status"] not in STATUSES:
            problems.append(f"group {g['id']}: status {g['status']!r}")
        if g["story"] not in stories:
            problems.append(f"group {g['id']}: story {g['story']!r}")
        if not isinstance(g["why"], str) or not g["why"].strip():
            problems.append(f"group {g['id']}: a why sentence")
        groups[g["id"]] = g
    members = {gid: [] for gid in groups}  # group -> [(article id, story, claim)]
    prefix = f"{SPLIT}/{CORPUS_FILE}#"
    seen = set()
    reference = claims_gold_quantities()
    for art in gold.get("articles", []):
        inp = art.get("input", "")
        aid = inp[len(prefix):] if inp.startswith(prefix) else None
        where = f"{SPLIT}.json {inp}"
        if list(art.keys()) != ARTICLE_KEYS or art.get("language") != "en":
            problems.append(f"{where}: an article has exactly {ARTICLE_KEYS}, language \"en\"")
            continue
        if aid not in ARTICLE_IDS or aid in seen:
            problems.append(f"{where}: not one of the ten articles of events 6 and 7, or repeated")
            continue
        seen.add(aid)
        if aid in EXCLUDED:
            problems.append(f"{where}: {aid} belongs to heldout-real-en")
        if art["story"] != STORY_OF_EVENT[aid[0]] or art["event"] not in stories.get(art["story"], set()):
            problems.append(f"{where}: story / event")
        text = None
        if texts is not None:
            if aid not in texts:
                problems.append(f"{where}: no article {aid} in {CORPUS_FILE}")
            else:
                text = texts[aid]
        for c in art["claims"]:
            check_claim(where, c, text, problems)
            gid = c.get("group")
            if gid not in groups:
                problems.append(f"{where}: group {gid!r} of {c.get('text')!r} is not in groups")
            else:
                members[gid].append((aid, art["story"], c))
        if aid in reference:
            mine = [{k: v for k, v in c.items() if k != "group"} for c in art["claims"] if c["kind"] == "quantity"]
            if mine != reference[aid]:
                problems.append(f"{where}: quantity claims differ from the English claims gold's for {aid}")
    if seen != ARTICLE_IDS:
        problems.append(f"articles missing: {sorted(ARTICLE_IDS - seen)}")
    for gid, ms in members.items():
        g = groups[gid]
        if not ms:
            problems.append(f"group {gid}: no claim")
            continue
        if {st for _, st, _ in ms} != {g["story"]}:
            problems.append(f"group {gid}: claims outside story {g['story']}")
        kinds = {c["kind"] for _, _, c in ms}
        if len(kinds) != 1:
            problems.append(f"group {gid}: mixes quantities and statements")
        arts = {a for a, _, _ in ms}
        if (g["status"] == "single-source") != (len(arts) == 1):
            problems.append(f"group {gid}: single-source exactly when one article carries it ({sorted(arts)})")
        denials = [c for _, _, c in ms if c["kind"] == "statement" and c["denial"]]
        if (g["status"] == "disputed") != bool(denials):
            problems.append(f"group {gid}: a disputed group holds a denial, and a denial makes its group disputed")
        if denials and len(denials) == len(ms):
            problems.append(f"group {gid}: a denial needs the claim it denies")
    return problems


def counts(gold):
    claims = [c for a in gold["articles"] for c in a["claims"]]
    by_kind = {k: sum(c["kind"] == k for c in claims) for k in ("quantity", "statement")}
    denials = sum(c["kind"] == "statement" and c["denial"] for c in claims)
    by_status = {}
    for g in gold["groups"]:
        by_status[g["status"]] = by_status.get(g["status"], 0) + 1
    st = ", ".join(f"{k} {by_status.get(k, 0)}" for k in ("agreed", "compatible", "conflicting", "disputed",
                                                          "single-source"))
    return (f"{len(gold['articles'])} articles, {by_kind['quantity']} quantity and {by_kind['statement']} "
            f"statement claims ({denials} denials), {len(gold['groups'])} groups: {st}")


def main(argv):
    check_only = "--check" in argv[1:]
    texts = real_gold.load_corpus(CORPUS)
    if texts is None:
        print(f"build_realgroups_en: ../shared/corpora/{CORPUS_FILE} not present; spans and ids not checked")
    gold = real_gold.read_or_build(GOLD, check_only, build)
    problems = validate(gold, texts)
    for p in problems:
        print("build_realgroups_en:", p)
    print(f"build_realgroups_en: {'FAILED' if problems else 'ok'} ({counts(gold)})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
