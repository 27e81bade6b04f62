"""dev30 story 4: a ransomware attack on the hospital group Klinikverbund Nordbrezonien (KVN), found at 3:15 a.m. on Monday,
10 October 2050. All seven hospitals switch to paper; four (by the radio and the regional paper) or five (by the trade weekly)
emergency departments stop taking ambulances on Monday; about 1,200 planned operations postponed by Tuesday, more than 2,000 by
Thursday; data of up to 310,000 patients may be stolen; the attackers demand $4 million. The opposition says the health
ministry ignored a March warning of the cyber agency about outdated VPN software; the ministry denies it.

An English broadcaster on Tuesday (Radio Brezonia World, an entry of rbw-english.atom, which dev30_hitze.py writes), the
regional paper on Tuesday (Nordbrezoner Zeitung, HTML), an IT-security firm's press release on Wednesday (Sentrix Security
GmbH, text: the charge as fact, its own product praised) and an English trade weekly on Thursday (Clinical IT Weekly, text).
Invented: all names and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt

SID = "st-kvn-cyberattack"
EV = "ev-kvn-ransomware"
STORY = {"id": SID, "label": "Ransomware attack on the KVN hospital group, Brezonien",
         "events": [{"id": EV, "label": "The attack, the closed emergency departments, postponed operations and the ransom (10–13 October 2050)"}]}

EVENT = "kvn cyberattack"
MON = T("2050-10-10", "2050-10-10")
TUE = T("2050-10-11", "2050-10-11")
MON_TUE = T("2050-10-10", "2050-10-11")
MON_THU = T("2050-10-10", "2050-10-13")
WARN = ("health ministry", "ignored", "warning about outdated vpn software")
SHUT = ("kvn", "halted", "it systems")

GROUPS = [
    {"id": "kvn-hospitals", "story": SID, "status": "agreed", "why": "All seven hospitals hit (Radio, NZ, CIW)."},
    {"id": "kvn-ops", "story": SID, "status": "compatible",
     "why": "About 1,200 operations postponed by Tuesday (Radio, NZ), just over 2,000 by Thursday (CIW): a later figure."},
    {"id": "kvn-er", "story": SID, "status": "conflicting",
     "why": "Four emergency departments closed to ambulances on Monday (Radio, NZ) against five (CIW)."},
    {"id": "kvn-data", "story": SID, "status": "compatible",
     "why": "Up to 310,000 patients (NZ), 310,000 (Sentrix), some 310,000 (CIW) and the vague 'hundreds of thousands' (Radio)."},
    {"id": "kvn-ransom", "story": SID, "status": "agreed", "why": "A ransom of $4 million (Radio, NZ, CIW with €3.7m)."},
    {"id": "kvn-shutdown", "story": SID, "status": "agreed", "why": "KVN shut down its IT systems (Radio, NZ)."},
    {"id": "kvn-warning", "story": SID, "status": "disputed",
     "why": "The opposition says the ministry ignored the cyber agency's warning (Radio, NZ, CIW; Sentrix as fact); the ministry denies it (Radio, NZ, CIW)."},
    {"id": "kvn-staff", "story": SID, "status": "agreed", "why": "9,400 staff (NZ, CIW)."},
    {"id": "kvn-share", "story": SID, "status": "single-source", "why": "One clinic in three vulnerable (Sentrix only)."},
    {"id": "kvn-rise", "story": SID, "status": "single-source", "why": "Attacks on hospitals up 64 percent (Sentrix only)."},
    {"id": "kvn-clients", "story": SID, "status": "single-source", "why": "More than 120 clinics as clients (Sentrix only)."},
    {"id": "kvn-countries", "story": SID, "status": "single-source", "why": "In five countries (Sentrix only)."},
    {"id": "kvn-price", "story": SID, "status": "single-source", "why": "From €990 a month (Sentrix only)."},
    {"id": "kvn-dwell", "story": SID, "status": "single-source", "why": "Attackers 23 days inside the network, sources say (CIW only)."},
    {"id": "kvn-2046", "story": SID, "status": "single-source", "why": "The recalled 2046 attack with 3,800 operations postponed (CIW only)."},
    {"id": "kvn-2046-days", "story": SID, "status": "single-source", "why": "The 2046 disruption lasted 19 days (CIW only)."},
]

# ------------------------------------------------------------------ Radio Brezonia World (en broadcaster, Atom entry; Tuesday)

RBW = {
    "input": "dev30/rbw-english.atom#rbw-2050-10-11-kvn", "story": SID, "event": EV,
    "publisher": "Radio Brezonia World", "published": "2050-10-11T08:00:00+02:00",
    "language": "en", "authors": ["Lena Foss"], "sensational": False,
    "blocks": [
        H("Hackers cripple hospital group in northern Brezonia"),
        P(S("All seven hospitals of the Klinikverbund Nordbrezonien (KVN) were still working on paper on Tuesday after a ransomware attack that was discovered at 3:15 a.m. on Monday.",
            claims=[Q("All seven hospitals", 7, None, "affected", subject=EVENT, group="kvn-hospitals", time=MON)]),
          S("KVN shut down its computer systems to stop the malware from spreading.",
            claims=[ST("KVN shut down its computer systems", *SHUT, "kvn-shutdown")])),
        P(S("Four emergency departments stopped taking ambulances on Monday, and about 1,200 planned operations have been postponed, a KVN spokeswoman said.",
            claims=[Q("Four emergency departments", 4, None, None, subject="kvn", source="kvn", group="kvn-er", time=MON),
                    Q("about 1,200 planned operations", 1200, None, None, "about", subject="kvn", source="kvn", group="kvn-ops", time=MON_TUE)]),
          S("The attackers are demanding $4 million and say they have copied the records of hundreds of thousands of patients.",
            claims=[Q("$4 million", 4000000, "usd", None, subject="attackers", source="attackers", group="kvn-ransom", time=MON),
                    Q("hundreds of thousands of patients", None, "patient", "affected", "at-least", low=200000, subject="attackers", source="attackers", group="kvn-data", time=MON)])),
        P(S("The opposition Green Alliance accused the health ministry of ignoring a warning from the national cyber agency in March about outdated VPN software used by the group.",
            claims=[ST("accused the health ministry of ignoring a warning from the national cyber agency in March about outdated VPN software", *WARN, "kvn-warning", source="green alliance", hedged=True)]),
          S("The ministry rejected the accusation, saying the warning had been passed on to all hospital operators the same week.",
            claims=[ST("The ministry rejected the accusation", *WARN, "kvn-warning", source="health ministry", denial=True)])),
    ],
    "extra": '<p><em>Listen to our Brezonia Today podcast for more.</em></p>',
    "removed": ["Brezonia Today podcast"],
}

# ------------------------------------------------------------------ Nordbrezoner Zeitung (de regional, HTML; Tuesday)

NZ_SITE = {
    "nav": ["Home", "Oberkessel", "Nordbrezonien", "Politik", "Gesundheit", "Sport", "Service"],
    "cookie": "Wir und unsere Partner speichern Informationen auf Ihrem Gerät.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "11.10.2050",
    "share": "Teilen · Merken · 98 Kommentare",
    "ad": "Anzeige: Hörgeräte Seidel – jetzt kostenlos testen",
    "related_title": "Weitere Artikel",
    "related": ["So schützen Sie Ihre Daten", "Klinikneubau in Oberkessel verzögert sich"],
    "footer": "© Nordbrezoner Zeitung · Verlagshaus Nord · Impressum · Datenschutz",
    "inline": '<div class="newsletter"><p>Der NZ-Newsletter: Jeden Morgen das Wichtigste aus der Region.</p></div>',
    "inline_at": 2,
}

NZ = {
    "input": "dev30/kvn-nz.html", "story": SID, "event": EV,
    "publisher": "Nordbrezoner Zeitung", "published": "2050-10-11T05:30:00+02:00",
    "language": "de", "authors": ["Anke Sommer"], "sensational": False,
    "blocks": [
        H("Hackerangriff legt Kliniken lahm: Operationen verschoben, Notaufnahmen dicht"),
        P(S("Nach dem Cyberangriff auf den Klinikverbund Nordbrezonien arbeiten die sieben Kliniken des Verbunds weiter mit Papier und Stift.",
            claims=[Q("sieben Kliniken", 7, None, "affected", subject=EVENT, group="kvn-hospitals", time=MON)]),
          S("Der Verbund hatte am Montagmorgen sämtliche IT-Systeme heruntergefahren.",
            claims=[ST("Der Verbund hatte am Montagmorgen sämtliche IT-Systeme heruntergefahren", *SHUT, "kvn-shutdown")])),
        P(S("Laut KVN wurden bis Montagabend rund 1.200 geplante Operationen verschoben.",
            claims=[Q("rund 1.200 geplante Operationen", 1200, None, None, "about", subject="kvn", source="kvn", group="kvn-ops", time=MON)]),
          S("Vier Notaufnahmen meldeten sich am Montag bei der Rettungsleitstelle ab; Krankenwagen mussten bis nach Tessvik ausweichen.",
            claims=[Q("Vier Notaufnahmen", 4, None, None, subject="kvn", group="kvn-er", time=MON)]),
          S("„Wir arbeiten wie im Mittelalter“, sagte ein Oberarzt, der seinen Namen nicht in der Zeitung lesen will.", "quote",
            loaded=[L("wie im Mittelalter", "alarmist", "reported")])),
        P(S("Die Angreifer verlangen nach Angaben des Verbunds vier Millionen Dollar Lösegeld.",
            claims=[Q("vier Millionen Dollar", 4000000, "usd", None, subject="attackers", source="kvn", group="kvn-ransom", time=MON)]),
          S("Möglicherweise seien Daten von bis zu 310.000 Patientinnen und Patienten abgeflossen, teilte der Verbund mit.",
            claims=[Q("bis zu 310.000 Patientinnen und Patienten", 310000, "patient", "affected", "up-to", subject=EVENT, source="kvn", hedged=True, group="kvn-data", time=MON)])),
        P(S("Die oppositionelle Grüne Allianz erhebt Vorwürfe gegen das Gesundheitsministerium.",),
          S("Das Ministerium habe eine Warnung der Cyberbehörde vom März vor veralteter VPN-Software ignoriert, sagte Fraktionschefin Mara Lind.",
            claims=[ST("Das Ministerium habe eine Warnung der Cyberbehörde vom März vor veralteter VPN-Software ignoriert", *WARN, "kvn-warning", source="green alliance", hedged=True)]),
          S("Ein Ministeriumssprecher wies das zurück: Die Warnung sei noch in derselben Woche an alle Klinikträger gegangen.",
            claims=[ST("Ein Ministeriumssprecher wies das zurück", *WARN, "kvn-warning", source="health ministry", denial=True)])),
        P(S("Der Verbund beschäftigt 9.400 Menschen und ist der größte Arbeitgeber im Norden des Landes.",
            claims=[Q("9.400 Menschen", 9400, "worker", "employed", subject="kvn", group="kvn-staff")]),
          S("Patienten erreichen eine Hotline unter 0800 9090 310.")),
    ],
    "removed": ["98 Kommentare", "Hörgeräte Seidel", "NZ-Newsletter", "Klinikneubau in Oberkessel", "Verlagshaus Nord"],
}

# ------------------------------------------------------------------ Sentrix Security GmbH (de press release / advertorial, text; Wednesday)

SX = {
    "input": "dev30/kvn-sentrix-pm.txt", "story": SID, "event": EV,
    "publisher": "Sentrix Security GmbH", "published": "2050-10-12T10:00:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Sentrix Security GmbH", "Tessvik, 12. Oktober 2050"],
    "blocks": [
        H("Nach Angriff auf KVN: Sentrix fordert sofortige Härtung der Krankenhaus-IT"),
        P(S("Der Angriff auf den Klinikverbund Nordbrezonien, bei dem Daten von 310.000 Patienten in die Hände von Kriminellen gelangt sind, war vermeidbar.",
            claims=[Q("310.000 Patienten", 310000, "patient", "affected", subject=EVENT, source="sentrix", group="kvn-data", time=MON)]),
          S("Die Warnungen der Cyberbehörde vor der veralteten VPN-Software lagen seit März auf dem Tisch, das Gesundheitsministerium hat sie ignoriert.",
            claims=[ST("das Gesundheitsministerium hat sie ignoriert", *WARN, "kvn-warning", source="sentrix")])),
        P(S("„Kliniken sind zum Lieblingsziel einer digitalen Mafia geworden“, sagt Sentrix-Geschäftsführer Dr. Bernd Aalst.", "quote",
            loaded=[L("digitalen Mafia", "demonising", "reported")]),
          S("Nach Sentrix-Analysen ist jede dritte Klinik in Brezonien über bekannte Lücken angreifbar.",
            claims=[Q("jede dritte Klinik", 33.3, "percent", None, subject="brezonian clinics", source="sentrix", group="kvn-share")]),
          S("Die Zahl der Angriffe auf Krankenhäuser ist seit 2048 um 64 Prozent gestiegen.",
            claims=[Q("um 64 Prozent", 64, "percent", "increase", subject="attacks on hospitals", source="sentrix", group="kvn-rise", time=T("2048-01-01", "2050-10-12"))])),
        P(S("Mit der marktführenden Plattform SentrixShield 5 schützt Sentrix bereits über 120 Kliniken in fünf Ländern rund um die Uhr.",
            claims=[Q("über 120 Kliniken", 120, None, None, "more-than", subject="sentrix", source="sentrix", group="kvn-clients"),
                    Q("fünf Ländern", 5, "country", None, subject="sentrix", source="sentrix", group="kvn-countries")],
            loaded=[L("marktführenden", "glorifying")]),
          S("Die revolutionäre KI-Erkennung stoppt Erpressersoftware, bevor sie Schaden anrichtet.",
            loaded=[L("revolutionäre", "glorifying")]),
          S("Krankenhäuser erhalten SentrixShield ab 990 Euro im Monat.",
            claims=[Q("ab 990 Euro im Monat", 990, "eur", "cost", "at-least", subject="sentrix", source="sentrix", group="kvn-price")])),
        P(S("Vereinbaren Sie noch heute einen kostenlosen Sicherheitscheck!", "opinion")),
    ],
    "post": ["Über Sentrix: Die Sentrix Security GmbH mit Sitz in Tessvik entwickelt seit 2038 Sicherheitslösungen für kritische Infrastrukturen.",
             "Pressekontakt: Nina Wendt, presse@sentrix.example, Tel. 0310 5550 1234"],
    "removed": ["PRESSEMITTEILUNG", "Über Sentrix", "Pressekontakt", "presse@sentrix.example"],
}

# ------------------------------------------------------------------ Clinical IT Weekly (en trade weekly, text; Thursday)

CIW = {
    "input": "dev30/kvn-clinicalit.txt", "story": SID, "event": EV,
    "publisher": "Clinical IT Weekly", "published": "2050-10-13T12:00:00+02:00",
    "language": "en", "authors": ["Owen Trask"], "sensational": False,
    "pre": ["Clinical IT Weekly", "Issue 41/2050 · 13 October 2050", "By Owen Trask"],
    "blocks": [
        H("KVN attack: what went wrong at Brezonia's largest regional hospital group"),
        P(S("Three days after ransomware hit the Klinikverbund Nordbrezonien, its seven hospitals are only slowly bringing their systems back online.",
            claims=[Q("its seven hospitals", 7, None, "affected", subject=EVENT, group="kvn-hospitals", time=MON)]),
          S("Just over 2,000 operations have been postponed since Monday, the group said on Thursday.",
            claims=[Q("Just over 2,000 operations", 2000, None, None, "more-than", subject="kvn", source="kvn", group="kvn-ops", time=MON_THU)])),
        P(S("On Monday five of the group's emergency departments stopped accepting ambulances, according to the regional ambulance service.",
            claims=[Q("five of the group's emergency departments", 5, None, None, subject="kvn", source="ambulance service", group="kvn-er", time=MON)]),
          S("The attackers, a group calling itself Blackreef 9, are demanding $4m (€3.7m) and claim to hold the records of some 310,000 patients.",
            claims=[Q("$4m", 4000000, "usd", None, subject="attackers", source="attackers", group="kvn-ransom", time=MON),
                    Q("€3.7m", 3700000, "eur", None, subject="attackers", source="attackers", group="kvn-ransom", time=MON),
                    Q("some 310,000 patients", 310000, "patient", "affected", "about", subject="attackers", source="attackers", hedged=True, group="kvn-data", time=MON)])),
        P(S("The health ministry allegedly ignored a March warning from the national cyber agency about the group's outdated VPN gateways, opposition politicians say.",
            claims=[ST("The health ministry allegedly ignored a March warning from the national cyber agency", *WARN, "kvn-warning", source="green alliance", hedged=True)]),
          S("The ministry denies this and has described the outage as \"temporary restrictions in routine operations\".",
            claims=[ST("The ministry denies this", *WARN, "kvn-warning", source="health ministry", denial=True)],
            loaded=[L("temporary restrictions in routine operations", "euphemism", "reported")])),
        P(S("Sources close to the investigation say the attackers had been inside the network for 23 days before they struck.",
            claims=[Q("23 days", 23, "day", "duration", subject="attackers", source="sources", group="kvn-dwell")]),
          S("KVN, which employs 9,400 staff, says it will not pay.",
            claims=[Q("9,400 staff", 9400, "worker", "employed", subject="kvn", group="kvn-staff")]),
          S("The last comparable attack, on Tessvik University Hospital in 2046, disrupted care for 19 days and led to 3,800 postponed operations.",
            claims=[Q("19 days", 19, "day", "duration", subject="tessvik university hospital attack", group="kvn-2046-days", time=T("2046-01-01", "2046-12-31")),
                    Q("3,800 postponed operations", 3800, None, None, subject="tessvik university hospital attack", group="kvn-2046", time=T("2046-01-01", "2046-12-31"))])),
    ],
    "post": ["Related: Our 2050 hospital IT security survey, page 12", "Clinical IT Weekly is published by Meditrade Media Ltd."],
    "removed": ["By Owen Trask", "Issue 41/2050", "hospital IT security survey", "Meditrade Media Ltd"],
}

ARTICLES = [RBW, NZ, SX, CIW]

REWRITES = []


def files():
    """rbw-english.atom is written by dev30_hitze.py."""
    return {
        "kvn-nz.html": (render_html(NZ, NZ_SITE), False),
        "kvn-sentrix-pm.txt": (render_txt(SX), False),
        "kvn-clinicalit.txt": (render_txt(CIW), False),
    }
