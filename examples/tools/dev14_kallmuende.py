"""dev14 story 5: an exchange of fire at the Kallmünde border bridge between Lauritanian border guards and a Sarvonian
patrol early on Tuesday, 8 October 2030; one Lauritanian guard killed, two wounded; each side says the other fired first.

The Sarvonian defence ministry's English press release (dateline block; the denials, a rival patrol size, the exercise's
800 soldiers), the Lauritanian public broadcaster's report (HTML, same site as its drought report), an English
broadcaster's Atom entry (same feed and template as its Kessbach entry; both sides) and a nationalist blog's RSS item the
next morning that states the incursion and the build-up as fact and omits Sarvonia's denials. Invented by the Parallax
team: both states, river, villages, ministries, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html, render_rss, render_atom

import dev14_kessbach
import dev14_selvenau

SID = "st-kallmuende-border"
EV = "ev-kallmuende-shooting"
STORY = {"id": SID, "label": "Shooting at the Kallmünde border crossing between Lauritania and Sarvonia",
         "events": [{"id": EV, "label": "Lauritanian border guards and a Sarvonian patrol exchange fire at the Kallmünde bridge; one guard killed (8 October 2030)"}]}

IM = "interior ministry"
SARV = "sarvonian military"
INTEL = "lauritanian military intelligence"
ACC = "kallmünde border shooting"
DAY = T("2030-10-08", "2030-10-08")
INCURSION = (SARV, "attacked", "lauritanian border post at kallmünde")
BUILDUP = (SARV, "deployed", "troops at the lauritanian border")

GROUPS = [
    {"id": "be-killed", "story": SID, "status": "agreed",
     "why": "One Lauritanian guard killed (interior ministry via LRF, headline and body; Westfell)."},
    {"id": "be-wounded", "story": SID, "status": "agreed",
     "why": "Two Lauritanian guards wounded (LRF, Westfell, Grenzwacht)."},
    {"id": "be-sarvonian-wounded", "story": SID, "status": "agreed",
     "why": "One Sarvonian soldier wounded, Sarvonia's figure (release; LRF hedged; Westfell)."},
    {"id": "be-patrol", "story": SID, "status": "conflicting",
     "why": "About twelve soldiers by the Lauritanian account (LRF hedged, Westfell) and the blog's 'ein Dutzend' cannot be the release's patrol of six; the release does not deny the figure, it gives another."},
    {"id": "be-depth", "story": SID, "status": "disputed",
     "why": "About 300 metres into Lauritanian territory (interior ministry via LRF and Westfell; Grenzwacht as fact) against Sarvonia's at least 150 metres short of the line in the sentences of its denial (release, LRF, Westfell)."},
    {"id": "be-firefight", "story": SID, "status": "agreed", "why": "About ten minutes of firing (LRF hedged, Westfell)."},
    {"id": "be-incursion", "story": SID, "status": "disputed",
     "why": "Lauritania says the patrol crossed the border and opened fire (LRF hedged, Westfell); Grenzwacht states it as fact (headline and body); Sarvonia denies it (release, LRF, Westfell); the blog omits the denial."},
    {"id": "be-ambassador", "story": SID, "status": "agreed",
     "why": "Lauritania recalled its ambassador from Drevna (LRF, Westfell, Grenzwacht)."},
    {"id": "be-buildup", "story": SID, "status": "disputed",
     "why": "Lauritanian intelligence and officials say Sarvonia moved troops to the border (LRF, Westfell); Grenzwacht states it as fact; Sarvonia denies a build-up and calls it an announced exercise (release, LRF, Westfell); the blog omits the denial."},
    {"id": "be-troops", "story": SID, "status": "disputed",
     "why": "Up to 2,000 soldiers (Lauritanian military intelligence via LRF), more than 1,500 (officials via Westfell) and the blog's 'Tausende' against the exercise's 800 soldiers in the sentences of Sarvonia's denial (release, Westfell)."},
    {"id": "be-evacuated", "story": SID, "status": "compatible",
     "why": "About 600 residents evacuated (LRF, Westfell) beside the blog's looser 'Hunderte'."},
]

# ------------------------------------------------------------------ Sarvonian defence ministry (en press release, dateline block)

MOD = {
    "input": "dev14/kallmuende-sarvonia-mod.txt", "story": SID, "event": EV,
    "publisher": "Ministry of Defence of the Republic of Sarvonia", "published": "2030-10-08T14:00:00+02:00",
    "language": "en", "authors": [], "sensational": False,
    "pre": ["PRESS RELEASE", "Ministry of Defence of the Republic of Sarvonia", "Drevna, 8 October 2030"],
    "blocks": [
        H("Statement on the incident at the Kallmünde crossing"),
        P(S("At approximately 05:40 this morning, a routine patrol of the Sarvonian Border Brigade came under fire from Lauritanian border units near the Kallmünde bridge."),
          S("The patrol consisted of six soldiers.",
            claims=[Q("six soldiers", 6, "soldier", None, subject="sarvonian patrol", source=SARV, group="be-patrol", time=DAY)]),
          S("One of our soldiers was wounded and is being treated at the military hospital in Drevna.",
            claims=[Q("One of our soldiers was wounded", 1, "soldier", "wounded", subject=ACC, source=SARV, group="be-sarvonian-wounded", time=DAY)])),
        P(S("Claims that Sarvonian soldiers crossed into Lauritanian territory are false: the patrol remained on Sarvonian soil at all times, at least 150 metres from the border line.",
            claims=[ST("Claims that Sarvonian soldiers crossed into Lauritanian territory are false", *INCURSION, "be-incursion", source=SARV, denial=True),
                    Q("at least 150 metres from the border line", 150, "metre", "distance", "at-least", subject="sarvonian patrol", source=SARV, group="be-depth", time=DAY)]),
          S("Our soldiers showed exemplary restraint and returned fire only to protect their lives.", "opinion",
            loaded=[L("exemplary restraint", "glorifying")]),
          S("The Ministry regrets the loss of life on the Lauritanian side.")),
        P(S("This reckless provocation by Lauritanian border units must not be allowed to escalate.", "opinion",
            loaded=[L("reckless provocation", "demonising")]),
          S("Reports of a Sarvonian troop build-up are untrue: the autumn exercise in the Ilsa valley involves 800 soldiers and was announced to all neighbouring states in August.",
            claims=[ST("Reports of a Sarvonian troop build-up are untrue", *BUILDUP, "be-buildup", source=SARV, denial=True),
                    Q("800 soldiers", 800, "soldier", "deployed", subject="ilsa valley exercise", source=SARV, group="be-troops", time=DAY)]),
          S("The exercise complies fully with the Ilsa Treaty of 1996.")),
        P(S("Sarvonia proposes a joint investigation under the supervision of the Ilsa Border Commission."),
          S("The Republic of Sarvonia remains committed to good neighbourly relations and calls on the government in Halvik to refrain from inflammatory statements.", "opinion"),
          S("Further information will be released as it becomes available."),
          S("The Sarvonian Border Brigade has been placed on heightened alert along the Ilsa, and the Kallmünde crossing is closed on the Sarvonian side.")),
    ],
    "post": ["Press Office, Ministry of Defence, 14 Citadel Square, Drevna", "Media enquiries: press@mod.sarvonia.example",
             "Follow us for updates: @SarvoniaMoD"],
    "removed": ["PRESS RELEASE", "Drevna, 8 October 2030", "Press Office, Ministry of Defence, 14 Citadel Square", "press@mod.sarvonia.example",
                "@SarvoniaMoD"],
}

# ------------------------------------------------------------------ LRF Nachrichten (de public broadcaster, HTML)

LRF_SITE = dict(dev14_selvenau.LRF_SITE)
LRF_SITE.update({
    "date_label": "Stand: 08.10.2030, 17:30 Uhr",
    "ad": "LRF-Mediathek: Die Reihe „Grenzland“ jetzt in 6 Folgen streamen",
    "related": ["Chronik: Der Streit um die Ilsa-Grenze seit 1994", "Was ist die Ilsa-Kommission?",
                "Grenzübergänge: Wo es jetzt Staus gibt"],
    "inline": '<div class="video"><strong>Video:</strong> <a href="/video/kallmuende">Die Lage an der Grenzbrücke (2:41 Min.)</a></div>',
    "after": '<p class="hinweis">Hinweis: Das Auswärtige Amt hat seine Reisehinweise für Sarvonien aktualisiert.</p>',
})

LRF = {
    "input": "dev14/kallmuende-lrf.html", "story": SID, "event": EV,
    "publisher": "LRF Nachrichten", "published": "2030-10-08T17:30:00+02:00",
    "language": "de", "authors": ["Tobias Wendeler"], "sensational": False,
    "blocks": [
        H("Schusswechsel an der Grenze zu Sarvonien: Ein lauritanischer Grenzbeamter getötet",
          claims=[Q("Ein lauritanischer Grenzbeamter getötet", 1, "person", "killed", subject=ACC, group="be-killed", time=DAY)]),
        P(S("An der Grenzbrücke von Kallmünde ist es am frühen Dienstagmorgen zu einem Schusswechsel zwischen lauritanischen Grenzbeamten und sarvonischen Soldaten gekommen."),
          S("Ein lauritanischer Beamter wurde getötet, zwei weitere wurden verletzt, wie das Innenministerium in Halvik mitteilte.",
            claims=[Q("Ein lauritanischer Beamter wurde getötet", 1, "person", "killed", subject=ACC, source=IM, group="be-killed", time=DAY),
                    Q("zwei weitere wurden verletzt", 2, "person", "wounded", subject=ACC, source=IM, group="be-wounded", time=DAY)])),
        P(S("Nach Darstellung des Ministeriums sei eine Patrouille von etwa zwölf sarvonischen Soldaten gegen 5.40 Uhr rund 300 Meter weit auf lauritanisches Gebiet vorgedrungen und habe das Feuer eröffnet.",
            claims=[ST("sei eine Patrouille von etwa zwölf sarvonischen Soldaten gegen 5.40 Uhr rund 300 Meter weit auf lauritanisches Gebiet vorgedrungen und habe das Feuer eröffnet", *INCURSION, "be-incursion", source=IM, hedged=True),
                    Q("etwa zwölf sarvonischen Soldaten", 12, "soldier", None, "about", subject="sarvonian patrol", source=IM, hedged=True, group="be-patrol", time=DAY),
                    Q("rund 300 Meter weit", 300, "metre", "distance", "about", subject="sarvonian patrol", source=IM, hedged=True, group="be-depth", time=DAY)]),
          S("Der Schusswechsel habe etwa zehn Minuten gedauert.",
            claims=[Q("etwa zehn Minuten", 10, "minute", "duration", "about", subject=ACC, source=IM, hedged=True, group="be-firefight", time=DAY)])),
        P(S("Das sarvonische Verteidigungsministerium weist die Darstellung zurück: Die Patrouille habe sich stets auf sarvonischem Gebiet befunden, mindestens 150 Meter von der Grenzlinie entfernt.",
            claims=[ST("Das sarvonische Verteidigungsministerium weist die Darstellung zurück", *INCURSION, "be-incursion", source=SARV, denial=True),
                    Q("mindestens 150 Meter von der Grenzlinie entfernt", 150, "metre", "distance", "at-least", subject="sarvonian patrol", source=SARV, hedged=True, group="be-depth", time=DAY)]),
          S("Ein sarvonischer Soldat sei bei dem Vorfall verletzt worden.",
            claims=[Q("Ein sarvonischer Soldat sei bei dem Vorfall verletzt worden", 1, "soldier", "wounded", subject=ACC, source=SARV, hedged=True, group="be-sarvonian-wounded", time=DAY)])),
        P(S("Lauritanien rief noch am Vormittag seinen Botschafter aus der sarvonischen Hauptstadt Drevna zurück.",
            claims=[ST("Lauritanien rief noch am Vormittag seinen Botschafter aus der sarvonischen Hauptstadt Drevna zurück", "lauritania", "recalled", "ambassador to sarvonia", "be-ambassador")]),
          S("Außenministerin Carla Vennhoff sprach von einem schweren Bruch des Völkerrechts.")),
        P(S("Der lauritanische Militärgeheimdienst wirft Sarvonien zudem vor, in den vergangenen Wochen bis zu 2.000 Soldaten in das Grenzgebiet verlegt zu haben.",
            claims=[ST("wirft Sarvonien zudem vor, in den vergangenen Wochen bis zu 2.000 Soldaten in das Grenzgebiet verlegt zu haben", *BUILDUP, "be-buildup", source=INTEL),
                    Q("bis zu 2.000 Soldaten", 2000, "soldier", "deployed", "up-to", subject="sarvonian military", source=INTEL, group="be-troops", time=None)]),
          S("Sarvonien bestreitet einen Aufmarsch und spricht von einem seit August angekündigten Herbstmanöver.",
            claims=[ST("Sarvonien bestreitet einen Aufmarsch", *BUILDUP, "be-buildup", source="sarvonia", denial=True)])),
        P(S("Aus den Dörfern Kallmünde und Ilsdorf brachten die Behörden rund 600 Bewohner vorsorglich in Sicherheit.",
            claims=[Q("rund 600 Bewohner", 600, "person", "evacuated", "about", subject=ACC, group="be-evacuated", time=DAY)]),
          S("Der Grenzübergang bleibt bis auf Weiteres geschlossen.")),
        P(S("Der getötete Beamte, der 34 Jahre alte Oberwachtmeister Lukas Fendrich, stammte aus Ilsdorf."),
          S("Innenminister Paul Gradinger kündigte an, die Grenzposten an der Ilsa zu verstärken."),
          S("Die Regierung in Halvik hat für den Abend den Nationalen Sicherheitsrat einberufen."),
          S("Der Verlauf der Grenze entlang der Ilsa ist zwischen beiden Staaten seit der Unabhängigkeit Sarvoniens umstritten."),
          S("Das Nachbarland Estravia bot an, zwischen Halvik und Drevna zu vermitteln.")),
    ],
    "removed": ["Der LRF verwendet Cookies", "Stand: 08.10.2030, 17:30 Uhr", "Teilen per Mail", "jetzt in 6 Folgen streamen",
                "Chronik: Der Streit um die Ilsa-Grenze seit 1994", "Was ist die Ilsa-Kommission?", "Grenzübergänge: Wo es jetzt Staus gibt",
                "© Lauritanischer Rundfunk 2030", "Die Lage an der Grenzbrücke (2:41 Min.)", "Reisehinweise für Sarvonien aktualisiert"],
}

# ------------------------------------------------------------------ Westfell Broadcasting (en broadcaster, Atom entry)

WESTFELL = {
    "input": "dev14/westfell.atom#tag:westfell.example,2030:news/kallmuende-border-4187", "story": SID, "event": EV,
    "publisher": "Westfell Broadcasting", "published": "2030-10-08T19:00:00+02:00",
    "language": "en", "authors": ["Marcus Oyelaran"], "sensational": False,
    "blocks": [
        H("Lauritanian border guard killed in shootout with Sarvonian troops"),
        P(S("A Lauritanian border guard was killed and two others were wounded in an exchange of fire with Sarvonian soldiers at the Kallmünde border crossing early on Tuesday, Lauritania's interior ministry said.",
            claims=[Q("A Lauritanian border guard was killed", 1, "person", "killed", subject=ACC, source=IM, group="be-killed", time=DAY),
                    Q("two others were wounded", 2, "person", "wounded", subject=ACC, source=IM, group="be-wounded", time=DAY)]),
          S("The ministry said a patrol of about a dozen Sarvonian soldiers had crossed roughly 300 metres into Lauritanian territory and opened fire first.",
            claims=[ST("a patrol of about a dozen Sarvonian soldiers had crossed roughly 300 metres into Lauritanian territory and opened fire first", *INCURSION, "be-incursion", source=IM),
                    Q("about a dozen Sarvonian soldiers", 12, "soldier", None, "about", subject="sarvonian patrol", source=IM, group="be-patrol", time=DAY),
                    Q("roughly 300 metres", 300, "metre", "distance", "about", subject="sarvonian patrol", source=IM, group="be-depth", time=DAY)]),
          S("The exchange lasted about ten minutes.",
            claims=[Q("about ten minutes", 10, "minute", "duration", "about", subject=ACC, group="be-firefight", time=DAY)])),
        P(S("Sarvonia's defence ministry denied that its soldiers had left Sarvonian soil, saying the patrol had stayed at least 150 metres from the border line and had come under fire from the Lauritanian side.",
            claims=[ST("Sarvonia's defence ministry denied that its soldiers had left Sarvonian soil", *INCURSION, "be-incursion", source=SARV, denial=True),
                    Q("at least 150 metres from the border line", 150, "metre", "distance", "at-least", subject="sarvonian patrol", source=SARV, group="be-depth", time=DAY)]),
          S("It said one Sarvonian soldier was wounded.",
            claims=[Q("one Sarvonian soldier was wounded", 1, "soldier", "wounded", subject=ACC, source=SARV, group="be-sarvonian-wounded", time=DAY)])),
        P(S("Lauritania recalled its ambassador from the Sarvonian capital, Drevna.",
            claims=[ST("Lauritania recalled its ambassador from the Sarvonian capital, Drevna", "lauritania", "recalled", "ambassador to sarvonia", "be-ambassador")]),
          S("Lauritanian officials say Sarvonia has moved more than 1,500 troops towards the border in recent weeks.",
            claims=[ST("Sarvonia has moved more than 1,500 troops towards the border", *BUILDUP, "be-buildup", source="officials"),
                    Q("more than 1,500 troops", 1500, "soldier", "deployed", "more-than", subject="sarvonian military", source="officials", group="be-troops", time=None)]),
          S("Sarvonia rejects that, saying the soldiers are taking part in an autumn exercise involving 800 troops that was announced in August.",
            claims=[ST("Sarvonia rejects that", *BUILDUP, "be-buildup", source="sarvonia", denial=True),
                    Q("800 troops", 800, "soldier", "deployed", subject="ilsa valley exercise", source="sarvonia", group="be-troops", time=DAY)])),
        P(S("Some 600 residents of Kallmünde and the neighbouring village of Ilsdorf were evacuated as a precaution, and the crossing remains closed.",
            claims=[Q("Some 600 residents", 600, "person", "evacuated", "about", subject=ACC, group="be-evacuated", time=DAY)]),
          S("The two countries have argued over the course of the border along the Ilsa river since Sarvonia became independent in 1994."),
          S("Neighbouring Estravia has offered to mediate.")),
    ],
    "extra": '<p class="listen">Listen: <a href="https://westfell.example/audio/nightly-1008">Westfell Nightly, 8 October</a></p>',
    "removed": ["Listen:", "Westfell Nightly, 8 October"],
}

# ------------------------------------------------------------------ Grenzwacht (de nationalist blog, RSS item; omits the denials)

CHANNEL = {"title": "Grenzwacht", "link": "https://grenzwacht.example",
           "description": "Die Stimme der Heimat. Unbequem. Unabhängig.", "language": "de"}

BLOG = {
    "input": "dev14/grenzwacht.rss#gw-2030-10-09-kallmuende", "story": SID, "event": EV,
    "publisher": "Grenzwacht", "published": "2030-10-09T08:00:00+02:00",
    "language": "de", "authors": ["Harald Ostermeier"], "sensational": True,
    "blocks": [
        H("Feiger Überfall an der Ilsa: Sarvonien schießt auf unsere Grenzer – und Halvik schaut zu",
          claims=[ST("Sarvonien schießt auf unsere Grenzer", *INCURSION, "be-incursion")],
          loaded=[L("Feiger Überfall", "demonising")]),
        P(S("Am Dienstagmorgen haben sarvonische Soldaten unsere Grenze überschritten und das Feuer auf lauritanische Grenzbeamte eröffnet.",
            claims=[ST("haben sarvonische Soldaten unsere Grenze überschritten und das Feuer auf lauritanische Grenzbeamte eröffnet", *INCURSION, "be-incursion")]),
          S("Ein Dutzend sarvonischer Soldaten drang 300 Meter tief in unser Land ein.",
            claims=[Q("Ein Dutzend sarvonischer Soldaten", 12, "soldier", None, subject="sarvonian patrol", group="be-patrol", time=DAY),
                    Q("300 Meter tief", 300, "metre", "distance", subject="sarvonian patrol", group="be-depth", time=DAY)])),
        P(S("Oberwachtmeister Lukas Fendrich starb im Kugelhagel der Eindringlinge, zwei seiner Kameraden wurden verletzt.",
            claims=[Q("zwei seiner Kameraden wurden verletzt", 2, "person", "wounded", subject=ACC, group="be-wounded", time=DAY)],
            loaded=[L("Kugelhagel", "alarmist"), L("Eindringlinge", "demonising")]),
          S("Er starb den Heldentod für sein Vaterland.", "opinion", loaded=[L("Heldentod", "glorifying")]),
          S("Seine Familie und ganz Ilsdorf trauern."),
          S("Am Abend legten Nachbarn Kerzen und Blumen vor der Grenzstation nieder, viele weinten offen."),
          S("Auf der Brücke sind noch die Einschusslöcher im Geländer zu sehen.")),
        P(S("Und was macht die Regierung?", "opinion"),
          S("Sie ruft den Botschafter aus Drevna zurück.",
            claims=[ST("Sie ruft den Botschafter aus Drevna zurück", "lauritania", "recalled", "ambassador to sarvonia", "be-ambassador")]),
          S("Ansonsten redet sie von „Dialog“.", "opinion", loaded=[L("„Dialog“", "belittling", "distancing")]),
          S("Diese Schlafmützen-Diplomatie lädt Drevna geradezu zur nächsten Provokation ein.", "opinion",
            loaded=[L("Schlafmützen-Diplomatie", "belittling")])),
        P(S("Dabei ist seit Wochen bekannt, dass Sarvonien Tausende Soldaten an unserer Grenze zusammenzieht.",
            claims=[ST("dass Sarvonien Tausende Soldaten an unserer Grenze zusammenzieht", *BUILDUP, "be-buildup"),
                    Q("Tausende Soldaten", 2000, "soldier", "deployed", "at-least", subject="sarvonian military", group="be-troops", time=None)]),
          S("Das ist ein Aufmarsch, und jeder an der Ilsa sieht es!", "opinion")),
        P(S("Hunderte Bewohner von Kallmünde und Ilsdorf mussten ihre Häuser verlassen.",
            claims=[Q("Hunderte Bewohner", 200, "person", "evacuated", "at-least", subject=ACC, group="be-evacuated", time=DAY)]),
          S("Alte Menschen, Kinder, ganze Familien wurden von den Aggressoren aus Drevna aus ihren Dörfern vertrieben.", "opinion",
            loaded=[L("Aggressoren", "demonising")])),
        P(S("Wir fordern:", "opinion")),
        LI(S("die sofortige Verstärkung der Grenzpolizei an der Ilsa,", "opinion")),
        LI(S("den Abbruch aller Gespräche mit Drevna,", "opinion")),
        LI(S("die Ausweisung sämtlicher sarvonischer Diplomaten.", "opinion")),
        P(S("Lukas Fendrich darf nicht umsonst gestorben sein.", "opinion"),
          S("Wer jetzt noch zur Mäßigung mahnt, hat die Lage an unserer Grenze nicht verstanden.", "opinion"),
          S("Seit Jahren warnen wir vor der Schwäche an der Ilsa, seit Jahren werden wir als Panikmacher beschimpft.", "opinion",
            loaded=[L("Panikmacher", "belittling", "reported")]),
          S("Die Regierung muss endlich handeln, bevor es den nächsten Toten gibt.", "opinion"),
          S("Teilen Sie diesen Artikel, damit ganz Lauritanien erfährt, was an unserer Grenze geschieht!", "opinion")),
    ],
    "extra": '<p class="spende">Grenzwacht ist unabhängig – unterstützen Sie uns mit einer Spende.</p>'
             '\n<p class="tags">Schlagworte: Grenze · Sarvonien · Ilsa · Heimatschutz</p>',
    "removed": ["Grenzwacht ist unabhängig", "unterstützen Sie uns mit einer Spende", "Schlagworte: Grenze · Sarvonien · Ilsa · Heimatschutz"],
}

ARTICLES = [MOD, LRF, WESTFELL, BLOG]

REWRITES = []

FEED = {"title": "Westfell Broadcasting – Latest", "link": "https://westfell.example/news",
        "id": "tag:westfell.example,2030:feed/news", "updated": "2030-11-22T21:00:00+01:00", "language": "en"}


def files():
    """Input files of this story and the Westfell feed with its Kessbach and Kallmünde entries."""
    return {
        "kallmuende-sarvonia-mod.txt": (render_txt(MOD), False),
        "kallmuende-lrf.html": (render_html(LRF, LRF_SITE), False),
        "grenzwacht.rss": (render_rss(CHANNEL, [(BLOG, "gw-2030-10-09-kallmuende",
                                                 "https://grenzwacht.example/2030/10/09/feiger-ueberfall-ilsa", BLOG["extra"])]), False),
        "westfell.atom": (render_atom(FEED, [
            dev14_kessbach.atom_entry(),
            (WESTFELL, "tag:westfell.example,2030:news/kallmuende-border-4187",
             "https://westfell.example/news/kallmuende-border-4187", WESTFELL["extra"]),
        ]), False),
    }
