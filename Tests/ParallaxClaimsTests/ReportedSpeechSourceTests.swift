import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 16 (sources by discourse structure, cross-checked across writers): verbs of reported speech that name the
/// speaker of the subjunctive after them but not of indicative figures beside them, the accused after `gegen` who never
/// speaks, a party the article named before cited by one word next to a cue, and the authors of press releases and
/// statements (`Fixtures/reported-speech-sources.json`, invented sentences; the indicative, denial and compound cases
/// are negative), the speaker named before a colon with no verb (a list of results is no statement), and the verbs of
/// saying completed by their missing forms (`teilten … mit`; `teilt` without `mit` shares).
@Suite struct ReportedSpeechSourceTests {
    static let cases = FigureCase.load("reported-speech-sources")

    @Test func fixtureLoads() {
        #expect(Self.cases.count >= 21)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// The verbs of reported speech are read as such in every form of the family, and the verbs of plain saying are
    /// not.
    @Test(arguments: [
        ("kritisierte", true), ("kritisieren", true), ("erhob", true), ("erheben", true), ("beklagte", true), ("monierte", true),
        ("bestritt", true), ("sagte", false), ("teilte", false), ("laut", false),
    ])
    func reportedSpeechVerb(_ word: String, _ reportedOnly: Bool) throws {
        let pack = LanguagePack.pack(for: "de", sample: "")
        let tokens = ClaimTokenizer.tokens(of: word)
        let cue = try #require(pack.cues.match(tokens, at: 0))
        #expect(cue.value.reportedOnly == reportedOnly)
    }
}
