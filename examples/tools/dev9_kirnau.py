"""dev9 story 1: a section of the Sellbach viaduct on the A 38 near Kirnau (state of Wendmark)
collapses in the morning rush hour (Tuesday 11 April 2028); a week later the last missing are
recovered (Tuesday 18 April 2028).

A German wire report (txt with dateline block) and two light rewrites of it (a local news site as
HTML, a JSON Lines item with `html`), an English wire report (JSON Lines `text` item; German–English
pair with the wire), a boulevard paper that states the accusation as fact and omits the motorway
company's denial, and a regional broadcaster's follow-up a week later (RSS item; the feed is
rendered by dev9_lichtblick.py, whose story shares it). Invented by an eleventh writer: state,
towns, companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_jsonl, headline
from dev9_lib import text_without_headline, group

SID = "st-kirnau-bridge"
COLLAPSE = "ev-kirnau-collapse"
RECOVERY = "ev-kirnau-recovery"
STORY = {"id": SID, "label": "Collapse of the Sellbach viaduct on the A 38 near Kirnau (Wendmark)",
         "events": [{"id": COLLAPSE, "label": "Viaduct section collapses in the morning rush hour, 11 April 2028"},
                    {"id": RECOVERY, "label": "Last missing recovered, toll rises to seven, 18 April 2028"}]}

BR = "kirnau bridge"
POL = "police"
AGW = "autobahngesellschaft wendmark"
TM = "transport ministry"
BOTE = "kirnauer bote"
DAY = T("2028-04-11", "2028-04-11")
WEEK = T("2028-04-11", "2028-04-18")

GROUPS = [
    group("kirnau-killed", SID, "compatible",
          "At least four / four killed on the day of the collapse; seven a week later when the three missing were found dead (a later figure); the boulevard paper's 17 dead and injured is another measure (4 + 13)."),
    group("kirnau-missing", SID, "agreed", "Five articles give three missing; the follow-up reports the three missing recovered."),
    group("kirnau-injured", SID, "agreed", "Four articles give 13 injured, the follow-up repeats 13."),
    group("kirnau-serious", SID, "agreed", "The wire, both rewrites and the English wire give three seriously injured."),
    group("kirnau-section", SID, "agreed", "A section of (about) 140 metres collapsed in five articles."),
    group("kirnau-length", SID, "agreed", "The viaduct is 620 metres long (wire, rewrites, English wire)."),
    group("kirnau-height", SID, "agreed", "The section fell (up to) 48 metres."),
    group("kirnau-vehicles", SID, "conflicting", "Nine vehicles (wire, rewrites, English wire) against at least twelve cars (boulevard paper), both on the morning after."),
    group("kirnau-rescuers", SID, "compatible",
          "About 350 rescuers (wire, rewrites) equal the English wire's 220 firefighters plus 130 relief workers (sum of parts); the boulevard paper's 'Hunderte' is looser."),
    group("kirnau-evacuated", SID, "agreed", "About 400 residents evacuated below the bridge in five articles."),
    group("kirnau-traffic", SID, "agreed", "Some 62,000 vehicles a day (wire, rewrites, English wire)."),
    group("kirnau-truck-share", SID, "agreed", "The wire and the local rewrite give a truck share of 18 percent."),
    group("kirnau-renovation", SID, "agreed", "The renovation was budgeted at 86 million euros (wire, rewrites, English wire, boulevard paper)."),
    group("kirnau-detour", SID, "agreed", "The detour is about 35 kilometres (22 miles in the English wire's brackets)."),
    group("kirnau-bridges-total", SID, "agreed", "About 1,900 motorway bridges in Wendmark (wire, local rewrite, English wire)."),
    group("kirnau-bridges-poor", SID, "agreed", "240 bridges in urgent need of repair, citing the transport ministry (four articles)."),
    group("kirnau-bridges-doubling", SID, "agreed", "The wire and the local rewrite say nearly twice as many as five years ago."),
    group("kirnau-warning-ignored", SID, "disputed",
          "The Kirnauer Bote reports that a 2025 inspection found cracked tendons and that the company shelved the repair; the company denies any sign of acute danger (the boulevard paper states the accusation as fact and omits the denial)."),
    group("kirnau-distance", SID, "agreed", "The wire and the local rewrite: about 14 kilometres east of Halberg."),
    group("kirnau-junction-traffic", SID, "agreed", "The wire and the local rewrite: up to 110,000 vehicles at the A 9 junction."),
    group("kirnau-2017-injured", SID, "agreed", "The wire and the local rewrite: two lightly injured in the 2017 footbridge collapse."),
    group("kirnau-knew-years", SID, "single-source", "Only the boulevard paper says the company knew 'for three years'."),
    group("kirnau-probe", SID, "agreed", "Prosecutors in Halberg opened a negligent-homicide investigation (wire, rewrites, English wire, follow-up)."),
    group("kirnau-hospital", SID, "single-source", "Only the follow-up says five injured are still in hospital."),
    group("kirnau-icu", SID, "single-source", "Only the follow-up says two of them are in intensive care."),
    group("kirnau-blast-evacuation", SID, "single-source", "Only the follow-up says about 450 residents must leave for the demolition."),
    group("kirnau-rebuild-cost", SID, "single-source", "Only the follow-up gives 180 to 220 million euros for demolition and rebuilding."),
    group("kirnau-rebuild-years", SID, "single-source", "Only the follow-up says a new bridge will take at least five years."),
    group("kirnau-business-cost", SID, "single-source", "Only the follow-up gives the chamber's 1.4 million euros a day."),
    group("kirnau-commuters", SID, "single-source", "Only the follow-up gives nearly 30,000 commuters affected."),
    group("kirnau-delay", SID, "single-source", "Only the follow-up gives half an hour more in traffic."),
    group("kirnau-programme", SID, "single-source", "Only the follow-up gives the 1.2-billion-euro bridge programme."),
    group("kirnau-programme-years", SID, "single-source", "Only the follow-up gives the programme's ten years."),
    group("kirnau-mourners", SID, "single-source", "Only the follow-up gives more than 2,000 mourners."),
    group("kirnau-cranes", SID, "single-source", "Only the English wire gives two heavy cranes."),
    group("kirnau-hgv", SID, "single-source", "Only the boulevard paper gives the lorry's 40 tonnes."),
]


def killed(text, value, qualifier="exact", unit="person", source=None, time=DAY, measure="killed"):
    return Q(text, value, unit, measure, qualifier=qualifier, subject=BR, source=source, group="kirnau-killed", time=time)


# ------------------------------------------------------------------ npa wire (the original)

NPA_PRE = ["NPA Nordpresse-Agentur", "Dienstag, 11. April 2028", "13:10 Uhr"]


def npa_blocks(kurier=False):
    """The wire text; the local site's rewrite changes a few words (kurier=True)."""
    return [
        H("Autobahnbrücke bei Kirnau eingestürzt – mindestens vier Tote" if not kurier else
          "Brückeneinsturz auf der A 38: Mindestens vier Tote bei Kirnau",
          claims=[killed("mindestens vier Tote" if not kurier else "Mindestens vier Tote", 4, "at-least")]),
        P(S("Beim Einsturz einer Autobahnbrücke auf der A 38 bei Kirnau (Landkreis Sellbachtal) sind am Dienstagmorgen mindestens vier Menschen ums Leben gekommen." if not kurier else
            "Beim Einsturz der Sellbachtalbrücke auf der A 38 bei Kirnau sind am Dienstagmorgen mindestens vier Menschen ums Leben gekommen.",
            claims=[killed("mindestens vier Menschen ums Leben gekommen", 4, "at-least")]),
          S("Drei weitere werden noch vermisst, 13 Menschen wurden verletzt, drei davon schwer, wie eine Sprecherin des Polizeipräsidiums Halberg mitteilte.",
            claims=[Q("Drei weitere werden noch vermisst", 3, "person", "missing", subject=BR, source=POL, group="kirnau-missing", time=DAY),
                    Q("13 Menschen wurden verletzt", 13, "person", "wounded", subject=BR, source=POL, group="kirnau-injured", time=DAY),
                    Q("drei davon schwer", 3, "person", "wounded", subject=BR, source=POL, group="kirnau-serious", time=DAY)])),
        P(S("Gegen 7.48 Uhr, mitten im Berufsverkehr, brach ein rund 140 Meter langes Mittelstück der 620 Meter langen Talbrücke über dem Sellbach weg und stürzte bis zu 48 Meter in die Tiefe.",
            claims=[Q("ein rund 140 Meter langes Mittelstück", 140, "metre", "size", qualifier="about", subject=BR, group="kirnau-section"),
                    Q("der 620 Meter langen Talbrücke", 620, "metre", "size", subject=BR, group="kirnau-length"),
                    Q("stürzte bis zu 48 Meter in die Tiefe", 48, "metre", "distance", qualifier="up-to", subject=BR, group="kirnau-height")]),
          S("Nach ersten Erkenntnissen rissen die Trümmer neun Fahrzeuge mit, darunter einen Sattelzug und den Kleintransporter eines Paketdienstes." if not kurier else
            "Nach ersten Erkenntnissen rissen die Trümmer neun Fahrzeuge mit in die Tiefe, darunter einen Sattelzug und den Kleintransporter eines Paketdienstes.",
            claims=[Q("neun Fahrzeuge", 9, "vehicle", None, subject=BR, group="kirnau-vehicles", time=DAY)])),
        P(S("Die Feuerwehr war mit rund 350 Einsatzkräften aus dem gesamten Landkreis vor Ort, unterstützt vom Technischen Hilfswerk und mehreren Rettungshubschraubern." if not kurier else
            "Feuerwehr, Technisches Hilfswerk und Rettungsdienst waren mit rund 350 Einsatzkräften aus dem gesamten Landkreis vor Ort.",
            claims=[Q("mit rund 350 Einsatzkräften", 350, "person", "deployed", qualifier="about", subject=BR, group="kirnau-rescuers", time=DAY)]),
          S("Kreisbrandmeister Tobias Reuleaux sprach von einer „extrem gefährlichen Lage“: Die verbliebenen Brückenteile seien instabil, die Suche in den Trümmern könne nur mit schwerem Gerät fortgesetzt werden."),
          S("Nach der Evakuierung von etwa 400 Anwohnern der Talstraße, deren Häuser unmittelbar unter dem Bauwerk liegen, sperrten die Behörden das Gebiet weiträumig ab.",
            claims=[Q("Nach der Evakuierung von etwa 400 Anwohnern", 400, "person", "evacuated", qualifier="about", subject=BR, group="kirnau-evacuated", time=DAY)])),
        P(S("Die 1974 eröffnete Brücke wird täglich von rund 62.000 Fahrzeugen befahren, der Lkw-Anteil liegt nach Angaben der Autobahngesellschaft Wendmark bei 18 Prozent.",
            claims=[Q("rund 62.000 Fahrzeugen", 62000, "vehicle", None, qualifier="about", subject=BR, group="kirnau-traffic"),
                    Q("der Lkw-Anteil liegt nach Angaben der Autobahngesellschaft Wendmark bei 18 Prozent", 18, "percent", None, subject=BR, source=AGW, group="kirnau-truck-share")]),
          S("Die Sanierung des Bauwerks war für 2029 geplant und mit 86 Millionen Euro veranschlagt.",
            claims=[Q("mit 86 Millionen Euro veranschlagt", 86000000, "eur", "cost", subject="renovation of the kirnau bridge", group="kirnau-renovation")]),
          S("Der Verkehr wird großräumig über die B 112 umgeleitet; die Umleitung ist rund 35 Kilometer lang.",
            claims=[Q("die Umleitung ist rund 35 Kilometer lang", 35, "kilometre", "distance", qualifier="about", subject="detour", group="kirnau-detour")])),
        P(S("Nach Informationen des „Kirnauer Boten“ hatte ein Prüfbericht bereits im Herbst 2025 Risse an mehreren Spanngliedern der Brücke festgestellt.",
            claims=[ST("hatte ein Prüfbericht bereits im Herbst 2025 Risse an mehreren Spanngliedern der Brücke festgestellt", "inspection report",
                       "found", "cracked tendons in the kirnau bridge", "kirnau-warning-ignored", source=BOTE)]),
          S("Die Autobahngesellschaft soll die Empfehlungen der Prüfer jedoch nicht umgesetzt und die Sanierung mehrfach verschoben haben.",
            claims=[ST("Die Autobahngesellschaft soll die Empfehlungen der Prüfer jedoch nicht umgesetzt", AGW, "ignored",
                       "warnings about the kirnau bridge", "kirnau-warning-ignored", source=BOTE, hedged=True)]),
          S("Ein Sprecher der Gesellschaft wies das zurück: Die Brücke sei bei der letzten Hauptprüfung als eingeschränkt, aber verkehrssicher eingestuft worden, Hinweise auf eine akute Gefahr habe es nicht gegeben.",
            claims=[ST("Ein Sprecher der Gesellschaft wies das zurück", AGW, "ignored", "warnings about the kirnau bridge",
                       "kirnau-warning-ignored", source=AGW, denial=True)])),
        P(S("Die Unglücksstelle liegt rund 14 Kilometer östlich von Halberg, wo am Kreuz mit der A 9 nach Zählungen des Landesbetriebs Verkehr an Werktagen bis zu 110.000 Fahrzeuge unterwegs sind.",
            claims=[Q("rund 14 Kilometer östlich von Halberg", 14, "kilometre", "distance", qualifier="about", subject=BR, group="kirnau-distance"),
                    Q("bis zu 110.000 Fahrzeuge", 110000, "vehicle", None, qualifier="up-to", subject="a 9 junction", source="landesbetrieb verkehr", group="kirnau-junction-traffic")]),
          S("Zuletzt war in der Wendmark 2017 eine Brücke eingestürzt, eine Fußgängerbrücke in Wessling; damals wurden zwei Menschen leicht verletzt.",
            claims=[Q("zwei Menschen leicht verletzt", 2, "person", "wounded", subject="2017 footbridge collapse", group="kirnau-2017-injured")])),
        P(S("Die Staatsanwaltschaft Halberg leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung gegen Unbekannt ein.",
            claims=[ST("Die Staatsanwaltschaft Halberg leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung gegen Unbekannt ein",
                       "prosecutors", "opened an investigation into", "negligent homicide", "kirnau-probe")]),
          S("Nach Angaben des Verkehrsministeriums gelten von den rund 1.900 Autobahnbrücken in der Wendmark derzeit 240 als dringend sanierungsbedürftig – fast doppelt so viele wie vor fünf Jahren.",
            claims=[Q("von den rund 1.900 Autobahnbrücken", 1900, None, "size", qualifier="about", subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-total"),
                    Q("derzeit 240 als dringend sanierungsbedürftig", 240, None, None, subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-poor"),
                    Q("fast doppelt so viele wie vor fünf Jahren", 2, None, "increase", qualifier="about", subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-doubling")])),
    ]


NPA = {
    "input": "dev9/kirnau-npa.txt", "story": SID, "event": COLLAPSE,
    "publisher": "NPA Nordpresse-Agentur", "published": "2028-04-11T13:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": NPA_PRE,
    "blocks": npa_blocks(),
    "post": ["Themen: Verkehr · Wendmark · Infrastruktur · Unglücke",
             "",
             "npa/hlk/rsm",
             "",
             "Mehr zum Thema",
             "- Marode Brücken: Wo es im Land am dringendsten ist",
             "- A 38 gesperrt: Die wichtigsten Umleitungen",
             "",
             "© NPA Nordpresse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["NPA Nordpresse-Agentur", "Dienstag, 11. April 2028", "13:10 Uhr", "Themen: Verkehr · Wendmark",
                "npa/hlk/rsm", "Mehr zum Thema", "Marode Brücken: Wo es im Land am dringendsten ist",
                "A 38 gesperrt: Die wichtigsten Umleitungen", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ local news site (rewrite 1)

KURIER_SITE = {
    "nav": ["Start", "Kirnau", "Sellbachtal", "Halberg", "Blaulicht", "Sport", "Veranstaltungen"],
    "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Zustimmen“ erklären Sie sich einverstanden.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "11.04.2028 – 14:25 Uhr",
    "share": "Teilen: Facebook · WhatsApp · E-Mail",
    "ad": "Anzeige – Autohaus Gerlinger Kirnau: Frühjahrs-Check für nur 49 € – Termin unter 07341 88 20 10",
    "related_title": "Mehr aus dem Sellbachtal",
    "related": ["Sperrung der A 38: So kommen Pendler nach Halberg",
                "Live-Ticker: Rettungsarbeiten an der Sellbachtalbrücke",
                "Kommentar: Wer hat die Brücke verfallen lassen?"],
    "footer": "© 2028 Sellbach-Kurier Online · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="teaser inline"><span>Auch interessant</span> <a href="/blaulicht/a38-sperrung">A 38 bis auf Weiteres gesperrt</a></div>',
    "inline_at": 3,
    "after": '<div class="tags">Themen: #Kirnau #A38 #Brückeneinsturz #Blaulicht</div>\n'
             '<div class="newsletter">Der Kurier-Newsletter: jeden Morgen die wichtigsten Nachrichten aus dem Sellbachtal. <a href="/newsletter">Jetzt abonnieren</a></div>',
}

KURIER = {
    "input": "dev9/kirnau-sellbach-kurier.html", "story": SID, "event": COLLAPSE,
    "publisher": "Sellbach-Kurier Online", "published": "2028-04-11T14:25:00+02:00",
    "language": "de", "authors": ["Jana Oltmanns"], "sensational": False,
    "blocks": npa_blocks(kurier=True),
    "removed": ["Wir verwenden Cookies", "Zustimmen", "11.04.2028 – 14:25 Uhr", "Jana Oltmanns", "Veranstaltungen",
                "Teilen: Facebook · WhatsApp · E-Mail", "Autohaus Gerlinger Kirnau", "07341 88 20 10",
                "Sperrung der A 38: So kommen Pendler nach Halberg", "Live-Ticker: Rettungsarbeiten an der Sellbachtalbrücke",
                "Kommentar: Wer hat die Brücke verfallen lassen?", "A 38 bis auf Weiteres gesperrt",
                "Themen: #Kirnau #A38", "Der Kurier-Newsletter", "Impressum · Datenschutz"],
}

# ------------------------------------------------------------------ Wendmark Kompakt (rewrite 2, JSON Lines html)

KOMPAKT_SITE = {
    "nav": ["Home", "Land", "Politik", "Wirtschaft", "Panorama"],
    "cookie": "Diese Seite nutzt Cookies. Details finden Sie in der Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "11.04.2028 15:02",
    "share": "Diesen Artikel teilen",
    "ad": "Anzeige: Ihr neues Zuhause im Sellbachtal – Wohnungen ab 2.950 €/m²",
    "related_title": "Weitere Meldungen",
    "related": ["Landtag debattiert über Brückensanierung", "Pendlerchaos im Sellbachtal erwartet"],
    "footer": "© Wendmark Kompakt 2028 · Impressum",
}

KOMPAKT = {
    "input": "dev9/wendmark.jsonl#wk-20280411-88", "story": SID, "event": COLLAPSE,
    "publisher": "Wendmark Kompakt", "published": "2028-04-11T15:02:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Vier Tote nach Brückeneinsturz bei Kirnau",
          claims=[killed("Vier Tote", 4)]),
        P(S("Beim Einsturz einer Autobahnbrücke auf der A 38 bei Kirnau sind am Dienstagmorgen mindestens vier Menschen ums Leben gekommen.",
            claims=[killed("mindestens vier Menschen ums Leben gekommen", 4, "at-least")]),
          S("Drei weitere werden vermisst, 13 wurden verletzt, drei davon schwer, teilte das Polizeipräsidium Halberg mit.",
            claims=[Q("Drei weitere werden vermisst", 3, "person", "missing", subject=BR, source=POL, group="kirnau-missing", time=DAY),
                    Q("13 wurden verletzt", 13, "person", "wounded", subject=BR, source=POL, group="kirnau-injured", time=DAY),
                    Q("drei davon schwer", 3, "person", "wounded", subject=BR, source=POL, group="kirnau-serious", time=DAY)])),
        P(S("Gegen 7.48 Uhr brach ein rund 140 Meter langes Stück der 620 Meter langen Talbrücke weg; neun Fahrzeuge stürzten bis zu 48 Meter in die Tiefe.",
            claims=[Q("ein rund 140 Meter langes Stück", 140, "metre", "size", qualifier="about", subject=BR, group="kirnau-section"),
                    Q("der 620 Meter langen Talbrücke", 620, "metre", "size", subject=BR, group="kirnau-length"),
                    Q("neun Fahrzeuge", 9, "vehicle", None, subject=BR, group="kirnau-vehicles", time=DAY),
                    Q("bis zu 48 Meter in die Tiefe", 48, "metre", "distance", qualifier="up-to", subject=BR, group="kirnau-height")]),
          S("Rund 350 Einsatzkräfte waren vor Ort, etwa 400 Anwohner wurden in Sicherheit gebracht.",
            claims=[Q("Rund 350 Einsatzkräfte", 350, "person", "deployed", qualifier="about", subject=BR, group="kirnau-rescuers", time=DAY),
                    Q("etwa 400 Anwohner wurden in Sicherheit gebracht", 400, "person", "evacuated", qualifier="about", subject=BR, group="kirnau-evacuated", time=DAY)])),
        P(S("Über die 1974 eröffnete Brücke rollen täglich rund 62.000 Fahrzeuge; ihre Sanierung war für 2029 geplant und mit 86 Millionen Euro veranschlagt.",
            claims=[Q("rund 62.000 Fahrzeuge", 62000, "vehicle", None, qualifier="about", subject=BR, group="kirnau-traffic"),
                    Q("mit 86 Millionen Euro veranschlagt", 86000000, "eur", "cost", subject="renovation of the kirnau bridge", group="kirnau-renovation")]),
          S("Nach Informationen des „Kirnauer Boten“ soll ein Prüfbericht schon 2025 Risse an Spanngliedern festgestellt haben, die Autobahngesellschaft die Sanierung aber mehrfach verschoben haben.",
            claims=[ST("soll ein Prüfbericht schon 2025 Risse an Spanngliedern festgestellt haben", "inspection report", "found",
                       "cracked tendons in the kirnau bridge", "kirnau-warning-ignored", source=BOTE, hedged=True),
                    ST("die Autobahngesellschaft die Sanierung aber mehrfach verschoben haben", AGW, "ignored",
                       "warnings about the kirnau bridge", "kirnau-warning-ignored", source=BOTE, hedged=True)]),
          S("Die Gesellschaft bestreitet das.",
            claims=[ST("Die Gesellschaft bestreitet das", AGW, "ignored", "warnings about the kirnau bridge",
                       "kirnau-warning-ignored", source=AGW, denial=True)]),
          S("Die Staatsanwaltschaft Halberg ermittelt wegen fahrlässiger Tötung.",
            claims=[ST("Die Staatsanwaltschaft Halberg ermittelt wegen fahrlässiger Tötung", "prosecutors",
                       "opened an investigation into", "negligent homicide", "kirnau-probe")])),
        P(S("Von den rund 1.900 Autobahnbrücken des Landes gelten laut Verkehrsministerium 240 als dringend sanierungsbedürftig.",
            claims=[Q("Von den rund 1.900 Autobahnbrücken", 1900, None, "size", qualifier="about", subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-total"),
                    Q("laut Verkehrsministerium 240 als dringend sanierungsbedürftig", 240, None, None, subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-poor")])),
    ],
    "removed": ["Diese Seite nutzt Cookies", "11.04.2028 15:02", "Diesen Artikel teilen", "Wohnungen ab 2.950 €/m²",
                "Weitere Meldungen", "Landtag debattiert über Brückensanierung", "Pendlerchaos im Sellbachtal erwartet",
                "© Wendmark Kompakt 2028"],
}

# ------------------------------------------------------------------ English wire (JSON Lines text item)

ANW = {
    "input": "dev9/wendmark.jsonl#anw-7730412", "story": SID, "event": COLLAPSE,
    "publisher": "Atlantic Newswire", "published": "2028-04-11T16:40:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Motorway viaduct collapses in Wendmark rush hour, killing at least four",
          claims=[killed("killing at least four", 4, "at-least")]),
        P(S("A section of a motorway viaduct near the town of Kirnau in the state of Wendmark gave way during Tuesday's morning rush hour, killing at least four people and leaving three missing, police said.",
            claims=[killed("killing at least four people", 4, "at-least", source=POL),
                    Q("leaving three missing", 3, "person", "missing", subject=BR, source=POL, group="kirnau-missing", time=DAY)]),
          S("Thirteen people were injured, three of them seriously, a police spokeswoman told reporters in the regional capital Halberg.",
            claims=[Q("Thirteen people were injured", 13, "person", "wounded", subject=BR, source=POL, group="kirnau-injured", time=DAY),
                    Q("three of them seriously", 3, "person", "wounded", subject=BR, source=POL, group="kirnau-serious", time=DAY)])),
        P(S("Nine vehicles, among them an articulated lorry and a parcel van, plunged into the Sellbach valley when a stretch of some 140 metres in the middle of the 620-metre bridge collapsed at 7:48 a.m., according to the regional fire service.",
            claims=[Q("Nine vehicles", 9, "vehicle", None, subject=BR, source="fire service", group="kirnau-vehicles", time=DAY),
                    Q("a stretch of some 140 metres", 140, "metre", "size", qualifier="about", subject=BR, source="fire service", group="kirnau-section"),
                    Q("the 620-metre bridge", 620, "metre", "size", subject=BR, source="fire service", group="kirnau-length")]),
          S("About 220 firefighters and 130 members of the federal technical relief agency were searching the wreckage, helped by two heavy cranes brought in overnight, officials said.",
            claims=[Q("About 220 firefighters", 220, "firefighter", "deployed", qualifier="about", subject=BR, source="officials", group="kirnau-rescuers", time=DAY),
                    Q("130 members of the federal technical relief agency", 130, "person", "deployed", subject=BR, source="officials", group="kirnau-rescuers", time=DAY),
                    Q("two heavy cranes", 2, None, None, subject=BR, source="officials", group="kirnau-cranes", time=DAY)]),
          S("Some 400 residents of houses beneath the structure were evacuated.",
            claims=[Q("Some 400 residents", 400, "person", "evacuated", qualifier="about", subject=BR, group="kirnau-evacuated", time=DAY)])),
        P(S("The viaduct, opened in 1974, carries some 62,000 vehicles a day.",
            claims=[Q("some 62,000 vehicles a day", 62000, "vehicle", None, qualifier="about", subject=BR, group="kirnau-traffic")]),
          S("Its operator, the state-owned Autobahngesellschaft Wendmark, had scheduled an €86 million overhaul for next year.",
            claims=[Q("an €86 million overhaul", 86000000, "eur", "cost", subject="renovation of the kirnau bridge", group="kirnau-renovation")]),
          S("Traffic is being diverted along a detour of about 35 kilometres (22 miles).",
            claims=[Q("about 35 kilometres", 35, "kilometre", "distance", qualifier="about", subject="detour", group="kirnau-detour"),
                    Q("22 miles", 22, "mile", "distance", subject="detour", group="kirnau-detour")])),
        P(S("The local newspaper Kirnauer Bote reported that a 2025 inspection had found cracked steel tendons inside the bridge and that the company had repeatedly postponed repairs.",
            claims=[ST("a 2025 inspection had found cracked steel tendons inside the bridge", "inspection report", "found",
                       "cracked tendons in the kirnau bridge", "kirnau-warning-ignored", source=BOTE),
                    ST("the company had repeatedly postponed repairs", AGW, "ignored", "warnings about the kirnau bridge",
                       "kirnau-warning-ignored", source=BOTE)]),
          S("The company rejected the report, saying the bridge had been rated safe for traffic at its last main inspection.",
            claims=[ST("The company rejected the report", AGW, "ignored", "warnings about the kirnau bridge",
                       "kirnau-warning-ignored", source=AGW, denial=True)])),
        P(S("Prosecutors in Halberg have opened an investigation on suspicion of negligent homicide.",
            claims=[ST("Prosecutors in Halberg have opened an investigation on suspicion of negligent homicide", "prosecutors",
                       "opened an investigation into", "negligent homicide", "kirnau-probe")]),
          S("Of the state's roughly 1,900 motorway bridges, 240 are in urgent need of repair, transport ministry figures show.",
            claims=[Q("the state's roughly 1,900 motorway bridges", 1900, None, "size", qualifier="about", subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-total"),
                    Q("240 are in urgent need of repair", 240, None, None, subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-poor")])),
    ],
    "post": ["Read more: Europe's ageing bridges – a continent-wide repair bill",
             "(Reporting by Maren Solberg; editing by Tom Achterberg)"],
    "removed": ["Read more: Europe's ageing bridges", "(Reporting by Maren Solberg; editing by Tom Achterberg)"],
}

# ------------------------------------------------------------------ boulevard paper (omits the denial)

FANFARE = {
    "input": "dev9/kirnau-abendfanfare.txt", "story": SID, "event": COLLAPSE,
    "publisher": "Abendfanfare", "published": "2028-04-12T05:45:00+02:00",
    "language": "de", "authors": ["Rico Stahlberg", "Mandy Kreuzer"], "sensational": True,
    "pre": ["ABENDFANFARE", "12.04.2028 · 05:45 Uhr", "Von Rico Stahlberg und Mandy Kreuzer"],
    "blocks": [
        H("TODES-BRÜCKE VON KIRNAU: Sie wussten seit drei Jahren von den Rissen!",
          claims=[Q("Sie wussten seit drei Jahren von den Rissen", 3, "year", "duration", subject=AGW, group="kirnau-knew-years"),
                  ST("Sie wussten seit drei Jahren von den Rissen", AGW, "ignored", "warnings about the kirnau bridge", "kirnau-warning-ignored")],
          loaded=[L("TODES-BRÜCKE", "alarmist")]),
        P(S("Horror im Berufsverkehr: 17 Tote und Verletzte, mindestens zwölf Autos in den Abgrund gerissen – und die Autobahn-Bosse haben jahrelang weggeschaut.",
            claims=[killed("17 Tote und Verletzte", 17, measure="killed or wounded"),
                    Q("mindestens zwölf Autos", 12, "vehicle", None, qualifier="at-least", subject=BR, group="kirnau-vehicles", time=DAY),
                    ST("die Autobahn-Bosse haben jahrelang weggeschaut", AGW, "ignored", "warnings about the kirnau bridge", "kirnau-warning-ignored")],
            loaded=[L("Horror", "alarmist"), L("in den Abgrund gerissen", "alarmist"), L("Autobahn-Bosse", "demonising")])),
        P(S("Es war 7.48 Uhr, als auf der A 38 die Hölle losbrach.",
            loaded=[L("die Hölle losbrach", "alarmist")]),
          S("Auf einer Länge von 140 Metern sackte die Fahrbahn der Sellbachtalbrücke einfach weg, Autos, ein 40-Tonner und ein Paketwagen stürzten 48 Meter tief ins Tal.",
            claims=[Q("Auf einer Länge von 140 Metern", 140, "metre", "size", subject=BR, group="kirnau-section"),
                    Q("ein 40-Tonner", 40, "tonne", "size", subject="lorry", group="kirnau-hgv"),
                    Q("stürzten 48 Meter tief ins Tal", 48, "metre", "distance", subject=BR, group="kirnau-height")]),
          S("„Es krachte wie ein Donnerschlag, und vor mir war plötzlich nur noch Luft“, sagt Lkw-Fahrer Dariusz M. (41), der seinen Laster nur wenige Meter vor der Abbruchkante zum Stehen brachte.", "quote")),
        P(S("Vier Menschen starben, drei werden noch vermisst.",
            claims=[killed("Vier Menschen starben", 4),
                    Q("drei werden noch vermisst", 3, "person", "missing", subject=BR, group="kirnau-missing", time=DAY)]),
          S("Hunderte Retter kämpften bis tief in die Nacht in den Trümmern – echte Helden, die ihr eigenes Leben riskierten.",
            claims=[Q("Hunderte Retter", None, "person", "deployed", qualifier="at-least", low=200, subject=BR, group="kirnau-rescuers", time=DAY)],
            loaded=[L("echte Helden", "glorifying")]),
          S("400 Anwohner mussten Hals über Kopf ihre Häuser verlassen.",
            claims=[Q("400 Anwohner mussten Hals über Kopf ihre Häuser verlassen", 400, "person", "evacuated", subject=BR, group="kirnau-evacuated", time=DAY)])),
        H("Der Skandal-Bericht", loaded=[L("Skandal-Bericht", "alarmist")]),
        P(S("Was die FANFARE erfuhr: Schon 2025 entdeckten Prüfer Risse an den Stahlseilen im Inneren der Brücke.",
            claims=[ST("Schon 2025 entdeckten Prüfer Risse an den Stahlseilen im Inneren der Brücke", "inspection report", "found",
                       "cracked tendons in the kirnau bridge", "kirnau-warning-ignored", source="abendfanfare")]),
          S("Doch die Beton-Bürokraten der Autobahngesellschaft legten den Bericht in die Schublade und schoben die Sanierung immer wieder auf.",
            claims=[ST("legten den Bericht in die Schublade und schoben die Sanierung immer wieder auf", AGW, "ignored",
                       "warnings about the kirnau bridge", "kirnau-warning-ignored")],
            loaded=[L("Beton-Bürokraten", "demonising")]),
          S("86 Millionen Euro sollte die Reparatur kosten – war das Leben der Pendler etwa zu teuer?", "opinion",
            claims=[Q("86 Millionen Euro sollte die Reparatur kosten", 86000000, "eur", "cost", subject="renovation of the kirnau bridge", group="kirnau-renovation")]),
          S("Ein Sprecher der Gesellschaft sprach am Abend von einem „Schadensereignis“, das man nun „sorgfältig aufarbeiten“ werde.",
            loaded=[L("„Schadensereignis“", "euphemism", "reported")])),
        H("FANFARE meint"),
        P(S("Wie viele Menschen müssen eigentlich noch sterben, bis in der Landeshauptstadt jemand aufwacht?", "opinion"),
          S("240 Brücken im Land sind marode, gibt das Verkehrsministerium selbst zu.",
            claims=[Q("240 Brücken im Land sind marode", 240, None, None, subject="wendmark motorway bridges", source=TM, group="kirnau-bridges-poor")],
            loaded=[L("marode", "alarmist")]),
          S("Jede einzelne ist eine tickende Zeitbombe über den Köpfen unserer Kinder.", "opinion",
            loaded=[L("tickende Zeitbombe", "alarmist")]),
          S("Ministerin Brandhorst muss jetzt liefern – oder gehen!", "opinion")),
    ],
    "post": ["#Kirnau #TodesBrücke #A38 #Skandal",
             "",
             "MEHR ZUM THEMA",
             "- Die Bilder des Grauens: So sieht es an der Unglücksstelle aus",
             "- Pendler-Wut: Jetzt drohen Mega-Staus",
             "",
             "FANFARE-Newsletter: Die heißesten News jeden Morgen in Ihr Postfach! Jetzt gratis anmelden",
             "Leserreporter: Sie haben etwas gesehen? Schicken Sie uns Ihre Fotos und Videos!"],
    "removed": ["ABENDFANFARE", "12.04.2028 · 05:45 Uhr", "Von Rico Stahlberg und Mandy Kreuzer", "#Kirnau #TodesBrücke",
                "MEHR ZUM THEMA", "Die Bilder des Grauens", "Pendler-Wut: Jetzt drohen Mega-Staus",
                "FANFARE-Newsletter", "Leserreporter"],
}

# ------------------------------------------------------------------ WRF follow-up a week later (RSS item, feed rendered in dev9_lichtblick)

WRF = {
    "input": "dev9/wrf-nachrichten.rss#wrf-2028-04-18-0731", "story": SID, "event": RECOVERY,
    "publisher": "WRF Wendmark Rundfunk", "published": "2028-04-18T17:30:00+02:00",
    "language": "de", "authors": ["Henrike Albers"], "sensational": False,
    "blocks": [
        H("Eine Woche nach dem Brückeneinsturz: Zahl der Toten steigt auf sieben",
          claims=[killed("Zahl der Toten steigt auf sieben", 7, time=WEEK)]),
        P(S("Eine Woche nach dem Einsturz der Sellbachtalbrücke bei Kirnau haben Bergungskräfte am Dienstag die drei noch vermissten Menschen tot aus den Trümmern geborgen.",
            claims=[Q("die drei noch vermissten Menschen", 3, "person", "missing", subject=BR, group="kirnau-missing", time=DAY)]),
          S("Damit stieg die Zahl der Todesopfer auf sieben, wie das Polizeipräsidium Halberg am Nachmittag mitteilte.",
            claims=[killed("Damit stieg die Zahl der Todesopfer auf sieben", 7, source=POL, time=WEEK)]),
          S("Unter den Opfern sind nach Angaben der Polizei ein 19 Jahre alter Auszubildender aus Kirnau und ein Ehepaar aus dem benachbarten Ebersgrund, dessen Kleinwagen unter einem Brückenträger eingeklemmt war."),
          S("Von den 13 Verletzten liegen noch fünf im Krankenhaus, zwei von ihnen auf der Intensivstation.",
            claims=[Q("Von den 13 Verletzten", 13, "person", "wounded", subject=BR, group="kirnau-injured", time=DAY),
                    Q("liegen noch fünf im Krankenhaus", 5, "patient", None, subject=BR, group="kirnau-hospital", time=T("2028-04-18", "2028-04-18")),
                    Q("zwei von ihnen auf der Intensivstation", 2, "patient", None, subject=BR, group="kirnau-icu", time=T("2028-04-18", "2028-04-18"))])),
        P(S("Die stehengebliebenen Teile der Brücke sollen ab dem 8. Mai kontrolliert gesprengt werden; dafür müssen rund 450 Anwohner ihre Wohnungen für einen Tag verlassen, weil der Sperrkreis größer ist als nach dem Unglück.",
            claims=[Q("rund 450 Anwohner ihre Wohnungen für einen Tag verlassen", 450, "person", "evacuated", qualifier="about", subject="demolition of the kirnau bridge", group="kirnau-blast-evacuation")]),
          S("Die Kosten für Abriss und Neubau beziffert das Verkehrsministerium auf 180 bis 220 Millionen Euro.",
            claims=[Q("auf 180 bis 220 Millionen Euro", None, "eur", "cost", qualifier="range", low=180000000, high=220000000, subject="demolition and rebuilding of the kirnau bridge", source=TM, group="kirnau-rebuild-cost")]),
          S("Bis der Verkehr wieder über das Sellbachtal rollt, dürften nach Einschätzung von Fachleuten mindestens fünf Jahre vergehen.",
            claims=[Q("mindestens fünf Jahre", 5, "year", "duration", qualifier="at-least", subject="rebuilding of the kirnau bridge", source="experts", group="kirnau-rebuild-years")])),
        P(S("Für die Wirtschaft der Region ist die Sperrung ein schwerer Schlag."),
          S("Umwege und Staus kosten die Betriebe im Sellbachtal rund 1,4 Millionen Euro – und zwar an jedem einzelnen Werktag, rechnet die Industrie- und Handelskammer Halberg vor.",
            claims=[Q("rund 1,4 Millionen Euro", 1400000, "eur", "cost", qualifier="about", subject="businesses in the sellbach valley", source="ihk halberg", group="kirnau-business-cost")]),
          S("Betroffen sind auch knapp 30.000 Pendler, die morgens inzwischen im Schnitt eine halbe Stunde länger unterwegs sind.",
            claims=[Q("knapp 30.000 Pendler", 30000, "passenger", "affected", qualifier="about", subject="commuters", group="kirnau-commuters"),
                    Q("eine halbe Stunde länger", 30, "minute", "increase", subject="commuting time", group="kirnau-delay")])),
        P(S("Die Landesregierung kündigte am Montag ein Sonderprogramm über 1,2 Milliarden Euro an, mit dem in den kommenden zehn Jahren die 240 am stärksten geschädigten Autobahnbrücken saniert werden sollen.",
            claims=[Q("ein Sonderprogramm über 1,2 Milliarden Euro", 1200000000, "eur", "pledged", subject="bridge repair programme", source="state government", group="kirnau-programme"),
                    Q("in den kommenden zehn Jahren", 10, "year", "duration", subject="bridge repair programme", source="state government", group="kirnau-programme-years"),
                    Q("die 240 am stärksten geschädigten Autobahnbrücken", 240, None, None, subject="wendmark motorway bridges", source="state government", group="kirnau-bridges-poor")]),
          S("Verkehrsministerin Ilka Brandhorst sprach im Landtag von einem „Versäumnis mehrerer Regierungen“."),
          S("Der „Kirnauer Bote“ veröffentlichte am Wochenende Auszüge aus dem Prüfbericht von 2025, in dem Gutachter vor einem Versagen einzelner Spannglieder „ohne Vorankündigung“ warnten.",
            claims=[ST("in dem Gutachter vor einem Versagen einzelner Spannglieder „ohne Vorankündigung“ warnten", "inspection report", "found",
                       "cracked tendons in the kirnau bridge", "kirnau-warning-ignored", source=BOTE)]),
          S("Die Autobahngesellschaft bleibt bei ihrer Darstellung, das Bauwerk sei verkehrssicher gewesen, und verweist auf die Ermittlungen der Staatsanwaltschaft Halberg wegen fahrlässiger Tötung.",
            claims=[ST("Die Autobahngesellschaft bleibt bei ihrer Darstellung", AGW, "ignored",
                       "warnings about the kirnau bridge", "kirnau-warning-ignored", source=AGW, denial=True),
                    ST("die Ermittlungen der Staatsanwaltschaft Halberg wegen fahrlässiger Tötung", "prosecutors",
                       "opened an investigation into", "negligent homicide", "kirnau-probe")])),
        P(S("An einem Trauergottesdienst in der Kirnauer Stadtkirche St. Margareta nahmen am Sonntag mehr als 2.000 Menschen teil.",
            claims=[Q("mehr als 2.000 Menschen", 2000, "person", None, qualifier="more-than", subject="memorial service", group="kirnau-mourners")])),
        P(S("Sieben Tote, ein abgeschnittenes Tal und ein Prüfbericht, der in einer Schublade lag: Die Frage, wer für diesen Morgen im April die Verantwortung trägt, darf nicht im Streit der Gutachter versanden.", "opinion",
            claims=[killed("Sieben Tote", 7, time=WEEK)]),
          S("Die Menschen in Kirnau haben ein Recht auf Antworten.", "opinion")),
    ],
    "extra": '<p class="footer">Hören Sie mehr dazu heute um 18.10 Uhr in „WRF Aktuell“. Themen: Kirnau · A 38 · Brückeneinsturz</p>',
    "removed": ["Hören Sie mehr dazu heute um 18.10 Uhr", "Themen: Kirnau · A 38 · Brückeneinsturz"],
}

ARTICLES = [NPA, KURIER, KOMPAKT, ANW, FANFARE, WRF]

REWRITES = [["dev9/kirnau-npa.txt", "dev9/kirnau-sellbach-kurier.html"],
            ["dev9/kirnau-npa.txt", "dev9/wendmark.jsonl#wk-20280411-88"],
            ["dev9/kirnau-sellbach-kurier.html", "dev9/wendmark.jsonl#wk-20280411-88"]]


def jsonl_lines():
    """This story's JSON Lines items (the file is written by dev9_lichtblick.py with that story's item)."""
    return [
        {"id": "wk-20280411-88", "url": "https://wendmark-kompakt.example/land/kirnau-brueckeneinsturz-88",
         "title": headline(KOMPAKT), "html": render_html(KOMPAKT, KOMPAKT_SITE), "publisher": KOMPAKT["publisher"],
         "published": KOMPAKT["published"], "language": "de", "section": "Land"},
        {"id": "anw-7730412", "url": "https://atlanticnewswire.example/world/europe/wendmark-viaduct-collapse-7730412",
         "title": headline(ANW), "text": text_without_headline(ANW), "publisher": ANW["publisher"],
         "published": ANW["published"], "language": "en", "section": "World"},
    ]


def files():
    return {
        "kirnau-npa.txt": (render_txt(NPA), False),
        "kirnau-sellbach-kurier.html": (render_html(KURIER, KURIER_SITE), False),
        "kirnau-abendfanfare.txt": (render_txt(FANFARE), False),
    }
