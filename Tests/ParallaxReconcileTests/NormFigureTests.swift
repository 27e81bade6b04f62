import Testing

@testable import ParallaxReconcile

/// Round 32 of grouping (branch groups32): a norm — the lower bound of a condition ("erst ab einer Dicke von 15
/// Zentimetern", "Betriebe ab 50 Beschäftigten") or the level a rule permits or asks for ("zulässig sind 50
/// Mikrogramm", "the maximum permitted 40 tonnes"; after the number in English: "firms with 50 staff and above") — is a threshold, grouped apart from the measured level of its
/// unit, and meets a norm of its number in another report. Invented reports: the cases of
/// `Fixtures/distinct-quantities.json` named "(round 32)".
@Suite struct NormFigureTests {
    static let cases = DistinctionTests.cases.filter { $0.name.hasSuffix("(round 32)") }

    @Test func theCasesLoad() {
        #expect(Self.cases.count == 6)
    }

    @Test(arguments: cases)
    func normsStandApartFromMeasuredLevels(_ example: DistinctionTests.Fixture.Case) {
        example.check()
    }

    /// The norm cues are read as threshold kinds, before the number, or after it for the English lower bound.
    @Test(arguments: [
        ("ab", false), ("ab einer", false), ("zulässigen", false), ("permissible", false), ("maximum permitted", false),
        ("and over", true), ("and above", true),
    ])
    func normCuesLoad(_ example: (phrase: String, after: Bool)) {
        let cue = ClaimGrouper.distinctionCues.kinds.first { $0.phrase == example.phrase }
        #expect(cue?.label == "threshold")
        #expect((cue?.after != nil) == example.after)
        #expect((cue?.before != nil) == !example.after)
    }
}
