"""dev14 story 3: the Halvik regional court sentences Reinhold Tessmar, founder of the collapsed gold-savings firm Goldanker
Invest, to seven and a half years for commercial fraud (Tuesday, 14 May 2030).

An English wire report (dateline block), its rewrite by an English paper (HTML), a German business daily's own report the
next morning (HTML, with a price ticker; a DE–EN pair with the wire) and a law firm's advertorial (.txt.gz) that states
the prosecutors' charge of money moved offshore as fact and omits the defence's denial. Invented by the Parallax team:
court, firm, bank, islands, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html

SID = "st-goldanker-verdict"
EV = "ev-goldanker-verdict"
STORY = {"id": SID, "label": "Goldanker fraud verdict in Halvik",
         "events": [{"id": EV, "label": "Goldanker founder Reinhold Tessmar sentenced to seven and a half years for fraud (14 May 2030)"}]}

COURT = "court"
PROS = "prosecutors"
DEF = "dietmar kranich"
TESS = "reinhold tessmar"
GA = "goldanker invest"
LAW = "brendel & ohmsted"
DAY = T("2030-05-14", "2030-05-14")
TRANSFER = (TESS, "transferred", "31 million euros to the meridian islands")

GROUPS = [
    {"id": "gd-verdict", "story": SID, "status": "agreed",
     "why": "The court sentenced Tessmar (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-sentence", "story": SID, "status": "agreed",
     "why": "Seven and a half years (Northgate, headline and body; Herald, headline and body; Wirtschaftsblatt; Brendel & Ohmsted)."},
    {"id": "gd-demand", "story": SID, "status": "agreed", "why": "Prosecutors had sought nine years (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-investors", "story": SID, "status": "compatible",
     "why": "About 3,400 investors (Northgate, Herald); the Wirtschaftsblatt's 'mehr als 3.000' and the advertorial's 'Tausende' are looser bounds that allow it."},
    {"id": "gd-returns", "story": SID, "status": "agreed", "why": "Twelve percent a year promised (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-loss", "story": SID, "status": "agreed",
     "why": "About €84 million lost (Northgate; Herald with '$91 million' in brackets; Wirtschaftsblatt; Brendel & Ohmsted)."},
    {"id": "gd-lindqvist", "story": SID, "status": "agreed", "why": "Three years for the former finance chief (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-hearings", "story": SID, "status": "agreed", "why": "46 days of hearings (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-trial-months", "story": SID, "status": "single-source", "why": "Only Northgate: over 14 months."},
    {"id": "gd-transfer", "story": SID, "status": "disputed",
     "why": "Prosecutors say Tessmar moved €31 million to the Meridian Islands (Northgate, Herald hedged, Wirtschaftsblatt hedged); Brendel & Ohmsted state it as fact; his lawyer denies it (Northgate, Herald, Wirtschaftsblatt); the advertorial omits the denial."},
    {"id": "gd-transfer-sum", "story": SID, "status": "agreed",
     "why": "The accusation's figure of 31 million euros (Northgate, Herald, Wirtschaftsblatt, Brendel & Ohmsted), a figure group of its own beside the disputed statement."},
    {"id": "gd-untraced", "story": SID, "status": "agreed", "why": "At least €19 million untraced, by the court's account (Northgate, Wirtschaftsblatt)."},
    {"id": "gd-appeal", "story": SID, "status": "agreed", "why": "The defence announced an appeal (Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-recovery", "story": SID, "status": "agreed",
     "why": "Creditors will recover at most 10 percent (insolvency administrator via Northgate, Herald, Wirtschaftsblatt)."},
    {"id": "gd-marten", "story": SID, "status": "single-source", "why": "Only the Herald: an investor lost €60,000."},
    {"id": "gd-bank-recovery", "story": SID, "status": "single-source", "why": "Only Brendel & Ohmsted: up to 70 percent recoverable from the custodian bank."},
    {"id": "gd-clients", "story": SID, "status": "single-source", "why": "Only Brendel & Ohmsted: more than 400 clients."},
]

# ------------------------------------------------------------------ Northgate Wire (en wire, dateline block)

NORTHGATE = {
    "input": "dev14/goldanker-northgate.txt", "story": SID, "event": EV,
    "publisher": "Northgate Wire", "published": "2030-05-14T15:20:00+02:00",
    "language": "en", "authors": ["Alina Brook"], "sensational": False,
    "pre": ["NORTHGATE WIRE", "May 14, 2030 15:20 CEST", "By Alina Brook"],
    "blocks": [
        H("Lauritanian gold-savings boss jailed for seven and a half years over €84 million fraud",
          claims=[Q("seven and a half years", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None),
                  Q("€84 million fraud", 84000000, "eur", None, subject=GA, group="gd-loss", time=None)]),
        P(S("A court in Halvik on Tuesday sentenced Reinhold Tessmar, founder of the collapsed investment firm Goldanker Invest, to seven and a half years in prison for commercial fraud and breach of trust.",
            claims=[ST("A court in Halvik on Tuesday sentenced Reinhold Tessmar", COURT, "sentenced", TESS, "gd-verdict"),
                    Q("seven and a half years in prison", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None)]),
          S("Prosecutors had sought nine years; the defence had asked for an acquittal.",
            claims=[Q("nine years", 9, "year", "duration", subject=TESS, source=PROS, group="gd-demand", time=None)])),
        P(S("Judges found that Tessmar, 61, had promised some 3,400 investors annual returns of 12 percent from gold trading while using new deposits to pay earlier clients.",
            claims=[Q("some 3,400 investors", 3400, "person", None, "about", subject=GA, source=COURT, group="gd-investors", time=None),
                    Q("annual returns of 12 percent", 12, "percent", None, subject=GA, source=COURT, group="gd-returns", time=None)]),
          S("Investors lost about €84 million, the court said.",
            claims=[Q("about €84 million", 84000000, "eur", None, "about", subject=GA, source=COURT, group="gd-loss", time=None)])),
        P(S("The firm's former finance chief, Vera Lindqvist, received a three-year sentence.",
            claims=[Q("a three-year sentence", 3, "year", "duration", subject="vera lindqvist", group="gd-lindqvist", time=None)]),
          S("The trial ran for 46 days of hearings over 14 months.",
            claims=[Q("46 days of hearings", 46, "day", "duration", subject="goldanker trial", group="gd-hearings", time=None),
                    Q("over 14 months", 14, "month", "duration", subject="goldanker trial", group="gd-trial-months", time=None)])),
        P(S("Prosecutors say Tessmar moved €31 million to accounts in the Meridian Islands.",
            claims=[ST("Prosecutors say Tessmar moved €31 million to accounts in the Meridian Islands", *TRANSFER, "gd-transfer", source=PROS),
                    Q("€31 million", 31000000, "eur", None, subject=TESS, source=PROS, group="gd-transfer-sum", time=None)]),
          S("His lawyer, Dietmar Kranich, denied that, saying the money had been lost in failed gold trades, and announced an appeal.",
            claims=[ST("His lawyer, Dietmar Kranich, denied that", *TRANSFER, "gd-transfer", source=DEF, denial=True),
                    ST("announced an appeal", DEF, "announced", "appeal", "gd-appeal", source=DEF)]),
          S("The court said it could not establish where at least €19 million had gone.",
            claims=[Q("at least €19 million", 19000000, "eur", None, "at-least", subject=GA, source=COURT, group="gd-untraced", time=None)])),
        P(S("Goldanker's insolvency administrator expects creditors to recover no more than 10 percent of their money.",
            claims=[Q("no more than 10 percent", 10, "percent", None, "up-to", subject="goldanker creditors", source="insolvency administrator", group="gd-recovery", time=None)]),
          S("The firm collapsed in the spring of 2028 after the financial regulator froze its accounts."),
          S("The case prompted calls for stricter oversight of gold and commodity savings plans sold to small investors.")),
    ],
    "post": ["(Reporting by Alina Brook; editing by Lena Marsh)", "", "Copyright 2030 Northgate Wire. All rights reserved."],
    "removed": ["May 14, 2030 15:20 CEST", "By Alina Brook", "(Reporting by Alina Brook; editing by Lena Marsh)",
                "Copyright 2030 Northgate Wire"],
}

# ------------------------------------------------------------------ The Lauritanian Herald (en paper, HTML; rewrite of Northgate)

HERALD_SITE = {
    "nav": ["News", "Lauritania", "World", "Business", "Opinion", "Sport", "Culture", "Subscribe"],
    "cookie": "The Lauritanian Herald and our 212 partners use cookies to personalise content and ads. Accept all?",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Tuesday 14 May 2030, 19:00",
    "share": "Share · Email · 41 comments",
    "ad": "ADVERTISEMENT – Secure savings: 3.2% fixed for 24 months",
    "related_title": "Most read",
    "related": ["Halvik mayor faces no-confidence vote", "Opinion: Who guards the small investor?",
                "Gold hits $2,400 an ounce"],
    "footer": "© 2030 The Lauritanian Herald Ltd · Terms · Privacy · Contact",
    "after": '<div class="newsletter">Get the Herald Money Briefing in your inbox every Friday.</div>',
}

HERALD = {
    "input": "dev14/goldanker-herald.html", "story": SID, "event": EV,
    "publisher": "The Lauritanian Herald", "published": "2030-05-14T19:00:00+02:00",
    "language": "en", "authors": ["Ruth Okafor-Lind"], "sensational": False,
    "blocks": [
        H("Goldanker founder gets seven and a half years for defrauding 3,400 investors",
          claims=[Q("seven and a half years", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None),
                  Q("3,400 investors", 3400, "person", None, subject=GA, group="gd-investors", time=None)]),
        P(S("Reinhold Tessmar, who founded the failed Goldanker Invest, was jailed for seven and a half years by a Halvik court on Tuesday for commercial fraud and breach of trust.",
            claims=[ST("was jailed for seven and a half years by a Halvik court", COURT, "sentenced", TESS, "gd-verdict"),
                    Q("for seven and a half years", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None)]),
          S("Prosecutors had demanded nine years, while his lawyers argued for acquittal.",
            claims=[Q("nine years", 9, "year", "duration", subject=TESS, source=PROS, group="gd-demand", time=None)])),
        P(S("The court found that Tessmar, 61, lured about 3,400 savers with the promise of 12 percent a year from gold trading and paid old investors with new investors' money.",
            claims=[Q("about 3,400 savers", 3400, "person", None, "about", subject=GA, source=COURT, group="gd-investors", time=None),
                    Q("12 percent a year", 12, "percent", None, subject=GA, source=COURT, group="gd-returns", time=None)]),
          S("Their losses total about €84 million ($91 million).",
            claims=[Q("about €84 million", 84000000, "eur", None, "about", subject=GA, group="gd-loss", time=None),
                    Q("$91 million", 91000000, "usd", None, "about", subject=GA, group="gd-loss", time=None)])),
        P(S("Former finance director Vera Lindqvist was sentenced to three years.",
            claims=[Q("three years", 3, "year", "duration", subject="vera lindqvist", group="gd-lindqvist", time=None)]),
          S("The trial lasted 46 days of hearings.",
            claims=[Q("46 days of hearings", 46, "day", "duration", subject="goldanker trial", group="gd-hearings", time=None)])),
        P(S("Prosecutors allege that €31 million was moved to accounts in the Meridian Islands.",
            claims=[ST("Prosecutors allege that €31 million was moved to accounts in the Meridian Islands", *TRANSFER, "gd-transfer", source=PROS, hedged=True),
                    Q("€31 million", 31000000, "eur", None, subject=TESS, source=PROS, hedged=True, group="gd-transfer-sum", time=None)]),
          S("Tessmar's lawyer, Dietmar Kranich, denies this and says the defence will appeal.",
            claims=[ST("Tessmar's lawyer, Dietmar Kranich, denies this", *TRANSFER, "gd-transfer", source=DEF, denial=True),
                    ST("says the defence will appeal", DEF, "announced", "appeal", "gd-appeal", source=DEF)])),
        P(S("“He robbed us of our retirement,” said Gisela Marten, a retired teacher from Brunnhagen who lost €60,000.", "quote",
            claims=[Q("lost €60,000", 60000, "eur", None, subject="gisela marten", group="gd-marten", time=None)],
            loaded=[L("robbed", "demonising", "reported")]),
          S("The insolvency administrator expects creditors to get back at most 10 percent.",
            claims=[Q("at most 10 percent", 10, "percent", None, "up-to", subject="goldanker creditors", source="insolvency administrator", group="gd-recovery", time=None)])),
        P(S("Goldanker collapsed in the spring of 2028 when the financial regulator froze its accounts after complaints from consumer groups."),
          S("Many of its customers were pensioners who had been told that physical gold was the safest home for their savings."),
          S("A bill that would oblige sellers of such products to publish audited reports has been stuck in parliament's finance committee since the winter.")),
    ],
    "removed": ["our 212 partners use cookies", "Tuesday 14 May 2030, 19:00", "41 comments", "3.2% fixed for 24 months",
                "Halvik mayor faces no-confidence vote", "Opinion: Who guards the small investor?", "Gold hits $2,400 an ounce",
                "© 2030 The Lauritanian Herald Ltd", "Get the Herald Money Briefing"],
}

# ------------------------------------------------------------------ Halviker Wirtschaftsblatt (de business daily, HTML)

WB_SITE = {
    "nav": ["Märkte", "Unternehmen", "Finanzen", "Politik", "Recht", "Karriere", "Abo"],
    "cookie": "Wir nutzen Cookies für Analyse und personalisierte Werbung. Einwilligen und weiterlesen?",
    "cookie_ok": "Einwilligen",
    "by": "Von",
    "date_label": "15.05.2030 · 06:00",
    "share": "Artikel merken · Teilen · Drucken",
    "ad": "Anzeige: Festgeld bei der Selvbank – 3,1 % p. a. für 12 Monate",
    "related_title": "Weitere Artikel",
    "related": ["Finanzaufsicht will Rohstoff-Sparpläne strenger prüfen", "Goldpreis steigt auf Rekordhoch",
                "Jeder Fünfte spart in Gold"],
    "footer": "© Halviker Wirtschaftsblatt 2030 · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="ticker">LAX 30 14.211,70 (+0,3 %) · Gold 2.388 $ (+0,6 %) · Selvbank 18,42 € (−1,2 %)</div>',
    "inline_at": 1,
}

WB = {
    "input": "dev14/goldanker-wirtschaftsblatt.html", "story": SID, "event": EV,
    "publisher": "Halviker Wirtschaftsblatt", "published": "2030-05-15T06:00:00+02:00",
    "language": "de", "authors": ["Sabine Kerkhoff"], "sensational": False,
    "blocks": [
        H("Goldanker-Urteil: Siebeneinhalb Jahre Haft für Tessmar",
          claims=[Q("Siebeneinhalb Jahre Haft", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None)]),
        P(S("Das Landgericht Halvik hat den Gründer der insolventen Goldanker Invest, Reinhold Tessmar, zu siebeneinhalb Jahren Haft verurteilt.",
            claims=[ST("Das Landgericht Halvik hat den Gründer der insolventen Goldanker Invest, Reinhold Tessmar, zu siebeneinhalb Jahren Haft verurteilt", COURT, "sentenced", TESS, "gd-verdict"),
                    Q("zu siebeneinhalb Jahren Haft", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None)]),
          S("Die Kammer sah gewerbsmäßigen Betrug und Untreue als erwiesen an."),
          S("Die Staatsanwaltschaft hatte neun Jahre gefordert, die Verteidigung Freispruch.",
            claims=[Q("neun Jahre", 9, "year", "duration", subject=TESS, source=PROS, group="gd-demand", time=None)])),
        P(S("Tessmar hatte mehr als 3.000 Anlegern jährliche Renditen von zwölf Prozent aus dem Goldhandel versprochen.",
            claims=[Q("mehr als 3.000 Anlegern", 3000, "person", None, "more-than", subject=GA, group="gd-investors", time=None),
                    Q("Renditen von zwölf Prozent", 12, "percent", None, subject=GA, group="gd-returns", time=None)]),
          S("Tatsächlich zahlte Goldanker nach Überzeugung des Gerichts Altkunden mit dem Geld neuer Kunden aus."),
          S("Der Schaden beläuft sich auf rund 84 Millionen Euro.",
            claims=[Q("rund 84 Millionen Euro", 84000000, "eur", None, "about", subject=GA, group="gd-loss", time=None)])),
        P(S("Die frühere Finanzchefin Vera Lindqvist erhielt drei Jahre Haft.",
            claims=[Q("drei Jahre Haft", 3, "year", "duration", subject="vera lindqvist", group="gd-lindqvist", time=None)]),
          S("Der Vorsitzende Richter Konrad Seibold sprach in der Urteilsbegründung von einem System „von bemerkenswerter Dreistigkeit“.",
            loaded=[L("von bemerkenswerter Dreistigkeit", "demonising", "reported")]),
          S("Der Prozess hatte sich über 46 Verhandlungstage erstreckt.",
            claims=[Q("über 46 Verhandlungstage", 46, "day", "duration", subject="goldanker trial", group="gd-hearings", time=None)])),
        P(S("Nach Darstellung der Anklage soll Tessmar 31 Millionen Euro auf Konten auf den Meridian-Inseln verschoben haben.",
            claims=[ST("soll Tessmar 31 Millionen Euro auf Konten auf den Meridian-Inseln verschoben haben", *TRANSFER, "gd-transfer", source=PROS, hedged=True),
                    Q("31 Millionen Euro", 31000000, "eur", None, subject=TESS, source=PROS, hedged=True, group="gd-transfer-sum", time=None)]),
          S("Sein Verteidiger Dietmar Kranich bestreitet das: Das Geld sei bei verlustreichen Goldgeschäften verloren gegangen.",
            claims=[ST("Sein Verteidiger Dietmar Kranich bestreitet das", *TRANSFER, "gd-transfer", source=DEF, denial=True)]),
          S("Den Verbleib von mindestens 19 Millionen Euro konnte das Gericht nicht klären.",
            claims=[Q("mindestens 19 Millionen Euro", 19000000, "eur", None, "at-least", subject=GA, source=COURT, group="gd-untraced", time=None)]),
          S("Die Verteidigung kündigte Revision an.",
            claims=[ST("Die Verteidigung kündigte Revision an", DEF, "announced", "appeal", "gd-appeal", source=DEF)])),
        P(S("Für die Anleger ist das Urteil ein schwacher Trost.", "opinion"),
          S("Insolvenzverwalter Karl-Heinz Obermair rechnet damit, dass sie höchstens zehn Prozent ihres Geldes wiedersehen.",
            claims=[Q("höchstens zehn Prozent", 10, "percent", None, "up-to", subject="goldanker creditors", source="karl-heinz obermair", group="gd-recovery", time=None)]),
          S("Die Aufarbeitung dürfte noch Jahre dauern.", "opinion")),
        P(S("Der Fall hatte im Frühjahr 2028 eine Debatte über die Aufsicht über sogenannte Rohstoff-Sparpläne ausgelöst."),
          S("Die Finanzaufsicht hatte Goldanker erst nach mehreren Beschwerden von Verbraucherschützern geprüft und dann die Konten eingefroren."),
          S("Kritiker werfen der Behörde vor, zu spät gehandelt zu haben."),
          S("Die Finanzaufsicht verweist darauf, dass Goldanker formal nur als Händler und nicht als Bank registriert war."),
          S("Ein Gesetzentwurf, der Anbieter solcher Produkte zu regelmäßigen Prüfberichten verpflichten soll, liegt seit dem Winter im Finanzausschuss.")),
    ],
    "removed": ["Wir nutzen Cookies für Analyse", "15.05.2030 · 06:00", "Artikel merken · Teilen · Drucken",
                "Festgeld bei der Selvbank", "Finanzaufsicht will Rohstoff-Sparpläne strenger prüfen", "Goldpreis steigt auf Rekordhoch",
                "Jeder Fünfte spart in Gold", "© Halviker Wirtschaftsblatt 2030", "LAX 30 14.211,70 (+0,3 %)", "Gold 2.388 $ (+0,6 %)",
                "Selvbank 18,42 € (−1,2 %)"],
}

# ------------------------------------------------------------------ Brendel & Ohmsted (de law-firm advertorial, .txt.gz; omits the denial)

ADV = {
    "input": "dev14/goldanker-anzeige.txt.gz", "story": SID, "event": EV,
    "publisher": "Kanzlei Brendel & Ohmsted", "published": "2030-05-17T09:00:00+02:00",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Kanzlei Brendel & Ohmsted", "17.05.2030"],
    "blocks": [
        H("Goldanker-Urteil: Holen Sie sich Ihr Geld zurück!"),
        P(S("Das Urteil ist gesprochen: Goldanker-Gründer Reinhold Tessmar muss für siebeneinhalb Jahre ins Gefängnis.",
            claims=[Q("für siebeneinhalb Jahre", 7.5, "year", "duration", subject=TESS, group="gd-sentence", time=None)]),
          S("Tausende Anleger haben bei Goldanker ihr Erspartes verloren, insgesamt 84 Millionen Euro.",
            claims=[Q("Tausende Anleger", 2000, "person", None, "at-least", subject=GA, group="gd-investors", time=None),
                    Q("insgesamt 84 Millionen Euro", 84000000, "eur", None, subject=GA, group="gd-loss", time=None)])),
        P(S("Fest steht: Tessmar hat 31 Millionen Euro auf Konten in Übersee beiseitegeschafft.",
            claims=[ST("Tessmar hat 31 Millionen Euro auf Konten in Übersee beiseitegeschafft", *TRANSFER, "gd-transfer"),
                    Q("31 Millionen Euro", 31000000, "eur", None, subject=TESS, group="gd-transfer-sum", time=None)]),
          S("Dieses Geld ist nicht verloren, man muss es sich nur zurückholen.", "opinion"),
          S("Vom Insolvenzverwalter dürfen Sie dabei nicht viel erwarten.", "opinion")),
        P(S("Unsere Kanzlei setzt deshalb bei der Halviker Privatbank an, die als Depotbank die Goldanker-Konten geführt hat."),
          S("Nach unserer Einschätzung können Geschädigte so bis zu 70 Prozent ihrer Einlagen zurückerhalten.",
            claims=[Q("bis zu 70 Prozent ihrer Einlagen", 70, "percent", None, "up-to", subject="goldanker investors", source=LAW, group="gd-bank-recovery", time=None)]),
          S("Wir vertreten bereits mehr als 400 Goldanker-Geschädigte.",
            claims=[Q("mehr als 400 Goldanker-Geschädigte", 400, "person", None, "more-than", subject=LAW, source=LAW, group="gd-clients", time=None)])),
        P(S("Lassen Sie sich von der Abzocker-Bande kein zweites Mal um Ihr Geld bringen!", "opinion",
            loaded=[L("Abzocker-Bande", "demonising")]),
          S("Die Bank wusste, was auf ihren Konten geschah, und hat trotzdem nichts unternommen.", "opinion"),
          S("Warum sollten Sie allein auf dem Schaden sitzen bleiben?", "opinion")),
        P(S("So gehen Sie vor:")),
        LI(S("Sie senden uns Ihre Verträge und Kontoauszüge per Post oder online,")),
        LI(S("wir prüfen Ihre Ansprüche gegen die Depotbank kostenlos,")),
        LI(S("wir melden Ihre Forderungen fristgerecht an und vertreten Sie vor Gericht.")),
        P(S("Die Frist für die Anmeldung von Forderungen läuft am 30. September ab."),
          S("Viele Geschädigte wissen nicht einmal, dass sie neben dem Insolvenzverfahren weitere Ansprüche haben."),
          S("Unsere Anwältinnen und Anwälte sind seit Jahren auf Kapitalanlagerecht spezialisiert."),
          S("Wir haben bereits Anlegerinnen und Anleger anderer Sparpläne erfolgreich gegen ihre Banken vertreten."),
          S("Auch Erben von verstorbenen Goldanker-Kunden können solche Ansprüche geltend machen."),
          S("Warten Sie nicht, bis es zu spät ist.", "opinion"),
          S("Rufen Sie uns jetzt an unter 0800 / 46 53 26 37, die Erstberatung ist kostenlos.", "opinion")),
    ],
    "post": ["Kanzlei Brendel & Ohmsted Rechtsanwälte PartG · Goldschmiedgasse 4 · 10117 Halvik",
             "Diese Anzeige wurde von Brendel & Ohmsted bezahlt.", "Hinweis: Frühere Erfolge sind keine Garantie für künftige Ergebnisse."],
    "removed": ["ANZEIGE", "17.05.2030", "Rechtsanwälte PartG · Goldschmiedgasse 4 · 10117 Halvik",
                "Diese Anzeige wurde von Brendel & Ohmsted bezahlt", "Frühere Erfolge sind keine Garantie"],
}

ARTICLES = [NORTHGATE, HERALD, WB, ADV]

REWRITES = [["dev14/goldanker-northgate.txt", "dev14/goldanker-herald.html"]]


def files():
    return {
        "goldanker-northgate.txt": (render_txt(NORTHGATE), False),
        "goldanker-herald.html": (render_html(HERALD, HERALD_SITE), False),
        "goldanker-wirtschaftsblatt.html": (render_html(WB, WB_SITE), False),
        "goldanker-anzeige.txt.gz": (render_txt(ADV), True),
    }
