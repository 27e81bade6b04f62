"""dev7 story 4: a ransomware attack on the hospital group Klinikverbund Auental (night of 2 to 3 Oct
2027).

A German local news site (with a closing commentary), a German business daily (dateline block), a
German right-populist blog without dateline block that states the hackers' data-theft claim as fact and
omits the group's denial, and an English business daily (the same page template as its Imara report).
Invented by the Parallax team: district, towns, companies, hacker group, people, outlets and figures are
fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html
import dev7_imara

SID = "st-auental-cyberattack"
EV = "ev-auental-attack"
STORY = {"id": SID, "label": "Ransomware attack on the Klinikverbund Auental hospital group",
         "events": [{"id": EV, "label": "Hackers encrypt the hospital group's systems, night of 2–3 October 2027"}]}

AUE = "auental"
NK = "nullkrone"
CAR = "carevo"
ATT = T("2027-10-03", "2027-10-03")
MON = T("2027-10-04", "2027-10-04")

GROUPS = [
    {"id": "auental-hospitals", "story": SID, "status": "agreed",
     "why": "All four articles give six hospitals (emergency departments)."},
    {"id": "auental-attack", "story": SID, "status": "agreed",
     "why": "Three articles report that the group's computer systems were encrypted in the attack."},
    {"id": "auental-operations", "story": SID, "status": "compatible",
     "why": "About 340 postponed operations (local site) beside 'more than 300' (Carevo's finance chief, Morning Standard): a looser figure."},
    {"id": "auental-data-theft", "story": SID, "status": "disputed",
     "why": "NullKrone claims to have stolen patient data; the hospital group and Carevo deny it (the Wahrheitskompass states it as fact and omits the denial)."},
    {"id": "auental-patients", "story": SID, "status": "agreed",
     "why": "Three articles give (up to) 80,000 patients whose data the hackers claim to hold."},
    {"id": "auental-terabytes", "story": SID, "status": "agreed",
     "why": "Both business papers give the 1.5 terabytes NullKrone claims."},
    {"id": "auental-ransom", "story": SID, "status": "agreed",
     "why": "Three articles give a reported ransom demand of 4 million euros."},
    {"id": "auental-damage", "story": SID, "status": "agreed",
     "why": "Both business papers give Carevo's damage of at least 7.5 million euros."},
    {"id": "auental-shares", "story": SID, "status": "agreed",
     "why": "Both business papers give the 8.4% fall of Carevo's shares on Monday."},
    {"id": "auental-share-price", "story": SID, "status": "single-source",
     "why": "Only the Handelsblick gives the closing price of 23.10 euros."},
    {"id": "auental-staff", "story": SID, "status": "agreed",
     "why": "Three articles give about 4,200 employees."},
    {"id": "auental-beds", "story": SID, "status": "agreed",
     "why": "The local site and the Morning Standard give about 1,100 beds."},
    {"id": "auental-attacks-year", "story": SID, "status": "agreed",
     "why": "Both business papers give 46 hospitals attacked last year, citing the state information security office."},
    {"id": "auental-ambulances", "story": SID, "status": "single-source",
     "why": "Only the local site gives more than 60 diverted ambulances."},
    {"id": "auental-revenue-share", "story": SID, "status": "single-source",
     "why": "Only the Handelsblick gives the group's share of about 28 percent of Carevo's revenue."},
    {"id": "auental-revenue", "story": SID, "status": "single-source",
     "why": "Only the Handelsblick gives Carevo's revenue of 1.3 billion euros."},
    {"id": "auental-investigation", "story": SID, "status": "agreed",
     "why": "The local site and the Morning Standard report that the state criminal police are investigating."},
    {"id": "auental-abroad", "story": SID, "status": "single-source",
     "why": "Only the Wahrheitskompass says the attackers are presumably abroad."},
]

# ---------------------------------------------------------------- Rabenfeld aktuell (de local news site)

LOKAL_SITE = {
    "nav": ["Startseite", "Auental", "Rabenfeld", "Blaulicht", "Sport", "Veranstaltungen", "Anzeigen"],
    "cookie": "Rabenfeld aktuell nutzt Cookies und Tracking-Dienste. Mit Klick auf „Einverstanden“ stimmen Sie zu.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Montag, 4. Oktober 2027, 9.15 Uhr",
    "share": "Teilen: WhatsApp · Facebook · Threads · E-Mail",
    "ad": "Anzeige – Herbstmarkt in Auental am 16. Oktober: 80 Aussteller, Eintritt frei",
    "related_title": "Mehr aus dem Landkreis",
    "related": ["Neue Buslinie zwischen Auental und Rabenfeld", "Blaulicht: Scheunenbrand in Oberhaid",
                "Kreistag berät über Klinikfinanzen"],
    "footer": "© Rabenfeld aktuell · Lokalnachrichten für den Landkreis Rabenfeld · Impressum · Datenschutz",
    "inline": '<div class="teaser"><span>Auch interessant</span> <a href="/auental/notdienst-apotheken">Welche Apotheken am Wochenende Notdienst haben</a></div>',
    "inline_at": 2,
}

LOKAL = {
    "input": "dev7/auental-rabenfeld-aktuell.html", "story": SID, "event": EV,
    "publisher": "Rabenfeld aktuell", "published": "2027-10-04T09:15:00+02:00",
    "language": "de", "authors": ["Tobias Wenk"], "sensational": False,
    "blocks": [
        H("Hackerangriff auf Klinikverbund Auental: Notaufnahmen abgemeldet"),
        P(S("Nach einem Cyberangriff auf den Klinikverbund Auental sind die Notaufnahmen aller sechs Kliniken seit Sonntag von der Notfallversorgung abgemeldet.",
            claims=[Q("aller sechs Kliniken", 6, None, None, subject=AUE, group="auental-hospitals")]),
          S("Seitdem wurden mehr als 60 Rettungswagen in die Nachbarkreise umgeleitet.",
            claims=[Q("mehr als 60 Rettungswagen", 60, "vehicle", None, qualifier="more-than", subject="ambulances",
                      group="auental-ambulances", time=T("2027-10-03", "2027-10-04"))])),
        P(S("Unbekannte hatten in der Nacht zu Sonntag gegen 2.30 Uhr die Computersysteme des Verbunds verschlüsselt, teilte Sprecherin Sabine Lorch mit.",
            claims=[ST("Unbekannte hatten in der Nacht zu Sonntag gegen 2.30 Uhr die Computersysteme des Verbunds verschlüsselt",
                       "attackers", "encrypted", "computer systems of klinikverbund auental", "auental-attack", source="sabine lorch")]),
          S("Betroffen sind u. a. die Patientenakten, die Laborsoftware und die Telefonanlage.")),
        P(S("Rund 340 geplante Operationen mussten bislang verschoben werden.",
            claims=[Q("Rund 340 geplante Operationen", 340, None, None, qualifier="about", subject=AUE, group="auental-operations",
                      time=T("2027-10-03", "2027-10-04"))]),
          S("Auf den Stationen wird mit Papier und Kugelschreiber dokumentiert – „wie vor 30 Jahren“, sagt ein Pfleger der St.-Elisabeth-Klinik.", "quote")),
        P(S("Das Landeskriminalamt (LKA) ermittelt.",
            claims=[ST("Das Landeskriminalamt (LKA) ermittelt", "lka", "investigates", "attack on klinikverbund auental",
                       "auental-investigation")]),
          S("Eine Hackergruppe namens NullKrone hat sich im Darknet zu dem Angriff bekannt und behauptet, Daten von bis zu 80.000 Patientinnen und Patienten erbeutet zu haben.",
            claims=[ST("behauptet, Daten von bis zu 80.000 Patientinnen und Patienten erbeutet zu haben", NK, "stole", "patient data",
                       "auental-data-theft", source=NK, hedged=True),
                    Q("bis zu 80.000 Patientinnen und Patienten", 80000, "patient", None, qualifier="up-to", subject="stolen patient data",
                      source=NK, hedged=True, group="auental-patients")]),
          S("Der Verbund widerspricht: Es gebe keine Hinweise darauf, dass Patientendaten abgeflossen seien.",
            claims=[ST("Der Verbund widerspricht", NK, "stole", "patient data", "auental-data-theft", source=AUE, denial=True)])),
        P(S("Die sechs Kliniken haben zusammen rund 1.100 Betten und beschäftigen etwa 4.200 Menschen.",
            claims=[Q("Die sechs Kliniken", 6, None, None, subject=AUE, group="auental-hospitals"),
                    Q("rund 1.100 Betten", 1100, "bed", None, qualifier="about", subject=AUE, group="auental-beds"),
                    Q("etwa 4.200 Menschen", 4200, "worker", "employed", qualifier="about", subject=AUE, group="auental-staff")])),
        H("Kommentar: Gespart an der falschen Stelle"),
        P(S("Seit Jahren warnen IT-Fachleute, dass die Krankenhäuser im Landkreis zu wenig in ihre Sicherheit stecken.", "opinion"),
          S("Jetzt zahlen die Patientinnen und Patienten den Preis.", "opinion"),
          S("Wer im Notfall länger im Rettungswagen liegt, weil die nächste offene Notaufnahme im Nachbarkreis ist, dem hilft keine Pressemitteilung.", "opinion"),
          S("Der Kreistag muss jetzt Geld für die IT der Kliniken bereitstellen – und zwar bevor der nächste Angriff kommt.", "opinion")),
    ],
    "removed": ["Rabenfeld aktuell nutzt Cookies", "Einverstanden", "Montag, 4. Oktober 2027, 9.15 Uhr", "Von Tobias Wenk",
                "Veranstaltungen", "Teilen: WhatsApp", "Herbstmarkt in Auental am 16. Oktober", "Mehr aus dem Landkreis",
                "Neue Buslinie zwischen Auental und Rabenfeld", "Scheunenbrand in Oberhaid", "Kreistag berät über Klinikfinanzen",
                "Welche Apotheken am Wochenende Notdienst haben", "Lokalnachrichten für den Landkreis Rabenfeld"],
}

# ---------------------------------------------------------------- Handelsblick (de business daily)

HB = {
    "input": "dev7/auental-handelsblick.txt", "story": SID, "event": EV,
    "publisher": "Handelsblick", "published": "2027-10-05T06:30:00+02:00",
    "language": "de", "authors": ["Carla Imhof"], "sensational": False,
    "pre": ["Handelsblick", "05.10.2027", "06:30 Uhr", "Von Carla Imhof"],
    "blocks": [
        H("Cyberangriff auf Klinikverbund Auental kostet Carevo Millionen"),
        P(S("Der Hackerangriff auf den Klinikverbund Auental belastet die Muttergesellschaft Carevo Holding."),
          S("Die Carevo-Aktie verlor am Montag 8,4 Prozent und schloss bei 23,10 Euro.",
            claims=[Q("verlor am Montag 8,4 Prozent", 8.4, "percent", "decrease", subject="carevo shares", group="auental-shares", time=MON),
                    Q("23,10 Euro", 23.10, "eur", None, subject="carevo shares", group="auental-share-price", time=MON)])),
        P(S("Carevo beziffert den Schaden bislang auf mindestens 7,5 Mio. Euro, vor allem durch ausgefallene Operationen und die Kosten externer IT-Forensiker.",
            claims=[Q("mindestens 7,5 Mio. Euro", 7500000, "eur", "cost", qualifier="at-least", subject="cyberattack damage", source=CAR,
                      group="auental-damage")]),
          S("Mehr als 300 Eingriffe seien verschoben worden, sagte Finanzvorstand Rainer Kolbeck in einer Telefonkonferenz mit Analysten.",
            claims=[Q("Mehr als 300 Eingriffe seien verschoben worden", 300, None, None, qualifier="more-than", subject=AUE,
                      source="rainer kolbeck", hedged=True, group="auental-operations", time=T("2027-10-03", "2027-10-04"))])),
        P(S("Die Täter hatten in der Nacht zum Sonntag sämtliche Server des Verbunds verschlüsselt.",
            claims=[ST("Die Täter hatten in der Nacht zum Sonntag sämtliche Server des Verbunds verschlüsselt", "attackers", "encrypted",
                       "computer systems of klinikverbund auental", "auental-attack")]),
          S("Sie sollen ein Lösegeld von 4 Mio. Euro in Bitcoin verlangt haben.",
            claims=[Q("ein Lösegeld von 4 Mio. Euro", 4000000, "eur", None, subject="ransom demand", hedged=True, group="auental-ransom")]),
          S("Carevo äußerte sich dazu nicht; man verhandle grundsätzlich nicht mit Kriminellen, hieß es lediglich.")),
        P(S("Die Gruppe NullKrone behauptet zudem, 1,5 Terabyte an Daten erbeutet zu haben, darunter Patientenakten.",
            claims=[ST("Die Gruppe NullKrone behauptet zudem, 1,5 Terabyte an Daten erbeutet zu haben, darunter Patientenakten", NK,
                       "stole", "patient data", "auental-data-theft", source=NK, hedged=True),
                    Q("1,5 Terabyte", 1.5, None, None, subject="stolen data", source=NK, hedged=True, group="auental-terabytes")]),
          S("Carevo bestreitet, dass Patientendaten abgeflossen sind.",
            claims=[ST("Carevo bestreitet, dass Patientendaten abgeflossen sind", NK, "stole", "patient data", "auental-data-theft",
                       source=CAR, denial=True)]),
          S("„Unsere Notfallpläne greifen, die Versorgung der Patienten ist jederzeit gesichert“, sagte der Ärztliche Direktor Prof. Dr. Martin Eberhage.", "quote")),
        P(S("Der Fall ist kein Einzelfall: Nach Zahlen des Landesamts für Informationssicherheit wurden im vergangenen Jahr 46 Kliniken im Land Ziel eines Cyberangriffs – doppelt so viele wie im Jahr davor.",
            claims=[Q("46 Kliniken", 46, None, None, subject="hospitals attacked last year", source="landesamt für informationssicherheit",
                      group="auental-attacks-year")])),
        P(S("Der Verbund mit sechs Kliniken und rund 4.200 Beschäftigten steuert rund 28 Prozent zum Konzernumsatz von 1,3 Mrd. Euro bei.",
            claims=[Q("sechs Kliniken", 6, None, None, subject=AUE, group="auental-hospitals"),
                    Q("rund 4.200 Beschäftigten", 4200, "worker", "employed", qualifier="about", subject=AUE, group="auental-staff"),
                    Q("rund 28 Prozent", 28, "percent", None, qualifier="about", subject=AUE, group="auental-revenue-share"),
                    Q("1,3 Mrd. Euro", 1300000000, "eur", None, subject="carevo revenue", group="auental-revenue")])),
    ],
    "post": ["Themen: Gesundheitswirtschaft · Cybersicherheit · Carevo",
             "",
             "Lesen Sie auch: Versicherer verschärfen Bedingungen für Cyberpolicen",
             "",
             "Handelsblick Premium: 4 Wochen für 1 € testen"],
    "removed": ["Handelsblick", "05.10.2027", "06:30 Uhr", "Von Carla Imhof", "Themen: Gesundheitswirtschaft · Cybersicherheit · Carevo",
                "Lesen Sie auch: Versicherer verschärfen Bedingungen für Cyberpolicen", "Handelsblick Premium: 4 Wochen für 1 € testen"],
}

# ---------------------------------------------------------------- Wahrheitskompass (de right-populist blog, no dateline block)

KOMPASS = {
    "input": "dev7/auental-wahrheitskompass.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("Klinik-Hack in Auental: 80.000 Patientenakten im Darknet – und die Politik schläft!",
          claims=[Q("80.000 Patientenakten", 80000, None, None, subject="stolen patient data", group="auental-patients"),
                  ST("80.000 Patientenakten im Darknet", NK, "stole", "patient data", "auental-data-theft")]),
        P(S("Es ist der nächste digitale Super-GAU in unserem kaputtgesparten Gesundheitssystem.", "opinion",
            loaded=[L("Super-GAU", "alarmist"), L("kaputtgesparten", "demonising")]),
          S("Kriminelle Hacker haben die Systeme des Klinikverbunds Auental lahmgelegt und die Daten von 80.000 Patienten gestohlen.",
            claims=[ST("die Daten von 80.000 Patienten gestohlen", NK, "stole", "patient data", "auental-data-theft"),
                    Q("80.000 Patienten", 80000, "patient", None, subject="stolen patient data", group="auental-patients")])),
        P(S("Sechs Notaufnahmen sind dicht, Schwerkranke werden stundenlang durch den Landkreis gekarrt.",
            claims=[Q("Sechs Notaufnahmen", 6, None, None, subject=AUE, group="auental-hospitals")],
            loaded=[L("gekarrt", "alarmist")]),
          S("Und was macht die Landesregierung?", "opinion"),
          S("Sie verschickt Pressemitteilungen und spricht von einer „IT-Störung“.", "opinion",
            loaded=[L("„IT-Störung“", "euphemism", "distancing")])),
        P(S("Nach unseren Informationen sitzen die Täter mutmaßlich im Ausland.",
            claims=[ST("sitzen die Täter mutmaßlich im Ausland", "attackers", "are based", "abroad", "auental-abroad",
                       source="wahrheitskompass", hedged=True)]),
          S("Die Lösegeldforderung soll bei 4 Millionen Euro liegen.",
            claims=[Q("4 Millionen Euro", 4000000, "eur", None, subject="ransom demand", hedged=True, group="auental-ransom")]),
          S("Zahlen dürfen am Ende wie immer die Beitragszahler.", "opinion")),
        P(S("Während Steuergeld für Prestigeprojekte verpulvert wird, laufen unsere Kliniken mit Software aus der Steinzeit.", "opinion",
            loaded=[L("verpulvert", "demonising"), L("Software aus der Steinzeit", "belittling")]),
          S("Wer schützt eigentlich uns Bürger vor diesem Staatsversagen?", "opinion",
            loaded=[L("Staatsversagen", "demonising")])),
        P(S("Teilen Sie diesen Artikel, bevor er gelöscht wird!", "opinion"),
          S("Kommen Sie am Samstag um 14 Uhr zur Mahnwache vor das Landratsamt in Auental!", "opinion")),
    ],
    "post": ["Themen: #Auental #Cyberangriff #Staatsversagen #Gesundheit",
             "",
             "WAHRHEITSKOMPASS – unabhängig. unbequem. unzensiert.",
             "Unterstützen Sie freien Journalismus: Spenden per PayPal oder Überweisung",
             "",
             "- Startseite",
             "- Gesundheit",
             "- Politik",
             "- Kontakt"],
    "removed": ["Themen: #Auental #Cyberangriff #Staatsversagen #Gesundheit", "WAHRHEITSKOMPASS – unabhängig. unbequem. unzensiert.",
                "Unterstützen Sie freien Journalismus", "- Kontakt"],
}

# ---------------------------------------------------------------- The Morning Standard (en; same template as the Imara page)

MS_SITE = dict(dev7_imara.MS_SITE_BASE, date_label="5 October 2027",
               related=["Cyber insurers raise premiums for hospitals", "Carevo's bonds slip as investors weigh attack",
                        "Opinion: Health care's digital debt"])

MS = {
    "input": "dev7/auental-morning-standard.html", "story": SID, "event": EV,
    "publisher": "The Morning Standard", "published": "2027-10-05T07:45:00+01:00",
    "language": "en", "authors": ["Oliver Grant"], "sensational": False,
    "blocks": [
        H("Ransomware attack knocks out Auental hospital group"),
        P(S("A ransomware attack has forced the Auental hospital group to close the emergency departments of all six of its hospitals to new patients since Sunday.",
            claims=[Q("all six of its hospitals", 6, None, None, subject=AUE, group="auental-hospitals")]),
          S("The group, which employs about 4,200 people and runs some 1,100 beds, is a subsidiary of the listed Carevo Holding.",
            claims=[Q("employs about 4,200 people", 4200, "worker", "employed", qualifier="about", subject=AUE, group="auental-staff"),
                    Q("some 1,100 beds", 1100, "bed", None, qualifier="about", subject=AUE, group="auental-beds")])),
        P(S("Hackers encrypted the group's servers in the early hours of Sunday, and state criminal police are investigating.",
            claims=[ST("Hackers encrypted the group's servers in the early hours of Sunday", "attackers", "encrypted",
                       "computer systems of klinikverbund auental", "auental-attack"),
                    ST("state criminal police are investigating", "lka", "investigates", "attack on klinikverbund auental",
                       "auental-investigation")])),
        P(S("Carevo shares fell 8.4% on Monday.",
            claims=[Q("fell 8.4%", 8.4, "percent", "decrease", subject="carevo shares", group="auental-shares", time=MON)]),
          S("The company put the damage so far at a minimum of €7.5 million and said more than 300 operations had been postponed.",
            claims=[Q("a minimum of €7.5 million", 7500000, "eur", "cost", qualifier="at-least", subject="cyberattack damage", source=CAR,
                      group="auental-damage"),
                    Q("more than 300 operations had been postponed", 300, None, None, qualifier="more-than", subject=AUE, source=CAR,
                      group="auental-operations", time=T("2027-10-03", "2027-10-04"))])),
        P(S("A criminal group calling itself NullKrone has claimed the attack and says it stole 1.5 terabytes of data, including the records of up to 80,000 patients.",
            claims=[ST("says it stole 1.5 terabytes of data, including the records of up to 80,000 patients", NK, "stole", "patient data",
                       "auental-data-theft", source=NK),
                    Q("1.5 terabytes", 1.5, None, None, subject="stolen data", source=NK, group="auental-terabytes"),
                    Q("up to 80,000 patients", 80000, "patient", None, qualifier="up-to", subject="stolen patient data", source=NK,
                      group="auental-patients")]),
          S("Auental said there was no evidence that patient data had left its network.",
            claims=[ST("Auental said there was no evidence that patient data had left its network", NK, "stole", "patient data",
                       "auental-data-theft", source=AUE, denial=True)])),
        P(S("The attackers reportedly demanded a ransom of €4 million in bitcoin.",
            claims=[Q("a ransom of €4 million", 4000000, "eur", None, subject="ransom demand", hedged=True, group="auental-ransom")]),
          S("“We do not negotiate with criminals,” spokeswoman Sabine Lorch told the Morning Standard.", "quote")),
        P(S("Hospitals have become a favourite target: 46 hospitals in the state were hit by cyber-attacks last year, twice as many as the year before, according to the state information security office.",
            claims=[Q("46 hospitals in the state were hit by cyber-attacks last year", 46, None, None, subject="hospitals attacked last year",
                      source="state information security office", group="auental-attacks-year")])),
    ],
    "removed": ["We use cookies and similar technologies", "Accept and continue", "5 October 2027", "By Oliver Grant", "Podcasts",
                "Share: LinkedIn", "Open a business account with Harwell Bank", "Cyber insurers raise premiums for hospitals",
                "Carevo's bonds slip as investors weigh attack", "Opinion: Health care's digital debt", "Sign up for Morning Briefing",
                "The Morning Standard Ltd"],
}

ARTICLES = [LOKAL, HB, KOMPASS, MS]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "auental-rabenfeld-aktuell.html": (render_html(LOKAL, LOKAL_SITE), False),
        "auental-handelsblick.txt": (render_txt(HB), False),
        "auental-wahrheitskompass.txt": (render_txt(KOMPASS), False),
        "auental-morning-standard.html": (render_html(MS, MS_SITE), False),
    }
