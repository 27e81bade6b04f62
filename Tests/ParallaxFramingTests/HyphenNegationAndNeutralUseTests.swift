import Foundation
import ParallaxModel
import Testing

@testable import ParallaxFraming

/// Round 13 (dev10 studied): a hyphenated compound found as its closed form, "nicht" before an article in
/// mid-clause negating the verb rather than the loaded noun, the outlet's own verb of saying, the families
/// added to the lexicons, their neutral uses, and the roles of negligence proceedings and naming verbs in
/// Konjunktiv I — from `Fixtures/hyphen-negation-neutral-terms.txt` and `Fixtures/proceedings-and-naming-roles.txt`.
@Suite struct HyphenNegationAndNeutralUseTests {
    typealias TermLine = LoadedTermFixture.TermLine
    typealias RoleLine = LoadedTermFixture.RoleLine

    static let terms: [TermLine] = LoadedTermFixture.termLines("hyphen-negation-neutral-terms")

    static let roles: [RoleLine] = LoadedTermFixture.fields("proceedings-and-naming-roles", count: 3).map {
        RoleLine(language: $0[0], role: $0[1], sentence: $0[2])
    }

    @Test func fixturesAreThere() {
        #expect(Self.terms.count >= 20)
        #expect(Self.roles.count >= 5)
    }

    @Test(arguments: terms)
    func loadedTerms(_ line: TermLine) {
        #expect(LoadedTermFixture.found(in: line) == line.expected)
    }

    @Test(arguments: roles)
    func role(_ line: RoleLine) {
        let article = FramingAnalyzer().analyze(ArticleMaker.single(line.sentence, language: line.language), claims: [])
        #expect(article.sentences.last?.role.rawValue == line.role)
    }
}
