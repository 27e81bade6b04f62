"""dev25 story 5: on Wednesday, 17 February 2044, prosecutors in Orbeck (Ambrelien) search 31 homes and offices over
match-fixing in the second division: a betting ring is said to have paid players of three clubs to fix at least eleven
matches and to have staked about four million euros with Asian bookmakers; 23 suspects, nine arrested. The prosecutors say
SC Kaltbach's goalkeeper Marko Lind took 60,000 euros to let in goals in two matches; his lawyer denies it; the club
suspends him.

A German sports paper (HTML; hearsay with `soll … haben`), an English broadcaster (Atom entry; 'a dozen', dollars), a German
local paper on Thursday evening (text) with a rival bribe figure and a later count of arrests, and an English tabloid (HTML) with a sensational headline that
states the charge as fact and omits the denial. Invented by the Parallax team: country, towns, clubs, prosecutors' office,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom
import dev25_harvesund
import dev25_kaernwald

SID = "st-orbeck-fixing"
EV = "ev-orbeck-raids"
STORY = {"id": SID, "label": "Match-fixing raids in Ambrelien's second football division",
         "events": [{"id": EV, "label": "Prosecutors search 31 homes and offices and arrest nine suspects (17 February 2044)"}]}

EVENT = "orbeck match-fixing investigation"
WED = T("2044-02-17", "2044-02-17")
PROS = "prosecutors"
LIND = "marko lind"
BRIBE = (LIND, "took a bribe", "to let in goals in two matches")
SUSP = ("sc kaltbach", "suspended", "marko lind")
MATCHES = "matches the betting ring is said to have fixed"
STAKES = "stakes placed by the betting ring"
LINDMONEY = "money marko lind is said to have taken"
LINDGAMES = "matches marko lind is said to have thrown"

GROUPS = [
    {"id": "fx-searches", "story": SID, "status": "agreed", "why": "31 homes and offices searched (Sportkurier, APR, Orbecker Post)."},
    {"id": "fx-matches", "story": SID, "status": "compatible",
     "why": "At least eleven matches fixed (Sportkurier, Orbecker Post) beside APR's 'at least a dozen': bounds of different numbers."},
    {"id": "fx-clubs", "story": SID, "status": "agreed", "why": "Players of three clubs (Sportkurier, APR)."},
    {"id": "fx-suspects", "story": SID, "status": "agreed", "why": "23 suspects (Sportkurier, APR)."},
    {"id": "fx-arrests", "story": SID, "status": "compatible",
     "why": "Nine arrested on Wednesday (Sportkurier, APR, Daily Blare, Orbecker Post) and twelve in custody by Thursday evening with three further arrests (Orbecker Post): a later figure."},
    {"id": "fx-stakes", "story": SID, "status": "compatible",
     "why": "About four million euros staked (Sportkurier, APR with dollars) beside the Blare's looser 'millions of euros'."},
    {"id": "fx-bribe", "story": SID, "status": "conflicting",
     "why": "60,000 euros by the prosecutors' account (Sportkurier, APR; the Blare with dollars) against the Orbecker Post's unattributed 80,000."},
    {"id": "fx-lind-games", "story": SID, "status": "agreed", "why": "Two matches thrown (Sportkurier, APR, Daily Blare)."},
    {"id": "fx-lind", "story": SID, "status": "disputed",
     "why": "The prosecutors say Lind took money to let in goals (Sportkurier, APR; the Post as hearsay); the Blare states it as fact; Lind's lawyer denies it (Sportkurier, APR, Post); the Blare omits the denial."},
    {"id": "fx-suspended", "story": SID, "status": "agreed", "why": "SC Kaltbach has suspended Lind (Orbecker Post, APR)."},
    {"id": "fx-members", "story": SID, "status": "single-source", "why": "Only the Orbecker Post: the club has a good 1,900 members."},
]

# ------------------------------------------------------------------ Sportkurier (de sports paper, HTML; Wednesday)

SK_SITE = {
    "nav": ["Fußball", "1. Liga", "2. Liga", "Handball", "Wintersport", "Live-Ticker", "Tippspiel"],
    "cookie": "Sportkurier.example nutzt Cookies. Mit einem Klick auf „OK“ stimmen Sie zu.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "17.02.2044 | 18:00",
    "share": "Teilen · 312 Kommentare",
    "ad": "Sportwetten-Bonus bis 100 Euro – 18+, Glücksspiel kann süchtig machen",
    "related_title": "Mehr aus der 2. Liga",
    "related": ["Tabelle: Kaltbach auf Platz 7", "Transfergerüchte: 4 Namen für Orbeck"],
    "footer": "© 2044 Sportkurier Medien",
    "inline": '<div class="teaser">Live-Ticker: Pressekonferenz der Staatsanwaltschaft</div>',
    "inline_at": 1,
}

SK = {
    "input": "dev25/orbeck-sportkurier.html", "story": SID, "event": EV,
    "publisher": "Sportkurier", "published": "2044-02-17T18:00:00+01:00",
    "language": "de", "authors": ["Fabian Ostrowski"], "sensational": False,
    "blocks": [
        H("Razzia wegen Spielmanipulation: Neun Verdächtige festgenommen",
          claims=[Q("Neun Verdächtige", 9, "suspect", "arrested", subject=EVENT, group="fx-arrests", time=WED)]),
        P(S("Die Staatsanwaltschaft Orbeck hat am Mittwoch 31 Wohnungen und Büros durchsucht.",
            claims=[Q("31 Wohnungen und Büros", 31, None, None, subject=EVENT, group="fx-searches", time=WED)]),
          S("Nach ihren Angaben soll ein Wettring Spieler dreier Zweitligavereine bezahlt haben, um mindestens elf Spiele der vergangenen Saison zu manipulieren.",
            claims=[Q("dreier Zweitligavereine", 3, None, None, subject="clubs whose players the ring is said to have paid", source=PROS, hedged=True, group="fx-clubs", time=None),
                    Q("mindestens elf Spiele", 11, None, None, "at-least", subject=MATCHES, source=PROS, hedged=True, group="fx-matches", time=None)])),
        P(S("Gegen 23 Beschuldigte wird ermittelt, neun wurden festgenommen.",
            claims=[Q("23 Beschuldigte", 23, "suspect", None, subject=EVENT, group="fx-suspects", time=None),
                    Q("neun", 9, "suspect", "arrested", subject=EVENT, group="fx-arrests", time=WED)]),
          S("Der Ring soll bei Buchmachern in Asien rund vier Millionen Euro gesetzt haben.",
            claims=[Q("rund vier Millionen Euro", 4000000, "eur", None, "about", subject=STAKES, source=PROS, hedged=True, group="fx-stakes", time=None)])),
        P(S("Schwer belastet wird laut Staatsanwaltschaft Torwart Marko Lind vom SC Kaltbach: Er soll 60.000 Euro dafür kassiert haben, in zwei Spielen absichtlich Tore zuzulassen.",
            claims=[Q("60.000 Euro", 60000, "eur", "paid", subject=LINDMONEY, source=PROS, hedged=True, group="fx-bribe", time=None),
                    Q("zwei Spielen", 2, None, None, subject=LINDGAMES, source=PROS, hedged=True, group="fx-lind-games", time=None),
                    ST("Er soll 60.000 Euro dafür kassiert haben, in zwei Spielen absichtlich Tore zuzulassen", *BRIBE, "fx-lind", source=PROS, hedged=True)]),
          S("Linds Anwalt weist die Vorwürfe zurück: „Mein Mandant hat nie einen Cent angenommen.“", "quote",
            claims=[ST("Linds Anwalt weist die Vorwürfe zurück", *BRIBE, "fx-lind", source=LIND, denial=True)])),
    ],
    "removed": ["17.02.2044 | 18:00", "312 Kommentare", "Sportwetten-Bonus bis 100 Euro", "Kaltbach auf Platz 7",
                "4 Namen für Orbeck", "Pressekonferenz der Staatsanwaltschaft", "© 2044 Sportkurier Medien"],
}

# ------------------------------------------------------------------ APR (en broadcaster, Atom entry; Wednesday)

APR = {
    "input": "dev25/apr-english.atom#tag:apr.example,2044:en/orbeck-match-fixing", "story": SID, "event": EV,
    "publisher": "Ambrelia Public Radio", "published": "2044-02-17T20:30:00+01:00",
    "language": "en", "authors": ["Tomasz Brenner"], "sensational": False,
    "blocks": [
        H("Prosecutors raid homes in Ambrelian match-fixing probe"),
        P(S("Prosecutors in Orbeck searched 31 homes and offices on Wednesday in an investigation into match-fixing in Ambrelia's second division.",
            claims=[Q("31 homes and offices", 31, None, None, subject=EVENT, group="fx-searches", time=WED)]),
          S("They suspect a betting ring of paying players at three clubs to fix at least a dozen matches last season.",
            claims=[Q("three clubs", 3, None, None, subject="clubs whose players the ring is said to have paid", source=PROS, group="fx-clubs", time=None),
                    Q("at least a dozen matches", 12, None, None, "at-least", subject=MATCHES, source=PROS, group="fx-matches", time=None)])),
        P(S("Nine of 23 suspects were arrested, a spokeswoman for the prosecutors said.",
            claims=[Q("Nine", 9, "suspect", "arrested", subject=EVENT, source=PROS, group="fx-arrests", time=WED),
                    Q("23 suspects", 23, "suspect", "size", subject=EVENT, source=PROS, group="fx-suspects", time=None)]),
          S("The ring allegedly staked about €4 million ($4.4 million) with Asian bookmakers.",
            claims=[Q("about €4 million", 4000000, "eur", None, "about", subject=STAKES, source=PROS, hedged=True, group="fx-stakes", time=None),
                    Q("$4.4 million", 4400000, "usd", None, subject=STAKES, source=PROS, hedged=True, group="fx-stakes", time=None)])),
        P(S("Prosecutors allege that SC Kaltbach goalkeeper Marko Lind took €60,000 to concede goals in two games.",
            claims=[Q("€60,000", 60000, "eur", "paid", subject=LINDMONEY, source=PROS, hedged=True, group="fx-bribe", time=None),
                    Q("two games", 2, None, None, subject=LINDGAMES, source=PROS, hedged=True, group="fx-lind-games", time=None),
                    ST("SC Kaltbach goalkeeper Marko Lind took €60,000 to concede goals in two games", *BRIBE, "fx-lind", source=PROS, hedged=True)]),
          S("His lawyer denied the accusation, and the club has suspended him.",
            claims=[ST("His lawyer denied the accusation", *BRIBE, "fx-lind", source=LIND, denial=True),
                    ST("the club has suspended him", *SUSP, "fx-suspended")])),
    ],
    "extra": '<p class="listen">Listen: 4 min · APR Sport on Sunday</p>',
    "removed": ["Listen: 4 min", "APR Sport on Sunday"],
}

# ------------------------------------------------------------------ Orbecker Post (de local paper, text; Thursday)

OP = {
    "input": "dev25/orbeck-post.txt", "story": SID, "event": EV,
    "publisher": "Orbecker Post", "published": "2044-02-18T18:45:00+01:00",
    "language": "de", "authors": ["Svenja Lautermann"], "sensational": False,
    "pre": ["Orbecker Post", "Sport regional | Donnerstag, 18.02.2044", "Von Svenja Lautermann"],
    "blocks": [
        H("Wettskandal: Auch der SC Kaltbach im Visier",
          loaded=[L("Wettskandal", "alarmist")]),
        P(S("Nach der Razzia vom Mittwoch mit 31 Durchsuchungen sitzen inzwischen zwölf Männer in Untersuchungshaft: Neun wurden am Mittwoch festgenommen, drei weitere am Donnerstag.",
            claims=[Q("31 Durchsuchungen", 31, None, None, subject=EVENT, group="fx-searches", time=WED),
                    Q("zwölf Männer", 12, "person", "arrested", subject=EVENT, group="fx-arrests", time=T("2044-02-17", "2044-02-18")),
                    Q("Neun", 9, "person", "arrested", subject=EVENT, group="fx-arrests", time=WED),
                    Q("drei weitere", 3, "person", "arrested", subject=EVENT, group="fx-arrests", time=T("2044-02-18", "2044-02-18"))]),
          S("Der Staatsanwaltschaft zufolge wurden mindestens elf Spiele verschoben, womöglich auch mehr.",
            claims=[Q("mindestens elf Spiele", 11, None, None, "at-least", subject=MATCHES, source=PROS, group="fx-matches", time=None)])),
        P(S("Kaltbachs Torwart Marko Lind soll dafür 80.000 Euro genommen haben.",
            claims=[Q("80.000 Euro", 80000, "eur", "paid", subject=LINDMONEY, hedged=True, group="fx-bribe", time=None),
                    ST("Kaltbachs Torwart Marko Lind soll dafür 80.000 Euro genommen haben", *BRIBE, "fx-lind", hedged=True)]),
          S("Sein Anwalt nennt die Vorwürfe haltlos.",
            claims=[ST("Sein Anwalt nennt die Vorwürfe haltlos", *BRIBE, "fx-lind", source=LIND, denial=True)]),
          S("Der Verein, der gut 1.900 Mitglieder zählt, hat Lind bis auf Weiteres suspendiert.",
            claims=[Q("gut 1.900 Mitglieder", 1900, "person", None, "more-than", subject="sc kaltbach", group="fx-members", time=None),
                    ST("hat Lind bis auf Weiteres suspendiert", *SUSP, "fx-suspended")])),
    ],
    "post": ["Lesen Sie auch: Die 10 größten Wettskandale", "Orbecker Post digital – 1 Monat kostenlos"],
    "removed": ["Sport regional | Donnerstag, 18.02.2044", "Die 10 größten Wettskandale", "1 Monat kostenlos"],
}

# ------------------------------------------------------------------ The Daily Blare (en tabloid, HTML; Thursday; omits the denial)

DB_SITE = {
    "nav": ["News", "Sport", "Showbiz", "Money", "Puzzles", "Win!"],
    "cookie": "The Daily Blare uses cookies to give you the best experience.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Thu, Feb 18 2044",
    "share": "Share · 540 comments",
    "ad": "WIN a dream holiday for 2 – text BLARE to 80808",
    "related_title": "Most read",
    "related": ["Striker's secret 3-day bender", "Top 20 goalkeeper blunders"],
    "footer": "© 2044 Blare Newspapers",
    "inline": '<div class="teaser">EXCLUSIVE VIDEO: Police storm fixer\'s villa</div>',
    "inline_at": 1,
}

DB = {
    "input": "dev25/orbeck-blare.html", "story": SID, "event": EV,
    "publisher": "The Daily Blare", "published": "2044-02-18T07:00:00+01:00",
    "language": "en", "authors": ["Gary Fenwick"], "sensational": True,
    "blocks": [
        H("KEEPER CASHED IN ON FIXED GAMES",
          claims=[ST("KEEPER CASHED IN ON FIXED GAMES", *BRIBE, "fx-lind")]),
        P(S("Kaltbach goalkeeper Marko Lind pocketed €60,000 ($65,000) to let in goals in two crooked matches, the Blare can reveal.",
            claims=[Q("€60,000", 60000, "eur", "paid", subject=LINDMONEY, source="daily blare", group="fx-bribe", time=None),
                    Q("$65,000", 65000, "usd", "paid", subject=LINDMONEY, source="daily blare", group="fx-bribe", time=None),
                    Q("two crooked matches", 2, None, None, subject=LINDGAMES, source="daily blare", group="fx-lind-games", time=None),
                    ST("Kaltbach goalkeeper Marko Lind pocketed €60,000 ($65,000) to let in goals in two crooked matches", *BRIBE, "fx-lind", source="daily blare")],
            loaded=[L("crooked", "demonising")]),
          S("He is one of nine bent players and fixers rounded up in dawn raids on Wednesday.",
            claims=[Q("nine bent players and fixers", 9, "person", "arrested", subject=EVENT, group="fx-arrests", time=WED)],
            loaded=[L("bent", "demonising")])),
        P(S("Millions of euros were gambled on the rigged games in Asia.",
            claims=[Q("Millions of euros", 2000000, "eur", None, "at-least", subject=STAKES, group="fx-stakes", time=None)]),
          S("This is the darkest day in the history of Ambrelian football.", "opinion",
            loaded=[L("darkest day", "alarmist")]),
          S("Lind must never pull on a pair of gloves again.", "opinion")),
    ],
    "removed": ["Thu, Feb 18 2044", "540 comments", "text BLARE to 80808", "3-day bender", "Top 20 goalkeeper blunders",
                "Police storm fixer's villa", "© 2044 Blare Newspapers"],
}

ARTICLES = [SK, APR, OP, DB]

REWRITES = []


APR_FEED = {"title": "Ambrelia Public Radio – News in English", "link": "https://apr.example/english/",
            "id": "tag:apr.example,2043:en-news", "updated": "2044-02-17T20:30:00+01:00", "language": "en"}


def _entry(article, link):
    return (article, article["input"].split("#", 1)[1], link, article["extra"])


def files():
    """Also writes apr-english.atom, the broadcaster's feed with the items of three stories (newest first)."""
    entries = [_entry(APR, "https://apr.example/english/2044/02/17/orbeck-match-fixing"),
               _entry(dev25_kaernwald.APR, "https://apr.example/english/2043/07/10/kaernwald-beetle-aid"),
               _entry(dev25_harvesund.APR, "https://apr.example/english/2043/03/07/harvesund-drones-again")]
    return {
        "orbeck-sportkurier.html": (render_html(SK, SK_SITE), False),
        "orbeck-post.txt": (render_txt(OP), False),
        "orbeck-blare.html": (render_html(DB, DB_SITE), False),
        "apr-english.atom": (render_atom(APR_FEED, entries), False),
    }
