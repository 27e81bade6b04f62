import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A prepositional cue that opens a later clause speaks for that clause only (round 29, docs/VOCABULARY.md "Conventions
/// added by the claims stage, round 29"): after a comma, after the comma of an elliptic continuation, or right after a word
/// that opens another clause (`und`, `and`), `laut`, `nach Angaben`, `according to` keep their source from a figure of the
/// clause before and lend it to their own figures. A cue opening the sentence, a cue between commas with no figure of its
/// own, and a verb of saying that closes the sentence still speak for the whole sentence. Sentences written for these tests.
@Suite struct LaterClauseCueTests {
    private func source(_ sentence: String, language: String = "de", value: Double) throws -> String? {
        try FixtureArticle.source(ofFigure: value, in: sentence, language: language)
    }

    @Test(arguments: [
        ("de", "Der Sturm deckte 17 Dächer ab, laut Feuerwehr gab es außerdem 40 Verletzte.", 40.0, "fire service"),
        (
            "de", "Die Brücke ist auf 17 Metern beschädigt, nach Angaben der Polizei für mindestens 40 Tage.", 40,
            "police"
        ),
        (
            "de",
            "Der Damm brach auf 17 Metern und nach Angaben der Polizei mussten 40 Menschen ihre Häuser verlassen.", 40,
            "police"
        ),
        (
            "en", "The storm tore the roofs off 17 homes and according to the weather service 40 people were hurt.", 40,
            "weather service"
        ),
    ])
    func laterClauseCueSpeaksForItsClauseOnly(language: String, sentence: String, inside: Double, expected: String)
        throws
    {
        #expect(try source(sentence, language: language, value: 17) == nil)
        #expect(try source(sentence, language: language, value: inside) == expected)
    }

    @Test(arguments: [
        ("de", "Laut Polizei wurden 17 Menschen verletzt, 40 davon schwer.", "police"),
        ("de", "17 Menschen wurden verletzt, sagte die Polizei.", "police"),
        ("en", "17 people were hurt, according to police, and the road was closed.", "police"),
        ("en", "17 people were hurt and 40 homes were damaged, according to police.", "police"),
    ])
    func wholeSentenceCueStays(language: String, sentence: String, expected: String) throws {
        #expect(try source(sentence, language: language, value: 17) == expected)
    }
}
