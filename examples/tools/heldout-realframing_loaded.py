"""Loaded-language gold of the real-text split `heldout-real-en` (NewsWCL50, English). HELD OUT.

Each entry: (article id in ../shared/corpora/newswcl50.jsonl, [(text, category, usage), ...]).
`text` is copied exactly as in the article (its tokenisation included); one entry per distinct
span and usage in an article. Selection: realframing_select.py (positions 1, 3, 5, ...);
conventions: examples/real-en.md. Built by build_realframing.py.
"""

G, D, A, B, E, P = "glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"
U, R, S = "used", "reported", "distancing"

ARTICLES = [
    # 1: Trump warns Iran, Macron visit (right)
    ("4_R", [
        ("terrible deal", D, R),
        ("grave", A, R),
        ("wonderful friendship", G, R),
        ("proud nation", G, R),
        ("decisive action", G, R),
        ("Syrian regime", D, R),
        ("noble causes", G, R),
        ("aggressive nationalisms", D, R),
    ]),
    # 3: Trump warns Iran (right-wing outlet)
    ("4_RR", [
        ('" terrible "', D, R),
        ("terrible deal", D, R),
        ("insane", D, R),
        ("ridiculous", D, R),
        ("disaster", D, R),
        ("fund terrorism", D, R),
    ]),
    # 5: North Korea's pledge (right, opinion)
    ("2_R", [
        ("dictator", D, U),
        ("talk is cheap", B, U),
        ("ploy", D, U),
        ("long record of lying", D, U),
        ("devastating", A, U),
        ("off the map", A, U),
        ("horrific casualties", A, U),
        ("atomic terror", A, U),
        ("craftiest of traps", D, U),
        ("deadly arsenal", A, U),
        ("meaningless", B, U),
    ]),
    # 7: Mueller's questions (centre): nothing loaded
    ("8_M", []),
    # 9: Pompeo met Kim (right-wing outlet)
    ("0_RR", [
        ("dictator", D, U),
    ]),
    # 11: DNC lawsuit (right-wing outlet)
    ("3_RR", [
        ("DESPERATION", B, U),
        ("desperate attempt", B, U),
        ("collusion narrative", B, U),
        ("a theory pushed by", B, U),
        ("Russian collusion theory", B, U),
        ("disturbing", D, R),
        ('" conspired "', B, S),
        ("all - out assault", A, R),
        ("unprecedented treachery", D, R),
        ("hostile foreign power", D, R),
    ]),
    # 13: Netanyahu on the Iran deal (left-wing outlet, Reuters text)
    ("9_LL", [
        ("disparages", B, U),
        ("Iran lied", D, R),
        ("dangerous escalation", A, R),
        ("greatest threat", A, R),
        ("militant Islam", D, R),
        ("comes to his senses", B, R),
    ]),
    # 15: Pompeo's visit, Trump-Abe summit (centre)
    ("0_M", [
        ("southern White House", G, R),
        ("questionable land sales", D, U),
    ]),
    # 17: DNC lawsuit (right)
    ("3_R", [
        ("all - out assault", A, R),
        ("unimaginable treachery", D, R),
        ("unprecedented treachery", D, R),
        ("hostile foreign power", D, R),
        ("Obstructionist Democrats", D, R),
        ("Pakistani mystery man", D, R),
        ("frivolous", B, R),
        ("sham lawsuit", B, R),
        ("bogus", B, R),
        ("desperate , dysfunctional", D, R),
        ("nearly insolvent", B, R),
        ("conspiracy theories", B, R),
        ("failing DNC", B, R),
        ("new low", D, R),
    ]),
    # 19: Comey memos (right)
    ("1_R", [
        ("Witch Hunt", P, R),
        ("salacious , unsubstantiated allegations", B, R),
        ("salacious allegations", B, R),
        ("contempt", D, R),
        ("intimidate", D, R),
        ("extraneous facts", B, R),
    ]),
    # 21: Mueller's questions (right-wing outlet, AFP text): nothing loaded
    ("8_RR", []),
    # 23: Trump's UK visit (centre-left)
    ("5_L", [
        ("triumphant tour", G, U),
        ("dictators", D, U),
        ("fading world power", B, U),
        ("erratically capitalized", B, U),
        ("GREATest visit ever", G, R),
    ]),
]
