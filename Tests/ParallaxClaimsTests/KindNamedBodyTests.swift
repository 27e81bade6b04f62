import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A body named by a kind no lexicon lists and a name right after it (round 30, docs/VOCABULARY.md "Conventions added by
/// the claims stage, round 30"): `die Fischereigilde Dornwald`, `des Landesbetriebs Gewässer` are the source's label with
/// both words, not the kind alone; a word after the kind that is no name of it (a common noun by its ending, a day, an
/// abbreviation in capitals, the first of two capitalised words) and a kind the lexicons know stay as before. Sentences
/// written for these tests.
@Suite struct KindNamedBodyTests {
    private func source(_ sentences: [String], value: Double) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], sentences], language: "de", published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        return claim.attribution?.source
    }

    @Test(arguments: [
        ("Die Fischereigilde Dornwald zählte 17 gesunkene Boote.", "fischereigilde dornwald"),
        ("Nach Zählungen des Landesbetriebs Gewässer führen 17 Bäche kein Wasser.", "landesbetrieb gewässer"),
        ("Das Mieterbündnis Kelsdorf sprach von 17 Räumungen.", "mieterbündnis kelsdorf"),
    ])
    func kindAndNameAreOneLabel(sentence: String, expected: String) throws {
        #expect(try source([sentence], value: 17) == expected)
    }

    @Test(arguments: [
        // A common noun by its ending, a day, capitals: no name of the kind.
        ("Laut Fischereigilde Beratung gab es 17 Anfragen.", "fischereigilde beratung"),
        ("Laut Fischereigilde Montag gab es 17 Anfragen.", "fischereigilde montag"),
        ("Laut Fischereigilde FKD gab es 17 Anfragen.", "fischereigilde fkd"),
    ])
    func noNameAfterTheKind(sentence: String, unwanted: String) throws {
        #expect(try source([sentence], value: 17) != unwanted)
    }

    @Test(arguments: [
        ("Die Fischereigilde Dornwald", 1, "dornwald"),
        ("Die Fischereigilde Dornwald Nord", 1, nil),
        ("Die Fischereigilde Ordnung", 1, nil),
        ("Die Fischereigilde KFD", 1, nil),
        ("Die Reederei Nordlicht", 1, nil),
    ] as [(String, Int, String?)])
    func theNameAfterAKind(phrase: String, kind: Int, name: String?) {
        let pack = LanguagePack.pack(for: "de")
        let tokens = ClaimTokenizer.tokens(of: phrase + " teilte mit.")
        #expect(pack.nameAfterKind(tokens, at: kind) == name)
    }
}
