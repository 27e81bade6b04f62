"""dev10 story 1: an intercity train derails near Tessenau in the Lörne valley (14 May 2027), and the
investigators' interim report a week later (21 May 2027).

A German agency report and two light rewrites of it (an HTML page of the local paper, a JSON Lines item
of an aggregator carrying `html`), an English paper's own report of the same day (German–English pair),
a regional paper's RSS item and an English wire report on the interim report. Invented by the Parallax
team: places, rail company, union, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-tessenau-derailment"
EV1 = "ev-tessenau-derailment"
EV2 = "ev-tessenau-report"
STORY = {"id": SID, "label": "Intercity derailment near Tessenau in the Lörne valley",
         "events": [{"id": EV1, "label": "IC 2231 derails near Tessenau, killing six"},
                    {"id": EV2, "label": "Interim report a week later: cracked weld, toll rises to eight"}]}

POL = "police"
MLB = "mittellandbahn"
EUS = "eus"
GFV = "gfv"
DAY = T("2027-05-14", "2027-05-14")
WEEK = T("2027-05-14", "2027-05-20")
SUBJ = "ic 2231"

GROUPS = [
    {"id": "tes-killed", "story": SID, "status": "compatible",
     "why": "Six dead on the day of the derailment (kpa, its two rewrites, the Courier); eight a week later after two injured died in hospital (Lörnetaler Bote, Granite Wire): an earlier figure and a further batch."},
    {"id": "tes-injured", "story": SID, "status": "compatible",
     "why": "About 70 injured (kpa, Kurznachrichten) and more than 70 (Courier) agree; the Tagblatt headline's 'Dutzende' is a looser figure that allows them."},
    {"id": "tes-serious", "story": SID, "status": "agreed",
     "why": "kpa, the Tagblatt, Kurznachrichten and the Courier give 14 seriously injured, a part of the injured."},
    {"id": "tes-passengers", "story": SID, "status": "conflicting",
     "why": "The operator's about 340 passengers on board (kpa, Tagblatt, Kurznachrichten, Courier) against the district office's nearly 500 (Courier)."},
    {"id": "tes-location", "story": SID, "status": "agreed",
     "why": "About three kilometres (kpa, Tagblatt) and about two miles (Courier) before Tessenau station are one distance."},
    {"id": "tes-train-size", "story": SID, "status": "agreed",
     "why": "kpa, Tagblatt and Courier: the train had ten carriages."},
    {"id": "tes-carriages", "story": SID, "status": "agreed",
     "why": "kpa, Tagblatt and Courier: seven carriages derailed."},
    {"id": "tes-embankment", "story": SID, "status": "agreed",
     "why": "kpa, Tagblatt and Courier: two carriages went down the embankment."},
    {"id": "tes-rescuers", "story": SID, "status": "compatible",
     "why": "More than 300 rescuers (kpa, Tagblatt, Kurznachrichten) is a looser bound beside the Courier's some 350."},
    {"id": "tes-track", "story": SID, "status": "agreed",
     "why": "kpa and Courier: about 400 metres of track damaged."},
    {"id": "tes-closure", "story": SID, "status": "agreed",
     "why": "kpa, Tagblatt and Kurznachrichten: the line stays closed for up to three weeks."},
    {"id": "tes-buses", "story": SID, "status": "single-source",
     "why": "Only the Tagblatt gives 40 replacement buses."},
    {"id": "tes-freed", "story": SID, "status": "single-source",
     "why": "Only kpa quotes the incident commander on 42 people freed from the carriages."},
    {"id": "tes-repair-cost", "story": SID, "status": "single-source",
     "why": "Only the Bote gives the union's 8,000 euros for the repair."},
    {"id": "tes-daily", "story": SID, "status": "single-source",
     "why": "Only the Courier gives some 22,000 passengers a day on the line."},
    {"id": "tes-icu", "story": SID, "status": "single-source",
     "why": "Only the Lörnetaler Bote says three patients are still in intensive care."},
    {"id": "tes-cause", "story": SID, "status": "agreed",
     "why": "The Bote and Granite Wire both report the EUS finding that a cracked weld most likely caused the derailment."},
    {"id": "tes-damage", "story": SID, "status": "compatible",
     "why": "The Bote's about 45 million euros and Granite Wire's looser 'more than €40 million', both from the EUS report."},
    {"id": "tes-inspection", "story": SID, "status": "disputed",
     "why": "The union GFV says the flaw was found in March and left unrepaired; Mittellandbahn denies it (Bote, Granite Wire)."},
    {"id": "tes-reopen", "story": SID, "status": "agreed",
     "why": "The Bote and Granite Wire: the line is to reopen on 7 June, according to the operator."},
    {"id": "tes-probe", "story": SID, "status": "single-source",
     "why": "Only Granite Wire reports the prosecutors' negligence investigation."},
]

# ------------------------------------------------------------------ kpa wire (de)

KPA = {
    "input": "dev10/tessenau-kpa.txt", "story": SID, "event": EV1,
    "publisher": "kpa Kontor Presse Agentur", "published": "2027-05-14T11:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["kpa Kontor Presse Agentur", "14.05.2027", "11:20 Uhr"],
    "blocks": [
        H("Intercity entgleist bei Tessenau – mindestens sechs Tote",
          claims=[Q("mindestens sechs Tote", 6, "person", "killed", "at-least", subject=SUBJ, group="tes-killed", time=DAY)]),
        P(S("Beim Entgleisen eines Intercity-Zuges nahe Tessenau im Lörnetal sind am Freitagmorgen mindestens sechs Menschen ums Leben gekommen.",
            claims=[Q("mindestens sechs Menschen ums Leben gekommen", 6, "person", "killed", "at-least", subject=SUBJ, source=POL, group="tes-killed", time=DAY)]),
          S("Rund 70 Fahrgäste wurden verletzt, 14 von ihnen schwer.",
            claims=[Q("Rund 70 Fahrgäste wurden verletzt", 70, "passenger", "wounded", "about", subject=SUBJ, source=POL, group="tes-injured", time=DAY),
                    Q("14 von ihnen schwer", 14, "passenger", "wounded", subject=SUBJ, source=POL, group="tes-serious", time=DAY)]),
          S("Das teilte die Polizei in Tessenau am Vormittag mit.")),
        P(S("Der IC 2231 von Halmstedt nach Ravensohl war gegen 7.42 Uhr etwa drei Kilometer vor dem Bahnhof Tessenau aus den Gleisen gesprungen.",
            claims=[Q("etwa drei Kilometer vor dem Bahnhof Tessenau", 3, "kilometre", "distance", "about", subject=SUBJ, group="tes-location")]),
          S("Von den zehn Wagen entgleisten sieben, zwei davon stürzten eine Böschung hinunter.",
            claims=[Q("Von den zehn Wagen", 10, None, "size", subject=SUBJ, group="tes-train-size"),
                    Q("entgleisten sieben", 7, None, None, subject=SUBJ, group="tes-carriages", time=DAY),
                    Q("zwei davon stürzten eine Böschung hinunter", 2, None, None, subject=SUBJ, group="tes-embankment", time=DAY)]),
          S("An Bord befanden sich nach Angaben der Mittellandbahn etwa 340 Fahrgäste.",
            claims=[Q("etwa 340 Fahrgäste", 340, "passenger", None, "about", subject=SUBJ, source=MLB, group="tes-passengers", time=DAY)])),
        P(S("Mehr als 300 Einsatzkräfte von Feuerwehr, Rettungsdienst und Katastrophenschutz waren im Einsatz.",
            claims=[Q("Mehr als 300 Einsatzkräfte", 300, "person", "deployed", "more-than", subject=SUBJ, group="tes-rescuers", time=DAY)]),
          S("„Wir mussten 42 Menschen aus den umgestürzten Wagen befreien“, sagte Einsatzleiter Bernd Ketteler.", "quote",
            claims=[Q("42 Menschen", 42, "person", "rescued", subject=SUBJ, source="bernd ketteler", group="tes-freed", time=DAY)]),
          S("Die Verletzten wurden auf Kliniken in der gesamten Region verteilt, u. a. nach Ravensohl und Halmstedt."),
          S("Auf einer Länge von rund 400 Metern wurde die Strecke schwer beschädigt.",
            claims=[Q("rund 400 Metern", 400, "metre", "damaged", "about", subject="tessenau line", group="tes-track", time=DAY)])),
        P(S("Zur Unfallursache machten die Ermittler der Eisenbahn-Untersuchungsstelle (EUS) zunächst keine Angaben."),
          S("Die Strecke zwischen Tessenau und Ravensohl bleibe für bis zu drei Wochen gesperrt, teilte die Mittellandbahn mit.",
            claims=[Q("für bis zu drei Wochen gesperrt", 3, "week", "duration", "up-to", subject="tessenau line", source=MLB, hedged=True, group="tes-closure")]),
          S("Verkehrsministerin Dr. Hannelore Stiebitz kündigte an, noch am Nachmittag an die Unglücksstelle zu reisen.")),
    ],
    "post": ["Themen: Bahn · Unglück · Lörnetal · Verkehr",
             "",
             "Mehr zum Thema",
             "- Wie sicher sind die Brücken im Lörnetal? Ein Überblick",
             "",
             "© kpa Kontor Presse Agentur. Alle Rechte vorbehalten. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["kpa Kontor Presse Agentur", "14.05.2027", "11:20 Uhr", "Themen: Bahn · Unglück · Lörnetal · Verkehr", "Mehr zum Thema",
                "Wie sicher sind die Brücken im Lörnetal? Ein Überblick", "Alle Rechte vorbehalten",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Tessenauer Tagblatt (de, rewrite of kpa)

TAGBLATT_SITE = {
    "nav": ["Tessenau", "Lörnetal", "Blaulicht", "Sport", "Kultur", "Anzeigen", "E-Paper"],
    "cookie": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Einverstanden“ akzeptieren Sie alle Cookies.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "14.05.2027 – 12:45 Uhr",
    "share": "Teilen auf WhatsApp · Facebook · per E-Mail",
    "ad": "Anzeige: Autohaus Pernitz – Frühlingsaktion, alle Modelle ab 0,9 % Finanzierung",
    "related_title": "Auch interessant",
    "related": ["Blaulicht: Scheunenbrand in Unterwessing", "Stadtrat beschließt neues Parkkonzept für die Altstadt",
                "Tessenauer Frühlingsmarkt lockt Tausende Besucher"],
    "footer": "© 2027 Tessenauer Tagblatt · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="teaser"><b>Lesen Sie auch:</b> <a href="/blaulicht/hotline">Hotline für Angehörige eingerichtet</a></div>',
    "inline_at": 2,
    "after": '<p class="tags">Schlagworte: #Zugunglück #Tessenau #Mittellandbahn</p>\n'
             '<div class="newsletter"><p>Der Tagblatt-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Tessenau. Jetzt abonnieren!</p></div>',
}

TAGBLATT = {
    "input": "dev10/tessenau-tagblatt.html", "story": SID, "event": EV1,
    "publisher": "Tessenauer Tagblatt", "published": "2027-05-14T12:45:00+02:00",
    "language": "de", "authors": ["Maren Hölscher"], "sensational": False,
    "blocks": [
        H("Zugunglück bei Tessenau: Sechs Tote, Dutzende Verletzte",
          claims=[Q("Sechs Tote", 6, "person", "killed", subject=SUBJ, group="tes-killed", time=DAY),
                  Q("Dutzende Verletzte", 24, "person", "wounded", "at-least", subject=SUBJ, group="tes-injured", time=DAY)]),
        P(S("Beim Entgleisen eines Intercity-Zuges nahe Tessenau sind am Freitagmorgen mindestens sechs Menschen ums Leben gekommen.",
            claims=[Q("mindestens sechs Menschen ums Leben gekommen", 6, "person", "killed", "at-least", subject=SUBJ, source=POL, group="tes-killed", time=DAY)]),
          S("Rund 70 Fahrgäste wurden verletzt, 14 davon schwer, wie die Polizei mitteilte.",
            claims=[Q("Rund 70 Fahrgäste wurden verletzt", 70, "passenger", "wounded", "about", subject=SUBJ, source=POL, group="tes-injured", time=DAY),
                    Q("14 davon schwer", 14, "passenger", "wounded", subject=SUBJ, source=POL, group="tes-serious", time=DAY)])),
        P(S("Der IC 2231 aus Halmstedt war gegen 7.42 Uhr rund drei Kilometer vor dem Tessenauer Bahnhof entgleist.",
            claims=[Q("rund drei Kilometer vor dem Tessenauer Bahnhof", 3, "kilometre", "distance", "about", subject=SUBJ, group="tes-location")]),
          S("Sieben der zehn Wagen sprangen aus den Gleisen, zwei davon stürzten die Böschung hinab.",
            claims=[Q("Sieben der zehn Wagen sprangen aus den Gleisen", 7, None, None, subject=SUBJ, group="tes-carriages", time=DAY),
                    Q("zehn Wagen", 10, None, "size", subject=SUBJ, group="tes-train-size"),
                    Q("zwei davon stürzten die Böschung hinab", 2, None, None, subject=SUBJ, group="tes-embankment", time=DAY)]),
          S("Laut Mittellandbahn waren etwa 340 Fahrgäste an Bord.",
            claims=[Q("etwa 340 Fahrgäste", 340, "passenger", None, "about", subject=SUBJ, source=MLB, group="tes-passengers", time=DAY)])),
        P(S("Mehr als 300 Einsatzkräfte waren im Einsatz; die Mittellandbahn setzt zwischen Tessenau und Ravensohl 40 Ersatzbusse ein.",
            claims=[Q("Mehr als 300 Einsatzkräfte", 300, "person", "deployed", "more-than", subject=SUBJ, group="tes-rescuers", time=DAY),
                    Q("40 Ersatzbusse", 40, "vehicle", "deployed", subject=MLB, group="tes-buses")]),
          S("Die Strecke bleibt für bis zu drei Wochen gesperrt.",
            claims=[Q("für bis zu drei Wochen gesperrt", 3, "week", "duration", "up-to", subject="tessenau line", group="tes-closure")])),
        P(S("„Wir sind in Gedanken bei den Opfern und ihren Familien“, sagte Tessenaus Bürgermeister Ruben Agostini.", "quote"),
          S("Im Rathaus liegt ab Samstag ein Kondolenzbuch aus.")),
    ],
    "removed": ["Wir verwenden Cookies", "Einverstanden", "14.05.2027 – 12:45 Uhr", "Blaulicht", "E-Paper",
                "Teilen auf WhatsApp", "Autohaus Pernitz", "Scheunenbrand in Unterwessing",
                "Stadtrat beschließt neues Parkkonzept", "Tessenauer Frühlingsmarkt lockt Tausende Besucher",
                "Impressum · Datenschutz", "Hotline für Angehörige eingerichtet", "Schlagworte: #Zugunglück",
                "Der Tagblatt-Newsletter", "Jetzt abonnieren!"],
}

# ------------------------------------------------------------------ Kurznachrichten 24 (de, JSON Lines item with html; rewrite of kpa)

KURZ_SITE = {
    "nav": ["Start", "Deutschland", "Welt", "Panorama", "Video"],
    "cookie": "Cookies helfen uns, Kurznachrichten 24 kostenlos anzubieten. Mehr erfahren",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "14.05.2027, 13:10",
    "share": "Push-Mitteilungen aktivieren",
    "ad": "Anzeige: Jetzt Tagesgeld mit 3,1 % sichern",
    "related_title": "Meistgelesen",
    "related": ["Wetter: Gewitter am Wochenende", "Lotto am Mittwoch: Die Gewinnzahlen"],
    "footer": "© Kurznachrichten 24 · Impressum · Kontakt",
}

KURZ = {
    "input": "dev10/news.jsonl#kn24-77310", "story": SID, "event": EV1,
    "publisher": "Kurznachrichten 24", "published": "2027-05-14T13:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Tessenau: Intercity entgleist – mindestens sechs Tote",
          claims=[Q("mindestens sechs Tote", 6, "person", "killed", "at-least", subject=SUBJ, group="tes-killed", time=DAY)]),
        P(S("Beim Entgleisen eines Intercity-Zuges nahe Tessenau im Lörnetal sind am Freitagmorgen mindestens sechs Menschen ums Leben gekommen.",
            claims=[Q("mindestens sechs Menschen ums Leben gekommen", 6, "person", "killed", "at-least", subject=SUBJ, source=POL, group="tes-killed", time=DAY)]),
          S("Rund 70 Menschen wurden verletzt, 14 von ihnen schwer, teilte die Polizei mit.",
            claims=[Q("Rund 70 Menschen wurden verletzt", 70, "person", "wounded", "about", subject=SUBJ, source=POL, group="tes-injured", time=DAY),
                    Q("14 von ihnen schwer", 14, "person", "wounded", subject=SUBJ, source=POL, group="tes-serious", time=DAY)])),
        P(S("Der IC 2231 von Halmstedt nach Ravensohl war gegen 7.42 Uhr aus den Gleisen gesprungen."),
          S("An Bord befanden sich nach Angaben der Mittellandbahn etwa 340 Fahrgäste.",
            claims=[Q("etwa 340 Fahrgäste", 340, "passenger", None, "about", subject=SUBJ, source=MLB, group="tes-passengers", time=DAY)]),
          S("Mehr als 300 Einsatzkräfte waren im Einsatz.",
            claims=[Q("Mehr als 300 Einsatzkräfte", 300, "person", "deployed", "more-than", subject=SUBJ, group="tes-rescuers", time=DAY)]),
          S("Die Strecke bleibt bis zu drei Wochen gesperrt.",
            claims=[Q("bis zu drei Wochen gesperrt", 3, "week", "duration", "up-to", subject="tessenau line", group="tes-closure")]),
          S("Zur Ursache gibt es noch keine Angaben.")),
    ],
    "removed": ["Cookies helfen uns", "Zustimmen", "14.05.2027, 13:10", "Push-Mitteilungen aktivieren",
                "Tagesgeld mit 3,1 %", "Meistgelesen", "Gewitter am Wochenende", "Die Gewinnzahlen", "© Kurznachrichten 24"],
}

# ------------------------------------------------------------------ Continental Courier (en, own report; DE–EN pair with kpa)

COURIER_SITE = {
    "nav": ["Home", "Europe", "Business", "Travel", "Opinion", "Podcasts"],
    "cookie": "We use cookies to personalise content and ads. By clicking “Accept all” you agree to our use of cookies.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "May 14, 2027 · 7:05 PM",
    "share": "Share this article: X · Facebook · LinkedIn · Copy link",
    "ad": "ADVERTISEMENT – Fly business class to 40 destinations from €499",
    "related_title": "Read more",
    "related": ["Europe's ageing rail bridges: a special report", "Ticket prices rise again on regional lines"],
    "footer": "© 2027 Continental Courier Media Ltd. All rights reserved. Terms · Privacy",
    "after": '<div class="newsletter"><p>Sign up for the Courier Morning Briefing – the day\'s top stories in your inbox.</p></div>',
}

COURIER = {
    "input": "dev10/tessenau-courier.html", "story": SID, "event": EV1,
    "publisher": "Continental Courier", "published": "2027-05-14T19:05:00+02:00",
    "language": "en", "authors": ["Harriet Vance"], "sensational": False,
    "blocks": [
        H("Six killed as intercity train derails in Lörne valley",
          claims=[Q("Six killed", 6, "person", "killed", subject=SUBJ, group="tes-killed", time=DAY)]),
        P(S("Six people were killed and more than 70 injured on Friday when an intercity train left the tracks near the town of Tessenau, police said.",
            claims=[Q("Six people were killed", 6, "person", "killed", subject=SUBJ, source=POL, group="tes-killed", time=DAY),
                    Q("more than 70 injured", 70, "person", "wounded", "more-than", subject=SUBJ, source=POL, group="tes-injured", time=DAY)]),
          S("Fourteen of the injured were in a serious condition.",
            claims=[Q("Fourteen of the injured", 14, "person", "wounded", subject=SUBJ, source=POL, group="tes-serious", time=DAY)])),
        P(S("The IC 2231, bound for Ravensohl, came off the rails at 7.42 a.m. about two miles south of Tessenau station.",
            claims=[Q("about two miles south of Tessenau station", 2, "mile", "distance", "about", subject=SUBJ, group="tes-location")]),
          S("Seven of its ten carriages derailed; two rolled down an embankment.",
            claims=[Q("Seven of its ten carriages derailed", 7, None, None, subject=SUBJ, group="tes-carriages", time=DAY),
                    Q("ten carriages", 10, None, "size", subject=SUBJ, group="tes-train-size"),
                    Q("two rolled down an embankment", 2, None, None, subject=SUBJ, group="tes-embankment", time=DAY)])),
        P(S("Nearly 500 passengers were on board, according to a spokesman for the district office, while the operator, Mittellandbahn, put the number at around 340.",
            claims=[Q("Nearly 500 passengers", 500, "passenger", None, "about", subject=SUBJ, source="district office", group="tes-passengers", time=DAY),
                    Q("put the number at around 340", 340, "passenger", None, "about", subject=SUBJ, source=MLB, group="tes-passengers", time=DAY)]),
          S("Some 350 emergency workers were deployed to the scene, and some 400 metres of track were torn up.",
            claims=[Q("Some 350 emergency workers", 350, "person", "deployed", "about", subject=SUBJ, group="tes-rescuers", time=DAY),
                    Q("some 400 metres of track", 400, "metre", "damaged", "about", subject="tessenau line", group="tes-track", time=DAY)])),
        P(S("“I heard a screech, then the carriage tipped over and everything went dark,” Miriam Oduya, a teacher travelling to Ravensohl, told the Courier.", "quote")),
        P(S("The line, which carries some 22,000 passengers a day, is expected to stay closed for weeks.",
            claims=[Q("some 22,000 passengers a day", 22000, "passenger", None, "about", subject="tessenau line", group="tes-daily")]),
          S("Army engineers under Gen. Paul Westrup were helping to lift the wrecked carriages."),
          S("Investigators from the EUS rail accident agency have not yet commented on the cause.")),
    ],
    "removed": ["We use cookies to personalise content", "Accept all", "May 14, 2027 · 7:05 PM", "Podcasts",
                "Share this article", "Fly business class to 40 destinations", "Europe's ageing rail bridges",
                "Ticket prices rise again on regional lines", "Continental Courier Media Ltd.", "Courier Morning Briefing"],
}

# ------------------------------------------------------------------ Lörnetaler Bote (de, RSS item; the interim report)

BOTE = {
    "input": "dev10/loernetaler-bote.rss#lb-2027-05-21-0630", "story": SID, "event": EV2,
    "publisher": "Lörnetaler Bote", "published": "2027-05-21T06:30:00+02:00",
    "language": "de", "authors": ["Jakob Terhalle"], "sensational": False,
    "blocks": [
        H("Zugunglück von Tessenau: Zahl der Toten steigt auf acht",
          claims=[Q("Zahl der Toten steigt auf acht", 8, "person", "killed", subject=SUBJ, group="tes-killed", time=WEEK)]),
        P(S("Eine Woche nach dem Entgleisen des IC 2231 bei Tessenau ist die Zahl der Todesopfer auf acht gestiegen.",
            claims=[Q("die Zahl der Todesopfer auf acht gestiegen", 8, "person", "killed", subject=SUBJ, group="tes-killed", time=WEEK)]),
          S("Zwei Schwerverletzte starben im St.-Anselm-Klinikum in Ravensohl, wie das Krankenhaus am Donnerstag mitteilte.",
            claims=[Q("Zwei Schwerverletzte starben", 2, "person", "killed", subject=SUBJ, source="st. anselm hospital", group="tes-killed", time=WEEK)]),
          S("Drei weitere Patienten werden dort noch intensivmedizinisch behandelt.",
            claims=[Q("Drei weitere Patienten", 3, "patient", None, subject=SUBJ, source="st. anselm hospital", group="tes-icu", time=T("2027-05-20", "2027-05-20"))])),
        P(S("Die Eisenbahn-Untersuchungsstelle (EUS) legte am Donnerstag ihren Zwischenbericht vor."),
          S("Demnach sei eine gebrochene Schweißnaht an der Schiene die wahrscheinliche Ursache des Unglücks.",
            claims=[ST("eine gebrochene Schweißnaht an der Schiene die wahrscheinliche Ursache des Unglücks", "cracked weld", "caused",
                       "tessenau derailment", "tes-cause", source=EUS, hedged=True)]),
          S("Den Sachschaden beziffert die EUS auf rund 45 Millionen Euro.",
            claims=[Q("rund 45 Millionen Euro", 45000000, "eur", "cost", "about", subject="tessenau derailment", source=EUS, group="tes-damage")])),
        P(S("Die Gewerkschaft Fahrweg und Verkehr (GFV) erhebt schwere Vorwürfe."),
          S("Die schadhafte Stelle sei bereits bei einer Prüfung im März aufgefallen, aber aus Kostengründen nicht repariert worden, sagte GFV-Chef Holger Brink.",
            claims=[ST("Die schadhafte Stelle sei bereits bei einer Prüfung im März aufgefallen, aber aus Kostengründen nicht repariert worden",
                       MLB, "left unrepaired", "flaw found in march inspection", "tes-inspection", source="holger brink", hedged=True)]),
          S("Die Mittellandbahn wies das zurück: Bei der Prüfung im März sei die Naht „ohne Befund“ gewesen.",
            claims=[ST("Die Mittellandbahn wies das zurück", MLB, "left unrepaired", "flaw found in march inspection", "tes-inspection",
                       source=MLB, denial=True)]),
          S("Nach Darstellung der Gewerkschaft hätte die Reparatur rund 8.000 Euro gekostet.",
            claims=[Q("rund 8.000 Euro", 8000, "eur", "cost", "about", subject="weld repair", source=GFV, hedged=True, group="tes-repair-cost")])),
        P(S("Die Strecke soll nach Angaben der Mittellandbahn ab dem 7. Juni wieder befahrbar sein.",
            claims=[ST("Die Strecke soll nach Angaben der Mittellandbahn ab dem 7. Juni wieder befahrbar sein", "tessenau line", "will reopen",
                       "7 june", "tes-reopen", source=MLB)]),
          S("Für die Angehörigen bleibt die bittere Frage, warum ein bekannter Mangel auf einer der meistbefahrenen Strecken des Landes nicht sofort behoben wurde.", "opinion")),
    ],
    "extra": "<p><strong>Mehr zum Thema:</strong> <a href=\"https://loernetaler-bote.example/tessenau/trauerfeier\">Trauerfeier im Tessenauer Münster am Sonntag</a></p>\n"
             "<p><em>Dieser Beitrag erschien zuerst auf loernetaler-bote.example.</em></p>",
    "removed": ["Mehr zum Thema:", "Trauerfeier im Tessenauer Münster am Sonntag", "Dieser Beitrag erschien zuerst auf"],
}

# ------------------------------------------------------------------ Granite Wire (en, interim report)

GRANITE = {
    "input": "dev10/tessenau-granite.txt", "story": SID, "event": EV2,
    "publisher": "Granite Wire", "published": "2027-05-21T14:10:00+02:00",
    "language": "en", "authors": ["Owen Marsh"], "sensational": False,
    "pre": ["GRANITE WIRE", "May 21, 2027 2:10 PM CEST", "By Owen Marsh"],
    "blocks": [
        H("Cracked weld likely caused deadly Tessenau derailment, investigators say",
          claims=[ST("Cracked weld likely caused deadly Tessenau derailment", "cracked weld", "caused", "tessenau derailment", "tes-cause", source=EUS)]),
        P(S("A cracked weld on the track was the most likely cause of last week's intercity derailment near Tessenau, the EUS rail accident agency said on Thursday.",
            claims=[ST("A cracked weld on the track was the most likely cause of last week's intercity derailment near Tessenau", "cracked weld",
                       "caused", "tessenau derailment", "tes-cause", source=EUS)]),
          S("Two more passengers died at St. Anselm's Hospital in Ravensohl this week, bringing the death toll to eight.",
            claims=[Q("Two more passengers died", 2, "passenger", "killed", subject=SUBJ, group="tes-killed", time=WEEK),
                    Q("bringing the death toll to eight", 8, "person", "killed", subject=SUBJ, group="tes-killed", time=WEEK)])),
        P(S("In its interim report, the agency put the damage at more than €40 million.",
            claims=[Q("more than €40 million", 40000000, "eur", "cost", "more-than", subject="tessenau derailment", source=EUS, group="tes-damage")]),
          S("The rail workers' union GFV said the flaw had been spotted during an inspection in March but left unrepaired to save money.",
            claims=[ST("the flaw had been spotted during an inspection in March but left unrepaired to save money", MLB, "left unrepaired",
                       "flaw found in march inspection", "tes-inspection", source=GFV)]),
          S("Mittellandbahn rejected the claim, saying the weld had shown no defects in March.",
            claims=[ST("Mittellandbahn rejected the claim", MLB, "left unrepaired", "flaw found in march inspection", "tes-inspection",
                       source=MLB, denial=True)])),
        P(S("The line between Tessenau and Ravensohl is due to reopen on June 7, the operator said.",
            claims=[ST("The line between Tessenau and Ravensohl is due to reopen on June 7", "tessenau line", "will reopen", "7 june",
                       "tes-reopen", source=MLB)]),
          S("Prosecutors in Halmstedt have opened a negligence investigation against unnamed railway staff.",
            claims=[ST("Prosecutors in Halmstedt have opened a negligence investigation against unnamed railway staff", "prosecutors",
                       "opened investigation", "negligence by railway staff", "tes-probe")])),
    ],
    "post": ["(Editing by Priya Lund)",
             "",
             "Our Standards: The Granite Wire Trust Principles."],
    "removed": ["GRANITE WIRE", "May 21, 2027 2:10 PM CEST", "By Owen Marsh", "Editing by Priya Lund", "Our Standards: The Granite Wire Trust Principles."],
}

ARTICLES = [KPA, TAGBLATT, KURZ, COURIER, BOTE, GRANITE]

REWRITES = [["dev10/tessenau-kpa.txt", "dev10/tessenau-tagblatt.html"],
            ["dev10/tessenau-kpa.txt", "dev10/news.jsonl#kn24-77310"],
            ["dev10/tessenau-tagblatt.html", "dev10/news.jsonl#kn24-77310"]]


def files():
    """Input files of this story (the Bote feed and news.jsonl are written by other story modules)."""
    return {
        "tessenau-kpa.txt": (render_txt(KPA), False),
        "tessenau-tagblatt.html": (render_html(TAGBLATT, TAGBLATT_SITE), False),
        "tessenau-courier.html": (render_html(COURIER, COURIER_SITE), False),
        "tessenau-granite.txt": (render_txt(GRANITE), False),
    }
