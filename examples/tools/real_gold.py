"""What the builders of the real-text gold share (build_real.py, build_real2.py, build_realclaims_en.py,
build_realframing.py, build_realgroups_en.py and later ones): reading a shared corpus, loading an annotation
module, writing or reading the gold file, the per-article checks of a split whose articles live in a shared
corpus, and the field checks of one quantity claim.

The corpora stay in ../shared and never enter the repository; without them the checks that need article
text (ids exist, spans occur) are skipped and everything else is still checked.
"""

import importlib.util
import json
import os
import re

DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def load_corpus(path):
    """{article id: text} of a JSON Lines corpus, or None when the file is absent."""
    if not os.path.exists(path):
        return None
    texts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                art = json.loads(line)
                texts[art["id"]] = art["text"]
    return texts


def load_annotations(path, module_name):
    """The annotation module at `path` (a Python file of data), loaded without writing bytecode."""
    spec = importlib.util.spec_from_file_location(module_name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_or_build(path, check_only, build):
    """The committed gold at `path` with `--check`; otherwise `build()`, written to `path` first."""
    if check_only:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    gold = build()
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold


def run_claims_split(tool, split, gold_path, argv, *, load_corpus, build, validate):
    """The command line of a builder of one real-text quantity split: `--check` validates the committed gold,
    otherwise the gold is built and written first; prints the problems and the counts, returns the exit status."""
    check_only = "--check" in argv[1:]
    texts = load_corpus()
    if texts is None:
        print(f"{tool}: ../shared/corpora/10kgnad-test.jsonl not present; spans and ids not checked against it")
    gold = read_or_build(gold_path, check_only, build)
    problems = validate(gold, texts)
    for p in problems:
        print(f"{tool}:", p)
    n_claims = sum(len(a["claims"]) for a in gold["articles"])
    print(f"{tool}: {'FAILED' if problems else 'ok'} ({split}: {len(gold['articles'])} articles, "
          f"{n_claims} quantity claims)")
    return 1 if problems else 0


def check_articles(split, gold, texts, problems, seen_ids, *, shared_corpus, language, keys, id_re, check_article):
    """Checks a split without stories or groups whose articles are `<split>/<corpus file>#<id>` of one shared
    corpus: the split's header, each article's fields, id form, that no article is annotated twice (over all
    splits passed the same `seen_ids`) and, with `texts`, that the id exists. Calls
    `check_article(where, article_id, article, text)` for each article that passes (text None without ../shared).
    """
    where0 = f"{split}.json"
    if gold.get("split") != split or gold.get("sharedCorpus") != shared_corpus:
        problems.append(f"{where0}: split / sharedCorpus")
    if gold.get("stories") != [] or gold.get("groups") != [] or gold.get("rewrites") != []:
        problems.append(f"{where0}: stories, groups and rewrites must be empty")
    corpus_file = os.path.basename(shared_corpus)
    prefix = f"{split}/{corpus_file}#"
    for art in gold.get("articles", []):
        inp = art.get("input", "")
        aid = inp[len(prefix):] if inp.startswith(prefix) else None
        where = f"{where0} {inp}"
        if set(art.keys()) != set(keys) or art.get("language") != language:
            problems.append(f"{where}: an article has exactly {', '.join(keys)} (language \"{language}\")")
        if aid is None or not id_re.match(aid):
            problems.append(f"{where}: input must be {prefix}<article id>")
            continue
        if aid in seen_ids:
            problems.append(f"{where}: article {aid} annotated twice (also in {seen_ids[aid]})")
        seen_ids[aid] = split
        text = None
        if texts is not None:
            if aid not in texts:
                problems.append(f"{where}: no article {aid} in {corpus_file}")
                continue
            text = texts[aid]
        check_article(where, aid, art, text)


def check_quantity_fields(c, bad, *, qualifiers, units, measures, label_re):
    """The checks of a quantity claim's values and labels: qualifier, value or range, unit, measure, a
    duration's unit, time interval, subject and source labels, hedged. `bad(message)` records a problem."""
    if c["qualifier"] not in qualifiers:
        bad(f"qualifier {c['qualifier']!r}")
    if c["qualifier"] == "range":
        if c["value"] is not None or not is_num(c["low"]) or not is_num(c["high"]) or not c["low"] < c["high"]:
            bad("a range has value null and low < high")
    else:
        if not is_num(c["value"]) or c["low"] is not None or c["high"] is not None:
            bad("a figure has a value and null low/high")
        elif c["value"] < 0:
            bad("negative value")
    if c["unit"] is not None and c["unit"] not in units:
        bad(f"unit {c['unit']!r} is neither in docs/VOCABULARY.md nor a documented addition")
    if c["measure"] is not None and c["measure"] not in measures:
        bad(f"measure {c['measure']!r}")
    if c["measure"] == "duration" and c["unit"] not in TIME_UNITS:
        bad("a duration needs a unit of time")
    t = c["time"]
    if t is not None:
        if not (isinstance(t, dict) and set(t) == {"start", "end"} and DAY_RE.match(t["start"] or "")
                and DAY_RE.match(t["end"] or "") and t["start"] <= t["end"]):
            bad(f"time {t!r}")
    for key in ("subject", "source"):
        v = c[key]
        if v is not None and (not isinstance(v, str) or not label_re.match(v)):
            bad(f"{key} {v!r} is not a lower-case label")
    if not isinstance(c["hedged"], bool):
        bad("hedged is not a boolean")


def build_flat_split(split, annotations_path, *, shared_corpus, language, field="claims", entry=lambda x: x):
    """A split without stories or groups from an annotation module whose ARTICLES is a list of
    (article id, entries): each article `<split>/<corpus file>#<id>` with its entries under `field`."""
    name = os.path.splitext(os.path.basename(annotations_path))[0].replace("-", "_")
    articles = load_annotations(annotations_path, name).ARTICLES
    corpus_file = os.path.basename(shared_corpus)
    return {
        "split": split,
        "sharedCorpus": shared_corpus,
        "articles": [
            {"input": f"{split}/{corpus_file}#{aid}", "language": language, field: [entry(e) for e in entries]}
            for aid, entries in articles
        ],
        "stories": [], "groups": [], "rewrites": [],
    }


def check_quantity_claim(where, c, text, problems, *, keys, span_found, **labels):
    """A quantity claim of a split without groups: its fields in order, kind, a short `text` span that
    `span_found(span, article text)` finds (when the text is known), the value and label checks of
    `check_quantity_fields` (`labels`: qualifiers, units, measures, label_re) and a null group."""
    def bad(msg):
        problems.append(f"{where}: {msg} ({c.get('text')!r})")

    if list(c.keys()) != keys:
        bad(f"fields {list(c.keys())}")
        return
    if c["kind"] != "quantity":
        bad("kind is not quantity")
    if not isinstance(c["text"], str) or not c["text"].strip() or len(c["text"].split()) > 12:
        bad("text must be a short span")
    elif text is not None and not span_found(c["text"], text):
        bad("text not found in the article")
    check_quantity_fields(c, bad, **labels)
    if c["group"] is not None:
        bad("group must be null")


LOADED_CATEGORIES = {"glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"}
LOADED_USAGES = {"used", "reported", "distancing"}


def check_loaded_terms(where, terms, text, problems, *, word_count, max_words=4):
    """The loaded terms of one article: fields, a trimmed span of 1-`max_words` words (as `word_count` counts
    them), category and usage from the allowed sets, no term twice with one usage, and - when the article
    text is known - each span in the article."""
    seen_terms = set()
    for term in terms:
        if not isinstance(term, dict) or set(term.keys()) != {"text", "category", "usage"}:
            problems.append(f"{where}: a loaded term has exactly text, category, usage ({term!r})")
            continue
        t = term["text"]
        if not isinstance(t, str) or not t.strip() or t != t.strip():
            problems.append(f"{where}: empty or untrimmed text {t!r}")
            continue
        if not 1 <= word_count(t) <= max_words:
            problems.append(f"{where}: {t!r} is not a span of 1-{max_words} words")
        if term["category"] not in LOADED_CATEGORIES:
            problems.append(f"{where}: {t!r}: category {term['category']!r}")
        if term["usage"] not in LOADED_USAGES:
            problems.append(f"{where}: {t!r}: usage {term['usage']!r}")
        if (t, term["usage"]) in seen_terms:
            problems.append(f"{where}: {t!r} listed twice with usage {term['usage']!r}")
        seen_terms.add((t, term["usage"]))
        if text is not None and t not in text:
            problems.append(f"{where}: {t!r} not found in the article")


def count_loaded(gold, key):
    """`usage` or `category` counts of a loaded-term split, as `name n, ...`."""
    out = {}
    for art in gold["articles"]:
        for term in art["loaded"]:
            out[term[key]] = out.get(term[key], 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(out.items()))
