"""dev16 story 2, the look-alike of story 1: the freighter Marta Holm rams a pier in the port of Vedrin (Lyskarien) on
Wednesday, 17 March 2027, and leaks heavy fuel oil into the harbour basin.

A German agency report (OPA, the same agency and template as the Brisenhaven report) and an English paper's HTML page the
next day (own words: a DE–EN pair with OPA). Invented by the Parallax team: country, town, ship, outlets, people and figures
are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-vedrin-oil"
EV = "ev-vedrin-pier"
STORY = {"id": SID, "label": "Freighter leaks fuel oil in the port of Vedrin",
         "events": [{"id": EV, "label": "The freighter Marta Holm rams a pier in Vedrin and leaks heavy fuel oil into the harbour (17 March 2027)"}]}

PORT = "port authority"
SPILL = "marta holm oil spill"
WED = T("2027-03-17", "2027-03-17")

GROUPS = [
    {"id": "vd-leaked", "story": SID, "status": "compatible",
     "why": "About 150 tonnes of heavy fuel oil (OPA; the Ledger's 'some 150 tonnes' in the headline and body) and the port authority's 'up to 180 tonnes' the next day (Ledger): a bound at the upper end allows the estimate."},
    {"id": "vd-slick", "story": SID, "status": "agreed",
     "why": "A film of about four square kilometres (OPA; the Ledger 'about 4 square kilometres (1.5 square miles)')."},
    {"id": "vd-crew", "story": SID, "status": "agreed", "why": "14 crew members unhurt (OPA, Ledger)."},
    {"id": "vd-helpers", "story": SID, "status": "agreed", "why": "About 60 helpers (OPA, Ledger)."},
    {"id": "vd-closure", "story": SID, "status": "agreed", "why": "The harbour closed for two days (OPA, Ledger '48 hours')."},
    {"id": "vd-cost", "story": SID, "status": "single-source", "why": "Only the Ledger: about €8 million for the clean-up."},
    {"id": "vd-ships-waiting", "story": SID, "status": "single-source", "why": "Only OPA: more than 30 ships waiting in the roads."},
]

OPA = {
    "input": "dev16/vedrin-opa.txt", "story": SID, "event": EV,
    "publisher": "OPA Orvanische Presse-Agentur", "published": "2027-03-17T16:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["OPA Orvanische Presse-Agentur", "Mittwoch, 17.03.2027, 16:20 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Frachter rammt Pier in Vedrin – Schweröl läuft ins Hafenbecken"),
        P(S("Im lyskarischen Hafen Vedrin ist am Mittwochmorgen der Frachter „Marta Holm“ beim Anlegen gegen eine Pier geprallt."),
          S("Dabei wurde ein Treibstofftank aufgerissen, rund 150 Tonnen Schweröl liefen nach Angaben der Hafenbehörde ins Hafenbecken.",
            claims=[Q("rund 150 Tonnen Schweröl", 150, "tonne", None, "about", subject=SPILL, source=PORT, group="vd-leaked", time=WED)]),
          S("Die 14 Besatzungsmitglieder blieben unverletzt.",
            claims=[Q("Die 14 Besatzungsmitglieder", 14, "person", None, subject="marta holm", group="vd-crew", time=WED)])),
        P(S("Der Ölfilm breitete sich bis zum Mittag auf etwa vier Quadratkilometern aus.",
            claims=[Q("etwa vier Quadratkilometern", 4, "square kilometre", "size", "about", subject="vedrin oil slick", group="vd-slick", time=WED)]),
          S("Rund 60 Helfer von Hafenfeuerwehr und Umweltamt versuchten, ihn mit schwimmenden Barrieren einzudämmen.",
            claims=[Q("Rund 60 Helfer", 60, "person", "deployed", "about", subject=SPILL, group="vd-helpers", time=WED)]),
          S("Der Hafen bleibt nach Angaben der Behörde für zwei Tage geschlossen.",
            claims=[Q("für zwei Tage", 2, "day", "duration", subject="vedrin harbour closure", source=PORT, group="vd-closure", time=WED)])),
        P(S("Vor der Hafeneinfahrt warteten am Nachmittag mehr als 30 Schiffe auf die Einfahrt.",
            claims=[Q("mehr als 30 Schiffe", 30, "ship", None, "more-than", subject="vedrin harbour closure", group="vd-ships-waiting", time=WED)]),
          S("Die Ursache des Unfalls ist noch unklar, die Hafenbehörde prüft einen Fehler beim Anlegemanöver."),
          S("Der Lotse an Bord wurde befragt.")),
        P(S("Umweltschützer befürchten Schäden für die Vogelschutzinseln vor der Hafeneinfahrt."),
          S("Die Stadt Vedrin rief Spaziergänger auf, die Uferpromenade vorerst zu meiden."),
          S("Die „Marta Holm“ fährt unter lyskarischer Flagge und bringt Baustoffe aus dem Süden des Landes nach Vedrin."),
          S("Der Frachter liegt nach dem Unfall mit leichter Schlagseite an der Pier.")),
        P(S("Vedrin ist der zweitgrößte Hafen Lyskariens."),
          S("Erst im vergangenen Herbst war dort nach einem ähnlichen Anlegeunfall Diesel ausgelaufen, damals allerdings nur in geringer Menge."),
          S("Die Hafenbehörde kündigte an, die Regeln für das Anlegen bei starkem Wind zu überprüfen."),
          S("Die Reederei des Frachters äußerte sich bis zum Nachmittag nicht.")),
    ],
    "post": ["opa/vd/lm 171620 Mär 27", "", "Themen: Umwelt · Schifffahrt · Lyskarien",
             "© OPA Orvanische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Mittwoch, 17.03.2027, 16:20 Uhr", "Ressort: Panorama", "opa/vd/lm 171620 Mär 27",
                "Themen: Umwelt · Schifffahrt · Lyskarien", "Alle Rechte vorbehalten"],
}

LEDGER_SITE = {
    "nav": ["Home", "Lyskaria", "Business", "Ports", "Opinion", "Sport", "Subscribe"],
    "cookie": "We use cookies to improve your experience and to show you relevant adverts. Accept or manage your choices.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Thursday, March 18, 2027",
    "share": "Share · Email · 14 comments",
    "ad": "Advertisement – Harbour View Hotel Vedrin: rooms from €79, book direct and save 10%",
    "related_title": "More from the Ledger",
    "related": ["Port of Vedrin posts record 2026 volumes", "Dredging of the outer channel to start in June",
                "5 seafood restaurants worth the trip"],
    "footer": "© 2027 The Lyskarian Ledger · Contact · Privacy",
}

LEDGER = {
    "input": "dev16/vedrin-ledger.html", "story": SID, "event": EV,
    "publisher": "The Lyskarian Ledger", "published": "2027-03-18T08:00:00+01:00",
    "language": "en", "authors": ["Daniel Orrick"], "sensational": False,
    "blocks": [
        H("Some 150 tonnes of fuel oil spill into Vedrin harbour after freighter hits pier",
          claims=[Q("Some 150 tonnes of fuel oil", 150, "tonne", None, "about", subject=SPILL, group="vd-leaked", time=WED)]),
        P(S("The freighter Marta Holm struck a pier while docking in Vedrin on Wednesday morning, tearing open a fuel tank and spilling some 150 tonnes of heavy fuel oil into the harbour.",
            claims=[Q("some 150 tonnes of heavy fuel oil", 150, "tonne", None, "about", subject=SPILL, group="vd-leaked", time=WED)]),
          S("By Thursday morning the port authority said the spill could amount to up to 180 tonnes.",
            claims=[Q("up to 180 tonnes", 180, "tonne", None, "up-to", subject=SPILL, source=PORT, group="vd-leaked", time=T("2027-03-18", "2027-03-18"))]),
          S("None of the 14 crew members was hurt.",
            claims=[Q("the 14 crew members", 14, "person", None, subject="marta holm", group="vd-crew", time=WED)])),
        P(S("The oil spread over about 4 square kilometres (1.5 square miles) of water before about 60 workers and firefighters ringed it with floating booms.",
            claims=[Q("about 4 square kilometres", 4, "square kilometre", "size", "about", subject="vedrin oil slick", group="vd-slick", time=WED),
                    Q("1.5 square miles", 1.5, "square mile", "size", "about", subject="vedrin oil slick", group="vd-slick", time=WED),
                    Q("about 60 workers and firefighters", 60, "person", "deployed", "about", subject=SPILL, group="vd-helpers", time=WED)])),
        P(S("The port will stay closed for 48 hours, officials said.",
            claims=[Q("48 hours", 48, "hour", "duration", subject="vedrin harbour closure", source="officials", group="vd-closure", time=WED)]),
          S("City officials estimated the cost of the clean-up at about €8 million.",
            claims=[Q("about €8 million", 8000000, "eur", "cost", "about", subject="vedrin clean-up", source="city authorities", group="vd-cost", time=None)])),
        P(S("Investigators are looking at whether the pilot misjudged the strong crosswind."),
          S("Birdwatchers fear for the nesting islands outside the harbour entrance, which are home to colonies of terns and gulls every spring."),
          S("The ship's owner has not commented.")),
    ],
    "removed": ["We use cookies to improve your experience", "Thursday, March 18, 2027", "14 comments", "Harbour View Hotel Vedrin",
                "rooms from €79", "Port of Vedrin posts record 2026 volumes", "Dredging of the outer channel to start in June",
                "5 seafood restaurants worth the trip", "© 2027 The Lyskarian Ledger"],
}

OPA["blocks"].insert(4, P(
    S("Ein Sprecher der Hafenbehörde sagte, das Öl sei zäh und lasse sich mit Saugfahrzeugen nur langsam aufnehmen."),
    S("Taucher sollen am Donnerstag den Rumpf des Frachters untersuchen."),
    S("Die Fischer im Hafen wurden aufgefordert, ihre Boote vorerst an den Liegeplätzen zu lassen.")))

LEDGER["blocks"].append(P(
    S("Dock workers said the ship came in too fast as gusts swept across the harbour."),
    S("Ferries to the outer islands were diverted to a smaller terminal north of the city."),
    S("Local fishermen were told to keep their boats in port until further notice."),
    S("The Marta Holm sails under the Lyskarian flag and carries building materials along the coast.")))

ARTICLES = [OPA, LEDGER]

REWRITES = []


def files():
    return {
        "vedrin-opa.txt": (render_txt(OPA), False),
        "vedrin-ledger.html": (render_html(LEDGER, LEDGER_SITE), False),
    }
