import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Real-text round: quotation tracking in tokenised text (spaced straight and single marks, apostrophes
/// that are no quotes, a quotation over several one-line sentences) and one count per term and sentence
/// — on invented sentences written for these tests.
@Suite struct QuotationTrackingTests {
    typealias Term = LoadedTermTests.Term
    typealias Case = LoadedTermContextTests.Case
    typealias RoleCase = SentenceRoleCase

    struct SpanCase: Sendable, CustomTestStringConvertible {
        var rule: String
        var text: String
        var quoted: [String]
        var testDescription: String { rule }
    }

    static let spans: [SpanCase] = [
        SpanCase(rule: "spaced single marks", text: "The mayor calls the plan ' absurd ' .", quoted: ["absurd"]),
        SpanCase(rule: "a clitic after a space", text: "It 's absurd , and they 're right .", quoted: []),
        SpanCase(
            rule: "a possessive after a space", text: "The mayor 's plan and the \" new \" road .", quoted: ["new"]),
        SpanCase(rule: "a plural possessive", text: "The voters ' anger and the parties ' answer .", quoted: []),
        SpanCase(rule: "a decade", text: "Songs of the ' 90s and the '80s return .", quoted: []),
        SpanCase(
            rule: "a typographic opening closed straight", text: "Their claims of ‘ losses ' and more .",
            quoted: ["losses"]),
        SpanCase(
            rule: "spaced speech in single marks", text: "He said ' I need help . ' and left .",
            quoted: ["I need help ."]),
        SpanCase(
            rule: "an unpaired single mark opens nothing", text: "The ' plan and the \" road \" .", quoted: ["road"]),
        SpanCase(rule: "attached single marks still pair", text: "They call it 'reform' now .", quoted: ["reform"]),
    ]

    @Test(arguments: spans)
    func quotedSpans(_ testCase: SpanCase) {
        let quotes = QuoteSpans(in: testCase.text)
        let utf8 = Array(testCase.text.utf8)
        let found = quotes.ranges.map {
            String(
                String(decoding: utf8[$0], as: UTF8.self).drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        }
        #expect(found == testCase.quoted)
    }

    @Test func openQuotationCrossesTheSentence() {
        let opened = QuoteSpans(in: "\" It is absurd .")
        #expect(opened.endsOpen && opened.crossesSentence == [true])
        let continued = QuoteSpans(in: "It is wrong , \" she said .", startsInside: true)
        #expect(!continued.endsOpen && continued.crossesSentence == [true])
        let closed = QuoteSpans(in: "She said \" it is absurd . \"")
        #expect(!closed.endsOpen && closed.crossesSentence == [false])
        let lone = QuoteSpans(in: "\"")
        #expect(!lone.endsOpen)
    }

    struct MarksCase: Sendable, CustomTestStringConvertible {
        var text: String
        var marks: QuoteContinuation.Marks
        var testDescription: String { text }
    }

    static let marks: [MarksCase] = [
        MarksCase(text: "I want to go home , \" he said .", marks: .closes),
        MarksCase(text: "\"", marks: .closes),
        MarksCase(text: "\" It is absurd .", marks: .opens),
        MarksCase(text: "It is absurd .", marks: .none),
        MarksCase(text: "She praised what she called a \" special bond .", marks: .balanced),
        MarksCase(text: "He said \" yes \" twice .", marks: .balanced),
    ]

    @Test(arguments: marks)
    func sentenceMarks(_ testCase: MarksCase) {
        #expect(QuoteContinuation.marks(of: testCase.text) == testCase.marks)
    }

    static let terms: [Case] = [
        Case(
            "a quotation closed in the next one-line paragraph",
            blocks: [
                "Report", "\" As far as the war goes , I want out .",
                "I want to bring our brave soldiers home , \" the senator said .",
            ], "en", [Term("brave", "glorifying", "reported")]),
        Case(
            "a sentence inside a quotation over three paragraphs",
            blocks: [
                "Report", "\" It is insane .", "It is ridiculous .", "It should never have happened , \" she said .",
            ],
            "en", [Term("insane", "belittling", "reported"), Term("ridiculous", "belittling", "reported")]),
        Case(
            "a quotation nobody closes ends with its sentence",
            blocks: ["Report", "\" It is insane .", "The ridiculous plan was dropped ."], "en",
            [Term("insane", "belittling", "reported"), Term("ridiculous", "belittling", "used")]),
        Case(
            "a sentence that opens its own quotation",
            blocks: ["Report", "\" It is insane .", "\" It is ridiculous , \" she said ."], "en",
            [Term("insane", "belittling", "reported"), Term("ridiculous", "belittling", "reported")]),
        Case(
            "a phrase quoted after a word opens rather than closes",
            blocks: ["Report", "\" It is insane .", "The mayor praised a \" brave plan ."], "en",
            [Term("insane", "belittling", "reported"), Term("brave", "glorifying", "reported")]),
        Case(
            "spaced single marks in a report of speech", "The mayor said the plan was ' insane ' .", "en",
            [Term("insane", "belittling", "reported")]),
        Case(
            "an apostrophe swallows no double marks", "The mayor 's \" brave \" plan failed .", "en",
            [Term("brave", "glorifying", "distancing")]),
        Case(
            "one count per term and sentence", "The dictator met another dictator .", "en",
            [Term("dictator", "demonising", "used")]),
        Case(
            "a lede printed twice counts once",
            blocks: ["Report", "The dictator spoke at noon .", "The dictator spoke at noon ."], "en",
            [Term("dictator", "demonising", "used")]),
    ]

    @Test(arguments: terms)
    func loadedTerms(_ testCase: Case) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language), claims: [])
        let found = article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
        #expect(found == testCase.expected)
    }

    static let roles: [RoleCase] = [
        RoleCase(
            rule: "speech continued from the paragraph before, however long its attribution",
            blocks: [
                "Report", "\" We will rebuild the bridge .",
                "It should never have closed , \" the mayor said of the bridge at the council meeting on Monday as her deputy sat beside her .",
            ], language: "en", role: .quote, why: "quote: direct speech"),
        RoleCase(
            rule: "a sentence inside a quotation over three paragraphs",
            blocks: [
                "Report", "\" We will rebuild the bridge .", "It is our duty .", "We owe it to them , \" she said .",
            ],
            language: "en", role: .quote, why: "quote"),
    ]

    @Test(arguments: roles)
    func continuedSpeechRoles(_ testCase: RoleCase) {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(testCase.blocks, language: testCase.language, publisher: testCase.publisher),
            claims: [])
        let sentence = article.sentences.last { $0.text.contains("duty") } ?? article.sentences.last
        #expect(sentence?.role == testCase.role)
        #expect(sentence?.why?.hasPrefix(testCase.why) == true)
    }
}
