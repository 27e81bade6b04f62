"""dev13 story 1: a levee on the River Senn bursts near Hollmersfeld (Kastrien) in the night to Saturday, 8 September
2029, flooding two districts; on Tuesday, 11 September, a second body is found and most residents return.

A German agency report (dateline block) with two rewrites (the local paper's HTML page and an aggregator's JSON Lines
item with `text`), an English broadcaster's Atom entry the same evening (own words: a DE–EN pair with the agency), a
tabloid that states the residents' group's charge against the water authority as fact and omits the authority's denial
(and counts far more flooded houses), and an English wire report three days later (the second event: a later toll, the
damage estimate, a recalled flood of 1987). Invented by the Parallax team: country, towns, bodies, outlets, people and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline, content_blocks

SID = "st-hollmersfeld-levee"
EV1 = "ev-hollmersfeld-breach"
EV2 = "ev-hollmersfeld-return"
STORY = {"id": SID, "label": "Levee breach on the River Senn at Hollmersfeld",
         "events": [{"id": EV1, "label": "A levee on the Senn bursts near Hollmersfeld, floods two districts, one dead, two missing (8 September 2029)"},
                    {"id": EV2, "label": "A second body is found and most evacuated residents of Hollmersfeld return (11 September 2029)"}]}

POL = "police"
LWW = "lww"
BI = "sicherer deich senn"
CITY = "city authorities"
FLOOD = "hollmersfeld levee breach"
SAT = T("2029-09-08", "2029-09-08")
SUN = T("2029-09-09", "2029-09-09")
TUE = T("2029-09-11", "2029-09-11")
WEEKEND = T("2029-09-08", "2029-09-11")

GROUPS = [
    {"id": "hl-killed", "story": SID, "status": "compatible",
     "why": "One man dead on Saturday (PDK, Senntaler Bote, Nachrichtenhub, Eastmoor); two after the missing firefighter's body was found on Tuesday (Compass Wire, headline and body): a later toll."},
    {"id": "hl-missing", "story": SID, "status": "compatible",
     "why": "Two missing on Saturday (PDK, Bote, Nachrichtenhub, Eastmoor, BLITZ); one still missing on Tuesday after a body was recovered (Compass): a later figure."},
    {"id": "hl-missing-firefighter", "story": SID, "status": "agreed",
     "why": "PDK, Bote, Nachrichtenhub and Eastmoor: one of the two missing is a firefighter."},
    {"id": "hl-breach-length", "story": SID, "status": "agreed",
     "why": "A breach of about 40 metres (PDK, Bote, Nachrichtenhub, Eastmoor)."},
    {"id": "hl-evacuated", "story": SID, "status": "compatible",
     "why": "About 2,100 overnight plus a further 1,400 in the morning (police via PDK, Bote, Nachrichtenhub) make the about 3,500 (Bote, Eastmoor, Compass); 'Tausende' (Nachrichtenhub headline, BLITZ) is a looser bound: parts of a total."},
    {"id": "hl-affected", "story": SID, "status": "agreed",
     "why": "About 9,000 residents affected, the town's estimate (PDK, Bote, Eastmoor) — a wider measure than the evacuated."},
    {"id": "hl-houses", "story": SID, "status": "conflicting",
     "why": "About 600 houses flooded (PDK, Bote, Nachrichtenhub, Eastmoor; PDK's headline 'Hunderte') cannot be BLITZ's 'mehr als 1.000' the next morning."},
    {"id": "hl-area", "story": SID, "status": "agreed",
     "why": "About twelve square kilometres flooded (PDK, Bote), about 4.6 square miles (12 sq km) (Eastmoor), about 12 square kilometres (4.6 square miles) (Compass)."},
    {"id": "hl-level", "story": SID, "status": "agreed",
     "why": "A peak of 7.82 metres (PDK, Bote, Eastmoor) and BLITZ's 'knapp acht Meter'."},
    {"id": "hl-rescuers", "story": SID, "status": "agreed",
     "why": "More than 800 emergency workers (PDK, Bote, Nachrichtenhub, Eastmoor, BLITZ)."},
    {"id": "hl-soldiers", "story": SID, "status": "agreed",
     "why": "400 soldiers (PDK, Bote, Nachrichtenhub, Eastmoor, BLITZ)."},
    {"id": "hl-sandbags", "story": SID, "status": "agreed",
     "why": "About 250,000 sandbags (PDK, Bote) and 'a quarter of a million' (Eastmoor)."},
    {"id": "hl-rain", "story": SID, "status": "agreed",
     "why": "Up to 40 litres per square metre (PDK) and up to 40 millimetres (Eastmoor), the weather service's forecast for Sunday."},
    {"id": "hl-beds", "story": SID, "status": "single-source", "why": "Only the Bote: 350 camp beds in the sports hall."},
    {"id": "hl-ignored", "story": SID, "status": "disputed",
     "why": "The residents' group Sicherer Deich Senn says the LWW knew of seepage since spring and put off the repair (PDK, Bote, Nachrichtenhub, Eastmoor, Compass); BLITZ states it as its own information; the LWW denies it (PDK, Bote, Nachrichtenhub, Eastmoor, Compass); BLITZ omits the denial."},
    {"id": "hl-repair-cost", "story": SID, "status": "agreed",
     "why": "The postponed repair would have cost 4.2 million euros (PDK, Bote, Eastmoor, BLITZ, Compass); the denial gives no counter-figure."},
    {"id": "hl-damage", "story": SID, "status": "compatible",
     "why": "BLITZ's 'bis zu 200 Millionen Euro' on Sunday and the state government's 'at least €150 million' on Tuesday (Compass): bounds of different numbers."},
    {"id": "hl-aid", "story": SID, "status": "single-source", "why": "Only Compass: €30 million of emergency aid pledged."},
    {"id": "hl-household-aid", "story": SID, "status": "single-source", "why": "Only Compass: up to €5,000 per household."},
    {"id": "hl-displaced", "story": SID, "status": "single-source", "why": "Only Compass: about 1,100 still in shelters or with relatives on Tuesday."},
    {"id": "hl-debris", "story": SID, "status": "single-source", "why": "Only Compass: more than 2,000 tonnes of debris removed."},
    {"id": "hl-1987", "story": SID, "status": "single-source", "why": "Only Compass recalls the 1987 Senn flood in which four people died."},
    {"id": "hl-quote-minutes", "story": SID, "status": "single-source", "why": "Only BLITZ quotes a resident: the water rose to the ceiling in ten minutes."},
]

IGN = ("lww", "ignored", "seepage in the levee")

# ------------------------------------------------------------------ PDK (de agency report, dateline block)

PDK = {
    "input": "dev13/hollmersfeld-pdk.txt", "story": SID, "event": EV1,
    "publisher": "PDK Pressedienst Kastrien", "published": "2029-09-08T12:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PDK Pressedienst Kastrien", "Samstag, 08.09.2029, 12:10 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Deichbruch an der Senn: Hunderte Häuser in Hollmersfeld überflutet",
          claims=[Q("Hunderte Häuser", 200, "house", "flooded", "at-least", subject=FLOOD, group="hl-houses", time=SAT)]),
        P(S("An der Senn ist in der Nacht zum Samstag bei Hollmersfeld ein Deich auf einer Länge von rund 40 Metern gebrochen.",
            claims=[Q("auf einer Länge von rund 40 Metern", 40, "metre", "size", "about", subject=FLOOD, group="hl-breach-length", time=SAT)]),
          S("Das Wasser strömte in die tiefer gelegenen Ortsteile Unterau und Seewinkel, wie die Polizei mitteilte.")),
        P(S("Ein 78 Jahre alter Mann kam in seinem Keller ums Leben.",
            claims=[Q("Ein 78 Jahre alter Mann kam in seinem Keller ums Leben", 1, "person", "killed", subject=FLOOD, source=POL, group="hl-killed", time=SAT)]),
          S("Zwei weitere Menschen werden vermisst, darunter ein Feuerwehrmann.",
            claims=[Q("Zwei weitere Menschen werden vermisst", 2, "person", "missing", subject=FLOOD, source=POL, group="hl-missing", time=SAT),
                    Q("darunter ein Feuerwehrmann", 1, "firefighter", "missing", subject=FLOOD, source=POL, group="hl-missing-firefighter", time=SAT)])),
        P(S("Nach Angaben der Polizei wurden in der Nacht zunächst rund 2.100 Bewohnerinnen und Bewohner in Sicherheit gebracht, am Vormittag folgten weitere 1.400.",
            claims=[Q("rund 2.100 Bewohnerinnen und Bewohner", 2100, "person", "evacuated", "about", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT),
                    Q("weitere 1.400", 1400, "person", "evacuated", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT)]),
          S("Insgesamt sind nach Schätzung der Stadt etwa 9.000 Einwohner von dem Hochwasser betroffen.",
            claims=[Q("etwa 9.000 Einwohner", 9000, "person", "affected", "about", subject=FLOOD, source=CITY, group="hl-affected", time=SAT)])),
        P(S("Rund 600 Häuser stehen nach ersten Schätzungen unter Wasser, die überflutete Fläche beträgt etwa zwölf Quadratkilometer.",
            claims=[Q("Rund 600 Häuser", 600, "house", "flooded", "about", subject=FLOOD, group="hl-houses", time=SAT),
                    Q("etwa zwölf Quadratkilometer", 12, "square kilometre", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT)]),
          S("Der Pegel in Hollmersfeld erreichte am frühen Morgen 7,82 Meter, den höchsten Stand seit Beginn der Messungen im Jahr 1911.",
            claims=[Q("7,82 Meter", 7.82, "metre", None, subject="senn", group="hl-level", time=SAT)])),
        P(S("Mehr als 800 Einsatzkräfte von Feuerwehr, Katastrophenschutz und Polizei sind im Einsatz, dazu 400 Soldaten.",
            claims=[Q("Mehr als 800 Einsatzkräfte", 800, "person", "deployed", "more-than", subject=FLOOD, group="hl-rescuers", time=SAT),
                    Q("400 Soldaten", 400, "soldier", "deployed", subject=FLOOD, group="hl-soldiers", time=SAT)]),
          S("Sie füllten bis zum Mittag rund 250.000 Sandsäcke.",
            claims=[Q("rund 250.000 Sandsäcke", 250000, "sack", None, "about", subject=FLOOD, group="hl-sandbags", time=SAT)])),
        P(S("Die Bürgerinitiative „Sicherer Deich Senn“ erhob schwere Vorwürfe gegen das Landesamt für Wasserwirtschaft (LWW)."),
          S("Die Behörde habe seit dem Frühjahr von Sickerstellen an dem Deich gewusst und eine Sanierung für 4,2 Millionen Euro aus Kostengründen auf das kommende Jahr verschoben.",
            claims=[ST("Die Behörde habe seit dem Frühjahr von Sickerstellen an dem Deich gewusst", *IGN, "hl-ignored", source=BI, hedged=True),
                    Q("eine Sanierung für 4,2 Millionen Euro", 4200000, "eur", "cost", subject=LWW, source=BI, hedged=True, group="hl-repair-cost", time=None)])),
        P(S("Das LWW wies das zurück: Der Deich sei im Mai geprüft und für standsicher befunden worden.",
            claims=[ST("Das LWW wies das zurück", *IGN, "hl-ignored", source=LWW, denial=True)]),
          S("Der Kastrische Wetterdienst rechnet für Sonntag mit weiterem Regen von bis zu 40 Litern pro Quadratmeter.",
            claims=[Q("bis zu 40 Litern pro Quadratmeter", 40, "millimetre", None, "up-to", subject="senn", source="weather service", group="hl-rain", time=SUN)])),
        P(S("Die Bahnstrecke zwischen Hollmersfeld und Kestrup ist gesperrt."),
          S("Die Landesregierung berief für den Nachmittag ihren Krisenstab ein."),
          S("Die Staatsanwaltschaft Senntal prüft nach eigenen Angaben, ob sie Ermittlungen aufnimmt.")),
    ],
    "post": ["pdk/hf/rk 081210 Sep 29", "", "Themen: Hochwasser · Hollmersfeld · Senn",
             "© PDK Pressedienst Kastrien. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["Samstag, 08.09.2029, 12:10 Uhr", "Ressort: Vermischtes", "pdk/hf/rk 081210 Sep 29",
                "Themen: Hochwasser · Hollmersfeld · Senn", "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

# ------------------------------------------------------------------ Senntaler Bote (de local paper, HTML; rewrite of PDK)

BOTE_SITE = {
    "nav": ["Hollmersfeld", "Senntal", "Blaulicht", "Vereine", "Wirtschaft", "Sport", "Trauer", "E-Paper"],
    "cookie": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät. Mit „Zustimmen“ willigen Sie ein.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "Samstag, 8. September 2029, 15:30 Uhr",
    "share": "Teilen · Drucken · Kommentare (214)",
    "ad": "Anzeige: Bautrocknung Reimers – Wasserschaden? Soforthilfe rund um die Uhr, 07345 / 90 33 11",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Senn-Pegel live: Alle 14 Messstellen im Überblick", "Kirmes in Seewinkel abgesagt",
                "Kreisliga: Hollmersfeld siegt 3:1 in Kestrup"],
    "footer": "© Senntaler Bote 2029 · Impressum · Datenschutz · Abo-Service 07345 / 61 00",
    "inline": '<div class="ticker"><strong>Liveticker:</strong> <a href="/live/deichbruch">Alle Entwicklungen zum Deichbruch</a></div>',
    "inline_at": 2,
    "after": '<p class="source">Mit Material von PDK</p>\n<p class="tags">Schlagworte: Deichbruch · Hochwasser · Unterau · Seewinkel</p>',
}

BOTE = {
    "input": "dev13/hollmersfeld-bote.html", "story": SID, "event": EV1,
    "publisher": "Senntaler Bote", "published": "2029-09-08T15:30:00+02:00",
    "language": "de", "authors": ["Miriam Oberlechner"], "sensational": False,
    "blocks": [
        H("Deich bei Hollmersfeld gebrochen – ein Toter, zwei Vermisste",
          claims=[Q("ein Toter", 1, "person", "killed", subject=FLOOD, group="hl-killed", time=SAT),
                  Q("zwei Vermisste", 2, "person", "missing", subject=FLOOD, group="hl-missing", time=SAT)]),
        P(S("In der Nacht zum Samstag hat die Senn bei Hollmersfeld einen Deich durchbrochen, die Bruchstelle ist etwa 40 Meter lang.",
            claims=[Q("etwa 40 Meter lang", 40, "metre", "size", "about", subject=FLOOD, group="hl-breach-length", time=SAT)]),
          S("Das Wasser ergoss sich in die Ortsteile Unterau und Seewinkel."),
          S("Ein 78-jähriger Anwohner starb in seinem Keller.",
            claims=[Q("Ein 78-jähriger Anwohner starb", 1, "person", "killed", subject=FLOOD, group="hl-killed", time=SAT)]),
          S("Zwei Menschen, unter ihnen ein Feuerwehrmann, werden noch vermisst, teilte die Polizei mit.",
            claims=[Q("Zwei Menschen", 2, "person", "missing", subject=FLOOD, source=POL, group="hl-missing", time=SAT),
                    Q("unter ihnen ein Feuerwehrmann", 1, "firefighter", "missing", subject=FLOOD, source=POL, group="hl-missing-firefighter", time=SAT)])),
        P(S("Nach Polizeiangaben brachten die Helfer in der Nacht rund 2.100 Menschen in Sicherheit, am Samstagvormittag weitere 1.400 – zusammen also rund 3.500.",
            claims=[Q("rund 2.100 Menschen", 2100, "person", "evacuated", "about", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT),
                    Q("weitere 1.400", 1400, "person", "evacuated", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT),
                    Q("zusammen also rund 3.500", 3500, "person", "evacuated", "about", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT)]),
          S("Viele von ihnen kamen in der Dreifachturnhalle am Schulzentrum unter, wo das Kastrische Rote Kreuz 350 Feldbetten aufgestellt hat.",
            claims=[Q("350 Feldbetten", 350, "bed", None, subject="kastrisches rotes kreuz", group="hl-beds", time=SAT)]),
          S("Betroffen sind nach Schätzung der Stadt etwa 9.000 Einwohnerinnen und Einwohner.",
            claims=[Q("etwa 9.000 Einwohnerinnen und Einwohner", 9000, "person", "affected", "about", subject=FLOOD, source=CITY, group="hl-affected", time=SAT)])),
        P(S("Rund 600 Häuser stehen unter Wasser, rund zwölf Quadratkilometer sind überflutet.",
            claims=[Q("Rund 600 Häuser", 600, "house", "flooded", "about", subject=FLOOD, group="hl-houses", time=SAT),
                    Q("rund zwölf Quadratkilometer", 12, "square kilometre", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT)]),
          S("Mit 7,82 Metern erreichte der Pegel einen Rekordstand.",
            claims=[Q("Mit 7,82 Metern", 7.82, "metre", None, subject="senn", group="hl-level", time=SAT)])),
        P(S("„Das ist die schwerste Nacht, die diese Stadt je erlebt hat“, sagte Oberbürgermeister Klaus Wendlinger am Morgen.", "quote"),
          S("„Ich danke jeder einzelnen Helferin und jedem einzelnen Helfer.“", "quote")),
        P(S("Im Einsatz sind mehr als 800 Kräfte von Feuerwehr, Katastrophenschutz und Polizei sowie 400 Soldaten der Pionierbrigade aus Kestrup.",
            claims=[Q("mehr als 800 Kräfte", 800, "person", "deployed", "more-than", subject=FLOOD, group="hl-rescuers", time=SAT),
                    Q("400 Soldaten", 400, "soldier", "deployed", subject=FLOOD, group="hl-soldiers", time=SAT)]),
          S("Bis zum Mittag wurden etwa 250.000 Sandsäcke gefüllt.",
            claims=[Q("etwa 250.000 Sandsäcke", 250000, "sack", None, "about", subject=FLOOD, group="hl-sandbags", time=SAT)])),
        P(S("Schwere Vorwürfe kommen von der Bürgerinitiative „Sicherer Deich Senn“: Das Landesamt für Wasserwirtschaft habe schon seit dem Frühjahr von undichten Stellen gewusst, die 4,2 Millionen Euro teure Sanierung aber auf 2030 verschoben.",
            claims=[ST("Das Landesamt für Wasserwirtschaft habe schon seit dem Frühjahr von undichten Stellen gewusst", *IGN, "hl-ignored", source=BI, hedged=True),
                    Q("die 4,2 Millionen Euro teure Sanierung", 4200000, "eur", "cost", subject=LWW, source=BI, hedged=True, group="hl-repair-cost", time=None)]),
          S("Das Landesamt bestreitet das.",
            claims=[ST("Das Landesamt bestreitet das", *IGN, "hl-ignored", source=LWW, denial=True)]),
          S("Bei einer Prüfung im Mai sei der Deich als standsicher eingestuft worden, sagte ein Sprecher.")),
        P(S("Die Stadt hat ein Bürgertelefon unter 07345 / 61 20 00 eingerichtet."),
          S("Für Sonntag kündigt der Wetterdienst weiteren Regen an.")),
    ],
    "removed": ["Wir und unsere Partner speichern Informationen", "Samstag, 8. September 2029, 15:30 Uhr", "Kommentare (214)",
                "Bautrocknung Reimers", "07345 / 90 33 11", "Senn-Pegel live: Alle 14 Messstellen im Überblick", "Kirmes in Seewinkel abgesagt",
                "Hollmersfeld siegt 3:1 in Kestrup", "© Senntaler Bote 2029", "Liveticker:", "Alle Entwicklungen zum Deichbruch",
                "Mit Material von PDK", "Schlagworte: Deichbruch · Hochwasser · Unterau · Seewinkel"],
}

# ------------------------------------------------------------------ Nachrichtenhub (de aggregator, JSON Lines item with text; rewrite of PDK)

HUB = {
    "input": "dev13/news.jsonl#nh-20290908-7731", "story": SID, "event": EV1,
    "publisher": "Nachrichtenhub", "published": "2029-09-08T13:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Hollmersfeld: Deich an der Senn gebrochen – Tausende evakuiert",
          claims=[Q("Tausende evakuiert", 2000, "person", "evacuated", "at-least", subject=FLOOD, group="hl-evacuated", time=SAT)]),
        P(S("Bei Hollmersfeld ist in der Nacht zum Samstag ein Deich an der Senn auf rund 40 Metern Länge gebrochen.",
            claims=[Q("auf rund 40 Metern Länge", 40, "metre", "size", "about", subject=FLOOD, group="hl-breach-length", time=SAT)]),
          S("Die Ortsteile Unterau und Seewinkel wurden überflutet."),
          S("Ein älterer Mann kam ums Leben, zwei Menschen werden vermisst, unter ihnen ein Feuerwehrmann.",
            claims=[Q("Ein älterer Mann kam ums Leben", 1, "person", "killed", subject=FLOOD, group="hl-killed", time=SAT),
                    Q("zwei Menschen werden vermisst", 2, "person", "missing", subject=FLOOD, group="hl-missing", time=SAT),
                    Q("unter ihnen ein Feuerwehrmann", 1, "firefighter", "missing", subject=FLOOD, group="hl-missing-firefighter", time=SAT)])),
        P(S("Laut Polizei mussten in der Nacht rund 2.100 Menschen ihre Häuser verlassen, am Morgen kamen weitere 1.400 hinzu.",
            claims=[Q("rund 2.100 Menschen", 2100, "person", "evacuated", "about", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT),
                    Q("weitere 1.400", 1400, "person", "evacuated", subject=FLOOD, source=POL, group="hl-evacuated", time=SAT)]),
          S("Rund 600 Gebäude stehen unter Wasser.",
            claims=[Q("Rund 600 Gebäude", 600, "building", "flooded", "about", subject=FLOOD, group="hl-houses", time=SAT)])),
        P(S("Mehr als 800 Einsatzkräfte und 400 Soldaten versuchen, den übrigen Deich mit Sandsäcken zu sichern.",
            claims=[Q("Mehr als 800 Einsatzkräfte", 800, "person", "deployed", "more-than", subject=FLOOD, group="hl-rescuers", time=SAT),
                    Q("400 Soldaten", 400, "soldier", "deployed", subject=FLOOD, group="hl-soldiers", time=SAT)]),
          S("Der Pegel der Senn stieg auf einen Rekordwert.")),
        P(S("Eine Bürgerinitiative wirft dem Landesamt für Wasserwirtschaft vor, seit Monaten von Schwachstellen im Deich gewusst und die Reparatur aufgeschoben zu haben.",
            claims=[ST("wirft dem Landesamt für Wasserwirtschaft vor, seit Monaten von Schwachstellen im Deich gewusst und die Reparatur aufgeschoben zu haben",
                       *IGN, "hl-ignored", source=BI)]),
          S("Die Behörde weist das zurück und verweist auf eine Prüfung im Mai.",
            claims=[ST("Die Behörde weist das zurück", *IGN, "hl-ignored", source=LWW, denial=True)])),
        P(S("Für Sonntag wird weiterer Regen erwartet."),
          S("Ein Polizeisprecher sagte, die Suche nach den Vermissten werde mit Booten und einer Drohne fortgesetzt."),
          S("In der Turnhalle des Schulzentrums ist eine Notunterkunft geöffnet, dort können Anwohner auch ihre Haustiere unterbringen."),
          S("Ein Bürgertelefon der Stadt ist rund um die Uhr erreichbar."),
          S("Die Stadt Hollmersfeld bittet darum, das Überschwemmungsgebiet weiträumig zu meiden und keine Wege für Rettungsfahrzeuge zu blockieren."),
          S("Wer Angehörige vermisst, soll sich bei der Polizei melden."),
          S("Auch die Bahnstrecke zwischen Hollmersfeld und Kestrup ist gesperrt, Ersatzbusse sind nach Angaben des Betreibers angefordert."),
          S("Schulen und Kindergärten in den betroffenen Ortsteilen bleiben bis auf Weiteres geschlossen."),
          S("Die Landesregierung hat für den Nachmittag eine Sitzung des Krisenstabs angekündigt."),
          S("Ob Ermittlungen gegen Verantwortliche aufgenommen werden, ist noch offen.")),
    ],
    "post": ["Quelle: PDK", "Mehr Meldungen aus Kastrien auf nachrichtenhub.example", "Anzeige: Hochwasserschutz-Set für Kellerfenster – jetzt 25 % Rabatt"],
    "removed": ["Quelle: PDK", "Mehr Meldungen aus Kastrien", "Hochwasserschutz-Set für Kellerfenster"],
}

# ------------------------------------------------------------------ Eastmoor Broadcasting (en broadcaster, Atom entry, Saturday evening)

EASTMOOR = {
    "input": "dev13/eastmoor.atom#tag:eastmoor.example,2029:news/senn-levee-8812", "story": SID, "event": EV1,
    "publisher": "Eastmoor Broadcasting News", "published": "2029-09-08T21:30:00+02:00",
    "language": "en", "authors": ["Hannah Lowry-Pike"], "sensational": False,
    "blocks": [
        H("One dead, two missing as levee bursts on Kastria's River Senn",
          claims=[Q("One dead", 1, "person", "killed", subject=FLOOD, group="hl-killed", time=SAT),
                  Q("two missing", 2, "person", "missing", subject=FLOOD, group="hl-missing", time=SAT)]),
        P(S("A levee on the River Senn gave way near the town of Hollmersfeld early on Saturday, flooding two low-lying districts and killing one man, police said.",
            claims=[Q("killing one man", 1, "person", "killed", subject=FLOOD, source=POL, group="hl-killed", time=SAT)]),
          S("Two people, one of them a firefighter, are missing.",
            claims=[Q("Two people", 2, "person", "missing", subject=FLOOD, group="hl-missing", time=SAT),
                    Q("one of them a firefighter", 1, "firefighter", "missing", subject=FLOOD, group="hl-missing-firefighter", time=SAT)])),
        P(S("Some 3,500 residents were evacuated overnight and during the morning, and the town says about 9,000 people are affected.",
            claims=[Q("Some 3,500 residents", 3500, "person", "evacuated", "about", subject=FLOOD, group="hl-evacuated", time=SAT),
                    Q("about 9,000 people", 9000, "person", "affected", "about", subject=FLOOD, source=CITY, group="hl-affected", time=SAT)]),
          S("The breach is roughly 40 metres wide, and about 4.6 square miles (12 sq km) are under water.",
            claims=[Q("roughly 40 metres wide", 40, "metre", "size", "about", subject=FLOOD, group="hl-breach-length", time=SAT),
                    Q("about 4.6 square miles", 4.6, "square mile", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT),
                    Q("12 sq km", 12, "square kilometre", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT)]),
          S("Roughly 600 homes have been flooded.",
            claims=[Q("Roughly 600 homes", 600, "house", "flooded", "about", subject=FLOOD, group="hl-houses", time=SAT)]),
          S("Residents of Unterau described water rising in the streets within minutes, forcing families onto upper floors and roofs.")),
        P(S("The river peaked at 7.82 metres in Hollmersfeld, the highest level since records began in 1911.",
            claims=[Q("7.82 metres", 7.82, "metre", None, subject="senn", group="hl-level", time=SAT)]),
          S("More than 800 emergency workers and 400 soldiers are shoring up the remaining embankment.",
            claims=[Q("More than 800 emergency workers", 800, "person", "deployed", "more-than", subject=FLOOD, group="hl-rescuers", time=SAT),
                    Q("400 soldiers", 400, "soldier", "deployed", subject=FLOOD, group="hl-soldiers", time=SAT)]),
          S("A quarter of a million sandbags had been filled by midday.",
            claims=[Q("A quarter of a million sandbags", 250000, "sack", None, subject=FLOOD, group="hl-sandbags", time=SAT)])),
        P(S("A residents' group, Sicherer Deich Senn (Safe Senn Levee), accused the state water authority LWW of knowing about seepage since the spring and delaying a €4.2 million repair.",
            claims=[ST("accused the state water authority LWW of knowing about seepage since the spring", *IGN, "hl-ignored", source=BI),
                    Q("a €4.2 million repair", 4200000, "eur", "cost", subject=LWW, source=BI, group="hl-repair-cost", time=None)]),
          S("The authority rejected the claim, saying the levee had passed an inspection in May.",
            claims=[ST("The authority rejected the claim", *IGN, "hl-ignored", source=LWW, denial=True)])),
        P(S("“We are fighting for every metre,” said fire chief Ansgar Pohlmann.", "quote"),
          S("The weather service expects up to 40 millimetres of rain on Sunday.",
            claims=[Q("up to 40 millimetres", 40, "millimetre", None, "up-to", subject="senn", source="weather service", group="hl-rain", time=SUN)])),
    ],
    "extra": '<p class="listen">Listen: <a href="https://eastmoor.example/audio/late-news-0908">Eastmoor Late News, 8 September</a></p>',
    "removed": ["Listen:", "Eastmoor Late News, 8 September"],
}

# ------------------------------------------------------------------ BLITZ (de tabloid, dateline block; omits the denial)

BLITZ = {
    "input": "dev13/hollmersfeld-blitz.txt", "story": SID, "event": EV1,
    "publisher": "BLITZ", "published": "2029-09-09T06:00:00+02:00",
    "language": "de", "authors": ["Ronny Schadewald"], "sensational": True,
    "pre": ["BLITZ", "09.09.2029 – 06:00", "Von Ronny Schadewald"],
    "blocks": [
        H("FLUT-HÖLLE HOLLMERSFELD! Behörde wusste vom kaputten Deich",
          claims=[ST("Behörde wusste vom kaputten Deich", *IGN, "hl-ignored")],
          loaded=[L("FLUT-HÖLLE", "alarmist")]),
        P(S("Eine ganze Stadt versinkt im Schlamm.", "opinion"),
          S("In der Nacht zum Samstag brach der Senn-Deich – und die Wassermassen walzten alles nieder.",
            loaded=[L("walzten alles nieder", "alarmist")]),
          S("Rentner Herbert M. (78) ertrank in seinem Keller, zwei Menschen werden noch vermisst.",
            claims=[Q("zwei Menschen werden noch vermisst", 2, "person", "missing", subject=FLOOD, group="hl-missing", time=SAT)]),
          S("Mehr als 1.000 Häuser sind abgesoffen, Tausende mussten fliehen!",
            claims=[Q("Mehr als 1.000 Häuser", 1000, "house", "flooded", "more-than", subject=FLOOD, group="hl-houses", time=SAT),
                    Q("Tausende mussten fliehen", 2000, "person", "evacuated", "at-least", subject=FLOOD, group="hl-evacuated", time=SAT)])),
        P(S("Nach BLITZ-Informationen wusste das Landesamt für Wasserwirtschaft schon seit März, dass der Deich leckte.",
            claims=[ST("wusste das Landesamt für Wasserwirtschaft schon seit März, dass der Deich leckte", *IGN, "hl-ignored", source="blitz")]),
          S("Die Reparatur für 4,2 Millionen Euro wurde einfach verschoben – aus purem Geiz!",
            claims=[Q("Die Reparatur für 4,2 Millionen Euro", 4200000, "eur", "cost", subject=LWW, group="hl-repair-cost", time=None)],
            loaded=[L("aus purem Geiz", "demonising")]),
          S("Diese Schlamperei-Behörde hat ein Menschenleben auf dem Gewissen!", "opinion",
            loaded=[L("Schlamperei-Behörde", "demonising")])),
        P(S("Die Nacht des Grauens begann gegen 3.40 Uhr.", loaded=[L("Nacht des Grauens", "alarmist")]),
          S("Sirenen heulten, Feuerwehrleute hämmerten an die Türen."),
          S("Viele Menschen retteten sich im Schlafanzug auf die Dächer."),
          S("Familienvater Timo B. (41) zu BLITZ: „Wir haben nur die Kinder geschnappt und sind gerannt.“", "quote"),
          S("Sein Auto, seine Möbel, seine Fotoalben: alles weg."),
          S("Auch der Sportplatz und der Friedhof von Seewinkel stehen unter Wasser.")),
        P(S("Anwohnerin Sabine K. (52) zu BLITZ: „Das Wasser stand in zehn Minuten bis zur Decke.“", "quote",
            claims=[Q("in zehn Minuten", 10, "minute", "duration", subject=FLOOD, source="sabine k.", group="hl-quote-minutes", time=SAT)]),
          S("Der Pegel stieg auf knapp acht Meter – Rekord!",
            claims=[Q("knapp acht Meter", 8, "metre", None, "about", subject="senn", group="hl-level", time=SAT)]),
          S("Den Schaden schätzen Experten schon jetzt auf bis zu 200 Millionen Euro.",
            claims=[Q("bis zu 200 Millionen Euro", 200000000, "eur", "cost", "up-to", subject=FLOOD, source="experts", group="hl-damage", time=SAT)])),
        P(S("Mehr als 800 Helfer kämpfen Tag und Nacht gegen die Flut, dazu 400 Soldaten.",
            claims=[Q("Mehr als 800 Helfer", 800, "person", "deployed", "more-than", subject=FLOOD, group="hl-rescuers", time=SAT),
                    Q("400 Soldaten", 400, "soldier", "deployed", subject=FLOOD, group="hl-soldiers", time=SAT)]),
          S("Was für Helden!", "opinion", loaded=[L("Helden", "glorifying")]),
          S("Für Sonntag ist neuer Regen angesagt, die Angst in Unterau und Seewinkel wächst mit jeder Stunde.")),
        P(S("Oberbürgermeister Klaus Wendlinger sprach von der „schwersten Nacht“ in der Geschichte der Stadt."),
          S("Die Feuerwehr warnt alle Anwohner davor, vollgelaufene Keller zu betreten, solange dort noch Strom fließt."),
          S("Doch warum hat niemand die Menschen früher gewarnt?", "opinion")),
        P(S("Und die Verantwortlichen im Amt?", "opinion"),
          S("Die sitzen im Trockenen!", "opinion"),
          S("BLITZ fragt: Wann muss der erste Deich-Versager zurücktreten?", "opinion",
            loaded=[L("Deich-Versager", "demonising")])),
    ],
    "post": ["Mehr von BLITZ:", "- Unwetter-Radar: Wo es heute noch kracht", "- BLITZ+ 4 Wochen für 0,99 € lesen",
             "", "#Hollmersfeld #Deichbruch #Flut"],
    "removed": ["09.09.2029 – 06:00", "Von Ronny Schadewald", "Mehr von BLITZ:", "Unwetter-Radar: Wo es heute noch kracht",
                "4 Wochen für 0,99 €", "#Hollmersfeld #Deichbruch #Flut"],
}

# ------------------------------------------------------------------ Compass Wire (en wire, dateline block; the return, three days later)

COMPASS = {
    "input": "dev13/hollmersfeld-compass.txt", "story": SID, "event": EV2,
    "publisher": "Compass Wire", "published": "2029-09-11T17:05:00+02:00",
    "language": "en", "authors": ["Oliver Brandt-Kiwanuka"], "sensational": False,
    "pre": ["COMPASS WIRE", "Sept 11, 2029 17:05 CEST", "By Oliver Brandt-Kiwanuka"],
    "blocks": [
        H("Kastria flood toll rises to two as Hollmersfeld residents begin to return",
          claims=[Q("rises to two", 2, "person", "killed", subject=FLOOD, group="hl-killed", time=TUE)]),
        P(S("Rescuers on Tuesday recovered the body of a volunteer firefighter who had been missing since a levee on the River Senn burst near Hollmersfeld on Saturday, bringing the death toll to two, police said.",
            claims=[Q("bringing the death toll to two", 2, "person", "killed", subject=FLOOD, source=POL, group="hl-killed", time=TUE)]),
          S("One person, an 81-year-old woman, is still missing.",
            claims=[Q("One person, an 81-year-old woman, is still missing", 1, "person", "missing", subject=FLOOD, group="hl-missing", time=TUE)])),
        P(S("Most of the roughly 3,500 people evacuated over the weekend were allowed back to their homes on Tuesday as the water receded.",
            claims=[Q("the roughly 3,500 people evacuated", 3500, "person", "evacuated", "about", subject=FLOOD, group="hl-evacuated", time=SAT)]),
          S("About 1,100 remain in emergency shelters or with relatives.",
            claims=[Q("About 1,100", 1100, "person", "displaced", "about", subject=FLOOD, group="hl-displaced", time=TUE)])),
        P(S("The state government put the damage at at least €150 million and pledged €30 million in emergency aid.",
            claims=[Q("at least €150 million", 150000000, "eur", "cost", "at-least", subject=FLOOD, source="state government", group="hl-damage", time=TUE),
                    Q("€30 million in emergency aid", 30000000, "eur", "pledged", subject="state government", source="state government", group="hl-aid", time=TUE)]),
          S("Households can claim up to €5,000 each in immediate support.",
            claims=[Q("up to €5,000 each", 5000, "eur", "pledged", "up-to", subject="state government", group="hl-household-aid", time=TUE)])),
        P(S("A residents' group says the state water authority LWW had known of leaks since March and put off a €4.2 million repair.",
            claims=[ST("A residents' group says the state water authority LWW had known of leaks since March", *IGN, "hl-ignored", source=BI),
                    Q("a €4.2 million repair", 4200000, "eur", "cost", subject=LWW, source=BI, group="hl-repair-cost", time=None)]),
          S("The LWW denies that and says the levee passed an inspection in May.",
            claims=[ST("The LWW denies that", *IGN, "hl-ignored", source=LWW, denial=True)])),
        P(S("The water covered about 12 square kilometres (4.6 square miles) at its peak.",
            claims=[Q("about 12 square kilometres", 12, "square kilometre", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT),
                    Q("4.6 square miles", 4.6, "square mile", "flooded", "about", subject=FLOOD, group="hl-area", time=SAT)]),
          S("Clean-up crews had removed more than 2,000 tonnes of debris by Tuesday.",
            claims=[Q("more than 2,000 tonnes of debris", 2000, "tonne", None, "more-than", subject=FLOOD, group="hl-debris", time=WEEKEND)]),
          S("Rail services between Hollmersfeld and Kestrup are expected to resume on Thursday, the operator said.")),
        P(S("It was the worst flooding on the Senn since 1987, when four people died in the Kestrup area.",
            claims=[Q("four people died", 4, "person", "killed", subject="1987 senn flood", group="hl-1987", time=T("1987-01-01", "1987-12-31"))])),
    ],
    "post": ["(Reporting by Oliver Brandt-Kiwanuka; editing by Marta Quist)", "", "Copyright 2029 Compass Wire. All rights reserved."],
    "removed": ["Sept 11, 2029 17:05 CEST", "By Oliver Brandt-Kiwanuka", "(Reporting by Oliver Brandt-Kiwanuka; editing by Marta Quist)",
                "Copyright 2029 Compass Wire"],
}

ARTICLES = [PDK, BOTE, HUB, EASTMOOR, BLITZ, COMPASS]

REWRITES = [["dev13/hollmersfeld-pdk.txt", "dev13/hollmersfeld-bote.html"],
            ["dev13/hollmersfeld-pdk.txt", "dev13/news.jsonl#nh-20290908-7731"],
            ["dev13/hollmersfeld-bote.html", "dev13/news.jsonl#nh-20290908-7731"]]


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Nachrichtenhub item of dev13/news.jsonl (the file is written by the Orsee module)."""
    return {"id": "nh-20290908-7731", "url": "https://nachrichtenhub.example/vermischtes/deichbruch-hollmersfeld-7731",
            "title": headline(HUB), "text": text_without_headline(HUB), "publisher": HUB["publisher"],
            "published": HUB["published"], "language": "de", "rubrik": "Vermischtes"}


def atom_entry():
    return (EASTMOOR, "tag:eastmoor.example,2029:news/senn-levee-8812",
            "https://eastmoor.example/news/senn-levee-8812", EASTMOOR["extra"])


def files():
    """Input files of this story (the Eastmoor feed and news.jsonl are written by other story modules)."""
    return {
        "hollmersfeld-pdk.txt": (render_txt(PDK), False),
        "hollmersfeld-bote.html": (render_html(BOTE, BOTE_SITE), False),
        "hollmersfeld-blitz.txt": (render_txt(BLITZ), False),
        "hollmersfeld-compass.txt": (render_txt(COMPASS), False),
    }
