"""dev25 story 1: on Friday evening, 6 March 2043, air traffic controllers at Harvesund airport (Ambrelien) spot at least two
drones about three kilometres from the runway; take-offs and landings stop for about three hours; 46 flights are cancelled
(26) or diverted (20) and about 7,000 passengers are stranded. The pilots' association VAP says the operator FHG never
installed the drone detection system it promised after a near-miss in 2041; FHG denies it. On Saturday morning a drone halts
flights again for 50 minutes and police detain two men (a second event).

A German agency report (apn), an English wire in its own words (Meridian Wire; a DE–EN pair with apn), an aggregator's
near-verbatim rewrite of the wire (JSON Lines) and an English broadcaster on Saturday (Atom entry; the second event, a
looser passenger count). Invented by the Parallax team: country, towns, airport, operator, association, outlets, people and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_jsonl, headline

SID = "st-harvesund-drones"
EV1 = "ev-harvesund-friday"
EV2 = "ev-harvesund-saturday"
STORY = {"id": SID, "label": "Drones halt flights at Harvesund airport, Ambrelien",
         "events": [{"id": EV1, "label": "Drones sighted near the runway; flights halted for about three hours (6 March 2043)"},
                    {"id": EV2, "label": "A second sighting halts flights for 50 minutes; two men detained (7 March 2043)"}]}

EVENT = "drone sightings at harvesund airport"
HALT = "halt of flights at harvesund airport"
FRI = T("2043-03-06", "2043-03-06")
SAT = T("2043-03-07", "2043-03-07")
FHG = "fhg"
VAP = "vap"
POLICE = "police"
DETECT = (FHG, "ignored", "its promise to install a drone detection system at harvesund airport")

GROUPS = [
    {"id": "hs-halt", "story": SID, "status": "agreed",
     "why": "Flights halted for about three hours on Friday (apn 'rund drei Stunden'; Meridian, Newsdrift and APR 'almost three hours')."},
    {"id": "hs-drones", "story": SID, "status": "agreed",
     "why": "Two drones by the police's account (apn 'mindestens zwei', Meridian and Newsdrift 'two')."},
    {"id": "hs-distance", "story": SID, "status": "agreed",
     "why": "About three kilometres from the runway (apn; Meridian 'about two miles (3 km)', Newsdrift 'about two miles')."},
    {"id": "hs-flights", "story": SID, "status": "compatible",
     "why": "46 flights cancelled or diverted (apn, APR); Meridian and Newsdrift give the parts, 26 cancelled and 20 diverted, which add up to it."},
    {"id": "hs-passengers", "story": SID, "status": "compatible",
     "why": "About 7,000 passengers stranded (apn, Meridian, Newsdrift) beside APR's looser 'thousands' (at least 2,000)."},
    {"id": "hs-detection", "story": SID, "status": "disputed",
     "why": "The pilots' association VAP says FHG never installed the promised drone detection system (apn, Meridian, Newsdrift, APR); FHG denies it in all four."},
    {"id": "hs-night", "story": SID, "status": "single-source", "why": "Only APR: hundreds of travellers spent Friday night in the terminal."},
    {"id": "hs-sat-halt", "story": SID, "status": "single-source", "why": "Only APR: flights halted for 50 minutes on Saturday."},
    {"id": "hs-detained", "story": SID, "status": "single-source", "why": "Only APR: police detained two men on Saturday."},
]

# ------------------------------------------------------------------ apn (de agency, text; Friday night)

APN = {
    "input": "dev25/harvesund-apn.txt", "story": SID, "event": EV1,
    "publisher": "apn Ambrelische Presse-Nachrichten", "published": "2043-03-06T22:15:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["apn Ambrelische Presse-Nachrichten", "Fr 06.03.2043 | 22:15 Uhr", "Rubrik: Luftfahrt"],
    "blocks": [
        H("Drohnen über dem Flughafen Harvesund: Flugbetrieb stundenlang eingestellt"),
        P(S("HARVESUND (apn) – Wegen Drohnen in der Nähe der Landebahn ist der Flugbetrieb am Flughafen Harvesund am Freitagabend für rund drei Stunden eingestellt worden.",
            claims=[Q("rund drei Stunden", 3, "hour", "duration", "about", subject=HALT, group="hs-halt")]),
          S("Nach Angaben der Polizei sichteten Fluglotsen gegen 18.40 Uhr mindestens zwei Drohnen, etwa drei Kilometer von der Landebahn entfernt.",
            claims=[Q("mindestens zwei Drohnen", 2, "drone", None, "at-least", subject=EVENT, source=POLICE, group="hs-drones", time=FRI),
                    Q("etwa drei Kilometer", 3, "kilometre", "distance", "about", subject=EVENT, source=POLICE, group="hs-distance", time=FRI)])),
        P(S("46 Flüge wurden gestrichen oder nach Velden und Saarmünde umgeleitet, rund 7.000 Passagiere saßen fest, wie die Flughafengesellschaft FHG mitteilte.",
            claims=[Q("46 Flüge", 46, "flight", None, subject=EVENT, source=FHG, group="hs-flights", time=FRI),
                    Q("rund 7.000 Passagiere", 7000, "passenger", "affected", "about", subject=EVENT, source=FHG, group="hs-passengers", time=FRI)])),
        P(S("Die Vereinigung Ambrelischer Piloten (VAP) erhebt Vorwürfe gegen den Betreiber: Die FHG habe das nach einem Beinahe-Zusammenstoß im Jahr 2041 zugesagte Drohnenabwehrsystem nie installiert.",
            claims=[ST("Die FHG habe das nach einem Beinahe-Zusammenstoß im Jahr 2041 zugesagte Drohnenabwehrsystem nie installiert", *DETECT, "hs-detection", source=VAP, hedged=True)]),
          S("Die FHG weist das zurück, das System laufe seit Januar im Probebetrieb.",
            claims=[ST("Die FHG weist das zurück", *DETECT, "hs-detection", source=FHG, denial=True)]),
          S("„Wir haben schnell und richtig reagiert“, sagte ein Sprecher des Flughafens.", "quote")),
    ],
    "post": ["apn kw/lu 062215 Mär 43", "", "Schlagworte: Luftfahrt · Harvesund · Drohnen",
             "© apn – Nachdruck nur mit Genehmigung"],
    "removed": ["Fr 06.03.2043 | 22:15 Uhr", "apn kw/lu 062215 Mär 43", "Schlagworte: Luftfahrt · Harvesund · Drohnen",
                "Nachdruck nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Friday night; pair with apn)

MW = {
    "input": "dev25/harvesund-meridian.txt", "story": SID, "event": EV1,
    "publisher": "Meridian Wire", "published": "2043-03-06T23:05:00+01:00",
    "language": "en", "authors": ["Lena Okafor"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "March 6, 2043 / 22:05 GMT"],
    "blocks": [
        H("Drone sightings shut Ambrelian airport for almost three hours",
          claims=[Q("almost three hours", 3, "hour", "duration", "about", subject=HALT, group="hs-halt")]),
        P(S("HARVESUND, Ambrelia – Air traffic controllers spotted two drones about two miles (3 km) from the runway at Harvesund airport on Friday evening, forcing it to suspend all take-offs and landings for almost three hours, police said.",
            claims=[Q("two drones", 2, "drone", None, subject=EVENT, source=POLICE, group="hs-drones", time=FRI),
                    Q("about two miles", 2, "mile", "distance", "about", subject=EVENT, source=POLICE, group="hs-distance", time=FRI),
                    Q("3 km", 3, "kilometre", "distance", subject=EVENT, source=POLICE, group="hs-distance", time=FRI),
                    Q("almost three hours", 3, "hour", "duration", "about", subject=HALT, source=POLICE, group="hs-halt")])),
        P(S("Twenty-six flights were cancelled and 20 were diverted to other airports, stranding some 7,000 passengers, according to airport operator FHG.",
            claims=[Q("Twenty-six flights", 26, "flight", None, subject=EVENT, source=FHG, group="hs-flights", time=FRI),
                    Q("20", 20, "flight", None, subject=EVENT, source=FHG, group="hs-flights", time=FRI),
                    Q("some 7,000 passengers", 7000, "passenger", "affected", "about", subject=EVENT, source=FHG, group="hs-passengers", time=FRI)])),
        P(S("Ambrelia's pilots' association VAP said FHG had never installed a drone detection system it promised after a near-miss in 2041.",
            claims=[ST("FHG had never installed a drone detection system it promised after a near-miss in 2041", *DETECT, "hs-detection", source=VAP)]),
          S("FHG rejected the charge, saying a system had been in trial operation since January.",
            claims=[ST("FHG rejected the charge", *DETECT, "hs-detection", source=FHG, denial=True)])),
    ],
    "post": ["(Reporting by Lena Okafor; editing by Paul Derwent)", "© 2043 Meridian Wire. All rights reserved."],
    "removed": ["March 6, 2043 / 22:05 GMT", "editing by Paul Derwent", "© 2043 Meridian Wire"],
}

# ------------------------------------------------------------------ Newsdrift (en aggregator, JSON Lines item; Saturday; near-verbatim rewrite of Meridian)

ND = {
    "input": "dev25/newsdrift.jsonl#nd-20430307-0730", "story": SID, "event": EV1,
    "publisher": "Newsdrift", "published": "2043-03-07T07:30:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Drones shut Ambrelian airport for almost three hours",
          claims=[Q("almost three hours", 3, "hour", "duration", "about", subject=HALT, group="hs-halt")]),
        P(S("Air traffic controllers spotted two drones about two miles from the runway at Harvesund airport in Ambrelia on Friday evening, forcing it to suspend all take-offs and landings for almost three hours, police said.",
            claims=[Q("two drones", 2, "drone", None, subject=EVENT, source=POLICE, group="hs-drones", time=FRI),
                    Q("about two miles", 2, "mile", "distance", "about", subject=EVENT, source=POLICE, group="hs-distance", time=FRI),
                    Q("almost three hours", 3, "hour", "duration", "about", subject=HALT, source=POLICE, group="hs-halt")]),
          S("Twenty-six flights were cancelled and 20 diverted, stranding some 7,000 passengers, according to the operator FHG.",
            claims=[Q("Twenty-six flights", 26, "flight", None, subject=EVENT, source=FHG, group="hs-flights", time=FRI),
                    Q("20", 20, "flight", None, subject=EVENT, source=FHG, group="hs-flights", time=FRI),
                    Q("some 7,000 passengers", 7000, "passenger", "affected", "about", subject=EVENT, source=FHG, group="hs-passengers", time=FRI)])),
        P(S("The pilots' association VAP said FHG had never installed a drone detection system it had promised; FHG rejected the charge.",
            claims=[ST("FHG had never installed a drone detection system it had promised", *DETECT, "hs-detection", source=VAP),
                    ST("FHG rejected the charge", *DETECT, "hs-detection", source=FHG, denial=True)])),
    ],
    "post": ["Source: Meridian Wire", "Newsdrift – the news, distilled"],
    "removed": ["Source: Meridian Wire", "the news, distilled"],
}

# ------------------------------------------------------------------ APR (en broadcaster, Atom entry; Saturday; second event)

APR = {
    "input": "dev25/apr-english.atom#tag:apr.example,2043:en/harvesund-drones-again", "story": SID, "event": EV2,
    "publisher": "Ambrelia Public Radio", "published": "2043-03-07T13:10:00+01:00",
    "language": "en", "authors": ["Tomasz Brenner"], "sensational": False,
    "blocks": [
        H("Drones close Harvesund airport again, two men detained",
          claims=[Q("two men", 2, "person", "arrested", subject=EVENT, group="hs-detained", time=SAT)]),
        P(S("Harvesund airport halted flights for a second time on Saturday morning when a drone was seen over the northern apron, the operator FHG said."),
          S("Take-offs and landings resumed after 50 minutes.",
            claims=[Q("50 minutes", 50, "minute", "duration", subject="second halt of flights at harvesund airport", group="hs-sat-halt")]),
          S("Police later detained two men near the perimeter fence and found a drone in their car.",
            claims=[Q("two men", 2, "person", "arrested", subject=EVENT, source=POLICE, group="hs-detained", time=SAT)])),
        P(S("On Friday evening, drones had shut the airport for almost three hours, disrupting 46 flights and leaving thousands of passengers stranded.",
            claims=[Q("almost three hours", 3, "hour", "duration", "about", subject=HALT, group="hs-halt"),
                    Q("46 flights", 46, "flight", None, subject=EVENT, group="hs-flights", time=FRI),
                    Q("thousands of passengers", 2000, "passenger", "affected", "at-least", subject=EVENT, group="hs-passengers", time=FRI)]),
          S("Hundreds of travellers spent the night in the terminal.",
            claims=[Q("Hundreds of travellers", 200, "passenger", None, "at-least", subject="travellers who spent the night at harvesund airport", group="hs-night", time=FRI)]),
          S("The pilots' association VAP repeated its charge that FHG never installed a promised drone detection system; FHG again denied it.",
            claims=[ST("FHG never installed a promised drone detection system", *DETECT, "hs-detection", source=VAP),
                    ST("FHG again denied it", *DETECT, "hs-detection", source=FHG, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 2 min · Podcast: APR Morning Brief</p>',
    "removed": ["Listen: 2 min", "APR Morning Brief"],
}

ARTICLES = [APN, MW, ND, APR]

REWRITES = [["dev25/harvesund-meridian.txt", "dev25/newsdrift.jsonl#nd-20430307-0730"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "nd-20430307-0730", "url": "https://newsdrift.example/travel/harvesund-drones",
            "title": headline(ND), "text": text_without_headline(ND), "publisher": ND["publisher"],
            "published": ND["published"], "language": "en", "category": "Travel"}


def files():
    """The Atom feed apr-english.atom holds items of three stories and is written by dev25_orbeck.py."""
    return {
        "harvesund-apn.txt": (render_txt(APN), False),
        "harvesund-meridian.txt": (render_txt(MW), False),
        "newsdrift.jsonl": (render_jsonl([jsonl_item()]), False),
    }
