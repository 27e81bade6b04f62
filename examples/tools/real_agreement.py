#!/usr/bin/env python3
"""Agreement between two annotators on five articles of the `real` claims split.

Usage: python3 examples/tools/real_agreement.py

Annotator A is the first annotator (examples/gold/real.json, the reference); annotator B is the
second one, who annotated the first five articles of `real` (real_select.py order) blind, before
opening real.json (real_agreement_claims.py). Claims are paired per article: first claims with the
same value/low/high (among those, spans that overlap first), then the rest by overlapping `text`
(spans that overlap in the article when ../shared is present, else one span containing the other or
the two sharing a word with a digit). A pair counts for the quantity figures when value/low/high,
unit and qualifier agree; precision = those pairs / B's claims, recall = / A's claims. Over all
pairs it prints agreement on measure, time, subject, source and hedged, and lists every
disagreement. Results and a reading of them: examples/real.md, "Agreement between two annotators".
"""

import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import real_agreement_claims  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold", "real.json")
CORPUS = os.path.join(HERE, "..", "..", "..", "shared", "corpora", "10kgnad-test.jsonl")
ATTRS = ["measure", "time", "subject", "source", "hedged"]


def load_texts(ids):
    if not os.path.exists(CORPUS):
        return None
    texts = {}
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                art = json.loads(line)
                if art["id"] in ids:
                    texts[art["id"]] = art["text"]
    return texts


def same_num(x, y):
    if x is None or y is None:
        return x is None and y is None
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def same_figure(a, b):
    return all(same_num(a[k], b[k]) for k in ("value", "low", "high"))


def spans(text, article):
    out = []
    if article is None:
        return out
    start = article.find(text)
    while start >= 0:
        out.append((start, start + len(text)))
        start = article.find(text, start + 1)
    return out


def overlaps(a, b, article):
    sa, sb = spans(a["text"], article), spans(b["text"], article)
    if sa and sb:
        return any(x0 < y1 and y0 < x1 for x0, x1 in sa for y0, y1 in sb)
    if a["text"] in b["text"] or b["text"] in a["text"]:
        return True
    wa = {w for w in re.findall(r"\S+", a["text"]) if re.search(r"\d", w)}
    wb = {w for w in re.findall(r"\S+", b["text"]) if re.search(r"\d", w)}
    return bool(wa & wb)


def pair(claims_a, claims_b, article):
    pairs, free_a, free_b = [], list(range(len(claims_a))), list(range(len(claims_b)))
    # 1. same value/low/high, overlapping spans preferred
    for prefer_overlap in (True, False):
        for i in list(free_a):
            for j in free_b:
                a, b = claims_a[i], claims_b[j]
                if same_figure(a, b) and (not prefer_overlap or overlaps(a, b, article)):
                    pairs.append((i, j))
                    free_a.remove(i)
                    free_b.remove(j)
                    break
    # 2. overlapping text
    for i in list(free_a):
        for j in free_b:
            if overlaps(claims_a[i], claims_b[j], article):
                pairs.append((i, j))
                free_a.remove(i)
                free_b.remove(j)
                break
    return pairs, free_a, free_b


def quantity_agrees(a, b):
    return same_figure(a, b) and a["unit"] == b["unit"] and a["qualifier"] == b["qualifier"]


def show(c):
    fig = c["value"] if c["qualifier"] != "range" else f"{c['low']}-{c['high']}"
    t = c["time"]
    t = None if t is None else f"{t['start']}..{t['end']}"
    return (f"{c['text']!r} {c['qualifier']} {fig} {c['unit']} | measure={c['measure']} time={t} "
            f"subject={c['subject']} source={c['source']} hedged={c['hedged']}")


def main():
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)
    a_by_id = {art["input"].split("#", 1)[1]: art["claims"] for art in gold["articles"]}
    b_articles = real_agreement_claims.ARTICLES
    texts = load_texts({aid for aid, _ in b_articles})
    n_a = n_b = tp = n_pairs = 0
    agree = {k: 0 for k in ATTRS}
    lines = []
    for aid, claims_b in b_articles:
        claims_a = a_by_id[aid]
        article = texts.get(aid) if texts else None
        pairs, free_a, free_b = pair(claims_a, claims_b, article)
        n_a += len(claims_a)
        n_b += len(claims_b)
        n_pairs += len(pairs)
        art_tp = 0
        lines.append(f"\n== {aid}: A {len(claims_a)} claims, B {len(claims_b)}, paired {len(pairs)}")
        for i, j in sorted(pairs):
            a, b = claims_a[i], claims_b[j]
            if quantity_agrees(a, b):
                art_tp += 1
            else:
                lines.append(f"  quantity  A {show(a)}\n            B {show(b)}")
            diff = [k for k in ATTRS if a[k] != b[k]]
            for k in ATTRS:
                if k not in diff:
                    agree[k] += 1
            if diff and quantity_agrees(a, b):
                lines.append(f"  {','.join(diff):9s} A {show(a)}\n            B {show(b)}")
        for i in free_a:
            lines.append(f"  only A    {show(claims_a[i])}")
        for j in free_b:
            lines.append(f"  only B    {show(claims_b[j])}")
        tp += art_tp
        lines.append(f"  quantity matches {art_tp}")
    p = tp / n_b if n_b else 0.0
    r = tp / n_a if n_a else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"real_agreement: {len(b_articles)} articles; A (first annotator, reference) {n_a} claims, "
          f"B (second annotator) {n_b} claims, {n_pairs} pairs, {tp} quantity matches")
    print(f"quantity  precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    for k in ATTRS:
        print(f"{k:8s} agreement over {n_pairs} pairs: {agree[k]}/{n_pairs} = "
              f"{agree[k] / n_pairs if n_pairs else 0:.3f}")
    print("\nDisagreements (A = first annotator, B = second):")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
