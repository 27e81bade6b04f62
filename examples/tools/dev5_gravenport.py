"""dev5 story 3, the look-alike: a barrier gives way on the south stand of Gravenport's Harbour Stadium,
Selmark, during a cup semi-final two years before the Brenndorf crush (13 Apr 2025).

The same public broadcaster's feed entry (same feed and template as its Brenndorf entry) and the same
English-language daily's page (same template as its Brenndorf report). Must not be joined with the
Brenndorf story. Invented by the Parallax team (sixth writer).
"""

from dev3_lib import S, H, P, Q, T, render_atom, render_html
import dev5_brenndorf

SID = "st-gravenport-crush"
EV = "ev-gravenport-crush"
STORY = {"id": SID, "label": "Crush at the Gravenport cup semi-final, Selmark (2025)",
         "events": [{"id": EV, "label": "A barrier collapses on the packed south stand during a cup semi-final"}]}

DAY = T("2025-04-13", "2025-04-13")
STADIUM = "harbour stadium"
POL = "selmark police"

GROUPS = [
    {"id": "gravenport-killed", "story": SID, "status": "agreed",
     "why": "ARF and the Herald both report two dead."},
    {"id": "gravenport-injured", "story": SID, "status": "agreed",
     "why": "About 40 injured in both reports, citing the Selmark police."},
    {"id": "gravenport-crowd", "story": SID, "status": "agreed",
     "why": "About 28,000 spectators in the sold-out stadium in both reports."},
]


def killed(text):
    return Q(text, 2, "person", "killed", subject=STADIUM, group="gravenport-killed", time=DAY)


ARF_G = {
    "input": "dev5/arf-nachrichten.atom#tag:arf.example,2025:nachrichten/gravenport-3307",
    "story": SID, "event": EV,
    "publisher": "ARF Nachrichten", "published": "2025-04-13T22:15:00+02:00",
    "language": "de", "authors": ["Lea Hoffmeister"], "sensational": False,
    "blocks": [
        H("Gedränge im Stadion von Gravenport: zwei Tote",
          claims=[killed("zwei Tote")]),
        P(S("Beim Halbfinale um den Selmark-Pokal in Gravenport sind am Sonntag zwei Menschen bei einem Gedränge auf der Südtribüne ums Leben gekommen.",
            claims=[killed("zwei Menschen")]),
          S("Rund 40 Zuschauer wurden nach Angaben der selmarkischen Polizei verletzt.",
            claims=[Q("Rund 40 Zuschauer wurden nach Angaben der selmarkischen Polizei verletzt", 40, "person", "wounded",
                      qualifier="about", subject=STADIUM, source=POL, group="gravenport-injured", time=DAY)])),
        P(S("Ein Geländer hatte unter dem Druck der Menge nachgegeben."),
          S("Das Hafenstadion war mit etwa 28.000 Zuschauern ausverkauft.",
            claims=[Q("etwa 28.000 Zuschauern", 28000, "person", None, qualifier="about", subject=STADIUM,
                      group="gravenport-crowd", time=DAY)]),
          S("Die Partie wurde zur Halbzeit abgebrochen.")),
    ],
    "extra": '<p>Mehr dazu in den ARF-Nachrichten im Radio, stündlich ab 6 Uhr.</p>',
    "removed": ["Mehr dazu in den ARF-Nachrichten im Radio", "stündlich ab 6 Uhr"],
}

HERALD_G = {
    "input": "dev5/gravenport-herald.html", "story": SID, "event": EV,
    "publisher": "The Ardesia Herald", "published": "2025-04-14T07:30:00+02:00",
    "language": "en", "authors": ["Fiona Marsh"], "sensational": False,
    "blocks": [
        H("Two killed as barrier gives way at Gravenport cup semi-final",
          claims=[killed("Two killed")]),
        P(S("GRAVENPORT — Two people were killed and about 40 injured when a barrier collapsed on the packed south stand of Gravenport's Harbour Stadium during a cup semi-final on Sunday, Selmark police said.",
            claims=[killed("Two people were killed"),
                    Q("about 40 injured", 40, "person", "wounded", qualifier="about", subject=STADIUM, source=POL,
                      group="gravenport-injured", time=DAY)]),
          S("Some 28,000 spectators were inside the sold-out ground.",
            claims=[Q("Some 28,000 spectators", 28000, "person", None, qualifier="about", subject=STADIUM,
                      group="gravenport-crowd", time=DAY)])),
        P(S("The match was abandoned at half-time."),
          S("Selmark's sports minister promised a review of safety rules at all top-flight grounds.")),
    ],
    "removed": ["The Herald and its partners use cookies", "14 April 2025, 07:30", "Fiona Marsh",
                "Fly Brenndorf to Lisbon from €49 one way", "Photos: Gravenport mourns its dead"],
}

ARTICLES = [ARF_G, HERALD_G]

REWRITES = []

FEED = {"title": "ARF Nachrichten", "link": "https://arf.example/nachrichten", "language": "de",
        "id": "tag:arf.example,2020:nachrichten", "updated": "2027-05-22T23:40:00+02:00"}


def files():
    """The look-alike's page, and the ARF feed with the Brenndorf and the Gravenport entries."""
    b = dev5_brenndorf.ARF
    site = dev5_brenndorf.herald_site("14 April 2025, 07:30")
    site["related"] = ["Photos: Gravenport mourns its dead", "Stadium safety in Selmark: what the rules say"]
    return {
        "gravenport-herald.html": (render_html(HERALD_G, site), False),
        "arf-nachrichten.atom": (render_atom(FEED, [
            (b, b["input"].split("#", 1)[1], "https://arf.example/nachrichten/pokalfinale-brenndorf-5521", b["extra"]),
            (ARF_G, ARF_G["input"].split("#", 1)[1], "https://arf.example/nachrichten/gravenport-3307", ARF_G["extra"]),
        ]), False),
    }
