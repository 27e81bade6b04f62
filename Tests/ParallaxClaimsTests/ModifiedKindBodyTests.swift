import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body named by its kind's noun after noun modifiers (round 31, docs/VOCABULARY.md "Conventions added by the claims stage,
/// round 31"): English `the road authority`, `Velmaria's state forestry agency` are the source `road authority`, `forestry
/// agency` — the modifiers and the kind, without an administrative level and without the possessive owner — and a later
/// `the authority` refers back to that body. German writes the same names as compounds (`Forstbehörde`, `Straßenbauamt`),
/// which the gazetteer reads as before. Sentences written for these tests.
@Suite struct ModifiedKindBodyTests {
    @Test(arguments: [
        ("Some 40 lorries use the bridge every hour, Velmaria's road authority said.", "road authority"),
        ("Tarvenia's state forestry agency said 40 hectares of spruce were lost.", "forestry agency"),
        ("According to Lorvik's water board, 40 wells were closed.", "water board"),
        ("The national aviation authority said 40 flights were cancelled.", "aviation authority"),
        ("The country's medicines agency said 40 batches were recalled.", "medicines agency"),
        ("Some 40 barges are stuck, Velmaria's federal waterways authority said.", "waterways authority"),
    ])
    func modifiersAndKindNameTheBody(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "en") == expected)
    }

    @Test(arguments: [
        ("Die Forstbehörde Tarvenias schätzt die Fläche auf 40 Hektar.", "forestry authority"),
        ("Tarvenias Forstbehörde bezifferte die Fläche auf 40 Hektar.", "forestry authority"),
        ("Die Umleitung sei 40 Kilometer lang, sagte ein Sprecher des Straßenbauamts.", "road authority"),
        ("Nach Angaben des Landesumweltamts sind 40 Brunnen verunreinigt.", "environment agency"),
        ("Das Wasserwirtschaftsamt meldete 40 überflutete Keller.", "water authority"),
    ])
    func germanCompoundsNameTheBodyAsBefore(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "de") == expected)
    }

    @Test func theKindAloneRefersBackToTheBody() throws {
        let article = FixtureArticle.make(
            paragraphs: [
                ["Bridge closed"],
                [
                    "Velmaria's road authority closed the Senne bridge on Monday.",
                    "Some 40 lorries a day will take a detour, the authority said.",
                ],
            ], language: "en", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == 40 })
        #expect(claim.attribution?.source == "road authority")
    }

    @Test(arguments: [
        // An adjective, a level word alone, a name after the kind: no body named by modifiers.
        ("The new authority said 40 staff were hired.", "new authority"),
        ("The state agency said 40 staff were hired.", "state agency"),
        ("The border agency Frontex said 40 boats were stopped.", "border agency"),
        ("He took office after 40 days, the newly created agency said.", "newly created agency"),
    ])
    func noFunctionNamedBeforeTheKind(sentence: String, unwanted: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "en") != unwanted)
    }
}
