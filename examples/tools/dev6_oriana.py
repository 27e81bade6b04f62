"""dev6 story 1: the ferry Stella Oriana sinks off the island of Porvena (Dalmoria) in the early hours of
Sunday 6 June 2027; a week later the toll has risen and the captain is arrested.

A German wire report (ktn) and two rewrites of it (an HTML city paper, a JSON Lines item with `html`), an
English paper's own report of the same day (German–English pair with the wire), a German tabloid that
states the disputed overloading as fact and omits the operator's denial, and an English wire report a week
later (JSON Lines `text` item). Invented by the Parallax team (seventh writer): islands, states, ships,
people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline, content_blocks

SID = "st-oriana-ferry"
EV1 = "ev-oriana-sinking"
EV2 = "ev-oriana-arrest"
STORY = {"id": SID, "label": "The ferry Stella Oriana sinks off Porvena (Dalmoria)",
         "events": [{"id": EV1, "label": "Sinking of the Stella Oriana, 6 June 2027"},
                    {"id": EV2, "label": "A week later: toll rises to 19, captain arrested"}]}

CG = "dalmoria coast guard"
OM = "oriana maritime"
SHIP = "stella oriana"
DAY = T("2027-06-06", "2027-06-06")
WEEK = T("2027-06-06", "2027-06-12")


def overloaded(text, source=None, hedged=False, denial=False):
    return ST(text, SHIP, "was overloaded", None, "oriana-overloaded", source=source, hedged=hedged, denial=denial)


GROUPS = [
    {"id": "oriana-killed", "story": SID, "status": "compatible",
     "why": "At least seven dead on the day (wire, rewrites, Herald); the tabloid's 'more than 30 dead and injured' is another measure; a week later twelve more bodies bring the toll to 19 (a later figure)."},
    {"id": "oriana-missing", "story": SID, "status": "conflicting",
     "why": "On the day of the sinking 31 missing (coast guard, wire and rewrites) and about 30 (Herald) against more than 50 in the tabloid."},
    {"id": "oriana-on-board", "story": SID, "status": "conflicting",
     "why": "The operator's 412 people on board (more than 400 in the Herald) against nearly 500 (tabloid) and boarding records for 497 reported a week later."},
    {"id": "oriana-passengers", "story": SID, "status": "agreed",
     "why": "The wire and its city-paper rewrite give 386 passengers, citing the operator."},
    {"id": "oriana-crew", "story": SID, "status": "agreed",
     "why": "The wire and its city-paper rewrite give 26 crew members."},
    {"id": "oriana-capacity", "story": SID, "status": "agreed",
     "why": "Licensed for 450 passengers in the wire, its rewrite, the Herald and the Abendblitz."},
    {"id": "oriana-rescued", "story": SID, "status": "agreed",
     "why": "374 people brought ashore in the wire, both rewrites and the Herald (there in the coast guard commander's quote)."},
    {"id": "oriana-injured", "story": SID, "status": "agreed",
     "why": "23 injured taken to hospital in four articles."},
    {"id": "oriana-distance", "story": SID, "status": "agreed",
     "why": "About nine kilometres off the coast (wire and rewrites) and some 5.6 miles (Herald) are the same distance."},
    {"id": "oriana-waves", "story": SID, "status": "agreed",
     "why": "Waves of up to six metres in the wire and its city-paper rewrite."},
    {"id": "oriana-rescuers", "story": SID, "status": "agreed",
     "why": "More than 200 helpers in the wire and its city-paper rewrite."},
    {"id": "oriana-helicopters", "story": SID, "status": "agreed",
     "why": "Four navy helicopters in the wire and its city-paper rewrite."},
    {"id": "oriana-mourning", "story": SID, "status": "agreed",
     "why": "Three days of national mourning in four articles."},
    {"id": "oriana-overloaded", "story": SID, "status": "disputed",
     "why": "Survivors say the ferry was overcrowded; Oriana Maritime denies it was overloaded (the Abendblitz states the overloading as fact and leaves out the denial)."},
    {"id": "oriana-fishermen", "story": SID, "status": "single-source",
     "why": "Only the Abendblitz says fishermen pulled dozens of people from the water."},
    {"id": "oriana-missing-later", "story": SID, "status": "single-source",
     "why": "Only Trident Wire gives the 19 still missing a week later, after bodies were recovered."},
    {"id": "oriana-arrest", "story": SID, "status": "single-source",
     "why": "Only Trident Wire reports the captain's arrest."},
    {"id": "oriana-bridge", "story": SID, "status": "single-source",
     "why": "Only Trident Wire reports, citing local media, that the captain allegedly left the bridge to a trainee."},
    {"id": "oriana-managers", "story": SID, "status": "single-source",
     "why": "Only Trident Wire says two managers are under investigation."},
    {"id": "oriana-depth", "story": SID, "status": "single-source",
     "why": "Only Trident Wire gives the wreck's depth of 84 metres."},
    {"id": "oriana-compensation", "story": SID, "status": "single-source",
     "why": "Only Trident Wire reports the 40,000 euros pledged to each bereaved family."},
]

KTN = {
    "input": "dev6/oriana-ktn.txt", "story": SID, "event": EV1,
    "publisher": "ktn Kontinentale Nachrichten", "published": "2027-06-06T09:40:00+02:00",
    "language": "de", "authors": ["Jonas Weidlich"], "sensational": False,
    "pre": ["ktn Kontinentale Nachrichten", "06.06.2027", "09:40 Uhr", "Jonas Weidlich"],
    "blocks": [
        H("Fähre vor Porvena gesunken – mindestens sieben Tote",
          claims=[Q("mindestens sieben Tote", 7, "person", "killed", "at-least", subject=SHIP, group="oriana-killed", time=DAY)]),
        P(S("Vor der dalmorischen Insel Porvena ist in der Nacht zum Sonntag die Passagierfähre „Stella Oriana“ mit 412 Menschen an Bord gesunken.",
            claims=[Q("mit 412 Menschen an Bord", 412, "person", None, subject=SHIP, group="oriana-on-board")]),
          S("Nach Angaben der Küstenwache kamen mindestens sieben Menschen ums Leben, 31 weitere werden vermisst.",
            claims=[Q("kamen mindestens sieben Menschen ums Leben", 7, "person", "killed", "at-least", subject=SHIP, source=CG,
                      group="oriana-killed", time=DAY),
                    Q("31 weitere werden vermisst", 31, "person", "missing", subject=SHIP, source=CG, group="oriana-missing", time=DAY)])),
        P(S("Das Schiff der Reederei Oriana Maritime war gegen 1.30 Uhr Ortszeit auf der Überfahrt nach Castel Brio in einen Sturm mit bis zu sechs Meter hohen Wellen geraten und innerhalb weniger Minuten gekentert.",
            claims=[Q("bis zu sechs Meter hohen Wellen", 6, "metre", "size", "up-to", subject="waves", group="oriana-waves", time=DAY)]),
          S("Es sank rund neun Kilometer vor der Küste.",
            claims=[Q("rund neun Kilometer vor der Küste", 9, "kilometre", "distance", "about", subject=SHIP, group="oriana-distance")])),
        P(S("Laut Reederei waren 386 Passagiere und 26 Besatzungsmitglieder an Bord.",
            claims=[Q("386 Passagiere", 386, "passenger", None, subject=SHIP, source=OM, group="oriana-passengers"),
                    Q("26 Besatzungsmitglieder", 26, "person", None, subject=SHIP, source=OM, group="oriana-crew")]),
          S("Zugelassen ist die 2009 gebaute Fähre für 450 Passagiere.",
            claims=[Q("für 450 Passagiere", 450, "passenger", "size", subject=SHIP, group="oriana-capacity")])),
        P(S("Bis zum Sonntagmittag brachten Rettungskräfte 374 Menschen an Land, 23 von ihnen kamen mit Verletzungen in Krankenhäuser in Castel Brio.",
            claims=[Q("374 Menschen an Land", 374, "person", "rescued", subject=SHIP, group="oriana-rescued", time=DAY),
                    Q("23 von ihnen kamen mit Verletzungen in Krankenhäuser", 23, "person", "wounded", subject=SHIP,
                      group="oriana-injured", time=DAY)]),
          S("An der Suche beteiligten sich mehr als 200 Helfer, vier Hubschrauber der Marine und zahlreiche Fischerboote.",
            claims=[Q("mehr als 200 Helfer", 200, "person", "deployed", "more-than", subject="search", group="oriana-rescuers", time=DAY),
                    Q("vier Hubschrauber der Marine", 4, "aircraft", "deployed", subject="search", group="oriana-helicopters", time=DAY)])),
        P(S("Überlebende berichteten, die Fähre sei überfüllt gewesen.",
            claims=[overloaded("die Fähre sei überfüllt gewesen", source="survivors", hedged=True)]),
          S("Die Reederei wies dies zurück: Die „Stella Oriana“ sei nicht überladen gewesen, alle Passagiere seien ordnungsgemäß registriert worden.",
            claims=[overloaded("Die Reederei wies dies zurück", source=OM, denial=True)])),
        P(S("Die Ursache des Unglücks ist noch unklar."),
          S("Regierungschef Anton Vellaris ordnete drei Tage Staatstrauer an.",
            claims=[Q("drei Tage Staatstrauer", 3, "day", "duration", subject="dalmoria", group="oriana-mourning")])),
    ],
    "post": ["Themen: Schifffahrt · Dalmorien · Unglücke",
             "",
             "Mehr zum Thema",
             "- Fährsicherheit im Mittelmeer: Wie alt sind die Schiffe?",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© ktn Kontinentale Nachrichten – Alle Rechte vorbehalten"],
    "removed": ["ktn Kontinentale Nachrichten", "06.06.2027", "09:40 Uhr", "Themen: Schifffahrt · Dalmorien · Unglücke",
                "Mehr zum Thema", "Fährsicherheit im Mittelmeer: Wie alt sind die Schiffe?", "Teilen: Facebook | X | E-Mail",
                "Alle Rechte vorbehalten"],
}

ECHO_SITE = {
    "nav": ["Startseite", "Nordstadt", "Region", "Welt", "Sport", "Service"],
    "cookie": "Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. Mehr dazu in unserer Datenschutzerklärung.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "06.06.2027 – 11:20 Uhr",
    "share": "Jetzt teilen: WhatsApp · Facebook · E-Mail",
    "ad": "Anzeige – Sommerfest im Nordstadt-Center: Am 19. Juni Live-Musik und Kinderprogramm",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Urlaub auf Porvena: Was Reisende jetzt wissen müssen",
                "Hafenfest 2027: Programm steht fest",
                "Kommentar: Sicherheit darf keine Kostenfrage sein"],
    "footer": "© Nordstadt-Echo 2027 · Impressum · Datenschutz · Mediadaten",
    "inline": '<div class="teaser"><strong>Auch interessant:</strong> <a href="/welt/faehren-sicherheit">Wie sicher sind Fähren in Südeuropa?</a></div>',
    "after": '<div class="newsletter-box"><p>Nordstadt-Echo am Morgen: Die wichtigsten Nachrichten täglich um 6 Uhr in Ihrem Postfach.</p><p>Kostenlos abonnieren</p></div>',
}

ECHO = {
    "input": "dev6/oriana-nordstadt-echo.html", "story": SID, "event": EV1,
    "publisher": "Nordstadt-Echo", "published": "2027-06-06T11:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Fährunglück vor Porvena: Mindestens sieben Tote",
          claims=[Q("Mindestens sieben Tote", 7, "person", "killed", "at-least", subject=SHIP, group="oriana-killed", time=DAY)]),
        P(S("Vor der dalmorischen Insel Porvena ist in der Nacht zum Sonntag die Fähre „Stella Oriana“ mit 412 Menschen an Bord untergegangen.",
            claims=[Q("mit 412 Menschen an Bord", 412, "person", None, subject=SHIP, group="oriana-on-board")]),
          S("Mindestens sieben Menschen kamen nach Angaben der Küstenwache ums Leben, 31 werden noch vermisst.",
            claims=[Q("Mindestens sieben Menschen kamen nach Angaben der Küstenwache ums Leben", 7, "person", "killed", "at-least",
                      subject=SHIP, source=CG, group="oriana-killed", time=DAY),
                    Q("31 werden noch vermisst", 31, "person", "missing", subject=SHIP, source=CG, group="oriana-missing", time=DAY)])),
        P(S("Die Fähre der Reederei Oriana Maritime war gegen 1.30 Uhr Ortszeit auf dem Weg nach Castel Brio in einen Sturm mit bis zu sechs Meter hohen Wellen geraten und binnen Minuten gekentert.",
            claims=[Q("bis zu sechs Meter hohen Wellen", 6, "metre", "size", "up-to", subject="waves", group="oriana-waves", time=DAY)]),
          S("Sie sank etwa neun Kilometer vor der Küste.",
            claims=[Q("etwa neun Kilometer vor der Küste", 9, "kilometre", "distance", "about", subject=SHIP, group="oriana-distance")])),
        P(S("Nach Angaben der Reederei befanden sich 386 Passagiere und 26 Crewmitglieder an Bord; zugelassen ist das Schiff für 450 Passagiere.",
            claims=[Q("386 Passagiere", 386, "passenger", None, subject=SHIP, source=OM, group="oriana-passengers"),
                    Q("26 Crewmitglieder", 26, "person", None, subject=SHIP, source=OM, group="oriana-crew"),
                    Q("für 450 Passagiere", 450, "passenger", "size", subject=SHIP, source=OM, group="oriana-capacity")])),
        P(S("Rettungskräfte brachten bis Sonntagmittag 374 Menschen an Land; 23 Verletzte wurden in Kliniken in Castel Brio gebracht.",
            claims=[Q("374 Menschen an Land", 374, "person", "rescued", subject=SHIP, group="oriana-rescued", time=DAY),
                    Q("23 Verletzte", 23, "person", "wounded", subject=SHIP, group="oriana-injured", time=DAY)]),
          S("Mehr als 200 Helfer, vier Marinehubschrauber und zahlreiche Fischerboote suchten nach Vermissten.",
            claims=[Q("Mehr als 200 Helfer", 200, "person", "deployed", "more-than", subject="search", group="oriana-rescuers", time=DAY),
                    Q("vier Marinehubschrauber", 4, "aircraft", "deployed", subject="search", group="oriana-helicopters", time=DAY)])),
        P(S("Überlebende sagten, die Fähre sei überfüllt gewesen, was die Reederei zurückwies.",
            claims=[overloaded("die Fähre sei überfüllt gewesen", source="survivors", hedged=True),
                    overloaded("was die Reederei zurückwies", source=OM, denial=True)]),
          S("Regierungschef Anton Vellaris ordnete eine dreitägige Staatstrauer an.",
            claims=[Q("dreitägige Staatstrauer", 3, "day", "duration", subject="dalmoria", group="oriana-mourning")])),
    ],
    "removed": ["Wir verwenden Cookies", "Einverstanden", "06.06.2027 – 11:20 Uhr", "Jetzt teilen: WhatsApp",
                "Sommerfest im Nordstadt-Center", "Das könnte Sie auch interessieren",
                "Urlaub auf Porvena: Was Reisende jetzt wissen müssen", "Hafenfest 2027: Programm steht fest",
                "Kommentar: Sicherheit darf keine Kostenfrage sein", "Impressum · Datenschutz · Mediadaten",
                "Wie sicher sind Fähren in Südeuropa?", "Nordstadt-Echo am Morgen", "Kostenlos abonnieren"],
}

KK_SITE = {
    "nav": ["Home", "News", "Welt", "Panorama", "Video"],
    "cookie": "Kurz & Klar nutzt Cookies und Tracking. Sie können Ihre Einwilligung jederzeit widerrufen.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "06.06.2027, 12:05",
    "share": "Teilen · Merken · Drucken",
    "ad": "Anzeige: Last-Minute-Reisen ans Meer ab 299 € – jetzt buchen",
    "related_title": "Meistgelesen",
    "related": ["Hitzewelle: Die heißesten Tage des Jahres kommen", "Lotto: Jackpot geknackt"],
    "footer": "© 2027 Kurz & Klar · Impressum · Kontakt",
}

KK = {
    "input": "dev6/oriana.jsonl#kk-61204", "story": SID, "event": EV1,
    "publisher": "Kurz & Klar", "published": "2027-06-06T12:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Fähre „Stella Oriana“ gesunken: Sieben Tote, 31 Vermisste",
          claims=[Q("Sieben Tote", 7, "person", "killed", subject=SHIP, group="oriana-killed", time=DAY),
                  Q("31 Vermisste", 31, "person", "missing", subject=SHIP, group="oriana-missing", time=DAY)]),
        P(S("Vor der Insel Porvena in Dalmorien ist in der Nacht zum Sonntag eine Fähre mit 412 Menschen an Bord gesunken.",
            claims=[Q("mit 412 Menschen an Bord", 412, "person", None, subject=SHIP, group="oriana-on-board")]),
          S("Wie die Küstenwache mitteilte, starben mindestens sieben Menschen; 31 werden vermisst.",
            claims=[Q("starben mindestens sieben Menschen", 7, "person", "killed", "at-least", subject=SHIP, source=CG,
                      group="oriana-killed", time=DAY),
                    Q("31 werden vermisst", 31, "person", "missing", subject=SHIP, source=CG, group="oriana-missing", time=DAY)])),
        P(S("Das Schiff war gegen 1.30 Uhr in einen Sturm geraten und rund neun Kilometer vor der Küste gekentert.",
            claims=[Q("rund neun Kilometer vor der Küste", 9, "kilometre", "distance", "about", subject=SHIP, group="oriana-distance")]),
          S("Rettungskräfte brachten 374 Menschen an Land, 23 davon verletzt.",
            claims=[Q("374 Menschen an Land", 374, "person", "rescued", subject=SHIP, group="oriana-rescued", time=DAY),
                    Q("23 davon verletzt", 23, "person", "wounded", subject=SHIP, group="oriana-injured", time=DAY)])),
        P(S("Überlebende sprachen von einer überfüllten Fähre; die Reederei Oriana Maritime bestreitet das.",
            claims=[overloaded("Überlebende sprachen von einer überfüllten Fähre", source="survivors"),
                    overloaded("die Reederei Oriana Maritime bestreitet das", source=OM, denial=True)]),
          S("Die Regierung ordnete drei Tage Staatstrauer an.",
            claims=[Q("drei Tage Staatstrauer", 3, "day", "duration", subject="dalmoria", group="oriana-mourning")])),
    ],
    "removed": ["Kurz & Klar nutzt Cookies", "Zustimmen", "06.06.2027, 12:05", "Teilen · Merken · Drucken",
                "Last-Minute-Reisen ans Meer ab 299 €", "Meistgelesen", "Hitzewelle: Die heißesten Tage des Jahres kommen",
                "Lotto: Jackpot geknackt", "© 2027 Kurz & Klar"],
}


def herald_site(date_label, related, ad):
    """The Brennock Herald's page template (used for three stories of this split)."""
    return {
        "nav": ["Home", "World", "Business", "Environment", "Sport", "Opinion"],
        "cookie": "The Brennock Herald uses cookies to personalise content and ads. Manage your preferences at any time.",
        "cookie_ok": "Accept and continue",
        "by": "By",
        "date_label": date_label,
        "share": "Share this article: Facebook · X · Email",
        "ad": ad,
        "related_title": "Read more",
        "related": related,
        "footer": "© The Brennock Herald 2027 · Terms · Privacy · Contact us",
        "after": '<div class="newsletter"><p>The Morning Herald: our editors\' pick of the day\'s news, every weekday at 7am.</p><p>Sign up</p></div>',
    }


