"""dev15 story 5: a sinkhole opens in a residential street of Salzbrück (Veskanien), a town above a salt mine closed in
1961, late on Sunday, 25 May 2031; it swallows two cars and a garage, 46 houses are evacuated, and by Tuesday it has
widened and 61 houses are empty. A residents' group says the state mining authority ignored measurements of subsidence,
the authority denies it.

The German public broadcaster's HTML page (same site as the Tensalin report), a German right-populist blog (RSS) that
states the charge as fact, omits the denial and inflates the number of evacuees, an English broadcaster's Atom entry
(same feed as the Harzlingen entry; own words: a DE–EN pair with the broadcaster) and an English wire report on Tuesday
with later figures. Invented by the Parallax team: country, town, mine, authority, group, outlets, people and figures
are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_atom

import dev15_harzlingen
import dev15_tensalin

SID = "st-salzbrueck-sinkhole"
EV = "ev-salzbrueck-sinkhole"
STORY = {"id": SID, "label": "Sinkhole opens in Salzbrück above an old salt mine",
         "events": [{"id": EV, "label": "A sinkhole opens in a residential street of Salzbrück, swallows two cars and widens; 46, then 61 houses evacuated (25–27 May 2031)"}]}

FIRE = "fire service"
CITY = "city authorities"
SG = "sicherer grund"
BA = "state mining authority"
HOLE = "salzbrueck sinkhole"
NIGHT = T("2031-05-25", "2031-05-26")
MON = T("2031-05-26", "2031-05-26")
TUE = T("2031-05-27", "2031-05-27")
IGNORED = ("state mining authority", "ignored", "subsidence measurements")

GROUPS = [
    {"id": "sb-diameter", "story": SID, "status": "compatible",
     "why": "About 30 metres across on Monday (fire service via VRF, Volksecho, Ardmoor); about 38 metres on Tuesday after it widened (Meridian): a later figure."},
    {"id": "sb-depth", "story": SID, "status": "agreed", "why": "About 15 metres deep (VRF, Volksecho, Ardmoor)."},
    {"id": "sb-cars", "story": SID, "status": "agreed", "why": "Two cars swallowed (VRF, Volksecho, Ardmoor)."},
    {"id": "sb-houses", "story": SID, "status": "compatible",
     "why": "46 houses evacuated on the first night (VRF, Ardmoor; Volksecho's 'fast 50' agrees); 15 more, 61 in all, by Tuesday (Meridian): a further batch and a later total."},
    {"id": "sb-residents", "story": SID, "status": "conflicting",
     "why": "About 130 residents evacuated on Monday (VRF, Ardmoor) cannot be Volksecho's 'Hunderte' the same day; 'more than 170' on Tuesday (Meridian) is a later figure."},
    {"id": "sb-rescuers", "story": SID, "status": "agreed", "why": "About 90 emergency workers (VRF, Ardmoor)."},
    {"id": "sb-mine-depth", "story": SID, "status": "agreed", "why": "The mine's cavities lie about 200 metres down (VRF, Ardmoor, Meridian)."},
    {"id": "sb-warning", "story": SID, "status": "disputed",
     "why": "The residents' group Sicherer Grund says the state mining authority knew of the subsidence and did not warn (VRF hedged, Ardmoor, Meridian); Volksecho states it as fact; the authority denies it (VRF, Ardmoor, Meridian); Volksecho omits the denial."},
    {"id": "sb-subsidence", "story": SID, "status": "disputed",
     "why": "Subsidence of up to four centimetres a year by the residents' group (VRF hedged, Volksecho, Ardmoor) against at most five millimetres a year in the authority's denial (VRF hedged, Ardmoor)."},
    {"id": "sb-city-aid", "story": SID, "status": "agreed",
     "why": "Emergency aid of 2,000 euros per household (VRF, Volksecho; Ardmoor with a dollar equivalent; Meridian)."},
    {"id": "sb-calls", "story": SID, "status": "agreed",
     "why": "Three emergency calls about cracks on Sunday afternoon, as hearsay in both (Volksecho 'Angeblich', Ardmoor 'reportedly')."},
    {"id": "sb-vigil", "story": SID, "status": "single-source", "why": "Only Volksecho: more than 100 people at a vigil."},
    {"id": "sb-state-aid", "story": SID, "status": "single-source", "why": "Only Meridian: up to €5,000 per household from the state government."},
    {"id": "sb-mine-years", "story": SID, "status": "single-source", "why": "Only Meridian: the mine produced salt for almost 90 years."},
]

# ------------------------------------------------------------------ VRF (de public broadcaster, HTML; Monday)

VRF_SITE = dict(dev15_tensalin.VRF_SITE)
VRF_SITE.update({
    "date_label": "Stand: 26.05.2031, 12:40 Uhr",
    "ad": "VRF-Mediathek: „Unter Tage – Veskaniens Salzstädte“ jetzt ansehen (44 Min.)",
    "related": ["Erdfälle: 3 Fragen an eine Geologin", "Karte: Wo in Veskanien Salz abgebaut wurde",
                "Versicherung: Wer zahlt, wenn der Boden nachgibt?"],
    "inline": '<div class="video"><strong>Video:</strong> <a href="/video/erdfall-salzbrueck">Luftbilder vom Krater (1:36 Min.)</a></div>',
    "after": '<p class="hinweis">Hinweis: Die Stadt Salzbrück hat ein Infotelefon für Betroffene eingerichtet.</p>',
})

VRF = {
    "input": "dev15/salzbrueck-vrf.html", "story": SID, "event": EV,
    "publisher": "Veskanischer Rundfunk", "published": "2031-05-26T12:40:00+02:00",
    "language": "de", "authors": ["Jonas Hellwarth"], "sensational": False,
    "blocks": [
        H("Erdfall in Salzbrück: 30-Meter-Krater verschluckt zwei Autos – 46 Häuser geräumt",
          claims=[Q("30-Meter-Krater", 30, "metre", "size", subject=HOLE, group="sb-diameter", time=MON),
                  Q("zwei Autos", 2, "vehicle", "destroyed", subject=HOLE, group="sb-cars", time=NIGHT),
                  Q("46 Häuser geräumt", 46, "house", "evacuated", subject=HOLE, group="sb-houses", time=NIGHT)]),
        P(S("In Salzbrück im Westen Veskaniens hat sich in der Nacht zum Montag mitten in einem Wohngebiet die Erde aufgetan."),
          S("Gegen 23.30 Uhr sackte die Fahrbahn der Lindenstraße ab, zwei geparkte Autos und eine Garage stürzten in die Tiefe.",
            claims=[Q("zwei geparkte Autos", 2, "vehicle", "destroyed", subject=HOLE, group="sb-cars", time=NIGHT)]),
          S("Verletzt wurde nach Angaben der Polizei niemand.")),
        P(S("Der Krater hat nach Angaben der Feuerwehr einen Durchmesser von etwa 30 Metern und ist rund 15 Meter tief.",
            claims=[Q("einen Durchmesser von etwa 30 Metern", 30, "metre", "size", "about", subject=HOLE, source=FIRE, group="sb-diameter", time=MON),
                    Q("rund 15 Meter tief", 15, "metre", "size", "about", subject=HOLE, source=FIRE, group="sb-depth", time=MON)]),
          S("Die Stadt ließ in der Nacht 46 Häuser räumen, rund 130 Anwohnerinnen und Anwohner mussten ihre Wohnungen verlassen.",
            claims=[Q("46 Häuser", 46, "house", "evacuated", subject=HOLE, group="sb-houses", time=NIGHT),
                    Q("rund 130 Anwohnerinnen und Anwohner", 130, "person", "evacuated", "about", subject=HOLE, group="sb-residents", time=NIGHT)]),
          S("Rund 90 Einsatzkräfte von Feuerwehr, Polizei und Technischem Hilfswerk waren die ganze Nacht im Einsatz.",
            claims=[Q("Rund 90 Einsatzkräfte", 90, "person", "deployed", "about", subject=HOLE, group="sb-rescuers", time=NIGHT)])),
        P(S("Unter dem Viertel liegen in rund 200 Metern Tiefe die Hohlräume des 1961 stillgelegten Salzbergwerks Königsgrube.",
            claims=[Q("in rund 200 Metern Tiefe", 200, "metre", None, "about", subject="koenigsgrube salt mine", group="sb-mine-depth", time=None)]),
          S("Geologen vermuten, dass Grundwasser Salz ausgewaschen hat und die Decke eines Hohlraums nachgegeben hat.")),
        P(S("Die Bürgerinitiative „Sicherer Grund“ erhebt schwere Vorwürfe gegen das Landesbergamt."),
          S("Messungen hätten schon seit 2029 gezeigt, dass sich der Boden im Viertel um bis zu vier Zentimeter im Jahr senke, die Behörde habe die Anwohner aber nicht gewarnt.",
            claims=[Q("um bis zu vier Zentimeter im Jahr", 4, "centimetre", None, "up-to", subject="lindenstrasse ground", source=SG, hedged=True, group="sb-subsidence", time=None),
                    ST("die Behörde habe die Anwohner aber nicht gewarnt", *IGNORED, "sb-warning", source=SG, hedged=True)])),
        P(S("Das Landesbergamt weist das zurück: Die gemessenen Senkungen hätten bei höchstens fünf Millimetern im Jahr gelegen und keinen Hinweis auf einen Einsturz gegeben.",
            claims=[ST("Das Landesbergamt weist das zurück", *IGNORED, "sb-warning", source=BA, denial=True),
                    Q("bei höchstens fünf Millimetern im Jahr", 5, "millimetre", None, "up-to", subject="lindenstrasse ground", source=BA, hedged=True, group="sb-subsidence", time=None)])),
        P(S('Die Lindenstraße bleibt weiträumig gesperrt, Strom und Gas wurden im Viertel vorsorglich abgestellt.'), S('Am Montagmorgen rutschten weitere Teile des Kraterrands nach.')),
        P(S('Für die Familien aus den geräumten Häusern hat die Stadt Zimmer in Hotels und in einer Jugendherberge organisiert.')),
        P(S("Die Stadt zahlt den betroffenen Haushalten eine Soforthilfe von 2.000 Euro.",
            claims=[Q("eine Soforthilfe von 2.000 Euro", 2000, "eur", "paid", subject="evacuated households", group="sb-city-aid", time=MON)]),
          S("Bürgermeisterin Ruth Anselm sagte, niemand dürfe in die geräumten Häuser zurück, bevor Gutachter den Untergrund geprüft hätten.")),
    ],
    "removed": ["Der VRF verwendet Cookies", "Stand: 26.05.2031, 12:40 Uhr", "Unter Tage – Veskaniens Salzstädte", "(44 Min.)",
                "Erdfälle: 3 Fragen an eine Geologin", "Karte: Wo in Veskanien Salz abgebaut wurde",
                "Versicherung: Wer zahlt, wenn der Boden nachgibt?", "© Veskanischer Rundfunk 2031", "Luftbilder vom Krater (1:36 Min.)",
                "Die Stadt Salzbrück hat ein Infotelefon für Betroffene eingerichtet"],
}

# ------------------------------------------------------------------ Volksecho (de right-populist blog, RSS item; omits the denial)

CHANNEL = {"title": "Volksecho", "link": "https://volksecho.example",
           "description": "Was die Altparteien verschweigen. Klar. Direkt. Heimatnah.", "language": "de"}

BLOG = {
    "input": "dev15/volksecho.rss#ve-2031-05-26-salzbrueck", "story": SID, "event": EV,
    "publisher": "Volksecho", "published": "2031-05-26T19:00:00+02:00",
    "language": "de", "authors": ["Rüdiger Hasselbrink"], "sensational": True,
    "blocks": [
        H("Staatsversagen in Salzbrück: Das Bergamt wusste es – und ließ die Bürger im Stich",
          claims=[ST("Das Bergamt wusste es – und ließ die Bürger im Stich", *IGNORED, "sb-warning")],
          loaded=[L("Staatsversagen", "demonising")]),
        P(S("Mitten in der Nacht tat sich in Salzbrück die Erde auf."),
          S("Ein 30 Meter breiter und 15 Meter tiefer Krater verschluckte zwei Autos und eine Garage.",
            claims=[Q("30 Meter breiter", 30, "metre", "size", subject=HOLE, group="sb-diameter", time=MON),
                    Q("15 Meter tiefer", 15, "metre", "size", subject=HOLE, group="sb-depth", time=MON),
                    Q("zwei Autos", 2, "vehicle", "destroyed", subject=HOLE, group="sb-cars", time=NIGHT)]),
          S("Fast 50 Häuser wurden geräumt, Hunderte Bürger stehen plötzlich auf der Straße.",
            claims=[Q("Fast 50 Häuser", 50, "house", "evacuated", "about", subject=HOLE, group="sb-houses", time=NIGHT),
                    Q("Hunderte Bürger", 200, "person", "evacuated", "at-least", subject=HOLE, group="sb-residents", time=NIGHT)])),
        P(S("Das Schlimmste: Das Landesbergamt wusste seit Jahren, dass der Boden unter der Lindenstraße nachgibt.",
            claims=[ST("Das Landesbergamt wusste seit Jahren, dass der Boden unter der Lindenstraße nachgibt", *IGNORED, "sb-warning")],
            loaded=[L("Das Schlimmste", "alarmist")]),
          S("Nach Angaben der Bürgerinitiative „Sicherer Grund“ sank der Boden um bis zu vier Zentimeter pro Jahr.",
            claims=[Q("um bis zu vier Zentimeter pro Jahr", 4, "centimetre", None, "up-to", subject="lindenstrasse ground", source=SG, group="sb-subsidence", time=None)]),
          S("Angeblich gingen schon am Sonntagnachmittag drei Notrufe wegen Rissen in der Fahrbahn ein.",
            claims=[Q("drei Notrufe", 3, "phone call", None, subject="lindenstrasse cracks", hedged=True, group="sb-calls", time=T("2031-05-25", "2031-05-25"))]),
          S("Gewarnt wurde niemand.",
            claims=[ST("Gewarnt wurde niemand", *IGNORED, "sb-warning")])),
        P(S('Eine Anwohnerin erzählte uns, sie habe schon im Winter Risse in ihrer Hauswand gemeldet.'), S('Passiert ist nichts.'), S("Über 100 Menschen kamen am Montagabend zu einer Mahnwache an der Absperrung.",
            claims=[Q("Über 100 Menschen", 100, "person", None, "more-than", subject="salzbrueck vigil", group="sb-vigil", time=MON)]), S('Viele Familien schlafen jetzt bei Verwandten oder in der Turnhalle und wissen nicht, ob sie jemals in ihre Häuser zurückkehren können.')),
        P(S("Die Beamten haben die Messwerte lieber abgeheftet, als die Menschen zu schützen.", "opinion"),
          S("Amtsschimmel statt Sicherheit!", "opinion", loaded=[L("Amtsschimmel", "belittling")])),
        P(S("Und die Regierung in Verolin?", "opinion"),
          S("Für Prestigeprojekte in der Hauptstadt ist immer Geld da, die Familien in Salzbrück bekommen eine Soforthilfe von 2.000 Euro.", "opinion",
            claims=[Q("eine Soforthilfe von 2.000 Euro", 2000, "eur", "paid", subject="evacuated households", group="sb-city-aid", time=MON)]),
          S("Das ist ein Almosen, keine Hilfe.", "opinion", loaded=[L("Almosen", "belittling")])),
        P(S("Schon unsere Großväter haben in der Königsgrube geschuftet, bis sie 1961 geschlossen wurde.", "opinion"),
          S("Damals wusste man noch, was Verantwortung für die eigenen Leute heißt.", "opinion"),
          S("Heute regieren in den Ämtern Bürokraten, die Salzbrück nur aus Akten kennen.", "opinion",
            loaded=[L("Bürokraten", "belittling")])),
        P(S('So sieht Bürgernähe in diesem Land aus.', 'opinion'), S('Wer sich beschwert, wird vertröstet, und wer warnt, wird ignoriert.', 'opinion'), S('Die Menschen in Salzbrück haben Besseres verdient.', 'opinion')),
        P(S("Wir fordern den sofortigen Rücktritt des Bergamtspräsidenten und eine unabhängige Untersuchung!", "opinion"),
          S("Teilen Sie diesen Beitrag, damit ganz Veskanien erfährt, wie man hier mit den Bürgern umgeht!", "opinion")),
    ],
    "extra": '<p class="spende">Volksecho finanziert sich nur durch Leser – jetzt unterstützen.</p>'
             '\n<p class="tags">Schlagworte: Salzbrück · Erdfall · Behördenversagen · Heimat</p>',
    "removed": ["Volksecho finanziert sich nur durch Leser", "jetzt unterstützen", "Schlagworte: Salzbrück · Erdfall · Behördenversagen · Heimat"],
}

# ------------------------------------------------------------------ Ardmoor Broadcasting (en broadcaster, Atom entry; Monday evening)

ARDMOOR = {
    "input": "dev15/ardmoor.atom#tag:ardmoor.example,2031:world/salzbrueck-sinkhole-4419", "story": SID, "event": EV,
    "publisher": "Ardmoor Broadcasting", "published": "2031-05-26T20:00:00+02:00",
    "language": "en", "authors": ["Eliza Brannagh"], "sensational": False,
    "blocks": [
        H("Sinkhole swallows cars in Veskanian town built over old salt mine"),
        P(S("A sinkhole about 30 metres wide and 15 metres deep opened in a residential street in the western Veskanian town of Salzbrück late on Sunday, swallowing two parked cars and a garage.",
            claims=[Q("about 30 metres wide", 30, "metre", "size", "about", subject=HOLE, group="sb-diameter", time=MON),
                    Q("15 metres deep", 15, "metre", "size", "about", subject=HOLE, group="sb-depth", time=MON),
                    Q("two parked cars", 2, "vehicle", "destroyed", subject=HOLE, group="sb-cars", time=NIGHT)]),
          S("No one was hurt, police said."),
          S("Residents had reportedly called emergency services three times on Sunday afternoon about cracks in the road.",
            claims=[Q("three times", 3, "phone call", None, subject="lindenstrasse cracks", hedged=True, group="sb-calls", time=T("2031-05-25", "2031-05-25"))])),
        P(S("Authorities evacuated 46 houses overnight, and about 130 residents were told they could not return until the ground had been examined.",
            claims=[Q("46 houses", 46, "house", "evacuated", subject=HOLE, group="sb-houses", time=NIGHT),
                    Q("about 130 residents", 130, "person", "evacuated", "about", subject=HOLE, group="sb-residents", time=NIGHT)]),
          S("About 90 firefighters, police officers and relief workers were deployed.",
            claims=[Q("About 90 firefighters, police officers and relief workers", 90, "person", "deployed", "about", subject=HOLE, group="sb-rescuers", time=NIGHT)])),
        P(S("The district lies above the cavities of a salt mine that closed in 1961, some 200 metres below the surface.",
            claims=[Q("some 200 metres below the surface", 200, "metre", None, "about", subject="koenigsgrube salt mine", group="sb-mine-depth", time=None)])),
        P(S("A residents' group, Sicherer Grund, says measurements since 2029 showed the ground sinking by up to 4 centimetres a year, and accuses the state mining authority of failing to warn residents.",
            claims=[Q("up to 4 centimetres a year", 4, "centimetre", None, "up-to", subject="lindenstrasse ground", source=SG, group="sb-subsidence", time=None),
                    ST("accuses the state mining authority of failing to warn residents", *IGNORED, "sb-warning", source=SG)]),
          S("The authority denied this, saying the subsidence it measured never exceeded 5 millimetres a year.",
            claims=[ST("The authority denied this", *IGNORED, "sb-warning", source=BA, denial=True),
                    Q("never exceeded 5 millimetres a year", 5, "millimetre", None, "up-to", subject="lindenstrasse ground", source=BA, group="sb-subsidence", time=None)])),
        P(S('Gas and electricity to the neighbourhood were cut as a precaution.'), S('Sinkholes are not unusual in the region, where salt has long been mined, but none has opened in a built-up area in living memory.')),
        P(S("The town is paying each affected household €2,000 (about $2,160) in emergency aid.",
            claims=[Q("€2,000", 2000, "eur", "paid", subject="evacuated households", group="sb-city-aid", time=MON),
                    Q("about $2,160", 2160, "usd", "paid", "about", subject="evacuated households", group="sb-city-aid", time=MON)]),
          S("Mayor Ruth Anselm said engineers would decide in the coming days whether the neighbouring streets were safe.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://ardmoor.example/audio/world-tonight-0526">World Tonight, 26 May</a></p>',
    "removed": ["Listen:", "World Tonight, 26 May"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, dateline block; Tuesday, later figures)

MERIDIAN = {
    "input": "dev15/salzbrueck-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2031-05-27T15:00:00+02:00",
    "language": "en", "authors": ["Oskar Lindqvist-Hale"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "May 27, 2031 15:00 CEST", "By Oskar Lindqvist-Hale"],
    "blocks": [
        H("Veskanian sinkhole widens, forcing more evacuations"),
        P(S("A sinkhole that opened in the Veskanian town of Salzbrück on Sunday night has widened to about 38 metres, and authorities have evacuated 15 more houses, bringing the total to 61, the town said on Tuesday.",
            claims=[Q("widened to about 38 metres", 38, "metre", "size", "about", subject=HOLE, source=CITY, group="sb-diameter", time=TUE),
                    Q("15 more houses", 15, "house", "evacuated", subject=HOLE, source=CITY, group="sb-houses", time=TUE),
                    Q("bringing the total to 61", 61, "house", "evacuated", subject=HOLE, source=CITY, group="sb-houses", time=TUE)]),
          S("More than 170 residents have now left their homes.",
            claims=[Q("More than 170 residents", 170, "person", "evacuated", "more-than", subject=HOLE, group="sb-residents", time=TUE)])),
        P(S("Geologists believe groundwater dissolved salt above the cavities of the former Königsgrube mine, about 200 metres below ground, until the roof of one of them gave way.",
            claims=[Q("about 200 metres below ground", 200, "metre", None, "about", subject="koenigsgrube salt mine", group="sb-mine-depth", time=None)]),
          S("The mine produced rock salt for almost 90 years until it closed in 1961.",
            claims=[Q("for almost 90 years", 90, "year", "duration", "about", subject="koenigsgrube salt mine", group="sb-mine-years", time=None)])),
        P(S('The town has put up evacuated families in hotels and a youth hostel.'), S('Police are patrolling the cordoned-off streets to prevent looting.')),
        P(S("The state government promised aid of up to €5,000 per household on top of the €2,000 already paid by the town.",
            claims=[Q("up to €5,000 per household", 5000, "eur", "pledged", "up-to", subject="evacuated households", group="sb-state-aid", time=TUE),
                    Q("the €2,000 already paid by the town", 2000, "eur", "paid", subject="evacuated households", group="sb-city-aid", time=TUE)])),
        P(S('Gas and electricity supplies to the area remain cut off.'), S('Engineers are using drones and ground radar to check whether neighbouring streets are at risk.')),
        P(S("The residents' group Sicherer Grund accuses the state mining authority of ignoring years of measurements that showed the ground subsiding.",
            claims=[ST("accuses the state mining authority of ignoring years of measurements", *IGNORED, "sb-warning", source=SG)]),
          S("The authority rejects the accusation.",
            claims=[ST("The authority rejects the accusation", *IGNORED, "sb-warning", source=BA, denial=True)]),
          S("Mayor Ruth Anselm said she could not say when, or whether, residents would be able to return.")),
    ],
    "post": ["(Reporting by Oskar Lindqvist-Hale; editing by Ruth Amberley)", "", "Copyright 2031 Meridian Wire. All rights reserved."],
    "removed": ["May 27, 2031 15:00 CEST", "By Oskar Lindqvist-Hale", "(Reporting by Oskar Lindqvist-Hale; editing by Ruth Amberley)",
                "Copyright 2031 Meridian Wire"],
}

ARTICLES = [VRF, BLOG, ARDMOOR, MERIDIAN]

REWRITES = []

FEED = {"title": "Ardmoor Broadcasting – World", "link": "https://ardmoor.example/world",
        "id": "tag:ardmoor.example,2031:feed/world", "updated": "2031-05-26T20:00:00+02:00", "language": "en"}


def files():
    """Input files of this story and the Ardmoor feed with its Harzlingen and Salzbrück entries."""
    return {
        "salzbrueck-vrf.html": (render_html(VRF, VRF_SITE), False),
        "volksecho.rss": (render_rss(CHANNEL, [(BLOG, "ve-2031-05-26-salzbrueck",
                                                "https://volksecho.example/2031/05/26/staatsversagen-salzbrueck", BLOG["extra"])]), False),
        "salzbrueck-meridian.txt": (render_txt(MERIDIAN), False),
        "ardmoor.atom": (render_atom(FEED, [
            dev15_harzlingen.atom_entry(),
            (ARDMOOR, "tag:ardmoor.example,2031:world/salzbrueck-sinkhole-4419",
             "https://ardmoor.example/world/salzbrueck-sinkhole-4419", ARDMOOR["extra"]),
        ]), False),
    }
