"""Held-out story 2: the parliamentary election in the invented country Mervania (11 Oct 2026).

The look-alike of the Lusaria election a month earlier: same vocabulary, a different story.
Invented by the Parallax team: country, parties, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, render_txt

STORY = {"id": "st-mervania-election", "label": "Parliamentary election in Mervania",
         "events": [{"id": "ev-mervania-vote", "label": "Mervania votes; Volksunion wins and seeks a partner"}]}

VU = "volksunion"
GL = "grüne liga"
COM = "mervania electoral commission"
FELTZ = "dario feltz"

GROUPS = [
    {"id": "mervania-winner", "story": STORY["id"], "status": "agreed",
     "why": "Both articles report that the Volksunion won the election."},
    {"id": "mervania-vu-share", "story": STORY["id"], "status": "agreed",
     "why": "37.5 percent (zpd) and 'knapp 38 Prozent' (Tagesblick) agree within the qualifier."},
    {"id": "mervania-gl-share", "story": STORY["id"], "status": "agreed",
     "why": "22.3 percent (zpd) and 'gut 22 Prozent' (Tagesblick) agree."},
    {"id": "mervania-vu-seats", "story": STORY["id"], "status": "agreed",
     "why": "Both articles give the Volksunion 44 seats."},
    {"id": "mervania-parliament-size", "story": STORY["id"], "status": "agreed",
     "why": "Both articles give the parliament 120 seats."},
    {"id": "mervania-turnout", "story": STORY["id"], "status": "agreed",
     "why": "58.9 percent (zpd) and 'fast 59 Prozent' (Tagesblick) agree."},
    {"id": "mervania-gl-seats", "story": STORY["id"], "status": "single-source",
     "why": "Only Tagesblick gives the Grüne Liga's 27 seats."},
    {"id": "mervania-talks", "story": STORY["id"], "status": "agreed",
     "why": "Both articles report that Feltz wants coalition talks with the Grüne Liga this week."},
    {"id": "mervania-celebration", "story": STORY["id"], "status": "single-source",
     "why": "Only Tagesblick mentions dozens of Liga supporters celebrating."},
    {"id": "mervania-bp-share", "story": STORY["id"], "status": "single-source",
     "why": "Only zpd reports the liberal Bürgerpartei below 5 percent."},
    {"id": "mervania-observers", "story": STORY["id"], "status": "single-source",
     "why": "Only zpd reports the observers' verdict of a free and fair vote."},
]

ZPD = {
    "input": "dev3/mervania-zpd.txt", "story": STORY["id"], "event": "ev-mervania-vote",
    "publisher": "zpd Zentral-Presse-Dienst", "published": "2026-10-12T07:05:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["zpd Zentral-Presse-Dienst", "12.10.2026", "07:05 Uhr"],
    "blocks": [
        H("Volksunion gewinnt Wahl in Mervania – Koalition mit Grüner Liga wahrscheinlich"),
        P(S("Die konservative Volksunion hat die Parlamentswahl in Mervania gewonnen.",
            claims=[ST("Die konservative Volksunion hat die Parlamentswahl in Mervania gewonnen", VU, "won",
                       "parliamentary election", "mervania-winner")]),
          S("Nach dem vorläufigen Endergebnis der Wahlkommission kam die Partei von Ministerpräsident Dario Feltz am Sonntag auf 37,5 Prozent.",
            claims=[Q("37,5 Prozent", 37.5, "percent", "won", subject=VU, source=COM, group="mervania-vu-share")]),
          S("Zweitstärkste Kraft wurde die Grüne Liga mit 22,3 Prozent.",
            claims=[Q("22,3 Prozent", 22.3, "percent", "won", subject=GL, source=COM, group="mervania-gl-share")]),
          S("Die liberale Bürgerpartei scheiterte mit weniger als 5 Prozent an der Sperrklausel.",
            claims=[Q("weniger als 5 Prozent", 5, "percent", "won", qualifier="less-than", subject="bürgerpartei",
                      group="mervania-bp-share")])),
        P(S("Die Volksunion erhält 44 der 120 Sitze im Parlament und ist auf einen Partner angewiesen.",
            claims=[Q("44 der 120 Sitze", 44, "seat", "won", subject=VU, group="mervania-vu-seats"),
                    Q("120 Sitze im Parlament", 120, "seat", "size", subject="parliament", group="mervania-parliament-size")]),
          S("Feltz kündigte an, noch in dieser Woche Gespräche mit der Grünen Liga aufzunehmen.",
            claims=[ST("Feltz kündigte an, noch in dieser Woche Gespräche mit der Grünen Liga aufzunehmen", VU,
                       "will hold coalition talks with", GL, "mervania-talks", source=FELTZ)])),
        P(S("Die Wahlbeteiligung lag bei 58,9 Prozent.",
            claims=[Q("Die Wahlbeteiligung lag bei 58,9 Prozent", 58.9, "percent", "turnout", subject="mervania",
                      source=COM, group="mervania-turnout")]),
          S("Beobachter einer internationalen Mission sprachen von einer freien und fairen Abstimmung.",
            claims=[ST("Beobachter einer internationalen Mission sprachen von einer freien und fairen Abstimmung",
                       "parliamentary election", "was free and fair", None, "mervania-observers", source="observers")]),
          S("Feltz will die neue Regierung bis zum 15. November vorstellen."),
          S("Die Wahllokale hatten bis 20 Uhr geöffnet; in der Hauptstadt Keldra bildeten sich am Nachmittag lange Schlangen.")),
    ],
    "post": ["Themen: Mervania · Wahlen · Europa",
             "",
             "Mehr zum Thema",
             "- Lusaria: Opposition kündigt Klage gegen Wahlergebnis an",
             "- Grüne Liga: Vom Protest ins Parlament",
             "",
             "Teilen: Facebook | X | E-Mail",
             "© zpd Zentral-Presse-Dienst – Alle Rechte vorbehalten"],
    "removed": ["zpd Zentral-Presse-Dienst", "12.10.2026", "07:05 Uhr", "Themen: Mervania · Wahlen · Europa",
                "Mehr zum Thema", "Lusaria: Opposition kündigt Klage gegen Wahlergebnis an",
                "Grüne Liga: Vom Protest ins Parlament", "Teilen: Facebook | X | E-Mail", "Alle Rechte vorbehalten"],
}

TAGESBLICK = {
    "input": "dev3/mervania-tagesblick.txt", "story": STORY["id"], "event": "ev-mervania-vote",
    "publisher": "Tagesblick Online", "published": "2026-10-12T11:20:00+02:00",
    "language": "de", "authors": ["Felix Ambros"], "sensational": False,
    "pre": ["Tagesblick Online", "Politik › Ausland", "12. Oktober 2026 · 11:20 Uhr · Lesezeit 3 Min.", "Von Felix Ambros"],
    "blocks": [
        H("Mervania hat gewählt: Feltz braucht die Grünen"),
        P(S("Ministerpräsident Dario Feltz bleibt wohl im Amt, doch allein regieren kann er nicht mehr.", "opinion"),
          S("Seine Volksunion wurde bei der Parlamentswahl am Sonntag zwar stärkste Partei, sie kam aber nur auf knapp 38 Prozent.",
            claims=[ST("Seine Volksunion wurde bei der Parlamentswahl am Sonntag zwar stärkste Partei", VU, "won",
                       "parliamentary election", "mervania-winner"),
                    Q("knapp 38 Prozent", 38, "percent", "won", qualifier="about", subject=VU, group="mervania-vu-share")]),
          S("Die Grüne Liga von Mira Oskarsen legte kräftig zu und erreichte gut 22 Prozent.",
            claims=[Q("gut 22 Prozent", 22, "percent", "won", qualifier="more-than", subject=GL, group="mervania-gl-share")])),
        H("Sitzverteilung"),
        P(S("Von den 120 Sitzen entfallen 44 auf die Volksunion und 27 auf die Grüne Liga.",
            claims=[Q("120 Sitzen", 120, "seat", "size", subject="parliament", group="mervania-parliament-size"),
                    Q("44 auf die Volksunion", 44, "seat", "won", subject=VU, group="mervania-vu-seats"),
                    Q("27 auf die Grüne Liga", 27, "seat", "won", subject=GL, group="mervania-gl-seats")]),
          S("Fast 59 Prozent der Wahlberechtigten gingen zur Wahl.",
            claims=[Q("Fast 59 Prozent der Wahlberechtigten", 59, "percent", "turnout", qualifier="about",
                      subject="mervania", group="mervania-turnout")])),
        P(S("Feltz will nach eigenen Worten noch diese Woche mit der Liga verhandeln.",
            claims=[ST("Feltz will nach eigenen Worten noch diese Woche mit der Liga verhandeln", VU,
                       "will hold coalition talks with", GL, "mervania-talks", source=FELTZ)]),
          S("„Wir reden mit jedem, der es mit dem Klimaschutz ernst meint“, sagte Oskarsen am Wahlabend.", "quote"),
          S("Ersten Analysen zufolge wechselten vor allem junge Wähler zur Liga."),
          S("In Keldra feierten Dutzende Anhänger der Liga bis tief in die Nacht.",
            claims=[Q("Dutzende Anhänger", 24, "person", None, qualifier="at-least", subject=GL, group="mervania-celebration")])),
        P(S("Für Mervania wäre eine stabile Regierung nach zwei Jahren Dauerstreit ein Gewinn.", "opinion"),
          S("Die Liga sollte diese Chance nicht leichtfertig verspielen.", "opinion")),
    ],
    "post": ["Artikel teilen: WhatsApp · Facebook · E-Mail",
             "",
             "Das könnte Sie auch interessieren:",
             "Lusaria: Wahlbeobachter legen Bericht vor",
             "So funktioniert das Wahlsystem in Mervania",
             "",
             "Anzeige",
             "Jetzt Tagesblick Plus testen – 4 Wochen für 0,99 €"],
    "removed": ["Tagesblick Online", "Politik › Ausland", "12. Oktober 2026 · 11:20 Uhr · Lesezeit 3 Min.", "Von Felix Ambros",
                "Artikel teilen: WhatsApp · Facebook · E-Mail", "Das könnte Sie auch interessieren:",
                "Lusaria: Wahlbeobachter legen Bericht vor", "So funktioniert das Wahlsystem in Mervania",
                "Anzeige", "Jetzt Tagesblick Plus testen – 4 Wochen für 0,99 €"],
}

ARTICLES = [ZPD, TAGESBLICK]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "mervania-zpd.txt": (render_txt(ZPD), False),
        "mervania-tagesblick.txt": (render_txt(TAGESBLICK), False),
    }
