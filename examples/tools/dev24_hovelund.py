"""dev24 story 2: on Thursday, 11 October 2041, the municipal utility of Hovelund (Hovelunder Versorgungswerke, HVV) says
attackers stole names, addresses and meter readings of 212,000 customer households; the gang demands a ransom of two million
euros, which HVV will not pay. The gang says it also took customers' bank details; HVV denies it.

The utility's own press release (German text, its own voice and its own denial), an English technology site (HTML; "more
than 200,000"), a German local paper (text) with hearsay about the ransom, and an English aggregator item (JSON Lines) with a
sensational headline that states the gang's claim as fact and omits the denial. Invented by the Parallax team: country,
town, utility, gang, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, headline

SID = "st-hovelund-leak"
EV = "ev-hovelund-attack"
STORY = {"id": SID, "label": "Data stolen from the municipal utility of Hovelund, Vessarien",
         "events": [{"id": EV, "label": "Attackers steal customer data from Hovelunder Versorgungswerke and demand a ransom (11 October 2041)"}]}

EVENT = "hovelund utility data theft"
THU = T("2041-10-11", "2041-10-11")
HVV = "hvv"
GANG = "grauspecht"
BANK = (GANG, "leaked", "bank details of hvv customers")
HOUSEHOLDS = "hvv customer households whose data was stolen"

GROUPS = [
    {"id": "hv-households", "story": SID, "status": "agreed",
     "why": "212,000 households (HVV, Anzeiger, Quickfeed) and more than 200,000 (ByteLedger): a bound within a tenth of the exact figure."},
    {"id": "hv-ransom", "story": SID, "status": "agreed",
     "why": "A ransom of two million euros (HVV, Anzeiger hedged, ByteLedger with dollars)."},
    {"id": "hv-bank", "story": SID, "status": "disputed",
     "why": "The gang says it took bank details (ByteLedger, Anzeiger); Quickfeed states it as fact; HVV denies it (HVV, ByteLedger, Anzeiger); Quickfeed omits the denial."},
    {"id": "hv-portal", "story": SID, "status": "agreed", "why": "The customer portal offline for at least three days (HVV, Anzeiger)."},
    {"id": "hv-gigabytes", "story": SID, "status": "single-source", "why": "Only ByteLedger: the gang claims 180 gigabytes."},
    {"id": "hv-staff", "story": SID, "status": "single-source", "why": "Only the Anzeiger: about 40 HVV staff working on the systems."},
]

# ------------------------------------------------------------------ HVV press release (de, text; Thursday; own voice)

PR = {
    "input": "dev24/hovelund-hvv.txt", "story": SID, "event": EV,
    "publisher": "Hovelunder Versorgungswerke AöR", "published": "2041-10-11T14:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Hovelund, 11. Oktober 2041"],
    "blocks": [
        H("HVV informiert über Cyberangriff auf Kundendaten"),
        P(S("Unbekannte Angreifer haben in der Nacht zum Donnerstag Daten von 212.000 Kundenhaushalten aus den Systemen der Hovelunder Versorgungswerke (HVV) kopiert.",
            claims=[Q("212.000 Kundenhaushalten", 212000, "household", "affected", subject=HOUSEHOLDS, source=HVV, group="hv-households", time=THU)]),
          S("Betroffen sind Namen, Anschriften und Zählerstände."),
          S("Behauptungen, die Täter hätten auch Bankverbindungen erbeutet, sind falsch.",
            claims=[ST("Behauptungen, die Täter hätten auch Bankverbindungen erbeutet, sind falsch", *BANK, "hv-bank", source=HVV, denial=True)])),
        P(S("Die Angreifer fordern ein Lösegeld von zwei Millionen Euro.",
            claims=[Q("zwei Millionen Euro", 2000000, "eur", None, subject="ransom demanded from hvv", source=HVV, group="hv-ransom", time=THU)]),
          S("Die HVV wird nicht zahlen und hat Anzeige bei der Polizei erstattet."),
          S("Das Kundenportal bleibt mindestens drei Tage offline.",
            claims=[Q("mindestens drei Tage", 3, "day", "duration", "at-least", subject="outage of the hvv customer portal", source=HVV, group="hv-portal", time=None)])),
    ],
    "post": ["Über die HVV: Die Hovelunder Versorgungswerke AöR liefern seit 1897 Strom, Gas und Wasser.",
             "Pressekontakt: Jana Terhold, Telefon 0471 20 35-118, presse@hvv.example"],
    "removed": ["PRESSEMITTEILUNG", "seit 1897", "Pressekontakt: Jana Terhold", "0471 20 35-118"],
}

# ------------------------------------------------------------------ ByteLedger (en technology site, HTML; Friday)

BL_SITE = {
    "nav": ["News", "Security", "Cloud", "Gadgets", "Podcasts", "Newsletter"],
    "cookie": "ByteLedger and its 147 partners use cookies to personalise content.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Oct 12, 2041",
    "share": "Share · 203 comments",
    "ad": "Try VaultKey password manager – 3 months free",
    "related_title": "More in Security",
    "related": ["Ransomware: 5 signs you are next", "Why utilities are easy targets", "The 10 biggest leaks of 2041"],
    "footer": "© 2041 ByteLedger Media",
    "inline": '<div class="teaser">Related: How to check if your data leaked</div>',
    "inline_at": 2,
}

BL = {
    "input": "dev24/hovelund-byteledger.html", "story": SID, "event": EV,
    "publisher": "ByteLedger", "published": "2041-10-12T10:40:00+02:00",
    "language": "en", "authors": ["Priya Castell"], "sensational": False,
    "blocks": [
        H("Ransomware gang hits Vessarian city utility, claims bank data"),
        P(S("A ransomware gang calling itself Grauspecht has stolen data on more than 200,000 customer households from Hovelund's municipal utility, HVV, the company said on Thursday.",
            claims=[Q("more than 200,000 customer households", 200000, "household", "affected", "more-than", subject=HOUSEHOLDS, source=HVV, group="hv-households", time=THU)]),
          S("The gang is demanding €2 million ($2.2 million).",
            claims=[Q("€2 million", 2000000, "eur", None, subject="ransom demanded from hvv", group="hv-ransom", time=THU),
                    Q("$2.2 million", 2200000, "usd", None, subject="ransom demanded from hvv", group="hv-ransom", time=THU)])),
        P(S("On its leak site, Grauspecht claims to hold 180 gigabytes of files, including customers' bank details.",
            claims=[Q("180 gigabytes", 180, None, None, subject="files grauspecht says it stole from hvv", source=GANG, group="hv-gigabytes", time=None),
                    ST("Grauspecht claims to hold 180 gigabytes of files, including customers' bank details", *BANK, "hv-bank", source=GANG, hedged=True)]),
          S("HVV denies that any bank data was taken.",
            claims=[ST("HVV denies that any bank data was taken", *BANK, "hv-bank", source=HVV, denial=True)])),
        P(S("\"This is a digital Chernobyl for the city,\" said the security researcher Tomas Lindqvist.", "quote",
            loaded=[L("digital Chernobyl", "alarmist", "reported")]),
          S("Utilities remain soft targets, and customers should watch for phishing emails in the coming weeks.", "opinion")),
    ],
    "removed": ["147 partners", "Oct 12, 2041", "203 comments", "3 months free", "5 signs you are next",
                "Why utilities are easy targets", "The 10 biggest leaks of 2041", "How to check if your data leaked",
                "© 2041 ByteLedger Media"],
}

# ------------------------------------------------------------------ Hovelunder Anzeiger (de local paper, text; Friday)

AZ = {
    "input": "dev24/hovelund-anzeiger.txt", "story": SID, "event": EV,
    "publisher": "Hovelunder Anzeiger", "published": "2041-10-12T05:30:00+02:00",
    "language": "de", "authors": ["Moritz Achterberg"], "sensational": False,
    "pre": ["Hovelunder Anzeiger", "Lokales | 12.10.2041", "Von Moritz Achterberg"],
    "blocks": [
        H("Hacker erbeuten Daten von 212.000 HVV-Kunden",
          claims=[Q("212.000 HVV-Kunden", 212000, "household", "affected", subject=HOUSEHOLDS, group="hv-households", time=THU)]),
        P(S("Der Angriff auf die Hovelunder Versorgungswerke trifft rund 212.000 Haushalte in der Stadt und im Umland.",
            claims=[Q("rund 212.000 Haushalte", 212000, "household", "affected", "about", subject=HOUSEHOLDS, group="hv-households", time=THU)]),
          S("Die Täter sollen zwei Millionen Euro Lösegeld verlangen.",
            claims=[Q("zwei Millionen Euro", 2000000, "eur", None, subject="ransom demanded from hvv", hedged=True, group="hv-ransom", time=THU)]),
          S("Laut HVV arbeiten seit Donnerstag etwa 40 Beschäftigte daran, die Systeme wieder hochzufahren; das Kundenportal bleibe mindestens drei Tage offline.",
            claims=[Q("etwa 40 Beschäftigte", 40, "worker", "deployed", "about", subject=EVENT, source=HVV, group="hv-staff", time=THU),
                    Q("mindestens drei Tage", 3, "day", "duration", "at-least", subject="outage of the hvv customer portal", source=HVV, hedged=True, group="hv-portal", time=None)])),
        P(S("Die Gruppe Grauspecht behauptet im Netz, auch Bankdaten zu besitzen.",
            claims=[ST("Die Gruppe Grauspecht behauptet im Netz, auch Bankdaten zu besitzen", *BANK, "hv-bank", source=GANG, hedged=True)]),
          S("Die HVV bestreitet das."
            , claims=[ST("Die HVV bestreitet das", *BANK, "hv-bank", source=HVV, denial=True)]),
          S("Kunden sollten dennoch ihre Kontoauszüge prüfen, rät die Verbraucherzentrale.")),
    ],
    "post": ["Lesen Sie auch: 4 Tipps gegen Phishing", "Anzeiger-App: jetzt 30 Tage kostenlos"],
    "removed": ["Lokales | 12.10.2041", "4 Tipps gegen Phishing", "30 Tage kostenlos"],
}

# ------------------------------------------------------------------ Quickfeed (en aggregator, JSON Lines item; Friday; omits the denial)

QF = {
    "input": "dev24/quickfeed.jsonl#qf-20411012-0715", "story": SID, "event": EV,
    "publisher": "Quickfeed", "published": "2041-10-12T07:15:00+02:00",
    "language": "en", "authors": [], "sensational": True,
    "blocks": [
        H("HACKERS GRAB BANK DETAILS OF 212,000 HOUSEHOLDS",
          claims=[Q("212,000 HOUSEHOLDS", 212000, "household", "affected", subject=HOUSEHOLDS, group="hv-households", time=THU),
                  ST("HACKERS GRAB BANK DETAILS OF 212,000 HOUSEHOLDS", *BANK, "hv-bank")]),
        P(S("Criminals have stolen the bank details of 212,000 households served by the city utility in Hovelund, Vessaria.",
            claims=[Q("212,000 households", 212000, "household", "affected", subject=HOUSEHOLDS, group="hv-households", time=THU),
                    ST("Criminals have stolen the bank details of 212,000 households", *BANK, "hv-bank")]),
          S("Change your passwords now!", "opinion")),
    ],
    "post": ["Quickfeed – news that moves"],
    "removed": ["news that moves"],
}

ARTICLES = [PR, BL, AZ, QF]

REWRITES = []


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "qf-20411012-0715", "url": "https://quickfeed.example/tech/hovelund-hack",
            "title": headline(QF), "text": text_without_headline(QF), "publisher": QF["publisher"],
            "published": QF["published"], "language": "en", "section": "Tech"}


def files():
    """quickfeed.jsonl is written by the Brakelstadt module (it holds a second item)."""
    return {
        "hovelund-hvv.txt": (render_txt(PR), False),
        "hovelund-byteledger.html": (render_html(BL, BL_SITE), False),
        "hovelund-anzeiger.txt": (render_txt(AZ), False),
    }
