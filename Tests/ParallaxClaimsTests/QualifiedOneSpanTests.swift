import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The indefinite article counts one span of time after a qualifier of amount (`bis zu einer Woche`, `mehr als ein Jahr`,
/// `up to an hour`; round 20), and the dative and genitive article-numeral counts one multiplier (`mehr als einer Million
/// Euro`). A span that dates (`vor fast einem Jahr`, `about a year ago`), an article with no qualifier (`für einen Tag`) or
/// after one that frames a deadline (`binnen einer Stunde`, `within an hour`), and `a decade` (ten years, which the unit
/// table reads as a year) count nothing. Sentences written for these tests.
@Suite struct QualifiedOneSpanTests {
    static func quantities(_ language: String, _ text: String) -> [Quantity] {
        QuantityFinder(pack: LanguagePack.pack(for: language)).find(in: ClaimTokenizer.tokens(of: text)).map(\.quantity)
    }

    @Test(arguments: [
        ("de", "Die Sperrung der Strecke könnte bis zu einer Woche dauern.", "week", Quantity.Qualifier.upTo),
        ("de", "Der Angeklagte saß mehr als ein Jahr in Untersuchungshaft.", "year", .moreThan),
        ("de", "Die Anlage steht seit über einem Jahr still.", "year", .moreThan),
        ("de", "Die Reparatur dauerte knapp eine Stunde.", "hour", .about),
        ("en", "Passengers were stranded for up to an hour.", "hour", .upTo),
        ("en", "The plant has been idle for more than a year.", "year", .moreThan),
        ("en", "The talks lasted almost a week.", "week", .about),
    ])
    func countsOneQualifiedSpan(language: String, text: String, unit: String, qualifier: Quantity.Qualifier) {
        let quantity = Self.quantities(language, text).first
        #expect(quantity?.value == 1)
        #expect(quantity?.unit == unit)
        #expect(quantity?.qualifier == qualifier)
    }

    @Test(arguments: [
        ("de", "Vor fast einem Jahr begann der Streik der Hafenarbeiter."),
        ("de", "Die Firma schloss das Werk für einen Tag."),
        ("en", "The strike began almost a year ago."),
        ("en", "The plant closed for a day."),
        ("en", "The dispute has dragged on for more than a decade."),
        ("de", "Die Feuerwehr war binnen einer Stunde vor Ort."),
        ("en", "Crews reached the site within an hour."),
    ])
    func countsNoSpan(language: String, text: String) {
        #expect(Self.quantities(language, text).isEmpty)
    }

    @Test(arguments: [
        ("de", "Der Verein nahm mehr als einer Million Euro an Spenden ein.", 1_000_000.0),
        ("de", "Die Bank schrieb rund einer Million Kunden einen Brief.", 1_000_000.0),
    ])
    func readsTheDativeArticleBeforeAMultiplier(language: String, text: String, value: Double) {
        #expect(Self.quantities(language, text).first?.value == value)
    }

    /// `einer` alone is a pronoun (`Einer der Verletzten`), no figure.
    @Test func aPronounIsNoFigure() {
        #expect(Self.quantities("de", "Einer der Verletzten schwebt in Lebensgefahr.").isEmpty)
    }

    /// Two article-numerals joined by `und` are two noun phrases, not one number (`der einen und einer weiteren`), while
    /// `and a half` still joins.
    @Test func articlesJoinNoNumber() {
        #expect(!Self.quantities("de", "Sie kam mit dem Bruder der einen und einer weiteren Person.").contains { $0.value == 2 })
        #expect(Self.quantities("en", "The rescue took four and a half hours.").first?.value == 4.5)
    }
}
