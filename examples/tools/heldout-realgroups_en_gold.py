"""Group gold on real English news (NewsWCL50, events 6 and 7): split `heldout-realgroups-en`.

HELD OUT: never read this file, its gold (`examples/gold/heldout-realgroups-en.json`) or these ten
articles while tuning rules or lexicons; the split is only run through `parallax eval`.

Annotations as data, read by `build_realgroups_en.py`. Every quantity claim of the ten articles
(conventions of `examples/realclaims-en.md`) and the central statements several outlets report or one
party denies, each with its `group`. Article text stays in ../shared/corpora/newswcl50.jsonl; only short
spans are kept here. Conventions: `examples/heldout-realgroups-en.md`.
"""


def q(text, value, qualifier, unit, measure, group, subject=None, source=None, hedged=False,
      low=None, high=None):
    """A quantity claim (ClaimGold, kind "quantity"); no claim of these articles has a time of its own."""
    return {
        "kind": "quantity", "text": text, "value": value, "low": low, "high": high,
        "qualifier": qualifier, "unit": unit, "measure": measure, "time": None,
        "subject": subject, "source": source, "hedged": hedged, "group": group,
    }


def rng(text, low, high, unit, measure, group, **kw):
    return q(text, None, "range", unit, measure, group, low=low, high=high, **kw)


def s(text, subject, predicate, obj, group, source=None, hedged=False, denial=False):
    """A statement claim (ClaimGold, kind "statement"); a denial carries the denied claim's
    subject / predicate / object, the denying party as `source` and the same `group`."""
    return {
        "kind": "statement", "text": text, "subject": subject, "predicate": predicate, "object": obj,
        "source": source, "hedged": hedged, "denial": denial, "group": group,
    }


US = "united states"
EU = "european union"

# Triples shared by the claims of one statement group (so that a group reads as one assertion).
ARRIVES = ("migrant caravan", "arrived at", "us border")
CAPACITY = ("cbp", "lacks capacity to process", "asylum seekers")
NIGHT = ("asylum seekers", "waited in", "mexico")
ILLEGAL = ("caravan members", "illegally entered", US)
COACHING = ("immigration lawyers", "coached", "caravan members")
THREAT = ("migrant caravan", "threatens", "us national security")
GUARD = ("donald trump", "deployed", "national guard to the border")
PROSECUTORS = ("trump administration", "deployed", "prosecutors and immigration judges to the border")
STAY_MEXICO = ("kirstjen nielsen", "urged", "asylum seekers to stay in mexico")
ORGANIZER = ("pueblo sin fronteras", "organized", "migrant caravan")
SEPARATION = ("asylum seekers", "face", "separation from their families")
PROSECUTION = ("caravan members", "face", "prosecution")
KEEP_OUT = ("donald trump", "demanded", "caravans be kept out of the united states")

DELAY = ("donald trump", "postponed", "steel and aluminum tariffs on the eu, canada and mexico")
DEALS = (US, "reached agreements with", "argentina, australia and brazil")
FINAL = (US, "ruled out", "further extensions")
QUOTAS = ("trump administration", "is focused on", "quotas")
KOREA = (US, "exempted", "south korea")
RETALIATE = (EU, "will retaliate against", US)
EXEMPT_EU = (EU, "demands", "permanent exemption")
SECURITY = ("steel and aluminum tariffs", "are justified by", "national security")
UNCERTAINTY = ("tariff delay", "prolongs", "market uncertainty")
UK = ("british government", "welcomed", "tariff delay")
NO_QUOTAS = ("canada, mexico and the eu", "reject", "quotas")
NAFTA = ("tariff talks with canada and mexico", "are tied to", "nafta talks")
NO_EXEMPT = ("china", "has no exemption from", "steel and aluminum tariffs")


def st(text, triple, group, **kw):
    return s(text, *triple, group, **kw)


CARAVAN = "st-caravan"
TARIFFS = "st-tariffs"
EV_CARAVAN = "ev-caravan-arrival"
EV_TARIFFS = "ev-tariff-delay"

STORIES = [
    {"id": CARAVAN, "label": "Central American migrant caravan at the US-Mexico border (April 2018)",
     "events": [{"id": EV_CARAVAN, "label": "The caravan reaches the San Ysidro port of entry near San Diego "
                 "and asks for asylum; CBP says it lacks capacity (29-30 April 2018)"}]},
    {"id": TARIFFS, "label": "US steel and aluminum tariffs and the exemptions of allies (April 2018)",
     "events": [{"id": EV_TARIFFS, "label": "The White House delays the tariffs on the EU, Canada and Mexico "
                 "for 30 days and announces deals with Argentina, Australia, Brazil and South Korea "
                 "(30 April 2018)"}]},
]

