"""heldout5 story 4: the look-alike — a tornado hits the village of Ebersau a year before the Kessling tornado
(13 June 2026).

The regional paper's page (same paper and template as its Kessling report) and an English weather broadcaster's
Atom entry (same feed and template as its Kessling entry). Written for heldout5 by a fourteenth writer who has
not read the extractor. Every town, person, outlet and figure is invented.
"""

from dev3_lib import S, H, P, Q, T

SID = "st-ebersau-tornado"
EV = "ev-ebersau-tornado"
STORY = {"id": SID, "label": "Tornado in Ebersau (June 2026)",
         "events": [{"id": EV, "label": "A tornado damages about 80 houses in Ebersau and injures nine people"}]}

DAY = T("2026-06-13", "2026-06-13")
TOR = "ebersau tornado"

GROUPS = [
    {"id": "ebe-injured", "story": SID, "status": "agreed", "why": "Rundschau and Stormwatch: nine people slightly injured."},
    {"id": "ebe-houses", "story": SID, "status": "agreed", "why": "About 80 houses (Rundschau) and around 80 buildings (Stormwatch) damaged."},
    {"id": "ebe-wind", "story": SID, "status": "agreed", "why": "Up to 180 km/h (Rundschau; Stormwatch with 110 mph)."},
    {"id": "ebe-path", "story": SID, "status": "agreed", "why": "About 2.5 km (Rundschau) and 1.5 miles / 2.4 km (Stormwatch)."},
    {"id": "ebe-firefighters", "story": SID, "status": "single-source", "why": "Only the Rundschau: 120 firefighters."},
    {"id": "ebe-damage", "story": SID, "status": "single-source", "why": "Only the Rundschau: about two million euros of damage."},
    {"id": "ebe-commander-years", "story": SID, "status": "single-source", "why": "Only the Rundschau quotes the commander's 30 years."},
]

RUNDSCHAU = {
    "input": "heldout5/ebersau-rundschau.html", "story": SID, "event": EV,
    "publisher": "Kesslinger Rundschau", "published": "2026-06-14T07:00:00+02:00",
    "language": "de", "authors": ["Petra Lindemeyer"], "sensational": False,
    "blocks": [
        H("Tornado trifft Ebersau: Neun Leichtverletzte",
          claims=[Q("Neun Leichtverletzte", 9, "person", "wounded", subject=TOR, group="ebe-injured", time=DAY)]),
        P(S("Ein Tornado hat am Samstagnachmittag in Ebersau Dächer abgedeckt und zahlreiche Bäume entwurzelt."),
          S("Neun Menschen wurden nach Angaben der Polizei leicht verletzt, Todesopfer gab es keine.",
            claims=[Q("Neun Menschen wurden nach Angaben der Polizei leicht verletzt", 9, "person", "wounded", subject=TOR, source="police",
                      group="ebe-injured", time=DAY)]),
          S("Rund 80 Häuser wurden beschädigt, vor allem im Neubaugebiet am Mühlbach.",
            claims=[Q("Rund 80 Häuser wurden beschädigt", 80, "house", "damaged", "about", subject=TOR, group="ebe-houses", time=DAY)])),
        P(S("Der Wetterdienst geht von Windgeschwindigkeiten bis 180 Kilometer pro Stunde aus.",
            claims=[Q("bis 180 Kilometer pro Stunde", 180, "kilometre per hour", None, "up-to", subject=TOR, source="weather service",
                      group="ebe-wind", time=DAY)]),
          S("Der Tornado hinterließ eine etwa 2,5 Kilometer lange Schneise.",
            claims=[Q("etwa 2,5 Kilometer lange Schneise", 2.5, "kilometre", "size", "about", subject=TOR, group="ebe-path", time=DAY)]),
          S("Die Feuerwehr war mit 120 Kräften im Einsatz.",
            claims=[Q("mit 120 Kräften", 120, "firefighter", "deployed", subject=TOR, group="ebe-firefighters", time=DAY)]),
          S("Den Schaden schätzt die Gemeinde auf rund zwei Millionen Euro.",
            claims=[Q("rund zwei Millionen Euro", 2000000, "eur", "cost", "about", subject=TOR, source="town administration",
                      group="ebe-damage", time=DAY)])),
        P(S("„So etwas habe ich in 30 Jahren bei der Feuerwehr nicht erlebt“, sagte Kommandant Ulf Brettmann.", "quote",
            claims=[Q("in 30 Jahren bei der Feuerwehr", 30, "year", "duration", subject="ulf brettmann", source="ulf brettmann",
                      group="ebe-commander-years", time=None)])),
    ],
    "removed": ["Hier abonnieren", "Sonntag, 14.06.2026", "Seniorenbeirat", "Teilen: WhatsApp", "Gartencenter Kemmler",
                "© Kesslinger Rundschau", "Mehr aus der Region"],
}

