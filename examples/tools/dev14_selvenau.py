"""dev14 story 4: drought and water rationing in the district of Selvenau (Lauritanien): the water board WOS bans garden
watering, pool filling and car washing from Wednesday, 17 July 2030, and tightens the rules a week later.

The water board's own press release (dateline block, list of bans) and the public broadcaster's report on Monday, 15 July
(HTML), a left-wing blog's RSS item on Tuesday that states the environmental group's charge of neglected pipes as fact,
omits the board's denial and gives a rival figure for the bottler's withdrawals, and an English news app's JSON Lines item
with `html` a week later (later figures: the reservoir at 27 percent, 16 tankers). Invented by the Parallax team: district,
villages, reservoir, board, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline

import dev14_kessbach

SID = "st-selvenau-drought"
EV = "ev-selvenau-rationing"
STORY = {"id": SID, "label": "Drought and water rationing in Selvenau",
         "events": [{"id": EV, "label": "The Selvenau water board bans garden watering and pool filling from 17 July 2030 and tightens the rules a week later (15–22 July 2030)"}]}

WOS = "wos"
UF = "umweltforum selvenau"
WX = "weather service"
BR = "brausthal"
MON = T("2030-07-15", "2030-07-15")
TUE = T("2030-07-16", "2030-07-16")
NEXT = T("2030-07-22", "2030-07-22")
WEEK = T("2030-07-17", "2030-07-22")
SPRING = T("2030-04-01", "2030-07-15")
SPRING2 = T("2030-04-01", "2030-07-22")
NEGLECT = (WOS, "ignored", "renewal of the pipe network")

GROUPS = [
    {"id": "sd-residents", "story": SID, "status": "agreed",
     "why": "About 240,000 residents affected (LRF, WOS, Lumen News) and the blog's 'eine Viertelmillion Menschen' (250,000, within the about)."},
    {"id": "sd-municipalities", "story": SID, "status": "agreed", "why": "38 municipalities (LRF, WOS, Lumen News)."},
    {"id": "sd-reservoir", "story": SID, "status": "compatible",
     "why": "31 percent on Monday (WOS), 'knapp einem Drittel' (LRF) and 'weniger als ein Drittel' (Graswurzel Nord) agree; 27 percent a week later (WOS via Lumen News) is a later figure."},
    {"id": "sd-rain", "story": SID, "status": "agreed",
     "why": "42 litres per square metre since April (weather service via LRF) and 42 millimetres (weather service via Lumen News)."},
    {"id": "sd-rain-share", "story": SID, "status": "agreed",
     "why": "Less than a quarter of the long-term average (weather service via LRF; WOS)."},
    {"id": "sd-demand", "story": SID, "status": "agreed", "why": "Up to 61,000 cubic metres a day on hot days (WOS via LRF; WOS)."},
    {"id": "sd-capacity", "story": SID, "status": "agreed", "why": "The waterworks treat at most 48,000 cubic metres a day (LRF, WOS)."},
    {"id": "sd-per-capita", "story": SID, "status": "agreed", "why": "An average of 134 litres per person a day (WOS, Lumen News)."},
    {"id": "sd-target", "story": SID, "status": "agreed", "why": "At most 100 litres per person a day (LRF, WOS, Lumen News)."},
    {"id": "sd-fine", "story": SID, "status": "agreed",
     "why": "Fines of up to 5,000 euros (LRF, WOS; Lumen News with 'about $5,400' in brackets)."},
    {"id": "sd-ban-duration", "story": SID, "status": "single-source", "why": "Only WOS: at least six weeks."},
    {"id": "sd-tankers", "story": SID, "status": "compatible",
     "why": "Twelve tankers on Monday (LRF, WOS; Lumen News 'up from twelve last week'); sixteen a week later (Lumen News): a later figure."},
    {"id": "sd-villagers", "story": SID, "status": "agreed", "why": "About 1,900 residents of the two dry villages (LRF, WOS)."},
    {"id": "sd-brausthal", "story": SID, "status": "conflicting",
     "why": "Up to 800,000 litres a day by the bottler's own account (LRF) cannot be the blog's 'fast eine Million Liter am Tag'; nobody denies, two sources put the figure in different places."},
    {"id": "sd-leaks", "story": SID, "status": "disputed",
     "why": "Nearly a quarter of the water leaks away, says the Umweltforum (LRF hedged, Lumen News; WOS names the claim to reject it); Graswurzel Nord states a quarter as fact; WOS denies it and puts its losses at about 9 percent (LRF, WOS, Lumen News): counter-figures in the sentences of the denial."},
    {"id": "sd-neglect", "story": SID, "status": "disputed",
     "why": "The Umweltforum says WOS neglected the renewal of its pipes (LRF hedged, Lumen News); Graswurzel Nord states it as fact; WOS denies it (LRF, WOS, Lumen News); the blog omits the denial."},
    {"id": "sd-national-leaks", "story": SID, "status": "single-source", "why": "Only WOS: a national average of eleven percent."},
    {"id": "sd-renewed", "story": SID, "status": "single-source", "why": "Only WOS: 64 kilometres of pipes renewed since 2020."},
    {"id": "sd-investment", "story": SID, "status": "agreed",
     "why": "23 million euros pledged for the network by 2035 (WOS; Graswurzel Nord; Lumen News)."},
    {"id": "sd-heat", "story": SID, "status": "single-source", "why": "Only LRF: up to 37 degrees forecast for the weekend."},
    {"id": "sd-stake", "story": SID, "status": "single-source", "why": "Only Graswurzel Nord: Selvag AG holds 49 percent."},
    {"id": "sd-dividend", "story": SID, "status": "single-source", "why": "Only Graswurzel Nord: 6.3 million euros of dividends."},
    {"id": "sd-reports", "story": SID, "status": "single-source", "why": "Only Lumen News: more than 140 reported breaches in the first week."},
]

# ------------------------------------------------------------------ LRF Nachrichten (de public broadcaster, HTML; Monday)

LRF_SITE = {
    "nav": ["Startseite", "Lauritanien", "Regionen", "Wirtschaft", "Klima", "Wetter", "Mediathek", "Radio live"],
    "cookie": "Der LRF verwendet Cookies, um sein Angebot zu verbessern. Mehr dazu in der Datenschutzerklärung.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "Stand: 15.07.2030, 18:30 Uhr",
    "share": "Teilen per Mail · Messenger · Link kopieren",
    "ad": "LRF-Mediathek: Die Doku „Trockenes Land“ jetzt in 3 Teilen streamen",
    "related_title": "Mehr zum Thema",
    "related": ["Dürremonitor: 9 von 14 Landkreisen im roten Bereich", "So gießen Sie Ihren Garten sparsam",
                "Bauern im Selvetal befürchten Ernteausfälle"],
    "footer": "© Lauritanischer Rundfunk 2030 · Impressum · Barrierefreiheit · Kontakt",
    "inline": '<div class="video"><strong>Video:</strong> <a href="/video/wasser-selvenau">Der Bericht aus der Landesschau (3:12 Min.)</a></div>',
    "inline_at": 2,
    "after": '<p class="hinweis">Hinweis: Die Allgemeinverfügung im Wortlaut finden Sie auf den Seiten des Wasserverbands.</p>',
}

LRF = {
    "input": "dev14/selvenau-lrf.html", "story": SID, "event": EV,
    "publisher": "LRF Nachrichten", "published": "2030-07-15T18:30:00+02:00",
    "language": "de", "authors": ["Mira Holtkamp"], "sensational": False,
    "blocks": [
        H("Wasser wird knapp: Selvenau verbietet Rasensprengen und Poolbefüllen"),
        P(S("Im Landkreis Selvenau gelten wegen der anhaltenden Trockenheit ab Mittwoch strenge Regeln für den Wasserverbrauch."),
          S("Betroffen sind nach Angaben des Wasserverbands Obere Selve (WOS) rund 240.000 Menschen in 38 Gemeinden.",
            claims=[Q("rund 240.000 Menschen", 240000, "person", "affected", "about", subject="selvenau water restrictions", source=WOS, group="sd-residents", time=MON),
                    Q("in 38 Gemeinden", 38, "municipality", "affected", subject="selvenau water restrictions", source=WOS, group="sd-municipalities", time=MON)])),
        P(S("Verboten sind das Bewässern von Gärten und Rasenflächen, das Befüllen privater Pools und das Autowaschen außerhalb von Waschanlagen."),
          S("Wer gegen die Auflagen verstößt, muss mit einem Bußgeld von bis zu 5.000 Euro rechnen.",
            claims=[Q("einem Bußgeld von bis zu 5.000 Euro", 5000, "eur", "fined", "up-to", subject="selvenau water restrictions", group="sd-fine", time=None)])),
        P(S("Die Grauwald-Talsperre, aus der der Verband den größten Teil seines Trinkwassers bezieht, ist nur noch zu knapp einem Drittel gefüllt.",
            claims=[Q("zu knapp einem Drittel", 33.3, "percent", None, "about", subject="grauwald reservoir", group="sd-reservoir", time=MON)]),
          S("Seit April fielen im Einzugsgebiet nur 42 Liter Regen pro Quadratmeter, weniger als ein Viertel des langjährigen Mittels, wie der Wetterdienst mitteilte.",
            claims=[Q("42 Liter Regen pro Quadratmeter", 42, "millimetre", None, subject="selvenau", source=WX, group="sd-rain", time=SPRING),
                    Q("weniger als ein Viertel des langjährigen Mittels", 25, "percent", None, "less-than", subject="selvenau", source=WX, group="sd-rain-share", time=SPRING)])),
        P(S("An heißen Tagen steigt der Verbrauch nach Angaben des WOS auf bis zu 61.000 Kubikmeter, die Wasserwerke können aber höchstens 48.000 Kubikmeter am Tag aufbereiten.",
            claims=[Q("bis zu 61.000 Kubikmeter", 61000, "cubic metre", None, "up-to", subject="selvenau water demand", source=WOS, group="sd-demand", time=None),
                    Q("höchstens 48.000 Kubikmeter am Tag", 48000, "cubic metre", "size", "up-to", subject="wos waterworks", source=WOS, group="sd-capacity", time=None)]),
          S("Die Haushalte sollen ihren Verbrauch auf höchstens 100 Liter pro Kopf und Tag senken.",
            claims=[Q("höchstens 100 Liter pro Kopf und Tag", 100, "litre", None, "up-to", subject="selvenau households", group="sd-target", time=None)])),
        P(S("In den Dörfern Oberselve und Kranzbach sind die Brunnen bereits trocken."),
          S("Dort versorgen zwölf Tankwagen die rund 1.900 Einwohner.",
            claims=[Q("zwölf Tankwagen", 12, "vehicle", "deployed", subject="oberselve and kranzbach", group="sd-tankers", time=MON),
                    Q("die rund 1.900 Einwohner", 1900, "person", None, "about", subject="oberselve and kranzbach", group="sd-villagers", time=MON)])),
        P(S("Gewerbliche Großverbraucher sind von den Auflagen ausgenommen."),
          S("Die Mineralwasserabfüllung Brausthal in Selvenau entnimmt nach eigenen Angaben bis zu 800.000 Liter am Tag.",
            claims=[Q("bis zu 800.000 Liter am Tag", 800000, "litre", None, "up-to", subject=BR, source=BR, group="sd-brausthal", time=None)])),
        P(S("Das Umweltforum Selvenau erhebt schwere Vorwürfe gegen den Verband."),
          S("Fast ein Viertel des Trinkwassers versickere in maroden Leitungen, weil der WOS die Erneuerung des Netzes seit Jahren vernachlässigt habe.",
            claims=[Q("Fast ein Viertel des Trinkwassers", 25, "percent", None, "about", subject="wos pipe network", source=UF, hedged=True, group="sd-leaks", time=None),
                    ST("weil der WOS die Erneuerung des Netzes seit Jahren vernachlässigt habe", *NEGLECT, "sd-neglect", source=UF, hedged=True)]),
          S("Der Verband weist das zurück: Die Wasserverluste lägen bei etwa neun Prozent und damit unter dem Landesdurchschnitt.",
            claims=[ST("Der Verband weist das zurück", *NEGLECT, "sd-neglect", source=WOS, denial=True),
                    Q("bei etwa neun Prozent", 9, "percent", None, "about", subject="wos pipe network", source=WOS, hedged=True, group="sd-leaks", time=None)])),
        P(S("„Jeder Liter, den wir jetzt sparen, bringt uns durch den August“, sagte WOS-Geschäftsführer Bernd Ulmtaler.", "quote"),
          S("Der Wetterdienst erwartet für das Wochenende Temperaturen von bis zu 37 Grad.",
            claims=[Q("bis zu 37 Grad", 37, "degree", None, "up-to", subject="selvenau", source=WX, group="sd-heat", time=T("2030-07-20", "2030-07-21"))]),
          S("Nennenswerter Regen ist nicht in Sicht.")),
    ],
    "removed": ["Der LRF verwendet Cookies", "Stand: 15.07.2030, 18:30 Uhr", "Teilen per Mail", "jetzt in 3 Teilen streamen",
                "Dürremonitor: 9 von 14 Landkreisen im roten Bereich", "So gießen Sie Ihren Garten sparsam",
                "Bauern im Selvetal befürchten Ernteausfälle", "© Lauritanischer Rundfunk 2030",
                "Der Bericht aus der Landesschau (3:12 Min.)", "Die Allgemeinverfügung im Wortlaut"],
}

# ------------------------------------------------------------------ WOS press release (de, dateline block)

WOS_PR = {
    "input": "dev14/selvenau-wos.txt", "story": SID, "event": EV,
    "publisher": "Wasserverband Obere Selve", "published": "2030-07-15T10:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Wasserverband Obere Selve (WOS)", "Selvenau, 15. Juli 2030"],
    "blocks": [
        H("Trockenheit: WOS erlässt Allgemeinverfügung zum Wassersparen"),
        P(S("Der Wasserverband Obere Selve (WOS) schränkt ab Mittwoch, 17. Juli, die Nutzung von Trinkwasser in seinem Versorgungsgebiet ein."),
          S("Die Allgemeinverfügung gilt für alle 38 Mitgliedsgemeinden mit rund 240.000 Einwohnerinnen und Einwohnern und zunächst für mindestens sechs Wochen.",
            claims=[Q("alle 38 Mitgliedsgemeinden", 38, "municipality", "affected", subject="selvenau water restrictions", source=WOS, group="sd-municipalities", time=MON),
                    Q("rund 240.000 Einwohnerinnen und Einwohnern", 240000, "person", "affected", "about", subject="selvenau water restrictions", source=WOS, group="sd-residents", time=MON),
                    Q("für mindestens sechs Wochen", 6, "week", "duration", "at-least", subject="selvenau water restrictions", source=WOS, group="sd-ban-duration", time=None)])),
        P(S("Die Grauwald-Talsperre ist aktuell nur noch zu 31 Prozent gefüllt.",
            claims=[Q("zu 31 Prozent", 31, "percent", None, subject="grauwald reservoir", source=WOS, group="sd-reservoir", time=MON)]),
          S("Seit April hat es im Einzugsgebiet weniger als ein Viertel der üblichen Menge geregnet.",
            claims=[Q("weniger als ein Viertel der üblichen Menge", 25, "percent", None, "less-than", subject="selvenau", source=WOS, group="sd-rain-share", time=SPRING)])),
        P(S("An heißen Tagen werden bis zu 61.000 Kubikmeter Wasser abgerufen.",
            claims=[Q("bis zu 61.000 Kubikmeter", 61000, "cubic metre", None, "up-to", subject="selvenau water demand", source=WOS, group="sd-demand", time=None)]),
          S("Unsere Wasserwerke können höchstens 48.000 Kubikmeter täglich aufbereiten.",
            claims=[Q("höchstens 48.000 Kubikmeter täglich", 48000, "cubic metre", "size", "up-to", subject="wos waterworks", source=WOS, group="sd-capacity", time=None)]),
          S("Im Durchschnitt verbraucht jede Einwohnerin und jeder Einwohner derzeit 134 Liter am Tag.",
            claims=[Q("134 Liter am Tag", 134, "litre", None, subject="selvenau households", source=WOS, group="sd-per-capita", time=MON)]),
          S("Ziel sind höchstens 100 Liter.",
            claims=[Q("höchstens 100 Liter", 100, "litre", None, "up-to", subject="selvenau households", source=WOS, group="sd-target", time=None)])),
        P(S("Ab Mittwoch ist verboten:")),
        LI(S("das Bewässern von Gärten, Rasenflächen und Sportplätzen mit Trinkwasser,")),
        LI(S("das Befüllen von privaten Schwimmbecken und Planschbecken,")),
        LI(S("das Waschen von Fahrzeugen außerhalb gewerblicher Waschanlagen.")),
        P(S("Verstöße können mit einem Bußgeld von bis zu 5.000 Euro geahndet werden.",
            claims=[Q("einem Bußgeld von bis zu 5.000 Euro", 5000, "eur", "fined", "up-to", subject="selvenau water restrictions", source=WOS, group="sd-fine", time=None)]),
          S("In Oberselve und Kranzbach versorgen wir die rund 1.900 Einwohnerinnen und Einwohner mit zwölf Tankwagen, bis die Brunnen wieder Wasser führen.",
            claims=[Q("die rund 1.900 Einwohnerinnen und Einwohner", 1900, "person", None, "about", subject="oberselve and kranzbach", source=WOS, group="sd-villagers", time=MON),
                    Q("mit zwölf Tankwagen", 12, "vehicle", "deployed", subject="oberselve and kranzbach", source=WOS, group="sd-tankers", time=MON)])),
        P(S("Behauptungen, ein Viertel des Trinkwassers versickere in maroden Leitungen, sind falsch.",
            claims=[Q("ein Viertel des Trinkwassers", 25, "percent", None, subject="wos pipe network", hedged=True, group="sd-leaks", time=None),
                    ST("Behauptungen, ein Viertel des Trinkwassers versickere in maroden Leitungen, sind falsch", "wos pipe network", "lost", "a quarter of the drinking water", "sd-leaks", source=WOS, denial=True)]),
          S("Die Wasserverluste in unserem Netz liegen bei etwa neun Prozent und damit unter dem Landesdurchschnitt von elf Prozent.",
            claims=[Q("bei etwa neun Prozent", 9, "percent", None, "about", subject="wos pipe network", source=WOS, group="sd-leaks", time=None),
                    Q("von elf Prozent", 11, "percent", None, subject="lauritania water networks", source=WOS, group="sd-national-leaks", time=None)]),
          S("Von einer Vernachlässigung des Netzes kann keine Rede sein.",
            claims=[ST("Von einer Vernachlässigung des Netzes kann keine Rede sein", *NEGLECT, "sd-neglect", source=WOS, denial=True)]),
          S("Seit 2020 haben wir 64 Kilometer Leitungen erneuert, bis 2035 investieren wir weitere 23 Millionen Euro in das Netz.",
            claims=[Q("64 Kilometer Leitungen", 64, "kilometre", None, subject="wos pipe network", source=WOS, group="sd-renewed", time=T("2020-01-01", "2030-07-15")),
                    Q("weitere 23 Millionen Euro", 23000000, "eur", "pledged", subject=WOS, source=WOS, group="sd-investment", time=None)])),
        P(S("„Wir bitten alle Bürgerinnen und Bürger, jetzt gemeinsam Wasser zu sparen“, sagt Verbandsgeschäftsführer Bernd Ulmtaler.", "quote"),
          S("„Jeder Liter zählt.“", "quote")),
        P(S("Aktuelle Füllstände und Spartipps veröffentlicht der WOS täglich auf seiner Internetseite."),
          S("Die Gemeinden kontrollieren die Einhaltung der Auflagen gemeinsam mit dem Verband.")),
    ],
    "post": ["Über den WOS: Der Verband versorgt seit 1962 die Gemeinden an der oberen Selve mit Trinkwasser.",
             "Pressekontakt: Anja Brettschneider, Talsperrenweg 2, 34560 Selvenau, presse@wos-selve.example, Tel. 05621 / 98 77 0"],
    "removed": ["PRESSEMITTEILUNG", "Selvenau, 15. Juli 2030", "Über den WOS", "seit 1962", "Pressekontakt: Anja Brettschneider",
                "Talsperrenweg 2", "05621 / 98 77 0"],
}

# ------------------------------------------------------------------ Graswurzel Nord (de left-wing blog, RSS item; omits the denial)

CHANNEL = {"title": "Graswurzel Nord", "link": "https://graswurzel-nord.example",
           "description": "Umwelt, Arbeit, Gerechtigkeit – von unten.", "language": "de"}

BLOG = {
    "input": "dev14/graswurzel.rss#gn-2030-07-16-konzernwasser", "story": SID, "event": EV,
    "publisher": "Graswurzel Nord", "published": "2030-07-16T20:00:00+02:00",
    "language": "de", "authors": ["Jonas Pietsch"], "sensational": True,
    "blocks": [
        H("Konzernwasser versickert – und wir sollen den Rasen verdorren lassen?",
          loaded=[L("Konzernwasser", "demonising")]),
        P(S("Jetzt ist es amtlich: Ab Mittwoch wird im Kreis Selvenau das Wasser rationiert."),
          S("Eine Viertelmillion Menschen sollen ihre Gärten vertrocknen lassen, weil die Talsperre auf weniger als ein Drittel geschrumpft ist.",
            claims=[Q("Eine Viertelmillion Menschen", 250000, "person", "affected", subject="selvenau water restrictions", group="sd-residents", time=TUE),
                    Q("weniger als ein Drittel", 33.3, "percent", None, "less-than", subject="grauwald reservoir", group="sd-reservoir", time=TUE)]),
          S("Wer heute durch den Kreis fährt, sieht braune Wiesen und leere Bachbetten.")),
        P(S("Über das eigentliche Problem redet der Wasserverband lieber nicht.", "opinion"),
          S("Ein Viertel unseres Trinkwassers versickert in löchrigen Rohren, weil der WOS die Erneuerung des Netzes jahrelang verschleppt hat.",
            claims=[Q("Ein Viertel unseres Trinkwassers", 25, "percent", None, subject="wos pipe network", group="sd-leaks", time=None),
                    ST("weil der WOS die Erneuerung des Netzes jahrelang verschleppt hat", *NEGLECT, "sd-neglect")]),
          S("Das Umweltforum Selvenau hat es vorgerechnet, Rohr für Rohr.")),
        P(S("Und warum wohl?", "opinion"),
          S("Seit 2014 hält die Selvag AG 49 Prozent am Verband.",
            claims=[Q("49 Prozent", 49, "percent", None, subject="selvag", group="sd-stake", time=None)]),
          S("Im vergangenen Jahr schüttete sie 6,3 Millionen Euro Dividende an ihre Aktionäre aus.",
            claims=[Q("6,3 Millionen Euro Dividende", 6300000, "eur", "paid", subject="selvag", group="sd-dividend", time=T("2029-01-01", "2029-12-31"))]),
          S("Die Rendite-Jäger kassieren, und die Familien zahlen mit verdorrten Gärten.", "opinion",
            loaded=[L("Rendite-Jäger", "demonising")])),
        P(S("Besonders dreist: Die Mineralwasserabfüllung Brausthal darf weiter fast eine Million Liter am Tag aus dem Grundwasser pumpen.",
            claims=[Q("fast eine Million Liter am Tag", 1000000, "litre", None, "about", subject=BR, group="sd-brausthal", time=None)],
            loaded=[L("Besonders dreist", "demonising")]),
          S("Während wir die Planschbecken unserer Kinder leeren, füllt der Konzern Flaschen für den Export.", "opinion")),
        P(S("Der WOS verspricht jetzt 23 Millionen Euro für das Netz, verteilt bis 2035.",
            claims=[Q("23 Millionen Euro", 23000000, "eur", "pledged", subject=WOS, source=WOS, group="sd-investment", time=None)]),
          S("Ein „Investitionsprogramm“, das seinen Namen nicht verdient.", "opinion",
            loaded=[L("„Investitionsprogramm“", "belittling", "distancing")]),
          S("Das reicht nicht einmal für die schlimmsten Leitungen in Selvenau selbst.", "opinion")),
        P(S("Die Bauern im Selvetal melden schon jetzt Ernteausfälle."),
          S("Sie bekommen kein Extra-Kontingent, die Abfüller schon.", "opinion"),
          S("Ist das gerecht?", "opinion"),
          S("Wer Kartoffeln und Futter für die Tiere anbaut, muss zusehen, wie die Felder verdorren, während nebenan die Abfüllanlage rund um die Uhr läuft.", "opinion")),
        P(S("Wasser ist ein Menschenrecht und keine Ware!", "opinion"),
          S("Kommt am Samstag um 11 Uhr zur Kundgebung vor der Verbandszentrale in Selvenau und fordert mit uns: Das Netz gehört in öffentliche Hand!", "opinion")),
    ],
    "extra": '<p class="spende">Graswurzel Nord ist werbefrei – unterstützt uns ab 3 € im Monat.</p>'
             '\n<p class="tags">Schlagworte: Wasser · Dürre · Privatisierung · Selvenau</p>',
    "removed": ["Graswurzel Nord ist werbefrei", "unterstützt uns ab 3 € im Monat", "Schlagworte: Wasser · Dürre · Privatisierung · Selvenau"],
}

# ------------------------------------------------------------------ Lumen News (en news app, JSON Lines item with html; a week later)

LUMEN_SITE = {
    "nav": ["Top stories", "Europe", "Climate", "Business", "Video", "Newsletters"],
    "cookie": "Lumen News uses cookies to remember your preferences. Manage choices",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Jul 22, 2030 · 09:15",
    "share": "Save · Share",
    "ad": "Lumen Plus: ad-free reading for €3.99 a month",
    "related_title": "Read next",
    "related": ["Heatwave: 7 ways to keep your home cool", "Europe's reservoirs at 10-year low",
                "Why bottled water sales are up 12%"],
    "footer": "© 2030 Lumen News Media · Privacy · Terms",
}

LUMEN = {
    "input": "dev14/news.jsonl#ln-77120458", "story": SID, "event": EV,
    "publisher": "Lumen News", "published": "2030-07-22T09:15:00+02:00",
    "language": "en", "authors": ["Grace Okonjo-Reid"], "sensational": False,
    "blocks": [
        H("Lauritanian district tightens water rationing as reservoir falls to 27%",
          claims=[Q("falls to 27%", 27, "percent", None, subject="grauwald reservoir", group="sd-reservoir", time=NEXT)]),
        P(S("Water restrictions in Lauritania's Selvenau district, in force since last Wednesday, will be tightened from Thursday after the main reservoir fell to 27 percent of its capacity, the regional water board said.",
            claims=[Q("fell to 27 percent of its capacity", 27, "percent", None, subject="grauwald reservoir", source=WOS, group="sd-reservoir", time=NEXT)]),
          S("The rules affect about 240,000 residents in 38 municipalities.",
            claims=[Q("about 240,000 residents", 240000, "person", "affected", "about", subject="selvenau water restrictions", group="sd-residents", time=NEXT),
                    Q("38 municipalities", 38, "municipality", "affected", subject="selvenau water restrictions", group="sd-municipalities", time=NEXT)])),
        P(S("Households have been asked to cut their use from an average of 134 litres per person a day to no more than 100 litres.",
            claims=[Q("an average of 134 litres", 134, "litre", None, subject="selvenau households", group="sd-per-capita", time=None),
                    Q("no more than 100 litres", 100, "litre", None, "up-to", subject="selvenau households", group="sd-target", time=None)]),
          S("Breaches can be punished with fines of up to €5,000 (about $5,400).",
            claims=[Q("fines of up to €5,000", 5000, "eur", "fined", "up-to", subject="selvenau water restrictions", group="sd-fine", time=None),
                    Q("about $5,400", 5400, "usd", "fined", "about", subject="selvenau water restrictions", group="sd-fine", time=None)]),
          S("The board, WOS, said it had received more than 140 reports of people watering lawns or filling pools in the first week.",
            claims=[Q("more than 140 reports", 140, "report", None, "more-than", subject="selvenau water restrictions", source=WOS, group="sd-reports", time=WEEK)])),
        P(S("Sixteen water tankers now supply villages whose wells have run dry, up from twelve last week.",
            claims=[Q("Sixteen water tankers", 16, "vehicle", "deployed", subject="oberselve and kranzbach", group="sd-tankers", time=NEXT),
                    Q("up from twelve last week", 12, "vehicle", "deployed", subject="oberselve and kranzbach", group="sd-tankers", time=MON)])),
        P(S("The environmental group Umweltforum Selvenau says nearly a quarter of the district's drinking water leaks from ageing pipes that WOS has failed to renew.",
            claims=[Q("nearly a quarter of the district's drinking water", 25, "percent", None, "about", subject="wos pipe network", source=UF, group="sd-leaks", time=None),
                    ST("ageing pipes that WOS has failed to renew", *NEGLECT, "sd-neglect", source=UF)]),
          S("WOS rejects that, putting its losses at about 9 percent, and says it will invest €23 million in the network by 2035.",
            claims=[ST("WOS rejects that", *NEGLECT, "sd-neglect", source=WOS, denial=True),
                    Q("about 9 percent", 9, "percent", None, "about", subject="wos pipe network", source=WOS, group="sd-leaks", time=None),
                    Q("€23 million", 23000000, "eur", "pledged", subject=WOS, source=WOS, group="sd-investment", time=None)])),
        P(S("Rainfall since April has totalled just 42 millimetres, according to the weather service.",
            claims=[Q("just 42 millimetres", 42, "millimetre", None, subject="selvenau", source=WX, group="sd-rain", time=SPRING2)]),
          S("Forecasters expect no significant rain before the end of the month."),
          S("Farmers in the Selve valley have asked the government for emergency aid, saying parts of the harvest are already lost.")),
    ],
    "removed": ["Lumen News uses cookies", "Jul 22, 2030 · 09:15", "€3.99 a month", "Heatwave: 7 ways to keep your home cool",
                "Europe's reservoirs at 10-year low", "Why bottled water sales are up 12%", "© 2030 Lumen News Media"],
}

ARTICLES = [LRF, WOS_PR, BLOG, LUMEN]

REWRITES = []


def files():
    """Input files of this story and news.jsonl with the Nachrichtenhub item (Kessbach) and the Lumen News item."""
    lines = [dev14_kessbach.jsonl_item(),
             {"id": "ln-77120458", "url": "https://lumen-news.example/europe/selvenau-water-rationing-77120458",
              "title": headline(LUMEN), "html": render_html(LUMEN, LUMEN_SITE), "publisher": LUMEN["publisher"],
              "published": LUMEN["published"], "language": "en", "category": "Europe"}]
    return {
        "selvenau-lrf.html": (render_html(LRF, LRF_SITE), False),
        "selvenau-wos.txt": (render_txt(WOS_PR), False),
        "graswurzel.rss": (render_rss(CHANNEL, [(BLOG, "gn-2030-07-16-konzernwasser",
                                                  "https://graswurzel-nord.example/2030/07/16/konzernwasser", BLOG["extra"])]), False),
        "news.jsonl": (render_jsonl(lines), False),
    }