# (NewsWCL50 id, story, event, claims) in the order of the corpus file's events and outlets
ARTICLES = [
    ("6_LL", CARAVAN, EV_CARAVAN, [
        st("Migrant caravan arrives at U.S. border", ARRIVES, "cv-arrival"),
        st("likened the asylum - seekers to a national security threat", THREAT, "cv-threat",
           source="white house"),
        q("hundreds of Central Americans", 200, "at-least", "person", None, "cv-caravan-size"),
        st("he mobilized the National Guard", GUARD, "cv-national-guard"),
        st("the attorney general threatened to prosecute them",
           ("caravan organizers", "face", "prosecution"), "cv-prosecution", source="jeff sessions"),
        q("hundreds of participants in the caravan", 200, "at-least", "person", None, "cv-caravan-size"),
        q("about 100 people", 100, "about", "person", None, "cv-rally-us-side"),
        q("Roughly 200 of their counterparts", 200, "about", "person", None, "cv-rally-tijuana"),
        q("more than a dozen people", 12, "more-than", "person", None, "cv-fence-climbers"),
        q("about 150 of the caravan 's members", 150, "about", "person", None, "cv-asylum-seekers",
          source="organisers"),
        st("Customs and Border Protection warned it would limit the number of asylum - seekers",
           CAPACITY, "cv-capacity", source="cbp"),
        q("The 150 migrants", 150, "exact", "refugee", None, "cv-asylum-seekers"),
        st("remained on the Mexican side of the border", NIGHT, "cv-night-mexico", source="organisers"),
        st("They 're using the excuse of capacity to keep people from coming", CAPACITY, "cv-capacity",
           source="nicole ramos", denial=True),
        rng("Between 150 and 200 Central American migrants", 150, 200, "refugee", None, "cv-asylum-seekers",
            source="organisers"),
        q("roughly another 150", 150, "about", "refugee", None, "cv-undecided", source="organisers"),
        q("longer than three weeks", 3, "up-to", "week", "duration", "cv-family-detention-limit"),
        q("several dozen immigrant rights activists", 24, "at-least", "person", None, "cv-rally-us-side"),
        q("a few hundred Central Americans", 200, "at-least", "person", None, "cv-caravan-size"),
        q("the four Southwest border states", 4, "exact", "state", None, "cv-guard-states"),
        st("She encouraged asylum - seekers to stay in Mexico", STAY_MEXICO, "cv-stay-in-mexico"),
        st("elevate this into some heightened sense of threat , it just did n't measure up", THREAT,
           "cv-threat", source="bennie thompson", denial=True),
        st("directed our U.S. Attorneys at the border", PROSECUTORS, "cv-prosecutors",
           source="jeff sessions"),
        st("The people whom Nielsen accuses of \" coaching \" the caravan 's members", COACHING,
           "cv-coaching", source="kirstjen nielsen"),
        st("does n't expose them to prosecution , as Sessions contends", PROSECUTION, "cv-prosecution",
           denial=True),
        st("the caravan 's main organizing group , Pueblos Sin Fronteras", ORGANIZER, "cv-organizer"),
    ]),
    ("6_L", CARAVAN, EV_CARAVAN, [
        st("Migrant caravan of asylum seekers reaches U.S. border", ARRIVES, "cv-arrival"),
        q("More than 150 migrants", 150, "more-than", "refugee", None, "cv-asylum-seekers"),
        q("once numbered about 1,200", 1200, "about", "refugee", None, "cv-caravan-size"),
        st("they would have to spend the night on the Mexican side of the border", NIGHT, "cv-night-mexico"),
        q("four couples", 4, "exact", "couple", None, "cv-weddings"),
        st("there was a good chance that they would be split up", SEPARATION, "cv-separation"),
        st("vowing \" not to let these large Caravans of people into our Country", KEEP_OUT,
           "cv-keep-out", source="donald trump"),
        st("a deliberate attempt to undermine our laws and overwhelm our system", THREAT, "cv-threat",
           source="jeff sessions"),
        q("dozens of members of the news media", 24, "at-least", "person", None, "cv-media"),
        q("Scores of supporters", 40, "at-least", "person", None, "cv-rally-us-side"),
        q("more than 150 of the participants", 150, "more-than", "person", None, "cv-asylum-seekers"),
        q("More than three quarters of applicants", 75, "more-than", "percent", None, "cv-pass-rate"),
        st("it had exhausted its capacity to handle people traveling without documents", CAPACITY,
           "cv-capacity", source="cbp"),
        q("some 50 participants", 50, "about", "person", None, "cv-escorted", subject="organisers"),
        st("Pueblo Sin Fronteras , a transnational group that organized the caravan", ORGANIZER,
           "cv-organizer"),
        q("more than a few hundred asylum seekers", 200, "more-than", "refugee", None, "cv-cbp-intake",
          source="alex mensing"),
        q("more than a 1,000 people in an ICE raid", 1000, "more-than", "person", "arrested", "cv-ice-raid",
          source="alex mensing"),
        q("hundreds of migrants", 200, "at-least", "refugee", None, "cv-caravan-size"),
        q("scores of their supporters", 40, "at-least", "person", None, "cv-supporters-center"),
    ]),
    ("6_M", CARAVAN, EV_CARAVAN, [
        q("traveling 2,500 miles through Mexico", 2500, "exact", "mile", "distance", "cv-journey"),
        q("about 200 migrants from Central America", 200, "about", "refugee", None, "cv-asylum-seekers"),
        st("present themselves to U.S. border officers at the San Ysidro port of entry", ARRIVES,
           "cv-arrival"),
        st("first by deploying National Guard troops to the southern border", GUARD, "cv-national-guard"),
        st("dispatching teams of immigration judges , prosecutors and credible - fear officers",
           PROSECUTORS, "cv-prosecutors"),
        q("several hundred supporters", 200, "at-least", "person", None, "cv-rally-tijuana"),
        q("an hour long rally", 1, "exact", "hour", "duration", "cv-rally-length"),
        st("Pueblo Sin Fronteras , the transnational group that organized the caravan", ORGANIZER,
           "cv-organizer"),
        q("four young couples", 4, "exact", "couple", None, "cv-weddings"),
        st("they hoped to reduce the chances of being separated", SEPARATION, "cv-separation",
           source="emma lozano"),
        q("About 80 U.S. families", 80, "about", "household", None, "cv-sponsors", source="heather cronk"),
        q("about 100 people marched", 100, "about", "person", None, "cv-rally-us-side"),
        q("The more than 100 - mile walk", 100, "more-than", "mile", "distance", "cv-march-length"),
        st("Nielsen has encouraged the migrants to seek shelter in the first safe country they enter",
           STAY_MEXICO, "cv-stay-in-mexico"),
        q("five daughters", 5, "exact", "child", None, "cv-mendez-daughters", subject="rubilio mendez",
          source="rubilio mendez"),
    ]),
    ("6_R", CARAVAN, EV_CARAVAN, [
        st("begun turning themselves in to border inspectors", ARRIVES, "cv-arrival"),
        st("they face possible separation from their children and lengthy detentions", SEPARATION,
           "cv-separation", source="immigration lawyers"),
        q("three Tijuana , Mexico , locations", 3, "exact", "location", None, "cv-workshop-locations",
          source="ap"),
        q("about 20 lawyers", 20, "about", "person", None, "cv-lawyers", source="ap"),
        st("calling it a threat to the U.S.", THREAT, "cv-threat", source="donald trump"),
        st("They must stop them at their Northern Border", KEEP_OUT, "cv-keep-out", source="donald trump"),
        st("have illegally entered the United States without immigration documents", ILLEGAL,
           "cv-illegal-entries", source="rodney scott"),
        q("her three children", 3, "exact", "child", None, "cv-avila-children", subject="kenia elizabeth avila"),
        st("Lawyers who went to Tijuana denied any coaching", COACHING, "cv-coaching",
           source="immigration lawyers", denial=True),
        q("the roughly 400 people in the caravan", 400, "about", "person", None, "cv-caravan-size"),
        q("held up to three days", 3, "up-to", "day", "duration", "cv-border-holding"),
        q("Nearly 80 percent of asylum - seekers", 80, "about", "percent", None, "cv-pass-rate", source="ap"),
    ]),
    ("6_RR", CARAVAN, EV_CARAVAN, [
        q("A caravan of hundreds of migrants", 200, "at-least", "refugee", None, "cv-caravan-size"),
        st("A caravan of hundreds of migrants is expected to reach the border", ARRIVES, "cv-arrival"),
        st("individuals may need to wait in Mexico as CBP officers work to process", CAPACITY, "cv-capacity",
           source="pete flores"),
        st("The effort was organized by Pueblos Sin Fronteras", ORGANIZER, "cv-organizer"),
        st("That 's not a violation of immigration law", PROSECUTION, "cv-prosecution", source="zoe lofgren",
           denial=True),
        st("several groups of people associated with the caravan illegally entered the United States",
           ILLEGAL, "cv-illegal-entries", source="rodney scott"),
        st("whose administration warned of arrests", PROSECUTION, "cv-prosecution",
           source="trump administration"),
        q("about 130 immigrants", 130, "about", "refugee", None, "cv-wednesday-arrivals"),
    ]),
    ("7_LL", TARIFFS, EV_TARIFFS, [
        st("President Donald Trump has postponed the imposition of steel and aluminum tariffs", DELAY,
           "tf-delay", source="white house"),
        st("has reached agreements for permanent exemptions for Argentina , Australia and Brazil", DEALS,
           "tf-deals", source="white house"),
        q("for a final 30 days", 30, "exact", "day", "duration", "tf-delay-length", subject=US,
          source="white house"),
        st("the administration is focused on quotas that will restrain imports", QUOTAS, "tf-quotas",
           source="white house"),
        st("there would be no further extensions beyond June 1", FINAL, "tf-final", source="sources"),
        q("a 25 percent tariff on steel imports", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        q("a 10 percent tariff on aluminum", 10, "exact", "percent", None, "tf-aluminum-rate", subject=US),
        st("Trump has also granted a permanent exemption on steel tariffs to South Korea", KOREA, "tf-korea"),
        st("to erect protections for U.S. steel and aluminum producers on national security grounds",
           SECURITY, "tf-security", source="donald trump"),
        q("capacity utilization rates above 80 percent", 80, "more-than", "percent", None, "tf-utilization",
          subject=US),
        q("cut its steel shipments by about 30 percent", 30, "about", "percent", "decrease",
          "tf-korea-cut", subject="south korea"),
        st("Canada , Mexico and the European Union have all insisted they will not accept quotas",
           NO_QUOTAS, "tf-no-quotas"),
        st("the extension of the temporary exemption prolonged market uncertainty", UNCERTAINTY,
           "tf-uncertainty", source="european commission"),
        st("The EU should be fully and permanently exempted from these measures", EXEMPT_EU,
           "tf-eu-exemption", source="european commission"),
        st("as they can not be justified on the grounds of national security", SECURITY, "tf-security",
           source="european commission", denial=True),
        st("the extension for the EU was \" positive", UK, "tf-uk", source="british government"),
        st("tariff exemptions for Canada and Mexico have also become intertwined", NAFTA, "tf-nafta"),
        q("6.4 billion euros", 6400000000, "exact", "eur", None, "tf-eu-exports", subject=EU),
        q("$ 7.7 billion", 7700000000, "exact", "usd", None, "tf-eu-exports", subject=EU),
        st("it will set its own duties", RETALIATE, "tf-retaliation", source=EU),
        q("2.8 billion euros of U.S. exports", 2800000000, "exact", "eur", None, "tf-retaliation-value",
          subject=EU, source=EU),
    ]),
    ("7_L", TARIFFS, EV_TARIFFS, [
        q("for 30 Days", 30, "exact", "day", "duration", "tf-delay-length", subject=US),
        st("would delay a decision to impose steel and aluminum tariffs", DELAY, "tf-delay",
           source="trump administration"),
        q("for another 30 days", 30, "exact", "day", "duration", "tf-delay-length", subject=US,
          source="trump administration"),
        q("The 25 percent tariffs on steel", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        q("10 percent on aluminum", 10, "exact", "percent", None, "tf-aluminum-rate", subject=US),
        st("it had reached initial agreements with Argentina , Australia and Brazil", DEALS, "tf-deals",
           source="trump administration"),
        q("in the next 30 days", 30, "exact", "day", "duration", "tf-deals-deadline", source="white house"),
        st("finalize a continuing deal with South Korea", KOREA, "tf-korea"),
        st("the administration is focused on quotas that will restrain imports", QUOTAS, "tf-quotas",
           source="white house"),
        st("Countries such as China that do n't have exemptions", NO_EXEMPT, "tf-no-exemption"),
        q("a 25 percent tariff on steel imports", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        st("have demanded a permanent and unconditional exemption from the tariffs", EXEMPT_EU,
           "tf-eu-exemption", source=EU),
        q("the 30 - day reprieve", 30, "exact", "day", "duration", "tf-delay-length", subject=US),
        st("Europe has promised swift retaliation", RETALIATE, "tf-retaliation"),
        st("The U.S. decision prolongs market uncertainty", UNCERTAINTY, "tf-uncertainty", source=EU),
        st("The E.U. should be fully and permanently exempted from these measures", EXEMPT_EU,
           "tf-eu-exemption", source=EU),
        st("as they can not be justified on the grounds of national security", SECURITY, "tf-security",
           source=EU, denial=True),
        st("the British government said the move was \" positive", UK, "tf-uk", source="british government"),
        st("which are still in negotiations with the United States over Nafta", NAFTA, "tf-nafta"),
        q("The monthlong reprieve", 1, "exact", "month", "duration", "tf-delay-length", subject=US),
        st("countries that did not receive exemptions , like Russia , Turkey and India", NO_EXEMPT,
           "tf-no-exemption"),
    ]),
    ("7_M", TARIFFS, EV_TARIFFS, [
        st("President Trump delayed steep steel and aluminum tariffs for U.S. allies", DELAY, "tf-delay"),
        q("the 25 % tariff", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        st("Officials also announced agreements in principle with Argentina , Australia and Brazil", DEALS,
           "tf-deals", source="officials"),
        q("a 25 % tariff on steel", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        q("a 10 % tariff on aluminum", 10, "exact", "percent", None, "tf-aluminum-rate", subject=US),
        st("The tariffs are already in effect for other countries , including China and Russia", NO_EXEMPT,
           "tf-no-exemption"),
        st("Merkel threatened that European nations would retaliate", RETALIATE, "tf-retaliation",
           source="angela merkel"),
        q("the 30 - day delay", 30, "exact", "day", "duration", "tf-delay-length", subject=US,
          source="white house"),
        st("described the 30 - day delay as the \" final \" extension", FINAL, "tf-final",
           source="white house"),
        st("impose trade restrictions for national security purposes", SECURITY, "tf-security",
           source="trump administration"),
        q("34.6 million metric tons of steel", 34600000, "exact", "tonne", None, "tf-steel-imports",
          subject=US, source="commerce department"),
        q("a 15 percent increase", 15, "exact", "percent", "increase", "tf-steel-imports-rise", subject=US,
          source="commerce department"),
        st("the administration reached a final agreement with South Korea on steel", KOREA, "tf-korea",
           source="officials"),
        st("Metal tariffs for those two countries will likely be tied to that broader negotiation", NAFTA,
           "tf-nafta"),
    ]),
    ("7_R", TARIFFS, EV_TARIFFS, [
        st("White House delays tariffs on EU , Canada , Mexico", DELAY, "tf-delay"),
        q("wait another 30 days", 30, "exact", "day", "duration", "tf-delay-length", subject=US,
          source="trump administration"),
        q("the 28 - member bloc", 28, "exact", "country", "size", "tf-eu-members", subject=EU),
        st("it had reached an agreement with South Korea on steel imports", KOREA, "tf-korea",
           source="white house"),
        st("it had reached agreements in principle with Argentina , Australia and Brazil", DEALS, "tf-deals",
           source="trump administration"),
        st("the Administration is focused on quotas that will restrain imports", QUOTAS, "tf-quotas",
           source="white house"),
        st("The EU has said if it loses its exemption it will retaliate", RETALIATE, "tf-retaliation",
           source=EU),
        q("tariffs of 25 percent on imported steel", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        q("10 percent on imported aluminum", 10, "exact", "percent", None, "tf-aluminum-rate", subject=US),
        st("needed to protect American metal producers from unfair competition and bolster national security",
           SECURITY, "tf-security", source="donald trump"),
        q("just 30 percent of all imports", 30, "exact", "percent", None, "tf-coverage",
          source="oxford economics"),
        q("fell nearly 2 percent", 2, "about", "percent", "decrease", "tf-stock-fall"),
        q("Two people familiar with the process", 2, "exact", "person", None, "tf-informants"),
        st("China , Japan and Russia have n't received exemptions from the duties", NO_EXEMPT,
           "tf-no-exemption"),
        q("about 5 percent of U.S. steel imports", 5, "about", "percent", None, "tf-germany-share",
          subject="germany"),
        q("about 13 percent of U.S. imports", 13, "about", "percent", None, "tf-korea-share",
          subject="south korea", source="american iron and steel institute"),
        q("retaliatory tariffs worth about $ 3.5 billion", 3500000000, "about", "usd", None,
          "tf-retaliation-value", subject=EU),
        st("European leaders have resisted the idea of a quota", NO_QUOTAS, "tf-no-quotas"),
        q("$ 150 billion of Chinese goods", 150000000000, "exact", "usd", None, "tf-china-tariffs", subject=US),
        q("$ 375 billion goods trade surplus", 375000000000, "exact", "usd", None, "tf-china-surplus",
          subject="china"),
        q("$ 50 billion of U.S. goods", 50000000000, "exact", "usd", None, "tf-china-retaliation",
          subject="china", source="china"),
    ]),
    ("7_RR", TARIFFS, EV_TARIFFS, [
        st("Trump has decided to push back his decision on whether to impose controversial tariffs", DELAY,
           "tf-delay", source="officials"),
        q("import duties of 25 percent on steel", 25, "exact", "percent", None, "tf-steel-rate", subject=US),
        q("10 percent on aluminum", 10, "exact", "percent", None, "tf-aluminum-rate", subject=US),
        st("The Trump administration has justified the tariffs — aimed primarily at Chinese overproduction — "
           "on national security grounds", SECURITY, "tf-security", source="trump administration"),
        st("The EU has insisted it will not negotiate without first obtaining a permanent exemption",
           EXEMPT_EU, "tf-eu-exemption", source=EU),
        st("it had reached a deal to exempt South Korea from the tariffs", KOREA, "tf-korea",
           source="officials"),
        st("as Washington , Mexico City and Ottawa work on revamping the North American Free Trade Agreement",
           NAFTA, "tf-nafta"),
    ]),
]

GROUPS = [
    # --- st-caravan: figures
    ("cv-caravan-size", CARAVAN, "compatible",
     "The caravan's size: 'once numbered about 1,200' in March (6_L) is an earlier figure; 'roughly 400' in "
     "Tijuana (6_R) and the looser 'hundreds' / 'a few hundred' (6_LL, 6_L, 6_RR) allow each other."),
    ("cv-asylum-seekers", CARAVAN, "compatible",
     "Those who went to the port to ask for asylum on Sunday: 'more than 150' (6_L, twice), 'about 150' and "
     "'the 150' crossing, 150 to 200 planning claims (6_LL, organizers), 'about 200' preparing to walk (6_M); "
     "the bounds and the range bridge 150 and 200."),
    ("cv-rally-us-side", CARAVAN, "compatible",
     "The march on the US side of the beach: 'about 100 people' (6_LL, 6_M), with the looser 'several dozen' "
     "(6_LL caption) and 'scores of supporters' north of the fence (6_L)."),
    ("cv-rally-tijuana", CARAVAN, "agreed",
     "The crowd at the fence on the Tijuana beach: 'roughly 200' (6_LL) and 'several hundred supporters' "
     "(6_M, at least 200) state the same number within their qualifiers."),
    ("cv-weddings", CARAVAN, "agreed", "Four couples married at the beach in 6_L and 6_M."),
    ("cv-pass-rate", CARAVAN, "agreed",
     "Share passing the credible-fear screening: 'more than three quarters' (6_L) and 'nearly 80 percent' "
     "(6_R, AP) agree."),
    ("cv-fence-climbers", CARAVAN, "single-source",
     "Only 6_LL gives more than a dozen people atop the barrier."),
    ("cv-undecided", CARAVAN, "single-source",
     "Only 6_LL gives roughly another 150 undecided migrants (organizers)."),
    ("cv-family-detention-limit", CARAVAN, "single-source",
     "Only 6_LL gives the three-week limit on detaining mothers with children."),
    ("cv-guard-states", CARAVAN, "single-source", "Only 6_LL counts the four Southwest border states."),
    ("cv-media", CARAVAN, "single-source", "Only 6_L counts dozens of members of the news media."),
    ("cv-escorted", CARAVAN, "single-source",
     "Only 6_L gives some 50 participants escorted along the walkway."),
    ("cv-cbp-intake", CARAVAN, "single-source",
     "Only 6_L quotes Alex Mensing on 'more than a few hundred' asylum seekers at a time."),
    ("cv-ice-raid", CARAVAN, "single-source",
     "Only 6_L quotes Alex Mensing on more than 1,000 people picked up in an ICE raid."),
    ("cv-supporters-center", CARAVAN, "single-source",
     "Only 6_L gives scores of supporters at the community center in Tijuana."),
    ("cv-journey", CARAVAN, "single-source", "Only 6_M gives the 2,500 miles travelled through Mexico."),
    ("cv-rally-length", CARAVAN, "single-source", "Only 6_M gives the hour-long rally."),
    ("cv-sponsors", CARAVAN, "single-source", "Only 6_M gives about 80 sponsor families (Heather Cronk)."),
    ("cv-march-length", CARAVAN, "single-source", "Only 6_M gives the more than 100-mile walk."),
    ("cv-mendez-daughters", CARAVAN, "single-source", "Only 6_M gives Rubilio Mendez's five daughters."),
    ("cv-workshop-locations", CARAVAN, "single-source", "Only 6_R gives the three workshop locations (AP)."),
    ("cv-lawyers", CARAVAN, "single-source", "Only 6_R gives about 20 volunteer lawyers (AP)."),
    ("cv-avila-children", CARAVAN, "single-source", "Only 6_R gives Kenia Elizabeth Avila's three children."),
    ("cv-border-holding", CARAVAN, "single-source",
     "Only 6_R gives asylum seekers held up to three days at the border."),
    ("cv-wednesday-arrivals", CARAVAN, "single-source",
     "Only 6_RR gives about 130 immigrants arriving on Wednesday."),
    # --- st-caravan: statements
    ("cv-arrival", CARAVAN, "agreed",
     "All five articles report the caravan reaching the border and its members presenting themselves at "
     "San Ysidro (6_RR as expected on Sunday)."),
    ("cv-capacity", CARAVAN, "disputed",
     "CBP says it lacks capacity and asylum seekers may have to wait in Mexico (6_L, 6_LL McAleenan, 6_RR "
     "Flores); Nicole Ramos (6_LL) calls capacity an excuse to keep people out."),
    ("cv-night-mexico", CARAVAN, "agreed",
     "6_L and 6_LL report the asylum seekers spending the night on the Mexican side."),
    ("cv-illegal-entries", CARAVAN, "agreed",
     "6_R and 6_RR quote Chief Patrol Agent Rodney Scott: several groups from the caravan entered illegally."),
    ("cv-coaching", CARAVAN, "disputed",
     "Nielsen accuses lawyers and advocates of coaching the caravan's members (6_LL); the lawyers deny any "
     "coaching (6_R)."),
    ("cv-threat", CARAVAN, "disputed",
     "The administration calls the caravan a threat (6_LL White House, 6_R Trump, 6_L Sessions: 'a deliberate "
     "attempt to undermine our laws'); Rep. Bennie Thompson (6_LL) says the threat 'did n't measure up'."),
    ("cv-national-guard", CARAVAN, "agreed", "6_LL and 6_M report Trump sending the National Guard."),
    ("cv-prosecutors", CARAVAN, "agreed",
     "6_M (teams of judges and prosecutors) and 6_LL (Sessions directing US Attorneys) report prosecutors "
     "sent to the border."),
    ("cv-stay-in-mexico", CARAVAN, "agreed",
     "6_LL and 6_M report Nielsen urging the asylum seekers to stay in Mexico."),
    ("cv-organizer", CARAVAN, "agreed",
     "6_LL, 6_L, 6_M and 6_RR name Pueblo(s) Sin Fronteras as the caravan's organizer."),
    ("cv-separation", CARAVAN, "agreed",
     "6_R (lawyers, AP), 6_L and 6_M (Emma Lozano) report the asylum seekers' risk of being separated from "
     "their families."),
    ("cv-prosecution", CARAVAN, "disputed",
     "The administration threatens prosecution and arrests (6_LL Sessions, 6_RR); Rep. Zoe Lofgren (6_RR) and "
     "6_LL's writer say asking for asylum at a port of entry is no violation and exposes no one to "
     "prosecution."),
    ("cv-keep-out", CARAVAN, "agreed",
     "6_L and 6_R quote Trump's tweets that the large caravans must not get into the country."),
    # --- st-tariffs: figures
    ("tf-steel-rate", TARIFFS, "agreed", "All five articles give the steel tariff as 25 percent."),
    ("tf-aluminum-rate", TARIFFS, "agreed", "All five articles give the aluminum tariff as 10 percent."),
    ("tf-delay-length", TARIFFS, "agreed",
     "The delay is 30 days in 7_LL ('a final 30 days'), 7_L (also 'monthlong'), 7_M and 7_R; 7_RR gives only "
     "the date June 1."),
    ("tf-retaliation-value", TARIFFS, "agreed",
     "The EU's retaliation list: 2.8 billion euros (7_LL) and about $3.5 billion (7_R) are one sum at the "
     "April 2018 exchange rate (about $3.4 billion)."),
    ("tf-eu-exports", TARIFFS, "single-source",
     "Only 7_LL gives the EU's 6.4 billion euros ($7.7 billion) of metal exports, a currency pair."),
    ("tf-deals-deadline", TARIFFS, "single-source",
     "Only 7_L gives the 30 days to finalize the deals with Argentina, Australia and Brazil."),
    ("tf-utilization", TARIFFS, "single-source", "Only 7_LL gives the capacity-utilization goal above 80 percent."),
    ("tf-korea-cut", TARIFFS, "single-source",
     "Only 7_LL gives South Korea's cut of about 30 percent in steel shipments."),
    ("tf-steel-imports", TARIFFS, "single-source",
     "Only 7_M gives 34.6 million metric tons of steel imports (Commerce Department)."),
    ("tf-steel-imports-rise", TARIFFS, "single-source", "Only 7_M gives the 15 percent increase in imports."),
    ("tf-eu-members", TARIFFS, "single-source", "Only 7_R gives the EU's 28 members."),
    ("tf-coverage", TARIFFS, "single-source",
     "Only 7_R gives the tariff covering 30 percent of imports (Oxford Economics)."),
    ("tf-stock-fall", TARIFFS, "single-source", "Only 7_R gives the nearly 2 percent fall in stock prices."),
    ("tf-informants", TARIFFS, "single-source", "Only 7_R counts two people familiar with the process."),
    ("tf-germany-share", TARIFFS, "single-source", "Only 7_R gives Germany's about 5 percent of steel imports."),
    ("tf-korea-share", TARIFFS, "single-source",
     "Only 7_R gives South Korea's about 13 percent of imports (American Iron and Steel Institute)."),
    ("tf-china-tariffs", TARIFFS, "single-source",
     "Only 7_R gives the threatened tariffs on $150 billion of Chinese goods."),
    ("tf-china-surplus", TARIFFS, "single-source", "Only 7_R gives China's $375 billion trade surplus."),
    ("tf-china-retaliation", TARIFFS, "single-source",
     "Only 7_R gives China's $50 billion of US goods it would tax."),
    # --- st-tariffs: statements
    ("tf-delay", TARIFFS, "agreed",
     "All five articles report the delay of the tariffs on the EU (7_RR: EU only, via the Wall Street "
     "Journal's official), Canada and Mexico."),
    ("tf-deals", TARIFFS, "agreed",
     "7_LL, 7_L, 7_M and 7_R report agreements with Argentina, Australia and Brazil (7_LL 'permanent "
     "exemptions', the others agreements in principle)."),
    ("tf-korea", TARIFFS, "agreed",
     "All five articles report the steel deal or exemption for South Korea."),
    ("tf-final", TARIFFS, "agreed",
     "7_LL (a source: no extensions beyond June 1) and 7_M (White House: the 'final' extension) agree."),
    ("tf-quotas", TARIFFS, "agreed",
     "7_LL, 7_L and 7_R quote the White House: the administration is focused on quotas."),
    ("tf-retaliation", TARIFFS, "agreed",
     "7_LL, 7_L, 7_M (Merkel) and 7_R report that the EU will retaliate if the tariffs take effect."),
    ("tf-eu-exemption", TARIFFS, "agreed",
     "7_LL, 7_L and 7_RR report the EU demanding a full, permanent exemption."),
    ("tf-security", TARIFFS, "disputed",
     "The tariffs are justified by national security (7_LL, 7_M, 7_R, 7_RR); the EU says they 'can not be "
     "justified on the grounds of national security' (7_LL, 7_L)."),
    ("tf-uncertainty", TARIFFS, "agreed",
     "7_LL and 7_L quote the EU: the delay prolongs market uncertainty."),
    ("tf-uk", TARIFFS, "agreed", "7_LL and 7_L quote the British government calling the move 'positive'."),
    ("tf-no-quotas", TARIFFS, "agreed",
     "7_LL (Canada, Mexico and the EU) and 7_R (European leaders) report the refusal of quotas."),
    ("tf-nafta", TARIFFS, "agreed",
     "7_LL, 7_L, 7_M and 7_RR tie the tariff talks with Canada and Mexico to the NAFTA negotiations."),
    ("tf-no-exemption", TARIFFS, "agreed",
     "7_L, 7_M and 7_R report that China, Russia and others have no exemption."),
]
