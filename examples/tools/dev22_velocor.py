"""dev22 story 5: on Wednesday evening, 15 June 2039, during the Tour of Norbania (Norbanien-Rundfahrt), about 40 police
officers search the hotel of the cycling team Velocor in Lindhagen; prosecutors say more than 140 vials and syringes were
seized; the team doctor is arrested and eight riders are questioned. Prosecutors suspect the doctor of giving riders EPO;
Velocor denies any doping and says the vials held vitamins.

A German agency report (nrp, dateline block; hearsay "soll … ausgelöst haben"), a German sports site (HTML, with an opinion
column), an English tabloid (HTML) that omits Velocor's denial, states the charge as fact and inflates the vials, an English
aggregator item (JSON Lines, with `html`) and an English broadcaster (Atom). This module also writes northcast.atom (with the
Kravenau entry) and quickread.jsonl (with the Norlotto item). Invented by the Parallax team: country, towns, race, team,
outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_atom, render_jsonl, headline
import dev22_kravenau
import dev22_norlotto

SID = "st-velocor-doping"
EV = "ev-velocor-raid"
STORY = {"id": SID, "label": "Doping raid on the Velocor team hotel during the Tour of Norbania",
         "events": [{"id": EV, "label": "Police search Velocor's hotel in Lindhagen, seize vials and arrest the team doctor; Velocor denies doping (15–16 June 2039)"}]}

VEL = "velocor"
EVENT = "velocor doping raid"
WED = T("2039-06-15", "2039-06-15")
RAID = ("police", "searched", "hotel of the velocor cycling team")
ARREST = ("police", "arrested", "velocor team doctor")
DOPED = ("velocor team doctor", "doped", "riders with epo")
VIALS = "vials and syringes seized at the velocor hotel"

GROUPS = [
    {"id": "vd-raid", "story": SID, "status": "agreed", "why": "Police searched Velocor's hotel (nrp, Sportblick, Foghorn, Quickread, Northcast)."},
    {"id": "vd-arrest", "story": SID, "status": "agreed", "why": "The team doctor was arrested (nrp, Sportblick, Foghorn, Quickread, Northcast)."},
    {"id": "vd-officers", "story": SID, "status": "agreed", "why": "About 40 officers (nrp, Sportblick, Quickread, Northcast)."},
    {"id": "vd-vials", "story": SID, "status": "conflicting",
     "why": "More than 140 vials and syringes by the prosecutors' count (nrp, Quickread) and 140 (Sportblick) against the Foghorn's 'hundreds' of the same search: both cannot be true."},
    {"id": "vd-riders", "story": SID, "status": "agreed", "why": "Eight riders questioned (nrp, Quickread)."},
    {"id": "vd-doped", "story": SID, "status": "disputed",
     "why": "Investigators suspect the doctor of giving riders EPO (nrp, Sportblick, Quickread; Northcast hedged); the Foghorn's sources state it; Velocor denies it (nrp, Sportblick, Quickread, Northcast); the Foghorn omits the denial."},
    {"id": "vd-length", "story": SID, "status": "agreed", "why": "A race of 1,150 kilometres (Sportblick, Quickread with 715 miles)."},
    {"id": "vd-pass", "story": SID, "status": "single-source", "why": "Only the Foghorn: fans paid £45 for a roadside VIP pass."},
    {"id": "vd-hours", "story": SID, "status": "single-source", "why": "Only Northcast: the search reportedly lasted almost six hours."},
    {"id": "vd-field", "story": SID, "status": "single-source", "why": "Only Northcast: about 120 riders still in the race."},
]

# ------------------------------------------------------------------ nrp (de agency report; Thursday morning)

NRP = {
    "input": "dev22/velocor-nrp.txt", "story": SID, "event": EV,
    "publisher": "nrp Norbanischer Pressedienst", "published": "2039-06-16T07:40:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["nrp Norbanischer Pressedienst", "Do 16.06.2039 – 07:40", "Ressort: Sport"],
    "blocks": [
        H("Razzia bei der Norbanien-Rundfahrt: Teamarzt von Velocor festgenommen",
          claims=[ST("Teamarzt von Velocor festgenommen", *ARREST, "vd-arrest")]),
        P(S("LINDHAGEN (nrp) – Rund 40 Polizisten haben am Mittwochabend das Hotel des Radsportteams Velocor in Lindhagen durchsucht.",
            claims=[Q("Rund 40 Polizisten", 40, "person", "deployed", "about", subject=EVENT, group="vd-officers", time=WED),
                    ST("Rund 40 Polizisten haben am Mittwochabend das Hotel des Radsportteams Velocor in Lindhagen durchsucht", *RAID, "vd-raid")]),
          S("Nach Angaben der Staatsanwaltschaft stellten die Ermittler mehr als 140 Ampullen und Spritzen sicher.",
            claims=[Q("mehr als 140 Ampullen und Spritzen", 140, None, None, "more-than", subject=VIALS, source="prosecutors", group="vd-vials", time=WED)]),
          S("Der Teamarzt, ein 58-jähriger Sportmediziner, wurde festgenommen.",
            claims=[ST("Der Teamarzt, ein 58-jähriger Sportmediziner, wurde festgenommen", *ARREST, "vd-arrest")]),
          S("Acht Fahrer des Teams wurden befragt.",
            claims=[Q("Acht Fahrer", 8, "person", None, subject="velocor riders questioned", group="vd-riders", time=WED)])),
        P(S("Die Ermittler verdächtigen den Arzt, Fahrern das Blutdopingmittel EPO verabreicht zu haben.",
            claims=[ST("Die Ermittler verdächtigen den Arzt, Fahrern das Blutdopingmittel EPO verabreicht zu haben", *DOPED, "vd-doped", source="investigators")]),
          S("Ein anonymer Hinweis soll die Durchsuchung ausgelöst haben.")),
        P(S("Velocor weist die Vorwürfe zurück.",
            claims=[ST("Velocor weist die Vorwürfe zurück", *DOPED, "vd-doped", source=VEL, denial=True)]),
          S("In den Ampullen seien Vitamine und Eisenpräparate gewesen, sagte Teamchef Sandro Kälin.",
            claims=[ST("In den Ampullen seien Vitamine und Eisenpräparate gewesen", *DOPED, "vd-doped", source=VEL, hedged=True, denial=True)]),
          S("Das Team fährt die Rundfahrt vorerst weiter; die siebte Etappe startet am Donnerstag um 11.30 Uhr.")),
    ],
    "post": ["nrp js/ub 160740 Jun 39", "", "Themen: Radsport · Doping · Lindhagen",
             "© nrp Norbanischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["Do 16.06.2039 – 07:40", "Ressort: Sport", "nrp js/ub 160740 Jun 39", "Themen: Radsport · Doping · Lindhagen",
                "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Sportblick (de sports site, HTML; Thursday noon)

SB_SITE = {
    "nav": ["Fußball", "Radsport", "Wintersport", "Tennis", "Live-Ergebnisse", "Tippspiel"],
    "cookie": "Sportblick nutzt Cookies und Daten von 58 Partnern für personalisierte Werbung.",
    "cookie_ok": "Akzeptieren und weiter",
    "by": "Von",
    "date_label": "16.06.2039, 12:15 Uhr",
    "share": "Teilen · 133 Kommentare",
    "ad": "Wettbonus: 100 Euro für Neukunden – 18+",
    "related_title": "Radsport aktuell",
    "related": ["Rundfahrt: Die Ergebnisse der 6. Etappe", "Ferreira: 3 Gründe für seinen Aufschwung",
                "Doping-Historie: 12 Fälle, die den Sport erschütterten"],
    "footer": "© Sportblick 2039 · Impressum · Datenschutz · Spielerschutz",
    "inline": '<div class="teaser">Live: Die 7. Etappe im Ticker</div>',
    "inline_at": 2,
}

SB = {
    "input": "dev22/velocor-sportblick.html", "story": SID, "event": EV,
    "publisher": "Sportblick", "published": "2039-06-16T12:15:00+02:00",
    "language": "de", "authors": ["Till Marquardsen"], "sensational": False,
    "blocks": [
        H("Razzia im Teamhotel: Velocor unter Dopingverdacht"),
        P(S("Die Norbanien-Rundfahrt hat ihren ersten Dopingfall seit Jahren."),
          S("Etwa 40 Beamte durchsuchten am Mittwoch das Velocor-Quartier in Lindhagen, der Teamarzt sitzt in Untersuchungshaft.",
            claims=[Q("Etwa 40 Beamte", 40, "person", "deployed", "about", subject=EVENT, group="vd-officers", time=WED),
                    ST("Etwa 40 Beamte durchsuchten am Mittwoch das Velocor-Quartier in Lindhagen", *RAID, "vd-raid"),
                    ST("der Teamarzt sitzt in Untersuchungshaft", *ARREST, "vd-arrest")]),
          S("Gefunden wurden 140 Ampullen und Spritzen.",
            claims=[Q("140 Ampullen und Spritzen", 140, None, None, subject=VIALS, group="vd-vials", time=WED)]),
          S("Velocor-Kapitän Jonas Ferreira, Startnummer 21, liegt in der Gesamtwertung auf Platz drei.")),
        P(S("Die Staatsanwaltschaft wirft dem Arzt vor, Fahrer mit EPO versorgt zu haben.",
            claims=[ST("Die Staatsanwaltschaft wirft dem Arzt vor, Fahrer mit EPO versorgt zu haben", *DOPED, "vd-doped", source="prosecutors")]),
          S("Das Team bestreitet das: In den Ampullen seien nur Vitamine gewesen.",
            claims=[ST("Das Team bestreitet das", *DOPED, "vd-doped", source=VEL, denial=True),
                    ST("In den Ampullen seien nur Vitamine gewesen", *DOPED, "vd-doped", source=VEL, hedged=True, denial=True)]),
          S("Die Rundfahrt ist insgesamt 1.150 Kilometer lang.",
            claims=[Q("1.150 Kilometer", 1150, "kilometre", "size", subject="length of the tour of norbania", group="vd-length", time=None)])),
        H("Meinung: Der Radsport hat nichts gelernt"),
        P(S("Wieder ein Teamhotel, wieder Ampullen, wieder die Ausrede mit den Vitaminen.", "opinion"),
          S("Solange Teams ihre Ärzte selbst aussuchen, wird sich daran nichts ändern.", "opinion"),
          S("Die Veranstalter sollten Velocor sofort aus dem Rennen nehmen.", "opinion")),
    ],
    "removed": ["Daten von 58 Partnern", "16.06.2039, 12:15 Uhr", "133 Kommentare", "100 Euro für Neukunden",
                "Die Ergebnisse der 6. Etappe", "3 Gründe für seinen Aufschwung", "12 Fälle, die den Sport erschütterten",
                "Die 7. Etappe im Ticker", "© Sportblick 2039"],
}

# ------------------------------------------------------------------ The Daily Foghorn (en tabloid, HTML; Thursday; omits the denial)

FH_SITE = {
    "nav": ["News", "Sport", "Celebs", "TV", "Money", "Puzzles"],
    "cookie": "The Daily Foghorn and our 212 partners use cookies. Accept to keep reading for free.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "Thursday, June 16, 2039 08:00",
    "share": "Share · 317 comments",
    "ad": "Summer deal: 3 bike lights for £12",
    "related_title": "Most read",
    "related": ["Cycling's 5 biggest cheats", "Tour diary: 8 stages of agony", "Quiz: 10 questions on the Tour"],
    "footer": "© 2039 The Daily Foghorn Ltd · Terms · Privacy",
    "inline": '<div class="video-teaser">WATCH: Police carry boxes out of team hotel (0:48)</div>',
    "inline_at": 1,
    "after": '<p class="tags">Tags: Cycling · Doping · Norbania</p>',
}

FH = {
    "input": "dev22/velocor-foghorn.html", "story": SID, "event": EV,
    "publisher": "The Daily Foghorn", "published": "2039-06-16T08:00:00+02:00",
    "language": "en", "authors": ["Rory Capstick"], "sensational": True,
    "blocks": [
        H("DOPE CHEATS! Cops raid Velocor hotel and find HUNDREDS of needles",
          claims=[ST("Cops raid Velocor hotel", *RAID, "vd-raid"),
                  Q("HUNDREDS of needles", 200, None, None, "at-least", subject=VIALS, group="vd-vials", time=WED)],
          loaded=[L("DOPE CHEATS", "demonising")]),
        P(S("Police swooped on the Velocor team's hotel in Lindhagen on Wednesday night and carted off hundreds of syringes and vials.",
            claims=[ST("Police swooped on the Velocor team's hotel in Lindhagen", *RAID, "vd-raid"),
                    Q("hundreds of syringes and vials", 200, None, None, "at-least", subject=VIALS, group="vd-vials", time=WED)]),
          S("The team doctor, 58, was led away in handcuffs.",
            claims=[ST("The team doctor, 58, was led away in handcuffs", *ARREST, "vd-arrest")]),
          S("Sources say he pumped riders full of EPO for years.",
            claims=[ST("he pumped riders full of EPO for years", *DOPED, "vd-doped", source="sources")],
            loaded=[L("pumped riders full of EPO", "alarmist")])),
        P(S("Fans who paid £45 for a roadside VIP pass feel cheated.",
            claims=[Q("£45", 45, "gbp", "paid", subject="roadside vip pass at the tour of norbania", group="vd-pass", time=None)]),
          S("Fan Gareth Pole said: “I stood by the road all day to cheer on a bunch of junkies.”", "quote",
            loaded=[L("a bunch of junkies", "demonising", "reported")]),
          S("How can anyone trust this sport again?", "opinion"),
          S("Kick them out of the race now!", "opinion")),
    ],
    "removed": ["212 partners use cookies", "Thursday, June 16, 2039 08:00", "317 comments", "3 bike lights for £12",
                "Cycling's 5 biggest cheats", "8 stages of agony", "10 questions on the Tour",
                "Police carry boxes out of team hotel (0:48)", "Tags: Cycling · Doping", "© 2039 The Daily Foghorn Ltd"],
}

# ------------------------------------------------------------------ Quickread (en aggregator, JSON Lines item with html; Thursday)

QR_SITE = {
    "nav": ["Top", "World", "Sport", "Money", "Tech", "Saved"],
    "cookie": "Quickread uses cookies to remember your topics.",
    "cookie_ok": "OK",
    "by": "By",
    "date_label": "Jun 16, 2039 · 10:05",
    "share": "Save · Share · 44 comments",
    "ad": "Sponsored: Ride 100 km in 6 weeks",
    "related_title": "More in Sport",
    "related": ["Doping in cycling: 4 charts", "Who leads the Tour of Norbania?", "Results: 3 races this weekend"],
    "footer": "© 2039 Quickread · About · Privacy",
    "inline": '<div class="teaser">Listen: Quickread Sport (6 min)</div>',
    "inline_at": 1,
}

QR = {
    "input": "dev22/quickread.jsonl#qr-20390616-1005", "story": SID, "event": EV,
    "publisher": "Quickread", "published": "2039-06-16T10:05:00+02:00",
    "language": "en", "authors": ["Amal Verhoef"], "sensational": False,
    "blocks": [
        H("Police raid cycling team hotel during Tour of Norbania"),
        P(S("Around 40 officers searched the Velocor team's hotel in Lindhagen on Wednesday evening, prosecutors said, seizing more than 140 vials and syringes.",
            claims=[Q("Around 40 officers", 40, "person", "deployed", "about", subject=EVENT, source="prosecutors", group="vd-officers", time=WED),
                    ST("Around 40 officers searched the Velocor team's hotel in Lindhagen on Wednesday evening", *RAID, "vd-raid", source="prosecutors"),
                    Q("more than 140 vials and syringes", 140, None, None, "more-than", subject=VIALS, source="prosecutors", group="vd-vials", time=WED)]),
          S("The team doctor was arrested and eight riders were questioned.",
            claims=[ST("The team doctor was arrested", *ARREST, "vd-arrest"),
                    Q("eight riders", 8, "person", None, subject="velocor riders questioned", group="vd-riders", time=WED)]),
          S("Prosecutors suspect him of giving riders EPO; Velocor denies it and says the vials held vitamins.",
            claims=[ST("Prosecutors suspect him of giving riders EPO", *DOPED, "vd-doped", source="prosecutors"),
                    ST("Velocor denies it", *DOPED, "vd-doped", source=VEL, denial=True)]),
          S("The race covers 1,150 km (715 miles) in all.",
            claims=[Q("1,150 km", 1150, "kilometre", "size", subject="length of the tour of norbania", group="vd-length", time=None),
                    Q("715 miles", 715, "mile", "size", subject="length of the tour of norbania", group="vd-length", time=None)])),
    ],
    "removed": ["Quickread uses cookies", "Jun 16, 2039 · 10:05", "44 comments", "Ride 100 km in 6 weeks",
                "Doping in cycling: 4 charts", "Who leads the Tour of Norbania?", "3 races this weekend",
                "Quickread Sport (6 min)", "© 2039 Quickread"],
}

# ------------------------------------------------------------------ Northcast (en broadcaster, Atom entry; Thursday evening)

NC = {
    "input": "dev22/northcast.atom#tag:northcast.example,2039:europe/velocor-raid-0616", "story": SID, "event": EV,
    "publisher": "Northcast", "published": "2039-06-16T18:10:00+02:00",
    "language": "en", "authors": ["Priya Lindgren"], "sensational": False,
    "blocks": [
        H("Velocor team doctor held in Norbania doping raid",
          claims=[ST("Velocor team doctor held", *ARREST, "vd-arrest")]),
        P(S("A doctor of the Velocor cycling team was arrested after police searched the team's hotel in Lindhagen on Wednesday, prosecutors said.",
            claims=[ST("A doctor of the Velocor cycling team was arrested", *ARREST, "vd-arrest", source="prosecutors"),
                    ST("police searched the team's hotel in Lindhagen on Wednesday", *RAID, "vd-raid", source="prosecutors")]),
          S("About 40 officers took part in the search, which reportedly lasted almost six hours.",
            claims=[Q("About 40 officers", 40, "person", "deployed", "about", subject=EVENT, group="vd-officers", time=WED),
                    Q("almost six hours", 6, "hour", "duration", "about", subject="search of the velocor hotel", hedged=True, group="vd-hours", time=None)]),
          S("The doctor allegedly supplied riders with the blood booster EPO.",
            claims=[ST("The doctor allegedly supplied riders with the blood booster EPO", *DOPED, "vd-doped", hedged=True)])),
        P(S("Velocor has denied any doping and says the seized vials contained vitamins.",
            claims=[ST("Velocor has denied any doping", *DOPED, "vd-doped", source=VEL, denial=True)]),
          S("Race organisers said the tour, with about 120 riders still in the field, would go on.",
            claims=[Q("about 120 riders", 120, "person", None, "about", subject="riders still in the tour of norbania", source="organisers", group="vd-field", time=None)])),
    ],
    "extra": '<p class="watch">Watch: <a href="https://northcast.example/video/velocor">Boxes carried out of the team hotel (1 min)</a></p>',
    "removed": ["Boxes carried out of the team hotel", "(1 min)"],
}

FEED = {"title": "Northcast – Europe", "link": "https://northcast.example/europe", "id": "tag:northcast.example,2039:europe",
        "updated": "2039-07-19T17:40:00+02:00", "language": "en"}

ARTICLES = [NRP, SB, FH, QR, NC]

REWRITES = []


def qr_item():
    return {"id": "qr-20390616-1005", "url": "https://quickread.example/sport/velocor-raid-1005",
            "title": headline(QR), "html": render_html(QR, QR_SITE), "publisher": QR["publisher"],
            "published": QR["published"], "language": "en", "section": "Sport"}


def files():
    kn = dev22_kravenau.NORTHCAST
    return {
        "velocor-nrp.txt": (render_txt(NRP), False),
        "velocor-sportblick.html": (render_html(SB, SB_SITE), False),
        "velocor-foghorn.html": (render_html(FH, FH_SITE), False),
        "quickread.jsonl": (render_jsonl([dev22_norlotto.jsonl_item(), qr_item()]), False),
        "northcast.atom": (render_atom(FEED, [
            (NC, "tag:northcast.example,2039:europe/velocor-raid-0616", "https://northcast.example/europe/velocor-raid-0616", NC["extra"]),
            (kn, "tag:northcast.example,2039:europe/kravenau-search-0719", "https://northcast.example/europe/kravenau-search-0719", kn["extra"]),
        ]), False),
    }
