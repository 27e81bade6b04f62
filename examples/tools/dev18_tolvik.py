"""dev18 story 2, the look-alike of story 1: a gas explosion in a flat of the apartment building Havnegade 7 in Tolvik
(Kirsland) on Wednesday, 17 March 2027, five and a half years before Rabenfurt; one man dies, twelve are injured (14 by
Thursday). No charge, no denial.

A German agency report (LNA, dateline block, the same agency and template as story 1) and an English paper the next morning
(HTML; a DE–EN pair with LNA in its own words, the later count of the injured with the earlier one restated, a stay in hotels).
Invented by the Parallax team: country, city, street, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-tolvik-gas-explosion"
EV = "ev-tolvik-blast"
STORY = {"id": SID, "label": "Gas explosion in an apartment building in Tolvik",
         "events": [{"id": EV, "label": "Gas explodes in a flat of Havnegade 7 in Tolvik, Kirsland; one dead, twelve injured, 14 by Thursday (17–18 March 2027)"}]}

BLAST = "tolvik gas explosion"
HOUSE = "havnegade 7 apartment building"
WED = T("2027-03-17", "2027-03-17")
THU = T("2027-03-18", "2027-03-18")

GROUPS = [
    {"id": "tv-killed", "story": SID, "status": "agreed", "why": "One dead (LNA, Herald)."},
    {"id": "tv-injured", "story": SID, "status": "compatible",
     "why": "Twelve injured on Wednesday (LNA; the Herald restating the police figure) and 14 by the hospital's count on Thursday (Herald): an earlier and a later figure, both days named."},
    {"id": "tv-serious", "story": SID, "status": "agreed", "why": "Three of the injured seriously (LNA, Herald)."},
    {"id": "tv-evacuated", "story": SID, "status": "agreed", "why": "About 60 people evacuated from the buildings nearby (LNA, Herald)."},
    {"id": "tv-firefighters", "story": SID, "status": "agreed", "why": "About 90 firefighters (LNA 'Einsatzkräfte', Herald)."},
    {"id": "tv-flats", "story": SID, "status": "agreed", "why": "The building's 24 flats are uninhabitable (LNA, Herald)."},
    {"id": "tv-hotels", "story": SID, "status": "single-source", "why": "Only the Herald: the city houses the residents in hotels for at least two weeks."},
]

# ------------------------------------------------------------------ LNA (de agency report, dateline block; Wednesday)

LNA = {
    "input": "dev18/tolvik-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lenvarische Nachrichtenagentur", "published": "2027-03-17T14:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lenvarische Nachrichtenagentur", "Mittwoch, 17.03.2027, 14:05 Uhr", "Rubrik: Panorama"],
    "blocks": [
        H("Gasexplosion in Tolviker Wohnhaus – ein Toter, zwölf Verletzte",
          claims=[Q("ein Toter", 1, "person", "killed", subject=BLAST, group="tv-killed", time=WED),
                  Q("zwölf Verletzte", 12, "person", "wounded", subject=BLAST, group="tv-injured", time=WED)]),
        P(S("Bei einer Gasexplosion in einem Wohnhaus in der kirsländischen Hafenstadt Tolvik ist am Mittwochmorgen ein Mann ums Leben gekommen."),
          S("Zwölf Bewohner wurden nach Angaben der Polizei verletzt, drei von ihnen schwer.",
            claims=[Q("Zwölf Bewohner", 12, "person", "wounded", subject=BLAST, source="police", group="tv-injured", time=WED),
                    Q("drei von ihnen", 3, "person", "wounded", subject="seriously injured in the tolvik gas explosion", source="police", group="tv-serious", time=WED)]),
          S("Die Detonation ereignete sich gegen 6.50 Uhr in einer Wohnung im dritten Stock des Hauses Havnegade 7.")),
        P(S("Rund 60 Menschen wurden aus den umliegenden Häusern in Sicherheit gebracht.",
            claims=[Q("Rund 60 Menschen", 60, "person", "evacuated", "about", subject=BLAST, group="tv-evacuated", time=WED)]),
          S("Die Feuerwehr war mit etwa 90 Einsatzkräften vor Ort.",
            claims=[Q("etwa 90 Einsatzkräften", 90, "person", "deployed", "about", subject=BLAST, group="tv-firefighters", time=WED)]),
          S("Alle 24 Wohnungen des Gebäudes sind nicht mehr bewohnbar.",
            claims=[Q("Alle 24 Wohnungen", 24, "flat", None, subject=HOUSE, group="tv-flats", time=WED)])),
        P(S("Nach ersten Erkenntnissen der Ermittler hatte ein Bewohner an seiner Gastherme hantiert."),
          S("Ein Verbrechen schließt die Polizei aus."),
          S("Die Stadt Tolvik brachte die Betroffenen in Hotels unter.")),
    ],
    "post": ["lna/tv/mb 171405 Mär 27", "", "Schlagworte: Unglücke · Kirsland · Gas",
             "© LNA Lenvarische Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Mittwoch, 17.03.2027, 14:05 Uhr", "Rubrik: Panorama", "lna/tv/mb 171405 Mär 27",
                "Schlagworte: Unglücke · Kirsland · Gas", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Tolvik Herald (en paper, HTML; Thursday morning)

HERALD_SITE = {
    "nav": ["Home", "Tolvik", "Kirsland", "World", "Business", "Sport", "Puzzles"],
    "cookie": "We use cookies to improve your experience and to show you relevant adverts. Manage preferences.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Thursday 18 March 2027, 07:00",
    "share": "Share this story · 17 comments",
    "ad": "Harbour Spa Tolvik – spring offer: 3 nights for the price of 2",
    "related_title": "More from Tolvik",
    "related": ["Gas safety: 6 signs your boiler needs a check", "Ferry timetable changes from April 1",
                "Tolvik FC sign 19-year-old striker"],
    "footer": "© 2027 The Tolvik Herald · Contact us · Privacy · Terms",
    "inline": '<div class="newsletter">Get the Herald Morning Briefing – 5 stories, every weekday</div>',
    "inline_at": 1,
}

HERALD = {
    "input": "dev18/tolvik-herald.html", "story": SID, "event": EV,
    "publisher": "The Tolvik Herald", "published": "2027-03-18T07:00:00+01:00",
    "language": "en", "authors": ["Signe Halvorsen"], "sensational": False,
    "blocks": [
        H("One dead, 14 hurt as gas blast wrecks Tolvik flats",
          claims=[Q("One dead", 1, "person", "killed", subject=BLAST, group="tv-killed", time=WED),
                  Q("14 hurt", 14, "person", "wounded", subject=BLAST, group="tv-injured", time=THU)]),
        P(S("A gas explosion wrecked an apartment building on Havnegade on Wednesday morning, killing a 58-year-old man who lived on the third floor."),
          S("Fourteen people are now known to have been injured, three of them seriously, Tolvik's city hospital said on Thursday.",
            claims=[Q("Fourteen people", 14, "person", "wounded", subject=BLAST, source="tolvik hospital", group="tv-injured", time=THU),
                    Q("three of them", 3, "person", "wounded", subject="seriously injured in the tolvik gas explosion", source="tolvik hospital", group="tv-serious", time=THU)]),
          S("Police had put the number at 12 on Wednesday.",
            claims=[Q("the number at 12", 12, "person", "wounded", subject=BLAST, source="police", group="tv-injured", time=WED)])),
        P(S("Around 60 residents of neighbouring buildings were moved to safety, and about 90 firefighters worked at the scene.",
            claims=[Q("Around 60 residents", 60, "person", "evacuated", "about", subject=BLAST, group="tv-evacuated", time=WED),
                    Q("about 90 firefighters", 90, "firefighter", "deployed", "about", subject=BLAST, group="tv-firefighters", time=WED)]),
          S("All 24 flats in the building are uninhabitable, the city said.",
            claims=[Q("All 24 flats", 24, "flat", None, subject=HOUSE, source="city authorities", group="tv-flats", time=WED)])),
        P(S("Investigators believe a tenant had been tinkering with his gas boiler."),
          S("Police have ruled out foul play."),
          S("The city is putting up those who lost their homes in hotels for at least two weeks.",
            claims=[Q("at least two weeks", 2, "week", "duration", "at-least", subject="hotel stay of the tolvik residents", group="tv-hotels", time=None)])),
    ],
    "removed": ["We use cookies to improve your experience", "Thursday 18 March 2027, 07:00", "17 comments",
                "3 nights for the price of 2", "Gas safety: 6 signs your boiler needs a check",
                "Ferry timetable changes from April 1", "Tolvik FC sign 19-year-old striker",
                "Get the Herald Morning Briefing", "© 2027 The Tolvik Herald"],
}

ARTICLES = [LNA, HERALD]

REWRITES = []


def files():
    return {
        "tolvik-lna.txt": (render_txt(LNA), False),
        "tolvik-herald.html": (render_html(HERALD, HERALD_SITE), False),
    }
