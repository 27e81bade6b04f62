"""heldout3 story 4: a norovirus outbreak on the cruise ship Marisol Dawn (Bellhaven Cruises), cut
short and docked at Kessholm on 31 October 2028, and the ship's return to service a week later
(6-7 November 2028).

An English public broadcaster (HTML), a German news site (txt with dateline block; German-English pair
with the broadcaster), an English tabloid that states the family's accusation as fact and omits the
line's denial, an English cruise-trade paper, a German law-firm advertorial (gzip text, webinar advert)
and an English news site's Atom entry a week later (the feed also carries the bird-flu entry).
Invented by the twelfth writer: ship, company, port, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_atom
from heldout3_lib import group
import heldout3_gefluegel

SID = "st-marisol-norovirus"
EV1 = "ev-marisol-outbreak"
EV2 = "ev-marisol-return"
STORY = {"id": SID, "label": "Norovirus outbreak on the cruise ship Marisol Dawn",
         "events": [{"id": EV1, "label": "Norovirus outbreak: the Marisol Dawn cuts its cruise short and docks at Kessholm, 31 October 2028"},
                    {"id": EV2, "label": "The ship returns to service after a deep clean, 6 November 2028"}]}

SHIP = "marisol dawn"
BH = "bellhaven cruises"
PH = "kessholm port health authority"
OUT = "marisol dawn outbreak"
RV = "reuthner & voss"
DAY = T("2028-10-31", "2028-10-31")
SPAN = T("2028-10-21", "2028-10-31")

GROUPS = [
    group("marisol-sick-total", SID, "conflicting",
          "About 440 / 450 / more than 450 ill by 31 October - 2 November (Rundblick24, Cruise Ledger, Reuthner & Voss; 'hundreds' in HBS and the advertorial, more than 300 on the Monday before as an earlier figure) against the Bellow's 'nearly 700' for the same voyage; 518 a week later (Coastline Post) is a later figure."),
    group("marisol-sick-passengers", SID, "agreed", "More than 400 passengers ill (HBS), 412 (Cruise Ledger)."),
    group("marisol-sick-crew", SID, "agreed", "38 crew members ill (HBS, Rundblick24, Cruise Ledger)."),
    group("marisol-passengers", SID, "agreed", "2,840 passengers on board (HBS, Cruise Ledger); 'rund 2.800' (Rundblick24); 'almost 3,000' (Bellow)."),
    group("marisol-crew", SID, "agreed", "1,120 crew (HBS, Cruise Ledger); 'gut 1.100' (Rundblick24)."),
    group("marisol-hospital", SID, "agreed", "Nine passengers taken to hospital in Kessholm (HBS, Rundblick24, Cruise Ledger)."),
    group("marisol-death-cause", SID, "disputed",
          "The passenger's daughter says norovirus caused her father's death; Bellhaven denies any link (the Bellow states it as fact and omits the denial)."),
    group("marisol-cut-short", SID, "agreed", "The cruise was cut short by four days (HBS, Rundblick24, Cruise Ledger)."),
    group("marisol-nights", SID, "agreed", "A 14-night cruise (HBS, Rundblick24, Bellow, Cruise Ledger)."),
    group("marisol-deep-clean", SID, "agreed", "A deep clean of 72 hours (HBS) = three days (Rundblick24)."),
    group("marisol-outbreaks-2027", SID, "agreed", "14 outbreaks on cruise ships in 2027 (HBS, Cruise Ledger, Rundblick24)."),
    group("marisol-outbreaks-2026", SID, "agreed", "Nine outbreaks in 2026 (HBS, Cruise Ledger)."),
    group("marisol-refund", SID, "agreed", "Bellhaven refunds half the fare (Cruise Ledger, Coastline Post; 'die Hälfte' in Reuthner & Voss)."),
    group("marisol-credit", SID, "agreed", "A 25 percent credit for a future cruise (Cruise Ledger, Coastline Post)."),
    group("marisol-clients", SID, "compatible",
          "More than 120 affected passengers had contacted Reuthner & Voss by 3 November; more than 200 by 7 November (Coastline Post: a later figure)."),
    group("marisol-shares", SID, "single-source", "Only the Cruise Ledger gives the 7.8 percent fall of Bellhaven shares."),
    group("marisol-revenue", SID, "single-source", "Only the Cruise Ledger gives revenue of $3.4 billion in 2027."),
    group("marisol-fleet", SID, "agreed", "Bellhaven operates eleven ships (Cruise Ledger, Rundblick24)."),
    group("marisol-length", SID, "single-source", "Only the Bellow gives the ship's length of 312 metres."),
    group("marisol-fare-bellow", SID, "single-source", "Only the Bellow gives fares from £1,899."),
    group("marisol-fare-avg", SID, "single-source", "Only the advertorial gives the average fare of about 3,200 euros."),
    group("marisol-reduction", SID, "single-source", "Only the advertorial gives fare reductions of 30 to 50 percent."),
    group("marisol-sister-2026", SID, "agreed", "About 220 ill on the sister ship Marisol Star in 2026 (Cruise Ledger, Bellow, Rundblick24)."),
    group("marisol-cost", SID, "single-source", "Only the Coastline Post gives the cost of about $2.3 million."),
    group("marisol-boarded", SID, "single-source", "Only the Coastline Post gives the 1,960 passengers of the next cruise."),
    group("marisol-clean-days", SID, "single-source", "Only the Coastline Post gives the four days the ship lay at Kessholm."),
    group("marisol-doctors", SID, "agreed", "Four doctors on board (HBS, Bellow)."),
    group("marisol-nurses", SID, "single-source", "Only HBS gives eight nurses on board."),
    group("marisol-table", SID, "single-source", "Only HBS quotes a passenger's half of her table."),
    group("marisol-port-calls", SID, "single-source", "Only the Cruise Ledger gives Kessholm's 312 cruise calls."),
    group("marisol-port-value", SID, "single-source", "Only the Cruise Ledger gives the roughly $410 million cruise calls bring Kessholm."),
    group("marisol-build-cost", SID, "single-source", "Only the Cruise Ledger gives the ship's cost of $950 million."),
    group("marisol-increase-outbreaks", SID, "single-source", "Only Rundblick24 gives five outbreaks more than the year before."),
    group("marisol-bereavement", SID, "single-source", "Only the advertorial gives bereavement damages of 10,000 to 15,000 euros."),
    group("marisol-disembarked-healthy", SID, "single-source", "Only Rundblick24 gives about 2,400 healthy passengers disembarked."),
    group("marisol-crew-work", SID, "single-source", "Only HBS reports the union's allegation that sick crew kept serving food."),
    group("marisol-guest-origin", SID, "single-source", "Only the Cruise Ledger gives the 60 percent of guests from the U.S. and Britain."),
    group("marisol-extra-doctors", SID, "single-source", "Only the Coastline Post reports (hedged) two extra doctors."),
    group("marisol-cleaners", SID, "single-source", "Only HBS gives the 60 specialist cleaners."),
    group("marisol-limitation", SID, "single-source", "Only the advertorial gives the two-year limitation period."),
]


# ------------------------------------------------------------------ HBS News (English public broadcaster)

HBS_SITE = {
    "nav": ["Home", "News", "Business", "Travel", "Health", "Weather", "Sport"],
    "cookie": "HBS uses cookies to give you the best online experience. Manage your cookie settings.",
    "cookie_ok": "Accept and continue",
    "by": "By",
    "date_label": "31 October 2028, 16:50 GMT",
    "share": "Share: Facebook · X · WhatsApp · Copy link",
    "ad": "Advertisement – HBS Select: documentaries without ads, first month free",
    "related_title": "More on this story",
    "related": ["What is norovirus and how does it spread?", "Cruise bookings hit post-pandemic high"],
    "footer": "© 2028 Harbourline Broadcasting Service · Terms · Privacy · Accessibility",
    "after": '<div class="newsletter">Get the HBS Evening Briefing in your inbox. <a href="/newsletters">Sign up</a></div>',
}

HBS = {
    "input": "heldout3/marisol-hbs.html", "story": SID, "event": EV1,
    "publisher": "HBS News", "published": "2028-10-31T16:50:00+00:00",
    "language": "en", "authors": ["Amira Castellane"], "sensational": False,
    "blocks": [
        H("Norovirus outbreak cuts short Marisol Dawn cruise as hundreds fall ill",
          claims=[Q("hundreds fall ill", None, "person", "infected", qualifier="at-least", low=200, subject=OUT, group="marisol-sick-total", time=SPAN)]),
        P(S("The cruise ship Marisol Dawn returned to Kessholm four days early on Tuesday after more than 400 passengers and 38 crew members fell ill with norovirus during a 14-night voyage to the Nordic capitals, port health officials said.",
            claims=[Q("four days early", 4, "day", "duration", subject="cruise cut short", group="marisol-cut-short"),
                    Q("more than 400 passengers", 400, "passenger", "infected", qualifier="more-than", subject=OUT, source=PH, group="marisol-sick-passengers", time=SPAN),
                    Q("38 crew members", 38, "person", "infected", subject=OUT, source=PH, group="marisol-sick-crew", time=SPAN),
                    Q("14-night voyage", 14, None, "duration", subject="cruise", group="marisol-nights")]),
          S("Nine passengers were taken to hospital in Kessholm with severe dehydration.",
            claims=[Q("Nine passengers were taken to hospital", 9, "passenger", None, subject=OUT, group="marisol-hospital", time=DAY)])),
        P(S("The ship, operated by Bellhaven Cruises, was carrying 2,840 passengers and 1,120 crew.",
            claims=[Q("2,840 passengers", 2840, "passenger", "size", subject=SHIP, group="marisol-passengers"),
                    Q("1,120 crew", 1120, "person", "size", subject=SHIP, group="marisol-crew")]),
          S("The first cases were reported on the third day at sea, and the illness spread quickly through the dining rooms despite what the company called “enhanced sanitation measures”.",
            loaded=[L("“enhanced sanitation measures”", "euphemism", "distancing")])),
        P(S("An 81-year-old passenger from Dunmarsh died on board on Sunday."),
          S("His daughter, Fiona Lisle, told HBS her father had been “left alone in his cabin for two days” and died of dehydration caused by the virus.",
            claims=[ST("died of dehydration caused by the virus", "passenger's death", "caused by", "norovirus", "marisol-death-cause", source="fiona lisle")]),
          S("Bellhaven said the death was “not connected to the outbreak” and that the man had a serious heart condition.",
            claims=[ST("Bellhaven said the death was “not connected to the outbreak”", "passenger's death", "caused by", "norovirus", "marisol-death-cause", source=BH, denial=True)])),
        P(S("Passengers described long queues at the ship's medical centre, which has four doctors and eight nurses on board.",
            claims=[Q("four doctors", 4, "person", None, subject="ship's medical centre", group="marisol-doctors"),
                    Q("eight nurses", 8, "person", None, subject="ship's medical centre", group="marisol-nurses")]),
          S("“By day five, half the people at our table were sick, and the rest of us were afraid to leave the cabin,” said Priya Navarre, 44, who was travelling with her husband and two children.", "quote",
            claims=[Q("half the people at our table", 50, "percent", "infected", subject="passengers at one table", source="priya navarre", group="marisol-table")])),
        P(S("“We are deeply sorry for the disruption to our guests' holidays, and our thoughts are with the family who lost a loved one,” Bellhaven's chief executive Graham Oduya said in a statement.", "quote"),
          S("Some crew members were allegedly told to keep serving food while sick, a representative of the seafarers' union Nautilink said.",
            claims=[ST("Some crew members were allegedly told to keep serving food while sick", "crew members", "told to work while sick", BH,
                       "marisol-crew-work", source="nautilink", hedged=True)]),
          S("The company described the outbreak as “a limited number of cases” on Monday, when more than 300 people had already reported sick.",
            claims=[Q("more than 300 people had already reported sick", 300, "person", "infected", qualifier="more-than", subject=OUT, group="marisol-sick-total", time=T("2028-10-21", "2028-10-30"))],
            loaded=[L("“a limited number of cases”", "belittling", "distancing")])),
        P(S("The ship will now undergo a 72-hour deep clean by a team of 60 specialist cleaners before its next departure.",
            claims=[Q("a 72-hour deep clean", 72, "hour", "duration", subject="deep clean", group="marisol-deep-clean"),
                    Q("60 specialist cleaners", 60, "worker", "deployed", subject="deep clean", group="marisol-cleaners")]),
          S("Port health authorities recorded 14 norovirus outbreaks on cruise ships calling at Kessholm last year, up from nine in 2026.",
            claims=[Q("14 norovirus outbreaks", 14, None, None, subject="cruise ship outbreaks 2027", source=PH, group="marisol-outbreaks-2027"),
                    Q("up from nine in 2026", 9, None, None, subject="cruise ship outbreaks 2026", source=PH, group="marisol-outbreaks-2026")])),
    ],
    "removed": ["HBS uses cookies", "Accept and continue", "31 October 2028, 16:50 GMT", "Amira Castellane", "Share: Facebook",
                "HBS Select", "More on this story", "What is norovirus and how does it spread?", "Cruise bookings hit post-pandemic high",
                "HBS Evening Briefing", "Terms · Privacy · Accessibility"],
}

# ------------------------------------------------------------------ Rundblick24 (German news site, txt with dateline block)

RB = {
    "input": "heldout3/marisol-rundblick24.txt", "story": SID, "event": EV1,
    "publisher": "Rundblick24", "published": "2028-10-31T19:05:00+01:00",
    "language": "de", "authors": ["Paula Hemmerich"], "sensational": False,
    "pre": ["Rundblick24", "31.10.2028, 19:05 Uhr", "Von Paula Hemmerich"],
    "blocks": [
        H("Noroviren an Bord: Kreuzfahrtschiff „Marisol Dawn“ bricht Reise ab"),
        P(S("Nach einem Ausbruch des Norovirus ist das Kreuzfahrtschiff „Marisol Dawn“ vier Tage früher als geplant in seinen Heimathafen Kessholm zurückgekehrt.",
            claims=[Q("vier Tage früher als geplant", 4, "day", "duration", subject="cruise cut short", group="marisol-cut-short")]),
          S("Nach Angaben der Hafengesundheitsbehörde erkrankten während der 14-tägigen Nordland-Reise rund 440 Menschen an Brechdurchfall, darunter 38 Crewmitglieder.",
            claims=[Q("14-tägigen", 14, "day", "duration", subject="cruise", group="marisol-nights"),
                    Q("rund 440 Menschen", 440, "person", "infected", qualifier="about", subject=OUT, source=PH, group="marisol-sick-total", time=SPAN),
                    Q("darunter 38 Crewmitglieder", 38, "person", "infected", subject=OUT, source=PH, group="marisol-sick-crew", time=SPAN)]),
          S("Neun Passagiere mussten wegen starken Flüssigkeitsverlusts in Kliniken in Kessholm gebracht werden.",
            claims=[Q("Neun Passagiere", 9, "passenger", None, subject=OUT, group="marisol-hospital", time=DAY)])),
        P(S("An Bord des Schiffs der Reederei Bellhaven Cruises waren rund 2.800 Passagiere und gut 1.100 Besatzungsmitglieder, darunter laut Reederei auch etwa 350 Urlauber aus dem deutschsprachigen Raum.",
            claims=[Q("rund 2.800 Passagiere", 2800, "passenger", "size", qualifier="about", subject=SHIP, group="marisol-passengers"),
                    Q("gut 1.100 Besatzungsmitglieder", 1100, "person", "size", qualifier="more-than", subject=SHIP, group="marisol-crew"),
                    Q("etwa 350 Urlauber aus dem deutschsprachigen Raum", 350, "passenger", None, qualifier="about", subject=SHIP, source=BH, group="marisol-german-speakers")]),
          S("Die ersten Fälle waren am dritten Reisetag aufgetreten."),
          S("Nach der Ausschiffung von rund 2.400 gesunden Passagieren am Dienstagmorgen blieben die Erkrankten zunächst in ihren Kabinen und wurden erst am Nachmittag von Bord gebracht.",
            claims=[Q("rund 2.400 gesunden Passagieren", 2400, "passenger", None, qualifier="about", subject=SHIP, group="marisol-disembarked-healthy", time=DAY)]),
          S("Trotz verschärfter Hygieneregeln – die Buffets wurden geschlossen, Speisen nur noch am Tisch serviert – breitete sich das Virus rasch aus.")),
        P(S("Überschattet wird die Reise vom Tod eines 81 Jahre alten Passagiers, der am Sonntag in seiner Kabine starb."),
          S("Seine Tochter erhebt schwere Vorwürfe: Ihr Vater sei zwei Tage lang allein in der Kabine gelassen worden und an den Folgen der Infektion gestorben.",
            claims=[ST("Ihr Vater sei zwei Tage lang allein in der Kabine gelassen worden und an den Folgen der Infektion gestorben", "passenger's death", "caused by", "norovirus",
                       "marisol-death-cause", source="fiona lisle", hedged=True)]),
          S("Die Reederei weist das zurück.",
            claims=[ST("Die Reederei weist das zurück", "passenger's death", "caused by", "norovirus", "marisol-death-cause", source=BH, denial=True)]),
          S("Der Tod stehe „in keinem Zusammenhang mit dem Ausbruch“, der Mann sei schwer herzkrank gewesen, teilte Bellhaven mit.")),
        P(S("Für die Reederei, die elf Schiffe betreibt, ist es nicht der erste Fall dieser Art.",
            claims=[Q("elf Schiffe", 11, "ship", "size", subject=BH, group="marisol-fleet")]),
          S("Bereits 2026 waren auf dem Schwesterschiff „Marisol Star“ rund 220 Menschen an dem Virus erkrankt.",
            claims=[Q("rund 220 Menschen", 220, "person", "infected", qualifier="about", subject="marisol star outbreak 2026", group="marisol-sister-2026")]),
          S("Die Hafengesundheitsbehörde zählte im vergangenen Jahr 14 Norovirus-Ausbrüche auf Kreuzfahrtschiffen, die Kessholm anliefen – fünf mehr als im Jahr davor.",
            claims=[Q("14 Norovirus-Ausbrüche", 14, None, None, subject="cruise ship outbreaks 2027", source=PH, group="marisol-outbreaks-2027"),
                    Q("fünf mehr als im Jahr davor", 5, None, "increase", subject="cruise ship outbreaks 2027", source=PH, group="marisol-increase-outbreaks")])),
        P(S("Vor der nächsten Abfahrt soll das Schiff drei Tage lang von Grund auf desinfiziert werden.",
            claims=[Q("drei Tage lang", 3, "day", "duration", subject="deep clean", group="marisol-deep-clean")]),
          S("Noroviren gelten als extrem ansteckend: Schon etwa zehn bis 100 Viruspartikel reichen nach Angaben von Medizinern für eine Infektion aus.",
            claims=[Q("etwa zehn bis 100 Viruspartikel", None, None, None, qualifier="range", low=10, high=100, subject="norovirus infectious dose", source="doctors", group="marisol-dose")]),
          S("Auf Kreuzfahrtschiffen, wo Tausende Menschen auf engem Raum zusammenkommen, kommt es deshalb immer wieder zu größeren Ausbrüchen.")),
    ],
    "post": ["Themen: Kreuzfahrt · Gesundheit · Reisen",
             "",
             "Auch interessant:",
             "- Reiserecht: Wann Urlauber Geld zurückbekommen",
             "- Die größten Kreuzfahrtschiffe der Welt",
             "",
             "Rundblick24 – Nachrichten rund um die Uhr"],
    "removed": ["31.10.2028, 19:05 Uhr", "Von Paula Hemmerich", "Themen: Kreuzfahrt · Gesundheit · Reisen", "Auch interessant:",
                "Reiserecht: Wann Urlauber Geld zurückbekommen", "Die größten Kreuzfahrtschiffe der Welt",
                "Nachrichten rund um die Uhr"],
}

GROUPS += [
    group("marisol-german-speakers", SID, "single-source", "Only Rundblick24 gives about 350 German-speaking holidaymakers."),
    group("marisol-dose", SID, "single-source", "Only Rundblick24 gives the infectious dose of ten to 100 particles."),
]

# ------------------------------------------------------------------ The Daily Bellow (tabloid)

BELLOW = {
    "input": "heldout3/marisol-daily-bellow.txt", "story": SID, "event": EV1,
    "publisher": "The Daily Bellow", "published": "2028-11-01T06:00:00+00:00",
    "language": "en", "authors": ["Shane Mulgrew"], "sensational": True,
    "pre": ["THE DAILY BELLOW", "Wednesday, November 1, 2028", "By Shane Mulgrew"],
    "blocks": [
        H("PLAGUE SHIP OF HORRORS: Grandad dies as vomiting bug sweeps cruise liner",
          claims=[ST("Grandad dies as vomiting bug sweeps cruise liner", "passenger's death", "caused by", "norovirus", "marisol-death-cause")],
          loaded=[L("PLAGUE SHIP OF HORRORS", "alarmist")]),
        P(S("A dream holiday turned into a floating nightmare for almost 3,000 passengers on the Marisol Dawn — and a devoted grandad paid with his life.",
            claims=[Q("almost 3,000 passengers", 3000, "passenger", "size", qualifier="about", subject=SHIP, group="marisol-passengers")],
            loaded=[L("floating nightmare", "alarmist")])),
        P(S("Nearly 700 holidaymakers were struck down by the vile winter vomiting bug as it tore through the 312-metre ship on its 14-night jaunt around the Nordic capitals.",
            claims=[Q("Nearly 700 holidaymakers", 700, "person", "infected", qualifier="about", subject=OUT, group="marisol-sick-total", time=SPAN),
                    Q("312-metre", 312, "metre", "size", subject=SHIP, group="marisol-length"),
                    Q("14-night", 14, None, "duration", subject="cruise", group="marisol-nights")],
            loaded=[L("vile", "alarmist"), L("tore through", "alarmist")]),
          S("Retired postman Walter Lisle, 81, died alone in his cabin after being left to waste away for two days without a doctor.",
            claims=[ST("died alone in his cabin after being left to waste away for two days without a doctor", "passenger's death", "caused by", "norovirus", "marisol-death-cause")],
            loaded=[L("left to waste away", "alarmist")]),
          S("The virus killed him.",
            claims=[ST("The virus killed him", "passenger's death", "caused by", "norovirus", "marisol-death-cause")])),
        P(S("“They just shoved a bottle of water through the door and walked away,” sobbed his heartbroken daughter Fiona, 52.", "quote",
            loaded=[L("shoved", "demonising", "reported")]),
          S("“My dad paid thousands for that trip. He came home in a coffin.”", "quote",
            claims=[Q("thousands", None, "gbp", "paid", qualifier="at-least", low=2000, subject="walter lisle's fare", source="fiona lisle", group="marisol-fare-lisle")])),
        P(S("Fares on the floating petri dish start at £1,899 a head.",
            claims=[Q("£1,899 a head", 1899, "gbp", None, qualifier="at-least", subject="cruise fare", group="marisol-fare-bellow")],
            loaded=[L("floating petri dish", "alarmist")]),
          S("Yet passengers told the Bellow the penny-pinching bosses at Bellhaven kept the all-you-can-eat buffets open for two more days after the first guests fell sick.",
            claims=[Q("two more days", 2, "day", "duration", subject="buffets kept open", source="passengers", group="marisol-buffet-days")],
            loaded=[L("penny-pinching bosses", "demonising")]),
          S("It's not the first time, either: two years ago some 220 people fell ill on sister ship Marisol Star.",
            claims=[Q("some 220 people fell ill", 220, "person", "infected", qualifier="about", subject="marisol star outbreak 2026", group="marisol-sister-2026")])),
        P(S("Worried passengers say the ship had just FOUR doctors for a floating town of nearly 4,000 souls.",
            claims=[Q("just FOUR doctors", 4, "person", None, subject="ship's medical centre", source="passengers", group="marisol-doctors"),
                    Q("nearly 4,000 souls", 4000, "person", "size", qualifier="about", subject=SHIP, source="passengers", group="marisol-aboard")],
            loaded=[L("floating town", "alarmist")]),
          S("One told us: “You could hear people being sick through the walls all night.”", "quote")),
        P(S("Hats off to the brave cabin stewards who kept working through the chaos while their bosses hid behind press releases.", "opinion",
            loaded=[L("brave cabin stewards", "glorifying"), L("hid behind press releases", "demonising")]),
          S("How many more holidays have to end like this before someone at Bellhaven is held to account?", "opinion"),
          S("Walter deserved better.", "opinion")),
    ],
    "post": ["Got a story? Call the Bellow newsdesk or email tips@dailybellow.example",
             "",
             "MOST READ",
             "- Soap star's secret wedding",
             "- 10 signs you've caught norovirus",
             "",
             "#cruise #norovirus #MarisolDawn"],
    "removed": ["THE DAILY BELLOW", "Wednesday, November 1, 2028", "By Shane Mulgrew", "tips@dailybellow.example", "MOST READ",
                "Soap star's secret wedding", "10 signs you've caught norovirus", "#cruise #norovirus"],
}

GROUPS += [
    group("marisol-aboard", SID, "single-source", "Only the Bellow gives nearly 4,000 people aboard (passengers and crew together)."),
    group("marisol-fare-lisle", SID, "single-source", "Only the Bellow quotes the daughter's 'thousands' paid for the trip."),
    group("marisol-buffet-days", SID, "single-source", "Only the Bellow says the buffets stayed open for two more days."),
]

# ------------------------------------------------------------------ Cruise Ledger (English trade paper)

LEDGER = {
    "input": "heldout3/marisol-cruise-ledger.txt", "story": SID, "event": EV1,
    "publisher": "Cruise Ledger", "published": "2028-11-02T12:00:00+00:00",
    "language": "en", "authors": ["Nathaniel Brisk"], "sensational": False,
    "pre": ["Cruise Ledger", "2 November 2028 · 12:00", "By Nathaniel Brisk, Industry Editor"],
    "blocks": [
        H("Bellhaven shares slide 7.8% as Marisol Dawn outbreak tally reaches 450",
          claims=[Q("Bellhaven shares slide 7.8%", 7.8, "percent", "decrease", subject="bellhaven shares", group="marisol-shares", time=T("2028-11-01", "2028-11-01")),
                  Q("reaches 450", 450, "person", "infected", subject=OUT, group="marisol-sick-total", time=SPAN)]),
        P(S("Shares in Bellhaven Cruises fell 7.8% on Wednesday, their biggest one-day drop in two years, after the company confirmed that 450 people had fallen ill during a norovirus outbreak on its ship Marisol Dawn.",
            claims=[Q("fell 7.8% on Wednesday", 7.8, "percent", "decrease", subject="bellhaven shares", group="marisol-shares", time=T("2028-11-01", "2028-11-01")),
                    Q("450 people had fallen ill", 450, "person", "infected", subject=OUT, source=BH, group="marisol-sick-total", time=SPAN)]),
          S("Of those, 412 were passengers and 38 members of the 1,120-strong crew, a spokeswoman said.",
            claims=[Q("412 were passengers", 412, "passenger", "infected", subject=OUT, source=BH, group="marisol-sick-passengers", time=SPAN),
                    Q("38 members of the 1,120-strong crew", 38, "person", "infected", subject=OUT, source=BH, group="marisol-sick-crew", time=SPAN),
                    Q("1,120-strong crew", 1120, "person", "size", subject=SHIP, source=BH, group="marisol-crew")])),
        P(S("The 14-night sailing, with 2,840 guests aboard, was cut short by four days; nine passengers needed hospital treatment in Kessholm.",
            claims=[Q("14-night", 14, None, "duration", subject="cruise", group="marisol-nights"),
                    Q("2,840 guests", 2840, "passenger", "size", subject=SHIP, group="marisol-passengers"),
                    Q("cut short by four days", 4, "day", "duration", subject="cruise cut short", group="marisol-cut-short"),
                    Q("nine passengers needed hospital treatment", 9, "passenger", None, subject=OUT, group="marisol-hospital", time=DAY)]),
          S("Bellhaven is refunding half the fare to everyone on board and offering a 25% credit on a future cruise, a package analysts at Tollard Securities estimate will cost the line between $6 million and $8 million.",
            claims=[Q("half the fare", 50, "percent", "paid", subject="refund", source=BH, group="marisol-refund"),
                    Q("a 25% credit", 25, "percent", None, subject="future cruise credit", source=BH, group="marisol-credit"),
                    Q("between $6 million and $8 million", None, "usd", "cost", qualifier="range", low=6000000, high=8000000, subject="refund package", source="tollard securities", group="marisol-refund-cost")])),
        P(S("The line operates eleven ships and reported revenue of $3.4 billion for 2027; around 60% of its guests come from the U.S. and Britain.",
            claims=[Q("eleven ships", 11, "ship", "size", subject=BH, group="marisol-fleet"),
                    Q("$3.4 billion", 3400000000, "usd", None, subject="bellhaven revenue 2027", group="marisol-revenue"),
                    Q("around 60% of its guests", 60, "percent", None, qualifier="about", subject="bellhaven guests from the u.s. and britain", group="marisol-guest-origin")]),
          S("Analysts said the direct cost was manageable but the reputational damage less so, coming two years after about 220 guests fell ill on the sister ship Marisol Star.",
            claims=[Q("about 220 guests fell ill", 220, "passenger", "infected", qualifier="about", subject="marisol star outbreak 2026", group="marisol-sister-2026")])),
        P(S("Kessholm, Bellhaven's home port, handled 312 cruise calls last year, worth roughly $410 million to the local economy, according to the port authority.",
            claims=[Q("312 cruise calls", 312, None, None, subject="kessholm cruise calls", source="port authority", group="marisol-port-calls"),
                    Q("roughly $410 million", 410000000, "usd", None, qualifier="about", subject="kessholm cruise economy", source="port authority", group="marisol-port-value")]),
          S("The Marisol Dawn, delivered in 2021 at a cost of $950 million, is one of the line's two largest vessels.",
            claims=[Q("$950 million", 950000000, "usd", "cost", subject=SHIP, group="marisol-build-cost")])),
        P(S("The company continues to reject claims by a passenger's family that norovirus caused the death of an 81-year-old man on board.",
            claims=[ST("The company continues to reject claims by a passenger's family that norovirus caused the death of an 81-year-old man on board",
                       "passenger's death", "caused by", "norovirus", "marisol-death-cause", source=BH, denial=True)]),
          S("Internally, the episode is being handled as a “gastrointestinal illness event”, according to a memo seen by Cruise Ledger.",
            loaded=[L("“gastrointestinal illness event”", "euphemism", "reported")])),
        P(S("Norovirus remains the industry's most persistent headache.",),
          S("Port health authorities logged 14 outbreaks on cruise ships calling at Kessholm in 2027, against nine the year before, while bookings across the sector rose about 11%.",
            claims=[Q("14 outbreaks", 14, None, None, subject="cruise ship outbreaks 2027", source=PH, group="marisol-outbreaks-2027"),
                    Q("nine the year before", 9, None, None, subject="cruise ship outbreaks 2026", source=PH, group="marisol-outbreaks-2026"),
                    Q("rose about 11%", 11, "percent", "increase", qualifier="about", subject="cruise bookings", group="marisol-bookings")])),
    ],
    "post": ["Cruise Ledger Premium: unlock fleet data, order books and port calls.",
             "",
             "Related: Port fees rise across the Nordic range | New-build orders at record",
             "",
             "Upcoming: Cruise Ledger Operations Forum, Kessholm, 16 January 2029 – early-bird tickets $390"],
    "removed": ["2 November 2028 · 12:00", "By Nathaniel Brisk, Industry Editor", "Cruise Ledger Premium",
                "Related: Port fees rise across the Nordic range", "Cruise Ledger Operations Forum", "early-bird tickets $390"],
}

GROUPS += [
    group("marisol-refund-cost", SID, "single-source", "Only the Cruise Ledger gives the analysts' $6-8 million."),
    group("marisol-bookings", SID, "single-source", "Only the Cruise Ledger gives bookings up about 11 percent."),
]

# ------------------------------------------------------------------ Reuthner & Voss (law-firm advertorial, gzip text)

RV_ART = {
    "input": "heldout3/marisol-reuthner-voss.txt.gz", "story": SID, "event": EV1,
    "publisher": "Reuthner & Voss Rechtsanwälte", "published": "2028-11-03T08:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Reuthner & Voss Rechtsanwälte", "03.11.2028", "08:00 Uhr"],
    "blocks": [
        H("Horror-Kreuzfahrt auf der „Marisol Dawn“: Diese Rechte haben betroffene Passagiere jetzt",
          loaded=[L("Horror-Kreuzfahrt", "alarmist")]),
        P(S("Für Hunderte Urlauber endete die Nordland-Kreuzfahrt der „Marisol Dawn“ im Albtraum.",
            claims=[Q("Hunderte Urlauber", None, "person", "infected", qualifier="at-least", low=200, subject=OUT, group="marisol-sick-total", time=SPAN)],
            loaded=[L("Albtraum", "alarmist")]),
          S("Mehr als 450 Menschen an Bord erkrankten am Norovirus, die Reise wurde abgebrochen, ein Passagier soll an den Folgen der Infektion gestorben sein.",
            claims=[Q("Mehr als 450 Menschen", 450, "person", "infected", qualifier="more-than", subject=OUT, group="marisol-sick-total", time=SPAN),
                    ST("ein Passagier soll an den Folgen der Infektion gestorben sein", "passenger's death", "caused by", "norovirus", "marisol-death-cause", hedged=True)]),
          S("Seit Dienstag haben sich bereits mehr als 120 Betroffene bei unserer Kanzlei gemeldet.",
            claims=[Q("mehr als 120 Betroffene", 120, "passenger", None, qualifier="more-than", subject="reuthner & voss clients", source=RV, group="marisol-clients", time=T("2028-10-31", "2028-11-03"))])),
        H("Was steht Ihnen zu?"),
        P(S("Nach dem Reiserecht liegt ein Reisemangel vor, wenn Leistungen wie Ausflüge, Landgänge oder die Verpflegung wegen eines Ausbruchs an Bord ausfallen."),
          S("Gerichte haben Urlaubern in vergleichbaren Fällen Minderungen von 30 bis 50 Prozent des Reisepreises zugesprochen, bei einer durchschnittlichen Buchung von rund 3.200 Euro pro Person also bis zu 1.600 Euro.",
            claims=[Q("Minderungen von 30 bis 50 Prozent des Reisepreises", None, "percent", None, qualifier="range", low=30, high=50, subject="fare reduction", source=RV, group="marisol-reduction"),
                    Q("rund 3.200 Euro pro Person", 3200, "eur", None, qualifier="about", subject="average fare", source=RV, group="marisol-fare-avg"),
                    Q("bis zu 1.600 Euro", 1600, "eur", "paid", qualifier="up-to", subject="fare reduction", source=RV, group="marisol-reduction-eur")]),
          S("Die Reederei bietet zwar an, die Hälfte des Reisepreises zu erstatten.",
            claims=[Q("die Hälfte des Reisepreises", 50, "percent", "paid", subject="refund", source=BH, group="marisol-refund")]),
          S("Doch wer dieses Angebot vorschnell annimmt, verzichtet womöglich auf weitergehende Ansprüche – etwa auf Schmerzensgeld oder auf Entschädigung für nutzlos aufgewendete Urlaubszeit.", "opinion")),
        P(S("Lassen Sie sich nicht mit einem Gutschein abspeisen!", "opinion",
            loaded=[L("abspeisen", "belittling")]),
          S("Die großen Reedereien setzen darauf, dass Betroffene aus Unwissenheit klein beigeben.", "opinion",
            loaded=[L("klein beigeben", "belittling")]),
          S("Ansprüche verjähren in der Regel nach zwei Jahren, doch je früher Sie Belege, Fotos und ärztliche Atteste sichern, desto besser stehen Ihre Chancen.",
            claims=[Q("nach zwei Jahren", 2, "year", "duration", subject="limitation period", source=RV, group="marisol-limitation")]),
          S("Wir prüfen Ihren Fall kostenlos und unverbindlich.", "opinion")),
        P(S("Besonders tragisch ist der Fall eines 81-jährigen Passagiers, der während der Reise an Bord verstarb."),
          S("Hinterbliebene können in solchen Fällen neben den Reisekosten unter Umständen ein Hinterbliebenengeld geltend machen, für das Gerichte zuletzt Beträge zwischen 10.000 und 15.000 Euro zugesprochen haben.",
            claims=[Q("zwischen 10.000 und 15.000 Euro", None, "eur", "paid", qualifier="range", low=10000, high=15000, subject="bereavement damages", source=RV, group="marisol-bereavement")]),
          S("Zögern Sie nicht: Jeder Tag, an dem Beweise verloren gehen, spielt der Reederei in die Hände.", "opinion")),
    ],
    "post": ["Kostenloses Online-Seminar: „Urlaub verdorben – Geld zurück?“",
             "Mittwoch, 08.11.2028 · 18:30 Uhr",
             "Referenten:",
             "",
             "Dr. Carsten Reuthner, Fachanwalt für Reiserecht",
             "",
             "Prof. Dr. Ines Voss",
             "",
             "Unter allen Teilnehmenden verlosen wir einen Reisegutschein im Wert von 1.000 €.",
             "",
             "Bereits 940 Anmeldungen",
             "",
             "Details | |",
             "",
             "- Reiserecht",
             "- Fluggastrechte",
             "- Kontakt"],
    "removed": ["03.11.2028", "08:00 Uhr", "Kostenloses Online-Seminar", "Mittwoch, 08.11.2028 · 18:30 Uhr", "Dr. Carsten Reuthner, Fachanwalt",
                "Prof. Dr. Ines Voss", "Reisegutschein im Wert von 1.000 €", "Bereits 940 Anmeldungen", "Details | |", "- Fluggastrechte"],
}

GROUPS += [
    group("marisol-reduction-eur", SID, "single-source", "Only the advertorial gives up to 1,600 euros."),
]

# ------------------------------------------------------------------ Coastline Post (English news site, Atom entry, a week later)

COAST = {
    "input": "heldout3/coastline.atom#tag:coastlinepost.example,2028:marisol-dawn-sails-again-7902", "story": SID, "event": EV2,
    "publisher": "The Coastline Post", "published": "2028-11-07T09:40:00+00:00",
    "language": "en", "authors": ["Harriet Quayle"], "sensational": False,
    "blocks": [
        H("Marisol Dawn sails again after norovirus clean-up as final tally rises to 518"),
        P(S("The cruise ship Marisol Dawn left Kessholm on Monday evening with 1,960 passengers aboard, a week after a norovirus outbreak forced it to cut short its previous voyage.",
            claims=[Q("1,960 passengers", 1960, "passenger", None, subject="next cruise", group="marisol-boarded", time=T("2028-11-06", "2028-11-06"))]),
          S("In all, 518 people who were on that cruise fell ill, the port health authority said in its final count, up from 450 reported last week, as cases among passengers who had already gone home were added.",
            claims=[Q("518 people who were on that cruise fell ill", 518, "person", "infected", subject=OUT, source=PH, group="marisol-sick-total", time=T("2028-10-21", "2028-11-06")),
                    Q("up from 450 reported last week", 450, "person", "infected", subject=OUT, source=PH, group="marisol-sick-total", time=SPAN)])),
        P(S("The ship spent four days alongside in Kessholm while crews disinfected every cabin, handrail and lift button, a clean-up Bellhaven Cruises put at about $2.3 million, not counting refunds.",
            claims=[Q("four days", 4, "day", "duration", subject="ship in port", group="marisol-clean-days"),
                    Q("about $2.3 million", 2300000, "usd", "cost", qualifier="about", subject="clean-up", source=BH, group="marisol-cost")]),
          S("Bellhaven is reportedly adding two doctors to the ship's medical team for the coming winter season.",
            claims=[Q("two doctors", 2, "person", None, subject="ship's medical centre", hedged=True, group="marisol-extra-doctors")]),
          S("Passengers on the interrupted voyage are being offered a refund of 50% of their fare and a 25% credit towards another cruise.",
            claims=[Q("a refund of 50% of their fare", 50, "percent", "paid", subject="refund", group="marisol-refund"),
                    Q("a 25% credit", 25, "percent", None, subject="future cruise credit", group="marisol-credit")])),
        P(S("That has not satisfied everyone.",),
          S("The German law firm Reuthner & Voss says more than 200 former passengers have now contacted it about possible claims.",
            claims=[Q("more than 200 former passengers", 200, "passenger", None, qualifier="more-than", subject="reuthner & voss clients", source=RV, group="marisol-clients", time=T("2028-10-31", "2028-11-07"))]),
          S("The family of Walter Lisle, the 81-year-old who died on board, has asked for an independent post-mortem; Bellhaven maintains his death was unrelated to the virus.",
            claims=[ST("Bellhaven maintains his death was unrelated to the virus", "passenger's death", "caused by", "norovirus", "marisol-death-cause", source=BH, denial=True)])),
    ],
    "removed": ["Coastline Post newsletter", "Sign up"],
}

ARTICLES = [HBS, RB, BELLOW, LEDGER, RV_ART, COAST]
REWRITES = []


def files():
    feed = {"title": "The Coastline Post – Latest", "link": "https://coastlinepost.example/",
            "id": "tag:coastlinepost.example,2028:feed", "updated": "2028-11-07T09:40:00+00:00", "language": "en"}
    entries = [(COAST, "tag:coastlinepost.example,2028:marisol-dawn-sails-again-7902",
                "https://coastlinepost.example/travel/marisol-dawn-sails-again-7902", heldout3_gefluegel.COAST_EXTRA),
               (heldout3_gefluegel.COAST, "tag:coastlinepost.example,2028:friesmark-bird-flu-turkeys-7741",
                "https://coastlinepost.example/europe/friesmark-bird-flu-turkeys-7741", heldout3_gefluegel.COAST_EXTRA)]
    return {
        "marisol-hbs.html": (render_html(HBS, HBS_SITE), False),
        "marisol-rundblick24.txt": (render_txt(RB), False),
        "marisol-daily-bellow.txt": (render_txt(BELLOW), False),
        "marisol-cruise-ledger.txt": (render_txt(LEDGER), False),
        "marisol-reuthner-voss.txt.gz": (render_txt(RV_ART), True),
        "coastline.atom": (render_atom(feed, entries), False),
    }
