"""dev17 story 1: a lorry loaded with plastic pellets catches fire in the 9.4-kilometre Kestenberg road tunnel (Marvinien)
on Thursday, 16 September 2032; three people die that day, a fourth on Friday. The firefighters' union FGM says the tunnel
operator Vialto ignored months of fault reports on the smoke extraction and the fans started only after about 20 minutes;
Vialto denies it and speaks of three minutes.

A German agency report (MPA, dateline block), its rewrite by the local paper (HTML, with the mayor and a detour), a German
tabloid the next morning (omits Vialto's denial and its counter-figure, a hotter fire, "Hunderte Retter") and an English
wire report on Friday with the fourth death and a recalled fire of 2011. Invented by the Parallax team: country, town,
tunnel, companies, union, outlets, people and figures are fiction.
"""

from dev3_lib import S, H, P, Q, ST, L, T, render_txt, render_html

SID = "st-kestenberg-tunnel-fire"
EV = "ev-kestenberg-fire"
STORY = {"id": SID, "label": "Lorry fire in the Kestenberg road tunnel",
         "events": [{"id": EV, "label": "A lorry catches fire in the Kestenberg tunnel on the A7; three dead on Thursday, a fourth on Friday (16–17 September 2032)"}]}

FIRE = "kestenberg tunnel fire"
TUNNEL = "kestenberg tunnel"
FS = "fire service"
VIALTO = "vialto"
THU = T("2032-09-16", "2032-09-16")
FRI = T("2032-09-17", "2032-09-17")
IGNORED = ("vialto", "ignored", "fault reports on the kestenberg tunnel smoke extraction")
PROBE = ("prosecutors", "investigated", "driver of the burning lorry")

GROUPS = [
    {"id": "kb-killed", "story": SID, "status": "compatible",
     "why": "Three dead on Thursday (MPA, Tagblatt, KNALL) and four after a man died in hospital on Friday (Pemberton): an earlier and a later figure, both days named."},
    {"id": "kb-injured", "story": SID, "status": "agreed",
     "why": "At least 25 injured (MPA), 27 (Tagblatt, Pemberton), 'fast 30' (KNALL): the bound and the estimate both allow 27."},
    {"id": "kb-serious", "story": SID, "status": "agreed", "why": "Seven of the injured seriously (Tagblatt, Pemberton)."},
    {"id": "kb-fire-location", "story": SID, "status": "agreed",
     "why": "The lorry caught fire about three kilometres inside the northern portal (MPA, Tagblatt, Pemberton with 1.9 miles)."},
    {"id": "kb-evacuated", "story": SID, "status": "agreed", "why": "About 200 people escaped through the emergency exits (MPA, Tagblatt, Pemberton)."},
    {"id": "kb-vehicles", "story": SID, "status": "single-source", "why": "Only MPA: about 120 vehicles in the tunnel."},
    {"id": "kb-firefighters", "story": SID, "status": "compatible",
     "why": "More than 150 firefighters (MPA, Tagblatt 'Über 150', Pemberton); KNALL's 'Hunderte Retter' is a looser bound."},
    {"id": "kb-heat", "story": SID, "status": "conflicting",
     "why": "Up to 1,000 degrees by the fire service (MPA, Tagblatt) against KNALL's 1,200 degrees stated as fact: both cannot be true."},
    {"id": "kb-length", "story": SID, "status": "agreed", "why": "The tunnel is 9.4 kilometres long (MPA, Tagblatt, Pemberton with 5.8 miles)."},
    {"id": "kb-closure", "story": SID, "status": "agreed", "why": "Closed for at least three weeks, the operator's figure (MPA, Tagblatt, Pemberton)."},
    {"id": "kb-damage", "story": SID, "status": "agreed", "why": "About 40 million euros of damage (Tagblatt; Pemberton with a dollar equivalent)."},
    {"id": "kb-detour", "story": SID, "status": "single-source", "why": "Only the Tagblatt: the detour is about 35 kilometres longer for lorries."},
    {"id": "kb-ventilation", "story": SID, "status": "disputed",
     "why": "The FGM union says Vialto ignored fault reports on the smoke extraction (MPA hedged, Tagblatt, Pemberton); KNALL states it as fact; Vialto denies it (MPA, Tagblatt, Pemberton); KNALL omits the denial."},
    {"id": "kb-fan-delay", "story": SID, "status": "disputed",
     "why": "The fans started after about 20 minutes by the union's account (MPA, Tagblatt, Pemberton; KNALL as fact) against Vialto's counter-figure in its denial, within three minutes (MPA, Tagblatt, Pemberton)."},
    {"id": "kb-fault-reports", "story": SID, "status": "single-source", "why": "Only KNALL: eleven fault reports since June, by its own information."},
    {"id": "kb-investigation", "story": SID, "status": "agreed", "why": "Prosecutors investigate the lorry driver (MPA, Tagblatt, Pemberton)."},
    {"id": "kb-traffic", "story": SID, "status": "single-source", "why": "Only Pemberton: about 22,000 vehicles a day use the tunnel."},
    {"id": "kb-2011", "story": SID, "status": "single-source", "why": "Only Pemberton: a recalled bus fire of 2011 that injured 12 people (another event)."},
]

