"""dev15 story 1: part of the snow-laden roof of the ice rink in Harzlingen (Veskanien) collapses during a youth hockey
tournament on Saturday, 18 January 2031; on Tuesday, 21 January, a fourth victim dies in hospital.

A German agency report (VPA, dateline block) with two rewrites (the local paper's HTML page and an aggregator's JSON
Lines item with `text`), an English broadcaster's Atom entry the same evening (own words: a DE–EN pair with the agency),
a tabloid the next morning that states the engineers' charge as its own finding, omits the town's denial, counts more
injured and more people in the hall, and an English wire report on Tuesday (the second event: a later toll, the damage
estimate, the snow load, two officials under investigation, a recalled collapse of 1998). Invented by the Parallax team:
country, towns, associations, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline, content_blocks

SID = "st-harzlingen-roof"
EV1 = "ev-harzlingen-collapse"
EV2 = "ev-harzlingen-fourth-death"
STORY = {"id": SID, "label": "Ice rink roof collapses under snow in Harzlingen",
         "events": [{"id": EV1, "label": "Half of the snow-laden roof of the Harzlingen ice rink collapses during a youth tournament; three dead, 27 injured (18 January 2031)"},
                    {"id": EV2, "label": "A fourth victim dies in hospital; two town officials under investigation (21 January 2031)"}]}

POL = "police"
CITY = "city authorities"
VVT = "vvt"
FIRE = "fire service"
MAYOR = "gernot faltermeier"
ACC = "harzlingen roof collapse"
ROOF = "harzlingen ice rink roof"
SAT = T("2031-01-18", "2031-01-18")
TUE = T("2031-01-21", "2031-01-21")
WARNING = ("city authorities", "ignored", "roof warning")

GROUPS = [
    {"id": "hz-killed", "story": SID, "status": "compatible",
     "why": "Three dead on Saturday (VPA, Harzlinger Bote, Nachrichtenkompass, Ardmoor, KNALL); four on Tuesday after a boy died in hospital (Meridian Wire, headline and body): a later toll."},
    {"id": "hz-injured", "story": SID, "status": "conflicting",
     "why": "27 injured (police via VPA, Bote, Kompass, Ardmoor; Meridian), 'Dutzende' (VPA headline) and 'mehr als 25' (Kompass headline) allow it, but KNALL's 'mehr als 40' the next morning cannot be the same toll."},
    {"id": "hz-injured-serious", "story": SID, "status": "agreed", "why": "Nine of them seriously (VPA, Bote, Ardmoor)."},
    {"id": "hz-injured-children", "story": SID, "status": "agreed",
     "why": "Eleven children and teenagers among the injured (VPA, Bote, Ardmoor)."},
    {"id": "hz-people", "story": SID, "status": "conflicting",
     "why": "About 350 spectators and players in the hall by the town's account (VPA, Bote, Kompass, Ardmoor) against KNALL's 'fast 500 Zuschauer'; nobody denies, two sources put the figure in different places."},
    {"id": "hz-teams", "story": SID, "status": "agreed", "why": "Twelve youth teams in the tournament (VPA, Bote)."},
    {"id": "hz-roof-share", "story": SID, "status": "agreed", "why": "About half of the roof gave way (VPA, Bote, Ardmoor)."},
    {"id": "hz-roof-area", "story": SID, "status": "agreed",
     "why": "The roof covers about 4,000 square metres (VPA; Ardmoor 'some 4,000 square metres (about one acre)')."},
    {"id": "hz-snow", "story": SID, "status": "agreed",
     "why": "Up to 80 centimetres of snow on the roof, the fire service's figure (VPA, Kompass, Ardmoor)."},
    {"id": "hz-snowfall", "story": SID, "status": "single-source", "why": "Only Ardmoor: four days of snowfall."},
    {"id": "hz-rescuers", "story": SID, "status": "agreed", "why": "More than 250 rescuers (VPA, Bote, Kompass, Ardmoor)."},
    {"id": "hz-local-hospital", "story": SID, "status": "single-source",
     "why": "Only the Bote: 14 injured taken to the Harzlingen district hospital."},
    {"id": "hz-warning", "story": SID, "status": "disputed",
     "why": "The engineers' association VVT says a 2028 survey warned of the roof's weakness and the town put off the work (VPA hedged, Bote, Kompass, Ardmoor, Meridian); KNALL states it as its own finding; the town and its mayor deny it (VPA, Bote, Kompass, Ardmoor, Meridian); KNALL omits the denial."},
    {"id": "hz-reinforce-cost", "story": SID, "status": "agreed",
     "why": "The recommended reinforcement would have cost about 1.2 million euros (VVT via VPA, Ardmoor with a dollar equivalent, Meridian; KNALL as fact); the denial gives no counter-figure."},
    {"id": "hz-damage", "story": SID, "status": "compatible",
     "why": "'Mehrere Millionen Euro' on Saturday (the town via VPA) and about €8 million on Tuesday (the town via Meridian): a looser bound beside a later estimate."},
    {"id": "hz-probe", "story": SID, "status": "agreed",
     "why": "Prosecutors in Kelbrunn opened a negligent-homicide investigation (VPA, Kompass, Ardmoor, KNALL, Meridian)."},
    {"id": "hz-inspections", "story": SID, "status": "agreed",
     "why": "The interior minister has some 140 halls with similar roofs inspected (Kompass, Meridian)."},
    {"id": "hz-caretaker", "story": SID, "status": "single-source",
     "why": "Only KNALL, as hearsay ('soll … gewarnt haben'): a caretaker warned the town on Friday."},
    {"id": "hz-in-hospital", "story": SID, "status": "single-source", "why": "Only Meridian: eleven still in hospital on Tuesday."},
    {"id": "hz-critical", "story": SID, "status": "single-source", "why": "Only Meridian: three of them in critical condition."},
    {"id": "hz-load", "story": SID, "status": "single-source", "why": "Only Meridian: snow weighing up to 190 kilograms per square metre."},
    {"id": "hz-design-load", "story": SID, "status": "single-source", "why": "Only Meridian: the roof was designed for 120 kilograms."},
    {"id": "hz-rebuild", "story": SID, "status": "single-source", "why": "Only Meridian: demolition and rebuilding will take 18 to 24 months."},
    {"id": "hz-officials", "story": SID, "status": "single-source", "why": "Only Meridian: two officials of the building department under investigation."},
    {"id": "hz-1998", "story": SID, "status": "single-source",
     "why": "Only Meridian recalls the 1998 department-store roof collapse in Kerbach in which nine people died."},
]

# ------------------------------------------------------------------ VPA (de agency report, dateline block)

VPA = {
    "input": "dev15/harzlingen-vpa.txt", "story": SID, "event": EV1,
    "publisher": "VPA Veskanische Presse-Agentur", "published": "2031-01-18T15:10:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["VPA Veskanische Presse-Agentur", "Samstag, 18.01.2031, 15:10 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Hallendach in Harzlingen bricht unter Schneelast ein: drei Tote und Dutzende Verletzte",
          claims=[Q("drei Tote", 3, "person", "killed", subject=ACC, group="hz-killed", time=SAT),
                  Q("Dutzende Verletzte", 24, "person", "wounded", "at-least", subject=ACC, group="hz-injured", time=SAT)]),
        P(S("Unter der Last tagelanger Schneefälle ist am Samstagvormittag das Dach der Eissporthalle von Harzlingen im Süden Veskaniens teilweise eingestürzt."),
          S("Drei Menschen kamen ums Leben, wie die Polizei mitteilte.",
            claims=[Q("Drei Menschen kamen ums Leben", 3, "person", "killed", subject=ACC, source=POL, group="hz-killed", time=SAT)])),
        P(S("Nach Angaben der Polizei wurden 27 Menschen verletzt, neun von ihnen schwer.",
            claims=[Q("27 Menschen", 27, "person", "wounded", subject=ACC, source=POL, group="hz-injured", time=SAT),
                    Q("neun von ihnen schwer", 9, "person", "wounded", subject=ACC, source=POL, group="hz-injured-serious", time=SAT)]),
          S("Unter den Verletzten sind elf Kinder und Jugendliche.",
            claims=[Q("elf Kinder und Jugendliche", 11, "child", "wounded", subject=ACC, group="hz-injured-children", time=SAT)])),
        P(S("In der Halle lief zu diesem Zeitpunkt ein Turnier mit zwölf Jugendmannschaften.",
            claims=[Q("zwölf Jugendmannschaften", 12, "team", None, subject="harzlingen youth tournament", group="hz-teams", time=SAT)]),
          S("Nach Angaben der Stadt hielten sich rund 350 Zuschauer und Spieler in dem Gebäude auf.",
            claims=[Q("rund 350 Zuschauer und Spieler", 350, "person", None, "about", subject=ACC, source=CITY, group="hz-people", time=SAT)]),
          S("Gegen 10.40 Uhr gab etwa die Hälfte des rund 4.000 Quadratmeter großen Daches nach und stürzte auf die Nordtribüne.",
            claims=[Q("etwa die Hälfte", 50, "percent", None, "about", subject=ROOF, group="hz-roof-share", time=SAT),
                    Q("rund 4.000 Quadratmeter", 4000, "square metre", "size", "about", subject=ROOF, group="hz-roof-area", time=None)])),
        P(S("Auf dem Flachdach lagen nach Angaben der Feuerwehr bis zu 80 Zentimeter Schnee.",
            claims=[Q("bis zu 80 Zentimeter Schnee", 80, "centimetre", None, "up-to", subject=ROOF, source=FIRE, group="hz-snow", time=SAT)]),
          S("Mehr als 250 Einsatzkräfte von Feuerwehr, Rettungsdienst und Bergwacht suchten bis in den Nachmittag mit Spürhunden und Wärmebildkameras nach Verschütteten.",
            claims=[Q("Mehr als 250 Einsatzkräfte", 250, "person", "deployed", "more-than", subject=ACC, group="hz-rescuers", time=SAT)])),
        P(S("Der Verband Veskanischer Tragwerksplaner (VVT) erhob schwere Vorwürfe gegen die Stadtverwaltung."),
          S("Ein Gutachten habe bereits 2028 vor der geringen Tragfähigkeit des Daches gewarnt und eine Verstärkung für rund 1,2 Millionen Euro empfohlen, die Stadt habe die Arbeiten aber immer wieder verschoben.",
            claims=[ST("die Stadt habe die Arbeiten aber immer wieder verschoben", *WARNING, "hz-warning", source=VVT, hedged=True),
                    Q("eine Verstärkung für rund 1,2 Millionen Euro", 1200000, "eur", "cost", "about", subject=ROOF, source=VVT, hedged=True, group="hz-reinforce-cost", time=None)])),
        P(S("Die Stadt wies die Darstellung zurück.",
            claims=[ST("Die Stadt wies die Darstellung zurück", *WARNING, "hz-warning", source=CITY, denial=True)]),
          S("Das Gutachten habe keine akute Gefahr festgestellt, die Halle sei zuletzt im Dezember überprüft worden, sagte Bürgermeister Gernot Faltermeier."),
          S("Den Sachschaden schätzt die Stadt auf mehrere Millionen Euro.",
            claims=[Q("mehrere Millionen Euro", 2000000, "eur", "cost", "at-least", subject=ACC, source=CITY, group="hz-damage", time=SAT)])),
        P(S('Der Veskanische Eishockeyverband sagte alle Nachwuchsspiele des Wochenendes ab.'), S('Die Bergung der Toten dauerte bis in den frühen Nachmittag, weil Teile der Dachkonstruktion weiter abzustürzen drohten.'), S('Der Wetterdienst erwartet bis Montag weiteren Schneefall im Süden des Landes.')),
        P(S("Die Staatsanwaltschaft Kelbrunn leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein.",
            claims=[ST("Die Staatsanwaltschaft Kelbrunn leitete ein Ermittlungsverfahren wegen fahrlässiger Tötung ein", "prosecutors", "investigated", ACC, "hz-probe")]),
          S("Die Eissporthalle bleibt bis auf Weiteres gesperrt."),
          S("Innenministerin Selma Brandauer sagte einen Termin in der Hauptstadt Verolin ab und reiste an den Unglücksort.")),
    ],
    "post": ["vpa/hz/rk 181510 Jan 31", "", "Themen: Unglücke · Harzlingen · Wintersport",
             "© VPA Veskanische Presse-Agentur. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["Samstag, 18.01.2031, 15:10 Uhr", "Ressort: Vermischtes", "vpa/hz/rk 181510 Jan 31",
                "Themen: Unglücke · Harzlingen · Wintersport", "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

# ------------------------------------------------------------------ Harzlinger Bote (de local paper, HTML; rewrite of VPA)

BOTE_SITE = {
    "nav": ["Harzlingen", "Umland", "Blaulicht", "Sport", "Kultur", "Traueranzeigen", "E-Paper"],
    "cookie": "Diese Website nutzt Cookies. Mit „Einverstanden“ erlauben Sie uns, Inhalte und Werbung zu personalisieren.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Samstag, 18. Januar 2031, 17:30 Uhr",
    "share": "Teilen · Merken · Kommentare (142)",
    "ad": "Anzeige: Dachdeckerei Wolfskehl – Schneeräumung vom Dach ab 149 €, Tel. 07341 / 38 11 70",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["EHC Harzlingen: U15 gewinnt Derby 5:2", "Winterdienst: 3 Räumfahrzeuge mehr für die Altstadt",
                "Gemeinderat vertagt Entscheidung über Hallenbad"],
    "footer": "© Harzlinger Bote 2031 · Impressum · Datenschutz · Abo-Service 07341 / 90 90",
    "inline": '<div class="ticker"><strong>Live:</strong> <a href="/live/hallendach">Alle Entwicklungen zum Dacheinsturz</a></div>',
    "inline_at": 2,
    "after": '<p class="source">Mit Material von VPA</p>\n<p class="tags">Schlagworte: Eissporthalle · Dacheinsturz · EHC Harzlingen</p>',
}

BOTE = {
    "input": "dev15/harzlingen-bote.html", "story": SID, "event": EV1,
    "publisher": "Harzlinger Bote", "published": "2031-01-18T17:30:00+01:00",
    "language": "de", "authors": ["Miriam Grauvogel"], "sensational": False,
    "blocks": [
        H("Dacheinsturz in der Eissporthalle: drei Tote, 27 Verletzte",
          claims=[Q("drei Tote", 3, "person", "killed", subject=ACC, group="hz-killed", time=SAT),
                  Q("27 Verletzte", 27, "person", "wounded", subject=ACC, group="hz-injured", time=SAT)]),
        P(S("Am Samstagvormittag ist ein Teil des Daches der Harzlinger Eissporthalle unter den Schneemassen eingebrochen."),
          S("Drei Menschen starben, 27 wurden verletzt, neun davon schwer, teilte die Polizei mit.",
            claims=[Q("Drei Menschen starben", 3, "person", "killed", subject=ACC, source=POL, group="hz-killed", time=SAT),
                    Q("27 wurden verletzt", 27, "person", "wounded", subject=ACC, source=POL, group="hz-injured", time=SAT),
                    Q("neun davon schwer", 9, "person", "wounded", subject=ACC, source=POL, group="hz-injured-serious", time=SAT)]),
          S("Unter den Verletzten sind elf Kinder und Jugendliche.",
            claims=[Q("elf Kinder und Jugendliche", 11, "child", "wounded", subject=ACC, group="hz-injured-children", time=SAT)])),
        P(S("Zu dem Zeitpunkt lief das Nachwuchsturnier des EHC Harzlingen mit zwölf Jugendmannschaften aus dem ganzen Land.",
            claims=[Q("zwölf Jugendmannschaften", 12, "team", None, subject="harzlingen youth tournament", group="hz-teams", time=SAT)]),
          S("Rund 350 Zuschauer und Spieler waren nach Angaben der Stadt in der Halle.",
            claims=[Q("Rund 350 Zuschauer und Spieler", 350, "person", None, "about", subject=ACC, source=CITY, group="hz-people", time=SAT)]),
          S("Gegen 10.40 Uhr brach etwa die Hälfte des Daches ein, die Trümmer begruben einen Teil der Nordtribüne.",
            claims=[Q("etwa die Hälfte", 50, "percent", None, "about", subject=ROOF, group="hz-roof-share", time=SAT)])),
        P(S("Mehr als 250 Einsatzkräfte waren vor Ort.",
            claims=[Q("Mehr als 250 Einsatzkräfte", 250, "person", "deployed", "more-than", subject=ACC, group="hz-rescuers", time=SAT)]),
          S("Allein das Kreiskrankenhaus Harzlingen nahm 14 Verletzte auf, sagte ein Sprecher der Klinik.",
            claims=[Q("14 Verletzte", 14, "person", None, subject=ACC, source="harzlingen hospital", group="hz-local-hospital", time=SAT)])),
        P(S("„Das ist der schwärzeste Tag in der Geschichte unserer Stadt“, sagte Bürgermeister Gernot Faltermeier am Abend vor der Halle.", "quote"),
          S("„Wir werden jede Frage beantworten, die jetzt gestellt wird.“", "quote")),
        P(S("Der Verband Veskanischer Tragwerksplaner wirft der Stadt vor, eine seit 2028 bekannte Warnung vor der schwachen Tragfähigkeit des Daches übergangen zu haben.",
            claims=[ST("wirft der Stadt vor, eine seit 2028 bekannte Warnung vor der schwachen Tragfähigkeit des Daches übergangen zu haben", *WARNING, "hz-warning", source=VVT)]),
          S("Die Stadt bestreitet das: Das damalige Gutachten habe keine akute Gefahr gesehen.",
            claims=[ST("Die Stadt bestreitet das", *WARNING, "hz-warning", source=CITY, denial=True)])),
        P(S('Die Eissporthalle am Stadtpark war 1987 eröffnet worden und ist die Heimspielstätte des EHC Harzlingen.'), S('Vereinsvorsitzender Klaus Remmler sagte, der Verein stehe unter Schock, viele der verletzten Kinder spielten seit Jahren in der eigenen Jugendabteilung.'), S('Die Schulen der Stadt wollen am Montag Seelsorger und Schulpsychologen bereitstellen.'), S('Die Stadt bittet darum, die Absperrungen rund um die Halle zu beachten und keine Fotos vom Unglücksort in sozialen Netzwerken zu verbreiten.')),
        P(S("Für Angehörige hat die Stadt ein Bürgertelefon unter 07341 / 55 20 00 eingerichtet."),
          S("Das für Sonntag geplante Finale des Turniers ist abgesagt."),
          S("Am Abend läuteten die Glocken der Stadtkirche St. Georg für die Opfer.")),
    ],
    "removed": ["Diese Website nutzt Cookies", "Samstag, 18. Januar 2031, 17:30 Uhr", "Kommentare (142)", "Dachdeckerei Wolfskehl",
                "07341 / 38 11 70", "U15 gewinnt Derby 5:2", "3 Räumfahrzeuge mehr für die Altstadt",
                "Gemeinderat vertagt Entscheidung über Hallenbad", "© Harzlinger Bote 2031", "Alle Entwicklungen zum Dacheinsturz",
                "Mit Material von VPA", "Schlagworte: Eissporthalle · Dacheinsturz · EHC Harzlingen"],
}

# ------------------------------------------------------------------ Nachrichtenkompass (de aggregator, JSON Lines item with text; rewrite of VPA)

KOMPASS = {
    "input": "dev15/news.jsonl#nk-20310118-0872", "story": SID, "event": EV1,
    "publisher": "Nachrichtenkompass", "published": "2031-01-18T15:45:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Dach von Eishalle in Harzlingen eingestürzt – drei Tote, mehr als 25 Verletzte",
          claims=[Q("drei Tote", 3, "person", "killed", subject=ACC, group="hz-killed", time=SAT),
                  Q("mehr als 25 Verletzte", 25, "person", "wounded", "more-than", subject=ACC, group="hz-injured", time=SAT)]),
        P(S("In Harzlingen ist am Samstagvormittag das Dach der Eissporthalle unter der Schneelast teilweise eingebrochen."),
          S("Drei Menschen starben, 27 wurden verletzt, wie die Polizei mitteilte.",
            claims=[Q("Drei Menschen starben", 3, "person", "killed", subject=ACC, source=POL, group="hz-killed", time=SAT),
                    Q("27 wurden verletzt", 27, "person", "wounded", subject=ACC, source=POL, group="hz-injured", time=SAT)]),
          S("In der Halle lief ein Jugendturnier, rund 350 Menschen waren im Gebäude.",
            claims=[Q("rund 350 Menschen", 350, "person", None, "about", subject=ACC, group="hz-people", time=SAT)])),
        P(S("Mehr als 250 Helfer suchten in den Trümmern nach Verschütteten.",
            claims=[Q("Mehr als 250 Helfer", 250, "person", "deployed", "more-than", subject=ACC, group="hz-rescuers", time=SAT)]),
          S("Auf dem Dach lagen bis zu 80 Zentimeter Schnee.",
            claims=[Q("bis zu 80 Zentimeter Schnee", 80, "centimetre", None, "up-to", subject=ROOF, group="hz-snow", time=SAT)])),
        P(S("Der Verband VVT wirft der Stadt vor, die Warnungen eines Gutachtens ignoriert zu haben.",
            claims=[ST("wirft der Stadt vor, die Warnungen eines Gutachtens ignoriert zu haben", *WARNING, "hz-warning", source=VVT)]),
          S("Die Stadt weist das zurück.",
            claims=[ST("Die Stadt weist das zurück", *WARNING, "hz-warning", source=CITY, denial=True)]),
          S("Die Staatsanwaltschaft ermittelt wegen fahrlässiger Tötung.",
            claims=[ST("Die Staatsanwaltschaft ermittelt wegen fahrlässiger Tötung", "prosecutors", "investigated", ACC, "hz-probe")])),
        P(S('Das Unglück ereignete sich gegen 10.40 Uhr, während auf dem Eis ein Spiel lief.'), S('Ein Teil des Daches stürzte auf die Nordtribüne, auf der vor allem Eltern und Geschwister der jungen Spieler saßen.'), S('Rettungskräfte befreiten mehrere Menschen aus den Trümmern, die Verletzten wurden in Kliniken in Harzlingen und Kelbrunn gebracht.'), S('Bürgermeister Gernot Faltermeier sprach von einem furchtbaren Tag für die Stadt.')),
        P(S('Der Eishockeyverband sagte alle Nachwuchsspiele des Wochenendes ab.'), S('Auch in anderen Landesteilen ließen Gemeinden vorsorglich die Dächer von Turnhallen und Schulen räumen.'), S('Die Polizei bat Schaulustige, den Bereich um die Halle zu meiden.'), S('Die Ursache des Einsturzes sollen Sachverständige klären, die noch am Samstag mit der Untersuchung der Trümmer begannen.')),
        P(S('Für Angehörige hat die Stadt ein Bürgertelefon eingerichtet.'), S('Das für Sonntag geplante Finale des Turniers wurde abgesagt, am Abend läuteten in Harzlingen die Kirchenglocken.')),
        P(S("Innenministerin Selma Brandauer kündigte an, landesweit rund 140 Hallen mit ähnlicher Dachkonstruktion prüfen zu lassen.",
            claims=[Q("rund 140 Hallen", 140, "hall", None, "about", subject="halls with similar roofs", group="hz-inspections", time=None)]),
          S("Der Wetterdienst warnt wegen weiterer Schneefälle vor Dachlawinen."),
          S("Die Eissporthalle bleibt gesperrt.")),
    ],
    "post": ["Quelle: VPA", "Weitere Meldungen aus Veskanien auf nachrichtenkompass.example",
             "Anzeige: Schneefräse SF 600 – jetzt 20 % günstiger"],
    "removed": ["Quelle: VPA", "Weitere Meldungen aus Veskanien", "Schneefräse SF 600 – jetzt 20 % günstiger"],
}

# ------------------------------------------------------------------ Ardmoor Broadcasting (en broadcaster, Atom entry, Saturday evening)

ARDMOOR = {
    "input": "dev15/ardmoor.atom#tag:ardmoor.example,2031:world/harzlingen-roof-3307", "story": SID, "event": EV1,
    "publisher": "Ardmoor Broadcasting", "published": "2031-01-18T21:00:00+01:00",
    "language": "en", "authors": ["Eliza Brannagh"], "sensational": False,
    "blocks": [
        H("Three dead as snow-laden ice rink roof collapses in Veskania",
          claims=[Q("Three dead", 3, "person", "killed", subject=ACC, group="hz-killed", time=SAT)]),
        P(S("Part of the roof of an ice rink in the southern Veskanian town of Harzlingen caved in under heavy snow on Saturday morning during a youth hockey tournament, killing three people and injuring 27, nine of them seriously, police said.",
            claims=[Q("killing three people", 3, "person", "killed", subject=ACC, source=POL, group="hz-killed", time=SAT),
                    Q("injuring 27", 27, "person", "wounded", subject=ACC, source=POL, group="hz-injured", time=SAT),
                    Q("nine of them seriously", 9, "person", "wounded", subject=ACC, source=POL, group="hz-injured-serious", time=SAT)]),
          S("Eleven of the injured are children or teenagers.",
            claims=[Q("Eleven of the injured", 11, "child", "wounded", subject=ACC, group="hz-injured-children", time=SAT)])),
        P(S("About 350 spectators and players were inside when roughly half of the roof, which covers some 4,000 square metres (about one acre), gave way shortly before 11 a.m., according to the town authorities.",
            claims=[Q("About 350 spectators and players", 350, "person", None, "about", subject=ACC, source=CITY, group="hz-people", time=SAT),
                    Q("roughly half of the roof", 50, "percent", None, "about", subject=ROOF, source=CITY, group="hz-roof-share", time=SAT),
                    Q("some 4,000 square metres", 4000, "square metre", "size", "about", subject=ROOF, source=CITY, group="hz-roof-area", time=None),
                    Q("about one acre", 1, "acre", "size", "about", subject=ROOF, source=CITY, group="hz-roof-area", time=None)])),
        P(S("Firefighters said up to 80 centimetres of snow had built up on the flat roof after four days of snowfall.",
            claims=[Q("up to 80 centimetres of snow", 80, "centimetre", None, "up-to", subject=ROOF, source=FIRE, group="hz-snow", time=SAT),
                    Q("four days of snowfall", 4, "day", "duration", subject="harzlingen snowfall", source=FIRE, group="hz-snowfall", time=None)]),
          S("More than 250 rescuers, some with sniffer dogs, searched the rubble until the afternoon.",
            claims=[Q("More than 250 rescuers", 250, "person", "deployed", "more-than", subject=ACC, group="hz-rescuers", time=SAT)])),
        P(S("The association of structural engineers, VVT, said a 2028 survey had warned that the roof was too weak and had recommended strengthening it for about €1.2 million ($1.3 million), work the town repeatedly postponed.",
            claims=[ST("work the town repeatedly postponed", *WARNING, "hz-warning", source=VVT),
                    Q("about €1.2 million", 1200000, "eur", "cost", "about", subject=ROOF, source=VVT, group="hz-reinforce-cost", time=None),
                    Q("$1.3 million", 1300000, "usd", "cost", "about", subject=ROOF, source=VVT, group="hz-reinforce-cost", time=None)]),
          S("Mayor Gernot Faltermeier rejected the charge, saying the survey had found no immediate danger.",
            claims=[ST("Mayor Gernot Faltermeier rejected the charge", *WARNING, "hz-warning", source=MAYOR, denial=True)])),
        P(S('The regional hockey federation cancelled all youth games this weekend.')),
        P(S("Prosecutors in Kelbrunn have opened a negligent homicide investigation.",
            claims=[ST("Prosecutors in Kelbrunn have opened a negligent homicide investigation", "prosecutors", "investigated", ACC, "hz-probe")]),
          S("“The whole hall shook, and then the lights went out,” said a father who had come to watch his son play.", "quote")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://ardmoor.example/audio/world-tonight-0118">World Tonight, 18 January</a></p>',
    "removed": ["Listen:", "World Tonight, 18 January"],
}

# ------------------------------------------------------------------ KNALL (de tabloid, dateline block; omits the denial)

KNALL = {
    "input": "dev15/harzlingen-knall.txt", "story": SID, "event": EV1,
    "publisher": "KNALL", "published": "2031-01-19T07:00:00+01:00",
    "language": "de", "authors": ["Dennis Wuttke"], "sensational": True,
    "pre": ["KNALL", "19.01.2031 – 07:00", "Von Dennis Wuttke"],
    "blocks": [
        H("EIS-GRAB HARZLINGEN! Das Rathaus kannte das Todes-Dach",
          claims=[ST("Das Rathaus kannte das Todes-Dach", *WARNING, "hz-warning")],
          loaded=[L("EIS-GRAB", "alarmist"), L("Todes-Dach", "alarmist")]),
        P(S("Sie wollten nur ihre Kinder spielen sehen – dann kam das Dach herunter."),
          S("Um 10.40 Uhr krachten Tonnen von Schnee und Stahl auf die Tribüne der Eishalle.", loaded=[L("krachten", "alarmist")]),
          S("Drei Menschen starben, mehr als 40 wurden verletzt!",
            claims=[Q("Drei Menschen starben", 3, "person", "killed", subject=ACC, group="hz-killed", time=SAT),
                    Q("mehr als 40 wurden verletzt", 40, "person", "wounded", "more-than", subject=ACC, group="hz-injured", time=SAT)])),
        P(S("Nach KNALL-Informationen saßen fast 500 Zuschauer in der voll besetzten Halle.",
            claims=[Q("fast 500 Zuschauer", 500, "person", None, "about", subject=ACC, source="knall", group="hz-people", time=SAT)]),
          S("Und das Rathaus wusste Bescheid: Schon 2028 warnte ein Gutachten, dass das Dach zu schwach ist.",
            claims=[ST("das Rathaus wusste Bescheid", *WARNING, "hz-warning")]),
          S("Die Verstärkung für 1,2 Millionen Euro wurde Jahr für Jahr verschoben.",
            claims=[Q("Die Verstärkung für 1,2 Millionen Euro", 1200000, "eur", "cost", subject=ROOF, group="hz-reinforce-cost", time=None)]),
          S("Die Rathaus-Versager haben gespart – und Kinder haben dafür bezahlt!", "opinion",
            loaded=[L("Rathaus-Versager", "demonising")])),
        P(S("Vater Thomas K. (44) zu KNALL: „Ich habe meinen Sohn mit bloßen Händen aus dem Schnee gegraben.“", "quote"),
          S("Der Zwölfjährige liegt mit gebrochenen Beinen im Krankenhaus."),
          S("Neben ihm lagen Mützen, Schlittschuhe und ein zerdrückter Thermobecher."),
          S("Draußen warteten Eltern stundenlang in der Kälte auf Nachricht von ihren Kindern.")),
        P(S("Feuerwehrleute und Bergwacht gruben bis zum Nachmittag im Schutt."),
          S("Diese Helden haben Leben gerettet!", "opinion", loaded=[L("Helden", "glorifying")])),
        P(S('Ein Mädchen weinte in der Turnhalle nebenan, in der die Unverletzten versorgt wurden, nach seiner Mutter.'), S('Die Mutter lag mit Rippenbrüchen im Krankenwagen.'), S('Schon seit Tagen hatten Anwohner beobachtet, wie sich der Schnee auf dem Dach immer höher türmte.')),
        P(S("Ein Hausmeister soll die Stadt noch am Freitag vor der Last auf dem Dach gewarnt haben.",
            claims=[ST("Ein Hausmeister soll die Stadt noch am Freitag vor der Last auf dem Dach gewarnt haben", "caretaker", "briefed", "city authorities", "hz-caretaker", hedged=True)]),
          S("Geschehen ist offenbar nichts.")),
        P(S("Die Staatsanwaltschaft ermittelt jetzt wegen fahrlässiger Tötung.",
            claims=[ST("Die Staatsanwaltschaft ermittelt jetzt wegen fahrlässiger Tötung", "prosecutors", "investigated", ACC, "hz-probe")]),
          S("Aber wer übernimmt die Verantwortung?", "opinion"),
          S("Warum durften Kinder unter einem Dach spielen, vor dem Fachleute gewarnt hatten?", "opinion"),
          S("Wie viele Hallen im Land sind noch in diesem Zustand?", "opinion")),
        P(S("KNALL meint: Bürgermeister Faltermeier muss zurücktreten – sofort!", "opinion"),
          S("Wer bei der Sicherheit von Kindern spart, hat im Rathaus nichts verloren.", "opinion")),
    ],
    "post": ["Mehr von KNALL:", "- Schnee-Chaos: Diese Straßen sind heute gesperrt", "- KNALL+ jetzt 4 Wochen für 99 Cent",
             "", "#Harzlingen #Eishalle #Dacheinsturz"],
    "removed": ["19.01.2031 – 07:00", "Von Dennis Wuttke", "Mehr von KNALL:", "Schnee-Chaos: Diese Straßen sind heute gesperrt",
                "4 Wochen für 99 Cent", "#Harzlingen #Eishalle #Dacheinsturz"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, dateline block; Tuesday)

MERIDIAN = {
    "input": "dev15/harzlingen-meridian.txt", "story": SID, "event": EV2,
    "publisher": "Meridian Wire", "published": "2031-01-21T16:20:00+01:00",
    "language": "en", "authors": ["Oskar Lindqvist-Hale"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "Jan 21, 2031 16:20 CET", "By Oskar Lindqvist-Hale"],
    "blocks": [
        H("Death toll in Veskania ice rink collapse rises to four",
          claims=[Q("rises to four", 4, "person", "killed", subject=ACC, group="hz-killed", time=TUE)]),
        P(S("A 15-year-old boy injured when the roof of an ice rink in Harzlingen collapsed on Saturday has died in hospital, bringing the death toll to four, police said on Tuesday.",
            claims=[Q("bringing the death toll to four", 4, "person", "killed", subject=ACC, source=POL, group="hz-killed", time=TUE)]),
          S("Eleven people remain in hospital, three of them in critical condition.",
            claims=[Q("Eleven people remain in hospital", 11, "person", None, subject=ACC, group="hz-in-hospital", time=TUE),
                    Q("three of them in critical condition", 3, "person", None, subject=ACC, group="hz-critical", time=TUE)]),
          S("The collapse injured 27 people.",
            claims=[Q("injured 27 people", 27, "person", "wounded", subject=ACC, group="hz-injured", time=SAT)])),
        P(S("Investigators said the snow on the roof had weighed up to 190 kilograms per square metre, well above the 120 kilograms the structure was designed to carry.",
            claims=[Q("up to 190 kilograms per square metre", 190, "kilogram", None, "up-to", subject=ROOF, source="investigators", group="hz-load", time=SAT),
                    Q("the 120 kilograms", 120, "kilogram", "size", subject=ROOF, source="investigators", group="hz-design-load", time=None)]),
          S("Engineers expect the demolition and rebuilding of the hall to take 18 to 24 months.",
            claims=[Q("18 to 24 months", None, "month", "duration", "range", low=18, high=24, subject="harzlingen ice rink", group="hz-rebuild", time=None)]),
          S("The town put the damage at about €8 million.",
            claims=[Q("about €8 million", 8000000, "eur", "cost", "about", subject=ACC, source=CITY, group="hz-damage", time=TUE)])),
        P(S("Prosecutors in Kelbrunn are investigating two officials of the town's building department on suspicion of negligent homicide.",
            claims=[ST("Prosecutors in Kelbrunn are investigating two officials of the town's building department", "prosecutors", "investigated", ACC, "hz-probe"),
                    Q("two officials", 2, "person", None, subject=ACC, group="hz-officials", time=TUE)])),
        P(S("The engineers' association VVT maintains that a 2028 survey warned the roof was too weak and that the town put off a €1.2 million reinforcement.",
            claims=[ST("the town put off a €1.2 million reinforcement", *WARNING, "hz-warning", source=VVT),
                    Q("a €1.2 million reinforcement", 1200000, "eur", "cost", subject=ROOF, source=VVT, group="hz-reinforce-cost", time=None)]),
          S("Mayor Gernot Faltermeier denies ignoring any warning.",
            claims=[ST("Mayor Gernot Faltermeier denies ignoring any warning", *WARNING, "hz-warning", source=MAYOR, denial=True)])),
        P(S('The ice rink, which opened in 1987, is home to the local club EHC Harzlingen.'), S('The town has opened a book of condolence at the town hall, and a memorial service is planned for Sunday.')),
        P(S("Interior minister Selma Brandauer has ordered inspections of some 140 sports halls with similar roofs.",
            claims=[Q("some 140 sports halls", 140, "hall", None, "about", subject="halls with similar roofs", group="hz-inspections", time=None)]),
          S("The collapse is Veskania's deadliest since 1998, when nine people died after the roof of a department store in Kerbach gave way under snow.",
            claims=[Q("nine people died", 9, "person", "killed", subject="1998 kerbach roof collapse", group="hz-1998", time=T("1998-01-01", "1998-12-31"))])),
    ],
    "post": ["(Reporting by Oskar Lindqvist-Hale; editing by Ruth Amberley)", "", "Copyright 2031 Meridian Wire. All rights reserved."],
    "removed": ["Jan 21, 2031 16:20 CET", "By Oskar Lindqvist-Hale", "(Reporting by Oskar Lindqvist-Hale; editing by Ruth Amberley)",
                "Copyright 2031 Meridian Wire"],
}

ARTICLES = [VPA, BOTE, KOMPASS, ARDMOOR, KNALL, MERIDIAN]

REWRITES = [["dev15/harzlingen-vpa.txt", "dev15/harzlingen-bote.html"],
            ["dev15/harzlingen-vpa.txt", "dev15/news.jsonl#nk-20310118-0872"],
            ["dev15/harzlingen-bote.html", "dev15/news.jsonl#nk-20310118-0872"]]


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Nachrichtenkompass item of dev15/news.jsonl (the file is written by the Altavia module)."""
    return {"id": "nk-20310118-0872", "url": "https://nachrichtenkompass.example/vermischtes/hallendach-harzlingen-0872",
            "title": headline(KOMPASS), "text": text_without_headline(KOMPASS), "publisher": KOMPASS["publisher"],
            "published": KOMPASS["published"], "language": "de", "ressort": "Vermischtes"}


def atom_entry():
    return (ARDMOOR, "tag:ardmoor.example,2031:world/harzlingen-roof-3307",
            "https://ardmoor.example/world/harzlingen-roof-3307", ARDMOOR["extra"])


def files():
    """Input files of this story (the Ardmoor feed and news.jsonl are written by other story modules)."""
    return {
        "harzlingen-vpa.txt": (render_txt(VPA), False),
        "harzlingen-bote.html": (render_html(BOTE, BOTE_SITE), False),
        "harzlingen-knall.txt": (render_txt(KNALL), False),
        "harzlingen-meridian.txt": (render_txt(MERIDIAN), False),
    }
