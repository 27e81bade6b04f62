"""dev26 story 4: on Thursday, 7 June 2046, the consumer association Verbraucherbund publishes a test: at the supermarket
chain Marktwerk (620 stores in Nordavien) 14 percent of about 2,000 items bought in 40 stores cost more at the till than on
the shelf, by 38 cents on average; the association puts the customers' loss at up to €30 million a year and says Marktwerk
had known of the wrong prices since March; Marktwerk denies it, blames a software fault and promises refunds and a €5
voucher.

A German agency report (ndp, text), an English wire in its own words (Continental Newswire; a DE–EN pair with ndp; dollars
and US cents), a left-wing blog (RSS) that states the charge as fact, omits the denial, digresses to the chief executive's
pay and calls for a boycott, and a price-app advertorial on a local portal (HTML) with inflated figures. Invented by the
Parallax team: country, towns, chain, association, app, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-marktwerk-prices"
EV = "ev-marktwerk-test"
STORY = {"id": SID, "label": "Consumer test finds Marktwerk supermarkets charging more at the till than on the shelf, Nordavien",
         "events": [{"id": EV, "label": "Verbraucherbund publishes its checkout test (7 June 2046)"}]}

EVENT = "marktwerk checkout overcharging"
MW = "marktwerk"
VB = "verbraucherbund"
KNEW = (MW, "knew of", "wrong checkout prices since march")

GROUPS = [
    {"id": "mw-share", "story": SID, "status": "conflicting",
     "why": "14 percent of items dearer at the till (ndp, Continental Newswire; Roter Faden's 'fast jeder siebte', about 14.3) against the advertorial's one in five (20)."},
    {"id": "mw-items", "story": SID, "status": "agreed", "why": "About 2,000 items bought (ndp, Continental Newswire)."},
    {"id": "mw-tested", "story": SID, "status": "agreed", "why": "40 stores tested (ndp, Continental Newswire)."},
    {"id": "mw-stores", "story": SID, "status": "agreed", "why": "Marktwerk has 620 stores (ndp, Continental Newswire)."},
    {"id": "mw-average", "story": SID, "status": "agreed",
     "why": "An average overcharge of 38 cents (ndp; Continental Newswire with 41 US cents)."},
    {"id": "mw-range", "story": SID, "status": "agreed", "why": "Overcharges from 5 cents to €2.10 an item (ndp, Continental Newswire)."},
    {"id": "mw-loss", "story": SID, "status": "conflicting",
     "why": "Up to €30 million a year (ndp, Continental Newswire with $33 million; Roter Faden's 30 million) against the advertorial's more than €50 million."},
    {"id": "mw-knew", "story": SID, "status": "disputed",
     "why": "The Verbraucherbund says Marktwerk knew of the wrong prices since March (ndp, Continental Newswire); Roter Faden states it as fact; Marktwerk denies it (ndp, Continental Newswire); Roter Faden omits the denial."},
    {"id": "mw-voucher", "story": SID, "status": "agreed", "why": "A €5 voucher for affected customers (ndp, Continental Newswire)."},
    {"id": "mw-ceo-pay", "story": SID, "status": "single-source", "why": "Only Roter Faden: the chief executive received €4.8 million last year."},
    {"id": "mw-app-users", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 300,000 people use the app."},
]

# ------------------------------------------------------------------ ndp (de agency, text; Thursday)

NDP = {
    "input": "dev26/marktwerk-ndp.txt", "story": SID, "event": EV,
    "publisher": "ndp Nordavischer Depeschendienst", "published": "2046-06-07T11:25:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["ndp Nordavischer Depeschendienst", "07.06.2046 – 11:25", "Ressort: Wirtschaft / Verbraucher"],
    "blocks": [
        H("Verbraucherbund: An Marktwerk-Kassen oft teurer als am Regal"),
        P(S("OSTERBRUCK (ndp) – Wer bei der Supermarktkette Marktwerk einkauft, zahlt an der Kasse häufig mehr, als auf dem Preisschild steht."),
          S("Das ergab ein Test des Verbraucherbunds, für den Prüfer in 40 Filialen rund 2.000 Artikel gekauft haben.",
            claims=[Q("40 Filialen", 40, "branch", None, subject=MW, source=VB, group="mw-tested"),
                    Q("rund 2.000 Artikel", 2000, None, None, "about", subject="verbraucherbund test", source=VB, group="mw-items")]),
          S("Dem Verbraucherbund zufolge lag der Kassenpreis bei 14 Prozent der Artikel über dem Regalpreis, im Schnitt um 38 Cent.",
            claims=[Q("14 Prozent", 14, "percent", None, subject=EVENT, source=VB, group="mw-share"),
                    Q("38 Cent", 0.38, "eur", None, subject=EVENT, source=VB, group="mw-average")]),
          S("Die Aufschläge reichten von 5 Cent bis 2,10 Euro.",
            claims=[Q("von 5 Cent bis 2,10 Euro", None, "eur", None, "range", low=0.05, high=2.1, subject=EVENT, group="mw-range")])),
        P(S("Hochgerechnet auf alle 620 Filialen schätzt der Verbraucherbund den Schaden für die Kundschaft auf bis zu 30 Millionen Euro im Jahr.",
            claims=[Q("620 Filialen", 620, "branch", "size", subject=MW, source=VB, group="mw-stores"),
                    Q("bis zu 30 Millionen Euro", 30000000, "eur", "cost", "up-to", subject=EVENT, source=VB, group="mw-loss")]),
          S("Marktwerk habe seit März von den falschen Preisen gewusst, sagte Verbandschefin Dorothea Kemmerich.",
            claims=[ST("Marktwerk habe seit März von den falschen Preisen gewusst", *KNEW, "mw-knew", source=VB, hedged=True)])),
        P(S("Marktwerk weist das zurück."
            , claims=[ST("Marktwerk weist das zurück", *KNEW, "mw-knew", source=MW, denial=True)]),
          S("Ein Fehler bei der Übertragung neuer Preise in die Kassensysteme sei erst durch den Test aufgefallen, erklärte das Unternehmen."),
          S("Betroffene Kunden sollen die Differenz erstattet bekommen und zusätzlich einen Gutschein über fünf Euro erhalten.",
            claims=[Q("fünf Euro", 5, "eur", "paid", subject="marktwerk voucher", source=MW, group="mw-voucher")])),
    ],
    "post": ["ndp hb/ra 071125 Jun 46", "", "Themen: Handel · Verbraucherschutz · Marktwerk", "© ndp – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["07.06.2046 – 11:25", "ndp hb/ra 071125 Jun 46", "Themen: Handel · Verbraucherschutz · Marktwerk",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Thursday; pair with ndp)

CNW = {
    "input": "dev26/marktwerk-cnw.txt", "story": SID, "event": EV,
    "publisher": "Continental Newswire", "published": "2046-06-07T15:05:00+02:00",
    "language": "en", "authors": ["Helen Szabo"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "Jun 7, 2046 13:05 UTC"],
    "blocks": [
        H("Nordavian grocer Marktwerk overcharged at the till, consumer group says"),
        P(S("OSTERBRUCK, Nordavia (CNW) – Shoppers at Nordavian supermarket chain Marktwerk paid more at the checkout than the shelf price for 14 percent of items, according to a test the consumer association Verbraucherbund published on Thursday.",
            claims=[Q("14 percent", 14, "percent", None, subject=EVENT, source=VB, group="mw-share")]),
          S("Its testers bought some 2,000 items in 40 of the chain's 620 stores and were overcharged by an average of 38 cents (41 U.S. cents).",
            claims=[Q("some 2,000 items", 2000, None, None, "about", subject="verbraucherbund test", group="mw-items"),
                    Q("40 of the chain's 620 stores", 40, None, None, subject=MW, group="mw-tested"),
                    Q("620 stores", 620, None, "size", subject=MW, group="mw-stores"),
                    Q("38 cents", 0.38, "eur", None, subject=EVENT, group="mw-average"),
                    Q("41 U.S. cents", 0.41, "usd", None, subject=EVENT, group="mw-average")]),
          S("Overcharges ranged from 5 cents to €2.10 per item.",
            claims=[Q("from 5 cents to €2.10", None, "eur", None, "range", low=0.05, high=2.1, subject=EVENT, group="mw-range")])),
        P(S("The association estimates that customers lose as much as €30 million ($33 million) a year.",
            claims=[Q("as much as €30 million", 30000000, "eur", "cost", "up-to", subject=EVENT, source=VB, group="mw-loss"),
                    Q("$33 million", 33000000, "usd", "cost", "up-to", subject=EVENT, source=VB, group="mw-loss")]),
          S("Its head, Dorothea Kemmerich, said Marktwerk had known about the wrong prices since March.",
            claims=[ST("Marktwerk had known about the wrong prices since March", *KNEW, "mw-knew", source=VB)])),
        P(S("Marktwerk denied this, blaming a software fault in sending new prices to its tills that, it said, came to light only through the test.",
            claims=[ST("Marktwerk denied this", *KNEW, "mw-knew", source=MW, denial=True)]),
          S("The chain said it would refund the difference and give affected customers a €5 voucher.",
            claims=[Q("€5 voucher", 5, "eur", "paid", subject="marktwerk voucher", source=MW, group="mw-voucher")])),
    ],
    "post": ["(Reporting by Helen Szabo; editing by Ruth Calloway)", "© 2046 Continental Newswire. All rights reserved."],
    "removed": ["Jun 7, 2046 13:05 UTC", "editing by Ruth Calloway", "© 2046 Continental Newswire"],
}

# ------------------------------------------------------------------ Roter Faden (de left-wing blog, RSS; Thursday evening; omits the denial)

RF_CHANNEL = {"title": "Roter Faden – Nordavien von unten", "link": "https://roter-faden.example/",
              "description": "Gegen die Macht der Konzerne.", "language": "de"}

RF = {
    "input": "dev26/roter-faden.rss#rf-2046-06-07-marktwerk", "story": SID, "event": EV,
    "publisher": "Roter Faden", "published": "2046-06-07T19:30:00+02:00",
    "language": "de", "authors": ["Jule Brandhorst"], "sensational": True,
    "blocks": [
        H("Abzocke an der Kasse: Marktwerk bestiehlt seine Kundschaft",
          loaded=[L("Abzocke", "demonising"), L("bestiehlt", "demonising")]),
        P(S("Fast jeder siebte Artikel ist an der Marktwerk-Kasse teurer als am Regal – das hat der Verbraucherbund jetzt schwarz auf weiß nachgewiesen.",
            claims=[Q("Fast jeder siebte Artikel", 14.3, "percent", None, "about", subject=EVENT, source=VB, group="mw-share")]),
          S("30 Millionen Euro im Jahr wandern so aus den Taschen der Menschen in die Kassen des Konzerns.",
            claims=[Q("30 Millionen Euro", 30000000, "eur", "cost", subject=EVENT, group="mw-loss")]),
          S("Und Marktwerk wusste seit März Bescheid!",
            claims=[ST("Marktwerk wusste seit März Bescheid", *KNEW, "mw-knew")])),
        P(S("Während Rentnerinnen an der Kasse jeden Cent umdrehen, kassierte Marktwerk-Chef Lars Brüning im vergangenen Jahr 4,8 Millionen Euro.", "opinion",
            claims=[Q("4,8 Millionen Euro", 4800000, "eur", "paid", subject="lars brüning", group="mw-ceo-pay", time=T("2045-01-01", "2045-12-31"))]),
          S("Ist das noch ein Versehen oder schon das Geschäftsmodell der Konzern-Gier?", "opinion",
            loaded=[L("Konzern-Gier", "demonising")])),
        P(S("Boykottiert Marktwerk, bis jeder Cent zurückgezahlt ist!", "opinion"),
          S("Und schreibt dem Wirtschaftsministerium, dass Preisbetrug endlich hart bestraft werden muss.", "opinion",
            loaded=[L("Preisbetrug", "demonising")])),
    ],
    "extra": '<p class="spenden">Roter Faden ist werbefrei – unterstütze uns ab 3 Euro im Monat</p>\n<p class="tags">Schlagwörter: Konzerne, Preise, Handel</p>',
    "removed": ["ab 3 Euro im Monat", "Schlagwörter: Konzerne, Preise, Handel"],
}

# ------------------------------------------------------------------ Sevenau Live (de local portal, HTML; Friday; an app's advertorial)

SL_SITE = {
    "nav": ["Aktuell", "Sevenau", "Freizeit", "Ratgeber", "Gewinnspiele"],
    "cookie": "Sevenau Live nutzt Cookies und ähnliche Technologien von 130 Partnern.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "8. Juni 2046",
    "share": "Teilen",
    "ad": "Gewinnen Sie 1 von 5 Einkaufsgutscheinen!",
    "related_title": "Ratgeber",
    "related": ["8 Spartipps für den Wocheneinkauf", "Strompreise: Wechsel lohnt sich ab 200 Euro"],
    "footer": "© 2046 Sevenau Live · Impressum · Mediadaten",
    "inline": '<div class="label">Anzeige · Präsentiert von PreisWächter</div>',
    "inline_at": 0,
    "after": '<div class="cta">PreisWächter Premium: 3 Monate gratis</div>',
}

SL = {
    "input": "dev26/marktwerk-sevenau-live.html", "story": SID, "event": EV,
    "publisher": "Sevenau Live", "published": "2046-06-08T09:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Kassenfalle Supermarkt: So schützen Sie sich vor überhöhten Preisen",
          loaded=[L("Kassenfalle", "alarmist")]),
        P(S("Jeder fünfte Artikel kostet an der Kasse mehr als angeschrieben – das zeigen aktuelle Tests bei Marktwerk.",
            claims=[Q("Jeder fünfte Artikel", 20, "percent", None, subject=EVENT, group="mw-share")]),
          S("Verbraucherschützer schätzen den Schaden auf über 50 Millionen Euro im Jahr.",
            claims=[Q("über 50 Millionen Euro", 50000000, "eur", "cost", "more-than", subject=EVENT, source="consumer advocates", group="mw-loss")])),
        P(S("Mit der App PreisWächter scannen Sie einfach das Regaletikett und vergleichen es mit Ihrem Kassenbon.", "opinion"),
          S("Schon mehr als 300.000 Nordavier schützen sich so vor der Preis-Abzocke.",
            claims=[Q("mehr als 300.000 Nordavier", 300000, "person", None, "more-than", subject="preiswächter app", group="mw-app-users")],
            loaded=[L("Preis-Abzocke", "demonising")]),
          S("Jetzt kostenlos herunterladen und nie wieder zu viel bezahlen!", "opinion")),
    ],
    "removed": ["Anzeige · Präsentiert von PreisWächter", "130 Partnern", "8. Juni 2046", "1 von 5 Einkaufsgutscheinen",
                "8 Spartipps für den Wocheneinkauf", "ab 200 Euro", "3 Monate gratis", "© 2046 Sevenau Live"],
}

ARTICLES = [NDP, CNW, RF, SL]

REWRITES = []


def files():
    return {
        "marktwerk-ndp.txt": (render_txt(NDP), False),
        "marktwerk-cnw.txt": (render_txt(CNW), False),
        "roter-faden.rss": (render_rss(RF_CHANNEL, [(RF, "rf-2046-06-07-marktwerk",
                                                    "https://roter-faden.example/2046/06/07/marktwerk-abzocke", RF["extra"])]), False),
        "marktwerk-sevenau-live.html": (render_html(SL, SL_SITE), False),
    }
