"""dev4 story 5: the data leak at the Norvalian insurer Halvena (disclosed 2 Mar 2027).

A German press release of a digital-rights NGO (activist voice, list of demands), an English business
paper's page, the public broadcaster's page the next day (same outlet and template as its Keldra
report: not a rewrite) and a right-wing partisan blog that states the NGO's accusation as fact and
omits Halvena's denial. Invented by the Parallax team (fifth writer): insurer, NGO, people, outlets
and figures are fiction.
"""

from dev3_lib import S, H, P, LI, Q, ST, L, T, render_txt, render_html
from dev4_keldra import NBS_SITE

SID = "st-halvena-leak"
EV = "ev-halvena-leak"
STORY = {"id": SID, "label": "Data leak at the insurer Halvena",
         "events": [{"id": EV, "label": "Halvena discloses that hackers stole customer data"}]}

HAL = "halvena"
NGO = "netzrecht"

GROUPS = [
    {"id": "halvena-affected", "story": SID, "status": "conflicting",
     "why": "Halvena says about 410,000 customers (Harbourgate, NBS, quoted by Netzrecht); Netzrecht says at least 1.3 million and the Sentinel more than a million, which cannot both be true."},
    {"id": "halvena-health", "story": SID, "status": "agreed",
     "why": "About 260,000 health-insurance customers in the Netzrecht release and in NBS (citing Netzrecht)."},
    {"id": "halvena-customers", "story": SID, "status": "agreed",
     "why": "Halvena has about 2.5 million customers (Netzrecht, Harbourgate)."},
    {"id": "halvena-knew", "story": SID, "status": "disputed",
     "why": "Netzrecht says Halvena knew of the flaw since November; Halvena rejects it (NBS); the Sentinel states it as fact and omits the denial."},
    {"id": "halvena-discovered", "story": SID, "status": "agreed",
     "why": "Halvena says it discovered the intrusion on 14 February (Harbourgate, NBS)."},
    {"id": "halvena-delay", "story": SID, "status": "agreed",
     "why": "Nearly four months between November and the disclosure (Netzrecht, Sentinel)."},
    {"id": "halvena-report-time", "story": SID, "status": "agreed",
     "why": "Reported to the regulator within 72 hours (Harbourgate) and three days later (NBS): the same span."},
    {"id": "halvena-fine", "story": SID, "status": "agreed",
     "why": "Fines of up to 4 percent of annual turnover in three articles."},
    {"id": "halvena-ransom", "story": SID, "status": "agreed",
     "why": "A ransom demand of 5 million dollars, hedged, in the Sentinel and NBS."},
    {"id": "halvena-contractor", "story": SID, "status": "agreed",
     "why": "Harbourgate and the Sentinel say the attackers used an external IT contractor's login."},
    {"id": "halvena-shares", "story": SID, "status": "single-source",
     "why": "Only Harbourgate gives the 7.2% share fall."},
    {"id": "halvena-shares-ytd", "story": SID, "status": "single-source",
     "why": "Only Harbourgate says the shares lost nearly a fifth since January."},
    {"id": "halvena-cost", "story": SID, "status": "single-source",
     "why": "Only Harbourgate gives Borkmann Bank's estimate of €60–90 million."},
    {"id": "halvena-turnover", "story": SID, "status": "single-source",
     "why": "Only Harbourgate gives the turnover of €3.1bn."},
    {"id": "halvena-demand", "story": SID, "status": "single-source",
     "why": "Only Netzrecht demands at least 500 euros per person."},
    {"id": "halvena-phishing", "story": SID, "status": "single-source",
     "why": "Only NBS reports dozens of customers receiving phishing emails."},
    {"id": "halvena-proceedings", "story": SID, "status": "single-source",
     "why": "Only NBS reports that the data protection authority opened proceedings."},
]


def affected(text, value, qualifier, source=None, hedged=False, unit="person"):
    return Q(text, value, unit, "affected", qualifier=qualifier, subject="halvena customers", source=source, hedged=hedged,
             group="halvena-affected")


def knew(text, source=None, denial=False):
    return ST(text, HAL, "knew of", "the security flaw since november", "halvena-knew", source=source, denial=denial)


