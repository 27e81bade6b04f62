"""dev24 story 4: on Saturday afternoon, 9 March 2041, chlorine gas escapes from the dosing plant of the indoor pool Seewiese
in Ossmark (Vessarien); about 250 bathers are led out, 31 people are hurt on Saturday (the fire service; 12 of them
children), 36 by Sunday; the fire service has nine taken to hospital, the ambulance service's count heard by a radio
station is 14. The pool stays shut for at least two weeks. No charge, no denial.

A German local paper (HTML), an English wire (Northline Wire; a DE–EN pair in own words), a German local radio (RSS) with a
rival hospital count, and an English paper on Sunday (HTML) with a later toll. Invented by the Parallax team: country,
town, pool, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html, render_rss

SID = "st-ossmark-chlorine"
EV = "ev-ossmark-leak"
STORY = {"id": SID, "label": "Chlorine gas leak at the Seewiese indoor pool in Ossmark, Vessarien",
         "events": [{"id": EV, "label": "Chlorine gas escapes at the Seewiese pool; bathers led out, dozens hurt (9 March 2041)"}]}

EVENT = "ossmark pool chlorine leak"
SAT = T("2041-03-09", "2041-03-09")
SUN = T("2041-03-10", "2041-03-10")

GROUPS = [
    {"id": "os-injured", "story": SID, "status": "compatible",
     "why": "31 hurt on Saturday (Kurier, Northline), more than 30 (Radio Ossmark) and 36 by Sunday (Herald, restating 31): an earlier and a later figure."},
    {"id": "os-hospital", "story": SID, "status": "conflicting",
     "why": "Nine taken to hospital by the fire service's count (Kurier, Northline) against 14 by the ambulance service's (Radio Ossmark), the same day."},
    {"id": "os-evacuated", "story": SID, "status": "agreed", "why": "About 250 bathers led out (Kurier, Northline, Radio Ossmark, Herald)."},
    {"id": "os-closed", "story": SID, "status": "agreed", "why": "The pool shut for at least two weeks (Kurier, Herald)."},
    {"id": "os-children", "story": SID, "status": "single-source", "why": "Only Northline: 12 of the injured were children."},
    {"id": "os-firefighters", "story": SID, "status": "single-source", "why": "Only Radio Ossmark: about 60 firefighters."},
]

# ------------------------------------------------------------------ Ossmarker Kurier (de local paper, HTML; Saturday evening)

KU_SITE = {
    "nav": ["Home", "Ossmark", "Kreis", "Blaulicht", "Sport", "Freizeit", "Traueranzeigen"],
    "cookie": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "Sa., 09.03.2041, 20:10",
    "share": "Teilen · 28 Kommentare",
    "ad": "Sauna-Landschaft Ossmark: 2 Stunden für 15 Euro",
    "related_title": "Blaulicht aus dem Kreis",
    "related": ["Brand in Lagerhalle: 2 Verletzte", "Unfall auf der L 34"],
    "footer": "© 2041 Ossmarker Kurier · Impressum · Kontakt",
    "inline": '<div class="teaser">Video: Die Bilder vom Einsatz (1:45)</div>',
    "inline_at": 1,
}

KU = {
    "input": "dev24/ossmark-kurier.html", "story": SID, "event": EV,
    "publisher": "Ossmarker Kurier", "published": "2041-03-09T20:10:00+01:00",
    "language": "de", "authors": ["Sabine Ruckert"], "sensational": False,
    "blocks": [
        H("Chlorgas im Hallenbad Seewiese: 31 Verletzte",
          claims=[Q("31 Verletzte", 31, "person", "wounded", subject=EVENT, group="os-injured", time=SAT)]),
        P(S("Im Hallenbad Seewiese ist am Samstagnachmittag Chlorgas aus der Dosieranlage ausgetreten."),
          S("Rund 250 Badegäste mussten das Bad verlassen.",
            claims=[Q("Rund 250 Badegäste", 250, "person", "evacuated", "about", subject=EVENT, group="os-evacuated", time=SAT)]),
          S("Nach Angaben der Feuerwehr wurden 31 Menschen verletzt, neun von ihnen kamen ins Krankenhaus.",
            claims=[Q("31 Menschen", 31, "person", "wounded", subject=EVENT, source="fire service", group="os-injured", time=SAT),
                    Q("neun von ihnen", 9, "person", "wounded", subject=EVENT, source="fire service", group="os-hospital", time=SAT)])),
        P(S("Die Stadt ließ das Bad schließen; es bleibt mindestens zwei Wochen zu.",
            claims=[Q("mindestens zwei Wochen", 2, "week", "duration", "at-least", subject="closure of the seewiese pool", group="os-closed", time=None)]),
          S("Warum das Gas austrat, ist noch unklar.")),
    ],
    "removed": ["Sa., 09.03.2041, 20:10", "28 Kommentare", "2 Stunden für 15 Euro", "Brand in Lagerhalle: 2 Verletzte",
                "Unfall auf der L 34", "Die Bilder vom Einsatz", "© 2041 Ossmarker Kurier"],
}

# ------------------------------------------------------------------ Northline Wire (en wire, text; Saturday; pair with the Kurier)

NW = {
    "input": "dev24/ossmark-northline.txt", "story": SID, "event": EV,
    "publisher": "Northline Wire", "published": "2041-03-09T21:40:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["NORTHLINE WIRE", "March 9, 2041 / 20:40 GMT"],
    "blocks": [
        H("Chlorine leak at Vessarian swimming pool injures 31"),
        P(S("OSSMARK, Vessaria – Chlorine gas leaked at an indoor swimming pool in Ossmark on Saturday, injuring 31 people, 12 of them children, the fire service said.",
            claims=[Q("31 people", 31, "person", "wounded", subject=EVENT, source="fire service", group="os-injured", time=SAT),
                    Q("12 of them", 12, "child", "wounded", subject=EVENT, source="fire service", group="os-children", time=SAT)]),
          S("Nine were taken to hospital.",
            claims=[Q("Nine", 9, "person", "wounded", subject=EVENT, group="os-hospital", time=SAT)]),
          S("Some 250 swimmers were led out of the building.",
            claims=[Q("Some 250 swimmers", 250, "person", "evacuated", "about", subject=EVENT, group="os-evacuated", time=SAT)])),
        P(S("The cause of the leak was not yet known.")),
    ],
    "post": ["© 2041 Northline Wire. All rights reserved."],
    "removed": ["March 9, 2041 / 20:40 GMT", "© 2041 Northline Wire"],
}

# ------------------------------------------------------------------ Radio Ossmark (de local radio, RSS; Saturday night)

RO_CHANNEL = {"title": "Radio Ossmark – Nachrichten", "link": "https://radio-ossmark.example/",
              "description": "Das Neueste aus Ossmark und dem Kreis", "language": "de"}

RO = {
    "input": "dev24/radio-ossmark.rss#ro-2041-03-09-chlorgas", "story": SID, "event": EV,
    "publisher": "Radio Ossmark", "published": "2041-03-09T22:00:00+01:00",
    "language": "de", "authors": ["Lars Feddersen"], "sensational": False,
    "blocks": [
        H("Chlorgas-Unfall: 14 Menschen im Krankenhaus",
          claims=[Q("14 Menschen", 14, "person", "wounded", subject=EVENT, group="os-hospital", time=SAT)]),
        P(S("Nach dem Chlorgasaustritt im Hallenbad Seewiese sind laut Rettungsdienst 14 Menschen in Kliniken gebracht worden.",
            claims=[Q("14 Menschen", 14, "person", "wounded", subject=EVENT, source="ambulance service", group="os-hospital", time=SAT)]),
          S("Insgesamt gab es mehr als 30 Verletzte.",
            claims=[Q("mehr als 30 Verletzte", 30, "person", "wounded", "more-than", subject=EVENT, group="os-injured", time=SAT)]),
          S("Etwa 60 Feuerwehrleute waren im Einsatz, rund 250 Badegäste wurden ins Freie gebracht.",
            claims=[Q("Etwa 60 Feuerwehrleute", 60, "firefighter", "deployed", "about", subject=EVENT, group="os-firefighters", time=SAT),
                    Q("rund 250 Badegäste", 250, "person", "evacuated", "about", subject=EVENT, group="os-evacuated", time=SAT)])),
    ],
    "extra": '<p class="stream">Radio Ossmark live hören – UKW 98,4</p>',
    "removed": ["live hören", "UKW 98,4"],
}

# ------------------------------------------------------------------ Vessaria Herald (en paper, HTML; Sunday; later toll)

VH_SITE = {
    "nav": ["Home", "Nation", "World", "Business", "Opinion", "Lifestyle"],
    "cookie": "This site uses cookies. By continuing you agree to our use of cookies.",
    "cookie_ok": "Continue",
    "by": "By",
    "date_label": "Sunday 10 March 2041",
    "share": "Share · 14 comments",
    "ad": "Spring sale: 40% off garden furniture",
    "related_title": "You may also like",
    "related": ["Pool safety: 6 questions for operators", "Ossmark's 3 best cafés"],
    "footer": "© 2041 The Vessaria Herald",
    "inline": '<div class="teaser">Sign up for the Morning Herald newsletter</div>',
    "inline_at": 1,
}

VH = {
    "input": "dev24/ossmark-herald.html", "story": SID, "event": EV,
    "publisher": "The Vessaria Herald", "published": "2041-03-10T12:15:00+01:00",
    "language": "en", "authors": ["Neil Ambrose"], "sensational": False,
    "blocks": [
        H("Injured in Ossmark pool gas leak rise to 36",
          claims=[Q("36", 36, "person", "wounded", subject=EVENT, group="os-injured", time=SUN)]),
        P(S("The number of people hurt by chlorine gas at Ossmark's Seewiese pool has risen to 36, up from 31 on Saturday, the city said on Sunday.",
            claims=[Q("36", 36, "person", "wounded", subject=EVENT, source="city of ossmark", group="os-injured", time=SUN),
                    Q("31", 31, "person", "wounded", subject=EVENT, source="city of ossmark", group="os-injured", time=SAT)]),
          S("About 250 bathers had been evacuated on March 9.",
            claims=[Q("About 250 bathers", 250, "person", "evacuated", "about", subject=EVENT, group="os-evacuated", time=SAT)]),
          S("The pool will stay closed for at least two weeks.",
            claims=[Q("at least two weeks", 2, "week", "duration", "at-least", subject="closure of the seewiese pool", group="os-closed", time=None)])),
        P(S("How can a public pool store chemicals so carelessly?", "opinion"),
          S("Ossmark's parents deserve a full answer.", "opinion")),
    ],
    "removed": ["Sunday 10 March 2041", "14 comments", "40% off garden furniture", "6 questions for operators",
                "3 best cafés", "Morning Herald newsletter", "© 2041 The Vessaria Herald"],
}

ARTICLES = [KU, NW, RO, VH]

REWRITES = []


def files():
    return {
        "ossmark-kurier.html": (render_html(KU, KU_SITE), False),
        "ossmark-northline.txt": (render_txt(NW), False),
        "radio-ossmark.rss": (render_rss(RO_CHANNEL, [(RO, "ro-2041-03-09-chlorgas",
                                                       "https://radio-ossmark.example/2041/03/09/chlorgas", RO["extra"])]), False),
        "ossmark-herald.html": (render_html(VH, VH_SITE), False),
    }
