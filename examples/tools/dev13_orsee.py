"""dev13 story 4: the passenger ferry "Marwerder" runs aground on a sandbank on Lake Orsee (Kastrien) in a storm on
Friday evening, 3 August 2029.

The local paper's HTML page (passengers' charge in hearsay "soll … haben", the operator's denial with a counter-figure),
an English news app's JSON Lines item with `html` (own words: a DE–EN pair with the paper; same file as the
Nachrichtenhub item), and an English tabloid that states the charge as fact, gives its own rival timing of the warning,
counts "dozens" of injured and omits the denial. Its look-alike is the grounding of the "Kranich" on Lake Weilsee in 2027
(dev13_weilsee.py). Invented by the Parallax team: lakes, islands, ships, companies, outlets, people and figures are
fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline

import dev13_hollmersfeld

SID = "st-orsee-ferry"
EV = "ev-orsee-grounding"
STORY = {"id": SID, "label": "Ferry Marwerder runs aground on Lake Orsee",
         "events": [{"id": EV, "label": "The ferry Marwerder runs aground in a storm on Lake Orsee; eleven injured (3 August 2029)"}]}

POL = "police"
BF = "blaufeld"
ACC = "orsee ferry grounding"
FRI = T("2029-08-03", "2029-08-03")
WARN = ("captain", "ignored", "storm warning")

GROUPS = [
    {"id": "or-passengers", "story": SID, "status": "agreed",
     "why": "214 passengers (Orsee-Zeitung, NorthStar) and the Daily Roar's 'more than 200'."},
    {"id": "or-crew", "story": SID, "status": "agreed", "why": "Five crew (Orsee-Zeitung, NorthStar)."},
    {"id": "or-aboard", "story": SID, "status": "agreed",
     "why": "219 people on board (Orsee-Zeitung; NorthStar, headline, and all 219 brought to safety)."},
    {"id": "or-injured", "story": SID, "status": "conflicting",
     "why": "Eleven injured (water police via the Orsee-Zeitung and NorthStar) cannot be the Daily Roar's 'dozens' the same morning."},
    {"id": "or-injured-serious", "story": SID, "status": "agreed", "why": "Three of them seriously (Orsee-Zeitung, NorthStar)."},
    {"id": "or-distance", "story": SID, "status": "agreed", "why": "About 300 metres short of the pier (Orsee-Zeitung, NorthStar)."},
    {"id": "or-duration", "story": SID, "status": "agreed",
     "why": "Almost four hours stuck (Orsee-Zeitung, NorthStar) and 'four hours' (Daily Roar)."},
    {"id": "or-rescuers", "story": SID, "status": "agreed", "why": "About 90 rescuers (Orsee-Zeitung, NorthStar)."},
    {"id": "or-boats", "story": SID, "status": "agreed", "why": "Twelve boats (Orsee-Zeitung) and 'a dozen boats' (NorthStar, Daily Roar)."},
    {"id": "or-length", "story": SID, "status": "agreed", "why": "A 46-metre ferry (Orsee-Zeitung, NorthStar)."},
    {"id": "or-capacity", "story": SID, "status": "agreed", "why": "Licensed for 250 passengers (Orsee-Zeitung, NorthStar)."},
    {"id": "or-tugs", "story": SID, "status": "single-source", "why": "Only the Orsee-Zeitung: two tugs pulled the ferry free."},
    {"id": "or-warning", "story": SID, "status": "disputed",
     "why": "Passengers say the captain set off despite a storm warning (Orsee-Zeitung hedged, NorthStar); the Daily Roar states it as its own finding; Blaufeld denies it (Orsee-Zeitung, NorthStar); the Daily Roar omits the denial."},
    {"id": "or-warning-time", "story": SID, "status": "disputed",
     "why": "Blaufeld's warning 20 minutes after departure, in the sentence of its denial (Orsee-Zeitung, NorthStar), against the Daily Roar's half an hour before."},
    {"id": "or-probe", "story": SID, "status": "agreed",
     "why": "An investigation into the captain (Orsee-Zeitung, NorthStar, Daily Roar)."},
]

# ------------------------------------------------------------------ Orsee-Zeitung (de local paper, HTML)

OZ_SITE = {
    "nav": ["Kappeln", "Rund um den Orsee", "Blaulicht", "Kultur", "Sport", "Service", "Abo"],
    "cookie": "Diese Seite verwendet Cookies. Durch die weitere Nutzung stimmen Sie der Verwendung zu.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "Samstag, 4. August 2029, 10:00 Uhr",
    "share": "Teilen · Drucken · Kommentare (61)",
    "ad": "Anzeige: Segelschule Möwenort – Sportbootführerschein in 5 Tagen, Infos unter 04642 / 71 71 0",
    "related_title": "Meistgelesen",
    "related": ["Seefest 2029: Feuerwerk um 22.30 Uhr", "Badestellen am Orsee: Wasserqualität überall gut",
                "Kappelner Ruderer holen 2 Titel"],
    "footer": "© Orsee-Zeitung 2029 · Impressum · Datenschutz · Leserservice",
    "inline": '<div class="gallery"><strong>Bildergalerie:</strong> <a href="/galerie/faehre-marwerder">Die Bergung der Fähre in 18 Bildern</a></div>',
    "inline_at": 2,
}

OZ = {
    "input": "dev13/orsee-zeitung.html", "story": SID, "event": EV,
    "publisher": "Orsee-Zeitung", "published": "2029-08-04T10:00:00+02:00",
    "language": "de", "authors": ["Henrike Talmann"], "sensational": False,
    "blocks": [
        H("Fähre „Marwerder“ bei Sturm auf Sandbank gelaufen – elf Verletzte",
          claims=[Q("elf Verletzte", 11, "person", "wounded", subject=ACC, group="or-injured", time=FRI)]),
        P(S("Die Orsee-Fähre „Marwerder“ ist am Freitagabend bei einem Sturm rund 300 Meter vor dem Anleger der gleichnamigen Insel auf eine Sandbank gelaufen.",
            claims=[Q("rund 300 Meter vor dem Anleger", 300, "metre", "distance", "about", subject=ACC, group="or-distance", time=FRI)]),
          S("An Bord waren 214 Fahrgäste und fünf Besatzungsmitglieder, insgesamt also 219 Menschen.",
            claims=[Q("214 Fahrgäste", 214, "passenger", None, subject=ACC, group="or-passengers", time=FRI),
                    Q("fünf Besatzungsmitglieder", 5, "person", None, subject=ACC, group="or-crew", time=FRI),
                    Q("insgesamt also 219 Menschen", 219, "person", None, subject=ACC, group="or-aboard", time=FRI)])),
        P(S("Elf Menschen wurden nach Angaben der Wasserschutzpolizei verletzt, drei von ihnen schwer.",
            claims=[Q("Elf Menschen wurden nach Angaben der Wasserschutzpolizei verletzt", 11, "person", "wounded", subject=ACC, source=POL, group="or-injured", time=FRI),
                    Q("drei von ihnen schwer", 3, "person", "wounded", subject=ACC, source=POL, group="or-injured-serious", time=FRI)]),
          S("Die meisten erlitten Prellungen, als das Schiff mit einem heftigen Ruck zum Stehen kam.")),
        P(S("Fast vier Stunden saßen die Fahrgäste fest, bevor sie mit Rettungsbooten an Land gebracht wurden.",
            claims=[Q("Fast vier Stunden", 4, "hour", "duration", "about", subject=ACC, group="or-duration", time=FRI)]),
          S("Rund 90 Einsatzkräfte von Wasserrettung, Feuerwehr und Polizei waren mit zwölf Booten im Einsatz.",
            claims=[Q("Rund 90 Einsatzkräfte", 90, "person", "deployed", "about", subject=ACC, group="or-rescuers", time=FRI),
                    Q("mit zwölf Booten", 12, "boat", "deployed", subject=ACC, group="or-boats", time=FRI)])),
        P(S("Die 46 Meter lange „Marwerder“ ist für 250 Passagiere zugelassen.",
            claims=[Q("46 Meter lange", 46, "metre", "size", subject="marwerder", group="or-length", time=None),
                    Q("für 250 Passagiere zugelassen", 250, "passenger", "size", subject="marwerder", group="or-capacity", time=None)]),
          S("Am Samstagmorgen zogen zwei Schlepper das Schiff von der Sandbank.",
            claims=[Q("zwei Schlepper", 2, "ship", None, subject="marwerder", group="or-tugs", time=T("2029-08-04", "2029-08-04"))])),
        P(S("Mehrere Fahrgäste erheben Vorwürfe gegen den Kapitän."),
          S("Er soll trotz einer Sturmwarnung abgelegt haben.",
            claims=[ST("Er soll trotz einer Sturmwarnung abgelegt haben", *WARN, "or-warning", source="passengers", hedged=True)]),
          S("Die Reederei Blaufeld widerspricht: Die Warnung des Wetterdienstes sei erst 20 Minuten nach dem Ablegen herausgegeben worden.",
            claims=[ST("Die Reederei Blaufeld widerspricht", *WARN, "or-warning", source=BF, denial=True),
                    Q("erst 20 Minuten nach dem Ablegen", 20, "minute", "duration", subject="storm warning", source=BF, hedged=True, group="or-warning-time", time=FRI)])),
        P(S("Die Staatsanwaltschaft hat Ermittlungen gegen den 58 Jahre alten Kapitän eingeleitet.",
            claims=[ST("Die Staatsanwaltschaft hat Ermittlungen gegen den 58 Jahre alten Kapitän eingeleitet", "prosecutors", "investigated", "captain", "or-probe")]),
          S("„Es gab einen Knall, dann lagen alle auf dem Boden“, sagte eine Passagierin aus Kappeln.", "quote"),
          S("Der Fährverkehr zur Insel Marwerder ist bis auf Weiteres eingestellt, ein Ersatzschiff soll ab Montag fahren.")),
        P(S("Der Wetterdienst hatte am Freitag vor Gewittern mit Sturmböen über dem Orsee gewarnt."),
          S("Wann genau die Warnung herausging, ist nun Gegenstand der Ermittlungen."),
          S("Für die Verletzten standen in Kappeln und Seehausen Rettungswagen bereit, die Schwerverletzten kamen in die Kreisklinik."),
          S("Die übrigen Fahrgäste wurden in der Mehrzweckhalle von Marwerder mit Decken und Tee versorgt, ehe sie am späten Abend mit Bussen nach Hause fuhren.")),
    ],
    "removed": ["Diese Seite verwendet Cookies", "Samstag, 4. August 2029, 10:00 Uhr", "Kommentare (61)", "Segelschule Möwenort",
                "04642 / 71 71 0", "Seefest 2029: Feuerwerk um 22.30 Uhr", "Badestellen am Orsee", "Kappelner Ruderer holen 2 Titel",
                "© Orsee-Zeitung 2029", "Die Bergung der Fähre in 18 Bildern"],
}

# ------------------------------------------------------------------ NorthStar Digest (en news app, JSON Lines item with html)

NS_SITE = {
    "nav": ["Top stories", "Europe", "Travel", "Weather", "Video", "Newsletters"],
    "cookie": "NorthStar Digest uses cookies to remember your preferences. Manage choices",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Aug 4, 2029 · 12:30",
    "share": "Save · Share",
    "ad": "NorthStar Premium: ad-free reading for €4.99 a month",
    "related_title": "Read next",
    "related": ["Heatwave: 5 tips for travelling with pets", "Ferry fares across Europe up 7% this summer",
                "Lake Orsee: the island that banned cars"],
    "footer": "© 2029 NorthStar Digest Media · Privacy · Terms",
}

NS = {
    "input": "dev13/news.jsonl#ns-40091877", "story": SID, "event": EV,
    "publisher": "NorthStar Digest", "published": "2029-08-04T12:30:00+02:00",
    "language": "en", "authors": ["Ravi Castellanos"], "sensational": False,
    "blocks": [
        H("Ferry with 219 aboard runs aground in storm on Kastria's Lake Orsee",
          claims=[Q("219 aboard", 219, "person", None, subject=ACC, group="or-aboard", time=FRI)]),
        P(S("A ferry carrying 214 passengers and five crew ran aground on a sandbank on Lake Orsee during a storm on Friday evening, about 300 metres short of the pier on the island of Marwerder.",
            claims=[Q("214 passengers", 214, "passenger", None, subject=ACC, group="or-passengers", time=FRI),
                    Q("five crew", 5, "person", None, subject=ACC, group="or-crew", time=FRI),
                    Q("about 300 metres short of the pier", 300, "metre", "distance", "about", subject=ACC, group="or-distance", time=FRI)]),
          S("Eleven people were injured, three of them seriously, the water police said.",
            claims=[Q("Eleven people were injured", 11, "person", "wounded", subject=ACC, source=POL, group="or-injured", time=FRI),
                    Q("three of them seriously", 3, "person", "wounded", subject=ACC, source=POL, group="or-injured-serious", time=FRI)])),
        P(S("Passengers were stuck on board for nearly four hours before rescuers took them ashore in lifeboats.",
            claims=[Q("nearly four hours", 4, "hour", "duration", "about", subject=ACC, group="or-duration", time=FRI)]),
          S("About 90 rescuers with a dozen boats took part in the operation.",
            claims=[Q("About 90 rescuers", 90, "person", "deployed", "about", subject=ACC, group="or-rescuers", time=FRI),
                    Q("a dozen boats", 12, "boat", "deployed", subject=ACC, group="or-boats", time=FRI)]),
          S("All 219 people on board were brought to safety.",
            claims=[Q("All 219 people on board", 219, "person", "rescued", subject=ACC, group="or-aboard", time=FRI)])),
        P(S("The 46-metre Marwerder is licensed to carry 250 passengers.",
            claims=[Q("46-metre", 46, "metre", "size", subject="marwerder", group="or-length", time=None),
                    Q("licensed to carry 250 passengers", 250, "passenger", "size", subject="marwerder", group="or-capacity", time=None)])),
        P(S("Several passengers said the captain had set off despite a storm warning.",
            claims=[ST("Several passengers said the captain had set off despite a storm warning", *WARN, "or-warning", source="passengers")]),
          S("The operator, Blaufeld, rejected that, saying the weather service issued its warning 20 minutes after the ferry left.",
            claims=[ST("The operator, Blaufeld, rejected that", *WARN, "or-warning", source=BF, denial=True),
                    Q("20 minutes after the ferry left", 20, "minute", "duration", subject="storm warning", source=BF, group="or-warning-time", time=FRI)]),
          S("Prosecutors have opened an investigation into the 58-year-old captain.",
            claims=[ST("Prosecutors have opened an investigation into the 58-year-old captain", "prosecutors", "investigated", "captain", "or-probe")])),
        P(S("Services to Marwerder are suspended, and a replacement vessel is due to start running on Monday."),
          S("The island, a popular destination for day-trippers, has no bridge to the mainland."),
          S("The Marwerder was built in 1978 and refitted in 2027."),
          S("Water police said gusts had pushed the ferry out of the marked channel shortly before it struck the sandbank.")),
    ],
    "removed": ["NorthStar Digest uses cookies", "Manage choices", "Aug 4, 2029 · 12:30", "Save · Share", "ad-free reading for €4.99 a month",
                "Heatwave: 5 tips for travelling with pets", "Ferry fares across Europe up 7% this summer", "Lake Orsee: the island that banned cars",
                "© 2029 NorthStar Digest Media"],
}

# ------------------------------------------------------------------ The Daily Roar (en tabloid, dateline block; omits the denial)

ROAR = {
    "input": "dev13/orsee-roar.txt", "story": SID, "event": EV,
    "publisher": "The Daily Roar", "published": "2029-08-04T07:30:00+02:00",
    "language": "en", "authors": ["Kelly Brannigan"], "sensational": True,
    "pre": ["THE DAILY ROAR", "Saturday, August 4, 2029", "By Kelly Brannigan"],
    "blocks": [
        H("FERRY OF FEAR! Dozens hurt as skipper sails straight into storm",
          claims=[Q("Dozens hurt", 24, "person", "wounded", "at-least", subject=ACC, group="or-injured", time=FRI),
                  ST("skipper sails straight into storm", *WARN, "or-warning")],
          loaded=[L("FERRY OF FEAR", "alarmist")]),
        P(S("Holidaymakers screamed in the dark as the Lake Orsee ferry Marwerder slammed into a sandbank on Friday night.",
            loaded=[L("screamed in the dark", "alarmist")]),
          S("More than 200 passengers were trapped on board for four hours of terror.",
            claims=[Q("More than 200 passengers", 200, "passenger", None, "more-than", subject=ACC, group="or-passengers", time=FRI),
                    Q("four hours", 4, "hour", "duration", subject=ACC, group="or-duration", time=FRI)],
            loaded=[L("terror", "alarmist")])),
        P(S("The Roar can reveal that the reckless skipper cast off even though a storm warning had gone out half an hour earlier.",
            claims=[ST("the reckless skipper cast off even though a storm warning had gone out", *WARN, "or-warning", source="daily roar"),
                    Q("half an hour earlier", 30, "minute", "duration", subject="storm warning", source="daily roar", group="or-warning-time", time=FRI)],
            loaded=[L("reckless skipper", "demonising")]),
          S("Dozens of people were hurt, some of them badly.",
            claims=[Q("Dozens of people were hurt", 24, "person", "wounded", "at-least", subject=ACC, group="or-injured", time=FRI)])),
        P(S("Mum-of-two Jenna Hollis, 34, told the Roar: “The boat just lurched, everyone went flying and my kids were screaming.”", "quote"),
          S("Rescuers in a dozen boats fought through huge waves to bring everyone ashore.",
            claims=[Q("a dozen boats", 12, "boat", "deployed", subject=ACC, group="or-boats", time=FRI)])),
        P(S("Survivors told how tables and chairs crashed across the deck as the ship tilted."),
          S("Grandad Ole Fenstad, 71, said: “I have crossed this lake all my life and I have never been so scared.”", "quote"),
          S("Many passengers were left soaked and shivering while they waited for help."),
          S("Operator Blaufeld did not answer the Roar's questions last night.")),
        P(S("The 58-year-old captain is now facing a criminal probe.",
            claims=[ST("The 58-year-old captain is now facing a criminal probe", "prosecutors", "investigated", "captain", "or-probe")]),
          S("How many more lives must be put at risk before these cowboy operators are reined in?", "opinion",
            loaded=[L("cowboy operators", "demonising")])),
        P(S("It is a miracle that nobody died.", "opinion"),
          S("Heads must roll.", "opinion"),
          S("Families deserve answers, and they deserve them now.", "opinion")),
    ],
    "post": ["MORE FROM THE ROAR:", "- Lotto: Are YOU Saturday's £2m winner?", "- Sign up for Roar Alerts", "", "#LakeOrsee #FerryHorror"],
    "removed": ["Saturday, August 4, 2029", "By Kelly Brannigan", "MORE FROM THE ROAR:", "Are YOU Saturday's £2m winner?",
                "Sign up for Roar Alerts", "#LakeOrsee #FerryHorror"],
}

ARTICLES = [OZ, NS, ROAR]

REWRITES = []


def files():
    """Input files of this story and news.jsonl with the Nachrichtenhub item (Hollmersfeld) and the NorthStar item."""
    lines = [dev13_hollmersfeld.jsonl_item(),
             {"id": "ns-40091877", "url": "https://northstar-digest.example/europe/lake-orsee-ferry-aground-40091877",
              "title": headline(NS), "html": render_html(NS, NS_SITE), "publisher": NS["publisher"],
              "published": NS["published"], "language": "en", "category": "Europe"}]
    return {
        "orsee-zeitung.html": (render_html(OZ, OZ_SITE), False),
        "orsee-roar.txt": (render_txt(ROAR), False),
        "news.jsonl": (render_jsonl(lines), False),
    }
