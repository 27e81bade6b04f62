"""dev5 story 2: a crowd crush outside Gate 7 of the Nordring Arena in Brenndorf, Ardesia, before the
Ardesian Cup final (22 May 2027), and the first inquiry report six days later.

A public broadcaster's feed entry on the night (Atom; the feed's other entry is the look-alike
Gravenport crush), a German tabloid the next day, a police union's press release (plain text without
dateline block), an English-language daily (HTML, same template as its Gravenport report), an English
wire item (JSON Lines `text` item) and a local paper's report on the inquiry with a closing comment.
Invented by the Parallax team (sixth writer): state, city, clubs, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, LI, render_txt, render_html

SID = "st-brenndorf-crush"
CRUSH = "ev-brenndorf-crush"
INQUIRY = "ev-brenndorf-inquiry"
STORY = {"id": SID, "label": "Crowd crush at the Ardesian Cup final in Brenndorf",
         "events": [{"id": CRUSH, "label": "Crush outside Gate 7 of the Nordring Arena before the cup final"},
                    {"id": INQUIRY, "label": "Interior ministry presents its first inquiry report six days later"}]}

POL = "police"
AFV = "afv"
FANS = "fanbündnis orlau"
PGA = "pga"
MIN = "interior ministry"
ARENA = "nordring arena"
SAT = T("2027-05-22", "2027-05-22")
SUN = T("2027-05-22", "2027-05-23")

GROUPS = [
    {"id": "brenndorf-killed", "story": SID, "status": "compatible",
     "why": "Three dead on Saturday night (ARF; Coastline Press 'from three'); four from Sunday, when a 17-year-old died in hospital (Blitz-Kurier, Herald, Coastline Press, PGA, Anzeiger): an earlier figure and the later toll."},
    {"id": "brenndorf-injured", "story": SID, "status": "compatible",
     "why": "83 injured (police via the Herald; Anzeiger) and 'more than 80' / 'über 80' (Blitz-Kurier text and fact box) agree; ARF's 'Dutzende' on the night and Coastline Press's 'at least 60' are looser figures."},
    {"id": "brenndorf-serious", "story": SID, "status": "agreed",
     "why": "Eleven seriously injured in the Blitz-Kurier and the Herald."},
    {"id": "brenndorf-officers", "story": SID, "status": "agreed",
     "why": "14 officers injured in the PGA release and the Herald."},
    {"id": "brenndorf-officers-hospital", "story": SID, "status": "single-source",
     "why": "Only the PGA release says two injured officers were kept in hospital."},
    {"id": "brenndorf-gate-crowd", "story": SID, "status": "compatible",
     "why": "'Tausende'/'thousands' in front of Gate 7 (ARF, Herald) are looser figures beside the inquiry's about 6,000 (Anzeiger)."},
    {"id": "brenndorf-ticketless", "story": SID, "status": "single-source",
     "why": "Only the Herald gives the police estimate of some 3,000 fans without tickets."},
    {"id": "brenndorf-crowd", "story": SID, "status": "conflicting",
     "why": "The federation's 41,800 tickets sold, the police's roughly 45,000 people in and around the stadium (both Herald) and the Blitz-Kurier's more than 50,000 cannot all be true."},
    {"id": "brenndorf-capacity", "story": SID, "status": "agreed",
     "why": "The arena holds 42,000 (Blitz-Kurier; '42,000-seat' in the Herald)."},
    {"id": "brenndorf-kickoff-delay", "story": SID, "status": "agreed",
     "why": "The final kicked off 40 minutes late (ARF, Blitz-Kurier, Herald, Coastline Press)."},
    {"id": "brenndorf-police", "story": SID, "status": "agreed",
     "why": "About 1,200 officers on duty (a police spokesman on ARF, PGA, Coastline Press) and 1,200 in the Blitz-Kurier's fact box agree."},
    {"id": "brenndorf-gate", "story": SID, "status": "disputed",
     "why": "Orlau fans say police locked Gate 7; the police, the police union and the inquiry report deny it (ARF, Blitz-Kurier, PGA, Herald, Coastline Press, Anzeiger)."},
    {"id": "brenndorf-stewards", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger reports the inquiry's finding that stewards of Wallner Security locked the gate."},
    {"id": "brenndorf-gate-closed", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger gives the 14 minutes the gate was locked (headline, report and comment)."},
    {"id": "brenndorf-rioters", "story": SID, "status": "single-source",
     "why": "Only the PGA release blames 'einige Hundert' violent fans without tickets."},
    {"id": "brenndorf-demand-posts", "story": SID, "status": "single-source",
     "why": "Only the PGA release demands at least 500 more riot-police posts."},
    {"id": "brenndorf-fine", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger gives the sports court's fine of 250,000 euros."},
    {"id": "brenndorf-aid", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger gives the emergency aid of 10,000 euros per family."},
    {"id": "brenndorf-wallner-ban", "story": SID, "status": "single-source",
     "why": "Only the Anzeiger says Wallner Security is to guard no more matches for now (a decision, not hearsay)."},
]


def killed(text, value, source=None, time=SUN, qualifier="exact"):
    return Q(text, value, "person", "killed", qualifier=qualifier, subject=ARENA, source=source,
             group="brenndorf-killed", time=time)


def gate(text, source=None, hedged=False):
    return ST(text, POL, "closed", "gate 7", "brenndorf-gate", source=source, hedged=hedged)


def gate_denied(text, source=POL, hedged=False):
    return ST(text, POL, "closed", "gate 7", "brenndorf-gate", source=source, hedged=hedged, denial=True)


def delay(text):
    return Q(text, 40, "minute", "duration", subject="cup final", group="brenndorf-kickoff-delay", time=SAT)


def police(text, source=None):
    return Q(text, 1200, "person", "deployed", qualifier="about", subject=POL, source=source,
             group="brenndorf-police", time=SAT)


# ---------------------------------------------------------------- 1. ARF feed entry (Atom; feed written by dev5_gravenport)

ARF = {
    "input": "dev5/arf-nachrichten.atom#tag:arf.example,2027:nachrichten/pokalfinale-brenndorf-5521",
    "story": SID, "event": CRUSH,
    "publisher": "ARF Nachrichten", "published": "2027-05-22T23:40:00+02:00",
    "language": "de", "authors": ["Lea Hoffmeister"], "sensational": False,
    "blocks": [
        H("Gedränge beim Pokalfinale in Brenndorf: drei Tote",
          claims=[killed("drei Tote", 3, time=SAT)]),
        P(S("Beim Finale um den Ardesischen Pokal in Brenndorf sind am Samstagabend drei Menschen bei einem Gedränge vor dem Stadion ums Leben gekommen.",
            claims=[killed("drei Menschen", 3, time=SAT)]),
          S("Dutzende wurden verletzt, einige von ihnen schwer.",
            claims=[Q("Dutzende wurden verletzt", None, "person", "wounded", qualifier="at-least", low=24, subject=ARENA,
                      group="brenndorf-injured", time=SAT)])),
        P(S("Nach Angaben der Polizei drängten sich gegen 20.10 Uhr Tausende Fans vor dem Eingang Tor 7 der Nordring-Arena.",
            claims=[Q("Tausende Fans", None, "person", None, qualifier="at-least", low=2000, subject="gate 7", source=POL,
                      group="brenndorf-gate-crowd", time=SAT)]),
          S("Mehrere Menschen seien dort gestürzt und von Nachdrängenden überrannt worden.")),
        P(S("Anhänger der Sportfreunde Orlau werfen der Polizei vor, das Tor kurz vor dem Anpfiff geschlossen zu haben.",
            claims=[gate("Anhänger der Sportfreunde Orlau werfen der Polizei vor, das Tor kurz vor dem Anpfiff geschlossen zu haben",
                         source="orlau fans")]),
          S("Ein Polizeisprecher wies das zurück.",
            claims=[gate_denied("Ein Polizeisprecher wies das zurück")])),
        P(S("Das Spiel zwischen dem FC Halmstein und den Sportfreunden Orlau wurde mit 40 Minuten Verspätung angepfiffen.",
            claims=[delay("mit 40 Minuten Verspätung")]),
          S("Verbandspräsident Rainer Obst sprach von einem „tragischen Zwischenfall“.",
            loaded=[L("tragischen Zwischenfall", "euphemism", "reported")]),
          S("„Wir waren mit rund 1.200 Beamtinnen und Beamten im Einsatz“, sagte ein Polizeisprecher.", "quote",
            claims=[police("rund 1.200 Beamtinnen und Beamten", source=POL)])),
    ],
    "extra": '<p>Mehr dazu in den ARF-Nachrichten im Radio, stündlich ab 6 Uhr.</p>',
    "removed": ["Mehr dazu in den ARF-Nachrichten im Radio", "stündlich ab 6 Uhr"],
}

# ---------------------------------------------------------------- 2. tabloid (txt, dateline block)

BLITZ = {
    "input": "dev5/brenndorf-blitz.txt", "story": SID, "event": CRUSH,
    "publisher": "BLITZ-KURIER", "published": "2027-05-23T14:30:00+02:00",
    "language": "de", "authors": ["Sven Kracht", "Dana Pohl"], "sensational": True,
    "pre": ["BLITZ-KURIER", "23.05.2027", "14:30 Uhr", "Von Sven Kracht und Dana Pohl"],
    "blocks": [
        H("TODESFALLE TOR 7! Vier Tote beim Horror-Finale",
          claims=[killed("Vier Tote", 4)],
          loaded=[L("TODESFALLE", "alarmist"), L("Horror-Finale", "alarmist")]),
        P(S("Es sollte ein Fußballfest werden – es wurde ein Albtraum.",
            loaded=[L("Albtraum", "alarmist")]),
          S("Beim Pokalfinale in Brenndorf starben vier Menschen, mehr als 80 wurden verletzt, elf davon schwer.",
            claims=[killed("starben vier Menschen", 4),
                    Q("mehr als 80 wurden verletzt", 80, "person", "wounded", qualifier="more-than", subject=ARENA,
                      group="brenndorf-injured", time=SUN),
                    Q("elf davon schwer", 11, "person", "wounded", subject="seriously injured", group="brenndorf-serious",
                      time=SUN)]),
          S("Ein 17-Jähriger erlag am Sonntagmorgen in der St.-Vitus-Klinik seinen Verletzungen.")),
        P(S("Fans berichten, die Polizei habe Tor 7 kurz vor dem Anpfiff einfach dichtgemacht.",
            claims=[gate("die Polizei habe Tor 7 kurz vor dem Anpfiff einfach dichtgemacht", source="fans", hedged=True)]),
          S("„Wir wurden gegen das Gitter gepresst, ich bekam keine Luft mehr“, sagt Orlau-Fan Jonas R. (24).", "quote"),
          S("Die Polizei bestreitet das.",
            claims=[gate_denied("Die Polizei bestreitet das")])),
        P(S("Über 50.000 Menschen sollen sich im und vor dem Stadion gedrängt haben – dabei fasst die Arena gerade einmal 42.000.",
            claims=[Q("Über 50.000 Menschen", 50000, "person", None, qualifier="more-than", subject=ARENA, hedged=True,
                      group="brenndorf-crowd", time=SAT),
                    Q("fasst die Arena gerade einmal 42.000", 42000, "seat", "size", subject=ARENA, group="brenndorf-capacity")]),
          S("Und trotzdem wurde angepfiffen – mit 40 Minuten Verspätung!",
            claims=[delay("mit 40 Minuten Verspätung")])),
        H("DAS HORROR-FINALE IN ZAHLEN", loaded=[L("HORROR-FINALE", "alarmist")]),
        LI(S("Tote: 4", claims=[killed("Tote: 4", 4)])),
        LI(S("Verletzte: über 80", claims=[Q("Verletzte: über 80", 80, "person", "wounded", qualifier="more-than",
                                          subject=ARENA, group="brenndorf-injured", time=SUN)])),
        LI(S("Polizisten im Einsatz: 1.200", claims=[Q("Polizisten im Einsatz: 1.200", 1200, "person", "deployed",
                                                    subject=POL, group="brenndorf-police", time=SAT)])),
        P(S("Wer trägt die Verantwortung für vier Tote und dieses Desaster?", "opinion",
            claims=[killed("vier Tote", 4)]),
          S("Die Chaos-Funktionäre vom Verband jedenfalls ducken sich weg.", "opinion",
            loaded=[L("Chaos-Funktionäre", "demonising"), L("ducken sich weg", "belittling")]),
          S("BLITZ fordert: Verbandsboss Obst muss zurücktreten!", "opinion")),
    ],
    "post": ["Lesen Sie auch: Die bewegenden Bilder der Trauer vor der Nordring-Arena",
             "",
             "BLITZ+ – Alle Artikel für 0,99 € im ersten Monat",
             "",
             "Themen: Pokalfinale, Brenndorf, Polizei, Fußball"],
    "removed": ["BLITZ-KURIER", "23.05.2027", "Von Sven Kracht und Dana Pohl",
                "Lesen Sie auch: Die bewegenden Bilder der Trauer vor der Nordring-Arena",
                "Alle Artikel für 0,99 € im ersten Monat", "Themen: Pokalfinale, Brenndorf, Polizei, Fußball"],
}

# ---------------------------------------------------------------- 3. police union press release (txt, no dateline block)

PGA_REL = {
    "input": "dev5/brenndorf-pga.txt", "story": SID, "event": CRUSH,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Polizeigewerkschaft: Unsere Kolleginnen und Kollegen haben in Brenndorf Leben gerettet",
          loaded=[L("Leben gerettet", "glorifying")]),
        P(S("Die Polizeigewerkschaft Ardesien (PGA) weist die Vorwürfe gegen die Einsatzkräfte beim Pokalfinale in Brenndorf mit Nachdruck zurück.",
            claims=[gate_denied("weist die Vorwürfe gegen die Einsatzkräfte beim Pokalfinale in Brenndorf mit Nachdruck zurück", source=PGA)]),
          S("Die Behauptung, Polizeikräfte hätten Tor 7 geschlossen, ist schlicht falsch.",
            claims=[gate_denied("Die Behauptung, Polizeikräfte hätten Tor 7 geschlossen, ist schlicht falsch", source=PGA)])),
        P(S("Rund 1.200 Beamtinnen und Beamte haben am Samstagabend unter schwierigsten Bedingungen heldenhaft gearbeitet.",
            claims=[police("Rund 1.200 Beamtinnen und Beamte")],
            loaded=[L("heldenhaft", "glorifying")]),
          S("14 Kolleginnen und Kollegen wurden dabei verletzt, zwei von ihnen liegen noch im Krankenhaus.",
            claims=[Q("14 Kolleginnen und Kollegen wurden dabei verletzt", 14, "person", "wounded", subject="police officers",
                      group="brenndorf-officers", time=SAT),
                    Q("zwei von ihnen liegen noch im Krankenhaus", 2, "person", None, subject="police officers",
                      group="brenndorf-officers-hospital")]),
          S("Vier Menschen haben ihr Leben verloren; unser Mitgefühl gilt ihren Familien.",
            claims=[killed("Vier Menschen haben ihr Leben verloren", 4)])),
        P(S("Verantwortlich für die Eskalation waren einige Hundert gewaltbereite Chaoten, die ohne Eintrittskarte ins Stadion drängten.",
            claims=[Q("einige Hundert gewaltbereite Chaoten", None, "person", None, qualifier="at-least", low=200,
                      subject="fans without tickets", group="brenndorf-rioters", time=SAT)],
            loaded=[L("Chaoten", "demonising")]),
          S("Nur durch das beherzte Eingreifen unserer Einsatzkräfte wurde Schlimmeres verhindert.",
            loaded=[L("beherzte Eingreifen", "glorifying")]),
          S("Dass ein sogenanntes Fanbündnis nun ausgerechnet die Polizei an den Pranger stellt, ist infam.", "opinion",
            loaded=[L("sogenanntes Fanbündnis", "belittling"), L("infam", "demonising")])),
        H("Die PGA fordert:"),
        LI(S("mindestens 500 zusätzliche Stellen bei der Bereitschaftspolizei,", "opinion",
             claims=[Q("mindestens 500 zusätzliche Stellen", 500, "job", None, qualifier="at-least", subject="riot police",
                       group="brenndorf-demand-posts")])),
        LI(S("verbindliche Schulungen für private Ordnerdienste,", "opinion")),
        LI(S("landesweite Stadionverbote für Gewalttäter.", "opinion")),
    ],
    "post": ["Pressekontakt:",
             "Polizeigewerkschaft Ardesien – Landesgeschäftsstelle",
             "Kanalstraße 12, 40817 Brenndorf",
             "Tel. 0211 9934 210 · presse@pga-ardesien.example",
             "",
             "Folgen Sie uns: Facebook | Instagram | X"],
    "removed": ["Pressekontakt:", "Landesgeschäftsstelle", "Kanalstraße 12, 40817 Brenndorf", "Tel. 0211 9934 210",
                "presse@pga-ardesien.example", "Folgen Sie uns: Facebook | Instagram | X"],
}

# ---------------------------------------------------------------- 4. English-language daily (HTML)

def herald_site(date_label):
    return {
        "nav": ["Home", "Ardesia", "Europe", "Sport", "Business", "Opinion", "Subscribe"],
        "cookie": "The Herald and its partners use cookies for analytics and personalised advertising.",
        "cookie_ok": "I agree",
        "by": "By",
        "date_label": date_label,
        "share": "Share: Facebook · X · WhatsApp · Email",
        "ad": "Advertisement – Fly Brenndorf to Lisbon from €49 one way",
        "related_title": "Read more",
        "related": ["Stadium safety in Ardesia: what the rules say", "Opinion: football cannot police itself",
                    "Photos: fans lay flowers outside the Nordring Arena"],
        "footer": "© The Ardesia Herald 2027 · Contact · Privacy · Terms of use",
    }


HERALD_SITE = herald_site("23 May 2027, 18:00")

HERALD = {
    "input": "dev5/brenndorf-herald.html", "story": SID, "event": CRUSH,
    "publisher": "The Ardesia Herald", "published": "2027-05-23T18:00:00+02:00",
    "language": "en", "authors": ["Fiona Marsh"], "sensational": False,
    "blocks": [
        H("Cup final crush: death toll rises to four as questions mount over Gate 7",
          claims=[killed("death toll rises to four", 4)]),
        P(S("BRENNDORF — The death toll from Saturday's crowd crush at the Ardesian Cup final rose to four on Sunday after a 17-year-old died in hospital.",
            claims=[killed("rose to four on Sunday", 4)]),
          S("Police said 83 people had been injured, eleven of them seriously, among them 14 officers.",
            claims=[Q("83 people had been injured", 83, "person", "wounded", subject=ARENA, source=POL,
                      group="brenndorf-injured", time=SUN),
                    Q("eleven of them seriously", 11, "person", "wounded", subject="seriously injured", source=POL,
                      group="brenndorf-serious", time=SUN),
                    Q("among them 14 officers", 14, "person", "wounded", subject="police officers", source=POL,
                      group="brenndorf-officers", time=SAT)])),
        P(S("The crush happened shortly after 8 p.m. outside Gate 7 of the 42,000-seat Nordring Arena, where thousands of fans were trying to get in.",
            claims=[Q("42,000-seat", 42000, "seat", "size", subject=ARENA, group="brenndorf-capacity"),
                    Q("thousands of fans", None, "person", None, qualifier="at-least", low=2000, subject="gate 7",
                      group="brenndorf-gate-crowd", time=SAT)]),
          S("Police estimated that some 3,000 of them had no tickets.",
            claims=[Q("some 3,000 of them had no tickets", 3000, "person", None, qualifier="about",
                      subject="fans without tickets", source=POL, group="brenndorf-ticketless", time=SAT)])),
        P(S("The Ardesian Football Federation (AFV) said 41,800 tickets had been sold, but police put the crowd inside and around the stadium at roughly 45,000.",
            claims=[Q("41,800 tickets had been sold", 41800, None, "sold", subject=ARENA, source=AFV,
                      group="brenndorf-crowd", time=SAT),
                    Q("roughly 45,000", 45000, "person", None, qualifier="about", subject=ARENA, source=POL,
                      group="brenndorf-crowd", time=SAT)])),
        P(S("The Orlau supporters' alliance accuses police of locking Gate 7 minutes before kick-off, trapping fans against the barriers.",
            claims=[gate("accuses police of locking Gate 7 minutes before kick-off", source=FANS)]),
          S("“They shut the gate in our faces,” said alliance spokesman Mats Lüders.", "quote"),
          S("Police Chief Gero Falkner told reporters the gate had “at no point” been closed by his officers.",
            claims=[gate_denied("the gate had “at no point” been closed by his officers", source="gero falkner")])),
        P(S("The federation has called the disaster a “crowd management issue”, wording that angered the victims' families.",
            loaded=[L("crowd management issue", "euphemism", "reported")]),
          S("The match kicked off 40 minutes late.",
            claims=[delay("kicked off 40 minutes late")]),
          S("Interior Minister Jana Preetz has ordered an independent inquiry and promised first findings by Friday.")),
    ],
    "removed": ["The Herald and its partners use cookies", "I agree", "Subscribe", "23 May 2027, 18:00", "Fiona Marsh",
                "Share: Facebook · X · WhatsApp · Email", "Fly Brenndorf to Lisbon from €49 one way",
                "Stadium safety in Ardesia: what the rules say", "Opinion: football cannot police itself",
                "Photos: fans lay flowers outside the Nordring Arena", "Contact · Privacy · Terms of use"],
}

# ---------------------------------------------------------------- 5. English wire (JSON Lines text item; file written by dev5_skarnholm)

CP_CRUSH = {
    "input": "dev5/newsdesk.jsonl#cp-20270523-0233", "story": SID, "event": CRUSH,
    "publisher": "Coastline Press", "published": "2027-05-23T11:05:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Four dead after crush at Ardesian Cup final"),
        P(S("BRENNDORF, May 23 (CP) - Four people died and at least 60 were injured in a crush outside the Nordring Arena in Brenndorf before Saturday's Ardesian Cup final, police and emergency services said on Sunday.",
            claims=[killed("Four people died", 4, source=POL),
                    Q("at least 60 were injured", 60, "person", "wounded", qualifier="at-least", subject=ARENA, source=POL,
                      group="brenndorf-injured", time=SUN)]),
          S("A teenager died of his injuries in hospital on Sunday morning, raising the toll from three.",
            claims=[killed("raising the toll from three", 3, time=SAT)])),
        P(S("Supporters of Sportfreunde Orlau allege that police locked one of the entrance gates shortly before kick-off.",
            claims=[gate("police locked one of the entrance gates shortly before kick-off", source="orlau fans", hedged=True)]),
          S("Police denied this.",
            claims=[gate_denied("Police denied this")])),
        P(S("Some 1,200 officers were on duty for the match, which kicked off 40 minutes late.",
            claims=[police("Some 1,200 officers"), delay("kicked off 40 minutes late")]),
          S("Orlau went on to win the cup.")),
    ],
    "post": ["Reporting by Tobias Wren; Editing by Amal Reyes"],
    "removed": ["Reporting by Tobias Wren; Editing by Amal Reyes"],
}

# ---------------------------------------------------------------- 6. local paper on the inquiry (txt, dateline block)

ANZ = {
    "input": "dev5/brenndorf-anzeiger.txt", "story": SID, "event": INQUIRY,
    "publisher": "Brenndorfer Anzeiger", "published": "2027-05-28T17:45:00+02:00",
    "language": "de", "authors": ["Hella Quast"], "sensational": False,
    "pre": ["Brenndorfer Anzeiger", "28. Mai 2027, 17.45 Uhr", "Von Hella Quast"],
    "blocks": [
        H("Untersuchungsbericht: Ordner verriegelten Tor 7 für 14 Minuten",
          claims=[ST("Ordner verriegelten Tor 7", "stewards", "closed", "gate 7", "brenndorf-stewards"),
                  Q("für 14 Minuten", 14, "minute", "duration", subject="gate 7", group="brenndorf-gate-closed", time=SAT)]),
        P(S("Brenndorf – Sechs Tage nach dem tödlichen Gedränge beim Pokalfinale hat Innenministerin Jana Preetz am Freitag einen ersten Untersuchungsbericht vorgelegt."),
          S("Demnach wurde Tor 7 der Nordring-Arena gegen 20.02 Uhr von Mitarbeitern des privaten Ordnerdienstes Wallner Security für 14 Minuten verriegelt.",
            claims=[ST("wurde Tor 7 der Nordring-Arena gegen 20.02 Uhr von Mitarbeitern des privaten Ordnerdienstes Wallner Security für 14 Minuten verriegelt",
                       "stewards", "closed", "gate 7", "brenndorf-stewards", source=MIN),
                    Q("für 14 Minuten", 14, "minute", "duration", subject="gate 7", source=MIN, group="brenndorf-gate-closed",
                      time=SAT)]),
          S("Polizeikräfte seien an der Schließung nicht beteiligt gewesen, heißt es in dem Bericht.",
            claims=[gate_denied("Polizeikräfte seien an der Schließung nicht beteiligt gewesen", source=MIN, hedged=True)])),
        P(S("Vor dem Tor sollen sich zu diesem Zeitpunkt rund 6.000 Menschen gestaut haben.",
            claims=[Q("rund 6.000 Menschen", 6000, "person", None, qualifier="about", subject="gate 7", source=MIN,
                      hedged=True, group="brenndorf-gate-crowd", time=SAT)]),
          S("Die Zahl der Todesopfer liegt unverändert bei vier; 83 Menschen wurden verletzt.",
            claims=[killed("Die Zahl der Todesopfer liegt unverändert bei vier", 4, time=T("2027-05-22", "2027-05-28")),
                    Q("83 Menschen wurden verletzt", 83, "person", "wounded", subject=ARENA, group="brenndorf-injured",
                      time=SUN)])),
        P(S("Das Sportgericht des Verbands verhängte gegen den Ausrichter eine Geldstrafe von 250.000 Euro.",
            claims=[Q("eine Geldstrafe von 250.000 Euro", 250000, "eur", "fined", subject=AFV, source="court",
                      group="brenndorf-fine")]),
          S("Wallner Security soll bis auf Weiteres keine Spiele mehr absichern.",
            claims=[ST("Wallner Security soll bis auf Weiteres keine Spiele mehr absichern", "wallner security",
                       "is barred from", "match security", "brenndorf-wallner-ban")]),
          S("Die Familien der Todesopfer erhalten eine Soforthilfe von je 10.000 Euro.",
            claims=[Q("eine Soforthilfe von je 10.000 Euro", 10000, "eur", "paid", subject="victims' families",
                      group="brenndorf-aid")])),
        P(S("Das Fanbündnis Orlau sieht sich bestätigt."),
          S("„Wir haben von Anfang an gesagt, dass das Tor zu war“, sagte Sprecher Mats Lüders.", "quote"),
          S("Die Polizei hatte den Vorwurf, ihre Beamten hätten das Tor geschlossen, stets zurückgewiesen.",
            claims=[gate_denied("Die Polizei hatte den Vorwurf, ihre Beamten hätten das Tor geschlossen, stets zurückgewiesen")])),
        H("Ein Kommentar"),
        P(S("Vierzehn Minuten.", "opinion",
            claims=[Q("Vierzehn Minuten", 14, "minute", "duration", subject="gate 7", group="brenndorf-gate-closed", time=SAT)]),
          S("So lange dauerte es, bis aus einem Fußballabend eine Katastrophe wurde.", "opinion"),
          S("Wie kann es sein, dass ein privater Ordnerdienst ohne Absprache mit der Polizei ein Stadiontor verriegelt?", "opinion"),
          S("Verband und Stadt müssen jetzt erklären, wer Wallner Security beauftragt hat – und warum niemand hingeschaut hat.", "opinion")),
    ],
    "post": ["Themen: Pokalfinale · Nordring-Arena · Innenministerium",
             "",
             "Der Anzeiger am Morgen: Unser Newsletter mit allem, was Brenndorf bewegt. Jetzt anmelden!",
             "",
             "Leserbriefe an: redaktion@brenndorfer-anzeiger.example"],
    "removed": ["28. Mai 2027, 17.45 Uhr", "Von Hella Quast", "Themen: Pokalfinale · Nordring-Arena · Innenministerium",
                "Der Anzeiger am Morgen", "Jetzt anmelden!", "redaktion@brenndorfer-anzeiger.example"],
}

ARTICLES = [ARF, BLITZ, PGA_REL, HERALD, CP_CRUSH, ANZ]

REWRITES = []


def files():
    """Input files of this story (the ARF feed is written by dev5_gravenport.py, the JSON Lines file by
    dev5_skarnholm.py)."""
    return {
        "brenndorf-blitz.txt": (render_txt(BLITZ), False),
        "brenndorf-pga.txt": (render_txt(PGA_REL), False),
        "brenndorf-herald.html": (render_html(HERALD, HERALD_SITE), False),
        "brenndorf-anzeiger.txt": (render_txt(ANZ), False),
    }
