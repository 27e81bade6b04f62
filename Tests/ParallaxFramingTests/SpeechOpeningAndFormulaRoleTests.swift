import ParallaxModel
import ParallaxText
import Testing

@testable import ParallaxFraming

/// Round 11, second pass: sentence roles from the study of dev8 (speech that opens a sentence before a
/// long attribution, the writer's community qualified by a loaded word, disbelief and closing formulas, a
/// press release's sender) and the appositive before a relative clause of saying — on invented sentences
/// written for these tests.
@Suite struct SpeechOpeningAndFormulaRoleTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    static let roles: [RoleCase] = [
        RoleCase(
            rule: "speech that opens the sentence before a long attribution",
            blocks: [
                "Harbour", "The harbour reopened on Monday.",
                "“We're fishing again, mostly,” said Ann Lowe, who has run the fish stall on Quay Street for thirty years.",
            ], language: "en", role: .quote, why: "quote: direct speech"),
        RoleCase(
            rule: "German speech that opens the sentence before a long attribution",
            blocks: [
                "Hafen", "Der Hafen ist wieder offen.",
                "„Wir fahren wieder raus“, sagte Anna Lobe, die seit dreißig Jahren den Fischstand am Kai betreibt und im Gemeinderat sitzt.",
            ], language: "de", role: .quote, why: "quote: direct speech"),
        RoleCase(
            rule: "a quoted phrase at the start without a verb of saying is no speech",
            blocks: [
                "Harbour", "The harbour reopened on Monday.",
                "“Business as usual,” the sign on the door of the closed fish stall on Quay Street read for weeks in the rain.",
            ], language: "en", role: .reporting, why: "reporting"),
        RoleCase(
            rule: "our brave officers: the writer takes the readers' side",
            blocks: [
                "Riot", "The riot began at midnight.", "Our brave prison officers were left to face the inmates alone.",
            ],
            language: "en", role: .opinion, why: "side taken: Our brave"),
        RoleCase(
            rule: "unsere Helden: the writer takes the readers' side",
            blocks: [
                "Lawine", "Die Lawine ging um drei Uhr ab.",
                "Unsere Helden von der Bergrettung gruben die ganze Nacht.",
            ],
            language: "de", role: .opinion, why: "side taken: Unsere Helden"),
        RoleCase(
            rule: "a speaker's 'unsere' apart from the loaded word is not the writer's side",
            blocks: [
                "Verein", "Der Verein löst sich auf.",
                "Zum Schluss haben wir Feiglinge dazubekommen, mit denen wir unsere Probleme hatten.",
            ], language: "de", role: .reporting, why: "reporting: no opinion cue"),
        RoleCase(
            rule: "disbelief of a claim the writer reports",
            blocks: [
                "Prison", "The prison was full.", "This was no accident, as the ministry would have you believe.",
            ],
            language: "en", role: .opinion, why: "evaluation: would have you believe"),
        RoleCase(
            rule: "the facts speak for themselves",
            blocks: ["Prison", "The prison was full.", "The facts speak for themselves."],
            language: "en", role: .opinion, why: "evaluation"),
        RoleCase(
            rule: "a closing reflection",
            blocks: ["Hochwasser", "Das Wasser ist abgeflossen.", "Was bleibt, ist ein Dorf, das zusammenhält."],
            language: "de", role: .opinion, why: "moralising"),
        RoleCase(
            rule: "a demand that it be soon",
            blocks: [
                "Hochwasser", "Das Wasser ist abgeflossen.",
                "Die Frage nach dem Damm wird sich die Gemeinde stellen müssen, und zwar bald.",
            ], language: "de", role: .opinion, why: "appeal: und zwar bald"),
        RoleCase(
            rule: "punishment demanded",
            blocks: ["Riot", "The riot began at midnight.", "Lock them up – and throw away the key."],
            language: "en", role: .opinion, why: "appeal: throw away the key"),
    ]

    @Test(arguments: roles)
    func role(_ testCase: RoleCase) throws {
        try testCase.check()
    }

    /// A press release without a publisher: the sender line above the headline, then the body.
    static func release(sender: String, headline: String, body: [String]) -> Article {
        var blocks = [TextBlock(kind: .paragraph, text: sender), TextBlock(kind: .heading, text: headline)]
        blocks += body.map { TextBlock(kind: .paragraph, text: $0) }
        let document = CleanDocument(input: "r1.txt", publisher: nil, declaredLanguage: "de", blocks: blocks)
        let text = ArticleTextBuilder().build(document: document, articleID: "r1")
        return Article(
            id: "r1", input: document.input, publisher: nil, language: text.language, body: text.body,
            sentences: text.sentences)
    }

    @Test(arguments: [
        ("Der Mieterbund Talheim fordert deshalb eine Obergrenze.", Sentence.Role.opinion),
        ("Mieterbund Talheim fordert eine Obergrenze.", .opinion),
        ("Der Bürgermeister fordert eine Obergrenze.", .reporting),
    ])
    func senderSpeaks(_ sentence: String, _ role: Sentence.Role) throws {
        let article = FramingAnalyzer().analyze(
            Self.release(
                sender: "Mieterbund Talheim e. V.", headline: "Mieten steigen weiter",
                body: ["Die Mieten stiegen um vier Prozent.", sentence]),
            claims: [])
        let last = try #require(article.sentences.last)
        #expect(last.role == role, "\(last.why ?? "nil")")
    }

    static let appositives: [Case] = [
        Case(
            "an appositive before a relative clause of saying is the writer's",
            "The mayor , a self - confessed fan of the club , who has talked up the stadium plan , opened it .", "en",
            [Term("self - confessed", "belittling", "used")]),
        Case(
            "speech attributed after a comma stays the speaker's",
            "Das Regime hat versagt, sagte der Minister.", "de",
            [Term("Regime", "demonising", "reported")]),
        Case(
            "an article after the comma is no relative pronoun",
            "Das sei alles Blödsinn, die Polizei warnt vor nix, betont der Sprecher.", "de",
            [Term("Blödsinn", "belittling", "reported")]),
        Case(
            "German inverted speech after a parenthesis-like opening stays the speaker's",
            "Daher ist es inakzeptabel, sie nach ihrem grausamen Tod zur Schau zu stellen, sagte der Chef.", "de",
            [Term("grausamen", "alarmist", "reported")]),
    ]

    @Test(arguments: appositives)
    func appositive(_ testCase: Case) {
        testCase.check()
    }
}
