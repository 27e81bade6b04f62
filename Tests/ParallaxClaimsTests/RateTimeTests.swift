import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Round 29 (measure29): a figure given per a span of time (`jährlich rund 900 Tonnen`, `40,000 commuters a day`) is a standing
/// rate and takes no time from the context; a time of its own sentence still dates it, and a phrase of a span followed by a word
/// that makes it a time of its own (`am Tag nach dem Sturm`, `a day after the storm`) makes no rate. Invented sentences,
/// published Tuesday 2026-04-14 (Monday 2026-04-13).
@Suite struct RateTimeTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        ("de", "Die Molkerei verkauft jährlich rund 900 Tonnen Käse.", 900, nil, nil),
        ("de", "Betroffen sind rund 40.000 Pendler am Tag.", 40_000, nil, nil),
        ("en", "The plant delivers some 9,500 meals a day to schools.", 9_500, nil, nil),
        ("en", "Some 40,000 commuters a day are affected.", 40_000, nil, nil),
        // A time of its own sentence still dates a rate.
        ("de", "Das Werk lieferte im Jahr 2025 täglich rund 800 Tonnen.", 800, "2025-01-01", "2025-12-31"),
        // No rate: a day of its own.
        ("de", "Am Montag starben 12 Menschen, am Tag nach dem Sturm 3 weitere.", 3, "2026-04-13", "2026-04-13"),
        ("en", "Twelve people died on Monday and 3 more died a day after the storm.", 3, "2026-04-13", "2026-04-13"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }
}
