"""dev25 story 2: on Monday, 14 September 2043, the city of Ostwalden (Ambrelien) closes the Lerchenberg grammar school after a
laboratory finds asbestos fibres in the ceiling panels; about 870 pupils and 64 teachers move to three neighbouring schools;
about 2,400 square metres of panels must come out; the city puts the work at eight to ten million euros and at least twelve
months. The school's parents' council says the city has known of the asbestos since a survey in 2039 and did nothing; the
city denies it.

A German local paper (HTML), a German agency report (apn, text), an English paper for expatriates the next day (HTML;
'nearly 900', square feet, dollars, a quotation with a loaded phrase) and an asbestos firm's advertorial on a local portal
(HTML) that states the charge as fact and omits the denial. Invented by the Parallax team: country, town, school, firm,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-ostwalden-asbestos"
EV = "ev-ostwalden-closure"
STORY = {"id": SID, "label": "Asbestos closes the Lerchenberg grammar school in Ostwalden, Ambrelien",
         "events": [{"id": EV, "label": "The city closes the school after asbestos is found in ceiling panels (14 September 2043)"}]}

EVENT = "closure of the lerchenberg school"
MON = T("2043-09-14", "2043-09-14")
CITY = "city of ostwalden"
COUNCIL = "parents' council"
KNEW = (CITY, "ignored", "asbestos in the ceiling panels of the lerchenberg school known since a 2039 survey")
PANELS = "asbestos ceiling panels to be removed"
WORK = "asbestos removal at the lerchenberg school"
YEARS = "time the city knew of the asbestos"

GROUPS = [
    {"id": "ow-pupils", "story": SID, "status": "agreed",
     "why": "About 870 pupils (Tageblatt, apn) and nearly 900 (Times, the advertorial's children): two estimates that allow each other within a tenth."},
    {"id": "ow-teachers", "story": SID, "status": "agreed", "why": "64 teachers (Tageblatt, apn)."},
    {"id": "ow-schools", "story": SID, "status": "agreed", "why": "Lessons move to three other schools (Tageblatt, apn, Times)."},
    {"id": "ow-area", "story": SID, "status": "agreed",
     "why": "About 2,400 square metres of panels (Tageblatt, Times with 26,000 square feet in brackets)."},
    {"id": "ow-cost", "story": SID, "status": "compatible",
     "why": "Eight to ten million euros (Tageblatt, Times with dollars) beside apn's 'bis zu zehn Millionen Euro': a bound at one end of the range."},
    {"id": "ow-knew", "story": SID, "status": "disputed",
     "why": "The parents' council says the city has known of the asbestos since 2039 (Tageblatt, apn, Times); the advertorial states it as fact; the city denies it (Tageblatt, apn, Times); the advertorial omits the denial."},
    {"id": "ow-years", "story": SID, "status": "agreed",
     "why": "Four years of risk, the council spokeswoman's own figure in a quotation (Tageblatt, Times)."},
    {"id": "ow-fibres", "story": SID, "status": "single-source", "why": "Only the Times, as hearsay: up to 1,100 fibres per cubic metre of air."},
    {"id": "ow-months", "story": SID, "status": "single-source", "why": "Only the Tageblatt: the work takes at least twelve months."},
    {"id": "ow-buildings", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 1,500 buildings cleaned up by the firm."},
]

# ------------------------------------------------------------------ Ostwaldener Tageblatt (de local paper, HTML; Monday)

TB_SITE = {
    "nav": ["Startseite", "Ostwalden", "Umland", "Schule & Familie", "Sport", "Kultur", "Abo"],
    "cookie": "Wir nutzen Cookies und ähnliche Technologien. Mit „Zustimmen“ erlauben Sie 118 Partnern die Verarbeitung.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "14.09.2043 – 19:05 Uhr",
    "share": "Artikel teilen · 87 Kommentare",
    "ad": "Tageblatt digital: 4 Wochen für 99 Cent",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Schulsanierung: 12 Gebäude auf der Liste", "Elternabend im Rathaus am Donnerstag", "Bildergalerie: 50 Jahre Lerchenberg-Gymnasium"],
    "footer": "© 2043 Ostwaldener Tageblatt · Impressum · Datenschutz",
    "inline": '<div class="teaser">Lesen Sie auch: Was Eltern jetzt wissen müssen</div>',
    "inline_at": 1,
}

TB = {
    "input": "dev25/ostwalden-tageblatt.html", "story": SID, "event": EV,
    "publisher": "Ostwaldener Tageblatt", "published": "2043-09-14T19:05:00+02:00",
    "language": "de", "authors": ["Johanna Petersilie"], "sensational": False,
    "blocks": [
        H("Asbest in den Decken: Lerchenberg-Gymnasium geschlossen"),
        P(S("Die Stadt Ostwalden hat am Montag das Lerchenberg-Gymnasium geschlossen."),
          S("Ein Labor hatte in Deckenplatten mehrerer Klassenräume Asbestfasern nachgewiesen, wie Schuldezernentin Ilka Marwede mitteilte."),
          S("Rund 870 Schülerinnen und Schüler sowie 64 Lehrkräfte werden ab Mittwoch auf drei andere Schulen verteilt.",
            claims=[Q("Rund 870 Schülerinnen und Schüler", 870, "person", "affected", "about", subject=EVENT, group="ow-pupils", time=MON),
                    Q("64 Lehrkräfte", 64, "person", "affected", subject=EVENT, group="ow-teachers", time=MON),
                    Q("drei andere Schulen", 3, None, None, subject="schools taking in the lerchenberg pupils", group="ow-schools", time=None)])),
        P(S("Insgesamt müssen nach Angaben der Stadt etwa 2.400 Quadratmeter Deckenplatten entfernt werden.",
            claims=[Q("etwa 2.400 Quadratmeter", 2400, "square metre", "size", "about", subject=PANELS, source=CITY, group="ow-area", time=None)]),
          S("Die Verwaltung rechnet mit Kosten von acht bis zehn Millionen Euro; die Arbeiten würden mindestens zwölf Monate dauern.",
            claims=[Q("acht bis zehn Millionen Euro", None, "eur", "cost", "range", low=8000000, high=10000000, subject=WORK, source=CITY, group="ow-cost", time=None),
                    Q("mindestens zwölf Monate", 12, "month", "duration", "at-least", subject=WORK, source=CITY, hedged=True, group="ow-months", time=None)])),
        P(S("Der Elternrat erhebt schwere Vorwürfe: Die Stadt wisse seit einem Gutachten aus dem Jahr 2039, dass die Platten Asbest enthalten, und habe nichts unternommen.",
            claims=[ST("Die Stadt wisse seit einem Gutachten aus dem Jahr 2039, dass die Platten Asbest enthalten, und habe nichts unternommen", *KNEW, "ow-knew", source=COUNCIL, hedged=True)]),
          S("„Man hat unsere Kinder vier Jahre lang einem Risiko ausgesetzt“, sagte Elternsprecherin Birte Holm.", "quote",
            claims=[Q("vier Jahre", 4, "year", "duration", subject=YEARS, source=COUNCIL, group="ow-years", time=None)]),
          S("Die Stadt weist das zurück: Das Gutachten von 2039 habe keine Fasern in der Raumluft gefunden.",
            claims=[ST("Die Stadt weist das zurück", *KNEW, "ow-knew", source=CITY, denial=True)])),
    ],
    "removed": ["118 Partnern", "14.09.2043 – 19:05 Uhr", "87 Kommentare", "4 Wochen für 99 Cent", "12 Gebäude auf der Liste",
                "Elternabend im Rathaus", "50 Jahre Lerchenberg-Gymnasium", "Was Eltern jetzt wissen müssen",
                "© 2043 Ostwaldener Tageblatt"],
}

# ------------------------------------------------------------------ apn (de agency, text; Monday)

APN = {
    "input": "dev25/ostwalden-apn.txt", "story": SID, "event": EV,
    "publisher": "apn Ambrelische Presse-Nachrichten", "published": "2043-09-14T16:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["apn Ambrelische Presse-Nachrichten", "Mo 14.09.2043 | 16:40 Uhr", "Rubrik: Bildung"],
    "blocks": [
        H("Asbestfund: Gymnasium in Ostwalden gesperrt"),
        P(S("OSTWALDEN (apn) – Wegen Asbest in den Deckenplatten hat die Stadt Ostwalden das Lerchenberg-Gymnasium am Montag gesperrt."),
          S("Betroffen sind nach Angaben der Stadt etwa 870 Schüler und 64 Lehrer.",
            claims=[Q("etwa 870 Schüler", 870, "person", "affected", "about", subject=EVENT, source=CITY, group="ow-pupils", time=MON),
                    Q("64 Lehrer", 64, "person", "affected", subject=EVENT, source=CITY, group="ow-teachers", time=MON)]),
          S("Der Unterricht soll von Mittwoch an in drei Nachbarschulen weitergehen.",
            claims=[Q("drei Nachbarschulen", 3, None, None, subject="schools taking in the lerchenberg pupils", group="ow-schools", time=None)])),
        P(S("Die Kosten der Sanierung schätzt die Stadt auf bis zu zehn Millionen Euro.",
            claims=[Q("bis zu zehn Millionen Euro", 10000000, "eur", "cost", "up-to", subject=WORK, source=CITY, group="ow-cost", time=None)]),
          S("Der Elternrat wirft der Verwaltung vor, seit 2039 von dem Asbest gewusst zu haben.",
            claims=[ST("wirft der Verwaltung vor, seit 2039 von dem Asbest gewusst zu haben", *KNEW, "ow-knew", source=COUNCIL)]),
          S("Die Stadt bestreitet das.",
            claims=[ST("Die Stadt bestreitet das", *KNEW, "ow-knew", source=CITY, denial=True)])),
    ],
    "post": ["apn hs/bi 141640 Sep 43", "", "Schlagworte: Schule · Ostwalden · Gesundheit",
             "© apn – Nachdruck nur mit Genehmigung"],
    "removed": ["Mo 14.09.2043 | 16:40 Uhr", "apn hs/bi 141640 Sep 43", "Schlagworte: Schule · Ostwalden · Gesundheit",
                "Nachdruck nur mit Genehmigung"],
}

# ------------------------------------------------------------------ The Ambrelia Times (en paper, HTML; Tuesday)

AT_SITE = {
    "nav": ["News", "Ambrelia", "Business", "Expat Life", "Opinion", "Classifieds"],
    "cookie": "We and our 62 partners use cookies. Manage your choices at any time.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Tuesday, September 15, 2043",
    "share": "Share this story · 21 comments",
    "ad": "International School Orbeck – open day on 3 October",
    "related_title": "More from Ambrelia",
    "related": ["7 things to know about Ambrelian schools", "Ostwalden's old town in 24 hours"],
    "footer": "© 2043 The Ambrelia Times Ltd",
    "inline": '<div class="teaser">Newsletter: The Week in Ambrelia</div>',
    "inline_at": 2,
}

AT = {
    "input": "dev25/ostwalden-times.html", "story": SID, "event": EV,
    "publisher": "The Ambrelia Times", "published": "2043-09-15T09:20:00+02:00",
    "language": "en", "authors": ["Rosalind Pike"], "sensational": False,
    "blocks": [
        H("Asbestos closes Ostwalden school; parents say city knew for years"),
        P(S("The city of Ostwalden has shut the Lerchenberg grammar school after asbestos fibres were found in ceiling panels, affecting nearly 900 pupils.",
            claims=[Q("nearly 900 pupils", 900, "person", "affected", "about", subject=EVENT, group="ow-pupils", time=MON)]),
          S("Lessons will move to three neighbouring schools from Wednesday, the Ostwaldener Tageblatt reported, citing the city.",
            claims=[Q("three neighbouring schools", 3, None, None, subject="schools taking in the lerchenberg pupils", source=CITY, group="ow-schools", time=None)])),
        P(S("Air samples taken in two classrooms last week reportedly showed up to 1,100 fibres per cubic metre.",
            claims=[Q("up to 1,100 fibres per cubic metre", 1100, None, None, "up-to", subject="asbestos fibres in the air of the lerchenberg school", hedged=True, group="ow-fibres", time=None)]),
          S("About 2,400 square metres (26,000 square feet) of panels must come out, and the work is expected to cost €8 million to €10 million ($8.7 million to $10.9 million).",
            claims=[Q("About 2,400 square metres", 2400, "square metre", "size", "about", subject=PANELS, group="ow-area", time=None),
                    Q("26,000 square feet", 26000, "square foot", "size", subject=PANELS, group="ow-area", time=None),
                    Q("€8 million to €10 million", None, "eur", "cost", "range", low=8000000, high=10000000, subject=WORK, group="ow-cost", time=None),
                    Q("$8.7 million to $10.9 million", None, "usd", "cost", "range", low=8700000, high=10900000, subject=WORK, group="ow-cost", time=None)])),
        P(S("The school's parents' council says the city has known since a 2039 survey that the panels contain asbestos.",
            claims=[ST("the city has known since a 2039 survey that the panels contain asbestos", *KNEW, "ow-knew", source=COUNCIL)]),
          S("\u201cThey gambled with our children's health for four years,\u201d said council spokeswoman Birte Holm.", "quote",
            claims=[Q("four years", 4, "year", "duration", subject=YEARS, source=COUNCIL, group="ow-years", time=None)],
            loaded=[L("gambled with our children's health", "demonising", "reported")]),
          S("The city denies this, saying the survey found no fibres in the air.",
            claims=[ST("The city denies this", *KNEW, "ow-knew", source=CITY, denial=True)])),
    ],
    "removed": ["62 partners", "Tuesday, September 15, 2043", "21 comments", "open day on 3 October",
                "7 things to know about Ambrelian schools", "old town in 24 hours", "The Week in Ambrelia",
                "© 2043 The Ambrelia Times Ltd"],
}

# ------------------------------------------------------------------ Ostwalden Aktuell (de portal, HTML; Wednesday; advertorial, omits the denial)

OA_SITE = {
    "nav": ["Aktuelles", "Wohnen", "Handwerk", "Veranstaltungen", "Branchenbuch"],
    "cookie": "Diese Seite verwendet Cookies. Weitere Informationen in der Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Präsentiert von",
    "date_label": "16. September 2043",
    "share": "Teilen",
    "ad": "Branchenbuch Ostwalden: über 2.000 Betriebe",
    "related_title": "Weitere Ratgeber",
    "related": ["Schimmel im Keller? 5 Warnzeichen", "Dachsanierung: Förderung bis 30 Prozent"],
    "footer": "© 2043 Ostwalden Aktuell · Ein Angebot der Marktplatz Medien GmbH",
    "inline": '<div class="label">Anzeige · Sponsored Content</div>',
    "inline_at": 0,
    "after": '<div class="cta">Krüger Asbestsanierung · Hafenstraße 12 · Tel. 0531 44 78 90 · Jetzt Termin sichern</div>',
}

OA = {
    "input": "dev25/ostwalden-aktuell-anzeige.html", "story": SID, "event": EV,
    "publisher": "Ostwalden Aktuell", "published": "2043-09-16T08:00:00+02:00",
    "language": "de", "authors": ["Krüger Asbestsanierung"], "sensational": True,
    "blocks": [
        H("Asbest: Die tickende Zeitbombe in Ihrer Decke",
          loaded=[L("tickende Zeitbombe", "alarmist")]),
        P(S("Der Fall Ostwalden zeigt es: Fast 900 Kinder mussten ihr Gymnasium verlassen, weil die Stadt seit Jahren von dem Asbest in den Decken wusste.",
            claims=[Q("Fast 900 Kinder", 900, "child", "affected", "about", subject=EVENT, group="ow-pupils", time=MON),
                    ST("weil die Stadt seit Jahren von dem Asbest in den Decken wusste", *KNEW, "ow-knew")]),
          S("Auch in Ihrem Haus kann das Gift stecken, wenn es vor 1993 gebaut wurde.", "opinion",
            loaded=[L("das Gift", "alarmist")])),
        P(S("Krüger Asbestsanierung hat seit 2031 mehr als 1.500 Gebäude saniert – zertifiziert, schnell und staubfrei.",
            claims=[Q("mehr als 1.500 Gebäude", 1500, "building", None, "more-than", subject="buildings cleaned up by krüger asbestsanierung", group="ow-buildings", time=None)]),
          S("Vereinbaren Sie noch heute Ihre kostenlose Erstberatung!", "opinion"),
          S("Schützen Sie Ihre Familie, bevor es zu spät ist.", "opinion")),
    ],
    "removed": ["Anzeige · Sponsored Content", "16. September 2043", "über 2.000 Betriebe", "5 Warnzeichen",
                "Förderung bis 30 Prozent", "Hafenstraße 12", "0531 44 78 90", "Marktplatz Medien GmbH"],
}

ARTICLES = [TB, APN, AT, OA]

REWRITES = []


def files():
    return {
        "ostwalden-tageblatt.html": (render_html(TB, TB_SITE), False),
        "ostwalden-apn.txt": (render_txt(APN), False),
        "ostwalden-times.html": (render_html(AT, AT_SITE), False),
        "ostwalden-aktuell-anzeige.html": (render_html(OA, OA_SITE), False),
    }
