"""dev14 story 1: the regional express RE 47 of Nordbahn Lauritanien derails at a set of points just outside Kessbach
station (Lauritanien) on Friday morning, 22 November 2030; on Monday, 25 November, a third victim dies in hospital and
the line reopens.

A German agency report (LPA, dateline block) with two rewrites (the local paper's HTML page and an aggregator's JSON
Lines item with `text`), an English broadcaster's Atom entry the same evening (own words: a DE–EN pair with the agency),
a tabloid the next morning that states the rail union's charge as its own finding, omits the operator's denial, counts
more injured and gives a rival speed, and an English wire report on Monday (the second event: a later toll, a damage
estimate, the investigators' first finding, a recalled accident of 2011). Invented by the Parallax team: country,
towns, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline, content_blocks

SID = "st-kessbach-derailment"
EV1 = "ev-kessbach-derailment"
EV2 = "ev-kessbach-reopening"
STORY = {"id": SID, "label": "Regional express derails at Kessbach",
         "events": [{"id": EV1, "label": "The regional express RE 47 derails at a set of points outside Kessbach station; two dead, 41 injured (22 November 2030)"},
                    {"id": EV2, "label": "A third victim dies in hospital and the Halvik–Brunnhagen line reopens (25 November 2030)"}]}

POL = "police"
NBL = "nordbahn"
GSV = "gsv"
ACC = "kessbach derailment"
FRI = T("2030-11-22", "2030-11-22")
MON = T("2030-11-25", "2030-11-25")
WEEKEND = T("2030-11-22", "2030-11-25")
SWITCH = ("nordbahn", "ignored", "defective points")

GROUPS = [
    {"id": "kb-killed", "story": SID, "status": "compatible",
     "why": "Two dead on Friday (LPA, Kessbacher Anzeiger, Nachrichtenhub, Westfell, SCHLAG); three on Monday after an injured woman died in hospital (Northgate Wire, headline and body): a later toll."},
    {"id": "kb-injured", "story": SID, "status": "conflicting",
     "why": "41 injured (police via LPA, Anzeiger, Nachrichtenhub, Westfell; Northgate), 'Dutzende' (LPA headline) and 'mehr als 40' (Nachrichtenhub headline) allow it, but SCHLAG's 'mehr als 50' the next morning cannot be the same toll."},
    {"id": "kb-injured-serious", "story": SID, "status": "agreed",
     "why": "Nine of them seriously (LPA, Anzeiger, Westfell)."},
    {"id": "kb-passengers", "story": SID, "status": "agreed",
     "why": "About 180 passengers on board, the operator's figure (LPA, Anzeiger, Nachrichtenhub, Westfell)."},
    {"id": "kb-staff", "story": SID, "status": "agreed", "why": "Four train staff (LPA, Anzeiger, Westfell)."},
    {"id": "kb-carriages-derailed", "story": SID, "status": "agreed",
     "why": "Three carriages left the rails (LPA, Anzeiger, Nachrichtenhub, Westfell; SCHLAG's 'drei Waggons')."},
    {"id": "kb-carriages", "story": SID, "status": "agreed",
     "why": "The train had five carriages, the whole the three are counted from (LPA, Anzeiger, Nachrichtenhub, Westfell)."},
    {"id": "kb-distance", "story": SID, "status": "agreed",
     "why": "The leading carriage slid about 400 metres (LPA, Anzeiger; Westfell 'some 400 metres (a quarter of a mile)')."},
    {"id": "kb-speed", "story": SID, "status": "conflicting",
     "why": "About 80 km/h by the operator's account (LPA hedged; Westfell 'about 80 km/h (50 mph)') cannot be SCHLAG's 'fast 120 Sachen'; nobody denies, two sources put the speed in different places."},
    {"id": "kb-limit", "story": SID, "status": "agreed",
     "why": "The limit at the points is 100 km/h (LPA; Westfell '100 km/h (62 mph)')."},
    {"id": "kb-rescuers", "story": SID, "status": "agreed",
     "why": "More than 300 emergency workers (LPA, Anzeiger, Nachrichtenhub, Westfell)."},
    {"id": "kb-helicopters", "story": SID, "status": "agreed",
     "why": "Four rescue helicopters (LPA, Anzeiger, Westfell's 'four air ambulances')."},
    {"id": "kb-local-hospital", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger: 23 injured taken to the Kessbach district hospital."},
    {"id": "kb-switch", "story": SID, "status": "disputed",
     "why": "The rail union GSV says drivers reported the faulty points and Nordbahn put off the repair (LPA hedged, Anzeiger, Nachrichtenhub, Westfell, Northgate); SCHLAG states it as its own information; Nordbahn denies it (LPA, Anzeiger, Nachrichtenhub, Westfell, Northgate); SCHLAG omits the denial."},
    {"id": "kb-report-weeks", "story": SID, "status": "agreed",
     "why": "The fault was reported three weeks before the crash, by the union's account (LPA, Anzeiger, Westfell, Northgate)."},
    {"id": "kb-repair-cost", "story": SID, "status": "agreed",
     "why": "A repair of about 180,000 euros was postponed (GSV via LPA and Westfell; SCHLAG as fact; Northgate '€180,000'); the denial gives no counter-figure."},
    {"id": "kb-damage", "story": SID, "status": "compatible",
     "why": "'Mehrere Millionen Euro' on Friday (Nordbahn via LPA) and about €12 million on Monday (Nordbahn via Northgate): a looser bound beside a later estimate."},
    {"id": "kb-probe", "story": SID, "status": "agreed",
     "why": "Prosecutors in Halvik opened an investigation for negligent homicide (LPA, Nachrichtenhub, Westfell, SCHLAG)."},
    {"id": "kb-delay", "story": SID, "status": "single-source", "why": "Only Nachrichtenhub: diverted long-distance trains up to an hour late."},
    {"id": "kb-in-hospital", "story": SID, "status": "single-source", "why": "Only Northgate: 14 still in hospital on Monday."},
    {"id": "kb-intensive", "story": SID, "status": "single-source", "why": "Only Northgate: four of them in intensive care."},
    {"id": "kb-closure", "story": SID, "status": "single-source", "why": "Only Northgate: the line reopened after three days."},
    {"id": "kb-blade", "story": SID, "status": "single-source",
     "why": "Only Northgate: the investigation office found a broken blade in the points."},
    {"id": "kb-report-due", "story": SID, "status": "single-source", "why": "Only Northgate: a preliminary report within six weeks."},
    {"id": "kb-2011", "story": SID, "status": "single-source",
     "why": "Only Northgate recalls the 2011 collision near Oberwald in which seven people died."},
]

# ------------------------------------------------------------------ LPA (de agency report, dateline block)

LPA = {
    "input": "dev14/kessbach-lpa.txt", "story": SID, "event": EV1,
    "publisher": "LPA Lauritanische Presseagentur", "published": "2030-11-22T13:40:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LPA Lauritanische Presseagentur", "Freitag, 22.11.2030, 13:40 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Regionalexpress bei Kessbach entgleist: zwei Tote und Dutzende Verletzte",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=ACC, group="kb-killed", time=FRI),
                  Q("Dutzende Verletzte", 24, "person", "wounded", "at-least", subject=ACC, group="kb-injured", time=FRI)]),
        P(S("Bei Kessbach im Norden Lauritaniens ist am Freitagmorgen ein voll besetzter Regionalexpress entgleist."),
          S("Zwei Menschen kamen ums Leben, wie die Polizei mitteilte.",
            claims=[Q("Zwei Menschen kamen ums Leben", 2, "person", "killed", subject=ACC, source=POL, group="kb-killed", time=FRI)])),
        P(S("Nach Angaben der Polizei wurden 41 Fahrgäste verletzt, neun von ihnen schwer.",
            claims=[Q("41 Fahrgäste", 41, "passenger", "wounded", subject=ACC, source=POL, group="kb-injured", time=FRI),
                    Q("neun von ihnen schwer", 9, "passenger", "wounded", subject=ACC, source=POL, group="kb-injured-serious", time=FRI)]),
          S("Die Verletzten wurden mit vier Rettungshubschraubern und zahlreichen Rettungswagen in Kliniken in Kessbach, Brunnhagen und Halvik gebracht.",
            claims=[Q("vier Rettungshubschraubern", 4, "aircraft", "deployed", subject=ACC, group="kb-helicopters", time=FRI)])),
        P(S("Der RE 47 der Nordbahn Lauritanien (NBL) war um 6.58 Uhr in Halvik in Richtung Brunnhagen abgefahren."),
          S("Kurz vor dem Bahnhof Kessbach sprangen gegen 7.15 Uhr drei der fünf Wagen an einer Weiche aus den Gleisen.",
            claims=[Q("drei der fünf Wagen", 3, None, None, subject=ACC, group="kb-carriages-derailed", time=FRI),
                    Q("der fünf Wagen", 5, None, "size", subject="re 47", group="kb-carriages", time=None)]),
          S("Der vordere Wagen kippte auf die Seite und kam erst rund 400 Meter hinter der Weiche an einer Böschung zum Stehen.",
            claims=[Q("rund 400 Meter", 400, "metre", "distance", "about", subject=ACC, group="kb-distance", time=FRI)])),
        P(S("An Bord waren nach Angaben der Nordbahn rund 180 Fahrgäste sowie vier Mitarbeiter des Zugpersonals.",
            claims=[Q("rund 180 Fahrgäste", 180, "passenger", None, "about", subject=ACC, source=NBL, group="kb-passengers", time=FRI),
                    Q("vier Mitarbeiter des Zugpersonals", 4, "person", None, subject=ACC, source=NBL, group="kb-staff", time=FRI)]),
          S("Der Zug sei nach ersten Erkenntnissen mit etwa 80 Kilometern pro Stunde unterwegs gewesen, erlaubt seien an dieser Stelle 100, sagte ein Sprecher des Unternehmens.",
            claims=[Q("mit etwa 80 Kilometern pro Stunde", 80, "kilometre per hour", None, "about", subject="re 47", source=NBL, hedged=True, group="kb-speed", time=FRI),
                    Q("erlaubt seien an dieser Stelle 100", 100, "kilometre per hour", None, subject="kessbach points", source=NBL, hedged=True, group="kb-limit", time=None)])),
        P(S("Mehr als 300 Einsatzkräfte von Feuerwehr, Rettungsdienst, Polizei und Technischem Hilfswerk waren am Unglücksort.",
            claims=[Q("Mehr als 300 Einsatzkräfte", 300, "person", "deployed", "more-than", subject=ACC, group="kb-rescuers", time=FRI)]),
          S("Die Bergungsarbeiten an dem umgestürzten Wagen dauerten bis zum Mittag.")),
        P(S("Die Gewerkschaft Schiene und Verkehr (GSV) erhob schwere Vorwürfe gegen die Nordbahn."),
          S("Lokführer hätten die Weiche bereits vor drei Wochen als schadhaft gemeldet, die Reparatur für rund 180.000 Euro sei aber aus Kostengründen auf Januar verschoben worden.",
            claims=[ST("Lokführer hätten die Weiche bereits vor drei Wochen als schadhaft gemeldet", *SWITCH, "kb-switch", source=GSV, hedged=True),
                    Q("vor drei Wochen", 3, "week", "duration", subject="defective points", source=GSV, hedged=True, group="kb-report-weeks", time=None),
                    Q("die Reparatur für rund 180.000 Euro", 180000, "eur", "cost", "about", subject=NBL, source=GSV, hedged=True, group="kb-repair-cost", time=None)])),
        P(S("Die Nordbahn wies die Vorwürfe zurück.",
            claims=[ST("Die Nordbahn wies die Vorwürfe zurück", *SWITCH, "kb-switch", source=NBL, denial=True)]),
          S("Die Weiche sei zuletzt am 12. November überprüft worden und ohne Befund gewesen, erklärte das Unternehmen."),
          S("Den Sachschaden beziffert die Nordbahn auf mehrere Millionen Euro.",
            claims=[Q("mehrere Millionen Euro", 2000000, "eur", "cost", "at-least", subject=ACC, source=NBL, group="kb-damage", time=FRI)])),
        P(S("Die Staatsanwaltschaft Halvik leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein.",
            claims=[ST("Die Staatsanwaltschaft Halvik leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein", "prosecutors", "investigated", ACC, "kb-probe")]),
          S("Die Strecke zwischen Halvik und Brunnhagen bleibt voraussichtlich bis Montag gesperrt, zwischen Kessbach und Brunnhagen fahren Ersatzbusse."),
          S("Verkehrsminister Anton Reisacher kündigte an, noch am Nachmittag an die Unfallstelle zu reisen.")),
    ],
    "post": ["lpa/kb/mt 221340 Nov 30", "", "Themen: Bahn · Kessbach · Unglücke",
             "© LPA Lauritanische Presseagentur. Nachdruck nur mit schriftlicher Genehmigung."],
    "removed": ["Freitag, 22.11.2030, 13:40 Uhr", "Ressort: Panorama", "lpa/kb/mt 221340 Nov 30",
                "Themen: Bahn · Kessbach · Unglücke", "Nachdruck nur mit schriftlicher Genehmigung"],
}

# ------------------------------------------------------------------ Kessbacher Anzeiger (de local paper, HTML; rewrite of LPA)

ANZ_SITE = {
    "nav": ["Kessbach", "Landkreis", "Polizeibericht", "Vereine", "Sport", "Veranstaltungen", "E-Paper"],
    "cookie": "Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "Freitag, 22. November 2030, 16:15 Uhr",
    "share": "Teilen · Drucken · Kommentare (87)",
    "ad": "Anzeige: Autohaus Wendrich – Winterreifen-Wechsel ab 39 €, Termine unter 06651 / 22 19 80",
    "related_title": "Auch interessant",
    "related": ["Weihnachtsmarkt Kessbach öffnet am 29. November", "Kreistag beschließt Haushalt 2031",
                "Handball: TV Kessbach verliert 24:27"],
    "footer": "© Kessbacher Anzeiger 2030 · Impressum · Datenschutz · Leserservice 06651 / 40 40",
    "inline": '<div class="ticker"><strong>Newsblog:</strong> <a href="/live/zugunglueck">Alle Entwicklungen zum Zugunglück</a></div>',
    "inline_at": 2,
    "after": '<p class="source">Mit Material von LPA</p>\n<p class="tags">Schlagworte: Zugunglück · Nordbahn · RE 47</p>',
}

ANZ = {
    "input": "dev14/kessbach-anzeiger.html", "story": SID, "event": EV1,
    "publisher": "Kessbacher Anzeiger", "published": "2030-11-22T16:15:00+01:00",
    "language": "de", "authors": ["Jannik Roderer"], "sensational": False,
    "blocks": [
        H("Zugunglück vor dem Bahnhof Kessbach: zwei Tote, 41 Verletzte",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=ACC, group="kb-killed", time=FRI),
                  Q("41 Verletzte", 41, "person", "wounded", subject=ACC, group="kb-injured", time=FRI)]),
        P(S("Am Freitagmorgen ist kurz vor dem Kessbacher Bahnhof der Regionalexpress aus Halvik entgleist."),
          S("Zwei Fahrgäste starben, 41 wurden verletzt, neun davon schwer, teilte die Polizei mit.",
            claims=[Q("Zwei Fahrgäste starben", 2, "passenger", "killed", subject=ACC, source=POL, group="kb-killed", time=FRI),
                    Q("41 wurden verletzt", 41, "passenger", "wounded", subject=ACC, source=POL, group="kb-injured", time=FRI),
                    Q("neun davon schwer", 9, "passenger", "wounded", subject=ACC, source=POL, group="kb-injured-serious", time=FRI)])),
        P(S("Gegen 7.15 Uhr sprangen an einer Weiche drei der fünf Wagen aus den Schienen.",
            claims=[Q("drei der fünf Wagen", 3, None, None, subject=ACC, group="kb-carriages-derailed", time=FRI),
                    Q("der fünf Wagen", 5, None, "size", subject="re 47", group="kb-carriages", time=None)]),
          S("Der erste Wagen stürzte um und rutschte noch etwa 400 Meter weiter, bevor er an der Böschung hinter dem Gewerbegebiet Am Mühlbach liegen blieb.",
            claims=[Q("etwa 400 Meter", 400, "metre", "distance", "about", subject=ACC, group="kb-distance", time=FRI)])),
        P(S("Im Zug saßen nach Angaben der Nordbahn rund 180 Fahrgäste, dazu vier Mitarbeiter des Zugpersonals.",
            claims=[Q("rund 180 Fahrgäste", 180, "passenger", None, "about", subject=ACC, source=NBL, group="kb-passengers", time=FRI),
                    Q("vier Mitarbeiter des Zugpersonals", 4, "person", None, subject=ACC, source=NBL, group="kb-staff", time=FRI)]),
          S("Viele waren Pendler auf dem Weg zur Arbeit in Brunnhagen, auch Schülerinnen und Schüler des Gymnasiums am Lindenplatz saßen im Zug.")),
        P(S("Mehr als 300 Einsatzkräfte waren vor Ort, vier Rettungshubschrauber flogen Schwerverletzte aus.",
            claims=[Q("Mehr als 300 Einsatzkräfte", 300, "person", "deployed", "more-than", subject=ACC, group="kb-rescuers", time=FRI),
                    Q("vier Rettungshubschrauber", 4, "aircraft", "deployed", subject=ACC, group="kb-helicopters", time=FRI)]),
          S("Allein das Kreisklinikum Kessbach nahm 23 Verletzte auf, wie eine Sprecherin des Hauses sagte.",
            claims=[Q("23 Verletzte", 23, "person", None, subject=ACC, source="kessbach hospital", group="kb-local-hospital", time=FRI)])),
        P(S("„So ein Morgen darf sich in unserer Stadt nie wiederholen“, sagte Bürgermeisterin Heike Sandvoss am Unglücksort.", "quote"),
          S("„Meine Gedanken sind bei den Familien der Toten und bei allen, die heute um ihre Angehörigen bangen.“", "quote")),
        P(S("Die Gewerkschaft Schiene und Verkehr wirft der Nordbahn vor, eine seit drei Wochen bekannte Störung an der Weiche nicht behoben zu haben.",
            claims=[ST("wirft der Nordbahn vor, eine seit drei Wochen bekannte Störung an der Weiche nicht behoben zu haben", *SWITCH, "kb-switch", source=GSV),
                    Q("seit drei Wochen", 3, "week", "duration", subject="defective points", source=GSV, group="kb-report-weeks", time=None)]),
          S("Die Nordbahn bestreitet das: Bei der letzten Prüfung am 12. November sei die Weiche in Ordnung gewesen.",
            claims=[ST("Die Nordbahn bestreitet das", *SWITCH, "kb-switch", source=NBL, denial=True)])),
        P(S("Die Stadt hat für Angehörige ein Bürgertelefon unter 06651 / 70 40 00 eingerichtet."),
          S("Die Strecke nach Brunnhagen bleibt voraussichtlich bis Montag gesperrt, am Bahnhof fahren Ersatzbusse ab."),
          S("Der Weihnachtsmarkt soll nach Angaben der Stadt trotzdem wie geplant öffnen, die Eröffnungsfeier wird aber schlichter ausfallen."),
          S("In der Stadtkirche St. Marien ist am Abend eine Andacht für die Opfer geplant.")),
    ],
    "removed": ["Wir verwenden Cookies und ähnliche Technologien", "Freitag, 22. November 2030, 16:15 Uhr", "Kommentare (87)",
                "Autohaus Wendrich", "06651 / 22 19 80", "Weihnachtsmarkt Kessbach öffnet am 29. November",
                "Kreistag beschließt Haushalt 2031", "TV Kessbach verliert 24:27", "© Kessbacher Anzeiger 2030",
                "Newsblog:", "Alle Entwicklungen zum Zugunglück", "Mit Material von LPA", "Schlagworte: Zugunglück · Nordbahn · RE 47"],
}

# ------------------------------------------------------------------ Nachrichtenhub (de aggregator, JSON Lines item with text; rewrite of LPA)

HUB = {
    "input": "dev14/news.jsonl#nh-20301122-4410", "story": SID, "event": EV1,
    "publisher": "Nachrichtenhub", "published": "2030-11-22T14:05:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Zugunglück bei Kessbach: zwei Tote und mehr als 40 Verletzte",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=ACC, group="kb-killed", time=FRI),
                  Q("mehr als 40 Verletzte", 40, "person", "wounded", "more-than", subject=ACC, group="kb-injured", time=FRI)]),
        P(S("Nahe Kessbach ist am Freitagmorgen ein Regionalexpress der Nordbahn Lauritanien entgleist."),
          S("Zwei Menschen starben, 41 wurden verletzt, wie die Polizei mitteilte.",
            claims=[Q("Zwei Menschen starben", 2, "person", "killed", subject=ACC, source=POL, group="kb-killed", time=FRI),
                    Q("41 wurden verletzt", 41, "person", "wounded", subject=ACC, source=POL, group="kb-injured", time=FRI)]),
          S("Drei von fünf Wagen sprangen an einer Weiche kurz vor dem Bahnhof aus dem Gleis.",
            claims=[Q("Drei von fünf Wagen", 3, None, None, subject=ACC, group="kb-carriages-derailed", time=FRI),
                    Q("von fünf Wagen", 5, None, "size", subject="re 47", group="kb-carriages", time=None)])),
        P(S("Im Zug saßen rund 180 Fahrgäste.",
            claims=[Q("rund 180 Fahrgäste", 180, "passenger", None, "about", subject=ACC, group="kb-passengers", time=FRI)]),
          S("Mehr als 300 Helfer waren im Einsatz, Verletzte wurden auch mit Hubschraubern in Kliniken geflogen.",
            claims=[Q("Mehr als 300 Helfer", 300, "person", "deployed", "more-than", subject=ACC, group="kb-rescuers", time=FRI)])),
        P(S("Die Gewerkschaft GSV wirft der Nordbahn vor, einen gemeldeten Schaden an der Weiche nicht rechtzeitig repariert zu haben.",
            claims=[ST("wirft der Nordbahn vor, einen gemeldeten Schaden an der Weiche nicht rechtzeitig repariert zu haben", *SWITCH, "kb-switch", source=GSV)]),
          S("Das Unternehmen weist das zurück und verweist auf eine Prüfung Mitte November.",
            claims=[ST("Das Unternehmen weist das zurück", *SWITCH, "kb-switch", source=NBL, denial=True)])),
        P(S("Die Staatsanwaltschaft Halvik ermittelt wegen fahrlässiger Tötung.",
            claims=[ST("Die Staatsanwaltschaft Halvik ermittelt wegen fahrlässiger Tötung", "prosecutors", "investigated", ACC, "kb-probe")]),
          S("Die Strecke zwischen Halvik und Brunnhagen ist gesperrt, ab Kessbach fahren Busse."),
          S("Reisende sollen sich vor Fahrtantritt über Verbindungen informieren, teilte die Nordbahn mit."),
          S("Für Angehörige hat die Stadt Kessbach ein Bürgertelefon geschaltet, die Polizei hat zusätzlich ein Hinweisportal eingerichtet."),
          S("Wer Fotos oder Videos vom Unglück gemacht hat, soll sie dort hochladen."),
          S("Nach Angaben eines Polizeisprechers gab es keine Hinweise auf einen Anschlag oder einen Eingriff von außen."),
          S("Verkehrsminister Anton Reisacher wollte noch am Freitag an die Unfallstelle reisen."),
          S("Der Regionalexpress verbindet die Hauptstadt mit dem Norden des Landes und gilt als eine der meistgenutzten Pendlerlinien."),
          S("Wann der Verkehr wieder aufgenommen wird, ist offen."),
          S("Auch Fernzüge in Richtung Norden werden über Grauhafen umgeleitet und verspäten sich nach Angaben des Unternehmens um bis zu eine Stunde.",
            claims=[Q("um bis zu eine Stunde", 1, "hour", "duration", "up-to", subject="diverted trains", source=NBL, group="kb-delay", time=FRI)]),
          S("Die Landesregierung kündigte für die kommende Woche eine Gedenkminute im Parlament an."),
          S("Die Unfallursache ist bislang nicht geklärt, Experten der Bahnunfalluntersuchung sind vor Ort.")),
    ],
    "post": ["Quelle: LPA", "Mehr Meldungen aus Lauritanien auf nachrichtenhub.example",
             "Anzeige: Bahncard-Alternative – mit dem Pendlerticket bis zu 30 % sparen"],
    "removed": ["Quelle: LPA", "Mehr Meldungen aus Lauritanien", "mit dem Pendlerticket bis zu 30 % sparen"],
}

# ------------------------------------------------------------------ Westfell Broadcasting (en broadcaster, Atom entry, Friday evening)

WESTFELL = {
    "input": "dev14/westfell.atom#tag:westfell.example,2030:news/kessbach-derailment-5521", "story": SID, "event": EV1,
    "publisher": "Westfell Broadcasting", "published": "2030-11-22T21:00:00+01:00",
    "language": "en", "authors": ["Priya Aldcott"], "sensational": False,
    "blocks": [
        H("Two dead and 41 injured as commuter train derails in Lauritania",
          claims=[Q("Two dead", 2, "person", "killed", subject=ACC, group="kb-killed", time=FRI),
                  Q("41 injured", 41, "person", "wounded", subject=ACC, group="kb-injured", time=FRI)]),
        P(S("A packed regional express derailed near the town of Kessbach in northern Lauritania on Friday morning, killing two people and injuring 41, nine of them seriously, police said.",
            claims=[Q("killing two people", 2, "person", "killed", subject=ACC, source=POL, group="kb-killed", time=FRI),
                    Q("injuring 41", 41, "person", "wounded", subject=ACC, source=POL, group="kb-injured", time=FRI),
                    Q("nine of them seriously", 9, "person", "wounded", subject=ACC, source=POL, group="kb-injured-serious", time=FRI)]),
          S("Three of the train's five carriages left the rails at a set of points shortly before Kessbach station at about 7.15 a.m.",
            claims=[Q("Three of the train's five carriages", 3, None, None, subject=ACC, group="kb-carriages-derailed", time=FRI),
                    Q("five carriages", 5, None, "size", subject="re 47", group="kb-carriages", time=None)]),
          S("The leading carriage overturned and slid some 400 metres (a quarter of a mile) before coming to rest against an embankment.",
            claims=[Q("some 400 metres", 400, "metre", "distance", "about", subject=ACC, group="kb-distance", time=FRI),
                    Q("a quarter of a mile", 0.25, "mile", "distance", "about", subject=ACC, group="kb-distance", time=FRI)])),
        P(S("About 180 passengers and four staff were on board, according to the operator, Nordbahn Lauritanien.",
            claims=[Q("About 180 passengers", 180, "passenger", None, "about", subject=ACC, source=NBL, group="kb-passengers", time=FRI),
                    Q("four staff", 4, "person", None, subject=ACC, source=NBL, group="kb-staff", time=FRI)]),
          S("A company spokesman said the train had been travelling at about 80 km/h (50 mph), below the limit of 100 km/h (62 mph) on that stretch.",
            claims=[Q("about 80 km/h", 80, "kilometre per hour", None, "about", subject="re 47", source=NBL, group="kb-speed", time=FRI),
                    Q("50 mph", 50, "mile per hour", None, "about", subject="re 47", source=NBL, group="kb-speed", time=FRI),
                    Q("the limit of 100 km/h", 100, "kilometre per hour", None, subject="kessbach points", source=NBL, group="kb-limit", time=None),
                    Q("62 mph", 62, "mile per hour", None, subject="kessbach points", source=NBL, group="kb-limit", time=None)])),
        P(S("More than 300 firefighters, paramedics and police officers took part in the rescue, and four air ambulances flew the most badly hurt to hospitals in Kessbach, Brunnhagen and the capital, Halvik.",
            claims=[Q("More than 300 firefighters, paramedics and police officers", 300, "person", "deployed", "more-than", subject=ACC, group="kb-rescuers", time=FRI),
                    Q("four air ambulances", 4, "aircraft", "deployed", subject=ACC, group="kb-helicopters", time=FRI)])),
        P(S("The rail union GSV accused Nordbahn of ignoring a fault in the points that drivers had reported three weeks ago and of putting off a repair costing about €180,000 until January.",
            claims=[ST("accused Nordbahn of ignoring a fault in the points", *SWITCH, "kb-switch", source=GSV),
                    Q("three weeks ago", 3, "week", "duration", subject="defective points", source=GSV, group="kb-report-weeks", time=None),
                    Q("a repair costing about €180,000", 180000, "eur", "cost", "about", subject=NBL, source=GSV, group="kb-repair-cost", time=None)]),
          S("Nordbahn rejected the accusation, saying the points had passed an inspection on November 12.",
            claims=[ST("Nordbahn rejected the accusation", *SWITCH, "kb-switch", source=NBL, denial=True)])),
        P(S("“I was thrown across the carriage, and then everything went dark,” a nurse travelling to her shift in Brunnhagen told Westfell.", "quote"),
          S("Prosecutors in Halvik have opened an investigation on suspicion of negligent homicide.",
            claims=[ST("Prosecutors in Halvik have opened an investigation on suspicion of negligent homicide", "prosecutors", "investigated", ACC, "kb-probe")]),
          S("The line between Halvik and Brunnhagen is expected to stay closed until Monday.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://westfell.example/audio/nightly-1122">Westfell Nightly, 22 November</a></p>',
    "removed": ["Listen:", "Westfell Nightly, 22 November"],
}

# ------------------------------------------------------------------ SCHLAG (de tabloid, dateline block; omits the denial)

SCHLAG = {
    "input": "dev14/kessbach-schlag.txt", "story": SID, "event": EV1,
    "publisher": "SCHLAG", "published": "2030-11-23T06:30:00+01:00",
    "language": "de", "authors": ["Kevin Marschollek"], "sensational": True,
    "pre": ["SCHLAG", "23.11.2030 – 06:30", "Von Kevin Marschollek"],
    "blocks": [
        H("TODES-ZUG VON KESSBACH! Die Bahn kannte die Schrott-Weiche",
          claims=[ST("Die Bahn kannte die Schrott-Weiche", *SWITCH, "kb-switch")],
          loaded=[L("TODES-ZUG", "alarmist"), L("Schrott-Weiche", "demonising")]),
        P(S("Es war ein ganz normaler Freitagmorgen – bis um 7.15 Uhr der Horror kam.", loaded=[L("der Horror", "alarmist")]),
          S("Der RE 47 raste bei Kessbach über eine kaputte Weiche, drei Waggons flogen aus den Gleisen.",
            claims=[Q("drei Waggons", 3, None, None, subject=ACC, group="kb-carriages-derailed", time=FRI)],
            loaded=[L("raste", "alarmist")]),
          S("Zwei Menschen starben in dem Trümmer-Chaos, mehr als 50 wurden verletzt!",
            claims=[Q("Zwei Menschen starben", 2, "person", "killed", subject=ACC, group="kb-killed", time=FRI),
                    Q("mehr als 50 wurden verletzt", 50, "person", "wounded", "more-than", subject=ACC, group="kb-injured", time=FRI)],
            loaded=[L("Trümmer-Chaos", "alarmist")])),
        P(S("Nach SCHLAG-Informationen wusste die Nordbahn seit Wochen, dass die Weiche kaputt war.",
            claims=[ST("wusste die Nordbahn seit Wochen, dass die Weiche kaputt war", *SWITCH, "kb-switch", source="schlag")]),
          S("Lokführer hatten den Schaden gemeldet – doch die Reparatur für 180.000 Euro wurde auf Januar geschoben.",
            claims=[Q("die Reparatur für 180.000 Euro", 180000, "eur", "cost", subject=NBL, group="kb-repair-cost", time=None)]),
          S("Die Bahn-Bosse haben gespart, die Fahrgäste haben mit ihrem Leben bezahlt!", "opinion",
            loaded=[L("Bahn-Bosse", "demonising")])),
        P(S("Und der Zug war viel zu schnell: Nach SCHLAG-Informationen donnerte er mit fast 120 Sachen über die Weiche.",
            claims=[Q("mit fast 120 Sachen", 120, "kilometre per hour", None, "about", subject="re 47", source="schlag", group="kb-speed", time=FRI)],
            loaded=[L("donnerte", "alarmist")]),
          S("Passagierin Melanie R. (29) zu SCHLAG: „Ich flog durch den halben Wagen, überall waren Blut und Glas.“", "quote"),
          S("Sie erlitt einen Schulterbruch."),
          S("Neben ihr lag ein älterer Mann, der sich nicht mehr rührte."),
          S("Draußen standen Pendler im Nieselregen und telefonierten mit ihren Familien, viele hatten nur noch ihre Handys bei sich."),
          S("Ein Notfallseelsorger betreute Schulkinder in einer Lagerhalle am Gleis.")),
        P(S("Die Retter kämpften stundenlang um jedes Leben."),
          S("Feuerwehrleute kletterten in den umgekippten Waggon und zogen Verletzte durch die zerborstenen Fenster."),
          S("Diese Engel in Orange verdienen jeden Respekt!", "opinion", loaded=[L("Engel in Orange", "glorifying")])),
        P(S("Die Staatsanwaltschaft ermittelt jetzt wegen fahrlässiger Tötung.",
            claims=[ST("Die Staatsanwaltschaft ermittelt jetzt wegen fahrlässiger Tötung", "prosecutors", "investigated", ACC, "kb-probe")]),
          S("Doch reicht das?", "opinion"),
          S("Warum durfte ein voller Pendlerzug über eine Weiche fahren, von der jeder wusste, dass sie kaputt ist?", "opinion"),
          S("Wie viele Weichen im Land sind noch in diesem Zustand?", "opinion")),
        P(S("SCHLAG meint: Die Verantwortlichen bei der Nordbahn müssen sofort ihre Posten räumen!", "opinion"),
          S("Wer bei der Sicherheit spart, spielt mit dem Leben von Kindern und Pendlern.", "opinion")),
    ],
    "post": ["Mehr von SCHLAG:", "- Blitzer-Marathon: Hier wird heute kontrolliert", "- SCHLAG+ jetzt 1 Monat gratis testen",
             "", "#Kessbach #Zugunglück #Nordbahn"],
    "removed": ["23.11.2030 – 06:30", "Von Kevin Marschollek", "Mehr von SCHLAG:", "Blitzer-Marathon: Hier wird heute kontrolliert",
                "1 Monat gratis testen", "#Kessbach #Zugunglück #Nordbahn"],
}

# ------------------------------------------------------------------ Northgate Wire (en wire, dateline block; Monday)

NORTHGATE = {
    "input": "dev14/kessbach-northgate.txt", "story": SID, "event": EV2,
    "publisher": "Northgate Wire", "published": "2030-11-25T16:00:00+01:00",
    "language": "en", "authors": ["Teodor Vance-Ashby"], "sensational": False,
    "pre": ["NORTHGATE WIRE", "Nov 25, 2030 16:00 CET", "By Teodor Vance-Ashby"],
    "blocks": [
        H("Lauritania train crash death toll rises to three as line reopens",
          claims=[Q("rises to three", 3, "person", "killed", subject=ACC, group="kb-killed", time=MON)]),
        P(S("A woman injured when a regional express derailed near Kessbach on Friday has died in hospital, bringing the death toll to three, police said on Monday.",
            claims=[Q("bringing the death toll to three", 3, "person", "killed", subject=ACC, source=POL, group="kb-killed", time=MON)]),
          S("Fourteen people remain in hospital, four of them in intensive care.",
            claims=[Q("Fourteen people remain in hospital", 14, "person", None, subject=ACC, group="kb-in-hospital", time=MON),
                    Q("four of them in intensive care", 4, "person", None, subject=ACC, group="kb-intensive", time=MON)]),
          S("The crash on Friday morning injured 41 people.",
            claims=[Q("injured 41 people", 41, "person", "wounded", subject=ACC, group="kb-injured", time=FRI)])),
        P(S("The line between the capital, Halvik, and Brunnhagen reopened on Monday morning after three days of repairs.",
            claims=[Q("after three days of repairs", 3, "day", "duration", subject="halvik-brunnhagen line", group="kb-closure", time=WEEKEND)]),
          S("The operator, Nordbahn Lauritanien, put the damage to track and rolling stock at about €12 million.",
            claims=[Q("about €12 million", 12000000, "eur", "cost", "about", subject=ACC, source=NBL, group="kb-damage", time=MON)])),
        P(S("The federal rail accident investigation office said its inspectors had found a broken blade in the points where the train left the track.",
            claims=[ST("its inspectors had found a broken blade in the points", "investigators", "found", "broken blade in the points", "kb-blade", source="investigators")]),
          S("A preliminary report is due within six weeks.",
            claims=[Q("within six weeks", 6, "week", "duration", subject="preliminary report", group="kb-report-due", time=None)])),
        P(S("The rail union GSV maintains that drivers reported a fault at the points three weeks before the crash and that Nordbahn put off a repair worth €180,000.",
            claims=[ST("drivers reported a fault at the points three weeks before the crash and that Nordbahn put off a repair", *SWITCH, "kb-switch", source=GSV),
                    Q("three weeks before the crash", 3, "week", "duration", subject="defective points", source=GSV, group="kb-report-weeks", time=None),
                    Q("a repair worth €180,000", 180000, "eur", "cost", subject=NBL, source=GSV, group="kb-repair-cost", time=None)]),
          S("Nordbahn denies ignoring any warning and says the points passed an inspection on November 12.",
            claims=[ST("Nordbahn denies ignoring any warning", *SWITCH, "kb-switch", source=NBL, denial=True)])),
        P(S("The derailment is Lauritania's deadliest rail accident since 2011, when seven people died in a collision between two trains near Oberwald.",
            claims=[Q("seven people died", 7, "person", "killed", subject="2011 oberwald collision", group="kb-2011", time=T("2011-01-01", "2011-12-31"))]),
          S("Transport minister Anton Reisacher has ordered checks on all points of the same type across the network."),
          S("Nordbahn said it would cover funeral costs for the victims' families and set up a hotline for passengers.")),
    ],
    "post": ["(Reporting by Teodor Vance-Ashby; editing by Lena Marsh)", "", "Copyright 2030 Northgate Wire. All rights reserved."],
    "removed": ["Nov 25, 2030 16:00 CET", "By Teodor Vance-Ashby", "(Reporting by Teodor Vance-Ashby; editing by Lena Marsh)",
                "Copyright 2030 Northgate Wire"],
}

ARTICLES = [LPA, ANZ, HUB, WESTFELL, SCHLAG, NORTHGATE]

REWRITES = [["dev14/kessbach-lpa.txt", "dev14/kessbach-anzeiger.html"],
            ["dev14/kessbach-lpa.txt", "dev14/news.jsonl#nh-20301122-4410"],
            ["dev14/kessbach-anzeiger.html", "dev14/news.jsonl#nh-20301122-4410"]]


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Nachrichtenhub item of dev14/news.jsonl (the file is written by the Selvenau module)."""
    return {"id": "nh-20301122-4410", "url": "https://nachrichtenhub.example/panorama/zugunglueck-kessbach-4410",
            "title": headline(HUB), "text": text_without_headline(HUB), "publisher": HUB["publisher"],
            "published": HUB["published"], "language": "de", "rubrik": "Panorama"}


def atom_entry():
    return (WESTFELL, "tag:westfell.example,2030:news/kessbach-derailment-5521",
            "https://westfell.example/news/kessbach-derailment-5521", WESTFELL["extra"])


def files():
    """Input files of this story (the Westfell feed and news.jsonl are written by other story modules)."""
    return {
        "kessbach-lpa.txt": (render_txt(LPA), False),
        "kessbach-anzeiger.html": (render_html(ANZ, ANZ_SITE), False),
        "kessbach-schlag.txt": (render_txt(SCHLAG), False),
        "kessbach-northgate.txt": (render_txt(NORTHGATE), False),
    }
