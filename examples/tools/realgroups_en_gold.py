"""Group gold of the `realgroups-en` study split: real multi-outlet English news of NewsWCL50, by hand.

Events 1 (the Comey memos) and 9 (Israel's claims on Iran's nuclear programme), the eight articles of
neither held-out split: 1_L, 1_LL, 1_M, 1_RR, 9_L, 9_M, 9_R, 9_RR (1_R and 9_LL belong to heldout-real-en
and are never read). Only short spans of the articles are kept. Conventions: ../realgroups-en.md.

ARTICLES lists (NewsWCL50 id, story id, event id, [claims]); each claim carries its `group`, and GROUPS gives
every group's story, status and why. The quantity claims of 1_L, 1_LL, 9_L and 9_RR are those of
realclaims_en_claims.py (checked again here, unchanged), now with their groups.
"""

from real_lib import q as _q, rng  # noqa: F401  (rng kept for ranges; none occurred)


def q(text, value, qualifier, unit, measure, group, **kw):
    """A quantity claim (real_lib.q) with its group."""
    c = _q(text, value, qualifier, unit, measure, **kw)
    c["group"] = group
    return c


def s(text, subject, predicate, obj, source, group, hedged=False, denial=False):
    """A statement claim (ClaimGold, kind "statement")."""
    return {"kind": "statement", "text": text, "subject": subject, "predicate": predicate, "object": obj,
            "source": source, "hedged": hedged, "denial": denial, "group": group}


COMEY, TRUMP, GOP = "james comey", "donald trump", "house republican chairmen"
BIBI = "benjamin netanyahu"

STORIES = [
    {"id": "st-comey-memos", "label": "The Comey memos: what President Trump told the former FBI director, "
     "released to Congress (April 2018)",
     "events": [{"id": "ev-comey-memos-release", "label": "The Justice Department sends the redacted Comey "
                 "memos to Congress and they are published; Trump, House Republicans and Democrats react"}]},
    {"id": "st-iran-claims", "label": "Israel's claims on Iran's nuclear programme and the Iran deal "
     "(April/May 2018)",
     "events": [{"id": "ev-netanyahu-presentation", "label": "Netanyahu presents the seized Iranian nuclear "
                 "archive; the US embraces his claims, Iran and Europe reject them"}]},
]

