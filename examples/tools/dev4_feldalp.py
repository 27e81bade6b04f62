"""dev4 story 4: the look-alike, an avalanche at the Feldalp above St. Ruprecht (8 Feb 2026), a year
before the Gramsertal avalanche and in another valley. It must NOT be joined with st-gramser-avalanche.

The same broadcaster's Atom entry (same template as its Gramsertal entry; this module writes the
feed with both entries) and an HTML page of the same English paper that reported the Gramsertal
avalanche. Invented by the Parallax team (fifth writer): places, people, outlets and figures are
fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_atom, render_html
import dev4_gramser

SID = "st-feldalp-avalanche"
EV = "ev-feldalp-avalanche"
STORY = {"id": SID, "label": "Avalanche hits a freeride group at the Feldalp (look-alike)",
         "events": [{"id": EV, "label": "Avalanche at the Feldalp, 8 February 2026"}]}

MR = "mountain rescue"
AWS = "avalanche warning service"
GROUP = "freeride group"
DAY = T("2026-02-08", "2026-02-08")

GROUPS = [
    {"id": "feldalp-killed", "story": SID, "status": "agreed",
     "why": "Both articles give two dead (Alpenfunk hedged via mountain rescue, the Alpine Times via police)."},
    {"id": "feldalp-injured", "story": SID, "status": "agreed",
     "why": "Both articles give three injured."},
    {"id": "feldalp-group", "story": SID, "status": "agreed",
     "why": "Both articles give a group of five."},
    {"id": "feldalp-width", "story": SID, "status": "agreed",
     "why": "Both articles give about 250 metres, citing the avalanche warning service."},
    {"id": "feldalp-rescuers", "story": SID, "status": "agreed",
     "why": "About 40 rescuers in both articles (Rund 40 / About 40)."},
    {"id": "feldalp-helicopters", "story": SID, "status": "agreed",
     "why": "Both articles give two helicopters."},
    {"id": "feldalp-sign", "story": SID, "status": "single-source",
     "why": "Only the Alpine Times quotes Lt. Col. Ragnar Velt that the group passed a closed-slope sign."},
]

ENTRY = {
    "input": "dev4/alpenfunk.atom#tag:alpenfunk.example,2026:region/lawine-feldalp-2291",
    "story": SID, "event": EV,
    "publisher": "Alpenfunk Nachrichten", "published": "2026-02-08T17:15:00+01:00",
    "language": "de", "authors": ["Lukas Steger"], "sensational": False,
    "blocks": [
        H("Lawine an der Feldalp: Zwei Tote, drei Verletzte",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=GROUP, group="feldalp-killed", time=DAY),
                  Q("drei Verletzte", 3, "person", "wounded", subject=GROUP, group="feldalp-injured", time=DAY)]),
        P(S("Eine Lawine hat am Sonntagmittag an der Feldalp oberhalb von St. Ruprecht eine Gruppe von fünf Freeridern erfasst.",
            claims=[Q("eine Gruppe von fünf Freeridern", 5, "person", "size", subject=GROUP, group="feldalp-group")]),
          S("Die Bergrettung sprach von einem tragischen Unglück."),
          S("Zwei Menschen seien ums Leben gekommen, drei weitere verletzt worden.",
            claims=[Q("Zwei Menschen seien ums Leben gekommen", 2, "person", "killed", subject=GROUP, source=MR, hedged=True,
                      group="feldalp-killed", time=DAY),
                    Q("drei weitere verletzt worden", 3, "person", "wounded", subject=GROUP, source=MR, hedged=True,
                      group="feldalp-injured", time=DAY)])),
        P(S("Die Lawine war nach Angaben des Lawinenwarndienstes etwa 250 Meter breit.",
            claims=[Q("etwa 250 Meter breit", 250, "metre", "size", qualifier="about", subject="avalanche", source=AWS,
                      group="feldalp-width")]),
          S("Rund 40 Einsatzkräfte und zwei Hubschrauber waren im Einsatz.",
            claims=[Q("Rund 40 Einsatzkräfte", 40, "person", "deployed", qualifier="about", subject="rescue operation",
                      group="feldalp-rescuers", time=DAY),
                    Q("zwei Hubschrauber", 2, "aircraft", "deployed", subject="rescue operation", group="feldalp-helicopters",
                      time=DAY)])),
        P(S("Die Gruppe war abseits der gesicherten Pisten unterwegs.")),
    ],
    "extra": '<p><strong>Lawinenlage aktuell:</strong> <a href="https://alpenfunk.example/lawinenbericht">Hier finden Sie den Lawinenlagebericht für alle Regionen</a></p>',
    "removed": ["Lawinenlage aktuell", "Hier finden Sie den Lawinenlagebericht für alle Regionen"],
}

TIMES_SITE = {
    "nav": ["News", "Valleys", "Snow report", "Outdoors", "Opinion", "Jobs"],
    "cookie": "We use cookies to analyse traffic and show you relevant ads. By continuing you agree to our cookie policy.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "8 February 2026",
    "share": "Share: Facebook · X · WhatsApp",
    "ad": "Advertisement – Bergsport Haller: avalanche transceivers from €249, free fitting",
    "related_title": "Read more",
    "related": ["Snow report: fresh powder and high avalanche danger across the Alps",
                "Off-piste skiing: what the law says"],
    "footer": "© 2026 The Alpine Times · About us · Advertise · Privacy",
    "after": '<p class="tags">Tags: avalanche · Feldalp · St. Ruprecht · freeride</p>',
}

TIMES = {
    "input": "dev4/feldalp-alpine-times.html", "story": SID, "event": EV,
    "publisher": "The Alpine Times", "published": "2026-02-08T20:05:00+01:00",
    "language": "en", "authors": ["Hannah Whitcombe"], "sensational": False,
    "blocks": [
        H("Two dead after avalanche buries freeride group at Feldalp",
          claims=[Q("Two dead", 2, "person", "killed", subject=GROUP, group="feldalp-killed", time=DAY)]),
        P(S("ST. RUPRECHT, Feb 8 – An avalanche swept away a group of five off-piste skiers at the Feldalp on Sunday, killing two of them, police said.",
            claims=[Q("a group of five off-piste skiers", 5, "person", "size", subject=GROUP, group="feldalp-group"),
                    Q("killing two of them", 2, "person", "killed", subject=GROUP, source="police", group="feldalp-killed",
                      time=DAY)]),
          S("The other three were dug out alive by fellow skiers and taken to hospital with injuries.",
            claims=[Q("The other three", 3, "person", "wounded", subject=GROUP, group="feldalp-injured", time=DAY)])),
        P(S("The slide was some 250 metres wide, the regional avalanche warning service said.",
            claims=[Q("some 250 metres wide", 250, "metre", "size", qualifier="about", subject="avalanche", source=AWS,
                      group="feldalp-width")]),
          S("About 40 rescuers and two helicopters were deployed.",
            claims=[Q("About 40 rescuers", 40, "person", "deployed", qualifier="about", subject="rescue operation",
                      group="feldalp-rescuers", time=DAY),
                    Q("two helicopters", 2, "aircraft", "deployed", subject="rescue operation", group="feldalp-helicopters",
                      time=DAY)])),
        P(S("Lt. Col. Ragnar Velt, who heads the alpine police unit, said the group had skied past a sign closing the slope.",
            claims=[ST("the group had skied past a sign closing the slope", GROUP, "entered", "a closed slope", "feldalp-sign",
                       source="ragnar velt")]),
          S("“Nobody up there can say they were not warned,” he said.", "quote")),
    ],
    "removed": ["We use cookies to analyse traffic", "Got it", "Hannah Whitcombe", "Snow report", "Share: Facebook · X · WhatsApp",
                "avalanche transceivers from €249", "fresh powder and high avalanche danger across the Alps",
                "Off-piste skiing: what the law says", "Tags: avalanche · Feldalp", "About us · Advertise · Privacy"],
}

FEED = {"title": "Alpenfunk Nachrichten", "link": "https://alpenfunk.example/", "id": "tag:alpenfunk.example,2027:feed/region",
        "updated": "2027-01-23T19:40:00+01:00", "language": "de"}

ARTICLES = [ENTRY, TIMES]

REWRITES = []


def files():
    """Input files of this story, and the Alpenfunk feed with both avalanche entries."""
    g = dev4_gramser.ALPENFUNK
    return {
        "alpenfunk.atom": (render_atom(FEED, [
            (g, "tag:alpenfunk.example,2027:region/lawine-gramsertal-4410",
             "https://alpenfunk.example/region/lawine-gramsertal-4410", g["extra"]),
            (ENTRY, "tag:alpenfunk.example,2026:region/lawine-feldalp-2291",
             "https://alpenfunk.example/region/lawine-feldalp-2291", ENTRY["extra"]),
        ]), False),
        "feldalp-alpine-times.html": (render_html(TIMES, TIMES_SITE), False),
    }
