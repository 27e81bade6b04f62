import ParallaxTesting
import Foundation
import ParallaxModel
import Testing

@testable import ParallaxText

@Suite struct ArticleTextBuilderTests {
    static let document = CleanDocument(
        input: "test.html", declaredLanguage: "de-AT",
        blocks: [
            TextBlock(kind: .heading, text: "Nordkoreanische Soldaten in Kursk"),
            TextBlock(kind: .paragraph, text: "Die Regierung bestätigte am 28. April den Einsatz. Dr. Kim widersprach."),
            TextBlock(kind: .paragraph, text: "  Es gibt z. B. Berichte über Verluste  "),
        ])

    @Test func bodySentencesAndRoles() {
        let text = ArticleTextBuilder().build(document: Self.document, articleID: "a1")
        #expect(text.body == Self.document.blocks.map(\.text).joined(separator: "\n\n"))
        #expect(text.language == "de")
        #expect(text.sentences.map(\.id) == ["a1.s1", "a1.s2", "a1.s3", "a1.s4"])
        #expect(text.sentences.map(\.text) == [
            "Nordkoreanische Soldaten in Kursk", "Die Regierung bestätigte am 28. April den Einsatz.",
            "Dr. Kim widersprach.", "Es gibt z. B. Berichte über Verluste",
        ])
        #expect(text.sentences.map(\.role) == [.heading, .reporting, .reporting, .reporting])
        #expect(text.sentences.map(\.paragraph) == [0, 1, 1, 2])
        Self.expectOffsetsSliceBack(text)
    }

    @Test func headingWithPeriodsStaysOneSentence() {
        let document = CleanDocument(
            input: "x", blocks: [TextBlock(kind: .heading, text: "Krieg. Frieden. Und dann?")])
        let text = ArticleTextBuilder().build(document: document, articleID: "a2")
        #expect(text.sentences.map(\.text) == ["Krieg. Frieden. Und dann?"])
        #expect(text.sentences.first?.role == .heading)
    }

    @Test func blocksNeverShareASentence() {
        let document = CleanDocument(
            input: "x", blocks: [TextBlock(kind: .paragraph, text: "Ohne Punkt"), TextBlock(kind: .paragraph, text: "weiter hier.")])
        let text = ArticleTextBuilder().build(document: document, articleID: "a3")
        #expect(text.sentences.map(\.text) == ["Ohne Punkt", "weiter hier."])
    }

    @Test(arguments: [
        ("Der Mann", "fr", "fr"),  // too short: declared wins
        ("Der Mann", nil, "und"),
        ("Die Regierung hat am Mittwoch gesagt, dass sie nicht zurücktreten wird.", "en", "de"),
        ("Die Regierung hat am Mittwoch gesagt, dass sie nicht zurücktreten wird.", nil, "de"),
    ] as [(String, String?, String)])
    func languageFallsBackToDeclared(text: String, declared: String?, expected: String) {
        let document = CleanDocument(input: "x", declaredLanguage: declared, blocks: [TextBlock(kind: .paragraph, text: text)])
        #expect(ArticleTextBuilder().build(document: document, articleID: "a").language == expected)
    }

    /// Property: for random documents every sentence's offsets slice back to its text, sentences are
    /// ordered, trimmed and inside their block.
    @Test func offsetsSliceBackOnRandomDocuments() {
        let seed: UInt64 = 0xC0FF_EE00
        var generator = SeededGenerator(seed: seed)
        for round in 0..<300 {
            let blocks = (0..<Int.random(in: 1...5, using: &generator)).map { _ in
                TextBlock(kind: Bool.random(using: &generator) ? .paragraph : .heading, text: RandomText.paragraph(using: &generator))
            }
            let text = ArticleTextBuilder().build(document: CleanDocument(input: "x", blocks: blocks), articleID: "r")
            Self.expectOffsetsSliceBack(text, context: "seed \(seed) round \(round)")
        }
    }

    static func expectOffsetsSliceBack(_ text: ArticleText, context: String = "") {
        let utf16 = Array(text.body.utf16)
        var previousEnd = 0
        for sentence in text.sentences {
            #expect(sentence.start >= previousEnd && sentence.end <= utf16.count, "\(context)")
            guard sentence.start >= previousEnd, sentence.end <= utf16.count, sentence.start < sentence.end else { return }
            #expect(String(decoding: utf16[sentence.start..<sentence.end], as: UTF16.self) == sentence.text, "\(context)")
            #expect(sentence.text.trimmingCharacters(in: .whitespacesAndNewlines) == sentence.text, "\(context)")
            #expect(!String(decoding: utf16[sentence.start..<sentence.end], as: UTF16.self).contains("\n\n"), "\(context)")
            previousEnd = sentence.end
        }
    }
}
