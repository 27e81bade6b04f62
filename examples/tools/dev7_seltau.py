"""dev7 story 2, the look-alike: a rockfall traps nine miners in the Seltau coal mine, Marrendal, in
September 2025 (a year and a half before Korvik). Must not be joined with the Korvik story.

The same Atom feed (Radio Erzland) and the same broadcaster page template (NRV International) as the
Korvik reports. Invented by the Parallax team: country, town, company, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, L, T, render_html
import dev7_korvik

SID = "st-seltau-mine"
EV = "ev-seltau-rockfall"
STORY = {"id": SID, "label": "Rockfall traps nine miners in the Seltau coal mine, Marrendal (look-alike)",
         "events": [{"id": EV, "label": "Rockfall in the Seltau mine and the rescue 40 hours later, 17–18 September 2025"}]}

MINE = "seltau mine"
HALL = "hallberg"
DAY = T("2025-09-17", "2025-09-17")
RESCUE = T("2025-09-18", "2025-09-18")

GROUPS = [
    {"id": "seltau-rescued", "story": SID, "status": "agreed",
     "why": "Both reports say nine trapped miners were brought out alive."},
    {"id": "seltau-depth", "story": SID, "status": "agreed",
     "why": "Both give a depth of about 620 metres."},
    {"id": "seltau-killed", "story": SID, "status": "agreed",
     "why": "Both report one miner killed."},
    {"id": "seltau-rescuers", "story": SID, "status": "conflicting",
     "why": "Radio Erzland gives about 70 mine rescuers, NRV some 120 for the same operation."},
    {"id": "seltau-duration", "story": SID, "status": "agreed",
     "why": "Both say the miners were trapped for (more than) 40 hours."},
    {"id": "seltau-staff", "story": SID, "status": "single-source",
     "why": "Only NRV gives Hallberg's workforce of some 900 at Seltau."},
]

ERZLAND = {
    "input": "dev7/erzland.atom#tag:erzland.example,2025:bergbau/seltau-rettung-3190", "story": SID, "event": EV,
    "publisher": "Radio Erzland", "published": "2025-09-18T23:10:00+02:00",
    "language": "de", "authors": ["Jana Wendt"], "sensational": False,
    "blocks": [
        H("Seltau: Neun Bergleute nach 40 Stunden lebend geborgen",
          claims=[Q("Neun Bergleute", 9, "worker", "rescued", subject=MINE, group="seltau-rescued", time=RESCUE),
                  Q("nach 40 Stunden", 40, "hour", "duration", subject="rescue", group="seltau-duration")]),
        P(S("Nach einem Gesteinsrutsch in der Kohlegrube Seltau im Süden Marrendals sind am Donnerstagabend neun eingeschlossene Bergleute lebend geborgen worden.",
            claims=[Q("neun eingeschlossene Bergleute lebend geborgen", 9, "worker", "rescued", subject=MINE, group="seltau-rescued",
                      time=RESCUE)]),
          S("Sie saßen seit Mittwochmorgen in rund 620 Metern Tiefe fest.",
            claims=[Q("rund 620 Metern Tiefe", 620, "metre", "distance", qualifier="about", subject=MINE, group="seltau-depth")]),
          S("Ein Bergmann kam bei dem Unglück ums Leben, wie der Betreiber Hallberg mitteilte.",
            claims=[Q("Ein Bergmann kam bei dem Unglück ums Leben", 1, "worker", "killed", subject=MINE, source=HALL,
                      group="seltau-killed", time=DAY)])),
        P(S("Rund 70 Grubenwehrleute arbeiteten sich in gut 40 Stunden durch das verschüttete Gestein zu den Männern vor.",
            claims=[Q("Rund 70 Grubenwehrleute", 70, "person", "deployed", qualifier="about", subject="grubenwehr",
                      group="seltau-rescuers", time=DAY),
                    Q("in gut 40 Stunden", 40, "hour", "duration", qualifier="more-than", subject="rescue", group="seltau-duration")]),
          S("„Das grenzt an ein Wunder“, sagte Betriebsleiter Arvid Lennartz.", "quote")),
        P(S("Die Ursache des Gesteinsrutsches ist noch unklar; die Bergbehörde hat Ermittlungen aufgenommen.")),
    ],
    "extra": '<p class="more"><strong>Mehr zum Thema:</strong> <a href="https://erzland.example/bergbau/kohleausstieg-marrendal">Marrendal und die Kohle</a></p>',
    "removed": ["Mehr zum Thema:", "Marrendal und die Kohle"],
}

NRV_SITE = dict(dev7_korvik.NRV_SITE_BASE, date_label="19 September 2025, 09:00",
                related=["Marrendal debates end of coal mining", "Rescuers' training centre opens in Halmar",
                         "Weather: first autumn storms expected"])

NRV = {
    "input": "dev7/seltau-nrv.html", "story": SID, "event": EV,
    "publisher": "NRV International", "published": "2025-09-19T09:00:00+02:00",
    "language": "en", "authors": ["Anna Kolar"], "sensational": False,
    "blocks": [
        H("Nine miners rescued after 40 hours trapped in Seltau coal mine",
          claims=[Q("Nine miners rescued", 9, "worker", "rescued", subject=MINE, group="seltau-rescued", time=RESCUE),
                  Q("after 40 hours", 40, "hour", "duration", subject="rescue", group="seltau-duration")]),
        P(S("Nine miners trapped since Wednesday in the Seltau coal mine in southern Marrendal were brought out alive late on Thursday, operator Hallberg said.",
            claims=[Q("Nine miners trapped since Wednesday", 9, "worker", "rescued", subject=MINE, source=HALL, group="seltau-rescued",
                      time=RESCUE)]),
          S("One miner died in the rockfall, which struck a tunnel about 620 metres below ground.",
            claims=[Q("One miner died", 1, "worker", "killed", subject=MINE, group="seltau-killed", time=DAY),
                    Q("about 620 metres below ground", 620, "metre", "distance", qualifier="about", subject=MINE, group="seltau-depth")])),
        P(S("Some 120 rescuers took part in the operation, digging through loose rock by hand for much of the second night.",
            claims=[Q("Some 120 rescuers", 120, "person", "deployed", qualifier="about", subject="rescuers",
                      group="seltau-rescuers", time=DAY)]),
          S("The cause of the rockfall is under investigation."),
          S("Hallberg employs some 900 people at Seltau, one of the last working coal mines in the country.",
            claims=[Q("some 900 people", 900, "worker", "employed", qualifier="about", subject=MINE, source=HALL,
                      group="seltau-staff")])),
    ],
    "removed": ["NRV uses cookies", "Accept all", "19 September 2025, 09:00", "By Anna Kolar", "Listen live",
                "Share this article: X · Facebook · Email", "Marrendal debates end of coal mining",
                "Rescuers' training centre opens in Halmar", "Weather: first autumn storms expected",
                "NRV Drevnian Radio and Television · English Service"],
}

ARTICLES = [ERZLAND, NRV]

REWRITES = []


def files():
    """The Atom entry is written by dev7_korvik.files() (one feed for both stories)."""
    return {"seltau-nrv.html": (render_html(NRV, NRV_SITE), False)}