NGO_REL = {
    "input": "dev4/halvena-netzrecht.txt", "story": SID, "event": EV,
    "publisher": "Netzrecht e.V.", "published": "2027-03-03T10:00:00+01:00",
    "language": "de", "authors": [], "sensational": False,
    "pre": ["Netzrecht e.V.", "03.03.2027", "10:00 Uhr"],
    "blocks": [
        H("Datenleck bei Halvena: Netzrecht fordert Aufklärung und Entschädigung für 1,3 Millionen Versicherte",
          claims=[affected("Entschädigung für 1,3 Millionen Versicherte", 1300000, "exact")]),
        P(S("Der Versicherungskonzern Halvena hat den größten Datenschutz-GAU in der Geschichte des Landes zu verantworten.", "opinion",
            loaded=[L("Datenschutz-GAU", "alarmist")]),
          S("Nach Auswertung von Netzrecht sind mindestens 1,3 Millionen Versicherte betroffen, nicht „rund 410.000“, wie der Konzern behauptet.",
            claims=[affected("mindestens 1,3 Millionen Versicherte", 1300000, "at-least", source=NGO),
                    affected("rund 410.000", 410000, "about", source=HAL, hedged=True)]),
          S("Insgesamt hat Halvena rund 2,5 Millionen Kundinnen und Kunden.",
            claims=[Q("rund 2,5 Millionen Kundinnen und Kunden", 2500000, "person", None, qualifier="about", subject=HAL,
                      group="halvena-customers")])),
        P(S("Unter den entwendeten Daten sind u. a. Diagnosen, Bankverbindungen und Versicherungsnummern von ca. 260.000 Krankenversicherten.",
            claims=[Q("ca. 260.000 Krankenversicherten", 260000, "person", "affected", qualifier="about",
                      subject="halvena health customers", group="halvena-health")]),
          S("Halvena selbst spricht verharmlosend von einem „Sicherheitsvorfall“.",
            loaded=[L("„Sicherheitsvorfall“", "euphemism", "reported")])),
        P(S("Dokumente, die Netzrecht vorliegen, zeigen: Die Sicherheitslücke war dem Konzern bereits seit November bekannt.",
            claims=[knew("Die Sicherheitslücke war dem Konzern bereits seit November bekannt", source=NGO)]),
          S("Trotzdem informierte Halvena die Betroffenen erst am 2. März, fast vier Monate später.",
            claims=[Q("fast vier Monate später", 4, "month", "duration", qualifier="about", subject=HAL,
                      group="halvena-delay")])),
        P(S("„Wer Gesundheitsdaten so schlampig schützt, hat das Vertrauen seiner Kundschaft verspielt“, sagt Vorstand Prof. Dr. Jonas Weidmann.", "quote",
            loaded=[L("schlampig", "belittling", "reported")])),
        H("Unsere Forderungen"),
        LI(S("Eine unabhängige Untersuchung des Vorfalls.", "opinion")),
        LI(S("Eine Entschädigung von mindestens 500 Euro für jede betroffene Person.", "opinion",
             claims=[Q("mindestens 500 Euro", 500, "eur", None, qualifier="at-least", subject="compensation",
                       group="halvena-demand")])),
        LI(S("Ein Bußgeld bis zur gesetzlichen Höchstgrenze von 4 Prozent des Jahresumsatzes.", "opinion",
             claims=[Q("bis zur gesetzlichen Höchstgrenze von 4 Prozent", 4, "percent", "fined", qualifier="up-to", subject=HAL,
                       group="halvena-fine")])),
        P(S("Betroffene können sich ab sofort bei unserer Sammelklage-Initiative registrieren.", "opinion"),
          S("Schweigen schützt nur die Verantwortlichen!", "opinion")),
    ],
    "post": ["Pressekontakt: Netzrecht e.V., Lindenallee 12, Tel. 0171 555 2290, presse@netzrecht.example",
             "Netzrecht e.V. ist ein gemeinnütziger Verein für digitale Grundrechte.",
             "#Datenschutz #Halvena #Sammelklage"],
    "removed": ["Netzrecht e.V.", "03.03.2027", "10:00 Uhr", "Pressekontakt:", "Lindenallee 12", "0171 555 2290",
                "gemeinnütziger Verein für digitale Grundrechte", "#Datenschutz #Halvena #Sammelklage"],
}

HBR_SITE = {
    "nav": ["Markets", "Companies", "Insurance", "Tech", "Opinion", "Subscribe"],
    "cookie": "We and our partners use cookies to personalise content and ads. Choose ‘Accept’ to consent.",
    "cookie_ok": "Accept",
    "by": "By",
    "date_label": "2 March 2027, 17:05",
    "share": "Share on LinkedIn · X · Email",
    "ad": "Harbourgate Live: Insurance Leaders Summit, 12 May 2027, Halden – early-bird tickets £395",
    "related_title": "Read more",
    "related": ["Cyber insurance premiums jump for a third year", "Who is Ilona Markvik?"],
    "footer": "© 2027 Harbourgate Business Review · Terms · Privacy · Cookie settings",
    "after": '<div class="newsletter"><p>Markets at the open: our free newsletter, every weekday at 7am.</p><button>Subscribe</button></div>',
}

