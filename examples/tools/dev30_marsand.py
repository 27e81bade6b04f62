"""dev30 story 3: the verdict in the Mirosand port corruption case (Brezonien / Brezonia). On Wednesday, 14 September 2050, the
regional court of Mirosand sentences Ivo Skarlen, former director of the Mirosand port authority, to five and a half years in
prison for taking €2.4 million in bribes from the construction group Bastova Bau for contracts worth about €180 million on the
container terminal; prosecutors had demanded seven years. A Bastova manager, Lorenz Quade, gets two years suspended. Skarlen
denies taking any bribe and will appeal.

The German agency on Wednesday afternoon (BPA, text), an English wire on Wednesday (Meridian Wire, a text item of the
aggregator dump newsline.jsonl), a right-wing German blog on Wednesday night (Der Wächter, RSS: a larger sum, no denial) and an
English tabloid on Thursday (The Brezonia Bugle, text: the bribes as fact). This module also writes the shared files
waechter.rss (the blog's items of the bridge story and this one) and newsline.jsonl (the trade weekly's HTML item of the spill
story and the wire's text item of this one). Invented: all names and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, block_text, content_blocks, headline, render_jsonl, render_rss, render_txt
import dev30_sauva
import dev30_sellin

SID = "st-marsand-verdict"
EV = "ev-marsand-verdict"
STORY = {"id": SID, "label": "Corruption verdict against the former Mirosand port director, Brezonien",
         "events": [{"id": EV, "label": "Skarlen sentenced to five and a half years for bribery (14 September 2050)"}]}

CASE = "mirosand port corruption case"
WED = T("2050-09-14", "2050-09-14")
CONVICTED = ("court", "convicted", "ivo skarlen")
BRIBE = ("ivo skarlen", "took bribes", "bastova")

GROUPS = [
    {"id": "marsand-convicted", "story": SID, "status": "agreed", "why": "The court convicted Skarlen (BPA, Meridian, Wächter, Bugle)."},
    {"id": "marsand-bribe", "story": SID, "status": "disputed",
     "why": "The court found that Skarlen took bribes from Bastova (BPA, Meridian; Wächter and Bugle as fact); Skarlen denies it (BPA, Meridian)."},
    {"id": "marsand-sum", "story": SID, "status": "conflicting",
     "why": "€2.4 million in bribes (BPA, Meridian with its dollar equivalent, Bugle) against the Wächter's 'über drei Millionen Euro'."},
    {"id": "marsand-sentence", "story": SID, "status": "agreed",
     "why": "Five and a half years (BPA 'fünfeinhalb', Meridian 'five and a half', Wächter 'fünfeinhalb', Bugle '5½')."},
    {"id": "marsand-demand", "story": SID, "status": "agreed", "why": "Prosecutors had demanded seven years (BPA, Meridian)."},
    {"id": "marsand-contracts", "story": SID, "status": "compatible",
     "why": "Contracts worth about €180 million (BPA, Meridian) and 'up to €200m' (Bugle): a looser bound."},
    {"id": "marsand-quade", "story": SID, "status": "agreed", "why": "Quade's two-year suspended sentence (BPA, Meridian)."},
    {"id": "marsand-days", "story": SID, "status": "single-source", "why": "41 days of hearings (BPA only)."},
    {"id": "marsand-2036", "story": SID, "status": "single-source", "why": "The recalled 2036 case with €11 million in kickbacks (Meridian only)."},
    {"id": "marsand-villa", "story": SID, "status": "single-source", "why": "A villa worth €3.1m (Bugle only)."},
    {"id": "marsand-yacht", "story": SID, "status": "single-source", "why": "€800,000 reportedly spent on a yacht (Bugle only, hedged)."},
]

# ------------------------------------------------------------------ BPA (de agency, text; Wednesday afternoon)

BPA = {
    "input": "dev30/marsand-urteil-bpa.txt", "story": SID, "event": EV,
    "publisher": "BPA Brezonische Presseagentur", "published": "2050-09-14T15:30:00+02:00",
    "language": "de", "authors": ["Felix Haran"], "sensational": False,
    "pre": ["BPA Brezonische Presseagentur", "Mittwoch, 14. September 2050, 15:30 Uhr", "Von Felix Haran"],
    "blocks": [
        H("Fünfeinhalb Jahre Haft für früheren Hafendirektor von Mirosand",
          claims=[Q("Fünfeinhalb Jahre Haft", 5.5, "year", "duration", subject="ivo skarlen", group="marsand-sentence", time=WED)]),
        P(S("Das Landgericht Mirosand hat den früheren Direktor der Hafenbehörde, Ivo Skarlen, wegen Bestechlichkeit zu fünfeinhalb Jahren Haft verurteilt.",
            claims=[ST("Das Landgericht Mirosand hat den früheren Direktor der Hafenbehörde, Ivo Skarlen, wegen Bestechlichkeit zu fünfeinhalb Jahren Haft verurteilt", *CONVICTED, "marsand-convicted"),
                    Q("fünfeinhalb Jahren Haft", 5.5, "year", "duration", subject="ivo skarlen", source="court", group="marsand-sentence", time=WED)]),
          S("Nach Überzeugung der Kammer nahm der 63-Jährige zwischen 2045 und 2048 von dem Baukonzern Bastova insgesamt 2,4 Millionen Euro an.",
            claims=[ST("nahm der 63-Jährige zwischen 2045 und 2048 von dem Baukonzern Bastova insgesamt 2,4 Millionen Euro an", *BRIBE, "marsand-bribe", source="court"),
                    Q("2,4 Millionen Euro", 2400000, "eur", "paid", subject="bastova", source="court", group="marsand-sum", time=T("2045-01-01", "2048-12-31"))]),
          S("Im Gegenzug erhielt Bastova Aufträge für den Ausbau des Containerterminals im Wert von rund 180 Millionen Euro.",
            claims=[Q("rund 180 Millionen Euro", 180000000, "eur", None, "about", subject="bastova", group="marsand-contracts")])),
        P(S("Die Staatsanwaltschaft hatte sieben Jahre Haft gefordert, die Verteidigung Freispruch.",
            claims=[Q("sieben Jahre Haft", 7, "year", "duration", subject="ivo skarlen", source="prosecutors", group="marsand-demand")]),
          S("Der mitangeklagte Bastova-Manager Lorenz Quade erhielt zwei Jahre auf Bewährung.",
            claims=[Q("zwei Jahre auf Bewährung", 2, "year", "duration", subject="lorenz quade", source="court", group="marsand-quade", time=WED)]),
          S("Der Prozess hatte sich über 41 Verhandlungstage erstreckt.",
            claims=[Q("41 Verhandlungstage", 41, "day", "duration", subject=CASE, group="marsand-days")])),
        P(S("Skarlen bestreitet die Vorwürfe.",
            claims=[ST("Skarlen bestreitet die Vorwürfe", *BRIBE, "marsand-bribe", source="ivo skarlen", denial=True)]),
          S("Sein Mandant habe zu keinem Zeitpunkt Geld für eine Gegenleistung angenommen, sagte Verteidiger Jonas Brik nach der Urteilsverkündung.",
            claims=[ST("Sein Mandant habe zu keinem Zeitpunkt Geld für eine Gegenleistung angenommen", *BRIBE, "marsand-bribe", source="ivo skarlen", hedged=True, denial=True)]),
          S("Die Zahlungen seien „Beraterhonorare“ für Gutachten gewesen, die Skarlen vor seiner Amtszeit erstellt habe.",
            loaded=[L("Beraterhonorare", "euphemism", "reported")]),
          S("Man werde Revision einlegen.")),
        P(S("„Der Angeklagte hat sein Amt verkauft“, sagte die Vorsitzende Richterin Anna Rellik in der Begründung.", "quote"),
          S("Das Urteil ist noch nicht rechtskräftig.")),
    ],
    "post": ["bpa fh/lm 141530 Sep 50", "© BPA Brezonische Presseagentur. Alle Rechte vorbehalten."],
    "removed": ["Von Felix Haran", "bpa fh/lm", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Meridian Wire (en wire, text item in newsline.jsonl; Wednesday)

MW = {
    "input": "dev30/newsline.jsonl#nl-50-0914-meridian-skarlen", "story": SID, "event": EV,
    "publisher": "Meridian Wire", "published": "2050-09-14T16:05:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Former Brezonian port chief jailed for bribery"),
        P(S("MIROSAND, Brezonia, Sept 14 (Meridian) - A Brezonian court on Wednesday sentenced Ivo Skarlen, the former director of the port of Mirosand, to five and a half years in prison for taking bribes from a construction group that won contracts worth about 180 million euros.",
            claims=[ST("A Brezonian court on Wednesday sentenced Ivo Skarlen, the former director of the port of Mirosand, to five and a half years in prison", *CONVICTED, "marsand-convicted"),
                    Q("five and a half years", 5.5, "year", "duration", subject="ivo skarlen", source="court", group="marsand-sentence", time=WED),
                    ST("for taking bribes from a construction group", *BRIBE, "marsand-bribe", source="court"),
                    Q("about 180 million euros", 180000000, "eur", None, "about", subject="bastova", group="marsand-contracts")])),
        P(S("The regional court found that Skarlen accepted 2.4 million euros ($2.6 million) from Bastova Bau between 2045 and 2048.",
            claims=[Q("2.4 million euros", 2400000, "eur", "paid", subject="bastova", source="court", group="marsand-sum", time=T("2045-01-01", "2048-12-31")),
                    Q("$2.6 million", 2600000, "usd", "paid", subject="bastova", source="court", group="marsand-sum", time=T("2045-01-01", "2048-12-31"))]),
          S("Prosecutors had sought seven years.",
            claims=[Q("seven years", 7, "year", "duration", subject="ivo skarlen", source="prosecutors", group="marsand-demand")]),
          S("A Bastova manager received a two-year suspended sentence.",
            claims=[Q("two-year suspended sentence", 2, "year", "duration", subject="lorenz quade", source="court", group="marsand-quade", time=WED)])),
        P(S("Skarlen, who denies wrongdoing, will appeal, his lawyer said.",
            claims=[ST("Skarlen, who denies wrongdoing", *BRIBE, "marsand-bribe", source="ivo skarlen", denial=True)]),
          S("The lawyer has described the payments as \"consulting fees\".", loaded=[L("consulting fees", "euphemism", "reported")])),
        P(S("It is the largest corruption case in Brezonia since 2036, when a former head of defence procurement was convicted of taking 11 million euros in kickbacks.",
            claims=[Q("11 million euros", 11000000, "eur", "paid", subject="2036 procurement case", group="marsand-2036", time=T("2036-01-01", "2036-12-31"))])),
    ],
    "post": ["(Reporting by Tomas Weir; Editing by Sam Ortiz)"],
    "removed": ["Reporting by Tomas Weir", "Editing by Sam Ortiz"],
}

# ------------------------------------------------------------------ Der Wächter (de right-wing blog, RSS item; Wednesday night)

WAE = {
    "input": "dev30/waechter.rss#waechter-2050-09-14-skarlen", "story": SID, "event": EV,
    "publisher": "Der Wächter", "published": "2050-09-14T20:00:00+02:00",
    "language": "de", "authors": ["Konrad Vell"], "sensational": True,
    "blocks": [
        H("Endlich! Roter Hafen-Bonze muss hinter Gitter",
          loaded=[L("Roter Hafen-Bonze", "demonising")]),
        P(S("Fünfeinhalb Jahre – das ist die Quittung für Ivo Skarlen, den Günstling der Fortschrittspartei im Hafen von Mirosand.", "opinion",
            claims=[Q("Fünfeinhalb Jahre", 5.5, "year", "duration", subject="ivo skarlen", group="marsand-sentence", time=WED)],
            loaded=[L("Günstling", "demonising")]),
          S("Das Landgericht hat ihn am Mittwoch verurteilt.",
            claims=[ST("Das Landgericht hat ihn am Mittwoch verurteilt", *CONVICTED, "marsand-convicted")])),
        P(S("Über drei Millionen Euro hat sich der Genosse von Bastova zustecken lassen, damit der Konzern die fetten Aufträge bekommt.",
            claims=[ST("hat sich der Genosse von Bastova zustecken lassen", *BRIBE, "marsand-bribe"),
                    Q("Über drei Millionen Euro", 3000000, "eur", "paid", "more-than", subject="bastova", group="marsand-sum")],
            loaded=[L("Genosse", "demonising"), L("zustecken lassen", "demonising")])),
        P(S("Und das ist nur die Spitze des Eisbergs.", "opinion"),
          S("Wie viele Skarlens sitzen noch in den Ämtern und kassieren ab?", "opinion", loaded=[L("kassieren ab", "demonising")]),
          S("Seit Jahrzehnten ist der Staat für die Genossen ein Selbstbedienungsladen.", "opinion",
            loaded=[L("Genossen", "demonising"), L("Selbstbedienungsladen", "demonising")])),
        P(S("Wir danken den mutigen Ermittlern, die sich vom Filz nicht einschüchtern ließen.", "opinion",
            loaded=[L("mutigen Ermittlern", "glorifying"), L("Filz", "demonising")]),
          S("Teilen Sie diesen Beitrag, damit ganz Brezonien davon erfährt!", "opinion")),
    ],
    "extra": '<p class="spende">Der Wächter ist unabhängig – unterstützen Sie uns mit einer Spende!</p>\n<p class="tags">Schlagworte: Mirosand, Skarlen, Korruption</p>',
    "removed": ["unterstützen Sie uns mit einer Spende", "Schlagworte: Mirosand"],
}

# ------------------------------------------------------------------ The Brezonia Bugle (en tabloid, text; Thursday)

BUG = {
    "input": "dev30/marsand-bugle.txt", "story": SID, "event": EV,
    "publisher": "The Brezonia Bugle", "published": "2050-09-15T07:00:00+02:00",
    "language": "en", "authors": ["Gary Pike"], "sensational": True,
    "pre": ["THE BREZONIA BUGLE", "Thursday 15 September 2050", "By Gary Pike"],
    "blocks": [
        H("PORT BOSS CAGED: Fat cat Skarlen gets 5½ years for €2.4m backhanders",
          claims=[Q("5½ years", 5.5, "year", "duration", subject="ivo skarlen", group="marsand-sentence", time=WED),
                  Q("€2.4m", 2400000, "eur", "paid", subject="bastova", group="marsand-sum")],
          loaded=[L("CAGED", "demonising"), L("Fat cat", "demonising"), L("backhanders", "demonising")]),
        P(S("Greedy former port chief Ivo Skarlen was finally put behind bars yesterday after pocketing a fortune in bribes from builders Bastova.",
            claims=[ST("pocketing a fortune in bribes from builders Bastova", *BRIBE, "marsand-bribe"),
                    ST("was finally put behind bars yesterday", *CONVICTED, "marsand-convicted")],
            loaded=[L("Greedy", "demonising"), L("pocketing", "demonising")]),
          S("In return the firm scooped contracts worth up to €200m at Mirosand's container terminal.",
            claims=[Q("up to €200m", 200000000, "eur", None, "up-to", subject="bastova", group="marsand-contracts")])),
        P(S("Skarlen, 63, lived the high life in a six-bedroom villa on the coast worth €3.1m.",
            claims=[Q("€3.1m", 3100000, "eur", None, subject="ivo skarlen", group="marsand-villa")]),
          S("He reportedly splashed €800,000 on a yacht he named Sea Queen II.",
            claims=[Q("€800,000", 800000, "eur", None, subject="ivo skarlen", hedged=True, group="marsand-yacht")]),
          S("His lawyer still calls the cash \"consultancy fees\".", loaded=[L("consultancy fees", "euphemism", "distancing")])),
        P(S("\"He sold his office,\" said Judge Anna Rellik.", "quote"),
          S("And who paid for it all?", "opinion"),
          S("You did, every time you paid your port fees.", "opinion")),
    ],
    "post": ["MORE: Page 4 – The villa in pictures", "© Bugle Media Group"],
    "removed": ["By Gary Pike", "The villa in pictures", "Bugle Media Group"],
}

ARTICLES = [BPA, MW, WAE, BUG]

REWRITES = []


def waechter_rss():
    channel = {"title": "Der Wächter – Stimme der schweigenden Mehrheit", "link": "https://waechter.example",
               "description": "Nachrichten und Meinung aus Brezonien", "language": "de"}
    items = [(dev30_sellin.WAE, "waechter-2050-06-09-sellin", "https://waechter.example/2050/06/09/bruecken-skandal",
              dev30_sellin.WAE["extra"]),
             (WAE, "waechter-2050-09-14-skarlen", "https://waechter.example/2050/09/14/hafen-bonze", WAE["extra"])]
    return render_rss(channel, items)


def newsline_jsonl():
    text = "\n\n".join(block_text(b) for b in content_blocks(MW)) + "\n\n" + "\n".join(MW["post"])
    item = {"id": "nl-50-0914-meridian-skarlen", "url": "https://meridianwire.example/world/brezonia-port-chief-jailed",
            "title": headline(MW), "text": text, "publisher": MW["publisher"], "published": MW["published"],
            "language": "en"}
    return render_jsonl(dev30_sauva.newsline_items() + [item])


def files():
    return {
        "marsand-urteil-bpa.txt": (render_txt(BPA), False),
        "marsand-bugle.txt": (render_txt(BUG), False),
        "waechter.rss": (waechter_rss(), False),
        "newsline.jsonl": (newsline_jsonl(), False),
    }
