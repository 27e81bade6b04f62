"""dev24 story 3: on Wednesday, 14 August 2041, after weeks of drought, the waterways authority halts cargo shipping on 85 km
of the river Elmar (Vessarien) when the gauge at Tollheim falls to 38 cm; 214 cargo vessels are stuck. The boatmen's
association Schifferbund Elmar puts the losses at 1.5 million euros a day and says the authority failed to dredge the
channel at Tollheim as it had promised; the authority denies it.

An English broadcaster (Atom entry), a German agency report (vpa; a DE–EN pair with the broadcaster in own words), a German
business site (HTML) the Monday after, with a looser count, a higher loss estimate from the chamber of commerce and a commentary, and an
English trade site (HTML) that omits the quarrel. Invented by the Parallax team: country, river, towns, authority,
association, chamber, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html, render_atom

SID = "st-elmar-lowwater"
EV = "ev-elmar-halt"
STORY = {"id": SID, "label": "Low water halts cargo shipping on the river Elmar, Vessarien",
         "events": [{"id": EV, "label": "The waterways authority halts shipping as the Tollheim gauge falls to 38 cm (14 August 2041)"}]}

EVENT = "elmar shipping halt"
WED = T("2041-08-14", "2041-08-14")
SINCE = T("2041-08-14", "2041-08-19")
MONDAY = T("2041-08-19", "2041-08-19")
WSA = "waterways authority"
SB = "schifferbund elmar"
DREDGE = (WSA, "ignored", "its promise to dredge the elmar channel at tollheim")
GAUGE = "water level of the elmar at the tollheim gauge"
VESSELS = "cargo vessels stuck on the elmar"
LOSSES = "daily losses of elmar shipping"
STRETCH = "stretch of the elmar closed to shipping"

GROUPS = [
    {"id": "el-gauge", "story": SID, "status": "agreed",
     "why": "38 cm at Tollheim (VRI, vpa, Shipping Review) and below 40 cm (Handelsblick): a bound within a tenth."},
    {"id": "el-vessels", "story": SID, "status": "compatible",
     "why": "214 vessels (vpa, Shipping Review), more than 200 (VRI) and Handelsblick's dozens (at least 24): a looser figure beside the exact one."},
    {"id": "el-losses", "story": SID, "status": "compatible",
     "why": "1.5 million euros a day by the Schifferbund (VRI, vpa) beside up to three million by the chamber (Handelsblick): a bound that allows the figure."},
    {"id": "el-stretch", "story": SID, "status": "agreed", "why": "85 km closed (VRI with 53 miles, vpa, Shipping Review)."},
    {"id": "el-dredge", "story": SID, "status": "disputed",
     "why": "The Schifferbund says the authority failed to dredge the channel as promised (VRI, vpa, Handelsblick); the authority denies it (VRI, vpa, Handelsblick); the Shipping Review omits the quarrel."},
    {"id": "el-rain", "story": SID, "status": "single-source", "why": "Only the Shipping Review: no rain for at least ten days."},
    {"id": "el-loads", "story": SID, "status": "single-source", "why": "Only the Shipping Review: some sail with a third of their loads."},
    {"id": "el-normal", "story": SID, "status": "single-source", "why": "Only the Shipping Review: a normal August level of about 1.9 metres."},
]

# ------------------------------------------------------------------ VRI (en broadcaster, Atom entry; Wednesday)

VRI_FEED = {"title": "Vessaria Radio International – English Service", "link": "https://vri.example/en/",
            "id": "tag:vri.example,2041:en-news", "updated": "2041-08-14T19:00:00+02:00", "language": "en"}

VRI = {
    "input": "dev24/vri-news.atom#tag:vri.example,2041:en/elmar-low-water", "story": SID, "event": EV,
    "publisher": "Vessaria Radio International", "published": "2041-08-14T16:20:00+02:00",
    "language": "en", "authors": ["Aino Varga"], "sensational": False,
    "blocks": [
        H("Drought halts cargo traffic on Vessaria's river Elmar"),
        P(S("Vessaria's waterways authority halted cargo shipping on an 85 km (53-mile) stretch of the river Elmar on Wednesday after the gauge at Tollheim fell to 38 centimetres.",
            claims=[Q("85 km", 85, "kilometre", "distance", subject=STRETCH, source=None, group="el-stretch", time=WED),
                    Q("53-mile", 53, "mile", "distance", subject=STRETCH, group="el-stretch", time=WED),
                    Q("38 centimetres", 38, "centimetre", None, subject=GAUGE, group="el-gauge", time=WED)]),
          S("More than 200 cargo vessels are stuck, according to the authority.",
            claims=[Q("More than 200 cargo vessels", 200, "ship", None, "more-than", subject=VESSELS, source=WSA, group="el-vessels", time=WED)])),
        P(S("The boatmen's association Schifferbund Elmar said its members were losing €1.5 million ($1.6 million) a day.",
            claims=[Q("€1.5 million", 1500000, "eur", "cost", subject=LOSSES, source=SB, group="el-losses", time=WED),
                    Q("$1.6 million", 1600000, "usd", "cost", subject=LOSSES, source=SB, group="el-losses", time=WED)]),
          S("It accused the authority of failing to dredge the channel at Tollheim, as it had promised.",
            claims=[ST("accused the authority of failing to dredge the channel at Tollheim, as it had promised", *DREDGE, "el-dredge", source=SB)]),
          S("The authority rejected the charge and said the channel had been dredged in the spring.",
            claims=[ST("The authority rejected the charge", *DREDGE, "el-dredge", source=WSA, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 3 min · Download MP3</p>',
    "removed": ["Listen: 3 min", "Download MP3"],
}

# ------------------------------------------------------------------ vpa (de agency, text; Wednesday; pair with VRI)

VPA = {
    "input": "dev24/elmar-vpa.txt", "story": SID, "event": EV,
    "publisher": "vpa Vessarische Presseagentur", "published": "2041-08-14T17:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["vpa Vessarische Presseagentur", "Mi 14.08.2041 – 17:10", "Ressort: Wirtschaft"],
    "blocks": [
        H("Niedrigwasser: Frachtschifffahrt auf der Elmar eingestellt"),
        P(S("TOLLHEIM (vpa) – Wegen der anhaltenden Dürre hat das Wasserstraßenamt am Mittwoch die Frachtschifffahrt auf 85 Kilometern der Elmar gestoppt.",
            claims=[Q("85 Kilometern", 85, "kilometre", "distance", subject=STRETCH, group="el-stretch", time=WED)]),
          S("Der Pegel Tollheim zeigte nur noch 38 Zentimeter.",
            claims=[Q("38 Zentimeter", 38, "centimetre", None, subject=GAUGE, group="el-gauge", time=WED)]),
          S("Nach Angaben des Amtes liegen 214 Frachtschiffe fest.",
            claims=[Q("214 Frachtschiffe", 214, "ship", None, subject=VESSELS, source=WSA, group="el-vessels", time=WED)])),
        P(S("Der Schifferbund Elmar beziffert die Verluste seiner Mitglieder auf 1,5 Millionen Euro pro Tag.",
            claims=[Q("1,5 Millionen Euro", 1500000, "eur", "cost", subject=LOSSES, source=SB, group="el-losses", time=WED)]),
          S("Der Verband wirft dem Amt vor, die zugesagte Ausbaggerung der Fahrrinne bei Tollheim nie vorgenommen zu haben.",
            claims=[ST("wirft dem Amt vor, die zugesagte Ausbaggerung der Fahrrinne bei Tollheim nie vorgenommen zu haben", *DREDGE, "el-dredge", source=SB)]),
          S("Das Wasserstraßenamt bestreitet das: Die Rinne sei im Frühjahr ausgebaggert worden.",
            claims=[ST("Das Wasserstraßenamt bestreitet das", *DREDGE, "el-dredge", source=WSA, denial=True)])),
    ],
    "post": ["vpa jb/wi 141710 Aug 41", "", "Themen: Wetter · Schifffahrt · Elmar",
             "© vpa Vessarische Presseagentur – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Mi 14.08.2041 – 17:10", "vpa jb/wi 141710 Aug 41", "Themen: Wetter · Schifffahrt · Elmar",
                "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Handelsblick (de business site, HTML; Thursday; commentary)

HB_SITE = {
    "nav": ["Märkte", "Unternehmen", "Logistik", "Meinung", "Karriere"],
    "cookie": "Handelsblick und 71 Partner nutzen Cookies für Werbung und Analyse.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Montag, 19.08.2041",
    "share": "Teilen · 33 Kommentare",
    "ad": "Festgeld: 3,1 Prozent Zinsen für 12 Monate",
    "related_title": "Weitere Artikel",
    "related": ["Frachtraten: 5 Grafiken zur Lage", "Dürresommer 2039 im Rückblick"],
    "footer": "© 2041 Handelsblick Verlag",
    "inline": '<div class="teaser">Newsletter: Logistik am Morgen – jetzt abonnieren</div>',
    "inline_at": 1,
}

HB = {
    "input": "dev24/elmar-handelsblick.html", "story": SID, "event": EV,
    "publisher": "Handelsblick", "published": "2041-08-19T08:00:00+02:00",
    "language": "de", "authors": ["Helge Marquard"], "sensational": False,
    "blocks": [
        H("Elmar-Stopp trifft die Industrie"),
        P(S("Seit Mittwoch vergangener Woche liegen Dutzende Frachtschiffe auf der Elmar fest, der Pegel Tollheim steht unter 40 Zentimetern.",
            claims=[Q("Dutzende Frachtschiffe", 24, "ship", None, "at-least", subject=VESSELS, group="el-vessels", time=SINCE),
                    Q("unter 40 Zentimetern", 40, "centimetre", None, "less-than", subject=GAUGE, group="el-gauge", time=MONDAY)]),
          S("Die Handelskammer Tollheim schätzt den Schaden für Reeder und Industrie auf bis zu drei Millionen Euro täglich.",
            claims=[Q("bis zu drei Millionen Euro", 3000000, "eur", "cost", "up-to", subject=LOSSES, source="handelskammer tollheim", group="el-losses", time=MONDAY)]),
          S("Der Schifferbund gibt dem Wasserstraßenamt die Schuld, weil es die Fahrrinne nicht ausgebaggert habe; das Amt widerspricht.",
            claims=[ST("weil es die Fahrrinne nicht ausgebaggert habe", *DREDGE, "el-dredge", source=SB, hedged=True),
                    ST("das Amt widerspricht", *DREDGE, "el-dredge", source=WSA, denial=True)])),
        P(S("Kommentar: Wer Flüsse als Autobahnen plant, muss auch in trockenen Jahren liefern.", "opinion"),
          S("Ohne eine tiefere Rinne wird jeder Sommer zum Glücksspiel.", "opinion")),
    ],
    "removed": ["71 Partner", "Montag, 19.08.2041", "33 Kommentare", "3,1 Prozent Zinsen", "5 Grafiken zur Lage",
                "Dürresommer 2039 im Rückblick", "Logistik am Morgen", "© 2041 Handelsblick Verlag"],
}

# ------------------------------------------------------------------ Inland Shipping Review (en trade site, HTML; Thursday; omits the quarrel)

SR_SITE = {
    "nav": ["News", "Fleet", "Ports", "Rivers", "Events", "Subscribe"],
    "cookie": "We use cookies to run this site and measure traffic.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "15 August 2041",
    "share": "Share · 9 comments",
    "ad": "Marine diesel at 2 ports – order online",
    "related_title": "Related",
    "related": ["Low water surcharge: 4 carriers raise rates", "Elmar locks to be upgraded by 2045"],
    "footer": "© 2041 Inland Shipping Review",
    "inline": '<div class="teaser">Webinar: Planning for low water</div>',
    "inline_at": 1,
    "after": '<div class="ad-box">Sponsored: Shallow-draft barges from Ternholm Werft</div>',
}

SR = {
    "input": "dev24/elmar-shipping-review.html", "story": SID, "event": EV,
    "publisher": "Inland Shipping Review", "published": "2041-08-15T11:30:00+02:00",
    "language": "en", "authors": ["Carl Jessop"], "sensational": False,
    "blocks": [
        H("214 vessels stranded as Elmar closes to cargo",
          claims=[Q("214 vessels", 214, "ship", None, subject=VESSELS, group="el-vessels", time=WED)]),
        P(S("Cargo traffic on 85 km of the Elmar has been halted since Wednesday, when the Tollheim gauge read 38 cm.",
            claims=[Q("85 km", 85, "kilometre", "distance", subject=STRETCH, group="el-stretch", time=WED),
                    Q("38 cm", 38, "centimetre", None, subject=GAUGE, group="el-gauge", time=WED)]),
          S("In a normal August the gauge reads about 1.9 metres.",
            claims=[Q("about 1.9 metres", 1.9, "metre", None, "about", subject="normal august level at the tollheim gauge", group="el-normal", time=None)]),
          S("According to the weather service, no significant rain is expected for at least ten days.",
            claims=[Q("at least ten days", 10, "day", "duration", "at-least", subject="dry spell over the elmar basin", source="weather service", group="el-rain", time=None)])),
        P(S("Operators are diverting freight to rail where they can."),
          S("Some shippers have begun sailing with a third of their usual loads.",
            claims=[Q("a third", 33.3, "percent", None, subject="loads carried by elmar shippers", group="el-loads", time=WED)])),
    ],
    "removed": ["We use cookies", "15 August 2041", "9 comments", "Marine diesel at 2 ports", "4 carriers raise rates",
                "upgraded by 2045", "Planning for low water", "Ternholm Werft", "© 2041 Inland Shipping Review"],
}

ARTICLES = [VRI, VPA, HB, SR]

REWRITES = []


def files():
    return {
        "vri-news.atom": (render_atom(VRI_FEED, [(VRI, "tag:vri.example,2041:en/elmar-low-water",
                                                  "https://vri.example/en/2041/08/14/elmar-low-water", VRI["extra"])]), False),
        "elmar-vpa.txt": (render_txt(VPA), False),
        "elmar-handelsblick.html": (render_html(HB, HB_SITE), False),
        "elmar-shipping-review.html": (render_html(SR, SR_SITE), False),
    }
