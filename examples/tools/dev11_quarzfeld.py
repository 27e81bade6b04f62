"""dev11 story 3: the listed logistics group Quarzfeld Logistik AG discloses that receivables of about 310 million
euros may not exist; its shares crash and the chief executive resigns (Thursday, 2 March 2028). Five days later
prosecutors raid the group and arrest its chief financial officer (Tuesday, 7 March 2028).

A German business daily's HTML page (ticker furniture), an English markets service's JSON Lines item (`html`), a
shareholder association's press release (list of demands; omits the auditor's denial), a law firm's advertorial
(gzip, calls to action, omits both denials' force) and an English broadcaster's Atom entry on the raid (same feed
and template as its Wendelsrode entry). Invented by the Parallax team: companies, outlets, people and figures are
fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_atom, render_jsonl, headline
import dev11_wendelsrode

SID = "st-quarzfeld-accounts"
EV1 = "ev-quarzfeld-disclosure"
EV2 = "ev-quarzfeld-raid"
STORY = {"id": SID, "label": "Accounting hole at Quarzfeld Logistik",
         "events": [{"id": EV1, "label": "Quarzfeld discloses a 310-million-euro hole, shares crash, the CEO resigns (2 March 2028)"},
                    {"id": EV2, "label": "Prosecutors raid Quarzfeld and arrest its finance chief (7 March 2028)"}]}

QZ = "quarzfeld"
SDP = "sdp"
KP = "krell & partner"
OS = "osprey research"
PROS = "prosecutors"
THU = T("2028-03-02", "2028-03-02")
TUE = T("2028-03-07", "2028-03-07")

GROUPS = [
    {"id": "qz-gap", "story": SID, "status": "compatible",
     "why": "About 310 million euros (Quarzfeld, in Handelskurier, Bellwether, Harbourline) and 'mehr als 300 Millionen' (SdP) agree; the prosecutors' later 'up to 450 million' (Harbourline, Hovestadt) is a later, looser figure."},
    {"id": "qz-ceo-resigned", "story": SID, "status": "agreed",
     "why": "Handelskurier, Bellwether and SdP: Arnulf Sieverding resigned."},
    {"id": "qz-share-fall", "story": SID, "status": "compatible",
     "why": "A 58 percent fall (Handelskurier, Bellwether) beside SdP's looser 'more than half'."},
    {"id": "qz-price", "story": SID, "status": "agreed", "why": "Handelskurier and Bellwether: closing price 11.40 euros."},
    {"id": "qz-price-before", "story": SID, "status": "single-source", "why": "Only Handelskurier: 27.15 euros the day before."},
    {"id": "qz-mcap", "story": SID, "status": "single-source", "why": "Only Handelskurier: market value of nearly 900 million euros."},
    {"id": "qz-delay", "story": SID, "status": "agreed", "why": "Handelskurier and Bellwether: accounts delayed by at least four weeks."},
    {"id": "qz-employees", "story": SID, "status": "agreed", "why": "About 6,800 employees in Handelskurier, Bellwether and Harbourline."},
    {"id": "qz-countries", "story": SID, "status": "single-source", "why": "Only Handelskurier: 14 countries."},
    {"id": "qz-revenue", "story": SID, "status": "agreed", "why": "Handelskurier and Bellwether: revenue of 1.9 billion euros in 2026."},
    {"id": "qz-osprey", "story": SID, "status": "disputed",
     "why": "Osprey Research alleged fictitious receivables in November; Quarzfeld denied it at the time (Handelskurier, Bellwether)."},
    {"id": "qz-whistleblower", "story": SID, "status": "disputed",
     "why": "Handelskurier and SdP (as their information) and Hovestadt (hedged) say the auditor was warned in 2026; Krell & Partner denies it (Handelskurier, Bellwether); SdP and Hovestadt omit the denial."},
    {"id": "qz-investors", "story": SID, "status": "agreed",
     "why": "About 40,000 small investors (SdP) and more than 40,000 (Hovestadt) state the same number."},
    {"id": "qz-sdp-demand", "story": SID, "status": "single-source", "why": "Only SdP's release: it demands a special audit."},
    {"id": "qz-sdp-deadline", "story": SID, "status": "single-source", "why": "Only SdP's release: a report within 30 days."},
    {"id": "qz-raid-officers", "story": SID, "status": "agreed", "why": "About 120 investigators (Hovestadt) and about 120 officers (Harbourline)."},
    {"id": "qz-raid-sites", "story": SID, "status": "compatible",
     "why": "14 sites in all (Hovestadt) and the headquarters plus 13 other sites (Harbourline): a part that adds up to the total."},
    {"id": "qz-cfo-arrested", "story": SID, "status": "agreed", "why": "Hovestadt and Harbourline: Renate Ulbrich arrested."},
    {"id": "qz-cfo-fraud", "story": SID, "status": "disputed",
     "why": "Prosecutors suspect Ulbrich of falsifying the accounts (Harbourline; Hovestadt, hedged); her lawyer calls it baseless (Harbourline); Hovestadt omits the denial."},
    {"id": "qz-share-fall-2", "story": SID, "status": "single-source", "why": "Only Harbourline: a further 21 percent fall on the day of the raid."},
    {"id": "qz-price-2", "story": SID, "status": "single-source", "why": "Only Harbourline: 9.01 euros."},
    {"id": "qz-hovestadt-clients", "story": SID, "status": "single-source", "why": "Only Hovestadt: it represents more than 900 investors."},
]

# ------------------------------------------------------------------ Handelskurier (de business daily, HTML; ticker furniture)

HK_SITE = {
    "nav": ["Unternehmen", "Finanzen", "Märkte", "Politik", "Karriere", "Depot", "HK Plus"],
    "cookie": "Handelskurier.example verwendet Cookies und vergleichbare Technologien. Details finden Sie in der Datenschutzerklärung.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "02.03.2028 - 18:20",
    "share": "Artikel merken · Teilen · Drucken",
    "ad": "Anzeige: Depot bei der Nordkontor Bank – 0 € Ordergebühr für 12 Monate",
    "related_title": "Weitere Artikel zu Quarzfeld",
    "related": ["Osprey Research: Wer hinter dem Leerverkäufer steckt", "Logistikbranche: Die Margen schrumpfen",
                "Analyse: Warum Prüfer so oft zu spät kommen"],
    "footer": "© Handelskurier Verlag 2028 · Kursdaten mit 15 Minuten Verzögerung · Impressum · Datenschutz",
    "inline": '<div class="ticker">Dornheimer Leitindex 14.212 (-1,3 %) · Quarzfeld 11,40 € (-58,0 %) · Euro 1,0841 $ · Gold 2.311 $</div>',
    "inline_at": 0,
    "after": '<p class="disclaimer">Keine Anlageberatung. Der Handelskurier hält keine Positionen in den genannten Wertpapieren.</p>',
}

HK = {
    "input": "dev11/quarzfeld-handelskurier.html", "story": SID, "event": EV1,
    "publisher": "Handelskurier", "published": "2028-03-02T18:20:00+01:00",
    "language": "de", "authors": ["Jörg Wessendorf", "Lea Tranh"], "sensational": False,
    "blocks": [
        H("Bilanzloch bei Quarzfeld: Aktie bricht um 58 Prozent ein, Chef tritt zurück",
          claims=[Q("um 58 Prozent", 58, "percent", "decrease", subject=QZ, group="qz-share-fall", time=THU),
                  ST("Chef tritt zurück", "arnulf sieverding", "resigned", "chief executive", "qz-ceo-resigned")]),
        P(S("Forderungen in Höhe von rund 310 Millionen Euro bestünden womöglich nicht, teilte der Logistikkonzern Quarzfeld am Donnerstagmorgen mit.",
            claims=[Q("rund 310 Millionen Euro", 310000000, "eur", None, "about", subject=QZ, source=QZ, hedged=True, group="qz-gap", time=THU)]),
          S("In der Mitteilung selbst war lediglich von „bilanziellen Unschärfen“ die Rede.",
            loaded=[L("bilanziellen Unschärfen", "euphemism", "reported")]),
          S("Vorstandschef Arnulf Sieverding trat mit sofortiger Wirkung zurück.",
            claims=[ST("Vorstandschef Arnulf Sieverding trat mit sofortiger Wirkung zurück", "arnulf sieverding", "resigned", "chief executive", "qz-ceo-resigned")]),
          S("Die Vorlage des Jahresabschlusses 2027 verschiebt sich um mindestens vier Wochen.",
            claims=[Q("um mindestens vier Wochen", 4, "week", "duration", "at-least", subject=QZ, group="qz-delay", time=THU)])),
        P(S("Die Aktie stürzte an der Börse Dornheim bis zum Abend um 58 Prozent auf 11,40 Euro ab.",
            claims=[Q("um 58 Prozent", 58, "percent", "decrease", subject=QZ, group="qz-share-fall", time=THU),
                    Q("auf 11,40 Euro", 11.4, "eur", None, subject=QZ, group="qz-price", time=THU)]),
          S("Am Mittwoch hatte sie noch 27,15 Euro gekostet.",
            claims=[Q("27,15 Euro", 27.15, "eur", None, subject=QZ, group="qz-price-before", time=T("2028-03-01", "2028-03-01"))]),
          S("Der Börsenwert schrumpfte damit auf knapp 900 Millionen Euro.",
            claims=[Q("knapp 900 Millionen Euro", 900000000, "eur", None, "about", subject=QZ, group="qz-mcap", time=THU)])),
        P(S("Quarzfeld beschäftigt rund 6.800 Menschen in 14 Ländern und setzte 2026 nach eigenen Angaben 1,9 Milliarden Euro um.",
            claims=[Q("rund 6.800 Menschen", 6800, "worker", "employed", "about", subject=QZ, source=QZ, group="qz-employees", time=None),
                    Q("14 Ländern", 14, "country", None, subject=QZ, source=QZ, group="qz-countries", time=None),
                    Q("1,9 Milliarden Euro", 1900000000, "eur", None, subject=QZ, source=QZ, group="qz-revenue", time=T("2026-01-01", "2026-12-31"))])),
        P(S("Der Leerverkäufer Osprey Research hatte bereits im November behauptet, ein Teil der Forderungen sei erfunden.",
            claims=[ST("ein Teil der Forderungen sei erfunden", QZ, "invented", "receivables", "qz-osprey", source=OS, hedged=True)]),
          S("Quarzfeld hatte das damals als „haltlos“ zurückgewiesen und mit einer Klage gedroht.",
            claims=[ST("Quarzfeld hatte das damals als „haltlos“ zurückgewiesen", QZ, "invented", "receivables", "qz-osprey", source=QZ, denial=True)])),
        P(S("Nach Handelskurier-Informationen hatte ein Mitarbeiter den Abschlussprüfer Krell & Partner bereits im Mai 2026 auf Unstimmigkeiten hingewiesen.",
            claims=[ST("hatte ein Mitarbeiter den Abschlussprüfer Krell & Partner bereits im Mai 2026 auf Unstimmigkeiten hingewiesen",
                       "whistleblower", "warned", KP, "qz-whistleblower", source="handelskurier")]),
          S("Krell & Partner wies das zurück: Man habe keinen solchen Hinweis erhalten.",
            claims=[ST("Krell & Partner wies das zurück", "whistleblower", "warned", KP, "qz-whistleblower", source=KP, denial=True)])),
        P(S("„Das ist ein schwarzer Tag für den Finanzplatz“, sagte Fondsmanagerin Ute Brammertz von Lindwerk Invest.", "quote")),
    ],
    "removed": ["verwendet Cookies und vergleichbare Technologien", "Akzeptieren", "02.03.2028 - 18:20", "HK Plus",
                "Artikel merken · Teilen · Drucken", "Nordkontor Bank", "Wer hinter dem Leerverkäufer steckt",
                "Die Margen schrumpfen", "Warum Prüfer so oft zu spät kommen", "© Handelskurier Verlag 2028",
                "Kursdaten mit 15 Minuten Verzögerung", "Dornheimer Leitindex 14.212 (-1,3 %)", "Quarzfeld 11,40 € (-58,0 %)",
                "Keine Anlageberatung"],
}

# ------------------------------------------------------------------ Bellwether Markets (en markets service, JSON Lines item with html)

BW_SITE = {
    "nav": ["Markets", "Companies", "Deals", "Rates", "Commodities", "Newsletters"],
    "cookie": "Bellwether uses cookies to improve your experience. Manage preferences at any time.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Mar 2, 2028 4:05 PM GMT",
    "share": "Share · Save · Gift this article",
    "ad": "Bellwether Pro: real-time alerts on 40,000 listed companies. Start your 14-day trial.",
    "related_title": "More from Companies",
    "related": ["Freight rates slide for fifth week", "Auditors face tougher rules after string of scandals",
                "Short sellers' hit list: who is next?"],
    "footer": "© 2028 Bellwether Markets Ltd. Prices delayed by at least 15 minutes.",
}

BW = {
    "input": "dev11/news.jsonl#bw-9931207", "story": SID, "event": EV1,
    "publisher": "Bellwether Markets", "published": "2028-03-02T16:05:00+00:00",
    "language": "en", "authors": ["Nadia Okonjo-Brandt"], "sensational": False,
    "blocks": [
        H("Quarzfeld shares crash 58% as logistics group flags €310m hole",
          claims=[Q("58%", 58, "percent", "decrease", subject=QZ, group="qz-share-fall", time=THU),
                  Q("€310m hole", 310000000, "eur", None, subject=QZ, group="qz-gap", time=THU)]),
        P(S("Shares in Quarzfeld Logistik plunged 58% to €11.40 on Thursday after the logistics group said receivables of about €310 million might not exist.",
            claims=[Q("plunged 58%", 58, "percent", "decrease", subject=QZ, group="qz-share-fall", time=THU),
                    Q("to €11.40", 11.4, "eur", None, subject=QZ, group="qz-price", time=THU),
                    Q("about €310 million", 310000000, "eur", None, "about", subject=QZ, source=QZ, group="qz-gap", time=THU)])),
        P(S("Chief executive Arnulf Sieverding resigned with immediate effect, and the company said its 2027 accounts would be delayed by at least four weeks.",
            claims=[ST("Chief executive Arnulf Sieverding resigned with immediate effect", "arnulf sieverding", "resigned", "chief executive", "qz-ceo-resigned"),
                    Q("by at least four weeks", 4, "week", "duration", "at-least", subject=QZ, source=QZ, group="qz-delay", time=THU)]),
          S("The group employs about 6,800 people and had revenue of €1.9 billion in 2026.",
            claims=[Q("about 6,800 people", 6800, "worker", "employed", "about", subject=QZ, group="qz-employees", time=None),
                    Q("€1.9 billion", 1900000000, "eur", None, subject=QZ, group="qz-revenue", time=T("2026-01-01", "2026-12-31"))])),
        P(S("Short seller Osprey Research alleged in November that some of the receivables were fictitious, which Quarzfeld denied at the time.",
            claims=[ST("Short seller Osprey Research alleged in November that some of the receivables were fictitious", QZ, "invented", "receivables", "qz-osprey", source=OS),
                    ST("which Quarzfeld denied at the time", QZ, "invented", "receivables", "qz-osprey", source=QZ, denial=True)]),
          S("The auditor, Krell & Partner, denied a report that it had been warned by a whistleblower in 2026.",
            claims=[ST("The auditor, Krell & Partner, denied a report that it had been warned by a whistleblower in 2026",
                       "whistleblower", "warned", KP, "qz-whistleblower", source=KP, denial=True)])),
        P(S("“We are looking at a possible fraud of considerable size,” said Priya Castellano, an analyst at Halberd Securities.", "quote")),
    ],
    "removed": ["Bellwether uses cookies", "Manage preferences", "Mar 2, 2028 4:05 PM GMT", "Gift this article",
                "Bellwether Pro: real-time alerts on 40,000 listed companies", "Freight rates slide for fifth week",
                "Auditors face tougher rules", "Short sellers' hit list", "© 2028 Bellwether Markets Ltd"],
}

# ------------------------------------------------------------------ SdP press release (de, dateline block, list of demands)

SDP_PR = {
    "input": "dev11/quarzfeld-sdp.txt", "story": SID, "event": EV1,
    "publisher": "Schutzbund der Privatanleger", "published": "2028-03-02T15:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Schutzbund der Privatanleger e. V.", "Dornheim, 2. März 2028, 15:00 Uhr"],
    "blocks": [
        H("SdP fordert lückenlose Aufklärung bei Quarzfeld"),
        P(S("Der Schutzbund der Privatanleger (SdP) fordert nach dem Kurssturz der Quarzfeld Logistik AG eine Sonderprüfung.",
            claims=[ST("fordert nach dem Kurssturz der Quarzfeld Logistik AG eine Sonderprüfung", SDP, "demanded", "special audit", "qz-sdp-demand", source=SDP)]),
          S("Die Aktie hat an einem einzigen Tag mehr als die Hälfte ihres Werts verloren.",
            claims=[Q("mehr als die Hälfte ihres Werts verloren", 50, "percent", "decrease", "more-than", subject=QZ, group="qz-share-fall", time=THU)]),
          S("Für viele Kleinanleger ist das eine beispiellose Kapitalvernichtung.", "opinion",
            loaded=[L("beispiellose Kapitalvernichtung", "alarmist")])),
        P(S("Betroffen sind nach unserer Schätzung rund 40.000 Privatanleger.",
            claims=[Q("rund 40.000 Privatanleger", 40000, "person", "affected", "about", subject=QZ, source=SDP, group="qz-investors", time=THU)]),
          S("Der Rücktritt von Vorstandschef Arnulf Sieverding reicht nicht aus.", "opinion",
            claims=[ST("Der Rücktritt von Vorstandschef Arnulf Sieverding", "arnulf sieverding", "resigned", "chief executive", "qz-ceo-resigned")]),
          S("Nach unseren Informationen hatte ein Mitarbeiter den Abschlussprüfer bereits im Mai 2026 gewarnt.",
            claims=[ST("hatte ein Mitarbeiter den Abschlussprüfer bereits im Mai 2026 gewarnt", "whistleblower", "warned", KP, "qz-whistleblower", source=SDP)])),
        P(S("„Dass ein Loch von mehr als 300 Millionen Euro jahrelang niemandem aufgefallen sein soll, ist schlicht unglaubwürdig“, sagt SdP-Vorstand Heiko Larsen.", "quote",
            claims=[Q("mehr als 300 Millionen Euro", 300000000, "eur", None, "more-than", subject=QZ, source="heiko larsen", group="qz-gap", time=THU)])),
        P(S("Der SdP fordert:")),
        LI(S("eine unabhängige Sonderprüfung der Jahre 2024 bis 2027,")),
        LI(S("die Aussetzung aller Boni für den Vorstand,")),
        LI(S("einen Bericht der Finanzaufsicht binnen 30 Tagen.",
             claims=[Q("binnen 30 Tagen", 30, "day", "duration", "up-to", subject="financial supervisor", source=SDP, group="qz-sdp-deadline", time=None)])),
        P(S("Betroffene Anlegerinnen und Anleger können sich unter der Rufnummer 0800 / 737 2020 an den SdP wenden.")),
    ],
    "post": ["Über den SdP: Der Schutzbund der Privatanleger vertritt seit 1971 die Interessen von mehr als 23.000 Mitgliedern.",
             "Pressekontakt: Martina Söhngen, presse@sdp.example, Tel. 0511 / 40 40 12"],
    "removed": ["PRESSEMITTEILUNG", "Dornheim, 2. März 2028, 15:00 Uhr", "Über den SdP",
                "mehr als 23.000 Mitgliedern", "Pressekontakt: Martina Söhngen"],
}

# ------------------------------------------------------------------ Hovestadt Rechtsanwälte (de law-firm advertorial, .txt.gz)

HOVE = {
    "input": "dev11/quarzfeld-hovestadt.txt.gz", "story": SID, "event": EV2,
    "publisher": "Hovestadt Rechtsanwälte", "published": "2028-03-08T09:00:00+01:00",
    "language": "de", "authors": ["Kai Hovestadt"], "sensational": True,
    "pre": ["Hovestadt Rechtsanwälte – Anlegerschutz aktuell", "08.03.2028", "Autor: Dr. Kai Hovestadt, Fachanwalt für Bank- und Kapitalmarktrecht"],
    "blocks": [
        H("Quarzfeld-Skandal: Razzia und Festnahme – jetzt Ansprüche sichern!",
          loaded=[L("Quarzfeld-Skandal", "alarmist")]),
        P(S("Der Betrugsskandal um die Quarzfeld Logistik AG weitet sich aus.",
            loaded=[L("Betrugsskandal", "demonising")]),
          S("Am Dienstag durchsuchten rund 120 Ermittler insgesamt 14 Objekte, darunter die Konzernzentrale in Dornheim.",
            claims=[Q("rund 120 Ermittler", 120, "person", "deployed", "about", subject="raid", group="qz-raid-officers", time=TUE),
                    Q("insgesamt 14 Objekte", 14, None, None, subject="raid", group="qz-raid-sites", time=TUE)]),
          S("Finanzvorständin Renate Ulbrich wurde festgenommen.",
            claims=[ST("Finanzvorständin Renate Ulbrich wurde festgenommen", PROS, "arrested", "renate ulbrich", "qz-cfo-arrested")]),
          S("Sie soll Forderungen von bis zu 450 Millionen Euro erfunden haben.",
            claims=[ST("Sie soll Forderungen von bis zu 450 Millionen Euro erfunden haben", "renate ulbrich", "falsified accounts", "receivables", "qz-cfo-fraud", hedged=True),
                    Q("bis zu 450 Millionen Euro", 450000000, "eur", None, "up-to", subject=QZ, hedged=True, group="qz-gap", time=TUE)])),
        P(S("Auch der Abschlussprüfer soll bereits 2026 Hinweise erhalten haben.",
            claims=[ST("Auch der Abschlussprüfer soll bereits 2026 Hinweise erhalten haben", "whistleblower", "warned", KP, "qz-whistleblower", hedged=True)]),
          S("Betroffen sind mehr als 40.000 Kleinanleger.",
            claims=[Q("mehr als 40.000 Kleinanleger", 40000, "person", "affected", "more-than", subject=QZ, group="qz-investors", time=None)])),
        H("Unsere Einschätzung"),
        P(S("Für geschädigte Anleger bedeutet das: Die Chancen auf Schadenersatz stehen gut.", "opinion"),
          S("Von bloßen „Unschärfen“ kann keine Rede sein.", "opinion",
            loaded=[L("Unschärfen", "euphemism", "distancing")]),
          S("Lassen Sie sich nicht von den Beschwichtigungen des Konzerns einlullen!", "opinion",
            loaded=[L("Beschwichtigungen", "belittling"), L("einlullen", "belittling")]),
          S("Wer Quarzfeld-Aktien zwischen Januar 2025 und März 2028 gekauft hat, sollte jetzt handeln, bevor Ansprüche verjähren.", "opinion"),
          S("Wir vertreten bereits mehr als 900 Quarzfeld-Anleger.",
            claims=[Q("mehr als 900 Quarzfeld-Anleger", 900, "person", None, "more-than", subject="hovestadt", source="hovestadt", group="qz-hovestadt-clients", time=None)])),
    ],
    "post": ["Kostenlose Ersteinschätzung: Tel. 0800 / 468 2300 | anlegerschutz@hovestadt.example",
             "Hovestadt Rechtsanwälte PartG mbB · Lindenallee 40 · Dornheim",
             "Werbliche Information. Sie ersetzt keine Rechtsberatung im Einzelfall."],
    "removed": ["Anlegerschutz aktuell", "08.03.2028", "Fachanwalt für Bank- und Kapitalmarktrecht",
                "Kostenlose Ersteinschätzung", "Lindenallee 40", "Werbliche Information"],
}

# ------------------------------------------------------------------ Harbourline News (en broadcaster, Atom entry; the raid)

HARBOUR = {
    "input": "dev11/harbourline.atom#tag:harbourline.example,2028:business/quarzfeld-raid-9120", "story": SID, "event": EV2,
    "publisher": "Harbourline News", "published": "2028-03-07T19:00:00+01:00",
    "language": "en", "authors": ["Colin Ashdown"], "sensational": False,
    "blocks": [
        H("Prosecutors raid Quarzfeld Logistik, arrest finance chief",
          claims=[ST("arrest finance chief", PROS, "arrested", "renate ulbrich", "qz-cfo-arrested")]),
        P(S("Prosecutors raided the headquarters of Quarzfeld Logistik in Dornheim and 13 other sites on Tuesday, five days after the group disclosed a hole of about €310 million in its accounts.",
            claims=[Q("13 other sites", 13, None, None, subject="raid", source=None, group="qz-raid-sites", time=TUE),
                    Q("about €310 million", 310000000, "eur", None, "about", subject=QZ, group="qz-gap", time=THU)]),
          S("About 120 officers and tax investigators took part.",
            claims=[Q("About 120 officers and tax investigators", 120, "person", "deployed", "about", subject="raid", group="qz-raid-officers", time=TUE)])),
        P(S("Chief financial officer Renate Ulbrich was arrested on suspicion of falsifying the accounts, the prosecutors' office said.",
            claims=[ST("Chief financial officer Renate Ulbrich was arrested", PROS, "arrested", "renate ulbrich", "qz-cfo-arrested", source=PROS),
                    ST("on suspicion of falsifying the accounts", "renate ulbrich", "falsified accounts", "receivables", "qz-cfo-fraud", source=PROS)]),
          S("Her lawyer, Detlef Amsinck, called the allegations baseless.",
            claims=[ST("called the allegations baseless", "renate ulbrich", "falsified accounts", "receivables", "qz-cfo-fraud", source="detlef amsinck", denial=True)])),
        P(S("Prosecutors said the hole could be as large as €450 million.",
            claims=[Q("as large as €450 million", 450000000, "eur", None, "up-to", subject=QZ, source=PROS, group="qz-gap", time=TUE)]),
          S("Quarzfeld shares fell a further 21% to €9.01.",
            claims=[Q("a further 21%", 21, "percent", "decrease", subject=QZ, group="qz-share-fall-2", time=TUE),
                    Q("to €9.01", 9.01, "eur", None, subject=QZ, group="qz-price-2", time=TUE)]),
          S("The company, which employs about 6,800 people, said it was cooperating fully with investigators.",
            claims=[Q("about 6,800 people", 6800, "worker", "employed", "about", subject=QZ, group="qz-employees", time=None)])),
    ],
    "extra": '<p class="more">Listen: <a href="https://harbourline.example/podcast/money-hour">The Money Hour podcast</a></p>',
    "removed": ["Listen:", "The Money Hour podcast"],
}

ARTICLES = [HK, BW, SDP_PR, HOVE, HARBOUR]

REWRITES = []

FEED = {"title": "Harbourline News – World and Business", "link": "https://harbourline.example/world",
        "id": "tag:harbourline.example,2027:feed/world", "updated": "2028-03-07T19:00:00+01:00", "language": "en"}


def files():
    """Input files of this story, the Harbourline feed with its Wendelsrode and Quarzfeld entries, and news.jsonl with the
    Ticker360 item (Wendelsrode) and the Bellwether item."""
    lines = [dev11_wendelsrode.jsonl_item(),
             {"id": "bw-9931207", "url": "https://bellwether.example/companies/quarzfeld-shares-crash-9931207",
              "title": headline(BW), "html": render_html(BW, BW_SITE), "publisher": BW["publisher"],
              "published": BW["published"], "language": "en", "section": "Companies"}]
    return {
        "harbourline.atom": (render_atom(FEED, [
            (HARBOUR, "tag:harbourline.example,2028:business/quarzfeld-raid-9120",
             "https://harbourline.example/business/quarzfeld-raid-9120", HARBOUR["extra"]),
            dev11_wendelsrode.atom_entry(),
        ]), False),
        "news.jsonl": (render_jsonl(lines), False),
        "quarzfeld-handelskurier.html": (render_html(HK, HK_SITE), False),
        "quarzfeld-sdp.txt": (render_txt(SDP_PR), False),
        "quarzfeld-hovestadt.txt.gz": (render_txt(HOVE), True),
    }
