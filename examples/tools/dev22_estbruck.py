"""dev22 story 4: on Saturday, 8 October 2039, tenants march through Estbruck, the capital of Norbanien, against rising rents
(38 percent since 2034 by the organisers' figure). The police count about 9,000 marchers, the organising Mietenbündnis
Estbruck 25,000. The alliance says the police kettled some 300 peaceful marchers at the Marktbrücke for four hours; the police
deny it and say about 80 people were held for 40 minutes after bottles were thrown at officers, seven of whom were slightly
hurt; the alliance denies that bottles came from the march. Twelve people are arrested.

A German public broadcaster (HTML: rival counts, two charges and two denials, counter-figures, a prediction), an English
wire report (a DE–EN pair with the broadcaster in own words, km and miles), a German right-wing blog (RSS) that omits the
alliance's denial and states the bottles as fact, and a German left-wing blog (RSS) that omits the police's denial and states
the kettle as fact. Invented by the Parallax team: country, city, alliance, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-estbruck-rents"
EV = "ev-estbruck-rent-march"
STORY = {"id": SID, "label": "March against rising rents in Estbruck; a quarrel over a police kettle and thrown bottles",
         "events": [{"id": EV, "label": "Tenants march through Estbruck; rival counts; the alliance accuses the police of a kettle, the police accuse marchers of throwing bottles (8–9 October 2039)"}]}

MB = "mietenbündnis estbruck"
MARCH = "estbruck rent march"
KETTLED = "marchers held by police at the marktbrücke"
KTIME = "time marchers were held by police at the marktbrücke"
SAT = T("2039-10-08", "2039-10-08")
KETTLE = ("police", "kettled", "peaceful marchers at the marktbrücke")
BOTTLES = ("marchers", "attacked", "police officers with bottles")

GROUPS = [
    {"id": "er-count", "story": SID, "status": "conflicting",
     "why": "About 9,000 by the police's count (NRF, Tidewire, Landwacht) against 25,000 by the alliance's (NRF, Tidewire; Landwacht hedged) and Linksdrall's 'Zehntausende': rival counts of one march ('Tausende' allows either)."},
    {"id": "er-route", "story": SID, "status": "agreed", "why": "A route of 4.5 kilometres (NRF, Tidewire with 2.8 miles)."},
    {"id": "er-rents", "story": SID, "status": "agreed", "why": "Rents up 38 percent since 2034 (NRF, Tidewire, Linksdrall)."},
    {"id": "er-kettle", "story": SID, "status": "disputed",
     "why": "The alliance says the police kettled peaceful marchers (NRF, Tidewire); Linksdrall states it as fact; the police deny it (NRF, Tidewire); Linksdrall omits the denial."},
    {"id": "er-kettled", "story": SID, "status": "disputed",
     "why": "Some 300 held by the alliance's account (NRF, Tidewire; Linksdrall as fact) against about 80 by the police's in their denial (NRF hedged, Tidewire)."},
    {"id": "er-ktime", "story": SID, "status": "disputed",
     "why": "Four hours by the alliance's account (NRF, Tidewire; Linksdrall as fact) against 40 minutes by the police's in their denial (NRF hedged, Tidewire)."},
    {"id": "er-bottles", "story": SID, "status": "disputed",
     "why": "The police say bottles were thrown at officers from the march (NRF hedged, Tidewire; Linksdrall hedged); Landwacht states it as fact; the alliance denies it (NRF, Tidewire); Landwacht omits the denial."},
    {"id": "er-officers", "story": SID, "status": "agreed", "why": "Seven officers slightly hurt, say the police (NRF hedged, Tidewire, Landwacht)."},
    {"id": "er-arrests", "story": SID, "status": "compatible",
     "why": "Nine arrested at the Marktbrücke and three more at the Rathausplatz (NRF): parts that add up to Tidewire's twelve."},
    {"id": "er-share", "story": SID, "status": "agreed", "why": "Tenants spend almost a third of their income on rent, by the statistics office (NRF, Tidewire)."},
    {"id": "er-stadium", "story": SID, "status": "single-source", "why": "Only Linksdrall: the stadium cost 220 million euros (a digression)."},
]

# ------------------------------------------------------------------ NRF (de public broadcaster, HTML; Saturday evening)

NRF_SITE = {
    "nav": ["Nachrichten", "Norbanien", "Estbruck", "Welt", "Wirtschaft", "Mediathek", "Wetter"],
    "cookie": "Der Norbanische Rundfunk verwendet Cookies zur Reichweitenmessung. Einstellungen können Sie jederzeit ändern.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Stand: 08.10.2039, 19:30 Uhr",
    "share": "Teilen · Drucken",
    "ad": "NRF Aktuell – täglich um 20 Uhr",
    "related_title": "Mehr zum Thema",
    "related": ["Video: Der Demonstrationszug in 90 Sekunden", "Mietspiegel: 5 Fakten zum Wohnen in Estbruck",
                "Podcast: Wem gehört die Stadt? (34 Min.)"],
    "footer": "© Norbanischer Rundfunk 2039 · Impressum · Datenschutz · Barrierefreiheit",
    "inline": '<div class="teaser">Hintergrund: Warum die Mieten in Estbruck steigen</div>',
    "inline_at": 2,
}

NRF = {
    "input": "dev22/estbruck-nrf.html", "story": SID, "event": EV,
    "publisher": "Norbanischer Rundfunk", "published": "2039-10-08T19:30:00+02:00",
    "language": "de", "authors": ["Ole Brandvik"], "sensational": False,
    "blocks": [
        H("Tausende demonstrieren in Estbruck gegen hohe Mieten",
          claims=[Q("Tausende", 2000, "person", None, "at-least", subject=MARCH, group="er-count", time=SAT)]),
        P(S("ESTBRUCK (NRF) – Gegen steigende Mieten sind am Samstag in der Hauptstadt nach Polizeiangaben rund 9.000 Menschen auf die Straße gegangen.",
            claims=[Q("rund 9.000 Menschen", 9000, "person", None, "about", subject=MARCH, source="police", group="er-count", time=SAT)]),
          S("Das Mietenbündnis Estbruck sprach von 25.000 Teilnehmern.",
            claims=[Q("25.000 Teilnehmern", 25000, "person", None, subject=MARCH, source=MB, group="er-count", time=SAT)]),
          S("Der Zug führte über 4,5 Kilometer vom Nordbahnhof zum Rathausplatz.",
            claims=[Q("über 4,5 Kilometer", 4.5, "kilometre", "distance", subject="route of the estbruck rent march", group="er-route", time=SAT)]),
          S("Nach Angaben des Bündnisses sind die Mieten in Estbruck seit 2034 um 38 Prozent gestiegen.",
            claims=[Q("um 38 Prozent", 38, "percent", "increase", subject="rents in estbruck", source=MB, group="er-rents", time=None)]),
          S("Laut Statistikamt geben Mieterhaushalte im Schnitt fast ein Drittel ihres Einkommens für die Miete aus.",
            claims=[Q("fast ein Drittel", 33.3, "percent", None, "about", subject="share of income estbruck tenants spend on rent", source="statistics office", group="er-share", time=None)])),
        P(S("Das Bündnis wirft der Polizei vor, an der Marktbrücke rund 300 friedliche Demonstranten vier Stunden lang eingekesselt zu haben.",
            claims=[ST("wirft der Polizei vor, an der Marktbrücke rund 300 friedliche Demonstranten vier Stunden lang eingekesselt zu haben", *KETTLE, "er-kettle", source=MB),
                    Q("rund 300 friedliche Demonstranten", 300, "person", None, "about", subject=KETTLED, source=MB, group="er-kettled", time=SAT),
                    Q("vier Stunden", 4, "hour", "duration", subject=KTIME, source=MB, group="er-ktime", time=None)]),
          S("Die Polizei bestreitet das.",
            claims=[ST("Die Polizei bestreitet das", *KETTLE, "er-kettle", source="police", denial=True)]),
          S("Es seien nur etwa 80 Personen für 40 Minuten festgehalten worden, nachdem aus der Gruppe Flaschen auf Beamte geworfen worden seien.",
            claims=[Q("etwa 80 Personen", 80, "person", None, "about", subject=KETTLED, source="police", hedged=True, group="er-kettled", time=SAT),
                    Q("40 Minuten", 40, "minute", "duration", subject=KTIME, source="police", hedged=True, group="er-ktime", time=None),
                    ST("nachdem aus der Gruppe Flaschen auf Beamte geworfen worden seien", *BOTTLES, "er-bottles", source="police", hedged=True)]),
          S("Sieben Polizisten seien leicht verletzt worden.",
            claims=[Q("Sieben Polizisten", 7, "person", "wounded", subject=MARCH, source="police", hedged=True, group="er-officers", time=SAT)])),
        P(S("Das Bündnis weist den Vorwurf der Flaschenwürfe zurück.",
            claims=[ST("Das Bündnis weist den Vorwurf der Flaschenwürfe zurück", *BOTTLES, "er-bottles", source=MB, denial=True)]),
          S("„Wer Miete zahlt, wirft keine Flaschen“, sagte Sprecherin Mira Solberg.", "quote"),
          S("Neun Menschen wurden an der Marktbrücke festgenommen, drei weitere am Rathausplatz.",
            claims=[Q("Neun Menschen", 9, "person", "arrested", subject=MARCH, group="er-arrests", time=SAT),
                    Q("drei weitere", 3, "person", "arrested", subject=MARCH, group="er-arrests", time=SAT)]),
          S("Der Streit um die Mieten dürfte den Wahlkampf im Frühjahr bestimmen.", "opinion")),
    ],
    "removed": ["Der Norbanische Rundfunk verwendet Cookies", "Stand: 08.10.2039, 19:30 Uhr", "täglich um 20 Uhr",
                "in 90 Sekunden", "5 Fakten zum Wohnen in Estbruck", "(34 Min.)", "Warum die Mieten in Estbruck steigen",
                "© Norbanischer Rundfunk 2039"],
}

# ------------------------------------------------------------------ Tidewire (en wire; Saturday evening)

TIDE = {
    "input": "dev22/estbruck-tidewire.txt", "story": SID, "event": EV,
    "publisher": "Tidewire", "published": "2039-10-08T20:45:00+02:00",
    "language": "en", "authors": ["Corin Abernethy"], "sensational": False,
    "pre": ["TIDEWIRE", "8 October 2039 · 20:45 CEST", "By Corin Abernethy"],
    "blocks": [
        H("Thousands march in Norbanian capital over rents",
          claims=[Q("Thousands", 2000, "person", None, "at-least", subject=MARCH, group="er-count", time=SAT)]),
        P(S("ESTBRUCK, Norbania – About 9,000 people marched through Estbruck on Saturday to protest against rising rents, police said, while organisers put the turnout at 25,000.",
            claims=[Q("About 9,000 people", 9000, "person", None, "about", subject=MARCH, source="police", group="er-count", time=SAT),
                    Q("25,000", 25000, "person", None, subject=MARCH, source="organisers", group="er-count", time=SAT)]),
          S("The 4.5 km (2.8 miles) route ran from the north station to city hall.",
            claims=[Q("4.5 km", 4.5, "kilometre", "distance", subject="route of the estbruck rent march", group="er-route", time=SAT),
                    Q("2.8 miles", 2.8, "mile", "distance", subject="route of the estbruck rent march", group="er-route", time=SAT)]),
          S("Rents in the capital have risen 38% since 2034, according to the Estbruck Rent Alliance, which organised the march.",
            claims=[Q("38%", 38, "percent", "increase", subject="rents in estbruck", source=MB, group="er-rents", time=None)]),
          S("Tenant households spend almost a third of their income on rent, the statistics office says.",
            claims=[Q("almost a third", 33.3, "percent", None, "about", subject="share of income estbruck tenants spend on rent", source="statistics office", group="er-share", time=None)])),
        P(S("The alliance accused police of holding some 300 peaceful marchers in a kettle for four hours.",
            claims=[ST("accused police of holding some 300 peaceful marchers in a kettle for four hours", *KETTLE, "er-kettle", source=MB),
                    Q("some 300 peaceful marchers", 300, "person", None, "about", subject=KETTLED, source=MB, group="er-kettled", time=SAT),
                    Q("four hours", 4, "hour", "duration", subject=KTIME, source=MB, group="er-ktime", time=None)]),
          S("Police denied this and said about 80 people had been held for 40 minutes after bottles were thrown at officers, seven of whom were slightly hurt.",
            claims=[ST("Police denied this", *KETTLE, "er-kettle", source="police", denial=True),
                    Q("about 80 people", 80, "person", None, "about", subject=KETTLED, source="police", group="er-kettled", time=SAT),
                    Q("40 minutes", 40, "minute", "duration", subject=KTIME, source="police", group="er-ktime", time=None),
                    ST("bottles were thrown at officers", *BOTTLES, "er-bottles", source="police"),
                    Q("seven of whom", 7, "person", "wounded", subject=MARCH, source="police", group="er-officers", time=SAT)]),
          S("The alliance rejected the claim about bottles.",
            claims=[ST("The alliance rejected the claim about bottles", *BOTTLES, "er-bottles", source=MB, denial=True)]),
          S("Twelve people were arrested.",
            claims=[Q("Twelve people", 12, "person", "arrested", subject=MARCH, group="er-arrests", time=SAT)])),
    ],
    "post": ["(Reporting by Corin Abernethy; editing by Mabel Strand)", "", "© 2039 Tidewire. All rights reserved."],
    "removed": ["8 October 2039 · 20:45 CEST", "By Corin Abernethy", "Reporting by Corin Abernethy", "editing by Mabel Strand",
                "© 2039 Tidewire"],
}

# ------------------------------------------------------------------ Landwacht (de right-wing blog, RSS; Sunday; omits the alliance's denial)

LW_CHANNEL = {"title": "Landwacht – Stimme der schweigenden Mehrheit", "link": "https://landwacht.example/",
              "description": "Was andere verschweigen", "language": "de"}

LW = {
    "input": "dev22/landwacht.rss#lw-2039-10-09-estbruck", "story": SID, "event": EV,
    "publisher": "Landwacht", "published": "2039-10-09T08:00:00+02:00",
    "language": "de", "authors": ["Reinhold Starck"], "sensational": True,
    "blocks": [
        H("Linker Mob in Estbruck: Flaschen auf Polizisten!",
          claims=[ST("Flaschen auf Polizisten", *BOTTLES, "er-bottles")],
          loaded=[L("Linker Mob", "demonising")]),
        P(S("Gerade einmal 9.000 Leute zählte die Polizei am Samstag in Estbruck – von den angeblich 25.000 keine Spur.",
            claims=[Q("Gerade einmal 9.000 Leute", 9000, "person", None, subject=MARCH, source="police", group="er-count", time=SAT),
                    Q("angeblich 25.000", 25000, "person", None, subject=MARCH, hedged=True, group="er-count", time=SAT)]),
          S("Aus dem Zug flogen Flaschen auf unsere Beamten, sieben Polizisten wurden verletzt.",
            claims=[ST("Aus dem Zug flogen Flaschen auf unsere Beamten", *BOTTLES, "er-bottles"),
                    Q("sieben Polizisten", 7, "person", "wounded", subject=MARCH, group="er-officers", time=SAT)]),
          S("Und das Bündnis jammert über Polizeigewalt gegen „friedliche Demonstranten“.",
            loaded=[L("jammert", "belittling"), L("„friedliche Demonstranten“", "euphemism", "distancing")])),
        P(S("Wer Flaschen auf Polizisten wirft, hat kein Mitleid verdient.", "opinion"),
          S("Die Regierung muss diese Chaoten endlich hart anfassen!", "opinion", loaded=[L("Chaoten", "demonising")])),
    ],
    "extra": '<p class="share">Teilen: Telegram · E-Mail</p>\n<p class="donate">Unterstützen Sie die Landwacht – schon ab 5 Euro</p>',
    "removed": ["Teilen: Telegram · E-Mail", "Unterstützen Sie die Landwacht", "schon ab 5 Euro"],
}

# ------------------------------------------------------------------ Linksdrall (de left-wing blog, RSS; Sunday; omits the police's denial)

LD_CHANNEL = {"title": "Linksdrall", "link": "https://linksdrall.example/",
              "description": "Von unten. Gegen oben.", "language": "de"}

LD = {
    "input": "dev22/linksdrall.rss#ld-2039-10-09-kessel", "story": SID, "event": EV,
    "publisher": "Linksdrall", "published": "2039-10-09T11:30:00+02:00",
    "language": "de", "authors": ["Nele Haskamp"], "sensational": True,
    "blocks": [
        H("Polizeiwillkür an der Marktbrücke: 300 Mieter vier Stunden eingekesselt",
          claims=[ST("300 Mieter vier Stunden eingekesselt", *KETTLE, "er-kettle"),
                  Q("300 Mieter", 300, "person", None, subject=KETTLED, group="er-kettled", time=SAT),
                  Q("vier Stunden", 4, "hour", "duration", subject=KTIME, group="er-ktime", time=None)],
          loaded=[L("Polizeiwillkür", "demonising")]),
        P(S("Zehntausende haben am Samstag in Estbruck gegen den Mietenwahnsinn demonstriert.",
            claims=[Q("Zehntausende", 20000, "person", None, "at-least", subject=MARCH, group="er-count", time=SAT)],
            loaded=[L("Mietenwahnsinn", "alarmist")]),
          S("Die Mieten sind seit 2034 um 38 Prozent gestiegen.",
            claims=[Q("um 38 Prozent", 38, "percent", "increase", subject="rents in estbruck", group="er-rents", time=None)]),
          S("An der Marktbrücke kesselte die Polizei rund 300 friedliche Demonstrierende vier Stunden lang ein, ohne Wasser und ohne Toiletten.",
            claims=[ST("An der Marktbrücke kesselte die Polizei rund 300 friedliche Demonstrierende vier Stunden lang ein", *KETTLE, "er-kettle"),
                    Q("rund 300 friedliche Demonstrierende", 300, "person", None, "about", subject=KETTLED, group="er-kettled", time=SAT),
                    Q("vier Stunden", 4, "hour", "duration", subject=KTIME, group="er-ktime", time=None)])),
        P(S("Die Polizei redet von „Flaschenwürfen“, Beweise hat sie keine vorgelegt.",
            claims=[ST("Die Polizei redet von „Flaschenwürfen“", *BOTTLES, "er-bottles", source="police", hedged=True)],
            loaded=[L("„Flaschenwürfen“", "propaganda", "distancing")]),
          S("Übrigens: Der Bau des neuen Stadions kostete die Stadt 220 Millionen Euro – für Sozialwohnungen ist angeblich kein Geld da.", "opinion",
            claims=[Q("220 Millionen Euro", 220000000, "eur", "cost", subject="new stadium in estbruck", group="er-stadium", time=None)]),
          S("Kommt alle zur nächsten Demo am 22. Oktober!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Signal</p>\n<p class="abo">Linksdrall unterstützen – 3 Euro im Monat</p>',
    "removed": ["Teilen: Mastodon · Signal", "Linksdrall unterstützen", "3 Euro im Monat"],
}

ARTICLES = [NRF, TIDE, LW, LD]

REWRITES = []


def files():
    return {
        "estbruck-nrf.html": (render_html(NRF, NRF_SITE), False),
        "estbruck-tidewire.txt": (render_txt(TIDE), False),
        "landwacht.rss": (render_rss(LW_CHANNEL, [(LW, "lw-2039-10-09-estbruck",
                                                   "https://landwacht.example/2039/10/09/linker-mob", LW["extra"])]), False),
        "linksdrall.rss": (render_rss(LD_CHANNEL, [(LD, "ld-2039-10-09-kessel",
                                                    "https://linksdrall.example/2039/10/09/kessel", LD["extra"])]), False),
    }
