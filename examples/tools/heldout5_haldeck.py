"""heldout5 story 5: a Skyra Regional jet overruns the snowy runway at Haldeck airport (11 February 2027).

An agency report with a dateline block (same agency and template as the Pellwitz report), an aggregator's
rewrite of it (JSON Lines item with `html`, in the same file as the Kaldonia item), an English aviation trade
site (HTML), the pilots' association's press release (states the brake warning and the uncleared runway as
fact) and an English tabloid (inflates the injured, omits the airline's denial). Written for heldout5 by a
fourteenth writer who has not read the extractor. Every town, company, person, outlet and figure is invented.
"""

import html as htmlmod

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_jsonl, headline, content_blocks, blocks_html
import heldout5_kaldonia

SID = "st-haldeck-runway"
EV = "ev-haldeck-overrun"
STORY = {"id": SID, "label": "Skyra Regional jet overruns the runway at Haldeck airport",
         "events": [{"id": EV, "label": "Flight SK 419 overruns the snowy runway at Haldeck; eleven injured"}]}

DAY = T("2027-02-11", "2027-02-11")
NEXT = T("2027-02-11", "2027-02-12")
FL = "flight sk 419"
AIRLINE = "skyra regional"
OP = "airport operator"

GROUPS = [
    {"id": "sky-overrun", "story": SID, "status": "agreed",
     "why": "zpn, Meldungsdienst 360, Runway Report and the Daily Blare: the jet ran off the end of the runway on landing."},
    {"id": "sky-distance", "story": SID, "status": "agreed", "why": "About 150 metres beyond the runway end (zpn, Meldungsdienst 360, Runway Report)."},
    {"id": "sky-passengers", "story": SID, "status": "agreed", "why": "68 passengers (zpn, Runway Report), 'nearly 70' (Daily Blare)."},
    {"id": "sky-crew", "story": SID, "status": "agreed", "why": "Four crew (zpn, Runway Report)."},
    {"id": "sky-on-board", "story": SID, "status": "single-source",
     "why": "Only Meldungsdienst 360 gives the 72 people on board (the sum of 68 passengers and four crew elsewhere)."},
    {"id": "sky-injured", "story": SID, "status": "conflicting",
     "why": "Eleven injured according to the airport operator (zpn, Meldungsdienst 360, Runway Report, VVN) against 20 / at least 20 in the Daily Blare."},
    {"id": "sky-seriously-injured", "story": SID, "status": "agreed", "why": "Two seriously injured (zpn, Meldungsdienst 360, Runway Report)."},
    {"id": "sky-cancelled", "story": SID, "status": "agreed", "why": "About 40 flights cancelled (zpn, Meldungsdienst 360), more than 40 (Runway Report)."},
    {"id": "sky-snow", "story": SID, "status": "agreed", "why": "About 15 centimetres of fresh snow (zpn, Runway Report)."},
    {"id": "sky-runway-length", "story": SID, "status": "agreed", "why": "2,100 metres (zpn; Runway Report with 1.3 miles)."},
    {"id": "sky-clearing", "story": SID, "status": "disputed",
     "why": "The VVN says the runway had not been cleared (VVN, Runway Report); the airport operator says it was cleared at 19.20 (zpn, Runway Report)."},
    {"id": "sky-since-clearing", "story": SID, "status": "disputed",
     "why": "More than an hour since the last clearing according to the VVN (VVN, Runway Report) against the operator's 28 minutes (Runway Report)."},
    {"id": "sky-brakes", "story": SID, "status": "disputed",
     "why": "The VVN says the captain reported a brake defect two days earlier (zpn, Meldungsdienst 360, Runway Report), the VVN release and the Daily Blare state it as fact; Skyra denies any open technical complaint (zpn, Meldungsdienst 360, Runway Report); the Blare omits the denial."},
    {"id": "sky-report-time", "story": SID, "status": "agreed", "why": "Interim report in six to eight weeks (zpn, Meldungsdienst 360, Runway Report)."},
    {"id": "sky-speed", "story": SID, "status": "agreed",
     "why": "About 145 knots (Runway Report) and almost 170 mph (Daily Blare; 148 knots) state the same speed."},
    {"id": "sky-speed-excess", "story": SID, "status": "single-source", "why": "Only Runway Report: some 20 knots faster than normal."},
    {"id": "sky-fleet", "story": SID, "status": "agreed", "why": "Skyra operates 17 aircraft of the type (VVN, Runway Report)."},
    {"id": "sky-wait", "story": SID, "status": "single-source", "why": "Only the Daily Blare: almost an hour in the snow before buses came."},
]

