"""dev2 story: a measles outbreak in the invented port city Brückhaven (German and English).

Written by the Parallax team; every outlet, person and number is invented.
"""

from dev2_lib import H, L, OPINION, P, Q, QUOTE, S, St

SID = "st-brueckhaven-measles"
EV = "ev-brueckhaven-outbreak"
T = ("2026-02-09", "2026-03-10")


def add(story, group, article, rewrites, feeds):
    story(SID, "Measles outbreak at primary schools in Brückhaven; three schools closed",
          [(EV, "Health authority reports the outbreak and closes three schools (9–10 March 2026)")])
    group("bh-cases-total", SID, "compatible",
          "63 confirmed cases (Gesundheitsamt, nna, Morgenpost), 'more than 60' (Hanse Courier), "
          "48 children + 15 adults = 63, and an earlier 41 by the end of February fit together.")
    group("bh-hospitalised", SID, "conflicting",
          "Eleven in hospital according to the Gesundheitsamt (nna, Morgenpost) vs 14 according "
          "to St.-Annen-Klinik (Hanse Courier).")
    group("bh-vaccination-schools", SID, "agreed",
          "84,5 Prozent / 84.5 percent of pupils at the affected schools fully vaccinated.")
    group("bh-vaccination-city", SID, "single-source",
          "Only the Morgenpost gives the city-wide rate of about 91 percent (a different measure "
          "from the schools' rate).")
    group("bh-schools-closed", SID, "agreed", "Three primary schools closed in every report.")
    group("bh-pupils", SID, "compatible",
          "Rund 1.150 Schüler / some 1,150 pupils affected by the closures (nna, Hanse Courier); "
          "'über tausend Kinder' (Elternstimme) fits.")
    group("bh-hospitalised-children", SID, "single-source",
          "Only nna says four of the hospitalised are children under five.")
    group("bh-origin", SID, "single-source",
          "Only nna reports the hearsay that one child caught measles on a family holiday.")
    group("bh-herd-threshold", SID, "single-source",
          "Only the Hanse Courier gives the 95 percent experts consider necessary.")
    group("bh-duration", SID, "single-source",
          "Only the Hanse Courier says the cases arose in four weeks.")
    group("bh-closures-necessary", SID, "disputed",
          "The Gesundheitsamt says the closures were necessary to break chains of infection; "
          "the parents' initiative Offene Schulen denies it; Elternstimme states the denial as fact.")

    # 1. Agency wire (German), plain text with a dateline block in a new format.
    article(
        file="dev2/brueckhaven-masern-nna.txt", form="txt", story=SID, event=EV,
        publisher="Nordsee-Nachrichtenagentur", published="2026-03-10T07:48:00+01:00",
        language="de", authors=[],
        pre=["NORDSEE-NACHRICHTENAGENTUR (nna) | Dienstag, 10. März 2026 | 07:48 MEZ",
             "Ressort: Vermischtes / Gesundheit"],
        blocks=[
            H("Masern in Brückhaven: 63 Fälle, drei Grundschulen vorerst geschlossen",
              claims=[Q("63 Fälle", 63, "case", "infected", time=T, subject="brückhaven",
                        group="bh-cases-total"),
                      Q("drei Grundschulen vorerst geschlossen", 3, None, None,
                        subject="gesundheitsamt", group="bh-schools-closed")]),
            P(S("Brückhaven (nna) – Das Gesundheitsamt der Hafenstadt Brückhaven hat seit dem "
                "9. Februar insgesamt 63 bestätigte Masernfälle registriert, wie die Behörde am "
                "Montagabend mitteilte.",
                claims=[Q("insgesamt 63 bestätigte Masernfälle", 63, "case", "infected", time=T,
                          subject="brückhaven", source="gesundheitsamt",
                          group="bh-cases-total")]),
              S("Elf Erkrankte werden nach Angaben des Amtes im Krankenhaus behandelt, darunter "
                "vier Kinder unter fünf Jahren.",
                claims=[Q("Elf Erkrankte", 11, "patient", None, source="gesundheitsamt",
                          group="bh-hospitalised"),
                        Q("vier Kinder", 4, "child", None, source="gesundheitsamt",
                          group="bh-hospitalised-children")])),
            P(S("Um die Infektionsketten zu unterbrechen, bleiben drei Grundschulen im Stadtteil "
                "Nordwerft seit Montag, dem 9. März, geschlossen; rund 1.150 Schülerinnen und "
                "Schüler lernen bis auf Weiteres zu Hause.",
                claims=[Q("bleiben drei Grundschulen", 3, None, None,
                          subject="gesundheitsamt", group="bh-schools-closed"),
                        Q("rund 1.150 Schülerinnen und Schüler", 1150, "person", "affected",
                          qual="about", group="bh-pupils")]),
              S("Laut Amtsärztin Dr. Hannelore Weiss sind an den betroffenen Schulen nur 84,5 "
                "Prozent der Kinder vollständig gegen Masern geimpft.",
                claims=[Q("84,5 Prozent der Kinder", 84.5, "percent", "vaccinated",
                          subject="affected schools", source="hannelore weiss",
                          group="bh-vaccination-schools")])),
            P(S("„Die Schließungen waren notwendig, weil sich das Virus in den Klassen schneller "
                "verbreitet hat als in jeder anderen Umgebung“, sagte Weiss.", QUOTE,
                claims=[St("Die Schließungen waren notwendig", "school closures", "said",
                           "necessary to stop the spread", source="hannelore weiss",
                           group="bh-closures-necessary")])),
            P(S("Die Elterninitiative „Offene Schulen“ widerspricht dieser Darstellung.",
                claims=[St("Die Elterninitiative „Offene Schulen“ widerspricht dieser Darstellung",
                           "offene schulen", "denies", "closures were necessary",
                           source="offene schulen", denial=True,
                           group="bh-closures-necessary")]),
              S("Ihre Sprecherin Maren Tjaden sagte, die Ansteckungen seien fast ausschließlich in "
                "Familien und Sportvereinen erfolgt, nicht im Unterricht.",
                claims=[St("die Ansteckungen seien fast ausschließlich in Familien und "
                           "Sportvereinen erfolgt", "infections", "occurred",
                           "in families and sports clubs", source="offene schulen", hedged=True,
                           group="bh-closures-necessary")]),
              S("Die Schulen hätten zudem seit Wochen strenge Hygieneregeln eingehalten.",
                claims=[St("Die Schulen hätten zudem seit Wochen strenge Hygieneregeln "
                           "eingehalten", "schools", "followed", "hygiene rules",
                           source="offene schulen", hedged=True,
                           group="bh-closures-necessary")])),
            P(S("Ein erkranktes Kind soll sich während eines Familienurlaubs angesteckt haben; "
                "das Amt prüft diese Spur noch.",
                claims=[St("soll sich während eines Familienurlaubs angesteckt haben",
                           "first case", "infected", "during a family holiday", hedged=True,
                           group="bh-origin")]),
              "Eltern können sich unter einer eigens eingerichteten Hotline beraten lassen."),
        ],
        post=["Hotline des Gesundheitsamts: 0471 555 38 17 (Mo–Fr, 8–16 Uhr)",
              "© nna 2026 – Alle Rechte vorbehalten. Weitergabe nur an Abonnenten."],
    )

    # 2. English-language regional outlet, full HTML page.
    article(
        file="dev2/brueckhaven-measles-hansecourier.html", form="html", story=SID, event=EV,
        publisher="The Hanse Courier", published="2026-03-10T12:30:00+01:00", language="en",
        authors=["Olivia Marsh"], url="https://hansecourier.example/health/brueckhaven-measles",
        html={"skip": "Skip to content",
              "cookie": "We and our 214 partners use cookies to personalise content and ads. "
                        "You can change your choice at any time under Privacy settings.",
              "cookie_button": "Accept all",
              "nav": ["News", "Region", "Health", "Business", "Sport", "Puzzles"],
              "crumb": "Home › Health › Outbreaks",
              "byline": "By Olivia Marsh, Health Correspondent",
              "time_label": "Tuesday 10 March 2026, 12.30pm",
              "ad": "Switch your energy tariff today – save up to 30% with NordStrom Direct.",
              "related_title": "More on this story",
              "related": ["What parents need to know about the MMR jab",
                          "Port workers' union calls for talks",
                          "Weather: gales expected on the coast"],
              "newsletter": "Get the Courier Morning Briefing in your inbox – sign up now, it's free.",
              "footer": "© 2026 Hanse Courier Media Ltd. All rights reserved. Registered in Brückhaven, "
                        "Kaiserkai 88."},
        blocks=[
            H("More than 60 measles cases prompt school closures in Brückhaven",
              claims=[Q("More than 60 measles cases prompt", 60, "case", "infected", qual="more-than",
                        time=T, subject="brückhaven", group="bh-cases-total")]),
            P(S("Health officials in the northern German port city of Brückhaven have shut three "
                "primary schools after recording more than 60 measles cases in just four weeks, "
                "in what doctors describe as the region's worst outbreak in a decade.",
                claims=[Q("three primary schools", 3, None, None, subject="health officials",
                          group="bh-schools-closed"),
                        Q("recording more than 60 measles cases", 60, "case", "infected",
                          qual="more-than", time=T, source="health officials",
                          group="bh-cases-total"),
                        Q("four weeks", 4, "week", "duration", group="bh-duration")])),
            P(S("According to the St. Annen hospital, 14 people had been admitted for treatment by "
                "Monday night, most of them young children who were too young to have received a "
                "second dose of the vaccine.",
                claims=[Q("14 people", 14, "person", None, source="st. annen hospital",
                          group="bh-hospitalised")]),
              S("The city's public health office said only 84.5 percent of pupils at the affected "
                "schools were fully immunised, well below the 95 percent experts consider "
                "necessary to stop the virus from circulating.",
                claims=[Q("84.5 percent of pupils", 84.5, "percent", "vaccinated",
                          subject="affected schools", source="gesundheitsamt",
                          group="bh-vaccination-schools"),
                        Q("95 percent", 95, "percent", "vaccinated", source="experts",
                          group="bh-herd-threshold")])),
            P(S("Some 1,150 pupils are now being taught remotely.",
                claims=[Q("Some 1,150 pupils", 1150, "person", "affected", qual="about",
                          group="bh-pupils")]),
              S("A parents' group, Offene Schulen, disputes that the closures were necessary, "
                "arguing that the infections allegedly spread at family gatherings rather than in "
                "classrooms.",
                claims=[St("A parents' group, Offene Schulen, disputes that the closures were "
                           "necessary", "offene schulen", "denies", "closures were necessary",
                           source="offene schulen", denial=True,
                           group="bh-closures-necessary")])),
            P(S("\"Closing schools is the only tool we have that works within days,\" said "
                "Hannelore Weiss, the city's chief medical officer.", QUOTE,
                claims=[St("Closing schools is the only tool we have that works within days",
                           "school closures", "said", "necessary to stop the spread",
                           source="hannelore weiss", group="bh-closures-necessary")]),
              "Measles is one of the most contagious diseases known, and complications can include "
              "pneumonia and, in rare cases, inflammation of the brain."),
        ],
    )

    # 3. Local paper with a commentary ending; parts that sum to the total and an earlier figure.
    article(
        file="dev2/brueckhaven-masern-morgenpost.txt", form="txt", story=SID, event=EV,
        publisher="Brückhavener Morgenpost", published="2026-03-10T16:05:00+01:00",
        language="de", authors=["Jens-Uwe Brakel"],
        pre=["Brückhavener Morgenpost", "Stand: 10.03.2026, 16:05 Uhr",
             "Startseite > Lokales > Brückhaven"],
        byline="Ein Bericht von Jens-Uwe Brakel",
        blocks=[
            H("Masernwelle erreicht die Nordwerft"),
            P(S("Die Zahl der Masernfälle in Brückhaven steigt weiter: Nachdem das Gesundheitsamt "
                "bis Ende Februar 41 Fälle gezählt hatte, sind es inzwischen 63.",
                claims=[Q("41 Fälle", 41, "case", "infected",
                          time=("2026-02-09", "2026-02-28"), subject="brückhaven",
                          source="gesundheitsamt", group="bh-cases-total"),
                        Q("inzwischen 63", 63, "case", "infected", time=T,
                          subject="brückhaven", group="bh-cases-total")]),
              S("Betroffen sind nach Auskunft der Behörde 48 Kinder und 15 Erwachsene; elf "
                "Patienten liegen im Krankenhaus.",
                claims=[Q("48 Kinder", 48, "child", "infected", time=T, source="gesundheitsamt",
                          group="bh-cases-total"),
                        Q("15 Erwachsene", 15, "person", "infected", time=T,
                          source="gesundheitsamt", group="bh-cases-total"),
                        Q("elf Patienten", 11, "patient", None, source="gesundheitsamt",
                          group="bh-hospitalised")])),
            H("Impflücke an drei Schulen"),
            P(S("Während stadtweit rund 91 Prozent der Grundschüler zweimal geimpft sind, liegt "
                "die Quote an den drei nun geschlossenen Schulen an der Werftstraße, am Lotsenweg "
                "und in der Lindenallee 4 deutlich darunter.",
                claims=[Q("rund 91 Prozent der Grundschüler", 91, "percent", "vaccinated",
                          qual="about", subject="brückhaven", group="bh-vaccination-city"),
                        Q("drei nun geschlossenen Schulen", 3, None, None,
                          group="bh-schools-closed")]),
              S("Eine Mutter aus dem Lotsenweg nannte die Lage am Schultor „brandgefährlich für "
                "die Kleinsten“.", loaded=[L("brandgefährlich", "alarmist", "reported")])),
            P(S("Die Initiative „Offene Schulen“ bestreitet, dass die Schließungen nötig waren, "
                "und will am Donnerstag vor dem Rathaus protestieren.",
                claims=[St("Die Initiative „Offene Schulen“ bestreitet, dass die Schließungen "
                           "nötig waren", "offene schulen", "denies", "closures were necessary",
                           source="offene schulen", denial=True,
                           group="bh-closures-necessary")])),
            H("Kommentar"),
            P(S("Wer jetzt gegen Schulschließungen demonstriert, sollte sich fragen, wie viele "
                "Kinder noch im Krankenhaus landen müssen, bevor die Impfquote steigt.", OPINION),
              S("Dieser Ausbruch sollte allen Eltern eine Lehre sein.", OPINION),
              S("Und ganz nebenbei: Dass der Stadtrat seit Jahren über ein neues Hallenbad "
                "streitet, statt in Schulärzte zu investieren, passt ins Bild.", OPINION)),
        ],
        post=["Themen: Masern · Gesundheit · Schule · Nordwerft",
              "Teilen: Facebook | WhatsApp | E-Mail",
              "Details | |",
              "Mehr aus Brückhaven: Neue Buslinie zum Fährhafen startet im April"],
    )

    # 4. Partisan parents' outlet: the denial stated as plain fact, loaded words used.
    article(
        file="dev2/brueckhaven-masern-elternstimme.txt", form="txt", story=SID, event=EV,
        publisher="Elternstimme Online", published="2026-03-11T09:00:00+01:00", language="de",
        authors=["Sabine Ohlendorf"],
        pre=["elternstimme-online.example", "11. März 2026 · 9:00"],
        byline="Autorin: Sabine Ohlendorf",
        blocks=[
            H("Schul-Lockdown in Brückhaven: Die Panikmache der Behörden",
              loaded=[L("Schul-Lockdown", "alarmist"), L("Panikmache", "demonising")]),
            P(S("Drei Grundschulen dicht, über tausend Kinder zu Hause – und das wegen eines "
                "„Ausbruchs“, den das Gesundheitsamt selbst kaum erklären kann.",
                claims=[Q("Drei Grundschulen", 3, None, None, group="bh-schools-closed"),
                        Q("über tausend Kinder", 1000, "child", "affected", qual="more-than",
                          group="bh-pupils")],
                loaded=[L("„Ausbruchs“", "belittling", "distancing")]),
              S("Die Ansteckungen sind in Familien passiert, nicht im Klassenzimmer.",
                claims=[St("Die Ansteckungen sind in Familien passiert, nicht im "
                           "Klassenzimmer", "infections", "occurred", "in families, not in schools",
                           group="bh-closures-necessary")]),
              S("Die Schließungen waren schlicht überflüssig.",
                claims=[St("Die Schließungen waren schlicht überflüssig", "school closures",
                           "denies", "closures were necessary", denial=True,
                           group="bh-closures-necessary")])),
            P(S("Statt die Eltern einzubinden, regiert im Rathaus die Gesundheitsbürokratie mit "
                "dem Holzhammer.", OPINION, loaded=[L("Gesundheitsbürokratie", "demonising"),
                                                     L("mit dem Holzhammer", "demonising")]),
              S("Wer schützt eigentlich unsere Kinder vor solchen Behörden?", OPINION),
              S("Wir müssen jetzt laut werden.", OPINION)),
        ],
        post=["#OffeneSchulen #Brückhaven #Elternrechte",
              "Newsletter: Jeden Freitag die Elternstimme ins Postfach – jetzt eintragen!",
              "Cookies: Wir verwenden nur technisch notwendige Cookies. OK"],
    )
