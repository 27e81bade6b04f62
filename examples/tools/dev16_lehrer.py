"""dev16 story 5: teachers at Orvanien's state schools strike for two days (Monday and Tuesday, 10–11 November 2031); the
union LBO says the education ministry told head teachers to report strikers' names and threatened disciplinary proceedings,
the ministry denies it; union and ministry give rival counts of strikers and of vacant posts.

The public broadcaster's HTML page on Monday (same site as the Stella Varenna page), an English broadcaster's Atom entry on
Monday evening, its rewrite by an English aggregator (JSON Lines item with `text`; this module writes news.jsonl with the
Nachrichtenradar and Newsbyte items of stories 1 and 4), a German left-wing blog (RSS) that states the charge as fact and
omits the denial, and an English wire report on Tuesday with the second day's figures. Invented by the Parallax team:
country, union, ministers, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html, render_rss, render_atom, render_jsonl, headline, content_blocks

import dev16_brisenhaven
import dev16_stahlwinter
import dev16_varenna

SID = "st-lbo-teachers-strike"
EV = "ev-lbo-strike"
STORY = {"id": SID, "label": "Teachers' strike at Orvanian state schools",
         "events": [{"id": EV, "label": "Teachers of the LBO union strike for two days at Orvanian state schools (10–11 November 2031)"}]}

LBO = "lbo"
EDU = "education ministry"
STRIKE = "lbo teachers strike"
MON = T("2031-11-10", "2031-11-10")
TUE = T("2031-11-11", "2031-11-11")
SPAN = T("2031-11-10", "2031-11-11")
THREAT = ("education ministry", "threatened", "striking teachers with disciplinary proceedings")

GROUPS = [
    {"id": "lb-strikers", "story": SID, "status": "conflicting",
     "why": "On Monday more than 18,000 strikers by the union's count (ORV, Kestrel, Newsbyte, blog, Calloway) against about 11,500 by the ministry's (ORV, Kestrel, Newsbyte, Calloway): two sources put one figure in different places."},
    {"id": "lb-teachers", "story": SID, "status": "agreed", "why": "About 64,000 teachers at state schools (ORV, Kestrel)."},
    {"id": "lb-schools-closed", "story": SID, "status": "agreed", "why": "420 schools closed on Monday, the ministry's figure (ORV, Kestrel, Newsbyte)."},
    {"id": "lb-schools", "story": SID, "status": "agreed", "why": "2,150 state schools, the whole the 420 are counted from (ORV, Kestrel)."},
    {"id": "lb-pupils", "story": SID, "status": "compatible",
     "why": "About 390,000 pupils affected (ORV, Kestrel, Newsbyte); the blog's 'Hunderttausende Kinder' is a looser bound."},
    {"id": "lb-demand", "story": SID, "status": "agreed", "why": "The union demands 9 percent more pay (ORV, Kestrel, Newsbyte, blog, Calloway)."},
    {"id": "lb-offer", "story": SID, "status": "agreed", "why": "The ministry offers 3.5 percent (ORV, Kestrel, Newsbyte, blog, Calloway)."},
    {"id": "lb-hours-now", "story": SID, "status": "agreed", "why": "28 lessons a week today (ORV, Kestrel, blog)."},
    {"id": "lb-hours-demand", "story": SID, "status": "agreed", "why": "The union wants 26 (ORV, Kestrel, blog)."},
    {"id": "lb-vacancies", "story": SID, "status": "conflicting",
     "why": "3,400 vacant teaching posts by the union's count (ORV, Kestrel, blog) against 1,900 by the ministry's (ORV, Kestrel); nobody denies the other's count in so many words."},
    {"id": "lb-demand-cost", "story": SID, "status": "agreed",
     "why": "The union's demand would cost about 640 million euros a year, the ministry's estimate (ORV; Calloway with a dollar equivalent)."},
    {"id": "lb-threat", "story": SID, "status": "disputed",
     "why": "The union says the ministry told head teachers to report strikers' names and threatened disciplinary proceedings (ORV hedged, Kestrel, Newsbyte, Calloway); the blog states it as fact; the ministry denies it (ORV, Kestrel, Newsbyte, Calloway); the blog omits the denial."},
    {"id": "lb-duration", "story": SID, "status": "agreed", "why": "A two-day strike (ORV 'zweitägigen', Kestrel, Newsbyte, blog 'zwei Tage', Calloway)."},
    {"id": "lb-strikers-tue", "story": SID, "status": "single-source", "why": "Only Calloway: about 16,000 (union) and 9,800 (ministry) on Tuesday."},
    {"id": "lb-closed-tue", "story": SID, "status": "single-source", "why": "Only Calloway: 380 schools still closed on Tuesday."},
    {"id": "lb-next-strike", "story": SID, "status": "single-source", "why": "Only Calloway: a three-day strike from 24 November if no better offer comes."},
    {"id": "lb-author-years", "story": SID, "status": "single-source", "why": "Only the blog: its author taught for twelve years (a digression)."},
    {"id": "lb-rally", "story": SID, "status": "single-source", "why": "Only Calloway: several hundred teachers and parents at a rally on Tuesday."},
    {"id": "lb-class-size", "story": SID, "status": "single-source", "why": "Only the blog: classes of up to 34 children."},
]

# ------------------------------------------------------------------ ORV (de public broadcaster, HTML; Monday)

ORV_SITE = dict(dev16_varenna.ORV_SITE)
ORV_SITE.update({
    "date_label": "Stand: 10.11.2031 14:20 Uhr",
    "share": "Teilen · Audio: 2:31 Min.",
    "ad": "ORV Mediathek: „Die Klasse“ – Dokumentation in 4 Teilen",
    "related": ["Lehrermangel: 5 Grafiken, die das Problem zeigen", "Was Eltern am Streiktag wissen müssen",
                "Tarifrunde im öffentlichen Dienst vertagt"],
    "after": '<p class="tags">Schlagworte: Streik · Schule · Lehrerbund</p>',
})

ORV = {
    "input": "dev16/lehrer-orv.html", "story": SID, "event": EV,
    "publisher": "Orvanischer Rundfunk", "published": "2031-11-10T14:20:00+01:00",
    "language": "de", "authors": ["Jonas Eschweiler"], "sensational": False,
    "blocks": [
        H("Lehrerstreik: An 420 Schulen fällt der Unterricht komplett aus",
          claims=[Q("An 420 Schulen", 420, None, None, subject=STRIKE, source=None, group="lb-schools-closed", time=MON)]),
        P(S("Zum Auftakt des zweitägigen Streiks des Lehrerbunds Orvanien (LBO) ist am Montag an vielen staatlichen Schulen der Unterricht ausgefallen.",
            claims=[Q("zweitägigen Streiks", 2, "day", "duration", subject=STRIKE, group="lb-duration", time=SPAN)]),
          S("Nach Angaben des Bildungsministeriums blieben 420 der 2.150 Schulen ganz geschlossen.",
            claims=[Q("420 der 2.150 Schulen", 420, None, None, subject=STRIKE, source=EDU, group="lb-schools-closed", time=MON),
                    Q("der 2.150 Schulen", 2150, None, "size", subject="orvanian state schools", source=EDU, group="lb-schools", time=None)]),
          S("Betroffen waren rund 390.000 Schülerinnen und Schüler.",
            claims=[Q("rund 390.000 Schülerinnen und Schüler", 390000, "person", "affected", "about", subject=STRIKE, group="lb-pupils", time=MON)])),
        P(S("Wie viele Lehrkräfte sich beteiligten, ist umstritten."),
          S("Der LBO sprach von mehr als 18.000 Streikenden, das Ministerium zählte rund 11.500 der etwa 64.000 Lehrerinnen und Lehrer an staatlichen Schulen.",
            claims=[Q("mehr als 18.000 Streikenden", 18000, "worker", None, "more-than", subject=STRIKE, source=LBO, group="lb-strikers", time=MON),
                    Q("rund 11.500", 11500, "worker", None, "about", subject=STRIKE, source=EDU, group="lb-strikers", time=MON),
                    Q("etwa 64.000 Lehrerinnen und Lehrer", 64000, "worker", "employed", "about", subject="orvanian state schools", source=EDU, group="lb-teachers", time=None)])),
        P(S("Die Gewerkschaft fordert neun Prozent mehr Gehalt und eine Senkung der Pflichtstunden von 28 auf 26 pro Woche.",
            claims=[Q("neun Prozent mehr Gehalt", 9, "percent", "increase", subject="lbo pay demand", source=LBO, group="lb-demand", time=None),
                    Q("von 28", 28, "hour", None, subject="teaching load", source=LBO, group="lb-hours-now", time=None),
                    Q("auf 26 pro Woche", 26, "hour", None, subject="lbo teaching load demand", source=LBO, group="lb-hours-demand", time=None)]),
          S("Das Ministerium bietet 3,5 Prozent und beziffert die Kosten der Forderung auf rund 640 Millionen Euro im Jahr.",
            claims=[Q("3,5 Prozent", 3.5, "percent", "increase", subject="ministry pay offer", source=EDU, group="lb-offer", time=None),
                    Q("rund 640 Millionen Euro im Jahr", 640000000, "eur", "cost", "about", subject="lbo pay demand", source=EDU, group="lb-demand-cost", time=None)]),
          S("Nach Zählung des LBO sind landesweit 3.400 Lehrerstellen unbesetzt, das Ministerium nennt 1.900.",
            claims=[Q("3.400 Lehrerstellen", 3400, "job", None, subject="vacant teaching posts", source=LBO, group="lb-vacancies", time=None),
                    Q("das Ministerium nennt 1.900", 1900, "job", None, subject="vacant teaching posts", source=EDU, group="lb-vacancies", time=None)])),
        P(S("Für Unmut sorgt ein Schreiben an die Schulleitungen."),
          S("Das Ministerium habe die Direktoren angewiesen, die Namen streikender Lehrkräfte zu melden, und mit Disziplinarverfahren gedroht, sagte LBO-Vorsitzende Bettina Kaltwasser.",
            claims=[ST("Das Ministerium habe die Direktoren angewiesen, die Namen streikender Lehrkräfte zu melden, und mit Disziplinarverfahren gedroht", *THREAT, "lb-threat", source="bettina kaltwasser", hedged=True)]),
          S("Das Ministerium wies das zurück: Es gehe allein um die übliche Erfassung von Fehlzeiten.",
            claims=[ST("Das Ministerium wies das zurück", *THREAT, "lb-threat", source=EDU, denial=True)])),
        P(S("„Dieser Streik ist verantwortungslos gegenüber den Kindern“, sagte Bildungsminister Konrad Ebersbach.", "quote",
            loaded=[L("verantwortungslos", "demonising", "reported")]),
          S("Viele Schulen boten eine Notbetreuung für jüngere Kinder an."),
          S("Eltern wurden gebeten, sich bei den Schulen über die Lage am Dienstag zu informieren.")),
    ],
    "removed": ["ORV verwendet Cookies", "Stand: 10.11.2031 14:20 Uhr", "Audio: 2:31 Min.", "Dokumentation in 4 Teilen",
                "Lehrermangel: 5 Grafiken, die das Problem zeigen", "Was Eltern am Streiktag wissen müssen",
                "Tarifrunde im öffentlichen Dienst vertagt", "© Orvanischer Rundfunk 2031", "Schlagworte: Streik · Schule · Lehrerbund"],
}

# ------------------------------------------------------------------ Kestrel Broadcasting (en broadcaster, Atom entry; Monday evening)

KESTREL = {
    "input": "dev16/kestrel.atom#tag:kestrel.example,2031:world/orvania-teachers-5120", "story": SID, "event": EV,
    "publisher": "Kestrel Broadcasting", "published": "2031-11-10T18:00:00+01:00",
    "language": "en", "authors": ["Amira Castellane"], "sensational": False,
    "blocks": [
        H("Orvanian teachers walk out over pay and workload"),
        P(S("Teachers across Orvania began a two-day strike on Monday, shutting 420 of the country's 2,150 state schools, according to the education ministry.",
            claims=[Q("a two-day strike", 2, "day", "duration", subject=STRIKE, group="lb-duration", time=SPAN),
                    Q("420 of the country's 2,150 state schools", 420, None, None, subject=STRIKE, source=EDU, group="lb-schools-closed", time=MON),
                    Q("2,150 state schools", 2150, None, "size", subject="orvanian state schools", source=EDU, group="lb-schools", time=None)]),
          S("About 390,000 pupils were affected.",
            claims=[Q("About 390,000 pupils", 390000, "person", "affected", "about", subject=STRIKE, group="lb-pupils", time=MON)])),
        P(S("The LBO union said more than 18,000 of the roughly 64,000 teachers at state schools had joined the walkout; the ministry put the figure at about 11,500.",
            claims=[Q("more than 18,000", 18000, "worker", None, "more-than", subject=STRIKE, source=LBO, group="lb-strikers", time=MON),
                    Q("the roughly 64,000 teachers", 64000, "worker", "employed", "about", subject="orvanian state schools", source=LBO, group="lb-teachers", time=None),
                    Q("about 11,500", 11500, "worker", None, "about", subject=STRIKE, source=EDU, group="lb-strikers", time=MON)])),
        P(S("The union wants a 9 percent pay rise and a cut in teaching hours from 28 to 26 lessons a week.",
            claims=[Q("a 9 percent pay rise", 9, "percent", "increase", subject="lbo pay demand", source=LBO, group="lb-demand", time=None),
                    Q("from 28", 28, "hour", None, subject="teaching load", source=LBO, group="lb-hours-now", time=None),
                    Q("to 26 lessons a week", 26, "hour", None, subject="lbo teaching load demand", source=LBO, group="lb-hours-demand", time=None)]),
          S("The government has offered 3.5 percent.",
            claims=[Q("3.5 percent", 3.5, "percent", "increase", subject="ministry pay offer", group="lb-offer", time=None)]),
          S("Union and ministry also disagree about staff shortages: the union counts 3,400 vacant posts, the ministry 1,900.",
            claims=[Q("3,400 vacant posts", 3400, "job", None, subject="vacant teaching posts", source=LBO, group="lb-vacancies", time=None),
                    Q("the ministry 1,900", 1900, "job", None, subject="vacant teaching posts", source=EDU, group="lb-vacancies", time=None)])),
        P(S("Union leader Bettina Kaltwasser accused the ministry of ordering head teachers to hand over the names of striking staff and of threatening disciplinary action.",
            claims=[ST("accused the ministry of ordering head teachers to hand over the names of striking staff and of threatening disciplinary action", *THREAT, "lb-threat", source="bettina kaltwasser")]),
          S("“This is an attempt to intimidate people who are exercising a legal right,” she said.", "quote",
            loaded=[L("intimidate", "demonising", "reported")]),
          S("The ministry denied making any threats and said schools were only recording absences, as they always do.",
            claims=[ST("The ministry denied making any threats", *THREAT, "lb-threat", source=EDU, denial=True)])),
        P(S("Many primary schools offered emergency childcare for working parents."),
          S("It is the first national teachers' strike in Orvania since 2019.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://kestrel.example/audio/evening-news-1110">Evening News, 10 November</a></p>',
    "removed": ["Listen:", "Evening News, 10 November"],
}

# ------------------------------------------------------------------ Newsbyte (en aggregator, JSON Lines item with text; rewrite of Kestrel)

BYTE = {
    "input": "dev16/news.jsonl#nb-7790415", "story": SID, "event": EV,
    "publisher": "Newsbyte", "published": "2031-11-10T19:10:00+01:00",
    "language": "en", "authors": [], "sensational": False,
    "blocks": [
        H("Teachers strike across Orvania; 420 schools shut",
          claims=[Q("420 schools", 420, None, None, subject=STRIKE, group="lb-schools-closed", time=MON)]),
        P(S("Orvanian teachers started a two-day walkout on Monday that closed 420 state schools, the education ministry said.",
            claims=[Q("a two-day walkout", 2, "day", "duration", subject=STRIKE, group="lb-duration", time=SPAN),
                    Q("closed 420 state schools", 420, None, None, subject=STRIKE, source=EDU, group="lb-schools-closed", time=MON)]),
          S("Around 390,000 pupils were affected.",
            claims=[Q("Around 390,000 pupils", 390000, "person", "affected", "about", subject=STRIKE, group="lb-pupils", time=MON)])),
        P(S("According to the LBO union, more than 18,000 teachers took part, while the ministry counted about 11,500.",
            claims=[Q("more than 18,000 teachers", 18000, "worker", None, "more-than", subject=STRIKE, source=LBO, group="lb-strikers", time=MON),
                    Q("about 11,500", 11500, "worker", None, "about", subject=STRIKE, source=EDU, group="lb-strikers", time=MON)])),
        P(S("The union is asking for a 9 percent raise and fewer teaching hours; the government has offered 3.5 percent.",
            claims=[Q("a 9 percent raise", 9, "percent", "increase", subject="lbo pay demand", source=LBO, group="lb-demand", time=None),
                    Q("3.5 percent", 3.5, "percent", "increase", subject="ministry pay offer", group="lb-offer", time=None)])),
        P(S("The union's leader accused the ministry of telling head teachers to report the names of strikers and of threatening them with disciplinary action.",
            claims=[ST("accused the ministry of telling head teachers to report the names of strikers", *THREAT, "lb-threat", source="bettina kaltwasser")]),
          S("The ministry rejected the accusation, saying absences were simply being recorded.",
            claims=[ST("The ministry rejected the accusation", *THREAT, "lb-threat", source=EDU, denial=True)])),
        P(S("Many primary schools arranged emergency childcare."),
          S("This is Orvania's first nationwide teachers' strike since 2019."),
          S("Parents were told to check with their schools about Tuesday.")),
    ],
    "post": ["Source: Kestrel Broadcasting", "Read more on newsbyte.example – 12 stories in your feed"],
    "removed": ["Source: Kestrel Broadcasting", "12 stories in your feed"],
}

# ------------------------------------------------------------------ Morgenrot (de left-wing blog, RSS; omits the denial)

CHANNEL = {"title": "Morgenrot", "link": "https://morgenrot-blog.example",
           "description": "Blog für soziale Bewegungen, Arbeit und Bildung.", "language": "de"}

BLOG = {
    "input": "dev16/morgenrot.rss#mr-2031-11-10-lehrerstreik", "story": SID, "event": EV,
    "publisher": "Morgenrot", "published": "2031-11-10T20:30:00+01:00",
    "language": "de", "authors": ["Till Osterkamp"], "sensational": True,
    "blocks": [
        H("Schwarze Listen gegen Streikende: Das Bildungsministerium will die Lehrerinnen und Lehrer einschüchtern",
          claims=[ST("Das Bildungsministerium will die Lehrerinnen und Lehrer einschüchtern", *THREAT, "lb-threat")],
          loaded=[L("Schwarze Listen", "demonising")]),
        P(S("Mehr als 18.000 Lehrerinnen und Lehrer haben heute die Arbeit niedergelegt, so der LBO, und sie streiken zwei Tage lang.",
            claims=[Q("Mehr als 18.000 Lehrerinnen und Lehrer", 18000, "worker", None, "more-than", subject=STRIKE, source=LBO, group="lb-strikers", time=MON),
                    Q("zwei Tage lang", 2, "day", "duration", subject=STRIKE, group="lb-duration", time=SPAN)]),
          S("Hunderttausende Kinder haben heute erlebt, was an Orvaniens Schulen seit Jahren fehlt: Lehrkräfte.",
            claims=[Q("Hunderttausende Kinder", 200000, "child", "affected", "at-least", subject=STRIKE, group="lb-pupils", time=MON)])),
        P(S("Und was fällt Minister Ebersbach dazu ein?", "opinion"),
          S("Er lässt die Schulleitungen die Namen der Streikenden sammeln und droht mit Disziplinarverfahren.",
            claims=[ST("Er lässt die Schulleitungen die Namen der Streikenden sammeln und droht mit Disziplinarverfahren", *THREAT, "lb-threat")]),
          S("Wer so mit einem Grundrecht umgeht, hat in einem Ministerium nichts zu suchen.", "opinion"),
          S("Den Streik nennt der Sparminister „verantwortungslos“ – verantwortungslos ist, wer 3.400 Stellen unbesetzt lässt.", "opinion",
            claims=[Q("3.400 Stellen", 3400, "job", None, subject="vacant teaching posts", group="lb-vacancies", time=None)],
            loaded=[L("Sparminister", "belittling"), L("„verantwortungslos“", "demonising", "distancing"),
                    L("verantwortungslos ist", "demonising")])),
        P(S("Die Forderungen sind bescheiden: neun Prozent mehr Gehalt und 26 statt 28 Pflichtstunden in der Woche.", "opinion",
            claims=[Q("neun Prozent mehr Gehalt", 9, "percent", "increase", subject="lbo pay demand", group="lb-demand", time=None),
                    Q("26 statt 28 Pflichtstunden", 26, "hour", None, subject="lbo teaching load demand", group="lb-hours-demand", time=None),
                    Q("28 Pflichtstunden", 28, "hour", None, subject="teaching load", group="lb-hours-now", time=None)]),
          S("Das Ministerium bietet lächerliche 3,5 Prozent.",
            claims=[Q("3,5 Prozent", 3.5, "percent", "increase", subject="ministry pay offer", group="lb-offer", time=None)],
            loaded=[L("lächerliche", "belittling")]),
          S("In manchen Grundschulen sitzen bis zu 34 Kinder in einer Klasse.",
            claims=[Q("bis zu 34 Kinder", 34, "child", None, "up-to", subject="class size", group="lb-class-size", time=None)])),
        P(S("Ich habe selbst zwölf Jahre an einer Gesamtschule unterrichtet, bevor ich ausgebrannt aufgehört habe.", "opinion",
            claims=[Q("zwölf Jahre", 12, "year", "duration", subject="blog author teaching career", source="till osterkamp", group="lb-author-years", time=None)]),
          S("Damals hieß es auch schon, es sei kein Geld da.", "opinion")),
        P(S("Solidarität mit den Lehrerinnen und Lehrern!", "opinion"),
          S("Kommt am Dienstag um 11 Uhr zur Kundgebung vor das Bildungsministerium in Tarnholm!", "opinion")),
    ],
    "extra": '<p class="spende">Morgenrot ist werbefrei – unterstütze uns ab 4 € im Monat.</p>'
             '\n<p class="tags">Schlagworte: Bildung · Streik · Solidarität</p>',
    "removed": ["Morgenrot ist werbefrei", "unterstütze uns ab 4 € im Monat", "Schlagworte: Bildung · Streik · Solidarität"],
}

# ------------------------------------------------------------------ Calloway Wire (en wire, dateline block; Tuesday)

CALLOWAY = {
    "input": "dev16/lehrer-calloway.txt", "story": SID, "event": EV,
    "publisher": "Calloway Wire", "published": "2031-11-11T16:00:00+01:00",
    "language": "en", "authors": ["Ines Halloran"], "sensational": False,
    "pre": ["CALLOWAY WIRE", "Nov 11, 2031 16:00 CET", "By Ines Halloran"],
    "blocks": [
        H("Orvanian teachers threaten longer strike as two-day walkout ends",
          claims=[Q("two-day walkout", 2, "day", "duration", subject=STRIKE, group="lb-duration", time=SPAN)]),
        P(S("Orvania's LBO teachers' union said on Tuesday it would call a three-day strike from Nov. 24 unless the government improved its pay offer of 3.5 percent.",
            claims=[Q("a three-day strike", 3, "day", "duration", subject="next lbo strike", source=LBO, group="lb-next-strike", time=T("2031-11-24", "2031-11-26")),
                    Q("3.5 percent", 3.5, "percent", "increase", subject="ministry pay offer", group="lb-offer", time=None)]),
          S("The union is demanding 9 percent.",
            claims=[Q("9 percent", 9, "percent", "increase", subject="lbo pay demand", source=LBO, group="lb-demand", time=None)])),
        P(S("On the second day of the strike, 380 schools remained closed, the education ministry said.",
            claims=[Q("380 schools", 380, None, None, subject=STRIKE, source=EDU, group="lb-closed-tue", time=TUE)]),
          S("The union said about 16,000 teachers stayed away from work on Tuesday, the ministry counted 9,800.",
            claims=[Q("about 16,000 teachers", 16000, "worker", None, "about", subject=STRIKE, source=LBO, group="lb-strikers-tue", time=TUE),
                    Q("the ministry counted 9,800", 9800, "worker", None, subject=STRIKE, source=EDU, group="lb-strikers-tue", time=TUE)]),
          S("On Monday the union had counted more than 18,000 strikers and the ministry about 11,500.",
            claims=[Q("more than 18,000 strikers", 18000, "worker", None, "more-than", subject=STRIKE, source=LBO, group="lb-strikers", time=MON),
                    Q("about 11,500", 11500, "worker", None, "about", subject=STRIKE, source=EDU, group="lb-strikers", time=MON)])),
        P(S("The ministry estimates that the union's demands would cost about €640 million ($690 million) a year.",
            claims=[Q("about €640 million", 640000000, "eur", "cost", "about", subject="lbo pay demand", source=EDU, group="lb-demand-cost", time=None),
                    Q("$690 million", 690000000, "usd", "cost", "about", subject="lbo pay demand", source=EDU, group="lb-demand-cost", time=None)])),
        P(S("The union alleges that the ministry told head teachers to pass on the names of strikers and threatened disciplinary action, which the ministry denies.",
            claims=[ST("the ministry told head teachers to pass on the names of strikers and threatened disciplinary action", *THREAT, "lb-threat", source=LBO, hedged=True),
                    ST("which the ministry denies", *THREAT, "lb-threat", source=EDU, denial=True)]),
          S("Several hundred teachers and parents rallied outside the ministry in Tarnholm at midday.",
            claims=[Q("Several hundred teachers and parents", 200, "person", None, "at-least", subject="rally outside the education ministry", group="lb-rally", time=TUE)]),
          S("Education minister Konrad Ebersbach said he was ready to talk but would not negotiate under pressure.")),
    ],
    "post": ["(Reporting by Ines Halloran; editing by Paul Ostrander)", "", "Copyright 2031 Calloway Wire. All rights reserved."],
    "removed": ["Nov 11, 2031 16:00 CET", "By Ines Halloran", "(Reporting by Ines Halloran; editing by Paul Ostrander)",
                "Copyright 2031 Calloway Wire"],
}

ORV["blocks"].insert(5, P(
    S("In Tarnholm zogen am Vormittag Lehrkräfte mit Trillerpfeifen und Transparenten durch die Innenstadt."),
    S("Auch viele Eltern schlossen sich dem Zug an."),
    S("Der Elternverband Orvaniens äußerte Verständnis für die Forderungen, mahnte aber eine rasche Einigung an."),
    S("Die Abschlussprüfungen im Frühjahr seien durch den Streik nicht gefährdet, teilte das Ministerium mit."),
    S("Am Dienstag soll der Streik fortgesetzt werden.")))

KESTREL["blocks"].insert(5, P(
    S("In the capital, Tarnholm, teachers marched through the city centre with whistles and banners."),
    S("Education minister Konrad Ebersbach called the strike irresponsible and urged the union to return to talks."),
    S("Parents' groups said they supported the teachers' demands but wanted a quick agreement.")))

BYTE["blocks"].insert(5, P(
    S("Union leader Bettina Kaltwasser said the walkout was a response to years of growing workloads."),
    S("Education minister Konrad Ebersbach called the strike irresponsible."),
    S("Teachers marched through the centre of Tarnholm with whistles and banners."),
    S("Talks have been stalled since the summer, and the union has not ruled out further walkouts before Christmas."),
    S("Many parents had to take the day off or find other childcare."),
    S("The ministry said final exams in the spring were not at risk.")))

BLOG["blocks"].insert(4, P(
    S("Wer heute mit Kolleginnen und Kollegen vor den Schulen stand, hat vor allem einen Satz gehört: Wir können nicht mehr."),
    S("Krankmeldungen wegen Erschöpfung häufen sich, Referendarinnen kündigen noch vor dem Ende ihrer Ausbildung."),
    S("Gleichzeitig verschiebt die Regierung seit Jahren den Bau neuer Schulen."),
    S("Bildung ist kein Kostenfaktor, sie ist die Zukunft dieses Landes.", "opinion"),
    S("Am Dienstag geht der Streik weiter, und wir werden dabei sein.", "opinion"),
    S("Streik ist kein Verbrechen, sondern ein Grundrecht.", "opinion"),
    S("Wer die Lehrerinnen und Lehrer unterstützen will, kommt zu den Streikposten vor den Schulen.", "opinion")))

CALLOWAY["blocks"].append(P(
    S("Kaltwasser said teachers were ready to return to the negotiating table at any time."),
    S("Parents' associations urged the union and the ministry to reach a deal before the winter exams."),
    S("Emergency childcare was again available at many primary schools."),
    S("The ministry said final exams in the spring would go ahead as planned.")))

ARTICLES = [ORV, KESTREL, BYTE, BLOG, CALLOWAY]

REWRITES = [["dev16/kestrel.atom#tag:kestrel.example,2031:world/orvania-teachers-5120", "dev16/news.jsonl#nb-7790415"]]

FEED = {"title": "Kestrel Broadcasting – World", "link": "https://kestrel.example/world",
        "id": "tag:kestrel.example,2031:feed/world", "updated": "2031-11-10T18:00:00+01:00", "language": "en"}


def text_without_headline(article):
    blocks = "\n\n".join(" ".join(s["text"] for s in b["sentences"]) for b in content_blocks(article))
    return blocks + ("\n\n" + "\n".join(article["post"]) if article.get("post") else "")


def files():
    """Input files of this story, news.jsonl (Nachrichtenradar, Newsbyte ×2) and the Kestrel feed."""
    lines = [dev16_brisenhaven.jsonl_item(), dev16_stahlwinter.jsonl_item(),
             {"id": "nb-7790415", "url": "https://newsbyte.example/world/orvania-teachers-strike-7790415",
              "title": headline(BYTE), "text": text_without_headline(BYTE), "publisher": BYTE["publisher"],
              "published": BYTE["published"], "language": "en", "section": "World"}]
    return {
        "lehrer-orv.html": (render_html(ORV, ORV_SITE), False),
        "lehrer-calloway.txt": (render_txt(CALLOWAY), False),
        "morgenrot.rss": (render_rss(CHANNEL, [(BLOG, "mr-2031-11-10-lehrerstreik",
                                                "https://morgenrot-blog.example/2031/11/10/schwarze-listen", BLOG["extra"])]), False),
        "news.jsonl": (render_jsonl(lines), False),
        "kestrel.atom": (render_atom(FEED, [(KESTREL, "tag:kestrel.example,2031:world/orvania-teachers-5120",
                                             "https://kestrel.example/world/orvania-teachers-5120", KESTREL["extra"])]), False),
    }