BRAKES = ("captain", "reported", "brake defect")
BRAKES_DENIED = "captain reported brake defect"

# ------------------------------------------------------------------ Zentralpresse Nord (de agency, same template as the Pellwitz report)

ZPN = {
    "input": "heldout5/haldeck-zpn.txt", "story": SID, "event": EV,
    "publisher": "Zentralpresse Nord", "published": "2027-02-11T22:10:00+01:00",
    "language": "de", "authors": ["Lukas Emmerling"], "sensational": False,
    "pre": ["Zentralpresse Nord", "11.02.2027 · 22:10 Uhr", "Von Lukas Emmerling"],
    "blocks": [
        H("Regionaljet schießt in Haldeck über Landebahn hinaus – elf Verletzte",
          claims=[Q("elf Verletzte", 11, "person", "wounded", subject=FL, group="sky-injured", time=DAY)]),
        P(S("HALDECK (zpn) – Ein Regionalflugzeug der Skyra Regional ist am Donnerstagabend bei der Landung auf dem Flughafen Haldeck über das Ende der Landebahn hinausgerollt.",
            claims=[ST("Ein Regionalflugzeug der Skyra Regional ist am Donnerstagabend bei der Landung auf dem Flughafen Haldeck über das Ende der Landebahn hinausgerollt",
                       FL, "overran", "runway", "sky-overrun")]),
          S("Die Maschine mit der Flugnummer SK 419 aus Lüderau kam rund 150 Meter hinter der Bahn in einem verschneiten Feld zum Stehen.",
            claims=[Q("rund 150 Meter hinter der Bahn", 150, "metre", "distance", "about", subject=FL, group="sky-distance", time=DAY)]),
          S("An Bord waren 68 Passagiere und vier Besatzungsmitglieder.",
            claims=[Q("68 Passagiere", 68, "passenger", None, subject=FL, group="sky-passengers", time=DAY),
                    Q("vier Besatzungsmitglieder", 4, "person", None, subject=FL, group="sky-crew", time=DAY)]),
          S("Elf Menschen wurden nach Angaben der Flughafengesellschaft verletzt, zwei von ihnen schwer.",
            claims=[Q("Elf Menschen wurden nach Angaben der Flughafengesellschaft verletzt", 11, "person", "wounded", subject=FL, source=OP,
                      group="sky-injured", time=DAY),
                    Q("zwei von ihnen schwer", 2, "person", "wounded", subject=FL, source=OP, group="sky-seriously-injured", time=DAY)])),
        P(S("Die übrigen Insassen verließen das Flugzeug über die Notrutschen."),
          S("Der Flughafen bleibt bis Freitagmittag gesperrt, rund 40 Flüge fallen aus.",
            claims=[Q("rund 40 Flüge fallen aus", 40, "flight", None, "about", subject="haldeck airport", group="sky-cancelled", time=NEXT)])),
        P(S("Zum Zeitpunkt der Landung um 19.48 Uhr schneite es stark; nach Angaben des Wetterdienstes waren am Abend rund 15 Zentimeter Neuschnee gefallen.",
            claims=[Q("rund 15 Zentimeter Neuschnee", 15, "centimetre", None, "about", subject="haldeck airport", source="weather service",
                      group="sky-snow", time=DAY)]),
          S("Die 2.100 Meter lange Landebahn war nach Angaben der Flughafengesellschaft zuletzt um 19.20 Uhr geräumt worden.",
            claims=[Q("Die 2.100 Meter lange Landebahn", 2100, "metre", "size", subject="haldeck runway", group="sky-runway-length", time=None),
                    ST("war nach Angaben der Flughafengesellschaft zuletzt um 19.20 Uhr geräumt worden", OP, "denies", "runway not cleared",
                       "sky-clearing", source=OP, denial=True)])),
        P(S("Die Pilotenvereinigung VVN erklärte am Abend, der Kapitän habe bereits zwei Tage zuvor Probleme mit den Bremsen der Maschine gemeldet.",
            claims=[ST("der Kapitän habe bereits zwei Tage zuvor Probleme mit den Bremsen der Maschine gemeldet", *BRAKES, "sky-brakes",
                       source="vvn", hedged=True)]),
          S("Skyra Regional wies das zurück: Es hätten keinerlei technische Beanstandungen vorgelegen.",
            claims=[ST("Skyra Regional wies das zurück", AIRLINE, "denies", BRAKES_DENIED, "sky-brakes", source=AIRLINE, denial=True),
                    ST("Es hätten keinerlei technische Beanstandungen vorgelegen", AIRLINE, "denies", BRAKES_DENIED, "sky-brakes", source=AIRLINE,
                       hedged=True, denial=True)]),
          S("Das Untersuchungsamt für Flugunfälle (UAF) hat die Ermittlungen aufgenommen, ein Zwischenbericht soll in sechs bis acht Wochen vorliegen.",
            claims=[Q("in sechs bis acht Wochen", None, "week", "duration", "range", low=6, high=8, subject="interim report", source="uaf",
                      group="sky-report-time", time=None)])),
    ],
    "post": ["zpn le/mw", "© Zentralpresse Nord. Alle Rechte vorbehalten. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["11.02.2027 · 22:10 Uhr", "Von Lukas Emmerling", "zpn le/mw", "© Zentralpresse Nord",
                "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

# ------------------------------------------------------------------ Meldungsdienst 360 (de aggregator, JSON Lines item with `html`; rewrite of zpn)

MD = {
    "input": "heldout5/news.jsonl#md360-88431", "story": SID, "event": EV,
    "publisher": "Meldungsdienst 360", "published": "2027-02-12T06:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Flugzeug rutscht in Haldeck über die Landebahn: elf Verletzte",
          claims=[Q("elf Verletzte", 11, "person", "wounded", subject=FL, group="sky-injured", time=DAY)]),
        P(S("Ein Regionaljet von Skyra Regional ist am Donnerstagabend in Haldeck bei der Landung über die Piste hinausgeschossen.",
            claims=[ST("Ein Regionaljet von Skyra Regional ist am Donnerstagabend in Haldeck bei der Landung über die Piste hinausgeschossen",
                       FL, "overran", "runway", "sky-overrun")]),
          S("Das Flugzeug blieb etwa 150 Meter hinter dem Bahnende in einem Feld stehen.",
            claims=[Q("etwa 150 Meter hinter dem Bahnende", 150, "metre", "distance", "about", subject=FL, group="sky-distance", time=DAY)]),
          S("Von den 72 Menschen an Bord wurden elf verletzt, zwei davon schwer.",
            claims=[Q("Von den 72 Menschen an Bord", 72, "person", "size", subject=FL, group="sky-on-board", time=DAY),
                    Q("wurden elf verletzt", 11, "person", "wounded", subject=FL, group="sky-injured", time=DAY),
                    Q("zwei davon schwer", 2, "person", "wounded", subject=FL, group="sky-seriously-injured", time=DAY)])),
        P(S("Rund 40 Flüge wurden bis Freitagmittag gestrichen.",
            claims=[Q("Rund 40 Flüge wurden bis Freitagmittag gestrichen", 40, "flight", None, "about", subject="haldeck airport",
                      group="sky-cancelled", time=NEXT)]),
          S("Zum Zeitpunkt der Landung schneite es heftig.")),
        P(S("Nach Angaben der Pilotenvereinigung VVN hatte der Kapitän schon zwei Tage vorher Bremsprobleme gemeldet.",
            claims=[ST("hatte der Kapitän schon zwei Tage vorher Bremsprobleme gemeldet", *BRAKES, "sky-brakes", source="vvn")]),
          S("Die Fluggesellschaft bestreitet das.",
            claims=[ST("Die Fluggesellschaft bestreitet das", AIRLINE, "denies", BRAKES_DENIED, "sky-brakes", source=AIRLINE, denial=True)]),
          S("Die Unfallermittler des UAF rechnen mit einem Zwischenbericht in sechs bis acht Wochen.",
            claims=[Q("in sechs bis acht Wochen", None, "week", "duration", "range", low=6, high=8, subject="interim report", source="uaf",
                      group="sky-report-time", time=None)])),
    ],
    "removed": ["Quelle: zpn", "Weitere Meldungen", "Glätte: Dutzende Unfälle auf der A 31", "Anzeige", "Winterreifen-Wochen"],
}