# ------------------------------------------------------------------ MPA (de agency report, dateline block; Thursday)

MPA = {
    "input": "dev17/kestenberg-mpa.txt", "story": SID, "event": EV,
    "publisher": "MPA Marvinische Presse-Agentur", "published": "2032-09-16T13:10:00+02:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["MPA Marvinische Presse-Agentur", "Donnerstag, 16.09.2032, 13:10 Uhr", "Ressort: Vermischtes"],
    "blocks": [
        H("Lkw-Brand im Kestenbergtunnel – drei Tote, mindestens 25 Verletzte",
          claims=[Q("drei Tote", 3, "person", "killed", subject=FIRE, group="kb-killed", time=THU),
                  Q("mindestens 25 Verletzte", 25, "person", "wounded", "at-least", subject=FIRE, group="kb-injured", time=THU)]),
        P(S("Bei einem Brand im Kestenbergtunnel an der Autobahn A7 sind am Donnerstagmorgen drei Menschen ums Leben gekommen.",
            claims=[Q("drei Menschen", 3, "person", "killed", subject=FIRE, group="kb-killed", time=THU)]),
          S("Mindestens 25 Menschen wurden nach Angaben der Feuerwehr verletzt, einige von ihnen schwer.",
            claims=[Q("Mindestens 25 Menschen", 25, "person", "wounded", "at-least", subject=FIRE, source=FS, group="kb-injured", time=THU)]),
          S("Ein mit Kunststoffgranulat beladener Lastwagen war gegen 7.40 Uhr etwa drei Kilometer hinter dem Nordportal in Brand geraten.",
            claims=[Q("etwa drei Kilometer", 3, "kilometre", "distance", "about", subject="fire location in the kestenberg tunnel", group="kb-fire-location", time=THU)])),
        P(S("Rund 200 Menschen retteten sich zu Fuß durch die Notausgänge in den parallelen Rettungsstollen.",
            claims=[Q("Rund 200 Menschen", 200, "person", "evacuated", "about", subject=FIRE, group="kb-evacuated", time=THU)]),
          S("Im Tunnel standen zu diesem Zeitpunkt etwa 120 Fahrzeuge.",
            claims=[Q("etwa 120 Fahrzeuge", 120, "vehicle", None, "about", subject=FIRE, group="kb-vehicles", time=THU)]),
          S("Mehr als 150 Feuerwehrleute aus dem ganzen Landkreis waren im Einsatz.",
            claims=[Q("Mehr als 150 Feuerwehrleute", 150, "firefighter", "deployed", "more-than", subject=FIRE, group="kb-firefighters", time=THU)]),
          S("Nach Angaben eines Feuerwehrsprechers erreichte die Hitze im Brandbereich bis zu 1.000 Grad.",
            claims=[Q("bis zu 1.000 Grad", 1000, "degree", None, "up-to", subject=FIRE, source=FS, group="kb-heat", time=THU)])),
        P(S("Der 9,4 Kilometer lange Tunnel ist die wichtigste Straßenverbindung zwischen Kestenberg und dem Süden des Landes.",
            claims=[Q("9,4 Kilometer", 9.4, "kilometre", "size", subject=TUNNEL, group="kb-length", time=None)]),
          S("Die Betreibergesellschaft Vialto teilte mit, die Röhre bleibe mindestens drei Wochen gesperrt.",
            claims=[Q("mindestens drei Wochen", 3, "week", "duration", "at-least", subject="kestenberg tunnel closure", source=VIALTO, hedged=True, group="kb-closure", time=None)]),
          S("Der Verkehr wird großräumig über die Passstraße umgeleitet.")),
        P(S("Die Polizei sperrte am Vormittag auch die Zufahrten zur Autobahn im Norden von Kestenberg."),
          S("Am Nachmittag staute sich der Verkehr bis weit hinter die Landkreisgrenze."),
          S("Das Verkehrsministerium kündigte an, die Sicherheitstechnik aller großen Straßentunnel des Landes überprüfen zu lassen.")),
        P(S("Die Feuerwehrgewerkschaft Marvinien (FGM) erhob schwere Vorwürfe gegen den Betreiber."),
          S("Vialto habe seit Monaten Störmeldungen der Rauchabsaugung ignoriert, die Ventilatoren seien erst nach rund 20 Minuten angelaufen, sagte FGM-Landeschef Henrik Saalfeld.",
            claims=[ST("Vialto habe seit Monaten Störmeldungen der Rauchabsaugung ignoriert", *IGNORED, "kb-ventilation", source="henrik saalfeld", hedged=True),
                    Q("nach rund 20 Minuten", 20, "minute", "duration", "about", subject="start of the tunnel fans", source="henrik saalfeld", hedged=True, group="kb-fan-delay", time=THU)]),
          S("Vialto wies die Vorwürfe zurück: Die Anlage habe innerhalb von drei Minuten mit voller Leistung gearbeitet.",
            claims=[ST("Vialto wies die Vorwürfe zurück", *IGNORED, "kb-ventilation", source=VIALTO, denial=True),
                    Q("innerhalb von drei Minuten", 3, "minute", "duration", "up-to", subject="start of the tunnel fans", source=VIALTO, hedged=True, group="kb-fan-delay", time=THU)])),
        P(S("Die Staatsanwaltschaft Kestenberg leitete ein Ermittlungsverfahren gegen den 46 Jahre alten Fahrer des Lastwagens ein.",
            claims=[ST("Die Staatsanwaltschaft Kestenberg leitete ein Ermittlungsverfahren gegen den 46 Jahre alten Fahrer des Lastwagens ein", *PROBE, "kb-investigation")]),
          S("Der Mann wurde mit einer Rauchvergiftung in eine Klinik gebracht."),
          S("Zur Brandursache machten die Ermittler zunächst keine Angaben."),
          S("Der Tunnel war erst im vergangenen Jahr mit neuen Brandmeldern ausgestattet worden.")),
    ],
    "post": ["mpa/kb/hs 161310 Sep 32", "", "Themen: Verkehr · Unglücke · Kestenberg",
             "© MPA Marvinische Presse-Agentur. Alle Rechte vorbehalten."],
    "removed": ["Donnerstag, 16.09.2032, 13:10 Uhr", "Ressort: Vermischtes", "mpa/kb/hs 161310 Sep 32",
                "Themen: Verkehr · Unglücke · Kestenberg", "Alle Rechte vorbehalten"],
}

