"""dev23 story 3: on Saturday evening, 22 June 2040, a hailstorm with stones up to 5 cm destroys vines on about 1,400
hectares in the Sarnau valley (Tolvanien); the winegrowers' association puts the damage at about 30 million euros, the
agriculture ministry at 18 million; on Sunday the minister pledges 10 million euros of aid. The association says the
government scrapped the subsidy for hail nets last year; the ministry denies it.

A German agency report (dpn) and an English wire (Meridian Wire; a DE–EN pair in own words, hectares and acres, euros and
dollars), a right-wing blog (RSS) that mocks the aid and omits the quarrel, and a left-wing blog (RSS) that states the
charge as fact and omits the denial. Invented by the Parallax team: country, valley, association, ministry, outlets, people
and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss

SID = "st-sarnau-hail"
EV = "ev-sarnau-hail"
STORY = {"id": SID, "label": "Hailstorm destroys vineyards in the Sarnau valley, Tolvanien",
         "events": [{"id": EV, "label": "Hail destroys vines on about 1,400 hectares; aid pledged (22–23 June 2040)"}]}

EVENT = "sarnau hailstorm"
SAT = T("2040-06-22", "2040-06-22")
SUN = T("2040-06-23", "2040-06-23")
WV = "winzerverband sarnau"
MIN = "agriculture ministry"
NETS = ("tolvanian government", "halted", "the subsidy for hail nets")
VINES = "vineyards destroyed by the sarnau hailstorm"
AID = "aid for the sarnau winegrowers"

GROUPS = [
    {"id": "hl-stones", "story": SID, "status": "agreed", "why": "Hailstones up to 5 cm (dpn, Meridian)."},
    {"id": "hl-area", "story": SID, "status": "agreed", "why": "About 1,400 hectares of vines destroyed (dpn, Meridian with 3,460 acres, Rotfunk)."},
    {"id": "hl-damage", "story": SID, "status": "conflicting",
     "why": "About 30 million euros by the association (dpn, Meridian, Ostwacht hedged) against 18 million by the ministry (dpn, Meridian)."},
    {"id": "hl-aid", "story": SID, "status": "agreed", "why": "10 million euros of aid pledged on Sunday (dpn, Meridian, Ostwacht, Rotfunk)."},
    {"id": "hl-nets", "story": SID, "status": "disputed",
     "why": "The association says the government scrapped the hail-net subsidy (dpn, Meridian); Rotfunk states it as fact; the ministry denies it (dpn, Meridian); Rotfunk omits the denial."},
    {"id": "hl-farms", "story": SID, "status": "single-source", "why": "Only dpn: about 230 wine estates affected."},
    {"id": "hl-minutes", "story": SID, "status": "single-source", "why": "Only Meridian: the storm lasted 20 minutes."},
]

# ------------------------------------------------------------------ dpn (de agency, text; Sunday)

DPN = {
    "input": "dev23/sarnau-dpn.txt", "story": SID, "event": EV,
    "publisher": "dpn Tolvanischer Nachrichtendienst", "published": "2040-06-23T16:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["dpn Tolvanischer Nachrichtendienst", "So 23.06.2040 – 16:40", "Ressort: Wirtschaft"],
    "blocks": [
        H("Hagel verwüstet Weinberge im Sarnautal"),
        P(S("SARNAU (dpn) – Ein Hagelsturm hat am Samstagabend im Sarnautal Reben auf rund 1.400 Hektar zerstört.",
            claims=[Q("rund 1.400 Hektar", 1400, "hectare", "destroyed", "about", subject=VINES, group="hl-area", time=SAT)]),
          S("Die Hagelkörner waren nach Angaben des Wetterdienstes bis zu fünf Zentimeter groß.",
            claims=[Q("bis zu fünf Zentimeter", 5, "centimetre", "size", "up-to", subject="hailstones of the sarnau storm", source="weather service", group="hl-stones", time=SAT)]),
          S("Betroffen sind etwa 230 Weingüter.",
            claims=[Q("etwa 230 Weingüter", 230, None, "affected", "about", subject=EVENT, group="hl-farms", time=SAT)])),
        P(S("Den Schaden beziffert der Winzerverband Sarnau auf etwa 30 Millionen Euro, das Agrarministerium spricht von 18 Millionen Euro.",
            claims=[Q("etwa 30 Millionen Euro", 30000000, "eur", "cost", "about", subject=EVENT, source=WV, group="hl-damage", time=None),
                    Q("18 Millionen Euro", 18000000, "eur", "cost", subject=EVENT, source=MIN, group="hl-damage", time=None)]),
          S("Agrarministerin Ilka Berens sagte am Sonntag Soforthilfen von zehn Millionen Euro zu.",
            claims=[Q("zehn Millionen Euro", 10000000, "eur", "pledged", subject=AID, source=MIN, group="hl-aid", time=SUN)])),
        P(S("Der Verband wirft der Regierung vor, im vergangenen Jahr die Förderung für Hagelnetze gestrichen zu haben.",
            claims=[ST("wirft der Regierung vor, im vergangenen Jahr die Förderung für Hagelnetze gestrichen zu haben", *NETS, "hl-nets", source=WV)]),
          S("Das Ministerium weist das zurück: Die Förderung sei nur umgestellt worden.",
            claims=[ST("Das Ministerium weist das zurück", *NETS, "hl-nets", source=MIN, denial=True)])),
    ],
    "post": ["dpn ha/wi 231640 Jun 40", "", "Themen: Wetter · Landwirtschaft · Sarnau",
             "© dpn Tolvanischer Nachrichtendienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["So 23.06.2040 – 16:40", "dpn ha/wi 231640 Jun 40", "Themen: Wetter · Landwirtschaft · Sarnau",
                "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Sunday; pair with dpn)

MW = {
    "input": "dev23/sarnau-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2040-06-23T18:15:00+02:00",
    "language": "en", "authors": ["Paul Ostrander"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "June 23, 2040 · 16:15 GMT"],
    "blocks": [
        H("Hail wrecks vineyards in Tolvania's Sarnau valley"),
        P(S("SARNAU, Tolvania – A 20-minute hailstorm on Saturday evening destroyed vines on about 1,400 hectares (3,460 acres) in the Sarnau valley, Tolvania's main wine region.",
            claims=[Q("20-minute", 20, "minute", "duration", subject="sarnau hailstorm", group="hl-minutes", time=None),
                    Q("about 1,400 hectares", 1400, "hectare", "destroyed", "about", subject=VINES, group="hl-area", time=SAT),
                    Q("3,460 acres", 3460, "acre", "destroyed", subject=VINES, group="hl-area", time=SAT)]),
          S("Hailstones were up to 5 cm across, according to the weather service.",
            claims=[Q("up to 5 cm", 5, "centimetre", "size", "up-to", subject="hailstones of the sarnau storm", source="weather service", group="hl-stones", time=SAT)])),
        P(S("The Sarnau winegrowers' association put the damage at about €30 million ($32 million), while the agriculture ministry estimated it at €18 million.",
            claims=[Q("about €30 million", 30000000, "eur", "cost", "about", subject=EVENT, source=WV, group="hl-damage", time=None),
                    Q("$32 million", 32000000, "usd", "cost", subject=EVENT, source=WV, group="hl-damage", time=None),
                    Q("€18 million", 18000000, "eur", "cost", subject=EVENT, source=MIN, group="hl-damage", time=None)]),
          S("Agriculture Minister Ilka Berens pledged €10 million in emergency aid on Sunday.",
            claims=[Q("€10 million", 10000000, "eur", "pledged", subject=AID, source=MIN, group="hl-aid", time=SUN)])),
        P(S("The association said the government had scrapped a subsidy for hail nets last year.",
            claims=[ST("the government had scrapped a subsidy for hail nets last year", *NETS, "hl-nets", source=WV)]),
          S("The ministry rejected this, saying the scheme had only been restructured.",
            claims=[ST("The ministry rejected this", *NETS, "hl-nets", source=MIN, denial=True)])),
    ],
    "post": ["(Reporting by Paul Ostrander; editing by Ruth Kell)", "© 2040 Meridian Wire"],
    "removed": ["June 23, 2040 · 16:15 GMT", "editing by Ruth Kell", "© 2040 Meridian Wire"],
}

# ------------------------------------------------------------------ Ostwacht (de right-wing blog, RSS; Monday; omits the quarrel)

OW_CHANNEL = {"title": "Ostwacht – Klartext aus der Provinz", "link": "https://ostwacht.example/",
              "description": "Was die Hauptstadt nicht hören will", "language": "de"}

OW = {
    "input": "dev23/ostwacht.rss#ow-2040-06-24-hagel", "story": SID, "event": EV,
    "publisher": "Ostwacht – Klartext aus der Provinz", "published": "2040-06-24T08:00:00+02:00",
    "language": "de", "authors": ["Bernd Kalk"], "sensational": True,
    "blocks": [
        H("Zehn Millionen für die Weinbarone",
          claims=[Q("Zehn Millionen", 10000000, "eur", None, subject=AID, group="hl-aid", time=SUN)],
          loaded=[L("Weinbarone", "demonising")]),
        P(S("Ein bisschen Hagel im Sarnautal, und schon öffnet die Regierung die Staatskasse.", "opinion",
            loaded=[L("Ein bisschen Hagel", "belittling")]),
          S("Zehn Millionen Euro sagte die Ministerin am Sonntag zu.",
            claims=[Q("Zehn Millionen Euro", 10000000, "eur", "pledged", subject=AID, source=MIN, group="hl-aid", time=SUN)]),
          S("Der Schaden soll angeblich 30 Millionen Euro betragen.",
            claims=[Q("30 Millionen Euro", 30000000, "eur", "cost", subject=EVENT, hedged=True, group="hl-damage", time=None)])),
        P(S("Wie immer muss die „Klimakrise“ als Ausrede herhalten.", "opinion",
            loaded=[L("„Klimakrise“", "propaganda", "distancing")]),
          S("Und wer zahlt am Ende?", "opinion"),
          S("Der kleine Steuerzahler!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Telegram · E-Mail</p>\n<p class="donate">Ostwacht unterstützen – schon ab 5 Euro</p>',
    "removed": ["Teilen: Telegram", "schon ab 5 Euro"],
}

# ------------------------------------------------------------------ Rotfunk (de left-wing blog, RSS; Monday; omits the denial)

RF_CHANNEL = {"title": "Rotfunk", "link": "https://rotfunk.example/",
              "description": "Nachrichten von unten", "language": "de"}

RF = {
    "input": "dev23/rotfunk.rss#rf-2040-06-24-hagelnetze", "story": SID, "event": EV,
    "publisher": "Rotfunk", "published": "2040-06-24T10:30:00+02:00",
    "language": "de", "authors": ["Mara Quell"], "sensational": True,
    "blocks": [
        H("Erst Hagelnetze gestrichen, jetzt Krokodilstränen",
          claims=[ST("Erst Hagelnetze gestrichen", *NETS, "hl-nets")],
          loaded=[L("Krokodilstränen", "demonising")]),
        P(S("Im Sarnautal sind 1.400 Hektar Reben zerstört.",
            claims=[Q("1.400 Hektar", 1400, "hectare", "destroyed", subject=VINES, group="hl-area", time=SAT)]),
          S("Dieselbe Regierung, die im vergangenen Jahr die Förderung für Hagelnetze gestrichen hat, verteilt nun ein „Hilfspaket“ von zehn Millionen Euro.",
            claims=[ST("die im vergangenen Jahr die Förderung für Hagelnetze gestrichen hat", *NETS, "hl-nets"),
                    Q("zehn Millionen Euro", 10000000, "eur", None, subject=AID, group="hl-aid", time=SUN)],
            loaded=[L("„Hilfspaket“", "propaganda", "distancing")])),
        P(S("Übrigens: Die Klimakatastrophe macht auch vor unseren Weinbergen nicht halt.", "opinion",
            loaded=[L("Klimakatastrophe", "alarmist")]),
          S("Unterstützt die Winzerinnen und Winzer – kauft Wein aus dem Sarnautal!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Signal</p>\n<p class="abo">Rotfunk unterstützen – 3 Euro im Monat</p>',
    "removed": ["Teilen: Mastodon", "3 Euro im Monat"],
}

ARTICLES = [DPN, MW, OW, RF]

REWRITES = []


def files():
    return {
        "sarnau-dpn.txt": (render_txt(DPN), False),
        "sarnau-meridian.txt": (render_txt(MW), False),
        "ostwacht.rss": (render_rss(OW_CHANNEL, [(OW, "ow-2040-06-24-hagel",
                                                  "https://ostwacht.example/2040/06/24/weinbarone", OW["extra"])]), False),
        "rotfunk.rss": (render_rss(RF_CHANNEL, [(RF, "rf-2040-06-24-hagelnetze",
                                                 "https://rotfunk.example/2040/06/24/hagelnetze", RF["extra"])]), False),
    }
