import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// A denier named by its kind alone (`Das Unternehmen bestreitet das`, `The company denied the report`) is the body of that
/// kind the story names most, the first named among equals — not a body of the kind the charge names in passing
/// (``StatementFinder/kindDenier(beforeVerbAt:in:)``, ``BodyMemory/mostNamed(base:type:current:families:)``). Sentences
/// written for this test.
@Suite struct KindDenierTests {
    static func denials(_ sentences: [String], language: String) -> [String?] {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: language, published: "2027-05-04")
        return ClaimExtractor().extract(from: article).compactMap(\.statement).filter { $0.predicate == "denies" }.map(\.deniedBy)
    }

    /// The story's company denies, though the charge names another company last.
    @Test(arguments: [
        ("de", [
            "Die Fluggesellschaft Sirrus Air hat am Montag alle Flüge gestrichen, teilte das Unternehmen mit.",
            "Die Pilotengewerkschaft wirft der Geschäftsführung vor, Geld an die Muttergesellschaft Sirrus Holding überwiesen zu haben.",
            "Das Unternehmen wies den Vorwurf zurück.",
        ], "sirrus air"),
        ("en", [
            "The airline Dunmore Airways cancelled 300 flights on Monday, the airline said.",
            "A local paper reported that money had gone to the parent company Dunmore Holding before the flights stopped.",
            "The company rejected the report.",
        ], "dunmore airways"),
    ])
    func storyBodyDeniesByKind(language: String, sentences: [String], party: String) {
        let found = Self.denials(sentences, language: language)
        #expect(found == [party], "\(found)")
    }

    /// Among bodies of the kind named as often, the first named is the one the story is about.
    @Test func firstNamedAmongEquals() {
        var memory = BodyMemory()
        memory.record([NamedBody(index: 0, label: "sirrus air", type: "airline", words: "sirrus air")], source: nil, isPerson: false)
        memory.record([NamedBody(index: 3, label: "sirrus holding", type: "company", words: "sirrus holding")], source: nil, isPerson: false)
        let families = ["company": Set(["airline", "bank"])]
        #expect(memory.mostNamed(base: "unternehmen", type: "company", current: [], families: families) == "sirrus air")
        // Named twice, the later body wins.
        memory.record([NamedBody(index: 1, label: "sirrus holding", type: "company", words: "sirrus holding")], source: nil, isPerson: false)
        #expect(memory.mostNamed(base: "unternehmen", type: "company", current: [], families: families) == "sirrus holding")
        // A body of another kind is never meant.
        var courts = BodyMemory()
        courts.record([NamedBody(index: 0, label: "landgericht", type: "court", words: "landgericht")], source: nil, isPerson: false)
        #expect(courts.mostNamed(base: "unternehmen", type: "company", current: [], families: families) == nil)
    }
}
