"""heldout3 story 2, the look-alike: fire at the seafront Hotel Bellamar in Porto Vesca (Lavrenia),
3 February 2027, a year and a half before the Tannenhof fire.

A German wire report in the same outlet and template as the Tannenhof report (epn) and an English
Lavrenian paper (HTML). Invented by the twelfth writer: country, town, hotel, people, outlets and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html
from heldout3_lib import group

SID = "st-bellamar-fire"
EV = "ev-bellamar-fire"
STORY = {"id": SID, "label": "Fire at the Hotel Bellamar in Porto Vesca (Lavrenia)",
         "events": [{"id": EV, "label": "Evening fire at the seafront Hotel Bellamar, 3 February 2027"}]}

HOTEL = "hotel bellamar"
FIRE = "bellamar fire"
FS = "fire service"
DAY = T("2027-02-03", "2027-02-03")

GROUPS = [
    group("bellamar-killed", SID, "compatible", "Two dead (epn, Vesca Herald); the Herald's 21 killed or injured is another measure (2 dead + 19 injured)."),
    group("bellamar-1998", SID, "single-source", "Only the Vesca Herald gives the four dead of the 1998 fire."),
    group("bellamar-injured", SID, "agreed", "19 injured (epn, Vesca Herald)."),
    group("bellamar-evacuated", SID, "agreed", "About 240 guests evacuated (epn); more than 230 (Vesca Herald)."),
    group("bellamar-firefighters", SID, "agreed", "About 90 firefighters (epn, Vesca Herald)."),
    group("bellamar-floors", SID, "agreed", "An eleven-storey building (epn, Vesca Herald)."),
    group("bellamar-rooms", SID, "agreed", "160 rooms (epn, Vesca Herald)."),
    group("bellamar-cause", SID, "agreed", "A short circuit in the kitchen is the suspected cause (epn, Vesca Herald)."),
    group("bellamar-damage", SID, "single-source", "Only the Vesca Herald gives damage of about three million euros."),
    group("bellamar-visitors", SID, "single-source", "Only the Vesca Herald gives 1.2 million visitors a year."),
    group("bellamar-tourism-share", SID, "single-source", "Only the Vesca Herald gives tourism's share of 40 percent of jobs."),
    group("bellamar-hospital", SID, "single-source", "Only the Vesca Herald gives four people kept in hospital."),
    group("bellamar-german-guests", SID, "single-source", "Only epn gives about 30 German guests."),
]

# ------------------------------------------------------------------ epn (same wire and template as the Tannenhof report)

EPN = {
    "input": "heldout3/bellamar-epn.txt", "story": SID, "event": EV,
    "publisher": "epn Europäische Presse-Nachrichten", "published": "2027-02-03T23:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["epn Europäische Presse-Nachrichten", "03.02.2027", "23:05 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Zwei Tote bei Hotelbrand in Porto Vesca",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=FIRE, group="bellamar-killed", time=DAY)]),
        P(S("Bei einem Brand im Strandhotel „Bellamar“ in der lavrenischen Hafenstadt Porto Vesca sind am Mittwochabend zwei Menschen ums Leben gekommen.",
            claims=[Q("zwei Menschen ums Leben gekommen", 2, "person", "killed", subject=FIRE, group="bellamar-killed", time=DAY)]),
          S("19 weitere wurden nach Angaben der Feuerwehr verletzt, die meisten durch Rauchgas.",
            claims=[Q("19 weitere wurden nach Angaben der Feuerwehr verletzt", 19, "person", "wounded", subject=FIRE, source=FS, group="bellamar-injured", time=DAY)])),
        P(S("Das Feuer war gegen 19.30 Uhr in der Küche im Erdgeschoss des elfstöckigen Gebäudes ausgebrochen, wie ein Sprecher der Feuerwehr mitteilte.",
            claims=[Q("elfstöckigen Gebäudes", 11, None, "size", subject=HOTEL, group="bellamar-floors")]),
          S("Etwa 240 Gäste wurden in Sicherheit gebracht, unter ihnen nach Angaben des Auswärtigen Amts auch rund 30 Deutsche.",
            claims=[Q("Etwa 240 Gäste", 240, "person", "evacuated", qualifier="about", subject=FIRE, group="bellamar-evacuated", time=DAY),
                    Q("rund 30 Deutsche", 30, "person", None, qualifier="about", subject=FIRE, source="foreign office", group="bellamar-german-guests", time=DAY)]),
          S("Rund 90 Feuerwehrleute waren im Einsatz.",
            claims=[Q("Rund 90 Feuerwehrleute", 90, "firefighter", "deployed", qualifier="about", subject=FIRE, group="bellamar-firefighters", time=DAY)])),
        P(S("Ausgelöst wurde der Brand nach Angaben der Ermittler mutmaßlich durch einen Kurzschluss in einem Kühlaggregat.",
            claims=[ST("Ausgelöst wurde der Brand nach Angaben der Ermittler mutmaßlich durch einen Kurzschluss in einem Kühlaggregat", FIRE, "caused by", "short circuit in the kitchen",
                       "bellamar-cause", source="investigators", hedged=True)]),
          S("Das Hotel mit 160 Zimmern liegt direkt an der Strandpromenade und ist bei Urlaubern aus Mitteleuropa beliebt.",
            claims=[Q("160 Zimmern", 160, None, "size", subject=HOTEL, group="bellamar-rooms")])),
    ],
    "post": ["Themen: Brände · Lavrenien · Reisen",
             "",
             "Mehr zum Thema",
             "- Urlaub in Lavrenien: Was Reisende jetzt wissen müssen",
             "",
             "epn/rs/mt",
             "© epn Europäische Presse-Nachrichten. Alle Rechte vorbehalten."],
    "removed": ["epn Europäische Presse-Nachrichten", "03.02.2027", "23:05 Uhr", "Ressort: Vermischtes",
                "Themen: Brände · Lavrenien · Reisen", "Mehr zum Thema",
                "Urlaub in Lavrenien: Was Reisende jetzt wissen müssen", "epn/rs/mt", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ The Vesca Herald (English-language Lavrenian paper)

HERALD_SITE = {
    "nav": ["News", "Porto Vesca", "Lavrenia", "Business", "Travel", "Opinion"],
    "cookie": "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Thursday 4 February 2027",
    "share": "Share: Facebook · X · Email",
    "ad": "Advertisement – Fly Porto Vesca–Northfield from €49 one way",
    "related_title": "Read more",
    "related": ["Seafront promenade to close for repairs in spring", "Tourist numbers hit record as winter season booms"],
    "footer": "© 2027 The Vesca Herald · Contact · Advertise · Privacy",
}

HERALD = {
    "input": "heldout3/bellamar-vesca-herald.html", "story": SID, "event": EV,
    "publisher": "The Vesca Herald", "published": "2027-02-04T07:00:00+01:00",
    "language": "en", "authors": ["Teodor Manescu"], "sensational": False,
    "blocks": [
        H("Two dead, 19 hurt as fire sweeps through seafront Hotel Bellamar",
          claims=[Q("Two dead", 2, "person", "killed", subject=FIRE, group="bellamar-killed", time=DAY),
                  Q("19 hurt", 19, "person", "wounded", subject=FIRE, group="bellamar-injured", time=DAY)]),
        P(S("Two people died and 19 were injured on Wednesday evening when fire broke out in the kitchen of the Hotel Bellamar on the Porto Vesca seafront, the city's fire service said.",
            claims=[Q("Two people died", 2, "person", "killed", subject=FIRE, source=FS, group="bellamar-killed", time=DAY),
                    Q("19 were injured", 19, "person", "wounded", subject=FIRE, source=FS, group="bellamar-injured", time=DAY)]),
          S("Four of the injured, among them a hotel cook, were still in hospital on Thursday morning.",
            claims=[Q("Four of the injured", 4, "patient", None, subject=FIRE, group="bellamar-hospital", time=T("2027-02-04", "2027-02-04"))])),
        P(S("More than 230 guests were led out of the eleven-storey building, many of them in bathrobes, as smoke poured from the ground-floor windows.",
            claims=[Q("More than 230 guests", 230, "person", "evacuated", qualifier="more-than", subject=FIRE, group="bellamar-evacuated", time=DAY),
                    Q("eleven-storey", 11, None, "size", subject=HOTEL, group="bellamar-floors")]),
          S("About 90 firefighters brought the blaze under control shortly before midnight.",
            claims=[Q("About 90 firefighters", 90, "firefighter", "deployed", qualifier="about", subject=FIRE, group="bellamar-firefighters", time=DAY)]),
          S("Investigators suspect a short circuit in a refrigeration unit.",
            claims=[ST("Investigators suspect a short circuit in a refrigeration unit", FIRE, "caused by", "short circuit in the kitchen",
                       "bellamar-cause", source="investigators")])),
        P(S("The 160-room hotel's owners, the Castrelli family, put the damage at about €3 million.",
            claims=[Q("160-room", 160, None, "size", subject=HOTEL, group="bellamar-rooms"),
                    Q("about €3 million", 3000000, "eur", "cost", qualifier="about", subject=FIRE, source="castrelli family", group="bellamar-damage")]),
          S("“We will rebuild, and we will be open again for the summer,” said Marco Castrelli, who runs the hotel with his two sisters.", "quote"),
          S("With 21 people killed or injured, it is the worst hotel fire in Porto Vesca since 1998, when a blaze at the Pensione Aurora killed four.",
            claims=[Q("21 people killed or injured", 21, "person", "killed or wounded", subject=FIRE, group="bellamar-killed", time=DAY),
                    Q("killed four", 4, "person", "killed", subject="1998 pensione aurora fire", group="bellamar-1998")])),
        P(S("Porto Vesca receives some 1.2 million visitors a year, and tourism accounts for four in ten jobs in the city, according to the regional tourism board.",
            claims=[Q("some 1.2 million visitors a year", 1200000, "person", None, qualifier="about", subject="porto vesca tourism", source="regional tourism board", group="bellamar-visitors"),
                    Q("four in ten jobs", 40, "percent", None, subject="porto vesca tourism", source="regional tourism board", group="bellamar-tourism-share")])),
    ],
    "removed": ["This site uses cookies", "Got it", "Thursday 4 February 2027", "Teodor Manescu", "Share: Facebook",
                "Fly Porto Vesca–Northfield", "Seafront promenade to close", "Tourist numbers hit record",
                "Contact · Advertise · Privacy"],
}

ARTICLES = [EPN, HERALD]
REWRITES = []


def files():
    return {
        "bellamar-epn.txt": (render_txt(EPN), False),
        "bellamar-vesca-herald.html": (render_html(HERALD, HERALD_SITE), False),
    }
