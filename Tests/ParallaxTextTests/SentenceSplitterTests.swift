import Foundation
import Testing

@testable import ParallaxText

/// One row of `Fixtures/sentences.tsv`.
struct SplitCase: CustomTestStringConvertible, Sendable {
    var language: String
    var name: String
    var paragraph: String
    var expected: [String]

    var testDescription: String { "\(language): \(name)" }

    static let all: [SplitCase] = FixtureFile.rows("sentences").compactMap { row in
        guard row.count == 4 else { return nil }
        return SplitCase(
            language: row[0], name: row[1], paragraph: row[2], expected: row[3].components(separatedBy: " ¶ "))
    }
}

@Suite struct SentenceSplitterTests {
    @Test func fixtureIsLoaded() {
        #expect(SplitCase.all.count >= 40)
        #expect(Set(SplitCase.all.map(\.language)) == ["de", "en"])
    }

    @Test(arguments: SplitCase.all)
    func splits(_ example: SplitCase) {
        let spans = SentenceSplitter(language: example.language).split(example.paragraph)
        #expect(spans.map(\.text) == example.expected)
        for span in spans {
            let utf16 = Array(example.paragraph.utf16)
            #expect(String(decoding: utf16[span.start..<span.end], as: UTF16.self) == span.text)
        }
    }

    @Test func unknownLanguageUsesAllAbbreviations() {
        let spans = SentenceSplitter(language: "xx").split("Dr. Müller kam z. B. spät. Dann ging er.")
        #expect(spans.map(\.text) == ["Dr. Müller kam z. B. spät.", "Dann ging er."])
    }

    @Test func baseOffsetIsAdded() {
        let spans = SentenceSplitter(language: "en").split("  One. Two.  ", baseOffset: 10)
        #expect(spans == [SentenceSpan(text: "One.", start: 12, end: 16), SentenceSpan(text: "Two.", start: 17, end: 21)])
    }

    @Test func emptyAndBlankTextHaveNoSentences() {
        #expect(SentenceSplitter(language: "de").split("").isEmpty)
        #expect(SentenceSplitter(language: "de").split("  \n ").isEmpty)
    }
}
