"""dev25 story 4: on Tuesday morning, 3 November 2043, a fully loaded lift car falls about 40 metres down its shaft in the
28-storey Veltheim tower in Gravelin (Ambrelien) before its safety gear stops it; all eleven people inside are hurt, four of
them seriously; about 40 rescuers need more than two hours to free them. The works council of the insurer Aurea, whose staff
were in the car, says the maintenance firm Hebetec skipped the annual inspection due in September; Hebetec denies it.

A German agency report (apn, text), a local paper's near-verbatim rewrite of it (HTML), an English wire in its own words
(Meridian Wire; a DE–EN pair with apn; metres and feet) and a German tabloid on Wednesday (gzip-compressed text) that
inflates the fall, states the charge as fact, omits the denial and ends with an outburst. Invented by the Parallax team:
country, town, tower, firms, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-gravelin-lift"
EV = "ev-gravelin-fall"
STORY = {"id": SID, "label": "Lift car plunges in the Veltheim tower in Gravelin, Ambrelien",
         "events": [{"id": EV, "label": "A lift car falls about 40 metres; eleven people hurt (3 November 2043)"}]}

EVENT = "gravelin lift fall"
TUE = T("2043-11-03", "2043-11-03")
FIRE = "fire service"
WC = "works council"
HEB = "hebetec"
SKIPPED = (HEB, "ignored", "the annual inspection of the veltheim tower lift due in september")
RESCUE = "rescue of the people trapped in the lift"

GROUPS = [
    {"id": "gl-injured", "story": SID, "status": "agreed",
     "why": "All eleven people in the car hurt (apn, Abendblatt, Meridian); KNALL's eleven office workers on board are the same eleven."},
    {"id": "gl-serious", "story": SID, "status": "agreed",
     "why": "Four seriously hurt (apn, Abendblatt, Meridian; KNALL's four victims 'fighting for their lives')."},
    {"id": "gl-fall", "story": SID, "status": "conflicting",
     "why": "A fall of about 40 metres (apn, Abendblatt, Meridian with 130 feet) against KNALL's 60 metres."},
    {"id": "gl-rescuers", "story": SID, "status": "compatible",
     "why": "About 40 rescuers (apn, Abendblatt) beside KNALL's looser 'Dutzende' (at least 24)."},
    {"id": "gl-rescue-time", "story": SID, "status": "agreed", "why": "More than two hours to free those trapped (apn, Abendblatt, Meridian)."},
    {"id": "gl-inspection", "story": SID, "status": "disputed",
     "why": "The Aurea works council says Hebetec skipped the inspection due in September (apn, Abendblatt, Meridian); KNALL states it as fact; Hebetec denies it (apn, Abendblatt, Meridian); KNALL omits the denial."},
    {"id": "gl-storeys", "story": SID, "status": "single-source", "why": "Only Meridian: the tower has 28 storeys."},
]

# ------------------------------------------------------------------ apn (de agency, text; Tuesday)

APN = {
    "input": "dev25/gravelin-apn.txt", "story": SID, "event": EV,
    "publisher": "apn Ambrelische Presse-Nachrichten", "published": "2043-11-03T12:40:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["apn Ambrelische Presse-Nachrichten", "Di 03.11.2043 | 12:40 Uhr", "Rubrik: Vermischtes"],
    "blocks": [
        H("Aufzug in Gravelin abgestürzt: Elf Verletzte",
          claims=[Q("Elf Verletzte", 11, "person", "wounded", subject=EVENT, group="gl-injured", time=TUE)]),
        P(S("GRAVELIN (apn) – Im Veltheim-Turm in Gravelin ist am Dienstagmorgen eine voll besetzte Aufzugskabine rund 40 Meter in die Tiefe gestürzt.",
            claims=[Q("rund 40 Meter", 40, "metre", "distance", "about", subject=EVENT, group="gl-fall", time=TUE)]),
          S("Nach Angaben der Feuerwehr wurden alle elf Insassen verletzt, vier von ihnen schwer.",
            claims=[Q("elf Insassen", 11, "person", "wounded", subject=EVENT, source=FIRE, group="gl-injured", time=TUE),
                    Q("vier von ihnen", 4, "person", "wounded", subject=EVENT, source=FIRE, group="gl-serious", time=TUE)])),
        P(S("Die Fangvorrichtung habe die Kabine zwischen dem vierten und dem fünften Stock gestoppt, sagte ein Feuerwehrsprecher."),
          S("Rund 40 Einsatzkräfte brauchten mehr als zwei Stunden, um die Eingeschlossenen zu befreien.",
            claims=[Q("Rund 40 Einsatzkräfte", 40, "person", "deployed", "about", subject=EVENT, group="gl-rescuers", time=TUE),
                    Q("mehr als zwei Stunden", 2, "hour", "duration", "more-than", subject=RESCUE, group="gl-rescue-time", time=None)])),
        P(S("Der Betriebsrat der Aurea Versicherung, deren Beschäftigte in der Kabine saßen, wirft dem Wartungsunternehmen Hebetec vor, die im September fällige Jahresprüfung ausgelassen zu haben.",
            claims=[ST("wirft dem Wartungsunternehmen Hebetec vor, die im September fällige Jahresprüfung ausgelassen zu haben", *SKIPPED, "gl-inspection", source=WC)]),
          S("Hebetec bestreitet das: Die Prüfung habe am 2. Oktober stattgefunden.",
            claims=[ST("Hebetec bestreitet das", *SKIPPED, "gl-inspection", source=HEB, denial=True)])),
    ],
    "post": ["apn mk/vm 031240 Nov 43", "", "Schlagworte: Unglücke · Gravelin · Arbeitsschutz",
             "© apn – Nachdruck nur mit Genehmigung"],
    "removed": ["Di 03.11.2043 | 12:40 Uhr", "apn mk/vm 031240 Nov 43", "Schlagworte: Unglücke · Gravelin · Arbeitsschutz",
                "Nachdruck nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Gravelin Abendblatt (de local paper, HTML; near-verbatim rewrite of apn)

AB_SITE = {
    "nav": ["Home", "Gravelin", "Region", "Polizei & Feuerwehr", "Wirtschaft", "Sport", "Anzeigen"],
    "cookie": "Wir und 104 Partner verwenden Cookies. Mehr erfahren Sie in unseren Datenschutzhinweisen.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "03.11.2043, 13:30 Uhr",
    "share": "Teilen · 41 Kommentare",
    "ad": "Abendblatt+ lesen: 3 Monate für 1 Euro",
    "related_title": "Aus der Region",
    "related": ["Veltheim-Turm: 15 Jahre Baugeschichte", "Feuerwehr Gravelin: 9 Einsätze am Wochenende"],
    "footer": "© 2043 Gravelin Abendblatt · Impressum · Kontakt",
    "inline": '<div class="teaser">Video: Einsatzkräfte am Veltheim-Turm (2:10)</div>',
    "inline_at": 1,
    "after": '<div class="ad-box">Anzeige: Treppenlifte Sommer – Beratung unter 0800 123 45 67</div>',
}

AB = {
    "input": "dev25/gravelin-abendblatt.html", "story": SID, "event": EV,
    "publisher": "Gravelin Abendblatt", "published": "2043-11-03T13:30:00+01:00",
    "language": "de", "authors": ["Tobias Wernecke"], "sensational": False,
    "blocks": [
        H("Aufzug im Veltheim-Turm abgestürzt: elf Verletzte",
          claims=[Q("elf Verletzte", 11, "person", "wounded", subject=EVENT, group="gl-injured", time=TUE)]),
        P(S("Im Veltheim-Turm in Gravelin ist am Dienstagmorgen eine voll besetzte Aufzugskabine rund 40 Meter in die Tiefe gestürzt.",
            claims=[Q("rund 40 Meter", 40, "metre", "distance", "about", subject=EVENT, group="gl-fall", time=TUE)]),
          S("Nach Angaben der Feuerwehr wurden alle elf Insassen verletzt, vier davon schwer.",
            claims=[Q("elf Insassen", 11, "person", "wounded", subject=EVENT, source=FIRE, group="gl-injured", time=TUE),
                    Q("vier davon", 4, "person", "wounded", subject=EVENT, source=FIRE, group="gl-serious", time=TUE)])),
        P(S("Rund 40 Einsatzkräfte brauchten mehr als zwei Stunden, um die Eingeschlossenen zu befreien.",
            claims=[Q("Rund 40 Einsatzkräfte", 40, "person", "deployed", "about", subject=EVENT, group="gl-rescuers", time=TUE),
                    Q("mehr als zwei Stunden", 2, "hour", "duration", "more-than", subject=RESCUE, group="gl-rescue-time", time=None)])),
        P(S("Der Betriebsrat der Aurea Versicherung wirft der Wartungsfirma Hebetec vor, die im September fällige Jahresprüfung ausgelassen zu haben.",
            claims=[ST("wirft der Wartungsfirma Hebetec vor, die im September fällige Jahresprüfung ausgelassen zu haben", *SKIPPED, "gl-inspection", source=WC)]),
          S("Hebetec bestreitet das.",
            claims=[ST("Hebetec bestreitet das", *SKIPPED, "gl-inspection", source=HEB, denial=True)])),
    ],
    "removed": ["104 Partner", "03.11.2043, 13:30 Uhr", "41 Kommentare", "3 Monate für 1 Euro", "15 Jahre Baugeschichte",
                "9 Einsätze am Wochenende", "Einsatzkräfte am Veltheim-Turm (2:10)", "0800 123 45 67",
                "© 2043 Gravelin Abendblatt"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Tuesday; pair with apn)

MW = {
    "input": "dev25/gravelin-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2043-11-03T15:30:00+01:00",
    "language": "en", "authors": ["Lena Okafor"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "November 3, 2043 / 14:30 GMT"],
    "blocks": [
        H("Eleven hurt as lift plunges in Ambrelian office tower",
          claims=[Q("Eleven", 11, "person", "wounded", subject=EVENT, group="gl-injured", time=TUE)]),
        P(S("GRAVELIN, Ambrelia – A lift carrying office workers plunged about 40 metres (130 feet) down its shaft in Gravelin's 28-storey Veltheim tower on Tuesday morning, injuring all 11 people inside, the fire service said.",
            claims=[Q("about 40 metres", 40, "metre", "distance", "about", subject=EVENT, source=FIRE, group="gl-fall", time=TUE),
                    Q("130 feet", 130, "foot", "distance", subject=EVENT, source=FIRE, group="gl-fall", time=TUE),
                    Q("28-storey", 28, None, "size", subject="veltheim tower", group="gl-storeys", time=None),
                    Q("all 11 people", 11, "person", "wounded", subject=EVENT, source=FIRE, group="gl-injured", time=TUE)]),
          S("Four of them were seriously hurt.",
            claims=[Q("Four of them", 4, "person", "wounded", subject=EVENT, source=FIRE, group="gl-serious", time=TUE)])),
        P(S("The works council at insurer Aurea, whose staff were in the car, said maintenance firm Hebetec had skipped an annual inspection due in September.",
            claims=[ST("maintenance firm Hebetec had skipped an annual inspection due in September", *SKIPPED, "gl-inspection", source=WC)]),
          S("Hebetec denied the allegation and said the lift had been inspected on Oct. 2.",
            claims=[ST("Hebetec denied the allegation", *SKIPPED, "gl-inspection", source=HEB, denial=True)]),
          S("Rescuers needed over two hours to free those trapped.",
            claims=[Q("over two hours", 2, "hour", "duration", "more-than", subject=RESCUE, group="gl-rescue-time", time=None)])),
    ],
    "post": ["(Reporting by Lena Okafor; editing by Marta Quist)", "© 2043 Meridian Wire. All rights reserved."],
    "removed": ["November 3, 2043 / 14:30 GMT", "editing by Marta Quist", "© 2043 Meridian Wire"],
}

# ------------------------------------------------------------------ KNALL (de tabloid, gzip text; Wednesday; omits the denial)

KN = {
    "input": "dev25/gravelin-knall.txt.gz", "story": SID, "event": EV,
    "publisher": "KNALL", "published": "2043-11-04T06:30:00+01:00",
    "language": "de", "authors": ["Dirk Rabenstein"], "sensational": True,
    "pre": ["KNALL", "Mittwoch, 4. November 2043"],
    "blocks": [
        H("HORROR-STURZ IM TODES-FAHRSTUHL!",
          loaded=[L("HORROR-STURZ", "alarmist"), L("TODES-FAHRSTUHL", "alarmist")]),
        P(S("Mit elf Büroangestellten an Bord raste die Kabine 60 Meter in die Tiefe.",
            claims=[Q("elf Büroangestellten", 11, "worker", None, subject=EVENT, group="gl-injured", time=TUE),
                    Q("60 Meter", 60, "metre", "distance", subject=EVENT, group="gl-fall", time=TUE)]),
          S("Vier Opfer kämpfen im Krankenhaus um ihr Leben.",
            claims=[Q("Vier Opfer", 4, "person", "wounded", subject=EVENT, group="gl-serious", time=TUE)],
            loaded=[L("kämpfen im Krankenhaus um ihr Leben", "alarmist")]),
          S("Dutzende Retter schufteten stundenlang, um die Eingeklemmten zu befreien.",
            claims=[Q("Dutzende Retter", 24, "person", "deployed", "at-least", subject=EVENT, group="gl-rescuers", time=TUE)]),
          S("Die Wartungsfirma Hebetec hatte die fällige Prüfung einfach ausfallen lassen.",
            claims=[ST("Die Wartungsfirma Hebetec hatte die fällige Prüfung einfach ausfallen lassen", *SKIPPED, "gl-inspection")])),
        P(S("Ein Überlebender sagte KNALL: „Das war eine Höllenfahrt.“", "quote",
            loaded=[L("Höllenfahrt", "alarmist", "reported")]),
          S("Der Betreiber des Turms spricht von einem „bedauerlichen technischen Defekt“.",
            loaded=[L("„bedauerlichen technischen Defekt“", "euphemism", "distancing")]),
          S("Solche Pfuscher gehören vor Gericht!", "opinion",
            loaded=[L("Pfuscher", "demonising")])),
    ],
    "post": ["Mehr KNALL: Die 5 gefährlichsten Hochhäuser im Land", "KNALL+ jetzt 14 Tage gratis"],
    "removed": ["Die 5 gefährlichsten Hochhäuser im Land", "14 Tage gratis"],
}

ARTICLES = [APN, AB, MW, KN]

REWRITES = [["dev25/gravelin-apn.txt", "dev25/gravelin-abendblatt.html"]]


def files():
    return {
        "gravelin-apn.txt": (render_txt(APN), False),
        "gravelin-abendblatt.html": (render_html(AB, AB_SITE), False),
        "gravelin-meridian.txt": (render_txt(MW), False),
        "gravelin-knall.txt.gz": (render_txt(KN), True),
    }