# ------------------------------------------------------------------ Kestenberger Tagblatt (de local paper, HTML; rewrite of MPA)

TAGBLATT_SITE = {
    "nav": ["Startseite", "Kestenberg", "Landkreis", "Marvinien", "Sport", "Kultur", "E-Paper"],
    "cookie": "Wir und unsere Partner verwenden Cookies, um Inhalte zu personalisieren. Alle akzeptieren oder Einstellungen wählen.",
    "cookie_ok": "Alle akzeptieren",
    "by": "Von",
    "date_label": "16.09.2032, 18:30 Uhr",
    "share": "Artikel teilen · Kommentare (41)",
    "ad": "Autohaus Brenner Kestenberg – Herbstaktion: 0,9 % Finanzierung auf alle Vorführwagen",
    "related_title": "Lesen Sie auch",
    "related": ["Tunnelsicherheit: Was Autofahrer im Notfall tun müssen", "A7: Baustelle bei Kestenberg-Süd bis November",
                "Feuerwehr Kestenberg feiert 150 Jahre"],
    "footer": "© Kestenberger Tagblatt 2032 · Impressum · Datenschutz · Abo",
    "inline": '<div class="teaser">Lesen Sie auch: Sperrungen im Landkreis – alle Umleitungen im Überblick</div>',
    "inline_at": 2,
    "after": '<p class="photo-credit">Foto: Feuerwehr Kestenberg/Jens Morlock</p>',
}

