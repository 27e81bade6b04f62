"""dev30 story 1: a chemical spill into the river Sauva at Lidmar (Brezonien / Brezonia). In the night to Wednesday,
10 August 2050, a corroded storage tank (Tank 7) at the Trevon Chemie plant leaks about 18,000 litres of the solvent xylene,
which runs through a storm drain into the Sauva. Fish die over about 12 km; the waterworks of Lidmar and Korrin halt their
intake from the river (about 42,000 residents affected); prosecutors investigate. The river association Sauva-Bund says Trevon
had known of the corrosion since 2048; Trevon denies it.

The German agency on Wednesday (BPA, text), the Lidmar regional paper on Thursday (Lidmarer Anzeiger, HTML with a fact box),
an English tabloid on Thursday (The Brezonia Bugle, HTML: the charge as fact, no denial) and an English trade weekly on
Friday (Process Industry Weekly, an HTML item of the aggregator dump newsline.jsonl, written here). Invented: country, towns,
firm, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, blocks_html, content_blocks, headline, render_html, render_jsonl, render_txt

SID = "st-sauva-spill"
EV = "ev-sauva-spill"
STORY = {"id": SID, "label": "Chemical spill into the river Sauva at Lidmar, Brezonien",
         "events": [{"id": EV, "label": "The xylene leak at Trevon Chemie, the fish kill and the water-intake stop (10–12 August 2050)"}]}

EVENT = "sauva chemical spill"
WED = T("2050-08-10", "2050-08-10")
THU = T("2050-08-11", "2050-08-11")
WED_THU = T("2050-08-10", "2050-08-11")
KNEW = ("trevon", "knew of", "corrosion of tank 7")
PROBE = ("prosecutors", "investigated", "trevon")
INTAKE = ("lidmar waterworks", "halted", "water intake from the sauva")

GROUPS = [
    {"id": "sauva-volume", "story": SID, "status": "agreed",
     "why": "About 18,000 litres of xylene leaked (BPA 'rund 18.000', Anzeiger '18 Tsd.' and 'achtzehntausend', Bugle 18,000, PIW 'some 18,000' = 18 cubic metres)."},
    {"id": "sauva-fish", "story": SID, "status": "compatible",
     "why": "About four tonnes of dead fish on Wednesday (BPA, Anzeiger), more than seven tonnes by Thursday evening (PIW): a later figure."},
    {"id": "sauva-stretch", "story": SID, "status": "conflicting",
     "why": "About 12 km (BPA) or 12 km / 7.5 miles (PIW) of river with dead fish against the Bugle's 30 miles."},
    {"id": "sauva-residents", "story": SID, "status": "agreed",
     "why": "About 42,000 residents without tap water from the river (BPA, Anzeiger 'knapp 42.000', Bugle 'more than 40,000': a bound within a tenth)."},
    {"id": "sauva-knew", "story": SID, "status": "disputed",
     "why": "Sauva-Bund says Trevon knew of the corroded tank (BPA, PIW; the Bugle as fact); Trevon denies it (BPA, Anzeiger, PIW)."},
    {"id": "sauva-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate Trevon (BPA, PIW)."},
    {"id": "sauva-intake", "story": SID, "status": "agreed", "why": "The Lidmar waterworks halted the intake from the Sauva (BPA, Anzeiger)."},
    {"id": "sauva-staff", "story": SID, "status": "agreed", "why": "About 1,300 people work at the Lidmar plant (Anzeiger, PIW)."},
    {"id": "sauva-cost", "story": SID, "status": "compatible",
     "why": "Clean-up costs of up to €10 million (Anzeiger, the city) beside €8–10 million (PIW, analysts): a bound at one end of the range."},
    {"id": "sauva-2041", "story": SID, "status": "single-source",
     "why": "The recalled bleach spill of 2041, about 90,000 litres (Anzeiger only): larger, a figure of its own."},
    {"id": "sauva-points", "story": SID, "status": "single-source", "why": "Six water distribution points (Anzeiger only)."},
    {"id": "sauva-years", "story": SID, "status": "single-source", "why": "'For two years' the bosses knew (Bugle only)."},
    {"id": "sauva-shares", "story": SID, "status": "single-source", "why": "Trevon's shares fell 6.2 percent (PIW only)."},
    {"id": "sauva-fine", "story": SID, "status": "single-source", "why": "A fine of up to €5 million possible (PIW only)."},
]

# ------------------------------------------------------------------ BPA (de agency, text; Wednesday evening)

BPA = {
    "input": "dev30/sauva-bpa.txt", "story": SID, "event": EV,
    "publisher": "BPA Brezonische Presseagentur", "published": "2050-08-10T17:45:00+02:00",
    "language": "de", "authors": ["Jana Welk"], "sensational": False,
    "pre": ["BPA Brezonische Presseagentur", "Mittwoch, 10. August 2050, 17:45 Uhr", "Von Jana Welk"],
    "blocks": [
        H("Chemieunfall in Lidmar: Lösungsmittel läuft in die Sauva"),
        P(S("Aus einem Lagertank des Chemiewerks Trevon in Lidmar sind in der Nacht zum Mittwoch rund 18.000 Liter des Lösungsmittels Xylol ausgelaufen und über einen Regenwasserkanal in die Sauva gelangt.",
            claims=[Q("rund 18.000 Liter", 18000, "litre", None, "about", subject="trevon", group="sauva-volume", time=WED)]),
          S("Das teilte die Stadtverwaltung am Mittwochmittag mit.")),
        P(S("Nach Angaben des Fischereiverbands Sauva verendeten auf einer Länge von rund zwölf Kilometern flussabwärts etwa vier Tonnen Fische.",
            claims=[Q("rund zwölf Kilometern", 12, "kilometre", "distance", "about", subject=EVENT, source="sauva fishing association", group="sauva-stretch", time=WED),
                    Q("etwa vier Tonnen Fische", 4, "tonne", "killed", "about", subject=EVENT, source="sauva fishing association", group="sauva-fish", time=WED)])),
        P(S("Die Stadtwerke Lidmar stoppten die Entnahme von Flusswasser für die Trinkwasseraufbereitung.",
            claims=[ST("Die Stadtwerke Lidmar stoppten die Entnahme von Flusswasser", *INTAKE, "sauva-intake")]),
          S("Betroffen sind laut Stadtwerken rund 42.000 Einwohner in Lidmar und der Nachbargemeinde Korrin, die vorerst kein Leitungswasser trinken sollen.",
            claims=[Q("rund 42.000 Einwohner", 42000, "person", "affected", "about", subject=EVENT, source="lidmar waterworks", group="sauva-residents", time=WED)])),
        P(S("Der Umweltverband Sauva-Bund erhob schwere Vorwürfe gegen das Unternehmen.",),
          S("Trevon habe schon seit 2048 von Rostschäden an dem Tank gewusst, sagte der Vorsitzende Henrik Osterhus.",
            claims=[ST("Trevon habe schon seit 2048 von Rostschäden an dem Tank gewusst", *KNEW, "sauva-knew", source="sauva-bund", hedged=True)]),
          S("Ein Prüfbericht aus jenem Jahr habe die Schäden ausdrücklich vermerkt.",),
          S("Das Werk habe die Reparatur dennoch immer wieder verschoben.",)),
        P(S("Trevon wies das zurück.",
            claims=[ST("Trevon wies das zurück", *KNEW, "sauva-knew", source="trevon", denial=True)]),
          S("Der Tank sei zuletzt im Frühjahr geprüft und für sicher befunden worden, erklärte Sprecherin Lea Morvan.",)),
        P(S("Die Staatsanwaltschaft Lidmar ermittelt wegen des Verdachts der Gewässerverunreinigung gegen Verantwortliche des Werks.",
            claims=[ST("Die Staatsanwaltschaft Lidmar ermittelt wegen des Verdachts der Gewässerverunreinigung gegen Verantwortliche des Werks", *PROBE, "sauva-probe")]),
          S("Die Stadt hat für Anwohner ein Bürgertelefon unter 0800 4471 220 eingerichtet.")),
    ],
    "post": ["bpa jw/kr 101745 Aug 50", "© BPA Brezonische Presseagentur. Alle Rechte vorbehalten."],
    "removed": ["Von Jana Welk", "bpa jw/kr", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Lidmarer Anzeiger (de regional, HTML with fact box; Thursday)

LA_SITE = {
    "nav": ["Startseite", "Lidmar", "Korrin", "Region", "Sport", "Kultur", "Traueranzeigen"],
    "cookie": "Wir verwenden Cookies, um Ihnen ein besseres Leseerlebnis zu bieten.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Donnerstag, 11. August 2050",
    "share": "Artikel teilen · 47 Kommentare",
    "ad": "Anzeige: Autohaus Brandl – Sommerrabatt bis 31. August",
    "related_title": "Mehr aus Lidmar",
    "related": ["Stadtfest 2050: Das Programm", "Sauva-Radweg wird verlängert"],
    "footer": "© Lidmarer Anzeiger Verlags-GmbH, Marktplatz 3, Lidmar · Impressum · Datenschutz",
    "inline": '<div class="abo"><p>Jetzt LA+ testen: vier Wochen für 0,99 Euro.</p></div>',
    "inline_at": 2,
}

LA = {
    "input": "dev30/sauva-anzeiger.html", "story": SID, "event": EV,
    "publisher": "Lidmarer Anzeiger", "published": "2050-08-11T06:00:00+02:00",
    "language": "de", "authors": ["Moritz Anselm"], "sensational": False,
    "blocks": [
        H("Tote Fische, trockene Hähne: Lidmar nach dem Xylol-Unfall"),
        P(S("Am Morgen nach dem Chemieunfall bei Trevon stehen an der Sauva-Promenade die Angler und schütteln die Köpfe.", "reporting"),
          S("Am Ufer treiben silbrig glänzende Fischkadaver, Feuerwehrleute ziehen seit Stunden Netze durch das Wasser.")),
        P(S("Wie der Fischereiverband mitteilte, sind bislang rund vier Tonnen tote Fische geborgen worden.",
            claims=[Q("rund vier Tonnen tote Fische", 4, "tonne", "killed", "about", subject=EVENT, source="sauva fishing association", group="sauva-fish", time=WED)]),
          S("Ausgelaufen waren in der Nacht zum Mittwoch gegen 3.40 Uhr achtzehntausend Liter Xylol aus dem Tank Nummer 7 im Werk II an der Werkstraße 12.",
            claims=[Q("achtzehntausend Liter Xylol", 18000, "litre", None, subject="trevon", group="sauva-volume", time=WED)])),
        P(S("Die Stadtwerke haben die Entnahme aus der Sauva eingestellt.",
            claims=[ST("Die Stadtwerke haben die Entnahme aus der Sauva eingestellt", *INTAKE, "sauva-intake")]),
          S("Knapp 42.000 Menschen in Lidmar und Korrin sollen ihr Leitungswasser bis auf Weiteres nur zum Duschen und Spülen verwenden.",
            claims=[Q("Knapp 42.000 Menschen", 42000, "person", "affected", "about", subject=EVENT, group="sauva-residents", time=THU)]),
          S("Die Kosten für die Reinigung des Flusses schätzt die Stadt auf bis zu zehn Millionen Euro.",
            claims=[Q("bis zu zehn Millionen Euro", 10000000, "eur", "cost", "up-to", subject=EVENT, source="lidmar", group="sauva-cost")]),
          S("An sechs Ausgabestellen verteilt die Stadt Trinkwasser in Flaschen.",
            claims=[Q("sechs Ausgabestellen", 6, None, None, subject="lidmar", group="sauva-points", time=THU)])),
        P(S("Trevon sprach in einer Mitteilung von einem „Produktaustritt“ und bedauerte den Vorfall.",
            loaded=[L("Produktaustritt", "euphemism", "reported")]),
          S("Den Vorwurf des Sauva-Bunds, man habe von Rostschäden gewusst, wies das Unternehmen erneut zurück.",
            claims=[ST("wies das Unternehmen erneut zurück", *KNEW, "sauva-knew", source="trevon", denial=True)])),
        P(S("Für viele in Lidmar ist Trevon mehr als irgendein Betrieb: Rund 1.300 Beschäftigte arbeiten in dem Werk am Nordufer.",
            claims=[Q("Rund 1.300 Beschäftigte", 1300, "worker", "employed", "about", subject="trevon", group="sauva-staff")]),
          S("Die Erinnerung an 2041 ist noch wach, als aus einer Papierfabrik flussaufwärts rund 90.000 Liter Bleichlauge in den Fluss flossen.",
            claims=[Q("rund 90.000 Liter Bleichlauge", 90000, "litre", None, "about", subject="paper mill spill", group="sauva-2041", time=T("2041-01-01", "2041-12-31"))])),
        H("Fakten zum Unfall"),
        LI(S("Ausgelaufen: 18 Tsd. Liter Xylol",
             claims=[Q("18 Tsd. Liter Xylol", 18000, "litre", None, subject="trevon", group="sauva-volume", time=WED)])),
        LI(S("Ort: Tank 7, Werk II, Trevon Chemie Lidmar")),
        LI(S("Bürgertelefon: 0800 4471 220")),
    ],
    "removed": ["47 Kommentare", "Autohaus Brandl", "vier Wochen für 0,99 Euro", "Stadtfest 2050", "Verlags-GmbH", "Einverstanden"],
}

# ------------------------------------------------------------------ The Brezonia Bugle (en tabloid, HTML; Thursday)

BUG_SITE = {
    "nav": ["News", "Showbiz", "Sport", "Money", "Telly", "Puzzles"],
    "cookie": "The Bugle and our partners use cookies. Click OK to carry on reading.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Thursday, August 11 2050",
    "share": "Share on social · 389 comments",
    "ad": "ADVERTISEMENT: Win a £10,000 garden makeover – text GARDEN to 84050",
    "related_title": "Most read",
    "related": ["Soap star's secret wedding", "Lottery winner blows the lot"],
    "footer": "© Bugle Media Group. All rights reserved.",
    "after": '<div class="newsletter"><p>Get the Bugle Breakfast Briefing in your inbox every morning.</p></div>',
}

BUG = {
    "input": "dev30/sauva-bugle.html", "story": SID, "event": EV,
    "publisher": "The Brezonia Bugle", "published": "2050-08-11T08:30:00+02:00",
    "language": "en", "authors": ["Gary Pike"], "sensational": True,
    "blocks": [
        H("TOXIC TIDE: Chemical giant turns our river into a DEATH ZONE",
          loaded=[L("TOXIC TIDE", "alarmist"), L("Chemical giant", "demonising"), L("DEATH ZONE", "alarmist")]),
        P(S("Greedy chemical bosses have turned the once-beautiful River Sauva into a stinking graveyard.", "opinion",
            loaded=[L("Greedy", "demonising"), L("stinking graveyard", "alarmist")]),
          S("A whopping 18,000 litres of poison gushed out of a rotten tank at the Trevon plant in Lidmar in the early hours of Wednesday.",
            claims=[Q("18,000 litres", 18000, "litre", None, subject="trevon", group="sauva-volume", time=WED)],
            loaded=[L("poison", "alarmist"), L("rotten", "demonising")])),
        P(S("Dead fish now line a 30-mile stretch of the river, and more than 40,000 people have been told not to drink their tap water.",
            claims=[Q("a 30-mile stretch", 30, "mile", "distance", subject=EVENT, group="sauva-stretch", time=THU),
                    Q("more than 40,000 people", 40000, "person", "affected", "more-than", subject=EVENT, group="sauva-residents", time=THU)])),
        P(S("And the Bugle can reveal that Trevon bosses knew the tank was rotting for two years.",
            claims=[ST("Trevon bosses knew the tank was rotting", *KNEW, "sauva-knew", source="brezonia bugle"),
                    Q("two years", 2, "year", "duration", subject="trevon", source="brezonia bugle", group="sauva-years")]),
          S("They did nothing.", "opinion")),
        P(S("Fisherman Tomas Reck, 54, who has cast his line at the same spot since he was a boy, wept as he told us: \"It's a cemetery.", "quote",
            loaded=[L("cemetery", "alarmist", "reported")]),
          S("Everything I loved about this river is dead.\"", "quote")),
        P(S("Trevon called it a \"deeply regrettable incident\".",
            loaded=[L("deeply regrettable incident", "euphemism", "distancing")]),
          S("Regrettable?", "opinion"),
          S("How many more rivers have to die before someone goes to jail?", "opinion", loaded=[L("rivers have to die", "alarmist")])),
        P(S("Seen dead fish near you?", "opinion"),
          S("Send your pictures to our newsdesk on 0800 555 0150.", "opinion")),
    ],
    "removed": ["389 comments", "GARDEN to 84050", "Soap star", "Bugle Breakfast Briefing", "Bugle Media Group"],
}

# ------------------------------------------------------------------ Process Industry Weekly (en trade weekly, HTML item in newsline.jsonl; Friday)

PIW = {
    "input": "dev30/newsline.jsonl#nl-50-0812-piw-trevon", "story": SID, "event": EV,
    "publisher": "Process Industry Weekly", "published": "2050-08-12T09:00:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Trevon faces probe after xylene leak at Lidmar site"),
        P(S("Brezonian prosecutors have opened an investigation into Trevon Chemie after some 18,000 litres (18 cubic metres) of xylene escaped from a storage tank at its Lidmar site on Wednesday and reached the River Sauva.",
            claims=[ST("Brezonian prosecutors have opened an investigation into Trevon Chemie", *PROBE, "sauva-probe"),
                    Q("some 18,000 litres", 18000, "litre", None, "about", subject="trevon", group="sauva-volume", time=WED),
                    Q("18 cubic metres", 18, "cubic metre", None, subject="trevon", group="sauva-volume", time=WED)])),
        P(S("By Thursday evening more than seven tonnes of dead fish had been recovered along 12 kilometres (7.5 miles) of the river, according to the regional fishing association.",
            claims=[Q("more than seven tonnes of dead fish", 7, "tonne", "killed", "more-than", subject=EVENT, source="sauva fishing association", group="sauva-fish", time=WED_THU),
                    Q("12 kilometres", 12, "kilometre", "distance", subject=EVENT, source="sauva fishing association", group="sauva-stretch", time=WED_THU),
                    Q("7.5 miles", 7.5, "mile", "distance", subject=EVENT, source="sauva fishing association", group="sauva-stretch", time=WED_THU)])),
        P(S("The river group Sauva-Bund alleges that the company had known about corrosion on the tank since an inspection in 2048.",
            claims=[ST("the company had known about corrosion on the tank", *KNEW, "sauva-knew", source="sauva-bund", hedged=True)]),
          S("Trevon rejects the claim and describes the leak as a \"product release\" whose cause is still being examined.",
            claims=[ST("Trevon rejects the claim", *KNEW, "sauva-knew", source="trevon", denial=True)],
            loaded=[L("product release", "euphemism", "reported")])),
        P(S("The Lidmar plant, which employs some 1,300 people, makes solvents and coatings for the automotive industry.",
            claims=[Q("some 1,300 people", 1300, "worker", "employed", "about", subject="trevon", group="sauva-staff")]),
          S("Trevon shares fell 6.2 percent on Thursday.",
            claims=[Q("6.2 percent", 6.2, "percent", "decrease", subject="trevon shares", group="sauva-shares", time=THU)]),
          S("Analysts put the cost of the clean-up at €8–10 million.",
            claims=[Q("€8–10 million", None, "eur", "cost", "range", low=8000000, high=10000000, subject=EVENT, source="analysts", group="sauva-cost")]),
          S("Under Brezonian water law, the company could face a fine of up to €5 million, legal experts say.",
            claims=[Q("up to €5 million", 5000000, "eur", "fined", "up-to", subject="trevon", source="experts", group="sauva-fine")])),
    ],
    "removed": ["Subscribe to Process Industry Weekly", "Sponsored: Valve"],
}

ARTICLES = [BPA, LA, BUG, PIW]

REWRITES = []


def newsline_items():
    """PIW's item of the aggregator dump newsline.jsonl (the file is written by dev30_marsand.py)."""
    html_item = ("<article><h1>" + headline(PIW) + "</h1>\n" + blocks_html(content_blocks(PIW)) +
                 '\n<aside class="promo"><p>Subscribe to Process Industry Weekly: 51 issues for €249.</p></aside>'
                 '\n<aside class="sponsor"><p>Sponsored: Valve technology from Hessel Armaturen.</p></aside></article>')
    return [{"id": "nl-50-0812-piw-trevon", "url": "https://www.processweekly.example/news/trevon-lidmar-xylene-probe",
             "title": headline(PIW), "html": html_item, "publisher": PIW["publisher"],
             "published": PIW["published"], "language": "en"}]


def files():
    return {
        "sauva-bpa.txt": (render_txt(BPA), False),
        "sauva-anzeiger.html": (render_html(LA, LA_SITE), False),
        "sauva-bugle.html": (render_html(BUG, BUG_SITE), False),
    }
