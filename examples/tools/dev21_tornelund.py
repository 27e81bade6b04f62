"""dev21 story 2, the look-alike of the Brannau lions: after heavy rain on Thursday, 14 August 2031, floodwater tears away
about 40 metres of the fence of the bear enclosure of the Wildpark Tornelund (Quirland) and three brown bears escape; hunters
shoot one, the other two are sedated and brought back by the evening; nobody is hurt. No charge, no denial.

A German agency report (sna, the same agency and template as the Brannau report) and an English local paper (HTML) the next
morning, a DE–EN pair in own words (hectares and acres). Invented by the Parallax team: country, town, park, outlets, people
and figures are fiction.
"""

from dev3_lib import S, H, P, Q, L, T, render_txt, render_html

SID = "st-tornelund-bears"
EV = "ev-tornelund-escape"
STORY = {"id": SID, "label": "Brown bears escape from the Wildpark Tornelund, Quirland",
         "events": [{"id": EV, "label": "Floodwater breaks the fence of the bear enclosure; three bears escape, one is shot, two are sedated (14–15 August 2031)"}]}

PARK = "tornelund wildlife park"
ESCAPE = "tornelund bear escape"
BEARS = "bears escaped from the tornelund wildlife park"
THU = T("2031-08-14", "2031-08-14")

GROUPS = [
    {"id": "tl-bears", "story": SID, "status": "agreed", "why": "Three brown bears escaped (sna, Evening Post)."},
    {"id": "tl-shot", "story": SID, "status": "agreed", "why": "Hunters shot one bear (sna, Evening Post)."},
    {"id": "tl-sedated", "story": SID, "status": "agreed", "why": "The other two were sedated and brought back (sna, Evening Post)."},
    {"id": "tl-breach", "story": SID, "status": "agreed", "why": "About 40 metres of fence torn away (sna 'etwa 40 Metern', Evening Post '40-metre')."},
    {"id": "tl-searchers", "story": SID, "status": "agreed", "why": "About 80 searchers (sna, Evening Post)."},
    {"id": "tl-area", "story": SID, "status": "agreed", "why": "The park covers 120 hectares (sna, Evening Post with about 300 acres)."},
    {"id": "tl-animals", "story": SID, "status": "single-source", "why": "Only sna: about 60 bears, wolves and lynxes."},
]

SNA = {
    "input": "dev21/tornelund-sna.txt", "story": SID, "event": EV,
    "publisher": "sna Saldarische Nachrichtenagentur", "published": "2031-08-14T20:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["sna Saldarische Nachrichtenagentur", "Do 14.08.2031 – 20:10", "Ressort: Panorama"],
    "blocks": [
        H("Drei Braunbären aus Wildpark Tornelund entwichen",
          claims=[Q("Drei Braunbären", 3, "animal", None, subject=BEARS, group="tl-bears", time=THU)]),
        P(S("TORNELUND (sna) – Nach schweren Regenfällen sind am Donnerstag drei Braunbären aus dem Wildpark Tornelund im Norden Quirlands entwichen.",
            claims=[Q("drei Braunbären", 3, "animal", None, subject=BEARS, group="tl-bears", time=THU)]),
          S("Das Hochwasser hatte den Zaun des Bärengeheges auf einer Länge von etwa 40 Metern weggerissen.",
            claims=[Q("etwa 40 Metern", 40, "metre", "size", "about", subject="stretch of the tornelund bear fence torn away", group="tl-breach", time=THU)]),
          S("Nach Angaben des Parks erschossen Jäger einen Bären am Ortsrand, die beiden anderen Tiere wurden betäubt und bis zum Abend zurückgebracht.",
            claims=[Q("einen Bären", 1, "animal", "killed", subject=ESCAPE, source=PARK, group="tl-shot", time=THU),
                    Q("die beiden anderen Tiere", 2, "animal", "captured", subject=ESCAPE, source=PARK, group="tl-sedated", time=THU)]),
          S("Verletzt wurde niemand.")),
        P(S("Rund 80 Helfer von Polizei, Feuerwehr und Jägerschaft suchten die Umgebung ab.",
            claims=[Q("Rund 80 Helfer", 80, "person", "deployed", "about", subject=ESCAPE, group="tl-searchers", time=THU)]),
          S("Der Wildpark ist 120 Hektar groß und beherbergt etwa 60 Bären, Wölfe und Luchse.",
            claims=[Q("120 Hektar", 120, "hectare", "size", subject="area of the tornelund wildlife park", group="tl-area", time=None),
                    Q("etwa 60 Bären, Wölfe und Luchse", 60, "animal", None, "about", subject="animals of the tornelund wildlife park", group="tl-animals", time=None)]),
          S("Ob der Zaun zu schwach gebaut war, soll nun eine Untersuchung klären.")),
    ],
    "post": ["sna lb/kt 142010 Aug 31", "", "Themen: Tiere · Quirland · Unwetter",
             "© sna Saldarische Nachrichtenagentur – Nachdruck nur mit Quellenangabe"],
    "removed": ["Do 14.08.2031 – 20:10", "Ressort: Panorama", "sna lb/kt 142010 Aug 31",
                "Themen: Tiere · Quirland · Unwetter", "Nachdruck nur mit Quellenangabe"],
}

