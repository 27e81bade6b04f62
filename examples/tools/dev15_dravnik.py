"""dev15 story 2: the look-alike of the Harzlingen roof collapse — the snow-laden roof of a municipal tennis hall in
Dravnik (Tirvalien) collapses at night, almost three years earlier (Wednesday, 9 February 2028); two workers slightly
injured, no dispute.

A German agency report (same agency and template as the Harzlingen report) and an English paper's HTML page: a DE–EN
pair in own words. Invented by the Parallax team: country, town, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, T, render_txt, render_html

SID = "st-dravnik-roof"
EV = "ev-dravnik-collapse"
STORY = {"id": SID, "label": "Tennis hall roof collapses under snow in Dravnik",
         "events": [{"id": EV, "label": "The snow-laden roof of a municipal tennis hall in Dravnik collapses at night; two workers slightly injured (9 February 2028)"}]}

POL = "police"
FIRE = "fire service"
CITY = "city authorities"
ACC = "dravnik roof collapse"
ROOF = "dravnik tennis hall roof"
DAY = T("2028-02-09", "2028-02-09")

GROUPS = [
    {"id": "dr-injured", "story": SID, "status": "agreed",
     "why": "Two workers slightly injured (police via VPA and the Courier; both headlines)."},
    {"id": "dr-roof-area", "story": SID, "status": "agreed",
     "why": "A roof of about 1,800 square metres (VPA; Courier 'about 1,800 square metres (about 0.45 acres)')."},
    {"id": "dr-snow", "story": SID, "status": "agreed", "why": "Up to 70 centimetres of wet snow, the fire service's figure (VPA, Courier)."},
    {"id": "dr-firefighters", "story": SID, "status": "agreed", "why": "About 40 firefighters (VPA, Courier)."},
    {"id": "dr-damage", "story": SID, "status": "agreed", "why": "Damage of about three million euros by the town's estimate (VPA, Courier)."},
    {"id": "dr-members", "story": SID, "status": "agreed", "why": "About 600 club members train in the hall (VPA, Courier)."},
    {"id": "dr-clubs", "story": SID, "status": "agreed", "why": "Four clubs (VPA, Courier)."},
    {"id": "dr-forecast", "story": SID, "status": "agreed", "why": "Up to half a metre of fresh snow forecast (VPA, Courier)."},
]

VPA = {
    "input": "dev15/dravnik-vpa.txt", "story": SID, "event": EV,
    "publisher": "VPA Veskanische Presse-Agentur", "published": "2028-02-09T11:25:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["VPA Veskanische Presse-Agentur", "Mittwoch, 09.02.2028, 11:25 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Tennishalle in Dravnik unter Schneelast eingestürzt – zwei Leichtverletzte",
          claims=[Q("zwei Leichtverletzte", 2, "person", "wounded", subject=ACC, group="dr-injured", time=DAY)]),
        P(S("In der tirvalischen Stadt Dravnik ist in der Nacht zum Mittwoch das Dach einer städtischen Tennishalle unter der Last des Schnees eingestürzt."),
          S("Zwei Arbeiter, die das Dach am Vorabend vom Schnee befreien sollten, wurden leicht verletzt, wie die Polizei mitteilte.",
            claims=[Q("Zwei Arbeiter", 2, "worker", "wounded", subject=ACC, source=POL, group="dr-injured", time=DAY)])),
        P(S("Das rund 1.800 Quadratmeter große Dach brach gegen 1.30 Uhr fast vollständig ein.",
            claims=[Q("rund 1.800 Quadratmeter", 1800, "square metre", "size", "about", subject=ROOF, group="dr-roof-area", time=None)]),
          S("Nach Angaben der Feuerwehr lagen bis zu 70 Zentimeter nasser Schnee darauf.",
            claims=[Q("bis zu 70 Zentimeter nasser Schnee", 70, "centimetre", None, "up-to", subject=ROOF, source=FIRE, group="dr-snow", time=DAY)]),
          S("Rund 40 Feuerwehrleute sicherten die Unglücksstelle und sperrten die angrenzende Parkstraße.",
            claims=[Q("Rund 40 Feuerwehrleute", 40, "firefighter", "deployed", "about", subject=ACC, group="dr-firefighters", time=DAY)])),
        P(S("Die Stadt schätzt den Schaden auf etwa drei Millionen Euro.",
            claims=[Q("etwa drei Millionen Euro", 3000000, "eur", "cost", "about", subject=ACC, source=CITY, group="dr-damage", time=DAY)]),
          S("Die Halle war erst 2019 saniert worden."),
          S("Ein Gutachter soll nun klären, ob ein Baufehler vorliegt."),
          S("In der Halle trainieren sonst rund 600 Mitglieder von vier Vereinen.",
            claims=[Q("rund 600 Mitglieder", 600, "person", None, "about", subject="dravnik tennis hall", group="dr-members", time=None),
                    Q("vier Vereinen", 4, "club", None, subject="dravnik tennis hall", group="dr-clubs", time=None)])),
        P(S('Die Arbeiter hatten am Dienstagabend gemeinsam mit dem Hausmeister begonnen, Schnee vom Dach zu schieben, mussten die Arbeiten aber wegen der Dunkelheit abbrechen.'), S('Ein Arbeiter sagte dem Lokalsender, das Dach habe schon am Abend verdächtig geknackt.'), S('Die Polizei schließt ein Fremdverschulden aus.')),
        P(S('Der Trainingsbetrieb der Vereine wird vorübergehend in Schulturnhallen verlegt.'), S('Der Präsident des Tennisclubs Dravnik sprach von einem schweren Schlag für den Breitensport in der Stadt.'), S('Bürgermeister Ivo Marek kündigte an, alle städtischen Hallen mit Flachdach noch in dieser Woche überprüfen zu lassen.')),
        P(S("Schon am Dienstag hatte der Wetterdienst für den Norden Tirvaliens vor bis zu einem halben Meter Neuschnee gewarnt.",
            claims=[Q("bis zu einem halben Meter Neuschnee", 0.5, "metre", None, "up-to", subject="northern tirvalia", source="weather service", group="dr-forecast", time=DAY)]),
          S("In mehreren Gemeinden fiel am Mittwoch der Unterricht aus, auf den Landstraßen kam es zu zahlreichen Unfällen."),
          S("Die Stadtverwaltung rief Hausbesitzer auf, Flachdächer nur mit Sicherung zu betreten.")),
    ],
    "post": ["vpa/dr/bs 091125 Feb 28", "", "Themen: Unwetter · Tirvalien · Dravnik",
             "© VPA Veskanische Presse-Agentur. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["Mittwoch, 09.02.2028, 11:25 Uhr", "Ressort: Vermischtes", "vpa/dr/bs 091125 Feb 28",
                "Themen: Unwetter · Tirvalien · Dravnik", "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

COURIER_SITE = {
    "nav": ["Home", "Tirvalia", "World", "Business", "Sport", "Weather", "Puzzles"],
    "cookie": "We and our 184 partners use cookies to personalise content and ads. Accept or manage your choices.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Wednesday 9 February 2028, 19:05",
    "share": "Share · Email · 9 comments",
    "ad": "ADVERTISEMENT – Heated driveways: installation from €2,900",
    "related_title": "More from the Courier",
    "related": ["Snow forecast: 5 things to know before you travel", "Opinion: Our sports halls deserve better",
                "Dravnik council approves 2028 budget"],
    "footer": "© 2028 The Tirvalia Courier Ltd · Privacy · Terms · Contact",
    "after": '<p class="newsletter">Sign up for the Courier Morning Briefing – free, every weekday.</p>',
}

COURIER = {
    "input": "dev15/dravnik-courier.html", "story": SID, "event": EV,
    "publisher": "The Tirvalia Courier", "published": "2028-02-09T19:05:00+01:00",
    "language": "en", "authors": ["Neil Farrant"], "sensational": False,
    "blocks": [
        H("Two hurt as snow brings down tennis hall roof in Dravnik",
          claims=[Q("Two hurt", 2, "person", "wounded", subject=ACC, group="dr-injured", time=DAY)]),
        P(S("The roof of a municipal tennis hall in the northern Tirvalian town of Dravnik collapsed under heavy snow early on Wednesday, leaving two workers with minor injuries, police said.",
            claims=[Q("two workers with minor injuries", 2, "worker", "wounded", subject=ACC, source=POL, group="dr-injured", time=DAY)]),
          S("The men had been clearing snow from the roof the evening before.")),
        P(S("Almost the entire roof, which covered about 1,800 square metres (about 0.45 acres), came down at around 1.30 a.m.",
            claims=[Q("about 1,800 square metres", 1800, "square metre", "size", "about", subject=ROOF, group="dr-roof-area", time=None),
                    Q("about 0.45 acres", 0.45, "acre", "size", "about", subject=ROOF, group="dr-roof-area", time=None)]),
          S("Firefighters said up to 70 centimetres of wet snow had been lying on it.",
            claims=[Q("up to 70 centimetres of wet snow", 70, "centimetre", None, "up-to", subject=ROOF, source=FIRE, group="dr-snow", time=DAY)]),
          S("Around 40 firefighters secured the site.",
            claims=[Q("Around 40 firefighters", 40, "firefighter", "deployed", "about", subject=ACC, group="dr-firefighters", time=DAY)])),
        P(S("The town estimated the damage at about €3 million.",
            claims=[Q("about €3 million", 3000000, "eur", "cost", "about", subject=ACC, source=CITY, group="dr-damage", time=DAY)]),
          S("The hall, used by some 600 members of four clubs, had been renovated in 2019.",
            claims=[Q("some 600 members", 600, "person", None, "about", subject="dravnik tennis hall", group="dr-members", time=None),
                    Q("four clubs", 4, "club", None, subject="dravnik tennis hall", group="dr-clubs", time=None)]),
          S("An expert will examine whether it was built or repaired badly.")),
        P(S('A worker told local radio that the roof had been creaking loudly the evening before.'), S('Mayor Ivo Marek said all municipal halls with flat roofs would be inspected this week, and club training will move to school gyms for the time being.')),
        P(S("Forecasters had warned on Tuesday of up to half a metre of fresh snow across northern Tirvalia.",
            claims=[Q("up to half a metre of fresh snow", 0.5, "metre", None, "up-to", subject="northern tirvalia", source="weather service", group="dr-forecast", time=DAY)]),
          S("Schools in several villages stayed closed on Wednesday, and police reported a string of minor crashes on country roads."),
          S("Town officials urged homeowners not to climb onto flat roofs without a safety line.")),
    ],
    "removed": ["our 184 partners use cookies", "Wednesday 9 February 2028, 19:05", "9 comments", "Heated driveways: installation from €2,900",
                "Snow forecast: 5 things to know before you travel", "Opinion: Our sports halls deserve better",
                "Dravnik council approves 2028 budget", "© 2028 The Tirvalia Courier Ltd", "Courier Morning Briefing"],
}

ARTICLES = [VPA, COURIER]

REWRITES = []


def files():
    return {
        "dravnik-vpa.txt": (render_txt(VPA), False),
        "dravnik-courier.html": (render_html(COURIER, COURIER_SITE), False),
    }
