"""Held-out story 2: the ransomware attack on the hospitals of the Kelland Health Service
(from 5 Oct 2026).

An English regional paper's Atom feed (the first-day report and an update three days later), an
English tabloid without a dateline that states the gang's data-theft claim as fact and leaves out
the health service's denial, a cyber-security vendor's advertorial page with a webinar advert, and
a German tech news report (gzip text).
Invented by the Parallax team (fourth writer): country, hospitals, people, gang, outlets and
figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom

SID = "st-kelland-ransomware"
EV = "ev-kelland-attack"
STORY = {"id": SID, "label": "Ransomware attack on the hospitals of the Kelland Health Service",
         "events": [{"id": EV, "label": "Ransomware shuts down hospital systems; the gang claims a data theft and demands a ransom"}]}

KHS = "kelland health service"
BT = "blacktide"
TREG = "owen tregarth"
DAY1 = T("2026-10-05", "2026-10-05")
TO_THU = T("2026-10-05", "2026-10-08")

GROUPS = [
    {"id": "kelland-hospitals", "story": SID, "status": "compatible",
     "why": "Three hospitals on the first day is an earlier figure; two more sites went offline, and every later report gives five."},
    {"id": "kelland-ambulances", "story": SID, "status": "single-source",
     "why": "Only the Chronicle's first report gives more than 40 diverted ambulances."},
    {"id": "kelland-data-theft", "story": SID, "status": "disputed",
     "why": "BlackTide claims it stole patient data; the health service denies records were accessed (the Beacon states the theft as fact and omits the denial)."},
    {"id": "kelland-data-volume", "story": SID, "status": "agreed",
     "why": "The Chronicle and TechBlick both give BlackTide's claimed 1.2 terabytes."},
    {"id": "kelland-records", "story": SID, "status": "agreed",
     "why": "Three articles give about 300,000 patients' records (two as BlackTide's claim, the Beacon as fact)."},
    {"id": "kelland-postponed", "story": SID, "status": "compatible",
     "why": "Some 1,400 operations and appointments postponed (the minister, in two articles); the Beacon's 'hundreds of operations' is a looser bound."},
    {"id": "kelland-cost", "story": SID, "status": "agreed",
     "why": "The Chronicle and TechBlick both give the minister's estimate of 3.5 million pounds."},
    {"id": "kelland-ransom", "story": SID, "status": "conflicting",
     "why": "A ransom of about $4 million (Chronicle, TechBlick, Bastion Cyber) against $6 million (Beacon)."},
    {"id": "kelland-no-payment", "story": SID, "status": "agreed",
     "why": "The Chronicle and TechBlick both say the government will not pay."},
    {"id": "kelland-dwell", "story": SID, "status": "single-source",
     "why": "Only the Chronicle's update says the attackers were in the network at least three weeks before."},
    {"id": "kelland-soldiers", "story": SID, "status": "single-source",
     "why": "Only the Chronicle's update gives the 30 military IT specialists."},
    {"id": "kelland-wait", "story": SID, "status": "single-source",
     "why": "Only the Beacon reports the nine-hour wait."},
    {"id": "kelland-attack-rise", "story": SID, "status": "single-source",
     "why": "Only the advertorial gives the 38% rise in attacks."},
    {"id": "kelland-unsupported", "story": SID, "status": "single-source",
     "why": "Only the advertorial says nearly 60 percent of hospitals run unsupported software."},
    {"id": "kelland-recovery-days", "story": SID, "status": "single-source",
     "why": "Only the advertorial gives 10 to 14 days to restore core systems."},
    {"id": "kelland-perpetrator", "story": SID, "status": "single-source",
     "why": "Only TechBlick reports, as hearsay, that BlackTide is behind the attack."},
]

# ---------------------------------------------------------------- The Kelland Chronicle, Atom feed

FEED = {"title": "The Kelland Chronicle – Health", "link": "https://kellandchronicle.example/health",
        "id": "tag:kellandchronicle.example,2026:health", "updated": "2026-10-08T20:15:00+01:00", "language": "en"}

CHRON1 = {
    "input": "heldout/kelland-chronicle.atom#tag:kellandchronicle.example,2026:health/30417", "story": SID, "event": EV,
    "publisher": "The Kelland Chronicle", "published": "2026-10-05T18:40:00+01:00",
    "language": "en", "authors": ["Fiona Gale"], "sensational": False,
    "blocks": [
        H("Cyberattack forces three Kelland hospitals back to paper records",
          claims=[Q("three Kelland hospitals", 3, "hospital", "affected", subject=KHS, group="kelland-hospitals", time=DAY1)]),
        P(S("Three hospitals run by the Kelland Health Service (KHS) switched to paper records on Monday after a ransomware attack shut down their computer systems, the service said.",
            claims=[Q("Three hospitals", 3, "hospital", "affected", subject=KHS, source=KHS, group="kelland-hospitals", time=DAY1)]),
          S("St. Brannock's Hospital and Ardel General in Port Ardel and the Linmouth Royal Infirmary were affected.")),
        P(S("More than 40 ambulances were diverted to hospitals in neighbouring regions during the day, according to the ambulance service.",
            claims=[Q("More than 40 ambulances", 40, "vehicle", None, qualifier="more-than", subject=KHS,
                      source="ambulance service", group="kelland-ambulances", time=DAY1)]),
          S("Patients with appointments were asked to attend unless they were contacted.")),
        P(S("“We are treating everyone who comes through our doors, but things will be slower,” chief executive Dr. Alison Marr told reporters outside St. Brannock's.", "quote")),
        P(S("Police said they were working with the national cyber unit."),
          S("No group had claimed responsibility by Monday evening.")),
    ],
    "extra": "<p>Read more: How Kelland's hospitals learned to work without computers</p>",
    "removed": ["Read more: How Kelland's hospitals learned to work without computers"],
}

CHRON2 = {
    "input": "heldout/kelland-chronicle.atom#tag:kellandchronicle.example,2026:health/30588", "story": SID, "event": EV,
    "publisher": "The Kelland Chronicle", "published": "2026-10-08T20:15:00+01:00",
    "language": "en", "authors": ["Fiona Gale"], "sensational": False,
    "blocks": [
        H("Hospital hackers claim data theft as health service denies records were taken",
          claims=[ST("Hospital hackers claim data theft", BT, "stole", "patient data", "kelland-data-theft", source=BT),
                  ST("health service denies records were taken", BT, "stole", "patient data", "kelland-data-theft",
                     source=KHS, denial=True)]),
        P(S("The ransomware group BlackTide said on Thursday that it had stolen 1.2 terabytes of data from the Kelland Health Service, including the records of some 300,000 patients.",
            claims=[ST("it had stolen 1.2 terabytes of data from the Kelland Health Service", BT, "stole", "patient data",
                       "kelland-data-theft", source=BT),
                    Q("1.2 terabytes", 1.2, "terabyte", None, subject=BT, source=BT, group="kelland-data-volume"),
                    Q("the records of some 300,000 patients", 300000, "patient", None, qualifier="about", subject=BT,
                      source=BT, group="kelland-records")]),
          S("The KHS said there was no evidence that patient records had been accessed.",
            claims=[ST("there was no evidence that patient records had been accessed", BT, "stole", "patient data",
                       "kelland-data-theft", source=KHS, denial=True)])),
        P(S("Five hospitals are now running on paper after two smaller sites, Brayford and Cressly, took their systems offline as a precaution.",
            claims=[Q("Five hospitals", 5, "hospital", "affected", subject=KHS, group="kelland-hospitals", time=TO_THU)]),
          S("Health minister Owen Tregarth told reporters that some 1,400 planned operations and appointments had been postponed since Monday.",
            claims=[Q("some 1,400 planned operations and appointments", 1400, "operation", None, qualifier="about",
                      subject=KHS, source=TREG, group="kelland-postponed", time=TO_THU)]),
          S("He said restoring the systems would cost an estimated £3.5 million.",
            claims=[Q("an estimated £3.5 million", 3500000, "gbp", "cost", qualifier="about", subject=KHS, source=TREG,
                      group="kelland-cost")])),
        P(S("BlackTide is demanding a ransom of $4 million, according to a person familiar with the investigation.",
            claims=[Q("a ransom of $4 million", 4000000, "usd", None, subject=BT, source="sources", group="kelland-ransom")]),
          S("The government has said it will not pay.",
            claims=[ST("The government has said it will not pay", "kelland government", "will not pay", "ransom",
                       "kelland-no-payment", source="kelland government")])),
        P(S("Lt. Col. Miriam Achebe of the national cyber unit said the attackers had entered the network through a supplier's remote-access account at least three weeks before the attack.",
            claims=[Q("at least three weeks", 3, "week", "duration", qualifier="at-least", subject=BT, source="miriam achebe",
                      group="kelland-dwell")]),
          S("The group has previously hit hospitals in the U.S. and in Europe, she said."),
          S("Gen. Tomas Reyne, the chief of defence, said 30 military IT specialists had been sent to help.",
            claims=[Q("30 military IT specialists", 30, "person", "deployed", subject=KHS, source="tomas reyne",
                      group="kelland-soldiers", time=TO_THU)])),
    ],
    "extra": "<p>Read more: What we know about BlackTide</p>",
    "removed": ["Read more: What we know about BlackTide"],
}

# ---------------------------------------------------------------- The Daily Beacon: tabloid, txt without dateline

BEACON = {
    "input": "heldout/kelland-beacon.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "en", "authors": [], "sensational": True,
    "blocks": [
        H("HACKED TO PIECES: Evil cyber gang holds sick patients to ransom",
          loaded=[L("HACKED TO PIECES", "alarmist"), L("Evil cyber gang", "demonising")]),
        P(S("Sick patients were turned away and cancer operations axed as a gang of cyber-thugs brought five Kelland hospitals to their knees.",
            claims=[Q("five Kelland hospitals", 5, "hospital", "affected", subject=KHS, group="kelland-hospitals")],
            loaded=[L("cyber-thugs", "demonising"), L("brought five Kelland hospitals to their knees", "alarmist")]),
          S("The crooks, who call themselves BlackTide, stole the medical records of 300,000 patients and are demanding a staggering $6 million to keep them secret.",
            claims=[ST("stole the medical records of 300,000 patients", BT, "stole", "patient data", "kelland-data-theft"),
                    Q("the medical records of 300,000 patients", 300000, "patient", None, subject=BT, group="kelland-records"),
                    Q("a staggering $6 million", 6000000, "usd", None, subject=BT, group="kelland-ransom")],
            loaded=[L("crooks", "demonising")])),
        P(S("Hundreds of operations have been cancelled since Monday.",
            claims=[Q("Hundreds of operations", 200, "operation", None, qualifier="at-least", subject=KHS,
                      group="kelland-postponed")]),
          S("Grandmother Edith Pryce, 81, waited nine hours on a trolley in a corridor at Ardel General.",
            claims=[Q("waited nine hours", 9, "hour", "duration", subject="edith pryce", group="kelland-wait")])),
        P(S("“They are holding sick people hostage,” said her son Gareth.", "quote",
            loaded=[L("holding sick people hostage", "alarmist", "reported")])),
        P(S("How many more wake-up calls does Kelland need?", "opinion"),
          S("Ministers have had years to fix crumbling hospital computers and have done nothing.", "opinion",
            loaded=[L("crumbling", "alarmist")]),
          S("Ransom or no ransom, heads must roll for this.", "opinion")),
    ],
    "post": ["#BlackTide #KellandHack #KHS",
             "",
             "Read more: Ten ways to keep your bank details safe online",
             "Get the Beacon's Breaking News alerts – sign up free",
             "Comments (214)"],
    "removed": ["#BlackTide #KellandHack #KHS", "Ten ways to keep your bank details safe online",
                "Get the Beacon's Breaking News alerts", "Comments (214)"],
}

# ---------------------------------------------------------------- Bastion Cyber: advertorial page with webinar advert

BASTION_SITE = {
    "nav": ["Solutions", "Healthcare", "Resources", "Blog", "Contact"],
    "cookie": "We use cookies to personalise content and analyse our traffic. By continuing you agree to our cookie policy.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "12 October 2026",
    "share": "Share this post: LinkedIn · X · Email",
    "ad": "Bastion Shield 24/7 managed detection – first month free for health providers",
    "related_title": "Related posts",
    "related": ["Five signs your backups will fail you", "Why attackers love remote-access accounts"],
    "footer": "© 2026 Bastion Cyber Ltd · Privacy · Terms · Registered in Port Ardel",
    "after": '<div class="promo webinar">\n'
             '  <h3>Live webinar: Ransomware-proof in 60 minutes</h3>\n'
             '  <p>Thursday, 22 October 2026 · 4 pm</p>\n'
             '  <p>Speakers: Dr. Priya Lal, Head of Incident Response, Bastion Cyber · Tom Haskett, former security chief of a regional health board</p>\n'
             '  <p>Register now and win a free penetration test worth £5,000!</p>\n'
             '  <p>Over 2,000 IT leaders already registered</p>\n'
             '  <a class="button" href="/webinar">Save my seat</a>\n'
             '</div>',
}

BASTION = {
    "input": "heldout/kelland-bastion.html", "story": SID, "event": EV,
    "publisher": "Bastion Cyber", "published": "2026-10-12T09:00:00+01:00",
    "language": "en", "authors": ["Tom Haskett"], "sensational": False,
    "blocks": [
        H("After the Kelland hospital attack: is your organisation next?"),
        P(S("Last week's ransomware attack on the Kelland Health Service should worry every board in the country.", "opinion"),
          S("Five hospitals were forced back to pen and paper, and the attackers are reportedly demanding $4 million.",
            claims=[Q("Five hospitals", 5, "hospital", "affected", subject=KHS, group="kelland-hospitals"),
                    Q("reportedly demanding $4 million", 4000000, "usd", None, subject=BT, hedged=True, group="kelland-ransom")])),
        P(S("According to Bastion's annual threat report, attacks on healthcare providers rose by 38% last year, and nearly 60 percent of hospitals still run software that is no longer supported.",
            claims=[Q("rose by 38%", 38, "percent", "increase", subject="attacks on healthcare providers", source="bastion cyber",
                      group="kelland-attack-rise"),
                    Q("nearly 60 percent of hospitals", 60, "percent", None, qualifier="about", subject="hospitals",
                      source="bastion cyber", group="kelland-unsupported")]),
          S("Hospitals hit by ransomware need between 10 and 14 days to restore their core systems.",
            claims=[Q("between 10 and 14 days", None, "day", "duration", qualifier="range", low=10, high=14,
                      subject="hospitals", group="kelland-recovery-days")])),
        H("Don't wait for the ransom note"),
        P(S("Ransomware is a digital pandemic, and no hospital, school or council is immune.", "opinion",
            loaded=[L("digital pandemic", "alarmist")]),
          S("Ask yourself: could your team restore every system within 24 hours?", "opinion"),
          S("Book a free resilience check today – before the criminals book one for you.", "opinion")),
    ],
    "removed": ["We use cookies to personalise content", "Accept all", "Solutions", "12 October 2026", "Share this post:",
                "Bastion Shield 24/7 managed detection", "Live webinar: Ransomware-proof in 60 minutes",
                "Thursday, 22 October 2026 · 4 pm", "Dr. Priya Lal, Head of Incident Response",
                "win a free penetration test worth £5,000", "Over 2,000 IT leaders already registered", "Save my seat",
                "Related posts", "Five signs your backups will fail you", "Why attackers love remote-access accounts",
                "Registered in Port Ardel"],
}

# ---------------------------------------------------------------- TechBlick: German report (gzip txt with dateline)

TECH = {
    "input": "heldout/kelland-techblick.txt.gz", "story": SID, "event": EV,
    "publisher": "TechBlick", "published": "2026-10-09T09:15:00+02:00",
    "language": "de", "authors": ["Sabine Kroll"], "sensational": False,
    "pre": ["TechBlick", "09.10.2026", "09:15 Uhr", "Von Sabine Kroll"],
    "blocks": [
        H("Ransomware legt Kliniken in Kelland lahm"),
        P(S("Nach einem Cyberangriff auf den staatlichen Gesundheitsdienst von Kelland arbeiten fünf Krankenhäuser wieder mit Papier und Stift.",
            claims=[Q("fünf Krankenhäuser", 5, "hospital", "affected", subject=KHS, group="kelland-hospitals", time=TO_THU)]),
          S("Betroffen sind u. a. das St.-Brannock-Krankenhaus und das Ardel General Hospital in der Hauptstadt Port Ardel.")),
        P(S("Hinter dem Angriff soll die Gruppe BlackTide stecken, die bereits Kliniken in Europa und den USA erpresst hat.",
            claims=[ST("Hinter dem Angriff soll die Gruppe BlackTide stecken", BT, "carried out", "ransomware attack on the kelland health service",
                       "kelland-perpetrator", hedged=True)]),
          S("Die Erpresser fordern angeblich rund 4 Mio. Dollar in Bitcoin.",
            claims=[Q("rund 4 Mio. Dollar", 4000000, "usd", None, qualifier="about", subject=BT, hedged=True,
                      group="kelland-ransom")])),
        P(S("Die Gruppe behauptet zudem, 1,2 Terabyte Daten gestohlen zu haben, darunter Akten von rund 300.000 Patientinnen und Patienten.",
            claims=[ST("Die Gruppe behauptet zudem, 1,2 Terabyte Daten gestohlen zu haben", BT, "stole", "patient data",
                       "kelland-data-theft", source=BT, hedged=True),
                    Q("1,2 Terabyte", 1.2, "terabyte", None, subject=BT, source=BT, hedged=True, group="kelland-data-volume"),
                    Q("rund 300.000 Patientinnen und Patienten", 300000, "patient", None, qualifier="about", subject=BT,
                      source=BT, hedged=True, group="kelland-records")]),
          S("Der Gesundheitsdienst KHS bestreitet das: Es gebe keine Hinweise auf einen Abfluss von Patientendaten.",
            claims=[ST("Der Gesundheitsdienst KHS bestreitet das", BT, "stole", "patient data", "kelland-data-theft",
                       source=KHS, denial=True)])),
        P(S("Laut Gesundheitsminister Owen Tregarth wurden seit Montag rund 1.400 geplante Eingriffe und Termine verschoben.",
            claims=[Q("rund 1.400 geplante Eingriffe und Termine", 1400, "operation", None, qualifier="about", subject=KHS,
                      source=TREG, group="kelland-postponed", time=TO_THU)]),
          S("Die Wiederherstellung der Systeme werde schätzungsweise 3,5 Millionen Pfund kosten.",
            claims=[Q("schätzungsweise 3,5 Millionen Pfund", 3500000, "gbp", "cost", qualifier="about", subject=KHS,
                      source=TREG, hedged=True, group="kelland-cost")]),
          S("Die Regierung will nach eigenen Angaben kein Lösegeld zahlen.",
            claims=[ST("Die Regierung will nach eigenen Angaben kein Lösegeld zahlen", "kelland government", "will not pay",
                       "ransom", "kelland-no-payment", source="kelland government")])),
        P(S("Die Techniker arbeiten rund um die Uhr, doch die Liste der betroffenen Systeme wird … von Tag zu Tag länger.")),
    ],
    "post": ["Themen: IT-Sicherheit · Ransomware · Gesundheitswesen",
             "",
             "Newsletter: Die wichtigsten IT-News jeden Morgen in Ihrem Postfach – jetzt abonnieren",
             "",
             "Mehr zum Thema",
             "- Warum Krankenhäuser so oft Ziel von Erpressern werden",
             "- Backup-Strategien im Vergleich"],
    "removed": ["TechBlick", "09.10.2026", "09:15 Uhr", "Von Sabine Kroll", "Themen: IT-Sicherheit · Ransomware · Gesundheitswesen",
                "Die wichtigsten IT-News jeden Morgen", "Mehr zum Thema", "Warum Krankenhäuser so oft Ziel von Erpressern werden",
                "Backup-Strategien im Vergleich"],
}

ARTICLES = [CHRON1, CHRON2, BEACON, BASTION, TECH]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    entries = [(CHRON2, "tag:kellandchronicle.example,2026:health/30588", "https://kellandchronicle.example/health/30588", CHRON2["extra"]),
               (CHRON1, "tag:kellandchronicle.example,2026:health/30417", "https://kellandchronicle.example/health/30417", CHRON1["extra"])]
    return {
        "kelland-chronicle.atom": (render_atom(FEED, entries), False),
        "kelland-beacon.txt": (render_txt(BEACON), False),
        "kelland-bastion.html": (render_html(BASTION, BASTION_SITE), False),
        "kelland-techblick.txt.gz": (render_txt(TECH), True),
    }
