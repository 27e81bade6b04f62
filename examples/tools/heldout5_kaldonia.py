"""heldout5 story 2: tens of thousands march in Brisova, capital of Kaldonia, against raising the retirement age
(17 April 2027); parliament passes the reform three days later (20 April 2027).

An English wire report with a dateline block, an aggregator's rewrite of it (JSON Lines, `text` item), an
English broadcaster's RSS item on the vote, a left-wing union paper's page (HTML, states the beating of a
pensioner as fact and omits the ministry's denial) and a right-populist blog (no dateline block, states the
union's arson as fact and omits the union's denial). Written for heldout5 by a fourteenth writer who has not
read the extractor. Every country, town, party, person, outlet and figure is invented.
"""

import json

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, body_text, headline, content_blocks

SID = "st-kaldonia-pension"
EV1 = "ev-brisova-protest"
EV2 = "ev-kaldonia-pension-vote"
STORY = {"id": SID, "label": "Kaldonia's pension reform: the Brisova protest and the parliamentary vote",
         "events": [{"id": EV1, "label": "Mass march in Brisova against raising the retirement age, with clashes"},
                    {"id": EV2, "label": "Kaldonian parliament passes the pension reform"}]}

SAT = T("2027-04-17", "2027-04-17")
TUE = T("2027-04-20", "2027-04-20")
DEMO = "brisova protest"
GOV = "kaldonia"

GROUPS = [
    {"id": "kal-turnout", "story": SID, "status": "conflicting",
     "why": "About 45,000 according to the police (Halcyon, DayBrief, Roter Morgen) and fewer than 40,000 (Wahrheitsradar) against more than 150,000 according to the GVK / organisers (Halcyon, DayBrief, Roter Morgen); Kaldonia Today gives the range between them; 'tens of thousands' allows both."},
    {"id": "kal-route", "story": SID, "status": "agreed",
     "why": "Some 4 km (2.5 miles) in Halcyon, more than four kilometres in Roter Morgen."},
    {"id": "kal-car-burned", "story": SID, "status": "agreed",
     "why": "Halcyon and DayBrief: a police car was set on fire near parliament."},
    {"id": "kal-car-arson", "story": SID, "status": "disputed",
     "why": "Police blame union militants (Halcyon, DayBrief), Wahrheitsradar states it as fact; the GVK denies (Halcyon, DayBrief, Roter Morgen)."},
    {"id": "kal-officers-injured", "story": SID, "status": "conflicting",
     "why": "23 officers hurt according to the police (Halcyon, DayBrief) against more than 30 in Wahrheitsradar the next day."},
    {"id": "kal-protesters-injured", "story": SID, "status": "compatible",
     "why": "At least 11 protesters (Halcyon, DayBrief) beside the looser 'Dutzende' (Roter Morgen)."},
    {"id": "kal-arrests", "story": SID, "status": "agreed",
     "why": "67 detained (Halcyon, DayBrief, Wahrheitsradar, Kaldonia Today), 'fast 70' (Roter Morgen)."},
    {"id": "kal-police-deployed", "story": SID, "status": "agreed",
     "why": "About 4,000 officers (Halcyon, DayBrief, Roter Morgen)."},
    {"id": "kal-pensioner", "story": SID, "status": "disputed",
     "why": "Video appears to show officers beating an elderly man (Halcyon, DayBrief); Roter Morgen states it as fact; the interior ministry says the officers acted lawfully (Halcyon, DayBrief)."},
    {"id": "kal-savings", "story": SID, "status": "conflicting",
     "why": "The government's 3.2 billion euros a year (Halcyon, Roter Morgen, Kaldonia Today) against the GVK's at most 1.1 billion (Roter Morgen, Kaldonia Today)."},
    {"id": "kal-coalition-seats", "story": SID, "status": "agreed",
     "why": "Halcyon and DayBrief: the coalition holds 118 seats."},
    {"id": "kal-parliament-size", "story": SID, "status": "agreed",
     "why": "Halcyon and DayBrief: parliament has 215 seats."},
    {"id": "kal-vote", "story": SID, "status": "single-source",
     "why": "Only Kaldonia Today reports the vote."},
    {"id": "kal-votes-for", "story": SID, "status": "single-source", "why": "Only Kaldonia Today: 112 votes for."},
    {"id": "kal-votes-against", "story": SID, "status": "single-source", "why": "Only Kaldonia Today: 97 votes against."},
    {"id": "kal-abstentions", "story": SID, "status": "single-source", "why": "Only Kaldonia Today: six abstentions."},
    {"id": "kal-defectors", "story": SID, "status": "single-source",
     "why": "Only Kaldonia Today: seven coalition members voted against."},
    {"id": "kal-charged", "story": SID, "status": "single-source", "why": "Only Kaldonia Today: 14 of those detained charged."},
    {"id": "kal-general-strike", "story": SID, "status": "agreed",
     "why": "Roter Morgen and Kaldonia Today: the GVK has called a general strike for 3 May."},
]

