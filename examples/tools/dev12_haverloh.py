"""dev12 story 2: foot-and-mouth disease breaks out on farms in the district of Haverloh (Aldenland); the first case is
confirmed on Friday, 21 January 2028, at a dairy farm in Kessenbrück.

The public broadcaster's own German report (HTML), an English broadcaster's Atom entry the same evening (same feed and
template as its Ostrahlen entry), the farmers' association's press release (dateline block, list of demands), a
right-populist blog's RSS item that states the association's concealment charge as fact and omits the ministry's
denial, and an English farm weekly's page four days later (later figures: five farms, more than 4,000 animals culled, a
larger restricted area; a DE–EN pair with the broadcaster in own words). Invented by the Parallax team: country, towns,
bodies, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_atom

import dev12_ostrahlen

SID = "st-haverloh-fmd"
EV = "ev-haverloh-outbreak"
STORY = {"id": SID, "label": "Foot-and-mouth outbreak in the district of Haverloh",
         "events": [{"id": EV, "label": "Foot-and-mouth disease on farms in Haverloh, Aldenland, from 21 January 2028: culls, restricted zones, import bans"}]}

MIN = "agriculture ministry"
LIT = "lit"
LV = "landvolkverband"
FMD = "foot-and-mouth disease"
MON = T("2028-01-21", "2028-01-24")
LATER = T("2028-01-21", "2028-01-27")
DELAY = T("2028-01-13", "2028-01-21")

GROUPS = [
    {"id": "hv-farms", "story": SID, "status": "compatible",
     "why": "Three farms on Monday 24 January (ministry via ALR and Northgate; the blog's 'mindestens drei'), five by Thursday 27 January (Farmgate): a later figure."},
    {"id": "hv-culled", "story": SID, "status": "compatible",
     "why": "1,600 cattle and a further 700 pigs (LIT via ALR) make the about 2,300 (Northgate) and 'more than 2,300' (Landvolk, blog); more than 4,000 four days later (Farmgate): parts of a total and a later figure."},
    {"id": "hv-zone-protect", "story": SID, "status": "agreed", "why": "A 3-km protection zone (ALR) and 1.9 miles (3 km) (Farmgate)."},
    {"id": "hv-zone-surveil", "story": SID, "status": "agreed",
     "why": "A 10-km surveillance zone in ALR, Northgate and Farmgate (6.2 miles (10 km))."},
    {"id": "hv-zone-area", "story": SID, "status": "compatible",
     "why": "About 310 km² on Monday (ALR), about 190 square miles (490 sq km) on Friday after two more farms (Farmgate): a later figure."},
    {"id": "hv-zone-share", "story": SID, "status": "single-source", "why": "Only ALR: the restricted area is about a fifth of the district."},
    {"id": "hv-animals-zone", "story": SID, "status": "agreed",
     "why": "About 48,000 cattle and pigs in the zone (ministry via ALR) and 'fast 50.000 Tiere' (blog) state the same number."},
    {"id": "hv-farms-zone", "story": SID, "status": "compatible",
     "why": "212 farms in the zone (ministry via ALR) beside Landvolk's looser 'mehr als 200' member farms."},
    {"id": "hv-vets", "story": SID, "status": "compatible",
     "why": "More than 80 vets (ALR) beside about 100 four days later (Farmgate): a looser bound."},
    {"id": "hv-compensation", "story": SID, "status": "agreed",
     "why": "Twelve million euros of compensation pledged in ALR, the Landvolk release, the blog and Farmgate."},
    {"id": "hv-losses", "story": SID, "status": "agreed", "why": "Losses of up to 80 million euros (Landvolk; Farmgate citing it)."},
    {"id": "hv-bridge", "story": SID, "status": "agreed", "why": "A bridging payment of 500 euros per cow and month demanded (Landvolk; Farmgate)."},
    {"id": "hv-milk-share", "story": SID, "status": "agreed",
     "why": "About 40 percent of the country's milk (ALR, Northgate) and 'roughly two-fifths' (Farmgate)."},
    {"id": "hv-exports", "story": SID, "status": "conflicting",
     "why": "Exports of about 1.4 billion euros a year at risk (ministry via ALR and Farmgate) cannot be the blog's '2 Mrd. Euro im Jahr'."},
    {"id": "hv-bans", "story": SID, "status": "agreed", "why": "ALR and Northgate: two neighbouring countries banned imports."},
    {"id": "hv-concealed", "story": SID, "status": "disputed",
     "why": "Landvolk says the ministry kept a suspected case of 13 January quiet (ALR, Northgate, Farmgate report it; its release and the blog state it); the ministry denies it (ALR, Northgate, Farmgate); the release and the blog omit the denial."},
    {"id": "hv-delay", "story": SID, "status": "agreed",
     "why": "Eight days of silence in the Landvolk release, the blog, Northgate and Farmgate (the denial gives no counter-figure)."},
    {"id": "hv-demand", "story": SID, "status": "single-source", "why": "Only the Landvolk release: full compensation for every farm demanded."},
    {"id": "hv-farmer-years", "story": SID, "status": "single-source", "why": "Only ALR quotes a farmer on 30 years of work."},
]

# ------------------------------------------------------------------ ALR Aktuell (de public broadcaster, HTML)

ALR_SITE = {
    "nav": ["Startseite", "Aldenland", "Haverloh", "Wirtschaft", "Wetter", "Mediathek", "Radio live"],
    "cookie": "Wir verwenden Cookies, um unser Angebot für Sie zu verbessern. Details finden Sie in den Datenschutzhinweisen.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "Stand: 24.01.2028, 17:45 Uhr",
    "share": "Teilen per Mail · Messenger · Link kopieren",
    "ad": "ALR-Mediathek: Die Landwirtschaftsdoku „Zwischen Stall und Markt“ jetzt in 6 Folgen streamen",
    "related_title": "Mehr zum Thema",
    "related": ["Milchpreis fällt auf 41 Cent je Liter", "Tierseuchenkasse: Beiträge steigen um 8 Prozent",
                "Grüne Woche 2028 ohne Aussteller aus Haverloh"],
    "footer": "© Aldenländischer Rundfunk 2028 · Impressum · Barrierefreiheit · Kontakt",
    "inline": '<div class="audio"><strong>Audio:</strong> <a href="/audio/mks-haverloh">Hören Sie den Bericht (3:42 Min.)</a></div>',
    "inline_at": 2,
    "after": '<p class="hinweis">Hinweis: Die Tierseuchen-Hotline des Landes ist werktags von 8 bis 18 Uhr erreichbar.</p>',
}

ALR = {
    "input": "dev12/haverloh-alr.html", "story": SID, "event": EV,
    "publisher": "ALR Aktuell", "published": "2028-01-24T17:45:00+01:00",
    "language": "de", "authors": ["Jana Wiesenthal"], "sensational": False,
    "blocks": [
        H("Maul- und Klauenseuche im Kreis Haverloh: Drei Betriebe betroffen",
          claims=[Q("Drei Betriebe betroffen", 3, "business", "affected", subject=FMD, group="hv-farms", time=MON)]),
        P(S("Die Maul- und Klauenseuche hat sich im Kreis Haverloh auf drei Betriebe ausgeweitet.",
            claims=[Q("auf drei Betriebe ausgeweitet", 3, "business", "affected", subject=FMD, source=MIN, group="hv-farms", time=MON)]),
          S("Das teilte das Agrarministerium am Montag in Lenzburg mit.")),
        P(S("Der erste Fall war am Freitag auf einem Milchviehhof in Kessenbrück bestätigt worden, es ist der erste Ausbruch der Tierseuche in Aldenland seit 1981."),
          S("Nach Angaben des Landesinstituts für Tiergesundheit (LIT) wurden in Kessenbrück 1.600 Rinder getötet, in den beiden anderen Betrieben weitere 700 Schweine.",
            claims=[Q("1.600 Rinder getötet", 1600, "animal", "killed", subject=FMD, source=LIT, group="hv-culled", time=MON),
                    Q("weitere 700 Schweine", 700, "animal", "killed", subject=FMD, source=LIT, group="hv-culled", time=MON)])),
        P(S("Um die Höfe gelten eine Schutzzone von drei Kilometern und eine Überwachungszone von zehn Kilometern.",
            claims=[Q("Schutzzone von drei Kilometern", 3, "kilometre", "size", subject=FMD, group="hv-zone-protect", time=MON),
                    Q("Überwachungszone von zehn Kilometern", 10, "kilometre", "size", subject=FMD, group="hv-zone-surveil", time=MON)]),
          S("Das Sperrgebiet umfasst rund 310 Quadratkilometer, etwa ein Fünftel der Kreisfläche.",
            claims=[Q("rund 310 Quadratkilometer", 310, "square kilometre", "size", "about", subject=FMD, group="hv-zone-area", time=MON),
                    Q("etwa ein Fünftel der Kreisfläche", 20, "percent", None, "about", subject=FMD, group="hv-zone-share", time=MON)]),
          S("Dort stehen nach Angaben des Ministeriums rund 48.000 Rinder und Schweine in 212 Betrieben.",
            claims=[Q("rund 48.000 Rinder und Schweine", 48000, "animal", None, "about", subject=FMD, source=MIN, group="hv-animals-zone", time=MON),
                    Q("in 212 Betrieben", 212, "business", None, subject=FMD, source=MIN, group="hv-farms-zone", time=MON)])),
        P(S("Mehr als 80 Tierärztinnen und Tierärzte sind im Einsatz.",
            claims=[Q("Mehr als 80 Tierärztinnen und Tierärzte", 80, "person", "deployed", "more-than", subject=FMD, group="hv-vets", time=MON)]),
          S("Agrarministerin Ilka Bramstedt sagte zwölf Millionen Euro Entschädigung für die betroffenen Landwirte zu.",
            claims=[Q("zwölf Millionen Euro Entschädigung", 12000000, "eur", "pledged", subject=MIN, group="hv-compensation", time=MON)]),
          S("„Wir tun alles, um die Seuche einzudämmen“, sagte Bramstedt.", "quote")),
        P(S("Der Kreis Haverloh liefert rund 40 Prozent der Milch Aldenlands.",
            claims=[Q("rund 40 Prozent der Milch", 40, "percent", None, "about", subject="haverloh", group="hv-milk-share", time=None)]),
          S("Milch- und Fleischexporte im Wert von rund 1,4 Milliarden Euro jährlich sind nach Angaben des Ministeriums gefährdet, zwei Nachbarländer haben bereits Einfuhrverbote verhängt.",
            claims=[Q("rund 1,4 Milliarden Euro jährlich", 1400000000, "eur", None, "about", subject="aldenland", source=MIN, group="hv-exports", time=None),
                    Q("zwei Nachbarländer", 2, "country", None, subject="aldenland", group="hv-bans", time=MON)])),
        P(S("Der Landvolkverband Haverloh wirft dem Ministerium vor, bereits am 13. Januar von einem Verdachtsfall gewusst und ihn verschwiegen zu haben.",
            claims=[ST("wirft dem Ministerium vor, bereits am 13. Januar von einem Verdachtsfall gewusst und ihn verschwiegen zu haben",
                       MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=LV)]),
          S("Das Ministerium wies den Vorwurf zurück: Eine Probe vom 13. Januar sei negativ gewesen, der Verdacht habe sich erst am 20. Januar ergeben.",
            claims=[ST("Das Ministerium wies den Vorwurf zurück", MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=MIN, denial=True)])),
        P(S("Ein Landwirt aus Kessenbrück sagte dem ALR: „Das ist der blanke Horror, 30 Jahre Arbeit sind weg.“", "quote",
            claims=[Q("30 Jahre Arbeit", 30, "year", "duration", subject="farmer", source="farmer", group="hv-farmer-years", time=None)],
            loaded=[L("blanke Horror", "alarmist", "reported")])),
    ],
    "removed": ["Wir verwenden Cookies", "Alle akzeptieren", "Stand: 24.01.2028, 17:45 Uhr", "Mediathek", "Radio live",
                "Teilen per Mail", "Zwischen Stall und Markt", "Milchpreis fällt auf 41 Cent je Liter",
                "Tierseuchenkasse: Beiträge steigen um 8 Prozent", "Grüne Woche 2028 ohne Aussteller aus Haverloh",
                "© Aldenländischer Rundfunk 2028", "Hören Sie den Bericht (3:42 Min.)", "Die Tierseuchen-Hotline des Landes"],
}

# ------------------------------------------------------------------ Northgate Radio News (en, Atom entry, Monday night)

NORTHGATE = {
    "input": "dev12/northgate.atom#tag:northgate.example,2028:news/haverloh-fmd-4120", "story": SID, "event": EV,
    "publisher": "Northgate Radio News", "published": "2028-01-24T20:30:00+01:00",
    "language": "en", "authors": ["Callum Reyes-Whitby"], "sensational": False,
    "blocks": [
        H("Foot-and-mouth outbreak spreads to three farms in Aldenland",
          claims=[Q("three farms", 3, "business", "affected", subject=FMD, group="hv-farms", time=MON)]),
        P(S("An outbreak of foot-and-mouth disease in Aldenland's Haverloh district has spread to three farms, the agriculture ministry said on Monday.",
            claims=[Q("spread to three farms", 3, "business", "affected", subject=FMD, source=MIN, group="hv-farms", time=MON)]),
          S("About 2,300 cattle and pigs have been culled.",
            claims=[Q("About 2,300 cattle and pigs have been culled", 2300, "animal", "killed", "about", subject=FMD, group="hv-culled", time=MON)])),
        P(S("Authorities have set up a 10-kilometre surveillance zone around the farms, where animal movements are banned.",
            claims=[Q("10-kilometre surveillance zone", 10, "kilometre", "size", subject=FMD, group="hv-zone-surveil", time=MON)]),
          S("Two neighbouring countries, Vessmark and Orlo, have halted imports of Aldenland's meat and dairy products.",
            claims=[Q("Two neighbouring countries", 2, "country", None, subject="aldenland", group="hv-bans", time=MON)])),
        P(S("It is the country's first outbreak of the disease since 1981."),
          S("Haverloh produces about 40% of Aldenland's milk.",
            claims=[Q("about 40% of Aldenland's milk", 40, "percent", None, "about", subject="haverloh", group="hv-milk-share", time=None)])),
        P(S("Farmers' leaders accuse the ministry of sitting on a suspected case for eight days, a charge the ministry rejects.",
            claims=[ST("Farmers' leaders accuse the ministry of sitting on a suspected case for eight days", MIN, "concealed", "suspected case of 13 january",
                       "hv-concealed", source=LV),
                    Q("for eight days", 8, "day", "duration", subject=MIN, source=LV, group="hv-delay", time=DELAY),
                    ST("a charge the ministry rejects", MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=MIN, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: <a href="https://northgate.example/audio/evening-bulletin-0124">Northgate Evening Bulletin, 24 January</a></p>',
    "removed": ["Listen:", "Northgate Evening Bulletin, 24 January"],
}

# ------------------------------------------------------------------ Landvolkverband Haverloh (de press release, dateline block)

LVPR = {
    "input": "dev12/haverloh-landvolk.txt", "story": SID, "event": EV,
    "publisher": "Landvolkverband Haverloh", "published": "2028-01-25T10:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PRESSEMITTEILUNG", "Landvolkverband Haverloh e. V.", "Haverloh, 25. Januar 2028"],
    "blocks": [
        H("Maul- und Klauenseuche: Landvolk fordert volle Entschädigung und Aufklärung"),
        P(S("Der Landvolkverband Haverloh fordert nach dem Ausbruch der Maul- und Klauenseuche eine vollständige Entschädigung aller betroffenen Betriebe.",
            claims=[ST("fordert nach dem Ausbruch der Maul- und Klauenseuche eine vollständige Entschädigung aller betroffenen Betriebe",
                       LV, "demanded", "full compensation", "hv-demand", source=LV)]),
          S("Mehr als 2.300 Tiere mussten bereits getötet werden.",
            claims=[Q("Mehr als 2.300 Tiere", 2300, "animal", "killed", "more-than", subject=FMD, group="hv-culled", time=MON)]),
          S("Für die Familien auf den Höfen ist das eine Katastrophe.", "opinion",
            loaded=[L("Katastrophe", "alarmist")])),
        P(S("Nach unserer Berechnung drohen den Höfen im Sperrgebiet Verluste von bis zu 80 Millionen Euro.",
            claims=[Q("Verluste von bis zu 80 Millionen Euro", 80000000, "eur", "cost", "up-to", subject=FMD, source=LV, group="hv-losses", time=None)]),
          S("Die zugesagten zwölf Millionen Euro sind da nur ein Tropfen auf den heißen Stein.", "opinion",
            claims=[Q("zwölf Millionen Euro", 12000000, "eur", "pledged", subject=MIN, group="hv-compensation", time=MON)]),
          S("Mehr als 200 unserer Mitgliedsbetriebe liegen im Sperrgebiet.",
            claims=[Q("Mehr als 200 unserer Mitgliedsbetriebe", 200, "business", None, "more-than", subject=FMD, source=LV, group="hv-farms-zone", time=MON)])),
        P(S("Zugleich verlangen wir Aufklärung: Warum hat das Ministerium acht Tage lang geschwiegen?", "opinion",
            claims=[Q("acht Tage lang", 8, "day", "duration", subject=MIN, source=LV, group="hv-delay", time=DELAY),
                    ST("Warum hat das Ministerium acht Tage lang geschwiegen", MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=LV)]),
          S("Schon am 13. Januar gab es auf einem Hof bei Kessenbrück einen Verdachtsfall.",
            claims=[ST("Schon am 13. Januar gab es auf einem Hof bei Kessenbrück einen Verdachtsfall", MIN, "concealed",
                       "suspected case of 13 january", "hv-concealed", source=LV)]),
          S("Diese Salamitaktik des Ministeriums muss ein Ende haben.", "opinion",
            loaded=[L("Salamitaktik", "demonising")])),
        P(S("Der Verband fordert:")),
        LI(S("Entschädigung zum vollen Marktwert für jedes getötete Tier,")),
        LI(S("eine Überbrückungshilfe von 500 Euro pro Kuh und Monat für alle Betriebe im Sperrgebiet,",
             claims=[Q("500 Euro pro Kuh und Monat", 500, "eur", None, subject=LV, source=LV, group="hv-bridge", time=None)])),
        LI(S("einen unabhängigen Bericht über den Verdachtsfall vom 13. Januar.")),
        P(S("Betroffene Landwirtinnen und Landwirte erreichen unser Krisentelefon unter 04471 / 88 30 20.")),
    ],
    "post": ["Über den Landvolkverband: Der Verband vertritt seit 1948 rund 3.400 landwirtschaftliche Betriebe im Kreis Haverloh.",
             "Pressekontakt: Jörn Tammeling, Kornmarkt 7, 26810 Haverloh, presse@landvolk-haverloh.example"],
    "removed": ["PRESSEMITTEILUNG", "Haverloh, 25. Januar 2028", "Über den Landvolkverband",
                "rund 3.400 landwirtschaftliche Betriebe", "Pressekontakt: Jörn Tammeling", "Kornmarkt 7"],
}

# ------------------------------------------------------------------ Klartext Heimat (de right-populist blog, RSS item; omits the denial)

CHANNEL = {"title": "Klartext Heimat", "link": "https://klartext-heimat.example",
           "description": "Unabhängig. Unbequem. Unbestechlich.", "language": "de"}

BLOG = {
    "input": "dev12/klartext.rss#kh-2028-01-26-mks-vertuschung", "story": SID, "event": EV,
    "publisher": "Klartext Heimat", "published": "2028-01-26T21:10:00+01:00",
    "language": "de", "authors": ["Volker Grimmsahl"], "sensational": True,
    "blocks": [
        H("Seuchen-Vertuschung in Haverloh: Ministerium ließ unsere Bauern acht Tage im Stich",
          claims=[ST("Ministerium ließ unsere Bauern acht Tage im Stich", MIN, "concealed", "suspected case of 13 january", "hv-concealed"),
                  Q("acht Tage", 8, "day", "duration", subject=MIN, group="hv-delay", time=DELAY)],
          loaded=[L("Seuchen-Vertuschung", "demonising")]),
        P(S("Was wir seit Tagen ahnen, ist jetzt klar: Das Agrarministerium wusste schon am 13. Januar von der Seuche – und hat geschwiegen.",
            claims=[ST("Das Agrarministerium wusste schon am 13. Januar von der Seuche – und hat geschwiegen", MIN, "concealed",
                       "suspected case of 13 january", "hv-concealed")]),
          S("Acht Tage lang durften Tiertransporte weiter kreuz und quer durchs Land rollen.",
            claims=[Q("Acht Tage lang", 8, "day", "duration", subject=MIN, group="hv-delay", time=DELAY)])),
        P(S("Inzwischen sind mindestens drei Höfe betroffen, mehr als 2.300 Tiere wurden getötet.",
            claims=[Q("mindestens drei Höfe betroffen", 3, "business", "affected", "at-least", subject=FMD, group="hv-farms", time=MON),
                    Q("mehr als 2.300 Tiere wurden getötet", 2300, "animal", "killed", "more-than", subject=FMD, group="hv-culled", time=MON)]),
          S("Im Sperrgebiet stehen fast 50.000 Tiere.",
            claims=[Q("fast 50.000 Tiere", 50000, "animal", None, "about", subject=FMD, group="hv-animals-zone", time=MON)])),
        P(S("Und Ministerin Bramstedt?", "opinion"),
          S("Die Seuchen-Ministerin speist unsere Bauern mit lächerlichen zwölf Millionen Euro ab.", "opinion",
            claims=[Q("zwölf Millionen Euro", 12000000, "eur", "pledged", subject=MIN, group="hv-compensation", time=MON)],
            loaded=[L("Seuchen-Ministerin", "demonising"), L("lächerlichen", "belittling")]),
          S("Dabei stehen Exporte von 2 Mrd. Euro im Jahr auf dem Spiel.",
            claims=[Q("2 Mrd. Euro im Jahr", 2000000000, "eur", None, subject="aldenland", group="hv-exports", time=None)])),
        P(S("Schuld ist der Import-Wahn der Regierung: Billigfleisch aus aller Welt, kaum Kontrollen an der Grenze.", "opinion",
            loaded=[L("Import-Wahn", "demonising")]),
          S("Die Systemmedien verschweigen das natürlich.", "opinion", loaded=[L("Systemmedien", "propaganda")]),
          S("Das „Krisenmanagement“ der Regierung ist ein Witz.", "opinion",
            loaded=[L("„Krisenmanagement“", "belittling", "distancing")])),
        P(S("Ein Milchbauer aus dem Sperrgebiet schrieb uns: „Wir werden geopfert, damit in Lenzburg niemand Fehler zugeben muss.“", "quote",
            loaded=[L("geopfert", "alarmist", "reported")])),
        P(S("Teilen Sie diesen Beitrag und kommen Sie am Samstag um 11 Uhr zur Mahnwache vor das Ministerium!", "opinion")),
    ],
    "extra": '<p class="spende">Unterstützen Sie unabhängigen Journalismus – Stichwort „Klartext“ bei der Heimatbank Haverloh.</p>'
             '\n<p class="tags">Tags: MKS · Bauern · Vertuschung · Bramstedt</p>',
    "removed": ["Unterstützen Sie unabhängigen Journalismus", "Tags: MKS · Bauern · Vertuschung · Bramstedt"],
}

# ------------------------------------------------------------------ Farmgate Weekly (en farm weekly, HTML; later figures)

FG_SITE = {
    "nav": ["News", "Livestock", "Dairy", "Arable", "Markets", "Machinery", "Jobs"],
    "cookie": "Farmgate Weekly uses cookies for analytics and advertising. Choose 'Accept' to continue.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "28 January 2028",
    "share": "Share · Save · Print",
    "ad": "Farmgate Markets: live milk, grain and livestock prices – first month £1",
    "related_title": "Related",
    "related": ["Milk price falls for third month running", "Biosecurity checklist: 12 steps for your yard",
                "Sheep trade steady at 210p/kg"],
    "footer": "© 2028 Farmgate Media Ltd · Terms · Privacy · Advertise with us",
    "inline": '<div class="promo">Sign up for the Farmgate Disease Alert newsletter</div>',
    "inline_at": 2,
}

FG = {
    "input": "dev12/haverloh-farmgate.html", "story": SID, "event": EV,
    "publisher": "Farmgate Weekly", "published": "2028-01-28T09:00:00+01:00",
    "language": "en", "authors": ["Hannah Obuya"], "sensational": False,
    "blocks": [
        H("Aldenland foot-and-mouth outbreak reaches five farms as cull passes 4,000",
          claims=[Q("five farms", 5, "business", "affected", subject=FMD, group="hv-farms", time=LATER),
                  Q("cull passes 4,000", 4000, "animal", "killed", "more-than", subject=FMD, group="hv-culled", time=LATER)]),
        P(S("Foot-and-mouth disease has now been confirmed on five farms in Aldenland's Haverloh district, a week after the first case was found at a dairy farm in Kessenbrück.",
            claims=[Q("confirmed on five farms", 5, "business", "affected", subject=FMD, group="hv-farms", time=LATER)]),
          S("More than 4,000 cattle, pigs and sheep have been culled, according to the state animal health institute LIT.",
            claims=[Q("More than 4,000 cattle, pigs and sheep", 4000, "animal", "killed", "more-than", subject=FMD, source=LIT, group="hv-culled", time=LATER)])),
        P(S("A 1.9-mile (3-km) protection zone and a 6.2-mile (10-km) surveillance zone surround each infected farm, together covering about 190 square miles (490 sq km).",
            claims=[Q("1.9-mile", 1.9, "mile", "size", subject=FMD, group="hv-zone-protect", time=LATER),
                    Q("3-km", 3, "kilometre", "size", subject=FMD, group="hv-zone-protect", time=LATER),
                    Q("6.2-mile", 6.2, "mile", "size", subject=FMD, group="hv-zone-surveil", time=LATER),
                    Q("10-km", 10, "kilometre", "size", subject=FMD, group="hv-zone-surveil", time=LATER),
                    Q("about 190 square miles", 190, "square mile", "size", "about", subject=FMD, group="hv-zone-area", time=LATER),
                    Q("490 sq km", 490, "square kilometre", "size", "about", subject=FMD, group="hv-zone-area", time=LATER)])),
        P(S("Agriculture minister Ilka Bramstedt has pledged €12m in compensation.",
            claims=[Q("€12m", 12000000, "eur", "pledged", subject=MIN, group="hv-compensation", time=MON)]),
          S("The Haverloh Farmers' Association (Landvolkverband) puts potential losses for farms in the zones at up to €80m and wants a bridging payment of €500 per cow per month.",
            claims=[Q("up to €80m", 80000000, "eur", "cost", "up-to", subject=FMD, source=LV, group="hv-losses", time=None),
                    Q("€500 per cow per month", 500, "eur", None, subject=LV, source=LV, group="hv-bridge", time=None)])),
        P(S("Haverloh supplies roughly two-fifths of Aldenland's milk, and dairy and meat exports worth €1.4bn a year are at risk, the ministry said.",
            claims=[Q("roughly two-fifths of Aldenland's milk", 40, "percent", None, "about", subject="haverloh", source=MIN, group="hv-milk-share", time=None),
                    Q("€1.4bn a year", 1400000000, "eur", None, subject="aldenland", source=MIN, group="hv-exports", time=None)])),
        P(S("The association accuses the ministry of a cover-up, saying a suspected case on January 13 was kept quiet for eight days.",
            claims=[ST("The association accuses the ministry of a cover-up", MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=LV),
                    Q("kept quiet for eight days", 8, "day", "duration", subject=MIN, source=LV, group="hv-delay", time=DELAY)],
            loaded=[L("cover-up", "demonising", "reported")]),
          S("The ministry rejects that, saying the January 13 sample tested negative.",
            claims=[ST("The ministry rejects that", MIN, "concealed", "suspected case of 13 january", "hv-concealed", source=MIN, denial=True)]),
          S("“Nobody sat on anything,” ministry spokesman Felix Ardahl told Farmgate.", "quote",
            claims=[ST("“Nobody sat on anything,” ministry spokesman Felix Ardahl told Farmgate", MIN, "concealed", "suspected case of 13 january",
                       "hv-concealed", source=MIN, denial=True)])),
        P(S("About 100 vets are working in the zones.",
            claims=[Q("About 100 vets", 100, "person", "deployed", "about", subject=FMD, group="hv-vets", time=LATER)])),
    ],
    "removed": ["Farmgate Weekly uses cookies", "Choose 'Accept' to continue", "28 January 2028", "Machinery", "Share · Save · Print",
                "first month £1", "Milk price falls for third month running", "Biosecurity checklist: 12 steps for your yard",
                "Sheep trade steady at 210p/kg", "© 2028 Farmgate Media Ltd", "Farmgate Disease Alert newsletter"],
}

ARTICLES = [ALR, NORTHGATE, LVPR, BLOG, FG]

REWRITES = []

FEED = {"title": "Northgate Radio News – Latest", "link": "https://northgate.example/news",
        "id": "tag:northgate.example,2028:feed/news", "updated": "2028-05-11T23:40:00+02:00", "language": "en"}


def files():
    """Input files of this story, the Northgate feed with its Ostrahlen and Haverloh entries, and the Klartext feed."""
    return {
        "haverloh-alr.html": (render_html(ALR, ALR_SITE), False),
        "haverloh-landvolk.txt": (render_txt(LVPR), False),
        "haverloh-farmgate.html": (render_html(FG, FG_SITE), False),
        "klartext.rss": (render_rss(CHANNEL, [(BLOG, "kh-2028-01-26-mks-vertuschung",
                                                "https://klartext-heimat.example/2028/01/26/seuchen-vertuschung-haverloh", BLOG["extra"])]), False),
        "northgate.atom": (render_atom(FEED, [
            dev12_ostrahlen.atom_entry(),
            (NORTHGATE, "tag:northgate.example,2028:news/haverloh-fmd-4120",
             "https://northgate.example/news/haverloh-fmd-4120", NORTHGATE["extra"]),
        ]), False),
    }
