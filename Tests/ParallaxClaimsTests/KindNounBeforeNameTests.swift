import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A kind's noun right before a body's name stands in apposition to it, and the name is the source (round 34), also
/// when a national adjective before the kind's noun had made the cue or the verb's subject stop at the kind
/// (`laut der nordkoreanischen Nachrichtenagentur KCNA` had given `agency`). A kind's noun with a place after it, or
/// alone, keeps its own label. Sentences written for these tests.
@Suite struct KindNounBeforeNameTests {
    @Test(arguments: [
        ("Laut der nordkoreanischen Nachrichtenagentur KCNA wurden 40 Menschen verletzt.", "kcna"),
        ("Am Montag gab die nordkoreanische Nachrichtenagentur KCNA bekannt, dass 40 Menschen verletzt wurden.", "kcna"),
        ("Am Montag teilte die staatliche Nachrichtenagentur KCNA mit, dass 40 Menschen verletzt wurden.", "kcna"),
        ("Laut der Polizei Hamburg wurden 40 Menschen verletzt.", "police"),
        ("Nach Angaben der Feuerwehr wurden 40 Menschen verletzt.", "fire service"),
        ("Laut der Katastrophenschutzbehörde KSB wurden 40 Menschen verletzt.", "ksb"),
    ])
    func german(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "de") == expected)
    }

    @Test(arguments: [
        ("North Korea's state news agency KCNA said 40 people were injured.", "kcna"),
        ("According to the police, 40 people were injured.", "police"),
    ])
    func english(sentence: String, expected: String) throws {
        #expect(try FixtureArticle.source(ofFigure: 40, in: sentence, language: "en") == expected)
    }
}
