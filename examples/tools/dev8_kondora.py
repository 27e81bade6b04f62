"""dev8 story 4: the crypto exchange Kondora in Halmstedt stops all withdrawals and files for
insolvency (Wednesday 3 March 2027); a week later its founder Marek Zöllig is arrested.

A German business daily (HTML), an English markets wire (txt with dateline) and a light rewrite of
it by an English crypto news site (HTML), a consumer-protection association's press release after
the arrest, and a law firm's advertorial with a webinar advert (gzip text). Invented by a tenth
writer: city, companies, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html
from dev8_lib import group

SID = "st-kondora-collapse"
HALT = "ev-kondora-halt"
ARREST = "ev-kondora-arrest"
STORY = {"id": SID, "label": "Collapse of the crypto exchange Kondora, Halmstedt",
         "events": [{"id": HALT, "label": "Kondora halts withdrawals and files for insolvency, 3 March 2027"},
                    {"id": ARREST, "label": "Founder Marek Zöllig arrested at Halmstedt airport, 10 March 2027"}]}

SUBJ = "kondora"
ZOE = "marek zöllig"
VOG = "ines vogler"
FK = "finanzkurier"
PROS = "prosecutors"
DAY = T("2027-03-03", "2027-03-03")
TRANSFER_OBJ = "customer funds to kondora ventures"

GROUPS = [
    group("kondora-halt", SID, "agreed",
          "Kondora stopped all withdrawals on 3 March (Finanzkurier, Harbourline, Ledgerline)."),
    group("kondora-insolvency", SID, "agreed",
          "Kondora filed for insolvency on 3 March (Finanzkurier, Harbourline, Ledgerline, Verbraucherschutz, Thalberg & Ress)."),
    group("kondora-customers", SID, "agreed",
          "About 310,000 customers (Finanzkurier, Harbourline, Ledgerline); 'mehr als 300.000' / 'über 300.000' (advertorial, press release) are bounds of the same number."),
    group("kondora-deposits", SID, "agreed",
          "About €1.4 billion in customer funds (Finanzkurier; Harbourline and Ledgerline with $1.5 billion in brackets; 'knapp 1,4 Mrd.' in the press release; the advertorial)."),
    group("kondora-shortfall", SID, "compatible",
          "At least €600 million missing on 3 March (administrator via Finanzkurier, Harbourline, Ledgerline); about 780 million on 11 March and 'fast 800 Millionen' on 12 March: later figures."),
    group("kondora-staff", SID, "agreed",
          "260 employees (Finanzkurier, Harbourline, Ledgerline)."),
    group("kondora-bitcoin", SID, "agreed",
          "Bitcoin fell 7.5 percent (Finanzkurier, Harbourline, Ledgerline)."),
    group("kondora-token", SID, "agreed",
          "KDX lost 92% (Harbourline, Ledgerline) and 'mehr als 90 Prozent' (Finanzkurier): a bound of the same figure."),
    group("kondora-market-share", SID, "single-source",
          "Only the Finanzkurier gives Kondora's market share of gut 18 Prozent."),
    group("kondora-transfer", SID, "disputed",
          "The Finanzkurier and later prosecutors say Zöllig moved customer money to Kondora Ventures; Kondora and Zöllig's lawyer deny it (Finanzkurier, Harbourline, Ledgerline, Verbraucherschutz); the advertorial repeats the accusation without the denial."),
    group("kondora-transfer-sum", SID, "agreed",
          "About 420 million euros allegedly moved (Finanzkurier, Harbourline, Ledgerline, Verbraucherschutz, advertorial)."),
    group("kondora-arrest", SID, "agreed",
          "Zöllig was arrested at Halmstedt airport on 10 March (Verbraucherschutz, advertorial)."),
    group("kondora-custody", SID, "agreed",
          "A judge remanded Zöllig in custody (Verbraucherschutz, advertorial)."),
    group("kondora-complaints", SID, "single-source",
          "Only the consumer association gives the 4,700 people who contacted it."),
    group("kondora-average-loss", SID, "single-source",
          "Only the consumer association gives the average of gut 4.500 Euro per customer."),
    group("kondora-deposit-guarantee", SID, "single-source",
          "Only the consumer association demands a guarantee of at least 100,000 euros."),
    group("kondora-recovery", SID, "single-source",
          "Only the advertorial gives the 10 to 20 percent creditors recovered in comparable cases."),
]

# ------------------------------------------------------------------ Der Finanzkurier (business daily)

FK_SITE = {
    "nav": ["Märkte", "Unternehmen", "Finanzen", "Krypto", "Immobilien", "Karriere"],
    "cookie": "Der Finanzkurier nutzt Cookies und Tracking-Technologien, um Ihnen ein optimales Leseerlebnis zu bieten. Mit Klick auf „Akzeptieren“ willigen Sie ein.",
    "cookie_ok": "Akzeptieren",
    "by": "Von",
    "date_label": "03.03.2027 – 15:30 Uhr",
    "share": "Artikel merken · Teilen · Drucken",
    "ad": "Anzeige – Tagesgeld mit 3,1 % p. a. – jetzt Konto eröffnen bei der Nordbank Direkt",
    "related_title": "Mehr zum Thema",
    "related": ["Kryptomärkte: Was Anleger nach dem Kursrutsch wissen müssen",
                "Kommentar: Die Aufsicht hat zu lange zugesehen",
                "Bitcoin, KDX & Co.: Die wichtigsten Kurse im Überblick"],
    "footer": "© 2027 Der Finanzkurier · Impressum · Datenschutz · Abo · Mediadaten",
    "inline": '<div class="teaser">Lesen Sie auch: <a href="/krypto/aufsicht-kryptoboersen">Wie sicher sind Kryptobörsen? Ein Überblick</a></div>\n'
              '<table class="details"><tr><td>Details</td><td></td><td></td></tr></table>',
    "inline_at": 2,
    "after": '<p class="tags">Themen: Kondora · Kryptowährungen · Insolvenz · Halmstedt</p>',
}

FKUR = {
    "input": "dev8/kondora-finanzkurier.html", "story": SID, "event": HALT,
    "publisher": "Der Finanzkurier", "published": "2027-03-03T15:30:00+01:00",
    "language": "de", "authors": ["Jonas Weidemann", "Aylin Korkmaz"], "sensational": False,
    "blocks": [
        H("Kryptobörse Kondora stoppt Auszahlungen und meldet Insolvenz an",
          claims=[ST("Kryptobörse Kondora stoppt Auszahlungen", SUBJ, "halted", "withdrawals", "kondora-halt"),
                  ST("meldet Insolvenz an", SUBJ, "filed for", "insolvency", "kondora-insolvency")]),
        P(S("Die Halmstedter Kryptobörse Kondora, mit rund 310.000 Kundinnen und Kunden einer der größten Handelsplätze für Digitalwährungen im Land, hat am Mittwochmorgen sämtliche Auszahlungen gestoppt und am Nachmittag beim Amtsgericht Halmstedt Insolvenz beantragt.",
            claims=[Q("rund 310.000 Kundinnen und Kunden", 310000, "person", "size", qualifier="about", subject=SUBJ, group="kondora-customers"),
                    ST("hat am Mittwochmorgen sämtliche Auszahlungen gestoppt", SUBJ, "halted", "withdrawals", "kondora-halt"),
                    ST("am Nachmittag beim Amtsgericht Halmstedt Insolvenz beantragt", SUBJ, "filed for", "insolvency", "kondora-insolvency")]),
          S("Auf den Konten der Plattform lagen nach Unternehmensangaben zuletzt Kundengelder von rund 1,4 Milliarden Euro, die nun eingefroren sind.",
            claims=[Q("Kundengelder von rund 1,4 Milliarden Euro", 1400000000, "eur", None, qualifier="about", subject=SUBJ, source=SUBJ,
                      group="kondora-deposits", time=DAY)])),
        P(S("Das Unternehmen sprach in einer knappen Mitteilung von einer „vorübergehenden Pause“ im Zahlungsverkehr.",
            loaded=[L("„vorübergehenden Pause“", "euphemism", "distancing")]),
          S("Die vom Gericht bestellte vorläufige Insolvenzverwalterin Dr. Ines Vogler zeichnete ein anderes Bild: Nach einer ersten Durchsicht fehlen mindestens 600 Millionen Euro, sagte sie am Mittag.",
            claims=[Q("mindestens 600 Millionen Euro", 600000000, "eur", None, qualifier="at-least", subject=SUBJ, source=VOG,
                      group="kondora-shortfall", time=DAY)]),
          S("„Das ist ein Totalschaden für das Vertrauen in die ganze Branche“, sagte ein Analyst der Privatbank Brandt & Söhne, der nicht namentlich genannt werden wollte.", "quote",
            loaded=[L("Totalschaden", "alarmist", "reported")])),
        P(S("Nach Informationen des Finanzkuriers soll Firmengründer Marek Zöllig bereits im Januar rund 420 Millionen Euro an die Schwestergesellschaft Kondora Ventures mit Sitz auf der Insel St. Arvel überwiesen haben.",
            claims=[ST("soll Firmengründer Marek Zöllig bereits im Januar rund 420 Millionen Euro an die Schwestergesellschaft Kondora Ventures",
                       ZOE, "transferred", TRANSFER_OBJ, "kondora-transfer", source=FK, hedged=True),
                    Q("rund 420 Millionen Euro", 420000000, "eur", "paid", qualifier="about", subject=ZOE, source=FK, hedged=True,
                      group="kondora-transfer-sum")]),
          S("Ein Kondora-Sprecher wies das als „frei erfunden“ zurück.",
            claims=[ST("Ein Kondora-Sprecher wies das als „frei erfunden“ zurück", SUBJ, "denies", "transferred " + TRANSFER_OBJ,
                       "kondora-transfer", source=SUBJ, denial=True)]),
          S("Der einst als „Krypto-Wunderkind“ gefeierte Zöllig war für eine Stellungnahme nicht zu erreichen.",
            loaded=[L("„Krypto-Wunderkind“", "glorifying", "distancing")])),
        H("Beben am Kryptomarkt"),
        P(S("Die Nachricht schickte die Kurse auf Talfahrt: Der Bitcoin fiel bis 14.30 Uhr um 7,5 Prozent, der hauseigene Token KDX verlor binnen zwei Tagen mehr als 90 Prozent seines Werts.",
            claims=[Q("um 7,5 Prozent", 7.5, "percent", "decrease", subject="bitcoin", group="kondora-bitcoin", time=DAY),
                    Q("mehr als 90 Prozent seines Werts", 90, "percent", "decrease", qualifier="more-than", subject="kdx token", group="kondora-token")]),
          S("Kondora hielt zuletzt gut 18 Prozent des heimischen Handelsvolumens mit Digitalwährungen, u. a. mit Bitcoin, Ether bzw. eigenen Produkten wie dem KDX.",
            claims=[Q("gut 18 Prozent des heimischen Handelsvolumens", 18, "percent", None, qualifier="more-than", subject=SUBJ,
                      group="kondora-market-share")]),
          S("Die 260 Beschäftigten sollen bis Ende März freigestellt werden.",
            claims=[Q("Die 260 Beschäftigten", 260, "worker", "employed", subject=SUBJ, group="kondora-staff")])),
    ],
    "removed": ["nutzt Cookies und Tracking-Technologien", "03.03.2027 – 15:30 Uhr", "Von Jonas Weidemann", "Artikel merken",
                "Tagesgeld mit 3,1 % p. a.", "Was Anleger nach dem Kursrutsch wissen müssen", "Die Aufsicht hat zu lange zugesehen",
                "Die wichtigsten Kurse im Überblick", "Mediadaten", "Wie sicher sind Kryptobörsen?", "Details",
                "Themen: Kondora · Kryptowährungen · Insolvenz · Halmstedt"],
}

# ------------------------------------------------------------------ Harbourline Markets Wire and its rewrite

HL = {
    "input": "dev8/kondora-harbourline.txt", "story": SID, "event": HALT,
    "publisher": "Harbourline Markets Wire", "published": "2027-03-03T17:05:00+00:00",
    "language": "en", "authors": ["Daniel Oyelaran"], "sensational": False,
    "pre": ["Harbourline Markets Wire", "March 3, 2027 5:05 PM UTC", "By Daniel Oyelaran"],
    "blocks": [
        H("Crypto exchange Kondora freezes withdrawals, files for insolvency",
          claims=[ST("Crypto exchange Kondora freezes withdrawals", SUBJ, "halted", "withdrawals", "kondora-halt"),
                  ST("files for insolvency", SUBJ, "filed for", "insolvency", "kondora-insolvency")]),
        P(S("HALMSTEDT, March 3 (Harbourline) - Kondora, one of central Europe's largest cryptocurrency exchanges, froze all customer withdrawals on Wednesday and filed for insolvency hours later, leaving about 310,000 customers unable to reach their money.",
            claims=[ST("froze all customer withdrawals on Wednesday", SUBJ, "halted", "withdrawals", "kondora-halt"),
                    ST("filed for insolvency hours later", SUBJ, "filed for", "insolvency", "kondora-insolvency"),
                    Q("about 310,000 customers", 310000, "person", "affected", qualifier="about", subject=SUBJ, group="kondora-customers")]),
          S("Customer deposits of €1.4 billion ($1.5 billion) are frozen, the company said in a statement that described the move as a “temporary pause”.",
            claims=[Q("€1.4 billion", 1400000000, "eur", None, subject=SUBJ, source=SUBJ, group="kondora-deposits", time=DAY),
                    Q("$1.5 billion", 1500000000, "usd", None, subject=SUBJ, source=SUBJ, group="kondora-deposits", time=DAY)],
            loaded=[L("“temporary pause”", "euphemism", "distancing")])),
        P(S("At least €600 million is missing, according to the court-appointed administrator, Ines Vogler.",
            claims=[Q("At least €600 million is missing", 600000000, "eur", None, qualifier="at-least", subject=SUBJ, source=VOG,
                      group="kondora-shortfall", time=DAY)]),
          S("The Finanzkurier newspaper reported that founder Marek Zöllig had allegedly moved some €420 million to an affiliate, Kondora Ventures, in January.",
            claims=[ST("founder Marek Zöllig had allegedly moved some €420 million to an affiliate", ZOE, "transferred", TRANSFER_OBJ,
                       "kondora-transfer", source=FK, hedged=True),
                    Q("some €420 million", 420000000, "eur", "paid", qualifier="about", subject=ZOE, source=FK, hedged=True,
                      group="kondora-transfer-sum")]),
          S("Kondora denied the report.",
            claims=[ST("Kondora denied the report", SUBJ, "denies", "transferred " + TRANSFER_OBJ, "kondora-transfer",
                       source=SUBJ, denial=True)])),
        P(S("Bitcoin slid 7.5% on the news, while Kondora's own KDX token has lost 92% of its value since Monday.",
            claims=[Q("Bitcoin slid 7.5%", 7.5, "percent", "decrease", subject="bitcoin", group="kondora-bitcoin", time=DAY),
                    Q("lost 92% of its value", 92, "percent", "decrease", subject="kdx token", group="kondora-token")]),
          S("The exchange, which employs 260 people, had been seeking a licence to operate in the U.S. since last year, a person familiar with the matter said.",
            claims=[Q("employs 260 people", 260, "worker", "employed", subject=SUBJ, group="kondora-staff")])),
    ],
    "post": ["(Reporting by Daniel Oyelaran; Editing by Fiona Strand)",
             "© 2027 Harbourline. All rights reserved."],
    "removed": ["Harbourline Markets Wire", "March 3, 2027 5:05 PM UTC", "By Daniel Oyelaran", "Editing by Fiona Strand",
                "All rights reserved."],
}

LL_SITE = {
    "nav": ["News", "Markets", "Bitcoin", "DeFi", "Regulation", "Podcasts"],
    "cookie": "Ledgerline uses cookies to improve your experience. By continuing you agree to our cookie policy.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Mar 3, 2027 · 6:40 PM UTC",
    "share": "Share on X · Telegram · LinkedIn",
    "ad": "Sponsored – Trade 300+ coins with zero fees for 30 days",
    "related_title": "Read more",
    "related": ["What happens to your coins when an exchange goes bust?", "KDX token: anatomy of a crash"],
    "footer": "© 2027 Ledgerline Media · Privacy · Terms · Advertise",
    "after": '<p class="tags">#Kondora #crypto #insolvency</p>',
}

LL = {
    "input": "dev8/kondora-ledgerline.html", "story": SID, "event": HALT,
    "publisher": "Ledgerline", "published": "2027-03-03T18:40:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Kondora freezes withdrawals and files for insolvency",
          claims=[ST("Kondora freezes withdrawals", SUBJ, "halted", "withdrawals", "kondora-halt"),
                  ST("files for insolvency", SUBJ, "filed for", "insolvency", "kondora-insolvency")]),
        P(S("Kondora, one of central Europe's largest crypto exchanges, froze all customer withdrawals on Wednesday and filed for insolvency a few hours later, leaving about 310,000 customers locked out of their funds.",
            claims=[ST("froze all customer withdrawals on Wednesday", SUBJ, "halted", "withdrawals", "kondora-halt"),
                    ST("filed for insolvency a few hours later", SUBJ, "filed for", "insolvency", "kondora-insolvency"),
                    Q("about 310,000 customers", 310000, "person", "affected", qualifier="about", subject=SUBJ, group="kondora-customers")]),
          S("Customer deposits of €1.4 billion ($1.5 billion) have been frozen, the company said in a statement calling the move a “temporary pause”.",
            claims=[Q("€1.4 billion", 1400000000, "eur", None, subject=SUBJ, source=SUBJ, group="kondora-deposits", time=DAY),
                    Q("$1.5 billion", 1500000000, "usd", None, subject=SUBJ, source=SUBJ, group="kondora-deposits", time=DAY)],
            loaded=[L("“temporary pause”", "euphemism", "distancing")])),
        P(S("At least €600 million is missing, according to court-appointed administrator Ines Vogler.",
            claims=[Q("At least €600 million is missing", 600000000, "eur", None, qualifier="at-least", subject=SUBJ, source=VOG,
                      group="kondora-shortfall", time=DAY)]),
          S("German-language business daily Finanzkurier reported that founder Marek Zöllig allegedly moved some €420 million to an affiliate, Kondora Ventures, in January.",
            claims=[ST("founder Marek Zöllig allegedly moved some €420 million to an affiliate", ZOE, "transferred", TRANSFER_OBJ,
                       "kondora-transfer", source=FK, hedged=True),
                    Q("some €420 million", 420000000, "eur", "paid", qualifier="about", subject=ZOE, source=FK, hedged=True,
                      group="kondora-transfer-sum")]),
          S("Kondora denied the report.",
            claims=[ST("Kondora denied the report", SUBJ, "denies", "transferred " + TRANSFER_OBJ, "kondora-transfer",
                       source=SUBJ, denial=True)])),
        P(S("Bitcoin slid 7.5% on the news, and Kondora's own KDX token has lost 92% of its value since Monday.",
            claims=[Q("Bitcoin slid 7.5%", 7.5, "percent", "decrease", subject="bitcoin", group="kondora-bitcoin", time=DAY),
                    Q("lost 92% of its value", 92, "percent", "decrease", subject="kdx token", group="kondora-token")]),
          S("The exchange employs 260 people and had been seeking a licence to operate in the U.S. since last year, according to a person familiar with the matter.",
            claims=[Q("employs 260 people", 260, "worker", "employed", subject=SUBJ, group="kondora-staff")])),
        P(S("This story was first reported by Harbourline Markets Wire.")),
    ],
    "removed": ["Ledgerline uses cookies", "Got it", "Mar 3, 2027 · 6:40 PM UTC", "Share on X", "Trade 300+ coins with zero fees",
                "What happens to your coins when an exchange goes bust?", "KDX token: anatomy of a crash", "Ledgerline Media · Privacy",
                "#Kondora #crypto #insolvency"],
}

# ------------------------------------------------------------------ consumer association press release

VSH = "verbraucherschutz halmstedt"

RELEASE = {
    "input": "dev8/kondora-verbraucherschutz.txt", "story": SID, "event": ARREST,
    "publisher": "Verbraucherschutz Halmstedt e. V.", "published": "2027-03-11T10:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Verbraucherschutz Halmstedt e. V.", "11.03.2027", "10:00 Uhr"],
    "blocks": [
        H("Nach Festnahme von Kondora-Gründer: Anleger brauchen endlich echten Schutz"),
        P(S("Die Festnahme des Kondora-Gründers Marek Zöllig am Mittwoch am Flughafen Halmstedt darf nicht darüber hinwegtäuschen, dass die Geschädigten weiter um ihr Geld bangen.",
            claims=[ST("Die Festnahme des Kondora-Gründers Marek Zöllig am Mittwoch am Flughafen Halmstedt", ZOE, "was arrested",
                       "at halmstedt airport", "kondora-arrest")]),
          S("Über 300.000 Kundinnen und Kunden der insolventen Kryptobörse kommen seit dem 3. März nicht mehr an ihre Einlagen von zusammen knapp 1,4 Mrd. Euro.",
            claims=[Q("Über 300.000 Kundinnen und Kunden", 300000, "person", "affected", qualifier="more-than", subject=SUBJ,
                      group="kondora-customers"),
                    Q("knapp 1,4 Mrd. Euro", 1400000000, "eur", None, qualifier="about", subject=SUBJ, group="kondora-deposits")])),
        P(S("Allein bei der Beschwerdestelle des Verbraucherschutzes Halmstedt haben sich seither 4.700 Betroffene gemeldet, die im Schnitt gut 4.500 Euro auf ihren Kondora-Konten hatten.",
            claims=[Q("4.700 Betroffene", 4700, "person", None, subject=SUBJ, source=VSH, group="kondora-complaints"),
                    Q("im Schnitt gut 4.500 Euro", 4500, "eur", None, qualifier="more-than", subject="kondora customers", source=VSH,
                      group="kondora-average-loss")]),
          S("Darunter sind viele Rentnerinnen und Rentner, die sich von Werbeversprechen wie „sicher wie das Sparbuch“ haben locken lassen.",
            loaded=[L("„sicher wie das Sparbuch“", "euphemism", "reported")])),
        P(S("Nach Angaben der vorläufigen Insolvenzverwalterin fehlen inzwischen rund 780 Millionen Euro.",
            claims=[Q("rund 780 Millionen Euro", 780000000, "eur", None, qualifier="about", subject=SUBJ, source=VOG,
                      group="kondora-shortfall", time=T("2027-03-03", "2027-03-11"))]),
          S("Die Staatsanwaltschaft wirft Zöllig vor, 420 Millionen Euro an eine Schwesterfirma auf der Insel St. Arvel beiseitegeschafft zu haben; ein Haftrichter ordnete Untersuchungshaft an.",
            claims=[ST("Die Staatsanwaltschaft wirft Zöllig vor, 420 Millionen Euro an eine Schwesterfirma auf der Insel St. Arvel beiseitegeschafft zu haben",
                       ZOE, "transferred", TRANSFER_OBJ, "kondora-transfer", source=PROS),
                    Q("420 Millionen Euro", 420000000, "eur", "paid", subject=ZOE, source=PROS, group="kondora-transfer-sum"),
                    ST("ein Haftrichter ordnete Untersuchungshaft an", ZOE, "was remanded in", "custody", "kondora-custody")]),
          S("Zölligs Anwalt bestreitet die Vorwürfe.",
            claims=[ST("Zölligs Anwalt bestreitet die Vorwürfe", ZOE, "denies", "transferred " + TRANSFER_OBJ, "kondora-transfer",
                       source="zöllig's lawyer", denial=True)])),
        P(S("„Der Kryptomarkt ist ein Wildwest-Casino, in dem die Aufsicht jahrelang weggeschaut hat“, sagte Vorständin Dr. Karin Lüthje.", "quote",
            loaded=[L("Wildwest-Casino", "demonising", "reported")])),
        P(S("Der Verbraucherschutz Halmstedt fordert deshalb:", "opinion")),
        LI(S("eine Einlagensicherung von mindestens 100.000 Euro pro Person auch für Guthaben auf Kryptobörsen,", "opinion",
             claims=[Q("mindestens 100.000 Euro pro Person", 100000, "eur", None, qualifier="at-least", subject="crypto deposits", source=VSH,
                       group="kondora-deposit-guarantee")])),
        LI(S("eine strikte Trennung von Kundengeldern und Firmenvermögen, z. B. durch Treuhandkonten,", "opinion")),
        LI(S("ein Werbeverbot für Krypto-Produkte mit Renditeversprechen.", "opinion")),
        P(S("Die Beschwerdestelle im Haus der Verbraucher, Raum Nr. 3, ist werktags von 9 bis 16 Uhr geöffnet.")),
    ],
    "post": ["Pressekontakt: Lena Struck, Tel. 0431 552 18 90, presse@vs-halmstedt.example",
             "Der Verbraucherschutz Halmstedt e. V. ist ein gemeinnütziger Verein und finanziert sich aus Mitgliedsbeiträgen und Spenden."],
    "removed": ["Verbraucherschutz Halmstedt e. V.", "11.03.2027", "10:00 Uhr", "Pressekontakt: Lena Struck",
                "0431 552 18 90", "finanziert sich aus Mitgliedsbeiträgen und Spenden"],
}

# ------------------------------------------------------------------ law firm advertorial (gzip)

ADV = {
    "input": "dev8/kondora-thalberg.txt.gz", "story": SID, "event": ARREST,
    "publisher": "Thalberg & Ress Rechtsanwälte", "published": "2027-03-12T08:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Thalberg & Ress Rechtsanwälte", "12.03.2027", "08:00 Uhr"],
    "blocks": [
        H("Kondora-Pleite: So kommen geschädigte Anleger an ihr Geld"),
        P(S("Das Krypto-Desaster um die Halmstedter Börse Kondora hat eine neue Wendung genommen.",
            loaded=[L("Krypto-Desaster", "alarmist")]),
          S("Gründer Marek Zöllig wurde am 10. März am Flughafen Halmstedt festgenommen und sitzt seitdem in Untersuchungshaft.",
            claims=[ST("Gründer Marek Zöllig wurde am 10. März am Flughafen Halmstedt festgenommen", ZOE, "was arrested",
                       "at halmstedt airport", "kondora-arrest"),
                    ST("sitzt seitdem in Untersuchungshaft", ZOE, "was remanded in", "custody", "kondora-custody")]),
          S("Er soll rund 420 Millionen Euro Kundengeld an eine Briefkastenfirma verschoben haben.",
            claims=[ST("Er soll rund 420 Millionen Euro Kundengeld an eine Briefkastenfirma verschoben haben", ZOE, "transferred",
                       TRANSFER_OBJ, "kondora-transfer", hedged=True),
                    Q("rund 420 Millionen Euro Kundengeld", 420000000, "eur", "paid", qualifier="about", subject=ZOE, hedged=True,
                      group="kondora-transfer-sum")],
            loaded=[L("Briefkastenfirma", "demonising")])),
        P(S("Betroffen sind mehr als 300.000 Anleger mit Guthaben von rund 1,4 Milliarden Euro.",
            claims=[Q("mehr als 300.000 Anleger", 300000, "person", "affected", qualifier="more-than", subject=SUBJ, group="kondora-customers"),
                    Q("Guthaben von rund 1,4 Milliarden Euro", 1400000000, "eur", None, qualifier="about", subject=SUBJ, group="kondora-deposits")]),
          S("In der Insolvenzmasse klafft ein Loch von fast 800 Mio. Euro.",
            claims=[Q("fast 800 Mio. Euro", 800000000, "eur", None, qualifier="about", subject=SUBJ, group="kondora-shortfall",
                      time=T("2027-03-03", "2027-03-12"))])),
        H("Warum Sie jetzt handeln müssen"),
        P(S("Erfahrungsgemäß erhalten Gläubiger in Insolvenzverfahren dieser Art oft nur 10 bis 20 Prozent ihrer Forderungen zurück.",
            claims=[Q("nur 10 bis 20 Prozent ihrer Forderungen", None, "percent", None, qualifier="range", low=10, high=20,
                      subject="creditors", group="kondora-recovery")]),
          S("Wer sich allein auf das Insolvenzverfahren verlässt, geht am Ende womöglich leer aus.", "opinion"),
          S("Haften womöglich auch Banken, Zahlungsdienstleister oder Werbepartner der Abzocke-Plattform?", "opinion",
            loaded=[L("Abzocke-Plattform", "demonising")]),
          S("Unsere spezialisierten Anwältinnen und Anwälte prüfen Ihre Ansprüche – schnell, diskret und für Sie zunächst kostenlos.", "opinion")),
    ],
    "post": ["ANZEIGE",
             "Kostenloses Live-Webinar am 18.03.2027 um 18.30 Uhr",
             "„Kondora-Pleite: Ihre Rechte als Anleger“",
             "Mit:",
             "Dr. Felix Thalberg, Fachanwalt für Bank- und Kapitalmarktrecht",
             "Prof. Dr. Miriam Ress, Insolvenzrecht",
             "Unter allen Teilnehmenden verlosen wir ein Tablet im Wert von 800 €.",
             "Bereits über 1.200 Anmeldungen!",
             "",
             "Details | |",
             "",
             "Thalberg & Ress Rechtsanwälte · Kanzlei für Anlegerschutz · Hotline 0800 664 31 20"],
    "removed": ["Thalberg & Ress Rechtsanwälte", "12.03.2027", "08:00 Uhr", "ANZEIGE", "Kostenloses Live-Webinar am 18.03.2027 um 18.30 Uhr",
                "Ihre Rechte als Anleger", "Dr. Felix Thalberg", "Prof. Dr. Miriam Ress", "Tablet im Wert von 800 €",
                "Bereits über 1.200 Anmeldungen!", "Details | |", "Hotline 0800 664 31 20"],
}

ARTICLES = [FKUR, HL, LL, RELEASE, ADV]

REWRITES = [["dev8/kondora-harbourline.txt", "dev8/kondora-ledgerline.html"]]


def files():
    return {
        "kondora-finanzkurier.html": (render_html(FKUR, FK_SITE), False),
        "kondora-harbourline.txt": (render_txt(HL), False),
        "kondora-ledgerline.html": (render_html(LL, LL_SITE), False),
        "kondora-verbraucherschutz.txt": (render_txt(RELEASE), False),
        "kondora-thalberg.txt.gz": (render_txt(ADV), True),
    }
