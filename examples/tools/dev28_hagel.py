"""dev28 story 2: on Saturday evening, 23 May 2048, a hailstorm with stones up to 5 cm across sweeps the Selvtal wine region
(Lavrenien) for about 20 minutes (a quarter of an hour by another count); the winegrowers' association puts the damaged
vineyards at 1,800 hectares, the agriculture ministry at about 1,200; insurers expect €45–60 million of insured losses; the
government declares an emergency and pledges €20 million of aid on Sunday. An opposition blog states as fact that the state's
hail-suppression aircraft stayed grounded because of budget cuts and that subsidies for hail nets were cut by 30 per cent;
the ministry denies both (the plane flew two sorties; the hail-net budget stayed at €4.5 million).

A German quality paper on Monday (Tauberner Allgemeine, HTML), an English wire report on Sunday (Meridian Wire, text; acres),
a partisan German blog on Monday (Bürgerstimme Lavrenien, RSS: claims as fact, no denial, a call to a rally) and the public
broadcaster's English service on Sunday evening (Lavrenia Radio International, Atom; this module writes the feed, with the
Dornegg item of dev28_dornegg.py). Invented: country, region, villages, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt, render_rss, render_atom
import dev28_dornegg

SID = "st-selvtal-hail"
EV = "ev-selvtal-hailstorm"
STORY = {"id": SID, "label": "Hailstorm ruins vineyards in the Selvtal wine region, Lavrenien",
         "events": [{"id": EV, "label": "Hailstorm over the Selvtal, damage estimates and emergency aid (23–25 May 2048)"}]}

EVENT = "selvtal hailstorm"
SAT = T("2048-05-23", "2048-05-23")
SUN = T("2048-05-24", "2048-05-24")
WV = "selvtal winegrowers association"
MIN = "agriculture ministry"
PLANE = (MIN, "halted", "hail-suppression flights before the selvtal storm because of budget cuts")
SUBSIDY = ("government", "halted", "subsidies for hail nets")
EMERGENCY = ("government", "declared emergency", "selvtal")

GROUPS = [
    {"id": "hail-size", "story": SID, "status": "agreed",
     "why": "Hailstones up to five centimetres (Tauberner Allgemeine) and up to two inches (Lavrenia Radio International, 5.1 cm)."},
    {"id": "hail-area", "story": SID, "status": "conflicting",
     "why": "Damaged vineyards: 1,800 hectares by the winegrowers' association (Tauberner Allgemeine; Meridian's about 4,400 acres) against about 1,200 by the ministry (Tauberner Allgemeine; Lavrenia Radio International's some 3,000 acres)."},
    {"id": "hail-harvest", "story": SID, "status": "agreed", "why": "Up to 70 per cent of the harvest lost in the worst-hit sites (Tauberner Allgemeine, Meridian)."},
    {"id": "hail-insured", "story": SID, "status": "compatible",
     "why": "Insured losses of €45–60 million (Tauberner Allgemeine, Meridian) beside 'at least €45 million' (Lavrenia Radio International), a bound at one end of the range."},
    {"id": "hail-cars", "story": SID, "status": "agreed", "why": "More than 2,000 cars damaged (Tauberner Allgemeine, Meridian)."},
    {"id": "hail-homes", "story": SID, "status": "compatible",
     "why": "'Hunderte Dächer' (Tauberner Allgemeine) beside about 700 homes (Lavrenia Radio International): a vague amount beside a figure."},
    {"id": "hail-injured", "story": SID, "status": "agreed", "why": "14 slightly injured (Tauberner Allgemeine), at least 14 (Lavrenia Radio International)."},
    {"id": "hail-firefighters", "story": SID, "status": "compatible",
     "why": "More than 400 firefighters (Tauberner Allgemeine) beside some 450 (Meridian): a looser bound."},
    {"id": "hail-aid", "story": SID, "status": "agreed", "why": "€20 million of emergency aid (Tauberner Allgemeine, Lavrenia Radio International, Bürgerstimme)."},
    {"id": "hail-duration", "story": SID, "status": "conflicting",
     "why": "The hail fell for about 20 minutes (Tauberner Allgemeine) or about a quarter of an hour (Lavrenia Radio International): two estimates neither of which allows the other."},
    {"id": "hail-emergency", "story": SID, "status": "agreed", "why": "The government declared an emergency for the Selvtal (Tauberner Allgemeine, Lavrenia Radio International)."},
    {"id": "hail-plane", "story": SID, "status": "disputed",
     "why": "Bürgerstimme (as fact) and the opposition (Meridian) say the hail-suppression plane stayed grounded because of cuts; the ministry denies it (Tauberner Allgemeine, Meridian)."},
    {"id": "hail-sorties", "story": SID, "status": "disputed",
     "why": "The ministry's counter-figure in its denial: the plane flew two sorties (Tauberner Allgemeine, Meridian)."},
    {"id": "hail-subsidy", "story": SID, "status": "disputed",
     "why": "Bürgerstimme says the government scrapped the hail-net subsidy; the ministry denies it (Lavrenia Radio International)."},
    {"id": "hail-netbudget", "story": SID, "status": "disputed",
     "why": "€4.5 million: the subsidy Bürgerstimme says is gone, and the budget the ministry says stays in place in its denial (Lavrenia Radio International)."},
]

# ------------------------------------------------------------------ Tauberner Allgemeine (de quality paper, HTML; Monday)

TA_SITE = {
    "nav": ["Startseite", "Lavrenien", "Welt", "Wirtschaft", "Region Selvtal", "Meinung", "Sport"],
    "cookie": "Wir verwenden Cookies und ähnliche Technologien. Mit „Zustimmen“ akzeptieren Sie die Verarbeitung.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "Montag, 25. Mai 2048, 06:00 Uhr",
    "share": "Artikel teilen · Drucken · 34 Kommentare",
    "ad": "Jetzt TA Digital testen – 4 Wochen für 0,99 €",
    "related_title": "Mehr zum Thema",
    "related": ["Winzer im Selvtal: Die Versicherung zahlt nicht alles", "Das Jahrhundertunwetter von 2031 in Bildern"],
    "footer": "© Tauberner Allgemeine Verlagsgesellschaft mbH · Impressum · Datenschutz",
    "inline": '<div class="newsletter"><p>Der TA-Morgen: Die wichtigsten Nachrichten um 6 Uhr in Ihrem Postfach. Jetzt abonnieren!</p></div>',
    "inline_at": 3,
}

TA = {
    "input": "dev28/selvtal-hagel-ta.html", "story": SID, "event": EV,
    "publisher": "Tauberner Allgemeine", "published": "2048-05-25T06:00:00+02:00",
    "language": "de", "authors": ["Johanna Kreiler"], "sensational": False,
    "blocks": [
        H("Nach dem Hagel: Selvtal-Winzer fürchten um den Jahrgang"),
        P(S("Das Unwetter, das am Samstagabend gegen 18.15 Uhr über das Selvtal zog, hat weit größere Schäden angerichtet als zunächst angenommen."),
          S("Etwa 20 Minuten lang prasselten bis zu fünf Zentimeter große Hagelkörner auf Weinberge, Dächer und Autos zwischen Marnach und Vinzberg.",
            claims=[Q("Etwa 20 Minuten", 20, "minute", "duration", "about", subject=EVENT, group="hail-duration"),
                    Q("bis zu fünf Zentimeter", 5, "centimetre", "size", "up-to", subject="hailstones", group="hail-size", time=SAT)])),
        P(S("Der Weinbauverband Selvtal schätzt die beschädigte Rebfläche auf 1.800 Hektar, das Landwirtschaftsministerium spricht von rund 1.200 Hektar.",
            claims=[Q("1.800 Hektar", 1800, "hectare", "damaged", subject=EVENT, source=WV, group="hail-area", time=SAT),
                    Q("rund 1.200 Hektar", 1200, "hectare", "damaged", "about", subject=EVENT, source=MIN, group="hail-area", time=SAT)]),
          S("In den am stärksten betroffenen Lagen sind nach Angaben des Verbands bis zu 70 Prozent der Ernte verloren.",
            claims=[Q("bis zu 70 Prozent", 70, "percent", None, "up-to", subject="selvtal grape harvest", source=WV, group="hail-harvest", time=SAT)]),
          S("Der Versicherungsverband rechnet mit versicherten Schäden von 45 bis 60 Millionen Euro.",
            claims=[Q("45 bis 60 Millionen Euro", None, "eur", "cost", "range", low=45000000, high=60000000, subject=EVENT, source="insurers", group="hail-insured", time=SAT)])),
        P(S("Auch Hunderte Dächer und mehr als 2.000 Autos wurden beschädigt.",
            claims=[Q("Hunderte Dächer", 200, None, "damaged", "at-least", subject=EVENT, group="hail-homes", time=SAT),
                    Q("mehr als 2.000 Autos", 2000, "vehicle", "damaged", "more-than", subject=EVENT, group="hail-cars", time=SAT)]),
          S("14 Menschen erlitten laut Polizei leichte Verletzungen, mehr als 400 Feuerwehrleute deckten bis in die Nacht Dächer mit Planen ab.",
            claims=[Q("14 Menschen", 14, "person", "wounded", subject=EVENT, source="police", group="hail-injured", time=SAT),
                    Q("mehr als 400 Feuerwehrleute", 400, "firefighter", "deployed", "more-than", subject=EVENT, group="hail-firefighters", time=SAT)])),
        P(S("Die Regierung rief am Sonntag für das Selvtal den Katastrophenfall aus und sagte 20 Millionen Euro Soforthilfe zu.",
            claims=[ST("Die Regierung rief am Sonntag für das Selvtal den Katastrophenfall aus", *EMERGENCY, "hail-emergency"),
                    Q("20 Millionen Euro", 20000000, "eur", "pledged", subject="government", group="hail-aid", time=SUN)]),
          S("Das Geld solle rasch und unbürokratisch fließen, kündigte Landwirtschaftsministerin Helene Starck an.")),
        P(S("Das Ministerium wies Berichte zurück, der staatliche Hagelflieger sei wegen Sparmaßnahmen am Boden geblieben.",
            claims=[ST("Das Ministerium wies Berichte zurück, der staatliche Hagelflieger sei wegen Sparmaßnahmen am Boden geblieben", *PLANE, "hail-plane", source=MIN, denial=True)]),
          S("Die Maschine habe zwei Einsätze geflogen, gegen eine Gewitterzelle dieser Größe sei sie aber machtlos gewesen, sagte ein Sprecher.",
            claims=[Q("zwei Einsätze", 2, None, None, subject="hail-suppression aircraft", source=MIN, hedged=True, group="hail-sorties", time=SAT)])),
        P(S("Für viele Familienbetriebe ist es das zweite schwere Jahr in Folge."),
          S("„So etwas habe ich seit dem Unwetter von 2031 nicht erlebt“, sagte der Vinzberger Winzer Paul Amrein.", "quote")),
    ],
    "removed": ["34 Kommentare", "4 Wochen für 0,99 €", "Der TA-Morgen", "Das Jahrhundertunwetter von 2031 in Bildern",
                "Verlagsgesellschaft mbH"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Sunday)

MW = {
    "input": "dev28/selvtal-hail-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2048-05-24T14:10:00+02:00",
    "language": "en", "authors": ["Dara Keane"], "sensational": False,
    "pre": ["MERIDIAN WIRE | English Service", "May 24, 2048 | 14:10 CEST", "By Dara Keane"],
    "blocks": [
        H("Hail shreds Lavrenian vineyards weeks before flowering"),
        P(S("TAUBERNE, May 24 (Meridian) - A hailstorm tore through the Selvtal wine region on Saturday evening, damaging about 4,400 acres of vineyards, according to the region's winegrowers' association.",
            claims=[Q("about 4,400 acres", 4400, "acre", "damaged", "about", subject=EVENT, source=WV, group="hail-area", time=SAT)]),
          S("Growers in the worst-hit sites could lose as much as 70% of this year's harvest, the association said.",
            claims=[Q("as much as 70%", 70, "percent", None, "up-to", subject="selvtal grape harvest", source=WV, group="hail-harvest", time=SAT)])),
        P(S("Insurers estimate insured losses at between €45m and €60m.",
            claims=[Q("between €45m and €60m", None, "eur", "cost", "range", low=45000000, high=60000000, subject=EVENT, source="insurers", group="hail-insured", time=SAT)]),
          S("More than 2,000 cars were dented or had windscreens smashed, and some 450 firefighters worked through the night to cover damaged roofs.",
            claims=[Q("More than 2,000 cars", 2000, "vehicle", "damaged", "more-than", subject=EVENT, group="hail-cars", time=SAT),
                    Q("some 450 firefighters", 450, "firefighter", "deployed", "about", subject=EVENT, group="hail-firefighters", time=SAT)])),
        P(S("Opposition politicians said the state's hail-suppression aircraft had been kept on the ground by budget cuts.",
            claims=[ST("the state's hail-suppression aircraft had been kept on the ground by budget cuts", *PLANE, "hail-plane", source="opposition")]),
          S("The agriculture ministry rejected that, saying the plane had flown two sorties but could not stop a storm cell of that size.",
            claims=[ST("The agriculture ministry rejected that", *PLANE, "hail-plane", source=MIN, denial=True),
                    Q("two sorties", 2, None, None, subject="hail-suppression aircraft", source=MIN, group="hail-sorties", time=SAT)])),
    ],
    "post": ["(Reporting by Dara Keane; Editing by Ben Orrick)", "((dara.keane@meridianwire.example; +44 20 7946 0312))", "Keywords: LAVRENIA WEATHER/HAIL WINE",
             "© 2048 Meridian Wire. All rights reserved."],
    "removed": ["Editing by Ben Orrick", "+44 20 7946 0312", "Keywords: LAVRENIA WEATHER/HAIL WINE", "© 2048 Meridian Wire", "By Dara Keane"],
}

# ------------------------------------------------------------------ Bürgerstimme Lavrenien (de partisan blog, RSS; Monday)

BS_CHANNEL = {"title": "Bürgerstimme Lavrenien", "link": "https://buergerstimme.example/",
              "description": "Die Stimme der Bürger gegen die Regierung in Tauberne.", "language": "de"}

BS = {
    "input": "dev28/buergerstimme.rss#bs-2048-05-25-hagel", "story": SID, "event": EV,
    "publisher": "Bürgerstimme Lavrenien", "published": "2048-05-25T10:30:00+02:00",
    "language": "de", "authors": ["Gerold Pfannhauser"], "sensational": True,
    "blocks": [
        H("Hagel-Desaster im Selvtal: Die Regierung hat die Winzer im Stich gelassen!",
          loaded=[L("Hagel-Desaster", "alarmist")]),
        P(S("Das Selvtal liegt in Trümmern, und schuld ist nicht nur das Wetter.", "opinion"),
          S("Der staatliche Hagelflieger blieb am Samstag am Boden, weil die Regierung das Programm im Sparwahn zusammengestrichen hat.",
            claims=[ST("Der staatliche Hagelflieger blieb am Samstag am Boden, weil die Regierung das Programm im Sparwahn zusammengestrichen hat", *PLANE, "hail-plane")],
            loaded=[L("Sparwahn", "demonising")]),
          S("Die Förderung für Hagelnetze hat dieselbe Regierung schon im Herbst gestrichen – 4,5 Millionen Euro, die den Winzern jetzt fehlen.",
            claims=[ST("Die Förderung für Hagelnetze hat dieselbe Regierung schon im Herbst gestrichen", *SUBSIDY, "hail-subsidy"),
                    Q("4,5 Millionen Euro", 4500000, "eur", None, subject="hail net subsidies", group="hail-netbudget")])),
        P(S("Viele Familienbetriebe stehen jetzt vor dem Aus.", "opinion"),
          S("Und was bietet Ministerin Starck an?", "opinion"),
          S("Lächerliche 20 Millionen Euro – ein Almosen für Menschen, die alles verloren haben!", "opinion",
            claims=[Q("Lächerliche 20 Millionen Euro", 20000000, "eur", "pledged", subject="government", group="hail-aid", time=SUN)],
            loaded=[L("Lächerliche", "belittling"), L("Almosen", "belittling")])),
        P(S("Dieses Regierungsversagen darf nicht ohne Folgen bleiben.", "opinion",
            loaded=[L("Regierungsversagen", "demonising")]),
          S("Kommt alle am Donnerstag um 18 Uhr zur Kundgebung vor das Landwirtschaftsministerium in Tauberne!", "opinion"),
          S("Teilt diesen Beitrag, bevor er wieder gelöscht wird!", "opinion")),
    ],
    "extra": '<p class="support">Unterstütze unabhängigen Journalismus: PayPal oder Überweisung ab 3 Euro</p>\n<p class="tags">Schlagworte: Hagel, Selvtal, Regierung, Starck</p>',
    "removed": ["Unterstütze unabhängigen Journalismus", "Schlagworte: Hagel, Selvtal, Regierung, Starck"],
}

# ------------------------------------------------------------------ Lavrenia Radio International (en broadcaster, Atom; Sunday evening)

LRI = {
    "input": "dev28/lri-english.atom#tag:lri.example,2048:news/selvtal-hail", "story": SID, "event": EV,
    "publisher": "Lavrenia Radio International", "published": "2048-05-24T19:40:00+02:00",
    "language": "en", "authors": ["Maja Olberg"], "sensational": False,
    "blocks": [
        H("Government declares emergency in hail-hit Selvtal"),
        P(S("The government has declared an emergency in the Selvtal wine region after Saturday evening's hailstorm and pledged €20m in emergency aid.",
            claims=[ST("The government has declared an emergency in the Selvtal wine region", *EMERGENCY, "hail-emergency"),
                    Q("€20m", 20000000, "eur", "pledged", subject="government", group="hail-aid", time=SUN)]),
          S("Hailstones up to two inches across fell for about a quarter of an hour, damaging some 3,000 acres of vines, the agriculture ministry said.",
            claims=[Q("up to two inches", 2, "inch", "size", "up-to", subject="hailstones", source=MIN, group="hail-size", time=SAT),
                    Q("about a quarter of an hour", 15, "minute", "duration", "about", subject=EVENT, source=MIN, group="hail-duration"),
                    Q("some 3,000 acres", 3000, "acre", "damaged", "about", subject=EVENT, source=MIN, group="hail-area", time=SAT)])),
        P(S("About 700 homes had roofs damaged, and at least 14 people were slightly hurt.",
            claims=[Q("About 700 homes", 700, "house", "damaged", "about", subject=EVENT, group="hail-homes", time=SAT),
                    Q("at least 14 people", 14, "person", "wounded", "at-least", subject=EVENT, group="hail-injured", time=SAT)]),
          S("Insurers put their share of the losses at at least €45m.",
            claims=[Q("at least €45m", 45000000, "eur", "cost", "at-least", subject=EVENT, source="insurers", group="hail-insured", time=SAT)])),
        P(S("The ministry denied claims circulating online that it had scrapped subsidies for hail nets, saying the €4.5m budget remained in place.",
            claims=[ST("The ministry denied claims circulating online that it had scrapped subsidies for hail nets", *SUBSIDY, "hail-subsidy", source=MIN, denial=True),
                    Q("€4.5m", 4500000, "eur", None, subject="hail net subsidies", source=MIN, group="hail-netbudget")])),
    ],
    "extra": '<p class="listen">Listen to this story · 1 min · LRI News in English</p>',
    "removed": ["Listen to this story", "LRI News in English"],
}

ARTICLES = [TA, MW, BS, LRI]

REWRITES = []

LRI_FEED = {"title": "Lavrenia Radio International – News in English", "link": "https://lri.example/en/",
            "id": "tag:lri.example,2048:news", "updated": "2048-05-24T19:40:00+02:00", "language": "en"}


def files():
    """Also writes lri-english.atom with the Dornegg item of dev28_dornegg.py."""
    atom = render_atom(LRI_FEED, [
        (LRI, "tag:lri.example,2048:news/selvtal-hail", "https://lri.example/en/news/selvtal-hail-emergency", LRI["extra"]),
        (dev28_dornegg.LRI, "tag:lri.example,2048:news/dornegg-bus-crash", "https://lri.example/en/news/dornegg-school-bus-crash",
         dev28_dornegg.LRI["extra"]),
    ])
    return {
        "selvtal-hagel-ta.html": (render_html(TA, TA_SITE), False),
        "selvtal-hail-meridian.txt": (render_txt(MW), False),
        "buergerstimme.rss": (render_rss(BS_CHANNEL, [(BS, "bs-2048-05-25-hagel",
                                                       "https://buergerstimme.example/2048/05/25/hagel-desaster", BS["extra"])]), False),
        "lri-english.atom": (atom, False),
    }
