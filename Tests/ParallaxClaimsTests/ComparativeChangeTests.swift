import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A comparative right after a share, a sum or a figure after `um`/`by` makes the figure a change (`um 30 Prozent mehr
/// Anträge` → increase); a year right after a verb of measure is no figure the verb governs (`starben 2019`); `schaffen` names a
/// share won in an article about an election. Sentences written for these tests from general knowledge of both languages
/// (round 17).
@Suite struct ComparativeChangeTests {
    static let cases: [ClaimCase] = [
        .init(language: "de", sentence: "Die Behörde bearbeitete um 30 Prozent mehr Anträge als im Vorjahr.", value: 30, unit: "percent",
              measure: "increase"),
        .init(language: "de", sentence: "Im Sommer kamen 12 Prozent weniger Gäste in die Stadt.", value: 12, unit: "percent",
              measure: "decrease"),
        .init(language: "de", sentence: "Diesmal waren es um 230 Stimmzettel weniger.", value: 230, unit: nil, measure: "decrease"),
        .init(language: "de", sentence: "Die Fahrt kostet künftig 4 Euro mehr.", value: 4, unit: "eur", measure: "increase"),
        .init(language: "en", sentence: "The charity received 20% more donations than a year ago.", value: 20, unit: "percent",
              measure: "increase"),
        // Guards: a comparative that modifies the verb after `als`/`than`; a bare count with `more` is an additional one.
        .init(language: "de", sentence: "Die Stadt hat die Quote von 2 Prozent mehr als erfüllt.", value: 2, unit: "percent", measure: nil),
        .init(language: "en", sentence: "The storm killed 15 more people on Sunday.", value: 15, unit: "person", measure: "killed"),
        // A year right after the verb dates it.
        .init(language: "de", sentence: "Auf den Straßen der Region starben 2019 insgesamt 48 Menschen.", value: 48, unit: "person",
              measure: "killed"),
        .init(language: "de", sentence: "Rund 64 Personen starben 2018 bei Lawinen.", value: 64, unit: "person", measure: "killed"),
    ]

    @Test(arguments: cases) func measures(_ expected: ClaimCase) throws {
        let claim = try expected.claim()
        #expect(claim.measure == expected.measure)
    }

    /// `schaffen` is `won` only in an article about an election (`election-measures.txt`).
    @Test(arguments: [
        ("Die Grünen schafften bei der Landtagswahl 14,2 Prozent.", "won"),
        ("Die Firma schaffte im Vorjahr 14 neue Lehrstellen.", nil),
    ] as [(String, String?)])
    func schaffenInElection(_ sentence: String, _ measure: String?) throws {
        let article = FixtureArticle.make(paragraphs: [["Titel"], [sentence]], language: "de", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 14.2 || $0.quantity?.value == 14 })
        #expect(claim.measure == measure)
    }
}