# ------------------------------------------------------------------ Halcyon Newswire (en wire, dateline block)

HALCYON = {
    "input": "heldout5/brisova-halcyon.txt", "story": SID, "event": EV1,
    "publisher": "Halcyon Newswire", "published": "2027-04-17T19:40:00+02:00",
    "language": "en", "authors": ["Ondrej Pavlic"], "sensational": False,
    "pre": ["Halcyon Newswire", "April 17, 2027 7:40 PM", "By Ondrej Pavlic"],
    "blocks": [
        H("Tens of thousands march in Brisova against pension reform",
          claims=[Q("Tens of thousands", 20000, "person", None, "at-least", subject=DEMO, group="kal-turnout", time=SAT)]),
        P(S("BRISOVA, April 17 (Halcyon) - Tens of thousands of people marched through the Kaldonian capital on Saturday against the government's plan to raise the retirement age from 65 to 67.",
            claims=[Q("Tens of thousands of people", 20000, "person", None, "at-least", subject=DEMO, group="kal-turnout", time=SAT)]),
          S("Police put the crowd at about 45,000, while the GVK union federation, which organised the march, said more than 150,000 people took part.",
            claims=[Q("about 45,000", 45000, "person", None, "about", subject=DEMO, source="police", group="kal-turnout", time=SAT),
                    Q("more than 150,000 people took part", 150000, "person", None, "more-than", subject=DEMO, source="gvk",
                      group="kal-turnout", time=SAT)])),
        P(S("The march stretched some 4 kilometres (2.5 miles) from Station Square to the parliament building.",
            claims=[Q("some 4 kilometres", 4, "kilometre", "distance", "about", subject=DEMO, group="kal-route", time=SAT),
                    Q("(2.5 miles)", 2.5, "mile", "distance", "about", subject=DEMO, group="kal-route", time=SAT)]),
          S("It was largely peaceful, but clashes broke out near parliament in the late afternoon."),
          S("A police car was set on fire, and police blamed “union militants” for the arson.",
            claims=[ST("A police car was set on fire", None, "set on fire", "police car", "kal-car-burned"),
                    ST("police blamed “union militants” for the arson", "union militants", "set on fire", "police car", "kal-car-arson",
                       source="police")],
            loaded=[L("union militants", "demonising", "reported")]),
          S("The GVK rejected the accusation, saying the attackers had nothing to do with its march.",
            claims=[ST("The GVK rejected the accusation", "gvk", "denies", "union militants set police car on fire", "kal-car-arson",
                       source="gvk", denial=True)])),
        P(S("Police said 23 officers were hurt, and medics treated at least 11 protesters for injuries.",
            claims=[Q("23 officers were hurt", 23, "person", "wounded", subject=DEMO, source="police", group="kal-officers-injured", time=SAT),
                    Q("at least 11 protesters", 11, "person", "wounded", "at-least", subject=DEMO, source="ambulance service",
                      group="kal-protesters-injured", time=SAT)]),
          S("67 people were detained.",
            claims=[Q("67 people were detained", 67, "person", "arrested", subject=DEMO, group="kal-arrests", time=SAT)]),
          S("About 4,000 officers had been deployed across the city.",
            claims=[Q("About 4,000 officers had been deployed", 4000, "person", "deployed", "about", subject=DEMO,
                      group="kal-police-deployed", time=SAT)])),
        P(S("Footage shared on social media appeared to show officers striking an elderly man with batons outside parliament.",
            claims=[ST("appeared to show officers striking an elderly man with batons", "police", "beat", "elderly protester", "kal-pensioner",
                       hedged=True)]),
          S("The interior ministry said its officers had acted lawfully and in proportion.",
            claims=[ST("The interior ministry said its officers had acted lawfully and in proportion", "interior ministry", "denies",
                       "police beat elderly protester", "kal-pensioner", source="interior ministry", denial=True)])),
        P(S("Prime Minister Dorota Morvay's government says the reform will save €3.2 billion a year.",
            claims=[Q("€3.2 billion a year", 3200000000, "eur", None, subject="pension reform", source=GOV, group="kal-savings", time=None)]),
          S("Parliament votes on the bill on Tuesday; Morvay's three-party coalition holds 118 of the 215 seats.",
            claims=[Q("118 of the 215 seats", 118, "seat", "won", subject="coalition", group="kal-coalition-seats", time=SAT),
                    Q("the 215 seats", 215, "seat", "size", subject="parliament", group="kal-parliament-size", time=SAT)])),
    ],
    "post": ["(Reporting by Ondrej Pavlic; Editing by Kasimir Vostrel)", "© 2027 Halcyon Newswire. All rights reserved.",
             "Our Standards: The Halcyon Trust Principles."],
    "removed": ["April 17, 2027 7:40 PM", "By Ondrej Pavlic", "(Reporting by Ondrej Pavlic; Editing by Kasimir Vostrel)",
                "© 2027 Halcyon Newswire", "Our Standards: The Halcyon Trust Principles."],
}

