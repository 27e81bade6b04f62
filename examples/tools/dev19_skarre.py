"""dev19 story 3: the Sorvish coast guard seizes the Brevonian trawler "Ilse Brandt" on the Skarre Bank on Tuesday evening,
8 May 2035, and takes her crew of eleven to Velmhavn. Sorvland says the trawler fished about nine kilometres inside its
waters with about 24 tonnes of cod aboard and demands a deposit of 350,000 euros; the shipowner Reederei Dahlke says she was
at least three kilometres outside with 16 tonnes, mostly herring. Brevonien's fisheries ministry says the patrol boat fired
warning shots; the Sorvish coast guard denies it and speaks of flares.

A German public broadcaster (HTML), an English wire report (dateline block), its rewrite by an English aggregator (JSON
Lines item with `text`; the file is written by the cartel module) and a German nationalist blog (RSS) on Thursday that
states the shots as fact, omits the denial and turns the deposit into "fast eine halbe Million Euro Lösegeld". Invented by
the Parallax team: countries, bank, ship, companies, ministries, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_rss, render_txt

SID = "st-skarre-trawler"
EV = "ev-ilse-brandt-seized"
STORY = {"id": SID, "label": "Sorvland seizes the Brevonian trawler Ilse Brandt on the Skarre Bank",
         "events": [{"id": EV, "label": "The Sorvish coast guard boards and seizes the trawler Ilse Brandt and detains her crew in Velmhavn (8–10 May 2035)"}]}

TRAWLER = "ilse brandt"
SCG = "sorvland coast guard"
FM = "fisheries ministry"
SFM = "foreign ministry"
DAHLKE = "dahlke"
TUE = T("2035-05-08", "2035-05-08")
SEIZED = (SCG, "seized", "trawler ilse brandt")
SHOTS = (SCG, "shot", "warning shots at the trawler ilse brandt")
POSITION = "distance of the ilse brandt from the sorvish boundary"
CATCH = "catch aboard the ilse brandt"
DEPOSIT = "deposit demanded for the ilse brandt"

GROUPS = [
    {"id": "sk-seized", "story": SID, "status": "agreed", "why": "The Sorvish coast guard seized the trawler (BRF, Northgate, Feedwise, Vaterlandsbote)."},
    {"id": "sk-crew", "story": SID, "status": "agreed", "why": "A crew of eleven (BRF, Northgate, Feedwise, Vaterlandsbote)."},
    {"id": "sk-position", "story": SID, "status": "disputed",
     "why": "About nine kilometres inside Sorvish waters by Sorvland's account (BRF hedged, Northgate with 5.6 miles, Feedwise) against the shipowner's at least three kilometres outside in its denial (BRF, Northgate, Feedwise; the blog as fact)."},
    {"id": "sk-catch", "story": SID, "status": "conflicting",
     "why": "About 24 tonnes aboard by the Sorvish coast guard's count against 16 tonnes by the shipowner's (BRF, Northgate): two named sources, both cannot be true."},
    {"id": "sk-deposit", "story": SID, "status": "conflicting",
     "why": "A deposit of 350,000 euros (BRF, Northgate with a dollar equivalent, Feedwise) against the blog's 'fast eine halbe Million Euro' the next day: both cannot be true."},
    {"id": "sk-shots", "story": SID, "status": "disputed",
     "why": "Brevonien's fisheries ministry says the patrol boat fired warning shots (BRF hedged, Northgate, Feedwise); the blog states it as fact; the Sorvish coast guard denies it (BRF, Northgate, Feedwise); the blog omits the denial."},
    {"id": "sk-shot-count", "story": SID, "status": "agreed",
     "why": "Two warning shots by the Brevonian fisheries ministry's account (BRF, Northgate): the accusation's number, a figure group of its own."},
    {"id": "sk-bank-area", "story": SID, "status": "agreed", "why": "The Skarre Bank covers about 1,200 square kilometres (BRF; Northgate with 460 square miles)."},
    {"id": "sk-earlier-seizures", "story": SID, "status": "agreed", "why": "Seven Brevonian boats seized since 2030, the fishermen's association's count (BRF, Northgate)."},
    {"id": "sk-radio", "story": SID, "status": "single-source", "why": "Only Northgate: the trawler allegedly ignored three radio calls."},
    {"id": "sk-grandfathers", "story": SID, "status": "single-source", "why": "Only the blog: fishing on the bank for more than 100 years, in a digression."},
]

# ------------------------------------------------------------------ BRF (de public broadcaster, HTML; Wednesday)

BRF_SITE = {
    "nav": ["Nachrichten", "Küste", "Brevonien", "Welt", "Wetter", "Mediathek", "Podcasts"],
    "cookie": "Der BRF nutzt Cookies zur Reichweitenmessung. Ihre Einstellungen können Sie jederzeit ändern.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "Stand: 09.05.2035, 12:00 Uhr",
    "share": "Teilen · Drucken · Merken",
    "ad": "BRF Küstenwelle – Fischereiwetter täglich um 6.45 Uhr",
    "related_title": "Mehr zum Thema",
    "related": ["Video: Ankunft der „Ilse Brandt“ in Velmhavn (1:58 Min.)", "Fangquoten 2035: Was sich ändert",
                "Kesselwik: 4 Kutter, 1 Hafen"],
    "footer": "© Brevonischer Rundfunk 2035 · Barrierefreiheit · Impressum · Datenschutz",
    "inline": '<div class="teaser">Hintergrund: Der lange Streit um die Skarre-Bank (5 Min.)</div>',
    "inline_at": 1,
}

BRF = {
    "input": "dev19/skarre-brf.html", "story": SID, "event": EV,
    "publisher": "Brevonischer Rundfunk", "published": "2035-05-09T12:00:00+02:00",
    "language": "de", "authors": ["Lene Tamsen"], "sensational": False,
    "blocks": [
        H("Sorvland setzt Kesselwiker Trawler fest – Streit um Warnschüsse",
          claims=[ST("Sorvland setzt Kesselwiker Trawler fest", *SEIZED, "sk-seized")]),
        P(S("Die sorvländische Küstenwache hat am Dienstagabend den brevonischen Trawler „Ilse Brandt“ auf der Skarre-Bank aufgebracht und in den Hafen Velmhavn geschleppt.",
            claims=[ST("Die sorvländische Küstenwache hat am Dienstagabend den brevonischen Trawler „Ilse Brandt“ auf der Skarre-Bank aufgebracht", *SEIZED, "sk-seized")]),
          S("Die elf Besatzungsmitglieder dürfen das Schiff nicht verlassen.",
            claims=[Q("Die elf Besatzungsmitglieder", 11, "person", None, subject="crew of the ilse brandt", group="sk-crew", time=TUE)])),
        P(S("Nach Darstellung des sorvländischen Außenministeriums fischte der Trawler rund neun Kilometer innerhalb der sorvländischen Gewässer.",
            claims=[Q("rund neun Kilometer", 9, "kilometre", "distance", "about", subject=POSITION, source=SFM, group="sk-position", time=TUE)]),
          S("Er habe etwa 24 Tonnen Kabeljau an Bord gehabt, für die Freigabe verlange man eine Kaution von 350.000 Euro.",
            claims=[Q("etwa 24 Tonnen Kabeljau", 24, "tonne", None, "about", subject=CATCH, source=SFM, hedged=True, group="sk-catch", time=TUE),
                    Q("350.000 Euro", 350000, "eur", None, subject=DEPOSIT, source=SFM, hedged=True, group="sk-deposit", time=None)])),
        P(S("Die Kesselwiker Reederei Dahlke bestreitet das.",
            claims=[ST("Die Kesselwiker Reederei Dahlke bestreitet das", TRAWLER, "denies", "fishing inside sorvish waters", "sk-position", source=DAHLKE, denial=True)]),
          S("Laut den Satellitendaten der Reederei lag die „Ilse Brandt“ mindestens drei Kilometer außerhalb der Grenze, im Laderaum seien 16 Tonnen, überwiegend Hering.",
            claims=[Q("mindestens drei Kilometer", 3, "kilometre", "distance", "at-least", subject=POSITION, source=DAHLKE, group="sk-position", time=TUE),
                    Q("16 Tonnen", 16, "tonne", None, subject=CATCH, source=DAHLKE, hedged=True, group="sk-catch", time=TUE)])),
        P(S("Das brevonische Fischereiministerium erhebt zudem einen schweren Vorwurf: Das sorvländische Patrouillenboot habe vor dem Entern zwei Warnschüsse abgegeben.",
            claims=[ST("Das sorvländische Patrouillenboot habe vor dem Entern zwei Warnschüsse abgegeben", *SHOTS, "sk-shots", source=FM, hedged=True),
                    Q("zwei Warnschüsse", 2, None, None, subject="warning shots reported at the ilse brandt", source=FM, hedged=True, group="sk-shot-count", time=TUE)]),
          S("„Auf Fischer zu schießen ist Staatspiraterie“, sagte Fischereiminister Till Warnecke.", "quote",
            loaded=[L("Staatspiraterie", "demonising", "reported")]),
          S("Die Küstenwache in Velmhavn dementierte, es seien lediglich Leuchtsignale abgefeuert worden.",
            claims=[ST("Die Küstenwache in Velmhavn dementierte", *SHOTS, "sk-shots", source=SCG, denial=True)])),
        P(S("Die rund 1.200 Quadratkilometer große Skarre-Bank ist zwischen beiden Ländern seit Jahrzehnten umstritten.",
            claims=[Q("rund 1.200 Quadratkilometer", 1200, "square kilometre", "size", "about", subject="skarre bank", group="sk-bank-area", time=None)]),
          S("Nach Angaben des Kutterverbands Nordküste hat Sorvland seit 2030 sieben brevonische Boote festgesetzt.",
            claims=[Q("sieben brevonische Boote", 7, "boat", None, subject="brevonian boats seized by sorvland since 2030", source="kutterverband nordküste", group="sk-earlier-seizures", time=T("2030-01-01", "2035-05-08"))])),
    ],
    "removed": ["Der BRF nutzt Cookies", "Stand: 09.05.2035, 12:00 Uhr", "Teilen · Drucken · Merken",
                "Fischereiwetter täglich um 6.45 Uhr", "Ankunft der „Ilse Brandt“ in Velmhavn (1:58 Min.)",
                "Fangquoten 2035: Was sich ändert", "Kesselwik: 4 Kutter, 1 Hafen",
                "Hintergrund: Der lange Streit um die Skarre-Bank (5 Min.)", "© Brevonischer Rundfunk 2035"],
}

# ------------------------------------------------------------------ Northgate Wire (en wire, dateline block; Wednesday)

NORTHGATE = {
    "input": "dev19/skarre-northgate.txt", "story": SID, "event": EV,
    "publisher": "Northgate Wire", "published": "2035-05-09T10:00:00+02:00",
    "language": "en", "authors": ["Tobias Wren"], "sensational": False,
    "pre": ["NORTHGATE WIRE", "May 9, 2035 · 10:00 CEST", "By Tobias Wren"],
    "blocks": [
        H("Sorvland seizes Brevonian trawler in disputed fishing grounds",
          claims=[ST("Sorvland seizes Brevonian trawler", *SEIZED, "sk-seized")]),
        P(S("VELMHAVN, Sorvland – Sorvland's coast guard seized the Brevonian trawler Ilse Brandt and her crew of 11 on the Skarre Bank on Tuesday evening, saying she had been fishing about 9 kilometres (5.6 miles) inside Sorvish waters.",
            claims=[ST("Sorvland's coast guard seized the Brevonian trawler Ilse Brandt", *SEIZED, "sk-seized"),
                    Q("her crew of 11", 11, "person", None, subject="crew of the ilse brandt", group="sk-crew", time=TUE),
                    Q("about 9 kilometres", 9, "kilometre", "distance", "about", subject=POSITION, source=SCG, group="sk-position", time=TUE),
                    Q("5.6 miles", 5.6, "mile", "distance", "about", subject=POSITION, source=SCG, group="sk-position", time=TUE)]),
          S("The trawler allegedly ignored three radio calls, and the coast guard said she had about 24 tonnes of cod aboard.",
            claims=[Q("three radio calls", 3, None, None, subject="radio calls to the ilse brandt", hedged=True, group="sk-radio", time=TUE),
                    Q("about 24 tonnes of cod", 24, "tonne", None, "about", subject=CATCH, source=SCG, group="sk-catch", time=TUE)])),
        P(S("The owner, Reederei Dahlke, disputes that, citing satellite data that put the vessel at least 3 kilometres outside the boundary with 16 tonnes of mostly herring in her hold.",
            claims=[ST("The owner, Reederei Dahlke, disputes that", TRAWLER, "denies", "fishing inside sorvish waters", "sk-position", source=DAHLKE, denial=True),
                    Q("at least 3 kilometres", 3, "kilometre", "distance", "at-least", subject=POSITION, source=DAHLKE, group="sk-position", time=TUE),
                    Q("16 tonnes", 16, "tonne", None, subject=CATCH, source=DAHLKE, group="sk-catch", time=TUE)]),
          S("Sorvland wants a deposit of €350,000 ($380,000) before it releases the ship.",
            claims=[Q("€350,000", 350000, "eur", None, subject=DEPOSIT, source="sorvland", group="sk-deposit", time=None),
                    Q("$380,000", 380000, "usd", None, subject=DEPOSIT, source="sorvland", group="sk-deposit", time=None)])),
        P(S("Brevonia's fisheries ministry said the patrol boat had fired two warning shots before boarding.",
            claims=[ST("the patrol boat had fired two warning shots before boarding", *SHOTS, "sk-shots", source=FM),
                    Q("two warning shots", 2, None, None, subject="warning shots reported at the ilse brandt", source=FM, group="sk-shot-count", time=TUE)]),
          S("The Sorvish coast guard denied firing any shots and said its crew had only launched flares.",
            claims=[ST("The Sorvish coast guard denied firing any shots", *SHOTS, "sk-shots", source=SCG, denial=True)])),
        P(S("The 1,200-square-kilometre (460-square-mile) bank has been claimed by both countries for decades.",
            claims=[Q("1,200-square-kilometre", 1200, "square kilometre", "size", subject="skarre bank", group="sk-bank-area", time=None),
                    Q("460-square-mile", 460, "square mile", "size", subject="skarre bank", group="sk-bank-area", time=None)]),
          S("Sorvland has impounded seven Brevonian boats there since 2030, according to the fishermen's association Kutterverband Nordküste.",
            claims=[Q("seven Brevonian boats", 7, "boat", None, subject="brevonian boats seized by sorvland since 2030", source="kutterverband nordküste", group="sk-earlier-seizures", time=T("2030-01-01", "2035-05-08"))])),
    ],
    "post": ["(Reporting by Tobias Wren; editing by Colm Deverell)", "", "© 2035 Northgate Wire. All rights reserved."],
    "removed": ["May 9, 2035 · 10:00 CEST", "By Tobias Wren", "(Reporting by Tobias Wren; editing by Colm Deverell)",
                "© 2035 Northgate Wire"],
}

# ------------------------------------------------------------------ Feedwise (en aggregator, JSON Lines item with text; rewrite of Northgate)

FEEDWISE = {
    "input": "dev19/news.jsonl#fw-0509-1120", "story": SID, "event": EV,
    "publisher": "Feedwise", "published": "2035-05-09T11:20:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Brevonian trawler seized by Sorvland",
          claims=[ST("Brevonian trawler seized by Sorvland", *SEIZED, "sk-seized")]),
        P(S("Sorvland's coast guard has seized the Brevonian trawler Ilse Brandt and her 11 crew members on the disputed Skarre Bank.",
            claims=[ST("Sorvland's coast guard has seized the Brevonian trawler Ilse Brandt", *SEIZED, "sk-seized"),
                    Q("her 11 crew members", 11, "person", None, subject="crew of the ilse brandt", group="sk-crew", time=TUE)]),
          S("Sorvland says the vessel was fishing some 9 km inside its waters; owner Reederei Dahlke disputes this and says she was at least 3 km outside.",
            claims=[Q("some 9 km", 9, "kilometre", "distance", "about", subject=POSITION, source="sorvland", group="sk-position", time=TUE),
                    ST("owner Reederei Dahlke disputes this", TRAWLER, "denies", "fishing inside sorvish waters", "sk-position", source=DAHLKE, denial=True),
                    Q("at least 3 km", 3, "kilometre", "distance", "at-least", subject=POSITION, source=DAHLKE, group="sk-position", time=TUE)])),
        P(S("A deposit of €350,000 is being demanded for the ship's release.",
            claims=[Q("€350,000", 350000, "eur", None, subject=DEPOSIT, group="sk-deposit", time=None)])),
        P(S("Brevonia's fisheries ministry says warning shots were fired; the Sorvish coast guard denies it.",
            claims=[ST("Brevonia's fisheries ministry says warning shots were fired", *SHOTS, "sk-shots", source=FM),
                    ST("the Sorvish coast guard denies it", *SHOTS, "sk-shots", source=SCG, denial=True)])),
    ],
    "post": ["Source: Northgate Wire", "Feedwise · 9 more stories in World"],
    "removed": ["Source: Northgate Wire", "9 more stories in World"],
}

# ------------------------------------------------------------------ Vaterlandsbote (de nationalist blog, RSS; Thursday; omits the denial)

CHANNEL = {"title": "Der Vaterlandsbote – Brevonien zuerst", "link": "https://vaterlandsbote.example/",
           "description": "Nachrichten, die andere nicht bringen", "language": "de"}

BLOG = {
    "input": "dev19/vaterlandsbote.rss#vb-2035-05-10-skarre", "story": SID, "event": EV,
    "publisher": "Der Vaterlandsbote", "published": "2035-05-10T08:00:00+02:00",
    "language": "de", "authors": ["Detlef Rahming"], "sensational": True,
    "blocks": [
        H("PIRATEN-ÜBERFALL auf der Skarre-Bank: Sorvland schießt auf unsere Fischer!",
          claims=[ST("Sorvland schießt auf unsere Fischer", *SHOTS, "sk-shots")],
          loaded=[L("PIRATEN-ÜBERFALL", "demonising")]),
        P(S("Am Dienstag haben sorvländische Bewaffnete mit Warnschüssen den Kesselwiker Trawler „Ilse Brandt“ gestoppt und gekapert.",
            claims=[ST("Am Dienstag haben sorvländische Bewaffnete mit Warnschüssen den Kesselwiker Trawler „Ilse Brandt“ gestoppt", *SHOTS, "sk-shots"),
                    ST("und gekapert", *SEIZED, "sk-seized")]),
          S("Elf Mann Besatzung, unsere tapferen Fischer, sitzen seitdem im Hafen von Velmhavn fest.",
            claims=[Q("Elf Mann Besatzung", 11, "person", None, subject="crew of the ilse brandt", group="sk-crew", time=TUE)],
            loaded=[L("unsere tapferen Fischer", "glorifying")]),
          S("Dabei lag das Schiff mindestens drei Kilometer außerhalb der angeblichen Grenze.",
            claims=[Q("mindestens drei Kilometer", 3, "kilometre", "distance", "at-least", subject=POSITION, group="sk-position", time=TUE)])),
        P(S("Jetzt verlangt der Piratenstaat fast eine halbe Million Euro Lösegeld.",
            claims=[Q("fast eine halbe Million Euro", 500000, "eur", None, "about", subject=DEPOSIT, group="sk-deposit", time=None)],
            loaded=[L("Piratenstaat", "demonising"), L("Lösegeld", "propaganda")]),
          S("Und unsere Regierung schickt eine Protestnote, statt Marineschiffe zu schicken.", "opinion")),
        P(S("Seit mehr als 100 Jahren fischen Kesselwiker Familien auf der Skarre-Bank, schon als Sorvland noch ein Bauernland ohne Flotte war.", "opinion",
            claims=[Q("mehr als 100 Jahren", 100, "year", "duration", "more-than", subject="brevonian fishing on the skarre bank", group="sk-grandfathers", time=None)]),
          S("Ein Kapitän aus Kesselwik schrieb uns: „Wenn Kesselwik das hinnimmt, fischen wir bald nur noch im Hafenbecken.“", "quote")),
        P(S("Kommt am Sonntag um 14 Uhr zur Mahnwache vor der sorvländischen Botschaft!", "opinion"),
          S("Teilt diesen Beitrag, bevor ihn die Zensoren löschen!", "opinion")),
    ],
    "extra": '<p class="support">Der Vaterlandsbote lebt von Ihrer Spende – schon 5 Euro helfen!</p>',
    "removed": ["Der Vaterlandsbote lebt von Ihrer Spende", "schon 5 Euro helfen"],
}

ARTICLES = [BRF, NORTHGATE, FEEDWISE, BLOG]

REWRITES = [["dev19/skarre-northgate.txt", "dev19/news.jsonl#fw-0509-1120"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Feedwise item of dev19/news.jsonl (the file is written by the cartel module)."""
    return {"id": "fw-0509-1120", "url": "https://feedwise.example/world/brevonian-trawler-seized-1120",
            "title": FEEDWISE["blocks"][0]["sentences"][0]["text"], "text": text_without_headline(FEEDWISE),
            "publisher": FEEDWISE["publisher"], "published": FEEDWISE["published"], "language": "en", "section": "World"}


def files():
    return {
        "skarre-brf.html": (render_html(BRF, BRF_SITE), False),
        "skarre-northgate.txt": (render_txt(NORTHGATE), False),
        "vaterlandsbote.rss": (render_rss(CHANNEL, [(BLOG, "vb-2035-05-10-skarre",
                                                     "https://vaterlandsbote.example/2035/05/10/piraten-ueberfall", BLOG["extra"])]), False),
    }
