"""Extracts every html-eval page with trafilatura (fast mode) and scores it with Parallax's rules.

Usage: python evaluate.py CORPUS_DIR [--split all|dev|heldout]
Scoring (same as HTMLEvaluationCorpus.swift): whitespace-collapsed snippet containment for F1;
metadata over pages with a non-empty gold value: exact title after whitespace normalisation,
same-day date, author strings (lower-cased) of which one contains the other.
Timing covers extraction only, in this single process (pin it with taskset for one core).
"""
import gzip
import json
import re
import sys
import time

import trafilatura


def norm(text):
    return re.sub(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+", " ", text or "").strip()


def joined(value):
    if isinstance(value, (list, tuple)):
        return "; ".join(str(item) for item in value)
    return str(value or "")


def main():
    folder = sys.argv[1]
    split = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "all"
    gold = json.load(open(f"{folder}/gold.json", encoding="utf-8"))
    pages = []
    for key in sorted(gold):
        held_out = key[0] in "0123"
        if split == "dev" and held_out or split == "heldout" and not held_out:
            continue
        entry = gold[key]
        pages.append((entry, gzip.open(f"{folder}/pages/{entry['file']}").read()))
    results = []
    start = time.perf_counter()
    for entry, raw in pages:
        url = entry["url"] if "://" in entry["url"] else None
        try:
            doc = trafilatura.bare_extraction(raw, url=url, fast=True, with_metadata=True)
        except Exception:
            doc = None
        results.append(doc)
    seconds = time.perf_counter() - start
    tp = fn = fp = 0
    title = [0, 0]
    date = [0, 0]
    author = [0, 0]
    for (entry, _), doc in zip(pages, results):
        if doc is not None and not isinstance(doc, dict):
            doc = doc.as_dict()
        doc = doc or {}
        body = " " + norm(doc.get("text") or "") + " "
        for snippet in entry["with"]:
            if norm(snippet) in body:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for snippet in entry["without"] if norm(snippet) in body)
        if norm(joined(entry.get("title"))):
            title[1] += 1
            title[0] += norm(joined(entry["title"])) == norm(joined(doc.get("title")))
        if joined(entry.get("date")):
            date[1] += 1
            date[0] += joined(entry["date"])[:10] == joined(doc.get("date"))[:10]
        gold_author = norm(joined(entry.get("author"))).lower()
        if gold_author:
            author[1] += 1
            found = norm(joined(doc.get("author"))).lower()
            author[0] += bool(found) and (gold_author in found or found in gold_author)
    precision = tp / (tp + fp) if tp + fp else 0
    recall = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    ratio = lambda pair: pair[0] / pair[1] if pair[1] else 0
    print(
        f"trafilatura {trafilatura.__version__}: {len(pages)} pages ({split}), {len(pages) / seconds:.1f} pages/s, "
        f"F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f}), title {ratio(title):.3f}, date {ratio(date):.3f}, "
        f"author {ratio(author):.3f}"
    )


if __name__ == "__main__":
    main()
