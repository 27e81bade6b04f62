"""dev16 story 4: Lyskarien holds the military exercise "Stahlwinter 31" in the Harnau region near the Orvanian border
(22–28 September 2031); Orvanien says a Lyskarian drone entered its airspace on Tuesday, 23 September, Lyskarien denies it,
and the two governments give rival troop counts and distances.

The Orvanian defence ministry's German press release on Tuesday (its own figures, the charge, Lyskarien's denial as it
reports it), an English wire report on Wednesday, its rewrite by an English aggregator (JSON Lines item with `html`; the
file is written by the teachers' strike module) and a German nationalist blog (RSS) that states the incursion as fact,
omits the denial, counts "Zehntausende" and demands a higher defence budget. Invented by the Parallax team: countries,
region, villages, ministers, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, headline

SID = "st-stahlwinter-exercise"
EV = "ev-stahlwinter-exercise"
STORY = {"id": SID, "label": "Lyskarian exercise Stahlwinter near the Orvanian border",
         "events": [{"id": EV, "label": "Lyskarien's exercise Stahlwinter 31 near the border; Orvanien reports a drone incursion, Lyskarien denies it (22–28 September 2031)"}]}

ORV_MIL = "orvanian military"
LYS_MIL = "lyskarian military"
EXERCISE = "stahlwinter 31 exercise"
DRONE = ("lyskaria", "deployed", "drone into orvanian airspace near oberlitz")
SPAN = T("2031-09-22", "2031-09-28")
TUE = T("2031-09-23", "2031-09-23")

GROUPS = [
    {"id": "sw-troops", "story": SID, "status": "conflicting",
     "why": "12,000 soldiers by Lyskarien's count (release, Calloway, Newsbyte) against up to 30,000 by Orvanian intelligence (release, Calloway, Newsbyte) and the blog's 'Zehntausende': two governments put one figure in different places, nobody denies a count."},
    {"id": "sw-tanks", "story": SID, "status": "agreed", "why": "180 tanks by Lyskarien's figures (release, Calloway)."},
    {"id": "sw-aircraft", "story": SID, "status": "agreed", "why": "40 aircraft by Lyskarien's figures (release, Calloway)."},
    {"id": "sw-armoured", "story": SID, "status": "single-source", "why": "Only the release: more than 400 armoured vehicles seen by Orvanian reconnaissance."},
    {"id": "sw-distance", "story": SID, "status": "conflicting",
     "why": "Only 15 kilometres from the border by Orvanien's account (release, Calloway, Newsbyte, blog) against more than 40 kilometres (25 miles) by Lyskarien's (Calloway, Newsbyte)."},
    {"id": "sw-drone", "story": SID, "status": "disputed",
     "why": "Orvanien says a Lyskarian drone entered its airspace near Oberlitz (release, Calloway, Newsbyte); the blog states it as fact; Lyskarien denies it (release, Calloway, Newsbyte); the blog omits the denial."},
    {"id": "sw-drone-minutes", "story": SID, "status": "agreed", "why": "The drone flew for eleven minutes over Orvanian territory, Orvanien's figure (release, Calloway, Newsbyte, blog)."},
    {"id": "sw-drone-depth", "story": SID, "status": "disputed",
     "why": "Up to six kilometres inside Orvanien by Orvanien's account (release; Calloway 'up to 6 kilometres (3.7 miles)'; blog as fact) against Lyskarien's counter-figure in its denial, at least 5 kilometres short of the border (Calloway)."},
    {"id": "sw-reinforce", "story": SID, "status": "agreed", "why": "About 2,500 additional Orvanian soldiers moved to the border (release, Calloway, Newsbyte, blog)."},
    {"id": "sw-duration", "story": SID, "status": "agreed", "why": "The exercise lasts seven days (release 'siebentägige', Calloway 'week-long' is no figure; blog 'sieben Tage')."},
    {"id": "sw-threshold", "story": SID, "status": "agreed", "why": "The Selmar Accord's threshold of more than 9,000 soldiers (Calloway, Newsbyte)."},
    {"id": "sw-notice", "story": SID, "status": "single-source", "why": "Only Calloway: exercises must be announced 42 days in advance."},
    {"id": "sw-budget-now", "story": SID, "status": "single-source", "why": "Only the blog: Orvanien spends 1.4 percent of its economic output on defence."},
    {"id": "sw-budget-demand", "story": SID, "status": "single-source", "why": "Only the blog: it demands three percent."},
]

# ------------------------------------------------------------------ Orvanian defence ministry (de press release, dateline block; Tuesday)

PR = {
    "input": "dev16/stahlwinter-ministerium.txt", "story": SID, "event": EV,
    "publisher": "Verteidigungsministerium der Republik Orvanien", "published": "2031-09-23T16:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Pressemitteilung Nr. 112/2031", "Verteidigungsministerium der Republik Orvanien", "Tarnholm, 23. September 2031"],
    "blocks": [
        H("Lyskarische Drohne verletzt orvanischen Luftraum – Ministerium bestellt Botschafter ein",
          claims=[ST("Lyskarische Drohne verletzt orvanischen Luftraum", *DRONE, "sw-drone", source=ORV_MIL)]),
        P(S("Am Dienstagmorgen ist eine unbemannte Aufklärungsdrohne aus Lyskarien bei der Ortschaft Oberlitz in den orvanischen Luftraum eingedrungen.",
            claims=[ST("ist eine unbemannte Aufklärungsdrohne aus Lyskarien bei der Ortschaft Oberlitz in den orvanischen Luftraum eingedrungen", *DRONE, "sw-drone", source=ORV_MIL)]),
          S("Die Drohne flog elf Minuten über orvanischem Gebiet und drang bis zu sechs Kilometer tief ein, bevor sie nach Lyskarien zurückkehrte.",
            claims=[Q("elf Minuten", 11, "minute", "duration", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-minutes", time=TUE),
                    Q("bis zu sechs Kilometer", 6, "kilometre", "distance", "up-to", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-depth", time=TUE)]),
          S("Sie wurde von der Flugabwehr durchgehend verfolgt.")),
        P(S("Der Vorfall ereignete sich während der siebentägigen Übung „Stahlwinter 31“, die Lyskarien am Montag in der Region Harnau begonnen hat.",
            claims=[Q("siebentägigen Übung", 7, "day", "duration", subject=EXERCISE, group="sw-duration", time=SPAN)]),
          S("Das Übungsgebiet liegt nur 15 Kilometer von der Grenze entfernt.",
            claims=[Q("nur 15 Kilometer", 15, "kilometre", "distance", subject="stahlwinter exercise area", source=ORV_MIL, group="sw-distance", time=SPAN)]),
          S("Lyskarien hat 12.000 Soldaten, 180 Panzer und 40 Flugzeuge gemeldet.",
            claims=[Q("12.000 Soldaten", 12000, "soldier", "deployed", subject=EXERCISE, source="lyskaria", group="sw-troops", time=SPAN),
                    Q("180 Panzer", 180, "tank", "deployed", subject=EXERCISE, source="lyskaria", group="sw-tanks", time=SPAN),
                    Q("40 Flugzeuge", 40, "aircraft", "deployed", subject=EXERCISE, source="lyskaria", group="sw-aircraft", time=SPAN)])),
        P(S("Nach Erkenntnissen der orvanischen Aufklärung sind in der Region Harnau jedoch bis zu 30.000 Soldaten und mehr als 400 gepanzerte Fahrzeuge zusammengezogen.",
            claims=[Q("bis zu 30.000 Soldaten", 30000, "soldier", "deployed", "up-to", subject=EXERCISE, source="orvanian intelligence", group="sw-troops", time=SPAN),
                    Q("mehr als 400 gepanzerte Fahrzeuge", 400, "vehicle", "deployed", "more-than", subject=EXERCISE, source="orvanian intelligence", group="sw-armoured", time=SPAN)])),
        P(S("Verteidigungsministerin Johanna Tiedeberg hat den lyskarischen Botschafter für Mittwoch einbestellt."),
          S("„Wir werden keine Verletzung unserer Souveränität hinnehmen“, sagte die Ministerin.", "quote"),
          S("Die Streitkräfte haben rund 2.500 zusätzliche Soldaten in die Grenzregion verlegt.",
            claims=[Q("rund 2.500 zusätzliche Soldaten", 2500, "soldier", "deployed", "about", subject="orvanian border reinforcement", source=ORV_MIL, group="sw-reinforce", time=TUE)])),
        P(S("Das lyskarische Verteidigungsministerium bestreitet, dass eine Drohne die Grenze überflogen habe.",
            claims=[ST("Das lyskarische Verteidigungsministerium bestreitet, dass eine Drohne die Grenze überflogen habe", *DRONE, "sw-drone", source=LYS_MIL, denial=True)]),
          S("Das Ministerium hält die Angaben aus Sarnow für unglaubwürdig."),
          S("Die Bürgerinnen und Bürger in der Grenzregion werden gebeten, Ruhe zu bewahren und Beobachtungen von Flugobjekten der Polizei zu melden.")),
    ],
    "post": ["Pressestelle des Verteidigungsministeriums · presse@vm.orvanien.example · Tel. +49 30 5550 7700",
             "Folgen Sie uns auch auf unseren Kanälen in den sozialen Medien."],
    "removed": ["Pressemitteilung Nr. 112/2031", "Tarnholm, 23. September 2031", "Pressestelle des Verteidigungsministeriums",
                "+49 30 5550 7700", "Folgen Sie uns auch auf unseren Kanälen"],
}

# ------------------------------------------------------------------ Calloway Wire (en wire, dateline block; Wednesday)

CALLOWAY = {
    "input": "dev16/stahlwinter-calloway.txt", "story": SID, "event": EV,
    "publisher": "Calloway Wire", "published": "2031-09-24T09:30:00+02:00",
    "language": "en", "authors": ["Ines Halloran"], "sensational": False,
    "pre": ["CALLOWAY WIRE", "Sep 24, 2031 09:30 CEST", "By Ines Halloran"],
    "blocks": [
        H("Orvania summons Lyskarian envoy over drone as border drills stoke tension"),
        P(S("Orvania summoned Lyskaria's ambassador on Wednesday after accusing its neighbour of flying a military drone into Orvanian airspace during a large exercise near the border.",
            claims=[ST("accusing its neighbour of flying a military drone into Orvanian airspace", *DRONE, "sw-drone", source="orvania")]),
          S("The defence ministry in Tarnholm said the drone crossed near the village of Oberlitz on Tuesday and flew for 11 minutes, up to 6 kilometres (3.7 miles) inside the country.",
            claims=[Q("flew for 11 minutes", 11, "minute", "duration", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-minutes", time=TUE),
                    Q("up to 6 kilometres", 6, "kilometre", "distance", "up-to", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-depth", time=TUE),
                    Q("3.7 miles", 3.7, "mile", "distance", "up-to", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-depth", time=TUE)]),
          S("Lyskaria's defence ministry denied that any of its drones had entered Orvanian airspace, saying they had stayed at least 5 kilometres from the border.",
            claims=[ST("Lyskaria's defence ministry denied that any of its drones had entered Orvanian airspace", *DRONE, "sw-drone", source=LYS_MIL, denial=True),
                    Q("at least 5 kilometres", 5, "kilometre", "distance", "at-least", subject="lyskarian drone flight", source=LYS_MIL, group="sw-drone-depth", time=TUE)])),
        P(S("Lyskaria says 12,000 troops, 180 tanks and 40 aircraft are taking part in the week-long Stahlwinter exercise, which began on Monday.",
            claims=[Q("12,000 troops", 12000, "soldier", "deployed", subject=EXERCISE, source="lyskaria", group="sw-troops", time=SPAN),
                    Q("180 tanks", 180, "tank", "deployed", subject=EXERCISE, source="lyskaria", group="sw-tanks", time=SPAN),
                    Q("40 aircraft", 40, "aircraft", "deployed", subject=EXERCISE, source="lyskaria", group="sw-aircraft", time=SPAN)]),
          S("Orvanian intelligence puts the number of troops at up to 30,000.",
            claims=[Q("up to 30,000", 30000, "soldier", "deployed", "up-to", subject=EXERCISE, source="orvanian intelligence", group="sw-troops", time=SPAN)])),
        P(S("The governments also disagree on where the drills are taking place."),
          S("Orvania says the exercise area is only 15 kilometres from the border, while Lyskaria says it is more than 40 kilometres (25 miles) away.",
            claims=[Q("only 15 kilometres", 15, "kilometre", "distance", subject="stahlwinter exercise area", source="orvania", group="sw-distance", time=SPAN),
                    Q("more than 40 kilometres", 40, "kilometre", "distance", "more-than", subject="stahlwinter exercise area", source="lyskaria", group="sw-distance", time=SPAN),
                    Q("25 miles", 25, "mile", "distance", "more-than", subject="stahlwinter exercise area", source="lyskaria", group="sw-distance", time=SPAN)])),
        P(S("Under the Selmar Accord, which both countries signed, exercises involving more than 9,000 troops must be announced to neighbours 42 days in advance.",
            claims=[Q("more than 9,000 troops", 9000, "soldier", "size", "more-than", subject="selmar accord threshold", group="sw-threshold", time=None),
                    Q("42 days", 42, "day", "duration", subject="selmar accord notice", group="sw-notice", time=None)]),
          S("Lyskaria says it gave that notice in August.")),
        P(S("Orvania has moved some 2,500 additional troops to the border region.",
            claims=[Q("some 2,500 additional troops", 2500, "soldier", "deployed", "about", subject="orvanian border reinforcement", group="sw-reinforce", time=TUE)]),
          S("“These are routine manoeuvres on our own soil,” Lyskarian defence minister Oleg Marhunen told state television.", "quote"),
          S("Diplomats in Tarnholm said they expected the row to ease once the exercise ends on Sunday.")),
    ],
    "post": ["(Reporting by Ines Halloran; editing by Paul Ostrander)", "", "Copyright 2031 Calloway Wire. All rights reserved."],
    "removed": ["Sep 24, 2031 09:30 CEST", "By Ines Halloran", "(Reporting by Ines Halloran; editing by Paul Ostrander)",
                "Copyright 2031 Calloway Wire"],
}

# ------------------------------------------------------------------ Newsbyte (en aggregator, JSON Lines item with html; rewrite of Calloway)

BYTE_SITE = {
    "nav": ["Top stories", "World", "Business", "Science", "Sport", "My feed"],
    "cookie": "Newsbyte uses cookies to personalise your feed. Manage preferences",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Sep 24, 2031 · 10:40",
    "share": "Save · Share · 53 comments",
    "ad": "Newsbyte Pro: ad-free reading, 30-day free trial",
    "related_title": "More on Newsbyte",
    "related": ["Explainer: 7 things to know about the Selmar Accord", "Defence stocks up 2% in early trading",
                "Map: where Lyskaria's troops are based"],
    "footer": "© 2031 Newsbyte Ltd · Privacy · Terms",
    "after": '<p class="source">Source: Calloway Wire</p>',
}

BYTE = {
    "input": "dev16/news.jsonl#nb-7731902", "story": SID, "event": EV,
    "publisher": "Newsbyte", "published": "2031-09-24T10:40:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Orvania summons Lyskaria's ambassador over alleged drone incursion",
          claims=[ST("alleged drone incursion", *DRONE, "sw-drone", source="orvania", hedged=True)]),
        P(S("Orvania on Wednesday summoned the Lyskarian ambassador, accusing Lyskaria of sending a military drone into its airspace during war games close to the border.",
            claims=[ST("accusing Lyskaria of sending a military drone into its airspace", *DRONE, "sw-drone", source="orvania")]),
          S("According to the Orvanian defence ministry, the drone flew over Orvanian territory for 11 minutes on Tuesday near Oberlitz.",
            claims=[Q("for 11 minutes", 11, "minute", "duration", subject="lyskarian drone flight", source=ORV_MIL, group="sw-drone-minutes", time=TUE)]),
          S("Lyskaria denies the incursion.",
            claims=[ST("Lyskaria denies the incursion", *DRONE, "sw-drone", source="lyskaria", denial=True)])),
        P(S("Lyskaria says 12,000 soldiers are taking part in the Stahlwinter drills; Orvanian intelligence says up to 30,000.",
            claims=[Q("12,000 soldiers", 12000, "soldier", "deployed", subject=EXERCISE, source="lyskaria", group="sw-troops", time=SPAN),
                    Q("up to 30,000", 30000, "soldier", "deployed", "up-to", subject=EXERCISE, source="orvanian intelligence", group="sw-troops", time=SPAN)]),
          S("The two sides also give different distances: 15 kilometres from the border according to Orvania, more than 40 according to Lyskaria.",
            claims=[Q("15 kilometres", 15, "kilometre", "distance", subject="stahlwinter exercise area", source="orvania", group="sw-distance", time=SPAN),
                    Q("more than 40", 40, "kilometre", "distance", "more-than", subject="stahlwinter exercise area", source="lyskaria", group="sw-distance", time=SPAN)])),
        P(S("Exercises with more than 9,000 troops have to be announced in advance under the Selmar Accord.",
            claims=[Q("more than 9,000 troops", 9000, "soldier", "size", "more-than", subject="selmar accord threshold", group="sw-threshold", time=None)]),
          S("Orvania has sent about 2,500 extra soldiers to the border.",
            claims=[Q("about 2,500 extra soldiers", 2500, "soldier", "deployed", "about", subject="orvanian border reinforcement", group="sw-reinforce", time=TUE)]),
          S("The exercise is due to end on Sunday.")),
        P(S("Lyskaria's defence minister called the drills routine manoeuvres on Lyskarian soil."),
          S("Relations between the neighbours have been strained since a dispute over fishing rights flared up last year."),
          S("The Orvanian foreign ministry said it would raise the incident with the Selmar Accord's monitoring commission."),
          S("Diplomats expect the row to calm down after Sunday.")),
    ],
    "removed": ["Newsbyte uses cookies", "Sep 24, 2031 · 10:40", "53 comments", "30-day free trial",
                "Explainer: 7 things to know about the Selmar Accord", "Defence stocks up 2% in early trading",
                "Map: where Lyskaria's troops are based", "© 2031 Newsbyte Ltd", "Source: Calloway Wire"],
}

# ------------------------------------------------------------------ Grenzwacht (de nationalist blog, RSS; omits the denial)

CHANNEL = {"title": "Grenzwacht", "link": "https://grenzwacht.example",
           "description": "Für ein starkes Orvanien. Unabhängig, unbequem, wachsam.", "language": "de"}

BLOG = {
    "input": "dev16/grenzwacht.rss#gw-2031-09-24-stahlwinter", "story": SID, "event": EV,
    "publisher": "Grenzwacht", "published": "2031-09-24T19:00:00+02:00",
    "language": "de", "authors": ["Ulf Brandstetter"], "sensational": True,
    "blocks": [
        H("Lyskarische Spionagedrohne über Oberlitz: Der Aggressor testet uns – und Tarnholm schläft",
          claims=[ST("Lyskarische Spionagedrohne über Oberlitz", *DRONE, "sw-drone")],
          loaded=[L("Aggressor", "demonising")]),
        P(S("Jetzt ist es passiert: Eine lyskarische Drohne ist elf Minuten lang über orvanischem Boden gekreist, bis zu sechs Kilometer tief im Land.",
            claims=[ST("Eine lyskarische Drohne ist elf Minuten lang über orvanischem Boden gekreist", *DRONE, "sw-drone"),
                    Q("elf Minuten", 11, "minute", "duration", subject="lyskarian drone flight", group="sw-drone-minutes", time=TUE),
                    Q("bis zu sechs Kilometer", 6, "kilometre", "distance", "up-to", subject="lyskarian drone flight", group="sw-drone-depth", time=TUE)]),
          S("Gleichzeitig marschieren Zehntausende lyskarische Soldaten nur 15 Kilometer vor unserer Grenze auf.",
            claims=[Q("Zehntausende lyskarische Soldaten", 20000, "soldier", "deployed", "at-least", subject=EXERCISE, group="sw-troops", time=SPAN),
                    Q("nur 15 Kilometer", 15, "kilometre", "distance", subject="stahlwinter exercise area", group="sw-distance", time=SPAN)]),
          S("Sieben Tage lang spielt das Regime in Sarnow vor unserer Haustür Krieg.", "opinion",
            claims=[Q("Sieben Tage", 7, "day", "duration", subject=EXERCISE, group="sw-duration", time=SPAN)],
            loaded=[L("Regime", "demonising")])),
        P(S("Und was tut unsere Regierung?", "opinion"),
          S("Sie bestellt einen Botschafter ein und schickt gerade einmal 2.500 Soldaten an die Grenze.",
            claims=[Q("2.500 Soldaten", 2500, "soldier", "deployed", subject="orvanian border reinforcement", group="sw-reinforce", time=TUE)],
            loaded=[L("gerade einmal", "belittling")]),
          S("Die Schlafwandler im Ministerium glauben offenbar noch immer, man könne mit Kriegstreibern verhandeln.", "opinion",
            loaded=[L("Schlafwandler", "belittling"), L("Kriegstreibern", "demonising")])),
        P(S("Seit Jahren wird unsere Armee kaputtgespart.", "opinion", loaded=[L("kaputtgespart", "alarmist")]),
          S("Orvanien gibt nur 1,4 Prozent seiner Wirtschaftsleistung für die Verteidigung aus.",
            claims=[Q("1,4 Prozent", 1.4, "percent", None, subject="orvanian defence budget", group="sw-budget-now", time=None)]),
          S("Mein Großvater hat noch erzählt, wie die Grenzdörfer im Winter 1958 von der Welt abgeschnitten waren und niemand kam, um sie zu schützen.", "opinion"),
          S("Soll sich das wiederholen?", "opinion")),
        P(S("Wir fordern: Drei Prozent für die Verteidigung, sofort!", "opinion",
            claims=[Q("Drei Prozent", 3, "percent", None, subject="orvanian defence budget", group="sw-budget-demand", time=None)]),
          S("Festung Orvanien statt Appeasement!", "opinion", loaded=[L("Festung Orvanien", "propaganda")]),
          S("Teilen Sie diesen Beitrag, damit endlich alle aufwachen!", "opinion")),
    ],
    "extra": '<p class="spende">Grenzwacht lebt von Ihrer Unterstützung – schon 3 € helfen.</p>'
             '\n<p class="tags">Schlagworte: Lyskarien · Drohne · Grenze · Verteidigung</p>',
    "removed": ["Grenzwacht lebt von Ihrer Unterstützung", "schon 3 € helfen", "Schlagworte: Lyskarien · Drohne · Grenze · Verteidigung"],
}

PR["blocks"].insert(6, P(
    S("Die Luftverteidigung im Norden wurde in erhöhte Bereitschaft versetzt."),
    S("Für die Bevölkerung besteht nach Einschätzung des Ministeriums keine unmittelbare Gefahr."),
    S("Zivile Flüge im Grenzgebiet sind nicht betroffen."),
    S("Die Ministerin wird am Donnerstag den Verteidigungsausschuss des Parlaments unterrichten."),
    S("Auch das Außenministerium hat gegenüber Lyskarien förmlich Protest eingelegt."),
    S("Das Ministerium steht in engem Austausch mit den Partnern des Selmar-Abkommens und wird weitere Informationen veröffentlichen, sobald die Auswertung der Radardaten abgeschlossen ist.")))

BLOG["blocks"].insert(3, P(
    S("Die Menschen in Oberlitz haben die Drohne mit eigenen Augen gesehen."),
    S("Ein Landwirt hat sie mit dem Handy gefilmt, das Video kursiert seit gestern im Netz."),
    S("Doch in Tarnholm redet man lieber von Diplomatie und Dialog.", "opinion"),
    S("Wer die Geschichte unseres Landes kennt, weiß: Schwäche lädt den Gegner nur ein.", "opinion"),
    S("Unsere Soldaten an der Grenze verdienen jede Unterstützung, aber sie brauchen Ausrüstung statt Sonntagsreden.", "opinion")))

BYTE["blocks"][-1]["sentences"].insert(3, S("Orvania's defence minister is expected to brief parliament on Thursday."))
BYTE["blocks"][-1]["sentences"].insert(4, S("Oberlitz lies in a sparsely populated area of forests and farmland close to the border."))

BLOG["blocks"].insert(5, P(
    S("In Sarnow nennt man das alles eine Routineübung."),
    S("Jeder, der an der Grenze lebt, weiß es besser.", "opinion"),
    S("Routine ist hierzulande nur eines: dass unsere Regierung wegschaut.", "opinion"),
    S("Wir bleiben an diesem Fall dran und berichten, was die Regierung lieber verschweigen möchte.", "opinion")))

ARTICLES = [PR, CALLOWAY, BYTE, BLOG]

REWRITES = [["dev16/stahlwinter-calloway.txt", "dev16/news.jsonl#nb-7731902"]]


def jsonl_item():
    """The Newsbyte item of dev16/news.jsonl (the file is written by the teachers' strike module)."""
    return {"id": "nb-7731902", "url": "https://newsbyte.example/world/orvania-lyskaria-drone-7731902",
            "title": headline(BYTE), "html": render_html(BYTE, BYTE_SITE), "publisher": BYTE["publisher"],
            "published": BYTE["published"], "language": "en", "section": "World"}


def files():
    return {
        "stahlwinter-ministerium.txt": (render_txt(PR), False),
        "stahlwinter-calloway.txt": (render_txt(CALLOWAY), False),
        "grenzwacht.rss": (render_rss(CHANNEL, [(BLOG, "gw-2031-09-24-stahlwinter",
                                                 "https://grenzwacht.example/2031/09/24/spionagedrohne-oberlitz", BLOG["extra"])]), False),
    }
