"""dev13 story 3: salmonella poisoning after the town fair of Lindhausen (Kastrien) on 23–24 June 2029; the potato salad
of the caterer Brammer is the suspected source.

The public broadcaster's own German report (HTML) on Monday, a right-populist blog's RSS item on Tuesday that states the
family's claim that an elderly woman died of the infection as fact and omits the health office's denial, an English
broadcaster's Atom entry on Wednesday (same feed and template as its Hollmersfeld entry; later figures), and a law firm's
advertorial (.txt.gz) on Thursday that also omits the denial. Invented by the Parallax team: country, town, firms,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_atom

import dev13_hollmersfeld

SID = "st-lindhausen-salmonella"
EV = "ev-lindhausen-outbreak"
STORY = {"id": SID, "label": "Salmonella outbreak after the Lindhausen town fair",
         "events": [{"id": EV, "label": "Hundreds fall ill with salmonella after eating potato salad at the Lindhausen town fair (from 24 June 2029)"}]}

HA = "health authorities"
DO = "district office"
BR = "brammer"
VOLK = "petra volkmer"
LAW = "wendt & sauerbrey"
OUT = "lindhausen food poisoning"
FAIR = T("2029-06-23", "2029-06-24")
MON = T("2029-06-23", "2029-06-25")
TUE = T("2029-06-23", "2029-06-26")
WED = T("2029-06-23", "2029-06-27")
THU = T("2029-06-23", "2029-06-28")
SUN = T("2029-06-24", "2029-06-24")
LINK = ("salmonella", "killed", "84-year-old woman")
COOL = ("brammer", "admitted", "cooling failure")

GROUPS = [
    {"id": "lh-ill", "story": SID, "status": "compatible",
     "why": "146 ill by Monday (health office via KRF), 'fast 200' on Tuesday (Volksstimme Direkt, headline and body), 212 by Wednesday (health office via Eastmoor, headline and body), 'über 200' on Thursday (Wendt & Sauerbrey): later figures of a growing count."},
    {"id": "lh-hospital", "story": SID, "status": "agreed", "why": "37 in hospital (KRF) and about 40 (Eastmoor)."},
    {"id": "lh-hospital-children", "story": SID, "status": "compatible",
     "why": "Nine children among those in hospital on Monday (KRF), 14 on Wednesday (Eastmoor): a later figure."},
    {"id": "lh-stands", "story": SID, "status": "agreed", "why": "Two stalls (KRF, Eastmoor)."},
    {"id": "lh-portions", "story": SID, "status": "agreed", "why": "About 1,500 portions by the caterer's own account (KRF, Eastmoor)."},
    {"id": "lh-samples", "story": SID, "status": "single-source", "why": "Only KRF: salmonella found in 23 samples."},
    {"id": "lh-visitors", "story": SID, "status": "compatible",
     "why": "About 8,000 visitors (KRF, Eastmoor) beside Volksstimme Direkt's looser 'Tausende'."},
    {"id": "lh-fair-duration", "story": SID, "status": "single-source", "why": "Only Eastmoor: a two-day fair."},
    {"id": "lh-temperature", "story": SID, "status": "agreed",
     "why": "More than 30 degrees (Petra Volkmer via KRF and Eastmoor; Volksstimme Direkt)."},
    {"id": "lh-cooling", "story": SID, "status": "agreed",
     "why": "Brammer admitted a cooling unit failed (KRF, Eastmoor, Volksstimme Direkt, Wendt & Sauerbrey)."},
    {"id": "lh-suspended", "story": SID, "status": "agreed", "why": "The district office suspended Brammer's licence (KRF, Eastmoor)."},
    {"id": "lh-fine", "story": SID, "status": "agreed", "why": "A fine of up to 50,000 euros (KRF, Eastmoor)."},
    {"id": "lh-deaths", "story": SID, "status": "agreed",
     "why": "One woman died (KRF, Eastmoor, Volksstimme Direkt; Wendt & Sauerbrey's 'mindestens eine'); whether the infection killed her is the disputed group lh-death-link."},
    {"id": "lh-death-link", "story": SID, "status": "disputed",
     "why": "Her relatives blame the infection (KRF, Eastmoor); Volksstimme Direkt and Wendt & Sauerbrey state it as fact; the health office denies a link (KRF, Eastmoor); the blog and the advertorial omit the denial."},
    {"id": "lh-no-inspection", "story": SID, "status": "single-source", "why": "Only Volksstimme Direkt: no inspection for three years."},
    {"id": "lh-compensation", "story": SID, "status": "single-source", "why": "Only Wendt & Sauerbrey: up to 5,000 euros of damages."},
    {"id": "lh-success", "story": SID, "status": "single-source", "why": "Only Wendt & Sauerbrey: nine in ten clients compensated."},
    {"id": "lh-clients", "story": SID, "status": "single-source", "why": "Only Wendt & Sauerbrey: more than 60 clients from Lindhausen."},
    {"id": "lh-limitation", "story": SID, "status": "single-source", "why": "Only Wendt & Sauerbrey: claims lapse after three years."},
]

# ------------------------------------------------------------------ KRF Aktuell (de public broadcaster, HTML; Monday)

KRF_SITE = {
    "nav": ["Startseite", "Kastrien", "Regionen", "Wirtschaft", "Wetter", "Mediathek", "Radio live"],
    "cookie": "Der KRF verwendet Cookies, um sein Angebot zu verbessern. Mehr dazu in der Datenschutzerklärung.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "Stand: 25.06.2029, 18:00 Uhr",
    "share": "Teilen per Mail · Messenger · Link kopieren",
    "ad": "KRF-Mediathek: Die Dokureihe „Was wir essen“ jetzt in 4 Folgen streamen",
    "related_title": "Mehr zum Thema",
    "related": ["Hitzewelle: Bis zu 36 Grad am Wochenende", "So lagern Sie Salate im Sommer richtig",
                "Lindhausen: Weinfest im Juli abgesagt?"],
    "footer": "© Kastrischer Rundfunk 2029 · Impressum · Barrierefreiheit · Kontakt",
    "inline": '<div class="video"><strong>Video:</strong> <a href="/video/salmonellen-lindhausen">Der Bericht aus der Abendschau (2:58 Min.)</a></div>',
    "inline_at": 2,
    "after": '<p class="hinweis">Hinweis: Das Bürgertelefon des Gesundheitsamts ist täglich von 8 bis 20 Uhr erreichbar.</p>',
}

KRF = {
    "input": "dev13/lindhausen-krf.html", "story": SID, "event": EV,
    "publisher": "KRF Aktuell", "published": "2029-06-25T18:00:00+02:00",
    "language": "de", "authors": ["Selin Kortmann"], "sensational": False,
    "blocks": [
        H("Salmonellen nach Stadtfest: 146 Erkrankte in Lindhausen",
          claims=[Q("146 Erkrankte", 146, "patient", "infected", subject=OUT, group="lh-ill", time=MON)]),
        P(S("Nach dem Stadtfest in Lindhausen am vergangenen Wochenende hat das Gesundheitsamt bis Montagnachmittag 146 Erkrankte gezählt.",
            claims=[Q("146 Erkrankte", 146, "patient", "infected", subject=OUT, source=HA, group="lh-ill", time=MON)]),
          S("37 von ihnen werden im Krankenhaus behandelt, darunter neun Kinder.",
            claims=[Q("37 von ihnen werden im Krankenhaus behandelt", 37, "person", None, subject=OUT, source=HA, group="lh-hospital", time=MON),
                    Q("darunter neun Kinder", 9, "child", None, subject=OUT, source=HA, group="lh-hospital-children", time=MON)])),
        P(S("Die Erkrankten hatten nach bisherigen Erkenntnissen Kartoffelsalat gegessen, den die Cateringfirma Brammer an zwei Ständen verkauft hatte.",
            claims=[Q("an zwei Ständen", 2, None, None, subject=BR, group="lh-stands", time=FAIR)]),
          S("Brammer hatte nach eigenen Angaben etwa 1.500 Portionen ausgegeben.",
            claims=[Q("etwa 1.500 Portionen", 1500, None, None, "about", subject=BR, source=BR, group="lh-portions", time=FAIR)]),
          S("In 23 Proben wiesen die Labore des Landes Salmonellen nach.",
            claims=[Q("In 23 Proben", 23, None, None, subject=OUT, group="lh-samples", time=MON)])),
        P(S("Zum Stadtfest waren an beiden Tagen rund 8.000 Besucherinnen und Besucher gekommen.",
            claims=[Q("rund 8.000 Besucherinnen und Besucher", 8000, "person", None, "about", subject="lindhausen town fair", group="lh-visitors", time=FAIR)]),
          S("Bei Temperaturen von mehr als 30 Grad sei der Salat möglicherweise zu warm gelagert worden, sagte die Leiterin des Gesundheitsamts, Petra Volkmer.",
            claims=[Q("mehr als 30 Grad", 30, "degree", None, "more-than", subject="lindhausen town fair", source=VOLK, hedged=True, group="lh-temperature", time=FAIR)]),
          S("Brammer räumte ein, dass am Samstag ein Kühlaggregat für mehrere Stunden ausgefallen war.",
            claims=[ST("Brammer räumte ein, dass am Samstag ein Kühlaggregat für mehrere Stunden ausgefallen war", *COOL, "lh-cooling", source=BR)])),
        P(S("Das Landratsamt hat der Firma die Betriebserlaubnis vorläufig entzogen.",
            claims=[ST("Das Landratsamt hat der Firma die Betriebserlaubnis vorläufig entzogen", DO, "suspended", "brammer licence", "lh-suspended")]),
          S("Ihr droht ein Bußgeld von bis zu 50.000 Euro.",
            claims=[Q("ein Bußgeld von bis zu 50.000 Euro", 50000, "eur", "fined", "up-to", subject=BR, group="lh-fine", time=None)])),
        P(S("Am Sonntag starb eine 84 Jahre alte Frau aus Lindhausen, die ebenfalls auf dem Fest gewesen und erkrankt war.",
            claims=[Q("starb eine 84 Jahre alte Frau", 1, "person", "killed", subject=OUT, group="lh-deaths", time=SUN)]),
          S("Ihre Angehörigen sind überzeugt, dass sie an der Salmonellen-Infektion gestorben ist.",
            claims=[ST("Ihre Angehörigen sind überzeugt, dass sie an der Salmonellen-Infektion gestorben ist", *LINK, "lh-death-link", source="relatives")]),
          S("Das Gesundheitsamt widerspricht: Die Frau sei an Herzversagen gestorben, ein Zusammenhang mit dem Ausbruch sei nicht erkennbar.",
            claims=[ST("Das Gesundheitsamt widerspricht", *LINK, "lh-death-link", source=HA, denial=True)])),
        P(S("Bürgermeisterin Ines Gradl zeigte sich betroffen."),
          S("„Wir wollten ein fröhliches Fest feiern, und nun liegen Kinder im Krankenhaus“, sagte sie am Montag.", "quote"),
          S("Ob das für Juli geplante Weinfest stattfinden kann, ist offen.")),
        P(S("Die letzte Hygienekontrolle bei Brammer fand nach Angaben des Landratsamts im März 2028 statt."),
          S("Wer nach dem Fest Durchfall, Fieber oder Bauchkrämpfe bekommen hat, soll sich bei seiner Hausarztpraxis melden."),
          S("Das Gesundheitsamt hat ein Bürgertelefon unter 06621 / 30 44 70 geschaltet.")),
    ],
    "removed": ["Der KRF verwendet Cookies", "Stand: 25.06.2029, 18:00 Uhr", "Teilen per Mail", "jetzt in 4 Folgen streamen",
                "Hitzewelle: Bis zu 36 Grad am Wochenende", "So lagern Sie Salate im Sommer richtig", "Weinfest im Juli abgesagt?",
                "© Kastrischer Rundfunk 2029", "Der Bericht aus der Abendschau (2:58 Min.)", "täglich von 8 bis 20 Uhr erreichbar"],
}

# ------------------------------------------------------------------ Volksstimme Direkt (de right-populist blog, RSS item; omits the denial)

CHANNEL = {"title": "Volksstimme Direkt", "link": "https://volksstimme-direkt.example",
           "description": "Was die anderen verschweigen.", "language": "de"}

BLOG = {
    "input": "dev13/volksstimme.rss#vd-2029-06-26-gift-salat", "story": SID, "event": EV,
    "publisher": "Volksstimme Direkt", "published": "2029-06-26T21:00:00+02:00",
    "language": "de", "authors": ["Gerd Hallberg"], "sensational": True,
    "blocks": [
        H("Gift-Salat vom Stadtfest: Eine Tote, fast 200 Opfer – und die Behörden schauen zu",
          claims=[Q("Eine Tote", 1, "person", "killed", subject=OUT, group="lh-deaths", time=SUN),
                  ST("Gift-Salat vom Stadtfest: Eine Tote", *LINK, "lh-death-link"),
                  Q("fast 200 Opfer", 200, "person", "infected", "about", subject=OUT, group="lh-ill", time=TUE)],
          loaded=[L("Gift-Salat", "alarmist")]),
        P(S("Was in Lindhausen passiert ist, ist ein Skandal, der zum Himmel schreit.", "opinion",
            loaded=[L("Skandal", "alarmist")]),
          S("Fast 200 Menschen haben sich nach dem Stadtfest mit Salmonellen vergiftet.",
            claims=[Q("Fast 200 Menschen", 200, "person", "infected", "about", subject=OUT, group="lh-ill", time=TUE)]),
          S("Eine 84-jährige Rentnerin ist an dem verdorbenen Kartoffelsalat gestorben.",
            claims=[Q("Eine 84-jährige Rentnerin ist an dem verdorbenen Kartoffelsalat gestorben", 1, "person", "killed", subject=OUT, group="lh-deaths", time=SUN),
                    ST("Eine 84-jährige Rentnerin ist an dem verdorbenen Kartoffelsalat gestorben", *LINK, "lh-death-link")])),
        P(S("Tausende Besucher aßen ahnungslos an den Ständen der Firma Brammer.",
            claims=[Q("Tausende Besucher", 2000, "person", None, "at-least", subject="lindhausen town fair", group="lh-visitors", time=FAIR)]),
          S("Bei mehr als 30 Grad stand der Salat stundenlang in der Sonne, weil die Kühlung ausgefallen war.",
            claims=[Q("Bei mehr als 30 Grad", 30, "degree", None, "more-than", subject="lindhausen town fair", group="lh-temperature", time=FAIR),
                    ST("weil die Kühlung ausgefallen war", *COOL, "lh-cooling")])),
        P(S("Und wer hat kontrolliert?", "opinion"),
          S("Niemand!", "opinion"),
          S("Nach unseren Informationen wurde der Betrieb drei Jahre lang nicht überprüft.",
            claims=[Q("drei Jahre lang", 3, "year", "duration", subject=BR, source="volksstimme direkt", group="lh-no-inspection", time=None)]),
          S("Das ist Behörden-Versagen auf ganzer Linie.", "opinion", loaded=[L("Behörden-Versagen", "demonising")])),
        P(S("Die Gutmenschen-Bürgermeisterin Ines Gradl fördert lieber Lastenräder, als Lebensmittelkontrolleure einzustellen.", "opinion",
            loaded=[L("Gutmenschen-Bürgermeisterin", "belittling")]),
          S("Ihre „Lebensmittelaufsicht“ ist ein schlechter Witz.", "opinion",
            loaded=[L("„Lebensmittelaufsicht“", "belittling", "distancing")]),
          S("Und die Systempresse spielt den Fall natürlich herunter.", "opinion", loaded=[L("Systempresse", "propaganda")])),
        P(S("Ein Vater, dessen Tochter noch im Krankenhaus liegt, schrieb uns: „Man hat unsere Kinder vergiftet, und keiner will schuld sein.“", "quote",
            loaded=[L("vergiftet", "alarmist", "reported")])),
        P(S("Seit Jahren warnen wir an dieser Stelle vor dem schleichenden Abbau der Kontrollen.", "opinion"),
          S("Überall fehlt Personal, doch für Imagekampagnen und Beraterverträge ist immer Geld da.", "opinion"),
          S("Ein Leser aus Lindhausen berichtet, schon im vergangenen Sommer habe es nach einem Vereinsfest zahlreiche Magenbeschwerden gegeben."),
          S("Das Landratsamt wollte sich auf unsere Anfrage nicht äußern."),
          S("Die Bürgermeisterin ließ lediglich ausrichten, man arbeite mit Hochdruck an der Aufklärung."),
          S("Mit Hochdruck, das kennen wir.", "opinion"),
          S("Am Ende wird wieder niemand zurücktreten, und die nächste Panne ist nur eine Frage der Zeit.", "opinion"),
          S("Die Bürger von Lindhausen haben Besseres verdient.", "opinion")),
        P(S("Wie viele Opfer braucht es noch, bis in diesem Land endlich wieder ordentlich kontrolliert wird?", "opinion"),
          S("Teilen Sie diesen Artikel, bevor er wieder aus den Netzwerken verschwindet!", "opinion")),
    ],
    "extra": '<p class="spende">Unabhängiger Journalismus braucht Ihre Hilfe: Spenden Sie jetzt an Volksstimme Direkt.</p>'
             '\n<p class="tags">Tags: Lindhausen · Salmonellen · Behördenversagen · Gradl</p>',
    "removed": ["Unabhängiger Journalismus braucht Ihre Hilfe", "Tags: Lindhausen · Salmonellen · Behördenversagen · Gradl"],
}

# ------------------------------------------------------------------ Eastmoor Broadcasting (en broadcaster, Atom entry; Wednesday)

EASTMOOR = {
    "input": "dev13/eastmoor.atom#tag:eastmoor.example,2029:news/lindhausen-salmonella-7340", "story": SID, "event": EV,
    "publisher": "Eastmoor Broadcasting News", "published": "2029-06-27T19:00:00+02:00",
    "language": "en", "authors": ["Samuel Achebe-Hart"], "sensational": False,
    "blocks": [
        H("Salmonella outbreak after Lindhausen town fair climbs to 212 cases",
          claims=[Q("212 cases", 212, "case", "infected", subject=OUT, group="lh-ill", time=WED)]),
        P(S("The number of people who fell ill with salmonella after a town fair in Lindhausen last weekend has risen to 212, the district health office said on Wednesday.",
            claims=[Q("has risen to 212", 212, "person", "infected", subject=OUT, source=HA, group="lh-ill", time=WED)]),
          S("About 40 have been treated in hospital, among them 14 children.",
            claims=[Q("About 40", 40, "person", None, "about", subject=OUT, source=HA, group="lh-hospital", time=WED),
                    Q("among them 14 children", 14, "child", None, subject=OUT, source=HA, group="lh-hospital-children", time=WED)])),
        P(S("Investigators traced the outbreak to potato salad sold by the caterer Brammer at two stalls at the two-day fair, which drew some 8,000 visitors.",
            claims=[Q("at two stalls", 2, None, None, subject=BR, group="lh-stands", time=FAIR),
                    Q("two-day", 2, "day", "duration", subject="lindhausen town fair", group="lh-fair-duration", time=FAIR),
                    Q("some 8,000 visitors", 8000, "person", None, "about", subject="lindhausen town fair", group="lh-visitors", time=FAIR)]),
          S("The company says it handed out about 1,500 portions.",
            claims=[Q("about 1,500 portions", 1500, None, None, "about", subject=BR, source=BR, group="lh-portions", time=FAIR)])),
        P(S("Health office director Petra Volkmer said the salad had probably been kept too warm in temperatures of more than 30 degrees.",
            claims=[Q("more than 30 degrees", 30, "degree", None, "more-than", subject="lindhausen town fair", source=VOLK, hedged=True, group="lh-temperature", time=FAIR)]),
          S("Brammer has admitted that a cooling unit failed for several hours on Saturday.",
            claims=[ST("Brammer has admitted that a cooling unit failed for several hours on Saturday", *COOL, "lh-cooling", source=BR)])),
        P(S("District authorities have suspended the firm's licence, and it faces a fine of up to €50,000.",
            claims=[ST("District authorities have suspended the firm's licence", DO, "suspended", "brammer licence", "lh-suspended"),
                    Q("a fine of up to €50,000", 50000, "eur", "fined", "up-to", subject=BR, group="lh-fine", time=None)])),
        P(S("An 84-year-old woman who had attended the fair died on Sunday.",
            claims=[Q("An 84-year-old woman who had attended the fair died", 1, "person", "killed", subject=OUT, group="lh-deaths", time=SUN)]),
          S("Her family blames the infection, but the health office said she died of heart failure and that there was no sign of a link.",
            claims=[ST("Her family blames the infection", *LINK, "lh-death-link", source="relatives"),
                    ST("the health office said she died of heart failure and that there was no sign of a link", *LINK, "lh-death-link", source=HA, denial=True)])),
        P(S("Lindhausen's mayor, Ines Gradl, called the outbreak “a nightmare for our town” and cancelled a wine festival planned for July.",
            loaded=[L("a nightmare for our town", "alarmist", "reported")]),
          S("The fair's organisers said they would review how food stalls are licensed and inspected in future.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://eastmoor.example/audio/evening-news-0627">Eastmoor Evening News, 27 June</a></p>',
    "removed": ["Listen:", "Eastmoor Evening News, 27 June"],
}

# ------------------------------------------------------------------ Wendt & Sauerbrey (de law-firm advertorial, .txt.gz; omits the denial)

ADV = {
    "input": "dev13/lindhausen-anzeige.txt.gz", "story": SID, "event": EV,
    "publisher": "Rechtsanwälte Wendt & Sauerbrey", "published": "2029-06-28T09:00:00+02:00",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Rechtsanwälte Wendt & Sauerbrey", "28.06.2029"],
    "blocks": [
        H("Lebensmittelvergiftung in Lindhausen: Haben Sie Anspruch auf Schmerzensgeld?"),
        P(S("Nach dem Stadtfest in Lindhausen sind über 200 Menschen an Salmonellen erkrankt, mindestens eine Frau ist gestorben.",
            claims=[Q("über 200 Menschen", 200, "person", "infected", "more-than", subject=OUT, group="lh-ill", time=THU),
                    Q("mindestens eine Frau ist gestorben", 1, "person", "killed", "at-least", subject=OUT, group="lh-deaths", time=SUN),
                    ST("mindestens eine Frau ist gestorben", *LINK, "lh-death-link")]),
          S("Viele Betroffene leiden noch Wochen später unter den Folgen."),
          S("Salmonellen lösen nicht nur Durchfall und Fieber aus, sondern oft auch lange Erschöpfung und Gelenkbeschwerden."),
          S("Gerade für Kinder und ältere Menschen ist eine Infektion gefährlich."),
          S("Auch wer nicht im Krankenhaus behandelt wurde, kann Ansprüche haben."),
          S("Das gilt ebenso für Eltern, die wegen eines kranken Kindes nicht arbeiten konnten.")),
        P(S("Der Skandal-Caterer hat bereits zugegeben, dass seine Kühlung versagt hat.",
            claims=[ST("hat bereits zugegeben, dass seine Kühlung versagt hat", *COOL, "lh-cooling", source=BR)],
            loaded=[L("Skandal-Caterer", "demonising")]),
          S("Damit haften die Firma und ihre Versicherung für den Schaden.", "opinion")),
        P(S("Geschädigten stehen nach unserer Erfahrung Schmerzensgeld von bis zu 5.000 Euro sowie Ersatz für Verdienstausfall zu.",
            claims=[Q("Schmerzensgeld von bis zu 5.000 Euro", 5000, "eur", "paid", "up-to", subject=BR, source=LAW, group="lh-compensation", time=None)]),
          S("Neun von zehn unserer Mandantinnen und Mandanten erhalten am Ende eine Entschädigung.",
            claims=[Q("Neun von zehn unserer Mandantinnen und Mandanten", 90, "percent", None, subject=LAW, source=LAW, group="lh-success", time=None)]),
          S("Wir vertreten bereits mehr als 60 Betroffene aus Lindhausen.",
            claims=[Q("mehr als 60 Betroffene", 60, "person", None, "more-than", subject=LAW, source=LAW, group="lh-clients", time=THU)])),
        P(S("Lassen Sie sich nicht abwimmeln!", "opinion"),
          S("Die Versicherer setzen darauf, dass Sie aufgeben.", "opinion"),
          S("Wer Beschwerden hatte, sollte Arztberichte, Kassenbons und Fotos vom Fest aufbewahren.", "opinion")),
        P(S("So einfach geht es:")),
        LI(S("Sie schildern uns Ihren Fall telefonisch oder online,")),
        LI(S("wir prüfen Ihre Unterlagen und Arztberichte kostenlos,")),
        LI(S("wir setzen Ihre Ansprüche gegenüber der Firma und ihrer Versicherung durch.")),
        P(S("Ihre Ansprüche verjähren nach drei Jahren.",
            claims=[Q("nach drei Jahren", 3, "year", "duration", subject="claims", source=LAW, group="lh-limitation", time=None)]),
          S("Warten Sie trotzdem nicht, bis Beweise verloren gehen.", "opinion"),
          S("Unsere Kanzlei ist seit Jahren auf Lebensmittel- und Produkthaftung spezialisiert."),
          S("Wir kämpfen für Sie, ohne Kostenrisiko bei der Ersteinschätzung.", "opinion"),
          S("Rufen Sie uns an, wir sind auch am Wochenende für Sie erreichbar.", "opinion"),
          S("Melden Sie sich jetzt für eine kostenlose Ersteinschätzung unter 0800 / 93 36 27 27 oder per Mail an lindhausen@wendt-sauerbrey.example.", "opinion")),
    ],
    "post": ["Rechtsanwälte Wendt & Sauerbrey PartG mbB · Marktstraße 21 · 36251 Lindhausen",
             "Diese Anzeige wurde von Wendt & Sauerbrey bezahlt.", "Hinweis: Frühere Erfolge sind keine Garantie für künftige Ergebnisse."],
    "removed": ["ANZEIGE", "28.06.2029", "PartG mbB · Marktstraße 21 · 36251 Lindhausen", "Diese Anzeige wurde von Wendt & Sauerbrey bezahlt",
                "Frühere Erfolge sind keine Garantie"],
}

ARTICLES = [KRF, BLOG, EASTMOOR, ADV]

REWRITES = []

FEED = {"title": "Eastmoor Broadcasting News – Latest", "link": "https://eastmoor.example/news",
        "id": "tag:eastmoor.example,2029:feed/news", "updated": "2029-09-08T21:30:00+02:00", "language": "en"}


def files():
    """Input files of this story and the Eastmoor feed with its Lindhausen and Hollmersfeld entries."""
    return {
        "lindhausen-krf.html": (render_html(KRF, KRF_SITE), False),
        "volksstimme.rss": (render_rss(CHANNEL, [(BLOG, "vd-2029-06-26-gift-salat",
                                                   "https://volksstimme-direkt.example/2029/06/26/gift-salat-lindhausen", BLOG["extra"])]), False),
        "lindhausen-anzeige.txt.gz": (render_txt(ADV), True),
        "eastmoor.atom": (render_atom(FEED, [
            dev13_hollmersfeld.atom_entry(),
            (EASTMOOR, "tag:eastmoor.example,2029:news/lindhausen-salmonella-7340",
             "https://eastmoor.example/news/lindhausen-salmonella-7340", EASTMOOR["extra"]),
        ]), False),
    }