# ------------------------------------------------------------------ DayBrief (en aggregator, JSON Lines `text` item; rewrite of Halcyon)

DAYBRIEF = {
    "input": "heldout5/news.jsonl#db-55102", "story": SID, "event": EV1,
    "publisher": "DayBrief", "published": "2027-04-18T08:10:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Huge crowd in Brisova protests pension plan as police car is torched",
          claims=[ST("police car is torched", None, "set on fire", "police car", "kal-car-burned")]),
        P(S("Tens of thousands of people protested in Brisova, Kaldonia, on Saturday against plans to raise the retirement age to 67.",
            claims=[Q("Tens of thousands of people", 20000, "person", None, "at-least", subject=DEMO, group="kal-turnout", time=SAT)]),
          S("According to police, roughly 45,000 took part; organisers claimed over 150,000.",
            claims=[Q("roughly 45,000", 45000, "person", None, "about", subject=DEMO, source="police", group="kal-turnout", time=SAT),
                    Q("over 150,000", 150000, "person", None, "more-than", subject=DEMO, source="organisers", hedged=True,
                      group="kal-turnout", time=SAT)])),
        P(S("A police car was torched near parliament, which police blamed on union militants; the GVK federation denied any involvement.",
            claims=[ST("A police car was torched near parliament", None, "set on fire", "police car", "kal-car-burned"),
                    ST("which police blamed on union militants", "union militants", "set on fire", "police car", "kal-car-arson", source="police"),
                    ST("the GVK federation denied any involvement", "gvk", "denies", "union militants set police car on fire", "kal-car-arson",
                       source="gvk", denial=True)],
            loaded=[L("union militants", "demonising", "reported")]),
          S("23 police officers and at least 11 demonstrators were injured and 67 people arrested.",
            claims=[Q("23 police officers", 23, "person", "wounded", subject=DEMO, group="kal-officers-injured", time=SAT),
                    Q("at least 11 demonstrators", 11, "person", "wounded", "at-least", subject=DEMO, group="kal-protesters-injured", time=SAT),
                    Q("67 people arrested", 67, "person", "arrested", subject=DEMO, group="kal-arrests", time=SAT)]),
          S("Around 4,000 police were on duty.",
            claims=[Q("Around 4,000 police", 4000, "person", "deployed", "about", subject=DEMO, group="kal-police-deployed", time=SAT)])),
        P(S("Footage reportedly showing officers beating an elderly man circulated online; the interior ministry insisted its officers acted lawfully.",
            claims=[ST("Footage reportedly showing officers beating an elderly man", "police", "beat", "elderly protester", "kal-pensioner", hedged=True),
                    ST("the interior ministry insisted its officers acted lawfully", "interior ministry", "denies", "police beat elderly protester",
                       "kal-pensioner", source="interior ministry", denial=True)]),
          S("Parliament votes on the reform on Tuesday.")),
        P(S("Prime Minister Dorota Morvay's coalition has 118 of parliament's 215 seats.",
            claims=[Q("118 of parliament's 215 seats", 118, "seat", "won", subject="coalition", group="kal-coalition-seats", time=SAT),
                    Q("parliament's 215 seats", 215, "seat", "size", subject="parliament", group="kal-parliament-size", time=SAT)])),
    ],
    "text_post": "More on DayBrief: Kaldonia's pension reform explained in 60 seconds | Sign up for the 7am briefing",
    "removed": ["More on DayBrief", "Kaldonia's pension reform explained in 60 seconds", "Sign up for the 7am briefing"],
}

