"""dev30 story 2: the collapse of the Sellin Bridge (Sellinbrücke) over the river Orla in Harnau (Brezonien / Brezonia) at
7:52 a.m. on Monday, 6 June 2050 — at least six dead on Monday, seven on Tuesday, 19 injured — and, on Thursday, 9 June, the
dismissal of the head of the National Roads Agency (Landesstraßenamt), Marek Dolny, by Transport Minister Ilse Varga while
prosecutors investigate. The chamber of engineers says the agency ignored warnings about cracks; the agency denies it. Two events.

An English wire on Monday evening (Meridian Wire, txt.gz), the Harnau regional paper on Tuesday (Harnauer Tagblatt, HTML),
a right-wing German blog on Thursday night (Der Wächter, an RSS item of waechter.rss, written here: the charge as fact) and an
English left-wing blog on Friday (Brezonia Left Voice, HTML: the charge as fact). Invented: all names and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt

SID = "st-sellin-bridge"
EV1 = "ev-sellin-collapse"
EV2 = "ev-sellin-dismissal"
STORY = {"id": SID, "label": "Collapse of the Sellin Bridge in Harnau, Brezonien, and its aftermath",
         "events": [{"id": EV1, "label": "The bridge collapses in the morning rush hour; the toll (6–7 June 2050)"},
                    {"id": EV2, "label": "The minister dismisses the roads agency's head; prosecutors investigate (9–10 June 2050)"}]}

EVENT = "sellin bridge collapse"
MON = T("2050-06-06", "2050-06-06")
TUE = T("2050-06-07", "2050-06-07")
THU = T("2050-06-09", "2050-06-09")
FRI = T("2050-06-10", "2050-06-10")
AGENCY = "national roads agency"
WARN = (AGENCY, "ignored", "warnings about cracks in the sellin bridge")
FIRED = ("ilse varga", "fired", "marek dolny")
PROBE = ("prosecutors", "investigated", EVENT)
COLLAPSE = ("sellin bridge", "collapsed", None)

GROUPS = [
    {"id": "sellin-collapse", "story": SID, "status": "agreed", "why": "The bridge collapsed (Meridian, Tagblatt)."},
    {"id": "sellin-dead", "story": SID, "status": "compatible",
     "why": "At least six dead on Monday (Meridian), seven from Tuesday (Tagblatt, Wächter, Left Voice): a later figure; the Wächter's 26 dead or injured is a combined measure beside them."},
    {"id": "sellin-injured", "story": SID, "status": "agreed", "why": "19 injured (Meridian, Tagblatt, Wächter, Left Voice)."},
    {"id": "sellin-missing", "story": SID, "status": "compatible",
     "why": "At least two missing on Monday (Meridian), one still missing on Tuesday (Tagblatt): a remainder after a body was found."},
    {"id": "sellin-vehicles", "story": SID, "status": "conflicting",
     "why": "Eleven vehicles fell into the river by the police (Meridian), nine by the fire service (Tagblatt)."},
    {"id": "sellin-length", "story": SID, "status": "agreed",
     "why": "The 340-metre bridge (Meridian, Tagblatt), restated as 1,115 feet (Meridian) and 'the 1,100-foot bridge' (Left Voice)."},
    {"id": "sellin-rescuers", "story": SID, "status": "agreed", "why": "Nearly 400 rescuers on Monday (Meridian 'nearly', Tagblatt 'fast')."},
    {"id": "sellin-traffic", "story": SID, "status": "agreed", "why": "About 38,000 vehicles a day (Meridian, Tagblatt)."},
    {"id": "sellin-warnings", "story": SID, "status": "disputed",
     "why": "The chamber of engineers says the roads agency ignored warnings (Meridian, Tagblatt; Wächter and Left Voice as fact); the agency denies it (Meridian, Tagblatt)."},
    {"id": "sellin-cracks", "story": SID, "status": "agreed", "why": "Cracks up to four millimetres wide (Tagblatt, Left Voice)."},
    {"id": "sellin-fired", "story": SID, "status": "agreed", "why": "Varga dismissed Dolny (Wächter, Left Voice)."},
    {"id": "sellin-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate the collapse (Wächter, Left Voice)."},
    {"id": "sellin-serious", "story": SID, "status": "single-source", "why": "Four of the injured seriously (Tagblatt only)."},
    {"id": "sellin-drop", "story": SID, "status": "single-source", "why": "A fall of about 25 metres into the water (Meridian only)."},
    {"id": "sellin-2029", "story": SID, "status": "single-source", "why": "The recalled pier collapse of 2029 with 23 dead (Meridian only)."},
    {"id": "sellin-dolny-knew", "story": SID, "status": "single-source", "why": "Dolny 'soll' have signed the reports himself (Wächter only, hearsay)."},
    {"id": "sellin-varga-years", "story": SID, "status": "single-source", "why": "Varga eleven years in the ministry (Wächter only)."},
    {"id": "sellin-warn-years", "story": SID, "status": "single-source", "why": "Warnings ignored for three years (Left Voice only)."},
    {"id": "sellin-budget-cut", "story": SID, "status": "single-source", "why": "Maintenance budget cut by 40 percent since 2044 (Left Voice only)."},
    {"id": "sellin-budget-2044", "story": SID, "status": "single-source", "why": "€210 million a year in 2044 (Left Voice only)."},
    {"id": "sellin-budget-now", "story": SID, "status": "single-source", "why": "€126 million a year now (Left Voice only)."},
    {"id": "sellin-repair-bridges", "story": SID, "status": "single-source", "why": "412 road bridges in need of repair (Left Voice only)."},
]

# ------------------------------------------------------------------ Meridian Wire (en wire, txt.gz; Monday evening)

MW = {
    "input": "dev30/sellin-meridian.txt.gz", "story": SID, "event": EV1,
    "publisher": "Meridian Wire", "published": "2050-06-06T19:20:00+02:00",
    "language": "en", "authors": ["Dana Kroll"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "June 6, 2050 7:20 PM", "By Dana Kroll"],
    "blocks": [
        H("Rush-hour bridge collapse kills at least six in Brezonia",
          claims=[Q("at least six", 6, "person", "killed", "at-least", subject=EVENT, group="sellin-dead", time=MON)]),
        P(S("HARNAU, Brezonia, June 6 (Meridian) - At least six people were killed and 19 injured when a section of a road bridge over the river Orla in the Brezonian city of Harnau collapsed during the morning rush hour on Monday, police said.",
            claims=[Q("At least six people", 6, "person", "killed", "at-least", subject=EVENT, source="police", group="sellin-dead", time=MON),
                    Q("19 injured", 19, "person", "wounded", subject=EVENT, source="police", group="sellin-injured", time=MON),
                    ST("a section of a road bridge over the river Orla in the Brezonian city of Harnau collapsed", *COLLAPSE, "sellin-collapse")])),
        P(S("Eleven vehicles, among them a city bus, plunged about 25 metres into the water when the middle span of the 340-metre (1,115-foot) Sellin Bridge gave way at 7:52 a.m., a police spokesman said.",
            claims=[Q("Eleven vehicles", 11, "vehicle", None, subject=EVENT, source="police", group="sellin-vehicles", time=MON),
                    Q("about 25 metres", 25, "metre", "distance", "about", subject=EVENT, source="police", group="sellin-drop", time=MON),
                    Q("340-metre", 340, "metre", "size", subject="sellin bridge", source="police", group="sellin-length"),
                    Q("1,115-foot", 1115, "foot", "size", subject="sellin bridge", source="police", group="sellin-length")]),
          S("Divers were still searching for at least two people reported missing, the local broadcaster HRT reported, citing the fire service.",
            claims=[Q("at least two people", 2, "person", "missing", "at-least", subject=EVENT, source="fire service", group="sellin-missing", time=MON)])),
        P(S("Brezonia's chamber of engineers said the National Roads Agency had ignored repeated warnings about cracks in the bridge's piers.",
            claims=[ST("the National Roads Agency had ignored repeated warnings about cracks in the bridge's piers", *WARN, "sellin-warnings", source="chamber of engineers")]),
          S("The agency rejected that, saying the bridge had passed its last main inspection in 2047.",
            claims=[ST("The agency rejected that", *WARN, "sellin-warnings", source=AGENCY, denial=True)])),
        P(S("Nearly 400 rescuers were at the scene, the city said.",
            claims=[Q("Nearly 400 rescuers", 400, "person", "deployed", "about", subject=EVENT, source="city authorities", group="sellin-rescuers", time=MON)])),
        P(S("Opened in 1994, the bridge carried about 38,000 vehicles a day.",
            claims=[Q("about 38,000 vehicles a day", 38000, "vehicle", None, "about", subject="sellin bridge", group="sellin-traffic")]),
          S("It is Brezonia's deadliest accident since 2029, when the collapse of a ferry pier in Mirosand killed 23 people.",
            claims=[Q("killed 23 people", 23, "person", "killed", subject="mirosand pier collapse", group="sellin-2029", time=T("2029-01-01", "2029-12-31"))])),
    ],
    "post": ["(Reporting by Dana Kroll; Editing by Sam Ortiz)", "© 2050 Meridian Wire. All rights reserved."],
    "removed": ["By Dana Kroll", "Editing by Sam Ortiz", "All rights reserved"],
}

# ------------------------------------------------------------------ Harnauer Tagblatt (de regional, HTML; Tuesday)

HT_SITE = {
    "nav": ["Start", "Harnau", "Umland", "Brezonien", "Wirtschaft", "Sport", "Leserbriefe"],
    "cookie": "Diese Website nutzt Cookies. Mit „Zustimmen“ erlauben Sie uns, Inhalte zu personalisieren.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "Dienstag, 7. Juni 2050",
    "share": "Teilen · Drucken · 212 Kommentare",
    "ad": "Anzeige: Möbelhaus Kranich – Alles muss raus!",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Umleitungen: So kommen Sie jetzt über die Orla", "Liveticker zum Brückeneinsturz zum Nachlesen"],
    "footer": "© Harnauer Tagblatt Mediengruppe · Impressum · AGB · Datenschutz",
    "inline": '<div class="teaser"><p>Lesen Sie auch: Wie sicher sind Brezoniens Brücken?</p></div>',
    "inline_at": 3,
}

HT = {
    "input": "dev30/sellin-tagblatt.html", "story": SID, "event": EV1,
    "publisher": "Harnauer Tagblatt", "published": "2050-06-07T06:30:00+02:00",
    "language": "de", "authors": ["Sabine Oltmann", "Kai Reuter"], "sensational": False,
    "blocks": [
        H("Sellinbrücke: Zahl der Toten steigt auf sieben",
          claims=[Q("sieben", 7, "person", "killed", subject=EVENT, group="sellin-dead", time=TUE)]),
        P(S("Einen Tag nach dem Einsturz der Sellinbrücke ist die Zahl der Todesopfer auf sieben gestiegen.",
            claims=[Q("auf sieben", 7, "person", "killed", subject=EVENT, group="sellin-dead", time=TUE),
                    ST("dem Einsturz der Sellinbrücke", *COLLAPSE, "sellin-collapse")]),
          S("Taucher bargen am Dienstagmorgen die Leiche eines 34-jährigen Busfahrers aus der Orla, wie die Polizei mitteilte."),
          S("Eine Person wird noch vermisst.",
            claims=[Q("Eine Person", 1, "person", "missing", subject=EVENT, group="sellin-missing", time=TUE)])),
        P(S("19 Menschen wurden verletzt, vier von ihnen schwer.",
            claims=[Q("19 Menschen", 19, "person", "wounded", subject=EVENT, group="sellin-injured", time=MON),
                    Q("vier von ihnen schwer", 4, "person", "wounded", subject=EVENT, group="sellin-serious", time=MON)]),
          S("Der Feuerwehr zufolge stürzten neun Fahrzeuge, darunter ein Bus der Linie 14, in den Fluss.",
            claims=[Q("neun Fahrzeuge", 9, "vehicle", None, subject=EVENT, source="fire service", group="sellin-vehicles", time=MON)])),
        P(S("Am Montag waren fast 400 Einsatzkräfte von Feuerwehr, Polizei und Technischem Hilfswerk vor Ort.",
            claims=[Q("fast 400 Einsatzkräfte", 400, "person", "deployed", "about", subject=EVENT, group="sellin-rescuers", time=MON)])),
        P(S("Die 340 Meter lange Brücke aus dem Jahr 1994 war eine der wichtigsten Verbindungen der Stadt; täglich fuhren rund 38.000 Fahrzeuge über sie.",
            claims=[Q("340 Meter", 340, "metre", "size", subject="sellin bridge", group="sellin-length"),
                    Q("rund 38.000 Fahrzeuge", 38000, "vehicle", None, "about", subject="sellin bridge", group="sellin-traffic")])),
        P(S("Die Ingenieurkammer wirft dem Landesstraßenamt vor, Warnungen vor Rissen in den Pfeilern ignoriert zu haben.",
            claims=[ST("Die Ingenieurkammer wirft dem Landesstraßenamt vor, Warnungen vor Rissen in den Pfeilern ignoriert zu haben", *WARN, "sellin-warnings", source="chamber of engineers", hedged=True)]),
          S("Schon 2047 hätten Prüfer Risse von bis zu vier Millimetern Breite festgestellt, sagte Kammerpräsidentin Ruth Albers.",
            claims=[Q("bis zu vier Millimetern", 4, "millimetre", "size", "up-to", subject="sellin bridge", source="chamber of engineers", hedged=True, group="sellin-cracks")]),
          S("Man habe das Amt mehrfach schriftlich gewarnt.")),
        P(S("Das Landesstraßenamt weist den Vorwurf zurück.",
            claims=[ST("Das Landesstraßenamt weist den Vorwurf zurück", *WARN, "sellin-warnings", source=AGENCY, denial=True)]),
          S("Die Brücke sei bei der letzten Hauptprüfung als „ausreichend“ eingestuft worden, die festgestellten Risse hätten die Standsicherheit nicht beeinträchtigt, hieß es aus der Behörde.")),
        P(S("„Ich fahre hier seit meiner Kindheit jeden Morgen drüber“, sagt Anwohner Peter Lask, der am Ufer Blumen ablegt.", "quote"),
          S("„Gestern war ich nur etwas zu spät dran.“", "quote")),
    ],
    "removed": ["212 Kommentare", "Möbelhaus Kranich", "Wie sicher sind Brezoniens Brücken", "Liveticker", "Mediengruppe"],
}

# ------------------------------------------------------------------ Der Wächter (de right-wing blog, RSS item; Thursday night)

WAE = {
    "input": "dev30/waechter.rss#waechter-2050-06-09-sellin", "story": SID, "event": EV2,
    "publisher": "Der Wächter", "published": "2050-06-09T21:00:00+02:00",
    "language": "de", "authors": ["Konrad Vell"], "sensational": True,
    "blocks": [
        H("Brücken-Skandal: Varga opfert einen Sündenbock!",
          loaded=[L("Brücken-Skandal", "demonising"), L("Sündenbock", "belittling")]),
        P(S("26 Tote und Verletzte – das ist die Bilanz des Versagens von Verkehrsministerin Ilse Varga und ihrer Behörde.", "opinion",
            claims=[Q("26 Tote und Verletzte", 26, "person", "killed or wounded", subject=EVENT, group="sellin-dead", time=THU)],
            loaded=[L("Versagens", "demonising")]),
          S("Sieben Menschen starben, 19 wurden verletzt, als die Sellinbrücke am Montag in die Orla stürzte.",
            claims=[Q("Sieben Menschen", 7, "person", "killed", subject=EVENT, group="sellin-dead", time=THU),
                    Q("19", 19, "person", "wounded", subject=EVENT, group="sellin-injured", time=MON)])),
        P(S("Am Donnerstag hat Varga nun den Chef des Landesstraßenamts, Marek Dolny, gefeuert.",
            claims=[ST("hat Varga nun den Chef des Landesstraßenamts, Marek Dolny, gefeuert", *FIRED, "sellin-fired")]),
          S("Ein Bauernopfer, nichts weiter.", "opinion", loaded=[L("Bauernopfer", "belittling")])),
        P(S("Denn das Straßenamt hat jahrelang alle Warnungen vor den Rissen ignoriert.",
            claims=[ST("das Straßenamt hat jahrelang alle Warnungen vor den Rissen ignoriert", *WARN, "sellin-warnings")]),
          S("Dolny soll die Prüfberichte sogar persönlich abgezeichnet haben.",
            claims=[ST("Dolny soll die Prüfberichte sogar persönlich abgezeichnet haben", "marek dolny", "knew of", "cracks in the sellin bridge", "sellin-dolny-knew", hedged=True)])),
        P(S("Und wer sitzt seit elf Jahren im Ministerium und hat das Geld für unsere Brücken zusammengestrichen?", "opinion",
            claims=[Q("seit elf Jahren", 11, "year", "duration", subject="ilse varga", group="sellin-varga-years")]),
          S("Richtig: die Genossen von der Fortschrittspartei.", "opinion", loaded=[L("Genossen", "demonising")]),
          S("Für Prestigeprojekte in der Hauptstadt ist immer Geld da, für Harnau nicht.", "opinion",
            loaded=[L("Prestigeprojekte", "demonising")])),
        P(S("Die Staatsanwaltschaft ermittelt inzwischen wegen des Einsturzes.",
            claims=[ST("Die Staatsanwaltschaft ermittelt inzwischen wegen des Einsturzes", *PROBE, "sellin-probe")]),
          S("Wir sagen: Varga muss weg!", "opinion"),
          S("Kommen Sie am Samstag um 11 Uhr zur Mahnwache an der Sellinbrücke!", "opinion")),
    ],
    "extra": '<p class="spende">Der Wächter ist unabhängig – unterstützen Sie uns mit einer Spende!</p>\n<p class="tags">Schlagworte: Harnau, Sellinbrücke, Varga</p>',
    "removed": ["unterstützen Sie uns mit einer Spende", "Schlagworte: Harnau"],
}

# ------------------------------------------------------------------ Brezonia Left Voice (en left-wing blog, HTML; Friday)

LV_SITE = {
    "nav": ["Home", "Labour", "Climate", "Housing", "Opinion", "Donate"],
    "cookie": "We only use cookies we need. No trackers, no ads from billionaires.",
    "cookie_ok": "Got it",
    "by": "Posted by",
    "date_label": "10 June 2050",
    "share": "Share · 64 comments",
    "ad": "Left Voice is reader-funded. Chip in from €3 a month.",
    "related_title": "Read next",
    "related": ["Rail privatisation: ten years of failure", "Why the rent cap works"],
    "footer": "Brezonia Left Voice · Collective publication · Contact: desk@leftvoice.example",
}

LV = {
    "input": "dev30/sellin-leftvoice.html", "story": SID, "event": EV2,
    "publisher": "Brezonia Left Voice", "published": "2050-06-10T10:15:00+02:00",
    "language": "en", "authors": ["Mira Castell"], "sensational": True,
    "blocks": [
        H("Austerity killed seven people in Harnau – and a sacked bureaucrat won't fix it",
          claims=[Q("seven people", 7, "person", "killed", subject=EVENT, group="sellin-dead", time=FRI)],
          loaded=[L("Austerity killed", "demonising")]),
        P(S("Seven people are dead and 19 injured because successive governments treated bridge maintenance as a luxury.", "opinion",
            claims=[Q("Seven people", 7, "person", "killed", subject=EVENT, group="sellin-dead", time=FRI),
                    Q("19 injured", 19, "person", "wounded", subject=EVENT, group="sellin-injured", time=MON)]),
          S("On Thursday, Transport Minister Ilse Varga sacked Marek Dolny, the head of the National Roads Agency, and prosecutors have opened an investigation into the collapse.",
            claims=[ST("Transport Minister Ilse Varga sacked Marek Dolny, the head of the National Roads Agency", *FIRED, "sellin-fired"),
                    ST("prosecutors have opened an investigation into the collapse", *PROBE, "sellin-probe")])),
        P(S("Varga called the dismissal \"a necessary step to restore trust\".", "quote"),
          S("But Dolny is a convenient scapegoat.", "opinion", loaded=[L("convenient scapegoat", "belittling")]),
          S("The agency ignored warnings about cracks up to 4 mm wide for three years, because it had no money to act on them.",
            claims=[ST("The agency ignored warnings about cracks", *WARN, "sellin-warnings"),
                    Q("up to 4 mm", 4, "millimetre", "size", "up-to", subject="sellin bridge", group="sellin-cracks"),
                    Q("three years", 3, "year", "duration", subject=AGENCY, group="sellin-warn-years")])),
        P(S("Since 2044 the maintenance budget for the country's bridges has been cut by 40 percent, from €210 million to €126 million a year.",
            claims=[Q("40 percent", 40, "percent", "decrease", subject="bridge maintenance budget", group="sellin-budget-cut", time=T("2044-01-01", "2050-06-10")),
                    Q("€210 million", 210000000, "eur", None, subject="bridge maintenance budget", group="sellin-budget-2044", time=T("2044-01-01", "2044-12-31")),
                    Q("€126 million a year", 126000000, "eur", None, subject="bridge maintenance budget", group="sellin-budget-now")]),
          S("The 1,100-foot bridge, opened in 1994, was one of 412 road bridges the agency itself rates as \"in need of repair\".",
            claims=[Q("1,100-foot", 1100, "foot", "size", subject="sellin bridge", group="sellin-length"),
                    Q("412 road bridges", 412, None, None, subject=AGENCY, source=AGENCY, group="sellin-repair-bridges")])),
        P(S("Meanwhile the private motorway operators paid out record dividends last year.", "opinion"),
          S("Who profits when our bridges crumble?", "opinion"),
          S("Join the Rebuild Brezonia demonstration outside the Transport Ministry on Saturday at 2 p.m.", "opinion")),
    ],
    "removed": ["64 comments", "Chip in from €3 a month", "Rail privatisation", "Collective publication"],
}

ARTICLES = [MW, HT, WAE, LV]

REWRITES = []


def files():
    """waechter.rss is written by dev30_marsand.py."""
    return {
        "sellin-meridian.txt.gz": (render_txt(MW), True),
        "sellin-tagblatt.html": (render_html(HT, HT_SITE), False),
        "sellin-leftvoice.html": (render_html(LV, LV_SITE), False),
    }
