"""dev23 story 1: on Tuesday morning, 14 May 2040, a water main bursts under the metro station Kastellplatz in Varesk, the
capital of Tolvanien; about 1,200 passengers are led out, the fire service counts 14 injured on Tuesday (two seriously) and
17 on Wednesday; line 2 is shut over 3.5 km for up to three weeks. The rail union Schiene und Tunnel says the operator VMB
knew of leaks for at least eight months and ignored warnings; VMB denies it.

A German agency report (dpn), a local paper's rewrite of it (HTML), an English wire in its own words (Meridian Wire; a DE–EN
pair with dpn), a German tabloid on Wednesday (gzip-compressed text) that inflates the evacuated and omits the denial, and an
aggregator's rewrite of the wire (JSON Lines, item with text). Invented by the Parallax team: country, town, operator,
union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline

SID = "st-varesk-metro"
EV = "ev-varesk-main"
STORY = {"id": SID, "label": "Burst water main floods the Kastellplatz metro station in Varesk, Tolvanien",
         "events": [{"id": EV, "label": "A water main bursts under Kastellplatz station; passengers led out, line 2 shut (14 May 2040)"}]}

EVENT = "varesk metro flood"
TUE = T("2040-05-14", "2040-05-14")
WED = T("2040-05-15", "2040-05-15")
VMB = "vmb"
UNION = "schiene und tunnel"
IGN = (VMB, "ignored", "warnings of leaks in the water main")
LEAKS = "time vmb had known of leaks in the water main"

GROUPS = [
    {"id": "vm-injured", "story": SID, "status": "compatible",
     "why": "14 injured on Tuesday (dpn, Tagblatt, Meridian, Quickline restating it) and at least 17 / 17 on Wednesday (BLITZ, Quickline): an earlier and a later figure."},
    {"id": "vm-serious", "story": SID, "status": "agreed", "why": "Two of them seriously (dpn, Tagblatt, Meridian)."},
    {"id": "vm-evacuated", "story": SID, "status": "conflicting",
     "why": "About 1,200 passengers led out (dpn, Tagblatt, Meridian, Quickline) against BLITZ's thousands (at least 2,000)."},
    {"id": "vm-depth", "story": SID, "status": "agreed", "why": "Water up to two metres deep on the platforms (dpn, Meridian)."},
    {"id": "vm-line", "story": SID, "status": "agreed", "why": "Line 2 shut over 3.5 km (dpn, Tagblatt, Meridian with 2.2 miles)."},
    {"id": "vm-closure", "story": SID, "status": "agreed", "why": "Shut for up to three weeks (dpn, Tagblatt, Meridian, Quickline)."},
    {"id": "vm-damage", "story": SID, "status": "agreed", "why": "Damage of four to six million euros by the city's estimate (dpn, Meridian with dollars)."},
    {"id": "vm-ignored", "story": SID, "status": "disputed",
     "why": "The union says VMB ignored warnings of leaks (dpn, Tagblatt, Meridian, Quickline); BLITZ states it as fact; VMB denies it (dpn, Tagblatt, Meridian, Quickline); BLITZ omits the denial."},
    {"id": "vm-months", "story": SID, "status": "agreed", "why": "Leaks known for at least eight months, the accusation's own figure (dpn, Meridian, BLITZ)."},
    {"id": "vm-firefighters", "story": SID, "status": "single-source", "why": "Only Meridian: about 90 firefighters."},
]

# ------------------------------------------------------------------ dpn (de agency, text; Tuesday)

DPN = {
    "input": "dev23/varesk-dpn.txt", "story": SID, "event": EV,
    "publisher": "dpn Tolvanischer Nachrichtendienst", "published": "2040-05-14T18:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["dpn Tolvanischer Nachrichtendienst", "Di 14.05.2040 – 18:20", "Ressort: Vermischtes"],
    "blocks": [
        H("Wasserrohrbruch flutet Metro-Station in Varesk – 14 Verletzte",
          claims=[Q("14 Verletzte", 14, "person", "wounded", subject=EVENT, group="vm-injured", time=TUE)]),
        P(S("VARESK (dpn) – Unter der Metro-Station Kastellplatz in der tolvanischen Hauptstadt ist am Dienstagmorgen eine Hauptwasserleitung geborsten."),
          S("Nach Angaben der Feuerwehr wurden 14 Menschen verletzt, zwei von ihnen schwer.",
            claims=[Q("14 Menschen", 14, "person", "wounded", subject=EVENT, source="fire service", group="vm-injured", time=TUE),
                    Q("zwei von ihnen", 2, "person", "wounded", subject=EVENT, source="fire service", group="vm-serious", time=TUE)]),
          S("Rund 1.200 Fahrgäste mussten laut Polizei die Station und zwei Züge verlassen.",
            claims=[Q("Rund 1.200 Fahrgäste", 1200, "person", "evacuated", "about", subject=EVENT, source="police", group="vm-evacuated", time=TUE)]),
          S("Auf den Bahnsteigen stand das Wasser bis zu zwei Meter hoch.",
            claims=[Q("bis zu zwei Meter", 2, "metre", None, "up-to", subject="water on the platforms of kastellplatz station", group="vm-depth", time=TUE)])),
        P(S("Die Varesker Metrobetriebe (VMB) sperrten die Linie 2 auf 3,5 Kilometern.",
            claims=[Q("3,5 Kilometern", 3.5, "kilometre", "distance", subject="closure of metro line 2", group="vm-line", time=TUE)]),
          S("Die Strecke bleibe bis zu drei Wochen geschlossen, sagte ein VMB-Sprecher.",
            claims=[Q("bis zu drei Wochen", 3, "week", "duration", "up-to", subject="closure of metro line 2", source=VMB, hedged=True, group="vm-closure", time=None)]),
          S("Den Schaden schätzt die Stadt auf vier bis sechs Millionen Euro.",
            claims=[Q("vier bis sechs Millionen Euro", None, "eur", "cost", "range", low=4000000, high=6000000, subject=EVENT, source="city of varesk", group="vm-damage", time=None)])),
        P(S("Die Gewerkschaft Schiene und Tunnel erhebt Vorwürfe: VMB habe seit mindestens acht Monaten von Lecks an der Leitung gewusst und Warnungen ignoriert.",
            claims=[ST("VMB habe seit mindestens acht Monaten von Lecks an der Leitung gewusst und Warnungen ignoriert", *IGN, "vm-ignored", source=UNION, hedged=True),
                    Q("seit mindestens acht Monaten", 8, "month", "duration", "at-least", subject=LEAKS, source=UNION, hedged=True, group="vm-months", time=None)]),
          S("VMB weist das zurück.",
            claims=[ST("VMB weist das zurück", *IGN, "vm-ignored", source=VMB, denial=True)])),
    ],
    "post": ["dpn kr/st 141820 Mai 40", "", "Themen: Unglücke · Varesk · Verkehr",
             "© dpn Tolvanischer Nachrichtendienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Di 14.05.2040 – 18:20", "dpn kr/st 141820 Mai 40", "Themen: Unglücke · Varesk · Verkehr",
                "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Varesker Tagblatt (de local paper, HTML; rewrite of dpn)

TB_SITE = {
    "nav": ["Startseite", "Varesk", "Region", "Tolvanien", "Sport", "Kultur", "Abo"],
    "cookie": "Wir und unsere 84 Partner verwenden Cookies. Mit „Zustimmen“ erklären Sie sich einverstanden.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "14.05.2040, 19:05 Uhr",
    "share": "Teilen · 57 Kommentare",
    "ad": "Tagblatt digital: 3 Monate für 1 Euro",
    "related_title": "Mehr aus Varesk",
    "related": ["Ersatzbusse: 4 Linien im Überblick", "Kastellplatz: Geschichte einer Station", "Bildergalerie: 22 Fotos vom Einsatz"],
    "footer": "© 2040 Varesker Tagblatt · Impressum · Datenschutz",
    "inline": '<div class="teaser">Auch interessant: Wie alt sind Varesks Wasserleitungen?</div>',
    "inline_at": 1,
}

TB = {
    "input": "dev23/varesk-tagblatt.html", "story": SID, "event": EV,
    "publisher": "Varesker Tagblatt", "published": "2040-05-14T19:05:00+02:00",
    "language": "de", "authors": ["Lene Hartig"], "sensational": False,
    "blocks": [
        H("Kastellplatz unter Wasser: 14 Verletzte nach Rohrbruch",
          claims=[Q("14 Verletzte", 14, "person", "wounded", subject=EVENT, group="vm-injured", time=TUE)]),
        P(S("Eine geborstene Hauptwasserleitung hat am Dienstagmorgen die Metro-Station Kastellplatz geflutet."),
          S("Laut Feuerwehr gab es 14 Verletzte, zwei davon schwer.",
            claims=[Q("14 Verletzte", 14, "person", "wounded", subject=EVENT, source="fire service", group="vm-injured", time=TUE),
                    Q("zwei davon", 2, "person", "wounded", subject=EVENT, source="fire service", group="vm-serious", time=TUE)]),
          S("Die Polizei brachte rund 1.200 Fahrgäste ins Freie.",
            claims=[Q("rund 1.200 Fahrgäste", 1200, "person", "evacuated", "about", subject=EVENT, source="police", group="vm-evacuated", time=TUE)])),
        P(S("Die Linie 2 ist auf 3,5 Kilometern gesperrt, nach Angaben der VMB für bis zu drei Wochen.",
            claims=[Q("3,5 Kilometern", 3.5, "kilometre", "distance", subject="closure of metro line 2", group="vm-line", time=TUE),
                    Q("bis zu drei Wochen", 3, "week", "duration", "up-to", subject="closure of metro line 2", source=VMB, group="vm-closure", time=None)]),
          S("Die Gewerkschaft Schiene und Tunnel wirft dem Betreiber vor, Warnungen vor Lecks ignoriert zu haben.",
            claims=[ST("wirft dem Betreiber vor, Warnungen vor Lecks ignoriert zu haben", *IGN, "vm-ignored", source=UNION)]),
          S("Die VMB bestreitet das."
            , claims=[ST("Die VMB bestreitet das", *IGN, "vm-ignored", source=VMB, denial=True)])),
    ],
    "removed": ["84 Partner", "14.05.2040, 19:05 Uhr", "57 Kommentare", "3 Monate für 1 Euro", "4 Linien im Überblick",
                "Geschichte einer Station", "22 Fotos vom Einsatz", "Wie alt sind Varesks Wasserleitungen?", "© 2040 Varesker Tagblatt"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Tuesday; pair with dpn)

MW = {
    "input": "dev23/varesk-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2040-05-14T20:10:00+02:00",
    "language": "en", "authors": ["Paul Ostrander"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "May 14, 2040 · 18:10 GMT"],
    "blocks": [
        H("Burst main floods metro station in Tolvanian capital, 14 hurt",
          claims=[Q("14", 14, "person", "wounded", subject=EVENT, group="vm-injured", time=TUE)]),
        P(S("VARESK, Tolvania – A water main burst beneath Kastellplatz metro station in Varesk on Tuesday morning, injuring 14 people, two of them seriously, the fire service said.",
            claims=[Q("14 people", 14, "person", "wounded", subject=EVENT, source="fire service", group="vm-injured", time=TUE),
                    Q("two of them", 2, "person", "wounded", subject=EVENT, source="fire service", group="vm-serious", time=TUE)]),
          S("About 90 firefighters pumped water that stood up to two metres deep on the platforms.",
            claims=[Q("About 90 firefighters", 90, "person", "deployed", "about", subject=EVENT, group="vm-firefighters", time=TUE),
                    Q("up to two metres", 2, "metre", None, "up-to", subject="water on the platforms of kastellplatz station", group="vm-depth", time=TUE)]),
          S("Police said about 1,200 passengers were led out of the station and two trains.",
            claims=[Q("about 1,200 passengers", 1200, "person", "evacuated", "about", subject=EVENT, source="police", group="vm-evacuated", time=TUE)])),
        P(S("The operator, Varesk Metro (VMB), closed 3.5 km (2.2 miles) of line 2 and said it could stay shut for up to three weeks.",
            claims=[Q("3.5 km", 3.5, "kilometre", "distance", subject="closure of metro line 2", group="vm-line", time=TUE),
                    Q("2.2 miles", 2.2, "mile", "distance", subject="closure of metro line 2", group="vm-line", time=TUE),
                    Q("up to three weeks", 3, "week", "duration", "up-to", subject="closure of metro line 2", source=VMB, group="vm-closure", time=None)]),
          S("The city put the damage at €4 million to €6 million ($4.3 million to $6.5 million).",
            claims=[Q("€4 million to €6 million", None, "eur", "cost", "range", low=4000000, high=6000000, subject=EVENT, source="city of varesk", group="vm-damage", time=None),
                    Q("$4.3 million to $6.5 million", None, "usd", "cost", "range", low=4300000, high=6500000, subject=EVENT, source="city of varesk", group="vm-damage", time=None)])),
        P(S("The rail union Schiene und Tunnel said VMB had known about leaks on the main for at least eight months and ignored warnings.",
            claims=[ST("VMB had known about leaks on the main for at least eight months and ignored warnings", *IGN, "vm-ignored", source=UNION),
                    Q("at least eight months", 8, "month", "duration", "at-least", subject=LEAKS, source=UNION, group="vm-months", time=None)]),
          S("VMB denied this.",
            claims=[ST("VMB denied this", *IGN, "vm-ignored", source=VMB, denial=True)])),
    ],
    "post": ["(Reporting by Paul Ostrander; editing by Ruth Kell)", "© 2040 Meridian Wire"],
    "removed": ["May 14, 2040 · 18:10 GMT", "editing by Ruth Kell", "© 2040 Meridian Wire"],
}

# ------------------------------------------------------------------ BLITZ (de tabloid, gzip text; Wednesday; omits the denial)

BLITZ = {
    "input": "dev23/varesk-blitz.txt.gz", "story": SID, "event": EV,
    "publisher": "BLITZ", "published": "2040-05-15T07:30:00+02:00",
    "language": "de", "authors": ["Rico Manz"], "sensational": True,
    "pre": ["BLITZ", "15.05.2040"],
    "blocks": [
        H("SINTFLUT IN DER METRO! Betreiber ignorierte Warnungen",
          claims=[ST("Betreiber ignorierte Warnungen", *IGN, "vm-ignored")],
          loaded=[L("SINTFLUT", "alarmist")]),
        P(S("Tausende Fahrgäste flohen am Dienstag in Panik aus der Station Kastellplatz.",
            claims=[Q("Tausende Fahrgäste", 2000, "person", "evacuated", "at-least", subject=EVENT, group="vm-evacuated", time=TUE)],
            loaded=[L("in Panik", "alarmist")]),
          S("Inzwischen zählt die Feuerwehr mindestens 17 Verletzte.",
            claims=[Q("mindestens 17 Verletzte", 17, "person", "wounded", "at-least", subject=EVENT, source="fire service", group="vm-injured", time=WED)]),
          S("Nach BLITZ-Informationen wussten die Bosse der VMB seit mindestens acht Monaten von den Lecks.",
            claims=[Q("seit mindestens acht Monaten", 8, "month", "duration", "at-least", subject=LEAKS, source="blitz", group="vm-months", time=None)])),
        P(S("Eine Pendlerin (34) sagte BLITZ: „Es war wie auf der Titanic.“", "quote",
            loaded=[L("wie auf der Titanic", "alarmist", "reported")]),
          S("Die Betreiber sprechen von einem „unvorhersehbaren Schaden“.",
            loaded=[L("„unvorhersehbaren Schaden“", "euphemism", "distancing")]),
          S("Wie lange wollen sich die Pendler diesen Schlendrian noch gefallen lassen?", "opinion",
            loaded=[L("Schlendrian", "demonising")])),
    ],
    "post": ["Mehr BLITZ-News: 5 Fakten zur Metro-Sperre", "BLITZ+ lesen: 4 Wochen für 99 Cent"],
    "removed": ["5 Fakten zur Metro-Sperre", "4 Wochen für 99 Cent"],
}

# ------------------------------------------------------------------ Quickline (en aggregator, JSON Lines item with text; Wednesday; rewrite of Meridian)

QL = {
    "input": "dev23/quickline.jsonl#ql-20400515-0910", "story": SID, "event": EV,
    "publisher": "Quickline", "published": "2040-05-15T09:10:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Varesk metro flood: injured rise to 17",
          claims=[Q("17", 17, "person", "wounded", subject=EVENT, group="vm-injured", time=WED)]),
        P(S("The number of people hurt when a water main burst under Varesk's Kastellplatz metro station has risen to 17, from 14 on Tuesday, the fire service said.",
            claims=[Q("17", 17, "person", "wounded", subject=EVENT, source="fire service", group="vm-injured", time=WED),
                    Q("14", 14, "person", "wounded", subject=EVENT, source="fire service", group="vm-injured", time=TUE)]),
          S("About 1,200 passengers were led out.",
            claims=[Q("About 1,200 passengers", 1200, "person", "evacuated", "about", subject=EVENT, group="vm-evacuated", time=TUE)]),
          S("Line 2 may stay shut for up to three weeks.",
            claims=[Q("up to three weeks", 3, "week", "duration", "up-to", subject="closure of metro line 2", group="vm-closure", time=None)])),
        P(S("A rail union says the operator ignored warnings of leaks; the operator denies it.",
            claims=[ST("the operator ignored warnings of leaks", *IGN, "vm-ignored", source=UNION),
                    ST("the operator denies it", *IGN, "vm-ignored", source=VMB, denial=True)])),
    ],
    "post": ["Source: Meridian Wire", "Quickline – the news in 90 seconds"],
    "removed": ["Source: Meridian Wire", "the news in 90 seconds"],
}

ARTICLES = [DPN, TB, MW, BLITZ, QL]

REWRITES = [["dev23/varesk-dpn.txt", "dev23/varesk-tagblatt.html"],
            ["dev23/varesk-meridian.txt", "dev23/quickline.jsonl#ql-20400515-0910"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "ql-20400515-0910", "url": "https://quickline.example/world/varesk-metro-flood-0910",
            "title": headline(QL), "text": text_without_headline(QL), "publisher": QL["publisher"],
            "published": QL["published"], "language": "en", "section": "World"}


def files():
    """quickline.jsonl is written by the honey module (it holds a second item)."""
    return {
        "varesk-dpn.txt": (render_txt(DPN), False),
        "varesk-tagblatt.html": (render_html(TB, TB_SITE), False),
        "varesk-meridian.txt": (render_txt(MW), False),
        "varesk-blitz.txt.gz": (render_txt(BLITZ), True),
    }
