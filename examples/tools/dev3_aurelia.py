"""Held-out story 4: the drone strike on the tanker Aurelia Star in the Strait of Coren (20 Oct
2026) and its salvage a week later.

A German wire report and two rewrites of it (one HTML page, one JSON Lines item), a partisan
outlet that omits the accused state's denial, an advertorial (gzip text) and an English wire
report of the salvage (JSON Lines). Invented by the Parallax team: ship, states, people, outlets
and figures are fiction.
"""

import json

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, body_text, headline, content_blocks

SID = "st-aurelia-star"
STORY = {"id": SID, "label": "Drone strike on the tanker Aurelia Star in the Strait of Coren",
         "events": [{"id": "ev-aurelia-strike", "label": "Drone strike on the Aurelia Star kills crew members"},
                    {"id": "ev-aurelia-salvage", "label": "Salvage and tow of the Aurelia Star a week later"}]}

CG = "coren coast guard"
EST = "estmar"
SALO = "henrik salo"
VAL = "valdoria"
CAST = "castellan shipping"
SHIP = "aurelia star"

GROUPS = [
    {"id": "aurelia-killed", "story": SID, "status": "compatible",
     "why": "Three killed on the day of the strike; five a week later when the two missing were found dead (a later figure); 'at least twelve killed or injured' is another measure (3 killed + 9 injured)."},
    {"id": "aurelia-wounded", "story": SID, "status": "agreed",
     "why": "Four articles give nine injured crew members, citing the coast guard."},
    {"id": "aurelia-missing", "story": SID, "status": "conflicting",
     "why": "Two missing (zpd, Hafenkurier, Nachrichten Kompakt, Meridian Wire) against four (Klartext-Bote)."},
    {"id": "aurelia-crew", "story": SID, "status": "agreed",
     "why": "Three articles give a crew of 24."},
    {"id": "aurelia-cargo", "story": SID, "status": "agreed",
     "why": "Three articles give about 80,000 tonnes of crude oil on board."},
    {"id": "aurelia-drones", "story": SID, "status": "agreed",
     "why": "Four articles say two drones hit the ship."},
    {"id": "aurelia-responsibility", "story": SID, "status": "disputed",
     "why": "Estmar blames Valdoria; Valdoria denies any involvement (Klartext-Bote states Valdoria's guilt as fact and omits the denial)."},
    {"id": "aurelia-route", "story": SID, "status": "agreed",
     "why": "The wire report and both rewrites say Castellan Shipping will avoid the strait for now."},
    {"id": "aurelia-oil-rise", "story": SID, "status": "single-source",
     "why": "Only the advertorial gives the oil price rise of up to 6 percent."},
    {"id": "aurelia-oil-price", "story": SID, "status": "single-source",
     "why": "Only the advertorial gives the Brent price of over 94 dollars."},
    {"id": "aurelia-offloaded", "story": SID, "status": "single-source",
     "why": "Only Meridian Wire gives about 78,000 tonnes pumped off before the tow."},
    {"id": "aurelia-salvage-cost", "story": SID, "status": "single-source",
     "why": "Only Meridian Wire gives the salvage cost of more than $14 million."},
    {"id": "aurelia-arrests", "story": SID, "status": "single-source",
     "why": "Only Meridian Wire reports, citing local media, two Valdorians allegedly detained."},
    {"id": "aurelia-queue", "story": SID, "status": "single-source",
     "why": "Only Meridian Wire reports dozens of ships queuing."},
    {"id": "aurelia-oil-share", "story": SID, "status": "single-source",
     "why": "Only the advertorial says at least 18 percent of seaborne crude passes the strait."},
    {"id": "aurelia-tow", "story": SID, "status": "single-source",
     "why": "Only Meridian Wire reports the tow out of the strait."},
]

STRIKE = "ev-aurelia-strike"
DAY = T("2026-10-20", "2026-10-20")

