"""dev26 story 3: on Sunday afternoon, 21 January 2046, the ice of the Löhnsee near Sevenau (Nordavien) gives way under a
group of skaters; 13 fall into the water, twelve are pulled out, a 67-year-old man dies; six are taken to hospital with
hypothermia, and a nine-year-old girl among them dies on Monday. The ice was about 8 cm thick where it broke. The local
branch of the lifeguard service, the Wasserwacht Sevenau, says the town had declared the lake open for skating on Friday;
the town denies it.

A local paper on Sunday evening (HTML; a quote with a loaded word, a recalled accident of 2039), a German agency report on
Sunday (ndp, text; hearsay with `soll … haben`), the English service of a public broadcaster on Monday (Atom entry; the
second death, inches) and an English tabloid on Monday (HTML) that states the charge as fact, omits the denial, inflates the
rescuers and adds the dead and the hurt together. Invented by the Parallax team: country, town, lake, services, outlets,
people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-loehnsee-ice"
EV = "ev-loehnsee-breakthrough"
STORY = {"id": SID, "label": "Skaters fall through the ice of the Löhnsee near Sevenau, Nordavien",
         "events": [{"id": EV, "label": "Ice gives way under 13 skaters; one dead on Sunday, two by Monday (21–22 January 2046)"}]}

EVENT = "löhnsee ice accident"
SUN = T("2046-01-21", "2046-01-21")
MON = T("2046-01-22", "2046-01-22")
CITY = "city of sevenau"
WW = "wasserwacht sevenau"
FIRE = "fire service"
RELEASED = (CITY, "approved", "skating on the löhnsee on friday")

GROUPS = [
    {"id": "lk-fell", "story": SID, "status": "agreed",
     "why": "13 skaters in the water (Tagblatt), 'etwa ein Dutzend' (ndp) and 'more than a dozen' (Klaxon): one number within the qualifiers."},
    {"id": "lk-rescued", "story": SID, "status": "agreed", "why": "Twelve pulled out of the water (Tagblatt, ndp, NRI)."},
    {"id": "lk-killed", "story": SID, "status": "compatible",
     "why": "One dead on Sunday (Tagblatt, ndp), two after the girl's death on Monday (NRI, Klaxon): a later figure; the Klaxon's eight dead or hurt a combined measure."},
    {"id": "lk-hospital", "story": SID, "status": "compatible",
     "why": "Six taken to hospital on Sunday (Tagblatt, ndp); five of the rescued still treated on Monday (NRI), after the girl among the six died."},
    {"id": "lk-rescuers", "story": SID, "status": "conflicting",
     "why": "About 70 rescuers (Tagblatt) and more than 60 (ndp) against the Klaxon's more than 100."},
    {"id": "lk-ice", "story": SID, "status": "agreed",
     "why": "Ice about 8 cm thick at the break (Tagblatt, fire service), three inches (NRI with eight centimetres, Klaxon)."},
    {"id": "lk-release", "story": SID, "status": "disputed",
     "why": "The Wasserwacht says the town declared the lake open for skating on Friday (Tagblatt, ndp, NRI); the Klaxon states it as fact; the town denies it (Tagblatt, ndp, NRI); the Klaxon omits the denial."},
    {"id": "lk-search", "story": SID, "status": "single-source", "why": "Only the Tagblatt: divers recovered the man after about 40 minutes."},
    {"id": "lk-2039", "story": SID, "status": "single-source", "why": "Only the Tagblatt: two children drowned in the lake in the winter of 2039 (a recalled accident)."},
    {"id": "lk-onlookers", "story": SID, "status": "single-source", "why": "Only the Tagblatt: dozens of walkers watched from the shore."},
    {"id": "lk-safe", "story": SID, "status": "single-source", "why": "Only ndp: the Wasserwacht calls ice safe from 15 cm."},
]

# ------------------------------------------------------------------ Sevenauer Tagblatt (de local paper, HTML; Sunday evening)

TB_SITE = {
    "nav": ["Startseite", "Sevenau", "Umland", "Polizeibericht", "Kultur", "Sport", "Service"],
    "cookie": "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie unseren 74 Partnern zu.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "21.01.2046, 20:45 Uhr",
    "share": "Teilen · 23 Kommentare",
    "ad": "Tagblatt Plus: 1 Monat für 0 Euro",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Eisflächen im Landkreis: 6 Tipps der Wasserwacht", "Winterfest am Löhnsee abgesagt"],
    "footer": "© 2046 Sevenauer Tagblatt · Impressum · Abo",
    "after": '<div class="tags">Schlagwörter: Löhnsee, Unglück, Wasserwacht, Winter</div>',
}

TB = {
    "input": "dev26/loehnsee-tagblatt.html", "story": SID, "event": EV,
    "publisher": "Sevenauer Tagblatt", "published": "2046-01-21T20:45:00+01:00",
    "language": "de", "authors": ["Friederike Lamprecht"], "sensational": False,
    "blocks": [
        H("Eis auf dem Löhnsee bricht: Ein Toter",
          claims=[Q("Ein Toter", 1, "person", "killed", subject=EVENT, group="lk-killed", time=SUN)]),
        P(S("Auf dem Löhnsee bei Sevenau sind am Sonntagnachmittag 13 Schlittschuhläufer durch das Eis gebrochen.",
            claims=[Q("13 Schlittschuhläufer", 13, "person", None, subject=EVENT, group="lk-fell", time=SUN)]),
          S("Zwölf von ihnen zogen Feuerwehrleute, Rettungsschwimmer und Passanten aus dem eiskalten Wasser.",
            claims=[Q("Zwölf von ihnen", 12, "person", "rescued", subject=EVENT, group="lk-rescued", time=SUN)]),
          S("Ein 67-jähriger Mann aus Sevenau kam ums Leben; Taucher bargen ihn nach rund 40 Minuten.",
            claims=[Q("Ein 67-jähriger Mann", 1, "person", "killed", subject=EVENT, group="lk-killed", time=SUN),
                    Q("rund 40 Minuten", 40, "minute", "duration", "about", subject="search for the missing skater", group="lk-search")])),
        P(S("Sechs Menschen wurden mit Unterkühlungen in Krankenhäuser gebracht.",
            claims=[Q("Sechs Menschen", 6, "person", "wounded", subject=EVENT, group="lk-hospital", time=SUN)]),
          S("Rund 70 Einsatzkräfte, darunter Taucher aus Osterbruck, waren vor Ort.",
            claims=[Q("Rund 70 Einsatzkräfte", 70, "person", "deployed", "about", subject=EVENT, group="lk-rescuers", time=SUN)]),
          S("Dutzende Spaziergänger verfolgten die Rettung vom Ufer aus.",
            claims=[Q("Dutzende Spaziergänger", 24, "person", None, "at-least", subject="onlookers at the löhnsee", group="lk-onlookers", time=SUN)]),
          S("An der Bruchstelle war das Eis nach Messungen der Feuerwehr nur etwa acht Zentimeter dick.",
            claims=[Q("etwa acht Zentimeter", 8, "centimetre", "size", "about", subject="ice of the löhnsee", source=FIRE, group="lk-ice", time=SUN)])),
        P(S("Die Wasserwacht Sevenau wirft der Stadt vor, den See am Freitag auf ihrer Internetseite zum Eislaufen freigegeben zu haben.",
            claims=[ST("wirft der Stadt vor, den See am Freitag auf ihrer Internetseite zum Eislaufen freigegeben zu haben", *RELEASED, "lk-release", source=WW)]),
          S("„Das war grob fahrlässig“, sagte Wasserwacht-Chef Bernd Ostermeier.", "quote",
            loaded=[L("grob fahrlässig", "demonising", "reported")]),
          S("Bürgermeisterin Anja Roloff wies den Vorwurf zurück: Die Stadt habe das Eis zu keinem Zeitpunkt freigegeben.",
            claims=[ST("Bürgermeisterin Anja Roloff wies den Vorwurf zurück", *RELEASED, "lk-release", source=CITY, denial=True)])),
        P(S("Im Winter 2039 waren auf dem Löhnsee zwei Kinder ertrunken.",
            claims=[Q("zwei Kinder", 2, "child", "killed", subject="löhnsee drowning of 2039", group="lk-2039", time=T("2039-01-01", "2039-12-31"))])),
    ],
    "removed": ["74 Partnern", "21.01.2046, 20:45 Uhr", "23 Kommentare", "1 Monat für 0 Euro", "6 Tipps der Wasserwacht",
                "Winterfest am Löhnsee abgesagt", "Schlagwörter: Löhnsee, Unglück, Wasserwacht, Winter", "© 2046 Sevenauer Tagblatt"],
}

# ------------------------------------------------------------------ ndp (de agency, text; Sunday)

NDP = {
    "input": "dev26/loehnsee-ndp.txt", "story": SID, "event": EV,
    "publisher": "ndp Nordavischer Depeschendienst", "published": "2046-01-21T19:10:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ndp Nordavischer Depeschendienst", "21.01.2046 – 19:10", "Ressort: Panorama"],
    "blocks": [
        H("Schlittschuhläufer brechen in Löhnsee ein – ein Toter",
          claims=[Q("ein Toter", 1, "person", "killed", subject=EVENT, group="lk-killed", time=SUN)]),
        P(S("SEVENAU (ndp) – Beim Eislaufen auf dem Löhnsee bei Sevenau ist am Sonntag etwa ein Dutzend Menschen ins Wasser gestürzt.",
            claims=[Q("etwa ein Dutzend Menschen", 12, "person", None, "about", subject=EVENT, group="lk-fell", time=SUN)]),
          S("Zwölf konnten gerettet werden, ein Mann starb, teilte die Polizei mit.",
            claims=[Q("Zwölf", 12, "person", "rescued", subject=EVENT, source="police", group="lk-rescued", time=SUN),
                    Q("ein Mann", 1, "person", "killed", subject=EVENT, source="police", group="lk-killed", time=SUN)]),
          S("Sechs Menschen kamen mit Unterkühlungen in Kliniken; mehr als 60 Helfer von Feuerwehr, Wasserwacht und Polizei waren im Einsatz.",
            claims=[Q("Sechs Menschen", 6, "person", "wounded", subject=EVENT, group="lk-hospital", time=SUN),
                    Q("mehr als 60 Helfer", 60, "person", "deployed", "more-than", subject=EVENT, group="lk-rescuers", time=SUN)])),
        P(S("Nach Angaben der Wasserwacht Sevenau soll die Stadt den See am Freitag im Internet zum Eislaufen freigegeben haben.",
            claims=[ST("soll die Stadt den See am Freitag im Internet zum Eislaufen freigegeben haben", *RELEASED, "lk-release", source=WW, hedged=True)]),
          S("Sicher sei Eis erst ab einer Dicke von 15 Zentimetern, sagte ein Sprecher.",
            claims=[Q("15 Zentimetern", 15, "centimetre", "size", "at-least", subject="safe thickness of ice", source=WW, hedged=True, group="lk-safe")]),
          S("Die Stadt bestreitet, das Eis freigegeben zu haben.",
            claims=[ST("Die Stadt bestreitet, das Eis freigegeben zu haben", *RELEASED, "lk-release", source=CITY, denial=True)])),
    ],
    "post": ["ndp sf/ol 211910 Jan 46", "", "Themen: Unglücke · Winter · Sevenau", "© ndp – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["21.01.2046 – 19:10", "ndp sf/ol 211910 Jan 46", "Themen: Unglücke · Winter · Sevenau",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ NRI (en broadcaster, Atom entry; Monday)

NRI = {
    "input": "dev26/nri-english.atom#tag:nri.example,2046:en/loehnsee-second-death", "story": SID, "event": EV,
    "publisher": "Nordavia Radio International", "published": "2046-01-22T16:30:00+01:00",
    "language": "en", "authors": ["Ingrid Mahlo"], "sensational": False,
    "blocks": [
        H("Girl dies after Lake Löhn ice accident, death toll rises to two",
          claims=[Q("death toll rises to two", 2, "person", "killed", subject=EVENT, group="lk-killed", time=MON)]),
        P(S("A nine-year-old girl pulled from Lake Löhn near Sevenau on Sunday died in hospital on Monday, bringing the number of dead to two, police said."
            , claims=[Q("the number of dead to two", 2, "person", "killed", subject=EVENT, source="police", group="lk-killed", time=MON)]),
          S("A 67-year-old man had died at the scene."),
          S("Twelve skaters were pulled out of the water alive; five of them are still being treated for hypothermia.",
            claims=[Q("Twelve skaters", 12, "person", "rescued", subject=EVENT, group="lk-rescued", time=SUN),
                    Q("five of them", 5, "person", "wounded", subject=EVENT, group="lk-hospital", time=MON)])),
        P(S("Where it broke, the ice was just three inches (eight centimetres) thick.",
            claims=[Q("three inches", 3, "inch", "size", subject="ice of the löhnsee", group="lk-ice", time=SUN),
                    Q("eight centimetres", 8, "centimetre", "size", subject="ice of the löhnsee", group="lk-ice", time=SUN)]),
          S("The local lifeguard service, the Wasserwacht, has accused the town of declaring the lake open for skating on Friday.",
            claims=[ST("has accused the town of declaring the lake open for skating on Friday", *RELEASED, "lk-release", source=WW)]),
          S("Mayor Anja Roloff said the town had “at no point” opened the ice to the public.",
            claims=[ST("the town had “at no point” opened the ice to the public", *RELEASED, "lk-release", source=CITY, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 3 min · NRI Evening Report</p>',
    "removed": ["Listen: 3 min", "NRI Evening Report"],
}

# ------------------------------------------------------------------ The Daily Klaxon (en tabloid, HTML; Monday; omits the denial)

DK_SITE = {
    "nav": ["News", "Showbiz", "Sport", "Money", "Real Life", "Puzzles"],
    "cookie": "We and our 212 partners use cookies to personalise ads. Manage your choices.",
    "cookie_ok": "I agree",
    "by": "By",
    "date_label": "Monday, 22 January 2046",
    "share": "Share · 388 comments",
    "ad": "WIN a weekend for 4 in the mountains – text ICE to 60606",
    "related_title": "Most read",
    "related": ["Top 10 frozen lakes you must never walk on", "Soap star's 3 secret weddings"],
    "footer": "© 2046 The Daily Klaxon Ltd",
}

DK = {
    "input": "dev26/loehnsee-klaxon.html", "story": SID, "event": EV,
    "publisher": "The Daily Klaxon", "published": "2046-01-22T21:00:00+00:00",
    "language": "en", "authors": ["Gary Pruett"], "sensational": True,
    "blocks": [
        H("DEATH ICE: TOWN WAVED SKATERS ONTO KILLER LAKE",
          loaded=[L("DEATH ICE", "alarmist"), L("KILLER LAKE", "alarmist")]),
        P(S("Two skaters are dead after town hall pen-pushers let families onto a frozen lake that was never safe.",
            claims=[Q("Two skaters", 2, "person", "killed", subject=EVENT, group="lk-killed", time=MON)],
            loaded=[L("pen-pushers", "belittling")]),
          S("The ice on Lake Löhn was a pathetic three inches thick when it cracked under more than a dozen skaters on Sunday.",
            claims=[Q("three inches", 3, "inch", "size", subject="ice of the löhnsee", group="lk-ice", time=SUN),
                    Q("more than a dozen skaters", 12, "person", None, "more-than", subject=EVENT, group="lk-fell", time=SUN)],
            loaded=[L("pathetic", "belittling")]),
          S("In all, the tragedy left eight people dead or injured.",
            claims=[Q("eight people", 8, "person", "killed or wounded", subject=EVENT, group="lk-killed", time=MON)]),
          S("More than 100 rescuers battled to reach them.",
            claims=[Q("More than 100 rescuers", 100, "person", "deployed", "more-than", subject=EVENT, group="lk-rescuers", time=SUN)])),
        P(S("The town had declared the lake open for skating on its website on Friday.",
            claims=[ST("The town had declared the lake open for skating on its website on Friday", *RELEASED, "lk-release")]),
          S("“This was murder by paperwork,” one neighbour told the Klaxon.", "quote",
            loaded=[L("murder by paperwork", "demonising", "reported")]),
          S("Heartless bosses who gamble with children's lives must be sacked!", "opinion",
            loaded=[L("Heartless", "demonising")])),
    ],
    "removed": ["212 partners", "388 comments", "text ICE to 60606", "Top 10 frozen lakes you must never walk on",
                "3 secret weddings", "© 2046 The Daily Klaxon Ltd"],
}

ARTICLES = [TB, NDP, NRI, DK]

REWRITES = []


def files():
    """The Atom feed nri-english.atom holds items of three stories and is written by dev26_brakhafen.py."""
    return {
        "loehnsee-tagblatt.html": (render_html(TB, TB_SITE), False),
        "loehnsee-ndp.txt": (render_txt(NDP), False),
        "loehnsee-klaxon.html": (render_html(DK, DK_SITE), False),
    }
