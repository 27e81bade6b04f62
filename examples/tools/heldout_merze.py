"""Held-out story 4: the look-alike. A river ferry capsizes on the Merze in Kaldonia (2 May 2026),
four and a half months before the Lake Solven disaster and in another country.

A German pam wire report written on the same template as pam's Solven report (must not be joined
with it) and an English regional paper's follow-up two days later.
Invented by the Parallax team (fourth writer): country, river, ferry, people, outlets and figures
are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt

SID = "st-merze-ferry"
EV = "ev-merze-capsize"
STORY = {"id": SID, "label": "River ferry Greta overturns on the Merze at Siebenfurt, Kaldonia",
         "events": [{"id": EV, "label": "The ferry Greta is hit by a drifting tree trunk and overturns"}]}

SHIP = "greta"
DAY = T("2026-05-02", "2026-05-02")

GROUPS = [
    {"id": "merze-killed", "story": SID, "status": "agreed",
     "why": "pam gives at least four dead on the day, the Gazette names the four who died."},
    {"id": "merze-missing", "story": SID, "status": "agreed",
     "why": "Both give two missing."},
    {"id": "merze-aboard", "story": SID, "status": "agreed",
     "why": "Both give 23 people on board."},
    {"id": "merze-rescued", "story": SID, "status": "agreed",
     "why": "Both give 17 rescued."},
    {"id": "merze-searchers", "story": SID, "status": "agreed",
     "why": "pam's 'knapp 60' and the Gazette's 'some 60' searchers agree."},
    {"id": "merze-inspection", "story": SID, "status": "single-source",
     "why": "Only pam reports the town's statement that the ferry was inspected in February."},
]

PAM = {
    "input": "heldout/merze-pam.txt", "story": SID, "event": EV,
    "publisher": "pam Presseagentur Mitte", "published": "2026-05-02T21:45:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["pam Presseagentur Mitte", "02.05.2026", "21:45 Uhr"],
    "blocks": [
        H("Fähre kentert auf der Merze – mindestens vier Tote",
          claims=[Q("mindestens vier Tote", 4, "person", "killed", qualifier="at-least", subject=SHIP,
                    group="merze-killed", time=DAY)]),
        P(S("Auf der Merze im Süden Kaldoniens ist am Samstagnachmittag eine Flussfähre gekentert."),
          S("Mindestens vier Menschen kamen ums Leben, zwei weitere werden nach Angaben der Polizei vermisst.",
            claims=[Q("Mindestens vier Menschen kamen ums Leben", 4, "person", "killed", qualifier="at-least", subject=SHIP,
                      source="police", group="merze-killed", time=DAY),
                    Q("zwei weitere werden nach Angaben der Polizei vermisst", 2, "person", "missing", subject=SHIP,
                      source="police", group="merze-missing", time=DAY)])),
        P(S("Die Fähre „Greta“ war mit 23 Menschen an Bord von Siebenfurt zum gegenüberliegenden Ufer unterwegs, als sie gegen 15.10 Uhr von einem treibenden Baumstamm getroffen wurde.",
            claims=[Q("23 Menschen an Bord", 23, "person", None, subject=SHIP, group="merze-aboard")]),
          S("Nach tagelangem Regen war die Strömung ungewöhnlich stark.")),
        P(S("Rettungskräfte zogen 17 Menschen aus dem Fluss.",
            claims=[Q("17 Menschen", 17, "person", "rescued", subject=SHIP, group="merze-rescued", time=DAY)]),
          S("Knapp 60 Helfer suchten bis in die Nacht mit Booten die Ufer ab.",
            claims=[Q("Knapp 60 Helfer", 60, "person", "deployed", qualifier="about", subject=SHIP,
                      group="merze-searchers", time=DAY)])),
        P(S("Die Ursache des Unglücks ist noch unklar."),
          S("Der Betreiber, die Gemeinde Siebenfurt, teilte mit, die Fähre sei erst im Februar überprüft worden.",
            claims=[ST("die Fähre sei erst im Februar überprüft worden", SHIP, "passed", "safety inspection",
                       "merze-inspection", source="siebenfurt", hedged=True)])),
    ],
    "post": ["Themen: Kaldonien · Schifffahrt · Unglücke",
             "",
             "Mehr zum Thema",
             "- Hochwasser in Kaldonien: Pegel steigen weiter",
             "",
             "© pam Presseagentur Mitte – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["pam Presseagentur Mitte", "02.05.2026", "21:45 Uhr", "Themen: Kaldonien · Schifffahrt · Unglücke",
                "Mehr zum Thema", "Hochwasser in Kaldonien: Pegel steigen weiter",
                "Weiterverbreitung nur mit Genehmigung"],
}

GAZETTE = {
    "input": "heldout/merze-gazette.txt", "story": SID, "event": EV,
    "publisher": "Southern Kaldonia Gazette", "published": "2026-05-04",
    "language": "en", "authors": ["Helen Varga"], "sensational": False,
    "pre": ["Southern Kaldonia Gazette", "May 4, 2026", "By Helen Varga"],
    "blocks": [
        H("River ferry victims named as search for missing pair goes on"),
        P(S("Police in Siebenfurt on Monday named the four people who died when the ferry Greta overturned on the River Merze on May 2.",
            claims=[Q("the four people who died", 4, "person", "killed", subject=SHIP, source="police", group="merze-killed",
                      time=DAY)]),
          S("Two people remain missing after a search involving some 60 volunteers and firefighters.",
            claims=[Q("Two people remain missing", 2, "person", "missing", subject=SHIP, group="merze-missing",
                      time=T("2026-05-02", "2026-05-04")),
                    Q("some 60 volunteers and firefighters", 60, "person", "deployed", qualifier="about", subject=SHIP,
                      group="merze-searchers")])),
        P(S("The ferry, carrying 23 people, was struck by a drifting tree trunk in the swollen river.",
            claims=[Q("carrying 23 people", 23, "person", None, subject=SHIP, group="merze-aboard")]),
          S("Seventeen people were rescued.",
            claims=[Q("Seventeen people were rescued", 17, "person", "rescued", subject=SHIP, group="merze-rescued",
                      time=DAY)]),
          S("Locals call the cable ferry “the old lady of the Merze.”")),
        P(S("“We will not run the ferry again until we know exactly what happened,” said Siebenfurt's mayor, Dr. Paul Ferenc.", "quote")),
    ],
    "post": ["Tags: Siebenfurt, River Merze, ferries",
             "",
             "Read more",
             "- Spring floods: river levels to peak on Wednesday",
             "- Siebenfurt fair postponed"],
    "removed": ["Southern Kaldonia Gazette", "May 4, 2026", "By Helen Varga", "Tags: Siebenfurt, River Merze, ferries",
                "Spring floods: river levels to peak on Wednesday", "Siebenfurt fair postponed"],
}

ARTICLES = [PAM, GAZETTE]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "merze-pam.txt": (render_txt(PAM), False),
        "merze-gazette.txt": (render_txt(GAZETTE), False),
    }
