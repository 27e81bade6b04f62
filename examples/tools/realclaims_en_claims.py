"""Quantity claims of the `realclaims-en` split: real English articles of NewsWCL50, annotated by hand.

Only short spans of the articles are kept (the figure and its noun phrase). Conventions:
../realclaims-en.md. Articles in the order of examples/tools/realclaims_en_select.py.
"""

from real_lib import q, rng

ARTICLES = [
    ("9_L", [
        q("the 55,000 pages", 55000, "exact", "page", None, subject="iran"),
        q("183 compact discs of Iranian files", 183, "exact", "compact disc", None, subject="iran"),
    ]),
    ("1_LL", [
        q("the seven documents", 7, "exact", "document", None, subject="james comey"),
    ]),
    ("0_LL", [
        q("five locations", 5, "exact", "location", None, source="donald trump"),
    ]),
    ("3_M", [
        q("two Democratic donors", 2, "exact", "person", None),
    ]),
    ("7_RR", [
        q("import duties of 25 percent on steel", 25, "exact", "percent", None, subject="united states"),
        q("10 percent on aluminum", 10, "exact", "percent", None, subject="united states"),
    ]),
    ("7_L", [
        q("for 30 Days", 30, "exact", "day", "duration", subject="united states"),
        q("for another 30 days", 30, "exact", "day", "duration", subject="united states", source="trump administration"),
        q("The 25 percent tariffs on steel", 25, "exact", "percent", None, subject="united states"),
        q("10 percent on aluminum", 10, "exact", "percent", None, subject="united states"),
        q("in the next 30 days", 30, "exact", "day", "duration", source="white house"),
        q("a 25 percent tariff on steel imports", 25, "exact", "percent", None, subject="united states"),
        q("the 30 - day reprieve", 30, "exact", "day", "duration", subject="united states"),
        q("The monthlong reprieve", 1, "exact", "month", "duration", subject="united states"),
    ]),
    ("1_L", [
        q("running 15 pages in total", 15, "exact", "page", "size", subject="james comey"),
        q("three House Republican committee chairmen", 3, "exact", "person", None),
        q("all three agencies", 3, "exact", "agency", None, source="james comey"),
        q("on two separate occasions", 2, "exact", None, None, subject="donald trump"),
    ]),
    ("9_RR", [
        q("tens of thousands of files seized by Israel", 20000, "at-least", "file", None, subject="iran", source="us intelligence", hedged=True),
        q("hundreds of thousands of Iranian files", 200000, "at-least", "file", None, subject="iran", source="benjamin netanyahu"),
    ]),
    ("8_LL", [
        q("dozens of open - ended questions", 24, "at-least", "question", None, subject="robert mueller"),
        q("four people in the president 's orbit", 4, "exact", "person", None, source="new york times"),
    ]),
    ("6_R", [
        q("three Tijuana , Mexico , locations", 3, "exact", "location", None, source="ap"),
        q("about 20 lawyers", 20, "about", "person", None, source="ap"),
        q("her three children", 3, "exact", "child", None, subject="kenia elizabeth avila"),
        q("the roughly 400 people in the caravan", 400, "about", "person", None),
        q("held up to three days", 3, "up-to", "day", "duration"),
        q("Nearly 80 percent of asylum - seekers", 80, "about", "percent", None, source="ap"),
    ]),
]
