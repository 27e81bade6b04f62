"""Held-out story 5: a section of the Lindachtal bridge near Ruthenau collapses (27 Oct 2026).

A German wire report (pam, same outlet as three other stories), a regional paper's page with a
fact list, a local weekly's report that turns into commentary, and an English report (dateline
block) that gives the toll as killed or injured and the detour in miles.
Invented by the Parallax team (fourth writer): town, bridge, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html

SID = "st-lindach-bridge"
EV = "ev-lindach-collapse"
STORY = {"id": SID, "label": "Collapse of the Lindachtal bridge near Ruthenau",
         "events": [{"id": EV, "label": "A section of the road bridge collapses in morning traffic"}]}

BRIDGE = "lindachtal bridge"
TM = "transport ministry"
KREUTZ = "anselm kreutz"
DAY = T("2026-10-27", "2026-10-27")

GROUPS = [
    {"id": "lindach-killed", "story": SID, "status": "compatible",
     "why": "Two killed in every report; the Eastbrook Times' 13 killed or injured is another measure (2 dead + 11 injured)."},
    {"id": "lindach-injured", "story": SID, "status": "agreed",
     "why": "pam, the Landespost and the Wochenblatt all give eleven injured."},
    {"id": "lindach-seriously", "story": SID, "status": "agreed",
     "why": "pam and the Landespost both say three were seriously injured."},
    {"id": "lindach-vehicles", "story": SID, "status": "compatible",
     "why": "Seven vehicles (pam, Wochenblatt, Eastbrook Times) are the Landespost's five cars plus two lorries."},
    {"id": "lindach-section", "story": SID, "status": "single-source",
     "why": "Only pam gives the length of the collapsed section, about 60 metres."},
    {"id": "lindach-length", "story": SID, "status": "agreed",
     "why": "pam, the Landespost and the Eastbrook Times give a 180-metre bridge."},
    {"id": "lindach-traffic", "story": SID, "status": "agreed",
     "why": "pam, the Landespost and the Eastbrook Times give about 28,000 vehicles a day."},
    {"id": "lindach-fall", "story": SID, "status": "agreed",
     "why": "The Landespost and the Eastbrook Times both say the vehicles fell about 35 metres."},
    {"id": "lindach-detour", "story": SID, "status": "agreed",
     "why": "About 25 kilometres (Landespost) and 16 miles (about 25.7 km, Eastbrook Times) are the same detour."},
    {"id": "lindach-cost", "story": SID, "status": "agreed",
     "why": "The Landespost and the Eastbrook Times both give about 45 million euros for a new bridge, citing the transport ministry."},
    {"id": "lindach-closure", "story": SID, "status": "agreed",
     "why": "The Landespost and the Eastbrook Times both say the road stays closed for at least two years."},
    {"id": "lindach-cause", "story": SID, "status": "agreed",
     "why": "Three articles name corroded prestressing steel as the likely cause."},
    {"id": "lindach-probe", "story": SID, "status": "agreed",
     "why": "The Landespost and the Eastbrook Times both report the prosecutors' investigation."},
    {"id": "lindach-inspection", "story": SID, "status": "single-source",
     "why": "Only pam reports the road authority's statement that the 2024 inspection rated the bridge 'sufficient'."},
    {"id": "lindach-bridges-state", "story": SID, "status": "single-source",
     "why": "Only the Wochenblatt gives 312 bridges in need of repair."},
    {"id": "lindach-bridges-district", "story": SID, "status": "single-source",
     "why": "Only the Wochenblatt gives 41 of them in the district."},
    {"id": "lindach-bridges-share", "story": SID, "status": "single-source",
     "why": "Only the Wochenblatt says this is almost 13 percent of the state's bridges."},
    {"id": "lindach-budget", "story": SID, "status": "single-source",
     "why": "Only the Wochenblatt gives the repair budget of more than 1.2 billion euros."},
    {"id": "lindach-budget-years", "story": SID, "status": "single-source",
     "why": "Only the Wochenblatt says the budget is spread over ten years."},
]

# ---------------------------------------------------------------- pam wire report

PAM = {
    "input": "heldout/lindach-pam.txt", "story": SID, "event": EV,
    "publisher": "pam Presseagentur Mitte", "published": "2026-10-27T11:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["pam Presseagentur Mitte", "27.10.2026", "11:05 Uhr"],
    "blocks": [
        H("Brücke bei Ruthenau eingestürzt – zwei Tote",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=BRIDGE, group="lindach-killed", time=DAY)]),
        P(S("Bei Ruthenau ist am Dienstagmorgen ein rund 60 Meter langes Teilstück der Lindachtalbrücke eingestürzt.",
            claims=[Q("ein rund 60 Meter langes Teilstück", 60, "metre", "size", qualifier="about", subject=BRIDGE,
                      group="lindach-section")]),
          S("Zwei Menschen kamen ums Leben, elf wurden nach Angaben der Polizei verletzt, drei von ihnen schwer.",
            claims=[Q("Zwei Menschen kamen ums Leben", 2, "person", "killed", subject=BRIDGE, source="police",
                      group="lindach-killed", time=DAY),
                    Q("elf wurden nach Angaben der Polizei verletzt", 11, "person", "wounded", subject=BRIDGE,
                      source="police", group="lindach-injured", time=DAY),
                    Q("drei von ihnen schwer", 3, "person", "wounded", subject=BRIDGE, source="police",
                      group="lindach-seriously", time=DAY)])),
        P(S("Nach Angaben der Feuerwehr stürzten sieben Fahrzeuge in das Flusstal, darunter zwei Lastwagen.",
            claims=[Q("sieben Fahrzeuge", 7, "vehicle", None, subject=BRIDGE, source="fire service",
                      group="lindach-vehicles", time=DAY),
                    Q("darunter zwei Lastwagen", 2, "vehicle", None, subject=BRIDGE, source="fire service",
                      group="lindach-vehicles", time=DAY)]),
          S("Die 180 Meter lange Brücke aus dem Jahr 1968 trug täglich rund 28.000 Fahrzeuge.",
            claims=[Q("Die 180 Meter lange Brücke", 180, "metre", "size", subject=BRIDGE, group="lindach-length"),
                    Q("täglich rund 28.000 Fahrzeuge", 28000, "vehicle", None, qualifier="about", subject=BRIDGE,
                      group="lindach-traffic")])),
        P(S("Die Ursache des Einsturzes ist noch unklar."),
          S("Ein Sprecher des Landesbetriebs Straßenbau sagte, die Brücke sei bei der letzten Prüfung 2024 als „ausreichend“ bewertet worden.",
            claims=[ST("die Brücke sei bei der letzten Prüfung 2024 als „ausreichend“ bewertet worden", BRIDGE,
                       "was rated sufficient in", "2024 inspection", "lindach-inspection", source="state road authority",
                       hedged=True)])),
    ],
    "post": ["Themen: Ruthenau · Verkehr · Unglücke",
             "",
             "Mehr zum Thema",
             "- Marode Brücken: Wie es um die Bauwerke im Land steht",
             "",
             "© pam Presseagentur Mitte – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["pam Presseagentur Mitte", "27.10.2026", "11:05 Uhr", "Themen: Ruthenau · Verkehr · Unglücke",
                "Mehr zum Thema", "Marode Brücken: Wie es um die Bauwerke im Land steht",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ---------------------------------------------------------------- Ruthenauer Landespost (HTML, with a fact list)

LP_SITE = {
    "nav": ["Startseite", "Ruthenau", "Region", "Politik", "Wirtschaft", "Sport", "Leserservice"],
    "cookie": "Diese Seite nutzt Cookies und Tracking. Mit Klick auf „Akzeptieren“ willigen Sie ein; ablehnen können Sie in den Einstellungen.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "27.10.2026 – 18:40 Uhr",
    "share": "Artikel teilen · Merken · Drucken",
    "ad": "Anzeige – Jetzt 4 Wochen Landespost Plus für 0,99 € testen",
    "related_title": "Mehr zum Thema",
    "related": ["Liveblog: Alle Entwicklungen zum Brückeneinsturz", "Umleitung: So kommen Pendler jetzt nach Ruthenau",
                "Kommentar: Die Rechnung für Jahrzehnte des Sparens"],
    "footer": "© Ruthenauer Landespost 2026 · Impressum · Datenschutz · Abo",
    "inline_at": 1,
    "inline": '<div class="teaser"><span>Auch interessant</span> <a href="/region/bruecken-check">Brücken-Check: Diese Bauwerke in der Region werden überwacht</a></div>',
}

LP = {
    "input": "heldout/lindach-landespost.html", "story": SID, "event": EV,
    "publisher": "Ruthenauer Landespost", "published": "2026-10-27T18:40:00+01:00",
    "language": "de", "authors": ["Katrin Vogt"], "sensational": False,
    "blocks": [
        H("Einsturz der Lindachtalbrücke: Zwei Tote, elf Verletzte – der Region droht jahrelanges Verkehrschaos",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=BRIDGE, group="lindach-killed", time=DAY),
                  Q("elf Verletzte", 11, "person", "wounded", subject=BRIDGE, group="lindach-injured", time=DAY)],
          loaded=[L("Verkehrschaos", "alarmist")]),
        P(S("Der Einsturz der Lindachtalbrücke bei Ruthenau hat am Dienstagmorgen zwei Menschenleben gefordert.",
            claims=[Q("zwei Menschenleben", 2, "person", "killed", subject=BRIDGE, group="lindach-killed", time=DAY)]),
          S("Elf Menschen wurden verletzt, darunter drei schwer.",
            claims=[Q("Elf Menschen wurden verletzt", 11, "person", "wounded", subject=BRIDGE, group="lindach-injured", time=DAY),
                    Q("darunter drei schwer", 3, "person", "wounded", subject=BRIDGE, group="lindach-seriously", time=DAY)]),
          S("Fünf Autos und zwei Lastwagen stürzten gegen 7.15 Uhr rund 35 Meter tief in das Tal der Lindach.",
            claims=[Q("Fünf Autos", 5, "vehicle", None, subject=BRIDGE, group="lindach-vehicles", time=DAY),
                    Q("zwei Lastwagen", 2, "vehicle", None, subject=BRIDGE, group="lindach-vehicles", time=DAY),
                    Q("rund 35 Meter tief", 35, "metre", "distance", qualifier="about", subject=BRIDGE, group="lindach-fall")])),
        H("Was bisher bekannt ist"),
        LI(S("Die Brücke ist 180 Meter lang und wurde 1968 gebaut.",
             claims=[Q("180 Meter lang", 180, "metre", "size", subject=BRIDGE, group="lindach-length")])),
        LI(S("Täglich fuhren ca. 28.000 Fahrzeuge über die L 318.",
             claims=[Q("ca. 28.000 Fahrzeuge", 28000, "vehicle", None, qualifier="about", subject=BRIDGE,
                       group="lindach-traffic")])),
        LI(S("Die Umleitung über Gernsbach bzw. Altwiesen ist rund 25 Kilometer lang.",
             claims=[Q("rund 25 Kilometer", 25, "kilometre", "distance", qualifier="about", subject="detour",
                       group="lindach-detour")])),
        LI(S("Ein Neubau wird nach Schätzung des Verkehrsministeriums rund 45 Mio. Euro kosten.",
             claims=[Q("rund 45 Mio. Euro", 45000000, "eur", "cost", qualifier="about", subject="new bridge", source=TM,
                       group="lindach-cost")])),
        P(S("Als mögliche Ursache nennt der Bauingenieur Prof. Dr. Anselm Kreutz von der Hochschule Ruthenau korrodierten Spannstahl.",
            claims=[ST("Als mögliche Ursache nennt der Bauingenieur Prof. Dr. Anselm Kreutz von der Hochschule Ruthenau korrodierten Spannstahl",
                       "corroded prestressing steel", "caused", "bridge collapse", "lindach-cause", source=KREUTZ)]),
          S("Die Staatsanwaltschaft Ruthenau hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet.",
            claims=[ST("Die Staatsanwaltschaft Ruthenau hat ein Ermittlungsverfahren wegen fahrlässiger Tötung eingeleitet",
                       "prosecutors", "opened an investigation into", "negligent homicide", "lindach-probe")])),
        P(S("Die Strecke soll nach Angaben des Ministeriums mindestens zwei Jahre gesperrt bleiben.",
            claims=[Q("mindestens zwei Jahre", 2, "year", "duration", qualifier="at-least", subject="l 318 closure", source=TM,
                      group="lindach-closure")]),
          S("„Wir werden jede Brücke dieser Bauart im Land überprüfen“, sagte Verkehrsministerin Dagmar Holt.", "quote")),
    ],
    "removed": ["Diese Seite nutzt Cookies und Tracking", "27.10.2026 – 18:40 Uhr", "Von Katrin Vogt", "Leserservice",
                "Artikel teilen · Merken · Drucken", "Jetzt 4 Wochen Landespost Plus für 0,99 € testen",
                "Liveblog: Alle Entwicklungen zum Brückeneinsturz", "Umleitung: So kommen Pendler jetzt nach Ruthenau",
                "Kommentar: Die Rechnung für Jahrzehnte des Sparens",
                "Brücken-Check: Diese Bauwerke in der Region werden überwacht", "© Ruthenauer Landespost 2026"],
}

# ---------------------------------------------------------------- Lindachtaler Wochenblatt: report turning into commentary

WB = {
    "input": "heldout/lindach-wochenblatt.txt", "story": SID, "event": EV,
    "publisher": "Lindachtaler Wochenblatt", "published": "2026-10-29",
    "language": "de", "authors": ["Georg Amsel"], "sensational": False,
    "pre": ["Lindachtaler Wochenblatt", "29. Oktober 2026", "Von Georg Amsel"],
    "blocks": [
        H("Nach dem Einsturz: Wie viele Bröckelbrücken gibt es noch im Land?",
          loaded=[L("Bröckelbrücken", "alarmist")]),
        P(S("Zwei Tote, elf Verletzte, sieben Fahrzeuge im Tal der Lindach: Die Bilanz vom Dienstag ist verheerend.",
            claims=[Q("Zwei Tote", 2, "person", "killed", subject=BRIDGE, group="lindach-killed", time=DAY),
                    Q("elf Verletzte", 11, "person", "wounded", subject=BRIDGE, group="lindach-injured", time=DAY),
                    Q("sieben Fahrzeuge", 7, "vehicle", None, subject=BRIDGE, group="lindach-vehicles", time=DAY)]),
          S("Mutmaßlich war korrodierter Spannstahl die Ursache, wie er in vielen Brücken aus den 1960er-Jahren verbaut wurde.",
            claims=[ST("Mutmaßlich war korrodierter Spannstahl die Ursache", "corroded prestressing steel", "caused",
                       "bridge collapse", "lindach-cause", hedged=True)])),
        P(S("Nach Zahlen des Verkehrsministeriums gelten landesweit 312 Brücken als sanierungsbedürftig, 41 davon in unserem Landkreis.",
            claims=[Q("312 Brücken", 312, "bridge", None, subject="bridges in need of repair", source=TM,
                      group="lindach-bridges-state"),
                    Q("41 davon in unserem Landkreis", 41, "bridge", None, subject="bridges in need of repair", source=TM,
                      group="lindach-bridges-district")]),
          S("Das sind knapp 13 Prozent aller Brücken im Land.",
            claims=[Q("knapp 13 Prozent", 13, "percent", None, qualifier="about", subject="bridges in need of repair",
                      group="lindach-bridges-share")]),
          S("Für ihre Sanierung stehen im Landeshaushalt gut 1,2 Mrd. Euro bereit – verteilt auf zehn Jahre.",
            claims=[Q("gut 1,2 Mrd. Euro", 1200000000, "eur", "pledged", qualifier="more-than", subject="bridge repairs",
                      group="lindach-budget"),
                    Q("verteilt auf zehn Jahre", 10, "year", "duration", subject="bridge repairs", group="lindach-budget-years")])),
        H("Unsere Meinung"),
        P(S("Jahrzehntelang wurde die Infrastruktur kaputtgespart, und jetzt bezahlen Pendler dafür mit ihrem Leben.", "opinion",
            loaded=[L("kaputtgespart", "alarmist")]),
          S("Wer jetzt noch von „bedauerlichen Einzelfällen“ spricht, hat den Ernst der Lage nicht begriffen.", "opinion",
            loaded=[L("„bedauerlichen Einzelfällen“", "euphemism", "distancing")]),
          S("Wie viele Brücken müssen eigentlich noch einstürzen, bis die Landesregierung handelt?", "opinion"),
          S("Jede einzelne dieser Brücken gehört noch in diesem Winter auf den Prüfstand!", "opinion")),
    ],
    "post": ["Themen: Lindachtalbrücke · Infrastruktur · Ruthenau",
             "",
             "Leserbriefe an: redaktion@wochenblatt-lindachtal.example",
             "",
             "Details | |",
             "",
             "Anzeige: Dachrinnen und Fassaden vom Meisterbetrieb Wolf, Ruthenau, Tel. 07231 448 120"],
    "removed": ["Lindachtaler Wochenblatt", "29. Oktober 2026", "Von Georg Amsel", "Themen: Lindachtalbrücke · Infrastruktur · Ruthenau",
                "Leserbriefe an:", "Details | |", "Meisterbetrieb Wolf", "07231 448 120"],
}

# ---------------------------------------------------------------- The Eastbrook Times: English report (dateline block)

EAST = {
    "input": "heldout/lindach-eastbrook.txt", "story": SID, "event": EV,
    "publisher": "The Eastbrook Times", "published": "2026-10-28",
    "language": "en", "authors": ["Laura Quint"], "sensational": False,
    "pre": ["The Eastbrook Times", "October 28, 2026", "By Laura Quint"],
    "blocks": [
        H("Two dead as bridge collapses into valley near Ruthenau",
          claims=[Q("Two dead", 2, "person", "killed", subject=BRIDGE, group="lindach-killed", time=DAY)]),
        P(S("Thirteen people were killed or injured when a section of a road bridge collapsed near the town of Ruthenau on Tuesday morning, sending seven vehicles some 35 metres into the valley below.",
            claims=[Q("Thirteen people were killed or injured", 13, "person", "killed or wounded", subject=BRIDGE,
                      group="lindach-killed", time=DAY),
                    Q("seven vehicles", 7, "vehicle", None, subject=BRIDGE, group="lindach-vehicles", time=DAY),
                    Q("some 35 metres", 35, "metre", "distance", qualifier="about", subject=BRIDGE, group="lindach-fall")]),
          S("Two of them died at the scene, police said.",
            claims=[Q("Two of them died at the scene", 2, "person", "killed", subject=BRIDGE, source="police",
                      group="lindach-killed", time=DAY)])),
        P(S("The 180-metre Lindachtal bridge carried about 28,000 vehicles a day.",
            claims=[Q("The 180-metre Lindachtal bridge", 180, "metre", "size", subject=BRIDGE, group="lindach-length"),
                    Q("about 28,000 vehicles a day", 28000, "vehicle", None, qualifier="about", subject=BRIDGE,
                      group="lindach-traffic")]),
          S("Regional officials said the road would stay closed for at least two years, forcing drivers onto a 16-mile detour.",
            claims=[Q("at least two years", 2, "year", "duration", qualifier="at-least", subject="l 318 closure",
                      source="officials", group="lindach-closure"),
                    Q("a 16-mile detour", 16, "mile", "distance", subject="detour", source="officials",
                      group="lindach-detour")]),
          S("Rebuilding it will cost about €45 million, according to the state transport ministry.",
            claims=[Q("about €45 million", 45000000, "eur", "cost", qualifier="about", subject="new bridge", source=TM,
                      group="lindach-cost")])),
        P(S("Prosecutors have opened an investigation into suspected negligent homicide.",
            claims=[ST("Prosecutors have opened an investigation into suspected negligent homicide", "prosecutors",
                       "opened an investigation into", "negligent homicide", "lindach-probe")]),
          S("Anselm Kreutz, a professor of structural engineering, told reporters that corroded steel tendons were the most likely cause.",
            claims=[ST("corroded steel tendons were the most likely cause", "corroded prestressing steel", "caused",
                       "bridge collapse", "lindach-cause", source=KREUTZ)]),
          S("“This was not bad luck,” he said.", "quote")),
    ],
    "post": ["Related: Europe's ageing bridges – a map",
             "Follow The Eastbrook Times on social media",
             "Subscribe for £1 a week"],
    "removed": ["The Eastbrook Times", "October 28, 2026", "By Laura Quint", "Related: Europe's ageing bridges – a map",
                "Follow The Eastbrook Times on social media", "Subscribe for £1 a week"],
}

ARTICLES = [PAM, LP, WB, EAST]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "lindach-pam.txt": (render_txt(PAM), False),
        "lindach-landespost.html": (render_html(LP, LP_SITE), False),
        "lindach-wochenblatt.txt": (render_txt(WB), False),
        "lindach-eastbrook.txt": (render_txt(EAST), False),
    }
