"""dev30 story 5: a heatwave in Brezonien / Brezonia. On Saturday, 16 July 2050, the weather station of Pellwick measures
41.3 °C (106.3 °F) at 4:40 p.m., a national record (the old one, 40.2 °C, from 2046). Heat deaths since Wednesday, 13 July: at
least 14 by Saturday and Sunday morning, 17 by Sunday evening. Water restrictions in about 120 municipalities (regional paper)
or more than 150 (broadcaster). The medical association says the government scrapped the national heat action plan in 2049;
the health ministry denies it (the plan is being revised).

A German tabloid on Saturday evening (Blitz am Abend, text), an English broadcaster on Sunday (Radio Brezonia World, an entry
of rbw-english.atom, written here with the KVN entry of dev30_kvn.py), the Pellwick regional paper on Monday (Südbrezoner
Rundschau, txt.gz) and an English left-wing blog on Monday (Brezonia Left Voice, HTML: the plan's scrapping as fact).
Invented: all names and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_atom, render_html, render_txt
import dev30_kvn

SID = "st-brezonia-heatwave"
EV = "ev-heat-record"
STORY = {"id": SID, "label": "Heatwave and national temperature record in Brezonien",
         "events": [{"id": EV, "label": "The record of 41.3 °C at Pellwick, the heat deaths and the water restrictions (13–18 July 2050)"}]}

EVENT = "brezonia heatwave"
SAT = T("2050-07-16", "2050-07-16")
SUN = T("2050-07-17", "2050-07-17")
MON = T("2050-07-18", "2050-07-18")
TUE = T("2050-07-19", "2050-07-19")
TO_SAT = T("2050-07-13", "2050-07-16")
TO_SUN = T("2050-07-13", "2050-07-17")
PLAN = ("government", "halted", "national heat action plan")

GROUPS = [
    {"id": "hitze-record", "story": SID, "status": "agreed",
     "why": "41.3 °C at Pellwick (Blitz, Radio with 106.3 °F, Rundschau, Left Voice with '106F')."},
    {"id": "hitze-old-record", "story": SID, "status": "agreed", "why": "The old record of 40.2 °C from 2046 (Radio, Rundschau)."},
    {"id": "hitze-dead", "story": SID, "status": "compatible",
     "why": "At least 14 heat deaths by Saturday (Blitz, Radio, Rundschau), three more on Sunday (Rundschau: a further batch) and 17 by Sunday evening (Left Voice): parts, a total and a later figure."},
    {"id": "hitze-towns", "story": SID, "status": "conflicting",
     "why": "Water restrictions in more than 150 municipalities (Radio) against about 120 (Rundschau)."},
    {"id": "hitze-provinces", "story": SID, "status": "agreed", "why": "Nine provinces at the highest alert (Blitz, Radio)."},
    {"id": "hitze-forecast", "story": SID, "status": "compatible",
     "why": "Forecasts for Tuesday of up to 43 degrees (Blitz) and up to 42C (Radio): bounds of different numbers."},
    {"id": "hitze-plan", "story": SID, "status": "disputed",
     "why": "The medical association says the government scrapped the heat action plan (Radio, Rundschau; Left Voice as fact); the health ministry denies it (Radio, Rundschau)."},
    {"id": "hitze-bathers", "story": SID, "status": "single-source", "why": "8,200 bathers at Pellwick's lido (Blitz only)."},
    {"id": "hitze-callouts", "story": SID, "status": "single-source", "why": "More than 300 heat call-outs in Pellwick district (Rundschau only)."},
    {"id": "hitze-plan-cost", "story": SID, "status": "single-source", "why": "The plan's €4 million (Left Voice only)."},
    {"id": "hitze-2043", "story": SID, "status": "single-source", "why": "The recalled 2043 heatwave with more than 600 dead (Left Voice only)."},
    {"id": "hitze-residents", "story": SID, "status": "single-source", "why": "Three care-home residents collapsed (Left Voice only, a nurse's quote)."},
]

# ------------------------------------------------------------------ Blitz am Abend (de tabloid, text; Saturday evening)

BL = {
    "input": "dev30/hitze-blitz.txt", "story": SID, "event": EV,
    "publisher": "Blitz am Abend", "published": "2050-07-16T19:30:00+02:00",
    "language": "de", "authors": ["Ronny Falk"], "sensational": True,
    "pre": ["BLITZ AM ABEND", "16.07.2050 – 19:30 Uhr", "Von Ronny Falk"],
    "blocks": [
        H("HÖLLEN-HITZE! 41,3 Grad – Brezonien glüht wie ein Backofen",
          claims=[Q("41,3 Grad", 41.3, "degree", None, subject=EVENT, group="hitze-record", time=SAT)],
          loaded=[L("HÖLLEN-HITZE", "alarmist"), L("glüht wie ein Backofen", "alarmist")]),
        P(S("Die Hitze-Hölle hat unser Land fest im Griff!", "opinion", loaded=[L("Hitze-Hölle", "alarmist")]),
          S("In Pellwick kletterte das Thermometer am Samstag um 16.40 Uhr auf 41,3 Grad – so heiß war es in Brezonien noch nie!",
            claims=[Q("auf 41,3 Grad", 41.3, "degree", None, subject=EVENT, group="hitze-record", time=SAT)])),
        P(S("Mindestens 14 Menschen sind nach Angaben des Gesundheitsministeriums seit Mittwoch an den Folgen der Hitze gestorben.",
            claims=[Q("Mindestens 14 Menschen", 14, "person", "killed", "at-least", subject=EVENT, source="health ministry", group="hitze-dead", time=TO_SAT)]),
          S("Das Wetteramt hat für neun Provinzen die höchste Warnstufe ausgerufen – zum dritten Mal in diesem Sommer.",
            claims=[Q("neun Provinzen", 9, None, None, subject="weather service", source="weather service", group="hitze-provinces", time=SAT)]),
          S("Und es soll noch heißer werden: Meteorologen erwarten für Dienstag bis zu 43 Grad.",
            claims=[Q("bis zu 43 Grad", 43, "degree", None, "up-to", subject=EVENT, source="meteorologists", group="hitze-forecast", time=TUE)])),
        P(S("Rentnerin Hilde B. (87) aus Korrin stöhnt: „So etwas habe ich in meinem ganzen Leben nicht erlebt.“", "quote"),
          S("Freibäder melden dagegen Besucherrekorde: Allein das Strandbad Pellwick zählte am Samstag 8.200 Badegäste.",
            claims=[Q("8.200 Badegäste", 8200, "person", None, subject="strandbad pellwick", source="strandbad pellwick", group="hitze-bathers", time=SAT)])),
        P(S("Trinken Sie viel und meiden Sie die Mittagssonne!", "opinion"),
          S("Und schauen Sie nach Ihren älteren Nachbarn!", "opinion")),
    ],
    "post": ["Mehr Hitze-News: Seite 6 und 7", "Wetter-Hotline: 0900 3344 55 (1,99 €/Min.)", "© Blitz am Abend"],
    "removed": ["Von Ronny Falk", "Mehr Hitze-News", "Wetter-Hotline", "1,99 €/Min."],
}

# ------------------------------------------------------------------ Radio Brezonia World (en broadcaster, Atom entry; Sunday)

RBW = {
    "input": "dev30/rbw-english.atom#rbw-2050-07-17-heat", "story": SID, "event": EV,
    "publisher": "Radio Brezonia World", "published": "2050-07-17T09:00:00+02:00",
    "language": "en", "authors": ["Lena Foss"], "sensational": False,
    "blocks": [
        H("Brezonia records its hottest day as heat deaths rise"),
        P(S("Temperatures reached 41.3C (106.3F) in the southern town of Pellwick on Saturday afternoon, the highest ever recorded in Brezonia, the national weather service said.",
            claims=[Q("41.3C", 41.3, "degree", None, subject=EVENT, source="weather service", group="hitze-record", time=SAT),
                    Q("106.3F", 106.3, "degree", None, subject=EVENT, source="weather service", group="hitze-record", time=SAT)]),
          S("The previous record, 40.2C, was set in 2046.",
            claims=[Q("40.2C", 40.2, "degree", None, subject="2046 heat record", group="hitze-old-record", time=T("2046-01-01", "2046-12-31"))])),
        P(S("At least 14 people have died from heat-related causes since Wednesday, according to the health ministry.",
            claims=[Q("At least 14 people", 14, "person", "killed", "at-least", subject=EVENT, source="health ministry", group="hitze-dead", time=TO_SAT)]),
          S("Water use is restricted in more than 150 municipalities, and nine provinces are under the highest heat alert.",
            claims=[Q("more than 150 municipalities", 150, None, "affected", "more-than", subject=EVENT, group="hitze-towns", time=SUN),
                    Q("nine provinces", 9, None, None, subject="weather service", group="hitze-provinces", time=SUN)]),
          S("Forecasters expect up to 42C on Tuesday.",
            claims=[Q("up to 42C", 42, "degree", None, "up-to", subject=EVENT, source="weather service", group="hitze-forecast", time=TUE)])),
        P(S("The Brezonian Medical Association has accused the government of scrapping the national heat action plan last year.",
            claims=[ST("accused the government of scrapping the national heat action plan last year", *PLAN, "hitze-plan", source="medical association", hedged=True)]),
          S("The health ministry denied that, saying the plan was being updated and would be published by the end of the year.",
            claims=[ST("The health ministry denied that", *PLAN, "hitze-plan", source="health ministry", denial=True)])),
    ],
    "extra": '<p><em>Radio Brezonia World broadcasts in English daily at 07:00 and 19:00.</em></p>',
    "removed": ["broadcasts in English daily"],
}

# ------------------------------------------------------------------ Südbrezoner Rundschau (de regional, txt.gz; Monday)

SR = {
    "input": "dev30/hitze-rundschau.txt.gz", "story": SID, "event": EV,
    "publisher": "Südbrezoner Rundschau", "published": "2050-07-18T06:00:00+02:00",
    "language": "de", "authors": ["Greta Hollweg"], "sensational": False,
    "pre": ["Südbrezoner Rundschau", "Montag, 18. Juli 2050", "Von Greta Hollweg"],
    "blocks": [
        H("Drei weitere Hitzetote – Gemeinden rationieren Wasser",
          claims=[Q("Drei weitere Hitzetote", 3, "person", "killed", subject=EVENT, group="hitze-dead", time=SUN)]),
        P(S("Bis Samstag waren in Brezonien 14 Menschen an den Folgen der Hitze gestorben.",
            claims=[Q("14 Menschen", 14, "person", "killed", subject=EVENT, group="hitze-dead", time=TO_SAT)]),
          S("Am Sonntag kamen drei weitere Todesfälle hinzu, wie das Gesundheitsministerium am Abend mitteilte.",
            claims=[Q("drei weitere Todesfälle", 3, "person", "killed", subject=EVENT, source="health ministry", group="hitze-dead", time=SUN)])),
        P(S("Am Samstagnachmittag hatte die Wetterstation Pellwick 41,3 Grad Celsius gemessen, so viel wie nie seit Beginn der Aufzeichnungen im Jahr 1921.",
            claims=[Q("41,3 Grad Celsius", 41.3, "degree", None, subject=EVENT, source="weather service", group="hitze-record", time=SAT)]),
          S("Der bisherige Rekord von 40,2 Grad stammte aus dem Jahr 2046.",
            claims=[Q("40,2 Grad", 40.2, "degree", None, subject="2046 heat record", group="hitze-old-record", time=T("2046-01-01", "2046-12-31"))])),
        P(S("In rund 120 Gemeinden gelten inzwischen Einschränkungen beim Wasserverbrauch; Rasensprengen und das Befüllen privater Pools sind dort verboten.",
            claims=[Q("rund 120 Gemeinden", 120, None, "affected", "about", subject=EVENT, group="hitze-towns", time=MON)]),
          S("Allein am Samstag rückte der Rettungsdienst im Kreis Pellwick zu mehr als 300 hitzebedingten Einsätzen aus.",
            claims=[Q("mehr als 300 hitzebedingten Einsätzen", 300, None, None, "more-than", subject="ambulance service", source="ambulance service", group="hitze-callouts", time=SAT)])),
        P(S("Die Ärztekammer wirft der Regierung vor, den nationalen Hitzeaktionsplan im vergangenen Jahr gestrichen zu haben.",
            claims=[ST("Die Ärztekammer wirft der Regierung vor, den nationalen Hitzeaktionsplan im vergangenen Jahr gestrichen zu haben", *PLAN, "hitze-plan", source="medical association", hedged=True)]),
          S("Ohne den Plan fehlten in vielen Pflegeheimen Kühlräume und geschultes Personal, sagte Kammerpräsident Emil Sanden."),
          S("Das Gesundheitsministerium bestreitet das.",
            claims=[ST("Das Gesundheitsministerium bestreitet das", *PLAN, "hitze-plan", source="health ministry", denial=True)]),
          S("Der Plan werde lediglich überarbeitet und solle bis zum Jahresende neu erscheinen, erklärte eine Sprecherin.")),
    ],
    "post": ["Wetter für Südbrezonien: Seite 12", "© Südbrezoner Rundschau, Pellwick"],
    "removed": ["Von Greta Hollweg", "Wetter für Südbrezonien", "© Südbrezoner Rundschau"],
}

# ------------------------------------------------------------------ Brezonia Left Voice (en left-wing blog, HTML; Monday)

LV_SITE = {
    "nav": ["Home", "Labour", "Climate", "Housing", "Opinion", "Donate"],
    "cookie": "We only use cookies we need. No trackers, no ads from billionaires.",
    "cookie_ok": "Got it",
    "by": "Posted by",
    "date_label": "18 July 2050",
    "share": "Share · 131 comments",
    "ad": "Left Voice is reader-funded. Chip in from €3 a month.",
    "related_title": "Read next",
    "related": ["The rent cap, one year on", "Who owns Brezonia's water?"],
    "footer": "Brezonia Left Voice · Collective publication · Contact: desk@leftvoice.example",
}

LV = {
    "input": "dev30/hitze-leftvoice.html", "story": SID, "event": EV,
    "publisher": "Brezonia Left Voice", "published": "2050-07-18T11:00:00+02:00",
    "language": "en", "authors": ["Jonah Reyes"], "sensational": True,
    "blocks": [
        H("106F and 17 dead: this is what climate breakdown looks like",
          claims=[Q("106F", 106, "degree", None, subject=EVENT, group="hitze-record", time=SAT),
                  Q("17 dead", 17, "person", "killed", subject=EVENT, group="hitze-dead", time=TO_SUN)],
          loaded=[L("climate breakdown", "alarmist")]),
        P(S("On Saturday Pellwick sweltered at a record 41.3 degrees, and by Sunday night the heat had claimed 17 lives.",
            claims=[Q("41.3 degrees", 41.3, "degree", None, subject=EVENT, group="hitze-record", time=SAT),
                    Q("17 lives", 17, "person", "killed", subject=EVENT, group="hitze-dead", time=TO_SUN)])),
        P(S("And the government?", "opinion"),
          S("It scrapped the national heat action plan last year to save a paltry €4 million.",
            claims=[ST("It scrapped the national heat action plan last year", *PLAN, "hitze-plan"),
                    Q("a paltry €4 million", 4000000, "eur", None, subject="national heat action plan", group="hitze-plan-cost")],
            loaded=[L("paltry", "belittling")]),
          S("Care homes were left to cook.", "opinion", loaded=[L("left to cook", "alarmist")])),
        P(S("\"We had three residents collapse in one afternoon,\" said Ana Perl, a nurse at a care home in Korrin.", "quote",
            claims=[Q("three residents", 3, "person", None, subject="care home in korrin", source="ana perl", group="hitze-residents", time=SAT)])),
        P(S("We have been here before: the 2043 heatwave killed more than 600 people across Brezonia.",
            claims=[Q("more than 600 people", 600, "person", "killed", "more-than", subject="2043 heatwave", group="hitze-2043", time=T("2043-01-01", "2043-12-31"))]),
          S("The fossil fuel lobby will tell you it's just summer.", "opinion", loaded=[L("fossil fuel lobby", "demonising")]),
          S("It isn't.", "opinion")),
        P(S("Join the climate strike on Friday at noon in front of parliament – and bring your neighbours.", "opinion")),
    ],
    "removed": ["131 comments", "Chip in from €3 a month", "The rent cap, one year on", "Collective publication"],
}

ARTICLES = [BL, RBW, SR, LV]

REWRITES = []


def rbw_atom():
    feed = {"title": "Radio Brezonia World – English", "link": "https://rbw.example/en", "id": "https://rbw.example/en/feed",
            "updated": "2050-10-11T08:00:00+02:00", "language": "en"}
    entries = [(RBW, "rbw-2050-07-17-heat", "https://rbw.example/en/2050/07/17/heat-record", RBW["extra"]),
               (dev30_kvn.RBW, "rbw-2050-10-11-kvn", "https://rbw.example/en/2050/10/11/kvn-hackers", dev30_kvn.RBW["extra"])]
    return render_atom(feed, entries)


def files():
    return {
        "hitze-blitz.txt": (render_txt(BL), False),
        "hitze-rundschau.txt.gz": (render_txt(SR), True),
        "hitze-leftvoice.html": (render_html(LV, LV_SITE), False),
        "rbw-english.atom": (rbw_atom(), False),
    }
