"""Held-out story 3: the ferry Margit capsizes on Lake Solven in Norvelia (19 Sept 2026).

A German wire report (pam, same template as the pam report on the Merze ferry, the look-alike) and
its light rewrite as a JSON Lines item carrying HTML, an English wire report two days later as a
JSON Lines `text` item (the German–English pair with pam, own wording, a higher toll), and an
English local paper's page with a closing commentary.
Invented by the Parallax team (fourth writer): country, lake, ferry, people, outlets and figures
are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline, content_blocks

SID = "st-solven-ferry"
EV = "ev-solven-capsize"
STORY = {"id": SID, "label": "Ferry Margit capsizes in a storm on Lake Solven, Norvelia",
         "events": [{"id": EV, "label": "The ferry Margit capsizes near Harnvik; dead, missing and rescued"}]}

SHIP = "margit"
OPER = "solven ferries"
MA = "maritime authority"
NIGHT = T("2026-09-19", "2026-09-20")
TO_SUN = T("2026-09-19", "2026-09-20")
TO_MON = T("2026-09-19", "2026-09-21")

GROUPS = [
    {"id": "solven-killed", "story": SID, "status": "compatible",
     "why": "At least seven dead on Sunday morning (pam and its rewrite) is an earlier figure; the toll rose to 11 (Northgate, Harnvik Post)."},
    {"id": "solven-missing", "story": SID, "status": "compatible",
     "why": "Twelve missing on Sunday morning is an earlier figure; by Monday three were still missing after bodies were found and survivors located."},
    {"id": "solven-rescued", "story": SID, "status": "compatible",
     "why": "67 pulled from the water on the first night is an earlier figure; Northgate later gives 72 survivors."},
    {"id": "solven-aboard", "story": SID, "status": "compatible",
     "why": "86 people on board (pam, rewrite) equals Northgate's 78 passengers plus eight crew."},
    {"id": "solven-distance", "story": SID, "status": "agreed",
     "why": "pam, its rewrite and Northgate all say about 300 metres from the shore."},
    {"id": "solven-divers", "story": SID, "status": "agreed",
     "why": "pam, its rewrite and Northgate all give dozens of divers."},
    {"id": "solven-crossing", "story": SID, "status": "agreed",
     "why": "pam gives almost 40 minutes, Northgate a 40-minute crossing."},
    {"id": "solven-depth", "story": SID, "status": "single-source",
     "why": "Only pam gives the depth of up to 40 metres."},
    {"id": "solven-capacity", "story": SID, "status": "conflicting",
     "why": "The maritime authority says the ferry was licensed for no more than 60 passengers, the operator that it was certified for 120."},
    {"id": "solven-overloaded", "story": SID, "status": "disputed",
     "why": "The maritime authority and survivors say the Margit was overloaded; the operator rejects it."},
    {"id": "solven-inspection", "story": SID, "status": "agreed",
     "why": "pam, its rewrite and the Harnvik Post all report the operator's statement that the ferry passed an inspection in the spring."},
    {"id": "solven-wind", "story": SID, "status": "single-source",
     "why": "Only Northgate gives gusts of up to 45 knots."},
    {"id": "solven-helicopters", "story": SID, "status": "single-source",
     "why": "Only Northgate mentions the two helicopters."},
    {"id": "solven-vigil", "story": SID, "status": "single-source",
     "why": "Only the Harnvik Post reports the hundreds of people at the vigil."},
    {"id": "solven-warning", "story": SID, "status": "single-source",
     "why": "Only the Harnvik Post reports, citing Radio Solven, that the captain allegedly ignored a storm warning."},
    {"id": "solven-fisherman", "story": SID, "status": "single-source",
     "why": "Only the Harnvik Post reports the fisherman who pulled 14 people from the water."},
]

# ---------------------------------------------------------------- pam wire report (txt with dateline)

PAM = {
    "input": "heldout/solven-pam.txt", "story": SID, "event": EV,
    "publisher": "pam Presseagentur Mitte", "published": "2026-09-20T08:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["pam Presseagentur Mitte", "20.09.2026", "08:10 Uhr"],
    "blocks": [
        H("Fähre kentert auf dem Solvensee – mindestens sieben Tote",
          claims=[Q("mindestens sieben Tote", 7, "person", "killed", qualifier="at-least", subject=SHIP,
                    group="solven-killed", time=TO_SUN)]),
        P(S("Auf dem Solvensee im Norden Norveliens ist am Samstagabend eine Passagierfähre gekentert."),
          S("Mindestens sieben Menschen kamen ums Leben, zwölf weitere werden nach Angaben der Polizei vermisst.",
            claims=[Q("Mindestens sieben Menschen kamen ums Leben", 7, "person", "killed", qualifier="at-least", subject=SHIP,
                      source="police", group="solven-killed", time=TO_SUN),
                    Q("zwölf weitere werden nach Angaben der Polizei vermisst", 12, "person", "missing", subject=SHIP,
                      source="police", group="solven-missing", time=TO_SUN)])),
        P(S("Die „Margit“ war mit 86 Menschen an Bord auf dem Weg von Harnvik zur Insel Tjörnholm, als sie gegen 19.40 Uhr in einen Sturm geriet.",
            claims=[Q("86 Menschen an Bord", 86, "person", None, subject=SHIP, group="solven-aboard")]),
          S("Die Überfahrt dauert sonst fast 40 Minuten.",
            claims=[Q("fast 40 Minuten", 40, "minute", "duration", qualifier="about", subject="crossing", group="solven-crossing")]),
          S("Etwa 300 Meter vor dem Ufer schlug das Schiff um.",
            claims=[Q("Etwa 300 Meter vor dem Ufer", 300, "metre", "distance", qualifier="about", subject=SHIP,
                      group="solven-distance")])),
        P(S("Rettungskräfte zogen 67 Menschen aus dem Wasser, einige von ihnen stark unterkühlt.",
            claims=[Q("67 Menschen", 67, "person", "rescued", subject=SHIP, group="solven-rescued", time=NIGHT)]),
          S("Dutzende Taucher suchten die ganze Nacht nach den Vermissten; der See ist an der Unglücksstelle bis zu 40 Meter tief.",
            claims=[Q("Dutzende Taucher", 24, "person", "deployed", qualifier="at-least", subject=SHIP,
                      group="solven-divers", time=NIGHT),
                    Q("bis zu 40 Meter tief", 40, "metre", "size", qualifier="up-to", subject="lake solven",
                      group="solven-depth")])),
        P(S("Die Ursache des Unglücks ist noch unklar."),
          S("Der Betreiber Solven-Fähren teilte mit, die Fähre sei erst im Frühjahr überprüft worden.",
            claims=[ST("die Fähre sei erst im Frühjahr überprüft worden", SHIP, "passed", "safety inspection",
                       "solven-inspection", source=OPER, hedged=True)])),
    ],
    "post": ["Themen: Norvelien · Schifffahrt · Unglücke",
             "",
             "Mehr zum Thema",
             "- Chronik: Schwere Fährunglücke der vergangenen Jahre",
             "",
             "© pam Presseagentur Mitte – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["pam Presseagentur Mitte", "20.09.2026", "08:10 Uhr", "Themen: Norvelien · Schifffahrt · Unglücke",
                "Mehr zum Thema", "Chronik: Schwere Fährunglücke der vergangenen Jahre",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ---------------------------------------------------------------- Nordstadt Anzeiger: light rewrite of pam (JSON Lines, html)

NORD_SITE = {
    "nav": ["Startseite", "Nordstadt", "Welt", "Wirtschaft", "Sport", "Kultur"],
    "cookie": "Um unsere Website für Sie optimal zu gestalten, verwenden wir Cookies. Weitere Informationen finden Sie in der Datenschutzerklärung.",
    "cookie_ok": "Zustimmen und weiter",
    "by": "Von",
    "date_label": "20.09.2026 – 09:30",
    "share": "Diesen Artikel teilen",
    "ad": "Anzeige: Kreuzfahrt-Schnäppchen im Herbst – jetzt bis zu 30 % Frühbucherrabatt sichern",
    "related_title": "Weitere Nachrichten aus aller Welt",
    "related": ["Unwetter: Sturmtief zieht über den Norden", "Wie sicher sind Fähren auf Binnenseen?"],
    "footer": "© Nordstadt Anzeiger Online 2026 · Impressum · Datenschutz",
}

NORD = {
    "input": "heldout/faehren.jsonl#na-20260920-0931", "story": SID, "event": EV,
    "publisher": "Nordstadt Anzeiger Online", "published": "2026-09-20T09:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Fährunglück auf dem Solvensee: mindestens sieben Tote, zwölf Vermisste",
          claims=[Q("mindestens sieben Tote", 7, "person", "killed", qualifier="at-least", subject=SHIP,
                    group="solven-killed", time=TO_SUN),
                  Q("zwölf Vermisste", 12, "person", "missing", subject=SHIP, group="solven-missing", time=TO_SUN)]),
        P(S("Auf dem Solvensee im Norden Norveliens ist am Samstagabend eine Passagierfähre gekentert."),
          S("Mindestens sieben Menschen starben, zwölf weitere werden laut Polizei noch vermisst.",
            claims=[Q("Mindestens sieben Menschen starben", 7, "person", "killed", qualifier="at-least", subject=SHIP,
                      source="police", group="solven-killed", time=TO_SUN),
                    Q("zwölf weitere werden laut Polizei noch vermisst", 12, "person", "missing", subject=SHIP,
                      source="police", group="solven-missing", time=TO_SUN)])),
        P(S("Die „Margit“ hatte 86 Menschen an Bord und war auf dem Weg von Harnvik zur Insel Tjörnholm, als sie gegen 19.40 Uhr in einen Sturm geriet.",
            claims=[Q("86 Menschen an Bord", 86, "person", None, subject=SHIP, group="solven-aboard")]),
          S("Etwa 300 Meter vor dem Ufer kenterte das Schiff.",
            claims=[Q("Etwa 300 Meter vor dem Ufer", 300, "metre", "distance", qualifier="about", subject=SHIP,
                      group="solven-distance")])),
        P(S("Rettungskräfte zogen 67 Menschen aus dem Wasser, einige davon stark unterkühlt.",
            claims=[Q("67 Menschen", 67, "person", "rescued", subject=SHIP, group="solven-rescued", time=NIGHT)]),
          S("Dutzende Taucher suchten die ganze Nacht nach den Vermissten.",
            claims=[Q("Dutzende Taucher", 24, "person", "deployed", qualifier="at-least", subject=SHIP,
                      group="solven-divers", time=NIGHT)])),
        P(S("Die Ursache ist noch unklar."),
          S("Der Betreiber Solven-Fähren teilte mit, die Fähre sei erst im Frühjahr überprüft worden.",
            claims=[ST("die Fähre sei erst im Frühjahr überprüft worden", SHIP, "passed", "safety inspection",
                       "solven-inspection", source=OPER, hedged=True)])),
    ],
    "removed": ["Um unsere Website für Sie optimal zu gestalten", "Zustimmen und weiter", "20.09.2026 – 09:30",
                "Diesen Artikel teilen", "Kreuzfahrt-Schnäppchen im Herbst", "Weitere Nachrichten aus aller Welt",
                "Unwetter: Sturmtief zieht über den Norden", "Wie sicher sind Fähren auf Binnenseen?",
                "© Nordstadt Anzeiger Online 2026"],
}

# ---------------------------------------------------------------- Northgate Press Agency: English wire (JSON Lines, text)

NPA = {
    "input": "heldout/faehren.jsonl#npa-7731", "story": SID, "event": EV,
    "publisher": "Northgate Press Agency", "published": "2026-09-21T06:30:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Death toll in Lake Solven ferry disaster rises to 11",
          claims=[Q("rises to 11", 11, "person", "killed", subject=SHIP, group="solven-killed", time=TO_MON)]),
        P(S("Rescuers recovered more bodies from Lake Solven on Sunday, raising the number of people killed when the ferry Margit capsized in a storm to 11, police said.",
            claims=[Q("raising the number of people killed when the ferry Margit capsized in a storm to 11", 11, "person", "killed",
                      subject=SHIP, source="police", group="solven-killed", time=TO_MON)]),
          S("Three people are still missing and 72 survived.",
            claims=[Q("Three people are still missing", 3, "person", "missing", subject=SHIP, group="solven-missing", time=TO_MON),
                    Q("72 survived", 72, "person", "rescued", subject=SHIP, group="solven-rescued", time=TO_MON)])),
        P(S("The Margit was carrying 78 passengers and eight crew members on the 40-minute crossing from Harnvik to the island of Tjörnholm, the operator, Solven Ferries, said.",
            claims=[Q("78 passengers", 78, "passenger", None, subject=SHIP, source=OPER, group="solven-aboard"),
                    Q("eight crew members", 8, "person", None, subject=SHIP, source=OPER, group="solven-aboard"),
                    Q("the 40-minute crossing", 40, "minute", "duration", subject="crossing", group="solven-crossing")]),
          S("Winds gusted at up to 45 knots as the vessel turned over about 300 metres from the shore.",
            claims=[Q("up to 45 knots", 45, "knot", None, qualifier="up-to", subject="wind", group="solven-wind"),
                    Q("about 300 metres from the shore", 300, "metre", "distance", qualifier="about", subject=SHIP,
                      group="solven-distance")])),
        P(S("Dozens of divers and two helicopters joined the search.",
            claims=[Q("Dozens of divers", 24, "person", "deployed", qualifier="at-least", subject=SHIP, group="solven-divers"),
                    Q("two helicopters", 2, "aircraft", "deployed", subject=SHIP, group="solven-helicopters")])),
        P(S("The Norvelian Maritime Authority said the ferry was licensed to carry no more than 60 passengers.",
            claims=[Q("no more than 60 passengers", 60, "passenger", "size", qualifier="up-to", subject=SHIP, source=MA,
                      group="solven-capacity")]),
          S("It said the Margit had been overloaded, a claim Solven Ferries rejected.",
            claims=[ST("It said the Margit had been overloaded", SHIP, "was overloaded", None, "solven-overloaded", source=MA),
                    ST("a claim Solven Ferries rejected", SHIP, "was overloaded", None, "solven-overloaded",
                       source=OPER, denial=True)])),
        P(S("“We are still searching, and we will not stop until everyone is found,” police chief Annika Rehn told reporters in Harnvik.", "quote"),
          S("Norvelia has declared Tuesday a day of national mourning.")),
    ],
    "post": ["Read more: Norvelia's lake ferries – an ageing fleet",
             "(Reporting by Tomas Lindgren; editing by Grace Oyelaran)"],
    "removed": ["Read more: Norvelia's lake ferries – an ageing fleet",
                "Reporting by Tomas Lindgren; editing by Grace Oyelaran"],
}

# ---------------------------------------------------------------- The Harnvik Post: English local paper (HTML)

POST_SITE = {
    "nav": ["News", "Harnvik", "Lake Solven", "Sport", "Opinion", "Obituaries"],
    "cookie": "This site uses cookies. Manage your preferences or accept to continue reading.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Tuesday 22 September 2026",
    "share": "Share: Facebook | X | WhatsApp | Email",
    "ad": "Advertisement – Harnvik Motors: autumn service from 99 kr",
    "related_title": "Read more",
    "related": ["Vigil in pictures: candles along the harbour wall", "How to support the families: a list of funds",
                "Lake Solven ferry timetable suspended until further notice"],
    "footer": "© The Harnvik Post 2026. All rights reserved. Contact the newsroom: news@harnvikpost.example",
    "inline": '<div class="newsletter"><p>Get the Harnvik Post morning briefing in your inbox</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>',
    "inline_at": 3,
}

POST = {
    "input": "heldout/solven-harnvik-post.html", "story": SID, "event": EV,
    "publisher": "The Harnvik Post", "published": "2026-09-22T07:00:00+02:00",
    "language": "en", "authors": ["Erik Dahl"], "sensational": False,
    "blocks": [
        H("Harnvik mourns 11 dead as questions grow over ferry's capacity",
          claims=[Q("11 dead", 11, "person", "killed", subject=SHIP, group="solven-killed", time=TO_MON)]),
        P(S("Hundreds of people lit candles along the harbour wall on Monday night for the 11 people who died when the ferry Margit capsized on Lake Solven on Saturday.",
            claims=[Q("Hundreds of people", 200, "person", None, qualifier="at-least", subject="harnvik vigil",
                      group="solven-vigil", time=T("2026-09-21", "2026-09-21")),
                    Q("the 11 people who died", 11, "person", "killed", subject=SHIP, group="solven-killed", time=TO_MON)]),
          S("Three passengers remain missing.",
            claims=[Q("Three passengers remain missing", 3, "passenger", "missing", subject=SHIP, group="solven-missing",
                      time=TO_MON)])),
        P(S("Solven Ferries said the Margit was certified for 120 passengers and had passed an inspection in April.",
            claims=[Q("certified for 120 passengers", 120, "passenger", "size", subject=SHIP, source=OPER,
                      group="solven-capacity"),
                    ST("had passed an inspection in April", SHIP, "passed", "safety inspection", "solven-inspection",
                       source=OPER)]),
          S("It rejected claims that the ferry had been overloaded.",
            claims=[ST("It rejected claims that the ferry had been overloaded", SHIP, "was overloaded", None,
                       "solven-overloaded", source=OPER, denial=True)]),
          S("Survivors told the Post that people had been standing shoulder to shoulder on the open deck.",
            claims=[ST("people had been standing shoulder to shoulder on the open deck", SHIP, "was overloaded", None,
                       "solven-overloaded", source="survivors")]),
          S("The captain, who survived, allegedly ignored a storm warning issued before the ferry left Harnvik, the local broadcaster Radio Solven reported.",
            claims=[ST("The captain, who survived, allegedly ignored a storm warning", "captain of the margit", "ignored",
                       "storm warning", "solven-warning", source="radio solven", hedged=True)])),
        P(S("Fisherman Lars Ekdal pulled 14 people from the water with his boat before the first rescue vessels arrived, according to police.",
            claims=[Q("14 people", 14, "person", "rescued", subject=SHIP, source="police", group="solven-fisherman",
                      time=NIGHT)]),
          S("“I just kept pulling hands,” he said.", "quote")),
        P(S("Harnvik has lost neighbours, friends and children, and it deserves answers.", "opinion"),
          S("Why did the Margit sail at all with a storm warning in force?", "opinion"),
          S("The maritime authority must publish the ferry's records in full, and it must do so this week.", "opinion"),
          S("Until then, the volunteers who pulled strangers from the freezing lake remain the heroes of this town.", "opinion",
            loaded=[L("heroes", "glorifying")])),
    ],
    "removed": ["This site uses cookies", "Tuesday 22 September 2026", "By Erik Dahl", "Get the Harnvik Post morning briefing",
                "Share: Facebook | X | WhatsApp", "Harnvik Motors: autumn service from 99 kr",
                "Vigil in pictures: candles along the harbour wall", "How to support the families: a list of funds",
                "Lake Solven ferry timetable suspended until further notice", "All rights reserved"],
}

ARTICLES = [PAM, NORD, NPA, POST]

REWRITES = [["heldout/solven-pam.txt", "heldout/faehren.jsonl#na-20260920-0931"]]


def _text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + "\n\n" + "\n".join(article["post"])


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    lines = [
        {"id": "na-20260920-0931", "url": "https://nordstadt-anzeiger.example/welt/faehrunglueck-solvensee-0931",
         "title": headline(NORD), "html": render_html(NORD, NORD_SITE), "publisher": NORD["publisher"],
         "published": NORD["published"], "language": "de"},
        {"id": "npa-7731", "url": "https://northgatepress.example/world/lake-solven-ferry-toll-7731",
         "title": headline(NPA), "text": _text_without_headline(NPA), "publisher": NPA["publisher"],
         "published": NPA["published"], "language": "en"},
    ]
    return {
        "solven-pam.txt": (render_txt(PAM), False),
        "faehren.jsonl": (render_jsonl(lines), False),
        "solven-harnvik-post.html": (render_html(POST, POST_SITE), False),
    }
