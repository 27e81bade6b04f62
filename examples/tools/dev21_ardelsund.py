"""dev21 story 5: at the Ardelsund city marathon (Saldarien) on Sunday, 13 June 2038, in 33 degrees of heat, one runner
collapses about two kilometres before the finish and dies in hospital; paramedics treat 85 runners, twelve of them in
hospital. The runners' association Tempo says water ran out at at least four of the 14 drinking stations and the organisers
ignored the weather service's heat warning; the organisers deny both and say they handed out 60,000 litres of water and added
40 paramedics.

A German city paper (HTML) on Monday morning, an English tabloid (HTML) that omits the organisers' denial, states the charges
as fact and inflates those treated, and an English aggregator item (JSON Lines, with `html`; a DE–EN pair with the city paper
in own words, killed beside killed or wounded). This module also writes skimline.jsonl (with the Veltrup item). Invented by
the Parallax team: country, city, race, association, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_jsonl, headline
import dev21_veltrup

SID = "st-ardelsund-marathon"
EV = "ev-ardelsund-heat"
STORY = {"id": SID, "label": "Heat at the Ardelsund city marathon: one runner dead",
         "events": [{"id": EV, "label": "One runner dies and 85 are treated in 33-degree heat; the runners' association blames the organisers, who deny it (13–14 June 2038)"}]}

ORG = "organisers"
TEMPO = "tempo"
RACE = "ardelsund marathon heat casualties"
SUN = T("2038-06-13", "2038-06-13")
IGNORED = (ORG, "ignored", "the weather service's heat warning for the ardelsund marathon")
DRY = "drinking stations of the ardelsund marathon that ran out of water"
STATIONS = "drinking stations of the ardelsund marathon"

GROUPS = [
    {"id": "ar-starters", "story": SID, "status": "agreed",
     "why": "Nearly 9,400 starters (Tageblatt) and 9,400 (Morning Blare) beside Skimline's 'more than 9,000': a bound within 10 % of the figure."},
    {"id": "ar-heat", "story": SID, "status": "agreed", "why": "33 degrees (Tageblatt, Morning Blare, Skimline)."},
    {"id": "ar-forecast", "story": SID, "status": "single-source", "why": "Only the Tageblatt: the weather service warned of up to 34 degrees."},
    {"id": "ar-dead", "story": SID, "status": "compatible",
     "why": "One runner died (Tageblatt, Morning Blare, Skimline) beside Skimline's 86 casualties, dead and injured: another measure."},
    {"id": "ar-collapse", "story": SID, "status": "agreed", "why": "He collapsed about two kilometres before the finish (Tageblatt, Skimline with 1.2 miles)."},
    {"id": "ar-treated", "story": SID, "status": "conflicting",
     "why": "85 runners treated by the ambulance service's count (Tageblatt, Skimline) against the Morning Blare's 'more than 100' the same day: both cannot be true."},
    {"id": "ar-hospital", "story": SID, "status": "agreed", "why": "Twelve of them taken to hospital (Tageblatt, Skimline)."},
    {"id": "ar-ignored", "story": SID, "status": "disputed",
     "why": "Tempo says the organisers ignored the heat warning (Tageblatt hedged, Skimline); the Morning Blare states it as fact; the organisers deny it (Tageblatt, Skimline); the Blare omits the denial."},
    {"id": "ar-dry", "story": SID, "status": "disputed",
     "why": "Water ran out at at least four stations by Tempo's account (Tageblatt hedged, Skimline; the Morning Blare's 'four' as fact); the organisers deny that any station ran dry (Tageblatt, Skimline)."},
    {"id": "ar-stations", "story": SID, "status": "agreed", "why": "14 drinking stations along the course (Tageblatt, Morning Blare, Skimline)."},
    {"id": "ar-water", "story": SID, "status": "agreed", "why": "60,000 litres of water handed out, say the organisers (Tageblatt hedged, Skimline)."},
    {"id": "ar-paramedics", "story": SID, "status": "agreed", "why": "40 extra paramedics, say the organisers (Tageblatt hedged, Skimline)."},
    {"id": "ar-half", "story": SID, "status": "single-source", "why": "Only the Morning Blare: half the usual water ordered."},
]

# ------------------------------------------------------------------ Ardelsunder Tageblatt (de city paper, HTML; Monday)

TB_SITE = {
    "nav": ["Startseite", "Ardelsund", "Region", "Sport", "Kultur", "Service", "E-Paper"],
    "cookie": "Wir verwenden Cookies und Daten von 73 Partnern. Sie können Ihre Auswahl jederzeit anpassen.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "14.06.2038, 06:30 Uhr",
    "share": "Teilen · 112 Kommentare",
    "ad": "Sportwelt Ardelsund: Laufschuhe bis zu 40 Prozent reduziert",
    "related_title": "Mehr aus Ardelsund",
    "related": ["Ergebnisse: Alle Zeiten vom Marathon", "Hitze: 5 Tipps für Ihren Garten",
                "Bildergalerie: Der Marathon in 48 Bildern"],
    "footer": "© Ardelsunder Tageblatt 2038 · Impressum · Datenschutz · Kontakt",
    "inline": '<div class="teaser">Auch interessant: Laufen bei Hitze – was Ärzte raten (Plus)</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Ardelsunder Tageblatt/Jonna Weil</p>',
}

TB = {
    "input": "dev21/ardelsund-tageblatt.html", "story": SID, "event": EV,
    "publisher": "Ardelsunder Tageblatt", "published": "2038-06-14T06:30:00+02:00",
    "language": "de", "authors": ["Frederik Ohm"], "sensational": False,
    "blocks": [
        H("Hitze-Marathon: Läufer stirbt, Verband erhebt Vorwürfe gegen Veranstalter"),
        P(S("Beim Ardelsund-Marathon ist am Sonntag bei 33 Grad ein Läufer ums Leben gekommen.",
            claims=[Q("33 Grad", 33, "degree", None, subject="heat at the ardelsund marathon", group="ar-heat", time=SUN),
                    Q("ein Läufer", 1, "person", "killed", subject=RACE, group="ar-dead", time=SUN)]),
          S("Der 38-Jährige mit der Startnummer 4127 brach etwa zwei Kilometer vor dem Ziel zusammen und starb am Nachmittag im Krankenhaus.",
            claims=[Q("etwa zwei Kilometer", 2, "kilometre", "distance", "about", subject="distance from the finish where the runner collapsed", group="ar-collapse", time=SUN)]),
          S("Er soll schon vorher über Schwindel geklagt haben.")),
        P(S("Nach Angaben des Rettungsdienstes behandelten Sanitäter 85 Läuferinnen und Läufer, zwölf von ihnen kamen ins Krankenhaus.",
            claims=[Q("85 Läuferinnen und Läufer", 85, "person", "wounded", subject=RACE, source="ambulance service", group="ar-treated", time=SUN),
                    Q("zwölf von ihnen", 12, "person", "wounded", subject=RACE, source="ambulance service", group="ar-hospital", time=SUN)]),
          S("Gestartet waren knapp 9.400 Teilnehmer.",
            claims=[Q("knapp 9.400 Teilnehmer", 9400, "person", None, "about", subject="starters of the ardelsund marathon", group="ar-starters", time=SUN)]),
          S("Der Wetterdienst hatte am Samstag vor bis zu 34 Grad gewarnt.",
            claims=[Q("bis zu 34 Grad", 34, "degree", None, "up-to", subject="heat forecast for the ardelsund marathon", source="weather service", group="ar-forecast", time=SUN)])),
        P(S("Der Läuferverband Tempo erhebt schwere Vorwürfe."),
          S("An mindestens vier der 14 Verpflegungsstationen sei das Wasser ausgegangen.",
            claims=[Q("mindestens vier", 4, "station", None, "at-least", subject=DRY, source=TEMPO, hedged=True, group="ar-dry", time=SUN),
                    Q("14 Verpflegungsstationen", 14, "station", "size", subject=STATIONS, group="ar-stations", time=None)]),
          S("Die Veranstalter hätten die Hitzewarnung ignoriert und das Rennen weder verkürzt noch verschoben.",
            claims=[ST("Die Veranstalter hätten die Hitzewarnung ignoriert", *IGNORED, "ar-ignored", source=TEMPO, hedged=True)])),
        P(S("Die Veranstalter weisen das zurück.",
            claims=[ST("Die Veranstalter weisen das zurück", *IGNORED, "ar-ignored", source=ORG, denial=True)]),
          S("Man habe 60.000 Liter Wasser ausgegeben und 40 zusätzliche Sanitäter eingesetzt, keine Station sei trocken gewesen.",
            claims=[Q("60.000 Liter", 60000, "litre", None, subject="water handed out at the ardelsund marathon", source=ORG, hedged=True, group="ar-water", time=SUN),
                    Q("40 zusätzliche Sanitäter", 40, "person", "deployed", subject="extra paramedics at the ardelsund marathon", source=ORG, hedged=True, group="ar-paramedics", time=SUN),
                    ST("keine Station sei trocken gewesen", STATIONS, "denies", "water ran out at at least four drinking stations", "ar-dry", source=ORG, hedged=True, denial=True)]),
          S("Ob der Marathon im nächsten Jahr wieder im Juni stattfindet, ist offen.")),
    ],
    "removed": ["Daten von 73 Partnern", "14.06.2038, 06:30 Uhr", "112 Kommentare", "bis zu 40 Prozent reduziert",
                "Alle Zeiten vom Marathon", "5 Tipps für Ihren Garten", "in 48 Bildern",
                "Laufen bei Hitze – was Ärzte raten", "Foto: Ardelsunder Tageblatt/Jonna Weil", "© Ardelsunder Tageblatt 2038"],
}

# ------------------------------------------------------------------ The Morning Blare (en tabloid, HTML; Monday; omits the denial)

BLARE_SITE = {
    "nav": ["News", "Showbiz", "Sport", "Health", "Money", "Bingo"],
    "cookie": "The Morning Blare and our 164 partners use cookies. Click accept to carry on reading.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Monday, June 14, 2038 07:00",
    "share": "Share · 208 comments",
    "ad": "Beat the heat: 2 fans for £30",
    "related_title": "Most read",
    "related": ["Heatwave: 10 ways to sleep tonight", "Marathon star's 3 secrets", "Weather: 34C on the way"],
    "footer": "© 2038 The Morning Blare Ltd · Terms · Privacy · Contact",
    "inline": '<div class="video-teaser">WATCH: Runners collapse at the finish (1:05)</div>',
    "inline_at": 1,
    "after": '<p class="tags">Tags: Marathon · Heatwave · Saldaria</p>',
}

BLARE = {
    "input": "dev21/ardelsund-blare.html", "story": SID, "event": EV,
    "publisher": "The Morning Blare", "published": "2038-06-14T07:00:00+02:00",
    "language": "en", "authors": ["Gemma Trask"], "sensational": True,
    "blocks": [
        H("MARATHON HELL: One dead as water runs out in 33C heat",
          claims=[Q("One dead", 1, "person", "killed", subject=RACE, group="ar-dead", time=SUN),
                  Q("33C", 33, "degree", None, subject="heat at the ardelsund marathon", group="ar-heat", time=SUN)],
          loaded=[L("MARATHON HELL", "alarmist")]),
        P(S("Greedy organisers sent 9,400 runners into the blazing sun on Sunday despite a heat warning.",
            claims=[Q("9,400 runners", 9400, "person", None, subject="starters of the ardelsund marathon", group="ar-starters", time=SUN),
                    ST("Greedy organisers sent 9,400 runners into the blazing sun on Sunday despite a heat warning", *IGNORED, "ar-ignored")],
            loaded=[L("Greedy organisers", "demonising")]),
          S("Water ran out at four of the 14 drinking stations.",
            claims=[Q("four", 4, "station", None, subject=DRY, group="ar-dry", time=SUN),
                    Q("the 14 drinking stations", 14, "station", "size", subject=STATIONS, group="ar-stations", time=None)]),
          S("One runner died and more than 100 needed treatment.",
            claims=[Q("One runner", 1, "person", "killed", subject=RACE, group="ar-dead", time=SUN),
                    Q("more than 100", 100, "person", "wounded", "more-than", subject=RACE, group="ar-treated", time=SUN)])),
        P(S("The Blare has learned that organisers ordered only half the usual amount of water.",
            claims=[Q("only half the usual amount", 50, "percent", None, subject="water ordered for the ardelsund marathon compared with other years", source="morning blare", group="ar-half", time=None)]),
          S("They called the conditions “demanding but manageable”.",
            loaded=[L("“demanding but manageable”", "euphemism", "distancing")]),
          S("Runner Jess Haddow, 29, said: “People were lying on the road everywhere, begging for a drop of water.”", "quote")),
        P(S("How many more runners have to collapse before races are called off in heat like this?", "opinion"),
          S("Ban summer marathons now!", "opinion")),
    ],
    "removed": ["164 partners use cookies", "Monday, June 14, 2038 07:00", "208 comments", "2 fans for £30",
                "10 ways to sleep tonight", "Marathon star's 3 secrets", "Weather: 34C on the way",
                "Runners collapse at the finish (1:05)", "Tags: Marathon · Heatwave", "© 2038 The Morning Blare Ltd"],
}

# ------------------------------------------------------------------ Skimline (en aggregator, JSON Lines item with html; Monday)

SK_SITE = {
    "nav": ["Top", "World", "Sport", "Science", "Markets", "Saved"],
    "cookie": "Skimline uses cookies to remember your topics.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Jun 14, 2038 · 12:20",
    "share": "Save · Share · 36 comments",
    "ad": "Sponsored: Run your first 10K in 8 weeks",
    "related_title": "More in Sport",
    "related": ["Heat and endurance sport: 4 charts", "Why marathons start earlier in summer", "Results: 6 city races this weekend"],
    "footer": "© 2038 Skimline · About · Privacy",
    "inline": '<div class="teaser">Listen: Skimline Sport (7 min)</div>',
    "inline_at": 1,
}

SKIMLINE = {
    "input": "dev21/skimline.jsonl#sk-20380614-1220", "story": SID, "event": EV,
    "publisher": "Skimline", "published": "2038-06-14T12:20:00+02:00",
    "language": "en", "authors": ["Noor Castell"], "sensational": False,
    "blocks": [
        H("Runner dies in heat at Saldarian city marathon"),
        P(S("One runner died at Sunday's marathon in Ardelsund, where temperatures reached 33 degrees Celsius.",
            claims=[Q("One runner", 1, "person", "killed", subject=RACE, group="ar-dead", time=SUN),
                    Q("33 degrees Celsius", 33, "degree", None, subject="heat at the ardelsund marathon", group="ar-heat", time=SUN)]),
          S("The 38-year-old collapsed about 2 km (1.2 miles) from the finish.",
            claims=[Q("about 2 km", 2, "kilometre", "distance", "about", subject="distance from the finish where the runner collapsed", group="ar-collapse", time=SUN),
                    Q("1.2 miles", 1.2, "mile", "distance", "about", subject="distance from the finish where the runner collapsed", group="ar-collapse", time=SUN)]),
          S("Paramedics treated 85 of the more than 9,000 runners and took 12 to hospital, the ambulance service said.",
            claims=[Q("85", 85, "person", "wounded", subject=RACE, source="ambulance service", group="ar-treated", time=SUN),
                    Q("the more than 9,000 runners", 9000, "person", "size", "more-than", subject="starters of the ardelsund marathon", group="ar-starters", time=SUN),
                    Q("12", 12, "person", "wounded", subject=RACE, source="ambulance service", group="ar-hospital", time=SUN)]),
          S("In all, it counted 86 casualties, the dead runner included.",
            claims=[Q("86 casualties", 86, "person", "killed or wounded", subject=RACE, source="ambulance service", group="ar-dead", time=SUN)])),
        P(S("The runners' association Tempo said water had run out at at least four of the 14 drinking stations and accused the organisers of ignoring a heat warning.",
            claims=[Q("at least four", 4, "station", None, "at-least", subject=DRY, source=TEMPO, group="ar-dry", time=SUN),
                    Q("the 14 drinking stations", 14, "station", "size", subject=STATIONS, group="ar-stations", time=None),
                    ST("accused the organisers of ignoring a heat warning", *IGNORED, "ar-ignored", source=TEMPO)]),
          S("The organisers rejected both charges, saying they had handed out 60,000 litres of water and added 40 paramedics.",
            claims=[ST("The organisers rejected both charges", *IGNORED, "ar-ignored", source=ORG, denial=True),
                    ST("The organisers rejected both charges", STATIONS, "denies", "water ran out at at least four drinking stations", "ar-dry", source=ORG, denial=True),
                    Q("60,000 litres", 60000, "litre", None, subject="water handed out at the ardelsund marathon", source=ORG, group="ar-water", time=SUN),
                    Q("40 paramedics", 40, "person", "deployed", subject="extra paramedics at the ardelsund marathon", source=ORG, group="ar-paramedics", time=SUN)])),
    ],
    "removed": ["Skimline uses cookies", "Jun 14, 2038 · 12:20", "36 comments", "Run your first 10K in 8 weeks",
                "Heat and endurance sport: 4 charts", "Why marathons start earlier in summer", "6 city races this weekend",
                "Skimline Sport (7 min)", "© 2038 Skimline"],
}

ARTICLES = [TB, BLARE, SKIMLINE]

REWRITES = []


def jsonl_item():
    return {"id": "sk-20380614-1220", "url": "https://skimline.example/sport/ardelsund-marathon-1220",
            "title": headline(SKIMLINE), "html": render_html(SKIMLINE, SK_SITE), "publisher": SKIMLINE["publisher"],
            "published": SKIMLINE["published"], "language": "en", "section": "Sport"}


def files():
    return {
        "ardelsund-tageblatt.html": (render_html(TB, TB_SITE), False),
        "ardelsund-blare.html": (render_html(BLARE, BLARE_SITE), False),
        "skimline.jsonl": (render_jsonl([dev21_veltrup.jsonl_item(), jsonl_item()]), False),
    }
