import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A span of time before an event (`sechs Monate nach`, `six hours before the`) only dates the event, unless a qualifier
/// word bounds it: then it states a deadline or the least or most time between two events, a length of time (round 26,
/// quantity26: `QuantityFinder+Context.swift`, `isBoundedSpanBeforeEvent`). Sentences written for these tests.
@Suite struct BoundedSpanBeforeEventTests {
    static func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("Der Antrag muss spätestens vier Wochen nach der Zustellung eingehen.", "de", 4.0, "week", Quantity.Qualifier.upTo),
        ("Die Frist endet spätestens zwei Jahre nach Vertragsschluss.", "de", 2.0, "year", .upTo),
        ("Das Ergebnis lag erst mehr als drei Tage nach der Abstimmung vor.", "de", 3.0, "day", .moreThan),
        ("The alarm was raised more than five hours before the crew left port.", "en", 5.0, "hour", .moreThan),
        ("Claims must be filed no later than three months after the ruling.", "en", 3.0, "month", .upTo),
        ("Voters were told at least two days before the poll.", "en", 2.0, "day", .atLeast),
    ])
    func countsBoundedSpan(_ text: String, _ language: String, _ value: Double, _ unit: String, _ qualifier: Quantity.Qualifier) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.value == value && $0.unit == unit && $0.qualifier == qualifier }, "\(found)")
    }

    @Test(arguments: [
        ("Drei Tage nach der Wahl trat der Minister zurück.", "de"),
        ("Etwa zwei Jahre nach dem Umzug schloss der Laden.", "de"),
        ("Four days after the storm the road reopened.", "en"),
        ("About six hours before the match the gates were shut.", "en"),
    ])
    func leavesDatingSpan(_ text: String, _ language: String) {
        let found = Self.quantities(text, language)
        #expect(found.isEmpty, "\(found)")
    }
}
