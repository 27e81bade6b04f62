import ParallaxModel
import Testing
@testable import ParallaxClaims

/// In English, a bare integer after a capitalised word that is no common word names a thing by its number (`Route 66`,
/// `Interstate 95`); a count after a name keeps its noun, part or currency, a qualifier or currency code before it stays a
/// figure, and German, which capitalises every noun, is left alone. Sentences written for these tests.
@Suite struct NumberedNameTests {
    static func figures(_ language: String, _ sentence: String) -> [Double?] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: sentence)).map(\.quantity.value)
    }

    @Test(arguments: ["The crash closed Interstate 95 near the river.", "Fans gathered outside Gate 7.",
                      "Users still running Windows 10 get no updates."])
    func numberedNameIsNoFigure(_ sentence: String) {
        #expect(Self.figures("en", sentence).isEmpty)
    }

    /// Nouns of `numbered-things.txt` name a thing by the bare figure after them in either language; a count after them
    /// keeps its noun.
    @Test(arguments: [("de", "Der Zug hielt auf Gleis 3."), ("de", "Die Linie 5 fällt heute aus."),
                      ("en", "Passengers waited at gate 7 for hours.")])
    func numberedThingIsNoFigure(_ language: String, _ sentence: String) {
        #expect(Self.figures(language, sentence).isEmpty)
    }

    @Test func countAfterANumberedThingStays() {
        #expect(Self.figures("de", "In der Nacht standen auf dem Gleis 3 Waggons.") == [3])
    }

    /// A score or tally joined by a glued dash falling to its second figure is no count; a rising pair is a range.
    @Test(arguments: ["The visitors won 3-1 on Saturday.", "The court ruled 5-4 in favour.", "Call 555-0199 for details."])
    func scoreIsNoFigure(_ sentence: String) {
        #expect(Self.figures("en", sentence).isEmpty)
    }

    @Test func risingPairIsARange() {
        let found = QuantityFinder(pack: LanguagePack.pack(for: "en")).find(in: ClaimTokenizer.tokens(of: "Roughly 40-50 people were hurt."))
        #expect(found.map(\.quantity.low) == [40])
    }

    @Test(arguments: [
        ("en", "In Kursk 300 soldiers died, the ministry said.", 300.0),
        ("en", "The count gives the Civic Alliance 68 of the 150 seats.", 68),
        ("en", "Rent rose by at least EUR 320 a month.", 320),
        ("en", "Some 300 were hurt.", 300),
        ("de", "Nach Angaben der Polizei wurden 30 verletzt.", 30),
    ])
    func countAfterANameStays(_ language: String, _ sentence: String, _ value: Double) {
        #expect(Self.figures(language, sentence).first == value)
    }
}
