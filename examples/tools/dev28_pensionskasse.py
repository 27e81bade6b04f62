"""dev28 story 4: on Tuesday, 10 March 2048, the municipal pension fund of Morvel (Lavrenien), Pensionskasse Morvel, reports a
loss of €312 million for 2047 on loans to the insolvent property developer Kastell, about 9 per cent of its €3.4 billion of
assets; it insures 27,400 members. A business paper reports that the fund's risk chief had warned of the loans in 2045 and
that its head, Konrad Velten, allegedly ignored the warning; Velten denies having received it. The public-sector union fears
pension cuts of up to 6 per cent; the fund denies that any cut has been decided. The supervisory board suspends Velten on
Wednesday; the city may have to inject up to €150 million.

A German agency report on Tuesday (LNA, text), a German business paper on Wednesday (Finanzblatt, HTML), an English quality
paper on Thursday (The Lavrenian Ledger, HTML) and an English partisan blog on Friday (Lavrenia Unspun, an item with HTML in
a news aggregator's JSON Lines dump; this module writes lavrenia-news.jsonl with the Harkenfeld Herald's item of
dev28_harkenfeld.py). Invented: country, city, fund, firms, union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, blocks_html, content_blocks, block_text
import dev28_harkenfeld
import dev28_dornegg

SID = "st-morvel-pension"
EV = "ev-morvel-pension-loss"
STORY = {"id": SID, "label": "Morvel municipal pension fund loses €312 million on property loans, Lavrenien",
         "events": [{"id": EV, "label": "Pension fund reports its loss; warnings, union fears, the head suspended (10–13 March 2048)"}]}

Y2047 = T("2047-01-01", "2047-12-31")
TUE = T("2048-03-10", "2048-03-10")
FUND = "pensionskasse morvel"
KV = "konrad velten"
UNION = "ödl"
WARNING = (KV, "ignored", "his risk chief's warning about the kastell loans")
CUT = (FUND, "approved", "a cut in pensions")
SUSPEND = ("supervisory board", "suspended", "konrad velten")

GROUPS = [
    {"id": "pension-loss", "story": SID, "status": "agreed",
     "why": "The loss: €312 million (LNA, Ledger), 'gut 300 Millionen' (Finanzblatt), 'nearly a third of a billion' (Unspun)."},
    {"id": "pension-share", "story": SID, "status": "agreed", "why": "About 9 per cent of the fund's assets (LNA, Ledger)."},
    {"id": "pension-assets", "story": SID, "status": "agreed", "why": "Assets of €3.4 billion (LNA, Finanzblatt)."},
    {"id": "pension-members", "story": SID, "status": "agreed",
     "why": "27,400 members (LNA), 'knapp 28.000' (Finanzblatt), more than 27,000 (Ledger)."},
    {"id": "pension-warning", "story": SID, "status": "disputed",
     "why": "Velten allegedly ignored the risk chief's warning (Finanzblatt, Ledger; Unspun as fact); Velten denies having received it (Finanzblatt, Ledger)."},
    {"id": "pension-cut", "story": SID, "status": "disputed",
     "why": "Unspun states that pensions will be cut; the fund denies that any cut has been decided (Ledger)."},
    {"id": "pension-cut-size", "story": SID, "status": "agreed",
     "why": "A cut of up to 6 per cent feared by the union (LNA, Ledger) and 6 per cent as fact (Unspun)."},
    {"id": "pension-salary", "story": SID, "status": "agreed", "why": "Velten's salary of €410,000 a year (Finanzblatt, Unspun)."},
    {"id": "pension-suspended", "story": SID, "status": "single-source", "why": "Only the Ledger (headline and body): the supervisory board suspended Velten."},
    {"id": "pension-bailout", "story": SID, "status": "agreed",
     "why": "The city may have to put in up to €150 million (Ledger); €150 million as fact (Unspun)."},
]

# ------------------------------------------------------------------ LNA (de agency, text; Tuesday)

LNA = {
    "input": "dev28/morvel-pensionskasse-lna.txt", "story": SID, "event": EV,
    "publisher": "LNA Lavrenische Nachrichtenagentur", "published": "2048-03-10T15:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["LNA Lavrenische Nachrichtenagentur", "10.03.2048 · 15:30 Uhr", "Wirtschaft · Kommunen"],
    "blocks": [
        H("Pensionskasse Morvel verliert 312 Millionen Euro",
          claims=[Q("312 Millionen Euro", 312000000, "eur", "cost", subject=FUND, group="pension-loss", time=Y2047)]),
        P(S("MORVEL (LNA) – Die Städtische Pensionskasse Morvel hat im vergangenen Jahr 312 Millionen Euro verloren.",
            claims=[Q("312 Millionen Euro", 312000000, "eur", "cost", subject=FUND, group="pension-loss", time=Y2047)]),
          S("Das entspricht rund neun Prozent ihres Vermögens von 3,4 Milliarden Euro, wie aus dem am Dienstag vorgelegten Jahresbericht hervorgeht.",
            claims=[Q("rund neun Prozent", 9, "percent", None, "about", subject=FUND, source=FUND, group="pension-share", time=Y2047),
                    Q("3,4 Milliarden Euro", 3400000000, "eur", None, subject=FUND, source=FUND, group="pension-assets")])),
        P(S("Grund sind Kredite an den Projektentwickler Kastell, der im November Insolvenz angemeldet hatte."),
          S("Die Kasse sichert die Altersversorgung von 27.400 Beschäftigten und Ruheständlern der Stadt und ihrer Betriebe.",
            claims=[Q("27.400 Beschäftigten und Ruheständlern", 27400, "person", None, subject=FUND, group="pension-members")])),
        P(S("Die Gewerkschaft ÖDL befürchtet Rentenkürzungen von bis zu sechs Prozent.",
            claims=[Q("bis zu sechs Prozent", 6, "percent", "decrease", "up-to", subject="pensions", source=UNION, group="pension-cut-size")]),
          S("Der Stadtrat will am 19. März in einer Sondersitzung über die Lage beraten."),
          S("Kassenchef Konrad Velten kündigte eine externe Prüfung an.")),
    ],
    "post": ["LNA rk/jm 101530 Mär 48", "Schlagworte: Morvel · Pensionskasse · Kastell", "© LNA – Alle Rechte vorbehalten."],
    "removed": ["10.03.2048 · 15:30 Uhr", "LNA rk/jm 101530 Mär 48", "Schlagworte: Morvel · Pensionskasse · Kastell"],
}

# ------------------------------------------------------------------ Finanzblatt (de business paper, HTML; Wednesday)

FB_SITE = {
    "nav": ["Märkte", "Unternehmen", "Finanzen", "Immobilien", "Vorsorge", "Meinung", "Abo"],
    "cookie": "Finanzblatt.example verwendet Cookies für Analyse und Werbung. Sie können Ihre Einwilligung jederzeit widerrufen.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "11.03.2048 – 07:30",
    "share": "Teilen · Drucken · Merken",
    "ad": "Depot wechseln und 150 € Prämie sichern – Anzeige",
    "related_title": "Weitere Artikel",
    "related": ["Kastell-Pleite: Die Liste der Gläubiger", "Kommunale Pensionskassen im Vergleich: 7 Kassen, 7 Strategien"],
    "footer": "© 2048 Finanzblatt Verlag GmbH · Alle Kurse ohne Gewähr",
    "inline": '<div class="ticker"><p>DAX-L 14.211 Punkte +0,4 % · Euro 1,0842 $</p></div>',
    "inline_at": 1,
}

FB = {
    "input": "dev28/morvel-pensionskasse-finanzblatt.html", "story": SID, "event": EV,
    "publisher": "Finanzblatt", "published": "2048-03-11T07:30:00+01:00",
    "language": "de", "authors": ["Levin Taschner"], "sensational": False,
    "blocks": [
        H("Pensionskasse Morvel: Die Warnung, die niemand hören wollte"),
        P(S("Die Städtische Pensionskasse Morvel hat mit Krediten an den insolventen Projektentwickler Kastell gut 300 Millionen Euro verloren.",
            claims=[Q("gut 300 Millionen Euro", 300000000, "eur", "cost", "more-than", subject=FUND, group="pension-loss", time=Y2047)]),
          S("Seit 2043 hatte sie dem Unternehmen immer neue Darlehen gewährt."),
          S("Bei einem Vermögen von 3,4 Milliarden Euro ist das ein schwerer Schlag, aber keine Existenzfrage.",
            claims=[Q("3,4 Milliarden Euro", 3400000000, "eur", None, subject=FUND, group="pension-assets")])),
        P(S("Nach Informationen des Finanzblatts warnte die Risikochefin der Kasse bereits im Herbst 2045 in einem internen Vermerk vor dem Klumpenrisiko."),
          S("Kassenchef Konrad Velten soll die Warnung ignoriert haben.",
            claims=[ST("Kassenchef Konrad Velten soll die Warnung ignoriert haben", *WARNING, "pension-warning", source="finanzblatt", hedged=True)]),
          S("Velten weist das zurück: Er habe den Vermerk nie erhalten.",
            claims=[ST("Velten weist das zurück", *WARNING, "pension-warning", source=KV, denial=True)])),
        P(S("Die Kasse hat knapp 28.000 Mitglieder.",
            claims=[Q("knapp 28.000 Mitglieder", 28000, "person", None, "about", subject=FUND, group="pension-members")]),
          S("Veltens Jahresgehalt von 410.000 Euro dürfte im Stadtrat für Diskussionen sorgen.",
            claims=[Q("410.000 Euro", 410000, "eur", "paid", subject=KV, group="pension-salary")])),
        P(S("Die Aufsicht über kommunale Kassen ist in Lavrenien bemerkenswert lax.", "opinion"),
          S("Dass eine einzige Risikochefin gegen einen Kreditrahmen dieser Größe anschreiben muss, sagt viel über die Kultur im Haus.", "opinion")),
    ],
    "removed": ["150 € Prämie sichern", "DAX-L 14.211 Punkte", "Die Liste der Gläubiger", "Alle Kurse ohne Gewähr"],
}

# ------------------------------------------------------------------ The Lavrenian Ledger (en quality paper, HTML; Thursday)

LEDGER = {
    "input": "dev28/morvel-pension-ledger.html", "story": SID, "event": EV,
    "publisher": "The Lavrenian Ledger", "published": "2048-03-12T18:00:00+01:00",
    "language": "en", "authors": ["Owen Starkey"], "sensational": False,
    "blocks": [
        H("Morvel pension fund suspends its chief after €312m loss",
          claims=[ST("Morvel pension fund suspends its chief", *SUSPEND, "pension-suspended"),
                  Q("€312m loss", 312000000, "eur", "cost", subject=FUND, group="pension-loss", time=Y2047)]),
        P(S("The supervisory board of Morvel's municipal pension fund suspended its chief executive, Konrad Velten, on Wednesday, a day after the fund disclosed a loss of €312m, or about 9% of its assets.",
            claims=[ST("The supervisory board of Morvel's municipal pension fund suspended its chief executive, Konrad Velten, on Wednesday", *SUSPEND, "pension-suspended"),
                    Q("€312m", 312000000, "eur", "cost", subject=FUND, group="pension-loss", time=Y2047),
                    Q("about 9%", 9, "percent", None, "about", subject=FUND, group="pension-share", time=Y2047)]),
          S("The fund, which covers more than 27,000 current and former city employees, lost the money on loans to Kastell, a property developer that collapsed in November.",
            claims=[Q("more than 27,000 current and former city employees", 27000, "person", None, "more-than", subject=FUND, group="pension-members")])),
        P(S("The business daily Finanzblatt reported on Wednesday that Mr Velten had allegedly ignored a written warning about the loans from the fund's own risk officer in 2045.",
            claims=[ST("Mr Velten had allegedly ignored a written warning about the loans from the fund's own risk officer in 2045", *WARNING, "pension-warning", source="finanzblatt", hedged=True)]),
          S("Mr Velten denies ever receiving the memo.",
            claims=[ST("Mr Velten denies ever receiving the memo", *WARNING, "pension-warning", source=KV, denial=True)])),
        P(S("The public-sector union ÖDL has warned that pensions could be cut by up to 6%.",
            claims=[Q("up to 6%", 6, "percent", "decrease", "up-to", subject="pensions", source=UNION, group="pension-cut-size")]),
          S("A spokeswoman for the fund rejected claims that a cut had already been decided, saying benefits for 2048 were safe.",
            claims=[ST("A spokeswoman for the fund rejected claims that a cut had already been decided", *CUT, "pension-cut", source=FUND, denial=True)]),
          S("According to the city treasurer, Morvel may have to inject up to €150m to keep the fund's reserves at the legal minimum.",
            claims=[Q("up to €150m", 150000000, "eur", "paid", "up-to", subject="morvel", source="city treasurer", group="pension-bailout")])),
    ],
}

LEDGER_SITE = dict(dev28_dornegg.LEDGER_SITE, date_label="Thursday 12 March 2048",
                   related=["Kastell: how a builder's empire fell", "Explainer: who guarantees a city's pensions?"])
LEDGER["removed"] = ["12 comments", "your first 3 months for €1", "Kastell: how a builder's empire fell",
                     "who guarantees a city's pensions?", "14 Quay Street, Tauberne"]

# ------------------------------------------------------------------ Lavrenia Unspun (en partisan blog; JSON Lines item with HTML; Friday)

UNSPUN = {
    "input": "dev28/lavrenia-news.jsonl#unspun-2048-03-13-morvel", "story": SID, "event": EV,
    "publisher": "Lavrenia Unspun", "published": "2048-03-13T21:00:00+01:00",
    "language": "en", "authors": [], "sensational": True,
    "blocks": [
        H("THE GREAT MORVEL PENSION HEIST: your retirement, their casino",
          loaded=[L("PENSION HEIST", "demonising"), L("casino", "demonising")]),
        P(S("Nearly a third of a billion euros of city workers' savings, gone.",
            claims=[Q("Nearly a third of a billion euros", 333333333, "eur", "cost", "about", subject=FUND, group="pension-loss", time=Y2047)]),
          S("Konrad Velten ignored his own risk officer's warning and kept pouring money into Kastell, because that is how the cronies at city hall do business.",
            claims=[ST("Konrad Velten ignored his own risk officer's warning and kept pouring money into Kastell", *WARNING, "pension-warning")],
            loaded=[L("cronies", "demonising")])),
        P(S("Now the fund will cut pensions by 6 percent, and taxpayers will be forced to shovel €150 million into the hole.",
            claims=[ST("Now the fund will cut pensions by 6 percent", *CUT, "pension-cut"),
                    Q("6 percent", 6, "percent", "decrease", subject="pensions", group="pension-cut-size"),
                    Q("€150 million", 150000000, "eur", "paid", subject="morvel", group="pension-bailout")]),
          S("Velten, meanwhile, pocketed €410,000 a year for running the show.",
            claims=[Q("€410,000 a year", 410000, "eur", "paid", subject=KV, group="pension-salary")],
            loaded=[L("pocketed", "demonising")]),
          S("His board has finally woken up, far too late.", "opinion")),
        P(S("Who signed off on these loans, and who got paid?", "opinion"),
          S("Email your councillor today and demand a public inquiry before the special session on March 19!", "opinion")),
    ],
    "removed": ["Get Unspun in your inbox", "Support us from £2 a month"],
}

ARTICLES = [LNA, FB, LEDGER, UNSPUN]

REWRITES = []


def jsonl_item_text(article):
    return "\n\n".join(block_text(b) for b in content_blocks(article))


def files():
    """Also writes lavrenia-news.jsonl: the Harkenfeld Herald's item (dev28_harkenfeld.py, plain text) and the Unspun item
    (HTML with a newsletter box)."""
    herald = dev28_harkenfeld.HERALD
    items = [
        {"id": "herald-2048-06-21-sommerklang", "url": "https://harkenfeldherald.example/news/2048/06/21/gates-sommerklang",
         "title": herald["blocks"][0]["sentences"][0]["text"], "text": jsonl_item_text(herald),
         "publisher": herald["publisher"], "published": herald["published"], "language": herald["language"]},
        {"id": "unspun-2048-03-13-morvel", "url": "https://unspun.example/2048/03/13/great-morvel-pension-heist",
         "title": UNSPUN["blocks"][0]["sentences"][0]["text"],
         "html": blocks_html(content_blocks(UNSPUN))
                 + '\n<aside class="newsletter"><p>Get Unspun in your inbox every Friday.</p>'
                   '<p>Support us from £2 a month.</p></aside>',
         "publisher": UNSPUN["publisher"], "published": UNSPUN["published"], "language": UNSPUN["language"]},
    ]
    return {
        "morvel-pensionskasse-lna.txt": (render_txt(LNA), False),
        "morvel-pensionskasse-finanzblatt.html": (render_html(FB, FB_SITE), False),
        "morvel-pension-ledger.html": (render_html(LEDGER, LEDGER_SITE), False),
        "lavrenia-news.jsonl": (render_jsonl(items), False),
    }
