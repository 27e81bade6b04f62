"""heldout5 story 3: a tornado kills two people in Kessling (10 June 2027).

The regional paper's page (HTML; same template as its page on the Ebersau look-alike a year earlier, which it
recalls), a tabloid (gzip-compressed txt with dateline block; inflates the injured, states that the sirens
failed as fact and omits the town's denial) and an English weather broadcaster's Atom entry written the same
night with the first toll (same feed as its Ebersau entry). Written for heldout5 by a fourteenth writer who has
not read the extractor. Every town, person, outlet and figure is invented.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom
import heldout5_ebersau

SID = "st-kessling-tornado"
EV = "ev-kessling-tornado"
STORY = {"id": SID, "label": "Tornado in Kessling (June 2027)",
         "events": [{"id": EV, "label": "A tornado kills two people and damages more than 200 buildings in Kessling"}]}

THU = T("2027-06-10", "2027-06-10")
FRI = T("2027-06-10", "2027-06-11")
TOR = "kessling tornado"
TOWN = "town administration"

GROUPS = [
    {"id": "kes-killed", "story": SID, "status": "compatible",
     "why": "One dead on Thursday night (Stormwatch) is an earlier figure; a second victim died in the night to Friday: two dead (Rundschau, Donnerpost)."},
    {"id": "kes-injured", "story": SID, "status": "conflicting",
     "why": "At least 15 on Thursday night (Stormwatch) is earlier and looser, but on Friday the police's 34 (Rundschau) and the Donnerpost's 'fast 40' cannot both be true."},
    {"id": "kes-seriously-injured", "story": SID, "status": "agreed", "why": "Rundschau and Donnerpost: six seriously injured."},
    {"id": "kes-wind", "story": SID, "status": "agreed", "why": "Up to 250 km/h (Rundschau; Stormwatch with 155 mph)."},
    {"id": "kes-path-length", "story": SID, "status": "agreed", "why": "About six kilometres (Rundschau) and nearly four miles (Stormwatch, 6.4 km)."},
    {"id": "kes-path-width", "story": SID, "status": "single-source", "why": "Only the Rundschau: about 300 metres wide."},
    {"id": "kes-buildings", "story": SID, "status": "compatible",
     "why": "More than 200 buildings / houses damaged (Rundschau, Donnerpost) beside the earlier, looser 'dozens of homes' (Stormwatch)."},
    {"id": "kes-uninhabitable", "story": SID, "status": "single-source", "why": "Only the Rundschau: 14 buildings uninhabitable."},
    {"id": "kes-caravans", "story": SID, "status": "agreed", "why": "23 caravans (Rundschau, Donnerpost), about two dozen (Stormwatch)."},
    {"id": "kes-power", "story": SID, "status": "agreed", "why": "About 6,500 (Rundschau) and some 6,000 (Stormwatch) households without power."},
    {"id": "kes-rescuers", "story": SID, "status": "compatible", "why": "More than 400 (Rundschau) beside 500 (Donnerpost): a looser bound."},
    {"id": "kes-damage", "story": SID, "status": "compatible",
     "why": "40 to 60 million euros (insurers, Rundschau) beside 'up to 60 million' (Donnerpost), a bound at one end of the range."},
    {"id": "kes-sirens", "story": SID, "status": "disputed",
     "why": "Residents say the sirens did not sound (Rundschau), the Donnerpost states it as fact; the town says they sounded (Rundschau, Stormwatch)."},
    {"id": "kes-warning-time", "story": SID, "status": "disputed",
     "why": "The town's four minutes of warning (Rundschau, Stormwatch) is its counter-figure to the residents' claim that there was no warning."},
    {"id": "kes-siren-defect", "story": SID, "status": "single-source", "why": "Only the Donnerpost: the siren system was broken for weeks."},
    {"id": "kes-ebersau-recall", "story": SID, "status": "single-source",
     "why": "The Rundschau recalls the Ebersau tornado of a year before (about 80 houses): a past event's figure of its own."},
    {"id": "kes-ebersau-distance", "story": SID, "status": "single-source", "why": "Only the Rundschau: Ebersau is twelve kilometres away."},
]

# ------------------------------------------------------------------ Kesslinger Rundschau (de regional paper, HTML)

RUNDSCHAU_SITE = {
    "nav": ["Kessling", "Ebersau", "Region", "Blaulicht", "Sport", "Familienanzeigen", "Service"],
    "cookie": "Um unsere Seite für Sie optimal zu gestalten, verwenden wir Cookies. Weitere Informationen in unserer Datenschutzerklärung.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Freitag, 11.06.2027, 07:30 Uhr",
    "share": "Teilen: WhatsApp · Facebook · E-Mail · Drucken",
    "ad": "Anzeige: Gartencenter Kemmler – Sommerblumen 3 für 2, nur bis Samstag",
    "related_title": "Mehr aus der Region",
    "related": ["Bildergalerie: Die Verwüstung in Kessling in 32 Fotos", "So melden Sie Sturmschäden Ihrer Versicherung",
                "Stadtfest 2027 findet trotz allem statt"],
    "footer": "© Kesslinger Rundschau 2027 · Impressum · Datenschutz · Hier abonnieren",
    "inline": '<div class="live-box"><strong>Liveblog</strong> <a href="/kessling/tornado-liveblog">Alle Entwicklungen im Überblick</a></div>',
    "inline_at": 1,
}

RUNDSCHAU = {
    "input": "heldout5/kessling-rundschau.html", "story": SID, "event": EV,
    "publisher": "Kesslinger Rundschau", "published": "2027-06-11T07:30:00+02:00",
    "language": "de", "authors": ["Petra Lindemeyer", "Arne Voigtländer"], "sensational": False,
    "blocks": [
        H("Tornado in Kessling: Zwei Tote, 34 Verletzte",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=TOR, group="kes-killed", time=FRI),
                  Q("34 Verletzte", 34, "person", "wounded", subject=TOR, group="kes-injured", time=FRI)]),
        P(S("Ein Tornado ist am Donnerstagabend über Kessling hinweggezogen und hat eine Schneise der Verwüstung durch den Ort geschlagen."),
          S("Zwei Menschen kamen ums Leben.",
            claims=[Q("Zwei Menschen kamen ums Leben", 2, "person", "killed", subject=TOR, group="kes-killed", time=FRI)]),
          S("Ein 68 Jahre alter Camper wurde auf dem Campingplatz Seeblick von einem Baum erschlagen, eine 41-jährige Frau erlag in der Nacht zum Freitag im Kreisklinikum ihren Verletzungen."),
          S("Nach Angaben der Polizei wurden 34 Menschen verletzt, sechs von ihnen schwer.",
            claims=[Q("34 Menschen verletzt", 34, "person", "wounded", subject=TOR, source="police", group="kes-injured", time=FRI),
                    Q("sechs von ihnen schwer", 6, "person", "wounded", subject=TOR, source="police", group="kes-seriously-injured", time=FRI)])),
        P(S("Der Wetterdienst stufte den Tornado vorläufig als F3 ein und schätzt die Windgeschwindigkeit auf bis zu 250 Kilometer pro Stunde.",
            claims=[Q("bis zu 250 Kilometer pro Stunde", 250, "kilometre per hour", None, "up-to", subject=TOR, source="weather service",
                      group="kes-wind", time=THU)]),
          S("Die Schneise ist etwa sechs Kilometer lang und an der breitesten Stelle rund 300 Meter breit.",
            claims=[Q("etwa sechs Kilometer lang", 6, "kilometre", "size", "about", subject=TOR, group="kes-path-length", time=THU),
                    Q("rund 300 Meter breit", 300, "metre", "size", "about", subject=TOR, group="kes-path-width", time=THU)])),
        P(S("Mehr als 200 Gebäude wurden beschädigt, 14 davon sind nach einer ersten Einschätzung der Stadt unbewohnbar.",
            claims=[Q("Mehr als 200 Gebäude wurden beschädigt", 200, "building", "damaged", "more-than", subject=TOR, group="kes-buildings", time=FRI),
                    Q("14 davon sind nach einer ersten Einschätzung der Stadt unbewohnbar", 14, "building", None, subject=TOR, source=TOWN,
                      group="kes-uninhabitable", time=FRI)]),
          S("Auf dem Campingplatz zerstörte der Sturm 23 Wohnwagen.",
            claims=[Q("zerstörte der Sturm 23 Wohnwagen", 23, "vehicle", "destroyed", subject=TOR, group="kes-caravans", time=THU)]),
          S("Rund 6.500 Haushalte waren bis Freitagmorgen ohne Strom.",
            claims=[Q("Rund 6.500 Haushalte waren bis Freitagmorgen ohne Strom", 6500, "household", "affected", "about", subject=TOR,
                      group="kes-power", time=FRI)])),
        P(S("Mehr als 400 Einsatzkräfte von Feuerwehr, Katastrophenschutz und Rettungsdienst arbeiteten die ganze Nacht.",
            claims=[Q("Mehr als 400 Einsatzkräfte", 400, "person", "deployed", "more-than", subject=TOR, group="kes-rescuers", time=FRI)]),
          S("Versicherer rechnen mit einem Schaden zwischen 40 und 60 Millionen Euro.",
            claims=[Q("zwischen 40 und 60 Millionen Euro", None, "eur", "cost", "range", low=40000000, high=60000000, subject=TOR,
                      source="insurers", group="kes-damage", time=THU)])),
        P(S("Unmut gab es am Freitag über die Warnung der Bevölkerung."),
          S("Mehrere Anwohner sagten der Rundschau, die Sirenen hätten nicht geheult.",
            claims=[ST("die Sirenen hätten nicht geheult", "sirens", "failed", "tornado warning", "kes-sirens", source="residents", hedged=True)]),
          S("Die Stadtverwaltung widersprach: Die Sirenen seien um 17.52 Uhr ausgelöst worden, vier Minuten bevor der Tornado den Ort erreichte.",
            claims=[ST("Die Stadtverwaltung widersprach: Die Sirenen seien um 17.52 Uhr ausgelöst worden", TOWN, "denies", "sirens failed",
                       "kes-sirens", source=TOWN, hedged=True, denial=True),
                    Q("vier Minuten bevor der Tornado den Ort erreichte", 4, "minute", "duration", subject="tornado warning", source=TOWN, hedged=True,
                      group="kes-warning-time", time=THU)]),
          S("„Wer sein Radio oder die Warn-App eingeschaltet hatte, war gewarnt“, sagte Bürgermeisterin Ruth Ahlgrimm.", "quote")),
        P(S("Erst vor einem Jahr hatte ein Tornado im zwölf Kilometer entfernten Ebersau rund 80 Häuser beschädigt.",
            claims=[Q("zwölf Kilometer entfernten", 12, "kilometre", "distance", subject="ebersau", group="kes-ebersau-distance", time=None),
                    Q("rund 80 Häuser beschädigt", 80, "house", "damaged", "about", subject="ebersau tornado", group="kes-ebersau-recall",
                      time=T("2026-06-13", "2026-06-13"))]),
          S("Die Stadt hat ein Spendenkonto für die Betroffenen eingerichtet.")),
    ],
    "removed": ["Um unsere Seite für Sie optimal zu gestalten", "Einverstanden", "Freitag, 11.06.2027, 07:30 Uhr", "Familienanzeigen",
                "Teilen: WhatsApp", "Gartencenter Kemmler", "Sommerblumen 3 für 2", "Die Verwüstung in Kessling in 32 Fotos",
                "So melden Sie Sturmschäden Ihrer Versicherung", "Stadtfest 2027 findet trotz allem statt", "© Kesslinger Rundschau 2027",
                "Liveblog", "Alle Entwicklungen im Überblick"],
}

# ------------------------------------------------------------------ DONNERPOST (de tabloid, txt.gz with dateline block)

DONNER = {
    "input": "heldout5/kessling-donnerpost.txt.gz", "story": SID, "event": EV,
    "publisher": "DONNERPOST", "published": "2027-06-11T06:15:00+02:00",
    "language": "de", "authors": ["Kai-Uwe Brandstätter"], "sensational": True,
    "pre": ["DONNERPOST", "11.06.2027 – 06:15 Uhr", "Von Kai-Uwe Brandstätter"],
    "blocks": [
        H("TORNADO-HÖLLE! Zwei Tote – und die Sirenen blieben stumm",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=TOR, group="kes-killed", time=FRI),
                  ST("die Sirenen blieben stumm", "sirens", "failed", "tornado warning", "kes-sirens")],
          loaded=[L("TORNADO-HÖLLE", "alarmist")]),
        P(S("Es klang wie ein Güterzug, dann flogen Dächer durch die Luft!"),
          S("Der Monster-Tornado von Kessling hat am Donnerstag zwei Menschen in den Tod gerissen und fast 40 verletzt.",
            claims=[Q("zwei Menschen in den Tod gerissen", 2, "person", "killed", subject=TOR, group="kes-killed", time=FRI),
                    Q("fast 40 verletzt", 40, "person", "wounded", "about", subject=TOR, group="kes-injured", time=FRI)],
            loaded=[L("Monster-Tornado", "alarmist")]),
          S("Sechs Schwerverletzte liegen im Krankenhaus.",
            claims=[Q("Sechs Schwerverletzte", 6, "person", "wounded", subject=TOR, group="kes-seriously-injured", time=FRI)])),
        P(S("Und das Schlimmste: Niemand hat die Menschen gewarnt, die Sirenen blieben stumm!",
            claims=[ST("Niemand hat die Menschen gewarnt, die Sirenen blieben stumm", "sirens", "failed", "tornado warning", "kes-sirens")]),
          S("Nach DONNERPOST-Informationen war die Sirenenanlage schon seit Wochen defekt.",
            claims=[ST("war die Sirenenanlage schon seit Wochen defekt", "sirens", "were broken", "for weeks", "kes-siren-defect",
                       source="donnerpost")])),
        P(S("Mehr als 200 Häuser sind beschädigt, 23 Wohnwagen nur noch Schrott.",
            claims=[Q("Mehr als 200 Häuser sind beschädigt", 200, "house", "damaged", "more-than", subject=TOR, group="kes-buildings", time=FRI),
                    Q("23 Wohnwagen", 23, "vehicle", "destroyed", subject=TOR, group="kes-caravans", time=THU)]),
          S("500 Helfer schufteten die ganze Nacht.",
            claims=[Q("500 Helfer", 500, "person", "deployed", subject=TOR, group="kes-rescuers", time=FRI)]),
          S("Experten schätzen den Schaden auf bis zu 60 Millionen Euro.",
            claims=[Q("bis zu 60 Millionen Euro", 60000000, "eur", "cost", "up-to", subject=TOR, source="experts", group="kes-damage", time=THU)])),
        P(S("„Ich habe mich mit meinen Kindern im Keller versteckt und nur noch gebetet“, sagt Anwohnerin Marlis T. (36).", "quote")),
        P(S("Die DONNERPOST fragt: Warum funktioniert in diesem Land nicht einmal mehr eine Sirene?", "opinion"),
          S("Helfen Sie den Opfern von Kessling – jeder Euro zählt!", "opinion")),
    ],
    "post": ["Spendenkonto „Kessling hilft“: Kreissparkasse Kessling, Kontonummer 4471 2290",
             "",
             "Mehr DONNERPOST: Die schlimmsten Unwetter des Jahrzehnts (Bildergalerie, 48 Fotos)",
             "DONNERPOST-Wetter-Alarm: Jetzt kostenlos aufs Handy!"],
    "removed": ["11.06.2027 – 06:15 Uhr", "Von Kai-Uwe Brandstätter", "Spendenkonto „Kessling hilft“", "Kontonummer 4471 2290",
                "Die schlimmsten Unwetter des Jahrzehnts", "48 Fotos", "DONNERPOST-Wetter-Alarm"],
}

# ------------------------------------------------------------------ Stormwatch Europe (en, Atom entry written the same night)

STORMWATCH = {
    "input": "heldout5/stormwatch.atom#tag:stormwatch.example,2027:storm/kessling-tornado-3148", "story": SID, "event": EV,
    "publisher": "Stormwatch Europe", "published": "2027-06-10T23:05:00+02:00",
    "language": "en", "authors": ["Gwen Harlow"], "sensational": False,
    "blocks": [
        H("Tornado kills one, injures at least 15 in Kessling",
          claims=[Q("kills one", 1, "person", "killed", subject=TOR, group="kes-killed", time=THU),
                  Q("injures at least 15", 15, "person", "wounded", "at-least", subject=TOR, group="kes-injured", time=THU)]),
        P(S("A tornado tore through the small town of Kessling on Thursday evening, killing one person and injuring at least 15 others, police said.",
            claims=[Q("killing one person", 1, "person", "killed", subject=TOR, source="police", group="kes-killed", time=THU),
                    Q("injuring at least 15 others", 15, "person", "wounded", "at-least", subject=TOR, source="police", group="kes-injured", time=THU)]),
          S("Several of the injured were said to be in serious condition.")),
        P(S("The twister cut a track nearly four miles long through the town, wrecking about two dozen caravans at a lakeside campsite and damaging dozens of homes.",
            claims=[Q("nearly four miles long", 4, "mile", "size", "about", subject=TOR, group="kes-path-length", time=THU),
                    Q("about two dozen caravans", 24, "vehicle", "destroyed", "about", subject=TOR, group="kes-caravans", time=THU),
                    Q("dozens of homes", 24, "house", "damaged", "at-least", subject=TOR, group="kes-buildings", time=THU)]),
          S("Some 6,000 households lost power.",
            claims=[Q("Some 6,000 households lost power", 6000, "household", "affected", "about", subject=TOR, group="kes-power", time=THU)])),
        P(S("The weather service estimated peak winds of up to 155 mph (250 km/h).",
            claims=[Q("up to 155 mph", 155, "mile per hour", None, "up-to", subject=TOR, source="weather service", group="kes-wind", time=THU),
                    Q("(250 km/h)", 250, "kilometre per hour", None, "up-to", subject=TOR, source="weather service", group="kes-wind", time=THU)]),
          S("Town officials said warning sirens had sounded about four minutes before the tornado struck.",
            claims=[ST("Town officials said warning sirens had sounded", TOWN, "denies", "sirens failed", "kes-sirens", source=TOWN, denial=True),
                    Q("about four minutes before the tornado struck", 4, "minute", "duration", "about", subject="tornado warning", source=TOWN,
                      group="kes-warning-time", time=THU)]),
          S("Tornadoes are rare in the region, but this is the second to hit the district in just over a year.")),
    ],
    "extra": "<p>Explainer: <a href=\"https://stormwatch.example/explainers/tornadoes\">How do tornadoes form?</a> · Send us your storm photos</p>",
    "removed": ["Explainer:", "How do tornadoes form?", "Send us your storm photos"],
}

ARTICLES = [RUNDSCHAU, DONNER, STORMWATCH]

REWRITES = []

FEED = {"title": "Stormwatch Europe – Severe weather", "link": "https://stormwatch.example/severe",
        "id": "tag:stormwatch.example,2027:feed/severe", "updated": "2027-06-10T23:05:00+02:00", "language": "en"}


def files():
    e = heldout5_ebersau.STORMWATCH
    out = {
        "kessling-rundschau.html": (render_html(RUNDSCHAU, RUNDSCHAU_SITE), False),
        "kessling-donnerpost.txt.gz": (render_txt(DONNER), True),
        "stormwatch.atom": (render_atom(FEED, [
            (STORMWATCH, "tag:stormwatch.example,2027:storm/kessling-tornado-3148",
             "https://stormwatch.example/storm/kessling-tornado-3148", STORMWATCH["extra"]),
            (e, "tag:stormwatch.example,2026:storm/ebersau-tornado-2291",
             "https://stormwatch.example/storm/ebersau-tornado-2291", e["extra"]),
        ]), False),
    }
    return out