TAGBLATT = {
    "input": "dev17/kestenberg-tagblatt.html", "story": SID, "event": EV,
    "publisher": "Kestenberger Tagblatt", "published": "2032-09-16T18:30:00+02:00",
    "language": "de", "authors": ["Carola Wendt"], "sensational": False,
    "blocks": [
        H("Drei Tote bei Lkw-Brand im Kestenbergtunnel",
          claims=[Q("Drei Tote", 3, "person", "killed", subject=FIRE, group="kb-killed", time=THU)]),
        P(S("Schwarzer Rauch über dem Nordportal: Im Kestenbergtunnel ist am Donnerstagmorgen ein Lastwagen in Brand geraten, drei Menschen starben.",
            claims=[Q("drei Menschen", 3, "person", "killed", subject=FIRE, group="kb-killed", time=THU)]),
          S("Wie die Feuerwehr mitteilte, wurden 27 Menschen verletzt, sieben davon schwer.",
            claims=[Q("27 Menschen", 27, "person", "wounded", subject=FIRE, source=FS, group="kb-injured", time=THU),
                    Q("sieben davon", 7, "person", "wounded", subject="seriously injured in the kestenberg tunnel fire", source=FS, group="kb-serious", time=THU)]),
          S("Der Lkw hatte Kunststoffgranulat geladen und fing rund drei Kilometer nach der nördlichen Einfahrt Feuer.",
            claims=[Q("rund drei Kilometer", 3, "kilometre", "distance", "about", subject="fire location in the kestenberg tunnel", group="kb-fire-location", time=THU)])),
        P(S("Etwa 200 Menschen flüchteten durch die Notausgänge aus der verrauchten Röhre.",
            claims=[Q("Etwa 200 Menschen", 200, "person", "evacuated", "about", subject=FIRE, group="kb-evacuated", time=THU)]),
          S("Über 150 Feuerwehrleute kämpften stundenlang gegen die Flammen.",
            claims=[Q("Über 150 Feuerwehrleute", 150, "firefighter", "deployed", "more-than", subject=FIRE, group="kb-firefighters", time=THU)]),
          S("Im Brandbereich wurden nach Angaben der Feuerwehr Temperaturen von bis zu 1.000 Grad gemessen.",
            claims=[Q("bis zu 1.000 Grad", 1000, "degree", None, "up-to", subject=FIRE, source=FS, group="kb-heat", time=THU)])),
        P(S("„Das ist ein schwarzer Tag für Kestenberg“, sagte Bürgermeisterin Anja Lorenzen am Nachmittag.", "quote"),
          S("Die Stadt öffnete die Turnhalle am Lindenplatz für Reisende, die nicht weiterkamen."),
          S("Das Rote Kreuz verteilte dort Decken, Wasser und warme Mahlzeiten.")),
        P(S("Die 9,4 Kilometer lange Röhre bleibt nach Angaben des Betreibers Vialto mindestens drei Wochen gesperrt.",
            claims=[Q("9,4 Kilometer", 9.4, "kilometre", "size", subject=TUNNEL, group="kb-length", time=None),
                    Q("mindestens drei Wochen", 3, "week", "duration", "at-least", subject="kestenberg tunnel closure", source=VIALTO, group="kb-closure", time=None)]),
          S("Den Schaden schätzt das Unternehmen auf rund 40 Millionen Euro.",
            claims=[Q("rund 40 Millionen Euro", 40000000, "eur", "cost", "about", subject="kestenberg tunnel damage", source=VIALTO, group="kb-damage", time=None)]),
          S("Für Lastwagen ist die Umleitung über die Passstraße rund 35 Kilometer länger.",
            claims=[Q("rund 35 Kilometer", 35, "kilometre", "distance", "about", subject="kestenberg tunnel detour", group="kb-detour", time=None)])),
        P(S("Die Feuerwehrgewerkschaft FGM wirft Vialto vor, Störmeldungen der Rauchabsaugung monatelang ignoriert zu haben.",
            claims=[ST("wirft Vialto vor, Störmeldungen der Rauchabsaugung monatelang ignoriert zu haben", *IGNORED, "kb-ventilation", source="fgm")]),
          S("Die Lüfter seien erst nach etwa 20 Minuten angesprungen.",
            claims=[Q("nach etwa 20 Minuten", 20, "minute", "duration", "about", subject="start of the tunnel fans", source="fgm", hedged=True, group="kb-fan-delay", time=THU)]),
          S("Vialto bestreitet das und spricht von drei Minuten.",
            claims=[ST("Vialto bestreitet das", *IGNORED, "kb-ventilation", source=VIALTO, denial=True),
                    Q("drei Minuten", 3, "minute", "duration", subject="start of the tunnel fans", source=VIALTO, group="kb-fan-delay", time=THU)])),
        P(S("Gegen den Fahrer des Lastwagens ermittelt die Staatsanwaltschaft.",
            claims=[ST("Gegen den Fahrer des Lastwagens ermittelt die Staatsanwaltschaft", *PROBE, "kb-investigation")]),
          S("Anwohner in der Kestenberger Nordstadt wurden gebeten, Fenster und Türen geschlossen zu halten."),
          S("Am Abend gab die Feuerwehr Entwarnung für die Luftwerte.")),
        P(S("Viele Pendler aus dem Umland standen am Morgen stundenlang im Stau."),
          S("Auch die Schulbusse in die Nordstadt fielen aus."),
          S("Die Kreisverwaltung richtete ein Bürgertelefon ein, an dem sich Angehörige melden können."),
          S("Die Feuerwehr bat darum, die Rettungswege in der Innenstadt freizuhalten.")),
    ],
    "removed": ["Wir und unsere Partner verwenden Cookies", "16.09.2032, 18:30 Uhr", "Kommentare (41)",
                "0,9 % Finanzierung auf alle Vorführwagen", "Tunnelsicherheit: Was Autofahrer im Notfall tun müssen",
                "A7: Baustelle bei Kestenberg-Süd bis November", "Feuerwehr Kestenberg feiert 150 Jahre",
                "Sperrungen im Landkreis – alle Umleitungen im Überblick", "Foto: Feuerwehr Kestenberg/Jens Morlock",
                "© Kestenberger Tagblatt 2032"],
}

