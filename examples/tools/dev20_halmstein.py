"""dev20 story 3: a Peltair turboprop with 68 passengers and four crew overruns the snowy runway at Halmstein airport
(Peltarien) on Sunday evening, 13 January 2036, and stops about 150 metres beyond it in a field; twelve slightly injured by
the airport's count on Sunday, 17 by the regional hospital's on Monday, three of them seriously. The pilots' association
VPC says the runway had not been cleared for more than two hours; the airport denies it and says it was cleared 40 minutes
before the landing.

A German agency report (ppd, dateline block), an English wire report on Monday (a DE–EN pair with ppd in own words, the
later count of the injured with the earlier restated, the sum of those aboard), its rewrite by an English aggregator (JSON
Lines item with `text`) and an English tabloid (HTML) that omits the denial and doubles the distance. Invented by the
Parallax team: country, town, airport, airline, association, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline

SID = "st-halmstein-overrun"
EV = "ev-peltair-overrun"
STORY = {"id": SID, "label": "Peltair plane overruns the snowy runway at Halmstein airport",
         "events": [{"id": EV, "label": "A Peltair turboprop skids off the end of the runway at Halmstein in snow; 17 injured; the pilots say the runway was not cleared, the airport denies it (13–14 January 2036)"}]}

AIRPORT = "halmstein airport"
VPC = "vpc"
OVERRUN = "halmstein runway overrun"
SUN = T("2036-01-13", "2036-01-13")
MON = T("2036-01-14", "2036-01-14")
UNCLEARED = (AIRPORT, "ignored", "snow on the runway before the landing")
SPAN = "time since the halmstein runway was last cleared"

GROUPS = [
    {"id": "hm-aboard", "story": SID, "status": "compatible",
     "why": "68 passengers and four crew (ppd, as parts) make the 72 people aboard (Crossline, Newsdeck, Daily Flare): parts and a sum."},
    {"id": "hm-injured", "story": SID, "status": "compatible",
     "why": "Twelve slightly injured by the airport's count on Sunday (ppd; restated by Crossline) and 17 by the hospital's on Monday (Crossline, Newsdeck, Daily Flare): an earlier and a later figure."},
    {"id": "hm-serious", "story": SID, "status": "agreed", "why": "Three of the injured seriously (Crossline, Newsdeck)."},
    {"id": "hm-hospital", "story": SID, "status": "single-source", "why": "Only Crossline: three passengers still in hospital."},
    {"id": "hm-distance", "story": SID, "status": "conflicting",
     "why": "About 150 metres beyond the runway's end (ppd, Crossline, Newsdeck) against the Daily Flare's 300 metres stated as fact: both cannot be true."},
    {"id": "hm-snow", "story": SID, "status": "agreed", "why": "About 20 centimetres of fresh snow (ppd, Crossline)."},
    {"id": "hm-engines", "story": SID, "status": "agreed", "why": "At least 30 fire engines sent (ppd 'mindestens 30', Crossline 'More than 30')."},
    {"id": "hm-flights", "story": SID, "status": "single-source", "why": "Only ppd: about 60 flights cancelled."},
    {"id": "hm-closure", "story": SID, "status": "agreed", "why": "The airport closed for about 14 hours (Crossline, Newsdeck)."},
    {"id": "hm-uncleared", "story": SID, "status": "disputed",
     "why": "The VPC says the runway had not been cleared (ppd hedged, Crossline, Newsdeck); the Daily Flare states it as fact; the airport denies it (ppd, Crossline, Newsdeck); the Daily Flare omits the denial."},
    {"id": "hm-span", "story": SID, "status": "disputed",
     "why": "More than two hours since the runway was cleared by the pilots' account (ppd hedged, Crossline, Newsdeck; the Daily Flare as its own finding) against 40 minutes by the airport's in its denial (ppd, Crossline)."},
]

# ------------------------------------------------------------------ ppd (de agency report; Sunday evening)

PPD = {
    "input": "dev20/halmstein-ppd.txt", "story": SID, "event": EV,
    "publisher": "ppd Peltarischer Pressedienst", "published": "2036-01-13T21:15:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ppd Peltarischer Pressedienst", "So 13.01.2036 – 21:15", "Ressort: Vermischtes"],
    "blocks": [
        H("Flugzeug rutscht in Halmstein über die Landebahn hinaus – zwölf Leichtverletzte",
          claims=[Q("zwölf Leichtverletzte", 12, "person", "wounded", subject=OVERRUN, group="hm-injured", time=SUN)]),
        P(S("HALMSTEIN (ppd) – Eine Turboprop-Maschine der Fluggesellschaft Peltair ist am Sonntagabend bei der Landung in Halmstein über das Ende der Landebahn hinausgerutscht und rund 150 Meter weiter auf einem Acker zum Stehen gekommen.",
            claims=[Q("rund 150 Meter", 150, "metre", "distance", "about", subject=OVERRUN, group="hm-distance", time=SUN)]),
          S("An Bord waren 68 Passagiere und vier Besatzungsmitglieder.",
            claims=[Q("68 Passagiere", 68, "passenger", None, subject="people aboard the peltair plane", group="hm-aboard", time=SUN),
                    Q("vier Besatzungsmitglieder", 4, "person", None, subject="people aboard the peltair plane", group="hm-aboard", time=SUN)]),
          S("Nach Angaben des Flughafens wurden zwölf Menschen leicht verletzt, alle anderen verließen die Maschine über die Notrutschen.",
            claims=[Q("zwölf Menschen", 12, "person", "wounded", subject=OVERRUN, source=AIRPORT, group="hm-injured", time=SUN)])),
        P(S("Zum Zeitpunkt der Landung lagen etwa 20 Zentimeter Neuschnee.",
            claims=[Q("etwa 20 Zentimeter", 20, "centimetre", None, "about", subject="fresh snow at halmstein airport", group="hm-snow", time=SUN)]),
          S("Rund 60 Flüge fielen am Abend aus.",
            claims=[Q("Rund 60 Flüge", 60, "flight", None, "about", subject="flights cancelled at halmstein airport", group="hm-flights", time=SUN)])),
        P(S("Die Pilotenvereinigung VPC erhebt schwere Vorwürfe gegen den Flughafenbetreiber."),
          S("Die Piste sei seit mehr als zwei Stunden nicht geräumt worden, teilte die VPC mit.",
            claims=[ST("Die Piste sei seit mehr als zwei Stunden nicht geräumt worden", *UNCLEARED, "hm-uncleared", source=VPC, hedged=True),
                    Q("mehr als zwei Stunden", 2, "hour", "duration", "more-than", subject=SPAN, source=VPC, hedged=True, group="hm-span", time=None)]),
          S("Der Flughafen Halmstein weist das zurück: Die Bahn sei 40 Minuten vor der Landung zuletzt geräumt worden.",
            claims=[ST("Der Flughafen Halmstein weist das zurück", *UNCLEARED, "hm-uncleared", source=AIRPORT, denial=True),
                    Q("40 Minuten", 40, "minute", "duration", subject=SPAN, source=AIRPORT, hedged=True, group="hm-span", time=None)]),
          S("Die Unfallkommission hat Ermittlungen aufgenommen.")),
        P(S("Die Feuerwehr rückte mit mindestens 30 Fahrzeugen an.",
            claims=[Q("mindestens 30 Fahrzeugen", 30, "vehicle", "deployed", "at-least", subject=OVERRUN, group="hm-engines", time=SUN)]),
          S("„Auf einmal war draußen nur noch Schnee, dann hat es gekracht“, sagte eine Passagierin.", "quote")),
    ],
    "post": ["ppd jb/vm 132115 Jan 36", "", "Themen: Luftfahrt · Halmstein · Unglücke",
             "© ppd Peltarischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["So 13.01.2036 – 21:15", "Ressort: Vermischtes", "ppd jb/vm 132115 Jan 36",
                "Themen: Luftfahrt · Halmstein · Unglücke", "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Crossline Wire (en wire; Monday)

CROSSLINE = {
    "input": "dev20/halmstein-crossline.txt", "story": SID, "event": EV,
    "publisher": "Crossline Wire", "published": "2036-01-14T12:40:00+01:00",
    "language": "en", "authors": ["Ruben Achterberg"], "sensational": False,
    "pre": ["CROSSLINE WIRE", "Jan 14, 2036 · 12:40 CET", "By Ruben Achterberg"],
    "blocks": [
        H("17 injured as Peltair plane overshoots snowy runway in Halmstein",
          claims=[Q("17 injured", 17, "person", "wounded", subject=OVERRUN, group="hm-injured", time=MON)]),
        P(S("HALMSTEIN, Peltaria – A Peltair turboprop carrying 72 people skidded off the end of the runway at Halmstein airport on Sunday evening and came to rest in a field about 150 metres beyond it.",
            claims=[Q("72 people", 72, "person", None, subject="people aboard the peltair plane", group="hm-aboard", time=SUN),
                    Q("about 150 metres", 150, "metre", "distance", "about", subject=OVERRUN, group="hm-distance", time=SUN)]),
          S("The regional hospital said on Monday that it had treated 17 people, up from the 12 injured the airport reported on Sunday, and that three of them were seriously hurt.",
            claims=[Q("17 people", 17, "person", "wounded", subject=OVERRUN, source="regional hospital", group="hm-injured", time=MON),
                    Q("the 12 injured the airport reported on Sunday", 12, "person", "wounded", subject=OVERRUN, source=AIRPORT, group="hm-injured", time=SUN),
                    Q("three of them were seriously hurt", 3, "person", "wounded", subject=OVERRUN, source="regional hospital", group="hm-serious", time=MON)]),
          S("Three passengers remain in hospital.",
            claims=[Q("Three passengers", 3, "passenger", "wounded", subject=OVERRUN, group="hm-hospital", time=MON)])),
        P(S("About 20 centimetres of fresh snow had fallen by the time of the landing.",
            claims=[Q("About 20 centimetres", 20, "centimetre", None, "about", subject="fresh snow at halmstein airport", group="hm-snow", time=SUN)]),
          S("More than 30 fire engines were sent to the scene.",
            claims=[Q("More than 30 fire engines", 30, "vehicle", "deployed", "more-than", subject=OVERRUN, group="hm-engines", time=SUN)]),
          S("The airport was closed for about 14 hours.",
            claims=[Q("about 14 hours", 14, "hour", "duration", "about", subject="closure of halmstein airport", group="hm-closure", time=None)])),
        P(S("The pilots' association VPC said the runway had not been cleared for more than two hours before the plane landed.",
            claims=[ST("the runway had not been cleared for more than two hours before the plane landed", *UNCLEARED, "hm-uncleared", source=VPC),
                    Q("more than two hours", 2, "hour", "duration", "more-than", subject=SPAN, source=VPC, group="hm-span", time=None)]),
          S("Halmstein airport rejected the claim, saying snowploughs had last cleared it 40 minutes earlier.",
            claims=[ST("Halmstein airport rejected the claim", *UNCLEARED, "hm-uncleared", source=AIRPORT, denial=True),
                    Q("40 minutes earlier", 40, "minute", "duration", subject=SPAN, source=AIRPORT, group="hm-span", time=None)])),
    ],
    "post": ["(Reporting by Ruben Achterberg; editing by Piet Ammons)", "", "© 2036 Crossline Wire. All rights reserved."],
    "removed": ["Jan 14, 2036 · 12:40 CET", "By Ruben Achterberg", "Reporting by Ruben Achterberg", "editing by Piet Ammons",
                "© 2036 Crossline Wire"],
}

# ------------------------------------------------------------------ Newsdeck (en aggregator, JSON Lines item with text; rewrite of Crossline)

NEWSDECK = {
    "input": "dev20/newsdeck.jsonl#nd-20360114-1405", "story": SID, "event": EV,
    "publisher": "Newsdeck", "published": "2036-01-14T14:05:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Plane overshoots snowy runway in Peltaria, 17 hurt",
          claims=[Q("17 hurt", 17, "person", "wounded", subject=OVERRUN, group="hm-injured", time=MON)]),
        P(S("A Peltair turboprop with 72 people on board slid off the runway at Halmstein on Sunday evening and stopped in a field some 150 metres past its end.",
            claims=[Q("72 people", 72, "person", None, subject="people aboard the peltair plane", group="hm-aboard", time=SUN),
                    Q("some 150 metres", 150, "metre", "distance", "about", subject=OVERRUN, group="hm-distance", time=SUN)]),
          S("Seventeen people were hurt, three of them seriously, according to the regional hospital.",
            claims=[Q("Seventeen people", 17, "person", "wounded", subject=OVERRUN, source="regional hospital", group="hm-injured", time=MON),
                    Q("three of them seriously", 3, "person", "wounded", subject=OVERRUN, source="regional hospital", group="hm-serious", time=MON)]),
          S("The airport stayed shut for about 14 hours.",
            claims=[Q("about 14 hours", 14, "hour", "duration", "about", subject="closure of halmstein airport", group="hm-closure", time=None)])),
        P(S("Pilots say the runway had not been cleared for over two hours; the airport denies this.",
            claims=[ST("Pilots say the runway had not been cleared for over two hours", *UNCLEARED, "hm-uncleared", source="pilots"),
                    Q("over two hours", 2, "hour", "duration", "more-than", subject=SPAN, source="pilots", group="hm-span", time=None),
                    ST("the airport denies this", *UNCLEARED, "hm-uncleared", source=AIRPORT, denial=True)])),
    ],
    "post": ["Source: Crossline Wire", "Newsdeck – all the news, one feed"],
    "removed": ["Source: Crossline Wire", "all the news, one feed"],
}

# ------------------------------------------------------------------ The Daily Flare (en tabloid, HTML; Monday morning; omits the denial)

FLARE_SITE = {
    "nav": ["News", "Celebs", "Sport", "Money", "Travel", "Puzzles", "Win!"],
    "cookie": "The Daily Flare and 212 partners use cookies for ads and analytics. Agree to continue.",
    "cookie_ok": "Agree and close",
    "by": "By",
    "date_label": "Monday, January 14, 2036 07:00",
    "share": "Share on Facebook · Share on X · 132 comments",
    "ad": "Winter sun: 7 nights in Lanzarote from £299",
    "related_title": "More from the Flare",
    "related": ["Top 10 airport meltdowns of all time", "Holiday chaos: 3 tips to get your money back",
                "Snow latest: 40 roads shut"],
    "footer": "© 2036 The Daily Flare Ltd · Terms · Privacy · Complaints",
    "inline": '<div class="video-teaser">WATCH: Passengers slide down emergency chutes (0:48)</div>',
    "inline_at": 1,
    "after": '<p class="tags">Tags: Halmstein · Peltair · Plane crash · Snow</p>',
}

FLARE = {
    "input": "dev20/halmstein-flare.html", "story": SID, "event": EV,
    "publisher": "The Daily Flare", "published": "2036-01-14T07:00:00+01:00",
    "language": "en", "authors": ["Kyle Brennock"], "sensational": True,
    "blocks": [
        H("SNOW HORROR! Jet skids 300 metres off runway nobody bothered to clear",
          claims=[Q("300 metres", 300, "metre", "distance", subject=OVERRUN, group="hm-distance", time=SUN),
                  ST("runway nobody bothered to clear", *UNCLEARED, "hm-uncleared")],
          loaded=[L("SNOW HORROR", "alarmist")]),
        P(S("Passengers screamed as the Peltair plane ploughed through deep snow at Halmstein airport on Sunday night."),
          S("All 72 people on board had to slide down emergency chutes into the freezing dark.",
            claims=[Q("All 72 people", 72, "person", None, subject="people aboard the peltair plane", group="hm-aboard", time=SUN)]),
          S("Mum-of-two Tanya Beck, 34, told the Flare: “I thought we were all going to die.”", "quote"),
          S("17 people were hurt.",
            claims=[Q("17 people", 17, "person", "wounded", subject=OVERRUN, group="hm-injured", time=MON)])),
        P(S("The Flare can reveal that the runway had not been cleared for more than two hours.",
            claims=[ST("the runway had not been cleared for more than two hours", *UNCLEARED, "hm-uncleared", source="daily flare"),
                    Q("more than two hours", 2, "hour", "duration", "more-than", subject=SPAN, source="daily flare", group="hm-span", time=None)]),
          S("Penny-pinching airport bosses had sent the snowplough crews home early to save on overtime.",
            loaded=[L("Penny-pinching", "demonising")]),
          S("The airport called it a landing in “challenging conditions”.",
            loaded=[L("“challenging conditions”", "euphemism", "distancing")])),
        P(S("This runway is a death trap.", "opinion", loaded=[L("death trap", "alarmist")]),
          S("How many near-misses will it take before someone is held to account?", "opinion")),
    ],
    "removed": ["212 partners use cookies", "Monday, January 14, 2036 07:00", "132 comments", "7 nights in Lanzarote from £299",
                "Top 10 airport meltdowns", "3 tips to get your money back", "Snow latest: 40 roads shut",
                "Passengers slide down emergency chutes (0:48)", "Tags: Halmstein · Peltair", "© 2036 The Daily Flare Ltd"],
}

ARTICLES = [PPD, CROSSLINE, NEWSDECK, FLARE]

REWRITES = [["dev20/halmstein-crossline.txt", "dev20/newsdeck.jsonl#nd-20360114-1405"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "nd-20360114-1405", "url": "https://newsdeck.example/world/peltair-runway-1405",
            "title": headline(NEWSDECK), "text": text_without_headline(NEWSDECK), "publisher": NEWSDECK["publisher"],
            "published": NEWSDECK["published"], "language": "en", "section": "World"}


def files():
    """newsdeck.jsonl is written by the Korlev module (it holds a second item)."""
    return {
        "halmstein-ppd.txt": (render_txt(PPD), False),
        "halmstein-crossline.txt": (render_txt(CROSSLINE), False),
        "halmstein-flare.html": (render_html(FLARE, FLARE_SITE), False),
    }
