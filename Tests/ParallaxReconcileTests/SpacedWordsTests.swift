import Testing

@testable import ParallaxReconcile

/// The one-pass reader of a clause's words (and numbers) gives what round 15's definitions gave (lower-case,
/// every run of other characters one space, a space on either end).
@Suite struct SpacedWordsTests {
    static func roundFifteen(_ text: Substring) -> String {
        " " + text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : " " }.reduce(into: "") { $0.append($1) }
            .split(separator: " ").joined(separator: " ") + " "
    }

    static func roundFifteenWords(_ text: Substring) -> String {
        " " + text.lowercased().map { $0.isLetter ? $0 : " " }.reduce(into: "") { $0.append($1) }
            .split(separator: " ").joined(separator: " ") + " "
    }

    static func check(_ text: String) {
        #expect(ClaimGrouper.wordsAndNumbers(Substring(text)) == roundFifteen(Substring(text)), "\(text.debugDescription)")
        #expect(ClaimGrouper.words(Substring(text)) == roundFifteenWords(Substring(text)), "\(text.debugDescription)")
    }

    @Test(arguments: [
        "", "   ", ",;", "Damals, vor 2 Jahren, waren es 40", "Über 1.000 Menschen – darunter Kinder",
        "STRASSE Straße ÄÖÜ", "the last comparable outage, in February 2019,", "½ und ² und ٣", "Emoji 🚒 im Satz",
        " führend  und   Folgend ", "l'été à Genève", "İstanbul",
    ])
    func givesWhatRoundFifteenGave(text: String) {
        Self.check(text)
    }

    @Test func randomTextGivesWhatRoundFifteenGave() {
        let alphabet = Array("aZ09 ,.-–äÖß½\u{301}é🚒\t")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            Self.check(text)
        }
    }
}
