"""dev19 story 1 (two events): a gondola cabin of the Stellwandbahn near Stellwand (Brevonien) falls from the haul rope on
Saturday, 17 February 2035; four of the eight people aboard die, about 250 passengers are brought down from the other
cabins. The cable-car workers' union GVS says the operator Stellwand Seilbahnen postponed the rope inspection due in
November; the operator denies it. Five days later (event 2) a fifth victim dies, the investigators' interim report finds
a grip clamp a third below its required force, prosecutors search the operator's offices.

A German agency report (bpd, dateline block), its rewrite by the local paper (HTML), a German tabloid the next morning
(omits the operator's denial, a higher fall, "Hunderte"), an English wire report on Saturday evening, the agency's
follow-up on Thursday and an English broadcaster's Atom entry on Friday. Invented by the Parallax team: country, resort,
operator, union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-stellwand-gondola"
EV1 = "ev-stellwand-fall"
EV2 = "ev-stellwand-followup"
STORY = {"id": SID, "label": "Gondola cabin falls from the Stellwandbahn in Brevonien",
         "events": [{"id": EV1, "label": "A gondola cabin of the Stellwandbahn falls about 40 metres; four dead, passengers brought down from the other cabins (17–18 February 2035)"},
                    {"id": EV2, "label": "A fifth victim dies; the interim report finds a weak grip clamp and prosecutors search the operator (22–23 February 2035)"}]}

CRASH = "stellwandbahn gondola fall"
OP = "stellwand seilbahnen"
GVS = "gvs"
SAT = T("2035-02-17", "2035-02-17")
THU = T("2035-02-22", "2035-02-22")
POSTPONED = ("stellwand seilbahnen", "postponed", "rope inspection of the stellwandbahn due in november 2034")
PROBE = ("prosecutors", "investigated", "stellwandbahn gondola fall")
SEARCH = ("prosecutors", "searched", "offices of stellwand seilbahnen")
CLOSED = ("stellwand seilbahnen", "closed", "stellwandbahn")
GAP = "time since the last rope inspection of the stellwandbahn"

GROUPS = [
    {"id": "sw-killed", "story": SID, "status": "compatible",
     "why": "Four dead on Saturday (bpd, Tagblatt, STADTBLITZ, Northgate) and five after an injured woman died on Thursday (bpd follow-up, Harwick): an earlier and a later figure."},
    {"id": "sw-injured", "story": SID, "status": "agreed", "why": "Four people aboard seriously injured on Saturday (bpd, Tagblatt, Northgate)."},
    {"id": "sw-aboard", "story": SID, "status": "agreed", "why": "Eight people were in the cabin (bpd, Tagblatt, STADTBLITZ, Northgate)."},
    {"id": "sw-capacity", "story": SID, "status": "agreed", "why": "The cabin is built for ten people (bpd, Northgate)."},
    {"id": "sw-height", "story": SID, "status": "conflicting",
     "why": "A fall of about 40 metres (bpd, Tagblatt, Northgate) against STADTBLITZ's 55 metres stated as fact: both cannot be true."},
    {"id": "sw-evacuated", "story": SID, "status": "compatible",
     "why": "162 lowered on ropes and 86 more brought down by the emergency drive (bpd, Tagblatt) make Northgate's 248; 'rund 250' (bpd headline) agrees; STADTBLITZ's 'Hunderte' is a looser bound."},
    {"id": "sw-wait", "story": SID, "status": "agreed", "why": "Passengers waited up to five hours (bpd, Northgate)."},
    {"id": "sw-rescuers", "story": SID, "status": "agreed", "why": "More than 120 rescuers (bpd, Tagblatt 'über 120', Northgate)."},
    {"id": "sw-helicopters", "story": SID, "status": "agreed", "why": "Three helicopters (bpd, Northgate)."},
    {"id": "sw-length", "story": SID, "status": "agreed", "why": "The line is 2.4 kilometres long (Tagblatt; Northgate with 1.5 miles)."},
    {"id": "sw-build-cost", "story": SID, "status": "agreed", "why": "Built for 28 million euros (Tagblatt; Northgate with a dollar equivalent)."},
    {"id": "sw-postponed", "story": SID, "status": "disputed",
     "why": "The GVS says the operator postponed the rope inspection due in November (bpd hedged, Tagblatt, Northgate, bpd follow-up, Harwick); STADTBLITZ states it as fact; the operator denies it (bpd, Tagblatt, Northgate, bpd follow-up, Harwick); STADTBLITZ omits the denial."},
    {"id": "sw-inspection-gap", "story": SID, "status": "disputed",
     "why": "More than 14 months without a rope test by the union's account (bpd, Tagblatt, Northgate; STADTBLITZ as fact) against the operator's counter-figure in its denial, eleven weeks (bpd, Tagblatt, Northgate)."},
    {"id": "sw-closed", "story": SID, "status": "agreed", "why": "The operator closed the line (bpd, Tagblatt, bpd follow-up, Harwick)."},
    {"id": "sw-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate (bpd, STADTBLITZ, Northgate, bpd follow-up, Harwick)."},
    {"id": "sw-clamp", "story": SID, "status": "agreed",
     "why": "The grip clamp held with nearly a third less force than required (bpd follow-up 'knapp ein Drittel', Harwick 'about 32 percent'), the BSU's finding."},
    {"id": "sw-icu", "story": SID, "status": "agreed", "why": "Three injured still in intensive care on Thursday (bpd follow-up, Harwick)."},
    {"id": "sw-search", "story": SID, "status": "agreed", "why": "Prosecutors searched the operator's offices (bpd follow-up, Harwick)."},
    {"id": "sw-loss", "story": SID, "status": "agreed", "why": "Up to 1.8 million euros of lost takings a week (bpd follow-up, the operator's figure; Harwick as hearsay)."},
    {"id": "sw-clamp-model", "story": SID, "status": "single-source", "why": "Only Harwick: no fewer than 14 Brevonian cable cars use the same clamp model, by the BSU."},
    {"id": "sw-season-share", "story": SID, "status": "single-source", "why": "Only Harwick: the line carries about two fifths of the resort's winter guests."},
]

# ------------------------------------------------------------------ bpd (de agency report, dateline block; Saturday)

BPD = {
    "input": "dev19/stellwand-bpd.txt", "story": SID, "event": EV1,
    "publisher": "bpd Brevonischer Pressedienst", "published": "2035-02-17T15:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["bpd Brevonischer Pressedienst", "Sa 17.02.2035 – 15:20", "Ressort: Vermischtes"],
    "blocks": [
        H("Gondel stürzt an der Stellwandbahn ab – vier Tote, rund 250 Fahrgäste aus Kabinen geholt",
          claims=[Q("vier Tote", 4, "person", "killed", subject=CRASH, group="sw-killed", time=SAT),
                  Q("rund 250 Fahrgäste", 250, "passenger", "evacuated", "about", subject=CRASH, group="sw-evacuated", time=SAT)]),
        P(S("STELLWAND (bpd) – Am Skigebiet Stellwand ist am Samstagvormittag eine Kabine der Stellwandbahn vom Zugseil gerissen und rund 40 Meter tief in eine Rinne gestürzt.",
            claims=[Q("rund 40 Meter", 40, "metre", "distance", "about", subject="fall of the stellwandbahn cabin", group="sw-height", time=SAT)]),
          S("Nach Angaben der Polizei saßen acht Menschen in der für zehn Personen zugelassenen Gondel.",
            claims=[Q("acht Menschen", 8, "person", None, subject="people aboard the fallen cabin", source="police", group="sw-aboard", time=SAT),
                    Q("zehn Personen", 10, "person", "size", subject="capacity of a stellwandbahn cabin", source="police", group="sw-capacity", time=None)]),
          S("Vier von ihnen starben noch an der Unglücksstelle, die vier anderen wurden schwer verletzt in Kliniken geflogen.",
            claims=[Q("Vier von ihnen", 4, "person", "killed", subject=CRASH, source="police", group="sw-killed", time=SAT),
                    Q("die vier anderen", 4, "person", "wounded", subject=CRASH, source="police", group="sw-injured", time=SAT)])),
        P(S("In den übrigen Kabinen hingen die Fahrgäste bis zu fünf Stunden fest.",
            claims=[Q("bis zu fünf Stunden", 5, "hour", "duration", "up-to", subject="wait of the stranded stellwandbahn passengers", group="sw-wait", time=SAT)]),
          S("Bergretter seilten 162 von ihnen ab, weitere 86 brachte die Notbahn ins Tal.",
            claims=[Q("162 von ihnen", 162, "passenger", "evacuated", subject=CRASH, group="sw-evacuated", time=SAT),
                    Q("weitere 86", 86, "passenger", "evacuated", subject=CRASH, group="sw-evacuated", time=SAT)]),
          S("Mehr als 120 Einsatzkräfte und drei Hubschrauber waren im Einsatz.",
            claims=[Q("Mehr als 120 Einsatzkräfte", 120, "person", "deployed", "more-than", subject=CRASH, group="sw-rescuers", time=SAT),
                    Q("drei Hubschrauber", 3, "aircraft", "deployed", subject=CRASH, group="sw-helicopters", time=SAT)])),
        P(S("Die Gewerkschaft Verkehr und Seilbahnen (GVS) erhebt Vorwürfe gegen die Betreiberin Stellwand Seilbahnen AG."),
          S("Die im November fällige Prüfung des Zugseils sei aus Kostengründen verschoben worden, das Seil sei seit mehr als 14 Monaten nicht mehr magnetisch untersucht worden, sagte GVS-Sekretär Markus Oberleitner.",
            claims=[ST("Die im November fällige Prüfung des Zugseils sei aus Kostengründen verschoben worden", *POSTPONED, "sw-postponed", source="markus oberleitner", hedged=True),
                    Q("seit mehr als 14 Monaten", 14, "month", "duration", "more-than", subject=GAP, source="markus oberleitner", hedged=True, group="sw-inspection-gap", time=None)]),
          S("Die Betreiberin weist das zurück: Seit der letzten Seilprüfung seien erst elf Wochen vergangen.",
            claims=[ST("Die Betreiberin weist das zurück", *POSTPONED, "sw-postponed", source=OP, denial=True),
                    Q("elf Wochen", 11, "week", "duration", subject=GAP, source=OP, hedged=True, group="sw-inspection-gap", time=None)])),
        P(S("Die Bahn bleibt bis auf Weiteres geschlossen.",
            claims=[ST("Die Bahn bleibt bis auf Weiteres geschlossen", *CLOSED, "sw-closed")]),
          S("Die Staatsanwaltschaft Gransbrunn hat Ermittlungen wegen fahrlässiger Tötung aufgenommen.",
            claims=[ST("Die Staatsanwaltschaft Gransbrunn hat Ermittlungen wegen fahrlässiger Tötung aufgenommen", *PROBE, "sw-probe")])),
    ],
    "post": ["bpd ol/vm 171520 Feb 35", "", "Themen: Unglücke · Stellwand · Seilbahnen",
             "© bpd Brevonischer Pressedienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Sa 17.02.2035 – 15:20", "Ressort: Vermischtes", "bpd ol/vm 171520 Feb 35",
                "Themen: Unglücke · Stellwand · Seilbahnen", "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Stellwander Tagblatt (de local paper, HTML; rewrite of bpd)

TAGBLATT_SITE = {
    "nav": ["Startseite", "Stellwand", "Gransbrunn", "Brevonien", "Wintersport", "Immobilien", "E-Paper"],
    "cookie": "Wir und unsere 142 Partner speichern Cookies. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "17.02.2035, 19:05 Uhr",
    "share": "Artikel teilen · 88 Kommentare",
    "ad": "Skiverleih Haderer: Tourenski-Set 3 Tage ab 79 Euro",
    "related_title": "Weitere Meldungen aus der Region",
    "related": ["Lawinenwarnstufe 3 am Wochenende", "Stellwand: Neue Loipe am Hirschkar eröffnet",
                "Gemeinderat beschließt 2 neue Parkhäuser"],
    "footer": "© Stellwander Tagblatt 2035 · Impressum · Datenschutz · Abo-Service",
    "inline": '<div class="teaser">Lesen Sie auch: Wie sicher sind Brevoniens Seilbahnen? (Plus)</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Stellwander Tagblatt/Vera Lindlacher</p>',
}

TAGBLATT = {
    "input": "dev19/stellwand-tagblatt.html", "story": SID, "event": EV1,
    "publisher": "Stellwander Tagblatt", "published": "2035-02-17T19:05:00+01:00",
    "language": "de", "authors": ["Florian Asböck"], "sensational": False,
    "blocks": [
        H("Gondelabsturz an der Stellwandbahn: Vier Menschen sterben",
          claims=[Q("Vier Menschen", 4, "person", "killed", subject=CRASH, group="sw-killed", time=SAT)]),
        P(S("Am Samstag gegen 10.40 Uhr hat sich eine Kabine der Stellwandbahn vom Seil gelöst und ist etwa 40 Meter in die Tiefe gestürzt.",
            claims=[Q("etwa 40 Meter", 40, "metre", "distance", "about", subject="fall of the stellwandbahn cabin", group="sw-height", time=SAT)]),
          S("In der Kabine saßen acht Menschen, vier kamen ums Leben, vier überlebten schwer verletzt.",
            claims=[Q("acht Menschen", 8, "person", None, subject="people aboard the fallen cabin", group="sw-aboard", time=SAT),
                    Q("vier kamen ums Leben", 4, "person", "killed", subject=CRASH, group="sw-killed", time=SAT),
                    Q("vier überlebten schwer verletzt", 4, "person", "wounded", subject=CRASH, group="sw-injured", time=SAT)]),
          S("Unter den Toten ist nach Angaben der Polizei ein zwölfjähriges Kind aus Gransbrunn.")),
        P(S("Die Bergrettung seilte 162 Fahrgäste aus den stehengebliebenen Gondeln ab, 86 weitere kamen mit der Notbahn ins Tal.",
            claims=[Q("162 Fahrgäste", 162, "passenger", "evacuated", subject=CRASH, group="sw-evacuated", time=SAT),
                    Q("86 weitere", 86, "passenger", "evacuated", subject=CRASH, group="sw-evacuated", time=SAT)]),
          S("Über 120 Helfer waren am Berg.",
            claims=[Q("Über 120 Helfer", 120, "person", "deployed", "more-than", subject=CRASH, group="sw-rescuers", time=SAT)])),
        P(S("Die 2,4 Kilometer lange Bahn war 2019 für 28 Millionen Euro gebaut worden.",
            claims=[Q("2,4 Kilometer", 2.4, "kilometre", "size", subject="stellwandbahn line", group="sw-length", time=None),
                    Q("28 Millionen Euro", 28000000, "eur", "cost", subject="construction of the stellwandbahn", group="sw-build-cost", time=None)]),
          S("Die Betreiberin hat sie bis auf Weiteres geschlossen.",
            claims=[ST("Die Betreiberin hat sie bis auf Weiteres geschlossen", *CLOSED, "sw-closed")]),
          S("Der Rettungsdienst richtete an der Talstation einen Treffpunkt für Angehörige ein.")),
        P(S("Die Gewerkschaft GVS wirft der Stellwand Seilbahnen AG vor, die fällige Seilprüfung im November verschoben zu haben.",
            claims=[ST("wirft der Stellwand Seilbahnen AG vor, die fällige Seilprüfung im November verschoben zu haben", *POSTPONED, "sw-postponed", source=GVS)]),
          S("Das Seil sei mehr als 14 Monate nicht geprüft worden.",
            claims=[Q("mehr als 14 Monate", 14, "month", "duration", "more-than", subject=GAP, source=GVS, hedged=True, group="sw-inspection-gap", time=None)]),
          S("Die Betreiberin bestreitet das und spricht von elf Wochen seit der letzten Prüfung.",
            claims=[ST("Die Betreiberin bestreitet das", *POSTPONED, "sw-postponed", source=OP, denial=True),
                    Q("elf Wochen seit der letzten Prüfung", 11, "week", "duration", subject=GAP, source=OP, group="sw-inspection-gap", time=None)])),
        P(S("„Wir sind fassungslos und denken an die Familien“, sagte Bürgermeisterin Regina Strohmaier.", "quote")),
    ],
    "removed": ["Wir und unsere 142 Partner speichern Cookies", "17.02.2035, 19:05 Uhr", "88 Kommentare",
                "Tourenski-Set 3 Tage ab 79 Euro", "Lawinenwarnstufe 3 am Wochenende", "Neue Loipe am Hirschkar eröffnet",
                "Gemeinderat beschließt 2 neue Parkhäuser", "Wie sicher sind Brevoniens Seilbahnen?",
                "Foto: Stellwander Tagblatt/Vera Lindlacher", "© Stellwander Tagblatt 2035"],
}

# ------------------------------------------------------------------ STADTBLITZ (de tabloid, dateline block; Sunday morning; omits the denial)

BLITZ = {
    "input": "dev19/stellwand-stadtblitz.txt", "story": SID, "event": EV1,
    "publisher": "STADTBLITZ", "published": "2035-02-18T06:30:00+01:00",
    "language": "de", "authors": ["Ronny Gaßner"], "sensational": True,
    "pre": ["STADTBLITZ", "So., 18.02.2035 · 06:30 Uhr", "Von Ronny Gaßner"],
    "blocks": [
        H("HORROR-ABSTURZ AM STELLWAND! Die Todesgondel hätte nie fahren dürfen",
          loaded=[L("HORROR-ABSTURZ", "alarmist"), L("Todesgondel", "alarmist")]),
        P(S("Ein Skitag wird zum Albtraum!", "opinion"),
          S("55 Meter stürzte die Kabine mit acht Menschen am Samstag in die Tiefe, vier von ihnen waren sofort tot.",
            claims=[Q("55 Meter", 55, "metre", "distance", subject="fall of the stellwandbahn cabin", group="sw-height", time=SAT),
                    Q("acht Menschen", 8, "person", None, subject="people aboard the fallen cabin", group="sw-aboard", time=SAT),
                    Q("vier von ihnen", 4, "person", "killed", subject=CRASH, group="sw-killed", time=SAT)]),
          S("Hunderte Skifahrer hingen stundenlang über dem Abgrund.",
            claims=[Q("Hunderte Skifahrer", 200, "person", "affected", "at-least", subject=CRASH, group="sw-evacuated", time=SAT)])),
        P(S("Skilehrerin Anja P. (31) saß in der Gondel dahinter."),
          S("Sie sagt STADTBLITZ: „Ich habe nur einen Schlag gehört, dann war die Kabine vor uns weg.“", "quote")),
        P(S("Und jetzt kommt heraus: Die Stellwand Seilbahnen AG hat die Seilprüfung im November einfach verschoben!",
            claims=[ST("Die Stellwand Seilbahnen AG hat die Seilprüfung im November einfach verschoben", *POSTPONED, "sw-postponed")]),
          S("Mehr als 14 Monate lang hat niemand das Seil kontrolliert.",
            claims=[Q("Mehr als 14 Monate", 14, "month", "duration", "more-than", subject=GAP, group="sw-inspection-gap", time=None)]),
          S("Der Vorstand spricht von einem „tragischen Unglück“.", loaded=[L("„tragischen Unglück“", "euphemism", "distancing")])),
        P(S("Wie viele Menschen müssen noch sterben, bis die Profitgeier in den Chefetagen aufwachen?", "opinion", loaded=[L("Profitgeier", "demonising")]),
          S("Die Staatsanwaltschaft ermittelt.",
            claims=[ST("Die Staatsanwaltschaft ermittelt", *PROBE, "sw-probe")]),
          S("STADTBLITZ fordert: Alle Bahnen der Betreiberin müssen sofort stillstehen!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- STADTBLITZ-Reiseschnäppchen: 7 Tage Skiurlaub ab 399 Euro", "- Jetzt BLITZ+ 1 Monat für 0,99 Euro",
             "", "#Stellwand #Gondel #Seilbahn"],
    "removed": ["So., 18.02.2035 · 06:30 Uhr", "Von Ronny Gaßner", "Mehr zum Thema:",
                "7 Tage Skiurlaub ab 399 Euro", "BLITZ+ 1 Monat für 0,99 Euro", "#Stellwand #Gondel #Seilbahn"],
}

# ------------------------------------------------------------------ Northgate Wire (en wire, dateline block; Saturday evening)

NORTHGATE = {
    "input": "dev19/stellwand-northgate.txt", "story": SID, "event": EV1,
    "publisher": "Northgate Wire", "published": "2035-02-17T20:40:00+01:00",
    "language": "en", "authors": ["Hannah Pryor"], "sensational": False,
    "pre": ["NORTHGATE WIRE", "Feb 17, 2035 · 20:40 CET", "By Hannah Pryor"],
    "blocks": [
        H("Four killed as gondola cabin plunges from Brevonian ski lift",
          claims=[Q("Four killed", 4, "person", "killed", subject=CRASH, group="sw-killed", time=SAT)]),
        P(S("STELLWAND, Brevonia – A gondola cabin carrying eight people came off the haul rope of the Stellwandbahn cable car on Saturday and fell about 40 metres into a gully, killing four of them, police said.",
            claims=[Q("eight people", 8, "person", None, subject="people aboard the fallen cabin", source="police", group="sw-aboard", time=SAT),
                    Q("about 40 metres", 40, "metre", "distance", "about", subject="fall of the stellwandbahn cabin", source="police", group="sw-height", time=SAT),
                    Q("killing four of them", 4, "person", "killed", subject=CRASH, source="police", group="sw-killed", time=SAT)]),
          S("The other four were critically injured.",
            claims=[Q("The other four", 4, "person", "wounded", subject=CRASH, group="sw-injured", time=SAT)])),
        P(S("Rescuers brought 248 passengers down from the other cabins of the 2.4-kilometre (1.5-mile) line, some after waiting up to five hours.",
            claims=[Q("248 passengers", 248, "passenger", "evacuated", subject=CRASH, group="sw-evacuated", time=SAT),
                    Q("2.4-kilometre", 2.4, "kilometre", "size", subject="stellwandbahn line", group="sw-length", time=None),
                    Q("1.5-mile", 1.5, "mile", "size", subject="stellwandbahn line", group="sw-length", time=None),
                    Q("up to five hours", 5, "hour", "duration", "up-to", subject="wait of the stranded stellwandbahn passengers", group="sw-wait", time=SAT)]),
          S("More than 120 rescuers and three helicopters took part.",
            claims=[Q("More than 120 rescuers", 120, "person", "deployed", "more-than", subject=CRASH, group="sw-rescuers", time=SAT),
                    Q("three helicopters", 3, "aircraft", "deployed", subject=CRASH, group="sw-helicopters", time=SAT)]),
          S("The ten-person cabins have run since 2019 on a line that cost €28 million ($31 million) to build.",
            claims=[Q("ten-person", 10, "person", "size", subject="capacity of a stellwandbahn cabin", group="sw-capacity", time=None),
                    Q("€28 million", 28000000, "eur", "cost", subject="construction of the stellwandbahn", group="sw-build-cost", time=None),
                    Q("$31 million", 31000000, "usd", "cost", subject="construction of the stellwandbahn", group="sw-build-cost", time=None)])),
        P(S("The cable car workers' union GVS said the operator, Stellwand Seilbahnen, had put off a rope inspection due in November, leaving the rope untested for more than 14 months.",
            claims=[ST("the operator, Stellwand Seilbahnen, had put off a rope inspection due in November", *POSTPONED, "sw-postponed", source=GVS),
                    Q("more than 14 months", 14, "month", "duration", "more-than", subject=GAP, source=GVS, group="sw-inspection-gap", time=None)]),
          S("The company rejected the claim, saying only 11 weeks had passed since the rope was last tested.",
            claims=[ST("The company rejected the claim", *POSTPONED, "sw-postponed", source=OP, denial=True),
                    Q("11 weeks", 11, "week", "duration", subject=GAP, source=OP, group="sw-inspection-gap", time=None)]),
          S("Prosecutors have opened an investigation.",
            claims=[ST("Prosecutors have opened an investigation", *PROBE, "sw-probe")])),
    ],
    "post": ["(Reporting by Hannah Pryor; editing by Colm Deverell)", "", "© 2035 Northgate Wire. All rights reserved."],
    "removed": ["Feb 17, 2035 · 20:40 CET", "By Hannah Pryor", "(Reporting by Hannah Pryor; editing by Colm Deverell)",
                "© 2035 Northgate Wire"],
}

# ------------------------------------------------------------------ bpd follow-up (de agency report; Thursday)

BPD2 = {
    "input": "dev19/stellwand-bpd-folgebericht.txt", "story": SID, "event": EV2,
    "publisher": "bpd Brevonischer Pressedienst", "published": "2035-02-22T13:10:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["bpd Brevonischer Pressedienst", "Do 22.02.2035 – 13:10", "Ressort: Vermischtes"],
    "blocks": [
        H("Stellwandbahn: Fünftes Todesopfer – Ermittler durchsuchen Betreiberin",
          claims=[ST("Ermittler durchsuchen Betreiberin", *SEARCH, "sw-search")]),
        P(S("GRANSBRUNN (bpd) – Nach dem Absturz einer Gondel der Stellwandbahn am vergangenen Samstag ist eine weitere Insassin im Krankenhaus gestorben."),
          S("Damit stieg die Zahl der Toten auf fünf.",
            claims=[Q("auf fünf", 5, "person", "killed", subject=CRASH, group="sw-killed", time=THU)]),
          S("Drei Verletzte liegen weiter auf der Intensivstation, wie die Klinik Gransbrunn mitteilte.",
            claims=[Q("Drei Verletzte", 3, "person", "wounded", subject="stellwandbahn injured in intensive care", source="gransbrunn hospital", group="sw-icu", time=THU)])),
        P(S("Die Brevonische Sicherheitsuntersuchungsstelle (BSU) legte am Donnerstag einen Zwischenbericht vor."),
          S("Demnach hielt die Seilklemme der Kabine das Zugseil mit knapp einem Drittel weniger Kraft fest als vorgeschrieben.",
            claims=[Q("knapp einem Drittel", 33.3, "percent", "decrease", "about", subject="clamping force of the fallen cabin's grip", source="bsu", group="sw-clamp", time=None)]),
          S("Beamte der Staatsanwaltschaft durchsuchten am Mittwoch die Verwaltung der Stellwand Seilbahnen AG.",
            claims=[ST("Beamte der Staatsanwaltschaft durchsuchten am Mittwoch die Verwaltung der Stellwand Seilbahnen AG", *SEARCH, "sw-search")]),
          S("Ermittelt wird gegen den Technischen Leiter.",
            claims=[ST("Ermittelt wird gegen den Technischen Leiter", *PROBE, "sw-probe")])),
        P(S("Die GVS bekräftigte ihren Vorwurf, die Betreiberin habe die Seilprüfung verschleppt.",
            claims=[ST("die Betreiberin habe die Seilprüfung verschleppt", *POSTPONED, "sw-postponed", source=GVS, hedged=True)]),
          S("Das Unternehmen widersprach erneut und verwies auf das Prüfprotokoll vom Dezember.",
            claims=[ST("Das Unternehmen widersprach erneut", *POSTPONED, "sw-postponed", source=OP, denial=True)])),
        P(S("Die Bahn bleibt geschlossen.",
            claims=[ST("Die Bahn bleibt geschlossen", *CLOSED, "sw-closed")]),
          S("Den Einnahmeausfall beziffert die Betreiberin auf bis zu 1,8 Millionen Euro pro Woche.",
            claims=[Q("bis zu 1,8 Millionen Euro", 1800000, "eur", "cost", "up-to", subject="weekly lost takings of stellwand seilbahnen", source=OP, group="sw-loss", time=None)])),
    ],
    "post": ["bpd ol/vm 221310 Feb 35", "", "Themen: Unglücke · Stellwand · Justiz",
             "© bpd Brevonischer Pressedienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Do 22.02.2035 – 13:10", "bpd ol/vm 221310 Feb 35", "Themen: Unglücke · Stellwand · Justiz",
                "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Harwick Broadcasting (en broadcaster, Atom entry; Friday)

HARWICK = {
    "input": "dev19/harwick.atom#tag:harwick.example,2035:world/stellwand-4471", "story": SID, "event": EV2,
    "publisher": "Harwick Broadcasting", "published": "2035-02-23T08:15:00+01:00",
    "language": "en", "authors": ["Owen Castell"], "sensational": False,
    "blocks": [
        H("Brevonian gondola death toll rises to five as report points to faulty clamp",
          claims=[Q("rises to five", 5, "person", "killed", subject=CRASH, group="sw-killed", time=THU)]),
        P(S("A woman injured when a gondola cabin fell from the Stellwandbahn cable car last Saturday has died in hospital, bringing the death toll to five.",
            claims=[Q("bringing the death toll to five", 5, "person", "killed", subject=CRASH, group="sw-killed", time=THU)]),
          S("Three others remain in intensive care.",
            claims=[Q("Three others", 3, "person", "wounded", subject="stellwandbahn injured in intensive care", group="sw-icu", time=THU)])),
        P(S("An interim report by Brevonia's safety investigation board BSU found that the grip clamp holding the cabin to the rope was gripping with about 32 percent less force than required.",
            claims=[Q("about 32 percent", 32, "percent", "decrease", "about", subject="clamping force of the fallen cabin's grip", source="bsu", group="sw-clamp", time=None)]),
          S("Prosecutors, who are investigating the operator's technical director, searched the company's offices on Wednesday.",
            claims=[ST("Prosecutors, who are investigating the operator's technical director", *PROBE, "sw-probe"),
                    ST("searched the company's offices on Wednesday", *SEARCH, "sw-search")])),
        P(S("No fewer than 14 cable cars in Brevonia use the same clamp model, the BSU said.",
            claims=[Q("No fewer than 14 cable cars", 14, None, None, "at-least", subject="brevonian cable cars with the same clamp model", source="bsu", group="sw-clamp-model", time=None)]),
          S("The operator reportedly faces lost takings of up to €1.8 million a week.",
            claims=[Q("up to €1.8 million", 1800000, "eur", "cost", "up-to", subject="weekly lost takings of stellwand seilbahnen", hedged=True, group="sw-loss", time=None)])),
        P(S("The union GVS repeated its charge that Stellwand Seilbahnen had delayed a rope inspection.",
            claims=[ST("Stellwand Seilbahnen had delayed a rope inspection", *POSTPONED, "sw-postponed", source=GVS)]),
          S("The company again denied this.",
            claims=[ST("The company again denied this", *POSTPONED, "sw-postponed", source=OP, denial=True)])),
        P(S("The line, which carries about two fifths of the resort's winter guests, will stay shut for the rest of the season.",
            claims=[Q("about two fifths", 40, "percent", None, "about", subject="share of stellwand's winter guests carried by the line", group="sw-season-share", time=None),
                    ST("will stay shut for the rest of the season", *CLOSED, "sw-closed")])),
    ],
    "extra": '<p class="listen">Listen: <a href="https://harwick.example/audio/morning-0223">Harwick Morning, 23 February (38 min)</a></p>',
    "removed": ["Listen:", "Harwick Morning, 23 February (38 min)"],
}

ARTICLES = [BPD, TAGBLATT, BLITZ, NORTHGATE, BPD2, HARWICK]

REWRITES = [["dev19/stellwand-bpd.txt", "dev19/stellwand-tagblatt.html"]]


def files():
    """The Harwick entry is written into dev19/harwick.atom by the data-centre module."""
    return {
        "stellwand-bpd.txt": (render_txt(BPD), False),
        "stellwand-tagblatt.html": (render_html(TAGBLATT, TAGBLATT_SITE), False),
        "stellwand-stadtblitz.txt": (render_txt(BLITZ), False),
        "stellwand-northgate.txt": (render_txt(NORTHGATE), False),
        "stellwand-bpd-folgebericht.txt": (render_txt(BPD2), False),
    }
