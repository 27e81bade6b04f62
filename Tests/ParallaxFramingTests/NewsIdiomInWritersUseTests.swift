import ParallaxModel
import Testing

@testable import ParallaxFraming

/// News idiom made the writer's evaluation by its use (round 26, `LoadedTermDetector+Register.swift`): words wire copy
/// writes when it reports (`@opinion`: "Skandal", "Katastrophe", "Debakel", "dramatic", "scandal") count in a plain
/// reporting sentence when an intensifier heightens them ("im völligen Debakel", "utterly dramatic") or when the
/// article shouts; a genre before a title names a work, and a
/// quotation or a verb of saying still hands the word to its speaker. Sentences written for these tests.
@Suite struct NewsIdiomInWritersUseTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let blocks: [String]
        let expected: [String]
        var testDescription: String { blocks[1] }
    }

    /// Two exclamations in the writer's voice after the sentence under test.
    static func shouting(_ sentence: String) -> [String] {
        ["Ärger in Lindhagen", sentence, "Wer zahlt jetzt dafür? Das darf nicht wahr sein!", "Und keiner tut etwas!"]
    }

    /// The same sentence in calm copy: a headline, no exclamation.
    static func calm(_ sentence: String) -> [String] {
        ["Ärger in Lindhagen", sentence, "Die Stadt will am Montag entscheiden.", "Eine Sitzung ist geplant."]
    }

    static let cases: [Case] = [
        // The intensifier heightens the idiom: the writer's label in any sentence.
        Case(blocks: calm("Der Umbau des Bahnhofs endete im völligen Debakel."), expected: ["völligen Debakel"]),
        Case(blocks: calm("Die Sanierung der Brücke wurde zur absoluten Katastrophe."), expected: ["absoluten Katastrophe"]),
        Case(blocks: calm("Der Umbau des Bahnhofs endete im Debakel."), expected: []),
        Case(blocks: calm("Die Sanierung der Brücke wurde zur Katastrophe."), expected: []),
        // The shouting register carries the idiom into every sentence of the writer's voice.
        Case(blocks: shouting("Die Sanierung der Brücke wurde zur Katastrophe."), expected: ["Katastrophe"]),
        Case(blocks: shouting("Der Skandal um die Schulküche zieht Kreise."), expected: ["Skandal"]),
        // A genre before a title names a work, shouting or not.
        Case(blocks: shouting("Die Bühne zeigt das Trauerspiel Maria Stuart."), expected: []),
        // Speech keeps the idiom its speaker's, in either form.
        Case(blocks: shouting("Der Bürgermeister sagte, der Umbau sei eine Katastrophe gewesen."), expected: []),
        Case(blocks: calm("„Der Umbau endete im völligen Debakel“, sagte eine Pendlerin."), expected: []),
        // A negation right before the idiom still denies it.
        Case(blocks: shouting("Die Sanierung der Brücke wurde keine Katastrophe."), expected: []),
    ]

    @Test(arguments: cases)
    func idiomByUse(_ example: Case) {
        let article = ArticleMaker.article(example.blocks)
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let target = analysed.sentences.first { $0.text == example.blocks[1] }?.id
        let used = analysed.framing.loaded.filter { $0.usage == "used" && $0.sentence == target }.map(\.text)
        #expect(used == example.expected)
    }

    /// English: the adverbial intensifiers of the list before an idiom adjective; the bare idiom stays wire copy.
    @Test(arguments: [
        ("The council meeting turned into an utterly dramatic night.", ["utterly dramatic"]),
        ("The council meeting turned into a dramatic night.", [String]()),
    ])
    func englishIntensifiedIdiom(_ sentence: String, _ expected: [String]) {
        let article = ArticleMaker.article(["Flood response in Merrow", sentence, "The council meets on Monday."])
        let analysed = FramingAnalyzer().analyze(article, claims: [])
        let target = analysed.sentences.first { $0.text == sentence }?.id
        let used = analysed.framing.loaded.filter { $0.usage == "used" && $0.sentence == target }.map(\.text)
        #expect(used == expected)
    }
}
