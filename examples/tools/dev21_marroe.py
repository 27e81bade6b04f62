"""dev21 story 3: in a storm in the night to Tuesday, 10 November 2037, the container ship Hamvik Tern of Hamvik Lines loses
containers about 40 kilometres north of the Saldarian island of Marrö; the owner first counts 38, on Saturday 52. From Friday
containers and cargo wash up on Marrö's northern beaches; the municipality closes about 22 kilometres of beach. The
environmental group Blaue Küste says at least three of the lost containers held 54 tonnes of pesticide and Hamvik kept quiet
about it; Hamvik denies that any dangerous goods were among the lost cargo.

The owner's press release (English text with a dateline and an "About" boilerplate; its own euphemism and its own denial), an
English wire report on Tuesday (miles for the release's kilometres), a German island paper on Saturday (HTML; event 2, the
later count with the earlier restated, a range of costs, the charge in Konjunktiv I, a phone number in the body) and an
insurance broker's advertorial (text) that omits the denial and states the charge as fact. Invented by the Parallax team:
country, island, ship, company, group, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-hamvik-containers"
EV1 = "ev-hamvik-tern-loss"
EV2 = "ev-marroe-beaches"
STORY = {"id": SID, "label": "Container ship Hamvik Tern loses containers off Marrö; cargo washes ashore",
         "events": [{"id": EV1, "label": "The Hamvik Tern loses 38 containers in a storm north of Marrö; an environmental group says some held pesticide, Hamvik denies it (10 November 2037)"},
                    {"id": EV2, "label": "Containers and cargo wash up on Marrö; Hamvik raises the count to 52; beaches closed (13–18 November 2037)"}]}

HAMVIK = "hamvik"
BK = "blaue küste"
BROKER = "dünenhaus versicherungsmakler"
LOST = "containers lost by the hamvik tern"
TUE = T("2037-11-10", "2037-11-10")
SAT = T("2037-11-14", "2037-11-14")
POISON = (HAMVIK, "lied", "about pesticide in the lost containers")

GROUPS = [
    {"id": "mc-lost", "story": SID, "status": "compatible",
     "why": "38 containers by Hamvik's first count on Tuesday (release, Lodestar; restated by the Inselbote) and 52 by its count on Saturday (Inselbote, advertorial): an earlier and a later figure."},
    {"id": "mc-aboard", "story": SID, "status": "agreed", "why": "2,100 containers aboard (release) and 'more than 2,000' (Lodestar): a bound of the same number."},
    {"id": "mc-crew", "story": SID, "status": "agreed", "why": "A crew of 19, all unhurt (release, Lodestar)."},
    {"id": "mc-position", "story": SID, "status": "agreed", "why": "About 40 kilometres north of Marrö (release) and some 25 miles (Lodestar): one distance in two units."},
    {"id": "mc-wind", "story": SID, "status": "agreed", "why": "Gusts of up to 130 km/h (Lodestar, Inselbote)."},
    {"id": "mc-arrival", "story": SID, "status": "single-source", "why": "Only the release: the first containers expected on Marrö within 72 hours."},
    {"id": "mc-poison", "story": SID, "status": "disputed",
     "why": "Blaue Küste says Hamvik kept quiet about pesticide in the lost containers (Lodestar, Inselbote hedged); the advertorial states it as fact; Hamvik denies it (release, Lodestar, Inselbote); the advertorial omits the denial."},
    {"id": "mc-poison-containers", "story": SID, "status": "agreed",
     "why": "At least three containers with pesticide, the accusation's own figure (Lodestar, Inselbote hedged; the advertorial's 'drei davon' as fact)."},
    {"id": "mc-tonnes", "story": SID, "status": "agreed", "why": "54 tonnes of pesticide, the accusation's own figure (Lodestar, Inselbote hedged)."},
    {"id": "mc-beach", "story": SID, "status": "agreed", "why": "About 22 kilometres of beach closed (Inselbote, advertorial)."},
    {"id": "mc-half", "story": SID, "status": "single-source", "why": "Only the Inselbote: nearly half of the island's coast."},
    {"id": "mc-volunteers", "story": SID, "status": "single-source", "why": "Only the Inselbote: about 600 volunteers."},
    {"id": "mc-cleanup", "story": SID, "status": "single-source", "why": "Only the Inselbote: cleaning up will cost 1.5 to 2 million euros."},
    {"id": "mc-adv-share", "story": SID, "status": "single-source", "why": "Only the advertorial: nearly every third holiday home uninsured."},
    {"id": "mc-adv-price", "story": SID, "status": "single-source", "why": "Only the advertorial: from 9.90 euros a month."},
]

# ------------------------------------------------------------------ Hamvik Lines press release (en text; Tuesday)

PR = {
    "input": "dev21/marroe-hamvik.txt", "story": SID, "event": EV1,
    "publisher": "Hamvik Lines", "published": "2037-11-10T14:00:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["PRESS RELEASE", "Hamvik Lines", "For immediate release – November 10, 2037"],
    "blocks": [
        H("Statement on the Hamvik Tern"),
        P(S("ROTTERVIK, Saldaria – Hamvik Lines confirms that during severe weather last night, about 40 kilometres north of the island of Marrö, 38 containers left the deck of its vessel Hamvik Tern.",
            claims=[Q("about 40 kilometres", 40, "kilometre", "distance", "about", subject="position of the hamvik tern when it lost containers", source=HAMVIK, group="mc-position", time=TUE),
                    Q("38 containers", 38, "container", None, subject=LOST, source=HAMVIK, group="mc-lost", time=TUE)],
            loaded=[L("left the deck", "euphemism")]),
          S("The ship, which is carrying 2,100 containers from Ostravik to Port Selden, is continuing its voyage.",
            claims=[Q("2,100 containers", 2100, "container", None, subject="containers aboard the hamvik tern", source=HAMVIK, group="mc-aboard", time=TUE)]),
          S("All 19 crew members are safe and unharmed.",
            claims=[Q("All 19 crew members", 19, "person", None, subject="crew of the hamvik tern", source=HAMVIK, group="mc-crew", time=TUE)])),
        P(S("Claims circulating online that some of the containers carried pesticides are incorrect.",
            claims=[ST("Claims circulating online that some of the containers carried pesticides are incorrect", *POISON, "mc-poison", source=HAMVIK, denial=True)]),
          S("We have engaged a salvage company to track and recover the containers."),
          S("The first of them may reach the coast of Marrö within 72 hours.",
            claims=[Q("within 72 hours", 72, "hour", "duration", "up-to", subject="drift of the lost hamvik containers to marrö", source=HAMVIK, group="mc-arrival", time=None)])),
    ],
    "post": ["About Hamvik Lines", "Hamvik Lines operates 34 vessels and employs 2,600 people worldwide.",
             "Media contact: press@hamvik.example · +46 31 555 0142"],
    "removed": ["PRESS RELEASE", "For immediate release – November 10, 2037", "About Hamvik Lines", "operates 34 vessels",
                "employs 2,600 people", "press@hamvik.example", "+46 31 555 0142"],
}

# ------------------------------------------------------------------ Lodestar Wire (en wire; Tuesday evening)

LODESTAR = {
    "input": "dev21/marroe-lodestar.txt", "story": SID, "event": EV1,
    "publisher": "Lodestar Wire", "published": "2037-11-10T18:30:00+01:00",
    "language": "en", "authors": ["Selma Okafor"], "sensational": False,
    "pre": ["LODESTAR WIRE", "Nov 10, 2037 · 18:30 CET", "By Selma Okafor"],
    "blocks": [
        H("Cargo ship loses 38 containers in storm off Saldaria",
          claims=[Q("38 containers", 38, "container", None, subject=LOST, group="mc-lost", time=TUE)]),
        P(S("ROTTERVIK, Saldaria – The container ship Hamvik Tern lost 38 containers overnight in a storm some 25 miles north of the Saldarian island of Marrö, its owner Hamvik Lines said on Tuesday.",
            claims=[Q("38 containers", 38, "container", None, subject=LOST, source=HAMVIK, group="mc-lost", time=TUE),
                    Q("some 25 miles", 25, "mile", "distance", "about", subject="position of the hamvik tern when it lost containers", source=HAMVIK, group="mc-position", time=TUE)]),
          S("The ship had more than 2,000 containers on board, and its 19 crew were unhurt.",
            claims=[Q("more than 2,000 containers", 2000, "container", None, "more-than", subject="containers aboard the hamvik tern", group="mc-aboard", time=TUE),
                    Q("its 19 crew", 19, "person", None, subject="crew of the hamvik tern", group="mc-crew", time=TUE)]),
          S("Gusts reached up to 130 km/h, according to the weather service.",
            claims=[Q("up to 130 km/h", 130, "kilometre per hour", None, "up-to", subject="storm off marrö", source="weather service", group="mc-wind", time=TUE)])),
        P(S("The environmental group Blaue Küste said at least three of the lost containers held a total of 54 tonnes of pesticide and accused Hamvik of keeping this quiet.",
            claims=[Q("at least three of the lost containers", 3, "container", None, "at-least", subject="lost hamvik containers said to hold pesticide", source=BK, group="mc-poison-containers", time=TUE),
                    Q("54 tonnes", 54, "tonne", None, subject="pesticide said to be in the lost hamvik containers", source=BK, group="mc-tonnes", time=None),
                    ST("accused Hamvik of keeping this quiet", *POISON, "mc-poison", source=BK)]),
          S("Hamvik denied that any dangerous goods were among the lost cargo.",
            claims=[ST("Hamvik denied that any dangerous goods were among the lost cargo", *POISON, "mc-poison", source=HAMVIK, denial=True)])),
    ],
    "post": ["(Reporting by Selma Okafor; editing by Tamsin Royle)", "", "© 2037 Lodestar Wire. All rights reserved."],
    "removed": ["Nov 10, 2037 · 18:30 CET", "By Selma Okafor", "Reporting by Selma Okafor", "editing by Tamsin Royle",
                "© 2037 Lodestar Wire"],
}

# ------------------------------------------------------------------ Marröer Inselbote (de island paper, HTML; Saturday; event 2)

BOTE_SITE = {
    "nav": ["Start", "Marrö", "Küste", "Saldarien", "Fähren", "Wetter", "Kleinanzeigen"],
    "cookie": "Der Inselbote nutzt Cookies und ähnliche Technologien. Mehr in unserer Datenschutzerklärung.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "14.11.2037, 17:45 Uhr",
    "share": "Teilen · 41 Kommentare",
    "ad": "Fährhaus Marrö: Wintermenü für 2 Personen 39 Euro",
    "related_title": "Weitere Artikel",
    "related": ["Fährplan: 3 Zusatzfahrten am Sonntag", "Sturmflut 2029: Was wir gelernt haben",
                "Fotostrecke: Strandgut am Nordstrand (31 Bilder)"],
    "footer": "© Marröer Inselbote 2037 · Impressum · Datenschutz",
    "inline": '<div class="teaser">Liveticker: Wo heute Container gesichtet wurden</div>',
    "inline_at": 2,
}

BOTE = {
    "input": "dev21/marroe-inselbote.html", "story": SID, "event": EV2,
    "publisher": "Marröer Inselbote", "published": "2037-11-14T17:45:00+01:00",
    "language": "de", "authors": ["Britt Janssen"], "sensational": False,
    "blocks": [
        H("Strandgut auf Marrö: Reederei korrigiert Zahl der Container auf 52",
          claims=[Q("52", 52, "container", None, subject=LOST, source=HAMVIK, group="mc-lost", time=SAT)]),
        P(S("Seit Freitag treiben Container und ihre Ladung an die Nordstrände von Marrö.")
          , S("Die Reederei Hamvik spricht inzwischen von 52 verlorenen Containern, zunächst hatte sie 38 gemeldet.",
            claims=[Q("52 verlorenen Containern", 52, "container", None, subject=LOST, source=HAMVIK, group="mc-lost", time=SAT),
                    Q("38", 38, "container", None, subject=LOST, source=HAMVIK, group="mc-lost", time=TUE)]),
          S("Der Sturm hatte in der Nacht zum Dienstag Böen von bis zu 130 Kilometern pro Stunde gebracht.",
            claims=[Q("bis zu 130 Kilometern pro Stunde", 130, "kilometre per hour", None, "up-to", subject="storm off marrö", group="mc-wind", time=TUE)]),
          S("Die Gemeinde hat rund 22 Kilometer Strand gesperrt, fast die Hälfte der Inselküste.",
            claims=[Q("rund 22 Kilometer", 22, "kilometre", "affected", "about", subject="beach closed on marrö", group="mc-beach", time=SAT),
                    Q("fast die Hälfte", 50, "percent", None, "about", subject="share of marrö's coast closed", group="mc-half", time=SAT)])),
        P(S("Rund 600 Freiwillige sammelten am Samstag Schuhe, Spielzeug und Plastikfolie ein.",
            claims=[Q("Rund 600 Freiwillige", 600, "person", "deployed", "about", subject="clean-up of marrö's beaches", group="mc-volunteers", time=SAT)]),
          S("Die Gemeinde rechnet mit Reinigungskosten von 1,5 bis 2 Millionen Euro.",
            claims=[Q("1,5 bis 2 Millionen Euro", None, "eur", "cost", "range", low=1500000, high=2000000, subject="clean-up of marrö's beaches", source="local authorities", group="mc-cleanup", time=None)])),
        P(S("Die Umweltorganisation Blaue Küste erhebt schwere Vorwürfe gegen die Reederei."),
          S("Mindestens drei der verlorenen Container hätten zusammen 54 Tonnen eines Pflanzenschutzmittels geladen.",
            claims=[Q("Mindestens drei der verlorenen Container", 3, "container", None, "at-least", subject="lost hamvik containers said to hold pesticide", source=BK, hedged=True, group="mc-poison-containers", time=TUE),
                    Q("54 Tonnen", 54, "tonne", None, subject="pesticide said to be in the lost hamvik containers", source=BK, hedged=True, group="mc-tonnes", time=None)]),
          S("Hamvik habe das bewusst verschwiegen.",
            claims=[ST("Hamvik habe das bewusst verschwiegen", *POISON, "mc-poison", source=BK, hedged=True)]),
          S("Eine Sprecherin der Organisation sprach von einer „tickenden Zeitbombe vor unserer Küste“.",
            loaded=[L("„tickenden Zeitbombe vor unserer Küste“", "alarmist", "reported")])),
        P(S("Hamvik dementiert: Gefahrgut sei in keinem der verlorenen Container gewesen.",
            claims=[ST("Hamvik dementiert", *POISON, "mc-poison", source=HAMVIK, denial=True),
                    ST("Gefahrgut sei in keinem der verlorenen Container gewesen", *POISON, "mc-poison", source=HAMVIK, hedged=True, denial=True)]),
          S("Wer Fundstücke entdeckt, soll sie nicht anfassen, sondern die Gemeinde unter 0431 / 55 72 90 anrufen.")),
    ],
    "removed": ["Der Inselbote nutzt Cookies", "14.11.2037, 17:45 Uhr", "41 Kommentare", "Wintermenü für 2 Personen 39 Euro",
                "3 Zusatzfahrten am Sonntag", "Sturmflut 2029", "(31 Bilder)", "Wo heute Container gesichtet wurden",
                "© Marröer Inselbote 2037"],
}

# ------------------------------------------------------------------ Dünenhaus advertorial (de text; Wednesday after; omits the denial)

ADV = {
    "input": "dev21/marroe-duenenhaus.txt", "story": SID, "event": EV2,
    "publisher": "Dünenhaus Versicherungsmakler GmbH", "published": "2037-11-18",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Ein Angebot der Dünenhaus Versicherungsmakler GmbH"],
    "blocks": [
        H("Nach dem Giftcontainer-Unglück: Ist Ihr Ferienhaus auf Marrö richtig versichert?",
          loaded=[L("Giftcontainer-Unglück", "alarmist")]),
        P(S("Als die Hamvik Tern 52 Container verlor, waren drei davon mit Pestiziden beladen – und die Reederei schwieg.",
            claims=[Q("52 Container", 52, "container", None, subject=LOST, group="mc-lost", time=SAT),
                    Q("drei davon", 3, "container", None, subject="lost hamvik containers said to hold pesticide", group="mc-poison-containers", time=TUE),
                    ST("die Reederei schwieg", *POISON, "mc-poison")]),
          S("Jetzt sind rund 22 Kilometer Strand gesperrt.",
            claims=[Q("rund 22 Kilometer", 22, "kilometre", "affected", "about", subject="beach closed on marrö", group="mc-beach", time=SAT)]),
          S("Nach unserer Erfahrung ist fast jedes dritte Ferienhaus auf der Insel nicht gegen Umweltschäden versichert.",
            claims=[Q("fast jedes dritte Ferienhaus", 33.3, "percent", None, "about", subject="holiday homes on marrö without environmental cover", source=BROKER, group="mc-adv-share", time=None)])),
        P(S("Die Profitgier der Reedereien bezahlen am Ende Sie.", "opinion",
            loaded=[L("Profitgier", "demonising")]),
          S("Das muss nicht sein!", "opinion"),
          S("Unsere Küstenpolice gibt es schon ab 9,90 Euro im Monat.",
            claims=[Q("ab 9,90 Euro", 9.9, "eur", "cost", "at-least", subject="dünenhaus coastal insurance policy", source=BROKER, group="mc-adv-price", time=None)]),
          S("Rufen Sie uns an: 0431 / 88 20 14.", "opinion")),
    ],
    "post": ["Dünenhaus Versicherungsmakler GmbH · Strandweg 4 · 24990 Marrö", "www.duenenhaus-makler.example"],
    "removed": ["ANZEIGE", "Ein Angebot der Dünenhaus Versicherungsmakler GmbH", "Strandweg 4", "24990 Marrö",
                "duenenhaus-makler.example"],
}

ARTICLES = [PR, LODESTAR, BOTE, ADV]

REWRITES = []


def files():
    return {
        "marroe-hamvik.txt": (render_txt(PR), False),
        "marroe-lodestar.txt": (render_txt(LODESTAR), False),
        "marroe-inselbote.html": (render_html(BOTE, BOTE_SITE), False),
        "marroe-duenenhaus.txt": (render_txt(ADV), False),
    }
