import Foundation
import ParallaxModel
import Testing

@testable import ParallaxReconcile

/// A figure left without a measure whose article gives another number of the same unit on another named source's word,
/// in the same sentence or in the sentence before one that sets it against it ("dagegen", "however", "while"), is that
/// number's rival: one group, conflicting (`FigureClusters+RivalSources.swift`). One source's two numbers, two sources
/// in neighbouring sentences without a contrast, or numbers more than a factor of three apart stay two things.
/// Invented sentences.
@Suite struct RivalSourceTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var language: String
        var unit: String
        /// The article's first sentence and figure (the first source's).
        var first: (sentence: String, figure: String, value: Double, source: String)
        /// The second figure, its sentence (`nil`: the first sentence) and source.
        var second: (sentence: String?, figure: String, value: Double, source: String)
        /// Another report's figure of the first number, without a source.
        var other: (sentence: String, figure: String)
        var rivals: Bool
        var testDescription: String { "«\(second.figure)» (\(second.source)) beside «\(first.figure)» (\(first.source)) → \(rivals ? "rivals" : "apart")" }
    }

    static let cases: [Case] = [
        Case(
            language: "de", unit: "tonne",
            first: ("Nach Angaben der Küstenwache liefen mindestens 1.200 Tonnen Öl aus.", "mindestens 1.200 Tonnen", 1200, "coast guard"),
            second: ("Die Reederei spricht dagegen von rund 400 Tonnen.", "rund 400 Tonnen", 400, "shipping company"),
            other: ("Mindestens 1.200 Tonnen Öl sind ins Meer gelaufen.", "Mindestens 1.200 Tonnen"), rivals: true),
        Case(
            language: "en", unit: "person",
            first: ("The union said more than 18,000 teachers walked out, while the ministry counted about 11,500.", "more than 18,000 teachers", 18000, "union"),
            second: (nil, "about 11,500", 11500, "education ministry"),
            other: ("More than 18,000 teachers were on strike.", "More than 18,000 teachers"), rivals: true),
        Case(
            language: "en", unit: "tonne",
            first: ("The coast guard said at least 1,200 tonnes had leaked.", "at least 1,200 tonnes", 1200, "coast guard"),
            second: ("The operator, however, put the figure at about 400 tonnes.", "about 400 tonnes", 400, "operator"),
            other: ("At least 1,200 tonnes of oil spilled.", "At least 1,200 tonnes"), rivals: true),
        // Two sources in neighbouring sentences without a contrast: two things (travelled on; arrived elsewhere).
        Case(
            language: "de", unit: "person",
            first: ("Am Sonntag seien rund 7.000 Menschen weitergereist, teilte die Polizei mit.", "rund 7.000 Menschen", 7000, "police"),
            second: ("In der Nachbarregion kamen am Sonntag mehr als 7.300 Menschen an, wie das Ministerium mitteilte.", "mehr als 7.300 Menschen", 7300, "interior ministry"),
            other: ("Rund 7.000 Menschen reisten am Sonntag weiter.", "Rund 7.000 Menschen"), rivals: false),
        // One source's two numbers: two things.
        Case(
            language: "de", unit: "tonne",
            first: ("Nach Angaben der Küstenwache liefen mindestens 1.200 Tonnen Öl aus.", "mindestens 1.200 Tonnen", 1200, "coast guard"),
            second: ("Die Küstenwache hat dagegen rund 400 Tonnen abgepumpt.", "rund 400 Tonnen", 400, "coast guard"),
            other: ("Mindestens 1.200 Tonnen Öl sind ins Meer gelaufen.", "Mindestens 1.200 Tonnen"), rivals: false),
        // More than a factor of three apart: "a ransom of €5 million" beside the damage, whoever gives them.
        Case(
            language: "en", unit: "eur",
            first: ("Investigators put the damage at up to €50 million, while the gang demanded €5 million.", "up to €50 million", 50_000_000, "investigators"),
            second: (nil, "€5 million", 5_000_000, "police"),
            other: ("The damage could reach €50 million.", "€50 million"), rivals: false),
    ]

    @Test(arguments: cases)
    func aSecondSourcesNumberWithoutAMeasure(_ example: Case) {
        var story = StoryBuilder()
        let a = story.article(publisher: "Wire", language: example.language)
        let b = story.article(publisher: "Paper", language: example.language)
        let first = StoryBuilder.Figure(
            text: example.first.figure, value: example.first.value, qualifier: .atLeast, unit: example.unit, source: example.first.source)
        let second = StoryBuilder.Figure(
            text: example.second.figure, value: example.second.value, qualifier: .about, unit: example.unit, source: example.second.source)
        if let sentence = example.second.sentence {
            story.sentence(a, example.first.sentence, [first])
            story.sentence(a, sentence, [second])
        } else {
            story.sentence(a, example.first.sentence, [first, second])
        }
        story.sentence(b, example.other.sentence, [
            StoryBuilder.Figure(text: example.other.figure, value: example.first.value, qualifier: .atLeast, unit: example.unit)
        ])
        let result = reconcile(story)
        #expect(together("c1", "c3", in: result), "\(result.groups.map(\.claims))")
        #expect(together("c1", "c2", in: result) == example.rivals, "\(result.groups.map(\.claims))")
        if example.rivals { #expect(group(of: "c2", in: result)?.status == .conflicting) }
    }

    @Test(arguments: ["dagegen", "hingegen", "jedoch", "während", "however", "while", "whereas", "but"])
    func adversativeConnectivesOfBothLanguages(word: String) {
        #expect(FigureClusters.contrastWords.contains(word))
    }

    @Test(arguments: [("a3.s12", 12), ("a10.s1", 1), ("x", nil)] as [(String, Int?)])
    func sentencePositionFromItsID(id: String, position: Int?) {
        let article = Article(id: "a1", input: "a1.txt", publisher: "Wire", language: "en")
        let claim = Claim(
            id: "c1", article: "a1", sentence: id, text: "40 people", kind: .quantity,
            quantity: Quantity(value: 40, unit: "person"))
        let fact = ClaimFacts(claim: claim, article: article, lexicon: .forLanguage("en"))
        #expect(FigureClusters.sentenceNumber(fact) == position)
    }
}
