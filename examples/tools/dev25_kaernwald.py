"""dev25 story 3: on Thursday, 9 July 2043, the state forestry agency of Ambrelien reports that bark beetles have killed
spruce on about 12,000 hectares of the Kärnwald since spring; 1.8 million cubic metres of timber are damaged and the price of
spruce logs has fallen by about 40 percent; the state government pledges 45 million euros of emergency aid. The forest
owners' association Waldbesitzerverband Kärnwald says the agency left infested trunks lying in the state forest for months,
so the beetles spread into private woods; the agency denies it and says infested wood is removed within six weeks.

A German agency report (apn, text; a source named only after the sentence it speaks for), an English wire in its own words
(Meridian Wire; hectares and acres, dollars), a right-populist German blog (RSS) that inflates the area, states the charge as
fact, omits the denial, digresses to wind turbines and calls on readers to write to their deputies, and an English
broadcaster on Friday (Atom entry) with the owners' loss estimate. Invented by the Parallax team: country, forest, towns,
agency, association, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_rss

SID = "st-kaernwald-beetle"
EV = "ev-kaernwald-report"
STORY = {"id": SID, "label": "Bark beetles kill spruce across the Kärnwald, Ambrelien",
         "events": [{"id": EV, "label": "The forestry agency reports the damage; the state pledges aid (9 July 2043)"}]}

EVENT = "bark beetle damage in the kärnwald"
THU = T("2043-07-09", "2043-07-09")
AGENCY = "forestry agency"
OWNERS = "waldbesitzerverband kärnwald"
GOV = "state government"
LEFT = (AGENCY, "ignored", "infested trunks left lying in the state forest")
AID = "aid for kärnwald forest owners"
PRICE = "price of spruce logs"

GROUPS = [
    {"id": "kw-area", "story": SID, "status": "conflicting",
     "why": "About 12,000 hectares by the agency's count (apn, Meridian with 29,650 acres, APR) against the Klartext blog's 15,000."},
    {"id": "kw-timber", "story": SID, "status": "agreed", "why": "1.8 million cubic metres of damaged timber (apn, Meridian)."},
    {"id": "kw-trees", "story": SID, "status": "compatible",
     "why": "More than 3 million dead trees to be felled (Meridian), the blog's looser 'Millionen Fichten' (at least two million) and apn's about 3.5 million infested or dead (a combined measure): need not contradict."},
    {"id": "kw-price", "story": SID, "status": "agreed", "why": "Spruce prices down by about 40 percent (apn, Meridian, APR)."},
    {"id": "kw-aid", "story": SID, "status": "agreed", "why": "45 million euros pledged by the state government (apn, Meridian with dollars, Klartext, APR)."},
    {"id": "kw-left", "story": SID, "status": "disputed",
     "why": "The owners' association says the agency left infested trunks lying for months (apn, Meridian, APR); Klartext states it as fact; the agency denies it (apn, Meridian, APR); Klartext omits the denial."},
    {"id": "kw-weeks", "story": SID, "status": "disputed",
     "why": "The agency's counter-figure in its denial: infested wood removed within six weeks (apn, Meridian)."},
    {"id": "kw-losses", "story": SID, "status": "single-source", "why": "Only APR: the owners put their losses at up to 120 million euros."},
    {"id": "kw-turbines", "story": SID, "status": "single-source", "why": "Only Klartext's digression: twelve wind turbines planned on the Kärnkamm."},
]

# ------------------------------------------------------------------ apn (de agency, text; Thursday)

APN = {
    "input": "dev25/kaernwald-apn.txt", "story": SID, "event": EV,
    "publisher": "apn Ambrelische Presse-Nachrichten", "published": "2043-07-09T15:20:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["apn Ambrelische Presse-Nachrichten", "Do 09.07.2043 | 15:20 Uhr", "Rubrik: Umwelt"],
    "blocks": [
        H("Borkenkäfer vernichtet Fichten auf 12.000 Hektar im Kärnwald",
          claims=[Q("12.000 Hektar", 12000, "hectare", "damaged", subject=EVENT, group="kw-area", time=None)]),
        P(S("KÄRNBACH (apn) – Der Borkenkäfer hat im Kärnwald seit dem Frühjahr Fichten auf rund 12.000 Hektar absterben lassen.",
            claims=[Q("rund 12.000 Hektar", 12000, "hectare", "damaged", "about", subject=EVENT, source=AGENCY, group="kw-area", time=None)]),
          S("Das teilte das Landesforstamt am Donnerstag in Kärnbach mit."),
          S("Die Menge des Schadholzes beziffert die Behörde auf 1,8 Millionen Kubikmeter.",
            claims=[Q("1,8 Millionen Kubikmeter", 1800000, "cubic metre", "damaged", subject="damaged timber in the kärnwald", source=AGENCY, group="kw-timber", time=None)])),
        P(S("Nach Schätzung des Amtes sind rund 3,5 Millionen Fichten befallen oder bereits abgestorben.",
            claims=[Q("rund 3,5 Millionen Fichten", 3500000, "tree", "affected or killed", "about", subject=EVENT, source=AGENCY, group="kw-trees", time=None)]),
          S("Der Preis für Fichtenstämme sei um etwa 40 Prozent eingebrochen, sagte Amtsleiter Gernot Vahl.",
            claims=[Q("etwa 40 Prozent", 40, "percent", "decrease", "about", subject=PRICE, source=AGENCY, hedged=True, group="kw-price", time=None)]),
          S("Die Landesregierung sagte den Waldbesitzern noch am selben Tag 45 Millionen Euro Soforthilfe zu.",
            claims=[Q("45 Millionen Euro", 45000000, "eur", "pledged", subject=AID, source=GOV, group="kw-aid", time=THU)])),
        P(S("Der Waldbesitzerverband Kärnwald wirft dem Amt vor, befallene Stämme im Staatswald monatelang liegen gelassen zu haben, sodass die Käfer in die Privatwälder überwechseln konnten.",
            claims=[ST("wirft dem Amt vor, befallene Stämme im Staatswald monatelang liegen gelassen zu haben", *LEFT, "kw-left", source=OWNERS)]),
          S("Das Forstamt widerspricht: Befallenes Holz werde binnen sechs Wochen aus dem Wald geholt.",
            claims=[ST("Das Forstamt widerspricht", *LEFT, "kw-left", source=AGENCY, denial=True),
                    Q("binnen sechs Wochen", 6, "week", "duration", "up-to", subject="removal of infested wood from the state forest", source=AGENCY, hedged=True, group="kw-weeks", time=None)])),
    ],
    "post": ["apn gr/um 091520 Jul 43", "", "Schlagworte: Wald · Kärnwald · Landwirtschaft",
             "© apn – Nachdruck nur mit Genehmigung"],
    "removed": ["Do 09.07.2043 | 15:20 Uhr", "apn gr/um 091520 Jul 43", "Schlagworte: Wald · Kärnwald · Landwirtschaft",
                "Nachdruck nur mit Genehmigung"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Thursday; pair with apn)

MW = {
    "input": "dev25/kaernwald-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2043-07-09T18:00:00+02:00",
    "language": "en", "authors": ["Ewan Castellano"], "sensational": False,
    "pre": ["MERIDIAN WIRE", "July 9, 2043 / 16:00 GMT"],
    "blocks": [
        H("Beetles kill spruce across 12,000 hectares of Ambrelian forest",
          claims=[Q("12,000 hectares", 12000, "hectare", "damaged", subject=EVENT, group="kw-area", time=None)]),
        P(S("KÄRNBACH, Ambrelia – Bark beetles have killed spruce on about 12,000 hectares (29,650 acres) of the Kärnwald forest since spring, Ambrelia's state forestry agency said on Thursday.",
            claims=[Q("about 12,000 hectares", 12000, "hectare", "damaged", "about", subject=EVENT, source=AGENCY, group="kw-area", time=None),
                    Q("29,650 acres", 29650, "acre", "damaged", subject=EVENT, source=AGENCY, group="kw-area", time=None)]),
          S("It puts the damaged timber at 1.8 million cubic metres and expects foresters to fell more than 3 million dead trees by the end of the year.",
            claims=[Q("1.8 million cubic metres", 1800000, "cubic metre", "damaged", subject="damaged timber in the kärnwald", source=AGENCY, group="kw-timber", time=None),
                    Q("more than 3 million dead trees", 3000000, "tree", "killed", "more-than", subject=EVENT, source=AGENCY, group="kw-trees", time=None)])),
        P(S("Spruce log prices have dropped by roughly 40 percent, agency head Gernot Vahl told reporters.",
            claims=[Q("roughly 40 percent", 40, "percent", "decrease", "about", subject=PRICE, source=AGENCY, group="kw-price", time=None)]),
          S("The state government pledged €45 million ($49 million) in emergency aid for forest owners.",
            claims=[Q("€45 million", 45000000, "eur", "pledged", subject=AID, source=GOV, group="kw-aid", time=THU),
                    Q("$49 million", 49000000, "usd", "pledged", subject=AID, source=GOV, group="kw-aid", time=THU)])),
        P(S("The Kärnwald forest owners' association accused the agency of leaving infested trunks in state forests for months and so letting the beetles spread into private woods.",
            claims=[ST("accused the agency of leaving infested trunks in state forests for months", *LEFT, "kw-left", source=OWNERS)]),
          S("The agency denied it, saying infested wood was removed within six weeks.",
            claims=[ST("The agency denied it", *LEFT, "kw-left", source=AGENCY, denial=True),
                    Q("within six weeks", 6, "week", "duration", "up-to", subject="removal of infested wood from the state forest", source=AGENCY, group="kw-weeks", time=None)])),
    ],
    "post": ["(Reporting by Ewan Castellano; editing by Paul Derwent)", "© 2043 Meridian Wire. All rights reserved."],
    "removed": ["July 9, 2043 / 16:00 GMT", "editing by Paul Derwent", "© 2043 Meridian Wire"],
}

# ------------------------------------------------------------------ Klartext Ambrelien (de right-populist blog, RSS; Friday; omits the denial)

KT_CHANNEL = {"title": "Klartext Ambrelien", "link": "https://klartext-ambrelien.example/",
              "description": "Was andere verschweigen.", "language": "de"}

KT = {
    "input": "dev25/klartext.rss#kt-2043-07-10-borkenkaefer", "story": SID, "event": EV,
    "publisher": "Klartext Ambrelien", "published": "2043-07-10T07:45:00+02:00",
    "language": "de", "authors": ["Ralf Steinhövel"], "sensational": True,
    "blocks": [
        H("Käfer-Katastrophe im Kärnwald: Das Versagen der Öko-Bürokraten",
          loaded=[L("Käfer-Katastrophe", "alarmist"), L("Öko-Bürokraten", "demonising")]),
        P(S("Millionen Fichten sind tot, 15.000 Hektar Wald sind verloren.",
            claims=[Q("Millionen Fichten", 2000000, "tree", "killed", "at-least", subject=EVENT, group="kw-trees", time=None),
                    Q("15.000 Hektar", 15000, "hectare", "damaged", subject=EVENT, group="kw-area", time=None)]),
          S("Monatelang ließen die Beamten des Landesforstamts befallene Stämme im Staatswald verrotten, bis der Käfer in die Privatwälder überlief.",
            claims=[ST("Monatelang ließen die Beamten des Landesforstamts befallene Stämme im Staatswald verrotten", *LEFT, "kw-left")]),
          S("Das nennt sich dann „naturnahe Waldwirtschaft“.", "opinion",
            loaded=[L("„naturnahe Waldwirtschaft“", "euphemism", "distancing")])),
        P(S("Übrigens: Dieselben Herrschaften wollen jetzt auf dem Kärnkamm zwölf Windräder in den Wald stellen.", "opinion",
            claims=[Q("zwölf Windräder", 12, None, None, subject="wind turbines planned on the kärnkamm", group="kw-turbines", time=None)]),
          S("Wer soll diesen Leuten noch glauben?", "opinion")),
        P(S("Die 45 Millionen Euro, die die Landesregierung jetzt zusagt, sind ein Tropfen auf den heißen Stein.", "opinion",
            claims=[Q("45 Millionen Euro", 45000000, "eur", "pledged", subject=AID, source=None, group="kw-aid", time=THU)]),
          S("Schreiben Sie Ihrem Landtagsabgeordneten und fordern Sie den Rücktritt von Amtsleiter Vahl!", "opinion")),
    ],
    "extra": '<p class="spenden">Klartext lebt von Ihrer Spende – schon ab 5 Euro</p>\n<p class="tags">Schlagwörter: Wald, Behörden, Energiewende</p>',
    "removed": ["schon ab 5 Euro", "Schlagwörter: Wald, Behörden, Energiewende"],
}

# ------------------------------------------------------------------ APR (en broadcaster, Atom entry; Friday)

APR = {
    "input": "dev25/apr-english.atom#tag:apr.example,2043:en/kaernwald-beetle-aid", "story": SID, "event": EV,
    "publisher": "Ambrelia Public Radio", "published": "2043-07-10T12:30:00+02:00",
    "language": "en", "authors": ["Mireille Santos"], "sensational": False,
    "blocks": [
        H("Forest owners say beetle aid falls short"),
        P(S("Forest owners in Ambrelia's Kärnwald say the €45 million pledged by the state government on Thursday will not cover their losses.",
            claims=[Q("€45 million", 45000000, "eur", "pledged", subject=AID, group="kw-aid", time=THU)]),
          S("According to the forestry agency, beetles have killed spruce on roughly 12,000 hectares since spring, and the price of spruce logs has fallen by around 40 percent.",
            claims=[Q("roughly 12,000 hectares", 12000, "hectare", "damaged", "about", subject=EVENT, source=AGENCY, group="kw-area", time=None),
                    Q("around 40 percent", 40, "percent", "decrease", "about", subject=PRICE, source=AGENCY, group="kw-price", time=None)])),
        P(S("The owners' association puts its members' losses at up to €120 million.",
            claims=[Q("up to €120 million", 120000000, "eur", "cost", "up-to", subject="losses of kärnwald forest owners", source=OWNERS, group="kw-losses", time=None)]),
          S("It also repeats its charge that the agency left infested trunks lying for months, which the agency rejects.",
            claims=[ST("the agency left infested trunks lying for months", *LEFT, "kw-left", source=OWNERS),
                    ST("which the agency rejects", *LEFT, "kw-left", source=AGENCY, denial=True)])),
    ],
    "extra": '<p class="listen">Listen: 3 min · More from APR Science</p>',
    "removed": ["Listen: 3 min", "More from APR Science"],
}

ARTICLES = [APN, MW, KT, APR]

REWRITES = []


def files():
    """The Atom feed apr-english.atom holds items of three stories and is written by dev25_orbeck.py."""
    return {
        "kaernwald-apn.txt": (render_txt(APN), False),
        "kaernwald-meridian.txt": (render_txt(MW), False),
        "klartext.rss": (render_rss(KT_CHANNEL, [(KT, "kt-2043-07-10-borkenkaefer",
                                                  "https://klartext-ambrelien.example/2043/07/10/borkenkaefer", KT["extra"])]), False),
    }
