"""dev6 story 4: a chemical leak from the Hallgren Chemie plant at Dorlach into the river Warnel in the
night of 19 to 20 October 2027 kills fish along some 35 kilometres.

An environmental NGO's press release (dateline block, list of demands), a regional paper's page, an
English wire report (dateline block) and an English paper's light rewrite of it (the Brennock Herald's
template), an English business daily's entry (Atom; this module writes the feed with the same outlet's
entry on the Hollbrück outbreak) and an English tabloid. Invented by the Parallax team (seventh writer):
river, towns, companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_atom
from dev6_oriana import herald_site
import dev6_hollbrueck

SID = "st-warnel-spill"
EV = "ev-warnel-leak"
STORY = {"id": SID, "label": "Chemical leak from the Hallgren plant into the river Warnel",
         "events": [{"id": EV, "label": "Leak at Dorlach in the night of 19 to 20 October 2027"}]}

HC = "hallgren chemie"
FA = "flussallianz warnel"
DO = "district office"
D20 = T("2027-10-20", "2027-10-20")


def late(text, source=None, hedged=False, denial=False, subject=HC, predicate="delayed reporting", obj="leak"):
    return ST(text, subject, predicate, obj, "warnel-late-report", source=source, hedged=hedged, denial=denial)


GROUPS = [
    {"id": "warnel-volume", "story": SID, "status": "conflicting",
     "why": "The company's about 8,000 litres against the NGO's at least 40,000 litres (the wire's 'thousands of litres' is looser)."},
    {"id": "warnel-fish", "story": SID, "status": "compatible",
     "why": "More than 12 tonnes of dead fish according to the district office against the NGO's more than 20 tonnes: bounds of different numbers."},
    {"id": "warnel-fish-count", "story": SID, "status": "single-source",
     "why": "Only the tabloid counts tens of thousands of dead fish."},
    {"id": "warnel-stretch", "story": SID, "status": "conflicting",
     "why": "About 35 km (= about 22 miles) in four articles against the 40 miles the tabloid attributes to campaigners."},
    {"id": "warnel-households", "story": SID, "status": "agreed",
     "why": "About 60,000 households supplied from reserves (regional paper, wire, rewrite)."},
    {"id": "warnel-late-report", "story": SID, "status": "disputed",
     "why": "The NGO, environmentalists and workers say Hallgren alerted the authorities hours late; Hallgren denies it."},
    {"id": "warnel-delay", "story": SID, "status": "disputed",
     "why": "Nine hours (NGO, workers) against within 40 minutes (Hallgren): one span set against each other by the denial."},
    {"id": "warnel-cost", "story": SID, "status": "compatible",
     "why": "The NGO's 'up to €25 million' is one end of the analysts' range of €15–25 million."},
    {"id": "warnel-shares", "story": SID, "status": "agreed",
     "why": "More than six percent (regional paper) and 6.2% (wire, business daily)."},
    {"id": "warnel-staff", "story": SID, "status": "agreed",
     "why": "About 4,200 employees at Dorlach in four articles."},
    {"id": "warnel-revenue", "story": SID, "status": "agreed",
     "why": "Revenue of 2,5 Mrd. Euro (regional paper) and €2.5 billion (business daily)."},
    {"id": "warnel-bathing", "story": SID, "status": "single-source",
     "why": "Only the regional paper reports 14 closed bathing and fishing spots."},
    {"id": "warnel-plant-damage", "story": SID, "status": "single-source",
     "why": "Only the regional paper gives Hallgren's own damage estimate of about 1.2 million euros."},
    {"id": "warnel-fine", "story": SID, "status": "single-source",
     "why": "Only the regional paper reports a fine of up to 5 million euros under review."},
    {"id": "warnel-profit-rise", "story": SID, "status": "single-source",
     "why": "Only the business daily gives the 12% rise in operating profit."},
    {"id": "warnel-profit", "story": SID, "status": "single-source",
     "why": "Only the business daily gives the operating profit of €310 million."},
]

FLUSS = {
    "input": "dev6/warnel-flussallianz.txt", "story": SID, "event": EV,
    "publisher": "Flussallianz Warnel e.V.", "published": "2027-10-20",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Pressemitteilung", "Flussallianz Warnel e.V.", "20.10.2027"],
    "blocks": [
        H("Giftwelle in der Warnel: Flussallianz fordert Stilllegung des Hallgren-Tanklagers",
          loaded=[L("Giftwelle", "alarmist")]),
        P(S("In der Nacht zum Mittwoch sind aus dem Tanklager Nr. 4 der Hallgren Chemie AG in Dorlach große Mengen eines Pestizid-Vorprodukts in die Warnel geflossen."),
          S("Nach Auswertung unserer Messdaten waren es mindestens 40.000 Liter – fünfmal so viel, wie das Unternehmen einräumt.",
            claims=[Q("mindestens 40.000 Liter", 40000, "litre", None, "at-least", subject="leak", source=FA, group="warnel-volume")]),
          S("Auf rund 35 Kilometern ist der Fluss zwischen Dorlach und St. Gerlach zur Todeszone geworden.",
            claims=[Q("Auf rund 35 Kilometern", 35, "kilometre", "distance", "about", subject="warnel", group="warnel-stretch")],
            loaded=[L("Todeszone", "alarmist")]),
          S("Über 20 Tonnen verendeter Fische haben freiwillige Helfer bis Mittwochabend aus dem Wasser geholt.",
            claims=[Q("Über 20 Tonnen verendeter Fische", 20, "tonne", "killed", "more-than", subject="fish", group="warnel-fish", time=D20)])),
        P(S("Nach Aussagen von Beschäftigten hat Hallgren die Behörden erst fast neun Stunden nach Entdeckung des Lecks informiert.",
            claims=[late("hat Hallgren die Behörden erst fast neun Stunden nach Entdeckung des Lecks informiert", source="employees"),
                    Q("fast neun Stunden", 9, "hour", "duration", "about", subject="reporting of the leak", source="employees",
                      group="warnel-delay")]),
          S("Der Konzern spricht beschönigend von einem „Produktaustritt“.", "opinion",
            loaded=[L("„Produktaustritt“", "euphemism", "distancing")])),
        H("Unsere Forderungen"),
        LI(S("Sofortige Stilllegung des Tanklagers Nr. 4 bis zur vollständigen Prüfung.", "opinion")),
        LI(S("Übernahme aller Sanierungskosten durch Hallgren, nach unserer Schätzung bis zu 25 Millionen Euro.", "opinion",
             claims=[Q("bis zu 25 Millionen Euro", 25000000, "eur", "cost", "up-to", subject="clean-up", source=FA, group="warnel-cost")])),
        LI(S("Ein unabhängiges Messprogramm für die gesamte Warnel.", "opinion")),
        P(S("„Die Warnel hatte sich gerade erst von den Einleitungen der Neunzigerjahre erholt, jetzt stehen wir wieder bei null“, sagte Vorstand Benedikt Sauer.", "quote"),
          S("Wer nach diesem Desaster noch auf freiwillige Selbstverpflichtungen der Industrie setzt, dem ist nicht zu helfen.", "opinion",
            loaded=[L("Desaster", "alarmist")])),
    ],
    "post": ["Pressekontakt: Merle Ostendorf · presse@flussallianz-warnel.example · 0421 77 30 19",
             "",
             "Über uns: Die Flussallianz Warnel e.V. ist ein gemeinnütziger Umweltverband mit rund 3.800 Mitgliedern.",
             "Spendenkonto: IBAN DE00 1234 5678 9012 3456 78"],
    "removed": ["Pressemitteilung", "20.10.2027", "Pressekontakt: Merle Ostendorf", "0421 77 30 19",
                "gemeinnütziger Umweltverband mit rund 3.800 Mitgliedern", "Spendenkonto"],
}

WZ_SITE = {
    "nav": ["Startseite", "Dorlach", "Lenzhafen", "Warneltal", "Wirtschaft", "Sport", "Leserbriefe"],
    "cookie": "Um unsere Website für Sie optimal zu gestalten, verwenden wir Cookies. Durch Klick auf „OK“ stimmen Sie zu.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "20.10.2027 | 18:45 Uhr",
    "share": "Diesen Artikel teilen",
    "ad": "Anzeige – Stadtwerke Lenzhafen: Jetzt zum Ökostrom-Tarif wechseln",
    "related_title": "Mehr zum Thema",
    "related": ["Hallgren Chemie: Der größte Arbeitgeber im Warneltal", "Fischsterben 2019: Was damals geschah",
                "Leserbriefe: „Wir wollen endlich Antworten“"],
    "footer": "© Warneltaler Zeitung 2027 · Impressum · Datenschutz · Abo",
    "inline": '<aside class="box"><h4>Hinweis des Landratsamts</h4><p>Bürgertelefon: 05822 40 11 00 (täglich 8 bis 20 Uhr)</p></aside>',
    "inline_at": 2,
    "after": '<div class="newsletter"><p>Der WZ-Newsletter: Das Wichtigste aus dem Warneltal, jeden Abend um 18 Uhr.</p><p>Jetzt anmelden</p></div>',
}

WZ = {
    "input": "dev6/warnel-zeitung.html", "story": SID, "event": EV,
    "publisher": "Warneltaler Zeitung", "published": "2027-10-20T18:45:00+02:00",
    "language": "de", "authors": ["Katrin Aschoff"], "sensational": False,
    "blocks": [
        H("Chemieunfall in Dorlach: Fischsterben auf 35 Kilometern",
          claims=[Q("auf 35 Kilometern", 35, "kilometre", "distance", subject="warnel", group="warnel-stretch")]),
        P(S("Nach dem Austritt einer Chemikalie aus dem Werk der Hallgren Chemie AG in Dorlach sind in der Warnel tonnenweise Fische verendet."),
          S("Dem Landratsamt zufolge wurden bis Mittwochnachmittag mehr als zwölf Tonnen tote Fische geborgen.",
            claims=[Q("mehr als zwölf Tonnen tote Fische", 12, "tonne", "killed", "more-than", subject="fish", source=DO,
                      group="warnel-fish", time=D20)]),
          S("Betroffen ist der Fluss auf einer Länge von etwa 35 Kilometern bis hinter St. Gerlach.",
            claims=[Q("auf einer Länge von etwa 35 Kilometern", 35, "kilometre", "distance", "about", subject="warnel", group="warnel-stretch")])),
        P(S("Nach Unternehmensangaben liefen am Dienstag gegen 23.15 Uhr rund 8.000 Liter einer Lösung aus einer korrodierten Leitung aus.",
            claims=[Q("rund 8.000 Liter", 8000, "litre", None, "about", subject="leak", source=HC, group="warnel-volume")]),
          S("Umweltverbände halten diese Zahl für viel zu niedrig; die Flussallianz Warnel spricht von mindestens 40.000 Litern.",
            claims=[Q("mindestens 40.000 Litern", 40000, "litre", None, "at-least", subject="leak", source=FA, group="warnel-volume")])),
        P(S("In Lenzhafen wird vorerst kein Flusswasser mehr zu Trinkwasser aufbereitet."),
          S("Rund 60.000 Haushalte werden bis auf Weiteres aus Tiefbrunnen und Reservebehältern versorgt.",
            claims=[Q("Rund 60.000 Haushalte", 60000, "household", None, "about", subject="lenzhafen", source="stadtwerke lenzhafen",
                      group="warnel-households")]),
          S("Das teilten die Stadtwerke Lenzhafen am Abend mit.")),
        P(S("Nach der Sperrung von 14 Badestellen und Angelstrecken rief das Landratsamt die Bevölkerung auf, den Fluss zu meiden.",
            claims=[Q("Sperrung von 14 Badestellen und Angelstrecken", 14, None, None, subject="warnel", source=DO, group="warnel-bathing")])),
        H("Streit um die Meldezeit"),
        P(S("Beschäftigte des Werks sollen Vorgesetzte schon kurz nach Mitternacht alarmiert haben.",
            claims=[late("Beschäftigte des Werks sollen Vorgesetzte schon kurz nach Mitternacht alarmiert haben", hedged=True,
                         subject="employees", predicate="alerted", obj="supervisors")]),
          S("Die Behörden seien jedoch erst gegen 8 Uhr morgens informiert worden, berichten Umweltschützer.",
            claims=[late("Die Behörden seien jedoch erst gegen 8 Uhr morgens informiert worden", source="environmentalists", hedged=True)]),
          S("Eine Hallgren-Sprecherin wies das zurück: Man habe die Leitstelle innerhalb von 40 Minuten verständigt.",
            claims=[late("Eine Hallgren-Sprecherin wies das zurück", source=HC, denial=True),
                    Q("innerhalb von 40 Minuten", 40, "minute", "duration", "up-to", subject="reporting of the leak", source=HC,
                      hedged=True, group="warnel-delay")])),
        P(S("Die Hallgren-Aktie verlor am Mittwoch zeitweise mehr als sechs Prozent.",
            claims=[Q("mehr als sechs Prozent", 6, "percent", "decrease", "more-than", subject="hallgren shares", group="warnel-shares", time=D20)]),
          S("Am Standort Dorlach beschäftigt der Konzern, der zuletzt 2,5 Mrd. Euro umsetzte, rund 4.200 Menschen.",
            claims=[Q("2,5 Mrd. Euro", 2500000000, "eur", None, subject=HC, group="warnel-revenue"),
                    Q("rund 4.200 Menschen", 4200, "worker", "employed", "about", subject=HC, group="warnel-staff")]),
          S("Den Schaden an der eigenen Anlage beziffert Hallgren auf rund 1,2 Millionen Euro.",
            claims=[Q("rund 1,2 Millionen Euro", 1200000, "eur", "damaged", "about", subject="hallgren plant", source=HC, group="warnel-plant-damage")]),
          S("Das Umweltministerium prüft ein Bußgeld von bis zu 5 Mio. Euro.",
            claims=[Q("bis zu 5 Mio. Euro", 5000000, "eur", "fined", "up-to", subject=HC, source="environment ministry", group="warnel-fine")])),
        P(S("Für Samstag, den 23. Oktober, haben Angler und Umweltgruppen eine Demonstration in Dorlach angekündigt.")),
        H("Die Lage in Zahlen"),
        LI(S("Tote Fische: mehr als 12 Tonnen",
             claims=[Q("Tote Fische: mehr als 12 Tonnen", 12, "tonne", "killed", "more-than", subject="fish", group="warnel-fish", time=D20)])),
        LI(S("Betroffene Flussstrecke: rund 35 Kilometer",
             claims=[Q("Betroffene Flussstrecke: rund 35 Kilometer", 35, "kilometre", "distance", "about", subject="warnel", group="warnel-stretch")])),
        LI(S("Ausgetretene Menge laut Hallgren: ca. 8.000 Liter",
             claims=[Q("Ausgetretene Menge laut Hallgren: ca. 8.000 Liter", 8000, "litre", None, "about", subject="leak", source=HC,
                       group="warnel-volume")])),
    ],
    "removed": ["Um unsere Website für Sie optimal zu gestalten", "20.10.2027 | 18:45 Uhr", "Diesen Artikel teilen",
                "Jetzt zum Ökostrom-Tarif wechseln", "Hallgren Chemie: Der größte Arbeitgeber im Warneltal",
                "Fischsterben 2019: Was damals geschah", "Wir wollen endlich Antworten", "Hinweis des Landratsamts",
                "05822 40 11 00", "Der WZ-Newsletter", "Jetzt anmelden", "Impressum · Datenschutz · Abo"],
}

CPS = {
    "input": "dev6/warnel-cps.txt", "story": SID, "event": EV,
    "publisher": "Continental Press Service", "published": "2027-10-20T17:05:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["Continental Press Service", "Oct. 20, 2027", "17:05 GMT"],
    "blocks": [
        H("Chemical leak at Hallgren plant kills fish along Warnel river"),
        P(S("DORLACH (CPS) – Thousands of litres of a pesticide ingredient leaked from a Hallgren Chemie plant into the Warnel river overnight, killing more than 12 tonnes of fish, the district authorities said on Wednesday.",
            claims=[Q("Thousands of litres", None, "litre", None, "at-least", low=2000, subject="leak", source=DO, group="warnel-volume"),
                    Q("more than 12 tonnes of fish", 12, "tonne", "killed", "more-than", subject="fish", source=DO, group="warnel-fish", time=D20)]),
          S("The company put the amount at about 8,000 litres.",
            claims=[Q("about 8,000 litres", 8000, "litre", None, "about", subject="leak", source=HC, group="warnel-volume")])),
        P(S("The environmental group Flussallianz Warnel said its own measurements pointed to at least 40,000 litres and accused Hallgren of waiting nine hours before alerting the authorities.",
            claims=[Q("at least 40,000 litres", 40000, "litre", None, "at-least", subject="leak", source=FA, group="warnel-volume"),
                    late("accused Hallgren of waiting nine hours before alerting the authorities", source=FA),
                    Q("waiting nine hours", 9, "hour", "duration", subject="reporting of the leak", source=FA, group="warnel-delay")]),
          S("Hallgren rejected the accusation, saying it had notified emergency services within 40 minutes.",
            claims=[late("Hallgren rejected the accusation", source=HC, denial=True),
                    Q("within 40 minutes", 40, "minute", "duration", "up-to", subject="reporting of the leak", source=HC, group="warnel-delay")])),
        P(S("Dead fish were reported along about 22 miles (35 km) of the river.",
            claims=[Q("about 22 miles", 22, "mile", "distance", "about", subject="warnel", group="warnel-stretch"),
                    Q("35 km", 35, "kilometre", "distance", subject="warnel", group="warnel-stretch")]),
          S("Downstream, the utility in Lenzhafen stopped drawing river water, and some 60,000 households are being supplied from reserves.",
            claims=[Q("some 60,000 households", 60000, "household", None, "about", subject="lenzhafen", group="warnel-households")])),
        P(S("Hallgren, which employs some 4,200 people in Dorlach, said the leak came from a corroded pipe and had been sealed by 2 a.m.",
            claims=[Q("some 4,200 people", 4200, "worker", "employed", "about", subject=HC, group="warnel-staff")]),
          S("Its shares closed down 6.2%.",
            claims=[Q("down 6.2%", 6.2, "percent", "decrease", subject="hallgren shares", group="warnel-shares", time=D20)])),
    ],
    "post": ["(Reporting by Lars Odenwald; Editing by Fiona Marsh)",
             "© 2027 Continental Press Service. All rights reserved."],
    "removed": ["Continental Press Service", "Oct. 20, 2027", "17:05 GMT", "Reporting by Lars Odenwald", "All rights reserved"],
}

HERALD_SITE = herald_site("Wednesday 20 October 2027, 9.00pm",
                          ["Europe's rivers: how clean is the water we drink?", "Chemical industry braces for tougher rules"],
                          "Advertisement – Greenway Filters: clean tap water for your whole home from €199")

HERALD = {
    "input": "dev6/warnel-herald.html", "story": SID, "event": EV,
    "publisher": "The Brennock Herald", "published": "2027-10-20T21:00:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Chemical leak kills tonnes of fish in Warnel river"),
        P(S("Thousands of litres of a pesticide ingredient leaked from a Hallgren Chemie plant in Dorlach into the Warnel river overnight, killing more than 12 tonnes of fish, the district authorities said on Wednesday.",
            claims=[Q("Thousands of litres", None, "litre", None, "at-least", low=2000, subject="leak", source=DO, group="warnel-volume"),
                    Q("more than 12 tonnes of fish", 12, "tonne", "killed", "more-than", subject="fish", source=DO, group="warnel-fish", time=D20)]),
          S("The company put the amount at about 8,000 litres.",
            claims=[Q("about 8,000 litres", 8000, "litre", None, "about", subject="leak", source=HC, group="warnel-volume")])),
        P(S("The environmental group Flussallianz Warnel said its own measurements pointed to at least 40,000 litres and accused Hallgren of waiting nine hours before alerting the authorities.",
            claims=[Q("at least 40,000 litres", 40000, "litre", None, "at-least", subject="leak", source=FA, group="warnel-volume"),
                    late("accused Hallgren of waiting nine hours before alerting the authorities", source=FA),
                    Q("waiting nine hours", 9, "hour", "duration", subject="reporting of the leak", source=FA, group="warnel-delay")]),
          S("Hallgren rejected the accusation and said it had notified emergency services within 40 minutes.",
            claims=[late("Hallgren rejected the accusation", source=HC, denial=True),
                    Q("within 40 minutes", 40, "minute", "duration", "up-to", subject="reporting of the leak", source=HC, group="warnel-delay")])),
        P(S("Dead fish were found along about 22 miles (35 km) of the river.",
            claims=[Q("about 22 miles", 22, "mile", "distance", "about", subject="warnel", group="warnel-stretch"),
                    Q("35 km", 35, "kilometre", "distance", subject="warnel", group="warnel-stretch")]),
          S("Downstream, the Lenzhafen utility stopped drawing river water; some 60,000 households are being supplied from reserves.",
            claims=[Q("some 60,000 households", 60000, "household", None, "about", subject="lenzhafen", group="warnel-households")])),
        P(S("Hallgren, which employs some 4,200 people in Dorlach, said the leak came from a corroded pipe and had been sealed by 2 a.m.",
            claims=[Q("some 4,200 people", 4200, "worker", "employed", "about", subject=HC, group="warnel-staff")])),
    ],
    "removed": ["uses cookies to personalise content", "Accept and continue", "Wednesday 20 October 2027, 9.00pm",
                "Share this article", "Greenway Filters", "Europe's rivers: how clean is the water we drink?",
                "Chemical industry braces for tougher rules", "Terms · Privacy · Contact us", "The Morning Herald: our editors' pick"],
}

EBD = {
    "input": "dev6/eastmark-business.atom#tag:eastmarkbusiness.example,2027:companies/hallgren-warnel-8102",
    "story": SID, "event": EV,
    "publisher": "Eastmark Business Daily", "published": "2027-10-21T07:30:00+00:00",
    "language": "en", "authors": ["Priya Lindqvist"], "sensational": False,
    "blocks": [
        H("Hallgren shares slide as Warnel spill raises clean-up bill"),
        P(S("Shares in Hallgren Chemie fell 6.2% on Wednesday after a leak at its Dorlach site poisoned a stretch of the Warnel river.",
            claims=[Q("fell 6.2%", 6.2, "percent", "decrease", subject="hallgren shares", group="warnel-shares", time=D20)]),
          S("Analysts at Brenning & Co estimate clean-up and compensation costs at between €15 million and €25 million.",
            claims=[Q("between €15 million and €25 million", None, "eur", "cost", "range", low=15000000, high=25000000,
                      subject="clean-up", source="brenning & co", group="warnel-cost")])),
        P(S("That is small beside annual revenue of €2.5 billion, but the damage to the company's reputation could weigh for longer, they said.",
            claims=[Q("annual revenue of €2.5 billion", 2500000000, "eur", None, subject=HC, source="brenning & co", group="warnel-revenue")]),
          S("Hallgren's operating profit was up 12% on the year in the first half, at €310 million.",
            claims=[Q("up 12% on the year", 12, "percent", "increase", subject="hallgren operating profit", group="warnel-profit-rise"),
                    Q("€310 million", 310000000, "eur", None, subject="hallgren operating profit", group="warnel-profit")])),
        P(S("The company, which has about 4,200 staff at Dorlach, says some 8,000 litres leaked and that it alerted the authorities within 40 minutes.",
            claims=[Q("about 4,200 staff", 4200, "worker", "employed", "about", subject=HC, group="warnel-staff"),
                    Q("some 8,000 litres", 8000, "litre", None, "about", subject="leak", source=HC, group="warnel-volume"),
                    Q("within 40 minutes", 40, "minute", "duration", "up-to", subject="reporting of the leak", source=HC, group="warnel-delay")]),
          S("Environmental campaigners put the leak at five times that amount."),
          S("“We are dealing with a limited product release that is fully under control,” chief executive Dr. Ulrike Fahrenholz told analysts on a call.", "quote",
            loaded=[L("limited product release", "euphemism", "reported")])),
    ],
    "extra": '<p><strong>Markets Daily</strong> – get the closing bell briefing in your inbox. <a href="https://eastmarkbusiness.example/newsletters">Subscribe</a></p>',
    "removed": ["Markets Daily", "get the closing bell briefing in your inbox", "Subscribe"],
}

SIREN = {
    "input": "dev6/warnel-daily-siren.txt", "story": SID, "event": EV,
    "publisher": "The Daily Siren", "published": "2027-10-21",
    "language": "en", "authors": ["Gavin Trask"], "sensational": True,
    "pre": ["THE DAILY SIREN", "Thursday, October 21, 2027", "By Gavin Trask"],
    "blocks": [
        H("TOXIC TIDE! Chemical cowboys turn river into a death zone",
          loaded=[L("TOXIC TIDE", "alarmist"), L("Chemical cowboys", "demonising"), L("death zone", "alarmist")]),
        P(S("Tens of thousands of dead fish are floating belly-up in the Warnel after a chemical giant let poison pour into the river.",
            claims=[Q("Tens of thousands of dead fish", None, "animal", "killed", "at-least", low=20000, subject="fish", group="warnel-fish-count")],
            loaded=[L("let poison pour", "alarmist")]),
          S("The toxic sludge has poisoned 40 miles of river, campaigners claim.",
            claims=[Q("40 miles of river", 40, "mile", "distance", subject="warnel", source="campaigners", hedged=True, group="warnel-stretch")],
            loaded=[L("toxic sludge", "alarmist")])),
        P(S("And the bosses at Hallgren Chemie?", "opinion"),
          S("They sat on the leak for NINE HOURS before telling anyone, according to workers at the plant.",
            claims=[late("They sat on the leak for NINE HOURS before telling anyone", source="employees"),
                    Q("NINE HOURS", 9, "hour", "duration", subject="reporting of the leak", source="employees", group="warnel-delay")]),
          S("Hallgren insists it raised the alarm within 40 minutes.",
            claims=[late("Hallgren insists it raised the alarm within 40 minutes", source=HC, denial=True),
                    Q("within 40 minutes", 40, "minute", "duration", "up-to", subject="reporting of the leak", source=HC, group="warnel-delay")]),
          S("Pull the other one.", "opinion")),
        P(S("“It looks like a graveyard down there,” angler Dennis Kühl, 61, told the Siren.", "quote",
            loaded=[L("graveyard", "alarmist", "reported")]),
          S("Fat-cat bosses collect their bonuses while ordinary families in Lenzhafen can't even trust the water from their taps.", "opinion",
            loaded=[L("Fat-cat bosses", "demonising")])),
        H("Enough is enough"),
        P(S("How many more rivers have to die before someone goes to jail?", "opinion"),
          S("Sign our petition and tell ministers: make the polluters pay!", "opinion")),
    ],
    "post": ["Read more: Lottery winner blows £2m in a year",
             "Share this story: Facebook | X | WhatsApp",
             "#ToxicTide #Warnel #MakeThemPay",
             "ADVERTISEMENT – Win a family holiday worth £5,000: text SIREN to 80123"],
    "removed": ["THE DAILY SIREN", "Thursday, October 21, 2027", "By Gavin Trask", "Lottery winner blows £2m in a year",
                "Share this story", "#ToxicTide #Warnel #MakeThemPay", "Win a family holiday worth £5,000", "80123"],
}

ARTICLES = [FLUSS, WZ, CPS, HERALD, EBD, SIREN]
REWRITES = [["dev6/warnel-cps.txt", "dev6/warnel-herald.html"]]

FEED = {"title": "Eastmark Business Daily – Companies", "link": "https://eastmarkbusiness.example/companies",
        "id": "tag:eastmarkbusiness.example,2027:feed/companies", "updated": "2027-10-21T07:30:00Z", "language": "en"}


def files():
    hb = dev6_hollbrueck.EBD
    return {
        "warnel-flussallianz.txt": (render_txt(FLUSS), False),
        "warnel-zeitung.html": (render_html(WZ, WZ_SITE), False),
        "warnel-cps.txt": (render_txt(CPS), False),
        "warnel-herald.html": (render_html(HERALD, HERALD_SITE), False),
        "warnel-daily-siren.txt": (render_txt(SIREN), False),
        "eastmark-business.atom": (render_atom(FEED, [
            (EBD, "tag:eastmarkbusiness.example,2027:companies/hallgren-warnel-8102",
             "https://eastmarkbusiness.example/companies/hallgren-warnel-spill", EBD["extra"]),
            (hb, "tag:eastmarkbusiness.example,2027:companies/quorvel-tafelwerk-7731",
             "https://eastmarkbusiness.example/companies/quorvel-tafelwerk-salmonella", hb["extra"]),
        ]), False),
    }
