"""dev2 story: an earthquake in the invented mountain region Tarvisa and a strong aftershock
eleven days later (German and English, agency rewrite, tabloid, HTML page).

Written by the Parallax team; every outlet, person and number is invented.
"""

from dev2_lib import H, L, OPINION, P, Q, QUOTE, S, St

SID = "st-tarvisa-quake"
EV1 = "ev-tarvisa-mainshock"
EV2 = "ev-tarvisa-aftershock"
D1 = ("2026-06-08", "2026-06-08")
D2 = ("2026-06-08", "2026-06-19")


def add(story, group, article, rewrites, feeds):
    story(SID, "Earthquake in the mountain region Tarvisa and a deadly aftershock",
          [(EV1, "Magnitude 6.7 earthquake on 8 June 2026"),
           (EV2, "Magnitude 5.8 aftershock on 19 June 2026; toll and aid updated")])
    group("tv-magnitude", SID, "conflicting",
          "6,7 / 6.7 (amd, Rheintal-Bote, CWS, citing the seismological institute) vs 'Stärke 7,1' "
          "in the Abendblitz.")
    group("tv-depth", SID, "agreed", "12 Kilometer (amd, Rheintal-Bote) = 7.5 miles (CWS).")
    group("tv-killed", SID, "compatible",
          "At least 38 on the first day (amd, Rheintal-Bote, CWS), 'Dutzende' (Abendblitz), later "
          "97 from the main shock + 15 from the aftershock = 112 in total (Landeszeitung, CWS).")
    group("tv-injured", SID, "compatible",
          "Über 400 / more than 400 injured (amd, Rheintal-Bote, CWS); 'Hunderte' in the tabloid.")
    group("tv-missing", SID, "agreed", "120 missing (amd, Rheintal-Bote), about 120 (CWS).")
    group("tv-destroyed", SID, "agreed",
          "More than 1,500 buildings destroyed on the first day (amd, Rheintal-Bote, CWS).")
    group("tv-damaged-or-destroyed", SID, "agreed",
          "About 4,300 buildings damaged or destroyed after the aftershock (Landeszeitung, CWS); a "
          "different measure from the 1,500 destroyed.")
    group("tv-casualties", SID, "single-source",
          "Only the Landeszeitung gives more than 900 dead and injured together (killed or "
          "wounded), which does not conflict with 112 killed.")
    group("tv-rescue-delay", SID, "disputed",
          "Residents say rescuers arrived only after six hours; the interior ministry denies it "
          "(first teams after 90 minutes); the Abendblitz states the delay as fact.")
    group("tv-aftershock-magnitude", SID, "agreed", "The aftershock had magnitude 5,8 / 5.8.")
    group("tv-area", SID, "agreed",
          "Rund 880 Quadratkilometer (Landeszeitung) = some 340 square miles (CWS).")
    group("tv-aid-eu", SID, "agreed", "The EU pledged 25 Millionen Euro / €25m.")
    group("tv-aid-us", SID, "conflicting",
          "10 Millionen Dollar (Landeszeitung) vs $12 million (CWS, citing the State Department).")
    group("tv-homeless", SID, "single-source",
          "Only CWS gives up to 18,000 people without shelter.")

    # 1. German agency wire, day one.
    article(
        file="dev2/tarvisa-beben-amd.txt", form="txt", story=SID, event=EV1,
        publisher="Agentur Mitteleuropa-Dienst", published="2026-06-08T09:40:00+02:00",
        language="de", authors=[],
        pre=["amd Agentur Mitteleuropa-Dienst", "Montag, 08.06.2026, 09:40 Uhr (MESZ)",
             "Eilmeldung – 2. Fassung"],
        blocks=[
            H("Schweres Erdbeben in Tarvisa – mindestens 38 Tote",
              claims=[Q("mindestens 38 Tote", 38, "person", "killed", qual="at-least", time=D1,
                        subject="tarvisa", group="tv-killed")]),
            P(S("Tarvisa (amd) – Ein Erdbeben der Stärke 6,7 hat in der Nacht zum Montag die "
                "Bergregion Tarvisa erschüttert und nach Angaben des Zivilschutzes mindestens 38 "
                "Menschen in den Tod gerissen.",
                claims=[Q("Stärke 6,7", 6.7, None, "size", time=D1, group="tv-magnitude"),
                        Q("mindestens 38 Menschen", 38, "person", "killed", qual="at-least",
                          time=D1, source="civil protection", group="tv-killed")]),
              S("Das Epizentrum lag laut dem Seismologischen Institut in 12 Kilometern Tiefe "
                "nahe der Kleinstadt Orvello; der erste Stoß wurde um 3.17 Uhr Ortszeit "
                "gemessen.",
                claims=[Q("12 Kilometern Tiefe", 12, "kilometre", "distance",
                          source="seismological institute", group="tv-depth")])),
            P(S("Über 400 Menschen wurden verletzt, 120 weitere werden noch vermisst.",
                claims=[Q("Über 400 Menschen", 400, "person", "wounded", qual="more-than",
                          time=D1, group="tv-injured"),
                        Q("120 weitere", 120, "person", "missing", time=D1,
                          group="tv-missing")]),
              S("Mehr als 1.500 Gebäude stürzten ein oder sind unbewohnbar, darunter die "
                "Basilika von Orvello aus dem Jahr 1612.",
                claims=[Q("Mehr als 1.500 Gebäude", 1500, "building", "destroyed",
                          qual="more-than", time=D1, group="tv-destroyed")])),
            P(S("Anwohner berichteten, die Rettungskräfte seien erst nach sechs Stunden in den "
                "abgelegenen Dörfern eingetroffen.",
                claims=[Q("erst nach sechs Stunden", 6, "hour", "duration", time=D1,
                          source="residents", hedged=True, group="tv-rescue-delay")]),
              S("Das Innenministerium wies dies zurück: Die ersten Teams seien bereits nach "
                "90 Minuten vor Ort gewesen.",
                claims=[St("Das Innenministerium wies dies zurück", "interior ministry",
                           "denies", "rescuers arrived after six hours",
                           source="interior ministry", denial=True, group="tv-rescue-delay"),
                        Q("nach 90 Minuten", 90, "minute", "duration", time=D1,
                          source="interior ministry", hedged=True,
                          group="tv-rescue-delay")])),
            P("Die Suche in den Trümmern dauert an."),
        ],
        post=["amd/rt/kw", "Weitere Informationen folgen."],
    )

    # 2. Rewrite of the amd wire (same facts, same order).
    article(
        file="dev2/tarvisa-beben-rheintalbote.txt", form="txt", story=SID, event=EV1,
        publisher="Rheintal-Bote", published="2026-06-08T11:15:00+02:00", language="de",
        authors=[],
        pre=["Rheintal-Bote | Panorama", "08.06.26 · 11:15"],
        blocks=[
            H("Mindestens 38 Menschen sterben bei Beben in Tarvisa",
              claims=[Q("Mindestens 38 Menschen", 38, "person", "killed", qual="at-least",
                        time=D1, subject="tarvisa", group="tv-killed")]),
            P(S("Ein Beben mit einer Magnitude von 6,7 hat die Region Tarvisa in der Nacht "
                "getroffen; der Zivilschutz zählt bislang mindestens 38 Todesopfer.",
                claims=[Q("Magnitude von 6,7", 6.7, None, "size", time=D1,
                          group="tv-magnitude"),
                        Q("mindestens 38 Todesopfer", 38, "person", "killed", qual="at-least",
                          time=D1, source="civil protection", group="tv-killed")]),
              S("Das Zentrum des Bebens befand sich den Seismologen zufolge in einer Tiefe von "
                "12 Kilometern bei Orvello.",
                claims=[Q("Tiefe von 12 Kilometern", 12, "kilometre", "distance",
                          source="seismological institute", group="tv-depth")])),
            P(S("Mehr als 400 Personen erlitten Verletzungen, nach 120 Menschen wird gesucht.",
                claims=[Q("Mehr als 400 Personen", 400, "person", "wounded", qual="more-than",
                          time=D1, group="tv-injured"),
                        Q("nach 120 Menschen", 120, "person", "missing", time=D1,
                          group="tv-missing")]),
              S("Über 1.500 Häuser sind eingestürzt oder unbewohnbar.",
                claims=[Q("Über 1.500 Häuser", 1500, "house", "destroyed", qual="more-than",
                          time=D1, group="tv-destroyed")])),
            P(S("Bewohner entlegener Dörfer klagten, Helfer seien erst sechs Stunden nach dem "
                "Beben gekommen.",
                claims=[Q("erst sechs Stunden nach dem Beben", 6, "hour", "duration", time=D1,
                          source="residents", hedged=True, group="tv-rescue-delay")]),
              S("Das Innenministerium bestreitet das und spricht von 90 Minuten bis zum Eintreffen "
                "der ersten Teams.",
                claims=[St("Das Innenministerium bestreitet das", "interior ministry", "denies",
                           "rescuers arrived after six hours", source="interior ministry",
                           denial=True, group="tv-rescue-delay"),
                        Q("90 Minuten", 90, "minute", "duration", time=D1,
                          source="interior ministry", group="tv-rescue-delay")])),
        ],
        post=["Spendenkonto: Nothilfe Tarvisa, IBAN DE00 1234 5678 9012 3456 78",
              "Teilen | Drucken | Merken",
              "Lesen Sie auch: Sommerferien 2026 – wann welches Bundesland startet"],
    )
    rewrites.append(["dev2/tarvisa-beben-amd.txt", "dev2/tarvisa-beben-rheintalbote.txt"])

    # 3. English agency, day one (German–English pair with the amd wire; not a rewrite).
    article(
        file="dev2/tarvisa-quake-cws.txt", form="txt", story=SID, event=EV1,
        publisher="Continental Wire Service", published="2026-06-08T10:05:00+00:00",
        language="en", authors=["Marco Bellandi"],
        pre=["CONTINENTAL WIRE SERVICE", "June 8, 2026 10:05 GMT"],
        byline="By Marco Bellandi",
        blocks=[
            H("Quake kills at least 38 in Tarvisa mountains",
              claims=[Q("kills at least 38", 38, "person", "killed", qual="at-least", time=D1,
                        subject="tarvisa", group="tv-killed")]),
            P(S("ORVELLO, June 8 (CWS) - A magnitude 6.7 earthquake struck the remote Tarvisa "
                "region before dawn on Monday, killing at least 38 people, injuring more than 400 "
                "and leaving about 120 missing, civil protection officials said.",
                claims=[Q("magnitude 6.7", 6.7, None, "size", time=D1, group="tv-magnitude"),
                        Q("at least 38 people", 38, "person", "killed", qual="at-least",
                          time=D1, source="civil protection", group="tv-killed"),
                        Q("more than 400", 400, "person", "wounded", qual="more-than", time=D1,
                          source="civil protection", group="tv-injured"),
                        Q("about 120 missing", 120, "person", "missing", qual="about", time=D1,
                          source="civil protection", group="tv-missing")])),
            P(S("The quake was centred 7.5 miles below the surface near the town of Orvello, "
                "according to the regional seismological institute, and was felt as far away as "
                "the coast.",
                claims=[Q("7.5 miles", 7.5, "mile", "distance",
                          source="seismological institute", group="tv-depth")]),
              S("More than 1,500 buildings collapsed or were left uninhabitable.",
                claims=[Q("More than 1,500 buildings", 1500, "building", "destroyed",
                          qual="more-than", time=D1, group="tv-destroyed")])),
            P(S("Villagers in the hills reportedly waited six hours for rescue teams, a claim the "
                "interior ministry rejected, saying its first units were on the ground within 90 "
                "minutes.",
                claims=[Q("waited six hours", 6, "hour", "duration", time=D1,
                          source="residents", hedged=True, group="tv-rescue-delay"),
                        St("a claim the interior ministry rejected", "interior ministry",
                           "denies", "rescuers arrived after six hours",
                           source="interior ministry", denial=True, group="tv-rescue-delay"),
                        Q("within 90 minutes", 90, "minute", "duration", qual="up-to", time=D1,
                          source="interior ministry", group="tv-rescue-delay")]),
              S("\"We are digging with our hands,\" said Lucia Ferrante, a teacher in the village "
                "of Sant'Elmo.", QUOTE)),
        ],
        post=["(Reporting by Marco Bellandi; editing by Hannah Price)"],
    )

    # 4. Tabloid, day one: other magnitude, delay as fact, number words.
    article(
        file="dev2/tarvisa-beben-abendblitz.txt", form="txt", story=SID, event=EV1,
        publisher="Abendblitz", published="2026-06-08T14:30:00+02:00", language="de",
        authors=["Rocco Steiner"], sensational=True,
        pre=["ABENDBLITZ.example", "08.06.2026 – 14:30"],
        byline="Von Rocco Steiner",
        blocks=[
            H("TODES-BEBEN! Tarvisa versinkt in Trümmern",
              loaded=[L("TODES-BEBEN", "alarmist"), L("versinkt in Trümmern", "alarmist")]),
            P(S("Es war die Hölle auf Erden: Ein Monster-Beben der Stärke 7,1 hat die Bergdörfer "
                "von Tarvisa dem Erdboden gleichgemacht!",
                claims=[Q("Stärke 7,1", 7.1, None, "size", time=D1, group="tv-magnitude")],
                loaded=[L("die Hölle auf Erden", "alarmist"), L("Monster-Beben", "alarmist")]),
              S("Dutzende Tote, Hunderte Verletzte – und die Retter kamen erst nach sechs "
                "Stunden!",
                claims=[Q("Dutzende Tote", None, "person", "killed", qual="at-least", low=24,
                          time=D1, group="tv-killed"),
                        Q("Hunderte Verletzte", None, "person", "wounded", qual="at-least",
                          low=200, time=D1, group="tv-injured"),
                        Q("erst nach sechs Stunden", 6, "hour", "duration", time=D1,
                          group="tv-rescue-delay"),
                        St("die Retter kamen erst nach sechs Stunden", "rescuers", "arrived",
                           "after six hours", group="tv-rescue-delay")])),
            P(S("Überlebende Nonna Rosa (81) weinend: „Mein ganzes Leben liegt unter diesen "
                "Steinen.“", QUOTE),
              S("Wer trägt die Schuld an diesem Versagen?", OPINION,
                loaded=[L("Versagen", "demonising")])),
        ],
        post=["BLITZ-SPENDENAKTION: Jetzt per SMS 5 Euro spenden – Stichwort BEBEN an 81190",
              "Mehr Blitz-News: Promi-Hochzeit am Gardasee geplatzt!"],
    )

    # 5. German HTML page after the aftershock: sum of parts, earlier figure, aid, area.
    article(
        file="dev2/tarvisa-nachbeben-landeszeitung.html", form="html", story=SID, event=EV2,
        publisher="Süddeutsche Landeszeitung", published="2026-06-20T07:00:00+02:00",
        language="de", authors=["Verena Hofbauer", "Luca Moretti"],
        url="https://landeszeitung.example/politik/tarvisa-nachbeben-zahl-der-toten-steigt",
        html={"skip": "Zum Inhalt springen",
              "cookie": "Diese Website nutzt Cookies und ähnliche Technologien. Mit „Zustimmen“ "
                        "akzeptieren Sie die Verarbeitung durch uns und 87 Drittanbieter.",
              "cookie_button": "Zustimmen und weiter",
              "nav": ["Politik", "Wirtschaft", "Panorama", "Kultur", "Sport", "Reise"],
              "crumb": "Startseite › Politik › Ausland",
              "byline": "Von Verena Hofbauer und Luca Moretti",
              "time_label": "20. Juni 2026, 7:00 Uhr",
              "ad": "Jetzt testen: Landeszeitung Digital 4 Wochen für 0,99 €",
              "related_title": "Das könnte Sie auch interessieren",
              "related": ["Erdbebenforschung: Warum Vorhersagen so schwierig sind",
                          "Reisewarnung für Tarvisa aktualisiert",
                          "Kommentar: Europa muss schneller helfen"],
              "newsletter": "Der Morgen-Newsletter: Das Wichtigste des Tages um 6 Uhr – "
                            "kostenlos abonnieren.",
              "footer": "© Süddeutsche Landeszeitung GmbH 2026 · Impressum · Datenschutz · AGB"},
        blocks=[
            H("Nachbeben in Tarvisa: Zahl der Toten steigt auf 112",
              claims=[Q("auf 112", 112, "person", "killed", time=D2, subject="tarvisa",
                        group="tv-killed")]),
            P(S("Elf Tage nach dem verheerenden Erdbeben hat ein Nachbeben der Stärke 5,8 die "
                "Region Tarvisa erneut erschüttert und weitere 15 Menschen getötet.",
                claims=[Q("Stärke 5,8", 5.8, None, "size", time=("2026-06-19", "2026-06-19"),
                          group="tv-aftershock-magnitude"),
                        Q("weitere 15 Menschen", 15, "person", "killed",
                          time=("2026-06-19", "2026-06-19"), group="tv-killed")]),
              S("Damit stieg die Zahl der Todesopfer nach Angaben des Zivilschutzes auf "
                "insgesamt 112; dem Hauptbeben vom 8. Juni waren inzwischen 97 Menschen zum Opfer "
                "gefallen, nachdem die Behörden am ersten Tag noch von 38 Toten gesprochen "
                "hatten.",
                claims=[Q("insgesamt 112", 112, "person", "killed", time=D2,
                          source="civil protection", group="tv-killed"),
                        Q("97 Menschen", 97, "person", "killed", time=D1,
                          source="civil protection", group="tv-killed"),
                        Q("von 38 Toten", 38, "person", "killed", time=D1,
                          source="civil protection", group="tv-killed")])),
            H("Über 900 Tote und Verletzte",
              claims=[Q("Über 900 Tote und Verletzte", 900, "person", "killed or wounded",
                        qual="more-than", time=D2, group="tv-casualties")]),
            P(S("Insgesamt zählt der Zivilschutz inzwischen mehr als 900 Tote und Verletzte, "
                "rund 4.300 Gebäude sind beschädigt oder zerstört.",
                claims=[Q("mehr als 900 Tote und Verletzte", 900, "person", "killed or wounded",
                          qual="more-than", time=D2, source="civil protection",
                          group="tv-casualties"),
                        Q("rund 4.300 Gebäude", 4300, "building", "destroyed or damaged",
                          qual="about", time=D2, source="civil protection",
                          group="tv-damaged-or-destroyed")]),
              S("Das Katastrophengebiet umfasst rund 880 Quadratkilometer.",
                claims=[Q("rund 880 Quadratkilometer", 880, "square kilometre", "affected",
                          qual="about", group="tv-area")])),
            H("Hilfe aus Brüssel und Washington"),
            P(S("Die Europäische Union sagte 25 Millionen Euro Soforthilfe zu, die Vereinigten "
                "Staaten 10 Millionen Dollar.",
                claims=[Q("25 Millionen Euro", 25000000, "eur", "pledged",
                          subject="european union", group="tv-aid-eu"),
                        Q("10 Millionen Dollar", 10000000, "usd", "pledged",
                          subject="united states", group="tv-aid-us")]),
              S("Regionalpräsident Aldo Venturi sprach von einer „Prüfung, wie sie unsere "
                "Generation noch nicht erlebt hat“.", QUOTE),
              S("Wer helfen möchte, kann über die bekannten Hilfsorganisationen spenden.")),
        ],
    )

    # 6. English report after the aftershock (pair with the Landeszeitung; not a rewrite).
    article(
        file="dev2/tarvisa-aftershock-cws.txt", form="txt", story=SID, event=EV2,
        publisher="Continental Wire Service", published="2026-06-20T09:30:00+00:00",
        language="en", authors=["Marco Bellandi"],
        pre=["CONTINENTAL WIRE SERVICE", "June 20, 2026 09:30 GMT"],
        byline="By Marco Bellandi",
        blocks=[
            H("Aftershock pushes Tarvisa death toll to 112 as aid pledges grow",
              claims=[Q("death toll to 112", 112, "person", "killed", time=D2,
                        subject="tarvisa", group="tv-killed")]),
            P(S("ORVELLO, June 20 (CWS) - A magnitude 5.8 aftershock that hit Tarvisa late on "
                "Friday killed 15 more people, bringing the total number of dead since the June 8 "
                "earthquake to 112, up from the 38 reported on the first day.",
                claims=[Q("magnitude 5.8", 5.8, None, "size", time=("2026-06-19", "2026-06-19"),
                          group="tv-aftershock-magnitude"),
                        Q("15 more people", 15, "person", "killed",
                          time=("2026-06-19", "2026-06-19"), group="tv-killed"),
                        Q("earthquake to 112", 112, "person", "killed", time=D2,
                          group="tv-killed"),
                        Q("the 38 reported", 38, "person", "killed", time=D1,
                          group="tv-killed")])),
            P(S("Some 4,300 buildings across an area of some 340 square miles have been damaged "
                "or destroyed, and up to 18,000 people are sleeping in tents, sports halls or "
                "cars, the civil protection agency said.",
                claims=[Q("Some 4,300 buildings", 4300, "building", "destroyed or damaged",
                          qual="about", time=D2, source="civil protection",
                          group="tv-damaged-or-destroyed"),
                        Q("some 340 square miles", 340, "square mile", "affected",
                          qual="about", source="civil protection", group="tv-area"),
                        Q("up to 18,000 people", 18000, "person", "displaced", qual="up-to",
                          time=D2, source="civil protection", group="tv-homeless")])),
            P(S("The European Union has pledged €25m in emergency aid, while the U.S. State "
                "Department said Washington would provide $12 million.",
                claims=[Q("€25m", 25000000, "eur", "pledged", subject="european union",
                          group="tv-aid-eu"),
                        Q("$12 million", 12000000, "usd", "pledged", subject="united states",
                          source="state department", group="tv-aid-us")]),
              S("Rescue work in the worst-hit villages is expected to continue well into next "
                "week, officials said.")),
        ],
        post=["(Reporting by Marco Bellandi; additional reporting by Sofia Brandt; editing by "
              "Hannah Price)",
              "Our Standards: The CWS Trust Principles."],
    )
