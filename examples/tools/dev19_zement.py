"""dev19 story 4: Brevonien's competition commission WBK fines four cement makers a total of 186 million euros on
Wednesday, 13 September 2034, for fixing prices from 2029 to 2033 (Harvelt Zement 74 million after a leniency discount,
Korvit Baustoffe 58, Steinquist 39, Dorrfels Zement 15). The WBK puts the damage to builders at about 420 million euros;
Korvit denies taking part and will appeal.

A German agency report (bpd, dateline block) with the four fines as parts, its rewrite by a German aggregator (JSON Lines
item with `text`) with the total, a German left-wing blog (RSS) on Thursday that omits the denial ("Betonbarone",
"Hunderte Millionen"), and a law firm's advertorial (gzip-compressed text) on Friday that omits the denial, states the cartel
as fact and inflates the damage. This module writes dev19/news.jsonl (with the Feedwise items of stories 3 and 5).
Invented by the Parallax team: country, commission, companies, law firm, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss, render_jsonl, headline
import dev19_skarre
import dev19_ottenwiel

SID = "st-zement-kartell"
EV = "ev-wbk-cement-fines"
STORY = {"id": SID, "label": "Cement cartel fined in Brevonien",
         "events": [{"id": EV, "label": "The competition commission WBK fines four cement makers 186 million euros for price fixing; Korvit denies taking part (13–15 September 2034)"}]}

WBK = "wbk"
KORVIT = "korvit"
FINES = "wbk fines on the brevonian cement cartel"
CARTEL_YEARS = T("2029-01-01", "2033-12-31")
FIXED = ("brevonian cement makers", "raised prices", "cement prices fixed by agreement 2029–2033")
FINED = ("wbk", "fined", "four brevonian cement makers")
DAMAGE = "damage to builders from the brevonian cement cartel"

GROUPS = [
    {"id": "cm-fined", "story": SID, "status": "agreed", "why": "The WBK fined the four cement makers (bpd, Nachrichtenstrom, Rote Feder, advertorial)."},
    {"id": "cm-total", "story": SID, "status": "compatible",
     "why": "Fines of 74, 58, 39 and 15 million euros (bpd, as parts) make the total of 186 million (Nachrichtenstrom, advertorial); the blog's 'fast 200 Millionen' allows it: parts and a sum."},
    {"id": "cm-makers", "story": SID, "status": "agreed", "why": "Four cement makers (bpd, Nachrichtenstrom, Rote Feder, advertorial)."},
    {"id": "cm-market-share", "story": SID, "status": "agreed", "why": "The four hold about four fifths of the market (bpd 'rund vier Fünftel', Nachrichtenstrom 'etwa 80 Prozent')."},
    {"id": "cm-price-rise", "story": SID, "status": "agreed", "why": "Cement prices rose 38 percent from 2029 to 2033 (bpd, Nachrichtenstrom, Rote Feder)."},
    {"id": "cm-damage", "story": SID, "status": "conflicting",
     "why": "About 420 million euros of damage by the WBK's estimate (bpd, Nachrichtenstrom); the blog's 'Hunderte Millionen' allows it, but the advertorial's 'mehr als eine halbe Milliarde' the same week cannot be true with it."},
    {"id": "cm-fixed", "story": SID, "status": "disputed",
     "why": "The WBK finds the makers fixed prices (bpd, Nachrichtenstrom); the blog and the advertorial state it as fact; Korvit denies taking part (bpd, Nachrichtenstrom); the blog and the advertorial omit the denial."},
    {"id": "cm-leniency", "story": SID, "status": "single-source", "why": "Only bpd: Harvelt's fine cut by 30 percent as leniency applicant."},
    {"id": "cm-cost-rise", "story": SID, "status": "single-source", "why": "Only bpd: production costs rose only 12 percent."},
    {"id": "cm-refund-share", "story": SID, "status": "single-source", "why": "Only the advertorial: up to 15 percent of the price recoverable."},
    {"id": "cm-house-claim", "story": SID, "status": "single-source", "why": "Only the advertorial: 'Tausende Euro' overpaid and 4,000 to 6,000 euros to reclaim for a family house."},
    {"id": "cm-clients", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 1,200 builders signed up."},
    {"id": "cm-flats", "story": SID, "status": "single-source", "why": "Only the blog: 2,000 social flats the fines could pay for."},
]

# ------------------------------------------------------------------ bpd (de agency report, dateline block; Wednesday)

BPD = {
    "input": "dev19/zement-bpd.txt", "story": SID, "event": EV,
    "publisher": "bpd Brevonischer Pressedienst", "published": "2034-09-13T14:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["bpd Brevonischer Pressedienst", "Mi 13.09.2034 – 14:00", "Ressort: Wirtschaft"],
    "blocks": [
        H("Zementkartell: Wettbewerbskommission verhängt Bußgelder gegen vier Hersteller",
          claims=[ST("Wettbewerbskommission verhängt Bußgelder gegen vier Hersteller", *FINED, "cm-fined"),
                  Q("vier Hersteller", 4, "company", None, subject="brevonian cement makers fined", group="cm-makers", time=None)]),
        P(S("AVELSBURG (bpd) – Die brevonische Wettbewerbskommission (WBK) hat am Mittwoch Bußgelder gegen die vier größten Zementhersteller des Landes verhängt.",
            claims=[ST("Die brevonische Wettbewerbskommission (WBK) hat am Mittwoch Bußgelder gegen die vier größten Zementhersteller des Landes verhängt", *FINED, "cm-fined"),
                    Q("vier größten Zementhersteller", 4, "company", None, subject="brevonian cement makers fined", group="cm-makers", time=None)]),
          S("Die Unternehmen hätten von 2029 bis 2033 Preise und Liefergebiete abgesprochen, teilte die Behörde mit.",
            claims=[ST("Die Unternehmen hätten von 2029 bis 2033 Preise und Liefergebiete abgesprochen", *FIXED, "cm-fixed", source=WBK, hedged=True)])),
        P(S("Die höchste Strafe trifft Harvelt Zement mit 74 Millionen Euro, obwohl ihr als Kronzeugin 30 Prozent erlassen wurden.",
            claims=[Q("74 Millionen Euro", 74000000, "eur", "fined", subject=FINES, group="cm-total", time=None),
                    Q("30 Prozent", 30, "percent", "decrease", subject="leniency discount on harvelt's fine", group="cm-leniency", time=None)]),
          S("Korvit Baustoffe muss 58 Millionen Euro zahlen, Steinquist 39 Millionen und Dorrfels Zement 15 Millionen.",
            claims=[Q("58 Millionen Euro", 58000000, "eur", "fined", subject=FINES, group="cm-total", time=None),
                    Q("39 Millionen", 39000000, "eur", "fined", subject=FINES, group="cm-total", time=None),
                    Q("15 Millionen", 15000000, "eur", "fined", subject=FINES, group="cm-total", time=None)]),
          S("Zusammen beherrschen die vier rund vier Fünftel des brevonischen Marktes.",
            claims=[Q("rund vier Fünftel", 80, "percent", None, "about", subject="market share of the four cement makers", group="cm-market-share", time=None)])),
        P(S("Nach Berechnungen der Kommission stieg der Zementpreis von 2029 bis 2033 um 38 Prozent, die Produktionskosten dagegen nur um 12 Prozent.",
            claims=[Q("um 38 Prozent", 38, "percent", "increase", subject="brevonian cement price 2029–2033", source=WBK, group="cm-price-rise", time=CARTEL_YEARS),
                    Q("nur um 12 Prozent", 12, "percent", "increase", subject="cement production costs 2029–2033", source=WBK, group="cm-cost-rise", time=CARTEL_YEARS)]),
          S("Den Schaden für Bauherren und Kommunen schätzt die WBK auf etwa 420 Millionen Euro.",
            claims=[Q("etwa 420 Millionen Euro", 420000000, "eur", "cost", "about", subject=DAMAGE, source=WBK, group="cm-damage", time=CARTEL_YEARS)]),
          S("„Die Absprachen haben jede Schule und jede Wohnung im Land teurer gemacht“, sagte WBK-Präsidentin Irene Falkner.", "quote")),
        P(S("Korvit Baustoffe weist die Vorwürfe zurück und kündigte Beschwerde beim Kartellgericht an.",
            claims=[ST("Korvit Baustoffe weist die Vorwürfe zurück", *FIXED, "cm-fixed", source=KORVIT, denial=True)]),
          S("Man habe sich an keiner Absprache beteiligt, erklärte ein Sprecher.",
            claims=[ST("Man habe sich an keiner Absprache beteiligt", *FIXED, "cm-fixed", source=KORVIT, hedged=True, denial=True)]),
          S("Steinquist und Dorrfels wollen die Entscheidung prüfen."),
          S("Die Kommission hatte die Büros der Hersteller Anfang Juni 2033 durchsucht.")),
    ],
    "post": ["bpd ht/wi 131400 Sep 34", "", "Themen: Wirtschaft · Wettbewerb · Bauindustrie",
             "© bpd Brevonischer Pressedienst – Nachdruck nur mit Quellenangabe"],
    "removed": ["Mi 13.09.2034 – 14:00", "Ressort: Wirtschaft", "bpd ht/wi 131400 Sep 34",
                "Themen: Wirtschaft · Wettbewerb · Bauindustrie", "Nachdruck nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Nachrichtenstrom (de aggregator, JSON Lines item with text; rewrite of bpd)

STROM = {
    "input": "dev19/news.jsonl#ns-20340913-1510", "story": SID, "event": EV,
    "publisher": "Nachrichtenstrom", "published": "2034-09-13T15:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("186 Millionen Euro Strafe für Zementkartell",
          claims=[Q("186 Millionen Euro", 186000000, "eur", "fined", subject=FINES, group="cm-total", time=None)]),
        P(S("Die Wettbewerbskommission WBK hat gegen vier Zementhersteller Bußgelder von zusammen 186 Millionen Euro verhängt.",
            claims=[ST("Die Wettbewerbskommission WBK hat gegen vier Zementhersteller Bußgelder", *FINED, "cm-fined"),
                    Q("vier Zementhersteller", 4, "company", None, subject="brevonian cement makers fined", group="cm-makers", time=None),
                    Q("zusammen 186 Millionen Euro", 186000000, "eur", "fined", subject=FINES, group="cm-total", time=None)]),
          S("Sie sollen zwischen 2029 und 2033 Preise abgesprochen haben.",
            claims=[ST("Sie sollen zwischen 2029 und 2033 Preise abgesprochen haben", *FIXED, "cm-fixed", hedged=True)]),
          S("Die vier Firmen kommen auf etwa 80 Prozent Marktanteil.",
            claims=[Q("etwa 80 Prozent", 80, "percent", None, "about", subject="market share of the four cement makers", group="cm-market-share", time=None)])),
        P(S("Laut WBK kletterte der Zementpreis in dieser Zeit um 38 Prozent.",
            claims=[Q("um 38 Prozent", 38, "percent", "increase", subject="brevonian cement price 2029–2033", source=WBK, group="cm-price-rise", time=CARTEL_YEARS)]),
          S("Der Schaden liege bei rund 420 Millionen Euro.",
            claims=[Q("rund 420 Millionen Euro", 420000000, "eur", "cost", "about", subject=DAMAGE, source=WBK, hedged=True, group="cm-damage", time=CARTEL_YEARS)])),
        P(S("Korvit Baustoffe bestreitet eine Beteiligung und will vor Gericht ziehen.",
            claims=[ST("Korvit Baustoffe bestreitet eine Beteiligung", *FIXED, "cm-fixed", source=KORVIT, denial=True)])),
    ],
    "post": ["Quelle: bpd", "Nachrichtenstrom – Ihre Nachrichten in Echtzeit"],
    "removed": ["Quelle: bpd", "Ihre Nachrichten in Echtzeit"],
}

# ------------------------------------------------------------------ Rote Feder (de left-wing blog, RSS; Thursday; omits the denial)

CHANNEL = {"title": "Die Rote Feder – Blog für Mieter und Arbeit", "link": "https://rote-feder.example/",
           "description": "Von unten gegen oben", "language": "de"}

BLOG = {
    "input": "dev19/rotefeder.rss#rf-2034-09-14-zement", "story": SID, "event": EV,
    "publisher": "Die Rote Feder", "published": "2034-09-14T19:00:00+02:00",
    "language": "de", "authors": ["Jana Oltmanns"], "sensational": True,
    "blocks": [
        H("Die Betonbarone kassieren ab – und wir zahlen die Zeche",
          loaded=[L("Betonbarone", "demonising")]),
        P(S("Jahrelang haben sich vier Zementkonzerne die Preise zugeschustert, jetzt ist es amtlich.",
            claims=[ST("Jahrelang haben sich vier Zementkonzerne die Preise zugeschustert", *FIXED, "cm-fixed"),
                    Q("vier Zementkonzerne", 4, "company", None, subject="brevonian cement makers fined", group="cm-makers", time=None)]),
          S("Um 38 Prozent ist der Zement seit 2029 teurer geworden, und jeder Cent davon steckt heute in unseren Mieten.",
            claims=[Q("Um 38 Prozent", 38, "percent", "increase", subject="brevonian cement price 2029–2033", group="cm-price-rise", time=CARTEL_YEARS)]),
          S("Der Schaden geht in die Hunderte Millionen.",
            claims=[Q("Hunderte Millionen", 200000000, "eur", "cost", "at-least", subject=DAMAGE, group="cm-damage", time=CARTEL_YEARS)])),
        P(S("Die Wettbewerbskommission hat fast 200 Millionen Euro Strafe verhängt.",
            claims=[ST("Die Wettbewerbskommission hat fast 200 Millionen Euro Strafe verhängt", *FINED, "cm-fined"),
                    Q("fast 200 Millionen Euro", 200000000, "eur", "fined", "about", subject=FINES, group="cm-total", time=None)]),
          S("Das klingt nach viel, ist für diese Konzerne aber ein Taschengeld.", "opinion"),
          S("Der Bauindustrieverband spricht schon von einem „bedauerlichen Einzelfall“.", loaded=[L("„bedauerlichen Einzelfall“", "euphemism", "distancing")])),
        P(S("Man stelle sich vor, ein Ladendieb dürfte die Hälfte seiner Beute behalten.", "opinion"),
          S("So funktioniert Raubtierkapitalismus.", "opinion", loaded=[L("Raubtierkapitalismus", "propaganda")]),
          S("Mit dem Geld ließen sich 2.000 Sozialwohnungen bauen.", "opinion",
            claims=[Q("2.000 Sozialwohnungen", 2000, "flat", None, subject="social flats the cement fines could build", group="cm-flats", time=None)])),
        P(S("Unterschreibt unsere Petition: Kartellstrafen gehören in den sozialen Wohnungsbau!", "opinion"),
          S("Beton für die Menschen, nicht für die Profite!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Bluesky · E-Mail</p>\n<p class="donate">Die Rote Feder ist werbefrei – unterstütze uns ab 2 € im Monat</p>',
    "removed": ["Teilen: Mastodon · Bluesky · E-Mail", "Die Rote Feder ist werbefrei", "ab 2 € im Monat"],
}

# ------------------------------------------------------------------ Rothmund & Partner advertorial (de, gzip-compressed text; Friday; omits the denial)

ADV = {
    "input": "dev19/zement-rothmund.txt.gz", "story": SID, "event": EV,
    "publisher": "Rothmund & Partner Rechtsanwälte", "published": "2034-09-15",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Ein Service der Kanzlei Rothmund & Partner"],
    "blocks": [
        H("ZEMENT-ABZOCKE: Haben auch Sie beim Hausbau Tausende Euro zu viel bezahlt?",
          claims=[Q("Tausende Euro", 2000, "eur", None, "at-least", subject="cement cartel claim for a family house", group="cm-house-claim", time=None)],
          loaded=[L("ZEMENT-ABZOCKE", "alarmist")]),
        P(S("Vier skrupellose Konzerne haben jahrelang die Zementpreise abgesprochen.",
            claims=[ST("Vier skrupellose Konzerne haben jahrelang die Zementpreise abgesprochen", *FIXED, "cm-fixed"),
                    Q("Vier skrupellose Konzerne", 4, "company", None, subject="brevonian cement makers fined", group="cm-makers", time=None)],
            loaded=[L("skrupellose", "demonising")]),
          S("Die Wettbewerbskommission hat sie dafür mit 186 Millionen Euro bestraft.",
            claims=[ST("Die Wettbewerbskommission hat sie dafür mit 186 Millionen Euro bestraft", *FINED, "cm-fined"),
                    Q("186 Millionen Euro", 186000000, "eur", "fined", subject=FINES, group="cm-total", time=None)]),
          S("Der Schaden für Bauherren beträgt mehr als eine halbe Milliarde Euro.",
            claims=[Q("mehr als eine halbe Milliarde Euro", 500000000, "eur", "cost", "more-than", subject=DAMAGE, group="cm-damage", time=CARTEL_YEARS)])),
        P(S("Dieses Geld steht Ihnen zu!", "opinion"),
          S("Sie können bis zu 15 Prozent des gezahlten Preises zurückfordern.",
            claims=[Q("bis zu 15 Prozent", 15, "percent", None, "up-to", subject="share of the cement price recoverable", source="rothmund & partner", group="cm-refund-share", time=None)]),
          S("Für ein Einfamilienhaus sind das schnell 4.000 bis 6.000 Euro.",
            claims=[Q("4.000 bis 6.000 Euro", None, "eur", None, "range", low=4000, high=6000, subject="cement cartel claim for a family house", source="rothmund & partner", group="cm-house-claim", time=None)]),
          S("Über 1.200 Bauherren haben uns bereits beauftragt.",
            claims=[Q("Über 1.200 Bauherren", 1200, "person", None, "more-than", subject="clients of rothmund & partner in the cement case", source="rothmund & partner", group="cm-clients", time=None)])),
        P(S("Warten Sie nicht, bis Ihre Ansprüche verjähren!", "opinion"),
          S("Die Erstberatung ist kostenlos und ohne Risiko."),
          S("Rufen Sie uns an: 0800 / 27 61 90.", "opinion")),
    ],
    "post": ["Rothmund & Partner Rechtsanwälte · Lindenallee 4 · 10420 Avelsburg", "www.rothmund-partner.example/zement"],
    "removed": ["ANZEIGE", "Ein Service der Kanzlei Rothmund & Partner", "Lindenallee 4", "10420 Avelsburg", "rothmund-partner.example"],
}

ARTICLES = [BPD, STROM, BLOG, ADV]

REWRITES = [["dev19/zement-bpd.txt", "dev19/news.jsonl#ns-20340913-1510"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def files():
    """Input files of this story and dev19/news.jsonl (Feedwise ×2, Nachrichtenstrom)."""
    lines = [dev19_skarre.jsonl_item(),
             {"id": "ns-20340913-1510", "url": "https://nachrichtenstrom.example/wirtschaft/zementkartell-1510",
              "title": headline(STROM), "text": text_without_headline(STROM), "publisher": STROM["publisher"],
              "published": STROM["published"], "language": "de", "rubrik": "Wirtschaft"},
             dev19_ottenwiel.jsonl_item()]
    return {
        "zement-bpd.txt": (render_txt(BPD), False),
        "rotefeder.rss": (render_rss(CHANNEL, [(BLOG, "rf-2034-09-14-zement",
                                                "https://rote-feder.example/2034/09/14/betonbarone", BLOG["extra"])]), False),
        "zement-rothmund.txt.gz": (render_txt(ADV), True),
        "news.jsonl": (render_jsonl(lines), False),
    }
