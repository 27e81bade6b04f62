"""dev26 story 1: on Tuesday, 13 February 2046, during a storm, a rotor blade about 60 metres long breaks off a turbine of
the Hagenmoor wind farm near Krellingen (Nordavien) and is hurled about 200 metres onto a district road; a driver is slightly
hurt, the A7 beside it is closed for about five hours, and the operator Velwind stops all 18 turbines of the farm. The
citizens' group Gegenwind Hagenmoor says Velwind had known of cracks in the blade since an inspection in October; Velwind
denies it.

A German agency report (ndp, text), a local paper's near-verbatim rewrite of it (HTML), an English wire in its own words
(Continental Newswire; a DE–EN pair with ndp; feet and miles per hour, euros and dollars) and a German tabloid on Wednesday
(gzip-compressed text) that inflates the gusts and the distance, states the charge as fact, omits the denial and ends with a
rhetorical question. Invented by the Parallax team: country, towns, wind farm, firms, groups, outlets, people and figures
are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-hagenmoor-blade"
EV = "ev-hagenmoor-break"
STORY = {"id": SID, "label": "Rotor blade breaks off a wind turbine at Hagenmoor, Nordavien",
         "events": [{"id": EV, "label": "A rotor blade is hurled onto a road in a storm; one driver hurt (13 February 2046)"}]}

EVENT = "hagenmoor rotor blade break"
TUE = T("2046-02-13", "2046-02-13")
VEL = "velwind"
GEG = "gegenwind hagenmoor"
KNEW = (VEL, "knew of", "cracks in the rotor blade since an inspection in october")
CLOSURE = "closure of the a7 motorway"

GROUPS = [
    {"id": "wb-gusts", "story": SID, "status": "conflicting",
     "why": "Gusts of up to 120 km/h (ndp, Rundschau; Continental Newswire's 75 mph) against DONNER's 140 km/h."},
    {"id": "wb-blade", "story": SID, "status": "agreed",
     "why": "A blade about 60 metres long (ndp, Rundschau) and Continental Newswire's 200-foot blade (about 61 m)."},
    {"id": "wb-distance", "story": SID, "status": "conflicting",
     "why": "The blade landed about 200 metres away (ndp, Rundschau; Continental Newswire's 650 feet) against DONNER's almost 300 metres."},
    {"id": "wb-injured", "story": SID, "status": "agreed", "why": "One driver slightly hurt (ndp, Rundschau, Continental Newswire)."},
    {"id": "wb-closure", "story": SID, "status": "agreed", "why": "The A7 closed for about five hours (ndp, Rundschau, Continental Newswire)."},
    {"id": "wb-turbines", "story": SID, "status": "agreed",
     "why": "All 18 turbines of the farm stopped (ndp, Rundschau, Continental Newswire, DONNER)."},
    {"id": "wb-cracks", "story": SID, "status": "disputed",
     "why": "Gegenwind Hagenmoor says Velwind knew of cracks since October (ndp, Rundschau, Continental Newswire); DONNER states it as fact; Velwind denies it (ndp, Rundschau, Continental Newswire); DONNER omits the denial."},
    {"id": "wb-damage", "story": SID, "status": "single-source",
     "why": "Only Continental Newswire: Velwind puts the damage at about €3 million ($3.3 million)."},
]

# ------------------------------------------------------------------ ndp (de agency, text; Tuesday)

NDP = {
    "input": "dev26/hagenmoor-ndp.txt", "story": SID, "event": EV,
    "publisher": "ndp Nordavischer Depeschendienst", "published": "2046-02-13T17:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ndp Nordavischer Depeschendienst", "13.02.2046 – 17:05", "Ressort: Panorama / Energie"],
    "blocks": [
        H("Sturm reißt Rotorblatt von Windrad bei Krellingen ab"),
        P(S("KRELLINGEN (ndp) – Bei Böen von bis zu 120 Kilometern pro Stunde ist am Dienstagmittag im Windpark Hagenmoor ein rund 60 Meter langes Rotorblatt abgebrochen.",
            claims=[Q("bis zu 120 Kilometern pro Stunde", 120, "kilometre per hour", None, "up-to", subject="storm over hagenmoor", group="wb-gusts", time=TUE),
                    Q("rund 60 Meter langes Rotorblatt", 60, "metre", "size", "about", subject="rotor blade", group="wb-blade")]),
          S("Das Blatt wurde etwa 200 Meter weit auf eine Kreisstraße geschleudert und streifte dort ein Auto.",
            claims=[Q("etwa 200 Meter", 200, "metre", "distance", "about", subject=EVENT, group="wb-distance", time=TUE)]),
          S("Ein Autofahrer wurde nach Angaben der Polizei leicht verletzt.",
            claims=[Q("Ein Autofahrer", 1, "person", "wounded", subject=EVENT, source="police", group="wb-injured", time=TUE)])),
        P(S("Die nahe Autobahn A7 blieb rund fünf Stunden gesperrt, weil Trümmerteile auf der Fahrbahn lagen.",
            claims=[Q("rund fünf Stunden", 5, "hour", "duration", "about", subject=CLOSURE, group="wb-closure")]),
          S("Der Betreiber Velwind schaltete alle 18 Anlagen des Windparks ab.",
            claims=[Q("alle 18 Anlagen", 18, None, None, subject=VEL, group="wb-turbines", time=TUE)])),
        P(S("Die Bürgerinitiative Gegenwind Hagenmoor erhob schwere Vorwürfe."),
          S("Velwind habe seit einer Inspektion im Oktober von Rissen in dem Blatt gewusst und die Anlage trotzdem laufen lassen.",
            claims=[ST("Velwind habe seit einer Inspektion im Oktober von Rissen in dem Blatt gewusst", *KNEW, "wb-cracks", source=GEG, hedged=True)]),
          S("Velwind weist das zurück: Bei der Prüfung seien keine Schäden festgestellt worden.",
            claims=[ST("Velwind weist das zurück", *KNEW, "wb-cracks", source=VEL, denial=True)])),
    ],
    "post": ["ndp rk/th 131705 Feb 46", "", "Themen: Windkraft · Unwetter · Krellingen",
             "© ndp – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["13.02.2046 – 17:05", "ndp rk/th 131705 Feb 46", "Themen: Windkraft · Unwetter · Krellingen",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Krellinger Rundschau (de local paper, HTML; near-verbatim rewrite of ndp)

KR_SITE = {
    "nav": ["Startseite", "Krellingen", "Landkreis", "Blaulicht", "Wirtschaft", "Sport", "Trauer"],
    "cookie": "Wir und unsere 96 Partner nutzen Cookies, um Ihnen das beste Erlebnis zu bieten.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "13.02.2046, 18:20 Uhr",
    "share": "Artikel teilen · 57 Kommentare",
    "ad": "Rundschau digital: 6 Wochen für 2 Euro",
    "related_title": "Mehr aus dem Landkreis",
    "related": ["Windpark Hagenmoor: 10 Jahre Streit um die Anlagen", "Sturmtief über dem Norden: 3 Bäume auf Bahngleisen"],
    "footer": "© 2046 Krellinger Rundschau · Impressum · Datenschutz",
    "inline": '<div class="teaser">Bildergalerie: Das abgebrochene Rotorblatt (12 Fotos)</div>',
    "inline_at": 1,
    "after": '<div class="ad-box">Anzeige: Sturmschaden? Dachdecker Lennartz hilft – 0800 555 20 46</div>',
}

KR = {
    "input": "dev26/hagenmoor-rundschau.html", "story": SID, "event": EV,
    "publisher": "Krellinger Rundschau", "published": "2046-02-13T18:20:00+01:00",
    "language": "de", "authors": ["Maren Uhlhorn"], "sensational": False,
    "blocks": [
        H("Sturm reißt Rotorblatt im Windpark Hagenmoor ab"),
        P(S("Bei Böen von bis zu 120 Kilometern pro Stunde ist am Dienstagmittag im Windpark Hagenmoor ein rund 60 Meter langes Rotorblatt abgebrochen.",
            claims=[Q("bis zu 120 Kilometern pro Stunde", 120, "kilometre per hour", None, "up-to", subject="storm over hagenmoor", group="wb-gusts", time=TUE),
                    Q("rund 60 Meter langes Rotorblatt", 60, "metre", "size", "about", subject="rotor blade", group="wb-blade")]),
          S("Das Blatt wurde etwa 200 Meter weit auf die Kreisstraße nach Osterbruck geschleudert und streifte ein Auto.",
            claims=[Q("etwa 200 Meter", 200, "metre", "distance", "about", subject=EVENT, group="wb-distance", time=TUE)]),
          S("Ein Autofahrer wurde nach Angaben der Polizei leicht verletzt.",
            claims=[Q("Ein Autofahrer", 1, "person", "wounded", subject=EVENT, source="police", group="wb-injured", time=TUE)])),
        P(S("Die nahe A7 blieb rund fünf Stunden gesperrt.",
            claims=[Q("rund fünf Stunden", 5, "hour", "duration", "about", subject=CLOSURE, group="wb-closure")]),
          S("Der Betreiber Velwind schaltete alle 18 Anlagen des Windparks ab.",
            claims=[Q("alle 18 Anlagen", 18, None, None, subject=VEL, group="wb-turbines", time=TUE)])),
        P(S("Die Bürgerinitiative Gegenwind Hagenmoor wirft Velwind vor, seit einer Inspektion im Oktober von Rissen in dem Blatt gewusst zu haben.",
            claims=[ST("wirft Velwind vor, seit einer Inspektion im Oktober von Rissen in dem Blatt gewusst zu haben", *KNEW, "wb-cracks", source=GEG)]),
          S("Velwind weist das zurück.",
            claims=[ST("Velwind weist das zurück", *KNEW, "wb-cracks", source=VEL, denial=True)])),
    ],
    "removed": ["96 Partner", "13.02.2046, 18:20 Uhr", "57 Kommentare", "6 Wochen für 2 Euro", "10 Jahre Streit um die Anlagen",
                "3 Bäume auf Bahngleisen", "Das abgebrochene Rotorblatt (12 Fotos)", "0800 555 20 46",
                "© 2046 Krellinger Rundschau"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Tuesday; pair with ndp)

CNW = {
    "input": "dev26/hagenmoor-cnw.txt", "story": SID, "event": EV,
    "publisher": "Continental Newswire", "published": "2046-02-13T19:40:00+01:00",
    "language": "en", "authors": ["Priya Halloran"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "Feb 13, 2046 18:40 UTC"],
    "blocks": [
        H("Storm rips blade off Nordavian wind turbine, driver hurt"),
        P(S("KRELLINGEN, Nordavia (CNW) – Gusts of up to 75 mph (120 km/h) tore a 200-foot rotor blade from a turbine at the Hagenmoor wind farm in northern Nordavia on Tuesday and flung it some 650 feet onto a country road, where it clipped a passing car.",
            claims=[Q("up to 75 mph", 75, "mile per hour", None, "up-to", subject="storm over hagenmoor", group="wb-gusts", time=TUE),
                    Q("120 km/h", 120, "kilometre per hour", None, "up-to", subject="storm over hagenmoor", group="wb-gusts", time=TUE),
                    Q("200-foot rotor blade", 200, "foot", "size", subject="rotor blade", group="wb-blade"),
                    Q("some 650 feet", 650, "foot", "distance", "about", subject=EVENT, group="wb-distance", time=TUE)]),
          S("One motorist suffered minor injuries, police said.",
            claims=[Q("One motorist", 1, "person", "wounded", subject=EVENT, source="police", group="wb-injured", time=TUE)]),
          S("Debris closed the nearby A7 motorway for about five hours.",
            claims=[Q("about five hours", 5, "hour", "duration", "about", subject=CLOSURE, group="wb-closure")])),
        P(S("Operator Velwind shut down all 18 turbines at the site and put the damage at about €3 million ($3.3 million).",
            claims=[Q("all 18 turbines", 18, None, None, subject=VEL, group="wb-turbines", time=TUE),
                    Q("about €3 million", 3000000, "eur", "cost", "about", subject=EVENT, source=VEL, group="wb-damage", time=TUE),
                    Q("$3.3 million", 3300000, "usd", "cost", subject=EVENT, source=VEL, group="wb-damage", time=TUE)])),
        P(S("A local campaign group, Gegenwind Hagenmoor, accused the company of having known about cracks in the blade since an inspection in October.",
            claims=[ST("accused the company of having known about cracks in the blade since an inspection in October", *KNEW, "wb-cracks", source=GEG)]),
          S("“That inspection found nothing,” a Velwind spokesman said, rejecting the accusation.", "quote",
            claims=[ST("rejecting the accusation", *KNEW, "wb-cracks", source=VEL, denial=True)])),
    ],
    "post": ["(Reporting by Priya Halloran; editing by Tom Achterberg)", "© 2046 Continental Newswire. All rights reserved."],
    "removed": ["Feb 13, 2046 18:40 UTC", "editing by Tom Achterberg", "© 2046 Continental Newswire"],
}

# ------------------------------------------------------------------ DONNER (de tabloid, gzip text; Wednesday; omits the denial)

DO = {
    "input": "dev26/hagenmoor-donner.txt.gz", "story": SID, "event": EV,
    "publisher": "DONNER", "published": "2046-02-14T06:15:00+01:00",
    "language": "de", "authors": ["Kai-Uwe Stelzner"], "sensational": True,
    "pre": ["DONNER", "Mittwoch, 14. Februar 2046"],
    "blocks": [
        H("MONSTER-FLÜGEL KRACHT AUF STRASSE!",
          loaded=[L("MONSTER-FLÜGEL", "alarmist")]),
        P(S("Orkanböen mit 140 km/h rissen das Riesenteil vom Öko-Turm.",
            claims=[Q("140 km/h", 140, "kilometre per hour", None, subject="storm over hagenmoor", group="wb-gusts", time=TUE)],
            loaded=[L("Öko-Turm", "belittling")]),
          S("Fast 300 Meter weit flog der Todes-Flügel durch die Luft – und krachte direkt neben einem Auto auf den Asphalt.",
            claims=[Q("Fast 300 Meter", 300, "metre", "distance", "about", subject=EVENT, group="wb-distance", time=TUE)],
            loaded=[L("Todes-Flügel", "alarmist")]),
          S("Der Fahrer zu DONNER: „Ich dachte, jetzt ist alles vorbei.“", "quote")),
        P(S("Jetzt stehen alle 18 Windräder im Park still.",
            claims=[Q("alle 18 Windräder", 18, None, None, subject=VEL, group="wb-turbines", time=TUE)]),
          S("Dabei wusste der Betreiber Velwind seit Monaten von den Rissen im Blatt!",
            claims=[ST("wusste der Betreiber Velwind seit Monaten von den Rissen im Blatt", *KNEW, "wb-cracks")]),
          S("Die Firma spricht von einem „seltenen Materialfehler“.",
            loaded=[L("„seltenen Materialfehler“", "euphemism", "distancing")]),
          S("Wie viele Warnungen brauchen die Windbarone eigentlich noch?", "opinion",
            loaded=[L("Windbarone", "demonising")])),
    ],
    "post": ["Mehr DONNER: Die 7 gefährlichsten Windparks im Land", "DONNER+ 30 Tage kostenlos testen"],
    "removed": ["Die 7 gefährlichsten Windparks im Land", "30 Tage kostenlos testen"],
}

ARTICLES = [NDP, KR, CNW, DO]

REWRITES = [["dev26/hagenmoor-ndp.txt", "dev26/hagenmoor-rundschau.html"]]


def files():
    return {
        "hagenmoor-ndp.txt": (render_txt(NDP), False),
        "hagenmoor-rundschau.html": (render_html(KR, KR_SITE), False),
        "hagenmoor-cnw.txt": (render_txt(CNW), False),
        "hagenmoor-donner.txt.gz": (render_txt(DO), True),
    }
