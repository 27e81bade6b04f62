"""dev2 story: the corruption trial of Gerold Fink, invented mayor of the invented town
Kranzfeld (JSON Lines, English report, advertorial, partisan outlet).

Written by the Parallax team; every outlet, person and number is invented.
"""

from dev2_lib import H, L, OPINION, P, Q, QUOTE, S, St

SID = "st-fink-trial"
EV1 = "ev-fink-opening"
EV2 = "ev-fink-pleas"
YRS = ("2021-01-01", "2023-12-31")


def add(story, group, article, rewrites, feeds):
    story(SID, "Corruption trial of Kranzfeld's mayor Gerold Fink",
          [(EV1, "Trial opens at the Landgericht Kranzfeld (2 September 2026)"),
           (EV2, "Closing pleas: prosecutors demand prison (23 September 2026)")])
    group("fk-bribe", SID, "compatible",
          "240.000 Euro / €240,000 in every report, and 100.000 + 90.000 + 50.000 = 240.000 in "
          "the Justizticker.")
    group("fk-contracts", SID, "agreed",
          "Contracts worth 18,6 Millionen Euro (Justizticker) / €18.6m (Kranzfeld Observer).")
    group("fk-prison-demand", SID, "conflicting",
          "Four years and six months demanded (Rundschau, Observer) vs 'fünf Jahre' in the "
          "ClearAudit advertorial.")
    group("fk-damage", SID, "compatible",
          "Mehr als 1,1 Millionen Euro (Rundschau) and about €1.3m (Observer).")
    group("fk-bribery", SID, "disputed",
          "Prosecutors say Fink took bribes from Baukontor Salm; the defence denies it; the "
          "ClearAudit advertorial states it as fact without the denial.")
    group("fk-acquittal", SID, "agreed", "The defence asks for acquittal (Rundschau, Observer).")
    group("fk-trial-opened", SID, "agreed",
          "The trial opened on 2 September (Justizticker; 'seit gestern' in the Bürgerblatt).")
    group("fk-tranches", SID, "single-source",
          "Only the Justizticker says the money allegedly came in three instalments.")
    group("fk-tenure", SID, "single-source",
          "Only the Bürgerblatt counts Fink's seventeen years in office.")
    group("fk-witnesses", SID, "single-source", "Only the Justizticker gives 23 witnesses.")
    group("fk-hearings", SID, "single-source", "Only the Justizticker gives four hearing days.")

    # 1. JSON Lines, plain text: the opening day.
    article(
        file="dev2/justiz.jsonl", guid="jt-2026-09-02-fink", form="jsonl", story=SID, event=EV1,
        publisher="Justizticker", published="2026-09-02T15:20:00+02:00", language="de",
        url="https://justizticker.example/2026/09/02/prozess-fink",
        blocks=[
            H("Bestechungsprozess gegen Kranzfelds Bürgermeister Fink eröffnet"),
            P(S("Vor der 4. Großen Strafkammer des Landgerichts Kranzfeld hat am Mittwoch der "
                "Prozess gegen Bürgermeister Gerold Fink begonnen.",
                claims=[St("hat am Mittwoch der Prozess gegen Bürgermeister Gerold Fink begonnen",
                           "gerold fink", "tried", "corruption trial", group="fk-trial-opened")]),
              S("Die Staatsanwaltschaft wirft dem 58-Jährigen vor, von der Baufirma Baukontor Salm "
                "insgesamt 240.000 Euro angenommen und ihr im Gegenzug Aufträge im Wert von 18,6 "
                "Millionen Euro zugeschanzt zu haben.",
                claims=[Q("insgesamt 240.000 Euro", 240000, "eur", "paid", time=YRS,
                          subject="baukontor salm", source="prosecutors", group="fk-bribe"),
                        Q("18,6 Millionen Euro", 18600000, "eur", None, subject="kranzfeld",
                          source="prosecutors", group="fk-contracts"),
                        St("Die Staatsanwaltschaft wirft dem 58-Jährigen vor, von der Baufirma "
                           "Baukontor Salm insgesamt 240.000 Euro angenommen", "gerold fink",
                           "took bribes", "from baukontor salm", source="prosecutors",
                           group="fk-bribery")])),
            P(S("Das Geld soll in drei Tranchen geflossen sein: 100.000 Euro im Jahr 2021, 90.000 "
                "Euro im Jahr 2022 und 50.000 Euro im Frühjahr 2023.",
                claims=[Q("drei Tranchen", 3, None, None, time=YRS, source="prosecutors",
                          hedged=True, group="fk-tranches"),
                        Q("100.000 Euro im Jahr 2021", 100000, "eur", "paid",
                          time=("2021-01-01", "2021-12-31"), source="prosecutors", hedged=True,
                          group="fk-bribe"),
                        Q("90.000 Euro im Jahr 2022", 90000, "eur", "paid",
                          time=("2022-01-01", "2022-12-31"), source="prosecutors", hedged=True,
                          group="fk-bribe"),
                        Q("50.000 Euro im Frühjahr 2023", 50000, "eur", "paid",
                          time=("2023-03-01", "2023-05-31"), source="prosecutors", hedged=True,
                          group="fk-bribe")])),
            P(S("Finks Verteidiger Bernd Albrecht erklärte, sein Mandant habe zu keinem Zeitpunkt "
                "Geld von Baukontor Salm erhalten.",
                claims=[St("sein Mandant habe zu keinem Zeitpunkt Geld von Baukontor Salm "
                           "erhalten", "defence", "denies", "took bribes",
                           source="bernd albrecht", hedged=True, denial=True,
                           group="fk-bribery")]),
              S("Die Vorwürfe beruhten auf den Aussagen eines entlassenen Mitarbeiters, der sich "
                "rächen wolle.",
                claims=[St("Die Vorwürfe beruhten auf den Aussagen eines entlassenen "
                           "Mitarbeiters", "accusations", "based on", "a dismissed employee",
                           source="bernd albrecht", hedged=True, group="fk-bribery")])),
            P(S("Das Gericht hat 23 Zeugen geladen und bis zum 23. September vier "
                "Verhandlungstage angesetzt, den nächsten am 9. September um 9.30 Uhr in Saal 112.",
                claims=[Q("23 Zeugen", 23, "person", None, source="court",
                          group="fk-witnesses"),
                        Q("vier Verhandlungstage", 4, "day", None, source="court",
                          group="fk-hearings")])),
        ],
        item_post="Sie haben einen Hinweis? Schreiben Sie an hinweise@justizticker.example",
        removed=["Sie haben einen Hinweis? Schreiben Sie an hinweise@justizticker.example"],
    )

    # 2. JSON Lines, HTML: closing pleas.
    article(
        file="dev2/justiz.jsonl", guid="kr-2026-09-23-fink", form="jsonl", jsonl_html=True,
        story=SID, event=EV2, publisher="Kranzfelder Rundschau",
        published="2026-09-23T18:40:00+02:00", language="de",
        url="https://kranzfelder-rundschau.example/lokales/fink-plaedoyers",
        blocks=[
            H("Staatsanwalt fordert viereinhalb Jahre Haft für Fink",
              claims=[Q("viereinhalb Jahre Haft", 4.5, "year", "duration", subject="gerold fink",
                        source="prosecutors", group="fk-prison-demand")]),
            P(S("Im Korruptionsprozess gegen Kranzfelds Bürgermeister Gerold Fink hat Oberstaatsanwältin "
                "Ilka Brandes am Mittwoch eine Freiheitsstrafe von vier Jahren und sechs Monaten "
                "gefordert.",
                claims=[Q("vier Jahren und sechs Monaten", 4.5, "year", "duration",
                          subject="gerold fink", source="prosecutors",
                          group="fk-prison-demand")]),
              S("Für Brandes ist erwiesen, dass Fink 240.000 Euro Schmiergeld kassierte und der "
                "Stadt so ein Schaden von mehr als 1,1 Millionen Euro entstand.",
                claims=[Q("240.000 Euro Schmiergeld", 240000, "eur", "paid", time=YRS,
                          source="ilka brandes", group="fk-bribe"),
                        Q("mehr als 1,1 Millionen Euro", 1100000, "eur", "cost",
                          qual="more-than", subject="kranzfeld", source="ilka brandes",
                          group="fk-damage"),
                        St("Für Brandes ist erwiesen, dass Fink 240.000 Euro Schmiergeld "
                           "kassierte", "gerold fink", "took bribes", "from baukontor salm",
                           source="prosecutors", group="fk-bribery")],
                loaded=[L("Schmiergeld", "demonising", "reported")])),
            P(S("„Der Angeklagte hat sein Amt wie einen Selbstbedienungsladen geführt“, sagte "
                "Brandes.", QUOTE,
                loaded=[L("Selbstbedienungsladen", "demonising", "reported")])),
            P(S("Verteidiger Bernd Albrecht plädierte auf Freispruch und wies die Vorwürfe erneut "
                "zurück.",
                claims=[St("Verteidiger Bernd Albrecht plädierte auf Freispruch",
                           "defence", "demanded", "acquittal", source="bernd albrecht",
                           group="fk-acquittal"),
                        St("wies die Vorwürfe erneut zurück", "defence", "denies", "took bribes",
                           source="bernd albrecht", denial=True, group="fk-bribery")]),
              "Das Urteil soll am 7. Oktober verkündet werden."),
        ],
        item_post="<aside class=\"promo\"><p>Die Rundschau jetzt als E-Paper – 30 Tage gratis "
                  "lesen.</p></aside>",
        removed=["Die Rundschau jetzt als E-Paper – 30 Tage gratis lesen."],
    )

    # 3. English report of the pleas.
    article(
        file="dev2/fink-trial-observer.txt", form="txt", story=SID, event=EV2,
        publisher="The Kranzfeld Observer", published="2026-09-23T20:15:00+02:00",
        language="en", authors=["Priya Raman"],
        pre=["The Kranzfeld Observer — English edition", "Wednesday 23 September 2026 20:15 CEST",
             "Home | Local | Courts | Opinion | Subscribe"],
        byline="By Priya Raman, Courts Reporter",
        blocks=[
            H("Prosecutors seek four and a half years for Kranzfeld mayor in kickbacks case",
              claims=[Q("four and a half years", 4.5, "year", "duration", subject="gerold fink",
                        source="prosecutors", group="fk-prison-demand")]),
            P(S("Prosecutors on Wednesday asked the regional court to jail Gerold Fink, the "
                "long-serving mayor of Kranzfeld, for four years and six months, arguing that he "
                "pocketed €240,000 from a construction firm in return for contracts worth €18.6m.",
                claims=[Q("four years and six months", 4.5, "year", "duration",
                          subject="gerold fink", source="prosecutors",
                          group="fk-prison-demand"),
                        Q("€240,000", 240000, "eur", "paid", time=YRS, source="prosecutors",
                          group="fk-bribe"),
                        Q("€18.6m", 18600000, "eur", None, subject="kranzfeld",
                          source="prosecutors", group="fk-contracts"),
                        St("he pocketed €240,000 from a construction firm", "gerold fink",
                           "took bribes", "from baukontor salm", source="prosecutors",
                           group="fk-bribery")])),
            P(S("The town lost about €1.3m as a result of inflated invoices, chief prosecutor "
                "Ilka Brandes told the court.",
                claims=[Q("about €1.3m", 1300000, "eur", "cost", qual="about",
                          subject="kranzfeld", source="ilka brandes", group="fk-damage")]),
              S("Fink, 58, who allegedly steered the deals through a friendly planning committee, "
                "denies all charges, and his lawyer Bernd Albrecht asked for an acquittal.",
                claims=[St("Fink, 58, who allegedly steered the deals through a friendly "
                           "planning committee, denies all charges", "gerold fink", "denies",
                           "took bribes", source="gerold fink", denial=True,
                           group="fk-bribery"),
                        St("his lawyer Bernd Albrecht asked for an acquittal", "defence",
                           "demanded", "acquittal", source="bernd albrecht",
                           group="fk-acquittal")])),
            P(S("\"My client has never taken a single cent,\" Albrecht said outside the courtroom.",
                QUOTE),
              "A verdict is due on October 7."),
        ],
        post=["Related: Who is Gerold Fink? A profile of Kranzfeld's mayor since 2009",
              "Share this article: Facebook · X · LinkedIn · Email",
              "Topics: #Kranzfeld #Corruption #Courts"],
    )

    # 4. Advertorial of a compliance-software vendor: the charge as fact, wrong demand, webinar.
    article(
        file="dev2/fink-prozess-clearaudit.txt", form="txt", story=SID, event=EV2,
        publisher="ClearAudit Compliance-Blog", published="2026-09-25T10:00:00+02:00",
        language="de", authors=[],
        pre=["ClearAudit Compliance-Blog", "25. September 2026"],
        byline="Ein Beitrag von Team ClearAudit",
        blocks=[
            H("Der Fall Fink: Was Kommunen jetzt aus dem Kranzfelder Korruptionssumpf lernen "
              "müssen", loaded=[L("Korruptionssumpf", "demonising")]),
            P(S("Bürgermeister Gerold Fink hat über Jahre 240.000 Euro von einem Bauunternehmen "
                "kassiert – nun fordert die Staatsanwaltschaft fünf Jahre Haft.",
                claims=[Q("240.000 Euro", 240000, "eur", "paid", time=YRS, group="fk-bribe"),
                        St("Bürgermeister Gerold Fink hat über Jahre 240.000 Euro von einem "
                           "Bauunternehmen kassiert", "gerold fink", "took bribes",
                           "from baukontor salm", group="fk-bribery"),
                        Q("fünf Jahre Haft", 5, "year", "duration", subject="gerold fink",
                          source="prosecutors", group="fk-prison-demand")])),
            P(S("Der Fall sollte als Weckruf für jede Stadtverwaltung verstanden werden.", OPINION),
              S("Wer heute noch Vergaben per Excel-Tabelle verwaltet, handelt grob fahrlässig.",
                OPINION),
              S("Denn wie viele Finks sitzen noch unentdeckt in deutschen Rathäusern?", OPINION),
              S("Wir meinen: Transparenz ist kein Luxus, sondern Pflicht.", OPINION)),
        ],
        post=["------------------------------------------------------------",
              "LIVE-WEBINAR: „Vergabe ohne Risiko – Compliance für Kommunen“",
              "Mittwoch, 14. Oktober 2026, 16:00–17:30 Uhr",
              "Mit Dr. Anja Reimers (ClearAudit) und Prof. Malte Gerdes (Hochschule Lindenau)",
              "Unter allen Teilnehmenden verlosen wir ein Tablet im Wert von 899 €.",
              "Tausende bereits angemeldet – jetzt kostenlos Platz sichern: clearaudit.example/webinar",
              "ClearAudit Vergabe-Suite: 14 Tage kostenlos testen."],
    )

    # 5. Partisan pro-Fink outlet: glorifying, scare quotes, 'angeblich'.
    article(
        file="dev2/fink-prozess-buergerblatt.txt", form="txt", story=SID, event=EV1,
        publisher="Bürgerblatt Kranzfeld", published="2026-09-03T08:00:00+02:00",
        language="de", authors=["Holger Wendland"],
        pre=["BÜRGERBLATT KRANZFELD – unabhängig, heimatverbunden",
             "Donnerstag, 3. September 2026"],
        byline="Von Holger Wendland",
        blocks=[
            H("Schauprozess gegen unseren Bürgermeister",
              loaded=[L("Schauprozess", "propaganda")]),
            P(S("Seit gestern muss sich Gerold Fink, der Kranzfeld in siebzehn Jahren aus der "
                "Krise zur Vorzeigestadt gemacht hat, vor Gericht verantworten.",
                claims=[St("Seit gestern muss sich Gerold Fink", "gerold fink", "tried",
                           "corruption trial", group="fk-trial-opened"),
                        Q("in siebzehn Jahren", 17, "year", "duration", subject="gerold fink",
                          group="fk-tenure")],
                loaded=[L("Vorzeigestadt", "glorifying")]),
              S("Er soll angeblich 240.000 Euro von einer Baufirma angenommen haben.",
                claims=[Q("angeblich 240.000 Euro", 240000, "eur", "paid", time=YRS,
                          hedged=True, group="fk-bribe"),
                        St("Er soll angeblich 240.000 Euro von einer Baufirma angenommen haben",
                           "gerold fink", "took bribes", "from baukontor salm", hedged=True,
                           group="fk-bribery")]),
              S("Die „Beweise“ stammen von einem einzigen Ex-Mitarbeiter mit offener Rechnung.",
                loaded=[L("„Beweise“", "belittling", "distancing")])),
            P(S("Fink selbst bestreitet jede Bestechung.",
                claims=[St("Fink selbst bestreitet jede Bestechung", "gerold fink", "denies",
                           "took bribes", source="gerold fink", denial=True,
                           group="fk-bribery")]),
              S("Ein Mann, der siebzehn Jahre lang rund um die Uhr für seine Stadt da war, hat "
                "etwas Besseres verdient als diese Hetzjagd.", OPINION,
                claims=[Q("siebzehn Jahre lang", 17, "year", "duration", subject="gerold fink",
                          group="fk-tenure")],
                loaded=[L("Hetzjagd", "demonising")]),
              S("Kranzfeld steht hinter ihm!", OPINION)),
        ],
        post=["Leserbriefe an: redaktion@buergerblatt.example, Marktplatz 3, 31999 Kranzfeld",
              "Anzeige – Autohaus Wendland: Jetzt Herbst-Inspektion für 79 € buchen"],
    )
