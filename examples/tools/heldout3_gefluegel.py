"""heldout3 story 3: bird flu (H5N1) on poultry farms in the Landkreis Wettersand (Friesmark): the
first outbreak at a laying-hen farm in Hollerwiek (confirmed 3 October, cull on 4 October 2028, a
contact flock on 5 October) and a second outbreak at a turkey farm in Deepenbrok a week later
(11 October 2028).

A regional broadcaster's RSS item (the feed also carries the Tannenhof follow-up), an English wire
report (same wire as the Tannenhof item, other story), the press release of an agricultural-reform
NGO, an agricultural business paper (HTML), an English news site's Atom entry on the second outbreak
(the feed is rendered by heldout3_marisol.py, whose story shares it) and a right-populist blog without
dateline block that states the farmers' accusation as fact and omits the district's denial.
Invented by the twelfth writer: state, district, villages, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss
from heldout3_lib import group
import heldout3_tannenhof

SID = "st-wettersand-birdflu"
EV1 = "ev-hollerwiek-cull"
EV2 = "ev-deepenbrok-cull"
STORY = {"id": SID, "label": "Bird flu culls on poultry farms in the Landkreis Wettersand (Friesmark)",
         "events": [{"id": EV1, "label": "H5N1 at a laying-hen farm in Hollerwiek: 42,000 hens and a contact flock culled, 4-5 October 2028"},
                    {"id": EV2, "label": "Second outbreak at a turkey farm in Deepenbrok a week later, 11 October 2028"}]}

DIST = "district office"
LIT = "lit"
TADSEN = "hinnerk tadsen"
BAN = "bündnis agrarwende nord"
OUT1 = "hollerwiek outbreak"
OUT2 = "deepenbrok outbreak"
D1 = T("2028-10-04", "2028-10-04")
D1B = T("2028-10-05", "2028-10-05")
D2 = T("2028-10-11", "2028-10-11")
TOTAL = T("2028-10-04", "2028-10-11")

GROUPS = [
    group("birdflu-hens-hollerwiek", SID, "agreed",
          "About 42,000 laying hens culled at Hollerwiek (Nordwelle, CNW, Marktblatt's 42,300, Coastline Post); 'mehr als 40.000' in the NGO release."),
    group("birdflu-contact-flock", SID, "compatible",
          "7,500 hens of the neighbouring contact farm (NGO release: to be culled; Marktblatt, Coastline Post: culled); the blog's 'Tausende' is a looser figure."),
    group("birdflu-positive-samples", SID, "disputed",
          "The district's counter-figure in its denial: the virus found in two samples of the contact flock (Marktblatt, Coastline Post), against the farmers' 'without a positive test'."),
    group("birdflu-samples-taken", SID, "single-source", "Only Marktblatt gives the 60 samples taken (the whole)."),
    group("birdflu-generic-tens", SID, "single-source", "Only the NGO release says animals are disposed of by the tens of thousands."),
    group("birdflu-contact-healthy", SID, "disputed",
          "The farmers' association says the contact flock was healthy and culled without a positive test; the district denies it, citing two positive samples (the blog states it as fact and omits the denial)."),
    group("birdflu-turkeys", SID, "agreed", "18,500 turkeys culled at Deepenbrok (Coastline Post); 'fast 19.000' in the blog."),
    group("birdflu-total", SID, "agreed", "About 68,000 birds culled in the district in a week (Coastline Post); 'fast 70.000' in the blog."),
    group("birdflu-zone-farms", SID, "compatible",
          "61 farms in the restriction zones after the first outbreak (Nordwelle, CNW, Marktblatt); 104 after the zones were widened a week later (Coastline Post: a later figure)."),
    group("birdflu-zone-birds", SID, "compatible",
          "About 310,000 birds in the zones after the first outbreak (Nordwelle, Marktblatt, CNW); about 590,000 a week later (Coastline Post: a later figure)."),
    group("birdflu-radius-inner", SID, "agreed", "A protection zone of three kilometres (Nordwelle, CNW, Marktblatt)."),
    group("birdflu-radius-outer", SID, "agreed", "A surveillance zone of ten kilometres (Nordwelle, CNW, Marktblatt)."),
    group("birdflu-district-poultry", SID, "agreed",
          "About 4.1 million poultry in the district (Nordwelle, NGO release, CNW, Marktblatt)."),
    group("birdflu-2022", SID, "agreed", "About 1.3 million birds culled in Friesmark in the 2022 epidemic (Nordwelle, CNW)."),
    group("birdflu-housing", SID, "agreed", "A housing order for the whole district from Friday (Nordwelle, CNW, Marktblatt)."),
    group("birdflu-compensation", SID, "agreed", "About 15 euros compensation per hen (Marktblatt, blog)."),
    group("birdflu-fund-paid", SID, "single-source", "Only Marktblatt gives the 3.8 million euros paid out in 2028."),
    group("birdflu-fund-ratio", SID, "single-source", "Only Marktblatt gives 'fast doppelt so viel' as the year before."),
    group("birdflu-fee-rise", SID, "single-source", "Only Marktblatt gives the 25 percent rise in fees."),
    group("birdflu-fee", SID, "single-source", "Only Marktblatt gives the fee of 0.09 euros per hen."),
    group("birdflu-state-hens", SID, "single-source", "Only Marktblatt gives Friesmark's gut 14 million laying hens."),
    group("birdflu-state-share", SID, "single-source", "Only Marktblatt gives Friesmark's share of knapp a fifth of the national laying hens."),
    group("birdflu-egg-share", SID, "single-source", "Only CNW gives Friesmark's 18 percent of national egg output (eggs, not hens)."),
    group("birdflu-restock", SID, "single-source", "Only Marktblatt gives the restocking ban of at least three months."),
    group("birdflu-sielhusen", SID, "single-source", "Only Marktblatt gives the Sielhusen turkey farm's ca. 9,000 birds."),
    group("birdflu-egg-turnover", SID, "single-source", "Only Marktblatt gives the egg industry's 1.1 billion euros turnover."),
    group("birdflu-farm-loss", SID, "single-source", "Only Marktblatt gives the Hollerwiek farm's loss of about 700,000 euros."),
    group("birdflu-egg-price", SID, "single-source", "Only Marktblatt gives the wholesale egg price of 14.20 euros per 100."),
    group("birdflu-egg-rise", SID, "single-source", "Only Marktblatt gives the four percent rise in a week."),
    group("birdflu-district-farms", SID, "single-source", "Only Marktblatt gives the district's roughly 380 poultry farms."),
    group("birdflu-per-head", SID, "single-source", "Only the NGO release gives about 30 chickens per inhabitant."),
    group("birdflu-since-2021", SID, "single-source", "Only the NGO release gives more than 2.6 million birds culled in Friesmark since 2021."),
    group("birdflu-wild-birds", SID, "single-source", "Only the NGO release gives 23 wild birds tested positive."),
    group("birdflu-large-shed-size", SID, "single-source", "Only the NGO release gives the threshold of more than 30,000 animals per shed."),
    group("birdflu-large-sheds", SID, "single-source", "Only the NGO release says large sheds almost doubled since 2010."),
    group("birdflu-small-keepers", SID, "single-source", "Only the NGO release gives gut a third of small keepers who gave up."),
    group("birdflu-demand-cap", SID, "single-source", "Only the NGO release demands at most 15,000 animals per shed."),
    group("birdflu-demand-distance", SID, "single-source", "Only the NGO release demands at least 500 metres between sheds."),
    group("birdflu-distance", SID, "agreed", "Deepenbrok lies about nine kilometres from Hollerwiek (Coastline Post, blog)."),
    group("birdflu-programme", SID, "single-source", "Only the blog gives the minister's 4.5-million-euro programme."),
    group("birdflu-programme-years", SID, "single-source", "Only the blog gives the programme's three years."),
    group("birdflu-keepers", SID, "single-source", "Only the blog gives about 2,000 poultry keepers in Friesmark."),
    group("birdflu-programme-per-farm", SID, "single-source", "Only the blog gives less than 750 euros per farm and year."),
    group("birdflu-poll", SID, "single-source", "Only the blog gives the Landvolk poll's 71 percent."),
    group("birdflu-tractors", SID, "single-source", "Only the blog gives the more than 300 tractors expected at the rally."),
    group("birdflu-staff", SID, "single-source", "Only Nordwelle gives the roughly 40 helpers of the cull."),
    group("birdflu-turkey-farm-size", SID, "single-source", "Only the Coastline Post gives the turkey farm's four sheds."),
]

# ------------------------------------------------------------------ Nordwelle (regional broadcaster, RSS item, first outbreak)

NW = {
    "input": "heldout3/nordwelle.rss#nw-2028-10-04-0912", "story": SID, "event": EV1,
    "publisher": "Nordwelle", "published": "2028-10-04T18:10:00+02:00",
    "language": "de", "authors": ["Jannik Ohlsen"], "sensational": False,
    "blocks": [
        H("Vogelgrippe in Hollerwiek: 42.000 Legehennen werden getötet",
          claims=[Q("42.000 Legehennen werden getötet", 42000, "animal", "killed", subject=OUT1, group="birdflu-hens-hollerwiek", time=D1)]),
        P(S("Im Landkreis Wettersand ist die Geflügelpest ausgebrochen.",),
          S("In einem Legehennenbetrieb in Hollerwiek hat das Landesinstitut für Tiergesundheit (LIT) am Dienstagabend den hochansteckenden Erreger H5N1 nachgewiesen, wie der Landkreis am Mittwoch mitteilte.",
            claims=[ST("hat das Landesinstitut für Tiergesundheit (LIT) am Dienstagabend den hochansteckenden Erreger H5N1 nachgewiesen", LIT, "confirmed",
                       "h5n1 at the hollerwiek farm", "birdflu-confirmed", source=DIST)]),
          S("Seit dem Morgen werden dort alle rund 42.000 Tiere getötet; ein Spezialunternehmen ist mit etwa 40 Helferinnen und Helfern im Einsatz.",
            claims=[Q("alle rund 42.000 Tiere getötet", 42000, "animal", "killed", qualifier="about", subject=OUT1, group="birdflu-hens-hollerwiek", time=D1),
                    Q("etwa 40 Helferinnen und Helfern", 40, "person", "deployed", qualifier="about", subject=OUT1, group="birdflu-staff", time=D1)])),
        P(S("Um den Hof hat der Kreis einen Sperrbezirk mit einem Radius von drei Kilometern eingerichtet, dazu ein Beobachtungsgebiet von zehn Kilometern.",
            claims=[Q("einem Radius von drei Kilometern", 3, "kilometre", "size", subject="protection zone", group="birdflu-radius-inner", time=D1),
                    Q("zehn Kilometern", 10, "kilometre", "size", subject="surveillance zone", group="birdflu-radius-outer", time=D1)]),
          S("In beiden Zonen liegen 61 Geflügelbetriebe mit zusammen rund 310.000 Tieren.",
            claims=[Q("61 Geflügelbetriebe", 61, "business", "affected", subject="restriction zones", group="birdflu-zone-farms", time=D1),
                    Q("rund 310.000 Tieren", 310000, "animal", "affected", qualifier="about", subject="restriction zones", group="birdflu-zone-birds", time=D1)]),
          S("Für sie gilt ein Verbringungsverbot: Weder Tiere noch Eier oder Mist dürfen die Höfe verlassen.")),
        P(S("Von Freitag an müssen Hühner, Enten, Gänse und Puten im gesamten Kreisgebiet im Stall bleiben.",
            claims=[ST("Von Freitag an müssen Hühner, Enten, Gänse und Puten im gesamten Kreisgebiet im Stall bleiben", DIST, "ordered",
                       "housing order for the district", "birdflu-housing")]),
          S("„Wir müssen jetzt verhindern, dass sich das Virus in einer der geflügeldichtesten Regionen Europas ausbreitet“, sagte Landrat Eike Dammann.", "quote"),
          S("Im Kreis Wettersand werden nach Zahlen des Landesamts für Statistik rund 4,1 Millionen Hühner, Puten und Enten gehalten.",
            claims=[Q("rund 4,1 Millionen Hühner, Puten und Enten", 4100000, "animal", "size", qualifier="about", subject="wettersand poultry", source="statistics office", group="birdflu-district-poultry")])),
        P(S("Wie das Virus in den Stall gelangte, ist noch unklar."),
          S("Das LIT hält einen Eintrag durch Wildvögel für wahrscheinlich, die derzeit in großer Zahl an der Küste rasten."),
          S("Bei der bislang schwersten Geflügelpest-Welle im Jahr 2022 mussten in Friesmark rund 1,3 Millionen Tiere getötet werden.",
            claims=[Q("rund 1,3 Millionen Tiere getötet", 1300000, "animal", "killed", qualifier="about", subject="2022 bird flu epidemic", group="birdflu-2022")]),
          S("Für Menschen gilt das Risiko einer Ansteckung nach Einschätzung der Behörden als sehr gering.")),
    ],
    "removed": ["Nordwelle-App", "Alle Nachrichten aus der Region"],
}

# ------------------------------------------------------------------ CNW (English wire, txt with dateline block)

CNW = {
    "input": "heldout3/wettersand-cnw.txt", "story": SID, "event": EV1,
    "publisher": "Continental Newswire", "published": "2028-10-04T15:45:00+00:00",
    "language": "en", "authors": ["Jonas Whitcombe"], "sensational": False,
    "pre": ["Continental Newswire", "October 4, 2028 3:45 PM UTC", "By Jonas Whitcombe"],
    "blocks": [
        H("Bird flu forces cull of 42,000 hens in Friesmark's poultry belt",
          claims=[Q("42,000 hens", 42000, "animal", "killed", subject=OUT1, group="birdflu-hens-hollerwiek", time=D1)]),
        P(S("Authorities in the northern state of Friesmark began culling about 42,000 laying hens on Wednesday after a highly pathogenic strain of H5N1 bird flu was found at a farm in the village of Hollerwiek, the district of Wettersand said.",
            claims=[Q("about 42,000 laying hens", 42000, "animal", "killed", qualifier="about", subject=OUT1, source=DIST, group="birdflu-hens-hollerwiek", time=D1)]),
          S("A protection zone with a radius of 3 km (1.9 miles) and a 10-km surveillance zone were set up around the farm, covering 61 poultry farms with roughly 310,000 birds.",
            claims=[Q("a radius of 3 km", 3, "kilometre", "size", subject="protection zone", group="birdflu-radius-inner", time=D1),
                    Q("1.9 miles", 1.9, "mile", "size", subject="protection zone", group="birdflu-radius-inner", time=D1),
                    Q("10-km surveillance zone", 10, "kilometre", "size", subject="surveillance zone", group="birdflu-radius-outer", time=D1),
                    Q("61 poultry farms", 61, "business", "affected", subject="restriction zones", group="birdflu-zone-farms", time=D1),
                    Q("roughly 310,000 birds", 310000, "animal", "affected", qualifier="about", subject="restriction zones", group="birdflu-zone-birds", time=D1)])),
        P(S("All poultry in the district will have to be kept indoors from Friday, officials said.",
            claims=[ST("All poultry in the district will have to be kept indoors from Friday", DIST, "ordered",
                       "housing order for the district", "birdflu-housing", source="officials")]),
          S("Wettersand, a flat coastal district with about 4.1 million chickens, turkeys and ducks, is one of the most densely stocked poultry regions in Europe.",
            claims=[Q("about 4.1 million chickens, turkeys and ducks", 4100000, "animal", "size", qualifier="about", subject="wettersand poultry", group="birdflu-district-poultry")]),
          S("Friesmark produces around 18% of the country's eggs, according to the national egg producers' association.",
            claims=[Q("around 18% of the country's eggs", 18, "percent", None, qualifier="about", subject="friesmark egg production", source="egg producers' association", group="birdflu-egg-share")])),
        P(S("In 2022, the worst bird flu season on record, some 1.3 million birds had to be killed in the state.",
            claims=[Q("some 1.3 million birds had to be killed", 1300000, "animal", "killed", qualifier="about", subject="2022 bird flu epidemic", group="birdflu-2022")]),
          S("The risk to humans remains very low, health officials said.")),
    ],
    "post": ["(Editing by Priya Lall)",
             "",
             "Read more:",
             "Egg prices: what a bird flu winter means for shoppers",
             "",
             "Our Standards: The CNW Trust Principles."],
    "removed": ["Continental Newswire", "October 4, 2028 3:45 PM UTC", "By Jonas Whitcombe", "(Editing by Priya Lall)",
                "Read more:", "Egg prices: what a bird flu winter means for shoppers", "The CNW Trust Principles"],
}

# ------------------------------------------------------------------ Bündnis Agrarwende Nord (NGO press release)

BAN_PR = {
    "input": "heldout3/wettersand-agrarwende.txt", "story": SID, "event": EV1,
    "publisher": "Bündnis Agrarwende Nord", "published": "2028-10-05",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Bündnis Agrarwende Nord", "Kelstedt, 5. Oktober 2028"],
    "blocks": [
        H("Geflügelpest in Wettersand: Das System Massentierhaltung ist der eigentliche Seuchenherd",
          loaded=[L("Seuchenherd", "alarmist")]),
        P(S("Das Bündnis Agrarwende Nord fordert nach dem Ausbruch der Geflügelpest im Landkreis Wettersand eine Obergrenze für die Zahl der Tiere je Stall und deutlich größere Abstände zwischen den Betrieben."),
          S("In dem betroffenen Stall in Hollerwiek lebten mehr als 40.000 Hennen auf engstem Raum; sie alle wurden am Mittwoch vergast.",
            claims=[Q("mehr als 40.000 Hennen", 40000, "animal", "killed", qualifier="more-than", subject=OUT1, group="birdflu-hens-hollerwiek", time=D1)],
            loaded=[L("vergast", "alarmist")]),
          S("Heute sollen zudem 7.500 Tiere eines benachbarten Betriebs getötet werden, weil sie über gemeinsam genutztes Personal Kontakt zu dem Seuchenhof gehabt haben könnten.",
            claims=[Q("7.500 Tiere eines benachbarten Betriebs getötet", 7500, "animal", "killed", subject="contact farm", group="birdflu-contact-flock", time=D1B)])),
        P(S("„Wer 4,1 Millionen Tiere in einem einzigen Landkreis zusammenpfercht, darf sich über Seuchenzüge nicht wundern“, sagte die Vorsitzende des Bündnisses, Dr. Merle Hansing.", "quote",
            claims=[Q("4,1 Millionen Tiere", 4100000, "animal", "size", subject="wettersand poultry", source="merle hansing", group="birdflu-district-poultry")],
            loaded=[L("zusammenpfercht", "demonising", "reported"), L("Seuchenzüge", "alarmist", "reported")]),
          S("Rechnerisch kommen in Wettersand auf jeden Einwohner rund 30 Hühner.",
            claims=[Q("rund 30 Hühner", 30, "animal", None, qualifier="about", subject="wettersand poultry", group="birdflu-per-head")]),
          S("Seit 2021 mussten in Friesmark nach Auswertung des Bündnisses mehr als 2,6 Millionen Vögel wegen der Geflügelpest getötet werden – Jahr für Jahr dasselbe Bild.",
            claims=[Q("mehr als 2,6 Millionen Vögel", 2600000, "animal", "killed", qualifier="more-than", subject="bird flu in friesmark since 2021", source=BAN, group="birdflu-since-2021")])),
        P(S("Die Branche spricht verharmlosend von „Bestandsräumung“, als ginge es um einen Schlussverkauf.", "opinion",
            loaded=[L("„Bestandsräumung“", "euphemism", "distancing"), L("verharmlosend", "demonising")]),
          S("Tatsächlich werden fühlende Lebewesen zu Zehntausenden entsorgt, weil sich ein Produktionssystem nicht ändern will.", "opinion",
            claims=[Q("zu Zehntausenden", None, "animal", "killed", qualifier="at-least", low=20000, subject="poultry culls", group="birdflu-generic-tens")],
            loaded=[L("entsorgt", "alarmist")]),
          S("Dabei ist das Virus längst in der Umwelt: Bislang wurden in diesem Herbst an der friesmärkischen Küste 23 tote Wildvögel positiv getestet, darunter Graugänse und Möwen.",
            claims=[Q("23 tote Wildvögel", 23, "animal", None, subject="wild birds", group="birdflu-wild-birds")])),
        P(S("Die Zahlen des Landesamts für Statistik zeigen, wohin die Reise geht: Die Zahl der Ställe mit mehr als 30.000 Tieren hat sich in Wettersand seit 2010 fast verdoppelt, während gut ein Drittel der kleineren Halter aufgegeben hat.",
            claims=[Q("mehr als 30.000 Tieren", 30000, "animal", "size", qualifier="more-than", subject="large sheds", source="statistics office", group="birdflu-large-shed-size"),
                    Q("fast verdoppelt", 2, None, "increase", qualifier="about", subject="large sheds in wettersand", source="statistics office", group="birdflu-large-sheds"),
                    Q("gut ein Drittel der kleineren Halter", 33.3, "percent", None, qualifier="more-than", subject="small poultry keepers", source="statistics office", group="birdflu-small-keepers")]),
          S("„Es ist immer wieder dieselbe Tragödie, und die Politik schaut zu“, sagte Hansing.", "quote",
            loaded=[L("Tragödie", "alarmist", "reported")])),
        H("Unsere Forderungen"),
        LI(S("Eine Obergrenze von höchstens 15.000 Tieren je Stall,", "opinion",
             claims=[Q("höchstens 15.000 Tieren je Stall", 15000, "animal", None, qualifier="up-to", subject="demanded cap per shed", source=BAN, group="birdflu-demand-cap")])),
        LI(S("einen Mindestabstand von 500 Metern zwischen Geflügelställen in Neubaugebieten,", "opinion",
             claims=[Q("einen Mindestabstand von 500 Metern", 500, "metre", "distance", qualifier="at-least", subject="demanded distance between sheds", source=BAN, group="birdflu-demand-distance")])),
        LI(S("ein Landesprogramm für den Umbau hin zu kleineren Freilandbeständen.", "opinion")),
        P(S("Das Bündnis Agrarwende Nord e.V. ist ein Zusammenschluss von Umwelt-, Tierschutz- und bäuerlichen Verbänden in Friesmark."),),
    ],
    "post": ["Pressekontakt: Ole Brüning, Tel. 04721 339 18 20, presse@agrarwende-nord.example",
             "",
             "Unterstützen Sie unsere Arbeit: Spendenkonto bei der Küstensparkasse, IBAN auf unserer Website.",
             "",
             "#Geflügelpest #Agrarwende #Massentierhaltung"],
    "removed": ["Kelstedt, 5. Oktober 2028", "Pressekontakt: Ole Brüning",
                "04721 339 18 20", "presse@agrarwende-nord.example", "Unterstützen Sie unsere Arbeit", "#Geflügelpest #Agrarwende"],
}

# ------------------------------------------------------------------ Marktblatt Agrar (agricultural business paper, HTML)

MB_SITE = {
    "nav": ["Start", "Märkte", "Tierhaltung", "Ackerbau", "Technik", "Politik", "Betriebsführung"],
    "cookie": "Wir setzen Cookies und ähnliche Technologien ein, um unser Angebot zu verbessern. Ihre Einwilligung können Sie jederzeit widerrufen.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "06.10.2028 | 09:30 Uhr",
    "share": "Artikel drucken · Artikel teilen · Merkliste",
    "ad": "Anzeige – Stallklima im Griff: Lüftungstechnik vom Marktführer, jetzt Beratung anfordern",
    "related_title": "Mehr zum Thema Tierseuchen",
    "related": ["Schweinepreis: Notierung unverändert", "Tierseuchenkasse hebt Beiträge für Geflügelhalter an",
                "Marktblatt-Webinar: Biosicherheit im Legehennenstall"],
    "footer": "© 2028 Marktblatt Agrar · Impressum · Datenschutz · Abo · Mediadaten",
    "after": '<table class="marktdaten"><tr><td>Details</td><td></td><td></td></tr></table>\n'
             '<div class="tags">Themen: Geflügelpest · Eiermarkt · Wettersand · Tierseuchenkasse</div>',
}

MB = {
    "input": "heldout3/wettersand-marktblatt.html", "story": SID, "event": EV1,
    "publisher": "Marktblatt Agrar", "published": "2028-10-06T09:30:00+02:00",
    "language": "de", "authors": ["Henrike Aldag"], "sensational": False,
    "blocks": [
        H("Geflügelpest in Wettersand: Zweiter Bestand geräumt, Eierpreise ziehen an",
          loaded=[L("geräumt", "euphemism")]),
        P(S("Nach dem Ausbruch der Geflügelpest in einem Legehennenbetrieb in Hollerwiek (Landkreis Wettersand) hat der Kreis am Donnerstag auch die 7.500 Hennen eines Kontaktbetriebs töten lassen.",
            claims=[Q("die 7.500 Hennen eines Kontaktbetriebs töten lassen", 7500, "animal", "killed", subject="contact farm", source=DIST, group="birdflu-contact-flock", time=D1B)]),
          S("In Hollerwiek selbst waren bereits am Mittwoch 42.300 Legehennen gekeult worden, wie die Kreisverwaltung auf Anfrage bestätigte.",
            claims=[Q("42.300 Legehennen gekeult", 42300, "animal", "killed", subject=OUT1, source=DIST, group="birdflu-hens-hollerwiek", time=D1)])),
        P(S("Die Entscheidung über den Nachbarhof sorgt für Streit."),
          S("Kreislandwirt Hinnerk Tadsen vom Landvolk Wettersand kritisierte, die Tiere seien gesund gewesen und ohne positiven Befund getötet worden.",
            claims=[ST("die Tiere seien gesund gewesen und ohne positiven Befund getötet worden", "contact flock", "culled without positive test", "contact farm",
                       "birdflu-contact-healthy", source=TADSEN, hedged=True)]),
          S("Der Landkreis wies das zurück: In zwei von 60 Proben, die am Mittwoch in dem Bestand genommen worden seien, habe das LIT das Virus nachgewiesen.",
            claims=[ST("Der Landkreis wies das zurück", "contact flock", "culled without positive test", "contact farm",
                       "birdflu-contact-healthy", source=DIST, denial=True),
                    Q("In zwei von 60 Proben", 2, None, None, subject="contact flock", source=DIST, hedged=True, group="birdflu-positive-samples", time=D1),
                    Q("von 60 Proben", 60, None, "size", subject="contact flock", source=DIST, hedged=True, group="birdflu-samples-taken", time=D1)])),
        P(S("Für die getöteten Tiere zahlt die Tierseuchenkasse Friesmark eine Entschädigung, die sich am Marktwert orientiert und für eine Legehenne im besten Legealter bei rund 15 Euro liegt.",
            claims=[Q("rund 15 Euro", 15, "eur", "paid", qualifier="about", subject="compensation per hen", source="tierseuchenkasse friesmark", group="birdflu-compensation")]),
          S("Der Schaden des Hollerwieker Betriebs einschließlich Reinigung, Desinfektion und Produktionsausfall liegt Branchenkreisen zufolge dennoch bei etwa 700.000 Euro, weil der Stall frühestens in drei Monaten wieder belegt werden darf.",
            claims=[Q("etwa 700.000 Euro", 700000, "eur", "cost", qualifier="about", subject="hollerwiek farm loss", source="industry sources", group="birdflu-farm-loss"),
                    Q("frühestens in drei Monaten", 3, "month", "duration", qualifier="at-least", subject="restocking ban", group="birdflu-restock")])),
        P(S("Im Sperrbezirk von drei Kilometern und im Beobachtungsgebiet von zehn Kilometern rund um Hollerwiek liegen 61 Geflügelhaltungen mit zusammen etwa 310.000 Tieren – ein Bruchteil der rund 4,1 Millionen Stück Geflügel, die in den etwa 380 Betrieben des Kreises gehalten werden.",
            claims=[Q("Sperrbezirk von drei Kilometern", 3, "kilometre", "size", subject="protection zone", group="birdflu-radius-inner", time=D1),
                    Q("Beobachtungsgebiet von zehn Kilometern", 10, "kilometre", "size", subject="surveillance zone", group="birdflu-radius-outer", time=D1),
                    Q("61 Geflügelhaltungen", 61, "business", "affected", subject="restriction zones", group="birdflu-zone-farms", time=D1),
                    Q("etwa 310.000 Tieren", 310000, "animal", "affected", qualifier="about", subject="restriction zones", group="birdflu-zone-birds", time=D1),
                    Q("rund 4,1 Millionen Stück Geflügel", 4100000, "animal", "size", qualifier="about", subject="wettersand poultry", group="birdflu-district-poultry"),
                    Q("etwa 380 Betrieben", 380, "business", "size", qualifier="about", subject="wettersand poultry", group="birdflu-district-farms")]),
          S("Betroffen sind u. a. Höfe in Sielhusen und Altengroden, z. B. ein Putenmastbetrieb mit ca. 9.000 Tieren, der seine schlachtreifen Tiere derzeit nicht abgeben darf.",
            claims=[Q("ca. 9.000 Tieren", 9000, "animal", "size", qualifier="about", subject="turkey farm in sielhusen", group="birdflu-sielhusen")]),
          S("Seit Freitag gilt zudem kreisweit eine Aufstallungspflicht.",
            claims=[ST("Seit Freitag gilt zudem kreisweit eine Aufstallungspflicht", DIST, "ordered", "housing order for the district", "birdflu-housing")])),
        P(S("Für die Tierseuchenkasse ist es bereits der dritte Großeinsatz des Jahres."),
          S("Nach Angaben ihres Geschäftsführers Arne Fedders hat die Kasse 2028 schon rund 3,8 Millionen Euro an Entschädigungen ausgezahlt, fast doppelt so viel wie im gesamten Vorjahr.",
            claims=[Q("rund 3,8 Millionen Euro", 3800000, "eur", "paid", qualifier="about", subject="tierseuchenkasse compensation 2028", source="arne fedders", group="birdflu-fund-paid"),
                    Q("fast doppelt so viel wie im gesamten Vorjahr", 2, None, "increase", qualifier="about", subject="tierseuchenkasse compensation 2028", source="arne fedders", group="birdflu-fund-ratio")]),
          S("Die Beiträge für Geflügelhalter waren erst zum Jahresbeginn um 25 Prozent angehoben worden, auf nun 0,09 Euro je Legehenne.",
            claims=[Q("um 25 Prozent", 25, "percent", "increase", subject="tierseuchenkasse fees", group="birdflu-fee-rise"),
                    Q("0,09 Euro je Legehenne", 0.09, "eur", None, subject="tierseuchenkasse fees", group="birdflu-fee")])),
        H("Markt reagiert nervös"),
        P(S("Am Eiermarkt hat der Ausbruch bereits Spuren hinterlassen."),
          S("Die Notierung für Eier aus Bodenhaltung der Gewichtsklasse M stieg binnen einer Woche um vier Prozent auf 14,20 Euro je 100 Stück, meldet die Erzeugerbörse Nord.",
            claims=[Q("um vier Prozent", 4, "percent", "increase", subject="egg price", source="erzeugerbörse nord", group="birdflu-egg-rise"),
                    Q("14,20 Euro je 100 Stück", 14.2, "eur", None, subject="egg price", source="erzeugerbörse nord", group="birdflu-egg-price")]),
          S("Die Eierbranche des Landes setzt jährlich rund 1,1 Mrd. Euro um.",
            claims=[Q("rund 1,1 Mrd. Euro", 1100000000, "eur", None, qualifier="about", subject="friesmark egg industry turnover", group="birdflu-egg-turnover")]),
          S("Friesmark stellt mit gut 14 Millionen Legehennen knapp ein Fünftel des bundesweiten Bestands.",
            claims=[Q("gut 14 Millionen Legehennen", 14000000, "animal", "size", qualifier="more-than", subject="friesmark laying hens", group="birdflu-state-hens"),
                    Q("knapp ein Fünftel", 20, "percent", None, qualifier="about", subject="friesmark laying hens", group="birdflu-state-share")]),
          S("Händler rechnen mit weiter steigenden Preisen, falls weitere Bestände betroffen sein sollten: „Die Lager sind vor dem Weihnachtsgeschäft ohnehin knapp“, sagte ein Einkäufer einer großen Handelskette.")),
    ],
    "removed": ["Wir setzen Cookies", "Alle akzeptieren", "06.10.2028 | 09:30 Uhr", "Henrike Aldag", "Artikel drucken",
                "Stallklima im Griff", "Mehr zum Thema Tierseuchen", "Schweinepreis: Notierung unverändert",
                "Tierseuchenkasse hebt Beiträge", "Biosicherheit im Legehennenstall", "Details",
                "Themen: Geflügelpest · Eiermarkt", "Impressum · Datenschutz · Abo · Mediadaten"],
}

# ------------------------------------------------------------------ Coastline Post (English news site, Atom entry, second outbreak)

COAST = {
    "input": "heldout3/coastline.atom#tag:coastlinepost.example,2028:friesmark-bird-flu-turkeys-7741", "story": SID, "event": EV2,
    "publisher": "The Coastline Post", "published": "2028-10-12T08:15:00+00:00",
    "language": "en", "authors": ["Harriet Quayle"], "sensational": False,
    "blocks": [
        H("Bird flu hits second farm in Friesmark as 18,500 turkeys are culled",
          claims=[Q("18,500 turkeys are culled", 18500, "animal", "killed", subject=OUT2, group="birdflu-turkeys", time=D2)]),
        P(S("Bird flu has been confirmed at a second poultry farm in the Wettersand district of Friesmark, a week after the first outbreak, and all 18,500 turkeys in its four sheds were killed on Wednesday, local officials said.",
            claims=[Q("all 18,500 turkeys", 18500, "animal", "killed", subject=OUT2, source="officials", group="birdflu-turkeys", time=D2),
                    Q("its four sheds", 4, None, "size", subject="deepenbrok farm", group="birdflu-turkey-farm-size")]),
          S("The turkey farm in Deepenbrok lies about nine kilometres from Hollerwiek, where some 42,000 laying hens were culled last week, and 7,500 hens on a neighbouring farm were slaughtered the following day as a precaution.",
            claims=[Q("about nine kilometres", 9, "kilometre", "distance", qualifier="about", subject=OUT2, group="birdflu-distance"),
                    Q("some 42,000 laying hens", 42000, "animal", "killed", qualifier="about", subject=OUT1, group="birdflu-hens-hollerwiek", time=D1),
                    Q("7,500 hens on a neighbouring farm", 7500, "animal", "killed", subject="contact farm", group="birdflu-contact-flock", time=D1B)])),
        P(S("That brings the number of birds culled in the district to about 68,000 in eight days.",
            claims=[Q("about 68,000", 68000, "animal", "killed", qualifier="about", subject="wettersand culls", group="birdflu-total", time=TOTAL)]),
          S("The restriction zones have been widened and now cover 104 farms holding about 590,000 birds, according to the district.",
            claims=[Q("104 farms", 104, "business", "affected", subject="restriction zones", source=DIST, group="birdflu-zone-farms", time=D2),
                    Q("about 590,000 birds", 590000, "animal", "affected", qualifier="about", subject="restriction zones", source=DIST, group="birdflu-zone-birds", time=D2)])),
        P(S("The culls have angered farmers.",),
          S("The local farmers' association says the neighbouring flock at Hollerwiek was healthy and was destroyed without a positive test.",
            claims=[ST("the neighbouring flock at Hollerwiek was healthy and was destroyed without a positive test", "contact flock", "culled without positive test", "contact farm",
                       "birdflu-contact-healthy", source="farmers' association")]),
          S("The district denies this and says the virus was found in two samples taken from that flock.",
            claims=[ST("The district denies this", "contact flock", "culled without positive test", "contact farm",
                       "birdflu-contact-healthy", source=DIST, denial=True),
                    Q("two samples", 2, None, None, subject="contact flock", source=DIST, group="birdflu-positive-samples", time=D1)])),
        P(S("“Every hour counts with this virus,” district administrator Eike Dammann told reporters in Kelstedt.", "quote"),
          S("“If we wait for the last test result, the next farm is already infected.”", "quote")),
    ],
    "removed": ["Coastline Post newsletter", "Sign up"],
}

COAST_EXTRA = '<p class="promo">Get the Coastline Post newsletter every morning. <a href="https://coastlinepost.example/newsletter">Sign up</a></p>'

# ------------------------------------------------------------------ Klartext Nord (right-populist blog, no dateline block)

BLOG = {
    "input": "heldout3/wettersand-klartext-nord.txt", "story": SID, "event": EV2,
    "publisher": None, "published": None,
    "language": "de", "authors": [], "sensational": True,
    "blocks": [
        H("Massenkeulung in Wettersand: Seuchen-Bürokraten vergasen gesunde Hühner – und der Bauer zahlt die Zeche",
          claims=[ST("Seuchen-Bürokraten vergasen gesunde Hühner", "contact flock", "culled without positive test", "contact farm", "birdflu-contact-healthy")],
          loaded=[L("Massenkeulung", "alarmist"), L("Seuchen-Bürokraten", "demonising"), L("vergasen", "alarmist")]),
        P(S("Jetzt hat es auch Deepenbrok erwischt."),
          S("Fast 19.000 Puten wurden dort am Mittwoch getötet, in nur acht Tagen sind im Landkreis Wettersand damit fast 70.000 Tiere „gekeult“ worden, wie es im Amtsdeutsch so schön heißt.",
            claims=[Q("Fast 19.000 Puten", 19000, "animal", "killed", qualifier="about", subject=OUT2, group="birdflu-turkeys", time=D2),
                    Q("fast 70.000 Tiere", 70000, "animal", "killed", qualifier="about", subject="wettersand culls", group="birdflu-total", time=TOTAL)],
            loaded=[L("„gekeult“", "euphemism", "distancing")]),
          S("Der Hof liegt gut neun Kilometer vom ersten Seuchenbetrieb in Hollerwiek entfernt.",
            claims=[Q("gut neun Kilometer", 9, "kilometre", "distance", qualifier="more-than", subject=OUT2, group="birdflu-distance")])),
        P(S("Was die Staatsmedien verschweigen: Schon in der vergangenen Woche ließ der Kreis auf dem Nachbarhof in Hollerwiek Tausende kerngesunde Hennen töten, ohne dass auch nur ein einziger positiver Test vorlag.",
            claims=[ST("ließ der Kreis auf dem Nachbarhof in Hollerwiek Tausende kerngesunde Hennen töten, ohne dass auch nur ein einziger positiver Test vorlag",
                       "contact flock", "culled without positive test", "contact farm", "birdflu-contact-healthy"),
                    Q("Tausende kerngesunde Hennen", None, "animal", "killed", qualifier="at-least", low=2000, subject="contact farm", group="birdflu-contact-flock", time=D1B)],
            loaded=[L("Staatsmedien", "demonising")]),
          S("Vorsorglich, versteht sich.", "opinion"),
          S("Der Bauer darf zusehen, wie sein Lebenswerk in Containern abtransportiert wird – und bekommt dafür lächerliche 15 Euro pro Huhn aus der Tierseuchenkasse, in die er selbst jahrelang eingezahlt hat.", "opinion",
            claims=[Q("lächerliche 15 Euro pro Huhn", 15, "eur", "paid", subject="compensation per hen", group="birdflu-compensation")],
            loaded=[L("lächerliche", "belittling")])),
        P(S("„Die behandeln uns wie Verbrecher“, sagt ein Landwirt aus dem Sperrgebiet, der seinen Namen aus Angst vor den Behörden nicht in der Zeitung lesen will.", "quote",
            loaded=[L("wie Verbrecher", "alarmist", "reported")]),
          S("Kein Wunder.", "opinion"),
          S("Während in der Landeshauptstadt die Agrarwende-Lobby schon die nächste Stallobergrenze fordert, geht hier eine ganze Region vor die Hunde.", "opinion",
            loaded=[L("Agrarwende-Lobby", "demonising"), L("geht hier eine ganze Region vor die Hunde", "alarmist")])),
        P(S("Und was macht Agrarministerin Ilka Sönnichsen?"),
          S("Sie verspricht ein „Biosicherheitsprogramm“ über 4,5 Millionen Euro – verteilt auf drei Jahre und rund 2.000 Geflügelhalter im ganzen Land macht das nicht einmal 750 Euro pro Hof und Jahr.",
            claims=[Q("4,5 Millionen Euro", 4500000, "eur", "pledged", subject="biosecurity programme", source="ilka sönnichsen", group="birdflu-programme"),
                    Q("drei Jahre", 3, "year", "duration", subject="biosecurity programme", group="birdflu-programme-years"),
                    Q("rund 2.000 Geflügelhalter", 2000, "business", "size", qualifier="about", subject="friesmark poultry keepers", group="birdflu-keepers"),
                    Q("nicht einmal 750 Euro pro Hof und Jahr", 750, "eur", None, qualifier="less-than", subject="biosecurity programme per farm", group="birdflu-programme-per-farm")],
            loaded=[L("„Biosicherheitsprogramm“", "propaganda", "distancing")]),
          S("Ein Witz.", "opinion"),
          S("Nach einer Umfrage des Landvolks halten 71 Prozent der Halter im Kreis die Vorsorgetötungen für überzogen.",
            claims=[Q("71 Prozent der Halter", 71, "percent", None, subject="wettersand poultry keepers", source="landvolk wettersand", group="birdflu-poll")])),
        P(S("Wer profitiert eigentlich davon, wenn die heimischen Familienbetriebe aufgeben und die Eier künftig aus Übersee kommen?", "opinion"),
          S("Die Antwort kann sich jeder selbst geben…", "opinion"),
          S("Am Samstag wollen die Bauern in Kelstedt vor dem Kreishaus protestieren, erwartet werden mehr als 300 Traktoren.",
            claims=[Q("mehr als 300 Traktoren", 300, "vehicle", None, qualifier="more-than", subject="farmers' protest", group="birdflu-tractors")]),
          S("Seien Sie dabei!", "opinion")),
    ],
    "post": ["Teilen Sie diesen Beitrag, bevor er gelöscht wird!",
             "",
             "Unterstützen Sie unabhängigen Journalismus: Klartext Nord lebt von Ihren Spenden.",
             "",
             "Kommentare (87)",
             "",
             "Tags: #Geflügelpest #Bauernprotest #Wettersand #Bürokratie"],
    "removed": ["Teilen Sie diesen Beitrag", "Klartext Nord lebt von Ihren Spenden", "Kommentare (87)",
                "Tags: #Geflügelpest #Bauernprotest"],
}

ARTICLES = [NW, CNW, BAN_PR, MB, COAST, BLOG]
REWRITES = []

GROUPS.append(group("birdflu-confirmed", SID, "single-source",
                    "Only Nordwelle reports the LIT's confirmation of H5N1 as a statement."))


def files():
    channel = {"title": "Nordwelle – Nachrichten aus dem Norden", "link": "https://nordwelle.example/nachrichten",
               "description": "Aktuelle Meldungen von Nordwelle, dem Regionalprogramm für den Norden", "language": "de"}
    items = [(NW, "nw-2028-10-04-0912", "https://nordwelle.example/nachrichten/vogelgrippe-hollerwiek-0912", heldout3_tannenhof.NW_EXTRA),
             (heldout3_tannenhof.NW_FOLLOW, "nw-2028-09-24-1133", "https://nordwelle.example/nachrichten/kurhotel-brand-fuenf-tote-1133",
              heldout3_tannenhof.NW_EXTRA)]
    return {
        "nordwelle.rss": (render_rss(channel, items), False),
        "wettersand-cnw.txt": (render_txt(CNW), False),
        "wettersand-agrarwende.txt": (render_txt(BAN_PR), False),
        "wettersand-marktblatt.html": (render_html(MB, MB_SITE), False),
        "wettersand-klartext-nord.txt": (render_txt(BLOG), False),
    }
