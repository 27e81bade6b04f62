"""dev9 story 3: freezing rain brings down power lines across the province of Harland (Kestria); a
blackout of up to 52 hours follows (outage from the night of Saturday 22 January 2028 to Tuesday 25
January 2028).

An English public broadcaster (HTML), a German news site's Atom entry (German–English pair with the
broadcaster; the feed is rendered by dev9_lichtblick.py, whose story shares it), an English tabloid,
an English right-populist blog (no dateline block; states the union's accusation as fact and omits
the grid operator's denial), an English energy-trade daily and a German business daily (HTML).
Invented by an eleventh writer: country, province, companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html
from dev9_lib import group

SID = "st-harland-blackout"
EV = "ev-harland-blackout"
STORY = {"id": SID, "label": "Ice-storm blackout in the province of Harland (Kestria)",
         "events": [{"id": EV, "label": "Freezing rain brings down lines; up to 1.3 million customers without power, 22–25 January 2028"}]}

NL = "northline grid"
UN = "uplw"
SUBJ = "harland blackout"
PEAK = T("2028-01-23", "2028-01-23")
SPAN = T("2028-01-22", "2028-01-25")

GROUPS = [
    group("harland-customers", SID, "conflicting",
          "About / more than 1.3 million customers (KBN, Weltecho, Gridweek's 1.32 million, the Wirtschaftskurier's parts 1.05 million + 270,000) against the Klaxon's two million."),
    group("harland-customer-base", SID, "agreed", "Northline serves about 2.1 million customers (KBN, Wirtschaftskurier)."),
    group("harland-killed", SID, "agreed", "Three deaths in five articles (at least three in the blog)."),
    group("harland-co", SID, "agreed", "Two of the dead died of carbon-monoxide poisoning (KBN, Weltecho, Klaxon)."),
    group("harland-duration", SID, "agreed", "Up to 52 hours without power (Gridweek, blog)."),
    group("harland-pylons", SID, "agreed", "41 pylons collapsed (KBN, Gridweek); 'mehr als 40' in the Wirtschaftskurier."),
    group("harland-ice", SID, "agreed", "Up to 25 millimetres of ice = bis zu 2,5 Zentimeter."),
    group("harland-crews", SID, "compatible", "About 4,200 line workers (KBN) = 2,700 staff + 1,500 contractors (Gridweek, parts); 'mehr als 4.000' (Weltecho)."),
    group("harland-warming", SID, "agreed", "Some 9,000 people in warming centres (KBN, Weltecho)."),
    group("harland-centres", SID, "agreed", "120 warming centres / emergency shelters (KBN, Klaxon)."),
    group("harland-hospitals", SID, "single-source", "Only KBN gives 14 hospitals on generators."),
    group("harland-insured-loss", SID, "agreed", "Insurers estimate £340 million (Gridweek, Wirtschaftskurier)."),
    group("harland-shares", SID, "agreed", "Northline shares fell 11.4% / gut elf Prozent."),
    group("harland-crew-cut", SID, "disputed",
          "The union says maintenance staff were cut by 30 percent since 2023; Northline counters that the number rose by 4 percent (the blog repeats the 30 percent without the counter-figure)."),
    group("harland-neglect", SID, "disputed",
          "The union accuses Northline of neglecting line maintenance; Northline denies it (the blog states the neglect as fact and omits the denial)."),
    group("harland-inquiry", SID, "agreed", "The energy minister ordered an independent inquiry (KBN, Weltecho, Gridweek)."),
    group("harland-dividend", SID, "agreed", "£210 million in dividends last year (Gridweek, blog)."),
    group("harland-vegetation-budget", SID, "single-source", "Only Gridweek gives the vegetation budget cut from £48 million to £31 million."),
    group("harland-vegetation-budget-old", SID, "single-source", "Only Gridweek gives the earlier £48 million."),
    group("harland-poll", SID, "single-source", "Only the blog gives the 61 percent poll figure."),
    group("harland-trees", SID, "single-source", "Only the Klaxon gives thousands of fallen trees."),
    group("harland-fine", SID, "single-source", "Only the Wirtschaftskurier gives the possible fine of up to ten percent of turnover."),
    group("harland-turnover", SID, "single-source", "Only the Wirtschaftskurier gives the turnover of 3.4 billion pounds."),
    group("harland-compensation", SID, "agreed", "£75 per customer per twelve hours (Gridweek, Wirtschaftskurier)."),
    group("harland-compensation-hours", SID, "agreed", "The compensation is due for every twelve hours (Gridweek, Wirtschaftskurier)."),
    group("harland-profits", SID, "single-source", "Only the Klaxon gives 'hundreds of millions' in yearly profits."),
    group("harland-flights", SID, "single-source", "Only KBN gives more than 180 cancelled flights."),
    group("harland-rail-lines", SID, "single-source", "Only KBN gives four suspended rail lines."),
    group("harland-rail-lines-total", SID, "single-source", "Only KBN gives Kestrail's seven Harland lines (the whole)."),
    group("harland-2019", SID, "single-source", "Only KBN gives the 640,000 customers of the 2019 outage."),
    group("harland-2019-hours", SID, "single-source", "Only KBN gives the 30 hours of the 2019 outage."),
    group("harland-investment", SID, "single-source", "Only the Wirtschaftskurier gives the 4.6-billion-pound investment plan."),
    group("harland-undergrounding", SID, "single-source", "Only the Wirtschaftskurier gives 900 million pounds for underground cables."),
    group("harland-employees", SID, "single-source", "Only the Wirtschaftskurier gives gut 6,300 employees in Harland."),
    group("harland-temperature", SID, "single-source", "Only KBN gives minus 9 degrees."),
]


def kbn_site(date_label, related):
    """The page template of KBN News (used by two stories: same outlet, same template)."""
    return {
        "nav": ["Home", "Kestria", "World", "Business", "Climate", "Sport"],
        "cookie": "We use cookies to improve your experience of KBN News. You can change your settings at any time.",
        "cookie_ok": "Accept all",
        "by": "By",
        "date_label": date_label,
        "share": "Share this article: Facebook · X · WhatsApp · Email",
        "ad": "Advertisement – KBN Sounds: the best of Kestrian radio, wherever you are",
        "related_title": "Related stories",
        "related": related,
        "footer": "© 2028 KBN – Kestrian Broadcasting Network. Terms of use · Privacy · Cookies",
        "after": '<div class="newsletter">Start your day with the KBN Morning Bulletin. <a href="/newsletters">Sign up here</a></div>',
    }


def cust(text, value, qualifier="exact", source=None, unit="household", measure="affected"):
    return Q(text, value, unit, measure, qualifier=qualifier, subject=SUBJ, source=source, group="harland-customers", time=PEAK)


# ------------------------------------------------------------------ KBN News (public broadcaster)

KBN = {
    "input": "dev9/harland-kbn.html", "story": SID, "event": EV,
    "publisher": "KBN News", "published": "2028-01-23T19:15:00+00:00",
    "language": "en", "authors": ["Siobhan Rourke"], "sensational": False,
    "blocks": [
        H("Harland blackout: more than a million without power as ice brings down lines",
          claims=[cust("more than a million without power", 1000000, "more-than")]),
        P(S("More than 1.3 million homes and businesses across the province of Harland were left without electricity on Sunday after freezing rain coated power lines in ice and brought down dozens of transmission towers, the grid operator Northline said.",
            claims=[cust("More than 1.3 million homes and businesses", 1300000, "more-than", source=NL),
                    Q("dozens of transmission towers", None, None, "destroyed", qualifier="at-least", low=24, subject=SUBJ, source=NL, group="harland-pylons")]),
          S("Three people have died, two of them from carbon-monoxide poisoning after running petrol generators in closed garages, according to the provincial health authority.",
            claims=[Q("Three people have died", 3, "person", "killed", subject=SUBJ, source="health authorities", group="harland-killed", time=PEAK),
                    Q("two of them from carbon-monoxide poisoning", 2, "person", "killed", subject=SUBJ, source="health authorities", group="harland-co", time=PEAK)])),
        P(S("Up to 25 millimetres of ice built up on cables overnight, Northline said, and 41 steel pylons buckled under the weight on the high-voltage line between Carrow and the northern coast.",
            claims=[Q("Up to 25 millimetres of ice", 25, "millimetre", None, qualifier="up-to", subject="ice on power lines", source=NL, group="harland-ice"),
                    Q("41 steel pylons buckled", 41, None, "destroyed", subject=SUBJ, source=NL, group="harland-pylons")]),
          S("Temperatures fell to minus 9C in Carrow on Sunday night.",
            claims=[Q("minus 9C", -9, "degree", None, subject="temperature in carrow", group="harland-temperature")]),
          S("About 4,200 line workers, including crews from neighbouring provinces, are working in shifts to restore supply, but the company warned that some rural areas could remain dark until Tuesday.",
            claims=[Q("About 4,200 line workers", 4200, "worker", "deployed", qualifier="about", subject=SUBJ, source=NL, group="harland-crews")])),
        P(S("Some 9,000 people spent Saturday night in 120 warming centres opened by councils and the Red Cross, and 14 hospitals were running on backup generators.",
            claims=[Q("Some 9,000 people", 9000, "person", None, qualifier="about", subject="warming centres", group="harland-warming"),
                    Q("120 warming centres", 120, None, None, subject="warming centres", group="harland-centres"),
                    Q("14 hospitals were running on backup generators", 14, None, None, subject=SUBJ, group="harland-hospitals")])),
        P(S("Airports in Carrow and Dunsby cancelled more than 180 flights, and the rail operator Kestrail suspended services on four of its seven Harland lines after signals lost power.",
            claims=[Q("more than 180 flights", 180, "flight", None, qualifier="more-than", subject=SUBJ, group="harland-flights"),
                    Q("four of its seven Harland lines", 4, None, None, subject="kestrail", group="harland-rail-lines"),
                    Q("its seven Harland lines", 7, None, "size", subject="kestrail", group="harland-rail-lines-total")]),
          S("The last comparable outage, in February 2019, left 640,000 customers without power for up to 30 hours.",
            claims=[Q("640,000 customers", 640000, "household", "affected", subject="2019 outage", group="harland-2019"),
                    Q("up to 30 hours", 30, "hour", "duration", qualifier="up-to", subject="2019 outage", group="harland-2019-hours")])),
        P(S("“We are throwing everything we have at this, and we will not stop until every last customer is reconnected,” Northline's chief executive Alison Marr said.", "quote"),
          S("Northline, which serves about 2.1 million customers, is under pressure over its maintenance record.",
            claims=[Q("about 2.1 million customers", 2100000, "household", "size", qualifier="about", subject=NL, group="harland-customer-base")])),
        P(S("The Union of Power and Line Workers (UPLW) said the company had cut its line maintenance staff by 30% since 2023 and left trees to grow into the lines.",
            claims=[Q("had cut its line maintenance staff by 30%", 30, "percent", "cut", subject=NL, source=UN, group="harland-crew-cut"),
                    ST("left trees to grow into the lines", NL, "neglected", "maintenance of power lines", "harland-neglect", source=UN)]),
          S("Northline rejected the accusation, saying the number of field technicians had risen by 4% over the same period.",
            claims=[ST("Northline rejected the accusation", NL, "neglected", "maintenance of power lines", "harland-neglect", source=NL, denial=True),
                    Q("had risen by 4% over the same period", 4, "percent", "increase", subject=NL, source=NL, group="harland-crew-cut")])),
        P(S("Energy Minister Colm Ferriter ordered an independent inquiry into the failure and said the province's grid was “not built for the winters we now have”.",
            claims=[ST("Energy Minister Colm Ferriter ordered an independent inquiry into the failure", "colm ferriter", "ordered", "inquiry into the blackout", "harland-inquiry")])),
    ],
    "removed": ["We use cookies to improve your experience", "Accept all", "Siobhan Rourke", "Share this article:",
                "KBN Sounds", "Related stories", "Ice storm: how to stay safe without power", "Carrow Airport cancels flights",
                "KBN Morning Bulletin", "Terms of use · Privacy"],
}

# ------------------------------------------------------------------ Weltecho (German news site, Atom entry)

WELTECHO = {
    "input": "dev9/weltecho.atom#tag:weltecho.example,2028:stromausfall-harland-5512", "story": SID, "event": EV,
    "publisher": "Weltecho", "published": "2028-01-23T21:40:00+01:00",
    "language": "de", "authors": ["Lea Hartkamp"], "sensational": False,
    "blocks": [
        H("Eisregen legt Stromnetz in Kestria lahm – drei Tote",
          claims=[Q("drei Tote", 3, "person", "killed", subject=SUBJ, group="harland-killed", time=PEAK)]),
        P(S("In der kestrischen Provinz Harland sind nach schwerem Eisregen rund 1,3 Millionen Haushalte und Betriebe ohne Strom.",
            claims=[cust("rund 1,3 Millionen Haushalte und Betriebe", 1300000, "about")]),
          S("Bis zu 2,5 Zentimeter dick legte sich das Eis in der Nacht zum Sonntag auf die Leitungen, Dutzende Hochspannungsmasten knickten unter der Last ein, wie der Netzbetreiber Northline mitteilte.",
            claims=[Q("Bis zu 2,5 Zentimeter dick", 2.5, "centimetre", None, qualifier="up-to", subject="ice on power lines", source=NL, group="harland-ice"),
                    Q("Dutzende Hochspannungsmasten", None, None, "destroyed", qualifier="at-least", low=24, subject=SUBJ, source=NL, group="harland-pylons")])),
        P(S("Drei Menschen kamen ums Leben, zwei davon starben nach Angaben der Gesundheitsbehörde an einer Kohlenmonoxidvergiftung, weil sie Notstromaggregate in geschlossenen Räumen betrieben hatten.",
            claims=[Q("Drei Menschen kamen ums Leben", 3, "person", "killed", subject=SUBJ, group="harland-killed", time=PEAK),
                    Q("zwei davon starben nach Angaben der Gesundheitsbehörde an einer Kohlenmonoxidvergiftung", 2, "person", "killed", subject=SUBJ, source="health authorities", group="harland-co", time=PEAK)]),
          S("Rund 9.000 Menschen verbrachten die Nacht in Wärmestuben, die Gemeinden und das Rote Kreuz eingerichtet hatten.",
            claims=[Q("Rund 9.000 Menschen", 9000, "person", None, qualifier="about", subject="warming centres", group="harland-warming")])),
        P(S("Mehr als 4.000 Techniker, darunter Trupps aus den Nachbarprovinzen, arbeiten an der Reparatur.",
            claims=[Q("Mehr als 4.000 Techniker", 4000, "worker", "deployed", qualifier="more-than", subject=SUBJ, group="harland-crews")]),
          S("In ländlichen Gebieten könnte es nach Angaben des Unternehmens bis Dienstag dauern, bis wieder Strom fließt."),
          S("Energieminister Colm Ferriter ordnete eine unabhängige Untersuchung an.",
            claims=[ST("Energieminister Colm Ferriter ordnete eine unabhängige Untersuchung an", "colm ferriter", "ordered", "inquiry into the blackout", "harland-inquiry")])),
        P(S("Die Gewerkschaft der Leitungsmonteure wirft Northline vor, bei der Wartung gespart zu haben; der Konzern weist das zurück.",
            claims=[ST("Die Gewerkschaft der Leitungsmonteure wirft Northline vor, bei der Wartung gespart zu haben", NL, "neglected",
                       "maintenance of power lines", "harland-neglect", source=UN),
                    ST("der Konzern weist das zurück", NL, "neglected", "maintenance of power lines", "harland-neglect", source=NL, denial=True)])),
    ],
    "extra": '<p><em>Mehr zum Thema:</em> <a href="https://weltecho.example/wetter">Wetterextreme – alle Berichte</a></p>',
    "removed": ["Mehr zum Thema:", "Wetterextreme – alle Berichte"],
}

# ------------------------------------------------------------------ Morning Klaxon (tabloid)

KLAXON = {
    "input": "dev9/harland-klaxon.txt", "story": SID, "event": EV,
    "publisher": "The Morning Klaxon", "published": "2028-01-24T06:30:00+00:00",
    "language": "en", "authors": ["Gary Pendle"], "sensational": True,
    "pre": ["THE MORNING KLAXON", "Monday 24 January 2028", "By Gary Pendle"],
    "blocks": [
        H("FROZEN IN THE DARK: TWO MILLION left shivering as power giant's grid crumbles",
          claims=[cust("TWO MILLION left shivering", 2000000)],
          loaded=[L("FROZEN IN THE DARK", "alarmist"), L("crumbles", "alarmist")]),
        P(S("Gran, 84, among three dead as ice storm turns Harland into a deep-freeze nightmare.",
            claims=[Q("among three dead", 3, "person", "killed", subject=SUBJ, group="harland-killed", time=PEAK)],
            loaded=[L("deep-freeze nightmare", "alarmist")])),
        P(S("Two MILLION families were plunged into icy darkness yesterday as Harland's creaking power network collapsed like a house of cards.",
            claims=[cust("Two MILLION families", 2000000)],
            loaded=[L("plunged into icy darkness", "alarmist"), L("creaking", "demonising"), L("collapsed like a house of cards", "alarmist")]),
          S("Thousands of trees crashed onto lines across the province overnight Saturday, and by dawn whole towns had vanished off the grid.",
            claims=[Q("Thousands of trees", None, "tree", None, qualifier="at-least", low=2000, subject=SUBJ, group="harland-trees")]),
          S("Two of the dead — a young couple — were poisoned by fumes from a generator they had set up in their garage to keep their baby warm.",
            claims=[Q("Two of the dead", 2, "person", "killed", subject=SUBJ, group="harland-co", time=PEAK)])),
        P(S("“I've got no heating, no hot water, and nobody from Northline will even pick up the phone,” fumed mum-of-three Kerry Malvern, 37, from Dunsby.", "quote"),
          S("Shivering pensioners were bundled into 120 emergency shelters, where volunteers handed out blankets and soup by torchlight.",
            claims=[Q("120 emergency shelters", 120, None, None, subject="warming centres", group="harland-centres")],
            loaded=[L("bundled into", "alarmist")])),
        P(S("Meanwhile the fat cats at Northline were nowhere to be seen.", "opinion",
            loaded=[L("fat cats", "demonising")]),
          S("The firm called the chaos a “challenging weather event” — tell that to the families burying their loved ones.", "opinion",
            loaded=[L("“challenging weather event”", "euphemism", "distancing"), L("chaos", "alarmist")]),
          S("Why does a company that rakes in hundreds of millions in profits every year leave its customers freezing the moment it rains?", "opinion",
            claims=[Q("hundreds of millions in profits", None, "gbp", None, qualifier="at-least", low=200000000, subject="northline profits", group="harland-profits")],
            loaded=[L("rakes in", "demonising")])),
        P(S("Our brave line crews have been out all night in the ice, and they deserve every penny of overtime they get.", "opinion",
            loaded=[L("Our brave line crews", "glorifying")]),
          S("Their bosses deserve the sack.", "opinion")),
    ],
    "post": ["GOT A STORY? Call the Klaxon newsdesk or email news@morningklaxon.example",
             "",
             "MORE FROM THE KLAXON",
             "- Royal wedding: the guest list revealed",
             "- Ice storm: 10 ways to keep warm without power",
             "",
             "#blackout #Harland #icestorm"],
    "removed": ["THE MORNING KLAXON", "Monday 24 January 2028", "By Gary Pendle", "GOT A STORY?", "news@morningklaxon.example",
                "MORE FROM THE KLAXON", "Royal wedding: the guest list revealed", "10 ways to keep warm without power", "#blackout #Harland"],
}

# ------------------------------------------------------------------ right-populist blog (omits the denial)

BLOG = {
    "input": "dev9/harland-standard-bearer.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("The lights went out in Harland. Don't let them tell you it was the weather"),
        P(S("Fifty-two hours.",
            claims=[Q("Fifty-two hours", 52, "hour", "duration", subject=SUBJ, group="harland-duration", time=SPAN)]),
          S("That is how long some families in the north of this province sat in the cold and the dark last week while the gentlemen in Carrow held press conferences about “resilience”.",
            loaded=[L("the gentlemen in Carrow", "belittling"), L("“resilience”", "propaganda", "distancing")]),
          S("At least three people are dead.",
            claims=[Q("At least three people are dead", 3, "person", "killed", qualifier="at-least", subject=SUBJ, group="harland-killed", time=PEAK)]),
          S("Well over a million households lost power.",
            claims=[cust("Well over a million households lost power", 1000000, "more-than")])),
        P(S("Here is what the official statements won't tell you.", "opinion"),
          S("Northline gutted its maintenance crews, slashing them by 30% since 2023, and let the trees grow into the lines because trimming them did not fit the spreadsheet.",
            claims=[Q("slashing them by 30% since 2023", 30, "percent", "cut", subject=NL, group="harland-crew-cut"),
                    ST("let the trees grow into the lines", NL, "neglected", "maintenance of power lines", "harland-neglect")],
            loaded=[L("gutted", "alarmist"), L("slashing", "alarmist")]),
          S("Last year the same company handed its shareholders £210 million in dividends.",
            claims=[Q("£210 million in dividends", 210000000, "gbp", "paid", subject=NL, group="harland-dividend")]),
          S("Do the maths…", "opinion")),
        P(S("And where was the money that should have gone into pylons and cables?", "opinion"),
          S("Into wind-farm subsidies and net-zero vanity projects cooked up by the globalist climate crowd in the capital, that's where.", "opinion",
            loaded=[L("net-zero vanity projects", "demonising"), L("globalist climate crowd", "demonising")]),
          S("A grid that collapses after one night of freezing rain is not “modernised”; it is a national embarrassment.", "opinion",
            loaded=[L("“modernised”", "propaganda", "distancing"), L("national embarrassment", "demonising")])),
        P(S("Ordinary Harlanders already know this.", "opinion"),
          S("A poll last month found that 61% of them want the grid back in public hands.",
            claims=[Q("61% of them want the grid back in public hands", 61, "percent", None, subject="harland residents", group="harland-poll")]),
          S("Write to your MP today and demand a full public inquiry — not the whitewash Minister Ferriter is planning.", "opinion",
            loaded=[L("whitewash", "demonising")]),
          S("Because next winter, it will be your street.", "opinion")),
    ],
    "post": ["Share this post · 214 comments",
             "",
             "Support independent Harland journalism: become a Patron from £3 a month",
             "",
             "Tags: #Harland #Northline #NetZero #Blackout"],
    "removed": ["Share this post · 214 comments", "Support independent Harland journalism", "become a Patron from £3 a month",
                "Tags: #Harland #Northline"],
}

# ------------------------------------------------------------------ Gridweek (energy-trade daily)

GRIDWEEK = {
    "input": "dev9/harland-gridweek.txt", "story": SID, "event": EV,
    "publisher": "Gridweek", "published": "2028-01-25T14:00:00+00:00",
    "language": "en", "authors": ["Nadia Voss"], "sensational": False,
    "pre": ["Gridweek", "25 January 2028 · 14:00 GMT", "By Nadia Voss, Energy Correspondent"],
    "blocks": [
        H("Northline restores Harland supply after 52-hour outage; insurers eye £340m bill",
          claims=[Q("52-hour outage", 52, "hour", "duration", subject=SUBJ, group="harland-duration", time=SPAN),
                  Q("£340m bill", 340000000, "gbp", "cost", subject=SUBJ, source="insurers", group="harland-insured-loss")]),
        P(S("Northline Grid said on Tuesday it had reconnected the last of the 1.32 million customers who lost power at the peak of Harland's ice storm, ending outages that lasted up to 52 hours in the worst-hit northern districts.",
            claims=[cust("the 1.32 million customers who lost power at the peak", 1320000, source=NL),
                    Q("up to 52 hours", 52, "hour", "duration", qualifier="up-to", subject=SUBJ, source=NL, group="harland-duration", time=SPAN)]),
          S("The restoration effort involved 2,700 of its own field staff and 1,500 contractors drafted in from neighbouring provinces, the company said.",
            claims=[Q("2,700 of its own field staff", 2700, "worker", "deployed", subject=SUBJ, source=NL, group="harland-crews"),
                    Q("1,500 contractors", 1500, "worker", "deployed", subject=SUBJ, source=NL, group="harland-crews")])),
        P(S("Three deaths have been linked to the blackout.",
            claims=[Q("Three deaths", 3, "person", "killed", subject=SUBJ, group="harland-killed", time=PEAK)]),
          S("Rebuilding the 41 transmission towers that collapsed on the Carrow–Northcoast line will take until the spring, and a temporary line of wooden poles is being strung alongside it.",
            claims=[Q("the 41 transmission towers that collapsed", 41, None, "destroyed", subject=SUBJ, group="harland-pylons")])),
        P(S("Insured losses from the storm are likely to reach £340 million, broker Halden & Pryce estimated, most of it from frozen pipes, spoiled stock and business interruption.",
            claims=[Q("£340 million", 340000000, "gbp", "cost", subject=SUBJ, source="halden & pryce", group="harland-insured-loss")]),
          S("Under provincial rules, Northline must pay each affected household £75 for every twelve hours without supply beyond the first day.",
            claims=[Q("£75", 75, "gbp", "paid", subject=NL, group="harland-compensation"),
                    Q("every twelve hours", 12, "hour", "duration", subject="compensation", group="harland-compensation-hours")])),
        P(S("Northline shares closed down 11.4% on Monday, their steepest one-day fall since the company listed in Carrow.",
            claims=[Q("closed down 11.4%", 11.4, "percent", "decrease", subject="northline shares", group="harland-shares", time=T("2028-01-24", "2028-01-24"))])),
        P(S("The storm has revived a row over the company's maintenance spending.",),
          S("According to the UPLW, the union representing line workers, Northline reduced its line maintenance staff by 30% between 2023 and 2027 and cut its vegetation management budget from £48 million to £31 million a year.",
            claims=[Q("reduced its line maintenance staff by 30%", 30, "percent", "cut", subject=NL, source=UN, group="harland-crew-cut"),
                    Q("from £48 million", 48000000, "gbp", None, subject="vegetation management budget", source=UN, group="harland-vegetation-budget-old"),
                    Q("to £31 million a year", 31000000, "gbp", None, subject="vegetation management budget", source=UN, group="harland-vegetation-budget"),
                    ST("Northline reduced its line maintenance staff", NL, "neglected", "maintenance of power lines", "harland-neglect", source=UN)]),
          S("Northline disputes those figures: field technician numbers were up 4% over the period, a spokesman said, and the vegetation budget had been “reprioritised, not reduced”.",
            claims=[ST("Northline disputes those figures", NL, "neglected", "maintenance of power lines", "harland-neglect", source=NL, denial=True),
                    Q("field technician numbers were up 4% over the period", 4, "percent", "increase", subject=NL, source=NL, group="harland-crew-cut")],
            loaded=[L("“reprioritised, not reduced”", "euphemism", "reported")]),
          S("The company paid £210 million in dividends for 2026.",
            claims=[Q("£210 million in dividends", 210000000, "gbp", "paid", subject=NL, group="harland-dividend")])),
        P(S("Energy Minister Colm Ferriter has ordered an independent inquiry, due to report by the summer.",
            claims=[ST("Energy Minister Colm Ferriter has ordered an independent inquiry", "colm ferriter", "ordered", "inquiry into the blackout", "harland-inquiry")])),
    ],
    "post": ["Gridweek Pro subscribers can download the full outage data set.",
             "",
             "Related: Ice loading and the case for buried cables | Kestria's grid investment gap",
             "",
             "Upcoming: Gridweek Resilience Summit, Carrow, 14–15 March 2028 – early-bird tickets £495"],
    "removed": ["Gridweek", "25 January 2028 · 14:00 GMT", "By Nadia Voss, Energy Correspondent", "Gridweek Pro subscribers",
                "Related: Ice loading and the case for buried cables", "Gridweek Resilience Summit", "early-bird tickets £495"],
}

# ------------------------------------------------------------------ Wirtschaftskurier (German business daily)

WK_SITE = {
    "nav": ["Startseite", "Unternehmen", "Finanzen", "Märkte", "Energie", "Politik", "Karriere"],
    "cookie": "Wir und unsere Partner nutzen Cookies und vergleichbare Technologien. Durch Klick auf „Akzeptieren“ willigen Sie ein.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "24.01.2028, 11:45 Uhr",
    "share": "Artikel teilen · Merken · Drucken",
    "ad": "Anzeige – Depot eröffnen und 12 Monate keine Ordergebühren zahlen",
    "related_title": "Mehr aus Energie",
    "related": ["Netzbetreiber in Europa: Der Investitionsstau wächst", "Strompreise: Was Versorger 2028 planen"],
    "footer": "© Wirtschaftskurier 2028 · Impressum · Datenschutz · Abo",
    "after": '<table class="facts"><tr><td>Details</td><td></td></tr><tr><td></td><td></td></tr></table>\n'
             '<div class="tags">Themen: Energie · Versorger · Kestria · Aktien</div>',
}

WKURIER = {
    "input": "dev9/harland-wirtschaftskurier.html", "story": SID, "event": EV,
    "publisher": "Wirtschaftskurier", "published": "2028-01-24T11:45:00+01:00",
    "language": "de", "authors": ["Dr. Florian Wendt"], "sensational": False,
    "blocks": [
        H("Blackout in Harland: Northline-Aktie bricht ein"),
        P(S("Der großflächige Stromausfall in der kestrischen Provinz Harland wird für den Netzbetreiber Northline Grid zur Belastungsprobe an der Börse."),
          S("Die Aktie des Konzerns, der rund 2,1 Millionen Kunden versorgt, verlor am Montag bis zum Handelsschluss gut elf Prozent.",
            claims=[Q("rund 2,1 Millionen Kunden", 2100000, "household", "size", qualifier="about", subject=NL, group="harland-customer-base"),
                    Q("gut elf Prozent", 11, "percent", "decrease", qualifier="more-than", subject="northline shares", group="harland-shares", time=T("2028-01-24", "2028-01-24"))])),
        P(S("Am Höhepunkt des Ausfalls waren nach Unternehmensangaben 1,05 Millionen Privathaushalte und rund 270.000 Gewerbekunden ohne Strom, nachdem Eisregen mehr als 40 Strommasten zum Einsturz gebracht hatte.",
            claims=[cust("1,05 Millionen Privathaushalte", 1050000, source=NL),
                    cust("rund 270.000 Gewerbekunden", 270000, "about", source=NL, unit="business"),
                    Q("mehr als 40 Strommasten", 40, None, "destroyed", qualifier="more-than", subject=SUBJ, source=NL, group="harland-pylons")]),
          S("Die Versicherungswirtschaft rechnet mit versicherten Schäden von 340 Millionen Pfund (umgerechnet etwa 395 Millionen Euro).",
            claims=[Q("340 Millionen Pfund", 340000000, "gbp", "cost", subject=SUBJ, source="insurers", group="harland-insured-loss"),
                    Q("etwa 395 Millionen Euro", 395000000, "eur", "cost", qualifier="about", subject=SUBJ, source="insurers", group="harland-insured-loss")])),
        P(S("Für Northline kommen direkte Kosten hinzu: Nach den Regeln der Provinz muss das Unternehmen jedem betroffenen Haushalt 75 Pfund für jeweils zwölf Stunden ohne Strom zahlen, sobald der Ausfall länger als einen Tag dauert.",
            claims=[Q("75 Pfund", 75, "gbp", "paid", subject=NL, group="harland-compensation"),
                    Q("jeweils zwölf Stunden", 12, "hour", "duration", subject="compensation", group="harland-compensation-hours")]),
          S("Analysten der Bank Marlow & Crane halten zudem ein Bußgeld der Regulierungsbehörde für möglich, das bis zu zehn Prozent des Jahresumsatzes von zuletzt 3,4 Milliarden Pfund erreichen könnte.",
            claims=[Q("bis zu zehn Prozent des Jahresumsatzes", 10, "percent", "fined", qualifier="up-to", subject=NL, source="marlow & crane", group="harland-fine"),
                    Q("3,4 Milliarden Pfund", 3400000000, "gbp", None, subject="northline turnover", group="harland-turnover")])),
        P(S("Northline hatte erst im November angekündigt, bis 2032 rund 4,6 Milliarden Pfund in das Netz zu investieren, davon 900 Millionen Pfund in die Erdverkabelung besonders gefährdeter Abschnitte.",
            claims=[Q("rund 4,6 Milliarden Pfund", 4600000000, "gbp", "pledged", qualifier="about", subject="northline investment plan", source=NL, group="harland-investment"),
                    Q("davon 900 Millionen Pfund", 900000000, "gbp", "pledged", subject="underground cabling", source=NL, group="harland-undergrounding")]),
          S("Der Konzern beschäftigt in Harland gut 6.300 Menschen.",
            claims=[Q("gut 6.300 Menschen", 6300, "worker", "employed", qualifier="more-than", subject=NL, group="harland-employees")])),
        P(S("Politisch wird die Lage für das Management ungemütlich."),
          S("Die Gewerkschaft UPLW wirft dem Unternehmen vor, die Wartung der Leitungen über Jahre vernachlässigt zu haben; Northline weist das als „haltlos“ zurück.",
            claims=[ST("Die Gewerkschaft UPLW wirft dem Unternehmen vor, die Wartung der Leitungen über Jahre vernachlässigt zu haben", NL, "neglected",
                       "maintenance of power lines", "harland-neglect", source=UN),
                    ST("Northline weist das als „haltlos“ zurück", NL, "neglected", "maintenance of power lines", "harland-neglect", source=NL, denial=True)]),
          S("Ob die Dividende von zuletzt 210 Millionen Pfund zu halten sei, ließ Finanzchef Hugh Arden in einer Telefonkonferenz offen.",
            claims=[Q("210 Millionen Pfund", 210000000, "gbp", "paid", subject=NL, group="harland-dividend")])),
    ],
    "removed": ["Wir und unsere Partner nutzen Cookies", "Akzeptieren", "24.01.2028, 11:45 Uhr", "Dr. Florian Wendt",
                "Artikel teilen · Merken · Drucken", "12 Monate keine Ordergebühren", "Mehr aus Energie",
                "Netzbetreiber in Europa: Der Investitionsstau wächst", "Strompreise: Was Versorger 2028 planen",
                "Details", "Themen: Energie · Versorger", "Impressum · Datenschutz · Abo"],
}

ARTICLES = [KBN, WELTECHO, KLAXON, BLOG, GRIDWEEK, WKURIER]
REWRITES = []


def files():
    site = kbn_site("23 January 2028, 19:15 GMT",
                    ["Ice storm: how to stay safe without power", "Carrow Airport cancels flights as freezing rain continues"])
    return {
        "harland-kbn.html": (render_html(KBN, site), False),
        "harland-klaxon.txt": (render_txt(KLAXON), False),
        "harland-standard-bearer.txt": (render_txt(BLOG), False),
        "harland-gridweek.txt": (render_txt(GRIDWEEK), False),
        "harland-wirtschaftskurier.html": (render_html(WKURIER, WK_SITE), False),
    }