HERALD_SITE = herald_site("Sunday 6 June 2027, 7.30pm",
                          ["Why Europe's ferry fleet is getting older", "Porvena: an island that lives from the sea",
                           "Opinion: safety rules mean nothing without inspectors"],
                          "Advertisement – Brennock Savings: fixed-rate bonds at 3.1%, apply online today")

HERALD = {
    "input": "dev6/oriana-herald.html", "story": SID, "event": EV1,
    "publisher": "The Brennock Herald", "published": "2027-06-06T19:30:00+01:00",
    "language": "en", "authors": ["Niamh Corrigan"], "sensational": False,
    "blocks": [
        H("Ferry sinks off Dalmorian island of Porvena, leaving at least seven dead",
          claims=[Q("at least seven dead", 7, "person", "killed", "at-least", subject=SHIP, group="oriana-killed", time=DAY)]),
        P(S("A passenger ferry carrying more than 400 people sank in a storm off the Dalmorian island of Porvena early on Sunday.",
            claims=[Q("more than 400 people", 400, "person", None, "more-than", subject=SHIP, group="oriana-on-board")]),
          S("The death toll stands at seven, and about 30 people are still unaccounted for, Dalmoria's coast guard said in the afternoon.",
            claims=[Q("The death toll stands at seven", 7, "person", "killed", subject=SHIP, source=CG, group="oriana-killed", time=DAY),
                    Q("about 30 people are still unaccounted for", 30, "person", "missing", "about", subject=SHIP, source=CG,
                      group="oriana-missing", time=DAY)])),
        P(S("The Stella Oriana, operated by Oriana Maritime, capsized at around 1.30 a.m. local time on its way to the mainland port of Castel Brio."),
          S("It went down some 5.6 miles from the coast.",
            claims=[Q("some 5.6 miles from the coast", 5.6, "mile", "distance", "about", subject=SHIP, group="oriana-distance")])),
        P(S("“We have brought 374 people ashore alive, and we will keep searching through the night,” coast guard commander Lt. Col. Iria Montal told reporters.", "quote",
            claims=[Q("We have brought 374 people ashore alive", 374, "person", "rescued", subject=SHIP, source="iria montal",
                      group="oriana-rescued", time=DAY)]),
          S("“The fishermen of Porvena were heroes tonight.”", "quote",
            loaded=[L("heroes", "glorifying", "reported")]),
          S("Twenty-three of the survivors were being treated in hospital, most of them for hypothermia.",
            claims=[Q("Twenty-three of the survivors were being treated in hospital", 23, "person", "wounded", subject=SHIP,
                      group="oriana-injured", time=DAY)])),
        P(S("According to the operator, the ship had 412 people on board, well within its licence for 450 passengers.",
            claims=[Q("412 people on board", 412, "person", None, subject=SHIP, source=OM, group="oriana-on-board"),
                    Q("its licence for 450 passengers", 450, "passenger", "size", subject=SHIP, source=OM, group="oriana-capacity")]),
          S("Several survivors told the Herald that the decks had been packed and that people were sitting on the stairs.",
            claims=[overloaded("the decks had been packed", source="survivors")]),
          S("Oriana Maritime rejected any suggestion that the ferry was overloaded.",
            claims=[overloaded("Oriana Maritime rejected any suggestion that the ferry was overloaded", source=OM, denial=True)])),
        P(S("Among the dead is a U.S. citizen, the embassy in Castel Brio confirmed."),
          S("Prime Minister Anton Vellaris declared three days of national mourning.",
            claims=[Q("three days of national mourning", 3, "day", "duration", subject="dalmoria", group="oriana-mourning")])),
    ],
    "removed": ["uses cookies to personalise content", "Accept and continue", "Sunday 6 June 2027, 7.30pm",
                "Share this article", "Brennock Savings: fixed-rate bonds", "Why Europe's ferry fleet is getting older",
                "Porvena: an island that lives from the sea", "Opinion: safety rules mean nothing without inspectors",
                "Terms · Privacy · Contact us", "The Morning Herald: our editors' pick", "Sign up"],
}

