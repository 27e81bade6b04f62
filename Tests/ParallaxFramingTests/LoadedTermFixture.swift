import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// The line formats of the framing fixtures (`Fixtures/*-terms.txt`, `Fixtures/*-roles.txt`): tab-separated fields,
/// `#` comments; the loaded-term lines and what the analyser finds in their sentences. Shared by
/// ``HyphenNegationAndNeutralUseTests``, ``EvaluativeFormTests``, ``MetaphorDomainTests``,
/// ``LoadedVocabularyByCategoryTests`` and the other suites that read such a fixture.
enum LoadedTermFixture {
    typealias Term = LoadedTermTests.Term

    /// A loaded-term pattern as a derivation rule's test lists it (file "test", line 1).
    static func pattern(_ label: String, _ source: String, _ context: String? = nil) throws -> LexiconPattern {
        try LexiconPattern(label: label, source: source, list: .loadedTerms, file: "test", line: 1, context: context)
    }

    struct TermLine: Sendable, CustomTestStringConvertible {
        var language: String
        var publisher: String?
        var expected: [Term]
        var sentence: String
        var testDescription: String { sentence }
    }

    struct RoleLine: Sendable, CustomTestStringConvertible {
        var language: String
        var role: String
        var sentence: String
        var testDescription: String { sentence }
    }

    /// The tab-separated fields of a fixture's lines, comments left out.
    static func fields(_ name: String, count: Int) -> [[String]] {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { raw in
            if raw.hasPrefix("#") { return nil }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == count ? fields : nil
        }
    }

    /// The lines of a loaded-term fixture (`language`, publisher or `-`, expected `text/category/usage` entries joined
    /// by ` | ` or `-`, sentence), shared by the suites that read one.
    static func termLines(_ name: String) -> [TermLine] {
        fields(name, count: 4).map { fields in
            let expected: [Term] =
                fields[2] == "-"
                ? []
                : fields[2].components(separatedBy: " | ").map { entry in
                    let parts = entry.split(separator: "/").map(String.init)
                    return Term(parts[0], parts[1], parts[2])
                }
            return TermLine(
                language: fields[0], publisher: fields[1] == "-" ? nil : fields[1], expected: expected, sentence: fields[3])
        }
    }

    /// The loaded terms the analyser finds in a fixture line's sentence (after a heading), as `text/category/usage`.
    static func found(in line: TermLine) -> [Term] {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(["Bericht", line.sentence], language: line.language, publisher: line.publisher),
            claims: [])
        return article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
    }

    /// The six categories of `loaded-terms.txt`, which a breadth-by-category fixture covers.
    static let allCategories: Set<String> = ["glorifying", "demonising", "alarmist", "belittling", "euphemism", "propaganda"]

    /// The categories a fixture's expected terms name.
    static func categories(of lines: [TermLine]) -> Set<String> {
        Set(lines.flatMap { $0.expected.map(\.category) })
    }
}
