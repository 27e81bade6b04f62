#!/usr/bin/env python3
"""Compares two `parallax eval --json` outputs and prints every metric that moved.

Usage:
  python3 scripts/eval_diff.py BEFORE.json AFTER.json [--only NAME,...] [--table SPLIT]

Without --table: one line per (split, metric) whose value changed, or that only one side has, as
`split  metric  before -> after  (n before->after)`; --only keeps metrics whose name contains one of the
given parts (e.g. `--only quantity,groups.pairF1`). With --table SPLIT: a Markdown table of that split's
metrics before and after (the form of docs/EVALUATION.md's "… when it was first seen" sections).
Reads only the two files; it is how a merge is checked against its branch's report and how a round's
yardstick is compared start to end.
"""

import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            metrics = json.load(handle)
    except (OSError, ValueError) as error:
        sys.exit(f"eval_diff: cannot read {path}: {error}")
    return {(metric["split"], metric["name"]): metric for metric in metrics}


def shown(metric):
    return "—" if metric is None else f"{metric['value']:.3f}"


def changes(before, after, only):
    for key in sorted(set(before) | set(after)):
        if only and not any(part in key[1] for part in only):
            continue
        old, new = before.get(key), after.get(key)
        if old is not None and new is not None and abs(old["value"] - new["value"]) <= 1e-9:
            continue
        counts = f"{old and old['count']}->{new and new['count']}"
        print(f"{key[0]:16} {key[1]:45} {shown(old)} -> {shown(new)}  (n {counts})")


def table(before, after, split):
    print(f"| metric | before | after |\n|---|---|---|")
    names = [name for (each, name) in before if each == split]
    names += [name for (each, name) in after if each == split and (split, name) not in before]
    for name in names:
        cells = [before.get((split, name)), after.get((split, name))]
        text = ["–" if cell is None else f"{cell['value']:.3f} (n={cell['count']})" for cell in cells]
        print(f"| {name} | {text[0]} | {text[1]} |")


def main(arguments):
    if len(arguments) < 2:
        sys.exit(__doc__)
    before, after = load(arguments[0]), load(arguments[1])
    options = arguments[2:]
    if "--table" in options:
        table(before, after, options[options.index("--table") + 1])
    else:
        only = options[options.index("--only") + 1].split(",") if "--only" in options else []
        changes(before, after, only)


if __name__ == "__main__":
    main(sys.argv[1:])
