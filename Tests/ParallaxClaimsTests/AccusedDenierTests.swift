import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// The accused denies (round 22): a body named by its kind alone that denies a charge (`Die Firma bestreitet das`, `The
/// authority denied this`) is the party the charge was made against, when the kind fits it (a bare name has no kind to
/// contradict; `the commission` does not deny a charge against the government). Sentences written for these tests.
@Suite struct AccusedDenierTests {
    @Test(arguments: [
        ("de", ["Der Anwohnerverein Elsing wirft Korvath vor, in der Halle 30 Tonnen Dünger gelagert zu haben.", "Die Firma bestreitet das."], "korvath"),
        ("de", ["Die Gewerkschaft VBK wirft Hallmann vor, die Löhne zwei Monate zu spät gezahlt zu haben.", "Das Unternehmen weist das zurück."], "hallmann"),
        ("en", ["A fishermen's group, Clear Water, accuses the state fisheries authority of hiding the test results.", "The authority denied this."], "state fisheries authority"),
        ("en", ["The union accuses Marvell Freight of hiring strike-breakers.", "The company rejected the accusation."], "marvell freight"),
    ])
    func theAccusedDenies(language: String, sentences: [String], party: String) {
        let article = FixtureArticle.make(paragraphs: [["Streit in Elsing"], sentences], language: language, published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        let denial = claims.last { $0.statement?.predicate == "denies" }
        #expect(denial?.statement?.deniedBy == party, "statements: \(claims.compactMap(\.statement))")
    }

    /// A kind that does not fit the accused (`the commission` after a charge against the government) is not the accused.
    @Test func anotherKindIsNotTheAccused() {
        let article = FixtureArticle.make(
            paragraphs: [["Vote in Elsing"], [
                "Opposition leader Mara Dunn accused the government of rigging the count.",
                "The commission rejected the allegations.",
            ]], language: "en", published: "2026-06-08")
        let denial = ClaimExtractor().extract(from: article).last { $0.statement?.predicate == "denies" }
        #expect(denial?.statement?.deniedBy != "government")
    }
}

/// A possessive ending is no part of a party's label (round 22): `Kestoria's defence ministry denied …, saying …` names
/// `kestoria`, never `kestoria's`. Sentences written for these tests.
@Suite struct PossessiveLabelTests {
    @Test(arguments: ["kestoria's", "kestoria’s"])
    func dropsTheEnding(label: String) {
        #expect(ClaimExtractor.withoutPossessiveEnding(label) == "kestoria")
    }

    @Test func leavesOtherLabelsAlone() {
        #expect(ClaimExtractor.withoutPossessiveEnding("st. anselm hospital") == "st. anselm hospital")
        #expect(ClaimExtractor.withoutPossessiveEnding("'s") == "'s")
    }

    @Test func noSourceEndsInAPossessive() {
        let article = FixtureArticle.make(
            paragraphs: [["Drone row"], [
                "Kestoria's defence ministry denied that its drones had crossed the border, saying they had stayed at least 40 kilometres away.",
            ]], language: "en", published: "2026-06-08")
        let claims = ClaimExtractor().extract(from: article)
        #expect(!claims.contains { $0.attribution?.source?.hasSuffix("'s") == true || $0.statement?.deniedBy?.hasSuffix("'s") == true })
    }
}
