"""dev20 story 2, the look-alike of story 1: armed thieves break into the Münzkabinett Ravelsund (Haskonien) in the night to
Saturday, 8 March 2031, five and a half years before Glimmstein, and steal about 230 gold coins worth about four million
euros; a guard is shot dead and two are injured. No charge, no denial.

A German agency report (ppd, dateline block, the same agency and template as story 1) and an English local paper the next
morning (HTML; a DE–EN pair with ppd in own words, the dead and injured also as one count of another measure, a reward).
Invented by the Parallax team: country, town, museum, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-ravelsund-heist"
EV = "ev-ravelsund-coin-theft"
STORY = {"id": SID, "label": "Gold coins stolen from the Münzkabinett Ravelsund, Haskonien",
         "events": [{"id": EV, "label": "Armed thieves steal about 230 gold coins from the Münzkabinett Ravelsund; a guard is killed, two injured (8–9 March 2031)"}]}

THEFT = "ravelsund coin theft"
SAT = T("2031-03-08", "2031-03-08")

GROUPS = [
    {"id": "rv-killed", "story": SID, "status": "compatible",
     "why": "One guard killed (ppd, Courier) beside the Courier's three guards killed or wounded: another measure of the same toll."},
    {"id": "rv-wounded", "story": SID, "status": "agreed", "why": "Two guards injured (ppd, Courier)."},
    {"id": "rv-coins", "story": SID, "status": "agreed", "why": "About 230 gold coins stolen (ppd 'rund 230', Courier 'some 230')."},
    {"id": "rv-value", "story": SID, "status": "agreed", "why": "Worth about four million euros (ppd; the Courier with €4 million)."},
    {"id": "rv-thieves", "story": SID, "status": "agreed", "why": "At least three thieves (ppd, Courier)."},
    {"id": "rv-minutes", "story": SID, "status": "single-source", "why": "Only ppd: the thieves were inside for about a quarter of an hour."},
    {"id": "rv-reward", "story": SID, "status": "single-source", "why": "Only the Courier: a reward of 50,000 euros."},
]

PPD = {
    "input": "dev20/ravelsund-ppd.txt", "story": SID, "event": EV,
    "publisher": "ppd Peltarischer Pressedienst", "published": "2031-03-08T13:40:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ppd Peltarischer Pressedienst", "Sa 08.03.2031 – 13:40", "Ressort: Panorama"],
    "blocks": [
        H("Einbruch ins Münzkabinett Ravelsund: Wachmann erschossen"),
        P(S("RAVELSUND (ppd) – Bewaffnete Täter sind in der Nacht zum Samstag in das Münzkabinett der haskonischen Hafenstadt Ravelsund eingedrungen und haben rund 230 Goldmünzen erbeutet.",
            claims=[Q("rund 230 Goldmünzen", 230, None, None, "about", subject="gold coins stolen from the münzkabinett ravelsund", group="rv-coins", time=SAT)]),
          S("Ein Wachmann wurde erschossen, zwei weitere wurden nach Angaben der Polizei verletzt.",
            claims=[Q("Ein Wachmann", 1, "person", "killed", subject=THEFT, group="rv-killed", time=SAT),
                    Q("zwei weitere", 2, "person", "wounded", subject=THEFT, source="police", group="rv-wounded", time=SAT)])),
        P(S("Den Wert der Münzen schätzt das Museum auf etwa vier Millionen Euro.",
            claims=[Q("etwa vier Millionen Euro", 4000000, "eur", None, "about", subject="value of the coins stolen in ravelsund", source="münzkabinett ravelsund", group="rv-value", time=None)]),
          S("Die Täter sollen sich etwa eine Viertelstunde im Gebäude aufgehalten haben.",
            claims=[Q("etwa eine Viertelstunde", 15, "minute", "duration", "about", subject=THEFT, hedged=True, group="rv-minutes", time=None)]),
          S("Zeugen sahen mindestens drei maskierte Männer, die in einem Lieferwagen flüchteten.",
            claims=[Q("mindestens drei maskierte Männer", 3, "person", None, "at-least", subject="thieves of the ravelsund coin theft", group="rv-thieves", time=SAT)]),
          S("Von ihnen fehlt jede Spur.")),
    ],
    "post": ["ppd mh/pa 081340 Mär 31", "", "Themen: Kriminalität · Haskonien · Museen",
             "© ppd Peltarischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Sa 08.03.2031 – 13:40", "Ressort: Panorama", "ppd mh/pa 081340 Mär 31",
                "Themen: Kriminalität · Haskonien · Museen", "Weiterverbreitung nur mit Quellenangabe"],
}

COURIER_SITE = {
    "nav": ["Home", "Ravelsund", "Harbour", "Haskonia", "Culture", "Sport", "Letters"],
    "cookie": "We use cookies to remember your settings and to count visits. Manage preferences.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Sunday 9 March 2031, 09:10",
    "share": "Share · 47 comments",
    "ad": "Harbour Antiques – we buy old coins and medals, free valuation",
    "related_title": "Latest",
    "related": ["Ferry timetable: 2 extra sailings at Easter", "Museum night postponed to May 17",
                "Letters: our town needs 5 more police officers"],
    "footer": "© 2031 The Ravelsund Courier · Subscribe · Privacy · Contact",
    "inline": '<div class="newsletter">Get the Courier Briefing – 5 stories every morning</div>',
    "inline_at": 1,
}

COURIER = {
    "input": "dev20/ravelsund-courier.html", "story": SID, "event": EV,
    "publisher": "The Ravelsund Courier", "published": "2031-03-09T09:10:00+01:00",
    "language": "en", "authors": ["Tomas Verhoeven"], "sensational": False,
    "blocks": [
        H("Guard shot dead as thieves raid Ravelsund coin collection",
          claims=[Q("Guard shot dead", 1, "person", "killed", subject=THEFT, group="rv-killed", time=SAT)]),
        P(S("Armed thieves stole some 230 gold coins from the Münzkabinett in the early hours of Saturday, shooting one guard dead and injuring two others.",
            claims=[Q("some 230 gold coins", 230, None, None, "about", subject="gold coins stolen from the münzkabinett ravelsund", group="rv-coins", time=SAT),
                    Q("shooting one guard dead", 1, "person", "killed", subject=THEFT, group="rv-killed", time=SAT),
                    Q("injuring two others", 2, "person", "wounded", subject=THEFT, group="rv-wounded", time=SAT)]),
          S("The attack left three guards dead or wounded, the worst toll in a Haskonian museum robbery in memory.",
            claims=[Q("three guards", 3, "person", "killed or wounded", subject=THEFT, group="rv-killed", time=SAT)])),
        P(S("The museum valued the coins at €4 million.",
            claims=[Q("€4 million", 4000000, "eur", None, subject="value of the coins stolen in ravelsund", source="münzkabinett ravelsund", group="rv-value", time=None)]),
          S("Witnesses saw at least three masked men drive off in a van.",
            claims=[Q("at least three masked men", 3, "person", None, "at-least", subject="thieves of the ravelsund coin theft", group="rv-thieves", time=SAT)]),
          S("Police have offered a reward of €50,000 for information.",
            claims=[Q("€50,000", 50000, "eur", None, subject="reward for information on the ravelsund theft", source="police", group="rv-reward", time=None)]),
          S("It is the second break-in at a museum in the region since the autumn.")),
    ],
    "removed": ["We use cookies to remember", "Sunday 9 March 2031, 09:10", "47 comments", "free valuation",
                "2 extra sailings at Easter", "Museum night postponed to May 17", "5 more police officers",
                "Get the Courier Briefing", "© 2031 The Ravelsund Courier"],
}

ARTICLES = [PPD, COURIER]

REWRITES = []


def files():
    return {
        "ravelsund-ppd.txt": (render_txt(PPD), False),
        "ravelsund-courier.html": (render_html(COURIER, COURIER_SITE), False),
    }
