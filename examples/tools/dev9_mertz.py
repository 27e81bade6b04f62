"""dev9 story 2, the look-alike: a road bridge over the Mertz near Brescova (Lorvenia) collapses after
days of heavy rain (Tuesday 2 November 2027), five months before the Kirnau viaduct.

The same German wire as the Kirnau report, with the same template (txt with dateline block), and the
same English public broadcaster and page template as the Harland blackout report. Must not be joined
with the Kirnau story. Invented by an eleventh writer: country, towns, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html
from dev9_lib import group
import dev9_harland

SID = "st-mertz-bridge"
EV = "ev-mertz-collapse"
STORY = {"id": SID, "label": "Collapse of the Mertz road bridge near Brescova (Lorvenia)",
         "events": [{"id": EV, "label": "Road bridge collapses after heavy rain, 2 November 2027"}]}

BR = "mertz bridge"
DAY = T("2027-11-02", "2027-11-02")
CP = "civil protection"

GROUPS = [
    group("mertz-killed", SID, "agreed", "Both reports give two dead."),
    group("mertz-injured", SID, "agreed", "Both reports give six injured."),
    group("mertz-vehicles", SID, "agreed", "Both reports give five vehicles."),
    group("mertz-section", SID, "agreed", "A section of about 90 metres in both reports."),
    group("mertz-length", SID, "agreed", "Both give the bridge's length of 310 metres."),
    group("mertz-rain", SID, "agreed", "110 litres per square metre and 110 millimetres of rain in 36 hours (1 l/m² = 1 mm)."),
    group("mertz-rain-hours", SID, "agreed", "Both give 36 hours of rain."),
    group("mertz-inspection", SID, "agreed", "Both give about 1,300 bridges to be inspected."),
    group("mertz-rescuers", SID, "single-source", "Only the wire gives about 160 rescuers."),
    group("mertz-traffic", SID, "single-source", "Only the broadcaster gives 11,000 vehicles a day."),
    group("mertz-2019-killed", SID, "single-source", "Only the broadcaster gives the five dead of the 2019 collapse."),
    group("mertz-detour", SID, "single-source", "Only the wire gives the 60-kilometre detour."),
]

NPA = {
    "input": "dev9/mertz-npa.txt", "story": SID, "event": EV,
    "publisher": "NPA Nordpresse-Agentur", "published": "2027-11-02T11:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["NPA Nordpresse-Agentur", "Dienstag, 2. November 2027", "11:20 Uhr"],
    "blocks": [
        H("Brücke in Lorvenien eingestürzt – zwei Tote",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=BR, group="mertz-killed", time=DAY)]),
        P(S("Nach tagelangen Regenfällen ist im Süden Lorveniens eine Straßenbrücke über den Fluss Mertz eingestürzt und hat zwei Menschen in den Tod gerissen.",
            claims=[Q("zwei Menschen in den Tod gerissen", 2, "person", "killed", subject=BR, group="mertz-killed", time=DAY)]),
          S("Sechs weitere wurden nach Angaben des Zivilschutzes verletzt, als am Dienstagmorgen ein etwa 90 Meter langes Teilstück der 310 Meter langen Brücke bei der Kleinstadt Brescova nachgab.",
            claims=[Q("Sechs weitere wurden nach Angaben des Zivilschutzes verletzt", 6, "person", "wounded", subject=BR, source=CP, group="mertz-injured", time=DAY),
                    Q("ein etwa 90 Meter langes Teilstück", 90, "metre", "size", qualifier="about", subject=BR, source=CP, group="mertz-section"),
                    Q("der 310 Meter langen Brücke", 310, "metre", "size", subject=BR, group="mertz-length")])),
        P(S("Fünf Fahrzeuge stürzten in den Hochwasser führenden Fluss; rund 160 Einsatzkräfte suchten bis zum Mittag nach weiteren Opfern.",
            claims=[Q("Fünf Fahrzeuge", 5, "vehicle", None, subject=BR, group="mertz-vehicles", time=DAY),
                    Q("rund 160 Einsatzkräfte", 160, "person", "deployed", qualifier="about", subject=BR, group="mertz-rescuers", time=DAY)]),
          S("Der Wetterdienst hatte für die Region binnen 36 Stunden 110 Liter Regen pro Quadratmeter gemessen; die Fluten sollen einen Pfeiler der 1968 errichteten Brücke unterspült haben.",
            claims=[Q("binnen 36 Stunden", 36, "hour", "duration", subject="rain", source="weather service", group="mertz-rain-hours"),
                    Q("110 Liter Regen pro Quadratmeter", 110, "litre", None, subject="rain", source="weather service", group="mertz-rain")])),
        P(S("Verkehrsminister Paval Dresnik ordnete an, alle rund 1.300 vor 1975 gebauten Brücken des Landes binnen drei Monaten überprüfen zu lassen.",
            claims=[Q("alle rund 1.300 vor 1975 gebauten Brücken", 1300, None, None, qualifier="about", subject="lorvenian bridges", source="paval dresnik", group="mertz-inspection")]),
          S("Die Nationalstraße N 4 bleibt zwischen Brescova und Ostravel gesperrt, der Umweg beträgt gut 60 Kilometer.",
            claims=[Q("gut 60 Kilometer", 60, "kilometre", "distance", qualifier="more-than", subject="detour", group="mertz-detour")])),
    ],
    "post": ["Themen: Lorvenien · Unwetter · Unglücke",
             "",
             "npa/ktr",
             "",
             "© NPA Nordpresse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["NPA Nordpresse-Agentur", "Dienstag, 2. November 2027", "11:20 Uhr", "Themen: Lorvenien · Unwetter",
                "npa/ktr", "Alle Rechte vorbehalten"],
}

KBN = {
    "input": "dev9/mertz-kbn.html", "story": SID, "event": EV,
    "publisher": "KBN News", "published": "2027-11-02T18:05:00+00:00",
    "language": "en", "authors": ["Owen Castell"], "sensational": False,
    "blocks": [
        H("Two dead as rain-swollen river brings down bridge in Lorvenia",
          claims=[Q("Two dead", 2, "person", "killed", subject=BR, group="mertz-killed", time=DAY)]),
        P(S("Two people were killed and six injured when a road bridge over the Mertz river in southern Lorvenia collapsed on Tuesday morning, the country's civil protection agency said.",
            claims=[Q("Two people were killed", 2, "person", "killed", subject=BR, source=CP, group="mertz-killed", time=DAY),
                    Q("six injured", 6, "person", "wounded", subject=BR, source=CP, group="mertz-injured", time=DAY)]),
          S("Five vehicles fell into the river when a span of roughly 90 metres gave way near the town of Brescova.",
            claims=[Q("Five vehicles", 5, "vehicle", None, subject=BR, group="mertz-vehicles", time=DAY),
                    Q("a span of roughly 90 metres", 90, "metre", "size", qualifier="about", subject=BR, group="mertz-section")])),
        P(S("The 310-metre bridge, built in 1968, carried about 11,000 vehicles a day on the main road between Brescova and the city of Ostravel.",
            claims=[Q("The 310-metre bridge", 310, "metre", "size", subject=BR, group="mertz-length"),
                    Q("about 11,000 vehicles a day", 11000, "vehicle", None, qualifier="about", subject=BR, group="mertz-traffic")]),
          S("Forecasters said 110 millimetres of rain had fallen in 36 hours, and engineers suspect that floodwater undermined one of its piers.",
            claims=[Q("110 millimetres of rain", 110, "millimetre", None, subject="rain", source="weather service", group="mertz-rain"),
                    Q("in 36 hours", 36, "hour", "duration", subject="rain", source="weather service", group="mertz-rain-hours")])),
        P(S("“We will not wait for the next disaster,” Transport Minister Paval Dresnik told reporters at the scene.", "quote"),
          S("He ordered checks on some 1,300 bridges built before 1975.",
            claims=[Q("some 1,300 bridges", 1300, None, None, qualifier="about", subject="lorvenian bridges", source="paval dresnik", group="mertz-inspection")]),
          S("In 2019, five people died when a bridge near the capital collapsed under a lorry.",
            claims=[Q("five people died", 5, "person", "killed", subject="2019 bridge collapse", group="mertz-2019-killed")])),
    ],
    "removed": ["We use cookies", "Accept all", "Owen Castell", "Share this article", "Advertisement",
                "Harland weather: more freezing rain expected", "Lorvenia floods: in pictures", "KBN Morning Bulletin"],
}

ARTICLES = [NPA, KBN]
REWRITES = []


def files():
    site = dev9_harland.kbn_site("2 November 2027, 18:05 GMT",
                                 ["Lorvenia floods: in pictures", "Harland weather: more freezing rain expected"])
    return {
        "mertz-npa.txt": (render_txt(NPA), False),
        "mertz-kbn.html": (render_html(KBN, site), False),
    }
