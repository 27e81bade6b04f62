"""dev7 story 1: a roof collapse traps miners in the Korvik copper mine, Drevnia (4 Mar 2027), and
the rescue a week later (11 Mar 2027).

A German wire report (npa) and two rewrites of it (an HTML page and a JSON Lines item with `html`),
an English public-broadcaster page (German–English pair with the wire), a tabloid that states the
union's accusation as fact and omits the operator's denial, an English wire follow-up (JSON Lines
`text` item) and a German regional broadcaster's Atom entry on the rescue (the same feed carries the
look-alike Seltau story, see dev7_seltau.py). Invented by the Parallax team: country, towns, company,
union, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_jsonl, render_atom, headline
from dev7_lib import text_without_headline

SID = "st-korvik-mine"
COLLAPSE = "ev-korvik-collapse"
RESCUE = "ev-korvik-rescue"
STORY = {"id": SID, "label": "Roof collapse traps miners in the Korvik copper mine, Drevnia",
         "events": [{"id": COLLAPSE, "label": "Roof collapse in the Korvik mine, 4 March 2027"},
                    {"id": RESCUE, "label": "Eighteen trapped miners rescued a week later, 11 March 2027"}]}

MINE = "korvik mine"
STAV = "stavren"
KOV = "kov"
DAY = T("2027-03-04", "2027-03-04")
RDAY = T("2027-03-11", "2027-03-11")
WEEK = T("2027-03-04", "2027-03-11")

GROUPS = [
    {"id": "korvik-trapped", "story": SID, "status": "agreed",
     "why": "All five reports of the collapse day give 23 trapped miners."},
    {"id": "korvik-killed", "story": SID, "status": "compatible",
     "why": "Two dead on the day of the collapse (a tabloid fact box: at least two; '14 dead or injured' is another measure), seven a week later after five bodies were recovered (a later figure)."},
    {"id": "korvik-injured", "story": SID, "status": "agreed",
     "why": "Five articles give twelve injured."},
    {"id": "korvik-serious", "story": SID, "status": "agreed",
     "why": "The wire and its HTML rewrite give three of the injured as seriously hurt."},
    {"id": "korvik-underground", "story": SID, "status": "agreed",
     "why": "Four articles give 64 miners underground at the time of the collapse."},
    {"id": "korvik-escaped", "story": SID, "status": "agreed",
     "why": "Four articles say 41 miners reached the surface on their own."},
    {"id": "korvik-depth", "story": SID, "status": "agreed",
     "why": "840 metres (wire, rewrite, NRV) and 'knapp 850 Meter' (tabloid) state the same depth within its qualifier."},
    {"id": "korvik-supplies", "story": SID, "status": "agreed",
     "why": "Four articles say the refuge chamber's supplies last about four days."},
    {"id": "korvik-chamber", "story": SID, "status": "agreed",
     "why": "Four articles say the trapped men reached a refuge chamber (NRV hedges it)."},
    {"id": "korvik-rescuers", "story": SID, "status": "conflicting",
     "why": "The wire and its rewrite give about 180 mine rescuers on site, NRV (citing civil protection) some 90."},
    {"id": "korvik-borehole-plan", "story": SID, "status": "agreed",
     "why": "The wire and both rewrites say a rescue borehole is to reach the chamber by Sunday (a plan)."},
    {"id": "korvik-warnings", "story": SID, "status": "disputed",
     "why": "The union KOV says Stavren ignored warnings about cracks in the roof; Stavren denies it (the Fanfare states it as fact and omits the denial)."},
    {"id": "korvik-staff", "story": SID, "status": "agreed",
     "why": "The wire, its HTML rewrite and NRV give about 1,400 employees."},
    {"id": "korvik-output", "story": SID, "status": "single-source",
     "why": "Only NRV gives the mine's share of about 9% of Drevnia's copper output."},
    {"id": "korvik-rescued", "story": SID, "status": "agreed",
     "why": "Both rescue reports give 18 miners brought out alive."},
    {"id": "korvik-found-dead", "story": SID, "status": "agreed",
     "why": "Both rescue reports say five trapped miners were found dead."},
    {"id": "korvik-rescue-duration", "story": SID, "status": "agreed",
     "why": "Both rescue reports say the men were brought out after seven days."},
    {"id": "korvik-borehole-width", "story": SID, "status": "agreed",
     "why": "Both rescue reports give a 70-centimetre borehole."},
    {"id": "korvik-rescue-cost", "story": SID, "status": "agreed",
     "why": "Both rescue reports give Stavren's figure of more than 9 million euros."},
    {"id": "korvik-compensation", "story": SID, "status": "single-source",
     "why": "Only Greyline Wire gives the 50,000 euros promised to each bereaved family."},
    {"id": "korvik-inspections", "story": SID, "status": "agreed",
     "why": "Both rescue reports say all 14 underground mines of the country are to be inspected."},
    {"id": "korvik-demand", "story": SID, "status": "single-source",
     "why": "Only Radio Erzland reports the union's demand for independent inspections."},
]

# ---------------------------------------------------------------- npa wire

NPA = {
    "input": "dev7/korvik-npa.txt", "story": SID, "event": COLLAPSE,
    "publisher": "npa Nordpresse-Agentur", "published": "2027-03-04T11:20:00+01:00",
    "language": "de", "authors": ["Marek Illing"], "sensational": False,
    "pre": ["npa Nordpresse-Agentur", "04.03.2027", "11:20 Uhr", "Von Marek Illing"],
    "blocks": [
        H("Grubenunglück in Drevnien: 23 Bergleute in 840 Metern Tiefe eingeschlossen",
          claims=[Q("23 Bergleute", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY),
                  Q("840 Metern Tiefe", 840, "metre", "distance", subject=MINE, group="korvik-depth")]),
        P(S("In einem Kupferbergwerk bei Korvik im Norden Drevniens sind am Donnerstagmorgen nach einem Deckeneinsturz 23 Bergleute eingeschlossen worden.",
            claims=[Q("23 Bergleute eingeschlossen", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY)]),
          S("Zwei Kumpel kamen nach Angaben des Betreibers Stavren ums Leben, zwölf wurden verletzt, drei davon schwer.",
            claims=[Q("Zwei Kumpel kamen nach Angaben des Betreibers Stavren ums Leben", 2, "worker", "killed", subject=MINE,
                      source=STAV, group="korvik-killed", time=DAY),
                    Q("zwölf wurden verletzt", 12, "worker", "wounded", subject=MINE, source=STAV, group="korvik-injured", time=DAY),
                    Q("drei davon schwer", 3, "worker", "wounded", subject=MINE, source=STAV, group="korvik-serious", time=DAY)])),
        P(S("Der Einsturz ereignete sich gegen 5.40 Uhr im St.-Barbara-Stollen von Schacht Nr. 3, kurz vor dem Schichtwechsel."),
          S("Zu diesem Zeitpunkt waren 64 Bergleute unter Tage; 41 von ihnen erreichten aus eigener Kraft die Oberfläche.",
            claims=[Q("64 Bergleute unter Tage", 64, "worker", "size", subject=MINE, group="korvik-underground", time=DAY),
                    Q("41 von ihnen erreichten aus eigener Kraft die Oberfläche", 41, "worker", None, subject=MINE,
                      group="korvik-escaped", time=DAY)])),
        P(S("Die Eingeschlossenen haben sich nach Angaben des Unternehmens in eine Rettungskammer geflüchtet.",
            claims=[ST("Die Eingeschlossenen haben sich nach Angaben des Unternehmens in eine Rettungskammer geflüchtet",
                       "trapped miners", "reached", "refuge chamber", "korvik-chamber", source=STAV)]),
          S("Die Vorräte an Wasser, Atemluft und Nahrung reichen dort für etwa vier Tage, sagte Stavren-Sprecher Tomas Ferenc.",
            claims=[Q("für etwa vier Tage", 4, "day", "duration", qualifier="about", subject="refuge chamber supplies",
                      source="tomas ferenc", group="korvik-supplies")])),
        P(S("Die Grubenwehr ist mit rund 180 Einsatzkräften vor Ort.",
            claims=[Q("rund 180 Einsatzkräften", 180, "person", "deployed", qualifier="about", subject="grubenwehr",
                      group="korvik-rescuers", time=DAY)]),
          S("Eine Rettungsbohrung soll die Kammer bis Sonntag erreichen.",
            claims=[ST("Eine Rettungsbohrung soll die Kammer bis Sonntag erreichen", "rescue borehole", "will reach",
                       "refuge chamber by sunday", "korvik-borehole-plan")])),
        P(S("Die Bergarbeitergewerkschaft KOV erhob schwere Vorwürfe gegen den Betreiber.",
            claims=[ST("Die Bergarbeitergewerkschaft KOV erhob schwere Vorwürfe gegen den Betreiber", STAV, "ignored",
                       "warnings about cracks in the gallery roof", "korvik-warnings", source=KOV)]),
          S("Stavren habe Warnungen vor Rissen in der Stollendecke seit Monaten ignoriert und die Verstärkung aus Kostengründen verschoben, sagte KOV-Chef Pavel Drach.",
            claims=[ST("Stavren habe Warnungen vor Rissen in der Stollendecke seit Monaten ignoriert", STAV, "ignored",
                       "warnings about cracks in the gallery roof", "korvik-warnings", source="pavel drach", hedged=True)]),
          S("Ein Unternehmenssprecher wies das zurück: Alle Sicherheitsprüfungen seien fristgerecht erfolgt.",
            claims=[ST("Ein Unternehmenssprecher wies das zurück", STAV, "ignored", "warnings about cracks in the gallery roof",
                       "korvik-warnings", source=STAV, denial=True)])),
        P(S("Das Bergwerk beschäftigt rund 1.400 Menschen und ist einer der größten Arbeitgeber der Region.",
            claims=[Q("rund 1.400 Menschen", 1400, "worker", "employed", qualifier="about", subject=MINE, group="korvik-staff")]),
          S("Industrieministerin Irena Vask kündigte an, noch am Abend nach Korvik zu reisen.")),
    ],
    "post": ["Themen: Bergbau · Drevnien · Unglücke",
             "",
             "Mehr zum Thema",
             "- Kupferpreis zieht nach Grubenunglück an",
             "- Chronik: Die schwersten Bergwerksunglücke der Region",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© npa Nordpresse-Agentur – Alle Rechte vorbehalten"],
    "removed": ["npa Nordpresse-Agentur", "04.03.2027", "11:20 Uhr", "Von Marek Illing", "Themen: Bergbau · Drevnien · Unglücke",
                "Mehr zum Thema", "Kupferpreis zieht nach Grubenunglück an",
                "Chronik: Die schwersten Bergwerksunglücke der Region", "Teilen: Facebook | X | E-Mail",
                "Alle Rechte vorbehalten"],
}

# ---------------------------------------------------------------- Nordstadt-Echo (rewrite of npa)

ECHO_SITE = {
    "nav": ["Startseite", "Nordstadt", "Region", "Welt", "Wirtschaft", "Sport", "Service"],
    "cookie": "Wir verwenden Cookies, um unser Angebot zu verbessern. Mit „Zustimmen“ erklären Sie sich einverstanden.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "04.03.2027, 12:45 Uhr",
    "share": "Jetzt teilen: WhatsApp · Facebook · E-Mail",
    "ad": "Anzeige – Ihr neues Bad in nur 5 Tagen: Sanitär Köhnke, Telefon 0431 220 8817",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Kupferpreis auf Rekordhoch: Was das für Handwerker bedeutet",
                "Nordstadt: Bergmannsverein feiert 125-jähriges Bestehen",
                "2. Bundesliga: Nordstadt verliert Spitzenspiel"],
    "footer": "© 2027 Nordstadt-Echo · Impressum · Datenschutz · Abo",
    "inline": '<div class="newsletter-box"><strong>Der Echo-Newsletter</strong> – die wichtigsten Nachrichten jeden Morgen um 6 Uhr. <a href="/newsletter">Jetzt abonnieren</a></div>',
    "inline_at": 3,
}

ECHO = {
    "input": "dev7/korvik-echo.html", "story": SID, "event": COLLAPSE,
    "publisher": "Nordstadt-Echo", "published": "2027-03-04T12:45:00+01:00",
    "language": "de", "authors": ["Lena Harms"], "sensational": False,
    "blocks": [
        H("Drevnien: 23 Bergleute nach Deckeneinsturz eingeschlossen",
          claims=[Q("23 Bergleute", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY)]),
        P(S("Nach einem Deckeneinsturz in einem Kupferbergwerk bei Korvik im Norden Drevniens sind seit Donnerstagmorgen 23 Bergleute eingeschlossen.",
            claims=[Q("23 Bergleute eingeschlossen", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY)]),
          S("Nach Angaben des Betreibers Stavren kamen zwei Kumpel ums Leben, zwölf wurden verletzt, drei davon schwer.",
            claims=[Q("kamen zwei Kumpel ums Leben", 2, "worker", "killed", subject=MINE, source=STAV, group="korvik-killed", time=DAY),
                    Q("zwölf wurden verletzt", 12, "worker", "wounded", subject=MINE, source=STAV, group="korvik-injured", time=DAY),
                    Q("drei davon schwer", 3, "worker", "wounded", subject=MINE, source=STAV, group="korvik-serious", time=DAY)])),
        P(S("Der Einsturz ereignete sich gegen 5.40 Uhr im St.-Barbara-Stollen von Schacht Nr. 3."),
          S("Insgesamt waren 64 Bergleute unter Tage, 41 erreichten aus eigener Kraft die Oberfläche.",
            claims=[Q("64 Bergleute unter Tage", 64, "worker", None, subject=MINE, group="korvik-underground", time=DAY),
                    Q("41 erreichten aus eigener Kraft die Oberfläche", 41, "worker", None, subject=MINE,
                      group="korvik-escaped", time=DAY)])),
        P(S("Die Eingeschlossenen haben sich laut Unternehmen in eine Rettungskammer geflüchtet, deren Vorräte für etwa vier Tage reichen.",
            claims=[ST("Die Eingeschlossenen haben sich laut Unternehmen in eine Rettungskammer geflüchtet",
                       "trapped miners", "reached", "refuge chamber", "korvik-chamber", source=STAV),
                    Q("für etwa vier Tage", 4, "day", "duration", qualifier="about", subject="refuge chamber supplies",
                      source=STAV, group="korvik-supplies")])),
        P(S("Rund 180 Einsatzkräfte der Grubenwehr sind vor Ort; eine Rettungsbohrung soll die Kammer bis Sonntag erreichen.",
            claims=[Q("Rund 180 Einsatzkräfte der Grubenwehr", 180, "person", "deployed", qualifier="about", subject="grubenwehr",
                      group="korvik-rescuers", time=DAY),
                    ST("eine Rettungsbohrung soll die Kammer bis Sonntag erreichen", "rescue borehole", "will reach",
                       "refuge chamber by sunday", "korvik-borehole-plan")])),
        P(S("Die Gewerkschaft KOV wirft Stavren vor, Warnungen vor Rissen in der Stollendecke ignoriert zu haben.",
            claims=[ST("Die Gewerkschaft KOV wirft Stavren vor, Warnungen vor Rissen in der Stollendecke ignoriert zu haben", STAV,
                       "ignored", "warnings about cracks in the gallery roof", "korvik-warnings", source=KOV)]),
          S("Das Unternehmen wies die Vorwürfe zurück.",
            claims=[ST("Das Unternehmen wies die Vorwürfe zurück", STAV, "ignored", "warnings about cracks in the gallery roof",
                       "korvik-warnings", source=STAV, denial=True)])),
        P(S("Das Bergwerk beschäftigt rund 1.400 Menschen.",
            claims=[Q("rund 1.400 Menschen", 1400, "worker", "employed", qualifier="about", subject=MINE, group="korvik-staff")])),
    ],
    "removed": ["Wir verwenden Cookies", "Zustimmen", "04.03.2027, 12:45 Uhr", "Von Lena Harms", "Jetzt teilen: WhatsApp",
                "Ihr neues Bad in nur 5 Tagen", "0431 220 8817", "Das könnte Sie auch interessieren",
                "Kupferpreis auf Rekordhoch", "Bergmannsverein feiert 125-jähriges Bestehen", "2. Bundesliga: Nordstadt verliert Spitzenspiel",
                "Der Echo-Newsletter", "Jetzt abonnieren", "Impressum · Datenschutz · Abo"],
}

# ---------------------------------------------------------------- Kurznachrichten 24 (rewrite of npa, JSON Lines html item)

K24_SITE = {
    "nav": ["Top", "Welt", "Deutschland", "Wirtschaft", "Vermischtes"],
    "cookie": "Cookies helfen uns bei der Bereitstellung unserer Dienste. Mehr in der Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "04.03.2027 13:30",
    "share": "Folgen Sie uns auf WhatsApp",
    "ad": "Anzeige: Girokonto eröffnen und 75 € Startguthaben sichern",
    "related_title": "Weitere Meldungen",
    "related": ["Stromausfall legt Innenstadt lahm", "Kupfer so teuer wie nie"],
    "footer": "© Kurznachrichten 24 · Impressum",
}

K24 = {
    "input": "dev7/korvik.jsonl#k24-7781", "story": SID, "event": COLLAPSE,
    "publisher": "Kurznachrichten 24", "published": "2027-03-04T13:30:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Grubenunglück bei Korvik: Zwei Tote, 23 Eingeschlossene",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=MINE, group="korvik-killed", time=DAY),
                  Q("23 Eingeschlossene", 23, "person", None, subject=MINE, group="korvik-trapped", time=DAY)]),
        P(S("Bei einem Deckeneinsturz in einem Kupferbergwerk bei Korvik in Drevnien sind am Donnerstag zwei Bergleute ums Leben gekommen.",
            claims=[Q("zwei Bergleute ums Leben gekommen", 2, "worker", "killed", subject=MINE, group="korvik-killed", time=DAY)]),
          S("23 Kumpel sind nach Angaben des Betreibers Stavren in ca. 840 Metern Tiefe eingeschlossen, zwölf wurden verletzt.",
            claims=[Q("23 Kumpel sind nach Angaben des Betreibers Stavren", 23, "worker", None, subject=MINE, source=STAV,
                      group="korvik-trapped", time=DAY),
                    Q("ca. 840 Metern Tiefe", 840, "metre", "distance", qualifier="about", subject=MINE, source=STAV, group="korvik-depth"),
                    Q("zwölf wurden verletzt", 12, "worker", "wounded", subject=MINE, source=STAV, group="korvik-injured", time=DAY)])),
        P(S("Von den 64 Bergleuten unter Tage erreichten 41 aus eigener Kraft die Oberfläche.",
            claims=[Q("Von den 64 Bergleuten unter Tage", 64, "worker", "size", subject=MINE, group="korvik-underground", time=DAY),
                    Q("erreichten 41 aus eigener Kraft die Oberfläche", 41, "worker", None, subject=MINE, group="korvik-escaped", time=DAY)]),
          S("Die Eingeschlossenen harren in einer Rettungskammer aus, deren Vorräte für etwa vier Tage reichen.",
            claims=[ST("Die Eingeschlossenen harren in einer Rettungskammer aus", "trapped miners", "reached", "refuge chamber",
                       "korvik-chamber"),
                    Q("für etwa vier Tage", 4, "day", "duration", qualifier="about", subject="refuge chamber supplies",
                      group="korvik-supplies")])),
        P(S("Die Gewerkschaft KOV wirft dem Betreiber vor, Warnungen ignoriert zu haben; Stavren weist das zurück.",
            claims=[ST("Die Gewerkschaft KOV wirft dem Betreiber vor, Warnungen ignoriert zu haben", STAV, "ignored",
                       "warnings about cracks in the gallery roof", "korvik-warnings", source=KOV),
                    ST("Stavren weist das zurück", STAV, "ignored", "warnings about cracks in the gallery roof",
                       "korvik-warnings", source=STAV, denial=True)]),
          S("Eine Rettungsbohrung soll die Kammer bis Sonntag erreichen.",
            claims=[ST("Eine Rettungsbohrung soll die Kammer bis Sonntag erreichen", "rescue borehole", "will reach",
                       "refuge chamber by sunday", "korvik-borehole-plan")])),
    ],
    "removed": ["Cookies helfen uns bei der Bereitstellung", "04.03.2027 13:30", "Folgen Sie uns auf WhatsApp",
                "Girokonto eröffnen und 75 € Startguthaben sichern", "Weitere Meldungen", "Stromausfall legt Innenstadt lahm",
                "Kupfer so teuer wie nie", "© Kurznachrichten 24"],
}

# ---------------------------------------------------------------- NRV International (en; pair with npa)

NRV_SITE_BASE = {
    "nav": ["Home", "Drevnia", "Region", "World", "Business", "Culture", "Listen live"],
    "cookie": "NRV uses cookies to measure audiences and improve our services. You can change your choice at any time in Settings.",
    "cookie_ok": "Accept all",
    "by": "By",
    "share": "Share this article: X · Facebook · Email",
    "ad": "Listen to NRV International on 101.4 FM or in the NRV app",
    "related_title": "Read more",
    "footer": "© NRV Drevnian Radio and Television · English Service · Contact · Terms of use",
}

NRV_SITE = dict(NRV_SITE_BASE, date_label="4 March 2027, 18:30",
                related=["Copper price climbs after Korvik accident", "Drevnia's mines: an industry under pressure",
                         "Minister promises inquiry into mine safety"])

NRV = {
    "input": "dev7/korvik-nrv.html", "story": SID, "event": COLLAPSE,
    "publisher": "NRV International", "published": "2027-03-04T18:30:00+01:00",
    "language": "en", "authors": ["Anna Kolar"], "sensational": False,
    "blocks": [
        H("Two dead, 23 trapped after roof collapse at Korvik copper mine",
          claims=[Q("Two dead", 2, "person", "killed", subject=MINE, group="korvik-killed", time=DAY),
                  Q("23 trapped", 23, "person", None, subject=MINE, group="korvik-trapped", time=DAY)]),
        P(S("Twenty-three miners were trapped some 840 metres underground on Thursday after part of a gallery roof gave way at the Korvik copper mine in northern Drevnia.",
            claims=[Q("Twenty-three miners were trapped", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY),
                    Q("some 840 metres underground", 840, "metre", "distance", qualifier="about", subject=MINE, group="korvik-depth")]),
          S("Two miners were killed and 12 injured, operator Stavren said.",
            claims=[Q("Two miners were killed", 2, "worker", "killed", subject=MINE, source=STAV, group="korvik-killed", time=DAY),
                    Q("12 injured", 12, "worker", "wounded", subject=MINE, source=STAV, group="korvik-injured", time=DAY)])),
        P(S("Of the 64 miners underground when the roof collapsed shortly before 5.40 a.m., 41 made their own way to the surface.",
            claims=[Q("Of the 64 miners underground", 64, "worker", "size", subject=MINE, group="korvik-underground", time=DAY),
                    Q("41 made their own way to the surface", 41, "worker", None, subject=MINE, group="korvik-escaped", time=DAY)])),
        P(S("The trapped men are believed to have reached a refuge chamber stocked with food, water and oxygen for about four days.",
            claims=[ST("The trapped men are believed to have reached a refuge chamber", "trapped miners", "reached",
                       "refuge chamber", "korvik-chamber", hedged=True),
                    Q("for about four days", 4, "day", "duration", qualifier="about", subject="refuge chamber supplies",
                      group="korvik-supplies")]),
          S("“We know where they are, and we know they have air,” Stavren spokesman Tomas Ferenc told reporters.", "quote")),
        P(S("Some 90 mine rescuers were working in shifts to reach them, according to the regional civil protection office.",
            claims=[Q("Some 90 mine rescuers", 90, "person", "deployed", qualifier="about", subject="mine rescuers",
                      source="civil protection", group="korvik-rescuers", time=DAY)])),
        P(S("The miners' union KOV accused Stavren of ignoring months of warnings about cracks in the gallery roof and of delaying repairs to save money.",
            claims=[ST("The miners' union KOV accused Stavren of ignoring months of warnings about cracks in the gallery roof",
                       STAV, "ignored", "warnings about cracks in the gallery roof", "korvik-warnings", source=KOV)]),
          S("The company rejected the accusation, saying all safety inspections had been carried out on schedule.",
            claims=[ST("The company rejected the accusation", STAV, "ignored", "warnings about cracks in the gallery roof",
                       "korvik-warnings", source=STAV, denial=True)])),
        P(S("The mine employs about 1,400 people and accounts for roughly 9% of Drevnia's copper output.",
            claims=[Q("about 1,400 people", 1400, "worker", "employed", qualifier="about", subject=MINE, group="korvik-staff"),
                    Q("roughly 9% of Drevnia's copper output", 9, "percent", None, qualifier="about", subject=MINE,
                      group="korvik-output")]),
          S("Industry Minister Irena Vask, who travelled to Korvik on Thursday evening, promised a full inquiry.")),
    ],
    "removed": ["NRV uses cookies", "Accept all", "4 March 2027, 18:30", "By Anna Kolar", "Listen live",
                "Share this article: X · Facebook · Email", "101.4 FM", "Copper price climbs after Korvik accident",
                "Drevnia's mines: an industry under pressure", "Minister promises inquiry into mine safety",
                "NRV Drevnian Radio and Television · English Service"],
}

# ---------------------------------------------------------------- Tagesfanfare (de tabloid; omits the denial)

FANFARE = {
    "input": "dev7/korvik-fanfare.txt", "story": SID, "event": COLLAPSE,
    "publisher": "Tagesfanfare", "published": "2027-03-05T06:00:00+01:00",
    "language": "de", "authors": ["Ricky Baumann"], "sensational": True,
    "pre": ["Tagesfanfare", "Freitag, 5. März 2027", "Von Ricky Baumann"],
    "blocks": [
        H("LEBENDIG BEGRABEN IN DER TODESGRUBE!", loaded=[L("TODESGRUBE", "alarmist")]),
        H("23 Kumpel in der Falle – und der Konzern wusste Bescheid",
          claims=[Q("23 Kumpel", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY),
                  ST("der Konzern wusste Bescheid", STAV, "ignored", "warnings about cracks in the gallery roof", "korvik-warnings")]),
        P(S("Es ist ein Albtraum in knapp 850 Metern Tiefe.",
            claims=[Q("knapp 850 Metern Tiefe", 850, "metre", "distance", qualifier="about", subject=MINE, group="korvik-depth")],
            loaded=[L("Albtraum", "alarmist")]),
          S("Seit Donnerstagmorgen sitzen 23 Kumpel im Bergwerk Korvik fest, eingemauert von Tonnen aus Gestein.",
            claims=[Q("sitzen 23 Kumpel im Bergwerk Korvik fest", 23, "worker", None, subject=MINE, group="korvik-trapped", time=DAY)],
            loaded=[L("eingemauert", "alarmist")])),
        LI(S("Tote: mindestens 2",
             claims=[Q("Tote: mindestens 2", 2, "person", "killed", qualifier="at-least", subject=MINE, group="korvik-killed", time=DAY)])),
        LI(S("Verletzte: 12",
             claims=[Q("Verletzte: 12", 12, "person", "wounded", subject=MINE, group="korvik-injured", time=DAY)])),
        LI(S("Eingeschlossen: 23",
             claims=[Q("Eingeschlossen: 23", 23, "person", None, subject=MINE, group="korvik-trapped", time=DAY)])),
        P(S("Insgesamt sind 14 Kumpel tot oder verletzt.",
            claims=[Q("14 Kumpel tot oder verletzt", 14, "worker", "killed or wounded", subject=MINE, group="korvik-killed", time=DAY)]),
          S("Und das war vermeidbar!", "opinion")),
        P(S("Denn die Bosse des Bergbau-Riesen Stavren wussten seit Monaten von den Rissen in der Decke.",
            claims=[ST("die Bosse des Bergbau-Riesen Stavren wussten seit Monaten von den Rissen in der Decke", STAV, "ignored",
                       "warnings about cracks in the gallery roof", "korvik-warnings")],
            loaded=[L("Bosse", "demonising")]),
          S("Die Reparatur wurde verschoben – um Geld zu sparen.",
            claims=[ST("Die Reparatur wurde verschoben – um Geld zu sparen", STAV, "postponed", "roof repairs to save money",
                       "korvik-warnings")]),
          S("„Die haben unsere Männer für ein paar Euro da runtergeschickt“, sagt Bergmann Jurij K. (38), der sich selbst retten konnte.", "quote")),
        P(S("Jetzt kämpfen die Helden der Grubenwehr rund um die Uhr um jedes einzelne Leben.",
            loaded=[L("Helden der Grubenwehr", "glorifying")]),
          S("Mit einem Riesenbohrer fressen sie sich durch den Fels zu den Eingeschlossenen.")),
        P(S("Wie viele Kumpel müssen noch sterben, bis in den Chefetagen endlich jemand Verantwortung übernimmt?", "opinion"),
          S("Die Regierung darf diesen Skandal-Konzern nicht davonkommen lassen!", "opinion",
            loaded=[L("Skandal-Konzern", "demonising")])),
    ],
    "post": ["MEHR AUS PANORAMA",
             "- Lotto-Millionär verschenkt sein Haus",
             "- 2. Bundesliga: Trainer-Beben in Nordstadt",
             "",
             "Themen: #Korvik #Grubenunglück #Stavren",
             "",
             "FANFARE-NEWSLETTER: Jeden Morgen die heißesten Storys – jetzt kostenlos abonnieren!"],
    "removed": ["Freitag, 5. März 2027", "Von Ricky Baumann", "MEHR AUS PANORAMA",
                "Lotto-Millionär verschenkt sein Haus", "2. Bundesliga: Trainer-Beben in Nordstadt",
                "Themen: #Korvik #Grubenunglück #Stavren", "FANFARE-NEWSLETTER"],
}

# ---------------------------------------------------------------- Greyline Wire (en, rescue a week later; JSON Lines text item)

GREYLINE = {
    "input": "dev7/korvik.jsonl#gw-30412", "story": SID, "event": RESCUE,
    "publisher": "Greyline Wire", "published": "2027-03-11T16:05:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Eighteen miners pulled alive from Korvik mine after a week underground",
          claims=[Q("Eighteen miners pulled alive", 18, "worker", "rescued", subject=MINE, group="korvik-rescued", time=RDAY)]),
        P(S("Rescuers in northern Drevnia on Thursday brought 18 miners to the surface alive, seven days after a roof collapse trapped them in the Korvik copper mine.",
            claims=[Q("brought 18 miners to the surface alive", 18, "worker", "rescued", subject=MINE, group="korvik-rescued", time=RDAY),
                    Q("seven days", 7, "day", "duration", subject="rescue", group="korvik-rescue-duration", time=WEEK)]),
          S("The bodies of five of their colleagues were recovered from the refuge area, bringing the death toll to seven, operator Stavren said.",
            claims=[Q("The bodies of five of their colleagues were recovered", 5, "worker", "killed", subject=MINE, source=STAV,
                      group="korvik-found-dead", time=RDAY),
                    Q("bringing the death toll to seven", 7, "person", "killed", subject=MINE, source=STAV, group="korvik-killed", time=WEEK)])),
        P(S("The survivors were winched up one by one in a steel capsule through a 70-centimetre borehole that drilling crews completed on Tuesday night.",
            claims=[Q("a 70-centimetre borehole", 70, "centimetre", "size", subject="rescue borehole", group="korvik-borehole-width")]),
          S("“Every single one of them walked to the ambulance on his own feet,” said the head of the mine rescue service, Lt. Col. Milan Orsek.", "quote")),
        P(S("Stavren put the cost of the rescue operation at more than €9 million.",
            claims=[Q("more than €9 million", 9000000, "eur", "cost", qualifier="more-than", subject="rescue operation", source=STAV,
                      group="korvik-rescue-cost")]),
          S("The company has promised each bereaved family €50,000 in compensation.",
            claims=[Q("€50,000", 50000, "eur", "pledged", subject="bereaved families", source=STAV, group="korvik-compensation")])),
        P(S("Drevnia's industry ministry has ordered safety inspections at all 14 of the country's underground mines.",
            claims=[Q("all 14 of the country's underground mines", 14, None, None, subject="drevnia", source="industry ministry",
                      group="korvik-inspections")]),
          S("Prosecutors are investigating whether warnings about cracks in the roof were ignored, an allegation first raised by the miners' union KOV and denied by Stavren.",
            claims=[ST("warnings about cracks in the roof were ignored, an allegation first raised by the miners' union KOV", STAV,
                       "ignored", "warnings about cracks in the gallery roof", "korvik-warnings", source=KOV),
                    ST("denied by Stavren", STAV, "ignored", "warnings about cracks in the gallery roof", "korvik-warnings",
                       source=STAV, denial=True)])),
    ],
    "post": ["Read more: Copper futures ease as Korvik rescue ends",
             "Reporting by Tessa Varga; Editing by Liam Roche"],
    "removed": ["Read more: Copper futures ease as Korvik rescue ends", "Reporting by Tessa Varga; Editing by Liam Roche"],
}

# ---------------------------------------------------------------- Radio Erzland (de Atom entry on the rescue)

ERZLAND = {
    "input": "dev7/erzland.atom#tag:erzland.example,2027:bergbau/korvik-rettung-5512", "story": SID, "event": RESCUE,
    "publisher": "Radio Erzland", "published": "2027-03-11T19:30:00+01:00",
    "language": "de", "authors": ["Jana Wendt"], "sensational": False,
    "blocks": [
        H("Korvik: 18 Bergleute nach sieben Tagen lebend geborgen",
          claims=[Q("18 Bergleute", 18, "worker", "rescued", subject=MINE, group="korvik-rescued", time=RDAY),
                  Q("nach sieben Tagen", 7, "day", "duration", subject="rescue", group="korvik-rescue-duration", time=WEEK)]),
        P(S("Eine Woche nach dem Grubenunglück von Korvik in Drevnien haben Rettungskräfte am Donnerstag 18 eingeschlossene Bergleute lebend an die Oberfläche gebracht.",
            claims=[Q("18 eingeschlossene Bergleute lebend an die Oberfläche gebracht", 18, "worker", "rescued", subject=MINE,
                      group="korvik-rescued", time=RDAY)]),
          S("Für fünf Kumpel kam jede Hilfe zu spät: Sie wurden tot in der Rettungskammer gefunden.",
            claims=[Q("Für fünf Kumpel kam jede Hilfe zu spät", 5, "worker", "killed", subject=MINE, group="korvik-found-dead",
                      time=RDAY)]),
          S("Die Zahl der Todesopfer stieg damit auf sieben.",
            claims=[Q("Die Zahl der Todesopfer stieg damit auf sieben", 7, "person", "killed", subject=MINE, group="korvik-killed",
                      time=WEEK)])),
        P(S("Die Männer wurden einzeln in einer Stahlkapsel durch ein 70 Zentimeter breites Bohrloch nach oben gezogen.",
            claims=[Q("70 Zentimeter breites Bohrloch", 70, "centimetre", "size", subject="rescue borehole", group="korvik-borehole-width")]),
          S("Die Rettungsaktion kostete nach Angaben des Betreibers Stavren mehr als 9 Mio. Euro.",
            claims=[Q("mehr als 9 Mio. Euro", 9000000, "eur", "cost", qualifier="more-than", subject="rescue operation", source=STAV,
                      group="korvik-rescue-cost")])),
        P(S("„Nach dem vierten Tag hatten wir kaum noch Hoffnung“, sagte Grubenwehr-Leiter Milan Orsek.", "quote"),
          S("Die Gewerkschaft KOV fordert nun u. a. unabhängige Kontrollen in allen Gruben des Landes.",
            claims=[ST("Die Gewerkschaft KOV fordert nun u. a. unabhängige Kontrollen in allen Gruben des Landes", KOV, "demands",
                       "independent inspections of all mines", "korvik-demand", source=KOV)])),
        P(S("Das drevnische Industrieministerium lässt inzwischen alle 14 Untertagebergwerke des Landes überprüfen.",
            claims=[Q("alle 14 Untertagebergwerke des Landes", 14, None, None, subject="drevnia", source="industry ministry",
                      group="korvik-inspections")])),
    ],
    "extra": '<p class="more"><strong>Mehr zum Thema:</strong> <a href="https://erzland.example/bergbau/korvik-chronik">Chronik des Unglücks</a></p>',
    "removed": ["Mehr zum Thema:", "Chronik des Unglücks"],
}

ATOM_FEED = {"title": "Radio Erzland", "link": "https://erzland.example/",
             "id": "tag:erzland.example,2027:feed/bergbau", "updated": "2027-03-11T19:30:00+01:00", "language": "de"}

ARTICLES = [NPA, ECHO, K24, NRV, FANFARE, GREYLINE, ERZLAND]

REWRITES = [["dev7/korvik-npa.txt", "dev7/korvik-echo.html"],
            ["dev7/korvik-npa.txt", "dev7/korvik.jsonl#k24-7781"],
            ["dev7/korvik-echo.html", "dev7/korvik.jsonl#k24-7781"]]


def files():
    """Input files of this story: {relative path: (text, gzip?)}. The Atom feed also carries the Seltau entry."""
    import dev7_seltau
    lines = [
        {"id": "k24-7781", "url": "https://kurznachrichten24.example/welt/grubenunglueck-korvik-7781",
         "title": headline(K24), "html": render_html(K24, K24_SITE), "publisher": K24["publisher"],
         "published": K24["published"], "language": "de", "section": "Welt"},
        {"id": "gw-30412", "url": "https://greylinewire.example/world/korvik-miners-rescued-30412",
         "title": headline(GREYLINE), "text": text_without_headline(GREYLINE), "publisher": GREYLINE["publisher"],
         "published": GREYLINE["published"], "language": "en", "section": "World"},
    ]
    return {
        "korvik-npa.txt": (render_txt(NPA), False),
        "korvik-echo.html": (render_html(ECHO, ECHO_SITE), False),
        "korvik.jsonl": (render_jsonl(lines), False),
        "korvik-nrv.html": (render_html(NRV, NRV_SITE), False),
        "korvik-fanfare.txt": (render_txt(FANFARE), False),
        "erzland.atom": (render_atom(ATOM_FEED, [
            (ERZLAND, "tag:erzland.example,2027:bergbau/korvik-rettung-5512",
             "https://erzland.example/bergbau/korvik-rettung-5512", ERZLAND["extra"]),
            (dev7_seltau.ERZLAND, "tag:erzland.example,2025:bergbau/seltau-rettung-3190",
             "https://erzland.example/bergbau/seltau-rettung-3190", dev7_seltau.ERZLAND["extra"]),
        ]), False),
    }
