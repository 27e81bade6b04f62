#!/usr/bin/env python3
"""Render Parallax's dev corpus (examples/corpus/dev/) and its gold (examples/gold/dev.json).

Written by the Parallax team. Every article is invented: events, outlets, people and numbers.
Each article is written once, as structured data (blocks of sentences with their role, claims and
loaded terms), and rendered from that single source into its input file (plain text, HTML page,
RSS/Atom feed item, JSON Lines line, gzip) with site furniture around it, and into its gold entry
(body, sentences, roles, claims), so the two cannot drift apart.

Usage: python3 examples/tools/build_dev.py          # render corpus and gold, then validate
       python3 examples/tools/build_dev.py --check  # validate the existing gold and corpus only
"""

import gzip
import html
import json
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join(ROOT, "examples", "corpus")
GOLD = os.path.join(ROOT, "examples", "gold", "dev.json")

# ---------------------------------------------------------------------------------------------
# Authoring helpers
# ---------------------------------------------------------------------------------------------

# The authoring shorthands are shared with the dev2 split's generator.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dev2_lib import H, HEADING, L, OPINION, P, Q, QUOTE, REPORTING, S, St, esc, report  # noqa: E402,F401
from dev2_lib import text_of as block_text  # noqa: E402


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------


def render_txt(art):
    """Plain text: optional lines before the headline (dateline block), headline, byline,
    paragraphs (separated by a blank line or, with sep='\\n', by a single newline), furniture."""
    sep = art.get("sep", "\n\n")
    out = []
    if art.get("pre"):
        out.append("\n".join(art["pre"]) + "\n\n")
    blocks = art["blocks"]
    out.append(block_text(blocks[0]) + "\n")
    if art.get("byline"):
        out.append("\n" + art["byline"] + "\n")
    for block in blocks[1:]:
        out.append(("\n" if sep == "\n\n" else "") + block_text(block) + "\n")
    if art.get("post"):
        out.append("\n" + "\n".join(art["post"]) + "\n")
    return "".join(out)


def content_html(blocks, indent="      "):
    parts = []
    for block in blocks:
        tag = "h2" if block["heading"] else "p"
        parts.append(f"{indent}<{tag}>{esc(block_text(block))}</{tag}>")
    return "\n".join(parts)


def render_html(art):
    """A full page: head with meta tags and JSON-LD, navigation, cookie banner, article with
    headline, byline and <time>, an advert, a related-articles box, share box and footer."""
    h = art["html"]
    title = block_text(art["blocks"][0])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": art["published"],
          "author": [{"@type": "Person", "name": a} for a in art["authors"]],
          "publisher": {"@type": "Organization", "name": art["publisher"]},
          "inLanguage": art["language"]}
    nav = "\n".join(f'        <li><a href="/{esc(x.lower())}/">{esc(x)}</a></li>'
                    for x in h["nav"])
    related = "\n".join(f'        <li><a href="/artikel/{i}">{esc(x)}</a></li>'
                        for i, x in enumerate(h["related"], 1))
    byline = ", ".join(art["authors"])
    return f"""<!DOCTYPE html>
<html lang="{art['language']}">
<head>
  <meta charset="utf-8">
  <title>{esc(title)} | {esc(art['publisher'])}</title>
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:site_name" content="{html.escape(art['publisher'])}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="{art['published']}">
  <meta name="author" content="{html.escape(byline)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <div id="cookie-banner" class="consent">
    <p>{esc(h['cookie'])}</p>
    <button>{esc(h['cookie_button'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{esc(art['publisher'])}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article class="article">
      <h1>{esc(title)}</h1>
      <div class="meta">
        <span class="byline">{esc(h['byline'])}</span>
        <time datetime="{art['published']}">{esc(h['time_text'])}</time>
      </div>
{content_html(art['blocks'][1:])}
      <div class="share-box">{esc(h['share'])}</div>
    </article>
    <div class="ad-slot" data-ad="rectangle">
      <span class="ad-label">Anzeige</span>
      <p>{esc(h['ad'])}</p>
    </div>
    <aside class="related">
      <h3>{esc(h['related_title'])}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>{esc(h['footer'])}</p>
  </footer>
</body>
</html>
"""


def html_removed(art):
    h = art["html"]
    return ([h["cookie"], h["byline"], h["share"], h["ad"], h["related_title"], h["footer"]]
            + [x for x in h["related"]])


def render_rss(feed, items):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/">',
             "  <channel>",
             f"    <title>{esc(feed['title'])}</title>",
             f"    <link>{esc(feed['link'])}</link>",
             f"    <description>{esc(feed['description'])}</description>",
             f"    <language>{feed['language']}</language>"]
    for art in items:
        title = block_text(art["blocks"][0])
        body = content_html(art["blocks"][1:], indent="")
        if art.get("item_post"):
            body += "\n" + art["item_post"]
        lines += ["    <item>",
                  f"      <title>{esc(title)}</title>",
                  f"      <link>{esc(art['url'])}</link>",
                  f'      <guid isPermaLink="false">{esc(art["guid"])}</guid>',
                  f"      <pubDate>{art['rfc822']}</pubDate>"]
        lines += [f"      <dc:creator>{esc(a)}</dc:creator>" for a in art["authors"]]
        lines += [f"      <description>{esc(art['summary'])}</description>",
                  f"      <content:encoded><![CDATA[{body}]]></content:encoded>",
                  "    </item>"]
    lines += ["  </channel>", "</rss>", ""]
    return "\n".join(lines)


def render_atom(feed, items):
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"  <title>{esc(feed['title'])}</title>",
             f'  <link href="{esc(feed["link"])}"/>',
             f"  <id>{esc(feed['link'])}</id>",
             f"  <updated>{items[-1]['published']}</updated>"]
    for art in items:
        title = block_text(art["blocks"][0])
        body = content_html(art["blocks"][1:], indent="")
        if art.get("item_post"):
            body += "\n" + art["item_post"]
        lines += ["  <entry>",
                  f"    <title>{esc(title)}</title>",
                  f'    <link href="{esc(art["url"])}"/>',
                  f"    <id>{esc(art['guid'])}</id>",
                  f"    <published>{art['published']}</published>",
                  f"    <updated>{art['published']}</updated>"]
        lines += [f"    <author><name>{esc(a)}</name></author>" for a in art["authors"]]
        lines += [f"    <summary>{esc(art['summary'])}</summary>",
                  f'    <content type="html">{esc(body)}</content>',
                  "  </entry>"]
    lines += ["</feed>", ""]
    return "\n".join(lines)


def jsonl_line(art):
    rec = {"id": art["guid"], "url": art["url"], "title": block_text(art["blocks"][0]),
           "publisher": art["publisher"], "published": art["published"],
           "language": art["language"]}
    if art.get("jsonl_html"):
        rec["html"] = ("<div class=\"story\">\n" + content_html(art["blocks"][1:], indent="")
                       + "\n" + art.get("item_post", "") + "\n</div>")
    else:
        text = "\n\n".join(block_text(b) for b in art["blocks"][1:])
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
    seen, uniq = set(), []
    for x in removed:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            uniq.append(x)
    return {"input": art["input"], "story": art["story"], "event": art["event"],
            "title": block_text(blocks[0]), "publisher": art["publisher"],
            "published": art["published"], "language": art["language"],
            "authors": art["authors"],
            "body": "\n\n".join(block_text(b) for b in blocks),
            "headings": [block_text(b) for b in blocks if b["heading"]],
            "sentences": sentences, "roles": roles, "loaded": loaded,
            "sensationalHeadline": art.get("sensational", False),
            "removed": uniq, "claims": claims}


