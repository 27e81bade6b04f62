import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Counted nouns of political and government news (round 18): bodies and groups of states keep their own label or name a
/// country (`six world powers`), `-ies` plurals of listed nouns (`treaties`, `parties`), the dollar named by its country,
/// vague multiples of a million, `a quarter million`, `a half-dozen`, and `over` as a particle of a verb (`spread over`).
/// Sentences written for these tests.
@Suite struct PoliticsCountedNounTests {
    static func quantities(_ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("At least four congressional committees have asked for the records.", "committee"),
        ("The pact was signed by Iran and five world powers.", "country"),
        ("Twenty member states objected to the levy.", "state"),
        ("The envoy negotiated three treaties in a year.", "treaty"),
        ("Eleven parties ran candidates in the district.", "party"),
        ("The fund paid out 40 million U.S. dollars.", "usd"),
        ("Border agents reported 3,100 apprehensions in March.", "apprehension"),
        ("Both chambers held votes, and 14 subcommittees met.", "committee"),
    ])
    func namesTheUnit(text: String, unit: String) {
        #expect(Self.quantities(text).contains { $0.unit == unit })
    }

    @Test(arguments: [
        ("The campaign spent tens of millions of dollars on ads.", 20_000_000.0),
        ("Lobbyists poured hundreds of millions of dollars into the race.", 200_000_000.0),
    ])
    func readsVagueMillions(text: String, low: Double) {
        #expect(Self.quantities(text).contains { $0.low == low && $0.qualifier == .atLeast && $0.unit == "usd" })
    }

    @Test(arguments: [
        ("The plan would create a quarter million jobs.", 250_000.0),
        ("A half-dozen governors signed the letter.", 6.0),
    ])
    func readsTheScaledNumber(text: String, value: Double) {
        #expect(Self.quantities(text).contains { $0.value == value })
    }

    /// `over` after a verb whose `over` means across or concerning is no bound; a bare `over` still is.
    @Test(arguments: [
        ("The notes were spread over 900 pages.", Quantity.Qualifier.exact),
        ("The two sides fought over 12 seats.", .exact),
        ("Over 900 pages were released.", .moreThan),
    ])
    func readsOverAfterAVerb(text: String, qualifier: Quantity.Qualifier) {
        #expect(Self.quantities(text).first?.qualifier == qualifier)
    }
}
