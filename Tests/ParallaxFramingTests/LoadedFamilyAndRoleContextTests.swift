import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 5: broader families of loaded vocabulary, the label a split naming verb brackets, and the
/// context rules for sentence roles (sections under an appeal heading, answers to the writer's own
/// question, the outlet speaking of itself, numbers that label a time or place), on invented sentences
/// written for these tests.
@Suite struct LoadedFamilyAndRoleContextTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case

    static let families: [Case] = [
        Case("caste as the head of a hyphenated compound", "Die Manager-Kaste hat sich abgesetzt.",
             [Term("Manager-Kaste", "demonising", "used")]),
        Case("a box is no caste", "Der Blechkasten am Bahnhof ist leer.", []),
        Case("GAU as a compound part", "Das Amt verantwortet einen Daten-GAU.",
             [Term("Daten-GAU", "alarmist", "used")]),
        Case("plundering the till", "Die Vorstände plündern die Kasse der Firma.",
             [Term("plündern die Kasse", "demonising", "used")]),
        Case("looting after a quake is plain reporting", "Nach dem Beben plünderten Banden zwei Läden.", []),
        Case("sucked dry", "Die Investoren haben den Verlag ausgesaugt.",
             [Term("ausgesaugt", "demonising", "used")]),
        Case("desk-bound idlers", "Ein paar Sesselpupser im Amt entscheiden über alles.",
             [Term("Sesselpupser", "belittling", "used")]),
        Case("bean counters in German", "Die Erbsenzähler im Ministerium rechnen nach.",
             [Term("Erbsenzähler", "belittling", "used")]),
        Case("outrage storm", "Ein Shitstorm fegt über den Sender.", [Term("Shitstorm", "alarmist", "used")]),
        Case("cosmetic package", "Die Reform ist eine Mogelpackung.", [Term("Mogelpackung", "belittling", "used")]),
        Case("profiteers of a crisis", "Die Krisengewinnler reiben sich die Hände.",
             [Term("Krisengewinnler", "demonising", "used")]),
        Case("vices as nouns", "Mit welcher Dreistigkeit das Amt vorgeht!", [Term("Dreistigkeit", "demonising", "used")]),
        Case("a derailment is no lapse", "Nach der Entgleisung eines Güterzugs ist die Strecke gesperrt.", []),
        Case("lethal injections are literal", "Das Gericht billigte den Einsatz von Giftspritzen.", []),
        Case("english suits", "The suits at the bank want you to forget it.", "en",
             [Term("The suits", "belittling", "used")]),
        Case("english running for one's life", "Villagers ran for their lives as the dam broke.", "en",
             [Term("ran for their lives", "alarmist", "used")]),
        Case("english power grab", "The decree is a naked power grab.", "en",
             [Term("power grab", "demonising", "used")]),
        Case("english nonsense", "The plan is utter nonsense.", "en", [Term("utter nonsense", "belittling", "used")]),
        Case("english partisan label", "The woke mob has won again.", "en", [Term("woke mob", "propaganda", "used")]),
        Case("woke as the past of wake", "She woke up to the sound of sirens.", "en", []),
        Case("english possessive", "The regime's thugs beat the marchers.", "en",
             [Term("regime's", "demonising", "used"), Term("thugs", "demonising", "used")]),
    ]

    static let voices: [Case] = [
        Case("label between a split verb and its particle", "Die Grünen werfen dem Minister Zynismus vor.",
             [Term("Zynismus", "demonising", "reported")]),
        Case("label between als and the verb", "Als Schwachsinn bezeichnete der Minister den Plan.",
             [Term("Schwachsinn", "belittling", "reported")]),
        Case("the same label in the writer's voice", "Der Plan des Ministers ist Schwachsinn.",
             [Term("Schwachsinn", "belittling", "used")]),
    ]

    @Test(arguments: families + voices)
    func loadedTerms(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
    }

    typealias RoleCase = SentenceRoleCase

    static let roles: [RoleCase] = [
        RoleCase(rule: "items under a heading of demands", blocks: [
            "Leck im Rathaus", "Die Stadt hat die Daten zu spät gemeldet.", "# Unsere Forderungen",
            "Eine unabhängige Prüfung des Vorfalls.",
        ], language: "de", role: .opinion, why: "section headed by stance: Unsere Forderungen"),
        RoleCase(rule: "items under a plain subheading", blocks: [
            "Leck im Rathaus", "Die Stadt hat die Daten zu spät gemeldet.", "# Der Ablauf",
            "Eine Prüfung des Vorfalls läuft seit Montag.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "an exclamation heading opens no section", blocks: [
            "Fähre fällt aus", "Die Fähre fährt nicht.", "# Achtung!", "Der Ersatzbus fährt ab dem Markt.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "english reader urged under a heading", blocks: [
            "Airline collapse", "The airline has stopped flying.", "# Why you must act now",
            "Every claim is checked within a week.",
        ], language: "en", role: .opinion, why: "section headed by appeal"),
        RoleCase(rule: "answer to the writer's question", blocks: [
            "Datenleck", "Warum sparte die Versicherung an der Sicherheit?", "Weil billig vor sicher geht.",
        ], language: "de", role: .opinion, why: "answer to the writer's question: Weil"),
        RoleCase(rule: "english answer to the writer's question", blocks: [
            "Data leak", "Why did the insurer pick a cheap contractor?", "Because cheap beats safe.",
        ], language: "en", role: .opinion, why: "answer to the writer's question: Because"),
        RoleCase(rule: "a because clause without a question before it", blocks: [
            "Data leak", "The insurer picked a cheap contractor.", "Because of the leak, the regulator opened an inquiry.",
        ], language: "en", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "the outlet speaks of itself", blocks: [
            "Volcano erupts", "The lava reached the village.", "The Blaze says: the council must answer for every home.",
        ], language: "en", publisher: "The Daily Blaze", role: .opinion, why: "stance: the outlet speaks"),
        RoleCase(rule: "another outlet is a source", blocks: [
            "Volcano erupts", "The lava reached the village.", "The Ledger says the council must answer for every home.",
        ], language: "en", publisher: "The Daily Blaze", role: .reporting, why: "attributed"),
        RoleCase(rule: "a clock time states no amount", blocks: [
            "Kundgebung", "Die Airline ist pleite.", "Alle am Samstag um 11 Uhr zur Kundgebung vor Halle Nr. 1!",
        ], language: "de", role: .opinion, why: "exclamation"),
        RoleCase(rule: "an amount still makes an exclamation tabloid reporting", blocks: [
            "Streik", "Die Bahn streikt.", "Tausende stehen um 11 Uhr am Bahnsteig!",
        ], language: "de", role: .reporting, why: "reporting"),
        RoleCase(rule: "a writer's question with a verb of saying after the comma", blocks: [
            "Pleite", "Die Airline ist pleite.", "Wer soll das noch glauben, wenn die nächste Sanierung verkündet wird?",
        ], language: "de", role: .opinion, why: "rhetorical question"),
        RoleCase(rule: "a question someone asked", blocks: [
            "Pleite", "Die Airline ist pleite.", "Wie geht es weiter, fragte die Betriebsrätin.",
        ], language: "de", role: .reporting, why: "attributed: fragte"),
        RoleCase(rule: "common knowledge", blocks: [
            "Lawine", "Zwei Skifahrer starben.", "Die Berge geben, und die Berge nehmen, das weiß hier jedes Kind.",
        ], language: "de", role: .opinion, why: "evaluation: weiß"),
        RoleCase(rule: "all the more important", blocks: [
            "Lawine", "Zwei Skifahrer starben.", "Umso wichtiger ist es, dass jetzt niemand vorschnell urteilt.",
        ], language: "de", role: .opinion, why: "appeal: Umso wichtiger ist"),
        RoleCase(rule: "two terms of contempt judge", blocks: [
            "Pleite", "Die Airline ist pleite.", "Die Heuschrecken der Holding haben die Airline ausgesaugt.",
        ], language: "de", role: .opinion, why: "judgement: Heuschrecken, ausgesaugt"),
        RoleCase(rule: "one epithet alone reports", blocks: [
            "Angriff", "Schiffe wurden getroffen.", "Das Terror-Regime hat wieder zugeschlagen.",
        ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "tabloid alarm piles up in reporting", blocks: [
            "Volcano", "The volcano erupted.", "Terrified islanders ran for their lives as the monster volcano blew.",
        ], language: "en", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(rule: "the writer demands a resignation", blocks: [
            "Affäre", "Die Akten sind verschwunden.", "Der Minister muss zurücktreten.",
        ], language: "de", role: .opinion, why: "appeal: muss zurücktreten"),
        RoleCase(rule: "a commentator's demand is reported", blocks: [
            "Affäre", "Die Akten sind verschwunden.", "Der Minister muss zurücktreten, kommentierte der Oppositionschef.",
        ], language: "de", role: .reporting, why: "attributed: kommentierte"),
        RoleCase(rule: "english urged is a verb of saying", blocks: [
            "Scandal", "The files are gone.", "The mayor urged residents to demand that the minister must resign.",
        ], language: "en", role: .reporting, why: "attributed"),
        RoleCase(rule: "the outlet's advice", blocks: [
            "Data leak", "The insurer lost the data.", "Our advice: cancel your policy today.",
        ], language: "en", role: .opinion, why: "stance: Our advice"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }

    struct HeadlineCase: Sendable, CustomTestStringConvertible {
        var headline: String
        var language: String
        var sensational: Bool
        var testDescription: String { headline }
    }

    static let headlines: [HeadlineCase] = [
        HeadlineCase(headline: "Harbour Scandal: Globalist Bank Hands Your Savings to Cyber-Crooks", language: "en",
                     sensational: true),
        HeadlineCase(headline: "Regime schickt Truppen an die Grenze", language: "de", sensational: false),
        HeadlineCase(headline: "Zwangsschließung im Rathaus: Die Panikmache der Bürokraten", language: "de", sensational: false),
    ]

    @Test(arguments: headlines)
    func packedHeadline(_ testCase: HeadlineCase) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([testCase.headline, "Der Bericht folgt."], language: testCase.language), claims: [])
        #expect(article.framing.sensationalHeadline == testCase.sensational, "\(article.framing.headlineWhy ?? "")")
    }
}
