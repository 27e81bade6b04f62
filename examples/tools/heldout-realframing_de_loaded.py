"""Loaded-language annotations of the HELD-OUT split `heldout-realframing-de` (real German news: 10kGNAD test
part, derStandard). Held out: never read this file, its gold or its articles while tuning rules or lexicons.
Data only; build_realframing_de.py turns it into examples/gold/heldout-realframing-de.json.

ARTICLES: (article id, [(text, category, usage), ...]) in the order of realframing_de_select.py. Conventions:
examples/realframing-de.md (the same as the study split's).
"""

ARTICLES = [
    ("10kgnad-test-275", [
        ("veritablen Legende", "glorifying", "used"),
        ("lässigsten", "glorifying", "used"),
    ]),
    ("10kgnad-test-479", [
        ("Relikt aus grauer Vorzeit", "belittling", "reported"),
        ("Bevormundung", "belittling", "reported"),
        ("intellektuell nicht sehr redlich", "demonising", "reported"),
        ("saftige Watschn", "alarmist", "reported"),
        ("Faymann-Stillstandspolitik", "belittling", "reported"),
        ("mutlose, visionslose und tatenlose", "belittling", "reported"),
        ("Systemkrise", "alarmist", "reported"),
        ("Zauderns und Zögerns", "belittling", "reported"),
        ("Fiasko", "alarmist", "reported"),
        ("Debakel", "alarmist", "reported"),
    ]),
    ("10kgnad-test-282", []),
    ("10kgnad-test-465", []),
    ("10kgnad-test-711", []),
    ("10kgnad-test-875", [
        ("brandgefährlich", "alarmist", "reported"),
    ]),
    ("10kgnad-test-395", []),
    ("10kgnad-test-232", [
        ("drastische Fehler", "alarmist", "reported"),
    ]),
    ("10kgnad-test-285", []),
    ("10kgnad-test-747", []),
    ("10kgnad-test-665", [
        ("ostturkestanischer Unabhängigkeitskräfte", "propaganda", "reported"),
        ("eine Art Völkermord", "demonising", "reported"),
        ("Extremismus", "demonising", "reported"),
    ]),
    ("10kgnad-test-388", [
        ("bildgewaltige", "glorifying", "used"),
        ("Traumquoten", "glorifying", "reported"),
        ("kongenialen Duos", "glorifying", "used"),
        ("visuelle Wucht", "glorifying", "used"),
        ("schauspielerische Brillanz", "glorifying", "used"),
        ("grenzenlose Kreativität", "glorifying", "used"),
    ]),
]
