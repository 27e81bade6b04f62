#!/usr/bin/env python3
"""Builds the held-out example corpus (the fourth writer's split) and its gold annotations.

Usage: python3 examples/tools/build_heldout.py        (writes examples/corpus/heldout/ and
       examples/gold/heldout.json, then validates the gold; exit status 1 on a problem)
       python3 examples/tools/build_heldout.py --check (validates the committed gold only)

Written by the Parallax team. All stories, outlets, people and figures are invented.
Held out: never read these articles or their gold while tuning.
"""

import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from dev3_lib import gold_article, validate, write  # noqa: E402
import heldout_brennstedt  # noqa: E402
import heldout_kelland  # noqa: E402
import heldout_solven  # noqa: E402
import heldout_merze  # noqa: E402
import heldout_lindach  # noqa: E402

STORIES = [heldout_brennstedt, heldout_kelland, heldout_solven, heldout_merze, heldout_lindach]

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus", "heldout")
GOLD = os.path.join(ROOT, "gold", "heldout.json")


def build():
    gold = {"split": "heldout", "articles": [], "stories": [], "groups": [], "rewrites": []}
    for story in STORIES:
        gold["articles"] += [gold_article(a) for a in story.ARTICLES]
        gold["stories"].append(story.STORY)
        gold["groups"] += story.GROUPS
        gold["rewrites"] += story.REWRITES
    return gold


def main():
    if "--check" in sys.argv:
        with open(GOLD, encoding="utf-8") as f:
            gold = json.load(f)
    else:
        gold = build()
        for story in STORIES:
            for name, (text, gz) in story.files().items():
                write(os.path.join(CORPUS, name), text, gz)
        write(GOLD, json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    problems = validate(gold)
    for p in problems:
        print("problem:", p)
    n = len(gold["articles"])
    de = sum(1 for a in gold["articles"] if a["language"] == "de")
    print(f"{n} articles ({de} de), {len(gold['stories'])} stories, {len(gold['groups'])} groups, "
          f"{sum(len(a['claims']) for a in gold['articles'])} claims, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