MD_FURNITURE_TOP = '<nav class="crumbs">Startseite › Panorama › Luftfahrt</nav>'
MD_FURNITURE_BOTTOM = ('<p class="source">Quelle: zpn</p>\n'
                       '<div class="ad">Anzeige – Winterreifen-Wochen bei Reifen Sellmann: 4 Reifen montiert ab 299 Euro</div>\n'
                       '<aside><h3>Weitere Meldungen</h3><ul><li>Glätte: Dutzende Unfälle auf der A 31</li>'
                       '<li>Bahn: Weichenstörung legt Knoten Haldeck lahm</li></ul></aside>')


def md_line():
    page = (MD_FURNITURE_TOP + "\n<article>\n<h1>" + htmlmod.escape(headline(MD), quote=False) + "</h1>\n"
            + blocks_html(content_blocks(MD)) + "\n</article>\n" + MD_FURNITURE_BOTTOM)
    return {"id": "md360-88431", "url": "https://meldungsdienst360.example/panorama/haldeck-flugzeug-88431", "title": headline(MD),
            "html": page, "publisher": MD["publisher"], "published": MD["published"], "language": "de"}

# ------------------------------------------------------------------ Runway Report (en aviation trade site, HTML)

RR_SITE = {
    "nav": ["News", "Safety", "Airlines", "Airports", "Fleet", "Jobs", "Events"],
    "cookie": "This site uses cookies for analytics and advertising. By continuing to browse you agree to our cookie policy.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "12 Feb 2027 · 14:00 UTC",
    "share": "Share: LinkedIn · X · Email",
    "ad": "Sponsored: GlycoClear runway de-icing – cut clearing times by up to 40%. Book a demo.",
    "related_title": "Related coverage",
    "related": ["Winter ops: what the last overrun reports tell us", "Skyra Regional adds two routes for summer",
                "Corvair 90 production slot sold out until 2029"],
    "footer": "© 2027 Runway Report · Subscribe to Runway Report Premium · Advertise with us",
    "inline": '<div class="premium-teaser">Premium: read our full data analysis of winter landings</div>',
    "inline_at": 2,
}

