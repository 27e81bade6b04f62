"""dev13 story 5: the look-alike of the Orsee ferry grounding — the excursion boat "Kranich" runs aground in low water on
Lake Weilsee near Bad Tessing two years earlier (Wednesday, 19 May 2027); four slightly injured, no dispute.

A German agency report (same agency and template as the Hollmersfeld report) and an English paper's HTML page (same
paper and template as the port-strike rewrite): a DE–EN pair in own words. Invented by the Parallax team: lake, towns,
boat, company, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, T, render_txt, render_html

import dev13_varnholm

SID = "st-weilsee-grounding"
EV = "ev-weilsee-grounding"
STORY = {"id": SID, "label": "Excursion boat Kranich runs aground on Lake Weilsee",
         "events": [{"id": EV, "label": "The excursion boat Kranich runs aground in low water near Bad Tessing; four slightly injured (19 May 2027)"}]}

POL = "police"
ACC = "weilsee grounding"
DAY = T("2027-05-19", "2027-05-19")

GROUPS = [
    {"id": "ws-passengers", "story": SID, "status": "agreed",
     "why": "86 passengers (water police via PDK) and the Courier's 'more than 80'."},
    {"id": "ws-crew", "story": SID, "status": "single-source", "why": "Only PDK: three crew."},
    {"id": "ws-injured", "story": SID, "status": "agreed", "why": "Four slightly injured (PDK; the Courier, headline and body)."},
    {"id": "ws-distance", "story": SID, "status": "agreed", "why": "About 100 metres from the shore (PDK, Courier)."},
    {"id": "ws-duration", "story": SID, "status": "agreed", "why": "About two hours (PDK, Courier)."},
    {"id": "ws-rescuers", "story": SID, "status": "agreed", "why": "About 40 rescuers (PDK, Courier)."},
    {"id": "ws-water-level", "story": SID, "status": "agreed", "why": "About 60 centimetres below the long-term average (PDK, Courier)."},
    {"id": "ws-length", "story": SID, "status": "agreed", "why": "A 32-metre boat (PDK, Courier)."},
    {"id": "ws-probe", "story": SID, "status": "agreed", "why": "The water police are investigating (PDK, Courier)."},
]

PDK = {
    "input": "dev13/weilsee-pdk.txt", "story": SID, "event": EV,
    "publisher": "PDK Pressedienst Kastrien", "published": "2027-05-19T16:45:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["PDK Pressedienst Kastrien", "Mittwoch, 19.05.2027, 16:45 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Ausflugsschiff „Kranich“ auf dem Weilsee auf Grund gelaufen"),
        P(S("Auf dem Weilsee ist am Mittwochvormittag das Ausflugsschiff „Kranich“ bei Bad Tessing auf Grund gelaufen."),
          S("An Bord waren 86 Fahrgäste und drei Besatzungsmitglieder, wie die Wasserschutzpolizei mitteilte.",
            claims=[Q("86 Fahrgäste", 86, "passenger", None, subject=ACC, source=POL, group="ws-passengers", time=DAY),
                    Q("drei Besatzungsmitglieder", 3, "person", None, subject=ACC, source=POL, group="ws-crew", time=DAY)])),
        P(S("Vier Menschen erlitten leichte Verletzungen.",
            claims=[Q("Vier Menschen erlitten leichte Verletzungen", 4, "person", "wounded", subject=ACC, group="ws-injured", time=DAY)]),
          S("Das Schiff saß etwa 100 Meter vor dem Ufer fest.",
            claims=[Q("etwa 100 Meter vor dem Ufer", 100, "metre", "distance", "about", subject=ACC, group="ws-distance", time=DAY)])),
        P(S("Nach rund zwei Stunden waren alle Fahrgäste mit Booten der Wasserrettung an Land gebracht.",
            claims=[Q("Nach rund zwei Stunden", 2, "hour", "duration", "about", subject=ACC, group="ws-duration", time=DAY)]),
          S("Rund 40 Helferinnen und Helfer waren im Einsatz.",
            claims=[Q("Rund 40 Helferinnen und Helfer", 40, "person", "deployed", "about", subject=ACC, group="ws-rescuers", time=DAY)]),
          S("Die Fahrgäste, überwiegend Seniorinnen und Senioren einer Reisegruppe aus Kestrup, wurden in einem Gasthaus am Ufer betreut.")),
        P(S("Die „Kranich“ war um 9.30 Uhr in Bad Tessing zu einer Rundfahrt aufgebrochen und setzte kurz nach dem Ablegen mit einem Ruck auf einer Kiesbank auf."),
          S("Verletzt wurden nach Polizeiangaben Fahrgäste, die bei dem Aufprall stürzten."),
          S("Sie wurden vor Ort vom Rettungsdienst behandelt."),
          S("Ein Krankenhausaufenthalt war nach Angaben der Polizei nicht nötig, alle konnten am Nachmittag die Heimreise antreten.")),
        P(S("Ursache war nach ersten Erkenntnissen der niedrige Wasserstand."),
          S("Der Pegel des Weilsees liegt derzeit rund 60 Zentimeter unter dem langjährigen Mittel.",
            claims=[Q("rund 60 Zentimeter", 60, "centimetre", None, "about", subject="weilsee", group="ws-water-level", time=DAY)]),
          S("Die Schifffahrtsgesellschaft Weilsee-Linie will das 32 Meter lange Schiff am Donnerstag freischleppen lassen.",
            claims=[Q("32 Meter lange", 32, "metre", "size", subject="kranich", group="ws-length", time=None)])),
        P(S("Ein Sprecher der Weilsee-Linie sagte, man bedaure den Vorfall und werde allen Fahrgästen den Fahrpreis erstatten."),
          S("Die Wasserschutzpolizei ermittelt, ob das Schiff von der markierten Fahrrinne abgewichen ist.",
            claims=[ST("Die Wasserschutzpolizei ermittelt, ob das Schiff von der markierten Fahrrinne abgewichen ist", POL, "investigated", "kranich grounding", "ws-probe")]),
          S("Der Linienverkehr auf dem See läuft mit einem ausgedünnten Fahrplan weiter."),
          S("Schifffahrtsbetriebe am Weilsee klagen seit Wochen über den trockenen Frühling."),
          S("Zuletzt war im Sommer 2018 ein Schiff auf dem Weilsee auf Grund gelaufen, damals blieben alle an Bord unverletzt.")),
    ],
    "post": ["pdk/bt/lm 191645 Mai 27", "", "Themen: Schifffahrt · Weilsee · Bad Tessing",
             "© PDK Pressedienst Kastrien. Weiterverbreitung nur mit schriftlicher Genehmigung."],
    "removed": ["Mittwoch, 19.05.2027, 16:45 Uhr", "Ressort: Vermischtes", "pdk/bt/lm 191645 Mai 27",
                "Themen: Schifffahrt · Weilsee · Bad Tessing", "Weiterverbreitung nur mit schriftlicher Genehmigung"],
}

COURIER_SITE = dict(dev13_varnholm.COURIER_SITE)
COURIER_SITE.update({
    "date_label": "Wednesday 19 May 2027, 20:00",
    "share": "Share on social media · Email · 9 comments",
    "ad": "ADVERTISEMENT – Whitsun on the water: lake cruises from €19",
    "related": ["Bad Tessing spa town marks 700 years", "Opinion: Our lakes are drying up", "Weilsee water level: what the numbers mean"],
    "after": "",
})

COURIER = {
    "input": "dev13/weilsee-courier.html", "story": SID, "event": EV,
    "publisher": "The Kastrian Courier", "published": "2027-05-19T20:00:00+02:00",
    "language": "en", "authors": ["Nadia Frost"], "sensational": False,
    "blocks": [
        H("Four hurt as excursion boat runs aground on Lake Weilsee",
          claims=[Q("Four hurt", 4, "person", "wounded", subject=ACC, group="ws-injured", time=DAY)]),
        P(S("An excursion boat with more than 80 passengers on board ran aground on Lake Weilsee near Bad Tessing on Wednesday morning, leaving four people with minor injuries, water police said.",
            claims=[Q("more than 80 passengers", 80, "passenger", None, "more-than", subject=ACC, group="ws-passengers", time=DAY),
                    Q("four people with minor injuries", 4, "person", "wounded", subject=ACC, source=POL, group="ws-injured", time=DAY)]),
          S("The Kranich got stuck about 100 metres from the shore.",
            claims=[Q("about 100 metres from the shore", 100, "metre", "distance", "about", subject=ACC, group="ws-distance", time=DAY)])),
        P(S("Rescuers had taken everyone ashore after about two hours.",
            claims=[Q("after about two hours", 2, "hour", "duration", "about", subject=ACC, group="ws-duration", time=DAY)]),
          S("Some 40 rescuers were deployed.",
            claims=[Q("Some 40 rescuers", 40, "person", "deployed", "about", subject=ACC, group="ws-rescuers", time=DAY)]),
          S("Most of the passengers were pensioners on a day trip from Kestrup."),
          S("The Kranich had left Bad Tessing at 9.30 a.m. for a round trip and hit a gravel bank shortly after casting off."),
          S("Those hurt had fallen when the boat jolted to a halt and were treated at the scene."),
          S("The others were looked after in a lakeside inn while they waited for buses home.")),
        P(S("Low water is the likely cause: the lake is currently about 60 centimetres below its long-term average.",
            claims=[Q("about 60 centimetres", 60, "centimetre", None, "about", subject="weilsee", group="ws-water-level", time=DAY)]),
          S("The operator, Weilsee-Linie, said it would tow the 32-metre boat free on Thursday and refund all fares.",
            claims=[Q("32-metre", 32, "metre", "size", subject="kranich", group="ws-length", time=None)])),
        P(S("Water police are investigating whether the boat strayed from the marked channel.",
            claims=[ST("Water police are investigating whether the boat strayed from the marked channel", POL, "investigated", "kranich grounding", "ws-probe")]),
          S("Services on the lake continue on a reduced timetable."),
          S("Boat operators around the Weilsee have warned for weeks that a dry spring is making some landing stages hard to reach.")),
    ],
    "removed": ["our 184 partners use cookies", "Wednesday 19 May 2027, 20:00", "9 comments", "lake cruises from €19",
                "Bad Tessing spa town marks 700 years", "Opinion: Our lakes are drying up", "Weilsee water level: what the numbers mean",
                "© 2029 The Kastrian Courier Ltd"],
}

ARTICLES = [PDK, COURIER]

REWRITES = []


def files():
    return {
        "weilsee-pdk.txt": (render_txt(PDK), False),
        "weilsee-courier.html": (render_html(COURIER, COURIER_SITE), False),
    }
