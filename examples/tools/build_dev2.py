#!/usr/bin/env python3
"""Render Parallax's second development split (examples/corpus/dev2/, examples/gold/dev2.json).

Written by the Parallax team. Every article is invented: events, places, outlets, people and
numbers. The split is deliberately written in other styles than `dev` (other outlets, dateline
formats, number formats, units, sources and measures, longer sentences, more English). Each
article is written once as blocks of sentences with their role, claims and loaded terms, and
rendered from that single source into its input file and its gold entry (see dev2_lib.py).

Usage: python3 examples/tools/build_dev2.py          # render corpus and gold, then validate
       python3 examples/tools/build_dev2.py --check  # validate the existing gold and corpus only
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev2_lib import render_all, report, validate  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "examples", "corpus")
GOLD = os.path.join(ROOT, "examples", "gold", "dev2.json")

ARTICLES, STORIES, GROUPS, REWRITES, FEEDS = [], [], [], [], {}


def story(sid, label, events):
    STORIES.append({"id": sid, "label": label,
                    "events": [{"id": e, "label": l} for e, l in events]})


def group(gid, sid, status, why):
    GROUPS.append({"id": gid, "story": sid, "status": status, "why": why})


def article(**kw):
    kw.setdefault("authors", [])
    ARTICLES.append(kw)


STORY_MODULES = ["dev2_measles", "dev2_rail", "dev2_quake", "dev2_fink"]


def main():
    import importlib
    for name in STORY_MODULES:
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name + ".py")
        if os.path.exists(path):
            importlib.import_module(name).add(story, group, article, REWRITES, FEEDS)
    if "--check" not in sys.argv:
        gold = render_all("dev2", ARTICLES, STORIES, GROUPS, REWRITES, FEEDS, CORPUS)
        os.makedirs(os.path.dirname(GOLD), exist_ok=True)
        with open(GOLD, "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    with open(GOLD, encoding="utf-8") as handle:
        gold = json.load(handle)
    return report(gold, validate(gold, CORPUS))

if __name__ == "__main__":
    sys.exit(main())
