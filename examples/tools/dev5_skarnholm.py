"""dev5 story 4: drones strike the Skarnholm oil refinery in northern Dorvania (night to 3 Sep 2027).

A German wire report (mnd, same outlet and template as its boat report) and a light rewrite of it
(JSON Lines `html` item), a German energy-business page (HTML, own wording), an English wire item (RSS,
same feed as the boat follow-up), a security firm's sponsored article with a webinar advert (gzip
text) and an English tabloid. Kestria denies Dorvania's accusation. Invented by the Parallax team
(sixth writer): states, company, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline, content_blocks
import dev5_lesca
import dev5_brenndorf

SID = "st-skarnholm-refinery"
EV = "ev-skarnholm-strike"
STORY = {"id": SID, "label": "Drone strike on the Skarnholm refinery, Dorvania",
         "events": [{"id": EV, "label": "Drones hit the Skarnholm refinery; fire, deaths and evacuation"}]}

NVP = "nordvest petrol"
RIIS = "matteo riis"
MOD = "defence ministry"
KES = "kestria"
PLANT = "skarnholm refinery"
DAY = T("2027-09-03", "2027-09-03")

GROUPS = [
    {"id": "skarnholm-killed", "story": SID, "status": "compatible",
     "why": "Two workers killed in five articles; the Daily Klaxon's thirteen 'killed or injured' is another measure (2 killed + 11 injured)."},
    {"id": "skarnholm-injured", "story": SID, "status": "agreed",
     "why": "Eleven injured, citing Nordvest Petrol (mnd, Mittagspost, Coastline Press)."},
    {"id": "skarnholm-drones", "story": SID, "status": "conflicting",
     "why": "Seven drones (defence ministry / Gen. Riis via mnd, Mittagspost, Coastline Press) against 'a dozen' (Daily Klaxon)."},
    {"id": "skarnholm-downed", "story": SID, "status": "agreed",
     "why": "Three drones shot down (mnd, Mittagspost, Coastline Press)."},
    {"id": "skarnholm-firefighters", "story": SID, "status": "conflicting",
     "why": "About 250 firefighters (mnd, Mittagspost) against some 300 (fire service via Coastline Press) on the same day."},
    {"id": "skarnholm-evacuated", "story": SID, "status": "compatible",
     "why": "About 2,000 residents evacuated (mnd, Mittagspost, Coastline Press); the Daily Klaxon's 'thousands' is a looser figure."},
    {"id": "skarnholm-radius", "story": SID, "status": "agreed",
     "why": "A radius of three kilometres (mnd, Mittagspost) and two miles (3.2 km, Coastline Press) agree."},
    {"id": "skarnholm-capacity", "story": SID, "status": "agreed",
     "why": "About 240,000 barrels a day (mnd, Mittagspost, Energie-Kompass, Coastline Press); Energie-Kompass's bracketed 'etwa 38 Millionen Liter' is the same figure in litres."},
    {"id": "skarnholm-share", "story": SID, "status": "agreed",
     "why": "About a third of the country's fuel needs (mnd, Mittagspost, Coastline Press) and about 35 percent (Energie-Kompass) agree within their qualifiers."},
    {"id": "skarnholm-output-cut", "story": SID, "status": "agreed",
     "why": "Output cut by about 60 percent (Energie-Kompass, Coastline Press, Argus)."},
    {"id": "skarnholm-damage", "story": SID, "status": "compatible",
     "why": "Nordvest Petrol's 180 to 250 million euros (Energie-Kompass) and 'up to €250 million' (Coastline Press): a bound at one end of the range."},
    {"id": "skarnholm-diesel-rise", "story": SID, "status": "agreed",
     "why": "Diesel up 9 cents a litre (Energie-Kompass headline and text, Daily Klaxon)."},
    {"id": "skarnholm-diesel-price", "story": SID, "status": "agreed",
     "why": "1.87 euros a litre (Energie-Kompass) and 'fast 1,90 Euro' (Argus) agree within the qualifier."},
    {"id": "skarnholm-fire-duration", "story": SID, "status": "compatible",
     "why": "More than 20 hours (Energie-Kompass) is a looser bound beside the Daily Klaxon's nearly 24 hours."},
    {"id": "skarnholm-responsibility", "story": SID, "status": "disputed",
     "why": "Gen. Matteo Riis says the drones came from Kestria; Kestria rejects the accusation (mnd, Mittagspost, Coastline Press, Daily Klaxon)."},
    {"id": "skarnholm-black-tide", "story": SID, "status": "agreed",
     "why": "mnd, Mittagspost and Coastline Press all report, as hearsay, that a group calling itself Black Tide claimed the attack."},
    {"id": "skarnholm-repair", "story": SID, "status": "agreed",
     "why": "The plant is to run again in about six weeks (Nordvest Petrol via mnd; Mittagspost): a plan, not hearsay."},
    {"id": "skarnholm-petrol-rise", "story": SID, "status": "single-source",
     "why": "Only Energie-Kompass gives petrol's rise of a good 4 cents."},
    {"id": "skarnholm-shortfall", "story": SID, "status": "single-source",
     "why": "Only Energie-Kompass gives the estimated shortfall of up to 90,000 barrels a day (Prof. Ahlgren)."},
    {"id": "skarnholm-brent-rise", "story": SID, "status": "single-source",
     "why": "Only Coastline Press gives Brent's 3.8% rise."},
    {"id": "skarnholm-brent-price", "story": SID, "status": "single-source",
     "why": "Only Coastline Press gives the Brent price of $91.30."},
    {"id": "skarnholm-sightings", "story": SID, "status": "single-source",
     "why": "Only the Argus advertorial gives 412 drone sightings over industrial sites in 2026."},
    {"id": "skarnholm-detection-range", "story": SID, "status": "single-source",
     "why": "Only the Argus advertorial claims detection at up to five kilometres."},
    {"id": "skarnholm-diesel-forecast", "story": SID, "status": "single-source",
     "why": "Only the Daily Klaxon cites experts warning diesel could top €2."},
]


def killed(text, qualifier="exact", source=None, unit="worker"):
    return Q(text, 2, unit, "killed", qualifier=qualifier, subject=PLANT, source=source, group="skarnholm-killed", time=DAY)


def injured(text, source=NVP):
    return Q(text, 11, "worker", "wounded", subject=PLANT, source=source, group="skarnholm-injured", time=DAY)


def drones(text, value=7, source=MOD, hedged=False):
    return Q(text, value, "drone", None, subject=PLANT, source=source, hedged=hedged, group="skarnholm-drones", time=DAY)


def downed(text, source=MOD, hedged=False):
    return Q(text, 3, "drone", "destroyed", subject=MOD, source=source, hedged=hedged, group="skarnholm-downed", time=DAY)


def evacuated(text, source=None):
    return Q(text, 2000, "person", "evacuated", qualifier="about", subject=PLANT, source=source,
             group="skarnholm-evacuated", time=DAY)


def radius(text, value=3, unit="kilometre"):
    return Q(text, value, unit, "distance", subject=PLANT, group="skarnholm-radius")


def capacity(text, value=240000, unit="barrel", source=None):
    return Q(text, value, unit, None, qualifier="about", subject=PLANT, source=source, group="skarnholm-capacity")


def share(text, value=33, source=None):
    return Q(text, value, "percent", None, qualifier="about", subject=PLANT, source=source, group="skarnholm-share")


def blamed(text, source=RIIS, hedged=False):
    return ST(text, KES, "launched", "drone attack on skarnholm", "skarnholm-responsibility", source=source, hedged=hedged)


def denied(text):
    return ST(text, KES, "launched", "drone attack on skarnholm", "skarnholm-responsibility", source=KES, denial=True)


def black_tide(text):
    return ST(text, "black tide", "claimed responsibility for", "drone attack on skarnholm", "skarnholm-black-tide",
              hedged=True)


# ---------------------------------------------------------------- 1. mnd wire (txt, dateline block; same template as the boat report)

MND = {
    "input": "dev5/skarnholm-mnd.txt", "story": SID, "event": EV,
    "publisher": "mnd Mitteleuropäischer Nachrichtendienst", "published": "2027-09-03T11:50:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["mnd Mitteleuropäischer Nachrichtendienst", "03.09.2027", "11:50 Uhr"],
    "blocks": [
        H("Drohnenangriff auf Raffinerie in Dorvanien – zwei Tote",
          claims=[killed("zwei Tote", unit="person")]),
        P(S("Skarnholm (mnd) – Bei einem Drohnenangriff auf die Raffinerie Skarnholm im Norden Dorvaniens sind in der Nacht zum Freitag zwei Arbeiter getötet worden.",
            claims=[killed("zwei Arbeiter getötet")]),
          S("Elf weitere wurden nach Angaben des Betreibers Nordvest Petrol verletzt.",
            claims=[injured("Elf weitere wurden nach Angaben des Betreibers Nordvest Petrol verletzt")])),
        P(S("Insgesamt sieben Drohnen hätten die Anlage gegen 3.40 Uhr angegriffen, drei davon seien abgeschossen worden, teilte das Verteidigungsministerium mit.",
            claims=[drones("Insgesamt sieben Drohnen", hedged=True), downed("drei davon seien abgeschossen worden", hedged=True)]),
          S("Eine Drohne traf die Destillationsanlage, die sofort in Brand geriet.")),
        P(S("Rund 250 Feuerwehrleute kämpften gegen die Flammen.",
            claims=[Q("Rund 250 Feuerwehrleute", 250, "firefighter", "deployed", qualifier="about", subject=PLANT,
                      group="skarnholm-firefighters", time=DAY)]),
          S("Nach der Evakuierung von rund 2.000 Anwohnern in einem Umkreis von drei Kilometern gaben die Behörden am Vormittag vorsichtig Entwarnung.",
            claims=[evacuated("Evakuierung von rund 2.000 Anwohnern"), radius("Umkreis von drei Kilometern")])),
        P(S("Die Raffinerie verarbeitet rund 240.000 Barrel Rohöl pro Tag und deckt etwa ein Drittel des dorvanischen Kraftstoffbedarfs.",
            claims=[capacity("rund 240.000 Barrel Rohöl pro Tag"), share("etwa ein Drittel")])),
        P(S("Generalstabschef Matteo Riis machte das Nachbarland Kestrien für den Angriff verantwortlich.",
            claims=[blamed("machte das Nachbarland Kestrien für den Angriff verantwortlich")]),
          S("Die Drohnen seien von kestrischem Gebiet aus gestartet.",
            claims=[blamed("Die Drohnen seien von kestrischem Gebiet aus gestartet", hedged=True)]),
          S("Kestrien wies die Anschuldigungen als „haltlose Propaganda“ zurück.",
            claims=[denied("Kestrien wies die Anschuldigungen als „haltlose Propaganda“ zurück")])),
        P(S("Eine bislang unbekannte Gruppe namens „Schwarze Flut“ soll sich im Internet zu dem Angriff bekannt haben.",
            claims=[black_tide("soll sich im Internet zu dem Angriff bekannt haben")]),
          S("Die beschädigte Anlage soll nach Angaben von Nordvest Petrol in etwa sechs Wochen wieder in Betrieb gehen.",
            claims=[Q("in etwa sechs Wochen", 6, "week", "duration", qualifier="about", subject=PLANT, source=NVP,
                      group="skarnholm-repair")])),
    ],
    "post": ["Themen: Dorvanien · Energie · Kestrien",
             "",
             "Mehr zum Thema",
             "- Kritische Infrastruktur: Wie verwundbar sind Europas Raffinerien?",
             "",
             "© mnd Mitteleuropäischer Nachrichtendienst – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["03.09.2027", "11:50 Uhr", "Themen: Dorvanien · Energie · Kestrien", "Mehr zum Thema",
                "Kritische Infrastruktur: Wie verwundbar sind Europas Raffinerien?", "Weiterverbreitung nur mit Genehmigung"],
}

# ---------------------------------------------------------------- 2. Mittagspost, rewrite of mnd (JSON Lines html item)

MP_SITE = {
    "nav": ["Home", "Politik", "Ausland", "Wirtschaft", "Panorama", "Podcast"],
    "cookie": "Mittagspost nutzt Cookies und Tracking-Technologien. Mehr dazu in den Privatsphäre-Einstellungen.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "03.09.2027 · 13:15",
    "share": "Artikel teilen · Merken · Drucken",
    "ad": "Anzeige: Heizöl jetzt günstig bestellen – Preisrechner für Ihre Region",
    "related_title": "Mehr aus dem Ressort",
    "related": ["Kestrien und Dorvanien: Chronik eines Grenzkonflikts", "Ölpreis: Analysten erwarten unruhigen Herbst"],
    "footer": "© Mittagspost Online 2027 · Impressum · Datenschutz",
}

MP = {
    "input": "dev5/newsdesk.jsonl#mp-88410", "story": SID, "event": EV,
    "publisher": "Mittagspost Online", "published": "2027-09-03T13:15:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Dorvanien: Zwei Tote bei Drohnenangriff auf Raffinerie Skarnholm",
          claims=[killed("Zwei Tote", unit="person")]),
        P(S("Skarnholm – Bei einem Drohnenangriff auf die Raffinerie Skarnholm im Norden Dorvaniens sind in der Nacht zum Freitag zwei Arbeiter ums Leben gekommen.",
            claims=[killed("zwei Arbeiter ums Leben gekommen")]),
          S("Nach Angaben des Betreibers Nordvest Petrol wurden elf weitere verletzt.",
            claims=[injured("wurden elf weitere verletzt")])),
        P(S("Laut Verteidigungsministerium griffen insgesamt sieben Drohnen die Anlage gegen 3.40 Uhr an; drei davon wurden abgeschossen.",
            claims=[drones("insgesamt sieben Drohnen"), downed("drei davon wurden abgeschossen")])),
        P(S("Etwa 250 Einsatzkräfte der Feuerwehr kämpften gegen die Flammen.",
            claims=[Q("Etwa 250 Einsatzkräfte der Feuerwehr", 250, "firefighter", "deployed", qualifier="about",
                      subject=PLANT, group="skarnholm-firefighters", time=DAY)]),
          S("Rund 2.000 Anwohner in einem Umkreis von drei Kilometern mussten ihre Häuser verlassen.",
            claims=[evacuated("Rund 2.000 Anwohner"), radius("Umkreis von drei Kilometern")])),
        P(S("Die Raffinerie verarbeitet täglich rund 240.000 Barrel Rohöl und deckt etwa ein Drittel des Kraftstoffbedarfs im Land.",
            claims=[capacity("rund 240.000 Barrel Rohöl"), share("etwa ein Drittel")])),
        P(S("Generalstabschef Matteo Riis beschuldigte Kestrien; die Drohnen seien von dort gestartet.",
            claims=[blamed("Generalstabschef Matteo Riis beschuldigte Kestrien"),
                    blamed("die Drohnen seien von dort gestartet", hedged=True)]),
          S("Kestrien wies die Vorwürfe zurück.",
            claims=[denied("Kestrien wies die Vorwürfe zurück")]),
          S("Zu dem Angriff soll sich eine Gruppe namens „Schwarze Flut“ bekannt haben.",
            claims=[black_tide("Zu dem Angriff soll sich eine Gruppe namens „Schwarze Flut“ bekannt haben")]),
          S("Die Anlage soll in etwa sechs Wochen wieder laufen.",
            claims=[Q("in etwa sechs Wochen", 6, "week", "duration", qualifier="about", subject=PLANT,
                      group="skarnholm-repair")])),
    ],
    "removed": ["Mittagspost nutzt Cookies", "Akzeptieren", "03.09.2027 · 13:15", "Artikel teilen · Merken · Drucken",
                "Heizöl jetzt günstig bestellen", "Mehr aus dem Ressort", "Kestrien und Dorvanien: Chronik eines Grenzkonflikts",
                "Ölpreis: Analysten erwarten unruhigen Herbst", "© Mittagspost Online 2027"],
}

# ---------------------------------------------------------------- 3. energy-business page (HTML)

EK_SITE = {
    "nav": ["Märkte", "Öl & Gas", "Strom", "Wasserstoff", "Unternehmen", "Daten", "Abo"],
    "cookie": "Energie-Kompass verwendet Cookies. Ohne Ihre Zustimmung können einige Marktdaten nicht angezeigt werden.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "4. September 2027, 08:30 Uhr",
    "share": "Teilen · Als PDF speichern",
    "ad": "Brent 91,30 $ ▲ 3,8 % · WTI 87,95 $ ▲ 3,5 % · Erdgas TTF 41,20 € ▼ 0,6 %",
    "related_title": "Mehr zum Thema",
    "related": ["Raffineriemargen: Warum Diesel knapp wird", "Importterminals: Wer die Lücke füllen kann",
                "Interview: „Die Versorgung ist gesichert – noch“"],
    "footer": "© 2027 Energie-Kompass Fachverlag · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="paywall-hint">Sie lesen einen kostenlosen Artikel. Energie-Kompass Pro: alle Analysen und Marktdaten für 29 € im Monat.</div>',
    "inline_at": 3,
}

EK = {
    "input": "dev5/skarnholm-energie-kompass.html", "story": SID, "event": EV,
    "publisher": "Energie-Kompass", "published": "2027-09-04T08:30:00+02:00",
    "language": "de", "authors": ["Ulrike Fahrenholz"], "sensational": False,
    "blocks": [
        H("Nach Angriff auf Skarnholm: Dieselpreis springt um 9 Cent",
          claims=[Q("Dieselpreis springt um 9 Cent", 0.09, "eur", "increase", subject="diesel price",
                    group="skarnholm-diesel-rise")]),
        P(S("Der Drohnenangriff auf die Raffinerie Skarnholm trifft Dorvaniens Kraftstoffversorgung empfindlich."),
          S("Die Anlage, die mit rund 240.000 Barrel (etwa 38 Millionen Liter) pro Tag rund 35 Prozent des heimischen Bedarfs deckt, arbeitet seit Freitag nur noch mit stark gedrosselter Leistung.",
            claims=[capacity("rund 240.000 Barrel"), capacity("etwa 38 Millionen Liter", value=38000000, unit="litre"),
                    share("rund 35 Prozent", value=35)])),
        P(S("Nordvest Petrol hat die Produktion nach eigenen Angaben um etwa 60 Prozent heruntergefahren.",
            claims=[Q("um etwa 60 Prozent", 60, "percent", "decrease", qualifier="about", subject=PLANT, source=NVP,
                      group="skarnholm-output-cut")]),
          S("Das Feuer in der Destillationsanlage war erst nach mehr als 20 Stunden gelöscht.",
            claims=[Q("mehr als 20 Stunden", 20, "hour", "duration", qualifier="more-than", subject="refinery fire",
                      group="skarnholm-fire-duration", time=DAY)]),
          S("Bei dem Angriff waren zwei Beschäftigte getötet worden.",
            claims=[killed("zwei Beschäftigte getötet")])),
        P(S("Den Schaden beziffert der Konzern auf 180 bis 250 Millionen Euro.",
            claims=[Q("180 bis 250 Millionen Euro", None, "eur", "cost", qualifier="range", low=180000000, high=250000000,
                      subject="damage", source=NVP, group="skarnholm-damage")]),
          S("An den Tankstellen kostete ein Liter Diesel am Samstagmorgen im Schnitt 1,87 Euro, 9 Cent mehr als am Donnerstag.",
            claims=[Q("1,87 Euro", 1.87, "eur", None, subject="diesel price", group="skarnholm-diesel-price",
                      time=T("2027-09-04", "2027-09-04")),
                    Q("9 Cent mehr als am Donnerstag", 0.09, "eur", "increase", subject="diesel price",
                      group="skarnholm-diesel-rise")]),
          S("Bei Benzin fiel der Anstieg mit gut 4 Cent nur halb so stark aus.",
            claims=[Q("gut 4 Cent", 0.04, "eur", "increase", qualifier="more-than", subject="petrol price",
                      group="skarnholm-petrol-rise")])),
        P(S("„Kurzfristig können wir die Lücke über Importe schließen, aber nicht vollständig“, sagte Prof. Dr. Henrik Ahlgren, Präsident des dorvanischen Mineralölverbands.", "quote"),
          S("Seinen Schätzungen zufolge fehlen dem Markt derzeit bis zu 90.000 Barrel am Tag.",
            claims=[Q("bis zu 90.000 Barrel am Tag", 90000, "barrel", None, qualifier="up-to", subject="dorvania fuel market",
                      source="henrik ahlgren", group="skarnholm-shortfall")])),
    ],
    "removed": ["Energie-Kompass verwendet Cookies", "Einverstanden", "Wasserstoff", "4. September 2027, 08:30 Uhr",
                "Ulrike Fahrenholz", "Sie lesen einen kostenlosen Artikel", "29 € im Monat", "Teilen · Als PDF speichern",
                "Brent 91,30 $ ▲ 3,8 %", "WTI 87,95 $", "Raffineriemargen: Warum Diesel knapp wird",
                "Importterminals: Wer die Lücke füllen kann", "Die Versorgung ist gesichert – noch", "Mediadaten"],
}

# ---------------------------------------------------------------- 4. Coastline Press (RSS item)

CP = {
    "input": "dev5/coastline.rss#cp-20270903-0977", "story": SID, "event": EV,
    "publisher": "Coastline Press", "published": "2027-09-03T18:40:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Drone strike sets Dorvanian refinery ablaze, two workers killed",
          claims=[killed("two workers killed")]),
        P(S("SKARNHOLM, Sept 3 (CP) - A drone attack set part of Dorvania's largest oil refinery on fire early on Friday, killing two workers and injuring 11, operator Nordvest Petrol said.",
            claims=[killed("killing two workers", source=NVP), injured("injuring 11")]),
          S("Armed forces chief Gen. Matteo Riis told reporters that seven drones had been launched from neighbouring Kestria and that three were shot down.",
            claims=[drones("seven drones", source=RIIS), blamed("seven drones had been launched from neighbouring Kestria"),
                    downed("three were shot down", source=RIIS)]),
          S("Kestria's foreign ministry rejected the accusation as “baseless propaganda”.",
            claims=[denied("Kestria's foreign ministry rejected the accusation")])),
        P(S("Some 300 firefighters were still battling the blaze in the evening, the fire service said.",
            claims=[Q("Some 300 firefighters", 300, "firefighter", "deployed", qualifier="about", subject=PLANT,
                      source="fire service", group="skarnholm-firefighters", time=DAY)]),
          S("About 2,000 residents living within two miles of the plant were evacuated.",
            claims=[evacuated("About 2,000 residents"), radius("within two miles", value=2, unit="mile")])),
        P(S("The Skarnholm plant processes about 240,000 barrels of crude a day, roughly a third of Dorvania's fuel needs.",
            claims=[capacity("about 240,000 barrels of crude a day"), share("roughly a third")]),
          S("Nordvest Petrol said output had been cut by about 60% and put the damage at up to €250 million.",
            claims=[Q("cut by about 60%", 60, "percent", "decrease", qualifier="about", subject=PLANT, source=NVP,
                      group="skarnholm-output-cut"),
                    Q("up to €250 million", 250000000, "eur", "cost", qualifier="up-to", subject="damage", source=NVP,
                      group="skarnholm-damage")])),
        P(S("A previously unknown group calling itself Black Tide reportedly claimed the attack online.",
            claims=[black_tide("A previously unknown group calling itself Black Tide reportedly claimed the attack online")]),
          S("Benchmark Brent crude rose 3.8% to $91.30 a barrel.",
            claims=[Q("rose 3.8%", 3.8, "percent", "increase", subject="brent oil price", group="skarnholm-brent-rise", time=DAY),
                    Q("$91.30 a barrel", 91.3, "usd", None, subject="brent oil price", group="skarnholm-brent-price", time=DAY)])),
    ],
    "extra": '<p><em>Get the Coastline Press morning briefing in your inbox – <a href="https://coastlinepress.example/briefing">sign up here</a>.</em></p>',
    "removed": ["Get the Coastline Press morning briefing in your inbox", "sign up here"],
}

# ---------------------------------------------------------------- 5. security firm's sponsored article (txt.gz)

ARGUS = {
    "input": "dev5/skarnholm-argus.txt.gz", "story": SID, "event": EV,
    "publisher": "Argus Sicherheitsblog", "published": "2027-09-06T09:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Argus Sicherheitsblog", "06.09.2027", "09:00 Uhr"],
    "blocks": [
        H("Skarnholm ist erst der Anfang: Warum Ihr Betrieb jetzt eine Drohnenabwehr braucht",
          loaded=[L("erst der Anfang", "alarmist")]),
        P(S("Der Angriff auf die Raffinerie Skarnholm hat gezeigt, wie verwundbar kritische Infrastruktur ist."),
          S("Zwei Beschäftigte kamen ums Leben, die Produktion brach um rund 60 Prozent ein.",
            claims=[killed("Zwei Beschäftigte kamen ums Leben"),
                    Q("um rund 60 Prozent", 60, "percent", "decrease", qualifier="about", subject=PLANT,
                      group="skarnholm-output-cut")]),
          S("Und ein Liter Diesel kostet inzwischen fast 1,90 Euro.",
            claims=[Q("fast 1,90 Euro", 1.9, "eur", None, qualifier="about", subject="diesel price",
                      group="skarnholm-diesel-price", time=T("2027-09-06", "2027-09-06"))])),
        P(S("Nach Zahlen des dorvanischen Amts für Infrastrukturschutz gab es 2026 insgesamt 412 Drohnensichtungen über Industrieanlagen – doppelt so viele wie im Jahr davor.",
            claims=[Q("412 Drohnensichtungen", 412, None, None, subject="industrial sites",
                      source="amt für infrastrukturschutz", group="skarnholm-sightings",
                      time=T("2026-01-01", "2026-12-31"))]),
          S("Schon eine billige Hobbydrohne kann heute einen Millionenschaden anrichten.", "opinion",
            loaded=[L("Millionenschaden", "alarmist")])),
        H("Was Betreiber jetzt tun sollten"),
        P(S("Wer glaubt, ein Zaun und ein Nachtwächter reichten noch aus, spielt mit dem Feuer.", "opinion"),
          S("Moderne Detektionssysteme erkennen Drohnen auf bis zu fünf Kilometer Entfernung und schlagen automatisch Alarm.",
            claims=[Q("bis zu fünf Kilometer", 5, "kilometre", "distance", qualifier="up-to", subject="detection systems",
                      group="skarnholm-detection-range")]),
          S("Argus schützt bereits u. a. Chemieparks, Flughäfen und Umspannwerke in ganz Europa."),
          S("Warten Sie nicht, bis es zu spät ist.", "opinion")),
    ],
    "post": ["ANZEIGE",
             "Live-Webinar: „Drohnenabwehr für Betreiber kritischer Infrastruktur“",
             "Dienstag, 21.09.2027, 10.00–11.30 Uhr",
             "Referenten: Oberst a. D. Kai Brenneke; Dr. Mira Solvang, Argus Drohnenabwehr GmbH",
             "Unter allen Teilnehmenden verlosen wir eine Wärmebildkamera im Wert von 2.400 Euro.",
             "Details | |",
             "Jetzt anmelden: argus-drohnenabwehr.example/webinar – nur noch 80 Plätze frei!",
             "",
             "Argus Drohnenabwehr GmbH · Hafenweg 3 · 28199 Brakenau"],
    "removed": ["06.09.2027", "09:00 Uhr", "ANZEIGE", "Live-Webinar", "Dienstag, 21.09.2027, 10.00–11.30 Uhr",
                "Oberst a. D. Kai Brenneke", "Dr. Mira Solvang", "Wärmebildkamera im Wert von 2.400 Euro", "Details | |",
                "nur noch 80 Plätze frei", "Hafenweg 3 · 28199 Brakenau"],
}

# ---------------------------------------------------------------- 6. English tabloid (txt, dateline block)

KLAXON = {
    "input": "dev5/skarnholm-klaxon.txt", "story": SID, "event": EV,
    "publisher": "THE DAILY KLAXON", "published": "2027-09-04",
    "language": "en", "authors": ["Gary Pocock"], "sensational": True,
    "pre": ["THE DAILY KLAXON", "4 September 2027", "By GARY POCOCK"],
    "blocks": [
        H("SKY ASSASSINS! Kamikaze drone swarm turns oil plant into hellfire",
          loaded=[L("SKY ASSASSINS", "demonising"), L("hellfire", "alarmist")]),
        P(S("A dozen kamikaze drones screamed out of the night sky and smashed into Dorvania's biggest refinery in the early hours of Friday.",
            claims=[drones("A dozen kamikaze drones", value=12, source=None)]),
          S("Thirteen people were killed or injured as a fireball lit up the Skarnholm plant.",
            claims=[Q("Thirteen people were killed or injured", 13, "person", "killed or wounded", subject=PLANT,
                      group="skarnholm-killed", time=DAY)])),
        P(S("THOUSANDS of terrified locals fled their homes in their pyjamas.",
            claims=[Q("THOUSANDS of terrified locals", None, "person", "evacuated", qualifier="at-least", low=2000,
                      subject=PLANT, group="skarnholm-evacuated", time=DAY)],
            loaded=[L("terrified", "alarmist")]),
          S("Heroic firefighters battled the inferno for nearly 24 hours.",
            claims=[Q("nearly 24 hours", 24, "hour", "duration", qualifier="about", subject="refinery fire",
                      group="skarnholm-fire-duration", time=DAY)],
            loaded=[L("Heroic", "glorifying"), L("inferno", "alarmist")])),
        P(S("Dorvania's army chief says the killer drones came from Kestria.",
            claims=[blamed("the killer drones came from Kestria")],
            loaded=[L("killer drones", "demonising")]),
          S("Kestria, of course, denies everything.",
            claims=[denied("Kestria, of course, denies everything")]),
          S("But who else would want to plunge Europe into a winter of fuel chaos?", "opinion",
            loaded=[L("fuel chaos", "alarmist")])),
        P(S("Motorists are already paying the price."),
          S("Diesel has jumped by 9 cents a litre, and experts warn it could soon top €2.",
            claims=[Q("jumped by 9 cents a litre", 0.09, "eur", "increase", subject="diesel price",
                      group="skarnholm-diesel-rise"),
                    Q("could soon top €2", 2, "eur", None, qualifier="more-than", subject="diesel price", source="experts",
                      group="skarnholm-diesel-forecast")])),
        P(S("Enough is enough.", "opinion"),
          S("It is time to stop the so-called 'peace talks' with Kestria and blast these flying bombs out of the sky before they reach us...", "opinion",
            loaded=[L("'peace talks'", "belittling", "distancing"), L("flying bombs", "alarmist")])),
    ],
    "post": ["MORE FROM THE KLAXON",
             "- Soap star's secret seaside wedding: all the pictures",
             "- Win a caravan holiday for four!",
             "",
             "Comments (212) | Share on Facebook | Share on X"],
    "removed": ["MORE FROM THE KLAXON", "Soap star's secret seaside wedding", "Win a caravan holiday for four!",
                "Comments (212)", "By GARY POCOCK", "4 September 2027"],
}

ARTICLES = [MND, MP, EK, CP, ARGUS, KLAXON]

REWRITES = [["dev5/skarnholm-mnd.txt", "dev5/newsdesk.jsonl#mp-88410"]]

CHANNEL = {"title": "Coastline Press", "link": "https://coastlinepress.example/world",
           "description": "World news from Coastline Press", "language": "en"}


def _text_without_headline(article):
    return "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article)) + \
        "\n\n" + "\n".join(article["post"])


def files():
    """Input files of this story, the Coastline Press feed (boat follow-up and refinery) and the JSON Lines
    file (Coastline Press on the Brenndorf crush, Mittagspost on the refinery)."""
    crush = dev5_brenndorf.CP_CRUSH
    boat = dev5_lesca.CP_LESCA
    lines = [
        {"id": "cp-20270523-0233", "url": "https://coastlinepress.example/world/ardesia-cup-final-crush-0233",
         "title": headline(crush), "text": _text_without_headline(crush), "publisher": crush["publisher"],
         "published": crush["published"], "language": "en", "section": "World"},
        {"id": "mp-88410", "url": "https://mittagspost.example/ausland/dorvanien-raffinerie-skarnholm-88410",
         "title": headline(MP), "html": render_html(MP, MP_SITE), "publisher": MP["publisher"],
         "published": MP["published"], "language": "de", "section": "Ausland"},
    ]
    items = [(CP, "cp-20270903-0977", "https://coastlinepress.example/world/skarnholm-refinery-drones-0977", CP["extra"]),
             (boat, "cp-20270716-0412", "https://coastlinepress.example/world/varnesia-boat-wreck-0412", boat["extra"])]
    return {
        "skarnholm-mnd.txt": (render_txt(MND), False),
        "skarnholm-energie-kompass.html": (render_html(EK, EK_SITE), False),
        "skarnholm-argus.txt.gz": (render_txt(ARGUS), True),
        "skarnholm-klaxon.txt": (render_txt(KLAXON), False),
        "coastline.rss": (render_rss(CHANNEL, items), False),
        "newsdesk.jsonl": (render_jsonl(lines), False),
    }
