import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 11 (dev8 and the `real` split studied; rules checked on 10kGNAD and NewsWCL50): speakers no lexicon lists
/// (`wie die Landesforstverwaltung mitteilte`, role compounds and names in apposition, abbreviations in brackets), cues
/// bound to their own clause past a semicolon or inside a later clause, report nouns naming their author, bodies named
/// after their seat, English possessive bodies and speakers before a relative clause, Konjunktiv I of frequent verbs,
/// and measures (survey shares, a participle before the noun, litres, arrests). Sentences written for these tests.
@Suite struct UnlistedSpeakerAndCueClauseTests {
    static let cases = RealSourceCase.load("unlisted-speakers-and-cue-clauses")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 26)
    }

    @Test(arguments: cases) func extracts(_ expected: RealSourceCase) throws {
        try expected.check()
    }
}
