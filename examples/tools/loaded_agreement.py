#!/usr/bin/env python3
"""Agreement between two annotators of loaded language on `real-en` (NewsWCL50).

Usage: python3 examples/tools/loaded_agreement.py [path/to/newswcl50.jsonl]

Reference (annotator A): the first gold, examples/gold/real-en.json.
Second annotator (B):    examples/tools/loadedagree_annotations.py (made blind, committed before
                         this script existed; never changed afterwards).

Spans. Every term text of an article is located in the article text (exact, case-sensitive, at token
boundaries: NewsWCL50 is whitespace-tokenised); its span is the set of whitespace tokens covered by ALL
its occurrences, so a term counts once per article however often it occurs (the first gold's
convention). Two terms of the two annotators can pair when their spans share a token. Pairing is
one-to-one (maximum bipartite matching per article), so a phrase that one annotator splits in two
(`desperate` + `dysfunctional` vs `desperate , dysfunctional`) yields one pair and one unpaired term.
A lenient figure (a term counts as found when it overlaps ANY term of the other) is printed as well.

Printed: precision / recall / F1 of spans with A as reference (strict one-to-one and lenient); the
same with pairs required to have the same usage; category agreement and Cohen's kappa on category over
the paired spans; Cohen's kappa per token (loaded or not; and none/used/reported/distancing); the list
of disagreements with their classification (slip, arguable, convention, granularity), which was made
by hand after the comparison (CLASSIFICATION below).
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")
DEFAULT_CORPUS = os.path.join(ROOT, "..", "shared", "corpora", "newswcl50.jsonl")
GOLD = os.path.join(ROOT, "examples", "gold", "real-en.json")

sys.path.insert(0, HERE)
from loadedagree_annotations import ANNOTATIONS  # noqa: E402

# Hand classification of every span disagreement, made after the comparison. Key: (article, side,
# text) with side "A" = only in the first gold, "B" = only in the second annotator's list.
#   slip        one annotator overlooked a term both would accept (by the other's own rules)
#   arguable    a genuine judgement call: both readings defensible
#   convention  a rule difference (what counts, how repeated or case-variant texts are listed)
#   granularity the same words, cut into a different number of terms (one-to-one pairing only)
CLASSIFICATION = {
    ("7_M", "B", "shuttered plants and mills"):
        ("arguable", "Trump's stock rhetoric, quoted by the writer; emotive but close to description"),
    ("5_RR", "B", "so - called working visit"):
        ("arguable", "Breitbart's `so-called` may sneer at the downgrade or just mark the protocol term"),
    ("5_RR", "B", "ditched"):
        ("arguable", "colloquial, dismissive verb in the writer's voice vs plain informal wording"),
    ("5_RR", "A", "polar opposite"):
        ("arguable", "Khan's quoted verdict; B weighed it and left it out as a plain opinion statement"),
    ("5_RR", "A", "\" open \""):
        ("slip", "sarcastic scare quotes in the writer's sneer at Khan; B overlooked them"),
    ("4_M", "A", "sheepishly"):
        ("arguable", "writer's belittling manner adverb; B weighed it and left it out as description"),
    ("4_M", "A", "wonderful friendship"):
        ("convention", "B does not count diplomatic courtesies in quotes as glorifying"),
    ("3_LL", "A", "nearly insolvent"):
        ("arguable", "part of Parscale's insult, but a checkable financial claim; B left it out"),
    ("3_M", "A", "nearly insolvent"):
        ("arguable", "the same Parscale statement as in 3_LL"),
    ("3_M", "A", "hostile foreign power"):
        ("arguable", "Perez's phrase; B took `hostile` as descriptive of Russia and marked `in league "
                     "with` next to it instead"),
    ("3_M", "B", "in league with"):
        ("arguable", "conspiratorial verb phrase in the same quote; A marked the adjacent noun phrase"),
    ("3_M", "A", "attacks on our democracy"):
        ("slip", "B marked the same rhetoric (`all - out assault` on our democracy) in 3_LL"),
    ("9_R", "A", "Smoking Bomb"):
        ("convention", "A lists the title-case headline occurrence as its own term; B's `smoking bomb` "
                       "was meant to cover every occurrence but matching is case-sensitive"),
    ("9_R", "B", "dramatic"):
        ("arguable", "Netanyahu's hype word in quotes (or the outlet's scare quotes); mild"),
    ("2_M", "B", "reclusive leader"):
        ("arguable", "a stock epithet for Kim; evaluative vs conventional description"),
    ("2_M", "B", "step in the right direction"):
        ("arguable", "the writer's own positive verdict; an opinion rather than a loaded word"),
    ("3_LL", "B", "dysfunctional"):
        ("granularity", "A: `desperate , dysfunctional` as one term"),
    ("3_M", "B", "dysfunctional"):
        ("granularity", "A: `desperate , dysfunctional` as one term"),
    ("3_LL", "B", "desperate"):
        ("granularity", "A: `desperate , dysfunctional` as one term"),
    ("3_M", "B", "desperate"):
        ("granularity", "A: `desperate , dysfunctional` as one term"),
    ("2_LL", "B", "the dictator"):
        ("granularity", "A: one term `dictator` for all occurrences; B: `North Korean dictator` + "
                        "`the dictator`"),
    ("2_LL", "B", "North Korean dictator"):
        ("granularity", "A: one term `dictator` for all occurrences"),
    ("2_LL", "A", "dotard"):
        ("granularity", "B: one term `mentally deranged U.S. dotard`"),
    ("2_LL", "A", "mentally deranged"):
        ("granularity", "B: one term `mentally deranged U.S. dotard`"),
}

# Usage and category differences on paired spans, keyed (article, "usage"|"category", A's text).
# Unlisted usage differences default to convention, category differences to arguable.
PAIR_CLASSIFICATION = {
    ("4_M", "usage", "foment unrest"):
        ("slip", "Trump's word in indirect speech; B's own rule (module docstring of the annotations) "
                 "makes that `reported`, as B did for `grandiose claims` in 5_M"),
    ("3_M", "usage", "‘ damages '"):
        ("convention", "scare quotes inside a quotation: A `distancing` (the speaker distances), "
                       "B `reported` (distancing reserved for the writer's own scare quotes)"),
}


def load_texts(path):
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    return texts


def load_gold():
    with open(GOLD, encoding="utf-8") as f:
        gold = json.load(f)
    out = {}
    for art in gold["articles"]:
        aid = art["input"].split("#", 1)[1]
        out[aid] = [(t["text"], t["category"], t["usage"]) for t in art.get("loaded", [])]
    return out


def tokens(text):
    """Whitespace tokens with their character offsets."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]


