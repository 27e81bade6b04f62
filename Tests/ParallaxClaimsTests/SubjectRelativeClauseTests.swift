import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A figure in a relative clause that describes the party opening the sentence, before a verb of saying that closes it
/// (`The depot, which stores some 17 tonnes of grain, will stay shut for a week, the operator said`), is the writer's
/// introduction, not the speaker's (round 26, docs/claims.md "Cues bound to their clause"); the main clause's figures stay the
/// speaker's, and so do figures of a clause that may describe the reported content's object (`The divers found crates, which
/// held 17 rifles, …`), of a subjunctive clause, and of a sentence whose cue is `according to` or `laut`.
/// Sentences written for these tests.
@Suite struct SubjectRelativeClauseTests {
    private func source(_ sentence: String, language: String, value: Double) throws -> String? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: language, published: "2026-06-08")
        let claim = try #require(ClaimExtractor().extract(from: article).first { $0.quantity?.value == value })
        return claim.attribution?.source
    }

    @Test(arguments: [
        ("en", "The depot, which stores some 17 tonnes of grain, will stay shut for a week, the operator said."),
        ("en", "Halbrook Mills, which employs 17 people in the town, has cut production by a third, a spokesman said."),
        ("de", "Das Depot, das rund 17 Tonnen Getreide lagert, bleibt eine Woche geschlossen, teilte der Betreiber mit."),
        ("de", "Die Brauerei Lohfeld, die 17 Menschen beschäftigt, stellt den Betrieb ein, sagte ein Sprecher."),
    ])
    func clauseOfTheOpeningSubjectIsTheWriters(language: String, sentence: String) throws {
        #expect(try source(sentence, language: language, value: 17) == nil)
    }

    @Test(arguments: [
        ("en", "The depot, which stores grain, will stay shut for 17 days, the police said.", "police"),
        ("de", "Das Depot, das Getreide lagert, bleibt 17 Tage geschlossen, teilte die Polizei mit.", "police"),
    ])
    func mainClauseStaysTheSpeakers(language: String, sentence: String, expected: String) throws {
        #expect(try source(sentence, language: language, value: 17) == expected)
    }

    @Test(arguments: [
        // The clause may describe the object of the reported content: a lower-case word besides an article opens the sentence.
        ("en", "The divers found crates, which held 17 rifles, the police said.", "police"),
        // Reported speech in the subjunctive is the speaker's.
        ("de", "Das Depot, das rund 17 Tonnen Getreide gelagert habe, sei geschlossen, teilte die Polizei mit.", "police"),
        // `according to` speaks for the whole sentence.
        ("en", "The ferry, which had 17 people on board, sank near the harbour, according to the police.", "police"),
    ])
    func otherClausesStayTheSpeakers(language: String, sentence: String, expected: String) throws {
        #expect(try source(sentence, language: language, value: 17) == expected)
    }
}
