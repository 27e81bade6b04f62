import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A spelled figure shouted in capitals with its noun (`for NINE HOURS`): in a language that does not capitalise nouns a
/// capitalised word after a figure is read as a name, but a run in capitals names nothing, so the noun counts (round 18).
/// A figure in digits keeps the name test (`5 US soldiers`). Sentences written for these tests.
@Suite struct ShoutedCountTests {
    static func first(_ text: String) -> QuantityMention? {
        QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text)).first
    }

    @Test(arguments: [
        ("The crew waited for SIX HOURS in the cold.", "hour", 6.0),
        ("Rescuers spent THREE DAYS digging.", "day", 3.0),
        ("Staff were told TWELVE PATIENTS had been moved.", "patient", 12.0),
        ("It took TWO WEEKS to reopen the road.", "week", 2.0),
    ])
    func readsTheShoutedNoun(text: String, unit: String, value: Double) throws {
        let found = try #require(Self.first(text))
        #expect(found.quantity.unit == unit)
        #expect(found.quantity.value == value)
    }

    /// Capitals after a figure in digits, or after a lower-case figure, still open a name or an acronym.
    @Test(arguments: [
        ("Some 5 US soldiers were wounded.", "soldier"),
        ("Officials said 3 NATO troops were hurt.", "soldier"),
    ])
    func keepsAcronymsAfterDigits(text: String, unit: String) throws {
        let found = try #require(Self.first(text))
        #expect(found.quantity.unit == unit)
    }

    @Test(arguments: [
        ("NINE", "HOURS", true), ("Nine", "HOURS", false), ("NINE", "Hours", false), ("9", "HOURS", false),
        ("TWO", "A", false), ("ÜBER", "ZWÖLF", true),
    ])
    func shoutedRunNeedsTwoCapitalWords(figure: String, word: String, shouted: Bool) throws {
        let tokens = ClaimTokenizer.tokens(of: "\(figure) \(word)")
        try #require(tokens.count == 2)
        #expect(QuantityFinder.isShoutedRun(tokens[0], tokens[1]) == shouted)
    }
}
