"""dev28 story 5: after 62 litres of rain per square metre on Monday, 17 February 2048, E. coli turns up in the drinking water
of Quendal (Lavrenien); on Thursday, 20 February, the utility Stadtwerke Quendal tells about 38,000 residents in twelve
districts to boil their tap water for at least two weeks (ten days by another account). The health authorities count 84
people ill on Friday and 126 on Saturday (six, then nine in hospital). A cracked sewer beside a water main is the suspected
cause; residents say they reported damp cellars in early January and that the utility knew of the damage; the utility denies
it, apologises and offers every household a €50 credit.

A German regional paper on Friday morning (Quendaler Kurier, text), an English wire report on Friday afternoon (Meridian Wire,
text; inches and miles), the German public broadcaster's website on Saturday (LRF, HTML) and an English tabloid on Saturday
evening (The Evening Klaxon, HTML; "POISONED", "bungling bosses", the knowledge stated as fact). Invented: country, town,
utility, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html
import dev28_harkenfeld

SID = "st-quendal-water"
EV = "ev-quendal-boil-notice"
STORY = {"id": SID, "label": "E. coli in Quendal's drinking water: boil-water notice, illnesses, Lavrenien",
         "events": [{"id": EV, "label": "Boil-water notice for about 38,000 residents; dozens ill (17–22 February 2048)"}]}

EVENT = "quendal water contamination"
MON = T("2048-02-17", "2048-02-17")
THU = T("2048-02-20", "2048-02-20")
FRI = T("2048-02-21", "2048-02-21")
SAT = T("2048-02-22", "2048-02-22")
SWQ = "stadtwerke quendal"
HA = "health authorities"
KNEW = (SWQ, "knew of", "the damaged sewer beside the water main before the contamination")
APOLOGY = (SWQ, "apologised", "the contamination of the drinking water")

GROUPS = [
    {"id": "water-affected", "story": SID, "status": "agreed",
     "why": "About 38,000 residents (Kurier, Meridian) and about 40,000 people (LRF, Klaxon) told to boil their water."},
    {"id": "water-districts", "story": SID, "status": "agreed", "why": "Twelve districts (Kurier, Meridian)."},
    {"id": "water-sick", "story": SID, "status": "compatible",
     "why": "84 ill on Friday (Kurier, Meridian), 126 on Saturday (LRF): a later figure; 'HUNDREDS' (Klaxon) a looser vague amount."},
    {"id": "water-hospital", "story": SID, "status": "compatible", "why": "Six in hospital on Friday (Meridian), nine on Saturday (LRF): a later figure."},
    {"id": "water-notice-length", "story": SID, "status": "compatible",
     "why": "At least two weeks (Kurier) beside at least ten days (Meridian): bounds of different numbers."},
    {"id": "water-litres", "story": SID, "status": "agreed", "why": "About 60,000 litres of water handed out a day (LRF, Meridian)."},
    {"id": "water-network", "story": SID, "status": "agreed",
     "why": "A network of 310 kilometres (Kurier) and 190 miles (Meridian, 306 km), one length restated."},
    {"id": "water-rain", "story": SID, "status": "compatible",
     "why": "62 litres per square metre (Kurier, 62 mm) beside more than two inches (Meridian, 51 mm): a looser bound."},
    {"id": "water-knew", "story": SID, "status": "disputed",
     "why": "Residents say the utility knew of the damage (Kurier, Meridian; the Klaxon as fact); Stadtwerke Quendal denies it (Kurier, Meridian, LRF)."},
    {"id": "water-credit", "story": SID, "status": "agreed", "why": "A €50 credit per household (LRF, Klaxon)."},
    {"id": "water-apology", "story": SID, "status": "agreed", "why": "The utility's head apologised (LRF, Meridian)."},
]

# ------------------------------------------------------------------ Quendaler Kurier (de regional paper, text; Friday morning)

QK = {
    "input": "dev28/quendal-kurier.txt", "story": SID, "event": EV,
    "publisher": "Quendaler Kurier", "published": "2048-02-21T06:00:00+01:00",
    "language": "de", "authors": ["Henrike Balz"], "sensational": False,
    "pre": ["Quendaler Kurier – Lokales", "Freitag, 21. Februar 2048", "Von Henrike Balz"],
    "blocks": [
        H("Keime im Leitungswasser: Quendal muss abkochen"),
        P(S("Rund 38.000 Einwohner in zwölf Stadtteilen dürfen ihr Leitungswasser nur noch abgekocht trinken.",
            claims=[Q("Rund 38.000 Einwohner", 38000, "person", "affected", "about", subject=EVENT, group="water-affected", time=THU),
                    Q("zwölf Stadtteilen", 12, None, "affected", subject=EVENT, group="water-districts", time=THU)]),
          S("Die Stadtwerke Quendal hatten am Donnerstagnachmittag Kolibakterien im Netz nachgewiesen und sofort eine Abkochanordnung erlassen."),
          S("Sie werde nach Einschätzung des Versorgers mindestens zwei Wochen gelten.",
            claims=[Q("mindestens zwei Wochen", 2, "week", "duration", "at-least", subject="boil-water notice", source=SWQ, hedged=True, group="water-notice-length")])),
        P(S("Das Gesundheitsamt zählt bislang 84 Erkrankte mit Durchfall und Erbrechen.",
            claims=[Q("84 Erkrankte", 84, "patient", "infected", subject=EVENT, source=HA, group="water-sick", time=FRI)]),
          S("Als Ursache gilt ein gebrochener Abwasserkanal in der Brunnenstraße, direkt neben einer Hauptleitung."),
          S("Nach dem Starkregen vom Montag, als 62 Liter pro Quadratmeter fielen, sei Schmutzwasser in die Leitung gedrückt worden, vermuten die Stadtwerke.",
            claims=[Q("62 Liter pro Quadratmeter", 62, "millimetre", None, subject="rain in quendal", group="water-rain", time=MON)])),
        P(S("Anwohner der Brunnenstraße sollen den Stadtwerken bereits Anfang Januar feuchte Keller gemeldet haben.",
            claims=[ST("Anwohner der Brunnenstraße sollen den Stadtwerken bereits Anfang Januar feuchte Keller gemeldet haben", *KNEW, "water-knew", source="residents", hedged=True)]),
          S("Die Stadtwerke bestreiten, von einem Schaden gewusst zu haben.",
            claims=[ST("Die Stadtwerke bestreiten, von einem Schaden gewusst zu haben", *KNEW, "water-knew", source=SWQ, denial=True)]),
          S("Das gesamte, 310 Kilometer lange Netz wird nun mit Chlor gespült.",
            claims=[Q("310 Kilometer", 310, "kilometre", "size", subject="quendal water network", group="water-network")])),
        P(S("Bürgertelefon der Stadtwerke: 0512 / 77 100, täglich von 7 bis 22 Uhr.")),
    ],
    "post": ["Anzeige", "Heizöl günstig bei Brenner & Sohn, Hafenweg 3 – Tel. 0512 / 40 40 40", "",
             "Ihr Quendaler Kurier – seit 1898 die Zeitung für Quendal und das Umland"],
    "removed": ["Heizöl günstig bei Brenner & Sohn", "0512 / 40 40 40", "seit 1898 die Zeitung für Quendal", "Von Henrike Balz",
                "Freitag, 21. Februar 2048"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text; Friday afternoon)

MW = {
    "input": "dev28/quendal-water-meridian.txt", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2048-02-21T16:20:00+01:00",
    "language": "en", "authors": ["Sean Ardley"], "sensational": False,
    "pre": ["MERIDIAN WIRE | English Service", "February 21, 2048 | 16:20 CET", "By Sean Ardley"],
    "blocks": [
        H("Lavrenian town boils water as E. coli outbreak sickens 84"),
        P(S("QUENDAL, Feb 21 (Meridian) - About 38,000 people in the Lavrenian town of Quendal have been told to boil their tap water after E. coli was found in the supply, and 84 have fallen ill, health officials said on Friday.",
            claims=[Q("About 38,000 people", 38000, "person", "affected", "about", subject=EVENT, group="water-affected", time=THU),
                    Q("84 have fallen ill", 84, "person", "infected", subject=EVENT, source="health officials", group="water-sick", time=FRI)]),
          S("Six of them were in hospital.",
            claims=[Q("Six of them", 6, "person", None, subject=EVENT, source="health officials", group="water-hospital", time=FRI)])),
        P(S("The notice covers 12 districts and will stay in force for at least ten days, the municipal utility Stadtwerke Quendal said.",
            claims=[Q("12 districts", 12, None, "affected", subject=EVENT, source=SWQ, group="water-districts", time=THU),
                    Q("at least ten days", 10, "day", "duration", "at-least", subject="boil-water notice", source=SWQ, group="water-notice-length")]),
          S("Tankers are handing out some 60,000 litres of drinking water a day at distribution points across town.",
            claims=[Q("some 60,000 litres", 60000, "litre", None, "about", subject="emergency water supply", group="water-litres")]),
          S("Engineers suspect that more than two inches of rain on Monday forced sewage through a cracked pipe into a water main, and are flushing all 190 miles of the network with chlorine.",
            claims=[Q("more than two inches", 2, "inch", None, "more-than", subject="rain in quendal", group="water-rain", time=MON),
                    Q("all 190 miles", 190, "mile", "size", subject="quendal water network", group="water-network")])),
        P(S("Residents of the street where the pipe broke say they reported damp cellars to the utility in early January.",
            claims=[ST("Residents of the street where the pipe broke say they reported damp cellars to the utility in early January", *KNEW, "water-knew", source="residents")]),
          S("Stadtwerke Quendal denied knowing of any damage before this week.",
            claims=[ST("Stadtwerke Quendal denied knowing of any damage before this week", *KNEW, "water-knew", source=SWQ, denial=True)]),
          S("“We apologise to everyone affected,” chief executive Pia Renner said.", "quote",
            claims=[ST("“We apologise to everyone affected,” chief executive Pia Renner said", *APOLOGY, "water-apology", source=SWQ)])),
    ],
    "post": ["(Reporting by Sean Ardley; Editing by Ben Orrick)", "((sean.ardley@meridianwire.example; +44 20 7946 0377))",
             "Keywords: LAVRENIA WATER/HEALTH", "© 2048 Meridian Wire. All rights reserved."],
    "removed": ["Editing by Ben Orrick", "+44 20 7946 0377", "Keywords: LAVRENIA WATER/HEALTH", "© 2048 Meridian Wire", "By Sean Ardley"],
}

# ------------------------------------------------------------------ LRF (de public broadcaster, HTML; Saturday)

LRF_SITE = {
    "nav": ["Nachrichten", "Regional", "Wetter", "Sport", "Mediathek", "Radio", "Barrierefrei"],
    "cookie": "LRF.example setzt nur technisch notwendige Cookies. Für Statistik bitten wir um Ihre Zustimmung.",
    "cookie_ok": "Einverstanden",
    "by": "Von",
    "date_label": "Stand: 22.02.2048 12:00 Uhr",
    "share": "Teilen · Link kopieren",
    "ad": "LRF Mediathek: Die Doku „Wasser für Lavrenien“ – jetzt 30 Tage abrufbar",
    "related_title": "Mehr aus der Region",
    "related": ["Abkochen: So geht es richtig", "Quendal: Fragen und Antworten zur Abkochanordnung"],
    "footer": "© Lavrenischer Rundfunk · Anstalt des öffentlichen Rechts · Funkhausplatz 1, Tauberne",
}

LRF = {
    "input": "dev28/quendal-lrf.html", "story": SID, "event": EV,
    "publisher": "LRF Lavrenischer Rundfunk", "published": "2048-02-22T12:00:00+01:00",
    "language": "de", "authors": ["Ole Marquart"], "sensational": False,
    "blocks": [
        H("Verunreinigtes Trinkwasser in Quendal: Zahl der Erkrankten steigt auf 126",
          claims=[Q("126", 126, "person", "infected", subject=EVENT, group="water-sick", time=SAT)]),
        P(S("In Quendal sind inzwischen 126 Menschen an Magen-Darm-Infektionen erkrankt, neun von ihnen werden im Krankenhaus behandelt.",
            claims=[Q("126 Menschen", 126, "person", "infected", subject=EVENT, source=HA, group="water-sick", time=SAT),
                    Q("neun von ihnen", 9, "person", None, subject=EVENT, source=HA, group="water-hospital", time=SAT)]),
          S("Das teilte das Gesundheitsamt am Samstag mit."),
          S("Rund 40.000 Menschen sind von der Abkochanordnung betroffen.",
            claims=[Q("Rund 40.000 Menschen", 40000, "person", "affected", "about", subject=EVENT, group="water-affected", time=THU)])),
        P(S("An Ausgabestellen in der ganzen Stadt verteilen Helfer täglich rund 60.000 Liter Trinkwasser.",
            claims=[Q("rund 60.000 Liter", 60000, "litre", None, "about", subject="emergency water supply", group="water-litres")]),
          S("Stadtwerke-Chefin Pia Renner entschuldigte sich bei den Bürgerinnen und Bürgern und kündigte eine Gutschrift von 50 Euro pro Haushalt an.",
            claims=[ST("Stadtwerke-Chefin Pia Renner entschuldigte sich bei den Bürgerinnen und Bürgern", *APOLOGY, "water-apology", source=SWQ),
                    Q("50 Euro pro Haushalt", 50, "eur", "paid", subject=SWQ, source=SWQ, group="water-credit")])),
        P(S("Vorwürfe aus der Anwohnerschaft, die Stadtwerke hätten von dem maroden Kanal gewusst, wies Renner zurück.",
            claims=[ST("Vorwürfe aus der Anwohnerschaft, die Stadtwerke hätten von dem maroden Kanal gewusst, wies Renner zurück", *KNEW, "water-knew", source=SWQ, denial=True)]),
          S("„Uns lag keine Meldung über einen Schaden an dieser Stelle vor“, sagte sie.", "quote")),
    ],
    "removed": ["jetzt 30 Tage abrufbar", "Abkochen: So geht es richtig", "Anstalt des öffentlichen Rechts", "Funkhausplatz 1"],
}

# ------------------------------------------------------------------ The Evening Klaxon (en tabloid, HTML; Saturday evening)

KL_SITE = dict(dev28_harkenfeld.KL_SITE, date_label="Saturday, February 22 2048, 5:00 pm", share="Share on social · 128 comments",
               related=["Is YOUR tap water safe? 5 signs to look out for", "Quiz star's shock split"],
               after='<div class="tipoff"><p>Are you affected? Tell us your story!</p></div>')

KL = {
    "input": "dev28/quendal-klaxon.html", "story": SID, "event": EV,
    "publisher": "The Evening Klaxon", "published": "2048-02-22T17:00:00+01:00",
    "language": "en", "authors": ["Kerry Mott"], "sensational": True,
    "blocks": [
        H("POISONED! Water bosses KNEW about leak",
          claims=[ST("Water bosses KNEW about leak", *KNEW, "water-knew")],
          loaded=[L("POISONED!", "alarmist")]),
        P(S("HUNDREDS of people have been struck down after sewage seeped into the tap water of 40,000 people in Quendal.",
            claims=[Q("HUNDREDS of people", 200, "person", "infected", "at-least", subject=EVENT, group="water-sick", time=SAT),
                    Q("40,000 people", 40000, "person", "affected", subject=EVENT, group="water-affected", time=THU)])),
        P(S("And the bungling bosses at Stadtwerke Quendal knew all about the broken sewer.",
            claims=[ST("the bungling bosses at Stadtwerke Quendal knew all about the broken sewer", *KNEW, "water-knew")],
            loaded=[L("bungling bosses", "demonising")]),
          S("A resident reported water pouring into her cellar SIX WEEKS ago, and nobody came.")),
        P(S("Their answer to families drinking toxic water?", "opinion", loaded=[L("toxic water", "alarmist")]),
          S("A measly €50 off the next bill.", "opinion",
            claims=[Q("A measly €50", 50, "eur", "paid", subject=SWQ, group="water-credit")],
            loaded=[L("measly", "belittling")]),
          S("Heads must roll.", "opinion"),
          S("Sign our petition for full compensation at klaxon.example/quendal!", "opinion")),
    ],
    "removed": ["128 comments", "text KLAXON to 81118", "Is YOUR tap water safe?", "Are you affected?",
                "Call the newsdesk on 0800 555 0199"],
}

ARTICLES = [QK, MW, LRF, KL]

REWRITES = []


def files():
    return {
        "quendal-kurier.txt": (render_txt(QK), False),
        "quendal-water-meridian.txt": (render_txt(MW), False),
        "quendal-lrf.html": (render_html(LRF, LRF_SITE), False),
        "quendal-klaxon.html": (render_html(KL, KL_SITE), False),
    }