ARTICLES = [
    # ------------------------------------------------------------------ event 1: the Comey memos
    ("1_L", "st-comey-memos", "ev-comey-memos-release", [
        q("running 15 pages in total", 15, "exact", "page", "size", "memos-pages", subject=COMEY),
        s('" NO COLLUSION and NO OBSTRUCTION . "', TRUMP, "obstructed", "justice", TRUMP,
          "trump-obstruction", denial=True),
        s("In one previously undisclosed exchange", "comey memos", "contain", "previously undisclosed exchanges",
          None, "memos-new-details"),
        s('" The guy has serious judgment issues . "', TRUMP, "questioned the judgment of", "michael flynn",
          COMEY, "flynn-judgment"),
        s('asked him to wrap up his inquiry', TRUMP, "asked comey to drop", "flynn investigation", COMEY,
          "flynn-drop"),
        s('" I hope you can see your way clear to letting this go , to letting Flynn go , "', TRUMP,
          "asked comey to drop", "flynn investigation", COMEY, "flynn-drop"),
        s("Mr. Flynn has since pleaded guilty to lying to the F.B.I. about those conversations",
          "michael flynn", "pleaded guilty to", "lying to the fbi", None, "flynn-guilty"),
        s("have already been reported by The Times , and were relayed by Mr. Comey in testimony",
          "comey memos", "track", "comey's testimony and book", None, "memos-track-testimony"),
        s("they are believed to be evidence in a possible obstruction of justice case against Mr. Trump",
          TRUMP, "obstructed", "justice", None, "trump-obstruction", hedged=True),
        s("These details add credibility to Mr. Comey 's account of events", "comey memos", "corroborate",
          "comey's account", None, "memos-corroborate"),
        s("Mr. Trump has disputed some parts , including asking Mr. Comey to shut down an investigation "
          "into Mr. Flynn", TRUMP, "asked comey to drop", "flynn investigation", TRUMP, "flynn-drop",
          denial=True),
        q("three House Republican committee chairmen", 3, "exact", "person", None, "gop-chairmen"),
        s("made clear this week that they were willing to issue a subpoena", GOP, "threatened to subpoena",
          "justice department", None, "subpoena-threat"),
        s("would not adversely impact any ongoing investigation", "release of the memos",
          "does not impact", "ongoing investigation", "stephen boyd", "boyd-letter"),
        s("he never once mentioned the most relevant fact of all , which was whether he felt obstructed",
          COMEY, "never wrote he felt", "obstructed", GOP, "comey-not-obstructed"),
        s("The memos include other previously undisclosed conversations", "comey memos", "contain",
          "previously undisclosed exchanges", None, "memos-new-details"),
        s("including a supposed encounter between Mr. Trump and Russian prostitutes", TRUMP,
          "had an encounter with", "russian prostitutes", "steele dossier", "dossier-prostitutes", hedged=True),
        q("all three agencies", 3, "exact", "agency", None, "intel-agencies", source=COMEY),
        s("Mr. Comey said Mr. Trump had questioned Mr. Flynn 's judgment", TRUMP, "questioned the judgment of",
          "michael flynn", COMEY, "flynn-judgment"),
        s("Mr. Comey said Mr. Trump denied that he had consorted with Russian prostitutes", TRUMP,
          "had an encounter with", "russian prostitutes", TRUMP, "dossier-prostitutes", denial=True),
        s("The president said ‘ the hookers thing ' is nonsense", TRUMP, "had an encounter with",
          "russian prostitutes", TRUMP, "dossier-prostitutes", denial=True),
        s("Putin had told him , ‘ We have some of the most beautiful hookers in the world", "vladimir putin",
          "told trump russia has", "the most beautiful hookers in the world", COMEY, "putin-hookers"),
        s("Other memos add new details to well - known exchanges", "comey memos", "contain",
          "previously undisclosed exchanges", None, "memos-new-details"),
        s("In the same meeting in which Mr. Trump asked Mr. Comey to end the Flynn investigation", TRUMP,
          "asked comey to drop", "flynn investigation", None, "flynn-drop"),
        q("on two separate occasions", 2, "exact", None, None, "mccabe-occasions", subject=TRUMP),
    ]),
    ("1_LL", "st-comey-memos", "ev-comey-memos-release", [
        s("The Department of Justice released copies of the so - called Comey memos to congressional leaders "
          "on Thursday", "justice department", "released to congress", "comey memos", None, "memos-released"),
        s("Trump 's obsession with disproving allegations in the infamous Steele dossier", TRUMP,
          "wanted comey to disprove", "steele dossier allegations", COMEY, "trump-disprove-dossier"),
        s("his demands for aides ' loyalty", TRUMP, "demanded loyalty from", COMEY, COMEY, "trump-loyalty"),
        s("which contain no notable information that Comey has n't already discussed in congressional "
          "testimony or his new memoir", "comey memos", "track", "comey's testimony and book", None,
          "memos-track-testimony"),
        q("the seven documents", 7, "exact", "document", None, "memos-documents", subject=COMEY),
        s("also referenced the president 's widely - reported demand for loyalty", TRUMP,
          "demanded loyalty from", COMEY, COMEY, "trump-loyalty"),
        s("He then returned to loyalty , saying ' I need loyalty . '", TRUMP, "demanded loyalty from", COMEY,
          COMEY, "trump-loyalty"),
        s('Comey wrote that Trump said he had " serious reservations " about Flynn', TRUMP,
          "questioned the judgment of", "michael flynn", COMEY, "flynn-judgment"),
        s("' the guy has serious judgment issues , '", TRUMP, "questioned the judgment of", "michael flynn",
          COMEY, "flynn-judgment"),
        s("Many statements in Comey 's memo are similar to his remarks during the press tour for his recent "
          "book", "comey memos", "track", "comey's testimony and book", None, "memos-track-testimony"),
        s("Trump insisted Comey disprove allegations about Russian prostitutes in the Steele dossier", TRUMP,
          "wanted comey to disprove", "steele dossier allegations", COMEY, "trump-disprove-dossier"),
        s("\" The President brought up the ' Golden Showers thing ' and said it really bothered", TRUMP,
          "said the dossier allegation bothered him because of", "his wife", COMEY, "golden-showers-wife"),
        s("The President said ' the hookers thing ' is nonsense", TRUMP, "had an encounter with",
          "russian prostitutes", TRUMP, "dossier-prostitutes", denial=True),
        s("Putin had told him ' we have some of the most beautiful hookers in the world", "vladimir putin",
          "told trump russia has", "the most beautiful hookers in the world", COMEY, "putin-hookers"),
        s("Comey also recounted the moment Trump allegedly asked him to drop any investigation into Flynn",
          TRUMP, "asked comey to drop", "flynn investigation", COMEY, "flynn-drop", hedged=True),
        s("House Judiciary Chairman Bob Goodlatte ( R - Va. ) threatened to subpoena the DOJ", GOP,
          "threatened to subpoena", "justice department", None, "subpoena-threat"),
    ]),
    ("1_M", "st-comey-memos", "ev-comey-memos-release", [
        s("Comey memos released to Congress , track his testimony and new book", "comey memos", "track",
          "comey's testimony and book", None, "memos-track-testimony"),
        s("closely tracked Comey 's description of them in congressional testimony and in a new book",
          "comey memos", "track", "comey's testimony and book", None, "memos-track-testimony"),
        s("The memos , provided to Congress late Thursday", "justice department", "released to congress",
          "comey memos", None, "memos-released"),
        s("to assist his investigation into Trump 's possible attempts to obstruct the probe", TRUMP,
          "obstructed", "justice", None, "trump-obstruction", hedged=True),
        s("the president 's alleged demands for loyalty from the former director", TRUMP,
          "demanded loyalty from", COMEY, COMEY, "trump-loyalty", hedged=True),
        s("his requests for Comey to shut down its investigation into former national security adviser "
          "Michael Flynn", TRUMP, "asked comey to drop", "flynn investigation", COMEY, "flynn-drop"),
        s("Flynn later pleaded guilty to lying to the FBI", "michael flynn", "pleaded guilty to",
          "lying to the fbi", None, "flynn-guilty"),
        s("Trump confronted Comey about the contents of a dossier", TRUMP, "wanted comey to disprove",
          "steele dossier allegations", COMEY, "trump-disprove-dossier"),
        s("purportedly describing Trump 's involvement with prostitutes during a 2013 visit in Moscow", TRUMP,
          "had an encounter with", "russian prostitutes", "steele dossier", "dossier-prostitutes", hedged=True),
        s("\" The president brought up the ' Golden Shower Thing ' and said it really bothered him if his wife "
          "had any doubt about it", TRUMP, "said the dossier allegation bothered him because of", "his wife",
          COMEY, "golden-showers-wife"),
        s("\" The president said that ' the hookers thing ' is nonsense", TRUMP, "had an encounter with",
          "russian prostitutes", TRUMP, "dossier-prostitutes", denial=True),
        s("Putin had told him ' we have some of the most beautiful hookers in the world", "vladimir putin",
          "told trump russia has", "the most beautiful hookers in the world", COMEY, "putin-hookers"),
        s("Trump tweeted that the released memos \" show clearly that there was NO COLLUSION and NO "
          "OBSTRUCTION", TRUMP, "obstructed", "justice", TRUMP, "trump-obstruction", denial=True),
        q("at least six congressional committees", 6, "at-least", "committee", None, "committees-notified"),
        s("would not adversely impact any ongoing investigation", "release of the memos",
          "does not impact", "ongoing investigation", "stephen boyd", "boyd-letter"),
        q("Comey , who served three presidents", 3, "exact", "president", None, "comey-presidents",
          subject=COMEY),
        s("provide strong corroborating evidence of everything he said about President Trump", "comey memos",
          "corroborate", "comey's account", "elijah cummings", "memos-corroborate"),
        s("that the President wanted his personal loyalty", TRUMP, "demanded loyalty from", COMEY,
          "elijah cummings", "trump-loyalty"),
        s("that he wanted Michael Flynn to walk", TRUMP, "asked comey to drop", "flynn investigation",
          "elijah cummings", "flynn-drop"),
        s("President Trump 's interference was a blatant effort to deny justice", TRUMP, "obstructed",
          "justice", "elijah cummings", "trump-obstruction"),
        s("the memo that Comey gave to a friend to read to the press", COMEY, "leaked", "a memo",
          "elijah cummings", "comey-leaked-memo"),
        s("is marked as \" unclassified . \"", COMEY, "leaked", "classified information", "elijah cummings",
          "comey-leaked-classified", denial=True),
        s("Comey 's critics have accused him of leaking classified information", COMEY, "leaked",
          "classified information", "comey's critics", "comey-leaked-classified"),
        q("the three House committees that requested the documents", 3, "exact", "committee", None,
          "gop-chairmen"),
        s("\" The memos also show former Director Comey never wrote that he felt obstructed or threatened",
          COMEY, "never wrote he felt", "obstructed", GOP, "comey-not-obstructed"),
        s("The chairmen said the memos underscore that Comey had different standards in dealing with Trump",
          COMEY, "held to a different standard", TRUMP, GOP, "comey-double-standard"),
    ]),
    ("1_RR", "st-comey-memos", "ev-comey-memos-release", [
        s("Donald Trump : Comey memos show ' he leaked classified information '", COMEY, "leaked",
          "classified information", TRUMP, "comey-leaked-classified"),
        s("asserting that they proved that he leaked classified information", COMEY, "leaked",
          "classified information", TRUMP, "comey-leaked-classified"),
        s('" James Comey Memos just out and show clearly that there was NO COLLUSION and NO OBSTRUCTION',
          TRUMP, "obstructed", "justice", TRUMP, "trump-obstruction", denial=True),
        s('" Also , he leaked classified information .', COMEY, "leaked", "classified information", TRUMP,
          "comey-leaked-classified"),
        q("The 15 pages of Comey 's memos", 15, "exact", "page", "size", "memos-pages", subject=COMEY),
        s("include details not included in the former FBI director 's book", "comey memos", "contain",
          "previously undisclosed exchanges", None, "memos-new-details"),
        s("were released by Republican Congressional intelligence officials on Thursday night",
          "house republicans", "released", "comey memos", None, "memos-released"),
        s('" Former Director Comey never wrote that he felt obstructed or threatened , "', COMEY,
          "never wrote he felt", "obstructed", GOP, "comey-not-obstructed"),
        s("he never once mentioned the most relevant fact of all , which was whether he felt obstructed",
          COMEY, "never wrote he felt", "obstructed", GOP, "comey-not-obstructed"),
        s("raising questions about whether Comey leaked classified information to a private citizen", COMEY,
          "leaked", "classified information", None, "comey-leaked-classified", hedged=True),
        s("The Republican officials noted that Comey held Trump to a different standard", COMEY,
          "held to a different standard", TRUMP, GOP, "comey-double-standard"),
        s('" Former Director Comey leaked at least one of these memos', COMEY, "leaked", "a memo", GOP,
          "comey-leaked-memo"),
        q("at least one of these memos", 1, "at-least", "document", None, "memos-leaked-count",
          subject=COMEY, source=GOP),
    ]),
    # ------------------------------------------------------------------ event 9: Israel's claims on Iran
    ("9_L", "st-iran-claims", "ev-netanyahu-presentation", [
        s("embraced Israel 's claims that Iran entered a nuclear deal with the world 's major powers under "
          "false pretenses", "iran nuclear deal", "was made on", "false pretenses", "trump administration",
          "deal-false-pretenses"),
        s("who said the disclosures broke little new ground and reinforced , rather than weakened , the case "
          "for the 2015 deal", "iran nuclear deal", "was made on", "false pretenses", "european allies",
          "deal-false-pretenses", denial=True),
        s("Mr. Trump has threatened to scrap the deal as soon as May 12", TRUMP, "will decide by may 12 on",
          "iran nuclear deal", None, "trump-may12-decision"),
        s("documents taken from an Iranian warehouse in a nighttime raid in January", "israel",
          "obtained iranian nuclear archive", "in january", None, "archive-obtained-when"),
        s('" The deal was made on a completely false pretense , "', "iran nuclear deal", "was made on",
          "false pretenses", "sarah huckabee sanders", "deal-false-pretenses"),
        s('" Iran lied on the front end .', "iran", "lied about", "its nuclear weapons program",
          "sarah huckabee sanders", "iran-lied"),
        s("first informed Mr. Trump of the operation in January", "israel", "obtained iranian nuclear archive",
          "in january", "israeli official", "archive-obtained-when"),
        s("Mr. Netanyahu briefed Secretary of State Mike Pompeo about the details in Tel Aviv on Sunday",
          BIBI, "briefed", "mike pompeo", None, "pompeo-briefed"),
        q("the 55,000 pages", 55000, "exact", "page", None, "archive-pages", subject="iran"),
        q("183 compact discs of Iranian files", 183, "exact", "compact disc", None, "archive-cds",
          subject="iran"),
        s('" Iran has a robust , clandestine nuclear weapons program that it has tried and failed to hide',
          "iran", "has", "an active nuclear weapons program", "white house", "iran-active-program"),
        s("White House officials later said that was a clerical error", "iran", "has",
          "an active nuclear weapons program", "white house", "iran-active-program", denial=True),
        s("The Iran nuclear deal is not based on trust about Iran 's intentions", "iran nuclear deal",
          "was made on", "false pretenses", "boris johnson", "deal-false-pretenses", denial=True),
        s("had no credible indications of activities in Iran relevant to the development of a nuclear "
          "explosive device after 2009", "iran", "has", "an active nuclear weapons program", "iaea",
          "iran-active-program", denial=True),
        s("nothing that Mr. Netanyahu made public indicated that Iran currently had an active program",
          "iran", "has", "an active nuclear weapons program", "intelligence officials", "iran-active-program",
          denial=True),
    ]),
    ("9_M", "st-iran-claims", "ev-netanyahu-presentation", [
        s("Netanyahu : Evidence proves Iran deal ' based on lies and Iranian deception '", "iran nuclear deal",
          "was made on", "false pretenses", BIBI, "deal-false-pretenses"),
        q("\" half a ton \" of secret Iranian documents", 0.5, "exact", "tonne", None, "archive-weight",
          subject="iran", source=BIBI),
        s("proving the Tehran government once had a nuclear weapons program", "iran", "lied about",
          "its nuclear weapons program", BIBI, "iran-lied"),
        q("Tens of thousands of secret files", 20000, "at-least", "file", None, "archive-files",
          subject="iran", source=BIBI),
        s("is \" based on lies and Iranian deception \"", "iran nuclear deal", "was made on",
          "false pretenses", BIBI, "deal-false-pretenses"),
        s("said Iran lied when it said it never sought to develop nuclear weapons", "iran", "lied about",
          "its nuclear weapons program", BIBI, "iran-lied"),
        s("then cheated by failing to reveal all its weapons program information to an international watchdog "
          "group", "iran", "is not complying with", "iran nuclear deal", BIBI, "iran-noncompliance"),
        s("President Trump has said he will announce within the next two weeks the fate of the deal", TRUMP,
          "will decide by may 12 on", "iran nuclear deal", TRUMP, "trump-may12-decision"),
        q("within the next two weeks", 2, "exact", "week", "duration", "decision-two-weeks",
          subject=TRUMP, source=TRUMP),
        s("expressed solidarity with the Israeli leader", TRUMP, "backed", "netanyahu's presentation", None,
          "trump-backs-presentation"),
        s("would not dismiss the possibility of negotiating a new deal", TRUMP, "is open to negotiating",
          "a new iran deal", None, "trump-new-deal"),
        q("In seven years that deal will have expired", 7, "exact", "year", "duration", "deal-expiry",
          subject="iran nuclear deal", source=TRUMP),
        q("Seven years is tomorrow", 7, "exact", "year", "duration", "deal-expiry",
          subject="iran nuclear deal", source=TRUMP),
        s("Iran has a robust , clandestine nuclear weapons program that it has tried and failed to hide",
          "iran", "has", "an active nuclear weapons program", "white house", "iran-active-program"),
        q("six world powers", 6, "exact", "country", None, "deal-parties"),
        q("\" half a ton \" of evidence", 0.5, "exact", "tonne", None, "archive-weight", subject="iran",
          source=BIBI),
        s("I am sure he will do the right thing , the right thing for the United States", TRUMP,
          "will do the right thing on", "iran nuclear deal", BIBI, "netanyahu-right-thing"),
        s("said the purported evidence was \" fake and fabricated , \"", "iranian nuclear files",
          "are authentic", None, "abbas araghchi", "files-authentic", denial=True),
        s("Iran has denied ever seeking nuclear weapons", "iran", "lied about", "its nuclear weapons program",
          "iran", "iran-lied", denial=True),
        s("Secretary of State Mike Pompeo , who met with Netanyahu in Israel on Sunday", BIBI, "briefed",
          "mike pompeo", None, "pompeo-briefed"),
    ]),
    ("9_R", "st-iran-claims", "ev-netanyahu-presentation", [
        s("\" He presented a smoking bomb , \"", BIBI, "presented", "a smoking bomb", "ron dermer",
          "smoking-bomb"),
        s("which he claimed shows Iran is \" brazenly lying \" about its nuclear weapons program", "iran",
          "lied about", "its nuclear weapons program", BIBI, "iran-lied", hedged=True),
        s("shows the country is not complying with the vaunted nuclear deal it signed in 2015", "iran",
          "is not complying with", "iran nuclear deal", BIBI, "iran-noncompliance", hedged=True),
        s("The information was obtained within the past 10 days", "israel", "obtained iranian nuclear archive",
          "within the past 10 days", "israeli officials", "archive-obtained-when"),
        q("\" half a ton \" of files", 0.5, "exact", "tonne", None, "archive-weight", subject="iran",
          source=BIBI),
        s("were moved to a \" highly secret \" location in Tehran after the deal was signed", "iran", "hid",
          "its nuclear archive", BIBI, "archive-hidden"),
        q("55,000 pages", 55000, "exact", "page", None, "archive-pages", subject="iran", source=BIBI),
        q("55,000 files", 55000, "exact", "file", None, "archive-files", subject="iran", source=BIBI),
        q("183 CD 's", 183, "exact", "compact disc", None, "archive-cds", subject="iran", source=BIBI),
        s("the Iranian program , called \" Project Amad , \" was to develop a weapon", "iran", "lied about",
          "its nuclear weapons program", BIBI, "iran-lied"),
        s("U.S. intelligence agencies will back up Netanyahu 's intel if asked", "iranian nuclear files",
          "are authentic", None, "ron dermer", "files-authentic"),
        q("the $ 1.7 billion sent to Iran", 1700000000, "exact", "usd", "paid", "iran-payment",
          subject="united states", source="ron dermer"),
        s("The president faces a May 12 deadline to decide whether to re - ratify it", TRUMP,
          "will decide by may 12 on", "iran nuclear deal", None, "trump-may12-decision"),
    ]),
    ("9_RR", "st-iran-claims", "ev-netanyahu-presentation", [
        s("Report : U.S. confirmed Iran nuclear files seized by Israel as ' authentic '",
          "iranian nuclear files", "are authentic", None, "us intelligence", "files-authentic", hedged=True),
        s("U.S. intelligence reportedly confirmed that tens of thousands of files seized by Israel",
          "iranian nuclear files", "are authentic", None, "us intelligence", "files-authentic", hedged=True),
        q("tens of thousands of files seized by Israel", 20000, "at-least", "file", None, "archive-files",
          subject="iran", source="us intelligence", hedged=True),
        s("document Iran 's covert nuclear weapons program", "iran", "lied about",
          "its nuclear weapons program", BIBI, "iran-lied"),
        q("hundreds of thousands of Iranian files", 200000, "at-least", "file", None, "archive-files",
          subject="iran", source=BIBI),
        s("from a \" dilapidated \" compound where the regime had allegedly hid its nuclear weapons research "
          "archive", "iran", "hid", "its nuclear archive", BIBI, "archive-hidden", hedged=True),
        s("showed that Iran had lied to the world about its covert work on developing nuclear weapons", "iran",
          "lied about", "its nuclear weapons program", BIBI, "iran-lied"),
        s("\" Iran lied about never having a nuclear weapons program , \" Netanyahu said", "iran",
          "lied about", "its nuclear weapons program", BIBI, "iran-lied"),
        s("\" I 'm sure he 'll do the right thing , the right thing for the United States", TRUMP,
          "will do the right thing on", "iran nuclear deal", BIBI, "netanyahu-right-thing"),
        s("And the U.S. verified the material as authentic , I 'm told", "iranian nuclear files",
          "are authentic", None, "us official", "files-authentic"),
        s("self - imposed May 12 deadline for the Trump administration to withdraw from the Iran nuclear deal",
          TRUMP, "will decide by may 12 on", "iran nuclear deal", None, "trump-may12-decision"),
        s("implied that he found it convincing", TRUMP, "backed", "netanyahu's presentation", TRUMP,
          "trump-backs-presentation"),
        s("he said he was open to re - negotiating the deal", TRUMP, "is open to negotiating",
          "a new iran deal", TRUMP, "trump-new-deal"),
    ]),
]

