"""dev29 story 5: bird flu (H5N1) in the Hollmark district (Kelvarien). Confirmed on Monday, 18 January 2049, at a laying farm in
Gernsdorf, where 38,000 hens are culled on Tuesday; on Wednesday 26,000 turkeys at a second farm in Ostrau (64,000 in all); by
Thursday evening more than 110,000 birds on four farms. A 3 km protection zone and a 10 km surveillance zone; the agriculture
ministry pledges €4 million on Wednesday. The farmers' association Landvolk says the district veterinary office knew of dead hens
at Gernsdorf a week before it acted; the office denies it (the farm reported the deaths on Sunday).

A German regional paper on Thursday (Hollmarker Landbote, HTML), an English wire on Wednesday (Continental Newswire, text), a
German tabloid on Friday (Der Morgenblitz, text: the charge as fact, no denial) and an English trade weekly's item on Friday
in a news aggregator's JSON Lines dump (Farm Week Kelvaria via Newsdeck, HTML item; the file is written by dev29_sarnwald.py).
Invented: district, villages, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt

SID = "st-hollmark-birdflu"
EV = "ev-hollmark-birdflu"
STORY = {"id": SID, "label": "Bird flu on poultry farms in the Hollmark district, Kelvarien",
         "events": [{"id": EV, "label": "The outbreak, the culls on four farms and the quarrel over the veterinary office (18–22 January 2049)"}]}

EVENT = "hollmark bird flu"
TUE = T("2049-01-19", "2049-01-19")
WED = T("2049-01-20", "2049-01-20")
THU = T("2049-01-21", "2049-01-21")
TO_WED = T("2049-01-19", "2049-01-20")
TO_THU = T("2049-01-19", "2049-01-21")
VET = "veterinary office"
AGRI = "agriculture ministry"
KNEW = (VET, "knew of", "dead hens at the gernsdorf farm")

GROUPS = [
    {"id": "birdflu-first", "story": SID, "status": "agreed",
     "why": "38,000 laying hens culled at Gernsdorf on Tuesday (Landbote, Continental, Farm Week's 'some 38,000'; Morgenblitz's 'fast 40.000' allows it)."},
    {"id": "birdflu-second", "story": SID, "status": "agreed", "why": "26,000 turkeys culled at Ostrau on Wednesday (Landbote, Continental)."},
    {"id": "birdflu-total", "story": SID, "status": "compatible",
     "why": "64,000 birds by Wednesday (Landbote, Continental), then more than 110,000 (Farm Week) and 'über 100.000' (Morgenblitz) by Thursday: later figures and a looser bound."},
    {"id": "birdflu-farms", "story": SID, "status": "agreed", "why": "Four farms by Thursday (Morgenblitz, Farm Week)."},
    {"id": "birdflu-zone3", "story": SID, "status": "agreed", "why": "A protection zone of three kilometres (Landbote, Continental)."},
    {"id": "birdflu-zone10", "story": SID, "status": "agreed", "why": "A surveillance zone of ten kilometres (Landbote, Continental)."},
    {"id": "birdflu-aid", "story": SID, "status": "agreed", "why": "€4 million of compensation pledged (Continental, Morgenblitz '4 Mio. Euro')."},
    {"id": "birdflu-knew", "story": SID, "status": "disputed",
     "why": "Landvolk says the veterinary office knew of the dead hens a week early (Landbote, Farm Week; Morgenblitz as fact); the office denies it (Landbote, Farm Week)."},
    {"id": "birdflu-farmcount", "story": SID, "status": "single-source", "why": "About 140 poultry farms in the district (Landbote only)."},
    {"id": "birdflu-flock", "story": SID, "status": "single-source", "why": "About 2.1 million birds kept in the district (Landbote only)."},
    {"id": "birdflu-exports", "story": SID, "status": "single-source", "why": "Poultry exports worth about €310 million in 2048 (Continental's background)."},
    {"id": "birdflu-eggprice", "story": SID, "status": "single-source", "why": "Wholesale egg prices up by up to 12 per cent (Farm Week only)."},
]

# ------------------------------------------------------------------ Hollmarker Landbote (de regional, HTML; Thursday)

HL_SITE = {
    "nav": ["Startseite", "Hollmark", "Gernsdorf", "Ostrau", "Landwirtschaft", "Vereine", "Traueranzeigen"],
    "cookie": "Wir setzen Cookies ein. Details finden Sie in unserer Datenschutzerklärung.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "Donnerstag, 21.01.2049",
    "share": "Artikel empfehlen · Drucken",
    "ad": "Landhandel Brüning: Futtermittel und Stalltechnik – jetzt Winterrabatt sichern!",
    "related_title": "Aus der Region",
    "related": ["Gernsdorfer Kaninchenzüchter räumen Preise ab", "Kreistag beschließt Haushalt 2049"],
    "footer": "© Hollmarker Landbote · Druck und Verlag Wiesner KG",
    "inline": '<div class="epaper"><p>Den Landboten als E-Paper lesen – schon ab 5 Uhr morgens.</p></div>',
    "inline_at": 3,
}

HL = {
    "input": "dev29/gefluegelpest-landbote.html", "story": SID, "event": EV,
    "publisher": "Hollmarker Landbote", "published": "2049-01-21T06:00:00+01:00",
    "language": "de", "authors": ["Greta Wiesner"], "sensational": False,
    "blocks": [
        H("Geflügelpest: Zweiter Betrieb im Kreis Hollmark betroffen"),
        P(S("Die Geflügelpest hat sich im Landkreis Hollmark auf einen zweiten Betrieb ausgebreitet."),
          S("Am Mittwoch wurden in einem Putenbetrieb in Ostrau 26.000 Tiere getötet, nachdem dort das Virus H5N1 nachgewiesen worden war.",
            claims=[Q("26.000 Tiere", 26000, "animal", "killed", subject=EVENT, group="birdflu-second", time=WED)])),
        P(S("Bereits am Dienstag hatte das Veterinäramt auf einem Legehennenhof in Gernsdorf 38.000 Hennen töten lassen.",
            claims=[Q("38.000 Hennen", 38000, "animal", "killed", subject=VET, group="birdflu-first", time=TUE)]),
          S("Zusammen sind es damit 64.000 Tiere.",
            claims=[Q("64.000 Tiere", 64000, "animal", "killed", subject=EVENT, group="birdflu-total", time=TO_WED)])),
        P(S("Um beide Höfe gilt eine Sperrzone im Radius von drei Kilometern, in einem Beobachtungsgebiet von zehn Kilometern dürfen Halter kein Geflügel verkaufen.",
            claims=[Q("drei Kilometern", 3, "kilometre", "size", subject="protection zone", group="birdflu-zone3"),
                    Q("zehn Kilometern", 10, "kilometre", "size", subject="surveillance zone", group="birdflu-zone10")])),
        P(S("Der Bauernverband Landvolk erhebt schwere Vorwürfe: Das Veterinäramt habe schon eine Woche vor dem Nachweis von toten Hennen in Gernsdorf gewusst.",
            claims=[ST("Das Veterinäramt habe schon eine Woche vor dem Nachweis von toten Hennen in Gernsdorf gewusst", *KNEW, "birdflu-knew", source="landvolk", hedged=True)]),
          S("Amtsleiter Bernd Kroll wies das zurück: Der Hof habe die toten Tiere erst am Sonntag gemeldet, am Montag sei das Virus bestätigt worden.",
            claims=[ST("Amtsleiter Bernd Kroll wies das zurück", *KNEW, "birdflu-knew", source=VET, denial=True)])),
        P(S("Im Landkreis Hollmark halten nach Angaben des Landvolks rund 140 Betriebe zusammen etwa 2,1 Millionen Hühner, Puten und Enten.",
            claims=[Q("rund 140 Betriebe", 140, "business", None, "about", subject="hollmark poultry farms", source="landvolk", group="birdflu-farmcount"),
                    Q("etwa 2,1 Millionen Hühner, Puten und Enten", 2100000, "animal", None, "about", subject="hollmark poultry farms", source="landvolk", group="birdflu-flock")]),
          S("Viele Halter fürchten nun um ihre Existenz.")),
        P(S("„Wir hatten keine Chance“, sagte der Gernsdorfer Landwirt Henrik Aalst, dessen Familie den Hof seit 1921 führt.", "quote")),
    ],
    "removed": ["Landhandel Brüning", "E-Paper", "Kaninchenzüchter", "Verlag Wiesner KG"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Wednesday)

CNW = {
    "input": "dev29/bird-flu-continental.txt", "story": SID, "event": EV,
    "publisher": "Continental Newswire", "published": "2049-01-20T17:45:00+01:00",
    "language": "en", "authors": ["Oren Talley"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "January 20, 2049 / 5:45 PM", "By Oren Talley"],
    "blocks": [
        H("Bird flu spreads to second Kelvarian farm, 64,000 birds culled",
          claims=[Q("64,000 birds", 64000, "animal", "killed", subject=EVENT, group="birdflu-total", time=TO_WED)]),
        P(S("HOLLMARK, Jan 20 (Continental) - Highly pathogenic bird flu has been found at a second poultry farm in Kelvaria's Hollmark district, where 26,000 turkeys were culled on Wednesday, the agriculture ministry said.",
            claims=[Q("26,000 turkeys", 26000, "animal", "killed", subject=EVENT, source=AGRI, group="birdflu-second", time=WED)]),
          S("That follows the culling of 38,000 laying hens at a farm in Gernsdorf on Tuesday.",
            claims=[Q("38,000 laying hens", 38000, "animal", "killed", subject=EVENT, group="birdflu-first", time=TUE)])),
        P(S("Authorities have set up a 3-km protection zone and a 10-km surveillance zone around both farms.",
            claims=[Q("3-km", 3, "kilometre", "size", subject="protection zone", group="birdflu-zone3"),
                    Q("10-km", 10, "kilometre", "size", subject="surveillance zone", group="birdflu-zone10")]),
          S("The ministry pledged €4 million to compensate farmers.",
            claims=[Q("€4 million", 4000000, "eur", "pledged", subject=AGRI, group="birdflu-aid", time=WED)])),
        P(S("Kelvaria exported poultry meat worth about €310 million in 2048, according to the statistics office.",
            claims=[Q("about €310 million", 310000000, "eur", None, "about", subject="kelvaria poultry exports", source="statistics office", group="birdflu-exports", time=T("2048-01-01", "2048-12-31"))])),
    ],
    "post": ["(Reporting by Oren Talley; Editing by Ben Sauer)", "Our Standards: The Continental Trust Principles."],
    "removed": ["By Oren Talley", "Editing by Ben Sauer", "Continental Trust Principles"],
}

# ------------------------------------------------------------------ Der Morgenblitz (de tabloid, text; Friday)

MB = {
    "input": "dev29/gefluegelpest-morgenblitz.txt", "story": SID, "event": EV,
    "publisher": "Der Morgenblitz", "published": "2049-01-22T06:30:00+01:00",
    "language": "de", "authors": ["Kai Drosten"], "sensational": True,
    "pre": ["Der Morgenblitz", "Freitag, 22.01.2049", "Von Kai Drosten"],
    "blocks": [
        H("KILLER-VIRUS IM HÜHNERSTALL! Über 100.000 Tiere getötet",
          claims=[Q("Über 100.000 Tiere", 100000, "animal", "killed", "more-than", subject=EVENT, group="birdflu-total", time=TO_THU)],
          loaded=[L("KILLER-VIRUS", "alarmist")]),
        P(S("Es ist ein Massaker im Stall: Im Kreis Hollmark wurden bis Donnerstag schon über 100.000 Hühner und Puten getötet.",
            claims=[Q("über 100.000 Hühner und Puten", 100000, "animal", "killed", "more-than", subject=EVENT, group="birdflu-total", time=TO_THU)],
            loaded=[L("Massaker", "alarmist")]),
          S("Inzwischen hat die Seuche vier Höfe erwischt.",
            claims=[Q("vier Höfe", 4, None, "affected", subject=EVENT, group="birdflu-farms", time=THU)])),
        P(S("Allein in Gernsdorf mussten fast 40.000 Legehennen sterben.",
            claims=[Q("fast 40.000 Legehennen", 40000, "animal", "killed", "about", subject=EVENT, group="birdflu-first", time=TUE)])),
        P(S("Und das Veterinäramt?", "opinion"),
          S("Das wusste schon seit einer Woche von den toten Tieren – und tat NICHTS!",
            claims=[ST("Das wusste schon seit einer Woche von den toten Tieren", *KNEW, "birdflu-knew")]),
          S("Jetzt gibt es vom Ministerium läppische 4 Mio. Euro für die Bauern.",
            claims=[Q("4 Mio. Euro", 4000000, "eur", "pledged", subject=AGRI, group="birdflu-aid", time=WED)],
            loaded=[L("läppische", "belittling")])),
        P(S("„Die Beamten haben geschlafen“, sagt Landvolk-Sprecher Ewald Renz.", "quote")),
        P(S("Übrigens: Eier und Geflügelfleisch aus dem Supermarkt können Sie nach Angaben des Gesundheitsministeriums weiter bedenkenlos essen.")),
    ],
    "post": ["Mehr News jeden Morgen im MORGENBLITZ – jetzt auch als App!", "© Morgenblitz Medien GmbH"],
    "removed": ["Von Kai Drosten", "jetzt auch als App", "Morgenblitz Medien GmbH"],
}

# ------------------------------------------------------------------ Farm Week Kelvaria (en trade weekly, JSON Lines HTML item; Friday)

FW = {
    "input": "dev29/newsdeck.jsonl#farmweek-2049-01-22-hollmark", "story": SID, "event": EV,
    "publisher": "Farm Week Kelvaria", "published": "2049-01-22T09:00:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Hollmark bird flu: four farms hit as vets face questions"),
        P(S("More than 110,000 birds on four farms in the Hollmark district had been culled by Thursday evening, the agriculture ministry said.",
            claims=[Q("More than 110,000 birds", 110000, "animal", "killed", "more-than", subject=EVENT, source=AGRI, group="birdflu-total", time=TO_THU),
                    Q("four farms", 4, None, None, subject=EVENT, source=AGRI, group="birdflu-farms", time=THU)]),
          S("They include some 38,000 laying hens at the Gernsdorf farm where the outbreak was first confirmed on Monday.",
            claims=[Q("some 38,000 laying hens", 38000, "animal", "killed", "about", subject=EVENT, group="birdflu-first", time=TUE)])),
        P(S("The farmers' association Landvolk has accused the district veterinary office of knowing about dead hens at Gernsdorf a week before it acted.",
            claims=[ST("has accused the district veterinary office of knowing about dead hens at Gernsdorf a week before it acted", *KNEW, "birdflu-knew", source="landvolk")]),
          S("The office denies this, saying the farm first reported the deaths on Sunday.",
            claims=[ST("The office denies this", *KNEW, "birdflu-knew", source=VET, denial=True)])),
        P(S("Wholesale egg prices have risen by up to 12% since Monday, traders said.",
            claims=[Q("up to 12%", 12, "percent", "increase", "up-to", subject="wholesale egg prices", source="traders", group="birdflu-eggprice", time=T("2049-01-18", "2049-01-22"))])),
    ],
    "extra": '<p class="newsletter">Get Farm Week\'s free poultry bulletin every Friday – sign up now.</p>',
    "removed": ["free poultry bulletin"],
}

ARTICLES = [HL, CNW, MB, FW]

REWRITES = []


def files():
    """newsdeck.jsonl is written by dev29_sarnwald.py."""
    return {
        "gefluegelpest-landbote.html": (render_html(HL, HL_SITE), False),
        "bird-flu-continental.txt": (render_txt(CNW), False),
        "gefluegelpest-morgenblitz.txt": (render_txt(MB), False),
    }