BLITZ = {
    "input": "dev6/oriana-abendblitz.txt", "story": SID, "event": EV1,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("HORROR-FÄHRE! Sie war gnadenlos überladen",
          claims=[overloaded("Sie war gnadenlos überladen")],
          loaded=[L("HORROR-FÄHRE", "alarmist"), L("gnadenlos", "alarmist")]),
        P(S("Was für eine Tragödie!", "opinion"),
          S("Vor der Ferieninsel Porvena ist in der Nacht zum Sonntag die Fähre „Stella Oriana“ in den Fluten versunken – mit fast 500 Menschen an Bord, viel mehr als erlaubt.",
            claims=[Q("fast 500 Menschen an Bord", 500, "person", None, "about", subject=SHIP, group="oriana-on-board"),
                    overloaded("viel mehr als erlaubt")])),
        P(S("Tote und Verletzte: mehr als 30.",
            claims=[Q("Tote und Verletzte: mehr als 30", 30, "person", "killed or wounded", "more-than", subject=SHIP,
                      group="oriana-killed", time=DAY)]),
          S("Vermisste: über 50.",
            claims=[Q("Vermisste: über 50", 50, "person", "missing", "more-than", subject=SHIP, group="oriana-missing", time=DAY)]),
          S("Die Bilanz des Grauens ist noch lange nicht vollständig.", "opinion",
            loaded=[L("Bilanz des Grauens", "alarmist")])),
        P(S("Überlebende erzählen, wie die Menschen auf dem Autodeck dicht an dicht standen."),
          S("„Wir standen da wie die Sardinen in der Büchse“, schluchzt Überlebende Maria D. (34).", "quote"),
          S("Helden-Fischer aus Porvena zogen in der Nacht Dutzende Menschen aus dem Wasser.",
            claims=[Q("Dutzende Menschen", None, "person", "rescued", "at-least", low=24, subject="fishermen of porvena",
                      group="oriana-fishermen", time=DAY)],
            loaded=[L("Helden-Fischer", "glorifying")])),
        P(S("Und die Reederei?", "opinion"),
          S("Duckt sich weg.", "opinion"),
          S("Geldgierige Reeder haben aus einem alten Kahn einen Seelenverkäufer gemacht, und die Behörden haben weggesehen.", "opinion",
            loaded=[L("Geldgierige Reeder", "demonising"), L("alten Kahn", "belittling"), L("Seelenverkäufer", "demonising")])),
        H("Wie viele müssen noch sterben?"),
        P(S("Warum durfte ein Schiff, das für 450 Passagiere zugelassen ist, mit fast 500 Menschen auslaufen?", "opinion",
            claims=[Q("für 450 Passagiere", 450, "passenger", "size", subject=SHIP, group="oriana-capacity"),
                    Q("mit fast 500 Menschen", 500, "person", None, "about", subject=SHIP, group="oriana-on-board")]),
          S("Wie viele Menschen müssen noch ertrinken, bis diesen schwimmenden Särgen endlich die Lizenz entzogen wird?", "opinion",
            loaded=[L("schwimmenden Särgen", "alarmist")])),
    ],
    "post": ["#Fähre #Porvena #Tragödie #Urlaub",
             "",
             "ABENDBLITZ – jetzt als App: Alle News zuerst!",
             "",
             "- Startseite",
             "- News",
             "- Promis",
             "- Sport"],
    "removed": ["#Fähre #Porvena #Tragödie #Urlaub", "ABENDBLITZ – jetzt als App", "Alle News zuerst!", "- Promis"],
}

