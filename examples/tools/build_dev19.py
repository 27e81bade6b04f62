#!/usr/bin/env python3
"""Builds the example split dev19 (by a twenty-third writer, written without knowledge of the extractor; this round's
unseen yardstick) and its gold annotations.

Usage: python3 examples/tools/build_dev19.py        (writes examples/corpus/dev19/ and
       examples/gold/dev19.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_dev19.py --check (validates the committed gold only)

Besides dev3_lib's checks (every body sentence present and in order, spans inside sentences, group members exist,
statuses agree with the number of articles), --check also makes sure that every status occurs at least twice in the
split, that labels come from docs/VOCABULARY.md's lists used here, that each denial shares its group with a claim it
denies, and that the input files exist.

Written by the Parallax team. All stories, countries, outlets, people and figures are invented.
"""

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import run_split  # noqa: E402
import dev19_stellwand  # noqa: E402
import dev19_varnfjell  # noqa: E402
import dev19_skarre  # noqa: E402
import dev19_zement  # noqa: E402
import dev19_ottenwiel  # noqa: E402

STORIES = [dev19_stellwand, dev19_varnfjell, dev19_skarre, dev19_zement, dev19_ottenwiel]

STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}
ROLES = {"heading", "reporting", "opinion", "quote"}
CATEGORIES = {"glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"}
USAGES = {"used", "reported", "distancing"}
UNITS = {None, "person", "passenger", "aircraft", "boat", "company", "flat", "household", "job", "worker", "metre",
         "kilometre", "mile", "hectare", "acre", "square kilometre", "square mile", "tonne", "cubic metre", "megawatt",
         "kilometre per hour", "mile per hour", "eur", "usd", "percent", "year", "month", "week", "hour"}
MEASURES = {None, "killed", "wounded", "killed or wounded", "evacuated", "deployed", "affected", "size", "distance", "cost", "fined", "paid",
            "duration", "employed", "increase", "decrease"}


def extra_checks(gold, corpus):
    problems = []
    statuses = {}
    for g in gold["groups"]:
        statuses[g["status"]] = statuses.get(g["status"], 0) + 1
        if g["status"] not in STATUSES:
            problems.append(f"group {g['id']}: bad status {g['status']}")
    for s in STATUSES:
        if statuses.get(s, 0) < 2:
            problems.append(f"status {s} occurs {statuses.get(s, 0)} times (at least 2 wanted)")
    for a in gold["articles"]:
        name = a["input"]
        path = os.path.join(corpus, name.split("/", 1)[1].split("#", 1)[0])
        if not os.path.exists(path):
            problems.append(f"{name}: input file missing")
        for r in a["roles"]:
            if r not in ROLES:
                problems.append(f"{name}: bad role {r}")
        if a["roles"] and a["roles"][0] != "heading":
            problems.append(f"{name}: first sentence is not the heading")
        for l in a["loaded"]:
            if l["category"] not in CATEGORIES or l["usage"] not in USAGES:
                problems.append(f"{name}: bad loaded label {l}")
        for c in a["claims"]:
            if c["kind"] == "quantity":
                if c["unit"] not in UNITS:
                    problems.append(f"{name}: unit not in this split's list: {c['unit']}")
                if c["measure"] not in MEASURES:
                    problems.append(f"{name}: measure not in this split's list: {c['measure']}")
            elif c.get("denial"):
                if not c["source"]:
                    problems.append(f"{name}: denial without a denying party: {c['text']}")
                others = [d for b in gold["articles"] for d in b["claims"]
                          if d["group"] == c["group"] and not (d["kind"] == "statement" and d.get("denial"))]
                if not others:
                    problems.append(f"{name}: denial with nothing to deny: {c['text']}")
    for g in gold["groups"]:
        denied = any(c.get("denial") for a in gold["articles"] for c in a["claims"] if c["group"] == g["id"])
        if denied and g["status"] != "disputed":
            problems.append(f"group {g['id']}: has a denial but is {g['status']}")
    return problems


if __name__ == "__main__":
    status = run_split("dev19", STORIES, sys.argv)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "gold", "dev19.json"), encoding="utf-8") as f:
        gold = json.load(f)
    problems = extra_checks(gold, os.path.join(root, "corpus", "dev19"))
    for p in problems:
        print("problem:", p)
    sys.exit(1 if status or problems else 0)
