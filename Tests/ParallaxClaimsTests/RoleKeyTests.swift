import Testing

@testable import ParallaxClaims

/// `SpeakerContext.roleKey` compares its endings as bytes and counts the word only when one matches (round 16,
/// speed): it gives what round 15's definition gave.
@Suite struct RoleKeyTests {
    static func roundFifteen(_ word: String) -> String {
        for ending in ["en", "er", "es", "e", "s"] where word.count > ending.count + 4 && word.hasSuffix(ending) {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    @Test(arguments: [
        "sprecher", "sprecherin", "sprechers", "ministerien", "präsidenten", "chefs", "chef", "leiterinnen", "bürgermeister",
        "bürgermeisters", "e", "es", "kommandanten", "grüne", "spokesmen", "officers", "", "é", "cafe\u{301}s", "straße",
    ])
    func givesWhatRoundFifteenGave(word: String) {
        #expect(SpeakerContext.roleKey(word) == Self.roundFifteen(word))
    }

    @Test func randomWordsGiveWhatRoundFifteenGave() {
        let alphabet = Array("enrsäöüßabcé\u{301}")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let word = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(SpeakerContext.roleKey(word) == Self.roundFifteen(word), "\(word.debugDescription)")
        }
    }
}