# ------------------------------------------------------------------ DER KNALL (de tabloid, dateline block; Friday morning; omits the denial)

KNALL = {
    "input": "dev17/kestenberg-knall.txt", "story": SID, "event": EV,
    "publisher": "DER KNALL", "published": "2032-09-17T06:00:00+02:00",
    "language": "de", "authors": ["Dennis Kroll"], "sensational": True,
    "pre": ["DER KNALL", "17.09.2032 – 06:00", "Von Dennis Kroll"],
    "blocks": [
        H("FLAMMEN-HÖLLE IM TUNNEL! Betreiber ließ kaputte Lüftung einfach laufen",
          claims=[ST("Betreiber ließ kaputte Lüftung einfach laufen", *IGNORED, "kb-ventilation")],
          loaded=[L("FLAMMEN-HÖLLE", "alarmist")]),
        P(S("Es war die Hölle auf der A7!", "opinion", loaded=[L("Hölle", "alarmist")]),
          S("Drei Menschen verbrannten oder erstickten am Donnerstag im Kestenbergtunnel, fast 30 wurden verletzt.",
            claims=[Q("Drei Menschen", 3, "person", "killed", subject=FIRE, group="kb-killed", time=THU),
                    Q("fast 30", 30, "person", "wounded", "about", subject=FIRE, group="kb-injured", time=THU)]),
          S("Im Brandherd herrschten 1.200 Grad – so heiß, dass der Asphalt schmolz.",
            claims=[Q("1.200 Grad", 1200, "degree", None, subject=FIRE, group="kb-heat", time=THU)])),
        P(S("Augenzeugin Marion S. (34) saß mit ihrer Tochter im Auto, als der Rauch kam."),
          S("Sie sagt zu KNALL: „Man sah die Hand vor Augen nicht mehr, wir sind nur noch gerannt.“", "quote"),
          S("Ihr Kombi ist nur noch ein Gerippe aus Stahl."),
          S("Ein Feuerwehrmann sagte KNALL, so etwas habe er noch nie erlebt.")),
        P(S("Pendler aus dem ganzen Landkreis stehen seit Donnerstag im Dauerstau."),
          S("Viele von ihnen fahren jeden Tag durch den Tunnel und fragen sich jetzt, ob sie das je wieder ohne Angst tun können.")),
        P(S("Und das Drama hätte verhindert werden können!", "opinion", loaded=[L("Drama", "alarmist")]),
          S("Denn der Betreiber Vialto wusste seit Monaten, dass die Rauchabsaugung nicht richtig funktionierte.",
            claims=[ST("der Betreiber Vialto wusste seit Monaten, dass die Rauchabsaugung nicht richtig funktionierte", *IGNORED, "kb-ventilation")]),
          S("Nach KNALL-Informationen gingen allein seit Juni elf Störmeldungen bei der Tunnelzentrale ein.",
            claims=[Q("elf Störmeldungen", 11, None, None, subject="fault reports on the smoke extraction", source="knall", group="kb-fault-reports", time=None)]),
          S("Die Lüfter sprangen erst nach 20 Minuten an – viel zu spät für die Menschen in der Röhre.",
            claims=[Q("nach 20 Minuten", 20, "minute", "duration", subject="start of the tunnel fans", group="kb-fan-delay", time=THU)])),
        P(S("Hunderte Retter kämpften stundenlang gegen die Flammen.",
            claims=[Q("Hunderte Retter", 200, "person", "deployed", "at-least", subject=FIRE, group="kb-firefighters", time=THU)]),
          S("Lkw-Fahrer Bogdan T. (46) überlebte mit einer Rauchvergiftung."),
          S("Er soll nach ersten Erkenntnissen zu dicht auf einen Kleinbus aufgefahren sein."),
          S("Vialto spricht von einem „bedauerlichen Unglück“.", loaded=[L("„bedauerlichen Unglück“", "euphemism", "distancing")])),
        P(S("Wie lange wollen die Vialto-Manager noch Geld sparen, während Menschen in ihren Tunneln sterben?", "opinion"),
          S("Die Profitgier der Betreiber kostet Leben!", "opinion", loaded=[L("Profitgier", "demonising")]),
          S("Schon vor Jahren hatte KNALL über verstopfte Notausgänge im Kestenbergtunnel berichtet – getan hat sich seitdem nichts.", "opinion"),
          S("KNALL fordert: Lüftung prüfen und den Tunnel erst wieder öffnen, wenn alles sicher ist!", "opinion")),
    ],
    "post": ["Mehr zum Thema:", "- Blitzer-Marathon: Hier wird heute kontrolliert", "- KNALL+ 1 Monat für 0,99 €",
             "", "#Tunnelbrand #Kestenberg #A7"],
    "removed": ["17.09.2032 – 06:00", "Von Dennis Kroll", "Mehr zum Thema:", "Blitzer-Marathon: Hier wird heute kontrolliert",
                "KNALL+ 1 Monat für 0,99 €", "#Tunnelbrand #Kestenberg #A7"],
}

