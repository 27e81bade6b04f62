import ParallaxTesting
import Testing

@testable import ParallaxIngest

/// The one-pass matcher agrees with `containsPhrase` on every phrase and text, random ones included.
@Suite struct CueMatcherTests {
    static let phrases = ["jetzt spenden", "webinar", "anmelden", "€", "© ", "für", "sign up to our"]

    @Test(arguments: [
        "unterstützen sie uns! „jetzt spenden“", "das webinar beginnt", "webinare", "zum anmelden hier", "abmelden",
        "preis 5 €", "© 2026 beispiel", "dafür", "für alle", "please sign up to our list", "signs up to our",
    ])
    func agreesWithContainsPhrase(text: String) {
        #expect(CueMatcher(Self.phrases).matches(text) == Self.phrases.contains { text.containsPhrase($0) })
    }

    @Test func agreesOnRandomTexts() {
        let alphabet = Array("ab üß„“€© .,-")
        var generator = SeededGenerator(seed: 2026)
        func next() -> Int { Int.random(in: 0..<1_000_000, using: &generator) }
        let phrases = ["ab", "üß", "a b", "„a", "€", "b-a"]
        let matcher = CueMatcher(phrases)
        for _ in 0..<2000 {
            let text = String((0..<(next() % 12)).map { _ in alphabet[next() % alphabet.count] })
            #expect(matcher.matches(text) == phrases.contains { text.containsPhrase($0) }, "\(text)")
        }
    }
}