# ------------------------------------------------------------------ Roter Morgen (de left union paper, HTML)

RM_SITE = {
    "nav": ["Startseite", "Arbeit", "Soziales", "Kaldonien", "Internationales", "Kultur", "Spenden"],
    "cookie": "Roter Morgen setzt nur technisch notwendige Cookies ein. Keine Werbe-Tracker, versprochen.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "18. April 2027",
    "share": "Weitersagen: Mastodon · Telegram · E-Mail",
    "ad": "Unabhängiger Journalismus von unten braucht dich: Jetzt Soli-Abo ab 5 Euro im Monat abschließen!",
    "related_title": "Weiterlesen",
    "related": ["Streikkasse: So hilft die Solidarität", "Interview: Warum Pflegekräfte mitmarschieren",
                "Kommentar: Die Rente ist kein Almosen"],
    "footer": "Roter Morgen – Zeitung für Arbeit und Gerechtigkeit · Herausgegeben vom Verein Roter Morgen e. V. · Impressum",
}

RM = {
    "input": "heldout5/brisova-roter-morgen.html", "story": SID, "event": EV1,
    "publisher": "Roter Morgen", "published": "2027-04-18T10:00:00+02:00",
    "language": "de", "authors": ["Mila Jestrab"], "sensational": True,
    "blocks": [
        H("150.000 gegen den Rentenklau: Brisova steht auf!",
          claims=[Q("150.000", 150000, "person", None, subject=DEMO, group="kal-turnout", time=SAT)],
          loaded=[L("Rentenklau", "demonising")]),
        P(S("Es war ein historischer Tag für die Arbeiterbewegung in Kaldonien.", "opinion",
            loaded=[L("historischer Tag", "glorifying")]),
          S("Mehr als 150.000 Kolleginnen und Kollegen zogen am Samstag vom Bahnhofsplatz über vier Kilometer bis vor das Parlament, um gegen den Sozialraub der Regierung Morvay zu protestieren.",
            claims=[Q("Mehr als 150.000 Kolleginnen und Kollegen", 150000, "person", None, "more-than", subject=DEMO, group="kal-turnout", time=SAT),
                    Q("über vier Kilometer", 4, "kilometre", "distance", "more-than", subject=DEMO, group="kal-route", time=SAT)],
            loaded=[L("Sozialraub", "demonising")]),
          S("Die Polizei sprach von 45.000 – eine Zahl, über die auf dem Bahnhofsplatz nur gelacht wurde.",
            claims=[Q("Die Polizei sprach von 45.000", 45000, "person", None, subject=DEMO, source="police", group="kal-turnout", time=SAT)])),
        P(S("Die Regierung will das Rentenalter von 65 auf 67 Jahre anheben und damit angeblich 3,2 Milliarden Euro im Jahr sparen.",
            claims=[Q("angeblich 3,2 Milliarden Euro im Jahr", 3200000000, "eur", None, subject="pension reform", source=GOV, hedged=True,
                      group="kal-savings", time=None)]),
          S("Nach Berechnungen des GVK spart die Reform höchstens 1,1 Milliarden Euro.",
            claims=[Q("höchstens 1,1 Milliarden Euro", 1100000000, "eur", None, "up-to", subject="pension reform", source="gvk",
                      group="kal-savings", time=None)])),
        P(S("Am Nachmittag schickte die Regierung ein Heer von 4.000 Polizisten gegen friedliche Rentnerinnen und Rentner.",
            claims=[Q("4.000 Polizisten", 4000, "person", "deployed", subject=DEMO, group="kal-police-deployed", time=SAT)],
            loaded=[L("ein Heer von 4.000 Polizisten", "alarmist")]),
          S("Vor dem Parlament prügelten Beamte einen 74-jährigen Rentner krankenhausreif.",
            claims=[ST("Vor dem Parlament prügelten Beamte einen 74-jährigen Rentner krankenhausreif", "police", "beat", "elderly protester",
                       "kal-pensioner")],
            loaded=[L("krankenhausreif", "alarmist")]),
          S("Dutzende Demonstrierende wurden verletzt.",
            claims=[Q("Dutzende Demonstrierende wurden verletzt", 24, "person", "wounded", "at-least", subject=DEMO,
                      group="kal-protesters-injured", time=SAT)]),
          S("Fast 70 Menschen wurden festgenommen – für nichts als ihr Recht auf Protest.",
            claims=[Q("Fast 70 Menschen wurden festgenommen", 70, "person", "arrested", "about", subject=DEMO, group="kal-arrests", time=SAT)])),
        P(S("Den Versuch, ihm einen brennenden Streifenwagen in die Schuhe zu schieben, wies der GVK entschieden zurück.",
            claims=[ST("wies der GVK entschieden zurück", "gvk", "denies", "union militants set police car on fire", "kal-car-arson",
                       source="gvk", denial=True)]),
          S("„Wer uns die Rente stiehlt, wird uns auf der Straße wiedersehen“, sagte GVK-Chefin Jarmila Sedlak.", "quote",
            loaded=[L("stiehlt", "demonising", "reported")]),
          S("Für den 3. Mai hat der GVK zum Generalstreik aufgerufen.",
            claims=[ST("Für den 3. Mai hat der GVK zum Generalstreik aufgerufen", "gvk", "called", "general strike on 3 May",
                       "kal-general-strike")])),
        P(S("Kommt alle am 3. Mai auf die Straße – gemeinsam stoppen wir diese „Reform“!", "opinion",
            loaded=[L("„Reform“", "euphemism", "distancing")])),
    ],
    "removed": ["Roter Morgen setzt nur technisch notwendige Cookies ein", "Verstanden", "Weitersagen: Mastodon", "Soli-Abo ab 5 Euro",
                "Streikkasse: So hilft die Solidarität", "Warum Pflegekräfte mitmarschieren", "Die Rente ist kein Almosen",
                "Herausgegeben vom Verein Roter Morgen e. V.", "Internationales"],
}

