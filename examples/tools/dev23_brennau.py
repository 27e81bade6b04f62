"""dev23 story 4: on Sunday evening, 7 July 2040, a hot-air balloon with eleven people aboard lands hard in a maize field
near Brennau (Tolvanien) after about 12 km in gusts of up to 40 km/h; the pilot, 61, dies and six passengers are hurt;
prosecutors open an investigation. No charge, no denial.

A German local paper (HTML), an English wire (Meridian Wire; a DE–EN pair in own words, km/h and mph, km and miles) and an
English-language paper of Tolvania (HTML) that gives a combined "killed or injured" figure. Invented by the Parallax team:
country, town, operator, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html

SID = "st-brennau-balloon"
EV = "ev-brennau-landing"
STORY = {"id": SID, "label": "Hot-air balloon lands hard near Brennau, Tolvanien; pilot dead",
         "events": [{"id": EV, "label": "A balloon with eleven aboard lands hard in a field; one dead, six hurt (7 July 2040)"}]}

EVENT = "brennau balloon crash"
SUN = T("2040-07-07", "2040-07-07")
PROBE = ("prosecutors", "investigated", "the brennau balloon crash")

GROUPS = [
    {"id": "bl-killed", "story": SID, "status": "compatible",
     "why": "One dead, the pilot (Bote, Meridian), beside Tolvania Today's seven killed or injured: a combined measure of another measure."},
    {"id": "bl-injured", "story": SID, "status": "agreed", "why": "Six passengers injured (Bote, Meridian)."},
    {"id": "bl-aboard", "story": SID, "status": "agreed", "why": "Eleven people aboard (Bote, Meridian, Tolvania Today)."},
    {"id": "bl-wind", "story": SID, "status": "agreed", "why": "Gusts of up to 40 km/h (Bote, Meridian with 25 mph)."},
    {"id": "bl-flight", "story": SID, "status": "agreed", "why": "A flight of about 12 km (Bote, Meridian with 7.5 miles)."},
    {"id": "bl-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate (Bote, Meridian)."},
    {"id": "bl-hours", "story": SID, "status": "single-source", "why": "Only Tolvania Today: the pilot's 2,000 hours of flying."},
]

# ------------------------------------------------------------------ Brennauer Bote (de local paper, HTML; Monday)

BOTE_SITE = {
    "nav": ["Lokales", "Brennau", "Umland", "Polizeibericht", "Sport", "Service"],
    "cookie": "Diese Seite nutzt Cookies. Details finden Sie in unserer Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "Montag, 8. Juli 2040",
    "share": "Teilen · 19 Kommentare",
    "ad": "Autohaus Lenz: 0 Prozent Finanzierung bis Ende Juli",
    "related_title": "Weitere Meldungen",
    "related": ["Brennauer Ballonfest: 12 Ballone am Start", "Sommerferien: 6 Tipps für die Region", "Feuerwehr übt an der B 17"],
    "footer": "© 2040 Brennauer Bote · Impressum",
    "inline": '<div class="teaser">Lesen Sie auch: Wie sicher ist Ballonfahren?</div>',
    "inline_at": 1,
}

BOTE = {
    "input": "dev23/brennau-bote.html", "story": SID, "event": EV,
    "publisher": "Brennauer Bote", "published": "2040-07-08T06:00:00+02:00",
    "language": "de", "authors": ["Ute Sandrock"], "sensational": False,
    "blocks": [
        H("Ballon landet hart bei Brennau: Pilot tot, sechs Verletzte",
          claims=[Q("sechs Verletzte", 6, "person", "wounded", subject=EVENT, group="bl-injured", time=SUN)]),
        P(S("Ein Heißluftballon mit elf Menschen an Bord ist am Sonntagabend bei Brennau hart auf einem Maisfeld aufgeschlagen.",
            claims=[Q("elf Menschen", 11, "person", None, subject=EVENT, group="bl-aboard", time=SUN)]),
          S("Ein Mensch kam ums Leben: der 61 Jahre alte Pilot.",
            claims=[Q("Ein Mensch", 1, "person", "killed", subject=EVENT, group="bl-killed", time=SUN)]),
          S("Sechs Fahrgäste wurden nach Polizeiangaben verletzt.",
            claims=[Q("Sechs Fahrgäste", 6, "person", "wounded", subject=EVENT, source="police", group="bl-injured", time=SUN)])),
        P(S("Der Ballon war rund zwölf Kilometer weit gefahren.",
            claims=[Q("rund zwölf Kilometer", 12, "kilometre", "distance", "about", subject="flight of the brennau balloon", group="bl-flight", time=SUN)]),
          S("Böen hätten bis zu 40 Kilometer pro Stunde erreicht, sagte ein Sprecher des Wetterdienstes.",
            claims=[Q("bis zu 40 Kilometer pro Stunde", 40, "kilometre per hour", None, "up-to", subject="gusts at brennau", source="weather service", hedged=True, group="bl-wind", time=SUN)]),
          S("Die Staatsanwaltschaft hat Ermittlungen aufgenommen.",
            claims=[ST("Die Staatsanwaltschaft hat Ermittlungen aufgenommen", *PROBE, "bl-probe")])),
        P(S("Ballonfahren bleibt ein schönes Erlebnis, aber eines, das Respekt vor dem Wetter verlangt.", "opinion")),
    ],
    "removed": ["Diese Seite nutzt Cookies", "Montag, 8. Juli 2040", "19 Kommentare", "0 Prozent Finanzierung",
                "12 Ballone am Start", "6 Tipps für die Region", "Feuerwehr übt an der B 17", "Wie sicher ist Ballonfahren?",
                "© 2040 Brennauer Bote"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Sunday night; pair with the Bote)

MW = {
    "input": "dev23/brennau-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2040-07-07T23:30:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["MERIDIAN WIRE", "July 7, 2040 · 21:30 GMT"],
    "blocks": [
        H("Pilot killed, six hurt as balloon crash-lands in Tolvania",
          claims=[Q("six", 6, "person", "wounded", subject=EVENT, group="bl-injured", time=SUN)]),
        P(S("BRENNAU, Tolvania – One person was killed and six were injured when a hot-air balloon carrying 11 people crash-landed in a field near Brennau on Sunday evening, police said.",
            claims=[Q("One person", 1, "person", "killed", subject=EVENT, source="police", group="bl-killed", time=SUN),
                    Q("six", 6, "person", "wounded", subject=EVENT, source="police", group="bl-injured", time=SUN),
                    Q("11 people", 11, "person", None, subject=EVENT, group="bl-aboard", time=SUN)]),
          S("The dead man was the pilot.")),
        P(S("The balloon had travelled about 12 km (7.5 miles) in gusts of up to 40 km/h (25 mph), the weather service said.",
            claims=[Q("about 12 km", 12, "kilometre", "distance", "about", subject="flight of the brennau balloon", group="bl-flight", time=SUN),
                    Q("7.5 miles", 7.5, "mile", "distance", subject="flight of the brennau balloon", group="bl-flight", time=SUN),
                    Q("up to 40 km/h", 40, "kilometre per hour", None, "up-to", subject="gusts at brennau", source="weather service", group="bl-wind", time=SUN),
                    Q("25 mph", 25, "mile per hour", None, subject="gusts at brennau", source="weather service", group="bl-wind", time=SUN)]),
          S("Prosecutors have opened an investigation.",
            claims=[ST("Prosecutors have opened an investigation", *PROBE, "bl-probe")])),
    ],
    "post": ["© 2040 Meridian Wire"],
    "removed": ["July 7, 2040 · 21:30 GMT", "© 2040 Meridian Wire"],
}

# ------------------------------------------------------------------ Tolvania Today (en paper, HTML; Monday)

TT_SITE = {
    "nav": ["Home", "Tolvania", "Business", "Culture", "Travel"],
    "cookie": "We use cookies for analytics and ads. You can opt out in Settings.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "8 July 2040",
    "share": "Share · 6 comments",
    "ad": "Learn Tolvanian in 30 days",
    "related_title": "Related",
    "related": ["Balloon festival draws 12,000", "5 day trips from the capital"],
    "footer": "© 2040 Tolvania Today",
    "inline": '<div class="teaser">Read next: Weather warning for the weekend</div>',
    "inline_at": 1,
}

TT = {
    "input": "dev23/brennau-today.html", "story": SID, "event": EV,
    "publisher": "Tolvania Today", "published": "2040-07-08T09:20:00+02:00",
    "language": "en", "authors": ["Mikael Ferro"], "sensational": False,
    "blocks": [
        H("Questions after deadly balloon landing near Brennau"),
        P(S("Seven of the 11 people aboard a hot-air balloon that came down near Brennau on Sunday were killed or injured.",
            claims=[Q("Seven", 7, "person", "killed or wounded", subject=EVENT, group="bl-killed", time=SUN),
                    Q("11 people", 11, "person", None, subject=EVENT, group="bl-aboard", time=SUN)]),
          S("The operator, Himmelsfahrt Brennau, said the pilot had more than 2,000 hours of flying experience.",
            claims=[Q("more than 2,000 hours", 2000, "hour", None, "more-than", subject="flying experience of the brennau balloon pilot", source="himmelsfahrt brennau", group="bl-hours", time=None)])),
        P(S("Why did the flight go ahead when gusts had been forecast?", "opinion"),
          S("That is what the families will want to know.", "opinion")),
    ],
    "removed": ["We use cookies for analytics", "8 July 2040", "6 comments", "Learn Tolvanian in 30 days",
                "Balloon festival draws 12,000", "5 day trips", "Weather warning for the weekend", "© 2040 Tolvania Today"],
}

ARTICLES = [BOTE, MW, TT]

REWRITES = []


def files():
    return {
        "brennau-bote.html": (render_html(BOTE, BOTE_SITE), False),
        "brennau-meridian.txt": (render_txt(MW), False),
        "brennau-today.html": (render_html(TT, TT_SITE), False),
    }
