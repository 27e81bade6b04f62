"""Loaded-language annotations of the study split `realframing-de` (real German news: 10kGNAD test part,
derStandard). Data only; build_realframing_de.py turns it into examples/gold/realframing-de.json.

ARTICLES: (article id, [(text, category, usage), ...]) in the order of realframing_de_select.py, which is the
order of annotation. `text` is copied exactly from the article (1-4 words); category: glorifying, demonising,
alarmist, belittling, euphemism, propaganda; usage: used (the writer's voice), reported (quotation or reported
speech, Konjunktiv I included), distancing (scare quotes). Conventions: examples/realframing-de.md.
"""

ARTICLES = [
    # Kerry meets Abbas in Jordan (wire copy): `anhaltende Besatzung` and `Attentäter` are the usual terms.
    ("10kgnad-test-579", []),
    # SPÖ Upper Austria gives its stage to a rally for refugees: `Wahlkampfspektakel` (the party of its own
    # event, in Konjunktiv) too mild to count; `roten Hochburg`, `Hot-Spot` news idiom.
    ("10kgnad-test-233", []),
    # Book review of Rachel Cusk's Outline.
    ("10kgnad-test-684", [
        ("meistgehassten Schriftstellerin", "demonising", "reported"),
        ("knallhart", "glorifying", "reported"),
        ("brutal ehrlich", "glorifying", "reported"),
        ("beißend intelligent", "glorifying", "reported"),
        ("Bravo", "glorifying", "used"),
    ]),
    # Wifo study on asylum seekers' access to the labour market: neutral report.
    ("10kgnad-test-647", []),
    # Mother-tongue teaching in figures: neutral report.
    ("10kgnad-test-527", []),
    # Head of the social-insurance federation against the medical chamber, and its reply.
    ("10kgnad-test-401", [
        ("Blockadehaltung", "demonising", "reported"),
        ("glühende Verfechterin", "glorifying", "reported"),
        ("Knebelverträge", "demonising", "reported"),
    ]),
    # Tricky Women animation festival (preview).
    ("10kgnad-test-225", [
        ("Holzfällernation", "belittling", "used"),
    ]),
    # Social partners against Mitterlehner's criticism.
    ("10kgnad-test-809", [
        ("altbekannte Rituale", "belittling", "reported"),
        ("Klientelpolitik", "demonising", "reported"),
        ("Stillstand", "belittling", "reported"),
        ("untergriffige Argumentation", "demonising", "reported"),
    ]),
    # Education minister for a social index of school funding.
    ("10kgnad-test-281", [
        ("Problemschulen", "demonising", "used"),
    ]),
    # IS takes cement-factory workers hostage near Damascus (wire copy): `Terrormiliz`, `Jihadistenmiliz`
    # are the wire's usual names for IS.
    ("10kgnad-test-769", []),
    # Egypt's parliamentary elections: the regime's road map called a democratisation process in the writer's voice.
    ("10kgnad-test-935", [
        ("Demokratisierungsprozesses", "propaganda", "used"),
    ]),
    # Dog breeders sentenced in Linz: the judge's reasoning.
    ("10kgnad-test-905", [
        ("wehrlosen", "alarmist", "reported"),
    ]),
]
