#!/usr/bin/env python3
"""Agreement between two human annotations of one split: how far a second, blind annotator agrees with a split's gold.

Usage: python3 examples/tools/agreement.py SPLIT SECOND.jsonl [--report REPORT.json] [--show] [--agreed-misses]

SECOND.jsonl holds the second annotator's claims, one JSON object per line:
  {"article": INPUT, "kind": "quantity", "text": ..., "value": ..., "low": ..., "high": ..., "qualifier": ...,
   "unit": ..., "measure": ..., "time": {"start": ..., "end": ...} | null, "source": ..., "hedged": ...}
  {"article": INPUT, "kind": "loaded", "text": ..., "category": ...}
where INPUT is the gold's article `input` (`dev29/klartext.rss#kt-2049-05-17-velmar`). The gold annotation is
`examples/gold/SPLIT.json`; it plays the part of the reference, the second annotation that of a prediction, and both are
paired by the rules `parallax eval` scores Parallax by (docs/EVALUATION.md, `claims` and `framing`): a quantity pairs
with a gold quantity of the same article and number (a one-sided bound as value + qualifier or as low/high alike), spans
that contain one another first; a pair is correct when unit and qualifier agree too; measure, time, source and hedging
are compared over all pairs; loaded terms in the writer's voice match when one text contains the other.

With --report (a `parallax analyze --format json` report of the same split's articles), the script also scores Parallax
on the *agreed* claims only — the gold quantities whose pair with the second annotation agrees on a field — so a reader
can tell the part of Parallax's misses that falls on claims two humans label alike (rule gaps) from the part where the
humans differ too (conventions). --show prints every disagreement between the two annotators; --agreed-misses (with
--report) prints Parallax's misses on the agreed claims alone — rule gaps by construction, a worklist for a study split
(never run it on an unseen or held-out split).
"""

import argparse
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIELDS = ("measure", "time", "source", "hedged")


def bounds(value, low, high, qualifier):
    if value is not None and qualifier in ("at-least", "more-than") and low is None:
        return None, value, high
    if value is not None and qualifier in ("up-to", "less-than") and high is None:
        return None, low, value
    return value, low, high


def same(left, right):
    if left is None or right is None:
        return left is None and right is None
    return abs(left - right) <= max(1e-6, abs(right) * 1e-3)


def same_number(claim, gold):
    ev, el, eh = bounds(claim.get("value"), claim.get("low"), claim.get("high"), claim.get("qualifier"))
    gv, gl, gh = bounds(gold.get("value"), gold.get("low"), gold.get("high"), gold.get("qualifier"))
    if gv is None and gl is not None and gh is None:
        return same(el if el is not None else ev, gl)
    return same(ev, gv) and same(el, gl) and same(eh, gh)


def overlaps(a, b):
    return a in b or b in a


def interval(time):
    if not time or (time.get("start") is None and time.get("end") is None):
        return None
    return time.get("start"), time.get("end")


def field(claim, name):
    if name == "time":
        return interval(claim.get("time"))
    if name == "hedged":
        return bool(claim.get("hedged"))
    return claim.get(name)


def pair(gold_claims, found):
    """Pairs gold quantities with found ones as the claims scorer does; returns pairs, missed gold, unpaired found."""
    found = list(found)
    pairs, unpaired = [], []
    for claim in gold_claims:
        index = next((i for i, c in enumerate(found) if same_number(c, claim) and overlaps(c["text"], claim["text"])), None)
        if index is None:
            unpaired.append(claim)
        else:
            pairs.append((claim, found.pop(index)))
    missed = []
    for claim in unpaired:
        index = next((i for i, c in enumerate(found) if same_number(c, claim)), None)
        if index is None:
            missed.append(claim)
        else:
            pairs.append((claim, found.pop(index)))
    return pairs, missed, found


def report_claims(path):
    """Quantities of a Parallax report, per article input, in the second annotation's shape."""
    report = json.load(open(path, encoding="utf-8"))
    inputs = {a["id"]: a["input"] for a in report["articles"]}
    result = {}
    for claim in report.get("claims", []):
        if claim.get("kind") != "quantity" or not claim.get("quantity"):
            continue
        q = claim["quantity"]
        attribution = claim.get("attribution") or {}
        time = claim.get("time")
        result.setdefault(inputs.get(claim["article"], ""), []).append({
            "text": claim.get("text", ""), "value": q.get("value"), "low": q.get("low"), "high": q.get("high"),
            "qualifier": q.get("qualifier"), "unit": q.get("unit"), "measure": claim.get("measure"),
            "time": {"start": time.get("start"), "end": time.get("end")} if time else None,
            "source": attribution.get("source"), "hedged": attribution.get("hedged", False)})
    return result


def input_key(input_name, inputs):
    """The report's input path ends with the gold's `split/file#item`."""
    for key in inputs:
        if key.endswith(input_name):
            return key
    return None


