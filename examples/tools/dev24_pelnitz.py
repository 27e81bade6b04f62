"""dev24 story 1: on Monday, 3 September 2041, the road authority of Vessarien closes the Ulfe bridge in Pelnitz after its
inspectors find cracks up to 1.2 metres long in two steel girders; about 38,000 vehicles a day are sent on a 14 km detour;
the bridge stays shut for at least six months; repairs are put at about 25 million euros. Pelnitz's mayor says the authority
knew of the cracks since an inspection in 2038 and put the repair off; the authority denies it.

A German agency report (vpa), a local paper's near-verbatim rewrite of it (HTML), an English wire in its own words (Northline
Wire; a DE–EN pair with vpa) and a German tabloid on Tuesday (gzip-compressed text) that inflates the traffic, states the
charge as fact, omits the denial and ends with a call to action. Invented by the Parallax team: country, town, river,
authority, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-pelnitz-bridge"
EV = "ev-pelnitz-closure"
STORY = {"id": SID, "label": "Ulfe bridge in Pelnitz, Vessarien, closed after cracks in steel girders",
         "events": [{"id": EV, "label": "The road authority closes the Ulfe bridge after cracks are found (3 September 2041)"}]}

EVENT = "closure of the ulfe bridge"
MON = T("2041-09-03", "2041-09-03")
AUTH = "road authority"
MAYOR = "city of pelnitz"
KNEW = (AUTH, "ignored", "cracks in the ulfe bridge found in 2038")
CRACKS = "cracks in the ulfe bridge"
TRAFFIC = "vehicles crossing the ulfe bridge each day"

GROUPS = [
    {"id": "ub-cracks", "story": SID, "status": "agreed", "why": "Cracks up to 1.2 metres long (vpa, Rundschau, Northline)."},
    {"id": "ub-girders", "story": SID, "status": "agreed", "why": "Two steel girders cracked (vpa, Rundschau, Northline)."},
    {"id": "ub-traffic", "story": SID, "status": "conflicting",
     "why": "About 38,000 vehicles a day (vpa, Rundschau, Northline) against DONNER's 50,000 cars a day."},
    {"id": "ub-detour", "story": SID, "status": "agreed", "why": "A detour of 14 km (vpa, Northline with 8.7 miles)."},
    {"id": "ub-months", "story": SID, "status": "agreed", "why": "Shut for at least six months (vpa, Rundschau, Northline, DONNER)."},
    {"id": "ub-cost", "story": SID, "status": "agreed", "why": "Repairs of about 25 million euros by the authority's estimate (vpa, Rundschau, Northline with dollars)."},
    {"id": "ub-knew", "story": SID, "status": "disputed",
     "why": "The mayor says the authority knew of the cracks since 2038 and put the repair off (vpa, Rundschau, Northline); DONNER states it as fact; the authority denies it (vpa, Rundschau, Northline); DONNER omits the denial."},
    {"id": "ub-length", "story": SID, "status": "single-source", "why": "Only Northline: the bridge is 420 metres long."},
]

# ------------------------------------------------------------------ vpa (de agency, text; Monday)

VPA = {
    "input": "dev24/pelnitz-vpa.txt", "story": SID, "event": EV,
    "publisher": "vpa Vessarische Presseagentur", "published": "2041-09-03T17:45:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["vpa Vessarische Presseagentur", "Mo 03.09.2041 – 17:45", "Ressort: Verkehr"],
    "blocks": [
        H("Risse in Stahlträgern: Ulfebrücke in Pelnitz gesperrt"),
        P(S("PELNITZ (vpa) – Das Landesstraßenamt hat am Montag die Ulfebrücke in Pelnitz für den gesamten Verkehr gesperrt."),
          S("Prüfer hatten an zwei Stahlträgern Risse von bis zu 1,2 Metern Länge entdeckt.",
            claims=[Q("zwei Stahlträgern", 2, None, "damaged", subject=CRACKS, group="ub-girders", time=MON),
                    Q("bis zu 1,2 Metern", 1.2, "metre", "size", "up-to", subject=CRACKS, group="ub-cracks", time=MON)]),
          S("Über die Brücke fahren nach Angaben des Amtes täglich rund 38.000 Fahrzeuge; sie werden nun auf einer 14 Kilometer langen Umleitung geführt.",
            claims=[Q("rund 38.000 Fahrzeuge", 38000, "vehicle", None, "about", subject=TRAFFIC, source=AUTH, group="ub-traffic", time=None),
                    Q("14 Kilometer", 14, "kilometre", "distance", subject="detour around the ulfe bridge", group="ub-detour", time=MON)])),
        P(S("Die Sperrung dauere mindestens sechs Monate, sagte ein Sprecher des Amtes.",
            claims=[Q("mindestens sechs Monate", 6, "month", "duration", "at-least", subject=EVENT, source=AUTH, hedged=True, group="ub-months", time=None)]),
          S("Die Reparatur werde etwa 25 Millionen Euro kosten.",
            claims=[Q("etwa 25 Millionen Euro", 25000000, "eur", "cost", "about", subject="repair of the ulfe bridge", source=AUTH, hedged=True, group="ub-cost", time=None)])),
        P(S("Pelnitz' Bürgermeisterin Henrike Solm erhebt schwere Vorwürfe: Das Amt kenne die Risse seit einer Prüfung im Jahr 2038 und habe die Reparatur verschleppt.",
            claims=[ST("Das Amt kenne die Risse seit einer Prüfung im Jahr 2038 und habe die Reparatur verschleppt", *KNEW, "ub-knew", source=MAYOR, hedged=True)]),
          S("Das Landesstraßenamt weist das zurück.",
            claims=[ST("Das Landesstraßenamt weist das zurück", *KNEW, "ub-knew", source=AUTH, denial=True)])),
    ],
    "post": ["vpa mh/ve 031745 Sep 41", "", "Themen: Verkehr · Pelnitz · Infrastruktur",
             "© vpa Vessarische Presseagentur – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Mo 03.09.2041 – 17:45", "vpa mh/ve 031745 Sep 41", "Themen: Verkehr · Pelnitz · Infrastruktur",
                "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Pelnitzer Rundschau (de local paper, HTML; near-verbatim rewrite of vpa)

RS_SITE = {
    "nav": ["Start", "Pelnitz", "Ulfetal", "Vessarien", "Sport", "Leserreisen", "E-Paper"],
    "cookie": "Wir und unsere 93 Partner speichern Informationen auf Ihrem Gerät. Klicken Sie auf „Alle akzeptieren“.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "03.09.2041, 18:30 Uhr",
    "share": "Teilen · 64 Kommentare",
    "ad": "Rundschau Plus: 6 Monate für 6 Euro",
    "related_title": "Mehr zum Thema",
    "related": ["Umleitung: Die 3 wichtigsten Strecken", "Ulfebrücke: 67 Jahre in Bildern", "Pendler-Umfrage: 8 von 10 sind genervt"],
    "footer": "© 2041 Pelnitzer Rundschau · Impressum · Datenschutz · AGB",
    "inline": '<div class="teaser">Auch interessant: So kommen Sie jetzt über die Ulfe</div>',
    "inline_at": 1,
    "after": '<div class="ad-box">Anzeige: Umzugsfirma Berger – Festpreis ab 399 Euro</div>',
}

RS = {
    "input": "dev24/pelnitz-rundschau.html", "story": SID, "event": EV,
    "publisher": "Pelnitzer Rundschau", "published": "2041-09-03T18:30:00+02:00",
    "language": "de", "authors": ["Greta Wendholm"], "sensational": False,
    "blocks": [
        H("Risse in Stahlträgern: Ulfebrücke gesperrt"),
        P(S("Das Landesstraßenamt hat am Montag die Ulfebrücke in Pelnitz für den gesamten Verkehr gesperrt."),
          S("Prüfer hatten an zwei Stahlträgern Risse von bis zu 1,2 Metern Länge entdeckt.",
            claims=[Q("zwei Stahlträgern", 2, None, "damaged", subject=CRACKS, group="ub-girders", time=MON),
                    Q("bis zu 1,2 Metern", 1.2, "metre", "size", "up-to", subject=CRACKS, group="ub-cracks", time=MON)]),
          S("Über die Brücke fahren nach Angaben des Amtes täglich rund 38.000 Fahrzeuge.",
            claims=[Q("rund 38.000 Fahrzeuge", 38000, "vehicle", None, "about", subject=TRAFFIC, source=AUTH, group="ub-traffic", time=None)])),
        P(S("Die Sperrung dauere mindestens sechs Monate, die Reparatur werde etwa 25 Millionen Euro kosten, sagte ein Sprecher des Amtes.",
            claims=[Q("mindestens sechs Monate", 6, "month", "duration", "at-least", subject=EVENT, source=AUTH, hedged=True, group="ub-months", time=None),
                    Q("etwa 25 Millionen Euro", 25000000, "eur", "cost", "about", subject="repair of the ulfe bridge", source=AUTH, hedged=True, group="ub-cost", time=None)])),
        P(S("Bürgermeisterin Henrike Solm erhebt schwere Vorwürfe: Das Amt kenne die Risse seit einer Prüfung im Jahr 2038 und habe die Reparatur verschleppt.",
            claims=[ST("Das Amt kenne die Risse seit einer Prüfung im Jahr 2038 und habe die Reparatur verschleppt", *KNEW, "ub-knew", source=MAYOR, hedged=True)]),
          S("Das Landesstraßenamt weist das zurück.",
            claims=[ST("Das Landesstraßenamt weist das zurück", *KNEW, "ub-knew", source=AUTH, denial=True)])),
    ],
    "removed": ["93 Partner", "03.09.2041, 18:30 Uhr", "64 Kommentare", "6 Monate für 6 Euro", "Die 3 wichtigsten Strecken",
                "67 Jahre in Bildern", "8 von 10 sind genervt", "So kommen Sie jetzt über die Ulfe", "Festpreis ab 399 Euro",
                "© 2041 Pelnitzer Rundschau"],
}

# ------------------------------------------------------------------ Northline Wire (en wire, text; Monday; pair with vpa)

NW = {
    "input": "dev24/pelnitz-northline.txt", "story": SID, "event": EV,
    "publisher": "Northline Wire", "published": "2041-09-03T20:05:00+02:00",
    "language": "en", "authors": ["Dana Whitcombe"], "sensational": False,
    "pre": ["NORTHLINE WIRE", "September 3, 2041 / 18:05 GMT"],
    "blocks": [
        H("Vessarian authorities shut busy river bridge after finding cracks"),
        P(S("PELNITZ, Vessaria – Vessaria's road authority on Monday closed the 420-metre Ulfe bridge in Pelnitz after inspectors found cracks up to 1.2 metres long in two steel girders.",
            claims=[Q("420-metre", 420, "metre", "size", subject="ulfe bridge", group="ub-length", time=None),
                    Q("up to 1.2 metres", 1.2, "metre", "size", "up-to", subject=CRACKS, group="ub-cracks", time=MON),
                    Q("two steel girders", 2, None, "damaged", subject=CRACKS, group="ub-girders", time=MON)]),
          S("Some 38,000 vehicles a day will have to take a 14 km (8.7-mile) detour, the authority said.",
            claims=[Q("Some 38,000 vehicles", 38000, "vehicle", None, "about", subject=TRAFFIC, source=AUTH, group="ub-traffic", time=None),
                    Q("14 km", 14, "kilometre", "distance", subject="detour around the ulfe bridge", source=AUTH, group="ub-detour", time=MON),
                    Q("8.7-mile", 8.7, "mile", "distance", subject="detour around the ulfe bridge", source=AUTH, group="ub-detour", time=MON)])),
        P(S("It expects the bridge to stay shut for at least six months and put repairs at about €25 million ($27 million).",
            claims=[Q("at least six months", 6, "month", "duration", "at-least", subject=EVENT, source=AUTH, group="ub-months", time=None),
                    Q("about €25 million", 25000000, "eur", "cost", "about", subject="repair of the ulfe bridge", source=AUTH, group="ub-cost", time=None),
                    Q("$27 million", 27000000, "usd", "cost", subject="repair of the ulfe bridge", source=AUTH, group="ub-cost", time=None)])),
        P(S("Pelnitz mayor Henrike Solm accused the authority of knowing about the cracks since an inspection in 2038 and delaying the repair.",
            claims=[ST("accused the authority of knowing about the cracks since an inspection in 2038 and delaying the repair", *KNEW, "ub-knew", source=MAYOR)]),
          S("The authority rejected the accusation, saying the cracks were new.",
            claims=[ST("The authority rejected the accusation", *KNEW, "ub-knew", source=AUTH, denial=True)])),
    ],
    "post": ["(Reporting by Dana Whitcombe; editing by Tom Frayne)", "© 2041 Northline Wire. All rights reserved."],
    "removed": ["September 3, 2041 / 18:05 GMT", "editing by Tom Frayne", "© 2041 Northline Wire"],
}

# ------------------------------------------------------------------ DONNER (de tabloid, gzip text; Tuesday; omits the denial)

DON = {
    "input": "dev24/pelnitz-donner.txt.gz", "story": SID, "event": EV,
    "publisher": "DONNER", "published": "2041-09-04T06:50:00+02:00",
    "language": "de", "authors": ["Kai Brettschneider"], "sensational": True,
    "pre": ["DONNER", "Dienstag, 4. September 2041"],
    "blocks": [
        H("BRÜCKEN-SKANDAL! Amt wusste seit Jahren von den Rissen",
          claims=[ST("Amt wusste seit Jahren von den Rissen", *KNEW, "ub-knew")],
          loaded=[L("BRÜCKEN-SKANDAL", "alarmist")]),
        P(S("Seit Montag herrscht in Pelnitz das totale Verkehrschaos.", "reporting",
            loaded=[L("totale Verkehrschaos", "alarmist")]),
          S("50.000 Autos quälen sich täglich über die Umleitung – mindestens sechs Monate lang.",
            claims=[Q("50.000 Autos", 50000, "vehicle", None, subject=TRAFFIC, group="ub-traffic", time=None),
                    Q("mindestens sechs Monate", 6, "month", "duration", "at-least", subject=EVENT, group="ub-months", time=None)]),
          S("Die Beamten im Landesstraßenamt kannten die Risse seit 2038 und taten nichts.",
            claims=[ST("Die Beamten im Landesstraßenamt kannten die Risse seit 2038 und taten nichts", *KNEW, "ub-knew")])),
        P(S("Ein Pendler (52) sagte DONNER: „Ich bin jeden Tag über diese Todesfalle gefahren.“", "quote",
            loaded=[L("Todesfalle", "alarmist", "reported")]),
          S("Das Amt nennt die Sperrung „vorsorglich“.",
            loaded=[L("„vorsorglich“", "euphemism", "distancing")]),
          S("Diese Schlamperei darf nicht folgenlos bleiben!", "opinion",
            loaded=[L("Schlamperei", "demonising")]),
          S("Unterschreiben Sie jetzt die DONNER-Petition für eine neue Brücke!", "opinion")),
    ],
    "post": ["Mehr DONNER: 7 Brücken, die auch bald fallen", "DONNER Plus: 1 Monat gratis testen"],
    "removed": ["7 Brücken, die auch bald fallen", "1 Monat gratis testen"],
}

ARTICLES = [VPA, RS, NW, DON]

REWRITES = [["dev24/pelnitz-vpa.txt", "dev24/pelnitz-rundschau.html"]]


def files():
    return {
        "pelnitz-vpa.txt": (render_txt(VPA), False),
        "pelnitz-rundschau.html": (render_html(RS, RS_SITE), False),
        "pelnitz-northline.txt": (render_txt(NW), False),
        "pelnitz-donner.txt.gz": (render_txt(DON), True),
    }