RR = {
    "input": "heldout5/haldeck-runway-report.html", "story": SID, "event": EV,
    "publisher": "Runway Report", "published": "2027-02-12T14:00:00+00:00",
    "language": "en", "authors": ["Declan Mossop"], "sensational": False,
    "blocks": [
        H("Skyra Corvair 90 overruns snowy Haldeck runway; pilots' union points to brakes",
          claims=[ST("Skyra Corvair 90 overruns snowy Haldeck runway", FL, "overran", "runway", "sky-overrun"),
                  ST("pilots' union points to brakes", *BRAKES, "sky-brakes", source="vvn")]),
        P(S("A Skyra Regional Corvair 90 overran the end of runway 27 at Haldeck airport on Thursday evening, coming to rest around 150 metres beyond it in deep snow.",
            claims=[ST("A Skyra Regional Corvair 90 overran the end of runway 27 at Haldeck airport", FL, "overran", "runway", "sky-overrun"),
                    Q("around 150 metres beyond it", 150, "metre", "distance", "about", subject=FL, group="sky-distance", time=DAY)]),
          S("All 68 passengers and four crew evacuated via the slides; eleven people were injured, two of them seriously, according to the airport operator.",
            claims=[Q("All 68 passengers", 68, "passenger", "evacuated", subject=FL, group="sky-passengers", time=DAY),
                    Q("four crew", 4, "person", "evacuated", subject=FL, group="sky-crew", time=DAY),
                    Q("eleven people were injured", 11, "person", "wounded", subject=FL, source=OP, group="sky-injured", time=DAY),
                    Q("two of them seriously", 2, "person", "wounded", subject=FL, source=OP, group="sky-seriously-injured", time=DAY)]),
          S("Skyra operates 17 aircraft of the type.",
            claims=[Q("Skyra operates 17 aircraft", 17, "aircraft", None, subject=AIRLINE, group="sky-fleet", time=None)])),
        P(S("Flight SK 419 from Lüderau touched down at about 145 knots, some 20 knots faster than normal for the type, according to flight-tracking data.",
            claims=[Q("about 145 knots", 145, "knot", None, "about", subject=FL, source="flight-tracking data", group="sky-speed", time=DAY),
                    Q("some 20 knots faster", 20, "knot", "increase", "about", subject=FL, source="flight-tracking data",
                      group="sky-speed-excess", time=DAY)]),
          S("About 15 cm of fresh snow had fallen during the evening on the 2,100-metre (1.3-mile) runway.",
            claims=[Q("About 15 cm of fresh snow", 15, "centimetre", None, "about", subject="haldeck airport", group="sky-snow", time=DAY),
                    Q("2,100-metre", 2100, "metre", "size", subject="haldeck runway", group="sky-runway-length", time=None),
                    Q("(1.3-mile)", 1.3, "mile", "size", subject="haldeck runway", group="sky-runway-length", time=None)])),
        P(S("The VVN pilots' association says the runway had not been cleared for more than an hour.",
            claims=[ST("the runway had not been cleared for more than an hour", OP, "did not clear", "runway", "sky-clearing", source="vvn"),
                    Q("for more than an hour", 1, "hour", "duration", "more-than", subject="runway clearing", source="vvn",
                      group="sky-since-clearing", time=DAY)]),
          S("The airport operator rejects that, saying the runway was last cleared at 7.20 p.m., 28 minutes before the landing.",
            claims=[ST("The airport operator rejects that", OP, "denies", "runway not cleared", "sky-clearing", source=OP, denial=True),
                    Q("28 minutes before the landing", 28, "minute", "duration", subject="runway clearing", source=OP,
                      group="sky-since-clearing", time=DAY)]),
          S("The VVN also says the captain logged a braking problem on the same aircraft two days earlier.",
            claims=[ST("the captain logged a braking problem on the same aircraft two days earlier", *BRAKES, "sky-brakes", source="vvn")]),
          S("Skyra Regional denied this, saying the aircraft had no open technical complaints.",
            claims=[ST("Skyra Regional denied this", AIRLINE, "denies", BRAKES_DENIED, "sky-brakes", source=AIRLINE, denial=True)]),
          S("“Safety is in our DNA,” chief executive Lena Osterkamp said.", "quote",
            loaded=[L("Safety is in our DNA", "glorifying", "reported")])),
        P(S("The UAF accident investigation office expects to publish an interim report within six to eight weeks.",
            claims=[Q("within six to eight weeks", None, "week", "duration", "range", low=6, high=8, subject="interim report", source="uaf",
                      group="sky-report-time", time=None)]),
          S("Haldeck reopened at midday on Friday after more than 40 cancellations.",
            claims=[Q("more than 40 cancellations", 40, None, None, "more-than", subject="haldeck airport", group="sky-cancelled", time=NEXT)])),
    ],
    "removed": ["This site uses cookies for analytics", "12 Feb 2027 · 14:00 UTC", "Share: LinkedIn", "GlycoClear runway de-icing",
                "cut clearing times by up to 40%", "Winter ops: what the last overrun reports tell us", "Skyra Regional adds two routes for summer",
                "Corvair 90 production slot sold out until 2029", "© 2027 Runway Report", "Premium: read our full data analysis of winter landings",
                "Jobs", "Events"],
}

