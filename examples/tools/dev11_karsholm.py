"""dev11 story 2: tens of thousands march in Karsholm, the capital of Velmerland, against the plan to raise the
retirement age (Saturday, 9 October 2027).

An English wire report (same wire and template as the Wendelsrode hailstorm report) with an English rewrite (the
Karsholm Herald's HTML page), the public broadcaster's own German report (a German–English pair with the wire), a
left-wing activist blog that states the water-cannon accusation as fact and omits the police's denial, and a
right-wing paper's RSS item that blames the march for the violence and omits the organisers' denial. Invented by
the Parallax team: country, towns, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-karsholm-pension-protest"
EV = "ev-karsholm-march"
STORY = {"id": SID, "label": "Pension-reform protest in Karsholm",
         "events": [{"id": EV, "label": "March against raising the retirement age in Karsholm, Velmerland (9 October 2027)"}]}

POL = "police"
RMW = "rente mit würde"
GOV = "government"
DAY = T("2027-10-09", "2027-10-09")
MARCH = "karsholm march"
REFORM = "pension reform"

GROUPS = [
    {"id": "pro-turnout", "story": SID, "status": "conflicting",
     "why": "About 18,000 (police) against more than 60,000 (Rente mit Würde) and 70,000 (Unten links); 'tens of thousands' and 'einige Tausend' are looser."},
    {"id": "pro-route", "story": SID, "status": "agreed",
     "why": "A 2.8-mile (4.5-km) route (Meridian), 4.5 kilometres (Herald, VLR)."},
    {"id": "pro-bottles", "story": SID, "status": "agreed",
     "why": "Meridian, Herald and VLR (police) and Der Wächter (as fact): masked people threw bottles and stones at officers."},
    {"id": "pro-violence", "story": SID, "status": "disputed",
     "why": "Der Wächter says the violence came from a bloc within the march; the alliance denies it (Meridian, VLR); Der Wächter omits the denial."},
    {"id": "pro-officers-injured", "story": SID, "status": "agreed",
     "why": "Fourteen officers injured in Meridian, Herald, VLR and Der Wächter."},
    {"id": "pro-officers-hospital", "story": SID, "status": "single-source",
     "why": "Only VLR: three of the injured officers taken to hospital."},
    {"id": "pro-arrests", "story": SID, "status": "compatible",
     "why": "23 detained (Meridian, Herald, VLR) beside Der Wächter's looser 'mehr als 20'."},
    {"id": "pro-protesters-injured", "story": SID, "status": "compatible",
     "why": "At least 40 protesters hurt (alliance, in Meridian, Herald, VLR) beside the blog's looser 'Dutzende'."},
    {"id": "pro-water-cannon", "story": SID, "status": "disputed",
     "why": "The alliance accuses the police of using water cannon on a sit-in (Meridian, Herald, VLR; the blog as fact); the police deny it (Meridian, Herald, VLR); the blog omits the denial."},
    {"id": "pro-water-cannon-count", "story": SID, "status": "agreed",
     "why": "Meridian and VLR: the police's two water cannon stood by."},
    {"id": "pro-police-deployed", "story": SID, "status": "agreed",
     "why": "About 2,400 officers in Meridian, Herald and VLR."},
    {"id": "pro-savings", "story": SID, "status": "agreed",
     "why": "Eleven billion euros a year by 2035 in Meridian, Herald and VLR."},
    {"id": "pro-renkhoff", "story": SID, "status": "agreed",
     "why": "Meridian (reported) and VLR (quoted): the prime minister will not back down."},
    {"id": "pro-poll-oppose", "story": SID, "status": "agreed",
     "why": "Meridian and VLR: 61 percent oppose the reform (Demoskop Velmer)."},
    {"id": "pro-seats", "story": SID, "status": "single-source", "why": "Only VLR: the coalition holds 79 seats."},
    {"id": "pro-parliament-size", "story": SID, "status": "single-source", "why": "Only VLR: parliament has 151 seats."},
    {"id": "pro-buses", "story": SID, "status": "single-source", "why": "Only the blog: more than 300 buses."},
    {"id": "pro-traffic", "story": SID, "status": "single-source", "why": "Only the Herald: traffic disrupted for more than five hours."},
    {"id": "pro-worked-years", "story": SID, "status": "single-source", "why": "Only the blog quotes a pensioner who worked 45 years."},
    {"id": "pro-poll-inevitable", "story": SID, "status": "single-source",
     "why": "Only Der Wächter: 54 percent find a longer working life unavoidable (Marktblick) — another question than the 61 percent."},
]

# ------------------------------------------------------------------ Meridian Press (en wire, dateline block)

MERIDIAN = {
    "input": "dev11/karsholm-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Press", "published": "2027-10-09T19:40:00+02:00",
    "language": "en", "authors": ["Tobias Renner-Achebe"], "sensational": False,
    "pre": ["MERIDIAN PRESS", "October 9, 2027 19:40 CEST", "By Tobias Renner-Achebe"],
    "blocks": [
        H("Tens of thousands march in Karsholm against plan to raise retirement age",
          claims=[Q("Tens of thousands", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
        P(S("Tens of thousands of people marched through the Velmer capital Karsholm on Saturday to protest against the government's plan to raise the retirement age from 67 to 69.",
            claims=[Q("Tens of thousands of people", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
          S("Police put the turnout at about 18,000, while the organising alliance, Rente mit Würde (Pensions with Dignity), said more than 60,000 had taken part.",
            claims=[Q("about 18,000", 18000, "person", None, "about", subject=MARCH, source=POL, group="pro-turnout", time=DAY),
                    Q("more than 60,000 had taken part", 60000, "person", None, "more-than", subject=MARCH, source=RMW, group="pro-turnout", time=DAY)])),
        P(S("The march along a 2.8-mile (4.5-km) route from North Station to parliament was largely peaceful, but police said masked people threw bottles and stones at officers near Brauer Square.",
            claims=[Q("2.8-mile", 2.8, "mile", "size", subject=MARCH, group="pro-route", time=DAY),
                    Q("4.5-km", 4.5, "kilometre", "size", subject=MARCH, group="pro-route", time=DAY),
                    ST("masked people threw bottles and stones at officers near Brauer Square", "masked people", "attacked", "police officers", "pro-bottles", source=POL)]),
          S("The alliance said the masked group had not been part of its march.",
            claims=[ST("The alliance said the masked group had not been part of its march", "march", "attacked", "police officers", "pro-violence", source=RMW, denial=True)])),
        P(S("Fourteen officers were injured and 23 people were detained, a police spokeswoman said.",
            claims=[Q("Fourteen officers were injured", 14, "person", "wounded", subject=MARCH, source=POL, group="pro-officers-injured", time=DAY),
                    Q("23 people were detained", 23, "person", "arrested", subject=MARCH, source=POL, group="pro-arrests", time=DAY)]),
          S("“These were violent troublemakers, not pensioners,” she said.", "quote",
            loaded=[L("violent troublemakers", "demonising", "reported")])),
        P(S("The alliance said at least 40 protesters had been hurt, many of them by pepper spray, and accused police of turning water cannon on a sit-in by pensioners.",
            claims=[Q("at least 40 protesters had been hurt", 40, "person", "wounded", "at-least", subject=MARCH, source=RMW, group="pro-protesters-injured", time=DAY),
                    ST("accused police of turning water cannon on a sit-in by pensioners", POL, "used water cannon", "sit-in", "pro-water-cannon", source=RMW)]),
          S("Police denied this, saying their two water cannon had stood by but were never used.",
            claims=[ST("Police denied this", POL, "used water cannon", "sit-in", "pro-water-cannon", source=POL, denial=True),
                    Q("their two water cannon", 2, "vehicle", None, subject=POL, source=POL, group="pro-water-cannon-count", time=DAY)])),
        P(S("About 2,400 officers were on duty.",
            claims=[Q("About 2,400 officers", 2400, "person", "deployed", "about", subject=MARCH, group="pro-police-deployed", time=DAY)]),
          S("The government says the reform, due to be put to a vote on October 21, would save €11 billion a year by 2035.",
            claims=[Q("€11 billion a year", 11000000000, "eur", None, subject=REFORM, source=GOV, group="pro-savings", time=T("2035-01-01", "2035-12-31"))]),
          S("Prime Minister Aldo Renkhoff said on Friday he would not back down.",
            claims=[ST("Prime Minister Aldo Renkhoff said on Friday he would not back down", "aldo renkhoff", "said", "will not back down", "pro-renkhoff", source="aldo renkhoff")])),
        P(S("A poll by Demoskop Velmer published this week found 61% of respondents opposed the reform.",
            claims=[Q("61% of respondents opposed the reform", 61, "percent", None, subject=REFORM, source="demoskop velmer", group="pro-poll-oppose", time=None)])),
    ],
    "post": ["(Reporting by Tobias Renner-Achebe; editing by Owen Bakshi)", "", "Copyright 2027 Meridian Press. All rights reserved."],
    "removed": ["October 9, 2027 19:40 CEST", "By Tobias Renner-Achebe", "(Reporting by Tobias Renner-Achebe; editing by Owen Bakshi)",
                "Copyright 2027 Meridian Press"],
}

# ------------------------------------------------------------------ The Karsholm Herald (en, HTML; rewrite of Meridian)

HERALD_SITE = {
    "nav": ["Home", "Velmerland", "Karsholm", "Business", "Opinion", "Sport", "Subscribe"],
    "cookie": "We use cookies to personalise content and ads. By continuing you agree to our cookie policy.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Saturday 9 October 2027, 21:15",
    "share": "Share this story: X · Facebook · Email",
    "ad": "ADVERTISEMENT – Velmer Savings: secure your retirement with our 3.1% fixed-rate bond",
    "related_title": "Most read",
    "related": ["Karsholm tram line 4 to close for summer works", "Review: The Harbour Quartet at the Opera House",
                "Velmer Cup: Karsholm FC beat Dorlen 3-1"],
    "footer": "© 2027 The Karsholm Herald Ltd · Terms · Privacy · Contact the newsroom",
    "inline": '<div class="inline-promo">Get the Herald Morning Briefing in your inbox – sign up free</div>',
    "inline_at": 2,
    "after": '<p class="credit">Additional reporting by Meridian Press</p>',
}

HERALD = {
    "input": "dev11/karsholm-herald.html", "story": SID, "event": EV,
    "publisher": "The Karsholm Herald", "published": "2027-10-09T21:15:00+02:00",
    "language": "en", "authors": ["Ruth Ellingham"], "sensational": False,
    "blocks": [
        H("Tens of thousands protest pension reform in Karsholm",
          claims=[Q("Tens of thousands", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
        P(S("Tens of thousands of demonstrators took to the streets of Karsholm on Saturday against the government's plan to lift the retirement age from 67 to 69.",
            claims=[Q("Tens of thousands of demonstrators", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
          S("Police estimated the crowd at around 18,000; the organisers, Rente mit Würde, claimed more than 60,000.",
            claims=[Q("around 18,000", 18000, "person", None, "about", subject=MARCH, source=POL, group="pro-turnout", time=DAY),
                    Q("claimed more than 60,000", 60000, "person", None, "more-than", subject=MARCH, source=RMW, hedged=True, group="pro-turnout", time=DAY)])),
        P(S("The 4.5-kilometre march to parliament passed off mostly peacefully, although police reported bottles and stones being thrown at officers by masked individuals near Brauer Square.",
            claims=[Q("4.5-kilometre", 4.5, "kilometre", "size", subject=MARCH, group="pro-route", time=DAY),
                    ST("police reported bottles and stones being thrown at officers by masked individuals", "masked people", "attacked", "police officers", "pro-bottles", source=POL)])),
        P(S("Fourteen police officers were hurt and 23 people detained.",
            claims=[Q("Fourteen police officers were hurt", 14, "person", "wounded", subject=MARCH, group="pro-officers-injured", time=DAY),
                    Q("23 people detained", 23, "person", "arrested", subject=MARCH, group="pro-arrests", time=DAY)]),
          S("Organisers said at least 40 marchers were injured and that water cannon had been used against pensioners staging a sit-in, a claim police rejected.",
            claims=[Q("at least 40 marchers were injured", 40, "person", "wounded", "at-least", subject=MARCH, source=RMW, group="pro-protesters-injured", time=DAY),
                    ST("water cannon had been used against pensioners staging a sit-in", POL, "used water cannon", "sit-in", "pro-water-cannon", source=RMW),
                    ST("a claim police rejected", POL, "used water cannon", "sit-in", "pro-water-cannon", source=POL, denial=True)])),
        P(S("Some 2,400 officers were on duty, and traffic in the city centre was disrupted for more than five hours.",
            claims=[Q("Some 2,400 officers", 2400, "person", "deployed", "about", subject=MARCH, group="pro-police-deployed", time=DAY),
                    Q("more than five hours", 5, "hour", "duration", "more-than", subject="karsholm", group="pro-traffic", time=DAY)]),
          S("The reform, on which parliament votes on October 21, is projected to save €11 billion annually by 2035.",
            claims=[Q("€11 billion annually", 11000000000, "eur", None, subject=REFORM, group="pro-savings", time=T("2035-01-01", "2035-12-31"))])),
    ],
    "removed": ["We use cookies to personalise content", "Accept all", "Saturday 9 October 2027, 21:15", "Subscribe",
                "Share this story", "Velmer Savings", "Karsholm tram line 4", "The Harbour Quartet", "Karsholm FC beat Dorlen 3-1",
                "© 2027 The Karsholm Herald Ltd", "Herald Morning Briefing", "Additional reporting by Meridian Press"],
}

# ------------------------------------------------------------------ VLR Velmer Rundfunk (de broadcaster, HTML; own report)

VLR_SITE = {
    "nav": ["Nachrichten", "Inland", "Ausland", "Wirtschaft", "Regionen", "Wetter", "Mediathek"],
    "cookie": "Der VLR nutzt technisch notwendige Cookies sowie – mit Ihrer Einwilligung – Cookies zur Reichweitenmessung.",
    "cookie_ok": "Einwilligen",
    "by": "Von",
    "date_label": "Stand: 09.10.2027 20:30 Uhr",
    "share": "Teilen · Link kopieren",
    "ad": "VLR-Mediathek: Die Dokumentation „Alt werden in Velmerland“ – jetzt streamen",
    "related_title": "Mehr zum Thema",
    "related": ["Rentenreform: Was sich für wen ändert – ein Überblick", "Kommentar: Die Reform braucht einen Plan B",
                "Live-Blog zur Demonstration in Karsholm zum Nachlesen"],
    "footer": "© Velmer Rundfunk 2027 · Impressum · Barrierefreiheit · Datenschutz",
    "inline": '<figure class="video"><figcaption>Video: Bilder vom Demonstrationszug (2:14 Min.)</figcaption></figure>',
    "inline_at": 1,
    "after": '<p class="tags">Themen: Rentenreform · Demonstration · Karsholm · Polizei</p>',
}

VLR = {
    "input": "dev11/karsholm-vlr.html", "story": SID, "event": EV,
    "publisher": "VLR Velmer Rundfunk", "published": "2027-10-09T20:30:00+02:00",
    "language": "de", "authors": ["Jana Kürschner", "Mats Oberholz"], "sensational": False,
    "blocks": [
        H("Zehntausende demonstrieren in Karsholm gegen Rentenreform",
          claims=[Q("Zehntausende", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
        P(S("In Karsholm haben am Samstag Zehntausende Menschen gegen die geplante Anhebung des Rentenalters auf 69 Jahre demonstriert.",
            claims=[Q("Zehntausende Menschen", 20000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
          S("Die Polizei sprach von rund 18.000 Teilnehmenden, das Bündnis „Rente mit Würde“ von mehr als 60.000.",
            claims=[Q("rund 18.000 Teilnehmenden", 18000, "person", None, "about", subject=MARCH, source=POL, group="pro-turnout", time=DAY),
                    Q("mehr als 60.000", 60000, "person", None, "more-than", subject=MARCH, source=RMW, group="pro-turnout", time=DAY)]),
          S("Der Demonstrationszug führte über 4,5 Kilometer vom Nordbahnhof bis vor das Parlament.",
            claims=[Q("über 4,5 Kilometer", 4.5, "kilometre", "distance", subject=MARCH, group="pro-route", time=DAY)])),
        P(S("Nach Polizeiangaben warfen Vermummte am Brauerplatz Flaschen und Steine auf Beamte.",
            claims=[ST("warfen Vermummte am Brauerplatz Flaschen und Steine auf Beamte", "masked people", "attacked", "police officers", "pro-bottles", source=POL)]),
          S("Nach Angaben eines Polizeisprechers wurden 14 Polizistinnen und Polizisten verletzt, drei von ihnen kamen ins Krankenhaus.",
            claims=[Q("14 Polizistinnen und Polizisten verletzt", 14, "person", "wounded", subject=MARCH, source=POL, group="pro-officers-injured", time=DAY),
                    Q("drei von ihnen kamen ins Krankenhaus", 3, "person", "wounded", subject=MARCH, source=POL, group="pro-officers-hospital", time=DAY)]),
          S("23 Menschen wurden festgenommen.",
            claims=[Q("23 Menschen wurden festgenommen", 23, "person", "arrested", subject=MARCH, group="pro-arrests", time=DAY)])),
        P(S("Das Bündnis distanzierte sich von den Vermummten.",
            claims=[ST("Das Bündnis distanzierte sich von den Vermummten", "march", "attacked", "police officers", "pro-violence", source=RMW, denial=True)]),
          S("„Von unserer Demonstration ist keine Gewalt ausgegangen“, sagte Sprecherin Ilka Marquardt.", "quote",
            claims=[ST("Von unserer Demonstration ist keine Gewalt ausgegangen", "march", "attacked", "police officers", "pro-violence", source="ilka marquardt", denial=True)])),
        P(S("Das Bündnis warf der Polizei zudem vor, am Brauerplatz Wasserwerfer gegen eine Sitzblockade von Rentnerinnen und Rentnern eingesetzt zu haben.",
            claims=[ST("warf der Polizei zudem vor, am Brauerplatz Wasserwerfer gegen eine Sitzblockade von Rentnerinnen und Rentnern eingesetzt zu haben",
                       POL, "used water cannon", "sit-in", "pro-water-cannon", source=RMW)]),
          S("Ein Polizeisprecher wies das zurück: Die zwei Wasserwerfer hätten lediglich bereitgestanden.",
            claims=[ST("Ein Polizeisprecher wies das zurück", POL, "used water cannon", "sit-in", "pro-water-cannon", source=POL, denial=True),
                    Q("Die zwei Wasserwerfer", 2, "vehicle", None, subject=POL, source=POL, hedged=True, group="pro-water-cannon-count", time=DAY)]),
          S("Nach Angaben des Bündnisses wurden mindestens 40 Demonstrierende verletzt.",
            claims=[Q("mindestens 40 Demonstrierende verletzt", 40, "person", "wounded", "at-least", subject=MARCH, source=RMW, group="pro-protesters-injured", time=DAY)])),
        P(S("Rund 2.400 Polizeikräfte waren im Einsatz.",
            claims=[Q("Rund 2.400 Polizeikräfte", 2400, "person", "deployed", "about", subject=MARCH, group="pro-police-deployed", time=DAY)])),
        H("Abstimmung am 21. Oktober"),
        P(S("„Wir werden nicht einknicken“, hatte Ministerpräsident Aldo Renkhoff am Freitag gesagt.", "quote",
            claims=[ST("Wir werden nicht einknicken", "aldo renkhoff", "said", "will not back down", "pro-renkhoff", source="aldo renkhoff")]),
          S("Die Regierung will mit der Reform bis 2035 jährlich elf Milliarden Euro einsparen.",
            claims=[Q("jährlich elf Milliarden Euro", 11000000000, "eur", None, subject=REFORM, source=GOV, group="pro-savings", time=T("2035-01-01", "2035-12-31"))]),
          S("Die Regierung nennt das Vorhaben „Zukunftssicherungsgesetz“.",
            loaded=[L("Zukunftssicherungsgesetz", "propaganda", "reported")]),
          S("Die Koalition verfügt im Parlament über 79 der 151 Sitze.",
            claims=[Q("79 der 151 Sitze", 79, "seat", "won", subject="coalition", group="pro-seats", time=None),
                    Q("151 Sitze", 151, "seat", "size", subject="parliament", group="pro-parliament-size", time=None)]),
          S("Laut einer Umfrage von Demoskop Velmer lehnen 61 Prozent der Befragten die Reform ab.",
            claims=[Q("61 Prozent der Befragten", 61, "percent", None, subject=REFORM, source="demoskop velmer", group="pro-poll-oppose", time=None)])),
    ],
    "removed": ["Der VLR nutzt technisch notwendige Cookies", "Einwilligen", "Stand: 09.10.2027 20:30 Uhr", "Mediathek",
                "Teilen · Link kopieren", "Alt werden in Velmerland", "Was sich für wen ändert", "Die Reform braucht einen Plan B",
                "Live-Blog zur Demonstration", "© Velmer Rundfunk 2027", "Bilder vom Demonstrationszug (2:14 Min.)",
                "Themen: Rentenreform · Demonstration · Karsholm · Polizei"],
}

# ------------------------------------------------------------------ Unten links (de left-wing activist blog, .txt without dateline block)

BLOG = {
    "input": "dev11/karsholm-untenlinks.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("70.000 gegen den Rentenraub – und die Polizei schickt die Wasserwerfer",
          claims=[Q("70.000 gegen den Rentenraub", 70000, "person", None, subject=MARCH, group="pro-turnout", time=DAY),
                  ST("die Polizei schickt die Wasserwerfer", POL, "used water cannon", "sit-in", "pro-water-cannon")],
          loaded=[L("Rentenraub", "demonising")]),
        P(S("Was für ein Tag!", "opinion"),
          S("Mehr als 70.000 Menschen haben gestern in Karsholm gezeigt, dass sie sich den Rentenraub der Regierung Renkhoff nicht gefallen lassen.",
            claims=[Q("Mehr als 70.000 Menschen", 70000, "person", None, "more-than", subject=MARCH, group="pro-turnout", time=DAY)],
            loaded=[L("Rentenraub", "demonising")]),
          S("Die Polizei zählte angeblich nur 18.000.",
            claims=[Q("nur 18.000", 18000, "person", None, subject=MARCH, source=POL, hedged=True, group="pro-turnout", time=DAY)]),
          S("Wer's glaubt!", "opinion")),
        P(S("Über 300 Busse brachten Kolleginnen und Kollegen aus allen Landesteilen in die Hauptstadt.",
            claims=[Q("Über 300 Busse", 300, "vehicle", None, "more-than", subject=MARCH, group="pro-buses", time=DAY)]),
          S("Am Brauerplatz setzten die Schlägertrupps in Uniform dann Wasserwerfer gegen eine friedliche Sitzblockade von Rentnerinnen ein.",
            claims=[ST("setzten die Schlägertrupps in Uniform dann Wasserwerfer gegen eine friedliche Sitzblockade von Rentnerinnen ein",
                       POL, "used water cannon", "sit-in", "pro-water-cannon")],
            loaded=[L("Schlägertrupps in Uniform", "demonising")]),
          S("Die Heldinnen vom Brauerplatz blieben trotzdem sitzen.",
            loaded=[L("Heldinnen vom Brauerplatz", "glorifying")]),
          S("Dutzende von uns wurden verletzt, viele durch Pfefferspray.",
            claims=[Q("Dutzende von uns wurden verletzt", 24, "person", "wounded", "at-least", subject=MARCH, group="pro-protesters-injured", time=DAY)])),
        P(S("Eine Genossin (72) erzählt: „Ich habe 45 Jahre lang gearbeitet, und jetzt werde ich nassgespritzt wie ein Hund.“", "quote",
            claims=[Q("45 Jahre lang gearbeitet", 45, "year", "duration", subject="protester", source="protester", group="pro-worked-years", time=None)])),
        P(S("Die bürgerliche Presse schreibt jetzt von „Krawallen“.", "opinion",
            loaded=[L("Krawallen", "demonising", "distancing")]),
          S("Die Regierung nennt ihr Machwerk „Zukunftssicherungsgesetz“.",
            loaded=[L("Machwerk", "demonising"), L("Zukunftssicherungsgesetz", "propaganda", "distancing")]),
          S("Die Reform ist nichts anderes als eine Rentenkürzung durch die Hintertür.", "opinion"),
          S("Kommt alle am 21. Oktober vor das Parlament, wenn abgestimmt wird!", "opinion"),
          S("Solidarität ist unsere stärkste Waffe!", "opinion")),
    ],
    "post": ["Teilen: Mastodon · Telegram · E-Mail", "Schlagworte: Rente, Demo, Polizeigewalt, Karsholm",
             "Unterstütze unabhängigen Journalismus von unten: Spendenkonto bei der Solidarbank, Stichwort „Blog“"],
    "removed": ["Teilen: Mastodon · Telegram · E-Mail", "Schlagworte: Rente, Demo, Polizeigewalt, Karsholm",
                "Unterstütze unabhängigen Journalismus von unten"],
}

# ------------------------------------------------------------------ Der Wächter (de right-wing paper, RSS item)

WAECHTER = {
    "input": "dev11/waechter.rss#dw-2027-10-10-karsholm-demo", "story": SID, "event": EV,
    "publisher": "Der Wächter", "published": "2027-10-10T07:00:00+02:00",
    "language": "de", "authors": ["Konrad Steinmeyer"], "sensational": True,
    "blocks": [
        H("Linke Chaoten kapern Rentner-Demo – 14 Polizisten verletzt",
          claims=[Q("14 Polizisten verletzt", 14, "person", "wounded", subject=MARCH, group="pro-officers-injured", time=DAY)],
          loaded=[L("Linke Chaoten", "demonising")]),
        P(S("Einige Tausend Menschen zogen am Samstag durch Karsholm, um gegen die Rentenreform zu protestieren.",
            claims=[Q("Einige Tausend Menschen", 2000, "person", None, "at-least", subject=MARCH, group="pro-turnout", time=DAY)]),
          S("Die Gewalt ging vom sogenannten antikapitalistischen Block aus, der mitten im Demonstrationszug marschierte.",
            claims=[ST("Die Gewalt ging vom sogenannten antikapitalistischen Block aus", "march", "attacked", "police officers", "pro-violence")],
            loaded=[L("sogenannten", "belittling", "distancing")])),
        P(S("Vermummte Krawallmacher warfen am Brauerplatz Flaschen und Steine auf Polizisten.",
            claims=[ST("Vermummte Krawallmacher warfen am Brauerplatz Flaschen und Steine auf Polizisten", "masked people", "attacked", "police officers", "pro-bottles")],
            loaded=[L("Krawallmacher", "demonising")]),
          S("14 Beamte wurden verletzt, mehr als 20 Randalierer festgenommen.",
            claims=[Q("14 Beamte wurden verletzt", 14, "person", "wounded", subject=MARCH, group="pro-officers-injured", time=DAY),
                    Q("mehr als 20 Randalierer festgenommen", 20, "person", "arrested", "more-than", subject=MARCH, group="pro-arrests", time=DAY)],
            loaded=[L("Randalierer", "demonising")]),
          S("Bündnissprecherin Ilka Marquardt sprach hinterher allen Ernstes von „Polizeigewalt“.",
            loaded=[L("Polizeigewalt", "demonising", "reported"), L("allen Ernstes", "belittling")])),
        P(S("Dabei ist die Reform überfällig.", "opinion"),
          S("Laut einer Umfrage des Instituts Marktblick hält eine Mehrheit von 54 Prozent eine längere Lebensarbeitszeit für unvermeidlich.",
            claims=[Q("54 Prozent", 54, "percent", None, subject=REFORM, source="marktblick", group="pro-poll-inevitable", time=None)]),
          S("Wer glaubt, mit Rentner-Folklore und Trillerpfeifen ließe sich die Demografie wegdemonstrieren, der irrt.", "opinion",
            loaded=[L("Rentner-Folklore", "belittling")]),
          S("Ministerpräsident Renkhoff muss jetzt Kurs halten.", "opinion")),
    ],
    "extra": '<p><em>Lesen Sie morgen im Wächter: Wer finanziert das Bündnis „Rente mit Würde“?</em></p>',
    "removed": ["Lesen Sie morgen im Wächter", "Wer finanziert das Bündnis"],
}

ARTICLES = [MERIDIAN, HERALD, VLR, BLOG, WAECHTER]

REWRITES = [["dev11/karsholm-meridian.txt", "dev11/karsholm-herald.html"]]

CHANNEL = {"title": "Der Wächter – Politik", "link": "https://waechter.example/politik",
           "description": "Klartext aus Karsholm: Politik, Meinung, Hintergrund", "language": "de"}


def files():
    """Input files of this story (the Wächter feed carries this story's item)."""
    return {
        "karsholm-meridian.txt": (render_txt(MERIDIAN), False),
        "karsholm-herald.html": (render_html(HERALD, HERALD_SITE), False),
        "karsholm-vlr.html": (render_html(VLR, VLR_SITE), False),
        "karsholm-untenlinks.txt": (render_txt(BLOG), False),
        "waechter.rss": (render_rss(CHANNEL, [(WAECHTER, "dw-2027-10-10-karsholm-demo",
                                                "https://waechter.example/politik/linke-chaoten-rentner-demo", WAECHTER["extra"])]), False),
    }
