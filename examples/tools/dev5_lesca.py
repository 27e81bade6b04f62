"""dev5 story 1: an overloaded migrant boat capsizes off Cape Sarvo, Varnesia (night to 9 Jul 2027),
and divers reach the wreck a week later.

A German wire report (mnd) and a regional paper's light rewrite of it (HTML), an English public
broadcaster's radio transcript of the same day (German–English pair with the wire, own wording), a
far-left blog that states the aid group's accusation against the coast guard as fact and omits the
coast guard's denial (plain text without dateline block), and an English wire item a week later (RSS,
the feed's other item belongs to the refinery story). Invented by the Parallax team (sixth writer):
states, towns, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, LI, render_txt, render_html

SID = "st-lesca-boat"
CAPSIZE = "ev-lesca-capsize"
RECOVERY = "ev-lesca-recovery"
STORY = {"id": SID, "label": "Migrant boat capsizes off Cape Sarvo, Varnesia",
         "events": [{"id": CAPSIZE, "label": "An overloaded fishing boat with migrants capsizes south of Cape Sarvo"},
                    {"id": RECOVERY, "label": "A week later divers recover more bodies from the wreck; more arrests"}]}

CG = "varnesia coast guard"
OW = "open waters"
SURV = "survivors"
SSM = "südmeer-monitoring"
BOAT = "fishing boat"
DAY = T("2027-07-09", "2027-07-09")
WEEK = T("2027-07-09", "2027-07-16")

GROUPS = [
    {"id": "lesca-capsized", "story": SID, "status": "agreed",
     "why": "The wire, its rewrite and the radio report all say an overloaded fishing boat with migrants capsized off Varnesia's south coast in the night to Friday."},
    {"id": "lesca-killed", "story": SID, "status": "compatible",
     "why": "31 bodies recovered by Friday noon (mnd, Kreisblatt, RLI; 'at least 31' in the blog and the Open Waters release); RLI's headline 'dozens' is a looser figure; a week later 47 more bodies bring the total to 78 (Coastline Press), a later figure."},
    {"id": "lesca-children", "story": SID, "status": "agreed",
     "why": "At least eight children among the dead (mnd, Kreisblatt, RLI, Open Waters) and 'acht Kinder' (blog) state the same number."},
    {"id": "lesca-rescued", "story": SID, "status": "agreed",
     "why": "All five articles that give it say 104 people were pulled out alive / survived."},
    {"id": "lesca-aboard", "story": SID, "status": "conflicting",
     "why": "The coast guard estimates 350 to 400 people on board (mnd, Kreisblatt; 'up to 400' on RLI); survivors quoted by the blog speak of more than 500."},
    {"id": "lesca-missing", "story": SID, "status": "compatible",
     "why": "'Hunderte' missing (mnd, Kreisblatt) is a looser figure beside RLI's 'more than 250'."},
    {"id": "lesca-length", "story": SID, "status": "agreed",
     "why": "A boat about 25 metres long in the wire, the rewrite and the radio report."},
    {"id": "lesca-distance", "story": SID, "status": "agreed",
     "why": "About 70 km south of Cape Sarvo (mnd, Kreisblatt) and some/roughly 45 miles (72 km: RLI, Coastline Press) agree."},
    {"id": "lesca-voyage", "story": SID, "status": "agreed",
     "why": "Four days at sea in the wire (citing survivors) and on the radio."},
    {"id": "lesca-patrol-boats", "story": SID, "status": "agreed",
     "why": "Three coast guard patrol boats in the wire and the rewrite."},
    {"id": "lesca-arrests", "story": SID, "status": "compatible",
     "why": "Two men detained on the day (mnd, Kreisblatt, RLI); five arrested a week later (prosecutors via Coastline Press), a later figure."},
    {"id": "lesca-delay", "story": SID, "status": "disputed",
     "why": "Open Waters says the coast guard waited for hours after its alert (also in its own release); the coast guard denies it (mnd, Kreisblatt, RLI, Coastline Press, the release); the Roter Faden blog states the delay as fact and omits the denial."},
    {"id": "lesca-delay-time", "story": SID, "status": "disputed",
     "why": "More than six hours (Open Waters via mnd, Kreisblatt, RLI), six and a half hours (Open Waters' release) and seven hours (blog) against the coast guard's 'within 40 minutes' of being informed: one span set against a denial."},
    {"id": "lesca-route-toll", "story": SID, "status": "agreed",
     "why": "Nearly 1,900 dead or missing on the route since January (Südmeer-Monitoring via mnd) and 'fast 2.000' (blog) agree within their qualifiers."},
    {"id": "lesca-fee", "story": SID, "status": "agreed",
     "why": "Up to $6,000 a head paid to the smugglers in the blog and (reportedly) in the Coastline Press follow-up."},
    {"id": "lesca-demand-ships", "story": SID, "status": "single-source",
     "why": "Only the Open Waters release demands a rescue mission of at least ten ships."},
    {"id": "lesca-depth", "story": SID, "status": "single-source",
     "why": "Only the Coastline Press follow-up gives the wreck's depth of about 110 metres."},
    {"id": "lesca-aid", "story": SID, "status": "single-source",
     "why": "Only the Coastline Press follow-up gives the €2.5 million the government pledged."},
]


def capsized(text, source=None):
    return ST(text, BOAT, "capsized", "off the south coast of varnesia", "lesca-capsized", source=source)


def delay(text, source=None, hedged=False):
    return ST(text, CG, "delayed", "rescue", "lesca-delay", source=source, hedged=hedged)


def delay_denied(text, hedged=False):
    return ST(text, CG, "delayed", "rescue", "lesca-delay", source=CG, hedged=hedged, denial=True)


def killed(text, value, unit="person", qualifier="exact", source=None, time=DAY, low=None, hedged=False):
    return Q(text, value, unit, "killed", qualifier=qualifier, low=low, subject=BOAT, source=source,
             hedged=hedged, group="lesca-killed", time=time)


def children(text, qualifier="at-least", source=None):
    return Q(text, 8, "child", "killed", qualifier=qualifier, subject=BOAT, source=source, group="lesca-children", time=DAY)


def rescued(text, source=None):
    return Q(text, 104, "person", "rescued", subject=BOAT, source=source, group="lesca-rescued", time=DAY)


# ---------------------------------------------------------------- 1. mnd wire (dateline block)

MND = {
    "input": "dev5/lesca-mnd.txt", "story": SID, "event": CAPSIZE,
    "publisher": "mnd Mitteleuropäischer Nachrichtendienst", "published": "2027-07-09T14:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["mnd Mitteleuropäischer Nachrichtendienst", "09.07.2027", "14:20 Uhr"],
    "blocks": [
        H("Bootsunglück vor Varnesien: Mindestens 31 Tote, Hunderte vermisst",
          claims=[killed("Mindestens 31 Tote", 31, qualifier="at-least"),
                  Q("Hunderte vermisst", None, "person", "missing", qualifier="at-least", low=200, subject=BOAT,
                    group="lesca-missing", time=DAY)]),
        P(S("Porto Lesca (mnd) – Vor der Südküste Varnesiens ist in der Nacht zum Freitag rund 70 Kilometer südlich von Kap Sarvo ein überladenes Fischerboot mit Migranten gekentert.",
            claims=[capsized("ein überladenes Fischerboot mit Migranten gekentert"),
                    Q("rund 70 Kilometer südlich von Kap Sarvo", 70, "kilometre", "distance", qualifier="about",
                      subject=BOAT, group="lesca-distance")]),
          S("Die Zahl der geborgenen Toten stieg bis zum Mittag auf 31, darunter mindestens acht Kinder, wie die varnesische Küstenwache mitteilte.",
            claims=[killed("Die Zahl der geborgenen Toten stieg bis zum Mittag auf 31", 31, source=CG),
                    children("darunter mindestens acht Kinder", source=CG)]),
          S("104 Menschen konnten lebend aus dem Wasser gezogen werden.",
            claims=[rescued("104 Menschen konnten lebend aus dem Wasser gezogen werden")])),
        P(S("Nach Schätzungen der Küstenwache waren zwischen 350 und 400 Menschen an Bord des etwa 25 Meter langen Kutters.",
            claims=[Q("zwischen 350 und 400 Menschen", None, "person", None, qualifier="range", low=350, high=400,
                      subject=BOAT, source=CG, group="lesca-aboard", time=DAY),
                    Q("etwa 25 Meter", 25, "metre", "size", qualifier="about", subject=BOAT, source=CG, group="lesca-length")]),
          S("Hunderte Menschen werden noch vermisst.",
            claims=[Q("Hunderte Menschen werden noch vermisst", None, "person", "missing", qualifier="at-least", low=200,
                      subject=BOAT, group="lesca-missing", time=DAY)]),
          S("Das Boot war nach Angaben von Überlebenden vier Tage auf See, nachdem es im Hafen von Qadira in Samaran abgelegt hatte.",
            claims=[Q("vier Tage auf See", 4, "day", "duration", subject=BOAT, source=SURV, group="lesca-voyage")])),
        P(S("Die Küstenwache suchte mit drei Patrouillenbooten und einem Hubschrauber nach weiteren Überlebenden.",
            claims=[Q("drei Patrouillenbooten", 3, "boat", "deployed", subject=CG, group="lesca-patrol-boats", time=DAY)]),
          S("Zwei Männer, die das Boot gesteuert haben sollen, wurden am Vormittag in Porto Lesca festgenommen.",
            claims=[Q("Zwei Männer, die das Boot gesteuert haben sollen, wurden am Vormittag in Porto Lesca festgenommen", 2,
                      "person", "arrested", subject="suspected smugglers", group="lesca-arrests", time=DAY)])),
        P(S("Die Hilfsorganisation Open Waters erhob schwere Vorwürfe gegen die Behörden."),
          S("Ihr Notruftelefon habe die Küstenwache bereits gegen 22.45 Uhr alarmiert, doch die ersten Rettungsboote seien erst mehr als sechs Stunden später ausgelaufen.",
            claims=[delay("die ersten Rettungsboote seien erst mehr als sechs Stunden später ausgelaufen", source=OW, hedged=True),
                    Q("mehr als sechs Stunden", 6, "hour", "duration", qualifier="more-than", subject=CG, source=OW,
                      hedged=True, group="lesca-delay-time")]),
          S("Die Küstenwache wies das zurück: Sie sei erst um 4.10 Uhr informiert worden und habe binnen 40 Minuten ein Boot geschickt.",
            claims=[delay_denied("Die Küstenwache wies das zurück"),
                    Q("binnen 40 Minuten", 40, "minute", "duration", qualifier="up-to", subject=CG, source=CG,
                      hedged=True, group="lesca-delay-time")])),
        P(S("Nach Zählung des Netzwerks Südmeer-Monitoring kamen seit Jahresbeginn auf der Route knapp 1.900 Menschen ums Leben oder gelten als vermisst.",
            claims=[Q("knapp 1.900 Menschen", 1900, "person", "killed or missing", qualifier="about", subject="southern sea route",
                      source=SSM, group="lesca-route-toll", time=T("2027-01-01", "2027-07-09"))]),
          S("Innenminister Tomás Arrieta sprach von einem „Verbrechen der Schleppermafia“.",
            loaded=[L("Schleppermafia", "demonising", "reported")])),
    ],
    "post": ["Themen: Migration · Varnesien · Seenotrettung",
             "",
             "Mehr zum Thema",
             "- Südroute: Warum immer mehr Boote von Samaran aus ablegen",
             "",
             "© mnd Mitteleuropäischer Nachrichtendienst – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["09.07.2027", "14:20 Uhr", "Themen: Migration · Varnesien · Seenotrettung", "Mehr zum Thema",
                "Südroute: Warum immer mehr Boote von Samaran aus ablegen", "Weiterverbreitung nur mit Genehmigung"],
}

# ---------------------------------------------------------------- 2. regional paper, rewrite of mnd (HTML)

KREIS_SITE = {
    "nav": ["Startseite", "Ammersfeld", "Landkreis", "Welt", "Sport", "Traueranzeigen", "E-Paper"],
    "cookie": "Wir verwenden Cookies, um unser Angebot für Sie zu verbessern. Sie können Ihre Einwilligung jederzeit widerrufen.",
    "cookie_ok": "Zustimmen und weiter",
    "by": "Von",
    "date_label": "Fr., 09.07.2027, 16:05 Uhr",
    "share": "Teilen: WhatsApp · Facebook · E-Mail · Link kopieren",
    "ad": "Anzeige – Autohaus Brüning: Sommer-Leasing ab 189 € im Monat",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Kreistag beschließt neues Busnetz für Ammersfeld",
                "Hitze im Landkreis: Freibäder verlängern Öffnungszeiten",
                "Seenotretter aus der Region berichten von ihrem Einsatz"],
    "footer": "© 2027 Kreisblatt Ammersfeld · Impressum · Datenschutz · Abo-Service",
    "inline": '<div class="newsletter-box"><strong>Kreisblatt kompakt</strong> – Der Newsletter am Morgen. <a href="/newsletter">Jetzt kostenlos abonnieren</a></div>',
}

KREIS = {
    "input": "dev5/lesca-kreisblatt.html", "story": SID, "event": CAPSIZE,
    "publisher": "Kreisblatt Ammersfeld", "published": "2027-07-09T16:05:00+02:00",
    "language": "de", "authors": ["Jana Oltmanns"], "sensational": False,
    "blocks": [
        H("Fischerboot vor Varnesien gekentert: mindestens 31 Tote",
          claims=[killed("mindestens 31 Tote", 31, qualifier="at-least")]),
        P(S("Porto Lesca – Vor der Südküste Varnesiens ist in der Nacht zum Freitag rund 70 Kilometer vor Kap Sarvo ein überladenes Fischerboot mit Migranten an Bord gekentert.",
            claims=[capsized("ein überladenes Fischerboot mit Migranten an Bord gekentert"),
                    Q("rund 70 Kilometer vor Kap Sarvo", 70, "kilometre", "distance", qualifier="about", subject=BOAT,
                      group="lesca-distance")]),
          S("Bis zum Mittag stieg die Zahl der geborgenen Toten nach Angaben der varnesischen Küstenwache auf 31, unter ihnen mindestens acht Kinder.",
            claims=[killed("stieg die Zahl der geborgenen Toten nach Angaben der varnesischen Küstenwache auf 31", 31, source=CG),
                    children("unter ihnen mindestens acht Kinder", source=CG)]),
          S("104 Menschen wurden lebend aus dem Wasser gezogen.",
            claims=[rescued("104 Menschen wurden lebend aus dem Wasser gezogen")])),
        P(S("Die Küstenwache schätzt, dass zwischen 350 und 400 Menschen an Bord des rund 25 Meter langen Kutters waren.",
            claims=[Q("zwischen 350 und 400 Menschen", None, "person", None, qualifier="range", low=350, high=400,
                      subject=BOAT, source=CG, group="lesca-aboard", time=DAY),
                    Q("rund 25 Meter", 25, "metre", "size", qualifier="about", subject=BOAT, source=CG, group="lesca-length")]),
          S("Hunderte werden noch vermisst.",
            claims=[Q("Hunderte werden noch vermisst", None, "person", "missing", qualifier="at-least", low=200,
                      subject=BOAT, group="lesca-missing", time=DAY)])),
        P(S("Drei Patrouillenboote und ein Hubschrauber suchten am Freitag nach weiteren Überlebenden.",
            claims=[Q("Drei Patrouillenboote", 3, "boat", "deployed", subject=CG, group="lesca-patrol-boats", time=DAY)]),
          S("In Porto Lesca wurden zwei Männer festgenommen, die das Boot gesteuert haben sollen.",
            claims=[Q("zwei Männer festgenommen", 2, "person", "arrested", subject="suspected smugglers",
                      group="lesca-arrests", time=DAY)])),
        P(S("Die Hilfsorganisation Open Waters wirft der Küstenwache vor, mehr als sechs Stunden mit der Rettung gewartet zu haben.",
            claims=[delay("Die Hilfsorganisation Open Waters wirft der Küstenwache vor, mehr als sechs Stunden mit der Rettung gewartet zu haben", source=OW),
                    Q("mehr als sechs Stunden", 6, "hour", "duration", qualifier="more-than", subject=CG, source=OW,
                      group="lesca-delay-time")]),
          S("Die Behörde weist das zurück: Sie sei erst um 4.10 Uhr alarmiert worden.",
            claims=[delay_denied("Die Behörde weist das zurück")])),
        P(S("Innenminister Tomás Arrieta sprach von einem „Verbrechen der Schleppermafia“.",
            loaded=[L("Schleppermafia", "demonising", "reported")])),
    ],
    "removed": ["Wir verwenden Cookies", "Zustimmen und weiter", "Traueranzeigen", "Fr., 09.07.2027, 16:05 Uhr",
                "Jana Oltmanns", "Kreisblatt kompakt", "Jetzt kostenlos abonnieren", "Sommer-Leasing ab 189 € im Monat",
                "Kreistag beschließt neues Busnetz für Ammersfeld", "Hitze im Landkreis: Freibäder verlängern Öffnungszeiten",
                "Seenotretter aus der Region berichten von ihrem Einsatz", "Abo-Service", "Teilen: WhatsApp"],
}

# ---------------------------------------------------------------- 3. English public broadcaster, radio transcript (HTML)

RLI_SITE = {
    "nav": ["News", "World", "Europe", "Programmes", "Listen live", "Podcasts"],
    "cookie": "We use cookies to run this site and to understand how you use it. You can change your choices at any time.",
    "cookie_ok": "Accept and continue",
    "by": "Reported by",
    "date_label": "9 July 2027, 19:00",
    "share": "Share this transcript · Download the audio (MP3, 4.2 MB)",
    "ad": "Support independent public radio – become an RLI Friend today",
    "related_title": "More from World Tonight",
    "related": ["Heatwave grips the northern plains for a second week",
                "Explainer: the southern sea route and why it is so deadly",
                "Listen: the lifeboat crews of the Sarvo coast"],
    "footer": "© Radio Larsmont International 2027 · Terms · Privacy · Accessibility",
    "inline": '<div class="transcript-note">This is a transcript of a report broadcast on World Tonight at 19:00. It may contain errors. <a href="/listen/wt-20270709">Listen to the programme</a></div>',
    "inline_at": 0,
}

RLI = {
    "input": "dev5/lesca-rli.html", "story": SID, "event": CAPSIZE,
    "publisher": "Radio Larsmont International", "published": "2027-07-09T19:00:00+02:00",
    "language": "en", "authors": ["Mira Dalen"], "sensational": False,
    "blocks": [
        H("Dozens dead as migrant boat capsizes off Varnesia",
          claims=[killed("Dozens dead", None, qualifier="at-least", low=24)]),
        P(S("We begin tonight off the southern coast of Varnesia, where a fishing boat crowded with migrants capsized in the early hours of Friday.",
            claims=[capsized("a fishing boat crowded with migrants capsized in the early hours of Friday")]),
          S("The coast guard says 31 bodies have been recovered so far, at least eight of them children.",
            claims=[killed("31 bodies have been recovered so far", 31, source=CG),
                    children("at least eight of them children", source=CG)]),
          S("Rescuers pulled 104 people from the water alive.",
            claims=[rescued("Rescuers pulled 104 people from the water alive")])),
        P(S("Our correspondent Mira Dalen is in the port of Porto Lesca.")),
        P(S("The survivors I have spoken to here describe a boat so crowded that people could not sit down."),
          S("Up to 400 people were on board, according to the coast guard, and more than 250 are still missing tonight.",
            claims=[Q("Up to 400 people were on board", 400, "person", None, qualifier="up-to", subject=BOAT, source=CG,
                      group="lesca-aboard", time=DAY),
                    Q("more than 250 are still missing", 250, "person", "missing", qualifier="more-than", subject=BOAT,
                      source=CG, group="lesca-missing", time=DAY)]),
          S("They had spent four days at sea after leaving the port of Qadira in Samaran.",
            claims=[Q("four days at sea", 4, "day", "duration", subject=BOAT, group="lesca-voyage")]),
          S("One woman told me: “We were shouting for help all night, and nobody came.”", "quote")),
        P(S("The aid group Open Waters says its hotline alerted the coast guard shortly before 11 p.m., more than six hours before the first rescue boat set out.",
            claims=[delay("its hotline alerted the coast guard shortly before 11 p.m., more than six hours before the first rescue boat set out", source=OW),
                    Q("more than six hours", 6, "hour", "duration", qualifier="more-than", subject=CG, source=OW,
                      group="lesca-delay-time")]),
          S("The coast guard rejects that account and insists it was only informed at 4.10 a.m.",
            claims=[delay_denied("The coast guard rejects that account")])),
        P(S("Interior Minister Tomás Arrieta blamed what he called “an invasion by sea organised by criminal gangs”.",
            loaded=[L("an invasion by sea", "alarmist", "reported")]),
          S("Two suspected smugglers have been detained.",
            claims=[Q("Two suspected smugglers have been detained", 2, "person", "arrested", subject="suspected smugglers",
                      group="lesca-arrests", time=DAY)]),
          S("The boat, some 25 metres long, went down roughly 45 miles south of Cape Sarvo.",
            claims=[Q("some 25 metres", 25, "metre", "size", qualifier="about", subject=BOAT, group="lesca-length"),
                    Q("roughly 45 miles south of Cape Sarvo", 45, "mile", "distance", qualifier="about", subject=BOAT,
                      group="lesca-distance")])),
    ],
    "removed": ["This is a transcript of a report broadcast on World Tonight", "Listen to the programme",
                "We use cookies to run this site", "Accept and continue", "Listen live", "9 July 2027, 19:00",
                "Reported by", "Share this transcript", "Download the audio (MP3, 4.2 MB)",
                "become an RLI Friend today", "More from World Tonight", "Heatwave grips the northern plains for a second week",
                "Explainer: the southern sea route and why it is so deadly", "Listen: the lifeboat crews of the Sarvo coast",
                "Terms · Privacy · Accessibility"],
}

# ---------------------------------------------------------------- 4. far-left blog (txt, no dateline block)

BLOG = {
    "input": "dev5/lesca-roter-faden.txt", "story": SID, "event": CAPSIZE,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("Festung Europa tötet wieder: Sie ließen sie ertrinken",
          claims=[delay("Sie ließen sie ertrinken")],
          loaded=[L("Festung Europa", "demonising")]),
        P(S("Wieder ist vor Kap Sarvo ein Boot voller Menschen untergegangen, wieder zählen wir Tote."),
          S("Mindestens 31 Menschen sind tot, darunter acht Kinder.",
            claims=[killed("Mindestens 31 Menschen sind tot", 31, qualifier="at-least"),
                    children("darunter acht Kinder", qualifier="exact")]),
          S("Überlebende berichten von mehr als 500 Menschen an Bord.",
            claims=[Q("mehr als 500 Menschen an Bord", 500, "person", None, qualifier="more-than", subject=BOAT,
                      source=SURV, group="lesca-aboard", time=DAY)])),
        P(S("Und die varnesische Küstenwache?", "opinion"),
          S("Sie ließ die Menschen sieben Stunden lang im Wasser treiben, obwohl das Alarmtelefon von Open Waters sie um 22.45 Uhr informiert hatte.",
            claims=[delay("Sie ließ die Menschen sieben Stunden lang im Wasser treiben"),
                    Q("sieben Stunden lang", 7, "hour", "duration", subject=CG, group="lesca-delay-time")]),
          S("Das ist kein Unglück, das ist Mord durch Unterlassen.", "opinion",
            loaded=[L("Mord durch Unterlassen", "demonising")])),
        P(S("Innenminister Arrieta faselt derweil von der „Schleppermafia“ und kündigt noch mehr „Grenzschutz“ an.", "opinion",
            loaded=[L("faselt", "belittling"), L("Schleppermafia", "demonising", "reported"),
                    L("„Grenzschutz“", "euphemism", "distancing")]),
          S("Gemeint sind Zäune, Drohnen und illegale „Rückführungen“ aufs offene Meer.", "opinion",
            loaded=[L("„Rückführungen“", "euphemism", "distancing")])),
        P(S("Seit Januar sind auf dieser Route fast 2.000 Menschen gestorben oder verschwunden.",
            claims=[Q("fast 2.000 Menschen", 2000, "person", "killed or missing", qualifier="about", subject="southern sea route",
                      group="lesca-route-toll", time=T("2027-01-01", "2027-07-09"))]),
          S("Die Schleuser kassieren bis zu 6.000 Dollar pro Kopf – weil es keine sicheren Fluchtwege gibt.",
            claims=[Q("bis zu 6.000 Dollar pro Kopf", 6000, "usd", "paid", qualifier="up-to", subject="migrants",
                      group="lesca-fee")])),
        P(S("Wir sagen: Schluss mit dem Sterbenlassen!", "opinion",
            loaded=[L("Sterbenlassen", "demonising")]),
          S("Kommt am Samstag um 15 Uhr zur Mahnwache vor dem Konsulat Varnesiens.", "opinion")),
    ],
    "post": ["#FestungEuropa #Seenotrettung #Varnesien #NoBorder",
             "",
             "Teilen: Mastodon | Telegram | Signal",
             "",
             "Unterstütze den Roten Faden – unabhängig, links, werbefrei. Jetzt Fördermitglied werden!",
             "",
             "Kommentare (14)"],
    "removed": ["#FestungEuropa #Seenotrettung #Varnesien #NoBorder", "Teilen: Mastodon | Telegram | Signal",
                "Unterstütze den Roten Faden", "Jetzt Fördermitglied werden!", "Kommentare (14)"],
}

# ---------------------------------------------------------------- 5. English wire, a week later (RSS item; feed written by dev5_skarnholm)

CP_LESCA = {
    "input": "dev5/coastline.rss#cp-20270716-0412", "story": SID, "event": RECOVERY,
    "publisher": "Coastline Press", "published": "2027-07-16T17:25:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Varnesia boat disaster: death toll rises to 78 as divers reach wreck",
          claims=[killed("death toll rises to 78", 78, time=WEEK)]),
        P(S("PORTO LESCA, July 16 (CP) - Divers recovered 47 more bodies from the wreck of a migrant boat that sank off Varnesia last week, bringing the total to 78, the coast guard said on Friday.",
            claims=[killed("Divers recovered 47 more bodies", 47, source=CG, time=T("2027-07-10", "2027-07-16")),
                    killed("bringing the total to 78", 78, source=CG, time=WEEK)]),
          S("The fishing boat lies at a depth of about 110 metres, some 45 miles south of Cape Sarvo.",
            claims=[Q("a depth of about 110 metres", 110, "metre", "distance", qualifier="about", subject="wreck",
                      group="lesca-depth"),
                    Q("some 45 miles south of Cape Sarvo", 45, "mile", "distance", qualifier="about", subject=BOAT,
                      group="lesca-distance")])),
        P(S("Only 104 of those on board survived.",
            claims=[rescued("Only 104 of those on board survived")]),
          S("Police have now arrested five suspected smugglers, among them a man believed to be the captain, prosecutors said.",
            claims=[Q("arrested five suspected smugglers", 5, "person", "arrested", subject="suspected smugglers",
                      source="prosecutors", group="lesca-arrests", time=WEEK)]),
          S("Each passenger had reportedly paid up to $6,000 for the crossing.",
            claims=[Q("paid up to $6,000", 6000, "usd", "paid", qualifier="up-to", subject="migrants", hedged=True,
                      group="lesca-fee")])),
        P(S("The government has pledged €2.5 million for the victims' families and for a new rescue centre in Porto Lesca.",
            claims=[Q("€2.5 million", 2500000, "eur", "pledged", subject="varnesia", group="lesca-aid", time=WEEK)]),
          S("Open Waters repeated its accusation that the coast guard waited for hours before sending boats, a claim the coast guard again denied.",
            claims=[delay("Open Waters repeated its accusation that the coast guard waited for hours before sending boats", source=OW),
                    delay_denied("a claim the coast guard again denied")])),
    ],
    "extra": '<p><em>Get the Coastline Press morning briefing in your inbox – <a href="https://coastlinepress.example/briefing">sign up here</a>.</em></p>',
    "removed": ["Get the Coastline Press morning briefing in your inbox", "sign up here"],
}


# ---------------------------------------------------------------- 6. the aid group's English press release (txt, dateline block)

OW_REL = {
    "input": "dev5/lesca-open-waters.txt", "story": SID, "event": CAPSIZE,
    "publisher": "Open Waters", "published": "2027-07-10T10:00:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["Open Waters", "10 July 2027", "10:00"],
    "blocks": [
        H("Cape Sarvo shipwreck: the coast guard knew – and waited"),
        P(S("Open Waters today publishes the log of its emergency hotline for the night of 8 to 9 July."),
          S("It shows that our volunteers first alerted the Varnesian coast guard at 10.43 p.m., giving the boat's position south of Cape Sarvo.",
            claims=[delay("our volunteers first alerted the Varnesian coast guard at 10.43 p.m.", source=OW)]),
          S("The first rescue vessel did not leave Porto Lesca until 5.10 a.m., six and a half hours later.",
            claims=[delay("The first rescue vessel did not leave Porto Lesca until 5.10 a.m."),
                    Q("six and a half hours later", 6.5, "hour", "duration", subject=CG,
                      group="lesca-delay-time")])),
        P(S("At least 31 people are confirmed dead, among them at least eight children, and only 104 survived.",
            claims=[killed("At least 31 people are confirmed dead", 31, qualifier="at-least"),
                    children("among them at least eight children"),
                    rescued("only 104 survived")]),
          S("The coast guard says it was not informed before 4.10 a.m.",
            claims=[delay_denied("The coast guard says it was not informed before 4.10 a.m.")]),
          S("Our log, timestamped and shared with partner hotlines, says otherwise.", "opinion")),
        P(S("“Every hour of hesitation cost lives,” said Dr. Leonie Faber, Open Waters' head of operations.", "quote"),
          S("“This was not a tragedy of the sea; it was a choice.”", "quote",
            loaded=[L("it was a choice", "demonising", "reported")])),
        H("Our demands"),
        LI(S("An independent inquiry into the coast guard's response, with access to all radio logs.", "opinion")),
        LI(S("A state-run search-and-rescue mission south of Cape Sarvo with at least ten ships.", "opinion",
             claims=[Q("at least ten ships", 10, "ship", None, qualifier="at-least", subject="rescue mission",
                       group="lesca-demand-ships")])),
        LI(S("An end to the deadly policy of deterrence at sea.", "opinion",
             loaded=[L("deadly policy of deterrence", "demonising")])),
    ],
    "post": ["Media contact: press@openwaters.example · +49 30 5557 8812",
             "Open Waters is a registered charity. Donate: openwaters.example/donate"],
    "removed": ["10 July 2027", "Media contact: press@openwaters.example", "+49 30 5557 8812",
                "Open Waters is a registered charity", "openwaters.example/donate"],
}

ARTICLES = [MND, KREIS, RLI, BLOG, CP_LESCA, OW_REL]

REWRITES = [["dev5/lesca-mnd.txt", "dev5/lesca-kreisblatt.html"]]


def files():
    """Input files of this story (the Coastline Press feed is written by dev5_skarnholm.py)."""
    return {
        "lesca-mnd.txt": (render_txt(MND), False),
        "lesca-kreisblatt.html": (render_html(KREIS, KREIS_SITE), False),
        "lesca-rli.html": (render_html(RLI, RLI_SITE), False),
        "lesca-roter-faden.txt": (render_txt(BLOG), False),
        "lesca-open-waters.txt": (render_txt(OW_REL), False),
    }
