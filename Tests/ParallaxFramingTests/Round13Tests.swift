import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 13 (dev10 studied): a hyphenated compound found as its closed form, "nicht" before an article in
/// mid-clause negating the verb rather than the loaded noun, the outlet's own verb of saying, the families
/// added to the lexicons, their neutral uses, and the roles of negligence proceedings and naming verbs in
/// Konjunktiv I — from `Fixtures/round13-terms.txt` and `Fixtures/round13-roles.txt`.
@Suite struct Round13Tests {
    typealias Term = LoadedTermTests.Term

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
    /// by ` | ` or `-`, sentence), shared by the round suites that read one.
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

    static let terms: [TermLine] = termLines("round13-terms")

    /// The loaded terms the analyser finds in a fixture line's sentence (after a heading), as `text/category/usage`.
    static func found(in line: TermLine) -> [Term] {
        let article = FramingAnalyzer().analyze(
            ArticleMaker.article(["Bericht", line.sentence], language: line.language, publisher: line.publisher),
            claims: [])
        return article.framing.loaded.map { Term($0.text, $0.category ?? "", $0.usage ?? "") }
    }

    static let roles: [RoleLine] = fields("round13-roles", count: 3).map {
        RoleLine(language: $0[0], role: $0[1], sentence: $0[2])
    }

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 20)
        #expect(Self.roles.count >= 5)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(Self.found(in: line) == line.expected)
    }

    @Test(arguments: roles)
    func role(_ line: RoleLine) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(line.sentence, language: line.language), claims: [])
        #expect(article.sentences.last?.role.rawValue == line.role)
    }
}
