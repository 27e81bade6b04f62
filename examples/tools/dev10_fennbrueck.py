"""dev10 story 3: a gunman holds hostages in the Sparkasse branch in Fennbrück for more than seven
hours (2 Sept 2027).

The town paper's HTML page (same template as its page on the Karbenfeld look-alike), a tabloid that
miscounts the hostages and states an accomplice as fact without the police's denial, and an English
broadcaster's Atom entry (same feed and template as its Grauhofen entry). Invented by the Parallax
team: towns, bank, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_atom
import dev10_grauhofen

SID = "st-fennbrueck-hostage"
EV = "ev-fennbrueck-hostage"
STORY = {"id": SID, "label": "Hostage-taking at the Sparkasse in Fennbrück",
         "events": [{"id": EV, "label": "Gunman holds hostages in a Fennbrück bank branch until police storm it"}]}

POL = "police"
DAY = T("2027-09-02", "2027-09-02")
BANK = "sparkasse fennbrück"

GROUPS = [
    {"id": "fen-hostages", "story": SID, "status": "conflicting",
     "why": "Nine hostages according to the police (Stadtanzeiger, Northbridge) against twelve in the Knall-Post."},
    {"id": "fen-hostage-customers", "story": SID, "status": "single-source",
     "why": "Only the Stadtanzeiger splits the nine hostages: six customers."},
    {"id": "fen-hostage-staff", "story": SID, "status": "single-source",
     "why": "Only the Stadtanzeiger splits the nine hostages: three employees."},
    {"id": "fen-escaped", "story": SID, "status": "agreed",
     "why": "Stadtanzeiger and Northbridge: three employees escaped through a back door."},
    {"id": "fen-duration", "story": SID, "status": "agreed",
     "why": "More than seven hours (Stadtanzeiger, Northbridge) and seven hours (Knall-Post) state the same number."},
    {"id": "fen-ransom", "story": SID, "status": "agreed",
     "why": "1.5 million euros in all three articles (1,5 Millionen, €1.5 million, eineinhalb Millionen)."},
    {"id": "fen-police", "story": SID, "status": "compatible",
     "why": "About 250 officers (Stadtanzeiger) beside the looser 'more than 200' (Northbridge) and 'Hunderte' (Knall-Post)."},
    {"id": "fen-evacuated", "story": SID, "status": "agreed",
     "why": "Stadtanzeiger and Northbridge: about 180 residents evacuated."},
    {"id": "fen-injured", "story": SID, "status": "agreed",
     "why": "All three articles: two hostages slightly injured."},
    {"id": "fen-cordon", "story": SID, "status": "single-source",
     "why": "Only the Stadtanzeiger gives the 500-metre cordon."},
    {"id": "fen-accomplice", "story": SID, "status": "disputed",
     "why": "The Knall-Post says an accomplice escaped with the loot; the police deny there was a second offender (Stadtanzeiger, Northbridge); the Knall-Post omits the denial."},
    {"id": "fen-debts", "story": SID, "status": "single-source",
     "why": "Only the Knall-Post says the gunman was heavily in debt."},
    {"id": "fen-loot", "story": SID, "status": "single-source",
     "why": "Only the Knall-Post gives 80,000 euros of loot."},
    {"id": "fen-arrest", "story": SID, "status": "agreed",
     "why": "All three articles: special forces stormed the branch and arrested the gunman."},
]

# ------------------------------------------------------------------ Fennbrücker Stadtanzeiger (de, HTML; template shared with the Karbenfeld page)

STADT_SITE = {
    "nav": ["Fennbrück", "Karbenfeld", "Umland", "Polizeibericht", "Vereine", "Trauer", "Abo"],
    "cookie": "Diese Seite nutzt Cookies. Sie können Ihre Auswahl jederzeit unter „Datenschutz-Einstellungen“ ändern.",
    "cookie_ok": "Alle Cookies erlauben",
    "by": "Von",
    "date_label": "02.09.2027 · 21:10 Uhr",
    "share": "Diesen Artikel teilen: WhatsApp · Facebook · E-Mail",
    "ad": "Anzeige: Möbelhaus Trettner – Herbst-Räumungsverkauf, bis zu 50 % auf Polstermöbel",
    "related_title": "Mehr aus Fennbrück",
    "related": ["Kirmes 2027: Das ist das Programm", "Neue Buslinie 12 fährt ab Oktober bis zum Gewerbepark",
                "Polizeibericht: Einbruch in Kiosk am Markt"],
    "footer": "© Fennbrücker Stadtanzeiger 2027 · Impressum · Datenschutz-Einstellungen · Kontakt",
    "inline": '<div class="teaser"><span>Mehr zum Thema</span> <a href="/polizeibericht/chronik-geiselnahmen">Chronik: Geiselnahmen in der Region</a></div>',
    "inline_at": 3,
    "after": '<table class="factbox"><tr><th>Details</th><td></td><td></td></tr></table>\n'
             '<p class="tags">Themen: Geiselnahme · Polizei · Sparkasse · Innenstadt</p>',
}

STADT = {
    "input": "dev10/fennbrueck-stadtanzeiger.html", "story": SID, "event": EV,
    "publisher": "Fennbrücker Stadtanzeiger", "published": "2027-09-02T21:10:00+02:00",
    "language": "de", "authors": ["Corinna Velte"], "sensational": False,
    "blocks": [
        H("Geiselnahme in Sparkassen-Filiale nach mehr als sieben Stunden beendet",
          claims=[Q("mehr als sieben Stunden", 7, "hour", "duration", "more-than", subject="hostage-taking", group="fen-duration", time=DAY)]),
        P(S("Nach mehr als sieben Stunden hat ein Spezialeinsatzkommando der Polizei am Donnerstag die Geiselnahme in der Sparkasse am Fennbrücker Marktplatz Nr. 4 beendet.",
            claims=[Q("mehr als sieben Stunden", 7, "hour", "duration", "more-than", subject="hostage-taking", group="fen-duration", time=DAY)]),
          S("Die Beamten stürmten die Filiale um 16.40 Uhr und nahmen den Geiselnehmer, einen 43 Jahre alten Mann aus dem Umland, fest.",
            claims=[ST("Die Beamten stürmten die Filiale um 16.40 Uhr und nahmen den Geiselnehmer", POL, "arrested", "hostage-taker", "fen-arrest")]),
          S("Er wurde dabei leicht verletzt.")),
        P(S("Der Mann hatte die Filiale gegen 9.15 Uhr mit einer Pistole betreten und neun Menschen in seine Gewalt gebracht, sechs Kunden und drei Beschäftigte.",
            claims=[Q("neun Menschen in seine Gewalt gebracht", 9, "person", None, subject=BANK, source=POL, group="fen-hostages", time=DAY),
                    Q("sechs Kunden", 6, "person", None, subject=BANK, source=POL, group="fen-hostage-customers", time=DAY),
                    Q("drei Beschäftigte", 3, "worker", None, subject=BANK, source=POL, group="fen-hostage-staff", time=DAY)]),
          S("Drei weiteren Angestellten gelang kurz nach Beginn die Flucht durch einen Hinterausgang.",
            claims=[Q("Drei weiteren Angestellten gelang kurz nach Beginn die Flucht", 3, "worker", None, subject=BANK, source=POL, group="fen-escaped", time=DAY)]),
          S("Das alles schilderte Polizeisprecher Mirko Hasselbach am Abend.")),
        P(S("Der Täter forderte nach Angaben der Polizei 1,5 Millionen Euro und ein Fluchtfahrzeug.",
            claims=[Q("1,5 Millionen Euro", 1500000, "eur", None, subject="hostage-taker", source=POL, group="fen-ransom", time=DAY)]),
          S("Zwei Geiseln erlitten leichte Verletzungen, sie wurden ambulant behandelt.",
            claims=[Q("Zwei Geiseln erlitten leichte Verletzungen", 2, "person", "wounded", subject=BANK, source=POL, group="fen-injured", time=DAY)])),
        P(S("Rund 250 Polizistinnen und Polizisten waren im Einsatz.",
            claims=[Q("Rund 250 Polizistinnen und Polizisten", 250, "person", "deployed", "about", subject="hostage-taking", group="fen-police", time=DAY)]),
          S("Nach der Evakuierung von rund 180 Anwohnern wurde die Innenstadt im Umkreis von 500 Metern abgeriegelt.",
            claims=[Q("rund 180 Anwohnern", 180, "person", "evacuated", "about", subject="fennbrück", group="fen-evacuated", time=DAY),
                    Q("im Umkreis von 500 Metern", 500, "metre", "distance", subject="fennbrück", group="fen-cordon", time=DAY)])),
        H("Die Geiselnahme in Zahlen"),
        LI(S("Geiseln: 9",
             claims=[Q("Geiseln: 9", 9, "person", None, subject=BANK, group="fen-hostages", time=DAY)])),
        LI(S("Dauer: gut 7 Stunden",
             claims=[Q("gut 7 Stunden", 7, "hour", "duration", "more-than", subject="hostage-taking", group="fen-duration", time=DAY)])),
        LI(S("Einsatzkräfte der Polizei: ca. 250",
             claims=[Q("Einsatzkräfte der Polizei: ca. 250", 250, "person", "deployed", "about", subject="hostage-taking", group="fen-police", time=DAY)])),
        P(S("Gerüchte in sozialen Netzwerken, ein zweiter Täter sei mit Geld entkommen, wies die Polizei zurück.",
            claims=[ST("wies die Polizei zurück", "second offender", "escaped with money", "fennbrück bank", "fen-accomplice", source=POL, denial=True)]),
          S("„Es gab zu keinem Zeitpunkt einen Komplizen“, sagte Hasselbach.", "quote",
            claims=[ST("Es gab zu keinem Zeitpunkt einen Komplizen", "second offender", "escaped with money", "fennbrück bank", "fen-accomplice",
                       source="mirko hasselbach", denial=True)])),
    ],
    "removed": ["Diese Seite nutzt Cookies", "Alle Cookies erlauben", "02.09.2027 · 21:10 Uhr", "Polizeibericht", "Vereine",
                "Diesen Artikel teilen", "Möbelhaus Trettner", "Kirmes 2027: Das ist das Programm", "Neue Buslinie 12",
                "Einbruch in Kiosk am Markt", "© Fennbrücker Stadtanzeiger 2027", "Chronik: Geiselnahmen in der Region",
                "Details", "Themen: Geiselnahme · Polizei · Sparkasse · Innenstadt"],
}

# ------------------------------------------------------------------ Knall-Post (de tabloid, dateline block)

KNALL = {
    "input": "dev10/fennbrueck-knallpost.txt", "story": SID, "event": EV,
    "publisher": "KNALL-POST", "published": "2027-09-03T05:30:00+02:00",
    "language": "de", "authors": ["Rico Stammberger"], "sensational": True,
    "pre": ["KNALL-POST", "03.09.2027 · 05:30 Uhr", "Von Rico Stammberger"],
    "blocks": [
        H("12 Geiseln! Sieben Stunden Todesangst in der Sparkasse",
          claims=[Q("12 Geiseln", 12, "person", None, subject=BANK, group="fen-hostages", time=DAY),
                  Q("Sieben Stunden", 7, "hour", "duration", subject="hostage-taking", group="fen-duration", time=DAY)],
          loaded=[L("Todesangst", "alarmist")]),
        P(S("Es waren Horror-Stunden mitten in Fennbrück!", "opinion",
            loaded=[L("Horror-Stunden", "alarmist")]),
          S("Ein schwer bewaffneter Geisel-Gangster hielt am Donnerstag zwölf Menschen in der Sparkasse am Marktplatz fest.",
            claims=[Q("zwölf Menschen", 12, "person", None, subject=BANK, group="fen-hostages", time=DAY)],
            loaded=[L("Geisel-Gangster", "demonising")]),
          S("Seine Forderung: eineinhalb Millionen Euro Lösegeld und ein vollgetanktes Auto.",
            claims=[Q("eineinhalb Millionen Euro Lösegeld", 1500000, "eur", None, subject="hostage-taker", group="fen-ransom", time=DAY)])),
        P(S("Hunderte Polizisten riegelten die Innenstadt ab.",
            claims=[Q("Hunderte Polizisten", 200, "person", "deployed", "at-least", subject="hostage-taking", group="fen-police", time=DAY)]),
          S("Um 16.40 Uhr schlugen dann die Helden vom SEK zu und überwältigten den Täter.",
            claims=[ST("schlugen dann die Helden vom SEK zu und überwältigten den Täter", POL, "arrested", "hostage-taker", "fen-arrest")],
            loaded=[L("Helden vom SEK", "glorifying")]),
          S("Zwei Geiseln wurden verletzt.",
            claims=[Q("Zwei Geiseln wurden verletzt", 2, "person", "wounded", subject=BANK, group="fen-injured", time=DAY)])),
        P(S("„Ich dachte, das ist mein letzter Tag“, sagt Kundin Elfriede K. (71) der KNALL-POST.", "quote")),
        P(S("Nach KNALL-POST-Informationen soll ein Komplize mit rund 80.000 Euro Beute durch den Hinterhof entkommen sein.",
            claims=[ST("soll ein Komplize mit rund 80.000 Euro Beute durch den Hinterhof entkommen sein", "second offender", "escaped with money",
                       "fennbrück bank", "fen-accomplice", source="knall-post", hedged=True),
                    Q("rund 80.000 Euro Beute", 80000, "eur", None, "about", subject="second offender", source="knall-post", hedged=True,
                      group="fen-loot", time=DAY)]),
          S("Der Täter (43), früher Ersatztorwart eines Clubs der 2. Bundesliga, soll hoch verschuldet gewesen sein.",
            claims=[ST("soll hoch verschuldet gewesen sein", "hostage-taker", "was in debt", "debts", "fen-debts", hedged=True)]),
          S("Die Fahndung nach ihm läuft.",
            claims=[ST("Die Fahndung nach ihm läuft", "second offender", "escaped with money", "fennbrück bank", "fen-accomplice")])),
        P(S("Warum durfte so ein Typ überhaupt eine Waffe besitzen?", "opinion"),
          S("Die KNALL-POST meint: Wer Unschuldige als Schutzschild missbraucht, muss die volle Härte des Gesetzes spüren!", "opinion",
            loaded=[L("volle Härte des Gesetzes", "alarmist")])),
    ],
    "post": ["Mehr zum Thema:",
             "- Die KNALL-POST-Chronik: Die spektakulärsten Banküberfälle",
             "- Gewinnspiel: Jetzt mitmachen und 10.000 Euro gewinnen",
             "",
             "#Geiselnahme #Fennbrück #SEK",
             "",
             "KNALL-POST App: Eilmeldungen sofort aufs Handy!"],
    "removed": ["03.09.2027 · 05:30 Uhr", "Von Rico Stammberger", "Mehr zum Thema:", "Die spektakulärsten Banküberfälle",
                "Jetzt mitmachen und 10.000 Euro gewinnen", "#Geiselnahme #Fennbrück #SEK", "Eilmeldungen sofort aufs Handy"],
}

# ------------------------------------------------------------------ Northbridge Broadcasting (en, Atom entry)

NORTHBRIDGE = {
    "input": "dev10/northbridge.atom#tag:northbridge.example,2027:news/fennbrueck-siege-6034", "story": SID, "event": EV,
    "publisher": "Northbridge Broadcasting", "published": "2027-09-02T22:00:00+01:00",
    "language": "en", "authors": ["Tom Achterberg"], "sensational": False,
    "blocks": [
        H("Police end bank siege in Fennbrück after more than seven hours",
          claims=[Q("more than seven hours", 7, "hour", "duration", "more-than", subject="hostage-taking", group="fen-duration", time=DAY)]),
        P(S("Special forces stormed a savings bank branch in the town of Fennbrück on Thursday afternoon, ending a hostage-taking that had lasted more than seven hours.",
            claims=[Q("more than seven hours", 7, "hour", "duration", "more-than", subject="hostage-taking", group="fen-duration", time=DAY)]),
          S("The gunman, a 43-year-old man, was arrested.",
            claims=[ST("The gunman, a 43-year-old man, was arrested", POL, "arrested", "hostage-taker", "fen-arrest")]),
          S("He had held nine people at gunpoint and demanded €1.5 million and a getaway car, police told reporters.",
            claims=[Q("He had held nine people at gunpoint", 9, "person", None, subject=BANK, source=POL, group="fen-hostages", time=DAY),
                    Q("€1.5 million", 1500000, "eur", None, subject="hostage-taker", source=POL, group="fen-ransom", time=DAY)])),
        P(S("Three bank employees had escaped through a back door shortly after the man walked in at 9.15 a.m.",
            claims=[Q("Three bank employees had escaped", 3, "worker", None, subject=BANK, group="fen-escaped", time=DAY)]),
          S("“He was talking to our negotiators until the very end,” said Lt. Col. Anke Dorsch, who led the state police's special operations unit.", "quote"),
          S("Two hostages suffered minor injuries.",
            claims=[Q("Two hostages suffered minor injuries", 2, "person", "wounded", subject=BANK, group="fen-injured", time=DAY)])),
        P(S("More than 200 officers were involved in the operation, and about 180 residents were evacuated from neighbouring buildings.",
            claims=[Q("More than 200 officers", 200, "person", "deployed", "more-than", subject="hostage-taking", group="fen-police", time=DAY),
                    Q("about 180 residents were evacuated", 180, "person", "evacuated", "about", subject="fennbrück", group="fen-evacuated", time=DAY)]),
          S("Police dismissed online reports of an accomplice who had allegedly fled with cash.",
            claims=[ST("Police dismissed online reports of an accomplice who had allegedly fled with cash", "second offender", "escaped with money",
                       "fennbrück bank", "fen-accomplice", source=POL, denial=True)])),
    ],
    "extra": "<p>Read more: <a href=\"https://northbridge.example/news/bank-security\">Are small bank branches safe enough?</a></p>",
    "removed": ["Read more:", "Are small bank branches safe enough?"],
}

ARTICLES = [STADT, KNALL, NORTHBRIDGE]

REWRITES = []

FEED = {"title": "Northbridge Broadcasting – Europe", "link": "https://northbridge.example/news/europe",
        "id": "tag:northbridge.example,2027:feed/europe", "updated": "2027-09-02T22:00:00+01:00", "language": "en"}


def files():
    """Input files of this story, and the Northbridge feed with its Fennbrück and Grauhofen entries."""
    g = dev10_grauhofen.NORTHBRIDGE
    return {
        "northbridge.atom": (render_atom(FEED, [
            (NORTHBRIDGE, "tag:northbridge.example,2027:news/fennbrueck-siege-6034",
             "https://northbridge.example/news/fennbrueck-siege-6034", NORTHBRIDGE["extra"]),
            (g, "tag:northbridge.example,2027:news/grauhofen-heat-5120",
             "https://northbridge.example/news/grauhofen-heat-5120", g["extra"]),
        ]), False),
        "fennbrueck-stadtanzeiger.html": (render_html(STADT, STADT_SITE), False),
        "fennbrueck-knallpost.txt": (render_txt(KNALL), False),
    }