HBR = {
    "input": "dev4/halvena-harbourgate.html", "story": SID, "event": EV,
    "publisher": "Harbourgate Business Review", "published": "2027-03-02T17:05:00+01:00",
    "language": "en", "authors": ["Owen Castellane"], "sensational": False,
    "blocks": [
        H("Halvena shares slide after hackers steal data of 410,000 customers",
          claims=[affected("410,000 customers", 410000, "exact")]),
        P(S("Shares in Halvena Insurance fell 7.2% on Tuesday after Norvalia's second-largest insurer disclosed that hackers had stolen personal data belonging to about 410,000 of its 2.5 million customers.",
            claims=[Q("fell 7.2%", 7.2, "percent", "decrease", subject="halvena shares", group="halvena-shares",
                      time=T("2027-03-02", "2027-03-02")),
                    affected("about 410,000", 410000, "about", source=HAL),
                    Q("2.5 million customers", 2500000, "person", None, subject=HAL, group="halvena-customers")]),
          S("The company said it discovered the intrusion on Feb. 14 and informed the data protection authority within 72 hours.",
            claims=[ST("it discovered the intrusion on Feb. 14", HAL, "discovered", "the intrusion on 14 february",
                       "halvena-discovered", source=HAL),
                    Q("within 72 hours", 72, "hour", "duration", qualifier="up-to", subject=HAL, source=HAL,
                      group="halvena-report-time")])),
        P(S("Chief executive Dr. Ilona Markvik told analysts the attackers had used the login of an external IT contractor.",
            claims=[ST("the attackers had used the login of an external IT contractor", "attackers", "used",
                       "an external it contractor's login", "halvena-contractor", source="ilona markvik")]),
          S("Analysts at Borkmann Bank estimated the cost of the breach at between €60 million and €90 million, including possible fines.",
            claims=[Q("between €60 million and €90 million", None, "eur", "cost", qualifier="range", low=60000000, high=90000000,
                      subject="halvena data breach",
                      source="borkmann bank", group="halvena-cost")]),
          S("Regulators can impose fines of up to 4% of annual turnover, which for Halvena stood at €3.1bn last year.",
            claims=[Q("up to 4% of annual turnover", 4, "percent", "fined", qualifier="up-to", subject=HAL, group="halvena-fine"),
                    Q("€3.1bn", 3100000000, "eur", None, subject="halvena turnover", group="halvena-turnover",
                      time=T("2026-01-01", "2026-12-31"))])),
        P(S("The shares have lost nearly a fifth of their value since January.",
            claims=[Q("nearly a fifth of their value", 20, "percent", "decrease", qualifier="about", subject="halvena shares",
                      group="halvena-shares-ytd", time=T("2027-01-01", "2027-03-02"))])),
    ],
    "removed": ["We and our partners use cookies", "2 March 2027, 17:05", "Owen Castellane", "Share on LinkedIn",
                "Insurance Leaders Summit", "early-bird tickets £395", "Cyber insurance premiums jump for a third year",
                "Who is Ilona Markvik?", "Markets at the open", "Cookie settings"],
}

NBS = {
    "input": "dev4/halvena-nbs.html", "story": SID, "event": EV,
    "publisher": "NBS News", "published": "2027-03-03T08:15:00+01:00",
    "language": "en", "authors": ["Amir Solheim"], "sensational": False,
    "blocks": [
        H("Insurer Halvena rejects claim it kept data breach secret for months",
          claims=[knew("Insurer Halvena rejects claim it kept data breach secret for months", source=HAL, denial=True)]),
        P(S("Halvena Insurance has rejected accusations by the digital rights group Netzrecht that it knew about a security flaw as early as November.",
            claims=[knew("Halvena Insurance has rejected accusations by the digital rights group Netzrecht", source=HAL, denial=True)]),
          S("The company said it discovered the intrusion on 14 February and reported it to regulators three days later.",
            claims=[ST("it discovered the intrusion on 14 February", HAL, "discovered", "the intrusion on 14 february",
                       "halvena-discovered", source=HAL),
                    Q("three days later", 3, "day", "duration", subject=HAL, source=HAL, group="halvena-report-time")])),
        P(S("Netzrecht says at least 1.3 million policyholders are affected, more than three times the company's figure of about 410,000.",
            claims=[affected("at least 1.3 million policyholders", 1300000, "at-least", source=NGO),
                    affected("about 410,000", 410000, "about", source=HAL)]),
          S("Among them are roughly 260,000 health insurance customers, the group says.",
            claims=[Q("roughly 260,000 health insurance customers", 260000, "person", "affected", qualifier="about",
                      subject="halvena health customers", source=NGO, group="halvena-health")])),
        P(S("The hackers allegedly demanded a ransom of 5 million dollars; Halvena would not comment.",
            claims=[Q("a ransom of 5 million dollars", 5000000, "usd", None, subject="hackers", hedged=True, group="halvena-ransom")]),
          S("Dozens of customers have already reported suspicious emails that quote their stolen details, according to the consumer advice centre.",
            claims=[Q("Dozens of customers", None, "person", None, qualifier="at-least", low=24, subject="halvena customers",
                      source="consumer advice centre", group="halvena-phishing")]),
          S("The data protection authority said it had opened proceedings.",
            claims=[ST("The data protection authority said it had opened proceedings", "data protection authority",
                       "opened proceedings against", HAL, "halvena-proceedings")]),
          S("Fines can reach 4% of annual turnover.",
            claims=[Q("4% of annual turnover", 4, "percent", "fined", qualifier="up-to", subject=HAL, group="halvena-fine")])),
        P(S("“We are sorry for the worry this incident has caused,” Halvena spokeswoman Dr. Ruth Engmann told reporters.", "quote",
            loaded=[L("this incident", "euphemism", "reported")])),
    ],
    "removed": ["NBS uses cookies", "Accept all", "Amir Solheim", "Live radio", "Share this story",
                "Spring Gala live from Halden Concert Hall", "Get the NBS morning briefing", "Terms of use",
                "Data breaches: how to check whether you are affected", "Halvena: from fishermen's mutual to listed giant"],
}

