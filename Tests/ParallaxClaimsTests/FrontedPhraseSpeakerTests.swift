import Foundation
import ParallaxModel
import Testing

@testable import ParallaxClaims

/// German verb-second order (round 23, ``AttributionFinder/unlistedSubject(_:cue:)``): a sentence that opens with a phrase that
/// is never its subject — a prepositional phrase, an accusative or dative object (`source-phrase.txt`, `fronted` rows) — has
/// the subject of its verb of saying or reckoning right after the verb. Sentences written for this test.
@Suite struct FrontedPhraseSpeakerTests {
    static func claim(_ sentence: String, figure: String) -> Claim? {
        let article = FixtureArticle.make(paragraphs: [["Meldung"], [sentence]], language: "de", published: "2027-03-02")
        return ClaimExtractor().extract(from: article).first { $0.kind == .quantity && $0.text.contains(figure) }
    }

    @Test(arguments: [
        ("Den Sachschaden schätzt die Stadt auf rund drei Millionen Euro.", "drei Millionen Euro", "city authorities"),
        ("Einen Fehlbetrag von 40.000 Euro meldete die Gemeinde am Abend.", "40.000 Euro", "city authorities"),
        ("Im vergangenen Quartal registrierte Brenntal 1.200 neue Anträge.", "1.200 neue Anträge", "brenntal"),
        ("Für das laufende Jahr beziffert Ostwerk den Verlust auf 17 Millionen Euro.", "17 Millionen Euro", "ostwerk"),
        ("Die Lage bleibt ernst: Seit Montag zählte Kaltenbach 85 Erkrankte.", "85 Erkrankte", "kaltenbach"),
    ])
    func subjectAfterTheVerb(sentence: String, figure: String, source: String) {
        let claim = Self.claim(sentence, figure: figure)
        #expect(claim?.attribution?.source == source, "\(String(describing: claim?.attribution))")
    }

    /// A subject before the verb keeps the verb's object from being read as the speaker; a run of capitalised nouns after the
    /// verb is a noun phrase, not a name; a phrase opening with a nominative article is the subject itself.
    @Test(arguments: [
        ("Am Montag schätzte Ostwerk Kunden auf 300 Personen.", "300 Personen"),
        ("Der Schaden beträgt nach ersten Schätzungen 40.000 Euro.", "40.000 Euro"),
    ])
    func noSpeakerFromTheFrontedRule(sentence: String, figure: String) {
        let claim = Self.claim(sentence, figure: figure)
        #expect(claim?.attribution?.source == nil, "\(String(describing: claim?.attribution))")
    }

    @Test func frontedWordsAreReadFromTheLexicon() {
        let pack = LanguagePack.pack(for: "de", sample: "Den Schaden schätzt die Stadt")
        for word in ["den", "dem", "einen", "im", "für", "seit"] {
            #expect(pack.frontedOpeners.contains(ClaimTokenizer.tokens(of: word)[0]), "\(word)")
        }
        #expect(!pack.frontedOpeners.contains(ClaimTokenizer.tokens(of: "der")[0]))
        let english = LanguagePack.pack(for: "en", sample: "The town said")
        #expect(!english.frontedOpeners.contains(ClaimTokenizer.tokens(of: "in")[0]))
    }
}
