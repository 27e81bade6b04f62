"""dev29 story 4: the rail union GSV strikes at the state railway Kelvabahn (Kelvarien) for 48 hours from Tuesday, 5 October
2049. On Tuesday more than 1,800 trains are cancelled and only one intercity train in five runs; about 9,000 strikers by the
union's count, about 6,000 by the railway's; about 400,000 commuters affected by the ministry's count, half a million by a
tabloid's. The union wants 8.5 per cent more pay, Kelvabahn offers 4.2. The union says Kelvabahn has cut about 1,200
maintenance jobs since 2046; Kelvabahn denies it (maintenance staff up by 300). A coach operator lays on 120 extra coaches.

A German regional paper on Wednesday (Terlacher Rundschau, gzip text), an English tabloid on Wednesday (The Daily Thunder,
HTML), the coach operator's press release on Monday (FernLinie Busreisen GmbH, text: an advertorial) and a left-wing English
blog on Monday (Kelvaria Left Review, HTML: the union's charge as fact, no denial, a call to the picket line). Invented: all of it.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt

SID = "st-kelvabahn-strike"
EV = "ev-kelvabahn-strike"
STORY = {"id": SID, "label": "48-hour rail strike at Kelvabahn, Kelvarien",
         "events": [{"id": EV, "label": "The GSV union's strike over pay and maintenance jobs (4–6 October 2049)"}]}

EVENT = "kelvabahn strike"
TUE = T("2049-10-05", "2049-10-05")
Y2048 = T("2048-01-01", "2048-12-31")
JOBS = ("kelvabahn", "cut jobs", "maintenance staff")

GROUPS = [
    {"id": "strike-duration", "story": SID, "status": "agreed",
     "why": "A 48-hour strike (Rundschau, Left Review, FernLinie) and a two-day walkout (Daily Thunder)."},
    {"id": "strike-trains", "story": SID, "status": "agreed", "why": "More than 1,800 trains cancelled on Tuesday (Rundschau, Daily Thunder)."},
    {"id": "strike-intercity", "story": SID, "status": "agreed", "why": "Only one long-distance train in five ran (Rundschau 'jeder fünfte', Daily Thunder 'one in five')."},
    {"id": "strike-strikers", "story": SID, "status": "conflicting",
     "why": "About 9,000 strikers by the union (Rundschau, Daily Thunder, Left Review) against about 6,000 by Kelvabahn (Rundschau, Daily Thunder)."},
    {"id": "strike-commuters", "story": SID, "status": "conflicting",
     "why": "About 400,000 commuters affected (Rundschau, the transport ministry) against half a million stranded (Daily Thunder) on the same Tuesday."},
    {"id": "strike-demand", "story": SID, "status": "agreed", "why": "The union demands 8.5 per cent (Rundschau, Daily Thunder, Left Review)."},
    {"id": "strike-offer", "story": SID, "status": "agreed", "why": "Kelvabahn offers 4.2 per cent (Rundschau, Daily Thunder, Left Review)."},
    {"id": "strike-buses", "story": SID, "status": "agreed", "why": "120 extra coaches (Rundschau, Daily Thunder, FernLinie)."},
    {"id": "strike-jobs", "story": SID, "status": "disputed",
     "why": "The union says Kelvabahn cut maintenance jobs (Rundschau; Left Review as fact); Kelvabahn denies it (Rundschau)."},
    {"id": "strike-jobcount", "story": SID, "status": "disputed",
     "why": "About 1,200 maintenance jobs cut since 2046 (Rundschau, the union; Left Review) against Kelvabahn's counter-figure of 300 more maintenance staff (Rundschau)."},
    {"id": "strike-cost", "story": SID, "status": "compatible",
     "why": "€40–60 million a strike day (Rundschau, the employers' federation KWV) beside 'up to €60m a day' (Daily Thunder): a bound at one end of the range."},
    {"id": "strike-managers", "story": SID, "status": "single-source", "why": "Some 300 managers reportedly drafted in to drive trains (Daily Thunder only)."},
    {"id": "strike-brennpay", "story": SID, "status": "single-source", "why": "A commuter's two days' pay lost (Daily Thunder's quotation)."},
    {"id": "strike-inflation", "story": SID, "status": "single-source", "why": "Inflation of 7.9 per cent last year (Left Review only)."},
    {"id": "strike-connections", "story": SID, "status": "single-source", "why": "More than 40 direct coach connections (FernLinie only)."},
    {"id": "strike-fare", "story": SID, "status": "single-source", "why": "Tickets from €9.90 (FernLinie only)."},
    {"id": "strike-flpassengers", "story": SID, "status": "single-source", "why": "More than 1.2 million FernLinie passengers in 2048 (FernLinie only)."},
]

# ------------------------------------------------------------------ Terlacher Rundschau (de regional, gzip text; Wednesday)

TR = {
    "input": "dev29/bahnstreik-rundschau.txt.gz", "story": SID, "event": EV,
    "publisher": "Terlacher Rundschau", "published": "2049-10-06T06:00:00+02:00",
    "language": "de", "authors": ["Mirko Haldt"], "sensational": False,
    "pre": ["Terlacher Rundschau", "Mittwoch, 6. Oktober 2049", "Von Mirko Haldt"],
    "blocks": [
        H("Bahnstreik legt Kelvarien lahm – Pendler weichen auf Busse aus"),
        P(S("Der 48-stündige Streik der Gewerkschaft GSV hat am Dienstag den Bahnverkehr in weiten Teilen Kelvariens lahmgelegt.",
            claims=[Q("48-stündige", 48, "hour", "duration", subject=EVENT, group="strike-duration")]),
          S("Mehr als 1.800 Züge fielen aus, im Fernverkehr fuhr nur jeder fünfte Zug.",
            claims=[Q("Mehr als 1.800 Züge", 1800, None, None, "more-than", subject="kelvabahn trains", group="strike-trains", time=TUE),
                    Q("jeder fünfte Zug", 20, "percent", None, subject="kelvabahn long-distance trains", group="strike-intercity", time=TUE)])),
        P(S("Nach Angaben der GSV beteiligten sich rund 9.000 Beschäftigte am Ausstand, die Kelvabahn sprach von etwa 6.000.",
            claims=[Q("rund 9.000 Beschäftigte", 9000, "worker", None, "about", subject=EVENT, source="gsv", group="strike-strikers", time=TUE),
                    Q("etwa 6.000", 6000, "worker", None, "about", subject=EVENT, source="kelvabahn", group="strike-strikers", time=TUE)]),
          S("Betroffen waren laut Verkehrsministerium rund 400.000 Pendler.",
            claims=[Q("rund 400.000 Pendler", 400000, "passenger", "affected", "about", subject=EVENT, source="transport ministry", group="strike-commuters", time=TUE)]),
          S("Der Arbeitgeberverband KWV beziffert den Schaden für die Wirtschaft auf 40 bis 60 Millionen Euro pro Streiktag.",
            claims=[Q("40 bis 60 Millionen Euro", None, "eur", "cost", "range", low=40000000, high=60000000, subject=EVENT, source="kwv", group="strike-cost")])),
        P(S("Die GSV fordert 8,5 Prozent mehr Lohn, die Bahn bietet 4,2 Prozent.",
            claims=[Q("8,5 Prozent mehr Lohn", 8.5, "percent", "increase", subject="gsv", group="strike-demand"),
                    Q("4,2 Prozent", 4.2, "percent", "increase", subject="kelvabahn", group="strike-offer")]),
          S("Zudem wirft die Gewerkschaft dem Konzern vor, seit 2046 rund 1.200 Stellen in der Instandhaltung abgebaut zu haben.",
            claims=[ST("wirft die Gewerkschaft dem Konzern vor, seit 2046 rund 1.200 Stellen in der Instandhaltung abgebaut zu haben", *JOBS, "strike-jobs", source="gsv"),
                    Q("rund 1.200 Stellen", 1200, "job", "cut", "about", subject="kelvabahn", source="gsv", group="strike-jobcount", time=T("2046-01-01", "2049-10-06"))]),
          S("Die Kelvabahn wies das zurück: Die Zahl der Instandhalter sei seit 2046 sogar um 300 gestiegen.",
            claims=[ST("Die Kelvabahn wies das zurück", *JOBS, "strike-jobs", source="kelvabahn", denial=True),
                    Q("um 300", 300, "worker", "increase", subject="kelvabahn", source="kelvabahn", hedged=True, group="strike-jobcount", time=T("2046-01-01", "2049-10-06"))])),
        P(S("Viele Pendler stiegen auf Fernbusse um; der Anbieter FernLinie setzte nach eigenen Angaben 120 zusätzliche Busse ein.",
            claims=[Q("120 zusätzliche Busse", 120, "vehicle", "deployed", subject="fernlinie", source="fernlinie", group="strike-buses", time=TUE)]),
          S("„Heute früh war der Bahnsteig wie leer gefegt“, sagte eine Pendlerin am Terlacher Hauptbahnhof.", "quote")),
        P(S("Der Streik soll am Donnerstag um 3 Uhr enden."),
          S("Wann die Tarifparteien wieder verhandeln, ist offen.")),
    ],
    "post": ["Terlacher Rundschau · Lokales · Abo-Service: 0471 55 00 55", "Alle Rechte vorbehalten."],
    "removed": ["Von Mirko Haldt", "Abo-Service", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ The Daily Thunder (en tabloid, HTML; Wednesday)

DT_SITE = {
    "nav": ["News", "Sport", "Showbiz", "Money", "Motors", "Puzzles", "Bingo"],
    "cookie": "We and our 187 partners store and access information on your device. Click OK to consent.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "6 Oct 2049, 05:15",
    "share": "Share on WhatsApp · Facebook · Email",
    "ad": "ADVERTISEMENT: Win a brand-new hatchback for just 99p!",
    "related_title": "Most read",
    "related": ["Soap star's secret wedding on cruise ship", "Thunder Bingo: £10,000 jackpot tonight"],
    "footer": "© Thunder Media Group 2049. Terms & Conditions · Privacy Policy",
    "inline": '<div class="poll"><p>HAVE YOUR SAY: Should rail strikes be banned? Vote now!</p></div>',
    "inline_at": 2,
}

DT = {
    "input": "dev29/rail-strike-thunder.html", "story": SID, "event": EV,
    "publisher": "The Daily Thunder", "published": "2049-10-06T05:15:00+02:00",
    "language": "en", "authors": ["Gavin Pryor"], "sensational": True,
    "blocks": [
        H("RAIL STRIKE MISERY: HALF A MILLION COMMUTERS STRANDED AS UNION BOSSES DIG IN",
          claims=[Q("HALF A MILLION COMMUTERS", 500000, "passenger", "affected", subject=EVENT, group="strike-commuters", time=TUE)],
          loaded=[L("MISERY", "alarmist"), L("UNION BOSSES", "demonising")]),
        P(S("Furious commuters were left stranded across Kelvaria yesterday as militant rail workers began a two-day walkout.",
            claims=[Q("two-day walkout", 2, "day", "duration", subject=EVENT, group="strike-duration")],
            loaded=[L("militant", "demonising")])),
        P(S("More than 1,800 trains were axed on Tuesday alone, and only one in five intercity trains ran.",
            claims=[Q("More than 1,800 trains", 1800, None, None, "more-than", subject="kelvabahn trains", group="strike-trains", time=TUE),
                    Q("one in five intercity trains", 20, "percent", None, subject="kelvabahn long-distance trains", group="strike-intercity", time=TUE)]),
          S("The GSV union says 9,000 members joined the walkout, while Kelvabahn puts the figure at about 6,000.",
            claims=[Q("9,000 members", 9000, "worker", None, subject=EVENT, source="gsv", group="strike-strikers", time=TUE),
                    Q("about 6,000", 6000, "worker", None, "about", subject=EVENT, source="kelvabahn", group="strike-strikers", time=TUE)])),
        P(S("Union bosses are demanding an 8.5 per cent pay rise and have thrown out Kelvabahn's offer of 4.2 per cent.",
            claims=[Q("8.5 per cent pay rise", 8.5, "percent", "increase", subject="gsv", group="strike-demand"),
                    Q("4.2 per cent", 4.2, "percent", "increase", subject="kelvabahn", group="strike-offer")],
            loaded=[L("Union bosses", "demonising")]),
          S("The employers' federation KWV says the walkout is costing the economy up to €60m a day.",
            claims=[Q("up to €60m", 60000000, "eur", "cost", "up-to", subject=EVENT, source="kwv", group="strike-cost")]),
          S("Kelvabahn has reportedly drafted in some 300 managers to drive trains.",
            claims=[Q("some 300 managers", 300, "person", "deployed", "about", subject="kelvabahn", hedged=True, group="strike-managers", time=TUE)])),
        P(S("\"I've lost two days' pay because of this,\" said nurse Carla Brenn, 34, stranded at Terlach Central.", "quote",
            claims=[Q("two days' pay", 2, "day", None, subject="carla brenn", source="carla brenn", group="strike-brennpay")])),
        P(S("Coach firm FernLinie said it had laid on 120 extra coaches.",
            claims=[Q("120 extra coaches", 120, "vehicle", "deployed", subject="fernlinie", source="fernlinie", group="strike-buses", time=TUE)])),
        P(S("Enough is enough: these strikes are holding the whole country to ransom.", "opinion",
            loaded=[L("holding the whole country to ransom", "demonising")])),
    ],
    "removed": ["187 partners", "brand-new hatchback", "HAVE YOUR SAY", "Soap star's secret wedding", "Thunder Media Group"],
}

# ------------------------------------------------------------------ FernLinie press release (de advertorial, text; Monday)

FL = {
    "input": "dev29/fernlinie-pressemitteilung.txt", "story": SID, "event": EV,
    "publisher": "FernLinie Busreisen GmbH", "published": "2049-10-04",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Terlach, 4. Oktober 2049"],
    "blocks": [
        H("Bahnstreik? Kein Problem: FernLinie bringt Sie ans Ziel"),
        P(S("Während des 48-stündigen Bahnstreiks setzt FernLinie ab Dienstag 120 zusätzliche Busse auf den wichtigsten Strecken ein.",
            claims=[Q("48-stündigen", 48, "hour", "duration", subject=EVENT, source="fernlinie", group="strike-duration"),
                    Q("120 zusätzliche Busse", 120, "vehicle", "deployed", subject="fernlinie", source="fernlinie", group="strike-buses", time=TUE)]),
          S("Damit bietet das Unternehmen mehr als 40 Direktverbindungen zwischen Terlach, Orlitz, Velmar und Brannfeld an.",
            claims=[Q("mehr als 40 Direktverbindungen", 40, None, None, "more-than", subject="fernlinie", source="fernlinie", group="strike-connections", time=TUE)])),
        P(S("Tickets gibt es bereits ab 9,90 Euro – bequem online oder in der FernLinie-App.",
            claims=[Q("ab 9,90 Euro", 9.9, "eur", "cost", "at-least", subject="fernlinie tickets", source="fernlinie", group="strike-fare")]),
          S("FernLinie ist die clevere Alternative zum Streikchaos: pünktlich, günstig und mit kostenlosem WLAN an Bord.", "opinion",
            loaded=[L("clevere Alternative", "glorifying"), L("Streikchaos", "alarmist")])),
        P(S("„Wir lassen die Menschen in Kelvarien nicht im Stich“, sagt FernLinie-Geschäftsführerin Dana Kovač.", "quote")),
        P(S("Über FernLinie: Die FernLinie Busreisen GmbH mit Sitz in Terlach beförderte im vergangenen Jahr mehr als 1,2 Millionen Fahrgäste.",
            claims=[Q("mehr als 1,2 Millionen Fahrgäste", 1200000, "passenger", None, "more-than", subject="fernlinie", source="fernlinie", group="strike-flpassengers", time=Y2048)])),
    ],
    "post": ["Pressekontakt: FernLinie Busreisen GmbH, Unternehmenskommunikation", "presse@fernlinie.example · Tel. 0471 90 30 30"],
    "removed": ["Pressekontakt", "presse@fernlinie.example", "0471 90 30 30"],
}

# ------------------------------------------------------------------ Kelvaria Left Review (en left-wing blog, HTML; Monday)

LR_SITE = {
    "nav": ["Home", "Labour", "Housing", "Climate", "Opinion", "Donate"],
    "cookie": "This site uses only essential cookies. No tracking, no ads from corporations.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "4 October 2049",
    "share": "Share · Print · 23 responses",
    "ad": "Support independent left journalism: become a member from €3 a month",
    "related_title": "Related",
    "related": ["Why the rail privatisers got it wrong", "Strike diary: voices from the depot"],
    "footer": "Kelvaria Left Review · Published by the Oster Collective · Content under CC BY-SA",
    "after": '<p class="tags">Tags: Kelvabahn, GSV, strike, solidarity</p>',
}

LR = {
    "input": "dev29/rail-strike-leftreview.html", "story": SID, "event": EV,
    "publisher": "Kelvaria Left Review", "published": "2049-10-04T17:00:00+02:00",
    "language": "en", "authors": ["Nadia Oster"], "sensational": False,
    "blocks": [
        H("Stand with the rail workers: this strike is about safety, not just pay"),
        P(S("From Tuesday, some 9,000 rail workers will walk out for 48 hours, and they deserve every commuter's support.", "opinion",
            claims=[Q("some 9,000 rail workers", 9000, "worker", None, "about", subject=EVENT, group="strike-strikers", time=TUE),
                    Q("48 hours", 48, "hour", "duration", subject=EVENT, group="strike-duration")]),
          S("Talks with Kelvabahn broke down last week.")),
        P(S("Since 2046, Kelvabahn's bosses have cut 1,200 maintenance jobs while paying themselves record bonuses.",
            claims=[ST("Since 2046, Kelvabahn's bosses have cut 1,200 maintenance jobs", *JOBS, "strike-jobs"),
                    Q("1,200 maintenance jobs", 1200, "job", "cut", subject="kelvabahn", group="strike-jobcount", time=T("2046-01-01", "2049-10-04"))]),
          S("Broken signals and rusting points are the result.", "opinion")),
        P(S("The union is asking for 8.5%, barely enough to make up for last year's inflation of 7.9%.", "opinion",
            claims=[Q("8.5%", 8.5, "percent", "increase", subject="gsv", group="strike-demand"),
                    Q("7.9%", 7.9, "percent", "increase", subject="kelvaria inflation", group="strike-inflation", time=Y2048)]),
          S("Management's \"generous\" offer of 4.2% is an insult.", "opinion",
            claims=[Q("4.2%", 4.2, "percent", "increase", subject="kelvabahn", group="strike-offer")],
            loaded=[L("generous", "glorifying", "distancing"), L("insult", "demonising")])),
        P(S("Join the picket line at Terlach Central on Tuesday from 6 a.m., and give what you can to the strike fund.", "opinion")),
    ],
    "removed": ["become a member from €3 a month", "Oster Collective", "Tags: Kelvabahn, GSV", "Strike diary", "23 responses"],
}

ARTICLES = [TR, DT, FL, LR]

REWRITES = []


def files():
    return {
        "bahnstreik-rundschau.txt.gz": (render_txt(TR), True),
        "rail-strike-thunder.html": (render_html(DT, DT_SITE), False),
        "fernlinie-pressemitteilung.txt": (render_txt(FL), False),
        "rail-strike-leftreview.html": (render_html(LR, LR_SITE), False),
    }