POST_SITE = {
    "nav": ["Home", "Tornelund", "Quirland", "Weather", "Business", "Sport", "Letters"],
    "cookie": "We use cookies to give you the best experience on our site. Manage settings.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Friday 15 August 2031, 07:30",
    "share": "Share · Email · 29 comments",
    "ad": "Harbour Kitchen: 2 mains for £20 every weekday",
    "related_title": "Also in Tornelund",
    "related": ["Flood latest: 6 roads still closed", "Rain in 48 hours: a record?", "Pictures: the river at its peak (15 photos)"],
    "footer": "© 2031 Tornelund Evening Post · Contact · Privacy",
    "inline": '<div class="teaser">Newsletter: the day in Tornelund, every evening at 6</div>',
    "inline_at": 1,
    "after": '<p class="photo-credit">Photograph: Tornelund Evening Post/Ada Lind</p>',
}

POST = {
    "input": "dev21/tornelund-post.html", "story": SID, "event": EV,
    "publisher": "Tornelund Evening Post", "published": "2031-08-15T07:30:00+02:00",
    "language": "en", "authors": ["Rory Halvorsen"], "sensational": False,
    "blocks": [
        H("One bear shot, two recaptured after flood breaks Tornelund park fence",
          claims=[Q("One bear", 1, "animal", "killed", subject=ESCAPE, group="tl-shot", time=THU),
                  Q("two", 2, "animal", "captured", subject=ESCAPE, group="tl-sedated", time=THU)]),
        P(S("Three brown bears escaped from Tornelund Wildlife Park on Thursday after floodwater tore away a 40-metre stretch of the fence around their enclosure.",
            claims=[Q("Three brown bears", 3, "animal", None, subject=BEARS, group="tl-bears", time=THU),
                    Q("40-metre", 40, "metre", "size", subject="stretch of the tornelund bear fence torn away", group="tl-breach", time=THU)]),
          S("Hunters shot one of them on the edge of town, the park said.",
            claims=[Q("one of them", 1, "animal", "killed", subject=ESCAPE, source=PARK, group="tl-shot", time=THU)]),
          S("The other two were sedated and back in the park by nightfall.",
            claims=[Q("The other two", 2, "animal", "captured", subject=ESCAPE, group="tl-sedated", time=THU)]),
          S("Nobody was hurt.")),
        P(S("About 80 police officers, firefighters and hunters joined the search.",
            claims=[Q("About 80 police officers, firefighters and hunters", 80, "person", "deployed", "about", subject=ESCAPE, group="tl-searchers", time=THU)]),
          S("The park covers 120 hectares (about 300 acres) of forest north of the town.",
            claims=[Q("120 hectares", 120, "hectare", "size", subject="area of the tornelund wildlife park", group="tl-area", time=None),
                    Q("about 300 acres", 300, "acre", "size", "about", subject="area of the tornelund wildlife park", group="tl-area", time=None)]),
          S("“We have never lost an animal before, and we never want to again,” said the park's director, Nils Aberg.", "quote")),
    ],
    "removed": ["We use cookies to give you the best experience", "Friday 15 August 2031, 07:30", "29 comments",
                "2 mains for £20 every weekday", "Flood latest: 6 roads still closed", "Rain in 48 hours: a record?",
                "(15 photos)", "the day in Tornelund, every evening at 6", "Photograph: Tornelund Evening Post/Ada Lind",
                "© 2031 Tornelund Evening Post"],
}

ARTICLES = [SNA, POST]

REWRITES = []


def files():
    return {
        "tornelund-sna.txt": (render_txt(SNA), False),
        "tornelund-post.html": (render_html(POST, POST_SITE), False),
    }
