"""dev17 story 5: a heatwave in southern Marvinien kills residents of care homes (at least 31 by Thursday, 22 July 2032,
38 by Friday); the carers' union PGM says the health ministry halted a finished heat protection plan for care homes in
the spring, the ministry denies it and says the plan is being revised.

A German agency report (MPA) on Thursday, its rewrite by a German aggregator (JSON Lines item with `text`; this module
writes news.jsonl with the Feedline items of stories 4 and 5), a German left-wing blog (RSS) on Thursday evening that
states the charge as fact and omits the denial, an English wire report on Friday (the later toll, a recalled heatwave of
2019) and its rewrite by an English aggregator (JSON Lines item with `html`). Invented by the Parallax team: country,
provinces, towns, union, ministers, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline, content_blocks

import dev17_nordkredit

SID = "st-hitze-pflegeheime"
EV = "ev-hitze-heimtote"
STORY = {"id": SID, "label": "Heatwave deaths in Marvinian care homes",
         "events": [{"id": EV, "label": "A heatwave in southern Marvinien kills residents of care homes; the union PGM blames the health ministry (18–23 July 2032)"}]}

HM = "health ministry"
PGM = "pgm"
WS = "weather service"
DEATHS = "heatwave deaths in care homes"
HEATPLAN = ("health ministry", "halted", "heat protection plan for care homes")
SINCE_SUN_THU = T("2032-07-18", "2032-07-22")
SINCE_SUN_FRI = T("2032-07-18", "2032-07-23")
WED = T("2032-07-21", "2032-07-21")

GROUPS = [
    {"id": "hz-deaths", "story": SID, "status": "compatible",
     "why": "At least 31 dead by Thursday (MPA, Nachrichtenstrom '31' and 'Mindestens 31', Rote Feder 'Mehr als 30'; Pemberton and Feedline recall it) and 38 by Friday (Pemberton, Feedline): an earlier and a later figure of the ministry's count; the 19 deaths in Halden and twelve in Borsig (MPA, Nachrichtenstrom) are parts that add up to the 31."},
    {"id": "hz-temp", "story": SID, "status": "agreed", "why": "41.3 degrees in Halden on Wednesday, a national record (MPA, Nachrichtenstrom, Pemberton, Feedline)."},
    {"id": "hz-heat-days", "story": SID, "status": "single-source", "why": "Only MPA: nine days of highs above 35 degrees."},
    {"id": "hz-threshold", "story": SID, "status": "single-source", "why": "Only MPA: highs above 35 degrees for nine days."},
    {"id": "hz-treated", "story": SID, "status": "compatible",
     "why": "More than 400 treated in hospital by Thursday (MPA, Nachrichtenstrom 'Über 400') and more than 450 by Friday (Pemberton, Feedline): bounds of different numbers, a later figure."},
    {"id": "hz-heatplan", "story": SID, "status": "disputed",
     "why": "PGM says the ministry halted a heat protection plan for care homes (MPA, Nachrichtenstrom hedged, Pemberton, Feedline); the blog states it as fact; the ministry denies it (MPA, Nachrichtenstrom, Pemberton, Feedline); the blog omits the denial."},
    {"id": "hz-cooled", "story": SID, "status": "agreed",
     "why": "About one home in five has cooled rooms, the union's figure (MPA 'etwa jedes fünfte', Nachrichtenstrom and the blog 'jedes fünfte', Pemberton and Feedline 'about one in five'): 20 percent."},
    {"id": "hz-homes", "story": SID, "status": "agreed", "why": "About 140 care homes in the affected provinces (MPA, Pemberton, Feedline)."},
    {"id": "hz-places", "story": SID, "status": "agreed", "why": "About 11,000 places (MPA 'etwa 11.000 Plätzen', Pemberton and Feedline 'some 11,000 beds')."},
    {"id": "hz-plan-cost", "story": SID, "status": "single-source", "why": "Only the blog: the plan would have cost about 18 million euros (twice)."},
    {"id": "hz-returns", "story": SID, "status": "single-source", "why": "Only the blog: private operators pay returns of up to twelve percent."},
    {"id": "hz-forecast", "story": SID, "status": "single-source", "why": "Only Pemberton: the weather service expects more than 35 degrees until at least Monday."},
    {"id": "hz-2019", "story": SID, "status": "single-source", "why": "Only Pemberton: a recalled heatwave of 2019 that killed 14 residents (another event)."},
]

# ------------------------------------------------------------------ MPA (de agency report, dateline block; Thursday)

MPA = {
    "input": "dev17/hitze-mpa.txt", "story": SID, "event": EV,
    "publisher": "MPA Marvinische Presse-Agentur", "published": "2032-07-22T12:45:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["MPA Marvinische Presse-Agentur", "Donnerstag, 22.07.2032, 12:45 Uhr", "Ressort: Inland"],
    "blocks": [
        H("Hitzewelle: Mindestens 31 Tote in Pflegeheimen",
          claims=[Q("Mindestens 31 Tote", 31, "person", "killed", "at-least", subject=DEATHS, group="hz-deaths", time=SINCE_SUN_THU)]),
        P(S("In der Hitzewelle im Süden Marviniens sind seit Sonntag mindestens 31 Bewohnerinnen und Bewohner von Pflegeheimen gestorben.",
            claims=[Q("mindestens 31 Bewohnerinnen und Bewohner", 31, "person", "killed", "at-least", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_THU)]),
          S("Das teilte das Gesundheitsministerium in Kaltenau am Donnerstag mit."),
          S("19 Todesfälle wurden aus Heimen in der Provinz Halden gemeldet, weitere zwölf aus dem Raum Borsig.",
            claims=[Q("19 Todesfälle", 19, "person", "killed", subject="heatwave deaths in care homes in halden province", group="hz-deaths", time=SINCE_SUN_THU),
                    Q("weitere zwölf", 12, "person", "killed", subject="heatwave deaths in care homes in the borsig area", group="hz-deaths", time=SINCE_SUN_THU)])),
        P(S("Der Wetterdienst meldete am Mittwoch in Halden 41,3 Grad, den höchsten je im Land gemessenen Wert.",
            claims=[Q("41,3 Grad", 41.3, "degree", None, subject="temperature in halden", source=WS, group="hz-temp", time=WED)]),
          S("Seit neun Tagen liegen die Höchstwerte dort über 35 Grad.",
            claims=[Q("Seit neun Tagen", 9, "day", "duration", subject="heatwave in halden", group="hz-heat-days", time=None),
                    Q("über 35 Grad", 35, "degree", None, "more-than", subject="daily highs in halden", group="hz-threshold", time=T("2032-07-14", "2032-07-22"))]),
          S("Mehr als 400 Menschen wurden in der Region wegen Hitzeschäden in Kliniken behandelt.",
            claims=[Q("Mehr als 400 Menschen", 400, "person", None, "more-than", subject="people treated in hospital for heat", group="hz-treated", time=SINCE_SUN_THU)])),
        P(S("Die Pflegegewerkschaft PGM wirft dem Gesundheitsministerium vor, einen fertigen Hitzeschutzplan für Heime im Frühjahr gestoppt zu haben.",
            claims=[ST("wirft dem Gesundheitsministerium vor, einen fertigen Hitzeschutzplan für Heime im Frühjahr gestoppt zu haben", *HEATPLAN, "hz-heatplan", source=PGM)]),
          S("Nur etwa jedes fünfte Heim verfüge über gekühlte Aufenthaltsräume, sagte die PGM-Vorsitzende Sanna Virkkula.",
            claims=[Q("etwa jedes fünfte Heim", 20, "percent", None, "about", subject="care homes with cooled rooms", source="sanna virkkula", hedged=True, group="hz-cooled", time=None)]),
          S("Das Ministerium wies den Vorwurf zurück: Der Plan sei nicht gestoppt, sondern werde überarbeitet.",
            claims=[ST("Das Ministerium wies den Vorwurf zurück", *HEATPLAN, "hz-heatplan", source=HM, denial=True)])),
        P(S("In den betroffenen Provinzen gibt es rund 140 Pflegeheime mit etwa 11.000 Plätzen.",
            claims=[Q("rund 140 Pflegeheime", 140, None, None, "about", subject="care homes in the affected provinces", group="hz-homes", time=None),
                    Q("etwa 11.000 Plätzen", 11000, "bed", "size", "about", subject="care homes in the affected provinces", group="hz-places", time=None)]),
          S("Die Behörden rieten den Heimen, Bewohner regelmäßig zum Trinken anzuhalten und Räume nachts zu lüften."),
          S("Für das Wochenende erwartet der Wetterdienst keine Abkühlung.")),
        P(S("Auch Krankenhäuser in der Region meldeten volle Notaufnahmen."),
          S("Mehrere Gemeinden öffneten klimatisierte Turnhallen und Bibliotheken als Kühlräume für ältere Menschen."),
          S("Das Ministerium kündigte an, zusätzliche Ventilatoren und mobile Klimageräte an besonders betroffene Heime zu liefern.")),
    ],
    "post": ["mpa/hz/ak 221245 Jul 32", "", "Themen: Wetter · Pflege · Gesundheit",
             "© MPA Marvinische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Donnerstag, 22.07.2032, 12:45 Uhr", "Ressort: Inland", "mpa/hz/ak 221245 Jul 32",
                "Themen: Wetter · Pflege · Gesundheit", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Nachrichtenstrom (de aggregator, JSON Lines item with text; rewrite of MPA)

STROM = {
    "input": "dev17/news.jsonl#ns-20320722-0417", "story": SID, "event": EV,
    "publisher": "Nachrichtenstrom", "published": "2032-07-22T13:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("31 Hitzetote in Pflegeheimen – Gewerkschaft erhebt Vorwürfe gegen Ministerium",
          claims=[Q("31 Hitzetote", 31, "person", "killed", subject=DEATHS, group="hz-deaths", time=SINCE_SUN_THU)]),
        P(S("Mindestens 31 Pflegeheimbewohner sind seit Sonntag in der Hitzewelle im Süden des Landes gestorben, wie das Gesundheitsministerium mitteilte.",
            claims=[Q("Mindestens 31 Pflegeheimbewohner", 31, "person", "killed", "at-least", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_THU)]),
          S("Aus der Provinz Halden wurden 19 Todesfälle gemeldet, aus dem Raum Borsig zwölf.",
            claims=[Q("19 Todesfälle", 19, "person", "killed", subject="heatwave deaths in care homes in halden province", group="hz-deaths", time=SINCE_SUN_THU),
                    Q("aus dem Raum Borsig zwölf", 12, "person", "killed", subject="heatwave deaths in care homes in the borsig area", group="hz-deaths", time=SINCE_SUN_THU)])),
        P(S("In Halden wurden am Mittwoch 41,3 Grad gemessen, ein Landesrekord.",
            claims=[Q("41,3 Grad", 41.3, "degree", None, subject="temperature in halden", group="hz-temp", time=WED)]),
          S("Über 400 Menschen mussten wegen der Hitze in Kliniken behandelt werden.",
            claims=[Q("Über 400 Menschen", 400, "person", None, "more-than", subject="people treated in hospital for heat", group="hz-treated", time=SINCE_SUN_THU)])),
        P(S("Die Pflegegewerkschaft PGM macht das Ministerium mitverantwortlich: Es habe einen Hitzeschutzplan für Heime im Frühjahr auf Eis gelegt.",
            claims=[ST("Es habe einen Hitzeschutzplan für Heime im Frühjahr auf Eis gelegt", *HEATPLAN, "hz-heatplan", source=PGM, hedged=True)]),
          S("Laut PGM hat nur jedes fünfte Heim gekühlte Räume.",
            claims=[Q("nur jedes fünfte Heim", 20, "percent", None, subject="care homes with cooled rooms", source=PGM, group="hz-cooled", time=None)]),
          S("Das Ministerium bestreitet das und spricht von einer Überarbeitung des Plans.",
            claims=[ST("Das Ministerium bestreitet das", *HEATPLAN, "hz-heatplan", source=HM, denial=True)])),
        P(S("Der Wetterdienst erwartet auch für das Wochenende keine Abkühlung."),
          S("Mehrere Gemeinden haben klimatisierte Hallen als Kühlräume für ältere Menschen geöffnet."),
          S("Das Ministerium will zusätzliche Ventilatoren und Klimageräte an die Heime liefern lassen."),
          S("Angehörige werden gebeten, bei Besuchen auf Anzeichen von Austrocknung zu achten.")),
    ],
    "post": ["Quelle: mpa", "Mehr Meldungen auf nachrichtenstrom.example – jetzt die App laden"],
    "removed": ["Quelle: mpa", "Mehr Meldungen auf nachrichtenstrom.example", "jetzt die App laden"],
}

# ------------------------------------------------------------------ Rote Feder (de left-wing blog, RSS; Thursday evening; omits the denial)

CHANNEL = {"title": "Rote Feder", "link": "https://rotefeder.example",
           "description": "Links, solidarisch, unbequem – Blog für Pflege, Arbeit und Soziales.", "language": "de"}

BLOG = {
    "input": "dev17/rotefeder.rss#rf-2032-07-22-hitzetote", "story": SID, "event": EV,
    "publisher": "Rote Feder", "published": "2032-07-22T21:00:00+02:00",
    "language": "de", "authors": ["Mira Kandel"], "sensational": True,
    "blocks": [
        H("Sie ließen die Alten schwitzen und sterben: Minister Tolle hat den Hitzeschutz gestoppt",
          claims=[ST("Minister Tolle hat den Hitzeschutz gestoppt", *HEATPLAN, "hz-heatplan")],
          loaded=[L("ließen die Alten schwitzen und sterben", "demonising")]),
        P(S("Mehr als 30 alte Menschen sind in dieser Woche in Marviniens Pflegeheimen an der Hitze gestorben.",
            claims=[Q("Mehr als 30 alte Menschen", 30, "person", "killed", "more-than", subject=DEATHS, group="hz-deaths", time=SINCE_SUN_THU)]),
          S("Es hätte nicht so kommen müssen.", "opinion")),
        P(S("Im Frühjahr lag ein fertiger Hitzeschutzplan auf dem Tisch: Ventilatoren, kühle Räume, mehr Personal in den heißen Wochen."),
          S("Gesundheitsminister Arvid Tolle hat ihn gestoppt, weil er rund 18 Millionen Euro gekostet hätte.",
            claims=[ST("Gesundheitsminister Arvid Tolle hat ihn gestoppt", *HEATPLAN, "hz-heatplan"),
                    Q("rund 18 Millionen Euro", 18000000, "eur", "cost", "about", subject="heat protection plan for care homes", group="hz-plan-cost", time=None)]),
          S("18 Millionen Euro – weniger, als die Regierung im vergangenen Jahr für neue Dienstwagen ausgegeben hat.", "opinion",
            claims=[Q("18 Millionen Euro", 18000000, "eur", "cost", subject="heat protection plan for care homes", group="hz-plan-cost", time=None)])),
        P(S("Nur jedes fünfte Heim hat überhaupt einen gekühlten Raum.",
            claims=[Q("Nur jedes fünfte Heim", 20, "percent", None, subject="care homes with cooled rooms", group="hz-cooled", time=None)]),
          S("Die privaten Heimkonzerne zahlen ihren Aktionären derweil Renditen von bis zu zwölf Prozent.",
            claims=[Q("bis zu zwölf Prozent", 12, "percent", None, "up-to", subject="returns of private care home operators", group="hz-returns", time=None)]),
          S("Das ist kein Hitzetod, das ist Sparpolitik mit Todesfolge.", "opinion",
            loaded=[L("Sparpolitik mit Todesfolge", "demonising")])),
        P(S("Der Minister nennt das Sterben in den Heimen eine „Tragödie“, als wäre die Hitze vom Himmel gefallen und niemand trüge Verantwortung.", "opinion",
            loaded=[L("„Tragödie“", "euphemism", "distancing")]),
          S("Wie viele müssen noch sterben, bis in Kaltenau jemand aufwacht?", "opinion")),
        P(S("Meine Großmutter lebte bis zu ihrem Tod in einem Heim in Borsig, und schon damals standen die Pflegerinnen im Sommer mit nassen Tüchern auf den Fluren.", "opinion"),
          S("Die Pflegekräfte tun, was sie können; im Stich gelassen werden sie von oben.", "opinion")),
        P(S("Wir fordern: Hitzeschutz in jedem Heim, sofort, und den Rücktritt von Minister Tolle!", "opinion"),
          S("Kommt am Samstag um 14 Uhr zur Mahnwache vor das Gesundheitsministerium!", "opinion")),
    ],
    "extra": '<p class="spende">Rote Feder ist werbefrei – unterstütze uns mit einem Abo ab 3 € im Monat.</p>'
             '\n<p class="tags">Schlagworte: Hitze · Pflege · Sparpolitik</p>',
    "removed": ["Rote Feder ist werbefrei", "ab 3 € im Monat", "Schlagworte: Hitze · Pflege · Sparpolitik"],
}

# ------------------------------------------------------------------ Pemberton Wire (en wire, dateline block; Friday)

PEMBERTON = {
    "input": "dev17/hitze-pemberton.txt", "story": SID, "event": EV,
    "publisher": "Pemberton Wire", "published": "2032-07-23T15:00:00+02:00",
    "language": "en", "authors": ["Tomas Reyes"], "sensational": False,
    "pre": ["PEMBERTON WIRE", "Jul 23, 2032 15:00 CEST", "By Tomas Reyes"],
    "blocks": [
        H("Heatwave deaths in Marvinian care homes rise to 38",
          claims=[Q("rise to 38", 38, "person", "killed", subject=DEATHS, group="hz-deaths", time=SINCE_SUN_FRI)]),
        P(S("The number of care home residents who have died during a heatwave in southern Marvinia has risen to 38, the health ministry said on Friday.",
            claims=[Q("has risen to 38", 38, "person", "killed", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_FRI)]),
          S("On Thursday the ministry had reported at least 31 deaths.",
            claims=[Q("at least 31 deaths", 31, "person", "killed", "at-least", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_THU)])),
        P(S("Temperatures reached 41.3 degrees Celsius in Halden on Wednesday, a national record, according to the weather service.",
            claims=[Q("41.3 degrees Celsius", 41.3, "degree", None, subject="temperature in halden", source=WS, group="hz-temp", time=WED)]),
          S("More than 450 people have been treated in hospital for heat-related illness.",
            claims=[Q("More than 450 people", 450, "person", None, "more-than", subject="people treated in hospital for heat", group="hz-treated", time=SINCE_SUN_FRI)])),
        P(S("The carers' union PGM accused the ministry of halting a heat protection plan for care homes in the spring and said only about one in five homes had cooled rooms.",
            claims=[ST("accused the ministry of halting a heat protection plan for care homes in the spring", *HEATPLAN, "hz-heatplan", source=PGM),
                    Q("about one in five homes", 20, "percent", None, "about", subject="care homes with cooled rooms", source=PGM, group="hz-cooled", time=None)]),
          S("The ministry denied halting the plan, saying it was being revised.",
            claims=[ST("The ministry denied halting the plan", *HEATPLAN, "hz-heatplan", source=HM, denial=True)]),
          S("Health minister Arvid Tolle promised cooling equipment for every home by next summer.")),
        P(S("About 140 care homes with some 11,000 beds are in the affected provinces.",
            claims=[Q("About 140 care homes", 140, None, None, "about", subject="care homes in the affected provinces", group="hz-homes", time=None),
                    Q("some 11,000 beds", 11000, "bed", "size", "about", subject="care homes in the affected provinces", group="hz-places", time=None)]),
          S("The weather service expects temperatures to stay above 35 degrees until at least Monday.",
            claims=[Q("above 35 degrees", 35, "degree", None, "more-than", subject="forecast highs in southern marvinia", source=WS, group="hz-forecast", time=T("2032-07-23", "2032-07-26"))]),
          S("In 2019, a heatwave killed 14 residents of care homes in the same region.",
            claims=[Q("killed 14 residents", 14, "person", "killed", subject="care home deaths in the heatwave of 2019", group="hz-2019", time=T("2019-01-01", "2019-12-31"))])),
        P(S("Several towns have opened air-conditioned sports halls and libraries to older people."),
          S("Hospitals in the region reported crowded emergency rooms.")),
    ],
    "post": ["(Reporting by Tomas Reyes; editing by Colin Marsh)", "", "Copyright 2032 Pemberton Wire. All rights reserved."],
    "removed": ["Jul 23, 2032 15:00 CEST", "By Tomas Reyes", "(Reporting by Tomas Reyes; editing by Colin Marsh)",
                "Copyright 2032 Pemberton Wire"],
}

# ------------------------------------------------------------------ Feedline (en aggregator, JSON Lines item with html; rewrite of Pemberton)

FEEDLINE_SITE = {
    "nav": ["Top", "World", "Money", "Health", "Climate", "For you"],
    "cookie": "Feedline stores cookies to tailor your news. Choose settings",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Jul 23, 2032 · 16:10",
    "share": "Save · Share · 31 comments",
    "ad": "Feedline Plus: no ads, offline reading – first month free",
    "related_title": "Related on Feedline",
    "related": ["How to keep cool: 9 tips for older people", "Europe's hottest summers in 5 charts",
                "Power grid holds up despite record demand"],
    "footer": "© 2032 Feedline Media · Privacy · Terms",
    "after": '<p class="source">Source: Pemberton Wire</p>',
}

FEEDLINE = {
    "input": "dev17/news.jsonl#fl-32072318", "story": SID, "event": EV,
    "publisher": "Feedline", "published": "2032-07-23T16:10:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Care home heat deaths climb to 38 in Marvinia",
          claims=[Q("climb to 38", 38, "person", "killed", subject=DEATHS, group="hz-deaths", time=SINCE_SUN_FRI)]),
        P(S("Thirty-eight care home residents have now died in southern Marvinia's heatwave, up from at least 31 on Thursday, the health ministry said.",
            claims=[Q("Thirty-eight care home residents", 38, "person", "killed", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_FRI),
                    Q("at least 31", 31, "person", "killed", "at-least", subject=DEATHS, source=HM, group="hz-deaths", time=SINCE_SUN_THU)]),
          S("Halden recorded 41.3 degrees Celsius on Wednesday, a national record.",
            claims=[Q("41.3 degrees Celsius", 41.3, "degree", None, subject="temperature in halden", group="hz-temp", time=WED)])),
        P(S("More than 450 people have needed hospital treatment.",
            claims=[Q("More than 450 people", 450, "person", None, "more-than", subject="people treated in hospital for heat", group="hz-treated", time=SINCE_SUN_FRI)]),
          S("The PGM union says the ministry halted a heat plan for care homes and that only about one in five homes has cooled rooms; the ministry denies halting the plan.",
            claims=[ST("the ministry halted a heat plan for care homes", *HEATPLAN, "hz-heatplan", source=PGM),
                    Q("about one in five homes", 20, "percent", None, "about", subject="care homes with cooled rooms", source=PGM, group="hz-cooled", time=None),
                    ST("the ministry denies halting the plan", *HEATPLAN, "hz-heatplan", source=HM, denial=True)])),
        P(S("About 140 homes with some 11,000 beds are in the affected areas.",
            claims=[Q("About 140 homes", 140, None, None, "about", subject="care homes in the affected provinces", group="hz-homes", time=None),
                    Q("some 11,000 beds", 11000, "bed", "size", "about", subject="care homes in the affected provinces", group="hz-places", time=None)]),
          S("Forecasters expect no relief before Monday."),
          S("Towns across the south have opened air-conditioned halls to older residents.")),
    ],
    "removed": ["Feedline stores cookies", "Jul 23, 2032 · 16:10", "31 comments", "first month free",
                "How to keep cool: 9 tips for older people", "Europe's hottest summers in 5 charts",
                "Power grid holds up despite record demand", "© 2032 Feedline Media", "Source: Pemberton Wire"],
}

MPA["blocks"].insert(4, P(
    S("In vielen Heimen fehle es nicht nur an Kühlung, sondern auch an Personal, sagte Virkkula."),
    S("Pflegekräfte arbeiteten in Doppelschichten und trügen Bewohnern nachts Wasser und feuchte Tücher ans Bett."),
    S("Der Verband privater Heimträger erklärte, die Häuser hätten ihre Notfallpläne umgesetzt und zusätzliche Getränke und Ventilatoren beschafft.")))

STROM["blocks"].insert(4, P(
    S("Nach Angaben der Gewerkschaft fehlt es in vielen Heimen auch an Personal."),
    S("Pflegekräfte arbeiteten in Doppelschichten, um Bewohnern nachts Wasser und feuchte Tücher zu bringen."),
    S("Der Verband privater Heimträger erklärte, die Häuser hätten ihre Notfallpläne umgesetzt."),
    S("Viele Heime beschafften in den vergangenen Tagen zusätzliche Ventilatoren und Getränke."),
    S("Auch die Krankenhäuser in der Region melden volle Notaufnahmen."),
    S("Ärzte raten älteren Menschen, die Mittagshitze zu meiden, viel zu trinken und Wohnungen tagsüber abzudunkeln."),
    S("Wer Nachbarn hat, die allein leben, sollte in diesen Tagen regelmäßig bei ihnen klingeln.")))

BLOG["blocks"].insert(5, P(
    S("In einem Heim in Halden sollen die Bewohner tagelang in Zimmern unter dem Dach gelegen haben, in die nachts keine kühle Luft kam."),
    S("Pflegekräfte berichten von Doppelschichten, leeren Wasserkisten und Vorgesetzten, die keine Ventilatoren bestellen durften."),
    S("Das ist die Realität hinter den Pressemitteilungen des Ministeriums.", "opinion")))

PEMBERTON["blocks"].append(P(
    S("The union said staff shortages made matters worse, with carers working double shifts to bring water to residents at night.")))

FEEDLINE["blocks"].append(P(
    S("The PGM union says staff shortages have made the situation worse, with carers working double shifts to bring water to residents at night."),
    S("Private care home operators said their emergency plans were working and that they had bought extra fans and drinks."),
    S("Hospitals in the region have reported crowded emergency rooms."),
    S("Health minister Arvid Tolle has promised cooling equipment for every home by next summer."),
    S("Doctors advise older people to avoid the midday heat, drink plenty of water and keep their homes shaded during the day.")))

MPA["blocks"][-1]["sentences"].append(S("Angehörige wurden gebeten, bei Besuchen auf Anzeichen von Austrocknung zu achten."))
STROM["blocks"][-1]["sentences"].insert(0, S("Mehrere Gemeinden im Süden haben zudem die Öffnungszeiten ihrer Freibäder verlängert und Trinkwasserstellen in den Innenstädten eingerichtet."))
STROM["blocks"][-1]["sentences"].insert(1, S("Die Feuerwehren warnen vor Waldbränden und haben das Grillen im Freien verboten."))
FEEDLINE["blocks"][-1]["sentences"].append(S("Neighbours of older people who live alone have been asked to check on them."))

ARTICLES = [MPA, STROM, BLOG, PEMBERTON, FEEDLINE]

REWRITES = [["dev17/hitze-mpa.txt", "dev17/news.jsonl#ns-20320722-0417"],
            ["dev17/hitze-pemberton.txt", "dev17/news.jsonl#fl-32072318"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def files():
    """Input files of this story and news.jsonl (Nachrichtenstrom, Feedline ×2)."""
    lines = [{"id": "ns-20320722-0417", "url": "https://nachrichtenstrom.example/inland/hitzetote-pflegeheime-0417",
              "title": headline(STROM), "text": text_without_headline(STROM), "publisher": STROM["publisher"],
              "published": STROM["published"], "language": "de", "ressort": "Inland"},
             dev17_nordkredit.jsonl_item(),
             {"id": "fl-32072318", "url": "https://feedline.example/world/marvinia-care-home-heat-deaths-32072318",
              "title": headline(FEEDLINE), "html": render_html(FEEDLINE, FEEDLINE_SITE), "publisher": FEEDLINE["publisher"],
              "published": FEEDLINE["published"], "language": "en", "category": "World"}]
    return {
        "hitze-mpa.txt": (render_txt(MPA), False),
        "rotefeder.rss": (render_rss(CHANNEL, [(BLOG, "rf-2032-07-22-hitzetote",
                                                "https://rotefeder.example/2032/07/22/hitzeschutz-gestoppt", BLOG["extra"])]), False),
        "hitze-pemberton.txt": (render_txt(PEMBERTON), False),
        "news.jsonl": (render_jsonl(lines), False),
    }
