"""dev27 story 5: on Monday, 4 November 2047, the Klinikum Ostwinkel (Seravien) halts all planned operations for two weeks
after health inspectors found residue on instruments from its central sterilisation unit on Friday; about 1,200 operations
are postponed; 43 patients operated on since 21 October may have been treated with instruments that were not sterile; the
hospital expects to lose up to €6 million. The works council says management had known since August that a
washer-disinfector was faulty and that the unit's staff had been cut to 15 from 24; the chief executive denies it.

A German agency report (sdn, text; Konjunktiv I over several sentences after "erhebt schwere Vorwürfe"), an English wire in
its own words (Meridian Press Wire; a DE–EN pair with sdn; dollars), an English tabloid on Tuesday (The Daily Howler, HTML)
with a sensational headline that inflates the operations, states the charge as fact and omits the denial, and a law firm's
advertorial on a German health portal on Wednesday (HTML) that inflates the patients and states the charge as fact.
Invented by the Parallax team: country, town, hospital, law firm, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-ostwinkel-sterile"
EV = "ev-ostwinkel-halt"
STORY = {"id": SID, "label": "Klinikum Ostwinkel halts planned operations over unsterile instruments, Seravien",
         "events": [{"id": EV, "label": "Inspectors find residue on surgical instruments; planned surgery stopped (1–6 November 2047)"}]}

HOSP = "ostwinkel hospital"
WC = "works council"
EVENT = "ostwinkel hospital surgery halt"
MON = T("2047-11-04", "2047-11-04")
SINCE = T("2047-10-21", "2047-11-01")
KNEW = (HOSP, "knew of", "a faulty washer-disinfector in the sterilisation unit since august")
UNIT = "sterilisation unit of ostwinkel hospital"

GROUPS = [
    {"id": "ks-operations", "story": SID, "status": "conflicting",
     "why": "About 1,200 operations postponed by the hospital (sdn, Meridian) against the Howler's 1,500 and 'nearly 1,500' (two estimates, neither allowing the other)."},
    {"id": "ks-weeks", "story": SID, "status": "agreed", "why": "Planned surgery halted for the next two weeks (sdn, Meridian)."},
    {"id": "ks-patients", "story": SID, "status": "conflicting",
     "why": "43 patients possibly operated on with unsterile instruments (sdn, Meridian) and the Howler's looser 'Dozens' against the advertorial's 'Hunderte'."},
    {"id": "ks-loss", "story": SID, "status": "agreed", "why": "Lost revenue of up to €6 million (sdn; Meridian with $6.5 million)."},
    {"id": "ks-knew", "story": SID, "status": "disputed",
     "why": "The works council says management knew of the faulty machine since August (sdn, Meridian); the Howler and the advertorial state it as fact; the chief executive denies it (sdn, Meridian); the Howler and the advertorial omit the denial."},
    {"id": "ks-staff", "story": SID, "status": "agreed", "why": "15 staff left in the sterilisation unit (sdn, Meridian, Howler)."},
    {"id": "ks-staff-before", "story": SID, "status": "agreed", "why": "24 staff two years earlier (sdn, Meridian)."},
    {"id": "ks-compensation", "story": SID, "status": "single-source", "why": "Only the advertorial: damages for pain of up to €15,000."},
    {"id": "ks-clients", "story": SID, "status": "single-source", "why": "Only the advertorial: the law firm has represented more than 300 clients."},
]

# ------------------------------------------------------------------ sdn (de agency, text; Monday)

NDP = {
    "input": "dev27/ostwinkel-klinik-sdn.txt", "story": SID, "event": EV,
    "publisher": "sdn Seravischer Nachrichtendienst", "published": "2047-11-04T14:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sdn Seravischer Nachrichtendienst", "04.11.2047 – 14:30", "Ressort: Gesundheit"],
    "blocks": [
        H("Hygienemängel: Klinikum Ostwinkel stoppt geplante Operationen"),
        P(S("OSTWINKEL (sdn) – Wegen verunreinigter Instrumente setzt das Klinikum Ostwinkel von Dienstag an alle planbaren Operationen aus."),
          S("Rund 1.200 Eingriffe werden in den kommenden zwei Wochen verschoben, wie die Klinik mitteilte.",
            claims=[Q("Rund 1.200 Eingriffe", 1200, None, None, "about", subject=HOSP, source=HOSP, group="ks-operations", time=T("2047-11-05", "2047-11-18")),
                    Q("in den kommenden zwei Wochen", 2, "week", "duration", subject="halt of planned surgery", source=HOSP, group="ks-weeks")]),
          S("Prüfer des Gesundheitsamts hatten am Freitag in der zentralen Sterilgutversorgung Rückstände an OP-Besteck entdeckt.")),
        P(S("Betroffen sind nach Angaben des Klinikums 43 Patienten, die seit dem 21. Oktober mit möglicherweise nicht sterilen Instrumenten operiert wurden.",
            claims=[Q("43 Patienten", 43, "patient", "affected", subject=EVENT, source=HOSP, group="ks-patients", time=SINCE)]),
          S("Infektionen sind bislang keine bekannt."),
          S("Den Einnahmeausfall beziffert die Klinik auf bis zu sechs Millionen Euro.",
            claims=[Q("bis zu sechs Millionen Euro", 6000000, "eur", "cost", "up-to", subject=EVENT, source=HOSP, group="ks-loss")])),
        P(S("Der Betriebsrat erhebt schwere Vorwürfe gegen die Geschäftsführung."),
          S("Sie habe seit August gewusst, dass ein Reinigungs- und Desinfektionsgerät defekt sei.",
            claims=[ST("Sie habe seit August gewusst, dass ein Reinigungs- und Desinfektionsgerät defekt sei", *KNEW, "ks-knew", source=WC, hedged=True)]),
          S("Zudem arbeiteten in der Sterilgutabteilung nur noch 15 Beschäftigte, vor zwei Jahren seien es 24 gewesen.",
            claims=[Q("15 Beschäftigte", 15, "worker", "employed", subject=UNIT, source=WC, hedged=True, group="ks-staff"),
                    Q("24", 24, "worker", "employed", subject=UNIT, source=WC, hedged=True, group="ks-staff-before", time=T("2045-01-01", "2045-12-31"))]),
          S("Geschäftsführerin Ilka Sandner wies die Vorwürfe zurück: Der Defekt sei erst bei der Prüfung am Freitag aufgefallen.",
            claims=[ST("Geschäftsführerin Ilka Sandner wies die Vorwürfe zurück", *KNEW, "ks-knew", source=HOSP, denial=True)])),
    ],
    "post": ["sdn rs/hw 041430 Nov 47", "", "Themen: Gesundheit · Kliniken · Ostwinkel", "© sdn – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["04.11.2047 – 14:30", "sdn rs/hw 041430 Nov 47", "Themen: Gesundheit · Kliniken · Ostwinkel", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Meridian Press Wire (en wire, text; Monday; pair with sdn)

MPW = {
    "input": "dev27/ostwinkel-klinik-mpw.txt", "story": SID, "event": EV,
    "publisher": "Meridian Press Wire", "published": "2047-11-04T17:00:00+01:00",
    "language": "en", "authors": ["Ada Fenwick"], "sensational": False,
    "pre": ["MERIDIAN PRESS WIRE", "Nov 4, 2047 16:00 GMT"],
    "blocks": [
        H("Seravian hospital halts planned surgery after dirty instruments found"),
        P(S("OSTWINKEL, Seravia (MPW) – Ostwinkel Hospital will postpone about 1,200 planned operations over the next two weeks after health inspectors found residue on surgical instruments cleaned in its sterilisation unit.",
            claims=[Q("about 1,200 planned operations", 1200, None, None, "about", subject=HOSP, group="ks-operations", time=T("2047-11-05", "2047-11-18")),
                    Q("the next two weeks", 2, "week", "duration", subject="halt of planned surgery", group="ks-weeks")]),
          S("Forty-three patients who had surgery since Oct. 21 may have been operated on with instruments that were not sterile, the hospital said, adding that no infections had been reported.",
            claims=[Q("Forty-three patients", 43, "patient", "affected", subject=EVENT, source=HOSP, group="ks-patients", time=SINCE)])),
        P(S("It expects to lose up to €6 million ($6.5 million) in revenue.",
            claims=[Q("up to €6 million", 6000000, "eur", "cost", "up-to", subject=EVENT, source=HOSP, group="ks-loss"),
                    Q("$6.5 million", 6500000, "usd", "cost", "up-to", subject=EVENT, source=HOSP, group="ks-loss")])),
        P(S("The hospital's works council said management had known since August that a washer-disinfector was faulty, and that staff in the unit had been cut to 15 from 24 two years ago.",
            claims=[ST("management had known since August that a washer-disinfector was faulty", *KNEW, "ks-knew", source=WC),
                    Q("to 15", 15, "worker", "employed", subject=UNIT, source=WC, group="ks-staff"),
                    Q("from 24 two years ago", 24, "worker", "employed", subject=UNIT, source=WC, group="ks-staff-before", time=T("2045-01-01", "2045-12-31"))]),
          S("Chief executive Ilka Sandner denied that, saying the fault came to light only during Friday's inspection.",
            claims=[ST("Chief executive Ilka Sandner denied that", *KNEW, "ks-knew", source=HOSP, denial=True)])),
    ],
    "post": ["(Reporting by Ada Fenwick; editing by Colin Marsh)", "© 2047 Meridian Press Wire. All rights reserved."],
    "removed": ["Nov 4, 2047 16:00 GMT", "editing by Colin Marsh", "© 2047 Meridian Press Wire"],
}

# ------------------------------------------------------------------ The Daily Howler (en tabloid, HTML; Tuesday; omits the denial)

DH_SITE = {
    "nav": ["News", "Celebs", "Sport", "Health", "Money", "Telly"],
    "cookie": "We and our 187 partners store and access information on your device.",
    "cookie_ok": "OK, got it",
    "by": "By",
    "date_label": "Tuesday, 5 November 2047",
    "share": "Share · 512 comments",
    "ad": "WIN £1,000 cash – text HOWL to 80808",
    "related_title": "Most read",
    "related": ["5 hospital horror stories that will make you squirm", "Telly star's 2 secret babies"],
    "footer": "© 2047 The Daily Howler Ltd",
}

DH = {
    "input": "dev27/ostwinkel-howler.html", "story": SID, "event": EV,
    "publisher": "The Daily Howler", "published": "2047-11-05T07:00:00+00:00",
    "language": "en", "authors": ["Wayne Tibbs"], "sensational": True,
    "blocks": [
        H("GERM HOSPITAL AXES 1,500 OPS IN FILTHY SCALPEL SCANDAL",
          claims=[Q("1,500 OPS", 1500, None, None, subject=HOSP, group="ks-operations", time=T("2047-11-05", "2047-11-18"))],
          loaded=[L("GERM HOSPITAL", "alarmist"), L("FILTHY SCALPEL SCANDAL", "alarmist")]),
        P(S("Dozens of patients went under the knife with dirty instruments at Ostwinkel Hospital – and bosses knew the kit was broken since August.",
            claims=[Q("Dozens of patients", 24, "patient", "affected", "at-least", subject=EVENT, group="ks-patients", time=SINCE),
                    ST("bosses knew the kit was broken since August", *KNEW, "ks-knew")]),
          S("Now nearly 1,500 operations have been axed, leaving sick patients in agony.",
            claims=[Q("nearly 1,500 operations", 1500, None, None, "about", subject=HOSP, group="ks-operations", time=T("2047-11-05", "2047-11-18"))],
            loaded=[L("in agony", "alarmist")]),
          S("The sterilisation unit has been gutted to just 15 staff.",
            claims=[Q("15 staff", 15, "worker", "employed", subject=UNIT, group="ks-staff")],
            loaded=[L("gutted", "alarmist")])),
        P(S("Pensioner Gerda Holm, 71, whose hip operation was cancelled, told the Howler: “They treat us like cattle.”", "quote",
            loaded=[L("like cattle", "demonising", "reported")]),
          S("Fat-cat managers who gamble with patients' lives must be shown the door!", "opinion",
            loaded=[L("Fat-cat", "demonising")])),
    ],
    "removed": ["187 partners", "512 comments", "text HOWL to 80808", "5 hospital horror stories that will make you squirm",
                "2 secret babies", "© 2047 The Daily Howler Ltd"],
}

# ------------------------------------------------------------------ Gesundheit Aktuell (de health portal, HTML; Wednesday; a law firm's advertorial)

GA_SITE = {
    "nav": ["Aktuell", "Kliniken", "Ratgeber", "Recht", "Ernährung"],
    "cookie": "Gesundheit Aktuell nutzt Cookies von 58 Partnern.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "6. November 2047",
    "share": "Teilen",
    "ad": "Zahnzusatzversicherung ab 9 Euro im Monat",
    "related_title": "Ratgeber Recht",
    "related": ["Behandlungsfehler: 6 Schritte zum Schmerzensgeld", "Patientenakte: So fordern Sie sie in 3 Tagen an"],
    "footer": "© 2047 Gesundheit Aktuell · Impressum · Mediadaten",
    "inline": '<div class="label">Anzeige · Ein Angebot der Kanzlei Brenner &amp; Voss</div>',
    "inline_at": 0,
    "after": '<div class="cta">Kostenlose Ersteinschätzung: 0800 471 12 47</div>',
}

GA = {
    "input": "dev27/ostwinkel-gesundheit-aktuell.html", "story": SID, "event": EV,
    "publisher": "Gesundheit Aktuell", "published": "2047-11-06T10:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Hygiene-Skandal im Klinikum: Das steht Betroffenen jetzt zu",
          loaded=[L("Hygiene-Skandal", "alarmist")]),
        P(S("Hunderte Patientinnen und Patienten in Ostwinkel wurden womöglich mit unsterilem Besteck operiert.",
            claims=[Q("Hunderte Patientinnen und Patienten", 200, "patient", "affected", "at-least", subject=EVENT, group="ks-patients", time=SINCE)]),
          S("Die Klinikleitung wusste seit Monaten von dem defekten Gerät – und operierte trotzdem weiter.",
            claims=[ST("Die Klinikleitung wusste seit Monaten von dem defekten Gerät", *KNEW, "ks-knew")])),
        P(S("Wer Opfer von Hygiene-Pfusch geworden ist, hat womöglich Anspruch auf Schmerzensgeld von bis zu 15.000 Euro.", "opinion",
            claims=[Q("bis zu 15.000 Euro", 15000, "eur", "paid", "up-to", subject="compensation for patients", group="ks-compensation")],
            loaded=[L("Hygiene-Pfusch", "demonising")]),
          S("Die Kanzlei Brenner & Voss hat bereits mehr als 300 Mandanten in Fällen von Arzthaftung vertreten.",
            claims=[Q("mehr als 300 Mandanten", 300, "person", None, "more-than", subject="brenner & voss", group="ks-clients")])),
        P(S("Lassen Sie Ihre Ansprüche jetzt kostenlos prüfen – rufen Sie uns noch heute an!", "opinion")),
    ],
    "removed": ["Anzeige · Ein Angebot der Kanzlei Brenner & Voss", "58 Partnern", "6. November 2047", "ab 9 Euro im Monat",
                "6 Schritte zum Schmerzensgeld", "in 3 Tagen an", "0800 471 12 47", "© 2047 Gesundheit Aktuell"],
}

ARTICLES = [NDP, MPW, DH, GA]

REWRITES = []


def files():
    return {
        "ostwinkel-klinik-sdn.txt": (render_txt(NDP), False),
        "ostwinkel-klinik-mpw.txt": (render_txt(MPW), False),
        "ostwinkel-howler.html": (render_html(DH, DH_SITE), False),
        "ostwinkel-gesundheit-aktuell.html": (render_html(GA, GA_SITE), False),
    }
