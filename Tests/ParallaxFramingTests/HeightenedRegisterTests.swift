import ParallaxModel
import Testing

@testable import ParallaxFraming

/// The heightened register (round 27, `ArticleRegister`, `FramingAnalyzer+Register.swift`): words that the wire writes
/// plainly and the tabloid, the partisan blog and the advertorial write as colour (`register-terms.txt`) count only in
/// an article that shows at least three signs of that register — a sensational headline, the writer's questions or
/// exclamations, an appeal to the reader, an opinion share of 0.3, a density of listed loaded terms. Each such term's
/// reason names the register and its signs. Sentences written for these tests.
@Suite struct HeightenedRegisterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let blocks: [String]
        let language: String
        let expected: [String]
        var testDescription: String { "\(language): \(blocks[1]) (\(blocks[0]))" }
    }

    /// An English article of the heightened register around `sentence`: an exclamation in the headline, two
    /// rhetorical questions and an appeal in the writer's voice.
    static func tabloid(_ sentence: String) -> [String] {
        [
            "JAILBREAK SHAME! County in uproar", sentence,
            "Who signed off on this? How many more warnings does the county need?", "Enough is enough.",
        ]
    }

    /// The same sentence in calm English copy.
    static func wire(_ sentence: String) -> [String] {
        [
            "County jail reviews security", sentence, "The county said a review would start on Monday.",
            "It gave no date.",
        ]
    }

    /// A German article of the heightened register around `sentence`.
    static func boulevard(_ sentence: String) -> [String] {
        [
            "SCHANDE VON LINDHAGEN! Wer stoppt das?", sentence,
            "Wer zahlt am Ende die Zeche? Wie lange schaut die Stadt noch zu?", "Es ist höchste Zeit.",
        ]
    }

    /// The same sentence in calm German copy.
    static func agentur(_ sentence: String) -> [String] {
        ["Polizei zieht Bilanz in Lindhagen", sentence, "Die Stadt will am Montag beraten.", "Ein Termin steht fest."]
    }

    static let cases: [Case] = [
        // The register admits its words; calm copy keeps them plain.
        Case(
            blocks: tabloid("Up to twelve lags escaped from the county jail on Sunday."), language: "en",
            expected: ["lags"]),
        Case(blocks: wire("Up to twelve lags escaped from the county jail on Sunday."), language: "en", expected: []),
        Case(blocks: tabloid("The cleaners at the jail are paid peanuts."), language: "en", expected: ["paid peanuts"]),
        Case(blocks: wire("The cleaners at the jail are paid peanuts."), language: "en", expected: []),
        Case(
            blocks: tabloid("The blast turned the depot into a fireball."), language: "en",
            expected: ["into a fireball"]),
        // Plain senses stay plain in any register: a literal fireball, a delay.
        Case(blocks: tabloid("A fireball lit up the depot on Sunday."), language: "en", expected: []),
        Case(blocks: tabloid("The guards on the night shift still had jet lag."), language: "en", expected: []),
        // Speech keeps the word its speaker's.
        Case(blocks: tabloid("“The lags ran straight past us,” said a guard."), language: "en", expected: []),
        Case(
            blocks: boulevard("Mehr als 20 Randalierer zogen am Samstag durch die Altstadt."), language: "de",
            expected: ["Randalierer"]),
        Case(
            blocks: agentur("Mehr als 20 Randalierer zogen am Samstag durch die Altstadt."), language: "de",
            expected: []),
        Case(
            blocks: boulevard("Gefährliche Kriminelle sind aus der Anstalt entkommen."), language: "de",
            expected: ["Gefährliche Kriminelle"]),
        Case(blocks: agentur("Gefährliche Kriminelle sind aus der Anstalt entkommen."), language: "de", expected: []),
        // A negation right before the word still denies it.
        Case(blocks: boulevard("Es waren keine Randalierer, sondern Schaulustige."), language: "de", expected: []),
    ]

    @Test(arguments: cases)
    func registerAdmitsItsWords(_ example: Case) {
        let article = ArticleMaker.article(example.blocks, language: example.language)
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let target = analysed.sentences.first { $0.text == example.blocks[1] }?.id
        let terms = analysed.framing.loaded.filter { $0.usage == "used" && $0.sentence == target }
        #expect(terms.map(\.text) == example.expected)
        for term in terms {
            #expect(term.why.contains("heightened register ("))
        }
    }

    /// The reason names the register and every sign found.
    @Test func reasonNamesTheSigns() {
        let article = ArticleMaker.article(
            Self.tabloid("Up to twelve lags escaped from the county jail on Sunday."), language: "en")
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let why = analysed.framing.loaded.first { $0.text == "lags" }?.why ?? ""
        #expect(why.contains("sensational headline"))
        #expect(why.contains("of 4 sentences the writer's questions or exclamations"))
        #expect(why.contains("1 appeal to the reader"))
    }

    struct Signs: Sendable, CustomTestStringConvertible {
        let headline: Bool
        let asks: Int
        let appeals: Int
        let sentences: Int
        let opinionShare: Double
        let density: Double
        let heightened: Bool
        var testDescription: String { "\(headline) \(asks)/\(sentences) \(appeals) \(opinionShare) \(density)" }
    }

    /// Three signs make the register; two do not. Many questions in a long essay are below the share.
    @Test(arguments: [
        Signs(headline: true, asks: 2, appeals: 1, sentences: 10, opinionShare: 0.1, density: 0, heightened: true),
        Signs(headline: true, asks: 2, appeals: 0, sentences: 10, opinionShare: 0.1, density: 0, heightened: false),
        Signs(headline: false, asks: 0, appeals: 0, sentences: 10, opinionShare: 0.4, density: 35, heightened: false),
        Signs(headline: true, asks: 0, appeals: 0, sentences: 10, opinionShare: 0.3, density: 20, heightened: true),
        Signs(headline: false, asks: 9, appeals: 1, sentences: 100, opinionShare: 0.35, density: 2, heightened: false),
        Signs(headline: false, asks: 12, appeals: 1, sentences: 100, opinionShare: 0.35, density: 2, heightened: true),
    ])
    func signsDecide(_ signs: Signs) {
        let register = ArticleRegister(
            sensationalHeadline: signs.headline, questionsAndExclamations: signs.asks, appeals: signs.appeals,
            sentences: signs.sentences, opinionShare: signs.opinionShare, loadedPerThousandWords: signs.density)
        #expect(register.isHeightened == signs.heightened)
    }

    @Test func evidenceReadsAsWritten() {
        let register = ArticleRegister(
            sensationalHeadline: true, questionsAndExclamations: 3, appeals: 2, sentences: 10, opinionShare: 0.4,
            loadedPerThousandWords: 51.6)
        #expect(
            register.evidence
                == "heightened register (sensational headline; 3 of 10 sentences the writer's questions or exclamations; "
                + "2 appeals to the reader; opinion share 0.40; 51.60 loaded terms per 1,000 words)")
    }
}
