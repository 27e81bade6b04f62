"""dev27 story 1: on Thursday, 14 March 2047, a tower crane about 60 metres high topples on a building site in the harbour
district of Marbeck, the capital of Seravien; its jib smashes onto the roof of a neighbouring office building and the street;
two construction workers are killed and seven people injured, three of them seriously; about 120 people leave the office
building; tram line 4 is cut for about three days; the city puts the damage at three to four million euros. The
construction workers' union Fundament says the crane's anemometer showed gusts of more than 70 km/h at 9.50 and that the
contractor Hallmann had the operator carry on; Hallmann denies it.

A German agency report (sdn, text), a local paper's near-verbatim rewrite of it (Marbecker Anzeiger, HTML), an English wire
in its own words (Meridian Press Wire; a DE–EN pair with sdn; feet, miles per hour, a range in euros and dollars) and a
German tabloid on Friday morning (KNALL, gzip-compressed text) that inflates the injured, states the charge as fact, omits
the denial and ends with a rhetorical question. Invented by the Parallax team: country, city, firms, union, outlets, people
and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-marbeck-crane"
EV = "ev-marbeck-crane-collapse"
STORY = {"id": SID, "label": "Tower crane topples onto an office building in Marbeck's harbour district, Seravien",
         "events": [{"id": EV, "label": "A crane collapses in gusts; two workers killed, seven people injured (14 March 2047)"}]}

EVENT = "marbeck crane collapse"
THU = T("2047-03-14", "2047-03-14")
HM = "hallmann"
FU = "fundament"
CITY = "city authorities"
ORDER = (HM, "ordered", "the crane operator to keep working despite the wind alarm")
READING = "wind reading on the crane"

GROUPS = [
    {"id": "kr-killed", "story": SID, "status": "agreed",
     "why": "Two construction workers killed (sdn, Marbecker Anzeiger, Meridian Press Wire, KNALL)."},
    {"id": "kr-injured", "story": SID, "status": "conflicting",
     "why": "Seven people injured by the fire service's count (sdn, Anzeiger, Meridian) against KNALL's 'mindestens neun' the next morning."},
    {"id": "kr-serious", "story": SID, "status": "agreed", "why": "Three of the injured seriously hurt (sdn, Anzeiger, Meridian)."},
    {"id": "kr-height", "story": SID, "status": "agreed",
     "why": "A crane about 60 metres high (sdn, Anzeiger, KNALL's '60-Meter-Koloss') and Meridian's 200-foot crane (61 m)."},
    {"id": "kr-evacuated", "story": SID, "status": "agreed", "why": "About 120 people left the office building (sdn, Anzeiger, Meridian)."},
    {"id": "kr-site", "story": SID, "status": "agreed", "why": "35 workers on the site at the time, by Hallmann's figures (sdn, Anzeiger)."},
    {"id": "kr-gusts", "story": SID, "status": "agreed",
     "why": "Gusts of up to 85 km/h at the airport (sdn, Anzeiger; Meridian's 53 mph with 85 km/h in brackets)."},
    {"id": "kr-tram", "story": SID, "status": "agreed", "why": "Tram line 4 cut for about three days, says MVB (sdn, Anzeiger, Meridian)."},
    {"id": "kr-damage", "story": SID, "status": "agreed",
     "why": "Damage of three to four million euros by the city's estimate (sdn, Anzeiger; Meridian with $3.2 million to $4.3 million)."},
    {"id": "kr-reading", "story": SID, "status": "agreed",
     "why": "The figure the charge gives: the anemometer showed gusts of more than 70 km/h (sdn, Anzeiger; Meridian's 43 mph with 70 km/h)."},
    {"id": "kr-order", "story": SID, "status": "disputed",
     "why": "Fundament says Hallmann had the operator carry on despite the wind alarm (sdn, Anzeiger, Meridian); KNALL states it as fact; Hallmann denies it (sdn, Anzeiger, Meridian); KNALL omits the denial."},
    {"id": "kr-alarm-lead", "story": SID, "status": "single-source",
     "why": "Only KNALL: the anemometer sounded the alarm half an hour before the collapse."},
    {"id": "kr-colleagues", "story": SID, "status": "single-source", "why": "Only KNALL: dozens of colleagues in shock at the site fence."},
]

# ------------------------------------------------------------------ sdn (de agency, text; Thursday)

NDP = {
    "input": "dev27/marbeck-crane-sdn.txt", "story": SID, "event": EV,
    "publisher": "sdn Seravischer Nachrichtendienst", "published": "2047-03-14T15:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sdn Seravischer Nachrichtendienst", "14.03.2047 – 15:20", "Ressort: Panorama"],
    "blocks": [
        H("Baukran stürzt in Marbeck um – zwei Arbeiter tot",
          claims=[Q("zwei Arbeiter", 2, "worker", "killed", subject=EVENT, group="kr-killed", time=THU)]),
        P(S("MARBECK (sdn) – Auf einer Großbaustelle im Marbecker Hafenviertel ist am Donnerstag gegen 10.20 Uhr ein rund 60 Meter hoher Turmdrehkran umgestürzt.",
            claims=[Q("rund 60 Meter hoher Turmdrehkran", 60, "metre", "size", "about", subject="tower crane", group="kr-height")]),
          S("Der Ausleger krachte auf das Dach eines benachbarten Bürohauses und auf die Hafenstraße."),
          S("Zwei Bauarbeiter kamen ums Leben, sieben Menschen wurden verletzt, drei von ihnen schwer, wie die Feuerwehr mitteilte.",
            claims=[Q("Zwei Bauarbeiter", 2, "worker", "killed", subject=EVENT, source="fire service", group="kr-killed", time=THU),
                    Q("sieben Menschen", 7, "person", "wounded", subject=EVENT, source="fire service", group="kr-injured", time=THU),
                    Q("drei von ihnen", 3, "person", "wounded", subject=EVENT, source="fire service", group="kr-serious", time=THU)])),
        P(S("Rund 120 Menschen mussten das Bürohaus verlassen.",
            claims=[Q("Rund 120 Menschen", 120, "person", "evacuated", "about", subject=EVENT, group="kr-evacuated", time=THU)]),
          S("Zum Zeitpunkt des Unglücks waren nach Angaben der Baufirma Hallmann 35 Arbeiter auf der Baustelle.",
            claims=[Q("35 Arbeiter", 35, "worker", None, subject="marbeck harbour building site", source=HM, group="kr-site", time=THU)]),
          S("Der Wetterdienst hatte am Flughafen Marbeck Böen von bis zu 85 Kilometern pro Stunde gemessen.",
            claims=[Q("bis zu 85 Kilometern pro Stunde", 85, "kilometre per hour", None, "up-to", subject="storm over marbeck", source="weather service", group="kr-gusts", time=THU)])),
        P(S("Die Straßenbahnlinie 4 bleibt laut dem Verkehrsbetrieb MVB voraussichtlich drei Tage unterbrochen.",
            claims=[Q("drei Tage", 3, "day", "duration", subject="closure of tram line 4", source="mvb", group="kr-tram")]),
          S("Den Schaden schätzt die Stadt auf drei bis vier Millionen Euro.",
            claims=[Q("drei bis vier Millionen Euro", None, "eur", "cost", "range", low=3000000, high=4000000, subject=EVENT, source=CITY, group="kr-damage", time=THU)])),
        P(S("Die Baugewerkschaft Fundament erhebt schwere Vorwürfe gegen Hallmann."),
          S("Der Windmesser des Krans habe bereits um 9.50 Uhr Böen von mehr als 70 Kilometern pro Stunde angezeigt, der Kranführer sei dennoch angewiesen worden weiterzuarbeiten.",
            claims=[Q("mehr als 70 Kilometern pro Stunde", 70, "kilometre per hour", None, "more-than", subject=READING, source=FU, hedged=True, group="kr-reading", time=THU),
                    ST("der Kranführer sei dennoch angewiesen worden weiterzuarbeiten", *ORDER, "kr-order", source=FU, hedged=True)]),
          S("Hallmann weist das zurück: Der Kran sei vor dem Unglück stillgelegt worden.",
            claims=[ST("Hallmann weist das zurück", *ORDER, "kr-order", source=HM, denial=True)])),
    ],
    "post": ["sdn mk/tr 141520 Mär 47", "", "Themen: Bau · Unglücke · Marbeck", "© sdn – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["14.03.2047 – 15:20", "sdn mk/tr 141520 Mär 47", "Themen: Bau · Unglücke · Marbeck", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Marbecker Anzeiger (de local paper, HTML; near-verbatim rewrite of sdn)

MA_SITE = {
    "nav": ["Startseite", "Marbeck", "Hafenviertel", "Politik", "Kultur", "Sport", "Immobilien"],
    "cookie": "Wir und unsere 143 Partner speichern Informationen auf Ihrem Gerät.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "14.03.2047, 17:05 Uhr",
    "share": "Artikel teilen · 41 Kommentare",
    "ad": "Marbecker Anzeiger digital: 4 Wochen für 1 Euro",
    "related_title": "Mehr aus dem Hafenviertel",
    "related": ["Hafenbogen: Die 5 größten Bauprojekte der Stadt", "Linie 4: Umleitung über den Kaiplatz"],
    "footer": "© 2047 Marbecker Anzeiger · Impressum · Datenschutz",
    "inline": '<div class="teaser">Live-Ticker: Alle Entwicklungen zum Kranunglück</div>',
    "inline_at": 1,
    "after": '<div class="tags">Schlagwörter: Kranunglück, Hafenviertel, Baustelle</div>',
}

MA = {
    "input": "dev27/marbeck-crane-anzeiger.html", "story": SID, "event": EV,
    "publisher": "Marbecker Anzeiger", "published": "2047-03-14T17:05:00+01:00",
    "language": "de", "authors": ["Greta Voss"], "sensational": False,
    "blocks": [
        H("Kran stürzt im Hafenviertel um: Zwei Bauarbeiter sterben",
          claims=[Q("Zwei Bauarbeiter", 2, "worker", "killed", subject=EVENT, group="kr-killed", time=THU)]),
        P(S("Auf einer Großbaustelle im Hafenviertel ist am Donnerstag gegen 10.20 Uhr ein etwa 60 Meter hoher Turmdrehkran umgestürzt.",
            claims=[Q("etwa 60 Meter hoher Turmdrehkran", 60, "metre", "size", "about", subject="tower crane", group="kr-height")]),
          S("Sein Ausleger krachte auf das Dach eines benachbarten Bürohauses und auf die Hafenstraße."),
          S("Wie die Feuerwehr mitteilte, kamen zwei Bauarbeiter ums Leben; sieben Menschen wurden verletzt, drei davon schwer.",
            claims=[Q("zwei Bauarbeiter", 2, "worker", "killed", subject=EVENT, source="fire service", group="kr-killed", time=THU),
                    Q("sieben Menschen", 7, "person", "wounded", subject=EVENT, source="fire service", group="kr-injured", time=THU),
                    Q("drei davon", 3, "person", "wounded", subject=EVENT, source="fire service", group="kr-serious", time=THU)])),
        P(S("Etwa 120 Menschen mussten das Bürohaus räumen.",
            claims=[Q("Etwa 120 Menschen", 120, "person", "evacuated", "about", subject=EVENT, group="kr-evacuated", time=THU)]),
          S("Nach Angaben der Baufirma Hallmann arbeiteten zum Zeitpunkt des Unglücks 35 Menschen auf der Baustelle.",
            claims=[Q("35 Menschen", 35, "person", None, subject="marbeck harbour building site", source=HM, group="kr-site", time=THU)]),
          S("Am Flughafen maß der Wetterdienst Böen von bis zu 85 Kilometern pro Stunde.",
            claims=[Q("bis zu 85 Kilometern pro Stunde", 85, "kilometre per hour", None, "up-to", subject="storm over marbeck", source="weather service", group="kr-gusts", time=THU)])),
        P(S("Die Linie 4 bleibt nach Angaben der MVB voraussichtlich drei Tage unterbrochen.",
            claims=[Q("drei Tage", 3, "day", "duration", subject="closure of tram line 4", source="mvb", group="kr-tram")]),
          S("Die Stadt schätzt den Schaden auf drei bis vier Millionen Euro.",
            claims=[Q("drei bis vier Millionen Euro", None, "eur", "cost", "range", low=3000000, high=4000000, subject=EVENT, source=CITY, group="kr-damage", time=THU)])),
        P(S("Schwere Vorwürfe gegen Hallmann erhebt die Baugewerkschaft Fundament."),
          S("Schon um 9.50 Uhr habe der Windmesser des Krans Böen von mehr als 70 Kilometern pro Stunde angezeigt; trotzdem sei der Kranführer angewiesen worden weiterzuarbeiten.",
            claims=[Q("mehr als 70 Kilometern pro Stunde", 70, "kilometre per hour", None, "more-than", subject=READING, source=FU, hedged=True, group="kr-reading", time=THU),
                    ST("trotzdem sei der Kranführer angewiesen worden weiterzuarbeiten", *ORDER, "kr-order", source=FU, hedged=True)]),
          S("Hallmann weist die Vorwürfe zurück.",
            claims=[ST("Hallmann weist die Vorwürfe zurück", *ORDER, "kr-order", source=HM, denial=True)])),
        P(S("Die Hafenstraße bleibt bis auf Weiteres gesperrt.")),
    ],
    "removed": ["143 Partner", "14.03.2047, 17:05 Uhr", "41 Kommentare", "4 Wochen für 1 Euro", "Die 5 größten Bauprojekte",
                "Umleitung über den Kaiplatz", "Live-Ticker: Alle Entwicklungen zum Kranunglück",
                "Schlagwörter: Kranunglück, Hafenviertel, Baustelle", "© 2047 Marbecker Anzeiger"],
}

# ------------------------------------------------------------------ Meridian Press Wire (en wire, text; Thursday; pair with sdn)

MPW = {
    "input": "dev27/marbeck-crane-mpw.txt", "story": SID, "event": EV,
    "publisher": "Meridian Press Wire", "published": "2047-03-14T16:40:00+01:00",
    "language": "en", "authors": ["Colin Marsh"], "sensational": False,
    "pre": ["MERIDIAN PRESS WIRE", "Mar 14, 2047 15:40 GMT"],
    "blocks": [
        H("Crane topples onto Marbeck office block, killing two workers",
          claims=[Q("two workers", 2, "worker", "killed", subject=EVENT, group="kr-killed", time=THU)]),
        P(S("MARBECK, Seravia (MPW) – A 200-foot tower crane collapsed on a building site in the Seravian capital's harbour district on Thursday morning, killing two construction workers and injuring seven other people, three of them seriously, the fire service said.",
            claims=[Q("200-foot tower crane", 200, "foot", "size", subject="tower crane", group="kr-height"),
                    Q("two construction workers", 2, "worker", "killed", subject=EVENT, source="fire service", group="kr-killed", time=THU),
                    Q("seven other people", 7, "person", "wounded", subject=EVENT, source="fire service", group="kr-injured", time=THU),
                    Q("three of them", 3, "person", "wounded", subject=EVENT, source="fire service", group="kr-serious", time=THU)]),
          S("Its jib smashed into the roof of a neighbouring office building, from which about 120 people were evacuated.",
            claims=[Q("about 120 people", 120, "person", "evacuated", "about", subject=EVENT, group="kr-evacuated", time=THU)])),
        P(S("Gusts reached up to 53 mph (85 km/h) at Marbeck airport, according to the weather service.",
            claims=[Q("up to 53 mph", 53, "mile per hour", None, "up-to", subject="storm over marbeck", source="weather service", group="kr-gusts", time=THU),
                    Q("85 km/h", 85, "kilometre per hour", None, "up-to", subject="storm over marbeck", source="weather service", group="kr-gusts", time=THU)]),
          S("City officials put the damage at €3 million to €4 million ($3.2 million to $4.3 million), and transit operator MVB said tram line 4 would be suspended for about three days.",
            claims=[Q("€3 million to €4 million", None, "eur", "cost", "range", low=3000000, high=4000000, subject=EVENT, source=CITY, group="kr-damage", time=THU),
                    Q("$3.2 million to $4.3 million", None, "usd", "cost", "range", low=3200000, high=4300000, subject=EVENT, source=CITY, group="kr-damage", time=THU),
                    Q("about three days", 3, "day", "duration", "about", subject="closure of tram line 4", source="mvb", group="kr-tram")])),
        P(S("The construction workers' union Fundament said the crane's anemometer had shown gusts of more than 43 mph (70 km/h) as early as 9:50 a.m. and accused the contractor, Hallmann, of ordering the operator to carry on.",
            claims=[Q("more than 43 mph", 43, "mile per hour", None, "more-than", subject=READING, source=FU, group="kr-reading", time=THU),
                    Q("70 km/h", 70, "kilometre per hour", None, "more-than", subject=READING, source=FU, group="kr-reading", time=THU),
                    ST("accused the contractor, Hallmann, of ordering the operator to carry on", *ORDER, "kr-order", source=FU)]),
          S("Hallmann denied the accusation, saying the crane had been shut down before it fell.",
            claims=[ST("Hallmann denied the accusation", *ORDER, "kr-order", source=HM, denial=True)])),
    ],
    "post": ["(Reporting by Colin Marsh; editing by Priya Nandakumar)", "© 2047 Meridian Press Wire. All rights reserved."],
    "removed": ["Mar 14, 2047 15:40 GMT", "editing by Priya Nandakumar", "© 2047 Meridian Press Wire"],
}

# ------------------------------------------------------------------ KNALL (de tabloid, gzip text; Friday; omits the denial)

KN = {
    "input": "dev27/marbeck-crane-knall.txt.gz", "story": SID, "event": EV,
    "publisher": "KNALL", "published": "2047-03-15T06:00:00+01:00",
    "language": "de", "authors": ["Ronny Pflaum"], "sensational": True,
    "pre": ["KNALL", "Freitag, 15. März 2047"],
    "blocks": [
        H("TODES-KRAN! Baulöwen ließen im Sturm weiterschuften",
          claims=[ST("Baulöwen ließen im Sturm weiterschuften", *ORDER, "kr-order")],
          loaded=[L("TODES-KRAN", "alarmist"), L("Baulöwen", "demonising")]),
        P(S("Zwei Männer tot, mindestens neun Verletzte – das ist die grausame Bilanz des Kran-Horrors im Hafenviertel!",
            claims=[Q("Zwei Männer", 2, "person", "killed", subject=EVENT, group="kr-killed", time=THU),
                    Q("mindestens neun Verletzte", 9, "person", "wounded", "at-least", subject=EVENT, group="kr-injured", time=THU)],
            loaded=[L("grausame", "alarmist"), L("Kran-Horrors", "alarmist")]),
          S("Der 60-Meter-Koloss knickte um wie ein Streichholz und zerschmetterte das Dach eines Bürohauses.",
            claims=[Q("60-Meter-Koloss", 60, "metre", "size", subject="tower crane", group="kr-height")]),
          S("Dutzende Kollegen standen danach unter Schock am Bauzaun.",
            claims=[Q("Dutzende Kollegen", 24, "person", None, "at-least", subject=EVENT, group="kr-colleagues", time=THU)])),
        P(S("Dabei schlug der Windmesser schon eine halbe Stunde vorher Alarm!",
            claims=[Q("eine halbe Stunde", 30, "minute", "duration", subject="wind alarm before the collapse", group="kr-alarm-lead")]),
          S("Doch Hallmann ließ den Kranführer einfach weitermachen.",
            claims=[ST("Hallmann ließ den Kranführer einfach weitermachen", *ORDER, "kr-order")]),
          S("Die Firma spricht von einem „tragischen Naturereignis“.",
            loaded=[L("„tragischen Naturereignis“", "euphemism", "distancing")]),
          S("Ein Kollege der Toten zu KNALL: „Die haben uns verheizt.“", "quote",
            loaded=[L("verheizt", "demonising", "reported")])),
        P(S("Wie viele Bauarbeiter müssen noch sterben, bis die Profitgier auf dem Bau endlich gestoppt wird?", "opinion",
            loaded=[L("Profitgier", "demonising")])),
    ],
    "post": ["Mehr KNALL: Die 10 gefährlichsten Baustellen im Land", "KNALL+ jetzt 14 Tage gratis lesen"],
    "removed": ["Die 10 gefährlichsten Baustellen im Land", "14 Tage gratis lesen"],
}

ARTICLES = [NDP, MA, MPW, KN]

REWRITES = [["dev27/marbeck-crane-sdn.txt", "dev27/marbeck-crane-anzeiger.html"]]


def files():
    return {
        "marbeck-crane-sdn.txt": (render_txt(NDP), False),
        "marbeck-crane-anzeiger.html": (render_html(MA, MA_SITE), False),
        "marbeck-crane-mpw.txt": (render_txt(MPW), False),
        "marbeck-crane-knall.txt.gz": (render_txt(KN), True),
    }
