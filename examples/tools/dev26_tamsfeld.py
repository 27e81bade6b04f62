"""dev26 story 2: in the night to Monday, 5 March 2046, thieves cut out about 1.8 km of copper signal cable on the rail line
between Osterbruck and Tamsfeld (Nordavien); the operator Nordbahn cancels 210 trains on Monday, about 60,000 commuters are
hit, about 80 technicians work on the repair, and Nordbahn puts the damage at €2.4 million. The rail union Schienenbund says
Nordbahn ignored warnings after earlier thefts on the line; Nordbahn denies it. On Friday, 9 March, police arrest three men
at a scrapyard in Tamsfeld and find about four tonnes of copper; a fourth man is arrested on Saturday (the second event).

An English wire (Continental Newswire, text), an aggregator's near-verbatim rewrite of it (Feedwise, JSON Lines), a German
agency report in its own words (ndp; a DE–EN pair with the wire; a part of the cancelled trains) and the English service of a
public broadcaster on Saturday (Atom entry; the arrests, a later count, a looser cable length in miles). Invented by the
Parallax team: country, towns, operator, union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_jsonl, headline

SID = "st-tamsfeld-cable"
EV1 = "ev-tamsfeld-theft"
EV2 = "ev-tamsfeld-arrests"
STORY = {"id": SID, "label": "Copper cable theft halts trains between Osterbruck and Tamsfeld, Nordavien",
         "events": [{"id": EV1, "label": "About 1.8 km of signal cable stolen; 210 trains cancelled (5 March 2046)"},
                    {"id": EV2, "label": "Police arrest suspects at a Tamsfeld scrapyard (9–10 March 2046)"}]}

EVENT = "tamsfeld copper cable theft"
MON = T("2046-03-05", "2046-03-05")
FRI = T("2046-03-09", "2046-03-09")
SAT = T("2046-03-10", "2046-03-10")
NB = "nordbahn"
SB = "schienenbund"
IGNORED = (NB, "ignored", "warnings after earlier cable thefts on the osterbruck–tamsfeld line")

GROUPS = [
    {"id": "ct-length", "story": SID, "status": "compatible",
     "why": "About 1.8 km of cable (ndp, Continental Newswire with 1.1 miles, Feedwise) beside the broadcaster's looser 'more than a mile' (1.6 km)."},
    {"id": "ct-trains", "story": SID, "status": "agreed",
     "why": "210 trains cancelled (Continental Newswire, Feedwise) and ndp's 'mehr als 200' (a bound within a tenth)."},
    {"id": "ct-regional", "story": SID, "status": "single-source", "why": "Only ndp: 140 regional trains among those cancelled."},
    {"id": "ct-commuters", "story": SID, "status": "compatible",
     "why": "About 60,000 commuters hit (Continental Newswire, Feedwise, ndp) beside the broadcaster's looser 'tens of thousands'."},
    {"id": "ct-technicians", "story": SID, "status": "agreed", "why": "About 80 technicians on the repair (Continental Newswire, Feedwise, ndp)."},
    {"id": "ct-damage", "story": SID, "status": "agreed",
     "why": "Damage of €2.4 million ($2.6 million) by Nordbahn's estimate (Continental Newswire, Feedwise, ndp)."},
    {"id": "ct-warnings", "story": SID, "status": "disputed",
     "why": "Schienenbund says Nordbahn ignored warnings after earlier thefts (Continental Newswire, Feedwise, ndp); Nordbahn denies it in all three."},
    {"id": "ct-arrests", "story": SID, "status": "single-source",
     "why": "Only the broadcaster: three men arrested on Friday, a fourth on Saturday, four in custody."},
    {"id": "ct-copper", "story": SID, "status": "single-source", "why": "Only the broadcaster: about four tonnes of copper found at the scrapyard."},
]

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Monday)

CNW = {
    "input": "dev26/tamsfeld-cnw.txt", "story": SID, "event": EV1,
    "publisher": "Continental Newswire", "published": "2046-03-05T14:10:00+01:00",
    "language": "en", "authors": ["Jonah Weatherby"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "Mar 5, 2046 13:10 UTC"],
    "blocks": [
        H("Copper thieves bring Nordavian commuter line to a halt"),
        P(S("OSTERBRUCK, Nordavia (CNW) – Thieves stripped about 1.8 kilometres (1.1 miles) of copper signal cable from the line between Osterbruck and Tamsfeld overnight, forcing rail operator Nordbahn to cancel 210 trains on Monday.",
            claims=[Q("about 1.8 kilometres", 1.8, "kilometre", "size", "about", subject=EVENT, group="ct-length", time=MON),
                    Q("1.1 miles", 1.1, "mile", "size", subject=EVENT, group="ct-length", time=MON),
                    Q("210 trains", 210, None, None, subject=NB, group="ct-trains", time=MON)]),
          S("Some 60,000 commuters were affected, the company said.",
            claims=[Q("Some 60,000 commuters", 60000, "passenger", "affected", "about", subject=EVENT, source=NB, group="ct-commuters", time=MON)])),
        P(S("About 80 technicians were working to replace the cable, and Nordbahn estimated the damage at €2.4 million ($2.6 million).",
            claims=[Q("About 80 technicians", 80, "worker", "deployed", "about", subject=EVENT, group="ct-technicians", time=MON),
                    Q("€2.4 million", 2400000, "eur", "cost", subject=EVENT, source=NB, group="ct-damage", time=MON),
                    Q("$2.6 million", 2600000, "usd", "cost", subject=EVENT, source=NB, group="ct-damage", time=MON)]),
          S("Full service is not expected before Wednesday.")),
        P(S("The rail union Schienenbund said Nordbahn had ignored warnings after two earlier thefts on the same stretch; Nordbahn denied that, saying patrols had been stepped up.",
            claims=[Q("two earlier thefts", 2, "offence", None, subject="earlier cable thefts on the osterbruck–tamsfeld line", source=SB, group="ct-earlier"),
                    ST("Nordbahn had ignored warnings after two earlier thefts on the same stretch", *IGNORED, "ct-warnings", source=SB),
                    ST("Nordbahn denied that", *IGNORED, "ct-warnings", source=NB, denial=True)])),
    ],
    "post": ["(Reporting by Jonah Weatherby; editing by Ruth Calloway)", "© 2046 Continental Newswire. All rights reserved."],
    "removed": ["Mar 5, 2046 13:10 UTC", "editing by Ruth Calloway", "© 2046 Continental Newswire"],
}

# ------------------------------------------------------------------ Feedwise (en aggregator, JSON Lines item; near-verbatim rewrite of the wire)

FW = {
    "input": "dev26/feedwise.jsonl#fw-46-0305-rail", "story": SID, "event": EV1,
    "publisher": "Feedwise", "published": "2046-03-05T16:45:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Copper thieves halt Nordavian commuter line"),
        P(S("Thieves stripped about 1.8 kilometres (1.1 miles) of copper signal cable from the line between Osterbruck and Tamsfeld overnight, forcing rail operator Nordbahn to cancel 210 trains on Monday.",
            claims=[Q("about 1.8 kilometres", 1.8, "kilometre", "size", "about", subject=EVENT, group="ct-length", time=MON),
                    Q("1.1 miles", 1.1, "mile", "size", subject=EVENT, group="ct-length", time=MON),
                    Q("210 trains", 210, None, None, subject=NB, group="ct-trains", time=MON)]),
          S("Some 60,000 commuters were affected, according to the company.",
            claims=[Q("Some 60,000 commuters", 60000, "passenger", "affected", "about", subject=EVENT, source=NB, group="ct-commuters", time=MON)])),
        P(S("About 80 technicians were replacing the cable; Nordbahn put the damage at €2.4 million ($2.6 million).",
            claims=[Q("About 80 technicians", 80, "worker", "deployed", "about", subject=EVENT, group="ct-technicians", time=MON),
                    Q("€2.4 million", 2400000, "eur", "cost", subject=EVENT, source=NB, group="ct-damage", time=MON),
                    Q("$2.6 million", 2600000, "usd", "cost", subject=EVENT, source=NB, group="ct-damage", time=MON)])),
        P(S("Rail union Schienenbund said Nordbahn had ignored warnings after two earlier thefts on the stretch, which Nordbahn denied.",
            claims=[Q("two earlier thefts", 2, "offence", None, subject="earlier cable thefts on the osterbruck–tamsfeld line", source=SB, group="ct-earlier"),
                    ST("Nordbahn had ignored warnings after two earlier thefts on the stretch", *IGNORED, "ct-warnings", source=SB),
                    ST("which Nordbahn denied", *IGNORED, "ct-warnings", source=NB, denial=True)])),
    ],
    "post": ["Via Continental Newswire", "Feedwise · your morning in five minutes"],
    "removed": ["Via Continental Newswire", "your morning in five minutes"],
}

# ------------------------------------------------------------------ ndp (de agency, text; Monday; pair with the wire)

NDP = {
    "input": "dev26/tamsfeld-ndp.txt", "story": SID, "event": EV1,
    "publisher": "ndp Nordavischer Depeschendienst", "published": "2046-03-05T15:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ndp Nordavischer Depeschendienst", "05.03.2046 – 15:30", "Ressort: Verkehr"],
    "blocks": [
        H("Kabeldiebe legen Bahnstrecke Osterbruck–Tamsfeld lahm"),
        P(S("OSTERBRUCK (ndp) – Unbekannte haben in der Nacht zum Montag rund 1,8 Kilometer Kupferkabel an der Strecke zwischen Osterbruck und Tamsfeld herausgeschnitten.",
            claims=[Q("rund 1,8 Kilometer", 1.8, "kilometre", "size", "about", subject=EVENT, group="ct-length", time=MON)]),
          S("Mehr als 200 Züge fielen aus, darunter 140 Regionalzüge, wie die Nordbahn mitteilte.",
            claims=[Q("Mehr als 200 Züge", 200, None, None, "more-than", subject=NB, source=NB, group="ct-trains", time=MON),
                    Q("140 Regionalzüge", 140, None, None, subject=NB, source=NB, group="ct-regional", time=MON)])),
        P(S("Betroffen waren nach Unternehmensangaben etwa 60.000 Pendler.",
            claims=[Q("etwa 60.000 Pendler", 60000, "passenger", "affected", "about", subject=EVENT, source=NB, group="ct-commuters", time=MON)]),
          S("Am Hauptbahnhof Osterbruck warteten am Morgen Hunderte Pendler vergeblich auf ihre Züge.",
            claims=[Q("Hunderte Pendler", 200, "passenger", None, "at-least", subject="commuters waiting at osterbruck station", group="ct-waiting", time=MON)]),
          S("Den Schaden beziffert die Bahn auf 2,4 Millionen Euro; rund 80 Techniker sind im Einsatz, um neue Leitungen zu verlegen.",
            claims=[Q("2,4 Millionen Euro", 2400000, "eur", "cost", subject=EVENT, source=NB, group="ct-damage", time=MON),
                    Q("rund 80 Techniker", 80, "worker", "deployed", "about", subject=EVENT, group="ct-technicians", time=MON)])),
        P(S("Die Gewerkschaft Schienenbund hält dem Unternehmen vor, Warnungen nach zwei früheren Diebstählen auf dem Abschnitt ignoriert zu haben.",
            claims=[Q("zwei früheren Diebstählen", 2, "offence", None, subject="earlier cable thefts on the osterbruck–tamsfeld line", source=SB, group="ct-earlier"),
                    ST("Warnungen nach zwei früheren Diebstählen auf dem Abschnitt ignoriert zu haben", *IGNORED, "ct-warnings", source=SB)]),
          S("Die Nordbahn bestreitet das und verweist auf zusätzliche Streifen seit dem Herbst.",
            claims=[ST("Die Nordbahn bestreitet das", *IGNORED, "ct-warnings", source=NB, denial=True)])),
    ],
    "post": ["ndp lw/bk 051530 Mär 46", "", "Themen: Bahn · Kriminalität · Pendler", "© ndp – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["05.03.2046 – 15:30", "ndp lw/bk 051530 Mär 46", "Themen: Bahn · Kriminalität · Pendler",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ NRI (en broadcaster, Atom entry; Saturday; the arrests)

NRI = {
    "input": "dev26/nri-english.atom#tag:nri.example,2046:en/tamsfeld-cable-arrests", "story": SID, "event": EV2,
    "publisher": "Nordavia Radio International", "published": "2046-03-10T12:20:00+01:00",
    "language": "en", "authors": ["Ingrid Mahlo"], "sensational": False,
    "blocks": [
        H("Fourth arrest over copper theft that halted Osterbruck trains"),
        P(S("Police arrested a fourth man on Saturday over Monday's theft of more than a mile of signal cable near Tamsfeld.",
            claims=[Q("more than a mile", 1, "mile", "size", "more-than", subject=EVENT, group="ct-length", time=MON)]),
          S("Three suspects had been detained on Friday at a scrapyard on the edge of the town, where officers found about four tonnes of copper, police said.",
            claims=[Q("Three suspects", 3, "suspect", "arrested", subject=EVENT, source="police", group="ct-arrests", time=FRI),
                    Q("about four tonnes", 4, "tonne", None, "about", subject="copper found at the tamsfeld scrapyard", source="police", group="ct-copper", time=FRI)]),
          S("All four remain in custody.",
            claims=[Q("All four", 4, "suspect", "arrested", subject=EVENT, group="ct-arrests", time=SAT)])),
        P(S("The theft had forced Nordbahn to cancel services for two days, leaving tens of thousands of commuters to find other ways to work.",
            claims=[Q("two days", 2, "day", "duration", subject="cancellation of services on the osterbruck–tamsfeld line", group="ct-service-days"),
                    Q("tens of thousands of commuters", 20000, "passenger", "affected", "at-least", subject=EVENT, group="ct-commuters", time=MON)])),
    ],
    "extra": '<p class="listen">Listen: 2 min · NRI Morning Report</p>',
    "removed": ["Listen: 2 min", "NRI Morning Report"],
}

GROUPS.append({"id": "ct-earlier", "story": SID, "status": "agreed",
               "why": "Two earlier thefts on the stretch, as Schienenbund says (Continental Newswire, Feedwise, ndp)."})
GROUPS.append({"id": "ct-waiting", "story": SID, "status": "single-source",
               "why": "Only ndp: hundreds of commuters waiting in vain at Osterbruck station."})
GROUPS.append({"id": "ct-service-days", "story": SID, "status": "single-source",
               "why": "Only the broadcaster: services cancelled for two days."})

ARTICLES = [CNW, FW, NDP, NRI]

REWRITES = [["dev26/tamsfeld-cnw.txt", "dev26/feedwise.jsonl#fw-46-0305-rail"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "fw-46-0305-rail", "url": "https://feedwise.example/n/nordavia-copper-theft-rail",
            "title": headline(FW), "text": text_without_headline(FW), "publisher": FW["publisher"],
            "published": FW["published"], "language": "en", "section": "Europe"}


def files():
    """The Atom feed nri-english.atom holds items of three stories and is written by dev26_brakhafen.py."""
    return {
        "tamsfeld-cnw.txt": (render_txt(CNW), False),
        "tamsfeld-ndp.txt": (render_txt(NDP), False),
        "feedwise.jsonl": (render_jsonl([jsonl_item()]), False),
    }
