#!/usr/bin/env python3
"""Checks of agreement.py (run by scripts/test.sh): a split's gold agrees with itself fully, and a changed unit, measure or
missing claim lowers exactly the figure it should."""

import contextlib
import io
import json
import os
import sys
import tempfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import agreement  # noqa: E402

SPLIT = "dev"


def second_from_gold(change=None):
    gold = json.load(open(os.path.join(agreement.ROOT, "examples", "gold", SPLIT + ".json"), encoding="utf-8"))
    rows = []
    for article in gold["articles"]:
        for claim in article["claims"]:
            if claim["kind"] == "quantity":
                rows.append(dict(claim, article=article["input"]))
        rows += [{"article": article["input"], "kind": "loaded", "text": t["text"]}
                 for t in article.get("loaded", []) if t.get("usage") == "used"]
    return change(rows) if change else rows


def figures(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in rows) + "\n")
    out = io.StringIO()
    sys.argv = ["agreement.py", SPLIT, handle.name]
    with contextlib.redirect_stdout(out):
        agreement.main()
    os.unlink(handle.name)
    text = out.getvalue()
    f1 = float(text.split("F1 ")[1].split()[0])
    measure = float(text.split("measure ")[1].split()[0])
    return f1, measure


def first_quantity(rows):
    return next(i for i, r in enumerate(rows) if r.get("kind") == "quantity")


def with_unit_changed(rows):
    rows[first_quantity(rows)]["unit"] = "no such unit"
    return rows


def with_measure_changed(rows):
    rows[first_quantity(rows)]["measure"] = "no such measure"
    return rows


def main():
    assert figures(second_from_gold()) == (1.0, 1.0), "the gold must agree with itself"
    f1, measure = figures(second_from_gold(with_unit_changed))
    assert f1 < 1.0 and measure == 1.0, (f1, measure)
    f1, measure = figures(second_from_gold(with_measure_changed))
    assert f1 == 1.0 and measure < 1.0, (f1, measure)
    f1, _ = figures(second_from_gold(lambda rows: rows[1:] if rows[0].get("kind") == "quantity" else rows))
    assert f1 < 1.0, f1
    print("agreement.py: 4 checks passed")


if __name__ == "__main__":
    main()
