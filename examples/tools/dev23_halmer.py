"""dev23 story 2: on Wednesday, 4 September 2040, the dairy Halmer Käserei in Ostrelien recalls its soft cheese "Almtaler
Rahm" (about 48 tonnes) over listeria; the health authority counts 16 cases, three of them fatal, on Thursday and 21 cases
on Friday. The consumer group Verbraucherwacht Ostrelien says the dairy's own tests found listeria about three weeks before
the recall; Halmer denies it.

The dairy's press release (German text, its own voice and its own denial), an English wire on Thursday (Meridian Wire), an
English tabloid on Friday (HTML) that states the charge as fact and omits the denial, and a German advertorial for a kitchen
spray (text) with a call to action that does the same. Invented by the Parallax team: country, dairy, groups, outlets,
people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-halmer-listeria"
EV = "ev-halmer-recall"
STORY = {"id": SID, "label": "Listeria in Halmer soft cheese: recall, deaths and a quarrel over what the dairy knew, Ostrelien",
         "events": [{"id": EV, "label": "Halmer recalls its soft cheese; three dead, 16 then 21 cases (4–6 September 2040)"}]}

EVENT = "halmer listeria outbreak"
THU = T("2040-09-05", "2040-09-05")
FRI = T("2040-09-06", "2040-09-06")
HALMER = "halmer"
VW = "verbraucherwacht ostrelien"
KNEW = (HALMER, "ignored", "listeria found in its own tests before the recall")
KNOWN = "time between halmer's positive listeria test and the recall"
CHEESE = "almtaler rahm cheese recalled by halmer"

GROUPS = [
    {"id": "ch-killed", "story": SID, "status": "agreed", "why": "Three dead (Meridian, Clang, advertorial)."},
    {"id": "ch-ill", "story": SID, "status": "compatible",
     "why": "16 cases on Thursday (Meridian) and at least 21 / 21 on Friday (Clang, advertorial): an earlier and a later figure."},
    {"id": "ch-tonnes", "story": SID, "status": "agreed", "why": "About 48 tonnes recalled (release, Meridian)."},
    {"id": "ch-knew", "story": SID, "status": "disputed",
     "why": "Verbraucherwacht says Halmer found listeria before the recall (Meridian); Clang and the advertorial state it as fact; Halmer denies it (release, Meridian); Clang and the advertorial omit the denial."},
    {"id": "ch-weeks", "story": SID, "status": "agreed", "why": "About three weeks, the accusation's own figure (Meridian, Clang)."},
    {"id": "ch-more", "story": SID, "status": "single-source", "why": "Only Clang: up to 40 more cases feared."},
    {"id": "ch-germs", "story": SID, "status": "single-source", "why": "Only the advertorial: 99.9 percent of germs."},
    {"id": "ch-checks", "story": SID, "status": "single-source", "why": "Only the release: the dairy's lab checks every batch three times."},
]

# ------------------------------------------------------------------ Halmer press release (de text; Wednesday)

PR = {
    "input": "dev23/halmer-presse.txt", "story": SID, "event": EV,
    "publisher": "Halmer Käserei GmbH", "published": "2040-09-04",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Lindenau, 4. September 2040"],
    "blocks": [
        H("Halmer Käserei ruft Weichkäse „Almtaler Rahm“ zurück"),
        P(S("Die Halmer Käserei ruft vorsorglich alle Laibe der Sorte „Almtaler Rahm“ mit einem Mindesthaltbarkeitsdatum bis zum 30. September zurück."),
          S("Der Rückruf umfasst rund 48 Tonnen Käse.",
            claims=[Q("rund 48 Tonnen Käse", 48, "tonne", None, "about", subject=CHEESE, source=HALMER, group="ch-tonnes", time=None)]),
          S("In einer Probe der Lebensmittelaufsicht waren Listerien nachgewiesen worden.")),
        P(S("Unser Labor prüft jede Charge dreimal.",
            claims=[Q("dreimal", 3, None, None, subject="checks of each halmer batch", source=HALMER, group="ch-checks", time=None)]),
          S("Berichte, wonach unsere Eigenkontrollen schon im August Listerien gefunden hätten, sind falsch.",
            claims=[ST("Berichte, wonach unsere Eigenkontrollen schon im August Listerien gefunden hätten, sind falsch", *KNEW, "ch-knew", source=HALMER, denial=True)]),
          S("Kundinnen und Kunden erhalten den Kaufpreis im Geschäft zurück.")),
    ],
    "post": ["Über Halmer: Die Käserei wurde 1911 gegründet und beschäftigt 260 Menschen.", "Pressekontakt: presse@halmer.example · 0451 / 90 33 20"],
    "removed": ["PRESSEMITTEILUNG", "Lindenau, 4. September 2040", "Über Halmer", "260 Menschen", "presse@halmer.example"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Thursday)

MW = {
    "input": "dev23/halmer-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2040-09-05T16:45:00+02:00",
    "language": "en", "authors": ["Nadia Hult"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "September 5, 2040 · 14:45 GMT"],
    "blocks": [
        H("Three dead in Ostrelian listeria outbreak linked to soft cheese",
          claims=[Q("Three dead", 3, "person", "killed", subject=EVENT, group="ch-killed", time=THU)]),
        P(S("LINDENAU, Ostrelia – Three people have died and 16 have fallen ill in a listeria outbreak linked to a soft cheese made by the Halmer dairy, the health authority said on Thursday.",
            claims=[Q("Three people", 3, "person", "killed", subject=EVENT, source="health authority", group="ch-killed", time=THU),
                    Q("16", 16, "person", "infected", subject=EVENT, source="health authority", group="ch-ill", time=THU)]),
          S("Halmer recalled about 48 tonnes of its \"Almtaler Rahm\" on Wednesday.",
            claims=[Q("about 48 tonnes", 48, "tonne", None, "about", subject=CHEESE, group="ch-tonnes", time=None)])),
        P(S("The consumer group Verbraucherwacht Ostrelien said the dairy's own tests had found listeria about three weeks before the recall.",
            claims=[ST("the dairy's own tests had found listeria about three weeks before the recall", *KNEW, "ch-knew", source=VW),
                    Q("about three weeks", 3, "week", "duration", "about", subject=KNOWN, source=VW, group="ch-weeks", time=None)]),
          S("Halmer denied this, calling the claim \"simply wrong\".",
            claims=[ST("Halmer denied this", *KNEW, "ch-knew", source=HALMER, denial=True)])),
    ],
    "post": ["(Reporting by Nadia Hult; editing by Ruth Kell)", "© 2040 Meridian Wire"],
    "removed": ["September 5, 2040 · 14:45 GMT", "editing by Ruth Kell", "© 2040 Meridian Wire"],
}

# ------------------------------------------------------------------ The Daily Clang (en tabloid, HTML; Friday; omits the denial)

CLANG_SITE = {
    "nav": ["News", "Showbiz", "Sport", "Money", "Health", "Puzzles"],
    "cookie": "The Daily Clang and our 212 partners use cookies. Click OK to continue.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Friday, Sep 6 2040 | Updated 11:02",
    "share": "Share · 318 comments",
    "ad": "Win a £500 shopping spree – enter now",
    "related_title": "Most read",
    "related": ["7 foods you should never keep in the fridge", "Soap star's shock split", "Quiz: 10 questions on cheese"],
    "footer": "© 2040 The Daily Clang · Terms · Privacy",
    "inline": '<div class="teaser">READ MORE: Is your fridge making you ill?</div>',
    "inline_at": 1,
}

CLANG = {
    "input": "dev23/halmer-clang.html", "story": SID, "event": EV,
    "publisher": "The Daily Clang", "published": "2040-09-06T11:02:00+01:00",
    "language": "en", "authors": ["Gary Pitt"], "sensational": True,
    "blocks": [
        H("KILLER CHEESE: Dairy knew about deadly bug and kept selling",
          claims=[ST("Dairy knew about deadly bug and kept selling", *KNEW, "ch-knew")],
          loaded=[L("KILLER CHEESE", "alarmist")]),
        P(S("At least 21 people have now been struck down by listeria from Halmer's soft cheese, and three of them are dead.",
            claims=[Q("At least 21 people", 21, "person", "infected", "at-least", subject=EVENT, group="ch-ill", time=FRI),
                    Q("three of them", 3, "person", "killed", subject=EVENT, group="ch-killed", time=FRI)]),
          S("The greedy bosses found the bug three weeks before they pulled the cheese off the shelves.",
            claims=[ST("The greedy bosses found the bug three weeks before they pulled the cheese off the shelves", *KNEW, "ch-knew"),
                    Q("three weeks", 3, "week", "duration", subject=KNOWN, group="ch-weeks", time=None)],
            loaded=[L("greedy", "demonising")]),
          S("Experts fear up to 40 more cases could follow.",
            claims=[Q("up to 40 more cases", 40, "person", "infected", "up-to", subject=EVENT, source="experts", hedged=True, group="ch-more", time=None)])),
        P(S("A woman whose father fell ill said: \"They sold us poison.\"", "quote",
            loaded=[L("poison", "alarmist", "reported")]),
          S("The dairy calls the recall a \"precaution\".",
            loaded=[L("\"precaution\"", "euphemism", "distancing")]),
          S("How many more families must suffer before someone goes to jail?", "opinion")),
    ],
    "removed": ["212 partners", "Friday, Sep 6 2040", "318 comments", "£500 shopping spree", "7 foods you should never",
                "Soap star's shock split", "10 questions on cheese", "Is your fridge making you ill?", "© 2040 The Daily Clang"],
}

# ------------------------------------------------------------------ Hygieno advertorial (de text; Saturday; omits the denial)

ADV = {
    "input": "dev23/halmer-hygieno.txt", "story": SID, "event": EV,
    "publisher": "Hygieno Haushaltspflege GmbH", "published": "2040-09-07",
    "language": "de", "authors": [], "sensational": True,
    "pre": ["ANZEIGE", "Präsentiert von Hygieno"],
    "blocks": [
        H("Listerien-Alarm: Ist Ihre Küche sicher?",
          loaded=[L("Listerien-Alarm", "alarmist")]),
        P(S("21 Menschen sind nach dem Verzehr von Käse aus Ostrelien bereits erkrankt, drei sind gestorben.",
            claims=[Q("21 Menschen", 21, "person", "infected", subject=EVENT, group="ch-ill", time=FRI),
                    Q("drei", 3, "person", "killed", subject=EVENT, group="ch-killed", time=FRI)]),
          S("Und der Hersteller wusste seit Wochen Bescheid.",
            claims=[ST("der Hersteller wusste seit Wochen Bescheid", *KNEW, "ch-knew")]),
          S("Verlassen Sie sich deshalb nicht auf andere.", "opinion")),
        P(S("Das Hygieno-Küchenspray beseitigt 99,9 Prozent aller Keime.",
            claims=[Q("99,9 Prozent", 99.9, "percent", None, subject="germs removed by the hygieno kitchen spray", source="hygieno", group="ch-germs", time=None)]),
          S("Bestellen Sie jetzt und schützen Sie Ihre Familie!", "opinion")),
    ],
    "post": ["Aktion: 2 Flaschen für 14,90 Euro – nur bis Sonntag", "Hygieno Haushaltspflege GmbH · Werkstraße 4 · Lindenau · www.hygieno.example"],
    "removed": ["ANZEIGE", "Präsentiert von Hygieno", "2 Flaschen für 14,90 Euro", "Werkstraße 4", "hygieno.example"],
}

ARTICLES = [PR, MW, CLANG, ADV]

REWRITES = []


def files():
    return {
        "halmer-presse.txt": (render_txt(PR), False),
        "halmer-meridian.txt": (render_txt(MW), False),
        "halmer-clang.html": (render_html(CLANG, CLANG_SITE), False),
        "halmer-hygieno.txt": (render_txt(ADV), False),
    }
