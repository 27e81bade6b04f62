import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The pronoun of a thing opening a sentence as the subject of a cue (round 31, docs/VOCABULARY.md "Conventions added by the
/// claims stage, round 31"): English `It puts the damage at …`, `It expects …` stands for the body that spoke last in the
/// article, also across a paragraph; not in the impersonal passive (`It is estimated that …`) and not after a person or a
/// role spoke. German refers back to a body by its noun (`Das Amt rechnet mit …`), which the back-reference rules read;
/// `es` is mostly the expletive subject and is left alone. Sentences written for these tests.
@Suite struct ThingPronounSpeakerTests {
    private func source(_ paragraphs: [[String]], language: String) throws -> String? {
        let article = FixtureArticle.make(
            paragraphs: [["Meldung"]] + paragraphs, language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        return claim.attribution?.source
    }

    @Test(arguments: [
        (
            [
                "The water board said on Monday that 12 wells were closed.",
                "It expects 40 more wells to close by Friday.",
            ], "water board"
        ),
        (["Velmaria's road authority said 12 bridges were shut.", "It puts the work at 40 days."], "road authority"),
        (
            ["Some 12 boats sank, the coast guard said.", "It estimates that 40 fishermen lost their boats."],
            "coast guard"
        ),
    ])
    func thePronounStandsForTheBodyThatSpokeLast(sentences: [String], expected: String) throws {
        #expect(try source([sentences], language: "en") == expected)
    }

    @Test func acrossAParagraph() throws {
        let paragraphs = [
            ["Some 12 roads are closed, the road authority said."], ["It expects the detour to run for 40 days."],
        ]
        #expect(try source(paragraphs, language: "en") == "road authority")
    }

    @Test(arguments: [
        // The impersonal passive, and a person or a role speaking last: nobody.
        ["The water board said 12 wells were closed.", "It is estimated that 40 more wells are at risk."],
        [
            "The water board said 12 wells were closed.", "Mayor Anna Berg said 3 roads were shut.",
            "It expects 40 more wells to close.",
        ],
        ["The water board said 12 wells were closed.", "It was the worst drought in 40 years, the mayor said."],
    ])
    func noBodyForThePronoun(sentences: [String]) throws {
        #expect(try source([sentences], language: "en") != "water board")
    }

    @Test(arguments: [
        (
            ["Das Forstamt teilte mit, 12 Hektar seien betroffen.", "Das Amt rechnet mit 40 weiteren Hektar."],
            "forestry authority"
        ),
        (
            ["Die Wasserbehörde meldete 12 gesperrte Brunnen.", "Die Behörde rechnet mit 40 weiteren Sperrungen."],
            "water authority"
        ),
    ])
    func germanRefersBackByTheNoun(sentences: [String], expected: String) throws {
        #expect(try source([sentences], language: "de") == expected)
    }

    @Test func germanExpletiveEsIsNoBody() throws {
        let sentences = ["Das Forstamt teilte mit, 12 Hektar seien betroffen.", "Es gibt 40 weitere Schadflächen."]
        #expect(try source([sentences], language: "de") != "forestry authority")
    }
}