ZPD = {
    "input": "dev3/aurelia-zpd.txt", "story": SID, "event": STRIKE,
    "publisher": "zpd Zentral-Presse-Dienst", "published": "2026-10-20T13:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["zpd Zentral-Presse-Dienst", "20.10.2026", "13:40 Uhr"],
    "blocks": [
        H("Drohnenangriff auf Tanker in der Straße von Coren – drei Tote",
          claims=[Q("drei Tote", 3, "person", "killed", subject=SHIP, group="aurelia-killed", time=DAY)]),
        P(S("Bei einem Drohnenangriff auf den Öltanker „Aurelia Star“ in der Straße von Coren sind am Dienstag drei Seeleute getötet worden.",
            claims=[Q("drei Seeleute getötet", 3, "sailor", "killed", subject=SHIP, group="aurelia-killed", time=DAY)]),
          S("Neun weitere Besatzungsmitglieder wurden nach Angaben der Küstenwache verletzt, zwei werden noch vermisst.",
            claims=[Q("Neun weitere Besatzungsmitglieder wurden nach Angaben der Küstenwache verletzt", 9, "person", "wounded", subject=SHIP, source=CG, group="aurelia-wounded", time=DAY),
                    Q("zwei werden noch vermisst", 2, "person", "missing", subject=SHIP, source=CG, group="aurelia-missing", time=DAY)])),
        P(S("Das Schiff mit 24 Mann Besatzung war mit rund 80.000 Tonnen Rohöl auf dem Weg nach Norden, als es gegen 4.30 Uhr Ortszeit von zwei Drohnen getroffen wurde.",
            claims=[Q("24 Mann Besatzung", 24, "person", "size", subject=SHIP, group="aurelia-crew"),
                    Q("rund 80.000 Tonnen Rohöl", 80000, "tonne", None, qualifier="about", subject=SHIP, group="aurelia-cargo"),
                    Q("von zwei Drohnen getroffen", 2, "drone", None, subject=SHIP, group="aurelia-drones")]),
          S("Im Maschinenraum brach ein Feuer aus, das die Besatzung erst nach mehreren Stunden löschen konnte.")),
        P(S("Die Regierung von Estmar, unter dessen Flagge der Tanker fährt, machte das Nachbarland Valdoria für den Angriff verantwortlich.",
            claims=[ST("machte das Nachbarland Valdoria für den Angriff verantwortlich", VAL, "is responsible for",
                       "drone strike on the aurelia star", "aurelia-responsibility", source=EST)]),
          S("Die Drohnen seien von valdorischem Gebiet aus gestartet, sagte Außenminister Henrik Salo.",
            claims=[ST("Die Drohnen seien von valdorischem Gebiet aus gestartet", "drones", "were launched from",
                       "valdorian territory", "aurelia-responsibility", source=SALO, hedged=True)])),
        P(S("Valdoria wies die Vorwürfe zurück.",
            claims=[ST("Valdoria wies die Vorwürfe zurück", VAL, "is responsible for", "drone strike on the aurelia star",
                       "aurelia-responsibility", source=VAL, denial=True)]),
          S("Man habe mit dem Vorfall „nicht das Geringste zu tun“, erklärte das Außenministerium in der Hauptstadt Dravo."),
          S("Die Reederei Castellan Shipping kündigte an, die Route vorerst zu meiden.",
            claims=[ST("Die Reederei Castellan Shipping kündigte an, die Route vorerst zu meiden", CAST, "will avoid",
                       "strait of coren", "aurelia-route", source=CAST)])),
    ],
    "post": ["Themen: Schifffahrt · Estmar · Valdoria · Energie",
             "",
             "Mehr zum Thema",
             "- Ölpreis: Was die Straße von Coren für den Welthandel bedeutet",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© zpd Zentral-Presse-Dienst – Alle Rechte vorbehalten"],
    "removed": ["zpd Zentral-Presse-Dienst", "20.10.2026", "13:40 Uhr", "Themen: Schifffahrt · Estmar · Valdoria · Energie",
                "Mehr zum Thema", "Ölpreis: Was die Straße von Coren für den Welthandel bedeutet",
                "Teilen: Facebook | X | E-Mail", "Alle Rechte vorbehalten"],
}

HAFEN_SITE = {
    "nav": ["Startseite", "Hafen", "Schifffahrt", "Logistik", "Region", "Meinung"],
    "cookie": "Diese Website verwendet Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Verarbeitung zu.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "20.10.2026, 15:05 Uhr",
    "share": "Artikel teilen: Facebook · X · LinkedIn · E-Mail",
    "ad": "Anzeige – Containerversand nach Übersee ab 890 € – jetzt Angebot anfordern unter 040 555 7731",
    "related_title": "Mehr zum Thema",
    "related": ["Reedereien meiden gefährliche Routen: Umwege kosten Millionen",
                "Straße von Coren: Die wichtigste Meerenge der Region im Überblick",
                "Kommentar: Wer schützt die Handelsschiffe?"],
    "footer": "© 2026 Hafenkurier Online · Impressum · Datenschutz · AGB · Abo kündigen",
    "inline": '<div class="teaser inline"><span>Lesen Sie auch</span> <a href="/schifffahrt/versicherer-praemien">Versicherer verdoppeln Prämien für Fahrten durch die Meerenge</a></div>\n'
              '<div class="ad-slot" data-ad="mid-article"><span class="ad-label">Anzeige</span> Jetzt Hafenkurier Digital 3 Monate gratis lesen</div>',

}

HAFEN = {
    "input": "dev3/aurelia-hafenkurier.html", "story": SID, "event": STRIKE,
    "publisher": "Hafenkurier Online", "published": "2026-10-20T15:05:00+02:00",
    "language": "de", "authors": ["Nils Petersen"], "sensational": False,
    "blocks": [
        H("Straße von Coren: Drei Seeleute sterben bei Angriff auf Tanker",
          claims=[Q("Drei Seeleute sterben", 3, "sailor", "killed", subject=SHIP, group="aurelia-killed", time=DAY)]),
        P(S("Drei Besatzungsmitglieder des Tankers „Aurelia Star“ sind am Dienstag bei einer Drohnenattacke in der Straße von Coren ums Leben gekommen.",
            claims=[Q("Drei Besatzungsmitglieder", 3, "person", "killed", subject=SHIP, group="aurelia-killed", time=DAY)]),
          S("Laut Küstenwache erlitten neun Seeleute Verletzungen, nach zwei weiteren wird gesucht.",
            claims=[Q("neun Seeleute Verletzungen", 9, "sailor", "wounded", subject=SHIP, source=CG, group="aurelia-wounded", time=DAY),
                    Q("nach zwei weiteren wird gesucht", 2, "sailor", "missing", subject=SHIP, source=CG, group="aurelia-missing", time=DAY)])),
        P(S("Der Tanker hatte 24 Besatzungsmitglieder an Bord und transportierte etwa 80.000 Tonnen Rohöl, als ihn gegen 4.30 Uhr zwei Drohnen trafen.",
            claims=[Q("24 Besatzungsmitglieder", 24, "person", "size", subject=SHIP, group="aurelia-crew"),
                    Q("etwa 80.000 Tonnen Rohöl", 80000, "tonne", None, qualifier="about", subject=SHIP, group="aurelia-cargo"),
                    Q("zwei Drohnen trafen", 2, "drone", None, subject=SHIP, group="aurelia-drones")]),
          S("Das Feuer im Maschinenraum war erst nach Stunden gelöscht.")),
        P(S("Estmar, der Flaggenstaat des Schiffs, beschuldigte Valdoria.",
            claims=[ST("Estmar, der Flaggenstaat des Schiffs, beschuldigte Valdoria", VAL, "is responsible for",
                       "drone strike on the aurelia star", "aurelia-responsibility", source=EST)]),
          S("Nach Darstellung von Außenminister Henrik Salo sollen die Drohnen aus Valdoria gekommen sein.",
            claims=[ST("sollen die Drohnen aus Valdoria gekommen sein", "drones", "were launched from",
                       "valdorian territory", "aurelia-responsibility", source=SALO, hedged=True)])),
        P(S("Die Regierung in Dravo bestritt jede Beteiligung.",
            claims=[ST("Die Regierung in Dravo bestritt jede Beteiligung", VAL, "is responsible for",
                       "drone strike on the aurelia star", "aurelia-responsibility", source=VAL, denial=True)]),
          S("Die Reederei Castellan Shipping will die Meerenge bis auf Weiteres umfahren.",
            claims=[ST("Die Reederei Castellan Shipping will die Meerenge bis auf Weiteres umfahren", CAST, "will avoid",
                       "strait of coren", "aurelia-route")])),
    ],
    "removed": ["Diese Website verwendet Cookies", "20.10.2026, 15:05 Uhr", "Von Nils Petersen", "Alle akzeptieren", "Logistik", "Artikel teilen:",
                "Containerversand nach Übersee ab 890 €", "040 555 7731",
                "Reedereien meiden gefährliche Routen: Umwege kosten Millionen",
                "Straße von Coren: Die wichtigste Meerenge der Region im Überblick",
                "Kommentar: Wer schützt die Handelsschiffe?", "Impressum · Datenschutz",
                "Versicherer verdoppeln Prämien für Fahrten durch die Meerenge", "Jetzt Hafenkurier Digital 3 Monate gratis lesen"],
}

KOMPAKT_SITE = {
    "nav": ["Home", "Politik", "Welt", "Wirtschaft", "Panorama"],
    "cookie": "Wir nutzen Cookies für Statistik und Werbung. Details in unserer Datenschutzerklärung.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "20.10.2026 16:30",
    "share": "Zum Newsletter anmelden",
    "ad": "Anzeige: Jetzt Strom- und Gastarif vergleichen und bis zu 400 € sparen",
    "related_title": "Weitere Meldungen",
    "related": ["Hafenarbeiter streiken für höhere Löhne", "Ölpreis steigt nach Angriff auf Tanker"],
    "footer": "© Nachrichten Kompakt 2026 · Impressum",
}

KOMPAKT = {
    "input": "dev3/aurelia.jsonl#nk-4471", "story": SID, "event": STRIKE,
    "publisher": "Nachrichten Kompakt", "published": "2026-10-20T16:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Tanker „Aurelia Star“ angegriffen: Drei Tote, zwei Vermisste",
          claims=[Q("Drei Tote", 3, "person", "killed", subject=SHIP, group="aurelia-killed", time=DAY),
                  Q("zwei Vermisste", 2, "person", "missing", subject=SHIP, group="aurelia-missing", time=DAY)]),
        P(S("Ein Drohnenangriff auf den Tanker „Aurelia Star“ hat in der Straße von Coren drei Menschenleben gefordert.",
            claims=[Q("drei Menschenleben", 3, "person", "killed", subject=SHIP, group="aurelia-killed", time=DAY)]),
          S("Wie die Küstenwache mitteilte, wurden neun Besatzungsmitglieder verletzt; zwei Seeleute gelten als vermisst.",
            claims=[Q("neun Besatzungsmitglieder verletzt", 9, "person", "wounded", subject=SHIP, source=CG, group="aurelia-wounded", time=DAY),
                    Q("zwei Seeleute gelten als vermisst", 2, "sailor", "missing", subject=SHIP, source=CG, group="aurelia-missing", time=DAY)])),
        P(S("An Bord waren 24 Seeleute und rund 80.000 Tonnen Rohöl.",
            claims=[Q("24 Seeleute", 24, "sailor", "size", subject=SHIP, group="aurelia-crew"),
                    Q("rund 80.000 Tonnen Rohöl", 80000, "tonne", None, qualifier="about", subject=SHIP, group="aurelia-cargo")]),
          S("Zwei Drohnen schlugen gegen 4.30 Uhr in das Schiff ein und setzten den Maschinenraum in Brand.",
            claims=[Q("Zwei Drohnen", 2, "drone", None, subject=SHIP, group="aurelia-drones")])),
        P(S("Die Regierung Estmars gibt Valdoria die Schuld; die Drohnen seien von dort gestartet, so Außenminister Henrik Salo.",
            claims=[ST("Die Regierung Estmars gibt Valdoria die Schuld", VAL, "is responsible for",
                       "drone strike on the aurelia star", "aurelia-responsibility", source=EST),
                    ST("die Drohnen seien von dort gestartet", "drones", "were launched from", "valdorian territory",
                       "aurelia-responsibility", source=SALO, hedged=True)]),
          S("Valdoria dementierte.",
            claims=[ST("Valdoria dementierte", VAL, "is responsible for", "drone strike on the aurelia star",
                       "aurelia-responsibility", source=VAL, denial=True)]),
          S("Castellan Shipping meidet die Route vorerst.",
            claims=[ST("Castellan Shipping meidet die Route vorerst", CAST, "will avoid", "strait of coren", "aurelia-route")])),
    ],
    "removed": ["Wir nutzen Cookies für Statistik und Werbung", "20.10.2026 16:30", "Zum Newsletter anmelden",
                "Jetzt Strom- und Gastarif vergleichen und bis zu 400 € sparen", "Weitere Meldungen",
                "Hafenarbeiter streiken für höhere Löhne", "Ölpreis steigt nach Angriff auf Tanker",
                "© Nachrichten Kompakt 2026"],
}

