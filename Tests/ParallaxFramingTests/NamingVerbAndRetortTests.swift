import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 12: mechanisms from the study of dev9 (a cue word that is part of a name, a quoted label after a
/// naming verb, a word of saying inside an opinion formula, the writer's retort after reported speech, the
/// object of a naming verb, an elliptical correction after a dash, a claim attribution inside a
/// distancing phrase, the outlet's opinion heading, reasons for an appeal) and the lexicon classes added —
/// on invented sentences written for these tests, none taken from dev9.
@Suite struct NamingVerbAndRetortTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    static let roles: [RoleCase] = [
        RoleCase(
            rule: "a cue word that the article uses as a name judges nothing",
            blocks: [
                "Razzia bei der Stiftung Hoffnungsschimmer", "Die Ermittler durchsuchten das Hilfswerk Lichtblick Kinderdorf.",
                "Lichtblick, 1985 gegründet, betreibt sieben Heime.",
            ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "the same word as a common noun still evaluates",
            blocks: ["Saisonbilanz", "Die Mannschaft verlor zwölf Spiele.", "Der einzige Lichtblick war der Torwart."],
            language: "de", role: .opinion, why: "evaluation: Lichtblick"),
        RoleCase(
            rule: "a capitalised first word before a capitalised word is no name",
            blocks: ["Saisonbilanz", "Die Mannschaft verlor zwölf Spiele.", "Lichtblick Nummer eins war der Torwart."],
            language: "de", role: .opinion, why: "evaluation: Lichtblick"),
        RoleCase(
            rule: "a short quoted label after a naming verb is no speech",
            blocks: ["Werft schließt", "Die Werft schließt im Mai.", "Er sprach von einem „bitteren, aber nötigen Schritt“."],
            language: "de", role: .reporting, why: "attributed: sprach"),
        RoleCase(
            rule: "a long quotation after a naming verb stays speech",
            blocks: [
                "Werft schließt", "Die Werft schließt im Mai.",
                "Er sprach von einem „Schritt, wie ihn diese Stadt noch nie gehen musste“.",
            ], language: "de", role: .quote, why: "quote"),
        RoleCase(
            rule: "a word of saying inside an opinion formula attributes nothing",
            blocks: ["Streik", "Die Bahn steht still.", "Von einer Einigung kann keine Rede sein."],
            language: "de", role: .opinion, why: "evaluation: kann keine Rede sein"),
        RoleCase(
            rule: "what officials will not tell the reader",
            blocks: ["Flood", "The river burst its banks.", "Here is what the council statements won't tell you."],
            language: "en", role: .opinion, why: "scorn: won't tell you"),
        RoleCase(
            rule: "the writer's retort after a dash that follows reported speech",
            blocks: [
                "Flood", "The river burst its banks.",
                "The council called the flood “a rare event” — tell that to the families who lost everything.",
            ], language: "en", role: .opinion, why: "appeal: tell that to"),
        RoleCase(
            rule: "a reported appeal without a dash stays the speaker's",
            blocks: ["Flood", "The river burst its banks.", "The mayor said the council should be sacked."],
            language: "en", role: .reporting, why: "attributed: said"),
        RoleCase(
            rule: "an appeal to sack someone",
            blocks: ["Flood", "The river burst its banks.", "The water board bosses deserve the sack."],
            language: "en", role: .opinion, why: "appeal: deserve the sack"),
        RoleCase(
            rule: "the outlet's opinion heading opens a section",
            blocks: [
                "Brücke gesperrt", "Die Brücke ist seit Montag gesperrt.", "# KURIER meint",
                "Jede Woche Sperrung kostet die Stadt ihr Gesicht.",
            ], language: "de", role: .opinion, why: "section headed by section: meint"),
        RoleCase(
            rule: "a reason given for the writer's appeal",
            blocks: [
                "Blackout", "The grid failed on Sunday.", "Write to your councillor today.",
                "Because next time, it will be your street.",
            ], language: "en", role: .opinion, why: "answer to the writer's question: Because"),
        RoleCase(
            rule: "a speaker's reason in indirect speech after an appeal stays reporting",
            blocks: [
                "Reform", "Der Bürgermeister sprach im Rat.", "Das soll uns nicht abhalten, die Reform anzugehen, sie müsste aber Sinn machen.",
                "Weil es um Geld gehe, spiele das eine Rolle.",
            ], language: "de", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "indirect speech continued by Konjunktiv I after an attributed sentence",
            blocks: [
                "Hochwasser", "Ein Anrainer berichtete von der Nacht.",
                "Die Lage sei erschreckend gewesen.",
            ], language: "de", role: .reporting, why: "attributed: indirect speech continued"),
        RoleCase(
            rule: "Konjunktiv I without speech before it stays the writer's",
            blocks: ["Hochwasser", "Das Wasser stieg in der Nacht.", "Die Lage sei erschreckend gewesen."],
            language: "de", role: .opinion, why: "evaluation: erschreckend"),
        RoleCase(
            rule: "the writer's rhetorical answer formula",
            blocks: [
                "Blackout", "The grid failed on Sunday.", "And where did the money go?",
                "Into consultants and glossy brochures, that's where.",
            ], language: "en", role: .opinion, why: "answer to the writer's question: that's where"),
        RoleCase(
            rule: "holding something possible attributes a prediction",
            blocks: [
                "Börse", "Die Aktie fiel um elf Prozent.",
                "Analysten halten eine Strafe für möglich, die hoch ausfallen könnte.",
            ], language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "many asking themselves: an attributed question",
            blocks: ["Spenden", "Der Verein ist insolvent.", "Viele fragen sich jetzt: Ist mein Geld verloren?"],
            language: "de", role: .reporting, why: "attributed"),
        RoleCase(
            rule: "a right to answers",
            blocks: ["Unglück", "Die Halle stürzte ein.", "Die Familien haben ein Recht auf Antworten."],
            language: "de", role: .opinion, why: "moralising: haben ein Recht auf Antworten"),
        RoleCase(
            rule: "a matter that must not peter out",
            blocks: ["Unglück", "Die Halle stürzte ein.", "Die Aufklärung darf nicht im Streit der Ämter versanden."],
            language: "de", role: .opinion, why: "appeal: darf nicht"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }

    static let terms: [Case] = [
        Case(
            "the object of a naming verb before its label is the writer's word",
            "The firm called the carnage a “difficult weather situation” in its statement .", "en",
            [Term("carnage", "alarmist", "used")]),
        Case(
            "the label after a naming verb stays the source's",
            "The opposition called it a bloodbath .", "en",
            [Term("bloodbath", "alarmist", "reported")]),
        Case(
            "a correction after a dash asserts the term",
            "Demand a full inquiry — not the whitewash the ministry is planning.", "en",
            [Term("whitewash", "belittling", "used")]),
        Case(
            "a plain negation still denies the term",
            "The report was not a whitewash.", "en", []),
        Case(
            "a distancing 'as they call it' hands nothing to the speaker",
            "Von „Schwund“, wie die Firma es nennt, kann keine Rede sein: Hier wurde ein Betrieb zum Selbstbedienungsladen gemacht.",
            "de", [Term("Selbstbedienungsladen", "demonising", "used")]),
        Case("decay of infrastructure", "The creaking network failed again.", "en", [Term("creaking", "demonising", "used")]),
        Case("verb forms of crumbling", "The old grid crumbles in the cold.", "en", [Term("crumbles", "alarmist", "used")]),
        Case(
            "a blackout told as a plunge", "Whole towns were plunged into icy darkness.", "en",
            [Term("plunged into icy darkness", "alarmist", "used")]),
        Case(
            "a collapse simile", "The network collapsed like a house of cards.", "en",
            [Term("like a house of cards", "alarmist", "used")]),
        Case(
            "a German collapse simile", "Das Netz brach wie ein Kartenhaus zusammen.", "de",
            [Term("wie ein Kartenhaus", "alarmist", "used")]),
        Case("greed verbs", "The company rakes in millions every year.", "en", [Term("rakes in", "demonising", "used")]),
        Case(
            "a bureaucrat compound head", "Die Amts-Bürokraten schoben die Akte beiseite.", "de",
            [Term("Amts-Bürokraten", "demonising", "used")]),
        Case("vanity projects", "The money went into vanity projects.", "en", [Term("vanity projects", "demonising", "used")]),
        Case(
            "literal buckling under a load is no caving in",
            "Dutzende Masten knickten unter der Last des Eises ein.", "de", []),
        Case("caving in stays belittling", "Die Ministerin knickte vor der Lobby ein.", "de", [Term("knickte vor der Lobby ein", "belittling", "used")]),
        Case("German news idiom in a reporting sentence", "Die Folgen für den Verein sind dramatisch.", "de", []),
        Case(
            "a separable verb with its particle split off", "Die Bank zockt ihre Kunden mit Gebühren ab.", "de",
            [Term("zockt ihre Kunden mit Gebühren ab", "demonising", "used")]),
        Case(
            "a war metaphor for a non-war event", "Der Minister stand im Trommelfeuer der Kritik.", "de",
            [Term("Trommelfeuer", "alarmist", "used")]),
        Case(
            "the same word in a report on fighting is literal", blocks: [
                "Front", "Die Truppen rückten vor.", "Die Stellung lag die ganze Nacht unter Trommelfeuer.",
            ], "de", []),
        Case(
            "a label after an inverted naming verb is the source's",
            "Im Blog spricht die Abgeordnete von einem Frontalangriff auf das Internet.", "de",
            [Term("Frontalangriff", "alarmist", "reported")]),
        Case(
            "an alarmist word in continued indirect speech is the speaker's", blocks: [
                "Hochwasser", "Ein Anrainer berichtete von der Nacht.", "Die Schilder seien wie Streichhölzer umgeknickt.",
            ], "de", [Term("wie Streichhölzer", "alarmist", "reported")]),
        Case("a belittling diminutive", "Die Koalition legte nur ein Reförmchen vor.", "de", [Term("Reförmchen", "belittling", "used")]),
        Case("a plain diminutive stays plain", "Aus kleinen Grüppchen wurden Gesellschaften.", "de", []),
        Case("a sibling form of a listed -ing word", "The council bungled the rescue.", "en", [Term("bungled", "belittling", "used")]),
    ]

    @Test(arguments: terms)
    func term(_ testCase: Case) {
        testCase.check()
    }
}
