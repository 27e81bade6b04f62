"""dev22 story 3: after the draw on Saturday, 3 September 2039, the app of Norbanien's state lottery Norlotto shows wrong
winning numbers for 45 minutes; about 28,000 players are told they have won (Sunday's count), 31,500 by Monday's count. The
jackpot of 8.4 million euros is not affected; each player gets a 10-euro voucher; the hotline takes more than 12,000 calls.
The players' rights group Spielerschutz Norbanien says Norlotto had known of the fault for two weeks, since a failed test;
Norlotto denies it.

The company's press release (German text with a dateline and an "Über Norlotto" boilerplate; its own denial before anyone
is quoted with the charge), an English wire report on Monday (the later count with the earlier restated, euros and dollars),
its rewrite by an English aggregator (JSON Lines item with `text`, written by dev22_velocor.py) and a law firm's advertorial
(text) that omits the denial and states the charge as fact. Invented by the Parallax team: country, lottery, group, law
firm, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, headline

SID = "st-norlotto-app"
EV = "ev-norlotto-wrong-numbers"
STORY = {"id": SID, "label": "Norlotto app shows wrong winning numbers; thousands told they won",
         "events": [{"id": EV, "label": "Norlotto's app shows wrong numbers after the draw; players told they won; a players' group says the fault was known, Norlotto denies it (3–7 September 2039)"}]}

NL = "norlotto"
SPS = "spielerschutz norbanien"
LAW = "brandt & oswald"
PLAYERS = "players wrongly told they had won the norlotto draw"
SAT = T("2039-09-03", "2039-09-03")
SUN = T("2039-09-04", "2039-09-04")
MON = T("2039-09-05", "2039-09-05")
KNEW = (NL, "ignored", "a software fault known before the draw")
KNOWN = "time norlotto had known of the software fault"

GROUPS = [
    {"id": "nl-players", "story": SID, "status": "compatible",
     "why": "About 28,000 players by Norlotto's count on Sunday (release; restated by Tidewire and Quickread) and 31,500 by its count on Monday (Tidewire, Quickread, advertorial): an earlier and a later figure."},
    {"id": "nl-minutes", "story": SID, "status": "agreed", "why": "Wrong numbers shown for 45 minutes (release, Tidewire, Quickread)."},
    {"id": "nl-jackpot", "story": SID, "status": "agreed", "why": "A jackpot of 8.4 million euros (release, Tidewire with $9.1 million, Quickread)."},
    {"id": "nl-voucher", "story": SID, "status": "agreed", "why": "A 10-euro voucher per player (release, Tidewire, Quickread, advertorial)."},
    {"id": "nl-voucher-cost", "story": SID, "status": "agreed", "why": "The vouchers cost 280,000 to 320,000 euros, by Norlotto's estimate (release, Tidewire)."},
    {"id": "nl-apology", "story": SID, "status": "single-source", "why": "Only the release: Norlotto apologises."},
    {"id": "nl-calls", "story": SID, "status": "agreed", "why": "More than 12,000 calls to the hotline (release, Tidewire, Quickread)."},
    {"id": "nl-knew", "story": SID, "status": "disputed",
     "why": "Spielerschutz Norbanien says Norlotto knew of the fault before the draw (Tidewire, Quickread); the advertorial states it as fact; Norlotto denies it (release, Tidewire, Quickread); the advertorial omits the denial."},
    {"id": "nl-known", "story": SID, "status": "agreed", "why": "Known for two weeks, the accusation's own figure (Tidewire, Quickread; the advertorial as fact)."},
    {"id": "nl-clients", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 400 clients."},
    {"id": "nl-fee", "story": SID, "status": "single-source", "why": "Only the advertorial: a success fee of 20 percent."},
]

# ------------------------------------------------------------------ Norlotto press release (de text; Sunday)

PR = {
    "input": "dev22/norlotto-presse.txt", "story": SID, "event": EV,
    "publisher": "Norlotto", "published": "2039-09-04T12:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Norlotto – Staatliche Lotteriegesellschaft Norbaniens", "Estbruck, 4. September 2039"],
    "blocks": [
        H("Norlotto bedauert fehlerhafte Anzeige der Gewinnzahlen"),
        P(S("Nach der Ziehung am Samstag hat die Norlotto-App wegen eines Softwarefehlers 45 Minuten lang falsche Gewinnzahlen angezeigt.",
            claims=[Q("45 Minuten", 45, "minute", "duration", subject="wrong numbers shown in the norlotto app", source=NL, group="nl-minutes", time=None)]),
          S("Rund 28.000 Spielteilnehmer erhielten dadurch die Nachricht, sie hätten gewonnen.",
            claims=[Q("Rund 28.000 Spielteilnehmer", 28000, "person", None, "about", subject=PLAYERS, source=NL, group="nl-players", time=SUN)]),
          S("Der Jackpot von 8,4 Millionen Euro ist davon nicht betroffen.",
            claims=[Q("8,4 Millionen Euro", 8400000, "eur", None, subject="norlotto jackpot", source=NL, group="nl-jackpot", time=None)])),
        P(S("Alle Betroffenen erhalten einen Gutschein über 10 Euro.",
            claims=[Q("10 Euro", 10, "eur", "paid", subject="voucher for each player wrongly told they had won", source=NL, group="nl-voucher", time=None)]),
          S("Die Gutscheine kosten Norlotto nach ersten Schätzungen 280.000 bis 320.000 Euro.",
            claims=[Q("280.000 bis 320.000 Euro", None, "eur", "cost", "range", low=280000, high=320000, subject="vouchers for the players wrongly told they had won", source=NL, group="nl-voucher-cost", time=None)]),
          S("Unsere Hotline hat seit Samstag mehr als 12.000 Anrufe beantwortet.",
            claims=[Q("mehr als 12.000 Anrufe", 12000, "phone call", None, "more-than", subject="calls to the norlotto hotline", source=NL, group="nl-calls", time=None)]),
          S("Berichte, wonach der Fehler schon vor der Ziehung bekannt gewesen sei, sind falsch.",
            claims=[ST("Berichte, wonach der Fehler schon vor der Ziehung bekannt gewesen sei, sind falsch", *KNEW, "nl-knew", source=NL, denial=True)]),
          S("Wir bitten alle Spielteilnehmer um Entschuldigung.",
            claims=[ST("Wir bitten alle Spielteilnehmer um Entschuldigung", NL, "apologised", "to the players for the wrong numbers", "nl-apology", source=NL)])),
    ],
    "post": ["Über Norlotto", "Norlotto veranstaltet seit 1962 die staatlichen Lotterien Norbaniens und führt jedes Jahr rund 900 Millionen Euro an das Gemeinwohl ab.",
             "Pressekontakt: presse@norlotto.example · Tel. 030 / 44 18 20"],
    "removed": ["PRESSEMITTEILUNG", "Estbruck, 4. September 2039", "Über Norlotto", "seit 1962",
                "rund 900 Millionen Euro an das Gemeinwohl", "presse@norlotto.example", "030 / 44 18 20"],
}

# ------------------------------------------------------------------ Tidewire (en wire; Monday)

TIDE = {
    "input": "dev22/norlotto-tidewire.txt", "story": SID, "event": EV,
    "publisher": "Tidewire", "published": "2039-09-05T15:10:00+02:00",
    "language": "en", "authors": ["Lena Sørby"], "sensational": False,
    "pre": ["TIDEWIRE", "5 September 2039 · 15:10 CEST", "By Lena Sørby"],
    "blocks": [
        H("Norbanian lottery app told 31,500 players they had won by mistake",
          claims=[Q("31,500 players", 31500, "person", None, subject=PLAYERS, group="nl-players", time=MON)]),
        P(S("ESTBRUCK, Norbania – A software fault made the state lottery Norlotto's app show the wrong winning numbers for 45 minutes after Saturday's draw, the company said.",
            claims=[Q("45 minutes", 45, "minute", "duration", subject="wrong numbers shown in the norlotto app", source=NL, group="nl-minutes", time=None)]),
          S("Norlotto said on Monday that 31,500 players had received messages telling them they had won, up from about 28,000 it reported on Sunday.",
            claims=[Q("31,500 players", 31500, "person", None, subject=PLAYERS, source=NL, group="nl-players", time=MON),
                    Q("about 28,000", 28000, "person", None, "about", subject=PLAYERS, source=NL, group="nl-players", time=SUN)]),
          S("The €8.4 million ($9.1 million) jackpot was not affected.",
            claims=[Q("€8.4 million", 8400000, "eur", None, subject="norlotto jackpot", group="nl-jackpot", time=None),
                    Q("$9.1 million", 9100000, "usd", None, subject="norlotto jackpot", group="nl-jackpot", time=None)]),
          S("Each of them will get a €10 voucher, which the company expects to cost it €280,000 to €320,000.",
            claims=[Q("€10", 10, "eur", "paid", subject="voucher for each player wrongly told they had won", group="nl-voucher", time=None),
                    Q("€280,000 to €320,000", None, "eur", "cost", "range", low=280000, high=320000, subject="vouchers for the players wrongly told they had won", source=NL, group="nl-voucher-cost", time=None)])),
        P(S("The players' rights group Spielerschutz Norbanien said Norlotto had known about the fault for two weeks, since a failed test in August.",
            claims=[ST("Norlotto had known about the fault for two weeks", *KNEW, "nl-knew", source=SPS),
                    Q("for two weeks", 2, "week", "duration", subject=KNOWN, source=SPS, group="nl-known", time=None)]),
          S("Norlotto denied this.",
            claims=[ST("Norlotto denied this", *KNEW, "nl-knew", source=NL, denial=True)]),
          S("Its hotline took more than 12,000 calls over the weekend.",
            claims=[Q("more than 12,000 calls", 12000, "phone call", None, "more-than", subject="calls to the norlotto hotline", group="nl-calls", time=None)])),
    ],
    "post": ["(Reporting by Lena Sørby; editing by Mabel Strand)", "", "© 2039 Tidewire. All rights reserved."],
    "removed": ["5 September 2039 · 15:10 CEST", "By Lena Sørby", "Reporting by Lena Sørby", "editing by Mabel Strand",
                "© 2039 Tidewire"],
}

# ------------------------------------------------------------------ Quickread (en aggregator, JSON Lines item with text; rewrite of Tidewire)

QUICK = {
    "input": "dev22/quickread.jsonl#qr-20390905-1640", "story": SID, "event": EV,
    "publisher": "Quickread", "published": "2039-09-05T16:40:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Lottery glitch: 31,500 wrongly told they won",
          claims=[Q("31,500", 31500, "person", None, subject=PLAYERS, group="nl-players", time=MON)]),
        P(S("Norbania's state lottery Norlotto showed the wrong winning numbers in its app for 45 minutes after Saturday's draw, the company said.",
            claims=[Q("45 minutes", 45, "minute", "duration", subject="wrong numbers shown in the norlotto app", source=NL, group="nl-minutes", time=None)]),
          S("It now puts the number of players wrongly told they had won at 31,500, against roughly 28,000 on Sunday.",
            claims=[Q("31,500", 31500, "person", None, subject=PLAYERS, source=NL, group="nl-players", time=MON),
                    Q("roughly 28,000", 28000, "person", None, "about", subject=PLAYERS, source=NL, group="nl-players", time=SUN)]),
          S("The €8.4 million jackpot is safe.",
            claims=[Q("€8.4 million", 8400000, "eur", None, subject="norlotto jackpot", group="nl-jackpot", time=None)]),
          S("Players get €10 vouchers.",
            claims=[Q("€10", 10, "eur", "paid", subject="voucher for each player wrongly told they had won", group="nl-voucher", time=None)])),
        P(S("Spielerschutz Norbanien, a players' rights group, says Norlotto knew of the fault for two weeks; Norlotto denies it.",
            claims=[ST("Norlotto knew of the fault for two weeks", *KNEW, "nl-knew", source=SPS),
                    Q("for two weeks", 2, "week", "duration", subject=KNOWN, source=SPS, group="nl-known", time=None),
                    ST("Norlotto denies it", *KNEW, "nl-knew", source=NL, denial=True)]),
          S("Its hotline logged more than 12,000 calls.",
            claims=[Q("more than 12,000 calls", 12000, "phone call", None, "more-than", subject="calls to the norlotto hotline", group="nl-calls", time=None)])),
    ],
    "post": ["Source: Tidewire", "Quickread – news in 60 seconds"],
    "removed": ["Source: Tidewire", "news in 60 seconds"],
}

# ------------------------------------------------------------------ Brandt & Oswald advertorial (de text; Wednesday; omits the denial)

ADV = {
    "input": "dev22/norlotto-kanzlei.txt", "story": SID, "event": EV,
    "publisher": "Brandt & Oswald Rechtsanwälte PartG", "published": "2039-09-07",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Ein Angebot der Brandt & Oswald Rechtsanwälte PartG"],
    "blocks": [
        H("Lotto-Skandal bei Norlotto: Holen Sie sich Ihren Gewinn!",
          loaded=[L("Lotto-Skandal", "alarmist")]),
        P(S("31.500 Spielern hat Norlotto einen Gewinn gemeldet und ihn dann wieder gestrichen.",
            claims=[Q("31.500 Spielern", 31500, "person", None, subject=PLAYERS, group="nl-players", time=MON)]),
          S("Dabei kannte die Lotteriegesellschaft den Fehler schon zwei Wochen vor der Ziehung.",
            claims=[ST("Dabei kannte die Lotteriegesellschaft den Fehler schon zwei Wochen vor der Ziehung", *KNEW, "nl-knew"),
                    Q("zwei Wochen", 2, "week", "duration", subject=KNOWN, group="nl-known", time=None)]),
          S("Ein Gutschein über lächerliche 10 Euro ist eine Frechheit.", "opinion",
            claims=[Q("10 Euro", 10, "eur", "paid", subject="voucher for each player wrongly told they had won", group="nl-voucher", time=None)],
            loaded=[L("lächerliche", "belittling")])),
        P(S("Unsere Kanzlei vertritt bereits mehr als 400 Betroffene.",
            claims=[Q("mehr als 400 Betroffene", 400, "person", None, "more-than", subject="clients of brandt & oswald in the norlotto case", source=LAW, group="nl-clients", time=None)]),
          S("Ein Kostenrisiko tragen Sie nicht, wir arbeiten gegen eine Erfolgsbeteiligung von 20 Prozent.",
            claims=[Q("20 Prozent", 20, "percent", None, subject="success fee of brandt & oswald", source=LAW, group="nl-fee", time=None)]),
          S("Melden Sie sich noch heute unter 0800 / 27 27 100!", "opinion")),
    ],
    "post": ["Brandt & Oswald Rechtsanwälte PartG · Lindenring 12 · 10115 Estbruck", "www.brandt-oswald.example"],
    "removed": ["ANZEIGE", "Ein Angebot der Brandt & Oswald Rechtsanwälte PartG", "Lindenring 12", "10115 Estbruck",
                "brandt-oswald.example"],
}

ARTICLES = [PR, TIDE, QUICK, ADV]

REWRITES = [["dev22/norlotto-tidewire.txt", "dev22/quickread.jsonl#qr-20390905-1640"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "qr-20390905-1640", "url": "https://quickread.example/money/norlotto-glitch-1640",
            "title": headline(QUICK), "text": text_without_headline(QUICK), "publisher": QUICK["publisher"],
            "published": QUICK["published"], "language": "en", "section": "Money"}


def files():
    """quickread.jsonl is written by the Velocor module (it holds a second item)."""
    return {
        "norlotto-presse.txt": (render_txt(PR), False),
        "norlotto-tidewire.txt": (render_txt(TIDE), False),
        "norlotto-kanzlei.txt": (render_txt(ADV), False),
    }