def ratio(a, b):
    return a / b if b else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("split")
    parser.add_argument("second")
    parser.add_argument("--report")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--agreed-misses", action="store_true")
    args = parser.parse_args()
    gold = json.load(open(os.path.join(ROOT, "examples", "gold", args.split + ".json"), encoding="utf-8"))
    second = {}
    for number, line in enumerate(open(args.second, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            sys.exit(f"{args.second}:{number}: not JSON ({error})")
        second.setdefault(item.get("article"), []).append(item)
    unknown = set(second) - {a["input"] for a in gold["articles"]}
    if unknown:
        sys.exit(f"{args.second}: articles not in the {args.split} gold: {', '.join(sorted(map(str, unknown)))}")
    parallax = report_claims(args.report) if args.report else None

    counts = {"gold": 0, "second": 0, "pairs": 0, "correct": 0, **{f: 0 for f in FIELDS}}
    loaded = {"gold": 0, "second": 0, "matched": 0}
    agreed = {f: [0, 0] for f in ("quantity",) + FIELDS}  # Parallax right / agreed gold claims
    lines, agreed_misses = [], []
    for article in gold["articles"]:
        name = article["input"]
        gold_quantities = [c for c in article["claims"] if c["kind"] == "quantity"]
        mine = [c for c in second.get(name, []) if c.get("kind") == "quantity"]
        counts["gold"] += len(gold_quantities)
        counts["second"] += len(mine)
        pairs, missed, extra = pair(gold_quantities, mine)
        matched = {}
        for g, s in pairs:
            counts["pairs"] += 1
            ok = g.get("unit") == s.get("unit") and g.get("qualifier") == s.get("qualifier")
            counts["correct"] += ok
            matched[id(g)] = (s, ok)
            if not ok:
                lines.append(f"unit/qualifier: {name}: {g['text']} — gold {g.get('unit')}/{g.get('qualifier')}, "
                             f"second {s.get('unit')}/{s.get('qualifier')}")
            for f in FIELDS:
                same_field = field(g, f) == field(s, f)
                counts[f] += same_field
                if not same_field:
                    lines.append(f"{f}: {name}: {g['text']} — gold {field(g, f)}, second {field(s, f)}")
        lines += [f"only in gold: {name}: {c['text']}" for c in missed]
        lines += [f"only in second: {name}: {c['text']}" for c in extra]
        used = list(dict.fromkeys(t["text"].lower() for t in article.get("loaded", []) if t.get("usage") == "used"))
        theirs = list(dict.fromkeys(c["text"].lower() for c in second.get(name, []) if c.get("kind") == "loaded"))
        loaded["gold"] += len(used)
        loaded["second"] += len(theirs)
        unmatched = list(used)
        for term in theirs:
            index = next((i for i, g in enumerate(unmatched) if g == term or g in term or term in g), None)
            if index is None:
                lines.append(f"loaded only in second: {name}: {term}")
            else:
                unmatched.pop(index)
                loaded["matched"] += 1
        lines += [f"loaded only in gold: {name}: {term}" for term in unmatched]
        if parallax is not None:
            key = input_key(name, parallax)
            ppairs, _, _ = pair(gold_quantities, parallax.get(key, []) if key else [])
            by_gold = {id(g): p for g, p in ppairs}
            for g in gold_quantities:
                if id(g) not in matched:
                    continue
                s, ok = matched[id(g)]
                p = by_gold.get(id(g))
                if ok:
                    right = bool(p and p.get("unit") == g.get("unit") and p.get("qualifier") == g.get("qualifier"))
                    agreed["quantity"][1] += 1
                    agreed["quantity"][0] += right
                    if not right:
                        got = f"{p.get('unit')}/{p.get('qualifier')}" if p else "no claim"
                        agreed_misses.append(f"quantity: {name}: {g['text']} — agreed {g.get('unit')}/{g.get('qualifier')}, "
                                             f"Parallax {got}")
                for f in FIELDS:
                    if field(g, f) == field(s, f) and p is not None:
                        agreed[f][1] += 1
                        agreed[f][0] += field(p, f) == field(g, f)
                        if field(p, f) != field(g, f):
                            agreed_misses.append(f"{f}: {name}: {g['text']} — agreed {field(g, f)}, "
                                                 f"Parallax {field(p, f)}")

    precision = ratio(counts["correct"], counts["second"])
    recall = ratio(counts["correct"], counts["gold"])
    f1 = ratio(2 * precision * recall, precision + recall)
    print(f"agreement of {args.second} with examples/gold/{args.split}.json (the gold as reference)")
    print(f"  quantities: gold {counts['gold']}, second {counts['second']}, paired {counts['pairs']}, "
          f"unit and qualifier alike {counts['correct']}")
    print(f"  quantity   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    for f in FIELDS:
        print(f"  {f:9s}  {ratio(counts[f], counts['pairs']):.3f} (n={counts['pairs']})")
    lp, lr = ratio(loaded["matched"], loaded["second"]), ratio(loaded["matched"], loaded["gold"])
    print(f"  loaded     P {lp:.3f} (n={loaded['second']})  R {lr:.3f} (n={loaded['gold']})")
    if parallax is not None:
        print("Parallax on the claims both annotators label alike (right / agreed):")
        for f, (right, total) in agreed.items():
            name = "quantity (unit and qualifier)" if f == "quantity" else f
            print(f"  {name:30s} {ratio(right, total):.3f} ({right}/{total})")
    if args.show:
        print("\n".join(lines))
    if args.agreed_misses and parallax is not None:
        print("\n".join(agreed_misses))


if __name__ == "__main__":
    main()
