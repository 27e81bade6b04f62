import ParallaxTesting
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// Property tests over generated number forms: every non-quantity form (dates, times, years, phone
/// numbers, ordinals, ages) yields no quantity, and every quantity form yields the generated value.
/// Failures report the seed (`PARALLAX_SEED` reproduces a run).
@Suite struct NumberFormPropertyTests {
    static let germanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    private func quantities(_ text: String, _ language: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test func nonQuantitiesYieldNothing() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let day = Int.random(in: 1...28, using: &generator), month = Int.random(in: 1...12, using: &generator)
            let year = Int.random(in: 1950...2035, using: &generator), hour = Int.random(in: 0...23, using: &generator)
            let minute = Int.random(in: 0...59, using: &generator), age = Int.random(in: 2...99, using: &generator)
            let rank = Int.random(in: 1...30, using: &generator)
            let phone = (0..<Int.random(in: 6...9, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let forms: [(String, String)] = [
                ("de", "am \(day). \(Self.germanMonths[month - 1]) \(year)"),
                ("de", "am \(day).\(month).\(year)"),
                ("de", "um \(hour):\(minute < 10 ? "0" : "")\(minute) Uhr"),
                ("de", "im Jahr \(year)"),
                ("de", "Tel. 0\(phone)"),
                ("de", "+49 \(phone)"),
                ("de", "der \(rank). Platz"),
                ("de", "der \(age)-Jährige"),
                ("de", "eine \(age)-jährige Frau"),
                ("en", "on \(Self.englishMonths[month - 1]) \(day), \(year)"),
                ("en", "in \(year)"),
                ("en", "at \(hour):\(minute < 10 ? "0" : "")\(minute)"),
                ("en", "a \(age)-year-old man"),
                ("en", "he was \(age) years old"),
            ]
            for (language, text) in forms {
                let found = quantities(text, language)
                #expect(found.isEmpty, "seed \(seed): \(text) gave \(found)")
            }
        }
    }

    @Test func quantityFormsYieldTheirValue() {
        let seed = SeededGenerator.testSeed
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let low = Int.random(in: 2...900, using: &generator), high = low + Int.random(in: 1...900, using: &generator)
            let tenths = Int.random(in: 1...9, using: &generator), whole = Int.random(in: 1...99, using: &generator)
            let forms: [(String, String, Double?, Double?, Double?, String?)] = [
                ("de", "zwischen \(low) und \(high) Soldaten", nil, Double(low), Double(high), "soldier"),
                ("de", "\(low) bis \(high) Menschen", nil, Double(low), Double(high), "person"),
                ("en", "between \(low) and \(high) people", nil, Double(low), Double(high), "person"),
                ("en", "\(low) to \(high) people", nil, Double(low), Double(high), "person"),
                ("de", "\(whole),\(tenths) Millionen Euro", (Double(whole) + Double(tenths) / 10) * 1e6, nil, nil, "eur"),
                ("de", "\(whole) Mrd. Euro", Double(whole) * 1e9, nil, nil, "eur"),
                ("en", "$\(whole)bn", Double(whole) * 1e9, nil, nil, "usd"),
                ("en", "£\(whole).\(tenths)m", (Double(whole) + Double(tenths) / 10) * 1e6, nil, nil, "gbp"),
                ("en", "€\(whole) million", Double(whole) * 1e6, nil, nil, "eur"),
                ("de", "\(whole),\(tenths) Prozent", Double(whole) + Double(tenths) / 10, nil, nil, "percent"),
                ("en", "\(whole).\(tenths)%", Double(whole) + Double(tenths) / 10, nil, nil, "percent"),
            ]
            for (language, text, value, rangeLow, rangeHigh, unit) in forms {
                let found = quantities(text, language)
                func close(_ left: Double?, _ right: Double?) -> Bool {
                    switch (left, right) {
                    case (nil, nil): true
                    case let (left?, right?): abs(left - right) <= abs(right) * 1e-9
                    default: false
                    }
                }
                let ok = found.count == 1 && close(found[0].value, value) && close(found[0].low, rangeLow)
                    && close(found[0].high, rangeHigh) && found[0].unit == unit
                #expect(ok, "seed \(seed): \(text) gave \(found)")
            }
        }
    }
}
