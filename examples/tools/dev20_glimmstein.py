"""dev20 story 1: thieves break into the Landesmuseum Glimmstein (Peltarien) in the night to Tuesday, 14 October 2036, and
steal jewels of the ducal treasure of Eldra; the museum first counts eleven pieces, on Wednesday fourteen, insured for
about 38 million euros. The guards' union WDG says only two guards were on duty instead of five and the alarm in the
exhibition wing was partly switched off to save money; the museum denies it and counts four guards. Six days later
(Monday, 20 October) the police arrest three suspects and recover nine pieces.

A German agency report (ppd, dateline block), its rewrite by the local paper (HTML), an English wire report on Wednesday
with the corrected count, a German tabloid on Thursday that omits the denial and inflates the value, a security firm's
advertorial (gzip-compressed text) on Friday that states the charge as fact, and a German broadcaster's follow-up (Atom) on
the arrests. Invented by the Parallax team: country, town, museum, union, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom

SID = "st-glimmstein-heist"
EV1 = "ev-glimmstein-break-in"
EV2 = "ev-glimmstein-arrests"
STORY = {"id": SID, "label": "Jewel theft from the Landesmuseum Glimmstein, Peltarien",
         "events": [{"id": EV1, "label": "Thieves break into the Landesmuseum Glimmstein and steal pieces of the Eldra ducal treasure; the union says the alarm was partly off, the museum denies it (14–17 October 2036)"},
                    {"id": EV2, "label": "Police arrest three suspects and recover nine of the stolen pieces (20–21 October 2036)"}]}

MUSEUM = "landesmuseum glimmstein"
WDG = "wdg"
HEIST = "glimmstein museum theft"
PIECES = "pieces stolen from the landesmuseum glimmstein"
VALUE = "value of the jewels stolen from the landesmuseum glimmstein"
GUARDS = "guards on duty at the landesmuseum glimmstein on the night of the theft"
TUE = T("2036-10-14", "2036-10-14")
WED = T("2036-10-15", "2036-10-15")
MON = T("2036-10-20", "2036-10-20")
ALARM = (MUSEUM, "halted", "alarm system in the exhibition wing, partly switched off to save money")
ARREST = ("police", "arrested", "three suspects of the glimmstein museum theft")

GROUPS = [
    {"id": "gh-pieces", "story": SID, "status": "compatible",
     "why": "Eleven pieces by the museum's first count on Tuesday (ppd, Kurier, restated by Crossline) and 14 by its count on Wednesday (Crossline, KNALLER, Nordwelle): an earlier and a later figure."},
    {"id": "gh-minutes", "story": SID, "status": "agreed",
     "why": "The thieves were inside for about seven minutes (ppd 'knapp sieben', Kurier 'nicht einmal sieben', Crossline 'less than seven', KNALLER and the advertorial 'sieben')."},
    {"id": "gh-value", "story": SID, "status": "conflicting",
     "why": "About 38 million euros by the museum's insured value (ppd, Kurier, Crossline with $41 million, the advertorial) against KNALLER's 'mehr als 100 Millionen Euro' the same week: both cannot be true."},
    {"id": "gh-guard-injured", "story": SID, "status": "agreed", "why": "One guard was injured (ppd, Kurier, Crossline, KNALLER)."},
    {"id": "gh-guards", "story": SID, "status": "disputed",
     "why": "Only two guards on duty by the union WDG's account (ppd hedged, Kurier, Crossline; KNALLER as fact) against the museum's four in its denial (ppd, Kurier, Crossline)."},
    {"id": "gh-guards-required", "story": SID, "status": "agreed", "why": "Five guards are required at night, says the WDG (ppd, Kurier)."},
    {"id": "gh-alarm", "story": SID, "status": "disputed",
     "why": "The WDG says the alarm in the exhibition wing was partly switched off to save money (ppd hedged, Kurier hedged, Crossline, Nordwelle hedged); KNALLER and the advertorial state it as fact; the museum denies it (ppd, Kurier, Crossline, Nordwelle); KNALLER and the advertorial omit the denial."},
    {"id": "gh-investigators", "story": SID, "status": "agreed", "why": "A special unit of 40 investigators (ppd, Kurier, Crossline)."},
    {"id": "gh-prison", "story": SID, "status": "agreed", "why": "The thieves face up to ten years in prison (Kurier, Crossline)."},
    {"id": "gh-arrest", "story": SID, "status": "single-source", "why": "Only Nordwelle: the police arrested suspects."},
    {"id": "gh-arrested", "story": SID, "status": "single-source", "why": "Only Nordwelle: three suspects arrested on Monday (headline, body, the three men)."},
    {"id": "gh-recovered", "story": SID, "status": "single-source", "why": "Only Nordwelle: nine pieces recovered."},
    {"id": "gh-still-missing", "story": SID, "status": "single-source", "why": "Only Nordwelle: five pieces still missing."},
    {"id": "gh-recovered-value", "story": SID, "status": "single-source", "why": "Only Nordwelle: the recovered pieces are worth about 21 million euros."},
    {"id": "gh-adv-share", "story": SID, "status": "single-source", "why": "Only the advertorial: every third alarm system badly maintained."},
    {"id": "gh-adv-check", "story": SID, "status": "single-source", "why": "Only the advertorial: a check takes 90 minutes."},
    {"id": "gh-adv-price", "story": SID, "status": "single-source", "why": "Only the advertorial: the check costs 149 euros."},
    {"id": "gh-adv-customers", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 3,000 customers."},
]

# ------------------------------------------------------------------ ppd (de agency report; Tuesday)

PPD = {
    "input": "dev20/glimmstein-ppd.txt", "story": SID, "event": EV1,
    "publisher": "ppd Peltarischer Pressedienst", "published": "2036-10-14T11:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ppd Peltarischer Pressedienst", "Di 14.10.2036 – 11:30", "Ressort: Panorama"],
    "blocks": [
        H("Einbruch ins Landesmuseum Glimmstein: Diebe erbeuten Herzogsschmuck"),
        P(S("GLIMMSTEIN (ppd) – Unbekannte sind in der Nacht zum Dienstag in das Landesmuseum Glimmstein eingebrochen und haben elf Schmuckstücke aus dem Kronschatz der Herzöge von Eldra gestohlen.",
            claims=[Q("elf Schmuckstücke", 11, None, None, subject=PIECES, group="gh-pieces", time=TUE)]),
          S("Nach Angaben der Polizei waren die Täter knapp sieben Minuten im Gebäude.",
            claims=[Q("knapp sieben Minuten", 7, "minute", "duration", "about", subject=HEIST, source="police", group="gh-minutes", time=None)])),
        P(S("Das Museum beziffert den Versicherungswert der Beute auf rund 38 Millionen Euro.",
            claims=[Q("rund 38 Millionen Euro", 38000000, "eur", None, "about", subject=VALUE, source=MUSEUM, group="gh-value", time=None)]),
          S("Ein Wachmann wurde bei dem Einbruch leicht verletzt.",
            claims=[Q("Ein Wachmann", 1, "person", "wounded", subject=HEIST, group="gh-guard-injured", time=TUE)]),
          S("Die Täter flüchteten in einem dunklen Kombi.")),
        P(S("Die Wachdienstgewerkschaft WDG erhebt schwere Vorwürfe gegen die Museumsleitung."),
          S("In der Nacht seien nur zwei Wachleute im Dienst gewesen, vorgeschrieben seien fünf.",
            claims=[Q("nur zwei Wachleute", 2, "person", "deployed", subject=GUARDS, source=WDG, hedged=True, group="gh-guards", time=TUE),
                    Q("fünf", 5, "person", "deployed", subject="guards required at night at the landesmuseum glimmstein", source=WDG, hedged=True, group="gh-guards-required", time=None)]),
          S("Zudem sei die Alarmanlage im Ausstellungsflügel seit Wochen teilweise abgeschaltet gewesen, um Kosten zu sparen.",
            claims=[ST("sei die Alarmanlage im Ausstellungsflügel seit Wochen teilweise abgeschaltet gewesen", *ALARM, "gh-alarm", source=WDG, hedged=True)])),
        P(S("Das Museum wies das zurück.",
            claims=[ST("Das Museum wies das zurück", *ALARM, "gh-alarm", source=MUSEUM, denial=True)]),
          S("Die Anlage sei zu jeder Zeit vollständig in Betrieb gewesen, in der Nacht hätten vier Wachleute Dienst gehabt, teilte eine Sprecherin mit.",
            claims=[ST("Die Anlage sei zu jeder Zeit vollständig in Betrieb gewesen", *ALARM, "gh-alarm", source=MUSEUM, hedged=True, denial=True),
                    Q("vier Wachleute", 4, "person", "deployed", subject=GUARDS, source=MUSEUM, hedged=True, group="gh-guards", time=TUE)]),
          S("Die Kriminalpolizei hat eine Sonderkommission mit 40 Ermittlern gebildet.",
            claims=[Q("40 Ermittlern", 40, "person", "deployed", subject=HEIST, group="gh-investigators", time=None)])),
    ],
    "post": ["ppd rk/pa 141130 Okt 36", "", "Themen: Kriminalität · Glimmstein · Museen",
             "© ppd Peltarischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Di 14.10.2036 – 11:30", "Ressort: Panorama", "ppd rk/pa 141130 Okt 36",
                "Themen: Kriminalität · Glimmstein · Museen", "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Glimmsteiner Kurier (de local paper, HTML; rewrite of ppd)

KURIER_SITE = {
    "nav": ["Startseite", "Glimmstein", "Umland", "Peltarien", "Kultur", "Sport", "Traueranzeigen"],
    "cookie": "Wir und unsere 96 Partner verwenden Cookies. Mit „Zustimmen“ erlauben Sie personalisierte Werbung.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "14.10.2036, 15:05 Uhr",
    "share": "Teilen · 64 Kommentare",
    "ad": "Juwelier Morgenthal: Herbstaktion – 20 Prozent auf Trauringe",
    "related_title": "Mehr aus Glimmstein",
    "related": ["Museumsnacht im November: 12 Häuser machen mit", "Kulturetat steigt um 3 Prozent",
                "Bildergalerie: Der Kronschatz von Eldra (18 Fotos)"],
    "footer": "© Glimmsteiner Kurier 2036 · Impressum · Datenschutz · Leserservice",
    "inline": '<div class="teaser">Auch interessant: Die spektakulärsten Museumsdiebstähle Peltariens (Plus)</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Glimmsteiner Kurier/Timo Brandl</p>',
}

KURIER = {
    "input": "dev20/glimmstein-kurier.html", "story": SID, "event": EV1,
    "publisher": "Glimmsteiner Kurier", "published": "2036-10-14T15:05:00+02:00",
    "language": "de", "authors": ["Sabine Krohn"], "sensational": False,
    "blocks": [
        H("Millionenbeute aus dem Landesmuseum: Polizei jagt Juwelendiebe"),
        P(S("In der Nacht auf Dienstag sind Einbrecher in das Landesmuseum eingestiegen und haben elf Stücke des Eldra-Kronschatzes mitgenommen.",
            claims=[Q("elf Stücke", 11, None, None, subject=PIECES, group="gh-pieces", time=TUE)]),
          S("Laut Polizei hielten sie sich nicht einmal sieben Minuten im Haus auf.",
            claims=[Q("nicht einmal sieben Minuten", 7, "minute", "duration", "less-than", subject=HEIST, source="police", group="gh-minutes", time=None)])),
        P(S("Den Wert der Juwelen gibt das Museum mit etwa 38 Millionen Euro an.",
            claims=[Q("etwa 38 Millionen Euro", 38000000, "eur", None, "about", subject=VALUE, source=MUSEUM, group="gh-value", time=None)]),
          S("Ein Wachmann erlitt leichte Verletzungen.",
            claims=[Q("Ein Wachmann", 1, "person", "wounded", subject=HEIST, group="gh-guard-injured", time=TUE)])),
        P(S("Die Gewerkschaft WDG kritisiert die Museumsleitung scharf: Statt der vorgeschriebenen fünf Wachleute seien nur zwei im Einsatz gewesen.",
            claims=[Q("vorgeschriebenen fünf Wachleute", 5, "person", "deployed", subject="guards required at night at the landesmuseum glimmstein", source=WDG, hedged=True, group="gh-guards-required", time=None),
                    Q("nur zwei", 2, "person", "deployed", subject=GUARDS, source=WDG, hedged=True, group="gh-guards", time=TUE)]),
          S("Auch die Alarmanlage sei teilweise abgeschaltet gewesen.",
            claims=[ST("Auch die Alarmanlage sei teilweise abgeschaltet gewesen", *ALARM, "gh-alarm", source=WDG, hedged=True)]),
          S("Das Museum bestreitet das und spricht von vier Wachleuten in der Tatnacht.",
            claims=[ST("Das Museum bestreitet das", *ALARM, "gh-alarm", source=MUSEUM, denial=True),
                    Q("vier Wachleuten", 4, "person", "deployed", subject=GUARDS, source=MUSEUM, group="gh-guards", time=TUE)])),
        P(S("„Das ist ein schwarzer Tag für unsere Stadt“, sagte Bürgermeister Anton Rehbein.", "quote"),
          S("Eine Sonderkommission mit 40 Ermittlern ist im Einsatz.",
            claims=[Q("40 Ermittlern", 40, "person", "deployed", subject=HEIST, group="gh-investigators", time=None)]),
          S("Den Tätern drohen bis zu zehn Jahre Haft.",
            claims=[Q("bis zu zehn Jahre", 10, "year", "duration", "up-to", subject="prison term the glimmstein thieves face", group="gh-prison", time=None)])),
        H("Kommentar: Wer an der Wache spart, lädt die Diebe ein"),
        P(S("Ob die Alarmanlage nun lief oder nicht, wird die Polizei klären.", "opinion"),
          S("Doch ein Museum, das einen Schatz von Weltrang zeigt, darf nachts nicht mit einer Notbesetzung auskommen.", "opinion"),
          S("Die Stadt sollte jetzt Geld für mehr Wachleute bereitstellen, bevor der Rest des Kronschatzes auch noch verschwindet.", "opinion")),
    ],
    "removed": ["Wir und unsere 96 Partner", "14.10.2036, 15:05 Uhr", "64 Kommentare", "20 Prozent auf Trauringe",
                "Museumsnacht im November", "Kulturetat steigt um 3 Prozent", "(18 Fotos)",
                "Die spektakulärsten Museumsdiebstähle", "Foto: Glimmsteiner Kurier/Timo Brandl", "© Glimmsteiner Kurier 2036"],
}

# ------------------------------------------------------------------ Crossline Wire (en wire, dateline block; Wednesday)

CROSSLINE = {
    "input": "dev20/glimmstein-crossline.txt", "story": SID, "event": EV1,
    "publisher": "Crossline Wire", "published": "2036-10-15T18:20:00+02:00",
    "language": "en", "authors": ["Maeve Linford"], "sensational": False,
    "pre": ["CROSSLINE WIRE", "Oct 15, 2036 · 18:20 CEST", "By Maeve Linford"],
    "blocks": [
        H("Thieves took 14 pieces of ducal jewels, Peltarian museum says",
          claims=[Q("14 pieces", 14, None, None, subject=PIECES, source=MUSEUM, group="gh-pieces", time=WED)]),
        P(S("GLIMMSTEIN, Peltaria – The Glimmstein State Museum said on Wednesday that thieves who broke in early on Tuesday took 14 pieces of the Eldra ducal treasure, not 11 as it first reported.",
            claims=[Q("14 pieces", 14, None, None, subject=PIECES, source=MUSEUM, group="gh-pieces", time=WED),
                    Q("not 11 as it first reported", 11, None, None, subject=PIECES, source=MUSEUM, group="gh-pieces", time=TUE)]),
          S("It put their insured value at about €38 million ($41 million).",
            claims=[Q("about €38 million", 38000000, "eur", None, "about", subject=VALUE, source=MUSEUM, group="gh-value", time=None),
                    Q("$41 million", 41000000, "usd", None, "about", subject=VALUE, source=MUSEUM, group="gh-value", time=None)]),
          S("Police said the thieves spent less than seven minutes inside and escaped in a dark estate car.",
            claims=[Q("less than seven minutes", 7, "minute", "duration", "less-than", subject=HEIST, source="police", group="gh-minutes", time=None)]),
          S("One guard was slightly injured.",
            claims=[Q("One guard", 1, "person", "wounded", subject=HEIST, group="gh-guard-injured", time=TUE)])),
        P(S("The guards' union WDG said only two guards were on duty that night and that the alarm in the exhibition wing had been partly switched off for weeks to save money.",
            claims=[Q("only two guards", 2, "person", "deployed", subject=GUARDS, source=WDG, group="gh-guards", time=TUE),
                    ST("the alarm in the exhibition wing had been partly switched off for weeks to save money", *ALARM, "gh-alarm", source=WDG)]),
          S("The museum denied this, saying four guards were on duty and the alarm system was fully working.",
            claims=[ST("The museum denied this", *ALARM, "gh-alarm", source=MUSEUM, denial=True),
                    Q("four guards", 4, "person", "deployed", subject=GUARDS, source=MUSEUM, group="gh-guards", time=TUE)]),
          S("A special police unit of 40 investigators is working on the case.",
            claims=[Q("40 investigators", 40, "person", "deployed", subject=HEIST, group="gh-investigators", time=None)]),
          S("If caught, the thieves face up to ten years in prison.",
            claims=[Q("up to ten years", 10, "year", "duration", "up-to", subject="prison term the glimmstein thieves face", group="gh-prison", time=None)])),
    ],
    "post": ["(Reporting by Maeve Linford; editing by Piet Ammons)", "", "© 2036 Crossline Wire. All rights reserved."],
    "removed": ["Oct 15, 2036 · 18:20 CEST", "By Maeve Linford", "Reporting by Maeve Linford", "editing by Piet Ammons",
                "© 2036 Crossline Wire"],
}

# ------------------------------------------------------------------ KNALLER (de tabloid; Thursday; omits the denial)

KNALLER = {
    "input": "dev20/glimmstein-knaller.txt", "story": SID, "event": EV1,
    "publisher": "KNALLER", "published": "2036-10-16T06:00:00+02:00",
    "language": "de", "authors": ["Dennis Wollmer"], "sensational": True,
    "pre": ["KNALLER", "Do., 16.10.2036 · 06:00 Uhr", "Von Dennis Wollmer"],
    "blocks": [
        H("JUWELEN-COUP IM MUSEUM! Alarmanlage war AUS – Beute über 100 Millionen!",
          claims=[ST("Alarmanlage war AUS", *ALARM, "gh-alarm"),
                  Q("über 100 Millionen", 100000000, "eur", None, "more-than", subject=VALUE, group="gh-value", time=None)],
          loaded=[L("JUWELEN-COUP", "alarmist")]),
        P(S("Was für eine Blamage für unser Landesmuseum!", "opinion"),
          S("In nur sieben Minuten räumten die Juwelen-Gangster den Kronschatz der Herzöge ab – 14 unersetzliche Stücke.",
            claims=[Q("In nur sieben Minuten", 7, "minute", "duration", subject=HEIST, group="gh-minutes", time=None),
                    Q("14 unersetzliche Stücke", 14, None, None, subject=PIECES, group="gh-pieces", time=WED)],
            loaded=[L("Juwelen-Gangster", "demonising")])),
        P(S("Die Alarmanlage im Ausstellungsflügel war seit Wochen teilweise abgeschaltet – aus Geiz!",
            claims=[ST("Die Alarmanlage im Ausstellungsflügel war seit Wochen teilweise abgeschaltet", *ALARM, "gh-alarm")],
            loaded=[L("aus Geiz", "demonising")]),
          S("Und nachts schoben gerade mal zwei Wachleute Dienst.",
            claims=[Q("gerade mal zwei Wachleute", 2, "person", "deployed", subject=GUARDS, group="gh-guards", time=TUE)]),
          S("Nach KNALLER-Informationen ist der Schatz mehr als 100 Millionen Euro wert.",
            claims=[Q("mehr als 100 Millionen Euro", 100000000, "eur", None, "more-than", subject=VALUE, source="knaller", group="gh-value", time=None)]),
          S("Die Museumsleitung spricht von einem „bedauerlichen Vorfall“.", loaded=[L("„bedauerlichen Vorfall“", "euphemism", "distancing")])),
        P(S("Ein Wachmann (58) wurde von den Tätern niedergeschlagen und verletzt.",
            claims=[Q("Ein Wachmann", 1, "person", "wounded", subject=HEIST, group="gh-guard-injured", time=TUE)]),
          S("Seine Kollegen fanden ihn gefesselt im Treppenhaus."),
          S("Wer schützt eigentlich unsere Kulturschätze?", "opinion"),
          S("KNALLER fordert: Die Direktorin muss sofort gehen!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- KNALLER-Gewinnspiel: 3 Goldbarren zu gewinnen", "- KNALLER+ 4 Wochen für 1 Euro",
             "", "#Glimmstein #Juwelenraub #Museum"],
    "removed": ["Do., 16.10.2036 · 06:00 Uhr", "Von Dennis Wollmer", "Mehr zum Thema:", "3 Goldbarren zu gewinnen",
                "KNALLER+ 4 Wochen für 1 Euro", "#Glimmstein #Juwelenraub #Museum"],
}

# ------------------------------------------------------------------ Wachtturm advertorial (de, gzip-compressed text; Friday; omits the denial)

ADV = {
    "input": "dev20/glimmstein-wachtturm.txt.gz", "story": SID, "event": EV1,
    "publisher": "Wachtturm Sicherheitstechnik GmbH", "published": "2036-10-17",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ANZEIGE", "Ein Angebot der Wachtturm Sicherheitstechnik GmbH"],
    "blocks": [
        H("Was Glimmstein lehrt: Ihre Alarmanlage darf nie schlafen"),
        P(S("Im Landesmuseum Glimmstein war die Alarmanlage abgeschaltet, als Diebe Juwelen im Wert von 38 Millionen Euro stahlen.",
            claims=[ST("Im Landesmuseum Glimmstein war die Alarmanlage abgeschaltet", *ALARM, "gh-alarm"),
                    Q("38 Millionen Euro", 38000000, "eur", None, subject=VALUE, group="gh-value", time=None)]),
          S("Sieben Minuten genügten den skrupellosen Tätern.",
            claims=[Q("Sieben Minuten", 7, "minute", "duration", subject=HEIST, group="gh-minutes", time=None)],
            loaded=[L("skrupellosen", "demonising")]),
          S("Nach unserer Erfahrung ist jede dritte Alarmanlage in Peltarien nicht richtig gewartet.",
            claims=[Q("jede dritte Alarmanlage", 33.3, "percent", None, subject="alarm systems in peltarien badly maintained", source="wachtturm sicherheitstechnik", group="gh-adv-share", time=None)])),
        P(S("Das muss nicht sein!", "opinion"),
          S("Unsere Techniker prüfen Ihre Anlage in 90 Minuten, für nur 149 Euro.",
            claims=[Q("90 Minuten", 90, "minute", "duration", subject="wachtturm alarm check", source="wachtturm sicherheitstechnik", group="gh-adv-check", time=None),
                    Q("149 Euro", 149, "eur", "cost", subject="wachtturm alarm check", source="wachtturm sicherheitstechnik", group="gh-adv-price", time=None)]),
          S("Mehr als 3.000 Kunden vertrauen uns bereits.",
            claims=[Q("Mehr als 3.000 Kunden", 3000, "person", None, "more-than", subject="customers of wachtturm sicherheitstechnik", source="wachtturm sicherheitstechnik", group="gh-adv-customers", time=None)]),
          S("Rufen Sie jetzt an: 0800 / 44 18 20.", "opinion")),
    ],
    "post": ["Wachtturm Sicherheitstechnik GmbH · Mühlgasse 17 · 41230 Glimmstein", "www.wachtturm-sicherheit.example"],
    "removed": ["ANZEIGE", "Ein Angebot der Wachtturm Sicherheitstechnik GmbH", "Mühlgasse 17", "41230 Glimmstein",
                "wachtturm-sicherheit.example"],
}

# ------------------------------------------------------------------ Nordwelle (de broadcaster, Atom; event 2, Tuesday a week later)

NORDWELLE = {
    "input": "dev20/nordwelle.atom#tag:nordwelle.example,2036:panorama/glimmstein-2210", "story": SID, "event": EV2,
    "publisher": "Nordwelle", "published": "2036-10-21T08:15:00+02:00",
    "language": "de", "authors": ["Jonas Ehrlich"], "sensational": False,
    "blocks": [
        H("Juwelenraub von Glimmstein: Drei Verdächtige gefasst",
          claims=[Q("Drei Verdächtige", 3, "suspect", "arrested", subject=HEIST, group="gh-arrested", time=MON)]),
        P(S("Nach dem Einbruch in das Landesmuseum Glimmstein hat die Polizei am Montag drei Verdächtige festgenommen.",
            claims=[ST("hat die Polizei am Montag drei Verdächtige festgenommen", *ARREST, "gh-arrest"),
                    Q("drei Verdächtige", 3, "suspect", "arrested", subject=HEIST, source="police", group="gh-arrested", time=MON)]),
          S("Bei Durchsuchungen in Glimmstein und im haskonischen Grenzort Tessvik stellten die Ermittler am Montag neun Schmuckstücke sicher.",
            claims=[Q("neun Schmuckstücke", 9, None, None, subject="pieces of the glimmstein theft recovered", group="gh-recovered", time=MON)]),
          S("Insgesamt waren 14 Stücke gestohlen worden, fünf fehlen noch.",
            claims=[Q("14 Stücke", 14, None, None, subject=PIECES, group="gh-pieces", time=WED),
                    Q("fünf", 5, None, "missing", subject="pieces of the glimmstein theft still missing", group="gh-still-missing", time=MON)]),
          S("Die drei Männer im Alter zwischen 24 und 41 Jahren schweigen bisher.",
            claims=[Q("Die drei Männer", 3, "person", None, subject=HEIST, group="gh-arrested", time=MON)]),
          S("Sie sollen einen Teil der Beute über die Grenze gebracht haben.")),
        P(S("Der Wert der sichergestellten Stücke liegt nach Angaben des Museums bei rund 21 Millionen Euro.",
            claims=[Q("rund 21 Millionen Euro", 21000000, "eur", None, "about", subject="value of the recovered pieces", source=MUSEUM, group="gh-recovered-value", time=None)]),
          S("Die Gewerkschaft WDG erneuerte ihre Vorwürfe: Die Alarmanlage sei in der Tatnacht teilweise abgeschaltet gewesen.",
            claims=[ST("Die Alarmanlage sei in der Tatnacht teilweise abgeschaltet gewesen", *ALARM, "gh-alarm", source=WDG, hedged=True)]),
          S("Das Museum widersprach erneut.",
            claims=[ST("Das Museum widersprach erneut", *ALARM, "gh-alarm", source=MUSEUM, denial=True)])),
    ],
    "extra": '<p class="listen">Hören: <a href="https://nordwelle.example/audio/morgen-2110">Nordwelle am Morgen, 21. Oktober (24 Min.)</a></p>',
}

FEED = {"title": "Nordwelle – Nachrichten", "link": "https://nordwelle.example/", "id": "tag:nordwelle.example,2036:feed",
        "updated": "2036-10-21T08:15:00+02:00", "language": "de"}
NORDWELLE["removed"] = ["Nordwelle am Morgen, 21. Oktober", "(24 Min.)"]

ARTICLES = [PPD, KURIER, CROSSLINE, KNALLER, ADV, NORDWELLE]

REWRITES = [["dev20/glimmstein-ppd.txt", "dev20/glimmstein-kurier.html"]]


def files():
    return {
        "glimmstein-ppd.txt": (render_txt(PPD), False),
        "glimmstein-kurier.html": (render_html(KURIER, KURIER_SITE), False),
        "glimmstein-crossline.txt": (render_txt(CROSSLINE), False),
        "glimmstein-knaller.txt": (render_txt(KNALLER), False),
        "glimmstein-wachtturm.txt.gz": (render_txt(ADV), True),
        "nordwelle.atom": (render_atom(FEED, [(NORDWELLE, "tag:nordwelle.example,2036:panorama/glimmstein-2210",
                                               "https://nordwelle.example/panorama/glimmstein-2210", NORDWELLE["extra"])]), False),
    }
