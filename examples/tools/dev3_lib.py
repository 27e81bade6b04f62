"""Shared helpers for the corpus generators (examples/tools/build_dev3.py, build_heldout.py).

Written by the Parallax team. Every article is written once as structured data (blocks of
annotated sentences plus site furniture); this module renders the input files (txt, txt.gz,
html, rss, atom, jsonl) and the gold annotations from that single source, so body, sentences
and claims cannot drift apart.
"""

import gzip
import html
import json
import os
from email.utils import format_datetime
from datetime import datetime


# ---------------------------------------------------------------- annotation helpers

def S(text, role="reporting", claims=(), loaded=()):
    """One sentence with its role, claims and loaded terms."""
    return {"text": text, "role": role, "claims": list(claims), "loaded": list(loaded)}


def H(text, claims=(), loaded=()):
    """A heading block (the first block of an article is its headline)."""
    return {"kind": "heading", "sentences": [S(text, "heading", claims, loaded)]}


def P(*sentences):
    """A paragraph block made of sentences."""
    return {"kind": "paragraph", "sentences": list(sentences)}


def LI(*sentences):
    """A list item block (rendered as <li> in HTML; in the gold body each item is its own block,
    without a bullet)."""
    return {"kind": "item", "sentences": list(sentences)}


def Q(text, value, unit, measure, qualifier="exact", low=None, high=None, subject=None,
      source=None, hedged=False, group=None, time=None):
    """A quantity claim."""
    return {"kind": "quantity", "text": text, "value": value, "low": low, "high": high,
            "qualifier": qualifier, "unit": unit, "measure": measure, "time": time,
            "subject": subject, "source": source, "hedged": hedged, "group": group}


def ST(text, subject, predicate, obj, group, source=None, hedged=False, denial=False):
    """A statement claim (denial=True for a party's denial, same group as what it denies)."""
    return {"kind": "statement", "text": text, "subject": subject, "predicate": predicate,
            "object": obj, "source": source, "hedged": hedged, "denial": denial, "group": group}


def L(text, category, usage="used"):
    """A loaded term."""
    return {"text": text, "category": category, "usage": usage}


def T(start, end):
    """A claim's time span."""
    return {"start": start, "end": end}


# ---------------------------------------------------------------- text of an article

def block_text(block):
    return " ".join(s["text"] for s in block["sentences"])


def body_text(article):
    return "\n\n".join(block_text(b) for b in article["blocks"])


def headline(article):
    return article["blocks"][0]["sentences"][0]["text"]


def content_blocks(article):
    """Blocks after the headline."""
    return article["blocks"][1:]


