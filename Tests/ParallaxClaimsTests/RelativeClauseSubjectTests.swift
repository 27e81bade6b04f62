import Testing

@testable import ParallaxClaims

/// A body or its back-reference before a relative clause that ends right before a verb of saying is the verb's subject, as a
/// named person there is (round 35, carry35; before: only persons and names).
@Suite struct RelativeClauseSubjectTests {
    @Test(arguments: [
        ("A chemical leak at the Hallmark Chemie plant polluted the river on Tuesday.", "The company, which has about 4,200 staff at the site, says some 8,000 litres leaked.", "8,000 litres", "hallmark chemie"),
        ("A chemical leak at the Hallmark Chemie plant polluted the river on Tuesday.", "The company, which has about 4,200 staff at the site, said some 6,000 litres leaked.", "6,000 litres", "hallmark chemie"),
    ])
    func bodyBeforeTheRelativeClauseSpeaks(first: String, second: String, figure: String, source: String) {
        let found = CoordinatedSpeakerTests.sources([first, second], language: "en")
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }

    /// The figure inside the relative clause stays the writer's; a name before the clause speaks as before.
    @Test(arguments: [
        ("The company, which has about 4,200 staff at the site, says some 8,000 litres leaked.", "4,200 staff", nil as String?),
        ("Hallmark Chemie, which has about 4,200 staff, says some 7,000 litres leaked.", "7,000 litres", "hallmark chemie"),
    ])
    func othersStay(sentence: String, figure: String, source: String?) {
        let found = CoordinatedSpeakerTests.sources(["A chemical leak polluted the river on Tuesday.", sentence], language: "en")
        #expect(CoordinatedSpeakerTests.source(of: figure, in: found) == .some(source), "\(found)")
    }
}