# ------------------------------------------------------------------ Pemberton Wire (en wire, dateline block; Friday)

PEMBERTON = {
    "input": "dev17/kestenberg-pemberton.txt", "story": SID, "event": EV,
    "publisher": "Pemberton Wire", "published": "2032-09-17T16:30:00+02:00",
    "language": "en", "authors": ["Ruth Adeyemi"], "sensational": False,
    "pre": ["PEMBERTON WIRE", "Sep 17, 2032 16:30 CEST", "By Ruth Adeyemi"],
    "blocks": [
        H("Death toll in Marvinian tunnel fire rises to four; union blames ventilation",
          claims=[Q("rises to four", 4, "person", "killed", subject=FIRE, group="kb-killed", time=FRI)]),
        P(S("A fourth person has died after a lorry fire in Marvinia's Kestenberg tunnel, police said on Friday, a day after the blaze filled the 9.4-kilometre (5.8-mile) tunnel with smoke.",
            claims=[Q("A fourth person has died", 4, "person", "killed", subject=FIRE, source="police", group="kb-killed", time=FRI),
                    Q("9.4-kilometre", 9.4, "kilometre", "size", subject=TUNNEL, group="kb-length", time=None),
                    Q("5.8-mile", 5.8, "mile", "size", subject=TUNNEL, group="kb-length", time=None)]),
          S("The man, a van driver from Tarsland, died in hospital of smoke inhalation."),
          S("Twenty-seven people were injured, seven of them seriously, according to the fire service.",
            claims=[Q("Twenty-seven people", 27, "person", "wounded", subject=FIRE, source=FS, group="kb-injured", time=THU),
                    Q("seven of them", 7, "person", "wounded", subject="seriously injured in the kestenberg tunnel fire", source=FS, group="kb-serious", time=THU)])),
        P(S("The fire broke out on Thursday morning in a lorry carrying plastic pellets, about 3 kilometres (1.9 miles) from the northern entrance.",
            claims=[Q("about 3 kilometres", 3, "kilometre", "distance", "about", subject="fire location in the kestenberg tunnel", group="kb-fire-location", time=THU),
                    Q("1.9 miles", 1.9, "mile", "distance", "about", subject="fire location in the kestenberg tunnel", group="kb-fire-location", time=THU)]),
          S("About 200 people escaped on foot through emergency exits, and more than 150 firefighters were deployed.",
            claims=[Q("About 200 people", 200, "person", "evacuated", "about", subject=FIRE, group="kb-evacuated", time=THU),
                    Q("more than 150 firefighters", 150, "firefighter", "deployed", "more-than", subject=FIRE, group="kb-firefighters", time=THU)])),
        P(S("Marvinia's firefighters' union FGM accused the tunnel operator, Vialto, of ignoring months of fault reports on the smoke extraction system and said the fans had started only after about 20 minutes.",
            claims=[ST("accused the tunnel operator, Vialto, of ignoring months of fault reports on the smoke extraction system", *IGNORED, "kb-ventilation", source="fgm"),
                    Q("after about 20 minutes", 20, "minute", "duration", "about", subject="start of the tunnel fans", source="fgm", group="kb-fan-delay", time=THU)]),
          S("“Vialto gambled with people's lives,” FGM regional chief Henrik Saalfeld said.", "quote",
            loaded=[L("gambled with people's lives", "demonising", "reported")]),
          S("Vialto rejected the accusation, saying the system had reached full power within three minutes.",
            claims=[ST("Vialto rejected the accusation", *IGNORED, "kb-ventilation", source=VIALTO, denial=True),
                    Q("within three minutes", 3, "minute", "duration", "up-to", subject="start of the tunnel fans", source=VIALTO, group="kb-fan-delay", time=THU)])),
        P(S("The operator said the tunnel would stay closed for at least three weeks and estimated the damage at about €40 million ($44 million).",
            claims=[Q("at least three weeks", 3, "week", "duration", "at-least", subject="kestenberg tunnel closure", source=VIALTO, group="kb-closure", time=None),
                    Q("about €40 million", 40000000, "eur", "cost", "about", subject="kestenberg tunnel damage", source=VIALTO, group="kb-damage", time=None),
                    Q("$44 million", 44000000, "usd", "cost", "about", subject="kestenberg tunnel damage", source=VIALTO, group="kb-damage", time=None)]),
          S("Prosecutors have opened an investigation into the driver of the burning lorry.",
            claims=[ST("Prosecutors have opened an investigation into the driver of the burning lorry", *PROBE, "kb-investigation")])),
        P(S("The Kestenberg tunnel, opened in 1998, carries about 22,000 vehicles a day.",
            claims=[Q("about 22,000 vehicles", 22000, "vehicle", None, "about", subject="kestenberg tunnel traffic", group="kb-traffic", time=None)]),
          S("In 2011, a bus fire in the same tunnel injured 12 people.",
            claims=[Q("injured 12 people", 12, "person", "wounded", subject="kestenberg tunnel bus fire of 2011", group="kb-2011", time=T("2011-01-01", "2011-12-31"))]),
          S("Traffic between Kestenberg and the south is being diverted over a mountain pass.")),
    ],
    "post": ["(Reporting by Ruth Adeyemi; editing by Colin Marsh)", "", "Copyright 2032 Pemberton Wire. All rights reserved."],
    "removed": ["Sep 17, 2032 16:30 CEST", "By Ruth Adeyemi", "(Reporting by Ruth Adeyemi; editing by Colin Marsh)",
                "Copyright 2032 Pemberton Wire"],
}

ARTICLES = [MPA, TAGBLATT, KNALL, PEMBERTON]

REWRITES = [["dev17/kestenberg-mpa.txt", "dev17/kestenberg-tagblatt.html"]]


def files():
    return {
        "kestenberg-mpa.txt": (render_txt(MPA), False),
        "kestenberg-tagblatt.html": (render_html(TAGBLATT, TAGBLATT_SITE), False),
        "kestenberg-knall.txt": (render_txt(KNALL), False),
        "kestenberg-pemberton.txt": (render_txt(PEMBERTON), False),
    }
