"""dev27 story 2: in the night to Saturday, 7 September 2047, about 140 pilot whales strand on the west coast of the
island of Kallö (Seravien); more than 60 are dead by Saturday afternoon, 92 by Sunday and 94 by Monday; 38 are refloated on
Saturday night's high tide (41 by Monday); hundreds of volunteers (about 400 on Sunday) keep the animals wet. The
environmental group Blaue See says warships used active sonar about 30 km off the coast on Thursday; the navy denies it and
says its exercise took place more than 80 km away (a counter-figure in the denial).

A German agency report on Saturday (sdn, text), the English service of a public broadcaster on Sunday (Seravia Today,
Atom entry; a later toll), a German environmentalist blog on Sunday (Meeresruf, RSS) that states the charge as fact, omits
the denial, digresses to the navy's new frigates and calls for a petition and a vigil, and an English quality paper on
Monday (The Northern Observer, HTML; miles and feet, "alleges", a loaded word in a quote). Invented by the Parallax team:
country, island, navy, group, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-kalloe-whales"
EV = "ev-kalloe-stranding"
STORY = {"id": SID, "label": "Mass stranding of pilot whales on the island of Kallö, Seravien",
         "events": [{"id": EV, "label": "About 140 pilot whales strand; most die, dozens refloated (7–9 September 2047)"}]}

EVENT = "kallö whale stranding"
THU = T("2047-09-05", "2047-09-05")
SAT = T("2047-09-07", "2047-09-07")
SUN = T("2047-09-08", "2047-09-08")
MON = T("2047-09-09", "2047-09-09")
NAVY = "seravia navy"
BS = "blaue see"
COUNCIL = "kallö island council"
SONAR = (NAVY, "deployed", "active sonar off kallö before the stranding")
EXERCISE = "navy exercise off kallö"

GROUPS = [
    {"id": "wa-stranded", "story": SID, "status": "agreed",
     "why": "About 140 pilot whales stranded (sdn headline and body, Seravia Today, the Observer's headline)."},
    {"id": "wa-dead", "story": SID, "status": "compatible",
     "why": "More than 60 dead on Saturday (sdn), 92 on Sunday (Seravia Today), 'fast 100' on Sunday (Meeresruf), 94 on Monday (Observer): later figures of a growing toll."},
    {"id": "wa-refloated", "story": SID, "status": "compatible",
     "why": "38 refloated by Sunday (Seravia Today), 41 by Monday (Observer): a later figure."},
    {"id": "wa-volunteers", "story": SID, "status": "compatible",
     "why": "'Hunderte Freiwillige' on Saturday (sdn) beside about 400 on Sunday (Seravia Today): a looser figure."},
    {"id": "wa-length", "story": SID, "status": "agreed", "why": "Whales up to six metres long (sdn) and up to 20 feet (Observer, 6.1 m)."},
    {"id": "wa-weight", "story": SID, "status": "single-source", "why": "Only sdn: some of the whales weigh more than two tonnes."},
    {"id": "wa-still", "story": SID, "status": "single-source", "why": "Only Seravia Today: ten whales still on the sand on Sunday afternoon."},
    {"id": "wa-sonar", "story": SID, "status": "disputed",
     "why": "Blaue See says warships used active sonar off the island (sdn, Seravia Today, Observer); Meeresruf states it as fact; the navy denies it (sdn, Seravia Today, Observer); Meeresruf omits the denial."},
    {"id": "wa-distance", "story": SID, "status": "disputed",
     "why": "About 30 km off the coast by Blaue See (sdn; the Observer's about 19 miles) against the navy's counter-figure in its denial, more than 80 km (sdn) or more than 50 miles (Seravia Today)."},
    {"id": "wa-frigates", "story": SID, "status": "single-source", "why": "Only Meeresruf: four new frigates."},
    {"id": "wa-frigates-cost", "story": SID, "status": "single-source", "why": "Only Meeresruf: €1.9 billion for the frigates."},
    {"id": "wa-programme", "story": SID, "status": "single-source", "why": "Only Meeresruf: €12 million for the marine protection programme."},
]

# ------------------------------------------------------------------ sdn (de agency, text; Saturday)

NDP = {
    "input": "dev27/kalloe-whales-sdn.txt", "story": SID, "event": EV,
    "publisher": "sdn Seravischer Nachrichtendienst", "published": "2047-09-07T18:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sdn Seravischer Nachrichtendienst", "07.09.2047 – 18:30", "Ressort: Panorama / Umwelt"],
    "blocks": [
        H("Rund 140 Grindwale auf Kallö gestrandet",
          claims=[Q("Rund 140 Grindwale", 140, "animal", None, "about", subject=EVENT, group="wa-stranded", time=SAT)]),
        P(S("KALLÖ (sdn) – An der Westküste der Insel Kallö sind in der Nacht zum Samstag rund 140 Grindwale gestrandet.",
            claims=[Q("rund 140 Grindwale", 140, "animal", None, "about", subject=EVENT, group="wa-stranded", time=SAT)]),
          S("Mehr als 60 Tiere waren am Nachmittag bereits verendet, teilte der Inselrat mit.",
            claims=[Q("Mehr als 60 Tiere", 60, "animal", "killed", "more-than", subject=EVENT, source=COUNCIL, group="wa-dead", time=SAT)]),
          S("Hunderte Freiwillige versuchen, die übrigen Wale mit nassen Tüchern feucht zu halten, bis am Abend die Flut kommt.",
            claims=[Q("Hunderte Freiwillige", 200, "person", "deployed", "at-least", subject=EVENT, group="wa-volunteers", time=SAT)])),
        P(S("Die Tiere sind bis zu sechs Meter lang und wiegen teils mehr als zwei Tonnen.",
            claims=[Q("bis zu sechs Meter", 6, "metre", "size", "up-to", subject="pilot whales", group="wa-length"),
                    Q("mehr als zwei Tonnen", 2, "tonne", "size", "more-than", subject="pilot whales", group="wa-weight")])),
        P(S("Die Umweltorganisation Blaue See macht ein Manöver der Marine für die Strandung verantwortlich."),
          S("Kriegsschiffe sollen am Donnerstag rund 30 Kilometer vor der Küste ein aktives Sonar eingesetzt haben, sagte Sprecherin Malin Ekdahl.",
            claims=[ST("Kriegsschiffe sollen am Donnerstag rund 30 Kilometer vor der Küste ein aktives Sonar eingesetzt haben", *SONAR, "wa-sonar", source=BS, hedged=True),
                    Q("rund 30 Kilometer", 30, "kilometre", "distance", "about", subject=EXERCISE, source=BS, hedged=True, group="wa-distance", time=THU)]),
          S("Die Marine bestreitet das: Das Manöver habe mehr als 80 Kilometer entfernt stattgefunden, ein aktives Sonar sei nicht im Einsatz gewesen.",
            claims=[ST("Die Marine bestreitet das", *SONAR, "wa-sonar", source=NAVY, denial=True),
                    Q("mehr als 80 Kilometer", 80, "kilometre", "distance", "more-than", subject=EXERCISE, source=NAVY, hedged=True, group="wa-distance", time=THU)])),
    ],
    "post": ["sdn jh/ek 071830 Sep 47", "", "Themen: Umwelt · Meer · Kallö", "© sdn – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["07.09.2047 – 18:30", "sdn jh/ek 071830 Sep 47", "Themen: Umwelt · Meer · Kallö", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Seravia Today (en broadcaster, Atom entry; Sunday)

STV = {
    "input": "dev27/seravia-today-english.atom#tag:seraviatoday.example,2047:en/kalloe-whales-toll", "story": SID, "event": EV,
    "publisher": "Seravia Today", "published": "2047-09-08T15:10:00+02:00",
    "language": "en", "authors": ["Nils Aaberg"], "sensational": False,
    "blocks": [
        H("Kallö whale stranding: 92 dead, 38 returned to the sea",
          claims=[Q("92 dead", 92, "animal", "killed", subject=EVENT, group="wa-dead", time=SUN),
                  Q("38 returned to the sea", 38, "animal", "rescued", subject=EVENT, group="wa-refloated", time=SAT)]),
        P(S("Ninety-two of the roughly 140 pilot whales that beached on the island of Kallö have died, the island council said on Sunday.",
            claims=[Q("Ninety-two", 92, "animal", "killed", subject=EVENT, source=COUNCIL, group="wa-dead", time=SUN),
                    Q("roughly 140 pilot whales", 140, "animal", "size", "about", subject=EVENT, source=COUNCIL, group="wa-stranded", time=SAT)]),
          S("Volunteers refloated 38 animals on Saturday night's high tide; ten more were still lying on the sand on Sunday afternoon.",
            claims=[Q("38 animals", 38, "animal", "rescued", subject=EVENT, group="wa-refloated", time=SAT),
                    Q("ten more", 10, "animal", None, subject=EVENT, group="wa-still", time=SUN)])),
        P(S("Around 400 volunteers turned out, many of them from the mainland.",
            claims=[Q("Around 400 volunteers", 400, "person", "deployed", "about", subject=EVENT, group="wa-volunteers", time=SUN)]),
          S("The environmental group Blaue See blames a navy exercise in which, it says, warships used active sonar.",
            claims=[ST("warships used active sonar", *SONAR, "wa-sonar", source=BS)]),
          S("The navy denies using sonar and says the drills took place more than 50 miles offshore.",
            claims=[ST("The navy denies using sonar", *SONAR, "wa-sonar", source=NAVY, denial=True),
                    Q("more than 50 miles", 50, "mile", "distance", "more-than", subject=EXERCISE, source=NAVY, group="wa-distance", time=THU)])),
    ],
    "extra": '<p class="listen">Listen: 3 min · Seravia Today World Service</p>',
    "removed": ["Listen: 3 min", "Seravia Today World Service"],
}

# ------------------------------------------------------------------ Meeresruf (de environmentalist blog, RSS; Sunday; omits the denial)

MR_CHANNEL = {"title": "Meeresruf – Stimme für die See", "link": "https://meeresruf.example/",
              "description": "Unabhängiger Blog für Meeresschutz in Seravien.", "language": "de"}

MR = {
    "input": "dev27/meeresruf.rss#meeresruf-2047-09-08-kalloe", "story": SID, "event": EV,
    "publisher": "Meeresruf", "published": "2047-09-08T20:15:00+02:00",
    "language": "de", "authors": ["Svea Lindholm"], "sensational": True,
    "blocks": [
        H("Todesmanöver vor Kallö: Die Marine hat die Wale auf dem Gewissen",
          claims=[ST("Die Marine hat die Wale auf dem Gewissen", NAVY, "killed", "the pilot whales stranded on kallö", "wa-sonar")],
          loaded=[L("Todesmanöver", "demonising")]),
        P(S("Fast 100 tote Grindwale am Strand von Kallö – und jeder weiß, wer schuld ist.",
            claims=[Q("Fast 100 tote Grindwale", 100, "animal", "killed", "about", subject=EVENT, group="wa-dead", time=SUN)]),
          S("Die Marine hat am Donnerstag vor der Küste mit ihrem Sonar herumgeballert, bis die Tiere in Panik an Land flohen.",
            claims=[ST("Die Marine hat am Donnerstag vor der Küste mit ihrem Sonar herumgeballert", *SONAR, "wa-sonar")],
            loaded=[L("herumgeballert", "demonising")]),
          S("Offiziell heißt das Ganze „Routineübung“.",
            loaded=[L("„Routineübung“", "euphemism", "distancing")])),
        P(S("Übrigens: Dieselbe Marine hat sich gerade vier neue Fregatten für 1,9 Milliarden Euro genehmigen lassen, während das Meeresschutzprogramm seit Jahren bei mageren 12 Millionen Euro festhängt.", "opinion",
            claims=[Q("vier neue Fregatten", 4, "ship", None, subject=NAVY, group="wa-frigates"),
                    Q("1,9 Milliarden Euro", 1900000000, "eur", "cost", subject="new frigates", group="wa-frigates-cost"),
                    Q("12 Millionen Euro", 12000000, "eur", None, subject="marine protection programme", group="wa-programme")]),
          S("Wer so Prioritäten setzt, dem sind Wale schlicht egal.", "opinion")),
        P(S("Unterschreibt unsere Petition für ein Sonarverbot in der Kallö-See!", "opinion"),
          S("Und kommt am Samstag um 12 Uhr zur Mahnwache vor das Marinekommando in Marbeck!", "opinion")),
    ],
    "extra": '<p class="spenden">Meeresruf lebt von euch – spende ab 5 Euro</p>\n<p class="tags">Tags: Wale, Marine, Sonar, Kallö</p>',
    "removed": ["spende ab 5 Euro", "Tags: Wale, Marine, Sonar, Kallö"],
}

# ------------------------------------------------------------------ The Northern Observer (en quality paper, HTML; Monday)

NO_SITE = {
    "nav": ["News", "World", "Environment", "Science", "Opinion", "Podcasts"],
    "cookie": "We use cookies to improve your experience and, with your consent, for advertising.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Monday 9 September 2047",
    "share": "Share · 57 comments",
    "ad": "Get the Observer weekend edition: 8 issues for £8",
    "related_title": "Related",
    "related": ["Why whales strand: 4 theories", "Navy sonar and marine life, explained"],
    "footer": "© 2047 The Northern Observer",
}

NO = {
    "input": "dev27/kalloe-whales-observer.html", "story": SID, "event": EV,
    "publisher": "The Northern Observer", "published": "2047-09-09T19:00:00+01:00",
    "language": "en", "authors": ["Harriet Quayle"], "sensational": False,
    "blocks": [
        H("What drove 140 whales onto Kallö's beach?",
          claims=[Q("140 whales", 140, "animal", None, subject=EVENT, group="wa-stranded", time=SAT)]),
        P(S("Scientists are still looking for the cause of Saturday's mass stranding on Kallö, in which 94 pilot whales died, according to the island council's latest count.",
            claims=[Q("94 pilot whales", 94, "animal", "killed", subject=EVENT, source=COUNCIL, group="wa-dead", time=MON)]),
          S("Forty-one others were refloated alive.",
            claims=[Q("Forty-one others", 41, "animal", "rescued", subject=EVENT, group="wa-refloated", time=MON)])),
        P(S("Blaue See, an environmental group, alleges that warships used active sonar about 19 miles off the coast last Thursday, a claim the navy rejects.",
            claims=[ST("warships used active sonar about 19 miles off the coast last Thursday", *SONAR, "wa-sonar", source=BS, hedged=True),
                    Q("about 19 miles", 19, "mile", "distance", "about", subject=EXERCISE, source=BS, hedged=True, group="wa-distance", time=THU),
                    ST("a claim the navy rejects", *SONAR, "wa-sonar", source=NAVY, denial=True)]),
          S("“This was a massacre, and the navy knows it,” said Malin Ekdahl, the group's spokeswoman.", "quote",
            loaded=[L("massacre", "demonising", "reported")])),
        P(S("Tove Lindqvist, a marine biologist at the University of Marbeck, said pilot whales often strand together because they follow a sick or disoriented leader, and that sonar was only one of several possible causes."),
          S("The animals, up to 20 feet long, are being buried in a pit behind the dunes.",
            claims=[Q("up to 20 feet", 20, "foot", "size", "up-to", subject="pilot whales", group="wa-length")])),
    ],
    "removed": ["57 comments", "8 issues for £8", "Why whales strand: 4 theories", "Navy sonar and marine life, explained",
                "© 2047 The Northern Observer"],
}

ARTICLES = [NDP, STV, MR, NO]

REWRITES = []


def files():
    """The Atom feed seravia-today-english.atom holds items of three stories and is written by dev27_grundsteuer.py."""
    return {
        "kalloe-whales-sdn.txt": (render_txt(NDP), False),
        "meeresruf.rss": (render_rss(MR_CHANNEL, [(MR, "meeresruf-2047-09-08-kalloe",
                                                   "https://meeresruf.example/2047/09/08/todesmanoever-kalloe", MR["extra"])]), False),
        "kalloe-whales-observer.html": (render_html(NO, NO_SITE), False),
    }
