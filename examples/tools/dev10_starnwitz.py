"""dev10 story 5: a gas pipeline explodes near Starnwitz during night maintenance (19 Oct 2027).

A German business daily's HTML page, an English markets wire item in JSON Lines (`text`), an English
tabloid that states the operator's accusation as fact and omits the contractor's denial, and a law
firm's advertorial (gzip text) with a webinar advert. Invented by the Parallax team: village,
companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline, content_blocks
import dev10_tessenau

SID = "st-starnwitz-pipeline"
EV = "ev-starnwitz-explosion"
STORY = {"id": SID, "label": "Gas pipeline explosion near Starnwitz",
         "events": [{"id": EV, "label": "Veltgas's Nordkarst pipeline explodes near Starnwitz, killing two workers"}]}

VG = "veltgas"
BR = "brandl"
FS = "fire service"
DAY = T("2027-10-19", "2027-10-19")
PIPE = "nordkarst pipeline"

GROUPS = [
    {"id": "pip-killed", "story": SID, "status": "compatible",
     "why": "Two workers killed in all four articles; the Siren's '11 killed or hurt' is another measure (2 killed + 9 injured)."},
    {"id": "pip-injured", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche, Ledgerline and the law firm: nine injured."},
    {"id": "pip-evacuated", "story": SID, "status": "compatible",
     "why": "1,200 residents evacuated (Finanz-Depesche, Ledgerline, law firm); the Siren's 'hundreds' is a looser figure."},
    {"id": "pip-radius", "story": SID, "status": "agreed",
     "why": "Two kilometres (Finanz-Depesche) and 1.2 miles (Ledgerline) are one radius."},
    {"id": "pip-households", "story": SID, "status": "agreed",
     "why": "About 180,000 households without gas (Finanz-Depesche, Ledgerline, law firm)."},
    {"id": "pip-flames", "story": SID, "status": "conflicting",
     "why": "Flames up to 80 metres high according to the fire service (Finanz-Depesche) against 100 metres in the Siren."},
    {"id": "pip-crater", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche and Ledgerline: a crater about 15 metres deep."},
    {"id": "pip-firefighters", "story": SID, "status": "agreed",
     "why": "About 160 firefighters (Finanz-Depesche) and more than 150 (Ledgerline) lie within ten percent."},
    {"id": "pip-burn-time", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche (fast vier Stunden) and the Siren (four hours)."},
    {"id": "pip-shares", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche and Ledgerline: Veltgas shares fell 8.4 percent."},
    {"id": "pip-gas-price", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche and Ledgerline: the wholesale gas price rose 12 percent."},
    {"id": "pip-repair", "story": SID, "status": "agreed",
     "why": "Finanz-Depesche and Ledgerline: repair in six to eight weeks."},
    {"id": "pip-losses", "story": SID, "status": "compatible",
     "why": "The law firm's 60 to 80 million euros against Ledgerline's 'up to €80 million': a bound at one end of the range."},
    {"id": "pip-cause", "story": SID, "status": "disputed",
     "why": "Veltgas says a Brandl excavator damaged the pipe; Brandl denies (Finanz-Depesche, Ledgerline); the Siren states it as fact and omits the denial."},
    {"id": "pip-serious", "story": SID, "status": "single-source",
     "why": "Only the Finanz-Depesche says three of the injured are seriously hurt."},
    {"id": "pip-share-price", "story": SID, "status": "single-source",
     "why": "Only the Finanz-Depesche gives the closing price of 18.42 euros."},
    {"id": "pip-revenue", "story": SID, "status": "single-source",
     "why": "Only the Finanz-Depesche gives Veltgas's revenue of 4.1 billion euros."},
    {"id": "pip-area", "story": SID, "status": "agreed",
     "why": "About three hectares (Finanz-Depesche) and some 7.5 acres (Ledgerline) are one area."},
    {"id": "pip-length", "story": SID, "status": "single-source",
     "why": "Only the Finanz-Depesche gives the pipeline's 214 kilometres."},
    {"id": "pip-compensation", "story": SID, "status": "single-source",
     "why": "Only the law firm claims at least 2,500 euros per household."},
    {"id": "pip-deadline", "story": SID, "status": "single-source",
     "why": "Only the law firm names the three-year limitation period."},
]

# ------------------------------------------------------------------ Finanz-Depesche (de business daily, HTML)

FD_SITE = {
    "nav": ["Märkte", "Unternehmen", "Energie", "Finanzen", "Karriere", "Depot"],
    "cookie": "Wir und unsere Partner verarbeiten Daten, um Inhalte und Werbung zu personalisieren. Zustimmen oder Einstellungen verwalten.",
    "cookie_ok": "Zustimmen und weiter",
    "by": "Von",
    "date_label": "19.10.2027 · 16:05 Uhr · Lesezeit 4 Min.",
    "share": "Artikel merken · Teilen · Drucken",
    "ad": "Anzeige – Depot eröffnen und 12 Monate ohne Ordergebühren handeln",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Gasspeicher: Füllstand liegt über Vorjahr", "Versorger-Aktien im Check: Wer ist krisenfest?",
                "Interview: „Die Netze sind älter, als viele denken“"],
    "footer": "© Finanz-Depesche Verlagsgesellschaft 2027 · Impressum · Datenschutz · Kündigen",
    "inline": '<div class="ticker">Veltgas AG  18,42 €  ▼ 8,40 %  | Gas TTF-Lörn  41,80 €/MWh  ▲ 12,0 %</div>',
    "inline_at": 1,
    "after": '<div class="newsletter"><p>Morning Briefing: Die wichtigsten Marktbewegungen um 6 Uhr im Postfach. Kostenlos anmelden.</p></div>',
}

FD = {
    "input": "dev10/starnwitz-finanz-depesche.html", "story": SID, "event": EV,
    "publisher": "Finanz-Depesche", "published": "2027-10-19T16:05:00+02:00",
    "language": "de", "authors": ["Benedikt Sauerwein", "Ayla Korkmaz"], "sensational": False,
    "blocks": [
        H("Explosion an der Nordkarst-Leitung: Veltgas-Aktie bricht um 8,4 Prozent ein",
          claims=[Q("um 8,4 Prozent", 8.4, "percent", "decrease", subject="veltgas shares", group="pip-shares", time=DAY)]),
        P(S("Bei der Explosion einer Gasleitung des Versorgers Veltgas nahe Starnwitz sind in der Nacht zum Dienstag zwei Arbeiter ums Leben gekommen.",
            claims=[Q("zwei Arbeiter ums Leben gekommen", 2, "worker", "killed", subject=PIPE, group="pip-killed", time=DAY)]),
          S("Neun Menschen wurden verletzt, drei davon schwer.",
            claims=[Q("Neun Menschen wurden verletzt", 9, "person", "wounded", subject=PIPE, group="pip-injured", time=DAY),
                    Q("drei davon schwer", 3, "person", "wounded", subject=PIPE, group="pip-serious", time=DAY)]),
          S("Das Feuer loderte fast vier Stunden lang, die Flammen schlugen bis zu 80 Meter hoch, bilanzierte die Feuerwehr am Morgen.",
            claims=[Q("fast vier Stunden lang", 4, "hour", "duration", "about", subject="fire", source=FS, group="pip-burn-time", time=DAY),
                    Q("bis zu 80 Meter hoch", 80, "metre", "size", "up-to", subject="flames", source=FS, group="pip-flames", time=DAY)])),
        P(S("Nach der Evakuierung von 1.200 Anwohnern im Umkreis von zwei Kilometern konnten rund 160 Feuerwehrleute den Brand gegen 7.45 Uhr löschen.",
            claims=[Q("1.200 Anwohnern", 1200, "person", "evacuated", subject="starnwitz", group="pip-evacuated", time=DAY),
                    Q("im Umkreis von zwei Kilometern", 2, "kilometre", "distance", subject="starnwitz", group="pip-radius", time=DAY),
                    Q("rund 160 Feuerwehrleute", 160, "firefighter", None, "about", subject="fire", group="pip-firefighters", time=DAY)]),
          S("Auf rund drei Hektar brannten Felder und ein Waldstück nieder.",
            claims=[Q("rund drei Hektar", 3, "hectare", "burned", "about", subject="fire", group="pip-area", time=DAY)]),
          S("An der Explosionsstelle klafft ein etwa 15 Meter tiefer Krater.",
            claims=[Q("etwa 15 Meter tiefer Krater", 15, "metre", "size", "about", subject="crater", group="pip-crater")])),
        H("Versorgung im Norden unterbrochen"),
        P(S("Über die 1978 gebaute, 214 Kilometer lange Leitung werden rund 180.000 Haushalte im Lörnetal versorgt, die seit Dienstag kein Gas mehr erhalten.",
            claims=[Q("214 Kilometer lange Leitung", 214, "kilometre", "size", subject=PIPE, group="pip-length"),
                    Q("rund 180.000 Haushalte", 180000, "household", "affected", "about", subject=PIPE, group="pip-households", time=DAY)]),
          S("Veltgas zufolge soll die Leitung in sechs bis acht Wochen repariert sein.",
            claims=[Q("in sechs bis acht Wochen", None, "week", "duration", "range", low=6, high=8, subject=PIPE, source=VG, group="pip-repair")]),
          S("Am Großhandelsmarkt stieg der Gaspreis für Lieferungen im November um 12 Prozent.",
            claims=[Q("um 12 Prozent", 12, "percent", "increase", subject="wholesale gas price", group="pip-gas-price", time=DAY)]),
          S("Der Konzern setzte im vergangenen Jahr 4,1 Mrd. Euro um.",
            claims=[Q("4,1 Mrd. Euro", 4100000000, "eur", None, subject=VG, group="pip-revenue")]),
          S("Die Aktie des Konzerns schloss 8,4 Prozent im Minus bei 18,42 Euro.",
            claims=[Q("8,4 Prozent im Minus", 8.4, "percent", "decrease", subject="veltgas shares", group="pip-shares", time=DAY),
                    Q("18,42 Euro", 18.42, "eur", None, subject="veltgas shares", group="pip-share-price", time=DAY)])),
        H("Streit um die Ursache"),
        P(S("Nach Darstellung von Veltgas soll ein Bagger der Baufirma Brandl bei Wartungsarbeiten die Leitung beschädigt haben.",
            claims=[ST("soll ein Bagger der Baufirma Brandl bei Wartungsarbeiten die Leitung beschädigt haben", BR, "damaged", PIPE,
                       "pip-cause", source=VG, hedged=True)]),
          S("Brandl wies das entschieden zurück: Man habe exakt nach den Leitungsplänen von Veltgas gearbeitet.",
            claims=[ST("Brandl wies das entschieden zurück", BR, "damaged", PIPE, "pip-cause", source=BR, denial=True)]),
          S("Veltgas-Vorstand Dr. Ingo Pfaffenrath sprach von einem „tragischen Ereignis“, für das man „keine Verantwortung“ trage.", "reporting",
            loaded=[L("tragischen Ereignis", "euphemism", "reported")])),
    ],
    "removed": ["Wir und unsere Partner verarbeiten Daten", "Zustimmen und weiter", "19.10.2027 · 16:05 Uhr · Lesezeit 4 Min.",
                "Artikel merken", "Depot eröffnen und 12 Monate ohne Ordergebühren", "Gasspeicher: Füllstand liegt über Vorjahr",
                "Versorger-Aktien im Check", "Die Netze sind älter, als viele denken", "Finanz-Depesche Verlagsgesellschaft",
                "Veltgas AG  18,42 €", "Morning Briefing: Die wichtigsten Marktbewegungen", "Kostenlos anmelden"],
}

# ------------------------------------------------------------------ Ledgerline Markets (en wire, JSON Lines item with `text`)

LEDGER = {
    "input": "dev10/news.jsonl#llm-204417", "story": SID, "event": EV,
    "publisher": "Ledgerline Markets", "published": "2027-10-19T14:30:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Veltgas shares slide 8.4% after deadly pipeline blast",
          claims=[Q("8.4%", 8.4, "percent", "decrease", subject="veltgas shares", group="pip-shares", time=DAY)]),
        P(S("Shares in Veltgas fell 8.4% on Tuesday after an explosion on its Nordkarst gas pipeline near the village of Starnwitz killed two workers and injured nine people overnight.",
            claims=[Q("fell 8.4%", 8.4, "percent", "decrease", subject="veltgas shares", group="pip-shares", time=DAY),
                    Q("killed two workers", 2, "worker", "killed", subject=PIPE, group="pip-killed", time=DAY),
                    Q("injured nine people", 9, "person", "wounded", subject=PIPE, group="pip-injured", time=DAY)]),
          S("Wholesale gas for November delivery was up 12% on Monday's close.",
            claims=[Q("up 12%", 12, "percent", "increase", subject="wholesale gas price", group="pip-gas-price", time=DAY)])),
        P(S("Some 1,200 residents within a 1.2-mile (2-kilometre) radius were evacuated, and more than 150 firefighters fought the blaze, which left a crater some 15 metres deep.",
            claims=[Q("Some 1,200 residents", 1200, "person", "evacuated", "about", subject="starnwitz", group="pip-evacuated", time=DAY),
                    Q("1.2-mile", 1.2, "mile", "size", subject="starnwitz", group="pip-radius", time=DAY),
                    Q("2-kilometre", 2, "kilometre", "size", subject="starnwitz", group="pip-radius", time=DAY),
                    Q("more than 150 firefighters", 150, "firefighter", None, "more-than", subject="fire", group="pip-firefighters", time=DAY),
                    Q("some 15 metres deep", 15, "metre", "size", "about", subject="crater", group="pip-crater")]),
          S("The fire scorched some 7.5 acres of farmland and woodland.",
            claims=[Q("some 7.5 acres", 7.5, "acre", "burned", "about", subject="fire", group="pip-area", time=DAY)]),
          S("U.S. gas futures were little changed."),
          S("About 180,000 households remain without gas, and Veltgas told analysts the repair would take six to eight weeks.",
            claims=[Q("About 180,000 households", 180000, "household", "affected", "about", subject=PIPE, group="pip-households", time=DAY),
                    Q("six to eight weeks", None, "week", "duration", "range", low=6, high=8, subject=PIPE, source=VG, group="pip-repair")])),
        P(S("The company said an excavator operated by contractor Brandl Tiefbau had struck the line during maintenance work.",
            claims=[ST("an excavator operated by contractor Brandl Tiefbau had struck the line during maintenance work", BR, "damaged", PIPE,
                       "pip-cause", source=VG)]),
          S("Brandl denied this, saying it had followed Veltgas's own maps.",
            claims=[ST("Brandl denied this", BR, "damaged", PIPE, "pip-cause", source=BR, denial=True)]),
          S("Insured losses could reach up to €80 million, according to early estimates by insurers.",
            claims=[Q("up to €80 million", 80000000, "eur", "cost", "up-to", subject="pipeline explosion", source="insurers", group="pip-losses")])),
    ],
    "post": ["Related: European gas storage levels | Utilities sector outlook",
             "© 2027 Ledgerline Markets. All rights reserved."],
    "removed": ["Related: European gas storage levels", "© 2027 Ledgerline Markets. All rights reserved."],
}

# ------------------------------------------------------------------ The Morning Siren (en tabloid, dateline block; omits Brandl's denial)

SIREN = {
    "input": "dev10/starnwitz-siren.txt", "story": SID, "event": EV,
    "publisher": "The Morning Siren", "published": "2027-10-20",
    "language": "en", "authors": ["Kelvin Dowd"], "sensational": True,
    "pre": ["THE MORNING SIREN", "Wednesday 20 October 2027", "By KELVIN DOWD"],
    "blocks": [
        H("GAS INFERNO: Digger blunder turns sleepy village into hell on earth",
          claims=[ST("Digger blunder", BR, "damaged", PIPE, "pip-cause")],
          loaded=[L("GAS INFERNO", "alarmist"), L("hell on earth", "alarmist")]),
        P(S("A careless digger driver ripped open a giant gas main in the dead of night – and turned quiet Starnwitz into a fireball.",
            claims=[ST("A careless digger driver ripped open a giant gas main", BR, "damaged", PIPE, "pip-cause")],
            loaded=[L("careless", "demonising"), L("fireball", "alarmist")]),
          S("Two workers died and 11 people were killed or hurt in total as flames shot 100 metres into the sky.",
            claims=[Q("Two workers died", 2, "worker", "killed", subject=PIPE, group="pip-killed", time=DAY),
                    Q("11 people were killed or hurt", 11, "person", "killed or wounded", subject=PIPE, group="pip-killed", time=DAY),
                    Q("flames shot 100 metres into the sky", 100, "metre", "size", subject="flames", group="pip-flames", time=DAY)])),
        P(S("Hundreds of terrified residents were evacuated in their pyjamas.",
            claims=[Q("Hundreds of terrified residents were evacuated", 200, "person", "evacuated", "at-least", subject="starnwitz", group="pip-evacuated", time=DAY)],
            loaded=[L("terrified", "alarmist")]),
          S("Our brave firefighters battled the blaze for four hours.",
            claims=[Q("for four hours", 4, "hour", "duration", subject="fire", group="pip-burn-time", time=DAY)],
            loaded=[L("Our brave firefighters", "glorifying")]),
          S("“It was like the end of the world,” said pensioner Walter Grieb, 78.", "quote",
            loaded=[L("end of the world", "alarmist", "reported")])),
        P(S("And the fat cats at Veltgas?", "opinion",
            loaded=[L("fat cats", "demonising")]),
          S("They call it an “incident”.", "opinion",
            loaded=[L("“incident”", "euphemism", "distancing")]),
          S("How many more villages have to burn before someone checks these ageing pipes?", "opinion")),
    ],
    "post": ["MORE: Is YOUR street sitting on a time bomb? Check our map",
             "",
             "Got a story? Call the Siren newsdesk on 0800 555 0199",
             "",
             "NEWS | SPORT | TV & SHOWBIZ | MONEY | PUZZLES"],
    "removed": ["THE MORNING SIREN", "Wednesday 20 October 2027", "By KELVIN DOWD", "Is YOUR street sitting on a time bomb?",
                "Call the Siren newsdesk on 0800 555 0199", "NEWS | SPORT | TV & SHOWBIZ | MONEY | PUZZLES"],
}

# ------------------------------------------------------------------ Kanzlei Hagedorn & Lenz (de advertorial, gzip text, webinar advert)

HL = "hagedorn & lenz"

KANZLEI = {
    "input": "dev10/starnwitz-hagedorn-lenz.txt.gz", "story": SID, "event": EV,
    "publisher": "Hagedorn & Lenz Rechtsanwälte", "published": "2027-10-21T08:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Hagedorn & Lenz Rechtsanwälte", "21.10.2027", "08:00 Uhr"],
    "blocks": [
        H("Gas-Explosion bei Starnwitz: Welche Ansprüche Anwohner und Gaskunden jetzt haben",
          ),
        P(S("Die Explosion an der Nordkarst-Leitung hat am Dienstag zwei Menschen das Leben gekostet und neun weitere verletzt.",
            claims=[Q("zwei Menschen das Leben gekostet", 2, "person", "killed", subject=PIPE, group="pip-killed", time=DAY),
                    Q("neun weitere verletzt", 9, "person", "wounded", subject=PIPE, group="pip-injured", time=DAY)]),
          S("Rund 1.200 Menschen mussten ihre Häuser verlassen, knapp 180.000 Haushalte sitzen seitdem ohne Gas da.",
            claims=[Q("Rund 1.200 Menschen mussten ihre Häuser verlassen", 1200, "person", "evacuated", "about", subject="starnwitz", group="pip-evacuated", time=DAY),
                    Q("knapp 180.000 Haushalte", 180000, "household", "affected", "about", subject=PIPE, group="pip-households", time=DAY)])),
        P(S("Veltgas spricht verharmlosend von einer „vorübergehenden Versorgungsunterbrechung“.", "opinion",
            loaded=[L("„vorübergehenden Versorgungsunterbrechung“", "euphemism", "distancing")]),
          S("Die Versicherungswirtschaft rechnet mit Schäden zwischen 60 und 80 Mio. Euro.",
            claims=[Q("zwischen 60 und 80 Mio. Euro", None, "eur", "cost", "range", low=60000000, high=80000000, subject="pipeline explosion",
                      source="insurers", group="pip-losses")]),
          S("Nach unserer Einschätzung stehen jedem betroffenen Haushalt mindestens 2.500 Euro Entschädigung zu – bzw. deutlich mehr bei beschädigten Gebäuden.", "opinion",
            claims=[Q("mindestens 2.500 Euro Entschädigung", 2500, "eur", None, "at-least", subject="compensation per household", source=HL,
                      group="pip-compensation")])),
        H("Warten Sie nicht ab"),
        P(S("Wer jetzt zögert, verschenkt bares Geld.", "opinion"),
          S("Zwar verjähren die meisten Ansprüche erst nach drei Jahren, doch Beweise wie z. B. Fotos, Rechnungen und Hotelquittungen gehen schnell verloren.", "opinion",
            claims=[Q("nach drei Jahren", 3, "year", "duration", subject="limitation period", group="pip-deadline")]),
          S("Lassen Sie sich von einem Großkonzern nicht mit einem Gutschein abspeisen!", "opinion",
            loaded=[L("abspeisen", "belittling")]),
          S("Wir prüfen Ihren Fall kostenlos und unverbindlich.", "opinion")),
    ],
    "post": ["KOSTENLOSES WEBINAR",
             "„Gas-Explosion Starnwitz: Ihre Rechte als Betroffene“",
             "Donnerstag, 28.10.2027, 18.30 Uhr",
             "Mit Rechtsanwältin Dr. Svenja Hagedorn und Prof. Dr. Malte Lenz",
             "Unter allen Teilnehmenden verlosen wir einen Gasgrill im Wert von 800 Euro.",
             "Bereits über 900 Anmeldungen!",
             "",
             "Details | |",
             "",
             "Hagedorn & Lenz Rechtsanwälte PartG mbB · Am Salzmarkt 3 · 24410 Tessenau · Tel. 04410 90 22 10"],
    "removed": ["Hagedorn & Lenz Rechtsanwälte", "21.10.2027", "KOSTENLOSES WEBINAR", "Ihre Rechte als Betroffene", "Donnerstag, 28.10.2027, 18.30 Uhr",
                "Dr. Svenja Hagedorn", "Prof. Dr. Malte Lenz", "Gasgrill im Wert von 800 Euro", "Bereits über 900 Anmeldungen!",
                "Details | |", "Am Salzmarkt 3"],
}

ARTICLES = [FD, LEDGER, SIREN, KANZLEI]

REWRITES = []


def _text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + "\n\n" + "\n".join(article["post"])


def files():
    """Input files of this story, and news.jsonl with the Kurznachrichten item (Tessenau) and the Ledgerline item."""
    k = dev10_tessenau.KURZ
    lines = [
        {"id": "kn24-77310", "url": "https://kurznachrichten24.example/panorama/tessenau-intercity-entgleist-77310",
         "title": headline(k), "html": render_html(k, dev10_tessenau.KURZ_SITE), "publisher": k["publisher"],
         "published": k["published"], "language": "de", "section": "Panorama"},
        {"id": "llm-204417", "url": "https://ledgerline.example/markets/veltgas-pipeline-blast-204417",
         "title": headline(LEDGER), "text": _text_without_headline(LEDGER), "publisher": LEDGER["publisher"],
         "published": LEDGER["published"], "language": "en", "section": "Energy"},
    ]
    return {
        "news.jsonl": (render_jsonl(lines), False),
        "starnwitz-finanz-depesche.html": (render_html(FD, FD_SITE), False),
        "starnwitz-siren.txt": (render_txt(SIREN), False),
        "starnwitz-hagedorn-lenz.txt.gz": (render_txt(KANZLEI), True),
    }
