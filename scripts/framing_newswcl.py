#!/usr/bin/env python3
"""Framing analysis helper over NewsWCL50 that never touches the held-out articles.

Usage:
  framing_newswcl.py grep REGEX [--set all|gold|free]    sentences matching REGEX (case-insensitive)
  framing_newswcl.py loaded REPORT.json [--set ...]       loaded terms of a parallax analyze JSON report
  framing_newswcl.py corpus OUT.jsonl [--set ...]         writes the allowed articles (for parallax analyze)
Sets: gold = the 12 real-en articles, free = the 26 articles in neither real-en split, all = both.
"""
import json, re, sys, os

HELDOUT = {"4_R", "4_RR", "2_R", "8_M", "0_RR", "3_RR", "9_LL", "0_M", "3_R", "1_R", "8_RR", "5_L"}
CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpora", "newswcl50.jsonl")
GOLD = os.path.join(os.path.dirname(__file__), "..", "examples", "gold", "real-en.json")

def gold_ids():
    g = json.load(open(GOLD))
    return {a["input"].split("#")[1] for a in g["articles"]}

def articles(which):
    gids = gold_ids()
    for line in open(CORPUS):
        d = json.loads(line)
        if d["id"] in HELDOUT:
            continue
        if which == "gold" and d["id"] not in gids:
            continue
        if which == "free" and d["id"] in gids:
            continue
        yield d

def main():
    args = sys.argv[1:]
    which = "all"
    if "--set" in args:
        i = args.index("--set"); which = args[i + 1]; del args[i:i + 2]
    cmd = args[0]
    if cmd == "grep":
        rx = re.compile(args[1], re.I)
        for d in articles(which):
            for s in d["text"].split("\n"):
                if rx.search(s):
                    print(f"{d['id']}: {s.strip()[:300]}")
    elif cmd == "corpus":
        with open(args[1], "w") as f:
            for d in articles(which):
                f.write(json.dumps(d) + "\n")
    elif cmd == "loaded":
        allowed = {d["id"] for d in articles(which)}
        rep = json.load(open(args[1]))
        items = rep if isinstance(rep, list) else rep.get("articles", [rep])
        for a in items:
            aid = str(a.get("input") or a.get("id", ""))
            aid = aid.split("#")[-1]
            if aid not in allowed:
                continue
            sents = {x["id"]: x["text"] for x in a.get("sentences", [])}
            for t in a.get("framing", {}).get("loaded", []):
                ctx = sents.get(t.get("sentence"), "")[:200] if "-v" in sys.argv else ""
                print(f"{aid}\t{t.get('usage')}\t{t.get('category')}\t{t.get('text')}\t{ctx}")
if __name__ == "__main__":
    main()