def blocks_html(blocks, heading_tag="h2"):
    out = []
    for i, b in enumerate(blocks):
        text = html.escape(block_text(b), quote=False)
        if b["kind"] == "heading":
            out.append(f"<{heading_tag}>{text}</{heading_tag}>")
        elif b["kind"] == "item":
            # Consecutive list items share one <ul>.
            first = i == 0 or blocks[i - 1]["kind"] != "item"
            last = i == len(blocks) - 1 or blocks[i + 1]["kind"] != "item"
            out.append(("<ul>" if first else "") + f"<li>{text}</li>" + ("</ul>" if last else ""))
        else:
            out.append(f"<p>{text}</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- gold

def gold_article(article):
    sentences = [s for b in article["blocks"] for s in b["sentences"]]
    claims = [c for s in sentences for c in s["claims"]]
    loaded = [l for s in sentences for l in s["loaded"]]
    return {
        "input": article["input"],
        "story": article["story"],
        "event": article["event"],
        "title": headline(article),
        "publisher": article["publisher"],
        "published": article["published"],
        "language": article["language"],
        "authors": article["authors"],
        "body": body_text(article),
        "headings": [block_text(b) for b in article["blocks"] if b["kind"] == "heading"],
        "sentences": [s["text"] for s in sentences],
        "roles": [s["role"] for s in sentences],
        "loaded": loaded,
        "sensationalHeadline": article["sensational"],
        "removed": article["removed"],
        "claims": claims,
    }


# ---------------------------------------------------------------- renderers

def write(path, text, gz=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    if gz:
        # Fixed mtime so the file is reproducible.
        with open(path, "wb") as f:
            with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as g:
                g.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)


def render_txt(article, single_newlines=False):
    """Plain text: dateline block, headline, blocks, furniture after."""
    parts = []
    if article.get("pre"):
        parts.append("\n".join(article["pre"]))
    sep = "\n" if single_newlines else "\n\n"
    parts.append(sep.join(block_text(b) for b in article["blocks"]))
    if article.get("post"):
        parts.append("\n".join(article["post"]))
    return "\n\n".join(parts) + "\n"


def rfc822(iso):
    return format_datetime(datetime.fromisoformat(iso))


def render_rss(channel, items):
    """RSS 2.0 with content:encoded; items are (article, guid, link, extra_html)."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
           ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "<channel>",
           f"<title>{html.escape(channel['title'])}</title>",
           f"<link>{channel['link']}</link>",
           f"<description>{html.escape(channel['description'])}</description>",
           f"<language>{channel['language']}</language>"]
    for article, guid, link, extra in items:
        content = blocks_html(content_blocks(article)) + ("\n" + extra if extra else "")
        out += ["<item>",
                f"<title>{html.escape(headline(article), quote=False)}</title>",
                f"<link>{link}</link>",
                f'<guid isPermaLink="false">{guid}</guid>',
                f"<pubDate>{rfc822(article['published'])}</pubDate>"]
        for a in article["authors"]:
            out.append(f"<dc:creator>{html.escape(a)}</dc:creator>")
        out += [f"<description>{html.escape(block_text(article['blocks'][1]), quote=False)}</description>",
                f"<content:encoded><![CDATA[{content}]]></content:encoded>",
                "</item>"]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


def render_atom(feed, entries):
    """Atom 1.0; entries are (article, id, link, extra_html)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{feed["language"]}">',
           f"<title>{html.escape(feed['title'])}</title>",
           f'<link href="{feed["link"]}"/>',
           f"<id>{feed['id']}</id>",
           f"<updated>{feed['updated']}</updated>"]
    for article, eid, link, extra in entries:
        content = blocks_html(content_blocks(article)) + ("\n" + extra if extra else "")
        out += ["<entry>",
                f"<title>{html.escape(headline(article), quote=False)}</title>",
                f'<link rel="alternate" href="{link}"/>',
                f"<id>{eid}</id>",
                f"<published>{article['published']}</published>",
                f"<updated>{article['published']}</updated>"]
        for a in article["authors"]:
            out.append(f"<author><name>{html.escape(a)}</name></author>")
        out += [f'<content type="html">{html.escape(content, quote=False)}</content>',
                "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def render_jsonl(lines):
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in lines)


# ---------------------------------------------------------------- validation

