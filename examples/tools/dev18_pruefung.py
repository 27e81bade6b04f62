"""dev18 story 4: the papers of Lenvarien's national maths exam appear on a messaging channel in the night to Tuesday,
17 May 2033; the education ministry cancels the exam for about 58,000 pupils at 412 schools and sets a resit for 7 June. The
teachers' union LLV says the ministry ignored a February warning about unlocked storerooms at the private printer Druckhaus
Selbig; the ministry denies ever receiving one. On Friday the police arrest a printer's employee who reportedly sold the
papers for 800 euros.

An English broadcaster's Atom entry on Tuesday evening, its rewrite by an English aggregator (JSON Lines item with `text`;
the file is written by the outage module), a German agency report on Wednesday (hearsay with "soll … haben", a source
named by the sentence after), a German left-wing blog (RSS) on Wednesday evening that states the charge as fact, omits the
denial and counts "fast 70.000" pupils, and an English wire report on Friday with the arrest, a later download count and
a recalled leak of 2029. Invented by the Parallax team: country, ministry, union, printer, outlets, people and figures are
fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss, render_atom, headline, content_blocks

SID = "st-lenvarien-exam-leak"
EV = "ev-maths-exam-leak"
STORY = {"id": SID, "label": "Leaked national maths exam cancelled in Lenvarien",
         "events": [{"id": EV, "label": "The papers of the national maths exam leak online; the exam is cancelled and a printer's employee arrested (16–20 May 2033)"}]}

EXAM = "national maths exam of 17 may 2033"
MIN = "education ministry"
LLV = "llv"
TUE = T("2033-05-17", "2033-05-17")
FRI = T("2033-05-20", "2033-05-20")
CANCELLED = ("education ministry", "cancelled", EXAM)
IGNORED = ("education ministry", "ignored", "warning about unlocked storerooms at the exam printer")
PROBE = ("police", "investigated", "leak of the national maths exam")
ARREST = ("police", "arrested", "employee of the exam printer druckhaus selbig")

GROUPS = [
    {"id": "ex-cancelled", "story": SID, "status": "agreed",
     "why": "The education ministry cancelled the maths exam (Eastmoor, Newsloop, LNA, Roter Faden, Ashcombe)."},
    {"id": "ex-pupils", "story": SID, "status": "conflicting",
     "why": "About 58,000 pupils (Eastmoor, Newsloop, LNA, Ashcombe) against the blog's 'fast 70.000' on the same day as LNA: both cannot be true."},
    {"id": "ex-schools", "story": SID, "status": "agreed", "why": "412 schools (Eastmoor, Newsloop, LNA)."},
    {"id": "ex-lead-time", "story": SID, "status": "agreed", "why": "The tasks were online about eleven hours before the exam (Eastmoor, Newsloop, LNA)."},
    {"id": "ex-exam-length", "story": SID, "status": "agreed",
     "why": "A four-hour exam (Eastmoor) is the 240-minute exam (LNA): one measurement in two units."},
    {"id": "ex-downloads", "story": SID, "status": "compatible",
     "why": "More than 9,000 downloads by Tuesday evening (Eastmoor, Newsloop, LNA) and more than 15,000 by Friday (Ashcombe): an earlier and a later figure."},
    {"id": "ex-cost", "story": SID, "status": "agreed",
     "why": "About four million euros for the resit (Eastmoor with a dollar equivalent, LNA) and 4.2 million (Ashcombe) agree within the estimate."},
    {"id": "ex-ignored", "story": SID, "status": "disputed",
     "why": "The LLV says the ministry ignored a February warning about the printer (Eastmoor, Newsloop, LNA, Ashcombe); the blog states it as fact; the ministry denies receiving any warning (Eastmoor, Newsloop, LNA, Ashcombe); the blog omits the denial."},
    {"id": "ex-probe", "story": SID, "status": "agreed", "why": "The police investigate the leak (Eastmoor, LNA)."},
    {"id": "ex-bribe", "story": SID, "status": "compatible",
     "why": "The employee reportedly sold the papers for 800 euros (LNA, Ashcombe with a dollar equivalent); the blog's 'ein paar Hundert Euro' is a looser amount."},
    {"id": "ex-burden-share", "story": SID, "status": "single-source", "why": "Only LNA: two of three candidates feel burdened, by the pupils' council's poll."},
    {"id": "ex-austerity-years", "story": SID, "status": "single-source", "why": "Only the blog: ten years of cuts in education."},
    {"id": "ex-price-gap", "story": SID, "status": "single-source", "why": "Only the blog: the private printer was 30 percent cheaper."},
    {"id": "ex-arrest", "story": SID, "status": "single-source", "why": "Only Ashcombe: the police arrested a printer's employee."},
    {"id": "ex-suspended", "story": SID, "status": "single-source", "why": "Only Ashcombe: Druckhaus Selbig suspended the employee."},
    {"id": "ex-kirsland-2029", "story": SID, "status": "single-source", "why": "Only Ashcombe: a recalled leak in Kirsland in 2029 with 31,000 pupils resitting (another event)."},
]

# ------------------------------------------------------------------ Eastmoor Broadcasting (en broadcaster, Atom entry; Tuesday evening)

EASTMOOR = {
    "input": "dev18/eastmoor.atom#tag:eastmoor.example,2033:education/exam-leak-5512", "story": SID, "event": EV,
    "publisher": "Eastmoor Broadcasting", "published": "2033-05-17T19:00:00+02:00",
    "language": "en", "authors": ["Priya Ramsden"], "sensational": False,
    "blocks": [
        H("Lenvaria scraps national maths exam after papers leak online",
          claims=[ST("Lenvaria scraps national maths exam", *CANCELLED, "ex-cancelled")]),
        P(S("Lenvaria's education ministry called off Tuesday's national maths exam for about 58,000 final-year pupils hours before it was due to begin, after the papers surfaced on a messaging channel overnight.",
            claims=[ST("Lenvaria's education ministry called off Tuesday's national maths exam", *CANCELLED, "ex-cancelled"),
                    Q("about 58,000 final-year pupils", 58000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE)]),
          S("The tasks went online about 11 hours before the start of the four-hour exam, the ministry said.",
            claims=[Q("about 11 hours", 11, "hour", "duration", "about", subject="lead time of the leaked maths exam", source=MIN, group="ex-lead-time", time=TUE),
                    Q("four-hour", 4, "hour", "duration", subject="length of the national maths exam", source=MIN, group="ex-exam-length", time=None)])),
        P(S("By Tuesday evening the file had been downloaded more than 9,000 times.",
            claims=[Q("more than 9,000 times", 9000, None, None, "more-than", subject="downloads of the leaked maths exam", group="ex-downloads", time=TUE)]),
          S("Pupils at 412 schools will sit a new paper on June 7.",
            claims=[Q("412 schools", 412, None, None, subject="schools sitting the national maths exam", group="ex-schools", time=None)]),
          S("The ministry put the cost of the resit at about €4 million ($4.4 million).",
            claims=[Q("about €4 million", 4000000, "eur", "cost", "about", subject="cost of the maths exam resit", source=MIN, group="ex-cost", time=None),
                    Q("$4.4 million", 4400000, "usd", "cost", "about", subject="cost of the maths exam resit", source=MIN, group="ex-cost", time=None)])),
        P(S("The teachers' union LLV said the ministry had ignored a warning in February that storerooms at the private firm printing the papers were left unlocked.",
            claims=[ST("the ministry had ignored a warning in February that storerooms at the private firm printing the papers were left unlocked", *IGNORED, "ex-ignored", source=LLV)]),
          S("“Anyone could have walked in and taken a copy,” LLV chairman Rainer Voskuhl said.", "quote"),
          S("The ministry denied receiving any such warning.",
            claims=[ST("The ministry denied receiving any such warning", *IGNORED, "ex-ignored", source=MIN, denial=True)])),
        P(S("Police are investigating.",
            claims=[ST("Police are investigating", *PROBE, "ex-probe")]),
          S("Education minister Katrin Lohse apologised to pupils and their families.")),
    ],
    "extra": '<p class="watch">Watch: <a href="https://eastmoor.example/video/evening-news-0517">Evening News, 17 May (24 min)</a></p>',
    "removed": ["Watch:", "Evening News, 17 May (24 min)"],
}

# ------------------------------------------------------------------ Newsloop (en aggregator, JSON Lines item with text; rewrite of Eastmoor)

NEWSLOOP = {
    "input": "dev18/news.jsonl#nl-0517-2231", "story": SID, "event": EV,
    "publisher": "Newsloop", "published": "2033-05-17T20:10:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Maths exam cancelled in Lenvaria after leak",
          claims=[ST("Maths exam cancelled in Lenvaria", *CANCELLED, "ex-cancelled")]),
        P(S("Lenvaria has cancelled its national maths exam for some 58,000 pupils after the papers leaked on a messaging channel.",
            claims=[ST("Lenvaria has cancelled its national maths exam", *CANCELLED, "ex-cancelled"),
                    Q("some 58,000 pupils", 58000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE)]),
          S("They were online roughly 11 hours before the exam.",
            claims=[Q("roughly 11 hours", 11, "hour", "duration", "about", subject="lead time of the leaked maths exam", group="ex-lead-time", time=TUE)])),
        P(S("The file was downloaded more than 9,000 times.",
            claims=[Q("more than 9,000 times", 9000, None, None, "more-than", subject="downloads of the leaked maths exam", group="ex-downloads", time=TUE)]),
          S("A new paper will be sat at 412 schools on June 7.",
            claims=[Q("412 schools", 412, None, None, subject="schools sitting the national maths exam", group="ex-schools", time=None)])),
        P(S("Teachers' union LLV says the ministry ignored a warning about unlocked storerooms at the printer; the ministry denies having been warned.",
            claims=[ST("the ministry ignored a warning about unlocked storerooms at the printer", *IGNORED, "ex-ignored", source=LLV),
                    ST("the ministry denies having been warned", *IGNORED, "ex-ignored", source=MIN, denial=True)])),
        P(S("Minister Katrin Lohse apologised.")),
    ],
    "post": ["Source: Eastmoor Broadcasting", "Newsloop · 12 more stories in Education"],
    "removed": ["Source: Eastmoor Broadcasting", "12 more stories in Education"],
}

# ------------------------------------------------------------------ LNA (de agency report, dateline block; Wednesday)

LNA = {
    "input": "dev18/pruefung-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lenvarische Nachrichtenagentur", "published": "2033-05-18T10:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lenvarische Nachrichtenagentur", "Mittwoch, 18.05.2033, 10:30 Uhr", "Rubrik: Bildung"],
    "blocks": [
        H("Nach dem Leak der Matheprüfung: 58.000 Schüler schreiben am 7. Juni neu",
          claims=[Q("58.000 Schüler", 58000, "person", None, subject=EXAM, group="ex-pupils", time=TUE)]),
        P(S("Einen Tag nach der Absage der landesweiten Mathematikprüfung hat das Bildungsministerium den 7. Juni als Nachholtermin festgelegt.",
            claims=[ST("Absage der landesweiten Mathematikprüfung", *CANCELLED, "ex-cancelled")]),
          S("Rund 58.000 Schülerinnen und Schüler an 412 Schulen schreiben dann eine neue Arbeit.",
            claims=[Q("Rund 58.000 Schülerinnen und Schüler", 58000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE),
                    Q("412 Schulen", 412, None, None, subject="schools sitting the national maths exam", group="ex-schools", time=None)])),
        P(S("Die Aufgaben waren am Montagabend gegen 21 Uhr in einem Messengerkanal aufgetaucht, rund elf Stunden vor Beginn der 240-minütigen Prüfung.",
            claims=[Q("rund elf Stunden", 11, "hour", "duration", "about", subject="lead time of the leaked maths exam", group="ex-lead-time", time=TUE),
                    Q("240-minütigen", 240, "minute", "duration", subject="length of the national maths exam", group="ex-exam-length", time=None)]),
          S("Bis Dienstagabend wurde die Datei mehr als 9.000 Mal heruntergeladen.",
            claims=[Q("mehr als 9.000 Mal", 9000, None, None, "more-than", subject="downloads of the leaked maths exam", group="ex-downloads", time=TUE)])),
        P(S("Ein Mitarbeiter der beauftragten Druckerei soll die Aufgaben für 800 Euro weitergegeben haben.",
            claims=[Q("800 Euro", 800, "eur", "paid", subject="price paid for the leaked maths exam", source="lenvarischer kurier", hedged=True, group="ex-bribe", time=None)]),
          S("Das berichtet der „Lenvarische Kurier“ unter Berufung auf Ermittlerkreise."),
          S("Die Polizei ermittelt wegen der Verletzung von Dienstgeheimnissen.",
            claims=[ST("Die Polizei ermittelt wegen der Verletzung von Dienstgeheimnissen", *PROBE, "ex-probe")])),
        P(S("Der Lehrerverband LLV hält dem Ministerium vor, eine Warnung vor offenen Lagerräumen in der Druckerei ignoriert zu haben.",
            claims=[ST("hält dem Ministerium vor, eine Warnung vor offenen Lagerräumen in der Druckerei ignoriert zu haben", *IGNORED, "ex-ignored", source=LLV)]),
          S("Ein Schulleiter habe schon im Februar darauf hingewiesen, sagte LLV-Chef Rainer Voskuhl."),
          S("„Das ist ein Totalversagen der Behörde“, fügte Voskuhl hinzu.", "quote", loaded=[L("Totalversagen", "demonising", "reported")]),
          S("Das Ministerium erklärte, eine solche Warnung sei dort nie eingegangen.",
            claims=[ST("Das Ministerium erklärte, eine solche Warnung sei dort nie eingegangen", *IGNORED, "ex-ignored", source=MIN, denial=True)])),
        P(S("Die Kosten der Wiederholung schätzt das Ministerium auf rund vier Millionen Euro.",
            claims=[Q("rund vier Millionen Euro", 4000000, "eur", "cost", "about", subject="cost of the maths exam resit", source=MIN, group="ex-cost", time=None)]),
          S("Nach einer Blitzumfrage des Landesschülerrats fühlen sich zwei von drei Prüflingen durch die Verschiebung zusätzlich belastet.",
            claims=[Q("zwei von drei Prüflingen", 66.7, "percent", None, subject="candidates burdened by the resit", source="landesschülerrat", group="ex-burden-share", time=None)]),
          S("Bildungsministerin Katrin Lohse bat die Familien um Entschuldigung.")),
    ],
    "post": ["lna/bi/rk 181030 Mai 33", "", "Schlagworte: Bildung · Prüfungen · Lenvarien",
             "© LNA Lenvarische Nachrichtenagentur. Weiterverbreitung nur mit Genehmigung."],
    "removed": ["Mittwoch, 18.05.2033, 10:30 Uhr", "Rubrik: Bildung", "lna/bi/rk 181030 Mai 33",
                "Schlagworte: Bildung · Prüfungen · Lenvarien", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Roter Faden (de left-wing blog, RSS; Wednesday evening; omits the denial)

CHANNEL = {"title": "Roter Faden – Blog für soziale Gerechtigkeit", "link": "https://roter-faden.example/",
           "description": "Kommentare und Hintergründe von links", "language": "de"}

BLOG = {
    "input": "dev18/roterfaden.rss#rfd-2033-05-18-pruefung", "story": SID, "event": EV,
    "publisher": "Roter Faden", "published": "2033-05-18T21:00:00+02:00",
    "language": "de", "authors": ["Mira Feldkamp"], "sensational": True,
    "blocks": [
        H("Prüfungsdesaster mit Ansage: Der Sparkurs trifft fast 70.000 Schüler",
          claims=[Q("fast 70.000 Schüler", 70000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE)],
          loaded=[L("Prüfungsdesaster", "alarmist")]),
        P(S("Man muss es in aller Deutlichkeit sagen: Dieses Leak ist kein Unfall, sondern das Ergebnis von zehn Jahren neoliberalem Kahlschlag an unseren Schulen.", "opinion",
            claims=[Q("zehn Jahren", 10, "year", "duration", subject="cuts in lenvarian education", group="ex-austerity-years", time=None)],
            loaded=[L("neoliberalem Kahlschlag", "propaganda")]),
          S("Fast 70.000 Jugendliche bangen jetzt um ihren Abschluss, weil das Ministerium die Mathematikprüfung absagen musste.",
            claims=[Q("Fast 70.000 Jugendliche", 70000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE),
                    ST("weil das Ministerium die Mathematikprüfung absagen musste", *CANCELLED, "ex-cancelled")])),
        P(S("2030 vergab das Ministerium den Druck der Prüfungen an das private Druckhaus Selbig, weil es 30 Prozent billiger war als die Landesdruckerei.",
            claims=[Q("30 Prozent", 30, "percent", None, subject="price advantage of druckhaus selbig", group="ex-price-gap", time=None)]),
          S("Seit Februar wusste das Ministerium, dass die Lagerräume dort offen standen, und unternahm nichts.",
            claims=[ST("Seit Februar wusste das Ministerium, dass die Lagerräume dort offen standen, und unternahm nichts", *IGNORED, "ex-ignored")]),
          S("Ein Angestellter soll die Aufgaben für ein paar Hundert Euro verscherbelt haben.",
            claims=[Q("ein paar Hundert Euro", 200, "eur", "paid", "at-least", subject="price paid for the leaked maths exam", hedged=True, group="ex-bribe", time=None)])),
        P(S("Ministerin Lohse nennt das Ganze eine „Panne“.", loaded=[L("„Panne“", "euphemism", "distancing")]),
          S("Wer zahlt die Zeche?", "opinion"),
          S("Die Schülerinnen und Schüler, die Lehrkräfte und am Ende wir alle.", "opinion"),
          S("Die Profiteure der Privatisierung dagegen sitzen im Trockenen.", "opinion", loaded=[L("Profiteure", "demonising")])),
        P(S("Kommt am Samstag um 11 Uhr zur Kundgebung vor dem Bildungsministerium!", "opinion"),
          S("Bildung ist keine Ware!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Bluesky · E-Mail</p>\n<p class="donate">Unterstütze unabhängigen Journalismus – schon ab 3 € im Monat</p>',
    "removed": ["Teilen: Mastodon · Bluesky · E-Mail", "Unterstütze unabhängigen Journalismus", "schon ab 3 € im Monat"],
}

# ------------------------------------------------------------------ Ashcombe Wire (en wire, dateline block; Friday)

ASHCOMBE = {
    "input": "dev18/pruefung-ashcombe.txt", "story": SID, "event": EV,
    "publisher": "Ashcombe Wire", "published": "2033-05-20T14:00:00+02:00",
    "language": "en", "authors": ["Daniel Okafor"], "sensational": False,
    "pre": ["ASHCOMBE WIRE", "20 May 2033, 14:00 CEST", "By Daniel Okafor"],
    "blocks": [
        H("Lenvarian police arrest print worker over leaked maths exam",
          claims=[ST("Lenvarian police arrest print worker over leaked maths exam", *ARREST, "ex-arrest")]),
        P(S("Police in Lenvaria have arrested a 29-year-old employee of the company that printed the national maths exam, which was cancelled on Tuesday after the papers leaked online.",
            claims=[ST("Police in Lenvaria have arrested a 29-year-old employee of the company that printed the national maths exam", *ARREST, "ex-arrest"),
                    ST("which was cancelled on Tuesday", *CANCELLED, "ex-cancelled")]),
          S("He reportedly sold the papers for €800 ($880) through a messaging app.",
            claims=[Q("€800", 800, "eur", "paid", subject="price paid for the leaked maths exam", hedged=True, group="ex-bribe", time=None),
                    Q("$880", 880, "usd", "paid", subject="price paid for the leaked maths exam", hedged=True, group="ex-bribe", time=None)])),
        P(S("The leaked file has now been downloaded more than 15,000 times, the ministry said.",
            claims=[Q("more than 15,000 times", 15000, None, None, "more-than", subject="downloads of the leaked maths exam", source=MIN, group="ex-downloads", time=FRI)]),
          S("About 58,000 pupils will resit the exam on June 7, at a cost the ministry estimates at €4.2 million ($4.6 million).",
            claims=[Q("About 58,000 pupils", 58000, "person", None, "about", subject=EXAM, group="ex-pupils", time=TUE),
                    Q("€4.2 million", 4200000, "eur", "cost", subject="cost of the maths exam resit", source=MIN, group="ex-cost", time=None),
                    Q("$4.6 million", 4600000, "usd", "cost", subject="cost of the maths exam resit", source=MIN, group="ex-cost", time=None)])),
        P(S("The teachers' union LLV has accused the ministry of ignoring a warning in February about unlocked storerooms at the printer.",
            claims=[ST("accused the ministry of ignoring a warning in February about unlocked storerooms at the printer", *IGNORED, "ex-ignored", source=LLV)]),
          S("The ministry maintains that it never received one.",
            claims=[ST("The ministry maintains that it never received one", *IGNORED, "ex-ignored", source=MIN, denial=True)]),
          S("The printer, Druckhaus Selbig, said it had suspended the employee and tightened security.",
            claims=[ST("The printer, Druckhaus Selbig, said it had suspended the employee", "druckhaus selbig", "suspended", "employee suspected of leaking the maths exam", "ex-suspended", source="druckhaus selbig")])),
        P(S("A similar leak of English papers in neighbouring Kirsland in 2029 forced some 31,000 pupils to resit.",
            claims=[Q("some 31,000 pupils", 31000, "person", None, "about", subject="kirsland english exam leak of 2029", group="ex-kirsland-2029", time=T("2029-01-01", "2029-12-31"))])),
    ],
    "post": ["(Reporting by Daniel Okafor; editing by Tom Ashdown)", "", "© 2033 Ashcombe Wire. All rights reserved."],
    "removed": ["20 May 2033, 14:00 CEST", "By Daniel Okafor", "(Reporting by Daniel Okafor; editing by Tom Ashdown)",
                "© 2033 Ashcombe Wire"],
}

ARTICLES = [EASTMOOR, NEWSLOOP, LNA, BLOG, ASHCOMBE]

REWRITES = [["dev18/eastmoor.atom#tag:eastmoor.example,2033:education/exam-leak-5512", "dev18/news.jsonl#nl-0517-2231"]]

FEED = {"title": "Eastmoor Broadcasting – Education", "link": "https://eastmoor.example/education",
        "id": "tag:eastmoor.example,2033:feed/education", "updated": "2033-05-17T19:00:00+02:00", "language": "en"}


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Newsloop item of dev18/news.jsonl (the file is written by the outage module)."""
    return {"id": "nl-0517-2231", "url": "https://newsloop.example/education/lenvaria-maths-exam-cancelled-2231",
            "title": headline(NEWSLOOP), "text": text_without_headline(NEWSLOOP), "publisher": NEWSLOOP["publisher"],
            "published": NEWSLOOP["published"], "language": "en", "section": "Education"}


def files():
    return {
        "eastmoor.atom": (render_atom(FEED, [(EASTMOOR, "tag:eastmoor.example,2033:education/exam-leak-5512",
                                              "https://eastmoor.example/education/exam-leak-5512", EASTMOOR["extra"])]), False),
        "pruefung-lna.txt": (render_txt(LNA), False),
        "roterfaden.rss": (render_rss(CHANNEL, [(BLOG, "rfd-2033-05-18-pruefung",
                                                 "https://roter-faden.example/2033/05/18/pruefungsdesaster", BLOG["extra"])]), False),
        "pruefung-ashcombe.txt": (render_txt(ASHCOMBE), False),
    }