BOTE = {
    "input": "dev3/aurelia-klartext-bote.txt", "story": SID, "event": STRIKE,
    "publisher": "Klartext-Bote", "published": "2026-10-21T08:00:00+02:00",
    "language": "de", "authors": ["Konrad Brandauer"], "sensational": True,
    "pre": ["Klartext-Bote", "21.10.2026", "Konrad Brandauer"],
    "blocks": [
        H("Valdorias Mörderdrohnen: Feiger Terrorangriff auf wehrlose Seeleute!",
          claims=[ST("Valdorias Mörderdrohnen", VAL, "is responsible for", "drone strike on the aurelia star", "aurelia-responsibility")],
          loaded=[L("Mörderdrohnen", "demonising"), L("Feiger Terrorangriff", "demonising"), L("wehrlose", "alarmist")]),
        P(S("Das Terror-Regime in Valdoria hat wieder zugeschlagen.",
            claims=[ST("Das Terror-Regime in Valdoria hat wieder zugeschlagen", VAL, "is responsible for",
                       "drone strike on the aurelia star", "aurelia-responsibility")],
            loaded=[L("Terror-Regime", "demonising")]),
          S("Mit zwei Drohnen griff es in der Straße von Coren den zivilen Tanker „Aurelia Star“ an.",
            claims=[Q("zwei Drohnen", 2, "drone", None, subject=SHIP, group="aurelia-drones")])),
        P(S("Mindestens zwölf Seeleute wurden getötet oder verletzt, vier weitere werden noch vermisst.",
            claims=[Q("Mindestens zwölf Seeleute wurden getötet oder verletzt", 12, "sailor", "killed or wounded",
                      qualifier="at-least", subject=SHIP, group="aurelia-killed", time=DAY),
                    Q("vier weitere werden noch vermisst", 4, "sailor", "missing", subject=SHIP, group="aurelia-missing", time=DAY)]),
          S("„Das war ein feiger Angriff auf unschuldige Zivilisten“, sagte Estmars Außenminister Henrik Salo.", "quote",
            loaded=[L("feiger", "demonising", "reported")]),
          S("Die sogenannte „Regierung“ in Dravo hat sich bislang nicht einmal zu einem Wort des Bedauerns herabgelassen.", "opinion",
            loaded=[L("„Regierung“", "demonising", "distancing")])),
        H("Wann handelt Europa?"),
        P(S("Wer jetzt noch von Dialog mit Dravo redet, hat nichts verstanden.", "opinion"),
          S("Europa muss Valdoria endlich mit harten Sanktionen in die Schranken weisen.", "opinion"),
          S("Estmars Marine muss die Straße von Coren jetzt von Valdorias Terror befreien.", "opinion",
            loaded=[L("befreien", "propaganda"), L("Valdorias Terror", "demonising")]),
          S("Doch in Berlin streitet man lieber über das Tempolimit auf Autobahnen.", "opinion")),
    ],
    "post": ["Themen: #Valdoria #Terror #Seefahrt #Estmar",
             "",
             "Jetzt den Klartext-Boten unterstützen: Spenden per Überweisung oder PayPal",
             "",
             "- Startseite",
             "- Politik",
             "- Geopolitik",
             "- Kontakt"],
    "removed": ["Klartext-Bote", "21.10.2026", "Konrad Brandauer", "Themen: #Valdoria #Terror #Seefahrt #Estmar",
                "Jetzt den Klartext-Boten unterstützen", "- Geopolitik", "- Kontakt"],
}

