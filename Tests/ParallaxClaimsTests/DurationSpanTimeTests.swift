import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A span of hours dated by the day it starts runs to the day it ends, when it is the action's length (a compound
/// adjective or after `für`/`for`); after `nach`, `within` it stays the day. Invented sentences, published Tuesday 2026-04-14.
@Suite struct DurationSpanTimeTests {
    static let cases: [(String, String, Double, String?, String?)] = [
        ("en", "Dockers began a 48-hour strike on Tuesday.", 48, "2026-04-14", "2026-04-16"),
        ("de", "Die Fahrer legen am Dienstag für 24 Stunden die Arbeit nieder.", 24, "2026-04-14", "2026-04-15"),
        ("de", "Am Dienstag begann der 72-stündige Ausstand der Lotsen.", 72, "2026-04-14", "2026-04-17"),
        ("en", "The border reopened on Tuesday after 48 hours of closure.", 48, "2026-04-14", "2026-04-14"),
        // Whole days count their first day (round 24): a two-day strike from Monday covers Monday and Tuesday.
        ("en", "Nurses began a two-day strike on Monday.", 2, "2026-04-13", "2026-04-14"),
        ("en", "Lock keepers stopped work for three days on Monday.", 3, "2026-04-13", "2026-04-15"),
        ("de", "Die Lotsen legten am Montag für drei Tage die Arbeit nieder.", 3, "2026-04-13", "2026-04-15"),
        ("en", "The ferry resumed service on Monday after two days of storms.", 2, "2026-04-13", "2026-04-13"),
    ]

    @Test(arguments: 0..<cases.count) func dates(_ index: Int) throws {
        let (language, sentence, value, start, end) = Self.cases[index]
        try ClaimTimeExpectation.expect(language, sentence, value: value, start: start, end: end)
    }
}
