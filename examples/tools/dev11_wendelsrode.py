"""dev11 story 1: a tornado tears through the small town of Wendelsrode (Kreis Oberlauk) on Sunday evening,
13 June 2027; two evenings later a hailstorm strikes the same town during the clean-up (15 June 2027).

A German agency report (dateline block) with two rewrites (the district paper's HTML page and an aggregator's
JSON Lines item), an English broadcaster's Atom entry from the night of the tornado (earlier toll), a tabloid
that states the late warning as fact and omits the weather service's denial, and an English wire report on
the hailstorm (the second event). Invented by the Parallax team: towns, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom, headline, content_blocks

SID = "st-wendelsrode-tornado"
EV1 = "ev-wendelsrode-tornado"
EV2 = "ev-wendelsrode-hail"
STORY = {"id": SID, "label": "Tornado and hailstorm in Wendelsrode",
         "events": [{"id": EV1, "label": "A tornado kills two people and damages hundreds of buildings in Wendelsrode (13 June 2027)"},
                    {"id": EV2, "label": "A hailstorm hits tornado-damaged Wendelsrode during the clean-up (15 June 2027)"}]}

POL = "police"
DO = "district office"
WS = "weather service"
LR = "gernot seidlhuber"
SG = "state government"
TOWN = "wendelsrode"
TOR = "tornado"
SUN = T("2027-06-13", "2027-06-13")
NIGHT = T("2027-06-13", "2027-06-14")
TUE = T("2027-06-15", "2027-06-15")

GROUPS = [
    {"id": "wen-killed", "story": SID, "status": "compatible",
     "why": "One dead on Sunday night (Harbourline), two from Monday on (VNA, its rewrites, Blitz-Echo, Meridian): an earlier toll."},
    {"id": "wen-injured", "story": SID, "status": "compatible",
     "why": "At least 25 injured on Sunday night (Harbourline), 37 from Monday (police via VNA and rewrites), the looser 'Dutzende' (Blitz-Echo)."},
    {"id": "wen-injured-serious", "story": SID, "status": "agreed",
     "why": "VNA, Kreisblatt and Ticker360: six of the injured seriously."},
    {"id": "wen-buildings", "story": SID, "status": "conflicting",
     "why": "About 420 damaged buildings (district office via VNA, Kreisblatt, Ticker360; fire chief via Meridian) cannot be 'more than 500' (Blitz-Echo); Harbourline's earlier 'dozens' is looser."},
    {"id": "wen-uninhabitable", "story": SID, "status": "agreed",
     "why": "VNA and Kreisblatt: 35 buildings uninhabitable."},
    {"id": "wen-damage", "story": SID, "status": "compatible",
     "why": "At least 40 million euros (the district administrator) beside the insurers' 50 to 70 million (Kreisblatt, Meridian): a bound below a range."},
    {"id": "wen-track-length", "story": SID, "status": "agreed",
     "why": "About nine kilometres (VNA) and about 5.6 miles (9 km) (Harbourline)."},
    {"id": "wen-track-width", "story": SID, "status": "agreed",
     "why": "VNA and Harbourline: up to 300 metres wide."},
    {"id": "wen-wind", "story": SID, "status": "agreed",
     "why": "VNA and Kreisblatt: winds of up to 250 km/h (weather service)."},
    {"id": "wen-rescuers", "story": SID, "status": "agreed",
     "why": "More than 600 emergency workers (VNA, Kreisblatt, Ticker360) and some 650 (Harbourline) state the same number."},
    {"id": "wen-power", "story": SID, "status": "agreed",
     "why": "About 8,000 households without power in VNA, Kreisblatt, Ticker360 and Harbourline."},
    {"id": "wen-shelter", "story": SID, "status": "compatible",
     "why": "120 residents in the gym (VNA, Kreisblatt) beside Harbourline's looser 'more than 100'."},
    {"id": "wen-disaster", "story": SID, "status": "agreed",
     "why": "VNA and Kreisblatt: the district administrator declared a state of disaster."},
    {"id": "wen-aid", "story": SID, "status": "compatible",
     "why": "Five million euros of emergency aid pledged on Monday (VNA, Kreisblatt, Ticker360, Blitz-Echo), raised to 7.5 million on Tuesday (Meridian): a later figure."},
    {"id": "wen-warning", "story": SID, "status": "disputed",
     "why": "Residents (VNA) and Blitz-Echo (as fact) say the warning came too late; the weather service denies it (VNA, Kreisblatt); Blitz-Echo omits the denial."},
    {"id": "wen-warning-lead", "story": SID, "status": "disputed",
     "why": "The weather service's 'about 45 minutes' before the tornado (in its denial) against Blitz-Echo's 'only ten minutes'."},
    {"id": "hail-cellars", "story": SID, "status": "single-source", "why": "Only Meridian: dozens of cellars flooded by the hailstorm."},
    {"id": "hail-size", "story": SID, "status": "single-source", "why": "Only Meridian: hailstones up to four centimetres."},
    {"id": "hail-duration", "story": SID, "status": "single-source", "why": "Only Meridian: hail for about 20 minutes."},
    {"id": "hail-tarps", "story": SID, "status": "single-source", "why": "Only Meridian: tarpaulins torn off about 60 buildings."},
    {"id": "hail-injured", "story": SID, "status": "single-source", "why": "Only Meridian: two firefighters slightly hurt."},
    {"id": "hail-calls", "story": SID, "status": "single-source", "why": "Only Meridian: more than 140 emergency calls."},
    {"id": "hail-cleanup", "story": SID, "status": "single-source", "why": "Only Meridian: at least three more weeks of clean-up."},
]

# ------------------------------------------------------------------ VNA (de agency report, dateline block)

VNA = {
    "input": "dev11/wendelsrode-vna.txt", "story": SID, "event": EV1,
    "publisher": "VNA Vereinigte Nachrichtenagentur", "published": "2027-06-14T10:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["VNA Vereinigte Nachrichtenagentur", "Montag, 14.06.2027, 10:05 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Tornado verwüstet Wendelsrode – zwei Tote, 37 Verletzte",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=TOR, group="wen-killed", time=NIGHT),
                  Q("37 Verletzte", 37, "person", "wounded", subject=TOR, group="wen-injured", time=NIGHT)]),
        P(S("Ein Tornado hat am Sonntagabend weite Teile der Kleinstadt Wendelsrode im Kreis Oberlauk verwüstet."),
          S("Zwei Menschen kamen ums Leben, 37 wurden verletzt, sechs davon schwer, wie die Polizei am Montagmorgen mitteilte.",
            claims=[Q("Zwei Menschen kamen ums Leben", 2, "person", "killed", subject=TOR, source=POL, group="wen-killed", time=NIGHT),
                    Q("37 wurden verletzt", 37, "person", "wounded", subject=TOR, source=POL, group="wen-injured", time=NIGHT),
                    Q("sechs davon schwer", 6, "person", "wounded", subject=TOR, source=POL, group="wen-injured-serious", time=NIGHT)])),
        P(S("Ein 78 Jahre alter Mann wurde am Sonntag in der Lindenstraße von einem umstürzenden Baum erschlagen."),
          S("Am Montagmorgen bargen Einsatzkräfte die Leiche einer 64-jährigen Frau aus den Trümmern einer eingestürzten Scheune am Ortsrand.")),
        P(S("Nach ersten Schätzungen des Landratsamts wurden rund 420 Gebäude beschädigt, 35 davon sind nicht mehr bewohnbar.",
            claims=[Q("rund 420 Gebäude beschädigt", 420, "building", "damaged", "about", subject=TOWN, source=DO, group="wen-buildings", time=SUN),
                    Q("35 davon sind nicht mehr bewohnbar", 35, "building", "damaged", subject=TOWN, source=DO, group="wen-uninhabitable", time=SUN)]),
          S("Den Schaden bezifferte Landrat Gernot Seidlhuber auf mindestens 40 Millionen Euro.",
            claims=[Q("mindestens 40 Millionen Euro", 40000000, "eur", "cost", "at-least", subject=TOR, source=LR, group="wen-damage", time=SUN)])),
        P(S("Der Tornado zog nach Angaben des Landeswetterdienstes gegen 18.40 Uhr über den Ort."),
          S("Seine Spur sei etwa neun Kilometer lang und bis zu 300 Meter breit, die Windgeschwindigkeit habe bis zu 250 Kilometer pro Stunde erreicht.",
            claims=[Q("etwa neun Kilometer lang", 9, "kilometre", "size", "about", subject=TOR, source=WS, hedged=True, group="wen-track-length", time=SUN),
                    Q("bis zu 300 Meter breit", 300, "metre", "size", "up-to", subject=TOR, source=WS, hedged=True, group="wen-track-width", time=SUN),
                    Q("bis zu 250 Kilometer pro Stunde", 250, None, None, "up-to", subject=TOR, source=WS, hedged=True, group="wen-wind", time=SUN)]),
          S("Es war der stärkste Tornado in der Region seit 1986.")),
        P(S("Mehr als 600 Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Rettungsdienst waren die Nacht über im Einsatz.",
            claims=[Q("Mehr als 600 Einsatzkräfte", 600, "person", "deployed", "more-than", subject=TOR, group="wen-rescuers", time=NIGHT)]),
          S("Rund 8.000 Haushalte waren zeitweise ohne Strom.",
            claims=[Q("Rund 8.000 Haushalte", 8000, "household", "affected", "about", subject=TOWN, group="wen-power", time=NIGHT)]),
          S("120 Bewohnerinnen und Bewohner verbrachten die Nacht in einer Turnhalle.",
            claims=[Q("120 Bewohnerinnen und Bewohner", 120, "person", "displaced", subject=TOWN, group="wen-shelter", time=NIGHT)])),
        P(S("Der Landrat rief noch am Sonntagabend den Katastrophenfall aus.",
            claims=[ST("Der Landrat rief noch am Sonntagabend den Katastrophenfall aus", LR, "declared", "state of disaster", "wen-disaster")]),
          S("Die Landesregierung sagte fünf Millionen Euro Soforthilfe zu.",
            claims=[Q("fünf Millionen Euro Soforthilfe", 5000000, "eur", "pledged", subject=SG, group="wen-aid", time=T("2027-06-14", "2027-06-14"))])),
        P(S("In sozialen Netzwerken beklagten Anwohner, sie seien nicht rechtzeitig gewarnt worden.",
            claims=[ST("sie seien nicht rechtzeitig gewarnt worden", WS, "warned too late", "residents", "wen-warning", source="residents", hedged=True)]),
          S("Der Landeswetterdienst wies das zurück: Die Unwetterwarnung der höchsten Stufe sei um 17.55 Uhr und damit rund 45 Minuten vor dem Tornado herausgegeben worden.",
            claims=[ST("Der Landeswetterdienst wies das zurück", WS, "warned too late", "residents", "wen-warning", source=WS, denial=True),
                    Q("rund 45 Minuten vor dem Tornado", 45, "minute", "duration", "about", subject=WS, source=WS, hedged=True, group="wen-warning-lead", time=SUN)])),
        P(S("Die Gemeinde hat ein Bürgertelefon unter der Nummer 05563 / 4419 eingerichtet.")),
    ],
    "post": ["vna/ob/kr 141005 Jun 27", "", "Weitere Meldungen: Unwetter · Oberlauk · Katastrophenschutz",
             "© VNA Vereinigte Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Montag, 14.06.2027, 10:05 Uhr", "Ressort: Vermischtes", "vna/ob/kr 141005 Jun 27",
                "Weitere Meldungen: Unwetter · Oberlauk · Katastrophenschutz", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Oberlauker Kreisblatt (de, HTML; rewrite of VNA)

KB_SITE = {
    "nav": ["Oberlauk", "Wendelsrode", "Blaulicht", "Wirtschaft", "Sport", "Leserbriefe", "Digital-Abo"],
    "cookie": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät. Ihre Zustimmung können Sie jederzeit widerrufen.",
    "cookie_ok": "Zustimmen und weiter",
    "by": "Von",
    "date_label": "Montag, 14. Juni 2027, 12:30 Uhr",
    "share": "Artikel teilen · Drucken · Merken",
    "ad": "Anzeige: Dachdeckerei Wolfsteller – Sturmschäden? Notdienst rund um die Uhr, Tel. 05563 / 88 20",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Schützenfest in Brackenau abgesagt", "Kreistag berät über neue Kreisstraße K 14",
                "Gewitter: So schützen Sie Ihr Haus vor Blitzeinschlag"],
    "footer": "© Oberlauker Kreisblatt 2027 · Impressum · AGB · Datenschutz",
    "inline": '<div class="teaser"><strong>Bildergalerie:</strong> <a href="/galerie/tornado-wendelsrode">Die Verwüstung in 38 Bildern</a></div>',
    "inline_at": 3,
    "after": '<p class="source">Mit Material von VNA</p>\n<p class="tags">Schlagwörter: Tornado · Wendelsrode · Unwetter · Landratsamt</p>',
}

KB = {
    "input": "dev11/wendelsrode-kreisblatt.html", "story": SID, "event": EV1,
    "publisher": "Oberlauker Kreisblatt", "published": "2027-06-14T12:30:00+02:00",
    "language": "de", "authors": ["Sabine Oelkers"], "sensational": False,
    "blocks": [
        H("Zwei Tote nach Tornado in Wendelsrode – Landrat ruft Katastrophenfall aus",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=TOR, group="wen-killed", time=NIGHT),
                  ST("Landrat ruft Katastrophenfall aus", LR, "declared", "state of disaster", "wen-disaster")]),
        P(S("Der Tornado, der am Sonntagabend über Wendelsrode hinwegzog, hat zwei Menschenleben gefordert.",
            claims=[Q("zwei Menschenleben gefordert", 2, "person", "killed", subject=TOR, group="wen-killed", time=NIGHT)]),
          S("Nach Angaben der Polizei wurden außerdem 37 Menschen verletzt, sechs von ihnen schwer.",
            claims=[Q("37 Menschen verletzt", 37, "person", "wounded", subject=TOR, source=POL, group="wen-injured", time=NIGHT),
                    Q("sechs von ihnen schwer", 6, "person", "wounded", subject=TOR, source=POL, group="wen-injured-serious", time=NIGHT)])),
        P(S("Bei den Toten handelt es sich um einen 78-jährigen Mann aus der Lindenstraße, den ein entwurzelter Baum traf, und um eine 64 Jahre alte Frau, die in einer einstürzenden Scheune starb.")),
        P(S("Das Landratsamt geht von etwa 420 beschädigten Gebäuden aus.",
            claims=[Q("etwa 420 beschädigten Gebäuden", 420, "building", "damaged", "about", subject=TOWN, source=DO, group="wen-buildings", time=SUN)]),
          S("35 Häuser gelten als unbewohnbar.",
            claims=[Q("35 Häuser gelten als unbewohnbar", 35, "house", "damaged", subject=TOWN, source=DO, group="wen-uninhabitable", time=SUN)]),
          S("Landrat Gernot Seidlhuber schätzt den Schaden auf mindestens 40 Millionen Euro, der Verband der Schadenversicherer rechnet sogar mit 50 bis 70 Millionen Euro.",
            claims=[Q("mindestens 40 Millionen Euro", 40000000, "eur", "cost", "at-least", subject=TOR, source=LR, group="wen-damage", time=SUN),
                    Q("50 bis 70 Millionen Euro", None, "eur", "cost", "range", low=50000000, high=70000000, subject=TOR, source="insurers", group="wen-damage", time=SUN)])),
        P(S("„So etwas hat Wendelsrode noch nie erlebt“, sagte Bürgermeisterin Petra Landfried am Vormittag vor dem zerstörten Feuerwehrhaus.", "quote"),
          S("„Wir werden jedes Dach wieder decken.“", "quote")),
        P(S("Mehr als 600 Helferinnen und Helfer arbeiteten die ganze Nacht.",
            claims=[Q("Mehr als 600 Helferinnen und Helfer", 600, "person", "deployed", "more-than", subject=TOR, group="wen-rescuers", time=NIGHT)]),
          S("Zeitweise waren rund 8.000 Haushalte ohne Strom, 120 Menschen kamen in der Turnhalle der Grundschule unter.",
            claims=[Q("rund 8.000 Haushalte ohne Strom", 8000, "household", "affected", "about", subject=TOWN, group="wen-power", time=NIGHT),
                    Q("120 Menschen kamen in der Turnhalle der Grundschule unter", 120, "person", "displaced", subject=TOWN, group="wen-shelter", time=NIGHT)])),
        P(S("Laut Landeswetterdienst erreichte der Tornado Windgeschwindigkeiten von bis zu 250 Kilometern pro Stunde.",
            claims=[Q("bis zu 250 Kilometern pro Stunde", 250, None, None, "up-to", subject=TOR, source=WS, group="wen-wind", time=SUN)]),
          S("Der Wetterdienst betonte, die Warnung sei rund 45 Minuten vor dem Durchzug herausgegeben worden, und widersprach damit der Kritik von Anwohnern.",
            claims=[ST("widersprach damit der Kritik von Anwohnern", WS, "warned too late", "residents", "wen-warning", source=WS, denial=True),
                    Q("rund 45 Minuten vor dem Durchzug", 45, "minute", "duration", "about", subject=WS, source=WS, hedged=True, group="wen-warning-lead", time=SUN)])),
        P(S("Die Landesregierung stellte fünf Millionen Euro Soforthilfe bereit.",
            claims=[Q("fünf Millionen Euro Soforthilfe", 5000000, "eur", "pledged", subject=SG, group="wen-aid", time=T("2027-06-14", "2027-06-14"))])),
        H("Hier gibt es Hilfe"),
        P(S("Das Bürgertelefon ist unter 05563 / 4419 erreichbar, Sachspenden nimmt das Gemeindehaus in der Kirchgasse 3 an.")),
    ],
    "removed": ["Wir und unsere Partner speichern Informationen", "Zustimmen und weiter", "Montag, 14. Juni 2027, 12:30 Uhr",
                "Leserbriefe", "Digital-Abo", "Artikel teilen · Drucken · Merken", "Dachdeckerei Wolfsteller",
                "Schützenfest in Brackenau abgesagt", "Kreistag berät über neue Kreisstraße K 14", "So schützen Sie Ihr Haus vor Blitzeinschlag",
                "© Oberlauker Kreisblatt 2027", "Die Verwüstung in 38 Bildern", "Mit Material von VNA",
                "Schlagwörter: Tornado · Wendelsrode · Unwetter · Landratsamt"],
}

# ------------------------------------------------------------------ Ticker360 (de aggregator, JSON Lines item with text; rewrite of VNA)

TICKER = {
    "input": "dev11/news.jsonl#t360-558201", "story": SID, "event": EV1,
    "publisher": "Ticker360", "published": "2027-06-14T11:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Tornado in Wendelsrode: Zwei Tote und 37 Verletzte",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=TOR, group="wen-killed", time=NIGHT),
                  Q("37 Verletzte", 37, "person", "wounded", subject=TOR, group="wen-injured", time=NIGHT)]),
        P(S("Bei einem Tornado in Wendelsrode (Kreis Oberlauk) sind am Sonntagabend zwei Menschen getötet worden.",
            claims=[Q("zwei Menschen getötet", 2, "person", "killed", subject=TOR, group="wen-killed", time=NIGHT)]),
          S("Wie die Polizei mitteilte, gab es 37 Verletzte, sechs davon schwer.",
            claims=[Q("37 Verletzte", 37, "person", "wounded", subject=TOR, source=POL, group="wen-injured", time=NIGHT),
                    Q("sechs davon schwer", 6, "person", "wounded", subject=TOR, source=POL, group="wen-injured-serious", time=NIGHT)])),
        P(S("Rund 420 Gebäude wurden laut Landratsamt beschädigt.",
            claims=[Q("Rund 420 Gebäude", 420, "building", "damaged", "about", subject=TOWN, source=DO, group="wen-buildings", time=SUN)]),
          S("Der Schaden liegt demnach bei mindestens 40 Millionen Euro.",
            claims=[Q("mindestens 40 Millionen Euro", 40000000, "eur", "cost", "at-least", subject=TOR, source=DO, group="wen-damage", time=SUN)])),
        P(S("Mehr als 600 Einsatzkräfte waren vor Ort, rund 8.000 Haushalte hatten zeitweise keinen Strom.",
            claims=[Q("Mehr als 600 Einsatzkräfte", 600, "person", "deployed", "more-than", subject=TOR, group="wen-rescuers", time=NIGHT),
                    Q("rund 8.000 Haushalte", 8000, "household", "affected", "about", subject=TOWN, group="wen-power", time=NIGHT)]),
          S("Die Landesregierung kündigte fünf Millionen Euro Soforthilfe an.",
            claims=[Q("fünf Millionen Euro Soforthilfe", 5000000, "eur", "pledged", subject=SG, group="wen-aid", time=T("2027-06-14", "2027-06-14"))])),
    ],
    "post": ["Quelle: VNA", "Mehr Nachrichten aus der Region auf ticker360.example", "Anzeige: Jetzt Unwetterversicherung vergleichen – bis zu 30 % sparen"],
    "removed": ["Quelle: VNA", "Mehr Nachrichten aus der Region", "Jetzt Unwetterversicherung vergleichen"],
}

# ------------------------------------------------------------------ Harbourline News (en broadcaster, Atom entry, Sunday night)

HARBOUR = {
    "input": "dev11/harbourline.atom#tag:harbourline.example,2027:world/wendelsrode-tornado-8812", "story": SID, "event": EV1,
    "publisher": "Harbourline News", "published": "2027-06-13T23:20:00+02:00",
    "language": "en", "authors": ["Megan Fairclough"], "sensational": False,
    "blocks": [
        H("Tornado tears through the town of Wendelsrode, killing one",
          claims=[Q("killing one", 1, "person", "killed", subject=TOR, group="wen-killed", time=SUN)]),
        P(S("A tornado ripped through the small town of Wendelsrode on Sunday evening, killing one person and injuring at least 25, police said.",
            claims=[Q("killing one person", 1, "person", "killed", subject=TOR, source=POL, group="wen-killed", time=SUN),
                    Q("injuring at least 25", 25, "person", "wounded", "at-least", subject=TOR, source=POL, group="wen-injured", time=SUN)]),
          S("The victim, a man of 78, was struck by a falling tree, a police spokesman told Harbourline.")),
        P(S("Dozens of homes were damaged, some of them left without roofs.",
            claims=[Q("Dozens of homes", 24, "house", "damaged", "at-least", subject=TOWN, group="wen-buildings", time=SUN)]),
          S("The twister cut a track about 5.6 miles (9 km) long and up to 300 metres wide through the town, according to the regional weather service.",
            claims=[Q("about 5.6 miles", 5.6, "mile", "size", "about", subject=TOR, source=WS, group="wen-track-length", time=SUN),
                    Q("9 km", 9, "kilometre", "size", subject=TOR, source=WS, group="wen-track-length", time=SUN),
                    Q("up to 300 metres wide", 300, "metre", "size", "up-to", subject=TOR, source=WS, group="wen-track-width", time=SUN)])),
        P(S("Some 650 emergency workers were deployed overnight.",
            claims=[Q("Some 650 emergency workers", 650, "person", "deployed", "about", subject=TOR, group="wen-rescuers", time=NIGHT)]),
          S("About 8,000 households lost power, and more than 100 residents were spending the night in a school gym.",
            claims=[Q("About 8,000 households lost power", 8000, "household", "affected", "about", subject=TOWN, group="wen-power", time=SUN),
                    Q("more than 100 residents", 100, "person", "displaced", "more-than", subject=TOWN, group="wen-shelter", time=NIGHT)])),
        P(S("“It was over in less than a minute, but it felt like forever,” said Jonas Brettschneider, who watched from his cellar window.", "quote"),
          S("Forecasters had issued a severe weather warning for the district at 5.55 p.m.")),
    ],
    "extra": '<p class="more">Watch: <a href="https://harbourline.example/video/wendelsrode">Drone footage shows the tornado\'s path</a></p>',
    "removed": ["Watch:", "Drone footage shows the tornado's path"],
}

# ------------------------------------------------------------------ BLITZ-ECHO (de tabloid, dateline block; omits the denial)

BLITZ = {
    "input": "dev11/wendelsrode-blitzecho.txt", "story": SID, "event": EV1,
    "publisher": "BLITZ-ECHO", "published": "2027-06-15T05:45:00+02:00",
    "language": "de", "authors": ["Dennis Kolbeck"], "sensational": True,
    "pre": ["BLITZ-ECHO", "15.06.2027 – 05:45", "Von Dennis Kolbeck"],
    "blocks": [
        H("MONSTER-TORNADO! Mehr als 500 Häuser kaputt – und keiner hat uns gewarnt",
          claims=[Q("Mehr als 500 Häuser kaputt", 500, "house", "damaged", "more-than", subject=TOWN, group="wen-buildings", time=SUN),
                  ST("keiner hat uns gewarnt", WS, "warned too late", "residents", "wen-warning")],
          loaded=[L("MONSTER-TORNADO", "alarmist")]),
        P(S("Wendelsrode ist nicht wiederzuerkennen.", "opinion"),
          S("Es sieht aus wie nach einem Krieg.", "opinion", loaded=[L("wie nach einem Krieg", "alarmist")])),
        P(S("Der Höllen-Sturm riss am Sonntag zwei Menschen in den Tod und verletzte Dutzende.",
            claims=[Q("zwei Menschen in den Tod", 2, "person", "killed", subject=TOR, group="wen-killed", time=SUN),
                    Q("verletzte Dutzende", 24, "person", "wounded", "at-least", subject=TOR, group="wen-injured", time=SUN)],
            loaded=[L("Höllen-Sturm", "alarmist")]),
          S("Mehr als 500 Häuser sind beschädigt, viele sind nur noch Ruinen.",
            claims=[Q("Mehr als 500 Häuser", 500, "house", "damaged", "more-than", subject=TOWN, group="wen-buildings", time=SUN)]),
          S("Unsere tapferen Feuerwehr-Helden schufteten die ganze Nacht.",
            loaded=[L("tapferen Feuerwehr-Helden", "glorifying")])),
        P(S("Die Handy-Warnung kam erst zehn Minuten vor dem Monster-Sturm – viel zu spät!",
            claims=[Q("erst zehn Minuten vor dem Monster-Sturm", 10, "minute", "duration", subject=WS, group="wen-warning-lead", time=SUN),
                    ST("Die Handy-Warnung kam erst zehn Minuten vor dem Monster-Sturm", WS, "warned too late", "residents", "wen-warning")],
            loaded=[L("Monster-Sturm", "alarmist")]),
          S("Rentnerin Hildegard M. (81) zum BLITZ-ECHO: „Ich hab nur noch gesehen, wie unser Dach davonfliegt.“", "quote")),
        P(S("Und was macht die Politik?", "opinion"),
          S("Lächerliche fünf Millionen Euro Soforthilfe hat die Landesregierung locker gemacht.",
            claims=[Q("fünf Millionen Euro Soforthilfe", 5000000, "eur", "pledged", subject=SG, group="wen-aid", time=T("2027-06-14", "2027-06-14"))],
            loaded=[L("Lächerliche", "belittling")]),
          S("Die Schreibtischhengste in der Landeshauptstadt sollten sich schämen!", "opinion",
            loaded=[L("Schreibtischhengste", "belittling")])),
        P(S("BLITZ-ECHO fordert: Sirenen in jedes Dorf – und zwar sofort!", "opinion")),
    ],
    "post": ["Mehr vom BLITZ-ECHO:", "- Unwetter-Ticker: Wo es heute kracht", "- Jetzt BLITZ-ECHO+ testen: 4 Wochen für 0,99 €",
             "", "#Tornado #Wendelsrode #Unwetter"],
    "removed": ["15.06.2027 – 05:45", "Von Dennis Kolbeck", "Mehr vom BLITZ-ECHO:", "Unwetter-Ticker: Wo es heute kracht",
                "4 Wochen für 0,99 €", "#Tornado #Wendelsrode #Unwetter"],
}

# ------------------------------------------------------------------ Meridian Press (en wire, dateline block; the hailstorm)

MERIDIAN = {
    "input": "dev11/wendelsrode-meridian.txt", "story": SID, "event": EV2,
    "publisher": "Meridian Press", "published": "2027-06-16T07:15:00+02:00",
    "language": "en", "authors": ["Katrin Oyelaran"], "sensational": False,
    "pre": ["MERIDIAN PRESS", "June 16, 2027 07:15 CEST", "By Katrin Oyelaran"],
    "blocks": [
        H("Hailstorm batters tornado-hit Wendelsrode, setting back clean-up"),
        P(S("A violent hailstorm swept over the town of Wendelsrode on Tuesday evening, two days after a tornado killed two people there, tearing emergency tarpaulins from roofs and flooding dozens of cellars.",
            claims=[Q("a tornado killed two people", 2, "person", "killed", subject=TOR, group="wen-killed", time=SUN),
                    Q("flooding dozens of cellars", 24, None, "flooded", "at-least", subject="hailstorm", group="hail-cellars", time=TUE)]),
          S("Hailstones up to four centimetres across fell for about 20 minutes, the regional weather service said.",
            claims=[Q("up to four centimetres", 4, "centimetre", "size", "up-to", subject="hailstorm", source=WS, group="hail-size", time=TUE),
                    Q("for about 20 minutes", 20, "minute", "duration", "about", subject="hailstorm", source=WS, group="hail-duration", time=TUE)])),
        P(S("Fire chief Arne Vollmering said tarpaulins had been torn off about 60 of the roughly 420 buildings damaged on Sunday.",
            claims=[Q("about 60", 60, "building", "damaged", "about", subject="hailstorm", source="arne vollmering", group="hail-tarps", time=TUE),
                    Q("roughly 420 buildings damaged on Sunday", 420, "building", "damaged", "about", subject=TOWN, source="arne vollmering", group="wen-buildings", time=SUN)]),
          S("Two firefighters were slightly hurt when a gust blew them off a ladder.",
            claims=[Q("Two firefighters were slightly hurt", 2, "firefighter", "wounded", subject="hailstorm", group="hail-injured", time=TUE)]),
          S("Emergency services logged more than 140 calls between 8 p.m. and midnight.",
            claims=[Q("more than 140 calls", 140, "phone call", None, "more-than", subject="hailstorm", source="emergency services", group="hail-calls", time=TUE)])),
        P(S("The state government said on Tuesday it would raise its emergency aid for Wendelsrode from €5 million to €7.5 million.",
            claims=[Q("from €5 million", 5000000, "eur", "pledged", subject=SG, source=SG, group="wen-aid", time=T("2027-06-14", "2027-06-14")),
                    Q("to €7.5 million", 7500000, "eur", "pledged", subject=SG, source=SG, group="wen-aid", time=TUE)]),
          S("Insurers have put the tornado damage at 50 million to 70 million euros.",
            claims=[Q("50 million to 70 million euros", None, "eur", "cost", "range", low=50000000, high=70000000, subject=TOR, source="insurers", group="wen-damage", time=SUN)])),
        P(S("Clean-up crews now expect to need at least three more weeks.",
            claims=[Q("at least three more weeks", 3, "week", "duration", "at-least", subject=TOWN, source="clean-up crews", group="hail-cleanup", time=TUE)])),
    ],
    "post": ["(Reporting by Katrin Oyelaran; editing by Owen Bakshi)", "", "Copyright 2027 Meridian Press. All rights reserved."],
    "removed": ["June 16, 2027 07:15 CEST", "By Katrin Oyelaran", "(Reporting by Katrin Oyelaran; editing by Owen Bakshi)",
                "Copyright 2027 Meridian Press"],
}

ARTICLES = [VNA, KB, TICKER, HARBOUR, BLITZ, MERIDIAN]

REWRITES = [["dev11/wendelsrode-vna.txt", "dev11/wendelsrode-kreisblatt.html"],
            ["dev11/wendelsrode-vna.txt", "dev11/news.jsonl#t360-558201"],
            ["dev11/wendelsrode-kreisblatt.html", "dev11/news.jsonl#t360-558201"]]

FEED = {"title": "Harbourline News – World", "link": "https://harbourline.example/world",
        "id": "tag:harbourline.example,2027:feed/world", "updated": "2027-06-13T23:20:00+02:00", "language": "en"}


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Ticker360 item of dev11/news.jsonl (the file is written by the Quarzfeld module)."""
    return {"id": "t360-558201", "url": "https://ticker360.example/region/tornado-wendelsrode-558201",
            "title": headline(TICKER), "text": text_without_headline(TICKER), "publisher": TICKER["publisher"],
            "published": TICKER["published"], "language": "de", "category": "Region"}


def atom_entry():
    return (HARBOUR, "tag:harbourline.example,2027:world/wendelsrode-tornado-8812",
            "https://harbourline.example/world/wendelsrode-tornado-8812", HARBOUR["extra"])


def files():
    """Input files of this story (the Harbourline feed and news.jsonl are written by other story modules)."""
    return {
        "wendelsrode-vna.txt": (render_txt(VNA), False),
        "wendelsrode-kreisblatt.html": (render_html(KB, KB_SITE), False),
        "wendelsrode-blitzecho.txt": (render_txt(BLITZ), False),
        "wendelsrode-meridian.txt": (render_txt(MERIDIAN), False),
    }
