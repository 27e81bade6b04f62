#!/usr/bin/env python3
"""Builds and validates the real-text group gold of the study split `realgroups-en`.

Usage: python3 examples/tools/build_realgroups_en_study.py          (writes examples/gold/realgroups-en.json
       from realgroups_en_gold.py, then validates it; exit status 1 on a problem)
       python3 examples/tools/build_realgroups_en_study.py --check  (validates the committed gold only)

The articles are real: NewsWCL50 events 1 (the Comey memos) and 9 (Israel's claims on Iran's nuclear
programme), the eight articles 1_L, 1_LL, 1_M, 1_RR, 9_L, 9_M, 9_R, 9_RR, read from
../shared/corpora/newswcl50.jsonl, which never enters the repository; the gold holds only short spans.
Without ../shared the check validates everything but the spans and the ids' existence.

Checks: fields and labels (qualifiers, units and measures of build_realclaims_en.py plus the additions
below; lower-case subject/source labels), value/low/high, statuses; every claim's group exists and every
group has a claim; a group's claims lie in the group's story and every article in its own story; a
`disputed` group holds a denial and a denial stands only in a disputed group; a `single-source` group's
claims come from one article and a group whose claims come from one article is `single-source`; the quantity
claims of articles shared with examples/gold/realclaims-en.json equal those claims (apart from `group`);
only the eight articles are annotated; with ../shared, each id exists and each `text` lies inside one line
(sentence) of its article. Conventions: examples/realgroups-en.md.
"""

import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import build_realclaims_en  # noqa: E402  (labels of the English claims gold; not modified)
import realgroups_en_gold as G  # noqa: E402

SPLIT = "realgroups-en"
GOLD = os.path.join(HERE, "..", "gold", f"{SPLIT}.json")
REALCLAIMS = os.path.join(HERE, "..", "gold", "realclaims-en.json")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "newswcl50.jsonl")
SHARED_CORPUS = "corpora/newswcl50.jsonl"
CORPUS_FILE = "newswcl50.jsonl"
ARTICLE_IDS = ["1_L", "1_LL", "1_M", "1_RR", "9_L", "9_M", "9_R", "9_RR"]

QUALIFIERS = build_realclaims_en.QUALIFIERS
MEASURES = build_realclaims_en.MEASURES
# Counted nouns of these articles that no earlier list holds (examples/realgroups-en.md).
UNITS = build_realclaims_en.UNITS | {"committee"}
TIME_UNITS = build_realclaims_en.TIME_UNITS
STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}
QUANTITY_KEYS = build_realclaims_en.CLAIM_KEYS
STATEMENT_KEYS = ["kind", "text", "subject", "predicate", "object", "source", "hedged", "denial", "group"]
LABEL_RE = re.compile(r"^[^A-Z\s][^A-Z]*[^A-Z\s]$")
GROUP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def build():
    return {
        "split": SPLIT,
        "sharedCorpus": SHARED_CORPUS,
        "articles": [
            {"input": f"{SPLIT}/{CORPUS_FILE}#{aid}", "language": "en", "story": story, "event": event,
             "claims": claims}
            for aid, story, event, claims in G.ARTICLES
        ],
        "stories": G.STORIES,
        "groups": G.GROUPS,
        "rewrites": [],
    }


def load_corpus():
    if not os.path.exists(CORPUS):
        return None
    texts = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                art = json.loads(line)
                if art["id"] in ARTICLE_IDS:  # read only the eight articles of this split
                    texts[art["id"]] = art["text"]
    return texts


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def label_ok(v):
    return v is None or (isinstance(v, str) and LABEL_RE.match(v) is not None)


