import Foundation
import ParallaxModel
import Testing
@testable import ParallaxClaims

/// Round 14 (groups14): an act told in the passive names no doer by its form (`passive-auxiliaries.txt`): "The gunman
/// was arrested", "sei aber ignoriert worden" are statements though no party is named. Invented sentences
/// (`Fixtures/statements-round14.json`).
@Suite struct PassiveActTests {
    static let cases = StatementFamilyTests.Case.load("statements-round14")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 6)
    }

    @Test(arguments: cases) func findsTheAct(_ expected: StatementFamilyTests.Case) {
        expected.expectStatement(published: "2027-05-20")
    }

    /// An active act with no party stays no statement, and a passive act whose clause counts those it was done to
    /// ("Some 350 emergency workers were deployed") is the figure's claim, not a statement.
    @Test(arguments: [
        ("en", "Witnesses demanded answers .", "demanded"),
        ("en", "Some 350 emergency workers were deployed to the scene.", "deployed"),
    ])
    func noPartylessStatement(language: String, sentence: String, predicate: String) {
        let article = FixtureArticle.make(paragraphs: [["Kelm"], [sentence]], language: language, published: "2027-05-20")
        let statements = ClaimExtractor().extract(from: article).filter { $0.kind == .statement }
        #expect(!statements.contains { $0.statement?.predicate == predicate }, "\(statements.map { $0.statement?.predicate ?? "" })")
    }

    /// The auxiliary stands within three words before an English participle, anywhere earlier in a German clause, or
    /// right after the German participle; punctuation ends the search.
    @Test(arguments: [
        ("en", "The man was arrested", 3, true),
        ("en", "The man was , police said , arrested", 7, false),
        ("en", "Police arrested the man", 1, false),
        ("de", "Der Mann wurde am Abend in seiner Wohnung festgenommen", 8, true),
        ("de", "sei aber ignoriert worden", 2, true),
        ("de", "Die Polizei nahm den Mann fest", 2, false),
    ])
    func passiveShapes(language: String, text: String, index: Int, passive: Bool) {
        let pack = LanguagePack.pack(for: language, sample: text)
        let tokens = ClaimTokenizer.tokens(of: text)
        #expect(pack.passiveVoice.isPassive(tokens, at: index, length: 1) == passive, "\(tokens.map(\.text))")
    }
}
