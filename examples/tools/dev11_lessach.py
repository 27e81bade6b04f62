"""dev11 story 4: a night coach leaves the motorway near Lessach and plunges down an embankment (night to
Sunday, 19 September 2027).

The regional paper's HTML page (it reports the operator's denial that the driver fell asleep) and an English
tabloid that states the dozing driver as fact, omits the denial, adds up the people on board and counts one air
ambulance more. The look-alike is `dev11_wilzenbach.py` (a coach crash one year earlier). Invented by the
Parallax team: towns, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-lessach-coach-crash"
EV = "ev-lessach-coach-crash"
STORY = {"id": SID, "label": "Night-coach crash near Lessach",
         "events": [{"id": EV, "label": "A night coach overturns down a motorway embankment near Lessach (19 September 2027)"}]}

POL = "police"
TAU = "taurino reisen"
DAY = T("2027-09-19", "2027-09-19")
CRASH = "lessach coach crash"

GROUPS = [
    {"id": "lc-killed", "story": SID, "status": "agreed", "why": "Rundschau and Klaxon: four dead."},
    {"id": "lc-injured", "story": SID, "status": "agreed",
     "why": "31 injured (police, Rundschau) and 'more than 30' (Klaxon) state the same number."},
    {"id": "lc-injured-serious", "story": SID, "status": "single-source", "why": "Only the Rundschau: nine seriously injured."},
    {"id": "lc-onboard", "story": SID, "status": "compatible",
     "why": "49 passengers and two drivers (Rundschau) add up to the Klaxon's 51 people on board."},
    {"id": "lc-students", "story": SID, "status": "agreed", "why": "Rundschau and Klaxon: a group of twelve students (choir members)."},
    {"id": "lc-drop", "story": SID, "status": "agreed", "why": "Rundschau (about eight metres) and Klaxon (eight metres)."},
    {"id": "lc-rescuers", "story": SID, "status": "single-source", "why": "Only the Rundschau: about 180 emergency workers."},
    {"id": "lc-helicopters", "story": SID, "status": "conflicting",
     "why": "Four rescue helicopters (Rundschau) against five air ambulances (Klaxon) at one scene."},
    {"id": "lc-closure", "story": SID, "status": "single-source", "why": "Only the Rundschau: motorway closed for eleven hours."},
    {"id": "lc-asleep", "story": SID, "status": "disputed",
     "why": "The Klaxon states (and survivors say) the driver fell asleep; Taurino Reisen denies it (Rundschau); the Klaxon omits the denial."},
    {"id": "lc-driving-time", "story": SID, "status": "disputed",
     "why": "Nine hours at the wheel (Klaxon) against the operator's counter-figure of nearly three hours in its denial (Rundschau)."},
    {"id": "lc-fleet", "story": SID, "status": "single-source", "why": "Only the Rundschau: Taurino runs 140 coaches."},
]

# ------------------------------------------------------------------ Lessacher Rundschau (de regional paper, HTML)

RS_SITE = {
    "nav": ["Lessach", "Kreis", "Blaulicht", "Wirtschaft", "Kultur", "Sport", "Service"],
    "cookie": "Mit Klick auf „Alles klar“ stimmen Sie der Verarbeitung Ihrer Daten durch uns und 84 Partner zu.",
    "cookie_ok": "Alles klar",
    "by": "Von",
    "date_label": "So., 19.09.2027, 14:00 Uhr",
    "share": "Teilen: Facebook · WhatsApp · E-Mail",
    "ad": "Anzeige: Reisebüro Sonnenweg – Busreisen an den Gardasee ab 399 €",
    "related_title": "Weitere Meldungen aus dem Blaulicht",
    "related": ["Feuer in Scheune bei Ottmering – 80.000 Euro Schaden", "Radfahrer bei Unfall an der B 17 verletzt",
                "Polizei sucht Zeugen nach Einbruch in Apotheke"],
    "footer": "© Lessacher Rundschau 2027 · Alle Rechte vorbehalten · Impressum · Datenschutz · Cookie-Einstellungen",
    "inline": '<div class="teaser">Lesen Sie auch: <a href="/blaulicht/a61-unfallschwerpunkt">Ist die A 61 ein Unfallschwerpunkt?</a></div>',
    "inline_at": 3,
    "after": '<p class="tags">Schlagworte: Busunglück · A 61 · Lessach · Taurino Reisen</p>',
}

RS = {
    "input": "dev11/lessach-rundschau.html", "story": SID, "event": EV,
    "publisher": "Lessacher Rundschau", "published": "2027-09-19T14:00:00+02:00",
    "language": "de", "authors": ["Frieder Gansloser"], "sensational": False,
    "blocks": [
        H("Reisebus stürzt bei Lessach Böschung hinab – vier Tote",
          claims=[Q("vier Tote", 4, "person", "killed", subject=CRASH, group="lc-killed", time=DAY)]),
        P(S("Bei einem schweren Busunglück auf der Autobahn A 61 bei Lessach sind in der Nacht zum Sonntag vier Menschen ums Leben gekommen.",
            claims=[Q("vier Menschen ums Leben gekommen", 4, "person", "killed", subject=CRASH, group="lc-killed", time=DAY)]),
          S("31 Fahrgäste wurden verletzt, neun von ihnen schwer, teilte die Polizei mit.",
            claims=[Q("31 Fahrgäste wurden verletzt", 31, "passenger", "wounded", subject=CRASH, source=POL, group="lc-injured", time=DAY),
                    Q("neun von ihnen schwer", 9, "passenger", "wounded", subject=CRASH, source=POL, group="lc-injured-serious", time=DAY)])),
        P(S("Der Fernbus der Linie 370 des Unternehmens Taurino Reisen war gegen 3.10 Uhr bei Kilometer 212 in Richtung Sankt Oswin von der Fahrbahn abgekommen."),
          S("Er durchbrach die Leitplanke und stürzte rund acht Meter tief eine Böschung hinab, wo er auf der Seite liegen blieb.",
            claims=[Q("rund acht Meter tief", 8, "metre", "distance", "about", subject=CRASH, group="lc-drop", time=DAY)])),
        P(S("An Bord waren 49 Fahrgäste und zwei Fahrer.",
            claims=[Q("49 Fahrgäste", 49, "passenger", None, subject=CRASH, group="lc-onboard", time=DAY),
                    Q("zwei Fahrer", 2, "person", None, subject=CRASH, group="lc-onboard", time=DAY)]),
          S("Unter ihnen war eine Gruppe von zwölf Studierenden aus Brelitz, die zu einem Chorwettbewerb unterwegs war.",
            claims=[Q("zwölf Studierenden", 12, "person", None, subject=CRASH, group="lc-students", time=DAY)])),
        P(S("Rund 180 Einsatzkräfte und vier Rettungshubschrauber waren an der Unfallstelle.",
            claims=[Q("Rund 180 Einsatzkräfte", 180, "person", "deployed", "about", subject=CRASH, group="lc-rescuers", time=DAY),
                    Q("vier Rettungshubschrauber", 4, "aircraft", "deployed", subject=CRASH, group="lc-helicopters", time=DAY)]),
          S("Die Autobahn blieb in Richtung Süden elf Stunden lang gesperrt.",
            claims=[Q("elf Stunden lang gesperrt", 11, "hour", "duration", subject="a 61", group="lc-closure", time=DAY)])),
        P(S("Zur Unfallursache ermittelt die Polizei noch."),
          S("Berichte, der Fahrer sei am Steuer eingeschlafen, wies Taurino Reisen zurück.",
            claims=[ST("wies Taurino Reisen zurück", "driver", "fell asleep", "wheel", "lc-asleep", source=TAU, denial=True)]),
          S("Die beiden Fahrer hätten sich planmäßig abgewechselt, der 58-Jährige sei erst seit knapp drei Stunden am Steuer gewesen, erklärte ein Sprecher.",
            claims=[Q("seit knapp drei Stunden am Steuer", 3, "hour", "duration", "about", subject="driver", source=TAU, hedged=True, group="lc-driving-time", time=DAY)])),
        P(S("„Ein solches Unglück hat es in unserer Firmengeschichte noch nie gegeben“, sagte Geschäftsführer Aurelio Taurino.", "quote"),
          S("Das Unternehmen betreibt nach eigenen Angaben 140 Busse.",
            claims=[Q("140 Busse", 140, "vehicle", None, subject=TAU, source=TAU, group="lc-fleet", time=None)])),
        H("Info für Angehörige"),
        P(S("Die Polizei hat eine Hotline unter 0800 / 33 44 50 eingerichtet.")),
    ],
    "removed": ["stimmen Sie der Verarbeitung Ihrer Daten", "Alles klar", "So., 19.09.2027, 14:00 Uhr", "Teilen: Facebook",
                "Reisebüro Sonnenweg", "Feuer in Scheune bei Ottmering", "Radfahrer bei Unfall an der B 17", "Einbruch in Apotheke",
                "© Lessacher Rundschau 2027", "Ist die A 61 ein Unfallschwerpunkt?", "Schlagworte: Busunglück · A 61 · Lessach · Taurino Reisen"],
}

# ------------------------------------------------------------------ The Daily Klaxon (en tabloid, dateline block; omits the denial)

KLAXON = {
    "input": "dev11/lessach-klaxon.txt", "story": SID, "event": EV,
    "publisher": "The Daily Klaxon", "published": "2027-09-20T00:30:00+01:00",
    "language": "en", "authors": ["Gary Pennock"], "sensational": True,
    "pre": ["THE DAILY KLAXON", "Monday 20 September 2027, 00:30", "By Gary Pennock, Chief Reporter"],
    "blocks": [
        H("DEATH COACH HORROR: Driver dozed off after NINE HOURS at the wheel",
          claims=[ST("Driver dozed off", "driver", "fell asleep", "wheel", "lc-asleep"),
                  Q("NINE HOURS at the wheel", 9, "hour", "duration", subject="driver", group="lc-driving-time", time=DAY)],
          loaded=[L("DEATH COACH HORROR", "alarmist")]),
        P(S("Four people were killed and more than 30 hurt when a packed night coach careered off a motorway near Lessach and plunged eight metres down an embankment in the early hours of Sunday.",
            claims=[Q("Four people were killed", 4, "person", "killed", subject=CRASH, group="lc-killed", time=DAY),
                    Q("more than 30 hurt", 30, "person", "wounded", "more-than", subject=CRASH, group="lc-injured", time=DAY),
                    Q("plunged eight metres", 8, "metre", "distance", subject=CRASH, group="lc-drop", time=DAY)])),
        P(S("The Klaxon can reveal that the driver, 58, had been behind the wheel for nine hours without a proper break.",
            claims=[Q("for nine hours", 9, "hour", "duration", subject="driver", source="daily klaxon", group="lc-driving-time", time=DAY)]),
          S("Survivors told us he had nodded off moments before the crash.",
            claims=[ST("he had nodded off moments before the crash", "driver", "fell asleep", "wheel", "lc-asleep", source="survivors")])),
        P(S("Student Ellie Marsh, 20, one of 12 choir members from Aldergate College on board, said: “There was a bang and then we were upside down.”", "quote",
            claims=[Q("12 choir members", 12, "person", None, subject=CRASH, group="lc-students", time=DAY)])),
        P(S("Five air ambulances ferried the worst injured to hospitals across the region as heroic paramedics battled through the night.",
            claims=[Q("Five air ambulances", 5, "aircraft", "deployed", subject=CRASH, group="lc-helicopters", time=DAY)],
            loaded=[L("heroic paramedics", "glorifying")]),
          S("There were 51 people on board the coach, run by cut-price firm Taurino Reisen.",
            claims=[Q("51 people on board", 51, "person", None, subject=CRASH, group="lc-onboard", time=DAY)],
            loaded=[L("cut-price firm", "belittling")])),
        P(S("Cowboy operators like this should be banned from our roads.", "opinion",
            loaded=[L("Cowboy operators", "demonising")]),
          S("How many more families must grieve before ministers act?", "opinion")),
    ],
    "post": ["Got a story? Call the Klaxon newsdesk free on 0800 555 0123", "MORE: Holiday hell – the 10 worst motorway service stations",
             "Comments (214)"],
    "removed": ["Monday 20 September 2027, 00:30", "By Gary Pennock, Chief Reporter", "Got a story?", "0800 555 0123",
                "the 10 worst motorway service stations", "Comments (214)"],
}

ARTICLES = [RS, KLAXON]

REWRITES = []


def files():
    return {
        "lessach-rundschau.html": (render_html(RS, RS_SITE), False),
        "lessach-klaxon.txt": (render_txt(KLAXON), False),
    }
