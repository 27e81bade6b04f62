"""dev4 story 2: the eruption of the Keldra volcano on the island of Osmay, Norvalia (14 Apr 2027),
and the first return of evacuees a week later.

An English public-broadcaster page (NBS) and a German regional paper's feed item about the same
day (German–English pair, own wording), a German wire report (ndk, same outlet and template as the
Velora report: not a rewrite), an English tabloid that states the residents' accusation as fact and
omits the governor's denial, and the feed's second item about the follow-up a week later.
Invented by the Parallax team (fifth writer): island, volcano, state, people, outlets and figures are
fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-keldra-eruption"
ERUPT = "ev-keldra-eruption"
RETURN = "ev-keldra-return"
STORY = {"id": SID, "label": "Eruption of the Keldra volcano on Osmay",
         "events": [{"id": ERUPT, "label": "Keldra erupts; villages on Osmay's south coast are evacuated"},
                    {"id": RETURN, "label": "A week later the first evacuees return to Korvik"}]}

CP = "civil protection"
OBS = "osmay volcano observatory"
GOV = "elin haukås"
RES = "vessby residents' association"
VOLC = "keldra"
DAY = T("2027-04-14", "2027-04-14")

GROUPS = [
    {"id": "keldra-eruption", "story": SID, "status": "agreed",
     "why": "All four reports of the first day say Keldra erupted on 14 April."},
    {"id": "keldra-evacuated", "story": SID, "status": "compatible",
     "why": "About 4,800 evacuated (NBS, ndk, civil protection) is the sum of the Sundbote's parts 3,100 + 1,700; 'thousands' (Sundbote headline, Daily Blaze) is a looser figure."},
    {"id": "keldra-ash", "story": SID, "status": "agreed",
     "why": "An ash column of up to 9 km (NBS, ndk) and 'almost six miles' (9.7 km, Daily Blaze) agree within their qualifiers."},
    {"id": "keldra-houses", "story": SID, "status": "compatible",
     "why": "At least 14 houses destroyed on the first day (four articles); 37 a week later (Sundbote), a later figure."},
    {"id": "keldra-lava-area", "story": SID, "status": "agreed",
     "why": "About 1.2 km² (NBS), about 120 hectares (Sundbote) and nearly 300 acres (1.21 km², Daily Blaze) are the same area."},
    {"id": "keldra-injured", "story": SID, "status": "agreed",
     "why": "NBS and ndk both give two people hurt by smoke."},
    {"id": "keldra-tremors", "story": SID, "status": "agreed",
     "why": "NBS and ndk both give more than 1,500 tremors before the eruption."},
    {"id": "keldra-warning", "story": SID, "status": "disputed",
     "why": "Residents say the regional government ignored the observatory's warning; governor Elin Haukås denies it (NBS, ndk, Sundbote follow-up); the Daily Blaze states it as fact and omits the denial."},
    {"id": "keldra-ferry", "story": SID, "status": "compatible",
     "why": "Some 1,900 people carried off the island by ferry (Nordlys Line via NBS); the Daily Blaze's 'hundreds' is a looser figure."},
    {"id": "keldra-soldiers", "story": SID, "status": "single-source",
     "why": "Only NBS gives the 300 soldiers sent to the island."},
    {"id": "keldra-flights", "story": SID, "status": "single-source",
     "why": "Only ndk gives more than 40 cancelled flights."},
    {"id": "keldra-return", "story": SID, "status": "single-source",
     "why": "Only the Sundbote follow-up gives about 1,700 people allowed home."},
    {"id": "keldra-aid", "story": SID, "status": "single-source",
     "why": "Only the Sundbote follow-up gives 12 million euros in emergency aid."},
    {"id": "keldra-damage", "story": SID, "status": "single-source",
     "why": "Only the Sundbote follow-up gives the insurers' damage estimate of up to 45 million euros."},
    {"id": "keldra-sheep", "story": SID, "status": "single-source",
     "why": "Only the Sundbote follow-up reports dozens of sheep killed."},
]


def eruption(text, source=None):
    return ST(text, VOLC, "erupted", "osmay", "keldra-eruption", source=source)


def ignored(text, source=None, hedged=False):
    return ST(text, "regional government", "ignored", "observatory warning", "keldra-warning", source=source, hedged=hedged)


def denial(text):
    return ST(text, "regional government", "ignored", "observatory warning", "keldra-warning", source=GOV, denial=True)


NBS_SITE = {
    "nav": ["Home", "Norvalia", "World", "Business", "Weather", "Live radio"],
    "cookie": "NBS uses cookies to give you the best online experience. Manage your settings or accept all cookies.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "14 April 2027, 19:30",
    "share": "Share this story: Facebook · X · Email",
    "ad": "NBS Radio 2 – Spring Gala live from Halden Concert Hall, Saturday 8pm",
    "related_title": "Read more",
    "related": ["Keldra: a short history of Osmay's restless volcano",
                "Live map: evacuation zones on Osmay",
                "Ferry timetables changed after eruption"],
    "footer": "© 2027 Norvalian Broadcasting Service · Terms of use · Privacy · Contact NBS",
    "inline": '<div class="promo"><a href="/live/keldra">LIVE: follow the latest on the eruption</a></div>',
    "after": '<div class="newsletter"><p>Get the NBS morning briefing in your inbox.</p><button>Sign up</button></div>',
}

NBS = {
    "input": "dev4/keldra-nbs.html", "story": SID, "event": ERUPT,
    "publisher": "NBS News", "published": "2027-04-14T19:30:00+01:00",
    "language": "en", "authors": ["Catriona Lusk"], "sensational": False,
    "blocks": [
        H("Keldra volcano erupts on Osmay as thousands are evacuated",
          claims=[eruption("Keldra volcano erupts on Osmay"),
                  Q("thousands are evacuated", None, "person", "evacuated", qualifier="at-least", low=2000, subject="osmay",
                    group="keldra-evacuated", time=DAY)]),
        P(S("The Keldra volcano on the island of Osmay erupted shortly after 5 a.m. on Wednesday, sending lava down its southern flank and a column of ash up to 9 kilometres into the sky.",
            claims=[eruption("The Keldra volcano on the island of Osmay erupted shortly after 5 a.m. on Wednesday"),
                    Q("up to 9 kilometres", 9, "kilometre", "distance", qualifier="up-to", subject="ash column", group="keldra-ash",
                      time=DAY)])),
        P(S("About 4,800 people were evacuated from villages on the southern coast overnight, according to the civil protection agency.",
            claims=[Q("About 4,800 people were evacuated", 4800, "person", "evacuated", qualifier="about", subject="osmay",
                      source=CP, group="keldra-evacuated", time=DAY)]),
          S("No one was killed, but two people were treated for smoke inhalation.",
            claims=[Q("two people were treated for smoke inhalation", 2, "person", "wounded", subject="osmay",
                      group="keldra-injured", time=DAY)])),
        P(S("Lava has destroyed at least 14 homes in the hamlet of Vessby and covered about 1.2 square kilometres of farmland.",
            claims=[Q("at least 14 homes", 14, "house", "destroyed", qualifier="at-least", subject="vessby", group="keldra-houses",
                      time=DAY),
                    Q("about 1.2 square kilometres of farmland", 1.2, "square kilometre", None, qualifier="about",
                      subject="lava flow", group="keldra-lava-area", time=DAY)]),
          S("Gen. Tor Brekke, who leads the army's relief mission, said 300 soldiers had been sent to the island.",
            claims=[Q("300 soldiers had been sent to the island", 300, "soldier", "deployed", subject="norvalian army",
                      source="tor brekke", group="keldra-soldiers", time=DAY)])),
        P(S("The island's volcano observatory had recorded more than 1,500 tremors in the ten days before the eruption.",
            claims=[Q("more than 1,500 tremors", 1500, None, None, qualifier="more-than", subject=VOLC, source=OBS,
                      group="keldra-tremors", time=T("2027-04-04", "2027-04-14"))]),
          S("The Vessby residents' association says the observatory warned the regional government three days before the eruption and that the warning was ignored.",
            claims=[ignored("the observatory warned the regional government three days before the eruption and that the warning was ignored", source=RES)])),
        P(S("Regional governor Elin Haukås rejected the claim.",
            claims=[denial("Regional governor Elin Haukås rejected the claim")]),
          S("“We acted on every piece of advice we received, and we acted within hours,” she told NBS.", "quote")),
        P(S("Osmay's airport at Port Senna remains closed."),
          S("Ferry operator Nordlys Line said it had carried some 1,900 people to the mainland by Wednesday evening.",
            claims=[Q("some 1,900 people", 1900, "person", "evacuated", qualifier="about", subject="nordlys line",
                      source="nordlys line", group="keldra-ferry", time=DAY)])),
    ],
    "removed": ["NBS uses cookies", "Accept all", "14 April 2027, 19:30", "Catriona Lusk", "Live radio",
                "Share this story", "Spring Gala live from Halden Concert Hall", "a short history of Osmay's restless volcano",
                "Live map: evacuation zones on Osmay", "Ferry timetables changed after eruption",
                "LIVE: follow the latest on the eruption", "Get the NBS morning briefing", "Terms of use"],
}

NDK = {
    "input": "dev4/keldra-ndk.txt", "story": SID, "event": ERUPT,
    "publisher": "ndk Nachrichtendienst Kontinental", "published": "2027-04-14T15:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ndk Nachrichtendienst Kontinental", "14.04.2027", "15:20 Uhr"],
    "blocks": [
        H("Vulkan Keldra auf Osmay ausgebrochen – rund 4.800 Menschen evakuiert",
          claims=[eruption("Vulkan Keldra auf Osmay ausgebrochen"),
                  Q("rund 4.800 Menschen evakuiert", 4800, "person", "evacuated", qualifier="about", subject="osmay",
                    group="keldra-evacuated", time=DAY)]),
        P(S("Port Senna (ndk) – Auf der norvalischen Insel Osmay ist am Mittwochmorgen der Vulkan Keldra ausgebrochen.",
            claims=[eruption("Auf der norvalischen Insel Osmay ist am Mittwochmorgen der Vulkan Keldra ausgebrochen")]),
          S("Nach Angaben des Zivilschutzes wurden rund 4.800 Menschen aus den Dörfern an der Südküste in Sicherheit gebracht.",
            claims=[Q("rund 4.800 Menschen aus den Dörfern an der Südküste", 4800, "person", "evacuated", qualifier="about", subject="osmay", source=CP,
                      group="keldra-evacuated", time=DAY)])),
        P(S("Die Aschesäule stieg bis zu neun Kilometer hoch.",
            claims=[Q("bis zu neun Kilometer", 9, "kilometre", "distance", qualifier="up-to", subject="ash column",
                      group="keldra-ash", time=DAY)]),
          S("Der Flughafen der Insel wurde geschlossen, mehr als 40 Flüge wurden gestrichen.",
            claims=[Q("mehr als 40 Flüge", 40, "flight", None, qualifier="more-than", subject="port senna airport",
                      group="keldra-flights", time=DAY)])),
        P(S("Ein Lavastrom zerstörte mindestens 14 Häuser im Weiler Vessby.",
            claims=[Q("mindestens 14 Häuser", 14, "house", "destroyed", qualifier="at-least", subject="vessby",
                      group="keldra-houses", time=DAY)]),
          S("Zwei Menschen erlitten Rauchvergiftungen, Todesopfer gab es nicht.",
            claims=[Q("Zwei Menschen erlitten Rauchvergiftungen", 2, "person", "wounded", subject="osmay",
                      group="keldra-injured", time=DAY)])),
        P(S("Das Vulkanobservatorium hatte in den zehn Tagen vor dem Ausbruch mehr als 1.500 Erdstöße registriert.",
            claims=[Q("mehr als 1.500 Erdstöße", 1500, None, None, qualifier="more-than", subject=VOLC, source=OBS,
                      group="keldra-tremors", time=T("2027-04-04", "2027-04-14"))]),
          S("Anwohner werfen der Regionalregierung vor, eine Warnung des Observatoriums ignoriert zu haben; Gouverneurin Elin Haukås wies dies zurück.",
            claims=[ignored("Anwohner werfen der Regionalregierung vor, eine Warnung des Observatoriums ignoriert zu haben", source="residents"),
                    denial("Gouverneurin Elin Haukås wies dies zurück")])),
    ],
    "post": ["Themen: Vulkan · Osmay · Norvalia · Katastrophenschutz",
             "",
             "Mehr zum Thema",
             "- Die gefährlichsten Vulkane Europas im Überblick",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© ndk Nachrichtendienst Kontinental – Alle Rechte vorbehalten"],
    "removed": ["ndk Nachrichtendienst Kontinental", "14.04.2027", "15:20 Uhr", "Themen: Vulkan · Osmay · Norvalia · Katastrophenschutz",
                "Mehr zum Thema", "Die gefährlichsten Vulkane Europas im Überblick", "Teilen: Facebook | X | E-Mail",
                "Alle Rechte vorbehalten"],
}

BLAZE = {
    "input": "dev4/keldra-daily-blaze.txt", "story": SID, "event": ERUPT,
    "publisher": "The Daily Blaze", "published": "2027-04-15",
    "language": "en", "authors": ["Gary Pruett"], "sensational": True,
    "pre": ["THE DAILY BLAZE", "Thursday 15 April 2027", "By GARY PRUETT"],
    "blocks": [
        H("DOOMSDAY MOUNTAIN: Volcano from hell buries village as thousands flee",
          claims=[Q("thousands flee", None, "person", "evacuated", qualifier="at-least", low=2000, subject="osmay",
                    group="keldra-evacuated", time=DAY)],
          loaded=[L("DOOMSDAY MOUNTAIN", "alarmist"), L("Volcano from hell", "alarmist")]),
        P(S("Terrified islanders ran for their lives as the monster volcano Keldra blew its top on Osmay yesterday.",
            claims=[eruption("the monster volcano Keldra blew its top on Osmay yesterday")],
            loaded=[L("monster volcano", "alarmist"), L("ran for their lives", "alarmist")])),
        P(S("Rivers of molten rock swallowed at least 14 homes and nearly 300 acres of farmland.",
            claims=[Q("at least 14 homes", 14, "house", "destroyed", qualifier="at-least", subject="vessby", group="keldra-houses",
                      time=DAY),
                    Q("nearly 300 acres of farmland", 300, "acre", None, qualifier="about", subject="lava flow",
                      group="keldra-lava-area", time=DAY)]),
          S("A column of ash shot almost six miles into the sky.",
            claims=[Q("almost six miles", 6, "mile", "distance", qualifier="about", subject="ash column", group="keldra-ash",
                      time=DAY)])),
        P(S("Scientists warned the regional government three days before the blast, and they were ignored.",
            claims=[ignored("Scientists warned the regional government three days before the blast, and they were ignored")]),
          S("How many more warnings will it take before these pen-pushers wake up?", "opinion",
            loaded=[L("pen-pushers", "belittling")])),
        P(S("“It was like the end of the world,” sobbed farmer Sigrun Aasen.", "quote"),
          S("Her neighbour put it more simply: “We have lost everything.”", "quote"),
          S("Brave ferry crews worked through the night to carry hundreds of islanders to safety.",
            claims=[Q("hundreds of islanders", None, "person", "evacuated", qualifier="at-least", low=200, subject="osmay",
                      group="keldra-ferry", time=DAY)],
            loaded=[L("Brave ferry crews", "glorifying")])),
        P(S("The Blaze says: this government must answer for every ruined home on Osmay.", "opinion")),
    ],
    "post": ["MORE ON THIS STORY",
             "» Is YOUR holiday island next? Experts reveal the danger zones",
             "» Stars cancel Osmay getaways",
             "",
             "Follow us: #Keldra #Volcano #Osmay",
             "Got a story? Call our newsdesk on 0800 555 0199"],
    "removed": ["THE DAILY BLAZE", "Thursday 15 April 2027", "By GARY PRUETT", "MORE ON THIS STORY",
                "Is YOUR holiday island next?", "Stars cancel Osmay getaways", "Follow us: #Keldra #Volcano #Osmay",
                "0800 555 0199"],
}

EARLY = {
    "input": "dev4/sundbote.rss#sb-20270414-0871", "story": SID, "event": ERUPT,
    "publisher": "Sundbote", "published": "2027-04-14T21:10:00+02:00",
    "language": "de", "authors": ["Maren Tjaden"], "sensational": False,
    "blocks": [
        H("Feuer und Asche über Osmay: Tausende verlassen ihre Dörfer",
          claims=[Q("Tausende verlassen ihre Dörfer", None, "person", "evacuated", qualifier="at-least", low=2000,
                    subject="osmay", group="keldra-evacuated", time=DAY)]),
        P(S("Der Vulkan Keldra auf der Insel Osmay ist am Mittwoch kurz nach 5 Uhr ausgebrochen.",
            claims=[eruption("Der Vulkan Keldra auf der Insel Osmay ist am Mittwoch kurz nach 5 Uhr ausgebrochen")]),
          S("Nach Angaben des Zivilschutzes mussten etwa 3.100 Einwohner aus Senna-Süd und etwa 1.700 aus Korvik ihre Häuser verlassen.",
            claims=[Q("etwa 3.100 Einwohner aus Senna-Süd", 3100, "person", "evacuated", qualifier="about", subject="senna-süd",
                      source=CP, group="keldra-evacuated", time=DAY),
                    Q("etwa 1.700 aus Korvik", 1700, "person", "evacuated", qualifier="about", subject="korvik", source=CP,
                      group="keldra-evacuated", time=DAY)])),
        P(S("Die Lava bedeckt inzwischen rund 120 Hektar Weideland.",
            claims=[Q("rund 120 Hektar Weideland", 120, "hectare", None, qualifier="about", subject="lava flow",
                      group="keldra-lava-area", time=DAY)]),
          S("Im Weiler Vessby wurden 14 Häuser zerstört, darunter die alte Kapelle St. Brigid.",
            claims=[Q("14 Häuser zerstört", 14, "house", "destroyed", subject="vessby", group="keldra-houses", time=DAY)])),
        P(S("„Wir hatten zehn Minuten, um das Nötigste zu packen“, sagte die Bäuerin Sigrun Aasen.", "quote"),
          S("Der Flugverkehr ruht, die Fähren zum Festland fahren im Stundentakt.")),
    ],
    "extra": '<p>Der Sundbote-Newsletter: Jeden Morgen das Wichtigste von den Inseln – <a href="https://sundbote.example/newsletter">jetzt abonnieren</a></p>',
    "removed": ["Der Sundbote-Newsletter", "jetzt abonnieren"],
}

LATER = {
    "input": "dev4/sundbote.rss#sb-20270421-1204", "story": SID, "event": RETURN,
    "publisher": "Sundbote", "published": "2027-04-21T18:00:00+02:00",
    "language": "de", "authors": ["Maren Tjaden"], "sensational": False,
    "blocks": [
        H("Eine Woche nach dem Ausbruch: Erste Familien kehren nach Korvik zurück"),
        P(S("Eine Woche nach dem Ausbruch des Keldra dürfen die ersten Bewohner von Osmay zurück in ihre Häuser."),
          S("Der Zivilschutz hob am Mittwoch die Sperrzone für Korvik auf; rund 1.700 Menschen können heimkehren.",
            claims=[Q("rund 1.700 Menschen können heimkehren", 1700, "person", None, qualifier="about", subject="korvik",
                      source=CP, group="keldra-return", time=T("2027-04-21", "2027-04-21"))])),
        P(S("Für Senna-Süd gilt die Evakuierung weiter, weil der Lavastrom noch immer aktiv ist."),
          S("Nach neuen Zählungen hat die Lava inzwischen 37 Häuser zerstört.",
            claims=[Q("37 Häuser zerstört", 37, "house", "destroyed", subject="osmay", group="keldra-houses",
                      time=T("2027-04-14", "2027-04-21"))]),
          S("Dutzende Schafe verendeten auf den Weiden oberhalb von Vessby.",
            claims=[Q("Dutzende Schafe", None, "animal", "killed", qualifier="at-least", low=24, subject="vessby",
                      group="keldra-sheep")])),
        P(S("Die Regierung in Halden hat 12 Mio. Euro Soforthilfe zugesagt.",
            claims=[Q("12 Mio. Euro Soforthilfe zugesagt", 12000000, "eur", "pledged", subject="norvalian government",
                      group="keldra-aid")]),
          S("Die Schäden schätzt die Versicherungswirtschaft auf bis zu 45 Millionen Euro.",
            claims=[Q("bis zu 45 Millionen Euro", 45000000, "eur", "cost", qualifier="up-to", subject="eruption damage",
                      source="insurers", group="keldra-damage")])),
        P(S("Gouverneurin Elin Haukås kündigte an, die Warnkette zu überprüfen."),
          S("Den Vorwurf, ihre Behörde habe eine Warnung des Observatoriums ignoriert, weist sie weiterhin zurück.",
            claims=[denial("Den Vorwurf, ihre Behörde habe eine Warnung des Observatoriums ignoriert, weist sie weiterhin zurück")])),
    ],
    "extra": '<p>Der Sundbote-Newsletter: Jeden Morgen das Wichtigste von den Inseln – <a href="https://sundbote.example/newsletter">jetzt abonnieren</a></p>',
    "removed": ["Der Sundbote-Newsletter", "jetzt abonnieren"],
}

CHANNEL = {"title": "Sundbote", "link": "https://sundbote.example/",
           "description": "Nachrichten von der Küste und den Inseln", "language": "de"}

ARTICLES = [NBS, NDK, BLAZE, EARLY, LATER]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    items = [(LATER, "sb-20270421-1204", "https://sundbote.example/inseln/korvik-rueckkehr", LATER["extra"]),
             (EARLY, "sb-20270414-0871", "https://sundbote.example/inseln/keldra-ausbruch", EARLY["extra"])]
    return {
        "keldra-nbs.html": (render_html(NBS, NBS_SITE), False),
        "keldra-ndk.txt": (render_txt(NDK), False),
        "keldra-daily-blaze.txt": (render_txt(BLAZE), False),
        "sundbote.rss": (render_rss(CHANNEL, items), False),
    }