# ------------------------------------------------------------------ Wahrheitsradar (de right-populist blog, txt without dateline block)

WR = {
    "input": "heldout5/brisova-wahrheitsradar.txt", "story": SID, "event": EV1,
    "publisher": None, "published": None, "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("Linker Mob legt Brisova lahm – und die Systemmedien schweigen",
          loaded=[L("Linker Mob", "demonising"), L("Systemmedien", "demonising")]),
        P(S("Was sich am Samstag in der kaldonischen Hauptstadt abgespielt hat, war kein Protest, sondern ein Angriff auf den Rechtsstaat.", "opinion",
            loaded=[L("Angriff auf den Rechtsstaat", "alarmist")]),
          S("Nicht einmal 40.000 Demonstranten folgten dem Aufruf der Gewerkschaftsbonzen – die angeblichen 150.000 sind pure Propaganda.",
            claims=[Q("Nicht einmal 40.000 Demonstranten", 40000, "person", None, "less-than", subject=DEMO, group="kal-turnout", time=SAT),
                    Q("die angeblichen 150.000", 150000, "person", None, subject=DEMO, hedged=True, group="kal-turnout", time=SAT)],
            loaded=[L("Gewerkschaftsbonzen", "demonising"), L("pure Propaganda", "demonising")]),
          S("Von „friedlichem Protest“ kann bei diesen Berufsdemonstranten keine Rede sein.", "opinion",
            loaded=[L("„friedlichem Protest“", "euphemism", "distancing"), L("Berufsdemonstranten", "belittling")])),
        P(S("Gewerkschafts-Chaoten zündeten vor dem Parlament einen Streifenwagen an.",
            claims=[ST("Gewerkschafts-Chaoten zündeten vor dem Parlament einen Streifenwagen an", "union militants", "set on fire", "police car",
                       "kal-car-arson")],
            loaded=[L("Gewerkschafts-Chaoten", "demonising")]),
          S("Mehr als 30 Polizisten wurden verletzt, einige davon schwer.",
            claims=[Q("Mehr als 30 Polizisten wurden verletzt", 30, "person", "wounded", "more-than", subject=DEMO,
                      group="kal-officers-injured", time=SAT)]),
          S("Und wie viele Randalierer sitzen jetzt hinter Gittern?", "opinion"),
          S("Ganze 67 Festnahmen – bei diesem Gewaltexzess ein schlechter Witz!", "opinion",
            claims=[Q("Ganze 67 Festnahmen", 67, None, "arrested", subject=DEMO, group="kal-arrests", time=SAT)],
            loaded=[L("Gewaltexzess", "alarmist")])),
        P(S("Die Regierung Morvay darf jetzt nicht einknicken: Die Reform ist richtig und längst überfällig.", "opinion"),
          S("Wer mit Streiks und Straßenterror droht, lebt auf Kosten der Fleißigen in diesem Land.", "opinion",
            loaded=[L("Straßenterror", "demonising")]),
          S("Teilen Sie diesen Beitrag, bevor er wieder gelöscht wird!", "opinion")),
    ],
    "post": ["Kommentare (214)", "Unterstützen Sie unabhängige Stimmen: Wahrheitsradar lebt von Ihren Spenden.",
             "#Brisova #Rentenreform #Linksextremismus"],
    "removed": ["Kommentare (214)", "Wahrheitsradar lebt von Ihren Spenden", "#Brisova #Rentenreform #Linksextremismus"],
}

