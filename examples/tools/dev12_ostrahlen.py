"""dev12 story 1: an explosion tears through the fireworks maker Brannholt Pyrotechnik in Ostrahlen (Kreis Wemmingen,
Aldenland) on Thursday afternoon, 11 May 2028; five days later prosecutors raid the company (16 May 2028).

A German agency report (dateline block) with two rewrites (the district paper's HTML page and an aggregator's JSON Lines
item with `text`), an English broadcaster's Atom entry from the night of the blast (own words: a DE–EN pair with the
agency), a tabloid that states the union's overstock allegation as fact and omits the company's denial, and an English
wire report on the raid (the second event, with the final toll). Invented by the Parallax team: country, towns, company,
union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline, content_blocks

SID = "st-ostrahlen-explosion"
EV1 = "ev-ostrahlen-blast"
EV2 = "ev-brannholt-raid"
STORY = {"id": SID, "label": "Explosion at the Brannholt fireworks factory in Ostrahlen",
         "events": [{"id": EV1, "label": "An explosion at the Brannholt fireworks factory in Ostrahlen kills workers and injures 19 (11 May 2028)"},
                    {"id": EV2, "label": "Prosecutors raid Brannholt Pyrotechnik and detain its production manager (16 May 2028)"}]}

POL = "police"
CO = "brannholt"
GCB = "gcb"
PROS = "prosecutors"
FASS = "ulrich fassnacht"
BLAST = "explosion"
THU = T("2028-05-11", "2028-05-11")
FRI = T("2028-05-12", "2028-05-12")
TUE = T("2028-05-16", "2028-05-16")

GROUPS = [
    {"id": "os-killed", "story": SID, "status": "compatible",
     "why": "Two dead on Thursday (KPA, Anzeiger, Nachrichtenpunkt, KRACHER; Northgate's 'at least two', its 21 dead or injured), three after the missing worker's body was found on Friday (Lodestar): an earlier toll."},
    {"id": "os-missing", "story": SID, "status": "agreed",
     "why": "KPA, Anzeiger, Nachrichtenpunkt, Northgate and KRACHER: one worker missing on Thursday."},
    {"id": "os-injured", "story": SID, "status": "conflicting",
     "why": "19 injured (police via KPA, Anzeiger, Nachrichtenpunkt, Lodestar; Northgate's 'nearly 20') cannot be KRACHER's 'mehr als 30' the next morning."},
    {"id": "os-injured-serious", "story": SID, "status": "agreed",
     "why": "KPA, Anzeiger, Northgate and Lodestar: four of the injured seriously."},
    {"id": "os-window-distance", "story": SID, "status": "agreed",
     "why": "Windows broken up to two kilometres away (KPA), at two kilometres (Anzeiger), up to 1.2 miles (2 km) (Northgate)."},
    {"id": "os-rattle-distance", "story": SID, "status": "single-source",
     "why": "Only KRACHER: panes still rattled three kilometres away — rattling, not breaking, so no rival of the two kilometres."},
    {"id": "os-evacuated", "story": SID, "status": "agreed",
     "why": "About 1,200 residents evacuated in KPA, Anzeiger, Nachrichtenpunkt and Northgate."},
    {"id": "os-evac-radius", "story": SID, "status": "agreed",
     "why": "A radius of 800 metres (KPA, Anzeiger) and half a mile (800 metres) (Northgate)."},
    {"id": "os-rescuers", "story": SID, "status": "agreed",
     "why": "About 350 emergency workers in KPA, Anzeiger and Northgate (fire chief Fassnacht)."},
    {"id": "os-staff", "story": SID, "status": "agreed",
     "why": "KPA, Anzeiger and Northgate: Brannholt employs 140 people in Ostrahlen."},
    {"id": "os-stored", "story": SID, "status": "disputed",
     "why": "About 45 tonnes stored (union via KPA and Anzeiger, KRACHER as its own information, investigators via Lodestar) against the company's about 17 tonnes (KPA, Anzeiger, Lodestar)."},
    {"id": "os-permit", "story": SID, "status": "agreed",
     "why": "The permit allows at most 20 tonnes (union via KPA and Anzeiger; prosecutors via Lodestar)."},
    {"id": "os-overstock", "story": SID, "status": "disputed",
     "why": "The union (KPA, Anzeiger, Nachrichtenpunkt, Northgate), KRACHER (as fact) and the investigators (Lodestar) say more was stored than allowed; Brannholt denies it (KPA, Anzeiger, Nachrichtenpunkt, Northgate, Lodestar); KRACHER omits the denial."},
    {"id": "os-probe", "story": SID, "status": "agreed",
     "why": "KPA, Anzeiger and Northgate: prosecutors opened an investigation."},
    {"id": "os-damage", "story": SID, "status": "compatible",
     "why": "More than 20 million euros (insurers via the Anzeiger) beside around €25 million (insurers via Lodestar): a looser bound."},
    {"id": "os-raid-sites", "story": SID, "status": "single-source", "why": "Only Lodestar: six properties searched."},
    {"id": "os-arrest", "story": SID, "status": "single-source", "why": "Only Lodestar: the production manager detained."},
    {"id": "os-displaced", "story": SID, "status": "single-source", "why": "Only Lodestar: about 40 residents still away from damaged homes."},
    {"id": "os-1994", "story": SID, "status": "single-source", "why": "Only Lodestar recalls the 1994 blast near Hollweide that killed seven."},
]

# ------------------------------------------------------------------ KPA (de agency report, dateline block)

KPA = {
    "input": "dev12/ostrahlen-kpa.txt", "story": SID, "event": EV1,
    "publisher": "KPA Kontinentale Presseagentur", "published": "2028-05-11T18:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["KPA Kontinentale Presseagentur", "Donnerstag, 11.05.2028, 18:30 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Explosion in Feuerwerksfabrik: Zwei Tote in Ostrahlen",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=BLAST, group="os-killed", time=THU)]),
        P(S("In einer Feuerwerksfabrik in Ostrahlen (Kreis Wemmingen) hat sich am Donnerstagnachmittag eine schwere Explosion ereignet."),
          S("Zwei Mitarbeiter kamen ums Leben, ein weiterer wird noch vermisst, wie die Polizei am Abend mitteilte.",
            claims=[Q("Zwei Mitarbeiter kamen ums Leben", 2, "worker", "killed", subject=BLAST, source=POL, group="os-killed", time=THU),
                    Q("ein weiterer wird noch vermisst", 1, "worker", "missing", subject=BLAST, source=POL, group="os-missing", time=THU)]),
          S("Nach Angaben der Polizei wurden 19 Menschen verletzt, vier von ihnen schwer.",
            claims=[Q("19 Menschen verletzt", 19, "person", "wounded", subject=BLAST, source=POL, group="os-injured", time=THU),
                    Q("vier von ihnen schwer", 4, "person", "wounded", subject=BLAST, source=POL, group="os-injured-serious", time=THU)])),
        P(S("Die Detonation ereignete sich gegen 14.20 Uhr in einer Lagerhalle auf dem Werksgelände an der Industriestraße 12."),
          S("Die Druckwelle ließ Fensterscheiben bis in zwei Kilometer Entfernung zerbersten.",
            claims=[Q("bis in zwei Kilometer Entfernung", 2, "kilometre", "distance", "up-to", subject=BLAST, group="os-window-distance", time=THU)]),
          S("Rund 1.200 Anwohnerinnen und Anwohner im Umkreis von 800 Metern mussten ihre Häuser verlassen.",
            claims=[Q("Rund 1.200 Anwohnerinnen und Anwohner", 1200, "person", "evacuated", "about", subject=BLAST, group="os-evacuated", time=THU),
                    Q("im Umkreis von 800 Metern", 800, "metre", "size", subject=BLAST, group="os-evac-radius", time=THU)])),
        P(S("Nach Angaben von Kreisbrandmeister Ulrich Fassnacht waren rund 350 Einsatzkräfte vor Ort.",
            claims=[Q("rund 350 Einsatzkräfte", 350, "person", "deployed", "about", subject=BLAST, source=FASS, group="os-rescuers", time=THU)]),
          S("Der Brand in der Halle war am frühen Abend unter Kontrolle.")),
        P(S("Die Firma Brannholt Pyrotechnik beschäftigt in Ostrahlen 140 Menschen und stellt seit 1961 Feuerwerkskörper her.",
            claims=[Q("beschäftigt in Ostrahlen 140 Menschen", 140, "worker", "employed", subject=CO, group="os-staff", time=None)])),
        P(S("Die Gewerkschaft Chemie und Bergbau (GCB) erhob schwere Vorwürfe gegen das Unternehmen."),
          S("In der Halle seien rund 45 Tonnen Feuerwerkskörper gelagert gewesen, mehr als doppelt so viel wie genehmigt.",
            claims=[Q("rund 45 Tonnen Feuerwerkskörper", 45, "tonne", None, "about", subject=CO, source=GCB, hedged=True, group="os-stored", time=THU),
                    ST("In der Halle seien rund 45 Tonnen Feuerwerkskörper gelagert gewesen, mehr als doppelt so viel wie genehmigt",
                       CO, "stored more than permitted", "fireworks", "os-overstock", source=GCB, hedged=True)]),
          S("Die Genehmigung erlaube höchstens 20 Tonnen.",
            claims=[Q("höchstens 20 Tonnen", 20, "tonne", "size", "up-to", subject=CO, source=GCB, hedged=True, group="os-permit", time=None)])),
        P(S("Das Unternehmen wies die Darstellung zurück: In der Halle hätten sich am Donnerstag etwa 17 Tonnen befunden, weniger als erlaubt.",
            claims=[ST("Das Unternehmen wies die Darstellung zurück", CO, "stored more than permitted", "fireworks", "os-overstock", source=CO, denial=True),
                    Q("etwa 17 Tonnen", 17, "tonne", None, "about", subject=CO, source=CO, hedged=True, group="os-stored", time=THU)]),
          S("Die Staatsanwaltschaft Wemmingen hat ein Ermittlungsverfahren eingeleitet.",
            claims=[ST("Die Staatsanwaltschaft Wemmingen hat ein Ermittlungsverfahren eingeleitet", PROS, "investigated", "explosion", "os-probe")])),
    ],
    "post": ["kpa/wm/ps 111830 Mai 28", "", "Themen: Explosion · Ostrahlen · Arbeitsschutz",
             "© KPA Kontinentale Presseagentur. Nachdruck nur mit Genehmigung."],
    "removed": ["Donnerstag, 11.05.2028, 18:30 Uhr", "Ressort: Panorama", "kpa/wm/ps 111830 Mai 28",
                "Themen: Explosion · Ostrahlen · Arbeitsschutz", "Nachdruck nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Wemminger Anzeiger (de, HTML; rewrite of KPA)

WA_SITE = {
    "nav": ["Wemmingen", "Ostrahlen", "Polizeibericht", "Wirtschaft", "Sport", "Traueranzeigen", "E-Paper"],
    "cookie": "Diese Website nutzt Cookies und vergleichbare Technologien. Mit „Akzeptieren“ stimmen Sie der Verarbeitung zu.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "Donnerstag, 11. Mai 2028, 20:15 Uhr",
    "share": "Teilen · Drucken · Kommentieren (57)",
    "ad": "Anzeige: Glaserei Hünecke – Glasbruch? 24-Stunden-Notdienst, Tel. 07731 / 62 18 40",
    "related_title": "Mehr aus der Region",
    "related": ["Maifest in Brüggeln: 3.000 Besucher erwartet", "Kreisstraße K 21 ab Montag gesperrt",
                "So verhalten Sie sich bei einer Warnung über die Sirene"],
    "footer": "© Wemminger Anzeiger 2028 · Impressum · Datenschutz · Abo-Service 07731 / 9 44 00",
    "inline": '<div class="teaser"><strong>Fotostrecke:</strong> <a href="/galerie/explosion-ostrahlen">Die Explosion in 24 Bildern</a></div>',
    "inline_at": 3,
    "after": '<p class="source">Mit Material von KPA</p>\n<p class="tags">Schlagworte: Ostrahlen · Brannholt · Explosion · Feuerwehr</p>',
}

WA = {
    "input": "dev12/ostrahlen-anzeiger.html", "story": SID, "event": EV1,
    "publisher": "Wemminger Anzeiger", "published": "2028-05-11T20:15:00+02:00",
    "language": "de", "authors": ["Lea Korthals"], "sensational": False,
    "blocks": [
        H("Zwei Tote bei Explosion in Ostrahlener Feuerwerksfabrik",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=BLAST, group="os-killed", time=THU)]),
        P(S("Bei einer Explosion in der Feuerwerksfabrik Brannholt in Ostrahlen sind am Donnerstagnachmittag zwei Mitarbeiter ums Leben gekommen.",
            claims=[Q("zwei Mitarbeiter ums Leben gekommen", 2, "worker", "killed", subject=BLAST, group="os-killed", time=THU)]),
          S("Ein weiterer Beschäftigter wird nach Polizeiangaben noch vermisst.",
            claims=[Q("Ein weiterer Beschäftigter wird nach Polizeiangaben noch vermisst", 1, "worker", "missing", subject=BLAST, source=POL, group="os-missing", time=THU)])),
        P(S("19 Menschen erlitten Verletzungen, vier davon schwere, teilte die Polizei mit.",
            claims=[Q("19 Menschen erlitten Verletzungen", 19, "person", "wounded", subject=BLAST, source=POL, group="os-injured", time=THU),
                    Q("vier davon schwere", 4, "person", "wounded", subject=BLAST, source=POL, group="os-injured-serious", time=THU)]),
          S("Das Unternehmen sprach in einer ersten Mitteilung von einer „Verpuffung“.",
            loaded=[L("Verpuffung", "euphemism", "reported")])),
        P(S("Die Wucht der Explosion war enorm: Noch in zwei Kilometern Entfernung gingen Fenster zu Bruch.",
            claims=[Q("in zwei Kilometern Entfernung", 2, "kilometre", "distance", subject=BLAST, group="os-window-distance", time=THU)]),
          S("Etwa 1.200 Menschen aus dem Umkreis von 800 Metern wurden in Sicherheit gebracht.",
            claims=[Q("Etwa 1.200 Menschen", 1200, "person", "evacuated", "about", subject=BLAST, group="os-evacuated", time=THU),
                    Q("Umkreis von 800 Metern", 800, "metre", "size", subject=BLAST, group="os-evac-radius", time=THU)])),
        P(S("„Es hat geknallt, als wäre eine Bombe eingeschlagen“, sagte Bürgermeisterin Dagmar Söllner.", "quote"),
          S("„Unsere Gedanken sind jetzt bei den Familien.“", "quote")),
        P(S("Rund 350 Einsatzkräfte von Feuerwehr, Rettungsdienst und Polizei waren laut Kreisbrandmeister Ulrich Fassnacht im Einsatz.",
            claims=[Q("Rund 350 Einsatzkräfte", 350, "person", "deployed", "about", subject=BLAST, source=FASS, group="os-rescuers", time=THU)]),
          S("Am Abend durften die ersten Anwohner in ihre Wohnungen zurück."),
          S("Den Sachschaden schätzen Versicherer auf mehr als 20 Millionen Euro.",
            claims=[Q("mehr als 20 Millionen Euro", 20000000, "eur", "cost", "more-than", subject=BLAST, source="insurers", group="os-damage", time=THU)])),
        P(S("Die Gewerkschaft GCB wirft Brannholt vor, in der Halle rund 45 Tonnen Feuerwerkskörper gelagert zu haben, obwohl nur 20 Tonnen erlaubt seien.",
            claims=[ST("wirft Brannholt vor, in der Halle rund 45 Tonnen Feuerwerkskörper gelagert zu haben",
                       CO, "stored more than permitted", "fireworks", "os-overstock", source=GCB),
                    Q("rund 45 Tonnen Feuerwerkskörper", 45, "tonne", None, "about", subject=CO, source=GCB, group="os-stored", time=THU),
                    Q("nur 20 Tonnen erlaubt seien", 20, "tonne", "size", "up-to", subject=CO, source=GCB, hedged=True, group="os-permit", time=None)]),
          S("Die Firma bestreitet das und spricht von etwa 17 Tonnen.",
            claims=[ST("Die Firma bestreitet das", CO, "stored more than permitted", "fireworks", "os-overstock", source=CO, denial=True),
                    Q("etwa 17 Tonnen", 17, "tonne", None, "about", subject=CO, source=CO, group="os-stored", time=THU)])),
        P(S("Brannholt beschäftigt 140 Menschen.",
            claims=[Q("Brannholt beschäftigt 140 Menschen", 140, "worker", "employed", subject=CO, group="os-staff", time=None)]),
          S("Die Staatsanwaltschaft ermittelt.",
            claims=[ST("Die Staatsanwaltschaft ermittelt", PROS, "investigated", "explosion", "os-probe")])),
    ],
    "removed": ["Diese Website nutzt Cookies", "Akzeptieren", "Donnerstag, 11. Mai 2028, 20:15 Uhr", "Traueranzeigen", "E-Paper",
                "Kommentieren (57)", "Glaserei Hünecke", "Maifest in Brüggeln: 3.000 Besucher erwartet",
                "Kreisstraße K 21 ab Montag gesperrt", "So verhalten Sie sich bei einer Warnung über die Sirene",
                "© Wemminger Anzeiger 2028", "Die Explosion in 24 Bildern", "Mit Material von KPA",
                "Schlagworte: Ostrahlen · Brannholt · Explosion · Feuerwehr"],
}

# ------------------------------------------------------------------ Nachrichtenpunkt (de aggregator, JSON Lines item with text; rewrite of KPA)

NP = {
    "input": "dev12/news.jsonl#np-2028-0511-4471", "story": SID, "event": EV1,
    "publisher": "Nachrichtenpunkt", "published": "2028-05-11T19:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Ostrahlen: Zwei Tote bei Explosion in Feuerwerksfabrik",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=BLAST, group="os-killed", time=THU)]),
        P(S("In einer Feuerwerksfabrik im Kreis Wemmingen sind bei einer Explosion zwei Menschen getötet worden.",
            claims=[Q("zwei Menschen getötet", 2, "person", "killed", subject=BLAST, group="os-killed", time=THU)]),
          S("Ein Mitarbeiter wird vermisst, 19 weitere Menschen wurden laut Polizei verletzt.",
            claims=[Q("Ein Mitarbeiter wird vermisst", 1, "worker", "missing", subject=BLAST, source=POL, group="os-missing", time=THU),
                    Q("19 weitere Menschen wurden laut Polizei verletzt", 19, "person", "wounded", subject=BLAST, source=POL, group="os-injured", time=THU)])),
        P(S("Rund 1.200 Anwohner mussten vorübergehend ihre Wohnungen verlassen.",
            claims=[Q("Rund 1.200 Anwohner", 1200, "person", "evacuated", "about", subject=BLAST, group="os-evacuated", time=THU)]),
          S("Nach Gewerkschaftsangaben lagerte in der Halle mehr Pyrotechnik als erlaubt, das Unternehmen bestreitet dies.",
            claims=[ST("Nach Gewerkschaftsangaben lagerte in der Halle mehr Pyrotechnik als erlaubt", CO, "stored more than permitted", "fireworks", "os-overstock", source=GCB),
                    ST("das Unternehmen bestreitet dies", CO, "stored more than permitted", "fireworks", "os-overstock", source=CO, denial=True)])),
    ],
    "post": ["Quelle: KPA", "Weitere Meldungen aus dem Ressort Panorama auf nachrichtenpunkt.example",
             "Anzeige: Rauchmelder im 3er-Set – jetzt 40 % günstiger"],
    "removed": ["Quelle: KPA", "Weitere Meldungen aus dem Ressort Panorama", "Rauchmelder im 3er-Set"],
}

# ------------------------------------------------------------------ Northgate Radio News (en broadcaster, Atom entry, Thursday night)

NORTHGATE = {
    "input": "dev12/northgate.atom#tag:northgate.example,2028:news/ostrahlen-blast-5531", "story": SID, "event": EV1,
    "publisher": "Northgate Radio News", "published": "2028-05-11T23:40:00+02:00",
    "language": "en", "authors": ["Callum Reyes-Whitby"], "sensational": False,
    "blocks": [
        H("Two dead, one missing after blast at fireworks factory in Ostrahlen",
          claims=[Q("Two dead", 2, "person", "killed", subject=BLAST, group="os-killed", time=THU),
                  Q("one missing", 1, "person", "missing", subject=BLAST, group="os-missing", time=THU)]),
        P(S("At least two people were killed and one worker is missing after an explosion tore through a fireworks factory in the town of Ostrahlen on Thursday afternoon, police said.",
            claims=[Q("At least two people were killed", 2, "person", "killed", "at-least", subject=BLAST, source=POL, group="os-killed", time=THU),
                    Q("one worker is missing", 1, "worker", "missing", subject=BLAST, source=POL, group="os-missing", time=THU)]),
          S("Nearly 20 people were injured, four of them seriously.",
            claims=[Q("Nearly 20 people were injured", 20, "person", "wounded", "about", subject=BLAST, group="os-injured", time=THU),
                    Q("four of them seriously", 4, "person", "wounded", subject=BLAST, group="os-injured-serious", time=THU)])),
        P(S("The blast shattered windows up to 1.2 miles (2 km) away, and about 1,200 residents living within half a mile (800 metres) of the site were evacuated.",
            claims=[Q("up to 1.2 miles", 1.2, "mile", "distance", "up-to", subject=BLAST, group="os-window-distance", time=THU),
                    Q("2 km", 2, "kilometre", "distance", "up-to", subject=BLAST, group="os-window-distance", time=THU),
                    Q("about 1,200 residents", 1200, "person", "evacuated", "about", subject=BLAST, group="os-evacuated", time=THU),
                    Q("half a mile", 0.5, "mile", "size", subject=BLAST, group="os-evac-radius", time=THU),
                    Q("800 metres", 800, "metre", "size", subject=BLAST, group="os-evac-radius", time=THU)]),
          S("Fire chief Ulrich Fassnacht told Northgate that some 350 firefighters, paramedics and police officers had been deployed.",
            claims=[Q("some 350 firefighters, paramedics and police officers", 350, "person", "deployed", "about", subject=BLAST, source=FASS, group="os-rescuers", time=THU)])),
        P(S("In all, 21 people were killed or injured, according to the district office.",
            claims=[Q("21 people were killed or injured", 21, "person", "killed or wounded", subject=BLAST, source="district office", group="os-killed", time=THU)]),
          S("Brannholt Pyrotechnik, a family firm founded in 1961, employs 140 people in Ostrahlen.",
            claims=[Q("employs 140 people", 140, "worker", "employed", subject=CO, group="os-staff", time=None)])),
        P(S("A union representing the workers alleged that far more fireworks had been stored in the hall than its permit allowed, which the company denied.",
            claims=[ST("A union representing the workers alleged that far more fireworks had been stored in the hall than its permit allowed",
                       CO, "stored more than permitted", "fireworks", "os-overstock", source=GCB, hedged=True),
                    ST("which the company denied", CO, "stored more than permitted", "fireworks", "os-overstock", source=CO, denial=True)]),
          S("Prosecutors have opened an investigation.",
            claims=[ST("Prosecutors have opened an investigation", PROS, "investigated", "explosion", "os-probe")])),
    ],
    "extra": '<p class="listen">Listen: <a href="https://northgate.example/audio/midnight-bulletin-0511">Northgate Midnight Bulletin, 11 May</a></p>',
    "removed": ["Listen:", "Northgate Midnight Bulletin, 11 May"],
}

# ------------------------------------------------------------------ KRACHER (de tabloid, dateline block; omits the denial)

KRACHER = {
    "input": "dev12/ostrahlen-kracher.txt", "story": SID, "event": EV1,
    "publisher": "KRACHER", "published": "2028-05-12T05:30:00+02:00",
    "language": "de", "authors": ["Marco Stieglitz"], "sensational": True,
    "pre": ["KRACHER", "12.05.2028 – 05:30", "Von Marco Stieglitz"],
    "blocks": [
        H("HÖLLEN-KNALL IN OSTRAHLEN! Gier-Firma hortete 45 Tonnen Böller",
          claims=[Q("45 Tonnen Böller", 45, "tonne", None, subject=CO, group="os-stored", time=THU),
                  ST("Gier-Firma hortete 45 Tonnen Böller", CO, "stored more than permitted", "fireworks", "os-overstock")],
          loaded=[L("HÖLLEN-KNALL", "alarmist"), L("Gier-Firma", "demonising")]),
        P(S("Ein ganzes Städtchen steht unter Schock.", "opinion", loaded=[L("Schock", "alarmist")]),
          S("Die gewaltige Todes-Explosion riss am Donnerstag zwei Arbeiter in den Tod, ein dritter Kumpel wird noch immer vermisst.",
            claims=[Q("zwei Arbeiter in den Tod", 2, "worker", "killed", subject=BLAST, group="os-killed", time=THU),
                    Q("ein dritter Kumpel wird noch immer vermisst", 1, "worker", "missing", subject=BLAST, group="os-missing", time=THU)],
            loaded=[L("Todes-Explosion", "alarmist")]),
          S("Mehr als 30 Menschen wurden verletzt!",
            claims=[Q("Mehr als 30 Menschen wurden verletzt", 30, "person", "wounded", "more-than", subject=BLAST, group="os-injured", time=THU)])),
        P(S("Nach KRACHER-Informationen stapelten sich in der Unglückshalle 45 Tonnen Feuerwerk – mehr als doppelt so viel wie erlaubt.",
            claims=[Q("45 Tonnen Feuerwerk", 45, "tonne", None, subject=CO, source="kracher", group="os-stored", time=THU),
                    ST("stapelten sich in der Unglückshalle 45 Tonnen Feuerwerk – mehr als doppelt so viel wie erlaubt",
                       CO, "stored more than permitted", "fireworks", "os-overstock", source="kracher")]),
          S("Die Firma sprach von einer „Verpuffung“ – was für ein Hohn!", "opinion",
            loaded=[L("Verpuffung", "euphemism", "distancing")]),
          S("Die Profitgier der Firmenbosse hat Menschenleben gekostet!", "opinion",
            loaded=[L("Profitgier der Firmenbosse", "demonising")])),
        P(S("Nachbar Günther R. (67) zum KRACHER: „Meine Fenster sind rausgeflogen, das ganze Haus hat gewackelt.“", "quote"),
          S("Selbst in drei Kilometern Entfernung klirrten noch die Scheiben.",
            claims=[Q("in drei Kilometern Entfernung", 3, "kilometre", "distance", subject=BLAST, group="os-rattle-distance", time=THU)])),
        P(S("Und die Behörden?", "opinion"),
          S("Die haben jahrelang weggeschaut!", "opinion"),
          S("KRACHER fordert: Knallhart-Kontrollen für alle Böller-Buden im Land!", "opinion",
            loaded=[L("Böller-Buden", "belittling")])),
    ],
    "post": ["Mehr vom KRACHER:", "- Blaulicht-Ticker: Alle Einsätze der Nacht", "- KRACHER+ jetzt 30 Tage gratis testen",
             "", "#Ostrahlen #Explosion #Brannholt"],
    "removed": ["12.05.2028 – 05:30", "Von Marco Stieglitz", "Mehr vom KRACHER:", "Blaulicht-Ticker: Alle Einsätze der Nacht",
                "30 Tage gratis testen", "#Ostrahlen #Explosion #Brannholt"],
}

# ------------------------------------------------------------------ Lodestar Wire (en, dateline block; the raid)

LODESTAR = {
    "input": "dev12/ostrahlen-lodestar.txt", "story": SID, "event": EV2,
    "publisher": "Lodestar Wire", "published": "2028-05-16T16:50:00+02:00",
    "language": "en", "authors": ["Priya Lindqvist"], "sensational": False,
    "pre": ["LODESTAR WIRE", "May 16, 2028 16:50 CEST", "By Priya Lindqvist"],
    "blocks": [
        H("Prosecutors raid fireworks maker Brannholt after deadly Ostrahlen blast"),
        P(S("Prosecutors searched six properties of fireworks maker Brannholt Pyrotechnik on Tuesday, after last week's explosion at its Ostrahlen plant killed three workers.",
            claims=[Q("six properties", 6, None, None, subject=PROS, group="os-raid-sites", time=TUE),
                    Q("killed three workers", 3, "worker", "killed", subject=BLAST, group="os-killed", time=FRI)]),
          S("The plant's 52-year-old production manager was detained on suspicion of negligent homicide, the Wemmingen prosecutor's office said.",
            claims=[ST("The plant's 52-year-old production manager was detained on suspicion of negligent homicide",
                       PROS, "arrested", "production manager", "os-arrest", source=PROS)])),
        P(S("The body of the missing worker was recovered from the rubble on Friday, bringing the death toll to three.",
            claims=[Q("bringing the death toll to three", 3, "person", "killed", subject=BLAST, group="os-killed", time=FRI)]),
          S("Nineteen people were injured in the blast, four of them seriously, according to police.",
            claims=[Q("Nineteen people were injured", 19, "person", "wounded", subject=BLAST, source=POL, group="os-injured", time=THU),
                    Q("four of them seriously", 4, "person", "wounded", subject=BLAST, source=POL, group="os-injured-serious", time=THU)])),
        P(S("Investigators suspect that about 45 tonnes of fireworks were stored in the hall, more than twice the 20 tonnes allowed by its permit, a spokeswoman for the prosecutor's office said.",
            claims=[ST("Investigators suspect that about 45 tonnes of fireworks were stored in the hall", CO, "stored more than permitted", "fireworks",
                       "os-overstock", source=PROS, hedged=True),
                    Q("about 45 tonnes of fireworks", 45, "tonne", None, "about", subject=CO, source=PROS, hedged=True, group="os-stored", time=THU),
                    Q("the 20 tonnes allowed by its permit", 20, "tonne", "size", "up-to", subject=CO, source=PROS, group="os-permit", time=None)]),
          S("A lawyer for the company denied that, saying stocks had been well below the limit, at around 17 tonnes.",
            claims=[ST("A lawyer for the company denied that", CO, "stored more than permitted", "fireworks", "os-overstock", source=CO, denial=True),
                    Q("around 17 tonnes", 17, "tonne", None, "about", subject=CO, source=CO, group="os-stored", time=THU)])),
        P(S("Insurers estimate the damage at around €25 million.",
            claims=[Q("around €25 million", 25000000, "eur", "cost", "about", subject=BLAST, source="insurers", group="os-damage", time=THU)]),
          S("About 40 residents whose homes were damaged are still staying with relatives or in hotels.",
            claims=[Q("About 40 residents", 40, "person", "displaced", "about", subject=BLAST, group="os-displaced", time=TUE)])),
        P(S("The explosion was the deadliest at a fireworks plant in Aldenland since 1994, when seven people died at a factory near Hollweide.",
            claims=[Q("seven people died", 7, "person", "killed", subject="hollweide explosion", group="os-1994", time=T("1994-01-01", "1994-12-31"))])),
    ],
    "post": ["(Reporting by Priya Lindqvist; editing by Tomas Achterberg)", "", "Copyright 2028 Lodestar Wire. All rights reserved."],
    "removed": ["May 16, 2028 16:50 CEST", "By Priya Lindqvist", "(Reporting by Priya Lindqvist; editing by Tomas Achterberg)",
                "Copyright 2028 Lodestar Wire"],
}

ARTICLES = [KPA, WA, NP, NORTHGATE, KRACHER, LODESTAR]

REWRITES = [["dev12/ostrahlen-kpa.txt", "dev12/ostrahlen-anzeiger.html"],
            ["dev12/ostrahlen-kpa.txt", "dev12/news.jsonl#np-2028-0511-4471"],
            ["dev12/ostrahlen-anzeiger.html", "dev12/news.jsonl#np-2028-0511-4471"]]


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Nachrichtenpunkt item of dev12/news.jsonl (the file is written by the railway module)."""
    return {"id": "np-2028-0511-4471", "url": "https://nachrichtenpunkt.example/panorama/ostrahlen-explosion-4471",
            "title": headline(NP), "text": text_without_headline(NP), "publisher": NP["publisher"],
            "published": NP["published"], "language": "de", "ressort": "Panorama"}


def atom_entry():
    return (NORTHGATE, "tag:northgate.example,2028:news/ostrahlen-blast-5531",
            "https://northgate.example/news/ostrahlen-blast-5531", NORTHGATE["extra"])


def files():
    """Input files of this story (the Northgate feed and news.jsonl are written by other story modules)."""
    return {
        "ostrahlen-kpa.txt": (render_txt(KPA), False),
        "ostrahlen-anzeiger.html": (render_html(WA, WA_SITE), False),
        "ostrahlen-kracher.txt": (render_txt(KRACHER), False),
        "ostrahlen-lodestar.txt": (render_txt(LODESTAR), False),
    }
