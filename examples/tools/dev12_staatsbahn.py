"""dev12 story 3: a cyberattack knocks out the dispatching and ticketing systems of Aldenland's state railway ASB for
about 41 hours over the weekend of 4–5 March 2028.

An English wire report (same wire and template as the Brannholt raid report) with an English rewrite (the Aldenland
Post's HTML page), a German business daily's own report (a DE–EN pair with the wire), an IT-security firm's advertorial
(.txt.gz) that states the hackers' data-theft claim as fact and omits the railway's denial, and an English markets
service's JSON Lines item with `html` on the software supplier's shares (same file as the Nachrichtenpunkt item).
Invented by the Parallax team: country, railway, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline

import dev12_ostrahlen

SID = "st-asb-cyberattack"
EV = "ev-asb-outage"
STORY = {"id": SID, "label": "Cyberattack paralyses Aldenland's state railway ASB",
         "events": [{"id": EV, "label": "A cyberattack halts the dispatching and ticketing systems of the railway ASB for about 41 hours (4–5 March 2028)"}]}

ASB = "asb"
GL = "grey lantern"
PD = "pendrake"
WE = T("2028-03-04", "2028-03-05")
SAT = T("2028-03-04", "2028-03-04")
MON = T("2028-03-06", "2028-03-06")

GROUPS = [
    {"id": "rw-outage", "story": SID, "status": "compatible",
     "why": "41 hours (ASB via Lodestar, the Post, Ledgerline; 'knapp 41 Stunden' in the Wirtschaftsblatt) beside the Post headline's looser 'nearly two days'."},
    {"id": "rw-trains", "story": SID, "status": "compatible",
     "why": "About 2,300 trains cancelled (ASB via Lodestar, the Post, Ledgerline) beside the looser 'mehr als 2.000' (Wirtschaftsblatt) and 'Tausende' (Schildwerk)."},
    {"id": "rw-passengers", "story": SID, "status": "compatible",
     "why": "More than 600,000 passengers (Lodestar, Post, Wirtschaftsblatt) beside Schildwerk's looser 'über eine halbe Million'."},
    {"id": "rw-intercity-share", "story": SID, "status": "agreed",
     "why": "Three-quarters of intercity trains cancelled on Saturday (Lodestar; 'three in four', the Post; 'drei Viertel', Wirtschaftsblatt)."},
    {"id": "rw-buses", "story": SID, "status": "agreed", "why": "Some 400 replacement buses (Lodestar, Post)."},
    {"id": "rw-responsibility", "story": SID, "status": "agreed",
     "why": "Lodestar and the Wirtschaftsblatt: Grey Lantern claimed the attack."},
    {"id": "rw-data-theft", "story": SID, "status": "disputed",
     "why": "Grey Lantern says it stole customer data (Lodestar, Post, Wirtschaftsblatt); ASB denies it (same three); Schildwerk states the theft as fact and omits the denial."},
    {"id": "rw-data-count", "story": SID, "status": "agreed",
     "why": "3.2 million customers in Lodestar, the Post, the Wirtschaftsblatt and Schildwerk (the hackers' figure; the denial gives none)."},
    {"id": "rw-ransom", "story": SID, "status": "agreed",
     "why": "A ransom of five million euros (people familiar via Lodestar and the Post; the Wirtschaftsblatt's own information)."},
    {"id": "rw-cost", "story": SID, "status": "compatible",
     "why": "30 to 50 million euros (ASB via Lodestar and the Wirtschaftsblatt) beside 'up to €50 million' (Post, Wirtschaftsblatt headline, Ledgerline): a bound at one end of the range."},
    {"id": "rw-review", "story": SID, "status": "agreed",
     "why": "Lodestar, the Post and the Wirtschaftsblatt: the transport minister ordered a review of ASB's IT security."},
    {"id": "rw-daily-riders", "story": SID, "status": "agreed",
     "why": "About 1.1 million passengers on a normal weekday (Lodestar, Wirtschaftsblatt)."},
    {"id": "rw-entry", "story": SID, "status": "disputed",
     "why": "Reports and analysts say the attackers got in through a Pendrake maintenance account (Wirtschaftsblatt, Ledgerline); Pendrake denies it (both)."},
    {"id": "rw-pendrake-fall", "story": SID, "status": "single-source", "why": "Only Ledgerline: Pendrake shares down 14%."},
    {"id": "rw-pendrake-price", "story": SID, "status": "single-source", "why": "Only Ledgerline: Pendrake shares at €38.20."},
    {"id": "rw-pendrake-asb-share", "story": SID, "status": "single-source", "why": "Only Ledgerline: about a fifth of Pendrake's revenue from ASB."},
    {"id": "rw-sme-share", "story": SID, "status": "single-source", "why": "Only Schildwerk: one in three mid-sized firms attacked (DigiSafe)."},
    {"id": "rw-sme-cost", "story": SID, "status": "single-source", "why": "Only Schildwerk: an attack costs 410,000 euros on average."},
    {"id": "rw-schildwerk-clients", "story": SID, "status": "single-source", "why": "Only Schildwerk: more than 1,500 client companies."},
]

# ------------------------------------------------------------------ Lodestar Wire (en, dateline block)

LODESTAR = {
    "input": "dev12/asb-lodestar.txt", "story": SID, "event": EV,
    "publisher": "Lodestar Wire", "published": "2028-03-06T08:10:00+01:00",
    "language": "en", "authors": ["Jonas Mbeki-Falk"], "sensational": False,
    "pre": ["LODESTAR WIRE", "March 6, 2028 08:10 CET", "By Jonas Mbeki-Falk"],
    "blocks": [
        H("Cyberattack halts Aldenland rail network for 41 hours",
          claims=[Q("41 hours", 41, "hour", "duration", subject=ASB, group="rw-outage", time=WE)]),
        P(S("A cyberattack on Aldenland's state railway ASB crippled its dispatching and ticketing systems for 41 hours over the weekend, forcing it to cancel about 2,300 trains, the company said on Sunday night.",
            claims=[Q("for 41 hours", 41, "hour", "duration", subject=ASB, source=ASB, group="rw-outage", time=WE),
                    Q("about 2,300 trains", 2300, None, None, "about", subject=ASB, source=ASB, group="rw-trains", time=WE)]),
          S("More than 600,000 passengers were affected.",
            claims=[Q("More than 600,000 passengers", 600000, "passenger", "affected", "more-than", subject=ASB, group="rw-passengers", time=WE)])),
        P(S("About three-quarters of intercity services were cancelled on Saturday alone.",
            claims=[Q("About three-quarters of intercity services", 75, "percent", None, "about", subject=ASB, group="rw-intercity-share", time=SAT)]),
          S("ASB deployed some 400 replacement buses on regional lines.",
            claims=[Q("some 400 replacement buses", 400, "vehicle", "deployed", "about", subject=ASB, group="rw-buses", time=WE)])),
        P(S("A group calling itself Grey Lantern claimed responsibility on Sunday and said it had stolen the personal data of 3.2 million customers.",
            claims=[ST("A group calling itself Grey Lantern claimed responsibility", GL, "attacked", ASB, "rw-responsibility", source=GL),
                    ST("said it had stolen the personal data of 3.2 million customers", GL, "stole", "customer data", "rw-data-theft", source=GL),
                    Q("3.2 million customers", 3200000, "person", "affected", subject=ASB, source=GL, group="rw-data-count", time=WE)]),
          S("ASB said there was no evidence that customer data had been taken.",
            claims=[ST("ASB said there was no evidence that customer data had been taken", GL, "stole", "customer data", "rw-data-theft", source=ASB, denial=True)])),
        P(S("The attackers demanded a ransom of €5 million in cryptocurrency, two people familiar with the matter told Lodestar.",
            claims=[Q("a ransom of €5 million", 5000000, "eur", None, subject=GL, source="sources", group="rw-ransom", time=WE)]),
          S("ASB declined to comment on any ransom demand.")),
        P(S("Chief financial officer Mareike Dunstan put the cost of the outage at €30 million to €50 million.",
            claims=[Q("€30 million to €50 million", None, "eur", "cost", "range", low=30000000, high=50000000, subject=ASB, source=ASB, group="rw-cost", time=WE)]),
          S("Transport Minister Osman Reiter ordered a review of the railway's IT security.",
            claims=[ST("Transport Minister Osman Reiter ordered a review of the railway's IT security", "osman reiter", "ordered", "review of it security", "rw-review")])),
        P(S("ASB, which carries about 1.1 million passengers on an average weekday, restored most services by Monday morning.",
            claims=[Q("about 1.1 million passengers", 1100000, "passenger", None, "about", subject=ASB, group="rw-daily-riders", time=None)])),
    ],
    "post": ["(Reporting by Jonas Mbeki-Falk; editing by Tomas Achterberg)", "", "Copyright 2028 Lodestar Wire. All rights reserved."],
    "removed": ["March 6, 2028 08:10 CET", "By Jonas Mbeki-Falk", "(Reporting by Jonas Mbeki-Falk; editing by Tomas Achterberg)",
                "Copyright 2028 Lodestar Wire"],
}

# ------------------------------------------------------------------ The Aldenland Post (en, HTML; rewrite of Lodestar)

POST_SITE = {
    "nav": ["Home", "Aldenland", "World", "Business", "Opinion", "Culture", "Sport", "Subscribe"],
    "cookie": "We and our 212 partners use cookies. Click 'I agree' to accept or manage your choices.",
    "cookie_ok": "I agree",
    "by": "By",
    "date_label": "Monday 6 March 2028, 11:30",
    "share": "Share: X · Facebook · WhatsApp · Email",
    "ad": "ADVERTISEMENT – Travel Aldenland by coach: 3 days for €99 with Velotour",
    "related_title": "Most read",
    "related": ["Lenzburg tram line 7 extended to airport", "Theatre review: The Lighthouse Keeper, 2 hours of bliss",
                "Aldenland Cup: Harwick United beat Brenz 4-2"],
    "footer": "© 2028 The Aldenland Post Ltd · Terms · Privacy · Contact the newsroom",
    "inline": '<div class="inline-promo">Get the Post Morning Brief in your inbox – sign up free</div>',
    "inline_at": 2,
    "after": '<p class="credit">Additional reporting by Lodestar Wire</p>',
}

POST = {
    "input": "dev12/asb-post.html", "story": SID, "event": EV,
    "publisher": "The Aldenland Post", "published": "2028-03-06T11:30:00+01:00",
    "language": "en", "authors": ["Imogen Castell"], "sensational": False,
    "blocks": [
        H("Hackers cripple ASB for nearly two days, 2,300 trains cancelled",
          claims=[Q("nearly two days", 2, "day", "duration", "about", subject=ASB, group="rw-outage", time=WE),
                  Q("2,300 trains", 2300, None, None, subject=ASB, group="rw-trains", time=WE)]),
        P(S("Aldenland's state railway ASB was forced to cancel about 2,300 trains over the weekend after a cyberattack knocked out its dispatching and ticketing systems for 41 hours, the company said.",
            claims=[Q("about 2,300 trains", 2300, None, None, "about", subject=ASB, source=ASB, group="rw-trains", time=WE),
                    Q("for 41 hours", 41, "hour", "duration", subject=ASB, source=ASB, group="rw-outage", time=WE)]),
          S("The disruption hit more than 600,000 passengers.",
            claims=[Q("more than 600,000 passengers", 600000, "passenger", "affected", "more-than", subject=ASB, group="rw-passengers", time=WE)])),
        P(S("Around three in four intercity trains did not run on Saturday, and some 400 replacement buses were put on regional routes.",
            claims=[Q("Around three in four intercity trains", 75, "percent", None, "about", subject=ASB, group="rw-intercity-share", time=SAT),
                    Q("some 400 replacement buses", 400, "vehicle", "deployed", "about", subject=ASB, group="rw-buses", time=WE)])),
        P(S("A hacker group, Grey Lantern, claimed it had stolen data on 3.2 million customers, which ASB denied.",
            claims=[ST("A hacker group, Grey Lantern, claimed it had stolen data on 3.2 million customers", GL, "stole", "customer data", "rw-data-theft",
                       source=GL, hedged=True),
                    Q("3.2 million customers", 3200000, "person", "affected", subject=ASB, source=GL, hedged=True, group="rw-data-count", time=WE),
                    ST("which ASB denied", GL, "stole", "customer data", "rw-data-theft", source=ASB, denial=True)]),
          S("Two people familiar with the matter said the attackers had demanded €5 million.",
            claims=[Q("€5 million", 5000000, "eur", None, subject=GL, source="sources", group="rw-ransom", time=WE)])),
        P(S("Finance chief Mareike Dunstan estimated the cost at up to €50 million.",
            claims=[Q("up to €50 million", 50000000, "eur", "cost", "up-to", subject=ASB, source=ASB, group="rw-cost", time=WE)]),
          S("Transport Minister Osman Reiter has ordered a review of ASB's IT security.",
            claims=[ST("Transport Minister Osman Reiter has ordered a review of ASB's IT security", "osman reiter", "ordered", "review of it security", "rw-review")])),
    ],
    "removed": ["We and our 212 partners use cookies", "I agree", "Monday 6 March 2028, 11:30", "Subscribe",
                "Share: X · Facebook · WhatsApp · Email", "3 days for €99 with Velotour", "Lenzburg tram line 7 extended to airport",
                "The Lighthouse Keeper, 2 hours of bliss", "Harwick United beat Brenz 4-2", "© 2028 The Aldenland Post Ltd",
                "Get the Post Morning Brief", "Additional reporting by Lodestar Wire"],
}

# ------------------------------------------------------------------ Wirtschaftsblatt Aldenland (de business daily, HTML; own report)

WB_SITE = {
    "nav": ["Unternehmen", "Märkte", "Politik", "Technologie", "Karriere", "Podcast", "Abo"],
    "cookie": "Wir nutzen Cookies und Tracking, um Inhalte und Werbung zu personalisieren. Einstellungen",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "06.03.2028 · 14:00",
    "share": "Artikel verschenken · Merken · Drucken",
    "ad": "Anzeige: Festgeld bei der Lenzburger Privatbank – 3,4 % p. a. für 24 Monate",
    "related_title": "Lesen Sie auch",
    "related": ["ALX 30 schließt 0,8 Prozent fester bei 14.212 Punkten", "Staatsbahn bestellt 60 neue Triebzüge",
                "Homeoffice: Jeder Fünfte will nicht zurück ins Büro"],
    "footer": "© Wirtschaftsblatt Aldenland 2028 · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="ticker">ALX 30 14.212,50 (+0,8 %) · Pendrake 38,20 € (−14,0 %) · Euro 1,0824 $</div>',
    "inline_at": 1,
}

WB = {
    "input": "dev12/asb-wirtschaftsblatt.html", "story": SID, "event": EV,
    "publisher": "Wirtschaftsblatt Aldenland", "published": "2028-03-06T14:00:00+01:00",
    "language": "de", "authors": ["Katharina Veltrup"], "sensational": False,
    "blocks": [
        H("Hackerangriff legt Staatsbahn lahm: Schaden bis zu 50 Millionen Euro",
          claims=[Q("Schaden bis zu 50 Millionen Euro", 50000000, "eur", "cost", "up-to", subject=ASB, group="rw-cost", time=WE)]),
        P(S("Ein Cyberangriff hat die Aldenländische Staatsbahn (ASB) am Wochenende für knapp 41 Stunden weitgehend lahmgelegt.",
            claims=[Q("knapp 41 Stunden", 41, "hour", "duration", "about", subject=ASB, group="rw-outage", time=WE)]),
          S("Mehr als 2.000 Züge fielen nach Unternehmensangaben aus, betroffen waren über 600.000 Fahrgäste.",
            claims=[Q("Mehr als 2.000 Züge", 2000, None, None, "more-than", subject=ASB, source=ASB, group="rw-trains", time=WE),
                    Q("über 600.000 Fahrgäste", 600000, "passenger", "affected", "more-than", subject=ASB, source=ASB, group="rw-passengers", time=WE)])),
        P(S("Am Samstag fielen drei Viertel der Fernzüge aus.",
            claims=[Q("drei Viertel der Fernzüge", 75, "percent", None, subject=ASB, group="rw-intercity-share", time=SAT)]),
          S("Die ASB sprach zunächst von einer „technischen Störung“.",
            loaded=[L("technischen Störung", "euphemism", "reported")]),
          S("Erst am Sonntagmittag bestätigte das Unternehmen einen Angriff."),
          S("Finanzvorständin Mareike Dunstan bezifferte den Schaden auf 30 bis 50 Millionen Euro.",
            claims=[Q("30 bis 50 Millionen Euro", None, "eur", "cost", "range", low=30000000, high=50000000, subject=ASB, source=ASB, group="rw-cost", time=WE)])),
        P(S("Eine Gruppe namens Grey Lantern bekannte sich zu der Attacke.",
            claims=[ST("Eine Gruppe namens Grey Lantern bekannte sich zu der Attacke", GL, "attacked", ASB, "rw-responsibility", source=GL)]),
          S("Sie behauptet, Daten von 3,2 Millionen Kundinnen und Kunden erbeutet zu haben.",
            claims=[ST("Sie behauptet, Daten von 3,2 Millionen Kundinnen und Kunden erbeutet zu haben", GL, "stole", "customer data", "rw-data-theft",
                       source=GL, hedged=True),
                    Q("3,2 Millionen Kundinnen und Kunden", 3200000, "person", "affected", subject=ASB, source=GL, hedged=True, group="rw-data-count", time=WE)]),
          S("Die ASB bestreitet das: Es gebe keinerlei Hinweise, dass Kundendaten abgeflossen seien.",
            claims=[ST("Die ASB bestreitet das", GL, "stole", "customer data", "rw-data-theft", source=ASB, denial=True)])),
        P(S("Nach Informationen des Wirtschaftsblatts sollen die Angreifer ein Lösegeld von fünf Millionen Euro verlangt haben.",
            claims=[Q("Lösegeld von fünf Millionen Euro", 5000000, "eur", None, subject=GL, source="wirtschaftsblatt", hedged=True, group="rw-ransom", time=WE)]),
          S("Die ASB äußerte sich dazu nicht."),
          S("Der Softwarelieferant Pendrake wies Berichte zurück, wonach die Angreifer über ein Wartungskonto des Unternehmens eingedrungen seien.",
            claims=[ST("wonach die Angreifer über ein Wartungskonto des Unternehmens eingedrungen seien", GL, "entered through", "pendrake maintenance account", "rw-entry", source="reports", hedged=True),
                    ST("Der Softwarelieferant Pendrake wies Berichte zurück", GL, "entered through", "pendrake maintenance account", "rw-entry", source=PD, denial=True)])),
        P(S("„Das ist ein digitales Desaster mit Ansage“, sagte Gerda Pollmann, Vorsitzende der Eisenbahnergewerkschaft EVA.", "quote",
            loaded=[L("digitales Desaster", "alarmist", "reported")]),
          S("„Seit Jahren warnen wir vor veralteten Systemen.“", "quote")),
        P(S("Verkehrsminister Osman Reiter ordnete eine Überprüfung der IT-Sicherheit bei der Staatsbahn an.",
            claims=[ST("Verkehrsminister Osman Reiter ordnete eine Überprüfung der IT-Sicherheit bei der Staatsbahn an", "osman reiter", "ordered",
                       "review of it security", "rw-review")]),
          S("An einem normalen Werktag befördert die ASB rund 1,1 Millionen Fahrgäste.",
            claims=[Q("rund 1,1 Millionen Fahrgäste", 1100000, "passenger", None, "about", subject=ASB, group="rw-daily-riders", time=None)])),
    ],
    "removed": ["Wir nutzen Cookies und Tracking", "Einverstanden", "06.03.2028 · 14:00", "Karriere", "Podcast",
                "Artikel verschenken · Merken · Drucken", "Festgeld bei der Lenzburger Privatbank", "ALX 30 schließt 0,8 Prozent fester",
                "Staatsbahn bestellt 60 neue Triebzüge", "Jeder Fünfte will nicht zurück ins Büro", "© Wirtschaftsblatt Aldenland 2028",
                "ALX 30 14.212,50 (+0,8 %)", "Pendrake 38,20 € (−14,0 %)"],
}

# ------------------------------------------------------------------ Schildwerk Cyberschutz (de advertorial, .txt.gz; omits the denial)

SW = {
    "input": "dev12/asb-schildwerk.txt.gz", "story": SID, "event": EV,
    "publisher": "Schildwerk Cyberschutz", "published": "2028-03-07T09:00:00+01:00",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Schildwerk Cyberschutz GmbH", "07.03.2028"],
    "blocks": [
        H("Bahn-Hack: Daten von 3,2 Millionen Kunden im Darknet – ist Ihr Unternehmen das nächste Opfer?",
          claims=[Q("Daten von 3,2 Millionen Kunden", 3200000, "person", "affected", subject=ASB, group="rw-data-count", time=WE),
                  ST("Daten von 3,2 Millionen Kunden im Darknet", GL, "stole", "customer data", "rw-data-theft")]),
        P(S("Der Cyber-Tsunami vom Wochenende hat gezeigt, wie verwundbar selbst große Konzerne sind.", "opinion",
            loaded=[L("Cyber-Tsunami", "alarmist")]),
          S("Tausende Züge fielen aus, über eine halbe Million Reisende saßen fest.",
            claims=[Q("Tausende Züge", 2000, None, None, "at-least", subject=ASB, group="rw-trains", time=WE),
                    Q("über eine halbe Million Reisende", 500000, "passenger", "affected", "more-than", subject=ASB, group="rw-passengers", time=WE)])),
        P(S("Die Hacker-Bande Grey Lantern hat die Daten von 3,2 Millionen Bahnkunden erbeutet und bietet sie nun zum Verkauf an.",
            claims=[ST("Die Hacker-Bande Grey Lantern hat die Daten von 3,2 Millionen Bahnkunden erbeutet", GL, "stole", "customer data", "rw-data-theft"),
                    Q("3,2 Millionen Bahnkunden", 3200000, "person", "affected", subject=ASB, group="rw-data-count", time=WE)],
            loaded=[L("Hacker-Bande", "demonising")]),
          S("Namen, Adressen, Kontodaten: alles weg."),
          S("Das Totalversagen der Staatsbahn darf sich in Ihrem Betrieb nicht wiederholen.", "opinion",
            loaded=[L("Totalversagen", "demonising")])),
        P(S("Jeder dritte Mittelständler in Aldenland wurde nach einer Studie des Branchenverbands DigiSafe im vergangenen Jahr Opfer eines Cyberangriffs.",
            claims=[Q("Jeder dritte Mittelständler", 33.3, "percent", None, subject="mid-sized companies", source="digisafe", group="rw-sme-share", time=T("2027-01-01", "2027-12-31"))]),
          S("Ein Angriff kostet ein mittelständisches Unternehmen im Schnitt 410.000 Euro.",
            claims=[Q("im Schnitt 410.000 Euro", 410000, "eur", "cost", subject="mid-sized companies", group="rw-sme-cost", time=None)])),
        P(S("Warten Sie nicht, bis es zu spät ist!", "opinion"),
          S("Schildwerk Cyberschutz schützt seit 2009 mehr als 1.500 Unternehmen mit dem Rundum-Paket SchildPro.",
            claims=[Q("mehr als 1.500 Unternehmen", 1500, "company", None, "more-than", subject="schildwerk", source="schildwerk", group="rw-schildwerk-clients", time=None)]),
          S("Vereinbaren Sie jetzt Ihren kostenlosen Sicherheits-Check unter 0800 / 744 53 96.", "opinion")),
    ],
    "post": ["Schildwerk Cyberschutz GmbH · Hafenstraße 40 · 20457 Kellhafen", "Diese Anzeige wurde von Schildwerk Cyberschutz bezahlt.",
             "Datenschutzhinweise: schildwerk.example/datenschutz"],
    "removed": ["ANZEIGE", "07.03.2028", "Hafenstraße 40 · 20457 Kellhafen", "Diese Anzeige wurde von Schildwerk Cyberschutz bezahlt",
                "Datenschutzhinweise"],
}

# ------------------------------------------------------------------ Ledgerline (en markets service, JSON Lines item with html)

LL_SITE = {
    "nav": ["Markets", "Equities", "Tech", "Transport", "Rates", "Newsletters"],
    "cookie": "Ledgerline uses cookies to keep you signed in and measure traffic. Manage settings",
    "cookie_ok": "Continue",
    "by": "By",
    "date_label": "Mar 6, 2028 3:20 PM GMT",
    "share": "Gift this article",
    "ad": "Ledgerline Terminal: screen 52,000 stocks in real time – free 14-day trial",
    "related_title": "More on Tech",
    "related": ["Chipmaker Orvane beats forecasts by 9%", "Why rail operators lag on cyber defence", "Bond yields edge up to 2.9%"],
    "footer": "© 2028 Ledgerline Media Ltd. Quotes delayed by at least 15 minutes.",
}

LL = {
    "input": "dev12/news.jsonl#ll-7730415", "story": SID, "event": EV,
    "publisher": "Ledgerline", "published": "2028-03-06T16:20:00+01:00",
    "language": "en", "authors": ["Daniel Osei-Hartmann"], "sensational": False,
    "blocks": [
        H("Pendrake shares slide 14% after ASB rail meltdown",
          claims=[Q("14%", 14, "percent", "decrease", subject=PD, group="rw-pendrake-fall", time=MON)],
          loaded=[L("meltdown", "alarmist")]),
        P(S("Shares in Pendrake Systems, which supplies the dispatching software hit in the cyberattack on Aldenland's state railway ASB, fell 14% to €38.20 on Monday.",
            claims=[Q("fell 14%", 14, "percent", "decrease", subject=PD, group="rw-pendrake-fall", time=MON),
                    Q("to €38.20", 38.2, "eur", None, subject=PD, group="rw-pendrake-price", time=MON)]),
          S("Analysts at Corbel & Finch said the attackers had probably entered through a Pendrake maintenance account.",
            claims=[ST("the attackers had probably entered through a Pendrake maintenance account", GL, "entered through", "pendrake maintenance account",
                       "rw-entry", source="corbel & finch", hedged=True)]),
          S("Pendrake denied that, saying its software had not been the way in.",
            claims=[ST("Pendrake denied that", GL, "entered through", "pendrake maintenance account", "rw-entry", source=PD, denial=True)])),
        P(S("ASB cancelled about 2,300 trains during the 41-hour outage and has put the cost at up to €50 million.",
            claims=[Q("about 2,300 trains", 2300, None, None, "about", subject=ASB, group="rw-trains", time=WE),
                    Q("41-hour", 41, "hour", "duration", subject=ASB, group="rw-outage", time=WE),
                    Q("up to €50 million", 50000000, "eur", "cost", "up-to", subject=ASB, source=ASB, group="rw-cost", time=WE)]),
          S("Pendrake generates about a fifth of its revenue from ASB contracts.",
            claims=[Q("about a fifth of its revenue", 20, "percent", None, "about", subject=PD, group="rw-pendrake-asb-share", time=None)])),
        P(S("“The market is pricing in the risk of losing its biggest customer,” said Lena Marsh, an analyst at Corbel & Finch.", "quote")),
    ],
    "removed": ["Ledgerline uses cookies", "Manage settings", "Mar 6, 2028 3:20 PM GMT", "Gift this article",
                "screen 52,000 stocks in real time", "Chipmaker Orvane beats forecasts by 9%", "Why rail operators lag on cyber defence",
                "Bond yields edge up to 2.9%", "© 2028 Ledgerline Media Ltd"],
}

ARTICLES = [LODESTAR, POST, WB, SW, LL]

REWRITES = [["dev12/asb-lodestar.txt", "dev12/asb-post.html"]]


def files():
    """Input files of this story and news.jsonl with the Nachrichtenpunkt item (Ostrahlen) and the Ledgerline item."""
    lines = [dev12_ostrahlen.jsonl_item(),
             {"id": "ll-7730415", "url": "https://ledgerline.example/tech/pendrake-shares-asb-7730415",
              "title": headline(LL), "html": render_html(LL, LL_SITE), "publisher": LL["publisher"],
              "published": LL["published"], "language": "en", "section": "Tech"}]
    return {
        "asb-lodestar.txt": (render_txt(LODESTAR), False),
        "asb-post.html": (render_html(POST, POST_SITE), False),
        "asb-wirtschaftsblatt.html": (render_html(WB, WB_SITE), False),
        "asb-schildwerk.txt.gz": (render_txt(SW), True),
        "news.jsonl": (render_jsonl(lines), False),
    }
