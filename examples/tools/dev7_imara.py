"""dev7 story 3: Cyclone Imara makes landfall on the Kalun coast of Tesmaria (14 Jun 2027), and the
toll and aid a week later (21 Jun 2027).

An English wire feed with two items (landfall day and a week later), a German news site on the landfall
day (German–English pair with the first wire item), an English tabloid, a German environmental NGO's
press release with a list of demands, a German insurer's advertorial with a webinar advert (gzip text)
and an English business daily (the same page template as its Auental report). Invented by the Parallax
team: country, provinces, towns, companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-imara-cyclone"
LANDFALL = "ev-imara-landfall"
AFTER = "ev-imara-aftermath"
STORY = {"id": SID, "label": "Cyclone Imara hits the Kalun coast of Tesmaria",
         "events": [{"id": LANDFALL, "label": "Landfall of Cyclone Imara near Port Velaro, 14 June 2027"},
                    {"id": AFTER, "label": "Toll, shelters and aid pledges a week later, 21 June 2027"}]}

CY = "cyclone imara"
NDMA = "ndma"
PA = "port authority"
MA = "meeresallianz"
CAL = "calloway risk"
DAY = T("2027-06-14", "2027-06-14")
TO16 = T("2027-06-14", "2027-06-16")
WEEK = T("2027-06-14", "2027-06-21")

GROUPS = [
    {"id": "imara-killed", "story": SID, "status": "compatible",
     "why": "At least eleven dead on the landfall day (three articles), at least 19 two days later (NGO, advertorial) and 38 a week later: later figures."},
    {"id": "imara-evacuated", "story": SID, "status": "compatible",
     "why": "More than 250,000 (wire, Weltblick) and a quarter of a million (Roar) agree; the NGO gives the parts 180,000 in Kalun and 70,000 in Serat."},
    {"id": "imara-houses", "story": SID, "status": "agreed",
     "why": "Three articles of the landfall day give thousands of homes damaged (the Roar: 'in ruins'; one number under two measures)."},
    {"id": "imara-houses-total", "story": SID, "status": "compatible",
     "why": "More than 30,000 houses damaged or destroyed two days after landfall (NGO), some 42,000 a week later (wire): a later figure."},
    {"id": "imara-wind", "story": SID, "status": "agreed",
     "why": "Gusts of up to 210 km/h (wire, Weltblick) and winds of 210 km/h (Roar)."},
    {"id": "imara-surge", "story": SID, "status": "agreed",
     "why": "Three articles give a storm surge of up to four metres."},
    {"id": "imara-power", "story": SID, "status": "agreed",
     "why": "Three articles give about 1.2 million households without power."},
    {"id": "imara-insured", "story": SID, "status": "compatible",
     "why": "Calloway Risk's range of $1.8–2.6 billion (Morning Standard) and 'bis zu 2,6 Mrd. Dollar' (advertorial): a bound at one end of the range."},
    {"id": "imara-mangrove-area", "story": SID, "status": "agreed",
     "why": "About 3,400 hectares (NGO) and roughly 13 square miles (Morning Standard, citing the NGO) are the same area."},
    {"id": "imara-mangroves", "story": SID, "status": "disputed",
     "why": "Meeresallianz says the cleared mangroves made the surge deadlier; the port authority rejects any link (both articles carry the denial)."},
    {"id": "imara-mangrove-effect", "story": SID, "status": "single-source",
     "why": "Only the NGO says intact mangroves lower a surge by up to 50 percent."},
    {"id": "imara-demand-area", "story": SID, "status": "single-source",
     "why": "Only the NGO demands at least 2,000 hectares of replanting."},
    {"id": "imara-port-share", "story": SID, "status": "single-source",
     "why": "Only the Morning Standard gives the port's share of about 14% of exports."},
    {"id": "imara-port-closure", "story": SID, "status": "single-source",
     "why": "Only the Morning Standard says the port stays closed for at least five days."},
    {"id": "imara-diverted", "story": SID, "status": "single-source",
     "why": "Only the Morning Standard gives some 30 diverted container ships."},
    {"id": "imara-shares", "story": SID, "status": "single-source",
     "why": "Only the Morning Standard gives the 11.2% fall of Kalun Harbour Holdings shares."},
    {"id": "imara-growth", "story": SID, "status": "single-source",
     "why": "Only the Morning Standard gives the analysts' estimate of 0.4 points less growth."},
    {"id": "imara-missing", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives 19 missing."},
    {"id": "imara-shelters", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives about 96,000 people in shelters."},
    {"id": "imara-bank-pledge", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives the Southern Development Bank's $120 million."},
    {"id": "imara-pledges-total", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives total pledges of about $310 million."},
    {"id": "imara-cut-off", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up says 12 districts are still cut off."},
    {"id": "imara-districts", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives the province's 40 districts."},
    {"id": "imara-damage", "story": SID, "status": "single-source",
     "why": "Only the wire's follow-up gives the finance ministry's 3.1 billion dollars of damage to infrastructure."},
]

# ---------------------------------------------------------------- Tidewater Press (en wire feed, two items)

TP1 = {
    "input": "dev7/tidewater.rss#tp-20270614-118", "story": SID, "event": LANDFALL,
    "publisher": "Tidewater Press", "published": "2027-06-14T15:40:00+00:00",
    "language": "en", "authors": ["Naledi Oduya"], "sensational": False,
    "blocks": [
        H("Cyclone Imara slams into Tesmaria's Kalun coast, killing at least 11",
          claims=[Q("killing at least 11", 11, "person", "killed", qualifier="at-least", subject=CY, group="imara-killed", time=DAY)]),
        P(S("Cyclone Imara made landfall near the port city of Port Velaro on Monday morning with gusts of up to 210 km/h, tearing roofs off homes and bringing down power lines across Tesmaria's southern province of Kalun.",
            claims=[Q("gusts of up to 210 km/h", 210, None, None, qualifier="up-to", subject=CY, group="imara-wind", time=DAY)]),
          S("At least 11 people were killed, most of them by falling trees and collapsing walls, the National Disaster Management Agency (NDMA) said.",
            claims=[Q("At least 11 people were killed", 11, "person", "killed", qualifier="at-least", subject=CY, source=NDMA,
                      group="imara-killed", time=DAY)])),
        P(S("More than 250,000 people had been evacuated from low-lying coastal districts before the storm arrived, according to the agency.",
            claims=[Q("More than 250,000 people had been evacuated", 250000, "person", "evacuated", qualifier="more-than", subject=CY,
                      source=NDMA, group="imara-evacuated", time=DAY)]),
          S("A storm surge of up to 4 metres flooded parts of the harbour district.",
            claims=[Q("A storm surge of up to 4 metres", 4, "metre", "size", qualifier="up-to", subject="storm surge",
                      group="imara-surge", time=DAY)])),
        P(S("Some 1.2 million households were without electricity on Monday evening, the state utility said.",
            claims=[Q("Some 1.2 million households", 1200000, "household", None, qualifier="about", subject=CY, source="state utility",
                      group="imara-power", time=DAY)]),
          S("“We are still counting the damage street by street,” Lt. Col. Dario Mensah, who leads the army's relief effort in Kalun, told reporters.", "quote")),
        P(S("Thousands of homes were damaged, officials said, though no overall figure was available.",
            claims=[Q("Thousands of homes were damaged", 2000, "house", "damaged", qualifier="at-least", subject=CY, source="officials",
                      group="imara-houses", time=DAY)]),
          S("Imara is the strongest storm to hit the province since 2009.")),
    ],
    "extra": '<p><em>Related: <a href="https://tidewaterpress.example/world/cyclone-season-outlook">Forecasters expect busy cyclone season</a></em></p>\n<p>© Tidewater Press. All rights reserved.</p>',
    "removed": ["Related:", "Forecasters expect busy cyclone season", "© Tidewater Press. All rights reserved."],
}

TP2 = {
    "input": "dev7/tidewater.rss#tp-20270621-042", "story": SID, "event": AFTER,
    "publisher": "Tidewater Press", "published": "2027-06-21T10:15:00+00:00",
    "language": "en", "authors": ["Naledi Oduya"], "sensational": False,
    "blocks": [
        H("Imara death toll rises to 38 as Tesmaria appeals for aid",
          claims=[Q("Imara death toll rises to 38", 38, "person", "killed", subject=CY, group="imara-killed", time=WEEK)]),
        P(S("The death toll from Cyclone Imara has risen to 38, a week after the storm struck Tesmaria's Kalun province, the NDMA said on Monday.",
            claims=[Q("The death toll from Cyclone Imara has risen to 38", 38, "person", "killed", subject=CY, source=NDMA,
                      group="imara-killed", time=WEEK)]),
          S("Nineteen people are still missing, most of them fishermen who were at sea when the cyclone came ashore.",
            claims=[Q("Nineteen people are still missing", 19, "person", "missing", subject=CY, source=NDMA, group="imara-missing",
                      time=T("2027-06-21", "2027-06-21"))])),
        P(S("About 96,000 people remain in emergency shelters, and the agency now estimates that some 42,000 houses were damaged or destroyed.",
            claims=[Q("About 96,000 people remain in emergency shelters", 96000, "person", "displaced", qualifier="about", subject=CY,
                      source=NDMA, group="imara-shelters", time=T("2027-06-21", "2027-06-21")),
                    Q("some 42,000 houses were damaged or destroyed", 42000, "house", "damaged or destroyed", qualifier="about",
                      subject=CY, source=NDMA, group="imara-houses-total", time=WEEK)])),
        P(S("The Southern Development Bank pledged $120 million in emergency loans on Sunday, bringing total international pledges to about $310 million.",
            claims=[Q("pledged $120 million", 120000000, "usd", "pledged", subject="southern development bank",
                      group="imara-bank-pledge"),
                    Q("bringing total international pledges to about $310 million", 310000000, "usd", "pledged", qualifier="about",
                      subject="international donors", group="imara-pledges-total")]),
          S("Gen. Amos Tarrow, the army chief, said roads to 12 of the province's 40 districts were still cut off.",
            claims=[Q("roads to 12 of the province's 40 districts were still cut off", 12, None, None, subject="kalun",
                      source="amos tarrow", group="imara-cut-off", time=T("2027-06-21", "2027-06-21")),
                    Q("the province's 40 districts", 40, None, "size", subject="kalun", source="amos tarrow", group="imara-districts")])),
        P(S("The finance ministry put damage to roads, bridges and the port at 3.1 billion dollars.",
            claims=[Q("3.1 billion dollars", 3100000000, "usd", "cost", subject="infrastructure damage", source="finance ministry",
                      group="imara-damage")])),
    ],
    "extra": '<p><em>Related: <a href="https://tidewaterpress.example/world/imara-how-to-help">How aid groups are responding to Imara</a></em></p>\n<p>© Tidewater Press. All rights reserved.</p>',
    "removed": ["Related:", "How aid groups are responding to Imara", "© Tidewater Press. All rights reserved."],
}

CHANNEL = {"title": "Tidewater Press", "link": "https://tidewaterpress.example/world",
           "description": "World news from Tidewater Press", "language": "en"}

# ---------------------------------------------------------------- Weltblick Online (de; pair with TP1)

WELTBLICK = {
    "input": "dev7/imara-weltblick.txt", "story": SID, "event": LANDFALL,
    "publisher": "Weltblick Online", "published": "2027-06-14T18:20:00+02:00",
    "language": "de", "authors": ["Sofia Brandner"], "sensational": False,
    "pre": ["Weltblick Online", "14.06.2027, 18:20 Uhr", "Sofia Brandner"],
    "blocks": [
        H("Zyklon „Imara“ trifft auf Tesmaria – mindestens elf Tote",
          claims=[Q("mindestens elf Tote", 11, "person", "killed", qualifier="at-least", subject=CY, group="imara-killed", time=DAY)]),
        P(S("Der Zyklon „Imara“ ist am Montagmorgen bei der Hafenstadt Port Velaro auf die Südküste Tesmarias getroffen."),
          S("Nach Angaben der Katastrophenschutzbehörde NDMA kamen mindestens elf Menschen ums Leben.",
            claims=[Q("kamen mindestens elf Menschen ums Leben", 11, "person", "killed", qualifier="at-least", subject=CY, source=NDMA,
                      group="imara-killed", time=DAY)])),
        P(S("Der Sturm erreichte in Böen bis zu 210 Kilometer pro Stunde.",
            claims=[Q("bis zu 210 Kilometer pro Stunde", 210, None, None, qualifier="up-to", subject=CY, group="imara-wind", time=DAY)]),
          S("Eine bis zu vier Meter hohe Sturmflut setzte Teile des Hafenviertels unter Wasser.",
            claims=[Q("Eine bis zu vier Meter hohe Sturmflut", 4, "metre", "size", qualifier="up-to", subject="storm surge",
                      group="imara-surge", time=DAY)])),
        P(S("Bereits am Wochenende hatten die Behörden mehr als eine Viertelmillion Menschen aus den Küstenorten in Sicherheit gebracht.",
            claims=[Q("mehr als eine Viertelmillion Menschen", 250000, "person", "evacuated", qualifier="more-than", subject=CY,
                      source="officials", group="imara-evacuated", time=DAY)]),
          S("Rund 1,2 Mio. Haushalte waren am Abend ohne Strom.",
            claims=[Q("Rund 1,2 Mio. Haushalte", 1200000, "household", None, qualifier="about", subject=CY, group="imara-power", time=DAY)])),
        P(S("„Wir zählen die Schäden Straße für Straße“, sagte Oberstleutnant Dario Mensah, der den Hilfseinsatz der Armee leitet.", "quote"),
          S("Tausende Häuser wurden beschädigt.",
            claims=[Q("Tausende Häuser wurden beschädigt", 2000, "house", "damaged", qualifier="at-least", subject=CY,
                      group="imara-houses", time=DAY)])),
    ],
    "post": ["Mehr zum Thema",
             "- Wirbelstürme: Warum sie stärker werden",
             "- Reisewarnung für Tesmaria",
             "",
             "Themen: Tesmaria · Zyklon · Unwetter · Klima",
             "",
             "Newsletter: Der Weltblick am Abend – jetzt anmelden"],
    "removed": ["Weltblick Online", "14.06.2027, 18:20 Uhr", "Sofia Brandner", "Mehr zum Thema", "Wirbelstürme: Warum sie stärker werden",
                "Reisewarnung für Tesmaria", "Themen: Tesmaria · Zyklon · Unwetter · Klima", "Der Weltblick am Abend"],
}

# ---------------------------------------------------------------- The Daily Roar (en tabloid)

ROAR = {
    "input": "dev7/imara-daily-roar.txt", "story": SID, "event": LANDFALL,
    "publisher": "The Daily Roar", "published": "2027-06-15T05:30:00+01:00",
    "language": "en", "authors": ["Kelly Marsh"], "sensational": True,
    "pre": ["The Daily Roar", "15 June 2027, 05:30", "By Kelly Marsh"],
    "blocks": [
        H("MONSTER STORM SMASHES PARADISE COAST", loaded=[L("MONSTER STORM", "alarmist")]),
        P(S("Terrified families fled for their lives as killer Cyclone Imara ripped through Tesmaria's holiday coast yesterday.",
            loaded=[L("killer Cyclone", "alarmist")]),
          S("ELEVEN people are dead and thousands of homes lie in ruins.",
            claims=[Q("ELEVEN people are dead", 11, "person", "killed", subject=CY, group="imara-killed", time=DAY),
                    Q("thousands of homes lie in ruins", 2000, "house", "destroyed", qualifier="at-least", subject=CY,
                      group="imara-houses", time=DAY)])),
        P(S("Winds of 210km/h turned palm trees into missiles and hurled fishing boats onto the beach promenade.",
            claims=[Q("Winds of 210km/h", 210, None, None, subject=CY, group="imara-wind", time=DAY)]),
          S("A quarter of a million people - roughly the population of a big city - were ordered out of their homes before the storm hit.",
            claims=[Q("A quarter of a million people", 250000, "person", "evacuated", qualifier="about", subject=CY,
                      group="imara-evacuated", time=DAY)])),
        P(S("Holidaymaker Sandra Pike, 54, told the Roar: “It was like the end of the world.”", "quote",
            loaded=[L("the end of the world", "alarmist", "reported")]),
          S("Heroic soldiers waded through chest-high water to carry children to safety.",
            loaded=[L("Heroic soldiers", "glorifying")])),
        P(S("Yet Tesmaria's bungling officials had been warned for years that the coast was a sitting duck.", "opinion",
            loaded=[L("bungling officials", "belittling")]),
          S("How many more storms before someone finally takes this seriously?", "opinion")),
    ],
    "post": ["Share this story: Facebook | X | WhatsApp",
             "Comments (87)",
             "MORE FROM THE ROAR",
             "- Lottery winner buys his old school",
             "- Heatwave warning: what you need to know"],
    "removed": ["The Daily Roar", "15 June 2027, 05:30", "By Kelly Marsh", "Share this story", "Comments (87)", "MORE FROM THE ROAR",
                "Lottery winner buys his old school", "Heatwave warning: what you need to know"],
}

# ---------------------------------------------------------------- Meeresallianz (de NGO press release)

MEER = {
    "input": "dev7/imara-meeresallianz.txt", "story": SID, "event": LANDFALL,
    "publisher": "Meeresallianz", "published": "2027-06-16",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Meeresallianz", "Pressemitteilung", "16.06.2027"],
    "blocks": [
        H("Zyklon Imara: Gerodete Mangroven machten die Sturmflut tödlicher",
          claims=[ST("Gerodete Mangroven machten die Sturmflut tödlicher", "mangrove clearing", "worsened", "storm surge",
                     "imara-mangroves")]),
        P(S("Der Zyklon Imara hat an der Küste der tesmarischen Provinz Kalun eine Spur der Verwüstung hinterlassen."),
          S("Bis Mittwochmorgen zählte die Katastrophenschutzbehörde NDMA mindestens 19 Todesopfer.",
            claims=[Q("mindestens 19 Todesopfer", 19, "person", "killed", qualifier="at-least", subject=CY, source=NDMA,
                      group="imara-killed", time=TO16)]),
          S("Mehr als 30.000 Häuser wurden beschädigt oder zerstört.",
            claims=[Q("Mehr als 30.000 Häuser wurden beschädigt oder zerstört", 30000, "house", "damaged or destroyed",
                      qualifier="more-than", subject=CY, group="imara-houses-total", time=TO16)])),
        P(S("Vor dem Sturm hatten die Behörden rund 180.000 Menschen in Kalun und weitere 70.000 in der Nachbarprovinz Serat in Sicherheit gebracht.",
            claims=[Q("rund 180.000 Menschen in Kalun", 180000, "person", "evacuated", qualifier="about", subject=CY, source="officials",
                      group="imara-evacuated", time=DAY),
                    Q("weitere 70.000 in der Nachbarprovinz Serat", 70000, "person", "evacuated", subject=CY, source="officials",
                      group="imara-evacuated", time=DAY)])),
        P(S("Nach Auswertung von Satellitenbildern durch die Meeresallianz wurden an der Küste von Kalun seit 2015 rund 3.400 Hektar Mangrovenwald gerodet, vor allem für den Ausbau des Containerhafens von Port Velaro.",
            claims=[Q("rund 3.400 Hektar Mangrovenwald", 3400, "hectare", None, qualifier="about", subject="kalun mangroves", source=MA,
                      group="imara-mangrove-area")]),
          S("Intakte Mangroven können die Höhe einer Sturmflut um bis zu 50 Prozent senken.",
            claims=[Q("um bis zu 50 Prozent", 50, "percent", "decrease", qualifier="up-to", subject="storm surge height",
                      group="imara-mangrove-effect")])),
        P(S("„Die Flutwelle von bis zu vier Metern traf nahezu ungebremst auf die Hafenviertel, weil der natürliche Puffer fehlte“, sagte die Meeresbiologin Prof. Dr. Hanna Seliger.", "quote",
            claims=[Q("bis zu vier Metern", 4, "metre", "size", qualifier="up-to", subject="storm surge", source="hanna seliger",
                      group="imara-surge", time=DAY),
                    ST("traf nahezu ungebremst auf die Hafenviertel, weil der natürliche Puffer fehlte", "mangrove clearing", "worsened",
                       "storm surge", "imara-mangroves", source="hanna seliger")])),
        P(S("Die Hafenbehörde von Port Velaro bestreitet einen Zusammenhang.",
            claims=[ST("Die Hafenbehörde von Port Velaro bestreitet einen Zusammenhang", "mangrove clearing", "worsened", "storm surge",
                       "imara-mangroves", source=PA, denial=True)]),
          S("Sie spricht von einem „natürlichen Extremereignis“, gegen das kein Küstenschutz etwas ausgerichtet hätte.",
            loaded=[L("„natürlichen Extremereignis“", "euphemism", "reported")])),
        H("Unsere Forderungen"),
        LI(S("Ein sofortiger Stopp aller Rodungen an der Küste von Kalun.", "opinion")),
        LI(S("Die Wiederaufforstung von mindestens 2.000 Hektar Mangroven bis 2030.", "opinion",
             claims=[Q("mindestens 2.000 Hektar Mangroven", 2000, "hectare", None, qualifier="at-least", subject="mangrove replanting",
                       group="imara-demand-area")])),
        LI(S("Eine Beteiligung der Hafenbetreiber an den Kosten des Wiederaufbaus.", "opinion")),
        P(S("Wer Mangroven für Containerterminals opfert, darf sich über die nächste Katastrophe nicht wundern.", "opinion"),
          S("Kalun hat den Preis für kurzfristige Profite bezahlt – mit Menschenleben.", "opinion",
            loaded=[L("mit Menschenleben", "alarmist")])),
    ],
    "post": ["Pressekontakt: Meeresallianz e. V., Jonas Brehm, Telefon 0421 556 2090, presse@meeresallianz.example",
             "",
             "Über die Meeresallianz: Die Meeresallianz setzt sich seit 1998 für den Schutz von Küsten und Meeren ein.",
             "Spendenkonto: Nordbank, IBAN DE00 0000 0000 0000 0000 00"],
    "removed": ["Pressemitteilung", "16.06.2027", "Pressekontakt: Meeresallianz e. V.", "0421 556 2090", "Über die Meeresallianz",
                "Spendenkonto"],
}

# ---------------------------------------------------------------- Aldergrund Versicherung (de advertorial, gzip)

ALDER = {
    "input": "dev7/imara-aldergrund.txt.gz", "story": SID, "event": LANDFALL,
    "publisher": "Aldergrund Versicherung", "published": "2027-06-16T07:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Aldergrund Versicherung", "16.06.2027", "07:00 Uhr", "Anzeige"],
    "blocks": [
        H("Nach Zyklon Imara: Sind Ihre Werte gegen Extremwetter geschützt?"),
        P(S("Der Wirbelsturm Imara ist am Montag auf die Küste Tesmarias getroffen und hat nach Behördenangaben mindestens 19 Menschen das Leben gekostet.",
            claims=[Q("mindestens 19 Menschen das Leben gekostet", 19, "person", "killed", qualifier="at-least", subject=CY,
                      source="officials", group="imara-killed", time=TO16)]),
          S("Rund 1,2 Millionen Haushalte waren zeitweise ohne Strom.",
            claims=[Q("Rund 1,2 Millionen Haushalte", 1200000, "household", None, qualifier="about", subject=CY, group="imara-power",
                      time=DAY)])),
        P(S("Der U.S.-Risikomodellierer Calloway Risk schätzt die versicherten Schäden auf bis zu 2,6 Mrd. Dollar.",
            claims=[Q("bis zu 2,6 Mrd. Dollar", 2600000000, "usd", "cost", qualifier="up-to", subject="insured losses", source=CAL,
                      group="imara-insured")]),
          S("Das wäre doppelt so viel wie nach dem Zyklon Oduma vor fünf Jahren."),
          S("Fachleute erwarten, dass solche Stürme häufiger werden – z. B. weil die Meere wärmer werden.")),
        H("Was das für Sie bedeutet"),
        P(S("Viele Hausbesitzer glauben, ihre Wohngebäudeversicherung decke Sturm- und Flutschäden automatisch ab.", "opinion"),
          S("Ein fataler Irrtum!", "opinion", loaded=[L("fataler Irrtum", "alarmist")]),
          S("Ohne Elementarschutz bleiben Sie bei Überschwemmung oder Sturmflut auf dem Schaden sitzen – im schlimmsten Fall auf Kosten im sechsstelligen Bereich.", "opinion"),
          S("Warten Sie nicht, bis der nächste Jahrhundertsturm vor Ihrer Haustür steht!", "opinion",
            loaded=[L("Jahrhundertsturm", "alarmist")])),
    ],
    "post": ["LIVE-WEBINAR am 24.06.2027 • 18.30 Uhr",
             "Extremwetter & Eigentum: So sichern Sie sich richtig ab",
             "Referenten: Dr. Falk Aldergrund (Vorstand) · Mirja Tennstedt (Schadenexpertin)",
             "Unter allen Teilnehmenden verlosen wir ein Tablet im Wert von 600 €.",
             "Bereits mehr als 1.500 Anmeldungen",
             "Details | |",
             "Jetzt Beitrag berechnen: www.aldergrund.example/elementar"],
    "removed": ["Aldergrund Versicherung", "16.06.2027", "07:00 Uhr", "Anzeige", "LIVE-WEBINAR am 24.06.2027",
                "Extremwetter & Eigentum: So sichern Sie sich richtig ab", "Dr. Falk Aldergrund", "Mirja Tennstedt",
                "Tablet im Wert von 600 €", "Bereits mehr als 1.500 Anmeldungen", "Details | |", "Jetzt Beitrag berechnen"],
}

# ---------------------------------------------------------------- The Morning Standard (en business daily)

MS_SITE_BASE = {
    "nav": ["Markets", "Companies", "Economy", "Technology", "Opinion", "Podcasts"],
    "cookie": "We use cookies and similar technologies to personalise content and ads. Manage your preferences or accept to continue.",
    "cookie_ok": "Accept and continue",
    "by": "By",
    "share": "Share: LinkedIn · X · Email · Copy link",
    "ad": "Advertisement – Open a business account with Harwell Bank and get 12 months fee-free",
    "related_title": "Read more",
    "footer": "© 2027 The Morning Standard Ltd · Subscribe · Terms · Privacy",
    "after": '<div class="newsletter">Sign up for Morning Briefing – the markets before the opening bell, every weekday at 6.30 a.m.</div>',
}

MS_SITE = dict(MS_SITE_BASE, date_label="16 June 2027",
               related=["Reinsurers brace for costly cyclone season", "Tesmaria's bond yields rise after storm",
                        "Shipping rates climb as ports close"])

MS = {
    "input": "dev7/imara-morning-standard.html", "story": SID, "event": LANDFALL,
    "publisher": "The Morning Standard", "published": "2027-06-16T08:00:00+01:00",
    "language": "en", "authors": ["Priya Castell"], "sensational": False,
    "blocks": [
        H("Imara losses put Kalun port expansion under scrutiny"),
        P(S("Insured losses from Cyclone Imara will run to between $1.8 billion and $2.6 billion, U.S. risk modeller Calloway Risk estimated on Tuesday, making it the costliest storm in Tesmaria's history.",
            claims=[Q("between $1.8 billion and $2.6 billion", None, "usd", "cost", qualifier="range", low=1800000000, high=2600000000,
                      subject="insured losses", source=CAL, group="imara-insured")])),
        P(S("Port Velaro, which handles about 14% of Tesmaria's exports, will stay closed for at least five days, the port authority said.",
            claims=[Q("about 14% of Tesmaria's exports", 14, "percent", None, qualifier="about", subject="port velaro",
                      group="imara-port-share"),
                    Q("at least five days", 5, "day", "duration", qualifier="at-least", subject="port velaro closure", source=PA,
                      group="imara-port-closure")]),
          S("Shipping lines have diverted some 30 container ships to Serat and other ports.",
            claims=[Q("some 30 container ships", 30, "ship", None, qualifier="about", subject="shipping lines", group="imara-diverted")])),
        P(S("The closure has also revived questions about the port's expansion, for which roughly 13 square miles of mangrove forest were cleared over the past decade, according to the conservation group Meeresallianz.",
            claims=[Q("roughly 13 square miles of mangrove forest", 13, "square mile", None, qualifier="about", subject="kalun mangroves",
                      source=MA, group="imara-mangrove-area")]),
          S("The group argues that the lost mangroves would have blunted the storm surge.",
            claims=[ST("The group argues that the lost mangroves would have blunted the storm surge", "mangrove clearing", "worsened",
                       "storm surge", "imara-mangroves", source=MA)]),
          S("The port authority dismissed the claim as “speculation”, saying no coastal defence could have withstood a storm of Imara's strength.",
            claims=[ST("The port authority dismissed the claim", "mangrove clearing", "worsened", "storm surge", "imara-mangroves",
                       source=PA, denial=True)],
            loaded=[L("“speculation”", "belittling", "reported")])),
        P(S("Shares in Kalun Harbour Holdings, the port's operator, fell 11.2% in Tuesday trading.",
            claims=[Q("fell 11.2%", 11.2, "percent", "decrease", subject="kalun harbour holdings shares", group="imara-shares",
                      time=T("2027-06-15", "2027-06-15"))]),
          S("Analysts at Brennan & Vail said the storm could shave 0.4 percentage points off Tesmaria's growth this year.",
            claims=[Q("0.4 percentage points", 0.4, "percent", "decrease", subject="tesmaria growth", source="brennan & vail",
                      group="imara-growth")])),
    ],
    "removed": ["We use cookies and similar technologies", "Accept and continue", "16 June 2027", "By Priya Castell", "Podcasts",
                "Share: LinkedIn", "Open a business account with Harwell Bank", "Reinsurers brace for costly cyclone season",
                "Tesmaria's bond yields rise after storm", "Shipping rates climb as ports close", "Sign up for Morning Briefing",
                "The Morning Standard Ltd"],
}

ARTICLES = [TP1, TP2, WELTBLICK, ROAR, MEER, ALDER, MS]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "tidewater.rss": (render_rss(CHANNEL, [
            (TP2, "tp-20270621-042", "https://tidewaterpress.example/world/imara-toll-38", TP2["extra"]),
            (TP1, "tp-20270614-118", "https://tidewaterpress.example/world/cyclone-imara-landfall", TP1["extra"]),
        ]), False),
        "imara-weltblick.txt": (render_txt(WELTBLICK), False),
        "imara-daily-roar.txt": (render_txt(ROAR), False),
        "imara-meeresallianz.txt": (render_txt(MEER), False),
        "imara-aldergrund.txt.gz": (render_txt(ALDER), True),
        "imara-morning-standard.html": (render_html(MS, MS_SITE), False),
    }