def span(text, toks, term):
    """Token indices covered by all exact occurrences of `term` at token boundaries."""
    covered = set()
    pat = re.compile(r"(?<!\S)" + re.escape(term) + r"(?!\S)")
    hits = list(pat.finditer(text))
    if not hits:  # term cut inside a token (e.g. without its attached quote mark)
        hits = list(re.finditer(re.escape(term), text))
    for m in hits:
        for i, (s, e) in enumerate(toks):
            if s < m.end() and e > m.start():
                covered.add(i)
    return covered


def match(left, right, ok):
    """Maximum one-to-one matching; left/right lists of terms; ok(i, j) -> bool. Returns {i: j}."""
    pair_r = {}

    def augment(i, seen):
        for j in range(len(right)):
            if j in seen or not ok(i, j):
                continue
            seen.add(j)
            if j not in pair_r or augment(pair_r[j], seen):
                pair_r[j] = i
                return True
        return False

    for i in range(len(left)):
        augment(i, set())
    return {i: j for j, i in pair_r.items()}


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else 1.0
    r = tp_r / n_r if n_r else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def kappa(pairs):
    """Cohen's kappa over a list of (label_a, label_b)."""
    n = len(pairs)
    if not n:
        return float("nan")
    po = sum(a == b for a, b in pairs) / n
    ca = collections.Counter(a for a, _ in pairs)
    cb = collections.Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(argv):
    corpus = argv[1] if len(argv) > 1 else DEFAULT_CORPUS
    if not os.path.exists(corpus):
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 1
    texts = load_texts(corpus)
    gold = load_gold()
    ids = list(gold)
    if set(ids) != set(ANNOTATIONS):
        print("article sets differ:", sorted(set(ids) ^ set(ANNOTATIONS)), file=sys.stderr)
        return 1

    n_a = n_b = 0
    tp = tp_usage = 0
    len_a = len_b = 0  # lenient counts
    cat_pairs, usage_pairs = [], []
    tok_bin, tok_usage = [], []
    disagreements = []
    for aid in ids:
        text = texts[aid]
        toks = tokens(text)
        A = [(t, c, u, span(text, toks, t)) for t, c, u in gold[aid]]
        B = [(t, c, u, span(text, toks, t)) for t, c, u in ANNOTATIONS[aid]]
        for side, terms in (("A", A), ("B", B)):
            for t, _, _, s in terms:
                if not s:
                    print(f"WARNING {aid} {side}: `{t}` not found in the text", file=sys.stderr)
        n_a += len(A)
        n_b += len(B)
        overl = lambda i, j: bool(B[i][3] & A[j][3])  # noqa: E731
        # prefer larger overlaps first: the augmenting search takes right-hand terms in order
        m = match(B, A, overl)
        tp += len(m)
        mu = match(B, A, lambda i, j: overl(i, j) and B[i][2] == A[j][2])
        tp_usage += len(mu)
        len_b += sum(any(B[i][3] & a[3] for a in A) for i in range(len(B)))
        len_a += sum(any(A[j][3] & b[3] for b in B) for j in range(len(A)))
        for i, j in m.items():
            cat_pairs.append((A[j][1], B[i][1]))
            usage_pairs.append((A[j][2], B[i][2]))
            if A[j][1] != B[i][1]:
                cls, why = PAIR_CLASSIFICATION.get((aid, "category", A[j][0]),
                                                   ("arguable", "category boundary"))
                disagreements.append((aid, "category",
                                      f"`{A[j][0]}` A={A[j][1]} / `{B[i][0]}` B={B[i][1]}", cls, why))
            if A[j][2] != B[i][2]:
                cls, why = PAIR_CLASSIFICATION.get((aid, "usage", A[j][0]), ("convention", "usage rule"))
                disagreements.append((aid, "usage",
                                      f"`{A[j][0]}` A={A[j][2]} / `{B[i][0]}` B={B[i][2]}", cls, why))
        paired_a = set(m.values())
        for side, terms, paired in (("A", A, paired_a), ("B", B, set(m))):
            for k, (t, c, u, _) in enumerate(terms):
                if k not in paired:
                    cls, why = CLASSIFICATION.get((aid, side, t), ("UNCLASSIFIED", ""))
                    disagreements.append((aid, f"only {side}", f"`{t}` ({c}, {u})", cls, why))
        # per-token units
        lab_a = ["none"] * len(toks)
        lab_b = ["none"] * len(toks)
        for terms, lab in ((A, lab_a), (B, lab_b)):
            for _, _, u, s in terms:
                for i in s:
                    lab[i] = u
        tok_usage += list(zip(lab_a, lab_b))
        tok_bin += [(a != "none", b != "none") for a, b in zip(lab_a, lab_b)]

    p, r, f = prf(tp, n_b, tp, n_a)
    pl, rl, fl = prf(len_b, n_b, len_a, n_a)
    pu, ru, fu = prf(tp_usage, n_b, tp_usage, n_a)
    same_cat = sum(a == b for a, b in cat_pairs)
    same_use = sum(a == b for a, b in usage_pairs)
    print(f"articles {len(ids)}; terms: first annotator (A, reference) {n_a}, second (B) {n_b}")
    print(f"spans, one-to-one:      P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({tp} pairs)")
    print(f"spans, lenient:         P {pl:.3f}  R {rl:.3f}  F1 {fl:.3f}   "
          f"(B terms overlapping any A term {len_b}, A terms overlapped {len_a})")
    print(f"spans + same usage:     P {pu:.3f}  R {ru:.3f}  F1 {fu:.3f}   ({tp_usage} pairs)")
    print(f"usage on paired spans:  {same_use}/{len(usage_pairs)} = {same_use / len(usage_pairs):.3f}")
    print(f"category on paired:     {same_cat}/{len(cat_pairs)} = {same_cat / len(cat_pairs):.3f}   "
          f"kappa {kappa(cat_pairs):.3f}")
    nt = len(tok_bin)
    la = sum(a for a, _ in tok_bin)
    lb = sum(b for _, b in tok_bin)
    both = sum(a and b for a, b in tok_bin)
    print(f"tokens: {nt}; loaded A {la}, B {lb}, both {both}")
    print(f"kappa per token, loaded or not:                 {kappa(tok_bin):.3f}")
    print(f"kappa per token, none/used/reported/distancing: {kappa(tok_usage):.3f}")
    print()
    print("Disagreements:")
    counts = collections.Counter()
    for aid, kind, what, cls, why in disagreements:
        counts[(kind.split()[0], cls)] += 1
        print(f"  {aid:5s} {kind:9s} {cls:11s} {what}" + (f" — {why}" if why else ""))
    print()
    print("Counts (kind, class):")
    for (kind, cls), c in sorted(counts.items()):
        print(f"  {kind:9s} {cls:11s} {c}")
    by_class = collections.Counter()
    for aid, kind, what, cls, why in disagreements:
        if kind.startswith("only"):
            by_class[cls] += 1
    print("Unpaired spans by class:", dict(sorted(by_class.items())))
    all_class = collections.Counter(cls for _, _, _, cls, _ in disagreements)
    print("All disagreements by class:", dict(sorted(all_class.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
