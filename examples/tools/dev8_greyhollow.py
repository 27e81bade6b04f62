"""dev8 story 3: a riot with a mass escape at Greyhollow Prison in Ashcombe, Caldria (Sunday
6 June 2027), and the state of the manhunt a week later.

An English public-broadcaster page (WBC News) and a German news site's Atom entry about the riot
(German–English pair, own wording), an English tabloid, a right-populist blog without dateline
that states the union's accusation as fact and omits the minister's denial, the Atom feed's second
entry a week later and an English local paper's follow-up. Invented by a tenth writer: country,
town, prison, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_atom
from dev8_lib import group, wbc_site

SID = "st-greyhollow-riot"
RIOT = "ev-greyhollow-riot"
HUNT = "ev-greyhollow-manhunt"
STORY = {"id": SID, "label": "Riot and mass escape at Greyhollow Prison, Ashcombe (Caldria)",
         "events": [{"id": RIOT, "label": "Riot at Greyhollow Prison; inmates escape, 6 June 2027"},
                    {"id": HUNT, "label": "A week later: most escapees recaptured, governor suspended, inmates transferred"}]}

SUBJ = "greyhollow prison"
MIN = "justice ministry"
UNION = "caldrian prison officers' association"
KIN = "robert kincaid"
RIOTDAY = T("2027-06-06", "2027-06-06")
MORNING = T("2027-06-06", "2027-06-07")
WEEK = T("2027-06-06", "2027-06-13")

GROUPS = [
    group("greyhollow-escaped", SID, "conflicting",
          "14 escaped on 6 June (ministry via WBC and Weltblick), corrected to 16 on 9 June ('zwei weitere', Weltblick, Gazette: a later figure); the Daily Thunder's 'up to 20' is looser, but Caldria First's 'more than 20' cannot be true."),
    group("greyhollow-recaptured", SID, "compatible",
          "Three caught within hours (police via WBC and Weltblick); 13 recaptured a week later (Weltblick, Gazette): a later figure."),
    group("greyhollow-at-large", SID, "compatible",
          "Eleven still at large on 7 June (WBC, Weltblick), three a week later (Weltblick, Gazette): later figures as escapees were caught."),
    group("greyhollow-killed", SID, "agreed",
          "One inmate killed (WBC, Daily Thunder, Weltblick)."),
    group("greyhollow-officers-injured", SID, "conflicting",
          "Nine officers injured (ministry via WBC and Weltblick) against 'a dozen guards' in the Daily Thunder."),
    group("greyhollow-officers-serious", SID, "agreed",
          "Two officers seriously injured (WBC, Weltblick)."),
    group("greyhollow-inmates-injured", SID, "agreed",
          "At least 23 inmates treated for injuries (WBC, Weltblick fact box)."),
    group("greyhollow-rioters", SID, "agreed",
          "About 200 inmates took part (WBC, Weltblick, Daily Thunder)."),
    group("greyhollow-population", SID, "agreed",
          "The prison holds 640 inmates (WBC, Weltblick, Daily Thunder, Caldria First)."),
    group("greyhollow-capacity", SID, "agreed",
          "Built for 450 (the union chairman quoted by WBC; Caldria First)."),
    group("greyhollow-duration", SID, "compatible",
          "'More than seven hours' (WBC) and 'fast acht Stunden' (Weltblick): the bound is looser than the approximate figure."),
    group("greyhollow-staff", SID, "disputed",
          "The union says 38 officers were on duty (WBC, Weltblick; stated as fact by Caldria First and in a question of the Daily Thunder); minister Kincaid counters with 52 (WBC, Weltblick)."),
    group("greyhollow-warnings", SID, "disputed",
          "The union says the ministry ignored its warnings about understaffing; Justice Minister Kincaid rejects it (WBC, Weltblick); Caldria First states it as fact and omits the denial."),
    group("greyhollow-retaken", SID, "agreed",
          "Riot police and the National Guard retook the wings shortly before midnight (WBC, Weltblick)."),
    group("greyhollow-soldiers", SID, "agreed",
          "About 150 National Guard soldiers (WBC) and 150 (Gazette)."),
    group("greyhollow-occupancy", SID, "single-source",
          "Only the Daily Thunder gives the occupancy of 142 per cent."),
    group("greyhollow-budget", SID, "single-source",
          "Only Caldria First gives the 12 percent budget cut."),
    group("greyhollow-transferred", SID, "agreed",
          "More than 300 inmates transferred (Weltblick) and 310 (Gazette)."),
    group("greyhollow-suspended", SID, "agreed",
          "Governor Helen Marsh was suspended (Weltblick, Gazette)."),
    group("greyhollow-reward", SID, "agreed",
          "A reward of 10,000 euros for tips on the three escapees (Weltblick, Gazette)."),
    group("greyhollow-damage", SID, "single-source",
          "Only the Gazette gives the damage estimate of €3.2 million."),
    group("greyhollow-inquiry-weeks", SID, "single-source",
          "Only the Gazette gives the inquiry's deadline of eight weeks."),
]

WARN_OBJ = "warnings about understaffing at greyhollow"

# ------------------------------------------------------------------ WBC News (public broadcaster)

WBC = {
    "input": "dev8/greyhollow-wbc.html", "story": SID, "event": RIOT,
    "publisher": "WBC News", "published": "2027-06-07T08:15:00+01:00",
    "language": "en", "authors": ["Owen Trask", "Priya Castellane"], "sensational": False,
    "blocks": [
        H("Greyhollow Prison riot: 14 inmates escape, one dead",
          claims=[Q("14 inmates escape", 14, "person", None, subject=SUBJ, group="greyhollow-escaped", time=RIOTDAY),
                  Q("one dead", 1, "person", "killed", subject=SUBJ, group="greyhollow-killed", time=RIOTDAY)]),
        P(S("Fourteen inmates escaped from Greyhollow Prison in Ashcombe during a riot that lasted more than seven hours on Sunday, Caldria's Justice Ministry said.",
            claims=[Q("Fourteen inmates escaped", 14, "person", None, subject=SUBJ, source=MIN, group="greyhollow-escaped", time=RIOTDAY),
                    Q("more than seven hours", 7, "hour", "duration", qualifier="more-than", subject="riot", source=MIN,
                      group="greyhollow-duration", time=RIOTDAY)]),
          S("Three of them were caught within hours in woodland near the prison, leaving eleven at large on Monday morning, police said.",
            claims=[Q("Three of them were caught", 3, "person", "arrested", subject="escaped inmates", source="police",
                      group="greyhollow-recaptured", time=RIOTDAY),
                    Q("leaving eleven at large", 11, "person", None, subject="escaped inmates", source="police",
                      group="greyhollow-at-large", time=MORNING)])),
        P(S("One inmate was killed and nine prison officers were injured, two of them seriously, according to the ministry.",
            claims=[Q("One inmate was killed", 1, "person", "killed", subject=SUBJ, source=MIN, group="greyhollow-killed", time=RIOTDAY),
                    Q("nine prison officers were injured", 9, "person", "wounded", subject=SUBJ, source=MIN,
                      group="greyhollow-officers-injured", time=RIOTDAY),
                    Q("two of them seriously", 2, "person", "wounded", subject=SUBJ, source=MIN,
                      group="greyhollow-officers-serious", time=RIOTDAY)]),
          S("At least 23 inmates were treated for injuries, most of them for smoke inhalation after mattresses were set alight.",
            claims=[Q("At least 23 inmates were treated for injuries", 23, "person", "wounded", qualifier="at-least", subject=SUBJ,
                      group="greyhollow-inmates-injured", time=RIOTDAY)])),
        P(S("The unrest began at about 4 p.m. in B wing, when inmates refused to return to their cells after exercise, and spread to C wing within the hour."),
          S("About 200 of the prison's 640 inmates took part, the ministry said.",
            claims=[Q("About 200 of the prison's 640 inmates took part", 200, "person", None, qualifier="about", subject=SUBJ, source=MIN,
                      group="greyhollow-rioters", time=RIOTDAY),
                    Q("the prison's 640 inmates", 640, "person", "size", subject=SUBJ, source=MIN, group="greyhollow-population")]),
          S("Riot police and about 150 National Guard soldiers under Lt. Col. Dana Whitlock retook both wings shortly before midnight.",
            claims=[Q("about 150 National Guard soldiers", 150, "soldier", "deployed", qualifier="about", subject=SUBJ,
                      group="greyhollow-soldiers", time=RIOTDAY),
                    ST("Riot police and about 150 National Guard soldiers under Lt. Col. Dana Whitlock retook both wings shortly before midnight",
                       "riot police", "recaptured", "b and c wings of greyhollow prison", "greyhollow-retaken")])),
        H("Staffing row"),
        P(S("The Caldrian Prison Officers' Association said only 38 officers had been on duty that evening and that the ministry had ignored repeated warnings about understaffing.",
            claims=[Q("only 38 officers had been on duty", 38, "person", "deployed", subject=SUBJ, source=UNION,
                      group="greyhollow-staff", time=RIOTDAY),
                    ST("the ministry had ignored repeated warnings about understaffing", MIN, "ignored", WARN_OBJ,
                       "greyhollow-warnings", source=UNION)]),
          S("“We are looking at a prison that was built for 450 men and now holds 640,” the association's chairman, Tom Reddick, told reporters.", "quote",
            claims=[Q("built for 450 men", 450, "person", "size", subject=SUBJ, source="tom reddick", group="greyhollow-capacity"),
                    Q("now holds 640", 640, "person", "size", subject=SUBJ, source="tom reddick", group="greyhollow-population")]),
          S("Justice Minister Robert Kincaid rejected the claim, saying 52 staff had been on duty and that “a handful of troublemakers” had planned the unrest for weeks.",
            claims=[ST("Justice Minister Robert Kincaid rejected the claim", MIN, "denies", "ignored " + WARN_OBJ,
                       "greyhollow-warnings", source=KIN, denial=True),
                    Q("52 staff had been on duty", 52, "person", "deployed", subject=SUBJ, source=KIN, group="greyhollow-staff", time=RIOTDAY)],
            loaded=[L("a handful of troublemakers", "belittling", "reported")])),
        P(S("Police have set up checkpoints on roads around Ashcombe and urged residents not to approach the escaped men, some of whom are serving sentences for violent crimes.")),
    ],
    "removed": ["We use cookies to give you the best experience", "Accept all cookies", "Share this story:",
                "Stream every match of the Caldrian Cup", "Get the WBC Morning Briefing", "Westhaven Broadcasting Corporation. Terms",
                "Who runs Caldria's prisons?", "Ashcombe residents describe night of sirens"],
}

WBC_SITE = wbc_site("7 June 2027, 08:15", ["Who runs Caldria's prisons? Five charts explain the crisis",
                                           "Ashcombe residents describe night of sirens"])

# ------------------------------------------------------------------ tabloid

THUNDER = {
    "input": "dev8/greyhollow-thunder.txt", "story": SID, "event": RIOT,
    "publisher": "The Daily Thunder", "published": "2027-06-08",
    "language": "en", "authors": ["Gary Pollock"], "sensational": True,
    "pre": ["The Daily Thunder", "Tuesday June 8 2027", "By GARY POLLOCK, Crime Editor"],
    "blocks": [
        H("BREAKOUT BEDLAM! Up to 20 lags on the run after jail hell",
          claims=[Q("Up to 20 lags on the run", 20, "person", None, qualifier="up-to", subject=SUBJ, group="greyhollow-escaped",
                    time=MORNING)],
          loaded=[L("BREAKOUT BEDLAM", "alarmist"), L("lags", "demonising"), L("jail hell", "alarmist")]),
        P(S("Terrified families in Ashcombe locked their doors last night as up to 20 crooks roamed free after the worst prison riot Caldria has seen in decades.",
            claims=[Q("up to 20 crooks roamed free", 20, "person", None, qualifier="up-to", subject=SUBJ, group="greyhollow-escaped",
                      time=MORNING)],
            loaded=[L("Terrified families", "alarmist"), L("crooks", "demonising")]),
          S("Some 200 rampaging inmates torched mattresses, smashed cell doors and battered a dozen guards during the seven-hour siege of Greyhollow.",
            claims=[Q("Some 200 rampaging inmates", 200, "person", None, qualifier="about", subject=SUBJ, group="greyhollow-rioters", time=RIOTDAY),
                    Q("battered a dozen guards", 12, "person", "wounded", qualifier="about", subject=SUBJ, group="greyhollow-officers-injured",
                      time=RIOTDAY),
                    Q("seven-hour siege", 7, "hour", "duration", subject="riot", group="greyhollow-duration", time=RIOTDAY)],
            loaded=[L("rampaging", "alarmist"), L("siege", "alarmist")]),
          S("One lag died in the chaos.",
            claims=[Q("One lag died", 1, "person", "killed", subject=SUBJ, group="greyhollow-killed", time=RIOTDAY)],
            loaded=[L("lag", "demonising")])),
        P(S("The crumbling Victorian jail was crammed to 142 per cent of capacity, the Thunder can reveal.",
            claims=[Q("142 per cent of capacity", 142, "percent", None, subject=SUBJ, source="daily thunder", group="greyhollow-occupancy")],
            loaded=[L("crumbling", "alarmist")]),
          S("“I'm scared to let the kids play outside,” said Ashcombe mother Kerry Dawes, 34.", "quote")),
        P(S("Our brave prison officers were left to face the mob with batons and bare hands.", "opinion",
            loaded=[L("Our brave prison officers", "glorifying"), L("the mob", "demonising")]),
          S("Why were just 38 officers left to guard 640 prisoners on a Sunday night?", "opinion",
            claims=[Q("just 38 officers", 38, "person", "deployed", subject=SUBJ, group="greyhollow-staff", time=RIOTDAY),
                    Q("640 prisoners", 640, "person", "size", subject=SUBJ, group="greyhollow-population")]),
          S("How many more warnings does Justice Minister Kincaid need before someone gets killed on his watch?", "opinion"),
          S("Lock them up properly – and throw away the key.", "opinion")),
    ],
    "post": ["MORE: Inside Caldria's most dangerous jails – PICTURES",
             "Got a story? Call the Thunder newsdesk or email tips@dailythunder.example",
             "#Greyhollow #PrisonRiot"],
    "removed": ["The Daily Thunder", "Tuesday June 8 2027", "By GARY POLLOCK, Crime Editor", "Inside Caldria's most dangerous jails",
                "Got a story?", "tips@dailythunder.example", "#Greyhollow #PrisonRiot"],
}

# ------------------------------------------------------------------ Weltblick Atom feed: riot day and a week later

WB_RIOT = {
    "input": "dev8/weltblick.atom#tag:weltblick.example,2027:ausland/kaldrien-gefaengnis-7731", "story": SID, "event": RIOT,
    "publisher": "Weltblick", "published": "2027-06-07T10:40:00+02:00",
    "language": "de", "authors": ["Sabine Aurich"], "sensational": False,
    "blocks": [
        H("Gefängnisrevolte in Kaldrien: 14 Häftlinge auf der Flucht",
          claims=[Q("14 Häftlinge auf der Flucht", 14, "person", None, subject=SUBJ, group="greyhollow-escaped", time=RIOTDAY)]),
        P(S("Bei einer Revolte im Gefängnis Greyhollow in der kaldrischen Stadt Ashcombe sind am Sonntag 14 Häftlinge entkommen, wie das Justizministerium am Montagmorgen mitteilte.",
            claims=[Q("14 Häftlinge entkommen", 14, "person", None, subject=SUBJ, source=MIN, group="greyhollow-escaped", time=RIOTDAY)]),
          S("Drei von ihnen nahm die Polizei noch in der Nacht in einem Waldstück nahe der Anstalt fest, elf sind weiterhin flüchtig.",
            claims=[Q("Drei von ihnen nahm die Polizei noch in der Nacht", 3, "person", "arrested", subject="escaped inmates", source="police",
                      group="greyhollow-recaptured", time=RIOTDAY),
                    Q("elf sind weiterhin flüchtig", 11, "person", None, subject="escaped inmates", group="greyhollow-at-large", time=MORNING)])),
        P(S("Ein Insasse kam bei den Krawallen ums Leben.",
            claims=[Q("Ein Insasse kam bei den Krawallen ums Leben", 1, "person", "killed", subject=SUBJ, group="greyhollow-killed", time=RIOTDAY)]),
          S("Nach Angaben des Ministeriums wurden neun Justizvollzugsbeamte verletzt, zwei davon schwer.",
            claims=[Q("neun Justizvollzugsbeamte verletzt", 9, "person", "wounded", subject=SUBJ, source=MIN,
                      group="greyhollow-officers-injured", time=RIOTDAY),
                    Q("zwei davon schwer", 2, "person", "wounded", subject=SUBJ, source=MIN, group="greyhollow-officers-serious", time=RIOTDAY)]),
          S("Die Revolte, die am Nachmittag im Trakt B begonnen hatte, dauerte fast acht Stunden, bevor Bereitschaftspolizei und Nationalgarde die beiden besetzten Flügel kurz vor Mitternacht zurückeroberten.",
            claims=[Q("dauerte fast acht Stunden", 8, "hour", "duration", qualifier="about", subject="riot", group="greyhollow-duration", time=RIOTDAY),
                    ST("bevor Bereitschaftspolizei und Nationalgarde die beiden besetzten Flügel kurz vor Mitternacht zurückeroberten",
                       "riot police", "recaptured", "b and c wings of greyhollow prison", "greyhollow-retaken")])),
        H("Die Revolte in Zahlen"),
        LI(S("Insassen: 640",
             claims=[Q("Insassen: 640", 640, "person", "size", subject=SUBJ, group="greyhollow-population")])),
        LI(S("Beteiligte Häftlinge: etwa 200",
             claims=[Q("Beteiligte Häftlinge: etwa 200", 200, "person", None, qualifier="about", subject=SUBJ, group="greyhollow-rioters",
                       time=RIOTDAY)])),
        LI(S("Verletzte Häftlinge: mindestens 23",
             claims=[Q("Verletzte Häftlinge: mindestens 23", 23, "person", "wounded", qualifier="at-least", subject=SUBJ,
                       group="greyhollow-inmates-injured", time=RIOTDAY)])),
        P(S("Die Gewerkschaft der Vollzugsbediensteten erhebt schwere Vorwürfe gegen das Ministerium."),
          S("Man habe seit Monaten vor dem Personalmangel gewarnt, sei aber ignoriert worden; in der Nacht seien lediglich 38 Beamte für die ganze Anstalt zuständig gewesen.",
            claims=[ST("Man habe seit Monaten vor dem Personalmangel gewarnt, sei aber ignoriert worden", MIN, "ignored", WARN_OBJ,
                       "greyhollow-warnings", source=UNION, hedged=True),
                    Q("lediglich 38 Beamte", 38, "person", "deployed", subject=SUBJ, source=UNION, hedged=True,
                      group="greyhollow-staff", time=RIOTDAY)]),
          S("Justizminister Robert Kincaid wies das zurück: Es seien 52 Bedienstete im Dienst gewesen, die Revolte sei von „ein paar Unruhestiftern“ über Wochen geplant worden.",
            claims=[ST("Justizminister Robert Kincaid wies das zurück", MIN, "denies", "ignored " + WARN_OBJ, "greyhollow-warnings",
                       source=KIN, denial=True),
                    Q("Es seien 52 Bedienstete im Dienst gewesen", 52, "person", "deployed", subject=SUBJ, source=KIN, hedged=True,
                      group="greyhollow-staff", time=RIOTDAY)],
            loaded=[L("„ein paar Unruhestiftern“", "belittling", "reported")])),
    ],
    "extra": '<p><em>Sie wollen keine Auslandsnachricht verpassen? Abonnieren Sie den Weltblick-Newsletter.</em></p>',
    "removed": ["Sie wollen keine Auslandsnachricht verpassen?", "Weltblick-Newsletter"],
}

WB_HUNT = {
    "input": "dev8/weltblick.atom#tag:weltblick.example,2027:ausland/kaldrien-ausbrecher-7894", "story": SID, "event": HUNT,
    "publisher": "Weltblick", "published": "2027-06-13T15:00:00+02:00",
    "language": "de", "authors": ["Sabine Aurich"], "sensational": False,
    "blocks": [
        H("Nach Revolte in Greyhollow: 13 von 16 Ausbrechern wieder gefasst",
          claims=[Q("13 von 16 Ausbrechern wieder gefasst", 13, "person", "arrested", subject="escaped inmates",
                    group="greyhollow-recaptured", time=WEEK),
                  Q("16 Ausbrechern", 16, "person", None, subject=SUBJ, group="greyhollow-escaped", time=WEEK)]),
        P(S("Eine Woche nach der Gefängnisrevolte im kaldrischen Ashcombe sind 13 der insgesamt 16 entflohenen Häftlinge wieder hinter Gittern.",
            claims=[Q("13 der insgesamt 16 entflohenen Häftlinge", 13, "person", "arrested", subject="escaped inmates",
                      group="greyhollow-recaptured", time=WEEK),
                    Q("insgesamt 16 entflohenen Häftlinge", 16, "person", None, subject=SUBJ, group="greyhollow-escaped", time=WEEK)]),
          S("Das Justizministerium hatte die Zahl der Entflohenen am Mittwoch nach oben korrigiert, nachdem bei einer Zählung zwei weitere Insassen fehlten.",
            claims=[Q("zwei weitere Insassen fehlten", 2, "person", None, subject=SUBJ, source=MIN, group="greyhollow-escaped",
                      time=RIOTDAY)]),
          S("Nach den drei noch Flüchtigen wird landesweit gefahndet; für Hinweise hat die Polizei eine Belohnung von 10.000 Euro ausgesetzt.",
            claims=[Q("Nach den drei noch Flüchtigen", 3, "person", None, subject="escaped inmates", group="greyhollow-at-large", time=WEEK),
                    Q("eine Belohnung von 10.000 Euro", 10000, "eur", None, subject="escaped inmates", source="police", group="greyhollow-reward")])),
        P(S("Die Leiterin der Anstalt, Helen Marsh, wurde am Freitag vom Dienst suspendiert.",
            claims=[ST("Die Leiterin der Anstalt, Helen Marsh, wurde am Freitag vom Dienst suspendiert", "helen marsh", "was suspended",
                       "as governor of greyhollow prison", "greyhollow-suspended")]),
          S("Mehr als 300 Häftlinge wurden inzwischen in andere Gefängnisse verlegt, weil die beiden ausgebrannten Flügel auf Monate unbewohnbar sind.",
            claims=[Q("Mehr als 300 Häftlinge wurden inzwischen in andere Gefängnisse verlegt", 300, "person", None, qualifier="more-than",
                      subject=SUBJ, group="greyhollow-transferred", time=WEEK)])),
        P(S("Die Gewerkschaft sieht sich bestätigt.", "reporting"),
          S("„Man hat uns nicht zugehört, und jetzt zahlen alle den Preis“, sagte ihr Vorsitzender Tom Reddick.", "quote")),
    ],
    "extra": '<p><em>Sie wollen keine Auslandsnachricht verpassen? Abonnieren Sie den Weltblick-Newsletter.</em></p>',
    "removed": ["Sie wollen keine Auslandsnachricht verpassen?", "Weltblick-Newsletter"],
}

FEED = {"title": "Weltblick", "link": "https://weltblick.example/ausland", "id": "tag:weltblick.example,2027:ausland",
        "updated": "2027-06-13T15:00:00+02:00", "language": "de"}

# ------------------------------------------------------------------ right-populist blog (no dateline; omits the denial)

FIRST = {
    "input": "dev8/greyhollow-caldria-first.txt", "story": SID, "event": RIOT,
    "publisher": None, "published": None,
    "language": "en", "authors": [], "sensational": True,
    "blocks": [
        H("More than 20 violent criminals loose in Ashcombe – and Kincaid ignored every warning",
          claims=[Q("More than 20 violent criminals loose", 20, "person", None, qualifier="more-than", subject=SUBJ,
                    group="greyhollow-escaped")],
          loaded=[L("violent criminals", "demonising")]),
        P(S("Let's be clear about what happened at Greyhollow on Sunday night.", "opinion"),
          S("This was not a “disturbance”, as the Ministry of Excuses would have you believe.", "opinion",
            loaded=[L("“disturbance”", "euphemism", "distancing"), L("Ministry of Excuses", "demonising")]),
          S("It was the entirely predictable collapse of a prison system that the Kincaid crowd has starved for years.", "opinion",
            loaded=[L("the Kincaid crowd", "demonising"), L("starved", "alarmist")])),
        P(S("The facts speak for themselves.", "opinion"),
          S("Greyhollow was built for 450 prisoners and holds 640.",
            claims=[Q("built for 450 prisoners", 450, "person", "size", subject=SUBJ, group="greyhollow-capacity"),
                    Q("holds 640", 640, "person", "size", subject=SUBJ, group="greyhollow-population")]),
          S("On the night of the riot just 38 officers were on duty.",
            claims=[Q("just 38 officers were on duty", 38, "person", "deployed", subject=SUBJ, group="greyhollow-staff", time=RIOTDAY)]),
          S("The prison budget was cut by 12% last year.",
            claims=[Q("cut by 12%", 12, "percent", "decrease", subject="prison budget", group="greyhollow-budget")]),
          S("The officers' association warned the ministry again and again, and the ministry filed every letter in the bin.",
            claims=[ST("the ministry filed every letter in the bin", MIN, "ignored", WARN_OBJ, "greyhollow-warnings")])),
        P(S("And now more than 20 hardened thugs are hiding in our woods and gardens …", "opinion",
            claims=[Q("more than 20 hardened thugs", 20, "person", None, qualifier="more-than", subject=SUBJ, group="greyhollow-escaped")],
            loaded=[L("hardened thugs", "demonising")]),
          S("Who will Kincaid blame when one of them breaks into a family home?", "opinion"),
          S("How long will decent, law-abiding Caldrians put up with this soft-touch “reform” agenda?", "opinion",
            loaded=[L("soft-touch", "belittling"), L("“reform”", "propaganda", "distancing")])),
        P(S("Enough is enough.", "opinion"),
          S("Write to your MP today and demand Kincaid's resignation.", "opinion")),
    ],
    "post": ["#Greyhollow #LawAndOrder #KincaidOut",
             "",
             "Share this post · Like · Comment",
             "",
             "Caldria First Dispatch is funded by readers like you. Support independent journalism – donate today!",
             "- Home",
             "- Crime",
             "- Politics",
             "- About us"],
    "removed": ["#Greyhollow #LawAndOrder #KincaidOut", "Share this post", "funded by readers like you",
                "donate today", "- About us"],
}

# ------------------------------------------------------------------ Ashcombe Gazette follow-up

GAZETTE = {
    "input": "dev8/greyhollow-gazette.txt", "story": SID, "event": HUNT,
    "publisher": "Ashcombe Gazette", "published": "2027-06-14",
    "language": "en", "authors": ["Megan Fairlie"], "sensational": False,
    "pre": ["Ashcombe Gazette", "Monday, 14 June 2027", "By Megan Fairlie"],
    "blocks": [
        H("Three Greyhollow escapees still at large a week after riot"),
        P(S("Thirteen of the 16 inmates who broke out of Greyhollow Prison during last Sunday's riot are back in custody, but three remain at large, the Justice Ministry said on Sunday.",
            claims=[Q("Thirteen of the 16 inmates", 13, "person", "arrested", subject="escaped inmates", source=MIN,
                      group="greyhollow-recaptured", time=WEEK),
                    Q("the 16 inmates who broke out", 16, "person", None, subject=SUBJ, source=MIN, group="greyhollow-escaped", time=WEEK),
                    Q("three remain at large", 3, "person", None, subject="escaped inmates", source=MIN, group="greyhollow-at-large", time=WEEK)]),
          S("Police are offering a €10,000 reward for information leading to their arrest.",
            claims=[Q("a €10,000 reward", 10000, "eur", None, subject="escaped inmates", source="police", group="greyhollow-reward")])),
        P(S("The prison's governor, Helen Marsh, was suspended on Friday pending an independent inquiry, which is to be led by the retired judge Prof. Alan Whitcombe and is due to report within eight weeks.",
            claims=[ST("The prison's governor, Helen Marsh, was suspended on Friday", "helen marsh", "was suspended",
                       "as governor of greyhollow prison", "greyhollow-suspended"),
                    Q("within eight weeks", 8, "week", "duration", qualifier="up-to", subject="inquiry", group="greyhollow-inquiry-weeks")]),
          S("Some 310 inmates have been moved to other jails because the two burnt-out wings will stay closed for months.",
            claims=[Q("Some 310 inmates have been moved to other jails", 310, "person", None, qualifier="about", subject=SUBJ,
                      group="greyhollow-transferred", time=WEEK)]),
          S("Ministry officials told reporters the damage would cost an estimated €3.2 million to repair.",
            claims=[Q("an estimated €3.2 million", 3200000, "eur", "cost", subject=SUBJ, source=MIN, group="greyhollow-damage")])),
        P(S("Gen. Marcus Hale, who commands the National Guard, said the last of the 150 soldiers guarding the prison would leave by the end of the week.",
            claims=[Q("the 150 soldiers guarding the prison", 150, "soldier", "deployed", subject=SUBJ, source="marcus hale",
                      group="greyhollow-soldiers")]),
          S("In Ashcombe itself, the mood is one of weary relief."),
          S("“We're sleeping again, mostly,” said Jean Corley, who runs the newsagent on St. Mary's Road.", "quote")),
    ],
    "post": ["Related: Council to review school safety plans after riot",
             "Subscribe to the Gazette from £1 a week",
             "Tags: Greyhollow, prisons, Ashcombe"],
    "removed": ["Ashcombe Gazette", "Monday, 14 June 2027", "By Megan Fairlie", "Council to review school safety plans",
                "Subscribe to the Gazette from £1 a week", "Tags: Greyhollow, prisons, Ashcombe"],
}

ARTICLES = [WBC, THUNDER, WB_RIOT, FIRST, WB_HUNT, GAZETTE]

REWRITES = []


def files():
    return {
        "greyhollow-wbc.html": (render_html(WBC, WBC_SITE), False),
        "greyhollow-thunder.txt": (render_txt(THUNDER), False),
        "weltblick.atom": (render_atom(FEED, [
            (WB_RIOT, "tag:weltblick.example,2027:ausland/kaldrien-gefaengnis-7731",
             "https://weltblick.example/ausland/kaldrien-gefaengnis-7731", WB_RIOT["extra"]),
            (WB_HUNT, "tag:weltblick.example,2027:ausland/kaldrien-ausbrecher-7894",
             "https://weltblick.example/ausland/kaldrien-ausbrecher-7894", WB_HUNT["extra"]),
        ]), False),
        "greyhollow-caldria-first.txt": (render_txt(FIRST), False),
        "greyhollow-gazette.txt": (render_txt(GAZETTE), False),
    }
