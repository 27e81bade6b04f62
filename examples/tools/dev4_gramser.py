"""dev4 story 3: the avalanche that buried a ski-touring group in the Gramsertal (23 Jan 2027).

A public broadcaster's Atom entry on the evening of the accident (the feed's other entry is the
look-alike Feldalp avalanche of a year earlier, dev4_feldalp.py), an English paper the next day
(dateline block) with the higher death toll and a killed-or-injured figure, and the valley's
regional paper without any dateline block. Invented by the Parallax team (fifth writer): valley,
villages, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt

SID = "st-gramser-avalanche"
EV = "ev-gramser-avalanche"
STORY = {"id": SID, "label": "Avalanche buries a ski-touring group in the Gramsertal",
         "events": [{"id": EV, "label": "Avalanche in the Gramsertal, 23 January 2027"}]}

MR = "mountain rescue"
AWS = "avalanche warning service"
GROUP = "ski-touring group"
DAY = T("2027-01-23", "2027-01-23")
TWO = T("2027-01-23", "2027-01-24")

GROUPS = [
    {"id": "gramser-killed", "story": SID, "status": "compatible",
     "why": "Three dead on the evening of the accident (Alpenfunk, hedged via mountain rescue); four the next day after a victim died in hospital (Alpine Times, Gramsertaler Bote), a later figure; 'killed or injured nine' is another measure (4 + 5)."},
    {"id": "gramser-injured", "story": SID, "status": "agreed",
     "why": "All three articles give five injured."},
    {"id": "gramser-serious", "story": SID, "status": "agreed",
     "why": "All three articles say two of the injured are in a serious/critical condition."},
    {"id": "gramser-group", "story": SID, "status": "agreed",
     "why": "All three articles give a group of eleven."},
    {"id": "gramser-width", "story": SID, "status": "agreed",
     "why": "Alpenfunk and the Alpine Times both give about 400 metres."},
    {"id": "gramser-length", "story": SID, "status": "agreed",
     "why": "About 1.5 km (Alpenfunk) and 'almost a mile' (1.6 km, Alpine Times) agree within their qualifiers."},
    {"id": "gramser-rescuers", "story": SID, "status": "conflicting",
     "why": "More than 80 (Alpenfunk) and some 120 (Alpine Times) are compatible, but 'knapp 60' (Gramsertaler Bote) contradicts both."},
    {"id": "gramser-helicopters", "story": SID, "status": "agreed",
     "why": "Alpenfunk and the Alpine Times both give four helicopters."},
    {"id": "gramser-guide", "story": SID, "status": "disputed",
     "why": "Investigators / local media say the guide ignored the hut keeper's warning (hedged); his lawyer Dr. Felix Amsel denies it (Gramsertaler Bote, Alpine Times)."},
    {"id": "gramser-inquiry", "story": SID, "status": "agreed",
     "why": "Alpenfunk and the Alpine Times report that prosecutors opened an inquiry."},
    {"id": "gramser-closed-slope", "story": SID, "status": "single-source",
     "why": "Only Alpenfunk reports, hedged, witnesses saying the group entered a closed slope."},
    {"id": "gramser-dogs", "story": SID, "status": "single-source",
     "why": "Only the Alpine Times gives two avalanche dogs."},
    {"id": "gramser-trigger", "story": SID, "status": "single-source",
     "why": "Only the Gramsertaler Bote says the group probably (mutmaßlich) set off the avalanche itself."},
]


def guide(text, source=None, hedged=False, denial=False):
    return ST(text, "mountain guide", "ignored", "hut keeper's warning", "gramser-guide", source=source, hedged=hedged, denial=denial)


ALPENFUNK = {
    "input": "dev4/alpenfunk.atom#tag:alpenfunk.example,2027:region/lawine-gramsertal-4410",
    "story": SID, "event": EV,
    "publisher": "Alpenfunk Nachrichten", "published": "2027-01-23T19:40:00+01:00",
    "language": "de", "authors": ["Lukas Steger"], "sensational": False,
    "blocks": [
        H("Lawine im Gramsertal: Drei Tote, fünf Verletzte",
          claims=[Q("Drei Tote", 3, "person", "killed", subject=GROUP, group="gramser-killed", time=DAY),
                  Q("fünf Verletzte", 5, "person", "wounded", subject=GROUP, group="gramser-injured", time=DAY)]),
        P(S("Eine Lawine hat am Samstagnachmittag im hinteren Gramsertal eine Gruppe von elf Skitourengehern erfasst.",
            claims=[Q("eine Gruppe von elf Skitourengehern", 11, "person", "size", subject=GROUP, group="gramser-group")]),
          S("Die Bergrettung sprach am Abend von einem der schwersten Unglücke der vergangenen Jahre."),
          S("Drei Menschen seien ums Leben gekommen, fünf weitere verletzt worden, zwei davon schwer.",
            claims=[Q("Drei Menschen seien ums Leben gekommen", 3, "person", "killed", subject=GROUP, source=MR, hedged=True,
                      group="gramser-killed", time=DAY),
                    Q("fünf weitere verletzt worden", 5, "person", "wounded", subject=GROUP, source=MR, hedged=True,
                      group="gramser-injured", time=DAY),
                    Q("zwei davon schwer", 2, "person", "wounded", subject=GROUP, source=MR, hedged=True,
                      group="gramser-serious", time=DAY)])),
        P(S("Die Lawine war nach Angaben des Lawinenwarndienstes rund 400 Meter breit und etwa 1,5 Kilometer lang.",
            claims=[Q("rund 400 Meter breit", 400, "metre", "size", qualifier="about", subject="avalanche", source=AWS,
                      group="gramser-width"),
                    Q("etwa 1,5 Kilometer lang", 1.5, "kilometre", "size", qualifier="about", subject="avalanche", source=AWS,
                      group="gramser-length")]),
          S("Mehr als 80 Einsatzkräfte und vier Hubschrauber waren bis zum Einbruch der Dunkelheit im Einsatz.",
            claims=[Q("Mehr als 80 Einsatzkräfte", 80, "person", "deployed", qualifier="more-than", subject="rescue operation",
                      group="gramser-rescuers", time=DAY),
                    Q("vier Hubschrauber", 4, "aircraft", "deployed", subject="rescue operation", group="gramser-helicopters",
                      time=DAY)])),
        P(S("Für das Gebiet galt die zweithöchste Warnstufe."),
          S("Augenzeugen zufolge hätte die Gruppe den Hang trotz einer Sperrung betreten.",
            claims=[ST("hätte die Gruppe den Hang trotz einer Sperrung betreten", GROUP, "entered", "a closed slope",
                       "gramser-closed-slope", source="witnesses", hedged=True)]),
          S("Die Staatsanwaltschaft hat Ermittlungen aufgenommen.",
            claims=[ST("Die Staatsanwaltschaft hat Ermittlungen aufgenommen", "prosecutors", "opened an inquiry into",
                       "the avalanche", "gramser-inquiry")])),
    ],
    "extra": '<p><strong>Lawinenlage aktuell:</strong> <a href="https://alpenfunk.example/lawinenbericht">Hier finden Sie den Lawinenlagebericht für alle Regionen</a></p>',
    "removed": ["Lawinenlage aktuell", "Hier finden Sie den Lawinenlagebericht für alle Regionen"],
}

TIMES = {
    "input": "dev4/gramser-alpine-times.txt", "story": SID, "event": EV,
    "publisher": "The Alpine Times", "published": "2027-01-24",
    "language": "en", "authors": ["Hannah Whitcombe"], "sensational": False,
    "pre": ["THE ALPINE TIMES", "24 January 2027", "By Hannah Whitcombe"],
    "blocks": [
        H("Four dead after avalanche buries ski-touring group in Gramser valley",
          claims=[Q("Four dead", 4, "person", "killed", subject=GROUP, group="gramser-killed", time=TWO)]),
        P(S("ST. ANNA, Jan 24 – A fourth member of a ski-touring party caught by an avalanche in the Gramser valley died in hospital overnight, police said on Sunday."),
          S("The avalanche on Saturday afternoon killed or injured nine of the 11 people in the group, which was led by a local mountain guide.",
            claims=[Q("killed or injured nine", 9, "person", "killed or wounded", subject=GROUP, group="gramser-killed", time=TWO),
                    Q("the 11 people in the group", 11, "person", "size", subject=GROUP, group="gramser-group")]),
          S("Four have now died; the other five were injured, two of them critically.",
            claims=[Q("Four have now died", 4, "person", "killed", subject=GROUP, group="gramser-killed", time=TWO),
                    Q("the other five were injured", 5, "person", "wounded", subject=GROUP, group="gramser-injured", time=DAY),
                    Q("two of them critically", 2, "person", "wounded", subject=GROUP, group="gramser-serious", time=DAY)])),
        P(S("Rescuers said the slide was about 400 metres wide and almost a mile long.",
            claims=[Q("about 400 metres wide", 400, "metre", "size", qualifier="about", subject="avalanche", source="rescuers",
                      group="gramser-width"),
                    Q("almost a mile long", 1, "mile", "size", qualifier="about", subject="avalanche", source="rescuers",
                      group="gramser-length")]),
          S("Some 120 mountain rescuers, four helicopters and two avalanche dogs took part in the search.",
            claims=[Q("Some 120 mountain rescuers", 120, "person", "deployed", qualifier="about", subject="rescue operation",
                      group="gramser-rescuers", time=DAY),
                    Q("four helicopters", 4, "aircraft", "deployed", subject="rescue operation", group="gramser-helicopters",
                      time=DAY),
                    Q("two avalanche dogs", 2, "animal", "deployed", subject="rescue operation", group="gramser-dogs", time=DAY)])),
        P(S("Prosecutors in Gramsach have opened an inquiry into why the group was on the slope despite the second-highest danger rating.",
            claims=[ST("Prosecutors in Gramsach have opened an inquiry", "prosecutors", "opened an inquiry into", "the avalanche",
                       "gramser-inquiry")]),
          S("The guide allegedly ignored a warning from the keeper of the Hochgrub hut, local media reported.",
            claims=[guide("The guide allegedly ignored a warning from the keeper of the Hochgrub hut", source="local media", hedged=True)]),
          S("His lawyer, Dr. Felix Amsel, rejected the claim, telling reporters the route had been checked that morning.",
            claims=[guide("His lawyer, Dr. Felix Amsel, rejected the claim", source="felix amsel", denial=True)])),
    ],
    "post": ["Read more: How avalanche danger ratings work – and why level three is the deadliest",
             "© The Alpine Times. All rights reserved."],
    "removed": ["THE ALPINE TIMES", "24 January 2027", "By Hannah Whitcombe", "Read more: How avalanche danger ratings work",
                "All rights reserved."],
}

BOTE = {
    "input": "dev4/gramser-talbote.txt", "story": SID, "event": EV,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Trauer im Gramsertal: Lawine reißt vier Menschen in den Tod",
          claims=[Q("vier Menschen", 4, "person", "killed", subject=GROUP, group="gramser-killed", time=TWO)]),
        P(S("Im Gramsertal herrscht Trauer."),
          S("Nach dem Lawinenabgang vom Samstag ist am Sonntag auch ein 34-jähriger Mann aus Brixdorf im Krankenhaus gestorben, damit stieg die Zahl der Toten auf vier.",
            claims=[Q("die Zahl der Toten auf vier", 4, "person", "killed", subject=GROUP, group="gramser-killed", time=TWO)])),
        P(S("Von den elf Mitgliedern der Tourengruppe wurden fünf verletzt, zwei liegen noch auf der Intensivstation in St. Anna.",
            claims=[Q("elf Mitgliedern der Tourengruppe", 11, "person", "size", subject=GROUP, group="gramser-group"),
                    Q("fünf verletzt", 5, "person", "wounded", subject=GROUP, group="gramser-injured", time=DAY),
                    Q("zwei liegen noch auf der Intensivstation", 2, "person", "wounded", subject=GROUP, group="gramser-serious")]),
          S("Knapp 60 heldenhafte Retter der Bergwacht waren bis in die Nacht im Einsatz, unterstützt von Hubschraubern aus dem ganzen Land.",
            loaded=[L("heldenhafte", "glorifying")],
            claims=[Q("Knapp 60 heldenhafte Retter", 60, "person", "deployed", qualifier="about", subject="rescue operation",
                      group="gramser-rescuers", time=DAY)])),
        P(S("Die Lawine wurde mutmaßlich von der Gruppe selbst ausgelöst.",
            claims=[ST("Die Lawine wurde mutmaßlich von der Gruppe selbst ausgelöst", GROUP, "triggered", "the avalanche",
                       "gramser-trigger", hedged=True)]),
          S("Nach Informationen aus Ermittlerkreisen soll der Bergführer eine Warnung des Hüttenwirts ignoriert haben.",
            claims=[guide("soll der Bergführer eine Warnung des Hüttenwirts ignoriert haben", source="investigators", hedged=True)]),
          S("Sein Anwalt, Dr. Felix Amsel, wies das entschieden zurück.",
            claims=[guide("Sein Anwalt, Dr. Felix Amsel, wies das entschieden zurück", source="felix amsel", denial=True)])),
        P(S("Die Opfer stammen aus Brixdorf bzw. aus dem benachbarten Oberried."),
          S("Bürgermeister Anton Pichler lädt für Mittwoch, den 27. Januar, um 14.30 Uhr zu einem Trauergottesdienst in die Pfarrkirche ein.")),
        P(S("Die Berge geben, und die Berge nehmen, das weiß hier jedes Kind.", "opinion"),
          S("Umso wichtiger ist es, dass jetzt niemand vorschnell urteilt.", "opinion")),
    ],
    "post": ["Themen: Lawine, Gramsertal, Bergrettung",
             "",
             "Lesen Sie auch: Lawinenkurs für Einsteiger am 6. Februar",
             "",
             "Details | |",
             "",
             "Anzeige: Skischule Pichlerhof – Kurse ab 49 €",
             "Gramsertaler Bote · Ihre Zeitung für das ganze Tal"],
    "removed": ["Themen: Lawine, Gramsertal, Bergrettung", "Lawinenkurs für Einsteiger am 6. Februar", "Details | |",
                "Skischule Pichlerhof – Kurse ab 49 €", "Ihre Zeitung für das ganze Tal"],
}

ARTICLES = [ALPENFUNK, TIMES, BOTE]

REWRITES = []


def files():
    """Input files of this story (the Alpenfunk feed is written by dev4_feldalp.py)."""
    return {
        "gramser-alpine-times.txt": (render_txt(TIMES), False),
        "gramser-talbote.txt": (render_txt(BOTE), False),
    }
