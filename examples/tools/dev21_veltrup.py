"""dev21 story 4: on Monday, 15 February 2038, farmers block Veltrup, the capital of Saldarien, with tractors against the
government's plan to abolish the refund of 21 cents per litre of farm diesel over two years (about 480 million euros a year).
The police count about 3,200 tractors, the farmers' association Landvolk more than 8,000. Landvolk says the police used
pepper spray on peaceful farmers outside parliament and 14 were hurt; the interior ministry denies it and says spray was used
once, against three men breaking through a barrier. Media report that the agribusiness group Granvia paid for buses and
diesel worth about two million euros; Granvia denies it. On Thursday, 18 February, the agriculture minister stretches the
phase-out to four years and pledges 120 million euros of aid.

A German public broadcaster (HTML), an English wire report (dateline block; a DE–EN pair with the broadcaster in own words),
its rewrite by an English aggregator (JSON Lines item with `text`), a German right-wing blog (RSS) that omits the ministry's
denial and states the pepper spray as fact, a German left-wing blog (RSS) that omits Granvia's denial and states the payment as
fact, and a German agency report (sna) on Thursday with the second event. Invented by the Parallax team: country, towns,
association, company, institute, ministries, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, headline

SID = "st-veltrup-tractors"
EV1 = "ev-veltrup-blockade"
EV2 = "ev-diesel-compromise"
STORY = {"id": SID, "label": "Farmers block Veltrup with tractors over the farm diesel refund",
         "events": [{"id": EV1, "label": "Farmers block the capital Veltrup with tractors; a quarrel over pepper spray and over who paid for the protest (15–16 February 2038)"},
                    {"id": EV2, "label": "The government stretches the end of the diesel refund to four years and pledges aid to farms (18 February 2038)"}]}

LV = "landvolk"
IM = "interior ministry"
HOLM = "jana holm"
BLOCKADE = "veltrup tractor blockade"
TRACTORS = "tractors at the veltrup protest"
REFUND = "farm diesel refund per litre"
PLAN = "phase-out of the farm diesel refund as first planned"
SPRAYED = "farmers hurt by pepper spray at the veltrup protest"
MON = T("2038-02-15", "2038-02-15")
THU = T("2038-02-18", "2038-02-18")
SPRAY = ("police", "attacked", "peaceful farmers with pepper spray outside parliament")
GRANVIA = ("granvia", "paid", "buses and diesel for the protesting farmers")

GROUPS = [
    {"id": "vt-tractors", "story": SID, "status": "conflicting",
     "why": "About 3,200 tractors by the police's count (RSA, Lodestar, Skimline, sna) against more than 8,000 by Landvolk's (RSA, Lodestar, Skimline, sna) and the Heimatstimme's 'über 10.000' (the Gegenwind's 'Tausende' allows either): rival counts of one protest."},
    {"id": "vt-farmers", "story": SID, "status": "compatible",
     "why": "'Tausende Landwirte' (RSA) beside 15,000 participants by Landvolk's count (RSA, Heimatstimme): a looser figure."},
    {"id": "vt-refund", "story": SID, "status": "agreed", "why": "A refund of 21 cents per litre (RSA, Lodestar, Skimline, Heimatstimme, sna)."},
    {"id": "vt-plan", "story": SID, "status": "agreed", "why": "To be abolished over two years as first planned (RSA, Lodestar, Skimline, sna)."},
    {"id": "vt-savings", "story": SID, "status": "agreed", "why": "About 480 million euros a year (RSA, Lodestar with $520 million, Skimline)."},
    {"id": "vt-jam", "story": SID, "status": "agreed", "why": "Tailbacks of up to 40 kilometres (RSA, Lodestar with 25 miles, Skimline)."},
    {"id": "vt-spray", "story": SID, "status": "disputed",
     "why": "Landvolk says the police used pepper spray on peaceful farmers (RSA, Lodestar, Skimline; the Gegenwind as hearsay); the Heimatstimme states it as fact; the interior ministry denies it (RSA, Lodestar, Skimline, Gegenwind); the Heimatstimme omits the denial."},
    {"id": "vt-sprayed", "story": SID, "status": "disputed",
     "why": "14 farmers hurt by Landvolk's account (RSA hedged, Lodestar, Skimline; the Heimatstimme's 'Dutzende' as fact) against three men sprayed by the ministry's in its denial (RSA, Lodestar, Skimline)."},
    {"id": "vt-officers", "story": SID, "status": "agreed", "why": "Two officers slightly injured, say the police (RSA, Lodestar, Skimline)."},
    {"id": "vt-granvia", "story": SID, "status": "disputed",
     "why": "Media report that Granvia paid for buses and diesel (RSA hedged, Lodestar hedged); the Gegenwind states it as fact; Granvia denies it (RSA, Lodestar, Skimline); the Gegenwind omits the denial."},
    {"id": "vt-granvia-money", "story": SID, "status": "agreed",
     "why": "About two million euros by media reports (RSA hedged) and 'mehr als zwei Millionen Euro' (Gegenwind as fact): a bound of the same number."},
    {"id": "vt-poll", "story": SID, "status": "agreed", "why": "Two-thirds back the protests, by a Demova poll (RSA, Lodestar, Skimline)."},
    {"id": "vt-jets", "story": SID, "status": "single-source", "why": "Only the Gegenwind: 3.8 billion euros for fighter jets (a digression)."},
    {"id": "vt-postpone", "story": SID, "status": "single-source", "why": "Only sna: the government stretches the phase-out."},
    {"id": "vt-newplan", "story": SID, "status": "single-source", "why": "Only sna: over four years."},
    {"id": "vt-aid", "story": SID, "status": "single-source", "why": "Only sna: 120 million euros of aid pledged."},
]

# ------------------------------------------------------------------ Rundfunk Saldarien (de public broadcaster, HTML; Monday)

RSA_SITE = {
    "nav": ["Nachrichten", "Saldarien", "Welt", "Wirtschaft", "Wetter", "Mediathek", "Podcasts"],
    "cookie": "Rundfunk Saldarien setzt Cookies ein, um Reichweiten zu messen. Sie können dies jederzeit ändern.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "Stand: 15.02.2038, 18:10 Uhr",
    "share": "Teilen · Drucken · Merken",
    "ad": "RSA Info – die Nachrichten um 19 Uhr live",
    "related_title": "Mehr zum Thema",
    "related": ["Video: Traktoren auf dem Ring (3:12 Min.)", "Agrardiesel: 4 Fragen, 4 Antworten",
                "Liveblog: Bauernprotest in Veltrup"],
    "footer": "© Rundfunk Saldarien 2038 · Barrierefreiheit · Impressum · Datenschutz",
    "inline": '<div class="teaser">Hintergrund: Wie viel verdienen Saldariens Bauern?</div>',
    "inline_at": 2,
}

RSA = {
    "input": "dev21/veltrup-rsa.html", "story": SID, "event": EV1,
    "publisher": "Rundfunk Saldarien", "published": "2038-02-15T18:10:00+01:00",
    "language": "de", "authors": ["Paul Wendt"], "sensational": False,
    "blocks": [
        H("Traktoren-Protest legt Veltrup lahm – Streit um Pfefferspray"),
        P(S("VELTRUP (RSA) – Tausende Landwirte haben am Montag mit ihren Traktoren die Hauptstadt blockiert.",
            claims=[Q("Tausende Landwirte", 2000, "person", None, "at-least", subject=BLOCKADE, group="vt-farmers", time=MON)]),
          S("Sie protestieren gegen den Plan der Regierung, die Rückvergütung von 21 Cent je Liter Agrardiesel über zwei Jahre abzuschaffen.",
            claims=[Q("21 Cent", 0.21, "eur", "paid", subject=REFUND, group="vt-refund", time=None),
                    Q("über zwei Jahre", 2, "year", "duration", subject=PLAN, group="vt-plan", time=None)]),
          S("Die Regierung will so rund 480 Millionen Euro im Jahr sparen.",
            claims=[Q("rund 480 Millionen Euro", 480000000, "eur", None, "about", subject="yearly saving from ending the farm diesel refund", group="vt-savings", time=None)])),
        P(S("Die Polizei zählte rund 3.200 Traktoren.",
            claims=[Q("rund 3.200 Traktoren", 3200, "vehicle", None, "about", subject=TRACTORS, source="police", group="vt-tractors", time=MON)]),
          S("Der Bauernverband Landvolk sprach von mehr als 8.000 Fahrzeugen und zählte 15.000 Teilnehmer.",
            claims=[Q("mehr als 8.000 Fahrzeugen", 8000, "vehicle", None, "more-than", subject=TRACTORS, source=LV, group="vt-tractors", time=MON),
                    Q("15.000 Teilnehmer", 15000, "person", None, subject=BLOCKADE, source=LV, group="vt-farmers", time=MON)]),
          S("Auf den Zufahrtsstraßen stauten sich die Autos auf bis zu 40 Kilometern.",
            claims=[Q("bis zu 40 Kilometern", 40, "kilometre", "size", "up-to", subject="tailbacks around veltrup", group="vt-jam", time=MON)])),
        P(S("Landvolk-Präsident Arne Dahlgren warf der Polizei vor, vor dem Parlament Pfefferspray gegen friedliche Bauern eingesetzt zu haben.",
            claims=[ST("warf der Polizei vor, vor dem Parlament Pfefferspray gegen friedliche Bauern eingesetzt zu haben", *SPRAY, "vt-spray", source=LV)]),
          S("Dabei seien 14 Landwirte verletzt worden.",
            claims=[Q("14 Landwirte", 14, "person", "wounded", subject=SPRAYED, source=LV, hedged=True, group="vt-sprayed", time=MON)]),
          S("„Das ist ein Krieg gegen das Land“, sagte Dahlgren.", "quote",
            loaded=[L("Krieg gegen das Land", "propaganda", "reported")])),
        P(S("Das Innenministerium weist den Vorwurf zurück.",
            claims=[ST("Das Innenministerium weist den Vorwurf zurück", *SPRAY, "vt-spray", source=IM, denial=True)]),
          S("Die Beamten hätten nur einmal Pfefferspray eingesetzt, gegen drei Männer, die eine Absperrung durchbrechen wollten.",
            claims=[Q("drei Männer", 3, "person", None, subject=SPRAYED, source=IM, hedged=True, group="vt-sprayed", time=MON)]),
          S("Nach Polizeiangaben wurden zwei Beamte leicht verletzt.",
            claims=[Q("zwei Beamte", 2, "person", "wounded", subject=BLOCKADE, source="police", group="vt-officers", time=MON)])),
        P(S("Medienberichten zufolge soll der Agrarkonzern Granvia für viele Teilnehmer Busse und Diesel im Wert von rund zwei Millionen Euro bezahlt haben.",
            claims=[ST("soll der Agrarkonzern Granvia für viele Teilnehmer Busse und Diesel im Wert von rund zwei Millionen Euro bezahlt haben", *GRANVIA, "vt-granvia", source="media", hedged=True),
                    Q("rund zwei Millionen Euro", 2000000, "eur", "paid", "about", subject="buses and diesel for the veltrup protest", source="media", hedged=True, group="vt-granvia-money", time=None)]),
          S("Granvia dementiert das.",
            claims=[ST("Granvia dementiert das", *GRANVIA, "vt-granvia", source="granvia", denial=True)]),
          S("Laut einer Umfrage des Instituts Demova unterstützen zwei Drittel der Saldarier die Proteste.",
            claims=[Q("zwei Drittel der Saldarier", 66.7, "percent", None, subject="saldarians backing the farmers' protests", source="demova", group="vt-poll", time=None)]),
          S("Der Streit dürfte die Regierung noch lange beschäftigen.", "opinion")),
    ],
    "removed": ["Rundfunk Saldarien setzt Cookies ein", "Stand: 15.02.2038, 18:10 Uhr", "die Nachrichten um 19 Uhr live",
                "Traktoren auf dem Ring (3:12 Min.)", "4 Fragen, 4 Antworten", "Liveblog: Bauernprotest in Veltrup",
                "Wie viel verdienen Saldariens Bauern?", "© Rundfunk Saldarien 2038"],
}

# ------------------------------------------------------------------ Lodestar Wire (en wire; Monday evening)

LODESTAR = {
    "input": "dev21/veltrup-lodestar.txt", "story": SID, "event": EV1,
    "publisher": "Lodestar Wire", "published": "2038-02-15T20:15:00+01:00",
    "language": "en", "authors": ["Hollis Granger"], "sensational": False,
    "pre": ["LODESTAR WIRE", "Feb 15, 2038 · 20:15 CET", "By Hollis Granger"],
    "blocks": [
        H("Saldarian farmers block capital with tractors over diesel refund"),
        P(S("VELTRUP, Saldaria – Farmers drove about 3,200 tractors into Veltrup on Monday, police said, in protest at a government plan to scrap a fuel refund of 21 cents per litre over two years.",
            claims=[Q("about 3,200 tractors", 3200, "vehicle", None, "about", subject=TRACTORS, source="police", group="vt-tractors", time=MON),
                    Q("21 cents", 0.21, "eur", "paid", subject=REFUND, group="vt-refund", time=None),
                    Q("over two years", 2, "year", "duration", subject=PLAN, group="vt-plan", time=None)]),
          S("The farmers' association Landvolk put the number at more than 8,000.",
            claims=[Q("more than 8,000", 8000, "vehicle", None, "more-than", subject=TRACTORS, source=LV, group="vt-tractors", time=MON)]),
          S("The plan would save the government about €480 million ($520 million) a year.",
            claims=[Q("about €480 million", 480000000, "eur", None, "about", subject="yearly saving from ending the farm diesel refund", group="vt-savings", time=None),
                    Q("$520 million", 520000000, "usd", None, "about", subject="yearly saving from ending the farm diesel refund", group="vt-savings", time=None)]),
          S("Tailbacks stretched for up to 40 kilometres (25 miles).",
            claims=[Q("up to 40 kilometres", 40, "kilometre", "size", "up-to", subject="tailbacks around veltrup", group="vt-jam", time=MON),
                    Q("25 miles", 25, "mile", "size", "up-to", subject="tailbacks around veltrup", group="vt-jam", time=MON)])),
        P(S("Landvolk accused police of using pepper spray on peaceful farmers outside parliament and said 14 of them were hurt.",
            claims=[ST("Landvolk accused police of using pepper spray on peaceful farmers outside parliament", *SPRAY, "vt-spray", source=LV),
                    Q("14 of them", 14, "person", "wounded", subject=SPRAYED, source=LV, group="vt-sprayed", time=MON)]),
          S("The interior ministry rejected this, saying officers had used spray once, against three men trying to break through a barrier.",
            claims=[ST("The interior ministry rejected this", *SPRAY, "vt-spray", source=IM, denial=True),
                    Q("three men", 3, "person", None, subject=SPRAYED, source=IM, group="vt-sprayed", time=MON)]),
          S("Two officers were slightly injured, police said.",
            claims=[Q("Two officers", 2, "person", "wounded", subject=BLOCKADE, source="police", group="vt-officers", time=MON)]),
          S("Landvolk's president, Arne Dahlgren, called the plan a “war on the countryside”.",
            loaded=[L("“war on the countryside”", "propaganda", "reported")])),
        P(S("Media reports said the agribusiness group Granvia had paid for buses and diesel for many of the protesters; Granvia denied this.",
            claims=[ST("Media reports said the agribusiness group Granvia had paid for buses and diesel for many of the protesters", *GRANVIA, "vt-granvia", source="media", hedged=True),
                    ST("Granvia denied this", *GRANVIA, "vt-granvia", source="granvia", denial=True)]),
          S("Two-thirds of Saldarians back the protests, according to a poll by the Demova institute.",
            claims=[Q("Two-thirds of Saldarians", 66.7, "percent", None, subject="saldarians backing the farmers' protests", source="demova", group="vt-poll", time=None)])),
    ],
    "post": ["(Reporting by Hollis Granger; editing by Colm Ashdown)", "", "© 2038 Lodestar Wire. All rights reserved."],
    "removed": ["Feb 15, 2038 · 20:15 CET", "By Hollis Granger", "Reporting by Hollis Granger", "editing by Colm Ashdown",
                "© 2038 Lodestar Wire"],
}

# ------------------------------------------------------------------ Skimline (en aggregator, JSON Lines item with text; rewrite of Lodestar)

SKIMLINE = {
    "input": "dev21/skimline.jsonl#sk-20380215-2140", "story": SID, "event": EV1,
    "publisher": "Skimline", "published": "2038-02-15T21:40:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Tractors fill Saldarian capital in fuel refund protest"),
        P(S("Around 3,200 tractors rolled into Veltrup on Monday, according to police, as farmers protested against plans to phase out a refund of 21 cents a litre over two years.",
            claims=[Q("Around 3,200 tractors", 3200, "vehicle", None, "about", subject=TRACTORS, source="police", group="vt-tractors", time=MON),
                    Q("21 cents", 0.21, "eur", "paid", subject=REFUND, group="vt-refund", time=None),
                    Q("over two years", 2, "year", "duration", subject=PLAN, group="vt-plan", time=None)]),
          S("Organisers claimed more than 8,000.",
            claims=[Q("more than 8,000", 8000, "vehicle", None, "more-than", subject=TRACTORS, source="organisers", hedged=True, group="vt-tractors", time=MON)]),
          S("The cut would save about €480 million a year.",
            claims=[Q("about €480 million", 480000000, "eur", None, "about", subject="yearly saving from ending the farm diesel refund", group="vt-savings", time=None)]),
          S("Traffic backed up for as much as 40 km.",
            claims=[Q("as much as 40 km", 40, "kilometre", "size", "up-to", subject="tailbacks around veltrup", group="vt-jam", time=MON)])),
        P(S("Farmers say police pepper-sprayed peaceful protesters and hurt 14; the interior ministry denies it and says spray was used once, on three men.",
            claims=[ST("Farmers say police pepper-sprayed peaceful protesters", *SPRAY, "vt-spray", source="farmers"),
                    Q("hurt 14", 14, "person", "wounded", subject=SPRAYED, source="farmers", group="vt-sprayed", time=MON),
                    ST("the interior ministry denies it", *SPRAY, "vt-spray", source=IM, denial=True),
                    Q("three men", 3, "person", None, subject=SPRAYED, source=IM, group="vt-sprayed", time=MON)]),
          S("Two police officers suffered minor injuries.",
            claims=[Q("Two police officers", 2, "person", "wounded", subject=BLOCKADE, group="vt-officers", time=MON)]),
          S("The agribusiness group Granvia denied media reports that it had paid for protesters' buses and fuel.",
            claims=[ST("The agribusiness group Granvia denied media reports that it had paid for protesters' buses and fuel", *GRANVIA, "vt-granvia", source="granvia", denial=True)]),
          S("A Demova poll found two-thirds of Saldarians support the farmers.",
            claims=[Q("two-thirds of Saldarians", 66.7, "percent", None, subject="saldarians backing the farmers' protests", source="demova", group="vt-poll", time=None)])),
    ],
    "post": ["Source: Lodestar Wire", "Skimline – the news in brief"],
    "removed": ["Source: Lodestar Wire", "the news in brief"],
}

# ------------------------------------------------------------------ Heimatstimme (de right-wing blog, RSS; Tuesday; omits the denial)

HEIMAT_CHANNEL = {"title": "Heimatstimme – Klartext vom Land", "link": "https://heimatstimme.example/",
                  "description": "Was die Hauptstadt nicht hören will", "language": "de"}

HEIMAT = {
    "input": "dev21/heimatstimme.rss#hs-2038-02-16-veltrup", "story": SID, "event": EV1,
    "publisher": "Heimatstimme", "published": "2038-02-16T07:00:00+01:00",
    "language": "de", "authors": ["Gernot Hasenkamp"], "sensational": True,
    "blocks": [
        H("Aufstand der Bauern: Über 10.000 Traktoren gegen die Ökoregierung!",
          claims=[Q("Über 10.000 Traktoren", 10000, "vehicle", None, "more-than", subject=TRACTORS, group="vt-tractors", time=MON)],
          loaded=[L("Ökoregierung", "demonising")]),
        P(S("Was für ein Tag für unser Land!", "opinion"),
          S("15.000 Bauern, die wahren Helden unseres Landes, standen am Montag in Veltrup zusammen.",
            claims=[Q("15.000 Bauern", 15000, "person", None, subject=BLOCKADE, group="vt-farmers", time=MON)],
            loaded=[L("die wahren Helden unseres Landes", "glorifying")]),
          S("Und was macht die Regierung?", "opinion"),
          S("Sie lässt ihre Prügelpolizei Pfefferspray auf friedliche Landwirte sprühen.",
            claims=[ST("Sie lässt ihre Prügelpolizei Pfefferspray auf friedliche Landwirte sprühen", *SPRAY, "vt-spray")],
            loaded=[L("Prügelpolizei", "demonising")]),
          S("Dutzende Bauern wurden verletzt.",
            claims=[Q("Dutzende Bauern", 24, "person", "wounded", "at-least", subject=SPRAYED, group="vt-sprayed", time=MON)])),
        P(S("Erst nimmt man den Höfen 21 Cent je Liter weg, dann schickt man die Schlagstöcke.", "opinion",
            claims=[Q("21 Cent", 0.21, "eur", "paid", subject=REFUND, group="vt-refund", time=None)]),
          S("Schluss mit dem Ökoterror gegen das Land!", "opinion", loaded=[L("Ökoterror", "propaganda")]),
          S("Kommt am Donnerstag wieder nach Veltrup!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Telegram · X · E-Mail</p>\n<p class="donate">Heimatstimme lebt von Ihrer Spende – ab 3 Euro</p>',
    "removed": ["Teilen: Telegram · X · E-Mail", "Heimatstimme lebt von Ihrer Spende", "ab 3 Euro"],
}

# ------------------------------------------------------------------ Gegenwind (de left-wing blog, RSS; Tuesday; omits Granvia's denial)

GEGEN_CHANNEL = {"title": "Gegenwind", "link": "https://gegenwind-links.example/",
                 "description": "Links. Kritisch. Unabhängig.", "language": "de"}

GEGEN = {
    "input": "dev21/gegenwind.rss#gw-2038-02-16-granvia", "story": SID, "event": EV1,
    "publisher": "Gegenwind", "published": "2038-02-16T12:00:00+01:00",
    "language": "de", "authors": ["Ronja Kessler"], "sensational": True,
    "blocks": [
        H("Gekaufter Protest: Wer hinter den Traktoren von Veltrup steckt",
          claims=[ST("Gekaufter Protest", *GRANVIA, "vt-granvia")],
          loaded=[L("Gekaufter Protest", "propaganda")]),
        P(S("Tausende Traktoren rollten am Montag durch Veltrup.",
            claims=[Q("Tausende Traktoren", 2000, "vehicle", None, "at-least", subject=TRACTORS, group="vt-tractors", time=MON)]),
          S("Bezahlt hat den „Bauernprotest“ zu einem guten Teil der Agrarkonzern Granvia: Mehr als zwei Millionen Euro flossen in Busse und Diesel.",
            claims=[ST("Bezahlt hat den „Bauernprotest“ zu einem guten Teil der Agrarkonzern Granvia", *GRANVIA, "vt-granvia"),
                    Q("Mehr als zwei Millionen Euro", 2000000, "eur", "paid", "more-than", subject="buses and diesel for the veltrup protest", group="vt-granvia-money", time=None)],
            loaded=[L("„Bauernprotest“", "propaganda", "distancing")]),
          S("Die kleinen Höfe, die unter der Kürzung wirklich leiden, sind für die Agrarlobby nur Kulisse.", "opinion",
            loaded=[L("Agrarlobby", "demonising")])),
        P(S("Dass die Polizei Pfefferspray gegen friedliche Bauern eingesetzt haben soll, bestreitet das Innenministerium.",
            claims=[ST("Dass die Polizei Pfefferspray gegen friedliche Bauern eingesetzt haben soll", *SPRAY, "vt-spray", hedged=True),
                    ST("bestreitet das Innenministerium", *SPRAY, "vt-spray", source=IM, denial=True)]),
          S("Und nebenbei: Für neue Kampfjets hat dieselbe Regierung 3,8 Milliarden Euro übrig.", "opinion",
            claims=[Q("3,8 Milliarden Euro", 3800000000, "eur", "cost", subject="new fighter jets for saldarien", group="vt-jets", time=None)]),
          S("Wer die Höfe retten will, muss die Konzerne zur Kasse bitten, nicht die Dörfer!", "opinion")),
    ],
    "extra": '<p class="share">Teilen: Mastodon · Signal</p>\n<p class="abo">Gegenwind im Förderabo – 5 Euro im Monat</p>',
    "removed": ["Teilen: Mastodon · Signal", "Gegenwind im Förderabo", "5 Euro im Monat"],
}

# ------------------------------------------------------------------ sna (de agency report; Thursday; event 2)

SNA = {
    "input": "dev21/veltrup-sna.txt", "story": SID, "event": EV2,
    "publisher": "sna Saldarische Nachrichtenagentur", "published": "2038-02-18T16:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sna Saldarische Nachrichtenagentur", "Do 18.02.2038 – 16:30", "Ressort: Politik"],
    "blocks": [
        H("Agrardiesel: Regierung streckt das Ende der Rückvergütung auf vier Jahre"),
        P(S("VELTRUP (sna) – Nach den Bauernprotesten vom Montag lenkt die saldarische Regierung ein."),
          S("Die Rückvergütung von 21 Cent je Liter Agrardiesel soll nun über vier statt wie geplant über zwei Jahre auslaufen, teilte Agrarministerin Jana Holm am Donnerstag mit.",
            claims=[ST("Die Rückvergütung von 21 Cent je Liter Agrardiesel soll nun über vier statt wie geplant über zwei Jahre auslaufen", "saldarian government", "postponed", "end of the farm diesel refund", "vt-postpone", source=HOLM),
                    Q("21 Cent", 0.21, "eur", "paid", subject=REFUND, source=HOLM, group="vt-refund", time=None),
                    Q("über vier", 4, "year", "duration", subject="phase-out of the farm diesel refund as now planned", source=HOLM, group="vt-newplan", time=None),
                    Q("über zwei Jahre", 2, "year", "duration", subject=PLAN, source=HOLM, group="vt-plan", time=None)]),
          S("Zudem sagte Holm den Höfen ein Hilfsprogramm von 120 Millionen Euro zu.",
            claims=[Q("120 Millionen Euro", 120000000, "eur", "pledged", subject="aid programme for saldarian farms", source=HOLM, group="vt-aid", time=THU)])),
        P(S("Der Bauernverband Landvolk sprach von einem ersten Schritt, weitere Proteste seien aber nicht ausgeschlossen."),
          S("Am Montag hatte der Verband nach eigenen Angaben mehr als 8.000 Traktoren nach Veltrup gebracht, die Polizei zählte rund 3.200.",
            claims=[Q("mehr als 8.000 Traktoren", 8000, "vehicle", None, "more-than", subject=TRACTORS, source=LV, group="vt-tractors", time=MON),
                    Q("rund 3.200", 3200, "vehicle", None, "about", subject=TRACTORS, source="police", group="vt-tractors", time=MON)]),
          S("Die Vorwürfe gegen die Polizei prüft inzwischen die Staatsanwaltschaft Veltrup.")),
    ],
    "post": ["sna pw/hk 181630 Feb 38", "", "Themen: Landwirtschaft · Veltrup · Haushalt",
             "© sna Saldarische Nachrichtenagentur – Nachdruck nur mit Quellenangabe"],
    "removed": ["Do 18.02.2038 – 16:30", "Ressort: Politik", "sna pw/hk 181630 Feb 38",
                "Themen: Landwirtschaft · Veltrup · Haushalt", "Nachdruck nur mit Quellenangabe"],
}

ARTICLES = [RSA, LODESTAR, SKIMLINE, HEIMAT, GEGEN, SNA]

REWRITES = [["dev21/veltrup-lodestar.txt", "dev21/skimline.jsonl#sk-20380215-2140"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in article["blocks"][1:])
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def jsonl_item():
    return {"id": "sk-20380215-2140", "url": "https://skimline.example/world/saldaria-tractors-2140",
            "title": headline(SKIMLINE), "text": text_without_headline(SKIMLINE), "publisher": SKIMLINE["publisher"],
            "published": SKIMLINE["published"], "language": "en", "section": "World"}


def files():
    """skimline.jsonl is written by the Ardelsund module (it holds a second item)."""
    return {
        "veltrup-rsa.html": (render_html(RSA, RSA_SITE), False),
        "veltrup-lodestar.txt": (render_txt(LODESTAR), False),
        "heimatstimme.rss": (render_rss(HEIMAT_CHANNEL, [(HEIMAT, "hs-2038-02-16-veltrup",
                                                          "https://heimatstimme.example/2038/02/16/aufstand", HEIMAT["extra"])]), False),
        "gegenwind.rss": (render_rss(GEGEN_CHANNEL, [(GEGEN, "gw-2038-02-16-granvia",
                                                      "https://gegenwind-links.example/2038/02/16/gekaufter-protest", GEGEN["extra"])]), False),
        "veltrup-sna.txt": (render_txt(SNA), False),
    }
