"""dev24 story 5: on Tuesday, 20 November 2041, the municipal pension fund of Brakelstadt (Versorgungskasse Brakelstadt, VKB)
reports a loss of 84 million euros on risky bond bets; it pays the pensions of about 6,300 city staff and pensioners; the
city pledges 20 million euros the same day. The public-service union Kommunaldienst says the fund's board hid the losses for
two years; the VKB denies it.

A German agency report (vpa), an English wire in its own words (Northline Wire; a DE–EN pair with vpa), a German left-wing
blog (RSS) that inflates the loss, states the charge as fact, omits the denial and calls readers to a rally, and an English
aggregator's near-verbatim rewrite of the wire (JSON Lines). Invented by the Parallax team: country, town, fund, union,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss, render_jsonl, headline
import dev24_hovelund

SID = "st-brakel-fund"
EV = "ev-brakel-loss"
STORY = {"id": SID, "label": "Brakelstadt's municipal pension fund loses millions on bond bets, Vessarien",
         "events": [{"id": EV, "label": "The VKB reports a loss of 84 million euros; the city pledges aid (20 November 2041)"}]}

EVENT = "brakelstadt pension fund loss"
TUE = T("2041-11-20", "2041-11-20")
VKB = "vkb"
UNION = "kommunaldienst"
CITY = "city of brakelstadt"
HID = (VKB, "concealed", "losses on bond bets")
MEMBERS = "members of the brakelstadt pension fund"
AID = "aid for the brakelstadt pension fund"
HIDDEN = "time the vkb board hid the losses"

GROUPS = [
    {"id": "bk-loss", "story": SID, "status": "conflicting",
     "why": "84 million euros (vpa, Northline with dollars, Quickfeed) against the Roter Faden's almost 100 million (about 100 million)."},
    {"id": "bk-members", "story": SID, "status": "agreed", "why": "About 6,300 members (vpa, Northline, Quickfeed)."},
    {"id": "bk-aid", "story": SID, "status": "agreed", "why": "20 million euros pledged by the city on Tuesday (vpa, Northline, Roter Faden)."},
    {"id": "bk-hid", "story": SID, "status": "disputed",
     "why": "The union says the board hid the losses (vpa, Northline, Quickfeed); the Roter Faden states it as fact; the VKB denies it (vpa, Northline, Quickfeed); the Roter Faden omits the denial."},
    {"id": "bk-years", "story": SID, "status": "agreed", "why": "Hidden for two years, the accusation's own figure (vpa, Northline, Roter Faden)."},
    {"id": "bk-share", "story": SID, "status": "single-source", "why": "Only vpa: about a fifth of the fund's assets."},
]

# ------------------------------------------------------------------ vpa (de agency, text; Tuesday)

VPA = {
    "input": "dev24/brakel-vpa.txt", "story": SID, "event": EV,
    "publisher": "vpa Vessarische Presseagentur", "published": "2041-11-20T16:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["vpa Vessarische Presseagentur", "Di 20.11.2041 – 16:30", "Ressort: Wirtschaft"],
    "blocks": [
        H("Versorgungskasse Brakelstadt verliert 84 Millionen Euro",
          claims=[Q("84 Millionen Euro", 84000000, "eur", "cost", subject=EVENT, group="bk-loss", time=None)]),
        P(S("BRAKELSTADT (vpa) – Die städtische Versorgungskasse Brakelstadt (VKB) hat mit riskanten Anleihegeschäften 84 Millionen Euro verloren.",
            claims=[Q("84 Millionen Euro", 84000000, "eur", "cost", subject=EVENT, group="bk-loss", time=None)]),
          S("Das ist etwa ein Fünftel ihres Vermögens, teilte die Kasse am Dienstag mit.",
            claims=[Q("etwa ein Fünftel", 20, "percent", None, "about", subject="share of the vkb's assets lost", source=VKB, group="bk-share", time=None)]),
          S("Die VKB zahlt die Renten von rund 6.300 städtischen Beschäftigten und Pensionären.",
            claims=[Q("rund 6.300", 6300, "person", None, "about", subject=MEMBERS, group="bk-members", time=None)])),
        P(S("Die Stadt sagte am Dienstag 20 Millionen Euro zu, damit die Renten gesichert bleiben.",
            claims=[Q("20 Millionen Euro", 20000000, "eur", "pledged", subject=AID, source=CITY, group="bk-aid", time=TUE)]),
          S("Die Gewerkschaft Kommunaldienst wirft dem Vorstand vor, die Verluste zwei Jahre lang verschwiegen zu haben.",
            claims=[ST("wirft dem Vorstand vor, die Verluste zwei Jahre lang verschwiegen zu haben", *HID, "bk-hid", source=UNION),
                    Q("zwei Jahre", 2, "year", "duration", subject=HIDDEN, source=UNION, group="bk-years", time=None)]),
          S("Die VKB weist das zurück: Man habe die Verluste erst im Oktober festgestellt.",
            claims=[ST("Die VKB weist das zurück", *HID, "bk-hid", source=VKB, denial=True)])),
    ],
    "post": ["vpa rk/wi 201630 Nov 41", "", "Themen: Finanzen · Brakelstadt · Kommunen",
             "© vpa Vessarische Presseagentur – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Di 20.11.2041 – 16:30", "vpa rk/wi 201630 Nov 41", "Themen: Finanzen · Brakelstadt · Kommunen",
                "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Northline Wire (en wire, text; Tuesday; pair with vpa)

NW = {
    "input": "dev24/brakel-northline.txt", "story": SID, "event": EV,
    "publisher": "Northline Wire", "published": "2041-11-20T18:50:00+01:00",
    "language": "en", "authors": ["Dana Whitcombe"], "sensational": False,
    "pre": ["NORTHLINE WIRE", "November 20, 2041 / 17:50 GMT"],
    "blocks": [
        H("Vessarian city pension fund loses €84 million on bond bets",
          claims=[Q("€84 million", 84000000, "eur", "cost", subject=EVENT, group="bk-loss", time=None)]),
        P(S("BRAKELSTADT, Vessaria – The municipal pension fund of Brakelstadt, VKB, said on Tuesday it had lost €84 million ($91 million) on risky bond trades.",
            claims=[Q("€84 million", 84000000, "eur", "cost", subject=EVENT, source=VKB, group="bk-loss", time=None),
                    Q("$91 million", 91000000, "usd", "cost", subject=EVENT, source=VKB, group="bk-loss", time=None)]),
          S("The fund pays pensions to about 6,300 city employees and retirees.",
            claims=[Q("about 6,300 city employees and retirees", 6300, "person", None, "about", subject=MEMBERS, group="bk-members", time=None)]),
          S("The city pledged €20 million the same day to keep payments safe.",
            claims=[Q("€20 million", 20000000, "eur", "pledged", subject=AID, source=CITY, group="bk-aid", time=TUE)])),
        P(S("The public-service union Kommunaldienst said the fund's board had hidden the losses for two years.",
            claims=[ST("the fund's board had hidden the losses for two years", *HID, "bk-hid", source=UNION),
                    Q("two years", 2, "year", "duration", subject=HIDDEN, source=UNION, group="bk-years", time=None)]),
          S("VKB denied this, saying it had discovered the losses only in October.",
            claims=[ST("VKB denied this", *HID, "bk-hid", source=VKB, denial=True)])),
    ],
    "post": ["(Reporting by Dana Whitcombe; editing by Tom Frayne)", "© 2041 Northline Wire. All rights reserved."],
    "removed": ["November 20, 2041 / 17:50 GMT", "editing by Tom Frayne", "© 2041 Northline Wire"],
}

# ------------------------------------------------------------------ Roter Faden (de left-wing blog, RSS; Wednesday; omits the denial)

RF_CHANNEL = {"title": "Roter Faden", "link": "https://roter-faden.example/",
              "description": "Links. Laut. Lokal.", "language": "de"}

RF = {
    "input": "dev24/roter-faden.rss#rf-2041-11-21-vkb", "story": SID, "event": EV,
    "publisher": "Roter Faden", "published": "2041-11-21T09:00:00+01:00",
    "language": "de", "authors": ["Mira Kolbe"], "sensational": True,
    "blocks": [
        H("Zockerbude Versorgungskasse: Fast 100 Millionen verbrannt",
          claims=[Q("Fast 100 Millionen", 100000000, "eur", "cost", "about", subject=EVENT, group="bk-loss", time=None)],
          loaded=[L("Zockerbude", "demonising")]),
        P(S("Fast 100 Millionen Euro aus der Rentenkasse unserer Kolleginnen und Kollegen hat der Vorstand der VKB im Casino-Kapitalismus verzockt.",
            claims=[Q("Fast 100 Millionen Euro", 100000000, "eur", "cost", "about", subject=EVENT, group="bk-loss", time=None)],
            loaded=[L("Casino-Kapitalismus", "demonising"), L("verzockt", "demonising")]),
          S("Zwei Jahre lang hat der Vorstand die Verluste vertuscht.",
            claims=[ST("Zwei Jahre lang hat der Vorstand die Verluste vertuscht", *HID, "bk-hid"),
                    Q("Zwei Jahre", 2, "year", "duration", subject=HIDDEN, group="bk-years", time=None)]),
          S("Jetzt spricht er von einer „bedauerlichen Marktentwicklung“.",
            loaded=[L("„bedauerlichen Marktentwicklung“", "euphemism", "distancing")]),
          S("Die Stadt schiebt 20 Millionen Euro nach – Steuergeld, versteht sich.",
            claims=[Q("20 Millionen Euro", 20000000, "eur", "pledged", subject=AID, group="bk-aid", time=TUE)])),
        P(S("Wer haftet für dieses Desaster?", "opinion"),
          S("Kommt am Freitag zur Kundgebung vor das Rathaus!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · E-Mail</p>\n<p class="abo">Roter Faden unterstützen – ab 4 Euro im Monat</p>',
    "removed": ["Teilen: Mastodon", "ab 4 Euro im Monat"],
}

# ------------------------------------------------------------------ Quickfeed (en aggregator, JSON Lines item; Tuesday; rewrite of Northline)

QF = {
    "input": "dev24/quickfeed.jsonl#qf-20411120-1930", "story": SID, "event": EV,
    "publisher": "Quickfeed", "published": "2041-11-20T19:30:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("City pension fund in Vessaria loses €84 million",
          claims=[Q("€84 million", 84000000, "eur", "cost", subject=EVENT, group="bk-loss", time=None)]),
        P(S("The municipal pension fund of Brakelstadt, VKB, said on Tuesday it had lost €84 million on risky bond trades.",
            claims=[Q("€84 million", 84000000, "eur", "cost", subject=EVENT, source=VKB, group="bk-loss", time=None)]),
          S("The fund pays pensions to about 6,300 city employees and retirees.",
            claims=[Q("about 6,300 city employees and retirees", 6300, "person", None, "about", subject=MEMBERS, group="bk-members", time=None)])),
        P(S("A union said the board had hidden the losses; VKB denied this.",
            claims=[ST("the board had hidden the losses", *HID, "bk-hid", source=UNION),
                    ST("VKB denied this", *HID, "bk-hid", source=VKB, denial=True)])),
    ],
    "post": ["Source: Northline Wire", "Quickfeed – news that moves"],
    "removed": ["Source: Northline Wire", "news that moves"],
}

ARTICLES = [VPA, NW, RF, QF]

REWRITES = [["dev24/brakel-northline.txt", "dev24/quickfeed.jsonl#qf-20411120-1930"]]


def jsonl_item():
    return {"id": "qf-20411120-1930", "url": "https://quickfeed.example/business/brakelstadt-pension-fund",
            "title": headline(QF), "text": dev24_hovelund.text_without_headline(QF), "publisher": QF["publisher"],
            "published": QF["published"], "language": "en", "section": "Business"}


def files():
    """Also writes quickfeed.jsonl with the Hovelund item first."""
    return {
        "brakel-vpa.txt": (render_txt(VPA), False),
        "brakel-northline.txt": (render_txt(NW), False),
        "roter-faden.rss": (render_rss(RF_CHANNEL, [(RF, "rf-2041-11-21-vkb",
                                                     "https://roter-faden.example/2041/11/21/vkb", RF["extra"])]), False),
        "quickfeed.jsonl": (render_jsonl([dev24_hovelund.jsonl_item(), jsonl_item()]), False),
    }
