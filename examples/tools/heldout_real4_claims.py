"""Annotations of the held-out real-text claims split `heldout-real4` (a fourth annotator).

Articles of ../shared/corpora/10kgnad-test.jsonl in the order of heldout_real4_select.py, each as
(10kGNAD id, [quantity claims]); claims written with real_lib's `q` / `rng`. Conventions:
examples/real.md, examples/real2.md and examples/heldout-real4.md. HELD OUT: never read while tuning.
"""

import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from real_lib import q, rng  # noqa: E402

ARTICLES = [
    # pos 121: knife attack near Ariel, toll of the wave of violence
    ("10kgnad-test-564", [
        q("Zwei Palästinenser", 2, "exact", "person", "killed", subject="west bank"),
        q("bisher 196 Palästinenser", 196, "exact", "person", "killed"),
        q("28 Israelis", 28, "exact", "person", "killed"),
        q("vier Ausländer starben", 4, "exact", "person", "killed"),
    ]),
    # pos 122: Wałęsa files
    ("10kgnad-test-175", [
        q("in zwei IPN-Büchern", 2, "exact", None, None),
    ]),
    # pos 123: search of Firtasch's house
    ("10kgnad-test-437", [
        q("drei Stunden lang gedauert", 3, "exact", "hour", "duration", source="orf", hedged=True),
        q("Rekordkaution von 125 Millionen Euro", 125000000, "exact", "eur", "paid", subject="dmytro firtasch"),
    ]),
    # pos 124: French regional elections, user questions answered by Stefan Brändle (interview)
    ("10kgnad-test-213", [
        q("mehr als zehn Prozent Stimmen", 10, "more-than", "percent", "won", source="stefan brändle"),
        rng("drei, vier oder fünf Parteien", 3, 5, "party", None, source="stefan brändle"),
        q("zwei sind hingegen sehr selten", 2, "exact", "party", None, source="stefan brändle"),
        q("Zehn-Prozent-Hürde", 10, "exact", "percent", "size", source="stefan brändle"),
        q("ein Viertel der Sitze", 25, "exact", "percent", "won", source="stefan brändle"),
        q("jene Wähler (27 Prozent), die FN einlegen", 27, "exact", "percent", "won", subject="fn",
          source="stefan brändle"),
        q("um fast zehn Prozentpunkte hochschoss", 10, "about", "percentage point", "increase",
          source="stefan brändle"),
        q("etwa zehn Millionen Stimmen", 10000000, "about", "vote", "won", subject="marine le pen",
          source="stefan brändle"),
        q("im zweiten etwa 18 Millionen", 18000000, "about", "vote", "won", subject="marine le pen",
          source="stefan brändle"),
        rng("rund sechs bis sieben Millionen", 6000000, 7000000, "vote", "won", subject="marine le pen",
            source="stefan brändle"),
        q("eine 28-Prozent-Partei", 28, "exact", "percent", "size", subject="fn", source="stefan brändle"),
        q("Verzicht in drei Regionen", 3, "exact", None, None, source="stefan brändle"),
    ]),
    # pos 125: Buwog case, files seized at Toifl's
    ("10kgnad-test-838", [
        q("versiegelten Akten (3,62 Gigabyte)", 3.62, "exact", None, "size"),
        q("Verkauf von 60.000 Bundeswohnungen", 60000, "exact", "apartment", "sold"),
        q("bei 30.000 Dateien", 30000, "exact", "file", None, source="gerald toifl"),
        q("123,5 Stunden Arbeit", 123.5, "exact", "hour", "duration"),
        q("Ermittelt wurde gegen 54 Personen", 54, "exact", "person", None),
        q("Anklagen gegen 17 Personen", 17, "exact", "person", None, hedged=True),
    ]),
    # pos 126: Zschäpe's statement in the NSU trial
    ("10kgnad-test-37", [
        q("zehn Menschen in ganz Deutschland", 10, "exact", "person", "killed", subject="germany", hedged=True),
        q("zwei Sprengstoffanschläge in Köln", 2, "exact", None, None, subject="cologne", hedged=True),
    ]),
    # pos 127: commentary on French labour reform
    ("10kgnad-test-787", [
        q("Zehntausende gehen dagegen auf die Straße", 20000, "at-least", "person", None, subject="france"),
        q("zehntausende Jugendliche", 20000, "at-least", "person", None, subject="austria"),
    ]),
    # pos 128: classic cars as investments
    ("10kgnad-test-887", [
        rng("zwischen fünf und sechs Prozent zu", 5, 6, "percent", "increase"),
        q("stieg 2015 um 5,6 Prozent", 5.6, "exact", "percent", "increase", subject="deutscher oldtimer-index",
          time="2015"),
        q("rund 103.000 Autos gemeldet", 103000, "about", "vehicle", None, subject="austria"),
        rng("Etwa 1500 bis 2000 Euro pro Jahr", 1500, 2000, "eur", "cost", source="frank wilke", hedged=True),
        q("mehr als 5000 Euro", 5000, "more-than", "eur", "cost"),
        q("zehn Prozent des Kaufpreises", 10, "exact", "percent", None, source="georg brown"),
        rng("zwei bis drei Jahre suchen", 2, 3, "year", "duration"),
    ]),
    # pos 129: synod of bishops opened
    ("10kgnad-test-722", [
        q("dreiwöchige Ordentliche Bischofssynode", 3, "exact", "week", "duration"),
        q("270 Bischöfe", 270, "exact", "person", None),
        q("314 Kardinäle, Patriarchen, Bischöfe und Priester", 314, "exact", "person", None),
        q("rund 400 Personen", 400, "about", "person", None),
        q("120 Berater, Experten, Beobachter und Gäste", 120, "exact", "person", None),
        q("der drei Themengruppen", 3, "exact", "group", None),
    ]),
    # pos 130: Innsbruck SPÖ chair
    ("10kgnad-test-546", [
        q("Drei der sechs roten Gemeinderäte", 3, "exact", "person", None, subject="spö"),
        q("der sechs roten Gemeinderäte", 6, "exact", "seat", "size", subject="spö"),
        q("büßte sie 5,2 Prozent ein", 5.2, "exact", "percent", "decrease", subject="spö", time="2012"),
        q("landete bei 14,5 Prozent", 14.5, "exact", "percent", "won", subject="spö", time="2012"),
    ]),
    # pos 131: brawl in the Calais camp
    ("10kgnad-test-1003", [
        q("Bis zu 300 Menschen", 300, "up-to", "person", None, subject="calais"),
        q("40 Menschen verletzt", 40, "exact", "person", "wounded", subject="calais"),
        rng("Etwa 200 bis 300 Migranten", 200, 300, "refugee", None, subject="calais", source="prefecture",
            hedged=True),
        q("Mehr als 400 Polizisten", 400, "more-than", "person", "deployed", subject="calais"),
        q("33 leicht verletzten Flüchtlingen", 33, "exact", "refugee", "wounded", subject="calais",
          source="prosecutors"),
        q("zwei leicht verletzten Polizisten", 2, "exact", "person", "wounded", subject="calais",
          source="prosecutors"),
        q("fünf Mitarbeiter der Hilfsorganisation Vie Active verletzt", 5, "exact", "worker", "wounded",
          subject="calais"),
        q("Tausende von Flüchtlingen", 2000, "at-least", "refugee", None, subject="calais"),
        q("3.900 Menschen", 3900, "exact", "person", None, subject="calais", source="prefecture"),
        q("Im März waren es 3.500", 3500, "exact", "person", None, subject="calais"),
        q("Hunderte Polizisten", 200, "at-least", "person", "deployed", subject="calais"),
        q("für 1.500 Menschen Containerunterkünfte", 1500, "exact", "person", None, subject="calais"),
    ]),
    # pos 132: Schettino appeals
    ("10kgnad-test-885", [
        q("zu 16 Jahren und einem Monat verurteilt", 193, "exact", "month", "duration",
          subject="francesco schettino"),
        q("der 32 Menschen an Bord", 32, "exact", "person", "killed", subject="costa concordia", source="court"),
        q("32 Personen ums Leben gekommen", 32, "exact", "person", "killed", subject="costa concordia"),
        q("77 Österreicher, die sich retten konnten", 77, "exact", "person", "rescued", subject="costa concordia"),
        q("fast sechs Monate unter Hausarrest", 6, "about", "month", "duration", subject="francesco schettino"),
    ]),
    # pos 133: Meischberger leaves the villa
    ("10kgnad-test-252", [
        q("mehr als zwei Jahre dauernden", 2, "more-than", "year", "duration"),
        q("höher als 3,2 Millionen Euro", 3200000, "more-than", "eur", None, hedged=True),
    ]),
    # pos 134: plastic waste buried at Häusle
    ("10kgnad-test-202", [
        q("fünf illegale Deponien gefunden", 5, "exact", None, None, subject="häusle", source="thomas habermann",
          hedged=True),
        q("mehrere Tausend Tonnen Kunststoffabfälle", 2000, "at-least", "tonne", None, subject="häusle",
          source="thomas habermann", hedged=True),
        q("Jahresumsatz 75,7 Millionen Euro", 75700000, "exact", "eur", None, subject="häusle"),
        q("mindestens eine Million Euro", 1000000, "at-least", "eur", "cost", subject="häusle",
          source="thomas habermann"),
        q("26,4 Prozent der Firmenanteile", 26.4, "exact", "percent", None, subject="häusle"),
        q("100 Prozent des Biomülls", 100, "exact", "percent", None, subject="häusle"),
        q("jährlich rund 18.000 Tonnen", 18000, "about", "tonne", None, subject="häusle"),
    ]),
    # pos 136: government on the EU-Turkey summit
    ("10kgnad-test-54", [
        q("90.000 Asylwerber aufgenommen", 90000, "exact", "refugee", None, subject="austria",
          source="hans peter doskozil", hedged=True),
        q("heuer seien 37.500 vorgesehen", 37500, "exact", "refugee", None, subject="austria",
          source="hans peter doskozil", hedged=True),
        q("Bis zu 75.000 würden das", 75000, "up-to", "refugee", None, subject="greece",
          source="reinhold mitterlehner", hedged=True),
    ]),
    # pos 137: cutting non-wage labour costs
    ("10kgnad-test-966", [
        q("zusätzliches Wachstum von 0,25 Prozentpunkten", 0.25, "exact", "percentage point", "increase",
          subject="austria", source="wifo"),
        q("Wachstum von 1,4 Prozent", 1.4, "exact", "percent", "increase", subject="austria", source="wifo",
          time="2016"),
        q("das IHS mit 1,6 Prozent", 1.6, "exact", "percent", "increase", subject="austria", source="ihs",
          time="2016"),
        q("in zwei Etappen", 2, "exact", None, None, subject="flaf"),
        q("von 4,5 auf", 4.5, "exact", "percent", None, subject="flaf"),
        rng("3,5 oder 3,6 Prozent sinken", 3.5, 3.6, "percent", None, subject="flaf"),
        q("rund eine Milliarde", 1000000000, "about", "eur", None, hedged=True),
        q("um 0,1 Prozentpunkte höher", 0.1, "exact", "percentage point", "increase", subject="austria",
          source="wifo", hedged=True),
        q("Nach drei Jahren wären es 0,25 Prozentpunkte", 0.25, "exact", "percentage point", "increase",
          subject="austria", source="wifo", hedged=True),
        q("12.000 neue Jobs", 12000, "exact", "job", None, subject="austria", source="wifo", hedged=True),
        q("rund 300 Millionen an Überschüssen", 300000000, "about", "eur", None, subject="flaf",
          source="family ministry", hedged=True),
        q("Drei Milliarden Schulden", 3000000000, "exact", "eur", None, subject="flaf"),
        q("Schulden von fast drei Milliarden", 3000000000, "about", "eur", None, subject="flaf"),
        q("einen 0,45-prozentigen Zuschlag", 0.45, "exact", "percent", "size"),
    ]),
    # pos 138: freight-train derailment at the Semmering
    ("10kgnad-test-497", [
        q("für drei Wochen gesperrt", 3, "exact", "week", "duration", subject="südbahn"),
        q("einer Kollision zweier Züge", 2, "exact", None, None),
        rng("im siebenstelligen Bereich abspielen", 1000000, 9999999, "eur", "cost", source="christopher seif"),
        q("mit 15 Bussen", 15, "exact", "vehicle", "deployed"),
        rng("zwischen 55.000 und 60.000 Passagiere", 55000, 60000, "passenger", None, subject="südbahn"),
    ]),
    # pos 139: German industrial production in September
    ("10kgnad-test-135", [
        q("Im September um 1,1 Prozent weniger hergestellt", 1.1, "exact", "percent", "decrease",
          subject="germany"),
        q("um 1,1 Prozent weniger her", 1.1, "exact", "percent", "decrease", subject="germany",
          source="economy ministry"),
        q("Anstieg von 0,5 Prozent", 0.5, "exact", "percent", "increase", subject="germany", source="economists"),
        q("Minus von revidiert 0,6 Prozent", 0.6, "exact", "percent", "decrease", subject="germany"),
        q("nur halb so stark", 0.5, "exact", None, None, subject="germany"),
        q("schrumpfte die Produktion damit um 0,3 Prozent", 0.3, "exact", "percent", "decrease",
          subject="germany"),
        q("drei Monate in Folge", 3, "exact", "month", "duration", subject="germany"),
        q("um 1,4 Prozent nach unten", 1.4, "exact", "percent", "decrease", subject="germany"),
        q("3,2 Prozent weniger", 3.2, "exact", "percent", "decrease", subject="germany"),
        q("Minus von 1,4 Prozent", 1.4, "exact", "percent", "decrease", subject="germany"),
        q("um 0,9 Prozent zurück", 0.9, "exact", "percent", "decrease", subject="germany"),
        q("wuchs dagegen um 0,3 Prozent", 0.3, "exact", "percent", "increase", subject="germany"),
    ]),
    # pos 140: refugees stranded in Athens (reportage)
    ("10kgnad-test-58", [
        q("zehn Tage Ausharren im Niemandsland", 10, "exact", "day", "duration"),
        q("Tausend Menschen in der Taekwando-Halle", 1000, "exact", "person", None, subject="athens"),
        q("tausende von Flüchtlingen in der Woche", 2000, "at-least", "refugee", None, subject="greece"),
        q("1.500 Menschen waren am Montag auf der Fähre", 1500, "exact", "person", None, subject="piraeus"),
        q("2.000 gingen am Mittwoch von Bord", 2000, "exact", "person", None, subject="piraeus"),
        q("fuhr einige hundert weg", 200, "at-least", "person", None, subject="athens"),
    ]),
    # pos 141: an amortising bond (ZertifikateReport)
    ("10kgnad-test-174", [
        q("jedem der zehn Laufzeitjahre", 10, "exact", "year", "duration"),
        q("ein Zehntel des investierten Kapitals", 10, "exact", "percent", "paid"),
        q("fixe Kuponzahlung in Höhe von 1,25 Prozent", 1.25, "exact", "percent", "paid"),
        q("10.000 Euro in die Anleihe investiert", 10000, "exact", "eur", None),
        q("Zinszahlung in Höhe von 125 Euro", 125, "exact", "eur", "paid", time=("2016-11-20", "2016-11-20")),
        q("ein Zehntel des Nennwertes", 10, "exact", "percent", "paid", time=("2016-11-20", "2016-11-20")),
        q("Nennwertes von 100 Prozent", 100, "exact", "percent", None),
        q("im  konkreten Fall 1.250 Euro", 1250, "exact", "eur", "paid", time=("2016-11-20", "2016-11-20")),
        q("nach den nächsten neun Laufzeitjahren", 9, "exact", "year", "duration"),
        q("1,25 Prozent des auf 9.000 Euro", 1.25, "exact", "percent", "paid"),
        q("auf 9.000 Euro reduzierten Kapitaleinsatzes", 9000, "exact", "eur", None),
        q("in Höhe von 112,50 Euro gutgeschrieben", 112.5, "exact", "eur", "paid"),
        q("weitere 1.000 Euro zurückbezahlt", 1000, "exact", "eur", "paid"),
        q("auf 8.000 Euro reduzieren", 8000, "exact", "eur", None),
        q("Kapitaleinsatz von 1.000 Euro", 1000, "exact", "eur", None, time=("2025-11-20", "2025-11-20")),
        q("Zinskupon in Höhe von 12,50 Euro", 12.5, "exact", "eur", "paid", time=("2025-11-20", "2025-11-20")),
        q("Stückelung von 1.000 Euro", 1000, "exact", "eur", None),
        q("mit 100 Prozent gezeichnet", 100, "exact", "percent", None),
    ]),
    # pos 142: snow and frost damage to agriculture
    ("10kgnad-test-373", [
        q("1.400 Schadensmeldungen binnen 72 Stunden", 1400, "exact", None, None),
        q("deutlich über 200 Millionen Euro", 200000000, "more-than", "eur", "cost",
          source="österreichische hagelversicherung"),
        q("mehr als 1.400 Schadensmeldungen", 1400, "more-than", None, None, source="kurt weinberger"),
        q("Fläche von mehr als 50.000 Hektar", 50000, "more-than", "hectare", "damaged", source="kurt weinberger",
          hedged=True),
        q("auf bis zu 125 Millionen Euro geschätzt", 125000000, "up-to", "eur", "cost", subject="styria",
          source="steirische landwirtschaftskammer"),
        q("auf bis zu 200 Millionen Euro", 200000000, "up-to", "eur", "cost", subject="styria",
          source="hans seitinger"),
        q("Wertschöpfungsverlust in Höhe von 150 Millionen Euro", 150000000, "exact", "eur", "cost",
          subject="burgenland", source="landwirtschaftskammer"),
        q("auf mehr als 25.000 Hektar", 25000, "more-than", "hectare", "affected",
          source="bauernbund and agriculture ministry"),
        q("36 Soldaten", 36, "exact", "soldier", "deployed", subject="styria"),
        q("bei drei Obstbaubetrieben", 3, "exact", "business", None, subject="styria"),
        q("etwa 400 Hektar Hagelnetze beschädigt", 400, "about", "hectare", "damaged", subject="styria"),
        q("die Hälfte davon komplett zerstört", 50, "exact", "percent", "destroyed", subject="styria"),
    ]),
    # pos 143: winter gas package for Ukraine
    ("10kgnad-test-359", [
        q("um ein halbes Jahr verlängert", 6, "exact", "month", "duration"),
        q("einen 500-Millionen-Dollar-Kredit", 500000000, "exact", "usd", "size", subject="ukraine"),
        q("weiterer 500 Millionen Dollar", 500000000, "exact", "usd", None, subject="ukraine",
          source="alexander nowak"),
        q("maximal 20 Dollar pro 1000 Kubikmeter", 20, "up-to", "usd", "decrease", subject="ukraine",
          source="experts"),
        q("Gaspreis von 247 Dollar für 1000 Kubikmeter", 247, "exact", "usd", "cost", subject="ukraine"),
        q("etwas mehr als zwei Milliarden Kubikmeter", 2000000000, "more-than", "cubic metre", None,
          subject="ukraine", hedged=True),
        q("gut 17 Milliarden Kubikmeter", 17000000000, "more-than", "cubic metre", None, subject="ukraine",
          hedged=True),
        rng("30 bis 40 Dollar Rabatt", 30, 40, "usd", "decrease", subject="ukraine",
            source="wladimir demtschischin"),
        q("mindestens um zwei Wochen verschieben", 2, "at-least", "week", "duration"),
        q("noch einmal 500 Millionen Dollar", 500000000, "exact", "usd", "cost", subject="ukraine",
          source="ukraine"),
        q("etwa alle zehn Jahre", 10, "about", "year", None, source="alexej miller", hedged=True),
    ]),
    # pos 144: bad loans of Italian banks
    ("10kgnad-test-77", [
        q("faule Kredite im Volumen von 200 Milliarden Euro", 200000000000, "exact", "eur", None, subject="italy"),
        q("davon 50 bei der Bank-Austria-Mutter Unicredit", 50000000000, "exact", "eur", None,
          subject="unicredit"),
        q("Problemkredite im Volumen von 200 Milliarden Euro", 200000000000, "exact", "eur", None,
          subject="italy"),
        q("50 davon entfallen auf Unicredit", 50000000000, "exact", "eur", None, subject="unicredit"),
        q("zu 60 Prozent gedeckt", 60, "exact", "percent", None, subject="unicredit", source="unicredit",
          hedged=True),
        q("20 Prozent an Wert eingebüßt", 20, "exact", "percent", "decrease", subject="unicredit"),
        q("mit mehr als 700 Instituten", 700, "more-than", "bank", "size", subject="italy"),
        q("mit zwei Milliarden Euro", 2000000000, "exact", "eur", None, subject="mps"),
        q("weniger als die Hälfte ihrer Kapitalisierung", 50, "less-than", "percent", None, subject="mps"),
        q("Kapitalerhöhung von drei Milliarden Euro", 3000000000, "exact", "eur", "raised", subject="mps",
          time="2015"),
        q("MPS-Aktien gaben seit Jahresbeginn 40 Prozent nach", 40, "exact", "percent", "decrease", subject="mps"),
        q("der vier, inzwischen in Good Banks sanierten", 4, "exact", "bank", None, subject="italy"),
    ]),
    # pos 145: Putin's year of crisis
    ("10kgnad-test-272", [
        q("Spritze von 18 Milliarden Dollar", 18000000000, "exact", "usd", None, subject="veb", hedged=True),
        q("Rückgang von schätzungsweise 3,8 Prozent", 3.8, "about", "percent", "decrease", subject="russia"),
        q("um 7,9 Prozent einbrach", 7.9, "exact", "percent", "decrease", subject="russia", time="2009"),
        q("um immerhin noch 6,9 Prozent", 6.9, "exact", "percent", "increase", subject="china"),
        q("Defizit von drei Prozent", 3, "exact", "percent", None, subject="russia", source="economy ministry"),
        q("rund 70 Prozent des Exports", 70, "about", "percent", None, subject="russia"),
        q("zur Hälfte des Haushalts", 50, "exact", "percent", None, subject="russia"),
        q("für ein weiteres Halbjahr verlängert", 6, "exact", "month", "duration"),
    ]),
    # pos 146: euro-zone purchasing managers' index
    ("10kgnad-test-864", [
        q("kletterte im Juni um 0,5", 0.5, "exact", "point", "increase", subject="markit-einkaufsmanagerindex",
          source="markit"),
        q("auf 54,1 Punkte", 54.1, "exact", "point", None, subject="markit-einkaufsmanagerindex", source="markit"),
        q("rund 4.000 Firmen", 4000, "about", "company", None, source="markit"),
        q("ab 50  Punkten Wachstum", 50, "at-least", "point", None, subject="markit-einkaufsmanagerindex"),
    ]),
    # pos 147: police against rumours about refugees in Styria
    ("10kgnad-test-438", [
        q("4.450 Menschen", 4450, "exact", "person", None, subject="styria", source="police"),
        q("mehrere Hundert Personen nach Wels", 200, "at-least", "person", None),
        q("noch 3.900 Personen", 3900, "exact", "person", None, subject="bad radkersburg"),
    ]),
]
