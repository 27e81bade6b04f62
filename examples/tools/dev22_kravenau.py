"""dev22 story 1: on Saturday, 16 July 2039, at about 21:40, a gust of wind topples a 14-metre lighting tower onto the main
stage of the open-air festival "Sommerklang" in Kravenau (Norbanien); a stage technician dies, the fire service counts 34
injured, six of them seriously. The stage workers' union Bühne und Technik says the storm warning came more than three hours
before and the organiser Pulsar Events let the show go on; Pulsar denies it and says the warning reached it only 20 minutes
before the gust. On Tuesday, 19 July, prosecutors search Pulsar's offices; the count of the injured has risen to 41.

A German agency report (nrp, dateline block), its rewrite by the local paper (HTML, with a commentary), an English wire report
(a DE–EN pair with nrp in own words, km and miles, km/h and mph), a German tabloid on Monday (gzip-compressed text) that omits
Pulsar's denial, states the charge as fact and inflates the injured, and an English broadcaster's follow-up (Atom entry,
written by dev22_velocor.py) on the search. Invented by the Parallax team: country, towns, festival, union, company, outlets,
people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-kravenau-stage"
EV1 = "ev-kravenau-collapse"
EV2 = "ev-pulsar-search"
STORY = {"id": SID, "label": "Lighting tower falls onto the Sommerklang festival stage in Kravenau, Norbanien",
         "events": [{"id": EV1, "label": "A gust topples a lighting tower onto the festival stage; one technician dead, 34 injured; the union says the organiser ignored a storm warning, Pulsar denies it (16–18 July 2039)"},
                    {"id": EV2, "label": "Prosecutors search the offices of the organiser Pulsar Events; the injured now number 41 (19 July 2039)"}]}

UNION = "bühne und technik"
PULSAR = "pulsar"
FIRE = "fire service"
EVENT = "kravenau stage collapse"
SAT = T("2039-07-16", "2039-07-16")
TUE = T("2039-07-19", "2039-07-19")
IGNORED = (PULSAR, "ignored", "the storm warning for the sommerklang concert")
WARN = "time between the storm warning and the kravenau stage collapse"
PROBE = ("prosecutors", "investigated", "the kravenau stage collapse")

GROUPS = [
    {"id": "sk-dead", "story": SID, "status": "agreed", "why": "One stage technician killed (nrp, Rundschau, Tidewire, KRACH, Northcast)."},
    {"id": "sk-injured", "story": SID, "status": "conflicting",
     "why": "34 injured by the fire service's count on Saturday night (nrp, Rundschau, Tidewire; restated by Northcast) against KRACH's 'Mehr als 50' for the same night; Northcast's 41 on Tuesday is a later figure."},
    {"id": "sk-serious", "story": SID, "status": "compatible",
     "why": "Six seriously injured (nrp, Rundschau, Tidewire) and eight by Tuesday (Northcast): an earlier and a later figure."},
    {"id": "sk-visitors", "story": SID, "status": "compatible",
     "why": "About 12,000 at the concert (nrp, Rundschau, Tidewire) beside KRACH's 'Tausende Fans': a looser figure."},
    {"id": "sk-gusts", "story": SID, "status": "agreed", "why": "Gusts of up to 95 km/h (nrp, Rundschau, Tidewire with 59 mph)."},
    {"id": "sk-responders", "story": SID, "status": "agreed", "why": "About 200 emergency workers (nrp, Rundschau, Tidewire)."},
    {"id": "sk-ignored", "story": SID, "status": "disputed",
     "why": "The union says Pulsar let the show go on despite the warning (nrp hedged, Rundschau, Tidewire, Northcast); KRACH states it as fact; Pulsar denies it (nrp, Rundschau, Tidewire, Northcast); KRACH omits the denial."},
    {"id": "sk-warning", "story": SID, "status": "disputed",
     "why": "More than three hours between warning and gust by the union's account (nrp hedged, Rundschau hedged, Tidewire) against Pulsar's 20 minutes in its denial (nrp, Rundschau, Tidewire)."},
    {"id": "sk-probe", "story": SID, "status": "agreed", "why": "Prosecutors investigate (nrp, Rundschau, Tidewire)."},
    {"id": "sk-ambulances", "story": SID, "status": "single-source", "why": "Only KRACH: dozens of ambulances."},
    {"id": "sk-meadow", "story": SID, "status": "single-source", "why": "Only the Rundschau: a meadow of about four hectares."},
    {"id": "sk-tower", "story": SID, "status": "single-source", "why": "Only the Rundschau: a 14-metre tower."},
    {"id": "sk-town", "story": SID, "status": "single-source", "why": "Only Tidewire: Kravenau lies about 60 km (37 miles) north of Estbruck."},
    {"id": "sk-search", "story": SID, "status": "single-source", "why": "Only Northcast: prosecutors searched Pulsar's offices."},
    {"id": "sk-investigators", "story": SID, "status": "single-source", "why": "Only Northcast: about 30 investigators."},
    {"id": "sk-festival", "story": SID, "status": "single-source", "why": "Only Northcast: a festival of three days, now cancelled."},
]

# ------------------------------------------------------------------ nrp (de agency report; Sunday morning)

NRP = {
    "input": "dev22/kravenau-nrp.txt", "story": SID, "event": EV1,
    "publisher": "nrp Norbanischer Pressedienst", "published": "2039-07-17T08:15:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["nrp Norbanischer Pressedienst", "So 17.07.2039 – 08:15", "Ressort: Panorama"],
    "blocks": [
        H("Bühnenunglück in Kravenau: Ein Toter und 34 Verletzte bei Open-Air-Konzert",
          claims=[Q("Ein Toter", 1, "person", "killed", subject=EVENT, group="sk-dead", time=SAT),
                  Q("34 Verletzte", 34, "person", "wounded", subject=EVENT, group="sk-injured", time=SAT)]),
        P(S("KRAVENAU (nrp) – Beim Open-Air-Festival „Sommerklang“ in Kravenau hat eine Sturmböe am Samstagabend gegen 21.40 Uhr einen Lichtturm auf die Hauptbühne stürzen lassen."),
          S("Ein Bühnentechniker kam ums Leben, 34 Menschen wurden nach Angaben der Feuerwehr verletzt, sechs von ihnen schwer.",
            claims=[Q("Ein Bühnentechniker", 1, "worker", "killed", subject=EVENT, source=FIRE, group="sk-dead", time=SAT),
                    Q("34 Menschen", 34, "person", "wounded", subject=EVENT, source=FIRE, group="sk-injured", time=SAT),
                    Q("sechs von ihnen", 6, "person", "wounded", subject=EVENT, source=FIRE, group="sk-serious", time=SAT)]),
          S("Auf der Schlosswiese waren rund 12.000 Besucher.",
            claims=[Q("rund 12.000 Besucher", 12000, "person", None, "about", subject="audience of the sommerklang concert", group="sk-visitors", time=SAT)])),
        P(S("Der Wetterdienst maß Böen von bis zu 95 Kilometern pro Stunde.",
            claims=[Q("bis zu 95 Kilometern pro Stunde", 95, "kilometre per hour", None, "up-to", subject="storm over kravenau", source="weather service", group="sk-gusts", time=SAT)]),
          S("Rund 200 Einsatzkräfte waren vor Ort.",
            claims=[Q("Rund 200 Einsatzkräfte", 200, "person", "deployed", "about", subject=EVENT, group="sk-responders", time=SAT)])),
        P(S("Die Gewerkschaft Bühne und Technik erhebt schwere Vorwürfe gegen den Veranstalter Pulsar Events."),
          S("Die Unwetterwarnung sei schon um 18 Uhr gekommen, mehr als drei Stunden vor dem Unglück.",
            claims=[Q("mehr als drei Stunden", 3, "hour", "duration", "more-than", subject=WARN, source=UNION, hedged=True, group="sk-warning", time=None)]),
          S("Pulsar habe das Konzert trotzdem weiterlaufen lassen.",
            claims=[ST("Pulsar habe das Konzert trotzdem weiterlaufen lassen", *IGNORED, "sk-ignored", source=UNION, hedged=True)])),
        P(S("Pulsar Events weist das zurück.",
            claims=[ST("Pulsar Events weist das zurück", *IGNORED, "sk-ignored", source=PULSAR, denial=True)]),
          S("Die Warnung für Kravenau sei erst 20 Minuten vor der Böe eingegangen, sagte Geschäftsführer Tomas Reinke.",
            claims=[Q("erst 20 Minuten", 20, "minute", "duration", subject=WARN, source=PULSAR, hedged=True, group="sk-warning", time=None)]),
          S("Die Staatsanwaltschaft Kravenau hat Ermittlungen aufgenommen.",
            claims=[ST("Die Staatsanwaltschaft Kravenau hat Ermittlungen aufgenommen", *PROBE, "sk-probe")])),
    ],
    "post": ["nrp tk/ab 170815 Jul 39", "", "Themen: Unglücke · Kravenau · Konzerte",
             "© nrp Norbanischer Pressedienst – Weiterverbreitung nur mit Quellenangabe"],
    "removed": ["So 17.07.2039 – 08:15", "Ressort: Panorama", "nrp tk/ab 170815 Jul 39",
                "Themen: Unglücke · Kravenau · Konzerte", "Weiterverbreitung nur mit Quellenangabe"],
}

# ------------------------------------------------------------------ Kravenauer Rundschau (de local paper, HTML; rewrite of nrp)

RS_SITE = {
    "nav": ["Start", "Kravenau", "Umland", "Norbanien", "Kultur", "Sport", "Anzeigen"],
    "cookie": "Wir und unsere 96 Partner nutzen Cookies. Mit „Zustimmen“ erlauben Sie die Verarbeitung.",
    "cookie_ok": "Zustimmen",
    "by": "Von",
    "date_label": "17.07.2039, 11:05 Uhr",
    "share": "Teilen · 64 Kommentare",
    "ad": "Möbelhaus Tenner: Sommerschlussverkauf – bis zu 50 Prozent auf Gartenmöbel",
    "related_title": "Mehr aus Kravenau",
    "related": ["Sommerklang: Das war der erste Festivaltag (18 Fotos)", "Unwetter: 7 Keller vollgelaufen",
                "Stadtfest 2038: Ein Rückblick"],
    "footer": "© Kravenauer Rundschau 2039 · Impressum · Datenschutz · Abo",
    "inline": '<div class="teaser">Auch interessant: Wie sicher sind Festivalbühnen? (Plus)</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Kravenauer Rundschau/Dana Lörch</p>',
}

RS = {
    "input": "dev22/kravenau-rundschau.html", "story": SID, "event": EV1,
    "publisher": "Kravenauer Rundschau", "published": "2039-07-17T11:05:00+02:00",
    "language": "de", "authors": ["Henrike Vogt"], "sensational": False,
    "blocks": [
        H("Lichtturm stürzt auf Festivalbühne – ein Toter in Kravenau",
          claims=[Q("ein Toter", 1, "person", "killed", subject=EVENT, group="sk-dead", time=SAT)]),
        P(S("Eine Sturmböe hat am Samstag gegen 21.40 Uhr beim „Sommerklang“-Festival einen Lichtturm auf die Bühne gekippt."),
          S("Der 14 Meter hohe Turm erschlug einen Bühnentechniker, laut Feuerwehr gab es außerdem 34 Verletzte, sechs davon schwer.",
            claims=[Q("14 Meter", 14, "metre", "size", subject="lighting tower that fell in kravenau", group="sk-tower", time=None),
                    Q("einen Bühnentechniker", 1, "worker", "killed", subject=EVENT, group="sk-dead", time=SAT),
                    Q("34 Verletzte", 34, "person", "wounded", subject=EVENT, source=FIRE, group="sk-injured", time=SAT),
                    Q("sechs davon", 6, "person", "wounded", subject=EVENT, source=FIRE, group="sk-serious", time=SAT)]),
          S("Etwa 12.000 Menschen verfolgten das Konzert auf der rund vier Hektar großen Schlosswiese.",
            claims=[Q("Etwa 12.000 Menschen", 12000, "person", None, "about", subject="audience of the sommerklang concert", group="sk-visitors", time=SAT),
                    Q("rund vier Hektar", 4, "hectare", "size", "about", subject="schlosswiese in kravenau", group="sk-meadow", time=None)])),
        P(S("Gemessen wurden Böen bis 95 km/h.",
            claims=[Q("bis 95 km/h", 95, "kilometre per hour", None, "up-to", subject="storm over kravenau", group="sk-gusts", time=SAT)]),
          S("Etwa 200 Helfer waren im Einsatz.",
            claims=[Q("Etwa 200 Helfer", 200, "person", "deployed", "about", subject=EVENT, group="sk-responders", time=SAT)])),
        P(S("Die Gewerkschaft Bühne und Technik wirft Pulsar Events vor, die Warnung ignoriert zu haben.",
            claims=[ST("wirft Pulsar Events vor, die Warnung ignoriert zu haben", *IGNORED, "sk-ignored", source=UNION)]),
          S("Zwischen Warnung und Unglück hätten mehr als drei Stunden gelegen.",
            claims=[Q("mehr als drei Stunden", 3, "hour", "duration", "more-than", subject=WARN, source=UNION, hedged=True, group="sk-warning", time=None)]),
          S("Pulsar Events bestreitet das: Die Warnung sei erst 20 Minuten vorher gekommen.",
            claims=[ST("Pulsar Events bestreitet das", *IGNORED, "sk-ignored", source=PULSAR, denial=True),
                    Q("erst 20 Minuten", 20, "minute", "duration", subject=WARN, source=PULSAR, hedged=True, group="sk-warning", time=None)]),
          S("Die Staatsanwaltschaft ermittelt.",
            claims=[ST("Die Staatsanwaltschaft ermittelt", *PROBE, "sk-probe")])),
        H("Kommentar: Kein Konzert ist ein Menschenleben wert"),
        P(S("Ob die Warnung früh genug kam, werden die Ermittler klären.", "opinion"),
          S("Doch wer Menschen unter einen Stahlturm stellt, muss bei Sturm auch den Mut haben, die Musik abzudrehen.", "opinion"),
          S("Kravenau sollte sich gut überlegen, wem es die Schlosswiese im nächsten Sommer überlässt.", "opinion")),
    ],
    "removed": ["Wir und unsere 96 Partner", "17.07.2039, 11:05 Uhr", "64 Kommentare", "bis zu 50 Prozent auf Gartenmöbel",
                "Das war der erste Festivaltag (18 Fotos)", "7 Keller vollgelaufen", "Stadtfest 2038",
                "Wie sicher sind Festivalbühnen?", "Foto: Kravenauer Rundschau/Dana Lörch", "© Kravenauer Rundschau 2039"],
}

# ------------------------------------------------------------------ Tidewire (en wire; Sunday)

TIDE = {
    "input": "dev22/kravenau-tidewire.txt", "story": SID, "event": EV1,
    "publisher": "Tidewire", "published": "2039-07-17T13:20:00+02:00",
    "language": "en", "authors": ["Corin Abernethy"], "sensational": False,
    "pre": ["TIDEWIRE", "17 July 2039 · 13:20 CEST", "By Corin Abernethy"],
    "blocks": [
        H("One dead as storm topples lighting tower at Norbanian festival",
          claims=[Q("One dead", 1, "person", "killed", subject=EVENT, group="sk-dead", time=SAT)]),
        P(S("KRAVENAU, Norbania – A gust of wind brought down a lighting tower onto the main stage of the Sommerklang open-air festival on Saturday night, killing a stage technician and injuring 34 people, six of them seriously, the fire service said.",
            claims=[Q("34 people", 34, "person", "wounded", subject=EVENT, source=FIRE, group="sk-injured", time=SAT),
                    Q("six of them", 6, "person", "wounded", subject=EVENT, source=FIRE, group="sk-serious", time=SAT)]),
          S("Some 12,000 people were at the concert in Kravenau, about 60 km (37 miles) north of the capital Estbruck.",
            claims=[Q("Some 12,000 people", 12000, "person", None, "about", subject="audience of the sommerklang concert", group="sk-visitors", time=SAT),
                    Q("about 60 km", 60, "kilometre", "distance", "about", subject="distance of kravenau from estbruck", group="sk-town", time=None),
                    Q("37 miles", 37, "mile", "distance", "about", subject="distance of kravenau from estbruck", group="sk-town", time=None)]),
          S("Gusts reached up to 95 km/h (59 mph), according to the weather service.",
            claims=[Q("up to 95 km/h", 95, "kilometre per hour", None, "up-to", subject="storm over kravenau", source="weather service", group="sk-gusts", time=SAT),
                    Q("59 mph", 59, "mile per hour", None, "up-to", subject="storm over kravenau", source="weather service", group="sk-gusts", time=SAT)]),
          S("About 200 emergency workers were deployed.",
            claims=[Q("About 200 emergency workers", 200, "person", "deployed", "about", subject=EVENT, group="sk-responders", time=SAT)])),
        P(S("The stage workers' union Bühne und Technik said a storm warning had been issued more than three hours earlier and accused the organiser, Pulsar Events, of letting the show go on.",
            claims=[Q("more than three hours", 3, "hour", "duration", "more-than", subject=WARN, source=UNION, group="sk-warning", time=None),
                    ST("accused the organiser, Pulsar Events, of letting the show go on", *IGNORED, "sk-ignored", source=UNION)]),
          S("Pulsar denied this, saying the warning reached it only 20 minutes before the gust.",
            claims=[ST("Pulsar denied this", *IGNORED, "sk-ignored", source=PULSAR, denial=True),
                    Q("only 20 minutes", 20, "minute", "duration", subject=WARN, source=PULSAR, group="sk-warning", time=None)]),
          S("Prosecutors have opened an investigation.",
            claims=[ST("Prosecutors have opened an investigation", *PROBE, "sk-probe")])),
    ],
    "post": ["(Reporting by Corin Abernethy; editing by Mabel Strand)", "", "© 2039 Tidewire. All rights reserved."],
    "removed": ["17 July 2039 · 13:20 CEST", "By Corin Abernethy", "Reporting by Corin Abernethy", "editing by Mabel Strand",
                "© 2039 Tidewire"],
}

# ------------------------------------------------------------------ KRACH (de tabloid, gzip-compressed text; Monday; omits the denial)

KRACH = {
    "input": "dev22/kravenau-krach.txt.gz", "story": SID, "event": EV1,
    "publisher": "KRACH", "published": "2039-07-18T06:00:00+02:00",
    "language": "de", "authors": ["Benno Falkner"], "sensational": True,
    "pre": ["KRACH", "Mo., 18.07.2039 · 06:00 Uhr", "Von Benno Falkner"],
    "blocks": [
        H("TODES-BÜHNE VON KRAVENAU! Veranstalter ignorierte Sturmwarnung",
          claims=[ST("Veranstalter ignorierte Sturmwarnung", *IGNORED, "sk-ignored")],
          loaded=[L("TODES-BÜHNE", "alarmist")]),
        P(S("Mehr als 50 Verletzte, ein toter Techniker – und das alles für ein paar Euro mehr!", "opinion",
            claims=[Q("Mehr als 50 Verletzte", 50, "person", "wounded", "more-than", subject=EVENT, group="sk-injured", time=SAT),
                    Q("ein toter Techniker", 1, "worker", "killed", subject=EVENT, group="sk-dead", time=SAT)]),
          S("Dutzende Rettungswagen rasten zur Schlosswiese.",
            claims=[Q("Dutzende Rettungswagen", 24, "vehicle", "deployed", "at-least", subject=EVENT, group="sk-ambulances", time=SAT)]),
          S("Tausende Fans mussten mit ansehen, wie der Turm auf die Bühne krachte.",
            claims=[Q("Tausende Fans", 2000, "person", None, "at-least", subject="audience of the sommerklang concert", group="sk-visitors", time=SAT)]),
          S("Nach KRACH-Informationen lag die Unwetterwarnung schon seit 18 Uhr vor."),
          S("Doch die Abzocker von Pulsar Events ließen weiterspielen.",
            claims=[ST("die Abzocker von Pulsar Events ließen weiterspielen", *IGNORED, "sk-ignored")],
            loaded=[L("Abzocker", "demonising")])),
        P(S("„Es war die Hölle, überall lagen Menschen“, sagt Besucherin Jana K. (24).", "quote",
            loaded=[L("die Hölle", "alarmist", "reported")]),
          S("Der Veranstalter spricht von „höherer Gewalt“.",
            loaded=[L("„höherer Gewalt“", "euphemism", "distancing")]),
          S("Wie viele Tote braucht es noch, bis solche Konzerte bei Sturm abgesagt werden?", "opinion"),
          S("Pulsar muss sofort die Lizenz verlieren!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- KRACH-Quiz: 6 Fragen zu Festivals", "- KRACH+ 4 Wochen für 1 Euro",
             "", "#Kravenau #Sommerklang #Unglück"],
    "removed": ["Mo., 18.07.2039 · 06:00 Uhr", "Von Benno Falkner", "Mehr zum Thema:", "6 Fragen zu Festivals",
                "KRACH+ 4 Wochen für 1 Euro", "#Kravenau #Sommerklang #Unglück"],
}

# ------------------------------------------------------------------ Northcast (en broadcaster, Atom entry; Tuesday; event 2)

NORTHCAST = {
    "input": "dev22/northcast.atom#tag:northcast.example,2039:europe/kravenau-search-0719", "story": SID, "event": EV2,
    "publisher": "Northcast", "published": "2039-07-19T17:40:00+02:00",
    "language": "en", "authors": ["Priya Lindgren"], "sensational": False,
    "blocks": [
        H("Prosecutors search festival organiser's offices after Kravenau stage collapse"),
        P(S("Prosecutors in Norbania searched the offices of the concert organiser Pulsar Events on Tuesday, after a lighting tower fell onto a festival stage in Kravenau on Saturday night.",
            claims=[ST("Prosecutors in Norbania searched the offices of the concert organiser Pulsar Events", "prosecutors", "searched", "offices of pulsar", "sk-search")]),
          S("About 30 investigators took part, a spokesman for the prosecutors said.",
            claims=[Q("About 30 investigators", 30, "person", "deployed", "about", subject="search of pulsar's offices", source="prosecutors", group="sk-investigators", time=TUE)]),
          S("The number of injured has risen to 41 from the 34 first reported, eight of them seriously, the fire service said; one stage technician died.",
            claims=[Q("41", 41, "person", "wounded", subject=EVENT, source=FIRE, group="sk-injured", time=TUE),
                    Q("the 34 first reported", 34, "person", "wounded", subject=EVENT, source=FIRE, group="sk-injured", time=SAT),
                    Q("eight of them", 8, "person", "wounded", subject=EVENT, source=FIRE, group="sk-serious", time=TUE),
                    Q("one stage technician", 1, "worker", "killed", subject=EVENT, source=FIRE, group="sk-dead", time=SAT)])),
        P(S("The union Bühne und Technik again accused Pulsar of ignoring a storm warning.",
            claims=[ST("again accused Pulsar of ignoring a storm warning", *IGNORED, "sk-ignored", source=UNION)]),
          S("The company allegedly told stage crews to keep working as the wind rose.",
            claims=[ST("The company allegedly told stage crews to keep working as the wind rose", *IGNORED, "sk-ignored", hedged=True)]),
          S("Pulsar repeated its denial.",
            claims=[ST("Pulsar repeated its denial", *IGNORED, "sk-ignored", source=PULSAR, denial=True)]),
          S("The festival, which was due to run for three days, has been cancelled.",
            claims=[Q("three days", 3, "day", "duration", subject="sommerklang festival", group="sk-festival", time=None)])),
    ],
    "extra": '<p class="watch">Watch: <a href="https://northcast.example/video/kravenau">Investigators leave Pulsar\'s offices (2 min)</a></p>',
    "removed": ["Investigators leave Pulsar's offices", "(2 min)"],
}

ARTICLES = [NRP, RS, TIDE, KRACH, NORTHCAST]

REWRITES = [["dev22/kravenau-nrp.txt", "dev22/kravenau-rundschau.html"]]


def files():
    """northcast.atom is written by the Velocor module (it holds a second entry)."""
    return {
        "kravenau-nrp.txt": (render_txt(NRP), False),
        "kravenau-rundschau.html": (render_html(RS, RS_SITE), False),
        "kravenau-tidewire.txt": (render_txt(TIDE), False),
        "kravenau-krach.txt.gz": (render_txt(KRACH), True),
    }