def render_all(articles, stories, groups, rewrites, corpus):
    feeds = {}
    for art in articles:
        form = art["form"]
        if form in ("rss", "atom", "jsonl"):
            art["input"] = f"{art['file']}#{art['guid']}"
            feeds.setdefault(art["file"], []).append(art)
            continue
        art["input"] = art["file"]
        path = os.path.join(corpus, art["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = render_html(art) if form == "html" else render_txt(art)
        if path.endswith(".gz"):
            with open(path, "wb") as raw:
                with gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as handle:
                    handle.write(text.encode("utf-8"))
        else:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text)
    for file, items in feeds.items():
        path = os.path.join(corpus, file)
        form = items[0]["form"]
        if form == "jsonl":
            text = "\n".join(jsonl_line(a) for a in items) + "\n"
        elif form == "rss":
            text = render_rss(FEEDS[file], items)
        else:
            text = render_atom(FEEDS[file], items)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    return {"split": "dev", "articles": [gold_entry(a) for a in articles],
            "stories": stories, "groups": groups, "rewrites": rewrites}


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------

QUALIFIERS = {"exact", "about", "at-least", "more-than", "up-to", "less-than", "range"}
ROLES = {HEADING, REPORTING, OPINION, QUOTE}
CATEGORIES = {"glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"}
USAGES = {"used", "reported", "distancing"}
STATUSES = {"agreed", "compatible", "conflicting", "disputed", "single-source"}


def read_input(corpus, inp):
    file = inp.split("#")[0]
    path = os.path.join(corpus, file)
    if path.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            return handle.read().decode("utf-8")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def validate(gold, corpus):
    problems = []
    story_ids = {s["id"]: {e["id"] for e in s["events"]} for s in gold["stories"]}
    group_ids = {g["id"]: g for g in gold["groups"]}
    used_groups = {}
    inputs = set()
    for g in gold["groups"]:
        if g["status"] not in STATUSES:
            problems.append(f"group {g['id']}: bad status")
        if g["story"] not in story_ids:
            problems.append(f"group {g['id']}: unknown story")
    for art in gold["articles"]:
        inp = art["input"]
        where = inp
        if inp in inputs:
            problems.append(f"{where}: duplicate input")
        inputs.add(inp)
        if art["story"] not in story_ids or art["event"] not in story_ids[art["story"]]:
            problems.append(f"{where}: unknown story/event")
        body = art["body"]
        if not body.startswith(art["title"]):
            problems.append(f"{where}: body does not start with title")
        pos = 0
        for s in art["sentences"]:
            i = body.find(s, pos)
            if i < 0:
                problems.append(f"{where}: sentence not in body in order: {s[:60]}")
            else:
                pos = i + len(s)
        joined = "".join(art["sentences"])
        if re.sub(r"\s", "", joined) != re.sub(r"\s", "", body):
            problems.append(f"{where}: sentences do not cover the body")
        if len(art["roles"]) != len(art["sentences"]):
            problems.append(f"{where}: roles/sentences length")
        for s, r in zip(art["sentences"], art["roles"]):
            if r not in ROLES:
                problems.append(f"{where}: bad role {r}")
            if (r == HEADING) != (s in art["headings"]):
                problems.append(f"{where}: heading role mismatch: {s[:50]}")
        for h in art["headings"]:
            if h not in body.split("\n\n"):
                problems.append(f"{where}: heading is not a block: {h[:50]}")
        for term in art["loaded"]:
            if term["category"] not in CATEGORIES or term["usage"] not in USAGES:
                problems.append(f"{where}: bad loaded term {term}")
            if term["text"] not in body:
                problems.append(f"{where}: loaded term not in body: {term['text']}")
        raw = read_input(corpus, inp)
        for r in art["removed"]:
            if r in body:
                problems.append(f"{where}: removed text occurs in body: {r[:50]}")
            if esc(r) not in raw and r not in raw and html.escape(r) not in raw:
                problems.append(f"{where}: removed text not in input: {r[:50]}")
        for c in art["claims"]:
            hits = [s for s in art["sentences"] if c["text"] in s]
            if len(hits) != 1:
                problems.append(f"{where}: claim text in {len(hits)} sentences: {c['text']}")
            if c["group"] not in group_ids:
                problems.append(f"{where}: unknown group {c['group']}")
            elif group_ids[c["group"]]["story"] != art["story"]:
                problems.append(f"{where}: group {c['group']} of another story")
            used_groups.setdefault(c["group"], set()).add(inp)
            if c["kind"] == "quantity":
                if c["qualifier"] not in QUALIFIERS:
                    problems.append(f"{where}: bad qualifier {c['qualifier']}")
                if c["qualifier"] == "range" and (c["low"] is None or c["high"] is None):
                    problems.append(f"{where}: range without bounds {c['text']}")
        first = art["title"]
        if not art["headings"] or art["headings"][0] != first:
            problems.append(f"{where}: headline is not the first heading")
    for gid, g in group_ids.items():
        if gid not in used_groups:
            problems.append(f"group {gid} is not used by any claim")
        elif g["status"] == "single-source" and len(used_groups[gid]) != 1:
            problems.append(f"group {gid} single-source but in {len(used_groups[gid])} articles")
        elif g["status"] not in ("single-source", "disputed") and len(used_groups[gid]) < 2:
            problems.append(f"group {gid} is {g['status']} but in one article only")
    for pair in gold["rewrites"]:
        for x in pair:
            if x not in inputs:
                problems.append(f"rewrite pair names unknown input {x}")
    return problems


# ---------------------------------------------------------------------------------------------
# Stories
# ---------------------------------------------------------------------------------------------

ARTICLES, STORIES, GROUPS, REWRITES, FEEDS = [], [], [], [], {}


def story(sid, label, events):
    STORIES.append({"id": sid, "label": label,
                    "events": [{"id": e, "label": l} for e, l in events]})


def group(gid, sid, status, why):
    GROUPS.append({"id": gid, "story": sid, "status": status, "why": why})


def article(**kw):
    kw.setdefault("authors", [])
    ARTICLES.append(kw)


# --- Story 1: Ostravian troops help Veldmark retake the border district Halvor -----------------
# Two events: an early intelligence report (February 2026) and the official confirmation with
# the recapture claim (end of March 2026). Tagesbote and Mittelland rewrite one zpa wire report.

HV = "st-halvor"
story(HV, "Ostravian troops help Veldmark retake the border district Halvor from Karsenia",
      [("ev-halvor-early", "Karsenian intelligence reports Ostravian troops in Veldmark (February 2026)"),
       ("ev-halvor-confirmed", "Ostravia confirms its troops fought in Halvor; Veldmark claims the recapture (March 2026)")])
group("halvor-troops-total", HV, "conflicting",
      "'up to 7,000' (diplomats) and 'at least 9,000' (Karsenia) cannot both hold; 8,000 equals "
      "6,500 + 1,500, and 'about 5,000 since November' and '4,000–6,000' are earlier counts.")
group("halvor-losses", HV, "compatible",
      "'more than 1,100 killed', 'more than 1,000 killed' and 'about 3,000 killed or wounded' are "
      "different measures and bounds that can all be true.")
group("halvor-recapture", HV, "disputed",
      "Veldmark's military says Halvor was fully retaken; Karsenia's military denies it and says "
      "fighting continues around Lessow (Blitz-Kurier states the recapture as fact).")
group("halvor-confirmation", HV, "agreed",
      "All March reports say Ostravia officially confirmed that its troops fought in Halvor.")
group("halvor-area", HV, "single-source",
      "Only Blitz-Kurier gives the area once held by Karsenia (about 620 square miles).")
group("halvor-population", HV, "single-source",
      "Only the Nordhafen Rundschau gives Halvor's population (about 40,000).")
group("halvor-unconfirmed", HV, "single-source",
      "Only the early report says Ostravia had neither confirmed nor denied the deployment.")
REWRITES.append(["dev/halvor-tagesbote.html", "dev/halvor-mittelland.txt"])

SND = "karsenia intelligence"
VMIL = "veldmark military"
KMIL = "karsenia military"
T_2025 = ("2025-11-01", "2025-12-31")
T_EARLY26 = ("2026-01-01", "2026-02-28")

article(
    file="dev/halvor-early-report.txt", form="txt", story=HV, event="ev-halvor-early",
    publisher="Nordhafen Rundschau", published="2026-02-11T08:15:00+01:00", language="de",
    authors=["Marta Kiesling"],
    pre=["Nordhafen Rundschau", "11.02.2026", "08:15 Uhr"],
    byline="Von Marta Kiesling",
    blocks=[
        H("Geheimdienst: Ostravien soll Soldaten nach Veldmark verlegt haben"),
        P(S("Nach Erkenntnissen des karsenischen Geheimdienstes SND soll Ostravien seit November "
            "etwa 5.000 Soldaten in das Nachbarland Veldmark verlegt haben.",
            claims=[Q("seit November etwa 5.000 Soldaten", 5000, "soldier", "deployed", "about",
                      time=("2025-11-01", "2026-02-11"), subject="ostravia", source=SND,
                      hedged=True, group="halvor-troops-total")]),
          "Die Einheiten seien größtenteils im Süden Veldmarks nahe dem Bezirk Halvor "
          "stationiert, hieß es am Dienstag in Ludrin.",
          "Dem SND zufolge stützt sich die Einschätzung auf abgefangenen Funkverkehr und "
          "Satellitenaufnahmen.",
          S("Veldmärkische Zeitungen hatten zuvor von 4.000–6.000 Mann berichtet.",
            claims=[Q("4.000–6.000 Mann", None, "soldier", "deployed", "range", low=4000,
                      high=6000, time=("2025-11-01", "2026-02-11"), subject="ostravia",
                      source="veldmark media", group="halvor-troops-total")])),
        P(S("Die Regierung in Korvin hat die Entsendung bisher weder bestätigt noch dementiert.",
            claims=[St("weder bestätigt noch dementiert", "ostravia", "neither confirmed nor denied",
                       "deployment of troops to veldmark", group="halvor-unconfirmed")]),
          "Auch Veldmark schweigt: Ein Sprecher des Verteidigungsministeriums in Varneck sagte, man "
          "äußere sich grundsätzlich nicht zu Berichten ausländischer Dienste."),
        H("Beobachter erwarten eine Offensive"),
        P("Militärfachleute in Varneck rechnen damit, dass die ostravischen Truppen bei einem "
          "Versuch eingesetzt werden, Halvor zurückzugewinnen.",
          S("Der Grenzbezirk mit rund 40.000 Einwohnern war im August 2025 innerhalb weniger Tage "
            "von karsenischen Verbänden eingenommen worden.",
            claims=[Q("rund 40.000 Einwohnern", 40000, "person", None, "about", subject="halvor",
                      group="halvor-population")])),
        P(S("Sollte sich der Bericht bestätigen, stünde der Konflikt um Halvor vor einer neuen "
            "Eskalationsstufe.", OPINION)),
    ],
    post=["Mehr zum Thema:", "- Veldmark ruft Reservisten zu Übungen ein",
          "- Karsenien schließt Grenzübergang bei Halvor",
          "Themen: Veldmark, Karsenien, Ostravien",
          "Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Nordhafen",
          "Leserservice: 0421 555 0192 (Mo–Fr 7–18 Uhr)"],
)

article(
    file="dev/halvor-tagesbote.html", form="html", story=HV, event="ev-halvor-confirmed",
    publisher="Tagesbote Online", published="2026-03-30T14:20:00+02:00", language="de",
    authors=["Felix Raabe"],
    html=dict(
        nav=["Startseite", "Politik", "Wirtschaft", "Kultur", "Sport", "Regional"],
        cookie="Wir verwenden Cookies, um Ihnen ein optimales Leseerlebnis zu bieten. Mit einem "
               "Klick auf „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
        cookie_button="Alle akzeptieren",
        byline="Von Felix Raabe, mit Material von zpa",
        time_text="30. März 2026, 14:20 Uhr",
        share="Artikel teilen: Facebook · X · WhatsApp · E-Mail",
        ad="Jetzt Tagesgeld mit 3,4 % Zinsen sichern – nur für Neukunden bis 30.04.2026",
        related_title="Mehr zum Thema",
        related=["Karsenien verlängert Ausnahmezustand um 90 Tage",
                 "Wie Veldmark seine Armee neu aufstellt"],
        footer="© 2026 Tagesbote Medien GmbH · Impressum · Datenschutz · Kontakt: 030 4455 120",
    ),
    blocks=[
        H("Ostravien bestätigt Einsatz eigener Soldaten in Halvor"),
        P(S("Ostravien hat erstmals offiziell eingeräumt, dass eigene Truppen an den Kämpfen um "
            "den veldmärkischen Grenzbezirk Halvor beteiligt waren.",
            claims=[St("erstmals offiziell eingeräumt", "ostravia", "confirmed",
                       "its troops fought in halvor", group="halvor-confirmation")]),
          "Das meldete die staatliche ostravische Nachrichtenagentur ONA am Montag."),
        P("Den Einsatz habe Präsident Arkadi Holm persönlich angeordnet, hieß es in der Meldung.",
          S("Die „Operation zur Befreiung Halvors“ sei erfolgreich abgeschlossen worden.",
            loaded=[L("Befreiung", "propaganda", "reported")])),
        H("Veldmark meldet Rückeroberung"),
        P(S("Der veldmärkische Generalstabschef Piet Vandrell erklärte, der gesamte Bezirk sei "
            "wieder unter Kontrolle der Regierung in Varneck.",
            claims=[St("der gesamte Bezirk sei wieder unter Kontrolle der Regierung in Varneck",
                       "veldmark", "recaptured", "halvor", source=VMIL, hedged=True,
                       group="halvor-recapture")]),
          "Als letzte Ortschaft sei das Grenzdorf Lessow eingenommen worden.",
          S("Das karsenische Militär bestreitet diese Darstellung.",
            claims=[St("Das karsenische Militär bestreitet diese Darstellung", "veldmark",
                       "recaptured", "halvor", source=KMIL, denial=True,
                       group="halvor-recapture")]),
          "Nach Angaben eines Sprechers in Ludrin wird um Lessow weiter gekämpft."),
        H("Zahlen aus Geheimdienstkreisen"),
        P(S("Nach Einschätzung des karsenischen Geheimdienstes SND schickte Ostravien im "
            "vergangenen Jahr rund 6.500 Soldaten nach Veldmark.",
            claims=[Q("im vergangenen Jahr rund 6.500 Soldaten", 6500, "soldier", "deployed",
                      "about", time=T_2025, subject="ostravia", source=SND,
                      group="halvor-troops-total")]),
          S("Anfang dieses Jahres seien weitere 1.500 hinzugekommen.",
            claims=[Q("weitere 1.500", 1500, "soldier", "deployed", time=T_EARLY26,
                      subject="ostravia", source=SND, hedged=True,
                      group="halvor-troops-total")]),
          S("Mehr als 1.100 ostravische Soldaten sollen getötet worden sein.",
            claims=[Q("Mehr als 1.100 ostravische Soldaten", 1100, "soldier", "killed",
                      "more-than", subject="ostravia", source=SND, hedged=True,
                      group="halvor-losses")])),
        P(S("„Ohne die Hilfe unserer ostravischen Freunde hätten wir Halvor nicht "
            "zurückgewonnen“, sagte Vandrell bei einer Pressekonferenz in Varneck.", QUOTE)),
        P("Karsenische Truppen hatten den Bezirk im August 2025 bei einem Überraschungsangriff "
          "besetzt."),
    ],
)

article(
    file="dev/halvor-mittelland.txt", form="txt", story=HV, event="ev-halvor-confirmed",
    publisher="Mittelland Nachrichten", published="2026-03-30T16:05:00+02:00", language="de",
    authors=["Sabine Oltmann"], sep="\n",
    pre=["Mittelland Nachrichten", "30.03.2026", "16:05 Uhr"],
    byline="Von Sabine Oltmann",
    blocks=[
        H("Ostravische Truppen kämpften in Halvor – Korvin räumt Einsatz ein"),
        P(S("Zum ersten Mal hat die Führung in Korvin offiziell bestätigt, dass ostravische "
            "Soldaten im Grenzbezirk Halvor im Einsatz waren.",
            claims=[St("offiziell bestätigt, dass ostravische Soldaten im Grenzbezirk Halvor im "
                       "Einsatz waren", "ostravia", "confirmed", "its troops fought in halvor",
                       group="halvor-confirmation")]),
          "Wie die Staatsagentur ONA am Montag mitteilte, ging der Befehl dazu auf Präsident "
          "Arkadi Holm zurück.",
          S("Die Agentur sprach von einer erfolgreich beendeten „Operation zur Befreiung "
            "Halvors“.", loaded=[L("Befreiung", "propaganda", "reported")])),
        P(S("Nach Darstellung von Generalstabschef Piet Vandrell hat Veldmark den Bezirk "
            "vollständig zurückerobert; zuletzt sei das Dorf Lessow an der Grenze gefallen.",
            claims=[St("hat Veldmark den Bezirk vollständig zurückerobert", "veldmark",
                       "recaptured", "halvor", source=VMIL,
                       group="halvor-recapture")]),
          S("Karsenien weist das zurück: Die Kämpfe um Lessow dauerten an, erklärte ein "
            "Militärsprecher in Ludrin.",
            claims=[St("Karsenien weist das zurück", "veldmark", "recaptured", "halvor",
                       source=KMIL, denial=True, group="halvor-recapture")])),
        P(S("Der karsenische Geheimdienst SND geht davon aus, dass Ostravien 2025 etwa 6.500 "
            "Soldaten entsandte und zu Jahresbeginn 1.500 weitere folgten.",
            claims=[Q("etwa 6.500 Soldaten", 6500, "soldier", "deployed", "about", time=T_2025,
                      subject="ostravia", source=SND,
                      group="halvor-troops-total"),
                    Q("1.500 weitere", 1500, "soldier", "deployed", time=T_EARLY26,
                      subject="ostravia", source=SND,
                      group="halvor-troops-total")]),
          S("Über 1.100 von ihnen sollen ums Leben gekommen sein.",
            claims=[Q("Über 1.100 von ihnen", 1100, "soldier", "killed", "more-than",
                      subject="ostravia", source=SND, hedged=True, group="halvor-losses")])),
        P(S("Vandrell dankte dem Nachbarland ausdrücklich: „Ohne die Ostravier stünde Karsenien "
            "heute noch in Halvor.“", QUOTE)),
        P("Halvor war im August 2025 von karsenischen Einheiten überraschend eingenommen worden."),
    ],
    post=["Themen: #Veldmark #Ostravien #Karsenien", "", "Details | |", "---|---|",
          "Quellen | zpa |", "", "Teilen: Facebook | WhatsApp | E-Mail"],
    removed=["Details | |", "Quellen | zpa |"],
)

article(
    file="dev/halvor-blitz.txt", form="txt", story=HV, event="ev-halvor-confirmed",
    publisher="Blitz-Kurier", published="2026-03-31T06:30:00+02:00", language="de",
    sensational=True,
    pre=["Blitz-Kurier", "31.03.2026 – 06:30 Uhr"],
    blocks=[
        H("Triumph in Halvor! Ostravias Elite-Kämpfer jagen die Karsenier aus dem Grenzland",
          loaded=[L("Elite-Kämpfer", "glorifying")]),
        P(S("Es ist ein historischer Sieg!", OPINION),
          S("Mit 8.000 Soldaten hat Ostravien seinem Nachbarn Veldmark geholfen, den Grenzbezirk "
            "Halvor zu befreien.",
            claims=[Q("Mit 8.000 Soldaten", 8000, "soldier", "deployed", subject="ostravia",
                      group="halvor-troops-total")],
            loaded=[L("befreien", "propaganda")]),
          S("Halvor ist wieder frei, die karsenischen Besatzer sind vertrieben.",
            claims=[St("Halvor ist wieder frei, die karsenischen Besatzer sind vertrieben",
                       "veldmark", "recaptured", "halvor", group="halvor-recapture")],
            loaded=[L("Besatzer", "demonising")])),
        H("Heldenhafte Kämpfer", loaded=[L("Heldenhafte", "glorifying")]),
        P("Präsident Arkadi Holm hatte seine besten Einheiten in den Kampf geschickt.",
          S("Rund 3.000 von ihnen sollen verwundet oder getötet worden sein, heißt es aus "
            "Geheimdienstkreisen.",
            claims=[Q("Rund 3.000 von ihnen", 3000, "soldier", "killed or wounded", "about",
                      subject="ostravia", source="sources", hedged=True,
                      group="halvor-losses")]),
          S("Ein gewaltiger Blutzoll für die Freiheit Halvors!", OPINION,
            loaded=[L("Blutzoll", "alarmist")]),
          S("Die Karsenier hatten zeitweise rund 620 Quadratmeilen veldmärkischen Bodens "
            "besetzt.",
            claims=[Q("rund 620 Quadratmeilen", 620, "square mile", "controlled", "about",
                      subject="karsenia", group="halvor-area")])),
        P(S("„Das ist ein Sieg für ganz Europa!“, jubelte Generalstabschef Piet Vandrell.",
            QUOTE)),
        P(S("Wer jetzt noch an der Bündnistreue Ostravias zweifelt, hat nichts verstanden.",
            OPINION),
          S("Und was macht unsere Regierung?", OPINION),
          S("Sie streitet lieber über Parkgebühren und Lastenräder.", OPINION)),
    ],
    post=["BLITZ-KURIER PLUS – Jetzt 4 Wochen für 0,99 € testen!",
          "Lesen Sie auch: Karsenien-Chef tobt im Staatsfernsehen",
          "#Halvor #Ostravien #Triumph"],
)

article(
    file="dev/halvor-goldhafen.txt", form="txt", story=HV, event="ev-halvor-confirmed",
    publisher="Goldhafen Vermögen", published="2026-04-01T07:45:00+02:00", language="de",
    pre=["Goldhafen Vermögen", "01.04.2026", "07:45 Uhr"],
    blocks=[
        H("Ostravien bestätigt Truppeneinsatz in Halvor: Was das für Europa bedeutet"),
        P(S("Was lange vermutet wurde, ist nun offiziell: Ostravien hat Soldaten in den Krieg "
            "um den Grenzbezirk Halvor geschickt.",
            claims=[St("ist nun offiziell: Ostravien hat Soldaten in den Krieg um den Grenzbezirk "
                       "Halvor geschickt", "ostravia", "confirmed", "its troops fought in halvor",
                       group="halvor-confirmation")]),
          S("Nach Angaben aus Sicherheitskreisen in Ludrin waren es mindestens 9.000 Mann.",
            claims=[Q("mindestens 9.000 Mann", 9000, "soldier", "deployed", "at-least",
                      subject="ostravia", source="karsenia",
                      group="halvor-troops-total")])),
        P(S("Die Regierung in Varneck spricht von einer vollständigen Rückeroberung, Karsenien "
            "bestreitet das.",
            claims=[St("Die Regierung in Varneck spricht von einer vollständigen Rückeroberung",
                       "veldmark", "recaptured", "halvor", source="veldmark",
                       group="halvor-recapture"),
                    St("Karsenien bestreitet das", "veldmark", "recaptured", "halvor",
                       source="karsenia", denial=True, group="halvor-recapture")])),
        H("Geopolitische Einordnung"),
        P(S("Der Einsatz zeigt, wie schnell sich Bündnisse in Europa verschieben.", OPINION),
          S("Während in Brüssel über Normen für Steckdosenleisten gestritten wird, schaffen "
            "andere Staaten militärische Tatsachen.", OPINION),
          S("Die Gefahr eines Flächenbrands ist real.", OPINION,
            loaded=[L("Flächenbrands", "alarmist")]),
          S("Diese Entwicklung sollte als Warnsignal für jeden Sparer verstanden werden.",
            OPINION),
          S("Denn wer glaubt ernsthaft, dass Krisen vor dem eigenen Bankkonto haltmachen?",
            OPINION)),
    ],
    post=["- Themen:", "- #Sicherheit", "",
          "Kostenloses Online-Seminar • 16.04.2026 • 19:30 Uhr",
          "Krieg, Krise, Kapital: So schützen Sie Ihr Erspartes",
          "4 Fachleute, 90 Minuten, Ihre Fragen – 16.04.2026 ab 19:30 Uhr",
          "Ihre Gastgeber:", "", "Henrike Sommerfeld", "", "Dr. Anton Brehm", "",
          "Julius Kattner", "", "Mareike Wollin",
          "Erfahren Sie live von Henrike Sommerfeld und ihren Gästen, wie Sie Ihr Vermögen "
          "vor Inflation, Krieg und neuen Abgaben sichern. Unter allen Teilnehmern verlosen "
          "wir einen Goldbarren im Wert von 10.000 €!",
          "", "Tausende bereits angemeldet", "Jetzt Platz reservieren",
          "- Goldhafen News", "- Märkte", "- Edelmetalle", "- Politik"],
    removed=["Tausende bereits angemeldet", "Henrike Sommerfeld", "Goldbarren im Wert von 10.000 €"],
)

article(
    file="dev/halvor-harbinger-en.txt", form="txt", story=HV, event="ev-halvor-confirmed",
    publisher="The Harbinger Review", published="2026-03-31T09:00:00+01:00", language="en",
    authors=["Owen Castell"],
    pre=["The Harbinger Review", "31 March 2026 · 09:00"],
    byline="By Owen Castell",
    blocks=[
        H("Ostravia's regime admits sending troops to Halvor",
          loaded=[L("regime", "demonising")]),
        P(S("The government of Ostravia has finally admitted what its neighbours had suspected "
            "for months: its soldiers are fighting in Halvor, the border district of Veldmark.",
            claims=[St("has finally admitted", "ostravia", "confirmed",
                       "its troops fought in halvor", group="halvor-confirmation")]),
          S("Up to 7,000 Ostravian troops have been deployed, according to diplomats in the "
            "region.",
            claims=[Q("Up to 7,000 Ostravian troops", 7000, "soldier", "deployed", "up-to",
                      subject="ostravia", source="diplomats",
                      group="halvor-troops-total")])),
        P(S("President Arkadi Holm's state news agency celebrated the end of what it called an "
            "'operation to liberate Halvor'.", loaded=[L("liberate", "propaganda", "distancing")]),
          S("Veldmark's chief of staff, Piet Vandrell, said the district had been fully retaken.",
            claims=[St("the district had been fully retaken", "veldmark", "recaptured", "halvor",
                       source=VMIL, group="halvor-recapture")]),
          S("Karsenia's military denied the claim, saying fighting continued around the village "
            "of Lessow.",
            claims=[St("Karsenia's military denied the claim", "veldmark", "recaptured",
                       "halvor", source=KMIL, denial=True, group="halvor-recapture")])),
        P(S("More than 1,000 Ostravian soldiers have reportedly been killed.",
            claims=[Q("More than 1,000 Ostravian soldiers", 1000, "soldier", "killed",
                      "more-than", subject="ostravia", hedged=True, group="halvor-losses")]),
          S("\"We will honour every one of them,\" Holm said in a televised address.", QUOTE)),
        P(S("The West must not look away while a dictatorship exports its young men like cheap "
            "goods.", OPINION, loaded=[L("dictatorship", "demonising")]),
          S("How many more conscripts will Holm send to die for his ambitions?", OPINION)),
    ],
    post=["Read more: Veldmark's reservists return home", "Share this article",
          "Sign up for our daily briefing", "Tags: Ostravia, Veldmark, Karsenia",
          "© The Harbinger Review 2026"],
)

# --- Story 2: harbour warehouse fire in Kelsburg (German) ---------------------------------------

KB = "st-kelsburg-fire"
story(KB, "Fire destroys a harbour warehouse in Kelsburg",
      [("ev-kelsburg-fire", "Warehouse of Nordkai Logistik burns at Kelsburg harbour (14 May 2026)")])
group("kelsburg-injured", KB, "conflicting",
      "The fire service counts twelve injured; Blitz-Kurier writes 'at least 20'.")
group("kelsburg-seriously-injured", KB, "agreed",
      "Two seriously injured in the wire report, Küstenpost and the Kelsburger Anzeiger.")
group("kelsburg-evacuated", KB, "compatible",
      "About 250 residents evacuated (zpa, Anzeiger); Blitz-Kurier's looser 'hundreds' allows it.")
group("kelsburg-firefighters", KB, "agreed",
      "'More than 120' (zpa, Küstenpost) and 'about 130' (Anzeiger) firefighters agree.")
group("kelsburg-damage", KB, "compatible",
      "The owner's 'up to 4 million euros' contains the fire service's estimate of 2.5 to 3 "
      "million euros.")
group("kelsburg-duration", KB, "agreed",
      "The wire, Küstenpost and Welle Kelsburg say the firefighting took more than ten hours.")
group("kelsburg-sprinkler", KB, "disputed",
      "The fire service says the sprinkler system was switched off; the owner denies it "
      "(Blitz-Kurier states it as fact without the denial).")
group("kelsburg-aid", KB, "single-source",
      "Only the Kelsburger Anzeiger reports the city's emergency aid of 50,000 euros.")
group("kelsburg-cause", KB, "single-source",
      "Only Welle Kelsburg reports that police do not rule out arson.")

FW = "fire service"
OWNER = "nordkai logistik"
T_FIRE = ("2026-05-14", "2026-05-14")

article(
    file="dev/kelsburg-fire-wire.txt", form="txt", story=KB, event="ev-kelsburg-fire",
    publisher="zpa", published="2026-05-14T11:42:00+02:00", language="de",
    pre=["zpa", "14.05.2026", "11:42 Uhr"],
    blocks=[
        H("Großbrand in Lagerhalle im Kelsburger Hafen – zwölf Verletzte",
          claims=[Q("zwölf Verletzte", 12, "person", "wounded", time=T_FIRE,
                    group="kelsburg-injured")]),
        P(S("Kelsburg (zpa) – Bei einem Großbrand in einer Lagerhalle im Kelsburger Hafen sind "
            "am Donnerstagmorgen nach Angaben der Feuerwehr zwölf Menschen verletzt worden, zwei "
            "von ihnen schwer.",
            claims=[Q("zwölf Menschen verletzt", 12, "person", "wounded", time=T_FIRE,
                      source=FW, group="kelsburg-injured"),
                    Q("zwei von ihnen schwer", 2, "person", "wounded", time=T_FIRE, source=FW,
                      group="kelsburg-seriously-injured")]),
          "Das Feuer war gegen 3.40 Uhr in der Halle der Nordkai Logistik GmbH an der "
          "Kaistraße 17 ausgebrochen."),
        P(S("Wegen der starken Rauchentwicklung mussten etwa 250 Anwohner der angrenzenden "
            "Speicherstadt ihre Wohnungen verlassen.",
            claims=[Q("etwa 250 Anwohner", 250, "person", "evacuated", "about", time=T_FIRE,
                      group="kelsburg-evacuated")]),
          S("Mehr als 120 Einsatzkräfte waren vor Ort, die Löscharbeiten dauerten mehr als zehn "
            "Stunden.",
            claims=[Q("Mehr als 120 Einsatzkräfte", 120, "person", "deployed", "more-than",
                      time=T_FIRE, group="kelsburg-firefighters"),
                    Q("mehr als zehn Stunden", 10, "hour", "duration", "more-than",
                      time=T_FIRE, group="kelsburg-duration")])),
        P(S("Wie ein Feuerwehrsprecher mitteilte, war die Sprinkleranlage der Halle zum "
            "Zeitpunkt des Brandes abgeschaltet.",
            claims=[St("die Sprinkleranlage der Halle zum Zeitpunkt des Brandes abgeschaltet",
                       "warehouse sprinkler system", "was switched off", None, source=FW,
                       group="kelsburg-sprinkler")]),
          S("Der Eigentümer wies das zurück.",
            claims=[St("Der Eigentümer wies das zurück", "warehouse sprinkler system",
                       "was switched off", None, source=OWNER, denial=True,
                       group="kelsburg-sprinkler")]),
          "Die Brandursache ist noch unklar."),
    ],
    post=["© zpa 2026 – Weiterverbreitung nur mit Genehmigung"],
)

REWRITES.append(["dev/kelsburg-fire-wire.txt", "dev/kelsburg-fire-kuestenpost.txt"])

article(
    file="dev/kelsburg-fire-kuestenpost.txt", form="txt", story=KB, event="ev-kelsburg-fire",
    publisher="Küstenpost Online", published="2026-05-14T12:30:00+02:00", language="de",
    authors=["Henning Maurer"],
    pre=["Küstenpost Online", "Donnerstag, 14.05.2026 · 12:30"],
    byline="Von Henning Maurer",
    blocks=[
        H("Zwölf Verletzte bei Feuer in Kelsburger Hafenhalle",
          claims=[Q("Zwölf Verletzte", 12, "person", "wounded", time=T_FIRE,
                    group="kelsburg-injured")]),
        P(S("Ein Großfeuer in einer Lagerhalle im Hafen von Kelsburg hat am Donnerstag zwölf "
            "Verletzte gefordert, zwei davon schwer, wie die Feuerwehr mitteilte.",
            claims=[Q("zwölf Verletzte gefordert", 12, "person", "wounded", time=T_FIRE,
                      source=FW, group="kelsburg-injured"),
                    Q("zwei davon schwer", 2, "person", "wounded", time=T_FIRE, source=FW,
                      group="kelsburg-seriously-injured")]),
          "Der Brand brach kurz vor vier Uhr morgens in einer Halle der Firma Nordkai Logistik "
          "in der Kaistraße aus."),
        P(S("Rund 250 Menschen aus der benachbarten Speicherstadt wurden wegen des dichten "
            "Rauchs in Sicherheit gebracht.",
            claims=[Q("Rund 250 Menschen", 250, "person", "evacuated", "about", time=T_FIRE,
                      group="kelsburg-evacuated")]),
          S("Über 120 Feuerwehrleute bekämpften die Flammen mehr als zehn Stunden lang.",
            claims=[Q("Über 120 Feuerwehrleute", 120, "firefighter", "deployed", "more-than",
                      time=T_FIRE, group="kelsburg-firefighters"),
                    Q("mehr als zehn Stunden", 10, "hour", "duration", "more-than",
                      time=T_FIRE, group="kelsburg-duration")])),
        P(S("Nach Auskunft der Feuerwehr war die Sprinkleranlage außer Betrieb; der "
            "Hallenbesitzer bestreitet dies.",
            claims=[St("war die Sprinkleranlage außer Betrieb", "warehouse sprinkler system",
                       "was switched off", None, source=FW,
                       group="kelsburg-sprinkler"),
                    St("der Hallenbesitzer bestreitet dies", "warehouse sprinkler system",
                       "was switched off", None, source=OWNER, denial=True,
                       group="kelsburg-sprinkler")]),
          "Warum das Feuer ausbrach, ist bislang nicht bekannt."),
    ],
    post=["Anzeige", "Rauchmelder im Dreierpack – jetzt im Küstenpost-Shop",
          "Mehr aus der Region:", "Kelsburger Hafenfest: Feuerwerk abgesagt?",
          "Küstenpost Online · Impressum · Datenschutz · Cookie-Einstellungen"],
)

article(
    file="dev/kelsburg-fire-anzeiger.html", form="html", story=KB, event="ev-kelsburg-fire",
    publisher="Kelsburger Anzeiger", published="2026-05-14T18:10:00+02:00", language="de",
    authors=["Tobias Wendt", "Lea Brandauer"],
    html=dict(
        nav=["Kelsburg", "Region", "Hafen", "Sport", "Kultur", "Service"],
        cookie="Diese Website nutzt Cookies und vergleichbare Technologien. Details finden Sie "
               "in unserer Datenschutzerklärung.",
        cookie_button="Einverstanden",
        byline="Von Tobias Wendt und Lea Brandauer",
        time_text="14.05.2026 – 18:10 Uhr",
        share="Teilen Sie diesen Artikel · Newsletter: Kelsburg kompakt jeden Abend",
        ad="Möbelhaus Ruland: Bis zu 50 % auf alle Gartenmöbel – nur bis Samstag!",
        related_title="Weitere Artikel aus dem Hafen",
        related=["Neue Fährverbindung nach Sundholm ab Juni",
                 "Hafenfest 2026: Das Programm im Überblick"],
        footer="© Kelsburger Anzeiger 2026 · Hafenstraße 3, 23911 Kelsburg · Abo-Service "
               "05541 77 300",
    ),
    blocks=[
        H("Feuer im Hafen: Lagerhalle brennt vollständig aus"),
        P("Von der Lagerhalle der Nordkai Logistik an der Kaistraße 17 ist nur ein verkohltes "
          "Stahlgerüst geblieben.",
          S("Rund 130 Feuerwehrleute kämpften seit den frühen Morgenstunden gegen die Flammen, "
            "wie die Feuerwehr Kelsburg am Abend mitteilte.",
            claims=[Q("Rund 130 Feuerwehrleute", 130, "firefighter", "deployed", "about",
                      time=T_FIRE, source=FW, hedged=False, group="kelsburg-firefighters")])),
        P(S("Zwölf Menschen wurden verletzt, darunter zwei Hafenarbeiter, die mit schweren "
            "Rauchvergiftungen in das Klinikum Kelsburg gebracht wurden.",
            claims=[Q("Zwölf Menschen wurden verletzt", 12, "person", "wounded", time=T_FIRE,
                      group="kelsburg-injured"),
                    Q("zwei Hafenarbeiter", 2, "worker", "wounded", time=T_FIRE,
                      group="kelsburg-seriously-injured")]),
          S("Rund 250 Bewohner der Speicherstadt wurden vorübergehend in einer Turnhalle an der "
            "Lindenallee untergebracht.",
            claims=[Q("Rund 250 Bewohner", 250, "person", "evacuated", "about", time=T_FIRE,
                      group="kelsburg-evacuated")])),
        H("Streit um die Sprinkleranlage"),
        P(S("Nach Angaben von Einsatzleiter Jens Horak war die Sprinkleranlage abgeschaltet.",
            claims=[St("war die Sprinkleranlage abgeschaltet", "warehouse sprinkler system",
                       "was switched off", None, source=FW,
                       group="kelsburg-sprinkler")]),
          S("„Wäre die Anlage in Betrieb gewesen, hätten wir den Brand auf einen Abschnitt "
            "begrenzen können“, sagte Horak.", QUOTE),
          S("Nordkai-Geschäftsführerin Dagmar Pohlmann widersprach: Die Anlage sei erst im März "
            "gewartet worden und habe einwandfrei funktioniert.",
            claims=[St("Nordkai-Geschäftsführerin Dagmar Pohlmann widersprach",
                       "warehouse sprinkler system", "was switched off", None, source=OWNER,
                       denial=True, group="kelsburg-sprinkler")])),
        P(S("Pohlmann bezifferte den Schaden auf bis zu vier Millionen Euro.",
            claims=[Q("bis zu vier Millionen Euro", 4000000, "eur", "cost", "up-to",
                      subject="warehouse fire", source=OWNER, group="kelsburg-damage")]),
          "In der Halle lagerten nach ihren Worten vor allem Verpackungsmaterial und "
          "Ersatzteile für Hafenkräne."),
        P("Die Stadt hat für besorgte Anwohner ein Bürgertelefon unter der Nummer "
          "05541 88 2020 eingerichtet.",
          "Fenster und Türen sollten in der Speicherstadt bis auf Weiteres geschlossen bleiben, "
          "rät das Ordnungsamt.",
          S("Für betroffene Familien stellt die Stadt eine Soforthilfe von 50.000 € bereit.",
            claims=[Q("50.000 €", 50000, "eur", "pledged", subject="kelsburg",
                      group="kelsburg-aid")])),
    ],
)

article(
    file="dev/kelsburg-fire-blitz.txt", form="txt", story=KB, event="ev-kelsburg-fire",
    publisher="Blitz-Kurier", published="2026-05-15T06:00:00+02:00", language="de",
    authors=["Ronny Gebauer"], sensational=True,
    pre=["Blitz-Kurier", "15.05.2026 – 06:00 Uhr"],
    byline="Von Ronny Gebauer",
    blocks=[
        H("Flammen-Inferno im Hafen! Mindestens 20 Verletzte",
          claims=[Q("Mindestens 20 Verletzte", 20, "person", "wounded", "at-least",
                    time=T_FIRE, group="kelsburg-injured")],
          loaded=[L("Flammen-Inferno", "alarmist")]),
        P(S("Was für eine Horror-Nacht in Kelsburg!", OPINION,
            loaded=[L("Horror-Nacht", "alarmist")]),
          S("Meterhohe Flammen schlugen aus der Lagerhalle an der Kaistraße, mindestens 20 "
            "Menschen wurden verletzt.",
            claims=[Q("mindestens 20 Menschen wurden verletzt", 20, "person", "wounded",
                      "at-least", time=T_FIRE, group="kelsburg-injured")]),
          S("Hunderte Anwohner flüchteten in Schlafanzügen auf die Straße.",
            claims=[Q("Hunderte Anwohner", None, "person", "evacuated", "at-least", low=200,
                      time=T_FIRE, group="kelsburg-evacuated")])),
        H("Die Sprinkler waren aus!"),
        P(S("Der Skandal: Die Sprinkleranlage war abgeschaltet.",
            claims=[St("Die Sprinkleranlage war abgeschaltet", "warehouse sprinkler system",
                       "was switched off", None, group="kelsburg-sprinkler")],
            loaded=[L("Skandal", "alarmist")]),
          S("Eine Anwohnerin sagte unserer Zeitung: „Ich dachte, die ganze Stadt explodiert.“",
            QUOTE)),
        P(S("Wie lange schauen die Behörden bei solchen Schlamperei-Hallen noch weg?", OPINION,
            loaded=[L("Schlamperei-Hallen", "demonising")]),
          S("Es hätte Tote geben können!", OPINION)),
    ],
    post=["Mehr Blaulicht-News: Raser-Drama auf der B 214", "BLITZ-KURIER App – jetzt gratis laden",
          "#Kelsburg #Feuer #Hafen"],
)

article(
    file="dev/kelsburg-fire-radio.txt.gz", form="txt", story=KB, event="ev-kelsburg-fire",
    publisher="Welle Kelsburg", published="2026-05-15T07:30:00+02:00", language="de",
    authors=["Nina Ostrowski"],
    pre=["Welle Kelsburg", "Freitag, 15. Mai 2026, 07:30"],
    byline="Autorin: Nina Ostrowski",
    blocks=[
        H("Nach dem Hafenbrand: Feuerwehr schätzt Schaden auf Millionen"),
        P(S("Einen Tag nach dem Brand im Kelsburger Hafen schätzt die Feuerwehr den Schaden auf "
            "zwischen 2,5 und 3 Millionen Euro.",
            claims=[Q("zwischen 2,5 und 3 Millionen Euro", None, "eur", "cost", "range",
                      low=2500000, high=3000000, subject="warehouse fire", source=FW,
                      group="kelsburg-damage")]),
          S("Die Löscharbeiten hatten über zehn Stunden gedauert.",
            claims=[Q("über zehn Stunden", 10, "hour", "duration", "more-than", time=T_FIRE,
                      group="kelsburg-duration")])),
        P(S("Die Kriminalpolizei hat die Ermittlungen aufgenommen; Brandstiftung schließt sie "
            "nach eigenen Angaben nicht aus.",
            claims=[St("Brandstiftung schließt sie nach eigenen Angaben nicht aus", "police",
                       "does not rule out", "arson", source="police",
                       group="kelsburg-cause")]),
          "Die Halle soll am 18. Mai von Gutachtern untersucht werden."),
        P("Die Nordkai Logistik kündigte an, den Betrieb vorübergehend auf ein Ausweichlager "
          "in Sundholm zu verlegen.",
          "Die Anwohner der Speicherstadt durften am Donnerstagabend in ihre Wohnungen "
          "zurückkehren."),
    ],
    post=["Welle Kelsburg auf UKW 98,4 und im Livestream", "Verkehr | Wetter | Blitzer"],
)

# --- Story 3: warehouse fire in Dunmore (English look-alike of the Kelsburg fire) ----------------

DM = "st-dunmore-fire"
story(DM, "Fire at a freight warehouse in Dunmore",
      [("ev-dunmore-fire", "Hollis Freight warehouse on Quay Road, Dunmore, burns (2 September 2026)")])
group("dunmore-injured", DM, "agreed",
      "The Courier and the Gazette both report three people treated for smoke inhalation.")
group("dunmore-evacuated", DM, "compatible",
      "'About 60 residents' (Courier); the Gazette's looser 'more than 50 residents' allows it.")
group("dunmore-damage", DM, "conflicting",
      "The owner's estimate of about £1.2m conflicts with the insurers' £900,000 to £1m.")
group("dunmore-crews", DM, "single-source",
      "Only the Courier gives the number of fire engines.")
group("dunmore-firefighters", DM, "single-source",
      "Only the Courier gives the number of firefighters.")
group("dunmore-arrest", DM, "single-source",
      "Only the Gazette's follow-up reports the arrest of a suspect.")
group("dunmore-arson", DM, "single-source",
      "Only the Gazette reports that the suspect allegedly set the fire.")
group("dunmore-duration", DM, "single-source",
      "Only the Courier says the fire was under control in less than two hours.")
group("dunmore-exits", DM, "disputed",
      "A former employee says fire exits were routinely blocked; Hollis Freight denies it.")

FEEDS["dev/coastline-gazette.rss"] = {
    "title": "Coastline Gazette", "link": "https://coastline-gazette.example/news",
    "description": "News from Dunmore and the north coast", "language": "en-gb"}
T_DM = ("2026-09-02", "2026-09-02")

article(
    file="dev/dunmore-fire-courier.txt", form="txt", story=DM, event="ev-dunmore-fire",
    publisher="Dunmore Courier", published="2026-09-02T21:15:00+01:00", language="en",
    authors=["Priya Halloran"],
    pre=["Dunmore Courier", "Wednesday 2 September 2026, 9.15pm"],
    byline="By Priya Halloran, Local Democracy Reporter",
    blocks=[
        H("Fire guts freight warehouse on Quay Road"),
        P(S("About 60 residents were evacuated from their homes on Wednesday afternoon after fire "
            "tore through a freight warehouse at 14 Quay Road in Dunmore.",
            claims=[Q("About 60 residents", 60, "person", "evacuated", "about", time=T_DM,
                      group="dunmore-evacuated")]),
          S("Eight fire engines and 45 firefighters were sent to the scene, the North Coast "
            "Fire and Rescue Service said.",
            claims=[Q("Eight fire engines", 8, "vehicle", "deployed", time=T_DM, source=FW,
                      group="dunmore-crews"),
                    Q("45 firefighters", 45, "firefighter", "deployed", time=T_DM, source=FW,
                      group="dunmore-firefighters")])),
        P(S("Three people were treated for smoke inhalation, but nobody was seriously hurt.",
            claims=[Q("Three people were treated for smoke inhalation", 3, "person", "wounded",
                      time=T_DM, group="dunmore-injured")]),
          "The building, owned by Hollis Freight Ltd, stored timber pallets and packaging.",
          S("Crews brought the fire under control in less than two hours.",
            claims=[Q("less than two hours", 2, "hour", "duration", "less-than", time=T_DM,
                      group="dunmore-duration")])),
        P(S("Managing director Colin Hollis estimated the damage at £1.2m.",
            claims=[Q("£1.2m", 1200000, "gbp", "cost", subject="warehouse fire",
                      source="hollis freight", group="dunmore-damage")]),
          S("\"Everything my father built went up in smoke in a single afternoon,\" he said.",
            QUOTE)),
        P(S("A former employee told the Courier that fire exits at the site had been routinely "
            "blocked by stacked pallets.",
            claims=[St("fire exits at the site had been routinely blocked", "hollis freight",
                       "blocked fire exits", "warehouse", source="former employee",
                       group="dunmore-exits")]),
          S("Hollis Freight rejected the allegation and said the site had passed a safety "
            "inspection in May.",
            claims=[St("Hollis Freight rejected the allegation", "hollis freight",
                       "blocked fire exits", "warehouse", source="hollis freight",
                       denial=True, group="dunmore-exits")])),
        P("Residents with questions can call the council's helpline on 01632 960 418."),
    ],
    post=["Read more:", "Dunmore lifeboat crew honoured at coastal awards",
          "Roadworks on the A917 to last until October",
          "Share on Facebook | Share on X | Email",
          "We use cookies to improve your experience. Manage preferences"],
)

article(
    file="dev/coastline-gazette.rss", form="rss", guid="gazette-2026-0902-quay-road",
    url="https://coastline-gazette.example/news/quay-road-warehouse-fire",
    rfc822="Wed, 02 Sep 2026 18:40:00 +0100", story=DM, event="ev-dunmore-fire",
    publisher="Coastline Gazette", published="2026-09-02T18:40:00+01:00", language="en",
    authors=["Martin Keogh"],
    summary="Residents were moved out as smoke spread across the harbour area.",
    item_post="<p class=\"promo\">Subscribe to the Gazette morning newsletter</p>",
    removed=["Subscribe to the Gazette morning newsletter",
             "Residents were moved out as smoke spread across the harbour area."],
    blocks=[
        H("Residents evacuated as warehouse fire sends smoke over Dunmore"),
        P(S("More than 50 residents of Quay Road and Harbour Row left their homes on Wednesday as "
            "thick smoke drifted from a burning warehouse.",
            claims=[Q("More than 50 residents", 50, "person", "evacuated", "more-than",
                      time=T_DM, group="dunmore-evacuated")]),
          S("Three people were treated by paramedics for smoke inhalation, the ambulance service "
            "said.",
            claims=[Q("Three people were treated by paramedics", 3, "person", "wounded",
                      time=T_DM, source="ambulance service", group="dunmore-injured")])),
        P("Firefighters were still damping down the site at teatime.",
          "Police closed Quay Road between the roundabout and the fish market."),
    ],
)

article(
    file="dev/coastline-gazette.rss", form="rss", guid="gazette-2026-0904-quay-road-arrest",
    url="https://coastline-gazette.example/news/quay-road-fire-arrest",
    rfc822="Fri, 04 Sep 2026 10:05:00 +0100", story=DM, event="ev-dunmore-fire",
    publisher="Coastline Gazette", published="2026-09-04T10:05:00+01:00", language="en",
    authors=["Martin Keogh"],
    summary="Police have made an arrest after Wednesday's fire on Quay Road.",
    item_post="<p class=\"related\">Related: Harbour Row traders count the cost</p>",
    removed=["Related: Harbour Row traders count the cost",
             "Police have made an arrest after Wednesday's fire on Quay Road."],
    blocks=[
        H("Man arrested over Quay Road warehouse fire"),
        P(S("A 34-year-old man has been arrested on suspicion of arson after the fire that "
            "destroyed a warehouse in Dunmore, police said on Thursday.",
            claims=[St("A 34-year-old man has been arrested on suspicion of arson", "police",
                       "arrested", "suspect of arson", source="police",
                       group="dunmore-arrest")]),
          S("He allegedly set fire to pallets stacked behind the building.",
            claims=[St("He allegedly set fire to pallets", "suspect", "set fire",
                       "warehouse", hedged=True, group="dunmore-arson")]),
          "He has been released on bail pending further inquiries."),
        P(S("Insurers for Hollis Freight put the damage at between £900,000 and £1m, according "
            "to a loss adjuster's report seen by the Gazette.",
            claims=[Q("between £900,000 and £1m", None, "gbp", "cost", "range", low=900000,
                      high=1000000, subject="warehouse fire", source="insurers",
                      group="dunmore-damage")])),
        P(S("Whatever the outcome of the inquiry, the town will want to know why the fire "
            "spread so quickly.", OPINION)),
    ],
)

# --- Story 4: dam breach and flood in the Erlental valley (German–English pairs) ----------------

ET = "st-erlental-flood"
story(ET, "Dam breach at the Grauwand reservoir floods the Erlental valley",
      [("ev-erlental-breach", "Grauwand dam breaks and floods the Erlental (20 June 2026) and its aftermath")])
group("erlental-evacuated", ET, "compatible",
      "About 4,500 evacuated on the first day, more than 6,000 two days later: a later, larger count.")
group("erlental-flooded", ET, "agreed",
      "About 1,200 hectares (zpa) equals about 12 square kilometres (CNW).")
group("erlental-deaths", ET, "conflicting",
      "Three dead on the first day; on 22 June Alpenecho reports five dead (police) while the "
      "Northbridge Times reports at least seven (mayor of Erlenbach).")
group("erlental-missing", ET, "agreed",
      "Twelve missing in both first-day wire reports.")
group("erlental-dam-height", ET, "agreed",
      "Both wires give the dam's height as 48 metres.")
group("erlental-breach-width", ET, "single-source",
      "Only the zpa wire gives the width of the breach (about 30 metres).")
group("erlental-villages", ET, "agreed",
      "Both first-day wires say six villages were evacuated.")
group("erlental-aid", ET, "single-source",
      "Only the Northbridge Times reports €1.5 million of emergency aid.")
group("erlental-soldiers", ET, "single-source",
      "Only the Northbridge Times reports hundreds of soldiers filling sandbags.")
group("erlental-cost", ET, "compatible",
      "'Up to 180 million euros' (state government) contains the range 150 to 180 million euros.")
group("erlental-warning", ET, "disputed",
      "The operator says sirens warned residents in time; the mayor of Erlenbach denies that any "
      "siren sounded.")

FEEDS["dev/alpenecho.atom"] = {"title": "Alpenecho", "link": "https://alpenecho.example/region"}
T_ET1 = ("2026-06-20", "2026-06-20")
T_ET3 = ("2026-06-20", "2026-06-22")
MAYOR = "hannelore seitz"
GE = "grauwand energie"

article(
    file="dev/erlental-flut-wire.txt", form="txt", story=ET, event="ev-erlental-breach",
    publisher="zpa", published="2026-06-20T15:30:00+02:00", language="de",
    pre=["zpa", "20.06.2026", "15:30 Uhr"],
    blocks=[
        H("Damm im Erlental gebrochen – drei Tote, zwölf Vermisste",
          claims=[Q("drei Tote", 3, "person", "killed", time=T_ET1, group="erlental-deaths"),
                  Q("zwölf Vermisste", 12, "person", "missing", time=T_ET1,
                    group="erlental-missing")]),
        P(S("Erlenbach (zpa) – Nach dem Bruch des Grauwand-Staudamms im Erlental sind am "
            "Samstag mindestens drei Menschen ums Leben gekommen.",
            claims=[Q("mindestens drei Menschen ums Leben gekommen", 3, "person", "killed",
                      "at-least", time=T_ET1, group="erlental-deaths")]),
          S("Zwölf weitere würden vermisst, teilte das Landratsamt mit.",
            claims=[Q("Zwölf weitere", 12, "person", "missing", time=T_ET1,
                      source="district office", hedged=True, group="erlental-missing")]),
          S("Der Damm war gegen 5.15 Uhr nach tagelangem Starkregen auf einer Breite von etwa "
            "30 Metern eingerissen.",
            claims=[Q("etwa 30 Metern", 30, "metre", "size", "about", subject="dam breach",
                      group="erlental-breach-width")])),
        P(S("Etwa 4.500 Menschen aus sechs Ortschaften wurden in Sicherheit gebracht.",
            claims=[Q("Etwa 4.500 Menschen", 4500, "person", "evacuated", "about", time=T_ET1,
                      group="erlental-evacuated"),
                    Q("sechs Ortschaften", 6, None, "evacuated", time=T_ET1,
                      group="erlental-villages")]),
          S("Nach Angaben des Landratsamts stehen rund 1.200 Hektar Land unter Wasser.",
            claims=[Q("rund 1.200 Hektar", 1200, "hectare", "flooded", "about", time=T_ET1,
                      source="district office", group="erlental-flooded")]),
          S("Der 1971 errichtete Damm ist 48 Meter hoch.",
            claims=[Q("48 Meter hoch", 48, "metre", "size", subject="grauwand dam",
                      group="erlental-dam-height")])),
        P(S("Die Betreibergesellschaft Grauwand Energie erklärte, die Anwohner seien rechtzeitig "
            "per Sirene gewarnt worden.",
            claims=[St("die Anwohner seien rechtzeitig per Sirene gewarnt worden",
                       GE, "warned", "residents", source=GE, hedged=True,
                       group="erlental-warning")]),
          S("Die Bürgermeisterin von Erlenbach, Hannelore Seitz, bestritt das: „Bei uns hat "
            "keine einzige Sirene geheult.“",
            claims=[St("Hannelore Seitz, bestritt das", GE, "warned", "residents", source=MAYOR,
                       denial=True, group="erlental-warning")])),
        P("Für Angehörige hat das Landratsamt eine Hotline unter 0800 330 2626 geschaltet."),
    ],
    post=["© zpa 2026 – Weiterverbreitung nur mit Genehmigung"],
    removed=["Weiterverbreitung nur mit Genehmigung"],
)

article(
    file="dev/erlental-flood-wire-en.txt", form="txt", story=ET, event="ev-erlental-breach",
    publisher="Continental Newswire", published="2026-06-20T14:05:00+01:00", language="en",
    authors=["Hanna Lindqvist"],
    pre=["Continental Newswire", "June 20, 2026 2:05 PM BST"],
    byline="Reporting by Hanna Lindqvist; editing by Tom Areva",
    blocks=[
        H("Three dead as dam bursts in Erlental valley"),
        P(S("ERLENBACH, June 20 (CNW) - Three people died and 12 were missing after a dam burst "
            "in the Erlental valley early on Saturday, district authorities said.",
            claims=[Q("Three people died", 3, "person", "killed", time=T_ET1,
                      source="district office", group="erlental-deaths"),
                    Q("12 were missing", 12, "person", "missing", time=T_ET1,
                      source="district office", group="erlental-missing")]),
          S("About 4,500 people were evacuated from six villages, and about 12 square kilometres "
            "of farmland and housing were under water.",
            claims=[Q("About 4,500 people", 4500, "person", "evacuated", "about", time=T_ET1,
                      group="erlental-evacuated"),
                    Q("six villages", 6, None, "evacuated", time=T_ET1,
                      group="erlental-villages"),
                    Q("about 12 square kilometres", 12, "square kilometre", "flooded", "about",
                      time=T_ET1, group="erlental-flooded")])),
        P(S("The 48-metre dam, built in 1971, gave way after several days of heavy rain.",
            claims=[Q("The 48-metre dam", 48, "metre", "size", subject="grauwand dam",
                      group="erlental-dam-height")])),
        P(S("Operator Grauwand Energie said sirens had warned residents well before the "
            "breach.",
            claims=[St("sirens had warned residents well before the breach", GE, "warned",
                       "residents", source=GE, group="erlental-warning")]),
          S("Erlenbach mayor Hannelore Seitz disputed that, telling CNW no siren had sounded in "
            "her town.",
            claims=[St("Erlenbach mayor Hannelore Seitz disputed that", GE, "warned",
                       "residents", source=MAYOR, denial=True, group="erlental-warning")])),
    ],
    post=["(Reporting by Hanna Lindqvist; editing by Tom Areva)",
          "Our Standards: The CNW Trust Principles."],
    removed=["Our Standards: The CNW Trust Principles."],
)

article(
    file="dev/alpenecho.atom", form="atom", guid="urn:alpenecho:2026-06-22:erlental-bilanz",
    url="https://alpenecho.example/region/erlental-bilanz", story=ET, event="ev-erlental-breach",
    publisher="Alpenecho", published="2026-06-22T12:00:00+02:00", language="de",
    authors=["Clara Vogtmann"],
    summary="Zwei Tage nach dem Dammbruch steigt die Zahl der Opfer.",
    item_post="<p><em>Mehr zum Thema:</em> <a href=\"/region/spendenkonto\">So können Sie den "
              "Flutopfern helfen</a></p>",
    removed=["So können Sie den Flutopfern helfen",
             "Zwei Tage nach dem Dammbruch steigt die Zahl der Opfer."],
    blocks=[
        H("Erlental: Zahl der Toten steigt auf fünf",
          claims=[Q("Zahl der Toten steigt auf fünf", 5, "person", "killed", time=T_ET3,
                    group="erlental-deaths")]),
        P(S("Zwei Tage nach dem Dammbruch an der Grauwand-Talsperre ist die Zahl der "
            "Todesopfer laut Polizei auf fünf gestiegen.",
            claims=[Q("Todesopfer laut Polizei auf fünf", 5, "person", "killed", time=T_ET3,
                      source="police", group="erlental-deaths")]),
          S("Mehr als 6.000 Menschen mussten inzwischen ihre Häuser verlassen, weil das Wasser "
            "auch die Orte am unteren Talausgang erreichte.",
            claims=[Q("Mehr als 6.000 Menschen", 6000, "person", "evacuated", "more-than",
                      time=T_ET3, group="erlental-evacuated")])),
        P(S("Die Landesregierung schätzt die Schäden auf bis zu 180 Millionen Euro.",
            claims=[Q("bis zu 180 Millionen Euro", 180000000, "eur", "cost", "up-to",
                      subject="erlental flood", source="state government",
                      group="erlental-cost")]),
          "Ministerpräsident Ludger Ambros kündigte bei einem Besuch in Erlenbach Soforthilfen "
          "an."),
        P(S("„Wir lassen niemanden im Erlental allein“, sagte Ambros.", QUOTE),
          "Ob der Damm ausreichend gewartet wurde, soll ein Gutachten klären."),
    ],
)

article(
    file="dev/erlental-flood-northbridge.txt", form="txt", story=ET, event="ev-erlental-breach",
    publisher="The Northbridge Times", published="2026-06-22T17:45:00+01:00", language="en",
    authors=["Daniel Okafor"],
    pre=["The Northbridge Times", "Monday 22 June 2026 17.45 BST"],
    byline="Daniel Okafor, Europe correspondent",
    blocks=[
        H("Erlental death toll rises as questions grow over dam warnings"),
        P(S("At least seven people were killed when the Grauwand dam gave way, the regional "
            "broadcaster reported on Monday, citing Erlenbach's mayor, Hannelore Seitz.",
            claims=[Q("At least seven people were killed", 7, "person", "killed", "at-least",
                      time=T_ET3, source=MAYOR, group="erlental-deaths")]),
          S("More than 6,000 people have now left their homes.",
            claims=[Q("More than 6,000 people", 6000, "person", "evacuated", "more-than",
                      time=T_ET3, group="erlental-evacuated")])),
        P(S("The state government estimates the damage at between €150m and €180m.",
            claims=[Q("between €150m and €180m", None, "eur", "cost", "range",
                      low=150000000, high=180000000, subject="erlental flood",
                      source="state government", group="erlental-cost")]),
          S("The state has released €1.5 million in emergency aid, and hundreds of soldiers are "
            "helping to fill sandbags.",
            claims=[Q("€1.5 million", 1500000, "eur", "pledged", subject="erlental flood",
                      group="erlental-aid"),
                    Q("hundreds of soldiers", None, "soldier", "deployed", "at-least",
                      low=200, time=T_ET3, subject="erlental flood",
                      group="erlental-soldiers")]),
          S("Grauwand Energie maintains that sirens sounded in time, a claim residents of "
            "Erlenbach reject.",
            claims=[St("Grauwand Energie maintains that sirens sounded in time", GE, "warned",
                       "residents", source=GE, hedged=True, group="erlental-warning"),
                    St("a claim residents of Erlenbach reject", GE, "warned", "residents",
                       source="residents", denial=True, group="erlental-warning")])),
        P(S("Europe has spent decades building dams and far too little maintaining them.",
            OPINION),
          S("If a dam can fail after a few days of rain, which valley is next?",
            OPINION)),
    ],
    post=["Read more: How Europe's ageing dams are inspected",
          "Most read: Rail strike called off at the last minute",
          "Sign up to The Northbridge Times Europe newsletter"],
)

article(
    file="dev/alpenecho.atom", form="atom", guid="urn:alpenecho:2026-06-23:kommentar-erlental",
    url="https://alpenecho.example/meinung/kommentar-erlental", story=ET,
    event="ev-erlental-breach", publisher="Alpenecho", published="2026-06-23T06:00:00+02:00",
    language="de", authors=["Bernd Fasching"],
    summary="Ein Kommentar zum Dammbruch im Erlental.",
    item_post="<p><strong>Anzeige:</strong> Hochwasserschutz-Sets für Ihr Haus – jetzt 20 % "
              "Rabatt im Alpenecho-Shop</p>",
    removed=["Hochwasserschutz-Sets für Ihr Haus", "Ein Kommentar zum Dammbruch im Erlental."],
    blocks=[
        H("Kommentar: Die Katastrophe von Erlental war vorhersehbar",
          loaded=[L("Katastrophe", "alarmist")]),
        P(S("Fünf Menschen sind tot, ein ganzes Tal steht unter Schlamm.",
            claims=[Q("Fünf Menschen sind tot", 5, "person", "killed", time=T_ET3,
                      group="erlental-deaths")]),
          S("Und doch gibt sich der Betreiber der Talsperre ahnungslos.", OPINION),
          S("Wer jahrelang an der Wartung spart, darf sich über Risse im Beton nicht wundern.",
            OPINION)),
        P(S("Die Landesregierung muss jetzt alle Talsperren im Land prüfen lassen, und zwar "
            "sofort.", OPINION),
          S("Sonst wird Erlental nicht das letzte Tal sein, das im Wasser versinkt.", OPINION)),
    ],
)

# --- Story 5: carmaker Vantor cuts jobs (JSON Lines items and an English text) ------------------

VT = "st-vantor-jobs"
story(VT, "Carmaker Vantor cuts jobs in Germany",
      [("ev-vantor-cuts", "Vantor announces 2,400 job cuts at Brennau and Osterfeld (7 October 2026)")])
group("vantor-cuts", VT, "compatible",
      "2,400 jobs in total equals 1,600 at Brennau plus 800 at Osterfeld; 'about 2,500' and "
      "'thousands' are rounder statements of the same cut.")
group("vantor-share", VT, "agreed", "About 8 percent of the domestic workforce in two outlets.")
group("vantor-workforce", VT, "agreed", "About 30,000 employees in Germany in two outlets.")
group("vantor-savings", VT, "agreed",
      "600 million euros a year by 2028 everywhere; The Ledger adds the dollar equivalent "
      "($650m).")
group("vantor-agreement", VT, "disputed",
      "Management says the cuts were agreed with the works council and involve no compulsory "
      "redundancies; the GMM union denies any agreement (Rheinblick omits the denial).")
group("vantor-profit", VT, "agreed",
      "Operating profit fell 41 percent in the second quarter (Wirtschaftsblick, The Ledger).")
group("vantor-brennau-staff", VT, "single-source", "Only Rheinblick gives Brennau's headcount.")
group("vantor-osterfeld-staff", VT, "single-source",
      "Only Rheinblick gives Osterfeld's headcount.")
group("vantor-protest", VT, "single-source", "Only Arbeit & Zukunft reports the protest.")
group("vantor-profit-2025", VT, "single-source",
      "Only Arbeit & Zukunft gives last year's profit (1.9 billion euros).")
group("vantor-shares", VT, "single-source", "Only The Ledger reports the share price move.")

VAN = "vantor"
GMM = "gmm"
T_2028 = ("2026-10-07", "2028-12-31")

article(
    file="dev/wirtschaft.jsonl", form="jsonl", guid="wb-2026-10-07-vantor",
    url="https://wirtschaftsblick.example/unternehmen/vantor-stellenabbau", story=VT,
    event="ev-vantor-cuts", publisher="Wirtschaftsblick", published="2026-10-07T10:15:00+02:00",
    language="de",
    item_post="Mehr zum Thema: Zulieferer in Brennau unter Druck\n\nAnzeige: Depot eröffnen und "
              "ein Jahr ohne Ordergebühren handeln",
    removed=["Zulieferer in Brennau unter Druck", "ein Jahr ohne Ordergebühren handeln"],
    blocks=[
        H("Vantor streicht 2.400 Stellen in Deutschland",
          claims=[Q("2.400 Stellen", 2400, "job", "cut", subject=VAN, group="vantor-cuts")]),
        P(S("Der Autohersteller Vantor will in Deutschland 2.400 Arbeitsplätze abbauen.",
            claims=[Q("2.400 Arbeitsplätze", 2400, "job", "cut", subject=VAN,
                      group="vantor-cuts")]),
          "Das kündigte Vorstandschef Martin Eckhoff am Mittwoch in Brennau an.",
          S("Betroffen sind etwa acht Prozent der rund 30.000 Beschäftigten im Inland.",
            claims=[Q("etwa acht Prozent", 8, "percent", "cut", "about", subject=VAN,
                      group="vantor-share"),
                    Q("rund 30.000 Beschäftigten", 30000, "worker", "employed", "about",
                      subject=VAN, group="vantor-workforce")]),
          S("Bis 2028 sollen so jährlich 600 Millionen Euro eingespart werden.",
            claims=[Q("jährlich 600 Millionen Euro", 600000000, "eur", "decrease", time=T_2028,
                      subject="vantor costs", group="vantor-savings")])),
        H("Gewerkschaft widerspricht"),
        P(S("Eckhoff sagte, der Abbau erfolge ohne betriebsbedingte Kündigungen und sei mit dem "
            "Betriebsrat abgestimmt.",
            claims=[St("sei mit dem Betriebsrat abgestimmt", VAN, "agreed with works council",
                       "job cuts", source=VAN, hedged=True, group="vantor-agreement")]),
          S("Die Gewerkschaft Metall und Mobilität (GMM) bestreitet das.",
            claims=[St("Die Gewerkschaft Metall und Mobilität (GMM) bestreitet das", VAN,
                       "agreed with works council", "job cuts", source=GMM, denial=True,
                       group="vantor-agreement")]),
          S("„Mit uns hat niemand über diese Zahlen gesprochen“, sagte GMM-Bezirksleiterin "
            "Katrin Amsel.", QUOTE)),
        P(S("Der operative Gewinn des Konzerns war im zweiten Quartal um 41 Prozent "
            "eingebrochen.",
            claims=[Q("um 41 Prozent", 41, "percent", "decrease",
                      time=("2026-04-01", "2026-06-30"), subject="vantor operating profit",
                      group="vantor-profit")])),
    ],
)

article(
    file="dev/wirtschaft.jsonl", form="jsonl", guid="rb-2026-10-07-vantor-werke",
    url="https://rheinblick.example/wirtschaft/vantor-werke-brennau-osterfeld", story=VT,
    event="ev-vantor-cuts", publisher="Rheinblick Zeitung",
    published="2026-10-07T13:40:00+02:00", language="de",
    jsonl_html=True,
    item_post="<aside class=\"teaser\">Lesen Sie auch: Was der Wandel zur E-Mobilität für "
              "Zulieferer bedeutet</aside>",
    removed=["Was der Wandel zur E-Mobilität für Zulieferer bedeutet"],
    blocks=[
        H("Vantor: 1.600 Jobs fallen in Brennau weg, 800 in Osterfeld",
          claims=[Q("1.600 Jobs", 1600, "job", "cut", subject="vantor brennau plant",
                    group="vantor-cuts"),
                  Q("800 in Osterfeld", 800, "job", "cut", subject="vantor osterfeld plant",
                    group="vantor-cuts")]),
        P(S("Beim Autobauer Vantor fallen im Stammwerk Brennau 1.600 Stellen weg, im Werk "
            "Osterfeld weitere 800.",
            claims=[Q("1.600 Stellen", 1600, "job", "cut", subject="vantor brennau plant",
                      group="vantor-cuts"),
                    Q("weitere 800", 800, "job", "cut", subject="vantor osterfeld plant",
                      group="vantor-cuts")]),
          S("Der Abbau sei mit dem Betriebsrat abgestimmt, betriebsbedingte Kündigungen werde "
            "es nicht geben, versicherte Personalvorständin Ilka Mertens.",
            claims=[St("Der Abbau sei mit dem Betriebsrat abgestimmt", VAN,
                       "agreed with works council", "job cuts", source=VAN, hedged=True,
                       group="vantor-agreement")]),
          S("Vantor will damit bis 2028 jährlich 600 Mio. Euro sparen.",
            claims=[Q("jährlich 600 Mio. Euro", 600000000, "eur", "decrease", time=T_2028,
                      subject="vantor costs", group="vantor-savings")])),
        P(S("Dem Betriebsrat zufolge arbeiten in Brennau derzeit rund 11.000 Menschen, in "
            "Osterfeld etwa 4.200.",
            claims=[Q("rund 11.000 Menschen", 11000, "worker", "employed", "about",
                      subject="vantor brennau plant", source="works council",
                      group="vantor-brennau-staff"),
                    Q("etwa 4.200", 4200, "worker", "employed", "about",
                      subject="vantor osterfeld plant", source="works council",
                      group="vantor-osterfeld-staff")]),
          "Der Abbau soll zum 1. Januar 2027 beginnen.",
          S("Brennaus Oberbürgermeister Falk Reinholt sprach von einem „schwarzen Tag für die "
            "Region“.", loaded=[L("schwarzen Tag", "alarmist", "reported")])),
        P(S("Die Politik wäre gut beraten, die Autoindustrie nicht länger mit immer neuen "
            "Auflagen zu belasten.", OPINION)),
    ],
)

article(
    file="dev/wirtschaft.jsonl", form="jsonl", guid="az-2026-10-08-vantor-protest",
    url="https://arbeit-und-zukunft.example/betriebe/vantor-protest", story=VT,
    event="ev-vantor-cuts", publisher="Arbeit & Zukunft", published="2026-10-08T09:00:00+02:00",
    language="de", sensational=True,
    item_post="Jetzt Mitglied werden: gmm-mitgliedschaft.example – Gemeinsam sind wir stärker",
    removed=["Jetzt Mitglied werden", "Gemeinsam sind wir stärker"],
    blocks=[
        H("Kahlschlag bei Vantor: Tausende Jobs vor dem Aus!",
          claims=[Q("Tausende Jobs", None, "job", "cut", "at-least", low=2000, subject=VAN,
                    group="vantor-cuts")],
          loaded=[L("Kahlschlag", "alarmist")]),
        P(S("Dutzende Beschäftigte haben am Mittwochabend vor dem Werkstor in Brennau gegen den "
            "geplanten Stellenabbau protestiert.",
            claims=[Q("Dutzende Beschäftigte", None, "worker", None, "at-least", low=24,
                      time=("2026-10-07", "2026-10-07"), subject="vantor workers",
                      group="vantor-protest")]),
          S("Rund 2.500 Arbeitsplätze will der Konzern vernichten, obwohl er im vergangenen Jahr "
            "noch 1,9 Milliarden Euro Gewinn machte.",
            claims=[Q("Rund 2.500 Arbeitsplätze", 2500, "job", "cut", "about", subject=VAN,
                      group="vantor-cuts"),
                    Q("1,9 Milliarden Euro Gewinn", 1900000000, "eur", None,
                      time=("2025-01-01", "2025-12-31"), subject="vantor profit",
                      group="vantor-profit-2025")],
            loaded=[L("vernichten", "demonising")])),
        P(S("Die Behauptung des Vorstands, der Abbau sei mit dem Betriebsrat abgestimmt, weist "
            "die GMM entschieden zurück.",
            claims=[St("der Abbau sei mit dem Betriebsrat abgestimmt", VAN,
                       "agreed with works council", "job cuts", source=VAN, hedged=True,
                       group="vantor-agreement"),
                    St("weist die GMM entschieden zurück", VAN, "agreed with works council",
                       "job cuts", source=GMM, denial=True, group="vantor-agreement")]),
          "Betriebsratschef Emre Kaya sagte, das Gremium habe von den Plänen aus der Zeitung "
          "erfahren.",
          S("„Das ist eine Kriegserklärung an die Belegschaft“, sagte Kaya.", QUOTE,
            loaded=[L("Kriegserklärung", "alarmist", "reported")])),
        P(S("Die Manager kassieren Boni, die Arbeiter zahlen die Zeche.", OPINION,
            loaded=[L("kassieren", "demonising")]),
          S("Wie lange wollen sich die Beschäftigten das noch gefallen lassen?", OPINION),
          S("Jetzt ist Solidarität gefragt: Kommt alle zur Kundgebung am 10. Oktober!",
            OPINION)),
    ],
)

article(
    file="dev/vantor-ledger-en.txt", form="txt", story=VT, event="ev-vantor-cuts",
    publisher="The Ledger", published="2026-10-07T16:20:00+01:00", language="en",
    authors=["Grace Whitfield"],
    pre=["The Ledger", "7 October 2026, 4:20 pm"],
    byline="By Grace Whitfield in Brennau",
    blocks=[
        H("Vantor to cut 2,400 German jobs in €600m savings drive",
          claims=[Q("2,400 German jobs", 2400, "job", "cut", subject=VAN, group="vantor-cuts"),
                  Q("€600m savings drive", 600000000, "eur", "decrease", subject="vantor costs",
                    group="vantor-savings")]),
        P(S("German carmaker Vantor will cut 2,400 jobs, about 8% of its domestic workforce of "
            "some 30,000, chief executive Martin Eckhoff said on Wednesday.",
            claims=[Q("2,400 jobs", 2400, "job", "cut", subject=VAN, source=VAN,
                      group="vantor-cuts"),
                    Q("about 8%", 8, "percent", "cut", "about", subject=VAN, source=VAN,
                      group="vantor-share"),
                    Q("some 30,000", 30000, "worker", "employed", "about", subject=VAN,
                      source=VAN, group="vantor-workforce")]),
          S("The cuts are intended to save €600m ($650m) a year by 2028.",
            claims=[Q("save €600m", 600000000, "eur", "decrease", time=T_2028,
                      subject="vantor costs", group="vantor-savings"),
                    Q("$650m", 650000000, "usd", "decrease", time=T_2028,
                      subject="vantor costs", group="vantor-savings")])),
        P(S("Eckhoff said the plan had been agreed with employee representatives and would "
            "involve no compulsory redundancies.",
            claims=[St("the plan had been agreed with employee representatives", VAN,
                       "agreed with works council", "job cuts", source=VAN,
                       group="vantor-agreement")]),
          S("The GMM union denied that any agreement had been reached.",
            claims=[St("The GMM union denied that any agreement had been reached", VAN,
                       "agreed with works council", "job cuts", source=GMM, denial=True,
                       group="vantor-agreement")])),
        P(S("Operating profit fell 41% in the second quarter, and Vantor's shares rose 3.2% in "
            "Frankfurt trading after the announcement.",
            claims=[Q("fell 41%", 41, "percent", "decrease", time=("2026-04-01", "2026-06-30"),
                      subject="vantor operating profit", group="vantor-profit"),
                    Q("rose 3.2%", 3.2, "percent", "increase",
                      time=("2026-10-07", "2026-10-07"), subject="vantor shares",
                      group="vantor-shares")])),
    ],
    post=["Read more", "Carmakers bet on cheaper batteries", "Newsletter: The Ledger Daily Brief",
          "Cookie settings | Privacy | Terms"],
)

# === STORIES ===


# ---------------------------------------------------------------------------------------------

def main():
    if "--check" not in sys.argv:
        gold = render_all(ARTICLES, STORIES, GROUPS, REWRITES, CORPUS)
        os.makedirs(os.path.dirname(GOLD), exist_ok=True)
        with open(GOLD, "w", encoding="utf-8") as handle:
            json.dump(gold, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    with open(GOLD, encoding="utf-8") as handle:
        gold = json.load(handle)
    return report(gold, validate(gold, CORPUS))

if __name__ == "__main__":
    sys.exit(main())
