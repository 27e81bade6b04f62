"""dev8 story 1: a landslide buries part of the hamlet of Unterhollen (municipality of Gaisbach,
district of Sarnegg) in the night to Thursday 6 May 2027, and the end of the search a week later.

A German wire report (mpa) and two rewrites of it (a local news page in HTML, a JSON Lines item
with `html`), an English wire report of the same day (JSON Lines `text` item; German–English pair
with the mpa report), a boulevard paper that states the residents' accusation as fact and omits
the mayor's denial, and a local radio's feed with the next day's update and the follow-up a week
later. Invented by a tenth writer: places, people, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_jsonl, headline
from dev8_lib import text_without_headline, group

SID = "st-unterhollen-landslide"
SLIDE = "ev-unterhollen-slide"
END = "ev-unterhollen-search-end"
STORY = {"id": SID, "label": "Landslide buries part of Unterhollen (Gaisbach, district of Sarnegg)",
         "events": [{"id": SLIDE, "label": "Landslide from the Hollenkogel buries houses in Unterhollen, 6 May 2027"},
                    {"id": END, "label": "Search for the missing called off a week later, first evacuees return"}]}

SUBJ = "unterhollen"
DO = "district office"
GEO = "geological survey"
WX = "weather service"
FALK = "renate falkner"
RAIN = "josef rainer"
STATE = "state government"
D1 = T("2027-05-06", "2027-05-06")
D2 = T("2027-05-06", "2027-05-07")
WEEK = T("2027-05-06", "2027-05-14")

GROUPS = [
    group("unterhollen-killed", SID, "compatible",
          "Two dead on 6 May (mpa, both rewrites, CPW, Abendblitz), four on 7 May (Radio Gaisbach), five on 14 May when the search ended: later figures of a rising toll."),
    group("unterhollen-missing", SID, "compatible",
          "Four missing on 6 May (five articles), two on 7 May and one on 14 May (Radio Gaisbach) as bodies were recovered: later figures, not a contradiction."),
    group("unterhollen-injured", SID, "agreed",
          "Seven injured in mpa, both rewrites, CPW and the Abendblitz fact box."),
    group("unterhollen-injured-serious", SID, "agreed",
          "Three of the injured seriously hurt (mpa, both rewrites, CPW)."),
    group("unterhollen-houses", SID, "conflicting",
          "Eleven houses destroyed (mpa, both rewrites, CPW) against 'mindestens 15' in the Abendblitz."),
    group("unterhollen-evacuated", SID, "compatible",
          "About 180 evacuated on 6 May (mpa, rewrites, CPW); a further 60 from Oberhollen on 7 May; 240 in all a week later (Radio Gaisbach): parts and a later total."),
    group("unterhollen-rescuers", SID, "compatible",
          "More than 300 rescuers on 6 May (mpa, rewrites, CPW); about 450 on 7 May (Radio Gaisbach), a later figure."),
    group("unterhollen-soldiers", SID, "single-source",
          "Only Radio Gaisbach's update gives the 120 soldiers among the helpers."),
    group("unterhollen-helicopters", SID, "agreed",
          "mpa, the Sarnegger Nachrichten and CPW give two helicopters."),
    group("unterhollen-width", SID, "agreed",
          "About 300 metres wide in mpa, the Sarnegger Nachrichten and CPW."),
    group("unterhollen-length", SID, "compatible",
          "Gut 1,2 Kilometer (mpa, Sarnegger Nachrichten) and 'more than a kilometre' (CPW): the bound is a looser figure."),
    group("unterhollen-volume", SID, "agreed",
          "About 400,000 cubic metres of debris in mpa, both rewrites and CPW, citing the geological survey."),
    group("unterhollen-rain", SID, "agreed",
          "Up to 190 litres per square metre (mpa, Sarnegger Nachrichten) is the same as up to 190 millimetres (CPW)."),
    group("unterhollen-road", SID, "agreed",
          "The road is closed over four kilometres (mpa, Sarnegger Nachrichten)."),
    group("unterhollen-warning", SID, "disputed",
          "Residents (Josef Rainer) say the municipality ignored a geologist's warning from 2024; mayor Renate Falkner denies ever receiving it (mpa, rewrites, CPW, Radio Gaisbach); the Abendblitz states it as fact and omits the denial."),
    group("unterhollen-families", SID, "single-source",
          "Only the Abendblitz speaks of dozens of families who had to leave their homes."),
    group("unterhollen-seconds", SID, "single-source",
          "Only the Abendblitz quotes a resident saying it was over within 30 seconds."),
    group("unterhollen-aid", SID, "agreed",
          "Five million euros of emergency aid pledged by the state government (both Radio Gaisbach items)."),
    group("unterhollen-population", SID, "single-source",
          "Only CPW gives Unterhollen's population of about 400."),
    group("unterhollen-returned", SID, "single-source",
          "Only Radio Gaisbach's follow-up gives 150 evacuees allowed home."),
    group("unterhollen-damage", SID, "single-source",
          "Only Radio Gaisbach's follow-up gives the state government's damage estimate of 35 to 40 million euros."),
    group("unterhollen-movement", SID, "single-source",
          "Only Radio Gaisbach's follow-up gives the slope moving up to two centimetres a day."),
    group("unterhollen-prosecutors", SID, "single-source",
          "Only Radio Gaisbach's follow-up reports that prosecutors are examining whether the warning was ignored."),
    group("unterhollen-search-ended", SID, "single-source",
          "Only Radio Gaisbach's follow-up reports the search being called off."),
]

WARN_OBJ = "geologist's warning about the slope"

# ------------------------------------------------------------------ mpa wire report

MPA = {
    "input": "dev8/unterhollen-mpa.txt", "story": SID, "event": SLIDE,
    "publisher": "mpa Mitteleuropäische Presseagentur", "published": "2027-05-06T11:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["mpa Mitteleuropäische Presseagentur", "06.05.2027", "11:20 Uhr"],
    "blocks": [
        H("Hangrutsch verschüttet Teil von Unterhollen – zwei Tote, vier Vermisste",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                  Q("vier Vermisste", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1)]),
        P(S("Gaisbach (mpa) – Ein gewaltiger Hangrutsch hat in der Nacht auf Donnerstag einen Teil des Ortsteils Unterhollen der Gemeinde Gaisbach im Bezirk Sarnegg verschüttet."),
          S("Bis zum Vormittag bargen die Einsatzkräfte zwei Tote; vier Bewohnerinnen und Bewohner werden nach Angaben der Bezirkshauptmannschaft noch vermisst.",
            claims=[Q("bargen die Einsatzkräfte zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                    Q("vier Bewohnerinnen und Bewohner werden nach Angaben der Bezirkshauptmannschaft noch vermisst", 4, "person", "missing",
                      subject=SUBJ, source=DO, group="unterhollen-missing", time=D1)]),
          S("Sieben Menschen wurden verletzt, drei von ihnen schwer.",
            claims=[Q("Sieben Menschen wurden verletzt", 7, "person", "wounded", subject=SUBJ, group="unterhollen-injured", time=D1),
                    Q("drei von ihnen schwer", 3, "person", "wounded", subject=SUBJ, group="unterhollen-injured-serious", time=D1)])),
        P(S("Gegen 3.40 Uhr hatte sich nach tagelangen Regenfällen am Westhang des Hollenkogels eine Rutschung gelöst, die sich auf einer Breite von rund 300 Metern und einer Länge von gut 1,2 Kilometern ins Tal schob.",
            claims=[Q("einer Breite von rund 300 Metern", 300, "metre", "size", qualifier="about", subject=SUBJ, group="unterhollen-width"),
                    Q("einer Länge von gut 1,2 Kilometern", 1.2, "kilometre", "size", qualifier="more-than", subject=SUBJ, group="unterhollen-length")]),
          S("Elf Wohnhäuser wurden von den Erd- und Geröllmassen, die der Landesgeologische Dienst auf rund 400.000 Kubikmeter schätzt, erfasst und zerstört.",
            claims=[Q("Elf Wohnhäuser", 11, "house", "destroyed", subject=SUBJ, group="unterhollen-houses", time=D1),
                    Q("auf rund 400.000 Kubikmeter schätzt", 400000, None, None, qualifier="about", subject=SUBJ, source=GEO, group="unterhollen-volume")]),
          S("In den 48 Stunden zuvor waren nach Angaben des Wetterdienstes bis zu 190 Liter Regen pro Quadratmeter gefallen.",
            claims=[Q("bis zu 190 Liter Regen pro Quadratmeter", 190, "litre", None, qualifier="up-to", subject="rainfall", source=WX, group="unterhollen-rain")])),
        P(S("Rund 180 Bewohnerinnen und Bewohner der angrenzenden Häuser wurden in Sicherheit gebracht und in der Volksschule sowie im Gasthof „Zur Post“ untergebracht.",
            claims=[Q("Rund 180 Bewohnerinnen und Bewohner der angrenzenden Häuser wurden in Sicherheit gebracht", 180, "person", "evacuated",
                      qualifier="about", subject=SUBJ, group="unterhollen-evacuated", time=D1)]),
          S("Im Einsatz stehen mehr als 300 Kräfte von Feuerwehr, Bergrettung und Rotem Kreuz, unterstützt von zwei Hubschraubern und mehreren Suchhundestaffeln.",
            claims=[Q("mehr als 300 Kräfte", 300, "person", "deployed", qualifier="more-than", subject=SUBJ, group="unterhollen-rescuers", time=D1),
                    Q("zwei Hubschraubern", 2, "aircraft", "deployed", subject=SUBJ, group="unterhollen-helicopters", time=D1)]),
          S("Die Landesstraße L 214 bleibt zwischen Gaisbach und Hollenegg auf einer Länge von vier Kilometern gesperrt.",
            claims=[Q("auf einer Länge von vier Kilometern gesperrt", 4, "kilometre", None, subject="road l 214", group="unterhollen-road")])),
        P(S("Anrainer erheben schwere Vorwürfe gegen die Gemeinde."),
          S("Bereits im Herbst 2024 habe ein Geologe in einem Gutachten vor Bewegungen im Hang gewarnt, die Gemeinde habe aber nichts unternommen, sagte Josef Rainer, Sprecher der Bürgerinitiative „Lebenswertes Gaisbachtal“.",
            claims=[ST("die Gemeinde habe aber nichts unternommen", "gaisbach municipality", "ignored", WARN_OBJ,
                       "unterhollen-warning", source=RAIN, hedged=True)]),
          S("Bürgermeisterin Renate Falkner wies das zurück: Ein solches Gutachten habe der Gemeinde „zu keinem Zeitpunkt“ vorgelegen.",
            claims=[ST("Bürgermeisterin Renate Falkner wies das zurück", "gaisbach municipality", "denies", "ignored " + WARN_OBJ,
                       "unterhollen-warning", source=FALK, denial=True)])),
        P(S("„Wir graben, solange es auch nur die geringste Hoffnung gibt“, sagte Einsatzleiter Markus Tretter am Vormittag.", "quote"),
          S("Die Suche muss allerdings immer wieder unterbrochen werden, weil der Hang weiter in Bewegung ist.")),
    ],
    "post": ["Themen: Unwetter · Hangrutsch · Bezirk Sarnegg",
             "",
             "Mehr zum Thema",
             "- Dauerregen: Pegel im Gaisbachtal steigen weiter",
             "",
             "© mpa Mitteleuropäische Presseagentur – Weiterverbreitung nur mit Genehmigung"],
    "removed": ["mpa Mitteleuropäische Presseagentur", "06.05.2027", "11:20 Uhr", "Themen: Unwetter · Hangrutsch · Bezirk Sarnegg",
                "Mehr zum Thema", "Dauerregen: Pegel im Gaisbachtal steigen weiter", "Weiterverbreitung nur mit Genehmigung"],
}

# ------------------------------------------------------------------ rewrite 1: local news page

SN_SITE = {
    "nav": ["Startseite", "Sarnegg", "Gaisbachtal", "Blaulicht", "Sport", "Veranstaltungen"],
    "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
    "cookie_ok": "Zustimmen und weiter",
    "by": "Von",
    "date_label": "06.05.2027, 13:05 Uhr",
    "share": "Teilen: WhatsApp · Facebook · E-Mail",
    "ad": "Anzeige – Autohaus Pichler: Frühjahrs-Check ab 79 € – Termin unter 03412 88 19 20",
    "related_title": "Das könnte Sie auch interessieren",
    "related": ["Unwetterwarnung: Was Hausbesitzer jetzt tun sollten",
                "Gaisbachtal: Gemeinderat beschließt neues Feuerwehrhaus",
                "Blaulicht: Verkehrsunfall auf der B 17 bei Hollenegg"],
    "footer": "© 2027 Sarnegger Nachrichten · Impressum · Datenschutz · Kontakt",
    "inline": '<div class="newsletter-box"><strong>Newsletter</strong> Die wichtigsten Meldungen aus dem Bezirk – jeden Morgen um 6 Uhr in Ihrem Postfach. <a href="/newsletter">Jetzt anmelden</a></div>',
    "inline_at": 3,
    "after": '<p class="tags">Themen: #Unterhollen #Hangrutsch #Gaisbach</p>',
}

SN = {
    "input": "dev8/unterhollen-sarnegger.html", "story": SID, "event": SLIDE,
    "publisher": "Sarnegger Nachrichten", "published": "2027-05-06T13:05:00+02:00",
    "language": "de", "authors": ["Carina Moser"], "sensational": False,
    "blocks": [
        H("Hangrutsch in Unterhollen: Zwei Tote, vier Menschen vermisst",
          claims=[Q("Zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                  Q("vier Menschen vermisst", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1)]),
        P(S("Ein gewaltiger Hangrutsch hat in der Nacht auf Donnerstag einen Teil des Gaisbacher Ortsteils Unterhollen verschüttet."),
          S("Bis zum Vormittag bargen die Einsatzkräfte zwei Tote, vier Bewohner werden laut Bezirkshauptmannschaft noch vermisst.",
            claims=[Q("bargen die Einsatzkräfte zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                    Q("vier Bewohner werden laut Bezirkshauptmannschaft noch vermisst", 4, "person", "missing",
                      subject=SUBJ, source=DO, group="unterhollen-missing", time=D1)]),
          S("Sieben Menschen wurden verletzt, drei davon schwer.",
            claims=[Q("Sieben Menschen wurden verletzt", 7, "person", "wounded", subject=SUBJ, group="unterhollen-injured", time=D1),
                    Q("drei davon schwer", 3, "person", "wounded", subject=SUBJ, group="unterhollen-injured-serious", time=D1)])),
        P(S("Gegen 3.40 Uhr löste sich nach den tagelangen Regenfällen am Westhang des Hollenkogels eine Rutschung, die sich auf rund 300 Metern Breite und gut 1,2 Kilometern Länge ins Tal schob.",
            claims=[Q("rund 300 Metern Breite", 300, "metre", "size", qualifier="about", subject=SUBJ, group="unterhollen-width"),
                    Q("gut 1,2 Kilometern Länge", 1.2, "kilometre", "size", qualifier="more-than", subject=SUBJ, group="unterhollen-length")]),
          S("Elf Wohnhäuser wurden von den Erd- und Geröllmassen – der Landesgeologische Dienst schätzt sie auf rund 400.000 Kubikmeter – erfasst und zerstört.",
            claims=[Q("Elf Wohnhäuser", 11, "house", "destroyed", subject=SUBJ, group="unterhollen-houses", time=D1),
                    Q("auf rund 400.000 Kubikmeter", 400000, None, None, qualifier="about", subject=SUBJ, source=GEO, group="unterhollen-volume")]),
          S("In den 48 Stunden davor waren laut Wetterdienst bis zu 190 Liter Regen pro Quadratmeter gefallen.",
            claims=[Q("bis zu 190 Liter Regen pro Quadratmeter", 190, "litre", None, qualifier="up-to", subject="rainfall", source=WX, group="unterhollen-rain")])),
        P(S("Rund 180 Bewohnerinnen und Bewohner der angrenzenden Häuser wurden in Sicherheit gebracht; sie sind in der Volksschule und im Gasthof „Zur Post“ untergebracht.",
            claims=[Q("Rund 180 Bewohnerinnen und Bewohner der angrenzenden Häuser wurden in Sicherheit gebracht", 180, "person", "evacuated",
                      qualifier="about", subject=SUBJ, group="unterhollen-evacuated", time=D1)]),
          S("Mehr als 300 Kräfte von Feuerwehr, Bergrettung und Rotem Kreuz stehen im Einsatz, unterstützt von zwei Hubschraubern und Suchhundestaffeln.",
            claims=[Q("Mehr als 300 Kräfte", 300, "person", "deployed", qualifier="more-than", subject=SUBJ, group="unterhollen-rescuers", time=D1),
                    Q("zwei Hubschraubern", 2, "aircraft", "deployed", subject=SUBJ, group="unterhollen-helicopters", time=D1)]),
          S("Die L 214 bleibt zwischen Gaisbach und Hollenegg auf vier Kilometern gesperrt.",
            claims=[Q("auf vier Kilometern gesperrt", 4, "kilometre", None, subject="road l 214", group="unterhollen-road")])),
        P(S("Anrainer erheben schwere Vorwürfe gegen die Gemeinde."),
          S("Schon im Herbst 2024 habe ein Geologe in einem Gutachten vor Bewegungen im Hang gewarnt, geschehen sei aber nichts, sagte Josef Rainer von der Bürgerinitiative „Lebenswertes Gaisbachtal“.",
            claims=[ST("geschehen sei aber nichts", "gaisbach municipality", "ignored", WARN_OBJ,
                       "unterhollen-warning", source=RAIN, hedged=True)]),
          S("Bürgermeisterin Renate Falkner wies das zurück: Ein solches Gutachten habe der Gemeinde „zu keinem Zeitpunkt“ vorgelegen.",
            claims=[ST("Bürgermeisterin Renate Falkner wies das zurück", "gaisbach municipality", "denies", "ignored " + WARN_OBJ,
                       "unterhollen-warning", source=FALK, denial=True)])),
        P(S("„Wir graben, solange es auch nur die geringste Hoffnung gibt“, sagte Einsatzleiter Markus Tretter.", "quote"),
          S("Der FC Sarnegg aus der 2. Bundesliga kündigte am Mittag an, die Einnahmen seines nächsten Heimspiels den Betroffenen zu spenden.")),
    ],
    "removed": ["Wir verwenden Cookies", "Zustimmen und weiter", "06.05.2027, 13:05 Uhr", "Von Carina Moser", "Teilen: WhatsApp",
                "Autohaus Pichler", "03412 88 19 20", "Das könnte Sie auch interessieren",
                "Unwetterwarnung: Was Hausbesitzer jetzt tun sollten", "Gemeinderat beschließt neues Feuerwehrhaus",
                "Verkehrsunfall auf der B 17 bei Hollenegg", "Impressum · Datenschutz", "Die wichtigsten Meldungen aus dem Bezirk",
                "Jetzt anmelden", "#Unterhollen #Hangrutsch #Gaisbach"],
}

# ------------------------------------------------------------------ rewrite 2: JSON Lines item with html

BK_SITE = {
    "nav": ["Home", "Österreich", "Welt", "Chronik", "Wetter"],
    "cookie": "Diese Seite nutzt Cookies. Mehr dazu in der Datenschutzerklärung.",
    "cookie_ok": "Verstanden",
    "by": "Von",
    "date_label": "06.05.2027 14:10",
    "share": "Link kopieren · Teilen",
    "ad": "Anzeige: Regenjacken jetzt bis zu 40 % reduziert – nur im Onlineshop",
    "related_title": "Chronik",
    "related": ["Murenwarnung für drei Täler ausgegeben", "Feuerwehr rettet Kuh aus Güllegrube"],
    "footer": "© Bergland Kompakt 2027 · Impressum",
}

BK = {
    "input": "dev8/bergland.jsonl#bk-20270506-117", "story": SID, "event": SLIDE,
    "publisher": "Bergland Kompakt", "published": "2027-05-06T14:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "blocks": [
        H("Unterhollen: Hangrutsch fordert zwei Tote",
          claims=[Q("zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1)]),
        P(S("Ein Hangrutsch hat in der Nacht auf Donnerstag einen Teil des Ortsteils Unterhollen in der Gemeinde Gaisbach (Bezirk Sarnegg) verschüttet."),
          S("Die Einsatzkräfte bargen zwei Tote, vier Bewohner werden nach Angaben der Bezirkshauptmannschaft vermisst.",
            claims=[Q("bargen zwei Tote", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                    Q("vier Bewohner werden nach Angaben der Bezirkshauptmannschaft vermisst", 4, "person", "missing",
                      subject=SUBJ, source=DO, group="unterhollen-missing", time=D1)]),
          S("Sieben Menschen erlitten Verletzungen, drei von ihnen schwere.",
            claims=[Q("Sieben Menschen erlitten Verletzungen", 7, "person", "wounded", subject=SUBJ, group="unterhollen-injured", time=D1),
                    Q("drei von ihnen schwere", 3, "person", "wounded", subject=SUBJ, group="unterhollen-injured-serious", time=D1)])),
        P(S("Die Rutschung hatte sich gegen 3.40 Uhr nach tagelangem Regen am Westhang des Hollenkogels gelöst."),
          S("Elf Wohnhäuser wurden zerstört; die Geröllmassen schätzt der Landesgeologische Dienst auf rund 400.000 Kubikmeter.",
            claims=[Q("Elf Wohnhäuser wurden zerstört", 11, "house", "destroyed", subject=SUBJ, group="unterhollen-houses", time=D1),
                    Q("auf rund 400.000 Kubikmeter", 400000, None, None, qualifier="about", subject=SUBJ, source=GEO, group="unterhollen-volume")]),
          S("Rund 180 Bewohner der Nachbarhäuser wurden in Sicherheit gebracht, mehr als 300 Kräfte von Feuerwehr, Bergrettung und Rotem Kreuz sind im Einsatz.",
            claims=[Q("Rund 180 Bewohner der Nachbarhäuser wurden in Sicherheit gebracht", 180, "person", "evacuated",
                      qualifier="about", subject=SUBJ, group="unterhollen-evacuated", time=D1),
                    Q("mehr als 300 Kräfte", 300, "person", "deployed", qualifier="more-than", subject=SUBJ, group="unterhollen-rescuers", time=D1)])),
        P(S("Anrainer werfen der Gemeinde vor, ein Gutachten aus dem Jahr 2024 ignoriert zu haben, das vor Bewegungen im Hang gewarnt habe.",
            claims=[ST("Anrainer werfen der Gemeinde vor, ein Gutachten aus dem Jahr 2024 ignoriert zu haben", "gaisbach municipality", "ignored",
                       WARN_OBJ, "unterhollen-warning", source="residents")]),
          S("Bürgermeisterin Renate Falkner bestreitet, ein solches Gutachten je erhalten zu haben.",
            claims=[ST("Bürgermeisterin Renate Falkner bestreitet, ein solches Gutachten je erhalten zu haben", "gaisbach municipality", "denies",
                       "ignored " + WARN_OBJ, "unterhollen-warning", source=FALK, denial=True)])),
    ],
    "removed": ["Diese Seite nutzt Cookies", "06.05.2027 14:10", "Link kopieren", "Regenjacken jetzt bis zu 40 % reduziert",
                "Murenwarnung für drei Täler ausgegeben", "Feuerwehr rettet Kuh aus Güllegrube", "© Bergland Kompakt 2027"],
}

# ------------------------------------------------------------------ English wire (JSON Lines text item)

CPW = {
    "input": "dev8/bergland.jsonl#cpw-5521904", "story": SID, "event": SLIDE,
    "publisher": "Continental Press Wire", "published": "2027-05-06T12:45:00+00:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Landslide buries homes in Alpine hamlet, two dead and four missing",
          claims=[Q("two dead", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                  Q("four missing", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1)]),
        P(S("GAISBACH, May 6 (CPW) - A wall of mud and rock slid off a rain-soaked mountainside before dawn on Thursday and buried part of the hamlet of Unterhollen, killing at least two people, district officials said.",
            claims=[Q("killing at least two people", 2, "person", "killed", qualifier="at-least", subject=SUBJ, source=DO,
                      group="unterhollen-killed", time=D1)]),
          S("Four residents were still unaccounted for by midday and seven people had been taken to hospital, three of them with serious injuries.",
            claims=[Q("Four residents were still unaccounted for", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1),
                    Q("seven people had been taken to hospital", 7, "person", "wounded", subject=SUBJ, group="unterhollen-injured", time=D1),
                    Q("three of them with serious injuries", 3, "person", "wounded", subject=SUBJ, group="unterhollen-injured-serious", time=D1)])),
        P(S("The slide, some 300 metres wide and more than a kilometre long, destroyed eleven homes in the hamlet of about 400 people.",
            claims=[Q("some 300 metres wide", 300, "metre", "size", qualifier="about", subject=SUBJ, group="unterhollen-width"),
                    Q("more than a kilometre long", 1, "kilometre", "size", qualifier="more-than", subject=SUBJ, group="unterhollen-length"),
                    Q("destroyed eleven homes", 11, "house", "destroyed", subject=SUBJ, group="unterhollen-houses", time=D1),
                    Q("about 400 people", 400, "person", "size", qualifier="about", subject=SUBJ, group="unterhollen-population")]),
          S("Geologists put the volume of debris at some 400,000 cubic metres.",
            claims=[Q("some 400,000 cubic metres", 400000, None, None, qualifier="about", subject=SUBJ, source=GEO, group="unterhollen-volume")]),
          S("Up to 190 millimetres of rain had fallen in the 48 hours before the slope gave way, according to the weather service.",
            claims=[Q("Up to 190 millimetres of rain", 190, "millimetre", None, qualifier="up-to", subject="rainfall", source=WX, group="unterhollen-rain")])),
        P(S("About 180 residents of neighbouring houses were evacuated, and more than 300 firefighters, mountain rescuers and paramedics, backed by two helicopters, were searching the debris.",
            claims=[Q("About 180 residents of neighbouring houses were evacuated", 180, "person", "evacuated", qualifier="about", subject=SUBJ,
                      group="unterhollen-evacuated", time=D1),
                    Q("more than 300 firefighters, mountain rescuers and paramedics", 300, "person", "deployed", qualifier="more-than", subject=SUBJ,
                      group="unterhollen-rescuers", time=D1),
                    Q("two helicopters", 2, "aircraft", "deployed", subject=SUBJ, group="unterhollen-helicopters", time=D1)])),
        P(S("Some residents accused the municipality of ignoring a geologist's report that warned of movement in the slope in 2024.",
            claims=[ST("Some residents accused the municipality of ignoring a geologist's report", "gaisbach municipality", "ignored", WARN_OBJ,
                       "unterhollen-warning", source="residents")]),
          S("Mayor Renate Falkner told reporters the municipality had never received such a report.",
            claims=[ST("Mayor Renate Falkner told reporters the municipality had never received such a report", "gaisbach municipality", "denies",
                       "ignored " + WARN_OBJ, "unterhollen-warning", source=FALK, denial=True)])),
    ],
    "post": ["Reporting by Lena Hofbauer; Editing by Mark Ellery"],
    "removed": ["Reporting by Lena Hofbauer; Editing by Mark Ellery"],
}

# ------------------------------------------------------------------ boulevard paper (omits the denial)

BLITZ = {
    "input": "dev8/unterhollen-abendblitz.txt", "story": SID, "event": SLIDE,
    "publisher": "Abendblitz", "published": "2027-05-07",
    "language": "de", "authors": ["Ferdl Kranebitter"], "sensational": True,
    "pre": ["Abendblitz", "Freitag, 7. Mai 2027", "Von FERDL KRANEBITTER"],
    "blocks": [
        H("TODES-HANG VON UNTERHOLLEN: Sie wussten es – und taten NICHTS!",
          claims=[ST("Sie wussten es – und taten NICHTS!", "gaisbach municipality", "ignored", WARN_OBJ, "unterhollen-warning")],
          loaded=[L("TODES-HANG", "alarmist")]),
        P(S("Es war eine Horror-Nacht, die das kleine Unterhollen nie vergessen wird.",
            loaded=[L("Horror-Nacht", "alarmist")]),
          S("Um 3.40 Uhr donnerte der halbe Hollenkogel auf die schlafenden Familien herab – mindestens 15 Häuser wurden einfach plattgewalzt.",
            claims=[Q("mindestens 15 Häuser wurden einfach plattgewalzt", 15, "house", "destroyed", qualifier="at-least", subject=SUBJ,
                      group="unterhollen-houses", time=D1)],
            loaded=[L("donnerte der halbe Hollenkogel", "alarmist")]),
          S("Zwei Menschen zogen die Retter tot aus der Schlamm-Hölle, vier werden noch vermisst.",
            claims=[Q("Zwei Menschen zogen die Retter tot", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1),
                    Q("vier werden noch vermisst", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1)],
            loaded=[L("Schlamm-Hölle", "alarmist")])),
        P(S("„In 30 Sekunden war alles weg, unser Haus, der Stall, einfach alles“, schluchzt Anrainerin Maria Gstrein.", "quote",
            claims=[Q("In 30 Sekunden", 30, "second", "duration", subject=SUBJ, source="maria gstrein", group="unterhollen-seconds")]),
          S("Dutzende Familien mussten mitten in der Nacht ihre Häuser verlassen.",
            claims=[Q("Dutzende Familien", None, "household", "evacuated", qualifier="at-least", low=24, subject=SUBJ,
                      group="unterhollen-families", time=D1)])),
        H("Die Bilanz des Grauens"),
        LI(S("Tote: 2",
             claims=[Q("Tote: 2", 2, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D1)])),
        LI(S("Vermisste: 4",
             claims=[Q("Vermisste: 4", 4, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=D1)])),
        LI(S("Verletzte: 7",
             claims=[Q("Verletzte: 7", 7, "person", "wounded", subject=SUBJ, group="unterhollen-injured", time=D1)])),
        P(S("Und das Schlimmste: Die Katastrophe hätte verhindert werden können!", "opinion"),
          S("Schon 2024 warnte ein Geologe die Gemeinde schriftlich vor dem rutschenden Hang.",
            claims=[ST("Schon 2024 warnte ein Geologe die Gemeinde schriftlich vor dem rutschenden Hang", "geologist", "warned",
                       "gaisbach municipality", "unterhollen-warning")]),
          S("Doch die Sesselkleber im Gemeindeamt legten das Papier in die Schublade.",
            claims=[ST("die Sesselkleber im Gemeindeamt legten das Papier in die Schublade", "gaisbach municipality", "ignored", WARN_OBJ,
                       "unterhollen-warning")],
            loaded=[L("Sesselkleber", "demonising")])),
        P(S("Während unsere Helden von Feuerwehr und Bergrettung mit bloßen Händen im Schlamm graben, duckt sich die Bürgermeisterin weg.", "opinion",
            loaded=[L("unsere Helden", "glorifying"), L("duckt sich die Bürgermeisterin weg", "demonising")]),
          S("Wer übernimmt endlich die Verantwortung?", "opinion"),
          S("Unterhollen verdient Antworten – und zwar sofort!", "opinion")),
    ],
    "post": ["ABENDBLITZ hilft: Spendenkonto „Unterhollen“ – jeder Euro zählt!",
             "",
             "Mehr Blaulicht-News im ABENDBLITZ PLUS – jetzt 4 Wochen für 99 Cent testen"],
    "removed": ["ABENDBLITZ hilft", "Freitag, 7. Mai 2027", "Von FERDL KRANEBITTER", "Spendenkonto „Unterhollen“",
                "jetzt 4 Wochen für 99 Cent testen"],
}

# ------------------------------------------------------------------ Radio Gaisbach feed: update and follow-up

UPDATE = {
    "input": "dev8/radio-gaisbach.rss#rg-2027-05-07-0412", "story": SID, "event": SLIDE,
    "publisher": "Radio Gaisbach", "published": "2027-05-07T18:30:00+02:00",
    "language": "de", "authors": ["Thomas Egger"], "sensational": False,
    "blocks": [
        H("Unterhollen: Zahl der Toten steigt auf vier",
          claims=[Q("Zahl der Toten steigt auf vier", 4, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D2)]),
        P(S("Einen Tag nach dem Hangrutsch in Unterhollen ist die Zahl der Todesopfer auf vier gestiegen.",
            claims=[Q("die Zahl der Todesopfer auf vier gestiegen", 4, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=D2)]),
          S("Die Bergungsmannschaften fanden am Freitagvormittag in den Trümmern eines Bauernhauses die Leichen eines Ehepaars; zwei Menschen werden weiterhin vermisst, wie die Bezirkshauptmannschaft am Nachmittag mitteilte.",
            claims=[Q("zwei Menschen werden weiterhin vermisst", 2, "person", "missing", subject=SUBJ, source=DO, group="unterhollen-missing", time=D2)])),
        P(S("Inzwischen sind rund 450 Helferinnen und Helfer im Einsatz, darunter 120 Soldaten, die seit dem Morgen mit schwerem Gerät räumen.",
            claims=[Q("rund 450 Helferinnen und Helfer im Einsatz", 450, "person", "deployed", qualifier="about", subject=SUBJ,
                      group="unterhollen-rescuers", time=D2),
                    Q("darunter 120 Soldaten", 120, "soldier", "deployed", subject=SUBJ, group="unterhollen-soldiers", time=D2)]),
          S("Weil die Geologen eine zweite Rutschung nicht ausschließen, ordnete die Bezirkshauptmannschaft außerdem die Evakuierung von weiteren 60 Anwohnern des Nachbarweilers Oberhollen an.",
            claims=[Q("die Evakuierung von weiteren 60 Anwohnern", 60, "person", "evacuated", subject="oberhollen", source=DO,
                      group="unterhollen-evacuated", time=T("2027-05-07", "2027-05-07"))])),
        P(S("Die Landesregierung sagte der Gemeinde eine Soforthilfe von fünf Millionen Euro zu.",
            claims=[Q("eine Soforthilfe von fünf Millionen Euro zu", 5000000, "eur", "pledged", subject="gaisbach municipality", source=STATE,
                      group="unterhollen-aid")]),
          S("„Niemand wird mit seinem Schaden allein gelassen“, sagte Landeshauptmann Dr. Herbert Lechner bei einem Besuch im Einsatzzentrum.", "quote")),
        P(S("Die Bürgerinitiative „Lebenswertes Gaisbachtal“ hält an ihrem Vorwurf fest, die Gemeinde habe eine Warnung vor dem rutschenden Hang ignoriert.",
            claims=[ST("die Gemeinde habe eine Warnung vor dem rutschenden Hang ignoriert", "gaisbach municipality", "ignored", WARN_OBJ,
                       "unterhollen-warning", source="lebenswertes gaisbachtal", hedged=True)]),
          S("Bürgermeisterin Falkner bestreitet weiterhin, das Gutachten gekannt zu haben.",
            claims=[ST("Bürgermeisterin Falkner bestreitet weiterhin, das Gutachten gekannt zu haben", "gaisbach municipality", "denies",
                       "ignored " + WARN_OBJ, "unterhollen-warning", source=FALK, denial=True)])),
    ],
    "extra": '<p>Radio Gaisbach – Ihr Sender für das Tal. Hören Sie uns auf UKW 98,4 oder im Livestream.</p>',
    "removed": ["Ihr Sender für das Tal", "UKW 98,4", "im Livestream"],
}

FOLLOW = {
    "input": "dev8/radio-gaisbach.rss#rg-2027-05-14-0588", "story": SID, "event": END,
    "publisher": "Radio Gaisbach", "published": "2027-05-14T17:00:00+02:00",
    "language": "de", "authors": ["Thomas Egger"], "sensational": False,
    "blocks": [
        H("Suche in Unterhollen eingestellt: Eine Frau bleibt verschüttet"),
        P(S("Acht Tage nach dem Hangrutsch von Unterhollen haben die Einsatzkräfte die Suche nach der letzten Vermissten am Freitag eingestellt.",
            claims=[ST("haben die Einsatzkräfte die Suche nach der letzten Vermissten am Freitag eingestellt", "rescuers", "called off",
                       "search for the missing", "unterhollen-search-ended")]),
          S("Am Mittwoch war in einem verschütteten Stall ein fünftes Todesopfer geborgen worden, ein 58 Jahre alter Landwirt; damit stieg die Zahl der Toten auf fünf.",
            claims=[Q("damit stieg die Zahl der Toten auf fünf", 5, "person", "killed", subject=SUBJ, group="unterhollen-killed", time=WEEK)]),
          S("Eine 81-jährige Bewohnerin gilt weiterhin als vermisst; der Hang sei für weitere Grabungen zu instabil, hieß es von der Bezirkshauptmannschaft.",
            claims=[Q("Eine 81-jährige Bewohnerin gilt weiterhin als vermisst", 1, "person", "missing", subject=SUBJ, group="unterhollen-missing", time=WEEK)])),
        P(S("Von den insgesamt 240 Evakuierten aus Unterhollen und Oberhollen durften bis Freitag 150 in ihre Häuser zurückkehren.",
            claims=[Q("insgesamt 240 Evakuierten", 240, "person", "evacuated", subject=SUBJ, group="unterhollen-evacuated", time=WEEK),
                    Q("150 in ihre Häuser zurückkehren", 150, "person", None, subject=SUBJ, group="unterhollen-returned", time=WEEK)]),
          S("Nach Messungen des Landesgeologischen Dienstes bewegt sich der Westhang des Hollenkogels noch immer um bis zu zwei Zentimeter pro Tag.",
            claims=[Q("um bis zu zwei Zentimeter pro Tag", 2, "centimetre", None, qualifier="up-to", subject="hollenkogel slope", source=GEO,
                      group="unterhollen-movement")]),
          S("Den Schaden beziffert die Landesregierung inzwischen auf 35 bis 40 Millionen Euro; die bereits zugesagten 5 Mio. Euro Soforthilfe würden bei Weitem nicht reichen, sagte Bürgermeisterin Falkner.",
            claims=[Q("auf 35 bis 40 Millionen Euro", None, "eur", "cost", qualifier="range", low=35000000, high=40000000, subject=SUBJ,
                      source=STATE, group="unterhollen-damage"),
                    Q("die bereits zugesagten 5 Mio. Euro Soforthilfe", 5000000, "eur", "pledged", subject="gaisbach municipality",
                      group="unterhollen-aid")])),
        P(S("Die Staatsanwaltschaft Sarnegg prüft unterdessen, ob das umstrittene Gutachten aus dem Jahr 2024 tatsächlich im Gemeindeamt eingelangt ist.",
            claims=[ST("Die Staatsanwaltschaft Sarnegg prüft unterdessen, ob das umstrittene Gutachten aus dem Jahr 2024 tatsächlich im Gemeindeamt eingelangt ist",
                       "sarnegg prosecutors", "is examining", "whether the 2024 report reached the municipality", "unterhollen-prosecutors")]),
          S("Falkner wiederholte, die Gemeinde habe das Papier nie erhalten.",
            claims=[ST("Falkner wiederholte, die Gemeinde habe das Papier nie erhalten", "gaisbach municipality", "denies",
                       "ignored " + WARN_OBJ, "unterhollen-warning", source=FALK, hedged=True, denial=True)])),
        P(S("Was bleibt, ist ein Tal, das zusammengerückt ist.", "opinion"),
          S("Die Frage, ob man Unterhollen an dieser Stelle überhaupt wieder aufbauen sollte, wird sich das Gaisbachtal trotzdem stellen müssen … und zwar bald.", "opinion")),
    ],
    "extra": '<p>Radio Gaisbach – Ihr Sender für das Tal. Hören Sie uns auf UKW 98,4 oder im Livestream.</p>',
    "removed": ["Ihr Sender für das Tal", "UKW 98,4", "im Livestream"],
}

CHANNEL = {"title": "Radio Gaisbach", "link": "https://radio-gaisbach.example/",
           "description": "Nachrichten aus dem Gaisbachtal und dem Bezirk Sarnegg", "language": "de"}

ARTICLES = [MPA, SN, BK, CPW, BLITZ, UPDATE, FOLLOW]

REWRITES = [["dev8/unterhollen-mpa.txt", "dev8/unterhollen-sarnegger.html"],
            ["dev8/unterhollen-mpa.txt", "dev8/bergland.jsonl#bk-20270506-117"],
            ["dev8/unterhollen-sarnegger.html", "dev8/bergland.jsonl#bk-20270506-117"]]


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    lines = [
        {"id": "bk-20270506-117", "url": "https://bergland-kompakt.example/chronik/unterhollen-hangrutsch-117",
         "title": headline(BK), "html": render_html(BK, BK_SITE), "publisher": BK["publisher"],
         "published": BK["published"], "language": "de", "section": "Chronik"},
        {"id": "cpw-5521904", "url": "https://cpwire.example/world/europe/landslide-unterhollen-5521904",
         "title": headline(CPW), "text": text_without_headline(CPW), "publisher": CPW["publisher"],
         "published": CPW["published"], "language": "en", "section": "World"},
    ]
    items = [(UPDATE, "rg-2027-05-07-0412", "https://radio-gaisbach.example/nachrichten/unterhollen-vier-tote", UPDATE["extra"]),
             (FOLLOW, "rg-2027-05-14-0588", "https://radio-gaisbach.example/nachrichten/unterhollen-suche-eingestellt", FOLLOW["extra"])]
    return {
        "unterhollen-mpa.txt": (render_txt(MPA), False),
        "unterhollen-sarnegger.html": (render_html(SN, SN_SITE), False),
        "bergland.jsonl": (render_jsonl(lines), False),
        "unterhollen-abendblitz.txt": (render_txt(BLITZ), False),
        "radio-gaisbach.rss": (render_rss(CHANNEL, items), False),
    }
