"""Quantity claims of the held-out split `heldout-realclaims-en`: real English articles of NewsWCL50,
annotated by hand. HELD OUT: never read while tuning rules or lexicons.

Only short spans of the articles are kept (the figure and its noun phrase). Conventions:
../realclaims-en.md. Articles in the order of examples/tools/realclaims_en_select.py.
"""

from real_lib import q, rng

ARTICLES = [
    ("7_M", [
        q("the 25 % tariff", 25, "exact", "percent", None, subject="united states"),
        q("a 25 % tariff on steel", 25, "exact", "percent", None, subject="united states"),
        q("a 10 % tariff on aluminum", 10, "exact", "percent", None, subject="united states"),
        q("the 30 - day delay", 30, "exact", "day", "duration", subject="united states", source="white house"),
        q("34.6 million metric tons of steel", 34600000, "exact", "tonne", None, subject="united states", source="commerce department"),
        q("a 15 percent increase", 15, "exact", "percent", "increase", subject="united states", source="commerce department"),
    ]),
    ("5_M", [
        q("more than a year of suspense", 1, "more-than", "year", "duration", subject="donald trump"),
        q("multi - billion - dollar building", 2000000000, "at-least", "usd", "cost", subject="us embassy"),
        q("more than 1.8 million people", 1800000, "more-than", "person", None),
        q("thousands of our supporters", 2000, "at-least", "person", None, subject="amnesty international", source="kate allen"),
    ]),
    ("2_L", [
        q("more than six decades of conflict", 60, "more-than", "year", "duration", subject="korean peninsula"),
        q("about four minutes", 4, "about", "minute", "duration", source="youn kun-young"),
    ]),
    ("4_L", [
        q("his three most recent predecessors", 3, "exact", "president", None),
        q("three other Americans are still being held", 3, "exact", "person", "arrested", subject="north korea"),
        q("focused on four pillars", 4, "exact", "pillar", None, source="emmanuel macron"),
    ]),
    ("6_LL", [
        q("hundreds of Central Americans", 200, "at-least", "person", None),
        q("hundreds of participants in the caravan", 200, "at-least", "person", None),
        q("about 100 people", 100, "about", "person", None),
        q("Roughly 200 of their counterparts", 200, "about", "person", None),
        q("more than a dozen people", 12, "more-than", "person", None),
        q("about 150 of the caravan 's members", 150, "about", "person", None, source="organisers"),
        q("The 150 migrants", 150, "exact", "refugee", None),
        rng("Between 150 and 200 Central American migrants", 150, 200, "refugee", None, source="organisers"),
        q("roughly another 150", 150, "about", "refugee", None, source="organisers"),
        q("longer than three weeks", 3, "up-to", "week", "duration"),
        q("several dozen immigrant rights activists", 24, "at-least", "person", None),
        q("a few hundred Central Americans", 200, "at-least", "person", None),
        q("the four Southwest border states", 4, "exact", "state", None),
    ]),
    ("5_LL", [
        q("his one - day visit", 1, "exact", "day", "duration", subject="donald trump", source="kim darroch"),
        q("28,000 attendees", 28000, "exact", "person", None),
        q("tens of thousands of demonstrators", 20000, "at-least", "person", None),
        q("the 90 - day travel ban", 90, "exact", "day", "duration", subject="donald trump"),
        q("seven largely Muslim countries", 7, "exact", "country", None),
        q("\" thousands of our supporters \"", 2000, "at-least", "person", None, subject="amnesty international", source="kate allen"),
        q("the 15 months of his presidency", 15, "exact", "month", "duration", subject="donald trump", source="kate allen"),
    ]),
    ("4_LL", [
        q("We paid $ 150 billion", 150000000000, "exact", "usd", "paid", subject="united states", source="donald trump", hedged=True),
        q("We gave $ 1.8 billion in cash", 1800000000, "exact", "usd", "paid", subject="united states", source="donald trump", hedged=True),
        q("for at least a decade", 10, "at-least", "year", "duration", subject="iran"),
        q("billions of dollars of U.S. taxpayer cash", 2000000000, "at-least", "usd", "paid", subject="united states", source="right-wing media"),
        q("The $ 1.7 billion the United States gave to Iran", 1700000000, "exact", "usd", "paid", subject="united states"),
        q("the next three and a half decades", 35, "exact", "year", "duration"),
        q("certify every 90 days", 90, "exact", "day", "duration"),
        q("Trump did this twice", 2, "exact", None, None, subject="donald trump"),
    ]),
    ("4_M", [
        q("the long 241 - year friendship", 241, "exact", "year", "duration", source="donald trump"),
        q("four other meetings at other summits", 4, "exact", "meeting", None),
    ]),
    ("6_M", [
        q("traveling 2,500 miles through Mexico", 2500, "exact", "mile", "distance"),
        q("about 200 migrants from Central America", 200, "about", "refugee", None),
        q("several hundred supporters", 200, "at-least", "person", None),
        q("an hour long rally", 1, "exact", "hour", "duration"),
        q("four young couples", 4, "exact", "couple", None),
        q("About 80 U.S. families", 80, "about", "household", None, source="heather cronk"),
        q("about 100 people marched", 100, "about", "person", None),
        q("The more than 100 - mile walk", 100, "more-than", "mile", "distance"),
        q("five daughters", 5, "exact", "child", None, subject="rubilio mendez", source="rubilio mendez"),
    ]),
    ("2_RR", []),
]
