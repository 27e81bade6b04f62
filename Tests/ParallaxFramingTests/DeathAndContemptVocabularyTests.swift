import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 10: classes of loaded vocabulary an unseen writer used (places of death, buried alive,
/// evaluative "fatal", bosses, people carted like freight, public money burnt, the backward as contempt,
/// lives as the price, "killer" before any natural hazard), the death report's "jede Hilfe kam zu spät"
/// as no evaluation, and headline cues a literal use covers — on invented sentences written for these
/// tests.
@Suite struct DeathAndContemptVocabularyTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    static let classes: [Case] = [
        Case("a place of death", "Die Todesstraße fordert ihr nächstes Opfer.", [Term("Todesstraße", "alarmist", "used")]),
        Case("the plain death words stay plain", "Die Todesursache ist noch unklar.", []),
        Case(
            "walled in alive", "Die Arbeiter sitzen eingemauert im Stollen.",
            [Term("eingemauert", "alarmist", "used")]),
        Case("evaluative fatal", "Das war ein fataler Fehler.", [Term("fataler", "alarmist", "used")]),
        Case("fatalism is no judgement", "Im Dorf herrscht Fatalismus.", []),
        Case("bosses", "Die Bosse entscheiden allein.", [Term("Bosse", "demonising", "used")]),
        Case(
            "people carted like freight", "Die Kranken werden quer durch das Land gekarrt.",
            [Term("gekarrt", "alarmist", "used")]),
        Case(
            "a compound of carted", "Die Fans wurden herangekarrt.",
            [Term("herangekarrt", "alarmist", "used")]),
        Case(
            "public money burnt", "Die Stadt hat das Geld für Gutachten verpulvert.",
            [Term("verpulvert", "demonising", "used")]),
        Case(
            "the backward as contempt", "Die Ämter arbeiten mit Technik aus der Steinzeit.",
            [Term("aus der Steinzeit", "belittling", "used")]),
        Case("archaeology's Stone Age is literal", "Im Moor lagen Funde aus der Steinzeit.", []),
        Case(
            "lives as the price", "Der Konzern spielt mit Menschenleben.",
            [Term("mit Menschenleben", "alarmist", "used")]),
        Case(
            "english killer before a hazard", "The killer typhoon flattened the town.", "en",
            [Term("killer typhoon", "alarmist", "used")]),
        Case(
            "english money down the drain", "The council poured the grant down the drain.", "en",
            [Term("down the drain", "demonising", "used")]),
    ]

    @Test(arguments: classes)
    func loadedTerms(_ testCase: Case) {
        testCase.check()
    }

    static let roles: [RoleCase] = [
        RoleCase(
            rule: "help came too late is a death report",
            blocks: ["Unfall", "Ein Lkw erfasste das Kind.", "Für das Mädchen kam jede Hilfe zu spät."],
            language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "a response that came too late is still judged",
            blocks: ["Unfall", "Ein Lkw erfasste das Kind.", "Die Ampel kam viel zu spät."],
            language: "de", role: .opinion, why: "evaluation"),
        RoleCase(
            rule: "english help came too late",
            blocks: ["Crash", "A lorry hit the child.", "Help came too late for the girl."],
            language: "en", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "squandering and contempt by contrast are the writer's judgement",
            blocks: [
                "Kliniken", "Die Notaufnahme ist geschlossen.",
                "Während Steuergeld verpulvert wird, arbeiten die Ämter mit Technik aus der Steinzeit.",
            ], language: "de", role: .opinion, why: "judgement"),
        RoleCase(
            rule: "an unlikeable mayor in the writer's voice",
            blocks: ["Hafen", "Der Senat legte den Plan vor.", "Der Bürgermeister ist unsympathisch."],
            language: "de", role: .opinion, why: "evaluation: unsympathisch"),
        RoleCase(
            rule: "an unlikeable mayor in the minister's words",
            blocks: ["Hafen", "Der Senat legte den Plan vor.", "Der Bürgermeister sei unsympathisch, sagte die Ministerin."],
            language: "de", role: .reporting, why: "attributed"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }

    static let headlines: [(headline: String, language: String, sensational: Bool)] = [
        ("Storm slams into the northern coast, killing four", "en", false),
        ("Mayor slams the harbour plan", "en", true),
    ]

    @Test(arguments: headlines)
    func literalHeadlineCue(_ headline: String, _ language: String, _ sensational: Bool) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article([headline, "The council met on Monday."], language: language), claims: [])
        #expect(article.framing.sensationalHeadline == sensational, "\(article.framing.headlineWhy ?? "nil")")
    }
}
