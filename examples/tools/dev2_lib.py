"""Helpers for examples/tools/build_dev2.py: authoring shorthands, renderers and the validator.

Written by the Parallax team. Each article of the dev2 split is written once as structured data
(blocks of sentences, each with its role, claims and loaded terms); the renderers turn it into an
input file with site furniture and the validator checks the gold written from the same data.
"""

import gzip
import html
import json
import os
import re

REPORTING, OPINION, QUOTE, HEADING = "reporting", "opinion", "quote", "heading"


def Q(text, value, unit, measure, qual="exact", low=None, high=None, time=None, subject=None,
      source=None, hedged=False, group=None):
    """A quantity claim; `time` is a (start, end) pair or None."""
    return {"kind": "quantity", "text": text, "value": value, "low": low, "high": high,
            "qualifier": qual, "unit": unit, "measure": measure,
            "time": None if time is None else {"start": time[0], "end": time[1]},
            "subject": subject, "source": source, "hedged": hedged, "group": group}


def St(text, subject, predicate, obj, source=None, hedged=False, denial=False, group=None):
    """A statement claim; denial=True marks a party's denial of the group's claim."""
    return {"kind": "statement", "text": text, "subject": subject, "predicate": predicate,
            "object": obj, "source": source, "hedged": hedged, "denial": denial, "group": group}


def L(text, category, usage="used"):
    """A loaded term exactly as written."""
    return {"text": text, "category": category, "usage": usage}


def S(text, role=REPORTING, claims=(), loaded=()):
    """One sentence."""
    return {"text": text, "role": role, "claims": list(claims), "loaded": list(loaded)}


def H(text, claims=(), loaded=()):
    """A heading block; the first block of an article is its headline."""
    return {"heading": True, "sentences": [S(text, HEADING, claims, loaded)]}


def P(*sentences):
    """A paragraph; plain strings are reporting sentences without claims."""
    return {"heading": False,
            "sentences": [S(s) if isinstance(s, str) else s for s in sentences]}


def text_of(block):
    return " ".join(s["text"] for s in block["sentences"])


def esc(text):
    return html.escape(text, quote=False)


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------

def render_txt(art):
    """Lines before the headline, headline, optional byline, paragraphs, lines after."""
    out = []
    if art.get("pre"):
        out.append("\n".join(art["pre"]) + "\n\n")
    blocks = art["blocks"]
    out.append(text_of(blocks[0]) + "\n")
    if art.get("byline"):
        out.append("\n" + art["byline"] + "\n")
    for block in blocks[1:]:
        out.append("\n" + text_of(block) + "\n")
    if art.get("post"):
        out.append("\n" + "\n".join(art["post"]) + "\n")
    return "".join(out)


def body_html(blocks):
    parts = []
    for i, block in enumerate(blocks):
        if block["heading"]:
            parts.append(f"<h3 class=\"subhead\">{esc(text_of(block))}</h3>")
        elif i == 0:
            parts.append(f"<p class=\"lead\"><strong>{esc(text_of(block))}</strong></p>")
        else:
            parts.append(f"<p>{esc(text_of(block))}</p>")
    return "\n".join(parts)


def render_html(art):
    """A full page: meta tags, JSON-LD, skip link, mega menu, consent layer, breadcrumb,
    article with <time>, an inline advert, a teaser rail, a newsletter box and a footer."""
    h = art["html"]
    title = text_of(art["blocks"][0])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": art["published"], "dateModified": art["published"],
          "author": [{"@type": "Person", "name": a} for a in art["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": art["publisher"]},
          "inLanguage": art["language"], "mainEntityOfPage": art["url"]}
    menu = "\n".join(f'          <li class="menu__item"><a href="/{esc(x.lower())}">{esc(x)}</a></li>'
                     for x in h["nav"])
    rail = "\n".join(f'        <article class="teaser"><a href="/a/{100 + i}">{esc(x)}</a></article>'
                     for i, x in enumerate(h["related"]))
    content = body_html(art["blocks"][1:])
    return f"""<!doctype html>
<html lang="{art['language']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=2)}
</script>
<meta property="og:site_name" content="{html.escape(art['publisher'])}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:url" content="{html.escape(art['url'])}">
<meta property="article:published_time" content="{art['published']}">
<title>{esc(title)} – {esc(art['publisher'])}</title>
</head>
<body class="page page--article">
<a class="skip" href="#main">{esc(h['skip'])}</a>
<div class="consent-layer" role="dialog">
  <p>{esc(h['cookie'])}</p>
  <a class="btn" href="#">{esc(h['cookie_button'])}</a>
</div>
<header>
  <div class="brand">{esc(art['publisher'])}</div>
  <nav class="megamenu">
    <ul>
{menu}
    </ul>
  </nav>
</header>
<ol class="breadcrumb"><li>{esc(h['crumb'])}</li></ol>
<main id="main">
  <article class="story">
    <h1 class="story__title">{esc(title)}</h1>
    <div class="story__meta"><span class="byline">{esc(h['byline'])}</span> · <time datetime="{art['published']}">{esc(h['time_label'])}</time></div>
    <div class="story__body">
{content}
    </div>
    <div class="ad-slot" data-ad="inarticle"><span>Anzeige</span> {esc(h['ad'])}</div>
  </article>
  <section class="rail">
    <h4>{esc(h['related_title'])}</h4>
{rail}
  </section>
  <div class="newsletter-box">{esc(h['newsletter'])}</div>
</main>
<footer><p>{esc(h['footer'])}</p></footer>
</body>
</html>
"""


