"""dev16 story 1: the tanker Kalypso Star of the shipping company Vestmark runs aground on a sandbank off Brisenhaven
(Orvanien) on Tuesday, 14 October 2031, and leaks crude oil; on Thursday, 16 October, the slick reaches the beaches.

A German agency report (OPA, dateline block) with two rewrites (the local paper's HTML page and an aggregator's JSON Lines
item with `text`), a tabloid the next morning that states the environmental group's charge as fact, omits Vestmark's
denial and inflates the polluted coast and the dead birds, and an English wire report on Thursday (the second event:
later figures for the leak and the slick, the oiled birds, the coastline, an investigation, a recalled spill of 2009).
Invented by the Parallax team: country, towns, ship, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline, content_blocks

SID = "st-brisenhaven-oil"
EV1 = "ev-brisenhaven-grounding"
EV2 = "ev-brisenhaven-beaches"
STORY = {"id": SID, "label": "Tanker leaks crude oil off Brisenhaven",
         "events": [{"id": EV1, "label": "The tanker Kalypso Star runs aground on the Graue Bank off Brisenhaven and leaks crude oil (14 October 2031)"},
                    {"id": EV2, "label": "The slick reaches the beaches; leak estimate raised, oiled birds, captain under investigation (16 October 2031)"}]}

CG = "coast guard"
VM = "vestmark"
MSO = "mso"
ENV = "environment ministry"
SPILL = "kalypso star oil spill"
SHIP = "kalypso star"
TUE = T("2031-10-14", "2031-10-14")
THU = T("2031-10-16", "2031-10-16")
SHORTCUT = ("vestmark", "ordered", "shortcut through the closed merrow channel")

GROUPS = [
    {"id": "bh-leaked", "story": SID, "status": "conflicting",
     "why": "On Tuesday the coast guard counts at least 1,200 tonnes leaked (OPA, Zeitung, Radar, DONNER), Vestmark about 400 (OPA, Zeitung): two sources put one figure in different places; Thursday's about 2,900 tonnes (Calloway) is a later figure."},
    {"id": "bh-cargo", "story": SID, "status": "agreed", "why": "84,000 tonnes of crude oil on board (OPA, Zeitung, Radar, Calloway)."},
    {"id": "bh-distance", "story": SID, "status": "agreed",
     "why": "About nine kilometres off the coast (OPA, Zeitung, Radar; Calloway 'about 9 kilometres (5.6 miles)')."},
    {"id": "bh-crew", "story": SID, "status": "agreed", "why": "All 23 crew members taken off by helicopter (OPA, Zeitung, Radar, Calloway)."},
    {"id": "bh-slick", "story": SID, "status": "compatible",
     "why": "About 35 square kilometres on Tuesday (coast guard via OPA, Zeitung, Radar) and more than 90 square kilometres (about 35 square miles) on Thursday (Calloway): a later figure."},
    {"id": "bh-responders", "story": SID, "status": "agreed", "why": "More than 400 helpers on the first day (OPA, Zeitung, Radar)."},
    {"id": "bh-fishing-zone", "story": SID, "status": "agreed",
     "why": "A fishing ban within 20 kilometres (OPA, Zeitung, Radar; Calloway with 12 miles)."},
    {"id": "bh-cleanup-cost", "story": SID, "status": "agreed",
     "why": "Clean-up up to 60 million euros by the environment ministry's estimate (OPA, Radar, Calloway with a dollar equivalent)."},
    {"id": "bh-shortcut", "story": SID, "status": "disputed",
     "why": "The environmental group MSO says Vestmark ordered the tanker through the closed Merrow channel (OPA hedged, Zeitung, Radar, Calloway); DONNER states it as fact; Vestmark denies it (OPA, Zeitung, Radar, Calloway); DONNER omits the denial."},
    {"id": "bh-hours-saved", "story": SID, "status": "agreed", "why": "The shortcut saves about four hours, MSO's figure (OPA, Zeitung, Radar, DONNER as fact)."},
    {"id": "bh-fishing-firms", "story": SID, "status": "single-source", "why": "Only the Zeitung: about 120 fishing businesses affected."},
    {"id": "bh-coastline", "story": SID, "status": "conflicting",
     "why": "DONNER's 'über 60 Kilometer' of polluted beach on Wednesday morning against about 40 kilometres (25 miles) on Thursday (Calloway): the larger figure came first, a polluted coast does not shrink."},
    {"id": "bh-birds-dead", "story": SID, "status": "conflicting",
     "why": "DONNER's 'Tausende' dying seabirds against about 300 dead birds by Thursday (Calloway)."},
    {"id": "bh-birds-oiled", "story": SID, "status": "single-source", "why": "Only Calloway: more than 1,100 oiled birds taken to rescue stations."},
    {"id": "bh-probe", "story": SID, "status": "single-source", "why": "Only Calloway: prosecutors investigate the captain."},
    {"id": "bh-2009", "story": SID, "status": "single-source", "why": "Only Calloway recalls the 2009 spill off Kellnes with about 5,000 tonnes."},
    {"id": "bh-donner-age", "story": SID, "status": "single-source", "why": "Only DONNER: the tanker had been detained three times in five years."},
]

# ------------------------------------------------------------------ OPA (de agency report, dateline block)

OPA = {
    "input": "dev16/brisenhaven-opa.txt", "story": SID, "event": EV1,
    "publisher": "OPA Orvanische Presse-Agentur", "published": "2031-10-14T11:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["OPA Orvanische Presse-Agentur", "Dienstag, 14.10.2031, 11:40 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Tanker läuft vor Brisenhaven auf Grund – mindestens 1.200 Tonnen Rohöl ausgelaufen",
          claims=[Q("mindestens 1.200 Tonnen Rohöl", 1200, "tonne", None, "at-least", subject=SPILL, group="bh-leaked", time=TUE)]),
        P(S("Vor der Nordküste Orvaniens ist in der Nacht zum Dienstag der Öltanker „Kalypso Star“ auf eine Sandbank gelaufen."),
          S("Das Schiff der Reederei Vestmark hatte nach Angaben der Küstenwache 84.000 Tonnen Rohöl geladen.",
            claims=[Q("84.000 Tonnen Rohöl", 84000, "tonne", None, subject=SHIP, source=CG, group="bh-cargo", time=TUE)]),
          S("Es sitzt etwa neun Kilometer vor Brisenhaven auf der sogenannten Grauen Bank fest.",
            claims=[Q("etwa neun Kilometer", 9, "kilometre", "distance", "about", subject=SHIP, group="bh-distance", time=TUE)])),
        P(S("Aus einem aufgerissenen Tank seien mindestens 1.200 Tonnen Öl ausgetreten, teilte die Küstenwache mit.",
            claims=[Q("mindestens 1.200 Tonnen Öl", 1200, "tonne", None, "at-least", subject=SPILL, source=CG, hedged=True, group="bh-leaked", time=TUE)]),
          S("Die Reederei spricht dagegen von rund 400 Tonnen.",
            claims=[Q("rund 400 Tonnen", 400, "tonne", None, "about", subject=SPILL, source=VM, group="bh-leaked", time=TUE)]),
          S("Der Ölteppich bedeckte am Vormittag nach Angaben der Küstenwache rund 35 Quadratkilometer.",
            claims=[Q("rund 35 Quadratkilometer", 35, "square kilometre", "size", "about", subject="brisenhaven oil slick", source=CG, group="bh-slick", time=TUE)])),
        P(S("Alle 23 Besatzungsmitglieder wurden mit Hubschraubern von Bord geholt, verletzt wurde niemand.",
            claims=[Q("Alle 23 Besatzungsmitglieder", 23, "person", "rescued", subject=SHIP, group="bh-crew", time=TUE)]),
          S("Mehr als 400 Helfer von Küstenwache, Feuerwehr und Technischem Hilfswerk legten Ölsperren aus.",
            claims=[Q("Mehr als 400 Helfer", 400, "person", "deployed", "more-than", subject=SPILL, group="bh-responders", time=TUE)]),
          S("Die Behörden verhängten ein Fischereiverbot im Umkreis von 20 Kilometern.",
            claims=[Q("im Umkreis von 20 Kilometern", 20, "kilometre", "size", subject="brisenhaven fishing ban", group="bh-fishing-zone", time=TUE)])),
        P(S("Der Meeresschutzbund Orvanien (MSO) erhob schwere Vorwürfe gegen die Reederei."),
          S("Vestmark habe den Kapitän angewiesen, die seit dem Frühjahr gesperrte Merrow-Rinne als Abkürzung zu nehmen, um rund vier Stunden Fahrzeit zu sparen.",
            claims=[ST("Vestmark habe den Kapitän angewiesen, die seit dem Frühjahr gesperrte Merrow-Rinne als Abkürzung zu nehmen", *SHORTCUT, "bh-shortcut", source=MSO, hedged=True),
                    Q("rund vier Stunden Fahrzeit", 4, "hour", "duration", "about", subject="merrow channel shortcut", source=MSO, hedged=True, group="bh-hours-saved", time=None)])),
        P(S("Vestmark wies das zurück.",
            claims=[ST("Vestmark wies das zurück", *SHORTCUT, "bh-shortcut", source=VM, denial=True)]),
          S("Der Tanker sei auf der freigegebenen Route unterwegs gewesen und nach einem Ausfall der Ruderanlage abgetrieben, sagte ein Sprecher in Tarnholm."),
          S("Die Kosten für die Beseitigung des Öls schätzt das Umweltministerium auf bis zu 60 Millionen Euro.",
            claims=[Q("bis zu 60 Millionen Euro", 60000000, "eur", "cost", "up-to", subject="brisenhaven clean-up", source=ENV, group="bh-cleanup-cost", time=TUE)])),
        P(S("Bergungsschiffe sollen in den kommenden Tagen versuchen, das restliche Öl abzupumpen."),
          S("Der Wetterdienst erwartet für Mittwoch auflandigen Wind, der das Öl an die Strände treiben könnte."),
          S("Die Graue Bank gilt seit Jahrzehnten als eine der gefährlichsten Stellen vor der Küste.")),
    ],
    "post": ["opa/bh/tk 141140 Okt 31", "", "Themen: Umwelt · Schifffahrt · Brisenhaven",
             "© OPA Orvanische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Dienstag, 14.10.2031, 11:40 Uhr", "Ressort: Panorama", "opa/bh/tk 141140 Okt 31",
                "Themen: Umwelt · Schifffahrt · Brisenhaven", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Brisenhavener Zeitung (de local paper, HTML; rewrite of OPA)

ZEITUNG_SITE = {
    "nav": ["Brisenhaven", "Küste", "Polizei", "Sport", "Hafen", "Anzeigen", "E-Paper"],
    "cookie": "Wir verwenden Cookies und ähnliche Technologien. Mit „Alle akzeptieren“ stimmen Sie der Nutzung zu.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "Dienstag, 14. Oktober 2031, 15:05 Uhr",
    "share": "Teilen · Drucken · Kommentare (87)",
    "ad": "Anzeige: Fischhaus Tjarks – Räucheraal 100 g nur 3,49 €, Hafenstraße 4",
    "related_title": "Mehr aus der Region",
    "related": ["Hafenfest 2031: 12 Bands an 3 Tagen", "Kutterfischer klagen über Fangquoten",
                "Neue Fähre nach Oldsand ab Mai"],
    "footer": "© Brisenhavener Zeitung 2031 · Impressum · Datenschutz · Leserservice 04821 / 60 60",
    "inline": '<div class="ticker"><strong>Newsblog:</strong> <a href="/live/tanker">Alle Entwicklungen zur Ölpest</a></div>',
    "inline_at": 2,
    "after": '<p class="source">Mit Material von OPA</p>\n<p class="tags">Schlagworte: Ölpest · Kalypso Star · Graue Bank</p>',
}

ZEITUNG = {
    "input": "dev16/brisenhaven-zeitung.html", "story": SID, "event": EV1,
    "publisher": "Brisenhavener Zeitung", "published": "2031-10-14T15:05:00+02:00",
    "language": "de", "authors": ["Kerstin Voigtländer"], "sensational": False,
    "blocks": [
        H("Ölteppich vor Brisenhaven: Tanker sitzt auf der Grauen Bank fest",
          claims=[]),
        P(S("In der Nacht zum Dienstag ist der Tanker „Kalypso Star“ etwa neun Kilometer vor unserer Küste auf Grund gelaufen.",
            claims=[Q("etwa neun Kilometer", 9, "kilometre", "distance", "about", subject=SHIP, group="bh-distance", time=TUE)]),
          S("An Bord hatte das Schiff der Reederei Vestmark 84.000 Tonnen Rohöl.",
            claims=[Q("84.000 Tonnen Rohöl", 84000, "tonne", None, subject=SHIP, group="bh-cargo", time=TUE)]),
          S("Nach Angaben der Küstenwache sind mindestens 1.200 Tonnen ausgelaufen, die Reederei nennt rund 400 Tonnen.",
            claims=[Q("mindestens 1.200 Tonnen", 1200, "tonne", None, "at-least", subject=SPILL, source=CG, group="bh-leaked", time=TUE),
                    Q("rund 400 Tonnen", 400, "tonne", None, "about", subject=SPILL, source=VM, group="bh-leaked", time=TUE)])),
        P(S("Die 23 Seeleute an Bord wurden von Hubschraubern ausgeflogen.",
            claims=[Q("Die 23 Seeleute", 23, "sailor", "rescued", subject=SHIP, group="bh-crew", time=TUE)]),
          S("Der Ölteppich war am Vormittag rund 35 Quadratkilometer groß.",
            claims=[Q("rund 35 Quadratkilometer", 35, "square kilometre", "size", "about", subject="brisenhaven oil slick", group="bh-slick", time=TUE)]),
          S("Mehr als 400 Helfer legten Sperren aus, um den Hafen und das Wattgebiet zu schützen.",
            claims=[Q("Mehr als 400 Helfer", 400, "person", "deployed", "more-than", subject=SPILL, group="bh-responders", time=TUE)])),
        P(S("Für die Kutterflotte ist das ein harter Schlag: Im Umkreis von 20 Kilometern darf vorerst nicht gefischt werden.",
            claims=[Q("Im Umkreis von 20 Kilometern", 20, "kilometre", "size", subject="brisenhaven fishing ban", group="bh-fishing-zone", time=TUE)]),
          S("Betroffen sind nach Angaben der Fischereigenossenschaft rund 120 Betriebe.",
            claims=[Q("rund 120 Betriebe", 120, "business", "affected", "about", subject="brisenhaven fishing ban", source="fishing cooperative", group="bh-fishing-firms", time=TUE)]),
          S("„Wir haben Angst um unsere Existenz“, sagte Genossenschaftsvorsitzender Arne Tjarks.", "quote")),
        P(S("Der Meeresschutzbund Orvanien wirft Vestmark vor, das Schiff durch die gesperrte Merrow-Rinne geschickt zu haben, um rund vier Stunden zu sparen.",
            claims=[ST("wirft Vestmark vor, das Schiff durch die gesperrte Merrow-Rinne geschickt zu haben", *SHORTCUT, "bh-shortcut", source=MSO),
                    Q("rund vier Stunden", 4, "hour", "duration", "about", subject="merrow channel shortcut", source=MSO, group="bh-hours-saved", time=None)]),
          S("Die Reederei bestreitet das: Der Tanker sei nach einem technischen Defekt abgetrieben.",
            claims=[ST("Die Reederei bestreitet das", *SHORTCUT, "bh-shortcut", source=VM, denial=True)])),
        P(S("„Das ist der Albtraum, vor dem wir uns immer gefürchtet haben“, sagte Bürgermeisterin Hanne Solberg am Hafen.", "quote"),
          S("Die Stadt hat am Strand von Nordermeer freiwillige Helfer zusammengerufen und bittet darum, verschmutzte Tiere nicht selbst anzufassen."),
          S("Wer ölverschmierte Vögel findet, soll die Vogelstation am Deich verständigen.")),
    ],
    "removed": ["Wir verwenden Cookies", "Dienstag, 14. Oktober 2031, 15:05 Uhr", "Kommentare (87)", "Fischhaus Tjarks",
                "Räucheraal 100 g nur 3,49 €", "Hafenfest 2031: 12 Bands an 3 Tagen", "Kutterfischer klagen über Fangquoten",
                "Neue Fähre nach Oldsand ab Mai", "© Brisenhavener Zeitung 2031", "Alle Entwicklungen zur Ölpest",
                "Mit Material von OPA", "Schlagworte: Ölpest · Kalypso Star · Graue Bank"],
}

# ------------------------------------------------------------------ Nachrichtenradar (de aggregator, JSON Lines item with text; rewrite of OPA)

RADAR = {
    "input": "dev16/news.jsonl#nr-20311014-3391", "story": SID, "event": EV1,
    "publisher": "Nachrichtenradar", "published": "2031-10-14T12:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Öltanker vor Brisenhaven auf Grund gelaufen – über 1.000 Tonnen Öl im Meer",
          claims=[Q("über 1.000 Tonnen Öl", 1000, "tonne", None, "more-than", subject=SPILL, group="bh-leaked", time=TUE)]),
        P(S("Vor Brisenhaven ist in der Nacht der Tanker „Kalypso Star“ auf eine Sandbank gelaufen."),
          S("Er hatte 84.000 Tonnen Rohöl geladen und sitzt etwa neun Kilometer vor der Küste fest.",
            claims=[Q("84.000 Tonnen Rohöl", 84000, "tonne", None, subject=SHIP, group="bh-cargo", time=TUE),
                    Q("etwa neun Kilometer", 9, "kilometre", "distance", "about", subject=SHIP, group="bh-distance", time=TUE)]),
          S("Mindestens 1.200 Tonnen Öl sind nach Angaben der Küstenwache ausgelaufen.",
            claims=[Q("Mindestens 1.200 Tonnen Öl", 1200, "tonne", None, "at-least", subject=SPILL, source=CG, group="bh-leaked", time=TUE)])),
        P(S("Die 23 Besatzungsmitglieder wurden ausgeflogen.",
            claims=[Q("Die 23 Besatzungsmitglieder", 23, "person", "rescued", subject=SHIP, group="bh-crew", time=TUE)]),
          S("Der Ölfilm ist rund 35 Quadratkilometer groß.",
            claims=[Q("rund 35 Quadratkilometer", 35, "square kilometre", "size", "about", subject="brisenhaven oil slick", group="bh-slick", time=TUE)])),
        P(S("Umweltschützer des MSO werfen der Reederei Vestmark vor, den Tanker durch eine gesperrte Rinne geschickt zu haben.",
            claims=[ST("werfen der Reederei Vestmark vor, den Tanker durch eine gesperrte Rinne geschickt zu haben", *SHORTCUT, "bh-shortcut", source=MSO)]),
          S("Vestmark weist das zurück.",
            claims=[ST("Vestmark weist das zurück", *SHORTCUT, "bh-shortcut", source=VM, denial=True)]),
          S("Das Umweltministerium rechnet mit Kosten von bis zu 60 Millionen Euro.",
            claims=[Q("bis zu 60 Millionen Euro", 60000000, "eur", "cost", "up-to", subject="brisenhaven clean-up", source=ENV, group="bh-cleanup-cost", time=TUE)])),
        P(S("Bergungsschiffe sollen das restliche Öl aus dem Tanker pumpen."),
          S("Für Mittwoch ist auflandiger Wind vorhergesagt.")),
    ],
    "post": ["Quelle: OPA", "Weitere Meldungen auf nachrichtenradar.example",
             "Anzeige: Jetzt 3 Monate Radar Plus gratis testen"],
    "removed": ["Quelle: OPA", "Weitere Meldungen auf nachrichtenradar.example", "Jetzt 3 Monate Radar Plus gratis testen"],
}

# ------------------------------------------------------------------ DONNER (de tabloid, dateline block; omits the denial)

DONNER = {
    "input": "dev16/brisenhaven-donner.txt", "story": SID, "event": EV1,
    "publisher": "DONNER", "published": "2031-10-15T06:30:00+02:00",
    "language": "de", "authors": ["Rico Bernhagen"], "sensational": True,
    "pre": ["DONNER", "15.10.2031 – 06:30", "Von Rico Bernhagen"],
    "blocks": [
        H("ÖL-HÖLLE AN DER NORDKÜSTE! Die Reederei schickte den Schrott-Tanker durch die Sperrzone",
          claims=[ST("Die Reederei schickte den Schrott-Tanker durch die Sperrzone", *SHORTCUT, "bh-shortcut")],
          loaded=[L("ÖL-HÖLLE", "alarmist"), L("Schrott-Tanker", "demonising")]),
        P(S("Schwarzer Schlamm, so weit das Auge reicht."),
          S("Über 60 Kilometer Strand sind schon verseucht, Tausende Seevögel verenden qualvoll im Öl!",
            claims=[Q("Über 60 Kilometer Strand", 60, "kilometre", None, "more-than", subject="brisenhaven coastline", group="bh-coastline", time=T("2031-10-15", "2031-10-15")),
                    Q("Tausende Seevögel", 2000, "animal", "killed", "at-least", subject="brisenhaven seabirds", group="bh-birds-dead", time=T("2031-10-15", "2031-10-15"))],
            loaded=[L("verseucht", "alarmist"), L("qualvoll", "alarmist")]),
          S("Mindestens 1.200 Tonnen Rohöl sind aus der „Kalypso Star“ gelaufen.",
            claims=[Q("Mindestens 1.200 Tonnen Rohöl", 1200, "tonne", None, "at-least", subject=SPILL, group="bh-leaked", time=TUE)])),
        P(S("Und das hätte nie passieren dürfen!", "opinion"),
          S("Nach DONNER-Informationen war der Tanker in den vergangenen fünf Jahren dreimal in Häfen festgesetzt worden, wegen Rost und defekter Pumpen.",
            claims=[Q("dreimal", 3, None, None, subject=SHIP, source="donner", group="bh-donner-age", time=None)]),
          S("Trotzdem jagte die Reederei Vestmark das Schiff durch die gesperrte Merrow-Rinne – um vier Stunden zu sparen!",
            claims=[ST("jagte die Reederei Vestmark das Schiff durch die gesperrte Merrow-Rinne", *SHORTCUT, "bh-shortcut"),
                    Q("vier Stunden", 4, "hour", "duration", subject="merrow channel shortcut", group="bh-hours-saved", time=None)],
            loaded=[L("jagte", "demonising")]),
          S("Profit vor Natur, so einfach ist das.", "opinion", loaded=[L("Profit vor Natur", "propaganda")])),
        P(S("Fischer Hauke M. (52) steht am Hafen und kann es nicht fassen."),
          S("Er sagt zu DONNER: „Mein Vater hat hier gefischt, mein Großvater hat hier gefischt – und jetzt ist alles tot.“", "quote"),
          S("Seine Frau hat die Nacht am Deich verbracht und verklebte Möwen in Kartons gesetzt.")),
        P(S("Freiwillige aus dem ganzen Land sind an die Küste gekommen."),
          S("Sie schaufeln mit bloßen Händen und Eimern, viele seit dem Morgengrauen."),
          S("Diese Engel der Nordküste verdienen unseren Dank!", "opinion", loaded=[L("Engel der Nordküste", "glorifying")])),
        P(S("Warum durfte ein solcher Seelenverkäufer überhaupt noch fahren?", "opinion",
            loaded=[L("Seelenverkäufer", "demonising")]),
          S("Wer hat bei der Aufsicht weggeschaut?", "opinion"),
          S("Und wer bezahlt am Ende die Rechnung – die Reederei oder wieder der Steuerzahler?", "opinion")),
        P(S("DONNER fordert: Die Vestmark-Bosse müssen für jeden Liter Öl geradestehen!", "opinion",
            loaded=[L("Vestmark-Bosse", "demonising")]),
          S("Der Umweltminister muss heute noch an die Küste kommen und den Fischern in die Augen sehen.", "opinion")),
    ],
    "post": ["Mehr von DONNER:", "- Herbststurm: So wird das Wetter am Wochenende", "- DONNER+ jetzt 4 Wochen für 0,99 €",
             "", "#Ölpest #Brisenhaven #KalypsoStar"],
    "removed": ["15.10.2031 – 06:30", "Von Rico Bernhagen", "Mehr von DONNER:", "Herbststurm: So wird das Wetter am Wochenende",
                "4 Wochen für 0,99 €", "#Ölpest #Brisenhaven #KalypsoStar"],
}

# ------------------------------------------------------------------ Calloway Wire (en wire, dateline block; Thursday)

CALLOWAY = {
    "input": "dev16/brisenhaven-calloway.txt", "story": SID, "event": EV2,
    "publisher": "Calloway Wire", "published": "2031-10-16T17:45:00+02:00",
    "language": "en", "authors": ["Fiona Marchetti"], "sensational": False,
    "pre": ["CALLOWAY WIRE", "Oct 16, 2031 17:45 CEST", "By Fiona Marchetti"],
    "blocks": [
        H("Oil from stranded tanker reaches Orvanian beaches as leak estimate more than doubles",
          claims=[]),
        P(S("Crude oil from the tanker Kalypso Star washed up along about 40 kilometres (25 miles) of Orvania's northern coast on Thursday, after the ship ran aground near the port of Brisenhaven on Tuesday.",
            claims=[Q("about 40 kilometres", 40, "kilometre", None, "about", subject="brisenhaven coastline", group="bh-coastline", time=THU),
                    Q("25 miles", 25, "mile", None, "about", subject="brisenhaven coastline", group="bh-coastline", time=THU)]),
          S("The coast guard now estimates that about 2,900 tonnes have leaked from the vessel, which was carrying 84,000 tonnes of crude.",
            claims=[Q("about 2,900 tonnes", 2900, "tonne", None, "about", subject=SPILL, source=CG, group="bh-leaked", time=THU),
                    Q("84,000 tonnes of crude", 84000, "tonne", None, subject=SHIP, source=CG, group="bh-cargo", time=None)]),
          S("The slick covers more than 90 square kilometres (about 35 square miles), it said.",
            claims=[Q("more than 90 square kilometres", 90, "square kilometre", "size", "more-than", subject="brisenhaven oil slick", source=CG, group="bh-slick", time=THU),
                    Q("about 35 square miles", 35, "square mile", "size", "about", subject="brisenhaven oil slick", source=CG, group="bh-slick", time=THU)])),
        P(S("The tanker remains stuck on a sandbank about 9 kilometres (5.6 miles) offshore.",
            claims=[Q("about 9 kilometres", 9, "kilometre", "distance", "about", subject=SHIP, group="bh-distance", time=THU),
                    Q("5.6 miles", 5.6, "mile", "distance", "about", subject=SHIP, group="bh-distance", time=THU)]),
          S("Its 23 crew members were airlifted off on Tuesday.",
            claims=[Q("Its 23 crew members", 23, "person", "rescued", subject=SHIP, group="bh-crew", time=TUE)])),
        P(S("Wildlife groups said more than 1,100 oiled birds had been brought to rescue stations, and that about 300 had died.",
            claims=[Q("more than 1,100 oiled birds", 1100, "animal", "rescued", "more-than", subject="brisenhaven seabirds", source="wildlife groups", group="bh-birds-oiled", time=THU),
                    Q("about 300 had died", 300, "animal", "killed", "about", subject="brisenhaven seabirds", source="wildlife groups", group="bh-birds-dead", time=THU)]),
          S("Fishing is banned within 20 kilometres (12 miles) of the wreck.",
            claims=[Q("within 20 kilometres", 20, "kilometre", "size", subject="brisenhaven fishing ban", group="bh-fishing-zone", time=THU),
                    Q("12 miles", 12, "mile", "size", subject="brisenhaven fishing ban", group="bh-fishing-zone", time=THU)])),
        P(S("The environment ministry has put the cost of the clean-up at up to €60 million ($65 million).",
            claims=[Q("up to €60 million", 60000000, "eur", "cost", "up-to", subject="brisenhaven clean-up", source=ENV, group="bh-cleanup-cost", time=None),
                    Q("$65 million", 65000000, "usd", "cost", "up-to", subject="brisenhaven clean-up", source=ENV, group="bh-cleanup-cost", time=None)])),
        P(S("Prosecutors in Tarnholm said they were investigating the captain on suspicion of endangering the environment.",
            claims=[ST("Prosecutors in Tarnholm said they were investigating the captain", "prosecutors", "investigated", "kalypso star captain", "bh-probe")]),
          S("The conservation group MSO alleges that the owner, Vestmark, told him to cut through a channel that had been closed to tankers since the spring.",
            claims=[ST("Vestmark, told him to cut through a channel that had been closed to tankers since the spring", *SHORTCUT, "bh-shortcut", source=MSO, hedged=True)]),
          S("Vestmark denies this and says the ship drifted after its steering failed.",
            claims=[ST("Vestmark denies this", *SHORTCUT, "bh-shortcut", source=VM, denial=True)])),
        P(S("It is the worst spill off Orvania since 2009, when about 5,000 tonnes of fuel oil leaked from a freighter near Kellnes.",
            claims=[Q("about 5,000 tonnes of fuel oil", 5000, "tonne", None, "about", subject="2009 kellnes oil spill", group="bh-2009", time=T("2009-01-01", "2009-12-31"))])),
    ],
    "post": ["(Reporting by Fiona Marchetti; editing by Paul Ostrander)", "", "Copyright 2031 Calloway Wire. All rights reserved."],
    "removed": ["Oct 16, 2031 17:45 CEST", "By Fiona Marchetti", "(Reporting by Fiona Marchetti; editing by Paul Ostrander)",
                "Copyright 2031 Calloway Wire"],
}

# ------------------------------------------------------------------ further paragraphs

OPA["blocks"].insert(7, P(
    S("Umweltminister Lars Hedeby kündigte an, noch am Nachmittag nach Brisenhaven zu reisen."),
    S("Naturschützer sorgen sich besonders um das Wattgebiet östlich der Stadt, in dem im Herbst große Schwärme von Zugvögeln rasten."),
    S("Die Reederei Vestmark hat ihren Sitz in Tarnholm und betreibt vor allem Tanker für den Küstenverkehr.")))

ZEITUNG["blocks"].append(P(
    S("Am Nachmittag standen viele Brisenhavener auf dem Deich und blickten auf die Umrisse des Tankers am Horizont."),
    S("Der Geruch von Öl lag bis in die Innenstadt in der Luft."),
    S("Das Hafenamt sperrte vorsorglich die Einfahrt für Sportboote."),
    S("Der Stadtrat will am Donnerstag in einer Sondersitzung über Hilfen für die Fischer beraten.")))

RADAR["blocks"].insert(3, P(
    S("Mehr als 400 Helfer legten Ölsperren aus.",
      claims=[Q("Mehr als 400 Helfer", 400, "person", "deployed", "more-than", subject=SPILL, group="bh-responders", time=TUE)]),
    S("Im Umkreis von 20 Kilometern gilt ein Fischereiverbot.",
      claims=[Q("Im Umkreis von 20 Kilometern", 20, "kilometre", "size", subject="brisenhaven fishing ban", group="bh-fishing-zone", time=TUE)]),
    S("Die Reederei nennt eine deutlich geringere Menge ausgetretenen Öls als die Küstenwache.")))
RADAR["blocks"][4]["sentences"].insert(1, S("Nach Darstellung der Umweltschützer sollte die Abkürzung rund vier Stunden Fahrzeit sparen.",
    claims=[Q("rund vier Stunden Fahrzeit", 4, "hour", "duration", "about", subject="merrow channel shortcut", source=MSO, group="bh-hours-saved", time=None)]))
RADAR["blocks"][4]["sentences"].insert(3, S("Nach Angaben der Reederei war der Tanker nach einem Ausfall der Ruderanlage abgetrieben."))
RADAR["blocks"].append(P(
    S("Umweltminister Lars Hedeby reiste am Nachmittag an die Küste."),
    S("Naturschützer fürchten um das Wattgebiet östlich von Brisenhaven, in dem im Herbst Zugvögel rasten.")))

RADAR["blocks"].append(P(
    S("Die Graue Bank gilt seit Jahrzehnten als eine der gefährlichsten Stellen vor der Nordküste."),
    S("Die Staatsanwaltschaft in Tarnholm prüft nach Angaben eines Sprechers, ob sie ein Verfahren einleitet."),
    S("Für Anwohner hat die Stadt Brisenhaven ein Bürgertelefon eingerichtet."),
    S("Am Strand von Nordermeer sammelten sich am Mittag erste freiwillige Helfer."),
    S("Die Stadt bittet darum, ölverschmierte Vögel nicht selbst anzufassen, sondern der Vogelstation am Deich zu melden."),
    S("Der Wetterdienst erwartet für die kommenden Tage anhaltenden Wind aus Nordwest.")))

DONNER["blocks"].insert(4, P(
    S("Am Strand von Nordermeer stinkt es nach Teer."),
    S("Kinder stehen mit ihren Eltern hinter dem Absperrband und zeigen auf schwarze Klumpen im Sand."),
    S("Ein Rentner sagt, so etwas habe er in seinem ganzen Leben nicht gesehen."),
    S("Die Stadt hat den Strand gesperrt, Hunde dürfen nicht mehr ans Wasser.")))

ARTICLES = [OPA, ZEITUNG, RADAR, DONNER, CALLOWAY]

REWRITES = [["dev16/brisenhaven-opa.txt", "dev16/brisenhaven-zeitung.html"],
            ["dev16/brisenhaven-opa.txt", "dev16/news.jsonl#nr-20311014-3391"],
            ["dev16/brisenhaven-zeitung.html", "dev16/news.jsonl#nr-20311014-3391"]]


def text_without_headline(article):
    """A JSON Lines item's text: the body after the headline, then the furniture."""
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Nachrichtenradar item of dev16/news.jsonl (the file is written by the teachers' strike module)."""
    return {"id": "nr-20311014-3391", "url": "https://nachrichtenradar.example/panorama/tanker-brisenhaven-3391",
            "title": headline(RADAR), "text": text_without_headline(RADAR), "publisher": RADAR["publisher"],
            "published": RADAR["published"], "language": "de", "ressort": "Panorama"}


def files():
    """Input files of this story (news.jsonl is written by another story module)."""
    return {
        "brisenhaven-opa.txt": (render_txt(OPA), False),
        "brisenhaven-zeitung.html": (render_html(ZEITUNG, ZEITUNG_SITE), False),
        "brisenhaven-donner.txt": (render_txt(DONNER), False),
        "brisenhaven-calloway.txt": (render_txt(CALLOWAY), False),
    }
