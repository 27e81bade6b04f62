"""dev18 story 5: a faulty update of the radar software of the air navigation service LFS closes Lenvarien's airspace for
nearly six hours on Friday, 15 July 2033; more than 1,300 flights are cancelled (1,340 by Saturday's count) and about 190,000
passengers are stranded. The controllers' union VLF says LFS cut about 120 technician posts since 2030; LFS denies it and
says its technicians grew by 15 to 410.

A German agency report on Friday (LNA, dateline block), its rewrite by a German aggregator (JSON Lines item with `text`), a
German right-wing populist blog (RSS) on Saturday that omits the denial and counts "eine halbe Million" passengers, an
English wire report on Saturday with the final count and the airlines' losses, and its rewrite by an English aggregator
(JSON Lines item with `html`). This module writes dev18/news.jsonl (with the Newsloop item of story 4). Invented by the
Parallax team: country, airports, service, union, association, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline
import dev18_pruefung

SID = "st-lenvarien-airspace-outage"
EV = "ev-lfs-radar-failure"
STORY = {"id": SID, "label": "Radar software failure closes Lenvarien's airspace",
         "events": [{"id": EV, "label": "A faulty radar software update at LFS grounds all flights in Lenvarien for nearly six hours (15–16 July 2033)"}]}

OUTAGE = "lenvarien airspace closure"
LFS = "lfs"
VLF = "vlf"
FRI = T("2033-07-15", "2033-07-15")
CUTS = ("lfs", "cut jobs", "technician posts at lfs")
POSTS = "technician posts at lfs since 2030"

GROUPS = [
    {"id": "el-duration", "story": SID, "status": "agreed",
     "why": "The airspace was closed for nearly six hours (LNA, Meldungsticker, Ashcombe, Newsloop)."},
    {"id": "el-airports", "story": SID, "status": "agreed", "why": "Seven commercial airports (LNA, Meldungsticker, Ashcombe, Newsloop)."},
    {"id": "el-flights", "story": SID, "status": "compatible",
     "why": "More than 1,300 flights cancelled (LNA, Meldungsticker) and 1,340 (Ashcombe, Newsloop) agree; the blog's 'Mehr als tausend' is a looser bound."},
    {"id": "el-passengers", "story": SID, "status": "conflicting",
     "why": "About 190,000 stranded passengers (LNA, Meldungsticker, Ashcombe, Newsloop) against the blog's 'eine halbe Million': both cannot be true."},
    {"id": "el-share", "story": SID, "status": "agreed", "why": "About a quarter of Friday's scheduled flights (LNA, Ashcombe)."},
    {"id": "el-overflights", "story": SID, "status": "agreed", "why": "About 400 overflights rerouted (LNA, Meldungsticker)."},
    {"id": "el-cost", "story": SID, "status": "compatible",
     "why": "Losses 'in zweistelliger Millionenhöhe' (LNA, a range of 10 to 99 million) beside at least 60 million euros (Ashcombe with a dollar equivalent, Newsloop): the range is a looser amount."},
    {"id": "el-cuts", "story": SID, "status": "disputed",
     "why": "The VLF says LFS cut technician posts (LNA hedged, Meldungsticker, Ashcombe, Newsloop); the blog states it as fact; LFS denies it (LNA, Meldungsticker, Ashcombe, Newsloop); the blog omits the denial."},
    {"id": "el-posts", "story": SID, "status": "disputed",
     "why": "About 120 technician posts cut by the union's account (LNA, Meldungsticker, Ashcombe, Newsloop; the blog as fact) against LFS's counter-figure of the change the other way, up by 15 (LNA, Meldungsticker, Ashcombe)."},
    {"id": "el-technicians", "story": SID, "status": "agreed", "why": "LFS employs 410 technicians, its own figure (LNA, Meldungsticker, Ashcombe, Newsloop)."},
    {"id": "el-kaltenau-2028", "story": SID, "status": "single-source", "why": "Only the blog: a recalled three-hour standstill at Kaltenau airport in 2028 (another event)."},
]

# ------------------------------------------------------------------ LNA (de agency report, dateline block; Friday)

LNA = {
    "input": "dev18/luftraum-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lenvarische Nachrichtenagentur", "published": "2033-07-15T15:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lenvarische Nachrichtenagentur", "Freitag, 15.07.2033, 15:30 Uhr", "Rubrik: Wirtschaft"],
    "blocks": [
        H("Softwarepanne bei der Flugsicherung: Luftraum gesperrt, mehr als 1.300 Flüge gestrichen",
          claims=[Q("mehr als 1.300 Flüge", 1300, "flight", None, "more-than", subject=OUTAGE, group="el-flights", time=FRI)]),
        P(S("Ein Fehler in der Radarsoftware der Lenvarischen Flugsicherung (LFS) hat am Freitag den gesamten Luftraum des Landes knapp sechs Stunden lang lahmgelegt.",
            claims=[Q("knapp sechs Stunden", 6, "hour", "duration", "about", subject=OUTAGE, group="el-duration", time=FRI)]),
          S("Von 6.05 Uhr bis 11.58 Uhr durfte an den sieben Verkehrsflughäfen keine Maschine starten.",
            claims=[Q("sieben Verkehrsflughäfen", 7, "airport", None, subject="commercial airports in lenvarien", group="el-airports", time=FRI)])),
        P(S("Nach Angaben der LFS fielen mehr als 1.300 Flüge aus, rund 190.000 Passagiere saßen fest.",
            claims=[Q("mehr als 1.300 Flüge", 1300, "flight", None, "more-than", subject=OUTAGE, source=LFS, group="el-flights", time=FRI),
                    Q("rund 190.000 Passagiere", 190000, "passenger", "affected", "about", subject=OUTAGE, source=LFS, group="el-passengers", time=FRI)]),
          S("Das entspricht etwa einem Viertel aller für Freitag geplanten Flüge.",
            claims=[Q("etwa einem Viertel", 25, "percent", None, "about", subject="share of friday's flights cancelled in lenvarien", group="el-share", time=FRI)]),
          S("Etwa 400 Überflüge wurden über die Nachbarländer umgeleitet.",
            claims=[Q("Etwa 400 Überflüge", 400, "flight", None, "about", subject="overflights rerouted around lenvarien", group="el-overflights", time=FRI)])),
        P(S("Auslöser war nach LFS-Angaben ein fehlerhaftes Update auf Version 4.2 der Radarsoftware, das in der Nacht eingespielt worden war."),
          S("LFS-Chef Thomas Ahlgrim entschuldigte sich bei den Reisenden.")),
        P(S("Die Fluglotsengewerkschaft VLF sieht die Ursache in Sparmaßnahmen."),
          S("Die LFS habe seit 2030 rund 120 Technikerstellen gestrichen, Updates würden kaum noch getestet, sagte VLF-Sprecherin Ines Marquardt.",
            claims=[ST("Die LFS habe seit 2030 rund 120 Technikerstellen gestrichen", *CUTS, "el-cuts", source=VLF, hedged=True),
                    Q("rund 120 Technikerstellen", 120, "job", "cut", "about", subject=POSTS, source=VLF, hedged=True, group="el-posts", time=None)]),
          S("Die LFS wies das zurück: Die Zahl der Techniker sei seit 2030 um 15 auf 410 gestiegen.",
            claims=[ST("Die LFS wies das zurück", *CUTS, "el-cuts", source=LFS, denial=True),
                    Q("um 15", 15, "worker", "increase", subject=POSTS, source=LFS, hedged=True, group="el-posts", time=None),
                    Q("auf 410", 410, "worker", "employed", subject="technicians at lfs", source=LFS, hedged=True, group="el-technicians", time=None)])),
        P(S("Die Fluggesellschaften rechnen mit Schäden in zweistelliger Millionenhöhe.",
            claims=[Q("Schäden in zweistelliger Millionenhöhe", None, "eur", "cost", "range", low=10000000, high=99000000, subject="airline losses from the lenvarien airspace closure", source="airlines", group="el-cost", time=FRI)]),
          S("Am Nachmittag lief der Verkehr wieder weitgehend nach Plan.")),
    ],
    "post": ["lna/wi/tf 151530 Jul 33", "", "Schlagworte: Luftverkehr · Flugsicherung · Lenvarien",
             "© LNA Lenvarische Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Freitag, 15.07.2033, 15:30 Uhr", "Rubrik: Wirtschaft", "lna/wi/tf 151530 Jul 33",
                "Schlagworte: Luftverkehr · Flugsicherung · Lenvarien", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Meldungsticker (de aggregator, JSON Lines item with text; rewrite of LNA)

TICKER = {
    "input": "dev18/news.jsonl#mt-20330715-1610", "story": SID, "event": EV,
    "publisher": "Meldungsticker", "published": "2033-07-15T16:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Flugsicherung: Softwarefehler legt Luftraum fast sechs Stunden lahm",
          claims=[Q("fast sechs Stunden", 6, "hour", "duration", "about", subject=OUTAGE, group="el-duration", time=FRI)]),
        P(S("Wegen eines Fehlers in der Radarsoftware der Flugsicherung LFS war der Luftraum über Lenvarien am Freitag knapp sechs Stunden gesperrt.",
            claims=[Q("knapp sechs Stunden", 6, "hour", "duration", "about", subject=OUTAGE, group="el-duration", time=FRI)]),
          S("Mehr als 1.300 Flüge fielen aus, etwa 190.000 Fluggäste waren betroffen.",
            claims=[Q("Mehr als 1.300 Flüge", 1300, "flight", None, "more-than", subject=OUTAGE, group="el-flights", time=FRI),
                    Q("etwa 190.000 Fluggäste", 190000, "passenger", "affected", "about", subject=OUTAGE, group="el-passengers", time=FRI)])),
        P(S("An allen sieben Verkehrsflughäfen blieben die Maschinen am Boden.",
            claims=[Q("allen sieben Verkehrsflughäfen", 7, "airport", None, subject="commercial airports in lenvarien", group="el-airports", time=FRI)]),
          S("Rund 400 Überflüge wurden umgeleitet.",
            claims=[Q("Rund 400 Überflüge", 400, "flight", None, "about", subject="overflights rerouted around lenvarien", group="el-overflights", time=FRI)])),
        P(S("Die Fluglotsengewerkschaft VLF macht den Abbau von rund 120 Technikerstellen seit 2030 verantwortlich.",
            claims=[ST("Die Fluglotsengewerkschaft VLF macht den Abbau von rund 120 Technikerstellen seit 2030 verantwortlich", *CUTS, "el-cuts", source=VLF),
                    Q("rund 120 Technikerstellen", 120, "job", "cut", "about", subject=POSTS, source=VLF, group="el-posts", time=None)]),
          S("Die LFS bestreitet das und verweist auf 410 Techniker, 15 mehr als 2030.",
            claims=[ST("Die LFS bestreitet das", *CUTS, "el-cuts", source=LFS, denial=True),
                    Q("410 Techniker", 410, "worker", "employed", subject="technicians at lfs", source=LFS, group="el-technicians", time=None),
                    Q("15 mehr", 15, "worker", "increase", subject=POSTS, source=LFS, group="el-posts", time=None)])),
        P(S("Ursache war ein fehlerhaftes Software-Update.")),
    ],
    "post": ["Quelle: LNA", "Meldungsticker – 24 neue Meldungen seit Ihrem letzten Besuch"],
    "removed": ["Quelle: LNA", "24 neue Meldungen seit Ihrem letzten Besuch"],
}

# ------------------------------------------------------------------ Heimatstimme (de right-wing populist blog, RSS; Saturday; omits the denial)

CHANNEL = {"title": "Heimatstimme – Die Stimme der schweigenden Mehrheit", "link": "https://heimatstimme.example/",
           "description": "Was die Systempresse verschweigt", "language": "de"}

BLOG = {
    "input": "dev18/heimatstimme.rss#hs-2033-07-16-flugchaos", "story": SID, "event": EV,
    "publisher": "Heimatstimme", "published": "2033-07-16T09:00:00+02:00",
    "language": "de", "authors": ["Holger Brand"], "sensational": True,
    "blocks": [
        H("Staatsversagen über den Wolken: Eine halbe Million Passagiere gestrandet!",
          claims=[Q("Eine halbe Million Passagiere", 500000, "passenger", "affected", subject=OUTAGE, group="el-passengers", time=FRI)],
          loaded=[L("Staatsversagen", "propaganda")]),
        P(S("Was am Freitag über Lenvarien passiert ist, hätte es früher nicht gegeben.", "opinion"),
          S("Eine halbe Million Reisende saßen fest, weil die Flugsicherung ihre eigene Technik nicht im Griff hat.",
            claims=[Q("Eine halbe Million Reisende", 500000, "passenger", "affected", subject=OUTAGE, group="el-passengers", time=FRI)]),
          S("Mehr als tausend Flüge fielen aus.",
            claims=[Q("Mehr als tausend Flüge", 1000, "flight", None, "more-than", subject=OUTAGE, group="el-flights", time=FRI)])),
        P(S("Der Grund ist hausgemacht: Die LFS hat seit 2030 rund 120 Technikerstellen eingespart.",
            claims=[ST("Die LFS hat seit 2030 rund 120 Technikerstellen eingespart", *CUTS, "el-cuts"),
                    Q("rund 120 Technikerstellen", 120, "job", "cut", "about", subject=POSTS, group="el-posts", time=None)]),
          S("Das Geld floss stattdessen in Beraterverträge und Imagekampagnen."),
          S("Diese Versagerbehörde bekommt trotzdem jedes Jahr mehr Steuergeld.", "opinion", loaded=[L("Versagerbehörde", "belittling")])),
        P(S("Schon 2028 stand der Flughafen Kaltenau nach einem Stromausfall drei Stunden still, gelernt hat man daraus nichts.", "opinion",
            claims=[Q("drei Stunden", 3, "hour", "duration", subject="kaltenau airport standstill of 2028", group="el-kaltenau-2028", time=T("2028-01-01", "2028-12-31"))]),
          S("Ein Leser schrieb uns: „Ich habe meinen Urlaub in der Abflughalle begonnen und auch dort beendet.“", "quote")),
        P(S("Während die Bonzen in der Hauptstadt Dienstwagen fahren, schlafen Familien auf dem Flughafenboden.", "opinion", loaded=[L("Bonzen", "demonising")]),
          S("Wann übernimmt endlich jemand Verantwortung?", "opinion"),
          S("Teilen Sie diesen Artikel, solange es noch geht!", "opinion")),
    ],
    "extra": '<p class="newsletter">Jetzt den Heimatstimme-Newsletter abonnieren – 100 % unabhängig!</p>',
    "removed": ["Jetzt den Heimatstimme-Newsletter abonnieren", "100 % unabhängig"],
}

# ------------------------------------------------------------------ Ashcombe Wire (en wire, dateline block; Saturday)

ASHCOMBE = {
    "input": "dev18/luftraum-ashcombe.txt", "story": SID, "event": EV,
    "publisher": "Ashcombe Wire", "published": "2033-07-16T11:00:00+02:00",
    "language": "en", "authors": ["Maeve Gallagher"], "sensational": False,
    "pre": ["ASHCOMBE WIRE", "16 Jul 2033, 11:00 CEST", "By Maeve Gallagher"],
    "blocks": [
        H("Lenvarian air traffic outage cancelled 1,340 flights; airlines count the cost",
          claims=[Q("1,340 flights", 1340, "flight", None, subject=OUTAGE, group="el-flights", time=FRI)]),
        P(S("A software fault at Lenvaria's air navigation service LFS halted all flights in the country's airspace for nearly six hours on Friday, forcing airlines to cancel 1,340 flights, the service said on Saturday.",
            claims=[Q("nearly six hours", 6, "hour", "duration", "about", subject=OUTAGE, source=LFS, group="el-duration", time=FRI),
                    Q("1,340 flights", 1340, "flight", None, subject=OUTAGE, source=LFS, group="el-flights", time=FRI)]),
          S("About 190,000 passengers were stranded at the country's seven commercial airports.",
            claims=[Q("About 190,000 passengers", 190000, "passenger", "affected", "about", subject=OUTAGE, group="el-passengers", time=FRI),
                    Q("seven commercial airports", 7, "airport", None, subject="commercial airports in lenvarien", group="el-airports", time=FRI)])),
        P(S("Roughly a quarter of Friday's scheduled flights were affected.",
            claims=[Q("Roughly a quarter", 25, "percent", None, "about", subject="share of friday's flights cancelled in lenvarien", group="el-share", time=FRI)]),
          S("The airline association BLV estimated the losses at no less than €60 million ($66 million).",
            claims=[Q("no less than €60 million", 60000000, "eur", "cost", "at-least", subject="airline losses from the lenvarien airspace closure", source="blv", group="el-cost", time=FRI),
                    Q("$66 million", 66000000, "usd", "cost", "at-least", subject="airline losses from the lenvarien airspace closure", source="blv", group="el-cost", time=FRI)])),
        P(S("The air traffic controllers' union VLF blamed cost-cutting, saying LFS had axed about 120 technician posts since 2030.",
            claims=[ST("saying LFS had axed about 120 technician posts since 2030", *CUTS, "el-cuts", source=VLF),
                    Q("about 120 technician posts", 120, "job", "cut", "about", subject=POSTS, source=VLF, group="el-posts", time=None)]),
          S("LFS rejected that, saying its technical staff had grown by 15 to 410 over the same period.",
            claims=[ST("LFS rejected that", *CUTS, "el-cuts", source=LFS, denial=True),
                    Q("by 15", 15, "worker", "increase", subject=POSTS, source=LFS, group="el-posts", time=None),
                    Q("to 410", 410, "worker", "employed", subject="technicians at lfs", source=LFS, group="el-technicians", time=None)]),
          S("“This was a software error, not a staffing problem,” LFS chief executive Thomas Ahlgrim said.", "quote")),
        P(S("The faulty update, version 4.2 of the radar software, had been installed overnight."),
          S("Services were back to normal by Friday afternoon.")),
    ],
    "post": ["(Reporting by Maeve Gallagher; editing by Tom Ashdown)", "", "© 2033 Ashcombe Wire. All rights reserved."],
    "removed": ["16 Jul 2033, 11:00 CEST", "By Maeve Gallagher", "(Reporting by Maeve Gallagher; editing by Tom Ashdown)",
                "© 2033 Ashcombe Wire"],
}

# ------------------------------------------------------------------ Newsloop (en aggregator, JSON Lines item with html; rewrite of Ashcombe)

NEWSLOOP_SITE = {
    "nav": ["Top stories", "World", "Business", "Travel", "Tech"],
    "cookie": "Newsloop uses cookies for analytics and personalised ads.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "16 July 2033 · 3 min read",
    "share": "Share · Save · 8 comments",
    "ad": "Travel insurance from €4.99 a trip – compare 20 providers",
    "related_title": "Trending on Newsloop",
    "related": ["7 ways to claim compensation for a cancelled flight", "Kaltenau airport plans second runway",
                "Summer getaway: 10 quiet beaches"],
    "footer": "Newsloop – news from 300 sources · About · Privacy",
}

NEWSLOOP = {
    "input": "dev18/news.jsonl#nl-0716-0914", "story": SID, "event": EV,
    "publisher": "Newsloop", "published": "2033-07-16T12:30:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Air traffic outage grounds 1,340 flights in Lenvaria",
          claims=[Q("1,340 flights", 1340, "flight", None, subject=OUTAGE, group="el-flights", time=FRI)]),
        P(S("A software fault at air navigation service LFS shut Lenvaria's airspace for nearly six hours on Friday, and 1,340 flights were cancelled.",
            claims=[Q("nearly six hours", 6, "hour", "duration", "about", subject=OUTAGE, group="el-duration", time=FRI),
                    Q("1,340 flights", 1340, "flight", None, subject=OUTAGE, group="el-flights", time=FRI)]),
          S("Some 190,000 passengers were stranded at seven airports.",
            claims=[Q("Some 190,000 passengers", 190000, "passenger", "affected", "about", subject=OUTAGE, group="el-passengers", time=FRI),
                    Q("seven airports", 7, "airport", None, subject="commercial airports in lenvarien", group="el-airports", time=FRI)])),
        P(S("Airlines put their losses at €60 million or more.",
            claims=[Q("€60 million or more", 60000000, "eur", "cost", "at-least", subject="airline losses from the lenvarien airspace closure", source="airlines", group="el-cost", time=FRI)])),
        P(S("Controllers' union VLF says LFS cut about 120 technician jobs since 2030.",
            claims=[ST("Controllers' union VLF says LFS cut about 120 technician jobs since 2030", *CUTS, "el-cuts", source=VLF),
                    Q("about 120 technician jobs", 120, "job", "cut", "about", subject=POSTS, source=VLF, group="el-posts", time=None)]),
          S("LFS denies this and says it now employs 410 technicians.",
            claims=[ST("LFS denies this", *CUTS, "el-cuts", source=LFS, denial=True),
                    Q("410 technicians", 410, "worker", "employed", subject="technicians at lfs", source=LFS, group="el-technicians", time=None)])),
        P(S("Flights were back to normal by the afternoon.")),
    ],
    "removed": ["Newsloop uses cookies", "16 July 2033 · 3 min read", "8 comments", "Travel insurance from €4.99 a trip",
                "7 ways to claim compensation for a cancelled flight", "Kaltenau airport plans second runway",
                "Summer getaway: 10 quiet beaches", "news from 300 sources"],
}

ARTICLES = [LNA, TICKER, BLOG, ASHCOMBE, NEWSLOOP]

REWRITES = [["dev18/luftraum-lna.txt", "dev18/news.jsonl#mt-20330715-1610"],
            ["dev18/luftraum-ashcombe.txt", "dev18/news.jsonl#nl-0716-0914"]]


def files():
    """Input files of this story and news.jsonl (Newsloop ×2, Meldungsticker)."""
    lines = [dev18_pruefung.jsonl_item(),
             {"id": "mt-20330715-1610", "url": "https://meldungsticker.example/wirtschaft/flugsicherung-panne-1610",
              "title": headline(TICKER), "text": dev18_pruefung.text_without_headline(TICKER), "publisher": TICKER["publisher"],
              "published": TICKER["published"], "language": "de", "ressort": "Wirtschaft"},
             {"id": "nl-0716-0914", "url": "https://newsloop.example/travel/lenvaria-air-traffic-outage-0914",
              "title": headline(NEWSLOOP), "html": render_html(NEWSLOOP, NEWSLOOP_SITE), "publisher": NEWSLOOP["publisher"],
              "published": NEWSLOOP["published"], "language": "en", "section": "Travel"}]
    return {
        "luftraum-lna.txt": (render_txt(LNA), False),
        "heimatstimme.rss": (render_rss(CHANNEL, [(BLOG, "hs-2033-07-16-flugchaos",
                                                   "https://heimatstimme.example/2033/07/16/staatsversagen-ueber-den-wolken", BLOG["extra"])]), False),
        "luftraum-ashcombe.txt": (render_txt(ASHCOMBE), False),
        "news.jsonl": (render_jsonl(lines), False),
    }
