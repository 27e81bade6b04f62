#!/usr/bin/env python3
"""Corpus contrast for the framing lexicons (analysis only; the product stays Swift).

Reads one or more `parallax analyze --format json` reports of real text (10kGNAD, NewsWCL50) and lists
word stems that are far more frequent in sentences Parallax labels `opinion` than in `reporting` ones,
or in sentences that hold a loaded term in the writer's voice than in sentences without one. The words
that made the label (the cue named in `why`, the loaded term itself) are not counted in their own
sentence, so the list is not just the lexicons read back. Quoted text is left out (it is not the
writer's voice). Scores are log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi and
Quinn 2008), given as z-scores.

The output is a candidate list to be reviewed BY HAND: only clearly evaluative words go into the
lexicons (docs/framing.md, "Round 10").

    python3 scripts/framing_contrast.py REPORT.json [REPORT.json …] [--language de] [--top 150]
        [--known Sources/ParallaxFraming/Lexicons/de]
"""
import argparse
import json
import math
import re
from collections import Counter, defaultdict

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
QUOTED = re.compile(r"[„\"“»‚‘«][^„\"“”»«‚‘’]*[“\"”«‘’»]")
ENDINGS = {"de": ["ern", "em", "en", "er", "es", "e", "n", "s"], "en": ["ing", "ed", "es", "s"]}


def stem(word, language):
    for ending in ENDINGS[language]:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def known_stems(folder, language):
    """First-word stems of every opinion cue and loaded-term pattern: already in the lexicons."""
    result = set()
    for name in ("loaded-terms.txt", "opinion-cues.txt"):
        try:
            lines = open(f"{folder}/{name}", encoding="utf-8").read().splitlines()
        except OSError:
            continue
        for line in lines:
            if not line or line.startswith("#") or "\t" not in line:
                continue
            for part in line.split("\t")[1].split(" "):
                part = part.strip("*").lower()
                if len(part) >= 4:
                    result.add(stem(part, language))
    return result


def z_scores(a_counts, b_counts, prior_scale=0.01):
    """Log-odds ratio of each stem in corpus a against corpus b, with an informative Dirichlet prior."""
    total = a_counts + b_counts
    n_a, n_b, n_all = sum(a_counts.values()), sum(b_counts.values()), sum(total.values())
    alpha0 = prior_scale * n_all
    result = {}
    for word, count in total.items():
        alpha = alpha0 * count / n_all
        ya, yb = a_counts[word], b_counts[word]
        la = math.log((ya + alpha) / (n_a + alpha0 - ya - alpha))
        lb = math.log((yb + alpha) / (n_b + alpha0 - yb - alpha))
        var = 1 / (ya + alpha) + 1 / (yb + alpha)
        result[word] = (la - lb) / math.sqrt(var)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reports", nargs="+")
    parser.add_argument("--language", default="de")
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--known", help="lexicon folder whose stems are left out")
    parser.add_argument("--lower-only", action="store_true",
                        help="only words written in lower case (German: adjectives, verbs, participles)")
    args = parser.parse_args()
    known = known_stems(args.known, args.language) if args.known else set()

    opinion, reporting, near, far = Counter(), Counter(), Counter(), Counter()
    surface = defaultdict(Counter)
    example = {}
    sentences = Counter()
    for path in args.reports:
        report = json.load(open(path, encoding="utf-8"))
        for article in report["articles"]:
            if article.get("language") != args.language:
                continue
            used = defaultdict(list)
            for term in article["framing"]["loaded"]:
                if term["usage"] == "used":
                    used[term["sentence"]].append(term["text"].lower())
            for sentence in article["sentences"]:
                role = sentence["role"]
                if role not in ("opinion", "reporting"):
                    continue
                sentences[role] += 1
                text = QUOTED.sub(" ", sentence["text"])
                own = {w.lower() for w in WORD.findall(sentence.get("why", "").split("(")[0])}
                terms = used.get(sentence["id"], [])
                own |= {w for t in terms for w in WORD.findall(t)}
                stems = set()
                for word in WORD.findall(text):
                    lower = word.lower()
                    if lower in own or len(lower) < 4:
                        continue
                    if args.lower_only and not word[0].islower():
                        continue
                    s = stem(lower, args.language)
                    stems.add(s)
                    surface[s][lower] += 1
                    if s not in example or (role == "opinion" and example[s][0] != "opinion"):
                        example[s] = (role, sentence["text"][:160])
                (opinion if role == "opinion" else reporting).update(stems)
                (near if terms else far).update(stems)

    z_role = z_scores(opinion, reporting)
    z_near = z_scores(near, far)
    rows = []
    for s in set(opinion) | set(near):
        if s in known:
            continue
        o, n = opinion[s], near[s]
        if max(o, n) < args.min_count:
            continue
        score = max(z_role.get(s, 0), z_near.get(s, 0))
        rows.append((score, s, o, reporting[s], n, far[s], z_role.get(s, 0), z_near.get(s, 0)))
    rows.sort(reverse=True)
    print(f"# sentences: opinion {sentences['opinion']}, reporting {sentences['reporting']}; "
          f"stems scored {len(rows)}; left out as known {len(known)}")
    print("# z\tstem\tform\topinion\treporting\tnear-loaded\telsewhere\tz-role\tz-near\texample")
    for score, s, o, r, n, f, zr, zn in rows[: args.top]:
        form = surface[s].most_common(1)[0][0]
        print(f"{score:.2f}\t{s}\t{form}\t{o}\t{r}\t{n}\t{f}\t{zr:.2f}\t{zn:.2f}\t{example[s][1]}")


if __name__ == "__main__":
    main()
