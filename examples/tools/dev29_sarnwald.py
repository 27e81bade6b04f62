"""dev29 story 2: on Tuesday afternoon, 20 July 2049, a wildfire breaks out near Hessing in the Sarnwald north of Orlitz
(Kelvarien), fanned by gusts of up to 65 km/h (40 mph). On Tuesday evening nine villages and about 14,000 people are evacuated;
by Wednesday morning about 3,400 hectares (8,400 acres) have burned and at least 15 houses are lost; by Thursday more than 4,000
hectares and 23 houses. About 1,100 responders by one count, some 1,500 firefighters by another; twelve aircraft; three
firefighters slightly hurt. The government pledges €30 million on Thursday. A right-wing blog states as fact that the
environment ministry shut down the forest's fire lookout towers to save money; the ministry denies it (all six towers staffed).

A German regional paper on Wednesday (Orlitzer Tagblatt, HTML with a fact box), the broadcaster's English service on Wednesday
(Radio Kelvaria International, Atom; the feed is written by dev29_brannfeld.py), a partisan German blog on Thursday (Klartext
Kelvarien, RSS: the charge as fact, no denial, a call to a vigil; this module writes the feed, with the Velmar item of
dev29_velmar.py) and an English paper's item on Thursday in a news aggregator's JSON Lines dump (The Kelvaria Courier via
Newsdeck; this module writes the file, with the bird-flu item of dev29_gefluegelpest.py). Invented: all of it.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_html, render_rss, render_jsonl, body_text, content_blocks, \
    blocks_html, headline
import dev29_velmar
import dev29_gefluegelpest

SID = "st-sarnwald-fire"
EV = "ev-sarnwald-fire"
STORY = {"id": SID, "label": "Wildfire in the Sarnwald north of Orlitz, Kelvarien",
         "events": [{"id": EV, "label": "The fire, the evacuation of nine villages and the aid (20–22 July 2049)"}]}

EVENT = "sarnwald wildfire"
TUE = T("2049-07-20", "2049-07-20")
WED = T("2049-07-21", "2049-07-21")
THU = T("2049-07-22", "2049-07-22")
TO_WED = T("2049-07-20", "2049-07-21")
TO_THU = T("2049-07-20", "2049-07-22")
MIN = "environment ministry"
TOWERS = (MIN, "halted", "fire lookout towers in the sarnwald")

GROUPS = [
    {"id": "fire-area", "story": SID, "status": "compatible",
     "why": "About 3,400 hectares by Wednesday morning (Tagblatt; RKI's about 8,400 acres), then more than 4,000 (Courier) and 'knapp 5.000' (Klartext) by Thursday: later figures of a growing fire, a looser bound beside an estimate."},
    {"id": "fire-evacuated", "story": SID, "status": "agreed",
     "why": "About 14,000 people evacuated: '14.000', 'rund 14.000' and '14 Tsd.' (Tagblatt), '14,000' (RKI), 'vierzehntausend' (Klartext), 'some 14,000' (Courier)."},
    {"id": "fire-villages", "story": SID, "status": "agreed", "why": "Nine villages evacuated (Tagblatt, RKI, Courier)."},
    {"id": "fire-houses", "story": SID, "status": "compatible",
     "why": "At least 15 houses by Wednesday morning (Tagblatt), 23 by Thursday evening (Courier): a later figure."},
    {"id": "fire-crews", "story": SID, "status": "conflicting",
     "why": "About 1,100 responders (Tagblatt) against some 1,500 firefighters (RKI) on Wednesday: two estimates neither of which allows the other."},
    {"id": "fire-aircraft", "story": SID, "status": "agreed", "why": "Twelve aircraft (Tagblatt, RKI)."},
    {"id": "fire-injured", "story": SID, "status": "agreed", "why": "Three firefighters slightly injured (Tagblatt, RKI)."},
    {"id": "fire-wind", "story": SID, "status": "agreed", "why": "Gusts of up to 65 km/h (Tagblatt) and up to 40 mph (RKI, 64 km/h)."},
    {"id": "fire-towers", "story": SID, "status": "disputed",
     "why": "Klartext (as fact) and the opposition (Courier) say the ministry shut the lookout towers to save money; the ministry denies it (Tagblatt, Courier)."},
    {"id": "fire-towercount", "story": SID, "status": "disputed",
     "why": "The ministry's counter-figure in its denial: all six towers staffed on Tuesday (Tagblatt, Courier)."},
    {"id": "fire-shelter", "story": SID, "status": "single-source", "why": "About 600 people in the Orlitz sports hall overnight (Tagblatt only; the house number is no figure)."},
    {"id": "fire-outlook", "story": SID, "status": "single-source", "why": "Three to four more days of firefighting expected (Tagblatt only)."},
    {"id": "fire-heat", "story": SID, "status": "single-source", "why": "Up to 38 degrees forecast for Wednesday (Tagblatt only)."},
    {"id": "fire-career", "story": SID, "status": "single-source", "why": "The fire chief's 30 years of service (Tagblatt's quotation)."},
    {"id": "fire-aid", "story": SID, "status": "agreed", "why": "€30 million of emergency aid pledged on Thursday (Klartext, Courier)."},
    {"id": "fire-forestsize", "story": SID, "status": "single-source", "why": "The Sarnwald's 31,000 hectares (Courier's digression)."},
]

# ------------------------------------------------------------------ Orlitzer Tagblatt (de regional, HTML; Wednesday)

OT_SITE = {
    "nav": ["Startseite", "Orlitz", "Landkreis", "Kelvarien", "Sport", "Kultur", "Anzeigen"],
    "cookie": "Diese Website nutzt Cookies, um Ihnen das beste Erlebnis zu bieten. Einverstanden?",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Mittwoch, 21. Juli 2049",
    "share": "Teilen · Merken · 57 Kommentare",
    "ad": "Sommerschlussverkauf bei Möbel Hanning – bis zu 50 % auf alles!",
    "related_title": "Weitere Artikel",
    "related": ["Trockenheit: Orlitz verbietet Rasensprengen", "Waldbrandgefahr: Das müssen Wanderer jetzt wissen"],
    "footer": "© Orlitzer Tagblatt · Verlag Ehlert & Söhne · Impressum · AGB",
    "inline": '<div class="liveticker"><p>Liveticker: Alle aktuellen Entwicklungen zum Sarnwald-Brand</p></div>',
    "inline_at": 2,
}

OT = {
    "input": "dev29/sarnwald-brand-tagblatt.html", "story": SID, "event": EV,
    "publisher": "Orlitzer Tagblatt", "published": "2049-07-21T05:30:00+02:00",
    "language": "de", "authors": ["Franziska Ehlert"], "sensational": False,
    "blocks": [
        H("Waldbrand im Sarnwald: 14.000 Menschen müssen ihre Häuser verlassen",
          claims=[Q("14.000 Menschen", 14000, "person", "evacuated", subject=EVENT, group="fire-evacuated", time=TUE)]),
        P(S("Ein Waldbrand im Sarnwald nördlich von Orlitz hat sich nach Angaben der Feuerwehr bis Mittwochmorgen auf rund 3.400 Hektar ausgebreitet.",
            claims=[Q("rund 3.400 Hektar", 3400, "hectare", "burned", "about", subject=EVENT, source="fire service", group="fire-area", time=TO_WED)]),
          S("Das Feuer war am Dienstagnachmittag nahe dem Dorf Hessing ausgebrochen und wurde von Böen mit bis zu 65 Kilometern pro Stunde angefacht.",
            claims=[Q("bis zu 65 Kilometern pro Stunde", 65, "kilometre per hour", None, "up-to", subject=EVENT, group="fire-wind", time=TUE)])),
        P(S("Am Dienstagabend ordneten die Behörden die Räumung von neun Ortschaften an, rund 14.000 Menschen mussten ihre Häuser verlassen.",
            claims=[Q("neun Ortschaften", 9, None, "evacuated", subject=EVENT, group="fire-villages", time=TUE),
                    Q("rund 14.000 Menschen", 14000, "person", "evacuated", "about", subject=EVENT, group="fire-evacuated", time=TUE)]),
          S("Bis Mittwochmorgen brannten mindestens 15 Wohnhäuser nieder.",
            claims=[Q("mindestens 15 Wohnhäuser", 15, "house", "destroyed", "at-least", subject=EVENT, group="fire-houses", time=TO_WED)]),
          S("In der Sporthalle an der Schulstraße 14 in Orlitz verbrachten rund 600 Menschen die Nacht auf Feldbetten.",
            claims=[Q("rund 600 Menschen", 600, "person", None, "about", subject="orlitz emergency shelter", group="fire-shelter", time=TUE)])),
        P(S("Etwa 1.100 Einsatzkräfte kämpfen gegen die Flammen, unterstützt von zwölf Löschflugzeugen und Hubschraubern.",
            claims=[Q("Etwa 1.100 Einsatzkräfte", 1100, "person", "deployed", "about", subject=EVENT, group="fire-crews", time=WED),
                    Q("zwölf Löschflugzeugen und Hubschraubern", 12, "aircraft", "deployed", subject=EVENT, group="fire-aircraft", time=WED)]),
          S("Drei Feuerwehrleute wurden leicht verletzt, teilte die Feuerwehr mit.",
            claims=[Q("Drei Feuerwehrleute", 3, "firefighter", "wounded", subject=EVENT, source="fire service", group="fire-injured", time=WED)]),
          S("Die Feuerwehr rechnet damit, dass die Löscharbeiten noch drei bis vier Tage dauern.",
            claims=[Q("drei bis vier Tage", None, "day", "duration", "range", low=3, high=4, subject=EVENT, source="fire service", group="fire-outlook")])),
        P(S("Das Umweltministerium wies Vorwürfe aus dem Netz zurück, die Feuerwachtürme im Sarnwald seien aus Kostengründen stillgelegt worden.",
            claims=[ST("Das Umweltministerium wies Vorwürfe aus dem Netz zurück, die Feuerwachtürme im Sarnwald seien aus Kostengründen stillgelegt worden",
                       *TOWERS, "fire-towers", source=MIN, denial=True)]),
          S("Alle sechs Türme seien am Dienstag besetzt gewesen, sagte eine Sprecherin.",
            claims=[Q("Alle sechs Türme", 6, None, None, subject="fire lookout towers", source=MIN, hedged=True, group="fire-towercount", time=TUE)])),
        P(S("Für Mittwoch erwartet der Wetterdienst Temperaturen von bis zu 38 Grad.",
            claims=[Q("bis zu 38 Grad", 38, "degree", None, "up-to", subject="orlitz weather", source="weather service", group="fire-heat", time=WED)])),
        P(S("„So ein Feuer habe ich in 30 Dienstjahren nicht gesehen“, sagte Kreisbrandmeister Ulf Sandner.", "quote",
            claims=[Q("30 Dienstjahren", 30, "year", "duration", subject="ulf sandner", source="ulf sandner", group="fire-career")])),
        P(S("Leserinnen und Leser, die Fotos oder Videos vom Brand haben, können sie an leserreporter@orlitzer-tagblatt.example schicken.", "opinion")),
        H("Auf einen Blick"),
        LI(S("Fläche: rund 3.400 Hektar",
             claims=[Q("rund 3.400 Hektar", 3400, "hectare", "burned", "about", subject=EVENT, source="fire service", group="fire-area", time=TO_WED)])),
        LI(S("Evakuiert: 14 Tsd. Einwohner",
             claims=[Q("14 Tsd. Einwohner", 14000, "person", "evacuated", subject=EVENT, group="fire-evacuated", time=TUE)])),
        LI(S("Bürgertelefon des Landkreises: 0471 88 20 19")),
    ],
    "removed": ["57 Kommentare", "Möbel Hanning", "Liveticker: Alle aktuellen Entwicklungen", "Trockenheit: Orlitz verbietet Rasensprengen",
                "Verlag Ehlert & Söhne"],
}

# ------------------------------------------------------------------ Radio Kelvaria International (en broadcaster, Atom; Wednesday)

RKI = {
    "input": "dev29/rki-english.atom#tag:rki.example,2049:news/sarnwald-fire", "story": SID, "event": EV,
    "publisher": "Radio Kelvaria International", "published": "2049-07-21T12:15:00+02:00",
    "language": "en", "authors": ["Sunniva Hale"], "sensational": False,
    "blocks": [
        H("Wildfire forces 14,000 from their homes in Kelvaria's Sarnwald",
          claims=[Q("14,000", 14000, "person", "evacuated", subject=EVENT, group="fire-evacuated", time=TUE)]),
        P(S("A wildfire in the Sarnwald forest north of Orlitz has burned about 8,400 acres since Tuesday afternoon, the fire service said on Wednesday.",
            claims=[Q("about 8,400 acres", 8400, "acre", "burned", "about", subject=EVENT, source="fire service", group="fire-area", time=TO_WED)]),
          S("Gusts of up to 40 mph fanned the flames overnight.",
            claims=[Q("up to 40 mph", 40, "mile per hour", None, "up-to", subject=EVENT, group="fire-wind", time=TUE)])),
        P(S("Authorities ordered 14,000 residents out of nine villages on Tuesday evening.",
            claims=[Q("14,000 residents", 14000, "person", "evacuated", subject=EVENT, group="fire-evacuated", time=TUE),
                    Q("nine villages", 9, None, "evacuated", subject=EVENT, group="fire-villages", time=TUE)]),
          S("Some 1,500 firefighters, backed by 12 water-bombing aircraft, are battling the blaze, and three firefighters have been slightly injured.",
            claims=[Q("Some 1,500 firefighters", 1500, "firefighter", "deployed", "about", subject=EVENT, group="fire-crews", time=WED),
                    Q("12 water-bombing aircraft", 12, "aircraft", "deployed", subject=EVENT, group="fire-aircraft", time=WED),
                    Q("three firefighters", 3, "firefighter", "wounded", subject=EVENT, group="fire-injured", time=WED)])),
        P(S("Police said arson could not be ruled out and asked anyone who saw a silver van near Hessing on Tuesday to come forward.")),
    ],
    "extra": '<p class="listen">Listen to this story · 1 min · RKI News in English</p>',
    "removed": ["Listen to this story", "RKI News in English"],
}

# ------------------------------------------------------------------ Klartext Kelvarien (de right-wing blog, RSS; Thursday)

KT_CHANNEL = {"title": "Klartext Kelvarien", "link": "https://klartext-kelvarien.example/",
              "description": "Was die Systempresse verschweigt.", "language": "de"}

KT = {
    "input": "dev29/klartext.rss#kt-2049-07-22-sarnwald", "story": SID, "event": EV,
    "publisher": "Klartext Kelvarien", "published": "2049-07-22T20:00:00+02:00",
    "language": "de", "authors": ["Roland Speer"], "sensational": True,
    "blocks": [
        H("Sarnwald in Flammen – und die Regierung hat die Feuerwache abgeschafft!",
          claims=[ST("die Regierung hat die Feuerwache abgeschafft", *TOWERS, "fire-towers")]),
        P(S("Knapp 5.000 Hektar Wald sind schon verbrannt, vierzehntausend Menschen sind auf der Flucht.",
            claims=[Q("Knapp 5.000 Hektar", 5000, "hectare", "burned", "about", subject=EVENT, group="fire-area", time=TO_THU),
                    Q("vierzehntausend Menschen", 14000, "person", "displaced", subject=EVENT, group="fire-evacuated", time=TUE)]),
          S("Und das ist kein Naturereignis, das ist Staatsversagen.", "opinion",
            loaded=[L("Staatsversagen", "demonising")])),
        P(S("Das Umweltministerium von Ministerin Jolanda Fesch hat die Feuerwachtürme im Sarnwald im Frühjahr stillgelegt, um Geld zu sparen.",
            claims=[ST("Das Umweltministerium von Ministerin Jolanda Fesch hat die Feuerwachtürme im Sarnwald im Frühjahr stillgelegt", *TOWERS, "fire-towers")]),
          S("Niemand hat den Rauch rechtzeitig gesehen.")),
        P(S("Wer das Feuer gelegt hat, wissen wir noch nicht.", "opinion"),
          S("Aber die Klima-Chaoten, die seit Wochen im Sarnwald campieren, sollte sich die Polizei sehr genau ansehen.", "opinion",
            loaded=[L("Klima-Chaoten", "demonising")])),
        P(S("Und Fesch?", "opinion"),
          S("Sie verspricht mickrige 30 Millionen Euro „Soforthilfe“.", "opinion",
            claims=[Q("mickrige 30 Millionen Euro", 30000000, "eur", "pledged", subject="government", group="fire-aid", time=THU)],
            loaded=[L("mickrige", "belittling"), L("Soforthilfe", "belittling", "distancing")]),
          S("Fesch muss weg!", "opinion")),
        P(S("Teilt diesen Artikel und kommt am Samstag um 19 Uhr zur Mahnwache vor dem Ministerium in Terlach!", "opinion")),
    ],
    "extra": '<p class="spende">Klartext lebt von Ihrer Unterstützung: Jetzt spenden!</p>\n<p class="tags">Tags: Sarnwald, Waldbrand, Fesch, Staatsversagen</p>',
    "removed": ["Klartext lebt von Ihrer Unterstützung", "Tags: Sarnwald, Waldbrand"],
}

# ------------------------------------------------------------------ The Kelvaria Courier (en paper, JSON Lines text item; Thursday)

KC = {
    "input": "dev29/newsdeck.jsonl#courier-2049-07-22-sarnwald", "story": SID, "event": EV,
    "publisher": "The Kelvaria Courier", "published": "2049-07-22T21:40:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Sarnwald fire: crews gain ground as the damage mounts"),
        P(S("Firefighters in the Sarnwald gained ground on Thursday as the wind dropped, but the blaze has now burned more than 4,000 hectares since it broke out on Tuesday, according to the fire service.",
            claims=[Q("more than 4,000 hectares", 4000, "hectare", "burned", "more-than", subject=EVENT, source="fire service", group="fire-area", time=TO_THU)]),
          S("By Thursday evening 23 homes had been destroyed, and some 14,000 residents of nine villages were still unable to return.",
            claims=[Q("23 homes", 23, "house", "destroyed", subject=EVENT, group="fire-houses", time=TO_THU),
                    Q("some 14,000 residents", 14000, "person", "evacuated", "about", subject=EVENT, group="fire-evacuated", time=THU),
                    Q("nine villages", 9, None, "evacuated", subject=EVENT, group="fire-villages", time=THU)])),
        P(S("The government pledged €30m in emergency aid on Thursday.",
            claims=[Q("€30m", 30000000, "eur", "pledged", subject="government", group="fire-aid", time=THU)])),
        P(S("Opposition politicians have claimed that the environment ministry shut down the forest's fire lookout towers to save money.",
            claims=[ST("the environment ministry shut down the forest's fire lookout towers to save money", *TOWERS, "fire-towers", source="opposition", hedged=True)]),
          S("The ministry rejected the claim, saying all six towers had been staffed on Tuesday.",
            claims=[ST("The ministry rejected the claim", *TOWERS, "fire-towers", source=MIN, denial=True),
                    Q("all six towers", 6, None, None, subject="fire lookout towers", source=MIN, group="fire-towercount", time=TUE)])),
        P(S("The Sarnwald, a 31,000-hectare mix of pine and beech, was declared a nature reserve in 1987.",
            claims=[Q("31,000-hectare", 31000, "hectare", "size", subject="sarnwald", group="fire-forestsize")])),
    ],
    "removed": [],
}

ARTICLES = [OT, RKI, KT, KC]

REWRITES = []


def jsonl_text_item(article, item_id, url):
    return {"id": item_id, "url": url, "title": headline(article),
            "text": "\n\n".join(b for b in body_text(article).split("\n\n")[1:]),
            "publisher": article["publisher"], "published": article["published"], "language": article["language"]}


def jsonl_html_item(article, item_id, url, extra=""):
    return {"id": item_id, "url": url, "title": headline(article),
            "html": blocks_html(content_blocks(article)) + ("\n" + extra if extra else ""),
            "publisher": article["publisher"], "published": article["published"], "language": article["language"]}


def files():
    """Also writes klartext.rss (with the Velmar item of dev29_velmar.py) and newsdeck.jsonl (with the bird-flu item of
    dev29_gefluegelpest.py)."""
    rss = render_rss(KT_CHANNEL, [
        (dev29_velmar.KT, "kt-2049-05-17-velmar", "https://klartext-kelvarien.example/2049/05/17/wahlbetrug-velmar", dev29_velmar.KT["extra"]),
        (KT, "kt-2049-07-22-sarnwald", "https://klartext-kelvarien.example/2049/07/22/sarnwald-staatsversagen", KT["extra"]),
    ])
    fw = dev29_gefluegelpest.FW
    jsonl = render_jsonl([
        jsonl_html_item(fw, "farmweek-2049-01-22-hollmark", "https://farmweek-kelvaria.example/poultry/hollmark-bird-flu-four-farms", fw["extra"]),
        jsonl_text_item(KC, "courier-2049-07-22-sarnwald", "https://kelvariacourier.example/news/2049/07/22/sarnwald-fire-crews-gain-ground"),
    ])
    return {
        "sarnwald-brand-tagblatt.html": (render_html(OT, OT_SITE), False),
        "klartext.rss": (rss, False),
        "newsdeck.jsonl": (jsonl, False),
    }
