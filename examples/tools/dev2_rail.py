"""dev2 stories: a rail strike in the invented country Norrland and, as a look-alike, a port
strike in the invented country Westmark a month later.

Written by the Parallax team; every outlet, person and number is invented.
"""

from dev2_lib import H, L, OPINION, P, Q, QUOTE, S, St

SID = "st-norrland-rail-strike"
EV = "ev-norrland-strike"
PSID = "st-westmark-port-strike"
PEV = "ev-westmark-port-strike"
T = ("2026-04-14", "2026-04-16")
PT = ("2026-05-12", "2026-05-13")


def add(story, group, article, rewrites, feeds):
    story(SID, "48-hour rail strike by the GSN union against the operator Norrbana in Norrland",
          [(EV, "Strike from 14 to 16 April 2026")])
    story(PSID, "Dock workers' strike at the port of Valdhamn in Westmark",
          [(PEV, "24-hour port strike, 12–13 May 2026")])
    group("nr-trains-cancelled", SID, "conflicting",
          "Norrbana: 1.840 / 1,840 trains cancelled; the union GSN: more than 2.100; the tabloid "
          "only says thousands.")
    group("nr-passengers", SID, "compatible",
          "Around 310.000 passengers a day (Norrbana via bpa, Tageblatt, Norrland Today) fits the "
          "tabloid's 'bis zu einer halben Million'.")
    group("nr-demand-percent", SID, "agreed", "The union demands 9,5 Prozent / 9.5% more pay.")
    group("nr-demand-euro", SID, "agreed",
          "At least 320 euros more a month in bpa, Tageblatt and Norrland Today.")
    group("nr-offer-percent", SID, "agreed", "Norrbana offers 4,2 Prozent / 4.2 percent.")
    group("nr-duration", SID, "agreed", "48 hours / two days in every report.")
    group("nr-talks-rejected", SID, "disputed",
          "Norrbana says the union turned down an offer of talks; GSN denies any offer was made; "
          "the Schnellbote states it as fact and leaves the denial out.")
    group("nr-staff", SID, "single-source", "Only Norrland Today gives 6,300 GSN members.")
    group("wm-workers", PSID, "agreed", "Rund 1.200 / about 1,200 dock workers on strike.")
    group("wm-ships", PSID, "compatible",
          "46 ships waiting (Hafenkurier, port authority) and 'more than 40' (Norrland Today).")
    group("wm-duration", PSID, "agreed", "A 24-hour strike in both reports.")
    group("wm-demand", PSID, "agreed", "Seven percent more pay demanded in both reports.")
    group("wm-cost", PSID, "single-source",
          "Only the Hafenkurier quotes the port authority's estimate of 3,5 Millionen Euro a day.")

    feeds["dev2/norrland-today.rss"] = {
        "title": "Norrland Today", "link": "https://norrlandtoday.example/",
        "description": "English-language news from Norrland and the Nordic coast",
        "language": "en"}

    # 1. Agency wire (German).
    article(
        file="dev2/norrland-bahnstreik-bpa.txt", form="txt", story=SID, event=EV,
        publisher="Baltische Presse-Agentur", published="2026-04-14T06:20:00+02:00",
        language="de", authors=[],
        pre=["bpa – Baltische Presse-Agentur", "Di 14.04.2026 – 06:20"],
        blocks=[
            H("Bahnstreik in Norrland: Norrbana streicht 1.840 Züge",
              claims=[Q("1.840 Züge", 1840, None, None, subject="norrbana",
                        group="nr-trains-cancelled")]),
            P(S("Lindvik (bpa) – Mit einem 48-stündigen Ausstand hat die Gewerkschaft der "
                "Schienenbeschäftigten Norrlands (GSN) am Dienstag um 4 Uhr den Bahnverkehr des "
                "Landes weitgehend zum Erliegen gebracht.",
                claims=[Q("48-stündigen Ausstand", 48, "hour", "duration", time=T,
                          subject="gsn", group="nr-duration")]),
              S("Nach Angaben der staatlichen Bahngesellschaft Norrbana fallen bis Donnerstag "
                "1.840 Verbindungen aus, die Gewerkschaft spricht dagegen von mehr als 2.100 "
                "gestrichenen Zügen.",
                claims=[Q("1.840 Verbindungen", 1840, None, None, time=T, source="norrbana",
                          group="nr-trains-cancelled"),
                        Q("mehr als 2.100 gestrichenen Zügen", 2100, None, None,
                          qual="more-than", time=T, source="gsn",
                          group="nr-trains-cancelled")])),
            P(S("Betroffen sind laut Norrbana rund 310.000 Fahrgäste am Tag, vor allem Pendler "
                "im Großraum Lindvik.",
                claims=[Q("rund 310.000 Fahrgäste am Tag", 310000, "passenger", "affected",
                          qual="about", source="norrbana", group="nr-passengers")]),
              S("Die GSN fordert 9,5 Prozent mehr Lohn, mindestens aber 320 Euro mehr im Monat; "
                "Norrbana hat 4,2 Prozent angeboten.",
                claims=[Q("9,5 Prozent mehr Lohn", 9.5, "percent", "increase", subject="gsn",
                          group="nr-demand-percent"),
                        Q("mindestens aber 320 Euro mehr im Monat", 320, "eur", "increase",
                          qual="at-least", subject="gsn", group="nr-demand-euro"),
                        Q("4,2 Prozent angeboten", 4.2, "percent", "increase",
                          subject="norrbana", group="nr-offer-percent")])),
            P(S("Norrbana-Sprecherin Liv Hammar sagte, die Gewerkschaft habe ein Gesprächsangebot "
                "vom vergangenen Freitag ausgeschlagen.",
                claims=[St("die Gewerkschaft habe ein Gesprächsangebot vom vergangenen Freitag "
                           "ausgeschlagen", "gsn", "rejected", "offer of talks",
                           source="norrbana", hedged=True, group="nr-talks-rejected")]),
              S("GSN-Vorsitzender Arvid Lund wies das zurück: Es habe zu keinem Zeitpunkt ein "
                "ernsthaftes Angebot gegeben.",
                claims=[St("GSN-Vorsitzender Arvid Lund wies das zurück", "gsn", "denies",
                           "rejected an offer of talks", source="gsn", denial=True,
                           group="nr-talks-rejected")]),
              S("„Wer streikt, tut das nicht aus Spaß“, sagte Lund vor dem Hauptbahnhof.", QUOTE)),
            P("Der Fernverkehr nach Westmark ist ebenfalls betroffen.",
              S("Ein Notfahrplan gilt nur für die Inselfähren-Anschlüsse an Gleis 7.")),
        ],
        post=["bpa lnd/kr 140620 Apr 26"],
    )

    # 2. Rewrite of the bpa wire (same facts, same order, other words).
    article(
        file="dev2/norrland-bahnstreik-tageblatt.txt", form="txt", story=SID, event=EV,
        publisher="Nordlicht Tageblatt", published="2026-04-14T08:02:00+02:00",
        language="de", authors=["Karin Sjöberg"],
        pre=["NORDLICHT TAGEBLATT", "Veröffentlicht am 14. April 2026 um 08:02 Uhr"],
        byline="Von Karin Sjöberg und Agenturen",
        blocks=[
            H("Stillstand auf der Schiene: 1.840 Zugverbindungen fallen aus",
              claims=[Q("1.840 Zugverbindungen", 1840, None, None, subject="norrbana",
                        group="nr-trains-cancelled")]),
            P(S("Seit Dienstagmorgen, 4 Uhr, streikt die Gewerkschaft GSN für 48 Stunden und legt "
                "damit den Zugverkehr in weiten Teilen Norrlands lahm.",
                claims=[Q("für 48 Stunden", 48, "hour", "duration", time=T, subject="gsn",
                          group="nr-duration")]),
              S("Die Bahngesellschaft Norrbana beziffert die Zahl der gestrichenen Fahrten bis "
                "Donnerstag auf 1.840, während die GSN mehr als 2.100 Ausfälle zählt.",
                claims=[Q("auf 1.840", 1840, None, None, time=T, source="norrbana",
                          group="nr-trains-cancelled"),
                        Q("mehr als 2.100 Ausfälle", 2100, None, None, qual="more-than", time=T,
                          source="gsn", group="nr-trains-cancelled")])),
            P(S("Etwa 310.000 Reisende täglich müssen sich nach Darstellung von Norrbana "
                "Alternativen suchen.",
                claims=[Q("Etwa 310.000 Reisende täglich", 310000, "passenger", "affected",
                          qual="about", source="norrbana", group="nr-passengers")]),
              S("Die Gewerkschaft verlangt ein Plus von 9,5 Prozent oder wenigstens 320 Euro "
                "monatlich, das Unternehmen bietet bislang 4,2 Prozent.",
                claims=[Q("9,5 Prozent", 9.5, "percent", "increase", subject="gsn",
                          group="nr-demand-percent"),
                        Q("wenigstens 320 Euro monatlich", 320, "eur", "increase",
                          qual="at-least", subject="gsn", group="nr-demand-euro"),
                        Q("bietet bislang 4,2 Prozent", 4.2, "percent", "increase",
                          subject="norrbana", group="nr-offer-percent")])),
            P(S("Eine Sprecherin der Bahn erklärte, die GSN habe Gespräche am Freitag abgelehnt.",
                claims=[St("die GSN habe Gespräche am Freitag abgelehnt", "gsn", "rejected",
                           "offer of talks", source="norrbana", hedged=True,
                           group="nr-talks-rejected")]),
              S("Gewerkschaftschef Arvid Lund bestritt, dass es überhaupt ein solches Angebot "
                "gab.",
                claims=[St("Gewerkschaftschef Arvid Lund bestritt, dass es überhaupt ein solches "
                           "Angebot gab", "gsn", "denies", "rejected an offer of talks",
                           source="gsn", denial=True, group="nr-talks-rejected")])),
            P("Auch Fernzüge Richtung Westmark fahren nicht.",
              "Lediglich die Zubringer zu den Inselfähren verkehren nach einem Notfahrplan."),
        ],
        post=["Mehr zum Thema", "» Was Fahrgäste jetzt über Erstattungen wissen müssen",
              "» Kommentar: Ein Streik zur Unzeit",
              "Schlagwörter: Bahnstreik, Norrbana, GSN, Pendler"],
    )
    rewrites.append(["dev2/norrland-bahnstreik-bpa.txt", "dev2/norrland-bahnstreik-tageblatt.txt"])

    # 3. Tabloid: thousands of trains, the operator's claim as plain fact, no denial.
    article(
        file="dev2/norrland-bahnstreik-schnellbote.txt", form="txt", story=SID, event=EV,
        publisher="Der Schnellbote", published="2026-04-14T11:45:00+02:00", language="de",
        authors=["Tore Kallberg"],
        pre=["DER SCHNELLBOTE", "14.4.2026 | 11.45 Uhr | Aktualisiert 12.10 Uhr"],
        byline="Von TORE KALLBERG",
        sensational=True,
        blocks=[
            H("STREIK-HÖLLE! Gewerkschaft legt ganz Norrland lahm",
              loaded=[L("STREIK-HÖLLE", "alarmist")]),
            P(S("Nichts geht mehr auf Norrlands Schienen: Tausende Züge stehen still, bis zu einer "
                "halben Million Reisende sitzen fest!",
                claims=[Q("Tausende Züge", None, None, None, qual="at-least", low=2000, time=T,
                          group="nr-trains-cancelled"),
                        Q("bis zu einer halben Million Reisende", 500000, "passenger", "affected",
                          qual="up-to", time=T, group="nr-passengers")]),
              S("Dabei hatte die Gewerkschaft ein Gesprächsangebot der Bahn eiskalt abgelehnt.",
                claims=[St("die Gewerkschaft ein Gesprächsangebot der Bahn eiskalt abgelehnt",
                           "gsn", "rejected", "offer of talks", group="nr-talks-rejected")],
                loaded=[L("eiskalt", "demonising")])),
            P(S("Zwei Tage Chaos – für 9,5 Prozent mehr Geld!",
                claims=[Q("Zwei Tage", 2, "day", "duration", time=T, group="nr-duration"),
                        Q("9,5 Prozent mehr Geld", 9.5, "percent", "increase", subject="gsn",
                          group="nr-demand-percent")],
                loaded=[L("Chaos", "alarmist")]),
              S("Pendlerin Agnes (34) am Bahnhof Lindvik-Süd: „Ich komme heute nicht zur Arbeit, "
                "das ist eine Erpressung!“", QUOTE, loaded=[L("Erpressung", "demonising",
                                                                 "reported")])),
            P(S("Wie lange lassen sich die Bürger diese Gewerkschafts-Bonzen noch gefallen?",
                OPINION, loaded=[L("Gewerkschafts-Bonzen", "demonising")])),
        ],
        post=["JETZT IM SCHNELLBOTE-SHOP: Powerbank für Pendler – nur 19,99 €",
              "Folgen Sie uns: @schnellbote",
              "Lesen Sie auch: Lotto-Glück in Lindvik – Rentner knackt den Jackpot"],
    )

    # 4. English feed item (rail).
    article(
        file="dev2/norrland-today.rss", guid="nt-2026-0414-rail", form="rss", story=SID,
        event=EV, publisher="Norrland Today", published="2026-04-14T13:00:00+00:00",
        rfc822="Tue, 14 Apr 2026 13:00:00 +0000", language="en", authors=["Erik Dahl"],
        url="https://norrlandtoday.example/2026/04/14/rail-strike",
        summary="Rail strike grounds most trains in Norrland for two days.",
        categories=["Transport", "Labour"],
        blocks=[
            H("Norrland rail strike cancels 1,840 trains as pay talks stall",
              claims=[Q("1,840 trains", 1840, None, None, subject="norrbana",
                        group="nr-trains-cancelled")]),
            P(S("LINDVIK — Train drivers, conductors and signal staff across Norrland walked out "
                "at 4 a.m. on Tuesday at the start of a 48-hour strike that the state operator "
                "Norrbana said would cancel 1,840 services and disrupt the journeys of about "
                "310,000 passengers a day.",
                claims=[Q("48-hour strike", 48, "hour", "duration", time=T, subject="gsn",
                          group="nr-duration"),
                        Q("1,840 services", 1840, None, None, time=T, source="norrbana",
                          group="nr-trains-cancelled"),
                        Q("about 310,000 passengers a day", 310000, "passenger", "affected",
                          qual="about", source="norrbana", group="nr-passengers")])),
            P(S("The GSN union, which says it represents 6,300 rail workers, is demanding a 9.5% "
                "raise or at least EUR 320 a month, while Norrbana has put 4.2 percent on the "
                "table.",
                claims=[Q("6,300 rail workers", 6300, "worker", None, source="gsn",
                          group="nr-staff"),
                        Q("9.5% raise", 9.5, "percent", "increase", subject="gsn",
                          group="nr-demand-percent"),
                        Q("at least EUR 320 a month", 320, "eur", "increase", qual="at-least",
                          subject="gsn", group="nr-demand-euro"),
                        Q("4.2 percent", 4.2, "percent", "increase", subject="norrbana",
                          group="nr-offer-percent")])),
            P(S("Norrbana claims the union turned down an invitation to talks last Friday, which "
                "GSN leader Arvid Lund flatly denies.",
                claims=[St("Norrbana claims the union turned down an invitation to talks last "
                           "Friday", "gsn", "rejected", "offer of talks", source="norrbana",
                           hedged=True, group="nr-talks-rejected"),
                        St("which GSN leader Arvid Lund flatly denies", "gsn", "denies",
                           "rejected an offer of talks", source="gsn", denial=True,
                           group="nr-talks-rejected")]),
              S("\"There was no offer, only a press release,\" Lund told reporters.", QUOTE)),
        ],
        item_post="<p><em>Sign up for our daily Nordic Briefing newsletter.</em></p>",
        removed=["Sign up for our daily Nordic Briefing newsletter.",
                 "Rail strike grounds most trains in Norrland for two days."],
    )

    # 5. Look-alike: port strike in Westmark, German, gzip-compressed plain text.
    article(
        file="dev2/westmark-hafenstreik-hafenkurier.txt.gz", form="txt", story=PSID, event=PEV,
        publisher="Hafenkurier Westmark", published="2026-05-12T17:30:00+02:00",
        language="de", authors=["Pia Rasmussen"],
        pre=["Hafenkurier Westmark", "12.05.2026 17:30"],
        byline="Pia Rasmussen, Valdhamn",
        blocks=[
            H("Hafenstreik in Valdhamn: 46 Schiffe warten auf Reede",
              claims=[Q("46 Schiffe", 46, "ship", None, time=PT, source="port authority",
                        group="wm-ships")]),
            P(S("Rund 1.200 Hafenarbeiter haben am Dienstag in Valdhamn, dem größten Hafen "
                "Westmarks, für 24 Stunden die Arbeit niedergelegt.",
                claims=[Q("Rund 1.200 Hafenarbeiter", 1200, "worker", None, qual="about",
                          time=PT, group="wm-workers"),
                        Q("für 24 Stunden", 24, "hour", "duration", time=PT, subject="hav",
                          group="wm-duration")]),
              S("Die Hafenbehörde zählte am Nachmittag 46 Frachter und Tanker, die vor der Einfahrt "
                "auf Reede lagen.",
                claims=[Q("46 Frachter und Tanker", 46, "ship", None, time=PT,
                          source="port authority", group="wm-ships")])),
            P(S("Die Hafenarbeitergewerkschaft HAV verlangt sieben Prozent mehr Lohn.",
                claims=[Q("sieben Prozent mehr Lohn", 7, "percent", "increase", subject="hav",
                          group="wm-demand")]),
              S("Jeder Streiktag koste die Hafenwirtschaft nach Schätzung der Behörde etwa 3,5 "
                "Millionen Euro, hieß es.",
                claims=[Q("etwa 3,5 Millionen Euro", 3500000, "eur", "cost", qual="about",
                          time=PT, source="port authority", hedged=True, group="wm-cost")])),
            P("Ein Zusammenhang mit dem Bahnstreik im benachbarten Norrland vor vier Wochen "
              "besteht nach Auskunft beider Gewerkschaften nicht."),
        ],
        post=["Schiffsmeldungen, Liegeplätze und Tidenkalender: hafenkurier.example/service",
              "Anzeige: Containerlogistik aus einer Hand – Valdhamn Cargo Partners"],
    )

    # 6. Look-alike, English feed item.
    article(
        file="dev2/norrland-today.rss", guid="nt-2026-0512-port", form="rss", story=PSID,
        event=PEV, publisher="Norrland Today", published="2026-05-12T19:10:00+00:00",
        rfc822="Tue, 12 May 2026 19:10:00 +0000", language="en", authors=["Erik Dahl"],
        url="https://norrlandtoday.example/2026/05/12/westmark-port-strike",
        summary="Dock workers in Westmark stage a one-day walkout.",
        categories=["Shipping", "Labour"],
        blocks=[
            H("Westmark dock strike leaves more than 40 ships at anchor",
              claims=[Q("more than 40 ships", 40, "ship", None, qual="more-than", time=PT,
                        group="wm-ships")]),
            P(S("VALDHAMN — About 1,200 dock workers in Westmark's main port stopped work on "
                "Tuesday in a 24-hour strike over pay, a month after rail staff in neighbouring "
                "Norrland brought trains to a halt.",
                claims=[Q("About 1,200 dock workers", 1200, "worker", None, qual="about",
                          time=PT, group="wm-workers"),
                        Q("24-hour strike", 24, "hour", "duration", time=PT, subject="hav",
                          group="wm-duration")]),
              S("The HAV union wants a seven percent increase.",
                claims=[Q("seven percent increase", 7, "percent", "increase", subject="hav",
                          group="wm-demand")])),
        ],
        item_post="<p><em>Sign up for our daily Nordic Briefing newsletter.</em></p>",
        removed=["Sign up for our daily Nordic Briefing newsletter.",
                 "Dock workers in Westmark stage a one-day walkout."],
    )
