import Testing
@testable import ParallaxClaims

/// Reported speech interrupted by a quotation in the indicative (10kGNAD has lost its quotation marks) and resumed by a
/// Konjunktiv I form keeps its speaker; a Konjunktiv II stand-in (`wären`), a sentence opened by another party and a gap of
/// more than two sentences end the speaker's turn (`Fixtures/resumed-reported-speech.json`, invented sentences).
@Suite struct ResumedReportedSpeechTests {
    static let cases = FigureCase.load("resumed-reported-speech")

    @Test func fixtureLoads() {
        #expect(Self.cases.count == 4)
    }

    @Test(arguments: cases) func extracts(_ expected: FigureCase) throws {
        try expected.check()
    }

    /// The Konjunktiv II stand-ins are marked `conditional`; the Konjunktiv I forms are not.
    @Test(arguments: [("würde", true), ("wären", true), ("hätten", true), ("sei", false), ("habe", false), ("seien", false)])
    func conditionalForm(_ word: String, _ conditional: Bool) {
        let pack = LanguagePack.pack(for: "de", sample: "")
        let token = ClaimTokenizer.tokens(of: word)[0]
        #expect(pack.subjunctives.contains(token))
        #expect(pack.conditionalSubjunctives.contains(token) == conditional)
    }
}
