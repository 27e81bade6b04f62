"""dev19 story 2, the look-alike of story 1: a gondola cabin of the Varnfjell cable car (Skellund) hits a support tower in
a storm on Saturday, 4 March 2028, seven years before Stellwand; two dead, nine injured (eleven by Sunday's count). No
charge, no denial.

A German agency report (bpd, dateline block, the same agency and template as story 1) and an English paper the next
morning (HTML; a DE–EN pair with bpd in own words, the later count of the injured with the earlier one restated, the
wind in two units). Invented by the Parallax team: country, resort, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-varnfjell-gondola"
EV = "ev-varnfjell-storm"
STORY = {"id": SID, "label": "Gondola cabin hits a tower in a storm at Varnfjell, Skellund",
         "events": [{"id": EV, "label": "A gondola cabin of the Varnfjell cable car swings into a tower in a storm; two dead, nine injured, eleven by Sunday (4–5 March 2028)"}]}

CRASH = "varnfjell gondola accident"
SAT = T("2028-03-04", "2028-03-04")
SUN = T("2028-03-05", "2028-03-05")

GROUPS = [
    {"id": "vf-killed", "story": SID, "status": "compatible",
     "why": "Two dead (bpd, Skellund Post) beside the Post's 13 dead or injured: another measure of the same toll."},
    {"id": "vf-length", "story": SID, "status": "agreed", "why": "The line is 3.1 kilometres long (bpd; the Post with 1.9 miles)."},
    {"id": "vf-injured", "story": SID, "status": "compatible",
     "why": "Nine injured on Saturday (bpd; the Post restating the police figure) and eleven by the hospital's count on Sunday (Post): an earlier and a later figure."},
    {"id": "vf-wind", "story": SID, "status": "agreed", "why": "Gusts of up to 110 km/h (bpd; the Post with 68 mph)."},
    {"id": "vf-evacuated", "story": SID, "status": "agreed", "why": "About 70 passengers brought down from the other cabins (bpd, Post)."},
    {"id": "vf-cabins", "story": SID, "status": "single-source", "why": "Only the Post: the line's other 36 cabins."},
]

BPD = {
    "input": "dev19/varnfjell-bpd.txt", "story": SID, "event": EV,
    "publisher": "bpd Brevonischer Pressedienst", "published": "2028-03-04T17:45:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["bpd Brevonischer Pressedienst", "Sa 04.03.2028 – 17:45", "Ressort: Vermischtes"],
    "blocks": [
        H("Gondel prallt im Sturm gegen Seilbahnstütze – zwei Tote in Skellund",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=CRASH, group="vf-killed", time=SAT)]),
        P(S("VARNFJELL (bpd) – Im skellundischen Wintersportort Varnfjell ist am Samstag eine Seilbahnkabine bei Sturmböen gegen eine Stütze geschlagen."),
          S("Zwei Fahrgäste kamen ums Leben, neun wurden den Angaben der Polizei zufolge verletzt.",
            claims=[Q("Zwei Fahrgäste", 2, "passenger", "killed", subject=CRASH, group="vf-killed", time=SAT),
                    Q("neun", 9, "person", "wounded", subject=CRASH, source="police", group="vf-injured", time=SAT)]),
          S("Der Wetterdienst hatte am Berg Böen von bis zu 110 Kilometern pro Stunde gemessen.",
            claims=[Q("bis zu 110 Kilometern pro Stunde", 110, "kilometre per hour", None, "up-to", subject="wind gusts at varnfjell", source="weather service", group="vf-wind", time=SAT)])),
        P(S("Etwa 70 Menschen wurden aus den anderen Kabinen geborgen.",
            claims=[Q("Etwa 70 Menschen", 70, "person", "evacuated", "about", subject=CRASH, group="vf-evacuated", time=SAT)]),
          S("Die 3,1 Kilometer lange Bahn war erst 2021 eröffnet worden."  ,
            claims=[Q("3,1 Kilometer", 3.1, "kilometre", "size", subject="varnfjell cable car line", group="vf-length", time=None)]),
          S("Warum sie trotz der Sturmwarnung des Wetterdienstes in Betrieb war, ist noch unklar.")),
        P(S("Die Betreiberin Varnfjell Heis stellte den Betrieb aller Lifte am Berg ein."),
          S("Die skellundische Unfallkommission hat Ermittler in den Ort geschickt.")),
    ],
    "post": ["bpd ka/vm 041745 Mär 28", "", "Themen: Unglücke · Skellund · Seilbahnen",
             "© bpd Brevonischer Pressedienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Sa 04.03.2028 – 17:45", "Ressort: Vermischtes", "bpd ka/vm 041745 Mär 28",
                "Themen: Unglücke · Skellund · Seilbahnen", "Nachdruck nur mit Quellenangabe"],
}

POST_SITE = {
    "nav": ["News", "Varnfjell", "Skellund", "Outdoors", "Business", "Opinion", "Obituaries"],
    "cookie": "The Skellund Post uses cookies to keep you signed in and to measure traffic. Choose your settings.",
    "cookie_ok": "Agree",
    "by": "By",
    "date_label": "Sunday 5 March 2028, 08:30",
    "share": "Share · 21 comments",
    "ad": "Fjellstua Lodge – book 4 nights, pay for 3",
    "related_title": "Most read",
    "related": ["Storm warning: 9 roads closed in the north", "Ski jump final moved to March 12",
                "Opinion: our mountains need better forecasts"],
    "footer": "© 2028 The Skellund Post · Subscribe · Privacy · Contact",
    "inline": '<div class="newsletter">Sign up for Post Evening – the 6 stories of the day</div>',
    "inline_at": 1,
}

POST = {
    "input": "dev19/varnfjell-post.html", "story": SID, "event": EV,
    "publisher": "The Skellund Post", "published": "2028-03-05T08:30:00+01:00",
    "language": "en", "authors": ["Ingrid Solheim"], "sensational": False,
    "blocks": [
        H("Two dead, eleven injured as storm slams gondola into Varnfjell tower",
          claims=[Q("Two dead", 2, "person", "killed", subject=CRASH, group="vf-killed", time=SAT),
                  Q("eleven injured", 11, "person", "wounded", subject=CRASH, group="vf-injured", time=SUN)]),
        P(S("Gusts of up to 68 mph (110 km/h) swung a gondola cabin into a support tower of the Varnfjell cable car on Saturday afternoon, killing two skiers.",
            claims=[Q("up to 68 mph", 68, "mile per hour", None, "up-to", subject="wind gusts at varnfjell", group="vf-wind", time=SAT),
                    Q("110 km/h", 110, "kilometre per hour", None, "up-to", subject="wind gusts at varnfjell", group="vf-wind", time=SAT),
                    Q("killing two skiers", 2, "person", "killed", subject=CRASH, group="vf-killed", time=SAT)]),
          S("The regional hospital said on Sunday that it had treated eleven people, up from the nine police reported on Saturday.",
            claims=[Q("eleven people", 11, "person", "wounded", subject=CRASH, source="regional hospital", group="vf-injured", time=SUN),
                    Q("the nine police reported on Saturday", 9, "person", "wounded", subject=CRASH, source="police", group="vf-injured", time=SAT)])),
        P(S("Around 70 passengers were lowered from the line's other 36 cabins.",
            claims=[Q("Around 70 passengers", 70, "passenger", "evacuated", "about", subject=CRASH, group="vf-evacuated", time=SAT),
                    Q("other 36 cabins", 36, None, None, subject="other cabins of the varnfjell cable car", group="vf-cabins", time=None)]),
          S("In all, the accident left 13 people dead or injured on the 3.1-kilometre (1.9-mile) line.",
            claims=[Q("13 people", 13, "person", "killed or wounded", subject=CRASH, group="vf-killed", time=SUN),
                    Q("3.1-kilometre", 3.1, "kilometre", "size", subject="varnfjell cable car line", group="vf-length", time=None),
                    Q("1.9-mile", 1.9, "mile", "size", subject="varnfjell cable car line", group="vf-length", time=None)]),
          S("Questions are being asked about why it was still running after a storm warning.")),
    ],
    "removed": ["The Skellund Post uses cookies", "Sunday 5 March 2028, 08:30", "21 comments", "book 4 nights, pay for 3",
                "Storm warning: 9 roads closed in the north", "Ski jump final moved to March 12",
                "Opinion: our mountains need better forecasts", "Sign up for Post Evening", "© 2028 The Skellund Post"],
}

ARTICLES = [BPD, POST]

REWRITES = []


def files():
    return {
        "varnfjell-bpd.txt": (render_txt(BPD), False),
        "varnfjell-post.html": (render_html(POST, POST_SITE), False),
    }