TRIDENT = {
    "input": "dev6/oriana.jsonl#tw-20270613-044", "story": SID, "event": EV2,
    "publisher": "Trident Wire", "published": "2027-06-13T10:15:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Porvena ferry death toll rises to 19 as captain is arrested",
          claims=[Q("death toll rises to 19", 19, "person", "killed", subject=SHIP, group="oriana-killed", time=WEEK),
                  ST("captain is arrested", "teodor marras", "was arrested", None, "oriana-arrest")]),
        P(S("Divers have recovered twelve more bodies from the wreck of the Stella Oriana, bringing the death toll from last Sunday's sinking off the Dalmorian island of Porvena to 19, the coast guard said on Saturday.",
            claims=[Q("twelve more bodies", 12, "person", "killed", subject=SHIP, source=CG, group="oriana-killed",
                      time=T("2027-06-07", "2027-06-12")),
                    Q("bringing the death toll from last Sunday's sinking off the Dalmorian island of Porvena to 19", 19, "person",
                      "killed", subject=SHIP, source=CG, group="oriana-killed", time=WEEK)]),
          S("Nineteen people remain missing.",
            claims=[Q("Nineteen people remain missing", 19, "person", "missing", subject=SHIP, source=CG,
                      group="oriana-missing-later", time=T("2027-06-12", "2027-06-12"))])),
        P(S("Prosecutors in Castel Brio said the captain, Teodor Marras, had been arrested on suspicion of negligent homicide.",
            claims=[ST("the captain, Teodor Marras, had been arrested on suspicion of negligent homicide", "teodor marras",
                       "was arrested", None, "oriana-arrest", source="prosecutors")]),
          S("Two managers of Oriana Maritime are also under investigation.",
            claims=[Q("Two managers of Oriana Maritime", 2, "person", None, subject=OM, source="prosecutors", group="oriana-managers")])),
        P(S("Investigators have reportedly found boarding records for 497 people, far more than the 412 the operator declared after the sinking.",
            claims=[Q("boarding records for 497 people", 497, "person", None, subject=SHIP, source="investigators", hedged=True,
                      group="oriana-on-board"),
                    Q("the 412 the operator declared", 412, "person", None, subject=SHIP, source=OM, group="oriana-on-board")]),
          S("Oriana Maritime denies that the ferry was overloaded and says it is cooperating with the inquiry.",
            claims=[overloaded("Oriana Maritime denies that the ferry was overloaded", source=OM, denial=True)]),
          S("Marras had allegedly left the bridge to a trainee officer shortly before the ferry capsized, local media reported.",
            claims=[ST("Marras had allegedly left the bridge to a trainee officer", "teodor marras", "left the bridge to",
                       "a trainee officer", "oriana-bridge", source="local media", hedged=True)])),
        P(S("The wreck lies at a depth of 84 metres and will not be raised before the autumn, said Gen. Lucan Ferro, the navy's chief of staff.",
            claims=[Q("a depth of 84 metres", 84, "metre", "distance", subject="wreck", source="lucan ferro", group="oriana-depth")]),
          S("The government has pledged 40,000 euros to each bereaved family.",
            claims=[Q("40,000 euros", 40000, "eur", "pledged", subject="bereaved families", group="oriana-compensation")])),
        P(S("“We owe these families the truth, whatever it costs,” Prime Minister Anton Vellaris said at a memorial service in Porvena on Friday.", "quote")),
    ],
    "post": ["Read more: Dalmoria orders inspection of all ferries older than 15 years",
             "Reporting by Elena Vasquez; Editing by Tom Hargreave"],
    "removed": ["Read more: Dalmoria orders inspection of all ferries older than 15 years",
                "Reporting by Elena Vasquez; Editing by Tom Hargreave"],
}

