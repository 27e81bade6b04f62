"""dev18 story 1: a gas explosion in the basement of the apartment building Mühlgasse 14 in Rabenfurt (Lenvarien) early on
Tuesday, 9 November 2032; two residents die that day, a third body is recovered on Wednesday. The tenants' association
Mieterverein Rabenfurt says the landlord Heimbau Lenvarien ignored more than 30 reports of a gas smell since August; Heimbau
denies it and speaks of two reports, both passed to the utility.

A German agency report (LNA, dateline block), its rewrite by the local paper (HTML, with a phone number, the damage and the
mayor), a German tabloid the next morning (omits Heimbau's denial and its counter-figure, a wider hole, "Hunderte
Einsatzkräfte", its own count of complaints) and an English wire report on Wednesday with the third death, a cordoned area
and a recalled explosion of 2024. Invented by the Parallax team: country, city, companies, association, outlets, people and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-rabenfurt-gas-explosion"
EV = "ev-rabenfurt-blast"
STORY = {"id": SID, "label": "Gas explosion in an apartment building in Rabenfurt",
         "events": [{"id": EV, "label": "Gas explodes in the basement of Mühlgasse 14 in Rabenfurt; two dead on Tuesday, a third body found on Wednesday (9–10 November 2032)"}]}

BLAST = "rabenfurt gas explosion"
HOUSE = "mühlgasse 14 apartment building"
HB = "heimbau"
MV = "mieterverein rabenfurt"
TUE = T("2032-11-09", "2032-11-09")
WED = T("2032-11-10", "2032-11-10")
IGNORED = ("heimbau", "ignored", "tenants' reports of a gas smell at mühlgasse 14")
PROBE = ("prosecutors", "investigated", "rabenfurt gas explosion")
REPORTS = "tenants' reports of a gas smell at mühlgasse 14"

GROUPS = [
    {"id": "rb-killed", "story": SID, "status": "compatible",
     "why": "Two dead on Tuesday (LNA, Anzeiger, HAMMER) and a third body recovered on Wednesday (Ashcombe): an earlier and a later figure, both days named."},
    {"id": "rb-injured", "story": SID, "status": "agreed",
     "why": "At least 18 injured (LNA), 19 (Anzeiger, Ashcombe), 'fast 20' (HAMMER): the bound and the estimate allow 19."},
    {"id": "rb-critical", "story": SID, "status": "agreed", "why": "Four of the injured critically (Anzeiger, Ashcombe)."},
    {"id": "rb-rescued", "story": SID, "status": "agreed", "why": "Four people pulled alive from the rubble (LNA, Anzeiger)."},
    {"id": "rb-evacuated", "story": SID, "status": "agreed", "why": "About 140 neighbours evacuated (LNA, Anzeiger, Ashcombe)."},
    {"id": "rb-rescuers", "story": SID, "status": "compatible",
     "why": "About 220 rescuers (LNA, Ashcombe 'some 220'), 'Mehr als 200' (Anzeiger) agree; HAMMER's 'Hunderte Einsatzkräfte' is a looser bound."},
    {"id": "rb-flats", "story": SID, "status": "agreed", "why": "The building had 42 flats (LNA, Anzeiger)."},
    {"id": "rb-hole", "story": SID, "status": "conflicting",
     "why": "A hole about ten metres wide (LNA, Ashcombe 'roughly 10 metres') against HAMMER's 15 metres stated as fact: both cannot be true."},
    {"id": "rb-debris", "story": SID, "status": "single-source", "why": "Only LNA: debris flew up to 80 metres."},
    {"id": "rb-cordon", "story": SID, "status": "single-source", "why": "Only LNA: the police cordoned off the quarter within 200 metres."},
    {"id": "rb-households", "story": SID, "status": "single-source", "why": "Only LNA: gas cut off for 60 households."},
    {"id": "rb-damage", "story": SID, "status": "agreed", "why": "At least twelve million euros of damage, Heimbau's estimate (Anzeiger; Ashcombe with a dollar equivalent)."},
    {"id": "rb-area", "story": SID, "status": "single-source", "why": "Only Ashcombe: about 12 hectares (30 acres) sealed off, one figure in two units."},
    {"id": "rb-ignored", "story": SID, "status": "disputed",
     "why": "The Mieterverein says Heimbau ignored the tenants' reports of a gas smell (LNA hedged, Anzeiger, Ashcombe); HAMMER states it as fact; Heimbau denies it (LNA, Anzeiger, Ashcombe); HAMMER omits the denial."},
    {"id": "rb-reports", "story": SID, "status": "disputed",
     "why": "More than 30 reports by the tenants' account (LNA, Anzeiger, Ashcombe) and more than 40 by HAMMER's information, against Heimbau's counter-figure of two reports in its denial (LNA, Anzeiger, Ashcombe)."},
    {"id": "rb-investigation", "story": SID, "status": "agreed", "why": "Prosecutors investigate the explosion (LNA, Anzeiger, HAMMER, Ashcombe)."},
    {"id": "rb-commander-years", "story": SID, "status": "single-source", "why": "Only the Anzeiger: the incident commander's 30 years of service, in a quotation."},
    {"id": "rb-velsen-2024", "story": SID, "status": "single-source", "why": "Only Ashcombe: a recalled gas explosion in Velsen in 2024 that killed five (another event)."},
]

# ------------------------------------------------------------------ LNA (de agency report, dateline block; Tuesday)

LNA = {
    "input": "dev18/rabenfurt-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lenvarische Nachrichtenagentur", "published": "2032-11-09T11:40:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lenvarische Nachrichtenagentur", "Dienstag, 09.11.2032, 11:40 Uhr", "Rubrik: Panorama"],
    "blocks": [
        H("Gasexplosion in Rabenfurter Wohnhaus – zwei Tote, mindestens 18 Verletzte",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=BLAST, group="rb-killed", time=TUE),
                  Q("mindestens 18 Verletzte", 18, "person", "wounded", "at-least", subject=BLAST, group="rb-injured", time=TUE)]),
        P(S("Eine Gasexplosion hat am frühen Dienstagmorgen ein Wohnhaus in der Rabenfurter Altstadt teilweise zum Einsturz gebracht."),
          S("Zwei Bewohner kamen ums Leben, mindestens 18 Menschen erlitten nach Angaben der Polizei Verletzungen.",
            claims=[Q("Zwei Bewohner", 2, "person", "killed", subject=BLAST, source="police", group="rb-killed", time=TUE),
                    Q("mindestens 18 Menschen", 18, "person", "wounded", "at-least", subject=BLAST, source="police", group="rb-injured", time=TUE)]),
          S("Die Detonation ereignete sich gegen 5.15 Uhr im Keller des Hauses Mühlgasse 14.")),
        P(S("Rettungskräfte zogen vier Menschen lebend aus den Trümmern.",
            claims=[Q("vier Menschen", 4, "person", "rescued", subject=BLAST, group="rb-rescued", time=TUE)]),
          S("Rund 140 Bewohner der Nachbarhäuser mussten ihre Wohnungen verlassen.",
            claims=[Q("Rund 140 Bewohner", 140, "person", "evacuated", "about", subject=BLAST, group="rb-evacuated", time=TUE)]),
          S("Feuerwehr, Rettungsdienst und Technisches Hilfswerk waren mit etwa 220 Einsatzkräften vor Ort.",
            claims=[Q("etwa 220 Einsatzkräften", 220, "person", "deployed", "about", subject=BLAST, group="rb-rescuers", time=TUE)]),
          S("In dem Gebäude aus dem Jahr 1961 lagen 42 Wohnungen.",
            claims=[Q("42 Wohnungen", 42, "flat", None, subject=HOUSE, group="rb-flats", time=None)])),
        P(S("Die Wucht der Explosion riss ein etwa zehn Meter breites Loch in die Fassade.",
            claims=[Q("etwa zehn Meter", 10, "metre", "size", "about", subject="hole in the facade of mühlgasse 14", group="rb-hole", time=TUE)]),
          S("Trümmerteile flogen bis zu 80 Meter weit und zerschlugen Fenster in der ganzen Straße.",
            claims=[Q("bis zu 80 Meter", 80, "metre", "distance", "up-to", subject="debris of the rabenfurt gas explosion", group="rb-debris", time=TUE)]),
          S("Die Polizei riegelte das Viertel im Umkreis von 200 Metern ab.",
            claims=[Q("200 Metern", 200, "metre", "distance", subject="police cordon around mühlgasse 14", group="rb-cordon", time=TUE)]),
          S("Die Stadtwerke Rabenfurt stellten die Gasversorgung für 60 Haushalte vorsorglich ab.",
            claims=[Q("60 Haushalte", 60, "household", "affected", subject="gas supply cut in the rabenfurt old town", group="rb-households", time=TUE)])),
        P(S("Der Mieterverein Rabenfurt erhob schwere Vorwürfe gegen die Vermieterin, die Heimbau Lenvarien AG."),
          S("Mieter hätten seit August mehr als 30 Meldungen über Gasgeruch im Treppenhaus gemacht, die Heimbau habe sie übergangen, sagte die Vereinsvorsitzende Britta Oelschläger.",
            claims=[Q("mehr als 30 Meldungen", 30, "report", None, "more-than", subject=REPORTS, source="britta oelschläger", hedged=True, group="rb-reports", time=None),
                    ST("die Heimbau habe sie übergangen", *IGNORED, "rb-ignored", source="britta oelschläger", hedged=True)]),
          S("Das Unternehmen widersprach: Bei der Hausverwaltung seien lediglich zwei Meldungen eingegangen, beide habe man sofort an die Stadtwerke weitergegeben.",
            claims=[ST("Das Unternehmen widersprach", *IGNORED, "rb-ignored", source=HB, denial=True),
                    Q("lediglich zwei Meldungen", 2, "report", None, subject=REPORTS, source=HB, hedged=True, group="rb-reports", time=None)])),
        P(S("Die Staatsanwaltschaft Rabenfurt leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein.",
            claims=[ST("Die Staatsanwaltschaft Rabenfurt leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein", *PROBE, "rb-investigation")]),
          S("Die Gasleitung im Keller soll am Vortag bei Bauarbeiten im Nachbarhaus beschädigt worden sein."),
          S("Die Stadt öffnete für die Betroffenen eine Notunterkunft in der Lessingschule.")),
    ],
    "post": ["lna/rb/ks 091140 Nov 32", "", "Schlagworte: Unglücke · Rabenfurt · Gas",
             "© LNA Lenvarische Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Dienstag, 09.11.2032, 11:40 Uhr", "Rubrik: Panorama", "lna/rb/ks 091140 Nov 32",
                "Schlagworte: Unglücke · Rabenfurt · Gas", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Rabenfurter Anzeiger (de local paper, HTML; rewrite of LNA)

ANZEIGER_SITE = {
    "nav": ["Start", "Rabenfurt", "Umland", "Lenvarien", "Sport", "Freizeit", "Digitalabo"],
    "cookie": "Diese Seite nutzt Cookies und ähnliche Technologien. Mit „Zustimmen“ erlauben Sie die Verarbeitung zu Werbezwecken.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "09.11.2032 – 17:50",
    "share": "Teilen · 63 Leserkommentare",
    "ad": "Heizungs-Check vom Meisterbetrieb Kranich – jetzt ab 89 Euro, 2 Jahre Garantie",
    "related_title": "Mehr aus Rabenfurt",
    "related": ["Gasgeruch in der Wohnung: Diese 5 Schritte retten Leben", "Altstadtfest 2033: Termin steht fest",
                "Stadtwerke erhöhen Grundpreis um 4 Euro"],
    "footer": "© Rabenfurter Anzeiger 2032 · Impressum · Datenschutz · Leserservice",
    "inline": '<div class="teaser">Auch interessant: Sperrungen in der Altstadt – so kommen Sie durch</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Bild: Rabenfurter Anzeiger/Lea Wittkamp</p>',
}

ANZEIGER = {
    "input": "dev18/rabenfurt-anzeiger.html", "story": SID, "event": EV,
    "publisher": "Rabenfurter Anzeiger", "published": "2032-11-09T17:50:00+01:00",
    "language": "de", "authors": ["Jonas Freiberg"], "sensational": False,
    "blocks": [
        H("Zwei Tote nach Gasexplosion in der Mühlgasse",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=BLAST, group="rb-killed", time=TUE)]),
        P(S("Ein gewaltiger Knall hat am Dienstag kurz nach fünf Uhr die Rabenfurter Altstadt geweckt: Im Keller des Hauses Mühlgasse 14 explodierte Gas, zwei Menschen starben.",
            claims=[Q("zwei Menschen", 2, "person", "killed", subject=BLAST, group="rb-killed", time=TUE)]),
          S("Nach Angaben der Polizei wurden 19 Menschen verletzt, vier von ihnen lebensgefährlich.",
            claims=[Q("19 Menschen", 19, "person", "wounded", subject=BLAST, source="police", group="rb-injured", time=TUE),
                    Q("vier von ihnen", 4, "person", "wounded", subject="critically injured in the rabenfurt gas explosion", source="police", group="rb-critical", time=TUE)]),
          S("Unter den Toten ist eine 81 Jahre alte Frau aus dem Erdgeschoss.")),
        P(S("Vier Verschüttete bargen die Retter lebend aus dem Schutt.",
            claims=[Q("Vier Verschüttete", 4, "person", "rescued", subject=BLAST, group="rb-rescued", time=TUE)]),
          S("Etwa 140 Nachbarn wurden in Sicherheit gebracht und verbrachten den Tag in der Turnhalle der Lessingschule.",
            claims=[Q("Etwa 140 Nachbarn", 140, "person", "evacuated", "about", subject=BLAST, group="rb-evacuated", time=TUE)]),
          S("Mehr als 200 Einsatzkräfte von Feuerwehr, Rettungsdienst und Technischem Hilfswerk arbeiteten bis in den Nachmittag.",
            claims=[Q("Mehr als 200 Einsatzkräfte", 200, "person", "deployed", "more-than", subject=BLAST, group="rb-rescuers", time=TUE)])),
        P(S("Das Haus mit seinen 42 Wohnungen gilt als einsturzgefährdet.",
            claims=[Q("42 Wohnungen", 42, "flat", None, subject=HOUSE, group="rb-flats", time=None)]),
          S("Den Schaden beziffert die Vermieterin Heimbau Lenvarien auf mindestens zwölf Millionen Euro.",
            claims=[Q("mindestens zwölf Millionen Euro", 12000000, "eur", "cost", "at-least", subject="damage of the rabenfurt gas explosion", source=HB, group="rb-damage", time=None)]),
          S("Angehörige erreichen das Bürgertelefon der Stadt unter 0361 / 58 40 22.")),
        P(S("„So etwas habe ich in 30 Dienstjahren nicht gesehen“, sagte Einsatzleiter Ole Brandis.", "quote",
            claims=[Q("30 Dienstjahren", 30, "year", "duration", subject="career of the incident commander ole brandis", source="ole brandis", group="rb-commander-years", time=None)]),
          S("Oberbürgermeister Kai Ruppert versprach den Bewohnern schnelle Hilfe.")),
        P(S("Der Mieterverein wirft der Heimbau vor, mehr als 30 Meldungen über Gasgeruch übergangen zu haben.",
            claims=[ST("wirft der Heimbau vor, mehr als 30 Meldungen über Gasgeruch übergangen zu haben", *IGNORED, "rb-ignored", source=MV),
                    Q("mehr als 30 Meldungen", 30, "report", None, "more-than", subject=REPORTS, source=MV, group="rb-reports", time=None)]),
          S("Das Unternehmen bestreitet das und spricht von zwei Meldungen, die es umgehend weitergeleitet habe.",
            claims=[ST("Das Unternehmen bestreitet das", *IGNORED, "rb-ignored", source=HB, denial=True),
                    Q("zwei Meldungen", 2, "report", None, subject=REPORTS, source=HB, group="rb-reports", time=None)])),
        P(S("Die Staatsanwaltschaft hat die Ermittlungen aufgenommen.",
            claims=[ST("Die Staatsanwaltschaft hat die Ermittlungen aufgenommen", *PROBE, "rb-investigation")]),
          S("Für die Betroffenen sammelt die Stadt Spenden auf einem Sonderkonto der Sparkasse Rabenfurt.")),
    ],
    "removed": ["Diese Seite nutzt Cookies", "09.11.2032 – 17:50", "63 Leserkommentare",
                "Heizungs-Check vom Meisterbetrieb Kranich", "Gasgeruch in der Wohnung: Diese 5 Schritte retten Leben",
                "Altstadtfest 2033: Termin steht fest", "Stadtwerke erhöhen Grundpreis um 4 Euro",
                "Sperrungen in der Altstadt – so kommen Sie durch", "Bild: Rabenfurter Anzeiger/Lea Wittkamp",
                "© Rabenfurter Anzeiger 2032"],
}

# ------------------------------------------------------------------ DER HAMMER (de tabloid, dateline block; Wednesday morning; omits the denial)

HAMMER = {
    "input": "dev18/rabenfurt-hammer.txt", "story": SID, "event": EV,
    "publisher": "DER HAMMER", "published": "2032-11-10T06:15:00+01:00",
    "language": "de", "authors": ["Sascha Pollmann"], "sensational": True,
    "pre": ["DER HAMMER", "Mi., 10.11.2032 | 06:15", "Ein Artikel von Sascha Pollmann"],
    "blocks": [
        H("TODES-KNALL IN DER MÜHLGASSE! Vermieter pfiff auf die Gas-Warnungen",
          claims=[ST("Vermieter pfiff auf die Gas-Warnungen", *IGNORED, "rb-ignored")],
          loaded=[L("TODES-KNALL", "alarmist")]),
        P(S("Was für ein Inferno mitten in Rabenfurt!", "opinion", loaded=[L("Inferno", "alarmist")]),
          S("Zwei Menschen starben am Dienstag unter den Trümmern, fast 20 wurden verletzt.",
            claims=[Q("Zwei Menschen", 2, "person", "killed", subject=BLAST, group="rb-killed", time=TUE),
                    Q("fast 20", 20, "person", "wounded", "about", subject=BLAST, group="rb-injured", time=TUE)]),
          S("Die Druckwelle riss ein 15 Meter breites Loch in die Hauswand.",
            claims=[Q("15 Meter", 15, "metre", "size", subject="hole in the facade of mühlgasse 14", group="rb-hole", time=TUE)])),
        P(S("Rentner Horst K. (77) wohnt gegenüber."),
          S("Er erzählt HAMMER: „Es klang wie eine Bombe, danach lag überall Glas.“", "quote"),
          S("Hunderte Einsatzkräfte gruben bis zum Nachmittag in den Trümmern.",
            claims=[Q("Hunderte Einsatzkräfte", 200, "person", "deployed", "at-least", subject=BLAST, group="rb-rescuers", time=TUE)])),
        P(S("Und das Schlimmste: Diese Katastrophe war angekündigt!", "opinion", loaded=[L("Katastrophe", "alarmist")]),
          S("Seit dem Sommer hatten Mieter immer wieder Gasgeruch gemeldet, doch die Heimbau schickte keinen Techniker.",
            claims=[ST("doch die Heimbau schickte keinen Techniker", *IGNORED, "rb-ignored")]),
          S("Nach HAMMER-Informationen landeten mehr als 40 Beschwerden bei der Hausverwaltung.",
            claims=[Q("mehr als 40 Beschwerden", 40, "complaint", None, "more-than", subject=REPORTS, source="hammer", group="rb-reports", time=None)]),
          S("Die Heimbau nennt die Explosion einen „technischen Defekt“.", loaded=[L("„technischen Defekt“", "euphemism", "distancing")])),
        P(S("Hat der Konzern bei der Wartung gespart, bis es knallte?", "opinion"),
          S("Diese Miethaie kassieren jeden Monat ab und lassen ihre Mieter im Stich!", "opinion", loaded=[L("Miethaie", "demonising")]),
          S("Die Staatsanwaltschaft ermittelt inzwischen.",
            claims=[ST("Die Staatsanwaltschaft ermittelt inzwischen", *PROBE, "rb-investigation")]),
          S("HAMMER fordert: Alle alten Gasleitungen der Heimbau gehören sofort auf den Prüfstand!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- Gewinnspiel: 3 x 500 Euro Einkaufsgutschein", "- HAMMER PLUS: 4 Wochen gratis testen",
             "", "#Gasexplosion #Rabenfurt #Mühlgasse"],
    "removed": ["Mi., 10.11.2032 | 06:15", "Ein Artikel von Sascha Pollmann", "Mehr zum Thema:",
                "Gewinnspiel: 3 x 500 Euro Einkaufsgutschein", "HAMMER PLUS: 4 Wochen gratis testen", "#Gasexplosion #Rabenfurt #Mühlgasse"],
}

# ------------------------------------------------------------------ Ashcombe Wire (en wire, dateline block; Wednesday)

ASHCOMBE = {
    "input": "dev18/rabenfurt-ashcombe.txt", "story": SID, "event": EV,
    "publisher": "Ashcombe Wire", "published": "2032-11-10T15:20:00+01:00",
    "language": "en", "authors": ["Maeve Gallagher"], "sensational": False,
    "pre": ["ASHCOMBE WIRE", "10 Nov 2032, 15:20 CET", "By Maeve Gallagher"],
    "blocks": [
        H("Third body found after Lenvarian apartment blast; landlord rejects tenants' claims",
          claims=[Q("Third body found", 3, "person", "killed", subject=BLAST, group="rb-killed", time=WED),
                  ST("landlord rejects tenants' claims", *IGNORED, "rb-ignored", source=HB, denial=True)]),
        P(S("Rescuers recovered a third body on Wednesday from the rubble of an apartment building in the Lenvarian city of Rabenfurt, a day after a gas explosion tore through its basement, police said.",
            claims=[Q("a third body", 3, "person", "killed", subject=BLAST, source="police", group="rb-killed", time=WED)]),
          S("Nineteen people were hurt, four of them critically.",
            claims=[Q("Nineteen people", 19, "person", "wounded", subject=BLAST, group="rb-injured", time=TUE),
                    Q("four of them", 4, "person", "wounded", subject="critically injured in the rabenfurt gas explosion", group="rb-critical", time=TUE)])),
        P(S("The blast tore a hole roughly 10 metres wide in the front of the building.",
            claims=[Q("roughly 10 metres", 10, "metre", "size", "about", subject="hole in the facade of mühlgasse 14", group="rb-hole", time=TUE)]),
          S("Police sealed off about 12 hectares (30 acres) of the old town, and some 140 neighbours were evacuated.",
            claims=[Q("about 12 hectares", 12, "hectare", None, "about", subject="area sealed off in the rabenfurt old town", source="police", group="rb-area", time=TUE),
                    Q("30 acres", 30, "acre", None, "about", subject="area sealed off in the rabenfurt old town", source="police", group="rb-area", time=TUE),
                    Q("some 140 neighbours", 140, "person", "evacuated", "about", subject=BLAST, group="rb-evacuated", time=TUE)]),
          S("Some 220 firefighters and rescue workers were deployed.",
            claims=[Q("Some 220 firefighters and rescue workers", 220, "person", "deployed", "about", subject=BLAST, group="rb-rescuers", time=TUE)])),
        P(S("The tenants' association Mieterverein Rabenfurt said residents had reported a smell of gas more than 30 times since August, and accused the landlord, Heimbau Lenvarien, of ignoring them.",
            claims=[Q("more than 30 times", 30, None, None, "more-than", subject=REPORTS, source=MV, group="rb-reports", time=None),
                    ST("accused the landlord, Heimbau Lenvarien, of ignoring them", *IGNORED, "rb-ignored", source=MV)]),
          S("“They left their tenants sitting on a ticking time bomb,” the association's chair, Britta Oelschläger, said.", "quote",
            loaded=[L("ticking time bomb", "alarmist", "reported")]),
          S("Heimbau denied this, saying it had received only two reports and had passed both to the municipal gas utility at once.",
            claims=[ST("Heimbau denied this", *IGNORED, "rb-ignored", source=HB, denial=True),
                    Q("only two reports", 2, "report", None, subject=REPORTS, source=HB, group="rb-reports", time=None)])),
        P(S("The company put the damage at no less than €12 million ($13 million).",
            claims=[Q("no less than €12 million", 12000000, "eur", "cost", "at-least", subject="damage of the rabenfurt gas explosion", source=HB, group="rb-damage", time=None),
                    Q("$13 million", 13000000, "usd", "cost", "at-least", subject="damage of the rabenfurt gas explosion", source=HB, group="rb-damage", time=None)]),
          S("Prosecutors are investigating possible negligent manslaughter.",
            claims=[ST("Prosecutors are investigating possible negligent manslaughter", *PROBE, "rb-investigation")]),
          S("A building crew next door had reportedly damaged a gas pipe on Monday.")),
        P(S("In 2024, an explosion in a block of flats in the port city of Velsen killed five people.",
            claims=[Q("killed five people", 5, "person", "killed", subject="velsen gas explosion of 2024", group="rb-velsen-2024", time=T("2024-01-01", "2024-12-31"))]),
          S("Lenvaria tightened its rules for gas installations in rented housing after that disaster.")),
    ],
    "post": ["(Reporting by Maeve Gallagher; editing by Tom Ashdown)", "", "© 2032 Ashcombe Wire. All rights reserved."],
    "removed": ["10 Nov 2032, 15:20 CET", "By Maeve Gallagher", "(Reporting by Maeve Gallagher; editing by Tom Ashdown)",
                "© 2032 Ashcombe Wire"],
}

ARTICLES = [LNA, ANZEIGER, HAMMER, ASHCOMBE]

REWRITES = [["dev18/rabenfurt-lna.txt", "dev18/rabenfurt-anzeiger.html"]]


def files():
    return {
        "rabenfurt-lna.txt": (render_txt(LNA), False),
        "rabenfurt-anzeiger.html": (render_html(ANZEIGER, ANZEIGER_SITE), False),
        "rabenfurt-hammer.txt": (render_txt(HAMMER), False),
        "rabenfurt-ashcombe.txt": (render_txt(ASHCOMBE), False),
    }