def validate(gold):
    """Check the gold file's internal consistency; returns a list of problems."""
    problems = []
    group_ids = {g["id"] for g in gold["groups"]}
    story_ids = {s["id"]: {e["id"] for e in s["events"]} for s in gold["stories"]}
    used_groups = set()
    inputs = set()
    qualifiers = {"exact", "about", "at-least", "more-than", "up-to", "less-than", "range"}
    for a in gold["articles"]:
        name = a["input"]
        if name in inputs:
            problems.append(f"{name}: duplicate input")
        inputs.add(name)
        if a["story"] not in story_ids or a["event"] not in story_ids[a["story"]]:
            problems.append(f"{name}: unknown story/event")
        if len(a["roles"]) != len(a["sentences"]):
            problems.append(f"{name}: roles and sentences differ in length")
        body = a["body"]
        if not body.startswith(a["title"]):
            problems.append(f"{name}: body does not start with the title")
        pos = 0
        for s in a["sentences"]:
            i = body.find(s, pos)
            if i < 0:
                problems.append(f"{name}: sentence not in body in order: {s[:60]}")
            else:
                pos = i + len(s)
        for h in a["headings"]:
            if h not in a["sentences"] or f"\n\n{h}\n\n" not in f"\n\n{body}\n\n":
                problems.append(f"{name}: heading is not a block: {h}")
        for r in a["removed"]:
            if r in body:
                problems.append(f"{name}: removed text occurs in body: {r}")
        for l in a["loaded"]:
            if not any(l["text"] in s for s in a["sentences"]):
                problems.append(f"{name}: loaded term not in a sentence: {l['text']}")
        for c in a["claims"]:
            if not any(c["text"] in s for s in a["sentences"]):
                problems.append(f"{name}: claim text not in a sentence: {c['text']}")
            if c["group"] not in group_ids:
                problems.append(f"{name}: unknown group {c['group']}")
            used_groups.add(c["group"])
            if c["kind"] == "quantity" and c["qualifier"] not in qualifiers:
                problems.append(f"{name}: bad qualifier {c['qualifier']}")
    for g in gold["groups"]:
        if g["id"] not in used_groups:
            problems.append(f"group {g['id']} has no claim")
        if g["story"] not in story_ids:
            problems.append(f"group {g['id']}: unknown story")
        members = [a for a in gold["articles"] for c in a["claims"] if c["group"] == g["id"]]
        if any(a["story"] != g["story"] for a in members):
            problems.append(f"group {g['id']}: claim from another story")
        if g["status"] == "single-source" and len({a["input"] for a in members}) != 1:
            problems.append(f"group {g['id']}: single-source but several articles")
        if g["status"] != "single-source" and len({a["input"] for a in members}) < 2:
            problems.append(f"group {g['id']}: {g['status']} with one article")
    for pair in gold["rewrites"]:
        for p in pair:
            if p not in inputs:
                problems.append(f"rewrite {p}: unknown input")
    return problems


def render_html(article, site):
    """A full news page: cookie banner, navigation, meta tags, JSON-LD, article, ad, related box, footer."""
    title = headline(article)
    esc = lambda t: html.escape(t, quote=True)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": article["published"], "inLanguage": article["language"],
          "author": [{"@type": "Person", "name": a} for a in article["authors"]],
          "publisher": {"@type": "Organization", "name": article["publisher"]}}
    nav = "\n".join(f'      <li><a href="/{i.lower().replace(" ", "-")}">{esc(i)}</a></li>' for i in site["nav"])
    related = "\n".join(f'      <li><a href="/a/{n}">{esc(t)}</a></li>' for n, t in enumerate(site["related"], 1))
    byline = ", ".join(article["authors"])
    byline_html = f'<p class="byline">{site.get("by", "By")} <span class="author">{esc(byline)}</span></p>\n' if byline else ""
    return f"""<!DOCTYPE html>
<html lang="{article['language']}">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(article['publisher'])}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:site_name" content="{esc(article['publisher'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{article['published']}">
  <meta name="author" content="{esc(byline)}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{esc(site['cookie'])}</p>
    <button>{esc(site['cookie_ok'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{esc(article['publisher'])}</a>
    <nav class="main-nav">
    <ul>
{nav}
    </ul>
    </nav>
  </header>
  <main>
  <article>
    <h1>{esc(title)}</h1>
    {byline_html}    <time datetime="{article['published']}">{esc(site['date_label'])}</time>
{_article_html(article, site)}
    <div class="share">{esc(site['share'])}</div>
  </article>
  <aside class="ad">
    <p>{esc(site['ad'])}</p>
  </aside>
  <aside class="related">
    <h3>{esc(site['related_title'])}</h3>
    <ul>
{related}
    </ul>
  </aside>
  </main>
  <footer>
    <p>{esc(site['footer'])}</p>
  </footer>
</body>
</html>
"""


def _article_html(article, site):
    """The article's blocks, with an optional inline teaser/ad after the second block."""
    lines = blocks_html(content_blocks(article)).split("\n")
    if site.get("inline"):
        lines.insert(site.get("inline_at", 2), site["inline"])
    if site.get("after"):
        # Furniture inside <article> after the text: advert blocks, newsletter boxes, tag lists.
        lines.append(site["after"])
    return "\n".join(lines)


