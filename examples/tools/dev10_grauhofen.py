"""dev10 story 2: eleven residents of two care homes die in the Grauhofen heatwave (6–9 July 2027).

A seniors' rights NGO's press release (list of demands), the regional paper's RSS item (same feed and
template as its Tessenau follow-up), an English broadcaster's Atom entry, an English paper's page (same
template as its Tessenau page: parts instead of the total) and a right-populist blog that states the
accusation as fact and omits the operator's denial. Invented by the Parallax team: city, operator,
NGO, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss
import dev10_tessenau

SID = "st-grauhofen-heatwave"
EV = "ev-grauhofen-care-deaths"
STORY = {"id": SID, "label": "Heatwave deaths in Grauhofen care homes",
         "events": [{"id": EV, "label": "Eleven care-home residents die during the July heatwave in Grauhofen"}]}

SON = "sonnenhain"
PW = "pflegewacht lörnetal"
HM = "health ministry"
WS = "weather service"
WAVE = T("2027-07-05", "2027-07-11")
DEATHS = T("2027-07-06", "2027-07-09")

GROUPS = [
    {"id": "gra-care-deaths", "story": SID, "status": "compatible",
     "why": "Eleven residents died in the two homes (Pflegewacht, Bote, Northbridge, blog); the Courier gives seven at Lindenhof and four at Am Weiher, parts that add up to the total."},
    {"id": "gra-heat-deaths", "story": SID, "status": "conflicting",
     "why": "The health ministry's about 140 heat-related deaths in the state (Bote, Northbridge, Courier) against the blog's 'Hunderte'."},
    {"id": "gra-temp-max", "story": SID, "status": "agreed",
     "why": "Bote and Courier: 41.3 degrees measured in Grauhofen."},
    {"id": "gra-room-temp", "story": SID, "status": "disputed",
     "why": "Pflegewacht (and Northbridge, the blog) says up to 36 degrees in the rooms; Sonnenhain's denial in the Bote says never above 29."},
    {"id": "gra-cooling", "story": SID, "status": "disputed",
     "why": "Pflegewacht says Lindenhof's cooling had been broken for weeks; Sonnenhain denies it (Bote, Northbridge, Courier); the blog states it as fact and omits the denial."},
    {"id": "gra-warning-days", "story": SID, "status": "agreed",
     "why": "Bote and Courier: the highest heat warning for six days in a row."},
    {"id": "gra-probe", "story": SID, "status": "agreed",
     "why": "Bote, Northbridge, Courier and the blog report the prosecutors' negligent-homicide investigation."},
    {"id": "gra-moved", "story": SID, "status": "agreed",
     "why": "Bote and Northbridge: about 60 residents moved to other homes."},
    {"id": "gra-night-staff", "story": SID, "status": "single-source",
     "why": "Only Pflegewacht gives two carers on the night shift."},
    {"id": "gra-lindenhof-residents", "story": SID, "status": "single-source",
     "why": "Only Pflegewacht gives Lindenhof's 96 residents."},
    {"id": "gra-demand-max", "story": SID, "status": "single-source",
     "why": "Only Pflegewacht demands a legal maximum of 26 degrees."},
    {"id": "gra-demand-fund", "story": SID, "status": "single-source",
     "why": "Only Pflegewacht demands a 50-million-euro fund."},
    {"id": "gra-callouts", "story": SID, "status": "single-source",
     "why": "Only the Bote gives 312 heat-related ambulance call-outs."},
    {"id": "gra-admissions", "story": SID, "status": "single-source",
     "why": "Only the Courier gives the 40% rise in heatstroke admissions."},
]

# ------------------------------------------------------------------ Pflegewacht press release (de)

PFLEGEWACHT = {
    "input": "dev10/grauhofen-pflegewacht.txt", "story": SID, "event": EV,
    "publisher": "Pflegewacht Lörnetal e.V.", "published": "2027-07-10T10:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Pflegewacht Lörnetal e.V.", "Pressemitteilung", "10.07.2027, 10:00 Uhr"],
    "blocks": [
        H("Hitzetod im Pflegeheim: Pflegewacht fordert Aufklärung und verbindlichen Hitzeschutz",
          loaded=[L("Hitzetod", "alarmist")]),
        P(S("In zwei Grauhofener Pflegeheimen der Sonnenhain Pflege GmbH sind zwischen dem 6. und dem 9. Juli elf Bewohnerinnen und Bewohner gestorben.",
            claims=[Q("elf Bewohnerinnen und Bewohner gestorben", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS)]),
          S("Nach unseren Informationen war die Kühlanlage im Haus Lindenhof seit Mitte Juni defekt.",
            claims=[ST("die Kühlanlage im Haus Lindenhof seit Mitte Juni defekt", SON, "neglected", "broken cooling at haus lindenhof",
                       "gra-cooling", source=PW)]),
          S("In den Zimmern wurden bis zu 36 Grad gemessen.",
            claims=[Q("bis zu 36 Grad", 36, "degree", None, "up-to", subject="haus lindenhof", group="gra-room-temp", time=DEATHS)])),
        P(S("In der Nacht zum 8. Juli waren im Haus Lindenhof zwei Pflegekräfte für 96 Bewohnerinnen und Bewohner zuständig.",
            claims=[Q("zwei Pflegekräfte", 2, "worker", None, subject="haus lindenhof", group="gra-night-staff", time=T("2027-07-07", "2027-07-08")),
                    Q("96 Bewohnerinnen und Bewohner", 96, "person", "size", subject="haus lindenhof", group="gra-lindenhof-residents")]),
          S("Der landesweite „Hitzeschutzplan“ stand im Haus Lindenhof offenbar nur auf dem Papier.", "opinion",
            loaded=[L("„Hitzeschutzplan“", "belittling", "distancing")]),
          S("„Hier wurde nicht an Ventilatoren gespart, sondern an Menschenleben“, sagt Pflegewacht-Vorsitzende Dr. Ulrike Marschner.", "quote")),
        P(S("Hochbetagte Menschen dürfen nicht der Profitgier eines Heimbetreibers geopfert werden.", "opinion",
            loaded=[L("Profitgier", "demonising"), L("geopfert", "alarmist")]),
          S("Die Pflegewacht fordert deshalb:", "opinion")),
        LI(S("eine gesetzliche Höchsttemperatur von 26 Grad in Pflegezimmern,", "opinion",
             claims=[Q("Höchsttemperatur von 26 Grad", 26, "degree", None, "up-to", subject="care home rooms", source=PW, group="gra-demand-max")])),
        LI(S("unangekündigte Hitzekontrollen durch die Heimaufsicht,", "opinion")),
        LI(S("einen Landesfonds von 50 Mio. Euro für Kühlung in Pflegeeinrichtungen.", "opinion",
             claims=[Q("50 Mio. Euro", 50000000, "eur", None, subject="cooling fund", source=PW, group="gra-demand-fund")])),
    ],
    "post": ["Pressekontakt: Pflegewacht Lörnetal e.V., Gerberstraße 9, 24481 Grauhofen",
             "Telefon 04421 88 30 17 · presse@pflegewacht.example",
             "",
             "Die Pflegewacht Lörnetal ist ein gemeinnütziger Verein, der sich seit 2009 für die Rechte pflegebedürftiger Menschen einsetzt.",
             "Spendenkonto: IBAN DE00 0000 0000 0000 4417 00"],
    "removed": ["Pressemitteilung", "10.07.2027, 10:00 Uhr", "Pressekontakt: Pflegewacht Lörnetal e.V., Gerberstraße 9",
                "Telefon 04421 88 30 17", "presse@pflegewacht.example", "ist ein gemeinnütziger Verein", "Spendenkonto"],
}

# ------------------------------------------------------------------ Lörnetaler Bote (de, RSS item; same template as the Tessenau item)

BOTE = {
    "input": "dev10/loernetaler-bote.rss#lb-2027-07-11-0715", "story": SID, "event": EV,
    "publisher": "Lörnetaler Bote", "published": "2027-07-11T07:15:00+02:00",
    "language": "de", "authors": ["Jakob Terhalle"], "sensational": False,
    "blocks": [
        H("Hitzewelle: Staatsanwaltschaft ermittelt nach elf Todesfällen in Grauhofener Heimen",
          claims=[Q("elf Todesfällen", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS),
                  ST("Staatsanwaltschaft ermittelt", "prosecutors", "opened investigation", "deaths in grauhofen care homes", "gra-probe")]),
        P(S("Nach dem Tod von elf Bewohnern zweier Pflegeheime in Grauhofen ermittelt die Staatsanwaltschaft wegen fahrlässiger Tötung.",
            claims=[Q("elf Bewohnern", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS),
                    ST("ermittelt die Staatsanwaltschaft wegen fahrlässiger Tötung", "prosecutors", "opened investigation",
                       "deaths in grauhofen care homes", "gra-probe")]),
          S("Die Betroffenen starben während der Hitzewelle, in der der Wetterdienst sechs Tage in Folge die höchste Warnstufe ausgerufen hatte.",
            claims=[Q("sechs Tage in Folge", 6, "day", "duration", subject="heat warning", source=WS, group="gra-warning-days", time=WAVE)]),
          S("Am Donnerstag wurden in Grauhofen 41,3 Grad gemessen – so viel wie nie seit Beginn der Aufzeichnungen.",
            claims=[Q("41,3 Grad", 41.3, "degree", None, subject="grauhofen", group="gra-temp-max", time=T("2027-07-08", "2027-07-08"))])),
        P(S("Die Pflegewacht Lörnetal wirft dem Betreiber Sonnenhain vor, eine seit Wochen defekte Kühlanlage nicht repariert zu haben.",
            claims=[ST("wirft dem Betreiber Sonnenhain vor, eine seit Wochen defekte Kühlanlage nicht repariert zu haben", SON, "neglected",
                       "broken cooling at haus lindenhof", "gra-cooling", source=PW)]),
          S("Sonnenhain weist das zurück.",
            claims=[ST("Sonnenhain weist das zurück", SON, "neglected", "broken cooling at haus lindenhof", "gra-cooling", source=SON, denial=True)]),
          S("Die Anlage sei „voll funktionsfähig“ gewesen, die Raumtemperatur habe zu keinem Zeitpunkt 29 Grad überschritten, erklärte ein Sprecher.",
            claims=[Q("die Raumtemperatur habe zu keinem Zeitpunkt 29 Grad überschritten", 29, "degree", None, "up-to", subject="haus lindenhof",
                      source=SON, hedged=True, group="gra-room-temp", time=DEATHS)]),
          S("Man spreche von einer „tragischen Verkettung unglücklicher Umstände“.", "reporting",
            loaded=[L("tragischen Verkettung unglücklicher Umstände", "euphemism", "reported")])),
        P(S("Rund 60 Bewohner wurden vorsorglich in Häuser mit klimatisierten Räumen verlegt.",
            claims=[Q("Rund 60 Bewohner", 60, "person", None, "about", subject="grauhofen care homes", group="gra-moved")]),
          S("Der Rettungsdienst im Kreis zählte in der vergangenen Woche 312 hitzebedingte Einsätze, doppelt so viele wie in einer gewöhnlichen Juliwoche.",
            claims=[Q("312 hitzebedingte Einsätze", 312, None, None, subject="ambulance service", source="ambulance service", group="gra-callouts", time=WAVE)]),
          S("Landesweit zählt das Gesundheitsministerium inzwischen rund 140 hitzebedingte Todesfälle.",
            claims=[Q("rund 140 hitzebedingte Todesfälle", 140, "person", "killed", "about", subject="heatwave", source=HM, group="gra-heat-deaths", time=WAVE)])),
    ],
    "extra": "<p><strong>Mehr zum Thema:</strong> <a href=\"https://loernetaler-bote.example/ratgeber/hitze\">So schützen Sie ältere Angehörige vor der Hitze</a></p>\n"
             "<p><em>Dieser Beitrag erschien zuerst auf loernetaler-bote.example.</em></p>",
    "removed": ["So schützen Sie ältere Angehörige vor der Hitze", "Dieser Beitrag erschien zuerst auf"],
}

# ------------------------------------------------------------------ Northbridge Broadcasting (en, Atom entry; the feed is written by dev10_fennbrueck)

NORTHBRIDGE = {
    "input": "dev10/northbridge.atom#tag:northbridge.example,2027:news/grauhofen-heat-5120", "story": SID, "event": EV,
    "publisher": "Northbridge Broadcasting", "published": "2027-07-11T18:00:00+01:00",
    "language": "en", "authors": ["Sunita Abel"], "sensational": False,
    "blocks": [
        H("Prosecutors investigate care home deaths in Grauhofen heatwave",
          claims=[ST("Prosecutors investigate care home deaths", "prosecutors", "opened investigation", "deaths in grauhofen care homes", "gra-probe")]),
        P(S("Prosecutors in Grauhofen have opened a negligent homicide investigation after eleven elderly residents of two care homes died during last week's heatwave.",
            claims=[ST("Prosecutors in Grauhofen have opened a negligent homicide investigation", "prosecutors", "opened investigation",
                       "deaths in grauhofen care homes", "gra-probe"),
                    Q("eleven elderly residents of two care homes died", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS)]),
          S("The advocacy group Pflegewacht says the cooling system at one of the homes, Haus Lindenhof, had been out of order for weeks and that temperatures in residents' rooms reached up to 36 degrees.",
            claims=[ST("the cooling system at one of the homes, Haus Lindenhof, had been out of order for weeks", SON, "neglected",
                       "broken cooling at haus lindenhof", "gra-cooling", source=PW),
                    Q("up to 36 degrees", 36, "degree", None, "up-to", subject="haus lindenhof", source=PW, group="gra-room-temp", time=DEATHS)]),
          S("The operator, Sonnenhain, denies the cooling had failed.",
            claims=[ST("The operator, Sonnenhain, denies the cooling had failed", SON, "neglected", "broken cooling at haus lindenhof",
                       "gra-cooling", source=SON, denial=True)])),
        P(S("About 60 residents have since been moved to other homes.",
            claims=[Q("About 60 residents", 60, "person", None, "about", subject="grauhofen care homes", group="gra-moved")]),
          S("The state health ministry has recorded some 140 heat-related deaths in total.",
            claims=[Q("some 140 heat-related deaths", 140, "person", "killed", "about", subject="heatwave", source=HM, group="gra-heat-deaths", time=WAVE)]),
          S("“Nobody should die of heat in a place that is meant to care for them,” said Health Minister Katrin Oyelaran.", "quote")),
    ],
    "extra": "<p>Read more: <a href=\"https://northbridge.example/news/heat-advice\">Heatwave: how to keep older people safe</a></p>",
    "removed": ["Read more:", "Heatwave: how to keep older people safe"],
}

# ------------------------------------------------------------------ Continental Courier (en, same template as its Tessenau page)

COURIER_SITE = dict(dev10_tessenau.COURIER_SITE)
COURIER_SITE.update({
    "date_label": "July 11, 2027 · 9:30 PM",
    "related": ["Heat plans: which countries protect care homes best?", "Why the Lörne valley is heating faster than the rest of Europe"],
})

COURIER = {
    "input": "dev10/grauhofen-courier.html", "story": SID, "event": EV,
    "publisher": "Continental Courier", "published": "2027-07-11T21:30:00+02:00",
    "language": "en", "authors": ["Harriet Vance"], "sensational": False,
    "blocks": [
        H("Deaths at Grauhofen care homes raise questions over cooling"),
        P(S("Seven residents of the Haus Lindenhof care home in Grauhofen and four at the nearby Haus am Weiher died between July 6 and July 9, as temperatures in the city climbed to 41.3C.",
            claims=[Q("Seven residents of the Haus Lindenhof care home", 7, "person", "killed", subject="haus lindenhof", group="gra-care-deaths", time=DEATHS),
                    Q("four at the nearby Haus am Weiher died", 4, "person", "killed", subject="haus am weiher", group="gra-care-deaths", time=DEATHS),
                    Q("41.3C", 41.3, "degree", None, subject="grauhofen", group="gra-temp-max", time=T("2027-07-08", "2027-07-08"))]),
          S("The weather service had issued its highest heat warning for six consecutive days.",
            claims=[Q("six consecutive days", 6, "day", "duration", subject="heat warning", source=WS, group="gra-warning-days", time=WAVE)])),
        P(S("Both homes are run by Sonnenhain Pflege, which rejected claims by the campaign group Pflegewacht that the cooling at Lindenhof had been broken since mid-June.",
            claims=[ST("which rejected claims by the campaign group Pflegewacht that the cooling at Lindenhof had been broken since mid-June",
                       SON, "neglected", "broken cooling at haus lindenhof", "gra-cooling", source=SON, denial=True)]),
          S("Sonnenhain had reportedly been warned about the faulty cooling by the state care inspectorate in May.",
            claims=[ST("Sonnenhain had reportedly been warned about the faulty cooling by the state care inspectorate in May", SON, "neglected",
                       "broken cooling at haus lindenhof", "gra-cooling", hedged=True)]),
          S("Prosecutors have opened an investigation.",
            claims=[ST("Prosecutors have opened an investigation", "prosecutors", "opened investigation", "deaths in grauhofen care homes", "gra-probe")])),
        P(S("Across the state, the health ministry puts the death toll from the heat at about 140, while hospital admissions for heatstroke were up 40% on last July.",
            claims=[Q("puts the death toll from the heat at about 140", 140, "person", "killed", "about", subject="heatwave", source=HM, group="gra-heat-deaths", time=WAVE),
                    Q("up 40% on last July", 40, "percent", "increase", subject="heatstroke admissions", source=HM, group="gra-admissions", time=WAVE)]),
          S("Doctors say the elderly, who often feel less thirst, are the most vulnerable.")),
    ],
    "removed": ["We use cookies to personalise content", "July 11, 2027 · 9:30 PM", "Heat plans: which countries protect care homes best?",
                "Why the Lörne valley is heating faster", "Courier Morning Briefing", "Fly business class to 40 destinations"],
}

# ------------------------------------------------------------------ Heimatstimme (de, right-populist blog, no dateline block; omits the denial)

BLOG = {
    "input": "dev10/grauhofen-heimatstimme.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("Hitzetod im Heim: Sie ließen unsere Alten einfach sterben",
          loaded=[L("Hitzetod", "alarmist")]),
        P(S("Elf alte Menschen sind in Grauhofen in ihren Betten gestorben, weil die Klimaanlage im Heim seit Wochen kaputt war.",
            claims=[Q("Elf alte Menschen", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS),
                    ST("weil die Klimaanlage im Heim seit Wochen kaputt war", SON, "neglected", "broken cooling at haus lindenhof", "gra-cooling")]),
          S("Die Heimleitung soll angeblich schon im Juni von dem Defekt gewusst haben.",
            claims=[ST("Die Heimleitung soll angeblich schon im Juni von dem Defekt gewusst haben", SON, "neglected",
                       "broken cooling at haus lindenhof", "gra-cooling", hedged=True)]),
          S("Bei 36 Grad in den Zimmern hat sich offenbar niemand von der Pflege-Mafia für die Bewohner interessiert.", "opinion",
            claims=[Q("36 Grad", 36, "degree", None, subject="haus lindenhof", group="gra-room-temp", time=DEATHS)],
            loaded=[L("Pflege-Mafia", "demonising")])),
        P(S("Landesweit gibt es inzwischen Hunderte Hitzetote.",
            claims=[Q("Hunderte Hitzetote", 200, "person", "killed", "at-least", subject="heatwave", group="gra-heat-deaths", time=WAVE)]),
          S("Und was tun die Sesselwärmer in der Landesregierung?", "opinion",
            loaded=[L("Sesselwärmer", "belittling")]),
          S("Sie verteilen Hochglanz-Broschüren mit Trinktipps …", "opinion",
            loaded=[L("Hochglanz-Broschüren", "belittling")])),
        P(S("Die Staatsanwaltschaft ermittelt zwar, aber wer glaubt ernsthaft, dass am Ende ein Manager der Heimbetreiber hinter Gittern landet?",
            "opinion", claims=[ST("Die Staatsanwaltschaft ermittelt", "prosecutors", "opened investigation", "deaths in grauhofen care homes", "gra-probe")]),
          S("Für Windräder und Lastenräder ist immer Geld da, für die Generation, die dieses Land aufgebaut hat, nicht.", "opinion"),
          S("Während die Klima-Apostel in Talkshows vom Weltuntergang schwadronieren, sterben nebenan echte Menschen an ganz handfestem Versagen.", "opinion",
            loaded=[L("Klima-Apostel", "belittling"), L("schwadronieren", "belittling")])),
        P(S("Elf Tote, und wieder einmal will keiner schuld sein?", "opinion",
            claims=[Q("Elf Tote", 11, "person", "killed", subject="grauhofen care homes", group="gra-care-deaths", time=DEATHS)]),
          S("Schreiben Sie Ihrem Abgeordneten – und erinnern Sie ihn bei der nächsten Wahl daran!", "opinion")),
    ],
    "post": ["Teilen Sie diesen Beitrag, bevor er gelöscht wird!",
             "",
             "#Pflegenotstand #Grauhofen #Hitze #Versagen",
             "",
             "Heimatstimme Lörnetal – unabhängig, unbequem, unbestechlich",
             "Unterstützen Sie uns: Spenden per PayPal an spende@heimatstimme.example"],
    "removed": ["Teilen Sie diesen Beitrag, bevor er gelöscht wird!", "#Pflegenotstand #Grauhofen", "unabhängig, unbequem, unbestechlich",
                "spende@heimatstimme.example"],
}

ARTICLES = [PFLEGEWACHT, BOTE, NORTHBRIDGE, COURIER, BLOG]

REWRITES = []

CHANNEL = {"title": "Lörnetaler Bote – Region", "link": "https://loernetaler-bote.example/region",
           "description": "Nachrichten aus Tessenau, Grauhofen und dem ganzen Lörnetal", "language": "de"}


def files():
    """Input files of this story, and the Lörnetaler Bote feed with its Tessenau and Grauhofen items."""
    t = dev10_tessenau.BOTE
    items = [(BOTE, "lb-2027-07-11-0715", "https://loernetaler-bote.example/grauhofen/hitze-heime-ermittlungen", BOTE["extra"]),
             (t, "lb-2027-05-21-0630", "https://loernetaler-bote.example/tessenau/zwischenbericht-zugunglueck", t["extra"])]
    return {
        "loernetaler-bote.rss": (render_rss(CHANNEL, items), False),
        "grauhofen-pflegewacht.txt": (render_txt(PFLEGEWACHT), False),
        "grauhofen-courier.html": (render_html(COURIER, COURIER_SITE), False),
        "grauhofen-heimatstimme.txt": (render_txt(BLOG), False),
    }
