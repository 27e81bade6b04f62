"""heldout4 story 5: toll-road billing fraud at Vialtis Mobility, operator of the Brackwater Expressway
tolls in the province of Aldmere (charges announced 15 May 2029).

A business daily's page, the Continental Press Wire's item (JSON Lines `text`, same wire and file as
its legionella report) and a motorists' association's press release. This module also writes the two
files shared with other stories: `landbote.rss` (legionella follow-up, drought) and `newsdesk.jsonl`
(the legionella rewrite and English wire report, this story's wire item). Invented by a thirteenth
writer: province, company, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline
from heldout4_lib import G, single_source_groups, text_without_headline
import heldout4_legionella as legio
import heldout4_drought as drought

SID = "st-vialtis-toll-fraud"
EV = "ev-vialtis-charges"
STORY = {"id": SID, "label": "Toll billing fraud at Vialtis Mobility on the Brackwater Expressway",
         "events": [{"id": EV, "label": "Regulator's audit and fraud charges against Vialtis and three managers (15 May 2029)"}]}

VT = "vialtis mobility"
AG = "denise whitcombe"
ORR = "office of the road regulator"
PERIOD = T("2027-01-01", "2029-02-28")
DAY = T("2029-05-15", "2029-05-15")
ACC = ("overbilled", "motorists knowingly")

GROUPS = [
    G("toll-overbilled-sum", SID, "agreed", "$38.6 million overbilled (business daily, wire); the league's 'nearly $40 million' allows it."),
    G("toll-accounts", SID, "conflicting",
      "About 412,000 account holders overbilled (regulator via business daily and wire) against 'more than half a million drivers' (motorists' league)."),
    G("toll-fee", SID, "agreed", "A late-payment penalty of $25 (business daily, league)."),
    G("toll-months", SID, "agreed", "Over 26 months (business daily, wire); the business daily's 'more than two years' is a bound of the same span."),
    G("toll-shares", SID, "agreed", "Vialtis shares fell 17% / 17.2% (business daily, wire)."),
    G("toll-contract", SID, "agreed", "A $1.1 billion contract (business daily, wire)."),
    G("toll-contract-years", SID, "agreed", "A 15-year contract (business daily, wire)."),
    G("toll-penalties", SID, "agreed", "The attorney general seeks up to $120 million in penalties (business daily, wire)."),
    G("toll-managers", SID, "agreed", "Three managers charged (business daily, wire, league)."),
    G("toll-complaints", SID, "compatible", "'More than 2,000 complaints' (business daily) is a looser figure beside the league's 2,300."),
    G("toll-trips", SID, "agreed", "About 3.1 million trips a month (business daily, wire)."),
    G("toll-knowingly", SID, "disputed",
      "The attorney general says Vialtis knowingly overbilled motorists; Vialtis denies intent and blames a software fault (all three articles carry both)."),
    G("toll-refund-days", SID, "agreed", "Refunds within 60 days (business daily, league)."),
    G("toll-staff", SID, "agreed", "About 1,900 employees (business daily, wire)."),
]

BBD_SITE = {
    "nav": ["Markets", "Companies", "Economy", "Transport", "Opinion", "Podcasts"],
    "cookie": "This site uses cookies. By continuing to browse you agree to our use of cookies.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "May 16, 2029 6:00 a.m.",
    "share": "Share: LinkedIn · X · Email",
    "ad": "Advertisement — Bayline Pro: real-time market data from $29 a month",
    "related_title": "More from Transport",
    "related": ["Port of Hallam posts record container volumes", "Why toll operators are betting on number-plate cameras",
                "Regulator fines rail franchise over late trains"],
    "footer": "© 2029 Bayline Business Daily · Terms · Privacy · Advertise",
    "after": '<div class="newsletter"><p>Get the Bayline Morning Brief — the five stories markets are watching, every weekday at 6 a.m.</p></div>',
}

BBD = {
    "input": "heldout4/vialtis-bayline.html", "story": SID, "event": EV,
    "publisher": "Bayline Business Daily", "published": "2029-05-16T06:00:00-04:00",
    "language": "en", "authors": ["Oliver Rask", "Priya Mandel"], "sensational": False,
    "blocks": [
        H("Vialtis shares slump 17% as Aldmere charges toll operator with fraud",
          claims=[Q("slump 17%", 17, "percent", "decrease", subject="vialtis shares", group="toll-shares", time=DAY)]),
        P(S("Shares in Vialtis Mobility fell 17% on Tuesday after Aldmere's attorney general charged the toll operator and three of its current and former managers with fraud, alleging that they knowingly overbilled motorists on the Brackwater Expressway for more than two years.",
            claims=[Q("fell 17%", 17, "percent", "decrease", subject="vialtis shares", group="toll-shares", time=DAY),
                    Q("three of its current and former managers", 3, "person", None, subject=VT, source=AG, group="toll-managers"),
                    ST("alleging that they knowingly overbilled motorists on the Brackwater Expressway", VT, ACC[0], ACC[1], "toll-knowingly",
                       source=AG),
                    Q("for more than two years", 2, "year", "duration", qualifier="more-than", subject="overbilling", source=AG,
                      group="toll-months")]),
          S("An audit by the Office of the Road Regulator found that about 412,000 account holders were charged a total of $38.6 million too much over 26 months, Attorney General Denise Whitcombe told a news conference.",
            claims=[Q("about 412,000 account holders", 412000, "person", None, qualifier="about", subject="overbilled accounts", source=AG,
                      group="toll-accounts", time=PERIOD),
                    Q("a total of $38.6 million too much", 38600000, "usd", "paid", subject="overbilled accounts", source=AG,
                      group="toll-overbilled-sum", time=PERIOD),
                    Q("over 26 months", 26, "month", "duration", subject="overbilling", source=AG, group="toll-months")])),
        P(S("Most of the excess came from a $25 late-payment penalty that, according to the charges, was added to bills that had been paid on time, and from trips that the system recorded but that never took place.",
            claims=[Q("a $25 late-payment penalty", 25, "usd", "fined", subject="late-payment penalty", group="toll-fee")]),
          S("The state is seeking penalties of up to $120 million.",
            claims=[Q("up to $120 million", 120000000, "usd", "fined", qualifier="up-to", subject=VT, source=AG, group="toll-penalties")]),
          S("“This was not a glitch,” Whitcombe said.", "quote"),
          S("“People were billed for journeys they never made, and when they complained, they were told the computer was right.”", "quote")),
        P(S("Vialtis denied any intent to deceive and blamed a fault in billing software it bought from a U.S. vendor in 2026.",
            claims=[ST("Vialtis denied any intent to deceive", VT, ACC[0], ACC[1], "toll-knowingly", source=VT, denial=True)]),
          S("The company said it would refund every affected customer within 60 days and had set aside $45 million to cover refunds and costs.",
            claims=[Q("within 60 days", 60, "day", "duration", qualifier="up-to", subject="refunds", source=VT, group="toll-refund-days"),
                    Q("$45 million", 45000000, "usd", "pledged", subject="refund provision", source=VT, group="toll-provision")]),
          S("“We regret the errors and we will put every cent right,” chief executive Martin Hale said in a statement.", "quote")),
        P(S("The charges put at risk Vialtis's largest contract, a 15-year concession worth $1.1 billion that it won in 2021 and that accounts for almost 40% of its revenue.",
            claims=[Q("15-year", 15, "year", "duration", subject="toll concession", group="toll-contract-years"),
                    Q("$1.1 billion", 1100000000, "usd", None, subject="toll concession", group="toll-contract"),
                    Q("almost 40% of its revenue", 40, "percent", None, qualifier="about", subject="toll concession", group="toll-revenue-share")]),
          S("The expressway handles some 3.1 million toll trips a month.",
            claims=[Q("some 3.1 million toll trips a month", 3100000, None, None, qualifier="about", subject="brackwater expressway",
                      group="toll-trips")]),
          S("The regulator had received more than 2,000 complaints about Vialtis bills since 2027, up 140% on the previous two years, according to its annual report.",
            claims=[Q("more than 2,000 complaints", 2000, "complaint", None, qualifier="more-than", subject=VT, source=ORR,
                      group="toll-complaints"),
                    Q("up 140%", 140, "percent", "increase", subject="complaints", source=ORR, group="toll-complaints-rise")])),
        P(S("Analysts were divided on the damage."),
          S("“Even if the concession survives, the refunds and fines could wipe out two years of profit,” said Tessa Varga, an analyst at Kerrow Securities, who cut her price target to $14 from $21.", "quote",
            claims=[Q("to $14", 14, "usd", None, subject="vialtis price target", source="tessa varga", group="toll-target"),
                    Q("from $21", 21, "usd", None, subject="vialtis earlier price target", source="tessa varga", group="toll-target-old")]),
          S("Vialtis's market value fell by about $310 million on the day, to roughly $1.5 billion.",
            claims=[Q("about $310 million", 310000000, "usd", "decrease", qualifier="about", subject="vialtis market value", group="toll-mcap-fall",
                      time=DAY),
                    Q("roughly $1.5 billion", 1500000000, "usd", None, qualifier="about", subject="vialtis market value", group="toll-mcap",
                      time=DAY)]),
          S("The board, chaired by retired Gen. Robert Ames, met late on Tuesday and suspended two of the three managers.",
            claims=[Q("two of the three managers", 2, "person", None, subject=VT, group="toll-suspended")]),
          S("Vialtis, which employs about 1,900 people, reported net profit of $61 million last year.",
            claims=[Q("about 1,900 people", 1900, "person", "employed", qualifier="about", subject=VT, group="toll-staff"),
                    Q("net profit of $61 million", 61000000, "usd", None, subject=VT, group="toll-profit")])),
    ],
    "removed": ["This site uses cookies", "Got it", "May 16, 2029 6:00 a.m.", "Oliver Rask", "Bayline Pro: real-time market data",
                "More from Transport", "Port of Hallam posts record container volumes",
                "Why toll operators are betting on number-plate cameras", "Regulator fines rail franchise over late trains",
                "Get the Bayline Morning Brief", "Terms · Privacy · Advertise"],
}

CPW = {
    "input": "heldout4/newsdesk.jsonl#cpw-5531740", "story": SID, "event": EV,
    "publisher": "Continental Press Wire", "published": "2029-05-15T21:40:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Aldmere charges toll operator Vialtis with fraud over $38.6 million in overbilling",
          claims=[Q("$38.6 million in overbilling", 38600000, "usd", None, subject="overbilled accounts", group="toll-overbilled-sum", time=PERIOD)]),
        P(S("PORT HALLAM, May 15 (CPW) - Aldmere's attorney general on Tuesday charged Vialtis Mobility and three managers with fraud, accusing the company of knowingly overcharging 412,000 toll-road account holders by a combined $38.6 million.",
            claims=[Q("three managers", 3, "person", None, subject=VT, source=AG, group="toll-managers"),
                    ST("accusing the company of knowingly overcharging", VT, ACC[0], ACC[1], "toll-knowingly", source=AG),
                    Q("412,000 toll-road account holders", 412000, "person", None, subject="overbilled accounts", source=AG,
                      group="toll-accounts", time=PERIOD),
                    Q("a combined $38.6 million", 38600000, "usd", "paid", subject="overbilled accounts", source=AG,
                      group="toll-overbilled-sum", time=PERIOD)]),
          S("The overbilling ran for 26 months, from January 2027, and affected drivers on the Brackwater Expressway, which carries about 3.1 million toll trips a month, the state said.",
            claims=[Q("ran for 26 months", 26, "month", "duration", subject="overbilling", source="state", group="toll-months"),
                    Q("about 3.1 million toll trips a month", 3100000, None, None, qualifier="about", subject="brackwater expressway",
                      source="state", group="toll-trips")])),
        P(S("Prosecutors are seeking up to $120 million in penalties.",
            claims=[Q("up to $120 million", 120000000, "usd", "fined", qualifier="up-to", subject=VT, source="prosecutors",
                      group="toll-penalties")]),
          S("Vialtis, which holds a $1.1 billion, 15-year concession to run the tolls, said the charges were unfounded and that the errors were caused by faulty software.",
            claims=[Q("$1.1 billion", 1100000000, "usd", None, subject="toll concession", group="toll-contract"),
                    Q("15-year", 15, "year", "duration", subject="toll concession", group="toll-contract-years"),
                    ST("said the charges were unfounded", VT, ACC[0], ACC[1], "toll-knowingly", source=VT, denial=True)]),
          S("Shares in the company, which employs about 1,900 people, closed 17.2% lower.",
            claims=[Q("about 1,900 people", 1900, "person", "employed", qualifier="about", subject=VT, group="toll-staff"),
                    Q("closed 17.2% lower", 17.2, "percent", "decrease", subject="vialtis shares", group="toll-shares", time=DAY)]),
          S("According to the regulator's audit, 61% of the excess came from late-payment penalties on bills that had been paid on time, and the rest from trips logged by faulty roadside cameras.",
            claims=[Q("61% of the excess", 61, "percent", None, subject="overbilling from penalties", source=ORR, group="toll-penalty-share")]),
          S("A former billing director was arrested on Monday and released on bail of $250,000, court records showed.",
            claims=[ST("A former billing director was arrested on Monday", "police", "arrested", "former vialtis billing director",
                       "toll-arrest", source="court"),
                    Q("bail of $250,000", 250000, "usd", "paid", subject="former billing director", source="court", group="toll-bail")])),
    ],
    "post": ["(Reporting by Maren Holt; Editing by Dev Anand)"],
    "removed": ["(Reporting by Maren Holt; Editing by Dev Anand)"],
}

LEAGUE = {
    "input": "heldout4/vialtis-motorists-league.txt", "story": SID, "event": EV,
    "publisher": "Aldmere Motorists' League", "published": "2029-05-17T10:00:00-04:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["Aldmere Motorists' League", "May 17, 2029", "10:00 a.m.", "FOR IMMEDIATE RELEASE"],
    "blocks": [
        H("Vialtis must pay back every driver — with interest"),
        P(S("The Aldmere Motorists' League welcomes the fraud charges against Vialtis Mobility and calls on the province to strip the company of its toll concession if the allegations are proven.", "opinion"),
          S("According to our own survey of members, more than half a million drivers were hit by false toll bills, far more than the 412,000 accounts the regulator has identified.",
            claims=[Q("more than half a million drivers", 500000, "person", None, qualifier="more-than", subject="overbilled accounts",
                      source="aldmere motorists' league", group="toll-accounts", time=PERIOD),
                    Q("the 412,000 accounts the regulator has identified", 412000, None, None, subject="overbilled accounts", source=ORR,
                      group="toll-accounts", time=PERIOD)]),
          S("Since 2027 we have passed 2,300 complaints to the regulator, many of them about the notorious $25 “late fee” charged on bills that were paid on time.",
            claims=[Q("2,300 complaints", 2300, "complaint", None, subject=VT, source="aldmere motorists' league", group="toll-complaints"),
                    Q("$25 “late fee”", 25, "usd", "fined", subject="late-payment penalty", group="toll-fee")],
            loaded=[L("“late fee”", "euphemism", "distancing"), L("notorious", "demonising")])),
        P(S("In total, drivers were overcharged by nearly $40 million, the attorney general says.",
            claims=[Q("nearly $40 million", 40000000, "usd", "paid", qualifier="about", subject="overbilled accounts", source=AG,
                      group="toll-overbilled-sum", time=PERIOD)]),
          S("Vialtis calls it a software error and allegedly knew about the problem as early as the summer of 2027.",
            claims=[ST("Vialtis calls it a software error", VT, ACC[0], ACC[1], "toll-knowingly", source=VT, denial=True),
                    ST("allegedly knew about the problem as early as the summer of 2027", VT, ACC[0], ACC[1], "toll-knowingly", hedged=True)]),
          S("Our members tell us the average overcharge was $94, and some were billed more than $1,000 for journeys they never made.",
            claims=[Q("the average overcharge was $94", 94, "usd", "paid", subject="overbilled accounts", source="aldmere motorists' league",
                      group="toll-average"),
                    Q("more than $1,000", 1000, "usd", "paid", qualifier="more-than", subject="overbilled accounts",
                      source="aldmere motorists' league", group="toll-max")]),
          S("Three managers now face charges.",
            claims=[Q("Three managers", 3, "person", None, subject=VT, group="toll-managers")]),
          S("Toll roads in Aldmere already cost the average commuter $1,150 a year, up 12% since Vialtis took over, according to the province's own figures.",
            claims=[Q("$1,150 a year", 1150, "usd", "cost", subject="average commuter tolls", source="province", group="toll-commuter-cost"),
                    Q("up 12%", 12, "percent", "increase", subject="average commuter tolls", source="province", group="toll-commuter-rise")]),
          S("Every one of our 640,000 members deserves to know whether they were among the victims.", "opinion",
            claims=[Q("our 640,000 members", 640000, "person", "size", subject="aldmere motorists' league", group="toll-league-members")]),
          S("A company that cashes in on its customers' trust for years does not deserve to run a public road.", "opinion",
            loaded=[L("cashes in on", "demonising")])),
        H("We call on the province to:"),
        LI(S("make Vialtis refund every overcharged driver within 60 days, plus 8% interest;", "opinion",
             claims=[Q("within 60 days", 60, "day", "duration", qualifier="up-to", subject="refunds", group="toll-refund-days"),
                     Q("plus 8% interest", 8, "percent", None, subject="refunds", group="toll-interest")])),
        LI(S("scrap the $25 late fee on all toll roads in Aldmere;", "opinion",
             claims=[Q("$25 late fee", 25, "usd", "fined", subject="late-payment penalty", group="toll-fee")])),
        LI(S("set up an independent ombudsman for toll disputes.", "opinion")),
        P(S("Drivers who think they were overcharged can check their account with our free online tool.", "opinion"),
          S("Don't let them keep a single cent!", "opinion")),
    ],
    "post": ["About the League: The Aldmere Motorists' League represents 640,000 members and has campaigned for fair motoring since 1931.",
             "Press office: Jim Callaghan, 555-0172, press@aldmere-league.example",
             "-ENDS-"],
    "removed": ["FOR IMMEDIATE RELEASE", "About the League", "represents 640,000 members", "Press office: Jim Callaghan", "555-0172",
                "-ENDS-"],
}

ARTICLES = [BBD, CPW, LEAGUE]
GROUPS = single_source_groups(SID, GROUPS, ARTICLES)
REWRITES = []

CHANNEL = {"title": "Grävenauer Landbote – Region", "link": "https://graevenauer-landbote.example/region",
           "description": "Nachrichten aus Grävenau, Oberhelm und dem Helmtal", "language": "de"}

LB_EXTRA = ('<p class="paywall">Landbote Plus: Alle Artikel für 7,90 € im Monat – jetzt testen</p>\n'
            '<p class="section">Lokales aus dem Kreis {kreis}</p>')


def files():
    lines = [
        {"id": "rk-20290306-117", "url": "https://regio-kompakt.example/region/kreisklinikum-legionellen-117",
         "title": headline(legio.KOMPAKT), "html": render_html(legio.KOMPAKT, legio.KOMPAKT_SITE),
         "publisher": legio.KOMPAKT["publisher"], "published": legio.KOMPAKT["published"], "language": "de"},
        {"id": "cpw-5510298", "url": "https://cpw.example/world/graevenau-legionnaires-5510298",
         "title": headline(legio.CPW), "text": text_without_headline(legio.CPW), "publisher": legio.CPW["publisher"],
         "published": legio.CPW["published"], "language": "en"},
        {"id": "cpw-5531740", "url": "https://cpw.example/business/vialtis-fraud-charges-5531740",
         "title": headline(CPW), "text": text_without_headline(CPW), "publisher": CPW["publisher"],
         "published": CPW["published"], "language": "en"},
    ]
    return {
        "vialtis-bayline.html": (render_html(BBD, BBD_SITE), False),
        "vialtis-motorists-league.txt": (render_txt(LEAGUE), False),
        "newsdesk.jsonl": (render_jsonl(lines), False),
        "landbote.rss": (render_rss(CHANNEL, [
            (drought.LANDBOTE, "lb-2029-07-24-trockenheit", "https://graevenauer-landbote.example/region/trockenheit-helmtal",
             LB_EXTRA.format(kreis="Oberhelm")),
            (legio.LANDBOTE, "lb-2029-03-13-legionellen", "https://graevenauer-landbote.example/region/legionellen-fuenf-tote",
             LB_EXTRA.format(kreis="Grävenau")),
        ]), False),
    }
