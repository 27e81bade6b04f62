"""dev14 story 2: the look-alike of the Kessbach derailment — a regional train of Nordbahn Lauritanien hits a spruce
brought down by a storm near Morrental and derails, three and a half years earlier (Wednesday, 10 March 2027); seven
slightly injured, no dispute.

A German agency report (same agency and template as the Kessbach report) and an English paper's HTML page (same paper and
template as the Goldanker rewrite): a DE–EN pair in own words. Invented by the Parallax team: towns, storm, company,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

import dev14_goldanker

SID = "st-morrental-derailment"
EV = "ev-morrental-derailment"
STORY = {"id": SID, "label": "Regional train hits fallen tree and derails near Morrental",
         "events": [{"id": EV, "label": "A regional train hits a spruce felled by storm Hermine near Morrental and derails; seven slightly injured (10 March 2027)"}]}

POL = "police"
NBL = "nordbahn"
ACC = "morrental derailment"
DAY = T("2027-03-10", "2027-03-10")
NIGHT = T("2027-03-09", "2027-03-10")

GROUPS = [
    {"id": "mr-injured", "story": SID, "status": "agreed",
     "why": "Seven slightly injured (police via LPA and the Herald; both headlines)."},
    {"id": "mr-passengers", "story": SID, "status": "agreed", "why": "62 passengers (LPA, Herald)."},
    {"id": "mr-staff", "story": SID, "status": "agreed", "why": "Two conductors (LPA, Herald)."},
    {"id": "mr-tree", "story": SID, "status": "agreed", "why": "A spruce about 25 metres tall (LPA, Herald)."},
    {"id": "mr-speed", "story": SID, "status": "agreed",
     "why": "About 70 km/h by Nordbahn's account (LPA; Herald 'about 70 km/h (43 mph)')."},
    {"id": "mr-wait", "story": SID, "status": "agreed", "why": "About two hours on board (LPA, Herald)."},
    {"id": "mr-rescuers", "story": SID, "status": "agreed", "why": "About 70 rescuers (LPA, Herald) — not the speed of 70 km/h."},
    {"id": "mr-gusts", "story": SID, "status": "agreed",
     "why": "Gusts of up to 130 km/h (LPA; Herald '130 km/h (80 mph)')."},
    {"id": "mr-trees", "story": SID, "status": "agreed", "why": "More than 200 trees down in the district (fire service via LPA and the Herald)."},
]

LPA = {
    "input": "dev14/morrental-lpa.txt", "story": SID, "event": EV,
    "publisher": "LPA Lauritanische Presseagentur", "published": "2027-03-10T15:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LPA Lauritanische Presseagentur", "Mittwoch, 10.03.2027, 15:20 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Regionalbahn prallt bei Morrental gegen umgestürzten Baum – sieben Leichtverletzte",
          claims=[Q("sieben Leichtverletzte", 7, "person", "wounded", subject=ACC, group="mr-injured", time=DAY)]),
        P(S("Im Sturm ist am Mittwochmorgen bei Morrental eine Regionalbahn gegen einen umgestürzten Baum geprallt und entgleist."),
          S("Sieben Fahrgäste wurden leicht verletzt, wie die Polizei mitteilte.",
            claims=[Q("Sieben Fahrgäste wurden leicht verletzt", 7, "passenger", "wounded", subject=ACC, source=POL, group="mr-injured", time=DAY)])),
        P(S("Die RB 12 der Nordbahn Lauritanien war mit 62 Fahrgästen und zwei Zugbegleitern auf dem Weg von Morrental nach Siegwarden.",
            claims=[Q("mit 62 Fahrgästen", 62, "passenger", None, subject=ACC, group="mr-passengers", time=DAY),
                    Q("zwei Zugbegleitern", 2, "person", None, subject=ACC, group="mr-staff", time=DAY)]),
          S("Gegen 8.20 Uhr erfasste der Triebwagen in einem Waldstück eine etwa 25 Meter hohe Fichte, die auf die Gleise gestürzt war.",
            claims=[Q("etwa 25 Meter hohe", 25, "metre", "size", "about", subject="spruce", group="mr-tree", time=DAY)]),
          S("Das vordere Drehgestell sprang aus den Schienen, der Zug blieb aber aufrecht stehen.")),
        P(S("Der Zug war nach Angaben der Nordbahn mit rund 70 Kilometern pro Stunde unterwegs, der Lokführer leitete noch eine Schnellbremsung ein.",
            claims=[Q("mit rund 70 Kilometern pro Stunde", 70, "kilometre per hour", None, "about", subject="rb 12", source=NBL, group="mr-speed", time=DAY)])),
        P(S("Die Fahrgäste mussten etwa zwei Stunden im Zug ausharren, bis sie über eine Leiter aussteigen konnten.",
            claims=[Q("etwa zwei Stunden", 2, "hour", "duration", "about", subject=ACC, group="mr-wait", time=DAY)]),
          S("Rund 70 Einsatzkräfte von Feuerwehr und Rettungsdienst waren vor Ort.",
            claims=[Q("Rund 70 Einsatzkräfte", 70, "person", "deployed", "about", subject=ACC, group="mr-rescuers", time=DAY)]),
          S("Die Leichtverletzten wurden in Krankenhäuser in Morrental und Siegwarden gebracht und konnten diese noch am Nachmittag wieder verlassen.")),
        P(S("Das Orkantief „Hermine“ war in der Nacht mit Böen von bis zu 130 Kilometern pro Stunde über den Norden Lauritaniens gezogen.",
            claims=[Q("bis zu 130 Kilometern pro Stunde", 130, "kilometre per hour", None, "up-to", subject="storm hermine", group="mr-gusts", time=NIGHT)]),
          S("Allein im Landkreis Morrental stürzten nach Angaben der Feuerwehr mehr als 200 Bäume um.",
            claims=[Q("mehr als 200 Bäume", 200, "tree", None, "more-than", subject="storm hermine", source="fire service", group="mr-trees", time=NIGHT)]),
          S("Mehrere Straßen waren am Mittwochmorgen blockiert, Schulen im Kreis blieben geschlossen.")),
        P(S("Die Strecke zwischen Morrental und Siegwarden bleibt voraussichtlich bis Freitag gesperrt, die Nordbahn setzt Ersatzbusse ein."),
          S("Die Polizei geht von einem Unfall aus, Hinweise auf ein Fremdverschulden gebe es nicht."),
          S("Ein Sprecher der Nordbahn sagte, der Abschnitt durch den Wald sei erst im Herbst freigeschnitten worden."),
          S("Der Wetterdienst rechnet für Donnerstag mit einer deutlichen Beruhigung.")),
    ],
    "post": ["lpa/mr/hk 101520 Mrz 27", "", "Themen: Bahn · Unwetter · Morrental",
             "© LPA Lauritanische Presseagentur. Nachdruck nur mit schriftlicher Genehmigung."],
    "removed": ["Mittwoch, 10.03.2027, 15:20 Uhr", "Ressort: Panorama", "lpa/mr/hk 101520 Mrz 27",
                "Themen: Bahn · Unwetter · Morrental", "Nachdruck nur mit schriftlicher Genehmigung"],
}

HERALD_SITE = dict(dev14_goldanker.HERALD_SITE)
HERALD_SITE.update({
    "date_label": "Wednesday 10 March 2027, 21:30",
    "share": "Share · Email · 12 comments",
    "ad": "ADVERTISEMENT – Spring breaks in the Morrental forest from €89",
    "related": ["Storm Hermine: what your insurance covers", "Opinion: Our railways need tree-cutting crews",
                "Siegwarden school closures: full list"],
    "after": "",
})

HERALD = {
    "input": "dev14/morrental-herald.html", "story": SID, "event": EV,
    "publisher": "The Lauritanian Herald", "published": "2027-03-10T21:30:00+01:00",
    "language": "en", "authors": ["Callum Fairweather"], "sensational": False,
    "blocks": [
        H("Seven hurt as train hits fallen tree in Lauritanian storm",
          claims=[Q("Seven hurt", 7, "person", "wounded", subject=ACC, group="mr-injured", time=DAY)]),
        P(S("A regional train carrying 62 passengers hit a tree brought down by a storm near Morrental on Wednesday morning and derailed, leaving seven people with minor injuries, police said.",
            claims=[Q("62 passengers", 62, "passenger", None, subject=ACC, group="mr-passengers", time=DAY),
                    Q("seven people with minor injuries", 7, "person", "wounded", subject=ACC, source=POL, group="mr-injured", time=DAY)]),
          S("Two conductors were also on board.",
            claims=[Q("Two conductors", 2, "person", None, subject=ACC, group="mr-staff", time=DAY)])),
        P(S("The operator, Nordbahn, said the train was travelling at about 70 km/h (43 mph) when it struck a spruce some 25 metres tall that had fallen across the line.",
            claims=[Q("about 70 km/h", 70, "kilometre per hour", None, "about", subject="rb 12", source=NBL, group="mr-speed", time=DAY),
                    Q("43 mph", 43, "mile per hour", None, "about", subject="rb 12", source=NBL, group="mr-speed", time=DAY),
                    Q("some 25 metres tall", 25, "metre", "size", "about", subject="spruce", group="mr-tree", time=DAY)]),
          S("Its front bogie came off the rails, but the train stayed upright.")),
        P(S("Passengers waited about two hours before firefighters helped them climb down a ladder.",
            claims=[Q("about two hours", 2, "hour", "duration", "about", subject=ACC, group="mr-wait", time=DAY)]),
          S("Around 70 firefighters and paramedics were at the scene.",
            claims=[Q("Around 70 firefighters and paramedics", 70, "person", "deployed", "about", subject=ACC, group="mr-rescuers", time=DAY)]),
          S("All of those hurt were released from hospital by the afternoon.")),
        P(S("Storm Hermine swept across northern Lauritania overnight with gusts of up to 130 km/h (80 mph).",
            claims=[Q("up to 130 km/h", 130, "kilometre per hour", None, "up-to", subject="storm hermine", group="mr-gusts", time=NIGHT),
                    Q("80 mph", 80, "mile per hour", None, "up-to", subject="storm hermine", group="mr-gusts", time=NIGHT)]),
          S("The fire service said more than 200 trees had come down in the Morrental district alone.",
            claims=[Q("more than 200 trees", 200, "tree", None, "more-than", subject="storm hermine", source="fire service", group="mr-trees", time=NIGHT)])),
        P(S("The line to Siegwarden is expected to remain closed until Friday, with buses replacing trains."),
          S("Police said there was no indication of foul play."),
          S("Nordbahn said the stretch through the forest had been cleared of overhanging trees only last autumn."),
          S("Schools across the district stayed shut on Wednesday, and several roads were blocked by fallen branches until the afternoon.")),
    ],
    "removed": ["our 212 partners use cookies", "Wednesday 10 March 2027, 21:30", "12 comments", "Spring breaks in the Morrental forest from €89",
                "Storm Hermine: what your insurance covers", "Opinion: Our railways need tree-cutting crews",
                "Siegwarden school closures: full list", "© 2030 The Lauritanian Herald Ltd"],
}

ARTICLES = [LPA, HERALD]

REWRITES = []


def files():
    return {
        "morrental-lpa.txt": (render_txt(LPA), False),
        "morrental-herald.html": (render_html(HERALD, HERALD_SITE), False),
    }
