"""dev29 story 1: early on Tuesday, 9 March 2049, a methane explosion tears through section 4 of the Brannfeld coal mine
(Kelvarien), 870 m below ground; 64 miners are underground. On Tuesday at least seven are dead, 19 injured (four seriously)
and five missing; more than 200 rescuers by one count, some 180 by another. On Friday, 12 March, the bodies of the five
missing are recovered and the toll rises to twelve; prosecutors open an investigation into the operator Dravik. The miners'
union Kumpelbund says Dravik ignored warnings about rising methane levels; Dravik rejects it. Two events.

The German agency on Tuesday (KPA, text), an English wire on Tuesday evening (Continental Newswire, gzip text; feet, a combined
dead-or-injured figure), a German tabloid on Saturday (Der Morgenblitz, HTML: the union's charge as fact, no denial) and the
public broadcaster's English service on Friday (Radio Kelvaria International, Atom; this module writes the feed, with the
Sarnwald item of dev29_sarnwald.py). Invented: country, towns, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt, render_atom
import dev29_sarnwald

SID = "st-brannfeld-mine"
EV1 = "ev-brannfeld-explosion"
EV2 = "ev-brannfeld-toll-probe"
STORY = {"id": SID, "label": "Methane explosion in the Brannfeld coal mine, Kelvarien",
         "events": [{"id": EV1, "label": "The explosion, the first toll and the rescue (9 March 2049)"},
                    {"id": EV2, "label": "The five missing found dead, toll of twelve, prosecutors investigate Dravik (12–13 March 2049)"}]}

EVENT = "brannfeld mine explosion"
TUE = T("2049-03-09", "2049-03-09")
FRI = T("2049-03-12", "2049-03-12")
AUTH = "mining authority"
WARN = ("dravik", "ignored", "warnings about rising methane levels in the brannfeld mine")
PROBE = ("prosecutors", "investigated", "dravik")

GROUPS = [
    {"id": "mine-dead", "story": SID, "status": "compatible",
     "why": "At least seven dead on Tuesday (KPA, Continental; 'from seven' in RKI), twelve on Friday once the five missing were found dead (Morgenblitz, RKI): a later figure and its further batch; Continental's 26 dead or injured is a combined measure."},
    {"id": "mine-injured", "story": SID, "status": "agreed", "why": "19 miners injured (KPA, Continental)."},
    {"id": "mine-serious", "story": SID, "status": "agreed", "why": "Four of the injured seriously (KPA 'vier davon schwer', Continental 'four of them seriously')."},
    {"id": "mine-missing", "story": SID, "status": "agreed", "why": "Five miners missing on Tuesday (KPA, Continental)."},
    {"id": "mine-underground", "story": SID, "status": "agreed", "why": "64 miners underground (KPA) and 'more than 60' (Continental): a bound within 10 %."},
    {"id": "mine-depth", "story": SID, "status": "agreed", "why": "870 metres (KPA) and about 2,850 feet (Continental, 869 m)."},
    {"id": "mine-rescuers", "story": SID, "status": "conflicting",
     "why": "More than 200 rescuers (KPA) against some 180 (Continental) on the same Tuesday: the bound excludes the estimate."},
    {"id": "mine-2031", "story": SID, "status": "single-source",
     "why": "23 miners killed at Halmstedt in 2031 (KPA's recalled disaster): a figure of its own, no rival of this toll."},
    {"id": "mine-staff", "story": SID, "status": "single-source", "why": "Dravik employs about 3,400 people (Continental only)."},
    {"id": "mine-warnings", "story": SID, "status": "disputed",
     "why": "Kumpelbund says Dravik ignored methane warnings (Continental, RKI; Morgenblitz as fact); Dravik rejects it (Continental, RKI)."},
    {"id": "mine-warning-count", "story": SID, "status": "single-source", "why": "'Mindestens dreimal' warned (Morgenblitz only): a number of the accusation, a figure of its own."},
    {"id": "mine-closures", "story": SID, "status": "single-source", "why": "Section 4 allegedly closed twice in February (RKI only)."},
    {"id": "mine-probe", "story": SID, "status": "agreed", "why": "Prosecutors in Terlach investigate Dravik (Morgenblitz, RKI)."},
    {"id": "mine-town", "story": SID, "status": "single-source", "why": "Nearly 11,000 people live in Brannfeld (Morgenblitz's digression)."},
    {"id": "mine-club", "story": SID, "status": "single-source", "why": "The miners' club's 150 years (Morgenblitz's digression)."},
    {"id": "mine-hospital", "story": SID, "status": "single-source", "why": "Eleven miners still in hospital on Friday (RKI only)."},
    {"id": "mine-critical", "story": SID, "status": "single-source", "why": "Two of them in critical condition (RKI only)."},
]

# ------------------------------------------------------------------ KPA (de agency, text; Tuesday)

KPA = {
    "input": "dev29/brannfeld-grube-kpa.txt", "story": SID, "event": EV1,
    "publisher": "KPA Kelvarische Presseagentur", "published": "2049-03-09T14:20:00+01:00",
    "language": "de", "authors": ["Lena Marschall"], "sensational": False,
    "pre": ["KPA Kelvarische Presseagentur", "Dienstag, 9. März 2049, 14:20 Uhr", "Von Lena Marschall"],
    "blocks": [
        H("Explosion in Grube Brannfeld: Mindestens sieben Bergleute tot",
          claims=[Q("Mindestens sieben Bergleute", 7, "worker", "killed", "at-least", subject=EVENT, group="mine-dead", time=TUE)]),
        P(S("Bei einer Schlagwetterexplosion in der Steinkohlengrube Brannfeld im Osten Kelvariens sind am Dienstagmorgen mindestens sieben Bergleute ums Leben gekommen.",
            claims=[Q("mindestens sieben Bergleute", 7, "worker", "killed", "at-least", subject=EVENT, group="mine-dead", time=TUE)]),
          S("19 weitere wurden verletzt, vier davon schwer, wie die Bergbehörde in Terlach mitteilte.",
            claims=[Q("19 weitere", 19, "worker", "wounded", subject=EVENT, source=AUTH, group="mine-injured", time=TUE),
                    Q("vier davon schwer", 4, "worker", "wounded", subject=EVENT, source=AUTH, group="mine-serious", time=TUE)])),
        P(S("Fünf Bergleute werden nach Angaben der Behörde noch vermisst.",
            claims=[Q("Fünf Bergleute", 5, "worker", "missing", subject=EVENT, source=AUTH, group="mine-missing", time=TUE)]),
          S("Zum Zeitpunkt der Explosion gegen 5.40 Uhr befanden sich 64 Bergleute unter Tage.",
            claims=[Q("64 Bergleute", 64, "worker", None, subject=EVENT, group="mine-underground", time=TUE)]),
          S("Die Explosion ereignete sich im Revier 4 in 870 Metern Tiefe.",
            claims=[Q("870 Metern", 870, "metre", "size", subject="brannfeld mine", group="mine-depth")])),
        P(S("Mehr als 200 Grubenwehrleute und Helfer sind im Einsatz.",
            claims=[Q("Mehr als 200 Grubenwehrleute und Helfer", 200, "person", "deployed", "more-than", subject=EVENT, group="mine-rescuers", time=TUE)]),
          S("Die Bergung werde durch giftige Brandgase erschwert, sagte ein Sprecher der Bergbehörde.")),
        P(S("Es ist das schwerste Grubenunglück in Kelvarien seit 2031, als in der Zeche Halmstedt 23 Bergleute starben.",
            claims=[Q("23 Bergleute", 23, "worker", "killed", subject="halmstedt mine disaster", group="mine-2031", time=T("2031-01-01", "2031-12-31"))]),
          S("Die Grube gehört dem Bergbaukonzern Dravik und ist seit 1968 in Betrieb."),
          S("Ein Dravik-Sprecher sagte, die Ursache sei noch völlig unklar."),
          S("„Wir sind in Gedanken bei den Familien“, sagte Vorstandschef Anton Berisch.", "quote")),
        P(S("Für Angehörige hat die Bergbehörde eine Hotline unter 0800 4471 220 eingerichtet.")),
    ],
    "post": ["kpa lm/bh 091420 Mär 49", "© KPA Kelvarische Presseagentur. Alle Rechte vorbehalten."],
    "removed": ["Von Lena Marschall", "kpa lm/bh", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, gzip text; Tuesday evening)

CNW = {
    "input": "dev29/brannfeld-mine-continental.txt.gz", "story": SID, "event": EV1,
    "publisher": "Continental Newswire", "published": "2049-03-09T19:05:00+01:00",
    "language": "en", "authors": ["Oren Talley"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "March 9, 2049 / 7:05 PM / Updated", "By Oren Talley"],
    "blocks": [
        H("At least seven killed in Kelvarian coal mine blast",
          claims=[Q("At least seven", 7, "person", "killed", "at-least", subject=EVENT, group="mine-dead", time=TUE)]),
        P(S("TERLACH, March 9 (Continental) - A methane explosion tore through the Brannfeld coal mine in eastern Kelvaria early on Tuesday, killing at least seven miners and injuring 19, four of them seriously, the state mining authority said.",
            claims=[Q("at least seven miners", 7, "worker", "killed", "at-least", subject=EVENT, source=AUTH, group="mine-dead", time=TUE),
                    Q("injuring 19", 19, "worker", "wounded", subject=EVENT, source=AUTH, group="mine-injured", time=TUE),
                    Q("four of them seriously", 4, "worker", "wounded", subject=EVENT, source=AUTH, group="mine-serious", time=TUE)]),
          S("Five miners remain missing about 2,850 feet below ground, and more than 60 were underground at the time of the blast.",
            claims=[Q("Five miners", 5, "worker", "missing", subject=EVENT, group="mine-missing", time=TUE),
                    Q("about 2,850 feet", 2850, "foot", "size", "about", subject="brannfeld mine", group="mine-depth"),
                    Q("more than 60", 60, "worker", None, "more-than", subject=EVENT, group="mine-underground", time=TUE)])),
        P(S("In all, the blast left 26 people dead or injured, making it the country's worst mining accident since 2031.",
            claims=[Q("26 people dead or injured", 26, "person", "killed or wounded", subject=EVENT, group="mine-dead", time=TUE)]),
          S("Some 180 rescuers were working in shifts to reach the missing men, the authority said.",
            claims=[Q("Some 180 rescuers", 180, "person", "deployed", "about", subject=EVENT, source=AUTH, group="mine-rescuers", time=TUE)])),
        P(S("Piet Vanek, head of the miners' union Kumpelbund, said Dravik had ignored repeated warnings about rising methane levels in section 4.",
            claims=[ST("Dravik had ignored repeated warnings about rising methane levels in section 4", *WARN, "mine-warnings", source="kumpelbund")]),
          S("\"They treated these men like spare parts,\" Vanek told Continental.", "quote",
            loaded=[L("like spare parts", "demonising", "reported")])),
        P(S("Dravik, which employs about 3,400 people at its Kelvarian pits, rejected the accusation.",
            claims=[Q("about 3,400 people", 3400, "person", "employed", "about", subject="dravik", group="mine-staff"),
                    ST("rejected the accusation", *WARN, "mine-warnings", source="dravik", denial=True)]),
          S("\"We take every warning seriously and will cooperate fully with investigators,\" a company spokeswoman said.", "quote")),
    ],
    "post": ["(Reporting by Oren Talley; Editing by Mara Quist)", "Our Standards: The Continental Trust Principles."],
    "removed": ["By Oren Talley", "Editing by Mara Quist", "Continental Trust Principles"],
}

# ------------------------------------------------------------------ Der Morgenblitz (de tabloid, HTML; Saturday)

MB_SITE = {
    "nav": ["Home", "News", "Kelvarien", "Promis", "Sport", "Ratgeber", "Gewinnspiele"],
    "cookie": "Wir und unsere 214 Partner nutzen Cookies. Mit Klick auf „Alle akzeptieren“ stimmen Sie zu.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "13.03.2049 – 06:45 Uhr",
    "share": "Teilen auf Facebook · WhatsApp · X",
    "ad": "ANZEIGE: Sofortkredit bis 50.000 Euro – Zusage in 60 Sekunden!",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Lotto-Millionär verprasst alles in drei Monaten", "Horror-Crash auf der A4: Fahrer eingeklemmt"],
    "footer": "© Morgenblitz Medien GmbH · Impressum · Datenschutz · Jugendschutz",
    "inline": '<div class="plus"><p>MORGENBLITZ PLUS: Alle Hintergründe zur Todes-Grube nur mit Abo – jetzt 1 Monat gratis!</p></div>',
    "inline_at": 2,
}

MB = {
    "input": "dev29/brannfeld-grube-morgenblitz.html", "story": SID, "event": EV2,
    "publisher": "Der Morgenblitz", "published": "2049-03-13T06:45:00+01:00",
    "language": "de", "authors": ["Kai Drosten"], "sensational": True,
    "blocks": [
        H("TODES-GRUBE! Zwölf Kumpel tot – Dravik ignorierte alle Warnungen",
          claims=[Q("Zwölf Kumpel", 12, "worker", "killed", subject=EVENT, group="mine-dead", time=FRI),
                  ST("Dravik ignorierte alle Warnungen", *WARN, "mine-warnings")],
          loaded=[L("TODES-GRUBE", "alarmist")]),
        P(S("Seit Freitag ist es traurige Gewissheit: Auch die fünf vermissten Bergleute aus der Grube Brannfeld sind tot.",
            claims=[Q("die fünf vermissten Bergleute", 5, "worker", "killed", subject=EVENT, group="mine-dead", time=FRI)]),
          S("Damit sind zwölf Kumpel bei der Explosion vom Dienstag ums Leben gekommen.",
            claims=[Q("zwölf Kumpel", 12, "worker", "killed", subject=EVENT, group="mine-dead", time=FRI)])),
        P(S("Die bittere Wahrheit: Dieser Horror hätte verhindert werden können.", "opinion",
            loaded=[L("Horror", "alarmist")]),
          S("Mindestens dreimal hatten Kumpel vor steigenden Methanwerten in Revier 4 gewarnt, doch die Profit-Bosse von Dravik ignorierten alle Warnungen.",
            claims=[Q("Mindestens dreimal", 3, None, None, "at-least", subject="kumpel warnings", group="mine-warning-count"),
                    ST("die Profit-Bosse von Dravik ignorierten alle Warnungen", *WARN, "mine-warnings")],
            loaded=[L("Profit-Bosse", "demonising")])),
        P(S("„Die haben unsere Männer verheizt“, sagt die Witwe eines Steigers (41), die ihren Namen nicht in der Zeitung lesen will.", "quote",
            loaded=[L("verheizt", "demonising", "reported")])),
        P(S("Inzwischen ermittelt die Staatsanwaltschaft Terlach gegen Dravik.",
            claims=[ST("Inzwischen ermittelt die Staatsanwaltschaft Terlach gegen Dravik", *PROBE, "mine-probe")]),
          S("Und die Konzernspitze?", "opinion"),
          S("Die versteckt sich hinter ihren Anwälten.", "opinion")),
        P(S("Fast 11.000 Menschen leben in Brannfeld, in fast jeder Familie arbeitet einer unter Tage.",
            claims=[Q("Fast 11.000 Menschen", 11000, "person", None, "about", subject="brannfeld", group="mine-town")]),
          S("Erst Anfang Februar hatte die Stadt das 150-jährige Bestehen ihres Knappenvereins gefeiert – jetzt trägt sie Trauer.",
            claims=[Q("150-jährige Bestehen", 150, "year", "duration", subject="brannfeld miners' club", group="mine-club")])),
    ],
    "removed": ["214 Partner", "Sofortkredit bis 50.000 Euro", "MORGENBLITZ PLUS", "Lotto-Millionär", "Horror-Crash auf der A4",
                "Morgenblitz Medien GmbH"],
}

# ------------------------------------------------------------------ Radio Kelvaria International (en broadcaster, Atom; Friday)

RKI = {
    "input": "dev29/rki-english.atom#tag:rki.example,2049:news/brannfeld-toll", "story": SID, "event": EV2,
    "publisher": "Radio Kelvaria International", "published": "2049-03-12T18:30:00+01:00",
    "language": "en", "authors": ["Sunniva Hale"], "sensational": False,
    "blocks": [
        H("Brannfeld mine death toll rises to 12 as prosecutors open inquiry",
          claims=[Q("death toll rises to 12", 12, "person", "killed", subject=EVENT, group="mine-dead", time=FRI)]),
        P(S("The death toll from Tuesday's methane explosion at the Brannfeld coal mine has risen to 12, from seven on Tuesday, after rescuers recovered the bodies of the five missing miners, the state mining authority said on Friday.",
            claims=[Q("has risen to 12", 12, "person", "killed", subject=EVENT, source=AUTH, group="mine-dead", time=FRI),
                    Q("from seven on Tuesday", 7, "person", "killed", subject=EVENT, source=AUTH, group="mine-dead", time=TUE),
                    Q("the five missing miners", 5, "worker", "killed", subject=EVENT, source=AUTH, group="mine-dead", time=FRI)]),
          S("Eleven miners remain in hospital, two of them in critical condition.",
            claims=[Q("Eleven miners", 11, "worker", "wounded", subject=EVENT, group="mine-hospital", time=FRI),
                    Q("two of them", 2, "worker", "wounded", subject=EVENT, group="mine-critical", time=FRI)])),
        P(S("Prosecutors in Terlach said they had opened an investigation into Dravik, the mine's operator, on suspicion of negligent homicide.",
            claims=[ST("they had opened an investigation into Dravik", *PROBE, "mine-probe", source="prosecutors")])),
        P(S("The miners' union Kumpelbund says Dravik ignored warnings about rising methane levels in the weeks before the blast.",
            claims=[ST("Dravik ignored warnings about rising methane levels in the weeks before the blast", *WARN, "mine-warnings", source="kumpelbund")]),
          S("The company denies this and has called Brannfeld \"one of the safest mines in Europe\".",
            claims=[ST("The company denies this", *WARN, "mine-warnings", source="dravik", denial=True)],
            loaded=[L("one of the safest mines in Europe", "glorifying", "reported")])),
        P(S("Section 4 had allegedly been closed twice in February because of high gas readings.",
            claims=[Q("twice", 2, None, None, subject="brannfeld mine section 4", hedged=True, group="mine-closures", time=T("2049-02-01", "2049-02-28"))])),
        P(S("The government has declared Monday a national day of mourning.")),
    ],
    "extra": '<p class="listen">Listen to this story · 2 min · RKI News in English</p>',
    "removed": ["Listen to this story", "RKI News in English"],
}

ARTICLES = [KPA, CNW, MB, RKI]

REWRITES = []

RKI_FEED = {"title": "Radio Kelvaria International – News in English", "link": "https://rki.example/en/",
            "id": "tag:rki.example,2049:news", "updated": "2049-07-21T12:15:00+02:00", "language": "en"}


def files():
    """Also writes rki-english.atom with the Sarnwald item of dev29_sarnwald.py."""
    atom = render_atom(RKI_FEED, [
        (dev29_sarnwald.RKI, "tag:rki.example,2049:news/sarnwald-fire", "https://rki.example/en/news/sarnwald-wildfire-evacuation",
         dev29_sarnwald.RKI["extra"]),
        (RKI, "tag:rki.example,2049:news/brannfeld-toll", "https://rki.example/en/news/brannfeld-mine-toll-12", RKI["extra"]),
    ])
    return {
        "brannfeld-grube-kpa.txt": (render_txt(KPA), False),
        "brannfeld-mine-continental.txt.gz": (render_txt(CNW), True),
        "brannfeld-grube-morgenblitz.html": (render_html(MB, MB_SITE), False),
        "rki-english.atom": (atom, False),
    }
