"""dev12 story 4: a gunman holds hostages in a branch of the Kellbrunner Sparbank for about seven hours until a special
police unit storms it (Tuesday, 22 August 2028).

The local paper's HTML page (a resident's account of shots in Konjunktiv over two sentences, the police's denial with a
counter-figure) and a tabloid (same tabloid and template as its Ostrahlen story) that counts five hostages, names a
higher ransom and states the shots as fact, omitting the denial. Its look-alike is the Dorlach post-office hostage-taking
of 2026 (dev12_dorlach.py). Invented by the Parallax team: towns, bank, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-kellbrunn-hostages"
EV = "ev-kellbrunn-siege"
STORY = {"id": SID, "label": "Hostage-taking at the Kellbrunner Sparbank",
         "events": [{"id": EV, "label": "A gunman holds hostages in a Kellbrunn bank branch for about seven hours until police storm it (22 August 2028)"}]}

POL = "police"
SIEGE = "kellbrunn hostage-taking"
DAY = T("2028-08-22", "2028-08-22")

GROUPS = [
    {"id": "kb-duration", "story": SID, "status": "agreed",
     "why": "About seven hours (Kellbrunner Nachrichten) and seven hours (KRACHER, headline and body)."},
    {"id": "kb-hostages", "story": SID, "status": "conflicting",
     "why": "Four hostages (police via the Kellbrunner Nachrichten) cannot be KRACHER's five."},
    {"id": "kb-hostage-staff", "story": SID, "status": "single-source", "why": "Only the Kellbrunner Nachrichten: three of the hostages were staff."},
    {"id": "kb-hostage-injured", "story": SID, "status": "single-source", "why": "Only the Kellbrunner Nachrichten: one hostage slightly cut."},
    {"id": "kb-ransom", "story": SID, "status": "conflicting",
     "why": "1.5 million euros demanded (police via the Kellbrunner Nachrichten) against two million (KRACHER)."},
    {"id": "kb-cordon", "story": SID, "status": "single-source", "why": "Only the Kellbrunner Nachrichten: a cordon of 300 metres."},
    {"id": "kb-evacuated", "story": SID, "status": "single-source", "why": "Only the Kellbrunner Nachrichten: about 60 residents evacuated."},
    {"id": "kb-officers", "story": SID, "status": "compatible",
     "why": "About 250 officers (Kellbrunner Nachrichten) beside KRACHER's looser 'Hunderte Polizisten'."},
    {"id": "kb-shots", "story": SID, "status": "disputed",
     "why": "A resident says shots were fired during the storming (Kellbrunner Nachrichten), KRACHER states it as fact; the police deny it (Kellbrunner Nachrichten); KRACHER omits the denial."},
    {"id": "kb-shots-count", "story": SID, "status": "disputed",
     "why": "At least three shots (a resident via the Kellbrunner Nachrichten; KRACHER as fact) against the police's two stun grenades in their denial."},
    {"id": "kb-arrest", "story": SID, "status": "agreed", "why": "Kellbrunner Nachrichten and KRACHER: the gunman was arrested."},
]

# ------------------------------------------------------------------ Kellbrunner Nachrichten (de local paper, HTML)

KN_SITE = {
    "nav": ["Kellbrunn", "Umland", "Blaulicht", "Vereine", "Wirtschaft", "Sport", "Anzeigen"],
    "cookie": "Wir verwenden Cookies. Mit „OK“ erklären Sie sich mit der Nutzung einverstanden.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "Dienstag, 22. August 2028, 19:30 Uhr",
    "share": "Teilen · Drucken · Kommentare (112)",
    "ad": "Anzeige: Sicherheitstechnik Brandl – Alarmanlagen ab 499 €, Beratung unter 08341 / 77 12 90",
    "related_title": "Meistgelesen",
    "related": ["Kirchweih 2028: Das ist das Programm", "Stadtrat beschließt 2,4 Millionen für neue Kita",
                "Unfall auf der B 312: Zwei Leichtverletzte"],
    "footer": "© Kellbrunner Nachrichten 2028 · Impressum · Datenschutz · Leserservice",
    "inline": '<div class="live"><strong>Liveblog zum Nachlesen:</strong> <a href="/live/geiselnahme">Alle Ereignisse des Tages</a></div>',
    "inline_at": 2,
}

KN = {
    "input": "dev12/kellbrunn-nachrichten.html", "story": SID, "event": EV,
    "publisher": "Kellbrunner Nachrichten", "published": "2028-08-22T19:30:00+02:00",
    "language": "de", "authors": ["Tobias Renz"], "sensational": False,
    "blocks": [
        H("Geiselnahme in Kellbrunner Sparbank nach sieben Stunden beendet",
          claims=[Q("nach sieben Stunden", 7, "hour", "duration", subject=SIEGE, group="kb-duration", time=DAY)]),
        P(S("Nach rund sieben Stunden hat ein Spezialeinsatzkommando der Polizei am Dienstag eine Geiselnahme in der Filiale der Kellbrunner Sparbank am Marktplatz beendet.",
            claims=[Q("Nach rund sieben Stunden", 7, "hour", "duration", "about", subject=SIEGE, group="kb-duration", time=DAY)]),
          S("Die vier Geiseln – drei Angestellte und eine Kundin – kamen frei, wie eine Polizeisprecherin mitteilte.",
            claims=[Q("Die vier Geiseln", 4, "person", "captured", subject=SIEGE, source=POL, group="kb-hostages", time=DAY),
                    Q("drei Angestellte", 3, "person", "captured", subject=SIEGE, source=POL, group="kb-hostage-staff", time=DAY)]),
          S("Eine Geisel erlitt leichte Schnittverletzungen.",
            claims=[Q("Eine Geisel erlitt leichte Schnittverletzungen", 1, "person", "wounded", subject=SIEGE, group="kb-hostage-injured", time=DAY)])),
        P(S("Der 44 Jahre alte Täter hatte die Bank gegen 9.40 Uhr mit einer Pistole betreten."),
          S("Er forderte nach Polizeiangaben 1,5 Millionen Euro und ein Fluchtauto.",
            claims=[Q("1,5 Millionen Euro", 1500000, "eur", None, subject=SIEGE, source=POL, group="kb-ransom", time=DAY)]),
          S("Einer weiteren Kundin gelang zu Beginn die Flucht durch einen Hinterausgang.")),
        P(S("Die Polizei sperrte die Innenstadt im Umkreis von 300 Metern ab, rund 60 Anwohnerinnen und Anwohner mussten ihre Wohnungen verlassen.",
            claims=[Q("im Umkreis von 300 Metern", 300, "metre", "size", subject=SIEGE, source=POL, group="kb-cordon", time=DAY),
                    Q("rund 60 Anwohnerinnen und Anwohner", 60, "person", "evacuated", "about", subject=SIEGE, group="kb-evacuated", time=DAY)]),
          S("Insgesamt waren rund 250 Beamtinnen und Beamte im Einsatz.",
            claims=[Q("rund 250 Beamtinnen und Beamte", 250, "person", "deployed", "about", subject=SIEGE, group="kb-officers", time=DAY)])),
        P(S("Ein Anwohner berichtete, er habe beim Zugriff mindestens drei Schüsse gehört.",
            claims=[ST("er habe beim Zugriff mindestens drei Schüsse gehört", POL, "fired shots", "bank branch", "kb-shots", source="resident", hedged=True),
                    Q("mindestens drei Schüsse", 3, None, None, "at-least", subject=SIEGE, source="resident", hedged=True, group="kb-shots-count", time=DAY)]),
          S("Danach sei es in der Filiale still geworden."),
          S("Die Polizei widersprach: Es sei kein einziger Schuss gefallen, die Beamten hätten zwei Blendgranaten gezündet.",
            claims=[ST("Die Polizei widersprach", POL, "fired shots", "bank branch", "kb-shots", source=POL, denial=True),
                    Q("zwei Blendgranaten", 2, "shell", None, subject=SIEGE, source=POL, hedged=True, group="kb-shots-count", time=DAY)])),
        P(S("Der Täter wurde leicht verletzt festgenommen.",
            claims=[ST("Der Täter wurde leicht verletzt festgenommen", POL, "arrested", "gunman", "kb-arrest")]),
          S("Zu seinem Motiv machte die Polizei zunächst keine Angaben.")),
        P(S("Filialleiterin Birgit Hanselmann sagte am Abend: „Ich bin unendlich dankbar, dass alle leben.“", "quote"),
          S("Die Filiale bleibt bis auf Weiteres geschlossen, Kundinnen und Kunden werden an die Geschäftsstelle in der Bahnhofstraße 18 verwiesen.")),
    ],
    "removed": ["Wir verwenden Cookies", "Dienstag, 22. August 2028, 19:30 Uhr", "Kommentare (112)", "Sicherheitstechnik Brandl",
                "08341 / 77 12 90", "Kirchweih 2028: Das ist das Programm", "Stadtrat beschließt 2,4 Millionen für neue Kita",
                "Unfall auf der B 312: Zwei Leichtverletzte", "© Kellbrunner Nachrichten 2028", "Liveblog zum Nachlesen",
                "Alle Ereignisse des Tages"],
}

# ------------------------------------------------------------------ KRACHER (de tabloid, dateline block; omits the denial)

KRACHER = {
    "input": "dev12/kellbrunn-kracher.txt", "story": SID, "event": EV,
    "publisher": "KRACHER", "published": "2028-08-23T05:15:00+02:00",
    "language": "de", "authors": ["Sandra Weibel"], "sensational": True,
    "pre": ["KRACHER", "23.08.2028 – 05:15", "Von Sandra Weibel"],
    "blocks": [
        H("SIEBEN STUNDEN TODESANGST! Geisel-Gangster hielt fünf Menschen in seiner Gewalt",
          claims=[Q("SIEBEN STUNDEN", 7, "hour", "duration", subject=SIEGE, group="kb-duration", time=DAY),
                  Q("fünf Menschen in seiner Gewalt", 5, "person", "captured", subject=SIEGE, group="kb-hostages", time=DAY)],
          loaded=[L("TODESANGST", "alarmist"), L("Geisel-Gangster", "demonising")]),
        P(S("Kellbrunn hielt den Atem an.", "opinion"),
          S("Sieben Stunden lang bedrohte ein irrer Gangster (44) in der Sparbank am Marktplatz fünf Geiseln mit einer Pistole.",
            claims=[Q("Sieben Stunden lang", 7, "hour", "duration", subject=SIEGE, group="kb-duration", time=DAY),
                    Q("fünf Geiseln", 5, "person", "captured", subject=SIEGE, group="kb-hostages", time=DAY)],
            loaded=[L("irrer Gangster", "demonising")])),
        P(S("Dann stürmten die Elite-Polizisten des SEK die Filiale.", loaded=[L("Elite-Polizisten", "glorifying")]),
          S("Mindestens drei Schüsse peitschten durch die Schalterhalle!",
            claims=[Q("Mindestens drei Schüsse", 3, None, None, "at-least", subject=SIEGE, group="kb-shots-count", time=DAY),
                    ST("Mindestens drei Schüsse peitschten durch die Schalterhalle", POL, "fired shots", "bank branch", "kb-shots")]),
          S("Der Gangster sitzt jetzt in U-Haft.",
            claims=[ST("Der Gangster sitzt jetzt in U-Haft", POL, "arrested", "gunman", "kb-arrest")])),
        P(S("Der Gangster wollte zwei Millionen Euro und ein Fluchtauto.",
            claims=[Q("zwei Millionen Euro", 2000000, "eur", None, subject=SIEGE, group="kb-ransom", time=DAY)]),
          S("Hunderte Polizisten riegelten die Innenstadt ab.",
            claims=[Q("Hunderte Polizisten", 200, "person", "deployed", "at-least", subject=SIEGE, group="kb-officers", time=DAY)])),
        P(S("Bank-Angestellte Jessica K. (29) zum KRACHER: „Er hat gesagt, er bringt uns alle um.“", "quote"),
          S("Was für ein Horror-Tag!", "opinion", loaded=[L("Horror-Tag", "alarmist")])),
        P(S("KRACHER meint: Solche Bestien gehören für immer hinter Gitter!", "opinion", loaded=[L("Bestien", "demonising")])),
    ],
    "post": ["Mehr vom KRACHER:", "- Blaulicht-Ticker: Alle Einsätze der Nacht", "- KRACHER+ jetzt 30 Tage gratis testen",
             "", "#Kellbrunn #Geiselnahme #SEK"],
    "removed": ["23.08.2028 – 05:15", "Von Sandra Weibel", "Mehr vom KRACHER:", "Blaulicht-Ticker: Alle Einsätze der Nacht",
                "30 Tage gratis testen", "#Kellbrunn #Geiselnahme #SEK"],
}

ARTICLES = [KN, KRACHER]

REWRITES = []


def files():
    return {
        "kellbrunn-nachrichten.html": (render_html(KN, KN_SITE), False),
        "kellbrunn-kracher.txt": (render_txt(KRACHER), False),
    }
