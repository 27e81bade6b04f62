"""dev16 story 3: a norovirus outbreak on the cruise ship Stella Varenna of Polarion Kreuzfahrten, which docks in Kessmund
(Orvanien) on Friday, 6 June 2031; a passengers' group says the line knew of the first cases on Sunday and kept the buffets
and a gala going, Polarion denies it.

The public broadcaster's HTML page at midday, the cruise line's German press release in the evening (its own figures, the
denial, an "Über Polarion" boilerplate with figures), an English wire report the next day and a travel-law firm's
advertorial three days later (gzip; omits the denial, a call with a phone number). Invented by the Parallax team: country,
town, ship, companies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html

SID = "st-varenna-norovirus"
EV = "ev-varenna-outbreak"
STORY = {"id": SID, "label": "Norovirus outbreak on the cruise ship Stella Varenna",
         "events": [{"id": EV, "label": "The Stella Varenna docks in Kessmund with hundreds of norovirus cases on board (6 June 2031)"}]}

POL = "polarion"
HEALTH = "health authorities"
PAX = "passagierinitiative stella varenna"
OUTBREAK = "stella varenna norovirus outbreak"
SHIP = "stella varenna"
FRI = T("2031-06-06", "2031-06-06")
CONCEALED = ("polarion", "ignored", "first norovirus cases on board")

GROUPS = [
    {"id": "sv-ill-now", "story": SID, "status": "agreed",
     "why": "243 people acutely ill on Friday by Polarion's count (ORV, release, Calloway 'more than 240')."},
    {"id": "sv-ill-pax", "story": SID, "status": "agreed", "why": "212 of them passengers (ORV, release)."},
    {"id": "sv-ill-crew", "story": SID, "status": "agreed", "why": "31 of them crew members (ORV, release)."},
    {"id": "sv-ill-total", "story": SID, "status": "compatible",
     "why": "More than 300 fallen ill since the cruise began by the health authorities' count (ORV, Calloway) and the law firm's 'fast 350 Menschen' (advertorial): one bound and an estimate within reach; it is a wider scope than the 243 now ill."},
    {"id": "sv-passengers", "story": SID, "status": "agreed", "why": "2,860 passengers on board (ORV, release, Calloway)."},
    {"id": "sv-crew", "story": SID, "status": "agreed", "why": "1,140 crew members (ORV, release)."},
    {"id": "sv-hospital", "story": SID, "status": "agreed", "why": "Nine people taken to hospital (ORV, release, Calloway)."},
    {"id": "sv-cruise-length", "story": SID, "status": "agreed", "why": "A 14-day cruise (release, Calloway, advertorial)."},
    {"id": "sv-disinfection", "story": SID, "status": "agreed", "why": "The ship stays 48 hours in port for disinfection (ORV, release, Calloway 'two days')."},
    {"id": "sv-refund", "story": SID, "status": "agreed", "why": "Polarion refunds half the fare (release headline and body, Calloway, advertorial)."},
    {"id": "sv-voucher", "story": SID, "status": "agreed", "why": "A voucher of 250 euros per person (release; Calloway with a dollar equivalent)."},
    {"id": "sv-next-cruise", "story": SID, "status": "single-source", "why": "Only the release: about 2,700 guests booked on the next cruise."},
    {"id": "sv-concealed", "story": SID, "status": "disputed",
     "why": "The passengers' group says the crew knew of the first cases on Sunday and kept buffets and a gala going (ORV hedged, release, Calloway); the advertorial states it as fact; Polarion denies it (ORV, release, Calloway); the advertorial omits the denial."},
    {"id": "sv-gala", "story": SID, "status": "agreed", "why": "About 1,500 guests at the gala on Monday, the passengers' group's figure (ORV, Calloway; the advertorial as fact)."},
    {"id": "sv-fare", "story": SID, "status": "single-source", "why": "Only the advertorial: an average fare of about 3,400 euros per person."},
    {"id": "sv-fleet", "story": SID, "status": "single-source", "why": "Only Calloway: Polarion operates seven ships (the release's boilerplate figure is furniture)."},
    {"id": "sv-clients", "story": SID, "status": "single-source", "why": "Only the advertorial: more than 4,000 travellers represented by the firm."},
]

# ------------------------------------------------------------------ ORV (de public broadcaster, HTML; midday)

ORV_SITE = {
    "nav": ["Nachrichten", "Orvanien", "Welt", "Wirtschaft", "Wetter", "Mediathek", "Regional"],
    "cookie": "ORV verwendet Cookies für Reichweitenmessung und eingebettete Inhalte. Einstellungen anpassen",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "Stand: 06.06.2031 13:10 Uhr",
    "share": "Teilen · Video: 1:52 Min.",
    "ad": "ORV Mediathek: Die Serie „Küstenwache“ – alle 8 Folgen jetzt streamen",
    "related_title": "Mehr zum Thema",
    "related": ["Was hilft gegen Noroviren? 6 Fragen und Antworten", "Kreuzfahrtbranche meldet Rekordjahr",
                "Hafen Kessmund: 212 Anläufe im Jahr"],
    "footer": "© Orvanischer Rundfunk 2031 · Impressum · Datenschutz · Barrierefreiheit",
    "after": '<p class="tags">Schlagworte: Norovirus · Kreuzfahrt · Kessmund</p>',
}

ORV = {
    "input": "dev16/varenna-orv.html", "story": SID, "event": EV,
    "publisher": "Orvanischer Rundfunk", "published": "2031-06-06T13:10:00+02:00",
    "language": "de", "authors": ["Leonie Brachvogel"], "sensational": False,
    "blocks": [
        H("Norovirus auf Kreuzfahrtschiff: „Stella Varenna“ legt mit Hunderten Kranken in Kessmund an",
          claims=[Q("Hunderten Kranken", 200, "patient", "infected", "at-least", subject=OUTBREAK, group="sv-ill-total", time=FRI)]),
        P(S("Das Kreuzfahrtschiff „Stella Varenna“ hat am Freitagmorgen mit zahlreichen an Norovirus erkrankten Menschen an Bord im Hafen von Kessmund festgemacht."),
          S("Nach Angaben der Reederei Polarion sind derzeit 243 Menschen akut erkrankt, 212 Passagiere und 31 Besatzungsmitglieder.",
            claims=[Q("243 Menschen", 243, "person", "infected", subject=OUTBREAK, source=POL, group="sv-ill-now", time=FRI),
                    Q("212 Passagiere", 212, "passenger", "infected", subject=OUTBREAK, source=POL, group="sv-ill-pax", time=FRI),
                    Q("31 Besatzungsmitglieder", 31, "person", "infected", subject=OUTBREAK, source=POL, group="sv-ill-crew", time=FRI)])),
        P(S("Das Gesundheitsamt Kessmund zählt seit Beginn der Reise insgesamt mehr als 300 Erkrankte, von denen sich viele bereits erholt haben.",
            claims=[Q("mehr als 300 Erkrankte", 300, "patient", "infected", "more-than", subject=OUTBREAK, source=HEALTH, group="sv-ill-total", time=FRI)]),
          S("Neun Menschen wurden ins Klinikum Kessmund gebracht, vor allem ältere Reisende mit starkem Flüssigkeitsverlust.",
            claims=[Q("Neun Menschen", 9, "person", None, subject=OUTBREAK, group="sv-hospital", time=FRI)]),
          S("An Bord sind 2.860 Passagiere und 1.140 Besatzungsmitglieder.",
            claims=[Q("2.860 Passagiere", 2860, "passenger", None, subject=SHIP, group="sv-passengers", time=FRI),
                    Q("1.140 Besatzungsmitglieder", 1140, "person", None, subject=SHIP, group="sv-crew", time=FRI)])),
        P(S("Das Schiff soll 48 Stunden im Hafen bleiben und vollständig desinfiziert werden.",
            claims=[Q("48 Stunden", 48, "hour", "duration", subject="stella varenna disinfection", group="sv-disinfection", time=FRI)]),
          S("Gesunde Passagiere dürfen von Bord gehen, Erkrankte bleiben in ihren Kabinen.")),
        P(S("Eine Gruppe von Passagieren erhebt Vorwürfe gegen die Reederei."),
          S("Die Schiffsleitung habe schon am Sonntag von den ersten Fällen gewusst, die Buffets aber weiter geöffnet und am Montag eine Gala mit rund 1.500 Gästen veranstaltet, sagte Gerold Winkhaus von der Passagierinitiative Stella Varenna.",
            claims=[ST("Die Schiffsleitung habe schon am Sonntag von den ersten Fällen gewusst", *CONCEALED, "sv-concealed", source=PAX, hedged=True),
                    Q("eine Gala mit rund 1.500 Gästen", 1500, "person", None, "about", subject="stella varenna gala", source=PAX, hedged=True, group="sv-gala", time=T("2031-06-02", "2031-06-02"))]),
          S("„Das war am Ende ein schwimmendes Lazarett“, sagte er.", "quote", loaded=[L("schwimmendes Lazarett", "alarmist", "reported")])),
        P(S("Polarion weist das zurück.",
            claims=[ST("Polarion weist das zurück", *CONCEALED, "sv-concealed", source=POL, denial=True)]),
          S("Der erste Fall sei am Dienstag gemeldet worden, danach habe man die Buffets sofort auf Bedienung umgestellt, erklärte eine Sprecherin."),
          S("Das Gesundheitsamt will die Abläufe an Bord prüfen.")),
    ],
    "removed": ["ORV verwendet Cookies", "Stand: 06.06.2031 13:10 Uhr", "Video: 1:52 Min.", "alle 8 Folgen jetzt streamen",
                "Was hilft gegen Noroviren? 6 Fragen und Antworten", "Kreuzfahrtbranche meldet Rekordjahr",
                "Hafen Kessmund: 212 Anläufe im Jahr", "© Orvanischer Rundfunk 2031", "Schlagworte: Norovirus · Kreuzfahrt · Kessmund"],
}

# ------------------------------------------------------------------ Polarion press release (de, dateline block; evening)

PR = {
    "input": "dev16/varenna-polarion.txt", "story": SID, "event": EV,
    "publisher": "Polarion Kreuzfahrten AG", "published": "2031-06-06T18:30:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Polarion Kreuzfahrten AG", "Kessmund, 6. Juni 2031"],
    "blocks": [
        H("„Stella Varenna“: Polarion erstattet allen Gästen die Hälfte des Reisepreises",
          claims=[Q("die Hälfte des Reisepreises", 50, "percent", "paid", subject="polarion refund", source=POL, group="sv-refund", time=None)]),
        P(S("Nach dem Auftreten von Magen-Darm-Erkrankungen an Bord der „Stella Varenna“ erstattet Polarion allen Gästen der 14-tägigen Nordlandreise 50 Prozent des Reisepreises.",
            claims=[Q("14-tägigen Nordlandreise", 14, "day", "duration", subject="stella varenna cruise", source=POL, group="sv-cruise-length", time=None),
                    Q("50 Prozent des Reisepreises", 50, "percent", "paid", subject="polarion refund", source=POL, group="sv-refund", time=None)]),
          S("Zusätzlich erhält jeder Gast einen Reisegutschein über 250 Euro.",
            claims=[Q("einen Reisegutschein über 250 Euro", 250, "eur", "paid", subject="polarion voucher", source=POL, group="sv-voucher", time=None)])),
        P(S("Derzeit sind 243 Personen an Bord erkrankt, davon 212 Gäste und 31 Crewmitglieder.",
            claims=[Q("243 Personen", 243, "person", "infected", subject=OUTBREAK, source=POL, group="sv-ill-now", time=FRI),
                    Q("212 Gäste", 212, "passenger", "infected", subject=OUTBREAK, source=POL, group="sv-ill-pax", time=FRI),
                    Q("31 Crewmitglieder", 31, "person", "infected", subject=OUTBREAK, source=POL, group="sv-ill-crew", time=FRI)]),
          S("Neun Gäste werden im Klinikum Kessmund behandelt, ihr Zustand ist stabil.",
            claims=[Q("Neun Gäste", 9, "passenger", None, subject=OUTBREAK, source=POL, group="sv-hospital", time=FRI)]),
          S("Insgesamt befinden sich 2.860 Gäste und 1.140 Crewmitglieder an Bord.",
            claims=[Q("2.860 Gäste", 2860, "passenger", None, subject=SHIP, source=POL, group="sv-passengers", time=FRI),
                    Q("1.140 Crewmitglieder", 1140, "person", None, subject=SHIP, source=POL, group="sv-crew", time=FRI)])),
        P(S("Das Schiff bleibt für eine Grunddesinfektion 48 Stunden in Kessmund.",
            claims=[Q("48 Stunden", 48, "hour", "duration", subject="stella varenna disinfection", source=POL, group="sv-disinfection", time=FRI)]),
          S("Die folgende Reise beginnt deshalb erst am Dienstag statt am Sonntag.")),
        P(S("Die rund 2.700 gebuchten Gäste dieser Reise werden persönlich informiert und können kostenlos stornieren.",
            claims=[Q("Die rund 2.700 gebuchten Gäste", 2700, "passenger", "affected", "about", subject="next stella varenna cruise", source=POL, group="sv-next-cruise", time=None)]),
          S("Gäste mit Beschwerden werden gebeten, sich beim Bordhospital zu melden und ihre Kabine nicht zu verlassen.")),
        P(S("„Die Gesundheit unserer Gäste und unserer Crew hat für uns oberste Priorität“, sagte Vorstandschefin Ilka Marstrand.", "quote"),
          S("„Wir bedauern sehr, dass diese Reise nicht so zu Ende geht, wie unsere Gäste es sich gewünscht haben.“", "quote")),
        P(S("Die Behauptung einzelner Passagiere, die Schiffsleitung habe Erkrankungen verschwiegen, ist unzutreffend.",
            claims=[ST("die Schiffsleitung habe Erkrankungen verschwiegen", *CONCEALED, "sv-concealed", source=PAX, hedged=True),
                    ST("ist unzutreffend", *CONCEALED, "sv-concealed", source=POL, denial=True)]),
          S("Der erste Fall wurde am Dienstag, 3. Juni, gemeldet, noch am selben Abend wurden alle Buffets auf Bedienung umgestellt und das Gesundheitsamt informiert."),
          S("Polarion arbeitet eng mit den Behörden in Kessmund zusammen.")),
    ],
    "post": ["Über Polarion: Die Polarion Kreuzfahrten AG mit Sitz in Kessmund betreibt sieben Hochseeschiffe und beförderte 2030 rund 410.000 Gäste.",
             "Pressekontakt: Konzernkommunikation, presse@polarion.example, +49 40 5550 3300"],
    "removed": ["Kessmund, 6. Juni 2031", "Über Polarion:", "betreibt sieben Hochseeschiffe und beförderte 2030 rund 410.000 Gäste",
                "Pressekontakt: Konzernkommunikation", "+49 40 5550 3300"],
}

# ------------------------------------------------------------------ Calloway Wire (en wire, dateline block; the next day)

CALLOWAY = {
    "input": "dev16/varenna-calloway.txt", "story": SID, "event": EV,
    "publisher": "Calloway Wire", "published": "2031-06-07T10:15:00+02:00",
    "language": "en", "authors": ["Martin Ashdown"], "sensational": False,
    "pre": ["CALLOWAY WIRE", "Jun 7, 2031 10:15 CEST", "By Martin Ashdown"],
    "blocks": [
        H("Cruise line offers refunds after norovirus outbreak sickens hundreds",
          claims=[Q("sickens hundreds", 200, "person", "infected", "at-least", subject=OUTBREAK, group="sv-ill-total", time=FRI)]),
        P(S("Polarion Cruises will refund half the fare to all passengers of the Stella Varenna after a norovirus outbreak on the 14-day cruise, the company said on Friday evening.",
            claims=[Q("half the fare", 50, "percent", "paid", subject="polarion refund", source=POL, group="sv-refund", time=None),
                    Q("the 14-day cruise", 14, "day", "duration", subject="stella varenna cruise", source=POL, group="sv-cruise-length", time=None)]),
          S("Each of the 2,860 passengers will also get a €250 ($270) voucher.",
            claims=[Q("the 2,860 passengers", 2860, "passenger", None, subject=SHIP, group="sv-passengers", time=FRI),
                    Q("a €250", 250, "eur", "paid", subject="polarion voucher", group="sv-voucher", time=None),
                    Q("$270", 270, "usd", "paid", subject="polarion voucher", group="sv-voucher", time=None)])),
        P(S("More than 240 people on board were ill when the ship docked in the Orvanian port of Kessmund on Friday, according to the company.",
            claims=[Q("More than 240 people", 240, "person", "infected", "more-than", subject=OUTBREAK, source=POL, group="sv-ill-now", time=FRI)]),
          S("Local health authorities said more than 300 had fallen ill since the cruise began, and nine were taken to hospital.",
            claims=[Q("more than 300", 300, "person", "infected", "more-than", subject=OUTBREAK, source=HEALTH, group="sv-ill-total", time=FRI),
                    Q("nine were taken to hospital", 9, "person", None, subject=OUTBREAK, source=HEALTH, group="sv-hospital", time=FRI)])),
        P(S("The ship will stay in port for two days to be disinfected.",
            claims=[Q("for two days", 2, "day", "duration", subject="stella varenna disinfection", group="sv-disinfection", time=FRI)])),
        P(S("A passengers' group accuses the crew of keeping buffets open and holding a gala for about 1,500 guests on Monday although the first cases had been reported on Sunday.",
            claims=[ST("accuses the crew of keeping buffets open and holding a gala", *CONCEALED, "sv-concealed", source=PAX),
                    Q("about 1,500 guests", 1500, "person", None, "about", subject="stella varenna gala", source=PAX, group="sv-gala", time=T("2031-06-02", "2031-06-02"))]),
          S("Polarion denied this, saying the first case was reported on Tuesday and buffets were switched to table service that evening.",
            claims=[ST("Polarion denied this", *CONCEALED, "sv-concealed", source=POL, denial=True)])),
        P(S("Norovirus spreads easily in closed settings such as ships, schools and hospitals, and causes vomiting and diarrhoea."),
          S("Most patients recover within a few days."),
          S("Polarion operates seven ocean-going ships and says it will review its hygiene procedures.",
            claims=[Q("seven ocean-going ships", 7, "ship", None, subject="polarion fleet", group="sv-fleet", time=None)]),
          S("Shares of cruise operators listed in Tarnholm barely moved on the news.")),
    ],
    "post": ["(Reporting by Martin Ashdown; editing by Paul Ostrander)", "", "Copyright 2031 Calloway Wire. All rights reserved."],
    "removed": ["Jun 7, 2031 10:15 CEST", "By Martin Ashdown", "(Reporting by Martin Ashdown; editing by Paul Ostrander)",
                "Copyright 2031 Calloway Wire"],
}

# ------------------------------------------------------------------ Falkner & Obst (de travel-law advertorial, gzip; omits the denial)

ADV = {
    "input": "dev16/varenna-anzeige.txt.gz", "story": SID, "event": EV,
    "publisher": "Falkner & Obst Reiserecht", "published": "2031-06-09", "language": "de",
    "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Falkner & Obst Reiserecht", "09.06.2031"],
    "blocks": [
        H("Seuchenschiff „Stella Varenna“: Holen Sie sich Ihr Geld zurück!",
          loaded=[L("Seuchenschiff", "alarmist")]),
        P(S("Sie waren an Bord der „Stella Varenna“ und haben Ihren Urlaub krank in der Kabine verbracht?"),
          S("Dann sind Sie nicht allein: Fast 350 Menschen sind auf der 14-tägigen Reise an Norovirus erkrankt.",
            claims=[Q("Fast 350 Menschen", 350, "person", "infected", "about", subject=OUTBREAK, group="sv-ill-total", time=FRI),
                    Q("14-tägigen Reise", 14, "day", "duration", subject="stella varenna cruise", group="sv-cruise-length", time=None)])),
        P(S("Dabei wusste die Schiffsleitung schon am Sonntag von den ersten Fällen und ließ trotzdem die Buffets offen.",
            claims=[ST("wusste die Schiffsleitung schon am Sonntag von den ersten Fällen", *CONCEALED, "sv-concealed")]),
          S("Am Montag feierten rund 1.500 Gäste sogar noch eine Gala.",
            claims=[Q("rund 1.500 Gäste", 1500, "person", None, "about", subject="stella varenna gala", group="sv-gala", time=T("2031-06-02", "2031-06-02"))]),
          S("Die Reederei hat ihre Gäste skrupellos dem Virus ausgesetzt.", "opinion", loaded=[L("skrupellos", "demonising")])),
        P(S("Polarion bietet eine Erstattung von 50 Prozent an.",
            claims=[Q("50 Prozent", 50, "percent", "paid", subject="polarion refund", group="sv-refund", time=None)]),
          S("Das ist nach unserer Erfahrung oft zu wenig.", "opinion"),
          S("Bei einem durchschnittlichen Reisepreis von rund 3.400 Euro pro Person kann es um viel Geld gehen.",
            claims=[Q("rund 3.400 Euro", 3400, "eur", "cost", "about", subject="stella varenna fare", group="sv-fare", time=None)]),
          S("Nach dem Reiserecht kann eine erhebliche Beeinträchtigung der Reise eine weitergehende Minderung und Schadenersatz für entgangene Urlaubsfreude rechtfertigen.")),
        P(S("So gehen Sie vor:")),
        LI(S("Bewahren Sie Ihre Buchungsbestätigung und alle Belege auf.")),
        LI(S("Notieren Sie, wann Sie erkrankt sind und welche Leistungen an Bord ausgefallen sind.")),
        LI(S("Nehmen Sie das Angebot der Reederei nicht vorschnell an.")),
        P(S("Wir haben bereits mehr als 4.000 Reisende gegen Reedereien und Reiseveranstalter vertreten.",
            claims=[Q("mehr als 4.000 Reisende", 4000, "passenger", None, "more-than", subject="falkner & obst clients", source="falkner & obst", group="sv-clients", time=None)]),
          S("Rufen Sie uns jetzt an unter 0800 / 31 47 26 00 – die Ersteinschätzung ist kostenlos.", "opinion"),
          S("Lassen Sie sich nicht mit einem Gutschein abspeisen!", "opinion", loaded=[L("abspeisen", "belittling")])),
    ],
    "post": ["Falkner & Obst Reiserecht PartG mbB · Am Zollhafen 9 · Tarnholm",
             "Dies ist eine bezahlte Anzeige. Keine Erfolgsgarantie. Es gelten unsere Mandatsbedingungen."],
    "removed": ["09.06.2031", "Falkner & Obst Reiserecht PartG mbB", "Am Zollhafen 9", "Dies ist eine bezahlte Anzeige",
                "Keine Erfolgsgarantie"],
}

ORV["blocks"].insert(4, P(
    S("Am Kai warteten Angehörige und Reisebusse auf die Passagiere, die das Schiff verlassen durften."),
    S("Viele trugen Masken und zogen ihre Koffer schweigend an den Absperrungen vorbei."),
    S("Eine Passagierin aus Tarnholm erzählte, das Bordrestaurant sei in den letzten Tagen fast leer gewesen."),
    S("Noroviren werden leicht über Hände und Oberflächen übertragen und lösen heftiges Erbrechen und Durchfall aus.")))

PR["blocks"].insert(4, P(
    S("Die „Stella Varenna“ war am 23. Mai in Kessmund zu ihrer Nordlandreise aufgebrochen."),
    S("Unmittelbar nach dem ersten Fall hat die Crew die Reinigung an Bord verstärkt und an allen Eingängen der Restaurants Desinfektionsspender aufgestellt."),
    S("Landausflüge erkrankter Gäste und ihrer Mitreisenden wurden abgesagt, die Kosten dafür werden vollständig erstattet."),
    S("Gäste mit Fragen erreichen das Service-Team rund um die Uhr über die Polarion-App.")))

ADV["blocks"].insert(9, P(
    S("Wichtig: Ansprüche wegen Reisemängeln sollten zügig geltend gemacht werden."),
    S("Wer das Angebot der Reederei annimmt, verzichtet unter Umständen auf weitere Forderungen."),
    S("Auch Mitreisende, die selbst nicht erkrankt sind, können Ansprüche haben, wenn Bordprogramm und Landgänge ausgefallen sind."),
    S("Unsere Kanzlei ist seit vielen Jahren auf Reiserecht spezialisiert."),
    S("Wir prüfen Ihren Fall schnell und unkompliziert.", "opinion")))

ARTICLES = [ORV, PR, CALLOWAY, ADV]

REWRITES = []


def files():
    return {
        "varenna-orv.html": (render_html(ORV, ORV_SITE), False),
        "varenna-polarion.txt": (render_txt(PR), False),
        "varenna-calloway.txt": (render_txt(CALLOWAY), False),
        "varenna-anzeige.txt.gz": (render_txt(ADV), True),
    }
