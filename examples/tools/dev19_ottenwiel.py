"""dev19 story 5: the data-centre operator Corvane Data announces on Tuesday, 10 April 2035, a 2.1-billion-euro campus on
62 hectares near Ottenwiel (Brevonien), approved by the district office; on Saturday, 14 April, a march against it draws
about 1,800 people by the police's count and more than 5,000 by the organisers'. The citizens' group BI Ottenwieler Forst
says Corvane lied about its water needs (1.2 million cubic metres a year, not up to 300,000); Corvane denies it.

Corvane's English press release (plain text with a dateline and an "About" boilerplate), a German local paper (HTML, with
a commentary under its own heading), an English broadcaster's Atom entry on Sunday and its rewrite by an English aggregator
(JSON Lines item with `html`). This module writes dev19/harwick.atom (with the Harwick entry of story 1). Invented by the
Parallax team: country, town, company, citizens' group, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom, headline
import dev19_stellwand

SID = "st-ottenwiel-datacentre"
EV = "ev-corvane-campus"
STORY = {"id": SID, "label": "Corvane data centre near Ottenwiel and the protest against it",
         "events": [{"id": EV, "label": "Corvane Data announces an approved 2.1-billion-euro data-centre campus near Ottenwiel; a march against it and a quarrel over its water needs (10–15 April 2035)"}]}

CAMPUS = "corvane ottenwiel campus"
CORVANE = "corvane"
BI = "bi ottenwieler forst"
MARCH = "ottenwiel march against the corvane campus"
SAT = T("2035-04-14", "2035-04-14")
LIED = ("corvane", "lied", "water needs of the ottenwiel campus")
APPROVED = ("district office", "approved", "corvane ottenwiel campus")
WATER = "yearly water use of the corvane ottenwiel campus"

GROUPS = [
    {"id": "eb-investment", "story": SID, "status": "agreed",
     "why": "2.1 billion euros (release, Rundschau, Harwick with a dollar equivalent); Feedwise's 'more than €2 billion' is a bound of the same number."},
    {"id": "eb-site", "story": SID, "status": "agreed", "why": "A 62-hectare site (release with 153 acres, Rundschau)."},
    {"id": "eb-jobs", "story": SID, "status": "agreed", "why": "250 permanent jobs (release, Rundschau, also as the whole of its commentary's local share, Harwick)."},
    {"id": "eb-construction-jobs", "story": SID, "status": "single-source", "why": "Only the release: up to 1,000 construction workers at the peak."},
    {"id": "eb-power", "story": SID, "status": "agreed", "why": "160 megawatts (release, Harwick)."},
    {"id": "eb-renewable", "story": SID, "status": "agreed", "why": "Two thirds of the power renewable, Corvane's figure (release, Harwick)."},
    {"id": "eb-heat", "story": SID, "status": "single-source", "why": "Only the release: waste heat for some 4,000 households."},
    {"id": "eb-water", "story": SID, "status": "disputed",
     "why": "Up to 300,000 cubic metres a year by Corvane (release, Rundschau in its denial, Harwick, Feedwise) against 1.2 million by the citizens' group (Rundschau, Harwick, Feedwise), whose charge Corvane denies."},
    {"id": "eb-lied", "story": SID, "status": "disputed",
     "why": "The BI says Corvane lied about the campus's water needs (Rundschau, Harwick, Feedwise); Corvane denies it (Rundschau, Harwick, Feedwise)."},
    {"id": "eb-approved", "story": SID, "status": "agreed", "why": "The district office approved the campus (release, Rundschau)."},
    {"id": "eb-marchers", "story": SID, "status": "conflicting",
     "why": "About 1,800 marchers by the police's count against more than 5,000 by the organisers' (Rundschau, Harwick); Feedwise gives the range between them: two named sources, both cannot be true."},
    {"id": "eb-felled", "story": SID, "status": "agreed", "why": "About 40 hectares of forest already felled (Rundschau; Harwick with nearly 100 acres)."},
    {"id": "eb-waterworks", "story": SID, "status": "agreed", "why": "Less than a kilometre from the waterworks (Rundschau; Harwick with 0.6 miles)."},
    {"id": "eb-local-jobs", "story": SID, "status": "single-source", "why": "Only the Rundschau's commentary: at most 80 jobs for locals, the BI's estimate."},
]

# ------------------------------------------------------------------ Corvane press release (en, plain text; Tuesday)

PR = {
    "input": "dev19/ottenwiel-corvane.txt", "story": SID, "event": EV,
    "publisher": "Corvane Data", "published": "2035-04-10",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["PRESS RELEASE", "Corvane Data Europe", "For immediate release – April 10, 2035"],
    "blocks": [
        H("Corvane Data to build €2.1 billion data centre campus in Ottenwiel",
          claims=[Q("€2.1 billion", 2100000000, "eur", "cost", subject=CAMPUS, source=CORVANE, group="eb-investment", time=None)]),
        P(S("OTTENWIEL, Brevonia – Corvane Data today announced that the Ottenwiel district office has approved its first Brevonian data centre campus, an investment of €2.1 billion.",
            claims=[ST("the Ottenwiel district office has approved its first Brevonian data centre campus", *APPROVED, "eb-approved", source=CORVANE),
                    Q("€2.1 billion", 2100000000, "eur", "cost", subject=CAMPUS, source=CORVANE, group="eb-investment", time=None)]),
          S("The campus will cover 62 hectares (153 acres) and draw 160 megawatts at full capacity.",
            claims=[Q("62 hectares", 62, "hectare", "size", subject="site of the corvane ottenwiel campus", source=CORVANE, group="eb-site", time=None),
                    Q("153 acres", 153, "acre", "size", subject="site of the corvane ottenwiel campus", source=CORVANE, group="eb-site", time=None),
                    Q("160 megawatts", 160, "megawatt", None, subject="power demand of the corvane ottenwiel campus", source=CORVANE, group="eb-power", time=None)]),
          S("Two thirds of that power will come from renewable sources.",
            claims=[Q("Two thirds", 66.7, "percent", None, subject="renewable share of the campus's power", source=CORVANE, group="eb-renewable", time=None)])),
        P(S("Corvane expects to create 250 permanent jobs and to employ up to 1,000 construction workers at the peak of the build.",
            claims=[Q("250 permanent jobs", 250, "job", None, subject=CAMPUS, source=CORVANE, group="eb-jobs", time=None),
                    Q("up to 1,000 construction workers", 1000, "worker", "employed", "up-to", subject="construction of the corvane ottenwiel campus", source=CORVANE, group="eb-construction-jobs", time=None)]),
          S("A closed-loop cooling system will limit water use to no more than 300,000 cubic metres a year, and waste heat will warm some 4,000 households in Ottenwiel.",
            claims=[Q("no more than 300,000 cubic metres", 300000, "cubic metre", None, "up-to", subject=WATER, source=CORVANE, group="eb-water", time=None),
                    Q("some 4,000 households", 4000, "household", None, "about", subject="households heated by the campus's waste heat", source=CORVANE, group="eb-heat", time=None)]),
          S("Woodland management on the site began in March under an early-start permit.", loaded=[L("Woodland management", "euphemism")])),
        P(S("“Ottenwiel will be home to one of the most efficient data centres in Europe,” said Dana Whitcombe, Corvane's managing director for Europe.", "quote"),
          S("Construction is due to begin next month.")),
    ],
    "post": ["About Corvane Data", "Corvane Data operates 41 data centres in 12 countries and employs more than 6,500 people.",
             "", "Media contact: Lukas Brenner, +49 30 5557 2140, press@corvane.example"],
    "removed": ["For immediate release – April 10, 2035", "About Corvane Data", "41 data centres in 12 countries",
                "employs more than 6,500 people", "Media contact: Lukas Brenner", "+49 30 5557 2140"],
}

# ------------------------------------------------------------------ Ottenwieler Rundschau (de local paper, HTML; Saturday evening)

RUNDSCHAU_SITE = {
    "nav": ["Lokales", "Ottenwiel", "Landkreis", "Wirtschaft", "Sport", "Kultur", "Traueranzeigen"],
    "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "14.04.2035 | 18:20 Uhr",
    "share": "Teilen · 214 Kommentare",
    "ad": "Autohaus Wimmer: Jetzt 5 Jahre Garantie auf alle Neuwagen",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Rechenzentren: 7 Fragen und Antworten", "Kreistag tagt am Dienstag", "Ottenwiel: Frühlingsmarkt mit 60 Ständen"],
    "footer": "© Ottenwieler Rundschau 2035 · Impressum · AGB · Datenschutz",
    "inline": '<div class="teaser">Bildergalerie: Der Protestzug in 24 Bildern</div>',
    "inline_at": 2,
}

RUNDSCHAU = {
    "input": "dev19/ottenwiel-rundschau.html", "story": SID, "event": EV,
    "publisher": "Ottenwieler Rundschau", "published": "2035-04-14T18:20:00+02:00",
    "language": "de", "authors": ["Katrin Moosbrugger"], "sensational": False,
    "blocks": [
        H("Tausende ziehen gegen Corvane-Rechenzentrum durch Ottenwiel",
          claims=[Q("Tausende", 2000, "person", None, "at-least", subject=MARCH, group="eb-marchers", time=SAT)]),
        P(S("Gegen das geplante Rechenzentrum des Konzerns Corvane Data sind am Samstag Tausende Menschen durch Ottenwiel gezogen.",
            claims=[Q("Tausende Menschen", 2000, "person", None, "at-least", subject=MARCH, group="eb-marchers", time=SAT)]),
          S("Die Polizei zählte rund 1.800 Teilnehmer, die Bürgerinitiative Ottenwieler Forst sprach von mehr als 5.000.",
            claims=[Q("rund 1.800 Teilnehmer", 1800, "person", None, "about", subject=MARCH, source="police", group="eb-marchers", time=SAT),
                    Q("mehr als 5.000", 5000, "person", None, "more-than", subject=MARCH, source=BI, group="eb-marchers", time=SAT)])),
        P(S("Das Landratsamt hatte den 2,1 Milliarden Euro teuren Campus Anfang April genehmigt.",
            claims=[ST("Das Landratsamt hatte den 2,1 Milliarden Euro teuren Campus Anfang April genehmigt", *APPROVED, "eb-approved"),
                    Q("2,1 Milliarden Euro", 2100000000, "eur", "cost", subject=CAMPUS, group="eb-investment", time=None)]),
          S("Auf dem 62 Hektar großen Gelände sollen 250 Dauerarbeitsplätze entstehen.",
            claims=[Q("62 Hektar", 62, "hectare", "size", subject="site of the corvane ottenwiel campus", group="eb-site", time=None),
                    Q("250 Dauerarbeitsplätze", 250, "job", None, subject=CAMPUS, group="eb-jobs", time=None)]),
          S("Rund 40 Hektar Kiefernwald sind dort bereits gefällt.",
            claims=[Q("Rund 40 Hektar Kiefernwald", 40, "hectare", None, "about", subject="forest felled on the corvane site", group="eb-felled", time=None)])),
        P(S("Die Bürgerinitiative wirft Corvane vor, die Öffentlichkeit über den Wasserbedarf belogen zu haben.",
            claims=[ST("wirft Corvane vor, die Öffentlichkeit über den Wasserbedarf belogen zu haben", *LIED, "eb-lied", source=BI)]),
          S("Nach ihren Berechnungen braucht die Kühlung 1,2 Millionen Kubikmeter Wasser im Jahr, und das Gelände liegt weniger als einen Kilometer vom Wasserwerk entfernt.",
            claims=[Q("1,2 Millionen Kubikmeter", 1200000, "cubic metre", None, subject=WATER, source=BI, group="eb-water", time=None),
                    Q("weniger als einen Kilometer", 1, "kilometre", "distance", "less-than", subject="distance of the corvane site from the ottenwiel waterworks", group="eb-waterworks", time=None)]),
          S("„Das ist Wasserraub an unseren Kindern“, sagte BI-Sprecherin Helga Stadlmayr.", "quote",
            loaded=[L("Wasserraub", "demonising", "reported")]),
          S("Corvane weist das zurück: Der Campus verbrauche höchstens 300.000 Kubikmeter.",
            claims=[ST("Corvane weist das zurück", *LIED, "eb-lied", source=CORVANE, denial=True),
                    Q("höchstens 300.000 Kubikmeter", 300000, "cubic metre", None, "up-to", subject=WATER, source=CORVANE, hedged=True, group="eb-water", time=None)])),
        H("Kommentar: Ein Wald ist kein Bauerwartungsland"),
        P(S("Ottenwiel verkauft gerade seinen Wald für ein paar Versprechen.", "opinion"),
          S("Von den 250 Stellen werden nach Schätzung der Bürgerinitiative höchstens 80 an Einheimische gehen.", "opinion",
            claims=[Q("250 Stellen", 250, "job", "size", subject=CAMPUS, group="eb-jobs", time=None),
                    Q("höchstens 80", 80, "job", None, "up-to", subject="campus jobs for local people", source=BI, group="eb-local-jobs", time=None)]),
          S("Wer diesen Ausverkauf der Heimat durchwinkt, sollte wenigstens ehrlich sagen, was er dafür bekommt.", "opinion",
            loaded=[L("Ausverkauf der Heimat", "propaganda")])),
    ],
    "removed": ["Wir verwenden Cookies, um Inhalte zu personalisieren", "14.04.2035 | 18:20 Uhr", "214 Kommentare",
                "Jetzt 5 Jahre Garantie auf alle Neuwagen", "Rechenzentren: 7 Fragen und Antworten", "Kreistag tagt am Dienstag",
                "Frühlingsmarkt mit 60 Ständen", "Der Protestzug in 24 Bildern", "© Ottenwieler Rundschau 2035"],
}

# ------------------------------------------------------------------ Harwick Broadcasting (en broadcaster, Atom entry; Sunday)

HARWICK = {
    "input": "dev19/harwick.atom#tag:harwick.example,2035:business/ottenwiel-5120", "story": SID, "event": EV,
    "publisher": "Harwick Broadcasting", "published": "2035-04-15T09:30:00+02:00",
    "language": "en", "authors": ["Ruth Ellery"], "sensational": False,
    "blocks": [
        H("Brevonian town marches against €2.1bn data centre",
          claims=[Q("€2.1bn", 2100000000, "eur", "cost", subject=CAMPUS, group="eb-investment", time=None)]),
        P(S("Thousands of people marched through the Brevonian town of Ottenwiel on Saturday against a data centre campus that Corvane Data announced last Tuesday for a pine forest outside the town.",
            claims=[Q("Thousands of people", 2000, "person", None, "at-least", subject=MARCH, group="eb-marchers", time=SAT)]),
          S("Police put the turnout at about 1,800; organisers said more than 5,000 took part.",
            claims=[Q("about 1,800", 1800, "person", None, "about", subject=MARCH, source="police", group="eb-marchers", time=SAT),
                    Q("more than 5,000", 5000, "person", None, "more-than", subject=MARCH, source="organisers", group="eb-marchers", time=SAT)])),
        P(S("The €2.1bn ($2.3bn) project, with 250 permanent jobs and a 160-megawatt power draw, would be one of the largest private investments in the country.",
            claims=[Q("€2.1bn", 2100000000, "eur", "cost", subject=CAMPUS, group="eb-investment", time=None),
                    Q("$2.3bn", 2300000000, "usd", "cost", subject=CAMPUS, group="eb-investment", time=None),
                    Q("250 permanent jobs", 250, "job", None, subject=CAMPUS, group="eb-jobs", time=None),
                    Q("160-megawatt", 160, "megawatt", None, subject="power demand of the corvane ottenwiel campus", group="eb-power", time=None)]),
          S("Corvane says two-thirds of that power will be renewable.",
            claims=[Q("two-thirds", 66.7, "percent", None, subject="renewable share of the campus's power", source=CORVANE, group="eb-renewable", time=None)]),
          S("About 40 hectares (nearly 100 acres) of forest have already been felled.",
            claims=[Q("About 40 hectares", 40, "hectare", None, "about", subject="forest felled on the corvane site", group="eb-felled", time=None),
                    Q("nearly 100 acres", 100, "acre", None, "about", subject="forest felled on the corvane site", group="eb-felled", time=None)])),
        P(S("The citizens' group BI Ottenwieler Forst accuses Corvane of misleading residents about its water needs, which it puts at 1.2 million cubic metres a year.",
            claims=[ST("accuses Corvane of misleading residents about its water needs", *LIED, "eb-lied", source=BI),
                    Q("1.2 million cubic metres", 1200000, "cubic metre", None, subject=WATER, source=BI, group="eb-water", time=None)]),
          S("The site lies less than a kilometre (0.6 miles) from the town's waterworks.",
            claims=[Q("less than a kilometre", 1, "kilometre", "distance", "less-than", subject="distance of the corvane site from the ottenwiel waterworks", group="eb-waterworks", time=None),
                    Q("0.6 miles", 0.6, "mile", "distance", "less-than", subject="distance of the corvane site from the ottenwiel waterworks", group="eb-waterworks", time=None)]),
          S("Corvane denies misleading anyone and says the campus will use no more than 300,000 cubic metres.",
            claims=[ST("Corvane denies misleading anyone", *LIED, "eb-lied", source=CORVANE, denial=True),
                    Q("no more than 300,000 cubic metres", 300000, "cubic metre", None, "up-to", subject=WATER, source=CORVANE, group="eb-water", time=None)])),
    ],
    "extra": '<p class="watch">Watch: <a href="https://harwick.example/video/ottenwiel-march">Ottenwiel march (2 min)</a></p>',
    "removed": ["Watch:", "Ottenwiel march (2 min)"],
}

# ------------------------------------------------------------------ Feedwise (en aggregator, JSON Lines item with html; rewrite of Harwick)

FEEDWISE_SITE = {
    "nav": ["Top stories", "World", "Business", "Tech", "Climate"],
    "cookie": "Feedwise uses cookies to personalise your feed and for ads.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "15 April 2035 · 2 min read",
    "share": "Share · Save · 31 comments",
    "ad": "Cloud storage from €1.99 a month – 2 TB for your photos",
    "related_title": "More on Feedwise",
    "related": ["5 things to know about data centres and water", "Corvane shares up 3% after earnings",
                "Brevonia's 10 biggest employers"],
    "footer": "Feedwise – the news from 400 outlets · About · Privacy",
}

FEEDWISE = {
    "input": "dev19/news.jsonl#fw-0415-1045", "story": SID, "event": EV,
    "publisher": "Feedwise", "published": "2035-04-15T10:45:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Thousands protest against Corvane data centre in Brevonia",
          claims=[Q("Thousands", 2000, "person", None, "at-least", subject=MARCH, group="eb-marchers", time=SAT)]),
        P(S("Between 1,800 and 5,000 people, depending on whose count is used, marched in Ottenwiel on Saturday against a planned Corvane Data campus.",
            claims=[Q("Between 1,800 and 5,000 people", None, "person", None, "range", low=1800, high=5000, subject=MARCH, group="eb-marchers", time=SAT)]),
          S("The project is worth more than €2 billion.",
            claims=[Q("more than €2 billion", 2000000000, "eur", "cost", "more-than", subject=CAMPUS, group="eb-investment", time=None)])),
        P(S("Campaigners say the campus will need 1.2 million cubic metres of water a year and accuse Corvane of misleading residents.",
            claims=[Q("1.2 million cubic metres", 1200000, "cubic metre", None, subject=WATER, source="campaigners", group="eb-water", time=None),
                    ST("accuse Corvane of misleading residents", *LIED, "eb-lied", source="campaigners")]),
          S("Corvane denies this and puts the figure at 300,000 at most.",
            claims=[ST("Corvane denies this", *LIED, "eb-lied", source=CORVANE, denial=True),
                    Q("300,000 at most", 300000, "cubic metre", None, "up-to", subject=WATER, source=CORVANE, group="eb-water", time=None)])),
    ],
    "removed": ["Feedwise uses cookies", "15 April 2035 · 2 min read", "31 comments", "Cloud storage from €1.99 a month",
                "5 things to know about data centres and water", "Corvane shares up 3% after earnings",
                "Brevonia's 10 biggest employers", "the news from 400 outlets"],
}

ARTICLES = [PR, RUNDSCHAU, HARWICK, FEEDWISE]

REWRITES = [["dev19/harwick.atom#tag:harwick.example,2035:business/ottenwiel-5120", "dev19/news.jsonl#fw-0415-1045"]]

FEED = {"title": "Harwick Broadcasting – News", "link": "https://harwick.example/news",
        "id": "tag:harwick.example,2035:feed/news", "updated": "2035-04-15T09:30:00+02:00", "language": "en"}


def jsonl_item():
    """The Feedwise item of dev19/news.jsonl with `html` (the file is written by the cartel module)."""
    return {"id": "fw-0415-1045", "url": "https://feedwise.example/business/corvane-ottenwiel-protest-1045",
            "title": headline(FEEDWISE), "html": render_html(FEEDWISE, FEEDWISE_SITE), "publisher": FEEDWISE["publisher"],
            "published": FEEDWISE["published"], "language": "en", "section": "Business"}


def files():
    s1 = dev19_stellwand.HARWICK
    return {
        "ottenwiel-corvane.txt": (render_txt(PR), False),
        "ottenwiel-rundschau.html": (render_html(RUNDSCHAU, RUNDSCHAU_SITE), False),
        "harwick.atom": (render_atom(FEED, [
            (s1, "tag:harwick.example,2035:world/stellwand-4471", "https://harwick.example/world/stellwand-4471", s1["extra"]),
            (HARWICK, "tag:harwick.example,2035:business/ottenwiel-5120", "https://harwick.example/business/ottenwiel-5120", HARWICK["extra"]),
        ]), False),
    }