C, I = "st-comey-memos", "st-iran-claims"

GROUPS = [
    # ---------------------------------------------------------------- Comey memos: figures
    {"id": "memos-pages", "story": C, "status": "agreed",
     "why": "The New York Times (1_L, 'running 15 pages in total') and 1_RR ('The 15 pages') give the memos "
            "15 pages."},
    {"id": "memos-documents", "story": C, "status": "single-source",
     "why": "Only 1_LL counts the memos: 'the seven documents'."},
    {"id": "gop-chairmen", "story": C, "status": "agreed",
     "why": "1_L's 'three House Republican committee chairmen' and USA Today's (1_M) 'the three House "
            "committees that requested the documents' are the same three (Goodlatte, Gowdy, Nunes)."},
    {"id": "committees-notified", "story": C, "status": "single-source",
     "why": "Only 1_M says Boyd notified the chairs of at least six congressional committees (the committees "
            "notified, not the three that asked)."},
    {"id": "intel-agencies", "story": C, "status": "single-source",
     "why": "Only 1_L quotes Comey on the analysts of 'all three agencies'."},
    {"id": "mccabe-occasions", "story": C, "status": "single-source",
     "why": "Only 1_L says Trump asked on two separate occasions whether McCabe had a problem with him."},
    {"id": "comey-presidents", "story": C, "status": "single-source",
     "why": "Only 1_M says Comey served three presidents."},
    {"id": "memos-leaked-count", "story": C, "status": "single-source",
     "why": "Only 1_RR quotes the Republican chairmen that Comey leaked 'at least one' of the memos (the "
            "accusation's number, a figure group of its own)."},
    # ---------------------------------------------------------------- Comey memos: statements
    {"id": "memos-released", "story": C, "status": "compatible",
     "why": "1_LL (the Justice Department released them to congressional leaders Thursday) and 1_M (provided "
            "to Congress late Thursday) agree; 1_RR has them released Thursday night by Republican "
            "congressional officials, another step of the same release, not a contradiction."},
    {"id": "memos-track-testimony", "story": C, "status": "agreed",
     "why": "1_LL (no notable information Comey had not already discussed), 1_M (headline and lede: they "
            "closely track his testimony and book) and 1_L (the broad outlines were already relayed in "
            "testimony and the memoir) say the memos repeat what Comey had told."},
    {"id": "memos-new-details", "story": C, "status": "agreed",
     "why": "1_L (previously undisclosed exchanges and conversations, new details) and 1_RR (details not "
            "included in the book) say the memos add something new, beside the memos-track-testimony group."},
    {"id": "flynn-drop", "story": C, "status": "disputed",
     "why": "The memos have Trump asking Comey to end the Flynn investigation (1_L 'wrap up his inquiry', "
            "'letting Flynn go'; 1_LL 'allegedly asked him to drop'; 1_M his requests to shut it down, "
            "Cummings 'wanted Michael Flynn to walk'); 1_L reports that Trump has disputed asking it."},
    {"id": "flynn-judgment", "story": C, "status": "agreed",
     "why": "1_L and 1_LL both quote the memo: Trump said Flynn has 'serious judgment issues' (1_LL also "
            "'serious reservations')."},
    {"id": "flynn-guilty", "story": C, "status": "agreed",
     "why": "1_L and 1_M both say Flynn has pleaded guilty to lying to the FBI."},
    {"id": "trump-loyalty", "story": C, "status": "agreed",
     "why": "1_LL (his demand for loyalty, 'I need loyalty') and 1_M ('alleged demands for loyalty'; "
            "Cummings: he wanted his personal loyalty) report the demand; no article carries a denial."},
    {"id": "dossier-prostitutes", "story": C, "status": "disputed",
     "why": "The dossier's allegation of Trump's encounter with prostitutes (1_L 'supposed', 1_M "
            "'purportedly') is denied by Trump as the memo has it: 'the hookers thing' is nonsense (1_L, 1_LL, "
            "1_M), he denied having consorted with prostitutes (1_L)."},
    {"id": "putin-hookers", "story": C, "status": "agreed",
     "why": "1_L, 1_LL and 1_M quote the same memo line: Putin told Trump 'we have some of the most "
            "beautiful hookers in the world'."},
    {"id": "golden-showers-wife", "story": C, "status": "agreed",
     "why": "1_LL and 1_M quote the memo: Trump brought up the 'Golden Shower(s) thing' and said it bothered "
            "him if his wife had any doubt about it."},
    {"id": "trump-disprove-dossier", "story": C, "status": "agreed",
     "why": "1_LL (Trump's obsession with disproving the dossier; he insisted Comey disprove it) and 1_M "
            "(Trump confronted Comey about the dossier's contents) tell the same push."},
    {"id": "trump-obstruction", "story": C, "status": "disputed",
     "why": "1_L (the memos 'are believed to be evidence' of obstruction), 1_M (Mueller's inquiry into "
            "possible attempts to obstruct; Cummings: 'a blatant effort to deny justice') against Trump's "
            "'NO COLLUSION and NO OBSTRUCTION', which 1_L, 1_M and 1_RR carry (1_RR carries only the denial)."},
    {"id": "comey-not-obstructed", "story": C, "status": "agreed",
     "why": "1_L, 1_M and 1_RR quote the Republican chairmen: Comey never wrote, never mentioned, that he "
            "felt obstructed."},
    {"id": "comey-double-standard", "story": C, "status": "agreed",
     "why": "1_M and 1_RR report the chairmen's charge that Comey held Trump to a different standard "
            "(memos for Trump, none for Democrats)."},
    {"id": "comey-leaked-classified", "story": C, "status": "disputed",
     "why": "Trump says the memos show Comey 'leaked classified information' (1_RR headline, lede and tweet; "
            "1_RR also 'raising questions'; 1_M: his critics' accusation); 1_M reports Cummings noting that "
            "the memo Comey shared is marked 'unclassified'."},
    {"id": "comey-leaked-memo", "story": C, "status": "agreed",
     "why": "1_M (the memo Comey gave to a friend to read to the press) and 1_RR (the chairmen: he leaked at "
            "least one of these memos) agree that Comey passed a memo on."},
    {"id": "subpoena-threat", "story": C, "status": "agreed",
     "why": "1_L (the chairmen were willing to issue a subpoena) and 1_LL (Goodlatte threatened to subpoena "
            "the DOJ) agree."},
    {"id": "boyd-letter", "story": C, "status": "agreed",
     "why": "1_L and 1_M quote Boyd's letter: the release would not adversely impact any ongoing "
            "investigation."},
    {"id": "memos-corroborate", "story": C, "status": "agreed",
     "why": "1_L (the details add credibility to Comey's account) and 1_M (Cummings: strong corroborating "
            "evidence of everything he said) agree."},
    # ---------------------------------------------------------------- Iran claims: figures
    {"id": "archive-pages", "story": I, "status": "agreed",
     "why": "The New York Times (9_L) and 9_R (Netanyahu) both give 55,000 pages."},
    {"id": "archive-cds", "story": I, "status": "agreed",
     "why": "9_L (183 compact discs) and 9_R (183 CD's) agree."},
    {"id": "archive-files", "story": I, "status": "conflicting",
     "why": "9_R's 55,000 files fits 'tens of thousands' (9_M, Netanyahu; 9_RR, US intelligence, "
            "'reportedly'), but 9_RR's 'hundreds of thousands of Iranian files' (Netanyahu) cannot be true "
            "beside 55,000 - the same article gives both tens and hundreds of thousands."},
    {"id": "archive-weight", "story": I, "status": "agreed",
     "why": "9_M (twice) and 9_R quote Netanyahu's 'half a ton' of documents, files, evidence."},
    {"id": "iran-payment", "story": I, "status": "single-source",
     "why": "Only 9_R gives the $1.7 billion sent to Iran (Dermer's 'signing bonus')."},
    {"id": "decision-two-weeks", "story": I, "status": "single-source",
     "why": "Only 9_M gives Trump's 'within the next two weeks'."},
    {"id": "deal-expiry", "story": I, "status": "single-source",
     "why": "Only 9_M quotes Trump that the deal expires in seven years ('Seven years is tomorrow')."},
    {"id": "deal-parties", "story": I, "status": "single-source",
     "why": "Only 9_M counts the deal's six world powers."},
    # ---------------------------------------------------------------- Iran claims: statements
    {"id": "iran-lied", "story": I, "status": "disputed",
     "why": "Netanyahu's claim that Iran had a covert nuclear weapons programme and lied about it (9_M, 9_R "
            "'claimed ... brazenly lying', 9_RR; Sanders in 9_L: 'Iran lied on the front end'); 9_M adds "
            "that Iran has denied ever seeking nuclear weapons."},
    {"id": "deal-false-pretenses", "story": I, "status": "disputed",
     "why": "The deal was made on false pretenses / 'based on lies' (Netanyahu in 9_M; the Trump "
            "administration and Sanders in 9_L); 9_L's European allies say the disclosures reinforce the "
            "case for the deal and Boris Johnson that it rests on verification, not trust."},
    {"id": "iran-active-program", "story": I, "status": "disputed",
     "why": "The White House statement 'Iran has a robust, clandestine nuclear weapons program' (9_L, 9_M); "
            "9_L alone reports the White House calling it a clerical error for 'had', the IAEA's no credible "
            "indications after 2009 and intelligence officials' no sign of an active programme."},
    {"id": "iran-noncompliance", "story": I, "status": "agreed",
     "why": "9_M (Iran cheated by hiding its weapons information from the watchdog) and 9_R (Netanyahu "
            "'claimed' Iran is not complying with the deal) report the same charge; 9_L notes only that the "
            "White House did not assert a violation."},
    {"id": "files-authentic", "story": I, "status": "disputed",
     "why": "9_RR reports (headline, 'reportedly', a US official via Bloomberg) that the US verified the files "
            "as authentic and 9_R's Dermer says US intelligence will back the intel; 9_M quotes Araghchi "
            "calling the evidence 'fake and fabricated'."},
    {"id": "archive-obtained-when", "story": I, "status": "conflicting",
     "why": "9_L has the documents taken in a nighttime raid in January (Trump informed in January), 9_R's "
            "Israeli officials 'within the past 10 days'."},
    {"id": "archive-hidden", "story": I, "status": "agreed",
     "why": "9_R (Netanyahu: moved to a 'highly secret' location in Tehran after the deal) and 9_RR (a "
            "'dilapidated' compound where Iran 'allegedly' hid it) tell the same hidden archive."},
    {"id": "trump-may12-decision", "story": I, "status": "agreed",
     "why": "9_L (scrap the deal as soon as May 12), 9_R and 9_RR (the May 12 deadline) and 9_M (Trump "
            "will announce within the next two weeks) agree on the decision date."},
    {"id": "trump-backs-presentation", "story": I, "status": "agreed",
     "why": "9_M (Trump expressed solidarity with Netanyahu) and 9_RR (he implied he found it convincing) "
            "agree."},
    {"id": "trump-new-deal", "story": I, "status": "agreed",
     "why": "9_M (would not dismiss negotiating a new deal) and 9_RR (open to re-negotiating) agree."},
    {"id": "netanyahu-right-thing", "story": I, "status": "agreed",
     "why": "9_M and 9_RR quote Netanyahu: Trump will 'do the right thing'."},
    {"id": "pompeo-briefed", "story": I, "status": "agreed",
     "why": "9_L and 9_M both say Pompeo met Netanyahu in Israel (Tel Aviv) on Sunday."},
    {"id": "smoking-bomb", "story": I, "status": "single-source",
     "why": "Only 9_R quotes Dermer's 'smoking bomb'."},
]
