"""dev28 story 1, two events: on Tuesday, 7 April 2048, at about 7.40 am, a school bus of the operator Brankel Reisen with
44 pupils on board leaves the pass road L 214 on the Hallerjoch above Dornegg (Lavrenien) and falls about 15 metres down a
wooded slope; the driver and a twelve-year-old girl die, 29 are injured by the police's count and 33 by the ambulance
service's (seven seriously). A week later, on Tuesday, 14 April, prosecutors open an investigation against the owner, Erwin
Brankel: the bus had gone 16 months without its annual inspection and its rear brake pads were worn to 1.5 mm; Brankel
denies it, and a tabloid's hearsay that the driver had worked a double shift.

A German agency flash on the day of the crash (LNA, text), the English service of the public broadcaster the next day
(Lavrenia Radio International, Atom entry, written by dev28_hagel.py with its other item), a German tabloid on the day of the
investigation (Blitz am Abend, gzip text; "Todesbus", "Schrottlaube", an appeal for donations) and an English quality paper
the day after (The Lavrenian Ledger, HTML). Invented: country, towns, firms, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-dornegg-bus"
EV1 = "ev-dornegg-crash"
EV2 = "ev-dornegg-probe"
STORY = {"id": SID, "label": "School bus crash on the Hallerjoch pass above Dornegg, Lavrenien",
         "events": [{"id": EV1, "label": "A school bus falls down a slope on the Hallerjoch: two dead, about 30 injured (7 April 2048)"},
                    {"id": EV2, "label": "Prosecutors investigate the bus operator's owner; the fleet is grounded (14–15 April 2048)"}]}

EVENT = "dornegg school bus crash"
CRASH = T("2048-04-07", "2048-04-07")
PROBE = T("2048-04-14", "2048-04-14")
WED15 = T("2048-04-15", "2048-04-15")
BR = "brankel"
EB = "erwin brankel"
INSPECTION = (BR, "ignored", "the school bus's annual safety inspection")
SHIFT = ("bus driver", "accused", "drove a double shift the day before the crash")
PROBE_ST = ("prosecutors", "investigated", "erwin brankel for negligent homicide")

GROUPS = [
    {"id": "bus-dead", "story": SID, "status": "agreed",
     "why": "Two dead: the driver and a girl (LNA headline and body, the Ledger)."},
    {"id": "bus-injured", "story": SID, "status": "conflicting",
     "why": "29 injured by the police's count (LNA, Lavrenia Radio International) against 33 by the ambulance service's (Lavrenia Radio International, the Ledger), for the same morning."},
    {"id": "bus-serious", "story": SID, "status": "agreed", "why": "Seven seriously injured (LNA, Lavrenia Radio International)."},
    {"id": "bus-pupils", "story": SID, "status": "agreed", "why": "44 pupils on board (LNA, Lavrenia Radio International)."},
    {"id": "bus-fall", "story": SID, "status": "agreed",
     "why": "The bus fell about 15 metres (LNA) or about 50 feet (Lavrenia Radio International, 15.2 m)."},
    {"id": "bus-rescuers", "story": SID, "status": "compatible",
     "why": "About 150 rescuers (LNA, Lavrenia Radio International) beside the tabloid's vague 'Hunderte Retter' a week later: a looser figure."},
    {"id": "bus-limit", "story": SID, "status": "agreed",
     "why": "Speed limit in the bend: 50 km/h (LNA) and 30 mph (Lavrenia Radio International, 48 km/h), one limit restated."},
    {"id": "bus-inspection", "story": SID, "status": "disputed",
     "why": "Local media (Lavrenia Radio International), Blitz am Abend (as its own finding) and the prosecutors (Ledger) say the bus's annual inspection was overdue; Brankel denies it in all three."},
    {"id": "bus-overdue", "story": SID, "status": "agreed", "why": "16 months without an inspection (Blitz am Abend, the Ledger citing prosecutors)."},
    {"id": "bus-brakes", "story": SID, "status": "agreed", "why": "Rear brake pads worn to 1.5 millimetres (Blitz am Abend, the Ledger)."},
    {"id": "bus-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate Erwin Brankel (Blitz am Abend, the Ledger)."},
    {"id": "bus-shift", "story": SID, "status": "disputed",
     "why": "Blitz am Abend's hearsay that the driver drove a double shift the day before; Brankel's lawyer denies it (Ledger)."},
    {"id": "bus-hospital", "story": SID, "status": "compatible",
     "why": "Five children still in hospital on 14 April (Blitz am Abend), four remain on 15 April (Ledger): a count of what remains may fall."},
    {"id": "bus-donations", "story": SID, "status": "agreed",
     "why": "The donation fund: more than €85,000 (Blitz am Abend) and €92,000 a day later (Ledger), a bound within a tenth of the figure."},
]

# ------------------------------------------------------------------ LNA (de agency, text; Tuesday, day of the crash)

LNA = {
    "input": "dev28/dornegg-bus-lna.txt", "story": SID, "event": EV1,
    "publisher": "LNA Lavrenische Nachrichtenagentur", "published": "2048-04-07T11:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lavrenische Nachrichtenagentur", "07.04.2048 · 11:20 Uhr", "Eilmeldung · Inland · Verkehr"],
    "blocks": [
        H("Schulbus stürzt am Hallerjoch ab – zwei Tote",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=EVENT, group="bus-dead", time=CRASH)]),
        P(S("DORNEGG (LNA) – Beim Absturz eines Schulbusses am Hallerjoch sind am Dienstagmorgen zwei Menschen ums Leben gekommen.",
            claims=[Q("zwei Menschen", 2, "person", "killed", subject=EVENT, group="bus-dead", time=CRASH)]),
          S("29 weitere wurden nach Angaben der Polizei verletzt, sieben von ihnen schwer.",
            claims=[Q("29 weitere", 29, "person", "wounded", subject=EVENT, source="police", group="bus-injured", time=CRASH),
                    Q("sieben von ihnen", 7, "person", "wounded", subject=EVENT, source="police", group="bus-serious", time=CRASH)])),
        P(S("Der Bus des Unternehmens Brankel Reisen war gegen 7.40 Uhr mit 44 Schülerinnen und Schülern auf der Landesstraße 214 in Richtung Dornegg unterwegs, als er in einer Kehre von der Fahrbahn abkam.",
            claims=[Q("44 Schülerinnen und Schülern", 44, "person", None, subject="school bus", group="bus-pupils", time=CRASH)]),
          S("Er stürzte rund 15 Meter einen bewaldeten Hang hinab und blieb auf dem Dach liegen.",
            claims=[Q("rund 15 Meter", 15, "metre", "distance", "about", subject=EVENT, group="bus-fall", time=CRASH)]),
          S("Unter den Toten sind der 58 Jahre alte Fahrer und eine zwölfjährige Schülerin aus dem Ortsteil Unterjoch.")),
        P(S("Rund 150 Einsatzkräfte von Feuerwehr, Rettungsdienst und Bergwacht waren im Einsatz, Rettungshubschrauber flogen Verletzte in die Kliniken von Dornegg und Kessarn.",
            claims=[Q("Rund 150 Einsatzkräfte", 150, "person", "deployed", "about", subject=EVENT, group="bus-rescuers", time=CRASH)]),
          S("In der Kehre gilt Tempo 50.",
            claims=[Q("Tempo 50", 50, "kilometre per hour", None, subject="hallerjoch pass road", group="bus-limit")]),
          S("Warum der Bus von der Straße abkam, ist noch unklar; ein Gutachter soll das Wrack untersuchen.")),
        P(S("Die Passstraße bleibt nach Polizeiangaben voraussichtlich bis zum Nachmittag gesperrt."),
          S("Das Landesschulamt richtete unter der Nummer 0441 / 23 90 12 eine Hotline für Eltern ein."),
          S("„Wir sind alle zutiefst erschüttert“, sagte Schulleiterin Marta Voss.", "quote")),
    ],
    "post": ["LNA mk/tr 071120 Apr 48", "", "Schlagworte: Unfall · Schulbus · Dornegg",
             "© LNA – Alle Rechte vorbehalten. Weitergabe nur an Vertragskunden."],
    "removed": ["07.04.2048 · 11:20 Uhr", "LNA mk/tr 071120 Apr 48", "Schlagworte: Unfall · Schulbus · Dornegg",
                "Weitergabe nur an Vertragskunden"],
}

# ------------------------------------------------------------------ Lavrenia Radio International (en broadcaster, Atom; Wednesday)

LRI = {
    "input": "dev28/lri-english.atom#tag:lri.example,2048:news/dornegg-bus-crash", "story": SID, "event": EV1,
    "publisher": "Lavrenia Radio International", "published": "2048-04-08T09:05:00+02:00",
    "language": "en", "authors": ["Tomas Reinholt"], "sensational": False,
    "blocks": [
        H("Dornegg school bus crash: girl, 12, and driver killed"),
        P(S("A 12-year-old girl and the driver were killed when a school bus carrying 44 pupils plunged about 50 feet down an embankment on the Hallerjoch pass on Tuesday morning.",
            claims=[Q("44 pupils", 44, "person", None, subject="school bus", group="bus-pupils", time=CRASH),
                    Q("about 50 feet", 50, "foot", "distance", "about", subject=EVENT, group="bus-fall", time=CRASH)]),
          S("The regional ambulance service said 33 people were injured, seven of them seriously, while police put the number of injured at 29.",
            claims=[Q("33 people", 33, "person", "wounded", subject=EVENT, source="ambulance service", group="bus-injured", time=CRASH),
                    Q("seven of them seriously", 7, "person", "wounded", subject=EVENT, source="ambulance service", group="bus-serious", time=CRASH),
                    Q("29", 29, "person", "wounded", subject=EVENT, source="police", group="bus-injured", time=CRASH)])),
        P(S("Rescue helicopters and around 150 rescuers were sent to the scene.",
            claims=[Q("around 150 rescuers", 150, "person", "deployed", "about", subject=EVENT, group="bus-rescuers", time=CRASH)]),
          S("The hairpin bend where the bus left the road has a 30 mph limit, and several pupils told local radio the bus had been going “far too fast”.",
            claims=[Q("30 mph", 30, "mile per hour", None, subject="hallerjoch pass road", group="bus-limit")])),
        P(S("Local media reported that the vehicle was overdue for its annual safety inspection.",
            claims=[ST("the vehicle was overdue for its annual safety inspection", *INSPECTION, "bus-inspection", source="media", hedged=True)]),
          S("Brankel Reisen, which operates the route for the district, denied this, saying the bus had been serviced in January.",
            claims=[ST("Brankel Reisen, which operates the route for the district, denied this", *INSPECTION, "bus-inspection", source=BR, denial=True)])),
        P(S("The L214 pass road reopened at 4.30 pm on Tuesday.")),
    ],
    "extra": '<p class="listen">Listen to this story · 2 min · LRI News in English</p>',
    "removed": ["Listen to this story", "LRI News in English"],
}

# ------------------------------------------------------------------ Blitz am Abend (de tabloid, gzip text; Tuesday a week later)

BLITZ = {
    "input": "dev28/dornegg-blitz.txt.gz", "story": SID, "event": EV2,
    "publisher": "Blitz am Abend", "published": "2048-04-14T17:45:00+02:00",
    "language": "de", "authors": ["Rico Hasslacher"], "sensational": True,
    "pre": ["BLITZ AM ABEND", "Dienstag, 14. April 2048, 17:45 Uhr", "Startseite > News > Lavrenien", "Von Rico Hasslacher"],
    "blocks": [
        H("Todesbus von Dornegg: Was wusste der Chef?",
          loaded=[L("Todesbus", "alarmist")]),
        P(S("Eine Woche nach der Horror-Fahrt am Hallerjoch hat die Staatsanwaltschaft Dornegg Ermittlungen gegen Busunternehmer Erwin Brankel (61) eingeleitet.",
            claims=[ST("hat die Staatsanwaltschaft Dornegg Ermittlungen gegen Busunternehmer Erwin Brankel (61) eingeleitet", *PROBE_ST, "bus-probe")],
            loaded=[L("Horror-Fahrt", "alarmist")]),
          S("Hunderte Retter hatten damals um das Leben der Kinder gekämpft.",
            claims=[Q("Hunderte Retter", 200, "person", "deployed", "at-least", subject=EVENT, group="bus-rescuers", time=CRASH)])),
        P(S("Nach BLITZ-Informationen war die Schrottlaube seit 16 Monaten nicht mehr bei der Hauptuntersuchung – vorgeschrieben ist sie jedes Jahr!",
            claims=[ST("war die Schrottlaube seit 16 Monaten nicht mehr bei der Hauptuntersuchung", *INSPECTION, "bus-inspection", source="blitz am abend"),
                    Q("seit 16 Monaten", 16, "month", "duration", subject="school bus", source="blitz am abend", group="bus-overdue")],
            loaded=[L("Schrottlaube", "demonising")]),
          S("Ein Gutachter fand heraus: Die hinteren Bremsbeläge waren bis auf 1,5 Millimeter abgefahren.",
            claims=[Q("bis auf 1,5 Millimeter", 1.5, "millimetre", "size", subject="rear brake pads", source="experts", group="bus-brakes")]),
          S("Brankel bestreitet alles: Der Bus sei im Januar geprüft worden, die Unterlagen seien nur verlegt worden, ließ er über seinen Anwalt erklären.",
            claims=[ST("Brankel bestreitet alles", *INSPECTION, "bus-inspection", source=EB, denial=True)])),
        P(S("Wie kann es sein, dass ein Kinderbus mit abgefahrenen Bremsen durch die Berge kurvt?", "opinion"),
          S("Hier hat die Profitgier über die Sicherheit unserer Kinder gesiegt!", "opinion",
            loaded=[L("Profitgier", "demonising")])),
        P(S("Und noch schlimmer: Der Fahrer soll am Vortag eine Doppelschicht gefahren sein, wie Kollegen BLITZ erzählten.",
            claims=[ST("Der Fahrer soll am Vortag eine Doppelschicht gefahren sein", *SHIFT, "bus-shift", source="colleagues", hedged=True)])),
        P(S("Fünf Kinder liegen noch im Krankenhaus.",
            claims=[Q("Fünf Kinder", 5, "child", "wounded", subject=EVENT, group="bus-hospital", time=PROBE)])),
        P(S("Die Spendenaktion „Dornegg hält zusammen“ hat schon mehr als 85.000 Euro gesammelt.",
            claims=[Q("mehr als 85.000 Euro", 85000, "eur", "raised", "more-than", subject="dornegg donation fund", group="bus-donations", time=PROBE)]),
          S("Spenden auch Sie: IBAN LV12 4455 0000 0042 1178 – jeder Euro hilft den Familien!", "opinion")),
    ],
    "post": ["Lesen Sie auch: Horror-Crash auf der A4 – drei Verletzte",
             "BLITZ-Leserhotline: 0800 / 4 55 66 77 (kostenlos)", "© Blitz am Abend 2048"],
    "removed": ["Lesen Sie auch: Horror-Crash auf der A4", "0800 / 4 55 66 77", "Von Rico Hasslacher",
                "© Blitz am Abend 2048"],
}

# ------------------------------------------------------------------ The Lavrenian Ledger (en quality paper, HTML; Wednesday 15 April)

LEDGER_SITE = {
    "nav": ["Home", "Lavrenia", "World", "Business", "Opinion", "Culture", "Sport"],
    "cookie": "The Ledger uses cookies to personalise content and measure traffic. Manage your choices at any time.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Wednesday 15 April 2048",
    "share": "Share this article · 12 comments",
    "ad": "Subscribe to the Ledger: your first 3 months for €1",
    "related_title": "More on this story",
    "related": ["How safe are Lavrenia's school buses?", "Hallerjoch: a pass road with a history of 9 fatal crashes"],
    "footer": "© 2048 The Lavrenian Ledger Ltd · 14 Quay Street, Tauberne",
}

LEDGER = {
    "input": "dev28/dornegg-bus-ledger.html", "story": SID, "event": EV2,
    "publisher": "The Lavrenian Ledger", "published": "2048-04-15T19:30:00+02:00",
    "language": "en", "authors": ["Annika Fallow"], "sensational": False,
    "blocks": [
        H("Prosecutors investigate bus firm owner over Dornegg crash",
          claims=[ST("Prosecutors investigate bus firm owner over Dornegg crash", *PROBE_ST, "bus-probe")]),
        P(S("Prosecutors in Dornegg have opened an investigation into Erwin Brankel, whose company's school bus crashed on the Hallerjoch pass on April 7, killing two people and injuring 33.",
            claims=[ST("Prosecutors in Dornegg have opened an investigation into Erwin Brankel", *PROBE_ST, "bus-probe"),
                    Q("killing two people", 2, "person", "killed", subject=EVENT, group="bus-dead", time=CRASH),
                    Q("injuring 33", 33, "person", "wounded", subject=EVENT, group="bus-injured", time=CRASH)]),
          S("Mr Brankel, 61, is suspected of negligent homicide, the prosecutors' office said on Tuesday.")),
        P(S("According to the prosecutors, the bus had gone 16 months without its annual safety inspection, and an expert found its rear brake pads worn down to 1.5 millimetres, half the legal minimum.",
            claims=[ST("the bus had gone 16 months without its annual safety inspection", *INSPECTION, "bus-inspection", source="prosecutors"),
                    Q("16 months", 16, "month", "duration", subject="school bus", source="prosecutors", group="bus-overdue"),
                    Q("1.5 millimetres", 1.5, "millimetre", "size", subject="rear brake pads", source="prosecutors", group="bus-brakes")]),
          S("Ilse Marten, Mr Brankel's lawyer, rejected the prosecutors' account, saying the bus had been inspected in January and the paperwork had been misplaced.",
            claims=[ST("Ilse Marten, Mr Brankel's lawyer, rejected the prosecutors' account", *INSPECTION, "bus-inspection", source=EB, denial=True)]),
          S("She also denied a report in the tabloid Blitz am Abend that the driver had worked a double shift the day before the crash.",
            claims=[ST("She also denied a report in the tabloid Blitz am Abend that the driver had worked a double shift", *SHIFT, "bus-shift", source=EB, denial=True)])),
        P(S("Four children remain in hospital.",
            claims=[Q("Four children", 4, "child", "wounded", subject=EVENT, group="bus-hospital", time=WED15)]),
          S("A fund set up by parents in Dornegg has raised €92,000 for the families of the two victims and for the injured.",
            claims=[Q("€92,000", 92000, "eur", "raised", subject="dornegg donation fund", group="bus-donations", time=WED15)])),
    ],
    "removed": ["12 comments", "your first 3 months for €1", "How safe are Lavrenia's school buses?",
                "a pass road with a history of 9 fatal crashes", "14 Quay Street, Tauberne"],
}

ARTICLES = [LNA, LRI, BLITZ, LEDGER]

REWRITES = []


def files():
    """lri-english.atom (the broadcaster's items of this story and the hail story) is written by dev28_hagel.py."""
    return {
        "dornegg-bus-lna.txt": (render_txt(LNA), False),
        "dornegg-blitz.txt.gz": (render_txt(BLITZ), True),
        "dornegg-bus-ledger.html": (render_html(LEDGER, LEDGER_SITE), False),
    }
