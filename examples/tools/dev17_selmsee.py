"""dev17 story 3: a bloom of toxic blue-green algae closes Lake Selm (Marvinien) on Tuesday, 10 August 2032; four dogs die by
Tuesday, a fifth on Wednesday. The environmental group Seenbund Selm says farmers in the catchment ignored the manure ban
in force since July and that more than 60 percent of the lake's phosphate comes from fertiliser and manure; the farmers'
association Agrarverband Selmgau denies it and cites a study that puts agriculture's share at about 15 percent.

The public broadcaster's HTML page on Tuesday, the association's press release on Wednesday (its denial, its own figures,
boilerplate with figures), an English wire report on Wednesday (the fifth dog, a recalled bloom of 2018) and a water-filter
advertorial on Thursday (gzip; states the charge as fact, omits the denial, a call with a phone number). Invented by the
Parallax team: country, lake, towns, groups, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-selmsee-algae"
EV = "ev-selmsee-bloom"
STORY = {"id": SID, "label": "Toxic algae bloom closes Lake Selm",
         "events": [{"id": EV, "label": "A toxic blue-green algae bloom closes Lake Selm to bathers; dogs die, people treated (10–12 August 2032)"}]}

BLOOM = "lake selm algae bloom"
LAKE = "lake selm"
HA = "health authorities"
ENVA = "environment agency"
SEEN = "seenbund selm"
AGRAR = "agrarverband selmgau"
MANURE = ("selmgau farmers", "ignored", "manure ban in the lake selm catchment")
TUE = T("2032-08-10", "2032-08-10")
WED = T("2032-08-11", "2032-08-11")
WEEKEND_TUE = T("2032-08-07", "2032-08-10")
WEEKEND_WED = T("2032-08-07", "2032-08-11")

GROUPS = [
    {"id": "sl-beaches", "story": SID, "status": "agreed", "why": "The ban covers all 14 public beaches (MRF headline and body, Pemberton)."},
    {"id": "sl-ban-duration", "story": SID, "status": "agreed", "why": "The ban holds for two weeks for now (MRF, Pemberton)."},
    {"id": "sl-dogs", "story": SID, "status": "compatible",
     "why": "Four dogs dead by Tuesday (MRF, the health authority) and five after a fifth died on Wednesday (Pemberton headline and body, the advertorial on Thursday): an earlier and a later figure."},
    {"id": "sl-treated", "story": SID, "status": "compatible",
     "why": "23 people treated (MRF) and 'more than 20' (Pemberton, the health authority): a looser bound that allows the precise figure."},
    {"id": "sl-hospital", "story": SID, "status": "single-source", "why": "Only MRF: three of those treated taken to hospital."},
    {"id": "sl-hospital-children", "story": SID, "status": "single-source", "why": "Only MRF: two children among the three in hospital."},
    {"id": "sl-cover", "story": SID, "status": "agreed", "why": "The algae cover about a third of the lake, the environment agency's figure (MRF, Pemberton)."},
    {"id": "sl-area", "story": SID, "status": "agreed", "why": "The lake is 38 square kilometres (MRF; Pemberton with 15 square miles)."},
    {"id": "sl-visitors", "story": SID, "status": "agreed", "why": "Up to 40,000 visitors on hot days (MRF, Pemberton)."},
    {"id": "sl-manure", "story": SID, "status": "disputed",
     "why": "Seenbund Selm says farmers ignored the manure ban (MRF hedged, Pemberton); the advertorial states it as fact; the Agrarverband denies it (MRF, its release, Pemberton); the advertorial omits the denial."},
    {"id": "sl-phosphate", "story": SID, "status": "disputed",
     "why": "More than 60 percent of the phosphate from farming by Seenbund Selm's account (MRF, Pemberton; the advertorial as fact) against about 15 percent by the study the association cites (release; Pemberton in the sentence of the denial): a counter-figure of the denier."},
    {"id": "sl-water-temp", "story": SID, "status": "agreed",
     "why": "Water of 27 degrees (MRF, the environment agency on Monday; the release 'bis zu 27 Grad'; Pemberton)."},
    {"id": "sl-farms", "story": SID, "status": "single-source", "why": "Only the release: 340 member farms in the catchment."},
    {"id": "sl-checks", "story": SID, "status": "single-source", "why": "Only the release: 85 farms checked."},
    {"id": "sl-heat-duration", "story": SID, "status": "single-source", "why": "Only the release: heat for three weeks."},
    {"id": "sl-2018", "story": SID, "status": "single-source", "why": "Only Pemberton: a recalled bloom closed the lake for nine days in 2018 (another event)."},
    {"id": "sl-filter", "story": SID, "status": "single-source", "why": "Only the advertorial: its filter removes 99.8 percent of the toxins, by the maker's figures."},
    {"id": "sl-customers", "story": SID, "status": "single-source", "why": "Only the advertorial: 'Tausende Familien' have bought a filter."},
    {"id": "sl-discount", "story": SID, "status": "single-source", "why": "Only the advertorial: 20 percent off."},
    {"id": "sl-installation", "story": SID, "status": "single-source", "why": "Only the advertorial: free installation worth 290 euros."},
]

# ------------------------------------------------------------------ MRF (de public broadcaster, HTML; Tuesday)

MRF_SITE = {
    "nav": ["Nachrichten", "Marvinien", "Welt", "Wirtschaft", "Wetter", "Mediathek", "Regionales"],
    "cookie": "MRF nutzt Cookies für Statistik und eingebettete Videos. Mehr erfahren · Einstellungen",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Stand: 10.08.2032 15:40 Uhr",
    "share": "Teilen · Video: 2:14 Min.",
    "ad": "MRF Mediathek: „Seenland“ – die Naturdoku in 3 Folgen",
    "related_title": "Mehr zum Thema",
    "related": ["Blaualgen: 5 Fragen und Antworten zur Gefahr für Mensch und Tier", "Badegewässer: Wo Sie noch schwimmen können",
                "Hitze: Wetterdienst warnt vor 36 Grad"],
    "footer": "© Marvinischer Rundfunk 2032 · Impressum · Datenschutz · Kontakt",
    "after": '<p class="tags">Schlagworte: Selmsee · Blaualgen · Badeverbot</p>',
}

MRF = {
    "input": "dev17/selmsee-mrf.html", "story": SID, "event": EV,
    "publisher": "Marvinischer Rundfunk", "published": "2032-08-10T15:40:00+02:00",
    "language": "de", "authors": ["Lea Hartwig"], "sensational": False,
    "blocks": [
        H("Giftige Blaualgen im Selmsee: Badeverbot an allen 14 Stränden",
          claims=[Q("allen 14 Stränden", 14, None, None, subject="lake selm bathing ban", group="sl-beaches", time=TUE)]),
        P(S("Wegen einer massiven Blaualgenblüte hat das Gesundheitsamt Selmgau am Dienstag das Baden im Selmsee verboten."),
          S("Das Verbot gilt für alle 14 öffentlichen Badestellen und vorerst für zwei Wochen.",
            claims=[Q("alle 14 öffentlichen Badestellen", 14, None, None, subject="lake selm bathing ban", group="sl-beaches", time=TUE),
                    Q("zwei Wochen", 2, "week", "duration", subject="lake selm bathing ban", group="sl-ban-duration", time=None)]),
          S("Nach Angaben der Behörde sind seit dem Wochenende vier Hunde verendet, nachdem sie im See geschwommen waren.",
            claims=[Q("vier Hunde", 4, "animal", "killed", subject=BLOOM, source=HA, group="sl-dogs", time=WEEKEND_TUE)])),
        P(S("23 Menschen wurden wegen Hautausschlägen, Übelkeit oder Durchfall ärztlich behandelt.",
            claims=[Q("23 Menschen", 23, "person", None, subject=BLOOM, group="sl-treated", time=WEEKEND_TUE)]),
          S("Drei von ihnen, darunter zwei Kinder, kamen ins Krankenhaus.",
            claims=[Q("Drei von ihnen", 3, "person", None, subject="people taken to hospital after bathing in lake selm", group="sl-hospital", time=WEEKEND_TUE),
                    Q("zwei Kinder", 2, "child", None, subject="people taken to hospital after bathing in lake selm", group="sl-hospital-children", time=WEEKEND_TUE)])),
        P(S("Die Algen bedecken nach Messungen des Landesumweltamts inzwischen etwa ein Drittel der Seefläche.",
            claims=[Q("etwa ein Drittel der Seefläche", 33.3, "percent", None, "about", subject=BLOOM, source=ENVA, group="sl-cover", time=TUE)]),
          S("Der Selmsee ist 38 Quadratkilometer groß und gilt als beliebtestes Badegewässer des Landes.",
            claims=[Q("38 Quadratkilometer", 38, "square kilometre", "size", subject=LAKE, group="sl-area", time=None)]),
          S("An heißen Tagen kommen bis zu 40.000 Besucher an seine Ufer.",
            claims=[Q("bis zu 40.000 Besucher", 40000, "person", None, "up-to", subject="lake selm visitors", group="sl-visitors", time=None)])),
        P(S("Der Umweltverband Seenbund Selm macht die Landwirtschaft verantwortlich."),
          S("Landwirte im Einzugsgebiet hätten das seit Juli geltende Gülleverbot missachtet, erklärte Seenbund-Sprecherin Marit Olsen.",
            claims=[ST("Landwirte im Einzugsgebiet hätten das seit Juli geltende Gülleverbot missachtet", *MANURE, "sl-manure", source=SEEN, hedged=True)]),
          S("Mehr als 60 Prozent des Phosphats im See stamme aus Dünger und Gülle.",
            claims=[Q("Mehr als 60 Prozent des Phosphats", 60, "percent", None, "more-than", subject="farming share of the phosphate in lake selm", source=SEEN, hedged=True, group="sl-phosphate", time=None)]),
          S("Der Agrarverband Selmgau wies das zurück und verwies auf die Hitze der vergangenen Wochen.",
            claims=[ST("Der Agrarverband Selmgau wies das zurück", *MANURE, "sl-manure", source=AGRAR, denial=True)])),
        P(S("Das Landesumweltamt maß am Montag eine Wassertemperatur von 27 Grad.",
            claims=[Q("27 Grad", 27, "degree", None, subject="lake selm water temperature", source=ENVA, group="sl-water-temp", time=T("2032-08-09", "2032-08-09"))]),
          S("Hundebesitzer werden gebeten, ihre Tiere vom Ufer fernzuhalten."),
          S("Wer nach dem Baden Beschwerden bekommt, soll einen Arzt aufsuchen."),
          S("Die Gemeinden am See fürchten Einbußen mitten in der Ferienzeit.")),
        P(S("Blaualgen sind eigentlich Bakterien, die sich bei Hitze und hohem Nährstoffgehalt stark vermehren."),
          S("Ihre Gifte können Haut, Leber und Nervensystem schädigen."),
          S("Für Hunde, die beim Schwimmen Wasser schlucken, sind sie besonders gefährlich.")),
    ],
    "removed": ["MRF nutzt Cookies", "Stand: 10.08.2032 15:40 Uhr", "Video: 2:14 Min.", "die Naturdoku in 3 Folgen",
                "Blaualgen: 5 Fragen und Antworten zur Gefahr für Mensch und Tier", "Badegewässer: Wo Sie noch schwimmen können",
                "Hitze: Wetterdienst warnt vor 36 Grad", "© Marvinischer Rundfunk 2032", "Schlagworte: Selmsee · Blaualgen · Badeverbot"],
}

# ------------------------------------------------------------------ Agrarverband Selmgau (de press release, dateline block; Wednesday)

PR = {
    "input": "dev17/selmsee-agrarverband.txt", "story": SID, "event": EV,
    "publisher": "Agrarverband Selmgau", "published": "2032-08-11",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Agrarverband Selmgau e. V.", "Selmbrück, 11. August 2032"],
    "blocks": [
        H("Blaualgen im Selmsee: Agrarverband weist Vorwürfe des Seenbunds zurück",
          claims=[ST("Agrarverband weist Vorwürfe des Seenbunds zurück", *MANURE, "sl-manure", source=AGRAR, denial=True)]),
        P(S("Der Agrarverband Selmgau weist die Behauptung entschieden zurück, Landwirte hätten im Einzugsgebiet des Selmsees gegen das Gülleverbot verstoßen.",
            claims=[ST("Der Agrarverband Selmgau weist die Behauptung entschieden zurück", *MANURE, "sl-manure", source=AGRAR, denial=True)]),
          S("Seit dem 1. Juli hat keiner der 340 Mitgliedsbetriebe im Einzugsgebiet Gülle auf seine Flächen ausgebracht.",
            claims=[Q("der 340 Mitgliedsbetriebe", 340, "business", None, subject="agrarverband farms in the lake selm catchment", source=AGRAR, group="sl-farms", time=None)]),
          S("Das haben Kontrollen der Landwirtschaftskammer auf 85 Höfen bestätigt.",
            claims=[Q("85 Höfen", 85, None, None, subject="checks of farms in the lake selm catchment", source=AGRAR, group="sl-checks", time=None)])),
        P(S("Nach einer Studie der Universität Selmbrück aus dem Jahr 2029 stammen nur rund 15 Prozent des Phosphats im Selmsee aus der Landwirtschaft.",
            claims=[Q("rund 15 Prozent des Phosphats", 15, "percent", None, "about", subject="farming share of the phosphate in lake selm", source="universität selmbrück", group="sl-phosphate", time=None)]),
          S("Der weitaus größere Teil gelangt über Kläranlagen und alte Sedimente ins Wasser."),
          S("Ausschlaggebend für die Blüte sind nach Einschätzung des Verbands Wassertemperaturen von bis zu 27 Grad und die seit drei Wochen anhaltende Hitze.",
            claims=[Q("bis zu 27 Grad", 27, "degree", None, "up-to", subject="lake selm water temperature", source=AGRAR, group="sl-water-temp", time=None),
                    Q("seit drei Wochen", 3, "week", "duration", subject="heatwave at lake selm", source=AGRAR, group="sl-heat-duration", time=None)])),
        P(S("„Diese Hetzkampagne gegen unsere Bauernfamilien muss aufhören“, sagte Verbandspräsident Gerd Hollmann.", "quote",
            loaded=[L("Hetzkampagne", "demonising", "reported")]),
          S("„Wer jetzt mit dem Finger auf die Landwirte zeigt, hilft dem See kein bisschen.“", "quote")),
        P(S("Der Verband bietet dem Landesumweltamt an, gemeinsam zusätzliche Messstellen an den Zuflüssen des Sees einzurichten."),
          S("Er unterstützt die Sperrung der Badestellen ausdrücklich."),
          S("Die Mitgliedsbetriebe stellen den Gemeinden am See zudem Wasserwagen zur Verfügung, damit Tiere auf den Weiden nicht aus dem See trinken müssen."),
          S("Der Verband ruft alle Beteiligten zu einer sachlichen Debatte auf."),
          S("Auf Grundlage der Messdaten müsse geklärt werden, woher die Nährstoffe im See tatsächlich stammen.")),
    ],
    "post": ["Über den Agrarverband Selmgau: Der Verband vertritt rund 1.900 landwirtschaftliche Betriebe mit zusammen 62.000 Hektar Fläche.",
             "Pressekontakt: Ilka Brandes, Tel. 0731 / 44 20 18, presse@agrarverband-selmgau.example"],
    "removed": ["Selmbrück, 11. August 2032", "Über den Agrarverband Selmgau:", "rund 1.900 landwirtschaftliche Betriebe",
                "62.000 Hektar Fläche", "Pressekontakt: Ilka Brandes", "0731 / 44 20 18"],
}

# ------------------------------------------------------------------ Pemberton Wire (en wire, dateline block; Wednesday)

PEMBERTON = {
    "input": "dev17/selmsee-pemberton.txt", "story": SID, "event": EV,
    "publisher": "Pemberton Wire", "published": "2032-08-11T14:20:00+02:00",
    "language": "en", "authors": ["Tomas Reyes"], "sensational": False,
    "pre": ["PEMBERTON WIRE", "Aug 11, 2032 14:20 CEST", "By Tomas Reyes"],
    "blocks": [
        H("Toxic algae close Marvinian lake as fifth dog dies",
          claims=[Q("fifth dog dies", 5, "animal", "killed", subject=BLOOM, group="sl-dogs", time=WEEKEND_WED)]),
        P(S("Authorities in Marvinia have banned swimming in Lake Selm, the country's most popular bathing lake, after a bloom of toxic blue-green algae killed five dogs since the weekend.",
            claims=[Q("killed five dogs", 5, "animal", "killed", subject=BLOOM, group="sl-dogs", time=WEEKEND_WED)]),
          S("More than 20 people have sought medical treatment for rashes, nausea and diarrhoea, the local health authority said.",
            claims=[Q("More than 20 people", 20, "person", None, "more-than", subject=BLOOM, source=HA, group="sl-treated", time=WEEKEND_WED)])),
        P(S("The ban covers all 14 public beaches and is expected to last two weeks.",
            claims=[Q("all 14 public beaches", 14, None, None, subject="lake selm bathing ban", group="sl-beaches", time=TUE),
                    Q("two weeks", 2, "week", "duration", subject="lake selm bathing ban", group="sl-ban-duration", time=None)]),
          S("The algae now cover about a third of the 38-square-kilometre (15-square-mile) lake, according to the state environment agency.",
            claims=[Q("about a third", 33.3, "percent", None, "about", subject=BLOOM, source=ENVA, group="sl-cover", time=WED),
                    Q("38-square-kilometre", 38, "square kilometre", "size", subject=LAKE, group="sl-area", time=None),
                    Q("15-square-mile", 15, "square mile", "size", subject=LAKE, group="sl-area", time=None)])),
        P(S("The environmental group Seenbund Selm said farmers had ignored a ban on spreading manure near the lake that took effect in July, and that more than 60 percent of the phosphate in the water came from fertiliser and manure.",
            claims=[ST("farmers had ignored a ban on spreading manure near the lake", *MANURE, "sl-manure", source=SEEN),
                    Q("more than 60 percent of the phosphate", 60, "percent", None, "more-than", subject="farming share of the phosphate in lake selm", source=SEEN, group="sl-phosphate", time=None)]),
          S("The Selmgau farmers' association denied the charge, citing a 2029 university study that put agriculture's share at about 15 percent.",
            claims=[ST("The Selmgau farmers' association denied the charge", *MANURE, "sl-manure", source=AGRAR, denial=True),
                    Q("about 15 percent", 15, "percent", None, "about", subject="farming share of the phosphate in lake selm", source=AGRAR, group="sl-phosphate", time=None)])),
        P(S("Lake Selm draws up to 40,000 visitors on hot days.",
            claims=[Q("up to 40,000 visitors", 40000, "person", None, "up-to", subject="lake selm visitors", group="sl-visitors", time=None)]),
          S("Water temperatures reached 27 degrees Celsius on Monday.",
            claims=[Q("27 degrees Celsius", 27, "degree", None, subject="lake selm water temperature", group="sl-water-temp", time=T("2032-08-09", "2032-08-09"))]),
          S("Dog owners have been asked to keep their animals away from the shore."),
          S("A similar bloom closed the lake for nine days in 2018.",
            claims=[Q("for nine days", 9, "day", "duration", subject="lake selm closure of 2018", group="sl-2018", time=T("2018-01-01", "2018-12-31"))])),
        P(S("Lakeside towns fear heavy losses in the middle of the summer holidays."),
          S("Blue-green algae are bacteria that multiply quickly in warm water rich in nutrients, and their toxins can harm the skin, the liver and the nervous system.")),
    ],
    "post": ["(Reporting by Tomas Reyes; editing by Colin Marsh)", "", "Copyright 2032 Pemberton Wire. All rights reserved."],
    "removed": ["Aug 11, 2032 14:20 CEST", "By Tomas Reyes", "(Reporting by Tomas Reyes; editing by Colin Marsh)",
                "Copyright 2032 Pemberton Wire"],
}

# ------------------------------------------------------------------ AquaPur (de water-filter advertorial, gzip; Thursday; omits the denial)

ADV = {
    "input": "dev17/selmsee-anzeige.txt.gz", "story": SID, "event": EV,
    "publisher": "AquaPur Wassertechnik", "published": "2032-08-12", "language": "de",
    "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "AquaPur Wassertechnik", "12.08.2032"],
    "blocks": [
        H("Giftsee Selmsee: Schützen Sie Ihre Familie jetzt vor Algengift!",
          loaded=[L("Giftsee", "alarmist")]),
        P(S("Fünf tote Hunde, ein gesperrter See, kranke Kinder: Die Blaualgenkatastrophe am Selmsee zeigt, wie schnell unser Wasser zur Gefahr werden kann.", "opinion",
            claims=[Q("Fünf tote Hunde", 5, "animal", "killed", subject=BLOOM, group="sl-dogs", time=WEEKEND_WED)],
            loaded=[L("Blaualgenkatastrophe", "alarmist")]),
          S("Und die Ursache ist bekannt: Landwirte haben trotz Verbot Gülle in der Nähe des Sees ausgebracht.",
            claims=[ST("Landwirte haben trotz Verbot Gülle in der Nähe des Sees ausgebracht", *MANURE, "sl-manure")]),
          S("Mehr als 60 Prozent des Phosphats im Wasser stammen aus Dünger und Gülle.",
            claims=[Q("Mehr als 60 Prozent des Phosphats", 60, "percent", None, "more-than", subject="farming share of the phosphate in lake selm", group="sl-phosphate", time=None)])),
        P(S("Algengift kann auch in das Grundwasser und in private Brunnen gelangen."),
          S("Herkömmliche Haushaltsfilter halten es nicht zurück."),
          S("Die AquaPur-Aktivkohleanlage filtert nach Herstellerangaben 99,8 Prozent der Algentoxine aus dem Wasser.",
            claims=[Q("99,8 Prozent der Algentoxine", 99.8, "percent", None, subject="aquapur filter", source="aquapur", group="sl-filter", time=None)]),
          S("Tausende Familien rund um den Selmsee haben sich schon für sauberes Wasser entschieden.",
            claims=[Q("Tausende Familien", 2000, None, None, "at-least", subject="aquapur customers", group="sl-customers", time=None)])),
        P(S("Gerade Familien mit kleinen Kindern und Haustieren sollten jetzt handeln.", "opinion"),
          S("Machen Sie nicht den Fehler, zu lange zu warten!", "opinion"),
          S("Unsere Techniker sind in der ganzen Region Selmgau unterwegs und beraten Sie persönlich bei Ihnen zu Hause.")),
        P(S("Nur bis Sonntag: 20 Prozent Rabatt auf alle Anlagen und eine kostenlose Installation im Wert von 290 Euro.", "opinion",
            claims=[Q("20 Prozent Rabatt", 20, "percent", None, subject="aquapur discount", group="sl-discount", time=None),
                    Q("290 Euro", 290, "eur", None, subject="aquapur installation", group="sl-installation", time=None)]),
          S("Rufen Sie jetzt kostenlos an: 0800 / 27 82 27 87.", "opinion"),
          S("Oder vereinbaren Sie online einen Termin für eine unverbindliche Wasseranalyse.", "opinion")),
    ],
    "post": ["AquaPur Wassertechnik GmbH · Seestraße 4 · Selmbrück",
             "Bezahlte Anzeige. Angebot gültig bis 15.08.2032, solange der Vorrat reicht."],
    "removed": ["12.08.2032", "AquaPur Wassertechnik GmbH", "Seestraße 4", "Bezahlte Anzeige", "solange der Vorrat reicht"],
}

MRF["blocks"].append(P(
    S("Das Gesundheitsamt will die Werte zweimal pro Woche an allen Badestellen kontrollieren lassen."),
    S("Erst wenn mehrere Proben hintereinander unauffällig sind, soll das Verbot aufgehoben werden.")))

PR["blocks"].insert(4, P(
    S("Der Verband erinnert daran, dass die Landwirte im Selmgau bereits vor Jahren freiwillig breite Uferstreifen angelegt haben."),
    S("Auf diesen Flächen wird weder gedüngt noch gespritzt."),
    S("Zudem haben viele Betriebe ihre Güllelager auf eigene Kosten abgedeckt und modernisiert."),
    S("Diese Anstrengungen würden in der aktuellen Debatte vollständig ausgeblendet, kritisiert der Verband.")))

ADV["blocks"].insert(3, P(
    S("Viele Haushalte am See beziehen ihr Wasser noch aus eigenen Brunnen, die kaum jemand regelmäßig untersuchen lässt."),
    S("Was heute im See schwimmt, kann morgen aus Ihrem Wasserhahn kommen.", "opinion"),
    S("Warten Sie nicht, bis die Behörden auch Ihr Trinkwasser für ungenießbar erklären.", "opinion"),
    S("Mit AquaPur entscheiden Sie selbst, was in Ihr Glas kommt.", "opinion"),
    S("Unsere Anlagen werden in Selmbrück gefertigt und passen unter jede Spüle."),
    S("Die Filterkartuschen wechseln Sie mit einem Handgriff selbst."),
    S("Schon mehrere Gemeinden am Selmsee empfehlen ihren Bürgern, private Brunnen prüfen zu lassen.")))

ARTICLES = [MRF, PR, PEMBERTON, ADV]

REWRITES = []


def files():
    return {
        "selmsee-mrf.html": (render_html(MRF, MRF_SITE), False),
        "selmsee-agrarverband.txt": (render_txt(PR), False),
        "selmsee-pemberton.txt": (render_txt(PEMBERTON), False),
        "selmsee-anzeige.txt.gz": (render_txt(ADV), True),
    }