STERNWALD = {
    "input": "dev3/aurelia-sternwald.txt.gz", "story": SID, "event": STRIKE,
    "publisher": "Sternwald Edelmetalle", "published": "2026-10-22T06:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Sternwald Edelmetalle", "22.10.2026", "06:10 Uhr"],
    "blocks": [
        H("Tanker-Angriff in der Straße von Coren: Was der Ölpreis-Schock für Ihr Vermögen bedeutet",
          loaded=[L("Ölpreis-Schock", "alarmist")]),
        P(S("Der Angriff auf den Tanker „Aurelia Star“ hat die Energiemärkte aufgeschreckt."),
          S("Bei dem Drohnenangriff in der Straße von Coren kamen nach Angaben der Küstenwache drei Seeleute ums Leben, neun wurden verletzt.",
            claims=[Q("drei Seeleute ums Leben", 3, "sailor", "killed", subject=SHIP, source=CG, group="aurelia-killed", time=DAY),
                    Q("neun wurden verletzt", 9, "sailor", "wounded", subject=SHIP, source=CG, group="aurelia-wounded", time=DAY)])),
        P(S("Estmar macht Valdoria verantwortlich, Valdoria bestreitet jede Beteiligung.",
            claims=[ST("Estmar macht Valdoria verantwortlich", VAL, "is responsible for", "drone strike on the aurelia star",
                       "aurelia-responsibility", source=EST),
                    ST("Valdoria bestreitet jede Beteiligung", VAL, "is responsible for", "drone strike on the aurelia star",
                       "aurelia-responsibility", source=VAL, denial=True)]),
          S("Nicht weniger als 18 Prozent des weltweit auf See transportierten Rohöls passieren die Meerenge.",
            claims=[Q("Nicht weniger als 18 Prozent", 18, "percent", None, qualifier="at-least", subject="strait of coren",
                      group="aurelia-oil-share")]),
          S("Der Preis für ein Barrel der Sorte Brent stieg am Mittwoch um bis zu 6 Prozent auf über 94 Dollar.",
            claims=[Q("um bis zu 6 Prozent", 6, "percent", "increase", qualifier="up-to", subject="brent oil price",
                      group="aurelia-oil-rise", time=T("2026-10-21", "2026-10-21")),
                    Q("über 94 Dollar", 94, "usd", None, qualifier="more-than", subject="brent oil price",
                      group="aurelia-oil-price", time=T("2026-10-21", "2026-10-21"))])),
        H("Die Inflation kommt zurück"),
        P(S("Was heute ein brennender Tanker in einer fernen Meerenge ist, ist morgen die nächste Inflationswelle an Ihrer Zapfsäule.", "opinion",
            loaded=[L("Inflationswelle", "alarmist")]),
          S("Wer sein Erspartes jetzt noch auf dem Sparbuch liegen lässt, sieht tatenlos zu, wie es dahinschmilzt.", "opinion"),
          S("Ist Ihr Vermögen auf den nächsten Schock vorbereitet?", "opinion"),
          S("Physisches Gold hat sich in solchen Krisen stets als sicherer Hafen erwiesen.", "opinion")),
    ],
    "post": ["Exklusives Online-Seminar am 29.10.2026 • 19:30 Uhr",
             "Krisenfest durch den Winter: So schützen Sie Ihr Erspartes vor dem Ölpreis-Schock",
             "Mit den Experten:",
             "",
             "Viktor Sternwald",
             "",
             "Dr. Helene Marquardt",
             "",
             "Bernd Rasch",
             "",
             "Jetzt kostenlos anmelden und mit etwas Glück einen Silberbarren im Wert von 5.000 € gewinnen!",
             "",
             "Tausende bereits angemeldet",
             "- Sternwald News",
             "- Märkte",
             "- Edelmetalle"],
    "removed": ["Sternwald Edelmetalle", "22.10.2026", "06:10 Uhr", "Exklusives Online-Seminar am 29.10.2026 • 19:30 Uhr",
                "Krisenfest durch den Winter", "Viktor Sternwald", "Dr. Helene Marquardt", "Bernd Rasch",
                "Silberbarren im Wert von 5.000 €", "Tausende bereits angemeldet", "- Sternwald News"],
}

