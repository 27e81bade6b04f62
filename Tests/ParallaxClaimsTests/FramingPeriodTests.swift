import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A span of time after `binnen`, `innerhalb (von)` or `within` is a deadline, an `up-to` duration — unless another figure
/// follows it at once: then it is the period that figure was measured over, a frame and no quantity of its own (round 27,
/// quantity27: `QuantityFinder+FramingPeriod.swift`). Sentences written for these tests.
@Suite struct FramingPeriodTests {
    static func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    static let spanUnits: Set<String> = ["second", "minute", "hour", "day", "week", "month", "year"]

    @Test(arguments: [
        ("An der Station fielen binnen zwölf Stunden 64 Liter Regen.", "de", 64.0, "litre"),
        ("Die Aktie verlor innerhalb von drei Tagen mehr als 40 Prozent.", "de", 40.0, "percent"),
        ("Innerhalb einer Woche, rund 300 Menschen meldeten sich.", "de", 300.0, "person"),
        ("Within 48 hours, more than 900 people were brought ashore.", "en", 900.0, "person"),
        ("Within two weeks about 1,200 homes were reconnected.", "en", 1200.0, "house"),
    ])
    func leavesFramingPeriod(_ text: String, _ language: String, _ value: Double, _ unit: String) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.value == value && $0.unit == unit }, "\(found)")
        #expect(!found.contains { $0.unit.map(Self.spanUnits.contains) ?? false }, "\(found)")
    }

    @Test(arguments: [
        ("Der Betreiber habe die Behörden binnen 30 Minuten informiert.", "de", 30.0, "minute"),
        ("Die Prüfung soll innerhalb von sechs Monaten abgeschlossen sein.", "de", 6.0, "month"),
        ("The council must publish its findings within 90 days.", "en", 90.0, "day"),
        ("Crews restored power within 12 hours, the operator said.", "en", 12.0, "hour"),
        ("Binnen fünf Jahren 2031 soll das Werk fertig sein.", "de", 5.0, "year"),
    ])
    func keepsDeadline(_ text: String, _ language: String, _ value: Double, _ unit: String) {
        let found = Self.quantities(text, language)
        #expect(found.contains { $0.value == value && $0.unit == unit && $0.qualifier == .upTo }, "\(found)")
    }
}
