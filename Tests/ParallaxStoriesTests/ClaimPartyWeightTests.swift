import ParallaxModel
import Testing

@testable import ParallaxStories

/// Round 33: a claim's subject or source adds its party to the article's terms once, however many claims name it, so
/// that a story's key does not move with the number of statements the claims stage finds. Names written for these tests.
@Suite struct ClaimPartyWeightTests {
    static let article = Article(
        id: "a1", input: "a1", title: "Brand in Lagerhalle", published: "2026-05-15", language: "de",
        body: "In einer Lagerhalle am Hafen von Kelsdorf hat es gebrannt. Die Sprinkleranlage war abgeschaltet.")

    /// `count` statements on one spokesman's word.
    static func claims(_ count: Int) -> [Claim] {
        (0..<count).map { number in
            Claim(
                id: "c\(number)", article: "a1", sentence: "s\(number)", text: "Die Sprinkleranlage war abgeschaltet.",
                kind: .statement, subject: number == 0 ? "jens moll" : nil,
                attribution: Attribution(text: "sagte", source: "jens moll", hedged: false),
                statement: Claim.Statement(subject: nil, predicate: "halted", object: nil))
        }
    }

    @Test(arguments: [2, 3, 5])
    func morePartiesNamedByClaimsWeighAsOne(count: Int) {
        let extractor = FeatureExtractor()
        let once = extractor.features(of: Self.article, claims: Self.claims(1))
        let often = extractor.features(of: Self.article, claims: Self.claims(count))
        #expect(once.terms == often.terms)
    }
}
