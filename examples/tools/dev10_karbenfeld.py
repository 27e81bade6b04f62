"""dev10 story 4, the look-alike: a man takes four hostages in the Sparkasse branch in Karbenfeld
(17 March 2027) and gives himself up after three hours.

The Fennbrücker Stadtanzeiger's page (same template as its Fennbrück page) and a Granite Wire report
(same template as its Tessenau report). Not the same event as the Fennbrück siege six months later.
Invented by the Parallax team: town, bank, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html
import dev10_fennbrueck

SID = "st-karbenfeld-hostage"
EV = "ev-karbenfeld-hostage"
STORY = {"id": SID, "label": "Hostage-taking at the Sparkasse in Karbenfeld",
         "events": [{"id": EV, "label": "Man holds four hostages in a Karbenfeld bank branch and surrenders"}]}

POL = "police"
DAY = T("2027-03-17", "2027-03-17")
BANK = "sparkasse karbenfeld"

GROUPS = [
    {"id": "kar-hostages", "story": SID, "status": "agreed",
     "why": "Stadtanzeiger and Granite Wire: four hostages."},
    {"id": "kar-duration", "story": SID, "status": "agreed",
     "why": "Stadtanzeiger (knapp drei Stunden) and Granite Wire (nearly three hours)."},
    {"id": "kar-police", "story": SID, "status": "compatible",
     "why": "About 120 officers (Stadtanzeiger) beside Granite Wire's looser 'more than 100'."},
    {"id": "kar-surrender", "story": SID, "status": "agreed",
     "why": "Both: the man gave himself up and was arrested."},
    {"id": "kar-motive", "story": SID, "status": "single-source",
     "why": "Only the Stadtanzeiger says the man presumably had gambling debts."},
    {"id": "kar-cash", "story": SID, "status": "single-source",
     "why": "Only Granite Wire gives the 20,000 euros he demanded."},
]

SITE = dict(dev10_fennbrueck.STADT_SITE)
SITE.update({
    "date_label": "17.03.2027 · 15:40 Uhr",
    "related": ["Karbenfelder Ostermarkt fällt aus", "Polizeibericht: Unfall auf der B 17 bei Wessing"],
    "inline": '<div class="teaser"><span>Lesen Sie auch</span> <a href="/karbenfeld/sparkasse-sicherheit">Wie sicher sind unsere Bankfilialen?</a></div>',
    "inline_at": 2,
    "after": '<p class="tags">Themen: Geiselnahme · Karbenfeld · Polizei</p>',
})

STADT = {
    "input": "dev10/karbenfeld-stadtanzeiger.html", "story": SID, "event": EV,
    "publisher": "Fennbrücker Stadtanzeiger", "published": "2027-03-17T15:40:00+01:00",
    "language": "de", "authors": ["Corinna Velte"], "sensational": False,
    "blocks": [
        H("Geiselnahme in Karbenfelder Sparkasse: Täter gibt nach knapp drei Stunden auf",
          claims=[Q("knapp drei Stunden", 3, "hour", "duration", "about", subject="hostage-taking", group="kar-duration", time=DAY),
                  ST("Täter gibt nach knapp drei Stunden auf", "hostage-taker", "surrendered", "police", "kar-surrender")]),
        P(S("Ein Mann hat am Mittwochvormittag in der Sparkasse in der Karbenfelder Bahnhofstraße vier Menschen als Geiseln genommen.",
            claims=[Q("vier Menschen als Geiseln genommen", 4, "person", None, subject=BANK, group="kar-hostages", time=DAY)]),
          S("Nach knapp drei Stunden ließ er alle Geiseln unverletzt frei und stellte sich der Polizei.",
            claims=[Q("knapp drei Stunden", 3, "hour", "duration", "about", subject="hostage-taking", group="kar-duration", time=DAY),
                    ST("stellte sich der Polizei", "hostage-taker", "surrendered", "police", "kar-surrender")])),
        P(S("Ca. 120 Beamte waren nach Angaben eines Polizeisprechers im Einsatz, die Bahnhofstraße blieb bis zum Nachmittag gesperrt.",
            claims=[Q("Ca. 120 Beamte", 120, "person", "deployed", "about", subject="hostage-taking", source=POL, group="kar-police", time=DAY)]),
          S("Der 29-Jährige hatte mutmaßlich hohe Spielschulden.",
            claims=[ST("Der 29-Jährige hatte mutmaßlich hohe Spielschulden", "hostage-taker", "was in debt", "gambling debts", "kar-motive", hedged=True)]),
          S("Die Filiale bleibt bis auf Weiteres geschlossen.")),
    ],
    "removed": ["Diese Seite nutzt Cookies", "17.03.2027 · 15:40 Uhr", "Karbenfelder Ostermarkt fällt aus", "Unfall auf der B 17 bei Wessing",
                "Wie sicher sind unsere Bankfilialen?", "Themen: Geiselnahme · Karbenfeld · Polizei", "Möbelhaus Trettner"],
}

GRANITE = {
    "input": "dev10/karbenfeld-granite.txt", "story": SID, "event": EV,
    "publisher": "Granite Wire", "published": "2027-03-17T17:05:00+01:00",
    "language": "en", "authors": ["Owen Marsh"], "sensational": False,
    "pre": ["GRANITE WIRE", "March 17, 2027 5:05 PM CET", "By Owen Marsh"],
    "blocks": [
        H("Gunman frees four hostages, surrenders at Karbenfeld bank",
          claims=[Q("frees four hostages", 4, "person", None, subject=BANK, group="kar-hostages", time=DAY),
                  ST("surrenders at Karbenfeld bank", "hostage-taker", "surrendered", "police", "kar-surrender")]),
        P(S("A man who took four people hostage at a savings bank in Karbenfeld on Wednesday released them unharmed and gave himself up after nearly three hours, police said.",
            claims=[Q("took four people hostage", 4, "person", None, subject=BANK, source=POL, group="kar-hostages", time=DAY),
                    Q("nearly three hours", 3, "hour", "duration", "about", subject="hostage-taking", source=POL, group="kar-duration", time=DAY),
                    ST("gave himself up", "hostage-taker", "surrendered", "police", "kar-surrender", source=POL)]),
          S("The 29-year-old had demanded €20,000 in cash, according to a police spokesman.",
            claims=[Q("€20,000 in cash", 20000, "eur", None, subject="hostage-taker", source=POL, group="kar-cash", time=DAY)])),
        P(S("More than 100 officers sealed off the town centre during the standoff.",
            claims=[Q("More than 100 officers", 100, "person", "deployed", "more-than", subject="hostage-taking", group="kar-police", time=DAY)]),
          S("No one was hurt.")),
    ],
    "post": ["(Editing by Priya Lund)",
             "",
             "Our Standards: The Granite Wire Trust Principles."],
    "removed": ["GRANITE WIRE", "March 17, 2027 5:05 PM CET", "By Owen Marsh", "Editing by Priya Lund", "Our Standards: The Granite Wire Trust Principles."],
}

ARTICLES = [STADT, GRANITE]

REWRITES = []


def files():
    return {
        "karbenfeld-stadtanzeiger.html": (render_html(STADT, SITE), False),
        "karbenfeld-granite.txt": (render_txt(GRANITE), False),
    }
