"""dev29 story 3: in the run-off for mayor of Velmar (Kelvarien) on Sunday, 16 May 2049, Ilka Strom wins 18,406 votes (50.4 %)
against Jonas Terhaar's 18,094: a margin of 312 votes; turnout 61.4 %. Terhaar's Bürgerallianz says the electoral commission
left about 2,100 postal ballots from the Nordhafen district uncounted; the commission denies it (only 46 postal ballots were
rejected, as late). On Monday evening the commission orders a recount in Nordhafen's polling stations — 14 by the German agency,
16 by the English wire.

The German agency on Monday evening (KPA, text), an English paper on Tuesday (The Kelvaria Courier, HTML), a right-wing German
blog on Monday night (Klartext Kelvarien, RSS: the charge as fact, no denial; the feed is written by dev29_sarnwald.py) and an
English wire on Tuesday (Continental Newswire, text). Invented: country, town, candidates, outlets and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_html, render_txt

SID = "st-velmar-count"
EV = "ev-velmar-runoff-count"
STORY = {"id": SID, "label": "Disputed count of the Velmar mayoral run-off, Kelvarien",
         "events": [{"id": EV, "label": "The run-off, the postal-ballot quarrel and the recount order (16–18 May 2049)"}]}

EVENT = "velmar mayoral run-off"
SUN = T("2049-05-16", "2049-05-16")
MON = T("2049-05-17", "2049-05-17")
COM = "velmar electoral commission"
POSTAL = (COM, "ignored", "postal ballots from nordhafen")
RECOUNT = (COM, "ordered", "recount in nordhafen")

GROUPS = [
    {"id": "velmar-strom-votes", "story": SID, "status": "agreed", "why": "Strom's 18,406 votes (KPA, Courier, Continental)."},
    {"id": "velmar-terhaar-votes", "story": SID, "status": "agreed", "why": "Terhaar's 18,094 votes (KPA, Courier)."},
    {"id": "velmar-margin", "story": SID, "status": "agreed", "why": "A margin of 312 votes (KPA, Courier, Klartext, Continental)."},
    {"id": "velmar-share", "story": SID, "status": "agreed",
     "why": "Strom's 50.4 per cent (KPA, Courier) and 'a little over 50 percent' (Continental): a bound of the same number."},
    {"id": "velmar-turnout", "story": SID, "status": "agreed", "why": "Turnout of 61.4 per cent (KPA) and 'just over 61 percent' (Continental)."},
    {"id": "velmar-recount", "story": SID, "status": "agreed", "why": "The commission ordered a recount in Nordhafen (KPA, Courier, Continental)."},
    {"id": "velmar-stations", "story": SID, "status": "conflicting",
     "why": "The recount covers 14 polling stations (KPA) or 16 (Continental): two exact figures of one thing."},
    {"id": "velmar-postal", "story": SID, "status": "disputed",
     "why": "Terhaar's camp says the commission left postal ballots uncounted (KPA, Courier, Continental; Klartext as fact); the commission denies it (KPA, Courier, Continental)."},
    {"id": "velmar-postal-count", "story": SID, "status": "disputed",
     "why": "'Mehr als 2.000' (KPA) and 2,100 (Klartext, Courier) uncounted postal ballots by Terhaar's count against the commission's 46 rejected ones in its denial (KPA, Courier)."},
    {"id": "velmar-electorate", "story": SID, "status": "single-source", "why": "Velmar's 59,800 eligible voters (Courier only)."},
]

# ------------------------------------------------------------------ KPA (de agency, text; Monday evening)

KPA = {
    "input": "dev29/velmar-wahl-kpa.txt", "story": SID, "event": EV,
    "publisher": "KPA Kelvarische Presseagentur", "published": "2049-05-17T21:10:00+02:00",
    "language": "de", "authors": ["Tobias Renner"], "sensational": False,
    "pre": ["KPA Kelvarische Presseagentur", "Montag, 17. Mai 2049, 21:10 Uhr", "Von Tobias Renner"],
    "blocks": [
        H("Knappes Ergebnis in Velmar: Wahlkommission ordnet Neuauszählung an"),
        P(S("Nach der knappen Stichwahl um das Bürgermeisteramt in Velmar hat die städtische Wahlkommission am Montagabend eine Neuauszählung im Stadtteil Nordhafen angeordnet.",
            claims=[ST("hat die städtische Wahlkommission am Montagabend eine Neuauszählung im Stadtteil Nordhafen angeordnet", *RECOUNT, "velmar-recount")]),
          S("Nachgezählt werden die Stimmen aus 14 Wahllokalen.",
            claims=[Q("14 Wahllokalen", 14, "polling station", None, subject=COM, group="velmar-stations", time=MON)])),
        P(S("Nach dem vorläufigen Ergebnis hatte Amtsinhaberin Ilka Strom bei der Stichwahl am 16. Mai 18.406 Stimmen erhalten, ihr Herausforderer Jonas Terhaar 18.094.",
            claims=[Q("18.406 Stimmen", 18406, "vote", "won", subject="ilka strom", group="velmar-strom-votes", time=SUN),
                    Q("18.094", 18094, "vote", "won", subject="jonas terhaar", group="velmar-terhaar-votes", time=SUN)]),
          S("Strom lag damit mit 50,4 Prozent und 312 Stimmen Vorsprung vorn.",
            claims=[Q("50,4 Prozent", 50.4, "percent", "won", subject="ilka strom", group="velmar-share", time=SUN),
                    Q("312 Stimmen Vorsprung", 312, "vote", None, subject="ilka strom", group="velmar-margin", time=SUN)]),
          S("Der Wahlkommission zufolge lag die Wahlbeteiligung bei 61,4 Prozent.",
            claims=[Q("61,4 Prozent", 61.4, "percent", "turnout", subject=EVENT, source=COM, group="velmar-turnout", time=SUN)])),
        P(S("Terhaars Bürgerallianz erhebt schwere Vorwürfe.",),
          S("Die Kommission habe mehr als 2.000 Briefwahlstimmen aus Nordhafen nicht gezählt, sagte Terhaar vor Journalisten.",
            claims=[ST("Die Kommission habe mehr als 2.000 Briefwahlstimmen aus Nordhafen nicht gezählt", *POSTAL, "velmar-postal", source="jonas terhaar", hedged=True),
                    Q("mehr als 2.000 Briefwahlstimmen", 2000, "postal ballot", None, "more-than", subject=COM, source="jonas terhaar", hedged=True, group="velmar-postal-count", time=SUN)])),
        P(S("Die Wahlkommission wies das zurück.",
            claims=[ST("Die Wahlkommission wies das zurück", *POSTAL, "velmar-postal", source=COM, denial=True)]),
          S("Lediglich 46 Briefwahlstimmen seien als ungültig gewertet worden, weil sie nach Schließung der Wahllokale eingegangen seien, erklärte ihr Vorsitzender Marten Olsberg.",
            claims=[Q("46 Briefwahlstimmen", 46, "postal ballot", None, subject=COM, source=COM, hedged=True, group="velmar-postal-count", time=SUN)])),
        P(S("In einem Wahllokal in Nordhafen sollen zudem zwei Wahlurnen stundenlang unbeaufsichtigt gewesen sein; die Kommission prüft den Hinweis.",
            claims=[Q("zwei Wahlurnen", 2, None, None, subject=EVENT, hedged=True, group="velmar-urns", time=SUN)]),
          S("Das Ergebnis der Nachzählung soll bis Freitag vorliegen.")),
    ],
    "post": ["kpa tr/jk 172110 Mai 49", "© KPA Kelvarische Presseagentur. Alle Rechte vorbehalten."],
    "removed": ["Von Tobias Renner", "kpa tr/jk", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ The Kelvaria Courier (en paper, HTML; Tuesday)

KC_SITE = {
    "nav": ["Home", "Kelvaria", "World", "Business", "Opinion", "Culture", "Sport"],
    "cookie": "We use cookies to personalise content and ads. You can change your choice at any time.",
    "cookie_ok": "Accept all",
    "by": "By",
    "date_label": "Tuesday 18 May 2049",
    "share": "Share this article · 112 comments",
    "ad": "Advertisement: Fly Terlach–Lisbon from €49 with KelvAir",
    "related_title": "More on this story",
    "related": ["Velmar run-off: how the night unfolded", "Who is Jonas Terhaar?"],
    "footer": "© The Kelvaria Courier Ltd. All rights reserved. Terms · Privacy",
    "inline": '<div class="subscribe"><p>Enjoying the Courier? Subscribe for £1 a week.</p></div>',
    "inline_at": 3,
}

KC = {
    "input": "dev29/velmar-count-courier.html", "story": SID, "event": EV,
    "publisher": "The Kelvaria Courier", "published": "2049-05-18T07:00:00+02:00",
    "language": "en", "authors": ["Hollis Brandt"], "sensational": False,
    "blocks": [
        H("Velmar orders partial recount after mayor wins by 312 votes",
          claims=[Q("312 votes", 312, "vote", None, subject="ilka strom", group="velmar-margin", time=SUN)]),
        P(S("Velmar's electoral commission has ordered a recount in the Nordhafen district after Sunday's run-off for mayor ended with the incumbent, Ilka Strom, just 312 votes ahead of her challenger.",
            claims=[ST("Velmar's electoral commission has ordered a recount in the Nordhafen district", *RECOUNT, "velmar-recount"),
                    Q("312 votes", 312, "vote", None, subject="ilka strom", group="velmar-margin", time=SUN)]),
          S("According to the provisional result, Strom won 18,406 votes, or 50.4%, and Jonas Terhaar of the opposition Citizens' Alliance 18,094.",
            claims=[Q("18,406 votes", 18406, "vote", "won", subject="ilka strom", group="velmar-strom-votes", time=SUN),
                    Q("50.4%", 50.4, "percent", "won", subject="ilka strom", group="velmar-share", time=SUN),
                    Q("18,094", 18094, "vote", "won", subject="jonas terhaar", group="velmar-terhaar-votes", time=SUN)])),
        P(S("Terhaar's campaign alleges that 2,100 postal ballots from Nordhafen were never counted.",
            claims=[ST("2,100 postal ballots from Nordhafen were never counted", *POSTAL, "velmar-postal", source="jonas terhaar", hedged=True),
                    Q("2,100 postal ballots", 2100, "postal ballot", None, subject=COM, source="jonas terhaar", hedged=True, group="velmar-postal-count", time=SUN)]),
          S("\"This is a stolen election, and we will not accept it,\" Terhaar told supporters on Monday.", "quote",
            loaded=[L("stolen election", "demonising", "reported")])),
        P(S("The commission's chairman, Marten Olsberg, rejected the allegation, saying only 46 postal ballots had been set aside because they arrived after the polls closed.",
            claims=[ST("The commission's chairman, Marten Olsberg, rejected the allegation", *POSTAL, "velmar-postal", source=COM, denial=True),
                    Q("46 postal ballots", 46, "postal ballot", None, subject=COM, source=COM, group="velmar-postal-count", time=SUN)]),
          S("\"Every valid ballot has been counted,\" he said.", "quote")),
        P(S("With 59,800 eligible voters, Velmar is the country's fifth-largest city.",
            claims=[Q("59,800 eligible voters", 59800, "person", None, subject="velmar", group="velmar-electorate")]),
          S("Its run-offs have rarely been close: in 2043, Strom won by nearly 9,000 votes.",
            claims=[Q("nearly 9,000 votes", 9000, "vote", None, "about", subject="ilka strom", group="velmar-2043", time=T("2043-01-01", "2043-12-31"))])),
    ],
    "removed": ["112 comments", "KelvAir", "Subscribe for £1 a week", "how the night unfolded", "The Kelvaria Courier Ltd"],
}

GROUPS.append({"id": "velmar-urns", "story": SID, "status": "single-source",
               "why": "Two ballot boxes said ('sollen') to have stood unattended (KPA only, hearsay)."})
GROUPS.append({"id": "velmar-2043", "story": SID, "status": "single-source",
               "why": "Strom's margin of nearly 9,000 votes in 2043 (Courier's recalled election): a figure of its own."})

# ------------------------------------------------------------------ Klartext Kelvarien (de right-wing blog, RSS; Monday night)

KT = {
    "input": "dev29/klartext.rss#kt-2049-05-17-velmar", "story": SID, "event": EV,
    "publisher": "Klartext Kelvarien", "published": "2049-05-17T23:30:00+02:00",
    "language": "de", "authors": ["Roland Speer"], "sensational": True,
    "blocks": [
        H("Wahlbetrug in Velmar? 2.100 Stimmen einfach verschwunden!",
          claims=[Q("2.100 Stimmen", 2100, "vote", None, subject=COM, group="velmar-postal-count", time=SUN)],
          loaded=[L("Wahlbetrug", "demonising")]),
        P(S("Lächerliche 312 Stimmen trennen die System-Kandidatin Ilka Strom von ihrem Herausforderer Jonas Terhaar.", "opinion",
            claims=[Q("Lächerliche 312 Stimmen", 312, "vote", None, subject="ilka strom", group="velmar-margin", time=SUN)],
            loaded=[L("Lächerliche", "belittling"), L("System-Kandidatin", "demonising")]),
          S("Und genau in Nordhafen, wo Terhaar die meisten Anhänger hat, hat die Wahlkommission 2.100 Briefwahlstimmen unter den Tisch fallen lassen.",
            claims=[ST("hat die Wahlkommission 2.100 Briefwahlstimmen unter den Tisch fallen lassen", *POSTAL, "velmar-postal"),
                    Q("2.100 Briefwahlstimmen", 2100, "postal ballot", None, subject=COM, group="velmar-postal-count", time=SUN)])),
        P(S("Zufall?", "opinion"),
          S("Wer's glaubt.", "opinion"),
          S("Seit Jahrzehnten teilen sich die Altparteien in Velmar die Posten, und wer ihnen gefährlich wird, wird eben weggezählt.", "opinion",
            loaded=[L("Altparteien", "demonising")])),
        P(S("Die angebliche „Neuauszählung“ in ein paar Wahllokalen ist nichts als Theater.", "opinion",
            loaded=[L("Neuauszählung", "belittling", "distancing"), L("Theater", "belittling")]),
          S("Wir fordern: Alle Stimmen neu zählen, unter unabhängiger Aufsicht!", "opinion")),
    ],
    "extra": '<p class="spende">Klartext lebt von Ihrer Unterstützung: Jetzt spenden!</p>\n<p class="tags">Tags: Velmar, Wahl, Strom, Terhaar</p>',
    "removed": ["Klartext lebt von Ihrer Unterstützung", "Tags: Velmar, Wahl"],
}

# ------------------------------------------------------------------ Continental Newswire (en wire, text; Tuesday)

CNW = {
    "input": "dev29/velmar-recount-continental.txt", "story": SID, "event": EV,
    "publisher": "Continental Newswire", "published": "2049-05-18T11:25:00+02:00",
    "language": "en", "authors": ["Priya Lanz"], "sensational": False,
    "pre": ["CONTINENTAL NEWSWIRE", "May 18, 2049 / 11:25 AM", "By Priya Lanz"],
    "blocks": [
        H("Kelvarian city recounts votes in disputed mayoral run-off"),
        P(S("VELMAR, Kelvaria, May 18 (Continental) - The electoral commission of the Kelvarian city of Velmar has ordered a recount of the ballots from 16 polling stations after a mayoral run-off that the incumbent won by just 312 votes.",
            claims=[ST("The electoral commission of the Kelvarian city of Velmar has ordered a recount of the ballots from 16 polling stations", *RECOUNT, "velmar-recount"),
                    Q("16 polling stations", 16, "polling station", None, subject=COM, group="velmar-stations", time=MON),
                    Q("just 312 votes", 312, "vote", None, subject="ilka strom", group="velmar-margin", time=SUN)]),
          S("The commission announced the recount on Monday evening, and officials began counting on Tuesday morning.")),
        P(S("Mayor Ilka Strom took 18,406 votes, a little over 50 percent, in Sunday's vote, on a turnout of just over 61 percent, the commission said.",
            claims=[Q("18,406 votes", 18406, "vote", "won", subject="ilka strom", source=COM, group="velmar-strom-votes", time=SUN),
                    Q("a little over 50 percent", 50, "percent", "won", "more-than", subject="ilka strom", source=COM, group="velmar-share", time=SUN),
                    Q("just over 61 percent", 61, "percent", "turnout", "more-than", subject=EVENT, source=COM, group="velmar-turnout", time=SUN)])),
        P(S("Her challenger, Jonas Terhaar, has alleged that postal ballots were left uncounted, which the commission denies.",
            claims=[ST("Her challenger, Jonas Terhaar, has alleged that postal ballots were left uncounted", *POSTAL, "velmar-postal", source="jonas terhaar", hedged=True),
                    ST("which the commission denies", *POSTAL, "velmar-postal", source=COM, denial=True)]),
          S("The result of the recount is expected by Friday.")),
    ],
    "post": ["(Reporting by Priya Lanz; Editing by Mara Quist)", "Our Standards: The Continental Trust Principles."],
    "removed": ["By Priya Lanz", "Editing by Mara Quist", "Continental Trust Principles"],
}

ARTICLES = [KPA, KC, KT, CNW]

REWRITES = []


def files():
    """klartext.rss is written by dev29_sarnwald.py."""
    return {
        "velmar-wahl-kpa.txt": (render_txt(KPA), False),
        "velmar-count-courier.html": (render_html(KC, KC_SITE), False),
        "velmar-recount-continental.txt": (render_txt(CNW), False),
    }
