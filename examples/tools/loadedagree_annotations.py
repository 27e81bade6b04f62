"""Second annotator's BLIND loaded-language annotations of the 12 `real-en` articles (NewsWCL50).

Made without reading Parallax's sources, lexicons, tests or output, without `examples/gold/real-en.json`,
`examples/tools/realframing_loaded.py` or the annotation conventions of `examples/real-en.md`; only
GOLD-FORMAT.md, the framing notes of dev3.md / dev4.md, the `loaded` entries of dev3.json and the
article texts were read. Committed before the agreement with the first annotator was computed, and not
changed afterwards (see examples/tools/loaded_agreement.py and "Agreement between two annotators" in
examples/real-en.md).

Each term: (text exactly as in the article, category, usage). A text that occurs several times in one
article counts once (all its occurrences are its span). `reported` also covers loaded words attributed
to a speaker in indirect speech (`called the lawsuit frivolous`, residents `accused him of ... bullying`).

Working rules of this annotator:
- quoted insults and slogans of politicians count (`reported`): `witch hunt`, `Rocket Man`, `sham`;
- the outlet's own evaluative labels count (`used`): `dictator`, `anti - Muslim policies`, `vaunted`;
- established names and literal words do not: `trade war`, `Russian meddling`, `so - called truce
  village` (a name), `secret visit`, `taunted` (describes what happened), diplomatic courtesies
  (`wonderful friendship`, `very good news`).

BORDERLINE_EXCLUDED lists what was weighed and left out (recorded blind, for the disagreement analysis).
"""

ANNOTATIONS = {
    "7_M": [
        ("the single worst trade deal", "demonising", "reported"),
        ("shuttered plants and mills", "alarmist", "reported"),
    ],
    "5_RR": [
        ("so - called working visit", "belittling", "distancing"),
        ("ditched", "belittling", "used"),
        ("his attacks", "demonising", "used"),
        ("amplifying", "demonising", "reported"),
        ("self - confessed", "belittling", "used"),
        ("complaining", "belittling", "used"),
        ("without irony", "belittling", "used"),
        ("advancing censorship", "alarmist", "used"),
    ],
    "4_M": [
        ("insane", "demonising", "reported"),
        ("ridiculous", "belittling", "reported"),
        ("foment unrest", "demonising", "used"),
        ("brave warriors", "glorifying", "reported"),
        ("the worst deal ever negotiated", "demonising", "reported"),
    ],
    "3_LL": [
        ("gleefully welcomed", "demonising", "reported"),
        ("racketeering enterprise", "demonising", "reported"),
        ("all - out assault", "alarmist", "reported"),
        ("unprecedented treachery", "demonising", "reported"),
        ("obstructionist", "demonising", "reported"),
        ("Pakistani mystery man", "demonising", "reported"),
        ("frivolous", "belittling", "reported"),
        ("sham lawsuit", "belittling", "reported"),
        ("bogus", "belittling", "reported"),
        ("desperate", "belittling", "reported"),
        ("dysfunctional", "belittling", "reported"),
        ("mantra", "belittling", "reported"),
        ("left - wing conspiracy theory", "belittling", "reported"),
    ],
    "6_L": [
        ("anti - immigrant politics", "demonising", "used"),
        ("relishes", "demonising", "used"),
        ("undermine our laws", "demonising", "reported"),
        ("overwhelm our system", "alarmist", "reported"),
        ("catch and release", "belittling", "reported"),
    ],
    "5_M": [
        ("anti - Muslim policies", "demonising", "used"),
        ("grandiose claims", "belittling", "reported"),
        ("bullying", "demonising", "reported"),
        ("unsavory tactics", "demonising", "reported"),
    ],
    "0_LL": [],
    "3_M": [
        ("unprecedented treachery", "demonising", "reported"),
        ("in league with", "demonising", "reported"),
        ("frivolous", "belittling", "reported"),
        ("sham lawsuit", "belittling", "reported"),
        ("bogus", "belittling", "reported"),
        ("desperate", "belittling", "reported"),
        ("dysfunctional", "belittling", "reported"),
        ("‘ damages '", "belittling", "reported"),
        ("acts of corruption", "demonising", "reported"),
        ("rigged its primaries", "demonising", "reported"),
        ("witch hunt", "propaganda", "reported"),
        ("gleefully welcomed", "demonising", "reported"),
        ("racketeering enterprise", "demonising", "reported"),
        ("politically motivated", "belittling", "reported"),
    ],
    "9_R": [
        ("smoking bomb", "alarmist", "reported"),
        ("dramatic", "alarmist", "reported"),
        ("brazenly lying", "demonising", "reported"),
        ("vaunted", "belittling", "used"),
        ("incriminating documents", "demonising", "used"),
        ("incriminating evidence", "demonising", "reported"),
        ("Iranian wolf", "demonising", "reported"),
        ("impetuous", "belittling", "reported"),
        ("sabotaging", "demonising", "reported"),
        ("foremost sponsor of terrorism", "demonising", "reported"),
        ("signing bonus", "belittling", "reported"),
    ],
    "2_LL": [
        ("North Korean dictator", "demonising", "used"),
        ("the dictator", "demonising", "used"),
        ("Rocket Man", "belittling", "reported"),
        ("mentally deranged U.S. dotard", "belittling", "reported"),
        ("fire and fury", "alarmist", "reported"),
    ],
    "2_M": [
        ("reclusive leader", "belittling", "used"),
        ("step in the right direction", "glorifying", "used"),
    ],
    "2_L": [
        ("arrogant blockheads", "belittling", "reported"),
    ],
}

# Weighed and left out, blind (article id -> texts).
BORDERLINE_EXCLUDED = {
    "7_M": ["showdown", "outcry", "steep", "trade war"],
    "5_RR": ["pomp and pageantry", "talked up", "unwelcoming London", "polar opposite", "big fan"],
    "4_M": ["heavily scripted", "sheepishly", "protocol - laden pomp", "wonderful friendship",
            "a very special relationship", "protectionist moves", "open season"],
    "3_LL": ["counterattack", "willing and active partner", "NO proof or evidence"],
    "6_L": ["grueling", "dramatic moment", "stalk", "plight", "volatile flash point",
            "existential moment", "ratcheted up his rhetoric", "undocumented immigrants"],
    "5_M": ["months of drama", "bad deal", "unlikely foil"],
    "0_LL": ["so desperately need", "secretly met"],
    "3_M": ["dossier", "hostile foreign power", "chaos", "furious", "willing and active partner",
            "hard and heavy"],
    "9_R": ["ripped", "smoking gun", "highly secret"],
    "2_LL": ["taunted", "thousands of times over", "historic heights", "bright path"],
    "2_M": ["slinging of insults", "nuke", "backtracked"],
    "2_L": ["big progress", "olive branch", "dramatic about - face", "so - called truce village",
            "cemented the status quo"],
}
