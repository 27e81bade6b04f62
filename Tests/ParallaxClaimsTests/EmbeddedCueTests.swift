import Foundation
import Testing
import ParallaxModel
@testable import ParallaxClaims

/// A cue inside a clause the sentence embeds speaks for that clause only (round 28, docs/VOCABULARY.md "Conventions added by
/// the claims stage, round 28"): a relative clause that runs to the sentence's end and names its speaker inside, and an aside
/// between two dashes, keep their cue from a figure of the main clause before them, and lend it to their own figures. A
/// demonstrative's main clause (`…, das teilte die Polizei mit`), a cue with its own comma after a demonstrative's clause, a
/// relative pronoun standing for the main clause's speaker, and a dateline's dash stay as before. Sentences written for these
/// tests.
@Suite struct EmbeddedCueTests {
    private func source(_ sentence: String, language: String = "de", value: Double) throws -> String? {
        try FixtureArticle.source(ofFigure: value, in: sentence, language: language)
    }

    @Test(arguments: [
        ("en", "Every guest will receive a 17-euro refund, which the operator expects to cost it €40,000.", 40_000.0),
        ("de", "Die Stadt stellte 17 Container auf, die der Betreiber auf 90.000 Euro beziffert.", 90_000),
        (
            "de",
            "Das Feuer zerstörte 17 Lagerhallen – die Feuerwehr schätzt den Schaden auf 90.000 Euro – und einen Teil des Hafens.",
            90_000
        ),
    ])
    func embeddedCueSpeaksForItsClauseOnly(language: String, sentence: String, inside: Double) throws {
        #expect(try source(sentence, language: language, value: 17) == nil)
        #expect(try source(sentence, language: language, value: inside) != nil)
    }

    @Test(arguments: [
        ("de", "17 Menschen starben, das teilte die Polizei mit.", "police"),
        ("de", "17 Menschen wurden verletzt, teilte die Polizei mit, die von einem Unfall sprach.", "police"),
        ("de", "17 Prozent der Waren sind Konsumgüter, das sind 140 Millionen Tonnen, so der Verband.", "association"),
        ("en", "The storm destroyed 17 homes, police said, which officials described as the worst in years.", "police"),
    ])
    func mainClauseCueStays(language: String, sentence: String, expected: String) throws {
        #expect(try source(sentence, language: language, value: 17) == expected)
    }

    /// A dateline's dash opens no aside: a figure after the second dash keeps the sentence's cue.
    @Test func datelineDashOpensNoAside() throws {
        let sentence =
            "Kelling – Die Regierung rechnet mit 17 Millionen Euro Kosten – davon 4 Millionen Euro für Unterkünfte."
        #expect(try source(sentence, value: 4_000_000) != nil)
    }
}