def html_removed(art):
    h = art["html"]
    return ([h["cookie"], h["byline"], h["ad"], h["related_title"], h["newsletter"], h["footer"]]
            + list(h["related"]))


def rss_pub(art):
    return art["rfc822"]


def render_rss(feed, items):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
           "<channel>",
           f"<title>{esc(feed['title'])}</title>",
           f"<link>{esc(feed['link'])}</link>",
           f"<description>{esc(feed['description'])}</description>",
           f"<language>{feed['language']}</language>",
           f"<lastBuildDate>{items[-1]['rfc822']}</lastBuildDate>"]
    for art in items:
        body = "\n".join(f"<p>{esc(text_of(b))}</p>" if not b["heading"]
                         else f"<h2>{esc(text_of(b))}</h2>" for b in art["blocks"][1:])
        if art.get("item_post"):
            body += "\n" + art["item_post"]
        out += ["<item>",
                f"  <title>{esc(text_of(art['blocks'][0]))}</title>",
                f"  <link>{esc(art['url'])}</link>",
                f'  <guid isPermaLink="false">{esc(art["guid"])}</guid>',
                f"  <pubDate>{art['rfc822']}</pubDate>"]
        out += [f"  <dc:creator>{esc(a)}</dc:creator>" for a in art["authors"]]
        out += [f"  <category>{esc(c)}</category>" for c in art.get("categories", [])]
        out += [f"  <description>{esc(art['summary'])}</description>",
                f"  <content:encoded><![CDATA[{body}]]></content:encoded>",
                "</item>"]
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out)


def jsonl_line(art):
    rec = {"id": art["guid"], "url": art["url"], "title": text_of(art["blocks"][0]),
           "publisher": art["publisher"], "published": art["published"],
           "language": art["language"]}
    if art.get("jsonl_html"):
        rec["html"] = ("<section>" + "".join(
            f"<h2>{esc(text_of(b))}</h2>" if b["heading"] else f"<p>{esc(text_of(b))}</p>"
            for b in art["blocks"][1:]) + art.get("item_post", "") + "</section>")
    else:
        text = "\n\n".join(text_of(b) for b in art["blocks"][1:])
        if art.get("item_post"):
            text += "\n\n" + art["item_post"]
        rec["text"] = text
    return json.dumps(rec, ensure_ascii=False)


def gold_entry(art):
    blocks = art["blocks"]
    sentences, roles, claims, loaded = [], [], [], []
    for block in blocks:
        for s in block["sentences"]:
            sentences.append(s["text"])
            roles.append(s["role"])
            claims += s["claims"]
            loaded += s["loaded"]
    removed = list(art.get("removed", []))
    removed += [x for x in art.get("pre", []) + art.get("post", []) if len(x.strip()) >= 10]
    if art.get("byline"):
        removed.append(art["byline"])
    if art["form"] == "html":
        removed += html_removed(art)
    uniq = []
    for x in removed:
        x = x.strip()
        if x and x not in uniq:
            uniq.append(x)
    return {"input": art["input"], "story": art["story"], "event": art["event"],
            "title": text_of(blocks[0]), "publisher": art["publisher"],
            "published": art["published"], "language": art["language"],
            "authors": art["authors"],
            "body": "\n\n".join(text_of(b) for b in blocks),
            "headings": [text_of(b) for b in blocks if b["heading"]],
            "sentences": sentences, "roles": roles, "loaded": loaded,
            "sensationalHeadline": art.get("sensational", False),
            "removed": uniq, "claims": claims}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if path.endswith(".gz"):
        with open(path, "wb") as raw:
            with gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as handle:
                handle.write(text.encode("utf-8"))
    else:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)


def render_all(split, articles, stories, groups, rewrites, feeds, corpus):
    bundles = {}
    for art in articles:
        if art["form"] in ("rss", "jsonl"):
            art["input"] = f"{art['file']}#{art['guid']}"
            bundles.setdefault(art["file"], []).append(art)
            continue
        art["input"] = art["file"]
        write(os.path.join(corpus, art["file"]),
              render_html(art) if art["form"] == "html" else render_txt(art))
    for file, items in bundles.items():
        if items[0]["form"] == "jsonl":
            text = "\n".join(jsonl_line(a) for a in items) + "\n"
        else:
            text = render_rss(feeds[file], items)
        write(os.path.join(corpus, file), text)
    return {"split": split, "articles": [gold_entry(a) for a in articles],
            "stories": stories, "groups": groups, "rewrites": rewrites}


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

