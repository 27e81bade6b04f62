"""dev9 story 4: fraud at the children's charity Lichtblick Kinderhilfe in Halberg (Wendmark):
prosecutors search its offices (Monday 6 March 2028); a week later an audit finds 5.1 million euros
of payments without consideration, the managing director is dismissed (Monday 13 March 2028).

A regional broadcaster's RSS item (the raid), a German news site's Atom entry (the audit), an English
wire item (JSON Lines `text`), a donor watchdog's press release with demands, and a law firm's
advertorial with a webinar advert (gzip text). This module also writes the three files shared with
other stories: the WRF feed (Kirnau follow-up), the Weltecho feed (Harland blackout) and the JSON Lines
file (Kirnau rewrite and English wire). Invented by an eleventh writer: charity, firms, people,
outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_rss, render_atom, render_jsonl, headline
from dev9_lib import text_without_headline, group
import dev9_kirnau
import dev9_harland

SID = "st-lichtblick-fraud"
RAID = "ev-lichtblick-raid"
AUDIT = "ev-lichtblick-audit"
STORY = {"id": SID, "label": "Fraud affair at the charity Lichtblick Kinderhilfe, Halberg",
         "events": [{"id": RAID, "label": "Prosecutors search the charity and its director's home, 6 March 2028"},
                    {"id": AUDIT, "label": "Audit finds 5.1 million euros unaccounted for; director dismissed, 13 March 2028"}]}

LB = "lichtblick kinderhilfe"
SOLL = "bernd sollmann"
PROS = "prosecutors"
LAW = "sollmann's lawyer"
AUD = "brandt & lohse"
SW = "spendenwacht"
KZ = "dornbach & weyrich"
SUM_T = T("2021-01-01", "2026-12-31")

GROUPS = [
    group("lichtblick-sum", SID, "compatible",
          "Prosecutors suspected at least 3.8 million euros on the day of the raid; a week later the audit found 5.1 million (a later, higher figure), given by four articles."),
    group("lichtblick-embezzlement", SID, "disputed",
          "Prosecutors suspect Sollmann of diverting donations through inflated invoices; his lawyer denies any wrongdoing."),
    group("lichtblick-donors", SID, "agreed", "About 140,000 regular donors (WRF, Weltecho, ANW, advertorial)."),
    group("lichtblick-donations", SID, "agreed", "About 23 million euros of donations in 2026; the watchdog's 23.4 million is within that."),
    group("lichtblick-countries", SID, "agreed", "Projects in 14 countries (WRF, ANW)."),
    group("lichtblick-staff", SID, "single-source", "Only WRF gives 86 employees."),
    group("lichtblick-investigators", SID, "single-source", "Only WRF gives about 40 investigators."),
    group("lichtblick-properties", SID, "single-source", "Only WRF gives five further properties searched."),
    group("lichtblick-kessmann", SID, "agreed", "4.3 million euros went to Kessmann Consulting (Weltecho, ANW)."),
    group("lichtblick-invoices", SID, "single-source", "Only Weltecho gives 47 invoices."),
    group("lichtblick-cancellations", SID, "agreed", "More than 9,000 donors cancelled (Weltecho, ANW, watchdog)."),
    group("lichtblick-donation-drop", SID, "agreed", "Donations fell by almost 60 percent in the week (Weltecho, ANW)."),
    group("lichtblick-dismissal", SID, "agreed", "Sollmann was dismissed without notice (Weltecho, ANW, watchdog)."),
    group("lichtblick-suspension", SID, "single-source", "Only WRF reports the provisional suspension on the day of the raid."),
    group("lichtblick-chair", SID, "agreed", "The board chair Gesine Tallert resigned (Weltecho, ANW)."),
    group("lichtblick-seal", SID, "agreed", "Spendenwacht withdraws its transparency seal (watchdog release, ANW, advertorial)."),
    group("lichtblick-admin-declared", SID, "agreed", "Lichtblick declared administrative costs of 9.8 percent (watchdog, ANW)."),
    group("lichtblick-admin-real", SID, "single-source", "Only the watchdog calculates 24 percent."),
    group("lichtblick-watchdog-orgs", SID, "single-source", "Only the watchdog gives about 280 organisations reviewed."),
    group("lichtblick-threshold", SID, "single-source", "Only the watchdog demands the rule above one million euros of donations."),
    group("lichtblick-deadline", SID, "single-source", "Only the watchdog demands publication within six months."),
    group("lichtblick-avg-donation", SID, "single-source", "Only the advertorial gives 165 euros a year on average."),
    group("lichtblick-tax", SID, "single-source", "Only the advertorial gives the 20 percent deduction limit."),
    group("lichtblick-limitation", SID, "single-source", "Only the advertorial gives the three-year limitation period."),
    group("lichtblick-clients", SID, "single-source", "Only the advertorial says more than 300 donors contacted the firm."),
    group("lichtblick-villa", SID, "single-source", "Only WRF gives the villa's price of about 1.2 million euros."),
]

# ------------------------------------------------------------------ WRF: the raid (RSS item)

WRF = {
    "input": "dev9/wrf-nachrichten.rss#wrf-2028-03-06-0418", "story": SID, "event": RAID,
    "publisher": "WRF Wendmark Rundfunk", "published": "2028-03-06T16:45:00+01:00",
    "language": "de", "authors": ["Tim Okonkwo-Berg"], "sensational": False,
    "blocks": [
        H("Razzia bei Lichtblick Kinderhilfe: Geschäftsführer unter Untreueverdacht"),
        P(S("Rund 40 Ermittler von Staatsanwaltschaft und Landeskriminalamt haben am Montagmorgen die Zentrale des Hilfswerks Lichtblick Kinderhilfe in der Halberger Südstadt sowie fünf weitere Objekte durchsucht, darunter das Wohnhaus des Geschäftsführers Bernd Sollmann.",
            claims=[Q("Rund 40 Ermittler", 40, "person", "deployed", qualifier="about", subject="search of lichtblick kinderhilfe", group="lichtblick-investigators"),
                    Q("fünf weitere Objekte", 5, None, None, subject="search of lichtblick kinderhilfe", group="lichtblick-properties")]),
          S("Die Staatsanwaltschaft Halberg erhebt schwere Vorwürfe gegen den 58-Jährigen."),
          S("Er soll zwischen 2021 und 2026 mindestens 3,8 Millionen Euro an Spendengeldern über überhöhte Rechnungen an eine Beratungsfirma abgezweigt haben, die seinem Schwager gehört.",
            claims=[Q("mindestens 3,8 Millionen Euro an Spendengeldern", 3800000, "eur", "embezzled", qualifier="at-least", subject=SOLL, source=PROS, hedged=True, group="lichtblick-sum", time=SUM_T),
                    ST("Er soll zwischen 2021 und 2026 mindestens 3,8 Millionen Euro an Spendengeldern über überhöhte Rechnungen an eine Beratungsfirma abgezweigt haben", SOLL, "embezzled",
                       "donations to lichtblick kinderhilfe", "lichtblick-embezzlement", source=PROS, hedged=True)]),
          S("Ein Teil des Geldes sei in den Kauf einer Ferienvilla an der Küste von Port Amery geflossen, die rund 1,2 Millionen Euro gekostet habe, sagte Oberstaatsanwältin Dr. Karin Heuser.",
            claims=[Q("rund 1,2 Millionen Euro gekostet", 1200000, "eur", "cost", qualifier="about", subject="holiday villa", source="karin heuser", hedged=True, group="lichtblick-villa")])),
        P(S("Sollmanns Verteidiger, Prof. Dr. Ulrich Brede, wies die Vorwürfe entschieden zurück.",
            claims=[ST("wies die Vorwürfe entschieden zurück", SOLL, "embezzled", "donations to lichtblick kinderhilfe", "lichtblick-embezzlement", source=LAW, denial=True)]),
          S("Sämtliche Zahlungen an die Beratungsfirma seien durch Verträge gedeckt und vom Vorstand genehmigt worden, sein Mandant werde umfassend mit den Behörden zusammenarbeiten."),
          S("Der Vorstand des Vereins stellte Sollmann am Nachmittag vorläufig von seinen Aufgaben frei.",
            claims=[ST("Der Vorstand des Vereins stellte Sollmann am Nachmittag vorläufig von seinen Aufgaben frei", "board of lichtblick kinderhilfe",
                       "suspended", SOLL, "lichtblick-suspension")])),
        P(S("Lichtblick, 1991 von einer Elterninitiative gegründet, zählt mit rund 140.000 Fördermitgliedern zu den bekanntesten Kinderhilfswerken des Landes.",
            claims=[Q("rund 140.000 Fördermitgliedern", 140000, "person", "size", qualifier="about", subject=LB, group="lichtblick-donors")]),
          S("Im Jahr 2026 nahm der Verein nach eigenen Angaben rund 23 Millionen Euro an Spenden ein und finanzierte damit Schul- und Ernährungsprojekte in 14 Ländern; in der Zentrale arbeiten 86 Beschäftigte.",
            claims=[Q("rund 23 Millionen Euro an Spenden", 23000000, "eur", "raised", qualifier="about", subject=LB, source=LB, group="lichtblick-donations"),
                    Q("in 14 Ländern", 14, "country", None, subject=LB, source=LB, group="lichtblick-countries"),
                    Q("86 Beschäftigte", 86, "worker", "employed", subject=LB, source=LB, group="lichtblick-staff")])),
        P(S("Die Projekte in den Partnerländern sollen nach Angaben einer Sprecherin ohne Einschränkungen weiterlaufen."),
          S("„Kein Kind in unseren Projekten wird unter dieser Sache leiden“, sagte sie.", "quote")),
    ],
    "extra": '<p class="footer">Mehr dazu heute um 18.10 Uhr in „WRF Aktuell“. Themen: Halberg · Justiz · Spenden</p>',
    "removed": ["Mehr dazu heute um 18.10 Uhr", "Themen: Halberg · Justiz · Spenden"],
}

# ------------------------------------------------------------------ Weltecho: the audit (Atom entry)

WELTECHO = {
    "input": "dev9/weltecho.atom#tag:weltecho.example,2028:spendenaffaere-lichtblick-6120", "story": SID, "event": AUDIT,
    "publisher": "Weltecho", "published": "2028-03-13T18:20:00+01:00",
    "language": "de", "authors": ["Lea Hartkamp"], "sensational": False,
    "blocks": [
        H("Spendenaffäre: Prüfer finden 5,1 Millionen Euro ohne Gegenleistung",
          claims=[Q("5,1 Millionen Euro ohne Gegenleistung", 5100000, "eur", "embezzled", subject=LB, group="lichtblick-sum", time=SUM_T)]),
        P(S("Die Affäre um das Halberger Hilfswerk Lichtblick Kinderhilfe weitet sich aus.",),
          S("Wirtschaftsprüfer der Gesellschaft Brandt & Lohse stießen in den Büchern des Vereins auf Zahlungen von insgesamt 5,1 Millionen Euro, denen keine nachweisbare Gegenleistung gegenübersteht – deutlich mehr als die 3,8 Millionen Euro, von denen die Staatsanwaltschaft bei der Durchsuchung vor einer Woche ausgegangen war.",
            claims=[Q("Zahlungen von insgesamt 5,1 Millionen Euro", 5100000, "eur", "embezzled", subject=LB, source=AUD, group="lichtblick-sum", time=SUM_T),
                    Q("die 3,8 Millionen Euro, von denen die Staatsanwaltschaft", 3800000, "eur", "embezzled", subject=SOLL, source=PROS, group="lichtblick-sum", time=SUM_T)]),
          S("Allein an die Beratungsfirma Kessmann Consulting, die dem Schwager von Geschäftsführer Bernd Sollmann gehört, flossen demnach 4,3 Millionen Euro für 47 Rechnungen.",
            claims=[Q("4,3 Millionen Euro", 4300000, "eur", "paid", subject="kessmann consulting", source=AUD, group="lichtblick-kessmann"),
                    Q("47 Rechnungen", 47, None, None, subject="kessmann consulting", source=AUD, group="lichtblick-invoices")])),
        P(S("Der Vorstand zog am Montag die Konsequenzen und entließ Sollmann fristlos; die Vorstandsvorsitzende Dr. Gesine Tallert trat zurück.",
            claims=[ST("entließ Sollmann fristlos", "board of lichtblick kinderhilfe", "dismissed", SOLL, "lichtblick-dismissal"),
                    ST("die Vorstandsvorsitzende Dr. Gesine Tallert trat zurück", "gesine tallert", "resigned", "chair of lichtblick kinderhilfe", "lichtblick-chair")]),
          S("Sollmanns Anwalt bestreitet weiterhin jedes Fehlverhalten seines Mandanten.",
            claims=[ST("Sollmanns Anwalt bestreitet weiterhin jedes Fehlverhalten seines Mandanten", SOLL, "embezzled",
                       "donations to lichtblick kinderhilfe", "lichtblick-embezzlement", source=LAW, denial=True)])),
        P(S("Für den Verein sind die Folgen schon jetzt dramatisch."),
          S("Mehr als 9.000 der rund 140.000 Fördermitglieder haben seit Bekanntwerden der Vorwürfe ihre Daueraufträge gekündigt, der Spendeneingang brach in der vergangenen Woche im Vergleich zum Vorjahreszeitraum um knapp 60 Prozent ein, wie ein Sprecher einräumte.",
            claims=[Q("Mehr als 9.000", 9000, "person", None, qualifier="more-than", subject="lichtblick donors who cancelled", source=LB, group="lichtblick-cancellations"),
                    Q("der rund 140.000 Fördermitglieder", 140000, "person", "size", qualifier="about", subject=LB, source=LB, group="lichtblick-donors"),
                    Q("um knapp 60 Prozent", 60, "percent", "decrease", qualifier="about", subject="donations to lichtblick kinderhilfe", source=LB, group="lichtblick-donation-drop")]),
          S("Er sprach von einer „schmerzhaften, aber notwendigen Zäsur“.")),
    ],
    "extra": '<p><em>Mehr zum Thema:</em> <a href="https://weltecho.example/spenden">Wie sicher ist meine Spende?</a></p>',
    "removed": ["Mehr zum Thema:", "Wie sicher ist meine Spende?"],
}

# ------------------------------------------------------------------ Atlantic Newswire (English, JSON Lines text item)

ANW = {
    "input": "dev9/wendmark.jsonl#anw-7719855", "story": SID, "event": AUDIT,
    "publisher": "Atlantic Newswire", "published": "2028-03-14T10:05:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Audit finds €5.1 million unaccounted for at Wendmark children's charity",
          claims=[Q("€5.1 million unaccounted for", 5100000, "eur", "embezzled", subject=LB, group="lichtblick-sum", time=SUM_T)]),
        P(S("Auditors have found €5.1 million in payments without any documented service at Lichtblick Kinderhilfe, one of Wendmark's best-known children's charities, the charity said on Monday after dismissing its managing director, Bernd Sollmann.",
            claims=[Q("€5.1 million in payments", 5100000, "eur", "embezzled", subject=LB, source=LB, group="lichtblick-sum", time=SUM_T),
                    ST("after dismissing its managing director, Bernd Sollmann", "board of lichtblick kinderhilfe", "dismissed", SOLL, "lichtblick-dismissal")]),
          S("Of that sum, €4.3 million went to a consultancy owned by Sollmann's brother-in-law.",
            claims=[Q("€4.3 million", 4300000, "eur", "paid", subject="kessmann consulting", group="lichtblick-kessmann")]),
          S("Board chair Gesine Tallert also stepped down.",
            claims=[ST("Board chair Gesine Tallert also stepped down", "gesine tallert", "resigned", "chair of lichtblick kinderhilfe", "lichtblick-chair")])),
        P(S("Prosecutors in Halberg, who searched the charity's offices a week ago, suspect Sollmann of siphoning off donations through inflated invoices between 2021 and 2026.",
            claims=[ST("suspect Sollmann of siphoning off donations through inflated invoices", SOLL, "embezzled",
                       "donations to lichtblick kinderhilfe", "lichtblick-embezzlement", source=PROS)]),
          S("His lawyer has denied any wrongdoing.",
            claims=[ST("His lawyer has denied any wrongdoing", SOLL, "embezzled", "donations to lichtblick kinderhilfe",
                       "lichtblick-embezzlement", source=LAW, denial=True)])),
        P(S("The charity, which raised some €23 million in 2026 and funds school and nutrition projects in 14 countries, has lost more than 9,000 of its roughly 140,000 regular donors since the raid, and weekly donations are down almost 60% on a year ago, a spokesman said.",
            claims=[Q("some €23 million", 23000000, "eur", "raised", qualifier="about", subject=LB, group="lichtblick-donations"),
                    Q("in 14 countries", 14, "country", None, subject=LB, group="lichtblick-countries"),
                    Q("more than 9,000", 9000, "person", None, qualifier="more-than", subject="lichtblick donors who cancelled", source=LB, group="lichtblick-cancellations"),
                    Q("its roughly 140,000 regular donors", 140000, "person", "size", qualifier="about", subject=LB, source=LB, group="lichtblick-donors"),
                    Q("down almost 60% on a year ago", 60, "percent", "decrease", qualifier="about", subject="donations to lichtblick kinderhilfe", source=LB, group="lichtblick-donation-drop")])),
        P(S("The donor watchdog Spendenwacht said on Tuesday it was withdrawing the charity's transparency seal.",
            claims=[ST("it was withdrawing the charity's transparency seal", SW, "withdrew", "transparency seal of lichtblick kinderhilfe", "lichtblick-seal", source=SW)]),
          S("Lichtblick had reported administrative costs of 9.8% of its spending.",
            claims=[Q("administrative costs of 9.8% of its spending", 9.8, "percent", None, subject=LB, source=LB, group="lichtblick-admin-declared")])),
    ],
    "post": ["Read more: Europe's charity watchdogs call for tougher rules",
             "(Reporting by Maren Solberg; editing by Paul Derwent)"],
    "removed": ["Read more: Europe's charity watchdogs call for tougher rules", "(Reporting by Maren Solberg; editing by Paul Derwent)"],
}

# ------------------------------------------------------------------ Spendenwacht: press release with demands

SPENDENWACHT = {
    "input": "dev9/lichtblick-spendenwacht.txt", "story": SID, "event": AUDIT,
    "publisher": "Spendenwacht e.V.", "published": "2028-03-14",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Spendenwacht e.V. – Pressemitteilung", "Halberg, 14. März 2028"],
    "blocks": [
        H("Spendenwacht entzieht Lichtblick Kinderhilfe das Transparenzsiegel",
          claims=[ST("Spendenwacht entzieht Lichtblick Kinderhilfe das Transparenzsiegel", SW, "withdrew", "transparency seal of lichtblick kinderhilfe", "lichtblick-seal")]),
        P(S("Die Spendenwacht hat der Lichtblick Kinderhilfe e.V. mit sofortiger Wirkung das Transparenzsiegel entzogen.",
            claims=[ST("Die Spendenwacht hat der Lichtblick Kinderhilfe e.V. mit sofortiger Wirkung das Transparenzsiegel entzogen", SW, "withdrew",
                       "transparency seal of lichtblick kinderhilfe", "lichtblick-seal")]),
          S("Nach dem Zwischenbericht der Wirtschaftsprüfer, die Zahlungen von 5,1 Millionen Euro ohne erkennbare Gegenleistung festgestellt haben, sieht der Prüfausschuss die Voraussetzungen für das Siegel nicht mehr als erfüllt an.",
            claims=[Q("Zahlungen von 5,1 Millionen Euro ohne erkennbare Gegenleistung", 5100000, "eur", "embezzled", subject=LB, source=AUD, group="lichtblick-sum", time=SUM_T)]),
          S("Die fristlose Entlassung des Geschäftsführers ist aus unserer Sicht überfällig, ändert daran aber nichts.", "opinion",
            claims=[ST("Die fristlose Entlassung des Geschäftsführers", "board of lichtblick kinderhilfe", "dismissed", SOLL, "lichtblick-dismissal")])),
        P(S("Besonders schwer wiegt für uns, dass der Verein seinen Spenderinnen und Spendern über Jahre ein falsches Bild gezeichnet hat."),
          S("Lichtblick wies in seinen Jahresberichten einen Verwaltungskostenanteil von 9,8 Prozent aus.",
            claims=[Q("einen Verwaltungskostenanteil von 9,8 Prozent", 9.8, "percent", None, subject=LB, source=LB, group="lichtblick-admin-declared")]),
          S("Rechnet man die Beraterhonorare ein, die in Wahrheit der Geschäftsführung zugutekamen, liegt er nach unserer Berechnung bei 24 Prozent – und damit weit über dem, was wir für vertretbar halten.",
            claims=[Q("nach unserer Berechnung bei 24 Prozent", 24, "percent", None, subject=LB, source=SW, group="lichtblick-admin-real")]),
          S("Von „Unregelmäßigkeiten in der Buchhaltung“, wie der Verein es nennt, kann keine Rede sein: Hier wurde ein Hilfswerk zum Selbstbedienungsladen gemacht.", "opinion",
            loaded=[L("„Unregelmäßigkeiten in der Buchhaltung“", "euphemism", "distancing"), L("Selbstbedienungsladen", "demonising")])),
        P(S("Die Leidtragenden sind die Kinder in den Projekten und die Menschen, die dem Verein vertraut haben.", "opinion"),
          S("Schon jetzt haben über 9.000 Fördermitglieder ihre Unterstützung beendet.",
            claims=[Q("über 9.000 Fördermitglieder", 9000, "person", None, qualifier="more-than", subject="lichtblick donors who cancelled", group="lichtblick-cancellations")]),
          S("Im Jahr 2026 hatte Lichtblick 23,4 Millionen Euro an Spenden eingenommen.",
            claims=[Q("23,4 Millionen Euro an Spenden", 23400000, "eur", "raised", subject=LB, group="lichtblick-donations")])),
        H("Unsere Forderungen"),
        P(S("Damit sich ein solcher Fall nicht wiederholt, fordert die Spendenwacht, die jährlich rund 280 Organisationen prüft, vom Gesetzgeber:",
            claims=[Q("rund 280 Organisationen", 280, None, None, qualifier="about", subject=SW, source=SW, group="lichtblick-watchdog-orgs")])),
        LI(S("eine Veröffentlichungspflicht für die geprüften Jahresabschlüsse aller Organisationen mit mehr als einer Million Euro Spendeneinnahmen,", "opinion",
             claims=[Q("mit mehr als einer Million Euro Spendeneinnahmen", 1000000, "eur", "raised", qualifier="more-than", subject="charities", source=SW, group="lichtblick-threshold")])),
        LI(S("die Veröffentlichung spätestens sechs Monate nach Ende des Geschäftsjahres,", "opinion",
             claims=[Q("spätestens sechs Monate", 6, "month", "duration", qualifier="up-to", subject="publication deadline", source=SW, group="lichtblick-deadline")])),
        LI(S("ein verbindliches Vier-Augen-Prinzip bei allen Aufträgen an Firmen, die mit Vorstand oder Geschäftsführung verbunden sind,", "opinion")),
        LI(S("und eine unabhängige Aufsicht über das Spendenwesen, wie sie in anderen Ländern längst selbstverständlich ist.", "opinion")),
        P(S("Wer spendet, muss sich darauf verlassen können, dass das Geld ankommt.", "opinion")),
    ],
    "post": ["Über die Spendenwacht: Die Spendenwacht e.V. ist eine unabhängige Prüfstelle für gemeinnützige Organisationen. Sie finanziert sich aus Mitgliedsbeiträgen und Prüfgebühren.",
             "",
             "Pressekontakt: Miriam Sauter, Tel. 0731 40 55 18-20, presse@spendenwacht.example",
             "",
             "Diese Pressemitteilung als PDF herunterladen"],
    "removed": ["Spendenwacht e.V. – Pressemitteilung", "Halberg, 14. März 2028", "Über die Spendenwacht:",
                "Sie finanziert sich aus Mitgliedsbeiträgen und Prüfgebühren", "Pressekontakt: Miriam Sauter",
                "0731 40 55 18-20", "presse@spendenwacht.example", "Diese Pressemitteilung als PDF herunterladen"],
}

# ------------------------------------------------------------------ law-firm advertorial (gzip text)

KANZLEI = {
    "input": "dev9/lichtblick-dornbach.txt.gz", "story": SID, "event": AUDIT,
    "publisher": "Dornbach & Weyrich Rechtsanwälte", "published": "2028-03-15T08:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Dornbach & Weyrich Rechtsanwälte · Ratgeber Spendenrecht", "15.03.2028", "08:00 Uhr"],
    "blocks": [
        H("Spenden-Skandal bei Lichtblick: Können Spender ihr Geld zurückholen?",
          loaded=[L("Spenden-Skandal", "alarmist")]),
        P(S("Der Fall Lichtblick erschüttert das Vertrauen Hunderttausender Spenderinnen und Spender.",
            loaded=[L("erschüttert", "alarmist")]),
          S("Nach dem Zwischenbericht der Wirtschaftsprüfer fehlen dem Halberger Hilfswerk 5,1 Millionen Euro, für die es keine Gegenleistung gibt.",
            claims=[Q("5,1 Millionen Euro", 5100000, "eur", "embezzled", subject=LB, source=AUD, group="lichtblick-sum", time=SUM_T)]),
          S("Der inzwischen entlassene Geschäftsführer soll Spendengelder über Scheinrechnungen einer Beratungsfirma in die eigene Tasche gelenkt haben.",
            claims=[ST("soll Spendengelder über Scheinrechnungen einer Beratungsfirma in die eigene Tasche gelenkt haben", SOLL, "embezzled",
                       "donations to lichtblick kinderhilfe", "lichtblick-embezzlement", hedged=True)]),
          S("Die Spendenwacht hat dem Verein das Siegel bereits entzogen.",
            claims=[ST("Die Spendenwacht hat dem Verein das Siegel bereits entzogen", SW, "withdrew", "transparency seal of lichtblick kinderhilfe", "lichtblick-seal")])),
        P(S("Betroffen sind vor allem die rund 140.000 Fördermitglieder, die dem Verein im Schnitt 165 Euro im Jahr überwiesen haben.",
            claims=[Q("die rund 140.000 Fördermitglieder", 140000, "person", "size", qualifier="about", subject=LB, group="lichtblick-donors"),
                    Q("im Schnitt 165 Euro im Jahr", 165, "eur", "paid", subject="lichtblick donors", group="lichtblick-avg-donation")]),
          S("Viele fragen sich jetzt: Ist meine Spende verloren, und muss ich womöglich sogar die Steuervorteile zurückzahlen?"),
          S("Spenden an gemeinnützige Organisationen können bis zu 20 Prozent der Einkünfte steuerlich geltend gemacht werden – daran ändert ein Betrug beim Empfänger nach unserer Einschätzung zunächst nichts.",
            claims=[Q("bis zu 20 Prozent der Einkünfte", 20, "percent", None, qualifier="up-to", subject="tax deduction for donations", group="lichtblick-tax")])),
        P(S("Ob Spenden zurückgefordert werden können, hängt vom Einzelfall ab, etwa davon, ob eine Zweckbindung vereinbart war (z. B. bei Patenschaften) bzw. ob der Verein bewusst getäuscht hat."),
          S("Für Ansprüche gilt in der Regel eine Verjährungsfrist von drei Jahren.",
            claims=[Q("eine Verjährungsfrist von drei Jahren", 3, "year", "duration", subject="limitation period", group="lichtblick-limitation")]),
          S("Nach unseren Informationen haben sich bereits mehr als 300 Spender an unsere Kanzlei gewandt.",
            claims=[Q("mehr als 300 Spender", 300, "person", None, qualifier="more-than", subject="donors contacting the firm", source=KZ, group="lichtblick-clients")])),
        H("Unsere Einschätzung"),
        P(S("Wer gutgläubig für Kinder in Not gespendet hat, ist Opfer eines beispiellosen Vertrauensbruchs geworden.", "opinion",
            loaded=[L("beispiellosen Vertrauensbruchs", "alarmist")]),
          S("Warten Sie nicht, bis die Fristen ablaufen oder das Vereinsvermögen in der Insolvenz verteilt ist.", "opinion"),
          S("Sichern Sie jetzt Ihre Ansprüche – je früher, desto besser.", "opinion")),
    ],
    "post": ["ANZEIGE",
             "Kostenloses Online-Seminar: „Spende weg – was nun?“",
             "Donnerstag, 23.03.2028 · 18:30 Uhr",
             "Mit Dr. Helmut Dornbach (Fachanwalt für Vereinsrecht) und Prof. Dr. Sabine Weyrich",
             "Unter allen Teilnehmenden verlosen wir eine kostenlose Erstberatung im Wert von 250 €.",
             "Bereits 1.800 Anmeldungen – jetzt Platz sichern!",
             "",
             "Details | |",
             "",
             "Kostenlose Ersteinschätzung: 0800 733 21 90 (Mo.–Fr. 8–20 Uhr)",
             "Diese Seite ist eine Information der Dornbach & Weyrich Rechtsanwälte PartG mbB."],
    "removed": ["Dornbach & Weyrich Rechtsanwälte · Ratgeber Spendenrecht", "15.03.2028", "ANZEIGE",
                "Kostenloses Online-Seminar", "Donnerstag, 23.03.2028 · 18:30 Uhr", "Dr. Helmut Dornbach (Fachanwalt für Vereinsrecht)",
                "Erstberatung im Wert von 250 €", "Bereits 1.800 Anmeldungen", "Details | |", "0800 733 21 90",
                "Diese Seite ist eine Information"],
}

ARTICLES = [WRF, WELTECHO, ANW, SPENDENWACHT, KANZLEI]
REWRITES = []

WRF_CHANNEL = {"title": "WRF Wendmark Rundfunk – Nachrichten", "link": "https://wrf.example/nachrichten",
               "description": "Nachrichten aus der Wendmark – vom WRF", "language": "de"}
WELTECHO_FEED = {"title": "Weltecho – Alle Meldungen", "link": "https://weltecho.example/", "id": "tag:weltecho.example,2028:feed",
                 "updated": "2028-03-13T18:20:00+01:00", "language": "de"}


def _guid(article):
    return article["input"].split("#", 1)[1]


def files():
    k = dev9_kirnau.WRF
    h = dev9_harland.WELTECHO
    rss = render_rss(WRF_CHANNEL, [
        (k, _guid(k), "https://wrf.example/nachrichten/kirnau-zahl-der-toten-steigt-0731", k["extra"]),
        (WRF, _guid(WRF), "https://wrf.example/nachrichten/razzia-lichtblick-0418", WRF["extra"]),
    ])
    atom = render_atom(WELTECHO_FEED, [
        (WELTECHO, _guid(WELTECHO), "https://weltecho.example/panorama/spendenaffaere-lichtblick-6120", WELTECHO["extra"]),
        (h, _guid(h), "https://weltecho.example/welt/stromausfall-harland-5512", h["extra"]),
    ])
    lines = dev9_kirnau.jsonl_lines() + [
        {"id": "anw-7719855", "url": "https://atlanticnewswire.example/world/europe/lichtblick-charity-audit-7719855",
         "title": headline(ANW), "text": text_without_headline(ANW), "publisher": ANW["publisher"],
         "published": ANW["published"], "language": "en", "section": "World"},
    ]
    return {
        "wrf-nachrichten.rss": (rss, False),
        "weltecho.atom": (atom, False),
        "wendmark.jsonl": (render_jsonl(lines), False),
        "lichtblick-spendenwacht.txt": (render_txt(SPENDENWACHT), False),
        "lichtblick-dornbach.txt.gz": (render_txt(KANZLEI), True),
    }
