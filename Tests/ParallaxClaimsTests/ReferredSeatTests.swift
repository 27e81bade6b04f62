import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Seats counted after a definite article refer to members the reader knows (`Die 40 Abgeordneten, denen …`): no `won`; a
/// party's seats without one keep it, and troops after an article stay deployed. Sentences written for these tests from general
/// knowledge of both languages (round 17).
@Suite struct ReferredSeatTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die 40 Abgeordneten, denen ein Verfahren droht, gehören drei Fraktionen an.", value: 40,
              unit: "seat", measure: nil),
        .init(language: "de", sentence: "Der Ausschuss beriet über die Immunität der 40 Abgeordneten.", value: 40, unit: "seat",
              measure: nil),
        .init(language: "de", sentence: "Im neuen Landtag stellt die Partei 40 Abgeordnete.", value: 40, unit: "seat", measure: "won"),
        .init(language: "en", sentence: "The 300 soldiers guarding the border were relieved on Monday.", value: 300, unit: "soldier",
              measure: "deployed"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.quantity?.unit == expected.unit)
        #expect(claim.measure == expected.measure)
    }
}
