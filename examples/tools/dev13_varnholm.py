"""dev13 story 2: dockworkers strike for 48 hours at Varnholm, Kastrien's largest container port (Monday 15 to Wednesday
17 October 2029).

An English wire report (same wire and template as the Hollmersfeld report) with an English rewrite (the Kastrian
Courier's HTML page), a German business daily's own report on the second day (a DE–EN pair with the wire; a rival cost
estimate), the port employers' association's press release (dateline block, list of demands) that states the blockade
charge as fact and omits the union's denial, and a left-wing blog's RSS item that states the union's charge as fact and
omits the employers' denial. Invented by the Parallax team: country, port, union, association, outlets, people and
figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-varnholm-strike"
EV = "ev-varnholm-strike"
STORY = {"id": SID, "label": "48-hour dockworkers' strike at the port of Varnholm",
         "events": [{"id": EV, "label": "Dockworkers strike for 48 hours at the port of Varnholm over pay (15–17 October 2029)"}]}

HAG = "hag"
VKH = "vkh"
PA = "port authority"
STRIKE = "varnholm port strike"
MON = T("2029-10-15", "2029-10-15")
TUE = T("2029-10-16", "2029-10-16")
DAYS = T("2029-10-15", "2029-10-17")
WAIT = T("2029-09-03", "2029-10-15")
REF = ("vkh", "refused to negotiate", "pay talks")
BLK = ("hag pickets", "blocked", "lorries with medical supplies")
EXAG = ("hag", "exaggerated", "number of strikers")

GROUPS = [
    {"id": "vp-duration", "story": SID, "status": "agreed",
     "why": "A 48-hour strike (Compass, headline and body; Courier; Börsenkurier's '48-stündigen'; Basisblick's 'für 48 Stunden')."},
    {"id": "vp-strikers", "story": SID, "status": "disputed",
     "why": "About 4,200 strikers (HAG via Compass, Courier, Börsenkurier, VKH release; Basisblick's 'mehr als 4.000') against the VKH's just under 3,000, given while it calls the union's figure exaggerated (Compass, Courier, Börsenkurier, VKH release)."},
    {"id": "vp-workforce", "story": SID, "status": "agreed",
     "why": "About 6,000 dockworkers in the port (VKH via the Börsenkurier and its release)."},
    {"id": "vp-ships", "story": SID, "status": "compatible",
     "why": "More than 40 ships waiting on Monday evening (port authority via Compass and Courier), more than 50 on Tuesday morning (VKH release), more than 60 on Tuesday midday (Börsenkurier): later figures."},
    {"id": "vp-containers", "story": SID, "status": "single-source", "why": "Only the Börsenkurier: about 90,000 containers stuck on the terminals."},
    {"id": "vp-throughput", "story": SID, "status": "agreed", "why": "About 8.7 million standard containers a year (Compass, Courier, Börsenkurier)."},
    {"id": "vp-trade-share", "story": SID, "status": "agreed", "why": "About a third of the country's foreign trade (Compass, Courier, Börsenkurier)."},
    {"id": "vp-demand", "story": SID, "status": "agreed", "why": "An 8.5 % pay rise demanded (Compass, Courier, Börsenkurier, Basisblick)."},
    {"id": "vp-demand-min", "story": SID, "status": "agreed", "why": "At least €300 a month for the lowest-paid (Compass, Courier)."},
    {"id": "vp-offer", "story": SID, "status": "agreed", "why": "4 % offered in two steps (Compass, Courier, Börsenkurier, VKH release, Basisblick)."},
    {"id": "vp-offer-term", "story": SID, "status": "agreed", "why": "Over 24 months (Compass, Courier) and 'auf zwei Jahre' (Basisblick)."},
    {"id": "vp-cost", "story": SID, "status": "conflicting",
     "why": "About €35 million a day (VKH via Compass, Courier, Börsenkurier, its release; Basisblick hedged) against the IfH institute's 20 to 25 million a day (Börsenkurier): two estimates of one cost."},
    {"id": "vp-blockade", "story": SID, "status": "disputed",
     "why": "The VKH says pickets blocked lorries with medicines (Compass, Courier, Börsenkurier; its release states it); HAG denies it (Compass, Courier, Börsenkurier, Basisblick); the VKH release omits the denial."},
    {"id": "vp-lorries", "story": SID, "status": "single-source", "why": "Only the VKH release: at least six lorries held."},
    {"id": "vp-refused", "story": SID, "status": "disputed",
     "why": "HAG says the employers made no serious offer for six weeks (Compass, Courier, Börsenkurier; Basisblick as fact); the VKH denies it (Compass, Courier, Börsenkurier, its release); Basisblick omits the denial."},
    {"id": "vp-wait", "story": SID, "status": "agreed", "why": "Six weeks without a serious offer (HAG via Compass, Courier, Börsenkurier; Basisblick, headline and body)."},
    {"id": "vp-share-price", "story": SID, "status": "single-source", "why": "Only the Börsenkurier: Varnholmer Hafen AG shares down 3.1 %."},
    {"id": "vp-inflation", "story": SID, "status": "single-source", "why": "Only Basisblick: prices up almost eleven percent."},
    {"id": "vp-profit", "story": SID, "status": "single-source", "why": "Only Basisblick: 412 million euros of profit at Varnholmer Hafen AG."},
    {"id": "vp-exec-pay", "story": SID, "status": "single-source", "why": "Only Basisblick: board pay up 18 percent."},
]

# ------------------------------------------------------------------ Compass Wire (en wire, dateline block)

COMPASS = {
    "input": "dev13/varnholm-compass.txt", "story": SID, "event": EV,
    "publisher": "Compass Wire", "published": "2029-10-15T18:20:00+02:00",
    "language": "en", "authors": ["Grace Adeyemi-Lund"], "sensational": False,
    "pre": ["COMPASS WIRE", "Oct 15, 2029 18:20 CEST", "By Grace Adeyemi-Lund"],
    "blocks": [
        H("Dockworkers begin 48-hour strike at Kastria's Varnholm port",
          claims=[Q("48-hour", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
        P(S("Dockworkers at Varnholm, Kastria's largest container port, walked off the job at 6 a.m. on Monday at the start of a 48-hour strike over pay, halting almost all loading and unloading.",
            claims=[Q("a 48-hour strike", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
          S("The dockworkers' union HAG said about 4,200 workers had joined the walkout.",
            claims=[Q("about 4,200 workers", 4200, "worker", None, "about", subject=STRIKE, source=HAG, group="vp-strikers", time=MON)]),
          S("The port employers' association VKH put the figure at just under 3,000 and said the union was exaggerating.",
            claims=[Q("just under 3,000", 3000, "worker", None, "about", subject=STRIKE, source=VKH, group="vp-strikers", time=MON),
                    ST("said the union was exaggerating", *EXAG, "vp-strikers", source=VKH, denial=True)])),
        P(S("More than 40 container ships were waiting off the port by Monday evening, according to the port authority.",
            claims=[Q("More than 40 container ships", 40, "ship", None, "more-than", subject=STRIKE, source=PA, group="vp-ships", time=MON)]),
          S("Varnholm handles about 8.7 million standard containers a year, roughly a third of Kastria's foreign trade.",
            claims=[Q("about 8.7 million standard containers", 8700000, "container", None, "about", subject="varnholm", group="vp-throughput", time=None),
                    Q("roughly a third of Kastria's foreign trade", 33.3, "percent", None, "about", subject="varnholm", group="vp-trade-share", time=None)])),
        P(S("HAG is demanding an 8.5% pay rise, or at least €300 a month more for the lowest-paid.",
            claims=[Q("an 8.5% pay rise", 8.5, "percent", "increase", subject="pay", source=HAG, group="vp-demand", time=None),
                    Q("at least €300 a month more", 300, "eur", "increase", "at-least", subject="pay", source=HAG, group="vp-demand-min", time=None)]),
          S("The employers have offered 4% in two steps over 24 months.",
            claims=[Q("offered 4%", 4, "percent", "increase", subject="pay", source=VKH, group="vp-offer", time=None),
                    Q("over 24 months", 24, "month", "duration", subject="pay", source=VKH, group="vp-offer-term", time=None)])),
        P(S("VKH said the stoppage was costing the port economy around €35 million a day.",
            claims=[Q("around €35 million a day", 35000000, "eur", "cost", "about", subject=STRIKE, source=VKH, group="vp-cost", time=MON)]),
          S("It also accused pickets of blocking lorries carrying medical supplies at the Nordkai terminal, which the union denied.",
            claims=[ST("accused pickets of blocking lorries carrying medical supplies at the Nordkai terminal", *BLK, "vp-blockade", source=VKH),
                    ST("which the union denied", *BLK, "vp-blockade", source=HAG, denial=True)])),
        P(S("“Our members have waited six weeks for a serious offer,” said HAG chairwoman Dörte Kallweit.", "quote",
            claims=[ST("Our members have waited six weeks for a serious offer", *REF, "vp-refused", source=HAG),
                    Q("six weeks", 6, "week", "duration", subject=VKH, source=HAG, group="vp-wait", time=WAIT)]),
          S("VKH chief executive Bernhard Ostendorp rejected that, saying employers had tabled an offer in September and improved it last week.",
            claims=[ST("VKH chief executive Bernhard Ostendorp rejected that", *REF, "vp-refused", source=VKH, denial=True)])),
        P(S("The strike is due to end at 6 a.m. on Wednesday."),
          S("Ferry and rail freight services at the port were running normally.")),
    ],
    "post": ["(Reporting by Grace Adeyemi-Lund; editing by Marta Quist)", "", "Copyright 2029 Compass Wire. All rights reserved."],
    "removed": ["Oct 15, 2029 18:20 CEST", "By Grace Adeyemi-Lund", "(Reporting by Grace Adeyemi-Lund; editing by Marta Quist)",
                "Copyright 2029 Compass Wire"],
}

# ------------------------------------------------------------------ The Kastrian Courier (en paper, HTML; rewrite of Compass)

COURIER_SITE = {
    "nav": ["News", "Kastria", "World", "Business", "Opinion", "Sport", "Culture", "Subscribe"],
    "cookie": "The Kastrian Courier and our 184 partners use cookies to personalise content and ads. Accept all?",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Monday 15 October 2029, 21:10",
    "share": "Share on social media · Email · 38 comments",
    "ad": "ADVERTISEMENT – Autumn sale: 3 nights on the Weilsee coast from €149",
    "related_title": "Most read",
    "related": ["Budget talks collapse for the second time", "Opinion: Kastria's ports need a new deal",
                "Varnholm FC sign Danish striker for €2m"],
    "footer": "© 2029 The Kastrian Courier Ltd · Terms · Privacy · Contact",
    "after": '<div class="newsletter">Get the Courier Morning Briefing in your inbox every weekday.</div>',
}

COURIER = {
    "input": "dev13/varnholm-courier.html", "story": SID, "event": EV,
    "publisher": "The Kastrian Courier", "published": "2029-10-15T21:10:00+02:00",
    "language": "en", "authors": ["Tom Erskine"], "sensational": False,
    "blocks": [
        H("Varnholm port grinds to a halt as dockworkers strike for 48 hours",
          claims=[Q("for 48 hours", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
        P(S("Kastria's biggest container port came to a near standstill on Monday after dockworkers at Varnholm began a 48-hour walkout over pay at 6 a.m.",
            claims=[Q("a 48-hour walkout", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
          S("According to the union HAG, about 4,200 workers took part.",
            claims=[Q("about 4,200 workers", 4200, "worker", None, "about", subject=STRIKE, source=HAG, group="vp-strikers", time=MON)]),
          S("The employers' association VKH said fewer than 3,000 had joined and accused the union of inflating the number.",
            claims=[Q("fewer than 3,000", 3000, "worker", None, "less-than", subject=STRIKE, source=VKH, group="vp-strikers", time=MON),
                    ST("accused the union of inflating the number", *EXAG, "vp-strikers", source=VKH, denial=True)])),
        P(S("By Monday evening more than 40 ships were queuing off the port, the port authority said.",
            claims=[Q("more than 40 ships", 40, "ship", None, "more-than", subject=STRIKE, source=PA, group="vp-ships", time=MON)]),
          S("The port handles about 8.7 million standard containers a year and roughly one third of the country's foreign trade.",
            claims=[Q("about 8.7 million standard containers", 8700000, "container", None, "about", subject="varnholm", group="vp-throughput", time=None),
                    Q("roughly one third of the country's foreign trade", 33.3, "percent", None, "about", subject="varnholm", group="vp-trade-share", time=None)])),
        P(S("The union wants a pay rise of 8.5%, with a minimum of €300 a month for the lowest-paid.",
            claims=[Q("a pay rise of 8.5%", 8.5, "percent", "increase", subject="pay", source=HAG, group="vp-demand", time=None),
                    Q("a minimum of €300 a month", 300, "eur", "increase", "at-least", subject="pay", source=HAG, group="vp-demand-min", time=None)]),
          S("Employers have offered 4%, paid in two steps over 24 months.",
            claims=[Q("offered 4%", 4, "percent", "increase", subject="pay", source=VKH, group="vp-offer", time=None),
                    Q("over 24 months", 24, "month", "duration", subject="pay", source=VKH, group="vp-offer-term", time=None)])),
        P(S("The VKH put the cost of the stoppage at about €35 million a day.",
            claims=[Q("about €35 million a day", 35000000, "eur", "cost", "about", subject=STRIKE, source=VKH, group="vp-cost", time=MON)]),
          S("The association also accused pickets of stopping lorries loaded with medical supplies at the Nordkai terminal; the union denied this.",
            claims=[ST("accused pickets of stopping lorries loaded with medical supplies at the Nordkai terminal", *BLK, "vp-blockade", source=VKH),
                    ST("the union denied this", *BLK, "vp-blockade", source=HAG, denial=True)])),
        P(S("“Our members have waited six weeks for a serious offer,” HAG chairwoman Dörte Kallweit said.", "quote",
            claims=[ST("Our members have waited six weeks for a serious offer", *REF, "vp-refused", source=HAG),
                    Q("six weeks", 6, "week", "duration", subject=VKH, source=HAG, group="vp-wait", time=WAIT)]),
          S("The VKH's chief executive, Bernhard Ostendorp, rejected the charge, saying an offer had been on the table since September.",
            claims=[ST("rejected the charge", *REF, "vp-refused", source=VKH, denial=True)])),
        P(S("Lorry driver Piet Hovland, who had been waiting at the gate since dawn, said: “Nobody tells us anything.”", "quote"),
          S("The strike is scheduled to end on Wednesday morning.")),
    ],
    "removed": ["our 184 partners use cookies", "Monday 15 October 2029, 21:10", "38 comments", "3 nights on the Weilsee coast from €149",
                "Budget talks collapse for the second time", "Opinion: Kastria's ports need a new deal", "Varnholm FC sign Danish striker for €2m",
                "© 2029 The Kastrian Courier Ltd", "Get the Courier Morning Briefing"],
}

# ------------------------------------------------------------------ Börsenkurier Kastrien (de business daily, HTML; own report, day two)

BK_SITE = {
    "nav": ["Märkte", "Unternehmen", "Politik", "Finanzen", "Technologie", "Karriere", "Depot"],
    "cookie": "Wir nutzen Cookies und Tracking-Technologien, um unsere Inhalte zu finanzieren. Einverstanden?",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "16.10.2029 · 14:00",
    "share": "Artikel merken · Teilen · Drucken",
    "ad": "Anzeige: Tagesgeld bei der Norrwik Direktbank – 3,1 % p. a. für Neukunden",
    "related_title": "Weitere Nachrichten",
    "related": ["KAX 40 schließt 0,4 Prozent leichter", "Reederei Hallgren bestellt acht neue Frachter",
                "Umfrage: Jeder Vierte rechnet mit höheren Preisen"],
    "footer": "© Börsenkurier Kastrien 2029 · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="ticker">KAX 40 9.812,40 (−0,4 %) · Varnholmer Hafen AG 41,15 € (−3,1 %) · Brent 71,20 $</div>',
    "inline_at": 1,
}

BK = {
    "input": "dev13/varnholm-boersenkurier.html", "story": SID, "event": EV,
    "publisher": "Börsenkurier Kastrien", "published": "2029-10-16T14:00:00+02:00",
    "language": "de", "authors": ["Annika Strehlow"], "sensational": False,
    "blocks": [
        H("Hafenstreik in Varnholm: Schiffsstau wächst, Kosten umstritten"),
        P(S("Am zweiten Tag des 48-stündigen Streiks im Hafen von Varnholm hat sich der Stau vor der Einfahrt weiter verlängert.",
            claims=[Q("48-stündigen Streiks", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
          S("Am Dienstagmittag lagen nach Angaben der Hafenbehörde mehr als 60 Containerschiffe auf Reede.",
            claims=[Q("mehr als 60 Containerschiffe", 60, "ship", None, "more-than", subject=STRIKE, source=PA, group="vp-ships", time=TUE)]),
          S("Auf den Terminals stauen sich rund 90.000 Standardcontainer.",
            claims=[Q("rund 90.000 Standardcontainer", 90000, "container", None, "about", subject=STRIKE, group="vp-containers", time=TUE)])),
        P(S("Nach Angaben der Hafenarbeitergewerkschaft HAG beteiligen sich rund 4.200 Beschäftigte an dem Ausstand.",
            claims=[Q("rund 4.200 Beschäftigte", 4200, "worker", None, "about", subject=STRIKE, source=HAG, group="vp-strikers", time=TUE)]),
          S("Der Verband Kastrischer Hafenbetriebe (VKH) widersprach: Beteiligt seien nur knapp 3.000 der rund 6.000 Hafenarbeiter.",
            claims=[ST("Der Verband Kastrischer Hafenbetriebe (VKH) widersprach", *EXAG, "vp-strikers", source=VKH, denial=True),
                    Q("knapp 3.000", 3000, "worker", None, "about", subject=STRIKE, source=VKH, hedged=True, group="vp-strikers", time=TUE),
                    Q("der rund 6.000 Hafenarbeiter", 6000, "worker", "size", "about", subject="varnholm", source=VKH, hedged=True, group="vp-workforce", time=None)])),
        P(S("Die HAG fordert 8,5 Prozent mehr Lohn, die Arbeitgeber bieten vier Prozent in zwei Stufen.",
            claims=[Q("8,5 Prozent mehr Lohn", 8.5, "percent", "increase", subject="pay", source=HAG, group="vp-demand", time=None),
                    Q("vier Prozent in zwei Stufen", 4, "percent", "increase", subject="pay", source=VKH, group="vp-offer", time=None)]),
          S("Die Gewerkschaft beklagt, die Arbeitgeber hätten sechs Wochen lang kein ernsthaftes Angebot vorgelegt.",
            claims=[ST("die Arbeitgeber hätten sechs Wochen lang kein ernsthaftes Angebot vorgelegt", *REF, "vp-refused", source=HAG, hedged=True),
                    Q("sechs Wochen lang", 6, "week", "duration", subject=VKH, source=HAG, hedged=True, group="vp-wait", time=WAIT)]),
          S("Der VKH bestreitet das.",
            claims=[ST("Der VKH bestreitet das", *REF, "vp-refused", source=VKH, denial=True)])),
        P(S("Teuer wird der Ausstand in jedem Fall.", "opinion"),
          S("Der VKH beziffert den Schaden für die Hafenwirtschaft auf rund 35 Millionen Euro pro Tag.",
            claims=[Q("rund 35 Millionen Euro pro Tag", 35000000, "eur", "cost", "about", subject=STRIKE, source=VKH, group="vp-cost", time=TUE)]),
          S("Das Institut für Handelsforschung (IfH) in Kestrup schätzt die Kosten dagegen auf 20 bis 25 Millionen Euro täglich.",
            claims=[Q("20 bis 25 Millionen Euro täglich", None, "eur", "cost", "range", low=20000000, high=25000000, subject=STRIKE, source="ifh", group="vp-cost", time=TUE)])),
        P(S("Die Aktie des Terminalbetreibers Varnholmer Hafen AG verlor bis Dienstagmittag 3,1 Prozent.",
            claims=[Q("verlor bis Dienstagmittag 3,1 Prozent", 3.1, "percent", "decrease", subject="varnholmer hafen ag", group="vp-share-price", time=TUE)]),
          S("Varnholm schlägt jährlich rund 8,7 Millionen Standardcontainer um und wickelt etwa ein Drittel des kastrischen Außenhandels ab.",
            claims=[Q("rund 8,7 Millionen Standardcontainer", 8700000, "container", None, "about", subject="varnholm", group="vp-throughput", time=None),
                    Q("etwa ein Drittel des kastrischen Außenhandels", 33.3, "percent", None, "about", subject="varnholm", group="vp-trade-share", time=None)])),
        P(S("Der VKH wirft Streikposten zudem vor, am Nordkai Lastwagen mit Medikamenten aufgehalten zu haben.",
            claims=[ST("wirft Streikposten zudem vor, am Nordkai Lastwagen mit Medikamenten aufgehalten zu haben", *BLK, "vp-blockade", source=VKH)]),
          S("Die HAG wies das als „frei erfunden“ zurück.",
            claims=[ST("Die HAG wies das als „frei erfunden“ zurück", *BLK, "vp-blockade", source=HAG, denial=True)])),
        P(S("„Jeder Streiktag reißt Lücken in Lieferketten bis nach Skandinavien“, sagte Analyst Jonas Feltmann von der Bank Ruhland & Söhne.", "quote"),
          S("Beobachter rechnen damit, dass Reedereien einen Teil der Ladung über Häfen in Nachbarländern umleiten."),
          S("Eine Einigung ist nicht in Sicht: Für die kommende Woche ist bislang kein Verhandlungstermin angesetzt."),
          S("Der Streik soll am Mittwoch um 6 Uhr enden.")),
    ],
    "removed": ["Wir nutzen Cookies und Tracking-Technologien", "16.10.2029 · 14:00", "Artikel merken · Teilen · Drucken",
                "Tagesgeld bei der Norrwik Direktbank", "KAX 40 schließt 0,4 Prozent leichter", "Reederei Hallgren bestellt acht neue Frachter",
                "Jeder Vierte rechnet mit höheren Preisen", "© Börsenkurier Kastrien 2029", "KAX 40 9.812,40 (−0,4 %)",
                "Varnholmer Hafen AG 41,15 € (−3,1 %)", "Brent 71,20 $"],
}

# ------------------------------------------------------------------ VKH press release (de, dateline block; omits the union's denial)

VKH_PR = {
    "input": "dev13/varnholm-vkh.txt", "story": SID, "event": EV,
    "publisher": "Verband Kastrischer Hafenbetriebe", "published": "2029-10-16T11:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Verband Kastrischer Hafenbetriebe e. V.", "Varnholm, 16. Oktober 2029"],
    "blocks": [
        H("Hafenstreik: VKH verurteilt Blockade von Medikamententransporten",
          claims=[ST("VKH verurteilt Blockade von Medikamententransporten", *BLK, "vp-blockade", source=VKH)]),
        P(S("Der Verband Kastrischer Hafenbetriebe (VKH) verurteilt die Blockade von Lastwagen mit Medikamenten durch Streikposten der HAG am Nordkai.",
            claims=[ST("verurteilt die Blockade von Lastwagen mit Medikamenten durch Streikposten der HAG am Nordkai", *BLK, "vp-blockade", source=VKH)]),
          S("Am Montag wurden dort mindestens sechs Lkw mit dringend benötigten Arzneimitteln über Stunden festgehalten.",
            claims=[Q("mindestens sechs Lkw", 6, "vehicle", None, "at-least", subject=STRIKE, source=VKH, group="vp-lorries", time=MON)]),
          S("Diese rücksichtslose Blockade gefährdet Patientinnen und Patienten im ganzen Land.", "opinion",
            loaded=[L("rücksichtslose Blockade", "demonising")])),
        P(S("Nach unseren Zahlen beteiligen sich knapp 3.000 der rund 6.000 Beschäftigten am Streik.",
            claims=[Q("knapp 3.000", 3000, "worker", None, "about", subject=STRIKE, source=VKH, group="vp-strikers", time=TUE),
                    Q("der rund 6.000 Beschäftigten", 6000, "worker", "size", "about", subject="varnholm", source=VKH, group="vp-workforce", time=None)]),
          S("Die von der HAG verbreitete Zahl von 4.200 Streikenden ist deutlich übertrieben.",
            claims=[Q("4.200 Streikenden", 4200, "worker", None, subject=STRIKE, source=HAG, group="vp-strikers", time=TUE),
                    ST("Die von der HAG verbreitete Zahl von 4.200 Streikenden ist deutlich übertrieben", *EXAG, "vp-strikers", source=VKH, denial=True)])),
        P(S("Der Streik kostet die Hafenwirtschaft nach unserer Berechnung rund 35 Millionen Euro pro Tag.",
            claims=[Q("rund 35 Millionen Euro pro Tag", 35000000, "eur", "cost", "about", subject=STRIKE, source=VKH, group="vp-cost", time=TUE)]),
          S("Mehr als 50 Schiffe warten derzeit vor der Einfahrt.",
            claims=[Q("Mehr als 50 Schiffe", 50, "ship", None, "more-than", subject=STRIKE, source=VKH, group="vp-ships", time=TUE)]),
          S("Kühlcontainer mit Lebensmitteln können nur noch eingeschränkt versorgt werden.")),
        P(S("Der Vorwurf der HAG, die Arbeitgeber verweigerten ernsthafte Verhandlungen, ist haltlos.",
            claims=[ST("Der Vorwurf der HAG, die Arbeitgeber verweigerten ernsthafte Verhandlungen, ist haltlos", *REF, "vp-refused", source=VKH, denial=True)]),
          S("Wir haben bereits im September ein Angebot über vier Prozent vorgelegt und es in der vergangenen Woche nachgebessert.",
            claims=[Q("ein Angebot über vier Prozent", 4, "percent", "increase", subject="pay", source=VKH, group="vp-offer", time=None)]),
          S("Wer in dieser Lage streikt, betreibt Erpressung auf dem Rücken der Allgemeinheit.", "opinion",
            loaded=[L("Erpressung", "demonising")])),
        P(S("Der Hafen Varnholm ist die Lebensader der kastrischen Wirtschaft.", "opinion"),
          S("Jeder Tag Stillstand trifft Exporteure, Landwirte und Einzelhändler gleichermaßen.", "opinion"),
          S("Die Mitgliedsunternehmen des VKH haben Notfallpläne aktiviert und ihre Kunden über mögliche Verzögerungen informiert."),
          S("Ausweichhäfen im Ausland sind nach unseren Informationen bereits überlastet."),
          S("Der VKH appelliert an die Gewerkschaft, zumindest die Versorgung der Krankenhäuser sicherzustellen.", "opinion")),
        P(S("VKH-Hauptgeschäftsführer Bernhard Ostendorp erklärt: „Wir stehen jederzeit für Gespräche bereit, aber nicht unter Druck von Blockaden.“", "quote")),
        P(S("Der VKH fordert:")),
        LI(S("die sofortige Freigabe aller Transporte mit Arzneimitteln und Lebensmitteln,")),
        LI(S("die Rückkehr der HAG an den Verhandlungstisch ohne Vorbedingungen,")),
        LI(S("eine Schlichtung, falls bis zum 31. Oktober keine Einigung erzielt ist.")),
        P(S("Medienanfragen beantwortet die Pressestelle des Verbands unter 0421 / 55 80 12.")),
    ],
    "post": ["Über den VKH: Der Verband vertritt 38 Hafen- und Logistikunternehmen mit rund 11.000 Beschäftigten.",
             "Pressekontakt: Svenja Haak, Am Kaiserkai 3, 28195 Varnholm, presse@vkh.example"],
    "removed": ["PRESSEMITTEILUNG", "Varnholm, 16. Oktober 2029", "Über den VKH", "38 Hafen- und Logistikunternehmen",
                "rund 11.000 Beschäftigten", "Pressekontakt: Svenja Haak", "Am Kaiserkai 3"],
}

# ------------------------------------------------------------------ Basisblick (de left-wing blog, RSS item; omits the employers' denial)

CHANNEL = {"title": "Basisblick", "link": "https://basisblick.example",
           "description": "Von unten gesehen. Nachrichten für die Vielen.", "language": "de"}

BLOG = {
    "input": "dev13/basisblick.rss#bb-2029-10-16-hafenstreik", "story": SID, "event": EV,
    "publisher": "Basisblick", "published": "2029-10-16T20:30:00+02:00",
    "language": "de", "authors": ["Lotte Brinkhaus"], "sensational": True,
    "blocks": [
        H("Sechs Wochen hingehalten: Die Hafenbarone wollen den Streik brechen",
          claims=[ST("Sechs Wochen hingehalten", *REF, "vp-refused"),
                  Q("Sechs Wochen", 6, "week", "duration", subject=VKH, group="vp-wait", time=WAIT)],
          loaded=[L("Hafenbarone", "demonising")]),
        P(S("Seit Montagmorgen steht der Hafen von Varnholm still, und das ist gut so.", "opinion"),
          S("Mehr als 4.000 Kolleginnen und Kollegen legen für 48 Stunden die Arbeit nieder.",
            claims=[Q("Mehr als 4.000 Kolleginnen und Kollegen", 4000, "worker", None, "more-than", subject=STRIKE, group="vp-strikers", time=TUE),
                    Q("für 48 Stunden", 48, "hour", "duration", subject=STRIKE, group="vp-duration", time=DAYS)]),
          S("Sie fordern 8,5 Prozent mehr Lohn, nachdem die Preise in drei Jahren um fast elf Prozent gestiegen sind.",
            claims=[Q("8,5 Prozent mehr Lohn", 8.5, "percent", "increase", subject="pay", group="vp-demand", time=None),
                    Q("um fast elf Prozent", 11, "percent", "increase", "about", subject="prices", group="vp-inflation", time=None)])),
        P(S("Sechs Wochen lang haben die Arbeitgeber nicht einmal ein ernsthaftes Angebot auf den Tisch gelegt.",
            claims=[ST("Sechs Wochen lang haben die Arbeitgeber nicht einmal ein ernsthaftes Angebot auf den Tisch gelegt", *REF, "vp-refused"),
                    Q("Sechs Wochen lang", 6, "week", "duration", subject=VKH, group="vp-wait", time=WAIT)]),
          S("Stattdessen gab es ein Almosen von vier Prozent, verteilt auf zwei Jahre.",
            claims=[Q("von vier Prozent", 4, "percent", "increase", subject="pay", group="vp-offer", time=None),
                    Q("verteilt auf zwei Jahre", 2, "year", "duration", subject="pay", group="vp-offer-term", time=None)],
            loaded=[L("Almosen", "belittling")])),
        P(S("Die Hafenbarone jammern über angebliche 35 Millionen Euro Schaden pro Tag.",
            claims=[Q("angebliche 35 Millionen Euro Schaden pro Tag", 35000000, "eur", "cost", subject=STRIKE, source=VKH, hedged=True, group="vp-cost", time=TUE)],
            loaded=[L("Hafenbarone", "demonising"), L("jammern", "belittling")]),
          S("Dabei hat allein die Varnholmer Hafen AG im vergangenen Jahr 412 Millionen Euro Gewinn eingefahren.",
            claims=[Q("412 Millionen Euro Gewinn", 412000000, "eur", None, subject="varnholmer hafen ag", group="vp-profit", time=T("2028-01-01", "2028-12-31"))]),
          S("Die Vorstandsbezüge stiegen im selben Zeitraum um 18 Prozent.",
            claims=[Q("um 18 Prozent", 18, "percent", "increase", subject="varnholmer hafen ag", group="vp-exec-pay", time=T("2028-01-01", "2028-12-31"))])),
        P(S("Und dann ist da noch die Geschichte von den „blockierten Medikamenten“.", "opinion",
            claims=[ST("die Geschichte von den „blockierten Medikamenten“", *BLK, "vp-blockade", source=VKH, hedged=True)],
            loaded=[L("„blockierten Medikamenten“", "belittling", "distancing")]),
          S("Die HAG hat klargestellt: Kein einziger Lkw mit Arzneimitteln sei aufgehalten worden.",
            claims=[ST("Kein einziger Lkw mit Arzneimitteln sei aufgehalten worden", *BLK, "vp-blockade", source=HAG, hedged=True, denial=True)]),
          S("Wer solche Märchen streut, will die Streikenden als Gefährder hinstellen.", "opinion",
            loaded=[L("Märchen", "belittling")])),
        P(S("Was ist eigentlich mit der „Verantwortung“, von der die Arbeitgeber so gern reden?", "opinion",
            loaded=[L("„Verantwortung“", "belittling", "distancing")]),
          S("Verantwortung hieße, anständige Löhne zu zahlen.", "opinion"),
          S("Und zwar jetzt, nicht irgendwann nach der nächsten Bilanzpressekonferenz.", "opinion")),
        P(S("Wer je eine Nachtschicht am Containerterminal erlebt hat, weiß, was diese Menschen leisten.", "opinion"),
          S("Sie laden bei Sturm und Eis die Waren, von denen wir alle leben.", "opinion"),
          S("Doch in den Chefetagen zählt nur die Rendite.", "opinion"),
          S("Und die großen Medien übernehmen brav die Zahlen der Arbeitgeber, als wären sie amtlich.", "opinion"),
          S("Eine Zeitung schrieb sogar, der Streik werde auf jeden Fall teuer – teuer für wen eigentlich?", "opinion")),
        P(S("Kommt am Mittwoch um 17 Uhr zur Solidaritätskundgebung am Fischmarkt!", "opinion"),
          S("Gemeinsam sind wir stärker als jede Profitgier.", "opinion", loaded=[L("Profitgier", "demonising")])),
    ],
    "extra": '<p class="spende">Basisblick lebt von euch: Jetzt Fördermitglied werden ab 5 € im Monat.</p>'
             '\n<p class="tags">Schlagworte: Hafenstreik · HAG · Varnholm · Solidarität</p>',
    "removed": ["Basisblick lebt von euch", "Fördermitglied werden ab 5 € im Monat", "Schlagworte: Hafenstreik · HAG · Varnholm · Solidarität"],
}

ARTICLES = [COMPASS, COURIER, BK, VKH_PR, BLOG]

REWRITES = [["dev13/varnholm-compass.txt", "dev13/varnholm-courier.html"]]


def files():
    return {
        "varnholm-compass.txt": (render_txt(COMPASS), False),
        "varnholm-courier.html": (render_html(COURIER, COURIER_SITE), False),
        "varnholm-boersenkurier.html": (render_html(BK, BK_SITE), False),
        "varnholm-vkh.txt": (render_txt(VKH_PR), False),
        "basisblick.rss": (render_rss(CHANNEL, [(BLOG, "bb-2029-10-16-hafenstreik",
                                                 "https://basisblick.example/2029/10/16/hafenstreik-varnholm", BLOG["extra"])]), False),
    }