ARTICLES = [KTN, ECHO, KK, HERALD, BLITZ, TRIDENT]

REWRITES = [["dev6/oriana-ktn.txt", "dev6/oriana-nordstadt-echo.html"],
            ["dev6/oriana-ktn.txt", "dev6/oriana.jsonl#kk-61204"],
            ["dev6/oriana-nordstadt-echo.html", "dev6/oriana.jsonl#kk-61204"]]


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + "\n\n" + "\n".join(article["post"])


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    lines = [
        {"id": "kk-61204", "url": "https://kurzundklar.example/welt/faehre-stella-oriana-gesunken-61204",
         "title": headline(KK), "html": render_html(KK, KK_SITE), "publisher": KK["publisher"],
         "published": KK["published"], "language": "de", "section": "Welt"},
        {"id": "tw-20270613-044", "url": "https://tridentwire.example/world/porvena-ferry-toll-19",
         "title": headline(TRIDENT), "text": text_without_headline(TRIDENT), "publisher": TRIDENT["publisher"],
         "published": TRIDENT["published"], "language": "en", "section": "World"},
    ]
    return {
        "oriana-ktn.txt": (render_txt(KTN), False),
        "oriana-nordstadt-echo.html": (render_html(ECHO, ECHO_SITE), False),
        "oriana.jsonl": (render_jsonl(lines), False),
        "oriana-herald.html": (render_html(HERALD, HERALD_SITE), False),
        "oriana-abendblitz.txt": (render_txt(BLITZ), False),
    }
