"""dev20 story 5: the Kestrel 2 rocket of Orbitalis explodes 94 seconds after lift-off from the Ostrand spaceport
(Peltarien) on Tuesday, 19 August 2036, at about 23 kilometres, with eleven small satellites of six customers aboard. Debris
falls into a closed sea area of 1,200 square kilometres. The fishermen's association Fischereiverband Ostrand says debris
hit two fishing boats outside the area and lightly injured a fisherman; Orbitalis denies that any debris fell outside it.

The company's press release (English text with a dateline and an "About" boilerplate; its own euphemism and its own
denial), a German regional paper on Wednesday (HTML; the charge in Konjunktiv I, hearsay on the value) and an English
aggregator's item with `html` on Wednesday ("allegedly", "reportedly", miles beside kilometres). This module writes
dev20/newsdeck.jsonl (with the Newsdeck item of story 3). Invented by the Parallax team: country, town, spaceport, rocket,
company, association, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_jsonl, headline
import dev20_halmstein

SID = "st-ostrand-rocket"
EV = "ev-kestrel-explosion"
STORY = {"id": SID, "label": "Orbitalis rocket Kestrel 2 explodes after lift-off from Ostrand",
         "events": [{"id": EV, "label": "The Kestrel 2 rocket explodes 94 seconds after lift-off; fishermen say debris hit boats outside the closed area, Orbitalis denies it (19–20 August 2036)"}]}

ORB = "orbitalis"
FVO = "fischereiverband ostrand"
BLAST = "kestrel 2 explosion"
TUE = T("2036-08-19", "2036-08-19")
DEBRIS = ("kestrel 2 debris", "damaged", "fishing boats outside the closed sea area")

GROUPS = [
    {"id": "or-seconds", "story": SID, "status": "agreed",
     "why": "The rocket exploded 94 seconds after lift-off (release, Newsdeck; the Bote's 'rund anderthalb Minuten' allows it)."},
    {"id": "or-altitude", "story": SID, "status": "agreed",
     "why": "At about 23 kilometres (release, Bote, Newsdeck with 14 miles)."},
    {"id": "or-satellites", "story": SID, "status": "agreed", "why": "Eleven small satellites aboard (release, Bote, Newsdeck)."},
    {"id": "or-customers", "story": SID, "status": "agreed", "why": "Of six customers (release, Bote)."},
    {"id": "or-zone", "story": SID, "status": "agreed",
     "why": "A closed sea area of 1,200 square kilometres (release, Bote, Newsdeck with 460 square miles)."},
    {"id": "or-value", "story": SID, "status": "agreed", "why": "The satellites were worth about 60 million euros, as hearsay (Bote, Newsdeck)."},
    {"id": "or-debris", "story": SID, "status": "disputed",
     "why": "The Fischereiverband Ostrand says debris hit fishing boats outside the closed area (Bote hedged, Newsdeck hedged); Orbitalis denies it (release, Bote, Newsdeck)."},
    {"id": "or-boats", "story": SID, "status": "agreed", "why": "Two fishing boats hit, by the fishermen's account (Bote, Newsdeck)."},
    {"id": "or-fisherman", "story": SID, "status": "agreed", "why": "One fisherman lightly injured, by the fishermen's account (Bote, Newsdeck)."},
    {"id": "or-ships", "story": SID, "status": "single-source", "why": "Only the Bote: up to twelve coast-guard ships searched."},
    {"id": "or-next", "story": SID, "status": "single-source", "why": "Only the release: the next launch within six months."},
]

# ------------------------------------------------------------------ Orbitalis press release (en text; Tuesday)

PR = {
    "input": "dev20/ostrand-orbitalis.txt", "story": SID, "event": EV,
    "publisher": "Orbitalis Launch Services", "published": "2036-08-19T16:00:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["PRESS RELEASE", "Orbitalis Launch Services", "For immediate release – August 19, 2036"],
    "blocks": [
        H("Orbitalis statement on the Kestrel 2 mission"),
        P(S("OSTRAND, Peltaria – Orbitalis confirms that its Kestrel 2 launch vehicle lifted off from the Ostrand spaceport at 10:12 this morning and experienced an anomaly that brought the flight to an early conclusion 94 seconds later, at an altitude of about 23 kilometres.",
            claims=[Q("94 seconds later", 94, "second", "duration", subject=BLAST, source=ORB, group="or-seconds", time=None),
                    Q("about 23 kilometres", 23, "kilometre", "distance", "about", subject="altitude of the kestrel 2 explosion", source=ORB, group="or-altitude", time=TUE)],
            loaded=[L("brought the flight to an early conclusion", "euphemism")]),
          S("The vehicle carried 11 small satellites for six customers.",
            claims=[Q("11 small satellites", 11, None, None, subject="satellites aboard kestrel 2", source=ORB, group="or-satellites", time=TUE),
                    Q("six customers", 6, None, None, subject="customers of the kestrel 2 mission", source=ORB, group="or-customers", time=TUE)])),
        P(S("All debris fell into the 1,200-square-kilometre sea area that had been closed for the launch.",
            claims=[Q("1,200-square-kilometre", 1200, "square kilometre", "size", subject="sea area closed for the kestrel 2 launch", source=ORB, group="or-zone", time=TUE)]),
          S("Reports that debris struck vessels outside this area are not correct.",
            claims=[ST("Reports that debris struck vessels outside this area are not correct", *DEBRIS, "or-debris", source=ORB, denial=True)]),
          S("We are working closely with the authorities to understand what happened."),
          S("Orbitalis expects to fly again within six months.",
            claims=[Q("within six months", 6, "month", "duration", "up-to", subject="next orbitalis launch", source=ORB, group="or-next", time=None)])),
    ],
    "post": ["About Orbitalis", "Orbitalis Launch Services builds and flies small rockets from Ostrand and employs 420 people.",
             "Media contact: press@orbitalis.example · +44 20 5550 1984"],
    "removed": ["PRESS RELEASE", "For immediate release – August 19, 2036", "About Orbitalis", "employs 420 people",
                "press@orbitalis.example", "+44 20 5550 1984"],
}

# ------------------------------------------------------------------ Ostrander Bote (de regional paper, HTML; Wednesday)

BOTE_SITE = {
    "nav": ["Start", "Ostrand", "Küste", "Peltarien", "Wirtschaft", "Sport", "Anzeigen"],
    "cookie": "Diese Seite nutzt Cookies. Mit einem Klick auf „OK“ stimmen Sie zu.",
    "cookie_ok": "OK",
    "by": "Von",
    "date_label": "20.08.2036, 06:45 Uhr",
    "share": "Teilen · 57 Kommentare",
    "ad": "Fischhalle Ostrand: Matjes frisch vom Kutter, 4 Stück 6 Euro",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Raumhafen: Was die Starts der Region bringen", "Hafenfest mit 3 Bühnen",
                "Fotostrecke: Der Fehlstart in 14 Bildern"],
    "footer": "© Ostrander Bote 2036 · Impressum · Datenschutz · AGB",
    "inline": '<div class="teaser">Kommentar: Wer zahlt, wenn der Himmel Trümmer regnet? (Plus)</div>',
    "inline_at": 2,
}

BOTE = {
    "input": "dev20/ostrand-bote.html", "story": SID, "event": EV,
    "publisher": "Ostrander Bote", "published": "2036-08-20T06:45:00+02:00",
    "language": "de", "authors": ["Kerstin Vahl"], "sensational": False,
    "blocks": [
        H("Rakete explodiert über der Ostrander Bucht – Fischer: Trümmer trafen Kutter"),
        P(S("Die Rakete Kestrel 2 des Unternehmens Orbitalis ist am Dienstag nach rund anderthalb Minuten Flug in etwa 23 Kilometern Höhe explodiert.",
            claims=[Q("rund anderthalb Minuten", 90, "second", "duration", "about", subject=BLAST, group="or-seconds", time=None),
                    Q("etwa 23 Kilometern", 23, "kilometre", "distance", "about", subject="altitude of the kestrel 2 explosion", group="or-altitude", time=TUE)]),
          S("An Bord waren elf Kleinsatelliten von sechs Kunden.",
            claims=[Q("elf Kleinsatelliten", 11, None, None, subject="satellites aboard kestrel 2", group="or-satellites", time=TUE),
                    Q("sechs Kunden", 6, None, None, subject="customers of the kestrel 2 mission", group="or-customers", time=TUE)]),
          S("Ihr Wert soll bei rund 60 Millionen Euro gelegen haben.",
            claims=[Q("rund 60 Millionen Euro", 60000000, "eur", None, "about", subject="value of the satellites lost on kestrel 2", hedged=True, group="or-value", time=None)])),
        P(S("Die Trümmer gingen in einem rund 1.200 Quadratkilometer großen Seegebiet nieder, das für den Start gesperrt war.",
            claims=[Q("rund 1.200 Quadratkilometer", 1200, "square kilometre", "size", "about", subject="sea area closed for the kestrel 2 launch", group="or-zone", time=TUE)]),
          S("Der Fischereiverband Ostrand erhebt jedoch Vorwürfe."),
          S("Zwei Kutter seien außerhalb der Sperrzone von Trümmerteilen getroffen worden, ein Fischer sei leicht verletzt worden, sagte Verbandschef Henrik Østgaard.",
            claims=[ST("Zwei Kutter seien außerhalb der Sperrzone von Trümmerteilen getroffen worden", *DEBRIS, "or-debris", source="henrik østgaard", hedged=True),
                    Q("Zwei Kutter", 2, "boat", "damaged", subject=BLAST, source="henrik østgaard", hedged=True, group="or-boats", time=TUE),
                    Q("ein Fischer", 1, "person", "wounded", subject=BLAST, source="henrik østgaard", hedged=True, group="or-fisherman", time=TUE)]),
          S("„Die spielen mit unserem Leben“, sagte er.", "quote")),
        P(S("Orbitalis bestreitet das.",
            claims=[ST("Orbitalis bestreitet das", *DEBRIS, "or-debris", source=ORB, denial=True)]),
          S("Alle Teile seien innerhalb des gesperrten Gebiets niedergegangen, erklärte das Unternehmen.",
            claims=[ST("Alle Teile seien innerhalb des gesperrten Gebiets niedergegangen", *DEBRIS, "or-debris", source=ORB, hedged=True, denial=True)]),
          S("Die Küstenwache suchte am Dienstag mit bis zu zwölf Schiffen nach Trümmern.",
            claims=[Q("bis zu zwölf Schiffen", 12, "ship", "deployed", "up-to", subject="search for kestrel 2 debris", group="or-ships", time=TUE)])),
    ],
    "removed": ["Diese Seite nutzt Cookies", "20.08.2036, 06:45 Uhr", "57 Kommentare", "4 Stück 6 Euro",
                "Was die Starts der Region bringen", "Hafenfest mit 3 Bühnen", "Der Fehlstart in 14 Bildern",
                "Wer zahlt, wenn der Himmel Trümmer regnet?", "© Ostrander Bote 2036"],
}

# ------------------------------------------------------------------ Newsdeck (en aggregator, JSON Lines item with html; Wednesday)

NEWSDECK_SITE = {
    "nav": ["Top", "World", "Science", "Tech", "Markets", "Saved"],
    "cookie": "Newsdeck uses cookies to personalise your feed.",
    "cookie_ok": "Got it",
    "by": "By",
    "date_label": "Aug 20, 2036 · 11:20",
    "share": "Save · Share · 19 comments",
    "ad": "Sponsored: Learn to code in 12 weeks",
    "related_title": "More in Science",
    "related": ["Launch log: 8 rockets to watch this autumn", "Why small satellites are booming",
                "Space junk: 3 charts that explain it"],
    "footer": "© 2036 Newsdeck · About · Privacy",
    "inline": '<div class="teaser">Listen: The Newsdeck Daily (9 min)</div>',
    "inline_at": 1,
}

NEWSDECK = {
    "input": "dev20/newsdeck.jsonl#nd-20360820-1120", "story": SID, "event": EV,
    "publisher": "Newsdeck", "published": "2036-08-20T11:20:00+02:00",
    "language": "en", "authors": ["Priya Dalgleish"], "sensational": False,
    "blocks": [
        H("Peltarian rocket explodes 94 seconds after lift-off",
          claims=[Q("94 seconds", 94, "second", "duration", subject=BLAST, group="or-seconds", time=None)]),
        P(S("The Kestrel 2 rocket of the launch company Orbitalis blew apart about 14 miles (23 km) above the sea on Tuesday with 11 satellites on board.",
            claims=[Q("about 14 miles", 14, "mile", "distance", "about", subject="altitude of the kestrel 2 explosion", group="or-altitude", time=TUE),
                    Q("23 km", 23, "kilometre", "distance", "about", subject="altitude of the kestrel 2 explosion", group="or-altitude", time=TUE),
                    Q("11 satellites", 11, None, None, subject="satellites aboard kestrel 2", group="or-satellites", time=TUE)]),
          S("They were reportedly worth about €60 million.",
            claims=[Q("about €60 million", 60000000, "eur", None, "about", subject="value of the satellites lost on kestrel 2", hedged=True, group="or-value", time=None)]),
          S("Debris came down in a closed area of 1,200 square kilometres (460 square miles).",
            claims=[Q("1,200 square kilometres", 1200, "square kilometre", "size", subject="sea area closed for the kestrel 2 launch", group="or-zone", time=TUE),
                    Q("460 square miles", 460, "square mile", "size", subject="sea area closed for the kestrel 2 launch", group="or-zone", time=TUE)])),
        P(S("Local fishermen say two boats were allegedly hit by fragments outside that area and one fisherman was slightly hurt.",
            claims=[ST("two boats were allegedly hit by fragments outside that area", *DEBRIS, "or-debris", source="fishermen", hedged=True),
                    Q("two boats", 2, "boat", "damaged", subject=BLAST, source="fishermen", hedged=True, group="or-boats", time=TUE),
                    Q("one fisherman", 1, "person", "wounded", subject=BLAST, source="fishermen", group="or-fisherman", time=TUE)]),
          S("Orbitalis denies that any debris fell outside the closed zone.",
            claims=[ST("Orbitalis denies that any debris fell outside the closed zone", *DEBRIS, "or-debris", source=ORB, denial=True)])),
    ],
    "removed": ["Newsdeck uses cookies", "Aug 20, 2036 · 11:20", "19 comments", "Learn to code in 12 weeks",
                "8 rockets to watch this autumn", "Why small satellites are booming", "3 charts that explain it",
                "The Newsdeck Daily (9 min)", "© 2036 Newsdeck"],
}

ARTICLES = [PR, BOTE, NEWSDECK]

REWRITES = []


def jsonl_item():
    return {"id": "nd-20360820-1120", "url": "https://newsdeck.example/science/kestrel-2-explodes-1120",
            "title": headline(NEWSDECK), "html": render_html(NEWSDECK, NEWSDECK_SITE), "publisher": NEWSDECK["publisher"],
            "published": NEWSDECK["published"], "language": "en", "section": "Science"}


def files():
    return {
        "ostrand-orbitalis.txt": (render_txt(PR), False),
        "ostrand-bote.html": (render_html(BOTE, BOTE_SITE), False),
        "newsdeck.jsonl": (render_jsonl([dev20_halmstein.jsonl_item(), jsonl_item()]), False),
    }
