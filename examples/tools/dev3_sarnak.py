"""Held-out story 3: the wildfire in the invented Sarnak Hills (3–7 Aug 2026).

An early report and a later total in one German RSS feed, an English regional paper (the
German–English pair with the later feed item) and an English tabloid.
Invented by the Parallax team: places, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss

STORY = {"id": "st-sarnak-fire", "label": "Wildfire in the Sarnak Hills",
         "events": [{"id": "ev-sarnak-fire", "label": "Wildfire burns in the Sarnak Hills and is contained after four days"}]}

FS = "fire service"
HOLL = "piet hollander"
SID = "st-sarnak-fire"

GROUPS = [
    {"id": "sarnak-area", "story": SID, "status": "compatible",
     "why": "About 1,800 ha on Tuesday morning is an earlier figure; the later total of 5,600 ha equals about 13,800 acres or 21.6 square miles."},
    {"id": "sarnak-evacuated", "story": SID, "status": "compatible",
     "why": "3,200 on Monday plus 1,300 on Wednesday make the 'some 4,500' total; 'thousands of families' is another unit."},
    {"id": "sarnak-firefighters", "story": SID, "status": "conflicting",
     "why": "About 650 firefighters at the peak (Lindenfeld, Coastal Ledger) against more than 900 (Daily Clarion); the 400 on day one is an earlier figure."},
    {"id": "sarnak-houses", "story": SID, "status": "agreed",
     "why": "Lindenfeld and the Coastal Ledger both say at least 23 homes were destroyed, citing Piet Hollander."},
    {"id": "sarnak-injured", "story": SID, "status": "agreed",
     "why": "Both say two firefighters were slightly injured."},
    {"id": "sarnak-cause", "story": SID, "status": "conflicting",
     "why": "Lindenfeld's first report gives sparks from a railway line as the likely cause (fire service), the Daily Clarion 'reportedly' a discarded barbecue."},
    {"id": "sarnak-shelter", "story": SID, "status": "single-source",
     "why": "Only the first Lindenfeld report says 200 to 250 people spent the night in the shelter."},
    {"id": "sarnak-aid", "story": SID, "status": "agreed",
     "why": "Lindenfeld and the Coastal Ledger both give emergency aid of up to 2,500 euros per family."},
    {"id": "sarnak-duration", "story": SID, "status": "single-source",
     "why": "Only the later Lindenfeld report says four days."},
    {"id": "sarnak-damage", "story": SID, "status": "single-source",
     "why": "Only the Coastal Ledger gives damage of up to €40 million."},
    {"id": "sarnak-flames", "story": SID, "status": "single-source",
     "why": "Only the Daily Clarion gives flames up to 30 metres high."},
]

EARLY = {
    "input": "dev3/lindenfeld.rss#lfn-20260804-0112", "story": SID, "event": "ev-sarnak-fire",
    "publisher": "Lindenfeld Nachrichten", "published": "2026-08-04T07:45:00+02:00",
    "language": "de", "authors": ["Lea Brandt"], "sensational": False,
    "blocks": [
        H("Waldbrand in den Sarnak-Hügeln: Tausende Menschen müssen ihre Häuser verlassen",
          claims=[Q("Tausende Menschen", 2000, "person", "evacuated", qualifier="at-least", group="sarnak-evacuated")]),
        P(S("Ein Waldbrand in den Sarnak-Hügeln hat sich seit Montagnachmittag rasch ausgebreitet."),
          S("Nach Angaben der regionalen Feuerwehr standen am Dienstagmorgen etwa 1.800 Hektar Wald und Buschland in Flammen.",
            claims=[Q("etwa 1.800 Hektar", 1800, "hectare", "burned", qualifier="about", source=FS,
                      time=T("2026-08-03", "2026-08-04"), subject="sarnak hills", group="sarnak-area")])),
        P(S("Rund 3.200 Bewohner wurden aus den Dörfern am Nordhang in Sicherheit gebracht.",
            claims=[Q("Rund 3.200 Bewohner", 3200, "person", "evacuated", qualifier="about", source=FS,
                      time=T("2026-08-03", "2026-08-04"), subject="sarnak hills", group="sarnak-evacuated")]),
          S("Mehr als 400 Feuerwehrleute seien im Einsatz, teilte ein Sprecher der Feuerwehr mit.",
            claims=[Q("Mehr als 400 Feuerwehrleute", 400, "firefighter", "deployed", qualifier="more-than", source=FS,
                      hedged=True, time=T("2026-08-04", "2026-08-04"), group="sarnak-firefighters")]),
          S("Der Brand sei vermutlich durch Funkenflug an einer Bahnstrecke entstanden.",
            claims=[ST("Der Brand sei vermutlich durch Funkenflug an einer Bahnstrecke entstanden", "wildfire",
                       "was caused by", "sparks from a railway line", "sarnak-cause", source=FS, hedged=True)])),
        P(S("Für Angehörige hat der Landkreis ein Bürgertelefon unter 0800 4417 2290 eingerichtet."),
          S("In der Turnhalle in der Lindenstraße 14 verbrachten zwischen 200 und 250 Menschen die Nacht.",
            claims=[Q("zwischen 200 und 250 Menschen", None, "person", None, qualifier="range", low=200, high=250,
                      time=T("2026-08-03", "2026-08-04"), group="sarnak-shelter")])),
    ],
    "extra": "<p><strong>Mehr zum Thema:</strong> <a href=\"https://lindenfeld-nachrichten.example/hitze\">Hitzewelle – wo die Waldbrandgefahr jetzt am höchsten ist</a></p>\n"
             "<p><em>Dieser Artikel erschien zuerst auf lindenfeld-nachrichten.example.</em></p>",
    "removed": ["Mehr zum Thema:", "Hitzewelle – wo die Waldbrandgefahr jetzt am höchsten ist",
                "Dieser Artikel erschien zuerst auf lindenfeld-nachrichten.example."],
}

LATER = {
    "input": "dev3/lindenfeld.rss#lfn-20260807-0348", "story": SID, "event": "ev-sarnak-fire",
    "publisher": "Lindenfeld Nachrichten", "published": "2026-08-07T10:15:00+02:00",
    "language": "de", "authors": ["Lea Brandt", "Tom Reiter"], "sensational": False,
    "blocks": [
        H("Sarnak-Brand unter Kontrolle: 5.600 Hektar verbrannt",
          claims=[Q("5.600 Hektar verbrannt", 5600, "hectare", "burned", subject="sarnak hills", group="sarnak-area")]),
        P(S("Nach vier Tagen haben die Einsatzkräfte den Waldbrand in den Sarnak-Hügeln weitgehend unter Kontrolle gebracht.",
            claims=[Q("Nach vier Tagen", 4, "day", "duration", subject="wildfire", group="sarnak-duration")]),
          S("Insgesamt seien 5.600 Hektar verbrannt, teilte die Feuerwehr am Freitag mit.",
            claims=[Q("Insgesamt seien 5.600 Hektar verbrannt", 5600, "hectare", "burned", source=FS, hedged=True,
                      time=T("2026-08-03", "2026-08-07"), subject="sarnak hills", group="sarnak-area")]),
          S("Das entspricht einer Fläche von 56 Quadratkilometern.",
            claims=[Q("56 Quadratkilometern", 56, "square kilometre", "burned", subject="sarnak hills", group="sarnak-area")]),
          S("Das Feuer war am 3. August gegen 15 Uhr an einem Hang oberhalb von Orsk ausgebrochen.")),
        P(S("Am Montag waren 3.200 Menschen aus den Dörfern am Nordhang in Sicherheit gebracht worden, am Mittwoch folgten weitere 1.300 aus dem Tal von Orsk.",
            claims=[Q("3.200 Menschen", 3200, "person", "evacuated", time=T("2026-08-03", "2026-08-03"),
                      subject="sarnak hills", group="sarnak-evacuated"),
                    Q("weitere 1.300", 1300, "person", "evacuated", time=T("2026-08-05", "2026-08-05"),
                      subject="orsk valley", group="sarnak-evacuated")]),
          S("Die meisten von ihnen durften inzwischen zurückkehren."),
          S("Der Landkreis zahlt Familien, die ihr Haus verloren haben, eine Soforthilfe von bis zu 2.500 Euro.",
            claims=[Q("bis zu 2.500 Euro", 2500, "eur", "paid", qualifier="up-to", subject="families who lost their homes",
                      source="district", group="sarnak-aid")])),
        P(S("Zuletzt waren etwa 650 Feuerwehrleute aus der ganzen Region im Einsatz, zwei von ihnen wurden leicht verletzt.",
            claims=[Q("etwa 650 Feuerwehrleute", 650, "firefighter", "deployed", qualifier="about", group="sarnak-firefighters"),
                    Q("zwei von ihnen wurden leicht verletzt", 2, "firefighter", "wounded", group="sarnak-injured")]),
          S("Nach Angaben von Landrat Piet Hollander wurden mindestens 23 Wohnhäuser zerstört.",
            claims=[Q("mindestens 23 Wohnhäuser", 23, "house", "destroyed", qualifier="at-least", source=HOLL, group="sarnak-houses")])),
        P(S("Die Ursache des Feuers ist weiter unklar."),
          S("Die Polizei schließt Brandstiftung nicht aus.")),
    ],
    "extra": "<p>Lesen Sie auch: <a href=\"https://lindenfeld-nachrichten.example/versicherung\">Waldbrand-Schäden: Was die Hausratversicherung zahlt</a></p>\n"
             "<p>Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter.</p>",
    "removed": ["Lesen Sie auch:", "Waldbrand-Schäden: Was die Hausratversicherung zahlt",
                "Folgen Sie uns auf Instagram und abonnieren Sie unseren Newsletter."],
}

LEDGER = {
    "input": "dev3/sarnak-ledger.txt", "story": SID, "event": "ev-sarnak-fire",
    "publisher": "The Coastal Ledger", "published": "2026-08-07T16:00:00+02:00",
    "language": "en", "authors": ["Sam Whitlock"], "sensational": False,
    "pre": ["THE COASTAL LEDGER", "Friday 7 August 2026, 4:00 pm", "By Sam Whitlock, Regional Affairs Reporter"],
    "blocks": [
        H("Sarnak Hills wildfire contained after burning nearly 14,000 acres",
          claims=[Q("nearly 14,000 acres", 14000, "acre", "burned", qualifier="about", subject="sarnak hills", group="sarnak-area")]),
        P(S("Firefighters have largely contained a wildfire that burned through about 13,800 acres (21.6 square miles) of forest and scrub in the Sarnak Hills since Monday, regional officials said on Friday.",
            claims=[Q("about 13,800 acres", 13800, "acre", "burned", qualifier="about", source="officials",
                      time=T("2026-08-03", "2026-08-07"), subject="sarnak hills", group="sarnak-area"),
                    Q("21.6 square miles", 21.6, "square mile", "burned", qualifier="about", source="officials",
                      time=T("2026-08-03", "2026-08-07"), subject="sarnak hills", group="sarnak-area")])),
        P(S("Some 4,500 residents were evacuated during the week, local broadcaster Sarnak Radio reported, citing the district office.",
            claims=[Q("Some 4,500 residents", 4500, "person", "evacuated", qualifier="about", source="district",
                      time=T("2026-08-03", "2026-08-07"), subject="sarnak hills", group="sarnak-evacuated")]),
          S("Most have since returned home."),
          S("Families who lost their homes will receive emergency aid of up to €2,500 each.",
            claims=[Q("up to €2,500 each", 2500, "eur", "paid", qualifier="up-to", subject="families who lost their homes",
                      group="sarnak-aid")]),
          S("At least 23 homes were destroyed, according to district chief Piet Hollander.",
            claims=[Q("At least 23 homes", 23, "house", "destroyed", qualifier="at-least", source=HOLL, group="sarnak-houses")])),
        P(S("About 650 firefighters were deployed at the peak of the blaze, and two suffered minor injuries.",
            claims=[Q("About 650 firefighters", 650, "firefighter", "deployed", qualifier="about", group="sarnak-firefighters"),
                    Q("two suffered minor injuries", 2, "firefighter", "wounded", group="sarnak-injured")])),
        P(S("“We were lucky with the wind on Wednesday night,” said fire chief Ana Dorsey.", "quote"),
          S("“Without that, we would have lost the whole valley.”", "quote")),
        P(S("Damage is estimated at up to €40 million, the regional government said.",
            claims=[Q("up to €40 million", 40000000, "eur", "cost", qualifier="up-to", source="regional government",
                      subject="wildfire", group="sarnak-damage")]),
          S("The cause of the fire remains under investigation.")),
    ],
    "post": ["Tags: wildfire, Sarnak Hills, weather, emergency services",
             "",
             "Read more:",
             "Heatwave: five ways to keep your home cool",
             "Letters: Who pays when the hills burn?",
             "",
             "Sign up to our free morning briefing and never miss a story."],
    "removed": ["THE COASTAL LEDGER", "Friday 7 August 2026, 4:00 pm", "By Sam Whitlock, Regional Affairs Reporter",
                "Tags: wildfire, Sarnak Hills, weather, emergency services", "Read more:",
                "Heatwave: five ways to keep your home cool", "Letters: Who pays when the hills burn?",
                "Sign up to our free morning briefing"],
}

CLARION = {
    "input": "dev3/sarnak-clarion.txt", "story": SID, "event": "ev-sarnak-fire",
    "publisher": "Daily Clarion", "published": "2026-08-06T21:30:00+01:00",
    "language": "en", "authors": ["Gary Fenwick"], "sensational": True,
    "pre": ["Daily Clarion", "6 Aug 2026 21:30", "NEWS | UK & WORLD | SHOWBIZ | SPORT | MONEY"],
    "blocks": [
        H("INFERNO! Hell-fire turns Sarnak Hills into a wasteland",
          loaded=[L("INFERNO", "alarmist"), L("Hell-fire", "alarmist"), L("wasteland", "alarmist")]),
        P(S("A monster blaze has torched the Sarnak Hills, forcing thousands of terrified families to flee their homes.",
            claims=[Q("thousands of terrified families", 2000, "household", "evacuated", qualifier="at-least",
                      subject="sarnak hills", group="sarnak-evacuated")],
            loaded=[L("monster blaze", "alarmist"), L("terrified", "alarmist")]),
          S("The blaze was reportedly started by a discarded barbecue.",
            claims=[ST("The blaze was reportedly started by a discarded barbecue", "wildfire", "was caused by",
                       "a discarded barbecue", "sarnak-cause", hedged=True)]),
          S("More than 900 firefighters are battling the flames, the Clarion has learned.",
            claims=[Q("More than 900 firefighters", 900, "firefighter", "deployed", qualifier="more-than",
                      source="daily clarion", group="sarnak-firefighters")])),
        P(S("Flames up to 30 metres high lit up the night sky above the village of Orsk.",
            claims=[Q("up to 30 metres", 30, "metre", "size", qualifier="up-to", subject="flames", group="sarnak-flames")]),
          S("Pensioner Maud Keller, 71, who fled with her two dogs, said: “It was like the end of the world.”", "quote",
            loaded=[L("the end of the world", "alarmist", "reported")])),
        P(S("Officials say the fire has already devoured nearly 14,000 acres.",
            claims=[Q("nearly 14,000 acres", 14000, "acre", "burned", qualifier="about", source="officials",
                      subject="sarnak hills", group="sarnak-area")],
            loaded=[L("devoured", "alarmist")])),
        P(S("How many more summers like this before someone in charge finally wakes up?", "opinion"),
          S("The warnings have been there for years, and we must stop ignoring them.", "opinion")),
    ],
    "post": ["SHARE THIS STORY: Facebook | X | WhatsApp",
             "",
             "MOST READ",
             "1. Celebrity chef's secret wedding on a yacht",
             "2. Lottery winner, 58, buys his old school",
             "",
             "Got a story? Call our newsdesk on 0207 555 0148 or email news@clarion.example"],
    "removed": ["Daily Clarion", "6 Aug 2026 21:30", "NEWS | UK & WORLD | SHOWBIZ | SPORT | MONEY",
                "SHARE THIS STORY", "MOST READ", "Celebrity chef's secret wedding on a yacht",
                "Lottery winner, 58, buys his old school", "Got a story? Call our newsdesk on 0207 555 0148"],
}

ARTICLES = [EARLY, LATER, LEDGER, CLARION]

REWRITES = []

CHANNEL = {"title": "Lindenfeld Nachrichten – Region", "link": "https://lindenfeld-nachrichten.example/region",
           "description": "Nachrichten aus der Region", "language": "de"}


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    items = [(LATER, "lfn-20260807-0348", "https://lindenfeld-nachrichten.example/region/sarnak-brand-unter-kontrolle", LATER["extra"]),
             (EARLY, "lfn-20260804-0112", "https://lindenfeld-nachrichten.example/region/waldbrand-sarnak-huegel", EARLY["extra"])]
    return {
        "lindenfeld.rss": (render_rss(CHANNEL, items), False),
        "sarnak-ledger.txt": (render_txt(LEDGER), False),
        "sarnak-clarion.txt": (render_txt(CLARION), False),
    }