def check_quantity(bad, c):
    if list(c.keys()) != QUANTITY_KEYS:
        bad(f"quantity fields {list(c.keys())}")
        return
    if len(c["text"].split()) > 12:
        bad("a quantity span is at most about ten words")
    if c["qualifier"] not in QUALIFIERS:
        bad(f"qualifier {c['qualifier']!r}")
    if c["qualifier"] == "range":
        if c["value"] is not None or not is_num(c["low"]) or not is_num(c["high"]) or not c["low"] < c["high"]:
            bad("a range has value null and low < high")
    elif not is_num(c["value"]) or c["low"] is not None or c["high"] is not None or c["value"] < 0:
        bad("a figure has a non-negative value and null low/high")
    if c["unit"] is not None and c["unit"] not in UNITS:
        bad(f"unit {c['unit']!r}")
    if c["measure"] is not None and c["measure"] not in MEASURES:
        bad(f"measure {c['measure']!r}")
    if c["measure"] == "duration" and c["unit"] not in TIME_UNITS:
        bad("a duration needs a unit of time")
    if c["time"] is not None:
        bad("NewsWCL50 gives no dates: time is null")
    for key in ("subject", "source"):
        if not label_ok(c[key]):
            bad(f"{key} {c[key]!r} is not a lower-case label")
    if not isinstance(c["hedged"], bool):
        bad("hedged is not a boolean")


def check_statement(bad, c):
    if list(c.keys()) != STATEMENT_KEYS:
        bad(f"statement fields {list(c.keys())}")
        return
    if len(c["text"].split()) > 25:
        bad("a statement span is one clause, not a paragraph")
    for key in ("subject", "predicate", "object", "source"):
        if not label_ok(c[key]):
            bad(f"{key} {c[key]!r} is not a lower-case label")
    if not c["subject"] or not c["predicate"]:
        bad("a statement has a subject and a predicate")
    if not isinstance(c["hedged"], bool) or not isinstance(c["denial"], bool):
        bad("hedged and denial are booleans")
    if c["denial"] and not c["source"]:
        bad("a denial names the denying party as source")