def run_split(split, stories, argv):
    """Writes examples/corpus/<split>/ and examples/gold/<split>.json from the story modules and validates
    the gold (with --check in argv: validates the committed gold only). Returns the exit status."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    corpus = os.path.join(root, "corpus", split)
    gold_path = os.path.join(root, "gold", split + ".json")
    if "--check" in argv:
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
    else:
        gold = {"split": split, "articles": [], "stories": [], "groups": [], "rewrites": []}
        for story in stories:
            gold["articles"] += [gold_article(a) for a in story.ARTICLES]
            gold["stories"].append(story.STORY)
            gold["groups"] += story.GROUPS
            gold["rewrites"] += story.REWRITES
        for story in stories:
            for name, (text, gz) in story.files().items():
                write(os.path.join(corpus, name), text, gz)
        write(gold_path, json.dumps(gold, ensure_ascii=False, indent=1) + "\n")
    problems = validate(gold)
    for p in problems:
        print("problem:", p)
    n = len(gold["articles"])
    de = sum(1 for a in gold["articles"] if a["language"] == "de")
    print(f"{n} articles ({de} de), {len(gold['stories'])} stories, {len(gold['groups'])} groups, "
          f"{sum(len(a['claims']) for a in gold['articles'])} claims, {len(problems)} problems")
    return 1 if problems else 0


STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}
ROLES = {"heading", "reporting", "opinion", "quote"}
CATEGORIES = {"glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"}
USAGES = {"used", "reported", "distancing"}


def label_checks(gold, corpus, units, measures):
    """The checks beyond validate() that dev18 and later builders run (round 24: written once here): every status at least
    twice, labels from the lists the split uses (`units`, `measures` given by the builder), each denial with a denying party
    and beside a claim it denies, every group with a denial `disputed`, every input file present."""
    problems = []
    statuses = {}
    for g in gold["groups"]:
        statuses[g["status"]] = statuses.get(g["status"], 0) + 1
        if g["status"] not in STATUSES:
            problems.append(f"group {g['id']}: bad status {g['status']}")
    for s in STATUSES:
        if statuses.get(s, 0) < 2:
            problems.append(f"status {s} occurs {statuses.get(s, 0)} times (at least 2 wanted)")
    for a in gold["articles"]:
        name = a["input"]
        path = os.path.join(corpus, name.split("/", 1)[1].split("#", 1)[0])
        if not os.path.exists(path):
            problems.append(f"{name}: input file missing")
        for r in a["roles"]:
            if r not in ROLES:
                problems.append(f"{name}: bad role {r}")
        if a["roles"] and a["roles"][0] != "heading":
            problems.append(f"{name}: first sentence is not the heading")
        for l in a["loaded"]:
            if l["category"] not in CATEGORIES or l["usage"] not in USAGES:
                problems.append(f"{name}: bad loaded label {l}")
        for c in a["claims"]:
            if c["kind"] == "quantity":
                if c["unit"] not in units:
                    problems.append(f"{name}: unit not in this split's list: {c['unit']}")
                if c["measure"] not in measures:
                    problems.append(f"{name}: measure not in this split's list: {c['measure']}")
            elif c.get("denial"):
                if not c["source"]:
                    problems.append(f"{name}: denial without a denying party: {c['text']}")
                others = [d for b in gold["articles"] for d in b["claims"]
                          if d["group"] == c["group"] and not (d["kind"] == "statement" and d.get("denial"))]
                if not others:
                    problems.append(f"{name}: denial with nothing to deny: {c['text']}")
    for g in gold["groups"]:
        denied = any(c.get("denial") for a in gold["articles"] for c in a["claims"] if c["group"] == g["id"])
        if denied and g["status"] != "disputed":
            problems.append(f"group {g['id']}: has a denial but is {g['status']}")
    return problems


def run_checked_split(split, stories, argv, units, measures):
    """run_split() followed by label_checks() on the split's gold; returns the exit status."""
    status = run_split(split, stories, argv)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "gold", split + ".json"), encoding="utf-8") as f:
        gold = json.load(f)
    problems = label_checks(gold, os.path.join(root, "corpus", split), units, measures)
    for p in problems:
        print("problem:", p)
    return 1 if status or problems else 0