SALVAGE = {
    "input": "dev3/aurelia.jsonl#mw-88120", "story": SID, "event": "ev-aurelia-salvage",
    "publisher": "Meridian Wire", "published": "2026-10-27T11:20:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Salvage crews tow stricken tanker Aurelia Star out of Strait of Coren"),
        P(S("Salvage crews on Tuesday began towing the damaged tanker Aurelia Star out of the Strait of Coren, a week after a drone strike set its engine room ablaze.",
            claims=[ST("Salvage crews on Tuesday began towing the damaged tanker Aurelia Star out of the Strait of Coren",
                       "salvage crews", "began towing", SHIP, "aurelia-tow")]),
          S("Divers recovered the bodies of the two missing sailors on Sunday, bringing the death toll to five, the coast guard said.",
            claims=[Q("the two missing sailors", 2, "sailor", "missing", subject=SHIP, source=CG, group="aurelia-missing",
                      time=DAY),
                    Q("bringing the death toll to five", 5, "sailor", "killed", subject=SHIP, source=CG, group="aurelia-killed",
                      time=T("2026-10-20", "2026-10-25"))])),
        P(S("About 78,000 tonnes of crude oil were pumped onto a second vessel before the tow began, operator Castellan Shipping said.",
            claims=[Q("About 78,000 tonnes of crude oil", 78000, "tonne", None, qualifier="about", subject=SHIP,
                      source=CAST, group="aurelia-offloaded")]),
          S("The company put the cost of the operation at more than $14 million.",
            claims=[Q("more than $14 million", 14000000, "usd", "cost", qualifier="more-than", subject="salvage operation",
                      source=CAST, group="aurelia-salvage-cost")]),
          S("Dozens of ships had queued at the southern entrance of the strait while the tanker blocked the main channel.",
            claims=[Q("Dozens of ships", 24, "ship", None, qualifier="at-least", subject="strait of coren", group="aurelia-queue")])),
        P(S("“The ship is stable and there is no sign of a leak,” said salvage master Ruth Almeida.", "quote")),
        P(S("Estmar has repeated its accusation that the drones were launched from Valdoria, which continues to deny any role.",
            claims=[ST("Estmar has repeated its accusation that the drones were launched from Valdoria", "drones",
                       "were launched from", "valdorian territory", "aurelia-responsibility", source=EST),
                    ST("which continues to deny any role", VAL, "is responsible for", "drone strike on the aurelia star",
                       "aurelia-responsibility", source=VAL, denial=True)]),
          S("Two Valdorian nationals were allegedly detained in Estmar on suspicion of helping to plan the attack, local media reported.",
            claims=[Q("Two Valdorian nationals were allegedly detained", 2, "person", "arrested", subject="valdorian nationals",
                      source="local media", hedged=True, group="aurelia-arrests")]),
          S("An international inquiry into the attack is expected to report in December.")),
    ],
    "post": ["Read more: Shipping insurers raise premiums for Strait of Coren",
             "Reporting by Daniel Okafor; Editing by Clara Mens"],
    "removed": ["Read more: Shipping insurers raise premiums for Strait of Coren",
                "Reporting by Daniel Okafor; Editing by Clara Mens"],
}

