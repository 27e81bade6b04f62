"""heldout4 story 3, the look-alike: a storm swings a cabin of the Merlitzbahn at Valdorno into a pylon
(28 Dec 2027), a year before the St. Oswin accident. Must NOT be joined with it.

The German broadcaster's Atom entry (same feed and template as its St. Oswin entry) and the English
broadcaster's page (same site and template as its St. Oswin page). This module writes both shared
files. Invented by a thirteenth writer: resort, company, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_html, render_atom
from heldout4_lib import G, single_source_groups
import heldout4_gondola as oswin

SID = "st-valdorno-gondola"
EV = "ev-valdorno-cabin-pylon"
STORY = {"id": SID, "label": "Storm swings a Merlitzbahn cabin into a pylon at Valdorno",
         "events": [{"id": EV, "label": "Two dead, seven injured, 140 stranded overnight (28 Dec 2027)"}]}

OP = "valdorno seilbahnen"
SUBJ = "merlitzbahn accident"
DAY = T("2027-12-28", "2027-12-28")

GROUPS = [
    G("merlitz-killed", SID, "agreed", "Two dead (Atom entry, broadcaster)."),
    G("merlitz-injured", SID, "agreed", "Seven injured, according to the mountain rescuers (Atom entry, broadcaster)."),
    G("merlitz-wind", SID, "agreed", "Gusts of up to 110 km/h (Atom entry, broadcaster with its mph equivalent)."),
    G("merlitz-stranded", SID, "agreed", "About 140 passengers stranded (Atom entry, broadcaster)."),
    G("merlitz-hours", SID, "agreed", "The last were freed after nine hours (Atom entry, broadcaster)."),
    G("merlitz-rescuers", SID, "agreed", "About 90 rescuers (Atom entry, broadcaster)."),
    G("merlitz-helicopters", SID, "agreed", "Two helicopters (Atom entry, broadcaster)."),
    G("merlitz-halt", SID, "agreed", "The operator suspends the line until the investigation ends (Atom entry, broadcaster)."),
    G("merlitz-length", SID, "agreed", "The line is 3.4 kilometres long (Atom entry, broadcaster)."),
    G("merlitz-capacity", SID, "agreed", "Up to 2,800 people an hour (Atom entry, broadcaster)."),
    G("merlitz-cost", SID, "agreed", "The line cost 31 million euros in 2011 (Atom entry, broadcaster)."),
    G("merlitz-buses", SID, "agreed", "About 1,500 hotel guests to be brought down by bus, says the municipality (Atom entry, broadcaster)."),
]

BRF_OLD = {
    "input": "heldout4/bergland-rundfunk.atom#tag:bergland-rundfunk.example,2027:seilbahn-valdorno-5208", "story": SID, "event": EV,
    "publisher": "Bergland Rundfunk", "published": "2027-12-28T21:15:00+01:00",
    "language": "de", "authors": ["Theresa Kofler"], "sensational": False,
    "blocks": [
        H("Sturm drückt Gondel gegen Stütze: Zwei Tote in Valdorno",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=SUBJ, group="merlitz-killed", time=DAY)]),
        P(S("Bei einem Seilbahnunglück an der Merlitzbahn im Skigebiet Valdorno sind am Dienstagabend zwei Menschen getötet worden.",
            claims=[Q("zwei Menschen getötet", 2, "person", "killed", subject=SUBJ, group="merlitz-killed", time=DAY)]),
          S("Sieben weitere wurden nach Angaben der Bergrettung verletzt, drei davon schwer.",
            claims=[Q("Sieben weitere wurden nach Angaben der Bergrettung verletzt", 7, "person", "wounded", subject=SUBJ,
                      source="mountain rescue", group="merlitz-injured", time=DAY),
                    Q("drei davon schwer", 3, "person", "wounded", subject=SUBJ, source="mountain rescue", group="merlitz-serious", time=DAY)]),
          S("Nach ersten Erkenntnissen hatten Sturmböen von bis zu 110 Kilometern pro Stunde eine talwärts fahrende Kabine so stark ins Schwingen gebracht, dass sie gegen eine Stütze prallte.",
            claims=[Q("bis zu 110 Kilometern pro Stunde", 110, None, None, qualifier="up-to", subject="gusts", group="merlitz-wind",
                      time=DAY)])),
        P(S("Rund 140 Fahrgäste saßen in den übrigen Kabinen fest; die letzten von ihnen wurden erst nach neun Stunden, kurz nach Mitternacht, geborgen.",
            claims=[Q("Rund 140 Fahrgäste", 140, "passenger", None, qualifier="about", subject=SUBJ, group="merlitz-stranded", time=DAY),
                    Q("nach neun Stunden", 9, "hour", "duration", subject="stranded passengers", group="merlitz-hours", time=DAY)]),
          S("Im Einsatz waren etwa 90 Bergretter sowie zwei Hubschrauber, die wegen des Windes zeitweise nicht fliegen konnten.",
            claims=[Q("etwa 90 Bergretter", 90, "person", "deployed", qualifier="about", subject=SUBJ, group="merlitz-rescuers", time=DAY),
                    Q("zwei Hubschrauber", 2, "aircraft", "deployed", subject=SUBJ, group="merlitz-helicopters", time=DAY)]),
          S("Der Wetterdienst hatte bereits am Vormittag vor Orkanböen gewarnt.")),
        P(S("Die Betreiberin, die Valdorno Seilbahnen GmbH, stellte den Betrieb der 3,4 Kilometer langen Bahn bis zum Abschluss der Untersuchung ein.",
            claims=[ST("Die Betreiberin, die Valdorno Seilbahnen GmbH, stellte den Betrieb der 3,4 Kilometer langen Bahn bis zum Abschluss der Untersuchung ein",
                       OP, "halted", "merlitzbahn operations", "merlitz-halt", source=OP),
                    Q("3,4 Kilometer langen", 3.4, "kilometre", "size", subject="merlitzbahn", group="merlitz-length")]),
          S("Die Merlitzbahn befördert bis zu 2.800 Personen pro Stunde und ist die wichtigste Verbindung ins Gletscherskigebiet.",
            claims=[Q("bis zu 2.800 Personen pro Stunde", 2800, "person", None, qualifier="up-to", subject="merlitzbahn",
                      group="merlitz-capacity")]),
          S("Etwa 1.500 Gäste der Hotels am Gletscher sollen am Mittwoch mit Bussen über die Passstraße ins Tal gebracht werden, teilte die Gemeinde mit.",
            claims=[Q("Etwa 1.500 Gäste", 1500, "person", "evacuated", qualifier="about", subject="glacier hotels", source="municipality",
                      group="merlitz-buses")]),
          S("Es ist das schwerste Unglück seit der Eröffnung der Bahn 2011, die damals 31 Millionen Euro gekostet hatte.",
            claims=[Q("31 Millionen Euro gekostet", 31000000, "eur", "cost", subject="merlitzbahn", group="merlitz-cost")])),
    ],
    "removed": ["Hören Sie uns auf UKW 98,4", "Themen: Bergwelt · Unglück · Wetter", "Mehr Nachrichten aus den Bergen"],
}

TBC_OLD = {
    "input": "heldout4/valdorno-tbc.html", "story": SID, "event": EV,
    "publisher": "Transalpine Broadcasting Corporation", "published": "2027-12-29T08:20:00+01:00",
    "language": "en", "authors": ["Hannah Lister"], "sensational": False,
    "blocks": [
        H("Two killed as storm slams gondola cabin into pylon in Valdorno",
          claims=[Q("Two killed", 2, "person", "killed", subject=SUBJ, group="merlitz-killed", time=DAY)]),
        P(S("Two people were killed and seven injured when gale-force winds swung a gondola cabin into a support pylon at the Valdorno ski area on Tuesday evening, mountain rescuers said.",
            claims=[Q("Two people were killed", 2, "person", "killed", subject=SUBJ, source="mountain rescue", group="merlitz-killed", time=DAY),
                    Q("seven injured", 7, "person", "wounded", subject=SUBJ, source="mountain rescue", group="merlitz-injured", time=DAY)]),
          S("Gusts of up to 110 km/h (68 mph) had been forecast for the afternoon, the weather service said.",
            claims=[Q("up to 110 km/h", 110, None, None, qualifier="up-to", subject="gusts", source="weather service", group="merlitz-wind",
                      time=DAY),
                    Q("68 mph", 68, None, None, subject="gusts", source="weather service", group="merlitz-wind", time=DAY)])),
        P(S("Some 140 passengers were stranded in other cabins on the Merlitzbahn, the last of them for nine hours until shortly after midnight.",
            claims=[Q("Some 140 passengers", 140, "passenger", None, qualifier="about", subject=SUBJ, group="merlitz-stranded", time=DAY),
                    Q("for nine hours", 9, "hour", "duration", subject="stranded passengers", group="merlitz-hours", time=DAY)]),
          S("About 90 rescuers and two helicopters took part in the operation, though the helicopters were grounded for long stretches by the wind.",
            claims=[Q("About 90 rescuers", 90, "person", "deployed", qualifier="about", subject=SUBJ, group="merlitz-rescuers", time=DAY),
                    Q("two helicopters", 2, "aircraft", "deployed", subject=SUBJ, group="merlitz-helicopters", time=DAY)])),
        P(S("“Nobody could have predicted a gust like that,” the operator's technical director, Dr. Paolo Venier, said.", "quote"),
          S("Valdorno Seilbahnen said it had suspended the 3.4-kilometre line until investigators finished their work.",
            claims=[ST("Valdorno Seilbahnen said it had suspended the 3.4-kilometre line until investigators finished their work", OP,
                       "halted", "merlitzbahn operations", "merlitz-halt", source=OP),
                    Q("3.4-kilometre", 3.4, "kilometre", "size", subject="merlitzbahn", group="merlitz-length")]),
          S("The line, which carries up to 2,800 people an hour, opened in 2011 at a cost of 31 million euros.",
            claims=[Q("up to 2,800 people an hour", 2800, "person", None, qualifier="up-to", subject="merlitzbahn", group="merlitz-capacity"),
                    Q("31 million euros", 31000000, "eur", "cost", subject="merlitzbahn", group="merlitz-cost")]),
          S("About 1,500 guests staying in hotels on the glacier were to be taken down by bus over the pass road on Wednesday, the municipality said.",
            claims=[Q("About 1,500 guests", 1500, "person", "evacuated", qualifier="about", subject="glacier hotels", source="municipality",
                      group="merlitz-buses")])),
    ],
    "removed": ["We use cookies to improve your experience", "Winter breaks in the Alps from €399", "How safe are Europe's cable cars?",
                "Terms · Privacy"],
}

ARTICLES = [BRF_OLD, TBC_OLD]
GROUPS = single_source_groups(SID, GROUPS, ARTICLES)
REWRITES = []

FEED = {"language": "de", "title": "Bergland Rundfunk – Nachrichten aus den Bergen",
        "link": "https://bergland-rundfunk.example/nachrichten", "id": "tag:bergland-rundfunk.example,2027:feed",
        "updated": "2029-02-10T17:40:00+01:00"}

FURN = ('<p class="footer">Mehr Nachrichten aus den Bergen: bergland-rundfunk.example · '
        'Hören Sie uns auf UKW 98,4</p>\n<p>Themen: Bergwelt · Unglück · Wetter</p>')


def files():
    site_old = dict(oswin.TBC_SITE, date_label="29 December 2027")
    return {
        "bergland-rundfunk.atom": (render_atom(FEED, [
            (oswin.BRF, "tag:bergland-rundfunk.example,2029:gondel-st-oswin-7731",
             "https://bergland-rundfunk.example/nachrichten/gondel-st-oswin-7731", FURN),
            (BRF_OLD, "tag:bergland-rundfunk.example,2027:seilbahn-valdorno-5208",
             "https://bergland-rundfunk.example/nachrichten/seilbahn-valdorno-5208", FURN),
        ]), False),
        "gondola-tbc.html": (render_html(oswin.TBC, oswin.TBC_SITE), False),
        "valdorno-tbc.html": (render_html(TBC_OLD, site_old), False),
    }