def validate(gold, texts, problems):
    if gold.get("split") != SPLIT or gold.get("sharedCorpus") != SHARED_CORPUS:
        problems.append("split / sharedCorpus")
    if gold.get("rewrites") != []:
        problems.append("rewrites must be empty")
    stories = {}
    for st in gold.get("stories", []):
        if set(st) != {"id", "label", "events"} or not st["events"]:
            problems.append(f"story {st.get('id')}: id, label and events")
        stories[st["id"]] = {ev["id"] for ev in st["events"]}
    groups = {}
    for g in gold.get("groups", []):
        if set(g) != {"id", "story", "status", "why"} or not GROUP_RE.match(g.get("id", "")):
            problems.append(f"group {g.get('id')}: id, story, status, why")
        if g.get("id") in groups:
            problems.append(f"group {g['id']} defined twice")
        if g.get("status") not in STATUSES:
            problems.append(f"group {g.get('id')}: status {g.get('status')!r}")
        if g.get("story") not in stories:
            problems.append(f"group {g.get('id')}: unknown story {g.get('story')!r}")
        if not isinstance(g.get("why"), str) or not g["why"].strip() or len(g["why"]) > 600:
            problems.append(f"group {g.get('id')}: why is one sentence")
        groups[g["id"]] = g
    members = {gid: [] for gid in groups}
    prefix = f"{SPLIT}/{CORPUS_FILE}#"
    seen = []
    for art in gold.get("articles", []):
        inp = art.get("input", "")
        aid = inp[len(prefix):] if inp.startswith(prefix) else None
        if aid not in ARTICLE_IDS:
            problems.append(f"{inp}: only {', '.join(ARTICLE_IDS)} belong to this split")
            continue
        if aid in seen:
            problems.append(f"{inp}: annotated twice")
        seen.append(aid)
        if set(art) != {"input", "language", "story", "event", "claims"} or art["language"] != "en":
            problems.append(f"{inp}: input, language \"en\", story, event, claims")
        if art.get("story") not in stories or art.get("event") not in stories.get(art.get("story"), ()):
            problems.append(f"{inp}: story/event {art.get('story')!r}/{art.get('event')!r}")
        if aid[0] != {"st-comey-memos": "1", "st-iran-claims": "9"}.get(art.get("story")):
            problems.append(f"{inp}: an article of event {aid[0]} in story {art.get('story')}")
        text = None
        if texts is not None:
            if aid not in texts:
                problems.append(f"{inp}: no article {aid} in {CORPUS_FILE}")
            else:
                text = texts[aid]
        for c in art.get("claims", []):
            def bad(msg, c=c, inp=inp):
                problems.append(f"{inp}: {msg} ({c.get('text')!r})")
            if not isinstance(c.get("text"), str) or not c["text"].strip():
                bad("text must be a span")
                continue
            if c.get("kind") == "quantity":
                check_quantity(bad, c)
            elif c.get("kind") == "statement":
                check_statement(bad, c)
            else:
                bad(f"kind {c.get('kind')!r}")
                continue
            if text is not None and not any(c["text"] in line for line in text.split("\n")):
                bad("text not found in one sentence (line) of the article")
            gid = c.get("group")
            if gid not in groups:
                bad(f"group {gid!r} is not defined")
                continue
            if groups[gid]["story"] != art.get("story"):
                bad(f"group {gid} belongs to {groups[gid]['story']}, the article to {art.get('story')}")
            members[gid].append((aid, c))
    if sorted(seen) != sorted(ARTICLE_IDS):
        problems.append(f"articles {seen}: all eight must be annotated")
    for gid, ms in members.items():
        g = groups[gid]
        if not ms:
            problems.append(f"group {gid} has no claim")
            continue
        kinds = {c["kind"] for _, c in ms}
        if len(kinds) > 1:
            problems.append(f"group {gid} mixes quantities and statements")
        arts = {aid for aid, _ in ms}
        denials = [c for _, c in ms if c.get("denial")]
        if g["status"] == "disputed" and not denials:
            problems.append(f"group {gid} is disputed but holds no denial")
        if denials and g["status"] != "disputed":
            problems.append(f"group {gid} holds a denial but is {g['status']}")
        if g["status"] == "single-source" and len(arts) != 1:
            problems.append(f"group {gid} is single-source but its claims come from {sorted(arts)}")
        if len(arts) == 1 and g["status"] != "single-source":
            problems.append(f"group {gid}: all its claims come from {min(arts)}, so it is single-source")
    # the quantity claims of the articles shared with realclaims-en are those claims (apart from group)
    if os.path.exists(REALCLAIMS):
        with open(REALCLAIMS, encoding="utf-8") as f:
            rc = {a["input"].split("#")[1]: a["claims"] for a in json.load(f)["articles"]}
        for art in gold.get("articles", []):
            aid = art["input"].split("#")[1]
            if aid in rc:
                ours = [dict(c, group=None) for c in art["claims"] if c["kind"] == "quantity"]
                if ours != rc[aid]:
                    problems.append(f"{aid}: quantity claims differ from realclaims-en.json")


def counts(gold):
    kinds, status = {}, {}
    for a in gold["articles"]:
        for c in a["claims"]:
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    for g in gold["groups"]:
        status[g["status"]] = status.get(g["status"], 0) + 1
    return (f"{len(gold['articles'])} articles, "
            + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())) + f" claims, {len(gold['groups'])} groups ("
            + ", ".join(f"{n} {k}" for k, n in sorted(status.items())) + ")")


def main(argv):
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print(f"build_realgroups_en_study: ../shared/corpora/{CORPUS_FILE} not present; spans and ids not checked")
    if check_only:
        with open(GOLD, encoding="utf-8") as f:
            gold = json.load(f)
    else:
        gold = build()
        with open(GOLD, "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    problems = []
    validate(gold, texts, problems)
    for p in problems:
        print("build_realgroups_en_study:", p)
    print(f"build_realgroups_en_study: {'FAILED' if problems else 'ok'} ({counts(gold)})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
