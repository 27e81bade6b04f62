"""dev20 story 4: Peltarien expels nine Haskonian diplomats on Thursday, 15 May 2036, accusing them of spying on the naval
base at Korlev (photographed at its fence at least six times; an embassy of more than 40 staff, says Astran). Haskonia's
foreign minister Edvin Sarlo denies the charge and says the embassy employs 31 people. On Saturday, 17 May, Haskonien expels
nine Peltarian diplomats in return.

A German public broadcaster (HTML), an English wire report (dateline block; a DE–EN pair with the broadcaster in own words),
a German nationalist blog (RSS) on Friday that omits the denial and states the spying as fact, a German left-wing blog (RSS)
on Friday that reports the denial but inflates the expelled to a dozen and scare-quotes the charge, and an English
broadcaster (Atom) on Saturday with the second event. Invented by the Parallax team: countries, towns, base, ministries,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_atom

SID = "st-korlev-expulsions"
EV1 = "ev-peltarien-expels"
EV2 = "ev-haskonien-retaliates"
STORY = {"id": SID, "label": "Peltarien and Haskonien expel each other's diplomats over spying at Korlev",
         "events": [{"id": EV1, "label": "Peltarien expels nine Haskonian diplomats for spying on the Korlev naval base; Haskonien denies it (15–16 May 2036)"},
                    {"id": EV2, "label": "Haskonien expels nine Peltarian diplomats in return (17 May 2036)"}]}

FM = "foreign ministry"
SARLO = "edvin sarlo"
THU = T("2036-05-15", "2036-05-15")
SAT = T("2036-05-17", "2036-05-17")
EXPEL = ("peltaria", "expelled", "nine haskonian diplomats")
SPIED = ("haskonian diplomats", "spied on", "naval base at korlev")
RETALIATE = ("haskonia", "expelled", "nine peltarian diplomats")
EXPELLED = "haskonian diplomats expelled by peltaria"
STAFF = "staff of the haskonian embassy in astran"
SIGHTINGS = "times haskonian diplomats were photographed at the korlev base"
DEADLINE = "deadline for the haskonian diplomats to leave peltaria"

GROUPS = [
    {"id": "kv-expel", "story": SID, "status": "agreed",
     "why": "Peltarien expelled Haskonian diplomats (PRF, Crossline, Wachposten, Funke, Harbourline)."},
    {"id": "kv-expelled", "story": SID, "status": "conflicting",
     "why": "Nine diplomats (PRF, Crossline, Wachposten, Harbourline) against the Funke's 'ein Dutzend' the next day: both cannot be true."},
    {"id": "kv-deadline", "story": SID, "status": "agreed", "why": "They must leave within 72 hours (PRF, Crossline, Wachposten)."},
    {"id": "kv-spying", "story": SID, "status": "disputed",
     "why": "Peltarien says the diplomats spied on the Korlev base (PRF, Crossline, Harbourline; the Funke hedged with 'angeblich'); the Wachposten states it as fact; Haskonien denies it (PRF, Crossline, Funke, Harbourline); the Wachposten omits the denial."},
    {"id": "kv-sightings", "story": SID, "status": "compatible",
     "why": "At least six times by the ministry's account (PRF hedged, Crossline) beside the Wachposten's 'Dutzende Male': bounds of different numbers, a looser figure."},
    {"id": "kv-staff", "story": SID, "status": "disputed",
     "why": "More than 40 embassy staff by Peltarien's account (PRF, Crossline; the Wachposten as fact) against Sarlo's 31 in his denial (PRF, Crossline); the Wachposten omits the counter-figure."},
    {"id": "kv-sailors", "story": SID, "status": "agreed",
     "why": "About 3,000 sailors at the Korlev base (PRF 'rund 3.000' stationed, Wachposten, Harbourline 'about 3,000' based)."},
    {"id": "kv-budget", "story": SID, "status": "single-source", "why": "Only the Funke: 2.4 billion euros to expand Korlev."},
    {"id": "kv-retaliate", "story": SID, "status": "single-source", "why": "Only Harbourline: Haskonien expels Peltarian diplomats in return."},
    {"id": "kv-retaliated", "story": SID, "status": "single-source", "why": "Only Harbourline: nine Peltarian diplomats."},
    {"id": "kv-trade", "story": SID, "status": "single-source", "why": "Only Harbourline: trade worth about 9 billion euros a year."},
]

# ------------------------------------------------------------------ PRF (de public broadcaster, HTML; Thursday)

PRF_SITE = {
    "nav": ["Nachrichten", "Peltarien", "Ausland", "Wirtschaft", "Wetter", "Mediathek", "Radio"],
    "cookie": "Der PRF verwendet Cookies, um sein Angebot zu verbessern. Details in den Datenschutzhinweisen.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Stand: 15.05.2036, 19:00 Uhr",
    "share": "Teilen · Drucken · Merken",
    "ad": "PRF Info – Nachrichten jede volle Stunde, auch um 22 Uhr",
    "related_title": "Mehr zum Thema",
    "related": ["Video: Die Erklärung der Außenministerin (2:14 Min.)", "Korlev: Der Hafen und die U-Boote",
                "Hintergrund: 5 Fragen zur Diplomatie"],
    "footer": "© Peltarischer Rundfunk 2036 · Barrierefreiheit · Impressum · Datenschutz",
    "inline": '<div class="teaser">Liveblog: Reaktionen aus Veldnor (aktualisiert)</div>',
    "inline_at": 2,
}

PRF = {
    "input": "dev20/korlev-prf.html", "story": SID, "event": EV1,
    "publisher": "Peltarischer Rundfunk", "published": "2036-05-15T19:00:00+02:00",
    "language": "de", "authors": ["Mira Holtkamp"], "sensational": False,
    "blocks": [
        H("Spionagevorwurf: Peltarien weist neun haskonische Diplomaten aus",
          claims=[ST("Peltarien weist neun haskonische Diplomaten aus", *EXPEL, "kv-expel"),
                  Q("neun haskonische Diplomaten", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU)]),
        P(S("ASTRAN (PRF) – Die peltarische Regierung hat am Donnerstag neun Diplomaten der haskonischen Botschaft zu unerwünschten Personen erklärt.",
            claims=[ST("Die peltarische Regierung hat am Donnerstag neun Diplomaten der haskonischen Botschaft zu unerwünschten Personen erklärt", *EXPEL, "kv-expel"),
                    Q("neun Diplomaten", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU)]),
          S("Sie müssen das Land binnen 72 Stunden verlassen.",
            claims=[Q("binnen 72 Stunden", 72, "hour", "duration", "up-to", subject=DEADLINE, group="kv-deadline", time=None)]),
          S("Nach Darstellung des Außenministeriums haben die Diplomaten den Marinestützpunkt Korlev ausgespäht.",
            claims=[ST("haben die Diplomaten den Marinestützpunkt Korlev ausgespäht", *SPIED, "kv-spying", source=FM)]),
          S("Sie seien mindestens sechs Mal mit Teleobjektiven am Zaun des Stützpunkts fotografiert worden.",
            claims=[Q("mindestens sechs Mal", 6, None, None, "at-least", subject=SIGHTINGS, source=FM, hedged=True, group="kv-sightings", time=None)]),
          S("Dem Ministerium zufolge hat die Botschaft mehr als 40 Mitarbeiter.",
            claims=[Q("mehr als 40 Mitarbeiter", 40, "person", None, "more-than", subject=STAFF, source=FM, group="kv-staff", time=None)])),
        P(S("„Wer unsere Streitkräfte ausspioniert, ist hier nicht willkommen“, sagte Außenministerin Carla Demming.", "quote"),
          S("Der haskonische Außenminister Edvin Sarlo wies die Vorwürfe als „antihaskonische Hexenjagd“ zurück.",
            claims=[ST("Der haskonische Außenminister Edvin Sarlo wies die Vorwürfe", *SPIED, "kv-spying", source=SARLO, denial=True)],
            loaded=[L("„antihaskonische Hexenjagd“", "propaganda", "reported")]),
          S("Auch die Zahl bestritt er: Die Botschaft beschäftige insgesamt nur 31 Menschen.",
            claims=[ST("Auch die Zahl bestritt er", "haskonian embassy", "denies", "more than 40 staff at the haskonian embassy", "kv-staff", source=SARLO, denial=True),
                    Q("nur 31 Menschen", 31, "person", None, subject=STAFF, source=SARLO, hedged=True, group="kv-staff", time=None)]),
          S("Haskonien kündigte Gegenmaßnahmen an.")),
        P(S("In Korlev sind rund 3.000 Marinesoldaten und der größte Teil der peltarischen U-Boot-Flotte stationiert.",
            claims=[Q("rund 3.000 Marinesoldaten", 3000, "sailor", "deployed", "about", subject="sailors at the korlev naval base", group="kv-sailors", time=None)])),
    ],
    "removed": ["Der PRF verwendet Cookies", "Stand: 15.05.2036, 19:00 Uhr", "auch um 22 Uhr",
                "Die Erklärung der Außenministerin (2:14 Min.)", "Korlev: Der Hafen und die U-Boote", "5 Fragen zur Diplomatie",
                "Liveblog: Reaktionen aus Veldnor", "© Peltarischer Rundfunk 2036"],
}

# ------------------------------------------------------------------ Crossline Wire (en wire; Thursday evening)

CROSSLINE = {
    "input": "dev20/korlev-crossline.txt", "story": SID, "event": EV1,
    "publisher": "Crossline Wire", "published": "2036-05-15T21:10:00+02:00",
    "language": "en", "authors": ["Maeve Linford"], "sensational": False,
    "pre": ["CROSSLINE WIRE", "May 15, 2036 · 21:10 CEST", "By Maeve Linford"],
    "blocks": [
        H("Peltaria expels nine Haskonian diplomats over spying claims",
          claims=[ST("Peltaria expels nine Haskonian diplomats", *EXPEL, "kv-expel"),
                  Q("nine Haskonian diplomats", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU)]),
        P(S("ASTRAN, Peltaria – Peltaria on Thursday ordered nine Haskonian diplomats to leave the country within 72 hours, accusing them of spying on its naval base at Korlev.",
            claims=[ST("Peltaria on Thursday ordered nine Haskonian diplomats to leave the country", *EXPEL, "kv-expel"),
                    Q("nine Haskonian diplomats", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU),
                    Q("within 72 hours", 72, "hour", "duration", "up-to", subject=DEADLINE, group="kv-deadline", time=None),
                    ST("accusing them of spying on its naval base at Korlev", *SPIED, "kv-spying", source="peltaria")]),
          S("The foreign ministry said the diplomats had been photographed at the base's fence at least six times and that the embassy had more than 40 staff.",
            claims=[Q("at least six times", 6, None, None, "at-least", subject=SIGHTINGS, source=FM, group="kv-sightings", time=None),
                    Q("more than 40 staff", 40, "person", None, "more-than", subject=STAFF, source=FM, group="kv-staff", time=None)])),
        P(S("Haskonia's foreign minister, Edvin Sarlo, rejected the accusation as a “witch hunt” and said the embassy employed only 31 people.",
            claims=[ST("Haskonia's foreign minister, Edvin Sarlo, rejected the accusation", *SPIED, "kv-spying", source=SARLO, denial=True),
                    Q("only 31 people", 31, "person", None, subject=STAFF, source=SARLO, group="kv-staff", time=None)],
            loaded=[L("“witch hunt”", "propaganda", "reported")]),
          S("He promised a response."),
          S("Korlev is home to most of Peltaria's submarine fleet.")),
    ],
    "post": ["(Reporting by Maeve Linford; editing by Colm Deverell)", "", "© 2036 Crossline Wire. All rights reserved."],
    "removed": ["May 15, 2036 · 21:10 CEST", "By Maeve Linford", "Reporting by Maeve Linford", "editing by Colm Deverell",
                "© 2036 Crossline Wire"],
}

# ------------------------------------------------------------------ Der Wachposten (de nationalist blog, RSS; Friday; omits the denial)

WACH_CHANNEL = {"title": "Der Wachposten – Stimme der Heimat", "link": "https://wachposten.example/",
                "description": "Was andere verschweigen", "language": "de"}

WACHPOSTEN = {
    "input": "dev20/wachposten.rss#wp-2036-05-16-korlev", "story": SID, "event": EV1,
    "publisher": "Der Wachposten", "published": "2036-05-16T20:00:00+02:00",
    "language": "de", "authors": ["Holger Tramm"], "sensational": True,
    "blocks": [
        H("Endlich! Regierung wirft das haskonische Spionagenest raus",
          claims=[ST("Regierung wirft das haskonische Spionagenest raus", *EXPEL, "kv-expel")],
          loaded=[L("Spionagenest", "demonising")]),
        P(S("Neun Agenten mit Diplomatenpass müssen binnen 72 Stunden verschwinden.",
            claims=[Q("Neun Agenten", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU),
                    Q("binnen 72 Stunden", 72, "hour", "duration", "up-to", subject=DEADLINE, group="kv-deadline", time=None)],
            loaded=[L("Agenten mit Diplomatenpass", "demonising")]),
          S("Monatelang haben sie unseren Marinestützpunkt Korlev ausgespäht.",
            claims=[ST("Monatelang haben sie unseren Marinestützpunkt Korlev ausgespäht", *SPIED, "kv-spying")]),
          S("Dutzende Male wurden sie am Zaun erwischt.",
            claims=[Q("Dutzende Male", 24, None, None, "at-least", subject=SIGHTINGS, group="kv-sightings", time=None)]),
          S("Dabei sitzen in dieser Botschaft mehr als 40 Leute, und jeder von ihnen arbeitet für Veldnor.",
            claims=[Q("mehr als 40 Leute", 40, "person", None, "more-than", subject=STAFF, group="kv-staff", time=None)])),
        P(S("Wie lange wollen wir uns das noch gefallen lassen?", "opinion"),
          S("Seit Jahren warnen wir vor der haskonischen Unterwanderung unseres Landes.", "opinion",
            loaded=[L("Unterwanderung", "propaganda")]),
          S("Unsere 3.000 tapferen Marinesoldaten in Korlev verdienen Schutz vor diesen Leuten!", "opinion",
            claims=[Q("3.000 tapferen Marinesoldaten", 3000, "sailor", None, subject="sailors at the korlev naval base", group="kv-sailors", time=None)],
            loaded=[L("tapferen Marinesoldaten", "glorifying")]),
          S("Teilt diesen Beitrag, bevor er wieder gelöscht wird!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Telegram · E-Mail</p>\n<p class="donate">Unabhängig dank Ihrer Spende – schon ab 5 Euro</p>',
    "removed": ["Teilen: Telegram · E-Mail", "Unabhängig dank Ihrer Spende", "schon ab 5 Euro"],
}

# ------------------------------------------------------------------ Funke von unten (de left-wing blog, RSS; Friday)

FUNKE_CHANNEL = {"title": "Funke von unten", "link": "https://funke-von-unten.example/",
                 "description": "Antimilitaristisch. Solidarisch. Unbequem.", "language": "de"}

FUNKE = {
    "input": "dev20/funke.rss#funke-2036-05-16-korlev", "story": SID, "event": EV1,
    "publisher": "Funke von unten", "published": "2036-05-16T18:00:00+02:00",
    "language": "de", "authors": ["Lea Wunderlich"], "sensational": True,
    "blocks": [
        H("Säbelrasseln in Astran: Die Regierung braucht einen Feind",
          loaded=[L("Säbelrasseln", "propaganda")]),
        P(S("Die Regierung hat ein Dutzend haskonische Diplomaten ausgewiesen, angeblich wegen „Spionage“ am Marinestützpunkt Korlev.",
            claims=[ST("Die Regierung hat ein Dutzend haskonische Diplomaten ausgewiesen", *EXPEL, "kv-expel"),
                    Q("ein Dutzend haskonische Diplomaten", 12, "person", None, subject=EXPELLED, group="kv-expelled", time=THU),
                    ST("angeblich wegen „Spionage“ am Marinestützpunkt Korlev", *SPIED, "kv-spying", hedged=True)],
            loaded=[L("„Spionage“", "propaganda", "distancing")]),
          S("Beweise hat das Außenministerium bisher keine vorgelegt."),
          S("Haskoniens Außenminister Edvin Sarlo nennt die Vorwürfe haltlos.",
            claims=[ST("Haskoniens Außenminister Edvin Sarlo nennt die Vorwürfe haltlos", *SPIED, "kv-spying", source=SARLO, denial=True)])),
        P(S("Wem nützt die Aufregung?", "opinion"),
          S("Den Kriegstreibern im Verteidigungsministerium, die gerade 2,4 Milliarden Euro für den Ausbau von Korlev durchsetzen wollen.", "opinion",
            claims=[Q("2,4 Milliarden Euro", 2400000000, "eur", "cost", subject="expansion of the korlev naval base", group="kv-budget", time=None)],
            loaded=[L("Kriegstreibern", "demonising")]),
          S("Frieden schafft man nicht mit Ausweisungen!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Signal</p>\n<p class="abo">Funke von unten gibt es auch gedruckt – 4 Ausgaben für 10 Euro</p>',
    "removed": ["Teilen: Mastodon · Signal", "Funke von unten gibt es auch gedruckt", "4 Ausgaben für 10 Euro"],
}

# ------------------------------------------------------------------ Harbourline (en broadcaster, Atom; Saturday; event 2)

HARBOURLINE = {
    "input": "dev20/harbourline.atom#tag:harbourline.example,2036:world/haskonia-expels-3318", "story": SID, "event": EV2,
    "publisher": "Harbourline", "published": "2036-05-17T16:30:00+02:00",
    "language": "en", "authors": ["Owen Castellane"], "sensational": False,
    "blocks": [
        H("Haskonia expels nine Peltarian diplomats in tit-for-tat move",
          claims=[ST("Haskonia expels nine Peltarian diplomats", *RETALIATE, "kv-retaliate"),
                  Q("nine Peltarian diplomats", 9, "person", None, subject="peltarian diplomats expelled by haskonia", group="kv-retaliated", time=SAT)]),
        P(S("Haskonia on Saturday ordered nine Peltarian diplomats to leave the country, answering Peltaria's expulsion of nine Haskonians on Thursday.",
            claims=[ST("Haskonia on Saturday ordered nine Peltarian diplomats to leave the country", *RETALIATE, "kv-retaliate"),
                    Q("nine Peltarian diplomats", 9, "person", None, subject="peltarian diplomats expelled by haskonia", group="kv-retaliated", time=SAT),
                    ST("Peltaria's expulsion of nine Haskonians on Thursday", *EXPEL, "kv-expel"),
                    Q("nine Haskonians", 9, "person", None, subject=EXPELLED, group="kv-expelled", time=THU)]),
          S("The expelled Haskonians left Astran by train on Saturday morning."),
          S("Peltaria accuses them of spying on Korlev, where about 3,000 sailors are based.",
            claims=[ST("Peltaria accuses them of spying on Korlev", *SPIED, "kv-spying", source="peltaria"),
                    Q("about 3,000 sailors", 3000, "sailor", "deployed", "about", subject="sailors at the korlev naval base", group="kv-sailors", time=None)])),
        P(S("Haskonia again denied that any of its diplomats had spied on the Korlev naval base.",
            claims=[ST("Haskonia again denied that any of its diplomats had spied on the Korlev naval base", *SPIED, "kv-spying", source="haskonia", denial=True)]),
          S("Trade between the two neighbours, worth about €9 billion a year, is not affected, both governments said.",
            claims=[Q("about €9 billion", 9000000000, "eur", None, "about", subject="trade between peltaria and haskonia", source="governments", group="kv-trade", time=None)])),
    ],
    "extra": '<p class="watch">Watch: <a href="https://harbourline.example/video/astran-station">Diplomats leave Astran (1 min)</a></p>',
    "removed": ["Diplomats leave Astran", "(1 min)"],
}

FEED = {"title": "Harbourline – World", "link": "https://harbourline.example/world", "id": "tag:harbourline.example,2036:world",
        "updated": "2036-05-17T16:30:00+02:00", "language": "en"}

ARTICLES = [PRF, CROSSLINE, WACHPOSTEN, FUNKE, HARBOURLINE]

REWRITES = []


def files():
    return {
        "korlev-prf.html": (render_html(PRF, PRF_SITE), False),
        "korlev-crossline.txt": (render_txt(CROSSLINE), False),
        "wachposten.rss": (render_rss(WACH_CHANNEL, [(WACHPOSTEN, "wp-2036-05-16-korlev",
                                                      "https://wachposten.example/2036/05/16/spionagenest", WACHPOSTEN["extra"])]), False),
        "funke.rss": (render_rss(FUNKE_CHANNEL, [(FUNKE, "funke-2036-05-16-korlev",
                                                  "https://funke-von-unten.example/2036/05/16/saebelrasseln", FUNKE["extra"])]), False),
        "harbourline.atom": (render_atom(FEED, [(HARBOURLINE, "tag:harbourline.example,2036:world/haskonia-expels-3318",
                                                 "https://harbourline.example/world/haskonia-expels-3318", HARBOURLINE["extra"])]), False),
    }
