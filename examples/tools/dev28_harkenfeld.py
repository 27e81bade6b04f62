"""dev28 story 3: on Friday night, 19 June 2048, at about 10.30 pm, a crowd crush at the front barrier of the Sommerklang open
air on the former airfield at Harkenfeld (Lavrenien) injures 23 people by the police's count (three seriously; the Red Cross
treats 41); the organiser Hallgast Events puts the crowd at 48,000, the police at about 60,000, in a ground licensed for
50,000; the band plays on for about a quarter of an hour; the organiser cancels the Saturday. A tabloid says the organiser
sold thousands of tickets too many, and witnesses and then the state police's chief say only two of the six gates to the
front area were open; Hallgast denies both.

A German agency report on Saturday morning (LNA, text), an English tabloid on Saturday afternoon (The Evening Klaxon, HTML;
"greedy promoters", "death trap", the oversale as its own revelation), the German regional paper on Saturday evening
(Harkenfelder Grenzbote, HTML) and an English regional paper's item on Sunday in a news aggregator's JSON Lines dump
(Harkenfeld Herald, lavrenia-news.jsonl, written by dev28_pensionskasse.py). Invented: country, town, festival, band, firm,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-harkenfeld-crush"
EV = "ev-harkenfeld-crush"
STORY = {"id": SID, "label": "Crowd crush at the Sommerklang open air in Harkenfeld, Lavrenien",
         "events": [{"id": EV, "label": "Crowd crush at the front barrier, 23 injured; second day cancelled (19–21 June 2048)"}]}

EVENT = "harkenfeld festival crush"
FRI = T("2048-06-19", "2048-06-19")
HG = "hallgast"
OVERSOLD = (HG, "ignored", "the licence limit on tickets sold")
GATES = (HG, "closed", "four of the six gates to the front area")
CANCEL = (HG, "cancelled", "the second day of the sommerklang festival")

GROUPS = [
    {"id": "crush-injured", "story": SID, "status": "conflicting",
     "why": "23 injured by the police (LNA, Grenzbote, Herald) against 41 treated by the Red Cross (Grenzbote) and 'more than 40' (Klaxon) for the same night."},
    {"id": "crush-serious", "story": SID, "status": "agreed", "why": "Three seriously injured (LNA, Grenzbote, Herald)."},
    {"id": "crush-attendance", "story": SID, "status": "conflicting",
     "why": "48,000 by the organiser (LNA, Herald) against about 60,000 by the police (LNA) and more than 60,000 (Klaxon)."},
    {"id": "crush-capacity", "story": SID, "status": "agreed", "why": "The ground was licensed for 50,000 (Klaxon, Grenzbote)."},
    {"id": "crush-oversold", "story": SID, "status": "disputed",
     "why": "The Klaxon states as its own finding that Hallgast sold more tickets than licensed; Hallgast denies it (Grenzbote, Herald)."},
    {"id": "crush-extra-tickets", "story": SID, "status": "single-source", "why": "Only the Klaxon: more than 12,000 tickets too many."},
    {"id": "crush-stewards", "story": SID, "status": "conflicting",
     "why": "600 stewards by the organiser (LNA, Herald) against about 300 by a steward's account (Klaxon)."},
    {"id": "crush-music", "story": SID, "status": "conflicting",
     "why": "The band played on for about 15 minutes (LNA) or a quarter of an hour (Grenzbote) against 20 minutes (Klaxon)."},
    {"id": "crush-cancelled", "story": SID, "status": "agreed", "why": "Hallgast cancelled the Saturday programme (LNA, Grenzbote)."},
    {"id": "crush-gates", "story": SID, "status": "disputed",
     "why": "Witnesses (Grenzbote) and the state police's chief (Herald) say only two of six gates were open; Hallgast denies it (Herald)."},
    {"id": "crush-gates-open", "story": SID, "status": "disputed",
     "why": "Two gates open (Grenzbote, Herald) against Hallgast's counter-figure in its denial, all six (Herald)."},
]

# ------------------------------------------------------------------ LNA (de agency, text; Saturday morning)

LNA = {
    "input": "dev28/harkenfeld-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lavrenische Nachrichtenagentur", "published": "2048-06-20T08:15:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lavrenische Nachrichtenagentur", "20.06.2048 · 08:15 Uhr", "Panorama · Kultur"],
    "blocks": [
        H("23 Verletzte bei Gedränge auf Sommerklang-Festival",
          claims=[Q("23 Verletzte", 23, "person", "wounded", subject=EVENT, group="crush-injured", time=FRI)]),
        P(S("HARKENFELD (LNA) – Bei einem Gedränge vor der Hauptbühne des Sommerklang-Festivals sind in der Nacht zum Samstag nach Angaben der Polizei 23 Menschen verletzt worden, drei von ihnen schwer.",
            claims=[Q("23 Menschen", 23, "person", "wounded", subject=EVENT, source="police", group="crush-injured", time=FRI),
                    Q("drei von ihnen", 3, "person", "wounded", subject=EVENT, source="police", group="crush-serious", time=FRI)]),
          S("Gegen 22.30 Uhr, während des Auftritts der Band Kessel 9, wurden Besucher vor dem ersten Wellenbrecher gegen das Gitter gedrückt."),
          S("Die Musik lief nach Augenzeugenberichten noch etwa 15 Minuten weiter.",
            claims=[Q("etwa 15 Minuten", 15, "minute", "duration", "about", subject=EVENT, source="witnesses", group="crush-music")])),
        P(S("Der Veranstalter Hallgast Events sprach von 48.000 Besuchern, die Polizei schätzte die Menge auf rund 60.000.",
            claims=[Q("48.000 Besuchern", 48000, "person", None, subject="sommerklang festival", source=HG, group="crush-attendance", time=FRI),
                    Q("rund 60.000", 60000, "person", None, "about", subject="sommerklang festival", source="police", group="crush-attendance", time=FRI)]),
          S("Nach eigenen Angaben hatte Hallgast 600 Ordner im Einsatz.",
            claims=[Q("600 Ordner", 600, "person", "deployed", subject="sommerklang festival", source=HG, group="crush-stewards", time=FRI)])),
        P(S("Der Veranstalter sagte den zweiten Festivaltag ab.",
            claims=[ST("Der Veranstalter sagte den zweiten Festivaltag ab", *CANCEL, "crush-cancelled")]),
          S("Für Angehörige ist ein Sorgentelefon unter 0800 / 31 31 31 geschaltet.")),
    ],
    "post": ["LNA bw/hs 200815 Jun 48", "Schlagworte: Festival · Unglück · Harkenfeld", "© LNA – Alle Rechte vorbehalten."],
    "removed": ["20.06.2048 · 08:15 Uhr", "LNA bw/hs 200815 Jun 48", "Schlagworte: Festival · Unglück · Harkenfeld"],
}

# ------------------------------------------------------------------ The Evening Klaxon (en tabloid, HTML; Saturday afternoon)

KL_SITE = {
    "nav": ["News", "Showbiz", "Sport", "Money", "Puzzles", "Win!"],
    "cookie": "We and our 214 partners use cookies. Click OK to carry on reading.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Saturday, June 20 2048, 3:00 pm",
    "share": "Share on social · 341 comments",
    "ad": "WIN a dream holiday for 4 – text KLAXON to 81118 (£1.50 per text)",
    "related_title": "Most read",
    "related": ["Soap star's secret wedding", "Top 10 summer festivals you can still get into"],
    "footer": "© The Evening Klaxon 2048 · Got a story? Call the newsdesk on 0800 555 0199",
    "after": '<div class="tipoff"><p>Were you at Sommerklang? Send us your videos and photos!</p></div>',
}

KL = {
    "input": "dev28/harkenfeld-klaxon.html", "story": SID, "event": EV,
    "publisher": "The Evening Klaxon", "published": "2048-06-20T15:00:00+02:00",
    "language": "en", "authors": ["Gary Pruett"], "sensational": True,
    "blocks": [
        H("FESTIVAL OF FEAR: Greedy promoters crammed fans into death trap",
          loaded=[L("FESTIVAL OF FEAR", "alarmist"), L("Greedy promoters", "demonising"), L("death trap", "alarmist")]),
        P(S("More than 40 music fans were hurt in a horror stampede at the Sommerklang festival last night after organisers packed more than 60,000 people into a field licensed for 50,000.",
            claims=[Q("More than 40 music fans", 40, "person", "wounded", "more-than", subject=EVENT, group="crush-injured", time=FRI),
                    Q("more than 60,000 people", 60000, "person", None, "more-than", subject="sommerklang festival", group="crush-attendance", time=FRI),
                    Q("licensed for 50,000", 50000, "person", "size", subject="sommerklang festival ground", group="crush-capacity")],
            loaded=[L("horror stampede", "alarmist")]),
          S("The Klaxon can reveal that Hallgast Events sold more than 12,000 tickets over the limit.",
            claims=[ST("Hallgast Events sold more than 12,000 tickets over the limit", *OVERSOLD, "crush-oversold", source="evening klaxon"),
                    Q("more than 12,000 tickets", 12000, None, "sold", "more-than", subject=HG, source="evening klaxon", group="crush-extra-tickets", time=FRI)])),
        P(S("One steward told us only about 300 of his colleagues were actually working the site.",
            claims=[Q("about 300 of his colleagues", 300, "person", "deployed", "about", subject="sommerklang festival", source="witnesses", group="crush-stewards", time=FRI)]),
          S("“It was hell,” said student Lena, 19, who was pulled over the barrier by security.", "quote",
            loaded=[L("hell", "alarmist", "reported")]),
          S("“People were screaming and the band just kept playing for 20 minutes.”", "quote",
            claims=[Q("20 minutes", 20, "minute", "duration", subject=EVENT, source="witnesses", group="crush-music")])),
        P(S("How many more fans have to be crushed before these fat cats are held to account?", "opinion",
            loaded=[L("fat cats", "demonising")]),
          S("Someone must pay for this night of shame.", "opinion",
            loaded=[L("night of shame", "alarmist")])),
    ],
    "removed": ["341 comments", "text KLAXON to 81118", "Soap star's secret wedding", "Were you at Sommerklang?",
                "Call the newsdesk on 0800 555 0199"],
}

# ------------------------------------------------------------------ Harkenfelder Grenzbote (de regional paper, HTML; Saturday evening)

GB_SITE = {
    "nav": ["Harkenfeld", "Kreis", "Lavrenien", "Kultur", "Sport", "Traueranzeigen", "E-Paper"],
    "cookie": "Diese Website nutzt Cookies. Details finden Sie in unserer Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "20.06.2048, 18:00 Uhr",
    "share": "Teilen · Merken",
    "ad": "Autohaus Lindner – Sommer-Aktion: 0 % Finanzierung auf alle Neuwagen",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Sommerklang 2047: Rekord mit 45.000 Fans", "Flugplatz Harkenfeld: Was aus dem Gelände werden soll"],
    "footer": "Harkenfelder Grenzbote · Marktplatz 7 · 31740 Harkenfeld · Tel. 05821 / 88 40",
    "inline": '<p class="teaser">Lesen Sie auch: Kessel 9 – die Band, die aus dem Proberaum kam</p>',
    "inline_at": 2,
}

GB = {
    "input": "dev28/harkenfeld-grenzbote.html", "story": SID, "event": EV,
    "publisher": "Harkenfelder Grenzbote", "published": "2048-06-20T18:00:00+02:00",
    "language": "de", "authors": ["Birte Sohlmann"], "sensational": False,
    "blocks": [
        H("Sommerklang abgebrochen: Was geschah vor der Hauptbühne?"),
        P(S("Nach dem Gedränge auf dem Sommerklang-Festival hat der Veranstalter Hallgast Events den Samstag abgesagt.",
            claims=[ST("hat der Veranstalter Hallgast Events den Samstag abgesagt", *CANCEL, "crush-cancelled")]),
          S("23 Besucher wurden laut Polizei verletzt, drei von ihnen schwer; eine 17-Jährige aus Harkenfeld liegt auf der Intensivstation.",
            claims=[Q("23 Besucher", 23, "person", "wounded", subject=EVENT, source="police", group="crush-injured", time=FRI),
                    Q("drei von ihnen", 3, "person", "wounded", subject=EVENT, source="police", group="crush-serious", time=FRI)]),
          S("Das Rote Kreuz spricht sogar von 41 Patienten, die vor Ort versorgt wurden, die meisten mit Prellungen und Kreislaufproblemen.",
            claims=[Q("41 Patienten", 41, "patient", "wounded", subject=EVENT, source="red cross", group="crush-injured", time=FRI)])),
        H("Die Frage nach den Durchgängen"),
        P(S("Augenzeugen berichten, vom Hauptfeld in den Bühnenbereich seien nur zwei Durchgänge geöffnet gewesen.",
            claims=[ST("vom Hauptfeld in den Bühnenbereich seien nur zwei Durchgänge geöffnet gewesen", *GATES, "crush-gates", source="witnesses", hedged=True),
                    Q("nur zwei Durchgänge", 2, None, None, subject="gates to the front area", source="witnesses", hedged=True, group="crush-gates-open", time=FRI)]),
          S("Erst nach einer Viertelstunde habe die Band ihr Konzert abgebrochen.",
            claims=[Q("nach einer Viertelstunde", 15, "minute", "duration", subject=EVENT, source="witnesses", hedged=True, group="crush-music")]),
          S("Das Gelände auf dem früheren Flugplatz ist für 50.000 Besucher genehmigt.",
            claims=[Q("für 50.000 Besucher", 50000, "person", "size", subject="sommerklang festival ground", group="crush-capacity")])),
        P(S("Hallgast Events dementiert, zu viele Karten verkauft zu haben.",
            claims=[ST("Hallgast Events dementiert, zu viele Karten verkauft zu haben", *OVERSOLD, "crush-oversold", source=HG, denial=True)]),
          S("„Wir sind bestürzt und tun alles, um aufzuklären, was passiert ist“, sagte Geschäftsführer Nils Hallgast.", "quote")),
    ],
    "removed": ["Autohaus Lindner", "Rekord mit 45.000 Fans", "Lesen Sie auch: Kessel 9", "Marktplatz 7", "05821 / 88 40"],
}

# ------------------------------------------------------------------ Harkenfeld Herald (en regional paper; JSON Lines item; Sunday)

HERALD = {
    "input": "dev28/lavrenia-news.jsonl#herald-2048-06-21-sommerklang", "story": SID, "event": EV,
    "publisher": "Harkenfeld Herald", "published": "2048-06-21T10:00:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Police chief: only two of six gates were open at Sommerklang"),
        P(S("Only two of the six gates leading to the front-of-stage area at the Sommerklang festival were open when Friday night's crush began, the head of the state police, Ruth Esken, said on Saturday.",
            claims=[ST("Only two of the six gates leading to the front-of-stage area at the Sommerklang festival were open when Friday night's crush began", *GATES, "crush-gates", source="police"),
                    Q("Only two of the six gates", 2, None, None, subject="gates to the front area", source="police", group="crush-gates-open", time=FRI)]),
          S("The organiser, Hallgast Events, denied this and said all six had been open throughout.",
            claims=[ST("The organiser, Hallgast Events, denied this", *GATES, "crush-gates", source=HG, denial=True),
                    Q("all six", 6, None, None, subject="gates to the front area", source=HG, group="crush-gates-open", time=FRI)])),
        P(S("Twenty-three people were injured, three of them seriously, according to police.",
            claims=[Q("Twenty-three people", 23, "person", "wounded", subject=EVENT, source="police", group="crush-injured", time=FRI),
                    Q("three of them seriously", 3, "person", "wounded", subject=EVENT, source="police", group="crush-serious", time=FRI)]),
          S("Hallgast said 48,000 people attended and that it had employed 600 stewards.",
            claims=[Q("48,000 people", 48000, "person", None, subject="sommerklang festival", source=HG, group="crush-attendance", time=FRI),
                    Q("600 stewards", 600, "person", "deployed", subject="sommerklang festival", source=HG, group="crush-stewards", time=FRI)])),
        P(S("The company also rejected a tabloid report that it had sold more tickets than its licence allowed.",
            claims=[ST("The company also rejected a tabloid report that it had sold more tickets than its licence allowed", *OVERSOLD, "crush-oversold", source=HG, denial=True)]),
          S("Ticket holders for the cancelled Saturday will get their money back, the company said."),
          S("The festival, first held in 2039, was due to run until Sunday night.")),
    ],
    "removed": [],
}

ARTICLES = [LNA, KL, GB, HERALD]

REWRITES = []


def files():
    """lavrenia-news.jsonl (the Herald's item and the Unspun item of the pension story) is written by dev28_pensionskasse.py."""
    return {
        "harkenfeld-lna.txt": (render_txt(LNA), False),
        "harkenfeld-klaxon.html": (render_html(KL, KL_SITE), False),
        "harkenfeld-grenzbote.html": (render_html(GB, GB_SITE), False),
    }