# ------------------------------------------------------------------ Vereinigung Verkehrspiloten Nord (de press release, txt)

VVN = {
    "input": "heldout5/haldeck-vvn.txt", "story": SID, "event": EV,
    "publisher": "Vereinigung Verkehrspiloten Nord", "published": "2027-02-12T10:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Vereinigung Verkehrspiloten Nord", "12.02.2027 · 10:00 Uhr", "Pressemitteilung"],
    "blocks": [
        H("Unfall von Haldeck: Warnungen aus dem Cockpit wurden ignoriert",
          claims=[ST("Warnungen aus dem Cockpit wurden ignoriert", AIRLINE, "ignored", "brake warnings", "sky-brakes")]),
        P(S("Nach dem Unfall von Flug SK 419 am Donnerstagabend in Haldeck erhebt die Vereinigung Verkehrspiloten Nord (VVN) schwere Vorwürfe gegen Skyra Regional."),
          S("Der Kapitän der Maschine hatte bereits am Dienstag einen Defekt an der Bremsanlage in das technische Logbuch eingetragen.",
            claims=[ST("Der Kapitän der Maschine hatte bereits am Dienstag einen Defekt an der Bremsanlage in das technische Logbuch eingetragen",
                       *BRAKES, "sky-brakes")]),
          S("Skyra hat das Flugzeug trotzdem weiter eingesetzt – Profit vor Sicherheit.", "opinion",
            claims=[ST("Skyra hat das Flugzeug trotzdem weiter eingesetzt", AIRLINE, "ignored", "brake warnings", "sky-brakes")],
            loaded=[L("Profit vor Sicherheit", "demonising")]),
          S("Zudem war die Landebahn nach unseren Informationen seit mehr als einer Stunde nicht mehr geräumt worden.",
            claims=[ST("war die Landebahn nach unseren Informationen seit mehr als einer Stunde nicht mehr geräumt worden", OP, "did not clear",
                       "runway", "sky-clearing", source="vvn"),
                    Q("seit mehr als einer Stunde", 1, "hour", "duration", "more-than", subject="runway clearing", source="vvn",
                      group="sky-since-clearing", time=DAY)]),
          S("Dass es bei elf Verletzten blieb, ist allein der Besatzung zu verdanken.", "opinion",
            claims=[Q("bei elf Verletzten", 11, "person", "wounded", subject=FL, group="sky-injured", time=DAY)])),
        H("Die VVN fordert:"),
        LI(S("die sofortige Überprüfung aller 17 Maschinen der Skyra-Flotte,", "opinion",
             claims=[Q("aller 17 Maschinen der Skyra-Flotte", 17, "aircraft", None, subject=AIRLINE, source="vvn", group="sky-fleet", time=None)])),
        LI(S("mehr Personal für den Winterdienst an Regionalflughäfen,", "opinion")),
        LI(S("wirksamen Schutz für Pilotinnen und Piloten, die Mängel melden.", "opinion")),
    ],
    "post": ["Über die VVN: Die Vereinigung Verkehrspiloten Nord vertritt rund 3.400 Pilotinnen und Piloten.",
             "Pressekontakt: Jörn Albrechtsen · Telefon 0421 887 1190 · presse@vvn.example"],
    "removed": ["12.02.2027 · 10:00 Uhr", "Pressemitteilung", "vertritt rund 3.400 Pilotinnen und Piloten", "Pressekontakt: Jörn Albrechtsen",
                "0421 887 1190"],
}

