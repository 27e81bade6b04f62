"""dev6 story 2: the look-alike, a sightseeing ferry capsizes on Lake Merren (Varstland) on 14 August 2026,
ten months before the Stella Oriana sinking. It must NOT be joined with st-oriana-ferry.

The same wire (ktn, same template as its Porvena report) and the same English paper (the Brennock Herald,
same page template). Invented by the Parallax team (seventh writer): lake, state, ship, people, outlets
and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html
from dev6_oriana import herald_site

SID = "st-merren-ferry"
EV = "ev-merren-capsizing"
STORY = {"id": SID, "label": "Sightseeing ferry capsizes on Lake Merren (look-alike)",
         "events": [{"id": EV, "label": "Capsizing of the Lotte Brandvik, 14 August 2026"}]}

SHIP = "lotte brandvik"
DAY = T("2026-08-14", "2026-08-14")

GROUPS = [
    {"id": "merren-killed", "story": SID, "status": "agreed",
     "why": "Both articles give eleven dead."},
    {"id": "merren-rescued", "story": SID, "status": "agreed",
     "why": "Both articles give 64 rescued, citing the police."},
    {"id": "merren-on-board", "story": SID, "status": "agreed",
     "why": "Both articles give 75 people on board."},
    {"id": "merren-capacity", "story": SID, "status": "agreed",
     "why": "Both articles give a licence for at most 60 passengers."},
    {"id": "merren-investigation", "story": SID, "status": "agreed",
     "why": "Both articles report the investigation of the captain for negligent homicide."},
    {"id": "merren-excess", "story": SID, "status": "single-source",
     "why": "Only the Herald states that the boat carried 15 people more than permitted."},
    {"id": "merren-overloaded", "story": SID, "status": "single-source",
     "why": "Only the Herald's headline calls the ferry overloaded."},
]

KTN = {
    "input": "dev6/merren-ktn.txt", "story": SID, "event": EV,
    "publisher": "ktn Kontinentale Nachrichten", "published": "2026-08-14T18:10:00+02:00",
    "language": "de", "authors": ["Jonas Weidlich"], "sensational": False,
    "pre": ["ktn Kontinentale Nachrichten", "14.08.2026", "18:10 Uhr", "Jonas Weidlich"],
    "blocks": [
        H("Fähre auf dem Merrensee gekentert – elf Tote",
          claims=[Q("elf Tote", 11, "person", "killed", subject=SHIP, group="merren-killed", time=DAY)]),
        P(S("Auf dem Merrensee im Norden Varstlands ist am Freitagnachmittag eine Ausflugsfähre gekentert."),
          S("Die Polizei sprach am Abend von einem „schwarzen Tag“ für die Region."),
          S("Elf Menschen seien ums Leben gekommen, 64 habe man aus dem Wasser gerettet.",
            claims=[Q("Elf Menschen seien ums Leben gekommen", 11, "person", "killed", subject=SHIP, source="police", hedged=True,
                      group="merren-killed", time=DAY),
                    Q("64 habe man aus dem Wasser gerettet", 64, "person", "rescued", subject=SHIP, source="police", hedged=True,
                      group="merren-rescued", time=DAY)])),
        P(S("Die „Lotte Brandvik“ war mit 75 Menschen an Bord zu einer Rundfahrt aufgebrochen, als eine plötzliche Sturmböe sie erfasste.",
            claims=[Q("mit 75 Menschen an Bord", 75, "person", None, subject=SHIP, group="merren-on-board")]),
          S("Zugelassen war das Schiff für höchstens 60 Passagiere.",
            claims=[Q("für höchstens 60 Passagiere", 60, "passenger", "size", "up-to", subject=SHIP, group="merren-capacity")])),
        P(S("Gegen den Kapitän wird wegen fahrlässiger Tötung ermittelt.",
            claims=[ST("Gegen den Kapitän wird wegen fahrlässiger Tötung ermittelt", "captain", "is under investigation for",
                       "negligent homicide", "merren-investigation")]),
          S("Es ist das schwerste Unglück auf dem See seit 1987.")),
    ],
    "post": ["Themen: Schifffahrt · Varstland · Unglücke",
             "",
             "Mehr zum Thema",
             "- Sommerstürme: Warum Binnenseen unterschätzt werden",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© ktn Kontinentale Nachrichten – Alle Rechte vorbehalten"],
    "removed": ["ktn Kontinentale Nachrichten", "14.08.2026", "18:10 Uhr", "Themen: Schifffahrt · Varstland · Unglücke",
                "Mehr zum Thema", "Sommerstürme: Warum Binnenseen unterschätzt werden", "Teilen: Facebook | X | E-Mail",
                "Alle Rechte vorbehalten"],
}

HERALD_SITE = herald_site("Saturday 15 August 2026, 8.00am",
                          ["Summer storms: a guide to staying safe on the water", "Varstland's lakes draw record tourist numbers"],
                          "Advertisement – Lakeside Lodges: three nights for the price of two this September")

HERALD = {
    "input": "dev6/merren-herald.html", "story": SID, "event": EV,
    "publisher": "The Brennock Herald", "published": "2026-08-15T08:00:00+01:00",
    "language": "en", "authors": ["Owen Falloway"], "sensational": False,
    "blocks": [
        H("Eleven dead as overloaded tourist ferry capsizes on Lake Merren",
          claims=[Q("Eleven dead", 11, "person", "killed", subject=SHIP, group="merren-killed", time=DAY),
                  ST("overloaded tourist ferry", SHIP, "was overloaded", None, "merren-overloaded")]),
        P(S("A sightseeing ferry with 75 people on board capsized in a sudden squall on Lake Merren in northern Varstland on Friday afternoon, killing eleven.",
            claims=[Q("75 people on board", 75, "person", None, subject=SHIP, group="merren-on-board"),
                    Q("killing eleven", 11, "person", "killed", subject=SHIP, group="merren-killed", time=DAY)]),
          S("Police said 64 people had been rescued, several of them by sailing boats that happened to be nearby.",
            claims=[Q("64 people had been rescued", 64, "person", "rescued", subject=SHIP, source="police", group="merren-rescued", time=DAY)])),
        P(S("The Lotte Brandvik was licensed to carry no more than 60 passengers, which means it had 15 people more on board than permitted, police said.",
            claims=[Q("no more than 60 passengers", 60, "passenger", "size", "up-to", subject=SHIP, source="police", group="merren-capacity"),
                    Q("15 people more on board than permitted", 15, "person", None, subject=SHIP, source="police", group="merren-excess")]),
          S("The captain is under investigation for negligent homicide.",
            claims=[ST("The captain is under investigation for negligent homicide", "captain", "is under investigation for",
                       "negligent homicide", "merren-investigation")]),
          S("It was the worst accident on the lake since 1987.")),
    ],
    "removed": ["uses cookies to personalise content", "Accept and continue", "Saturday 15 August 2026, 8.00am",
                "Share this article", "Lakeside Lodges: three nights", "Summer storms: a guide to staying safe on the water",
                "Varstland's lakes draw record tourist numbers", "Terms · Privacy · Contact us", "The Morning Herald: our editors' pick"],
}

ARTICLES = [KTN, HERALD]
REWRITES = []


def files():
    return {
        "merren-ktn.txt": (render_txt(KTN), False),
        "merren-herald.html": (render_html(HERALD, HERALD_SITE), False),
    }
