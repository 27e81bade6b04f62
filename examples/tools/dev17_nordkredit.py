"""dev17 story 4: Marvinien's financial regulator FAM closes Nordkredit Bank on Friday, 11 March 2033 and freezes its
accounts; about 180,000 customers are cut off from their savings (more than 210,000 by Monday). The savers' association
Sparerbund says the central bank ignored auditors' warnings since October; the central bank denies it.

An English broadcaster's Atom entry on Friday evening, its rewrite by an English aggregator (JSON Lines item with `text`;
the file is written by the heatwave module), a German agency report on Saturday (hearsay with "soll … haben"), a German
right-wing populist blog (RSS) on Saturday that states the charge as fact, omits the denial and counts "eine
Viertelmillion" savers, and an English wire report on Monday with the later count, a pledge and a search of the head
office. Invented by the Parallax team: country, bank, regulator, association, ministers, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss, render_atom, headline, content_blocks

SID = "st-nordkredit-bank"
EV = "ev-nordkredit-closure"
STORY = {"id": SID, "label": "Nordkredit Bank closed, savings frozen",
         "events": [{"id": EV, "label": "The regulator FAM closes Nordkredit Bank and freezes its customers' accounts (11–14 March 2033)"}]}

BANK = "nordkredit bank"
FREEZE = "nordkredit account freeze"
FUND = "deposit guarantee fund"
CLOSED = ("fam", "closed", "nordkredit bank")
WARNINGS = ("central bank", "ignored", "auditors' warnings about nordkredit")
FRI = T("2033-03-11", "2033-03-11")
SAT = T("2033-03-11", "2033-03-12")
MON = T("2033-03-14", "2033-03-14")

GROUPS = [
    {"id": "nk-closure", "story": SID, "status": "agreed",
     "why": "The regulator FAM closed Nordkredit Bank (Northgate, Feedline, MPA, Pemberton)."},
    {"id": "nk-customers", "story": SID, "status": "conflicting",
     "why": "About 180,000 customers affected on Friday (Northgate, Feedline, MPA; Pemberton as the initial estimate) and more than 210,000 on Monday (Pemberton, a later figure), but the blog's 'eine Viertelmillion' on Saturday cannot be true beside the 180,000 of the same days."},
    {"id": "nk-deposits", "story": SID, "status": "agreed", "why": "Deposits of 2.4 billion euros (Northgate with a dollar equivalent, Feedline, MPA, blog, Pemberton)."},
    {"id": "nk-guarantee", "story": SID, "status": "agreed", "why": "Savings up to 100,000 euros per customer are guaranteed (Northgate, Feedline, MPA, blog, Pemberton)."},
    {"id": "nk-payout-days", "story": SID, "status": "agreed", "why": "Payouts within 20 working days (Northgate, Feedline, MPA)."},
    {"id": "nk-above-limit", "story": SID, "status": "agreed", "why": "About 800 million euros above the guarantee limit (Northgate, Feedline, MPA, blog)."},
    {"id": "nk-branches", "story": SID, "status": "agreed", "why": "64 branches (Northgate, Feedline, MPA, Pemberton)."},
    {"id": "nk-staff", "story": SID, "status": "agreed", "why": "About 1,900 employees (Northgate, Feedline, MPA)."},
    {"id": "nk-warnings", "story": SID, "status": "disputed",
     "why": "Sparerbund says the central bank ignored auditors' warnings since October (Northgate, Feedline, MPA hedged, Pemberton); the blog states it as fact; the central bank denies it (Northgate, Feedline, MPA, Pemberton); the blog omits the denial."},
    {"id": "nk-project-loss", "story": SID, "status": "single-source", "why": "Only MPA, as hearsay: one project caused losses of more than 300 million euros."},
    {"id": "nk-pledge", "story": SID, "status": "single-source", "why": "Only Pemberton: the government pledged 1.5 billion euros (1.6 billion dollars) to the fund."},
    {"id": "nk-share-above", "story": SID, "status": "single-source", "why": "Only Pemberton: nearly one in ten customers held more than the guaranteed amount."},
    {"id": "nk-search", "story": SID, "status": "single-source", "why": "Only Pemberton: prosecutors searched the head office on Monday."},
]

# ------------------------------------------------------------------ Northgate Broadcasting (en broadcaster, Atom entry; Friday evening)

NORTHGATE = {
    "input": "dev17/northgate.atom#tag:northgate.example,2033:business/nordkredit-8841", "story": SID, "event": EV,
    "publisher": "Northgate Broadcasting", "published": "2033-03-11T19:00:00+01:00",
    "language": "en", "authors": ["Hannah Brightwell"], "sensational": False,
    "blocks": [
        H("Marvinian regulator shuts Nordkredit Bank, freezing savings of 180,000 customers",
          claims=[ST("Marvinian regulator shuts Nordkredit Bank", *CLOSED, "nk-closure"),
                  Q("180,000 customers", 180000, "person", "affected", subject=FREEZE, group="nk-customers", time=FRI)]),
        P(S("Marvinia's financial regulator FAM closed Nordkredit Bank on Friday and froze all its accounts, leaving about 180,000 customers without access to their savings.",
            claims=[ST("Marvinia's financial regulator FAM closed Nordkredit Bank on Friday", *CLOSED, "nk-closure"),
                    Q("about 180,000 customers", 180000, "person", "affected", "about", subject=FREEZE, group="nk-customers", time=FRI)]),
          S("The bank held deposits of €2.4 billion ($2.6 billion), the regulator said.",
            claims=[Q("€2.4 billion", 2400000000, "eur", None, subject="nordkredit deposits", source="fam", group="nk-deposits", time=FRI),
                    Q("$2.6 billion", 2600000000, "usd", None, subject="nordkredit deposits", source="fam", group="nk-deposits", time=FRI)])),
        P(S("Savings of up to €100,000 per customer are protected by the national deposit guarantee fund, which is to start paying out within 20 working days.",
            claims=[Q("up to €100,000 per customer", 100000, "eur", None, "up-to", subject="deposit guarantee limit", group="nk-guarantee", time=None),
                    Q("within 20 working days", 20, "day", "duration", "up-to", subject="deposit guarantee payout", group="nk-payout-days", time=None)]),
          S("About €800 million of deposits exceed that limit, according to FAM.",
            claims=[Q("About €800 million", 800000000, "eur", None, "about", subject="nordkredit deposits above the guarantee limit", source="fam", group="nk-above-limit", time=FRI)])),
        P(S("Nordkredit, which has 64 branches and about 1,900 employees, had lost heavily on loans to property developers.",
            claims=[Q("64 branches", 64, "branch", None, subject=BANK, group="nk-branches", time=None),
                    Q("about 1,900 employees", 1900, "worker", "employed", "about", subject=BANK, group="nk-staff", time=None)]),
          S("Customers queued outside several branches in the capital, Kaltenau, but the doors stayed shut.")),
        P(S("The savers' association Sparerbund accused the central bank of ignoring warnings from Nordkredit's auditors as early as last October.",
            claims=[ST("accused the central bank of ignoring warnings from Nordkredit's auditors as early as last October", *WARNINGS, "nk-warnings", source="sparerbund")]),
          S("“The central bank looked the other way while savers were being fleeced,” said Sparerbund chairman Jens Algerud.", "quote",
            loaded=[L("fleeced", "demonising", "reported")]),
          S("The central bank denied this, saying it had received no such warning before January.",
            claims=[ST("The central bank denied this", *WARNINGS, "nk-warnings", source="central bank", denial=True)])),
        P(S("Finance minister Petra Lindqvist appealed for calm and said no saver would lose money up to the guarantee limit."),
          S("It is the first time a Marvinian bank has been closed by the regulator since the deposit guarantee fund was set up.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://northgate.example/audio/business-0311">Business Tonight, 11 March</a></p>',
    "removed": ["Listen:", "Business Tonight, 11 March"],
}

# ------------------------------------------------------------------ Feedline (en aggregator, JSON Lines item with text; rewrite of Northgate)

FEEDLINE = {
    "input": "dev17/news.jsonl#fl-33031120", "story": SID, "event": EV,
    "publisher": "Feedline", "published": "2033-03-11T20:15:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Nordkredit Bank closed, 180,000 customers' savings frozen",
          claims=[ST("Nordkredit Bank closed", *CLOSED, "nk-closure"),
                  Q("180,000 customers' savings", 180000, "person", "affected", subject=FREEZE, group="nk-customers", time=FRI)]),
        P(S("Marvinian regulator FAM shut down Nordkredit Bank on Friday, freezing the accounts of around 180,000 customers.",
            claims=[ST("Marvinian regulator FAM shut down Nordkredit Bank on Friday", *CLOSED, "nk-closure"),
                    Q("around 180,000 customers", 180000, "person", "affected", "about", subject=FREEZE, group="nk-customers", time=FRI)]),
          S("The bank held €2.4 billion in deposits.",
            claims=[Q("€2.4 billion", 2400000000, "eur", None, subject="nordkredit deposits", group="nk-deposits", time=FRI)])),
        P(S("Deposits of up to €100,000 are guaranteed, with payouts due within 20 working days.",
            claims=[Q("up to €100,000", 100000, "eur", None, "up-to", subject="deposit guarantee limit", group="nk-guarantee", time=None),
                    Q("within 20 working days", 20, "day", "duration", "up-to", subject="deposit guarantee payout", group="nk-payout-days", time=None)]),
          S("Around €800 million is above the limit.",
            claims=[Q("Around €800 million", 800000000, "eur", None, "about", subject="nordkredit deposits above the guarantee limit", group="nk-above-limit", time=FRI)])),
        P(S("Nordkredit has 64 branches and around 1,900 staff.",
            claims=[Q("64 branches", 64, "branch", None, subject=BANK, group="nk-branches", time=None),
                    Q("around 1,900 staff", 1900, "worker", "employed", "about", subject=BANK, group="nk-staff", time=None)]),
          S("It had lost heavily on loans to property developers.")),
        P(S("Savers' group Sparerbund says the central bank ignored auditors' warnings from last October; the central bank denies it.",
            claims=[ST("the central bank ignored auditors' warnings from last October", *WARNINGS, "nk-warnings", source="sparerbund"),
                    ST("the central bank denies it", *WARNINGS, "nk-warnings", source="central bank", denial=True)])),
        P(S("Queues formed outside branches in Kaltenau."),
          S("Finance minister Petra Lindqvist urged savers to stay calm.")),
    ],
    "post": ["Source: Northgate Broadcasting", "Feedline – your news, 9 new stories since your last visit"],
    "removed": ["Source: Northgate Broadcasting", "9 new stories since your last visit"],
}

# ------------------------------------------------------------------ MPA (de agency report, dateline block; Saturday)

MPA = {
    "input": "dev17/nordkredit-mpa.txt", "story": SID, "event": EV,
    "publisher": "MPA Marvinische Presse-Agentur", "published": "2033-03-12T11:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["MPA Marvinische Presse-Agentur", "Samstag, 12.03.2033, 11:30 Uhr", "Ressort: Wirtschaft"],
    "blocks": [
        H("Nach Schließung der Nordkredit Bank: Sparer warten auf ihr Geld"),
        P(S("Einen Tag nach der Schließung der Nordkredit Bank durch die Finanzaufsicht FAM haben sich am Samstag vor mehreren Filialen in Kaltenau erneut Schlangen gebildet.",
            claims=[ST("Schließung der Nordkredit Bank durch die Finanzaufsicht FAM", *CLOSED, "nk-closure")]),
          S("Rund 180.000 Kundinnen und Kunden kommen seit Freitag nicht mehr an ihre Konten.",
            claims=[Q("Rund 180.000 Kundinnen und Kunden", 180000, "person", "affected", "about", subject=FREEZE, group="nk-customers", time=SAT)])),
        P(S("Nach Angaben der FAM lagen bei der Bank Einlagen von 2,4 Milliarden Euro.",
            claims=[Q("2,4 Milliarden Euro", 2400000000, "eur", None, subject="nordkredit deposits", source="fam", group="nk-deposits", time=FRI)]),
          S("Guthaben bis zu 100.000 Euro pro Kunde sind durch den staatlichen Einlagensicherungsfonds geschützt.",
            claims=[Q("bis zu 100.000 Euro pro Kunde", 100000, "eur", None, "up-to", subject="deposit guarantee limit", group="nk-guarantee", time=None)]),
          S("Der Fonds soll binnen 20 Arbeitstagen mit den Auszahlungen beginnen.",
            claims=[Q("binnen 20 Arbeitstagen", 20, "day", "duration", "up-to", subject="deposit guarantee payout", group="nk-payout-days", time=None)]),
          S("Etwa 800 Millionen Euro liegen über der Garantiegrenze.",
            claims=[Q("Etwa 800 Millionen Euro", 800000000, "eur", None, "about", subject="nordkredit deposits above the guarantee limit", group="nk-above-limit", time=FRI)])),
        P(S("Der Sparerbund erhebt schwere Vorwürfe gegen die Zentralbank."),
          S("Sie habe schon im Oktober Warnungen der Wirtschaftsprüfer erhalten und nichts unternommen, sagte der Vorsitzende des Verbands, Jens Algerud.",
            claims=[ST("Sie habe schon im Oktober Warnungen der Wirtschaftsprüfer erhalten und nichts unternommen", *WARNINGS, "nk-warnings", source="jens algerud", hedged=True)]),
          S("Die Zentralbank bestreitet das: Ein Hinweis der Prüfer sei erst im Januar eingegangen.",
            claims=[ST("Die Zentralbank bestreitet das", *WARNINGS, "nk-warnings", source="central bank", denial=True)])),
        P(S("Die Bank beschäftigt rund 1.900 Menschen in 64 Filialen.",
            claims=[Q("rund 1.900 Menschen", 1900, "worker", "employed", "about", subject=BANK, group="nk-staff", time=None),
                    Q("64 Filialen", 64, "branch", None, subject=BANK, group="nk-branches", time=None)]),
          S("Ob sie weitergeführt oder abgewickelt wird, ist offen."),
          S("Die Opposition verlangte eine Sondersitzung des Finanzausschusses.")),
        P(S("Nordkredit war vor allem durch Kredite an Immobilienentwickler in Schieflage geraten."),
          S("Allein ein Wohnprojekt in Kaltenau-Süd soll Verluste von mehr als 300 Millionen Euro verursacht haben.",
            claims=[Q("mehr als 300 Millionen Euro", 300000000, "eur", None, "more-than", subject="nordkredit losses on the kaltenau-süd project", source=None, hedged=True, group="nk-project-loss", time=None)]),
          S("Die Bank selbst äußerte sich bis zum Samstagmittag nicht."),
          S("Finanzministerin Petra Lindqvist rief die Sparer auf, Ruhe zu bewahren.")),
    ],
    "post": ["mpa/nk/bw 121130 Mär 33", "", "Themen: Banken · Finanzaufsicht · Kaltenau",
             "© MPA Marvinische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Samstag, 12.03.2033, 11:30 Uhr", "Ressort: Wirtschaft", "mpa/nk/bw 121130 Mär 33",
                "Themen: Banken · Finanzaufsicht · Kaltenau", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Klartext Marvinien (de right-wing populist blog, RSS; Saturday; omits the denial)

CHANNEL = {"title": "Klartext Marvinien", "link": "https://klartext-marvinien.example",
           "description": "Was die anderen nicht schreiben. Für Bürger, nicht für Funktionäre.", "language": "de"}

BLOG = {
    "input": "dev17/klartext.rss#km-2033-03-12-nordkredit", "story": SID, "event": EV,
    "publisher": "Klartext Marvinien", "published": "2033-03-12T20:00:00+01:00",
    "language": "de", "authors": ["Falk Rennert"], "sensational": True,
    "blocks": [
        H("Enteignung auf Raten: Die Zentralbank schaute zu, wie Nordkredit die Sparer ruinierte",
          claims=[ST("Die Zentralbank schaute zu, wie Nordkredit die Sparer ruinierte", *WARNINGS, "nk-warnings")],
          loaded=[L("Enteignung", "propaganda")]),
        P(S("Eine Viertelmillion Sparer steht seit Freitag vor verschlossenen Türen.",
            claims=[Q("Eine Viertelmillion Sparer", 250000, "person", "affected", subject=FREEZE, group="nk-customers", time=SAT)]),
          S("Ihr Erspartes, insgesamt 2,4 Milliarden Euro, ist eingefroren.",
            claims=[Q("2,4 Milliarden Euro", 2400000000, "eur", None, subject="nordkredit deposits", group="nk-deposits", time=FRI)]),
          S("Die Wirtschaftsprüfer hatten schon im Herbst gewarnt, doch die Zentralbank legte die Warnung einfach zu den Akten.",
            claims=[ST("die Zentralbank legte die Warnung einfach zu den Akten", *WARNINGS, "nk-warnings")])),
        P(S("Und was sagt die Regierung?", "opinion"),
          S("Alles halb so wild, bis zu 100.000 Euro seien ja geschützt.", "opinion",
            claims=[Q("bis zu 100.000 Euro", 100000, "eur", None, "up-to", subject="deposit guarantee limit", source="government", hedged=True, group="nk-guarantee", time=None)]),
          S("Wer mehr auf dem Konto hatte, etwa ein Handwerker mit seinen Rücklagen oder eine Rentnerin nach dem Verkauf ihres Hauses, schaut in die Röhre.", "opinion"),
          S("Rund 800 Millionen Euro liegen über der Grenze, Geld von fleißigen Bürgern, das die Bankster verzockt haben.",
            claims=[Q("Rund 800 Millionen Euro", 800000000, "eur", None, "about", subject="nordkredit deposits above the guarantee limit", group="nk-above-limit", time=FRI)],
            loaded=[L("Bankster", "demonising"), L("verzockt", "demonising")])),
        P(S("Die Systemmedien berichten brav von „Schlangen vor den Filialen“ und „Appellen zur Ruhe“.", "opinion",
            loaded=[L("Systemmedien", "propaganda"), L("brav", "belittling")]),
          S("Dass dieselben Herren, die jetzt beschwichtigen, die Aufsicht verschlafen haben, liest man dort nicht.", "opinion",
            loaded=[L("verschlafen", "belittling")])),
        P(S("Mein Vater hat beim Zusammenbruch der Genossenschaftsbank in Velden 1987 fast alles verloren, was er sich als Schreiner zurückgelegt hatte.", "opinion"),
          S("Damals wie heute zahlt am Ende der kleine Mann.", "opinion"),
          S("Und wieder wird niemand zur Rechenschaft gezogen werden.", "opinion")),
        P(S("Wir fordern: Volle Entschädigung aller Sparer und einen Untersuchungsausschuss, sofort!", "opinion"),
          S("Holen Sie Ihr Geld von den Banken, solange Sie noch können!", "opinion"),
          S("Schicken Sie diesen Beitrag an alle, die noch an die Sicherheit ihrer Ersparnisse glauben!", "opinion")),
    ],
    "extra": '<p class="spende">Klartext bleibt unabhängig – dank Ihrer Spende. Schon 5 € helfen.</p>'
             '\n<p class="tags">Schlagworte: Nordkredit · Zentralbank · Sparer · Enteignung</p>',
    "removed": ["Klartext bleibt unabhängig", "Schon 5 € helfen", "Schlagworte: Nordkredit · Zentralbank · Sparer · Enteignung"],
}

# ------------------------------------------------------------------ Pemberton Wire (en wire, dateline block; Monday)

PEMBERTON = {
    "input": "dev17/nordkredit-pemberton.txt", "story": SID, "event": EV,
    "publisher": "Pemberton Wire", "published": "2033-03-14T17:10:00+01:00",
    "language": "en", "authors": ["Ruth Adeyemi"], "sensational": False,
    "pre": ["PEMBERTON WIRE", "Mar 14, 2033 17:10 CET", "By Ruth Adeyemi"],
    "blocks": [
        H("Nordkredit customer count rises to more than 210,000 as payout date set",
          claims=[Q("more than 210,000", 210000, "person", "affected", "more-than", subject=FREEZE, group="nk-customers", time=MON)]),
        P(S("More than 210,000 customers of Marvinia's failed Nordkredit Bank are affected by the freeze on its accounts, the deposit guarantee fund said on Monday, up from an initial estimate of about 180,000 on Friday.",
            claims=[Q("More than 210,000 customers", 210000, "person", "affected", "more-than", subject=FREEZE, source=FUND, group="nk-customers", time=MON),
                    Q("about 180,000", 180000, "person", "affected", "about", subject=FREEZE, group="nk-customers", time=FRI)]),
          S("The fund will begin paying out guaranteed deposits of up to €100,000 per customer on March 28, it said.",
            claims=[Q("up to €100,000 per customer", 100000, "eur", None, "up-to", subject="deposit guarantee limit", source=FUND, group="nk-guarantee", time=None)])),
        P(S("The government has pledged €1.5 billion ($1.6 billion) to top up the fund, finance minister Petra Lindqvist said.",
            claims=[Q("€1.5 billion", 1500000000, "eur", "pledged", subject="government top-up of the deposit guarantee fund", source="petra lindqvist", group="nk-pledge", time=MON),
                    Q("$1.6 billion", 1600000000, "usd", "pledged", subject="government top-up of the deposit guarantee fund", source="petra lindqvist", group="nk-pledge", time=MON)]),
          S("Nearly one in ten customers held more than the guaranteed amount.",
            claims=[Q("Nearly one in ten customers", 10, "percent", None, "about", subject="nordkredit customers above the guarantee limit", group="nk-share-above", time=None)])),
        P(S("Prosecutors searched Nordkredit's head office in Kaltenau on Monday.",
            claims=[ST("Prosecutors searched Nordkredit's head office in Kaltenau", "prosecutors", "searched", "nordkredit head office", "nk-search")]),
          S("The bank, which held €2.4 billion in deposits, was closed by the regulator FAM on Friday.",
            claims=[Q("€2.4 billion", 2400000000, "eur", None, subject="nordkredit deposits", group="nk-deposits", time=FRI),
                    ST("was closed by the regulator FAM on Friday", *CLOSED, "nk-closure")])),
        P(S("The savers' association Sparerbund has accused the central bank of ignoring auditors' warnings since October, which the central bank denies.",
            claims=[ST("accused the central bank of ignoring auditors' warnings since October", *WARNINGS, "nk-warnings", source="sparerbund"),
                    ST("which the central bank denies", *WARNINGS, "nk-warnings", source="central bank", denial=True)]),
          S("Opposition lawmakers have called for a parliamentary inquiry."),
          S("Nordkredit's 64 branches remained closed on Monday, and a notice on the doors referred customers to the fund's hotline.",
            claims=[Q("Nordkredit's 64 branches", 64, "branch", None, subject=BANK, group="nk-branches", time=None)])),
    ],
    "post": ["(Reporting by Ruth Adeyemi; editing by Colin Marsh)", "", "Copyright 2033 Pemberton Wire. All rights reserved."],
    "removed": ["Mar 14, 2033 17:10 CET", "By Ruth Adeyemi", "(Reporting by Ruth Adeyemi; editing by Colin Marsh)",
                "Copyright 2033 Pemberton Wire"],
}

NORTHGATE["blocks"].append(P(
    S("Analysts said the closure was unlikely to spread to other banks, most of which are far less exposed to property loans.")))

FEEDLINE["blocks"].insert(5, P(
    S("Nordkredit had lost heavily on loans to property developers after building costs soared and sales of new flats stalled."),
    S("The regulator said it had given the bank several months to raise fresh capital before stepping in."),
    S("No buyer could be found for the lender, a regional bank that grew quickly over the past decade."),
    S("Customers who need cash urgently can apply to the deposit guarantee fund for an advance, the fund said."),
    S("Analysts do not expect the problems to spread to other Marvinian banks.")))

MPA["blocks"].insert(4, P(
    S("Vor der Hauptfiliale am Kaltenauer Marktplatz warteten am Vormittag vor allem ältere Kundinnen und Kunden."),
    S("Viele von ihnen hätten ihre gesamten Ersparnisse bei der Bank angelegt, sagte eine Frau, die seit Jahrzehnten Kundin ist."),
    S("Die Finanzaufsicht hatte die Bank nach eigenen Angaben mehrfach aufgefordert, neues Kapital zu beschaffen."),
    S("Ein Käufer für das Institut fand sich jedoch nicht.")))

BLOG["blocks"].insert(4, P(
    S("Wer am Samstag vor den Filialen in Kaltenau stand, sah Rentner mit Sparbüchern in der Hand und junge Familien, die nicht wissen, wie sie die nächste Miete zahlen sollen."),
    S("Die Bank hat jahrelang mit Betongold gezockt, und die Aufseher haben applaudiert.", "opinion",
      loaded=[L("gezockt", "demonising")]),
    S("Fragen Sie sich selbst: Wäre Ihr Geld bei Ihrer Bank sicherer?", "opinion")))

PEMBERTON["blocks"].append(P(
    S("Nordkredit, a regional lender that expanded rapidly over the past decade, had lost heavily on loans to property developers."),
    S("The regulator said it had repeatedly asked the bank to raise fresh capital before closing it."),
    S("Customers who need cash urgently can apply to the fund for an advance.")))

FEEDLINE["blocks"][-1]["sentences"].append(S("Opposition parties want a special session of parliament's finance committee to look into the regulator's handling of the bank."))

ARTICLES = [NORTHGATE, FEEDLINE, MPA, BLOG, PEMBERTON]

REWRITES = [["dev17/northgate.atom#tag:northgate.example,2033:business/nordkredit-8841", "dev17/news.jsonl#fl-33031120"]]

FEED = {"title": "Northgate Broadcasting – Business", "link": "https://northgate.example/business",
        "id": "tag:northgate.example,2033:feed/business", "updated": "2033-03-11T19:00:00+01:00", "language": "en"}


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    """The Feedline item of dev17/news.jsonl (the file is written by the heatwave module)."""
    return {"id": "fl-33031120", "url": "https://feedline.example/business/nordkredit-closed-33031120",
            "title": headline(FEEDLINE), "text": text_without_headline(FEEDLINE), "publisher": FEEDLINE["publisher"],
            "published": FEEDLINE["published"], "language": "en", "category": "Business"}


def files():
    return {
        "northgate.atom": (render_atom(FEED, [(NORTHGATE, "tag:northgate.example,2033:business/nordkredit-8841",
                                               "https://northgate.example/business/nordkredit-8841", NORTHGATE["extra"])]), False),
        "nordkredit-mpa.txt": (render_txt(MPA), False),
        "klartext.rss": (render_rss(CHANNEL, [(BLOG, "km-2033-03-12-nordkredit",
                                               "https://klartext-marvinien.example/2033/03/12/enteignung-auf-raten", BLOG["extra"])]), False),
        "nordkredit-pemberton.txt": (render_txt(PEMBERTON), False),
    }
