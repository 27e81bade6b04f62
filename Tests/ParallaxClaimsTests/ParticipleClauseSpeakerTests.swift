import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// The speaker of a participle clause (``AttributionFinder/mainClauseSpeaker(of:at:tokens:entities:speakers:)``): a present
/// participle of saying after a comma takes the main clause's subject, whatever verb the main clause has; a participle after an
/// apposition or a relative clause is left to the other readings. Sentences written for this test.
@Suite struct ParticipleClauseSpeakerTests {
    static func sources(_ sentences: [String]) -> [String: String?] {
        let article = FixtureArticle.make(paragraphs: [["News"], sentences], language: "en", published: "2027-03-02")
        var found: [String: String?] = [:]
        for claim in ClaimExtractor().extract(from: article) where claim.kind == .quantity { found[claim.text] = claim.attribution?.source }
        return found
    }

    /// The denier or speaker opening the sentence speaks the figures of the participle clause.
    @Test(arguments: [
        ("Kranich Estates was accused of hiding defects by its tenants.", "Kranich rejected the accusation, saying repairs had cost $40,000 so far.", "$40,000", "kranich estates"),
        ("Tenants accused the landlord Kranich of neglect.", "Kranich rejects that, putting its repair spending at about 12 percent of rents.", "12 percent", "kranich"),
    ])
    func participleTakesTheMainClauseSubject(first: String, second: String, figure: String, source: String) {
        let found = Self.sources([first, second])
        #expect(found.first { $0.key.contains(figure) }?.value == source, "\(found)")
    }

    /// A participle after an apposition (`a claim the landlord rejected, saying …`) does not take the sentence's first party.
    @Test func participleAfterAnAppositionKeepsItsOwnReading() {
        let found = Self.sources([
            "Kranich Estates owns the block.",
            "Tenants reportedly waited six weeks for repairs, a claim Kranich rejected, saying its crews arrived within 48 hours.",
        ])
        #expect(found.first { $0.key.contains("48 hours") }?.value != "tenants", "\(found)")
    }
}
