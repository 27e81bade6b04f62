"""heldout5 story 1: a pharmacist in Pellwitz is arrested on suspicion of having prepared underdosed cancer
infusions for years (9 March 2027) and is indicted three months later (15 June 2027).

An agency report with a dateline block, a regional paper's rewrite of it (HTML), an English paper's own
report (HTML, German-English pair with the agency), a patients' association's press release on the
indictment (states the accusation and the agency's failure as fact), and a private clinic's advertorial on
the regional paper's site (same template as its report). Written for heldout5 by a fourteenth writer who
has not read the extractor. Every town, company, person, outlet and figure is invented.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html

SID = "st-pellwitz-pharmacy"
EV1 = "ev-pellwitz-arrest"
EV2 = "ev-pellwitz-indictment"
STORY = {"id": SID, "label": "Pellwitz pharmacist suspected of underdosing cancer infusions",
         "events": [{"id": EV1, "label": "Pharmacist Gernot Wahlfeld arrested after a raid on the Rosenhof pharmacy"},
                    {"id": EV2, "label": "Prosecutors indict the pharmacist"}]}

ARREST = T("2027-03-09", "2027-03-09")
SINCE = T("2024-01-01", "2027-03-09")
INDICT = T("2027-06-15", "2027-06-15")
PH = "gernot wahlfeld"
SHOP = "rosenhof pharmacy"
PROS = "prosecutors"
DIL = ("diluted", "cancer infusions")

GROUPS = [
    {"id": "pel-arrest", "story": SID, "status": "agreed",
     "why": "zpn, Kurier and Gazette: the police arrested the pharmacist on Tuesday."},
    {"id": "pel-dilution", "story": SID, "status": "disputed",
     "why": "Prosecutors suspect him of underdosing the infusions (zpn, Kurier, Gazette); BKH and the Vitalis advertorial state it as fact; Wahlfeld denies it through his lawyer (zpn, Kurier, Gazette)."},
    {"id": "pel-investigators", "story": SID, "status": "agreed",
     "why": "About 60 investigators in the raid (zpn, Kurier, Gazette)."},
    {"id": "pel-infusions", "story": SID, "status": "agreed",
     "why": "About 38,000 infusions prepared since early 2024 (zpn, Kurier, Gazette)."},
    {"id": "pel-samples", "story": SID, "status": "agreed",
     "why": "57 seized samples tested (zpn, Kurier, Gazette)."},
    {"id": "pel-underdosed", "story": SID, "status": "agreed",
     "why": "41 of the samples underdosed (zpn, Kurier, Gazette)."},
    {"id": "pel-dose-share", "story": SID, "status": "single-source",
     "why": "Only zpn: some samples held about 30 percent of the stated amount (the Gazette's 70 percent shortfall is the other side of it, a different measure)."},
    {"id": "pel-shortfall", "story": SID, "status": "single-source",
     "why": "Only the Gazette: some samples underdosed by about 70 percent."},
    {"id": "pel-patients", "story": SID, "status": "conflicting",
     "why": "Up to 2,400 patients affected according to the prosecutors (zpn, Kurier, Gazette) against more than 3,000 according to BKH, which says so against the authorities' figure."},
    {"id": "pel-damage", "story": SID, "status": "compatible",
     "why": "At least / more than 11 million euros in March (zpn, Kurier, Gazette, with the $12m equivalent) is an earlier figure beside 17.3 million in the indictment (BKH, Vitalis)."},
    {"id": "pel-whistleblower", "story": SID, "status": "agreed",
     "why": "zpn and Kurier: an employee's complaint started the investigation."},
    {"id": "pel-staff", "story": SID, "status": "agreed",
     "why": "zpn and Kurier: the pharmacy employs 23 people."},
    {"id": "pel-customer-years", "story": SID, "status": "single-source",
     "why": "Only the Kurier quotes a resident who bought her medicine there for 30 years."},
    {"id": "pel-las-warned", "story": SID, "status": "disputed",
     "why": "A former employee says she warned the LAS in 2025 (Gazette) and BKH states the LAS knew in 2025; the LAS denies receiving any warning before January (Gazette)."},
    {"id": "pel-indictment", "story": SID, "status": "agreed",
     "why": "BKH and Vitalis: the prosecutors have indicted the pharmacist."},
    {"id": "pel-counts", "story": SID, "status": "agreed",
     "why": "BKH and Vitalis: 14,650 counts in the indictment."},
    {"id": "pel-fund", "story": SID, "status": "single-source",
     "why": "Only BKH demands a compensation fund of at least 20 million euros."},
    {"id": "pel-trust", "story": SID, "status": "single-source",
     "why": "Only the Vitalis advertorial: the trust of thousands of patients is shaken."},
    {"id": "pel-vitalis-infusions", "story": SID, "status": "single-source",
     "why": "Only the Vitalis advertorial: more than 120,000 infusions prepared since 2019."},
    {"id": "pel-national-infusions", "story": SID, "status": "single-source",
     "why": "Only the Vitalis advertorial: about 2.1 million such infusions a year, according to the insurers."},
]

# ------------------------------------------------------------------ Zentralpresse Nord (de agency, dateline block)

ZPN = {
    "input": "heldout5/pellwitz-zpn.txt", "story": SID, "event": EV1,
    "publisher": "Zentralpresse Nord", "published": "2027-03-09T15:20:00+01:00",
    "language": "de", "authors": ["Helga Brettschneider"], "sensational": False,
    "pre": ["Zentralpresse Nord", "09.03.2027 · 15:20 Uhr", "Von Helga Brettschneider"],
    "blocks": [
        H("Apotheker in Pellwitz soll Krebsmedikamente gestreckt haben – Festnahme",
          claims=[ST("Apotheker in Pellwitz soll Krebsmedikamente gestreckt haben", PH, *DIL, "pel-dilution", hedged=True)]),
        P(S("PELLWITZ (zpn) – Die Polizei hat am Dienstag den Inhaber der Rosenhof-Apotheke in Pellwitz festgenommen.",
            claims=[ST("Die Polizei hat am Dienstag den Inhaber der Rosenhof-Apotheke in Pellwitz festgenommen", "police", "arrested", PH, "pel-arrest")]),
          S("Der 52 Jahre alte Apotheker Gernot Wahlfeld steht im Verdacht, über Jahre Infusionen für Krebspatienten mit zu wenig Wirkstoff hergestellt und trotzdem voll abgerechnet zu haben, wie die Staatsanwaltschaft Pellwitz mitteilte.",
            claims=[ST("steht im Verdacht, über Jahre Infusionen für Krebspatienten mit zu wenig Wirkstoff hergestellt und trotzdem voll abgerechnet zu haben",
                       PH, *DIL, "pel-dilution", source=PROS, hedged=True)]),
          S("Rund 60 Ermittler durchsuchten die Apotheke, das angeschlossene Labor und die Wohnung des Apothekers.",
            claims=[Q("Rund 60 Ermittler", 60, "person", "deployed", "about", subject=SHOP, group="pel-investigators", time=ARREST)])),
        P(S("Nach Angaben der Ermittler wurden seit Anfang 2024 rund 38.000 Infusionen in dem Labor zubereitet.",
            claims=[Q("rund 38.000 Infusionen", 38000, None, "produced", "about", subject=SHOP, source="investigators",
                      group="pel-infusions", time=SINCE)]),
          S("Von 57 sichergestellten Proben enthielten laut Staatsanwaltschaft 41 deutlich weniger Wirkstoff als angegeben, einige nur etwa 30 Prozent.",
            claims=[Q("Von 57 sichergestellten Proben", 57, None, "size", subject=SHOP, source=PROS, group="pel-samples", time=ARREST),
                    Q("enthielten laut Staatsanwaltschaft 41", 41, None, None, subject=SHOP, source=PROS, group="pel-underdosed", time=ARREST),
                    Q("einige nur etwa 30 Prozent", 30, "percent", None, "about", subject=SHOP, source=PROS, group="pel-dose-share", time=ARREST)]),
          S("Nach Schätzung der Staatsanwaltschaft sind bis zu 2.400 Patientinnen und Patienten betroffen.",
            claims=[Q("bis zu 2.400 Patientinnen und Patienten", 2400, "patient", "affected", "up-to", subject=SHOP, source=PROS,
                      group="pel-patients", time=ARREST)]),
          S("Den Schaden für die Krankenkassen beziffern die Ermittler auf mindestens elf Millionen Euro.",
            claims=[Q("mindestens elf Millionen Euro", 11000000, "eur", "cost", "at-least", subject=PH, source="investigators",
                      group="pel-damage", time=ARREST)])),
        P(S("Wahlfeld weist die Vorwürfe über seinen Anwalt zurück.",
            claims=[ST("Wahlfeld weist die Vorwürfe über seinen Anwalt zurück", PH, "denies", "diluted cancer infusions", "pel-dilution",
                       source=PH, denial=True)]),
          S("„Mein Mandant hat jede einzelne Infusion nach Vorschrift hergestellt“, sagte Rechtsanwalt Till Haverkamp.", "quote",
            claims=[ST("Mein Mandant hat jede einzelne Infusion nach Vorschrift hergestellt", PH, "denies", "diluted cancer infusions",
                       "pel-dilution", source="till haverkamp", denial=True)])),
        P(S("Ins Rollen gebracht hatte die Ermittlungen eine Mitarbeiterin der Apotheke, die im Januar Anzeige erstattet hatte.",
            claims=[ST("eine Mitarbeiterin der Apotheke, die im Januar Anzeige erstattet hatte", "pharmacy employee", "filed complaint", PH,
                       "pel-whistleblower")]),
          S("Die Apotheke beschäftigt 23 Mitarbeiterinnen und Mitarbeiter; sie bleibt vorerst geschlossen.",
            claims=[Q("23 Mitarbeiterinnen und Mitarbeiter", 23, "worker", "employed", subject=SHOP, group="pel-staff", time=ARREST)]),
          S("Das Landesamt für Arzneimittelsicherheit (LAS) kündigte an, alle Betroffenen über ihre behandelnden Ärzte zu informieren.")),
    ],
    "post": ["zpn hb/kl", "© Zentralpresse Nord. Alle Rechte vorbehalten. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["09.03.2027 · 15:20 Uhr", "Von Helga Brettschneider", "zpn hb/kl", "© Zentralpresse Nord",
                "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

# ------------------------------------------------------------------ Pellwitzer Kurier (de, HTML; rewrite of zpn)

KURIER_SITE = {
    "nav": ["Pellwitz", "Landkreis", "Blaulicht", "Sport", "Wirtschaft", "Leserbriefe", "E-Paper"],
    "cookie": "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit „Akzeptieren“ stimmen Sie zu.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "Dienstag, 09.03.2027, 18:05 Uhr",
    "share": "Teilen · Drucken · Merken",
    "ad": "Anzeige: Autohaus Gandrup – Frühjahrs-Check für nur 49 Euro, jetzt Termin sichern",
    "related_title": "Auch interessant",
    "related": ["Wochenmarkt zieht zurück auf den Kirchplatz", "Stadtrat vertagt Entscheidung über Hallenbad",
                "Blaulicht: Auffahrunfall auf der B 417 bei Trellin"],
    "footer": "© Pellwitzer Kurier 2027 · Impressum · Datenschutz · AGB · Abo-Service 0800 7712 900",
    "inline": '<div class="paywall-teaser"><strong>Kurier plus</strong> Lesen Sie alle Artikel für 1 Euro im ersten Monat.</div>',
    "inline_at": 2,
    "after": '<p class="tags">Schlagworte: Apotheke · Staatsanwaltschaft · Gesundheit · Pellwitz</p>',
}

KURIER = {
    "input": "heldout5/pellwitz-kurier.html", "story": SID, "event": EV1,
    "publisher": "Pellwitzer Kurier", "published": "2027-03-09T18:05:00+01:00",
    "language": "de", "authors": ["Jonas Dressler"], "sensational": False,
    "blocks": [
        H("Razzia in der Rosenhof-Apotheke: Inhaber festgenommen",
          claims=[ST("Inhaber festgenommen", "police", "arrested", PH, "pel-arrest")]),
        P(S("Mit einem Großaufgebot von etwa 60 Ermittlern hat die Polizei am Dienstag die Rosenhof-Apotheke an der Lindenstraße 14 durchsucht.",
            claims=[Q("etwa 60 Ermittlern", 60, "person", "deployed", "about", subject=SHOP, group="pel-investigators", time=ARREST)]),
          S("Inhaber Gernot Wahlfeld (52) wurde festgenommen.",
            claims=[ST("Inhaber Gernot Wahlfeld (52) wurde festgenommen", "police", "arrested", PH, "pel-arrest")]),
          S("Die Staatsanwaltschaft wirft ihm vor, Krebsinfusionen jahrelang mit zu wenig Wirkstoff zubereitet, aber voll abgerechnet zu haben.",
            claims=[ST("Die Staatsanwaltschaft wirft ihm vor, Krebsinfusionen jahrelang mit zu wenig Wirkstoff zubereitet, aber voll abgerechnet zu haben",
                       PH, *DIL, "pel-dilution", source=PROS)])),
        P(S("Seit Anfang 2024 sollen in dem Labor hinter der Apotheke rund 38.000 Infusionen entstanden sein.",
            claims=[Q("rund 38.000 Infusionen", 38000, None, "produced", "about", subject=SHOP, source=PROS, hedged=True,
                      group="pel-infusions", time=SINCE)]),
          S("Von 57 Proben, die die Ermittler mitnahmen, waren laut Staatsanwaltschaft 41 unterdosiert.",
            claims=[Q("Von 57 Proben", 57, None, "size", subject=SHOP, source=PROS, group="pel-samples", time=ARREST),
                    Q("waren laut Staatsanwaltschaft 41 unterdosiert", 41, None, None, subject=SHOP, source=PROS, group="pel-underdosed", time=ARREST)]),
          S("Betroffen sind demnach bis zu 2400 Patienten aus der Region.",
            claims=[Q("bis zu 2400 Patienten", 2400, "patient", "affected", "up-to", subject=SHOP, source=PROS, group="pel-patients", time=ARREST)]),
          S("Der Schaden liegt nach ersten Schätzungen bei mehr als elf Millionen Euro.",
            claims=[Q("mehr als elf Millionen Euro", 11000000, "eur", "cost", "more-than", subject=PH, group="pel-damage", time=ARREST)])),
        P(S("Über seinen Anwalt ließ Wahlfeld die Vorwürfe zurückweisen.",
            claims=[ST("Über seinen Anwalt ließ Wahlfeld die Vorwürfe zurückweisen", PH, "denies", "diluted cancer infusions", "pel-dilution",
                       source=PH, denial=True)]),
          S("Ausgelöst hatte die Ermittlungen die Anzeige einer Angestellten.",
            claims=[ST("Ausgelöst hatte die Ermittlungen die Anzeige einer Angestellten", "pharmacy employee", "filed complaint", PH,
                       "pel-whistleblower")])),
        P(S("In der Lindenstraße herrschte am Nachmittag Fassungslosigkeit."),
          S("„Ich habe hier 30 Jahre lang meine Tabletten geholt“, sagte eine Anwohnerin.", "quote",
            claims=[Q("30 Jahre lang", 30, "year", "duration", subject="resident", source="residents", group="pel-customer-years", time=None)]),
          S("Die Apotheke mit ihren 23 Beschäftigten bleibt bis auf Weiteres geschlossen.",
            claims=[Q("23 Beschäftigten", 23, "worker", "employed", subject=SHOP, group="pel-staff", time=ARREST)]),
          S("Patientinnen und Patienten mit Fragen können sich beim Landesamt für Arzneimittelsicherheit unter 0800 3341 700 melden.")),
    ],
    "removed": ["Wir verwenden Cookies", "Dienstag, 09.03.2027, 18:05 Uhr", "Leserbriefe", "Teilen · Drucken · Merken",
                "Autohaus Gandrup", "Frühjahrs-Check für nur 49 Euro", "Wochenmarkt zieht zurück auf den Kirchplatz",
                "Stadtrat vertagt Entscheidung über Hallenbad", "Auffahrunfall auf der B 417 bei Trellin", "© Pellwitzer Kurier 2027",
                "Abo-Service 0800 7712 900", "Kurier plus", "Lesen Sie alle Artikel für 1 Euro im ersten Monat.",
                "Schlagworte: Apotheke · Staatsanwaltschaft · Gesundheit · Pellwitz"],
}

# ------------------------------------------------------------------ Westbury Gazette (en, HTML; own report, pair with zpn)

GAZETTE_SITE = {
    "nav": ["News", "World", "Health", "Business", "Opinion", "Sport", "Puzzles"],
    "cookie": "We and our 214 partners use cookies to personalise content and ads. Manage your preferences at any time.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Wednesday 10 March 2027 07.30 GMT",
    "share": "Share on X · Share on Facebook · Copy link",
    "ad": "Advertisement: Harrow & Quarles Opticians – two pairs for £99 this month only",
    "related_title": "Most read",
    "related": ["The quiet crisis in rural dentistry", "Five walks for the first warm weekend", "Why is my energy bill still so high?"],
    "footer": "© 2027 Westbury Gazette Media Ltd. Registered in England No. 0448812.",
    "inline": '<aside class="newsletter"><p>Sign up to Health Check, our free weekly newsletter</p></aside>',
    "inline_at": 3,
}

GAZETTE = {
    "input": "heldout5/pellwitz-gazette.html", "story": SID, "event": EV1,
    "publisher": "Westbury Gazette", "published": "2027-03-10T07:30:00+00:00",
    "language": "en", "authors": ["Tamsin Pritchard"], "sensational": False,
    "blocks": [
        H("Pharmacist arrested in Pellwitz over claims he diluted cancer drugs for years",
          claims=[ST("Pharmacist arrested in Pellwitz", "police", "arrested", PH, "pel-arrest"),
                  ST("claims he diluted cancer drugs for years", PH, *DIL, "pel-dilution", hedged=True)]),
        P(S("Police in the town of Pellwitz have arrested a pharmacist suspected of supplying cancer patients with infusions that contained only a fraction of the prescribed drug.",
            claims=[ST("Police in the town of Pellwitz have arrested a pharmacist", "police", "arrested", PH, "pel-arrest"),
                    ST("suspected of supplying cancer patients with infusions that contained only a fraction of the prescribed drug",
                       PH, *DIL, "pel-dilution", hedged=True)]),
          S("Gernot Wahlfeld, 52, who runs the Rosenhof pharmacy, was detained on Tuesday after about 60 investigators searched his shop and laboratory, prosecutors said.",
            claims=[Q("about 60 investigators", 60, "person", "deployed", "about", subject=SHOP, source=PROS, group="pel-investigators", time=ARREST)])),
        P(S("Prosecutors believe he prepared some 38,000 infusions since early 2024 and billed health insurers for full doses.",
            claims=[Q("some 38,000 infusions", 38000, None, "produced", "about", subject=SHOP, source=PROS, group="pel-infusions", time=SINCE)]),
          S("Tests on 57 seized samples found that 41 were underdosed, in some cases by around 70 percent.",
            claims=[Q("Tests on 57 seized samples", 57, None, "size", subject=SHOP, group="pel-samples", time=ARREST),
                    Q("41 were underdosed", 41, None, None, subject=SHOP, group="pel-underdosed", time=ARREST),
                    Q("by around 70 percent", 70, "percent", "decrease", "about", subject=SHOP, group="pel-shortfall", time=ARREST)]),
          S("The prosecutors' office estimates that as many as 2,400 patients are affected and puts the damage to insurers at no less than €11m ($12m).",
            claims=[Q("as many as 2,400 patients", 2400, "patient", "affected", "up-to", subject=SHOP, source=PROS, group="pel-patients", time=ARREST),
                    Q("no less than €11m", 11000000, "eur", "cost", "at-least", subject=PH, source=PROS, group="pel-damage", time=ARREST),
                    Q("($12m)", 12000000, "usd", "cost", "at-least", subject=PH, source=PROS, group="pel-damage", time=ARREST)])),
        P(S("Through his lawyer, Wahlfeld denied any wrongdoing.",
            claims=[ST("Through his lawyer, Wahlfeld denied any wrongdoing", PH, "denies", "diluted cancer infusions", "pel-dilution",
                       source=PH, denial=True)])),
        P(S("The case has raised questions about oversight of the small laboratories that prepare chemotherapy for hospitals and clinics."),
          S("A former employee told the Gazette she had alerted the state drug-safety agency, LAS, to irregularities as early as 2025.",
            claims=[ST("she had alerted the state drug-safety agency, LAS, to irregularities as early as 2025", "former employee", "warned", "las",
                       "pel-las-warned", source="former employee")]),
          S("The agency said it had received no such warning before January this year.",
            claims=[ST("The agency said it had received no such warning before January this year", "las", "denies", "warned in 2025",
                       "pel-las-warned", source="las", denial=True)]),
          S("“We acted within hours of the first complaint,” a spokeswoman said.", "quote")),
    ],
    "removed": ["We and our 214 partners use cookies", "Wednesday 10 March 2027 07.30 GMT", "Puzzles", "Share on X",
                "Harrow & Quarles Opticians", "two pairs for £99", "The quiet crisis in rural dentistry",
                "Five walks for the first warm weekend", "Why is my energy bill still so high?", "© 2027 Westbury Gazette Media Ltd.",
                "Registered in England No. 0448812.", "Sign up to Health Check"],
}

# ------------------------------------------------------------------ Bundesverband Krebspatienten-Hilfe (de press release, txt)

BKH = {
    "input": "heldout5/pellwitz-bkh.txt", "story": SID, "event": EV2,
    "publisher": "Bundesverband Krebspatienten-Hilfe e. V.", "published": "2027-06-15T12:00:00+02:00",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["Bundesverband Krebspatienten-Hilfe e. V.", "15.06.2027 · 12:00 Uhr", "PRESSEMITTEILUNG"],
    "blocks": [
        H("Anklage im Pellwitzer Zytostatika-Skandal: Betroffene brauchen endlich Gewissheit!",
          loaded=[L("Zytostatika-Skandal", "alarmist")]),
        P(S("Die Staatsanwaltschaft Pellwitz hat am Dienstag Anklage gegen den Apotheker Gernot Wahlfeld erhoben.",
            claims=[ST("Die Staatsanwaltschaft Pellwitz hat am Dienstag Anklage gegen den Apotheker Gernot Wahlfeld erhoben", PROS, "indicted", PH,
                       "pel-indictment")]),
          S("Sie legt ihm Verstöße gegen das Arzneimittelgesetz in 14.650 Fällen sowie gewerbsmäßigen Betrug zur Last.",
            claims=[Q("in 14.650 Fällen", 14650, "case", None, subject=PH, source=PROS, group="pel-counts", time=INDICT)]),
          S("Der Schaden für die Krankenkassen soll sich inzwischen auf 17,3 Millionen Euro belaufen.",
            claims=[Q("17,3 Millionen Euro", 17300000, "eur", "cost", subject=PH, source=PROS, hedged=True, group="pel-damage", time=INDICT)])),
        P(S("Für uns ist klar: Hier hat sich ein skrupelloser Geschäftemacher am Leid todkranker Menschen bereichert.", "opinion",
            claims=[ST("Hier hat sich ein skrupelloser Geschäftemacher am Leid todkranker Menschen bereichert", PH, *DIL, "pel-dilution", source="bkh")],
            loaded=[L("skrupelloser Geschäftemacher", "demonising")]),
          S("Nach unseren Informationen sind mehr als 3.000 Patientinnen und Patienten betroffen – weit mehr, als die Behörden bisher einräumen.",
            claims=[Q("mehr als 3.000 Patientinnen und Patienten", 3000, "patient", "affected", "more-than", subject=SHOP, source="bkh",
                      group="pel-patients", time=INDICT)]),
          S("Und das Landesamt für Arzneimittelsicherheit wusste bereits 2025 von den Hinweisen – und hat nichts getan.",
            claims=[ST("das Landesamt für Arzneimittelsicherheit wusste bereits 2025 von den Hinweisen", "las", "ignored", "warned in 2025",
                       "pel-las-warned")])),
        H("Wir fordern:"),
        LI(S("eine unabhängige Untersuchung des Behördenversagens,", "opinion",
             loaded=[L("Behördenversagens", "demonising")])),
        LI(S("einen Entschädigungsfonds von mindestens 20 Millionen Euro für alle Betroffenen,", "opinion",
             claims=[Q("mindestens 20 Millionen Euro", 20000000, "eur", None, "at-least", subject="compensation fund", source="bkh",
                       group="pel-fund", time=INDICT)])),
        LI(S("kostenlose Nachuntersuchungen für jede Patientin und jeden Patienten.", "opinion")),
        P(S("Betroffene erreichen unsere Beratung unter 0800 2218 400, montags bis freitags von 9 bis 16 Uhr."),
          S("Unterstützen Sie unsere Arbeit – jede Spende hilft!", "opinion")),
    ],
    "post": ["Pressekontakt: Miriam Feldhake, Telefon 030 5518 2290, presse@bkh-verband.example",
             "Über uns: Der Bundesverband Krebspatienten-Hilfe e. V. vertritt nach eigenen Angaben mehr als 40.000 Mitglieder in 180 Ortsgruppen."],
    "removed": ["15.06.2027 · 12:00 Uhr", "PRESSEMITTEILUNG", "Pressekontakt: Miriam Feldhake", "030 5518 2290",
                "presse@bkh-verband.example", "mehr als 40.000 Mitglieder in 180 Ortsgruppen"],
}

# ------------------------------------------------------------------ Vitalis advertorial on the Kurier's site (de, HTML)

VITALIS_SITE = dict(KURIER_SITE)
VITALIS_SITE.update({
    "date_label": "Montag, 21.06.2027, 06:00 Uhr",
    "inline": '<div class="sponsored-label">Anzeige · Ein Angebot unseres Werbepartners Vitalis Onkologie-Zentrum</div>',
    "inline_at": 0,
    "after": '<div class="cta"><a href="https://vitalis-onko.example/termin">Jetzt Beratungstermin vereinbaren: 0800 8844 120</a></div>\n'
             '<p class="tags">Schlagworte: Anzeige · Gesundheit</p>',
    "related": ["Sommerfest im Stadtpark: Das Programm", "Neue Ortsumgehung: Baustart im Herbst",
                "Blaulicht: Fahrraddiebe am Bahnhof gefasst"],
})

VITALIS = {
    "input": "heldout5/pellwitz-vitalis.html", "story": SID, "event": EV2,
    "publisher": "Pellwitzer Kurier", "published": "2027-06-21T06:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Sicherheit, die man messen kann: Worauf Krebspatienten jetzt achten sollten"),
        P(S("Der Fall des Pellwitzer Apothekers, der Krebsinfusionen gestreckt hat, erschüttert das Vertrauen Tausender Patientinnen und Patienten.",
            claims=[ST("des Pellwitzer Apothekers, der Krebsinfusionen gestreckt hat", PH, *DIL, "pel-dilution"),
                    Q("Tausender Patientinnen und Patienten", 2000, "patient", None, "at-least", subject="patients' trust", group="pel-trust",
                      time=None)]),
          S("Vergangene Woche hat die Staatsanwaltschaft Anklage erhoben.",
            claims=[ST("Vergangene Woche hat die Staatsanwaltschaft Anklage erhoben", PROS, "indicted", PH, "pel-indictment")]),
          S("Laut Anklage geht es um 14.650 Fälle und einen Schaden von 17,3 Millionen Euro.",
            claims=[Q("14.650 Fälle", 14650, "case", None, subject=PH, source=PROS, group="pel-counts", time=INDICT),
                    Q("einen Schaden von 17,3 Millionen Euro", 17300000, "eur", "cost", subject=PH, source=PROS, group="pel-damage", time=INDICT)])),
        P(S("Im Vitalis Onkologie-Zentrum setzen wir auf den Goldstandard der Sicherheit: Jede Infusion wird vor der Abgabe ein zweites Mal im hauseigenen Labor geprüft.",
            "opinion", loaded=[L("Goldstandard der Sicherheit", "glorifying")]),
          S("Seit 2019 haben wir mehr als 120.000 Infusionen zubereitet – ohne eine einzige Beanstandung.",
            claims=[Q("mehr als 120.000 Infusionen", 120000, None, "produced", "more-than", subject="vitalis", source="vitalis",
                      group="pel-vitalis-infusions", time=T("2019-01-01", "2027-06-21"))]),
          S("Unsere Patientinnen und Patienten profitieren von kurzen Wegen, persönlicher Betreuung und modernster Technik.", "opinion",
            loaded=[L("modernster Technik", "glorifying")]),
          S("Vereinbaren Sie noch heute Ihr kostenloses Beratungsgespräch!", "opinion")),
        H("Gut zu wissen"),
        P(S("Nach Angaben der Krankenkassen werden im Land jährlich rund 2,1 Millionen solcher Infusionen zubereitet.",
            claims=[Q("rund 2,1 Millionen solcher Infusionen", 2100000, None, "produced", "about", subject="country", source="insurers",
                      group="pel-national-infusions", time=None)]),
          S("Fragen Sie Ihre Klinik ruhig, wie dort die Qualität kontrolliert wird.", "opinion")),
    ],
    "removed": ["Montag, 21.06.2027, 06:00 Uhr", "Anzeige · Ein Angebot unseres Werbepartners", "Jetzt Beratungstermin vereinbaren",
                "0800 8844 120", "Schlagworte: Anzeige · Gesundheit", "Autohaus Gandrup", "Sommerfest im Stadtpark: Das Programm",
                "Neue Ortsumgehung: Baustart im Herbst", "Fahrraddiebe am Bahnhof gefasst", "Wir verwenden Cookies", "© Pellwitzer Kurier 2027"],
}

ARTICLES = [ZPN, KURIER, GAZETTE, BKH, VITALIS]

REWRITES = [["heldout5/pellwitz-zpn.txt", "heldout5/pellwitz-kurier.html"]]


def files():
    return {
        "pellwitz-zpn.txt": (render_txt(ZPN), False),
        "pellwitz-kurier.html": (render_html(KURIER, KURIER_SITE), False),
        "pellwitz-gazette.html": (render_html(GAZETTE, GAZETTE_SITE), False),
        "pellwitz-bkh.txt": (render_txt(BKH), False),
        "pellwitz-vitalis.html": (render_html(VITALIS, VITALIS_SITE), False),
    }
