"""Held-out story 1: the ammonia leak at the Vellmar Agrochemie plant in Brennstedt (10 Sept 2026)
and the district office's closure order a week later (17 Sept 2026).

A German wire report (pam) and its light rewrite on a local news page (HTML), a local paper's RSS
feed with the early report and the follow-up a week later, and a tabloid that states the
citizens' group's accusation as fact and leaves out the company's denial.
Invented by the Parallax team (fourth writer): town, plant, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss

SID = "st-brennstedt-leak"
LEAK = "ev-brennstedt-leak"
CLOSURE = "ev-brennstedt-closure"
STORY = {"id": SID, "label": "Ammonia leak at the Vellmar Agrochemie fertiliser plant in Brennstedt",
         "events": [{"id": LEAK, "label": "Ammonia escapes from a cooling tank; residents evacuated, people injured"},
                    {"id": CLOSURE, "label": "A week later the district office keeps the plant shut and fines the company"}]}

TOWN = "brennstedt"
PLANT = "vellmar agrochemie"
FELD = "jonas feldmann"
BI = "sauberes brennstedt"
OST = "maren ostholt"
DO = "district office"
DAY = T("2026-09-10", "2026-09-10")
WEEK = T("2026-09-10", "2026-09-17")

GROUPS = [
    {"id": "brennstedt-injured", "story": SID, "status": "compatible",
     "why": "At least 15 in the first local report and 23 in the evening reports are earlier figures; a week later the district office gives 41 injured in all."},
    {"id": "brennstedt-evacuated", "story": SID, "status": "compatible",
     "why": "About 1,200 residents in three reports; the tabloid's 'Hunderte' and 'mehr als 1.000' are looser bounds that 1,200 satisfies."},
    {"id": "brennstedt-radius", "story": SID, "status": "agreed",
     "why": "The wire report and its rewrite both give a radius of two kilometres."},
    {"id": "brennstedt-responders", "story": SID, "status": "agreed",
     "why": "The wire report and its rewrite both give more than 150 emergency workers."},
    {"id": "brennstedt-ammonia", "story": SID, "status": "conflicting",
     "why": "The plant manager puts the leak at about two tonnes, the citizens' group at up to five."},
    {"id": "brennstedt-no-danger", "story": SID, "status": "agreed",
     "why": "Both the wire report and its rewrite carry the plant manager's statement that residents were never in danger."},
    {"id": "brennstedt-alarm", "story": SID, "status": "disputed",
     "why": "The citizens' group says the alarm came too late; Vellmar Agrochemie denies it (the tabloid states the delay as fact and omits the denial)."},
    {"id": "brennstedt-alarm-minutes", "story": SID, "status": "agreed",
     "why": "Three articles give the same delay of about 40 minutes (the citizens' group's figure; the tabloid states it as fact)."},
    {"id": "brennstedt-workforce", "story": SID, "status": "agreed",
     "why": "The wire report, its rewrite and the follow-up all give about 380 employees."},
    {"id": "brennstedt-children", "story": SID, "status": "single-source",
     "why": "Only the tabloid says seven of the injured were children."},
    {"id": "brennstedt-indoors", "story": SID, "status": "single-source",
     "why": "Only the tabloid says thousands more had to stay behind closed windows."},
    {"id": "brennstedt-zone-area", "story": SID, "status": "single-source",
     "why": "Only the first local report gives the closed-off area of about twelve square kilometres."},
    {"id": "brennstedt-closure", "story": SID, "status": "single-source",
     "why": "Only the follow-up reports that the plant stays shut until at least the end of October."},
    {"id": "brennstedt-cause", "story": SID, "status": "single-source",
     "why": "Only the follow-up reports the corroded valve found by the experts."},
    {"id": "brennstedt-fine", "story": SID, "status": "single-source",
     "why": "Only the follow-up reports the fine of 75,000 euros."},
    {"id": "brennstedt-damage", "story": SID, "status": "single-source",
     "why": "Only the follow-up gives the company's damage estimate of two to three million euros."},
]

# ---------------------------------------------------------------- pam wire report (txt with dateline)

PAM = {
    "input": "heldout/brennstedt-pam.txt", "story": SID, "event": LEAK,
    "publisher": "pam Presseagentur Mitte", "published": "2026-09-10T17:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["pam Presseagentur Mitte", "10.09.2026", "17:20 Uhr"],
    "blocks": [
        H("Ammoniak tritt aus Chemiewerk in Brennstedt aus – 23 Verletzte",
          claims=[Q("23 Verletzte", 23, "person", "wounded", subject=TOWN, group="brennstedt-injured", time=DAY)]),
        P(S("Aus einem Kühltank des Düngemittelherstellers Vellmar Agrochemie in Brennstedt ist am Donnerstagnachmittag Ammoniak ausgetreten."),
          S("Nach Angaben der Polizei wurden 23 Menschen verletzt, die meisten erlitten Reizungen der Atemwege.",
            claims=[Q("23 Menschen verletzt", 23, "person", "wounded", subject=TOWN, source="police",
                      group="brennstedt-injured", time=DAY)]),
          S("Rund 1.200 Anwohner mussten ihre Wohnungen im Umkreis von zwei Kilometern um das Werk verlassen.",
            claims=[Q("Rund 1.200 Anwohner", 1200, "person", "evacuated", qualifier="about", subject=TOWN,
                      group="brennstedt-evacuated", time=DAY),
                    Q("im Umkreis von zwei Kilometern", 2, "kilometre", "distance", subject="exclusion zone",
                      group="brennstedt-radius", time=DAY)])),
        P(S("Das Gas war gegen 14.30 Uhr an einem Ventil in Halle Nr. 4 ausgetreten."),
          S("Mehr als 150 Einsatzkräfte von Feuerwehr, Rettungsdienst und Polizei waren im Einsatz.",
            claims=[Q("Mehr als 150 Einsatzkräfte", 150, "person", "deployed", qualifier="more-than", subject=TOWN,
                      group="brennstedt-responders", time=DAY)]),
          S("Bis zum Abend galt für die ganze Stadt die Warnung, Fenster und Türen geschlossen zu halten.")),
        P(S("Werkleiter Dr. Jonas Feldmann sprach von einer „kurzzeitigen Betriebsstörung“.",
            loaded=[L("kurzzeitigen Betriebsstörung", "euphemism", "reported")]),
          S("Nach ersten Messungen seien etwa zwei Tonnen Ammoniak entwichen, eine Gefahr für die Bevölkerung habe zu keinem Zeitpunkt bestanden.",
            claims=[Q("etwa zwei Tonnen Ammoniak", 2, "tonne", None, qualifier="about", subject=PLANT, source=FELD,
                      hedged=True, group="brennstedt-ammonia", time=DAY),
                    ST("eine Gefahr für die Bevölkerung habe zu keinem Zeitpunkt bestanden", "ammonia leak",
                       "posed no danger to", "residents", "brennstedt-no-danger", source=FELD, hedged=True)])),
        P(S("Die Bürgerinitiative „Sauberes Brennstedt“ wirft dem Unternehmen vor, den Alarm zu spät ausgelöst zu haben.",
            claims=[ST("wirft dem Unternehmen vor, den Alarm zu spät ausgelöst zu haben", PLANT, "raised the alarm late",
                       "ammonia leak", "brennstedt-alarm", source=BI)]),
          S("Die Sirenen hätten erst rund 40 Minuten nach dem Austritt geheult, sagte Sprecherin Maren Ostholt.",
            claims=[Q("erst rund 40 Minuten nach dem Austritt", 40, "minute", "duration", qualifier="about", subject="alarm delay",
                      source=OST, hedged=True, group="brennstedt-alarm-minutes", time=DAY)]),
          S("Sie schätzt die ausgetretene Menge auf bis zu fünf Tonnen.",
            claims=[Q("bis zu fünf Tonnen", 5, "tonne", None, qualifier="up-to", subject=PLANT, source=OST,
                      group="brennstedt-ammonia", time=DAY)]),
          S("Vellmar Agrochemie wies den Vorwurf zurück: Der Alarm sei „unverzüglich“ ausgelöst worden.",
            claims=[ST("Vellmar Agrochemie wies den Vorwurf zurück", PLANT, "raised the alarm late", "ammonia leak",
                       "brennstedt-alarm", source=PLANT, denial=True)])),
        P(S("In dem Werk arbeiten rund 380 Beschäftigte.",
            claims=[Q("rund 380 Beschäftigte", 380, "worker", "employed", qualifier="about", subject=PLANT,
                      group="brennstedt-workforce")]),
          S("Die Staatsanwaltschaft prüft, ob sie Ermittlungen aufnimmt.")),
    ],
    "post": ["Themen: Chemie · Brennstedt · Umwelt",
             "",
             "Mehr zum Thema",
             "- Wie gefährlich ist Ammoniak? Die wichtigsten Fragen und Antworten",
             "",
             "Details | |",
             "",
             "© pam Presseagentur Mitte – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["pam Presseagentur Mitte", "10.09.2026", "17:20 Uhr", "Themen: Chemie · Brennstedt · Umwelt",
                "Mehr zum Thema", "Wie gefährlich ist Ammoniak?", "Details | |",
                "Weiterverbreitung nur mit Genehmigung"],
}

# ---------------------------------------------------------------- Kreisbote: light rewrite of pam (HTML)

KREIS_SITE = {
    "nav": ["Start", "Brennstedt", "Aldermark", "Sport", "Blaulicht", "Service"],
    "cookie": "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten. Sie können Ihre Einwilligung jederzeit widerrufen.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "10.09.2026, 18:05 Uhr",
    "share": "Teilen auf: Facebook · WhatsApp · E-Mail",
    "ad": "Anzeige – Fenster und Türen vom Fachmann: Glaserei Brück, Brennstedt, jetzt Beratungstermin sichern",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Sirenentest: So klingt der Warnton im Landkreis Aldermark",
                "Vellmar Agrochemie baut neue Lagerhalle",
                "Blaulicht: Brand in Gartenlaube in Mühlfeld"],
    "footer": "© 2026 Kreisbote Aldermark · Impressum · Datenschutz · Kontakt",
    "inline": '<div class="newsletter-box"><strong>Blaulicht-Newsletter</strong> Alle Einsätze im Landkreis – jeden Abend per E-Mail. <a href="/newsletter">Jetzt kostenlos abonnieren</a></div>',
}

KREIS = {
    "input": "heldout/brennstedt-kreisbote.html", "story": SID, "event": LEAK,
    "publisher": "Kreisbote Aldermark", "published": "2026-09-10T18:05:00+02:00",
    "language": "de", "authors": ["Petra Lindqvist"], "sensational": False,
    "blocks": [
        H("Ammoniak-Austritt in Brennstedt: 23 Menschen verletzt",
          claims=[Q("23 Menschen verletzt", 23, "person", "wounded", subject=TOWN, group="brennstedt-injured", time=DAY)]),
        P(S("Aus einem Kühltank des Düngemittelherstellers Vellmar Agrochemie in Brennstedt ist am Donnerstagnachmittag Ammoniak ausgetreten."),
          S("Der Polizei zufolge wurden 23 Menschen verletzt, die meisten mit Reizungen der Atemwege.",
            claims=[Q("23 Menschen verletzt", 23, "person", "wounded", subject=TOWN, source="police",
                      group="brennstedt-injured", time=DAY)]),
          S("Rund 1.200 Anwohner mussten ihre Wohnungen im Umkreis von zwei Kilometern um das Werk vorübergehend verlassen.",
            claims=[Q("Rund 1.200 Anwohner", 1200, "person", "evacuated", qualifier="about", subject=TOWN,
                      group="brennstedt-evacuated", time=DAY),
                    Q("im Umkreis von zwei Kilometern", 2, "kilometre", "distance", subject="exclusion zone",
                      group="brennstedt-radius", time=DAY)])),
        P(S("Das Gas war gegen 14.30 Uhr an einem Ventil in Halle Nr. 4 ausgetreten."),
          S("Mehr als 150 Einsatzkräfte von Feuerwehr, Rettungsdienst und Polizei waren vor Ort.",
            claims=[Q("Mehr als 150 Einsatzkräfte", 150, "person", "deployed", qualifier="more-than", subject=TOWN,
                      group="brennstedt-responders", time=DAY)])),
        P(S("Werkleiter Dr. Jonas Feldmann sprach von einer „kurzzeitigen Betriebsstörung“.",
            loaded=[L("kurzzeitigen Betriebsstörung", "euphemism", "reported")]),
          S("Nach ersten Messungen seien etwa zwei Tonnen Ammoniak entwichen, eine Gefahr für die Bevölkerung habe zu keinem Zeitpunkt bestanden.",
            claims=[Q("etwa zwei Tonnen Ammoniak", 2, "tonne", None, qualifier="about", subject=PLANT, source=FELD,
                      hedged=True, group="brennstedt-ammonia", time=DAY),
                    ST("eine Gefahr für die Bevölkerung habe zu keinem Zeitpunkt bestanden", "ammonia leak",
                       "posed no danger to", "residents", "brennstedt-no-danger", source=FELD, hedged=True)])),
        P(S("Die Bürgerinitiative „Sauberes Brennstedt“ wirft dem Unternehmen vor, den Alarm zu spät ausgelöst zu haben.",
            claims=[ST("wirft dem Unternehmen vor, den Alarm zu spät ausgelöst zu haben", PLANT, "raised the alarm late",
                       "ammonia leak", "brennstedt-alarm", source=BI)]),
          S("Die Sirenen hätten erst rund 40 Minuten nach dem Austritt geheult, sagte Sprecherin Maren Ostholt.",
            claims=[Q("erst rund 40 Minuten nach dem Austritt", 40, "minute", "duration", qualifier="about", subject="alarm delay",
                      source=OST, hedged=True, group="brennstedt-alarm-minutes", time=DAY)]),
          S("Sie schätzt die ausgetretene Menge auf bis zu fünf Tonnen.",
            claims=[Q("bis zu fünf Tonnen", 5, "tonne", None, qualifier="up-to", subject=PLANT, source=OST,
                      group="brennstedt-ammonia", time=DAY)]),
          S("Vellmar Agrochemie wies den Vorwurf zurück.",
            claims=[ST("Vellmar Agrochemie wies den Vorwurf zurück", PLANT, "raised the alarm late", "ammonia leak",
                       "brennstedt-alarm", source=PLANT, denial=True)])),
        P(S("In dem Werk arbeiten rund 380 Beschäftigte.",
            claims=[Q("rund 380 Beschäftigte", 380, "worker", "employed", qualifier="about", subject=PLANT,
                      group="brennstedt-workforce")]),
          S("Die Grundschule am Lindenweg bleibt am Freitag geschlossen, das Heimspiel des SV Brennstedt in der 2. Bundesliga am Samstag wurde abgesagt.")),
    ],
    "removed": ["Wir verwenden Cookies", "Einverstanden", "10.09.2026, 18:05 Uhr", "Von Petra Lindqvist", "Blaulicht-Newsletter",
                "Jetzt kostenlos abonnieren", "Teilen auf: Facebook", "Glaserei Brück", "Das könnte Sie auch interessieren",
                "Sirenentest: So klingt der Warnton im Landkreis Aldermark", "Vellmar Agrochemie baut neue Lagerhalle",
                "Brand in Gartenlaube in Mühlfeld", "Impressum · Datenschutz"],
}

# ---------------------------------------------------------------- Aldermärker Tageblatt RSS: early report + follow-up

CHANNEL = {"title": "Aldermärker Tageblatt – Lokales", "link": "https://aldermaerker-tageblatt.example/lokales",
           "description": "Nachrichten aus Brennstedt und dem Landkreis Aldermark", "language": "de"}

EARLY = {
    "input": "heldout/aldermark.rss#at-20260910-chemieunfall", "story": SID, "event": LEAK,
    "publisher": "Aldermärker Tageblatt", "published": "2026-09-10T16:05:00+02:00",
    "language": "de", "authors": ["Hannes Wiebking"], "sensational": False,
    "blocks": [
        H("Chemieunfall in Brennstedt: Anwohner sollen Fenster geschlossen halten"),
        P(S("Im Werk von Vellmar Agrochemie am Stadtrand von Brennstedt ist am Donnerstag gegen 14.30 Uhr Ammoniak ausgetreten."),
          S("Die Feuerwehr rief die Bewohner der umliegenden Straßen auf, Fenster und Türen zu schließen und Lüftungsanlagen abzuschalten.")),
        P(S("Mindestens 15 Menschen wurden laut Rettungsdienst mit Atembeschwerden behandelt.",
            claims=[Q("Mindestens 15 Menschen", 15, "person", "wounded", qualifier="at-least", subject=TOWN,
                      source="ambulance service", group="brennstedt-injured", time=DAY)]),
          S("Anwohner klagten z. B. über Kopfschmerzen und brennende Augen."),
          S("Etwa 1.200 Menschen aus den Wohngebieten Mühlfeld und Am Kanal wurden in Sicherheit gebracht, u. a. in die Turnhalle der Gesamtschule.",
            claims=[Q("Etwa 1.200 Menschen", 1200, "person", "evacuated", qualifier="about", subject=TOWN,
                      group="brennstedt-evacuated", time=DAY)]),
          S("Die Sperrzone umfasst rund zwölf Quadratkilometer.",
            claims=[Q("rund zwölf Quadratkilometer", 12, "square kilometre", "size", qualifier="about",
                      subject="exclusion zone", group="brennstedt-zone-area", time=DAY)])),
        P(S("Wie viel Gas ausgetreten ist, war am Nachmittag noch unklar."),
          S("Ein Sprecher des Unternehmens sagte, die Lage sei „unter Kontrolle“.")),
    ],
    "extra": '<p class="more">Mehr zum Thema: <a href="https://aldermaerker-tageblatt.example/liveblog-brennstedt">Liveblog: Chemieunfall in Brennstedt</a></p>',
    "removed": ["Mehr zum Thema: Liveblog: Chemieunfall in Brennstedt"],
}

LATER = {
    "input": "heldout/aldermark.rss#at-20260917-stilllegung", "story": SID, "event": CLOSURE,
    "publisher": "Aldermärker Tageblatt", "published": "2026-09-17T19:30:00+02:00",
    "language": "de", "authors": ["Hannes Wiebking"], "sensational": False,
    "blocks": [
        H("Nach Ammoniak-Unfall: Landratsamt legt Chemiewerk in Brennstedt still"),
        P(S("Das Werk von Vellmar Agrochemie in Brennstedt bleibt nach dem Ammoniak-Austritt vom 10. September bis mindestens Ende Oktober geschlossen.",
            claims=[ST("Das Werk von Vellmar Agrochemie in Brennstedt bleibt nach dem Ammoniak-Austritt vom 10. September bis mindestens Ende Oktober geschlossen",
                       "vellmar agrochemie plant", "stays closed", "until the end of october", "brennstedt-closure", source=DO)]),
          S("Das hat das Landratsamt Aldermark am Donnerstag angeordnet."),
          S("Wie die Behörde mitteilte, ist die Zahl der Verletzten inzwischen auf 41 gestiegen.",
            claims=[Q("auf 41 gestiegen", 41, "person", "wounded", subject=TOWN, source=DO,
                      group="brennstedt-injured", time=WEEK)])),
        P(S("Gutachter fanden nach Angaben des Landratsamts ein stark korrodiertes Ventil an einem der Kühltanks.",
            claims=[ST("Gutachter fanden nach Angaben des Landratsamts ein stark korrodiertes Ventil an einem der Kühltanks",
                       "corroded valve", "caused", "ammonia leak", "brennstedt-cause", source=DO)]),
          S("Zudem verhängte die Behörde ein Bußgeld von 75.000 Euro gegen das Unternehmen.",
            claims=[Q("ein Bußgeld von 75.000 Euro", 75000, "eur", "fined", subject=PLANT, group="brennstedt-fine")]),
          S("Den Sachschaden beziffert Vellmar Agrochemie auf zwei bis drei Millionen Euro.",
            claims=[Q("zwei bis drei Millionen Euro", None, "eur", "cost", qualifier="range", low=2000000, high=3000000,
                      subject=PLANT, source=PLANT, group="brennstedt-damage")])),
        P(S("„Erst wenn jedes Ventil geprüft ist, geht dort wieder etwas in Betrieb“, sagte Landrätin Prof. Dr. Ilse Wendrich.", "quote")),
        P(S("Die rund 380 Beschäftigten des Werks sollen bis dahin in den Standorten Gerolfingen und St. Aldern arbeiten, kündigte die Geschäftsführung an.",
            claims=[Q("Die rund 380 Beschäftigten", 380, "worker", "employed", qualifier="about", subject=PLANT,
                      source="management", group="brennstedt-workforce")]),
          S("Die Anwohner hatten bereits am 11. September in ihre Wohnungen zurückkehren dürfen."),
          S("Die Bürgerinitiative „Sauberes Brennstedt“ begrüßte die Entscheidung, hält aber an ihrem Vorwurf fest, der Alarm sei viel zu spät ausgelöst worden.",
            claims=[ST("der Alarm sei viel zu spät ausgelöst worden", PLANT, "raised the alarm late", "ammonia leak",
                       "brennstedt-alarm", source=BI, hedged=True)]),
          S("Das Unternehmen bestreitet das weiterhin.",
            claims=[ST("Das Unternehmen bestreitet das weiterhin", PLANT, "raised the alarm late", "ammonia leak",
                       "brennstedt-alarm", source=PLANT, denial=True)])),
    ],
    "extra": '<p class="tags">Themen: Brennstedt, Vellmar Agrochemie, Landratsamt Aldermark</p>',
    "removed": ["Themen: Brennstedt, Vellmar Agrochemie, Landratsamt Aldermark"],
}

# ---------------------------------------------------------------- Schlagzeile24: tabloid (txt with dateline)

BLITZ = {
    "input": "heldout/brennstedt-schlagzeile24.txt", "story": SID, "event": LEAK,
    "publisher": "Schlagzeile24", "published": "2026-09-11T06:30:00+02:00",
    "language": "de", "authors": ["Ronny Kaiser"], "sensational": True,
    "pre": ["Schlagzeile24", "11.09.2026 – 06:30", "Von Ronny Kaiser"],
    "blocks": [
        H("GIFTALARM! Todeswolke über Brennstedt – Hunderte fliehen aus ihren Häusern",
          claims=[Q("Hunderte fliehen", 200, "person", "evacuated", qualifier="at-least", subject=TOWN,
                    group="brennstedt-evacuated", time=DAY)],
          loaded=[L("GIFTALARM", "alarmist"), L("Todeswolke", "alarmist")]),
        P(S("Es war der Albtraum, vor dem die Brennstedter seit Jahren gewarnt hatten!",
            loaded=[L("Albtraum", "alarmist")]),
          S("Am Donnerstag um 14.30 Uhr strömte aus der Giftküche von Vellmar Agrochemie tonnenweise Ammoniak.",
            loaded=[L("Giftküche", "demonising")]),
          S("Mehr als 1.000 Anwohner mussten Hals über Kopf ihre Häuser verlassen.",
            claims=[Q("Mehr als 1.000 Anwohner", 1000, "person", "evacuated", qualifier="more-than", subject=TOWN,
                      group="brennstedt-evacuated", time=DAY)]),
          S("Tausende weitere saßen stundenlang hinter verriegelten Fenstern fest.",
            claims=[Q("Tausende weitere", 2000, "person", "affected", qualifier="at-least", subject=TOWN,
                      group="brennstedt-indoors", time=DAY)])),
        P(S("23 Menschen landeten im Krankenhaus, darunter sieben Kinder.",
            claims=[Q("23 Menschen landeten im Krankenhaus", 23, "person", "wounded", subject=TOWN,
                      group="brennstedt-injured", time=DAY),
                    Q("darunter sieben Kinder", 7, "child", "wounded", subject=TOWN, group="brennstedt-children", time=DAY)]),
          S("Die Sirenen heulten erst 40 Minuten nach dem Austritt!",
            claims=[Q("erst 40 Minuten nach dem Austritt", 40, "minute", "duration", subject="alarm delay",
                      group="brennstedt-alarm-minutes", time=DAY),
                    ST("Die Sirenen heulten erst 40 Minuten nach dem Austritt", PLANT, "raised the alarm late",
                       "ammonia leak", "brennstedt-alarm")]),
          S("„Meine Tochter hat kaum noch Luft bekommen, ich dachte, die vergiften uns alle“, sagt Anwohnerin Sandra M. (34).", "quote",
            loaded=[L("die vergiften uns alle", "alarmist", "reported")])),
        P(S("Für den Konzern war das alles nur eine „Betriebsstörung“.", "opinion",
            loaded=[L("„Betriebsstörung“", "euphemism", "distancing")])),
        H("Das meint Schlagzeile24"),
        P(S("Wie lange wollen Landkreis und Landesregierung eigentlich noch zusehen?", "opinion"),
          S("Seit Jahren klagen die Nachbarn über beißenden Gestank, passiert ist nichts.", "opinion"),
          S("Dieses Werk gehört sofort dichtgemacht – bevor es Tote gibt.", "opinion")),
    ],
    "post": ["Themen: #Brennstedt #Giftalarm #Chemie #Aldermark",
             "",
             "Auch interessant:",
             "- Horror-Unfall am Kreisel Nord: Lkw kracht in Stauende",
             "- Lotto am Mittwoch: Die Gewinnzahlen",
             "",
             "Schlagzeile24 jetzt als App – kostenlos im Store"],
    "removed": ["11.09.2026 – 06:30", "Von Ronny Kaiser", "Themen: #Brennstedt #Giftalarm #Chemie #Aldermark",
                "Auch interessant:", "Horror-Unfall am Kreisel Nord", "Lotto am Mittwoch: Die Gewinnzahlen",
                "jetzt als App – kostenlos im Store"],
}

ARTICLES = [PAM, KREIS, EARLY, LATER, BLITZ]

REWRITES = [["heldout/brennstedt-pam.txt", "heldout/brennstedt-kreisbote.html"]]


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    items = [(LATER, "at-20260917-stilllegung", "https://aldermaerker-tageblatt.example/lokales/chemiewerk-stillgelegt", LATER["extra"]),
             (EARLY, "at-20260910-chemieunfall", "https://aldermaerker-tageblatt.example/lokales/chemieunfall-brennstedt", EARLY["extra"])]
    return {
        "brennstedt-pam.txt": (render_txt(PAM), False),
        "brennstedt-kreisbote.html": (render_html(KREIS, KREIS_SITE), False),
        "aldermark.rss": (render_rss(CHANNEL, items), False),
        "brennstedt-schlagzeile24.txt": (render_txt(BLITZ), False),
    }