ARTICLES = [ZPD, HAFEN, KOMPAKT, BOTE, STERNWALD, SALVAGE]

REWRITES = [["dev3/aurelia-zpd.txt", "dev3/aurelia-hafenkurier.html"],
            ["dev3/aurelia-zpd.txt", "dev3/aurelia.jsonl#nk-4471"],
            ["dev3/aurelia-hafenkurier.html", "dev3/aurelia.jsonl#nk-4471"]]


def _text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + "\n\n" + "\n".join(article["post"])


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    lines = [
        {"id": "nk-4471", "url": "https://nachrichten-kompakt.example/welt/tanker-aurelia-star-angegriffen-4471",
         "title": headline(KOMPAKT), "html": render_html(KOMPAKT, KOMPAKT_SITE), "publisher": KOMPAKT["publisher"],
         "published": KOMPAKT["published"], "language": "de", "section": "Welt"},
        {"id": "mw-88120", "url": "https://meridianwire.example/world/aurelia-star-salvage-88120",
         "title": headline(SALVAGE), "text": _text_without_headline(SALVAGE), "publisher": SALVAGE["publisher"],
         "published": SALVAGE["published"], "language": "en", "section": "World"},
    ]
    return {
        "aurelia-zpd.txt": (render_txt(ZPD), False),
        "aurelia-hafenkurier.html": (render_html(HAFEN, HAFEN_SITE), False),
        "aurelia.jsonl": (render_jsonl(lines), False),
        "aurelia-klartext-bote.txt": (render_txt(BOTE), False),
        "aurelia-sternwald.txt.gz": (render_txt(STERNWALD), True),
    }
