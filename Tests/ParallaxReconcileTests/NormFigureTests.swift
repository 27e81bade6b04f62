import Testing

@testable import ParallaxReconcile

/// Round 32 of grouping (branch groups32): a norm — the lower bound of a condition ("erst ab einer Dicke von 15
/// Zentimetern", "Betriebe ab 50 Beschäftigten") or the level a rule permits or asks for ("zulässig sind 50
/// Mikrogramm", "the maximum permitted 40 tonnes") — is a threshold, grouped apart from the measured level of its
/// unit, and meets a norm of its number in another report. Invented reports: the cases of
/// `Fixtures/distinct-quantities.json` named "(round 32)".
@Suite struct NormFigureTests {
    static let cases = DistinctionTests.cases.filter { $0.name.hasSuffix("(round 32)") }

    @Test func theCasesLoad() {
        #expect(Self.cases.count == 5)
    }

    @Test(arguments: cases)
    func normsStandApartFromMeasuredLevels(_ example: DistinctionTests.Fixture.Case) {
        example.check()
    }

    /// The norm cues are read as threshold kinds, before the number only.
    @Test(arguments: ["ab", "ab einer", "zulässigen", "permissible", "maximum permitted"])
    func normCuesLoad(_ phrase: String) {
        let cue = ClaimGrouper.distinctionCues.kinds.first { $0.phrase == phrase }
        #expect(cue?.label == "threshold")
        #expect(cue?.after == nil)
    }
}
