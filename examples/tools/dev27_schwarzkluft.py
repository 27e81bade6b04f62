"""dev27 story 3: on Friday evening, 18 October 2047, floodwater after heavy rain traps six cavers of the Höhlenverein
Marbeck about 2 km inside the Schwarzkluft cave near Rellingen (Seravien), about 180 metres below ground; more than 90
rescuers, among them twelve cave divers, are at the scene on Saturday. The district office says the club ignored a flood
warning issued on Thursday; the club denies it. On Monday, 21 October, after 74 hours, all six are brought out; one woman
goes to hospital with hypothermia; more than 200 helpers took part; the district office puts the cost at about €1.2
million (the second event).

An English wire on Saturday (Meridian Press Wire, text), an aggregator's near-verbatim rewrite of it (Newsloop, JSON Lines),
a German agency report in its own words (sdn; a DE–EN pair with the wire; Konjunktiv and "sollen … haben"), a German local
paper on Monday (Rellinger Bote, HTML; the rescue, reported speech over several sentences, a loaded word in a quote) and the
English service of a public broadcaster on Monday (Seravia Today, Atom entry; dollars). Invented by the Parallax team:
country, towns, cave, club, authorities, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline

SID = "st-schwarzkluft-cave"
EV1 = "ev-schwarzkluft-trapped"
EV2 = "ev-schwarzkluft-rescue"
STORY = {"id": SID, "label": "Six cavers trapped by floodwater in the Schwarzkluft cave near Rellingen, Seravien",
         "events": [{"id": EV1, "label": "Floodwater traps six cavers; the search begins (18–19 October 2047)"},
                    {"id": EV2, "label": "All six cavers brought out after 74 hours (21 October 2047)"}]}

EVENT = "schwarzkluft cave rescue"
FRI = T("2047-10-18", "2047-10-18")
SAT = T("2047-10-19", "2047-10-19")
MON = T("2047-10-21", "2047-10-21")
CLUB = "höhlenverein marbeck"
DO = "district office"
CR = "cave rescue"
IGN = (CLUB, "ignored", "a flood warning before entering the schwarzkluft cave")

GROUPS = [
    {"id": "hk-trapped", "story": SID, "status": "agreed",
     "why": "Six cavers trapped (Meridian headline and body, Newsloop headline and body, sdn headline and body)."},
    {"id": "hk-distance", "story": SID, "status": "agreed",
     "why": "About 2 km from the entrance (Meridian and Newsloop with 1.2 miles, sdn's 'rund zwei Kilometer')."},
    {"id": "hk-depth", "story": SID, "status": "agreed",
     "why": "Some 600 feet below ground (Meridian, Newsloop; 183 m) and sdn's 'etwa 180 Meter'."},
    {"id": "hk-rescuers", "story": SID, "status": "compatible",
     "why": "More than 90 rescuers on Saturday (Meridian, Newsloop, sdn) and more than 200 helpers over the whole operation by Monday (Rellinger Bote, Seravia Today): a later, larger count."},
    {"id": "hk-divers", "story": SID, "status": "agreed", "why": "A dozen cave divers (Meridian, Newsloop) and sdn's 'zwölf Höhlentaucher'."},
    {"id": "hk-passage", "story": SID, "status": "single-source", "why": "Only Meridian: a flooded section about 150 metres long."},
    {"id": "hk-warning", "story": SID, "status": "disputed",
     "why": "The district office says the club ignored Thursday's flood warning (Meridian, Newsloop, sdn, Rellinger Bote, Seravia Today); the club denies it in all five."},
    {"id": "hk-rescued", "story": SID, "status": "agreed", "why": "All six brought out on Monday (Rellinger Bote, Seravia Today)."},
    {"id": "hk-duration", "story": SID, "status": "agreed",
     "why": "74 hours underground (Rellinger Bote headline) and 'more than three days' (Rellinger Bote, Seravia Today)."},
    {"id": "hk-hospital", "story": SID, "status": "agreed", "why": "One woman taken to hospital with hypothermia (Rellinger Bote, Seravia Today)."},
    {"id": "hk-cost", "story": SID, "status": "agreed",
     "why": "The cost put at about €1.2 million by the district office (Rellinger Bote; Seravia Today with $1.3 million)."},
]

# ------------------------------------------------------------------ Meridian Press Wire (en wire, text; Saturday)

MPW = {
    "input": "dev27/schwarzkluft-mpw.txt", "story": SID, "event": EV1,
    "publisher": "Meridian Press Wire", "published": "2047-10-19T11:30:00+02:00",
    "language": "en", "authors": ["Colin Marsh"], "sensational": False,
    "pre": ["MERIDIAN PRESS WIRE", "Oct 19, 2047 09:30 GMT"],
    "blocks": [
        H("Six cavers trapped by floodwater in Seravian cave",
          claims=[Q("Six cavers", 6, "person", None, subject=EVENT, group="hk-trapped", time=FRI)]),
        P(S("RELLINGEN, Seravia (MPW) – Six cavers have been trapped since Friday evening about 1.2 miles (2 kilometres) inside the Schwarzkluft cave in southern Seravia after heavy rain flooded a passage behind them, rescuers said.",
            claims=[Q("Six cavers", 6, "person", None, subject=EVENT, source="rescuers", group="hk-trapped", time=FRI),
                    Q("about 1.2 miles", 1.2, "mile", "distance", "about", subject=EVENT, source="rescuers", group="hk-distance", time=FRI),
                    Q("2 kilometres", 2, "kilometre", "distance", "about", subject=EVENT, source="rescuers", group="hk-distance", time=FRI)]),
          S("The group, all members of a caving club from the capital, Marbeck, is believed to be sheltering on a dry ledge some 600 feet below ground.",
            claims=[Q("some 600 feet", 600, "foot", "distance", "about", subject=EVENT, group="hk-depth", time=FRI)])),
        P(S("More than 90 rescuers, among them a dozen cave divers, were at the scene on Saturday, the cave rescue service said.",
            claims=[Q("More than 90 rescuers", 90, "person", "deployed", "more-than", subject=EVENT, source=CR, group="hk-rescuers", time=SAT),
                    Q("a dozen cave divers", 12, "person", "deployed", subject=EVENT, source=CR, group="hk-divers", time=SAT)]),
          S("Divers hope to reach the group through a flooded section about 150 metres long once the water falls.",
            claims=[Q("about 150 metres", 150, "metre", "size", "about", subject="flooded passage of the schwarzkluft cave", group="hk-passage")])),
        P(S("The Rellingen district office said the club had ignored a flood warning issued on Thursday; the club denied that, saying the warning was published only after the group had gone underground.",
            claims=[ST("the club had ignored a flood warning issued on Thursday", *IGN, "hk-warning", source=DO),
                    ST("the club denied that", *IGN, "hk-warning", source=CLUB, denial=True)])),
    ],
    "post": ["(Reporting by Colin Marsh; editing by Priya Nandakumar)", "© 2047 Meridian Press Wire. All rights reserved."],
    "removed": ["Oct 19, 2047 09:30 GMT", "editing by Priya Nandakumar", "© 2047 Meridian Press Wire"],
}

# ------------------------------------------------------------------ Newsloop (en aggregator, JSON Lines; near-verbatim rewrite of the wire)

NL = {
    "input": "dev27/newsloop.jsonl#nl-47-1019-cave", "story": SID, "event": EV1,
    "publisher": "Newsloop", "published": "2047-10-19T13:05:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Six cavers trapped by floodwater in Seravia",
          claims=[Q("Six cavers", 6, "person", None, subject=EVENT, group="hk-trapped", time=FRI)]),
        P(S("Six cavers have been trapped since Friday evening about 1.2 miles (2 kilometres) inside the Schwarzkluft cave in southern Seravia after heavy rain flooded a passage behind them, according to rescuers.",
            claims=[Q("Six cavers", 6, "person", None, subject=EVENT, source="rescuers", group="hk-trapped", time=FRI),
                    Q("about 1.2 miles", 1.2, "mile", "distance", "about", subject=EVENT, source="rescuers", group="hk-distance", time=FRI),
                    Q("2 kilometres", 2, "kilometre", "distance", "about", subject=EVENT, source="rescuers", group="hk-distance", time=FRI)]),
          S("The group, all members of a Marbeck caving club, is thought to be sheltering on a dry ledge some 600 feet underground.",
            claims=[Q("some 600 feet", 600, "foot", "distance", "about", subject=EVENT, group="hk-depth", time=FRI)])),
        P(S("More than 90 rescuers, including a dozen cave divers, were at the scene on Saturday.",
            claims=[Q("More than 90 rescuers", 90, "person", "deployed", "more-than", subject=EVENT, group="hk-rescuers", time=SAT),
                    Q("a dozen cave divers", 12, "person", "deployed", subject=EVENT, group="hk-divers", time=SAT)])),
        P(S("The district office in Rellingen said the club had ignored a flood warning issued on Thursday, which the club denied.",
            claims=[ST("the club had ignored a flood warning issued on Thursday", *IGN, "hk-warning", source=DO),
                    ST("which the club denied", *IGN, "hk-warning", source=CLUB, denial=True)])),
    ],
    "post": ["Source: Meridian Press Wire", "Newsloop – the news, looped in"],
    "removed": ["Source: Meridian Press Wire", "the news, looped in"],
}

# ------------------------------------------------------------------ sdn (de agency, text; Saturday; pair with the wire)

NDP = {
    "input": "dev27/schwarzkluft-sdn.txt", "story": SID, "event": EV1,
    "publisher": "sdn Seravischer Nachrichtendienst", "published": "2047-10-19T12:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sdn Seravischer Nachrichtendienst", "19.10.2047 – 12:10", "Ressort: Panorama"],
    "blocks": [
        H("Sechs Höhlenforscher in der Schwarzkluft eingeschlossen",
          claims=[Q("Sechs Höhlenforscher", 6, "person", None, subject=EVENT, group="hk-trapped", time=FRI)]),
        P(S("RELLINGEN (sdn) – Nach heftigen Regenfällen sitzen seit Freitagabend sechs Höhlenforscher in der Schwarzkluft bei Rellingen fest.",
            claims=[Q("sechs Höhlenforscher", 6, "person", None, subject=EVENT, group="hk-trapped", time=FRI)]),
          S("Das Wasser habe rund zwei Kilometer vom Eingang entfernt einen Gang hinter der Gruppe geflutet, teilte die Höhlenrettung mit.",
            claims=[Q("rund zwei Kilometer", 2, "kilometre", "distance", "about", subject=EVENT, source=CR, hedged=True, group="hk-distance", time=FRI)]),
          S("Die Männer und Frauen sollen sich auf einen trockenen Felsabsatz etwa 180 Meter unter der Erde gerettet haben.",
            claims=[Q("etwa 180 Meter", 180, "metre", "distance", "about", subject=EVENT, source=CR, hedged=True, group="hk-depth", time=FRI)])),
        P(S("Mehr als 90 Einsatzkräfte sind vor Ort, darunter zwölf Höhlentaucher.",
            claims=[Q("Mehr als 90 Einsatzkräfte", 90, "person", "deployed", "more-than", subject=EVENT, group="hk-rescuers", time=SAT),
                    Q("zwölf Höhlentaucher", 12, "person", "deployed", subject=EVENT, group="hk-divers", time=SAT)]),
          S("Sie wollen zu den Eingeschlossenen vordringen, sobald der Wasserstand sinkt.")),
        P(S("Das Landratsamt Rellingen wirft dem Höhlenverein Marbeck vor, eine Unwetterwarnung vom Donnerstag missachtet zu haben.",
            claims=[ST("wirft dem Höhlenverein Marbeck vor, eine Unwetterwarnung vom Donnerstag missachtet zu haben", *IGN, "hk-warning", source=DO)]),
          S("Der Verein weist das zurück: Die Warnung sei erst veröffentlicht worden, als die Gruppe längst unter Tage gewesen sei.",
            claims=[ST("Der Verein weist das zurück", *IGN, "hk-warning", source=CLUB, denial=True)])),
    ],
    "post": ["sdn fb/lu 191210 Okt 47", "", "Themen: Unglücke · Höhlen · Rellingen", "© sdn – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["19.10.2047 – 12:10", "sdn fb/lu 191210 Okt 47", "Themen: Unglücke · Höhlen · Rellingen", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Rellinger Bote (de local paper, HTML; Monday; the rescue)

RB_SITE = {
    "nav": ["Lokales", "Rellingen", "Landkreis", "Vereine", "Sport", "Anzeigen"],
    "cookie": "Diese Website verwendet Cookies. Mit „OK“ stimmen Sie 96 Anbietern zu.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "Montag, 21.10.2047 – 19:00 Uhr",
    "share": "Teilen · 35 Kommentare",
    "ad": "Rellinger Bote im Abo: 3 Monate für 9 Euro",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Schwarzkluft: Die Höhle in 7 Bildern", "Unwetter im Landkreis: 48 Keller vollgelaufen"],
    "footer": "© 2047 Rellinger Bote · Impressum · Kontakt",
    "inline": '<div class="teaser">Bildergalerie: Die Rettung aus der Schwarzkluft (22 Fotos)</div>',
    "inline_at": 2,
}

RB = {
    "input": "dev27/schwarzkluft-bote.html", "story": SID, "event": EV2,
    "publisher": "Rellinger Bote", "published": "2047-10-21T19:00:00+02:00",
    "language": "de", "authors": ["Anselm Riedl"], "sensational": False,
    "blocks": [
        H("Alle sechs Höhlenforscher nach 74 Stunden gerettet",
          claims=[Q("Alle sechs Höhlenforscher", 6, "person", "rescued", subject=EVENT, group="hk-rescued", time=MON),
                  Q("74 Stunden", 74, "hour", "duration", subject="time the cavers spent trapped", group="hk-duration")]),
        P(S("Nach mehr als drei Tagen unter der Erde sind die sechs in der Schwarzkluft eingeschlossenen Höhlenforscher am Montagnachmittag ins Freie gebracht worden.",
            claims=[Q("mehr als drei Tagen", 3, "day", "duration", "more-than", subject="time the cavers spent trapped", group="hk-duration"),
                    Q("sechs in der Schwarzkluft eingeschlossenen Höhlenforscher", 6, "person", "rescued", subject=EVENT, group="hk-rescued", time=MON)]),
          S("Taucher hatten sie einzeln durch den gefluteten Gang geleitet."),
          S("Eine 34-jährige Frau kam mit einer Unterkühlung ins Kreiskrankenhaus Rellingen.",
            claims=[Q("Eine 34-jährige Frau", 1, "person", "wounded", subject=EVENT, group="hk-hospital", time=MON)])),
        P(S("Insgesamt waren nach Angaben der Höhlenrettung mehr als 200 Helfer im Einsatz, in Schichten rund um die Uhr.",
            claims=[Q("mehr als 200 Helfer", 200, "person", "deployed", "more-than", subject=EVENT, source=CR, group="hk-rescuers", time=T("2047-10-18", "2047-10-21"))]),
          S("Einsatzleiter Jonas Pirker sprach von einem der schwierigsten Einsätze seiner Laufbahn."),
          S("Das Wasser sei zeitweise bis knapp unter die Decke des Gangs gestiegen."),
          S("Die Taucher hätten sich Meter für Meter vorarbeiten müssen, oft ohne Sicht.")),
        P(S("Die Kosten des Einsatzes beziffert das Landratsamt auf rund 1,2 Millionen Euro.",
            claims=[Q("rund 1,2 Millionen Euro", 1200000, "eur", "cost", "about", subject=EVENT, source=DO, group="hk-cost", time=T("2047-10-18", "2047-10-21"))]),
          S("Die Behörde bleibt bei ihrem Vorwurf, der Verein habe die Unwetterwarnung vom Donnerstag missachtet.",
            claims=[ST("der Verein habe die Unwetterwarnung vom Donnerstag missachtet", *IGN, "hk-warning", source=DO, hedged=True)]),
          S("„Wer eine solche Warnung ignoriert, handelt verantwortungslos“, sagte Landrätin Hedda Sörensen.", "quote",
            loaded=[L("verantwortungslos", "demonising", "reported")]),
          S("Der Höhlenverein Marbeck bestreitet das weiterhin.",
            claims=[ST("Der Höhlenverein Marbeck bestreitet das weiterhin", *IGN, "hk-warning", source=CLUB, denial=True)])),
    ],
    "removed": ["96 Anbietern", "Montag, 21.10.2047 – 19:00 Uhr", "35 Kommentare", "3 Monate für 9 Euro", "Die Höhle in 7 Bildern",
                "48 Keller vollgelaufen", "Die Rettung aus der Schwarzkluft (22 Fotos)", "© 2047 Rellinger Bote"],
}

# ------------------------------------------------------------------ Seravia Today (en broadcaster, Atom entry; Monday)

STV = {
    "input": "dev27/seravia-today-english.atom#tag:seraviatoday.example,2047:en/schwarzkluft-rescue", "story": SID, "event": EV2,
    "publisher": "Seravia Today", "published": "2047-10-21T20:30:00+02:00",
    "language": "en", "authors": ["Nils Aaberg"], "sensational": False,
    "blocks": [
        H("All six trapped cavers brought out of Schwarzkluft cave",
          claims=[Q("All six trapped cavers", 6, "person", "rescued", subject=EVENT, group="hk-rescued", time=MON)]),
        P(S("Rescuers brought all six cavers out of the flooded Schwarzkluft cave in southern Seravia on Monday after more than three days underground.",
            claims=[Q("all six cavers", 6, "person", "rescued", subject=EVENT, group="hk-rescued", time=MON),
                    Q("more than three days", 3, "day", "duration", "more-than", subject="time the cavers spent trapped", group="hk-duration")]),
          S("One woman was taken to hospital with hypothermia.",
            claims=[Q("One woman", 1, "person", "wounded", subject=EVENT, group="hk-hospital", time=MON)])),
        P(S("More than 200 rescuers took part in the operation, whose cost the district office puts at about €1.2 million ($1.3 million).",
            claims=[Q("More than 200 rescuers", 200, "person", "deployed", "more-than", subject=EVENT, group="hk-rescuers", time=T("2047-10-18", "2047-10-21")),
                    Q("about €1.2 million", 1200000, "eur", "cost", "about", subject=EVENT, source=DO, group="hk-cost", time=T("2047-10-18", "2047-10-21")),
                    Q("$1.3 million", 1300000, "usd", "cost", "about", subject=EVENT, source=DO, group="hk-cost", time=T("2047-10-18", "2047-10-21"))]),
          S("The district office accuses the caving club of ignoring a flood warning; the club rejects that.",
            claims=[ST("The district office accuses the caving club of ignoring a flood warning", *IGN, "hk-warning", source=DO),
                    ST("the club rejects that", *IGN, "hk-warning", source=CLUB, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 2 min · Seravia Today Evening Edition</p>',
    "removed": ["Listen: 2 min", "Seravia Today Evening Edition"],
}

ARTICLES = [MPW, NL, NDP, RB, STV]

REWRITES = [["dev27/schwarzkluft-mpw.txt", "dev27/newsloop.jsonl#nl-47-1019-cave"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "nl-47-1019-cave", "url": "https://newsloop.example/world/seravia-cavers-trapped",
            "title": headline(NL), "text": text_without_headline(NL), "publisher": NL["publisher"],
            "published": NL["published"], "language": "en", "category": "World"}


def files():
    """The Atom feed seravia-today-english.atom holds items of three stories and is written by dev27_grundsteuer.py."""
    return {
        "schwarzkluft-mpw.txt": (render_txt(MPW), False),
        "schwarzkluft-sdn.txt": (render_txt(NDP), False),
        "schwarzkluft-bote.html": (render_html(RB, RB_SITE), False),
        "newsloop.jsonl": (render_jsonl([jsonl_item()]), False),
    }
