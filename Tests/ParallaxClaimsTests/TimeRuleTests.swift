import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Time rules of round 3: `seit dem`, `bis` + weekday looks ahead, the publication day for event
/// claims of an article that dates nothing else; invented sentences, published Tuesday 2026-04-14.
@Suite struct TimeRuleTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        ("de", "Die Behörde hat seit dem 9. Februar insgesamt 63 Masernfälle registriert.", 63, "2026-02-09", "2026-04-14"),
        ("de", "Laut Bahn fallen bis Donnerstag 1.840 Verbindungen aus.", 1840, "2026-04-14", "2026-04-16"),
        ("en", "The operator said 1,840 services would be cancelled until Thursday.", 1840, "2026-04-14", "2026-04-16"),
        ("de", "Mindestens 38 Menschen kamen ums Leben.", 38, "2026-04-14", "2026-04-14"),
        ("en", "Up to 7,000 troops were deployed.", 7000, nil, nil),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }
}
