"""dev8 story 2, the look-alike: a mudslide buries part of Kalmsried (district of Welsbach) on
19 August 2025, two years before the Unterhollen landslide.

The same wire (mpa) with the same template as its Unterhollen report, and an English public
broadcaster page (WBC News, the template of its Greyhollow report). Several figures resemble the
Unterhollen ones on purpose (more than 300 rescuers, a slope giving way after rain, a mayor):
it must not be joined with that story. Invented by a tenth writer.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html
from dev8_lib import group, wbc_site

SID = "st-kalmsried-mudslide"
EV = "ev-kalmsried-mudslide"
STORY = {"id": SID, "label": "Mudslide buries part of Kalmsried (district of Welsbach), August 2025",
         "events": [{"id": EV, "label": "Mudslide after a thunderstorm hits Kalmsried-Au, 19 Aug 2025"}]}

SUBJ = "kalmsried"
DAY = T("2025-08-19", "2025-08-19")

GROUPS = [
    group("kalmsried-killed", SID, "agreed", "Both reports give one man killed."),
    group("kalmsried-injured", SID, "agreed", "Both reports give three injured."),
    group("kalmsried-houses", SID, "agreed", "Eight houses damaged in both reports."),
    group("kalmsried-evacuated", SID, "agreed", "About 90 residents evacuated (mpa) and some 90 (WBC)."),
    group("kalmsried-rescuers", SID, "agreed", "More than 300 rescuers in both reports."),
    group("kalmsried-volume", SID, "agreed", "About 150,000 cubic metres of mud and rock in both reports."),
    group("kalmsried-rain", SID, "single-source", "Only mpa gives 60 litres of rain per square metre within an hour."),
    group("kalmsried-demolished", SID, "single-source", "Only mpa says two of the damaged houses must be demolished."),
    group("kalmsried-cars", SID, "single-source", "Only WBC reports a dozen cars swept away."),
    group("kalmsried-barrier", SID, "single-source", "Only mpa reports the protective barrier's cost of 2.4 million euros."),
]

MPA = {
    "input": "dev8/kalmsried-mpa.txt", "story": SID, "event": EV,
    "publisher": "mpa Mitteleuropäische Presseagentur", "published": "2025-08-19T23:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["mpa Mitteleuropäische Presseagentur", "19.08.2025", "23:10 Uhr"],
    "blocks": [
        H("Mure verschüttet Ortsteil von Kalmsried – ein Toter",
          claims=[Q("ein Toter", 1, "person", "killed", subject=SUBJ, group="kalmsried-killed", time=DAY)]),
        P(S("Kalmsried (mpa) – Eine Mure hat am Dienstagabend den Ortsteil Au der Gemeinde Kalmsried im Bezirk Welsbach verschüttet und einen Mann in den Tod gerissen."),
          S("Der 67 Jahre alte Landwirt wurde nach Angaben der Polizei in seinem Hof von den Schlammmassen überrascht; drei weitere Menschen erlitten Verletzungen.",
            claims=[Q("drei weitere Menschen erlitten Verletzungen", 3, "person", "wounded", subject=SUBJ, source="police",
                      group="kalmsried-injured", time=DAY)])),
        P(S("Ein heftiges Gewitter hatte gegen 18.30 Uhr binnen einer Stunde rund 60 Liter Regen pro Quadratmeter über dem Kalmbach niedergehen lassen.",
            claims=[Q("rund 60 Liter Regen pro Quadratmeter", 60, "litre", None, qualifier="about", subject="rainfall", group="kalmsried-rain")]),
          S("Etwa 150.000 Kubikmeter Schlamm und Geröll wälzten sich daraufhin durch den Graben ins Tal und beschädigten acht Häuser, zwei davon so schwer, dass sie abgerissen werden müssen.",
            claims=[Q("Etwa 150.000 Kubikmeter Schlamm und Geröll", 150000, None, None, qualifier="about", subject=SUBJ, group="kalmsried-volume"),
                    Q("beschädigten acht Häuser", 8, "house", "damaged", subject=SUBJ, group="kalmsried-houses", time=DAY),
                    Q("zwei davon so schwer, dass sie abgerissen werden müssen", 2, "house", "destroyed", subject=SUBJ,
                      group="kalmsried-demolished", time=DAY)])),
        P(S("Rund 90 Bewohner wurden evakuiert; mehr als 300 Einsatzkräfte von Feuerwehr, Bergrettung und Militär waren bis in die Nacht im Einsatz.",
            claims=[Q("Rund 90 Bewohner wurden evakuiert", 90, "person", "evacuated", qualifier="about", subject=SUBJ,
                      group="kalmsried-evacuated", time=DAY),
                    Q("mehr als 300 Einsatzkräfte", 300, "person", "deployed", qualifier="more-than", subject=SUBJ,
                      group="kalmsried-rescuers", time=DAY)]),
          S("Der Schutzdamm oberhalb des Ortes, erst 2019 für 2,4 Millionen Euro errichtet, hielt den Massen nicht stand.",
            claims=[Q("für 2,4 Millionen Euro errichtet", 2400000, "eur", "cost", subject="kalmsried barrier", group="kalmsried-barrier")])),
        P(S("„So etwas hat hier noch niemand erlebt“, sagte Bürgermeister Alois Hinterseer.", "quote")),
    ],
    "post": ["Themen: Unwetter · Mure · Bezirk Welsbach",
             "",
             "Mehr zum Thema",
             "- Gewitterfront zieht nach Osten",
             "",
             "© mpa Mitteleuropäische Presseagentur – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["mpa Mitteleuropäische Presseagentur", "19.08.2025", "23:10 Uhr", "Themen: Unwetter · Mure · Bezirk Welsbach",
                "Mehr zum Thema", "Gewitterfront zieht nach Osten", "Weiterverbreitung nur mit Genehmigung"],
}

WBC = {
    "input": "dev8/kalmsried-wbc.html", "story": SID, "event": EV,
    "publisher": "WBC News", "published": "2025-08-20T07:30:00+01:00",
    "language": "en", "authors": ["Priya Castellane"], "sensational": False,
    "blocks": [
        H("One dead as mudslide engulfs Alpine village after storm",
          claims=[Q("One dead", 1, "person", "killed", subject=SUBJ, group="kalmsried-killed", time=DAY)]),
        P(S("A man was killed and three people were injured when a torrent of mud and boulders swept through part of the Alpine village of Kalmsried on Tuesday evening, local police said.",
            claims=[Q("A man was killed", 1, "person", "killed", subject=SUBJ, source="police", group="kalmsried-killed", time=DAY),
                    Q("three people were injured", 3, "person", "wounded", subject=SUBJ, source="police", group="kalmsried-injured", time=DAY)]),
          S("The mudslide, estimated at about 150,000 cubic metres, damaged eight houses and carried away a dozen parked cars.",
            claims=[Q("about 150,000 cubic metres", 150000, None, None, qualifier="about", subject=SUBJ, group="kalmsried-volume"),
                    Q("damaged eight houses", 8, "house", "damaged", subject=SUBJ, group="kalmsried-houses", time=DAY),
                    Q("a dozen parked cars", 12, "vehicle", None, qualifier="about", subject=SUBJ, group="kalmsried-cars", time=DAY)])),
        P(S("Some 90 residents spent the night in a school gym, and more than 300 firefighters, soldiers and mountain rescuers worked through the night to clear the main road.",
            claims=[Q("Some 90 residents", 90, "person", "evacuated", qualifier="about", subject=SUBJ, group="kalmsried-evacuated", time=DAY),
                    Q("more than 300 firefighters, soldiers and mountain rescuers", 300, "person", "deployed", qualifier="more-than",
                      subject=SUBJ, group="kalmsried-rescuers", time=DAY)]),
          S("Forecasters have warned of further thunderstorms across the region later this week.")),
    ],
    "removed": ["We use cookies to give you the best experience", "Accept all cookies", "Share this story:",
                "Stream every match of the Caldrian Cup", "Get the WBC Morning Briefing", "Westhaven Broadcasting Corporation. Terms",
                "Storms batter central Europe", "Caldria braces for record heat"],
}

WBC_SITE = wbc_site("20 August 2025, 07:30", ["Storms batter central Europe as heatwave breaks",
                                              "Caldria braces for record heat this weekend"])

ARTICLES = [MPA, WBC]

REWRITES = []


def files():
    return {
        "kalmsried-mpa.txt": (render_txt(MPA), False),
        "kalmsried-wbc.html": (render_html(WBC, WBC_SITE), False),
    }
