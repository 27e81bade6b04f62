"""dev27 story 4: on Tuesday, 7 May 2047, the tax office of Marbeck (Seravien) admits that it sent out about 84,000
property-tax bills with inflated amounts after a faulty software update (61,000 to homeowners, 23,000 to businesses), on
average €212 too much, almost €18 million in all; refunds within six weeks. The opposition Bürgerliste says the tax office
ignored a warning from the software supplier Kommunaldata in mid-April; the city denies it. On Thursday, 9 May, the city
corrects its count to 86,500 bills; reissuing them costs about €450,000.

A German agency report (sdn, text; "erhebt Vorwürfe:" with Konjunktiv I), an English wire in its own words (Meridian Press
Wire; a DE–EN pair with sdn; parts that add up to sdn's total, dollars, "alleges") and the English service of a public
broadcaster on Thursday (Seravia Today, Atom entry; a later, larger count with the earlier one it rose from). This module
also writes seravia-today-english.atom, the broadcaster's feed with items of three stories. Invented by the Parallax team:
country, city, software firm, party, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_atom
import dev27_kalloe
import dev27_schwarzkluft

SID = "st-marbeck-tax-bills"
EV = "ev-marbeck-tax-bills"
STORY = {"id": SID, "label": "Marbeck's tax office sends out tens of thousands of inflated property-tax bills, Seravien",
         "events": [{"id": EV, "label": "The city admits the wrong bills and later corrects its count (7–9 May 2047)"}]}

TAX = "tax office"
OVER = "marbeck property-tax overcharge"
CITY = "city authorities"
BL = "bürgerliste"
TUE = T("2047-05-07", "2047-05-07")
THU = T("2047-05-09", "2047-05-09")
IGN = (TAX, "ignored", "a warning from the software supplier kommunaldata in mid-april")

GROUPS = [
    {"id": "gs-bills", "story": SID, "status": "compatible",
     "why": "About 84,000 wrong bills on Tuesday (sdn; Meridian's 61,000 to homeowners and 23,000 to businesses add up to it; the looser 'Zehntausende' / 'tens of thousands'), 86,500 by Thursday, up from the 84,000 first reported (Seravia Today): a later figure."},
    {"id": "gs-average", "story": SID, "status": "agreed", "why": "On average €212 too much (sdn; Meridian with $229)."},
    {"id": "gs-total", "story": SID, "status": "agreed", "why": "Almost €18 million overcharged in all (sdn; Meridian with $19.4 million)."},
    {"id": "gs-refund", "story": SID, "status": "agreed", "why": "Refunds within six weeks (sdn, Meridian)."},
    {"id": "gs-warning", "story": SID, "status": "disputed",
     "why": "The Bürgerliste says the tax office ignored Kommunaldata's warning in mid-April (sdn, Meridian, Seravia Today); the city denies it in all three."},
    {"id": "gs-reissue", "story": SID, "status": "single-source", "why": "Only Seravia Today: reissuing the bills costs about €450,000."},
    {"id": "gs-corrected", "story": SID, "status": "single-source", "why": "Only Seravia Today: some 30,000 corrected bills sent by Thursday."},
]

# ------------------------------------------------------------------ sdn (de agency, text; Tuesday)

NDP = {
    "input": "dev27/grundsteuer-sdn.txt", "story": SID, "event": EV,
    "publisher": "sdn Seravischer Nachrichtendienst", "published": "2047-05-07T13:45:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sdn Seravischer Nachrichtendienst", "07.05.2047 – 13:45", "Ressort: Politik / Kommunales"],
    "blocks": [
        H("Marbeck verschickt Zehntausende falsche Grundsteuerbescheide",
          claims=[Q("Zehntausende falsche Grundsteuerbescheide", 20000, None, None, "at-least", subject=TAX, group="gs-bills", time=TUE)]),
        P(S("MARBECK (sdn) – Das Steueramt der Hauptstadt hat rund 84.000 Grundsteuerbescheide mit zu hohen Beträgen verschickt.",
            claims=[Q("rund 84.000 Grundsteuerbescheide", 84000, None, None, "about", subject=TAX, group="gs-bills", time=TUE)]),
          S("Nach Angaben der Stadt sollen die Betroffenen im Schnitt 212 Euro zu viel zahlen, insgesamt geht es um knapp 18 Millionen Euro.",
            claims=[Q("212 Euro", 212, "eur", None, subject=OVER, source=CITY, group="gs-average"),
                    Q("knapp 18 Millionen Euro", 18000000, "eur", None, "about", subject=OVER, source=CITY, group="gs-total")]),
          S("Schuld sei ein fehlerhaftes Update der Steuersoftware im März, erklärte eine Sprecherin.")),
        P(S("Die Stadt will die zu viel verlangten Beträge binnen sechs Wochen erstatten.",
            claims=[Q("binnen sechs Wochen", 6, "week", "duration", "up-to", subject="refund of the overcharged tax", source=CITY, group="gs-refund")]),
          S("Neu berechnete Bescheide sollen von kommender Woche an verschickt werden.")),
        P(S("Die oppositionelle Bürgerliste erhebt Vorwürfe: Das Steueramt habe eine Warnung des Softwareanbieters Kommunaldata ignoriert, die schon Mitte April eingegangen sei.",
            claims=[ST("Das Steueramt habe eine Warnung des Softwareanbieters Kommunaldata ignoriert", *IGN, "gs-warning", source=BL, hedged=True)]),
          S("Ein Sprecher der Stadt wies das zurück.",
            claims=[ST("Ein Sprecher der Stadt wies das zurück", *IGN, "gs-warning", source=CITY, denial=True)]),
          S("Kommunaldata äußerte sich zunächst nicht.")),
    ],
    "post": ["sdn ak/pm 071345 Mai 47", "", "Themen: Steuern · Marbeck · Verwaltung", "© sdn – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["07.05.2047 – 13:45", "sdn ak/pm 071345 Mai 47", "Themen: Steuern · Marbeck · Verwaltung", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Meridian Press Wire (en wire, text; Tuesday; pair with sdn)

MPW = {
    "input": "dev27/grundsteuer-mpw.txt", "story": SID, "event": EV,
    "publisher": "Meridian Press Wire", "published": "2047-05-07T16:20:00+02:00",
    "language": "en", "authors": ["Ada Fenwick"], "sensational": False,
    "pre": ["MERIDIAN PRESS WIRE", "May 7, 2047 14:20 GMT"],
    "blocks": [
        H("Seravian capital sends out tens of thousands of wrong property-tax bills",
          claims=[Q("tens of thousands of wrong property-tax bills", 20000, None, None, "at-least", subject=TAX, group="gs-bills", time=TUE)]),
        P(S("MARBECK, Seravia (MPW) – The tax office of the Seravian capital has sent out property-tax bills with inflated amounts, 61,000 of them to homeowners and 23,000 to businesses, the city said on Tuesday.",
            claims=[Q("61,000 of them to homeowners", 61000, None, None, subject=TAX, source=CITY, group="gs-bills", time=TUE),
                    Q("23,000 to businesses", 23000, None, None, subject=TAX, source=CITY, group="gs-bills", time=TUE)]),
          S("The bills overstate the tax by an average of €212 ($229), or almost €18 million ($19.4 million) in all, according to the city.",
            claims=[Q("€212", 212, "eur", None, subject=OVER, source=CITY, group="gs-average"),
                    Q("$229", 229, "usd", None, subject=OVER, source=CITY, group="gs-average"),
                    Q("almost €18 million", 18000000, "eur", None, "about", subject=OVER, source=CITY, group="gs-total"),
                    Q("$19.4 million", 19400000, "usd", None, "about", subject=OVER, source=CITY, group="gs-total")])),
        P(S("A city spokeswoman blamed a faulty software update in March and said the money would be refunded within six weeks.",
            claims=[Q("within six weeks", 6, "week", "duration", "up-to", subject="refund of the overcharged tax", source=CITY, group="gs-refund")])),
        P(S("The opposition Bürgerliste alleges that the tax office ignored a warning from its software supplier, Kommunaldata, in mid-April.",
            claims=[ST("the tax office ignored a warning from its software supplier, Kommunaldata, in mid-April", *IGN, "gs-warning", source=BL, hedged=True)]),
          S("The city rejected the allegation.",
            claims=[ST("The city rejected the allegation", *IGN, "gs-warning", source=CITY, denial=True)])),
    ],
    "post": ["(Reporting by Ada Fenwick; editing by Priya Nandakumar)", "© 2047 Meridian Press Wire. All rights reserved."],
    "removed": ["May 7, 2047 14:20 GMT", "editing by Priya Nandakumar", "© 2047 Meridian Press Wire"],
}

# ------------------------------------------------------------------ Seravia Today (en broadcaster, Atom entry; Thursday; the later count)

STV = {
    "input": "dev27/seravia-today-english.atom#tag:seraviatoday.example,2047:en/marbeck-tax-bills", "story": SID, "event": EV,
    "publisher": "Seravia Today", "published": "2047-05-09T17:45:00+02:00",
    "language": "en", "authors": ["Maren Holt"], "sensational": False,
    "blocks": [
        H("Marbeck tax blunder bigger than first thought"),
        P(S("Marbeck's tax office sent out 86,500 inflated property-tax bills, not the 84,000 it reported on Tuesday, the city said on Thursday.",
            claims=[Q("86,500 inflated property-tax bills", 86500, None, None, subject=TAX, source=CITY, group="gs-bills", time=THU),
                    Q("the 84,000 it reported on Tuesday", 84000, None, None, subject=TAX, source=CITY, group="gs-bills", time=TUE)]),
          S("Printing and posting new bills will cost about €450,000, a spokeswoman said.",
            claims=[Q("about €450,000", 450000, "eur", "cost", "about", subject="reissue of the property-tax bills", source=CITY, group="gs-reissue")]),
          S("Some 30,000 corrected bills have already gone out.",
            claims=[Q("Some 30,000 corrected bills", 30000, None, None, "about", subject=TAX, group="gs-corrected", time=THU)])),
        P(S("The opposition Bürgerliste has accused the tax office of ignoring a warning from its software supplier in April; the city denies this.",
            claims=[ST("has accused the tax office of ignoring a warning from its software supplier in April", *IGN, "gs-warning", source=BL),
                    ST("the city denies this", *IGN, "gs-warning", source=CITY, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 2 min · Seravia Today Business</p>',
    "removed": ["Listen: 2 min", "Seravia Today Business"],
}

ARTICLES = [NDP, MPW, STV]

REWRITES = []

ST_FEED = {"title": "Seravia Today – English News", "link": "https://seraviatoday.example/english/",
           "id": "tag:seraviatoday.example,2047:en-news", "updated": "2047-10-21T20:30:00+02:00", "language": "en"}


def _entry(article, link):
    return (article, article["input"].split("#", 1)[1], link, article["extra"])


def files():
    """Also writes seravia-today-english.atom, the broadcaster's feed with the items of three stories (newest first)."""
    entries = [_entry(dev27_schwarzkluft.STV, "https://seraviatoday.example/english/2047/10/21/schwarzkluft-rescue"),
               _entry(dev27_kalloe.STV, "https://seraviatoday.example/english/2047/09/08/kalloe-whales-toll"),
               _entry(STV, "https://seraviatoday.example/english/2047/05/09/marbeck-tax-bills")]
    return {
        "grundsteuer-sdn.txt": (render_txt(NDP), False),
        "grundsteuer-mpw.txt": (render_txt(MPW), False),
        "seravia-today-english.atom": (render_atom(ST_FEED, entries), False),
    }
