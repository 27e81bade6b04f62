"""dev23 story 5: on Tuesday, 2 October 2040, the food laboratory Institut Veldmann in Falmonien reports sugar syrup in 14 of
20 jars of honey sold as pure by the beekeepers' cooperative Lindtal (70 percent); Lindtal, which sells about 900 tonnes a
year, denies adulterating its honey and cites 40 samples of its own without syrup.

A broadcaster's English feed (Atom), a German agency report (dpn; a DE–EN pair in own words), a German business site (HTML)
with a commentary, and an aggregator's English item (JSON Lines, text) with a reported loss of contracts. Invented by the
Parallax team: country, laboratory, cooperative, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom, render_jsonl, headline
import dev23_varesk

SID = "st-lindtal-honey"
EV = "ev-lindtal-tests"
STORY = {"id": SID, "label": "Laboratory finds sugar syrup in Lindtal honey, Falmonien",
         "events": [{"id": EV, "label": "Institut Veldmann's tests of Lindtal honey published; the cooperative denies (2 October 2040)"}]}

TUE = T("2040-10-02", "2040-10-02")
LAB = "institut veldmann"
COOP = "lindtal"
ADULT = (COOP, "adulterated", "its honey with sugar syrup")
JARS = "jars of lindtal honey tested by institut veldmann"
SYRUP = "jars of lindtal honey containing sugar syrup"

GROUPS = [
    {"id": "hn-tested", "story": SID, "status": "agreed", "why": "20 jars tested (FRI, dpn, Wirtschaftsecho)."},
    {"id": "hn-syrup", "story": SID, "status": "agreed", "why": "14 of them with syrup (FRI, dpn, Wirtschaftsecho)."},
    {"id": "hn-share", "story": SID, "status": "agreed", "why": "70 percent (FRI, Quickline)."},
    {"id": "hn-adulterated", "story": SID, "status": "disputed",
     "why": "The laboratory's finding that Lindtal adulterated its honey (FRI, dpn, Wirtschaftsecho, Quickline) against Lindtal's denial (FRI, dpn, Wirtschaftsecho, Quickline)."},
    {"id": "hn-own", "story": SID, "status": "agreed", "why": "Lindtal's own 40 samples without syrup (FRI, Wirtschaftsecho)."},
    {"id": "hn-tonnes", "story": SID, "status": "agreed", "why": "About 900 tonnes of honey sold a year (dpn, Wirtschaftsecho)."},
    {"id": "hn-market", "story": SID, "status": "agreed", "why": "A honey market of about 2 billion dollars a year (FRI with $2bn, Wirtschaftsecho)."},
    {"id": "hn-contracts", "story": SID, "status": "single-source", "why": "Only Quickline, hedged: two supermarket contracts lost."},
    {"id": "hn-members", "story": SID, "status": "single-source", "why": "Only dpn: 310 member beekeepers."},
]

# ------------------------------------------------------------------ FRI (en broadcaster, Atom entry; Tuesday)

FRI_FEED = {"title": "Falmonia Radio International – News in English", "link": "https://fri.example/en/",
            "id": "tag:fri.example,2040:en-news", "updated": "2040-10-02T17:00:00+02:00", "language": "en"}

FRI = {
    "input": "dev23/fri-news.atom#tag:fri.example,2040:en/lindtal-honey-1", "story": SID, "event": EV,
    "publisher": "Falmonia Radio International", "published": "2040-10-02T15:30:00+02:00",
    "language": "en", "authors": ["Jonna Brae"], "sensational": False,
    "blocks": [
        H("Lab finds syrup in honey sold as pure by Falmonian cooperative"),
        P(S("The food laboratory Institut Veldmann said on Tuesday it had found sugar syrup in 14 of 20 jars of honey from the Lindtal cooperative, or 70 percent.",
            claims=[Q("14", 14, None, None, subject=SYRUP, source=LAB, group="hn-syrup", time=None),
                    Q("20 jars", 20, None, None, subject=JARS, source=LAB, group="hn-tested", time=None),
                    Q("70 percent", 70, "percent", None, subject=SYRUP, source=LAB, group="hn-share", time=None),
                    ST("it had found sugar syrup in 14 of 20 jars of honey from the Lindtal cooperative", *ADULT, "hn-adulterated", source=LAB)]),
          S("Lindtal rejected the findings and said 40 samples it had tested itself contained no syrup.",
            claims=[ST("Lindtal rejected the findings", *ADULT, "hn-adulterated", source=COOP, denial=True),
                    Q("40 samples", 40, None, None, subject="samples tested by lindtal itself", source=COOP, group="hn-own", time=None)])),
        P(S("Honey is one of Falmonia's best-known exports, in a regional market worth some $2bn a year.",
            claims=[Q("some $2bn", 2000000000, "usd", None, "about", subject="regional honey market", group="hn-market", time=None)])),
    ],
    "removed": ["Listen: 2 min"],
}

# ------------------------------------------------------------------ dpn (de agency, text; Tuesday; pair with FRI)

DPN = {
    "input": "dev23/lindtal-dpn.txt", "story": SID, "event": EV,
    "publisher": "dpn Tolvanischer Nachrichtendienst", "published": "2040-10-02T16:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["dpn Tolvanischer Nachrichtendienst", "Di 02.10.2040 – 16:05", "Ressort: Wirtschaft"],
    "blocks": [
        H("Labor: Zuckersirup in Honig aus Falmonien"),
        P(S("FELDKIRCH (dpn) – Das Lebensmittellabor Institut Veldmann hat nach eigenen Angaben in 14 von 20 Gläsern Honig der falmonischen Genossenschaft Lindtal Zuckersirup gefunden.",
            claims=[Q("14", 14, None, None, subject=SYRUP, source=LAB, group="hn-syrup", time=None),
                    Q("20 Gläsern", 20, None, None, subject=JARS, source=LAB, group="hn-tested", time=None),
                    ST("in 14 von 20 Gläsern Honig der falmonischen Genossenschaft Lindtal Zuckersirup gefunden", *ADULT, "hn-adulterated", source=LAB)]),
          S("Die Genossenschaft mit 310 Imkern verkauft jährlich rund 900 Tonnen Honig als „naturrein“.",
            claims=[Q("310 Imkern", 310, "person", None, subject="members of the lindtal cooperative", group="hn-members", time=None),
                    Q("rund 900 Tonnen Honig", 900, "tonne", "sold", "about", subject="honey sold by lindtal each year", group="hn-tonnes", time=None)])),
        P(S("Lindtal weist die Vorwürfe zurück.",
            claims=[ST("Lindtal weist die Vorwürfe zurück", *ADULT, "hn-adulterated", source=COOP, denial=True)]),
          S("Der Honig sei rein, die Messmethode des Labors ungeeignet, sagte ein Sprecher.")),
    ],
    "post": ["dpn fe/wi 021605 Okt 40", "", "Themen: Lebensmittel · Falmonien",
             "© dpn Tolvanischer Nachrichtendienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Di 02.10.2040 – 16:05", "dpn fe/wi 021605 Okt 40", "Themen: Lebensmittel · Falmonien",
                "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Wirtschaftsecho (de business site, HTML; Wednesday; commentary)

WE_SITE = {
    "nav": ["Märkte", "Unternehmen", "Handel", "Meinung", "Podcast"],
    "cookie": "Wirtschaftsecho und 58 Partner verarbeiten Ihre Daten. Mehr dazu unter Einstellungen.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "03.10.2040",
    "share": "Teilen · 41 Kommentare",
    "ad": "Depot eröffnen: 100 Euro Startguthaben",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Lebensmittelpreise: 3 Grafiken", "Imker klagen über 2. schwache Ernte"],
    "footer": "© 2040 Wirtschaftsecho",
    "inline": '<div class="teaser">Podcast: Was steckt im Supermarkt-Honig?</div>',
    "inline_at": 1,
}

WE = {
    "input": "dev23/lindtal-wirtschaftsecho.html", "story": SID, "event": EV,
    "publisher": "Wirtschaftsecho", "published": "2040-10-03T08:15:00+02:00",
    "language": "de", "authors": ["Till Obermann"], "sensational": False,
    "blocks": [
        H("Honig-Streit: Lindtal wehrt sich gegen Laborbefund"),
        P(S("Das Institut Veldmann fand in 14 von 20 Gläsern Lindtal-Honig Zuckersirup; Laborleiterin Eva Sorn sprach von „Etikettenschwindel“.",
            claims=[Q("14", 14, None, None, subject=SYRUP, source=LAB, group="hn-syrup", time=None),
                    Q("20 Gläsern", 20, None, None, subject=JARS, source=LAB, group="hn-tested", time=None),
                    ST("Das Institut Veldmann fand in 14 von 20 Gläsern Lindtal-Honig Zuckersirup", *ADULT, "hn-adulterated", source=LAB)],
            loaded=[L("„Etikettenschwindel“", "demonising", "reported")]),
          S("Die Genossenschaft bestreitet das und verweist auf 40 eigene Proben ohne Befund.",
            claims=[ST("Die Genossenschaft bestreitet das", *ADULT, "hn-adulterated", source=COOP, denial=True),
                    Q("40 eigene Proben", 40, None, None, subject="samples tested by lindtal itself", source=COOP, group="hn-own", time=None)]),
          S("Lindtal setzt jährlich rund 900 Tonnen ab, in einem Markt von etwa zwei Milliarden Dollar.",
            claims=[Q("rund 900 Tonnen", 900, "tonne", "sold", "about", subject="honey sold by lindtal each year", group="hn-tonnes", time=None),
                    Q("etwa zwei Milliarden Dollar", 2000000000, "usd", None, "about", subject="regional honey market", group="hn-market", time=None)])),
        P(S("Kommentar: Wer mit Reinheit wirbt, muss sie auch belegen können.", "opinion"),
          S("Ein unabhängiges Gutachten wäre für Lindtal die beste Verteidigung.", "opinion")),
    ],
    "removed": ["58 Partner", "03.10.2040", "41 Kommentare", "100 Euro Startguthaben", "3 Grafiken",
                "2. schwache Ernte", "Was steckt im Supermarkt-Honig?", "© 2040 Wirtschaftsecho"],
}

# ------------------------------------------------------------------ Quickline (en aggregator, JSON Lines item with text; Wednesday)

QL = {
    "input": "dev23/quickline.jsonl#ql-20401003-1220", "story": SID, "event": EV,
    "publisher": "Quickline", "published": "2040-10-03T12:20:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Honey row: 70% of tested jars held syrup, lab says",
          claims=[Q("70%", 70, "percent", None, subject=SYRUP, source=LAB, group="hn-share", time=None)]),
        P(S("A Falmonian laboratory says honey from the Lindtal cooperative was cut with sugar syrup; Lindtal denies it.",
            claims=[ST("honey from the Lindtal cooperative was cut with sugar syrup", *ADULT, "hn-adulterated", source=LAB),
                    ST("Lindtal denies it", *ADULT, "hn-adulterated", source=COOP, denial=True)]),
          S("The cooperative has reportedly lost two supermarket contracts since Tuesday.",
            claims=[Q("two supermarket contracts", 2, "contract", None, subject="supermarket contracts lost by lindtal", hedged=True, group="hn-contracts", time=None)])),
    ],
    "post": ["Source: Falmonia Radio International", "Quickline – the news in 90 seconds"],
    "removed": ["Source: Falmonia Radio International", "the news in 90 seconds"],
}

ARTICLES = [FRI, DPN, WE, QL]

REWRITES = []


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "ql-20401003-1220", "url": "https://quickline.example/business/honey-row-1220",
            "title": headline(QL), "text": text_without_headline(QL), "publisher": QL["publisher"],
            "published": QL["published"], "language": "en", "section": "Business"}


def files():
    """Also writes quickline.jsonl with the Varesk item first."""
    return {
        "fri-news.atom": (render_atom(FRI_FEED, [(FRI, "tag:fri.example,2040:en/lindtal-honey-1",
                                                  "https://fri.example/en/2040/10/02/lindtal-honey",
                                                  '<p class="listen">Listen: 2 min</p>')]), False),
        "lindtal-dpn.txt": (render_txt(DPN), False),
        "lindtal-wirtschaftsecho.html": (render_html(WE, WE_SITE), False),
        "quickline.jsonl": (render_jsonl([dev23_varesk.jsonl_item(), jsonl_item()]), False),
    }