STORMWATCH = {
    "input": "heldout5/stormwatch.atom#tag:stormwatch.example,2026:storm/ebersau-tornado-2291", "story": SID, "event": EV,
    "publisher": "Stormwatch Europe", "published": "2026-06-13T20:15:00+02:00",
    "language": "en", "authors": ["Gwen Harlow"], "sensational": False,
    "blocks": [
        H("Tornado damages homes in Ebersau, nine hurt",
          claims=[Q("nine hurt", 9, "person", "wounded", subject=TOR, group="ebe-injured", time=DAY)]),
        P(S("A tornado swept through the village of Ebersau on Saturday afternoon, injuring nine people and damaging around 80 buildings, local officials said.",
            claims=[Q("injuring nine people", 9, "person", "wounded", subject=TOR, source="officials", group="ebe-injured", time=DAY),
                    Q("around 80 buildings", 80, "building", "damaged", "about", subject=TOR, source="officials", group="ebe-houses", time=DAY)]),
          S("All nine suffered minor injuries, and no deaths were reported.",
            claims=[Q("All nine suffered minor injuries", 9, "person", "wounded", subject=TOR, group="ebe-injured", time=DAY)])),
        P(S("Winds reached up to 110 mph (180 km/h), according to the weather service.",
            claims=[Q("up to 110 mph", 110, "mile per hour", None, "up-to", subject=TOR, source="weather service", group="ebe-wind", time=DAY),
                    Q("(180 km/h)", 180, "kilometre per hour", None, "up-to", subject=TOR, source="weather service", group="ebe-wind", time=DAY)]),
          S("The tornado left a 1.5-mile (2.4-kilometre) path of broken roofs and uprooted trees.",
            claims=[Q("1.5-mile", 1.5, "mile", "size", subject=TOR, group="ebe-path", time=DAY),
                    Q("(2.4-kilometre)", 2.4, "kilometre", "size", subject=TOR, group="ebe-path", time=DAY)])),
    ],
    "extra": "<p>Forecast: <a href=\"https://stormwatch.example/forecast\">Your 10-day outlook</a> · Send us your storm photos</p>",
    "removed": ["Forecast:", "Your 10-day outlook", "Send us your storm photos"],
}

ARTICLES = [RUNDSCHAU, STORMWATCH]

REWRITES = []


def files():
    """The Ebersau page; the Stormwatch feed is written by heldout5_kessling."""
    from dev3_lib import render_html
    import heldout5_kessling
    site = dict(heldout5_kessling.RUNDSCHAU_SITE)
    site.update({
        "date_label": "Sonntag, 14.06.2026, 07:00 Uhr",
        "related": ["Seniorenbeirat lädt zum Sommerfest", "Kreisstraße bei Ebersau ab Montag gesperrt",
                    "Mehr aus der Region: Vereinsmeisterschaft im Bogenschießen"],
        "footer": "© Kesslinger Rundschau 2026 · Impressum · Datenschutz · Hier abonnieren",
        "inline": None,
    })
    return {"ebersau-rundschau.html": (render_html(RUNDSCHAU, site), False)}
