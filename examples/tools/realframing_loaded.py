"""Loaded-language gold of the real-text split `real-en` (NewsWCL50, English).

Each entry: (article id in ../shared/corpora/newswcl50.jsonl, [(text, category, usage), ...]).
`text` is copied exactly as in the article (its tokenisation included); one entry per distinct
span and usage in an article. Selection: realframing_select.py (positions 0, 2, 4, ...);
conventions: examples/real-en.md. Built by build_realframing.py.
"""

G, D, A, B, E, P = "glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"
U, R, S = "used", "reported", "distancing"

ARTICLES = [
    # 0: tariff exemptions (centre)
    ("7_M", [
        ("single worst trade deal", D, R),
    ]),
    # 2: Trump's UK visit (right-wing outlet)
    ("5_RR", [
        ("his attacks", D, U),
        ("amplifying", D, R),
        ("self - confessed", B, U),
        ("complaining", B, U),
        ("polar opposite", D, R),
        ("\" open \"", B, S),
        ("apparently without irony", B, U),
        ("advancing censorship", P, U),
    ]),
    # 4: Macron's state visit, Iran deal (centre)
    ("4_M", [
        ("insane", D, R),
        ("ridiculous", D, R),
        ("foment unrest", D, R),
        ("brave warriors", G, R),
        ("sheepishly", B, U),
        ("wonderful friendship", G, R),
        ("worst deal ever negotiated", D, R),
    ]),
    # 6: DNC lawsuit (left-wing outlet, Reuters text)
    ("3_LL", [
        ("gleefully welcomed", D, R),
        ("racketeering enterprise", D, R),
        ("all - out assault", A, R),
        ("unprecedented treachery", D, R),
        ("obstructionist", D, R),
        ("Pakistani mystery man", D, R),
        ("frivolous", B, R),
        ("sham lawsuit", B, R),
        ("bogus", B, R),
        ("desperate , dysfunctional", D, R),
        ("nearly insolvent", B, R),
        ("mantra", B, R),
        ("left - wing conspiracy theory", B, R),
    ]),
    # 8: migrant caravan at the border (centre-left)
    ("6_L", [
        ("anti - immigrant politics", D, U),
        ("apparently relishes", D, U),
        ("undermine our laws", D, R),
        ("overwhelm our system", A, R),
        ("catch and release", P, R),
    ]),
    # 10: Trump's UK visit (centre)
    ("5_M", [
        ("anti - Muslim policies", D, U),
        ("grandiose claims", B, R),
        ("bullying", D, R),
        ("unsavory tactics", D, R),
    ]),
    # 12: Pompeo met Kim (left-wing outlet): nothing loaded
    ("0_LL", []),
    # 14: DNC lawsuit (centre)
    ("3_M", [
        ("unprecedented treachery", D, R),
        ("hostile foreign power", D, R),
        ("attacks on our democracy", A, R),
        ("frivolous", B, R),
        ("sham lawsuit", B, R),
        ("bogus", B, R),
        ("desperate , dysfunctional", D, R),
        ("nearly insolvent", B, R),
        ("‘ damages '", B, S),
        ("acts of corruption", D, R),
        ("rigged", D, R),
        ("witch hunt", P, R),
        ("gleefully welcomed", D, R),
        ("racketeering enterprise", D, R),
        ("politically motivated", B, R),
    ]),
    # 16: Netanyahu's Iran files (right)
    ("9_R", [
        ("Smoking Bomb", A, R),
        ("smoking bomb", A, R),
        ("brazenly lying", D, R),
        ("vaunted", B, U),
        ("incriminating documents", D, U),
        ("incriminating evidence", D, R),
        ("Iranian wolf", D, R),
        ("impetuous", B, R),
        ("sabotaging", D, R),
        ("foremost sponsor of terrorism", D, R),
        ("signing bonus", D, R),
    ]),
    # 18: North Korea suspends tests (left-wing outlet)
    ("2_LL", [
        ("dictator", D, U),
        ("Rocket Man", B, R),
        ("mentally deranged", D, R),
        ("dotard", B, R),
        ("fire and fury", A, R),
    ]),
    # 20: North Korea suspends tests (centre): nothing loaded
    ("2_M", []),
    # 22: North Korea no longer needs tests (centre-left)
    ("2_L", [
        ("arrogant blockheads", B, R),
    ]),
]
