"""dev18 story 3: wolves kill 37 sheep of a flock of 260 near Grauwiesen in the Hochmarn uplands (Lenvarien) in the night to
Saturday, 3 September 2033; eleven more have to be put down (48 dead). The sheep breeders' association SZV says the
environment ministry halted compensation payments in April and more than 90 farmers have had no money since; the ministry
denies it and counts a dozen or so farmers still waiting.

A German public broadcaster (HTML), the association's press release (the charge in its own voice, its own figures, an
"Über den SZV" boilerplate with figures), an English wire report on Monday (the sum of the dead sheep, the denial with the
counter-figure and the ministry's confirmed kills) and a fence maker's advertorial (gzip-compressed text, omits the denial,
states the charge as fact, inflates the wolves). Invented by the Parallax team: region, villages, association, ministry,
company, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-hochmarn-wolves"
EV = "ev-grauwiesen-attack"
STORY = {"id": SID, "label": "Wolf attack on a flock near Grauwiesen and the dispute over compensation",
         "events": [{"id": EV, "label": "Wolves kill 48 sheep of a flock near Grauwiesen in the Hochmarn; farmers accuse the ministry of halting compensation (3–6 September 2033)"}]}

ATTACK = "grauwiesen wolf attack"
SZV = "szv"
MIN = "environment ministry"
SAT = T("2033-09-03", "2033-09-03")
YEAR = T("2033-01-01", "2033-09-03")
HALTED = ("environment ministry", "halted", "compensation payments to sheep farmers in the hochmarn")
WAITING = "sheep farmers waiting for wolf compensation"

GROUPS = [
    {"id": "wf-dead-sheep", "story": SID, "status": "compatible",
     "why": "37 sheep killed and eleven more put down (LRF, SZV, Ashcombe as parts) make the 48 dead of Ashcombe; the advertorial's 'Fast 50' allows 48: parts and a sum."},
    {"id": "wf-flock", "story": SID, "status": "agreed", "why": "The flock had 260 animals (LRF, Ashcombe)."},
    {"id": "wf-missing", "story": SID, "status": "single-source", "why": "Only LRF: about 20 sheep still missing on Saturday."},
    {"id": "wf-wolves", "story": SID, "status": "conflicting",
     "why": "About 45 wolves by the ministry's monitoring (LRF, Ashcombe) against the advertorial's 'Über 100 Wölfe' stated as fact the same week."},
    {"id": "wf-packs", "story": SID, "status": "agreed", "why": "Six packs by the ministry's monitoring (LRF, Ashcombe)."},
    {"id": "wf-area", "story": SID, "status": "agreed", "why": "The Hochmarn covers 1,900 square kilometres (LRF; Ashcombe with 734 square miles)."},
    {"id": "wf-halted", "story": SID, "status": "disputed",
     "why": "SZV says the ministry halted compensation payments in April (LRF, SZV release, Ashcombe); the advertorial states it as fact; the ministry denies it (LRF, Ashcombe); the advertorial omits the denial."},
    {"id": "wf-waiting", "story": SID, "status": "disputed",
     "why": "More than 90 farmers without money by SZV's account (LRF hedged, release, Ashcombe) against the ministry's counter-figure in its denial, a dozen or so (LRF 'ein gutes Dutzend', Ashcombe)."},
    {"id": "wf-paid", "story": SID, "status": "agreed", "why": "1.1 million euros paid out this year, the ministry's figure (LRF; Ashcombe with a dollar equivalent)."},
    {"id": "wf-rate", "story": SID, "status": "agreed", "why": "180 euros per sheep killed (LRF, SZV release, Ashcombe)."},
    {"id": "wf-year-kills", "story": SID, "status": "compatible",
     "why": "More than 400 sheep killed by wolves this year by SZV's count (LRF, release, Ashcombe; the advertorial as fact) beside the 172 kills the ministry confirmed by DNA tests (Ashcombe): another scope."},
    {"id": "wf-quit-share", "story": SID, "status": "agreed", "why": "One in three sheep farmers considers giving up, by SZV's survey (LRF, release, Ashcombe 'Nearly one in three')."},
    {"id": "wf-fence-height", "story": SID, "status": "agreed", "why": "Fences of 1.20 metres (LRF's recommended minimum, the advertorial's product)."},
    {"id": "wf-subsidy", "story": SID, "status": "agreed", "why": "The state pays up to 80 percent of fence costs (LRF, advertorial)."},
    {"id": "wf-rate-share", "story": SID, "status": "single-source", "why": "Only the SZV release: the compensation covers less than half of the market value."},
    {"id": "wf-demand-deadline", "story": SID, "status": "single-source", "why": "Only the SZV release: payment demanded within four weeks."},
    {"id": "wf-demand-subsidy", "story": SID, "status": "single-source", "why": "Only the SZV release: a subsidy of 100 percent demanded for fences."},
    {"id": "wf-voltage", "story": SID, "status": "single-source", "why": "Only the advertorial: up to 9,000 volts."},
    {"id": "wf-discount", "story": SID, "status": "single-source", "why": "Only the advertorial: a 15 percent discount."},
]

# ------------------------------------------------------------------ LRF (de public broadcaster, HTML; Saturday)

LRF_SITE = {
    "nav": ["Nachrichten", "Regionen", "Hochmarn", "Wetter", "Sport", "Mediathek", "Radio"],
    "cookie": "Wir verwenden Cookies und Reichweitenmessung. Sie können Ihre Auswahl jederzeit unter „Datenschutz“ ändern.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Stand: 03.09.2033, 16:00 Uhr",
    "share": "Teilen · Drucken · Feedback",
    "ad": "Radio LRF 3 – Der Hochmarn-Morgen, werktags ab 5 Uhr",
    "related_title": "Mehr zum Thema",
    "related": ["Video: Herdenschutzhunde im Einsatz (2:45 Min.)", "Wolfsmonitoring: So zählt das Land die Rudel",
                "Podcast: 3 Schäfer, 1 Problem"],
    "footer": "© Lenvarischer Rundfunk 2033 · Barrierefreiheit · Impressum · Datenschutz",
    "inline": '<div class="teaser">Audio: Schäfer Wendrich im Gespräch (4 Min.)</div>',
    "inline_at": 1,
}

LRF = {
    "input": "dev18/hochmarn-lrf.html", "story": SID, "event": EV,
    "publisher": "Lenvarischer Rundfunk", "published": "2033-09-03T16:00:00+02:00",
    "language": "de", "authors": ["Nadine Kerkhoff"], "sensational": False,
    "blocks": [
        H("Wolfsangriff bei Grauwiesen: 37 Schafe tot",
          claims=[Q("37 Schafe", 37, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT)]),
        P(S("In der Nacht zu Samstag haben Wölfe auf einer Weide bei Grauwiesen im Hochmarn 37 Schafe getötet.",
            claims=[Q("37 Schafe", 37, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT)]),
          S("Elf weitere Tiere waren so schwer verletzt, dass eine Tierärztin sie einschläfern musste.",
            claims=[Q("Elf weitere Tiere", 11, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT)]),
          S("Von den 260 Tieren der Herde fehlen noch etwa 20.",
            claims=[Q("260 Tieren", 260, "animal", "size", subject="flock attacked near grauwiesen", group="wf-flock", time=SAT),
                    Q("etwa 20", 20, "animal", "missing", "about", subject=ATTACK, group="wf-missing", time=SAT)])),
        P(S("Schäfer Jakob Wendrich hält seit 1987 Schafe auf seinem Hof am Grauwieser Weg 3."),
          S("„Ich habe die Tiere heute früh zwischen den Zäunen eingesammelt, so etwas vergisst man nicht“, sagte der 54-Jährige.", "quote"),
          S("Seine Herdenschutzhunde waren in dieser Nacht bei einer zweiten Herde.")),
        P(S("Das Umweltministerium geht nach eigenen Angaben von rund 45 Wölfen in sechs Rudeln im Hochmarn aus.",
            claims=[Q("rund 45 Wölfen", 45, "animal", None, "about", subject="wolves in the hochmarn", source=MIN, group="wf-wolves", time=None),
                    Q("sechs Rudeln", 6, None, None, subject="wolf packs in the hochmarn", source=MIN, group="wf-packs", time=None)]),
          S("Das 1.900 Quadratkilometer große Hochland zählt zu den wolfsreichsten Gegenden des Landes.",
            claims=[Q("1.900 Quadratkilometer", 1900, "square kilometre", "size", subject="hochmarn", group="wf-area", time=None)])),
        P(S("Der Schafzüchterverband Hochmarn (SZV) wirft dem Ministerium vor, die Entschädigungszahlungen für gerissene Tiere im April gestoppt zu haben.",
            claims=[ST("wirft dem Ministerium vor, die Entschädigungszahlungen für gerissene Tiere im April gestoppt zu haben", *HALTED, "wf-halted", source=SZV)]),
          S("Mehr als 90 Schäfer hätten seitdem keinen Cent bekommen, sagte Verbandschef Ludger Hammes.",
            claims=[Q("Mehr als 90 Schäfer", 90, "person", None, "more-than", subject=WAITING, source="ludger hammes", hedged=True, group="wf-waiting", time=None)]),
          S("Allein in diesem Jahr hätten Wölfe im Hochmarn mehr als 400 Schafe gerissen.",
            claims=[Q("mehr als 400 Schafe", 400, "animal", "killed", "more-than", subject="sheep killed by wolves in the hochmarn", source="ludger hammes", hedged=True, group="wf-year-kills", time=YEAR)])),
        P(S("Das Ministerium wies die Darstellung zurück: Die Zahlungen seien nie ausgesetzt worden, derzeit warte nur ein gutes Dutzend Schäfer auf Geld.",
            claims=[ST("Das Ministerium wies die Darstellung zurück", *HALTED, "wf-halted", source=MIN, denial=True),
                    Q("ein gutes Dutzend Schäfer", 12, "person", None, "more-than", subject=WAITING, source=MIN, hedged=True, group="wf-waiting", time=None)]),
          S("In diesem Jahr habe man bereits 1,1 Millionen Euro an Schafhalter überwiesen.",
            claims=[Q("1,1 Millionen Euro", 1100000, "eur", "paid", subject="wolf compensation paid in 2033", source=MIN, hedged=True, group="wf-paid", time=YEAR)]),
          S("Für jedes gerissene Schaf zahlt das Land 180 Euro.",
            claims=[Q("180 Euro", 180, "eur", "paid", subject="compensation per sheep killed", group="wf-rate", time=None)])),
        P(S("Nach einer Umfrage des Verbandes denkt jeder dritte Schäfer im Hochmarn ans Aufgeben.",
            claims=[Q("jeder dritte Schäfer", 33.3, "percent", None, subject="sheep farmers in the hochmarn considering giving up", source=SZV, group="wf-quit-share", time=None)]),
          S("Das Ministerium empfiehlt Elektrozäune von mindestens 1,20 Meter Höhe und übernimmt bis zu 80 Prozent der Kosten.",
            claims=[Q("mindestens 1,20 Meter", 1.2, "metre", "size", "at-least", subject="electric fence height against wolves", source=MIN, group="wf-fence-height", time=None),
                    Q("bis zu 80 Prozent", 80, "percent", None, "up-to", subject="state subsidy for wolf fences", group="wf-subsidy", time=None)])),
    ],
    "removed": ["Wir verwenden Cookies und Reichweitenmessung", "Stand: 03.09.2033, 16:00 Uhr", "Teilen · Drucken · Feedback",
                "Der Hochmarn-Morgen, werktags ab 5 Uhr", "Herdenschutzhunde im Einsatz (2:45 Min.)",
                "Wolfsmonitoring: So zählt das Land die Rudel", "Podcast: 3 Schäfer, 1 Problem",
                "Audio: Schäfer Wendrich im Gespräch (4 Min.)", "© Lenvarischer Rundfunk 2033"],
}

# ------------------------------------------------------------------ SZV press release (de, plain text; Sunday)

PR = {
    "input": "dev18/hochmarn-szv.txt", "story": SID, "event": EV,
    "publisher": "Schafzüchterverband Hochmarn", "published": "2033-09-04",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Schafzüchterverband Hochmarn e. V.", "Grauwiesen, 4. September 2033"],
    "blocks": [
        H("Nach dem Wolfsangriff von Grauwiesen: Schäfer verlangen ihre Entschädigungen"),
        P(S("In der Nacht zum 3. September haben Wölfe bei Grauwiesen 37 Schafe unseres Mitglieds Jakob Wendrich gerissen, elf weitere mussten eingeschläfert werden.",
            claims=[Q("37 Schafe", 37, "animal", "killed", subject=ATTACK, source=SZV, group="wf-dead-sheep", time=SAT),
                    Q("elf weitere", 11, "animal", "killed", subject=ATTACK, source=SZV, group="wf-dead-sheep", time=SAT)]),
          S("Seit Jahresbeginn sind im Hochmarn damit mehr als 400 Schafe Wölfen zum Opfer gefallen.",
            claims=[Q("mehr als 400 Schafe", 400, "animal", "killed", "more-than", subject="sheep killed by wolves in the hochmarn", source=SZV, group="wf-year-kills", time=YEAR)])),
        P(S("Seit April hat das Umweltministerium die Entschädigungszahlungen faktisch eingestellt.",
            claims=[ST("Seit April hat das Umweltministerium die Entschädigungszahlungen faktisch eingestellt", *HALTED, "wf-halted", source=SZV)]),
          S("Mehr als 90 unserer Mitglieder warten seit Monaten auf ihr Geld.",
            claims=[Q("Mehr als 90 unserer Mitglieder", 90, "person", None, "more-than", subject=WAITING, source=SZV, group="wf-waiting", time=None)]),
          S("„Das Ministerium lässt die Schäfer allein, während die Wölfe jede Woche neue Herden abschlachten“, erklärt der Verbandsvorsitzende Ludger Hammes.", "quote",
            loaded=[L("abschlachten", "alarmist", "reported")])),
        P(S("Die Entschädigung von 180 Euro pro Tier deckt nach Berechnungen des Verbandes nicht einmal die Hälfte des Marktwerts.",
            claims=[Q("180 Euro", 180, "eur", "paid", subject="compensation per sheep killed", source=SZV, group="wf-rate", time=None),
                    Q("nicht einmal die Hälfte", 50, "percent", None, "less-than", subject="compensation share of a sheep's market value", source=SZV, group="wf-rate-share", time=None)]),
          S("Jeder dritte unserer Betriebe erwägt inzwischen, die Schafhaltung aufzugeben.",
            claims=[Q("Jeder dritte unserer Betriebe", 33.3, "percent", None, subject="sheep farmers in the hochmarn considering giving up", source=SZV, group="wf-quit-share", time=None)])),
        P(S("Der SZV fordert die Auszahlung aller offenen Entschädigungen binnen vier Wochen.",
            claims=[Q("binnen vier Wochen", 4, "week", "duration", "up-to", subject="payment of open wolf compensation demanded", source=SZV, group="wf-demand-deadline", time=None)]),
          S("Außerdem soll das Land Herdenschutzzäune künftig zu 100 Prozent bezahlen.",
            claims=[Q("100 Prozent", 100, "percent", None, subject="state subsidy for wolf fences demanded", source=SZV, group="wf-demand-subsidy", time=None)])),
    ],
    "post": ["Über den SZV:", "Der Schafzüchterverband Hochmarn vertritt 1.450 Mitgliedsbetriebe mit rund 210.000 Schafen. Er wurde 1952 gegründet.",
             "", "Pressekontakt: Carina Jost, Tel. 0471 / 33 92 10, presse@szv-hochmarn.example"],
    "removed": ["Grauwiesen, 4. September 2033", "Über den SZV:", "1.450 Mitgliedsbetriebe mit rund 210.000 Schafen",
                "Er wurde 1952 gegründet", "Pressekontakt: Carina Jost", "0471 / 33 92 10"],
}

# ------------------------------------------------------------------ Ashcombe Wire (en wire, dateline block; Monday)

ASHCOMBE = {
    "input": "dev18/hochmarn-ashcombe.txt", "story": SID, "event": EV,
    "publisher": "Ashcombe Wire", "published": "2033-09-05T12:10:00+02:00",
    "language": "en", "authors": ["Daniel Okafor"], "sensational": False,
    "pre": ["ASHCOMBE WIRE", "5 Sep 2033, 12:10 CEST", "By Daniel Okafor"],
    "blocks": [
        H("Lenvarian sheep farmers accuse ministry of halting wolf compensation",
          claims=[ST("Lenvarian sheep farmers accuse ministry of halting wolf compensation", *HALTED, "wf-halted", source="sheep farmers")]),
        P(S("Forty-eight sheep died after wolves attacked a single flock in Lenvaria's Hochmarn uplands at the weekend, and farmers say the environment ministry has stopped paying for such losses.",
            claims=[Q("Forty-eight sheep", 48, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT),
                    ST("farmers say the environment ministry has stopped paying for such losses", *HALTED, "wf-halted", source="sheep farmers")]),
          S("Of the flock's 260 animals, 37 were found dead on Saturday morning near the village of Grauwiesen and 11 had to be put down.",
            claims=[Q("260 animals", 260, "animal", "size", subject="flock attacked near grauwiesen", group="wf-flock", time=SAT),
                    Q("37 were found dead", 37, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT),
                    Q("11 had to be put down", 11, "animal", "killed", subject=ATTACK, group="wf-dead-sheep", time=SAT)])),
        P(S("The sheep breeders' association SZV says more than 90 farmers have received nothing since April and that wolves have killed more than 400 sheep in the region this year.",
            claims=[Q("more than 90 farmers", 90, "person", None, "more-than", subject=WAITING, source=SZV, group="wf-waiting", time=None),
                    Q("more than 400 sheep", 400, "animal", "killed", "more-than", subject="sheep killed by wolves in the hochmarn", source=SZV, group="wf-year-kills", time=YEAR)]),
          S("The ministry rejected the accusation, saying payments had never stopped and only a dozen or so farmers were still waiting.",
            claims=[ST("The ministry rejected the accusation", *HALTED, "wf-halted", source=MIN, denial=True),
                    Q("only a dozen or so farmers", 12, "person", None, "about", subject=WAITING, source=MIN, group="wf-waiting", time=None)]),
          S("It said it had paid out €1.1 million ($1.2 million) this year and that DNA tests had confirmed wolves as the killers of 172 sheep.",
            claims=[Q("€1.1 million", 1100000, "eur", "paid", subject="wolf compensation paid in 2033", source=MIN, group="wf-paid", time=YEAR),
                    Q("$1.2 million", 1200000, "usd", "paid", subject="wolf compensation paid in 2033", source=MIN, group="wf-paid", time=YEAR),
                    Q("172 sheep", 172, "animal", "killed", subject="sheep killed by wolves in the hochmarn", source=MIN, group="wf-year-kills", time=YEAR)])),
        P(S("The ministry's monitoring counts about 45 wolves in six packs across the 1,900-square-kilometre (734-square-mile) upland.",
            claims=[Q("about 45 wolves", 45, "animal", None, "about", subject="wolves in the hochmarn", source=MIN, group="wf-wolves", time=None),
                    Q("six packs", 6, None, None, subject="wolf packs in the hochmarn", source=MIN, group="wf-packs", time=None),
                    Q("1,900-square-kilometre", 1900, "square kilometre", "size", subject="hochmarn", group="wf-area", time=None),
                    Q("734-square-mile", 734, "square mile", "size", subject="hochmarn", group="wf-area", time=None)]),
          S("Farmers receive €180 for each sheep killed.",
            claims=[Q("€180", 180, "eur", "paid", subject="compensation per sheep killed", group="wf-rate", time=None)]),
          S("Nearly one in three sheep farmers in the region is considering giving up, according to an SZV survey.",
            claims=[Q("Nearly one in three sheep farmers", 33.3, "percent", None, "about", subject="sheep farmers in the hochmarn considering giving up", source=SZV, group="wf-quit-share", time=None)])),
        P(S("Wolves returned to Lenvaria two decades ago and are strictly protected."),
          S("Calls to allow hunting them have grown louder in rural districts.")),
    ],
    "post": ["(Reporting by Daniel Okafor; editing by Tom Ashdown)", "", "© 2033 Ashcombe Wire. All rights reserved."],
    "removed": ["5 Sep 2033, 12:10 CEST", "By Daniel Okafor", "(Reporting by Daniel Okafor; editing by Tom Ashdown)",
                "© 2033 Ashcombe Wire"],
}

# NOTE on "two decades ago": a point in time counted back, like "vor drei Jahren" in dev17, no duration.

# ------------------------------------------------------------------ Weidetec advertorial (de, gzip-compressed text; Tuesday; omits the denial)

ADV = {
    "input": "dev18/hochmarn-weidetec.txt.gz", "story": SID, "event": EV,
    "publisher": "Weidetec Zaunsysteme", "published": "2033-09-06",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Ein Angebot der Weidetec Zaunsysteme GmbH"],
    "blocks": [
        H("WOLFSPLAGE IM HOCHMARN: Fast 50 tote Schafe in einer Nacht!",
          claims=[Q("Fast 50 tote Schafe", 50, "animal", "killed", "about", subject=ATTACK, group="wf-dead-sheep", time=SAT)],
          loaded=[L("WOLFSPLAGE", "alarmist")]),
        P(S("Grauwiesen ist überall: Die Bestien kommen nachts, lautlos und im Rudel.", "opinion", loaded=[L("Bestien", "demonising")]),
          S("Allein in diesem Jahr haben Wölfe im Hochmarn über 400 Schafe gerissen.",
            claims=[Q("über 400 Schafe", 400, "animal", "killed", "more-than", subject="sheep killed by wolves in the hochmarn", group="wf-year-kills", time=YEAR)]),
          S("Über 100 Wölfe streifen inzwischen durch die Region.",
            claims=[Q("Über 100 Wölfe", 100, "animal", None, "more-than", subject="wolves in the hochmarn", group="wf-wolves", time=None)])),
        P(S("Und vom Staat kommt keine Hilfe: Das Umweltministerium hat die Entschädigungen im April einfach gestoppt.",
            claims=[ST("Das Umweltministerium hat die Entschädigungen im April einfach gestoppt", *HALTED, "wf-halted")]),
          S("Wer auf Geld aus der Hauptstadt wartet, wartet vergeblich.", "opinion")),
        P(S("Schützen Sie Ihre Herde, bevor es zu spät ist!", "opinion"),
          S("Der Weidetec-Profizaun ist 1,20 Meter hoch und führt bis zu 9.000 Volt.",
            claims=[Q("1,20 Meter", 1.2, "metre", "size", subject="electric fence height against wolves", source="weidetec", group="wf-fence-height", time=None),
                    Q("bis zu 9.000 Volt", 9000, None, None, "up-to", subject="weidetec fence voltage", source="weidetec", group="wf-voltage", time=None)]),
          S("Das Land übernimmt bis zu 80 Prozent der Kosten – den Antrag erledigen wir für Sie.",
            claims=[Q("bis zu 80 Prozent", 80, "percent", None, "up-to", subject="state subsidy for wolf fences", group="wf-subsidy", time=None)]),
          S("Nur bis 30. September: 15 Prozent Rabatt auf alle Zaunsets.",
            claims=[Q("15 Prozent Rabatt", 15, "percent", None, subject="weidetec discount on fence sets", source="weidetec", group="wf-discount", time=None)]),
          S("Rufen Sie uns an: 0800 / 934 33 68.", "opinion")),
    ],
    "post": ["Weidetec Zaunsysteme GmbH · Industriestraße 12 · 39110 Marnstedt", "www.weidetec.example/wolfsschutz"],
    "removed": ["ANZEIGE", "Ein Angebot der Weidetec Zaunsysteme GmbH", "Industriestraße 12", "39110 Marnstedt", "weidetec.example"],
}

ARTICLES = [LRF, PR, ASHCOMBE, ADV]

REWRITES = []


def files():
    return {
        "hochmarn-lrf.html": (render_html(LRF, LRF_SITE), False),
        "hochmarn-szv.txt": (render_txt(PR), False),
        "hochmarn-ashcombe.txt": (render_txt(ASHCOMBE), False),
        "hochmarn-weidetec.txt.gz": (render_txt(ADV), True),
    }
