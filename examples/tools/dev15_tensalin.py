"""dev15 story 3: the Veskanian drugmaker Carvena Pharma recalls 38 batches of its blood-pressure drug Tensalin after a
possibly carcinogenic impurity is found (Tuesday, 4 March 2031); a patients' group says the company knew for five months
and kept shipping, Carvena denies it.

The company's German press release (its own figures, the denial), the German public broadcaster's HTML page, an English
wire report (a DE–EN pair in own words with the broadcaster; recall cost with a dollar equivalent, a fall in the share
price) and a law firm's German advertorial two days later (.txt.gz) that states the patients' group's charge as fact,
omits the denial and ends with a call to action. Invented by the Parallax team: country, company, drug, agency,
associations, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html

SID = "st-tensalin-recall"
EV = "ev-tensalin-recall"
STORY = {"id": SID, "label": "Carvena recalls the blood-pressure drug Tensalin",
         "events": [{"id": EV, "label": "Carvena Pharma recalls 38 batches of Tensalin contaminated with a nitrosamine impurity (4 March 2031)"}]}

CAR = "carvena"
VAB = "vab"
PF = "patientenforum veskanien"
DRUG = "tensalin"
RECALL = "tensalin recall"
DAY = T("2031-03-04", "2031-03-04")
SINCE_OCT = T("2030-10-01", "2031-03-04")
KNEW = ("carvena", "ignored", "contamination findings")

GROUPS = [
    {"id": "cv-batches", "story": SID, "status": "agreed",
     "why": "38 batches recalled (Carvena's release, headline and body; VRF; Meridian; Rothbart & Kessler)."},
    {"id": "cv-packs", "story": SID, "status": "agreed",
     "why": "About 1.4 million packs delivered since October (Carvena; VRF; Meridian, headline and body)."},
    {"id": "cv-patients", "story": SID, "status": "agreed",
     "why": "About 200,000 patients (VAB via VRF), some 210,000 (VAB via Meridian) and 'mehr als 200.000' (Rothbart & Kessler) state one figure within their qualifiers."},
    {"id": "cv-impurity", "story": SID, "status": "agreed",
     "why": "Up to 1,300 nanograms per tablet (Carvena, VRF, Meridian; VAB via Rothbart & Kessler)."},
    {"id": "cv-limit", "story": SID, "status": "agreed", "why": "A limit of 96 nanograms (Carvena, VRF, Meridian, Rothbart & Kessler)."},
    {"id": "cv-cost", "story": SID, "status": "agreed",
     "why": "The recall costs about 25 million euros by Carvena's estimate (release; Meridian '€25 million ($27 million)')."},
    {"id": "cv-known", "story": SID, "status": "disputed",
     "why": "Patientenforum Veskanien says Carvena knew of the impurity for five months and kept shipping (VRF hedged, Meridian 'alleges'); the release quotes the charge; Rothbart & Kessler state it as fact; Carvena denies it (release, VRF, Meridian); the advertorial omits the denial."},
    {"id": "cv-months", "story": SID, "status": "agreed",
     "why": "Five months, the patients' group's figure (VRF hedged, Meridian hedged; Rothbart & Kessler as fact)."},
    {"id": "cv-queries", "story": SID, "status": "single-source", "why": "Only VRF: more than 6,000 queries to pharmacies on the first day."},
    {"id": "cv-shortage", "story": SID, "status": "single-source", "why": "Only VRF: substitutes may run short for two to three weeks (VAB)."},
    {"id": "cv-pharmacies", "story": SID, "status": "single-source", "why": "Only VRF: the pharmacists' association has nearly 3,100 member pharmacies."},
    {"id": "cv-shares", "story": SID, "status": "single-source", "why": "Only Meridian: Carvena's shares fell 11 percent."},
    {"id": "cv-compensation", "story": SID, "status": "single-source", "why": "Only Rothbart & Kessler: damages of up to 15,000 euros in comparable cases."},
    {"id": "cv-clients", "story": SID, "status": "single-source", "why": "Only Rothbart & Kessler: more than 300 clients."},
]

# ------------------------------------------------------------------ Carvena press release (de, dateline block)

PR = {
    "input": "dev15/tensalin-carvena.txt", "story": SID, "event": EV,
    "publisher": "Carvena Pharma AG", "published": "2031-03-04T09:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEINFORMATION", "Carvena Pharma AG", "Solvitz, 4. März 2031"],
    "blocks": [
        H("Carvena Pharma ruft vorsorglich 38 Chargen des Blutdrucksenkers Tensalin zurück",
          claims=[Q("38 Chargen", 38, None, None, subject=DRUG, source=CAR, group="cv-batches", time=DAY)]),
        P(S("Die Carvena Pharma AG ruft in Abstimmung mit der Veskanischen Arzneimittelbehörde (VAB) vorsorglich 38 Chargen des Blutdrucksenkers Tensalin in allen Wirkstärken zurück.",
            claims=[Q("38 Chargen", 38, None, None, subject=DRUG, source=CAR, group="cv-batches", time=DAY)]),
          S("Bei routinemäßigen Qualitätsprüfungen wurde in einzelnen Chargen die Verunreinigung N-Nitroso-Tensalin nachgewiesen.")),
        P(S("Die gemessenen Werte lagen bei bis zu 1.300 Nanogramm je Tablette.",
            claims=[Q("bis zu 1.300 Nanogramm", 1300, None, None, "up-to", subject=DRUG, source=CAR, group="cv-impurity", time=DAY)]),
          S("Der von der VAB festgelegte Grenzwert liegt bei 96 Nanogramm.",
            claims=[Q("96 Nanogramm", 96, None, None, subject=DRUG, source=CAR, group="cv-limit", time=None)]),
          S("Nach derzeitigem Kenntnisstand besteht für Patientinnen und Patienten keine akute Gefährdung.")),
        P(S("Von den betroffenen Chargen wurden seit Oktober 2030 rund 1,4 Millionen Packungen an Apotheken und Großhändler ausgeliefert.",
            claims=[Q("rund 1,4 Millionen Packungen", 1400000, "pack", "delivered", "about", subject=DRUG, source=CAR, group="cv-packs", time=SINCE_OCT)]),
          S("Apotheken werden gebeten, die Ware bis zum 18. März an den Großhandel zurückzusenden.")),
        P(S("Patientinnen und Patienten sollten Tensalin keinesfalls eigenmächtig absetzen, sondern mit ihrer Ärztin oder ihrem Arzt über ein Ersatzpräparat sprechen."),
          S("Für Fragen ist eine kostenlose Hotline unter 0800 / 227 83 62 geschaltet.")),
        P(S('Tensalin wird seit 2016 in Veskanien vertrieben und ist zur Behandlung von Bluthochdruck zugelassen.'), S('Andere Arzneimittel von Carvena sind von dem Rückruf nicht betroffen.'), S('Die Ursache der Verunreinigung wird derzeit gemeinsam mit dem Lieferanten des Wirkstoffs untersucht.'), S('Bis zur Klärung hat Carvena die Produktion von Tensalin vorsorglich unterbrochen.')),
        P(S("Carvena hat die Verunreinigung nach eigenen Erkenntnissen erstmals am 27. Februar festgestellt und die Behörde noch am selben Tag informiert."),
          S("Berichte, wonach Carvena bereits seit Monaten von der Verunreinigung gewusst und dennoch weiter ausgeliefert habe, weisen wir entschieden zurück.",
            claims=[ST("wonach Carvena bereits seit Monaten von der Verunreinigung gewusst und dennoch weiter ausgeliefert habe", *KNEW, "cv-known", source="media", hedged=True),
                    ST("weisen wir entschieden zurück", *KNEW, "cv-known", source=CAR, denial=True)])),
        P(S("„Die Sicherheit der Patientinnen und Patienten hat für uns oberste Priorität“, sagte Vorstandschefin Annika Sollberg.", "quote"),
          S("„Wir bedauern die Verunsicherung, die dieser Rückruf auslöst.“", "quote"),
          S("Die Kosten des Rückrufs beziffert das Unternehmen auf rund 25 Millionen Euro.",
            claims=[Q("rund 25 Millionen Euro", 25000000, "eur", "cost", "about", subject=RECALL, source=CAR, group="cv-cost", time=DAY)])),
    ],
    "post": ["Über Carvena: Die Carvena Pharma AG mit Sitz in Solvitz beschäftigt rund 3.200 Mitarbeiterinnen und Mitarbeiter und gehört zu den größten Generikaherstellern Veskaniens.",
             "Pressekontakt: Lena Habicht, presse@carvena.example, Tel. 0621 / 400 11 80"],
    "removed": ["PRESSEINFORMATION", "Solvitz, 4. März 2031", "Über Carvena:", "rund 3.200 Mitarbeiterinnen und Mitarbeiter",
                "Pressekontakt: Lena Habicht", "0621 / 400 11 80"],
}

# ------------------------------------------------------------------ VRF (de public broadcaster, HTML)

VRF_SITE = {
    "nav": ["Startseite", "Veskanien", "Regionen", "Wirtschaft", "Gesundheit", "Wetter", "Mediathek", "Radio"],
    "cookie": "Der VRF verwendet Cookies, um sein Angebot zu verbessern. Details finden Sie in der Datenschutzerklärung.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "Stand: 04.03.2031, 18:10 Uhr",
    "share": "Teilen per Mail · Messenger · Link kopieren",
    "ad": "VRF-Mediathek: Die Reihe „Gesund im Alter“ jetzt in 6 Folgen",
    "related_title": "Mehr zum Thema",
    "related": ["Bluthochdruck: 5 Mythen im Check", "Lieferengpässe: Jedes dritte Antibiotikum knapp",
                "Was Sie bei Arzneimittelrückrufen tun sollten"],
    "footer": "© Veskanischer Rundfunk 2031 · Impressum · Barrierefreiheit · Kontakt",
    "inline": '<div class="video"><strong>Video:</strong> <a href="/video/tensalin-rueckruf">Der Bericht aus dem Abendjournal (2:48 Min.)</a></div>',
    "inline_at": 2,
    "after": '<p class="hinweis">Hinweis: Die Liste der betroffenen Chargen veröffentlicht die VAB auf ihrer Internetseite.</p>',
}

VRF = {
    "input": "dev15/tensalin-vrf.html", "story": SID, "event": EV,
    "publisher": "Veskanischer Rundfunk", "published": "2031-03-04T18:10:00+01:00",
    "language": "de", "authors": ["Katrin Ebersbach"], "sensational": False,
    "blocks": [
        H("Rückruf von Blutdruckmittel Tensalin: Patientenforum wirft Hersteller Vertuschung vor",
          claims=[ST("Patientenforum wirft Hersteller Vertuschung vor", *KNEW, "cv-known", source=PF)]),
        P(S("Der Pharmahersteller Carvena ruft 38 Chargen seines Blutdrucksenkers Tensalin zurück.",
            claims=[Q("38 Chargen", 38, None, None, subject=DRUG, group="cv-batches", time=DAY)]),
          S("In einzelnen Tabletten war eine möglicherweise krebserregende Verunreinigung gefunden worden.")),
        P(S("Nach Angaben der Arzneimittelbehörde VAB nehmen rund 200.000 Menschen in Veskanien das Mittel regelmäßig ein.",
            claims=[Q("rund 200.000 Menschen", 200000, "person", None, "about", subject=DRUG, source=VAB, group="cv-patients", time=DAY)]),
          S("Betroffen sind etwa 1,4 Millionen Packungen, die seit Oktober ausgeliefert wurden.",
            claims=[Q("etwa 1,4 Millionen Packungen", 1400000, "pack", "delivered", "about", subject=DRUG, group="cv-packs", time=SINCE_OCT)])),
        P(S("Die gemessenen Werte lagen bei bis zu 1.300 Nanogramm pro Tablette, zulässig sind 96 Nanogramm.",
            claims=[Q("bis zu 1.300 Nanogramm", 1300, None, None, "up-to", subject=DRUG, group="cv-impurity", time=DAY),
                    Q("96 Nanogramm", 96, None, None, subject=DRUG, group="cv-limit", time=None)]),
          S("Ein Sprecher der Behörde sagte, das zusätzliche Krebsrisiko bei einer Einnahme über wenige Monate sei gering.")),
        P(S("Das Patientenforum Veskanien erhebt schwere Vorwürfe."),
          S("Carvena habe nach internen Laborbefunden schon seit fünf Monaten von der Verunreinigung gewusst und trotzdem weiter ausgeliefert, sagte Sprecherin Miriam Oettl.",
            claims=[ST("Carvena habe nach internen Laborbefunden schon seit fünf Monaten von der Verunreinigung gewusst und trotzdem weiter ausgeliefert", *KNEW, "cv-known", source=PF, hedged=True),
                    Q("seit fünf Monaten", 5, "month", "duration", subject="contamination findings", source=PF, hedged=True, group="cv-months", time=None)]),
          S("„Hier wurde aus Profitgier mit der Gesundheit kranker Menschen gespielt“, sagte Oettl.", "quote",
            loaded=[L("Profitgier", "demonising", "reported")])),
        P(S("Carvena weist das zurück.",
            claims=[ST("Carvena weist das zurück", *KNEW, "cv-known", source=CAR, denial=True)]),
          S("Man habe die Verunreinigung erst am 27. Februar entdeckt und die Behörde sofort informiert, erklärte das Unternehmen.")),
        P(S('Nitrosamine können bei der Herstellung von Wirkstoffen unter bestimmten Bedingungen entstehen und gelten in hohen Dosen als krebserregend.'), S('Schon vor einigen Jahren hatten Behörden in mehreren Ländern Blutdruckmittel wegen ähnlicher Verunreinigungen zurückgerufen.'), S('Carvena hat die Produktion von Tensalin nach eigenen Angaben vorerst gestoppt.'), S('Gesundheitsministerin Dana Kuralt kündigte an, die Kontrollen bei importierten Wirkstoffen zu verschärfen, die Opposition verlangt eine Sondersitzung des Gesundheitsausschusses.')),
        P(S('In Apotheken bildeten sich am Dienstag teils lange Schlangen, viele Kundinnen und Kunden wollten wissen, ob ihre Packung betroffen ist.'), S('Die Chargennummer ist auf der Seitenlasche der Packung aufgedruckt.')),
        P(S("Der Apothekerverband, dem knapp 3.100 Apotheken angehören, meldete allein am Dienstag mehr als 6.000 Anfragen verunsicherter Kundinnen und Kunden.",
            claims=[Q("knapp 3.100 Apotheken", 3100, None, None, "about", subject="pharmacists association", group="cv-pharmacies", time=None),
                    Q("mehr als 6.000 Anfragen", 6000, "question", None, "more-than", subject=RECALL, source="pharmacists association", group="cv-queries", time=DAY)]),
          S("Die VAB rät Patientinnen und Patienten, das Medikament nicht ohne Rücksprache mit der Arztpraxis abzusetzen."),
          S("Nach Einschätzung der Behörde könnten Ersatzpräparate für zwei bis drei Wochen knapp werden.",
            claims=[Q("für zwei bis drei Wochen", None, "week", "duration", "range", low=2, high=3, subject="tensalin substitutes", source=VAB, group="cv-shortage", time=None)]),
          S("Tensalin gehört zu den am häufigsten verordneten Blutdruckmitteln des Landes.")),
    ],
    "removed": ["Der VRF verwendet Cookies", "Stand: 04.03.2031, 18:10 Uhr", "Die Reihe „Gesund im Alter“ jetzt in 6 Folgen",
                "Bluthochdruck: 5 Mythen im Check", "Jedes dritte Antibiotikum knapp", "Was Sie bei Arzneimittelrückrufen tun sollten",
                "© Veskanischer Rundfunk 2031", "Der Bericht aus dem Abendjournal (2:48 Min.)",
                "Die Liste der betroffenen Chargen veröffentlicht die VAB auf ihrer Internetseite"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, dateline block)

MERIDIAN = {
    "input": "dev15/tensalin-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2031-03-04T16:30:00+01:00",
    "language": "en", "authors": ["Hana Whitcombe"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "Mar 4, 2031 16:30 CET", "By Hana Whitcombe"],
    "blocks": [
        H("Veskanian drugmaker Carvena recalls 1.4 million packs of blood pressure pill",
          claims=[Q("1.4 million packs", 1400000, "pack", None, subject=DRUG, group="cv-packs", time=DAY)]),
        P(S("Carvena Pharma, one of Veskania's largest makers of generic drugs, is recalling 38 batches of its blood pressure medicine Tensalin after tests found a possible carcinogen in some tablets, the company said on Tuesday.",
            claims=[Q("38 batches", 38, None, None, subject=DRUG, source=CAR, group="cv-batches", time=DAY)]),
          S("About 1.4 million packs from the affected batches have been delivered to pharmacies since October.",
            claims=[Q("About 1.4 million packs", 1400000, "pack", "delivered", "about", subject=DRUG, group="cv-packs", time=SINCE_OCT)])),
        P(S("Levels of the impurity reached up to 1,300 nanograms per tablet, against a limit of 96 nanograms.",
            claims=[Q("up to 1,300 nanograms", 1300, None, None, "up-to", subject=DRUG, group="cv-impurity", time=DAY),
                    Q("a limit of 96 nanograms", 96, None, None, subject=DRUG, group="cv-limit", time=None)]),
          S("Some 210,000 patients in Veskania take the drug, according to the medicines agency VAB.",
            claims=[Q("Some 210,000 patients", 210000, "patient", None, "about", subject=DRUG, source=VAB, group="cv-patients", time=DAY)])),
        P(S("Carvena put the cost of the recall at about €25 million ($27 million).",
            claims=[Q("about €25 million", 25000000, "eur", "cost", "about", subject=RECALL, source=CAR, group="cv-cost", time=DAY),
                    Q("$27 million", 27000000, "usd", "cost", "about", subject=RECALL, source=CAR, group="cv-cost", time=DAY)]),
          S("Its shares fell 11 percent in Solvitz trading.",
            claims=[Q("fell 11 percent", 11, "percent", "decrease", subject="carvena shares", group="cv-shares", time=DAY)])),
        P(S("The patients' group Patientenforum Veskanien alleges that Carvena's own laboratory detected the impurity five months ago and that the company kept shipping the drug.",
            claims=[ST("Carvena's own laboratory detected the impurity five months ago and that the company kept shipping the drug", *KNEW, "cv-known", source=PF, hedged=True),
                    Q("five months ago", 5, "month", "duration", subject="contamination findings", source=PF, hedged=True, group="cv-months", time=None)]),
          S("Carvena denies this, saying it first found the impurity on February 27 and alerted the agency the same day.",
            claims=[ST("Carvena denies this", *KNEW, "cv-known", source=CAR, denial=True)])),
        P(S('Carvena said it had halted production of Tensalin while it investigates the cause together with the supplier of the active ingredient.'), S('The health ministry said it would tighten checks on imported ingredients.')),
        P(S("Patients should not stop taking the drug without consulting a doctor, the agency said."),
          S("Pharmacies have been asked to return their stock by March 18.")),
    ],
    "post": ["(Reporting by Hana Whitcombe; editing by Ruth Amberley)", "", "Copyright 2031 Meridian Wire. All rights reserved."],
    "removed": ["Mar 4, 2031 16:30 CET", "By Hana Whitcombe", "(Reporting by Hana Whitcombe; editing by Ruth Amberley)",
                "Copyright 2031 Meridian Wire"],
}

# ------------------------------------------------------------------ Rothbart & Kessler (de law-firm advertorial, .txt.gz; omits the denial)

ADV = {
    "input": "dev15/tensalin-anzeige.txt.gz", "story": SID, "event": EV,
    "publisher": "Rothbart & Kessler Rechtsanwälte", "published": "2031-03-06T08:00:00+01:00",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Rothbart & Kessler Rechtsanwälte", "06.03.2031"],
    "blocks": [
        H("Pharma-Skandal um Tensalin: Carvena wusste seit Monaten Bescheid – jetzt Schmerzensgeld sichern!",
          claims=[ST("Carvena wusste seit Monaten Bescheid", *KNEW, "cv-known")],
          loaded=[L("Pharma-Skandal", "alarmist")]),
        P(S("Mehr als 200.000 Menschen in Veskanien haben über Monate ein verunreinigtes Blutdruckmittel eingenommen.",
            claims=[Q("Mehr als 200.000 Menschen", 200000, "person", None, "more-than", subject=DRUG, group="cv-patients", time=DAY)]),
          S("Der Hersteller Carvena ruft jetzt 38 Chargen von Tensalin zurück.",
            claims=[Q("38 Chargen", 38, None, None, subject=DRUG, group="cv-batches", time=DAY)]),
          S("Nach Messungen der Arzneimittelbehörde enthielten einzelne Tabletten bis zu 1.300 Nanogramm der Verunreinigung – der Grenzwert liegt bei 96 Nanogramm.",
            claims=[Q("bis zu 1.300 Nanogramm", 1300, None, None, "up-to", subject=DRUG, source=VAB, group="cv-impurity", time=DAY),
                    Q("96 Nanogramm", 96, None, None, subject=DRUG, group="cv-limit", time=None)])),
        P(S("Was viele Betroffene nicht wissen: Carvena wusste schon seit fünf Monaten von der Verunreinigung – und lieferte trotzdem weiter aus.",
            claims=[ST("Carvena wusste schon seit fünf Monaten von der Verunreinigung – und lieferte trotzdem weiter aus", *KNEW, "cv-known"),
                    Q("seit fünf Monaten", 5, "month", "duration", subject="contamination findings", group="cv-months", time=None)]),
          S("Ein solches Vorgehen ist skrupellos.", "opinion", loaded=[L("skrupellos", "demonising")])),
        P(S('Viele Patientinnen und Patienten sind verunsichert und wissen nicht, ob ihnen etwas zusteht.'), S('Die Antwort lautet oft: Ja.', 'opinion'), S('Nach dem Arzneimittelgesetz haften Hersteller auch dann, wenn ihnen kein Verschulden nachgewiesen wird.'), S('Je früher Sie handeln, desto besser lassen sich Beweise sichern.', 'opinion')),
        P(S("In vergleichbaren Fällen haben Gerichte Geschädigten ein Schmerzensgeld von bis zu 15.000 Euro zugesprochen.",
            claims=[Q("bis zu 15.000 Euro", 15000, "eur", "paid", "up-to", subject="comparable cases", group="cv-compensation", time=None)]),
          S("Wer Tensalin eingenommen hat, sollte seine Ansprüche jetzt prüfen lassen, bevor Fristen ablaufen.", "opinion")),
        P(S('Warten Sie nicht, bis andere für Sie entscheiden.', 'opinion'), S('Wir prüfen Ihre Unterlagen und sagen Ihnen ehrlich, ob sich ein Verfahren lohnt.'), S('Bei einer Rechtsschutzversicherung übernehmen wir auch die Korrespondenz mit Ihrem Versicherer.')),
        P(S("So gehen Sie vor:")),
        LI(S("Bewahren Sie Packungen, Beipackzettel und Kassenbons auf.")),
        LI(S("Lassen Sie sich die Einnahme von Ihrer Ärztin oder Ihrem Arzt schriftlich bestätigen.")),
        LI(S("Schicken Sie uns die Unterlagen, wir prüfen Ihren Fall.")),
        P(S('Unsere Fachanwälte für Medizinrecht haben bereits zahlreiche Verfahren gegen Pharmaunternehmen geführt.')),
        P(S("Unsere Kanzlei vertritt bereits mehr als 300 Mandantinnen und Mandanten im Tensalin-Verfahren.",
            claims=[Q("mehr als 300 Mandantinnen und Mandanten", 300, "person", None, "more-than", subject="rothbart & kessler", source="rothbart & kessler", group="cv-clients", time=None)]),
          S("Lassen Sie sich das nicht gefallen!", "opinion"),
          S("Rufen Sie uns jetzt an: 0800 / 76 84 25 37 – kostenlos und unverbindlich.", "opinion")),
    ],
    "post": ["Rothbart & Kessler Rechtsanwälte PartG mbB · Ringstraße 12 · Solvitz",
             "Diese Anzeige wurde von Rothbart & Kessler verantwortet. Jetzt Rückruf vereinbaren – 24/7 erreichbar."],
    "removed": ["ANZEIGE", "06.03.2031", "Rothbart & Kessler Rechtsanwälte PartG mbB", "Ringstraße 12",
                "Diese Anzeige wurde von Rothbart & Kessler verantwortet", "24/7 erreichbar"],
}

ARTICLES = [PR, VRF, MERIDIAN, ADV]

REWRITES = []


def files():
    return {
        "tensalin-carvena.txt": (render_txt(PR), False),
        "tensalin-vrf.html": (render_html(VRF, VRF_SITE), False),
        "tensalin-meridian.txt": (render_txt(MERIDIAN), False),
        "tensalin-anzeige.txt.gz": (render_txt(ADV), True),
    }
