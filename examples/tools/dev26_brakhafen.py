"""dev26 story 5: on Tuesday night, 9 October 2046, customs officers at the port of Brakhafen (Nordavien) find about 2.3
tonnes of cocaine hidden in 14 refrigerated containers of bananas, the country's largest seizure (the record had been 1.1
tonnes in 2041); customs put the street value at about €170 million; on Wednesday five men are arrested, four of them port
workers; on Thursday prosecutors arrest a sixth suspect, a customs officer said to have told the smugglers which containers
would be checked. The dockers' union Hafenbund says the port authority had switched off the X-ray scanner at Terminal 3 for
seven weeks; the authority denies it and says it was down for two days of maintenance.

A German local paper on Wednesday (HTML; Konjunktiv I over several sentences), an English wire on Wednesday (Continental
Newswire, text; dollars), the English service of a public broadcaster on Thursday (Atom entry; the sixth arrest,
"allegedly") and an English quality paper on Thursday (HTML; "reportedly" with a higher value, a closing opinion). This
module also writes nri-english.atom, the broadcaster's feed with items of three stories. Invented by the Parallax team:
country, port, authorities, union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html, render_atom
import dev26_tamsfeld
import dev26_loehnsee

SID = "st-brakhafen-cocaine"
EV = "ev-brakhafen-seizure"
STORY = {"id": SID, "label": "Record cocaine find in banana containers at the port of Brakhafen, Nordavien",
         "events": [{"id": EV, "label": "About 2.3 tonnes of cocaine found; arrests on Wednesday and Thursday (9–11 October 2046)"}]}

EVENT = "brakhafen cocaine seizure"
TUE = T("2046-10-09", "2046-10-09")
WED = T("2046-10-10", "2046-10-10")
THU = T("2046-10-11", "2046-10-11")
PA = "port authority"
HB = "hafenbund"
SCANNER = (PA, "halted", "x-ray scanning at terminal 3")
SCANNER_TIME = "shutdown of the terminal 3 scanner"

GROUPS = [
    {"id": "bk-cocaine", "story": SID, "status": "compatible",
     "why": "About 2.3 tonnes (Hafenkurier, Continental Newswire, the Ledger's 2.3 metric tons) beside the broadcaster's looser 'more than two tonnes'."},
    {"id": "bk-containers", "story": SID, "status": "agreed", "why": "14 refrigerated containers (Hafenkurier, Continental Newswire, Ledger)."},
    {"id": "bk-value", "story": SID, "status": "conflicting",
     "why": "About €170 million by customs (Hafenkurier, Continental Newswire with $185 million, Ledger) against the Ledger's reported 'at least €230 million'."},
    {"id": "bk-record", "story": SID, "status": "agreed", "why": "The previous record, about 1.1 tonnes in 2041 (Hafenkurier, Continental Newswire)."},
    {"id": "bk-arrests", "story": SID, "status": "compatible",
     "why": "Five arrested on Wednesday (Hafenkurier, Continental Newswire), six by Thursday (NRI, Ledger): a later figure."},
    {"id": "bk-dockers", "story": SID, "status": "agreed", "why": "Four of the five arrested are port workers (Hafenkurier, Continental Newswire)."},
    {"id": "bk-scanner", "story": SID, "status": "disputed",
     "why": "Hafenbund says the port authority switched off the Terminal 3 scanner (Hafenkurier, Continental Newswire, Ledger); the authority denies it in all three."},
    {"id": "bk-scanner-time", "story": SID, "status": "disputed",
     "why": "Seven weeks by Hafenbund against the port authority's two days of maintenance, said in its denial (Hafenkurier, Continental Newswire, Ledger): one disputed span."},
    {"id": "bk-officer", "story": SID, "status": "single-source",
     "why": "Only NRI: the arrested customs officer allegedly told the smugglers which containers would be checked."},
]

# ------------------------------------------------------------------ Brakhafener Hafenkurier (de local paper, HTML; Wednesday)

HK_SITE = {
    "nav": ["Start", "Hafen", "Brakhafen", "Region", "Wirtschaft", "Sport", "Veranstaltungen"],
    "cookie": "Wir verwenden Cookies. Details finden Sie in unserer Datenschutzerklärung (88 Anbieter).",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "Mittwoch, 10.10.2046 – 17:40 Uhr",
    "share": "Teilen · 64 Kommentare",
    "ad": "Hafenrundfahrt ab 12 Euro – jetzt buchen",
    "related_title": "Weitere Artikel",
    "related": ["Terminal 3: 25 Jahre Containerumschlag", "Zollbilanz 2045: 412 Aufgriffe"],
    "footer": "© 2046 Brakhafener Hafenkurier · Impressum · Leserservice",
    "inline": '<div class="teaser">Podcast: Der Hafen und das Kokain (Folge 17)</div>',
    "inline_at": 2,
}

HK = {
    "input": "dev26/brakhafen-hafenkurier.html", "story": SID, "event": EV,
    "publisher": "Brakhafener Hafenkurier", "published": "2046-10-10T17:40:00+02:00",
    "language": "de", "authors": ["Okko Tjaden"], "sensational": False,
    "blocks": [
        H("Rekordfund im Hafen: Zoll entdeckt 2,3 Tonnen Kokain in Bananenkisten",
          claims=[Q("2,3 Tonnen Kokain", 2.3, "tonne", None, subject=EVENT, group="bk-cocaine", time=TUE)]),
        P(S("In 14 Kühlcontainern mit Bananen hat der Zoll im Hafen von Brakhafen in der Nacht zum Mittwoch rund 2,3 Tonnen Kokain entdeckt.",
            claims=[Q("14 Kühlcontainern", 14, "container", None, subject=EVENT, group="bk-containers", time=TUE),
                    Q("rund 2,3 Tonnen Kokain", 2.3, "tonne", None, "about", subject=EVENT, group="bk-cocaine", time=TUE)]),
          S("Der Straßenverkaufswert liegt nach Schätzung des Zolls bei etwa 170 Millionen Euro.",
            claims=[Q("etwa 170 Millionen Euro", 170000000, "eur", None, "about", subject="cocaine found at brakhafen", source="customs", group="bk-value")]),
          S("Den bisher größten Fund im Land hatten Fahnder 2041 gemacht, damals waren es rund 1,1 Tonnen.",
            claims=[Q("rund 1,1 Tonnen", 1.1, "tonne", None, "about", subject="cocaine seizure of 2041", group="bk-record", time=T("2041-01-01", "2041-12-31"))])),
        P(S("Am Mittwoch nahm die Polizei laut Staatsanwaltschaft fünf Männer fest, unter ihnen vier Hafenarbeiter.",
            claims=[Q("fünf Männer", 5, "person", "arrested", subject=EVENT, source="prosecutors", group="bk-arrests", time=WED),
                    Q("vier Hafenarbeiter", 4, "worker", "arrested", subject=EVENT, source="prosecutors", group="bk-dockers", time=WED)])),
        P(S("Die Gewerkschaft Hafenbund erhebt schwere Vorwürfe gegen die Hafenbehörde."),
          S("Der Röntgenscanner an Terminal 3 sei seit sieben Wochen abgeschaltet gewesen.",
            claims=[ST("Der Röntgenscanner an Terminal 3 sei seit sieben Wochen abgeschaltet gewesen", *SCANNER, "bk-scanner", source=HB, hedged=True),
                    Q("seit sieben Wochen", 7, "week", "duration", subject=SCANNER_TIME, source=HB, hedged=True, group="bk-scanner-time")]),
          S("Die Behörde habe damit Geld sparen wollen, und genau das hätten die Schmuggler gewusst."),
          S("Die Hafenbehörde widerspricht: Das Gerät sei nur zwei Tage lang gewartet worden.",
            claims=[ST("Die Hafenbehörde widerspricht", *SCANNER, "bk-scanner", source=PA, denial=True),
                    Q("zwei Tage", 2, "day", "duration", subject=SCANNER_TIME, source=PA, hedged=True, group="bk-scanner-time")])),
    ],
    "removed": ["88 Anbieter", "Mittwoch, 10.10.2046 – 17:40 Uhr", "64 Kommentare", "ab 12 Euro", "25 Jahre Containerumschlag",
                "412 Aufgriffe", "Der Hafen und das Kokain (Folge 17)", "© 2046 Brakhafener Hafenkurier"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Wednesday)

CNW = {
    "input": "dev26/brakhafen-cnw.txt", "story": SID, "event": EV,
    "publisher": "Continental Newswire", "published": "2046-10-10T19:15:00+02:00",
    "language": "en", "authors": ["Jonah Weatherby"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "Oct 10, 2046 17:15 UTC"],
    "blocks": [
        H("Nordavia seizes record cocaine haul hidden among bananas"),
        P(S("BRAKHAFEN, Nordavia (CNW) – Customs officers found about 2.3 tonnes of cocaine in 14 refrigerated banana containers at the port of Brakhafen overnight, more than twice the previous national record of some 1.1 tonnes set in 2041.",
            claims=[Q("about 2.3 tonnes", 2.3, "tonne", None, "about", subject=EVENT, group="bk-cocaine", time=TUE),
                    Q("14 refrigerated banana containers", 14, "container", None, subject=EVENT, group="bk-containers", time=TUE),
                    Q("some 1.1 tonnes", 1.1, "tonne", None, "about", subject="cocaine seizure of 2041", group="bk-record", time=T("2041-01-01", "2041-12-31"))]),
          S("The customs service valued the drugs at about €170 million ($185 million).",
            claims=[Q("about €170 million", 170000000, "eur", None, "about", subject="cocaine found at brakhafen", source="customs", group="bk-value"),
                    Q("$185 million", 185000000, "usd", None, subject="cocaine found at brakhafen", source="customs", group="bk-value")])),
        P(S("Police arrested five people on Wednesday, four of them port workers.",
            claims=[Q("five people", 5, "person", "arrested", subject=EVENT, group="bk-arrests", time=WED),
                    Q("four of them", 4, "worker", "arrested", subject=EVENT, group="bk-dockers", time=WED)])),
        P(S("According to the dockers' union Hafenbund, the port authority had switched off the X-ray scanner at Terminal 3 for seven weeks to cut costs.",
            claims=[ST("the port authority had switched off the X-ray scanner at Terminal 3", *SCANNER, "bk-scanner", source=HB),
                    Q("seven weeks", 7, "week", "duration", subject=SCANNER_TIME, source=HB, group="bk-scanner-time")]),
          S("The authority disputed that, saying the scanner had been out of service for two days of routine maintenance.",
            claims=[ST("The authority disputed that", *SCANNER, "bk-scanner", source=PA, denial=True),
                    Q("two days", 2, "day", "duration", subject=SCANNER_TIME, source=PA, group="bk-scanner-time")])),
    ],
    "post": ["(Reporting by Jonah Weatherby; editing by Tom Achterberg)", "© 2046 Continental Newswire. All rights reserved."],
    "removed": ["Oct 10, 2046 17:15 UTC", "editing by Tom Achterberg", "© 2046 Continental Newswire"],
}

# ------------------------------------------------------------------ NRI (en broadcaster, Atom entry; Thursday)

NRI = {
    "input": "dev26/nri-english.atom#tag:nri.example,2046:en/brakhafen-sixth-arrest", "story": SID, "event": EV,
    "publisher": "Nordavia Radio International", "published": "2046-10-11T13:00:00+02:00",
    "language": "en", "authors": ["Arvid Kessler"], "sensational": False,
    "blocks": [
        H("Customs officer arrested over Brakhafen cocaine find"),
        P(S("Prosecutors in Brakhafen said on Thursday that a customs officer had been arrested, bringing the number of suspects in custody to six.",
            claims=[Q("the number of suspects in custody to six", 6, "suspect", "arrested", subject=EVENT, source="prosecutors", group="bk-arrests", time=THU)]),
          S("The officer allegedly told the smugglers which containers would be inspected.",
            claims=[ST("The officer allegedly told the smugglers which containers would be inspected", "customs officer", "leaked",
                       "inspection plans to the smugglers", "bk-officer", source="prosecutors", hedged=True)])),
        P(S("Customs found more than two tonnes of cocaine among bananas at the port on Tuesday night, the largest seizure in Nordavia's history.",
            claims=[Q("more than two tonnes", 2, "tonne", None, "more-than", subject=EVENT, group="bk-cocaine", time=TUE)])),
    ],
    "extra": '<p class="listen">Listen: 2 min · NRI Business Hour</p>',
    "removed": ["Listen: 2 min", "NRI Business Hour"],
}

# ------------------------------------------------------------------ The Morning Ledger (en quality paper, HTML; Thursday)

ML_SITE = {
    "nav": ["World", "Europe", "Business", "Opinion", "Culture", "Newsletters"],
    "cookie": "We use cookies to run this site and, with your consent, to measure what you read.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "October 11, 2046",
    "share": "Share this article · 19 comments",
    "ad": "Subscribe: 12 weeks for £12",
    "related_title": "More on Europe",
    "related": ["How 3 ports became the continent's cocaine gateways", "Nordavia's customs service in numbers"],
    "footer": "© 2046 The Morning Ledger",
}

ML = {
    "input": "dev26/brakhafen-ledger.html", "story": SID, "event": EV,
    "publisher": "The Morning Ledger", "published": "2046-10-11T18:00:00+01:00",
    "language": "en", "authors": ["Sophie Abernethy"], "sensational": False,
    "blocks": [
        H("Record cocaine haul exposes gaps in Brakhafen's port security"),
        P(S("The 2.3 metric tons of cocaine that customs officers found in 14 refrigerated containers of bananas in Brakhafen on Tuesday night are reportedly worth at least €230 million ($250 million) on the street.",
            claims=[Q("2.3 metric tons", 2.3, "tonne", None, subject=EVENT, group="bk-cocaine", time=TUE),
                    Q("14 refrigerated containers", 14, "container", None, subject=EVENT, group="bk-containers", time=TUE),
                    Q("at least €230 million", 230000000, "eur", None, "at-least", subject="cocaine found at brakhafen", hedged=True, group="bk-value"),
                    Q("$250 million", 250000000, "usd", None, "at-least", subject="cocaine found at brakhafen", hedged=True, group="bk-value")]),
          S("Customs itself had put the figure at about €170 million.",
            claims=[Q("about €170 million", 170000000, "eur", None, "about", subject="cocaine found at brakhafen", source="customs", group="bk-value")]),
          S("Six people have been arrested, among them a customs officer, the broadcaster NRI reported, citing prosecutors.",
            claims=[Q("Six people", 6, "person", "arrested", subject=EVENT, source="prosecutors", group="bk-arrests", time=THU)])),
        P(S("Hafenbund, the dockers' union, says the port authority switched off the X-ray scanner at Terminal 3 for seven weeks.",
            claims=[ST("the port authority switched off the X-ray scanner at Terminal 3", *SCANNER, "bk-scanner", source=HB),
                    Q("seven weeks", 7, "week", "duration", subject=SCANNER_TIME, source=HB, group="bk-scanner-time")]),
          S("The authority rejects that and speaks of two days of maintenance.",
            claims=[ST("The authority rejects that", *SCANNER, "bk-scanner", source=PA, denial=True),
                    Q("two days", 2, "day", "duration", subject=SCANNER_TIME, source=PA, group="bk-scanner-time")])),
        P(S("Whoever is right, a port that moves this much fruit cannot afford to leave its only scanner dark for a single day.", "opinion")),
    ],
    "removed": ["19 comments", "12 weeks for £12", "How 3 ports became the continent's cocaine gateways", "© 2046 The Morning Ledger"],
}

ARTICLES = [HK, CNW, NRI, ML]

REWRITES = []

NRI_FEED = {"title": "Nordavia Radio International – English News", "link": "https://nri.example/english/",
            "id": "tag:nri.example,2046:en-news", "updated": "2046-10-11T13:00:00+02:00", "language": "en"}


def _entry(article, link):
    return (article, article["input"].split("#", 1)[1], link, article["extra"])


def files():
    """Also writes nri-english.atom, the broadcaster's feed with the items of three stories (newest first)."""
    entries = [_entry(NRI, "https://nri.example/english/2046/10/11/brakhafen-sixth-arrest"),
               _entry(dev26_tamsfeld.NRI, "https://nri.example/english/2046/03/10/tamsfeld-cable-arrests"),
               _entry(dev26_loehnsee.NRI, "https://nri.example/english/2046/01/22/loehnsee-second-death")]
    return {
        "brakhafen-hafenkurier.html": (render_html(HK, HK_SITE), False),
        "brakhafen-cnw.txt": (render_txt(CNW), False),
        "brakhafen-ledger.html": (render_html(ML, ML_SITE), False),
        "nri-english.atom": (render_atom(NRI_FEED, entries), False),
    }
