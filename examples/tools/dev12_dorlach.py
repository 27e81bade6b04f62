"""dev12 story 5: the look-alike of the Kellbrunn hostage-taking — a gunman holds two post-office employees in Dorlach
for about three hours and surrenders (Thursday, 12 November 2026).

A German agency report (same agency and template as the Ostrahlen report) and an English paper's HTML page (same paper
and template as the railway rewrite): a DE–EN pair in own words. Invented by the Parallax team: towns, outlets, people
and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html

import dev12_staatsbahn

SID = "st-dorlach-hostages"
EV = "ev-dorlach-siege"
STORY = {"id": SID, "label": "Hostage-taking at the Dorlach post office",
         "events": [{"id": EV, "label": "A gunman holds two post-office employees in Dorlach for about three hours, then surrenders (12 November 2026)"}]}

POL = "police"
SIEGE = "dorlach hostage-taking"
DAY = T("2026-11-12", "2026-11-12")

GROUPS = [
    {"id": "dl-hostages", "story": SID, "status": "agreed", "why": "KPA and the Aldenland Post: two employees held hostage."},
    {"id": "dl-duration", "story": SID, "status": "agreed", "why": "About three hours (police via KPA; the Post, headline and body)."},
    {"id": "dl-ransom", "story": SID, "status": "agreed", "why": "200,000 euros demanded (police via KPA and the Post)."},
    {"id": "dl-officers", "story": SID, "status": "agreed", "why": "About 120 officers (KPA, Post)."},
    {"id": "dl-surrender", "story": SID, "status": "agreed", "why": "KPA and the Post: the gunman surrendered to police."},
    {"id": "dl-motive", "story": SID, "status": "single-source",
     "why": "Only the Post: residents say he had lost his job at the post office; the police would not confirm a motive (no denial)."},
]

KPA = {
    "input": "dev12/dorlach-kpa.txt", "story": SID, "event": EV,
    "publisher": "KPA Kontinentale Presseagentur", "published": "2026-11-12T17:20:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["KPA Kontinentale Presseagentur", "Donnerstag, 12.11.2026, 17:20 Uhr", "Ressort: Panorama"],
    "blocks": [
        H("Geiselnahme in Dorlacher Postfiliale unblutig beendet"),
        P(S("Ein bewaffneter Mann hat am Donnerstag in der Postfiliale von Dorlach zwei Angestellte als Geiseln genommen.",
            claims=[Q("zwei Angestellte als Geiseln genommen", 2, "person", "captured", subject=SIEGE, group="dl-hostages", time=DAY)]),
          S("Nach rund drei Stunden gab er auf und ließ sich widerstandslos festnehmen, wie die Polizei mitteilte.",
            claims=[Q("Nach rund drei Stunden", 3, "hour", "duration", "about", subject=SIEGE, source=POL, group="dl-duration", time=DAY),
                    ST("gab er auf und ließ sich widerstandslos festnehmen", "gunman", "surrendered", POL, "dl-surrender", source=POL)])),
        P(S("Verletzt wurde niemand."),
          S("Der 31-Jährige hatte nach Polizeiangaben 200.000 Euro gefordert.",
            claims=[Q("200.000 Euro", 200000, "eur", None, subject=SIEGE, source=POL, group="dl-ransom", time=DAY)])),
        P(S("Rund 120 Polizeibeamte waren im Einsatz, die Ortsmitte war bis zum Nachmittag gesperrt.",
            claims=[Q("Rund 120 Polizeibeamte", 120, "person", "deployed", "about", subject=SIEGE, group="dl-officers", time=DAY)]),
          S("Zum Motiv ermittelt die Kriminalpolizei."),
          S("Die Postfiliale in der Lindauer Straße 9 bleibt am Freitag geschlossen.")),
    ],
    "post": ["kpa/dl/mh 121720 Nov 26", "", "Themen: Kriminalität · Dorlach · Polizei",
             "© KPA Kontinentale Presseagentur. Nachdruck nur mit Genehmigung."],
    "removed": ["Donnerstag, 12.11.2026, 17:20 Uhr", "Ressort: Panorama", "kpa/dl/mh 121720 Nov 26",
                "Themen: Kriminalität · Dorlach · Polizei", "Nachdruck nur mit Genehmigung"],
}

POST_SITE = dict(dev12_staatsbahn.POST_SITE)
POST_SITE.update({
    "date_label": "Thursday 12 November 2026, 21:00",
    "ad": "ADVERTISEMENT – Winter breaks in the Harz hills: 4 nights from €189",
    "related": ["Dorlach Christmas market to open on November 27", "Opinion: Our post offices deserve better",
                "Aldenland Cup: Dorlach SV out after 0-3 defeat"],
    "after": "",
})

POST = {
    "input": "dev12/dorlach-post.html", "story": SID, "event": EV,
    "publisher": "The Aldenland Post", "published": "2026-11-12T21:00:00+01:00",
    "language": "en", "authors": ["Imogen Castell"], "sensational": False,
    "blocks": [
        H("Gunman frees two post office hostages in Dorlach after three-hour standoff",
          claims=[Q("two post office hostages", 2, "person", "captured", subject=SIEGE, group="dl-hostages", time=DAY),
                  Q("three-hour", 3, "hour", "duration", subject=SIEGE, group="dl-duration", time=DAY)]),
        P(S("A man armed with a pistol held two post office employees hostage in the town of Dorlach for about three hours on Thursday before surrendering to police.",
            claims=[Q("two post office employees", 2, "person", "captured", subject=SIEGE, group="dl-hostages", time=DAY),
                    Q("for about three hours", 3, "hour", "duration", "about", subject=SIEGE, group="dl-duration", time=DAY),
                    ST("before surrendering to police", "gunman", "surrendered", POL, "dl-surrender")]),
          S("No one was hurt, police said.")),
        P(S("The 31-year-old had demanded €200,000, according to a police spokesman.",
            claims=[Q("€200,000", 200000, "eur", None, subject=SIEGE, source=POL, group="dl-ransom", time=DAY)]),
          S("Around 120 officers were deployed and the town centre was sealed off until mid-afternoon.",
            claims=[Q("Around 120 officers", 120, "person", "deployed", "about", subject=SIEGE, group="dl-officers", time=DAY)])),
        P(S("Local residents said the man had lost his job at the post office in the spring, but police would not confirm a motive.",
            claims=[ST("Local residents said the man had lost his job at the post office in the spring", "gunman", "lost job", "post office",
                       "dl-motive", source="residents")]),
          S("It was the first hostage-taking in the town in living memory.")),
    ],
    "removed": ["We and our 212 partners use cookies", "Thursday 12 November 2026, 21:00", "Winter breaks in the Harz hills",
                "Dorlach Christmas market to open on November 27", "Opinion: Our post offices deserve better",
                "Dorlach SV out after 0-3 defeat", "© 2028 The Aldenland Post Ltd", "Get the Post Morning Brief"],
}

ARTICLES = [KPA, POST]

REWRITES = []


def files():
    return {
        "dorlach-kpa.txt": (render_txt(KPA), False),
        "dorlach-post.html": (render_html(POST, POST_SITE), False),
    }