# ------------------------------------------------------------------ Kaldonia Today (en broadcaster, RSS item on the vote)

KT = {
    "input": "heldout5/kaldonia-today.rss#kt-politics-20270420-0917", "story": SID, "event": EV2,
    "publisher": "Kaldonia Today", "published": "2027-04-20T21:30:00+02:00",
    "language": "en", "authors": ["Nadia Korbel"], "sensational": False,
    "blocks": [
        H("Parliament approves higher retirement age",
          claims=[ST("Parliament approves higher retirement age", "parliament", "approved", "pension reform", "kal-vote")]),
        P(S("Kaldonia's parliament on Tuesday approved a reform that will raise the state pension age from 65 to 67 by 2035.",
            claims=[ST("Kaldonia's parliament on Tuesday approved a reform", "parliament", "approved", "pension reform", "kal-vote")]),
          S("The bill passed by 112 votes to 97, with six abstentions.",
            claims=[Q("112 votes", 112, "vote", "voted", subject="pension reform", group="kal-votes-for", time=TUE),
                    Q("to 97", 97, "vote", "voted", subject="pension reform", group="kal-votes-against", time=TUE),
                    Q("six abstentions", 6, None, None, subject="pension reform", group="kal-abstentions", time=TUE)]),
          S("Seven members of Prime Minister Dorota Morvay's own coalition voted against it.",
            claims=[Q("Seven members of Prime Minister Dorota Morvay's own coalition voted against", 7, "person", "voted", subject="coalition",
                      group="kal-defectors", time=TUE)])),
        P(S("Morvay called the result “a decision for our grandchildren”.", "quote"),
          S("The government expects savings of €3.2 billion a year; the GVK union federation puts them at no more than €1.1 billion.",
            claims=[Q("€3.2 billion a year", 3200000000, "eur", None, subject="pension reform", source=GOV, group="kal-savings", time=None),
                    Q("no more than €1.1 billion", 1100000000, "eur", None, "up-to", subject="pension reform", source="gvk",
                      group="kal-savings", time=None)])),
        P(S("Saturday's march in Brisova drew between 45,000 and 150,000 people, depending on who was counting.",
            claims=[Q("between 45,000 and 150,000 people", None, "person", None, "range", low=45000, high=150000, subject=DEMO,
                      group="kal-turnout", time=SAT)]),
          S("Prosecutors have charged 14 of the 67 people detained that day.",
            claims=[Q("14 of the 67 people detained", 14, "person", None, subject=DEMO, source="prosecutors", group="kal-charged", time=TUE),
                    Q("the 67 people detained", 67, "person", "arrested", subject=DEMO, group="kal-arrests", time=SAT)]),
          S("The GVK has called a general strike for May 3.",
            claims=[ST("The GVK has called a general strike for May 3", "gvk", "called", "general strike on 3 May", "kal-general-strike")])),
    ],
    "extra": "<p><em>Watch:</em> <a href=\"https://kaldoniatoday.example/live\">Our live stream from parliament</a> · Download the Kaldonia Today app</p>",
    "removed": ["Watch:", "Our live stream from parliament", "Download the Kaldonia Today app"],
}

ARTICLES = [HALCYON, DAYBRIEF, KT, RM, WR]

REWRITES = [["heldout5/brisova-halcyon.txt", "heldout5/news.jsonl#db-55102"]]

CHANNEL = {"title": "Kaldonia Today – Politics", "link": "https://kaldoniatoday.example/politics",
           "description": "Politics news from Kaldonia Today", "language": "en"}


def daybrief_line():
    a = DAYBRIEF
    text = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(a)) + "\n\n" + a["text_post"]
    return {"id": "db-55102", "url": "https://daybrief.example/world/kaldonia-pension-protest-55102", "title": headline(a),
            "text": text, "publisher": a["publisher"], "published": a["published"], "language": "en"}


def files():
    return {
        "brisova-halcyon.txt": (render_txt(HALCYON), False),
        "brisova-roter-morgen.html": (render_html(RM, RM_SITE), False),
        "brisova-wahrheitsradar.txt": (render_txt(WR), False),
        "kaldonia-today.rss": (render_rss(CHANNEL, [
            (KT, "kt-politics-20270420-0917", "https://kaldoniatoday.example/politics/pension-vote-0917", KT["extra"])]), False),
    }
