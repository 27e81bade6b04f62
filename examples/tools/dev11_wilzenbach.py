"""dev11 story 5, the look-alike of story 4: a coach carrying pensioners on a day trip hits a bridge pier on the
motorway near Wilzenbach in Velmerland (Sunday, 27 September 2026), a year before the Lessach crash.

VNA's German report (same agency and template as its Wendelsrode report) and the Karsholm Herald's English page
(same paper and template as its protest page; a German–English pair with VNA, own wording), which recalls an older
accident for comparison. Invented by the Parallax team: towns, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html
import dev11_karsholm

SID = "st-wilzenbach-coach-crash"
EV = "ev-wilzenbach-coach-crash"
STORY = {"id": SID, "label": "Coach crash near Wilzenbach",
         "events": [{"id": EV, "label": "A pensioners' coach hits a motorway bridge pier near Wilzenbach (27 September 2026)"}]}

POL = "police"
DAY = T("2026-09-27", "2026-09-27")
CRASH = "wilzenbach coach crash"

GROUPS = [
    {"id": "wz-killed", "story": SID, "status": "agreed", "why": "VNA and Herald: two dead."},
    {"id": "wz-injured", "story": SID, "status": "agreed", "why": "VNA and Herald: 22 injured."},
    {"id": "wz-critical", "story": SID, "status": "agreed", "why": "VNA and Herald: five of them critically."},
    {"id": "wz-onboard", "story": SID, "status": "conflicting",
     "why": "38 people on board (police, VNA) against 41 passengers (the operator, Herald)."},
    {"id": "wz-cause", "story": SID, "status": "agreed",
     "why": "VNA (hedged) and Herald (police): the driver suffered a medical emergency."},
    {"id": "wz-rescuers", "story": SID, "status": "compatible",
     "why": "More than 100 emergency workers (VNA) beside about 120 (Herald): a looser bound."},
    {"id": "wz-closure", "story": SID, "status": "agreed", "why": "VNA and Herald: motorway closed for seven hours."},
    {"id": "wz-recalled", "story": SID, "status": "single-source",
     "why": "Only the Herald recalls the 2019 minibus collision with nine dead: another event, not a rival toll."},
]

VNA = {
    "input": "dev11/wilzenbach-vna.txt", "story": SID, "event": EV,
    "publisher": "VNA Vereinigte Nachrichtenagentur", "published": "2026-09-27T15:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["VNA Vereinigte Nachrichtenagentur", "Sonntag, 27.09.2026, 15:40 Uhr", "Ressort: Ausland"],
    "blocks": [
        H("Reisebus prallt bei Wilzenbach gegen Brückenpfeiler – zwei Tote",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=CRASH, group="wz-killed", time=DAY)]),
        P(S("Ein mit Rentnerinnen und Rentnern besetzter Reisebus ist am Sonntagvormittag auf der Autobahn bei Wilzenbach in Velmerland gegen einen Brückenpfeiler geprallt."),
          S("Zwei Menschen starben, 22 wurden verletzt, fünf davon lebensgefährlich, wie die Polizei mitteilte.",
            claims=[Q("Zwei Menschen starben", 2, "person", "killed", subject=CRASH, source=POL, group="wz-killed", time=DAY),
                    Q("22 wurden verletzt", 22, "person", "wounded", subject=CRASH, source=POL, group="wz-injured", time=DAY),
                    Q("fünf davon lebensgefährlich", 5, "person", "wounded", subject=CRASH, source=POL, group="wz-critical", time=DAY)]),
          S("An Bord befanden sich nach Polizeiangaben 38 Menschen.",
            claims=[Q("38 Menschen", 38, "person", None, subject=CRASH, source=POL, group="wz-onboard", time=DAY)])),
        P(S("Der Bus des Reisedienstes Omland war mit einer Seniorengruppe auf einem Tagesausflug zum Kloster Sankt Edith unterwegs."),
          S("Der 61 Jahre alte Fahrer soll kurz vor dem Aufprall einen Schwächeanfall erlitten haben.",
            claims=[ST("soll kurz vor dem Aufprall einen Schwächeanfall erlitten haben", "driver", "suffered a medical emergency", "collapse", "wz-cause", hedged=True)]),
          S("Er und eine 79-jährige Mitreisende kamen ums Leben.")),
        P(S("Mehr als 100 Einsatzkräfte waren vor Ort.",
            claims=[Q("Mehr als 100 Einsatzkräfte", 100, "person", "deployed", "more-than", subject=CRASH, group="wz-rescuers", time=DAY)]),
          S("Die Autobahn war sieben Stunden lang gesperrt.",
            claims=[Q("sieben Stunden lang gesperrt", 7, "hour", "duration", subject="motorway", group="wz-closure", time=DAY)])),
    ],
    "post": ["vna/vl/hs 271540 Sep 26", "", "Weitere Meldungen: Velmerland · Verkehr · Unfälle",
             "© VNA Vereinigte Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Sonntag, 27.09.2026, 15:40 Uhr", "Ressort: Ausland", "vna/vl/hs 271540 Sep 26",
                "Weitere Meldungen: Velmerland · Verkehr · Unfälle", "Weiterverbreitung nur mit Genehmigung"],
}

HERALD_SITE = dict(dev11_karsholm.HERALD_SITE)
HERALD_SITE.update({
    "date_label": "Monday 28 September 2026, 07:30",
    "ad": "ADVERTISEMENT – Velmer Motor Club: breakdown cover from 4.99 a month",
    "related": ["Karsholm council approves new cycle lanes", "Harvest festival returns to Dorlen after two-year break",
                "Velmer Cup: Karsholm FC held 1-1 at home"],
    "footer": "© 2026 The Karsholm Herald Ltd · Terms · Privacy · Contact the newsroom",
    "after": '<p class="tags">Topics: Road safety · Wilzenbach · Emergency services</p>',
})

HERALD = {
    "input": "dev11/wilzenbach-herald.html", "story": SID, "event": EV,
    "publisher": "The Karsholm Herald", "published": "2026-09-28T07:30:00+02:00",
    "language": "en", "authors": ["Ruth Ellingham"], "sensational": False,
    "blocks": [
        H("Two dead as pensioners' coach hits bridge near Wilzenbach",
          claims=[Q("Two dead", 2, "person", "killed", subject=CRASH, group="wz-killed", time=DAY)]),
        P(S("Two people died and 22 were injured, five of them critically, when a coach carrying pensioners on a day trip crashed into a bridge pier on the motorway near Wilzenbach on Sunday morning.",
            claims=[Q("Two people died", 2, "person", "killed", subject=CRASH, group="wz-killed", time=DAY),
                    Q("22 were injured", 22, "person", "wounded", subject=CRASH, group="wz-injured", time=DAY),
                    Q("five of them critically", 5, "person", "wounded", subject=CRASH, group="wz-critical", time=DAY)]),
          S("The operator, Omland Travel, said 41 passengers had been on board.",
            claims=[Q("41 passengers had been on board", 41, "passenger", None, subject=CRASH, source="omland", group="wz-onboard", time=DAY)])),
        P(S("Police believe the 61-year-old driver suffered a medical emergency shortly before the impact.",
            claims=[ST("Police believe the 61-year-old driver suffered a medical emergency", "driver", "suffered a medical emergency", "collapse", "wz-cause", source=POL)]),
          S("About 120 emergency workers attended, and the motorway stayed closed for seven hours.",
            claims=[Q("About 120 emergency workers", 120, "person", "deployed", "about", subject=CRASH, group="wz-rescuers", time=DAY),
                    Q("for seven hours", 7, "hour", "duration", subject="motorway", group="wz-closure", time=DAY)])),
        P(S("It was the country's deadliest road accident since 2019, when nine people died in a minibus collision near Tarrow.",
            claims=[Q("nine people died", 9, "person", "killed", subject="tarrow minibus collision", group="wz-recalled", time=T("2019-01-01", "2019-12-31"))]),
          S("“The driver was always so careful,” said Greta Holm, 74, who had booked the trip for her walking club.", "quote")),
    ],
    "removed": ["We use cookies to personalise content", "Accept all", "Monday 28 September 2026, 07:30", "Subscribe",
                "Share this story", "Velmer Motor Club", "new cycle lanes", "Harvest festival returns to Dorlen",
                "Karsholm FC held 1-1", "© 2026 The Karsholm Herald Ltd", "Herald Morning Briefing", "Topics: Road safety"],
}

ARTICLES = [VNA, HERALD]

REWRITES = []


def files():
    return {
        "wilzenbach-vna.txt": (render_txt(VNA), False),
        "wilzenbach-herald.html": (render_html(HERALD, HERALD_SITE), False),
    }