# ------------------------------------------------------------------ The Daily Blare (en tabloid, txt with dateline block)

BLARE = {
    "input": "heldout5/haldeck-daily-blare.txt", "story": SID, "event": EV,
    "publisher": "THE DAILY BLARE", "published": "2027-02-12T06:00:00+00:00",
    "language": "en", "authors": ["Shane Coddington"], "sensational": True,
    "pre": ["THE DAILY BLARE", "12 February 2027, 06:00", "By Shane Coddington"],
    "blocks": [
        H("TERROR ON THE RUNWAY: 20 hurt as jet skids into field",
          claims=[Q("20 hurt", 20, "person", "wounded", subject=FL, group="sky-injured", time=DAY)],
          loaded=[L("TERROR ON THE RUNWAY", "alarmist")]),
        P(S("Nearly 70 terrified passengers screamed as their plane shot off the end of a snowbound runway at Haldeck last night.",
            claims=[Q("Nearly 70 terrified passengers", 70, "passenger", None, "about", subject=FL, group="sky-passengers", time=DAY),
                    ST("their plane shot off the end of a snowbound runway at Haldeck", FL, "overran", "runway", "sky-overrun")]),
          S("The Skyra Regional jet hurtled across the snow at almost 170mph before ploughing into a field.",
            claims=[Q("almost 170mph", 170, "mile per hour", None, "about", subject=FL, group="sky-speed", time=DAY)]),
          S("At least 20 people were hurt.",
            claims=[Q("At least 20 people were hurt", 20, "person", "wounded", "at-least", subject=FL, group="sky-injured", time=DAY)])),
        P(S("And the Blare can reveal that pilots had WARNED bosses about the brakes just two days before.",
            claims=[ST("pilots had WARNED bosses about the brakes just two days before", *BRAKES, "sky-brakes", source="daily blare")]),
          S("But penny-pinching bosses kept the death trap flying.",
            claims=[ST("penny-pinching bosses kept the death trap flying", AIRLINE, "ignored", "brake warnings", "sky-brakes")],
            loaded=[L("penny-pinching bosses", "demonising"), L("death trap", "alarmist")])),
        P(S("“I thought we were all going to die,” said mum-of-two Kerry Ashdown, 34.", "quote"),
          S("Passengers were left shivering in the snow for almost an hour before buses arrived.",
            claims=[Q("for almost an hour", 1, "hour", "duration", "about", subject="passengers", group="sky-wait", time=DAY)])),
        P(S("How many more warnings will it take?", "opinion")),
    ],
    "post": ["Got a story? Call the Blare newsdesk on 0800 555 0199", "MORE: Snow chaos – 14 things you need to know", "Comments (87)"],
    "removed": ["12 February 2027, 06:00", "By Shane Coddington", "Got a story? Call the Blare newsdesk", "0800 555 0199",
                "Snow chaos – 14 things you need to know", "Comments (87)"],
}

ARTICLES = [ZPN, MD, RR, VVN, BLARE]

REWRITES = [["heldout5/haldeck-zpn.txt", "heldout5/news.jsonl#md360-88431"]]


def files():
    return {
        "haldeck-zpn.txt": (render_txt(ZPN), False),
        "haldeck-runway-report.html": (render_html(RR, RR_SITE), False),
        "haldeck-vvn.txt": (render_txt(VVN), False),
        "haldeck-daily-blare.txt": (render_txt(BLARE), False),
        "news.jsonl": (render_jsonl([heldout5_kaldonia.daybrief_line(), md_line()]), False),
    }
