"""dev15 story 4: the pilots of the Veskanian airline Altavia strike for 48 hours (Thursday and Friday, 6–7 March 2031);
the pilots' union CBV says Altavia uses chartered crews of Polaris Charter to break the strike, the airline denies it.

The airline's German press release on the eve of the strike (its own figures, the denial with a counter-figure), an
English wire report on Thursday morning, its rewrite by an English aggregator (JSON Lines item with `html`; the file also
holds the Harzlingen aggregator item), and a German left-wing blog on Thursday evening (RSS) that states the union's charge
as fact, omits the denial, gives the union's higher count of cancelled flights and calls for a rally. Invented by the
Parallax team: country, airline, union, charter firm, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline

import dev15_harzlingen

SID = "st-altavia-strike"
EV = "ev-altavia-strike"
STORY = {"id": SID, "label": "Altavia pilots strike for 48 hours",
         "events": [{"id": EV, "label": "Altavia's pilots strike for 48 hours over pay; 640 of 980 flights cancelled on the first day (6–7 March 2031)"}]}

ALT = "altavia"
CBV = "cbv"
STRIKE = "altavia pilots strike"
THU = T("2031-03-06", "2031-03-06")
STRIKE_DAYS = T("2031-03-06", "2031-03-07")
STRIKEBREAK = ("altavia", "deployed", "chartered crews to break the strike")

GROUPS = [
    {"id": "al-duration", "story": SID, "status": "agreed",
     "why": "A strike of 48 hours (Altavia's release; Meridian; Skimline, headline and body) is the blog's 'zwei Tage'."},
    {"id": "al-cancelled", "story": SID, "status": "conflicting",
     "why": "640 flights cancelled on Thursday by Altavia's count (release headline and body, Meridian, Skimline) against 'mehr als 700' by the union's count (Klartext von unten); nobody denies, two sources put the figure in different places."},
    {"id": "al-scheduled", "story": SID, "status": "agreed",
     "why": "980 scheduled flights, the whole the 640 are counted from (release, Meridian, Skimline)."},
    {"id": "al-share", "story": SID, "status": "agreed", "why": "About two-thirds of the flights (Meridian and Skimline headlines)."},
    {"id": "al-passengers", "story": SID, "status": "compatible",
     "why": "About 85,000 passengers affected (Altavia via the release, Meridian, Skimline); the blog's 'Zehntausende' is a looser bound."},
    {"id": "al-pilots", "story": SID, "status": "agreed", "why": "About 1,350 pilots (Meridian, Klartext von unten)."},
    {"id": "al-demand", "story": SID, "status": "agreed", "why": "The union demands 12 percent (release, Meridian, Skimline, blog)."},
    {"id": "al-term", "story": SID, "status": "agreed", "why": "Over two years (release, Meridian, Skimline, blog)."},
    {"id": "al-offer", "story": SID, "status": "agreed", "why": "Altavia offers 6.5 percent (release, Meridian, Skimline, blog)."},
    {"id": "al-vote", "story": SID, "status": "agreed", "why": "94 percent of the members voted for the strike (Meridian, blog)."},
    {"id": "al-cost", "story": SID, "status": "agreed",
     "why": "About 18 million euros per strike day by Altavia's estimate (release; Meridian with a dollar equivalent; Skimline)."},
    {"id": "al-strikebreak", "story": SID, "status": "disputed",
     "why": "The union CBV says Altavia uses chartered crews of Polaris Charter to break the strike (release, hedged; Meridian, Skimline); the blog states it as fact; Altavia denies it (release, Meridian, Skimline); the blog omits the denial."},
    {"id": "al-charter-flights", "story": SID, "status": "disputed",
     "why": "At least 14 chartered flights by the union's count (Meridian, Skimline; the blog as fact) against six by Altavia's count in its denial (release, Meridian)."},
    {"id": "al-inflation", "story": SID, "status": "single-source", "why": "Only the blog: inflation of 4.8 percent."},
    {"id": "al-bonus", "story": SID, "status": "single-source", "why": "Only the blog: 4.2 million euros in bonuses for the board."},
]

# ------------------------------------------------------------------ Altavia press release (de, dateline block; the eve of the strike)

PR = {
    "input": "dev15/altavia-pm.txt", "story": SID, "event": EV,
    "publisher": "Altavia Veskanische Luftfahrt AG", "published": "2031-03-05T17:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Pressemitteilung", "Altavia Veskanische Luftfahrt AG", "Verolin, 5. März 2031"],
    "blocks": [
        H("Streik des Cockpitbunds: Altavia streicht am Donnerstag 640 von 980 Flügen",
          claims=[Q("640 von 980 Flügen", 640, "flight", None, subject=STRIKE, source=ALT, group="al-cancelled", time=THU),
                  Q("von 980 Flügen", 980, "flight", "size", subject="altavia schedule", source=ALT, group="al-scheduled", time=THU)]),
        P(S("Wegen des vom Cockpitbund Veskanien (CBV) angekündigten Streiks muss Altavia am Donnerstag, 6. März, 640 ihrer 980 geplanten Flüge streichen.",
            claims=[Q("640 ihrer 980 geplanten Flüge", 640, "flight", None, subject=STRIKE, source=ALT, group="al-cancelled", time=THU),
                    Q("980 geplanten Flüge", 980, "flight", "size", subject="altavia schedule", source=ALT, group="al-scheduled", time=THU)]),
          S("Betroffen sind rund 85.000 Fluggäste.",
            claims=[Q("rund 85.000 Fluggäste", 85000, "passenger", "affected", "about", subject=STRIKE, source=ALT, group="al-passengers", time=THU)]),
          S("Auch für Freitag erwartet das Unternehmen erhebliche Einschränkungen, der Sonderflugplan wird am Donnerstagmittag veröffentlicht.")),
        P(S("Der Ausstand soll nach Ankündigung der Gewerkschaft 48 Stunden dauern.",
            claims=[Q("48 Stunden", 48, "hour", "duration", subject=STRIKE, source=CBV, group="al-duration", time=STRIKE_DAYS)]),
          S("Fluggäste können ihre Tickets kostenlos umbuchen oder sich den Preis erstatten lassen."),
          S("An den Flughäfen Verolin und Solvitz stehen zusätzliche Servicekräfte bereit.")),
        P(S('Betroffen sind vor allem Inlandsverbindungen und Flüge in die Nachbarländer, Langstreckenflüge sollen nach Möglichkeit stattfinden.'), S('Altavia empfiehlt Fluggästen, vor der Fahrt zum Flughafen den Status ihres Fluges in der App oder auf der Internetseite zu prüfen.'), S('Reisende auf Inlandsstrecken können ihr Ticket zudem kostenlos in eine Bahnfahrkarte umwandeln.')),
        P(S("Altavia bedauert den Streik ausdrücklich."),
          S("Das Unternehmen hat dem CBV eine Erhöhung der Gehälter um 6,5 Prozent angeboten, die Gewerkschaft fordert zwölf Prozent über zwei Jahre.",
            claims=[Q("um 6,5 Prozent", 6.5, "percent", "increase", subject="altavia pay offer", source=ALT, group="al-offer", time=None),
                    Q("zwölf Prozent", 12, "percent", "increase", subject="cbv pay demand", source=ALT, group="al-demand", time=None),
                    Q("über zwei Jahre", 2, "year", "duration", subject="cbv pay demand", source=ALT, group="al-term", time=None)]),
          S("„Wir sind jederzeit bereit, an den Verhandlungstisch zurückzukehren“, sagte Personalvorstand Bernd Quaschnik.", "quote"),
          S("Jeder Streiktag kostet Altavia nach eigenen Berechnungen rund 18 Millionen Euro.",
            claims=[Q("rund 18 Millionen Euro", 18000000, "eur", "cost", "about", subject=STRIKE, source=ALT, group="al-cost", time=None)])),
        P(S("Die Behauptung des CBV, Altavia wolle den Streik mit gecharterten Flugzeugen und Besatzungen der Polaris Charter unterlaufen, ist falsch.",
            claims=[ST("Altavia wolle den Streik mit gecharterten Flugzeugen und Besatzungen der Polaris Charter unterlaufen", *STRIKEBREAK, "al-strikebreak", source=CBV, hedged=True),
                    ST("ist falsch", *STRIKEBREAK, "al-strikebreak", source=ALT, denial=True)]),
          S("Die sechs Flüge der Polaris Charter am Donnerstag sind seit November für Urlaubsstrecken gebucht und haben mit dem Streik nichts zu tun.",
            claims=[Q("Die sechs Flüge der Polaris Charter", 6, "flight", None, subject="polaris charter flights", source=ALT, group="al-charter-flights", time=THU)])),
        P(S('Die Verhandlungen mit dem CBV waren in der vergangenen Woche nach der sechsten Runde ohne Ergebnis abgebrochen worden.'), S('Altavia hatte daraufhin eine Schlichtung unter Leitung des früheren Arbeitsministers Walter Degenhart vorgeschlagen.')),
        P(S("Altavia appelliert an den CBV, das Angebot einer Schlichtung anzunehmen.")),
    ],
    "post": ["Über Altavia: Altavia befördert jährlich rund 11 Millionen Fluggäste zu 74 Zielen in 31 Ländern.",
             "Pressekontakt: Unternehmenskommunikation, presse@altavia.example, +49 30 5550 1200"],
    "removed": ["Verolin, 5. März 2031", "Über Altavia:", "rund 11 Millionen Fluggäste zu 74 Zielen in 31 Ländern",
                "Pressekontakt: Unternehmenskommunikation", "+49 30 5550 1200"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, dateline block; Thursday morning)

MERIDIAN = {
    "input": "dev15/altavia-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2031-03-06T11:00:00+01:00",
    "language": "en", "authors": ["Tobias Renfield"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "Mar 6, 2031 11:00 CET", "By Tobias Renfield"],
    "blocks": [
        H("Altavia pilots strike, grounding two-thirds of flights",
          claims=[Q("two-thirds of flights", 66.7, "percent", None, subject=STRIKE, group="al-share", time=THU)]),
        P(S("Pilots at Veskania's flag carrier Altavia began a 48-hour strike on Thursday, forcing the airline to cancel 640 of its 980 scheduled flights for the day, the company said.",
            claims=[Q("a 48-hour strike", 48, "hour", "duration", subject=STRIKE, group="al-duration", time=STRIKE_DAYS),
                    Q("640 of its 980 scheduled flights", 640, "flight", None, subject=STRIKE, source=ALT, group="al-cancelled", time=THU),
                    Q("980 scheduled flights", 980, "flight", "size", subject="altavia schedule", source=ALT, group="al-scheduled", time=THU)]),
          S("About 85,000 passengers are affected on Thursday alone, according to Altavia.",
            claims=[Q("About 85,000 passengers", 85000, "passenger", "affected", "about", subject=STRIKE, source=ALT, group="al-passengers", time=THU)])),
        P(S("The pilots' union CBV is demanding a pay rise of 12 percent over two years for the airline's roughly 1,350 pilots.",
            claims=[Q("a pay rise of 12 percent", 12, "percent", "increase", subject="cbv pay demand", source=CBV, group="al-demand", time=None),
                    Q("over two years", 2, "year", "duration", subject="cbv pay demand", source=CBV, group="al-term", time=None),
                    Q("roughly 1,350 pilots", 1350, "worker", None, "about", subject=ALT, group="al-pilots", time=None)]),
          S("Altavia has offered 6.5 percent.",
            claims=[Q("6.5 percent", 6.5, "percent", "increase", subject="altavia pay offer", group="al-offer", time=None)]),
          S("Members voted 94 percent in favour of the walkout last month.",
            claims=[Q("94 percent", 94, "percent", "voted", subject="cbv strike ballot", group="al-vote", time=None)])),
        P(S("The airline estimates that each day of the strike costs it about €18 million ($19.5 million).",
            claims=[Q("about €18 million", 18000000, "eur", "cost", "about", subject=STRIKE, source=ALT, group="al-cost", time=None),
                    Q("$19.5 million", 19500000, "usd", "cost", "about", subject=STRIKE, source=ALT, group="al-cost", time=None)])),
        P(S("The union accused Altavia of trying to break the strike by leasing aircraft with crews from the charter operator Polaris Charter, saying at least 14 flights would be operated that way.",
            claims=[ST("accused Altavia of trying to break the strike by leasing aircraft with crews from the charter operator Polaris Charter", *STRIKEBREAK, "al-strikebreak", source=CBV),
                    Q("at least 14 flights", 14, "flight", None, "at-least", subject="polaris charter flights", source=CBV, group="al-charter-flights", time=THU)]),
          S("Altavia rejected the accusation, saying only six charter flights were planned and that they had been booked in November for holiday routes.",
            claims=[ST("Altavia rejected the accusation", *STRIKEBREAK, "al-strikebreak", source=ALT, denial=True),
                    Q("only six charter flights", 6, "flight", None, subject="polaris charter flights", source=ALT, group="al-charter-flights", time=THU)]),
          S("“This is strikebreaking, plain and simple,” CBV chairman Henrik Vasseur said.", "quote",
            loaded=[L("strikebreaking", "demonising", "reported")])),
        P(S('Long-haul flights were largely operating as planned, the airline said.'), S("Altavia's last pilots' strike, in 2027, grounded the airline for a day.")),
        P(S("Queues formed at the check-in halls of Verolin airport early on Thursday, although many travellers had rebooked in advance."),
          S("Talks are scheduled to resume on Monday.")),
    ],
    "post": ["(Reporting by Tobias Renfield; editing by Ruth Amberley)", "", "Copyright 2031 Meridian Wire. All rights reserved."],
    "removed": ["Mar 6, 2031 11:00 CET", "By Tobias Renfield", "(Reporting by Tobias Renfield; editing by Ruth Amberley)",
                "Copyright 2031 Meridian Wire"],
}

# ------------------------------------------------------------------ Skimline (en aggregator, JSON Lines item with html; rewrite of Meridian)

SKIM_SITE = {
    "nav": ["Top", "World", "Business", "Travel", "Tech", "Saved"],
    "cookie": "Skimline uses cookies to keep you signed in and to measure traffic. Manage settings",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Mar 6, 2031 · 12:15",
    "share": "Save · Share · 27 comments",
    "ad": "Skimline Premium: no ads, offline reading – first month €1",
    "related_title": "Also on Skimline",
    "related": ["Strike calendar: 4 walkouts to watch this spring", "Your rights when your flight is cancelled",
                "Airline shares slide 3% across Europe"],
    "footer": "© 2031 Skimline Media · Privacy · Terms",
    "after": '<p class="source">Source: Meridian Wire</p>',
}

SKIM = {
    "input": "dev15/news.jsonl#sk-5581203", "story": SID, "event": EV,
    "publisher": "Skimline", "published": "2031-03-06T12:15:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Altavia pilots walk out for 48 hours; about two-thirds of flights cancelled",
          claims=[Q("48 hours", 48, "hour", "duration", subject=STRIKE, group="al-duration", time=STRIKE_DAYS),
                  Q("about two-thirds of flights", 66.7, "percent", None, "about", subject=STRIKE, group="al-share", time=THU)]),
        P(S("Altavia's pilots started a 48-hour strike on Thursday, and the Veskanian airline cancelled 640 of the 980 flights scheduled for the day.",
            claims=[Q("a 48-hour strike", 48, "hour", "duration", subject=STRIKE, group="al-duration", time=STRIKE_DAYS),
                    Q("640 of the 980 flights", 640, "flight", None, subject=STRIKE, group="al-cancelled", time=THU),
                    Q("980 flights scheduled", 980, "flight", "size", subject="altavia schedule", group="al-scheduled", time=THU)]),
          S("The company said about 85,000 passengers were affected.",
            claims=[Q("about 85,000 passengers", 85000, "passenger", "affected", "about", subject=STRIKE, source=ALT, group="al-passengers", time=THU)])),
        P(S("The CBV union wants a 12 percent raise over two years, while Altavia has offered 6.5 percent.",
            claims=[Q("a 12 percent raise", 12, "percent", "increase", subject="cbv pay demand", source=CBV, group="al-demand", time=None),
                    Q("over two years", 2, "year", "duration", subject="cbv pay demand", source=CBV, group="al-term", time=None),
                    Q("6.5 percent", 6.5, "percent", "increase", subject="altavia pay offer", group="al-offer", time=None)]),
          S("According to the airline, every strike day costs it about €18 million.",
            claims=[Q("about €18 million", 18000000, "eur", "cost", "about", subject=STRIKE, source=ALT, group="al-cost", time=None)])),
        P(S("CBV says Altavia is using chartered crews from Polaris Charter on at least 14 flights to undermine the walkout, which the airline denies.",
            claims=[ST("CBV says Altavia is using chartered crews from Polaris Charter", *STRIKEBREAK, "al-strikebreak", source=CBV),
                    Q("at least 14 flights", 14, "flight", None, "at-least", subject="polaris charter flights", source=CBV, group="al-charter-flights", time=THU),
                    ST("which the airline denies", *STRIKEBREAK, "al-strikebreak", source=ALT, denial=True)])),
        P(S('Long-haul flights are mostly operating as planned.'), S('The last strike by Altavia pilots, in 2027, grounded the carrier for a day.'), S("The union has not said whether it will call further walkouts if Monday's talks fail.")),
        P(S("Altavia, Veskania's largest airline, flies to destinations across Europe and North Africa."), S('Travellers were advised to check the status of their flight before setting off for the airport.'), S('Rail operators added extra trains on domestic routes to absorb some of the demand.')),
        P(S("Passengers can rebook free of charge or ask for a refund on Altavia's website."),
          S("Airports in Verolin and Solvitz reported long queues in the morning."),
          S("Negotiations are due to resume on Monday.")),
    ],
    "removed": ["Skimline uses cookies", "Mar 6, 2031 · 12:15", "27 comments", "first month €1",
                "Strike calendar: 4 walkouts to watch this spring", "Your rights when your flight is cancelled",
                "Airline shares slide 3% across Europe", "© 2031 Skimline Media", "Source: Meridian Wire"],
}

# ------------------------------------------------------------------ Klartext von unten (de left-wing blog, RSS item; omits the denial)

CHANNEL = {"title": "Klartext von unten", "link": "https://klartext-von-unten.example",
           "description": "Nachrichten aus der Arbeitswelt. Parteiisch für die Beschäftigten.", "language": "de"}

BLOG = {
    "input": "dev15/klartext.rss#kvu-2031-03-06-altavia", "story": SID, "event": EV,
    "publisher": "Klartext von unten", "published": "2031-03-06T20:00:00+01:00",
    "language": "de", "authors": ["Jana Pfeilstätter"], "sensational": True,
    "blocks": [
        H("Streikbruch mit Leih-Crews: Die Altavia-Bosse lassen Charterpiloten gegen die eigene Belegschaft fliegen",
          claims=[ST("Die Altavia-Bosse lassen Charterpiloten gegen die eigene Belegschaft fliegen", *STRIKEBREAK, "al-strikebreak")],
          loaded=[L("Altavia-Bosse", "demonising")]),
        P(S("Seit heute Morgen stehen bei Altavia die Räder still: Rund 1.350 Pilotinnen und Piloten streiken für zwei Tage.",
            claims=[Q("Rund 1.350 Pilotinnen und Piloten", 1350, "worker", None, "about", subject=ALT, group="al-pilots", time=THU),
                    Q("für zwei Tage", 2, "day", "duration", subject=STRIKE, group="al-duration", time=STRIKE_DAYS)]),
          S("Nach Angaben des Cockpitbunds fielen mehr als 700 Flüge aus.",
            claims=[Q("mehr als 700 Flüge", 700, "flight", None, "more-than", subject=STRIKE, source=CBV, group="al-cancelled", time=THU)]),
          S("Zehntausende Passagiere sitzen fest.",
            claims=[Q("Zehntausende Passagiere", 20000, "passenger", "affected", "at-least", subject=STRIKE, group="al-passengers", time=THU)])),
        P(S("Und was macht der Vorstand?", "opinion"),
          S("Statt zu verhandeln, holt er sich Streikbrecher ins Haus: Mindestens 14 Flüge lässt Altavia heute von Crews der Billigfirma Polaris Charter fliegen.",
            claims=[ST("Mindestens 14 Flüge lässt Altavia heute von Crews der Billigfirma Polaris Charter fliegen", *STRIKEBREAK, "al-strikebreak"),
                    Q("Mindestens 14 Flüge", 14, "flight", None, "at-least", subject="polaris charter flights", group="al-charter-flights", time=THU)],
            loaded=[L("Streikbrecher", "demonising")]),
          S("Das ist Klassenkampf von oben.", "opinion", loaded=[L("Klassenkampf von oben", "propaganda")])),
        P(S("Die Piloten fordern zwölf Prozent mehr Gehalt über zwei Jahre.",
            claims=[Q("zwölf Prozent mehr Gehalt", 12, "percent", "increase", subject="cbv pay demand", group="al-demand", time=None),
                    Q("über zwei Jahre", 2, "year", "duration", subject="cbv pay demand", group="al-term", time=None)]),
          S("Altavia bietet mickrige 6,5 Prozent – bei einer Inflation von zuletzt 4,8 Prozent bleibt davon fast nichts übrig.", "opinion",
            claims=[Q("6,5 Prozent", 6.5, "percent", "increase", subject="altavia pay offer", group="al-offer", time=None),
                    Q("4,8 Prozent", 4.8, "percent", "increase", subject="veskania inflation", group="al-inflation", time=None)],
            loaded=[L("mickrige", "belittling")]),
          S("Gleichzeitig kassierte der Vorstand im vergangenen Jahr Boni von 4,2 Millionen Euro.",
            claims=[Q("Boni von 4,2 Millionen Euro", 4200000, "eur", "paid", subject="altavia board", group="al-bonus", time=T("2030-01-01", "2030-12-31"))],
            loaded=[L("kassierte", "demonising")]),
          S("Nicht ohne Grund haben 94 Prozent der Mitglieder für den Streik gestimmt.",
            claims=[Q("94 Prozent der Mitglieder", 94, "percent", "voted", subject="cbv strike ballot", group="al-vote", time=None)])),
        P(S('Seit Monaten verhandeln die Piloten ohne Ergebnis.'), S('Der Vorstand hat die Gespräche in der vergangenen Woche platzen lassen und gibt jetzt der Gewerkschaft die Schuld.'), S('Viele Pilotinnen und Piloten berichten von Dienstplänen am Limit und Nächten in Hotels statt zu Hause.'), S('Dabei sind es die Beschäftigten, die Altavia durch die Krisenjahre getragen haben.', 'opinion'), S('Auch Beschäftigte der Bodenverkehrsdienste wollen am Freitag mit auf die Straße gehen.')),
        P(S('Wer so mit seinen Leuten umgeht, darf sich über Widerstand nicht wundern.', 'opinion')),
        P(S("Wer jetzt über das „Streikchaos“ jammert, sollte sich fragen, wer hier eigentlich blockiert.", "opinion",
            loaded=[L("„Streikchaos“", "alarmist", "distancing")]),
          S("Die Piloten tragen die Verantwortung für Hunderte Menschenleben an jedem Tag, und sie haben ein Recht auf faire Bezahlung.", "opinion",
            claims=[Q("Hunderte Menschenleben", 200, "person", None, "at-least", subject="altavia flights", group="al-lives", time=None)]),
          S("Solidarität mit den Beschäftigten von Altavia!", "opinion"),
          S("Kommt am Freitag um 10 Uhr zur Kundgebung vor die Altavia-Zentrale in Verolin!", "opinion")),
    ],
    "extra": '<p class="spende">Klartext von unten ist werbefrei – unterstütze uns mit 5 € im Monat.</p>'
             '\n<p class="tags">Schlagworte: Streik · Altavia · Luftfahrt · Solidarität</p>',
    "removed": ["Klartext von unten ist werbefrei", "unterstütze uns mit 5 € im Monat", "Schlagworte: Streik · Altavia · Luftfahrt · Solidarität"],
}

GROUPS.append({"id": "al-lives", "story": SID, "status": "single-source",
               "why": "Only the blog: pilots responsible for hundreds of lives every day."})

ARTICLES = [PR, MERIDIAN, SKIM, BLOG]

REWRITES = [["dev15/altavia-meridian.txt", "dev15/news.jsonl#sk-5581203"]]


def files():
    """Input files of this story and news.jsonl with the Nachrichtenkompass item (Harzlingen) and the Skimline item."""
    lines = [dev15_harzlingen.jsonl_item(),
             {"id": "sk-5581203", "url": "https://skimline.example/business/altavia-pilots-strike-5581203",
              "title": headline(SKIM), "html": render_html(SKIM, SKIM_SITE), "publisher": SKIM["publisher"],
              "published": SKIM["published"], "language": "en", "section": "Business"}]
    return {
        "altavia-pm.txt": (render_txt(PR), False),
        "altavia-meridian.txt": (render_txt(MERIDIAN), False),
        "klartext.rss": (render_rss(CHANNEL, [(BLOG, "kvu-2031-03-06-altavia",
                                               "https://klartext-von-unten.example/2031/03/06/streikbruch-altavia", BLOG["extra"])]), False),
        "news.jsonl": (render_jsonl(lines), False),
    }