QUALIFIERS = {"exact", "about", "at-least", "more-than", "up-to", "less-than", "range"}
CATEGORIES = {"glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"}
USAGES = {"used", "reported", "distancing"}
STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}


def read_input(corpus, inp):
    path = os.path.join(corpus, inp.split("#")[0])
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            return handle.read().decode("utf-8")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def validate(gold, corpus):
    """Returns a list of problems (empty when the gold is consistent with itself and the corpus)."""
    problems = []
    events = {s["id"]: {e["id"] for e in s["events"]} for s in gold["stories"]}
    groups = {g["id"]: g for g in gold["groups"]}
    used, inputs = {}, set()
    for g in gold["groups"]:
        if g["status"] not in STATUSES or g["story"] not in events:
            problems.append(f"group {g['id']}: bad status or story")
    for art in gold["articles"]:
        where, body = art["input"], art["body"]
        if where in inputs:
            problems.append(f"{where}: duplicate input")
        inputs.add(where)
        if art["story"] not in events or art["event"] not in events[art["story"]]:
            problems.append(f"{where}: unknown story/event")
        if not body.startswith(art["title"]) or art["headings"][:1] != [art["title"]]:
            problems.append(f"{where}: body/headings do not start with the title")
        pos = 0
        for s in art["sentences"]:
            i = body.find(s, pos)
            if i < 0:
                problems.append(f"{where}: sentence not in body in order: {s[:60]}")
            else:
                pos = i + len(s)
        if re.sub(r"\s", "", "".join(art["sentences"])) != re.sub(r"\s", "", body):
            problems.append(f"{where}: sentences do not cover the body")
        if len(art["roles"]) != len(art["sentences"]):
            problems.append(f"{where}: roles and sentences differ in length")
        for s, r in zip(art["sentences"], art["roles"]):
            if (r == HEADING) != (s in art["headings"]):
                problems.append(f"{where}: heading role mismatch: {s[:50]}")
        for term in art["loaded"]:
            if term["category"] not in CATEGORIES or term["usage"] not in USAGES:
                problems.append(f"{where}: bad loaded term {term}")
            if term["text"] not in body:
                problems.append(f"{where}: loaded term not in body: {term['text']}")
        raw = read_input(corpus, where)
        for r in art["removed"]:
            if r in body:
                problems.append(f"{where}: removed text occurs in body: {r[:50]}")
            if r not in raw and esc(r) not in raw and html.escape(r) not in raw \
                    and json.dumps(r, ensure_ascii=False)[1:-1] not in raw:
                problems.append(f"{where}: removed text not in input: {r[:50]}")
        for c in art["claims"]:
            hits = [s for s in art["sentences"] if c["text"].casefold() in s.casefold()]
            if len(hits) != 1:
                problems.append(f"{where}: claim text in {len(hits)} sentences: {c['text']}")
            g = groups.get(c["group"])
            if g is None:
                problems.append(f"{where}: unknown group {c['group']}")
            elif g["story"] != art["story"]:
                problems.append(f"{where}: group {c['group']} belongs to another story")
            used.setdefault(c["group"], set()).add(where)
            if c["kind"] == "quantity":
                if c["qualifier"] not in QUALIFIERS:
                    problems.append(f"{where}: bad qualifier {c['qualifier']}")
                if c["qualifier"] == "range" and (c["low"] is None or c["high"] is None):
                    problems.append(f"{where}: range without bounds: {c['text']}")
    for gid, g in groups.items():
        n = len(used.get(gid, ()))
        if n == 0:
            problems.append(f"group {gid} is used by no claim")
        elif g["status"] == "single-source" and n != 1:
            problems.append(f"group {gid} is single-source but in {n} articles")
        elif g["status"] not in ("single-source", "disputed") and n < 2:
            problems.append(f"group {gid} is {g['status']} but in one article")
    for pair in gold["rewrites"]:
        for x in pair:
            if x not in inputs:
                problems.append(f"rewrite pair names unknown input {x}")
    return problems


def report(gold, problems):
    """Prints the problems and a summary line of the split; returns the exit status."""
    for problem in problems:
        print("PROBLEM:", problem)
    arts = gold["articles"]
    langs, statuses = {}, {}
    for art in arts:
        langs[art["language"]] = langs.get(art["language"], 0) + 1
    for g in gold["groups"]:
        statuses[g["status"]] = statuses.get(g["status"], 0) + 1
    print(f"{len(arts)} articles {langs}, {len(gold['stories'])} stories, "
          f"{len(gold['groups'])} groups {statuses}, "
          f"{sum(len(a['claims']) for a in arts)} claims, {len(gold['rewrites'])} rewrite pairs")
    return 1 if problems else 0
