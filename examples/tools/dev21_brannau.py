"""dev21 story 1: in the night to Saturday, 4 April 2037, a storm throws an oak onto the fence of the lion enclosure of the
Tierpark Brannau (Saldarien) and four lions escape; the police shoot one in a residential street in the morning, vets sedate
two more, and a keeper is bitten; the fourth, a lioness, is caught on Monday, 6 April, about nine kilometres away. The animal
protection group Tierschutzbund Saldarien says the fence was only three metres high in one place where four and a half are
required; the zoo denies it and says the fence is five metres high throughout.

A German agency report (sna, dateline block), its rewrite by the local paper (HTML, with a commentary), an English wire report
on Saturday evening (a DE–EN pair with sna in own words, euros and dollars, km² and square miles), a German tabloid on Sunday
(gzip-compressed text) that omits the zoo's denial and states the charge as fact, and an English broadcaster's follow-up
(Atom) on the capture of the last lioness. Invented by the Parallax team: country, town, zoo, group, outlets, people and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom

SID = "st-brannau-lions"
EV1 = "ev-brannau-escape"
EV2 = "ev-brannau-lioness-caught"
STORY = {"id": SID, "label": "Lions escape from the Tierpark Brannau, Saldarien",
         "events": [{"id": EV1, "label": "Four lions escape from the Tierpark Brannau after a storm; one shot, two sedated, a keeper bitten; the animal protection group says the fence was too low, the zoo denies it (4–5 April 2037)"},
                    {"id": EV2, "label": "The last escaped lioness is sedated in a forest about nine kilometres from the zoo (6 April 2037)"}]}

ZOO = "brannau zoo"
TSB = "tierschutzbund saldarien"
ESCAPE = "brannau lion escape"
LIONS = "lions escaped from the brannau zoo"
KNOWN = "time the brannau zoo had known of the low fence"
HEIGHT = "height of the fence of the brannau lion enclosure"
SAT = T("2037-04-04", "2037-04-04")
MON = T("2037-04-06", "2037-04-06")
FENCE = (ZOO, "ignored", "a fence of the lion enclosure lower than required")

GROUPS = [
    {"id": "bl-lions", "story": SID, "status": "agreed", "why": "Four lions escaped (sna, Anzeiger, Lodestar, REISSER, Westbeacon)."},
    {"id": "bl-shot", "story": SID, "status": "agreed", "why": "One lion was shot dead by the police (sna, Anzeiger, Lodestar, REISSER, Westbeacon)."},
    {"id": "bl-sedated", "story": SID, "status": "compatible",
     "why": "Two lions sedated and back on Saturday (sna, Anzeiger, Lodestar, REISSER; restated by Westbeacon) and three back on Monday (Westbeacon): an earlier and a later figure."},
    {"id": "bl-keeper", "story": SID, "status": "agreed", "why": "One keeper was bitten (sna, Anzeiger, Lodestar, REISSER)."},
    {"id": "bl-zone", "story": SID, "status": "agreed",
     "why": "Residents of about three square kilometres told to stay indoors (sna, Anzeiger, Lodestar with 1.2 square miles)."},
    {"id": "bl-officers", "story": SID, "status": "conflicting",
     "why": "About 150 officers (sna, Anzeiger, Lodestar) against REISSER's 'mehr als 200 Polizisten' the same day: both cannot be true."},
    {"id": "bl-helicopters", "story": SID, "status": "agreed", "why": "Two helicopters in the search (sna, Anzeiger)."},
    {"id": "bl-fence", "story": SID, "status": "disputed",
     "why": "The Tierschutzbund Saldarien says the zoo knew the fence was too low (sna hedged, Anzeiger hedged, Lodestar, Westbeacon); REISSER states it as fact; the zoo denies it (sna, Anzeiger, Lodestar, Westbeacon); REISSER omits the denial."},
    {"id": "bl-height", "story": SID, "status": "disputed",
     "why": "Only three metres in one place by the Tierschutzbund's account (sna hedged, Anzeiger hedged, Lodestar; REISSER's own 2.80 metres) against five metres throughout by the zoo's in its denial (sna, Anzeiger, Lodestar)."},
    {"id": "bl-known", "story": SID, "status": "agreed",
     "why": "The zoo had known of the low fence for two years, by the Tierschutzbund's account (Anzeiger hedged, Lodestar; REISSER as fact): the accusation's own figure."},
    {"id": "bl-required", "story": SID, "status": "agreed", "why": "Four and a half metres are required (sna, Anzeiger, Lodestar)."},
    {"id": "bl-cost", "story": SID, "status": "single-source", "why": "Only Lodestar: the enclosure cost €2.3 million ($2.5 million)."},
    {"id": "bl-distance", "story": SID, "status": "single-source", "why": "Only Westbeacon: the lioness was found about nine kilometres (5.6 miles) from the zoo."},
    {"id": "bl-search", "story": SID, "status": "single-source", "why": "Only Westbeacon: a search of three days."},
    {"id": "bl-sheep", "story": SID, "status": "single-source", "why": "Only Westbeacon: the lioness allegedly killed two sheep."},
    {"id": "bl-animals", "story": SID, "status": "single-source", "why": "Only Westbeacon: the zoo keeps about 1,400 animals."},
    {"id": "bl-visitors", "story": SID, "status": "single-source", "why": "Only Westbeacon: some 380,000 visitors a year."},
    {"id": "bl-closed", "story": SID, "status": "single-source", "why": "Only Westbeacon: the zoo stays closed for at least seven days."},
]

# ------------------------------------------------------------------ sna (de agency report; Saturday)

SNA = {
    "input": "dev21/brannau-sna.txt", "story": SID, "event": EV1,
    "publisher": "sna Saldarische Nachrichtenagentur", "published": "2037-04-04T11:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sna Saldarische Nachrichtenagentur", "Sa 04.04.2037 – 11:40", "Ressort: Panorama"],
    "blocks": [
        H("Vier Löwen aus Tierpark Brannau ausgebrochen – ein Tier erschossen",
          claims=[Q("Vier Löwen", 4, "animal", None, subject=LIONS, group="bl-lions", time=SAT),
                  Q("ein Tier", 1, "animal", "killed", subject=ESCAPE, group="bl-shot", time=SAT)]),
        P(S("BRANNAU (sna) – Aus dem Tierpark Brannau sind in der Nacht zum Samstag vier Löwen entkommen, nachdem ein Sturm eine Eiche auf den Zaun ihres Geheges geworfen hatte.",
            claims=[Q("vier Löwen", 4, "animal", None, subject=LIONS, group="bl-lions", time=SAT)]),
          S("Nach Angaben der Polizei wurde ein Löwe am Morgen in einem Wohngebiet erschossen, zwei weitere betäubten Tierärzte mit Narkosepfeilen.",
            claims=[Q("ein Löwe", 1, "animal", "killed", subject=ESCAPE, source="police", group="bl-shot", time=SAT),
                    Q("zwei weitere", 2, "animal", "captured", subject=ESCAPE, source="police", group="bl-sedated", time=SAT)]),
          S("Das vierte Tier, eine Löwin, ist noch nicht gefunden."),
          S("Ein Tierpfleger wurde beim Einfangen in den Arm gebissen.",
            claims=[Q("Ein Tierpfleger", 1, "person", "wounded", subject=ESCAPE, group="bl-keeper", time=SAT)])),
        P(S("Die Polizei forderte die Bewohner eines rund drei Quadratkilometer großen Gebiets auf, in ihren Häusern zu bleiben.",
            claims=[Q("rund drei Quadratkilometer", 3, "square kilometre", "size", "about", subject="area where brannau residents were told to stay indoors", group="bl-zone", time=SAT)]),
          S("Rund 150 Beamte und zwei Hubschrauber sind im Einsatz.",
            claims=[Q("Rund 150 Beamte", 150, "person", "deployed", "about", subject=ESCAPE, group="bl-officers", time=SAT),
                    Q("zwei Hubschrauber", 2, "aircraft", "deployed", subject=ESCAPE, group="bl-helicopters", time=SAT)])),
        P(S("Der Tierschutzbund Saldarien erhebt schwere Vorwürfe gegen die Zooleitung."),
          S("Der Zaun sei an einer Stelle nur drei Meter hoch gewesen, nach Paragraf 14 des Tierhaltungsgesetzes seien viereinhalb Meter vorgeschrieben.",
            claims=[Q("nur drei Meter", 3, "metre", "size", subject=HEIGHT, source=TSB, hedged=True, group="bl-height", time=None),
                    Q("viereinhalb Meter", 4.5, "metre", "size", subject="height required for a lion enclosure fence", source=TSB, hedged=True, group="bl-required", time=None)]),
          S("Die Zooleitung wisse das seit einer Kontrolle im Jahr 2035.",
            claims=[ST("Die Zooleitung wisse das seit einer Kontrolle im Jahr 2035", *FENCE, "bl-fence", source=TSB, hedged=True)])),
        P(S("Der Tierpark weist das zurück.",
            claims=[ST("Der Tierpark weist das zurück", *FENCE, "bl-fence", source=ZOO, denial=True)]),
          S("Der Zaun sei überall fünf Meter hoch, nur der umgestürzte Baum habe ihn eingedrückt, sagte Direktorin Vera Lindqvist.",
            claims=[Q("überall fünf Meter", 5, "metre", "size", subject=HEIGHT, source=ZOO, hedged=True, group="bl-height", time=None)]),
          S("Der Tierpark bleibt bis auf Weiteres geschlossen.")),
    ],
    "post": ["sna hk/mr 041140 Apr 37", "", "Themen: Tiere · Brannau · Polizei",
             "© sna Saldarische Nachrichtenagentur – Nachdruck nur mit Quellenangabe"],
    "removed": ["Sa 04.04.2037 – 11:40", "Ressort: Panorama", "sna hk/mr 041140 Apr 37",
                "Themen: Tiere · Brannau · Polizei", "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Brannauer Anzeiger (de local paper, HTML; rewrite of sna)

ANZ_SITE = {
    "nav": ["Start", "Brannau", "Landkreis", "Saldarien", "Freizeit", "Sport", "Trauer"],
    "cookie": "Wir und unsere 118 Partner speichern Informationen auf Ihrem Gerät. Klicken Sie auf „Akzeptieren“.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "04.04.2037, 15:30 Uhr",
    "share": "Teilen · 87 Kommentare",
    "ad": "Autohaus Brenner: Frühlingsaktion – 0 Prozent Finanzierung auf 36 Monate",
    "related_title": "Mehr aus Brannau",
    "related": ["Osterfeuer: 9 Orte im Landkreis", "Sturmtief „Ilse“: 4 Bäume auf der B 12",
                "Bildergalerie: Die Löwen von Brannau (22 Fotos)"],
    "footer": "© Brannauer Anzeiger 2037 · Impressum · Datenschutz · Abo",
    "inline": '<div class="teaser">Auch interessant: Wie sicher sind Saldariens Zoos? (Plus)</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Brannauer Anzeiger/Lukas Pieper</p>',
}

ANZ = {
    "input": "dev21/brannau-anzeiger.html", "story": SID, "event": EV1,
    "publisher": "Brannauer Anzeiger", "published": "2037-04-04T15:30:00+02:00",
    "language": "de", "authors": ["Mareike Strunz"], "sensational": False,
    "blocks": [
        H("Löwen auf der Flucht: Polizei erschießt ein Tier in der Südstadt",
          claims=[Q("ein Tier", 1, "animal", "killed", subject=ESCAPE, group="bl-shot", time=SAT)]),
        P(S("Ein Sturm hat in der Nacht auf Samstag eine Eiche auf das Löwengehege des Tierparks geworfen, vier Löwen kamen frei.",
            claims=[Q("vier Löwen", 4, "animal", None, subject=LIONS, group="bl-lions", time=SAT)]),
          S("Laut Polizei musste ein Tier am Morgen erschossen werden, zwei weitere wurden mit Narkosepfeilen betäubt.",
            claims=[Q("ein Tier", 1, "animal", "killed", subject=ESCAPE, source="police", group="bl-shot", time=SAT),
                    Q("zwei weitere", 2, "animal", "captured", subject=ESCAPE, source="police", group="bl-sedated", time=SAT)]),
          S("Nach der vierten Raubkatze, einer Löwin, wird noch gesucht."),
          S("Ein Pfleger erlitt einen Biss in den Arm.",
            claims=[Q("Ein Pfleger", 1, "person", "wounded", subject=ESCAPE, group="bl-keeper", time=SAT)])),
        P(S("Anwohner in einem Gebiet von etwa drei Quadratkilometern sollen ihre Häuser nicht verlassen.",
            claims=[Q("etwa drei Quadratkilometern", 3, "square kilometre", "size", "about", subject="area where brannau residents were told to stay indoors", group="bl-zone", time=SAT)]),
          S("Etwa 150 Polizisten suchen mit zwei Hubschraubern.",
            claims=[Q("Etwa 150 Polizisten", 150, "person", "deployed", "about", subject=ESCAPE, group="bl-officers", time=SAT),
                    Q("zwei Hubschraubern", 2, "aircraft", "deployed", subject=ESCAPE, group="bl-helicopters", time=SAT)])),
        P(S("Der Tierschutzbund Saldarien wirft dem Zoo vor, der Zaun sei an einer Stelle gerade einmal drei Meter hoch gewesen statt der vorgeschriebenen viereinhalb.",
            claims=[Q("gerade einmal drei Meter", 3, "metre", "size", subject=HEIGHT, source=TSB, hedged=True, group="bl-height", time=None),
                    Q("vorgeschriebenen viereinhalb", 4.5, "metre", "size", subject="height required for a lion enclosure fence", source=TSB, hedged=True, group="bl-required", time=None)]),
          S("Bekannt sei das seit zwei Jahren.",
            claims=[ST("Bekannt sei das seit zwei Jahren", *FENCE, "bl-fence", source=TSB, hedged=True),
                    Q("seit zwei Jahren", 2, "year", "duration", subject=KNOWN, source=TSB, hedged=True, group="bl-known", time=None)]),
          S("Der Tierpark bestreitet das und spricht von einem durchgehend fünf Meter hohen Zaun.",
            claims=[ST("Der Tierpark bestreitet das", *FENCE, "bl-fence", source=ZOO, denial=True),
                    Q("fünf Meter", 5, "metre", "size", subject=HEIGHT, source=ZOO, group="bl-height", time=None)])),
        H("Kommentar: Ein Zaun ist kein Sparposten"),
        P(S("Ob der Zaun zu niedrig war, müssen jetzt Gutachter klären.", "opinion"),
          S("Aber ein Zoo, der Raubtiere mitten in der Stadt hält, schuldet den Menschen mehr als einen Hinweis auf das Wetter.", "opinion"),
          S("Der Stadtrat wird den Tierpark nicht wieder öffnen können, bevor jede Handbreit Zaun geprüft ist.", "opinion")),
    ],
    "removed": ["Wir und unsere 118 Partner", "04.04.2037, 15:30 Uhr", "87 Kommentare", "0 Prozent Finanzierung auf 36 Monate",
                "Osterfeuer: 9 Orte im Landkreis", "4 Bäume auf der B 12", "(22 Fotos)",
                "Wie sicher sind Saldariens Zoos?", "Foto: Brannauer Anzeiger/Lukas Pieper", "© Brannauer Anzeiger 2037"],
}

# ------------------------------------------------------------------ Lodestar Wire (en wire; Saturday evening)

LODESTAR = {
    "input": "dev21/brannau-lodestar.txt", "story": SID, "event": EV1,
    "publisher": "Lodestar Wire", "published": "2037-04-04T19:05:00+02:00",
    "language": "en", "authors": ["Hollis Granger"], "sensational": False,
    "pre": ["LODESTAR WIRE", "Apr 4, 2037 · 19:05 CEST", "By Hollis Granger"],
    "blocks": [
        H("Police shoot lion after four escape from Saldarian zoo"),
        P(S("BRANNAU, Saldaria – Four lions broke out of Brannau Zoo early on Saturday after a storm brought down a tree on their enclosure, and police shot one of them dead in a residential street, police said.",
            claims=[Q("Four lions", 4, "animal", None, subject=LIONS, source="police", group="bl-lions", time=SAT),
                    Q("one of them", 1, "animal", "killed", subject=ESCAPE, source="police", group="bl-shot", time=SAT)]),
          S("Vets sedated two more with darts, while the fourth, a lioness, was still at large on Saturday evening.",
            claims=[Q("two more", 2, "animal", "captured", subject=ESCAPE, group="bl-sedated", time=SAT)]),
          S("The shot lion, a seven-year-old male, was reportedly the leader of the group."),
          S("One keeper was bitten.",
            claims=[Q("One keeper", 1, "person", "wounded", subject=ESCAPE, group="bl-keeper", time=SAT)])),
        P(S("Residents of an area of about 3 square kilometres (1.2 square miles) were told to stay indoors as some 150 officers searched the town.",
            claims=[Q("about 3 square kilometres", 3, "square kilometre", "size", "about", subject="area where brannau residents were told to stay indoors", group="bl-zone", time=SAT),
                    Q("1.2 square miles", 1.2, "square mile", "size", "about", subject="area where brannau residents were told to stay indoors", group="bl-zone", time=SAT),
                    Q("some 150 officers", 150, "person", "deployed", "about", subject=ESCAPE, group="bl-officers", time=SAT)])),
        P(S("The animal protection group Tierschutzbund Saldarien said the fence had been only three metres high in one place, short of the 4.5 metres the law requires, and that the zoo had known this for two years.",
            claims=[Q("only three metres", 3, "metre", "size", subject=HEIGHT, source=TSB, group="bl-height", time=None),
                    Q("the 4.5 metres", 4.5, "metre", "size", subject="height required for a lion enclosure fence", source=TSB, group="bl-required", time=None),
                    ST("the zoo had known this for two years", *FENCE, "bl-fence", source=TSB),
                    Q("for two years", 2, "year", "duration", subject=KNOWN, source=TSB, group="bl-known", time=None)]),
          S("The zoo rejected the accusation, saying the fence was five metres high throughout.",
            claims=[ST("The zoo rejected the accusation", *FENCE, "bl-fence", source=ZOO, denial=True),
                    Q("five metres", 5, "metre", "size", subject=HEIGHT, source=ZOO, group="bl-height", time=None)]),
          S("The enclosure was opened in 2029 at a cost of €2.3 million ($2.5 million).",
            claims=[Q("€2.3 million", 2300000, "eur", "cost", subject="lion enclosure of the brannau zoo", group="bl-cost", time=None),
                    Q("$2.5 million", 2500000, "usd", "cost", subject="lion enclosure of the brannau zoo", group="bl-cost", time=None)])),
    ],
    "post": ["(Reporting by Hollis Granger; editing by Tamsin Royle)", "", "© 2037 Lodestar Wire. All rights reserved."],
    "removed": ["Apr 4, 2037 · 19:05 CEST", "By Hollis Granger", "Reporting by Hollis Granger", "editing by Tamsin Royle",
                "© 2037 Lodestar Wire"],
}

# ------------------------------------------------------------------ REISSER (de tabloid, gzip-compressed text; Sunday; omits the denial)

REISSER = {
    "input": "dev21/brannau-reisser.txt.gz", "story": SID, "event": EV1,
    "publisher": "REISSER", "published": "2037-04-05T06:00:00+02:00",
    "language": "de", "authors": ["Timo Kaltbach"], "sensational": True,
    "pre": ["REISSER", "So., 05.04.2037 · 06:00 Uhr", "Von Timo Kaltbach"],
    "blocks": [
        H("LÖWEN-TERROR IN BRANNAU! Zoo wusste seit Jahren vom Schrott-Zaun",
          claims=[ST("Zoo wusste seit Jahren vom Schrott-Zaun", *FENCE, "bl-fence")],
          loaded=[L("LÖWEN-TERROR", "alarmist"), L("Schrott-Zaun", "demonising")]),
        P(S("Vier Bestien mitten in der Stadt!", "opinion",
            claims=[Q("Vier Bestien", 4, "animal", None, subject=LIONS, group="bl-lions", time=SAT)],
            loaded=[L("Bestien", "alarmist")]),
          S("Mehr als 200 Polizisten jagten am Samstag die Löwen durch Brannau.",
            claims=[Q("Mehr als 200 Polizisten", 200, "person", "deployed", "more-than", subject=ESCAPE, group="bl-officers", time=SAT)]),
          S("Einen mussten die Beamten erschießen, zwei wurden betäubt.",
            claims=[Q("Einen", 1, "animal", "killed", subject=ESCAPE, group="bl-shot", time=SAT),
                    Q("zwei", 2, "animal", "captured", subject=ESCAPE, group="bl-sedated", time=SAT)]),
          S("Ein Tierpfleger (43) wurde gebissen.",
            claims=[Q("Ein Tierpfleger", 1, "person", "wounded", subject=ESCAPE, group="bl-keeper", time=SAT)])),
        P(S("Nach REISSER-Informationen war der Zaun an der kaputten Stelle sogar nur 2,80 Meter hoch.",
            claims=[Q("nur 2,80 Meter", 2.8, "metre", "size", subject=HEIGHT, source="reisser", group="bl-height", time=None)]),
          S("Die Zooleitung wusste seit zwei Jahren davon und tat nichts.",
            claims=[ST("Die Zooleitung wusste seit zwei Jahren davon und tat nichts", *FENCE, "bl-fence"),
                    Q("seit zwei Jahren", 2, "year", "duration", subject=KNOWN, group="bl-known", time=None)]),
          S("Jetzt redet die Direktorin von einem „Naturereignis“.",
            loaded=[L("„Naturereignis“", "euphemism", "distancing")])),
        P(S("„Ich hatte Todesangst um meine Enkel“, sagt Anwohnerin Helga M. (71).", "quote"),
          S("Die vierte Raubkatze streift noch immer durch die Wälder."),
          S("Wer übernimmt dafür die Verantwortung?", "opinion"),
          S("Die Stadt muss diesen Zoo sofort dichtmachen!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- REISSER-Quiz: 5 Fragen zu Raubkatzen", "- REISSER+ 3 Monate für 3 Euro",
             "", "#Brannau #Löwen #Tierpark"],
    "removed": ["So., 05.04.2037 · 06:00 Uhr", "Von Timo Kaltbach", "Mehr zum Thema:", "5 Fragen zu Raubkatzen",
                "REISSER+ 3 Monate für 3 Euro", "#Brannau #Löwen #Tierpark"],
}

# ------------------------------------------------------------------ Westbeacon (en broadcaster, Atom; Monday; event 2)

WESTBEACON = {
    "input": "dev21/westbeacon.atom#tag:westbeacon.example,2037:europe/brannau-lioness-0406", "story": SID, "event": EV2,
    "publisher": "Westbeacon", "published": "2037-04-06T18:20:00+02:00",
    "language": "en", "authors": ["Dalia Fenwick"], "sensational": False,
    "blocks": [
        H("Last escaped lioness caught near Brannau after three-day search",
          claims=[Q("three-day", 3, "day", "duration", subject="search for the escaped brannau lions", group="bl-search", time=None)]),
        P(S("Vets sedated the last of the lions that escaped from Brannau Zoo on Monday in a forest about 9 kilometres (5.6 miles) from the zoo, Saldarian police said.",
            claims=[Q("about 9 kilometres", 9, "kilometre", "distance", "about", subject="distance from the brannau zoo where the lioness was found", source="police", group="bl-distance", time=MON),
                    Q("5.6 miles", 5.6, "mile", "distance", "about", subject="distance from the brannau zoo where the lioness was found", source="police", group="bl-distance", time=MON)]),
          S("Before she was found, the lioness had allegedly killed two sheep on a farm.",
            claims=[Q("two sheep", 2, "animal", "killed", subject="sheep killed by the escaped brannau lioness", hedged=True, group="bl-sheep", time=None)]),
          S("All four lions that broke out early on Saturday are now accounted for.",
            claims=[Q("All four lions", 4, "animal", None, subject=LIONS, group="bl-lions", time=SAT)]),
          S("One was shot dead in a residential street; three of the four are back in their enclosure, the two sedated on Saturday and now the lioness.",
            claims=[Q("One", 1, "animal", "killed", subject=ESCAPE, group="bl-shot", time=SAT),
                    Q("three of the four", 3, "animal", "captured", subject=ESCAPE, group="bl-sedated", time=MON),
                    Q("the two sedated on Saturday", 2, "animal", "captured", subject=ESCAPE, group="bl-sedated", time=SAT)])),
        P(S("The animal protection group Tierschutzbund Saldarien repeated its charge that the zoo had ignored a fence that was too low.",
            claims=[ST("the zoo had ignored a fence that was too low", *FENCE, "bl-fence", source=TSB)]),
          S("The zoo again denied it.",
            claims=[ST("The zoo again denied it", *FENCE, "bl-fence", source=ZOO, denial=True)]),
          S("The zoo, which keeps about 1,400 animals and draws some 380,000 visitors a year, will stay closed for at least seven days.",
            claims=[Q("about 1,400 animals", 1400, "animal", None, "about", subject="animals kept by the brannau zoo", group="bl-animals", time=None),
                    Q("some 380,000 visitors", 380000, "person", None, "about", subject="yearly visitors of the brannau zoo", group="bl-visitors", time=None),
                    Q("at least seven days", 7, "day", "duration", "at-least", subject="closure of the brannau zoo", group="bl-closed", time=None)])),
    ],
    "extra": '<p class="watch">Watch: <a href="https://westbeacon.example/video/brannau-lioness">The lioness is carried out of the forest (2 min)</a></p>',
    "removed": ["The lioness is carried out of the forest", "(2 min)"],
}

FEED = {"title": "Westbeacon – Europe", "link": "https://westbeacon.example/europe", "id": "tag:westbeacon.example,2037:europe",
        "updated": "2037-04-06T18:20:00+02:00", "language": "en"}

ARTICLES = [SNA, ANZ, LODESTAR, REISSER, WESTBEACON]

REWRITES = [["dev21/brannau-sna.txt", "dev21/brannau-anzeiger.html"]]


def files():
    return {
        "brannau-sna.txt": (render_txt(SNA), False),
        "brannau-anzeiger.html": (render_html(ANZ, ANZ_SITE), False),
        "brannau-lodestar.txt": (render_txt(LODESTAR), False),
        "brannau-reisser.txt.gz": (render_txt(REISSER), True),
        "westbeacon.atom": (render_atom(FEED, [(WESTBEACON, "tag:westbeacon.example,2037:europe/brannau-lioness-0406",
                                                "https://westbeacon.example/europe/brannau-lioness-0406", WESTBEACON["extra"])]), False),
    }
