"""dev22 story 2, the look-alike of Kravenau: on Friday evening, 11 August 2034, the roof over the main stage of the festival
"Pellvik Rock" in Pellvik (Falkmark) gives way under the weight of rainwater; 19 people are hurt, three of them seriously, no
one dies; about 8,000 festivalgoers are sent home and the festival pauses for two days. No charge, no denial.

A German agency report (nrp, the same agency and template as the Kravenau report) and an English local paper the next
morning (HTML; a DE–EN pair with nrp in own words, a hyphenated area, an age). Invented by the Parallax team: country, town,
festival, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-pellvik-stage"
EV = "ev-pellvik-roof"
STORY = {"id": SID, "label": "Stage roof collapses at the Pellvik Rock festival, Falkmark",
         "events": [{"id": EV, "label": "The stage roof gives way under rainwater; 19 hurt, festival paused (11–12 August 2034)"}]}

EVENT = "pellvik stage roof collapse"
FRI = T("2034-08-11", "2034-08-11")

GROUPS = [
    {"id": "pv-injured", "story": SID, "status": "agreed", "why": "19 injured (nrp, Courier)."},
    {"id": "pv-serious", "story": SID, "status": "agreed", "why": "Three of them seriously (nrp, Courier)."},
    {"id": "pv-roof", "story": SID, "status": "agreed", "why": "A roof of 600 square metres (nrp hedged, Courier)."},
    {"id": "pv-sent-home", "story": SID, "status": "agreed", "why": "About 8,000 festivalgoers sent home (nrp, Courier)."},
    {"id": "pv-pause", "story": SID, "status": "single-source", "why": "Only nrp: the festival paused for two days."},
]

NRP = {
    "input": "dev22/pellvik-nrp.txt", "story": SID, "event": EV,
    "publisher": "nrp Norbanischer Pressedienst", "published": "2034-08-11T23:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["nrp Norbanischer Pressedienst", "Fr 11.08.2034 – 23:10", "Ressort: Panorama"],
    "blocks": [
        H("Bühnendach bei Rockfestival in Pellvik eingestürzt – 19 Verletzte",
          claims=[Q("19 Verletzte", 19, "person", "wounded", subject=EVENT, group="pv-injured", time=FRI)]),
        P(S("PELLVIK (nrp) – Beim Festival „Pellvik Rock“ in Falkmark ist am Freitagabend nach heftigem Regen das Dach der Hauptbühne eingestürzt."),
          S("Nach Angaben der Polizei wurden 19 Menschen verletzt, drei davon schwer.",
            claims=[Q("19 Menschen", 19, "person", "wounded", subject=EVENT, source="police", group="pv-injured", time=FRI),
                    Q("drei davon", 3, "person", "wounded", subject=EVENT, source="police", group="pv-serious", time=FRI)]),
          S("Tote gab es nicht.")),
        P(S("Das 600 Quadratmeter große Dach habe das Gewicht des Wassers nicht getragen, sagte ein Sprecher der Feuerwehr.",
            claims=[Q("600 Quadratmeter", 600, "square metre", "size", subject="stage roof at pellvik rock", source="fire service", hedged=True, group="pv-roof", time=None)]),
          S("Etwa 8.000 Besucher mussten das Gelände verlassen.",
            claims=[Q("Etwa 8.000 Besucher", 8000, "person", "evacuated", "about", subject=EVENT, group="pv-sent-home", time=FRI)]),
          S("Das Festival wird für zwei Tage unterbrochen.",
            claims=[Q("zwei Tage", 2, "day", "duration", subject="pause of the pellvik rock festival", group="pv-pause", time=None)]),
          S("Am Sonntag sollen die Konzerte auf einer Ersatzbühne weitergehen.")),
    ],
    "post": ["nrp lm/ko 112310 Aug 34", "", "Themen: Unglücke · Falkmark · Konzerte",
             "© nrp Norbanischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Fr 11.08.2034 – 23:10", "nrp lm/ko 112310 Aug 34", "Themen: Unglücke · Falkmark · Konzerte",
                "Weiterverbreitung nur mit Quellenangabe"],
}

COURIER_SITE = {
    "nav": ["Home", "Pellvik", "County", "What's on", "Sport", "Obituaries"],
    "cookie": "We use cookies to improve your experience. Manage your choices at any time.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Saturday 12 August 2034, 07:45",
    "share": "Share · 23 comments",
    "ad": "Harbour Grill: 2 courses for £18 this weekend",
    "related_title": "More from Pellvik",
    "related": ["Pellvik Rock 2034: the full line-up", "Rain warning: 3 days of downpours ahead", "Photos: Friday at the festival (40 pictures)"],
    "footer": "© 2034 Pellvik Courier · Contact · Privacy",
    "inline": '<div class="teaser">Read more: Is the festival site safe?</div>',
    "inline_at": 1,
}

COURIER = {
    "input": "dev22/pellvik-courier.html", "story": SID, "event": EV,
    "publisher": "Pellvik Courier", "published": "2034-08-12T07:45:00+02:00",
    "language": "en", "authors": ["Owen Thrale"], "sensational": False,
    "blocks": [
        H("Stage roof collapses at Pellvik Rock, injuring 19",
          claims=[Q("19", 19, "person", "wounded", subject=EVENT, group="pv-injured", time=FRI)]),
        P(S("The roof over the main stage at Pellvik Rock gave way under the weight of rainwater on Friday evening, police said."),
          S("Nineteen people were hurt, three of them seriously.",
            claims=[Q("Nineteen people", 19, "person", "wounded", subject=EVENT, source="police", group="pv-injured", time=FRI),
                    Q("three of them", 3, "person", "wounded", subject=EVENT, source="police", group="pv-serious", time=FRI)]),
          S("The 600-square-metre roof had been inspected on Thursday, the organisers said.",
            claims=[Q("600-square-metre", 600, "square metre", "size", subject="stage roof at pellvik rock", source="organisers", group="pv-roof", time=None)])),
        P(S("About 8,000 festivalgoers were sent home.",
            claims=[Q("About 8,000 festivalgoers", 8000, "person", "evacuated", "about", subject=EVENT, group="pv-sent-home", time=FRI)]),
          S("Festival director Ida Marsk, 47, said the music would resume on Sunday.")),
    ],
    "removed": ["We use cookies to improve your experience", "Saturday 12 August 2034, 07:45", "23 comments",
                "2 courses for £18", "the full line-up", "3 days of downpours ahead", "(40 pictures)",
                "Is the festival site safe?", "© 2034 Pellvik Courier"],
}

ARTICLES = [NRP, COURIER]

REWRITES = []


def files():
    return {
        "pellvik-nrp.txt": (render_txt(NRP), False),
        "pellvik-courier.html": (render_html(COURIER, COURIER_SITE), False),
    }
