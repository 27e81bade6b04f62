"""dev17 story 2, the look-alike of story 1: a coach catches fire in the Dorvik road tunnel (Tarsland) on Tuesday,
8 February 2028; 14 people are hurt that day, 16 by Wednesday.

A German agency report (MPA, the same agency and template as the Kestenberg report) and an English paper's HTML page the
next morning (own words: a DE–EN pair, a later count of the injured). Invented by the Parallax team: country, town, tunnel,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-dorvik-tunnel-fire"
EV = "ev-dorvik-coach-fire"
STORY = {"id": SID, "label": "Coach fire in the Dorvik road tunnel",
         "events": [{"id": EV, "label": "A coach catches fire in the Dorvik tunnel in Tarsland; no dead, 14 and later 16 injured (8 February 2028)"}]}

FIRE = "dorvik tunnel fire"
TUNNEL = "dorvik tunnel"
ROADS = "road authority"
TUE = T("2028-02-08", "2028-02-08")
WED = T("2028-02-09", "2028-02-09")

GROUPS = [
    {"id": "dv-injured", "story": SID, "status": "compatible",
     "why": "14 injured on Tuesday by the police (MPA) and 16 treated by Wednesday by the hospital (Courier headline and body): an earlier and a later figure, both days named."},
    {"id": "dv-passengers", "story": SID, "status": "agreed", "why": "The coach carried 48 passengers (MPA, Courier)."},
    {"id": "dv-evacuated", "story": SID, "status": "agreed", "why": "About 90 people left the tunnel on foot (MPA 'rund 90', Courier 'Roughly 90')."},
    {"id": "dv-firefighters", "story": SID, "status": "agreed", "why": "About 80 firefighters (MPA, Courier)."},
    {"id": "dv-fire-duration", "story": SID, "status": "agreed", "why": "The fire was out within two hours (MPA 'innerhalb von zwei Stunden', Courier 'in under two hours')."},
    {"id": "dv-length", "story": SID, "status": "agreed", "why": "The tunnel is 3.2 kilometres long (MPA, Courier with 2 miles)."},
    {"id": "dv-closure", "story": SID, "status": "agreed", "why": "Closed for two days (MPA) or 48 hours (Courier), the road authority's figure."},
    {"id": "dv-upgrade", "story": SID, "status": "agreed", "why": "The tunnel had been upgraded for about 25 million euros (MPA 'rund 25 Millionen Euro', Courier '€25 million')."},
]

MPA = {
    "input": "dev17/dorvik-mpa.txt", "story": SID, "event": EV,
    "publisher": "MPA Marvinische Presse-Agentur", "published": "2028-02-08T15:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["MPA Marvinische Presse-Agentur", "Dienstag, 08.02.2028, 15:05 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Reisebus brennt im Dorviker Straßentunnel – 14 Verletzte",
          claims=[Q("14 Verletzte", 14, "person", "wounded", subject=FIRE, group="dv-injured", time=TUE)]),
        P(S("Im tarsländischen Dorviktunnel ist am Dienstagvormittag ein voll besetzter Reisebus in Flammen aufgegangen."),
          S("Nach Angaben der Polizei wurden 14 Menschen verletzt, die meisten erlitten Rauchvergiftungen.",
            claims=[Q("14 Menschen", 14, "person", "wounded", subject=FIRE, source="police", group="dv-injured", time=TUE)]),
          S("Die 48 Fahrgäste und der Fahrer konnten den Bus rechtzeitig verlassen.",
            claims=[Q("Die 48 Fahrgäste", 48, "passenger", None, subject="burning coach in the dorvik tunnel", group="dv-passengers", time=TUE)])),
        P(S("Insgesamt brachten sich rund 90 Menschen zu Fuß aus dem Tunnel in Sicherheit.",
            claims=[Q("rund 90 Menschen", 90, "person", "evacuated", "about", subject=FIRE, group="dv-evacuated", time=TUE)]),
          S("Etwa 80 Feuerwehrleute löschten den Brand innerhalb von zwei Stunden.",
            claims=[Q("Etwa 80 Feuerwehrleute", 80, "firefighter", "deployed", "about", subject=FIRE, group="dv-firefighters", time=TUE),
                    Q("innerhalb von zwei Stunden", 2, "hour", "duration", "up-to", subject=FIRE, group="dv-fire-duration", time=TUE)])),
        P(S("Der 3,2 Kilometer lange Tunnel verbindet die Innenstadt von Dorvik mit dem Flughafen.",
            claims=[Q("3,2 Kilometer", 3.2, "kilometre", "size", subject=TUNNEL, group="dv-length", time=None)]),
          S("Er bleibt nach Angaben der Straßenbehörde für zwei Tage gesperrt.",
            claims=[Q("für zwei Tage", 2, "day", "duration", subject="dorvik tunnel closure", source=ROADS, group="dv-closure", time=TUE)]),
          S("Erst vor drei Jahren war die Röhre für rund 25 Millionen Euro modernisiert worden.",
            claims=[Q("rund 25 Millionen Euro", 25000000, "eur", "cost", "about", subject="dorvik tunnel upgrade", group="dv-upgrade", time=None)])),
        P(S("Vermutlich war ein technischer Defekt im Motorraum die Ursache."),
          S("Der Bus war mit einer Reisegruppe aus dem Süden Tarslands auf dem Weg zum Flughafen."),
          S("Der Fahrer habe noch versucht, die Flammen mit einem Feuerlöscher zu ersticken, sagte ein Polizeisprecher."),
          S("Reisende zum Flughafen wurden gebeten, mehr Zeit für die Anfahrt einzuplanen.")),
        P(S("Die Straßenbehörde will nun prüfen, ob die Decke des Tunnels durch die Hitze beschädigt wurde."),
          S("Auch die Lüftungsanlage soll untersucht werden."),
          S("Busse und Taxis zum Flughafen werden über die Küstenstraße umgeleitet, was nach Angaben der Behörde zu erheblichen Verzögerungen führt."),
          S("Der Dorviktunnel gilt als einer der meistbefahrenen Straßentunnel des Landes.")),
    ],
    "post": ["mpa/dv/kr 081505 Feb 28", "", "Themen: Verkehr · Unglücke · Tarsland",
             "© MPA Marvinische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Dienstag, 08.02.2028, 15:05 Uhr", "Ressort: Vermischtes", "mpa/dv/kr 081505 Feb 28",
                "Themen: Verkehr · Unglücke · Tarsland", "Alle Rechte vorbehalten"],
}

COURIER_SITE = {
    "nav": ["News", "Dorvik", "Tarsland", "Business", "Travel", "Opinion", "Sport"],
    "cookie": "This site uses cookies for analytics and advertising. Manage settings or accept all.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Wednesday, February 9, 2028",
    "share": "Share · Print · 22 comments",
    "ad": "Advertisement – Dorvik Airport Parking: 8 days for the price of 5",
    "related_title": "Most read",
    "related": ["Airport passenger numbers hit 4 million", "Council approves second ring road",
                "10 cosy cafés for a winter afternoon"],
    "footer": "© 2028 The Tarsland Courier · About us · Privacy",
    "after": '<p class="caption">Photo: Dorvik Fire Brigade</p>',
}

COURIER = {
    "input": "dev17/dorvik-courier.html", "story": SID, "event": EV,
    "publisher": "The Tarsland Courier", "published": "2028-02-09T08:00:00+01:00",
    "language": "en", "authors": ["Neil Faraday"], "sensational": False,
    "blocks": [
        H("Sixteen hurt as coach catches fire in Dorvik tunnel",
          claims=[Q("Sixteen hurt", 16, "person", "wounded", subject=FIRE, group="dv-injured", time=WED)]),
        P(S("A coach carrying 48 passengers caught fire in the Dorvik road tunnel on Tuesday morning, forcing drivers to abandon their cars and walk out through the smoke.",
            claims=[Q("48 passengers", 48, "passenger", None, subject="burning coach in the dorvik tunnel", group="dv-passengers", time=TUE)]),
          S("By Wednesday, 16 people had been treated for injuries, most of them for smoke inhalation, the city hospital said.",
            claims=[Q("16 people", 16, "person", "wounded", subject=FIRE, source="hospital", group="dv-injured", time=WED)])),
        P(S("Roughly 90 people left the 3.2-kilometre (2-mile) tunnel on foot.",
            claims=[Q("Roughly 90 people", 90, "person", "evacuated", "about", subject=FIRE, group="dv-evacuated", time=TUE),
                    Q("3.2-kilometre", 3.2, "kilometre", "size", subject=TUNNEL, group="dv-length", time=None),
                    Q("2-mile", 2, "mile", "size", subject=TUNNEL, group="dv-length", time=None)]),
          S("About 80 firefighters put out the blaze in under two hours.",
            claims=[Q("About 80 firefighters", 80, "firefighter", "deployed", "about", subject=FIRE, group="dv-firefighters", time=TUE),
                    Q("in under two hours", 2, "hour", "duration", "less-than", subject=FIRE, group="dv-fire-duration", time=TUE)])),
        P(S("The tunnel, the main road link between the city centre and the airport, will stay closed for 48 hours, the road authority said.",
            claims=[Q("48 hours", 48, "hour", "duration", subject="dorvik tunnel closure", source=ROADS, group="dv-closure", time=TUE)]),
          S("It reopened only three years ago after a €25 million upgrade that added new fans and emergency exits.",
            claims=[Q("a €25 million upgrade", 25000000, "eur", "cost", subject="dorvik tunnel upgrade", group="dv-upgrade", time=None)])),
        P(S("Investigators suspect a technical fault in the engine compartment."),
          S("Passengers described thick black smoke filling the tunnel within minutes."),
          S("The coach was carrying a tour group from southern Tarsland to Dorvik airport, and several travellers missed their flights."),
          S("Buses and taxis to the airport are being diverted along the coast road.")),
    ],
    "removed": ["This site uses cookies", "Wednesday, February 9, 2028", "22 comments", "Dorvik Airport Parking",
                "8 days for the price of 5", "Airport passenger numbers hit 4 million", "Council approves second ring road",
                "10 cosy cafés for a winter afternoon", "Photo: Dorvik Fire Brigade", "© 2028 The Tarsland Courier"],
}

MPA["blocks"].append(P(
    S("Augenzeugen berichteten, aus dem Heck des Busses sei zunächst weißer, dann schwarzer Rauch aufgestiegen."),
    S("Der Fahrer habe sofort angehalten und die Türen geöffnet, sagte eine Reisende dem Rundfunk."),
    S("Die Fahrgäste seien dann in Richtung des nächsten Notausgangs gelaufen, viele hätten sich Schals vor das Gesicht gehalten."),
    S("Das Busunternehmen aus dem Süden des Landes kündigte an, mit den Ermittlern zusammenzuarbeiten."),
    S("Der Flughafen richtete für verspätete Reisende einen eigenen Schalter ein.")))

COURIER["blocks"].append(P(
    S("“The driver stopped at once, opened the doors and told everyone to run,” said one passenger, a retired teacher from the south.", "quote"),
    S("The coach company said it would cooperate fully with investigators."),
    S("Engineers are checking whether the heat damaged the tunnel's ceiling and its ventilation system before traffic is allowed back in.")))

ARTICLES = [MPA, COURIER]

REWRITES = []


def files():
    return {
        "dorvik-mpa.txt": (render_txt(MPA), False),
        "dorvik-courier.html": (render_html(COURIER, COURIER_SITE), False),
    }
