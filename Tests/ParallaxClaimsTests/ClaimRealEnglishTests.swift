import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 11 (the `realclaims-en` split of NewsWCL50 studied): the counted things and people of political news
/// (pages, documents, files, meetings, agencies, locations, lawyers), small spelled counts after `the` that refer back
/// (`the two leaders`), and tokenised month abbreviations before a day (`Jan . 8`). Sentences written for these tests
/// in the corpus's tokenised style (no corpus sentence).
@Suite struct ClaimRealEnglishTests {
    static let cases = RealTextCase.load("claims-real-en")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases) func extracts(_ expected: RealTextCase) throws {
        try expected.check()
    }
}