NBS_HALVENA_SITE = dict(NBS_SITE, date_label="3 March 2027, 08:15",
                        related=["Data breaches: how to check whether you are affected",
                                 "Halvena: from fishermen's mutual to listed giant"],
                        inline=None, after=NBS_SITE["after"])

SENTINEL = {
    "input": "dev4/halvena-sentinel.txt", "story": SID, "event": EV,
    "publisher": "The Citizen Sentinel", "published": "2027-03-04",
    "language": "en", "authors": ["Dale Hargreave"], "sensational": True,
    "pre": ["The Citizen Sentinel", "March 4, 2027", "by Dale Hargreave"],
    "blocks": [
        H("Halvena Hack Scandal: Globalist Insurer Hands Your Medical Secrets to Cyber-Crooks",
          loaded=[L("Globalist", "demonising"), L("Cyber-Crooks", "demonising")]),
        P(S("More than a million ordinary Norvalians have had their private data stolen, and the suits at Halvena want you to believe it's no big deal.",
            claims=[affected("More than a million ordinary Norvalians", 1000000, "more-than")],
            loaded=[L("the suits", "belittling")])),
        P(S("Halvena sat on the breach for nearly four months before telling a single customer.",
            claims=[knew("Halvena sat on the breach for nearly four months"),
                    Q("nearly four months", 4, "month", "duration", qualifier="about", subject=HAL, group="halvena-delay")]),
          S("The hackers got in through the login of an outside IT contractor, as the company itself admits.",
            claims=[ST("The hackers got in through the login of an outside IT contractor", "attackers", "used",
                       "an external it contractor's login", "halvena-contractor", source=HAL)]),
          S("The gang reportedly demanded a $5 million ransom.",
            claims=[Q("a $5 million ransom", 5000000, "usd", None, subject="hackers", hedged=True, group="halvena-ransom")],
            loaded=[L("The gang", "demonising")])),
        P(S("Why did a Norvalian insurer hand the keys to its IT to a contractor nobody in Halden had ever heard of?", "opinion"),
          S("Because cheap beats safe when the bean counters are in charge.", "opinion",
            loaded=[L("bean counters", "belittling")]),
          S("And where was the data watchdog?", "opinion"),
          S("Busy writing diversity guidelines, no doubt…", "opinion")),
        P(S("Our advice: cancel your Halvena policy today and tell them exactly why.", "opinion")),
    ],
    "post": ["Tags: #Halvena #DataTheft #BigInsurance",
             "",
             "Share this post",
             "Support independent journalism – become a Sentinel Patriot for $5 a month",
             "",
             "Comments (214)"],
    "removed": ["The Citizen Sentinel", "March 4, 2027", "by Dale Hargreave", "Tags: #Halvena #DataTheft #BigInsurance",
                "Share this post", "become a Sentinel Patriot for $5 a month", "Comments (214)"],
}

ARTICLES = [NGO_REL, HBR, NBS, SENTINEL]

REWRITES = []


def files():
    """Input files of this story: {relative path: (text, gzip?)}."""
    return {
        "halvena-netzrecht.txt": (render_txt(NGO_REL), False),
        "halvena-harbourgate.html": (render_html(HBR, HBR_SITE), False),
        "halvena-nbs.html": (render_html(NBS, NBS_HALVENA_SITE), False),
        "halvena-sentinel.txt": (render_txt(SENTINEL), False),
    }
