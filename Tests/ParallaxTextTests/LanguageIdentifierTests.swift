import Testing

@testable import ParallaxText

@Suite struct LanguageIdentifierTests {
    static let cases: [(String, String)] = FixtureFile.rows("languages").compactMap { row in
        row.count == 2 ? (row[0], row[1]) : nil
    }

    @Test func fixtureCoversEveryLanguage() {
        let expected: Set<String> = ["de", "en", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "bg", "und"]
        #expect(Set(Self.cases.map(\.0)) == expected)
        #expect(Set(LanguageIdentifier().languages).isSuperset(of: expected.subtracting(["und"])))
    }

    @Test(arguments: cases)
    func identifies(expected: String, text: String) {
        let guess = LanguageIdentifier().identify(text)
        #expect(guess.code == expected, "\(guess)")
        if expected != "und" { #expect(guess.confidence > 0.3, "\(guess)") }
    }

    @Test func tooShortIsUndetermined() {
        #expect(LanguageIdentifier().identify("Der Mann").code == "und")
        #expect(LanguageIdentifier().identify("").code == "und")
    }

    @Test(arguments: [
        ("Він сказав, що їхня країна є незалежною і ґрунтується на праві.", "uk"),
        ("Он сказал, что эта страна объявила об этом ещё вчера.", "ru"),
        ("Той каза, че държавата ще обяви решението си в събота.", "bg"),
    ])
    func cyrillicLanguagesAreTold(text: String, expected: String) {
        #expect(LanguageIdentifier().identify(text).code == expected)
    }
}
